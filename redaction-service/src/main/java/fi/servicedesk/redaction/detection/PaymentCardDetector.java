package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13–19 digits, spaced or hyphenated, starting as the card schemes'
 * numbers do (2–6; thirteen digits only as Visa's, 4), with a valid Luhn check digit. Order and invoice numbers rarely pass both. A card is written in one
 * run or in the groups printed on it (fours, the last one shorter; American Express's and Diners' 4-6-5 and 4-6-4):
 * a meeting's id in threes ("196 025 148 174 42") or a run joined by a hyphen to an id's letters
 * ("4940510118519-606c7e@…") is no card, whatever its check digit, and neither are the last groups of a longer
 * grouped number (an ICCID in fours, "8946 2055 8675 7843 2553"). Fifteen digits opening with 2 or 3 are a card only as
 * American Express's 34 and 37: no other scheme issues fifteen digits there, and an IMEI (TAC 35…) or an IMSI (its
 * country code, 244…, 310…) has fifteen digits and may pass Luhn. Eighteen digits opening with 643 are a Finnish
 * electricity or water metering point's id ("käyttöpaikka 643000000000123456"), a GS1 service relation number under
 * Finland's prefix 643, which no card scheme issues; fourteen digits are Diners Club's (3) and Maestro's (5, 6) alone,
 * and a library card's barcode, fourteen digits opening with 2, passes Luhn as a card does. A shop's own card, a gift or loyalty card, or a shipment's tracking
 * number ({@link NumbersThatPayNothing}), is no payment card whatever its digits, and neither are the first groups of a
 * number that goes on in two or more groups.
 */
public final class PaymentCardDetector implements Detector {

