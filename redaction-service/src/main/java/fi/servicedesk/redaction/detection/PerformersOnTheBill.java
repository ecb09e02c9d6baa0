package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The act a guest list or an event line is for is named as the event, not as a person: the items of a guest list's
 * title or an event line after its label, where the line also names a venue and a date ("VIERASLISTA – Kaija Koo,
 * Musiikkitalo 15.10.2027", "GUEST LIST – Lewis Capaldi, Usher Hall, 2026-10-13", "Event: Sam Fender, Bridgewater
 * Hall, 9 March 2027"). Only a ticket office writes a show so. An event line's label means an event only where the
 * message speaks of shows or tickets. People stay: a line without a capitalised venue after the act and a date (a log's
 * "Event: Anna Virtanen, account locked", a private party's "Event: Anna Lee, 40th birthday party"), an item with a
 * word in lower case ("järjestäjä Anna Virtanen"), the list under the title, the sender ("Lähettäjä: kiertuemanageri
 * …"). A word of performing or of calling a show off is no cue: a pupil performs at a school's spring concert
 * ("esiintyjänä Aino Virtanen (9 v.)"), a customer calls off a tradesman's "keikka" or a presentation ("perui
 * esityksen"), and an employee a "performance review".
 */
final class PerformersOnTheBill {

    /** Words of a label naming the event or its act before the colon ("Event:", "Esiintyjät tänään:"). */
    private static final WordSet LABELS = WordSet.of(Set.of("esiintyjä", "esiintyjät", "artisti", "artistit", "artist",
            "artists", "artister", "performer", "performers", "headliner", "headliners", "event", "tapahtuma",
            "evenemang", "konsertti", "konsert", "concert", "keikka", "gig", "festival", "festivaali", "lineup"));
    /** The title of a guest list, whose first items are the act and the venue. */
    private static final WordSet GUEST_LISTS = WordSet.of(Set.of("vieraslista", "guestlist", "gästlista"));
    /** The most words before a label's colon ("Esiintyjät tänään:"). */
    private static final int LONGEST_LABEL = 3;
    /**
     * Words of shows and tickets: an event line's label names an event only in a message with one; not "tour" (also
     * "tourist"), nor a wristband's words, which a private party's guests wear too.
     */
    private static final String[] EVENT_WORDS = {"konsert", "concert", "keikka", "keikan", "keikalle", " gig",
        "festiva", "kiertue", "turné", "esiintyj", "performer", "lippu", "liput", "lipun", "biljett", "vieraslista",
        "guest list", "gästlista"};
    /** A show's date: "15.10.2027", "15.10.", "2026-10-13", "9 March 2027", "9. mars 2027". */
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2}\\.\\d{1,2}\\.(\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.? \\p{L}+ \\d{4})");

    private PerformersOnTheBill() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        Boolean aboutShows = null;
        for (int t = 0; t < tokens.size(); t++) {
            if (!tokens.beginsSentence(t)) {
                continue;
            }
            boolean titled = isGuestListTitle(text, tokens, t);
            if (!titled && isEventLabel(text, tokens, t)) {
                aboutShows = aboutShows != null ? aboutShows : speaksOfShows(text);
                titled = aboutShows;
            }
            if (titled && namesAVenueAndADate(text, tokens, t)) {
                unmarkItems(text, tokens, names, t);
            }
        }
    }

    /**
     * The line from {@code t} has a date, and after its first comma a capitalised word: the venue after the act
     * ("Kaija Koo, Musiikkitalo 15.10.2027", "Lewis Capaldi, the O2, 2026-02-28"), not what befell a person ("Anna
     * Lee, 40th birthday party, 12.3.2027").
     */
    private static boolean namesAVenueAndADate(String text, Tokens tokens, int t) {
        int lineEnd = lineEnd(text, tokens.start(t));
        int comma = text.indexOf(',', tokens.start(t));
        if (comma < 0 || comma > lineEnd || !DATE.matcher(text.substring(tokens.start(t), lineEnd)).find()) {
            return false;
        }
        String venue = text.substring(comma + 1, lineEnd).stripLeading();
        venue = venue.startsWith("the ") ? venue.substring(4) : venue;
        return !venue.isEmpty() && Character.isUpperCase(venue.charAt(0));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** "VIERASLISTA – ", "GUEST LIST – ", "Gästlista: ". */
    private static boolean isGuestListTitle(String text, Tokens tokens, int t) {
        int last = GUEST_LISTS.contains(text, tokens.start(t), tokens.end(t)) ? t
                : tokens.is(t, "guest") && t + 1 < tokens.size() && tokens.is(t + 1, "list") && tokens.spaced(t, t + 1)
                ? t + 1 : -1;
        if (last < 0) {
            return false;
        }
        String after = text.substring(tokens.end(last), Math.min(text.length(), tokens.end(last) + 3));
        return after.startsWith(" – ") || after.startsWith(" - ") || after.startsWith(":");
    }

    /** A line's label of at most {@link #LONGEST_LABEL} words, one of them an event's or an act's, before its colon. */
    private static boolean isEventLabel(String text, Tokens tokens, int t) {
        boolean named = false;
        for (int k = t; k < tokens.size() && k - t < LONGEST_LABEL; k++) {
            named |= LABELS.contains(text, tokens.start(k), tokens.end(k));
            if (text.startsWith(":", tokens.end(k))) {
                return named;
            }
            if (k + 1 < tokens.size() && !tokens.spaced(k, k + 1)) {
                return false;
            }
        }
        return false;
    }

    private static boolean speaksOfShows(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (var word : EVENT_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The items of the line after its label or title, parted by commas, up to a parenthesis, a semicolon or the
     * sentence's end: each of capitalised words alone is the act's, the event's or the venue's ("Lewis Capaldi",
     * "Usher Hall").
     */
    private static void unmarkItems(String text, Tokens tokens, boolean[] names, int label) {
        int lineEnd = lineEnd(text, tokens.start(label));
        int k = label + 1;
        while (k < tokens.size() && tokens.start(k) < lineEnd
                && !text.substring(tokens.end(label), tokens.start(k)).matches(".*[:–-].*")) {
            k++;
        }
        while (k < tokens.size() && tokens.start(k) < lineEnd) {
            int first = k;
            boolean onlyCapitals = true;
            for (; k < tokens.size() && tokens.start(k) < lineEnd; k++) {
                onlyCapitals &= tokens.isCapitalised(k) || NameWords.isInitial(text, tokens, k) || tokens.is(k, "the")
                        || tokens.is(k, "and");
                if (k + 1 < tokens.size()
                        && endsItem(text, tokens.end(k), tokens.start(k + 1), NameWords.isInitial(text, tokens, k))) {
                    break;
                }
            }
            int last = Math.min(k, tokens.size() - 1);
            if (onlyCapitals) {
                for (int m = first; m <= last; m++) {
                    names[m] = false;
                }
            }
            if (k + 1 >= tokens.size() || stopsItems(text, tokens.end(k), tokens.start(k + 1))) {
                return;
            }
            k++;
        }
    }

    /** A comma, a parenthesis, a semicolon or a sentence's full stop between the words ends an item. */
    private static boolean endsItem(String text, int from, int to, boolean afterInitial) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '(' || c == ';' || c == '\n' || Character.isDigit(c) || c == '.' && !afterInitial) {
                return true;
            }
        }
        return false;
    }

    /** A parenthesis, a line's or a sentence's end: the line's items end. */
    private static boolean stopsItems(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean fullStop = c == '.' && i + 1 < to && text.charAt(i + 1) == ' '
                    && !Character.isDigit(text.charAt(i - 1));
            if (c == '(' || c == '\n' || c == ';' || fullStop) {
                return true;
            }
        }
        return false;
    }

}
