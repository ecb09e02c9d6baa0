package fi.servicedesk.redaction.detection;

/**
 * "Tein Rondo:ssä tilauksen", "Coupa:sta ei tule": Finnish puts a case ending after a colon on an abbreviation, a
 * number or a system's name written as its brand ("SAP:ssa", "Rondo:ssa"), never on a person's name, which takes it
 * glued ("Rondolla"). The cases read are those of being in or coming from a place ("-ssa", "-sta"), where a system
 * stands and a person does not.
 */
final class CaseEndingsAfterAColon {

    private static final String[] ENDINGS = {"ssa", "ssä", "sta", "stä"};

    private CaseEndingsAfterAColon() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int end = tokens.end(t);
            if (names[t] && end + 1 < text.length() && text.charAt(end) == ':' && endingAt(text, end + 1)) {
                names[t] = false;
            }
        }
    }

    private static boolean endingAt(String text, int at) {
        for (var ending : ENDINGS) {
            int after = at + ending.length();
            if (text.startsWith(ending, at) && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }
}
