package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A product named before its capacity: "Molok Classic 5 m³", "Otto 140 l -biojäteastia", "an Otto 140 l bin". A
 * container, a tank or an appliance is sold by its maker's and model's name and its volume, and the name lists read
 * the maker ("Otto", "Molok") and the model ("Classic") as names; no one's name stands right before a number of
 * litres or cubic metres. One or two capitalised words right before the number, not a person's full name ("Pekka
 * Virtanen 5 l": a given name and a surname the lists know), and only before a unit of volume, which ends its word:
 * a weight or a length after a name is the person's ("Otto 80 kg", "Anna 170 cm").
 */
final class ProductsBeforeTheirSize {

    /** Units of volume, as written after the number. */
    private static final Set<String> VOLUMES = Set.of("l", "L", "m³", "m3", "litre", "litres", "liter", "liters",
            "litraa", "litran", "litrainen", "kuutiota");
    private static final int LONGEST_NAME = 2;
    private static final int LONGEST_UNIT = VOLUMES.stream().mapToInt(String::length).max().orElseThrow();

    private ProductsBeforeTheirSize() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || !volumeAfter(text, tokens.end(t))) {
                continue;
            }
            int first = t;
            while (first > 0 && t - first + 1 < LONGEST_NAME && tokens.isCapitalised(first - 1)
                    && tokens.spaced(first - 1, first)) {
                first--;
            }
            if (FirmsAfterTheirTrade.isFullName(words, first, t) || holdsASurname(text, tokens, words, first, t)) {
                continue;
            }
            for (int k = first; k <= t; k++) {
                names[k] = false;
            }
        }
    }

    /**
     * A word of the run the lists know as a surname and not as a given name or a maker: a patient's, a pupil's or a
     * guest's measure is written after their surname ("Potilas Virtanen 2 l nestettä", "Eleven Nyqvist 3 liter"),
     * where a maker's name that is also a given name ("Otto") or a word nobody bears ("Molok", "Classic") is a product's.
     */
    private static boolean holdsASurname(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (NameWords.hasSurnameReading(words[k]) && !NameWords.isGivenName(words[k])
                    && !NameLexicon.isMaker(text, tokens.start(k), tokens.end(k))) {
                return true;
            }
        }
        return false;
    }

    /** A space, a number and a unit of volume that ends its word at {@code end}: " 140 l", " 5 m³", " 1,5 litraa". */
    private static boolean volumeAfter(String text, int end) {
        int i = end;
        if (i + 3 > text.length() || text.charAt(i) != ' ' || !Scan.isDigit(text.charAt(i + 1))) {
            return false;
        }
        i++;
        while (i < text.length() && (Scan.isDigit(text.charAt(i)) || (text.charAt(i) == ',' || text.charAt(i) == '.')
                && i + 1 < text.length() && Scan.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int unit = ++i;
        while (i < text.length() && i - unit <= LONGEST_UNIT && !Character.isWhitespace(text.charAt(i))
                && text.charAt(i) != ',' && text.charAt(i) != '.' && text.charAt(i) != ';' && text.charAt(i) != ')') {
            i++;
        }
        return VOLUMES.contains(text.substring(unit, i));
    }
}
