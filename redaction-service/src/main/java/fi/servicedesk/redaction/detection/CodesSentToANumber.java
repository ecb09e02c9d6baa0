package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A code the sentence says is sent to a number, written after that number and a colon or the verb that gives it
 * ("Vahvistuskoodi tulee numeroosi +358 45 651 1023: 72758721", "Your code was sent to 07700 900123: 482913", "The
 * pick-up code sent to 091 8379 4300 was 02082029"): the phone is the number before them; what follows it, four to eight digits in one run, is the code, a credential and no second phone.
 * A sentence that names a code but sends none ("The code went to the old number …: 07700 900456 is my new one") and
 * a grouped number after the colon keep their phones.
 */
final class CodesSentToANumber {

    /**
     * A code's word, or a Finnish or Swedish compound that ends with one: "vahvistuskoodi", "code", "engångskod", "PIN";
     * no word that holds its letters ("opinion", "barcode").
     */
    private static final Pattern CODE = Pattern.compile("(?<!\\p{L})(?:\\p{L}*(?:koodi|kod)|code|pin)\\p{L}{0,3}(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A verb of sending to the number, maybe with the code between: "sent to", "sent you a code to", "tulee numeroosi",
     * "lähetettiin numeroon", "Lähetin koodin numeroon", "skickad till", "skickade koden till".
     */
    private static final Pattern SENT = Pattern.compile("(?<!\\p{L})(?:(?:sent|send|sends|texted)(?: [\\p{L}-]+){0,3} to"
            + "|(?:tulee|tuli|lähet(?!täj)\\p{L}*|lähti)(?: [\\p{L}-]+){0,2} numero\\p{L}*"
            + "|skicka\\p{L}*(?: [\\p{L}-]+){0,2} till)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A code's digits: four to eight in one run, no group of a phone's. */
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{4,8}");
    /**
     * What parts the number from its code: a colon, or the verb that says what the code was ("The pick-up code sent to
     * 091 8379 4300 was 02082029", "Koden som skickades till 070 … var 0530", "Koodi lähetettiin numeroon 040 … oli 0412").
     */
    private static final Pattern AFTER_NUMBER = Pattern.compile(": | (?:was|is|var|är|oli|on) ");

    private CodesSentToANumber() {
    }

    /** Drops the phones found from {@code first} on that stand after another phone and its colon where a code is named. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var code = findings.get(i);
            if (code.type() != EntityType.PHONE
                    || !CODE_DIGITS.matcher(text).region(code.start(), code.end()).matches()) {
                continue;
            }
            var phone = phoneBefore(text, findings, first, code.start());
            if (phone != null && namesACodeSent(text, sentenceStart(text, phone.start()), phone.start())) {
                findings.remove(i);
            }
        }
    }

    /** Whether {@code text[from, to)} names a code and sends it to a number. */
    static boolean namesACodeSent(String text, int from, int to) {
        return CODE.matcher(text).region(from, to).find() && SENT.matcher(text).region(from, to).find();
    }

    /** The phone that {@link #AFTER_NUMBER} alone parts from the code at {@code code}, or null. */
    private static Finding phoneBefore(String text, List<Finding> findings, int first, int code) {
        for (int i = first; i < findings.size(); i++) {
            var finding = findings.get(i);
            if (finding.type() == EntityType.PHONE && finding.end() < code
                    && AFTER_NUMBER.matcher(text).region(finding.end(), code).matches()) {
                return finding;
            }
        }
        return null;
    }

    /** Where the sentence of {@code at} opens: at its line's start, or after a full stop, "!" or "?" and a space. */
    static int sentenceStart(String text, int at) {
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
