package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Streets named after people, with their full names, in an address: "107 Sir Thomas Longley Road, London", "92
 * King Edward Street", "Aleksis Kiven katu 48", "Paavo Nurmen tie 3". The house number says it is an address:
 * <ul>
 *   <li>after a house number, a run of two to four capitalised words that ends in a street word ({@link
 *       NotAPerson#isStreetWord}) is the street, and one capitalised word after its comma that ends the address the
 *       town ("…Road, London.", "…Street, Leeds, UK");</li>
 *   <li>after a house number the street word may also be one of {@link #NUMBERED_STREETS}, words that name a street
 *       only there, as they are seldom surnames ("10 Gatsby Court, York", "4 Brontë Close");</li>
 *   <li>a capitalised genitive, and up to two capitalised words before it, before a Finnish street word in lower case
 *       and a house number is the street ("Minna Canthin katu 36"), and so is one before a street word in a
 *       case ("Aleksis Kiven kadulla"). A person's genitive is seldom before a street word ("Matin katu"). The same
 *       holds for a Scandinavian genitive in "s" before its street word ("Henrik Ibsens gate 12", "Olof Palmes gata 5",
 *       "H.C. Andersens vej 3");</li>
 *   <li>one capitalised word after the house number's comma that ends the address is the town ("…gate 12, Bergen."),
 *       also after a street written as one word, where it is a place to the lexicon though more follows ("Storgatan
 *       4, Kemi har lagret");</li>
 *   <li>a capitalised word before a street written as one word and its house number is the street's given name
 *       ("Birger Jarlsgatan 37", "Iso Roobertinkatu 53"), and such a street alone before its house number is no one's
 *       name ("Mannerheimvägen 18");</li>
 *   <li>a street word that Romance languages write before the name, with a house number before it or after its run
 *       ("14 Rue Victor Hugo", "Via Garibaldi 8"), and one capitalised word alone before a house number, a comma, a
 *       postcode and a town ("Koskela 4, 00610 Helsinki") are streets too.</li>
 * </ul>
 * One capitalised word before a street word is {@link NotAPerson}'s ("14 Nelson Street").
 */
final class StreetAddresses {

    private static final WordSet FINNISH_STREETS = WordSet.of(Set.of("katu", "tie", "puistokatu", "puistotie", "kuja",
            "polku", "väylä", "raitti", "bulevardi", "aukio", "tori", "kaari", "ranta", "rinne", "portti"));
    /** A street word in a case, which needs no house number after it ("asun Aleksis Kiven kadulla"). */
    private static final WordSet FINNISH_STREETS_IN_A_CASE = WordSet.of(Set.of("kadulla", "kadulle", "kadulta",
            "kadun", "puistokadulla", "puistokadulle", "puistokadun"));
    private static final int LONGEST_FINNISH_STREET = 13;
    /** The fewest letters before a street word that ends a compound, and before "tie", which ends given names too. */
    private static final int SHORTEST_STEM = 3;
    private static final String SHORT_STREET_END = "tie";
    private static final int SHORTEST_STEM_OF_SHORT_END = 4;
    /** Nouns a number counts, which makes it no house number ("Hattie 2 kertaa"). */
    private static final WordSet COUNTED_NOUNS = WordSet.of(Set.of("kertaa", "krt", "times", "gånger", "ggr", "kpl"));
    /** The ends of streets written as one word ("Runeberginkatu", "Storgatan"). */
    private static final String[] COMPOUND_STREET_ENDS = {"katu", "tie", "kuja", "gatan", "gata", "vägen", "väg", "gränd",
        "torget", "gate", "veien", "vej", "gade"};
    /** The ends of streets of one word that a shop's name holds without a house number ("Willys Runebergsgatan"). */
    private static final String[] BRANCH_STREET_ENDS = {"katu", "gatan", "vägen", "gränd", "torget"};
    /**
     * Norwegian, Swedish and Danish street words, written apart after a genitive in "s" ("Henrik Ibsens gate", "Olof
     * Palmes gata", "Niels Bohrs allé"); inflected as Norwegian and Swedish write them in addresses ("Karl Johans gate",
     * "Sveavägen" is one word and needs no rule).
     */
    private static final WordSet NORDIC_STREETS = WordSet.of(Set.of("gate", "gata", "gatan", "vei", "veien", "vej",
            "gade", "väg", "vägen", "allé", "alle", "plass", "plads", "torg", "torget", "gränd", "stræde", "stredet"));
    /**
     * English street words that name a street only after a house number: seldom surnames, unlike "Hill", "Park" or
     * "Green", which stay out ("ticket 12 Jin Park").
     */
    private static final WordSet NUMBERED_STREETS = WordSet.of(Set.of("court", "close", "grove", "quay", "wharf",
            "parade", "circus", "row", "walk", "rise", "vale", "crescent", "mews", "terrace", "rd", "ave", "blvd", "ln"));
    private static final int LONGEST_NUMBERED_STREET = 8;
    /**
     * English street words that are surnames too ("Hill", "Park", "Green"): a street after a house number only where
     * the words before them are common nouns that no name list holds ("5 Station Hill", "3 Market Green").
     */
    private static final WordSet STREETS_LIKE_SURNAMES = WordSet.of(Set.of("hill", "park", "green", "common", "view",
            "heights", "fields", "side", "gate"));
    private static final int LONGEST_STREET_LIKE_SURNAME = 7;
    /**
     * Street words that French, Italian, Spanish and Portuguese write before the street's name ("14 Rue de la Loi",
     * "Via Garibaldi 3", "Avenida da Liberdade 12"); with a house number before or after the run they open a street.
     */
    private static final WordSet STREETS_BEFORE_NAMES = WordSet.of(Set.of("rue", "avenue", "boulevard", "chaussée",
            "quai", "place", "via", "viale", "piazza", "corso", "calle", "avenida", "rua", "praça", "largo", "paseo",
            "plaza", "carrer"));
    private static final int LONGEST_STREET_BEFORE_NAME = 9;
    /** The words a street's name may hold in lower case between its capitalised ones ("Rue de la Loi", "Via dei Mille"). */
    private static final WordSet STREET_PARTICLES = WordSet.of(Set.of("de", "la", "le", "les", "du", "des", "di", "da",
            "do", "dos", "das", "del", "della", "dei", "degli", "y", "e", "d", "l"));

    private StreetAddresses() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            if (names[t + 1] && isTownAfterCompoundStreet(text, tokens, words, t)) {
                names[t + 1] = false;
            }
            int end = englishStreetEnd(text, tokens, words, t);
            if (end < 0) {
                end = genitiveStreetEnd(text, tokens, t);
            }
            if (end < 0) {
                end = streetBeforeNameEnd(text, tokens, t);
            }
            if (end < 0) {
                end = streetBeforePostcodeEnd(text, tokens, t);
            }
            if (end < 0) {
                end = nameBeforeCompoundStreetEnd(text, tokens, t);
            }
            if (end < 0) {
                end = compoundStreetEnd(text, tokens, t);
            }
            if (end < 0) {
                end = shopAtAStreetEnd(text, tokens, words, t);
            }
            if (end < 0) {
                continue;
            }
            for (int k = t; k <= end; k++) {
                names[k] = false;
            }
            // "Adress Runebergsgatan 61, Vanda.": the town after the house number of a street of one word that a word
            // before it opened, which the street's run took in before the town's turn came.
            if (end + 1 < n && names[end + 1] && isTownAfterCompoundStreet(text, tokens, words, end)) {
                names[end + 1] = false;
            }
            // "…Road, London": the town after the street; "…gate 12, Bergen": after its house number.
            int town = end + 1;
            int before = endOfStreet(text, tokens, end);
            if (before >= 0 && town < n && tokens.start(town) == before + 2 && text.charAt(before) == ','
                    && tokens.isCapitalised(town) && endsTheAddress(text, tokens.end(town))) {
                names[town] = false;
            }
            t = end;
        }
    }

    /**
     * Where the street ends: after its last capitalised word, or after the house number that follows its street word in
     * lower case ("Henrik Ibsens gate 12"); -1 when the street word in lower case has no number after it.
     */
    private static int endOfStreet(String text, Tokens tokens, int end) {
        int word = end + 1;
        if (word >= tokens.size() || !tokens.isLowerCase(word) || !tokens.spaced(end, word)) {
            return tokens.end(end);
        }
        int i = tokens.end(word);
        if (i + 1 >= text.length() || text.charAt(i) != ' ' || !Character.isDigit(text.charAt(i + 1))) {
            return -1;
        }
        for (i++; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
        }
        // A staircase's or flat's letter after the number ("gate 12 B", "katu 3a").
        if (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * "Runeberginkatu 5, Salo.", "Storgatan 4, Kemi har lagret": after a street written as one word that ends in a
     * street word, its house number and a comma, one capitalised word is the town where it ends the address or is a
     * place to the lexicon; the town is the next token, as the house number is no word.
     */
    private static boolean isTownAfterCompoundStreet(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int town = t + 1;
        if (!tokens.isCapitalised(town) || !endsInStreetWord(text, tokens, t)) {
            return false;
        }
        int i = tokens.end(t);
        if (i + 1 >= text.length() || text.charAt(i) != ' ' || !Character.isDigit(text.charAt(i + 1))) {
            return false;
        }
        for (i++; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
        }
        if (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return tokens.start(town) == i + 2 && text.startsWith(", ", i)
                && (endsTheAddress(text, tokens.end(town)) || words[town] != null && words[town].is(NameLexicon.Word.PLACE));
    }

    /**
     * A compound whose last part is a street word: "Runeberginkatu", "Hämeentie", "Storgatan", "Kungsvägen". The short
     * "tie" needs a longer stem: a given name ends so too ("Hattie", "Bertie").
     */
    private static boolean endsInStreetWord(String text, Tokens tokens, int t) {
        for (var street : COMPOUND_STREET_ENDS) {
            int from = tokens.end(t) - street.length();
            int shortestStem = SHORT_STREET_END.equals(street) ? SHORTEST_STEM_OF_SHORT_END : SHORTEST_STEM;
            if (from >= tokens.start(t) + shortestStem && text.regionMatches(true, from, street, 0, street.length())) {
                return true;
            }
        }
        return false;
    }

    /** A full stop, comma or line's end after the town, or a postcode: no surname follows ("…Road, Kim Lee"). */
    static boolean endsTheAddress(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return c == '.' || c == ',' || c == '\n' || c == '\r' || c == ';'
                || c == ' ' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
    }

    /**
     * The street word's index when a house number, then two to four capitalised words ending in one, begin at {@code t};
     * or a street word that is a surname too ({@link #STREETS_LIKE_SURNAMES}) after words that are common English nouns
     * and no name ("5 Station Hill", "12 Church Green"; not "ticket 12 Jin Park", "at 12 Rose Hill").
     */
    private static int englishStreetEnd(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isDigit(text.charAt(start - 2))) {
            return -1;
        }
        for (int k = t + 1; k < tokens.size() && k <= t + 3 && tokens.isCapitalised(k) && tokens.spaced(k - 1, k); k++) {
            if (NotAPerson.isStreetWord(text, tokens, k) || isNumberedStreet(text, tokens, k)) {
                return k;
            }
        }
        for (int k = t + 1; k < tokens.size() && k <= t + 2 && tokens.isCapitalised(k) && tokens.spaced(k - 1, k)
                && isNounOfNoName(text, tokens, words, k - 1); k++) {
            if (tokens.length(k) <= LONGEST_STREET_LIKE_SURNAME && STREETS_LIKE_SURNAMES.contains(text, tokens.start(k), tokens.end(k))) {
                return k;
            }
        }
        return -1;
    }

    /** A capitalised common English noun that no name list holds ("Station", "Church", "Market"). */
    private static boolean isNounOfNoName(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return tokens.isCapitalised(t) && words[t] != null && !NameWords.isAnyName(words[t])
                && EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The street's last word when a street word written before the name ({@link #STREETS_BEFORE_NAMES}) begins at
     * {@code t} with a house number right before it ("14 Rue de la Loi") or right after its run ("Rue Royale 10").
     */
    private static int streetBeforeNameEnd(String text, Tokens tokens, int t) {
        if (tokens.length(t) > LONGEST_STREET_BEFORE_NAME || !STREETS_BEFORE_NAMES.contains(text, tokens.start(t), tokens.end(t))) {
            return -1;
        }
        int end = nameRunEnd(text, tokens, t);
        int start = tokens.start(t);
        boolean numberBefore = start >= 2 && text.charAt(start - 1) == ' ' && Character.isDigit(text.charAt(start - 2));
        return end > t && (numberBefore || houseNumberAfter(text, tokens.end(end))) ? end : -1;
    }

    /**
     * {@code t} when one capitalised word, alone after no other, is followed by a house number, a comma, a postcode and
     * a capitalised town: "Keilaranta 1, 02150 Espoo". A postcode and a town after a house number make an address of
     * the word before them; a Finnish street is one word. Not two words: "Matti Virtanen Keilaranta 1, …" names him.
     */
    private static int streetBeforePostcodeEnd(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end + 1 >= text.length() || !Character.isDigit(text.charAt(end + 1))
                || t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t) || !houseNumberAfter(text, end)) {
            return -1;
        }
        int i = end + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)))) {
            i++;
        }
        if (i + 2 >= text.length() || text.charAt(i) != ',' || text.charAt(i + 1) != ' ') {
            return -1;
        }
        int digits = 0;
        for (i += 2; i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == ' ' && digits == 3); i++) {
            digits += text.charAt(i) == ' ' ? 0 : 1;
        }
        return digits >= 4 && digits <= 5 && i + 1 < text.length() && text.charAt(i) == ' '
                && Character.isUpperCase(text.charAt(i + 1)) ? t : -1;
    }

    /**
     * {@code t + 1} when a capitalised word stands before a street written as one word and its house number: the
     * given name or the adjective of the street's name ("Birger Jarlsgatan 37", "Iso Roobertinkatu 53"). Not a second
     * word after another: "Matti Virtanen Hämeentie 5" names him before his address.
     */
    private static int nameBeforeCompoundStreetEnd(String text, Tokens tokens, int t) {
        int street = t + 1;
        return street < tokens.size() && tokens.spaced(t, street) && !(t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)) && tokens.isCapitalised(street)
                && endsInStreetWord(text, tokens, street) && houseNumberAfter(text, tokens.end(street)) ? street : -1;
    }

    /**
     * {@code t} when a street written as one word stands alone before its house number: "(Mannerheimvägen 18)",
     * "fullmakt för Snellmansgatan 6". A street named after a person holds the person's genitive, which the name rules
     * read as the person's name, though no one is called by a street word's compound with a house number after it.
     */
    private static int compoundStreetEnd(String text, Tokens tokens, int t) {
        return isCompoundStreet(text, tokens, t) ? t : -1;
    }

    /**
     * The street's index when a shop's chain and the street it stands at begin at {@code t}: "Willys Runebergsgatan",
     * "ICA Nära Strandgatan", "K-Market Rautatienkatu". A chain names its shops by their street, written as one word
     * and with no house number; the chain's word is one capitalised word, after its name in capitals if it has one
     * ("ICA Nära"). A street is no one's name, and a person's given name before it is whoever lives or waits there
     * ("Eva Storgatan"), but a chain is seldom a given name, or is one in the genitive ("Willys").
     */
    private static int shopAtAStreetEnd(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int street = t + 1;
        if (street >= tokens.size() || !tokens.isCapitalised(street) || !tokens.oneSpaceApart(t, street)
                || !endsInBranchStreet(text, tokens, street) || houseNumberAfter(text, tokens.end(street))
                || NameWords.isGivenName(words[t]) && text.charAt(tokens.end(t) - 1) != 's') {
            return -1;
        }
        boolean afterChain = t > 0 && tokens.oneSpaceApart(t - 1, t) && Characters.inCapitals(text, tokens.start(t - 1), tokens.end(t - 1));
        return t > 0 && tokens.spaced(t - 1, t) && tokens.isCapitalised(t - 1) && !afterChain ? -1 : street;
    }

    /** "Runebergsgatan", "Rautatienkatu": a street of one word whose end no name or town shares ("Colgate", "Ramsgate"). */
    private static boolean endsInBranchStreet(String text, Tokens tokens, int t) {
        for (var street : BRANCH_STREET_ENDS) {
            int from = tokens.end(t) - street.length();
            if (from >= tokens.start(t) + SHORTEST_STEM && text.regionMatches(true, from, street, 0, street.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Mannerheimvägen 18": a word that ends in a street word, before a house number. */
    static boolean isCompoundStreet(String text, Tokens tokens, int t) {
        return endsInStreetWord(text, tokens, t) && houseNumberAfter(text, tokens.end(t));
    }

    /** The last word of a run of capitalised words and street particles from {@code t}, all spaced. */
    private static int nameRunEnd(String text, Tokens tokens, int t) {
        int end = t;
        for (int k = t + 1; k < tokens.size() && k <= t + 5 && tokens.spaced(k - 1, k); k++) {
            if (tokens.isCapitalised(k)) {
                end = k;
            } else if (!STREET_PARTICLES.contains(text, tokens.start(k), tokens.end(k))) {
                break;
            }
        }
        return end;
    }

    /** A space and a house number of one to four digits, perhaps with a letter, right at {@code end}. */
    private static boolean houseNumberAfter(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isDigit(text.charAt(end + 1))) {
            return false;
        }
        int i = end + 1;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i - end - 1 <= 5 && (i == text.length() || !Character.isLetterOrDigit(text.charAt(i))) && !countsANoun(text, i);
    }

    /** A counted noun after a space at {@code i}: "2 kertaa", "3 times". */
    private static boolean countsANoun(String text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return COUNTED_NOUNS.contains(text, i + 1, end);
    }

    /** "Court", "Close", "Quay": a capitalised street word of an address with a house number. */
    private static boolean isNumberedStreet(String text, Tokens tokens, int t) {
        return tokens.length(t) <= LONGEST_NUMBERED_STREET && NUMBERED_STREETS.contains(text, tokens.start(t), tokens.end(t));
    }

    /**
     * The genitive's index when up to three capitalised words, the last a genitive, stand before a street word: a
     * Finnish genitive in "n" before a Finnish one, a Scandinavian genitive in "s" before a Nordic one and a house number.
     */
    private static int genitiveStreetEnd(String text, Tokens tokens, int t) {
        for (int k = t; k < tokens.size() - 1 && k <= t + 2 && tokens.isCapitalised(k) && (k == t || tokens.spaced(k - 1, k)); k++) {
            if (!tokens.spaced(k, k + 1) || !tokens.isLowerCase(k + 1) || tokens.length(k + 1) > LONGEST_FINNISH_STREET) {
                continue;
            }
            char last = text.charAt(tokens.end(k) - 1);
            if (last == 'n' && isFinnishStreet(text, tokens, k + 1) || last == 's' && isNordicStreet(text, tokens, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isNordicStreet(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return NORDIC_STREETS.contains(text, tokens.start(t), end) && end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isDigit(text.charAt(end + 1));
    }

    private static boolean isFinnishStreet(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (FINNISH_STREETS_IN_A_CASE.contains(text, start, end)) {
            return true;
        }
        return FINNISH_STREETS.contains(text, start, end) && end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isDigit(text.charAt(end + 1));
    }
}
