package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;

/**
 * Where the layout of a message names a person, whatever the word is: the line after a closing
 * ("Best,\nFaith", "Terveisin\nT. Kask"), a surname after an initial ("J-P Peltola", "to T. Gray"),
 * the word between a chat log's time stamp and a colon ("[10:42] dale:").
 */
final class NameLayout {

    /** Words that close a message before the sender's name on the next line. */
    private static final Set<String> CLOSINGS = Set.of(
            "terveisin", "terkuin", "terkut", "kiitos", "kiittäen", "etukäteen", "t", "mvh", "hälsningar", "regards",
            "best", "cheers", "thanks", "sincerely", "signed", "wishes", "yours", "br", "phone", "iphone", "mobile");
    /** How many words a closing line has at most ("Sent from my phone", "Kiitos jo etukäteen"). */
    private static final int CLOSING_WORDS = 4;

    private NameLayout() {
    }

    static void markSignaturesAndInitials(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        int n = tokens.size();
        for (int t = 0; t < n; t++) {
            // Most words do not open a line: that test first.
            if (t > 0 && NameWords.startsLine(text, tokens, t) && isClosingLine(text, tokens, t - 1)) {
                signature(text, tokens, words, names, t);
            } else if (NameWords.isInitial(text, tokens, t) && t + 1 < n && afterInitial(text, tokens, t)
                    && (t == 0 || NameWords.startsLine(text, tokens, t) || tokens.isLowerCase(t - 1))
                    && NameWords.canBeSurname(text, tokens, words[t + 1], t + 1)) {
                names[t + 1] = true;
            }
        }
    }

    /**
     * A line of a list or a table that opens with a person ("- Into Rantanen (HR)", "Valo Nieminen |
     * 040 …", "* Rose Fox", "- Into H. (varasto)"): two capitalised words, or one and an initial, alone
     * before the item's end (the line's end, "(", "|", "," or ";"), one of them a name reading or
     * unknown and neither a product or word of the service desk ("Service Owner"), are a name even
     * where they are also words.
     */
    static void markListItems(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int[] capitals) {
        for (int t : capitals) {
            // Most words do not open a line: that test first.
            if (t + 1 >= tokens.size() || !opensItem(text, tokens, t) || !tokens.spaced(t, t + 1)) {
                continue;
            }
            if (NameWords.isInitial(text, tokens, t + 1)) {
                if (itemEndsAt(text, tokens.end(t + 1) + 1) && NameWords.canBeSurname(text, tokens, words[t], t)) {
                    names[t] = true;
                }
            } else if (tokens.isCapitalised(t + 1) && itemEndsAt(text, tokens.end(t + 1))
                    && NameWords.canBeSurname(text, tokens, words[t], t) && NameWords.canBeSurname(text, tokens, words[t + 1], t + 1)
                    && (isNameOrUnknown(words[t]) || isNameOrUnknown(words[t + 1]))) {
                names[t] = true;
                names[t + 1] = true;
            }
        }
    }

    private static boolean isNameOrUnknown(NameLexicon.Word w) {
        return NameWords.isAnyName(w) || !w.isKnown();
    }

    /** Only spaces, tabs and a bullet ("-", "*", "•") stand between the word and a line break before it. */
    private static boolean opensItem(String text, Tokens tokens, int t) {
        for (int i = tokens.start(t) - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '-' && c != '*' && c != '•') {
                return false;
            }
        }
        return false;
    }

    /** An item ends at {@code from}, after spaces: the line's or the text's end, "(", "|", "," or ";". */
    private static boolean itemEndsAt(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || "\n(|,;".indexOf(text.charAt(i)) >= 0;
    }

    /** "[10:42] dale: is it down?": the word between a chat log's time stamp and a colon is who wrote the line. */
    static void markChatSpeaker(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        if (!names[t] && words[t] != null && isChatSpeaker(text, tokens, t)) {
            names[t] = words[t].is(NameLexicon.Word.FIRST | NameLexicon.Word.LAST | NameLexicon.Word.PAIRED_FIRST
                    | NameLexicon.Word.PAIRED_LAST) || tokens.isCapitalised(t) && !words[t].isKnown();
        }
    }

    private static boolean isChatSpeaker(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end >= text.length() || text.charAt(end) != ':') {
            return false;
        }
        int i = tokens.start(t) - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i > 0 && text.charAt(i) == ']' && Character.isDigit(text.charAt(i - 1));
    }

    /** The sender's line: an initial may come first, then one or two words that can be a name. */
    private static void signature(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        int first = NameWords.isInitial(text, tokens, t) && t + 1 < tokens.size() && afterInitial(text, tokens, t) ? t + 1 : t;
        if (!NameWords.canBeSurname(text, tokens, words[first], first)) {
            return;
        }
        names[first] = true;
        int second = first + 1;
        // A second word is a name part if it reads as one, or no word follows it ("Abdi Warsame | 040…"; not "Rob Also …").
        if (second < tokens.size() && tokens.spaced(first, second) && NameWords.canBeSurname(text, tokens, words[second], second)
                && (words[second].isName() || words[second].is(NameLexicon.Word.PAIRED_FIRST | NameLexicon.Word.PAIRED_LAST)
                || !wordFollows(text, tokens.end(second)))) {
            names[second] = true;
        }
    }

    /** A letter comes next on the line, after spaces only. */
    private static boolean wordFollows(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i > from && i < text.length() && Character.isLetter(text.charAt(i));
    }

    /** The next word follows the initial on the same line, after its full stop and spaces. */
    private static boolean afterInitial(String text, Tokens tokens, int t) {
        int from = tokens.end(t);
        if (from < text.length() && text.charAt(from) == '.') {
            from++;
        }
        for (int i = from; i < tokens.start(t + 1); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return from < tokens.start(t + 1);
    }

    /** The word ends a short line that closes the message ("Best,", "Ystävällisin terveisin", "Sent from my phone"). */
    private static boolean isClosingLine(String text, Tokens tokens, int t) {
        if (!CLOSINGS.contains(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int words = 1;
        for (int before = t - 1; before >= 0 && !NameWords.startsLine(text, tokens, before + 1) && !tokens.beginsSentence(before + 1); before--) {
            if (++words > CLOSING_WORDS) {
                return false;
            }
        }
        for (int i = tokens.end(t); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return false;
    }
}
