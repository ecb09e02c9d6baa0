package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A login in parentheses after the initial and surname of its owner, as a ticket system signs who closed or handled a
 * case ("Closed by A. Leppik (ants.leppik)", "Käsittelijä K. Kirveskangas (kirvesk9) 2026-03-09") (R8.2). The initial
 * hides the given name, so the login is read against its first letter: the given name's start and the surname's start
 * ("ing" and "nyh" of I. Nyholm-Kull: "ingnyh78"), the surname's start and the given name's ("kirves" and "k":
 * "kirvesk9", "bodna" and "ka" of K. Bodnár), a whole given name before a dot and the surname ("ants.leppik"), or
 * the two initials and digits ("ts9525" of T. Suutarinlahti). A double given name gives two initials, the second in
 * lower case where a Korean name is romanised ("K.-E. Kettunen", "J.-m. Park"), and the second may stand in the
 * login's initials ("jm1234"); a surname may be two or three words, a particle or a second surname with it ("S. Van
 * Dijk", "T. Ó Briain-Walsh"), read as one. A word in parentheses that is no such login ("M. Laine
 * (kalustopäällikkö)", "J. Smith (manager)") names the person's role. {@link LoginsBesideTheirNames} reads a login
 * beside a name written in full.
 */
final class LoginsBesideAnInitial {

    private static final Pattern INITIAL_SURNAME_LOGIN = Pattern.compile("(?<![\\p{L}\\p{N}.-])(\\p{Lu})\\.(?:-(\\p{L})\\.)? ("
            + LoginsBesideTheirNames.NAME_WORD + "(?: " + LoginsBesideTheirNames.NAME_WORD
            + "){0,2}) \\(([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)\\)");
    /** The fewest letters of the surname a login holds, unless it holds the whole: "uys" of Uysal. */
    private static final int SURNAMES_START = 3;
    /** The most letters of a given name a login without a dot holds: "ing" of Ingrid. */
    private static final int GIVEN_NAMES_START = 3;
    /** The most letters of a given name a login holds after the surname's start: "ka" of Katalin. */
    private static final int GIVEN_NAMES_START_AFTER = 2;

    private LoginsBesideAnInitial() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!message.has('(') || !message.has('.')) {
            return;
        }
        var text = message.value();
        var m = INITIAL_SURNAME_LOGIN.matcher(text);
        while (m.find()) {
            var login = m.group(4);
            var initial = AddressLocalParts.foldedLetters(m.group(1).toLowerCase(Locale.ROOT));
            var second = m.group(2) == null ? "" : AddressLocalParts.foldedLetters(m.group(2).toLowerCase(Locale.ROOT));
            var surname = AddressLocalParts.foldedLetters(m.group(3));
            if (!initial.isEmpty() && surname.length() >= 2 && !ServiceAccounts.contains(login)
                    && (isLoginOf(initial.charAt(0), surname, login) || !second.isEmpty()
                    && isInitialsAndDigits(initial.charAt(0), second.charAt(0), login))) {
                findings.add(new Finding(EntityType.USERNAME, m.start(4), m.end(4), login));
            }
        }
    }

    static boolean isLoginOf(char initial, String surname, String login) {
        int dot = login.indexOf('.');
        if (dot > 0 && login.charAt(0) == initial) {
            // "ants.leppik", "akimatti.suutarinlahti": the whole given name, a dot and the surname
            var given = login.substring(0, dot);
            var rest = AddressLocalParts.foldedLetters(login.substring(dot + 1));
            return Characters.allLetters(given) && isSurnamesStart(rest, surname);
        }
        var letters = AddressLocalParts.foldedLetters(login);
        if (letters.length() == 2 && login.chars().anyMatch(c -> Scan.isDigit((char) c))) {
            // "ts9525": the two initials and digits
            return letters.charAt(0) == initial && letters.charAt(1) == surname.charAt(0);
        }
        return givenThenSurname(letters, initial, surname) || surnameThenGiven(letters, initial, surname);
    }

    /** "jm1234" of J.-m. Park: both initials of a double given name and digits. */
    private static boolean isInitialsAndDigits(char initial, char second, String login) {
        var letters = AddressLocalParts.foldedLetters(login);
        return letters.length() == 2 && letters.charAt(0) == initial && letters.charAt(1) == second
                && login.chars().anyMatch(c -> Scan.isDigit((char) c));
    }

    /** "ingnyh", "schaowalit": up to three letters of the given name, then the surname's start. */
    private static boolean givenThenSurname(String letters, char initial, String surname) {
        if (letters.isEmpty() || letters.charAt(0) != initial) {
            return false;
        }
        for (int given = 1; given <= GIVEN_NAMES_START && given < letters.length(); given++) {
            if (isSurnamesStart(letters.substring(given), surname)) {
                return true;
            }
        }
        return false;
    }

    /** "kirvesk", "bodnaka": the surname's start, then the given name's first letter or two. */
    private static boolean surnameThenGiven(String letters, char initial, String surname) {
        for (int given = 1; given <= GIVEN_NAMES_START_AFTER && given < letters.length(); given++) {
            int at = letters.length() - given;
            if (letters.charAt(at) == initial && isSurnamesStart(letters.substring(0, at), surname)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSurnamesStart(String part, String surname) {
        return surname.startsWith(part) && (part.length() >= SURNAMES_START || part.equals(surname));
    }
}
