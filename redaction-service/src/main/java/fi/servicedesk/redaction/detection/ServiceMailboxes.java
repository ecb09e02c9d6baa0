package fi.servicedesk.redaction.detection;

/**
 * A mail's display name that is one common noun and its own address's local part is a service's mailbox, no person
 * ("From: Voicemail &lt;voicemail@clinic.example.org&gt;", "Reception &lt;reception@…&gt;"). A word with a name reading
 * stays, as a person's own address may be their given name ("Rose &lt;rose@…&gt;").
 */
final class ServiceMailboxes {

    private ServiceMailboxes() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && words[t] != null && !words[t].isName() && isCommonNoun(text, tokens, words[t], t)
                    && isOwnLocalPart(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isCommonNoun(String text, Tokens tokens, NameLexicon.Word word, int t) {
        return word.is(NameLexicon.Word.COMMON) || EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /** The word is followed by "&lt;", itself and "@": "Voicemail &lt;voicemail@". */
    private static boolean isOwnLocalPart(String text, Tokens tokens, int t) {
        int i = tokens.end(t);
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int length = tokens.length(t);
        return i + length + 2 < text.length() && text.charAt(i) == '<'
                && text.regionMatches(true, i + 1, text, tokens.start(t), length) && text.charAt(i + 1 + length) == '@';
    }
}
