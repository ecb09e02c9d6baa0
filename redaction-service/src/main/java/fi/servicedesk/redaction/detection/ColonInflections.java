package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * "Korjattu Esko:iin", "Rondo:ssa", "Netvisor:sta", "Acme Oy:n": Finnish joins a case ending to a word with a colon only
 * where the word does not inflect as Finnish words do, an abbreviation, a number or a product's or a firm's name
 * written as its maker writes it. A person's name takes its ending straight ("Eskoon", "Smithille", "Bushin"), so a
 * capitalised word before a colon and a case ending is no one's name.
 */
final class ColonInflections {

    /** Finnish case endings (and the plural's "t") as they follow the colon, in either vowel harmony. */
    private static final WordSet ENDINGS = WordSet.of(Set.of("n", "t", "a", "ä", "ta", "tä", "na", "nä", "ssa", "ssä",
            "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "iin", "een", "aan", "ään", "han", "hen", "hin",
            "hon", "hun", "hyn", "hön", "tta", "ttä", "ineen", "ihin", "ja", "jä", "ista", "istä", "issa", "issä"));
    private static final int LONGEST_ENDING = 5;

    private ColonInflections() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            int end = tokens.end(t);
            if (names[t] && tokens.isCapitalised(t) && tokens.start(t + 1) == end + 1 && text.charAt(end) == ':'
                    && tokens.isLowerCase(t + 1) && tokens.length(t + 1) <= LONGEST_ENDING
                    && ENDINGS.contains(text, tokens.start(t + 1), tokens.end(t + 1))) {
                names[t] = false;
            }
        }
    }
}
