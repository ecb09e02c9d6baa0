package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word in capitals that the model alone marked is a code, not a name in capitals, where:
 * <ul>
 *   <li>it is an IATA special service request code, which a passenger list or seat map writes after the passenger's
 *       name ("QUAYE/SEYDOU MR (MEDA)", "MURONG/HAORAN MR 38A WCHR"): a closed class, and only in capitals ("Lang",
 *       "Seat" and "Meda" are names or words as written otherwise);</li>
 *   <li>it has no vowel and no letter outside A to Z ("NSMHMJ", "HPGVZN"): a booking's or a ticket's reference is
 *       written so, a name in capitals is not; a Czech surname whose vowel is a syllabic consonant has an accented one
 *       ("SMRŽ");</li>
 *   <li>it follows a word of a booking ("Bokning HPGVZN", "varaukseen EMZYGJ", "Group booking KJBFRC"): a
 *       reservation's record locator, five to eight letters and digits, which no name list reads as a name (a
 *       booking's holder is named after a compound of the word: "Varaushenkilö KORHONEN", "Bokningsnamn LINDQVIST").</li>
 * </ul>
 * The model reads a word in capitals by its shape, which a code and a passenger list's surname share. A request after
 * a passenger's title is the code even where a rule marked it.
 */
final class CodesTheModelMarked {

    /** IATA special service requests: assistance, medical, minors, pets, meals and the passenger data ones. */
    private static final Set<String> SERVICE_REQUESTS = Set.of("WCHR", "WCHS", "WCHC", "WCMP", "WCOB", "WCBD", "WCBW",
            "WCLB", "MEDA", "BLND", "DEAF", "DPNA", "UMNR", "MAAS", "STCR", "PETC", "AVIH", "SVAN", "ESAN", "OXYG",
            "EXST", "CBBG", "INFT", "CHLD", "MEQT", "FQTV", "DOCS", "DOCA", "DOCO", "CTCE", "CTCM", "CTCH", "TKNE",
            "OTHS", "SPML", "VGML", "VLML", "KSML", "MOML", "HNML", "GFML", "DBML", "BBML", "CHML", "NLML", "LCML",
            "LFML", "AVML", "FPML", "RVML", "SFML", "VJML", "VOML", "BLML", "RQST", "NSST", "GPST", "XBAG", "PDIS");
    /** A passenger's title, then a seat or an opening bracket or both, right before a request ("MR 38A ", "MRS ("). */
    private static final Pattern AFTER_PASSENGER = Pattern.compile("\\b(?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)(?: \\d{1,2}[A-K])? \\(?$");
    private static final int LONGEST_LEAD = 12;
    /** The stems of the words a booking is named by, in Finnish, Swedish and English ("varaus", "varaukseen", "bokningen"). */
    private static final String[] BOOKING_STEMS = {"varau", "bokning", "booking"};
    /** A vowelless code: "WCHR", "NSMHMJ"; not a two- or three-letter surname in capitals ("NG"). */
    private static final int SHORTEST_VOWELLESS = 4;
    private static final int SHORTEST_LOCATOR = 5;
    private static final int LONGEST_LOCATOR = 8;
    /** Vowels without their accents ("Ä" is "A"), and the two that have no accent to take off. */
    private static final String VOWELS = "AEIOUYÆØ";

    private CodesTheModelMarked() {
    }

    /** {@code ruled}: the marks before the model's; a word marked in {@code names} and not there is the model's alone. */
    static void unmark(String text, Tokens tokens, NameLexicon lexicon, boolean[] ruled, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (names[t] && Characters.inCapitals(text, start, end) && (!ruled[t] || isRequestAfterPassenger(text, tokens, t))
                    && (SERVICE_REQUESTS.contains(text.substring(start, end)) || isVowelless(text, start, end)
                    || isLocatorAfterBooking(text, tokens, t) && !readsAsName(text, start, end, lexicon))) {
                names[t] = false;
            }
        }
    }

    /**
     * "QUAYE/SEYDOU MR (MEDA)", "MURONG/HAORAN MR 38A WCHR": a request after the passenger's title, with or without the
     * seat between, is the code even where a rule read it as a surname in capitals ("Meda"), as no surname follows a
     * passenger's title in a list that writes the surname first.
     */
    private static boolean isRequestAfterPassenger(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        return SERVICE_REQUESTS.contains(text.substring(start, tokens.end(t)))
                && AFTER_PASSENGER.matcher(text.substring(Math.max(0, start - LONGEST_LEAD), start)).find();
    }

    private static boolean isVowelless(String text, int start, int end) {
        if (end - start < SHORTEST_VOWELLESS) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 'Z' || VOWELS.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean readsAsName(String text, int start, int end, NameLexicon lexicon) {
        var form = NamesInCapitals.capitalisedForm(text, start, end);
        var w = lexicon.lookup(form, 0, form.length());
        return w != null && NameWords.isAnyName(w);
    }

    private static boolean isLocatorAfterBooking(String text, Tokens tokens, int t) {
        if (t == 0 || !tokens.spaced(t - 1, t) || tokens.length(t) < SHORTEST_LOCATOR || tokens.length(t) > LONGEST_LOCATOR) {
            return false;
        }
        String before = text.substring(tokens.start(t - 1), tokens.end(t - 1)).toLowerCase(Locale.ROOT);
        for (var stem : BOOKING_STEMS) {
            if (before.contains(stem)) {
                return true;
            }
        }
        return false;
    }
}
