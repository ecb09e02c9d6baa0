package fi.servicedesk.ingest.transcription;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * MP3: keeps the MPEG audio frames between the tags. Removed at the start: ID3v2 tags (their size
 * is a syncsafe integer that counts the extended header but not the 10-byte header or the
 * optional footer) and an APEv2 tag with a header; at the end, in any order and repeated: ID3v1
 * ({@code TAG}, the last 128 bytes) with an Enhanced {@code TAG+} before it, APEv2 (found by its
 * {@code APETAGEX} footer), Lyrics3v2 and an appended ID3v2.4 (found by its {@code 3DI} footer).
 * The audio must begin with a valid MPEG frame header.
 */
public final class Mp3MetadataFilter implements MetadataFilter {

    /** The end of the file kept from the first pass, where trailing tags are looked for. */
    private static final int TAIL = 256 * 1024;
    private static final int ID3V1 = 128;
    private static final int ID3V1_ENHANCED = 227;
    private static final int APE_FOOTER = 32;
    private static final int ID3V2_HEADER = 10;

    @Override
    public String mediaType() {
        return "audio/mpeg";
    }

    @Override
    public AudioLayout layout(AudioSource source) throws IOException {
        try (var in = new BufferedInputStream(source.open())) {
            long start = skipLeadingTags(in);
            var firstFrame = in.readNBytes(4);
            if (!isFrameHeader(firstFrame)) {
                throw new InvalidAudioException("MP3 audio does not start with an MPEG frame header");
            }
            var tail = new Tail(start, firstFrame, in);
            long end = trailingTagsStart(source, tail, start);
            if (end - start < 4) {
                throw new InvalidAudioException("MP3 has no audio frames");
            }
            return new AudioLayout(List.of(new AudioLayout.Copy(start, end - start)));
        } catch (EOFException e) {
            throw new InvalidAudioException("MP3 is truncated");
        }
    }

    /** Skips the ID3v2 and APEv2 tags at the start; returns where the audio begins. */
    private static long skipLeadingTags(InputStream in) throws IOException {
        long position = 0;
        in.mark(APE_FOOTER);
        while (true) {
            var header = in.readNBytes(APE_FOOTER);
            long tag = leadingTagLength(header);
            in.reset();
            if (tag == 0) {
                return position;
            }
            in.skipNBytes(tag);
            position += tag;
            in.mark(APE_FOOTER);
        }
    }

    private static long leadingTagLength(byte[] header) {
        if (startsWith(header, 0, "ID3") && header.length >= ID3V2_HEADER) {
            return id3v2Length(header, false);
        }
        if (startsWith(header, 0, "APETAGEX") && header.length == APE_FOOTER) {
            return apeLength(header, true);
        }
        return 0;
    }

    /** The whole ID3v2 tag, from its header (or, at the end, its footer). */
    private static long id3v2Length(byte[] bytes, boolean footer) {
        int major = Byte.toUnsignedInt(bytes[3]);
        int flags = Byte.toUnsignedInt(bytes[5]);
        if (major < 2 || major > 4 || Byte.toUnsignedInt(bytes[4]) == 0xFF) {
            throw new InvalidAudioException("MP3 has an ID3v2 " + (footer ? "footer" : "header") + " of unknown version");
        }
        long size = 0;
        for (int i = 6; i < 10; i++) {
            int b = Byte.toUnsignedInt(bytes[i]);
            if (b >= 0x80) {
                throw new InvalidAudioException("MP3 ID3v2 size is not a syncsafe integer");
            }
            size = (size << 7) | b;
        }
        boolean hasFooter = major == 4 && (flags & 0x10) != 0;
        return ID3V2_HEADER + size + (hasFooter ? ID3V2_HEADER : 0);
    }

    /** The whole APEv2 tag, from its header or footer: its size counts the items and the footer, not the header. */
    private static long apeLength(byte[] bytes, boolean atStart) {
        var le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long size = Integer.toUnsignedLong(le.getInt(12));
        long flags = Integer.toUnsignedLong(le.getInt(20));
        boolean hasHeader = (flags & 0x8000_0000L) != 0;
        boolean isHeader = (flags & 0x2000_0000L) != 0;
        if (size < APE_FOOTER || atStart != isHeader || atStart && !hasHeader) {
            throw new InvalidAudioException("MP3 has an inconsistent APEv2 tag");
        }
        return size + (hasHeader ? APE_FOOTER : 0);
    }

