package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A personal pronoun opening a sentence is the subject of the verb after it, not a name: "She is out until Monday",
 * "Hän on lomalla", "Han är sjuk idag", and a Swedish possessive before its noun, "Min dator startar inte". Rules that
 * read an absence ("X is out", "X on lomalla") and the model take the capitalised pronoun for a name, and several are
 * names too (He, Han, Min, Ni). So such a word is no name where it stands alone, marked, before a word in lower case; a
 * Swedish one only in a sentence that holds another Swedish word ({@link SwedishWords#holdsSwedishWord}), as "Min" and
 * "Han" alone name people in English text. Beside another name it is one ("Han Solo", "Min Jung", "He Wei said"), and
 * "Hans", the German given name as often as the Swedish "his", is never taken off (R8.2: a leak costs more than a
 * damaged word). German writes its polite "Sie" and "Ihnen" capitalised wherever they stand ("Bitte geben Sie Anahera
 * Tipene Zugriff", "ruft Sie morgen an"), so in a sentence that holds a German word in lower case they are no name even
 * beside one.
 */
final class PronounsOpeningASentence {

    /**
     * English and Finnish personal pronouns, spoken Finnish's too: a subject wherever it opens a sentence; and spoken
     * Finnish's genitives, the owner of the noun after them ("Mun näppäimistö hajosi", "Sun uus puhelin on täällä").
     */
    private static final WordSet PRONOUNS = WordSet.of(
            Set.of("he", "she", "it", "we", "they", "you"),
            // and English's possessive determiners before their noun ("My former manager …"; "My" is a Burmese name)
            Set.of("my", "our", "your", "their"),
            Set.of("hän", "minä", "sinä", "me", "te", "se", "ne", "mä", "sä", "mää", "sää", "mun", "sun"),
            // German's and French's that no one is named ("Ich habe …", "Nous avons …"; not "Elle", "Il", "Er")
            Set.of("ich", "wir", "je", "nous", "vous"));
    /** German's polite pronouns, capitalised in any place. */
    private static final WordSet GERMAN_POLITE = WordSet.of(Set.of("sie", "ihnen"));
    /** German function words and common verbs that English, Finnish and Swedish do not write. */
    private static final WordSet GERMAN = WordSet.of(Set.of("und", "nicht", "bitte", "auf", "mit", "für", "unter", "von",
            "zu", "ist", "sind", "haben", "ich", "wir", "ein", "eine", "einen", "oder", "aber", "auch", "noch", "können",
            "möchten", "morgen", "heute", "geben", "ruft", "der", "dem", "wenn", "dass", "schon"));
    /** Swedish personal and possessive pronouns. */
    private static final WordSet SWEDISH_PRONOUNS = WordSet.of(Set.of("han", "hon", "vi", "ni", "de", "den", "det",
            "jag", "du", "min", "mitt", "mina", "din", "ditt", "dina", "vår", "vårt", "våra", "er", "ert", "hennes", "deras"));

    private PronounsOpeningASentence() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.opensClause(t) && standsAlone(tokens, names, t)
                    && isPronoun(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    /**
     * German's polite "Sie" and "Ihnen" in a German sentence; asked after the rules that mark a name's neighbours, which
     * take the pronoun before a name for the name's first part ("Bitte geben Sie Anahera Tipene Zugriff").
     */
    static void unmarkGermanPolite(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && isGermanPolitePronoun(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isGermanPolitePronoun(String text, Tokens tokens, int t) {
        if (!GERMAN_POLITE.contains(text, tokens.start(t), tokens.end(t))) {
            return false;
        }
        int first = t;
        while (first > 0 && !tokens.beginsSentence(first)) {
            first--;
        }
        int end = Characters.sentenceEnd(text, tokens.end(t));
        for (int k = first; k < tokens.size() && tokens.start(k) < end; k++) {
            if (k != t && tokens.isLowerCase(k) && GERMAN.contains(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
        }
        return false;
    }

    /** No marked word either side, and a word in lower case right after it. */
    private static boolean standsAlone(Tokens tokens, boolean[] names, int t) {
        return !(t > 0 && names[t - 1]) && !names[t + 1] && tokens.isLowerCase(t + 1) && tokens.spaced(t, t + 1);
    }

    private static boolean isPronoun(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return PRONOUNS.contains(text, start, end)
                || SWEDISH_PRONOUNS.contains(text, start, end) && SwedishWords.holdsSwedishWord(text, tokens, t + 1, Characters.sentenceEnd(text, end));
    }
}
