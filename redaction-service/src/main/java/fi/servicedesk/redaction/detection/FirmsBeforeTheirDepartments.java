package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A firm addressed by one word and the department it is written to, after a header's label: "To: Churchill, claims
 * dept.", "Vastaanottaja: Turva, vahinkopalvelu", "Till: Folksam, skadeavdelningen". A department belongs to a firm,
 * and a person written to there takes both names ("To: Anna Smith, claims dept."): a given name alone may be a
 * person's too ("To: Anna, accounts"), and both stay.
 */
final class FirmsBeforeTheirDepartments {

    /** The first word of a firm's department in lower case, in English, Finnish and Swedish: a closed class. */
    private static final WordSet DEPARTMENTS = WordSet.of(Set.of("claims", "vahinkopalvelu", "korvauspalvelu",
            "korvaukset", "asiakaspalvelu", "skadeavdelningen", "skadeservice", "kundtjänst", "kundservice"));
    private static final int LONGEST_DEPARTMENT = 17;

    private FirmsBeforeTheirDepartments() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (names[t] && tokens.isCapitalised(t) && !NameWords.isGivenName(words[t]) && afterLabel(text, tokens.start(t))
                    && text.startsWith(", ", tokens.end(t)) && tokens.start(t + 1) == tokens.end(t) + 2
                    && tokens.isLowerCase(t + 1) && tokens.length(t + 1) <= LONGEST_DEPARTMENT
                    && DEPARTMENTS.contains(text, tokens.start(t + 1), tokens.end(t + 1))) {
                names[t] = false;
            }
        }
    }

    /** A label's colon and a space right before the word ("To: "). */
    private static boolean afterLabel(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == ':';
    }
}
