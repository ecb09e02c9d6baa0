package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * A bearer token after its scheme (RFC 6750 §2.1: "Authorization: Bearer mF_9.B5f-4.1JqM"), as a request pasted from
 * a log or an API console shows it (R8.2): whoever holds it is let in as the client, so it is a credential whatever its
 * shape. The scheme's word alone is the cue; what follows must be a token68 of {@link #SHORTEST} characters or more
 * with a digit or a mark in it, so that "bearer token", "Bearer authentication" and "Bearer <token>" stay as written.
 * A JSON Web Token is {@link JsonWebTokens}' already, whatever stands before it, and a token under an
 * {@code Authorization:} header {@link SecretsInSettings}' (it runs first): neither is found twice.
 */
final class BearerTokens {

    private static final String SCHEME = "bearer";
    private static final Fragment CUE = Fragment.of(SCHEME);
    /** The fewest characters of a token any issuer gives out. */
    private static final int SHORTEST = 16;
    /** How a JSON Web Token opens: its header's '{"' in base64. */
    private static final String JSON_WEB_TOKEN = "eyJ";
    /** The characters of RFC 6750's b64token besides letters and digits. */
    private static final String TOKEN_MARKS = "-._~+/=";

    private BearerTokens() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!CUE.mayBeIn(message)) {
            return;
        }
        var text = message.value();
        for (int at = 0; at + SCHEME.length() < text.length(); at++) {
            int from = at + SCHEME.length();
            if ((text.charAt(at) | 0x20) != 'b' || !Characters.regionMatchesIgnoringCase(text, at, SCHEME)
                    || at > 0 && Characters.isLetterOrNumber(text.charAt(at - 1)) || text.charAt(from) != ' ') {
                continue;
            }
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
            int end = from;
            boolean notLetter = false;
            while (end < text.length() && (isAsciiLetterOrDigit(text.charAt(end)) || TOKEN_MARKS.indexOf(text.charAt(end)) >= 0)) {
                notLetter |= !Character.isLetter(text.charAt(end));
                end++;
            }
            if (end - from >= SHORTEST && notLetter && !text.startsWith(JSON_WEB_TOKEN, from)
                    && (end == text.length() || !Characters.isLetterOrNumber(text.charAt(end)))
                    && !foundAlready(findings, from, end)) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, from, end));
            }
        }
    }

    private static boolean foundAlready(List<Finding> findings, int start, int end) {
        for (var finding : findings) {
            if (finding.start() <= start && finding.end() >= end) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
