package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Days of the week, English and German, in full and abbreviated. Some are also names ("Thu" is a Vietnamese
 * given name, "Sun" a Chinese family name, "Freitag" a German surname), so a weekday is a date only where the
 * text uses it as one: before a day number, a time or a month ("Thu 10 Dec", "Mon, 7 Dec", "Thu 9.40", "Montag,
 * 7.", "Mon Dec 7"), after a word of time ("on Mon", "next Thu", "last day Fri", "ensi Thu"), in a list or range
 * of weekdays ("Mon-Tue:", "Mon, Wed and Fri") or as a roster's day after a spaced dash at the line's end
 * ("Aalto L. – Mon"). Elsewhere it is a word like any other, and a name part where it is one ("Thu will confirm").
 * The English days in full are no one's name in a message ("due back Friday"): {@link NameLexicon} holds them as
 * ordinary words, as it holds the months.
 */
final class Weekdays {

    private static final WordSet WEEKDAYS = WordSet.of(Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"));
    private static final int LONGEST = 10;
    /** Words of time before a weekday; not "by" or "from", which name a person too ("approved by Thu"). */
    private static final WordSet TIME_WORDS = WordSet.of(Set.of("on", "next", "last", "this", "every", "each", "until",
            "till", "til", "before", "after", "since", "day", "ensi", "viime", "joka", "am", "nächsten", "jeden"));
    /** Words that join the weekdays of a list or a range ("Mon to Fri", "ma ja ti"). */
    private static final WordSet JOINING_WORDS = WordSet.of(Set.of("to", "and", "or", "ja", "tai", "bis", "und"));

    private Weekdays() {
    }

    static boolean isWeekday(String text, Tokens tokens, int t) {
        return tokens.length(t) <= LONGEST && tokens.length(t) >= 3 && WEEKDAYS.contains(text, tokens.start(t), tokens.end(t));
    }

    /** Whether the weekday at {@code t} is a date by the words around it (see the class). */
    static boolean isDate(String text, Tokens tokens, int t) {
        if (!isWeekday(text, tokens, t)) {
            return false;
        }
        int n = tokens.size();
        return numberAfter(text, tokens.end(t))
                || t + 1 < n && tokens.adjacent(t, t + 1) && NotAPerson.isMonthWord(text, tokens, t + 1)
                || t > 0 && tokens.spaced(t - 1, t) && TIME_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1))
                || t + 1 < n && joined(text, tokens, t, t + 1) || t > 0 && joined(text, tokens, t - 1, t)
                || isRosterDay(text, tokens, t);
    }

    /** A digit after spaces, full stops and one comma: a day number, a date or a time. */
    private static boolean numberAfter(String text, int end) {
        int i = end;
        boolean comma = false;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '.' || text.charAt(i) == ',' && !comma)) {
            comma |= text.charAt(i) == ',';
            i++;
        }
        return i > end && i < text.length() && Character.isDigit(text.charAt(i));
    }

    /** Two weekdays next to each other in a list or range: "Mon-Tue", "Mon/Wed", "Mon, Wed", "Mon to Fri". */
    private static boolean joined(String text, Tokens tokens, int a, int b) {
        if (isWeekday(text, tokens, a) && isWeekday(text, tokens, b)) {
            for (int i = tokens.end(a); i < tokens.start(b); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '-' && c != '–' && c != '—' && c != '/' && c != ',' && c != '&') {
                    return false;
                }
            }
            return tokens.start(b) > tokens.end(a);
        }
        // "Mon to Fri", "Mon and Wed": a joining word between.
        if (b + 1 < tokens.size() && isWeekday(text, tokens, a) && isWeekday(text, tokens, b + 1)
                && tokens.spaced(a, b) && tokens.spaced(b, b + 1) && JOINING_WORDS.contains(text, tokens.start(b), tokens.end(b))) {
            return true;
        }
        return a > 0 && isWeekday(text, tokens, a - 1) && isWeekday(text, tokens, b)
                && tokens.spaced(a - 1, a) && tokens.spaced(a, b) && JOINING_WORDS.contains(text, tokens.start(a), tokens.end(a));
    }

    /** "Aalto L. – Mon": the weekday alone after a spaced dash at the end of a line that has words before the dash. */
    private static boolean isRosterDay(String text, Tokens tokens, int t) {
        int end = tokens.end(t);
        if (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            return false;
        }
        int i = tokens.start(t);
        if (i < 4 || text.charAt(i - 1) != ' ' || text.charAt(i - 3) != ' ' || "-–—".indexOf(text.charAt(i - 2)) < 0) {
            return false;
        }
        char before = text.charAt(i - 4);
        return before != '\n' && before != ' ' && !Character.isWhitespace(before);
    }
}
