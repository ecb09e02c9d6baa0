package fi.servicedesk.redaction.detection;

/**
 * A social network's display name right before its account's handle, the handle spelling the same capitalised words
 * glued together ("Vesiteho @VesitehoVaasa", "Kvarnby Bygg @KvarnbyBygg", "Väre @VareRetail", "Kuitunet
 * @Kuitunet_Asiakaspalvelu"), is a firm's or a brand's account: people write their handles in lower case
 * ("Aino Virta @ainovirta"), a firm keeps its name's capitals. Not where the display name opens with a given name
 * ("Matti Virtanen @MattiVirtanen").
 */
final class FirmsBeforeTheirHandles {

    /** The most words of a display name. */
    private static final int LONGEST_NAME = 4;

    private FirmsBeforeTheirHandles() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int last = 0; last < n; last++) {
            int at = tokens.end(last) + 1;
            if (at >= text.length() || text.charAt(at) != '@' || text.charAt(at - 1) != ' ' || !tokens.isCapitalised(last)) {
                continue;
            }
            int first = last;
            while (first > 0 && last - first + 1 < LONGEST_NAME && tokens.spaced(first - 1, first) && tokens.isCapitalised(first - 1)
                    && spells(text, tokens, first - 1, last, at + 1)) {
                first--;
            }
            if (!spells(text, tokens, first, last, at + 1) || words[first] != null
                    && words[first].is(NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST)) {
                continue;
            }
            for (int k = first; k <= last; k++) {
                names[k] = false;
            }
        }
    }

    /** Whether the handle from {@code handle} opens with the words {@code first..last} glued, their accents dropped. */
    private static boolean spells(String text, Tokens tokens, int first, int last, int handle) {
        int h = handle;
        for (int k = first; k <= last; k++) {
            for (int i = tokens.start(k); i < tokens.end(k); i++, h++) {
                if (h >= text.length() || Characters.withoutAccent(text.charAt(i)) != text.charAt(h)) {
                    return false;
                }
            }
        }
        return true;
    }
}
