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
            int s = text.indexOf(separator, start);
            if (s < 0 || s >= end) {
                return null;
            }
            start = s + 1;
        }
        int s = text.indexOf(separator, start);
        return new int[] {start, s < 0 || s > end ? end : s};
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
