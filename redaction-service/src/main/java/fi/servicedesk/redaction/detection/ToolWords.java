package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Closed vocabularies of what tools print, which are no one's name as they write them, capitalised (a chat's "warn"
 * may be a nickname): boolean and null literals and a switch's state ("True", "None", "Enabled"), log levels ("Error",
 * "Warning"), a build server's objects and steps ("[Pipeline] stage", "Runner offline", "Re-run"), a code review's labels
 * ("Code-Review +2"), a Unix signal ("SIGSEGV"), a Windows privilege ("SeBackupPrivilege") and a Windows domain before
 * its account ("CORP\jdoe").
 * <p>Other words of tools are also ordinary words or names of people ("Job", "Low", "Review"), so they are the
 * tool's only where the tool put them: on a line {@link ToolOutputLines} reads as a tool's output, before an object's
 * number ("Job 4711", "Run #12"), as the value of a severity's or status's field ("Severity: High", "Priority: Low") or
 * as a workflow's state after "In" ("In Review"). These are a build's steps ("Run", "Stage", "Job"), a stack frame's
 * "(Native Method)", severities ("High", "Minor"), states ("Resolved", "Pending") and the actions a log or an on-call
 * timeline records ("07:00 Notified …", "MULTI: Learn:"); there also in lower case ("FAX TX FAILED job 03384"). One that
 * is also a given name or surname by the lists keeps its mark beside another marked word ("Job Smith", "Emma Low").
 */
final class ToolWords {

    private static final WordSet WORDS = WordSet.of(
            Set.of("true", "false", "null", "none", "nil", "enabled", "disabled"),
            Set.of("error", "warning", "warn", "info", "debug", "trace", "fatal", "critical", "verbose", "notice"),
            Set.of("pipeline", "artifact", "artifacts", "runner", "re-run", "rerun", "step", "workflow", "deploy"),
            Set.of("code-review", "verified"));
    /** Words of tools that are also ordinary words or names, the tool's only where {@link #placedByTool} holds. */
    private static final WordSet PLACED_WORDS = WordSet.of(
            // a build server's steps and a Java stack frame's "(Native Method)"
            Set.of("job", "run", "stage", "native", "method"),
            // severities and priorities (syslog's, ITIL's, the issue trackers'; not "Major", a military title before a name)
            Set.of("high", "medium", "low", "minor", "moderate", "severe", "urgent", "blocker", "trivial",
                    "emergency", "alert"),
            // states of a job, a ticket or a check
            Set.of("open", "closed", "resolved", "pending", "done", "failed", "success", "succeeded", "passed", "skipped",
                    "cancelled", "canceled", "queued", "running", "started", "finished", "completed", "denied", "allowed",
                    "blocked", "rejected", "accepted", "approved", "active", "inactive", "offline", "online", "review"),
            // of a job application and of a reply to an invitation, as an applicant-tracking system or a calendar writes them
            Set.of("withdrawn", "declined", "tentative", "hired", "shortlisted", "interviewing", "screening", "offered"),
            // what a log or an on-call timeline records as done
            Set.of("triggered", "acknowledged", "escalated", "assigned", "notified", "learn", "added", "removed",
                    "created", "deleted", "updated", "changed", "login", "logon", "logout", "logoff"));
    /** The states an issue tracker writes after "In". */
    private static final WordSet WORKFLOW_STATES = WordSet.of(Set.of("review", "progress", "testing", "qa"));
    /** The keys of a field whose value is a severity or a state ("Severity: High", "\"Priority\": \"Low\""). */
    private static final WordSet SEVERITY_KEYS = WordSet.of(Set.of("severity", "priority", "status", "state", "level",
            "impact", "urgency", "risk"));
    private static final String PRIVILEGE_PREFIX = "Se";
    private static final String PRIVILEGE_SUFFIX = "Privilege";
    private static final String SIGNAL_PREFIX = "SIG";
    /** "SIGHUP", "SIGSEGV", "SIGTERM": the prefix and two to five capitals. */
    private static final int LONGEST_SIGNAL = 8;

