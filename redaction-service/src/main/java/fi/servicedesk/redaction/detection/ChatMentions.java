package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "@Katja", "@jouni", "@Taisto-Ilmari": a chat mention (an "@" not inside an address) of a word that can be a name, the
 * parts of a double given name joined by a hyphen with it (decided by the first part);
 * in lower case only a name Voikko or the lists know that is no other word, or a word no list knows that the message
 * writes capitalised too ("[09:14] Szymon Woźniak … ask @szymon": the chat's own speaker).
 */
final class ChatMentions {

    /** What may stand right before a mention's "@" besides white space: brackets and quotation marks. */
    private static final String MAY_PRECEDE = "([\"'“”‘’«»";

    /** Slack's and Teams' mentions of a whole channel or team, no one's name. */
    private static final Set<String> EVERYONE = Set.of("here", "channel", "everyone", "all", "team");

    private ChatMentions() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            // A mention opens a word: after a space, a bracket or a quotation mark ('"@Hamish can you look…"', as a
            // notification quotes the comment that mentions someone); after a letter or digit the "@" is an address's.
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && MAY_PRECEDE.indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            int firstEnd = lettersEnd(text, at + 1);
            int end = firstEnd;
            // "@Taisto-Ilmari", "@Elle-Máret": a double given name's parts, joined by a hyphen, are one mention.
            while (end + 1 < text.length() && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
                end = lettersEnd(text, end + 1);
            }
            if (firstEnd - at < 3 || end < text.length() && (text.charAt(end) == '.' && end + 1 < text.length()
                    && Character.isLetter(text.charAt(end + 1)) || Character.isDigit(text.charAt(end)))) {
                continue;
            }
            var w = lexicon.lookup(text, at + 1, firstEnd);
            var lower = text.substring(at + 1, firstEnd).toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(text.charAt(at + 1)) && Character.isLowerCase(text.charAt(at + 2));
            boolean name = capitalised
                    ? !NameLexicon.isMaker(lower) && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST) || !NameLexicon.isThingOrWord(lower))
                    : !w.is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD)
                    && (w.isName() || !w.isKnown() && !NameLexicon.isThingOrWord(lower) && !EVERYONE.contains(lower)
                    && writtenCapitalised(text, at + 1, end));
            if (name) {
                var value = end > firstEnd ? text.substring(at + 1, end).toLowerCase(Locale.ROOT) : w.isName() && w.base() != null ? w.base() : lower;
                findings.add(new Finding(EntityType.NAME, at + 1, end, value));
            }
        }
    }

    private static int lettersEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** The word {@code text[start, end)}, in lower case, stands elsewhere in the message as a capitalised word. */
    private static boolean writtenCapitalised(String text, int start, int end) {
        var capitalised = Character.toUpperCase(text.charAt(start)) + text.substring(start + 1, end);
        for (int i = text.indexOf(capitalised); i >= 0; i = text.indexOf(capitalised, i + 1)) {
            int after = i + capitalised.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1))) && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                return true;
            }
        }
        return false;
    }
}
