package fi.servicedesk.redaction.detection;

/**
 * A phone number with the letter O typed for a zero, as hurried fingers and forms copied by hand write it: "+358 4O 328
 * 2936", "O40 731 0714", "04O0 188 659", "+358 (O)13 083 3312" (R8.2). An O that no letter touches and a digit stands
 * beside (or in a number's "(O)") is read as 0 in a copy of the message, the same length, so a number found in the copy
 * stands where it stands in the message. A word never holds such an O, and {@link PhoneDetector} keeps a number read
 * over one only where libphonenumber holds it valid for its region, not merely of a possible length.
 */
final class ZerosTypedAsLetterO {

    private ZerosTypedAsLetterO() {
    }

    /** The message with each O typed for a zero read as 0, or null where it holds none: most messages. */
    static String readAsZeros(Text message) {
        var text = message.value();
        char[] copy = null;
        for (int run = 0; run < message.digitRunCount(); run++) {
            int start = message.digitRun(run);
            int end = start;
            while (end < text.length() && Scan.isDigit(text.charAt(end))) {
                end++;
            }
            copy = zeroAt(text, start - 1, copy);
            copy = zeroAt(text, end, copy);
            copy = zeroAt(text, start - 2, copy);
        }
        return copy == null ? null : new String(copy);
    }

    /** {@code copy} (made at the first) with a 0 at {@code o} where an O there is typed for one. */
    private static char[] zeroAt(String text, int o, char[] copy) {
        if (o < 0 || o >= text.length() || !typedForZero(text, o)) {
            return copy;
        }
        var read = copy == null ? text.toCharArray() : copy;
        read[o] = '0';
        return read;
    }

    /** Whether {@code text[start, end)} holds a letter O. */
    static boolean holdsOne(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isO(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** An O touched by no letter, with a digit beside it or standing as "(O)" before one: "4O", "O40", "(O)13". */
    private static boolean typedForZero(String text, int i) {
        if (!isO(text.charAt(i)) || letterAt(text, i - 1) || letterAt(text, i + 1)) {
            return false;
        }
        boolean digitBeside = digitAt(text, i - 1) || digitAt(text, i + 1);
        boolean enclosed = i >= 1 && text.charAt(i - 1) == '(' && i + 2 < text.length() && text.charAt(i + 1) == ')' && digitAt(text, i + 2);
        return digitBeside || enclosed;
    }

    private static boolean isO(char c) {
        return c == 'O' || c == 'o';
    }

    private static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && Characters.isLetter(text.charAt(i));
    }

    private static boolean digitAt(String text, int i) {
        return i >= 0 && i < text.length() && Scan.isDigit(text.charAt(i));
    }
}
