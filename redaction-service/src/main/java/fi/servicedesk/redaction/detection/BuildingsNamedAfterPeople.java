package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Buildings, docks, depots and parades named after a person: "Darwin Court", "Albert Dock", "Elizabeth Towers", "Royal
 * Albert Hall", "Fulbrights Depot". A capitalised word right before a building's word that is no one's surname names
 * the building, both words, unless a name comes right before it, as a person's first given name does ("Rachel Ann
 * Court"); a given name alone before it is the building's ("Albert Court"), as buildings are named after people by
 * either name. Not "Tower", a surname too ("Amira Tower"); its plural, a block of flats' name, is the building's.
 * A depot's, a garage's, a yard's, a parade's or a corner's name is its founder's possessive ("Fulbrights Garage",
 * "Ashcombes Parade"), and so is a quay's, a jetty's, a slipway's, a boatyard's or another waterfront place's
 * ("Pascoes Quay", "Rowes Boatyard"), never a given name alone: "Hi Mark Corner" greets a person.
 * After "Royal" a name before "Hall" or "House", surnames elsewhere ("Jerry Hall"), is the building's too, and "Royal"
 * with it; "Royal" alone is a given name ("Royal took the call").
 */
final class BuildingsNamedAfterPeople {

    /** Words of a building or a dock that people are not called by, after the name of whom it is named after. */
    private static final WordSet BUILDINGS = WordSet.of(Set.of("court", "dock", "docks", "building", "mansions",
            "towers", "centre", "center"));
    /**
     * A carrier's depot, a garage, a yard and the row of shops or the corner a stop is named after, after the
     * possessive of its founder ("Fulbrights Depot", "Ashcombes Corner stop"); after any other word as often a
     * person's surname or a word of the sentence ("Mark Corner", "Sarah Garage says").
     */
    private static final WordSet AFTER_POSSESSIVES = WordSet.of(Set.of("depot", "garage", "yard", "parade", "corner",
            // the waterfront's places, named so after the family that built or kept them ("Pascoes Quay", "Nankivells
            // Slipway", "Rowes Boatyard")
            "quay", "quays", "jetty", "pier", "wharf", "pontoon", "slipway", "boatyard", "boathouse", "marina",
            "moorings", "harbour", "harbor", "landing", "lighthouse"));
    /** Words of a building that are surnames too: the building's only after "Royal" and the name. */
    private static final WordSet BUILDINGS_LIKE_SURNAMES = WordSet.of(Set.of("hall", "house", "corner", "yard"));

    private BuildingsNamedAfterPeople() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        unmark(text, tokens, words, names, false);
    }

    /**
     * Again after the names are repeated ({@link ThingsNamedLikePeople}), which marks the building's name again where a
     * person the message names bears it in another form ("Fulbrights Depot … the driver is not Anna Fulbright"); a name
     * a person bears as written stays marked, as left in clear it would give that person away ("Darwin Court … Charles
     * Darwin").
     */
    static void unmarkNamesakes(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        unmark(text, tokens, words, names, true);
    }

    private static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names,
            boolean keepBorneAsWritten) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            boolean afterRoyal = t > 0 && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1) && tokens.is(t - 1, "royal");
            if ((names[t] || names[t + 1]) && tokens.isCapitalised(t) && tokens.spaced(t, t + 1)
                    && tokens.isCapitalised(t + 1) && isBuilding(text, tokens, words, t, afterRoyal)
                    && (afterRoyal || !afterName(tokens, names, t))
                    && !(keepBorneAsWritten && borneAsWritten(text, tokens, names, t))) {
                if (afterRoyal) {
                    names[t - 1] = false;
                }
                names[t] = false;
                names[t + 1] = false;
            }
        }
    }

    /** The word after {@code t} is a building's, after the name at {@code t}. */
    private static boolean isBuilding(String text, Tokens tokens, NameLexicon.Word[] words, int t, boolean afterRoyal) {
        int start = tokens.start(t + 1);
        int end = tokens.end(t + 1);
        return BUILDINGS.contains(text, start, end)
                || afterRoyal && BUILDINGS_LIKE_SURNAMES.contains(text, start, end)
                || AFTER_POSSESSIVES.contains(text, start, end) && isPossessive(text, tokens, words, t);
    }

    /**
     * "Fulbrights": a founder's surname with the possessive "s" written on, no given name ("James", "Chris") that ends
     * in one.
     */
    private static boolean isPossessive(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.length(t) > 2 && text.charAt(tokens.end(t) - 1) == 's' && !NameWords.isGivenName(words[t]);
    }

    /** The word at {@code t} is marked elsewhere in the message as it is written here. */
    static boolean borneAsWritten(String text, Tokens tokens, boolean[] names, int t) {
        for (int u = 0; u < tokens.size(); u++) {
            if (u != t && names[u] && tokens.length(u) == tokens.length(t)
                    && text.regionMatches(tokens.start(u), text, tokens.start(t), tokens.length(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t);
    }
}
