package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The logins in a table's column titled for them (R8.2), as database clients and PowerShell print tables: psql's and
 * mysql's cells between "|" ("| login | full_name |"), tab-separated rows pasted from a spreadsheet, the semicolon
 * separated rows a spreadsheet or a log viewer exports in Finnish and Swedish ("katselija;tunnus;yksikkö",
 * "användare;inloggning;enhet"; the title row may stand in parentheses, its cells in double quotes), the comma
 * separated rows of a CSV export under a title row of single words ("rooli,sukunimi,etunimi,tunnus"), and
 * Format-Table's columns aligned under their titles, a line of dashes below ("Name  SamAccountName  mobile"). The
 * title says the cells are accounts whatever their letters; the rows go on to the first line without the separator
 * (a CSV export's, to the first line with another count of commas outside a cell's quotes; aligned columns', to the first empty line). A cell that is no login's shape (a number, an address, an empty cell) and a service's account
 * ({@link ServiceAccounts}) are none.
 */
final class LoginColumns {

    /** The titles of a login's column, in lower case. */
    private static final Set<String> TITLES = Set.of("login", "username", "user_name", "samaccountname", "sam_account_name",
            "käyttäjätunnus", "tunnus", "användarnamn", "inloggning", "uid");
    private static final Pattern CELL = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,62}[A-Za-z0-9]");
    private static final Fragment[] CUES = Fragment.each("login", "user", "accountname", "tunnus", "användar", "inloggning",
            "uid");
    private static final char[] SEPARATORS = {'|', '\t', ';', ','};
    /** The fewest commas a CSV title row holds: "sukunimi, tunnus" is prose as often as a title row. */
    private static final int FEWEST_COMMAS = 2;

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
                    after = separator == ','
                            ? commaSeparatedRows(text, after, SeparatedCells.separators(text, line, ','), column, findings)
                            : separatedRows(text, after, separator, column, findings);
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
        if (separator == ',' && !isCsvTitleRow(cells)) {
            return -1;
        }
        for (int c = 0; c < cells.length; c++) {
            if (TITLES.contains(title(cells[c]))) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether comma separated cells are a CSV export's titles: {@link #FEWEST_COMMAS} commas at least, and every title
     * a single word, which a sentence's clauses between commas are not.
     */
    private static boolean isCsvTitleRow(String[] cells) {
        if (cells.length <= FEWEST_COMMAS) {
            return false;
        }
        for (var cell : cells) {
            var title = unquoted(cell.strip());
            if (title.isEmpty() || title.chars().anyMatch(Character::isWhitespace)) {
                return false;
            }
        }
        return true;
    }

    /** A cell without the double quotes a CSV export writes around it. */
    private static String unquoted(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1) : cell;
    }

    /**
     * Reads a CSV export's rows from {@code line} on while they hold as many commas outside quotes as its title row does; returns
     * where they end. A line of prose after the rows rarely holds as many.
     */
    private static int commaSeparatedRows(String text, int line, int commas, int column, List<Finding> findings) {
        for (; line < text.length(); line = Characters.nextLineStart(text, line)) {
            if (SeparatedCells.separators(text, line, ',') != commas) {
                return line;
            }
            int[] cell = SeparatedCells.cell(text, line, ',', column);
            add(text, cell[0], cell[1], findings);
        }
        return line;
    }


    /**
     * A title cell in lower case, without the parenthesis a title row in parentheses opens or closes with, or the
     * quotes around it.
     */
    private static String title(String cell) {
        var title = unquoted(cell.strip());
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
        if (end - start >= 2 && text.charAt(start) == '"' && text.charAt(end - 1) == '"') {
            start++;
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
