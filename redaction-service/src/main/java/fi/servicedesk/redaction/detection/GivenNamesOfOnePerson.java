package fi.servicedesk.redaction.detection;

/**
 * One person's given names are one span and one placeholder, as a double surname is ({@link DoubleSurnames}): in a run
 * of three names of one person ("Caoimhe Saoirse Mac Craith", "ZBIGNIEW WOJCIECH KYLVÖSAARI"), the names
 * before the surname are the given names, one name whose value joins theirs, so that the message's other mentions of
 * the same pair get the same placeholder (R3.2, R8.2). A register that writes the surname first in capitals ("MAC
 * GIOLLA PHÁDRAIG-BYRNE Caoimhe Saoirse") has the given names after it, and its capitals are the one surname. One
 * person's names stand on one line with single spaces between them; a comma, a line break or a wider gap parts people.
 * In a run of four, the third name may open a surname of two ({@link #opensSurnameOfTwo}).
 * Two names alone are most often a given name and a surname, kept apart so that the given name alone elsewhere gets
 * its own placeholder; so is a run whose would-be given name the lists know only as a surname ("Anna Virtanen
 * Korhonen"), unless the surname has a hyphen ("Giorgi Levan Lomidze-Mchedlishvili": a double surname already, and the
 * names before it given names whatever else the lists hold them as), or whose last name they know only as a given name
 * (two people written without a comma).
 */
final class GivenNamesOfOnePerson {

    /** A run of more names is a list of people or a surname of several words the rules did not join. */
    private static final int MOST_NAMES = 3;
    /** The most particles that open a surname ("Mac Giolla", "van der", "de la"). */
    private static final int MOST_PARTICLES = 3;

    private GivenNamesOfOnePerson() {
    }

    /** Marks in {@code joined} (made if null) each given name after a person's first; returns it, null if none. */
    static boolean[] join(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined) {
        int n = tokens.size();
        int[] units = new int[n];
        for (int t = 0; t < n; t++) {
            if (!names[t]) {
                continue;
            }
            // The run's names, each by its first marked word; the words joined to a name and its particles are its own.
            int count = 0;
            int last = nameOpeningAt(text, tokens, names, t);
            units[count++] = last;
            for (int u = last + 1; u < n; u++) {
                int next = nameOpeningAt(text, tokens, names, u);
                if (next < 0 || !(joined != null && joined[next]) && !followsOnOneLine(text, tokens, last, next)) {
                    break;
                }
                if (!(joined != null && joined[next])) {
                    units[count++] = next;
                }
                last = next;
                u = next;
            }
            joined = joinRun(text, tokens, words, joined, units, count, last);
            t = last;
        }
        return joined;
    }

    /**
     * The marked word whose name opens at {@code u}: the word itself, or the name its particles open ("Craith" of "Mac
     * Craith", "Merwe" of "Van der Merwe", whose "Van" a rule may have marked too); -1 if none.
     */
    private static int nameOpeningAt(String text, Tokens tokens, boolean[] names, int u) {
        for (int v = u + 1; v < tokens.size() && v <= u + MOST_PARTICLES; v++) {
            if (names[v]) {
                return SurnameParticles.firstParticle(text, tokens, v) <= u ? v : names[u] ? u : -1;
            }
        }
        return names[u] ? u : -1;
    }

    /**
     * The name at {@code next}, from its first particle ("Mac Craith"), follows {@code t} after one space on the same
     * line, with single spaces between its particles.
     */
    private static boolean followsOnOneLine(String text, Tokens tokens, int t, int next) {
        int start = tokens.start(SurnameParticles.firstParticle(text, tokens, next));
        return start == tokens.end(t) + 1 && text.charAt(tokens.end(t)) == ' ' && onlySingleSpaces(text, start, tokens.start(next));
    }

