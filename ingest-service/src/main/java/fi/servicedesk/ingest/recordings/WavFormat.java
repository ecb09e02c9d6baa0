package fi.servicedesk.ingest.recordings;

import java.nio.charset.StandardCharsets;

/**
 * Checks a WAV (RIFF/WAVE) as it streams past, without holding it: the RIFF header, a {@code fmt }
 * chunk that describes real audio before the {@code data} chunk, every chunk whole, and as many
 * bytes as the RIFF size says. Never throws while bytes arrive — the signature is checked first
 * (an unsigned body gets 401, not 400) — and tells its verdict at the end.
 */
final class WavFormat implements AudioFormat {

    private static final int RIFF_HEADER = 12;
    private static final int CHUNK_HEADER = 8;
    private static final int FMT_BYTES = 16;

    private final byte[] header = new byte[FMT_BYTES];
    private int headerFilled;
    private int headerNeeded = RIFF_HEADER;
    private long bodyRemaining;
    private boolean inBody;
    private boolean capturingFmt;
    private boolean oddChunk;
    private long received;
    private long riffSize = -1;
    private boolean fmt;
    private boolean data;
    private String problem;

    @Override
    public void update(byte[] bytes, int offset, int length) {
        received += length;
        int end = offset + length;
        while (offset < end && problem == null) {
            if (inBody) {
                int take = (int) Math.min(bodyRemaining, end - offset);
                if (capturingFmt) {
                    int copy = Math.min(take, FMT_BYTES - headerFilled);
                    System.arraycopy(bytes, offset, header, headerFilled, copy);
                    headerFilled += copy;
                    if (headerFilled == FMT_BYTES) {
                        checkFmt();
                        capturingFmt = false;
                    }
                }
                offset += take;
                bodyRemaining -= take;
                if (bodyRemaining == 0) {
                    startChunkHeader();
                }
            } else {
                int copy = Math.min(headerNeeded - headerFilled, end - offset);
                System.arraycopy(bytes, offset, header, headerFilled, copy);
                headerFilled += copy;
                offset += copy;
                if (headerFilled == headerNeeded) {
                    if (riffSize < 0) {
                        riffHeader();
                    } else {
                        chunkHeader();
                    }
                }
            }
        }
    }

    @Override
    public String problem() {
        if (problem != null) {
            return problem;
        }
        if (riffSize < 0) {
            return "Not a WAV file: the RIFF/WAVE header is missing or truncated.";
        }
        if (received != riffSize + 8) {
            return "The RIFF header announces " + (riffSize + 8) + " bytes but " + received + " arrived.";
        }
        // The pad byte after an odd last chunk is often left out; then the RIFF size leaves it out too.
        boolean lastPadMissing = inBody && oddChunk && bodyRemaining == 1;
        if ((inBody && !lastPadMissing) || (!inBody && headerFilled > 0)) {
            return "The WAV is truncated: its last chunk is incomplete.";
        }
        if (!fmt || !data) {
            return "The WAV has no " + (fmt ? "data" : "fmt ") + " chunk.";
        }
        return null;
    }

    private void riffHeader() {
        if (!"RIFF".equals(ascii(0)) || !"WAVE".equals(ascii(8))) {
            problem = "Not a WAV file: it does not start with a RIFF/WAVE header.";
            return;
        }
        riffSize = uint32(4);
        startChunkHeader();
    }

    private void chunkHeader() {
        var id = ascii(0);
        long size = uint32(4);
        if ("fmt ".equals(id)) {
            if (size < FMT_BYTES) {
                problem = "The WAV's fmt chunk is too short.";
                return;
            }
            capturingFmt = true;
        } else if ("data".equals(id)) {
            if (!fmt) {
                problem = "The WAV's data chunk comes before its fmt chunk.";
                return;
            }
            data = true;
        }
        oddChunk = (size & 1) == 1;
        bodyRemaining = size + (oddChunk ? 1 : 0);
        headerFilled = 0;
        inBody = bodyRemaining > 0;
        if (!inBody) {
            startChunkHeader();
        }
    }

    private void checkFmt() {
        int channels = uint16(2);
        long sampleRate = uint32(4);
        int bitsPerSample = uint16(14);
        if (channels == 0 || sampleRate == 0 || bitsPerSample == 0) {
            problem = "The WAV's fmt chunk describes no audio (channels, sample rate and bits per sample must not be 0).";
        }
        fmt = true;
    }

    private void startChunkHeader() {
        inBody = false;
        headerFilled = 0;
        headerNeeded = CHUNK_HEADER;
    }

    private String ascii(int at) {
        return new String(header, at, 4, StandardCharsets.US_ASCII);
    }

    private long uint32(int at) {
        return (header[at] & 0xffL) | (header[at + 1] & 0xffL) << 8 | (header[at + 2] & 0xffL) << 16 | (header[at + 3] & 0xffL) << 24;
    }

    private int uint16(int at) {
        return (header[at] & 0xff) | (header[at + 1] & 0xff) << 8;
    }
}
