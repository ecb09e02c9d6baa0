package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * "@Katja", "@jouni": a chat mention (an "@" not inside an address) of a word that can be a name;
 * in lower case only a name Voikko or the lists know that is no other word.
 */
final class ChatMentions {

    /** What may stand right before a mention's "@" besides white space: brackets and quotation marks. */
    private static final String MAY_PRECEDE = "([\"'“”‘’«»";

    private ChatMentions() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            // A mention opens a word: after a space, a bracket or a quotation mark ('"@Hamish can you look…"', as a
            // notification quotes the comment that mentions someone); after a letter or digit the "@" is an address's.
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && MAY_PRECEDE.indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            int end = at + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - at < 3 || end < text.length() && (text.charAt(end) == '.' && end + 1 < text.length()
                    && Character.isLetter(text.charAt(end + 1)) || Character.isDigit(text.charAt(end)))) {
                continue;
            }
            var w = lexicon.lookup(text, at + 1, end);
            var lower = text.substring(at + 1, end).toLowerCase(Locale.ROOT);
            boolean capitalised = Character.isUpperCase(text.charAt(at + 1)) && Character.isLowerCase(text.charAt(at + 2));
            boolean name = capitalised
                    ? !NameLexicon.isMaker(lower) && (w.isName() || w.is(NameLexicon.Word.PAIRED_FIRST) || !NameLexicon.isThingOrWord(lower))
                    : w.isName() && !w.is(NameLexicon.Word.COMMON | NameLexicon.Word.PLACE | NameLexicon.Word.ENGLISH_WORD);
            if (name) {
                findings.add(new Finding(EntityType.NAME, at + 1, end, w.isName() && w.base() != null ? w.base() : lower));
            }
        }
    }
}
