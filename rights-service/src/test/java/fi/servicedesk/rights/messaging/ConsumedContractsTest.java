package fi.servicedesk.rights.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.servicedesk.rights.events.AccessChunk;
import fi.servicedesk.rights.events.PolicyAnnounced;
import fi.servicedesk.rights.events.SweepVerdictAnnounced;
import fi.servicedesk.rights.events.RequestAnswered;
import fi.servicedesk.rights.events.SweepRequested;
import fi.servicedesk.testsupport.ContractCatalog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example of an event this service consumes parses into its record, with the service's own mapper. */
@QuarkusTest
class ConsumedContractsTest {

    @Inject
    ObjectMapper json;

    @Test
    void requestAnsweredExamplesParse() throws Exception {
        for (var type : new String[]{RequestAnswered.INGEST, RequestAnswered.REDACTION}) {
            var answer = json.readValue(ContractCatalog.example(type), RequestAnswered.class);
            assertTrue(answer.service().endsWith("-service"), type);
            assertTrue(answer.requestType() != null && answer.outcome() != null, type);
        }
        var ingest = json.readValue(ContractCatalog.example(RequestAnswered.INGEST), RequestAnswered.class);
        assertEquals(64, ingest.accessPackage().parts().getFirst().sha256().length());
    }

    @Test
    void accessChunkExamplesParse() throws Exception {
        for (var type : new String[]{AccessChunk.INGEST, AccessChunk.REDACTION}) {
            var chunk = json.readValue(ContractCatalog.example(type), AccessChunk.class);
            assertEquals("document", chunk.part());
            assertEquals(44 + 12 + 16, Base64.getDecoder().decode(chunk.data()).length - (type.contains("ingest") ? 28 : 31),
                    "an envelope: ephemeral key, nonce, ciphertext of the example document, tag");
        }
    }

    @Test
    void sweepRequestedExampleParses() throws Exception {
        var sweep = json.readValue(ContractCatalog.example(SweepRequested.TYPE), SweepRequested.class);
        assertTrue(sweep.cutoffs().containsKey("rights-case") && sweep.cutoffs().containsKey("audit"));
        assertTrue(sweep.expectedOwners().contains("rights-service"));
    }

    @Test
    void retentionsVerdictAndPolicyExamplesParse() throws Exception {
        var verdict = json.readValue(ContractCatalog.example(SweepVerdictAnnounced.TYPE), SweepVerdictAnnounced.class);
        assertTrue(verdict.categories().stream().anyMatch(SweepVerdictAnnounced.CategoryVerdict::expiredRemains));
        assertEquals("NON_COMPLIANT", verdict.verdict());
        var policy = json.readValue(ContractCatalog.example(PolicyAnnounced.TYPE), PolicyAnnounced.class);
        assertTrue(policy.categories().stream().allMatch(p -> java.time.Period.parse(p.period()).toTotalMonths() > 0));
    }
}
