import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
import java.util.UUID;

/**
 * Seeds one data subject's calls through ingest's signed telephony webhook for the rights
 * benchmark (#12): <calls> completed calls of the caller, each with a recording of <seconds>
 * seconds (8 kHz 16-bit mono WAV, a tone of its own, 2.9 MB for 3 minutes) uploaded as a signed
 * body. Prints "RECORDING <sha256>" per upload, for the package to be checked against.
 *   java SeedCalls.java <ingest url> <whsec secret> <run id> <name> <email> <calls> <seconds>
 */
public class SeedCalls {

    public static void main(String[] args) throws Exception {
        var ingest = args[0];
        var key = Base64.getDecoder().decode(args[1].replaceFirst("^whsec_", ""));
        var run = args[2];
        var name = args[3];
        var email = args[4];
        int calls = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        var http = HttpClient.newHttpClient();
        var started = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < calls; i++) {
            var callId = "bench-" + run + "-call" + i;
            send(http, HttpRequest.newBuilder(URI.create(ingest + "/webhooks/telephony")), key, "application/json", """
                    {"type":"call.completed","callId":"%s","from":"+358 40 %07d","to":"+358 9 310 1000",
                     "startedAt":"2026-11-20T09:00:00Z","endedAt":"2026-11-20T09:03:00Z",
                     "caller":{"name":"%s","email":"%s","username":null},"agent":{"id":"agent-17","name":"Liisa Tukihenkilö"}}"""
                    .formatted(callId, Math.floorMod(run.hashCode(), 10_000_000), name, email)
                    .getBytes(StandardCharsets.UTF_8), "POST");
            var audio = wav(seconds * 8000, 5.0 + i);
            send(http, HttpRequest.newBuilder(URI.create(ingest + "/webhooks/telephony/calls/" + callId + "/recording")), key,
                    "audio/wav", audio, "PUT");
            bytes += audio.length;
            System.out.println("RECORDING " + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(audio)));
        }
        System.err.printf("SEEDED %d calls, %d bytes of recordings in %.1f s%n", calls, bytes, (System.nanoTime() - started) / 1e9);
    }

    /** A mono 8 kHz 16-bit PCM WAV: {@code period} samples per radian. */
    private static byte[] wav(int samples, double period) {
        var out = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(out.capacity() - 8).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        out.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            out.putShort((short) (Math.sin(i / period) * 8000));
        }
        return out.array();
    }

    /** Standard Webhooks: HMAC-SHA256 over "id.timestamp.body", as bin/lib/webhooks.sh signs. */
    private static void send(HttpClient http, HttpRequest.Builder request, byte[] key, String contentType, byte[] body,
                             String method) throws Exception {
        var id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        var signature = Base64.getEncoder().encodeToString(mac.doFinal(body));
        var response = http.send(request.header("content-type", contentType)
                .header("webhook-id", id).header("webhook-timestamp", timestamp).header("webhook-signature", "v1," + signature)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("webhook answered " + response.statusCode() + ": " + response.body());
        }
    }
}
