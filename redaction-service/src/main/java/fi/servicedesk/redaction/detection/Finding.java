package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A span of the input, in UTF-16 offsets, that identifies someone. {@code value} is the
 * normalised form (an e-mail address however obfuscated, a phone number in E.164, a name in
 * its base form) so that every spelling of the same thing gets the same placeholder.
 */
public record Finding(EntityType type, int start, int end, String value) {

    /** A finding whose normal form is its text, lower-cased. */
    public static Finding of(EntityType type, String text, int start, int end) {
        return new Finding(type, start, end, text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }

    /** Whether no finding of {@code findings} overlaps the span from {@code start} to {@code end}. */
    static boolean noneOverlaps(List<Finding> findings, int start, int end) {
        for (var f : findings) {
            if (f.start < end && start < f.end) {
                return false;
            }
        }
        return true;
    }
}
