package fi.servicedesk.ingest.recordings;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

/** Test audio: PCM WAVs of a given size, with a LIST/INFO chunk naming the caller as platforms write it. */
public final class Wavs {

    private Wavs() {
    }

    /** 16-bit mono 8 kHz noise of {@code sampleBytes} (even), after a LIST/INFO chunk holding {@code metadata}. */
    public static byte[] pcm(int sampleBytes, String metadata) {
        var samples = new byte[sampleBytes];
        new Random(sampleBytes).nextBytes(samples);
        var out = new ByteArrayOutputStream();
        var info = (metadata + "\0").getBytes(StandardCharsets.US_ASCII);
        var list = concat(ascii("INFO"), chunk("INAM", info));
        var body = concat(ascii("WAVE"), chunk("LIST", list), chunk("fmt ", fmt()), chunk("data", samples));
        out.writeBytes(ascii("RIFF"));
        out.writeBytes(le32(body.length));
        out.writeBytes(body);
        return out.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] chunk(String id, byte[] content) {
        var padded = content.length % 2 == 1 ? concat(content, new byte[1]) : content;
        return concat(ascii(id), le32(content.length), padded);
    }

    static byte[] fmt() {
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .array();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] le32(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
