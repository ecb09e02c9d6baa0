package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A firm named right after the word for its trade in lower case: "vakuutus Pohjola", "Vastapuolen yhtiö Fennia.",
 * "insurer Churchill", "drying firm Albert Autoglass", "försäkringsbolag Folksam". No one is called by a firm's word,
 * so the capitalised words after it are the firm's, even a founder's name ("Churchill"), unless they are a given name
 * and a name, a person's full name ("the insurer Anna Smith rang" reads as the insurer's employee).
 */
final class FirmsAfterTheirTrade {

    /** Words for a firm by its trade, in lower case and the nominative: a closed class. */
    private static final WordSet TRADES = WordSet.of(Set.of("insurer", "vakuutus", "vakuutusyhtiö", "yhtiö",
            "försäkring", "försäkringsbolag", "försäkringsbolaget", "firm", "garage", "bodyshop", "repairer", "korjaamo"));
    private static final int LONGEST_TRADE = 17;
    /** The most capitalised words of a firm's name after its trade ("Hastings Direct", "Stanley Accident Repair"). */
    private static final int LONGEST_NAME = 3;

    private FirmsAfterTheirTrade() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (!names[t] || !tokens.isCapitalised(t) || !tokens.spaced(t - 1, t) || !tokens.isLowerCase(t - 1)
                    || tokens.length(t - 1) > LONGEST_TRADE || !TRADES.contains(text, tokens.start(t - 1), tokens.end(t - 1))) {
                continue;
            }
            int last = t;
            while (last + 1 < tokens.size() && last + 1 < t + LONGEST_NAME && tokens.spaced(last, last + 1)
                    && tokens.isCapitalised(last + 1)) {
                last++;
            }
            if (!isFullName(words, t, last)) {
                for (int k = t; k <= last; k++) {
                    names[k] = false;
                }
            }
        }
    }

    /** A given name and names after it ("Anna Smith"), which the lists read as a person's. */
    private static boolean isFullName(NameLexicon.Word[] words, int first, int last) {
        if (first == last || !NameWords.isGivenName(words[first])) {
            return false;
        }
        for (int k = first + 1; k <= last; k++) {
            if (words[k] == null || !NameWords.isAnyName(words[k])) {
                return false;
            }
        }
        return true;
    }
}
