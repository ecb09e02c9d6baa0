package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
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

    /** The Finnish "on behalf of" that may stand between a mailbox's display name and its address. */
    private static final String ON_BEHALF = "puolesta";
    private static final int GIVEN_NAME = NameLexicon.Word.FIRST | NameLexicon.Word.PAIRED_FIRST;
    /** RFC 5321's longest local part. */
    private static final int MAX_LOCAL_PART = 64;

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

    /**
     * Takes the mark off a mailbox's display name that spells its own address's local part: the address in "&lt;…&gt;",
     * "(…)" or "‹…›" right after it, or after "puolesta" ("Reception &lt;reception@…&gt;", "funktionsbrevlådan Ekonomi
     * (ekonomi@…)", "för Dataskydd &lt;dataskydd@…&gt;", "käyttäjän Payroll puolesta &lt;payroll@…&gt;", "Reception Solna
     * (reception.solna@…)"); a unit's name also wherever else the message names that mailbox ("pelkkä Laskutus"). A
     * run of words before "för" or "käyttäjän" is the sender, not the mailbox. A person's address spells their name too
     * ("Aino Virta &lt;aino.virta@…&gt;", "Rose &lt;rose@…&gt;"): see {@link #isServiceName}.
     */
    static void unmark(String text, Tokens tokens, NameLexicon.Word[] words, boolean[] names) {
        if (text.indexOf('@') < 0) {
            return;
        }
        List<String> mailboxes = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (!tokens.isCapitalised(t)) {
                continue;
            }
            var localPart = localPartAfter(text, tokens, t);
            if (localPart == null) {
                continue;
            }
            int first = firstWordSpelling(text, tokens, t, AddressLocalParts.foldedLetters(localPart));
            if (first >= 0 && isServiceName(text, tokens, words, first, t)) {
                for (int k = first; k <= t; k++) {
                    names[k] = false;
                }
                if (isUnitName(text, tokens, words, first, t)) {
                    mailboxes.add(text.substring(tokens.start(first), tokens.end(t)));
                }
            }
        }
        if (!mailboxes.isEmpty()) {
            unmarkEach(text, tokens, names, mailboxes);
        }
    }

    /**
     * The local part of the address right after token {@code t}, if it is held in "&lt;", "(" or "‹", also after
     * "puolesta" ("Payroll puolesta &lt;payroll@…&gt;"), and has no digit; otherwise null.
     */
    private static String localPartAfter(String text, Tokens tokens, int t) {
        int i = Characters.afterSpaces(text, tokens.end(t));
        if (text.startsWith(ON_BEHALF, i)) {
            i = Characters.afterSpaces(text, i + ON_BEHALF.length());
        }
        if (i >= text.length() || "<(‹".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int start = i + 1;
        int end = start;
        while (end < text.length() && end - start <= MAX_LOCAL_PART && isLocalChar(text.charAt(end))) {
            end++;
        }
        return end > start && end < text.length() && text.charAt(end) == '@' ? text.substring(start, end) : null;
    }

    /** No digit: a service's mailbox has none, a person's often has a year ("tuike1977@"). */
    private static boolean isLocalChar(char c) {
        return Character.isLetter(c) || c == '.' || c == '_' || c == '-';
    }

    /**
     * The first of the capitalised words, spaced from each other and ending at {@code last}, whose letters, accents
     * dropped, are {@code letters} ("Reception Solna", "reception.solna"; "Löneservice", "loneservice"); -1 if none.
     */
    private static int firstWordSpelling(String text, Tokens tokens, int last, String letters) {
        var spelt = new StringBuilder();
        for (int k = last; k >= 0 && (k == last || tokens.isCapitalised(k) && tokens.spaced(k, k + 1)); k--) {
            spelt.insert(0, AddressLocalParts.foldedLetters(text.substring(tokens.start(k), tokens.end(k))));
            if (spelt.length() >= letters.length()) {
                return spelt.toString().equals(letters) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the display name [first, last] is a service's: one common noun with no name reading ("Voicemail"), or
     * words of which one is a unit word with no name reading and none reads as a given name ("Reception Solna",
     * "Palvelupiste Malmi"). A person's display name of two words may hold a common noun ("Jovnâ Musta", "Wesley
     * Cook"), so a longer one needs a unit word.
     */
    private static boolean isServiceName(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        if (first == last) {
            return words[last] != null && !words[last].isName() && (isCommonNoun(text, tokens, words[last], last)
                    || UnitWords.contains(text, tokens, words[last], last));
        }
        return isUnitName(text, tokens, words, first, last);
    }

    private static boolean isUnitName(String text, Tokens tokens, NameLexicon.Word[] words, int first, int last) {
        boolean unit = false;
        for (int k = first; k <= last; k++) {
            if (words[k] != null && words[k].is(GIVEN_NAME)) {
                return false;
            }
            unit |= (words[k] == null || !words[k].isName()) && UnitWords.contains(text, tokens, words[k], k);
        }
        return unit;
    }

    private static boolean isCommonNoun(String text, Tokens tokens, NameLexicon.Word word, int t) {
        return word.is(NameLexicon.Word.COMMON) || EnglishNouns.contains(text, tokens.start(t), tokens.end(t));
    }

    /** Takes the mark off each run of words that is one of the mailboxes' display names, as written. */
    private static void unmarkEach(String text, Tokens tokens, boolean[] names, List<String> mailboxes) {
        for (int t = 0; t < tokens.size(); t++) {
            for (var mailbox : mailboxes) {
                int end = tokens.start(t) + mailbox.length();
                if (text.startsWith(mailbox, tokens.start(t))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    for (int k = t; k < tokens.size() && tokens.end(k) <= end; k++) {
                        names[k] = false;
                    }
                }
            }
        }
    }
}
