package fi.servicedesk.redaction.detection;

/**
 * The stops of a route written with dashes are places: "Matka kulki reittiä Utrecht – Belo Horizonte – Helsinki", "The
 * route was Wuhan – Batumi – Helsinki". A
 * chain is a route when one of its stops is a place no one bears (Voikko's "Helsinki", "Tampere") or a city or country
 * of {@link WorldPlaces} ("Stockholm") that no list gives as a name (not "Jordan", "Sydney"); then every stop of it, of one to four capitalised words, is a place, also a city the
 * lists read as a surname ("Pereira", "Sofia"). A route needs three stops, since "Interview – Given Surname – Role"
 * and a signature's "Name – Office" hold two dashes or one and no place no one bears. Arrows are no route's mark: a
 * hand-over between people writes them ("Kaija Mäenpää → Kaija", "Turpeinen → Kreeta"), and given names read as
 * places too (Kreeta, Crete).
 */
final class PlacesOnARoute {

    /** The longest stop, in words: "Ho Chi Minh City". */
    private static final int LONGEST_STOP = 4;
    private static final int STOPS = 3;

    private PlacesOnARoute() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int first = 0; first < n; ) {
            if (!tokens.isCapitalised(first) || !hasRouteMark(text, tokens, first)) {
                first++;
                continue;
            }
            int stops = 1;
            boolean anchored = false;
            int stopStart = first;
            int t = first;
            while (true) {
                int stopEnd = stopEnd(tokens, stopStart);
                anchored |= stopEnd == stopStart && isPlaceNoOneBears(text, tokens, words, stopStart);
                t = stopEnd;
                if (!(t + 1 < n && tokens.isCapitalised(t + 1) && routeMark(text, tokens.end(t), tokens.start(t + 1)))) {
                    break;
                }
                stops++;
                stopStart = t + 1;
            }
            if (anchored && stops >= STOPS) {
                for (int k = first; k <= t; k++) {
                    names[k] = false;
                }
            }
            first = t + 1;
        }
    }

    /** Whether a route's mark follows the stop that opens at {@code first}. */
    private static boolean hasRouteMark(String text, Tokens tokens, int first) {
        int end = stopEnd(tokens, first);
        return end + 1 < tokens.size() && routeMark(text, tokens.end(end), tokens.start(end + 1));
    }

    /** The last word of the stop opening at {@code start}: capitalised words with one space between, at most four. */
    private static int stopEnd(Tokens tokens, int start) {
        int end = start;
        while (end + 1 < tokens.size() && end - start + 1 < LONGEST_STOP && tokens.isCapitalised(end + 1) && tokens.spaced(end, end + 1)) {
            end++;
        }
        return end;
    }

    /** A place by Voikko or the gazetteer that no list gives as a name ("Helsinki", "Stockholm"; not "Jordan", "Sydney"). */
    private static boolean isPlaceNoOneBears(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return PlacesInLists.isPlaceNoOneBears(words[t])
                || WorldPlaces.contains(text, tokens.start(t), tokens.end(t)) && (words[t] == null || !words[t].isName());
    }

    /** " – " or " — " and nothing else between two stops. */
    private static boolean routeMark(String text, int from, int to) {
        if (to - from != 3 || text.charAt(from) != ' ' || text.charAt(to - 1) != ' ') {
            return false;
        }
        char mark = text.charAt(from + 1);
        return mark == '–' || mark == '—';
    }
}