    /** Strips tags from the end, as long as one is found; returns where the audio ends. */
    private static long trailingTagsStart(AudioSource source, Tail tail, long start) throws IOException {
        long end = tail.length;
        long previous;
        do {
            previous = end;
            if (end - start >= ID3V1 && startsWith(tail.read(source, end - ID3V1, 3), 0, "TAG")) {
                end -= ID3V1;
                if (end - start >= ID3V1_ENHANCED && startsWith(tail.read(source, end - ID3V1_ENHANCED, 4), 0, "TAG+")) {
                    end -= ID3V1_ENHANCED;
                }
            }
            if (end - start >= APE_FOOTER) {
                var footer = tail.read(source, end - APE_FOOTER, APE_FOOTER);
                if (startsWith(footer, 0, "APETAGEX")) {
                    end -= apeLength(footer, false);
                }
            }
            if (end - start >= 15) {
                var lyrics = tail.read(source, end - 15, 15);
                if (startsWith(lyrics, 6, "LYRICS200")) {
                    end -= 15 + lyrics3Size(lyrics);
                }
            }
            if (end - start >= ID3V2_HEADER) {
                var footer = tail.read(source, end - ID3V2_HEADER, ID3V2_HEADER);
                if (startsWith(footer, 0, "3DI")) {
                    end -= id3v2Length(footer, true);
                }
            }
            if (end < start) {
                throw new InvalidAudioException("MP3 tags at the end overlap the audio");
            }
        } while (end != previous);
        return end;
    }

    private static long lyrics3Size(byte[] trailer) {
        var digits = new String(trailer, 0, 6, StandardCharsets.US_ASCII);
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new InvalidAudioException("MP3 Lyrics3v2 size is not a number");
        }
        return Long.parseLong(digits);
    }

    /**
     * MPEG audio frame header: 11 sync bits, then a version, layer, bitrate and sample rate that
     * are not the reserved values.
     */
    static boolean isFrameHeader(byte[] h) {
        if (h.length < 4 || (h[0] & 0xFF) != 0xFF || (h[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (h[1] >> 3) & 0b11;
        int layer = (h[1] >> 1) & 0b11;
        int bitrate = (h[2] >> 4) & 0b1111;
        int sampleRate = (h[2] >> 2) & 0b11;
        return version != 0b01 && layer != 0b00 && bitrate != 0b1111 && sampleRate != 0b11;
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        var expected = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= at + expected.length
                && Arrays.equals(bytes, at, at + expected.length, expected, 0, expected.length);
    }

    /**
     * The file's length and a window of it where trailing tags are looked for: first its last
     * {@link #TAIL} bytes, remembered during the one pass to its end; when a large tag moves the
     * end further back, the window is read again from the source, once.
     */
    private static final class Tail {

        final long length;
        private byte[] window;
        private long windowStart;

        Tail(long start, byte[] firstFrame, InputStream rest) throws IOException {
            var ring = new byte[TAIL];
            long position = append(ring, start, firstFrame, firstFrame.length);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = rest.read(buffer)) > 0) {
                position = append(ring, position, buffer, read);
            }
            this.length = position;
            this.windowStart = Math.max(0, position - TAIL);
            this.window = new byte[(int) (position - windowStart)];
            for (int i = 0; i < window.length; i++) {
                window[i] = ring[(int) ((windowStart + i) % TAIL)];
            }
        }

        private static long append(byte[] ring, long position, byte[] bytes, int count) {
            int from = Math.max(0, count - TAIL);
            long at = position + from;
            while (from < count) {
                int slot = (int) (at % TAIL);
                int n = Math.min(count - from, TAIL - slot);
                System.arraycopy(bytes, from, ring, slot, n);
                from += n;
                at += n;
            }
            return position + count;
        }

        byte[] read(AudioSource source, long offset, int count) throws IOException {
            if (offset < windowStart) {
                long end = offset + count;
                windowStart = Math.max(0, end - TAIL);
                try (var in = source.open()) {
                    in.skipNBytes(windowStart);
                    window = in.readNBytes((int) (end - windowStart));
                }
                if (window.length < end - windowStart) {
                    throw new EOFException();
                }
            }
            int from = (int) (offset - windowStart);
            return Arrays.copyOfRange(window, from, from + count);
        }
    }
}
