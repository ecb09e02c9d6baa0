package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * DESIGN §6: an upload's signature is checked before anything is looked up, locked or stored, so a
 * badly signed upload cannot tell a known call from an unknown one, and a slow upload holds no lock.
 */
@QuarkusTest
class VerifyBeforeAnythingTest {

    @Inject
    EntityManager entityManager;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aBadOrMissingSignatureIs401ForAKnownCallWithARecordingAndForAnUnknownCallAlike() {
        var known = Calls.newCaller().calls();
        SignedWebhook.recording(Wavs.pcm(10_000, "first")).put(Calls.recordingPath(known)).then().statusCode(200);
        var unknown = "call-" + UUID.randomUUID();
        var wav = Wavs.pcm(20_000, "x");

        for (var callId : new String[] {known, unknown}) {
            var id = "msg_" + UUID.randomUUID();
            var wrong = SignedWebhook.headers(SignedWebhook.TELEPHONY_SECRET, id, Instant.now(), Wavs.pcm(20_002, "x"));
            given().headers(wrong).contentType("audio/wav").body(wav).put(Calls.recordingPath(callId))
                    .then().statusCode(401).contentType("application/problem+json").body("title", equalTo("Invalid webhook signature"));
            var unsigned = new java.util.HashMap<>(wrong);
            unsigned.remove("webhook-signature");
            given().headers(unsigned).contentType("audio/wav").body(wav).put(Calls.recordingPath(callId))
                    .then().statusCode(401).contentType("application/problem+json");
            assertEquals(0L, count("select count(*) from webhook_receipt where webhook_id = '" + id + "'"), "no receipt kept");
        }
    }

    @Test
    void aSlowUploadHoldsNoLockOnItsCallAndStoresNothingUntilItsLastByteIsSigned() throws Exception {
        var callId = Calls.newCaller().calls();
        var wav = Wavs.pcm(3_000_000, "slow");
        var id = "msg_" + UUID.randomUUID();
        var headers = SignedWebhook.headers(SignedWebhook.TELEPHONY_SECRET, id, Instant.now(), wav);
        var body = new PipedInputStream(1 << 16);
        var sender = new PipedOutputStream(body);
        var request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(Calls.recordingPath(callId).substring(1)))
                .header("content-type", "audio/wav")
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), wav.length));
        headers.forEach(request::header);
        try (var client = HttpClient.newHttpClient()) {
            var response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
            try {
                sender.write(Arrays.copyOf(wav, wav.length / 2));
                sender.flush();

                List<?> locked = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                                "select id from contact where external_id = :call for update nowait")
                        .setParameter("call", callId).getResultList());
                assertEquals(1, locked.size(), "the call's contact can be locked while its upload streams in");
                assertEquals(0L, count("select count(*) from webhook_receipt where webhook_id = '" + id + "'"), "nothing stored yet");

                sender.write(Arrays.copyOfRange(wav, wav.length / 2, wav.length));
            } finally {
                sender.close(); // the upload ends whatever happened, so the client can close
            }
            assertEquals(200, response.get(60, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(1L, count("select count(*) from recording r join contact c on c.id = r.contact_id"
                + " where c.external_id = '" + callId + "' and r.sha256 = '" + Wavs.sha256(wav) + "'"));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .getSingleResult()).longValue());
    }

}
