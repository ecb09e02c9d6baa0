package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The account a device's or a system's log line says signed in or out (R8.2): the line's time stamp, the event in
 * capitals, then the login, as a car's telematics unit or a key cabinet prints who used it ("2026-02-01 04:13:33
 * KIRJAUTUMINEN vasaram5 (avaimenperä tag 488508)", "… LOGIN mrehnstrom", "… INLOGGNING annlun01"). Only a sign-in's or
 * a sign-out's event names an account after it; the others are followed by what happened ("AJO ALKOI 27642 km",
 * "YLINOPEUS 92/80"). {@link LoginsInLogRows} reads the actor written before the event.
 */
final class LoginsAfterASignInEvent {

    private static final Pattern EVENT_THEN_LOGIN = Pattern.compile("(?m)^" + LoginsInLogRows.TIME_STAMP
            + "[ \\t]+(\\p{Lu}[\\p{Lu}-]+)[ \\t]+"
            + "([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\\p{L}\\p{N}@\\\\/]|[._-][\\p{L}\\p{N}])");
    /**
     * The stems of a sign-in's and a sign-out's event in the languages of the logs: "KIRJAUTUMINEN",
     * "ULOSKIRJAUTUMINEN", "INLOGGNING", "LOGIN", "LOGOFF", "SIGN-IN".
     */
    private static final List<String> SIGN_IN_STEMS = List.of("KIRJAUT", "INLOGG", "UTLOGG", "LOGIN", "LOGON",
            "LOGOUT", "LOGOFF", "SIGNIN", "SIGN-IN", "SIGNOUT", "SIGN-OUT");

    private LoginsAfterASignInEvent() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!message.has(':') || !message.has('-')) {
            return;
        }
        var text = message.value();
        var m = EVENT_THEN_LOGIN.matcher(text);
        while (m.find()) {
            var login = m.group(2);
            if (isSignInOrOut(m.group(1)) && !ServiceAccounts.contains(login)) {
                findings.add(new Finding(EntityType.USERNAME, m.start(2), m.end(2), login.toLowerCase(Locale.ROOT)));
            }
        }
    }

    private static boolean isSignInOrOut(String event) {
        return SIGN_IN_STEMS.stream().anyMatch(event::contains);
    }
}
