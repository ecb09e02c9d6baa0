package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets users type into a service-desk chat: the word after "salasana(ni) on", "password is",
 * "pw:", "PIN (code)", and the pair after "tunnus ja salasana" / "username and password" (the
 * first word is the user name, the second the secret). What follows the cue is a secret unless
 * it is an ordinary word about the secret ("salasana on vanhentunut", "password is expired").
 */
public final class CredentialDetector implements Detector {

    private static final String SECRET = "[\"'“”‘’]?([^\\s\"'“”‘’&]{2,64}?)[\"'“”‘’]?(?=\\s|&|[.,;:)](?:\\s|$)|$)";
    private static final Pattern PASSWORD = Pattern.compile(
            "(?<![\\p{L}?&;])(?:salasana(?:ni|si)?|salasanan[ia]?|passu(?:ni)?|password|passwd|passcode|pwd|pw|salis)"
                    + "(?:\\s+(?:on|oli|is|was|olisi|=|:)|\\s*[:=])\\s*(?:nyt\\s+|now\\s+)?" + SECRET,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PIN = Pattern.compile(
            "(?<![\\p{L}])(?:PIN|pin)(?:-?(?:koodi(?:ni)?|code|luku|numero))?(?:\\s+(?:on|oli|is|was)|\\s*[:=])?\\s*([0-9]{4,8})(?![\\p{N}])");
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{L}])(?:(?:käyttäjä)?tunnus(?:ni)? ja salasana(?:ni)?|username and password|user name and password|login and password)"
                    + "(?:\\s+(?:on|ovat|are|is)|\\s*[:=])?\\s*[\"']?([^\\s\"'/,;]{2,64})[\"']?(?:\\s*(?:/|,|ja|and)\\s*|\\s+)" + SECRET,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How the pair's and the password's cues begin (arrays made once: the tests run at many places of a text). */
    private static final String[] PAIR_CUES = {"käyttäjätunnus", "tunnus", "user", "login"};
    private static final String[] PASSWORD_CUES = {"sala", "salis", "pass", "pw"};
    /** Where one of the pattern's cues may begin: the pattern is tried at a few words of a text, not at every "s" or "p". */
    private static final Scan.Opening PAIR_OPENING = Scan.Opening.of("ktulKTUL",
            (t, i) -> mayStartOneOf(t, i, PAIR_CUES) && Characters.notAfterLetter(t, i, ""));
    private static final Scan.Opening PASSWORD_OPENING = Scan.Opening.of("spSP",
            (t, i) -> mayStartOneOf(t, i, PASSWORD_CUES) && Characters.notAfterLetter(t, i, "?&;"));
    /** The PIN pattern is case-sensitive. */
    private static final Scan.Opening PIN_OPENING = Scan.Opening.of("Pp",
            (t, i) -> (t.startsWith("PIN", i) || t.startsWith("pin", i)) && Characters.notAfterLetter(t, i, ""));
    /**
     * What every cue of the patterns holds, for the pair filter, before {@link #cues} reads the text: the cue words
     * whole ("salasana", not "sala"), whose pairs together few texts have, where "sala", "pass" and "pin" are in
     * many ("salama", "passed", "pinta").
     */
    private static final Fragment[] CUE_WORDS = {Fragment.of("salasana"), Fragment.of("salis"), Fragment.of("passu"),
            Fragment.of("passw"), Fragment.of("passc"), Fragment.of("pw"), Fragment.of("pin")};
    private static final int PASSWORD_CUE = 1;
    private static final int PIN_CUE = 2;
    /** The shortest PIN. */
    private static final int MIN_PIN = 4;
    private static final Set<String> WORDS_ABOUT_A_SECRET = Set.of(
            "vanhentunut", "vanhentui", "väärä", "väärin", "lukossa", "lukittu", "unohtunut", "hukassa", "vaihdettu",
            "oikea", "ei", "jo", "kadonnut", "sama", "uusi", "vanha", "liian", "nyt", "tyhjä", "mennyt", "muuttunut",
            "expired", "wrong", "incorrect", "invalid", "locked", "reset", "changed", "correct", "not", "still",
            "the", "my", "a", "an", "too", "same", "new", "old", "empty", "forgotten", "lost", "required", "ok",
            "working", "missing", "blocked", "valid", "and", "ja", "vai", "or", "kenttä", "field", "policy");

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        int cues = mayHoldACue(message) ? cues(text) : 0;
        boolean password = (cues & PASSWORD_CUE) != 0;
        int pairsEnd = -1;
        if (password && (Characters.containsIgnoringCase(text, "salasana") || Characters.containsIgnoringCase(text, "password"))) {
            var pair = new Scan(PAIR, message);
            for (int from = 0; pair.find(from, PAIR_OPENING); from = pair.match().end()) {
                findings.add(Finding.of(EntityType.USERNAME, text, pair.match().start(1), pair.match().end(1)));
                addSecret(text, pair.match(), 2, findings);
                pairsEnd = pair.match().end();
            }
        }
        if (password) {
            var secret = new Scan(PASSWORD, message);
            for (int from = 0; secret.find(from, PASSWORD_OPENING); from = secret.match().end()) {
                // "tunnus ja salasana: x / y" is a pair; the cue inside it must not make x a secret.
                if (secret.match().start() >= pairsEnd) {
                    addSecret(text, secret.match(), 1, findings);
                }
            }
        }
        if ((cues & PIN_CUE) != 0 && message.digits() >= MIN_PIN) {
            var pin = new Scan(PIN, message);
            for (int from = 0; pin.find(from, PIN_OPENING); from = pin.match().end()) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, pin.match().start(1), pin.match().end(1)));
            }
        }
    }

    private static boolean mayHoldACue(Text message) {
        for (var cue : CUE_WORDS) {
            if (cue.mayBeIn(message)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which kinds of cue the text can hold, in one pass: every password cue contains "sala",
     * "salis", "pass" or "pw" (in any case), every PIN cue "PIN" or "pin".
     */
    private static int cues(String text) {
        int cues = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            // The next character is tested first: after most "s" and "p" no cue can follow.
            char next = text.charAt(i + 1);
            if ((c == 's' || c == 'S') && mayBe(next, 'a')) {
                cues |= Characters.regionMatchesIgnoringCase(text, i + 1, "ala")
                        || Characters.regionMatchesIgnoringCase(text, i + 1, "alis") ? PASSWORD_CUE : 0;
            } else if ((c == 'p' || c == 'P') && (mayBe(next, 'a') || mayBe(next, 'w') || mayBe(next, 'i'))) {
                cues |= Characters.regionMatchesIgnoringCase(text, i + 1, "ass")
                        || Characters.regionMatchesIgnoringCase(text, i + 1, "w") ? PASSWORD_CUE
                        : text.startsWith("PIN", i) || text.startsWith("pin", i) ? PIN_CUE : 0;
            }
        }
        return cues;
    }

    /** False when {@code c} is an ASCII character other than {@code lower} in either case; a case-insensitive match of {@code lower} needs one that may be. */
    private static boolean mayBe(char c, char lower) {
        return c >= 128 || (c | 0x20) == lower;
    }

    private static boolean mayStartOneOf(String text, int i, String[] cues) {
        for (var cue : cues) {
            if (Characters.mayStartIgnoringCase(text, i, cue)) {
                return true;
            }
        }
        return false;
    }

    private static void addSecret(String text, Matcher m, int group, List<Finding> findings) {
        var secret = m.group(group);
        if (!WORDS_ABOUT_A_SECRET.contains(secret.toLowerCase(Locale.ROOT))) {
            findings.add(new Finding(EntityType.CREDENTIAL, m.start(group), m.end(group), secret));
        }
    }
}
