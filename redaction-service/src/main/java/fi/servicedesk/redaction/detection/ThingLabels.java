package fi.servicedesk.redaction.detection;

/**
 * "Alert fired: Charles Schwab", "Hälytys: Martela", "Kit: Penny Lane", "Category: Adobe Acrobat": labels of
 * tickets, alerts and forms whose value is a system, a service, a product or a piece of kit, never a person.
 * The capitalised words right after such a label are that thing's name, but not before a possessive
 * ("Kit: Jarmo's old laptop").
 */
final class ThingLabels {

    /** Labels, as written, whose value is a thing; each ends with its colon. */
    private static final String[] LABELS = {"Alert fired:", "Alert:", "Hälytys:", "Kit:", "Topic:", "Subject:", "Aihe:",
            "Category:", "Kategoria:", "Affected:", "Service:", "Palvelu:", "System:", "Järjestelmä:", "Application:",
            "Sovellus:", "Product:", "Tuote:", "Koskee:", "Re:"};
    private static final WrittenWords LABEL_WORDS = WrittenWords.of(LABELS);
    private static final int LONGEST_NAME = 3;

    private ThingLabels() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && afterLabel(text, tokens.start(t))) {
                int k = t;
                while (k + 1 < tokens.size() && k + 1 - t < LONGEST_NAME && tokens.isCapitalised(k + 1) && tokens.spaced(k, k + 1)) {
                    k++;
                }
                if (!text.startsWith("'s", tokens.end(k)) && !text.startsWith("’s", tokens.end(k))) {
                    for (int s = t; s <= k; s++) {
                        names[s] = false;
                    }
                }
                t = k;
            }
        }
    }

    private static boolean afterLabel(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || text.charAt(start - 2) != ':') {
            return false;
        }
        return LABEL_WORDS.endsWordAt(text, start - 1);
    }
}
