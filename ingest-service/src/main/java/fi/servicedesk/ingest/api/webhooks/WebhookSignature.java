package fi.servicedesk.ingest.api.webhooks;

import fi.servicedesk.ingest.recordings.BodySignature;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Standard Webhooks verification: HMAC-SHA256 over {@code id.timestamp.body}, base64, as
 * {@code v1,<sig>}; several signatures and several secrets (rotation) are accepted, and a
 * timestamp more than the tolerance away from now is refused (replay).
 */
public final class WebhookSignature {

    private static final String SECRET_PREFIX = "whsec_";
    private final List<byte[]> keys;
    private final Duration tolerance;
    /**
     * One HMAC per secret for each thread that verifies whole bodies (the event loops): looking up
     * and keying a Mac costs more than the HMAC of a webhook. Used within one call only, reset first.
     */
    private final ThreadLocal<List<Mac>> threadMacs;

    public WebhookSignature(String secrets, Duration tolerance) {
        this.keys = java.util.Arrays.stream(secrets.trim().split("\\s+"))
                .map(s -> Base64.getDecoder().decode(s.startsWith(SECRET_PREFIX) ? s.substring(SECRET_PREFIX.length()) : s))
                .toList();
        this.tolerance = tolerance;
        this.threadMacs = ThreadLocal.withInitial(() -> keys.stream().map(WebhookSignature::mac).toList());
    }

    /** Throws {@link InvalidSignatureException} unless the request is signed with one of the secrets, in time. */
    public void verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
        var prefix = signedPrefix(id, timestamp, signatures, now);
        var candidates = candidates(signatures);
        for (var mac : threadMacs.get()) {
            mac.reset();
            mac.update(prefix);
            mac.update(body);
            if (anyMatches(mac.doFinal(), candidates)) {
                return;
            }
        }
        throw new InvalidSignatureException("no valid v1 signature");
    }

    /**
     * Checks the headers and the timestamp before any of the body is read, then computes the HMAC
     * while the body streams through {@link Streaming#update}; {@link Streaming#verify} at its end.
     */
    public Streaming start(String id, String timestamp, String signatures, Instant now) {
        var prefix = signedPrefix(id, timestamp, signatures, now);
        var macs = keys.stream().map(key -> {
            var mac = mac(key);
            mac.update(prefix);
            return mac;
        }).toList();
        return new Streaming(macs, candidates(signatures));
    }

    /** What the HMAC covers before the body ({@code id.timestamp.}), once the headers are there and in time. */
    private byte[] signedPrefix(String id, String timestamp, String signatures, Instant now) {
        if (id == null || id.isBlank() || timestamp == null || signatures == null) {
            throw new InvalidSignatureException("webhook-id, webhook-timestamp and webhook-signature headers are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSignatureException("webhook-timestamp is not a number of seconds");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            throw new InvalidSignatureException("webhook-timestamp is too far from now");
        }
        return (id + "." + timestamp.trim() + ".").getBytes(StandardCharsets.UTF_8);
    }

    /** The header's signatures, separated by white space. */
    private static List<String> candidates(String signatures) {
        var candidates = new ArrayList<String>(1);
        int end = 0;
        while (end < signatures.length()) {
            int start = end;
            while (start < signatures.length() && Character.isWhitespace(signatures.charAt(start))) {
                start++;
            }
            end = start;
            while (end < signatures.length() && !Character.isWhitespace(signatures.charAt(end))) {
                end++;
            }
            if (end > start) {
                candidates.add(signatures.substring(start, end));
            }
        }
        return candidates;
    }

    private static boolean anyMatches(byte[] expected, List<String> candidates) {
        for (String candidate : candidates) {
            if (candidate.startsWith("v1,") && matches(expected, candidate.substring(3))) {
                return true;
            }
        }
        return false;
    }

    /** One request's signature check in progress: one HMAC per secret, fed as the body arrives. */
    public static final class Streaming implements BodySignature {

        private final List<Mac> macs;
        private final List<String> candidates;

        private Streaming(List<Mac> macs, List<String> candidates) {
            this.macs = macs;
            this.candidates = candidates;
        }

        @Override
        public void update(byte[] bytes, int offset, int length) {
            macs.forEach(mac -> mac.update(bytes, offset, length));
        }

        /** Throws {@link InvalidSignatureException} unless one of the signatures matches the whole body. */
        @Override
        public void verify() {
            for (var mac : macs) {
                if (anyMatches(mac.doFinal(), candidates)) {
                    return;
                }
            }
            throw new InvalidSignatureException("no valid v1 signature");
        }
    }

    static byte[] sign(byte[] key, String id, String timestamp, byte[] body) {
        var mac = mac(key);
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return mac.doFinal(body);
    }

    private static Mac mac(byte[] key) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean matches(byte[] expected, String base64) {
        try {
            return MessageDigest.isEqual(expected, Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    public static final class InvalidSignatureException extends RuntimeException {
        public InvalidSignatureException(String message) {
            super(message);
        }
    }
}
