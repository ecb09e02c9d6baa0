package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The logins in a table's column titled for them (R8.2), as database clients and PowerShell print tables: psql's and
 * mysql's cells between "|" ("| login | full_name |"), tab-separated rows pasted from a spreadsheet, the semicolon
 * separated rows a spreadsheet or a log viewer exports in Finnish and Swedish ("katselija;tunnus;yksikkö",
 * "användare;inloggning;enhet"; the title row may stand in parentheses), and Format-Table's
 * columns aligned under their titles, a line of dashes below ("Name  SamAccountName  mobile"). The title says the cells
 * are accounts whatever their letters; the rows go on to the first line without the separator (for aligned columns,
 * the first empty line). A cell that is no login's shape (a number, an address, an empty cell) and a service's account
 * ({@link ServiceAccounts}) are none.
 */
final class LoginColumns {

    /** The titles of a login's column, in lower case. */
    private static final Set<String> TITLES = Set.of("login", "username", "user_name", "samaccountname", "sam_account_name",
            "käyttäjätunnus", "tunnus", "användarnamn", "inloggning", "uid");
    private static final Pattern CELL = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,62}[A-Za-z0-9]");
    private static final Fragment[] CUES = Fragment.each("login", "user", "accountname", "tunnus", "användar", "inloggning",
            "uid");
    private static final char[] SEPARATORS = {'|', '\t', ';'};

    private LoginColumns() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!Fragment.anyMayBeIn(CUES, message)) {
            return;
        }
        var text = message.value();
        int line = 0;
        while (line < text.length()) {
            int end = Characters.lineEnd(text, line);
            int after = Characters.nextLineStart(text, line);
            boolean separated = false;
            for (char separator : SEPARATORS) {
                int column = titledColumn(text, line, end, separator);
                if (column >= 0) {
                    after = separatedRows(text, after, separator, column, findings);
                    separated = true;
                    break;
                }
            }
            if (!separated && after < text.length() && text.startsWith("--", after)) {
                after = alignedRows(text, line, end, after, findings);
            }
            line = after;
        }
    }

    /** The index of the cell titled for logins in the line, or -1. */
    private static int titledColumn(String text, int from, int to, char separator) {
        if (text.indexOf(separator, from) < 0 || text.indexOf(separator, from) >= to) {
            return -1;
        }
        var cells = text.substring(from, to).split(Pattern.quote(String.valueOf(separator)), -1);
        for (int c = 0; c < cells.length; c++) {
            if (TITLES.contains(title(cells[c]))) {
                return c;
            }
        }
        return -1;
    }

    /** A title cell in lower case, without the parenthesis a title row in parentheses opens or closes with. */
    private static String title(String cell) {
        var title = cell.strip();
        if (title.startsWith("(")) {
            title = title.substring(1);
        }
        if (title.endsWith(")")) {
            title = title.substring(0, title.length() - 1);
        }
        return title.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads the rows from {@code line} on while they hold the separator; returns where they end. */
    private static int separatedRows(String text, int line, char separator, int column, List<Finding> findings) {
        for (; line < text.length(); line = Characters.nextLineStart(text, line)) {
            int end = Characters.lineEnd(text, line);
            if (text.indexOf(separator, line) < 0 || text.indexOf(separator, line) >= end) {
                if (!isBorder(text, line, end)) {
                    return line;
                }
                continue;
            }
            int[] cell = SeparatedCells.cell(text, line, separator, column);
            if (cell != null) {
                add(text, cell[0], cell[1], findings);
            }
        }
        return line;
    }

    /**
     * Format-Table's rows: the cell that starts where its title starts, up to the first empty line. Format-Table rules
     * each title with as many dashes as it has letters; a mail's signature mark ("--") under a line that opens with a
     * title's word ("Tunnus mvirta on lukittu.") rules no column.
     */
    private static int alignedRows(String text, int title, int titleEnd, int dashes, List<Finding> findings) {
        int column = alignedTitle(text, title, titleEnd);
        int line = Characters.nextLineStart(text, dashes);
        if (column < 0 || !ruled(text, title + column, dashes + column)) {
            return line;
        }
        for (; line < text.length() && Characters.lineEnd(text, line) > line; line = Characters.nextLineStart(text, line)) {
            int at = line + column;
            if (at < Characters.lineEnd(text, line) && (column == 0 || text.charAt(at - 1) == ' ')) {
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                add(text, at, end, findings);
            }
        }
        return line;
    }

    /** Whether the dashes at {@code rule} run as long as the title's word at {@code title}. */
    private static boolean ruled(String text, int title, int rule) {
        for (int i = title; i < text.length() && Characters.isLetter(text.charAt(i)); i++, rule++) {
            if (rule >= text.length() || text.charAt(rule) != '-') {
                return false;
            }
        }
        return true;
    }

    /** Where in its line the title of the login's column starts, or -1. */
    private static int alignedTitle(String text, int from, int to) {
        for (int at = from; at < to; ) {
            while (at < to && text.charAt(at) == ' ') {
                at++;
            }
            int end = at;
            while (end < to && text.charAt(end) != ' ') {
                end++;
            }
            if (end > at && TITLES.contains(text.substring(at, end).toLowerCase(Locale.ROOT))) {
                return at - from;
            }
            at = end;
        }
        return -1;
    }

    private static void add(String text, int start, int end, List<Finding> findings) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        var cell = text.substring(start, end);
        if (CELL.matcher(cell).matches() && !ServiceAccounts.contains(cell.toLowerCase(Locale.ROOT))
                && !TITLES.contains(cell.toLowerCase(Locale.ROOT))) {
            findings.add(new Finding(EntityType.USERNAME, start, end, cell.toLowerCase(Locale.ROOT)));
        }
    }

    /** A table's rule between title and rows: "+-----+----+", "------+-----". */
    private static boolean isBorder(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("+-=".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
