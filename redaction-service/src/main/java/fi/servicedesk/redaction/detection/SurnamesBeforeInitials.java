package fi.servicedesk.redaction.detection;

/**
 * "Watch list: Bronwen Pemberton, Oyelaran J.", "Tiedoksi: Räsänen B. ja Saimi", "Hyväksyjät: Ahola K.": a list's
 * item written surname first with the initial of the given name after it. The word after a label's colon, a
 * comma or a semicolon, before an initial that ends the item, is a surname where Voikko or the lists read one,
 * also where it is a Finnish word (Aalto, Lahti); a word nobody knows, or a name only by the US lists, only
 * after a comma or semicolon that follows a person (after a label a letter names things too: "Varasuunnitelma:
 * Plan B."). Never a common English noun, which a letter names a thing of ("Tower A.", and so "Steel G." is left).
 */
final class SurnamesBeforeInitials {

    private SurnamesBeforeInitials() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            if (names[t] || t + 1 >= tokens.size() || !NameWords.isInitial(text, tokens, t + 1) || !tokens.spaced(t, t + 1)
                    || !endsItem(text, tokens, t + 1)) {
                continue;
            }
            int separator = separatorBefore(text, tokens.start(t));
            var w = words[t];
            if (separator < 0 || !NameWords.canBeSurname(text, tokens, w, t)
                    || EnglishNouns.contains(text, tokens.start(t), tokens.end(t))) {
                continue;
            }
            boolean afterPerson = text.charAt(separator) != ':' && t > 0 && names[t - 1];
            names[t] = w.isName() || afterPerson && (NameWords.isAnyName(w) || !w.isKnown());
        }
    }

    /** Where the colon, comma or semicolon before the word is, spaces between; -1 if none. */
    private static int separatorBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && i < start - 1 && ":,;".indexOf(text.charAt(i)) >= 0 ? i : -1;
    }

    /** After the initial's full stop the item ends, a bracket closes or "ja/and" joins the next person. */
    static boolean endsItem(String text, Tokens tokens, int initial) {
        int after = tokens.end(initial) + (text.charAt(tokens.end(initial)) == '.' ? 1 : 0);
        if (NameLayout.itemEndsAt(text, after) || after < text.length() && text.charAt(after) == ')') {
            return true;
        }
        int next = initial + 1;
        return next < tokens.size() && (tokens.is(next, "ja") || tokens.is(next, "and")) && tokens.start(next) == after + 1;
    }
}
