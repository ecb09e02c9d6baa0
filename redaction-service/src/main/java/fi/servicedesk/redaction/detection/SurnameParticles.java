package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Surnames with particles: "von Essen", "af Klercker", "van den Berg", "de la Fuente", "dos Santos", and
 * "Van der Merwe" where the name opens a sentence. A capitalised word after a run of particles is a surname
 * and the particles are part of it, also in a Finnish case ("von der Heidelle", "dos Santosilta"); a
 * capitalised word right before the run that can be a name is the given name ("Beatriz van den Berg"), unless
 * it opens a sentence and is also an ordinary word ("Sain dos Santosilta …").
 */
final class SurnameParticles {

    /** Particles of Swedish, German, Dutch, French, Spanish, Portuguese and Italian surnames, in lower case. */
    private static final WordSet PARTICLES = WordSet.of(Set.of("von", "af", "van", "de", "der", "den", "da", "das",
            "dos", "di", "del", "della", "la", "le", "du", "zu", "ter"));
    private static final int LONGEST_PARTICLE = 5;
    /** "van de la …": the most particles one surname has. */
    private static final int MOST_PARTICLES = 3;

    private SurnameParticles() {
    }

    /** A surname's particle in lower case: "von", "af", "van", "de", "dos"… */
    static boolean isParticle(String text, Tokens tokens, int t) {
        return tokens.length(t) <= LONGEST_PARTICLE && tokens.isLowerCase(t) && PARTICLES.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The first word of the particles right before the word at {@code t} ("van" of "van den Berg"), or {@code t} if
     * none stands there. A capitalised particle counts only before one in lower case ("Van der Merwe", "De la
     * Cruz"): alone, "Van" or "Del" opening a sentence is as often a word or a key.
     */
    static int firstParticle(String text, Tokens tokens, int t) {
        int p = t;
        while (p > 0 && t - p < MOST_PARTICLES && tokens.spaced(p - 1, p) && isParticle(text, tokens, p - 1)) {
            p--;
        }
        if (p < t && p > 0 && tokens.spaced(p - 1, p) && tokens.isCapitalised(p - 1) && tokens.length(p - 1) <= LONGEST_PARTICLE
                && PARTICLES.contains(text, tokens.start(p - 1), tokens.end(p - 1))) {
            p--;
        }
        return p;
    }

    /** Marks the surname at {@code t} if particles stand before it, and the given name before them. */
    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int particle = firstParticle(text, tokens, t);
        if (particle == t || !NameWords.canBeSurname(text, tokens, words[t], t)) {
            return;
        }
        names[t] = true;
        // "Van" of "Van der Merwe" is part of the surname's finding, not a name of its own.
        for (int k = particle; k < t; k++) {
            names[k] = false;
        }
        int first = particle - 1;
        // Opening a sentence, a word Voikko reads as an ordinary word is that word ("Sain dos Santosilta …": I got).
        if (first >= 0 && tokens.spaced(first, particle) && NameWords.canBeSurname(text, tokens, words[first], first)
                && (NameWords.isAnyName(words[first]) || !words[first].isKnown())
                && !(tokens.beginsSentence(first) && words[first].ordinaryBase() != null)) {
            names[first] = true;
        }
    }

    /**
     * The particles at {@code t} open a surname: "van" of "Beatriz van den Berg" is no van, whatever else the word
     * is ({@link NotAPerson} makes a thing of a name before a common noun: "Frank feedback").
     */
    static boolean opensSurname(String text, Tokens tokens, int t) {
        int k = t;
        while (k < tokens.size() && k - t < MOST_PARTICLES && isParticle(text, tokens, k)) {
            k++;
        }
        return k > t && k < tokens.size() && tokens.spaced(k - 1, k) && tokens.isCapitalised(k);
    }

    /** Where the name at {@code t} begins: at its first particle, if particles stand right before it ("von der Heide"). */
    static int start(String text, Tokens tokens, int t) {
        return tokens.start(firstParticle(text, tokens, t));
    }
}
