package fi.servicedesk.redaction.detection;

/**
 * A word all in capitals glued by a hyphen to digits is a code, not a name: a car's plate ("ZXV-77", "HEL-45"), a
 * ticket's or an asset's key ("INC-4411"), a visitor card's number after its one letter ("V-727"). Names in capitals
 * ("VIRTANEN") and initials ("J-P") are followed by a space, punctuation or a letter, never by "-" and a number. The
 * word before a code that is its letters in another case names the code's kind ("job JOB-021783" in a print log).
 */
final class GluedCodes {

    /** A plate's or key's letters: one to five; a print job's key spells its kind out. */
    private static final int LONGEST_LETTERS = 5;

    private GluedCodes() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.length(t) <= LONGEST_LETTERS && isCode(text, tokens, t)
                    || names[t] && t + 1 < tokens.size() && isCode(text, tokens, t + 1) && sameLetters(text, tokens, t, t + 1)) {
                names[t] = false;
            }
        }
    }

    /** Capitals glued by a hyphen to a digit ("INC-4411", "V-727", "JOB-021783"). */
    private static boolean isCode(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isDigit(text.charAt(end + 1))
                && Characters.inCapitals(text, tokens.start(t), end);
    }

    private static boolean sameLetters(String text, Tokens tokens, int word, int code) {
        return tokens.length(word) == tokens.length(code)
                && text.regionMatches(true, tokens.start(word), text, tokens.start(code), tokens.length(code));
    }
}
