package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * A quiz's or game's PIN ("Kahoot PIN 4821937", "game PIN: 553 120", "peli-PIN 0417"): the code that lets anyone into
 * a round identifies no one and opens no account, as a conference's PIN does not; no credential (R8.2).
 */
final class GamePins {

    /** The words before "PIN" that make it a game's, in lower case. */
    private static final Set<String> GAMES = Set.of("kahoot", "game", "peli", "spel", "quiz", "lobby", "gimkit", "blooket",
            "mentimeter", "menti");

    private GamePins() {
    }

    /** Whether the word before the PIN's cue at {@code cue}, joined by a space or hyphen, names a game or quiz. */
    static boolean before(String text, int cue) {
        int end = cue;
        if (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '-')) {
            end--;
        }
        int start = end;
        while (start > 0 && Characters.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end < cue && start < end && GAMES.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
