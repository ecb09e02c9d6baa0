package fi.servicedesk.redaction.detection;

import java.util.Locale;

/**
 * "Present: RBQ (Chair), PST (Secretary), IKL, ECZ; managing agent …", "Läsnä: AC (pj, 040 …), TVV (+358 …), FOO,
 * isännöitsijä …": minutes name who attended by their initials, which still point at them (R3.2). In a meeting's list
 * of who was present or absent that names two people at least so, an item that is one word of two to five capitals (a
 * remark in brackets may follow) is a person's initials; within a list of those people, an abbreviation of a thing
 * has no place, nor does an acronym ("Attendees: IT, HR, Finance").
 */
final class AttendeesByInitials {

    private static final int FEWEST_INITIALS = 2;
    private static final int MOST_INITIALS = 5;
    /** The fewest initials that make a list by initials, and the most read in one list. */
    private static final int FEWEST_LISTED = 2;
    private static final int MOST_LISTED = 32;

    private AttendeesByInitials() {
    }

    static void mark(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            int colon = tokens.end(t);
            if (colon < text.length() && text.charAt(colon) == ':' && isAttendanceLabel(text, tokens, t)) {
                markItems(text, tokens, lexicon, words, names, t + 1, colon, Characters.lineEnd(text, colon));
            }
        }
    }

    private static boolean isAttendanceLabel(String text, Tokens tokens, int t) {
        return NameLists.isMeetingLabel(text.substring(tokens.start(t), tokens.end(t)).toLowerCase(Locale.ROOT));
    }

    /**
     * Marks the items in {@code text[colon, lineEnd)} that are initials alone, outside brackets, where two at least are:
     * a list by initials. One among full names ("Läsnä: HT, Ilona Väisänen, Stig") is often a team's or the writer's own.
     */
    private static void markItems(String text, Tokens tokens, NameLexicon lexicon, NameLexicon.Word[] words, boolean[] names,
            int first, int colon, int lineEnd) {
        var items = new int[MOST_LISTED];
        int count = 0;
        int depth = 0;
        int scanned = colon;
        for (int t = first; t < tokens.size() && tokens.start(t) < lineEnd && count < MOST_LISTED; t++) {
            for (; scanned < tokens.start(t); scanned++) {
                char c = text.charAt(scanned);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (depth == 0 && isInitials(text, tokens, t)
                    && !SignOffInitials.ACRONYMS.contains(text, tokens.start(t), tokens.end(t)) && opensItem(text, colon, tokens.start(t))
                    && closesItem(text, tokens.end(t), lineEnd)) {
                items[count++] = t;
            }
        }
        for (int i = 0; count >= FEWEST_LISTED && i < count; i++) {
            names[items[i]] = true;
            words[items[i]] = lexicon.lookup(text, tokens.start(items[i]), tokens.end(items[i]));
        }
    }

    /** Two to five capitals alone: "PST", "DLGÖ", "ÞÞ". */
    static boolean isInitials(String text, Tokens tokens, int t) {
        int length = tokens.length(t);
        return length >= FEWEST_INITIALS && length <= MOST_INITIALS && Characters.inCapitals(text, tokens.start(t), tokens.end(t));
    }

    /** Only spaces stand between the word and the colon or the item's separator before it. */
    private static boolean opensItem(String text, int colon, int start) {
        int i = start - 1;
        while (i > colon && text.charAt(i) == ' ') {
            i--;
        }
        return i == colon || text.charAt(i) == ',' || text.charAt(i) == ';';
    }

    /** A separator, a bracket's remark or the line's end follows the word, after spaces. */
    private static boolean closesItem(String text, int end, int lineEnd) {
        int i = end;
        while (i < lineEnd && text.charAt(i) == ' ') {
            i++;
        }
        return i == lineEnd || ",;(\r".indexOf(text.charAt(i)) >= 0;
    }
}
