package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Surnames with particles: "von Essen", "af Klercker", "van den Berg", "van 't Hek", "de la Fuente", "dos Santos",
 * "bin Rashid", "Ó Súilleabháin", "Mac an tSaoi", "Nic Giolla Bhríde", "al-Hashimi", "Dell'Orto", and "Van der Merwe" where the name opens
 * a sentence. A capitalised word after a run of particles is a surname and the particles are part of it, also in a
 * Finnish case ("von der Heidelle", "dos Santosilta", "Mac an tSaoille"); a capitalised word right before the run
 * that can be a name is the given name ("Beatriz van den Berg"), unless it opens a sentence and is also an ordinary
 * word ("Sain dos Santosilta …"). A capitalised particle alone ("De Luca", "La Rosa", "Mac Cárthaigh") needs a given
 * name before it (R3.2, R8.2: the name goes, the restaurant "La Rosa" stays).
 */
final class SurnameParticles {

    /** Particles of Swedish, German, Dutch, French, Spanish, Portuguese, Filipino and Italian surnames, in lower case. */
    private static final WordSet PARTICLES = WordSet.of(Set.of("von", "af", "van", "de", "der", "den", "da", "das",
            "dos", "di", "del", "della", "dal", "dalla", "la", "le", "du", "zu", "ter", "ten", "los", "las",
            // Filipino spellings of the Spanish particles ("dela Cruz", "delos Reyes")
            "dela", "delos",
            // Arabic and Malay "son/daughter of" ("Hamid bin Rashid")
            "bin", "binti", "bint", "ibn",
            // Welsh "son of" ("Gwenllian ap Rhys") and Faroese "at" of a farm name ("Sólja á Rógvi")
            "ap", "á"));
    /** Italian particles elided before a vowel and joined by an apostrophe ("Dell'Orto", "dall'Ara"), never spaced. */
    private static final WordSet ELIDED = WordSet.of(Set.of("dell", "dall"));
    /**
     * Gaelic and Italian particles that a surname has only capitalised ("Mac Cárthaigh", "Mc Donagh", "Lo Bianco"), 
     * the Maghrebi ones: Hassaniya "Ould" (son of: "Mohamed Ould Ali") and Berber "Aït", "Ait" (sons of: "Karim Aït
     * Ahmed"), and the Maori article "Te" ("Tamati Te Rangi").
     */
    private static final WordSet CAPITALISED = WordSet.of(Set.of("mac", "mc", "mhic", "lo", "ould", "ait", "aït", "te"));
    /**
     * Particles that close the first part of a hyphenated double surname and open its second, spaced part: "Kerhervé-Le
     * Gall", "Alaoui-El Fassi", "Nassar-Abi Saab", "Parata-Te Whatu", "MacGillivray-Ó Briain".
     */
    private static final WordSet AFTER_HYPHEN = WordSet.of(Set.of("le", "la", "de", "du", "da", "di", "van", "von", "te",
            "el", "al", "abi", "abu", "ben", "ibn", "ap", "mac", "ó", "ní", "ua"));
    /**
     * Particles a surname has joined to it: "FitzGerald", "Fitzpatrick" only so, the Irish and Scottish "Nic"
     * (daughter of) also so ("NicAmhlaoibh", as well as spaced: {@link #IRISH}).
     */
    private static final WordSet JOINED_ONLY = WordSet.of(Set.of("fitz", "nic"));
    /** Irish particles, capitalised before a capitalised surname ("Gráinne Ó Súilleabháin", "Nic Aoidh"). */
    private static final Set<String> IRISH = Set.of("Ó", "Ní", "Nic", "Ua", "Uí");
    /** Irish particles before the article "an" ("Mac an tSaoi", "Nic an Bhaird"). */
    private static final Set<String> BEFORE_ARTICLE = Set.of("Mac", "Nic", "Mhic");
    /** "Giolla" (servant) of "Nic Giolla Bhríde", "Mac Giolla Phádraig", "Ní Ghiolla Phádraig": a word of the surname. */
    private static final Set<String> SERVANT = Set.of("Giolla", "Ghiolla");
    /**
     * The letters an Irish surname takes before its capital after a particle, lenited or eclipsed ("Mac an tSaoi",
     * "Ó hAodha", "Uí bhFiannachta").
     */
    private static final Set<String> MUTATIONS = Set.of("t", "h", "n", "bh", "mb", "gc", "nd", "ng", "bp", "dt", "bhf");
    private static final int LONGEST_PARTICLE = 5;
    /** "van de la …", "Mac an": the most particles one surname has. */
    private static final int MOST_PARTICLES = 3;

    private SurnameParticles() {
    }

    /**
     * A particle that opens a surname written as one word with a capital inside it, in any letter case: "MacArthur",
     * "VanDyke", "DelVecchio", "FitzGerald".
     */
    static boolean opensJoinedSurname(String text, int start, int end) {
        return PARTICLES.contains(text, start, end) || CAPITALISED.contains(text, start, end)
                || JOINED_ONLY.contains(text, start, end);
    }

