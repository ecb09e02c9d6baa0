package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A code the sentence says is sent to a number, written after that number and a colon or a verb of being ("Vahvistuskoodi tulee
 * numeroosi +358 45 651 1023: 72758721", "Your code was sent to 07700 900123: 482913"): the phone is the number
 * before the colon; what follows it, four to eight digits in one run, is the code, a credential and no second phone.
 * A sentence that names a code but sends none ("The code went to the old number …: 07700 900456 is my new one") and
 * a grouped number after the colon keep their phones. The code may also follow the number as what the code was
 * ("The pick-up code sent to 0048 60 188 8924 was 790243", "Koden som kom till +46 72 638 5344 var LE7295"): the one
 * at that number was given it to type, so it is a credential (R8.2), whatever it opens; a code that names a thing
 * ("The tracking code sent to … was 4821") and a sentence that sends no code ("The invoice sent to … was 4821") stay.
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
     * "lähetettiin numeroon", "Lähetin koodin numeroon", "skickad till", "skickade koden till", "som kom till".
     */
    private static final Pattern SENT = Pattern.compile("(?<!\\p{L})(?:(?:sent|send|sends|texted)(?: [\\p{L}-]+){0,3} to"
            + "|(?:tulee|tuli|lähet(?!täj)\\p{L}*|lähti)(?: [\\p{L}-]+){0,2} numero\\p{L}*"
            + "|(?:skicka\\p{L}*|kom|kommer)(?: [\\p{L}-]+){0,2} till)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A code's digits: four to eight in one run, no group of a phone's. */
    private static final Pattern CODE_DIGITS = Pattern.compile("\\d{4,8}");
    /** The verb that says what a code sent to a number was: "was", "is", "var", "är", "oli", "on". */
    private static final String BEING = "(?:was|is|var|är|oli|on)";
    /**
     * What parts the number from its code: a colon, or the verb that says what the code was ("The pick-up code sent to
     * 091 8379 4300 was 02082029", "Koden som skickades till 070 … var 0530", "Koodi lähetettiin numeroon 040 … oli 0412").
     */
    private static final Pattern AFTER_NUMBER = Pattern.compile(": | " + BEING + " ");
    /**
     * A number, a verb of being and the code it names: four to eight digits with a keypad's star or hash, two groups
     * of three or one or two capitals before four digits ("… 8924 was 790243", "… 5344 var LE7295", "… 1553 is
     * 612-966"), no date's, time's or amount's separator and digit after it.
     */
    private static final Pattern NUMBER_THEN_CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])\\+?[0-9][0-9 ().-]{4,22}[0-9],?[ \\t]+" + BEING + "[ \\t]+"
                    + "([*#]?[0-9]{4,8}[#*]?|" + PickUpCodes.LOCKER_SHAPES + ")" + PickUpCodes.CODE_END);
    private static final Fragment[] CODE_FRAGMENTS = Fragment.each("koodi", "kod", "code", "pin");
    /** The fewest digits of a phone and a code after it. */
    private static final int MIN_DIGITS = 10;

    private CodesSentToANumber() {
    }

    /** Finds the codes a sentence sends to a number and then gives after it as what the code was. */
    static void find(Text message, List<Finding> findings) {
        if (message.digits() < MIN_DIGITS || !Fragment.anyMayBeIn(CODE_FRAGMENTS, message)) {
            return;
        }
        var text = message.value();
        var m = NUMBER_THEN_CODE.matcher(text);
        while (m.find()) {
            int from = sentenceStart(text, m.start());
            int word = lastCodeWord(text, from, m.start());
            if (word >= 0 && SENT.matcher(text).region(from, m.start()).find() && !SentCodes.namesAThing(text, word)
                    && !PasswordsAfterTheirPlace.heldAlready(findings, m.start(1), m.end(1))) {
                findings.add(Finding.of(EntityType.CREDENTIAL, text, m.start(1), m.end(1)));
            }
        }
    }

    /** Where the last code's word in {@code text[from, to)} begins, or -1. */
    private static int lastCodeWord(String text, int from, int to) {
        var word = CODE.matcher(text).region(from, to);
        int last = -1;
        while (word.find()) {
            last = word.start();
        }
        return last;
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
