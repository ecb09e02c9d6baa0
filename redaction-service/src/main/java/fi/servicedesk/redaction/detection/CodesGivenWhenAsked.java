package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A one-time code a user types as the answer to the chat line before, which sent or asked for it (R8.2): "BOT: Lähetin
 * kertakoodin numeroosi" then "ASIAKAS: 482 913"; "bot: Type the code from your authenticator" then "user: 551207 and
 * ...". The code opens the turn (six to eight digits, or two groups of three); the line before must speak of a login's
 * code, not of an error's or a postal one, so a user's "80070005" after "what is the error code?" stays.
 */
final class CodesGivenWhenAsked {

    private static final int MIN_DIGITS = 6;
    private static final int MAX_DIGITS = 8;
    private static final int GROUP_DIGITS = 3;
    /** How far into its line a turn's text may begin: "[13:42] ASIAKAS: ", "2027-01-04 10:15 user: ". */
    private static final int MAX_TURN_HEAD = 48;
    /** Words of a line that sends or asks for a login's code. */
    private static final String[] ASKING_WORDS = {"kertakoodi", "vahvistuskoodi", "varmennuskoodi", "tunnistuskoodi",
            "tekstiviestikoodi", "engångskod", "verifieringskod", "bekräftelsekod", "säkerhetskod", "one-time code",
            "verification code", "security code", "login code", "sms code", "authenticator", "autentikaattori",
            "todennussovellu", "autentiseringsapp"};
    private static final Fragment[] CODE_FRAGMENTS = {Fragment.of("kod"), Fragment.of("code"),
            Fragment.of("authenticator"), Fragment.of("autentikaattori"), Fragment.of("todennus"),
            Fragment.of("autentisering")};

    private CodesGivenWhenAsked() {
    }

    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS || !mayAskForACode(message)) {
            return;
        }
        var text = message.value();
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            int lineStart = Characters.lineStart(text, start);
            int end = lineStart > 0 && opensTheTurn(text, lineStart, start) ? codeEnd(text, start) : -1;
            if (end > 0 && asksForACode(text, lineStart)) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, start, end));
            }
        }
    }

    private static boolean mayAskForACode(Text message) {
        return Fragment.anyMayBeIn(CODE_FRAGMENTS, message);
    }

    /** The digits begin their line or follow its speaker's colon: "ASIAKAS: 482913", not "klo 10: 482913 euroa" later on. */
    private static boolean opensTheTurn(String text, int lineStart, int start) {
        if (start == lineStart) {
            return true;
        }
        int colon = text.indexOf(": ", lineStart);
        return colon + 2 == start && start - lineStart <= MAX_TURN_HEAD;
    }

    /** Where the code ends: six to eight digits or "482 913", then the line's end, a stop or a word ("551207 and my ..."). */
    private static int codeEnd(String text, int start) {
        int end = digitsEnd(text, start);
        int digits = end - start;
        if (digits == GROUP_DIGITS && end + 1 < text.length() && text.charAt(end) == ' '
                && digitsEnd(text, end + 1) == end + 1 + GROUP_DIGITS) {
            end += 1 + GROUP_DIGITS;
            digits += GROUP_DIGITS;
        }
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            return -1;
        }
        return end == text.length() || endsTheCode(text, end) ? end : -1;
    }

    private static int digitsEnd(String text, int i) {
        while (i < text.length() && Scan.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The line's end, a stop before a space or the line's end, or a space before a word: not "482913 €" or "482 913 4567". */
    private static boolean endsTheCode(String text, int end) {
        char c = text.charAt(end);
        if (c == '\n' || c == '\r') {
            return true;
        }
        char next = end + 1 < text.length() ? text.charAt(end + 1) : '\n';
        return c == '.' && Character.isWhitespace(next) || c == ' ' && Characters.isLetter(next);
    }

    /** Whether the line before the one at {@code lineStart} sends or asks for a login's code. */
    private static boolean asksForACode(String text, int lineStart) {
        int previousStart = Characters.lineStart(text, lineStart - 1);
        var previous = text.substring(previousStart, lineStart - 1);
        for (var word : ASKING_WORDS) {
            if (Characters.containsIgnoringCase(previous, word)) {
                return true;
            }
        }
        return false;
    }
}
