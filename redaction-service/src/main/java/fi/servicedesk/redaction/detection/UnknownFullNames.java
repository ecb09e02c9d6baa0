package fi.servicedesk.redaction.detection;


/**
 * "Perehdyttäjänä Kanya Wongsawat", "Bartosz Kamińska lisäsi": two capitalised words side by side that
 * neither Voikko nor any name list knows, and that are no common English noun, product, maker or compound
 * with a hyphen ("Citrix-oikeudet"), and not both common English words, are a person's given name and surname — what else a Finnish or English
 * sentence writes so is a product's name, and products are made of words the lexicons know ("Visual Studio",
 * "Power Automate"). Exactly two: a run of three or more capitalised words is a title ("Getting Started Guide").
 */
final class UnknownFullNames {

    private UnknownFullNames() {
    }

    static void mark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int next = t + 1;
        // Most capitalised words have no capitalised word right after them: that test first.
        if (next >= tokens.size() || !tokens.isCapitalised(next) || !tokens.spaced(t, next)
                || t > 0 && tokens.isCapitalised(t - 1) && tokens.spaced(t - 1, t)
                || next + 1 < tokens.size() && tokens.isCapitalised(next + 1) && tokens.spaced(next, next + 1)) {
            return;
        }
        // "Also Dec 3.", "Sent Rajesh the logs": opening a sentence, an English word is unknown too; the pair is a
        // name there only before a Finnish word ("Bartosz Kamińska lisäsi").
        if (isUnknownWord(text, tokens, words, t) && isUnknownWord(text, tokens, words, next)
                && (!tokens.beginsSentence(t) || beforeFinnishWord(tokens, words, next)) && !areEnglishWords(text, tokens, t, next)) {
            names[t] = true;
            names[next] = true;
        }
    }

    /**
     * "Queue: Social Care", "Bright Harbour": two common English words (an adjective, a verb: no noun, which no word
     * known to nobody is) name a queue, a firm or a product; a person's two names no list knows are seldom both.
     */
    private static boolean areEnglishWords(String text, Tokens tokens, int t, int next) {
        return EnglishWords.contains(text, tokens.start(t), tokens.end(t)) && EnglishWords.contains(text, tokens.start(next), tokens.end(next));
    }

    /** A word in lower case follows, one Voikko reads as an ordinary Finnish word. */
    private static boolean beforeFinnishWord(Tokens tokens, NameLexicon.Word[] words, int t) {
        int next = t + 1;
        return next < tokens.size() && tokens.spaced(t, next) && tokens.isLowerCase(next) && words[next] != null
                && words[next].ordinaryBase() != null;
    }

    /** Known to nobody: no reading of Voikko, no list's name, no common English noun, product or maker. */
    private static boolean isUnknownWord(String text, Tokens tokens, NameLexicon.Word[] words, int t) {
        var w = words[t];
        // A compound with a hyphen that is no double name ("Citrix-oikeudet", "Karhu-olut") is a thing's.
        return w != null && w.kinds() == 0 && !hasHyphen(text, tokens.start(t), tokens.end(t))
                && !EnglishNouns.contains(text, tokens.start(t), tokens.end(t))
                && !NameLexicon.isThingOrWord(text, tokens.start(t), tokens.end(t));
    }

    private static boolean hasHyphen(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '-') {
                return true;
            }
        }
        return false;
    }
}
