package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * One travels on a ship, a train or a plane named like a person ("Viking Grace", "Pacific Dawn"): after a verb of
 * travelling and its preposition ("sailed on", "travelled on", "åkte med", "reste med") a run of two or three
 * capitalised words whose first is no given name is the vessel's name; "åkte med Anna Berg" went with a person. After
 * "aboard", "on board" or "ombord på" any run is the vessel's.
 */
final class VesselsTravelledOn {

    private static final WordSet VERBS = WordSet.of(Set.of("sailed", "travelled", "traveled", "cruised", "åkte", "åker",
            "åka", "reste", "reser", "resa", "seglade", "seglar"));
    private static final WordSet PREPOSITIONS = WordSet.of(Set.of("on", "med"));
    private static final WordSet ABOARD = WordSet.of(Set.of("aboard", "ombord"));
    private static final int LONGEST_NAME = 3;

    private VesselsTravelledOn() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 2; t < tokens.size(); t++) {
            if (!tokens.isCapitalised(t) || !tokens.spaced(t - 1, t)) {
                continue;
            }
            int end = t + 1;
            while (end < tokens.size() && end - t < LONGEST_NAME && tokens.isCapitalised(end) && tokens.spaced(end - 1, end)) {
                end++;
            }
            // The run's words only lose marks: without one among them, the words before are not read.
            if (PersonNameDetector.anyMarked(names, t, end) && (aboard(text, tokens, t) || end - t > 1 && travelledOn(text, tokens, t)
                    && !(words[t] != null && words[t].is(NameLexicon.Word.FIRST)))) {
                for (int k = t; k < end; k++) {
                    names[k] = false;
                }
            }
            t = end - 1;
        }
    }

    /** "aboard", "on board", "ombord (på)" right before {@code t}. */
    private static boolean aboard(String text, Tokens tokens, int t) {
        int before = tokens.is(t - 1, "på") || tokens.is(t - 1, "board") ? t - 2 : t - 1;
        return before >= 0 && (ABOARD.contains(text, tokens.start(before), tokens.end(before))
                || tokens.is(t - 1, "board") && tokens.is(before, "on"));
    }

    private static boolean travelledOn(String text, Tokens tokens, int t) {
        return PREPOSITIONS.contains(text, tokens.start(t - 1), tokens.end(t - 1)) && tokens.spaced(t - 2, t - 1)
                && VERBS.contains(text, tokens.start(t - 2), tokens.end(t - 2));
    }
}
