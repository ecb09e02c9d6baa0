package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Streets named after people, with their full names, in an address: "107 Sir Thomas Longley Road, London", "92
 * King Edward Street", "Aleksis Kiven katu 48", "Paavo Nurmen tie 3". The house number says it is an address:
 * <ul>
 *   <li>after a house number, a run of two to four capitalised words that ends in a street word ({@link
 *       NotAPerson#isStreetWord}) is the street, and one capitalised word after its comma that ends the address the
 *       town ("…Road, London.", "…Street, Leeds, UK");</li>
 *   <li>a capitalised genitive, and up to two capitalised words before it, before a Finnish street word in lower case
 *       and a house number is the street ("Minna Canthin katu 36"), and so is one before a street word in a
 *       case ("Aleksis Kiven kadulla"). A person's genitive is seldom before a street word ("Matin katu").</li>
 * </ul>
 * One capitalised word before a street word is {@link NotAPerson}'s ("14 Nelson Street").
 */
final class StreetAddresses {

    private static final WordSet FINNISH_STREETS = WordSet.of(Set.of("katu", "tie", "puistokatu", "puistotie", "kuja",
            "polku", "väylä", "raitti", "bulevardi", "aukio", "tori", "kaari", "ranta", "rinne", "portti"));
    /** A street word in a case, which needs no house number after it ("asun Aleksis Kiven kadulla"). */
    private static final WordSet FINNISH_STREETS_IN_A_CASE = WordSet.of(Set.of("kadulla", "kadulle", "kadulta",
            "kadun", "puistokadulla", "puistokadulle", "puistokadun"));
    private static final int LONGEST_FINNISH_STREET = 13;

    private StreetAddresses() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t + 1 < n; t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            int end = englishStreetEnd(text, tokens, t);
            if (end < 0) {
                end = finnishStreetEnd(text, tokens, t);
            }
            if (end < 0) {
                continue;
            }
            for (int k = t; k <= end; k++) {
                names[k] = false;
            }
            // "…Road, London": the town after the street.
            int town = end + 1;
            if (town < n && tokens.start(town) == tokens.end(end) + 2 && text.charAt(tokens.end(end)) == ','
                    && tokens.isCapitalised(town) && endsTheAddress(text, tokens.end(town))) {
                names[town] = false;
            }
            t = end;
        }
    }

    /** A full stop, comma or line's end after the town, or a postcode: no surname follows ("…Road, Kim Lee"). */
    private static boolean endsTheAddress(String text, int end) {
        if (end == text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return c == '.' || c == ',' || c == '\n' || c == '\r' || c == ';'
                || c == ' ' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1));
    }

    /** The street word's index when a house number, then two to four capitalised words ending in one, begin at {@code t}. */
    private static int englishStreetEnd(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isDigit(text.charAt(start - 2))) {
            return -1;
        }
        for (int k = t + 1; k < tokens.size() && k <= t + 3 && tokens.isCapitalised(k) && tokens.spaced(k - 1, k); k++) {
            if (NotAPerson.isStreetWord(text, tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    /** The genitive's index when up to three capitalised words, the last a genitive, stand before a Finnish street word. */
    private static int finnishStreetEnd(String text, Tokens tokens, int t) {
        for (int k = t; k < tokens.size() - 1 && k <= t + 2 && tokens.isCapitalised(k) && (k == t || tokens.spaced(k - 1, k)); k++) {
            if (text.charAt(tokens.end(k) - 1) == 'n' && tokens.spaced(k, k + 1) && tokens.isLowerCase(k + 1)
                    && tokens.length(k + 1) <= LONGEST_FINNISH_STREET && isFinnishStreet(text, tokens, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isFinnishStreet(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        if (FINNISH_STREETS_IN_A_CASE.contains(text, start, end)) {
            return true;
        }
        return FINNISH_STREETS.contains(text, start, end) && end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isDigit(text.charAt(end + 1));
    }
}
