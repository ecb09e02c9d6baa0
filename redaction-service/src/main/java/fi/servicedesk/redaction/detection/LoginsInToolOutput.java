package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The login where an administrator's tool prints the account a line is about (R8.2): the tool's layout names the field,
 * so the value is an account whatever its letters. Log lines with the user's keyword (sshd's "Accepted publickey for
 * jdoe from", "Failed password for invalid user jdoe from", sudo's "jdoe : TTY=", CUPS' "Job 12 by jdoe", RADIUS'
 * "Login OK: [jdoe]", FlexLM's "OUT: "feature" jdoe@host", OpenVPN's "jdoe/198.51.100.7:1194", Cisco ASA's "User
 * &lt;jdoe&gt;", useradd's "new user: name=jdoe", usermod's "add 'jdoe' to group", "ssh -v jdoe@host", an Apache access
 * log's "203.0.113.9 - jdoe ["); the rows of session and process lists, whose first column is the user (last's "jdoe
 * pts/3 …", ps aux's "jdoe 4242 0.3 1.2 …"); and a tool's "key: value" field for the account (Windows events'
 * "Account Name:", net user's "User name", "RunAs User:", "GITHUB_ACTOR:", "POSTGRES_USER:"). An administrator's
 * prefix stays outside ("adm-|jdoe|"); a domain before a backslash too. Not a service's, the system's or a computer's
 * account ({@link ServiceAccounts}).
 */
final class LoginsInToolOutput {

    private static final String LOGIN = "([A-Za-z][A-Za-z0-9._-]{0,62}[A-Za-z0-9]\\$?)";
    /** The user's place in each tool's line; group 1 is the account. */
    private static final Pattern[] LINES = {
        Pattern.compile("(?:Accepted|Failed) (?:password|publickey|keyboard-interactive(?:/pam)?|none) for (?:invalid user )?"
                + LOGIN + " from "),
        Pattern.compile("(?m)sudo(?:\\[\\d+])?:\\s+" + LOGIN + " : "),
        Pattern.compile("pam_unix\\([\\w-]+:\\w+\\): [^\\n]*?for user " + LOGIN + "(?![\\w.-])"),
        Pattern.compile("\\bJob \\d+ by " + LOGIN + "(?![\\w.-])"),
        Pattern.compile("Login (?:OK|incorrect)[^\\[\\n]*: \\[" + LOGIN + "[/\\]]"),
        Pattern.compile("\\b(?:OUT|IN|DENIED|QUEUED|UNSUPPORTED):\\s+\"[^\"\\n]+\"\\s+" + LOGIN + "@"),
        Pattern.compile("(?<![\\w.@/-])" + LOGIN + "/\\d{1,3}(?:\\.\\d{1,3}){3}:\\d{1,5}\\b"),
        Pattern.compile("\\bUser <" + LOGIN + ">"),
        Pattern.compile("\\bnew user: name=" + LOGIN + ","),
        Pattern.compile("\\badd '" + LOGIN + "' to group\\b"),
        Pattern.compile("\\bssh(?: -[A-Za-z]+(?: [^\\s-]\\S*)?)* " + LOGIN + "@[\\w-]"),
        Pattern.compile("(?m)^\\S+ - " + LOGIN + " \\[\\d"),
        Pattern.compile("(?m)^" + LOGIN + " +(?:pts/\\d+|tty\\w*|:\\d+|console) "),
        Pattern.compile("(?m)^" + LOGIN + " +\\d+ +\\d+\\.\\d +\\d+\\.\\d +\\d+ +\\d+ "),
        Pattern.compile("(?m)^[ \\t]*(?:(?:SAM )?Account Name|User name|RunAs User|GITHUB_ACTOR|POSTGRES_USER)[ \\t]*:?[ \\t]+"
                + "(?:[\\w.-]+\\\\)?" + LOGIN + "[ \\t]*$"),
    };
    private static final Fragment[] CUES = Fragment.each("for", "sudo", "pam_unix", "job", "login", "out:", "in:", "denied:",
            "user", "ssh", " - ", "pts/", "tty", "account name", "github_actor");
    /** What an administrator's account puts before the person's login. */
    private static final List<String> ADMIN_PREFIXES = List.of("adm-", "adm_", "admin-", "admin_", "a-");

    private LoginsInToolOutput() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!Fragment.anyMayBeIn(CUES, message)) {
            return;
        }
        var text = message.value();
        for (var line : LINES) {
            var m = line.matcher(text);
            while (m.find()) {
                add(text, m.start(1), m.end(1), findings);
            }
        }
    }

    private static void add(String text, int start, int end, List<Finding> findings) {
        var lower = text.substring(start, end).toLowerCase(Locale.ROOT);
        for (var prefix : ADMIN_PREFIXES) {
            if (lower.startsWith(prefix) && lower.length() > prefix.length() + 2) {
                start += prefix.length();
                lower = lower.substring(prefix.length());
                break;
            }
        }
        if (!ServiceAccounts.contains(lower)) {
            findings.add(new Finding(EntityType.USERNAME, start, end, lower));
        }
    }
}
