package fi.servicedesk.redaction.detection;

/**
 * A table written as text: a title line whose columns a rule recognises, then rows up to a line without
 * the title line's separator. In the rows, the words of the recognised columns that can be a name are
 * names, whatever else they are, and the title line's words are none; a separator inside double quotes parts no columns ("LT-3413,\"Hill,
 * Robin\",Lisbon"). {@link NameLayout} recognises columns titled with a name ("Sukunimi;Etunimi"),
 * {@link PersonColumns} columns titled by the person in them ("Laite | Käyttäjä").
 */
final class TextTables {

    /** What a rule reads off a title line: its separator, and which of its columns hold names. */
    record Titles(char separator, boolean[] columns) {
    }

    /** Reads the line from {@code from} to {@code to} as a title line: null when it is none of the rule's. */
    @FunctionalInterface
    interface TitleLine {
        Titles read(String text, int from, int to);
    }

    private TextTables() {
    }

    static void markColumns(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, TitleLine titleLine) {
        Titles titles = null;
        int t = 0;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (titles != null && holds(text, lineStart, lineEnd, titles.separator())) {
                while (t < tokens.size() && tokens.start(t) < lineStart) {
                    t++;
                }
                t = markRow(text, tokens, words, names, titles, t, lineStart, lineEnd);
            } else {
                titles = titleLine.read(text, lineStart, lineEnd);
                if (titles != null) {
                    t = unmarkTitles(tokens, names, t, lineStart, lineEnd);
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** A title line names columns, no one ("Asset tag,Assigned to,Location"); returns the first word after it. */
    private static int unmarkTitles(Tokens tokens, boolean[] names, int t, int lineStart, int lineEnd) {
        while (t < tokens.size() && tokens.start(t) < lineStart) {
            t++;
        }
        for (; t < tokens.size() && tokens.start(t) < lineEnd; t++) {
            names[t] = false;
        }
        return t;
    }

    /** Marks the row's words in the titled columns; returns the first word after the row. */
    private static int markRow(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, Titles titles,
            int t, int lineStart, int lineEnd) {
        int column = 0;
        boolean quoted = false;
        for (int i = lineStart; t < tokens.size() && tokens.start(t) < lineEnd; t++) {
            for (; i < tokens.start(t); i++) {
                char c = text.charAt(i);
                quoted ^= c == '"';
                column += c == titles.separator() && !quoted ? 1 : 0;
            }
            if (column < titles.columns().length && titles.columns()[column] && NameWords.canBeSurname(text, tokens, words[t], t)) {
                names[t] = true;
            }
        }
        return t;
    }

    /** The first of {@code separators} on the line, or 0. */
    static char separatorOf(String text, int from, int to, char[] separators) {
        for (char separator : separators) {
            if (holds(text, from, to, separator)) {
                return separator;
            }
        }
        return 0;
    }

    private static boolean holds(String text, int from, int to, char c) {
        int at = text.indexOf(c, from);
        return at >= 0 && at < to;
    }
}
