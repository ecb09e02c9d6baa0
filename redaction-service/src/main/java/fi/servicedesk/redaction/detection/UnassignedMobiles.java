package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A number the plan libphonenumber carries has not assigned, read as a mobile where a phone's cue and the country's
 * grouping already say it is one: the plan lags new ranges, and a writer's number need not be in it to be theirs. It
 * must have a mobile's length and open with the digit the country's mobiles open with (by the plan's example mobile:
 * 5 in Estonia, 9 in Portugal, 6 in Austria).
 */
final class UnassignedMobiles {

    private UnassignedMobiles() {
    }

    static boolean opensAsMobile(PhoneNumberUtil numbers, Phonenumber.PhoneNumber number, String region) {
        var example = numbers.getExampleNumberForType(region, PhoneNumberType.MOBILE);
        return example != null && numbers.isPossibleNumberForType(number, PhoneNumberType.MOBILE)
                && firstDigit(example.getNationalNumber()) == firstDigit(number.getNationalNumber());
    }

    private static long firstDigit(long national) {
        long digit = national;
        while (digit >= 10) {
            digit /= 10;
        }
        return digit;
    }
}
