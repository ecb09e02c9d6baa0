package fi.servicedesk.redaction.detection;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses (R8.2 names them first), also written as {@code matti(at)example[dot]com},
 * {@code matti.virtanen at example dot com} or URL-encoded ({@code %40}) inside a link, and said aloud in a
 * transcript in Finnish, English or Swedish ({@code simopekka piste polkki ät logistik piste example piste se},
 * {@code perolof punkt jaderberg snabel-a logistik punkt example punkt se}).
 * It looks for the separator first and grows the address outwards from it, so the cost is
 * linear in the text even for long words without an {@code @}. A SIP or tel URI whose user part is a number
 * ({@code sip:+358401234567@pbx.example.fi}, {@code sip:1977@pbx.example.fi}) is no address: the number in it is a
 * phone's or an extension's ({@link PhoneDetector}); {@code sip:matti.virtanen@example.fi} is one. Nor is a link's
 * password before its host ({@code postgres://app:s3cret@db.example.fi}), nor the id a mail's or a SIP call's header
 * gives it ({@code Message-ID: <66da1476c3de@example.fi>}, {@code Call-ID: 311e4747f783@sbc.example.fi}) or a
 * {@code cid:} link names an inline image by, nor such an id quoted in prose (a local part no person would choose:
 * hexadecimal groups, long random letters and digits): a program makes it up, and it reaches no one. Nor is an address that
 * no person reads ({@link ServiceMailboxes#reachesNoOne}: {@code postmaster@}, {@code noreply@}, a list's).
 */
public final class EmailDetector implements Detector {

    /** The words that say "@" aloud: English "at", Finnish "ät", "miukumauku", "kissanhäntä", Swedish "snabel-a". */
    private static final List<String> SPOKEN_ATS = List.of("at", "ät", "snabel-a", "miukumauku", "kissanhäntä");
    /** The words that say "." aloud: "dot", Finnish "piste", Swedish "punkt" and "pist". */
    private static final List<String> SPOKEN_DOTS = List.of("dot", "piste", "punkt", "pist");
    private static final Pattern SEPARATOR = Pattern.compile(
            "@|%40|\\s?[(\\[{<]\\s?(?:at|ät|a)\\s?[)\\]}>]\\s?| (?:" + String.join("|", SPOKEN_ATS) + ") ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String DOT_SPELLED = "\\.|\\s?[(\\[{<]\\s?(?:dot|piste|pt|punkt)\\s?[)\\]}>]\\s?| (?:"
            + String.join("|", SPOKEN_DOTS) + ") ";
    private static final Pattern DOMAIN = Pattern.compile(
            "([\\p{L}\\p{N}-]{1,63})((?:(?:" + DOT_SPELLED + ")[\\p{L}\\p{N}-]{1,63}){1,6})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOT = Pattern.compile(DOT_SPELLED, Pattern.CASE_INSENSITIVE);
    /** Spoken separators are ordinary words, so they count only before a real top-level domain. */
    static final Set<String> TOP_LEVEL_DOMAINS = Set.of("fi", "com", "net", "org", "se", "eu", "io", "de",
            "uk", "no", "dk", "ee", "ax", "info", "biz", "edu", "gov", "nl", "fr", "it", "es", "ru", "pl", "lv", "lt",
            "is", "ch", "at", "be", "us", "co", "me", "app", "dev", "cloud", "online", "email", "mail");
    /**
     * Every other country's domain ("ie", "pt", "jp": the ISO 3166 codes), after a spelled separator too, but after a
     * spoken "at" only with a local part shaped as a login ("aino.k", "lind_t", "pekka82"): "see you at dinner dot to"
     * is talk.
     */
    private static final Set<String> COUNTRY_DOMAINS = countryDomains();
    /** "@", "%", the brackets, and the whitespace characters (all below '!'). */
    private static final Scan.Opening SEPARATOR_OPENING = Scan.Opening.of(
            "@%([{<" + controlsAndSpace(), EmailDetector::mayStartSeparator);
    /**
     * Where only "@" and "%40" can separate (no bracket before an "a", no spoken " at "): most texts with an
     * address. The search then passes over the spaces, each of which the full opening asks about.
     */
    private static final Scan.Opening SIGN_OPENING = Scan.Opening.of("@%", EmailDetector::mayStartSeparator);
    private static final List<Fragment> SPOKEN_AT_FRAGMENTS = SPOKEN_ATS.stream().map(at -> Fragment.of(" " + at + " ")).toList();
    /** A spoken local part joins at most this many words by dot-words: a name's parts and a number or two. */
    private static final int MAX_SPOKEN_LOCAL_WORDS = 4;
    private static final int MAX_LOCAL = 64;
    private static final String BRACKETS = "([{<";
    /** The URI schemes whose user part names a line: "sip:", "sips:", "tel:". */
    private static final List<String> TELEPHONY_SCHEMES = List.of("sip:", "sips:", "tel:");
    /** What a telephone number's user part of a SIP URI holds besides digits (RFC 3966's visual separators). */
    private static final String NUMBER_CHARS = "+-.()";
    /** Headers whose value is a message's or a call's id in an address's shape. */
    private static final List<String> ID_HEADERS = List.of("message-id:", "in-reply-to:", "references:", "call-id:");
    private static final String CALENDAR_UID = "UID:";
    /** The URL schemes of RFC 2392 for a mail's part and a message: their value has an address's shape and reaches no one. */
    private static final String CONTENT_ID = "cid:";
    private static final String MESSAGE_ID = "mid:";
    /** The fewest hexadecimal digits of a local part a program made of them. */
    private static final int PROGRAM_HEX = 12;
    /** The fewest digits of a dotted number group in a program's id. */
    private static final int PROGRAM_GROUP = 5;
    /** The fewest characters of a program's random local part. */
    private static final int PROGRAM_LENGTH = 24;

    @Override
    public void find(Text message, List<Finding> findings) {
        var text = message.value();
        boolean spelled = maySpellASeparator(message);
        if (!spelled && !mayHoldASign(message)) {
            return;
        }
        var opening = spelled ? SEPARATOR_OPENING : SIGN_OPENING;
        var separator = new Scan(SEPARATOR, message);
        Matcher domain = DOMAIN.matcher(text);
        int from = 0;
        while (from < text.length() && separator.find(from, opening)) {
            int localStart = localPartStart(text, separator.match().start());
            boolean spokenAt = SPOKEN_ATS.contains(separator.match().group().trim().toLowerCase(Locale.ROOT));
            if (spokenAt && localStart < separator.match().start()) {
                localStart = spokenLocalPartStart(text, localStart);
            }
            domain.region(separator.match().end(), text.length());
            if (localStart < separator.match().start() && !numberOfATelephonyUri(text, localStart, separator.match().start())
                    && !passwordOfALink(text, localStart) && !inAnIdHeader(text, localStart) && domain.lookingAt()) {
                var address = address(text, localStart, separator.match().start(), domain, spokenAt);
                if (address != null) {
                    if (!ServiceMailboxes.reachesNoOne(address) && !contentId(text, localStart)
                            && !madeByAProgram(text, localStart, separator.match().start())) {
                        findings.add(new Finding(EntityType.EMAIL, localStart, domain.end(), address));
                    }
                    from = domain.end();
                    continue;
                }
            }
            from = separator.match().end();
        }
    }

    /** "@" or "%40", which separate wherever they are. */
    private static boolean mayHoldASign(Text message) {
        return message.has('@') || message.has('%') && message.value().contains("%40");
    }

    /**
     * A bracket before "a" or "ä", or a spoken " at ": the separators spelled out, which only the full opening
     * finds. With "@" and "%40" they are all a separator can be: most texts have none.
     */
    private static boolean maySpellASeparator(Text message) {
        var text = message.value();
        if (message.has('(') || message.has('[') || message.has('{') || message.has('<')) {
            for (int i = 0; i < text.length() - 1; i++) {
                if (BRACKETS.indexOf(text.charAt(i)) >= 0 && startsWithA(text, Character.isWhitespace(text.charAt(i + 1)) ? i + 2 : i + 1)) {
                    return true;
                }
            }
        }
        for (var at : SPOKEN_AT_FRAGMENTS) {
            if (at.mayBeIn(message) && Characters.containsIgnoringCase(text, at.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithA(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(i));
        return c == 'a' || c == 'ä';
    }

    /** "@", "%40", a bracket, or a space before a bracket or before a spoken "at" and a space: where a separator can begin. */
    private static boolean mayStartSeparator(String text, int i) {
        char c = text.charAt(i);
        if (c == '@' || BRACKETS.indexOf(c) >= 0) {
            return true;
        }
        if (c == '%') {
            return text.startsWith("40", i + 1);
        }
        if (c > ' ' || !Character.isWhitespace(c) || i + 1 >= text.length()) {
            return false;
        }
        if (BRACKETS.indexOf(text.charAt(i + 1)) >= 0) {
            return true;
        }
        if (c != ' ') {
            return false;
        }
        for (var at : SPOKEN_ATS) {
            if (Characters.regionMatchesIgnoringCase(text, i + 1, at) && text.startsWith(" ", i + 1 + at.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the local part at {@code start} is the password of a link's "user:password@host", or its end after a mark
     * no address holds ("postgres://app:Kesä5137#@db.example.fi", "https://aila-kark:Talvi#!73@git.example.fi"), which
     * {@link UrlSecretDetector} reads whole.
     */
    private static boolean passwordOfALink(String text, int start) {
        int i = start;
        boolean colon = false;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && "/@".indexOf(text.charAt(i - 1)) < 0) {
            colon |= text.charAt(i - 1) == ':';
            i--;
        }
        return colon && i >= 3 && text.startsWith("://", i - 3);
    }

    /**
     * Whether the line {@code start} stands on opens with a header that holds a message's or a call's id, or with a
     * calendar object's "UID:" (RFC 5545 §3.8.4.7: "…@google.com" is the event's id, in capitals as iCalendar writes it).
     */
    private static boolean inAnIdHeader(String text, int start) {
        int line = Characters.lineStart(text, start);
        if (text.startsWith(CALENDAR_UID, line)) {
            return true;
        }
        for (var header : ID_HEADERS) {
            if (Characters.regionMatchesIgnoringCase(text, line, header)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the address follows "cid:" or "mid:" (RFC 2392): the id of a mail's part, such as an inline image
     * ("[cid:image001.png@01DB2F6A.5C3E8D10]"), or of a message, which a program makes up.
     */
    private static boolean contentId(String text, int start) {
        return start >= CONTENT_ID.length() && (Characters.regionMatchesIgnoringCase(text, start - CONTENT_ID.length(), CONTENT_ID)
                || Characters.regionMatchesIgnoringCase(text, start - MESSAGE_ID.length(), MESSAGE_ID));
    }

    /**
     * Whether the local part {@code text[start, end)} is an id a program made, as a Message-ID quoted in prose is
     * ("the message id was &lt;4b7d3cdc-5ca1-471e@eurprd04.prod&gt;"): hexadecimal groups ({@value #PROGRAM_HEX} digits
     * or more, four of them decimal), two dotted groups of five digits or more (JavaMail's
     * "09282557.33224.3092572372086.JavaMail.root"), or {@value #PROGRAM_LENGTH} characters or more with six digits, or
     * with three and both cases (Gmail's "CAcdyBuB…", Exchange's "AM3PR03MB1308…"). People choose shorter, spoken local
     * parts.
     */
    private static boolean madeByAProgram(String text, int start, int end) {
        int digits = 0;
        int hexDigits = 0;
        boolean hexGroups = true;
        boolean upper = false;
        boolean lower = false;
        int numberGroups = 0;
        // The current dotted group's length, and whether it is digits only.
        int group = 0;
        boolean groupDigits = true;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                numberGroups += group >= PROGRAM_GROUP && groupDigits ? 1 : 0;
                group = 0;
                groupDigits = true;
                if (i == end) {
                    break;
                }
            } else {
                group++;
            }
            char c = text.charAt(i);
            boolean digit = Scan.isDigit(c);
            digits += digit ? 1 : 0;
            hexDigits += isHexDigit(c) ? 1 : 0;
            hexGroups &= isHexDigit(c) || c == '-' || c == '.';
            groupDigits &= digit || c == '.';
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        if (digits >= 4 && hexGroups && hexDigits >= PROGRAM_HEX || numberGroups >= 2) {
            return true;
        }
        return end - start >= PROGRAM_LENGTH && (digits >= 6 || digits >= 3 && upper && lower);
    }

    private static boolean isHexDigit(int c) {
        return Scan.isDigit((char) c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'f';
    }

    /** Whether {@code text[start, end)} is the number of a "sip:", "sips:" or "tel:" URI: digits and a number's marks only. */
    private static boolean numberOfATelephonyUri(String text, int start, int end) {
        boolean scheme = false;
        for (var name : TELEPHONY_SCHEMES) {
            scheme |= start >= name.length() && Characters.regionMatchesIgnoringCase(text, start - name.length(), name);
        }
        if (!scheme) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!Scan.isDigit(text.charAt(i)) && NUMBER_CHARS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> countryDomains() {
        var domains = new HashSet<String>();
        for (var country : Locale.getISOCountries()) {
            domains.add(country.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(domains);
    }

    private static String controlsAndSpace() {
        var out = new StringBuilder();
        for (char c = 0; c <= ' '; c++) {
            out.append(c);
        }
        return out.toString();
    }

    private static int localPartStart(String text, int separatorStart) {
        int i = separatorStart;
        while (i > 0 && separatorStart - i < MAX_LOCAL && isLocalChar(text.charAt(i - 1))) {
            i--;
        }
        while (i < separatorStart && text.charAt(i) == '.') {
            i++;
        }
        return i;
    }

    /**
     * Before a spoken "at", the words that dot-words join to the local part ({@code simopekka piste polkki}): a word
     * and a spoken dot at a time, back from {@code localStart}.
     */
    private static int spokenLocalPartStart(String text, int localStart) {
        int start = localStart;
        for (int words = 1; words < MAX_SPOKEN_LOCAL_WORDS; words++) {
            int dot = spokenDotBefore(text, start);
            if (dot < 0) {
                break;
            }
            int word = dot;
            while (word > 0 && localStart - word < MAX_LOCAL && isLocalChar(text.charAt(word - 1)) && text.charAt(word - 1) != '.') {
                word--;
            }
            if (word == dot || word > 0 && Character.isLetterOrDigit(text.charAt(word - 1))) {
                break;
            }
            start = word;
        }
        return start;
    }

    /** Where " piste " (or another spoken dot) ending right before {@code end} begins, or -1. */
    private static int spokenDotBefore(String text, int end) {
        for (var dot : SPOKEN_DOTS) {
            int start = end - dot.length() - 2;
            if (start >= 0 && text.charAt(start) == ' ' && text.charAt(end - 1) == ' '
                    && Characters.regionMatchesIgnoringCase(text, start + 1, dot)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** The address in normal form, or null when the candidate is not one. */
    private static String address(String text, int localStart, int localEnd, Matcher domain, boolean spokenAt) {
        var local = spokenAt ? String.join(".", DOT.split(text.substring(localStart, localEnd))) : text.substring(localStart, localEnd);
        var labels = DOT.split(domain.group(1) + domain.group(2));
        var tld = labels[labels.length - 1].toLowerCase(Locale.ROOT);
        if (tld.length() < 2 || !Characters.allLetters(tld)) {
            return null;
        }
        boolean spokenDot = !domain.group(2).startsWith(".") || domain.group(2).contains(" ");
        boolean loginShaped = local.chars().anyMatch(c -> c == '.' || c == '_' || Character.isDigit(c));
        if ((spokenAt || spokenDot) && !TOP_LEVEL_DOMAINS.contains(tld)
                && !(COUNTRY_DOMAINS.contains(tld) && (!spokenAt || loginShaped))) {
            return null;
        }
        // "look at example.com" is not an address; "matti.virtanen at example.com" is.
        if (spokenAt && !spokenDot && !loginShaped) {
            return null;
        }
        return (local + "@" + String.join(".", labels)).toLowerCase(Locale.ROOT);
    }
}
