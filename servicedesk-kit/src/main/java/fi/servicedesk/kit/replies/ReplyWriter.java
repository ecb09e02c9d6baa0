package fi.servicedesk.kit.replies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * An owner's access reply, written part by part (the document, then each recording) as chunks of
 * at most {@link #CHUNK_BYTES} plaintext, each encrypted to the case ({@link ReplyCipher}) and
 * handed to the owner's {@link Sink} (its outbox) at once: a part of any size is read as a stream
 * and only one chunk of it is in memory. What the answer states about each part (chunks, bytes,
 * SHA-256) is counted on the way.
 */
public final class ReplyWriter {

    /** DESIGN §2: access data travels in chunks of at most 256 KiB. */
    public static final int CHUNK_BYTES = 256 * 1024;

    /** The owner's outbox: one chunk event, {@code data} the base64 envelope. */
    @FunctionalInterface
    public interface Sink {
        void chunk(String part, int index, String data);
    }

    public record Part(String name, int chunks, long bytes, String sha256, String contentType) {
    }

    private final PublicKey caseKey;
    private final UUID requestId;
    private final String service;
    private final int attempt;
    private final Sink sink;
    private final List<Part> parts = new ArrayList<>();
    private int index;

    public ReplyWriter(String caseKey, UUID requestId, String service, int attempt, Sink sink) {
        this.caseKey = ReplyCipher.publicKey(caseKey);
        this.requestId = requestId;
        this.service = service;
        this.attempt = attempt;
        this.sink = sink;
    }

    /** Sends {@code content} as the part {@code name}; an empty part is one empty chunk, so every part is seen. */
    public void part(String name, String contentType, InputStream content) {
        var digest = sha256();
        var buffer = new byte[CHUNK_BYTES];
        long bytes = 0;
        int chunks = 0;
        try {
            int filled;
            do {
                filled = content.readNBytes(buffer, 0, CHUNK_BYTES);
                if (filled > 0 || chunks == 0) {
                    digest.update(buffer, 0, filled);
                    var envelope = ReplyCipher.encrypt(caseKey, ReplyCipher.aad(requestId, service, attempt, name, index),
                            buffer, filled);
                    sink.chunk(name, index++, Base64.getEncoder().encodeToString(envelope));
                    bytes += filled;
                    chunks++;
                }
            } while (filled == CHUNK_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parts.add(new Part(name, chunks, bytes, HexFormat.of().formatHex(digest.digest()), contentType));
    }

    /** Every part sent so far, in order. */
    public List<Part> parts() {
        return List.copyOf(parts);
    }

    /** Chunks sent so far, over all parts. */
    public int chunks() {
        return index;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
