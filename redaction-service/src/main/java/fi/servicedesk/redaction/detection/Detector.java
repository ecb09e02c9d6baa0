package fi.servicedesk.redaction.detection;

import java.util.List;

/** Finds one kind of identifying data in a text. Implementations are stateless and thread-safe. */
public interface Detector {

    /** Adds what it finds in {@code text} to {@code findings}. */
    void find(Text text, List<Finding> findings);

    /**
     * Whether its findings end where a link's own syntax ends a value ('&', a space, a quote), which decoding the
     * link's escapes moves ({@link DecodedMessage}): such a detector reads the message as written too, so that a
     * secret holding {@code %20} or {@code %26} is whole there and a link's link ({@code %3Ftoken%3D…}) is one in the
     * decoded text.
     */
    default boolean readsLinkSyntax() {
        return false;
    }
}
