package fi.servicedesk.ingest.transcription;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static fi.servicedesk.ingest.transcription.AudioFixtures.ape;
import static fi.servicedesk.ingest.transcription.AudioFixtures.ascii;
import static fi.servicedesk.ingest.transcription.AudioFixtures.concat;
import static fi.servicedesk.ingest.transcription.AudioFixtures.id3v1;
import static fi.servicedesk.ingest.transcription.AudioFixtures.id3v1Enhanced;
import static fi.servicedesk.ingest.transcription.AudioFixtures.id3v23WithExtendedHeader;
import static fi.servicedesk.ingest.transcription.AudioFixtures.id3v24WithFooter;
import static fi.servicedesk.ingest.transcription.AudioFixtures.lyrics3v2;
import static fi.servicedesk.ingest.transcription.AudioFixtures.mp3Frames;
import static fi.servicedesk.ingest.transcription.AudioFixtures.strip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Mp3MetadataFilterTest {

    private final Mp3MetadataFilter filter = new Mp3MetadataFilter();
    private final byte[] frames = mp3Frames(40);

    @Test
    void dropsId3v2Id3v1AndApeTagsAndKeepsTheFramesByteForByte() {
        var input = concat(id3v23WithExtendedHeader(), frames, ape(true, 300), id3v1());

        assertArrayEquals(frames, strip(filter, input));
    }

    @Test
    void dropsAnId3v24TagWithAFooterAndSeveralTagsInARow() {
        var input = concat(id3v24WithFooter(), id3v23WithExtendedHeader(), frames);

        assertArrayEquals(frames, strip(filter, input));
    }

    @Test
    void dropsAnApeTagAtTheStart() {
        assertArrayEquals(frames, strip(filter, concat(ape(true, 50), frames)));
    }

    @Test
    void dropsEveryKindOfTrailingTagInAnyOrder() {
        var input = concat(frames, id3v24WithFooter(), ape(false, 80), lyrics3v2(), id3v1Enhanced(), id3v1());

        assertArrayEquals(frames, strip(filter, input));
    }

    @Test
    void aTrailingTagLargerThanTheRememberedTailIsReadAgainFromTheSource() throws Exception {
        var input = concat(id3v23WithExtendedHeader(), frames, ape(true, 600 * 1024), id3v1());
        var opens = new AtomicInteger();
        AudioSource counting = () -> {
            opens.incrementAndGet();
            return AudioFixtures.source(input).open();
        };

        var layout = filter.layout(counting);

        assertEquals(new AudioLayout(java.util.List.of(new AudioLayout.Copy(id3v23WithExtendedHeader().length, frames.length))).pieces(),
                layout.pieces());
        assertEquals(2, opens.get(), "one pass, and one read behind the large tag");
    }

    @Test
    void anUntaggedMp3LeavesUnchanged() {
        assertArrayEquals(frames, strip(filter, frames));
    }

    static Stream<byte[]> notMp3() {
        var frames = mp3Frames(5);
        var badSyncsafe = id3v23WithExtendedHeader().clone();
        badSyncsafe[9] = (byte) 0x80;
        var tagPastEnd = concat(AudioFixtures.id3v2(3, 0, new byte[10], false), new byte[0]);
        tagPastEnd[9] = 0x7F;
        var reservedLayer = frames.clone();
        reservedLayer[1] = (byte) 0xF9;
        var badBitrate = frames.clone();
        badBitrate[2] = (byte) 0xF0;
        var badSampleRate = frames.clone();
        badSampleRate[2] = (byte) 0x9C;
        var hugeApe = concat(frames, ape(false, 10));
        hugeApe[hugeApe.length - 17] = 0x7F; // size (little-endian, at 12 in the footer) far beyond the file
        return Stream.of(
                new byte[0],
                ascii("ID3"),
                AudioFixtures.riff(AudioFixtures.fmt(), AudioFixtures.chunk("data", new byte[8])),
                AudioFixtures.random(2000, 9),
                concat(id3v23WithExtendedHeader(), id3v1()),   // tags and no audio
                badSyncsafe,
                tagPastEnd,
                concat(new byte[]{'I', 'D', '3', 9, 0, 0, 0, 0, 0, 1}, frames),
                reservedLayer,
                badBitrate,
                badSampleRate,
                hugeApe,
                Arrays.copyOf(frames, 3));
    }

    @ParameterizedTest
    @MethodSource("notMp3")
    void inputThatIsNotAValidMp3IsRejected(byte[] input) {
        assertThrows(InvalidAudioException.class, () -> filter.layout(AudioFixtures.source(input)));
    }
}
