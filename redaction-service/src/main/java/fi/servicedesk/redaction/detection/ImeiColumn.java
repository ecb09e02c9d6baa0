package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * IMEIs in a column titled IMEI of a table pasted as text (a device-management export, a hand-over list): each row's
 * cell names the handset of the user on the same row, yet no label stands beside the digits. The header's separator
 * (tab, pipe, semicolon, comma, or a run of spaces aligning the columns) splits the rows below it until a blank line.
 */
final class ImeiColumn {

    private static final Pattern TITLE = Pattern.compile("(?i)imei(?:[- ]?(?:sv|koodi|numero|code|number))?");
    private static final Pattern IMEI = Pattern.compile("[0-9](?:[ -]?[0-9]){13,15}");
    private static final List<Pattern> SEPARATORS = List.of(
            Pattern.compile("\t"), Pattern.compile("\\|"), Pattern.compile(";"), Pattern.compile(","),
            Pattern.compile(" {2,}"));

    private ImeiColumn() {
    }

    static void find(String text, List<Finding> findings) {
        var lineStart = 0;
        while (lineStart < text.length()) {
            var lineEnd = Characters.lineEnd(text, lineStart);
            for (var separator : SEPARATORS) {
                var column = titled(text, cells(text, lineStart, lineEnd, separator));
                if (column >= 0) {
                    lineEnd = rows(text, lineEnd, separator, column, findings);
                    break;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Reads the rows under a header and returns where the table ends. */
    private static int rows(String text, int headerEnd, Pattern separator, int column, List<Finding> findings) {
        var end = headerEnd;
        while (end < text.length()) {
            var start = end + 1;
            var lineEnd = Characters.lineEnd(text, start);
            var cells = cells(text, start, lineEnd, separator);
            if (cells.size() <= 1) {
                return end;
            }
            if (column < cells.size()) {
                var cell = cells.get(column);
                var value = text.substring(cell[0], cell[1]);
                if (IMEI.matcher(value).matches()) {
                    findings.add(new Finding(EntityType.DEVICE_ID, cell[0], cell[1], Characters.compact(value)));
                }
            }
            end = lineEnd;
        }
        return end;
    }

    /** The index of the cell titled IMEI in a header of two cells or more, or -1. */
    private static int titled(String text, List<int[]> cells) {
        if (cells.size() > 1) {
            for (var i = 0; i < cells.size(); i++) {
                var cell = cells.get(i);
                if (TITLE.matcher(text).region(cell[0], cell[1]).matches()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A line's cells between separators, each trimmed of spaces, as start and end offsets. */
    private static List<int[]> cells(String text, int start, int end, Pattern separator) {
        var cells = new ArrayList<int[]>();
        var m = separator.matcher(text).region(start, end);
        var from = start;
        while (m.find()) {
            cells.add(SeparatedCells.trimmed(text, from, m.start()));
            from = m.end();
        }
        cells.add(SeparatedCells.trimmed(text, from, end));
        return cells;
    }
}
