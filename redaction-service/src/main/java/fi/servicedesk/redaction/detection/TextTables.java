package fi.servicedesk.redaction.detection;

import java.util.Arrays;

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

    static final int[] NO_LINES = {};

    /**
     * Marks the rows' words in the titled columns and takes the marks off the title lines; returns the first word and
     * the word after the last of each title line, for a later pass to take marks off them again ({@link #unmarkTitles}).
     */
    static int[] markColumns(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, TitleLine titleLine) {
        Titles titles = null;
        int[] titleLines = NO_LINES;
        int t = 0;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = Characters.lineEnd(text, lineStart);
            if (titles != null && holds(text, lineStart, lineEnd, titles.separator())) {
                while (t < tokens.size() && tokens.start(t) < lineStart) {
                    t++;
                }
                t = markRow(text, tokens, words, names, titles, t, lineStart, lineEnd);
            } else {
                titles = titleLine.read(text, lineStart, lineEnd);
                if (titles != null) {
                    int first = firstFrom(tokens, t, lineStart);
                    t = unmarkTitles(tokens, names, first, lineEnd);
                    titleLines = Arrays.copyOf(titleLines, titleLines.length + 2);
                    titleLines[titleLines.length - 2] = first;
                    titleLines[titleLines.length - 1] = t;
                }
            }
            lineStart = lineEnd + 1;
        }
        return titleLines;
    }

    /** Takes the marks off the title lines {@link #markColumns} returned, which a rule after it may have marked. */
    static void unmarkTitles(boolean[] names, int[] titleLines) {
        for (int k = 0; k < titleLines.length; k += 2) {
            Arrays.fill(names, titleLines[k], titleLines[k + 1], false);
        }
    }

    private static int firstFrom(Tokens tokens, int t, int lineStart) {
        while (t < tokens.size() && tokens.start(t) < lineStart) {
            t++;
        }
        return t;
    }

    /** A title line names columns, no one ("Asset tag,Assigned to,Location"); returns the first word after it. */
    private static int unmarkTitles(Tokens tokens, boolean[] names, int t, int lineEnd) {
        for (; t < tokens.size() && tokens.start(t) < lineEnd; t++) {
            names[t] = false;
        }
        return t;
    }

    /**
     * Takes the marks off the rows' words in the titled columns ("INC0042;Suljettu;Maija Kallio" under
     * "tiketti;tila;pyytäjä": a status is no one); the title lines stay as they are.
     */
    static void unmarkColumns(String text, Tokens tokens, boolean[] names, TitleLine titleLine) {
        Titles titles = null;
        int t = 0;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = Characters.lineEnd(text, lineStart);
            if (titles != null && holds(text, lineStart, lineEnd, titles.separator())) {
                t = markRow(text, tokens, null, names, titles, firstFrom(tokens, t, lineStart), lineStart, lineEnd);
            } else {
                titles = titleLine.read(text, lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
    }

    /**
     * Marks the row's words in the titled columns, or with no {@code words} takes their marks off; returns the first
     * word after the row.
     */
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
            if (column < titles.columns().length && titles.columns()[column]) {
                names[t] = words != null && (names[t] || NameWords.canBeSurname(text, tokens, words[t], t));
            }
        }
        return t;
    }

    /**
     * The line from {@code from} to {@code to} as a title line whose columns are those titled with one of {@code
     * titles}, parted by the first of {@code separators} it holds; null when none is.
     */
    static Titles titled(String text, int from, int to, char[] separators, WordSet titles, int shortest, int longest) {
        char separator = separatorOf(text, from, to, separators);
        if (separator == 0) {
            return null;
        }
        boolean[] columns = null;
        int column = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == separator) {
                if (isTitle(text, start, i, titles, shortest, longest)) {
                    columns = columns == null ? new boolean[to - from + 1] : columns;
                    columns[column] = true;
                }
                column++;
                start = i + 1;
            }
        }
        return columns == null ? null : new Titles(separator, columns);
    }

    /** The cell, without the spaces around it, is one of {@code titles}: its length first, as most cells are none. */
    private static boolean isTitle(String text, int start, int end, WordSet titles, int shortest, int longest) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        int length = end - start;
        return length >= shortest && length <= longest && titles.contains(text, start, end);
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
