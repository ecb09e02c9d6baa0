package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13–19 digits, spaced or hyphenated, starting as the card schemes'
 * numbers do (2–6), with a valid Luhn check digit. Order and invoice numbers rarely pass both.
 */
public final class PaymentCardDetector implements Detector {

    /** No "+" before (a phone's country code: "+358 45 50 88 060 12:35"), no time's or decimal's digits after. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}.,+-])[2-6](?:[ -]?[0-9]){12,18}(?![\\p{L}\\p{N}]|[.,:][0-9])");
    private static final Scan.Opening OPENING = Scan.Opening.of("23456", PaymentCardDetector::mayStart);
    private static final int MIN_DIGITS = 13;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.digits() < MIN_DIGITS) {
            return;
        }
        var candidate = new Scan(CANDIDATE, message);
        for (int from = 0; candidate.find(from, OPENING); from = candidate.match().end()) {
            var digits = Characters.compact(candidate.match().group());
            if (Checksums.luhn(digits)) {
                findings.add(new Finding(EntityType.PAYMENT_CARD, candidate.match().start(), candidate.match().end(), digits));
            }
        }
    }

    private static boolean mayStart(String text, int i) {
        char c = text.charAt(i);
        return c >= '2' && c <= '6' && Characters.notAfterWord(text, i, ".,+-") && hasEnoughDigits(text, i);
    }

    /**
     * The pattern's {@code [2-6](?:[ -]?[0-9]){12,18}} needs 13 digits with at most one space or
     * hyphen between two: most runs of digits (prices, order numbers, dates) are shorter.
     */
    private static boolean hasEnoughDigits(String text, int i) {
        int digits = 1;
        int j = i + 1;
        while (digits < MIN_DIGITS) {
            if (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '-')) {
                j++;
            }
            if (j >= text.length() || !Scan.isDigit(text.charAt(j))) {
                return false;
            }
            digits++;
            j++;
        }
        return true;
    }
}
