package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets users type into a service-desk chat or an agent notes after a reset call: the word after
 * "salasana(ni) on", "password is", "pw:", "lösenordet är", the digits after "PIN (code)", "PIN-koodinsa",
 * "PIN-kod", "tunnusluku", "passcode", "one-time code" (not a quiz's or game's PIN, {@link GamePins}), and the pair after "tunnus ja salasana" / "username and
 * password" (the first word is the user name, the second the secret). Finnish cues take their cases and possessive
 * suffixes (salasanan, salasanansa, PIN-koodinsa, tunnuslukuni). What follows a cue with "on/is/är" or a colon is a
 * secret unless it is an ordinary word about the secret ("salasana on vanhentunut", "password is expired") or stands
 * on the next line after "on/is/är" (a chat's question "mikä tän wifin salis on" ends its line; a colon may give the
 * secret below it); what
 * follows a password's cue with nothing between ("Temporary password Tammi64?95 issued", "Väliaikainen salasana
 * Sommar18?86 annettiin") only when it is shaped like one ({@link #shapedLikeASecret}): "password reset", "salasanan
 * nollaus" are talk about it.
 */
public final class CredentialDetector implements Detector {

    /** An ampersand inside a secret is one of its marks ("Revontuli&0070"); before a query's next parameter it ends it. */
    private static final String SECRET = "[\"'“”‘’]?((?:[^\\s\"'“”‘’&]|&(?![\\w.-]+=)){2,64}?)[\"'“”‘’]?"
            + "(?=\\s|&[\\w.-]+=|[.,;:)](?:\\s|$)|$)";
    /** The word for a password, with the Finnish cases and possessive suffixes a note gives it one in. */
    private static final String PASSWORD_WORD = "salasan(?:a|an|aa|ana|ani|asi|ansa|amme|anne|aksi|aani|aasi|aansa)"
            + "|passu(?:ni)?|password|passwd|passcode|pwd|pw|salis|l[öo]senord(?:et)?";
    private static final Pattern PASSWORD = Pattern.compile(
            "(?<![\\p{L}?&;])(?:" + PASSWORD_WORD + ")"
                    + "(?:\\s+(?:(?:on|oli|is|was|olisi|är|ar|var)(?![\\p{L}\\p{N}]|[ \\t]*\\r?\\n)|=|:)|\\s*[:=]|(?<bare>\\s+))"
                    + "\\s*(?:nyt\\s+|now\\s+|nu\\s+)?" + SECRET,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // PASSWORD's groups: 1 "bare", the nothing between cue and secret; 2 the secret.
    /**
     * A code of capitals and digits, both, in hyphened groups, as a gift card's PIN is printed ("PIN WC36-V501"): a
     * date's or a phone's groups hold no letter, a word's no digit.
     */
    static final String LETTERS_AND_DIGITS = "(?=[A-Z0-9-]{0,24}[A-Z])(?=[A-Z0-9-]{0,24}[0-9])"
            + "[A-Z0-9]{2,6}(?:-[A-Z0-9]{2,6}){1,3}(?![\\p{L}\\p{N}-])";
    /**
     * A reset's word before a colon and the new PIN, as a library's or a bank's note writes it ("PIN-kod nollställd:
     * 2254", "PIN-koodi nollattu: 4821"); English says "PIN reset to 1066".
     */
    private static final String RESET_WORD = "(?:nollattu|nollattiin|vaihdettu|resetoitu|nollställd|nollställt|återställd"
            + "|återställt|ändrad|ändrat|bytt)";
    /**
     * A PIN, a SIM's PUK ("PUK1: 07844055", "PUK 86231729") or a one-time code: digits after their cue. "PIN" and
     * "PUK" are case-sensitive (not "Pin", "puku"); the PIN's Finnish and Swedish
     * compounds take their endings (PIN-koodi, PIN-koodinsa, PIN-kod, PIN-koden), as a verification code's words do
     * ("vahvistuskoodisi on", "kertakoodin", "verifieringskoden är"), also where the cue says the code went out and a
     * colon gives it ("Verification code sent: 417089"), where it was reset to them ("PIN reset to 1066", "the child's
     * PIN was reset to 2864", "PIN-kod nollställd: 2254"), or where the one it is given to stands before a colon
     * ({@link PickUpCodes#RECIPIENT}: "leirisovelluksen PIN Ester-Kyllikille: 9406", "PIN till Eva: 4821"). The digits,
     * four to eight or a code's two groups of three ("482 913", not a phone's "040 123 4567"), or capitals and digits in
     * hyphened groups
     * ({@link #LETTERS_AND_DIGITS}), end where no digit and no date's, time's or price's
     * separator before a digit follows ("PIN 2026-01-05" is a date).
     */
    private static final Pattern PIN = Pattern.compile(
            "(?<![\\p{L}])(?:(?:PIN|pin|PUK[12]?)(?:-?(?:koodi(?:a|n|ni|si|nsa|mme|nne|aan)?|kod(?:en)?|code|luku"
                    + "|numero(?:ni|nsa|si)?|nummer(?:et)?))?"
                    + "|(?iu:tunnuslu(?:ku|vu)(?:ni|si|nsa|n|a)?|kertakäyttökoodi(?:ni|si|nsa|n)?"
                    + "|(?:vahvistus|varmennus|tunnistus|kerta)koodi(?:ni|si|nsa|n)?"
                    + "|(?:verifierings|bekräftelse|säkerhets)kod(?:en)?|(?:verification|security) code"
                    + "|(?:one[- ]time )?passcode|one[- ]time code|engångskod(?:en)?))"
                    + "(?:\\s+(?:sent|resent|lähetetty|skickad|skickat)\\s*:|\\s+(?:on|oli|is|was|är|var)|\\s*[:=]"
                    + "|\\s+(?:(?:was|has been|is|got)\\s+)?(?:reset|changed|set) to|\\s+" + RESET_WORD + "\\s*:"
                    + "|" + PickUpCodes.RECIPIENT + ")?"
                    + "\\s*([0-9]{4,8}|[0-9]{3} [0-9]{3}(?! ?[0-9])"
                    + "|" + LETTERS_AND_DIGITS + ")"
                    + "(?![\\p{N}]|[-./,:][0-9])");
    /**
     * A token or recovery code given after its word: "old token 482753 hard-coded", "tokenin Mustikka!5942",
     * "recovery code uf6rq-4ezz6-8y8u6", "palautuskoodi 4ezz6-8y8u6". What follows must be shaped as a secret or be a
     * code's four to eight digits ({@link #givenToken}): "token refresh", "token expired" are talk about it.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}])(?:token(?:i|in|ia|ini|insa|it|et)?|recovery codes?|backup codes?|palautuskoodi(?:t|a|n|ni|nsa)?"
                    + "|varakoodi(?:t|a|n)?|återställningskod(?:en|er)?|reservkod(?:en|er)?)"
                    + "(?:\\s+(?:on|oli|is|was|är|var)|\\s*[:=])?\\s*(?<=[\\s:=])" + SECRET,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Scan.Opening TOKEN_OPENING = Scan.Opening.of("tTrRbBpPvV",
            (t, i) -> Characters.notAfterLetter(t, i, ""));
    /** What every cue of {@link #TOKEN} holds, for the pair filter. */
    private static final Fragment[] TOKEN_WORDS = {Fragment.of("token"), Fragment.of("code"), Fragment.of("koodi"),
            Fragment.of("kod")};
    private static final int MAX_CODE = 8;
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\p{L}])(?:(?:käyttäjä)?tunnus(?:ni)? ja salasana(?:ni)?|username and password|user name and password|login and password)"
                    + "(?:\\s+(?:on|ovat|are|is)|\\s*[:=])?\\s*[\"']?([^\\s\"'/,;]{2,64})[\"']?(?:\\s*(?:/|,|ja|and)\\s*|\\s+)" + SECRET,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How the pair's and the password's cues begin (arrays made once: the tests run at many places of a text). */
    private static final String[] PAIR_CUES = {"käyttäjätunnus", "tunnus", "user", "login"};
    private static final String[] PASSWORD_CUES = {"sala", "salis", "pass", "pw", "lösen", "losen"};
    /** How the PIN pattern's cues other than "PIN" begin. */
    private static final String[] CODE_CUES = {"tunnuslu", "kertakäyttö", "one", "passcode", "engångs", "vahvistus",
            "varmennus", "tunnistus", "kertakoodi", "verifi", "bekräftelse", "säkerhets", "security"};
    /** Where one of the pattern's cues may begin: the pattern is tried at a few words of a text, not at every "s" or "p". */
    private static final Scan.Opening PAIR_OPENING = Scan.Opening.of("ktulKTUL",
            (t, i) -> Characters.mayStartAnyIgnoringCase(t, i, PAIR_CUES) && Characters.notAfterLetter(t, i, ""));
    private static final Scan.Opening PASSWORD_OPENING = Scan.Opening.of("splSPL",
            (t, i) -> Characters.mayStartAnyIgnoringCase(t, i, PASSWORD_CUES) && Characters.notAfterLetter(t, i, "?&;"));
    private static final Scan.Opening PIN_OPENING = Scan.Opening.of("PpTtKkOoEeVvBbSs",
            (t, i) -> (t.startsWith("PIN", i) || t.startsWith("pin", i) || t.startsWith("PUK", i)
                    || Characters.mayStartAnyIgnoringCase(t, i, CODE_CUES))
                    && Characters.notAfterLetter(t, i, ""));
    /**
     * What every cue of the patterns holds, for the pair filter, before {@link #cues} reads the text: the cue words
     * whole ("salasana", not "sala"), whose pairs together few texts have, where "sala", "pass" and "pin" are in
     * many ("salama", "passed", "pinta").
     */
    private static final Fragment[] CUE_WORDS = {Fragment.of("salasana"), Fragment.of("salis"), Fragment.of("passu"),
            Fragment.of("passw"), Fragment.of("passc"), Fragment.of("pw"), Fragment.of("pin"), Fragment.of("puk"),
            Fragment.of("lösenord"), Fragment.of("losenord"),
            Fragment.of("tunnuslu"), Fragment.of("kertakäyttökoodi"), Fragment.of("time code"),
            Fragment.of("engångskod"), Fragment.of("skoodi"), Fragment.of("kertakoodi"), Fragment.of("skod"),
            Fragment.of("y code"), Fragment.of("n code")};
    /**
     * The cues {@link #cues} does not look for in its pass, each with the kind it is of, as fragments: the pair filter
     * rules out most of them before the text is read for one.
     */
    private static final Fragment[] OTHER_PASSWORD_CUES = Fragment.each("lösenord", "losenord");
    private static final Fragment[] OTHER_CODE_CUES = Fragment.each("tunnuslu", "kertakäyttökoodi", "time code", "passcode",
            "engångskod", "vahvistuskoodi", "varmennuskoodi", "tunnistuskoodi", "kertakoodi", "verifieringskod",
            "bekräftelsekod", "säkerhetskod", "verification code", "security code");
    private static final int PASSWORD_CUE = 1;
    private static final int PIN_CUE = 2;
    /** The shortest PIN. */
    private static final int MIN_PIN = 4;
    /** The shortest secret taken with no "is" or colon after its cue: policies ask for eight characters or more. */
    private static final int MIN_BARE_SECRET = 6;
    /** A ticket's or order's id (INC0012345, CHG-1234), which a note names after "password reset" and the like. */
    /** The marks policies ask a password to hold, which ordinary words do not. */
    private static final String PASSWORD_MARKS = "!?#$%&*@^~+=_<>|\\";
    /** Marks that may end a sentence right after a word. */
    private static final String SENTENCE_ENDS = "?!";
    private static final Pattern RECORD_ID = Pattern.compile("\\p{Lu}{2,}[-_]?[0-9]+");
    private static final Set<String> WORDS_ABOUT_A_SECRET = Set.of(
            "vanhentunut", "vanhentui", "väärä", "väärin", "lukossa", "lukittu", "unohtunut", "hukassa", "vaihdettu",
            "oikea", "ei", "jo", "kadonnut", "sama", "uusi", "vanha", "liian", "nyt", "tyhjä", "mennyt", "muuttunut",
            "expired", "wrong", "incorrect", "invalid", "locked", "reset", "changed", "correct", "not", "still",
            "the", "my", "a", "an", "too", "same", "new", "old", "empty", "forgotten", "lost", "required", "ok",
            "working", "missing", "blocked", "valid", "and", "ja", "vai", "or", "kenttä", "field", "policy",
            "voimassa", "vanhenemassa", "oikein", "lähetetty", "väliaikainen", "expiring", "temporary", "sent",
            "utgånget", "utgått", "fel", "rätt", "låst", "spärrat", "glömt", "nytt", "samma", "giltigt", "ogiltigt",
            "tillfälligt", "skickat", "nollattu", "resetoitu", "palautettu", "poistettu", "återställt", "nollställt",
            "ändrat", "bytt", "updated", "removed");
    /**
     * A date ("12.3.2026", "2026-03-12", "15.3."), which a note gives after "salasana vaihdettu" and the like, or after
     * "activation code sent" ({@link EsimActivationCodes}).
     */
    static final Pattern DATE = Pattern.compile("\\d{1,4}([-./])\\d{1,2}(?:\\1\\d{0,4})?");
    /**
     * A folder's absolute path ("/home/jdoe", "/var/www/"): what sudo's and a shell's "PWD=" give, the working
     * directory, which the "pwd" cue reads as a password's.
     */
    private static final Pattern FOLDER = Pattern.compile("(?:/[\\w.-]+)+/?");
    /** Units of time after a count: "password is 14 days old", "salasana on 90 päivää voimassa". */
    private static final Set<String> TIME_UNITS = Set.of("days", "day", "hours", "minutes", "weeks", "months",
            "päivää", "päivän", "tuntia", "minuuttia", "viikkoa", "kuukautta", "dagar", "timmar", "minuter", "veckor",
            "månader");

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        int found = findings.size();
        int cues = mayHoldACue(message) ? otherCues(message, cues(text)) : 0;
        boolean password = (cues & PASSWORD_CUE) != 0;
        int pairsEnd = -1;
        if (password && (Characters.containsIgnoringCase(text, "salasana") || Characters.containsIgnoringCase(text, "password"))) {
            var pair = new Scan(PAIR, message);
            for (int from = 0; pair.find(from, PAIR_OPENING); from = pair.match().end()) {
                findings.add(Finding.of(EntityType.USERNAME, text, pair.match().start(1), pair.match().end(1)));
                addSecret(text, pair.match(), 2, false, findings);
                pairsEnd = pair.match().end();
            }
        }
        if (password) {
            var secret = new Scan(PASSWORD, message);
            for (int from = 0; secret.find(from, PASSWORD_OPENING); from = secret.match().end()) {
                // "tunnus ja salasana: x / y" is a pair; the cue inside it must not make x a secret.
                if (secret.match().start() >= pairsEnd) {
                    addSecret(text, secret.match(), 2, secret.match().start("bare") >= 0, findings);
                }
            }
        }
        if (mayHoldTokenWord(message)) {
            var token = new Scan(TOKEN, message);
            for (int from = 0; token.find(from, TOKEN_OPENING); from = token.match().end()) {
                if (givenToken(token.match().group(1))) {
                    findings.add(Finding.of(EntityType.CREDENTIAL, text, token.match().start(1), token.match().end(1)));
                }
            }
        }
        if (password) {
            PasswordsAfterTheirPlace.find(message, findings);
            PasswordsChangedTo.find(message, findings);
        }
        ProviderTokens.find(message, findings);
        JsonWebTokens.find(message, findings);
        SecretsInSettings.find(message, findings);
        AuthorizationCredentials.findBearerTokens(message, findings);
        PasswordsInToolOutput.find(message, findings);
        DoorCodes.find(message, findings);
        SentCodes.find(message, findings);
        RecoveryKeys.find(message, findings);
        EsimActivationCodes.find(message, findings);
        PortalCodes.find(message, findings);
        SafeWords.find(message, findings);
        CodesGivenWhenAsked.find(message, findings);
        if ((cues & PIN_CUE) != 0 && message.digits() >= MIN_PIN) {
            var pin = new Scan(PIN, message);
            for (int from = 0; pin.find(from, PIN_OPENING); from = pin.match().end()) {
                if (GamePins.before(text, pin.match().start())) {
                    continue;
                }
                findings.add(Finding.of(EntityType.CREDENTIAL, text, pin.match().start(1), pin.match().end(1)));
            }
        }
        // after the PIN's cue, whose codes right after their word it reads first
        CodesGivenInTheirClause.find(message, findings);
        PickUpCodes.find(message, findings);
        CodesSentToANumber.find(message, findings);
        AccessCodes.find(message, findings);
        MeetingPasscodes.removeFrom(text, findings, found);
    }

    private static boolean mayHoldTokenWord(Text message) {
        return Fragment.anyMayBeIn(TOKEN_WORDS, message);
    }

    /** A token's shape ({@link #shapedLikeASecret}), or a code's four to eight digits: "482753", not "2026" alone. */
    private static boolean givenToken(String word) {
        if (shapedLikeASecret(word)) {
            return true;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Scan.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return word.length() >= MIN_PIN && word.length() <= MAX_CODE;
    }

    private static boolean mayHoldACue(Text message) {
        return Fragment.anyMayBeIn(CUE_WORDS, message);
    }

    /**
     * Which kinds of cue the text can hold, in one pass: every password cue contains "sala",
     * "salis", "pass" or "pw" (in any case), every PIN cue "PIN", "pin" or "PUK".
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
            } else if ((c == 'p' || c == 'P') && (mayBe(next, 'a') || mayBe(next, 'w') || mayBe(next, 'i') || next == 'U')) {
                cues |= Characters.regionMatchesIgnoringCase(text, i + 1, "ass")
                        || Characters.regionMatchesIgnoringCase(text, i + 1, "w") ? PASSWORD_CUE
                        : text.startsWith("PIN", i) || text.startsWith("pin", i) || text.startsWith("PUK", i) ? PIN_CUE : 0;
            }
        }
        return cues;
    }

    /**
     * {@code found} with the cues the pass of {@link #cues} does not look for: few texts hold any, and the filter rules
     * most out. A kind already found is not looked for again.
     */
    private static int otherCues(Text message, int found) {
        int cues = found;
        if ((cues & PASSWORD_CUE) == 0 && holdsAny(message, OTHER_PASSWORD_CUES)) {
            cues |= PASSWORD_CUE;
        }
        if ((cues & PIN_CUE) == 0 && holdsAny(message, OTHER_CODE_CUES)) {
            cues |= PIN_CUE;
        }
        return cues;
    }

    private static boolean holdsAny(Text message, Fragment[] cues) {
        for (var cue : cues) {
            if (cue.mayBeIn(message) && Characters.containsIgnoringCase(message.value(), cue.lower())) {
                return true;
            }
        }
        return false;
    }

    /** False when {@code c} is an ASCII character other than {@code lower} in either case; a case-insensitive match of {@code lower} needs one that may be. */
    private static boolean mayBe(char c, char lower) {
        return c >= 128 || (c | 0x20) == lower;
    }

    /**
     * Adds the secret unless it is a word about it; a secret right after its cue ({@code bare}: no "is" or colon)
     * also needs the shape of one.
     */
    private static void addSecret(String text, Matcher m, int group, boolean bare, List<Finding> findings) {
        var secret = m.group(group);
        if (!WORDS_ABOUT_A_SECRET.contains(secret.toLowerCase(Locale.ROOT)) && !dateOrCount(text, m.end(group), secret)
                && !FOLDER.matcher(secret).matches() && (!bare || shapedLikeASecret(secret))) {
            findings.add(new Finding(EntityType.CREDENTIAL, m.start(group), m.end(group), secret));
        }
    }

    /**
     * Whether what stands after a password's cue is a date ("salasana on 12.3.2026 asti") or a count ("password is 14
     * days old", "password is 8 characters"): digits alone shorter than a PIN, or before a unit of time. A password of
     * digits alone ("temporary password: 48213977") is neither.
     */
    private static boolean dateOrCount(String text, int end, String secret) {
        if (DATE.matcher(secret).matches()) {
            return true;
        }
        for (int i = 0; i < secret.length(); i++) {
            if (!Scan.isDigit(secret.charAt(i))) {
                return false;
            }
        }
        int word = end;
        while (word < text.length() && text.charAt(word) == ' ') {
            word++;
        }
        int wordEnd = word;
        while (wordEnd < text.length() && Characters.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return secret.length() < MIN_PIN || word > end && TIME_UNITS.contains(text.substring(word, wordEnd).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word given right after a password's cue is the password: six characters or more that mix letters
     * with digits or with a password's marks inside them (Tammi64?95, Kesä2024!, hunter#xy), and no record's id
     * (INC0012345). An ordinary word ("reset", "nollaus", "vaihdettu", "Teams"), also before the question or
     * exclamation mark that ends its sentence ("salasana nollataan?"), a hyphened or bracketed one
     * ("self-service", "(optional)") is talk about the password, and digits alone may be a year, a date or an amount.
     */
    static boolean shapedLikeASecret(String word) {
        if (word.length() < MIN_BARE_SECRET || RECORD_ID.matcher(word).matches()) {
            return false;
        }
        boolean letter = false;
        boolean other = false;
        int end = word.length();
        while (end > 0 && SENTENCE_ENDS.indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = word.charAt(i);
            letter |= Character.isLetter(c);
            other |= Character.isDigit(c) || PASSWORD_MARKS.indexOf(c) >= 0;
        }
        return letter && other;
    }
}
