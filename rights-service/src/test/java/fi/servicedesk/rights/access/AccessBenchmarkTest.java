package fi.servicedesk.rights.access;

import fi.servicedesk.rights.Dpo;
import fi.servicedesk.rights.Owners;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Random;

import static fi.servicedesk.rights.Dpo.dpo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The access benchmark on this service's side (#6): a subject with 10,000 messages and 20
 * recordings, from the owners' first chunk to a downloaded package. Opt-in, and it only logs the
 * figures (a `BENCHMARK` line); docs/rights-service.md has them. Run with
 * {@code ./mvnw -B -o test -pl rights-service -Dtest=AccessBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AccessBenchmarkTest {

    private static final int MESSAGES = 10_000;
    private static final int RECORDINGS = 20;
    private static final int RECORDING_BYTES = 240_000;

    @Test
    void accessPackageOfTenThousandMessagesAndTwentyRecordingsIsBuiltFromTheOwnersChunks() throws IOException {
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

        var start = Instant.now();
        Owners.access(Owners.INGEST, id, ingest, AccessDocuments.recordingParts(recordings));
        Owners.access(Owners.REDACTION, id, redaction);
        var sent = Instant.now();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> "COMPLETED".equals(Dpo.get(id).getString("status")));
        var seen = Instant.now();
        var zip = dpo().get("/api/v1/requests/{id}/package", id).then().statusCode(200).extract().asByteArray();
        var delivered = Instant.now();

        var files = AccessPackageTest.unzip(zip);
        assertEquals(RECORDINGS + 2, files.size());
        var c = Dpo.get(id);
        Log.infof("BENCHMARK access: ingest %d bytes, redaction %d bytes; chunks sent in %d ms; ingest's answer handled"
                        + " (its chunks stored, then checked by streaming over them) at +%d ms, redaction's at +%d ms, COMPLETED at +%d ms"
                        + " (seen +%d ms); package (%d bytes) built and downloaded in %d ms; total %d ms",
                ingest.length, redaction.length, millis(start, sent), millis(start, answered(c, Owners.INGEST)),
                millis(start, answered(c, Owners.REDACTION)), millis(start, Dpo.historyAt(c, "COMPLETED", "rights-service")),
                millis(start, seen), zip.length, millis(seen, delivered), millis(start, delivered));
    }

    private static Instant answered(JsonPath c, String owner) {
        return Dpo.historyAt(c, "OWNER_ANSWERED", owner);
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
