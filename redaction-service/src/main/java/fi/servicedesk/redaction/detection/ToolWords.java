package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Closed vocabularies of what tools print, which are no one's name as they write them, capitalised (a chat's "warn"
 * may be a nickname): boolean and null literals and a switch's state ("True", "None", "Enabled"), log levels ("Error",
 * "Warning"), a ticket's or an alert's priority ("High", "Medium"), a build server's steps and objects ("[Pipeline]
 * stage", "Job 4711", "Re-run"), a code review's labels ("Code-Review +2"), a Java stack trace's "(Native Method)", a
 * Unix signal ("SIGSEGV"), a Windows privilege ("SeBackupPrivilege") and a Windows domain before its account
 * ("CORP\jdoe"). A given name spelt like one of them ("Job") is rarer than the tool's word, so it loses its mark too.
 */
final class ToolWords {

    private static final WordSet WORDS = WordSet.of(
            Set.of("true", "false", "null", "none", "nil", "enabled", "disabled"),
            Set.of("error", "warning", "warn", "info", "debug", "trace", "fatal", "critical", "verbose", "notice"),
            // a ticket's or an alert's priority and severity ("Priority: High", "\"Severity\": \"Medium\"")
            Set.of("low", "medium", "high", "urgent"),
            Set.of("pipeline", "job", "run", "re-run", "rerun", "stage", "step", "workflow", "deploy", "artifact",
                    "artifacts", "runner"),
            Set.of("code-review", "verified"),
            Set.of("native", "method"));
    private static final String PRIVILEGE_PREFIX = "Se";
    private static final String PRIVILEGE_SUFFIX = "Privilege";
    private static final String SIGNAL_PREFIX = "SIG";
    /** "SIGHUP", "SIGSEGV", "SIGTERM": the prefix and two to five capitals. */
    private static final int LONGEST_SIGNAL = 8;

    private ToolWords() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (names[t] && (Character.isUpperCase(text.charAt(start)) && WORDS.contains(text, start, end)
                    || isPrivilege(text, start, end) || isSignal(text, start, end) || isDomain(text, start, end))) {
                names[t] = false;
            }
        }
    }

    private static boolean isPrivilege(String text, int start, int end) {
        return end - start > PRIVILEGE_PREFIX.length() + PRIVILEGE_SUFFIX.length() && text.startsWith(PRIVILEGE_PREFIX, start)
                && Character.isUpperCase(text.charAt(start + PRIVILEGE_PREFIX.length()))
                && text.startsWith(PRIVILEGE_SUFFIX, end - PRIVILEGE_SUFFIX.length());
    }

    /** "CORP\jdoe": a Windows domain, in capitals right before the backslash and the account's name. */
    private static boolean isDomain(String text, int start, int end) {
        return end + 1 < text.length() && text.charAt(end) == '\\' && Character.isLetter(text.charAt(end + 1))
                && ColumnTitles.isAcronym(text, start, end);
    }

    private static boolean isSignal(String text, int start, int end) {
        if (end - start <= SIGNAL_PREFIX.length() + 1 || end - start > LONGEST_SIGNAL || !text.startsWith(SIGNAL_PREFIX, start)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }
}
