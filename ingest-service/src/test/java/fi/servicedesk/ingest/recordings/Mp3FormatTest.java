package fi.servicedesk.ingest.recordings;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static fi.servicedesk.ingest.recordings.Wavs.concat;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming MP3 check, fed in pieces of any size. */
class Mp3FormatTest {

    @Test
    void framesWithOrWithoutTagsPassWhateverPiecesTheyArriveIn() {
        var tagged = concat(Mp3s.id3v2("Matti Virtanen"), Mp3s.id3v2("second tag"), Mp3s.frames(12), Mp3s.id3v1("Matti"));
        for (int piece : new int[]{1, 3, 4, 10, 417, 4096, tagged.length}) {
            assertNull(check(Mp3s.frames(12), piece), "frames, pieces of " + piece);
            assertNull(check(tagged, piece), "tagged, pieces of " + piece);
        }
    }

    @Test
    void mpeg2LayerIIIFramesAreMeasuredByTheirOwnTables() {
        // MPEG-2 layer III, 64 kbit/s, 22.05 kHz: 72 * 64000 / 22050 = 208 bytes.
        var frame = new byte[208];
        frame[0] = (byte) 0xff;
        frame[1] = (byte) 0xf3;
        frame[2] = (byte) 0x80;
        assertNull(check(concat(frame, frame, frame), 50));
        assertNotNull(check(concat(frame, frame, Arrays.copyOf(frame, 207)), 50));
    }

    @Test
    void aTruncatedMp3IsRefusedWhereverItIsCut() {
        var mp3 = concat(Mp3s.id3v2("x"), Mp3s.frames(3));
        for (int cut : new int[]{0, 2, 9, 15, 30, mp3.length - 417 - 1, mp3.length - 1}) {
            assertNotNull(check(Arrays.copyOf(mp3, cut), 7), "cut at " + cut);
        }
    }

    @Test
    void bytesThatAreNeitherFrameNorTagAreRefused() {
        assertTrue(check(concat(Mp3s.frames(2), new byte[417], Mp3s.frames(1)), 64).contains("neither an MPEG frame nor a tag"));
        assertTrue(check(Wavs.pcm(1000, "x"), 64).startsWith("Not an MP3"));
        assertNotNull(check(Mp3s.id3v2("only a tag"), 64), "a tag and no audio");
        var freeFormat = Mp3s.frames(1);
        freeFormat[2] = 0x00;
        assertTrue(check(freeFormat, 64).startsWith("Not an MP3"), "free-format bitrate: no length to check");
    }

    private static String check(byte[] bytes, int piece) {
        var format = new Mp3Format();
        for (int at = 0; at < bytes.length; at += piece) {
            format.update(bytes, at, Math.min(piece, bytes.length - at));
        }
        return format.problem();
    }
}
