package fi.servicedesk.redaction.detection;

import java.util.List;

/**
 * The sender of each message of a chat export pasted into a ticket, in the header layouts of the messaging apps
 * (R3.2, R8.2): after a time stamp before a colon ("2/15/27, 7:27 PM - Iina Korpinen:", "[5.12.2026 klo 14.02.11] iina:",
 * "[2026-12-05 14:02:11] Iina K.:"), before a bracketed time stamp on a line of its own ("Iina Korpinen, [5.12. 14:02]"),
 * before a time two spaces apart ("Iina Korpinen  2:05 PM"), a time in parentheses ("Iina (14.02):", after a role in
 * parentheses too, "Iina (IT-tuki) (14.02):"), a weekday and time after a middle dot ("Iina K. · Thu 14:02") or a date
 * after a dash ("Iina — 2026-12-05 14:02"), and a line above a weekday's date and time ("Iina ☀" above "pe 5.12. klo
 * 14.02"). The phone shows there the name its owner saved, in whatever case it was typed: each of up to three words is
 * a name unless it is an ordinary word (a relation, "Äiti", "Mum"; a tag, "työ", "new", "mobile"; a role, "Visitor").
 */
final class ChatSpeakers {

    /** Each layout's pattern, cued by the pieces every header of it holds (few messages hold any). */
    private static final List<CuedPattern> HEADERS = List.of(
            new CuedPattern(":", List.of("] ", "- "), "(?m)^(?:\\[[^\\]\\n]{6,30}\\]|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4},? (?:klo |kl\\. )?\\d{1,2}[.:]\\d{2}"
                    + "(?:[.:]\\d{2})?(?: ?[AaPp][Mm])? -) ([^:\\n]{1,40}?):(?: |$)"),
            new CuedPattern(", [", "(?m)^([^\\n,\\[]{1,40}), \\[[\\d./:, ]{4,20}\\]$"),
            new CuedPattern("  ", "(?m)^([^\\n]{1,40}?)  \\d{1,2}[:.]\\d{2}(?: ?[AaPp][Mm])?$"),
            new CuedPattern(" (", "):", "(?m)^([^\\n(]{1,40}?)(?: \\([^)\\n]{1,20}\\))? \\(\\d{1,2}[.:]\\d{2}\\):"),
            new CuedPattern(" · ", "(?m)^([^\\n]{1,40}?) · \\p{L}{2,3} \\d{1,2}:\\d{2}$"),
            new CuedPattern(" — ", "(?m)^([^\\n]{1,40}?) — \\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}$"),
            new CuedPattern(" klo ", "(?m)^([^\\n]{1,40})\\n\\p{L}{2} \\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})? klo \\d{1,2}[.:]\\d{2}$"));
    /** The most words of a saved contact's name. */
    private static final int MOST_WORDS = 3;
    /** The fewest headers of one layout that make a chat export. */
    private static final int HEADERS_OF_A_CHAT = 2;

    private ChatSpeakers() {
    }

    static void mark(Text message, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        var text = message.value();
        if (!message.has('\n')) {
            return;
        }
        for (var header : HEADERS) {
            if (!header.mayMatch(message)) {
                continue;
            }
            var m = header.pattern().matcher(text);
            int count = 0;
            int from = 0;
            while (m.find(from) && count < HEADERS_OF_A_CHAT) {
                count++;
                from = m.end(1);
            }
            if (count < HEADERS_OF_A_CHAT) {
                continue;
            }
            m.reset();
            int t = 0;
            while (m.find()) {
                while (t < tokens.size() && tokens.start(t) < m.start(1)) {
                    t++;
                }
                t = markSpeaker(text, tokens, words, names, t, m.end(1));
            }
        }
    }

    /** Marks the speaker's words from token {@code t} up to {@code end}; returns the token after them. */
    private static int markSpeaker(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t, int end) {
        int marked = 0;
        int k = t;
        for (; k < tokens.size() && tokens.end(k) <= end && marked < MOST_WORDS; k++) {
            if (text.lastIndexOf('(', tokens.start(k)) >= tokens.start(t) && text.lastIndexOf('(', tokens.start(k)) < tokens.start(k)) {
                // "Iina (naapuri)": a tag in parentheses is no part of the name
                break;
            }
            if (isName(text, tokens, words[k], k)) {
                names[k] = true;
            }
            marked++;
        }
        return k;
    }

    private static boolean isName(String text, Tokens tokens, NameLexicon.Word word, int k) {
        int start = tokens.start(k);
        int end = tokens.end(k);
        if (word == null || end - start < 2 || !Character.isLetter(text.charAt(start))) {
            // no readings: a word in capitals or of two letters
            return false;
        }
        if (word.isName()) {
            return !word.is(NameLexicon.Word.COMMON) || tokens.isCapitalised(k);
        }
        return !word.is(NameLexicon.Word.COMMON) && !EnglishWords.contains(text, start, end) && !NameLexicon.isThingOrWord(text, start, end);
    }
}
