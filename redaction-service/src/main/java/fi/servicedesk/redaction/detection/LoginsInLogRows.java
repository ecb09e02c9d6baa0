package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The logins in a column of a log's or an export's rows that no title names as logins (R8.2): a job log prints who
 * started each run ("2026-10-17 15:14:13;ZFI_AP_CLOSE;mvirtanen;VALMIS", "… | GL_RECON | ak2041 | FAILED"), an
 * approval export who approved each line ("pvm;tunnit;hyväksyjä;tila" over "12.01.2026;3,0;ekorhone;AVOIN"). Such a
 * column is told from the others by its cells: every one a single word in lower case of a login's shape that no
 * dictionary holds (but one, where two cells or more bear the mark), and one at least marked as logins are and words
 * are not, with digits after its letters ("virtaa7", "ak2041") or a dot or underscore between the parts of a name
 * ("ville.kallio"), or made of a name the message writes ("sankajo" of Karl-Johan Sandvik). A column of
 * words ("inbound", "tagalog") has none of these; one of file or host names ends in a short extension or domain
 * ("raportti.pdf", "firma.fi"), or opens as a system's account does ("srv01").
 * The rows are the consecutive lines that share the separator, at least twice each and as often as each other; a first
 * row without digits is the columns' titles, and is not read as a cell. An audit trail's lines, with spaces between
 * the time stamp, the actor and the action in capitals, are rows of the same kind, their actors a column; so are the
 * lines that write the action first and then who did it, before a colon and what they did or asked for
 * ("2027-03-02 09:14:05 REQUEST lindh47: scans of …", "… VASTAANOTTO aurkoski: kuvat avattu").
 */
final class LoginsInLogRows {

    private static final char[] SEPARATORS = {';', '|', '\t'};
    /** The ISO time stamp an audit trail's line opens with: "2026-10-17 15:14:13", "2026-10-17T15:14:13.120+02:00". */
    static final String TIME_STAMP = "[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?"
            + "(?:Z|[+-][0-9]{2}:?[0-9]{2})?";
    /**
     * A login in capitals, words of letters joined by a hyphen, dot or underscore, digits after them maybe, as a
     * carrier writes a driver's scanner login ("KULJ-BATSU"); a locker's or a route's id has digits between its parts
     * ("LK-0715-26"). A job's or a system's code is written alike ("SYS-BATCH", "CRON-JOB"): an actor in capitals is
     * a person's only with a person's role tag or made of a name the message writes ({@link #personInCapitals}).
     */
    private static final String TAGGED_IN_CAPITALS = "[A-Z]{2,}(?:[._-][A-Z]{2,})+[0-9]*";
    /**
     * An audit trail's line: its ISO time stamp, who acted (in lower case, or a tagged login in capitals), and the
     * action in capitals.
     */
    private static final Pattern AUDIT_LINE = Pattern.compile("(?m)^" + TIME_STAMP
            + "[ \\t]+([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|" + TAGGED_IN_CAPITALS + ")[ \\t]+"
            + "(\\p{Lu}{2,})(?![\\p{L}\\p{N}\\[(_-])");
    /**
     * An audit trail's line that writes the action first: its ISO time stamp, the action in capitals (one to three
     * words: "REQUEST", "PYYNTÖ", "SENT BACK"), who acted in lower case, then a colon and what they did.
     */
    private static final Pattern ACTION_THEN_ACTOR = Pattern.compile("(?m)^" + TIME_STAMP
            + "[ \\t]+(\\p{Lu}{2,})(?:[ \\t]\\p{Lu}{2,}){0,2}[ \\t]+([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*):[ \\t]");
    /**
     * The last word of a line an ISO time stamp opens, after a space or a field's "=": who did what the line records
     * ("… KORTTI KC-247907 luotu vieras … vastaanotto mb2048", "… ENCODE … guest=… by=jv4411"); not a chat's turn,
     * its speaker before a colon and a space, which closes with whatever word its writer typed last.
     */
    private static final Pattern LAST_WORD_OF_A_STAMPED_LINE = Pattern.compile("(?m)^" + TIME_STAMP
            + "[ \\t](?:[^:\\n]|:(?! ))*[ \\t=]([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)[ \\t]*$");
    /**
     * A hexadecimal serial: a key card's or a device's, no login: "16f363b2", "ceae8d8a". It is eight digits long at
     * least, where a login of initials and digits ("ab2048") is shorter.
     */
    private static final Pattern HEXADECIMAL = Pattern.compile("(?=[a-f]*[0-9])[0-9a-f]{8,}");
    /** A log's levels, which follow the host or the process in a system's log, not an actor. */
    private static final Set<String> LOG_LEVELS = Set.of("TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR",
            "ERR", "CRIT", "CRITICAL", "FATAL", "ALERT", "EMERG", "SEVERE", "FINE", "FINER", "FINEST", "CONFIG");
    /** HTTP's methods, which follow the service in a web server's or a gateway's access log, not an actor. */
    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
    /** A path after the word in capitals: the line is a web request's ("… api-gw PROPFIND /share"), not an action's. */
    private static final Pattern PATH = Pattern.compile("[ \\t]+/");
    private static final Pattern CELL = Pattern.compile("[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|" + TAGGED_IN_CAPITALS);
    /** Digits after two letters or more: "ak2041", "virtaa7"; not a version's "v2". */
    private static final Pattern DIGITS_AFTER_LETTERS = Pattern.compile("[a-z]{2,}[0-9]+");
    /** A dot or underscore between letters: "aino.laaksonen", "m_virtanen". */
    private static final Pattern PARTS = Pattern.compile("[a-z]+(?:[._][a-z]+)+[0-9]*");
    /** Two to four capitalised words in a row, as a name is written: "Karl-Johan Sandvik". */
    private static final Pattern NAMES = Pattern.compile(LoginsBesideTheirNames.WRITTEN_NAMES);
    /** The longest file's extension or domain's last label a dotted cell of a column of logins is read to end in. */
    private static final int LONGEST_EXTENSION = 4;
    /** The last labels of a network's own host names: "print01.lan", "dc1.corp". */
    private static final Set<String> LOCAL_DOMAINS = Set.of("lan", "corp", "home", "int", "loc");
    /** A country's domain, or as short an extension: a dotted cell ending in as few letters is no login. */
    private static final int LONGEST_COUNTRY_CODE = 2;
    /**
     * How many cells must bear the mark for a word among them to be read as a login too: a login may spell a word
     * ("koskeen" of Eeva Koskenniemi), which a column of words with one login in it does not make one of logins.
     */
    private static final int MARKED_BESIDE_A_WORD = 2;
    /** The fewest rows of cells a column must have: one row is a line of prose as often as a record. */
    private static final int FEWEST_ROWS = 2;
    /** The fewest separators each row must hold: "a | b" is prose as often as a row. */
    private static final int FEWEST_SEPARATORS = 2;

