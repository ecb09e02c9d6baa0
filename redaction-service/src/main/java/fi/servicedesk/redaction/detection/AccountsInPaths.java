package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The account in a home folder's path (R8.2): every system names a user's home folder after the login, so the folder
 * is the account whoever's it is. Windows "C:\Users\mvirtanen\Desktop" (its profile folder "C:\Users\mvirtanen.CORP"
 * when a domain's account took the name first: the account without the domain's suffix), macOS "/Users/mvirtanen/",
 * Linux "/home/mvirtanen/.ssh", a file server's home share "\\fs01\home$\mvirtanen", and a domain account
 * "CORP\mvirtanen" (an account in lower case). Not the shared and default profiles ("C:\Users\Public", "/Users/Shared"), a system's accounts
 * ("/home/root"), nor a placeholder ("C:\Users\&lt;user&gt;", "%USERNAME%", "/home/user").
 */
final class AccountsInPaths {

    /** What a home folder's path holds before the account, in lower case: the Windows and the macOS one in any case. */
    private static final List<String> WINDOWS_HOMES = List.of(":\\users\\", ":\\documents and settings\\");
    private static final String LINUX_HOME = "/home/";
    private static final String MAC_HOME = "/Users/";
    /** A file server's shares of home folders: "\\fs01\home$\", "\\nas\homes\", "\\fs\profiles$\". */
    private static final Set<String> HOME_SHARES = Set.of("home$", "homes", "home", "users", "users$", "profiles$",
            "userhome$", "userhomes$", "koti$", "hem$");
    /** Folders of a home directory that belong to no one, and the placeholders of guides. */
    private static final Set<String> NO_ONES = Set.of("public", "default", "default user", "all users", "shared", "guest",
            "root", "admin", "administrator", "user", "username", "user name", "yourname", "your_name", "you", "me", "name",
            "example", "käyttäjä", "käyttäjänimi", "användare", "defaultapppool", "localservice", "networkservice", "system");
    /** Registry hives and built-in domains, which write "HKLM\Software" and "BUILTIN\Users" as a domain writes an account. */
    private static final Set<String> NO_DOMAINS = Set.of("HKLM", "HKCU", "HKCR", "HKU", "HKCC", "BUILTIN", "AUTHORITY",
            "WORKGROUP", "HKEY_LOCAL_MACHINE", "HKEY_CURRENT_USER");
    /** The longest NetBIOS domain name. */
    private static final int LONGEST_DOMAIN = 15;
    private static final int SHORTEST_DOMAIN = 2;

    private AccountsInPaths() {
    }

