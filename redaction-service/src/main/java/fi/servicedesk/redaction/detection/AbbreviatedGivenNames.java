package fi.servicedesk.redaction.detection;

/**
 * A first given name written abbreviated before the second is part of one person's given names (R3.2): the Filipino
 * "Ma." for Maria ("Ma. Cristina", "Ma. Theresa"), one space before a name the lists know as a given name, whatever
 * other rule took "Ma" for a name of its own. Not one space after a name found, where "Ma" is a surname ending its
 * sentence ("Jack Ma. Cristina soitti"), nor after an "@" (a mention's word, found apart), nor before a surname
 * ("Ma. Virtanen"), nor "ma." in lower case (the Finnish Monday).
 */
final class AbbreviatedGivenNames {

    private static final String ABBREVIATION = "Ma.";

    private AbbreviatedGivenNames() {
    }

    /** Takes the mark off each "Ma" that is such an abbreviation, as {@link #start} gives it to the name after it. */
    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 1; t < tokens.size(); t++) {
            if (names[t - 1] && abbreviationBefore(text, tokens, words, names, t) >= 0) {
                names[t - 1] = false;
            }
        }
    }

    /** Where the abbreviation right before the given name at {@code t} begins, or {@code start} if none stands there. */
    static int start(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t, int start) {
        int at = start == tokens.start(t) ? abbreviationBefore(text, tokens, words, names, t) : -1;
        return at >= 0 ? at : start;
    }

    private static int abbreviationBefore(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int at = tokens.start(t) - 1 - ABBREVIATION.length();
        return names[t] && at >= 0 && text.charAt(tokens.start(t) - 1) == ' ' && text.startsWith(ABBREVIATION, at)
                && isGivenName(words[t]) && standsApart(text, tokens, names, t, at) ? at : -1;
    }

    private static boolean isGivenName(NameLexicon.Word w) {
        return w != null && w.is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST);
    }

    /**
     * Nothing glued before the abbreviation, nor an "@", whose mention {@link ChatMentions} finds apart, and no name
     * found one space before it: there "Ma" is a surname's end.
     */
    private static boolean standsApart(String text, Tokens tokens, boolean[] names, int t, int at) {
        if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || ".-@".indexOf(text.charAt(at - 1)) >= 0)) {
            return false;
        }
        int before = t - 1;
        while (before >= 0 && tokens.end(before) > at) {
            before--;
        }
        return before < 0 || !names[before] || tokens.end(before) + 1 != at;
    }
}