    private static boolean onlySingleSpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i)) && (text.charAt(i) != ' ' || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** The run's names start at {@code units[0..count)}; its last word is {@code last}. */
    private static boolean[] joinRun(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] joined, int[] units, int count,
            int last) {
        int capitals = surnameInCapitalsFirst(text, tokens, units, count, last);
        if (capitals > 0) {
            int given = units[capitals];
            if (count - capitals > MOST_NAMES - 1 || !areGivenNames(words, units, capitals, count)) {
                return joined;
            }
            joined = joinWords(joined, tokens.size(), units[0], given - 1);
            joined[given] = false;
            return joinWords(joined, tokens.size(), given, last);
        }
        if (count == MOST_NAMES + 1 && opensSurnameOfTwo(text, tokens, words, units)) {
            joined = joinWords(joined, tokens.size(), units[0], SurnameParticles.firstParticle(text, tokens, units[2]) - 1);
            return joinWords(joined, tokens.size(), units[2], last);
        }
        int surname = units[count - 1];
        // "Kerhervé-Le Gall": the hyphen may stand in the particles that open the surname.
        boolean doubleSurname = DoubleSurnames.isHyphenated(text, tokens, surname)
                || SurnameParticles.endsInParticle(text, tokens, SurnameParticles.firstParticle(text, tokens, surname));
        if (count != MOST_NAMES || !doubleSurname && !areGivenNames(words, units, 0, count - 1) || isOnlyGivenName(words[surname])) {
            return joined;
        }
        return joinWords(joined, tokens.size(), units[0], SurnameParticles.firstParticle(text, tokens, surname) - 1);
    }

    /**
     * How many of the run's first names are written in capitals where the names after them are not (the surname first,
     * as registers and lists of owners write it: "JAMA GULEID Farhiya Ubah"); 0 if not so.
     */
    private static int surnameInCapitalsFirst(String text, Tokens tokens, int[] units, int count, int last) {
        int capitals = 0;
        while (capitals < count && inCapitals(text, tokens, units[capitals], capitals + 1 < count ? units[capitals + 1] - 1 : last)) {
            capitals++;
        }
        if (capitals == 0 || capitals == count) {
            return 0;
        }
        for (int k = capitals; k < count; k++) {
            if (NamesInCapitals.inCapitals(text, tokens, units[k])) {
                return 0;
            }
        }
        return capitals;
    }

    private static boolean inCapitals(String text, Tokens tokens, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (!NamesInCapitals.inCapitals(text, tokens, t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * In a run of four names, the third opens a surname of two ("Shahd Nada Mansour El-Sayed", as Arabic names
     * the father before the family): the lists know it only as a surname, or know it not as a given name and the last
     * name is hyphenated, a surname whatever stands before it. Three given names ("Maria Anna Sofia Virtanen-Koski")
     * have a given name third. Without a hyphen, four names are two and two ("Giommaria Gavino Sanna Porcu", as
     * Italian, Spanish and Portuguese write two surnames; "Silveira Albuquerque Cleiton Thiago" as a register writes them
     * first) unless the lists know the first three as given names ("Maria Anna Sofia Virtanen"): a third name the lists
     * hold as a given name is no given name's proof where they know the names before it not at all ("Sanna" is a
     * Sardinian surname as much as a Finnish given name). A last name opened by particles is a surname of its own
     * ("Sonny Van Van der Merwe"). Never where the lists know the last name only as a given name: it is the next
     * person's ("Anna Maria Virtanen Liisa", two people written without a comma).
     */
    private static boolean opensSurnameOfTwo(String text, Tokens tokens, NameLexicon.Word[] words, int[] units) {
        var third = words[units[2]];
        if (isOnlyGivenName(words[units[3]])) {
            return false;
        }
        if (DoubleSurnames.isKnownSurnameOnly(third)) {
            return true;
        }
        if (DoubleSurnames.isHyphenated(text, tokens, units[3])) {
            return !isKnownGivenName(third);
        }
        return !(isKnownGivenName(words[units[0]]) && isKnownGivenName(words[units[1]]) && isKnownGivenName(third))
                && SurnameParticles.firstParticle(text, tokens, units[3]) == units[3];
    }

    private static boolean isKnownGivenName(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /** None of the names at {@code units[from..to)} is one the lists know only as a surname. */
    private static boolean areGivenNames(NameLexicon.Word[] words, int[] units, int from, int to) {
        for (int k = from; k < to; k++) {
            var w = words[units[k]];
            if (w != null && w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)) {
                return false;
            }
        }
        return true;
    }

    /** The lists know the name only as a given name, never as a surname. */
    static boolean isOnlyGivenName(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST) && !w.is(NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_LAST);
    }

    /** Joins each word of {@code (from, to]} to the one before it. */
    private static boolean[] joinWords(boolean[] joined, int n, int from, int to) {
        var marks = joined == null ? new boolean[n] : joined;
        for (int t = from + 1; t <= to; t++) {
            marks[t] = true;
        }
        return marks;
    }
}
