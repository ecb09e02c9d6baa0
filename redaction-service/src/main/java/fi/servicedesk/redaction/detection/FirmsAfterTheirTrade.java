package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A firm named right after the word for its trade in lower case: "vakuutus Pohjola", "Vastapuolen yhtiö Pohjola.",
 * "insurer Churchill", "drying firm Albert Autoglass", "försäkringsbolag Folksam", "caterer Sunrise Kitchen (…)". No one
 * is called by a firm's word, so the capitalised words after it that end their clause or line (or stand before a
 * bracket of its contact person's full name or phone number) are the firm's, even a founder's name ("Churchill"). So too
 * where the trade's word opens the firm's name capitalised, as a funeral home's, a bakery's or a caterer's does
 * ("Hautaustoimisto Lepo.", "Begravningsbyrå Ljuset, kontakt …", "Bageri Solros (…)"): the trade word is the name's too.
 * Not a person's full name ("the insurer Anna Smith rang" reads as the insurer's employee), a given name alone on
 * either path ("the garage Mark at reception", "Toimisto Pekka."), a name in a case form ("vakuutus Virtasella": the
 * insured's; also "Fennia", which the lists read as Fenn's), a run the clause goes on after ("vakuutus Virtanen on
 * voimassa") or one before a bracket of other words ("the insurer Hughes (claims handler)": the person's role).
 */
final class FirmsAfterTheirTrade {

    /** Words for a firm by its trade, in lower case and the nominative: a closed class. */
    private static final Set<String> TRADE_WORDS = Set.of("insurer", "vakuutus", "vakuutusyhtiö", "yhtiö",
            "försäkring", "försäkringsbolag", "försäkringsbolaget", "firm", "garage", "bodyshop", "repairer", "korjaamo",
            "catering", "caterer", "pitopalvelu");
    private static final WordSet TRADES = WordSet.of(TRADE_WORDS);
    private static final int LONGEST_TRADE = TRADE_WORDS.stream().mapToInt(String::length).max().orElseThrow();
    /**
     * The trades whose firms put the trade's word first in their names, as a word or a compound's last part, in
     * lower case and Swedish's definite form too ("hautaustoimisto", "begravningsbyrån", "cateringfirman"): a closed
     * class. Not a service's or an office's word alone ("palvelu", "toimisto"): "Asiakaspalvelu Anna" is the agent
     * who answers, "Toimisto Pekka." an office's person.
     */
    private static final String[] NAME_OPENING_TRADES = {"hautaustoimisto", "hautauspalvelu", "pitopalvelu", "leipomo", "kahvila",
            "konditoria", "byrå", "byrån", "firma", "firman", "bageri", "bageriet", "konditori", "konditoriet", "catering"};
    /** The most capitalised words of a firm's name after its trade ("Hastings Direct", "Stanley Accident Repair"). */
    private static final int LONGEST_NAME = 3;

    private FirmsAfterTheirTrade() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (!names[t] && !names[t - 1] || !tokens.isCapitalised(t) || !tokens.spaced(t - 1, t)) {
                continue;
            }
            boolean opening = tokens.isCapitalised(t - 1) && opensNameByTrade(text, tokens, t - 1);
            if (!opening && !(names[t] && tokens.isLowerCase(t - 1) && tokens.length(t - 1) <= LONGEST_TRADE
                    && TRADES.contains(text, tokens.start(t - 1), tokens.end(t - 1)))) {
                continue;
            }
            int last = t;
            while (last + 1 < tokens.size() && last + 1 < t + LONGEST_NAME && tokens.spaced(last, last + 1)
                    && tokens.isCapitalised(last + 1)) {
                last++;
            }
            if (endsName(text, tokens.end(last)) && !isFullName(words, t, last)
                    && !(t == last && NameWords.isGivenName(words[t])) && !NameWords.anyInflectedName(text, tokens, words, t, last)) {
                for (int k = opening ? t - 1 : t; k <= last; k++) {
                    names[k] = false;
                }
            }
        }
    }

    /** Word {@code t} is a trade's word that opens its firms' names ({@link #NAME_OPENING_TRADES}). */
    private static boolean opensNameByTrade(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        for (var trade : NAME_OPENING_TRADES) {
            if (tokens.length(t) >= trade.length() && Characters.regionMatchesIgnoringCase(text, end - trade.length(), trade)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The firm's name ends its clause or line, or stands before a bracket of its contact: a phone number or a full name
     * ("Bageri Solros (Eva Lind, 0701234567)"). Other words in the bracket say who a person is ("Hughes (claims handler)").
     */
    private static boolean endsName(String text, int end) {
        return Characters.endsClause(text, end) || text.startsWith(" (", end) && opensContact(text, end + 2);
    }

    /** A phone number ("+358…", "040…") or two capitalised words ("Eva Lind") at {@code at}. */
    private static boolean opensContact(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '+' || Character.isDigit(c)) {
            return true;
        }
        int i = at;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return Character.isUpperCase(c) && i > at + 1 && i + 1 < text.length() && text.charAt(i) == ' '
                && Character.isUpperCase(text.charAt(i + 1));
    }

    /** A given name and names after it ("Anna Smith"), which the lists read as a person's. */
    static boolean isFullName(NameLexicon.Word[] words, int first, int last) {
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
