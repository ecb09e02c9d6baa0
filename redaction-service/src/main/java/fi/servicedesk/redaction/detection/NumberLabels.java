package fi.servicedesk.redaction.detection;

/**
 * A number's label abbreviated as Finnish "nro" or Swedish "nr" glued to what it numbers is no name: a diary's
 * ("Dnro 412/2026", "Dnr"), an order's or a customer's ("Tilausnro", "Asnro", "Kundnr"), also as a table's column
 * title ("| Dnro | Pyytäjä |"). A consonant stands before the ending's "n" in these, a vowel in names ending so
 * ("Munro", "Monro").
 */
final class NumberLabels {

    private NumberLabels() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && isNumberLabel(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            }
        }
    }

    private static boolean isNumberLabel(String text, int start, int end) {
        int n;
        if (end - start >= 4 && text.startsWith("nro", end - 3)) {
            n = end - 3;
        } else if (end - start >= 3 && text.startsWith("nr", end - 2)) {
            n = end - 2;
        } else {
            return false;
        }
        char before = Character.toLowerCase(text.charAt(n - 1));
        return Character.isLetter(before) && "aeiouyåäöé".indexOf(before) < 0;
    }
}
