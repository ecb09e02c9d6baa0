package fi.servicedesk.ingest.recordings;

import java.nio.charset.StandardCharsets;

/**
 * Checks an MP3 (MPEG-1/2/2.5 audio, layers I-III) as it streams past: optional ID3v2 tags at the
 * start, then every frame in turn — 11 sync bits, no reserved version, layer, bitrate or sample
 * rate, and the whole frame present — until the end or a tag that may close the file (ID3v1
 * {@code TAG}, APEv2, Lyrics3, an appended ID3v2). A cut-off last frame is a truncated file;
 * bytes that are neither frame nor tag are not MP3. Free-format bitrates are refused: their frame
 * length cannot be known from the header.
 */
final class Mp3Format implements AudioFormat {

    private static final int FRAME_HEADER = 4;
    private static final int ID3V2_HEADER = 10;
    private static final int[][] BITRATES_KBPS = {
            {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG-1 layer II
            {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG-1 layer III
            {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG-2/2.5 layer I
            {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}};        // MPEG-2/2.5 layers II, III
    private static final int[] MPEG1_SAMPLE_RATES = {44100, 48000, 32000};

    private final byte[] header = new byte[ID3V2_HEADER];
    private int headerFilled;
    private int headerNeeded = ID3V2_HEADER;
    private boolean atStart = true;
    private long skipRemaining;
    private long frames;
    private boolean trailingTags;
    private long received;
    private String problem;

    @Override
    public void update(byte[] bytes, int offset, int length) {
        received += length;
        int end = offset + length;
        while (offset < end && problem == null && !trailingTags) {
            if (skipRemaining > 0) {
                int skip = (int) Math.min(skipRemaining, end - offset);
                offset += skip;
                skipRemaining -= skip;
                continue;
            }
            int copy = Math.min(headerNeeded - headerFilled, end - offset);
            System.arraycopy(bytes, offset, header, headerFilled, copy);
            headerFilled += copy;
            offset += copy;
            if (headerFilled == headerNeeded) {
                next();
            }
        }
    }

    @Override
    public String problem() {
        if (problem != null) {
            return problem;
        }
        if (received == 0) {
            return "Not an MP3 file: it is empty.";
        }
        if (skipRemaining > 0 || (!trailingTags && headerFilled > 0)) {
            return "The MP3 is truncated: its last " + (frames == 0 ? "tag" : "frame") + " is incomplete.";
        }
        return frames == 0 ? "The MP3 has no audio frames." : null;
    }

    private void next() {
        if (atStart && headerNeeded == ID3V2_HEADER) {
            leadingTagOrFirstFrame();
            return;
        }
        int length = frameLength();
        if (length > 0) {
            frames++;
            skipRemaining = length - FRAME_HEADER;
        } else if (frames > 0 && closingTag()) {
            trailingTags = true;
        } else {
            problem = frames == 0 ? "Not an MP3 file: it does not start with an ID3v2 tag or an MPEG frame header."
                    : "The MP3 has bytes that are neither an MPEG frame nor a tag after frame " + frames + ".";
        }
        headerFilled = 0;
    }

    /** The first ten bytes: an ID3v2 tag to skip (its size is syncsafe, a footer adds ten), or the first frame. */
    private void leadingTagOrFirstFrame() {
        boolean syncsafe = ((header[6] | header[7] | header[8] | header[9]) & 0x80) == 0;
        if ("ID3".equals(ascii(3)) && syncsafe) {
            long size = (header[6] & 0x7fL) << 21 | (header[7] & 0x7fL) << 14 | (header[8] & 0x7fL) << 7 | (header[9] & 0x7fL);
            boolean footer = (header[5] & 0x10) != 0;
            skipRemaining = size + (footer ? ID3V2_HEADER : 0);
            headerFilled = 0;
            return;
        }
        atStart = false;
        headerNeeded = FRAME_HEADER;
        // The ten bytes read are the first frame's header and the start of its body.
        int length = frameLength();
        if (length <= 0) {
            problem = "Not an MP3 file: it does not start with an ID3v2 tag or an MPEG frame header.";
            return;
        }
        frames++;
        skipRemaining = length - ID3V2_HEADER;
        headerFilled = 0;
        if (skipRemaining < 0) {
            problem = "The MP3's first frame is shorter than its header.";
        }
    }

    /** The frame's length in bytes from the header in {@code header[0..3]}, or 0 when it is not a valid frame header. */
    private int frameLength() {
        int b1 = header[1] & 0xff;
        int b2 = header[2] & 0xff;
        if ((header[0] & 0xff) != 0xff || (b1 & 0xe0) != 0xe0) {
            return 0;
        }
        int version = (b1 >> 3) & 0b11;   // 00 MPEG-2.5, 01 reserved, 10 MPEG-2, 11 MPEG-1
        int layer = (b1 >> 1) & 0b11;     // 01 III, 10 II, 11 I, 00 reserved
        int bitrateIndex = b2 >> 4;
        int sampleRateIndex = (b2 >> 2) & 0b11;
        if (version == 0b01 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 0b1111 || sampleRateIndex == 0b11) {
            return 0;
        }
        boolean mpeg1 = version == 0b11;
        int sampleRate = MPEG1_SAMPLE_RATES[sampleRateIndex] >> (mpeg1 ? 0 : version == 0b10 ? 1 : 2);
        int padding = (b2 >> 1) & 1;
        int table = mpeg1 ? 3 - layer : layer == 0b11 ? 3 : 4;
        int bitrate = BITRATES_KBPS[table][bitrateIndex] * 1000;
        return switch (layer) {
            case 0b11 -> (12 * bitrate / sampleRate + padding) * 4;
            case 0b01 -> (mpeg1 ? 144 : 72) * bitrate / sampleRate + padding;
            default -> 144 * bitrate / sampleRate + padding;
        };
    }

    /** A tag that may follow the last frame: ID3v1 (and its enhanced form), ID3v2 appended, APEv2, Lyrics3. */
    private boolean closingTag() {
        var start = ascii(4);
        return start.startsWith("TAG") || start.startsWith("ID3") || start.equals("APET") || start.equals("LYRI");
    }

    private String ascii(int length) {
        return new String(header, 0, length, StandardCharsets.ISO_8859_1);
    }
}
