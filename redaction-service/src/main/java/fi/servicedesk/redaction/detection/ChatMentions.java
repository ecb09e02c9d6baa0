package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * "@Katja", "@jouni": a chat mention (an "@" not inside an address) of a word that can be a name;
 * in lower case only a name Voikko or the lists know that is no other word.
 */
final class ChatMentions {

    private ChatMentions() {
    }

    static void find(String text, NameLexicon lexicon, List<Finding> findings) {
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && "([".indexOf(text.charAt(at - 1)) < 0) {
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