    /** A surname's particle in lower case: "von", "af", "van", "de", "dos"… */
    static boolean isParticle(String text, Tokens tokens, int t) {
        return tokens.length(t) <= LONGEST_PARTICLE && tokens.isLowerCase(t) && PARTICLES.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The first word of the particles right before the word at {@code t} ("van" of "van den Berg", "Mac" of "Mac an
     * tSaoi"), or {@code t} if none stands there. One capitalised particle may open the run ("Van der Merwe", "De
     * Luca", "Mac Cárthaigh", "Dell'Orto"): {@link #mark} asks more of a run that has no other.
     */
    static int firstParticle(String text, Tokens tokens, int t) {
        if (t > 0 && endsInParticle(text, tokens, t - 1) && tokens.spaced(t - 1, t) && Character.isUpperCase(text.charAt(tokens.start(t)))) {
            return t - 1;
        }
        int p = t;
        // The marked word's own capitals are read only where a particle in capitals may stand before it.
        while (p > 0 && t - p < MOST_PARTICLES && joins(text, tokens, p - 1)
                && (isInnerParticle(text, tokens, p - 1) || isParticleInCapitals(text, tokens, p - 1) && isInCapitals(text, tokens, t))) {
            p--;
        }
        if (p > 0 && t - p < MOST_PARTICLES && joins(text, tokens, p - 1) && isCapitalisedParticle(text, tokens, p - 1)
                // A Vietnamese middle name written without its marks ("Huynh Van Phuc") is as often "Van" alone.
                && !(p == t && tokens.is(p - 1, "van"))) {
            p--;
        }
        return p;
    }

    /**
     * A particle in lower case, also the Dutch article of "van 't Hek", the Irish one of "Mac an tSaoi" and the
     * "Giolla" of "Nic Giolla Bhríde".
     */
    private static boolean isInnerParticle(String text, Tokens tokens, int k) {
        int start = tokens.start(k);
        if (tokens.length(k) == 1 && text.charAt(start) == 't') {
            return start > 0 && isApostrophe(text.charAt(start - 1));
        }
        if (tokens.is(k, "an") && tokens.isLowerCase(k)) {
            return k > 0 && Characters.isOneOf(BEFORE_ARTICLE, text, tokens.start(k - 1), tokens.end(k - 1));
        }
        if (Characters.isOneOf(SERVANT, text, start, tokens.end(k))) {
            return k > 0 && tokens.spaced(k - 1, k) && (isIrish(text, tokens, k - 1) || Characters.isOneOf(BEFORE_ARTICLE, text, tokens.start(k - 1), tokens.end(k - 1)));
        }
        return isParticle(text, tokens, k);
    }

    /**
     * A particle in capitals before a surname in capitals: a badge log or a form writes the whole name so ("VAN DER MEER
     * FEMKE", "DOS SANTOS OLIVEIRA"). Not "DI", the Finnish engineer's title ("DI VEERA SINISALO").
     */
    private static boolean isParticleInCapitals(String text, Tokens tokens, int k) {
        return tokens.length(k) <= LONGEST_PARTICLE && isInCapitals(text, tokens, k) && !tokens.is(k, "di")
                && PARTICLES.contains(text, tokens.start(k), tokens.end(k));
    }

    private static boolean isInCapitals(String text, Tokens tokens, int k) {
        for (int i = tokens.start(k); i < tokens.end(k); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return tokens.length(k) >= 2;
    }

    private static boolean isCapitalisedParticle(String text, Tokens tokens, int k) {
        int start = tokens.start(k);
        int end = tokens.end(k);
        // Capitalised, not in capitals: "DI" is the Finnish engineer's title ("DI Veera Sinisalo").
        return Character.isUpperCase(text.charAt(start)) && tokens.length(k) <= LONGEST_PARTICLE
                && (tokens.length(k) == 1 || Character.isLowerCase(text.charAt(start + 1)))
                && (PARTICLES.contains(text, start, end) || CAPITALISED.contains(text, start, end)
                || ELIDED.contains(text, start, end) || Characters.isOneOf(IRISH, text, start, end));
    }

    private static boolean isIrish(String text, Tokens tokens, int k) {
        // Each particle is one to three letters: a longer word is none.
        return tokens.length(k) <= 3 && Characters.isOneOf(IRISH, text, tokens.start(k), tokens.end(k));
    }

    /**
     * The particle at {@code k} belongs to the word after it: spaced ("van der"), elided and joined by an apostrophe
     * ("Dell'Orto"), or before the Dutch article with its apostrophe ("van 't").
     */
    private static boolean joins(String text, Tokens tokens, int k) {
        boolean elided = ELIDED.contains(text, tokens.start(k), tokens.end(k));
        if (tokens.spaced(k, k + 1)) {
            return !elided;
        }
        int end = tokens.end(k);
        int next = tokens.start(k + 1);
        if (next == end + 1) {
            return elided && isApostrophe(text.charAt(end));
        }
        return next == end + 2 && text.charAt(end) == ' ' && isApostrophe(text.charAt(end + 1)) && tokens.length(k + 1) == 1
                && text.charAt(next) == 't';
    }

    /**
     * The word is the first part of a double surname and the particle that opens its second ("Kerhervé-Le" of
     * "Kerhervé-Le Gall"): a capitalised part of two letters or more, a hyphen and a capitalised particle.
     */
    static boolean endsInParticle(String text, Tokens tokens, int k) {
        int start = tokens.start(k);
        int hyphen = text.lastIndexOf('-', tokens.end(k) - 1);
        return hyphen > start + 1 && hyphen + 1 < tokens.end(k) && Character.isUpperCase(text.charAt(start))
                && Character.isUpperCase(text.charAt(hyphen + 1)) && AFTER_HYPHEN.contains(text, hyphen + 1, tokens.end(k));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** An Irish surname lenited or eclipsed after its particle: "tSaoi", "bhFiann", also in a Finnish case ("tSaoille"). */
    private static boolean isMutated(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        for (int i = start + 1; i < Math.min(tokens.end(t) - 1, start + 4); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return Character.isLowerCase(text.charAt(i + 1)) && Characters.isOneOf(MUTATIONS, text, start, i);
            }
        }
        return false;
    }

    /**
     * Marks the surname at {@code t} if particles stand before it, and the given name before them; at an Irish
     * particle, the mutated surname after it ("Mac an tSaoi"), which is no capitalised word of its own. A run of
     * capitalised particles alone ("De Luca", "La Rosa", "Mac Cárthaigh"), Irish ones aside, is a surname's only
     * after a given name: alone it is as often a place, a restaurant, a newspaper or a computer ("Le Monde", "Mac
     * Mini"); other rules and the tagger find a lone mention, and its finding begins at its particles ({@link #firstParticle}).
     */
    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int surname = mutatedSurnameAfter(text, tokens, t);
        int particle = firstParticle(text, tokens, surname);
        boolean mutated = surname != t;
        // "Nassar-Abi Saab": after a double surname's first part and its particle, the word is the second part whatever else it is.
        boolean afterHyphen = endsInParticle(text, tokens, particle);
        if (particle == surname || mutated && particle != t
                || !mutated && !afterHyphen && !NameWords.canBeSurname(text, tokens, words[surname], surname)) {
            return;
        }
        int first = particle - 1;
        // Opening a sentence, a word Voikko reads as an ordinary word is that word ("Sain dos Santosilta …": I got).
        boolean givenName = first >= 0 && tokens.spaced(first, particle) && words[first] != null
                && NameWords.canBeSurname(text, tokens, words[first], first)
                && (NameWords.isAnyName(words[first]) || !words[first].isKnown())
                && !(tokens.beginsSentence(first) && words[first].ordinaryBase() != null)
                // Before a capitalised particle, a word that is also a place is left to the other rules: taken for a given
                // name here, its every other mention would be one too ("Washington Mac an tSaoi … in Washington DC").
                && !((mutated || !isInnerParticle(text, tokens, particle)) && words[first].is(NameLexicon.Word.PLACE));
        boolean capitalisedOnly = !mutated && !afterHyphen && !isIrish(text, tokens, particle) && !isInnerParticle(text, tokens, particle)
                && particle + 1 == surname;
        if (capitalisedOnly && !(givenName && NameWords.isAnyName(words[first]))) {
            return;
        }
        names[surname] = true;
        // "Van" of "Van der Merwe" is part of the surname's finding, not a name of its own.
        for (int k = particle; k < surname; k++) {
            names[k] = false;
        }
        if (givenName) {
            names[first] = true;
        }
    }

    /** At "Mac" of "Mac an tSaoi", the mutated surname after it; else {@code t}. */
    private static int mutatedSurnameAfter(String text, Tokens tokens, int t) {
        int k = t + 1;
        if (k < tokens.size() && tokens.is(k, "an") && Characters.isOneOf(BEFORE_ARTICLE, text, tokens.start(t), tokens.end(t))) {
            k++;
        }
        boolean particle = isIrish(text, tokens, t) || k > t + 1;
        return particle && k < tokens.size() && tokens.spaced(k - 1, k) && isMutated(text, tokens, k) ? k : t;
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
        while (k + 1 < tokens.size() && k - t < MOST_PARTICLES && isInnerParticle(text, tokens, k) && joins(text, tokens, k)) {
            k++;
        }
        return k > t && (tokens.isCapitalised(k) || isMutated(text, tokens, k));
    }
}
