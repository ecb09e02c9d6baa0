package fi.servicedesk.redaction.detection;

import java.util.regex.Pattern;

/**
 * A tool's layout: its pattern, and pieces of text every match holds, which the pair filter ({@link Fragment#mayBeIn})
 * rules out in most messages before the pattern is tried at every position. A second piece is for a first that many
 * messages hold ("/", "for"): both must be there.
 */
record CuedPattern(Fragment cue, Fragment otherCue, Pattern pattern) {

    CuedPattern(String cue, String pattern) {
        this(Fragment.of(cue), null, Pattern.compile(pattern));
    }

    CuedPattern(String cue, String otherCue, String pattern) {
        this(Fragment.of(cue), Fragment.of(otherCue), Pattern.compile(pattern));
    }

    /** False when the message surely holds no match; true when it may, and the caller tries the pattern. */
    boolean mayMatch(Text message) {
        return cue.mayBeIn(message) && (otherCue == null || otherCue.mayBeIn(message));
    }
}
