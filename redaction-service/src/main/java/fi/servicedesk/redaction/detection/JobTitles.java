package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * An English job title written as a field of its own, under or after a person's name in a signature or record
 * ("Owner: Aino Virta, Legal Counsel, tel. …", "Case Officer" on the line under the signer, "Quality Analyst, IT
 * Service Desk"), is the post, not a name: two to four capitalised English words of which the last is a title's head,
 * a noun of a doer ("Officer", "Manager", "Specialist", "Consultant") or one of the heads without a doer's ending
 * ({@link #HEADS}), opening its line or after a comma, and ending at a comma, a parenthesis or the line's end. No word
 * before the head may be a given name, and the head no given name either, which a surname that is a doer's noun is too
 * ("Hunter Baker", "Mark Turner"); a surname alone before a comma ("Turner, Mark") is one word and stays.
 */
final class JobTitles {

    /** Heads of English job titles without a doer's ending ("Legal Counsel", "Quality Analyst", "Team Lead"). */
    private static final WordSet HEADS = WordSet.of(Set.of("counsel", "analyst", "lead", "chief", "head", "clerk"));
    private static final int LONGEST_TITLE = 4;
    /** A head that may be a given name is a surname after one ("Hunter Baker", "Mark Turner"). */
    private static final int GIVEN_NAME = NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST;

    private JobTitles() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (tokens.isCapitalised(t) && isHead(text, tokens, words, t) && endsField(text, tokens.end(t))) {
                int first = t;
                while (first > 0 && t - first + 1 < LONGEST_TITLE && tokens.spaced(first - 1, first)
                        && tokens.isCapitalised(first - 1) && isTitleWord(text, tokens, words, first - 1)) {
                    first--;
                }
                if (first < t && opensField(text, tokens.start(first))) {
                    for (int k = first; k <= t; k++) {
                        names[k] = false;
                    }
                }
            }
        }
    }

    private static boolean isHead(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        int start = tokens.start(t);
        int end = tokens.end(t);
        return (words[t] == null || !words[t].is(GIVEN_NAME)) && EnglishWords.contains(text, start, end)
                && (HEADS.contains(text, start, end) || NounsBeforeNames.isDoersNoun(text, end) && EnglishNouns.contains(text, start, end));
    }

    /**
     * An English word that is no given name but by the US lists ("Legal", "Security", "Case", which the lists hold as a
     * name part only beside a surname; not "Grace").
     */
    private static boolean isTitleWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        return (words[t] == null || !words[t].is(NameLexicon.Word.FIRST)) && EnglishWords.contains(text, tokens.start(t), tokens.end(t));
    }

    private static boolean opensField(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == ',';
    }

    private static boolean endsField(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == ','
                || text.charAt(i) == '(';
    }
}