    private ToolWords() {
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            int end = tokens.end(t);
            if (names[t] && (Character.isUpperCase(text.charAt(start)) && WORDS.contains(text, start, end)
                    || isPrivilege(text, start, end) || isSignal(text, start, end) || isDomain(text, start, end)
                    || PLACED_WORDS.contains(text, start, end) && placedByTool(text, tokens, t) && !besideName(text, tokens, words, names, t))) {
                names[t] = false;
            }
            if (names[t] && isWorkflowState(text, tokens, t)) {
                names[t] = false;
                names[t - 1] = false;
            }
        }
    }

    private static boolean placedByTool(String text, Tokens tokens, int t) {
        return Characters.beforeNumber(text, tokens.end(t)) || afterSeverityKey(text, tokens, t) || endsListedItem(text, tokens, t)
                || ToolOutputLines.holds(text, tokens.start(t));
    }

    /**
     * "Elina Rieskasaari – Tentative", "Aino Virta - Declined (\"…\")": a state after a dash that ends its line, or
     * stands before a parenthesis, is the item's state in a list of replies or applicants.
     */
    private static boolean endsListedItem(String text, Tokens tokens, int t) {
        int start = tokens.start(t);
        if (start < 3 || text.charAt(start - 1) != ' ' || text.charAt(start - 3) != ' ' || !NameLayout.isDash(text.charAt(start - 2))) {
            return false;
        }
        int end = tokens.end(t);
        return end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r' || text.startsWith(" (", end);
    }

    /** "In Review", "In Progress": an issue tracker's state, both words. */
    private static boolean isWorkflowState(String text, Tokens tokens, int t) {
        return t > 0 && tokens.spaced(t - 1, t) && tokens.length(t - 1) == 2 && text.startsWith("In", tokens.start(t - 1))
                && WORKFLOW_STATES.contains(text, tokens.start(t), tokens.end(t));
    }

    /** "Severity: High", "\"Priority\": \"Low\"", "status=Resolved": the value of a field that holds a severity or state. */
    private static boolean afterSeverityKey(String text, Tokens tokens, int t) {
        if (t == 0) {
            return false;
        }
        int keyEnd = tokens.end(t - 1);
        int i = tokens.start(t);
        while (i > keyEnd && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '"')) {
            i--;
        }
        if (i <= keyEnd || text.charAt(i - 1) != ':' && text.charAt(i - 1) != '=') {
            return false;
        }
        i--;
        while (i > keyEnd && text.charAt(i - 1) == '"') {
            i--;
        }
        return i == keyEnd && SEVERITY_KEYS.contains(text, tokens.start(t - 1), keyEnd);
    }

    /**
     * A person's name: after a marked or capitalised word, a surname ("Emma Low", "Ada Low", where a later rule finds
     * Ada; not after another tool's word, "(Native Method)"); before a marked word, a given name the lists hold ("Job Smith"). A tool's
     * word before a name is its action ("07:00 Notified Aino Laine").
     */
    private static boolean besideName(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names, int t) {
        return t > 0 && tokens.spaced(t - 1, t) && (names[t - 1] || endsCapitalised(text, tokens.end(t - 1))
                && !PLACED_WORDS.contains(text, tokens.start(t - 1), tokens.end(t - 1)))
                || words[t] != null && NameWords.isAnyName(words[t]) && t + 1 < tokens.size() && names[t + 1] && tokens.spaced(t, t + 1);
    }

    /** "Freya", "CN=Freya": the letters that end a word, a capital and then lower case, as a given name is written. */
    private static boolean endsCapitalised(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return end - start >= 2 && Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start + 1));
    }

    private static boolean isPrivilege(String text, int start, int end) {
        return end - start > PRIVILEGE_PREFIX.length() + PRIVILEGE_SUFFIX.length() && text.startsWith(PRIVILEGE_PREFIX, start)
                && Character.isUpperCase(text.charAt(start + PRIVILEGE_PREFIX.length()))
                && text.startsWith(PRIVILEGE_SUFFIX, end - PRIVILEGE_SUFFIX.length());
    }

    /** "CORP\jdoe": a Windows domain, in capitals right before the backslash and the account's name. */
    private static boolean isDomain(String text, int start, int end) {
        return end + 1 < text.length() && text.charAt(end) == '\\' && Character.isLetter(text.charAt(end + 1))
                && Characters.inCapitals(text, start, end);
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
