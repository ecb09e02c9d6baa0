package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The login a time-stamped line opens with when a clause in lower case follows it (R8.2): a visit log, a rota or a
 * dispatcher's log writes who took a job as its actor and what they did in prose ("2027-08-10 07:32:09 f.bramonen took
 * the next visit", "… vol_agbeko34 otti seuraavan käynnin", "… K3982-KOTAV tog nästa besök"), where
 * {@link LoginsInLogRows} reads an actor only before an action in capitals. Prose may open a stamped line too ("…
 * backup started", "… nginx reloaded"), so the actor must bear a login's own mark: digits after its letters, parts
 * joined by a dot or an underscore ({@link LoginsInLogRows#marked}), or a staff number before letters of a name in
 * capitals; no file's or host's name ("deploy.sh", "web01": an English word numbered) is one.
 */
final class LoginsOpeningStampedClauses {

    /** A time stamp, the actor, then a word in lower case that opens what the actor did. */
    private static final Pattern ACTOR_THEN_CLAUSE = Pattern.compile("(?m)^" + LoginsInLogRows.TIME_STAMP
            + "[ \\t]+([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|" + "\\p{Lu}[0-9]{3,}-\\p{Lu}{3,})"
            + "[ \\t]+\\p{Ll}{2,}(?![\\p{N}._@/-])");

    private LoginsOpeningStampedClauses() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!message.has(':') || !message.has('-')) {
            return;
        }
        var text = message.value();
        var line = ACTOR_THEN_CLAUSE.matcher(text);
        while (line.find()) {
            var actor = line.group(1);
            boolean staffNumber = Character.isUpperCase(actor.charAt(0));
            if ((staffNumber || LoginsInLogRows.marked(actor) && !numberedWord(text, line.start(1), line.end(1)))
                    && !LoginsInLogRows.isFileOrHost(text, line.start(1), line.end(1), actor)
                    && !ServiceAccounts.contains(actor)) {
                findings.add(new Finding(EntityType.USERNAME, line.start(1), line.end(1), actor.toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** "web01", "mail2": an English word and digits after it, as hosts and services are named; "orryq434" is no word. */
    private static boolean numberedWord(String text, int start, int end) {
        int letters = start;
        while (letters < end && Characters.isLetter(text.charAt(letters))) {
            letters++;
        }
        return letters < end && Scan.isDigit(text.charAt(letters)) && EnglishWords.contains(text, start, letters);
    }
}