    static void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.has('\\')) {
            findWindowsHomes(text, findings);
            findHomeShares(text, findings);
            findDomainAccounts(text, findings);
        }
        if (message.has('/')) {
            findAfter(text, LINUX_HOME, findings);
            findAfter(text, MAC_HOME, findings);
        }
    }

    private static void findWindowsHomes(String text, List<Finding> findings) {
        var lower = text.toLowerCase(Locale.ROOT);
        for (var home : WINDOWS_HOMES) {
            for (int at = lower.indexOf(home); at >= 0; at = lower.indexOf(home, at + 1)) {
                if (at > 0 && Character.isLetter(text.charAt(at - 1))) {
                    add(text, at + home.length(), '\\', true, findings);
                }
            }
        }
    }

    /** "/home/ikorpinen/.ssh", "/Users/ikorpinen/Library": the path opens there, after no word or other folder. */
    private static void findAfter(String text, String home, List<Finding> findings) {
        for (int at = text.indexOf(home); at >= 0; at = text.indexOf(home, at + 1)) {
            if (at == 0 || !Characters.isLetterOrNumber(text.charAt(at - 1)) && "/.".indexOf(text.charAt(at - 1)) < 0) {
                add(text, at + home.length(), '/', false, findings);
            }
        }
    }

    /** "\\fs01\home$\ikorpinen": a UNC path's host, a share of home folders, the account. */
    private static void findHomeShares(String text, List<Finding> findings) {
        for (int at = text.indexOf("\\\\"); at >= 0; at = text.indexOf("\\\\", at + 2)) {
            int hostEnd = text.indexOf('\\', at + 2);
            if (hostEnd < 0 || !isHost(text, at + 2, hostEnd)) {
                continue;
            }
            int shareEnd = text.indexOf('\\', hostEnd + 1);
            if (shareEnd > hostEnd + 1 && HOME_SHARES.contains(text.substring(hostEnd + 1, shareEnd).toLowerCase(Locale.ROOT))) {
                add(text, shareEnd + 1, '\\', false, findings);
            }
        }
    }

    /**
     * "CORP\ikorpinen", "Signed in as CONTOSO\kadiatu.conteh": a domain in capitals, a backslash, an account in
     * lower case that ends there (no folder goes on after it), after no other path's part.
     */
    private static void findDomainAccounts(String text, List<Finding> findings) {
        for (int slash = text.indexOf('\\'); slash >= 0; slash = text.indexOf('\\', slash + 1)) {
            int domain = slash;
            while (domain > 0 && isDomainChar(text.charAt(domain - 1))) {
                domain--;
            }
            if (slash - domain < SHORTEST_DOMAIN || slash - domain > LONGEST_DOMAIN || !Character.isUpperCase(text.charAt(domain))
                    || domain > 0 && ("\\/:.$%".indexOf(text.charAt(domain - 1)) >= 0 || Characters.isLetterOrNumber(text.charAt(domain - 1)))
                    || NO_DOMAINS.contains(text.substring(domain, slash))
                    || slash + 1 >= text.length() || !Character.isLowerCase(text.charAt(slash + 1))) {
                continue;
            }
            int end = accountEnd(text, slash + 1);
            if (end < text.length() && text.charAt(end) == '\\' || !Characters.hasNoCapital(text, slash + 1, end)) {
                // a folder goes on, or "PASSCODE\nDial": an escaped line break before a capitalised word
                continue;
            }
            if (typedAsGroup(text, end)) {
                // whoami /groups: "CORP\wheel  Group  S-1-5-21-…" is a group the account is in
                continue;
            }
            add(text, slash + 1, '\\', false, findings);
        }
    }

    /** Whether the type column of whoami /groups follows: "Group", "Alias", "Well-known group", "Label". */
    private static boolean typedAsGroup(String text, int end) {
        int at = end;
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at - end >= 2 && (text.startsWith("Group ", at) || text.startsWith("Alias ", at)
                || text.startsWith("Well-known group ", at) || text.startsWith("Label ", at));
    }

    private static boolean isDomainChar(char c) {
        return c >= 'A' && c <= 'Z' || Scan.isDigit(c) || c == '-' || c == '_';
    }

    private static boolean isHost(String text, int start, int end) {
        if (end - start < 2) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Characters.isLetterOrNumber(c) && c != '-' && c != '.' && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Where the account from {@code start} ends: at the first character no login holds, a trailing dot left out. */
    private static int accountEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Characters.isAccountChar(text.charAt(end))) {
            end++;
        }
        while (end > start && ".-".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * The account from {@code start} as a user name, unless it belongs to no one. {@code domainSuffix}: a Windows
     * profile folder, whose ".CORP" after a lower-case account is the domain's, not the account's.
     */
    private static void add(String text, int start, char separator, boolean domainSuffix, List<Finding> findings) {
        int end = accountEnd(text, start);
        if (end == start || end < text.length() && !endsAccount(text.charAt(end), separator)) {
            return;
        }
        if (domainSuffix) {
            int dot = text.lastIndexOf('.', end - 1);
            if (dot > start && isDomainSuffix(text, start, dot, end)) {
                end = dot;
            }
        }
        var account = text.substring(start, end);
        if (!NO_ONES.contains(account.toLowerCase(Locale.ROOT)) && Characters.isLetter(account.charAt(0))) {
            findings.add(new Finding(EntityType.USERNAME, start, end, account.toLowerCase(Locale.ROOT)));
        }
    }

    /** What may follow an account: its path's next separator, white space, or a sentence's or list's punctuation. */
    private static boolean endsAccount(char c, char separator) {
        return c == separator || Character.isWhitespace(c) || ",;:)]'\"”’>".indexOf(c) >= 0;
    }

    /** ".CORP" after "ikorpinen": capitals after an account that holds a lower-case letter. */
    private static boolean isDomainSuffix(String text, int start, int dot, int end) {
        boolean lowerBefore = false;
        for (int i = start; i < dot; i++) {
            lowerBefore |= Character.isLowerCase(text.charAt(i));
        }
        for (int i = dot + 1; i < end; i++) {
            if (!isDomainChar(text.charAt(i))) {
                return false;
            }
        }
        return lowerBefore;
    }
}
