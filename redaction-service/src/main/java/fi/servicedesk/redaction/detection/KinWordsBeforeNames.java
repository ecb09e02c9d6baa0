package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A kin word with a Finnish possessive suffix names a relation, not a person: "Veljeni Aku sanoi …", "Siskoni
 * Kaisa soitti", "Äitini Leena". Opening a sentence before a name it is capitalised and looks like a given name
 * before a surname; the name after it stays a name (R8.2). So is one uninflected before a name, as a title stands
 * ("Leski Aino toivoo …").
 */
final class KinWordsBeforeNames {

    /** Voikko's base forms of kin and household words. */
    private static final WordSet KIN = WordSet.of(Set.of("veli", "sisko", "sisar", "äiti", "isä", "vaimo", "mies",
            "aviomies", "puoliso", "poika", "tytär", "serkku", "setä", "täti", "eno", "mummo", "mummi", "isoäiti",
            "isoisä", "vaari", "ukki", "pappa", "anoppi", "appi", "lanko", "käly", "kummi", "kummitäti", "kummisetä",
            "naapuri", "avopuoliso", "tyttöystävä", "poikaystävä", "veljenpoika", "siskonpoika", "veljentytär",
            "siskontytär", "lapsi", "vanhempi", "isovanhempi", "miniä", "vävy", "leski", "orpo"));
    /** The possessive suffixes: my, your, our, your (plural), his or her. */
    private static final String[] POSSESSIVE_SUFFIXES = {"ni", "si", "mme", "nne", "nsa", "nsä"};

    private KinWordsBeforeNames() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && isKinWord(text, tokens, words[t], t)) {
                names[t] = false;
            }
        }
    }

    /** Voikko's base form {@code base} is a kin or household word ("täti", "setä", "naapuri"). */
    static boolean isKin(String base) {
        return KIN.contains(base, 0, base.length());
    }

    private static boolean isKinWord(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (w == null || w.ordinaryBase() == null || w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.COMMON)) {
            return false;
        }
        var base = w.ordinaryBase();
        return isKin(base) && (endsWithPossessive(text, tokens, t) || asATitle(text, tokens, w, t));
    }

    /**
     * "Leski Aino toivoo …": the kin word uninflected right before a capitalised word, as a title stands; not a word
     * that is also a given name ("Veli Matti", "Isä" is none, "Veli" is one).
     */
    private static boolean asATitle(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST) && w.ordinaryBase().length() == tokens.length(t)
                && text.regionMatches(true, tokens.start(t), w.ordinaryBase(), 0, tokens.length(t))
                && t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1);
    }

    private static boolean endsWithPossessive(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        for (var suffix : POSSESSIVE_SUFFIXES) {
            if (tokens.length(t) > suffix.length() + 2 && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }
}
