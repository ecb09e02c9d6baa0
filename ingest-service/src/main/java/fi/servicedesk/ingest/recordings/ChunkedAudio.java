package fi.servicedesk.ingest.recordings;

import fi.servicedesk.ingest.crypto.SubjectKey;

import java.io.InputStream;
import java.util.UUID;

/** A stored recording read back in order, one decrypted chunk in memory at a time. */
final class ChunkedAudio extends InputStream {

    private final RecordingChunks chunks;
    private final UUID recordingId;
    private final SubjectKey key;
    private byte[] current = new byte[0];
    private int position;
    private int nextSeq;
    private boolean ended;

    ChunkedAudio(RecordingChunks chunks, UUID recordingId, SubjectKey key) {
        this.chunks = chunks;
        this.recordingId = recordingId;
        this.key = key;
    }

    @Override
    public int read() {
        var one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            var next = chunks.read(recordingId, nextSeq++, key);
            if (next == null) {
                ended = true;
                return -1;
            }
            current = next;
            position = 0;
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, count);
        position += count;
        return count;
    }
}
