package fi.servicedesk.redaction.detection;

/**
 * "Tiedoksi: Llaneza Quirós, Xuliana Xuana <…>", "Watchers: Oliva Cárdenas, Yoandri Yosvany; …": an entry that writes
 * the surname first and a comma after it, as a mail client's display name or a watcher list does, holds one person, so
 * its two names before the comma are that person's surname of two, one span and one placeholder as {@link
 * DoubleSurnames} makes a pair after a given name (R3.2, R8.2); {@link GivenNamePairs} then joins the given names after
 * them. The lists hold too few of the surnames Spanish, Portuguese and the languages of the Andes write in pairs for
 * the pair's words to be checked against them; the entry's shape is the proof: the pair opens the entry (a line, a
 * cell, a field after its label, a list's item after a semicolon), one or two names after the comma close it, and a
 * mail address follows them or a semicolon parts the entry from the next or the one before, as a list that keeps its
 * commas for its people's names does: a comma alone parts two people as often ("Watchers: Chukwu Obi, Ngozi Adeyemi").
 * Not where the lists know a word of the pair only as a given name, or the entry's last name only as a surname
 * ("Tiedoksi: Anna Virtanen, Pekka Korhonen": two people), nor where a word of the pair is hyphenated, as a double
 * given name more often is ("Kauraniemi Kyllikki-Ilta, Heinäsaari Sylvi-Oili", "Siu-ming Lau, Tsz-ching Ho": two
 * people); a semicolon parts people, not a surname from its given names ("Kopio: Taras Honkanen; Shirin Kuusk").
 */
final class SurnamesOfTwoWrittenFirst {

    /** What closes the entry after its given names: a line break, a cell's bar, a semicolon, a tab, a mail address. */
    private static final String AFTER_GIVEN_NAMES = "\n\r|;\t<";
    /** What opens an entry before its surname: a line break, a cell's bar, a semicolon, a tab, a field label's colon. */
    private static final String BEFORE_SURNAME = "\n\r|;\t:";

    private SurnamesOfTwoWrittenFirst() {
    }

    /** Marks in {@code joined} (made if null) the second name of each such pair; returns it, null if none. */
    static boolean[] join(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, boolean[] joined) {
        int n = tokens.size();
        for (int t = 0; t + 2 < n; t++) {
            if (isPairAlone(text, tokens, names, joined, t) && opensEntry(text, tokens, t)
                    && !GivenNamesOfOnePerson.isOnlyGivenName(words[t]) && !GivenNamesOfOnePerson.isOnlyGivenName(words[t + 1])
                    && !DoubleSurnames.isHyphenated(text, tokens, t) && !DoubleSurnames.isHyphenated(text, tokens, t + 1)) {
                int last = lastGivenName(text, tokens, names, t + 2);
                if (last > 0 && !DoubleSurnames.isKnownSurnameOnly(words[last])
                        && setOffAsOnePerson(text, tokens, t, last)) {
                    joined = joined == null ? new boolean[n] : joined;
                    joined[t + 1] = true;
                }
            }
        }
        return joined;
    }

    /** Two marked capitalised words one space apart, neither joined yet. */
    private static boolean isPairAlone(String text, Tokens tokens, boolean[] names, boolean[] joined, int t) {
        return names[t] && names[t + 1] && !(joined != null && (joined[t] || joined[t + 1]))
                && tokens.isCapitalised(t) && tokens.isCapitalised(t + 1)
                && tokens.start(t + 1) == tokens.end(t) + 1 && text.charAt(tokens.end(t)) == ' ';
    }

    /** Only spaces stand before the pair after a line break, a bar, a semicolon, a tab, a field label's colon, or the text's start. */
    private static boolean opensEntry(String text, Tokens tokens, int t) {
        for (int i = tokens.start(t) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c != ' ') {
                return BEFORE_SURNAME.indexOf(c) >= 0;
            }
        }
        return true;
    }

    /**
     * Whether a mail address follows the entry of the pair at {@code t} and its given names up to {@code last}, or a
     * semicolon parts it from the entry after or before it: a list that parts its people so keeps its commas for their
     * names.
     */
    private static boolean setOffAsOnePerson(String text, Tokens tokens, int t, int last) {
        int after = Characters.afterSpaces(text, tokens.end(last));
        if (after < text.length() && (text.charAt(after) == '<' || text.charAt(after) == ';')) {
            return true;
        }
        int before = Characters.beforeSpaces(text, tokens.start(t));
        return before > 0 && text.charAt(before - 1) == ';';
    }

    /**
     * The last of the one or two names after the separator that follows the pair ({@code first} is the token after the
     * pair), where the entry ends after them; -1 if the entry goes on otherwise.
     */
    private static int lastGivenName(String text, Tokens tokens, boolean[] names, int first) {
        int n = tokens.size();
        String between = text.substring(tokens.end(first - 1), tokens.start(first)).strip();
        if (!between.equals(",") || !names[first]) {
            return -1;
        }
        int last = first + 1 < n && names[first + 1] && tokens.start(first + 1) == tokens.end(first) + 1
                && text.charAt(tokens.end(first)) == ' ' ? first + 1 : first;
        int next = tokens.end(last);
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        return next == text.length() || AFTER_GIVEN_NAMES.indexOf(text.charAt(next)) >= 0 ? last : -1;
    }
}
