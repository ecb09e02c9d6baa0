package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets a settings file holds under a key that says so (R8.2): ".env"'s {@code SMTP_PASS=Kesä5137#}, YAML's and a
 * Kubernetes Secret's {@code  client_secret: "Tm90QVNlY3JldA=="}, JSON's {@code "apiKey": "…"}, an HTTP header's
 * {@code Authorization: Bearer …} (after its scheme, as {@link AuthorizationCredentials} reads it). The key opens its
 * line (after indentation, "export " or a list's "- ") or follows a JSON object's "{" or ","; {@link SecretKeyWords}
 * says which keys name a secret. The value, quoted or up to the next space, must be shaped like a secret
 * ({@link CredentialDetector#shapedLikeASecret}) or long enough for a generated one: "LOG_LEVEL=debug" has no such key,
 * and "SMTP_PASS: ${SMTP_PASS}" or "token: expired" no such value.
 */
final class SecretsInSettings {

    /** What the key's line may open with before it: a shell's "export", a YAML list's dash. */
    private static final List<String> LINE_OPENINGS = List.of("export ", "- ");
    /** Values that stand for a secret without being one: a template's variable, a mask, a null. */
    private static final Set<String> NO_SECRETS = Set.of("null", "none", "true", "false", "redacted", "hidden");
    private static final int MAX_KEY = 64;
    private static final int MAX_VALUE = 256;
    /** A generated secret's fewest characters (a random API key, a base64 value), whatever they are. */
    private static final int GENERATED = 16;

    private SecretsInSettings() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!message.has(':') && !message.has('=') || !Fragment.anyMayBeIn(SecretKeyWords.CUES, message)) {
            return;
        }
        var text = message.value();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '=' || c == ':') && secretKeyBefore(text, i)) {
                int end = addValue(text, i + 1, findings);
                i = Math.max(i, end - 1);
            }
        }
    }

    /** Whether the key that ends right before the separator at {@code separator} names a secret and opens its field. */
    private static boolean secretKeyBefore(String text, int separator) {
        int end = separator;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\'')) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < MAX_KEY && isKeyChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || !Character.isLetter(text.charAt(start)) || !SecretKeyWords.namesASecret(text.substring(start, end))) {
            return false;
        }
        int before = start > 0 && (text.charAt(start - 1) == '"' || text.charAt(start - 1) == '\'') ? start - 1 : start;
        return opensItsField(text, before);
    }

    private static boolean opensItsField(String text, int keyStart) {
        int i = keyStart;
        for (var opening : LINE_OPENINGS) {
            if (i >= opening.length() && text.startsWith(opening, i - opening.length())) {
                i -= opening.length();
                break;
            }
        }
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        return i == 0 || text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '{' || text.charAt(i - 1) == ',';
    }

    /** Adds the value that opens after the separator, if it is a secret's; returns where it ends. */
    private static int addValue(String text, int from, List<Finding> findings) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        start = AuthorizationCredentials.afterScheme(text, start);
        if (start >= text.length()) {
            return start;
        }
        char quote = text.charAt(start);
        int end;
        if (quote == '"' || quote == '\'') {
            start++;
            end = start;
            while (end < text.length() && end - start < MAX_VALUE && text.charAt(end) != quote && text.charAt(end) != '\n') {
                end++;
            }
            if (end >= text.length() || text.charAt(end) != quote) {
                return start;
            }
        } else {
            end = start;
            while (end < text.length() && end - start < MAX_VALUE && !Character.isWhitespace(text.charAt(end))
                    && !opensAParameter(text, end)) {
                end++;
            }
        }
        var value = text.substring(start, end);
        if (isSecret(value) && !alreadyFound(findings, start, end)) {
            findings.add(Finding.of(EntityType.CREDENTIAL, text, start, end));
        }
        return end;
    }

    /** "password=Kettu42x&user=mvirtanen": an ampersand before a query's next key ends the value. */
    private static boolean opensAParameter(String text, int i) {
        if (text.charAt(i) != '&') {
            return false;
        }
        int key = i + 1;
        while (key < text.length() && isKeyChar(text.charAt(key))) {
            key++;
        }
        return key > i + 1 && key < text.length() && text.charAt(key) == '=';
    }

    /** A provider's token or a password's cue may have read the same value. */
    private static boolean alreadyFound(List<Finding> findings, int start, int end) {
        for (var finding : findings) {
            if (finding.start() == start && finding.end() == end) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSecret(String value) {
        if (value.isEmpty() || value.indexOf(' ') >= 0 || NO_SECRETS.contains(value.toLowerCase(Locale.ROOT))
                || value.startsWith("$") || value.startsWith("{{") || value.startsWith("<") || value.startsWith("%")
                || value.chars().distinct().count() == 1) {
            return false;
        }
        return CredentialDetector.shapedLikeASecret(value) || value.length() >= GENERATED && !value.contains("://");
    }

    private static boolean isKeyChar(char c) {
        return Characters.isLetterOrNumber(c) || c == '_' || c == '-' || c == '.';
    }
}
