package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Clubs are named after places and people ("Aston Villa", "Jokerit", "Inter"): two capitalised names on either
 * side of a match's word are teams, not people. "vs" and "versus" always join two sides of a match ("Jokerit vs
 * Kärpät"); a verb of winning or meeting ("beat", "voitti", "mötte") does when the sentence watches a match ("we
 * watched Leeds beat Everton", "katsoimme, kun Ilves kaatoi Tapparan", "vi såg Hammarby möta Malmö"); elsewhere
 * "Anna beat Matti at chess" are people.
 */
final class TeamsInMatches {

    private static final WordSet ALWAYS = WordSet.of(Set.of("vs", "versus"));
    private static final WordSet VERBS = WordSet.of(Set.of("beat", "beats", "defeated", "played", "plays", "faced",
            "faces", "drew", "voitti", "voittaa", "kaatoi", "hävisi", "pelasi", "kohtasi", "möta", "möter", "mötte",
            "slog", "vann", "spelade"));
    /** Words of watching a match or of the match itself, anywhere before the sides in the sentence. */
    private static final WordSet WATCHING = WordSet.of(Set.of("watched", "watching", "watch", "saw", "match", "game",
            "final", "derby", "katsoimme", "katsoin", "katsoi", "seurasimme", "seurasin", "ottelu", "ottelussa",
            "ottelun", "matsi", "matsissa", "finaali", "finaalissa", "såg", "tittade", "matchen", "finalen"));
    /** The longest run of capitalised words one side takes ("Wolverhampton Wanderers", "Real Madrid CF"). */
    private static final int LONGEST_SIDE = 3;

    private TeamsInMatches() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int c = 1; c + 1 < tokens.size(); c++) {
            if (tokens.isLowerCase(c) && tokens.isCapitalised(c - 1) && tokens.isCapitalised(c + 1) && tokens.spaced(c - 1, c)
                    && (tokens.spaced(c, c + 1) || text.charAt(tokens.end(c)) == '.')
                    && (ALWAYS.contains(text, tokens.start(c), tokens.end(c))
                    || VERBS.contains(text, tokens.start(c), tokens.end(c)) && watchesBefore(text, tokens, c))) {
                for (int k = c - 1; k >= 0 && c - k <= LONGEST_SIDE && tokens.isCapitalised(k) && (k == c - 1 || tokens.spaced(k, k + 1)); k--) {
                    names[k] = false;
                }
                for (int k = c + 1; k < tokens.size() && k - c <= LONGEST_SIDE && tokens.isCapitalised(k) && (k == c + 1 || tokens.spaced(k - 1, k)); k++) {
                    names[k] = false;
                }
            }
        }
    }

    private static boolean watchesBefore(String text, Tokens tokens, int c) {
        for (int k = c - 1; k >= 0; k--) {
            if (WATCHING.contains(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
            if (tokens.beginsSentence(k)) {
                return false;
            }
        }
        return false;
    }
}
