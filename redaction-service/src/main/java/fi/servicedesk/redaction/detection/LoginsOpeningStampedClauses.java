package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The login a time-stamped line opens with when a clause in lower case follows it (R8.2): a visit log, a rota or a
 * dispatcher's log writes who took a job as its actor and what they did in prose ("2027-08-10 07:32:09 f.bramonen took
 * the next visit", "… vol_agbeko34 otti seuraavan käynnin", "… K3982-KOTAV tog nästa besök"), where
 * {@link LoginsInLogRows} reads an actor only before an action in capitals. Prose may open a stamped line too ("…
 * backup started", "… nginx reloaded"), so the actor must bear a login's own mark: digits after its letters, parts
 * joined by a dot or an underscore ({@link LoginsInLogRows#marked}), or a staff number before letters of a name in
 * capitals; no file's or host's name ("deploy.sh", "web01": an English word numbered) is one, nor a logger's or a
 * class's name, which opens most lines of an application's log ("com.acme.scheduler started …", "app.worker.tasks
 * finished …"): a package's root first, or three dotted parts with an English word of three letters or more among
 * them ("anna.m.virtanen" is a login).
 */
final class LoginsOpeningStampedClauses {

    /** A time stamp, the actor, then a word in lower case that opens what the actor did. */
    private static final Pattern ACTOR_THEN_CLAUSE = Pattern.compile("(?m)^" + LoginsInLogRows.TIME_STAMP
            + "[ \\t]+([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|" + "\\p{Lu}[0-9]{3,}-\\p{Lu}{3,})"
            + "[ \\t]+\\p{Ll}{2,}(?![\\p{N}._@/-])");

    /** The roots of Java's, Kotlin's, Android's and .NET's package names: "com.acme.scheduler", "org.billing". */
    private static final Set<String> PACKAGE_ROOTS = Set.of("com", "org", "net", "io", "java", "javax", "jdk", "sun",
            "android", "androidx", "kotlin", "kotlinx", "scala", "microsoft", "system");
    /** How many dotted parts a logger's name has at least where its root is none of {@link #PACKAGE_ROOTS}. */
    private static final int LOGGER_PARTS = 3;

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
                    && !ServiceAccounts.contains(actor) && !isLoggerName(actor)) {
                findings.add(new Finding(EntityType.USERNAME, line.start(1), line.end(1), actor.toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** Whether the actor is a logger's or a class's name ({@link #PACKAGE_ROOTS}, {@link #LOGGER_PARTS}). */
    private static boolean isLoggerName(String actor) {
        var parts = actor.split("\\.");
        if (parts.length > 1 && PACKAGE_ROOTS.contains(parts[0])) {
            return true;
        }
        if (parts.length < LOGGER_PARTS) {
            return false;
        }
        for (var part : parts) {
            if (part.length() > 2 && EnglishWords.contains(part, 0, part.length())) {
                return true;
            }
        }
        return false;
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
