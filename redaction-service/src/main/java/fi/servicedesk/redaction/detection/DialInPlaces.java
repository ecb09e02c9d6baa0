package fi.servicedesk.redaction.detection;

/**
 * A meeting's dial-in list writes each bridge's number, the conference id the phone keys in after it and the city
 * the number is local to ("+44 20 3321 5870,,358112479# United Kingdom, London"): the words after the keyed-in id's
 * '#' on its line are a country and a city, no person's name, whatever a rule or the tagger read in them.
 */
final class DialInPlaces {

    private DialInPlaces() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        if (text.indexOf('#') < 0) {
            return;
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && afterKeyedInId(text, tokens.start(t))) {
                names[t] = false;
            }
        }
    }

    /** A digit and '#' stand before {@code start} on its line, with only letters, spaces and commas between. */
    private static boolean afterKeyedInId(String text, int start) {
        for (int i = start - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '#') {
                return Scan.isDigit(text.charAt(i - 1));
            }
            if (c == '\n' || !Character.isLetter(c) && c != ' ' && c != ',' && c != '-' && c != '(' && c != ')') {
                return false;
            }
        }
        return false;
    }
}
