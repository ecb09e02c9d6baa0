package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A word Voikko reads as a place and as no person's name, listed beside a place that is no name at all, is a place
 * too: "Oulu, Tampere ja Turku saavat uudet tulostimet", "offices in Espoo and Vantaa". The model takes such a word
 * for a name where a list follows a name and a full stop ("Yhteyshenkilö: Eija Manninen. Oulu, Tampere ja Turku …").
 * A word any list or Voikko reads as a given name or surname stays (a leak costs more, R8.2: "Porvoo, Loviisa ja
 * Kotka" keeps Loviisa), and the word beside it must be a place no one bears at all, so "Salo ja Lahti", surnames
 * too, stay, as does an item of more than one word ("Raili Kangasniemi, Lahti V.").
 */
final class PlacesInLists {

    /** What joins the items of a list besides a comma. */
    private static final WordSet CONJUNCTIONS = WordSet.of(Set.of("ja", "tai", "sekä", "and", "or", "och", "eller"));

    private PlacesInLists() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && isPlaceNoOneBears(words[t]) && tokens.isCapitalised(t) && standsAlone(tokens, t)
                    && (isOnlyAPlace(tokens, words, previousItem(text, tokens, t)) || isOnlyAPlace(tokens, words, nextItem(text, tokens, t)))) {
                names[t] = false;
            }
        }
    }

    /** A place with no given name's or surname's reading ("Tampere", "Lahti"; not "Salo", a listed surname, or "Loviisa"). */
    static boolean isPlaceNoOneBears(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.PLACE) && !w.isName();
    }

    /** A place and nothing a person bears ("Oulu", "Turku"; not "Lahti", a surname by the lists too). */
    private static boolean isOnlyAPlace(Tokens tokens, NameLexicon.Word[] words, int item) {
        return item >= 0 && standsAlone(tokens, item) && words[item] != null && words[item].is(NameLexicon.Word.PLACE)
                && !words[item].is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST
                | NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST);
    }

    /**
     * No capitalised word spaced right before or after it: an item of one word, not a part of a person's name ("Raili
     * Kangasniemi, Lahti V." lists people by surnames that are towns too).
     */
    static boolean standsAlone(Tokens tokens, int t) {
        return !(t > 0 && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1))
                && !(t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1));
    }

    /** The list's item before {@code t}: the word before a comma or a conjunction; -1 if none. */
    static int previousItem(String text, Tokens tokens, int t) {
        if (t > 0 && isComma(text, tokens.end(t - 1), tokens.start(t))) {
            return t - 1;
        }
        return t > 1 && tokens.spaced(t - 1, t) && tokens.spaced(t - 2, t - 1) && isConjunction(text, tokens, t - 1) ? t - 2 : -1;
    }

    /** The list's item after {@code t}: the word after a comma or a conjunction; -1 if none. */
    static int nextItem(String text, Tokens tokens, int t) {
        int n = tokens.size();
        if (t + 1 < n && isComma(text, tokens.end(t), tokens.start(t + 1))) {
            return t + 1;
        }
        return t + 2 < n && tokens.spaced(t, t + 1) && tokens.spaced(t + 1, t + 2) && isConjunction(text, tokens, t + 1) ? t + 2 : -1;
    }

    private static boolean isConjunction(String text, Tokens tokens, int t) {
        return tokens.isLowerCase(t) && CONJUNCTIONS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** A comma and spaces, nothing else, from {@code from} to {@code to}. */
    private static boolean isComma(String text, int from, int to) {
        return Characters.commasAmongSpaces(text, from, to) == 1;
    }
}
