package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A login of letters only right after its cue that is made of no name the lexicon knows ("käyttäjätunnukseni on
 * jedstrom", "my username is msavander", "VPN: user eikola"): a login is made of its owner's name, which the
 * lists may not hold, and a word in its place that no dictionary knows is the login (R8.2). What follows a cue as an
 * ordinary word is none: a Finnish word Voikko knows ("tunnus lukossa"), a common English word ("username is wrong",
 * which {@link UsernameDetector} rejects before), or one of the Swedish words a cue is followed by ("användarnamnet är
 * fel").
 */
final class PlainLogins {

    /** The Swedish words that follow a user name's cue in a sentence about it. */
    private static final Set<String> SWEDISH = Set.of("fel", "spärrat", "spärrad", "låst", "låsta", "ogiltigt", "okänt",
            "borta", "inte", "och", "eller", "som", "med", "för", "till", "har", "blev", "glömt", "samma");
    /** The fewest letters of such a login: shorter words of other languages than these are too many. */
    private static final int SHORTEST = 4;

    private PlainLogins() {
    }

    /** Whether the letters {@code text[start, end)}, a word in lower case after a login's cue, are a login. */
    static boolean isLogin(String text, int start, int end, NameLexicon.Word whole) {
        return end - start >= SHORTEST && !whole.isKnown() && !SWEDISH.contains(text.substring(start, end));
    }

    /** "doesn't", "isn’t": an English word's contraction, which a login's pattern reads up to its apostrophe. */
    static boolean contracted(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’') && Character.isLetter(text.charAt(end + 1));
    }
}
