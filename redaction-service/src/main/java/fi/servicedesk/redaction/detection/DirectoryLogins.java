package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The login a directory's export gives under its attribute (R8.2): Active Directory's {@code sAMAccountName}, Microsoft
 * Graph's {@code onPremisesSamAccountName} and {@code mailNickname}, SCIM's {@code userName}, as
 * JSON ({@code "userName": "akorhon4"}), PowerShell or LDIF ({@code sAMAccountName : akorhon4}) write them. The
 * attribute says the value is an account whatever its shape, an opaque id ("x204511") too; a value with an '@' is an
 * address ({@link EmailDetector}), and a placeholder ("null", "&lt;login&gt;") no login.
 */
final class DirectoryLogins {

    /** The attributes, in lower case. */
    private static final Set<String> LOGIN_KEYS = Set.of("samaccountname", "onpremisessamaccountname", "mailnickname",
            "username");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_])[\"']?([A-Za-z]{3,24})[\"']?[ \\t]*[:=][ \\t]*[\"']?([A-Za-z0-9][A-Za-z0-9._-]{1,63})(?![\\p{L}\\p{N}@._-])");
    private static final Set<String> NO_LOGINS = Set.of("null", "none", "true", "false", "undefined");
    private static final Fragment[] CUES = {Fragment.of("accountname"), Fragment.of("nickname"), Fragment.of("username")};

    private DirectoryLogins() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!Fragment.anyMayBeIn(CUES, message)) {
            return;
        }
        var text = message.value();
        var m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            var key = m.group(1).toLowerCase(Locale.ROOT);
            if (LOGIN_KEYS.contains(key) && !NO_LOGINS.contains(m.group(2).toLowerCase(Locale.ROOT))
                    && !foundAlready(findings, m.start(2), m.end(2))) {
                findings.add(Finding.of(EntityType.USERNAME, text, m.start(2), m.end(2)));
            }
        }
    }

    /** The user name cues' pattern reads "Username: x" too. */
    private static boolean foundAlready(List<Finding> findings, int start, int end) {
        for (int f = 0; f < findings.size(); f++) {
            if (findings.get(f).start() == start && findings.get(f).end() == end) {
                return true;
            }
        }
        return false;
    }
}
