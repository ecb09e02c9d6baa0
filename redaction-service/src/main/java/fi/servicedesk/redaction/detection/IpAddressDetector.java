package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IPv4 and IPv6 addresses. A dotted quad after "version", "v", "build" or a kind of software ("firmware is",
 * "ohjelmisto") is a version string and stays, and so is one under a version's key ("APP_VERSION=", "IMAGE_TAG: \""),
 * on a "User-Agent:" or "Server:" line, which names software, or right after a product's name: one with a capital
 * inside it ("AnyConnect", "HylaFAX") or a name and its edition ("Telegram Desktop"). Addresses that are no one's
 * device stay too: the unspecified 0.0.0.0 and the loopback 127.x.x.x, which name only "this machine" ("listening on
 * 0.0.0.0"), and a server's address in brackets after its host name ("connect to server mq-01 (10.3.8.53)", "palvelin
 * db01 (10.1.0.5)"), which glosses the machine the text has just named. An address in a log's field
 * ("client 10.2.3.4", "ip=10.2.3.4", "from 10.2.3.4") follows none of these. An IPv6 candidate must parse (at most
 * eight hex groups, one "::"), which keeps times such as 12:30:45 and MAC addresses out.
 */
public final class IpAddressDetector implements Detector {

    private static final String OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern V4 = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])" + OCTET + "(?:\\." + OCTET + "){3}(?![\\p{N}]|\\.[0-9])");
    /** A version's word, or a kind of software a version is given of ("firmware is 6.5.28.0", "ohjelmisto 7.4.12.3"). */
    private static final Pattern VERSION_BEFORE = Pattern.compile(
            "(?iu)(?:version|versio|versiossa|versioon|ver|v|build|release|päivitys|firmware|software|ohjelmisto|laiteohjelmisto"
                    + "|fw|programvara)(?:\\s+(?:is|on|är|was|oli|var))?:?\\s?$");
    /** A key that holds a version: "APP_VERSION=", "IMAGE_TAG: \"", "release:". */
    private static final Pattern VERSION_KEY = Pattern.compile(
            "(?i)(?:version|tag|release|build)[\"']?\\s*[:=]\\s*[\"']?$");
    /** Header lines whose value names software and its version. */
    private static final List<String> SOFTWARE_HEADERS = List.of("user-agent:", "server:");
    /** The words after a product's name that name its edition: "Telegram Desktop", "Zoiper Mobile". */
    private static final Set<String> EDITIONS = Set.of("Desktop", "Mobile", "Pro", "Enterprise", "Studio", "Edition",
            "Suite", "Portable", "Beta", "LTS", "Player");
    /**
     * A server's word and its host name, then the bracket the address opens: the address glosses the machine
     * ("server mq-01 (", "palvelimeen db01.firma.local (", "servern web-fe-2 (").
     */
    private static final Pattern SERVERS_HOST = Pattern.compile(
            "(?iu)\\b(?:server|host|palvelin|palvelim\\p{L}*|servern?)\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*\\s*\\($");
    /** The longest stretch before an address that {@link #SERVERS_HOST} reads. */
    private static final int HOST_LOOK_BACK = 64;
    private static final Scan.Opening V4_OPENING = Scan.Opening.of(Scan.DIGITS, IpAddressDetector::mayStartV4);
    private static final int LOOK_BACK = 24;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        if (message.digits() == 0) {
            return;
        }
        if (message.has('.') && message.digits() >= 4) {
            findV4(message, findings);
        }
        // An IPv6 address has at least two colons ("::1" is too short to count).
        if (message.has(':') && text.indexOf(':') != text.lastIndexOf(':')) {
            findV6(text, findings);
        }
    }

    private static void findV4(Text message, List<Finding> findings) {
        var text = message.value();
        var v4 = new Scan(V4, message);
        for (int from = 0; v4.find(from, V4_OPENING); from = v4.match().end()) {
            int start = v4.match().start();
            int lookBack = Math.max(0, start - LOOK_BACK);
            // Each pattern is asked only where the character it must end with stands before the quad: most quads have none.
            char beforeWord = lastBefore(text, lookBack, start, ":");
            char beforeKey = lastBefore(text, lookBack, start, "\"'");
            if (!(Character.isLetter(beforeWord) && VERSION_BEFORE.matcher(text.substring(lookBack, start)).find())
                    && !((beforeKey == ':' || beforeKey == '=') && VERSION_KEY.matcher(text.substring(lookBack, start)).find())
                    && !onSoftwareLine(text, start) && !afterProductName(text, start)
                    && !thisMachine(text, start) && !serversAddress(text, start)) {
                findings.add(Finding.of(EntityType.IP_ADDRESS, text, v4.match().start(), v4.match().end()));
            }
        }
    }

    /** 0.0.0.0 (every interface of this machine) or 127.x.x.x (the loopback): no device of anyone's. */
    private static boolean thisMachine(String text, int start) {
        return text.startsWith("127.", start) || text.startsWith("0.0.0.0", start);
    }

    /** Whether the quad at {@code start} opens a bracket after a server's host name ({@link #SERVERS_HOST}). */
    private static boolean serversAddress(String text, int start) {
        if (start == 0 || text.charAt(start - 1) != '(') {
            return false;
        }
        return SERVERS_HOST.matcher(text.substring(Math.max(0, start - HOST_LOOK_BACK), start)).find();
    }

    /**
     * The last character of {@code text[lookBack, start)} that is no space, line end or one of {@code passed}, or 0 if
     * there is none: {@link #VERSION_BEFORE} ends with a word's letter and then only those (a colon), {@link #VERSION_KEY}
     * with ":" or "=" and then only those (a quotation mark), so where that character is another neither can match.
     */
    private static char lastBefore(String text, int lookBack, int start, String passed) {
        int i = start;
        while (i > lookBack && (isSpaceOrLineEnd(text.charAt(i - 1)) || passed.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i == lookBack ? 0 : text.charAt(i - 1);
    }

    /** A space of {@code \s} or a line terminator that {@code $} may stand before (wider is safe: it only lets a pattern run). */
    private static boolean isSpaceOrLineEnd(char c) {
        return c <= ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether the line the quad at {@code start} stands on opens with a header that names software. */
    private static boolean onSoftwareLine(String text, int start) {
        int line = Characters.lineStart(text, start);
        while (line < start && (text.charAt(line) == ' ' || text.charAt(line) == '\t')) {
            line++;
        }
        for (var header : SOFTWARE_HEADERS) {
            if (Characters.regionMatchesIgnoringCase(text, line, header)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a product's name stands right before the quad at {@code start}, a space between. */
    private static boolean afterProductName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return false;
        }
        int end = start - 1;
        int word = wordStart(text, end);
        if (word == end) {
            return false;
        }
        if (Characters.hasCapitalInside(text, word, end)) {
            return true;
        }
        if (!EDITIONS.contains(text.substring(word, end)) || word < 2 || text.charAt(word - 1) != ' ') {
            return false;
        }
        int name = wordStart(text, word - 1);
        return name < word - 1 && Character.isUpperCase(text.charAt(name));
    }

    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /**
     * Four runs of one to three digits with a dot between, not after a word or a dot (the
     * pattern's look-behind): a version such as "2.14.0" has three and never reaches the pattern.
     */
    private static boolean mayStartV4(String text, int i) {
        if (!Characters.notAfterWord(text, i, ".")) {
            return false;
        }
        int start = i;
        for (int group = 0; group < 4; group++) {
            int end = start;
            while (end < text.length() && end - start <= 3 && Scan.isDigit(text.charAt(end))) {
                end++;
            }
            if (end == start || end - start > 3) {
                return false;
            }
            if (group < 3) {
                if (end >= text.length() || text.charAt(end) != '.') {
                    return false;
                }
                start = end + 1;
            }
        }
        return true;
    }

    private static void findV6(String text, List<Finding> findings) {
        for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i)) {
            int start = i;
            while (start > 0 && isV6Char(text.charAt(start - 1))) {
                start--;
            }
            int end = i;
            while (end < text.length() && isV6Char(text.charAt(end))) {
                end++;
            }
            // A trailing colon ends a sentence ("osoite:"), it is not part of the address.
            int trimmed = end;
            while (trimmed > start + 2 && text.charAt(trimmed - 1) == ':' && text.charAt(trimmed - 2) != ':') {
                trimmed--;
            }
            if (Characters.boundaryBefore(text, start) && Characters.boundaryAfter(text, end) && isV6(text.substring(start, trimmed))) {
                findings.add(Finding.of(EntityType.IP_ADDRESS, text, start, trimmed));
            }
            i = end + 1;
        }
    }

    private static boolean isV6Char(char c) {
        return c == ':' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isV6(String candidate) {
        var compressed = candidate.indexOf("::");
        if (compressed != candidate.lastIndexOf("::") || candidate.contains(":::")) {
            return false;
        }
        var groups = candidate.toLowerCase(Locale.ROOT).split(":", -1);
        int nonEmpty = 0;
        for (int g = 0; g < groups.length; g++) {
            var group = groups[g];
            boolean edge = g == 0 || g == groups.length - 1;
            if (group.isEmpty()) {
                if (compressed < 0 || !(edge || candidate.contains("::"))) {
                    return false;
                }
            } else if (group.length() > 4) {
                return false;
            } else {
                nonEmpty++;
            }
        }
        return compressed >= 0 ? nonEmpty >= 2 && nonEmpty <= 7 : nonEmpty == 8;
    }
}
