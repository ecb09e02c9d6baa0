package fi.servicedesk.suite;

import fi.servicedesk.testsupport.TestTokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, finding 13: a caller with 20 calls of 3 minutes (8 kHz 16-bit mono WAV, 2.9 MB each,
 * 58 MB in all) asks for access. With every service on the local suite's heap (-Xmx256m) the case
 * completes and every recording in the downloaded package is the uploaded one, byte for byte: the
 * owner streams each recording into chunks, rights stores them as they come and streams the zip.
 */
class AccessOfAFrequentCallerTest {

    private static final int CALLS = 20;
    private static final int THREE_MINUTES_OF_SAMPLES = 3 * 60 * 8000;

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = RunningSuite.get();
    }

    @Test
    void accessForTwentyThreeMinuteRecordingsCompletesAndEveryRecordingIsByteIdentical() throws Exception {
        var n = Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000L);
        var email = "soittaja" + n + "@example.com";
        var phone = "040 " + String.format("%07d", n).substring(0, 3) + " " + String.format("%07d", n).substring(3);
        var uploaded = new HashMap<String, String>();
        long bytes = 0;
        for (int i = 0; i < CALLS; i++) {
            var audio = Webhooks.wavWithMetadata(THREE_MINUTES_OF_SAMPLES, 5.0 + i);
            uploaded.put(sha256(audio), "call " + i);
            bytes += audio.length;
            call("call-" + UUID.randomUUID(), email, phone, audio);
        }
        assertEquals(CALLS, uploaded.size(), "twenty different recordings");

        long started = System.nanoTime();
        var id = executedAccess(Map.of("email", email, "phone", phone));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            var status = caseOf(id).path("status").toString();
            assertFalse("REJECTED".equals(status));
            return "COMPLETED".equals(status);
        });
        long completed = System.nanoTime();

        var found = new HashMap<String, String>();
        try (var zip = new ZipInputStream(given().auth().oauth2(dpo())
                .get(suite.url("rights") + "/api/v1/requests/" + id + "/package")
                .then().statusCode(200).contentType("application/zip").extract().asInputStream())) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("recordings/")) {
                    found.put(sha256(zip), entry.getName());
                }
            }
        }
        long downloaded = System.nanoTime();

        assertEquals(uploaded.keySet(), found.keySet(), "R10.1: every recording in the package is the uploaded one, byte for byte");
        for (var service : RunningSuite.SERVICES) {
            assertFalse(suite.log(service).contains("OutOfMemoryError"), service + " ran out of heap");
        }
        System.out.printf("ACCESS %d recordings, %d bytes: COMPLETED after %.1f s, package downloaded after %.1f s;"
                        + " peak RSS MiB ingest %d, redaction %d, retention %d, rights %d%n", CALLS, bytes,
                (completed - started) / 1e9, (downloaded - started) / 1e9, suite.peakRssMiB("ingest"),
                suite.peakRssMiB("redaction"), suite.peakRssMiB("retention"), suite.peakRssMiB("rights"));
    }

    private void call(String callId, String email, String phone, byte[] audio) {
        var secret = suite.secrets.get("INGEST_WEBHOOK_SECRET_TELEPHONY");
        Webhooks.json(secret, """
                {"type":"call.completed","callId":"%s","from":"%s","to":"+358 9 123 4567","startedAt":"2026-11-20T09:00:00Z",
                 "endedAt":"2026-11-20T09:03:00Z","caller":{"name":"Usein Soittava","email":"%s","username":null},
                 "agent":{"id":"a-7","name":"Liisa Agentti"}}""".formatted(callId, phone, email))
                .post(suite.url("ingest") + "/webhooks/telephony").then().statusCode(200);
        Webhooks.signed(secret, "audio/wav", audio)
                .put(suite.url("ingest") + "/webhooks/telephony/calls/" + callId + "/recording").then().statusCode(200);
    }

    private String executedAccess(Map<String, String> subject) {
        var id = given().auth().oauth2(dpo()).contentType("application/json")
                .body(Map.of("type", "ACCESS", "subject", subject, "channel", "email"))
                .post(suite.url("rights") + "/api/v1/requests").then().statusCode(201).extract().path("id").toString();
        given().auth().oauth2(dpo()).contentType("application/json")
                .body(Map.of("verified", List.copyOf(subject.keySet()), "method", "ID_DOCUMENT", "note", "passport seen"))
                .post(suite.url("rights") + "/api/v1/requests/" + id + "/verification").then().statusCode(200);
        given().auth().oauth2(dpo()).contentType("application/json")
                .post(suite.url("rights") + "/api/v1/requests/" + id + "/execute").then().statusCode(202);
        return id;
    }

    private Response caseOf(String id) {
        return given().auth().oauth2(dpo()).get(suite.url("rights") + "/api/v1/requests/" + id);
    }

    private static String dpo() {
        return TestTokens.forRole("dpo");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** The digest of the stream's rest, read a buffer at a time. */
    private static String sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256");
        var buffer = new byte[64 * 1024];
        for (int read; (read = in.read(buffer)) != -1; ) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
