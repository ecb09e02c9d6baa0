package fi.servicedesk.redaction.corpus;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The test vectors of contracts/README.md "Matching hashes", from identifiers as a message carries them. */
@QuarkusTest
class MatchingHashesTest {

    @Inject
    MatchingHashes hashes;

    @Test
    void identifiersAsWrittenGiveTheContractsTestVectors() {
        assertEquals(List.of("bb79ba74c3ef051fab64cdaf2b0934d5dfe049398a9909449393d023ea92dbf8",
                        "19ed221c252997237f41e4985076a851302288ffc48953b4dae3e1123bb821bc"),
                hashes.of(" MATTI.virtanen@example.com", null, "+358 40 123 4567"));
    }
}
