package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * "Aurelius Allar-⏎dyce", "Line manager: Jukka-Pekka McK-⏎enna": a scanned form's text layer breaks a surname over
 * a line with a hyphen, and no rule reads the two halves as one word. Right after a name found (one space after it,
 * or the name's own last word), a capitalised part closed by a hyphen at the line's end and a next line opening with
 * small letters is that person's surname whole (R3.2). A compound's half in lower case ("man-⏎ager") or a heading in
 * capitals ("RE-⏎QUEST") is no name's.
 */
final class NamesBrokenOverLines {

    private NamesBrokenOverLines() {
    }

    /** Adds the surname, or the name with it, broken after each name found among {@code findings} from {@code first} on. */
    static void find(String text, List<Finding> findings, int first) {
        if (text.indexOf("-\n") < 0) {
            return;
        }
        for (int f = first, found = findings.size(); f < found; f++) {
            var name = findings.get(f);
            if (name.type() != EntityType.NAME) {
                continue;
            }
            int end = name.end();
            if (end < text.length() && text.charAt(end) == ' ') {
                int broken = brokenWordEnd(text, end + 1);
                if (broken > 0) {
                    findings.add(new Finding(EntityType.NAME, end + 1, broken, joined(text, end + 1, broken)));
                }
            } else if (end < text.length() && text.charAt(end) == '-') {
                int part = lastWordStart(text, name.start(), end);
                int broken = brokenWordEnd(text, part);
                if (broken > 0) {
                    findings.add(new Finding(EntityType.NAME, name.start(), broken, joined(text, name.start(), broken)));
                }
            }
        }
    }

    /**
     * The end of the word that opens at {@code start} with a capital, breaks with a hyphen at the line's end and goes on
     * in small letters on the next line; -1 if the text there is no such word.
     */
    private static int brokenWordEnd(String text, int start) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return -1;
        }
        int i = start + 1;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || isApostrophe(text.charAt(i)))) {
            i++;
        }
        if (!text.startsWith("-\n", i)) {
            return -1;
        }
        int rest = i + 2;
        int j = rest;
        while (j < text.length() && Character.isLowerCase(text.charAt(j))) {
            j++;
        }
        boolean wordEnds = j == text.length() || !Character.isLetterOrDigit(text.charAt(j));
        return j - rest >= 2 && wordEnds ? j : -1;
    }

    private static int lastWordStart(String text, int start, int end) {
        int i = end;
        while (i > start && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The name's text with the line's hyphen and break taken out ("Allar-⏎dyce" is "allardyce"). */
    private static String joined(String text, int start, int end) {
        return text.substring(start, end).replace("-\n", "").toLowerCase(Locale.ROOT);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
