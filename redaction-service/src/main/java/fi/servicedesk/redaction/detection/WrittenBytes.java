package fi.servicedesk.redaction.detection;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Bytes a message writes as text ({@code =E4} in a Latin-1 quoted-printable body, an RFC 2047 encoded word's
 * {@code =C3=A4} or base64), each with the written characters it was read from, decoded in their charset so that
 * every character keeps the way back to the bytes it was read from: in any charset Java knows, as a byte of
 * Shift_JIS or GBK may be half a character.
 */
final class WrittenBytes {

    /** What a decoded character was read from: the written characters from {@code start} to {@code end}. */
    @FunctionalInterface
    interface Reader {
        void read(char decoded, int start, int end);
    }

    private byte[] bytes = new byte[32];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int count;

    /** The byte {@code value}, read from the written characters from {@code start} to {@code end}. */
    void add(int value, int start, int end) {
        if (count == bytes.length) {
            bytes = Arrays.copyOf(bytes, count * 2);
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        bytes[count] = (byte) value;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /**
     * Hands {@code reader} each character the bytes are in {@code charset}, with the written characters of the bytes
     * it was read from; false, and nothing read, where they are no text in it (a malformed sequence, a control).
     */
    boolean decode(Charset charset, Reader reader) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes, 0, 0);
        var out = CharBuffer.allocate(count + 2);
        // Where each decoded character's bytes begin and end: a byte at a time, so that a character is known by the
        // bytes it took however many its charset gives it.
        int[] from = new int[count + 2];
        int[] to = new int[count + 2];
        int pending = 0;
        for (int b = 0; b < count; b++) {
            in.limit(b + 1);
            int before = out.position();
            var result = decoder.decode(in, out, b + 1 == count);
            if (result.isError() || result.isOverflow()) {
                return false;
            }
            for (int c = before; c < out.position(); c++) {
                from[c] = starts[pending];
                to[c] = ends[b];
            }
            if (out.position() > before) {
                pending = in.position();
            }
        }
        if (in.hasRemaining() || decoder.flush(out).isError()) {
            return false;
        }
        for (int c = 0; c < out.position(); c++) {
            if (!ByteEscapes.decodable(out.get(c)) && !Character.isSurrogate(out.get(c))) {
                return false;
            }
        }
        for (int c = 0; c < out.position(); c++) {
            reader.read(out.get(c), from[c], to[c]);
        }
        return true;
    }

    /** The charset Java knows by {@code name}, or null. */
    static Charset charset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
