package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Surnames with particles: "von Essen", "af Klercker", "van den Berg", "de la Fuente", "dos Santos", "bin Rashid",
 * "Ó Súilleabháin", "al-Hashimi", and "Van der Merwe" where the name opens a sentence. A capitalised word after a run of particles is a surname
 * and the particles are part of it, also in a Finnish case ("von der Heidelle", "dos Santosilta"); a
 * capitalised word right before the run that can be a name is the given name ("Beatriz van den Berg"), unless
 * it opens a sentence and is also an ordinary word ("Sain dos Santosilta …").
 */
final class SurnameParticles {

    /** Particles of Swedish, German, Dutch, French, Spanish, Portuguese and Italian surnames, in lower case. */
    private static final WordSet PARTICLES = WordSet.of(Set.of("von", "af", "van", "de", "der", "den", "da", "das",
            "dos", "di", "del", "della", "la", "le", "du", "zu", "ter",
            // Arabic and Malay "son/daughter of" ("Hamid bin Rashid")
            "bin", "binti", "bint", "ibn"));
    /** Irish particles, capitalised before a capitalised surname ("Gráinne Ó Súilleabháin", "Nic Aoidh"). */
    private static final Set<String> IRISH = Set.of("Ó", "Ní", "Nic", "Ua");
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
        if (p == t && t > 0 && tokens.spaced(t - 1, t) && tokens.length(t - 1) <= 3 && tokens.isCapitalised(t)
                && IRISH.contains(text.substring(tokens.start(t - 1), tokens.end(t - 1)))) {
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
     * An Arabic surname with its article joined by a hyphen ("al-Hashimi", "el-Sayed"), one token: a name where the part after the hyphen is no product, maker or place alone, and
     * the word right before it that can be a given name is one ("Khalid al-Hashimi").
     */
    static void markArticles(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            if (names[t] || tokens.length(t) < 5 || tokens.isCapitalised(t) || text.charAt(start + 2) != '-'
                    || !(text.startsWith("al", start) || text.startsWith("el", start) || text.startsWith("Al", start)
                    || text.startsWith("El", start)) || !Character.isUpperCase(text.charAt(start + 3))) {
                continue;
            }
            var rest = text.substring(start + 3, tokens.end(t));
            var lower = rest.toLowerCase(java.util.Locale.ROOT);
            var w = lexicon.lookup(rest, 0, rest.length());
            if (NameLexicon.isThingOrWord(lower) || NameLexicon.isMaker(lower) || w.is(NameLexicon.Word.PLACE) && !w.isName()) {
                continue;
            }
            names[t] = true;
            words[t] = w;
            int first = t - 1;
            if (first >= 0 && tokens.spaced(first, t) && words[first] != null && NameWords.canBeSurname(text, tokens, words[first], first)
                    && (NameWords.isAnyName(words[first]) || !words[first].isKnown())
                    && !(tokens.beginsSentence(first) && words[first].ordinaryBase() != null)) {
                names[first] = true;
            }
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
