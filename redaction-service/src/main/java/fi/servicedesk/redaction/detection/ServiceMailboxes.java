package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Set;

/**
 * A service's mailbox, no person's. Its display name: one common noun that is its own address's local part ("From:
 * Voicemail &lt;voicemail@clinic.example.org&gt;", "Reception &lt;reception@…&gt;"); a word with a name reading stays, as
 * a person's own address may be their given name ("Rose &lt;rose@…&gt;"). Its address ({@link #reachesNoOne}): what mail
 * software itself sends from or reads, so that no person stands behind it: the mail system's and the network's role
 * mailboxes of RFC 2142 and RFC 5321 (postmaster, abuse, hostmaster, MAILER-DAEMON), addresses that take no reply
 * (noreply, do-not-reply), a mailing list's server and command addresses (listserv, "-request", "-leave", "owner-",
 * any address at a "lists." host) and a tool's sender (notifications@, jira@). A shared mailbox named for a department
 * or function (servicedesk@, palkat@, info@, support@) is still an address people read and answer as themselves:
 * the evaluation sets label it, so it stays one.
 */
final class ServiceMailboxes {

    /**
     * RFC 2142's mailboxes of the mail system and the network (and RFC 5321's postmaster); its business ones, info@,
     * sales@, support@, marketing@, and security@ reach the people who answer them.
     */
    private static final Set<String> ROLE_MAILBOXES = Set.of("postmaster", "abuse", "noc", "hostmaster", "usenet",
            "news", "webmaster", "www", "uucp", "ftp", "mailer-daemon", "mailerdaemon");
    /** The list servers' own addresses, to which commands go. */
    private static final Set<String> LIST_SERVERS = Set.of("listserv", "majordomo", "sympa", "mailman", "listproc",
            "lyris", "ezmlm");
    /** The command and bounce addresses a list server derives from a list's ("kuoro-request", "kuoro-leave"). */
    private static final List<String> LIST_COMMAND_SUFFIXES = List.of("-request", "-bounces", "-bounce", "-owner",
            "-leave", "-join", "-subscribe", "-unsubscribe", "-confirm", "-admin");
    /** Words of a local part that says the address takes no reply or sends a tool's notices. */
    private static final Set<String> TOOL_SENDERS = Set.of("noreply", "donotreply", "notification", "notifications",
            "notify", "alert", "alerts", "jira", "confluence", "sharepoint", "teams", "calendar-notification");
    /** The first label of a host that serves mailing lists ("lists.example.org"). */
    private static final Set<String> LIST_HOSTS = Set.of("lists", "list", "listserv");

    private ServiceMailboxes() {
    }

    /**
     * Whether the address (in normal form, lower case: {@code local@domain}) reaches no person. A sub-address's tag
     * is no part of the mailbox: "anna+noreply@…" is Anna's.
     */
    static boolean reachesNoOne(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        int plus = address.indexOf('+');
        var local = address.substring(0, plus > 0 && plus < at ? plus : at);
        var host = address.substring(at + 1);
        int dot = host.indexOf('.');
        if (dot > 0 && LIST_HOSTS.contains(host.substring(0, dot))) {
            return true;
        }
        if (ROLE_MAILBOXES.contains(local) || LIST_SERVERS.contains(local) || local.startsWith("owner-")) {
            return true;
        }
        for (var suffix : LIST_COMMAND_SUFFIXES) {
            if (local.endsWith(suffix) && local.length() > suffix.length()) {
                return true;
            }
        }
        return isToolSender(local);
    }

    /**
     * "noreply", "no-reply", "do_not_reply", "calendar-notification", "noreply-teams": the local part, or a word of it
     * that a hyphen or underscore parts from the rest, is a tool's sender; its separators dropped, it opens or ends
     * with "noreply". A dot parts a person's names ("alert.oja@" is Alert Oja's).
     */
    private static boolean isToolSender(String local) {
        if (TOOL_SENDERS.contains(local)) {
            return true;
        }
        var joined = new StringBuilder(local.length());
        int wordStart = 0;
        for (int i = 0; i <= local.length(); i++) {
            if (i == local.length() || "-._".indexOf(local.charAt(i)) >= 0) {
                if (i > wordStart && TOOL_SENDERS.contains(local.substring(wordStart, i)) && !local.contains(".")) {
                    return true;
                }
                wordStart = i + 1;
            } else {
                joined.append(local.charAt(i));
            }
        }
        var word = joined.toString();
        return word.startsWith("noreply") || word.startsWith("donotreply") || word.endsWith("noreply")
                || word.endsWith("donotreply");
    }

    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        for (int t = 0; t < tokens.size(); t++) {
            if (names[t] && words[t] != null && !words[t].isName() && isCommonNoun(text, tokens, words[t], t)
                    && isOwnLocalPart(text, tokens, t)) {
                names[t] = false;
            }
        }
    }

    private static boolean isCommonNoun(String text, Tokens tokens, NameLexicon.Word word, int t) {
        return word.is(NameLexicon.Word.COMMON) || EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /** The word is followed by "&lt;", itself and "@": "Voicemail &lt;voicemail@". */
    private static boolean isOwnLocalPart(String text, Tokens tokens, int t) {
        int i = tokens.end(t);
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int length = tokens.length(t);
        return i + length + 2 < text.length() && text.charAt(i) == '<'
                && text.regionMatches(true, i + 1, text, tokens.start(t), length) && text.charAt(i + 1 + length) == '@';
    }
}
