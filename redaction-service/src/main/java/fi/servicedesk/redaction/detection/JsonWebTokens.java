package fi.servicedesk.redaction.detection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * JSON Web Tokens wherever they are pasted (R8.2): an access or ID token after "Authorization: Bearer", in a log or a
 * config, signs its bearer in for as long as it lives, and its payload names them. A token is three parts of base64url
 * joined by dots (the third, the signature, empty for an unsigned one) whose first part decodes to a JSON header that
 * names its algorithm ("alg"); "eyJ" and "ewo" are how such a header's "{\"" and "{\n" open once encoded.
 */
final class JsonWebTokens {

    private static final List<String> HEADER_OPENINGS = List.of("eyJ", "ewo");
    /** The shortest header that names an algorithm: {"alg":"none"}, 19 characters once encoded. */
    private static final int MIN_HEADER = 19;
    /** The shortest payload: an empty object's is "e30", a payload that claims anything is longer. */
    private static final int MIN_PAYLOAD = 3;
    private static final String ALGORITHM = "\"alg\"";

    private JsonWebTokens() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!message.has('.') || !message.has('e')) {
            return;
        }
        var text = message.value();
        for (var opening : HEADER_OPENINGS) {
            for (int start = text.indexOf(opening); start >= 0; start = text.indexOf(opening, start + 1)) {
                int end = tokenEnd(text, start);
                if (end > 0) {
                    findings.add(Finding.of(EntityType.CREDENTIAL, text, start, end));
                    start = end;
                }
            }
        }
    }

    /** Where the token opening at {@code start} ends, or -1 where none does. */
    private static int tokenEnd(String text, int start) {
        if (start > 0 && ProviderTokens.isTokenChar(text.charAt(start - 1))) {
            return -1;
        }
        int header = partEnd(text, start);
        if (header - start < MIN_HEADER || header >= text.length() || text.charAt(header) != '.') {
            return -1;
        }
        int payload = partEnd(text, header + 1);
        if (payload - header - 1 < MIN_PAYLOAD || payload >= text.length() || text.charAt(payload) != '.') {
            return -1;
        }
        int signature = partEnd(text, payload + 1);
        if (signature < text.length() && (text.charAt(signature) == '.' || Characters.isLetterOrNumber(text.charAt(signature)))) {
            return -1;
        }
        return namesAnAlgorithm(text.substring(start, header)) ? signature : -1;
    }

    private static int partEnd(String text, int from) {
        int end = from;
        while (end < text.length() && ProviderTokens.isTokenChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean namesAnAlgorithm(String header) {
        try {
            var json = new String(Base64.getUrlDecoder().decode(unpadded(header)), StandardCharsets.UTF_8);
            return json.startsWith("{") && json.contains(ALGORITHM);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** base64url drops its padding, and a header's length may leave a last character the decoder will not take alone. */
    private static String unpadded(String part) {
        return part.length() % 4 == 1 ? part.substring(0, part.length() - 1) : part;
    }
}
