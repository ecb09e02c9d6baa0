package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * The login where an administrator's tool prints the account a line is about (R8.2): the tool's layout names the field,
 * so the value is an account whatever its letters. Log lines with the user's keyword (sshd's "Accepted publickey for
 * jdoe from", "Failed password for invalid user jdoe from", sudo's "jdoe : TTY=", CUPS' "Job 12 by jdoe", RADIUS'
 * "Login OK: [jdoe]", FlexLM's "OUT: "feature" jdoe@host", OpenVPN's "jdoe/198.51.100.7:1194", Cisco ASA's "User
 * &lt;jdoe&gt;", useradd's "new user: name=jdoe", usermod's "add 'jdoe' to group", "ssh -v jdoe@host", an Apache access
 * log's "203.0.113.9 - jdoe ["); the rows of session and process lists, whose first column is the user (last's "jdoe
 * pts/3 …", ps aux's "jdoe 4242 0.3 1.2 …", and under ps's "%CPU" title the
 * user, PID, %CPU and %MEM first whatever columns follow); and a tool's "key: value" field for the account (Windows events'
 * "Account Name:", net user's "User name", "RunAs User:", and a setting or environment variable whose key ends in "_USER", "_USERNAME", "_ACTOR" or
 * "_LOGIN", as CI systems, containers and deployment files name the account: "GITHUB_ACTOR:", "POSTGRES_USER:",
 * "DB_USER=", "ansible_user:"); a code host's review
 * timeline, whose lines open with the reviewer's login ("jdoe-dev approved these changes"). An administrator's
 * prefix stays outside ("adm-|jdoe|"); a domain before a backslash too. Not a service's, the system's or a computer's
 * account ({@link ServiceAccounts}).
 */
final class LoginsInToolOutput {

    private static final String LOGIN = "([A-Za-z][A-Za-z0-9._-]{0,62}[A-Za-z0-9]\\$?)";
    /** A login as tools print it in lower case, where a capitalised word in its place is no login ("To: Matti"). */
    private static final String LOWER_LOGIN = "([a-z][a-z0-9._-]{0,62}[a-z0-9])";
    /** The user's place in each tool's line, each after a piece of text it always holds; group 1 is the account. */
    private static final CuedPattern[] RULES = {
        new CuedPattern("for", " from ", "(?:Accepted|Failed) (?:password|publickey|keyboard-interactive(?:/pam)?|none) for (?:invalid user )?"
                + LOGIN + " from "),
        new CuedPattern("sudo", "sudo(?:\\[\\d+])?:\\s+" + LOGIN + " : "),
        new CuedPattern("pam_unix", "pam_unix\\([\\w-]+:\\w+\\): [^\\n]*?for user " + LOGIN + "(?![\\w.-])"),
        new CuedPattern("job", "\\bJob \\d+ by " + LOGIN + "(?![\\w.-])"),
        new CuedPattern("login", "Login (?:OK|incorrect)[^\\[\\n]*: \\[" + LOGIN + "[/\\]]"),
        new CuedPattern("\"", "\\b(?:OUT|IN|DENIED|QUEUED|UNSUPPORTED):\\s+\"[^\"\\n]+\"\\s+" + LOGIN + "@"),
        new CuedPattern("/", ":", "(?<![\\w.@/-])" + LOGIN + "/\\d{1,3}(?:\\.\\d{1,3}){3}:\\d{1,5}\\b"),
        new CuedPattern("user <", "\\bUser <" + LOGIN + ">"),
        new CuedPattern("new user", "\\bnew user: name=" + LOGIN + ","),
        new CuedPattern("to group", "\\badd '" + LOGIN + "' to group\\b"),
        new CuedPattern("ssh", "\\bssh(?: -[A-Za-z]+(?: [^\\s-]\\S*)?)* " + LOGIN + "@[\\w-]"),
        new CuedPattern(" - ", " [", "(?m)^\\S+ - " + LOGIN + " \\[\\d"),
        // last and ps pad their columns, so their tables hold two spaces, though a login that fills its column has one after it
        new CuedPattern("  ", List.of("pts/", "tty", ":", "console"),
                "(?m)^" + LOWER_LOGIN + " +(?:pts/\\d+|tty\\w*|:\\d+|console) "),
        new CuedPattern("  ", ".", "(?m)^" + LOWER_LOGIN + " +\\d+ +\\d+\\.\\d +\\d+\\.\\d +\\d+ +\\d+ "),
        new CuedPattern("%cpu", "(?m)^" + LOWER_LOGIN + " +\\d+ +\\d+\\.\\d +\\d+\\.\\d "),
        new CuedPattern("start", "(v", "(?m)^ +" + LOWER_LOGIN + " \\S+ \\S+ \\(v[\\d.]+\\) \\("),
        new CuedPattern("ssh-", "(?:ssh-(?:ed25519|rsa|dss)|ecdsa-sha2-nistp\\d+) [A-Za-z0-9+/=]{40,} " + LOGIN + "@[\\w-]"),
        new CuedPattern("cron <", "\\bCron <" + LOWER_LOGIN + "@[\\w-]"),
        new CuedPattern("to: ", "(?m)^To: " + LOWER_LOGIN + "[ \\t]*$"),
        new CuedPattern(" by ", "ed ", "(?m)(?:\\b[Tt]riggered|\\b[Rr]e-?run requested|\\b[Dd]eployed \\S+ to \\S+) by "
                + LOWER_LOGIN + "[ \\t]*$"),
        // a code host's review timeline writes one space between the login and its action, and pads nothing
        new CuedPattern(" ", List.of("requested changes", "approved these changes", "commented", "dismissed a review"),
                "(?m)^[ \\t]*" + LOWER_LOGIN + " (?:requested changes|approved these changes|commented|dismissed a review)\\b"),
        new CuedPattern("item=", "item=\\{'name': '" + LOGIN + "', 'comment'"),
        new CuedPattern("<developer>", "<developer>\\s*<id>" + LOGIN + "</id>"),
        new CuedPattern("name", List.of("account name", "user name"),
                "(?m)^[ \\t]*(?:(?:SAM )?Account Name|User name)[ \\t]*:?[ \\t]+(?:[\\w.-]+\\\\)?" + LOGIN + "[ \\t]*$"),
        new CuedPattern("_", List.of("_user", "_actor", "_login"),
                "(?m)^[ \\t]*(?:export[ \\t]+|-[ \\t]+)?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*_(?i:user|username|actor|login)"
                + "[ \\t]*[:=][ \\t]*[\"']?(?!(?i:true|false|yes|no)[\"']?[ \\t]*$)" + LOGIN + "[\"']?[ \\t]*$"),
        new CuedPattern("runas", "(?m)^RunAs User:[ \\t]+(?:[\\w.-]+\\\\)?" + LOGIN + "[ \\t]*$"),
    };
    /** What an administrator's account puts before the person's login. */
    private static final List<String> ADMIN_PREFIXES = List.of("adm-", "adm_", "admin-", "admin_", "a-");

    private LoginsInToolOutput() {
    }

    static void find(Text message, List<Finding> findings) {
        var text = message.value();
        for (var rule : RULES) {
            if (!rule.mayMatch(message)) {
                continue;
            }
            var m = rule.pattern().matcher(text);
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
