package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A comment's author in a social post's comment list, which prints the author's handle first on the comment's line
 * (R8.2): the handle before a mention, as a commenter tags a friend ("pinja_h @untokerp85 look", and where the list's
 * replies stand under their comments, "↳ Väre @x Hei!", also letters no dictionary knows: "kuurarantat @mart_k tää
 * olis sulle"); and a handle that a reply mentions where it opens a comment's line ("routasuot Hain jo, ei kuulunut
 * mitään" answered by "↳ Väre @routasuot Hei!"), even where the handle is a word too. Only a reply's line marks a
 * mention so: in a chat people mention each other by the given name they open their lines with ("krista saarinen, [20:30]"
 * and "@krista sun linkki"), and before a mention stand words ("botti @ReittiBot", "add @x", "cc @x"). Never the whole
 * channel ("@here") nor an organisation's account ({@link OrganisationAccounts}).
 */
final class CommentAuthors {

    private static final int SHORTEST = 3;
    /** The marks that open a reply's line under its comment. */
    private static final String REPLY_MARKS = "↳↪└";

    private CommentAuthors() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (!message.has('@')) {
            return;
        }
        var text = message.value();
        boolean replies = holdsAReply(text);
        for (int line = 0; line < text.length(); line = Characters.nextLineStart(text, line)) {
            int start = line;
            while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
                start++;
            }
            if (start >= text.length() || !Character.isLowerCase(text.charAt(start))) {
                continue;
            }
            int end = handleEnd(text, start);
            if (end - start < SHORTEST || end >= text.length() || text.charAt(end) != ' ' || OrganisationAccounts.is(text, start, end)
                    || ChatMentions.EVERYONE.contains(text.substring(start, end))) {
                continue;
            }
            boolean tags = text.startsWith(" @", end)
                    && (ChatHandles.holdsDigitOrUnderscore(text, start, end) || replies && unknown(text, start, end, lexicon));
            int reply = replies ? reply(text, start, end) : -1;
            if (tags || reply >= 0) {
                add(text, start, end, findings);
            }
            if (reply >= 0) {
                add(text, reply, reply + end - start, findings);
            }
        }
    }

    /** Where "@routasuot", a mention of the word that opens the line at {@code start}, names it elsewhere, or -1. */
    private static int reply(String text, int start, int end) {
        var handle = text.substring(start, end);
        for (int at = text.indexOf('@' + handle); at >= 0; at = text.indexOf('@' + handle, at + 1)) {
            int after = at + 1 + handle.length();
            boolean opens = at > 0 && Character.isWhitespace(text.charAt(at - 1)) && onAReply(text, at);
            boolean ends = after == text.length() || !Characters.isLetterOrNumber(text.charAt(after)) && text.charAt(after) != '_'
                    && text.charAt(after) != '@';
            if (opens && ends) {
                return at + 1;
            }
        }
        return -1;
    }

    private static boolean holdsAReply(String text) {
        for (int i = 0; i < REPLY_MARKS.length(); i++) {
            if (text.indexOf(REPLY_MARKS.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line of {@code at} opens, after its indent, with a reply's mark. */
    private static boolean onAReply(String text, int at) {
        int first = Characters.lineStart(text, at);
        while (first < at && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return REPLY_MARKS.indexOf(text.charAt(first)) >= 0;
    }

    private static void add(String text, int start, int end, List<Finding> findings) {
        if (Finding.noneOverlaps(findings, start, end)) {
            findings.add(new Finding(EntityType.USERNAME, start, end, text.substring(start, end).toLowerCase(Locale.ROOT)));
        }
    }

    private static int handleEnd(String text, int from) {
        int end = from;
        while (end < text.length() && (Characters.isLetterOrNumber(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '.')) {
            end++;
        }
        while (end > from && text.charAt(end - 1) == '.') {
            end--;
        }
        return end;
    }

    private static boolean unknown(String text, int start, int end, NameLexicon lexicon) {
        return !lexicon.lookup(text, start, end).isKnown() && !NameLexicon.isThingOrWord(text, start, end)
                && !EnglishWords.contains(text, start, end) && !EnglishNouns.contains(text, start, end);
    }
}
