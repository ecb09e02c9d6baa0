package fi.servicedesk.redaction.detection;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * "Otávio Ferreira da Costa", "Inés Ortega de la Vega": after a given name, a surname, a particle in lower case and a
 * second surname are one surname, as Portuguese and Spanish join the father's and the mother's with "of"; the particle
 * binds the two as no space alone does ({@link DoubleSurnames}), so the pair is one name with one placeholder (R3.2),
 * and so is every other place the message writes it ("Ferreira da Costa, Otávio", "Ferreira da Costalle"). Catalan
 * joins the two with "i" (and), Spanish with "y", Portuguese with "e" ("Núria Puigdomènech i Serra"), which bind them
 * the same way. A hyphenated word after the particle is a double surname already ("Sólja Turið á Rógvi-Joensen"), and
 * the word before the particle a second given name.
 */
final class SurnamesJoinedByParticles {

    /** "and" of Catalan, Spanish and Portuguese between the father's and the mother's surname. */
    private static final WordSet CONJUNCTIONS = WordSet.of(Set.of("i", "y", "e"));

    private SurnamesJoinedByParticles() {
    }

    /** Marks in {@code joined} (made if null) the particles and the second surname of each such pair; returns it, null if none. */
    static boolean[] join(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined) {
        Set<String> pairs = null;
        for (int t = 1; t < tokens.size(); t++) {
            int second = secondSurname(text, tokens, names, t);
            if (second > 0 && !isGivenNameOnly(words[t]) && !DoubleSurnames.isHyphenated(text, tokens, second) && names[t - 1] && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1)
                    && !SurnameParticles.isParticle(text, tokens, t - 1)) {
                pairs = pairs == null ? new HashSet<>() : pairs;
                pairs.add(key(text, tokens, t, second));
            }
        }
        if (pairs == null) {
            return joined;
        }
        for (int t = 0; t < tokens.size(); t++) {
            int second = secondSurname(text, tokens, names, t);
            if (second > 0 && isWritten(text, tokens, t, second, pairs)) {
                joined = joined == null ? new boolean[tokens.size()] : joined;
                for (int k = t + 1; k <= second; k++) {
                    joined[k] = true;
                }
            }
        }
        return joined;
    }

    /**
     * The second surname of a pair opening at {@code t}: a marked capitalised word, one particle or more after the marked
     * capitalised word at {@code t}, each a space apart; -1 if none.
     */
    private static int secondSurname(String text, Tokens tokens, boolean[] names, int t) {
        if (!names[t] || !tokens.isCapitalised(t)) {
            return -1;
        }
        int s = t + 1;
        while (s < tokens.size() && SurnameParticles.isParticle(text, tokens, s) && tokens.spaced(s - 1, s)) {
            s++;
        }
        if (s == t + 1 && isConjunction(text, tokens, s)) {
            return s + 1 < tokens.size() && names[s + 1] && tokens.isCapitalised(s + 1) && tokens.spaced(s, s + 1) ? s + 1 : -1;
        }
        return s > t + 1 && s < tokens.size() && names[s] && tokens.isCapitalised(s) && tokens.spaced(s - 1, s)
                && SurnameParticles.firstParticle(text, tokens, s) == t + 1 ? s : -1;
    }

    private static boolean isConjunction(String text, Tokens tokens, int k) {
        return k < tokens.size() && tokens.spaced(k - 1, k) && tokens.isLowerCase(k) && CONJUNCTIONS.contains(text, tokens.start(k), tokens.end(k));
    }

    /** "Maria Anna de Jong": a given name and no surname before the particle is the second given name, not a surname. */
    private static boolean isGivenNameOnly(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST) && !w.is(NameLexicon.Word.LAST);
    }

    private static String key(String text, Tokens tokens, int t, int second) {
        return text.substring(tokens.start(t), tokens.end(second)).toLowerCase(Locale.ROOT);
    }

    /** The pair is one found after a given name, its second surname in any case form ("Ferreira da Costalle"). */
    private static boolean isWritten(String text, Tokens tokens, int t, int second, Set<String> pairs) {
        String key = key(text, tokens, t, second);
        for (var pair : pairs) {
            if (NameWords.isFormOf(key, pair)) {
                return true;
            }
        }
        return false;
    }
}
