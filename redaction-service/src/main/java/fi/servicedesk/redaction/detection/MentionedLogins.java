package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "@janespa tarkistatko vielä version 2?", "Rättat! @bergfka kan du granska?", "cc @rcondor", "@gostaenar.talludden":
 * a mention in lower case that is no name and no word is an account (R8.2): wiki comments, contact lists and code
 * reviews mention people by their login, made of their name's parts ("janespa" of Jane Spandau), which no list holds.
 * A mention the lexicon reads as a name is the person's name ({@link ChatMentions}), and so is a word no list knows
 * that the message writes capitalised too; a mention whose part is a word is none ("@mentions", "@odata.context",
 * "@example.com"), nor the whole channel ("@here"), a bot ("@routebot") or a team after its organisation
 * ("@firma/platform").
 */
final class MentionedLogins {

    /** The fewest letters of a part of the login: "@jo" is a chat's shorthand as often. */
    private static final int SHORTEST_PART = 2;
    private static final int SHORTEST = 3;
    /** "09:15", "9.38.05", "6:52": hours and minutes, not a date's "16.4.2027". */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<![\\d.:])\\d{1,2}[:.][0-5]\\d(?![\\d]|\\.\\d{3})");

    private MentionedLogins() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (!message.has('@')) {
            return;
        }
        var text = message.value();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            if (at > 0 && !Character.isWhitespace(text.charAt(at - 1)) && ChatMentions.MAY_PRECEDE.indexOf(text.charAt(at - 1)) < 0) {
                continue;
            }
            int start = at + 1;
            int end = loginEnd(text, start);
            if (end - start >= SHORTEST && !continues(text, end) && !inChatTurn(text, at) && isNoNameNorWord(text, start, end, lexicon)) {
                findings.add(new Finding(EntityType.USERNAME, start, end, text.substring(start, end)));
            }
        }
    }

    /**
     * A time of day on the mention's line or the line above ("[09:15] Detlef de Jong", "3/8/27, 6:52 AM - Aluel:"): a
     * chat's turn, where people mention each other by the given name as they type it ("@guto", "@cecep"), no login.
     */
    private static boolean inChatTurn(String text, int at) {
        int lineStart = Characters.lineStart(text, at);
        return TIME_OF_DAY.matcher(text).region(lineStart > 0 ? Characters.lineStart(text, lineStart - 1) : 0,
                Characters.lineEnd(text, at)).find();
    }

    /** The end of lower-case parts of letters joined by single dots or hyphens ("fitr-nugr"), or {@code from} if none. */
    private static int loginEnd(String text, int from) {
        int end = from;
        int partStart = from;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (Character.isLowerCase(c)) {
                end++;
            } else if ((c == '.' || c == '-') && end - partStart >= SHORTEST_PART && end + 1 < text.length()
                    && Character.isLowerCase(text.charAt(end + 1))) {
                partStart = ++end;
            } else {
                break;
            }
        }
        return end - partStart >= SHORTEST_PART ? end : from;
    }

    /** An address, a path, a team or a handle of digits goes on after the letters: "@firma/platform", "@leonk8". */
    private static boolean continues(String text, int end) {
        if (end == text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return Characters.isLetterOrNumber(c) || c == '@' || c == '/' || c == '\\' || c == '_';
    }

    private static boolean isNoNameNorWord(String text, int start, int end, NameLexicon lexicon) {
        var login = text.substring(start, end);
        if (login.endsWith("bot") || ChatMentions.EVERYONE.contains(login)) {
            return false;
        }
        int partStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.' || text.charAt(i) == '-') {
                if (isKnown(text, partStart, i, lexicon)) {
                    return false;
                }
                partStart = i + 1;
            }
        }
        return !ChatMentions.writtenCapitalised(text, start, end);
    }

    /** A word or a name to the lexicon in lower case or capitalised (Voikko reads a proper name only so). */
    private static boolean isKnown(String text, int start, int end, NameLexicon lexicon) {
        var part = text.substring(start, end);
        var capitalised = part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1);
        return NameLexicon.isThingOrWord(part) || EnglishWords.contains(text, start, end) || EnglishNouns.contains(text, start, end)
                || lexicon.lookup(part, 0, part.length()).isKnown()
                || lexicon.lookup(capitalised, 0, capitalised.length()).isKnown();
    }
}
