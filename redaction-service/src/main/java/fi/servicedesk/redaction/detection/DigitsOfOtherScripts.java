package fi.servicedesk.redaction.detection;

/**
 * Digits of other scripts read as ASCII ones, one character for one: a number is someone's in whatever digits it is
 * written (R3.2, R8.2), and {@code +٩٦٤ ٧٨١ ٢١٧ ٩٢٧٤} (Arabic-Indic), {@code +۹۸-۹۳۵-۷۵۳-۲۴۱۶} (Persian),
 * {@code ०९८४१…} (Devanagari) or {@code ０８０－８２０４－２８１９} (full-width) are read as the number the ASCII
 * detectors know. Every decimal digit of Unicode is one (what {@link Character#digit(char, int)} gives it), and of the
 * full-width forms also the signs a number is written with: {@code ＋ － （ ）}. Only the characters change, never
 * their count, so that offsets are the same in both texts; a date in these digits is read as the ASCII date it is, and
 * the detectors leave it as they leave that.
 */
final class DigitsOfOtherScripts {

    /** The first character that is not ASCII or Latin and can be a digit: Arabic-Indic zero. */
    private static final char FIRST = '\u0660';

    private DigitsOfOtherScripts() {
    }

    /** {@code text} with its digits of other scripts in ASCII, or {@code text} itself where it has none. */
    static String inAscii(String text) {
        // One cheap pass for the message that has none: a character below Arabic-Indic zero is never one.
        int length = text.length();
        int first = 0;
        while (first < length && ascii(text.charAt(first)) == text.charAt(first)) {
            first++;
        }
        if (first == length) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < length; i++) {
            chars[i] = ascii(chars[i]);
        }
        return new String(chars);
    }

    /** {@code c} as ASCII where it is a digit or a full-width sign of a number, else {@code c}. */
    private static char ascii(char c) {
        if (c < FIRST) {
            return c;
        }
        return switch (c) {
            case '\uFF0B' -> '+';
            case '\uFF0D' -> '-';
            case '\uFF08' -> '(';
            case '\uFF09' -> ')';
            default -> Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c;
        };
    }
}
