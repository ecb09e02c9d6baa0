package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;

/**
 * A password a tool's output leaks beside its login, where the layout says which is which (R8.2): a command's basic
 * authentication, "curl -u jdoe:Secret1!" or "--user jdoe:Secret1!" (the login a user name, the password a
 * credential), and a RADIUS server's "Login incorrect (…): [jdoe/Secret1!]", which logs what was typed as the password.
 * A variable in the password's place ("-u jdoe:$TOKEN", "-u ${USER}:${PASS}") is none.
 */
final class PasswordsInToolOutput {

    private static final CuedPattern[] LAYOUTS = {
        new CuedPattern("-u", "(?<![\\w-])(?:-u|--user)[ =]['\"]?([A-Za-z][\\w.@-]{0,63}):([^\\s'\"]{2,128})['\"]?(?=\\s|$)"),
        new CuedPattern("login incorrect", "Login incorrect[^\\[\\n]*: \\[([A-Za-z][\\w.@-]{0,63})/([^\\s\\]]{1,128})]"),
    };

    private PasswordsInToolOutput() {
    }

    static void find(Text message, List<Finding> findings) {
        var text = message.value();
        for (var layout : LAYOUTS) {
            if (!layout.mayMatch(message)) {
                continue;
            }
            var m = layout.pattern().matcher(text);
            while (m.find()) {
                if (m.group(2).charAt(0) == '$') {
                    continue;
                }
                findings.add(Finding.of(EntityType.CREDENTIAL, text, m.start(2), m.end(2)));
                if (!ServiceAccounts.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    findings.add(Finding.of(EntityType.USERNAME, text, m.start(1), m.end(1)));
                }
            }
        }
    }
}
