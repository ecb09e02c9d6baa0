package fi.servicedesk.ingest.subjects;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ingest's blind indexes are the matching hashes of contracts/README.md: its test vectors, from written identifiers. */
@QuarkusTest
class MatchingHashesTest {

    @Inject
    SubjectRegistry registry;

    @Test
    void writtenIdentifiersGiveTheContractsTestVectors() {
        var hashes = QuarkusTransaction.requiringNew().call(() -> registry.hashesOf(
                Identifiers.normalised(null, "Matti.Virtanen@example.COM", null, "040-123 4567")));
        assertEquals("bb79ba74c3ef051fab64cdaf2b0934d5dfe049398a9909449393d023ea92dbf8", hashes.email());
        assertEquals("19ed221c252997237f41e4985076a851302288ffc48953b4dae3e1123bb821bc", hashes.phone());
    }
}
