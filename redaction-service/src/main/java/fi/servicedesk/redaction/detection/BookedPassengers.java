package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A traveller in a booking, written as airlines and travel agencies write a name (R3.2, R8.2): surname, slash, given
 * names, in capitals (*HAVERINEN/ALMA ADT*, *BIN SALEH/FAISAL MR*, *SORVARI/KULLERVO (aikuinen)*). The slash glues the
 * two to each other, so neither is a word of the text's and no other rule sees them. Only where a title or a
 * passenger type follows, or the line is labelled as passengers: "TCP/IP", "CI/CD" or "HR/IT" have neither. The
 * surname and the given names are one finding each, a surname of two or three words too (*VAN LEEUWEN*, *AL-RIFAI*).
 * A reservation system numbers its name elements and glues the number to the surname (*1.1KURJENKOSKI/TENHO MRS*,
 * *2.AIDOO/KARRI MSTR*): the number is no part of the name. A cue before the name on its line names it a
 * traveller's as well as a title after it: a departure control system's event (*KIOSK-4 CHECKIN KLINGBERG/VENDELA
 * seat 16K*, *GATE C10 NOSHOW MURONG/MEILING*), or a name said to be corrected or changed to it (*nimi korjattu
 * muotoon MURONG/AYANLE*, *name changed to SMITH/JOHN*).
 */
final class BookedPassengers {

    /** A word in capitals, hyphens and apostrophes inside it: "AL-RIFAI", "O'NEILL", "GÜNEŞ". */
    private static final String WORD = "\\p{Lu}[\\p{Lu}'’-]*\\p{Lu}";
    /** IATA's passenger types and the titles a booking writes after the given names. */
    private static final String CODE = "(?:ADT|CHD|INF|YTH|SRC|CNN|MR|MRS|MS|MISS|MSTR|DR)\\b";
    /** A check-in kiosk's, bag drop's or gate's event, which a departure control log writes before the name. */
    private static final String EVENT = "(?:CHECKIN|CHECK-IN|CHECKED-IN|BAGDROP|BAG-DROP|BOARDED|BOARDING|NOSHOW|NO-SHOW"
            + "|GOSHOW|GO-SHOW|OFFLOAD(?:ED)?|STANDBY|DENIED)\\b";
    /** Up to three words, none of them a code or an event: "BIN SALEH", "MARY ANN". */
    private static final String WORDS = "(?!" + CODE + "|" + EVENT + ")" + WORD + "(?: (?!" + CODE + "|" + EVENT + ")" + WORD + "){0,2}";
    /** A code, or a passenger type said in words (Finnish, Swedish, English). */
    private static final String TYPE = CODE + "|\\((?i:aikuinen|lapsi|vauva|nuori|vuxen|barn|adult|child|infant|youth)\\)";
    /** A name element's number in a reservation: "1.1", "2." (passenger 2, or name 1 of name field 2). */
    private static final String ELEMENT = "(?:\\d{1,2}\\.\\d{0,2})?";
    /** Group 3 is set where a type follows the name. */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}/._@-])" + ELEMENT + "(" + WORDS + ")/(" + WORDS + ")"
            + "(?![\\p{L}\\p{N}/._@-])(?:(?= (" + TYPE + "))|)");
    /**
     * Just before the name: a check-in kiosk's, bag drop's or gate's event in capitals; or in the sentence before it, a
     * word for a person's name ("nimi korjattu muotoon", "name changed to", "namnet ändrat till").
     */
    private static final Pattern CUE = Pattern.compile("(?:\\b" + EVENT + " "
            + "|(?i:\\b(?:nimi|nimen|nimeksi|name|namn|namnet)\\b)[^\\n.;:!?/]{0,40})$");
    /** The most letters of an abbreviation that a slash pairs with another ("TCP/IP", "HEL/ARN"). */
    private static final int SHORT = 3;
    /** A line labelled as a booking's travellers: "PASSENGER 1:", "Matkustajat:", "PAX:", "Resenär:". */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:^|\\n)[ \\t]*(?:passengers?|pax|travell?ers?|matkustaja[t]?"
            + "|matkustajan nimi|resenär(?:er)?)\\b[^\\n:]{0,12}:[^\\n]*$");

    private BookedPassengers() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        Matcher m = null;
        int searched = 0;
        // Most slashes of a message are a path's, a date's or a pair's in lower case: the pattern reads only the lines
        // where a capital stands on both sides of one.
        for (int slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
            if (slash < searched || slash + 1 >= text.length()
                    || !Character.isUpperCase(text.charAt(slash - 1)) || !Character.isUpperCase(text.charAt(slash + 1))) {
                continue;
            }
            int line = Characters.lineStart(text, slash);
            searched = Characters.lineEnd(text, slash);
            m = m == null ? NAME.matcher(text) : m;
            m.region(line, searched);
            while (m.find()) {
                if (m.group(3) != null || labelledLine(text, m.start()) || cued(text, lexicon, line, m)) {
                    add(text, lexicon, m.start(1), m.end(1), findings);
                    add(text, lexicon, m.start(2), m.end(2), findings);
                }
            }
        }
    }

    /**
     * A cue stands before the name, and one part of it is longer than an abbreviation's three letters: a host's name
     * can be changed to "TCP/IP" too, and a gate's event log names routes ("HEL/ARN"). Not two common words that no
     * list reads as a name: a group's or a folder's name changes too ("Group name changed to FINANCE/PAYROLL").
     */
    private static boolean cued(String text, NameLexicon lexicon, int line, Matcher m) {
        return (m.end(1) - m.start(1) > SHORT || m.end(2) - m.start(2) > SHORT) && CUE.matcher(text).region(line, m.start()).find()
                && !(onlyWords(text, lexicon, m.start(1), m.end(1)) && onlyWords(text, lexicon, m.start(2), m.end(2)));
    }

    /** Each word of {@code text[start, end)} in capitals is a common English word with no name reading. */
    private static boolean onlyWords(String text, NameLexicon lexicon, int start, int end) {
        for (int from = start; from < end; ) {
            int space = text.indexOf(' ', from);
            int to = space < 0 || space > end ? end : space;
            var form = NamesInCapitals.capitalisedForm(text, from, to);
            var w = lexicon.lookup(form, 0, form.length());
            if (w != null && NameWords.isAnyName(w) || !EnglishWords.contains(form, 0, form.length())) {
                return false;
            }
            from = to + 1;
        }
        return true;
    }

    /** The line before the name, up to it, opens with a label of travellers. */
    private static boolean labelledLine(String text, int start) {
        int line = Characters.lineStart(text, start);
        return LABEL.matcher(text).region(line == 0 ? 0 : line - 1, start).find();
    }

    /** One part of the name; a single word's value is its base form, so one person keeps one placeholder. */
    private static void add(String text, NameLexicon lexicon, int start, int end, List<Finding> findings) {
        var part = text.substring(start, end);
        String value = part.toLowerCase(Locale.ROOT);
        if (part.indexOf(' ') < 0) {
            var form = NamesInCapitals.capitalisedForm(part, 0, part.length());
            var w = lexicon.lookup(form, 0, form.length());
            if (w.isName() && w.base() != null) {
                value = w.base();
            }
        }
        findings.add(new Finding(EntityType.NAME, start, end, value));
    }
}
