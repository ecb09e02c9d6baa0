package fi.servicedesk.redaction.detection;

/**
 * The cells of a row of a table pasted as text, its cells parted by one separator (a tab, a pipe, a semicolon): the
 * column readers of logins and device ids find a cell by its place in the row, and read it without its spaces.
 */
final class SeparatedCells {

    private SeparatedCells() {
    }

    /**
     * The bounds of the cell at {@code column} (from 0) of the row that opens at {@code line}, spaces and all, or null
     * when the row has fewer cells.
     */
    static int[] cell(String text, int line, char separator, int column) {
        int end = Characters.lineEnd(text, line);
        int start = line;
        for (int c = 0; c < column; c++) {
            int s = separatorAfter(text, start, end, separator);
            if (s < 0) {
                return null;
            }
            start = s + 1;
        }
        int s = separatorAfter(text, start, end, separator);
        return new int[] {start, s < 0 ? end : s};
    }

    /** How many cells past the first the row that opens at {@code line} holds: its separators between cells. */
    static int separators(String text, int line, char separator) {
        int end = Characters.lineEnd(text, line);
        int count = 0;
        for (int s = separatorAfter(text, line, end, separator); s >= 0; s = separatorAfter(text, s + 1, end, separator)) {
            count++;
        }
        return count;
    }

    /**
     * Where the separator closing the cell that opens at {@code from} stands before {@code end}, or -1. A CSV export
     * writes a cell that holds a comma in double quotes ("Virtanen, Aino"), so a comma within a cell's quotes parts
     * no cells; the other separators are read as they stand.
     */
    private static int separatorAfter(String text, int from, int end, char separator) {
        boolean quoted = false;
        boolean opening = separator == ',';
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' && (quoted || opening)) {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                return i;
            } else if (!quoted && !Character.isWhitespace(c)) {
                opening = false;
            }
        }
        return -1;
    }

    /** The bounds of {@code text[start, end)} without the white space around it. */
    static int[] trimmed(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }
}
