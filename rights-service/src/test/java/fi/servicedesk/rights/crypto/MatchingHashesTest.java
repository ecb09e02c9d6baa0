package fi.servicedesk.rights.crypto;

import fi.servicedesk.rights.domain.Identifiers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The test vectors of contracts/README.md "Matching hashes", from identifiers as a person writes them. */
@QuarkusTest
class MatchingHashesTest {

    @Inject
    MatchingHashes hashes;

    @Test
    void identifiersAsWrittenGiveTheContractsTestVectors() {
        var subject = hashes.of(new Identifiers(null, "  Matti.Virtanen@Example.com ", null, "040 123 4567"));
        assertEquals("bb79ba74c3ef051fab64cdaf2b0934d5dfe049398a9909449393d023ea92dbf8", subject.email());
        assertEquals("19ed221c252997237f41e4985076a851302288ffc48953b4dae3e1123bb821bc", subject.phone());
        assertNull(subject.username());
        assertNull(subject.name());
    }

    @Test
    void aPhoneWithoutDigitsHasNoHash() {
        assertNull(hashes.of(new Identifiers(null, null, null, "anonymous")).phone());
    }
}
