package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The account a device's or a system's log line says signed in or out (R8.2): the line's time stamp, the event in
 * capitals, then the login, as a car's telematics unit or a key cabinet prints who used it ("2026-02-01 04:13:33
 * KIRJAUTUMINEN vasaram5 (avaimenperä tag 488508)", "… LOGIN mrehnstrom", "… INLOGGNING annlun01"). Only a sign-in's or
 * a sign-out's event names an account after it; the others are followed by what happened ("AJO ALKOI 27642 km",
 * "YLINOPEUS 92/80"), and a word a dictionary holds after one says what became of it ("LOGIN failed",
 * "KIRJAUTUMINEN onnistui"). A charger's event names the account whose tag started a charge the same way, after the
 * word for the tag ("2026-01-05T03:34:43Z LATAUS ALKOI tunniste mavirta7", "… CHARGING STARTED tag eeva.koskinen"),
 * unless the tag is read by its serial in hexadecimal ("a31c3baf"). A sign-in's event names the account before it
 * too, on a line of its own ("2027-01-11 04:46:08 kulj_vesikk87 KIRJAUTUI"), where {@link LoginsInLogRows} needs
 * two lines of actors to read any before the event; a login in capitals there is a person's only as
 * {@link LoginsInLogRows} reads one ("D7847-GEBRE" of a name the message writes, not "SYS-BATCH").
 */
final class LoginsAfterASignInEvent {

    private static final Pattern EVENT_THEN_LOGIN = Pattern.compile("(?m)^" + LoginsInLogRows.TIME_STAMP
            + "[ \\t]+(\\p{Lu}[\\p{Lu}-]+)[ \\t]+"
            + "([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\\p{L}\\p{N}@\\\\/]|[._-][\\p{L}\\p{N}])");
    /**
     * A time stamp, a charge's start or stop in capitals ("LATAUS ALKOI", "CHARGING STARTED", "LADDNING STOPP"), the word
     * for the tag that identified the user, then the user's login; or any event whose user a tag identified ("RFID",
     * "tunniste", "tag"), not an "id" of another event, which names a job or a device ("JOB FAILED id nightly-backup2").
     */
    private static final Pattern EVENT_THEN_TAG = Pattern.compile("(?m)^" + LoginsInLogRows.TIME_STAMP
            + "[ \\t]+(?:(?:LATAUS|CHARGING|CHARGE|LADDNING)[ \\t]+(?:START|STOP|ALKOI|PÄÄTTYI|LOPPUI)\\p{Lu}*[ \\t]+"
            + "(?i:tunniste|tunnisteella|tag|rfid|id)"
            + "|\\p{Lu}[\\p{Lu}-]+(?: \\p{Lu}[\\p{Lu}-]+){0,2}[ \\t]+(?i:tunniste|tunnisteella|tag|rfid))[ \\t]+"
            + "([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\\p{L}\\p{N}@\\\\/]|[._-][\\p{L}\\p{N}])");
    /**
     * A time stamp, the login, then the sign-in's or sign-out's event in capitals, as a vehicle's or a depot's log
     * writes who signed in ("2027-01-11 04:46:08 kulj_vesikk87 KIRJAUTUI, auto 886", "… D7847-GEBRE KIRJAUTUI").
     */
    private static final Pattern LOGIN_THEN_EVENT = Pattern.compile("(?m)^" + LoginsInLogRows.TIME_STAMP
            + "[ \\t]+([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|[A-Z][A-Z0-9]*(?:[._-][A-Z0-9]+)+)[ \\t]+"
            + "(\\p{Lu}[\\p{Lu}-]+)(?![\\p{L}\\p{N}])");
    private static final Pattern HEXADECIMAL = Pattern.compile("[0-9a-f]+");

    /**
     * The stems of a sign-in's and a sign-out's event in the languages of the logs: "KIRJAUTUMINEN",
     * "ULOSKIRJAUTUMINEN", "INLOGGNING", "LOGIN", "LOGOFF", "SIGN-IN".
     */
    private static final List<String> SIGN_IN_STEMS = List.of("KIRJAUT", "INLOGG", "UTLOGG", "LOGIN", "LOGON",
            "LOGOUT", "LOGOFF", "SIGNIN", "SIGN-IN", "SIGNOUT", "SIGN-OUT");

    /** The fewest letters of each English word of a compound: "out" of "timeout"; shorter ones spell logins' parts. */
    private static final int SHORTEST_PART = 3;

    private LoginsAfterASignInEvent() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (!message.has(':') || !message.has('-')) {
            return;
        }
        var text = message.value();
        var m = EVENT_THEN_LOGIN.matcher(text);
        while (m.find()) {
            var login = m.group(2);
            if (isSignInOrOut(m.group(1)) && !ServiceAccounts.contains(login)
                    && !isWord(text, m.start(2), m.end(2), lexicon)) {
                findings.add(new Finding(EntityType.USERNAME, m.start(2), m.end(2), login));
            }
        }
        var before = LOGIN_THEN_EVENT.matcher(text);
        while (before.find()) {
            var login = before.group(1);
            boolean inCapitals = Character.isUpperCase(login.charAt(0));
            if (isSignInOrOut(before.group(2)) && !ServiceAccounts.contains(login)
                    && (inCapitals ? LoginsInLogRows.personInCapitals(text, login)
                            : !isWord(text, before.start(1), before.end(1), lexicon))) {
                findings.add(new Finding(EntityType.USERNAME, before.start(1), before.end(1),
                        login.toLowerCase(Locale.ROOT)));
            }
        }
        var tagged = EVENT_THEN_TAG.matcher(text);
        while (tagged.find()) {
            var login = tagged.group(1);
            if (!HEXADECIMAL.matcher(login).matches() && !ServiceAccounts.contains(login)
                    && !isWord(text, tagged.start(1), tagged.end(1), lexicon)) {
                findings.add(new Finding(EntityType.USERNAME, tagged.start(1), tagged.end(1), login));
            }
        }
    }

    /**
     * What became of the sign-in is a word a dictionary holds ("failed", Voikko's "epäonnistui"), a Swedish one
     * ("misslyckades", "gjord") or two English ones written together ("timeout", "lockout"), not a login.
     */
    private static boolean isWord(String text, int start, int end, NameLexicon lexicon) {
        if (LoginsInLogRows.isWord(text, start, end, lexicon) || SwedishWords.isSwedishWord(text, start, end)) {
            return true;
        }
        for (int split = start + SHORTEST_PART; split <= end - SHORTEST_PART; split++) {
            if (EnglishWords.contains(text, start, split) && EnglishWords.contains(text, split, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSignInOrOut(String event) {
        return SIGN_IN_STEMS.stream().anyMatch(event::contains);
    }
}
