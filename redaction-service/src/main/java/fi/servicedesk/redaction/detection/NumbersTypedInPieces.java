package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.List;
import java.util.Locale;

/**
 * A phone sent in two chat messages, one after the other, below a word for a number ("laita numero niin lisään",
 * "send your number") (R3.2, R8.2): "+90 542 28" and then "663 40", each message
 * nothing but its digits, on its own line or after its header's colon ("[3.2. 12:53] Iina: +4176412", "[3.2. 12:54]
 * Iina: 0186"), the second on the next line or after one header line. Each piece alone is no number; the two together
 * are one the plan holds: valid after "+", a valid Finnish number, or a mobile of some country in its national form
 * ({@link NationalFormsAfterCues#mobile}). Both pieces are the phone, and both are hidden.
 */
final class NumbersTypedInPieces {

    private static final int MIN_FIRST = 3;
    private static final int MIN_SECOND = 2;
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;
    /** The fewest digits of a national form with no trunk prefix: its mobiles have nine or more, a list's sums fewer. */
    private static final int MIN_WITHOUT_TRUNK = 9;
    /** The longest line read as a chat message's header between the pieces: "Iina Korpinen, [15.3. 13:49]". */
    private static final int LONGEST_HEADER = 60;
    /** The words for a phone's number that the chat speaks of before the pieces. */
    private static final List<String> CUES = List.of("numer", "number", "nummer", "nro", "puhelin", "phone", "telefon");

    /** A piece: where its digits stand in the text. */
    private record Piece(int start, int end) {
    }

    private final PhoneNumberUtil numbers;
    private final NationalFormsAfterCues plans;

    NumbersTypedInPieces(PhoneNumberUtil numbers, NationalFormsAfterCues plans) {
        this.numbers = numbers;
        this.plans = plans;
    }

    void find(Text message, List<Finding> findings) {
        var s = message.value();
        if (s.indexOf('\n') < 0) {
            return;
        }
        int cue = firstCue(s);
        if (cue < 0) {
            return;
        }
        Piece previous = null;
        int previousLine = -1;
        int line = 0;
        for (int lineStart = 0; lineStart < s.length(); line++) {
            int lineEnd = Characters.lineEnd(s, lineStart);
            var piece = lineEnd > cue ? piece(s, lineStart, lineEnd) : null;
            if (piece != null && previous != null && (line == previousLine + 1 || line == previousLine + 2)) {
                var value = joined(s, previous, piece);
                if (value != null) {
                    add(findings, previous, value);
                    add(findings, piece, value);
                    piece = null;
                }
            } else if (piece == null && previous != null && line == previousLine + 1 && lineEnd - lineStart > LONGEST_HEADER) {
                previous = null;
            }
            if (piece != null) {
                previous = piece;
                previousLine = line;
            }
            lineStart = lineEnd + 1;
        }
    }

    /** Where the message first speaks of a number ("laita numero", "send your number", "skicka ditt nummer"), or -1. */
    private static int firstCue(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (var cue : CUES) {
            int at = lower.indexOf(cue);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }
        return first;
    }

    /** The digits that are all of a line, or all after its last ": " (a header's), with a "+" first or not; else null. */
    private static Piece piece(String text, int lineStart, int lineEnd) {
        int colon = text.lastIndexOf(": ", lineEnd - 1);
        int start = colon >= lineStart ? colon + 2 : lineStart;
        int end = lineEnd;
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start >= end || !Scan.isDigit(text.charAt(end - 1))) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Scan.isDigit(c) && c != ' ' && !(c == '+' && i == start)) {
                return null;
            }
        }
        return new Piece(start, end);
    }

    private String joined(String text, Piece first, Piece second) {
        var one = digits(text, first);
        var two = digits(text, second);
        int length = one.length() + two.length();
        if (one.length() < MIN_FIRST || two.length() < MIN_SECOND || length < MIN_DIGITS || length > MAX_DIGITS
                || read(text, first, one) != null) {
            return null;
        }
        return read(text, first, one + two);
    }

    /** The E.164 of the digits dialled as the first piece opens, or null where no plan holds them. */
    private String read(String text, Piece first, String digits) {
        boolean international = text.charAt(first.start()) == '+';
        if (!international && digits.charAt(0) != '0') {
            if (digits.length() < MIN_WITHOUT_TRUNK) {
                return null;
            }
            // "695 380" and "0643": a country's national form with no trunk prefix, which only a mobile's range proves
            return plans.mobile(text, first.start(), digits);
        }
        try {
            var number = numbers.parse(international ? "+" + digits : digits, international ? "ZZ" : PhoneDetector.DEFAULT_REGION);
            if (numbers.isValidNumber(number)) {
                return "+" + number.getCountryCode() + number.getNationalNumber();
            }
        } catch (NumberParseException e) {
            // not dialled so: another country's national form may hold it
        }
        return international ? null : plans.mobile(text, first.start(), digits);
    }

    private static String digits(String text, Piece piece) {
        var digits = new StringBuilder(MAX_DIGITS);
        for (int i = piece.start(); i < piece.end(); i++) {
            if (Scan.isDigit(text.charAt(i))) {
                digits.append(text.charAt(i));
            }
        }
        return digits.toString();
    }

    private static void add(List<Finding> findings, Piece piece, String value) {
        findings.removeIf(f -> f.type() == EntityType.PHONE && f.start() < piece.end() && piece.start() < f.end());
        findings.add(new Finding(EntityType.PHONE, piece.start(), piece.end(), value));
    }
}
