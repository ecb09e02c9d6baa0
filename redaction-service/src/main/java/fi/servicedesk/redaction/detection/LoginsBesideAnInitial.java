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
 * Dijk", "T. Ó Briain-Walsh", "B. á Rógvi-Joensen"), read as one; a driver's or a scanner's login may carry its
 * role's tag ({@link TaggedLogins}: "drv_vaatto50" of H.-K. Vaattovaara-Kuoksu, "KULJ-MESIM" of A.-N. Mesimarjasalo). A word in parentheses that is no such login ("M. Laine
 * (kalustopäällikkö)", "J. Smith (manager)") names the person's role. {@link LoginsBesideTheirNames} reads a login
 * beside a name written in full.
 */
final class LoginsBesideAnInitial {

    /** A given name's letters, the surname's initial and digits: "rinatk151". */
    private static final Pattern GIVEN_NAME_AND_DIGITS = Pattern.compile("[a-z]{4,12}[0-9]{2,4}");
    /** A surname's particle in lower case before a word of it: "á Rógvi-Joensen", "ap Rhys-Llewelyn", "Serra i Vilaseca". */
    private static final String PARTICLE = "(?:\\p{Ll}{1,3} )?";

    private static final Pattern INITIAL_SURNAME_LOGIN = Pattern.compile("(?<![\\p{L}\\p{N}.-])(\\p{Lu})\\.(?:-(\\p{L})\\.)? ("
            + PARTICLE + LoginsBesideTheirNames.NAME_WORD + "(?: " + PARTICLE + LoginsBesideTheirNames.NAME_WORD
            + "){0,2}) \\(([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*|[A-Z][A-Z0-9]*(?:[._-][A-Z0-9]+)+)\\)");

    private LoginsBesideAnInitial() {
    }

    static void find(Text message, List<Finding> findings) {
        if (!message.has('(') || !message.has('.')) {
            return;
        }
        var text = message.value();
        var m = INITIAL_SURNAME_LOGIN.matcher(text);
        while (m.find()) {
            var login = m.group(4).toLowerCase(Locale.ROOT);
            var initial = AddressLocalParts.foldedLetters(m.group(1).toLowerCase(Locale.ROOT));
            var second = m.group(2) == null ? "" : AddressLocalParts.foldedLetters(m.group(2).toLowerCase(Locale.ROOT));
            // a surname of two or three words is read as one ("Ó Briain-Walsh" gives "obriat3"), or by its last word
            // with its particle left out ("sdijk" of S. Van Dijk)
            var surname = m.group(3).replace(" ", "");
            var lastWord = m.group(3).substring(m.group(3).lastIndexOf(' ') + 1);
            if (!initial.isEmpty() && AddressLocalParts.foldedLetters(surname).length() >= 2 && !ServiceAccounts.contains(login)
                    && (isLoginOf(initial.charAt(0), surname, login)
                    || !lastWord.equals(surname) && isLoginOf(initial.charAt(0), lastWord, login) || !second.isEmpty()
                    && isInitialsAndDigits(initial.charAt(0), second.charAt(0), login)
                    || isGivenNameAndDigits(initial.charAt(0), surname, login))) {
                findings.add(new Finding(EntityType.USERNAME, m.start(4), m.end(4), login));
            }
        }
    }

    /**
     * Whether {@code login} is made of the name behind {@code initial} and {@code surname} (its halves too) as
     * {@link LoginParts} reads a name; a login that opens with a word of the initial's letter before a dot writes that
     * given name whole.
     */
    private static boolean isLoginOf(char initial, String surname, String login) {
        int dot = login.indexOf('.');
        var given = dot > 0 && login.charAt(0) == initial ? login.substring(0, dot) : String.valueOf(initial);
        return TaggedLogins.madeOf(new String[] {given, surname}, login);
    }

    /**
     * "rinatk151" of R. Khairullin-Gabdullin, "kofia811" of K. Asante-Frimpong: the given name the initial hides, whole,
     * then the surname's first letter and digits, as many systems build a login. The given name is not written, so
     * only its first letter is read, and the digits must mark the word as a login.
     */
    private static boolean isGivenNameAndDigits(char initial, String surname, String login) {
        var folded = AddressLocalParts.foldedLetters(surname);
        if (folded.isEmpty() || login.charAt(0) != initial || !GIVEN_NAME_AND_DIGITS.matcher(login).matches()) {
            return false;
        }
        int letters = login.length();
        while (Scan.isDigit(login.charAt(letters - 1))) {
            letters--;
        }
        return login.charAt(letters - 1) == folded.charAt(0);
    }

    /** "jm1234" of J.-m. Park: both initials of a double given name and digits. */
    private static boolean isInitialsAndDigits(char initial, char second, String login) {
        var letters = AddressLocalParts.foldedLetters(login);
        return letters.length() == 2 && letters.charAt(0) == initial && letters.charAt(1) == second
                && login.chars().anyMatch(c -> Scan.isDigit((char) c));
    }
}
