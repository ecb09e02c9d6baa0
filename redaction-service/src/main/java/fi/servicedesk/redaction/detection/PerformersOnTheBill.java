package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * The act a ticket, a guest list or a cancelled show is for is named as the event, not as a person: after the word of
 * performing ("esiintyjänä Kaija Koo", "featuring Sam Fender"), in an event line's items after its label ("Event: Sam
 * Fender, Bridgewater Hall, 9 March 2027", "Tapahtuma: Qstock, Logomo", "Esiintyjät tänään: Paula Vesala, päälava"),
 * in a guest list's title ("VIERASLISTA – Kaija Koo, Musiikkitalo 15.10.2027", "GUEST LIST – Lewis Capaldi, Usher
 * Hall"), and before a verb of calling a show off ("Håkan Hellström ställde in konserten", "Eppu Normaali perui
 * keikan", "Sam Fender cancelled the show"). An event line's label means an event only where the message speaks of
 * shows or tickets (a log's "Event: Anna Virtanen, locked out" is a person's). People stay: an item with a word in
 * lower case ("järjestäjä Anna Virtanen"), the list under the title, the sender ("Lähettäjä: kiertuemanageri …"), a
 * verb of cancelling a ticket or an order ("Anna Virtanen perui tilauksen").
 */
final class PerformersOnTheBill {

    /** The act after these words is who performs. */
    private static final WordSet PERFORMING = WordSet.of(Set.of("esiintyjänä", "esiintyjinä", "pääesiintyjänä",
            "pääesiintyjinä", "featuring", "starring", "headlined"));
    /** Words of a label naming the event or its act before the colon ("Event:", "Esiintyjät tänään:"). */
    private static final WordSet LABELS = WordSet.of(Set.of("esiintyjä", "esiintyjät", "artisti", "artistit", "artist",
            "artists", "artister", "performer", "performers", "headliner", "headliners", "event", "tapahtuma",
            "evenemang", "konsertti", "konsert", "concert", "keikka", "gig", "festival", "festivaali", "lineup"));
    /** The title of a guest list, whose first items are the act and the venue. */
    private static final WordSet GUEST_LISTS = WordSet.of(Set.of("vieraslista", "guestlist", "gästlista"));
    /** The most words before a label's colon ("Esiintyjät tänään:"). */
    private static final int LONGEST_LABEL = 3;
    /** Verbs of calling off, before the show's word. */
    private static final WordSet CANCELLING = WordSet.of(Set.of("perui", "peruu", "perunut", "ställde",
            "ställer", "cancelled", "canceled", "cancels", "postponed"));
    /** What is called off: a show, not a ticket or an order ("perui keikan", "ställde in konserten", "cancelled the gig"). */
    private static final WordSet SHOWS = WordSet.of(Set.of("keikan", "keikkansa", "konsertin", "konserttinsa",
            "esityksen", "esityksensä", "konserten", "spelningen", "showen", "turnén", "föreställningen", "show",
            "gig", "concert", "performance"));
    /** Words of shows and tickets: an event line's label names an event only in a message with one. */
    private static final String[] EVENT_WORDS = {"konsert", "concert", "keikka", "keikan", "keikalle", " gig", "festiva",
        "kiertue", "turné", " tour", "esiintyj", "ranneke", "rannekk", "wristband", "armband", "performer", "lippu",
        "liput", "lipun", "biljett", "vieraslista", "guest list", "gästlista"};

    private PerformersOnTheBill() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        Boolean aboutShows = null;
        for (int t = 0; t < tokens.size(); t++) {
            if (PERFORMING.contains(text, tokens.start(t), tokens.end(t))) {
                unmarkActAfter(text, tokens, names, t + 1);
            } else if (tokens.beginsSentence(t) && isGuestListTitle(text, tokens, t)) {
                unmarkItems(text, tokens, names, t);
            } else if (tokens.beginsSentence(t) && isEventLabel(text, tokens, t)) {
                aboutShows = aboutShows != null ? aboutShows : speaksOfShows(text);
                if (aboutShows) {
                    unmarkItems(text, tokens, names, t);
                }
            } else if (CANCELLING.contains(text, tokens.start(t), tokens.end(t)) && callsOffAShow(text, tokens, t)) {
                ToursAndTributes.unmarkActBefore(text, tokens, names, t);
            }
        }
    }

    /** "VIERASLISTA – ", "GUEST LIST – ", "Gästlista: ". */
    private static boolean isGuestListTitle(String text, Tokens tokens, int t) {
        int last = GUEST_LISTS.contains(text, tokens.start(t), tokens.end(t)) ? t
                : tokens.is(t, "guest") && t + 1 < tokens.size() && tokens.is(t + 1, "list") && tokens.spaced(t, t + 1) ? t + 1 : -1;
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
     * The items of the line after its label or title, parted by commas, up to a parenthesis, a semicolon or the sentence's
     * end: each of capitalised words alone is the act's, the event's or the venue's ("Lewis Capaldi", "Usher Hall").
     */
    private static void unmarkItems(String text, Tokens tokens, boolean[] names, int label) {
        int lineEnd = text.indexOf('\n', tokens.start(label));
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int k = label + 1;
        while (k < tokens.size() && tokens.start(k) < lineEnd && !text.substring(tokens.end(label), tokens.start(k)).matches(".*[:–-].*")) {
            k++;
        }
        while (k < tokens.size() && tokens.start(k) < lineEnd) {
            int first = k;
            boolean onlyCapitals = true;
            for (; k < tokens.size() && tokens.start(k) < lineEnd; k++) {
                onlyCapitals &= tokens.isCapitalised(k) || NameWords.isInitial(text, tokens, k) || tokens.is(k, "the")
                        || tokens.is(k, "and");
                if (k + 1 < tokens.size() && endsItem(text, tokens.end(k), tokens.start(k + 1), NameWords.isInitial(text, tokens, k))) {
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
            if (c == '(' || c == '\n' || c == ';' || c == '.' && i + 1 < to && text.charAt(i + 1) == ' ' && !Character.isDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The act after the word of performing: capitalised words and initials, as {@link ToursAndTributes} joins them. */
    private static void unmarkActAfter(String text, Tokens tokens, boolean[] names, int first) {
        for (int k = first, taken = 0; k < tokens.size() && taken < ToursAndTributes.LONGEST_ACT; k++) {
            if (k > first && !(tokens.spaced(k - 1, k) || NameWords.isInitial(text, tokens, k - 1)
                    && text.startsWith(". ", tokens.end(k - 1)) || text.startsWith(" + ", tokens.end(k - 1)))) {
                return;
            }
            if (tokens.isCapitalised(k) || NameWords.isInitial(text, tokens, k)) {
                names[k] = false;
                taken++;
            } else if (!(tokens.is(k, "and") || tokens.is(k, "the"))) {
                return;
            }
        }
    }

    /** "perui keikan", "ställde in konserten", "cancelled the show", "cancelled their gig". */
    private static boolean callsOffAShow(String text, Tokens tokens, int verb) {
        int k = verb + 1;
        while (k < tokens.size() && k - verb <= 2 && (tokens.is(k, "in") || tokens.is(k, "the") || tokens.is(k, "their")
                || tokens.is(k, "his") || tokens.is(k, "her") || tokens.is(k, "tonight's"))) {
            k++;
        }
        return k < tokens.size() && SHOWS.contains(text, tokens.start(k), tokens.end(k));
    }
}
