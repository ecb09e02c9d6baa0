package fi.servicedesk.redaction.detection;

/**
 * A word all in capitals glued by a hyphen to digits is a code, not a name: a car's plate ("ZXV-77", "HEL-45"), a
 * ticket's or an asset's key ("INC-4411"). Names in capitals ("VIRTANEN") are followed by a space or punctuation, never
 * by "-" and a number.
 */
final class GluedCodes {

    /** A plate's or key's letters: two to five. */
    private static final int LONGEST_LETTERS = 5;

    private GluedCodes() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int end = tokens.end(t);
            if (names[t] && tokens.length(t) >= 2 && tokens.length(t) <= LONGEST_LETTERS && end + 1 < text.length()
                    && text.charAt(end) == '-' && Character.isDigit(text.charAt(end + 1)) && allCapitals(text, tokens.start(t), end)) {
                names[t] = false;
            }
        }
    }

    private static boolean allCapitals(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
