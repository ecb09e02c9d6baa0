package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "Lähettäjä: Telia ACE / ahtlah65", "Avsändare: BankID / annlun01", "Author: Confluence / jdoe": a field of who sent,
 * wrote or owns an item names the service and, after a slash at the line's end, the account that acted through it
 * (R8.2), as SMS gateways' delivery reports and wiki exports print it. Taken a login in lower case with digits, dots,
 * hyphens or underscores, or letters no dictionary reads as a word ("Lähettäjä: Elisa / asiakaspalvelu" names a
 * mailbox); never a system's account ("Omistaja: Jarvis / svc_backup").
 */
final class LoginsAfterTheirService {

    /** The field's label, the service, " / " and the login that ends the line. */
    private static final Pattern FIELD = Pattern.compile("(?m)^[ \\t*>-]*(?iu:l[äa]hett[äa]j[äa]|avs[äa]ndare|sender|from"
            + "|k[äa]ytt[äa]j[äa]|anv[äa]ndare|user|account|tili|konto|tekij[äa]|author|f[öo]rfattare|muokkaaja|editor"
            + "|redigerare|omistaja|owner)[ \\t*]*:[ \\t*]*[^\\n/]*? / ([a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)[ \\t]*$");
    private static final Scan.Opening OPENING = Scan.Opening.of("lLaAsSfFkKuUtTeEmMrRoO \t*>-",
            (t, i) -> i == 0 || t.charAt(i - 1) == '\n');

    private LoginsAfterTheirService() {
    }

    static void find(Text message, NameLexicon lexicon, List<Finding> findings) {
        if (!message.has('/')) {
            return;
        }
        var text = message.value();
        var scan = new Scan(FIELD, message);
        for (int from = 0; scan.find(from, OPENING); from = scan.match().end()) {
            int start = scan.match().start(1);
            int end = scan.match().end(1);
            if (isLogin(text, start, end, lexicon)) {
                findings.add(Finding.of(EntityType.USERNAME, text, start, end));
            }
        }
    }

    static boolean isLogin(String text, int start, int end, NameLexicon lexicon) {
        int letters = start;
        while (letters < end && Character.isLowerCase(text.charAt(letters))) {
            letters++;
        }
        if (ServiceAccounts.contains(text.substring(start, end)) || ServiceAccounts.opensWithSystemWord(text.substring(start, letters))) {
            return false;
        }
        return letters < end || !EnglishWords.contains(text, start, end) && !EnglishNouns.contains(text, start, end)
                && PlainLogins.isLogin(text, start, end, lexicon.lookup(text, start, end));
    }
}
