package fi.servicedesk.redaction.detection;

/**
 * "Luíza Rodríguez Núñez", "Joaquim Oliveira Pereira": after a given name, two words that are each a surname and no
 * given name are one double surname, as Spanish and Portuguese write the father's and the mother's, and one span with
 * one placeholder; so are they before a comma and the given name, as directories write them ("Gomes Varela, Edna"),
 * and after a particle anywhere ("Laitoin da Costa Ribeirolle tiedoksi"), as a particle opens no given names.
 * Every other place the message writes the same pair ("Rodríguez Núñez, Luíza") is one span too,
 * and a surname standing alone elsewhere ("… Núñez approved", as Portuguese goes by the last surname and Spanish by the
 * first) is a span of its own: the pair is the person's full surname wherever it is written whole (R3.2).
 */
final class DoubleSurnames {

    /** The accented letters of Spanish and Portuguese surnames ("Sánchez", "Núñez", "Gonçalves", "Simões"). */
    private static final String IBERIAN_ACCENTS = "áéíóúñçãõâêôàü";

    private DoubleSurnames() {
    }

    /**
     * For each word, whether it is a double surname's second, joined with the word before it into one name; null when
     * the message has none.
     */
    static boolean[] secondParts(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        boolean[] second = null;
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && names[t + 1] && isPair(text, tokens, words, names, t)
                    && (hasGivenNameBefore(text, tokens, words, names, t) && !writtenAsGivenNamesAlone(text, tokens, words, names, t)
                    && !sharedWithAnotherGivenName(text, tokens, words, names, t)
                    || hasGivenNameAfterComma(text, tokens, words, names, t)
                    || opensWithParticleInLowerCase(text, tokens, t))
                    && (second == null || !second[t + 1])) {
                second = second == null ? new boolean[tokens.size()] : second;
                markPairs(text, tokens, words, names, base(text, tokens, words, t), base(text, tokens, words, t + 1), second);
            }
        }
        return second;
    }

    /** The given name stands before the pair's particles, if it has any ("Bia da Costa Ribeiro"). */
    private static boolean hasGivenNameBefore(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int given = SurnameParticles.firstParticle(text, tokens, t) - 1;
        return given >= 0 && names[given] && tokens.spaced(given, given + 1) && !isUnreadOrSurnameOnly(words[given]);
    }

    /**
     * "Batbayar Tömör Dashdorjiin … @Batbayar Tömör": the message writes the given name and the pair's first word
     * elsewhere as two names alone, which a person's two given names are and the given name and the first of two
     * surnames seldom are; the pair's first word is then a second given name, unless the lists know it as a surname or
     * it has the accented letters of Spanish and Portuguese, which the lists do not hold ("Marta Sánchez Herrera …
     * Marta Sánchez": Spanish goes by the first surname).
     */
    private static boolean writtenAsGivenNamesAlone(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (words[t] == null || words[t].is(NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_LAST) || hasIberianAccent(text, tokens, t)) {
            return false;
        }
        String given = base(text, tokens, words, t - 1);
        String second = base(text, tokens, words, t);
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            if (k != t && names[k] && names[k - 1] && tokens.spaced(k - 1, k) && second.equals(base(text, tokens, words, k))
                    && given.equals(base(text, tokens, words, k - 1))
                    && !(k + 1 < n && names[k + 1] && tokens.spaced(k, k + 1)) && !(k > 1 && names[k - 2] && tokens.spaced(k - 2, k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lotte Lieselot Gannarve … Hjalmar-Birger Gannarve": the message writes the pair's last word elsewhere as the
     * surname after another given name, two names alone, as a family shares its surname; the pair's first word is then
     * a second given name. Not after the run's own given name ("Enzo Gabriel Bittencourt Lacerda … Enzo Lacerda":
     * Portuguese goes by the last surname), nor where the lists know that word as a surname or it has the accented
     * letters of Spanish and Portuguese, as a mother passes her first surname on as her child's second ("Marta Sánchez
     * Herrera … Ana Herrera").
     */
    private static boolean sharedWithAnotherGivenName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (words[t] == null || words[t].is(NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_LAST) || hasIberianAccent(text, tokens, t)) {
            return false;
        }
        String given = base(text, tokens, words, t - 1);
        String second = base(text, tokens, words, t);
        String last = base(text, tokens, words, t + 1);
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            String other = base(text, tokens, words, k - 1);
            if (k != t + 1 && names[k] && names[k - 1] && tokens.spaced(k - 1, k) && last.equals(base(text, tokens, words, k))
                    && !second.equals(other) && !given.equals(other) && !isKnownSurnameOnly(words[k - 1])
                    && !(k + 1 < n && names[k + 1] && tokens.spaced(k, k + 1)) && !(k > 1 && names[k - 2] && tokens.spaced(k - 2, k - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Laitoin da Costa Ribeirolle tiedoksi": a particle in lower case opens the pair, which no given name does; in
     * capitals the particles may open a surname written before the given name ("VAN DER MEER FEMKE").
     */
    private static boolean opensWithParticleInLowerCase(String text, Tokens tokens, int t) {
        int particle = SurnameParticles.firstParticle(text, tokens, t);
        return particle < t && tokens.isLowerCase(particle);
    }

    /**
     * "Gomes Varela, Edna": directories, address books and attendee lists write the surname first and the given name
     * after a comma, and the surname is then the whole pair as much as after the given name; only where the given name
     * ends the entry (the line, a cell, an address or a number after it), since a list of people writes given name and surname
     * before its comma too ("Kadri Abdullahi, Tuula ja …", "Siu-ming Lau, Tsz-ching Ho").
     */
    private static boolean hasGivenNameAfterComma(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int given = t + 2;
        return given < tokens.size() && names[given] && !isUnreadOrSurnameOnly(words[given])
                && text.substring(tokens.end(t + 1), tokens.start(given)).strip().equals(",")
                && endsTheEntry(text, tokens.end(given));
    }

    private static boolean endsTheEntry(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\r')) {
            i++;
        }
        return i == text.length() || "\n;|\t<(\"+".indexOf(text.charAt(i)) >= 0 || Character.isDigit(text.charAt(i));
    }

    /**
     * Two surnames side by side, with no third marked word after them and no particle between them: "Van der Merwe" is
     * one surname already ({@link SurnameParticles}); a particle may open the pair ("da Costa Ribeiro"), and the word
     * after it is a surname then, whatever else the lists make of it ("dos Santos Oliveira": Santos is a given name too).
     * A surname written with a hyphen is a double surname already, and a word before it a second given name ("Rehema
     * Neema Otieno-Wanjiru", "Sreymom Sokha Sok-Pich"), not a third surname, even one the lists hold as a surname.
     */
    private static boolean isPair(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        boolean particle = SurnameParticles.firstParticle(text, tokens, t) < t;
        return tokens.spaced(t, t + 1) && (isSurnameOnly(text, tokens, words[t], t) || particle)
                && (particle || !isHyphenated(text, tokens, t + 1) || words[t] == null)
                && isSurnameOnly(text, tokens, words[t + 1], t + 1)
                && !(t + 2 < tokens.size() && names[t + 2] && tokens.spaced(t + 1, t + 2))
                && !SurnameParticles.isParticle(text, tokens, t) && SurnameParticles.firstParticle(text, tokens, t + 1) == t + 1;
    }

    private static boolean hasIberianAccent(String text, Tokens tokens, int t) {
        for (int i = tokens.start(t); i < tokens.end(t); i++) {
            if (IBERIAN_ACCENTS.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isHyphenated(String text, Tokens tokens, int t) {
        return text.indexOf('-', tokens.start(t), tokens.end(t)) >= 0;
    }

    /**
     * A surname and no given name, or a word no list knows in Latin-1 letters ("Márquez": the lists hold names in
     * ASCII); not one in Vietnamese letters, written family name first ("Đỗ Ngọc Anh": the pair is the given names).
     */
    private static boolean isSurnameOnly(String text, Tokens tokens, NameLexicon.Word w, int t) {
        return w != null && (w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)
                || !w.isKnown() && isLatin1(text, tokens.start(t), tokens.end(t)));
    }

    private static boolean isLatin1(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lists know the word as a surname and never as a given name. */
    static boolean isKnownSurnameOnly(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /** The word before the pair may be a given name no list knows ("Joaquín"), but not a surname the lists know. */
    private static boolean isUnreadOrSurnameOnly(NameLexicon.Word w) {
        return w == null || isKnownSurnameOnly(w);
    }

    /** The word's value: its base form, or the word in lower case where no reading gives one (or none was asked: "BIN"). */
    static String base(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        return w != null && w.base() != null && w.isName() ? w.base() : text.substring(tokens.start(t), tokens.end(t)).toLowerCase(java.util.Locale.ROOT);
    }

    private static void markPairs(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, String first, String last,
            boolean[] second) {
        for (int k = 1; k < tokens.size(); k++) {
            if (names[k] && names[k - 1] && words[k] != null && words[k - 1] != null && tokens.spaced(k - 1, k)
                    && NameWords.isFormOf(base(text, tokens, words, k), last) && first.equals(base(text, tokens, words, k - 1))) {
                second[k] = true;
            }
        }
    }
}
