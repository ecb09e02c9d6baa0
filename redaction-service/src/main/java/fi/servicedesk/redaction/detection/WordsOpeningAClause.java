package fi.servicedesk.redaction.detection;

/**
 * "Automaattinen vastaus: Olen lomalla 14.12. asti": a colon opens a clause as a full stop opens a sentence,
 * and a capitalised word there that is a name only by the lists while Voikko reads it as an ordinary word
 * is that word when a word in lower case follows ("Olen" is "I am"), as it is where a sentence begins
 * ({@link FullNames}: "Olen Olivia…"). A label's item stays a name ("Mukana: Olen, Aino", "Kopio: Dawn Smith").
 * Swedish nouns, labels and verbs opening a sentence, a line or a question are {@link SwedishWords}'.
 */
final class WordsOpeningAClause {

    private WordsOpeningAClause() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            var w = words[t];
            // Few words are marked, and of those few are a listed name with an ordinary reading: those tests first.
            if (names[t] && w != null && w.is(NameLexicon.Word.LISTED) && w.ordinaryBase() != null && afterColon(text, tokens.start(t))
                    && tokens.spaced(t, t + 1) && tokens.isLowerCase(t + 1)) {
                names[t] = false;
            }
        }
        SwedishWords.unmark(text, tokens, words, names);
        RoleLabels.unmark(text, tokens, names);
        RoomGenitives.unmark(text, tokens, names);
    }

    /** A colon, then spaces, right before {@code start}. */
    private static boolean afterColon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < start - 1 && text.charAt(i) == ':';
    }
}
