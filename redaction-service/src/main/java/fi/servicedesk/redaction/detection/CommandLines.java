package fi.servicedesk.redaction.detection;

import java.util.Set;

/**
 * Words of a command pasted into a ticket, on a line of two or more options, which no person's name is: a PowerShell
 * cmdlet (*Set-Mailbox*, *Add-MailboxPermission*: an approved verb, a hyphen and a capitalised noun; elsewhere
 * *Grant-Evans* is a surname), an option (*-Identity … -User … -AccessRights*, *--Owner*) and a value written in camel
 * case (*FullAccess*). A
 * person's name inside such a command is a value, an address or a user name, which other rules read.
 */
final class CommandLines {

    /** PowerShell's common approved verbs, the first part of a cmdlet's name. */
    private static final Set<String> VERBS = Set.of("Get", "Set", "Add", "Remove", "New", "Enable", "Disable", "Start",
            "Stop", "Restart", "Invoke", "Test", "Import", "Export", "Update", "Clear", "Connect", "Disconnect", "Grant",
            "Revoke", "Install", "Uninstall", "Register", "Unregister", "Search", "Move", "Rename", "Copy", "Reset",
            "Unlock", "Lock", "Find", "Select", "Sort", "Measure", "Wait", "Write", "Read", "Out", "Format", "Convert",
            "Resolve", "Sync", "Publish", "Send", "Receive", "Suspend", "Resume", "Approve", "Deny", "Request");
    /** A line with this many options is a command's. */
    private static final int OPTIONS_OF_A_COMMAND = 2;
    /** Lower-case letters before an inner capital in camel case: "FullAccess" has three, "McKenna" one, "MacLeod" two. */
    private static final int CAMEL_CASE_LOWER_RUN = 3;

    private CommandLines() {
    }

    static void unmark(String text, Tokens tokens, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            int start = tokens.start(t);
            if (names[t] && (isCmdlet(text, start, tokens.end(t)) || isOption(text, start) || isCamelCase(text, start, tokens.end(t)))
                    && isCommandLine(text, start)) {
                names[t] = false;
            }
        }
    }

    private static boolean isCmdlet(String text, int start, int end) {
        int hyphen = text.indexOf('-', start);
        return hyphen > start && hyphen + 1 < end && Character.isUpperCase(text.charAt(hyphen + 1))
                && VERBS.contains(text.substring(start, hyphen));
    }

    /** "FullAccess": a capital after three or more lower-case letters inside the word, as no name is written. */
    private static boolean isCamelCase(String text, int start, int end) {
        int lowerRun = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                lowerRun++;
            } else if (Character.isUpperCase(c) && lowerRun >= CAMEL_CASE_LOWER_RUN && i > start + lowerRun) {
                return true;
            } else {
                lowerRun = 0;
            }
        }
        return false;
    }

    /** "-Identity", "--Owner": one or two hyphens after a space or a tab. */
    private static boolean isOption(String text, int start) {
        int hyphens = start;
        while (hyphens > 0 && text.charAt(hyphens - 1) == '-' && start - hyphens < 2) {
            hyphens--;
        }
        return hyphens < start && (hyphens == 0 || text.charAt(hyphens - 1) == ' ' || text.charAt(hyphens - 1) == '\t');
    }

    /** The word's line holds two or more options: a command's, where camel case and options name no one. */
    private static boolean isCommandLine(String text, int start) {
        return optionsOn(text, Characters.lineStart(text, start), Characters.lineEnd(text, start)) >= OPTIONS_OF_A_COMMAND;
    }

    private static int optionsOn(String text, int from, int to) {
        int options = 0;
        for (int i = from; i + 1 < to; i++) {
            boolean opens = text.charAt(i) == '-' && (i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t');
            if (opens && Character.isLetter(text.charAt(text.charAt(i + 1) == '-' && i + 2 < to ? i + 2 : i + 1))) {
                options++;
            }
        }
        return options;
    }
}
