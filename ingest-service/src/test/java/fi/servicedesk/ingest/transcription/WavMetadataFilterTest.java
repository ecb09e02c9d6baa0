package fi.servicedesk.ingest.transcription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static fi.servicedesk.ingest.transcription.AudioFixtures.CALLER;
import static fi.servicedesk.ingest.transcription.AudioFixtures.ascii;
import static fi.servicedesk.ingest.transcription.AudioFixtures.chunk;
import static fi.servicedesk.ingest.transcription.AudioFixtures.concat;
import static fi.servicedesk.ingest.transcription.AudioFixtures.fmt;
import static fi.servicedesk.ingest.transcription.AudioFixtures.listInfo;
import static fi.servicedesk.ingest.transcription.AudioFixtures.random;
import static fi.servicedesk.ingest.transcription.AudioFixtures.riff;
import static fi.servicedesk.ingest.transcription.AudioFixtures.strip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavMetadataFilterTest {

    private final WavMetadataFilter filter = new WavMetadataFilter();

    @Test
    void keepsOnlyFmtAndDataFromAWavFullOfMetadataWithOddSizedChunks() throws Exception {
        var samples = random(8001, 1); // odd: the data chunk has a pad byte
        var input = riff(
                chunk("bext", concat(ascii("Originator: " + CALLER), new byte[3])),
                listInfo(),
                chunk("JUNK", new byte[27]),
                fmt(),
                chunk("iXML", ascii("<BWFXML><NOTE>" + CALLER + "</NOTE></BWFXML>")),
                chunk("id3 ", AudioFixtures.id3v24WithFooter()),
                chunk("cue ", new byte[28]),
                chunk("data", samples),
                chunk("LIST", concat(ascii("adtl"), chunk("labl", ascii("x" + CALLER)))),
                chunk("zzzz", ascii("unknown vendor chunk " + CALLER)));

        var output = strip(filter, input);

        assertArrayEquals(riff(fmt(), chunk("data", samples)), output, "only fmt and data, byte for byte");
        assertEquals(output.length - 8, riffSize(output), "RIFF size matches the output");
        assertFalse(new String(output, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Virtanen"));
        assertEquals(8000, AudioSystem.getAudioInputStream(new ByteArrayInputStream(output)).getFormat().getSampleRate(),
                "a WAV reader still reads it");
    }

    @Test
    void keepsTheFactChunkOfCompressedFormats() {
        var fact = chunk("fact", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(4000).array());
        var data = chunk("data", random(2000, 2));

        var output = strip(filter, riff(fmt(), listInfo(), fact, data));

        assertArrayEquals(riff(fmt(), fact, data), output);
    }

    @Test
    void aWavWithoutMetadataLeavesUnchanged() {
        var input = riff(fmt(), chunk("data", random(4096, 3)));

        assertArrayEquals(input, strip(filter, input));
    }

    @Test
    void aMissingPadAfterTheLastOddChunkIsSuppliedSoTheOutputIsWellFormed() {
        var samples = random(101, 4);
        var padded = riff(fmt(), chunk("data", samples));
        var unpadded = java.util.Arrays.copyOf(padded, padded.length - 1);
        ByteBuffer.wrap(unpadded).order(ByteOrder.LITTLE_ENDIAN).putInt(4, unpadded.length - 8);

        var output = strip(filter, concat(unpadded));

        assertArrayEquals(padded, output);
        assertEquals(output.length - 8, riffSize(output));
    }

    @Test
    void bytesAfterTheRiffFormAreDropped() {
        var wav = riff(fmt(), chunk("data", random(64, 5)));

        var output = strip(filter, concat(wav, AudioFixtures.id3v1()));

        assertArrayEquals(wav, output, "a tag appended after the RIFF form does not leave");
    }

    static Stream<byte[]> notWav() {
        var data = chunk("data", random(16, 6));
        var good = riff(fmt(), data);
        var truncated = java.util.Arrays.copyOf(good, good.length - 5);
        var pastRiffEnd = good.clone();
        ByteBuffer.wrap(pastRiffEnd).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 4 + fmt().length + 10);
        var shortFmt = chunk("fmt ", new byte[14]);
        var noChannels = fmt().clone();
        noChannels[10] = 0;
        var rifx = good.clone();
        rifx[3] = 'X';
        return Stream.of(
                new byte[0],
                ascii("RIFF"),
                rifx,
                concat(ascii("RIFF"), new byte[4], ascii("AVI "), fmt(), data),
                riff(fmt()),                          // no data
                riff(data, fmt()),                    // data before its format
                riff(fmt(), fmt(), data),             // two formats
                riff(shortFmt, data),
                riff(noChannels, data),
                truncated,
                pastRiffEnd,
                AudioFixtures.mp3Frames(3));
    }

    @ParameterizedTest
    @MethodSource("notWav")
    void inputThatIsNotAValidWavIsRejected(byte[] input) {
        assertThrows(InvalidAudioException.class, () -> filter.layout(AudioFixtures.source(input)));
    }

    @Test
    void streamsALargeRecordingInTwoPassesWithoutHoldingIt() throws Exception {
        long samples = 64L * 1024 * 1024 + 1;
        var opens = new AtomicInteger();
        AudioSource source = () -> {
            opens.incrementAndGet();
            return new GeneratedWav(samples);
        };

        var layout = filter.layout(source);
        var digest = MessageDigest.getInstance("SHA-256");
        var counted = new CountingStream();
        try (var filtered = layout.open(source)) {
            filtered.transferTo(new DigestOutputStream(counted, digest));
        }

        assertEquals(2, opens.get(), "one pass to plan, one to copy");
        assertEquals(12 + 24 + 8 + samples + 1, counted.count, "header, fmt, data header, samples, pad");
        assertEquals(counted.count, layout.length());
        var expected = MessageDigest.getInstance("SHA-256");
        try (var in = new GeneratedWav(samples)) {
            in.skipNBytes(12 + GeneratedWav.METADATA.length);
            expected.update(riffHeader(4 + 24 + 8 + samples + 1));
            expected.update(in.readAllBytes());
        }
        assertEquals(HexFormat.of().formatHex(expected.digest()), HexFormat.of().formatHex(digest.digest()));
        assertTrue(layout.pieces().stream().allMatch(p -> !(p instanceof AudioLayout.Literal l) || l.bytes().length <= 12),
                "the plan holds no audio");
    }

    private static byte[] riffHeader(long size) {
        return ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).put(ascii("RIFF")).putInt((int) size).put(ascii("WAVE")).array();
    }

    private static long riffSize(byte[] wav) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
    }

    /** A WAV with a LIST chunk before fmt and {@code samples} generated sample bytes, never in memory. */
    private static final class GeneratedWav extends InputStream {

        static final byte[] METADATA = listInfo();
        private final byte[] head;
        private final long total;
        private long position;

        GeneratedWav(long samples) {
            var data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).put(ascii("data")).putInt((int) samples).array();
            long riffSize = 4 + METADATA.length + fmt().length + 8 + samples + (samples & 1);
            this.head = concat(ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).put(ascii("RIFF")).putInt((int) riffSize)
                    .put(ascii("WAVE")).array(), METADATA, fmt(), data);
            this.total = 8 + riffSize;
        }

        @Override
        public int read() {
            if (position >= total) {
                return -1;
            }
            long at = position++;
            return at < head.length ? head[(int) at] & 0xFF : (int) ((at * 31) & 0xFF);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
