package fi.servicedesk.kit.replies;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * handed to the owner's {@link Sink} (its outbox) at once: a part of any size is read or written as
 * a stream and only one chunk of it is in memory. What the answer states about each part (chunks, bytes,
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
        try (var out = part(name, contentType)) {
            content.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The part {@code name} as a stream to write it to, for a part made on the way (a document
     * written item by item): each chunk goes out as soon as it is full, the last one on
     * {@link OutputStream#close()}, which ends the part. One part at a time.
     */
    public OutputStream part(String name, String contentType) {
        return new PartStream(name, contentType);
    }

    private final class PartStream extends OutputStream {

        private final String name;
        private final String contentType;
        private final MessageDigest digest = sha256();
        private final byte[] buffer = new byte[CHUNK_BYTES];
        private int filled;
        private long bytes;
        private int chunks;
        private boolean closed;

        PartStream(String name, String contentType) {
            this.name = name;
            this.contentType = contentType;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] source, int offset, int length) {
            if (closed) {
                throw new IllegalStateException("Part " + name + " is closed");
            }
            while (length > 0) {
                int count = Math.min(length, CHUNK_BYTES - filled);
                System.arraycopy(source, offset, buffer, filled, count);
                filled += count;
                offset += count;
                length -= count;
                if (filled == CHUNK_BYTES) {
                    send();
                }
            }
        }

        /** Sends nothing: a chunk goes out only when it is full or the part ends. */
        @Override
        public void flush() {
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (filled > 0 || chunks == 0) {
                send();
            }
            closed = true;
            parts.add(new Part(name, chunks, bytes, HexFormat.of().formatHex(digest.digest()), contentType));
        }

        private void send() {
            digest.update(buffer, 0, filled);
            var envelope = ReplyCipher.encrypt(caseKey, ReplyCipher.aad(requestId, service, attempt, name, index),
                    buffer, filled);
            sink.chunk(name, index++, Base64.getEncoder().encodeToString(envelope));
            bytes += filled;
            chunks++;
            filled = 0;
        }
    }

    /**
     * Counts {@code part} as sent before (a redelivered command whose earlier delivery committed it):
     * its chunks are not written again, the next part's chunks follow its indexes.
     */
    public void alreadySent(Part part) {
        parts.add(part);
        index += part.chunks();
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
