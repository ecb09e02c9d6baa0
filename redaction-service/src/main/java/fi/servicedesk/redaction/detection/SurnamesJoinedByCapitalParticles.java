package fi.servicedesk.redaction.detection;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * "Rosalia Concetta Scaduto Lo Bue", "AGATA ROSALIA SCADUTO LO BUE", "Inés Ortega De La Vega": after a given name, a
 * surname, a particle written with its capital and a second surname are one surname, as Italian writes the father's
 * surname before one that opens with "Lo" or "La", and forms write the Spanish, Portuguese and Dutch particles
 * capitalised or in capitals; one span and one placeholder, as {@link SurnamesJoinedByParticles} makes the pair joined by
 * a particle in lower case (R3.2, R8.2), and so is every other place the message writes the pair whole, in any case
 * ending ("Scaduto Lo Buelta"). {@link GivenNamesOfOnePerson} then joins the given names before it. Not where the lists
 * know the word before the particle or the last word only as a given name ("Maria Anna La Rosa": "Anna" is a second
 * given name), nor at a capitalised "Van" (a Vietnamese middle name written without its marks: "Nguyen Huynh Van
 * Phuc") or "DI" in capitals (the Finnish engineer's title).
 */
final class SurnamesJoinedByCapitalParticles {

    /** The Romance and Germanic particles that open a surname's second part written with a capital. */
    private static final WordSet PARTICLES = WordSet.of(Set.of("lo", "la", "le", "de", "del", "della", "di", "da", "dos", "das",
            "du", "los", "las", "van", "von", "der", "den"));
    /** "De La", "Van der": the most particles one surname has. */
    private static final int MOST_PARTICLES = 3;
    private static final int LONGEST_PARTICLE = 5;

    private SurnamesJoinedByCapitalParticles() {
    }

    /** Marks in {@code joined} (made if null) the particles and the second surname of each such pair; returns it, null if none. */
    static boolean[] join(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined) {
        Set<String> pairs = null;
        for (int t = 1; t < tokens.size(); t++) {
            int second = secondSurname(text, tokens, names, joined, t);
            if (second > 0 && names[t - 1] && startsUpperCase(text, tokens, t - 1) && singleSpaced(text, tokens, t)
                    && !isParticle(text, tokens, t - 1) && !DoubleSurnames.isKnownSurnameOnly(words[t - 1])
                    && !GivenNamesOfOnePerson.isOnlyGivenName(words[t]) && !GivenNamesOfOnePerson.isOnlyGivenName(words[second])) {
                pairs = pairs == null ? new HashSet<>() : pairs;
                pairs.add(key(text, tokens, t, second));
            }
        }
        if (pairs == null) {
            return joined;
        }
        for (int t = 0; t < tokens.size(); t++) {
            int second = secondSurname(text, tokens, names, joined, t);
            if (second > 0 && isWritten(key(text, tokens, t, second), pairs)) {
                joined = joined == null ? new boolean[tokens.size()] : joined;
                for (int k = t + 1; k <= second; k++) {
                    joined[k] = true;
                }
                t = second;
            }
        }
        return joined;
    }

    /**
     * The second surname of a pair opening at {@code t}: a marked word, one to three particles after the marked word at
     * {@code t}, each with its capital and one space apart, and no marked word right after it; -1 if none, or if {@code t}
     * is joined to a name before it. A name after it makes the particle open a surname of two and the word before it a
     * given name ("Concetta Agata Lo Presti Caltagirone"), and so does a hyphen in the name after the particles: "Le
     * Roux-Kerjean" is a double surname already, as French and Breton ones open with their article ("Maëlle Enora Le
     * Roux-Kerjean", "Tudual La Fosse-Morvan").
     */
    private static int secondSurname(String text, Tokens tokens, boolean[] names, boolean[] joined, int t) {
        if (!names[t] || joined != null && joined[t] || !startsUpperCase(text, tokens, t) || isParticle(text, tokens, t)) {
            return -1;
        }
        int s = t + 1;
        while (s < tokens.size() && s - t <= MOST_PARTICLES && isParticle(text, tokens, s) && singleSpaced(text, tokens, s)) {
            s++;
        }
        return s > t + 1 && s < tokens.size() && names[s] && startsUpperCase(text, tokens, s) && !isParticle(text, tokens, s)
                && singleSpaced(text, tokens, s) && !DoubleSurnames.isHyphenated(text, tokens, s)
                && !(s + 1 < tokens.size() && names[s + 1] && singleSpaced(text, tokens, s + 1)) ? s : -1;
    }

    private static boolean isParticle(String text, Tokens tokens, int k) {
        boolean capitals = tokens.length(k) >= 2 && Character.isUpperCase(text.charAt(tokens.end(k) - 1));
        return tokens.length(k) <= LONGEST_PARTICLE && startsUpperCase(text, tokens, k) && PARTICLES.contains(text, tokens.start(k), tokens.end(k))
                && !(capitals ? tokens.is(k, "di") : tokens.is(k, "van"));
    }

    private static boolean startsUpperCase(String text, Tokens tokens, int k) {
        return Character.isUpperCase(text.charAt(tokens.start(k)));
    }

    /** The word at {@code k} stands one space after the word before it. */
    private static boolean singleSpaced(String text, Tokens tokens, int k) {
        return tokens.start(k) == tokens.end(k - 1) + 1 && text.charAt(tokens.end(k - 1)) == ' ';
    }

    private static String key(String text, Tokens tokens, int t, int second) {
        return text.substring(tokens.start(t), tokens.end(second)).toLowerCase(Locale.ROOT);
    }

    /** The pair is one found after a given name, its second surname in any case form ("Scaduto Lo Buelta"). */
    private static boolean isWritten(String key, Set<String> pairs) {
        for (var pair : pairs) {
            if (NameWords.isFormOf(key, pair)) {
                return true;
            }
        }
        return false;
    }
}
