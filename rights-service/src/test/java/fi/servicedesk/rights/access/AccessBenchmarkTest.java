package fi.servicedesk.rights.access;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Random;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access benchmark on this service's side: a subject with 10,000 messages and 20
 * recordings, from the owners' first chunk to a downloaded package. Run with
 * {@code ./mvnw -B -o test -pl rights-service -Dtest=AccessBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AccessBenchmarkTest {

    private static final int MESSAGES = 10_000;
    private static final int RECORDINGS = 20;
    private static final int RECORDING_BYTES = 240_000;

    @Test
    void accessPackageOfTenThousandMessagesAndTwentyRecordingsIsReadyInUnderFiveSeconds() throws IOException {
        var id = Dpo.executing("ACCESS", Dpo.subject());
        var recordings = new ArrayList<byte[]>();
        var random = new Random(1);
        for (int i = 0; i < RECORDINGS; i++) {
            var audio = new byte[RECORDING_BYTES];
            random.nextBytes(audio);
            recordings.add(audio);
        }
        var ingest = AccessDocuments.ingest(Dpo.get(id).getString("subject.email"), MESSAGES, recordings);
        var redaction = AccessDocuments.redaction(MESSAGES);

        long start = System.nanoTime();
        Owners.access(Owners.INGEST, id, ingest);
        Owners.access(Owners.REDACTION, id, redaction);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));
        long completed = System.nanoTime();
        var zip = dpo().get("/api/v1/requests/{id}/package", id).then().statusCode(200).extract().asByteArray();
        long delivered = System.nanoTime();

        var files = AccessPackageTest.unzip(zip);
        assertEquals(RECORDINGS + 2, files.size());
        var total = (delivered - start) / 1_000_000;
        Log.infof("BENCHMARK access: ingest document %d bytes, redaction %d bytes; chunks sent and case COMPLETED in %d ms;"
                        + " package (%d bytes) built and downloaded in %d ms; total %d ms",
                ingest.length, redaction.length, (completed - start) / 1_000_000, zip.length,
                (delivered - completed) / 1_000_000, total);
        assertTrue(total < 5_000, "access package ready in " + total + " ms");
    }
}
