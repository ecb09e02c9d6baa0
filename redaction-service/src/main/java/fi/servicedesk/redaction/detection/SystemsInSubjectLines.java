package fi.servicedesk.redaction.detection;

/**
 * "Aihe: Matkalasku palautui (Rydoo)", "Ylityöt eivät siirry palkanlaskentaan (Coupa → Hailer)", "Soittopyynnöt
 * 4.9.2027 (Puzzel)": the parentheses that close a message's subject line name the system or the queue the ticket is
 * about, and an arrow between two names there is an integration's direction, from one system to the other. A person
 * is put there with a word in lower case ("(Lan sijaisena)") or with a full name in capitals ("(KORHONEN MIKKO)"), so
 * only these are taken: one capitalised word that is no one's name, the words either side of an arrow, or two or three
 * words of which one is no one's name (a number, a short abbreviation in capitals beside no given name, an English
 * noun: "Sage 200", "SAP Concur", "Aurora Billing"). Not when the line names a person before the parentheses ("Pekka Virtanen (IT)").
 */
final class SystemsInSubjectLines {

    private static final String[] SUBJECT_LABELS = {"aihe:", "subject:", "ämne:", "otsikko:", "rubrik:"};
    private static final int LONGEST_RUN = 3;
    /** A system's abbreviation in capitals ("SAP", "HRM"); a surname in capitals is longer ("AL-HASHIMI"). */
    private static final int LONGEST_ABBREVIATION = 4;

    private SystemsInSubjectLines() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int line = 0, t = 0; line < text.length() && t < tokens.size(); line = Characters.lineEnd(text, line) + 1) {
            int end = Characters.lineEnd(text, line);
            while (t < tokens.size() && tokens.start(t) < line) {
                t++;
            }
            if (line == 0 || Characters.mayStartAnyIgnoringCase(text, line, SUBJECT_LABELS)) {
                unmarkClosingParentheses(text, tokens, words, names, line, end, t);
            }
        }
    }

    /** The words inside the parentheses that close the line {@code [line, end)}, whose first word is {@code first}. */
    private static void unmarkClosingParentheses(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names,
            int line, int end, int first) {
        int close = end;
        while (close > line && (text.charAt(close - 1) == ' ' || text.charAt(close - 1) == '\t' || text.charAt(close - 1) == '\r')) {
            close--;
        }
        if (close == line || text.charAt(close - 1) != ')') {
            return;
        }
        int open = text.lastIndexOf('(', close - 1);
        if (open < line) {
            return;
        }
        int from = first;
        while (from < tokens.size() && tokens.start(from) < open) {
            if (names[from]) {
                return;
            }
            from++;
        }
        int to = from;
        while (to < tokens.size() && tokens.end(to) < close) {
            to++;
        }
        if (to > from && isSystem(text, tokens, words, from, to, text.substring(open + 1, close - 1))) {
            for (int k = from; k < to; k++) {
                names[k] = false;
            }
        }
    }

    /** The words {@code [from, to)}, all of what the parentheses hold ({@code inside}), name a system. */
    private static boolean isSystem(String text, Tokens tokens, NameLexicon.Word[] words, int from, int to, String inside) {
        if (inside.contains("→") || inside.contains("->")) {
            return true;
        }
        if (to - from > LONGEST_RUN) {
            return false;
        }
        boolean mixedCase = false;
        boolean noName = false;
        boolean anyName = false;
        boolean givenName = false;
        boolean abbreviation = false;
        for (int k = from; k < to; k++) {
            if (tokens.isLowerCase(k)) {
                return false;
            }
            boolean capitals = !Characters.hasLowerCase(text, tokens.start(k), tokens.end(k));
            mixedCase |= !capitals;
            boolean name = words[k] != null && NameWords.isAnyName(words[k]);
            anyName |= name;
            givenName |= name && words[k].is(NameLexicon.Word.FIRST);
            abbreviation |= !name && capitals && tokens.length(k) <= LONGEST_ABBREVIATION;
            noName |= !name && !capitals && EnglishWords.contains(text, tokens.start(k), tokens.end(k));
        }
        int letters = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            noName |= Character.isDigit(c);
            letters += Character.isLetter(c) || Character.isDigit(c) || c == ' ' || c == '-' ? 1 : 0;
        }
        // A lone word that is someone's name may be the person the ticket is about ("(Virtanen)"): left marked. So is a
        // given name beside an initial or a team's abbreviation ("(Mikko K)", "(Anna HR)"), which a system's is not.
        noName |= abbreviation && !givenName;
        return mixedCase && letters == inside.length() && (to - from == 1 && !anyName || noName);
    }
}
