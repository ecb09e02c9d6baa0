package fi.servicedesk.rights.replies;

import fi.servicedesk.rights.crypto.CaseKeys.CaseKey;
import fi.servicedesk.rights.domain.AccessChunkRepository;
import fi.servicedesk.rights.domain.AccessChunkRepository.StoredChunk;
import fi.servicedesk.rights.domain.AccessChunkRepository.StoredPart;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A part of an owner's stored reply (the document, a recording) read back as a stream: chunks are
 * read from the database a page at a time and decrypted one at a time, so neither the check of an
 * answer nor a package download ever holds more than a page of a reply, whatever its size.
 */
@ApplicationScoped
public class ReplyParts {

    /** Chunks per database read: at most 1 MiB of envelopes. */
    private static final int PAGE = 4;

    private final AccessChunkRepository chunks;

    ReplyParts(AccessChunkRepository chunks) {
        this.chunks = chunks;
    }

    public List<StoredPart> of(CaseKey key, String service, int attempt) {
        return chunks.parts(key.caseId(), service, attempt);
    }

    /**
     * The part's plaintext. A chunk that is missing, out of place, or does not open under the case's
     * key for this owner, attempt, part and index ends the stream with an {@link IOException}.
     */
    public InputStream open(CaseKey key, String service, int attempt, StoredPart part) {
        return new PartStream(key, service, attempt, part);
    }

    private final class PartStream extends InputStream {

        private final CaseKey key;
        private final String service;
        private final int attempt;
        private final StoredPart part;
        private final Deque<StoredChunk> page = new ArrayDeque<>();
        private int next;
        private byte[] current = new byte[0];
        private int position;

        PartStream(CaseKey key, String service, int attempt, StoredPart part) {
            this.key = key;
            this.service = service;
            this.attempt = attempt;
            this.part = part;
            this.next = part.first();
        }

        @Override
        public int read() throws IOException {
            var one = new byte[1];
            return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (next > part.last()) {
                    return -1;
                }
                current = nextChunk();
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }

        private byte[] nextChunk() throws IOException {
            if (page.isEmpty()) {
                page.addAll(chunks.page(key.caseId(), service, attempt, next, PAGE));
            }
            var chunk = page.poll();
            if (chunk == null || chunk.index() != next || !chunk.part().equals(part.name())) {
                throw new IOException("Chunk " + next + " of " + part.name() + " is missing or out of place");
            }
            next++;
            try {
                return key.open(service, attempt, part.name(), chunk.index(), chunk.envelope());
            } catch (IllegalArgumentException e) {
                throw new IOException("Chunk " + chunk.index() + " of " + part.name() + " does not open under this case's key"
                        + " for " + service, e);
            }
        }
    }
}
