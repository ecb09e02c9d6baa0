package fi.servicedesk.ingest.transcription;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

/**
 * WAV (RIFF/WAVE): keeps the chunks that are the audio — {@code fmt }, {@code fact} and {@code data},
 * with their pad bytes — and drops every other one ({@code LIST}/{@code INFO}, {@code bext},
 * {@code iXML}, {@code id3 }, {@code cue }, {@code JUNK}, anything unknown) and whatever follows
 * the RIFF form. The output's RIFF size is recomputed. Only chunk headers (and the 16 bytes of
 * {@code fmt }) are read into memory.
 */
public final class WavMetadataFilter implements MetadataFilter {

    private static final Set<String> AUDIO_CHUNKS = Set.of("fmt ", "fact", "data");
    private static final long MAX_U32 = 0xFFFF_FFFFL;

    @Override
    public String mediaType() {
        return "audio/wav";
    }

    @Override
    public AudioLayout layout(AudioSource source) throws IOException {
        try (var in = source.open()) {
            return layout(in);
        } catch (EOFException e) {
            throw new InvalidAudioException("WAV is truncated");
        }
    }

    private static AudioLayout layout(InputStream in) throws IOException {
        var header = littleEndian(in.readNBytes(12));
        if (header.limit() < 12 || !"RIFF".equals(fourCc(header, 0)) || !"WAVE".equals(fourCc(header, 8))) {
            throw new InvalidAudioException("not a RIFF/WAVE file");
        }
        long riffEnd = 8 + Integer.toUnsignedLong(header.getInt(4));
        var kept = new ArrayList<AudioLayout.Piece>();
        var seen = new HashSet<String>();
        long position = 12;
        while (position < riffEnd) {
            if (riffEnd - position < 8) {
                throw new InvalidAudioException("RIFF size does not end on a chunk boundary");
            }
            var chunk = littleEndian(readExactly(in, 8));
            var id = fourCc(chunk, 0);
            long size = Integer.toUnsignedLong(chunk.getInt(4));
            long bodyEnd = position + 8 + size;
            if (bodyEnd > riffEnd) {
                throw new InvalidAudioException("chunk '" + printable(id) + "' runs past the end of the RIFF form");
            }
            // Chunks are word-aligned; a writer may leave out the pad of the form's last chunk.
            boolean odd = (size & 1) == 1;
            boolean padPresent = odd && bodyEnd < riffEnd;
            if (AUDIO_CHUNKS.contains(id)) {
                checkOrder(id, seen);
                long skipped = 0;
                if ("fmt ".equals(id)) {
                    checkFormat(size, in);
                    skipped = 16;
                }
                in.skipNBytes(size - skipped + (padPresent ? 1 : 0));
                kept.add(new AudioLayout.Copy(position, 8 + size + (padPresent ? 1 : 0)));
                if (odd && !padPresent) {
                    kept.add(new AudioLayout.Literal(new byte[1]));
                }
            } else {
                in.skipNBytes(size + (padPresent ? 1 : 0));
            }
            position = bodyEnd + (padPresent ? 1 : 0);
        }
        if (!seen.contains("data")) {
            throw new InvalidAudioException("WAV has no data chunk");
        }
        long riffSize = 4 + kept.stream().mapToLong(AudioLayout.Piece::length).sum();
        if (riffSize > MAX_U32) {
            throw new InvalidAudioException("WAV is too large for RIFF");
        }
        var newHeader = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt((int) riffSize)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        kept.addFirst(new AudioLayout.Literal(newHeader.array()));
        return new AudioLayout(kept);
    }

    /** One of each audio chunk, and the format before the samples it describes. */
    private static void checkOrder(String id, Set<String> seen) {
        if (!seen.add(id)) {
            throw new InvalidAudioException("WAV has more than one '" + id + "' chunk");
        }
        if ("data".equals(id) && !seen.contains("fmt ")) {
            throw new InvalidAudioException("WAV data chunk comes before its fmt chunk");
        }
    }

    private static void checkFormat(long size, InputStream in) throws IOException {
        if (size < 16) {
            throw new InvalidAudioException("WAV fmt chunk is shorter than 16 bytes");
        }
        var format = littleEndian(readExactly(in, 16));
        int channels = Short.toUnsignedInt(format.getShort(2));
        long sampleRate = Integer.toUnsignedLong(format.getInt(4));
        int blockAlign = Short.toUnsignedInt(format.getShort(12));
        if (channels == 0 || sampleRate == 0 || blockAlign == 0) {
            throw new InvalidAudioException("WAV fmt chunk has no channels, sample rate or block alignment");
        }
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException {
        var bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException();
        }
        return bytes;
    }

    private static ByteBuffer littleEndian(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static String fourCc(ByteBuffer bytes, int at) {
        return new String(bytes.array(), at, 4, StandardCharsets.ISO_8859_1);
    }

    private static String printable(String id) {
        return id.codePoints().allMatch(c -> c >= 0x20 && c < 0x7F) ? id : "?";
    }
}
