package fi.servicedesk.ingest.subjects;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.Locale;

/**
 * What identifies a subject, normalised the one way that both storage and look-up use:
 * e-mail trimmed and lower-cased, user name lower-cased, phone in E.164 (default region FI),
 * so "040 123 4567" and "+358 40 1234567" are the same person (R5.1).
 */
public record Identifiers(String name, String email, String username, String phone) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public static Identifiers normalised(String name, String email, String username, String phone) {
        return new Identifiers(blankToNull(name), lower(email), lower(username), e164(phone));
    }

    /** No identifier at all: an end user not yet known. */
    public static Identifiers none() {
        return new Identifiers(null, null, null, null);
    }

    /**
     * The identifiers as offered, blank ones absent, not normalised: enough to tell which kinds are
     * offered at all without the cost of parsing a phone number. A phone offered so may still have no
     * normalised form (no digits); a caller that needs the values uses {@link #normalised}.
     */
    public static Identifiers offered(String name, String email, String username, String phone) {
        return new Identifiers(blankToNull(name), blankToNull(email), blankToNull(username), blankToNull(phone));
    }

    public boolean isEmpty() {
        return name == null && email == null && username == null && phone == null;
    }

    /**
     * E.164 when the number parses; otherwise the digits and plus sign as written, so it still matches
     * itself; null when there are no digits at all ("anonymous", "withheld"), or every caller without
     * a number would share one blind index and so one subject.
     */
    public static String e164(String phone) {
        var raw = blankToNull(phone);
        if (raw == null) {
            return null;
        }
        try {
            var parsed = PHONES.parse(raw, "FI");
            if (PHONES.isPossibleNumber(parsed)) {
                return PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
            }
        } catch (NumberParseException notAPhoneNumber) {
            // falls through to the literal form
        }
        var literal = raw.replaceAll("[^0-9+]", "");
        return literal.chars().anyMatch(Character::isDigit) ? literal : null;
    }

    private static String lower(String value) {
        var trimmed = blankToNull(value);
        return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
