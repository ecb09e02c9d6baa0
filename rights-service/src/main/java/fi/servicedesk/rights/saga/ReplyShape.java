package fi.servicedesk.rights.saga;

import fi.servicedesk.rights.domain.AccessChunkRepository.StoredPart;
import fi.servicedesk.rights.events.RequestAnswered;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the chunks stored for an owner's reply are the parts its answer names, in that order and
 * number. The document comes first; every other part is a recording, named so that it can be a
 * file of the package as it is.
 */
final class ReplyShape {

    static final String DOCUMENT = "document";
    private static final Pattern RECORDING = Pattern.compile("recordings/[A-Za-z0-9._-]{1,200}");

    private ReplyShape() {
    }

    /** Why the stored reply is not the one answered, or null when it is. */
    static String check(RequestAnswered.AccessPackage expected, List<StoredPart> stored) {
        var claimed = expected.parts();
        if (claimed == null || claimed.isEmpty() || !DOCUMENT.equals(claimed.getFirst().name())) {
            return "The reply's first part must be its document.";
        }
        int total = stored.stream().mapToInt(StoredPart::count).sum();
        if (total != expected.chunks() || stored.size() != claimed.size()) {
            return "Access data incomplete: " + total + " of " + expected.chunks() + " chunks in " + stored.size() + " of "
                    + claimed.size() + " parts arrived.";
        }
        int next = 0;
        for (int i = 0; i < claimed.size(); i++) {
            var part = claimed.get(i);
            var here = stored.get(i);
            if (i > 0 && !RECORDING.matcher(part.name()).matches()) {
                return "Part " + i + " is no recording file name.";
            }
            if (!here.name().equals(part.name()) || here.first() != next || !here.contiguous() || here.count() != part.chunks()) {
                return "Access data incomplete: " + part.name() + " did not arrive as " + part.chunks() + " chunks in sequence.";
            }
            next += part.chunks();
        }
        return null;
    }
}
