package fi.servicedesk.ingest.recordings;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test audio: MPEG-1 layer III frames (128 kbit/s, 44.1 kHz: 417 bytes each), optionally with ID3 tags. */
public final class Mp3s {

    static final int FRAME = 417;

    private Mp3s() {
    }

    public static byte[] frames(int count) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            var frame = new byte[FRAME];
            frame[0] = (byte) 0xff;
            frame[1] = (byte) 0xfb;
            frame[2] = (byte) 0x90;
            frame[4] = (byte) i;
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    /** An ID3v2.4 tag whose text frame holds {@code text} (the caller's name, say), size in syncsafe form. */
    public static byte[] id3v2(String text) {
        var body = Wavs.concat("TIT2".getBytes(StandardCharsets.US_ASCII), new byte[]{0, 0, 0, (byte) (text.length() + 1), 0, 0, 3},
                text.getBytes(StandardCharsets.ISO_8859_1));
        int size = body.length;
        return Wavs.concat(new byte[]{'I', 'D', '3', 4, 0, 0, (byte) (size >> 21 & 0x7f), (byte) (size >> 14 & 0x7f),
                (byte) (size >> 7 & 0x7f), (byte) (size & 0x7f)}, body);
    }

    public static byte[] id3v1(String title) {
        var tag = new byte[128];
        System.arraycopy("TAG".getBytes(StandardCharsets.US_ASCII), 0, tag, 0, 3);
        var bytes = title.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, tag, 3, Math.min(30, bytes.length));
        return tag;
    }
}
