package fi.servicedesk.redaction.detection;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A login made of its owner's name with a tag of the role or device it is for, split off by a dot, underscore or hyphen
 * (R8.2): carriers and warehouses give a driver's and a handheld scanner's accounts a short tag before or after the
 * name's part ("drv_rautus85", "d.akiiskin", "KULJ-RAUTU", "aatkiis.scan"), or the driver's number before the
 * surname's first letters ("D7847-GEBRE"); a pharmacy or a landlord puts its team's word before a staff login
 * ("huolto.ypirtako", "tuki.avirtanen"). The tag is a word of up to four letters, six before a login in lower case,
 * or a letter and digits;
 * what is left is made of the name as {@link LoginParts} reads it, or is the first five letters or more of one of the
 * name's words, digits after them maybe ("rautu" of Rautulahti, "vaatto50" of Vaattovaara-Kuoksu); the tag opens no
 * word of the name ("REBANE-SAAR" is a surname in capitals), unless, in lower case, the rest is made of the name
 * without it ("t.tvesikko" of Tekla Vesikkomäki, a staff login's "t."). The tag says an account is meant, where five letters
 * of a surname alone would be a clipped word. A login in capitals is read in lower case, and only with its tag: a
 * name's words in capitals are made of the name too. In capitals a code of a product, a job or a system is written
 * alike ("SKU-AINO", "SYS-BATCH"), so there the tag must be a person's role ({@link #ROLE_TAGS}) or the rest the
 * surname's first letters, or, after a driver's number, a word's ("D7724-PINNA" of G. Pinna Mulas).
 */
final class TaggedLogins {

    private static final Pattern TAG_FIRST = Pattern.compile("([a-z]{1,6}|[a-z][0-9]{2,6})[._-](.+)");
    /** The most letters of a tag in capitals: a longer word before a surname's start is a product's or a place's. */
    private static final int LONGEST_TAG_IN_CAPITALS = 4;
    /** A driver's or an employee's number as a login's tag: "D7847" of "D7847-GEBRE". */
    private static final Pattern NUMBER_TAG = Pattern.compile("[a-z][0-9]{2,6}");
    private static final Pattern TAG_LAST = Pattern.compile("(.+)[._-]([a-z]{1,4})");
    private static final Pattern DIGITS_AFTER = Pattern.compile("[0-9]*");
    /**
     * The tags of a person's role on a login in capitals, as carriers and warehouses give them to a driver, a scanner's
     * user, an operator or a picker, in Finnish, Swedish and English: "KULJ-RAUTU" (kuljettaja), "DRV-", "SCAN-",
     * "SKAN-" (skanner), "OPER-", "PICK-". A tag is of ASCII letters ({@link #TAG_FIRST}).
     */
    private static final Set<String> ROLE_TAGS = Set.of("kulj", "drv", "driv", "scan", "skan", "oper", "opr", "pick");
    /** The fewest letters of a name's word that a tagged login may hold alone. */
    private static final int WORDS_START = 5;

    private TaggedLogins() {
    }

    /** Whether {@code login} is made of the name written as {@code words}, with or without a role's tag. */
    static boolean madeOf(String[] words, String login) {
        var lower = login.toLowerCase(Locale.ROOT);
        if (lower.equals(login) && LoginParts.madeOf(words, lower)) {
            return true;
        }
        boolean capitals = !lower.equals(login);
        var first = TAG_FIRST.matcher(lower);
        if (first.matches() && (!opensAPart(words, first.group(1)) || !capitals && LoginParts.madeOf(words, first.group(2)))
                && taggedPart(words, first.group(2)) && (!capitals || personsTagInCapitals(first.group(1), words, first.group(2)))) {
            return true;
        }
        var last = TAG_LAST.matcher(lower);
        return last.matches() && !opensAPart(words, last.group(2)) && taggedPart(words, last.group(1))
                && (!capitals || personsTag(last.group(2), words, last.group(1)));
    }

    /** Whether a login's tag ("KULJ-", "-SCAN"), in capitals or not, is a person's role. */
    static boolean roleTagged(String login) {
        var lower = login.toLowerCase(Locale.ROOT);
        var first = TAG_FIRST.matcher(lower);
        var last = TAG_LAST.matcher(lower);
        return first.matches() && ROLE_TAGS.contains(first.group(1)) || last.matches() && ROLE_TAGS.contains(last.group(2));
    }

    /** A tag in capitals of no more letters than {@link #LONGEST_TAG_IN_CAPITALS} or a number, and a person's. */
    private static boolean personsTagInCapitals(String tag, String[] words, String part) {
        return (tag.length() <= LONGEST_TAG_IN_CAPITALS || NUMBER_TAG.matcher(tag).matches()) && personsTag(tag, words, part);
    }

    /**
     * Whether a tag in capitals is a person's role, or the part beside it the surname's first letters ("…-RAUTU") or,
     * after a driver's number, a word's.
     */
    private static boolean personsTag(String tag, String[] words, String part) {
        return ROLE_TAGS.contains(tag) || startOfAWord(new String[] {words[words.length - 1]}, part)
                || NUMBER_TAG.matcher(tag).matches() && startOfAWord(words, part);
    }

    /**
     * Whether {@code start} opens a word of the name or a half of one, in any of its spellings: a tag must not ("saar"
     * of "REBANE-SAAR" is the surname's second half, written in capitals), a tagged login's part must.
     */
    private static boolean opensAPart(String[] words, String start) {
        for (var word : words) {
            for (var half : word.split("-")) {
                for (var spelling : LoginSpellings.of(half)) {
                    if (spelling.startsWith(start)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean taggedPart(String[] words, String part) {
        return LoginParts.madeOf(words, part) || startOfAWord(words, part);
    }

    /** "rautu" of Rautulahti, "vaatto50" of Vaattovaara-Kuoksu: a word's (or half's) first letters, digits after them. */
    private static boolean startOfAWord(String[] words, String part) {
        int letters = 0;
        while (letters < part.length() && part.charAt(letters) >= 'a' && part.charAt(letters) <= 'z') {
            letters++;
        }
        if (letters < WORDS_START || !DIGITS_AFTER.matcher(part.substring(letters)).matches()) {
            return false;
        }
        return opensAPart(words, part.substring(0, letters));
    }
}
