package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * What a meeting's attendance report or a mailbox's permission list says of a person is a role, not a name: a
 * participant's ("Attendee", "Presenter", "Organizer", "External", "Osallistuja", "Esittäjä", "Deltagare") or a
 * delegate's access ("Editor", "Reviewer", "Delegate", "None", Exchange's "Default" and "Anonymous" users) and the
 * calendar folder it is given on ("Calendar", "Kalenteri", "Kalender"). Such a word
 * alone in a cell — between a table's separators, quotation marks, braces or parentheses, or columns of two spaces —
 * keeps no mark; in running text it is left to the other rules.
 */
final class ParticipantRoles {

    private static final WordSet ROLES = WordSet.of(Set.of("attendee", "presenter", "organizer", "organiser",
            "co-organizer", "participant", "guest", "external", "internal", "editor", "reviewer", "delegate", "author",
            "contributor", "none", "default", "anonymous", "osallistuja", "esittäjä", "järjestäjä", "vieras", "ulkoinen",
            "muokkaaja", "tarkastaja", "edustaja", "oletus", "anonyymi", "deltagare", "presentatör", "organisatör",
            "arrangör", "gäst", "extern", "redigerare", "granskare", "ombud", "standard", "anonym", "calendar", "kalenteri",
            "kalender"));
    /** What may close a cell on either side besides a line's end: separators, quotes, brackets. */
    private static final String CELL_MARKS = ",;\t|\"'(){}[]";

    private ParticipantRoles() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && ROLES.contains(text, tokens.start(t), tokens.end(t)) && aloneInCell(text, tokens.start(t), tokens.end(t))) {
                names[t] = false;
            }
        }
    }

    private static boolean aloneInCell(String text, int start, int end) {
        int before = start;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        boolean opens = before == 0 || text.charAt(before - 1) == '\n' || CELL_MARKS.indexOf(text.charAt(before - 1)) >= 0
                || start - before >= 2;
        boolean closes = after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r'
                || CELL_MARKS.indexOf(text.charAt(after)) >= 0 || after - end >= 2;
        return opens && closes;
    }
}
