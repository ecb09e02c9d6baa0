package fi.servicedesk.redaction.detection;

/**
 * The title line of a table pasted as text names its columns, not people ("First Name,Last Name,Email",
 * "Viikko;Ensisijainen;Varalla", "| Attendee | Phone |", "Name      Role" over "----      ----"), whatever a rule or
 * the tagger read in its words. A line is a table's titles where it opens a run of rows that part their cells with
 * the same separator the same number of times (a comma, a semicolon, a tab or a pipe, two or more times; two rows or more), or where a
 * rule of dashes underlines it (Markdown's "|---|---|", PowerShell's Format-Table); and it holds what titles do not:
 * no '@' and no number of three digits or more, which rows of addresses and phones have, no label's colon, and no cell of more than
 * four words or ending a sentence, which a line of prose has. A word only a name
 * ("Aino") keeps its mark: a table without titles opens with a row; but not in capitals over a rule ("SID").
 */
final class ColumnTitles {

    private static final String SEPARATORS = ",;\t|";
    /** The fewest separators of a table's line: three columns. */
    private static final int FEWEST = 2;
    /** The most words of a column's title. */
    private static final int MOST_WORDS = 4;
    /** A rule under titles: dashes, with spaces, pipes, plus signs or colons between columns. */
    private static final String RULE_MARKS = "-=|+: \t";

