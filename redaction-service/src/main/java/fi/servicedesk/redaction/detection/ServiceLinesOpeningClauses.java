package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A clause that opens by naming a line or an on-call service and gives a number of a kind only an organisation rents
 * is no person's phone (R5.3 covers a person's): "Out-of-hours line 0345 …", "…; out-of-hours noise line 0345 …",
 * "Huoltoyhtiön päivystys 010 …", "…; häiriöpäivystys 0200 …", "Jour 0200-…". The kind is libphonenumber's: a
 * non-geographic "universal access" number (the United Kingdom's 03, Finland's 010, 020 and 0200), a shared-cost or a
 * premium-rate one, in the plan of the region the number was read for or, for a national form, of Finland or a country whose national
 * forms the engine reads ({@link ForeignNationalNumbers}): "0345 …" is the United Kingdom's service range and as well
 * a Pakistani mobile, and the label tells which. Neither alone is enough: a Finnish 010 or 020 number is often a person's direct line, and a label
 * inside a clause ("Huoltoyhtiö … Oy, päivystys 010 …, sanoi että …"), a person's line ("Hermione's line …", "Annan
 * linja …") or a
 * role's field with a name ("Päivystys: Anna Berg, 0200 …") stays a phone, as the earlier evaluation sets hold. A
 * freephone stays one too: the earlier sets hold a hotline's to be a phone ("Vendor hotline: +1 888 …"); but a hotel's
 * or a restaurant's desk that opens its clause ("Reception 0800 …", "Vastaanotto 020 …", "Bordsbokning 020-…") gives
 * its freephone as well, and so does an on-call service that opens its clause ("Päivystys 0800 …", "Out of hours 0800
 * …", "Jour 0800-…"): the number that answers when the office is closed is the service's, whoever is on call (R3.2).
 */
final class ServiceLinesOpeningClauses {

    /** Up to three words of what the line is for, the line's noun, its colon: "Out-of-hours noise line", "Jour:". */
    private static final Pattern LABEL = Pattern.compile("(?:[\\p{L}-]+\\s+){0,3}([\\p{L}-]+):?\\s+");
    /** A line's noun, as it ends a word: "helpline", "linja", "Porteringslinjen". */
    private static final List<String> LINE_NOUNS = List.of("line", "linja", "linjan", "linje", "linjen");
    /**
     * A desk that answers a hotel's or a restaurant's guests, as it ends a word: "Reception", "Vastaanotto",
     * "Hotellin vastaanotto", "Receptionen", "Bordsbokning", "Pöytävaraus". No guest's number is given under it.
     */
    private static final List<String> DESK_NOUNS = List.of("reception", "receptionen", "vastaanotto", "bordsbokning",
            "bordsbokningen", "pöytävaraus", "pöytävaraukset");
    /** An on-call service's noun, as it ends a word: "Päivystys", "vikapäivystys", "Jour", "fastighetsjouren". */
    private static final List<String> ON_CALL_NOUNS = List.of("päivystys", "jour", "jouren");
    /** The English phrases of the hours an on-call service answers in, hyphens read as spaces: "Out of hours". */
    private static final List<String> ON_CALL_PHRASES = List.of("out of hours", "after hours");
    /**
     * Words that make a line a person's own, as a word of the label or the head of its compound: "Direct line",
     * "suora linja", "Direktlinje", "oma linja", "my line".
     */
    private static final List<String> PERSONAL_LINE_HEADS = List.of("direct", "direkt", "suora");
    private static final Set<String> OWNERS = Set.of("my", "own", "oma", "omani", "min", "mitt", "egen", "eget");
    /** The Finnish genitive's ending, of whose line it is: "Annan", "Virtasen". */
    private static final char GENITIVE = 'n';
    /** What ends the clause before: a sentence's end or a semicolon, then a space. */
    private static final String CLAUSE_ENDS = ".;!?";
    private static final Set<PhoneNumberType> ORGANISATIONS_KINDS = EnumSet.of(PhoneNumberType.UAN,
            PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE);
    /** A desk's kinds: an organisation's, and a freephone, which a desk gives and a person's line never is. */
    private static final Set<PhoneNumberType> DESKS_KINDS = EnumSet.of(PhoneNumberType.UAN,
            PhoneNumberType.SHARED_COST, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.TOLL_FREE);
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    /** The region for a number written with its country code. */
    private static final String UNKNOWN_REGION = "ZZ";

    private ServiceLinesOpeningClauses() {
    }

    /** Whether {@code phone} follows a line's label that opens its clause and is of an organisation's kind. */
    static boolean holds(String text, Finding phone) {
        int start = clauseStart(text, phone.start());
        var label = LABEL.matcher(text).region(start, phone.start());
        if (!label.matches() || personal(text.substring(start, phone.start())) || namedForAPerson(text, label.start(1))) {
            return false;
        }
        var noun = label.group(1).toLowerCase(Locale.ROOT);
        var kinds = onCall(text.substring(start, phone.start()), noun) || Characters.endsWithAny(noun, DESK_NOUNS) ? DESKS_KINDS
                : Characters.endsWithAny(noun, LINE_NOUNS) ? ORGANISATIONS_KINDS : null;
        return kinds != null && (ofKind(phone.value(), UNKNOWN_REGION, kinds)
                || text.charAt(phone.start()) == '0' && nationalOfKind(text.substring(phone.start(), phone.end()), kinds));
    }

    /**
     * Whether the label names the service that answers when the office is closed: "Päivystys", "Jour", "Out of hours",
     * "Out-of-hours line", "After hours". Someone is on call, but the on-call number is the service's, and a clause
     * that opens with it gives a freephone as a desk does.
     */
    private static boolean onCall(String label, String noun) {
        var words = label.toLowerCase(Locale.ROOT).replace('-', ' ');
        return Characters.endsWithAny(noun, ON_CALL_NOUNS) || ON_CALL_PHRASES.stream().anyMatch(words::contains);
    }

    /** Whether the label calls the line a person's own: "Direct line", "Annan suora linja", "Direktlinje". */
    private static boolean personal(String label) {
        for (var word : label.toLowerCase(Locale.ROOT).split("[\\s:]+")) {
            if (OWNERS.contains(word) || PERSONAL_LINE_HEADS.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a person's name in the genitive stands right before the line's noun: "Annan linja", "Virtasen linja"
     * are a person's own, as "Hermione's line" is.
     */
    private static boolean namedForAPerson(String text, int noun) {
        int end = Characters.beforeSpaces(text, noun);
        int start = Characters.wordStart(text, end);
        return start < end && end < noun && Character.isUpperCase(text.charAt(start))
                && text.charAt(end - 1) == GENITIVE && NameLexicon.shared().lookup(text, start, end).isName();
    }

    /** Where the clause the number stands in opens: after the line's break or the last sentence's end or semicolon. */
    private static int clauseStart(String text, int at) {
        int lineStart = Characters.lineStart(text, at);
        for (int i = at - 1; i > lineStart; i--) {
            if (text.charAt(i) == ' ' && CLAUSE_ENDS.indexOf(text.charAt(i - 1)) >= 0) {
                return i + 1;
            }
        }
        return lineStart;
    }

    private static boolean nationalOfKind(String nationalForm, Set<PhoneNumberType> kinds) {
        return ofKind(nationalForm, PhoneDetector.DEFAULT_REGION, kinds)
                || ForeignNationalNumbers.REGIONS.stream().anyMatch(region -> ofKind(nationalForm, region, kinds));
    }

    private static boolean ofKind(String written, String region, Set<PhoneNumberType> kinds) {
        try {
            var number = NUMBERS.parse(written, region);
            return NUMBERS.isValidNumber(number) && kinds.contains(NUMBERS.getNumberType(number));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
