package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A family's firm named by its surname and its trade: the surname in the genitive before the trade's word
 * capitalised ("Hovilan Taksi", "Virtasen Kuljetus", "Hovilas Taxi", "Anderssons Bygg", "Polglases Minicabs"), or
 * glued in front of it as a Swedish compound ("Hovilataxi", "Tikanojabilen", "Hovilataxin"). No one is called by a
 * trade's word, and a capital on it mid-sentence makes it a name's part: the firm's, both words. Not after a given
 * name, where the genitive is that person's ("Pekka Hovilan Taksi"), nor a given name's genitive alone ("Annan
 * Taksi", Anna's own); a person's taxi is written in lower case ("Hovilan taksi"). The glued surname has four
 * letters at least and the trade's word one of its whole forms, so a given name that ends like one ("Sybil",
 * "Sithabile", "Jakobille") is no compound.
 */
final class FamilyFirmsByTheirTrade {

    /** Trades' words a family firm's name ends with, Finnish, Swedish and English, in lower case. */
    private static final WordSet TRADES = WordSet.of(Set.of("taksi", "taxi", "taxis", "cabs", "minicabs", "kuljetus",
            "liikenne", "bussi", "buss", "åkeri", "frakt", "transport", "haulage", "removals", "bygg", "rakennus",
            "sähkö", "putki", "maalaus", "måleri", "siivous", "städ", "leipomo", "bageri"));
    /**
     * A vehicle trade's word as the head of a Swedish compound after a surname, in the forms it ends one in
     * ("Hovilataxi", "Tikanojabilen"); whole forms, as a name may end in a head's letters and another ending
     * ("Sithabile", "Jakobille").
     */
    private static final String[] GLUED_HEADS = {"taxi", "taxin", "taksi", "bil", "bilen", "bilar", "bilarna", "buss",
            "bussen", "bussar", "åkeri", "åkeriet", "frakt", "frakten"};
    private static final int SHORTEST_SURNAME = 4;

    private FamilyFirmsByTheirTrade() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t)) {
                continue;
            }
            if (isGluedToTrade(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            } else if (t + 1 < tokens.size() && tokens.spaced(t, t + 1) && tokens.isCapitalised(t + 1)
                    && TRADES.contains(text, tokens.start(t + 1), tokens.end(t + 1)) && isGenitive(text, tokens.end(t))
                    && !NameWords.isGivenName(words[t]) && !afterName(tokens, names, t)) {
                names[t] = false;
                names[t + 1] = false;
            }
        }
    }

    /** The Finnish genitive's "n" or the Swedish and English genitive's "s" ends the word at {@code end}. */
    private static boolean isGenitive(String text, int end) {
        char last = text.charAt(end - 1);
        return last == 'n' || last == 's';
    }

    private static boolean afterName(Tokens tokens, boolean[] names, int t) {
        return t > 0 && names[t - 1] && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t);
    }

    /** A capitalised surname of four letters or more glued to a vehicle trade's head in one of its forms. */
    private static boolean isGluedToTrade(String text, int start, int end) {
        for (var head : GLUED_HEADS) {
            int at = end - head.length();
            if (at >= start + SHORTEST_SURNAME && text.startsWith(head, at)
                    && Characters.hasNoCapital(text, start + 1, end)) {
                return true;
            }
        }
        return false;
    }
}
