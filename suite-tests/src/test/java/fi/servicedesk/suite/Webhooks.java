package fi.servicedesk.suite;

import io.restassured.specification.RequestSpecification;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Signs requests as the telephony and chat platforms do (Standard Webhooks). */
public final class Webhooks {

    private Webhooks() {
    }

    static RequestSpecification signed(String secret, String contentType, byte[] body) {
        var id = "msg_" + UUID.randomUUID();
        var timestamp = Long.toString(Instant.now().getEpochSecond());
        return given().contentType(contentType)
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", signature(secret, id, timestamp, body))
                .body(body);
    }

    /** The {@code webhook-signature} header of a body sent with this id and timestamp (a retry sends the same). */
    public static String signature(String secret, String id, String timestamp, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static RequestSpecification json(String secret, String body) {
        return signed(secret, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** A short mono 8 kHz PCM WAV with a LIST/INFO metadata chunk naming the caller. */
    static byte[] wavWithMetadata(int samples) {
        return wavWithMetadata(samples, 8.0);
    }

    /** As {@link #wavWithMetadata(int)}, a tone of its own: {@code period} samples per radian. */
    static byte[] wavWithMetadata(int samples, double period) {
        var info = "INFOINAM\u000c\u0000\u0000\u0000Caller +3584";
        var infoBytes = info.getBytes(StandardCharsets.ISO_8859_1);
        var out = java.nio.ByteBuffer.allocate(12 + 24 + 8 + infoBytes.length + 8 + samples * 2)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(out.capacity() - 8).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        out.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        out.put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(infoBytes.length).put(infoBytes);
        out.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            out.putShort((short) (Math.sin(i / period) * 8000));
        }
        return out.array();
    }
}
