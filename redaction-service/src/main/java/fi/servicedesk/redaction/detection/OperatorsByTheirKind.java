package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A mobile operator or a virtual operator named by a word and its kind ("Moi Mobiili", "Aurora Mobiili", "Lyca
 * Mobile", "Tesco Mobile", "Vilja Tele", "Ålands Mobil", "Bluebell Telecom"): the capitalised word before a capitalised
 * operator's word, both words, in a port request, a subject line or a port log's donor column. Not before a colon, a
 * digit or a "+" after spaces, as a contact card writes a person's mobile and its number ("Sonja Mobile: 040 …",
 * "Sonja Mobile +358 …"), nor after a name, whose surname the word before would be ("Anna Aurora Mobile").
 */
final class OperatorsByTheirKind {

    /** The words operators name their kind with, in Finnish, Swedish and English: a closed class. */
    private static final WordSet KINDS = WordSet.of(Set.of("mobiili", "mobil", "mobile", "tele", "telecom"));
    private static final int LONGEST_KIND = 7;

    private OperatorsByTheirKind() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if ((names[t] || names[t + 1]) && tokens.isCapitalised(t) && tokens.isCapitalised(t + 1) && tokens.spaced(t, t + 1)
                    && tokens.length(t + 1) <= LONGEST_KIND && KINDS.contains(text, tokens.start(t + 1), tokens.end(t + 1))
                    && !beforeNumberOrColon(text, tokens.end(t + 1)) && !(t > 0 && names[t - 1] && tokens.spaced(t - 1, t))) {
                names[t] = false;
                names[t + 1] = false;
            }
        }
    }

    private static boolean beforeNumberOrColon(String text, int end) {
        int i = Characters.afterSpaces(text, end);
        return i < text.length() && (text.charAt(i) == ':' || text.charAt(i) == '+' || Character.isDigit(text.charAt(i)));
    }
}
