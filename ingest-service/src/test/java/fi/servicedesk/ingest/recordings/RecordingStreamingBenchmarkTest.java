package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.Chats;
import fi.servicedesk.ingest.telephony.Calls;
import fi.servicedesk.ingest.api.webhooks.SignedWebhook;
import fi.servicedesk.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Recording upload and download speed, and proof that neither holds the audio whole: the last
 * upload is larger than the test JVM's heap (-Xmx1g, shared with the client and Kafka). Prints its
 * figures (docs/ingest-service.md); no timed assertions. Run with
 * {@code ./mvnw -B -o test -pl ingest-service -Dtest=RecordingStreamingBenchmarkTest -Dbenchmark=true}.
 */
@QuarkusTest
@TestProfile(RecordingStreamingBenchmarkTest.LargeUploads.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RecordingStreamingBenchmarkTest {

    private static final int HEADER = 44;
    private static final byte[] NOISE = new byte[1 << 20];

    static {
        new Random(7).nextBytes(NOISE);
    }

    public static class LargeUploads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.recordings.max-bytes", "1500M");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void uploadsAndDownloadsStreamWhateverTheirSize() throws Exception {
        for (long mib : new long[]{100, 100, 1200}) {
            measure(mib << 20);
        }
    }

    private void measure(long dataBytes) throws Exception {
        var callId = Calls.newCaller().calls();
        var id = "msg_" + UUID.randomUUID();
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(SignedWebhook.TELEPHONY_SECRET.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        var sha256 = MessageDigest.getInstance("SHA-256");
        try (var wav = wav(dataBytes)) {
            var buffer = new byte[1 << 20];
            for (int n; (n = wav.read(buffer, 0, buffer.length)) > 0; ) {
                mac.update(buffer, 0, n);
                sha256.update(buffer, 0, n);
            }
        }
        var expected = HexFormat.of().formatHex(sha256.digest());
        var upload = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + Calls.recordingPath(callId)))
                .header("Content-Type", "audio/wav").header("webhook-id", id).header("webhook-timestamp", timestamp)
                .header("webhook-signature", "v1," + Base64.getEncoder().encodeToString(mac.doFinal()))
                .PUT(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> wav(dataBytes)),
                        HEADER + dataBytes))
                .build();
        long start = System.nanoTime();
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            assertEquals(200, client.send(upload, HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        long uploaded = System.nanoTime();
        var download = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/contacts/"
                        + Chats.contactIdOf(entityManager, callId) + "/recording?reason=benchmark"))
                .header("Authorization", "Bearer " + TestTokens.forRole("dpo")).build();
        var downloadedSha = MessageDigest.getInstance("SHA-256");
        try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
             var body = client.send(download, HttpResponse.BodyHandlers.ofInputStream()).body()) {
            var buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) > 0; ) {
                downloadedSha.update(buffer, 0, n);
            }
        }
        long downloaded = System.nanoTime();
        assertEquals(expected, HexFormat.of().formatHex(downloadedSha.digest()));
        System.out.printf("recording %d MiB (heap max %d MiB): upload %.1f s = %.1f MiB/s, download %.1f s = %.1f MiB/s%n",
                dataBytes >> 20, Runtime.getRuntime().maxMemory() >> 20,
                (uploaded - start) / 1e9, (dataBytes / 1048576.0) / ((uploaded - start) / 1e9),
                (downloaded - uploaded) / 1e9, (dataBytes / 1048576.0) / ((downloaded - uploaded) / 1e9));
    }

    /** A PCM WAV of {@code dataBytes} of noise, generated as it is read: the client never holds it either. */
    private static InputStream wav(long dataBytes) {
        var head = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN)
                .put(Wavs.ascii("RIFF")).putInt((int) (HEADER - 8 + dataBytes)).put(Wavs.ascii("WAVE"))
                .put(Wavs.ascii("fmt ")).putInt(16).put(Wavs.fmt())
                .put(Wavs.ascii("data")).putInt((int) dataBytes).array();
        long total = HEADER + dataBytes;
        return new InputStream() {
            private long position;

            @Override
            public int read() throws IOException {
                var one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int length) {
                if (position >= total) {
                    return -1;
                }
                int count = (int) Math.min(length, total - position);
                for (int done = 0; done < count; ) {
                    long at = position + done;
                    if (at < HEADER) {
                        target[offset + done++] = head[(int) at];
                    } else {
                        int from = (int) ((at - HEADER) % NOISE.length);
                        int run = Math.min(count - done, NOISE.length - from);
                        System.arraycopy(NOISE, from, target, offset + done, run);
                        done += run;
                    }
                }
                position += count;
                return count;
            }
        };
    }
}
