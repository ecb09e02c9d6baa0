package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * A speech-to-text transcript's or a chat log's generic label for a turn names no one (R8.2): a diarisation's
 * speaker by its number ("Talare 2 [00:00:41]:", "Puhuja 1:", "Speaker 3:") and a chat bot's turn ("[10:02] bot:",
 * "Botti:"). The label opens its line or follows the turn's time stamp and ends at a colon, a number or a time stamp
 * in brackets between; a closed class in Finnish, Swedish and English, as the tagger reads any word in a speaker's
 * place as a name.
 */
final class SpeakerLabels {

    /** Speakers no transcript names, and chat bots. */
    private static final WordSet LABELS = WordSet.of(Set.of("speaker", "talare", "puhuja", "bot", "botti", "boten",
            "chatbot", "chattbot", "chatbotti"));

    private SpeakerLabels() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && LABELS.contains(text, tokens.start(t), tokens.end(t)) && opensTurn(text, tokens.start(t))
                    && endsAtColon(text, tokens.end(t))) {
                names[t] = false;
            }
        }
    }

    /**
     * Whether the word {@code text[start, end)} ("user", "käyttäjä") labels a turn of a chat with a bot: it opens its
     * line and a colon follows it, and another line opens with a bot's turn ("bot: Kerrotko nimesi?"). What follows is
     * what the user typed ("user: malin-sofie holm"), not a login a form's "User:" field gives.
     */
    static boolean labelsTurnOfChatWithBot(String text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != ':' || !opensTurn(text, start)) {
            return false;
        }
        for (int line = 0; line >= 0; line = text.indexOf('\n', line) < 0 ? -1 : text.indexOf('\n', line) + 1) {
            int word = firstWordOfTurn(text, line);
            int wordEnd = word;
            while (wordEnd < text.length() && Characters.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (word != start && wordEnd > word && LABELS.contains(text, word, wordEnd) && endsAtColon(text, wordEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Where the first word of the line at {@code line} opens, after its indent and a time stamp in brackets. */
    private static int firstWordOfTurn(String text, int line) {
        int i = line;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '[') {
            int close = text.indexOf(']', i);
            int next = text.indexOf('\n', i);
            if (close > 0 && (next < 0 || close < next) && close + 1 < text.length() && text.charAt(close + 1) == ' ') {
                i = close + 2;
            }
        }
        return i;
    }

    /** At a line's start, after its indent, or after the "] " of a time stamp. */
    private static boolean opensTurn(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == ']' && i + 2 == start;
    }

    /** A colon after the label, a number ("Talare 2") and a bracketed time stamp ("[00:00:41]") allowed between. */
    private static boolean endsAtColon(String text, int end) {
        int i = end;
        if (i + 1 < text.length() && text.charAt(i) == ' ' && Scan.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && Scan.isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i + 1 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '[') {
            int close = text.indexOf(']', i);
            int line = text.indexOf('\n', i);
            if (close < 0 || line >= 0 && line < close) {
                return false;
            }
            i = close + 1;
        }
        return i < text.length() && text.charAt(i) == ':';
    }
}