    private ColumnTitles() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int t = 0;
        int previousStart = -1;
        for (int line = 0; line < text.length(); ) {
            int lineEnd = Characters.lineEnd(text, line);
            int next = lineEnd + 1;
            if (next < text.length() && isTitleLine(text, previousStart, line, lineEnd, next, Characters.lineEnd(text, next))) {
                while (t < tokens.size() && tokens.start(t) < line) {
                    t++;
                }
                boolean underlined = isRule(text, next, Characters.lineEnd(text, next));
                // "SID", "UPN": a title in capitals over a rule abbreviates the column's kind; no name above a rule is so written.
                for (; t < tokens.size() && tokens.start(t) < lineEnd; t++) {
                    names[t] &= words[t] != null && words[t].isOnlyName() && !(underlined && Characters.inCapitals(text, tokens.start(t), tokens.end(t)));
                }
            } else if (next < text.length() && isCaption(text, line, lineEnd, next)) {
                while (t < tokens.size() && tokens.start(t) < line) {
                    t++;
                }
                // "Rader:" over "2026-03-12;måltidsavdrag 58 kr;KP 7676": one word and a colon over the rows of a table
                // without titles names its rows, even where a list holds the word as a surname; a given name or a
                // surname Voikko knows is a speaker's label over the rows pasted ("Korhonen:").
                for (; t < tokens.size() && tokens.start(t) < lineEnd; t++) {
                    names[t] &= words[t] != null && isPersonsName(words[t]);
                }
            }
            previousStart = line;
            line = next;
        }
    }

    private static boolean isTitleLine(String text, int previous, int line, int lineEnd, int next, int nextEnd) {
        if (lineEnd - line < 2 || holdsAddressOrNumber(text, line, lineEnd)) {
            return false;
        }
        if (isRule(text, next, nextEnd)) {
            // A paragraph before a "---" that parts a mail's sections is prose, not titles over their rule.
            return !isRule(text, line, lineEnd) && !holdsSentence(text, line, lineEnd);
        }
        if (text.indexOf(':', line) >= 0 && text.indexOf(':', line) < lineEnd || nextEnd >= text.length()) {
            // "Guests: Aino Virta, Matti Koski" is a label's list, and a table has two rows or more.
            return false;
        }
        int third = nextEnd + 1;
        int thirdEnd = Characters.lineEnd(text, third);
        for (int s = 0; s < SEPARATORS.length(); s++) {
            char separator = SEPARATORS.charAt(s);
            int count = count(text, line, lineEnd, separator);
            if (count >= FEWEST && count(text, next, nextEnd, separator) == count && count(text, third, thirdEnd, separator) == count
                    && shortCells(text, line, lineEnd, separator) && (previous < 0 || count(text, previous, line - 1, separator) != count)) {
                return true;
            }
        }
        return false;
    }

    /** A name reading beyond a list's surname's: a given name, or a surname Voikko knows. */
    private static boolean isPersonsName(NameLexicon.Word w) {
        return NameWords.isGivenName(w) || w.is(NameLexicon.Word.LAST) && !w.is(NameLexicon.Word.LISTED);
    }

    /**
     * One word and a colon alone on the line (before a CRLF's "\r" too), over two rows or more parted by one separator
     * the same number of times.
     */
    private static boolean isCaption(String text, int line, int lineEnd, int next) {
        if (lineEnd > line && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
        }
        if (lineEnd - line < 3 || text.charAt(lineEnd - 1) != ':') {
            return false;
        }
        for (int i = line; i < lineEnd - 1; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        int nextEnd = Characters.lineEnd(text, next);
        int third = nextEnd + 1;
        if (third >= text.length()) {
            return false;
        }
        int thirdEnd = Characters.lineEnd(text, third);
        for (int s = 0; s < SEPARATORS.length(); s++) {
            char separator = SEPARATORS.charAt(s);
            int count = count(text, next, nextEnd, separator);
            if (count >= FEWEST && count(text, third, thirdEnd, separator) == count) {
                return true;
            }
        }
        return false;
    }

    /** Each cell a title's few words, none ending a sentence: a line of prose has its commas too. */
    private static boolean shortCells(String text, int line, int lineEnd, char separator) {
        int spaces = 0;
        for (int i = line; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == separator) {
                spaces = 0;
            } else if (c == ' ' && i > line && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != separator && ++spaces >= MOST_WORDS
                    || ".!?".indexOf(c) >= 0 && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence, not titles over a rule: a cell of more than {@link #MOST_WORDS} words, where columns aligned by spaces
     * part their titles by two spaces or more ("Name      Role"), Markdown's by pipes and a program's by tabs, and a
     * sentence's full stop, which a banner of titles ("Translated Report (Full Report Below)") has not.
     */
    private static boolean holdsSentence(String text, int line, int lineEnd) {
        int words = 0;
        boolean longCell = false;
        boolean stop = false;
        for (int i = line; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '\t' || c == ' ' && i + 1 < lineEnd && text.charAt(i + 1) == ' ') {
                words = 0;
            } else if (c != ' ' && (i == line || " |\t".indexOf(text.charAt(i - 1)) >= 0) && ++words > MOST_WORDS) {
                longCell = true;
            }
            stop |= ".!?".indexOf(c) >= 0 && i > line && Character.isLetter(text.charAt(i - 1))
                    && (i + 1 == lineEnd || text.charAt(i + 1) == ' ');
        }
        return longCell && stop;
    }

    /** A line of dashes (three or more) between the marks of columns. */
    static boolean isRule(String text, int line, int lineEnd) {
        int dashes = 0;
        for (int i = line; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (RULE_MARKS.indexOf(c) < 0) {
                return false;
            }
            dashes += c == '-' || c == '=' ? 1 : 0;
        }
        return dashes >= 3;
    }

    private static boolean holdsAddressOrNumber(String text, int line, int lineEnd) {
        int digits = 0;
        for (int i = line; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            digits = Scan.isDigit(c) ? digits + 1 : 0;
            if (digits >= 3) {
                return true;
            }
        }
        return false;
    }

    /** How many times the separator parts the line's cells, outside double quotes ("\"Hill, Robin\""). */
    private static int count(String text, int line, int lineEnd, char separator) {
        int count = 0;
        boolean quoted = false;
        for (int i = line; i < lineEnd; i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            count += !quoted && c == separator ? 1 : 0;
        }
        return count;
    }
}
