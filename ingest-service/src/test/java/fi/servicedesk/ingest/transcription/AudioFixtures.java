package fi.servicedesk.ingest.transcription;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Builds WAV and MP3 files with metadata in every place a recorder or tagger puts it. */
final class AudioFixtures {

    static final String CALLER = "Matti Virtanen +358401234567 call-4711";

    private AudioFixtures() {
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] random(int length, long seed) {
        var bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    // ------------------------------------------------------------------ WAV

    /** A RIFF chunk with its pad byte when the size is odd. */
    static byte[] chunk(String id, byte[] body) {
        var header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put(ascii(id)).putInt(body.length).array();
        return concat(header, body, body.length % 2 == 1 ? new byte[1] : new byte[0]);
    }

    /** 8 kHz mono 16-bit PCM. */
    static byte[] fmt() {
        return chunk("fmt ", ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16).array());
    }

    static byte[] riff(byte[]... chunks) {
        var body = concat(chunks);
        return concat(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("RIFF")).putInt(4 + body.length).put(ascii("WAVE")).array(), body);
    }

    static byte[] listInfo() {
        return chunk("LIST", concat(ascii("INFO"), chunk("INAM", ascii(CALLER + "\0")), chunk("ICMT", ascii("caller " + CALLER + "\0"))));
    }

    // ------------------------------------------------------------------ MP3

    /** MPEG-1 Layer III frames, 128 kbit/s, 44.1 kHz: 417 bytes each. */
    static byte[] mp3Frames(int count) {
        var out = new ByteArrayOutputStream();
        var random = new Random(count);
        for (int i = 0; i < count; i++) {
            var frame = new byte[417];
            random.nextBytes(frame);
            frame[0] = (byte) 0xFF;
            frame[1] = (byte) 0xFB;
            frame[2] = (byte) 0x90;
            frame[3] = (byte) 0x64;
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }

    static byte[] syncsafe(int value) {
        return new byte[]{(byte) ((value >> 21) & 0x7F), (byte) ((value >> 14) & 0x7F), (byte) ((value >> 7) & 0x7F), (byte) (value & 0x7F)};
    }

    /** An ID3v2 tag: {@code body} (frames, extended header, padding) under a header, and a footer if asked (v2.4). */
    static byte[] id3v2(int major, int flags, byte[] body, boolean footer) {
        var header = concat(ascii("ID3"), new byte[]{(byte) major, 0, (byte) flags}, syncsafe(body.length));
        return footer
                ? concat(header, body, concat(ascii("3DI"), new byte[]{(byte) major, 0, (byte) flags}, syncsafe(body.length)))
                : concat(header, body);
    }

    static byte[] id3Frame(String id, String text) {
        var content = concat(new byte[]{0}, ascii(text));
        return concat(ascii(id), ByteBuffer.allocate(4).putInt(content.length).array(), new byte[2], content);
    }

    /** ID3v2.3 with an extended header (counted in the tag size) and padding. */
    static byte[] id3v23WithExtendedHeader() {
        var extended = concat(ByteBuffer.allocate(4).putInt(6).array(), new byte[6]);
        return id3v2(3, 0x40, concat(extended, id3Frame("TPE1", CALLER), id3Frame("COMM", "tel " + CALLER), new byte[100]), false);
    }

    static byte[] id3v24WithFooter() {
        return id3v2(4, 0x10, concat(id3Frame("TIT2", CALLER), new byte[20]), true);
    }

    static byte[] id3v1() {
        var tag = new byte[128];
        System.arraycopy(ascii("TAG"), 0, tag, 0, 3);
        System.arraycopy(ascii(CALLER), 0, tag, 3, 30);
        return tag;
    }

    static byte[] id3v1Enhanced() {
        var tag = new byte[227];
        System.arraycopy(ascii("TAG+"), 0, tag, 0, 4);
        System.arraycopy(ascii(CALLER), 0, tag, 4, CALLER.length());
        return tag;
    }

    /** An APEv2 tag; {@code withHeader} adds the 32-byte header before the items. */
    static byte[] ape(boolean withHeader, int itemBytes) {
        var value = concat(ascii(CALLER), random(Math.max(0, itemBytes - CALLER.length()), 7));
        var item = concat(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(value.length).putInt(0).array(),
                ascii("Artist\0"), value);
        int size = item.length + 32;
        int flags = withHeader ? 0x8000_0000 : 0;
        var footer = apeHeaderOrFooter(size, flags);
        return withHeader ? concat(apeHeaderOrFooter(size, flags | 0x2000_0000), item, footer) : concat(item, footer);
    }

    private static byte[] apeHeaderOrFooter(int size, int flags) {
        return ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN)
                .put(ascii("APETAGEX")).putInt(2000).putInt(size).putInt(1).putInt(flags).putLong(0).array();
    }

    static byte[] lyrics3v2() {
        var body = concat(ascii("LYRICSBEGIN"), ascii("IND00003110"), ascii("LYR00038" + CALLER));
        return concat(body, ascii("%06d".formatted(body.length)), ascii("LYRICS200"));
    }

    // ------------------------------------------------------------------ running a filter

    static AudioSource source(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    static byte[] strip(MetadataFilter filter, byte[] input) {
        try {
            var layout = filter.layout(source(input));
            var out = new ByteArrayOutputStream();
            try (var filtered = layout.open(source(input))) {
                filtered.transferTo(out);
            }
            if (out.size() != layout.length()) {
                throw new AssertionError("layout length " + layout.length() + " but wrote " + out.size());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
