package fi.servicedesk.ingest.transcription;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * Removes everything but the audio from a recording before it leaves for the subcontractor (R7.4):
 * tags and metadata chunks may name the caller, the agent, the number or the call.
 */
public interface MetadataFilter {

    /** The one media type the filtered audio is sent as, whichever alias it was stored under. */
    String mediaType();

    /** Reads the source once and plans the copy; throws {@link InvalidAudioException} if it is not this format. */
    AudioLayout layout(AudioSource source) throws IOException;

    /** The filter for a recording's media type, if the hand-off supports it. */
    static Optional<MetadataFilter> forContentType(String contentType) {
        var type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "audio/wav", "audio/wave", "audio/x-wav", "audio/vnd.wave" -> Optional.of(new WavMetadataFilter());
            case "audio/mpeg", "audio/mp3" -> Optional.of(new Mp3MetadataFilter());
            default -> Optional.empty();
        };
    }
}
