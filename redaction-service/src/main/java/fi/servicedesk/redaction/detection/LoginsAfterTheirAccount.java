package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "… barn Ebba-Lovisa Jomalsby har eget konto (jomaleb)", "lapsella on oma tili (ak3512)", "has his own account
 * (tom.reyes)": the word for an account, then its login in parentheses (R8.2), as a service desk notes whose account a
 * family member has. The login is in lower case and no system's account, as {@link LoginsAfterTheirService} takes
 * one; one of letters alone must be made of a name the message writes, as a word in those parentheses says what kind
 * of account it is ("konto (privat)", "account (closed)").
 */
final class LoginsAfterTheirAccount {

    /** An account's word in Finnish, Swedish or English, its common inflections, and the login in parentheses. */
    private static final Pattern ACCOUNT_THEN_LOGIN = Pattern.compile("(?<![\\p{L}\\p{N}])(?iu:konto|kontot|tili|tilin"
            + "|käyttäjätili|käyttäjätunnus|tunnus|tunnuksen|account|user ?name|login|användarnamn)[ \\t]+\\("
            + "([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)\\)");
    private static final Pattern NAMES = Pattern.compile(LoginsBesideTheirNames.WRITTEN_NAMES);

    private LoginsAfterTheirAccount() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (!message.has('(')) {
            return;
        }
        var text = message.value();
        var m = ACCOUNT_THEN_LOGIN.matcher(text);
        while (m.find()) {
            var login = m.group(1);
            if (LoginsAfterTheirService.isLogin(text, m.start(1), m.end(1), lexicon)
                    && (!Characters.allLetters(login) || madeOfANameWritten(text, login))) {
                findings.add(Finding.of(EntityType.USERNAME, text, m.start(1), m.end(1)));
            }
        }
    }

    private static boolean madeOfANameWritten(String text, String login) {
        var names = NAMES.matcher(text);
        while (names.find()) {
            if (LoginParts.madeOf(names.group().split(" "), login)) {
                return true;
            }
        }
        return false;
    }
}
