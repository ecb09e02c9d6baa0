package fi.servicedesk.redaction.detection;

/** Word-boundary tests the detectors share: a finding never starts or ends inside a word. */
final class Characters {

    private Characters() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** True when the character before {@code index} does not continue a word. */
    static boolean boundaryBefore(String text, int index) {
        return index == 0 || !isWordChar(text.charAt(index - 1));
    }

    /** True when the character at {@code index} does not continue a word. */
    static boolean boundaryAfter(String text, int index) {
        return index >= text.length() || !isWordChar(text.charAt(index));
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The digits (and upper-cased letters) of {@code text}, without spaces and separators. */
    static String compact(CharSequence text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }
}
