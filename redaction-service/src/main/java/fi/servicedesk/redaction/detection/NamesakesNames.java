package fi.servicedesk.redaction.detection;

import java.util.function.IntPredicate;

/**
 * A place's namesake's name: the word a place is named by ("Vahtolan" in "Lauri Vahtolan pääkirjasto", "Södergran-rummet")
 * and the given names right before it are the place's, not a person's. Not a word a person the message names bears in
 * the same form ("Lauri Vahtola soitti" keeps "Lauri"), which left in clear here would give that person away; in another
 * case it is that person's own, found as it is written there.
 */
final class NamesakesNames {

    /** The most given names before the word that names the place ("Lauri Vahtolan", "Edith Södergran-rummet"). */
    private static final int MOST_GIVEN_NAMES = 2;

    private NamesakesNames() {
    }

    /**
     * Takes the mark off the word at {@code t} and the given names right before it, each unless it is marked elsewhere
     * as written where {@code namesAPlace} does not hold, that is, where it names no such place.
     */
    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t, IntPredicate namesAPlace) {
        for (int k = t; k >= 0 && t - k <= MOST_GIVEN_NAMES && (k == t || tokens.isCapitalised(k) && tokens.spaced(k, k + 1)
                && NameWords.isGivenName(words[k])); k--) {
            if (!bornElsewhere(text, tokens, names, k, namesAPlace)) {
                names[k] = false;
            }
        }
    }

    /**
     * The word at {@code u} names a place by {@code isPlacesWord}, or is one of the given names right before such a
     * word.
     */
    static boolean isOrPrecedes(Tokens tokens, int u, IntPredicate isPlacesWord) {
        for (int k = u; k < tokens.size() && k - u <= MOST_GIVEN_NAMES && (k == u || tokens.spaced(k - 1, k)); k++) {
            if (isPlacesWord.test(k)) {
                return true;
            }
        }
        return false;
    }

    /** The word at {@code k} is marked elsewhere in the message, as written, and there names no place. */
    private static boolean bornElsewhere(String text, Tokens tokens, boolean[] names, int k, IntPredicate namesAPlace) {
        for (int u = 0; u < tokens.size(); u++) {
            if (u != k && names[u] && tokens.length(u) == tokens.length(k)
                    && text.regionMatches(tokens.start(u), text, tokens.start(k), tokens.length(k)) && !namesAPlace.test(u)) {
                return true;
            }
        }
        return false;
    }
}