    /** No "+" before (a phone's country code: "+358 45 50 88 060 12:35"), no time's or decimal's digits after. */
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}.,+-])[2-6](?:[ -]?[0-9]){12,18}(?![\\p{L}\\p{N}]|[.,:][0-9]|-[\\p{L}\\p{N}])");
    /** A date written year first after one space, no digit after it: " 2026-01-12". */
    private static final Pattern ISO_DATE = Pattern.compile(" \\d{4}-\\d{2}-\\d{2}(?!\\d)");
    /** A group of three digits and a decimal part after the card: the rest of an amount written with a thousands' space. */
    private static final Pattern THOUSANDS_AND_DECIMALS = Pattern.compile(" \\d{3}[,.]\\d{1,2}(?!\\d)");
    /** The most digits an amount's first group, before its thousands' space, holds. */
    private static final int THOUSANDS_DIGITS = 3;
    private static final Scan.Opening OPENING = Scan.Opening.of("23456", PaymentCardDetector::mayStart);
    private static final int MIN_DIGITS = 13;
    private static final char VISA = '4';
    private static final int AMEX_DIGITS = 15;
    /** Diners Club's length, which Maestro issues too; Visa and Mastercard never do. */
    private static final int DINERS_DIGITS = 14;
    /** The schemes that issue fourteen digits open with these: Diners Club 30, 36, 38 and 39, Maestro 5 and 6. */
    private static final String DINERS_AND_MAESTRO_OPENINGS = "356";
    /** A Finnish metering point's id: GS1 Finland's prefix and eighteen digits in all. */
    private static final String METERING_POINT_PREFIX = "643";
    private static final int METERING_POINT_DIGITS = 18;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.digits() < MIN_DIGITS) {
            return;
        }
        var candidate = new Scan(CANDIDATE, message);
        for (int from = 0; candidate.find(from, OPENING); from = candidate.match().end()) {
            int start = candidate.match().start();
            int matchEnd = candidate.match().end();
            int end = isCard(text, start, matchEnd) ? matchEnd
                    : Math.max(text.lastIndexOf(' ', matchEnd - 1), text.lastIndexOf('-', matchEnd - 1));
            if (end > start && isCard(text, start, end)) {
                findings.add(new Finding(EntityType.PAYMENT_CARD, start, end, Characters.compact(text.substring(start, end))));
            }
        }
    }

    /**
     * Whether the digits from {@code start} to {@code end} are a card. A candidate is tried again without its last group
     * when it is none: the pattern takes a security code after an American Express number ("3782 822463 10005 1234")
     * into the nineteen digits a card may have.
     */
    private static boolean isCard(String text, int start, int end) {
        var written = text.substring(start, end);
        var digits = Characters.compact(written);
        return digits.length() >= MIN_DIGITS && Checksums.luhn(digits) && groupedAsACard(written) && schemeIssuesItsLength(digits)
                && !continuesAGroupedNumber(text, start) && !goesOnInGroups(text, end) && !lastGroupOpensAnAmount(text, start, end)
                && !NumbersThatPayNothing.numberAt(text, start);
    }

    /**
     * Whether the candidate's short last group is the first of an amount written with a thousands' space right after
     * the card ("kortti 4088 1758 5868 5883 2 865,92 €"): a group of three with a decimal part follows it, and the
     * pattern took the amount's first digits as the card's seventeenth, which pass the checksum one time in ten.
     */
    private static boolean lastGroupOpensAnAmount(String text, int start, int end) {
        int space = text.lastIndexOf(' ', end - 1);
        return space > start && end - space - 1 <= THOUSANDS_DIGITS
                && THOUSANDS_AND_DECIMALS.matcher(text).region(end, text.length()).lookingAt();
    }

    /**
     * Thirteen digits only as Visa's oldest cards, opening with 4: no other scheme issues so short a number, and a
     * call record's Brazilian mobile without its "+" ("5511950888546") may pass Luhn. Fifteen digits opening with 2 or 3
     * only as American Express's 34 and 37 (an IMEI or an IMSI otherwise). Fourteen only as Diners Club's and Maestro's
     * (a library card's barcode, "Lånekort 21343166870575", otherwise). Eighteen opening with 643 are a metering point's.
     */
    private static boolean schemeIssuesItsLength(String digits) {
        return switch (digits.length()) {
            case MIN_DIGITS -> digits.charAt(0) == VISA;
            case AMEX_DIGITS -> digits.charAt(0) > '3' || digits.startsWith("34") || digits.startsWith("37");
            case DINERS_DIGITS -> DINERS_AND_MAESTRO_OPENINGS.indexOf(digits.charAt(0)) >= 0;
            case METERING_POINT_DIGITS -> !digits.startsWith(METERING_POINT_PREFIX);
            default -> true;
        };
    }

    /** Whether a group of digits and one space or hyphen stand right before {@code start}: the candidate ends a longer number. */
    private static boolean continuesAGroupedNumber(String text, int start) {
        return start >= 2 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '-') && Scan.isDigit(text.charAt(start - 2));
    }

    /**
     * Whether two or more groups of digits follow the candidate's end: the candidate opens a grouped number longer than
     * any card (a chargeback's 23-digit ARN, "5113 0145 0892 0661 2249 966"). One group after a card is its security
     * code or its expiry ("… 6467 0828 CVC 123"), a group before a slash a date's, and groups that end in a decimal
     * comma or point and its digits an amount's, written with a thousands' space ("kortilla 4269059806521153 7 586,89 €"),
     * and a date written year first the payment's ("kortilla 4566 8062 6537 7695 2026-01-12 20:27:03").
     */
    private static boolean goesOnInGroups(String text, int end) {
        if (ISO_DATE.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        int groups = 0;
        for (int i = end; groups < 2 && i + 1 < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')
                && Scan.isDigit(text.charAt(i + 1)); groups++) {
            i++;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '/') {
                break;
            }
            if (i + 1 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.') && Scan.isDigit(text.charAt(i + 1))) {
                return false;
            }
        }
        return groups >= 2;
    }

    /**
     * One run of digits, or groups of four with a shorter last one, or 4-6-4 and 4-6-5. Read in place ({@link #CANDIDATE}
     * parts the digits by one space or hyphen at most): a split by a pattern compiled it for every candidate.
     */
    private static boolean groupedAsACard(String written) {
        int groups = 0;
        int first = 0;
        int second = 0;
        int last = 0;
        boolean foursBefore = true;
        for (int i = 0, start = 0; ; i++) {
            boolean end = i == written.length();
            if (!end && written.charAt(i) != ' ' && written.charAt(i) != '-') {
                continue;
            }
            last = i - start;
            if (groups == 0) {
                first = last;
            } else if (groups == 1) {
                second = last;
            }
            groups++;
            if (end) {
                break;
            }
            foursBefore &= last == 4;
            start = i + 1;
        }
        return groups == 1 || groups == 3 && first == 4 && second == 6 && last >= 4 && last <= 5 || foursBefore && last >= 1 && last <= 4;
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
