package fi.servicedesk.ingest.recordings;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static fi.servicedesk.ingest.recordings.Wavs.ascii;
import static fi.servicedesk.ingest.recordings.Wavs.chunk;
import static fi.servicedesk.ingest.recordings.Wavs.concat;
import static fi.servicedesk.ingest.recordings.Wavs.fmt;
import static fi.servicedesk.ingest.recordings.Wavs.le32;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The streaming WAV check, fed the way an upload arrives: in pieces of any size. */
class WavFormatTest {

    @Test
    void aWholeWavPassesWhateverPiecesItArrivesIn() {
        var wav = Wavs.pcm(10_000, "Matti Virtanen");
        for (int piece : new int[]{1, 3, 7, 8, 12, 4096, wav.length}) {
            assertNull(check(wav, piece), "pieces of " + piece);
        }
    }

    @Test
    void aTruncatedWavIsRefusedWhereverItIsCut() {
        var wav = Wavs.pcm(2_000, "x");
        for (int cut : new int[]{0, 4, 11, 12, 20, 40, wav.length - 1}) {
            var problem = check(Arrays.copyOf(wav, cut), 5);
            assertNotNull(problem, "cut at " + cut);
        }
    }

    @Test
    void bytesBeyondTheRiffSizeAreRefused() {
        assertTrue(check(concat(Wavs.pcm(100, "x"), new byte[10]), 64).contains("RIFF header announces"));
    }

    @Test
    void somethingElseThanAWavIsRefused() {
        assertTrue(check(ascii("ID3\u0004\0\0\0\0\0\0 not a wav at all"), 4).startsWith("Not a WAV"));
    }

    @Test
    void dataBeforeFmtOrMissingChunksAreRefused() {
        assertTrue(check(riff(chunk("data", new byte[4]), chunk("fmt ", fmt())), 3).contains("before its fmt"));
        assertTrue(check(riff(chunk("fmt ", fmt())), 3).contains("no data"));
        assertTrue(check(riff(chunk("fmt ", new byte[16]), chunk("data", new byte[2])), 3).contains("describes no audio"));
    }

    @Test
    void anOddLastChunkMayLeaveOutItsPadByte() {
        var body = concat(ascii("WAVE"), chunk("fmt ", fmt()), ascii("data"), le32(3), new byte[3]);
        assertNull(check(concat(ascii("RIFF"), le32(body.length), body), 2));
    }

    private static byte[] riff(byte[]... chunks) {
        var body = concat(ascii("WAVE"), concat(chunks));
        return concat(ascii("RIFF"), le32(body.length), body);
    }

    private static String check(byte[] bytes, int piece) {
        var format = new WavFormat();
        for (int at = 0; at < bytes.length; at += piece) {
            format.update(bytes, at, Math.min(piece, bytes.length - at));
        }
        return format.problem();
    }
}
