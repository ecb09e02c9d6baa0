package fi.servicedesk.ingest.recordings;

import java.util.Optional;

/**
 * A streaming check that an upload is the audio its content type says: fed the bytes as they
 * arrive, never throwing meanwhile (the signature is judged first), with a verdict at the end.
 */
interface AudioFormat {

    void update(byte[] bytes, int offset, int length);

    /** Null when the bytes received make a whole file of this format, else what is wrong with them. */
    String problem();

    static Optional<AudioFormat> of(String contentType) {
        return switch (contentType) {
            case "audio/wav" -> Optional.of(new WavFormat());
            case "audio/mpeg" -> Optional.of(new Mp3Format());
            default -> Optional.empty();
        };
    }
}