    private LoginsInLogRows() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (message.has(':') && message.has('-')) {
            actorsOfAuditLines(message.value(), lexicon, findings);
            actorsAfterTheirActions(message.value(), lexicon, findings);
            actorsClosingStampedLines(message.value(), lexicon, findings);
        }
        for (char separator : SEPARATORS) {
            if (message.has(separator)) {
                find(message.value(), separator, lexicon, findings);
            }
        }
    }

    private static void find(String text, char separator, NameLexicon lexicon, List<Finding> findings) {
        int line = 0;
        while (line < text.length()) {
            var rows = rows(text, line, separator);
            if (rows.isEmpty()) {
                line = Characters.nextLineStart(text, line);
                continue;
            }
            line = Characters.nextLineStart(text, rows.getLast());
            if (!holdsDigit(text, rows.getFirst())) {
                rows.removeFirst();
            }
            if (rows.size() >= FEWEST_ROWS) {
                columns(text, separator, rows, lexicon, findings);
            }
        }
    }

    /**
     * The consecutive lines from {@code line} on that hold the separator as often as the first does, at least
     * {@link #FEWEST_SEPARATORS} times, as their starts.
     */
    private static List<Integer> rows(String text, int line, char separator) {
        var rows = new ArrayList<Integer>();
        int count = count(text, line, separator);
        if (count < FEWEST_SEPARATORS) {
            return rows;
        }
        for (int at = line; at < text.length() && count(text, at, separator) == count; at = Characters.nextLineStart(text, at)) {
            rows.add(at);
        }
        return rows;
    }

    private static void columns(String text, char separator, List<Integer> rows, NameLexicon lexicon,
                                List<Finding> findings) {
        int columns = count(text, rows.getFirst(), separator) + 1;
        for (int column = 0; column < columns; column++) {
            var cells = new ArrayList<int[]>();
            for (var row : rows) {
                cells.add(cell(text, row, separator, column));
            }
            takeIfLogins(text, cells, lexicon, false, findings);
        }
    }

    /**
     * The actors of an audit trail's lines, each a time stamp, who acted and the action in capitals ("2026-10-22
     * 20:41:59 karpov21 LUOTU vahinko", "… fi9207 TILA → tarkastuksessa"), read as a column; a log level there
     * ("… web01 ERROR") says the word before it is a host, and an HTTP method or a path after the capitals ("… api-gw
     * GET /health") that it is the service of a web access log.
     */
    private static void actorsOfAuditLines(String text, NameLexicon lexicon, List<Finding> findings) {
        var cells = new ArrayList<int[]>();
        var line = AUDIT_LINE.matcher(text);
        while (line.find()) {
            if (!LOG_LEVELS.contains(line.group(2)) && !HTTP_METHODS.contains(line.group(2))
                    && !PATH.matcher(text).region(line.end(2), text.length()).lookingAt()
                    && (Character.isLowerCase(text.charAt(line.start(1))) || personInCapitals(text, line.group(1)))) {
                cells.add(new int[] {line.start(1), line.end(1)});
            }
        }
        if (cells.size() >= FEWEST_ROWS) {
            takeIfLogins(text, cells, lexicon, true, findings);
        }
    }

    /**
     * The actors of an audit trail's lines that write the action first and the actor before a colon ("… REQUEST
     * lindh47: scans of …"), read as a column as {@link #actorsOfAuditLines} reads those that write the actor first; a
     * log level or an HTTP method there ("… ERROR db: timeout", "… GET api: 200") says the word after it is a
     * component or a service, no actor. Their place does not make them actors without a login's mark: a build's or a
     * deployment's log writes its parts there too ("… BUILD frontend: ok").
     */
    private static void actorsAfterTheirActions(String text, NameLexicon lexicon, List<Finding> findings) {
        var cells = new ArrayList<int[]>();
        var line = ACTION_THEN_ACTOR.matcher(text);
        while (line.find()) {
            if (!LOG_LEVELS.contains(line.group(1)) && !HTTP_METHODS.contains(line.group(1))) {
                cells.add(new int[] {line.start(2), line.end(2)});
            }
        }
        if (cells.size() >= FEWEST_ROWS) {
            takeIfLogins(text, cells, lexicon, false, findings);
        }
    }

    /**
     * Whether an actor in capitals is a person's login: its tag a person's role ("KULJ-BATSU"), or made of a name the
     * message writes ({@link TaggedLogins}); a job's or a system's code ("SYS-BATCH", "CRON-JOB") is neither.
     */
    static boolean personInCapitals(String text, String actor) {
        if (TaggedLogins.roleTagged(actor)) {
            return true;
        }
        var names = NAMES.matcher(text);
        while (names.find()) {
            if (TaggedLogins.madeOf(names.group().split(" "), actor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last words of the lines an ISO time stamp opens, read as a column: a key-card or door-lock log closes each
     * line with the login of who encoded or cancelled the card ("… luotu vieras Virtanen, Aino vastaanotto jv4411",
     * "… CANCEL kortti 49374 by=jv4411"). A line that closes with a word, a number or a serial records no actor there
     * ("… AVAUS kortti 96358"), and is left out of the column rather than spoiling it.
     */
    private static void actorsClosingStampedLines(String text, NameLexicon lexicon, List<Finding> findings) {
        var cells = new ArrayList<int[]>();
        var line = LAST_WORD_OF_A_STAMPED_LINE.matcher(text);
        while (line.find()) {
            if (!HEXADECIMAL.matcher(line.group(1)).matches() && !isWord(text, line.start(1), line.end(1), lexicon)) {
                cells.add(new int[] {line.start(1), line.end(1)});
            }
        }
        if (cells.size() >= FEWEST_ROWS) {
            takeIfLogins(text, cells, lexicon, false, findings);
        }
    }

    /**
     * The cells of a column, where they all have a login's shape and the column's cells bear logins' marks. A word is
     * counted once however many rows it fills: one actor acts on several lines of an audit trail. The actors of an
     * audit trail need no mark when two of them or more act and none is a word: the column's place between the time
     * stamp and the action in capitals says what they are ("… hvirta LUOTU", "… jkoski MUUTETTU").
     */
    private static void takeIfLogins(String text, List<int[]> cells, NameLexicon lexicon, boolean actorsOfATrail,
                                     List<Finding> findings) {
        int marked = 0;
        var words = new HashSet<String>();
        var actors = new HashSet<String>();
        for (var cell : cells) {
            var value = text.substring(cell[0], cell[1]);
            if (!CELL.matcher(value).matches() || isFileOrHost(text, cell[0], cell[1], value)) {
                return;
            }
            actors.add(value);
            marked += marked(value) ? 1 : 0;
            if (isWord(text, cell[0], cell[1], lexicon)) {
                words.add(value);
            }
        }
        if (words.isEmpty()
                ? marked > 0 || madeOfANameWritten(text, cells) || actorsOfATrail && actors.size() >= FEWEST_ROWS
                : words.size() == 1 && marked >= MARKED_BESIDE_A_WORD) {
            for (var cell : cells) {
                var value = text.substring(cell[0], cell[1]);
                if (!ServiceAccounts.contains(value)) {
                    findings.add(new Finding(EntityType.USERNAME, cell[0], cell[1], value.toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    /** Whether a login-shaped value bears a login's mark: digits after its letters, or parts joined by a dot or underscore. */
    static boolean marked(String value) {
        return DIGITS_AFTER_LETTERS.matcher(value).matches() || PARTS.matcher(value).matches();
    }

    /**
     * Whether a cell is made of a name the message writes ({@link LoginParts}): "sankajo" under a request that names
     * Karl-Johan Sandvik as the approver, a login as plain as a word of a language no dictionary here holds.
     */
    private static boolean madeOfANameWritten(String text, List<int[]> cells) {
        var names = NAMES.matcher(text);
        while (names.find()) {
            var words = names.group().split(" ");
            for (var cell : cells) {
                if (LoginParts.madeOf(words, text.substring(cell[0], cell[1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A file's or a host's name, or a system's account: no cell of a column of logins. A dotted name is a file's or a
     * host's when it ends in a file's extension or a domain's last label ("raportti.pdf", "firma.fi"), where a login
     * may end in the short word of what it is for ("aino.tag", a member's tag at a gate). A name with the letters of a
     * system word and digits ("srv01", "app2") is a host's or a service's.
     */
    static boolean isFileOrHost(String text, int start, int end, String value) {
        int dot = value.lastIndexOf('.');
        if (dot >= 0 && isExtensionOrDomain(value.substring(dot + 1))) {
            return true;
        }
        int letters = start;
        while (letters < end && Characters.isLetter(text.charAt(letters))) {
            letters++;
        }
        return ServiceAccounts.opensWithSystemWord(text.substring(start, letters));
    }

    private static boolean isExtensionOrDomain(String suffix) {
        return suffix.length() <= LONGEST_COUNTRY_CODE || suffix.length() <= LONGEST_EXTENSION
                && (QuotedHandles.EXTENSIONS.contains(suffix) || EmailDetector.TOP_LEVEL_DOMAINS.contains(suffix)
                || LOCAL_DOMAINS.contains(suffix));
    }

    /** A cell of letters alone that a dictionary holds. */
    static boolean isWord(String text, int start, int end, NameLexicon lexicon) {
        if (!Characters.allLetters(text.substring(start, end))) {
            return false;
        }
        var word = lexicon.lookup(text, start, end);
        return word.is(NameLexicon.Word.COMMON) || word.is(NameLexicon.Word.ENGLISH_WORD)
                || EnglishWords.contains(text, start, end) || EnglishNouns.contains(text, start, end);
    }

    /** The bounds of the cell at {@code column} of the row at {@code line}, without the spaces around it. */
    private static int[] cell(String text, int line, char separator, int column) {
        int[] cell = SeparatedCells.cell(text, line, separator, column);
        return SeparatedCells.trimmed(text, cell[0], cell[1]);
    }

    private static int count(String text, int line, char separator) {
        int end = Characters.lineEnd(text, line);
        int count = 0;
        for (int i = line; i < end; i++) {
            if (text.charAt(i) == separator) {
                count++;
            }
        }
        return count;
    }

    private static boolean holdsDigit(String text, int line) {
        int end = Characters.lineEnd(text, line);
        for (int i = line; i < end; i++) {
            if (Scan.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
