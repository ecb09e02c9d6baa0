package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A firm addressed by one word and the department it is written to, after an addressee's label opening its line: "To:
 * Folksam, claims dept.", "Vastaanottaja: Turva, vahinkopalvelu", "Till: Folksam, skadeavdelningen". A department
 * belongs to a firm, and a person written to there takes both names ("To: Anna Smith, claims dept."): a given name
 * or a surname alone may be a person's too ("To: Anna, accounts", "To: Patel, claims"), and stays, as does a name
 * after any other label ("Käsittelijä: Korhonen, asiakaspalvelu" names the handler).
 */
final class FirmsBeforeTheirDepartments {

    /** The first word of a firm's department in lower case, in English, Finnish and Swedish: a closed class. */
    private static final WordSet DEPARTMENTS = WordSet.of(Set.of("claims", "vahinkopalvelu", "korvauspalvelu",
            "korvaukset", "asiakaspalvelu", "skadeavdelningen", "skadeservice", "kundtjänst", "kundservice"));
    private static final int LONGEST_DEPARTMENT = 17;
    /** The labels of a letter's or a message's addressee, in English, Finnish and Swedish. */
    private static final WordSet ADDRESSEES = WordSet.of(Set.of("to", "vastaanottaja", "till", "mottagare"));

    private FirmsBeforeTheirDepartments() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && !NameWords.isGivenName(words[t]) && !NameWords.hasSurnameReading(words[t])
                    && afterAddresseeLabel(text, tokens, t)
                    && text.startsWith(", ", tokens.end(t)) && tokens.start(t + 1) == tokens.end(t) + 2
                    && tokens.isLowerCase(t + 1) && tokens.length(t + 1) <= LONGEST_DEPARTMENT
                    && DEPARTMENTS.contains(text, tokens.start(t + 1), tokens.end(t + 1))) {
                names[t] = false;
            }
        }
    }

    /** An addressee's label opening its line, its colon and a space right before the word ("To: "). */
    private static boolean afterAddresseeLabel(String text, Tokens tokens, int t) {
        int label = t - 1;
        return label >= 0 && text.startsWith(": ", tokens.end(label)) && tokens.start(t) == tokens.end(label) + 2
                && tokens.start(label) == Characters.lineStart(text, tokens.start(label))
                && ADDRESSEES.contains(text, tokens.start(label), tokens.end(label));
    }
}
