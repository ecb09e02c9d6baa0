package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Names that are no one's in the message: set phrases and works known by a person's name ("robbing Peter to pay Paul",
 * "the Mona Lisa", "a Jekyll and Hyde", "Ben Nevis", "Matti Meikäläinen"), a mountain after a verb of climbing ("We
 * climbed Ben Lomond", "kiipesi Saanalle"), a song after a verb of playing ("keeps playing Roxanne", "radiossa soi
 * Hymyilevä Apollo") and a tool after a verb of building with it ("built with Jekyll", "made with Hugo", "sivusto tehdään
 * Hugolla"). The phrases are written whole, in their case, so a person who bears one of their names alone stays one.
 */
final class EponymousExpressions {

    /** Idioms, works, characters, placeholders and mountains of a person's name, as written. */
    private static final List<String> PHRASES = List.of("Mona Lisa", "Peter to pay Paul", "Jekyll and Hyde", "Dr Jekyll",
            "Dr. Jekyll", "Mr Hyde", "Mr. Hyde", "Ben Nevis", "Ben Lomond", "Big Ben", "Uncle Sam", "Peeping Tom",
            "Doubting Thomas", "Bloody Mary", "Tom, Dick and Harry", "John Doe", "Jane Doe", "Joe Bloggs", "Average Joe",
            "Santa Claus", "Jack Frost", "Jack of all trades", "Bob's your uncle", "Mont Blanc", "Matti Meikäläinen",
            "Maija Meikäläinen", "Aku Ankka", "Musta Pekka", "Kalle Anka", "Pelle Peloton", "Mikki Hiiri");
    /** The phrases by their first character (an ASCII capital, from 64 on): a place is compared only with its own. */
    private static final String[][] PHRASES_BY_OPENING = byOpening(PHRASES);
    /** Verbs after which a capitalised run is a mountain, a song or a tool (in lower case, as written). */
    private static final WordSet CLIMBING = WordSet.of(Set.of("climbed", "climb", "climbing", "hiked", "kiipesi",
            "kiipesimme", "kiipesin", "kiipeää", "kiivettiin", "kiipeämme"));
    /** Not "soittaa", "soitti": also "to call" someone. */
    private static final WordSet PLAYING = WordSet.of(Set.of("playing", "plays", "played", "soi"));
    private static final WordSet BUILT = WordSet.of(Set.of("tehdään", "tehty", "tehtiin", "rakennettu", "rakennetaan",
            "kirjoitettu", "kirjoitetaan", "toteutettu", "toteutetaan"));
    private static final List<String> BUILT_WITH = List.of("built with ", "made with ", "written with ",
            "generated with ", "rendered with ");

    private EponymousExpressions() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        // One pass with a test of the character, not a search of the message for each phrase.
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c < 64 || c >= 128) {
                continue;
            }
            for (var phrase : PHRASES_BY_OPENING[c - 64]) {
                int end = at + phrase.length();
                // Whole words only: "Ben Nevisson" is a person.
                if (text.startsWith(phrase, at) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    unmarkSpan(tokens, names, at, end);
                }
            }
        }
        for (int t = 1; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && tokens.spaced(t - 1, t) && tokens.isLowerCase(t - 1)
                    && isFrame(text, tokens, words, t)) {
                for (int r = t; r < tokens.size() && r < t + 3 && tokens.isCapitalised(r) && (r == t || tokens.spaced(r - 1, r)); r++) {
                    names[r] = false;
                }
            }
        }
    }

    private static boolean isFrame(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t - 1);
        int end = tokens.end(t - 1);
        if (CLIMBING.contains(text, start, end) && !followedByWith(text, tokens, t)) {
            return true;
        }
        if (PLAYING.contains(text, start, end)) {
            return !text.startsWith("'s", tokens.end(t)) && !text.startsWith("’s", tokens.end(t));
        }
        if (BUILT.contains(text, start, end) && isAdessive(text, tokens, t)) {
            return true;
        }
        for (var builtWith : BUILT_WITH) {
            if (tokens.start(t) >= builtWith.length() && text.startsWith(builtWith, tokens.start(t) - builtWith.length())) {
                return true;
            }
        }
        return false;
    }

    /** "Hugolla", "Jasminella": the adessive, with which a thing is made (a person would be "Hugon toimesta"). */
    private static boolean isAdessive(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return tokens.length(t) > 4 && (text.startsWith("lla", end - 3) || text.startsWith("llä", end - 3));
    }

    /** "climbed with Maija": a person goes along. */
    private static boolean followedByWith(String text, Tokens tokens, int t) {
        return t + 1 < tokens.size() && (tokens.is(t + 1, "kanssa") || tokens.is(t + 1, "with"));
    }

    private static String[][] byOpening(List<String> phrases) {
        var filed = new String[64][0];
        for (var phrase : phrases) {
            char c = phrase.charAt(0);
            if (c < 64 || c >= 128) {
                throw new IllegalArgumentException("not a capital: " + phrase);
            }
            var same = filed[c - 64];
            filed[c - 64] = Arrays.copyOf(same, same.length + 1);
            filed[c - 64][same.length] = phrase;
        }
        return filed;
    }

    private static void unmarkSpan(Tokens tokens, boolean[] names, int start, int end) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.start(t) >= start && tokens.end(t) <= end) {
                names[t] = false;
            }
        }
    }
}
