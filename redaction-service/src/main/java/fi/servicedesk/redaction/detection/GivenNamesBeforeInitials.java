package fi.servicedesk.redaction.detection;

/**
 * "Venkatesh R. and Anirudh K. from the Pune team", "Shalini M. ja Harpreet Menon aloittavat": a given name with
 * the initial of the surname after it, as colleagues write one another, and as many write names whose surname is
 * long or unfamiliar. The word before an initial is a name where Voikko or the lists read one, or where nobody
 * knows it, when the initial ends an item ({@link SurnamesBeforeInitials#endsItem}: a comma, a bracket, "ja/and")
 * or the clause goes on in lower case after it (a word nobody knows then only inside a sentence, and never as a label's value). Never a common English noun or a word Voikko knows only as a word,
 * which a letter names a thing of ("Plan B. was", "Rakennus C. on", "Tower A. is"), nor a product.
 */
final class GivenNamesBeforeInitials {

    private GivenNamesBeforeInitials() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            if (names[t] || t + 1 >= tokens.size() || !NameWords.isInitial(text, tokens, t + 1) || tokens.length(t + 1) != 1
                    || !tokens.spaced(t, t + 1)) {
                continue;
            }
            boolean endsItem = SurnamesBeforeInitials.endsItem(text, tokens, t + 1);
            if (!endsItem && !clauseGoesOn(text, tokens, t + 1)) {
                continue;
            }
            var w = words[t];
            if (!NameWords.canBeSurname(text, tokens, w, t) || EnglishNouns.contains(text, tokens.start(t), tokens.end(t))
                    || w.is(NameLexicon.Word.COMMON) && !w.isName()) {
                continue;
            }
            // A word nobody knows opening a sentence before a clause, or a label's value, is as often a thing's ("Plan
            // B. was …", "Varasuunnitelma: Plan B.").
            names[t] = w.isName() || NameWords.isAnyName(w)
                    || !w.isKnown() && (endsItem || !tokens.beginsSentence(t)) && !afterColon(text, tokens.start(t));
        }
    }

    private static boolean afterColon(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == ':';
    }

    /** After the initial's full stop, a space and a word in lower case: "Priyanka S. from the vendor team". */
    private static boolean clauseGoesOn(String text, Tokens tokens, int initial) {
        int after = tokens.end(initial) + 1;
        return initial + 1 < tokens.size() && tokens.start(initial + 1) == after + 1 && text.charAt(after) == ' '
                && tokens.isLowerCase(initial + 1);
    }
}
