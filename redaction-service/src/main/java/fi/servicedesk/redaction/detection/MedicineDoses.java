package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A medicine's trade name before its strength ("Xarelto 20 mg", "Thyroxin 50 mikrog", "Ventoline 0,1 mg/annos",
 * "Pamol 1 g-reseptin"): a capitalised word right before a number and a unit of dose is what is given, no one's
 * name, as a prescription, a medicine list or a pump's infusion writes it (R8.2 keeps medicines, which identify no one).
 * A person's name is never followed by a bare quantity and its unit so.
 */
final class MedicineDoses {

    /**
     * Units of a dose, folded to lower case, Finnish, Swedish and English alike: mass, volume, international units
     * ("ky", "IU", "IE"), amount of substance ("mmol"), as written after a medicine's strength.
     */
    private static final WordSet UNITS = WordSet.of(Set.of("mg", "g", "µg", "μg", "mcg", "ug", "mikrog",
            "mikrogrammaa", "milligrammaa", "ng", "ml", "mmol", "ky", "iu", "ie", "mgr"));

    private MedicineDoses() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && isDoseAt(text, tokens.end(t))) {
                names[t] = false;
            }
        }
    }

    /** One space, a number (with a decimal comma or point), an optional space and a unit of dose that ends there. */
    private static boolean isDoseAt(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int i = numberEnd(text, end + 1);
        if (i == end + 1) {
            return false;
        }
        if (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int unit = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > unit && (i == text.length() || !Characters.isLetterOrNumber(text.charAt(i))) && UNITS.contains(text, unit, i);
    }

    /** Where the number from {@code from} ends: its digits, and a decimal comma or point with digits after it. */
    private static int numberEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Scan.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > from && i + 1 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.') && Scan.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }
}
