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
