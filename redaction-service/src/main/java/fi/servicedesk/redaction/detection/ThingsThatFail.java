package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * What opens a clause and then fails or stands the way software, a service or a ticket does is a thing, not
 * a person, whatever names it holds: "Niamh here, Cassandra won't open", "Posti ei aukea.", "Ruby on
 * Rails won't load", "Wells Fargo is down again", "Toivo-hanke ei aukea", "Per Säde, Morgan Stanley is
 * end-of-life", "Kuulin, että Jenkins kaatuu joka aamu", "Jack Daniel's keeps crashing" (a firm's possessive
 * name with nothing after it). People do not "load" or "boot"; the phrase must end the clause ("Matti ei toimi niin" is not a failure), and the subject is
 * at most four words from the clause's start (a conjunction such as "että" or "but" opens one, and so does a verb of
 * saying: "Jim says Wells Fargo is down"), capitalised but for "on"/"of" inside and a noun in lower
 * case last in English ("Bill of materials", "Amber alert"; in Finnish that is an owner's: "Harjun kone ei
 * käynnisty"), so "Jim says Wells Fargo is down" keeps Jim. A person can be down, fall, not start, be stuck,
 * sorted or ok too: a given name alone before one of those stays a name ("Pekka is down.", "Pekka kaatui").
 */
final class ThingsThatFail {

    /**
     * Failures and states of software and services as service-desk tickets describe them in English and
     * Finnish, and those a fix or an alert reports: general phrases of the trade, said of a thing, with no product's
     * name listed; those said of a person too are {@link #SAID_OF_PEOPLE}.
     */
    private static final String[] ENGLISH_FAILURES = {
            " is down for maintenance", " won't open", " won't load", " won't start", " won't launch",
            " won't sync", " won't connect", " is down", " keeps crashing", " crashing", " fell over", " still open",
            " is end-of-life", " still pending", " needs sign-off", " ok now", " works now", " is sorted",
            // after a fix or an alert: "Jenkins patched, Rasmussen to verify", "Alexa reinstalled", "Julia unaffected"
            " is flaky", " are flaky", " is back up", " patched", " reimaged", " re-imaged", " reinstalled",
            " unaffected", " locked",
            // what a system suffers: "Siri is on its last legs"; "Jarvis won't save" is said of people too
            " won't save", " is on its last legs"};
    /** As {@link #ENGLISH_FAILURES}; in Finnish a thing's subject ends at its name ("Harjun kone ei käynnisty" is Harju's). */
    private static final String[] FINNISH_FAILURES = {" ei toimi", " ei aukea", " ei avaudu", " ei lataudu", " ei käynnisty",
            " on nurin", " on jumissa", " ei vieläkään toimi", " yhä rikki", " on rikki", " kaatuu", " kaatui",
            " asennettu uudelleen",
            " on korjattu", " toimii taas",
            // a system's speed and state: "Cassandra vastaa hitaasti", "Hudson taas pystyssä", "Alfred ei tallenna"
            " vastaa hitaasti", " taas pystyssä", " on taas pystyssä", " ei tallenna"};
    /**
     * Failures said of people too ("Pekka is down", "Pekka won't start until Monday", "Mikko vastaa hitaasti tänään",
     * "Pekka on taas pystyssä", "Sarah won't save"), of {@link #ENGLISH_FAILURES} and {@link #FINNISH_FAILURES}.
     */
    private static final Set<String> SAID_OF_PEOPLE = Set.of(" is down", " fell over", " won't start", " on jumissa",
            " needs sign-off", " ok now", " is sorted", " kaatuu", " kaatui", " locked",
            " unaffected", " toimii taas", " vastaa hitaasti", " taas pystyssä", " on taas pystyssä", " ei tallenna",
            " won't save");
    /** Words that may follow a failure before the clause ends ("is down again", "ei toimi taas"). */
    private static final String[] AFTER_FAILURES = {" again", " yet", " today", " tonight", " as well", " every morning", " taas", " vieläkään",
            " tänään", " joka aamu", " still", " yhä", " edelleen"};
    /**
     * Conjunctions after which a clause begins ("Kuulin, että Posti kaatuu", "mutta Jenkins ei vieläkään toimi"), and
     * verbs of saying, after which English and spoken Finnish leave "that" out ("Jim says Wells Fargo is down").
     */
    private static final WordSet CLAUSE_OPENERS = WordSet.of(Set.of("että", "mutta", "kun", "koska", "that", "but", "because", "when",
            "says", "said", "reckons", "thinks", "sanoo", "sanoi", "kertoo", "kertoi"));
    private static final int LONGEST_SUBJECT = 4;

    private ThingsThatFail() {
    }

    /** Takes the name off every word of a subject that fails as a thing does. */
    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            if (!names[t]) {
                continue;
            }
            int last = lastOfFailingSubject(text, tokens, t);
            if (last < 0 || last == t && isGivenNameSaidOfPeople(text, tokens, words[t], t)) {
                continue;
            }
            int first = t;
            while (first > 0 && last - first + 1 < LONGEST_SUBJECT && tokens.spaced(first - 1, first) && tokens.isCapitalised(first - 1)) {
                first--;
            }
            if (tokens.isCapitalised(first) && (NotAPerson.beginsClause(text, tokens, first) || afterClauseOpener(text, tokens, first))) {
                for (int s = first; s <= last; s++) {
                    names[s] = false;
                }
                t = last;
            }
        }
    }

    /** "Pekka is down.": a given name alone before a failure said of people too, which a thing's noun does not follow. */
    private static boolean isGivenNameSaidOfPeople(String text, Tokens tokens, NameLexicon.Word w, int t) {
        if (w == null || !w.is(NameLexicon.Word.FIRST)) {
            return false;
        }
        // the phrase that failed, not a shorter one it opens with ("is down for maintenance" is no person's)
        int start = tokens.end(t);
        int end = Math.max(endOfLongestAt(text, start, ENGLISH_FAILURES), endOfLongestAt(text, start, FINNISH_FAILURES));
        return end >= 0 && SAID_OF_PEOPLE.contains(text.substring(start, end));
    }

    /** The subject's last word if a failure follows within {@link #LONGEST_SUBJECT} words of {@code t}, else -1. */
    private static int lastOfFailingSubject(String text, Tokens tokens, int t) {
        for (int k = t; k < tokens.size() && k - t < LONGEST_SUBJECT; k++) {
            // Cheap first: a failure follows a space.
            int end = tokens.end(k);
            if (end < text.length() && text.charAt(end) == ' '
                    && (failsAt(text, end, ENGLISH_FAILURES) || tokens.isCapitalised(k) && failsAt(text, end, FINNISH_FAILURES))) {
                return k;
            }
            boolean inside = tokens.isCapitalised(k) || k > t && (tokens.is(k, "on") || tokens.is(k, "of") || isPossessive(text, tokens, k));
            if (!inside || k + 1 >= tokens.size() || !tokens.spaced(k, k + 1) && !isPossessive(text, tokens, k + 1)) {
                return -1;
            }
        }
        return -1;
    }

    /** The "s" of a firm's possessive name, which no noun follows: "Jack Daniel's keeps crashing", "McDonald's is down". */
    private static boolean isPossessive(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        return tokens.length(t) == 1 && text.charAt(start) == 's' && start >= 2 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
                && tokens.end(t - 1) == start - 1 && tokens.isCapitalised(t - 1);
    }

    private static boolean afterClauseOpener(String text, Tokens tokens, int t) {
        return t > 0 && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1) && CLAUSE_OPENERS.contains(text, tokens.start(t - 1), tokens.end(t - 1));
    }

    /** A failure at {@code i}, which ends the clause, perhaps after "again" or "taas". */
    private static boolean failsAt(String text, int i, String[] failures) {
        int end = endOfLongestAt(text, i, failures);
        return end >= 0 && endsClause(text, end);
    }

    /** Where the longest of {@code failures} that starts at {@code i} ends, or -1 when none does. */
    private static int endOfLongestAt(String text, int i, String[] failures) {
        int end = -1;
        for (var failure : failures) {
            if (text.startsWith(failure, i)) {
                end = Math.max(end, i + failure.length());
            }
        }
        return end;
    }

    private static boolean endsClause(String text, int i) {
        for (var word : AFTER_FAILURES) {
            if (text.startsWith(word, i)) {
                i += word.length();
                break;
            }
        }
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == '"' || c == '\n' || c == '\r';
    }
}
