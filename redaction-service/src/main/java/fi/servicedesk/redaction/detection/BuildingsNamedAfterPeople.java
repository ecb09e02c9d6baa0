package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Buildings and docks named after a person: "Darwin Court", "Churchill Tower", "Albert Dock", "Royal Albert Hall". A
 * capitalised word right before a building's word that is no one's surname names the building, both words, unless a
 * name comes right before it, as a person's first given name does ("Rachel Ann Court"); a given name alone before it
 * is the building's ("Albert Court"), as buildings are named after people by either name. "Royal" is the crown's word, no one's
 * name, and after it a name before "Hall" or "House", which are surnames elsewhere ("Jerry Hall"), is the building's
 * too.
 */
final class BuildingsNamedAfterPeople {

    /** Words of a building or a dock that people are not called by, after the name of whom it is named after. */
    private static final WordSet BUILDINGS = WordSet.of(Set.of("court", "tower", "towers", "dock", "docks", "building",
            "mansions", "centre", "center"));
    /** Words of a building that are surnames too: the building's only after "Royal" and the name. */
    private static final WordSet BUILDINGS_LIKE_SURNAMES = WordSet.of(Set.of("hall", "house"));

    private BuildingsNamedAfterPeople() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            boolean afterRoyal = t > 0 && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1) && tokens.is(t - 1, "royal");
            if (tokens.isCapitalised(t) && tokens.is(t, "royal") && (names[t] || t + 1 < n && names[t + 1])) {
                names[t] = false;
            }
            if (t + 1 < n && (names[t] || names[t + 1]) && tokens.isCapitalised(t) && tokens.spaced(t, t + 1)
                    && tokens.isCapitalised(t + 1) && isBuilding(text, tokens, t + 1, afterRoyal)
                    && (afterRoyal || !afterName(tokens, names, t))) {
                names[t] = false;
                names[t + 1] = false;
            }
        }
    }

    private static boolean isBuilding(String text, Tokens tokens, int t, boolean afterRoyal) {
        return BUILDINGS.contains(text, tokens.start(t), tokens.end(t))
                || afterRoyal && BUILDINGS_LIKE_SURNAMES.contains(text, tokens.start(t), tokens.end(t));
    }

    private static boolean afterName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t);
    }
}
