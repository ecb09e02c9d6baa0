package fi.servicedesk.redaction.detection;

import java.util.Locale;

/**
 * East Asian given names of two syllables joined by a hyphen, as Korea, Taiwan and Hong Kong write them in Latin
 * letters: "Ji-hoon", "Seo-yeon" (Revised Romanization), "Cheng-en", "Yu-ting" (Wade-Giles), "Wing-yan", "Ka-ho"
 * (Hong Kong's Cantonese), alone or before the surname ("Wing-yan Chan"), in Finnish with its case on the second
 * syllable ("Cheng-enille"). No list holds them, and the second syllable is often a Finnish or English word ("en",
 * "bin", "kit"), so other rules read a compound in them ({@link CompoundNouns}). A capitalised word of two parts, the
 * second in lower case, both syllables of one {@link Romanization}, is the name, unless it is a word ({@link #isWord}:
 * "Set-up", "Hip-hop", "No-go"). Words of other shapes are no such pair: "E-mail", "Wi-Fi" (a capital after the
 * hyphen), "Check-in" (no syllable).
 */
final class RomanizedGivenNames {

    private RomanizedGivenNames() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            if (!names[t] && isGivenName(text, tokens, lexicon, t)) {
                names[t] = true;
            }
        }
    }

    /** Whether the capitalised word {@code t} is such a given name and no word. */
    static boolean isGivenName(String text, Tokens tokens, NameLexicon lexicon, int t) {
        return isGivenName(text, tokens.start(t), tokens.end(t), lexicon);
    }

    /** Whether {@code text[start, end)}, a capitalised word, is such a given name and no word ("@Seung-hoon" of a chat). */
    static boolean isGivenName(String text, int start, int end, NameLexicon lexicon) {
        int hyphen = hyphen(text, start, end);
        if (hyphen < 0) {
            return false;
        }
        for (var system : Romanization.values()) {
            if (isPair(text, start, end, hyphen, system)) {
                return !isWord(text, start, end, lexicon, hyphen)
                        && !(isOrdinaryFinnishWord(text, hyphen + 1, end, lexicon) && !system.isSyllable(text.substring(hyphen + 1, end)));
            }
        }
        return false;
    }

    /** Whether the capitalised word {@code t} is two syllables of {@code system} joined by a hyphen, whatever else it is. */
    static boolean isPair(String text, Tokens tokens, int t, Romanization system) {
        int hyphen = hyphen(text, tokens.start(t), tokens.end(t));
        return hyphen >= 0 && isPair(text, tokens.start(t), tokens.end(t), hyphen, system);
    }

    /** The one hyphen inside the word, with a letter in lower case after it; -1 where there is none or more than one. */
    private static int hyphen(String text, int start, int end) {
        int hyphen = text.indexOf('-', start);
        if (hyphen <= start || hyphen >= end - 1 || !Character.isLowerCase(text.charAt(hyphen + 1))) {
            return -1;
        }
        int next = text.indexOf('-', hyphen + 1);
        return next >= 0 && next < end ? -1 : hyphen;
    }

    /** The first part a syllable, the second one too, as written or without a Finnish case ending and clitic. */
    private static boolean isPair(String text, int start, int end, int hyphen, Romanization system) {
        if (hyphen - start > Romanization.LONGEST_SYLLABLE || !system.isSyllable(text.substring(start, hyphen).toLowerCase(Locale.ROOT))) {
            return false;
        }
        var second = text.substring(hyphen + 1, end);
        if (system.isSyllable(second)) {
            return true;
        }
        var stem = NameWords.withoutCaseEnding(NameWords.withoutClitic(second));
        return stem.length() < second.length() && (system.isSyllable(stem) || system.isSyllable(stem + "i"));
    }

    /**
     * "Set-up", "Log-in" (English words written without the hyphen), "Hip-hop", "Pop-up", "No-go" (two ordinary words,
     * neither a given name), or a word the lexicon knows whole. Two given names that are also words stay a name
     * ("Man-kit", "Wing-kit").
     */
    private static boolean isWord(String text, int start, int end, NameLexicon lexicon, int hyphen) {
        var whole = lexicon.lookup(text, start, end);
        var joined = text.substring(start, hyphen) + text.substring(hyphen + 1, end);
        return whole.is(NameLexicon.Word.COMMON) && !whole.isName() || EnglishWords.contains(joined, 0, joined.length())
                || isOrdinaryWord(text, start, hyphen, lexicon) && isOrdinaryWord(text, hyphen + 1, end, lexicon);
    }

    /**
     * "Chat-loki": a second part that is a syllable only once a Finnish ending is off, and that Voikko reads as a word
     * as written, is a compound's last word.
     */
    private static boolean isOrdinaryFinnishWord(String text, int start, int end, NameLexicon lexicon) {
        var w = lexicon.lookup(text, start, end);
        return w.is(NameLexicon.Word.COMMON) && !w.isName();
    }

    /** A Finnish or English word that is no given name ("pop", "up", "no", "wing"; not "kit", "man"). */
    private static boolean isOrdinaryWord(String text, int start, int end, NameLexicon lexicon) {
        var w = lexicon.lookup(text, start, end);
        return (w.is(NameLexicon.Word.COMMON) || EnglishWords.contains(text, start, end))
                && !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }
}
