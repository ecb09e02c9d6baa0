package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * The credentials of HTTP authentication (R8.2), after their scheme (RFC 9110 §11.4: "Basic dXNlcjpw…", RFC 6750
 * §2.1: "Bearer mF_9.B5f-4.1JqM"), as a request pasted from a log or an API console shows them: whoever holds them is
 * let in as the client, so they are a credential whatever their shape. The one reading of a scheme for both rules that
 * meet one: an {@code Authorization:} header's value, which {@link SecretsInSettings} reads under its key and asks
 * {@link #afterScheme} where the credentials begin, and a bearer token wherever it stands ({@link #findBearerTokens}:
 * "curl -H \"Authorization: Bearer …\"", "token_type bearer …"), which runs after it and leaves what it found.
 */
final class AuthorizationCredentials {

    private static final String BEARER = "bearer";
    /** An authentication scheme before its credentials: "Bearer …", "Basic …", GitHub's "token …". */
    private static final WordSet SCHEMES = WordSet.of(Set.of(BEARER, "basic", "token", "digest", "negotiate", "ntlm"));
    private static final Fragment BEARER_CUE = Fragment.of(BEARER);
    /** The fewest characters of a bearer token any issuer gives out. */
    private static final int SHORTEST_TOKEN = 16;
    /** How a JSON Web Token opens: its header's '{"' in base64; {@link JsonWebTokens} finds those whatever stands before. */
    private static final String JSON_WEB_TOKEN = "eyJ";
    /** The characters of RFC 6750's b64token besides letters and digits. */
    private static final String TOKEN_MARKS = "-._~+/=";

    private AuthorizationCredentials() {
    }

    /** Where the credentials begin after an authentication scheme and its space ("Bearer eyJ…"); {@code start} if none. */
    static int afterScheme(String text, int start) {
        int end = schemeEnd(text, start);
        return end < 0 ? start : end + 1;
    }

    /**
     * A bearer token after its scheme's word: a token68 of {@link #SHORTEST_TOKEN} characters or more with a digit or a
     * mark in it, so that "bearer token", "Bearer authentication" and "Bearer &lt;token&gt;" stay as written.
     */
    static void findBearerTokens(Text message, List<Finding> findings) {
        if (!BEARER_CUE.mayBeIn(message)) {
            return;
        }
        var text = message.value();
        for (int at = 0; at + BEARER.length() < text.length(); at++) {
            if ((text.charAt(at) | 0x20) != 'b' || !Characters.regionMatchesIgnoringCase(text, at, BEARER)
                    || at > 0 && Characters.isLetterOrNumber(text.charAt(at - 1)) || schemeEnd(text, at) != at + BEARER.length()) {
                continue;
            }
            int from = at + BEARER.length();
            while (from < text.length() && text.charAt(from) == ' ') {
                from++;
            }
            int end = from;
            boolean notLetter = false;
            while (end < text.length() && (isAsciiLetterOrDigit(text.charAt(end)) || TOKEN_MARKS.indexOf(text.charAt(end)) >= 0)) {
                notLetter |= !Character.isLetter(text.charAt(end));
                end++;
            }
            if (end - from >= SHORTEST_TOKEN && notLetter && !text.startsWith(JSON_WEB_TOKEN, from)
                    && (end == text.length() || !Characters.isLetterOrNumber(text.charAt(end)))
                    && !foundAlready(findings, from, end)) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, from, end));
            }
        }
    }

    /** The end of the scheme's word that opens at {@code start} before a space and something after it, or -1. */
    private static int schemeEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Characters.isLetter(text.charAt(end))) {
            end++;
        }
        return end > start && end + 1 < text.length() && text.charAt(end) == ' ' && SCHEMES.contains(text, start, end) ? end : -1;
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
