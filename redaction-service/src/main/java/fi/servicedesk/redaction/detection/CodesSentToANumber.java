package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A code the sentence says is sent to a number, written after that number and a colon ("Vahvistuskoodi tulee
 * numeroosi +358 45 651 1023: 72758721", "Your code was sent to 07700 900123: 482913"): the phone is the number
 * before the colon; what follows it is the code, a credential and no second phone.
 */
final class CodesSentToANumber {

    /** A code's word, or a compound that ends with one: "vahvistuskoodi", "code", "engångskod", "PIN". */
    private static final Pattern CODE = Pattern.compile("(?:koodi|code|kod|pin)(?:\\p{L}{0,3})(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String AFTER_NUMBER = ": ";

    private CodesSentToANumber() {
    }

    /** Drops the phones found from {@code first} on that stand after another phone and its colon where a code is named. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var code = findings.get(i);
            var phone = phoneBefore(findings, first, code.start() - AFTER_NUMBER.length());
            if (code.type() == EntityType.PHONE && phone != null && text.startsWith(AFTER_NUMBER, phone.end())
                    && CODE.matcher(text).region(sentenceStart(text, phone.start()), phone.start()).find()) {
                findings.remove(i);
            }
        }
    }

    private static Finding phoneBefore(List<Finding> findings, int first, int end) {
        for (int i = first; i < findings.size(); i++) {
            var finding = findings.get(i);
            if (finding.type() == EntityType.PHONE && finding.end() == end) {
                return finding;
            }
        }
        return null;
    }

    /** Where the sentence of {@code at} opens: after its line's start, a full stop or a colon and a space. */
    private static int sentenceStart(String text, int at) {
        int start = Characters.lineStart(text, at);
        for (int i = at - 1; i > start; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return start;
    }
}
