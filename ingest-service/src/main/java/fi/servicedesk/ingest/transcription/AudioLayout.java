package fi.servicedesk.ingest.transcription;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What leaves for the subcontractor, as a plan over the stored audio: bytes made anew (a RIFF
 * header with the new size) and ranges copied from the source, in ascending order so that one
 * sequential pass over the source produces them.
 */
public record AudioLayout(List<Piece> pieces) {

    public AudioLayout {
        pieces = List.copyOf(pieces);
    }

    public sealed interface Piece {
        long length();
    }

    /** Bytes the filter wrote itself. */
    public record Literal(byte[] bytes) implements Piece {
        @Override
        public long length() {
            return bytes.length;
        }
    }

    /** {@code length} bytes of the source from {@code offset}. */
    public record Copy(long offset, long length) implements Piece {
    }

    public long length() {
        return pieces.stream().mapToLong(Piece::length).sum();
    }

    /** The filtered audio, read from the source as it is read; fails if the source changed since the plan was made. */
    public InputStream open(AudioSource source) throws IOException {
        return new Filtered(source.open());
    }

    private final class Filtered extends InputStream {

        private final InputStream source;
        private long sourcePosition;
        private int piece;
        private long inPiece;

        Filtered(InputStream source) {
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            var one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            while (piece < pieces.size() && inPiece == pieces.get(piece).length()) {
                piece++;
                inPiece = 0;
            }
            if (piece == pieces.size()) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            int count = (int) Math.min(length, pieces.get(piece).length() - inPiece);
            switch (pieces.get(piece)) {
                case Literal literal -> System.arraycopy(literal.bytes(), (int) inPiece, target, offset, count);
                case Copy copy -> {
                    source.skipNBytes(copy.offset() + inPiece - sourcePosition);
                    count = source.read(target, offset, count);
                    if (count < 0) {
                        throw new EOFException("The stored audio is shorter than when it was examined");
                    }
                    sourcePosition = copy.offset() + inPiece + count;
                }
            }
            inPiece += count;
            return count;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
