package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Hangö Östra hamn", "Norra Hamnen", "Borgå Västra station": a Swedish compass or position word in the definite form
 * (östra, västra, norra, södra, mellersta, övre, nedre, inre, yttre) is capitalised only as a part of a place's name,
 * never as a person's name, and a word before it that the lists read as a place or as no name is that place's town
 * ("Hangö"); a given name or a surname before it stays a person's ("Anna Berg, Södra kontoret").
 */
final class PlacesByTheirCompassPoint {

    private static final WordSet COMPASS_WORDS = WordSet.of(Set.of("östra", "västra", "norra", "södra", "nordöstra",
            "nordvästra", "sydöstra", "sydvästra", "mellersta", "övre", "nedre", "inre", "yttre"));
    private static final int LONGEST_COMPASS_WORD = 10;

    private PlacesByTheirCompassPoint() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.length(t) <= LONGEST_COMPASS_WORD
                    && COMPASS_WORDS.contains(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
                if (t > 0 && names[t - 1] && tokens.spaced(t - 1, t) && isTown(words[t - 1])) {
                    names[t - 1] = false;
                }
            }
        }
    }

    private static boolean isTown(NameLexicon.Word w) {
        return w == null || w.is(NameLexicon.Word.PLACE) || !NameWords.isAnyName(w);
    }
}
