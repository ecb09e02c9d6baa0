package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A tool's layout: its pattern, and pieces of text every match holds, which the pair filter ({@link Fragment#mayBeIn})
 * rules out in most messages before the pattern is tried at every position. Second pieces are for a first that many
 * messages hold ("/", "for", "  "): the message must hold the first and one of the second, the one that each match holds
 * of the layout's alternatives ("approved these changes" or "commented" after a reviewer's login).
 */
record CuedPattern(Fragment cue, List<Fragment> otherCues, Pattern pattern) {

    CuedPattern(String cue, String pattern) {
        this(Fragment.of(cue), List.of(), Pattern.compile(pattern));
    }

    CuedPattern(String cue, String otherCue, String pattern) {
        this(cue, List.of(otherCue), pattern);
    }

    CuedPattern(String cue, List<String> otherCues, String pattern) {
        this(Fragment.of(cue), otherCues.stream().map(Fragment::of).toList(), Pattern.compile(pattern));
    }

    /** False when the message surely holds no match; true when it may, and the caller tries the pattern. */
    boolean mayMatch(Text message) {
        return cue.mayBeIn(message) && (otherCues.isEmpty() || anyOtherCueMayBeIn(message));
    }

    private boolean anyOtherCueMayBeIn(Text message) {
        for (var otherCue : otherCues) {
            if (otherCue.mayBeIn(message)) {
                return true;
            }
        }
        return false;
    }
}
