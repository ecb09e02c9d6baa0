package fi.servicedesk.redaction.detection;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses (R8.2 names them first), also written as {@code matti(at)example[dot]com},
 * {@code matti.virtanen at example dot com} or URL-encoded ({@code %40}) inside a link.
 * It looks for the separator first and grows the address outwards from it, so the cost is
 * linear in the text even for long words without an {@code @}.
 */
public final class EmailDetector implements Detector {

    private static final Pattern SEPARATOR = Pattern.compile(
            "@|%40|\\s?[(\\[{<]\\s?(?:at|ät|a)\\s?[)\\]}>]\\s?| at | ät ", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile(
            "([\\p{L}\\p{N}-]{1,63})((?:(?:\\.|\\s?[(\\[{<]\\s?(?:dot|piste|pt)\\s?[)\\]}>]\\s?| dot | piste )[\\p{L}\\p{N}-]{1,63}){1,6})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOT = Pattern.compile(
            "\\.|\\s?[(\\[{<]\\s?(?:dot|piste|pt)\\s?[)\\]}>]\\s?| dot | piste ", Pattern.CASE_INSENSITIVE);
    /** Spoken separators are ordinary words, so they count only before a real top-level domain. */
    private static final Set<String> TOP_LEVEL_DOMAINS = Set.of("fi", "com", "net", "org", "se", "eu", "io", "de",
            "uk", "no", "dk", "ee", "ax", "info", "biz", "edu", "gov", "nl", "fr", "it", "es", "ru", "pl", "lv", "lt",
            "is", "ch", "at", "be", "us", "co", "me", "app", "dev", "cloud", "online", "email", "mail");
    /** "@", "%", the brackets, and the whitespace characters (all below '!'). */
    private static final Scan.Opening SEPARATOR_OPENING = Scan.Opening.of(
            "@%([{<" + controlsAndSpace(), EmailDetector::mayStartSeparator);
    /**
     * Where only "@" and "%40" can separate (no bracket before an "a", no spoken " at "): most texts with an
     * address. The search then passes over the spaces, each of which the full opening asks about.
     */
    private static final Scan.Opening SIGN_OPENING = Scan.Opening.of("@%", EmailDetector::mayStartSeparator);
    private static final Fragment SPOKEN_AT = Fragment.of(" at ");
    private static final Fragment SPOKEN_ÄT = Fragment.of(" ät ");
    private static final int MAX_LOCAL = 64;
    private static final String BRACKETS = "([{<";

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
            boolean spokenAt = separator.match().group().trim().equalsIgnoreCase("at") || separator.match().group().trim().equalsIgnoreCase("ät");
            domain.region(separator.match().end(), text.length());
            if (localStart < separator.match().start() && domain.lookingAt()) {
                var address = address(text, localStart, separator.match().start(), domain, spokenAt);
                if (address != null) {
                    findings.add(new Finding(EntityType.EMAIL, localStart, domain.end(), address));
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
        return SPOKEN_AT.mayBeIn(message) && Characters.containsIgnoringCase(text, SPOKEN_AT.lower())
                || SPOKEN_ÄT.mayBeIn(message) && Characters.containsIgnoringCase(text, SPOKEN_ÄT.lower());
    }

    private static boolean startsWithA(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        char c = Character.toLowerCase(text.charAt(i));
        return c == 'a' || c == 'ä';
    }

    /** "@", "%40", a bracket, or a space before a bracket or before "at "/"ät ": where a separator can begin. */
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
        return BRACKETS.indexOf(text.charAt(i + 1)) >= 0
                || c == ' ' && (Characters.regionMatchesIgnoringCase(text, i + 1, "at ") || Characters.regionMatchesIgnoringCase(text, i + 1, "ät "));
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

    private static boolean isLocalChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    /** The address in normal form, or null when the candidate is not one. */
    private static String address(String text, int localStart, int localEnd, Matcher domain, boolean spokenAt) {
        var local = text.substring(localStart, localEnd);
        var labels = DOT.split(domain.group(1) + domain.group(2));
        var tld = labels[labels.length - 1].toLowerCase(Locale.ROOT);
        if (tld.length() < 2 || !tld.chars().allMatch(Character::isLetter)) {
            return null;
        }
        boolean spokenDot = !domain.group(2).startsWith(".") || domain.group(2).contains(" ");
        if ((spokenAt || spokenDot) && !TOP_LEVEL_DOMAINS.contains(tld)) {
            return null;
        }
        // "look at example.com" is not an address; "matti.virtanen at example.com" is.
        if (spokenAt && !spokenDot && local.chars().noneMatch(c -> c == '.' || c == '_' || Character.isDigit(c))) {
            return null;
        }
        return (local + "@" + String.join(".", labels)).toLowerCase(Locale.ROOT);
    }
}
