package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A number the writer gives as their organisation's, to book by or to call it: the first person's plural as the
 * call's object ("Call us on 0117 …", "soittakaa meille 09 …", "ring oss på 08-…") or the booking right before it
 * ("Voitte varata ajan 09 346 2966", "boka tid på 010-…", "book on 0113 …"), or the reader told to contact a number,
 * not a person, as a reminder to pay does ("Maksa viitteellä … tai ota yhteyttä numeroon 0600 …"). A clinic's, a garage's or a shop's
 * booking line is no person's phone (R5.3 covers a person's); the singular "call me on" keeps the writer's own
 * ({@link WritersOwnNumbers}). A household writes "us" too ("Ollaan kotona, soittakaa meille 040 …"): a number in a
 * mobile range is a person's whoever "us" is, so only a landline's, a switchboard's or a service number's shape
 * ("0800 …", "010 …", "09 …", "0117 …") is dropped.
 */
final class NumbersGivenAsOurs {

    /** The words right before the number, at their end: "call us on", "soittakaa meille", "varata ajan". */
    private static final Pattern OURS = Pattern.compile("(?<!\\p{L})(?:(?:call|ring|phone|contact|reach|text) us(?: (?:on|at))?"
            + "|soit(?:a|akaa|takaa|ttakaa) meille(?: numeroon)?|ottakaa (?:meihin )?yhteyttä(?: numeroon)?|ota yhteyttä numeroon"
            + "|ring oss(?: på)?|kontakta oss(?: på)?|varata? aja(?:n|t)(?: numerosta| numeroon)?|varaa aika"
            + "|boka tid(?: på)?|book(?: an appointment)? (?:on|at))[ :]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far before the number its words are looked for. */
    private static final int REACH = 40;
    /** The kinds of number a person carries: an organisation's booking line is none of them. */
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private NumbersGivenAsOurs() {
    }

    /** Drops the phones found from {@code first} on that the words before them give as the writer's organisation's. */
    static void drop(String text, List<Finding> findings, int first) {
        for (int i = findings.size() - 1; i >= first; i--) {
            var phone = findings.get(i);
            if (phone.type() == EntityType.PHONE && givenAsOurs(text, phone.start()) && !isMobile(text, phone)) {
                findings.remove(i);
            }
        }
    }

    /**
     * Whether the phone is in a mobile range: of its country where its value is one's E.164, else of a country its line
     * names or of Finland, as the other phone rules read a national number ({@link RegionsNamed}): digits some other
     * country's plan holds as a mobile are no sign the writer's "us" is a household.
     */
    static boolean isMobile(String text, Finding phone) {
        var value = phone.value();
        if (value.startsWith("+")) {
            return mobileIn(value, PhoneDetector.DEFAULT_REGION);
        }
        var regions = new ArrayList<>(RegionsNamed.onLine(text, phone.start()));
        regions.add(PhoneDetector.DEFAULT_REGION);
        return regions.stream().anyMatch(region -> mobileIn(value, region));
    }

    private static boolean mobileIn(String value, String region) {
        try {
            var number = NUMBERS.parse(value, region);
            if (!NUMBERS.isValidNumber(number)) {
                return hasMobileShape(number);
            }
            return MOBILE.contains(NUMBERS.getNumberType(number))
                    && (value.startsWith("+") || region.equals(NUMBERS.getRegionCodeForNumber(number)));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /**
     * "call us on 07700 900123": a number its country's plan does not hold, written as that country's mobiles are (the
     * first digit and the length of the plan's own example of one), is a mobile in a range not given out yet or kept
     * back (Ofcom's drama range 07700 900xxx): the plan lags the ranges given out, as {@link StronglyCuedNumbers} knows,
     * and a household's mobile must not be dropped for it.
     */
    private static boolean hasMobileShape(PhoneNumber number) {
        var country = NUMBERS.getRegionCodeForCountryCode(number.getCountryCode());
        var example = NUMBERS.getExampleNumberForType(country, PhoneNumberType.MOBILE);
        if (example == null || !NUMBERS.isPossibleNumber(number)) {
            return false;
        }
        var digits = NUMBERS.getNationalSignificantNumber(number);
        var mobile = NUMBERS.getNationalSignificantNumber(example);
        return digits.length() == mobile.length() && digits.charAt(0) == mobile.charAt(0);
    }

    private static boolean givenAsOurs(String text, int start) {
        int from = Math.max(Characters.lineStart(text, start), start - REACH);
        return OURS.matcher(text).region(from, start).useTransparentBounds(true).find();
    }
}
