package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.ArrayList;
import java.util.List;

/**
 * A number right after a phrase that leaves no doubt it is a phone ({@link PhoneCues#stronglyCued}: "puh. 77 172 34
 * 50", "ring Brayans mobil 77 370 57 84", "call Honoria on 77 923 73 59", "nås på 55 1840 6121", "On call: Wystan
 * Sweetman, 55 9984 2354"), read as one whatever country's it is, even where no plan holds it (R3.2, R8.2): a
 * writer's number must not stay in clear because the plan does not know it. Its value is the E.164 of the country its line names, or of Finland, that holds it as
 * valid, else its digits: the same digits get the same placeholder. Where the line names countries, one of their plans
 * must hold the number as possible. After such a cue a number may be typed in one run or in odd groups
 * ({@link GroupedNumber#findTypedAnyhow}: "numerosta 090155877", "puh. 089287 92796", "Telefon 703 952 052"); so
 * may one that a label after it gives a country ({@link PhoneCues#countryNamedAfter}: "0114 790508 (kenialainen
 * liittymä)").
 */
final class StronglyCuedNumbers {

    private final PhoneNumberUtil numbers;

    StronglyCuedNumbers(PhoneNumberUtil numbers) {
        this.numbers = numbers;
    }

    void find(Text message, List<Finding> findings) {
        GroupedNumber.findTypedAnyhow(message, findings,
                (text, start, groups) -> PhoneCues.stronglyCued(text, start) || PhoneCues.countryNamedAfter(text, groups.end())
                        ? value(text, start, groups.digits()) : null);
    }

    /** The number's E.164 in a country its line names or in Finland, where valid there; else its digits, or null. */
    String value(String text, int start, String digits) {
        var named = RegionsNamed.onLine(text, start);
        var regions = new ArrayList<>(named);
        regions.add(PhoneDetector.DEFAULT_REGION);
        for (var region : regions) {
            var number = GroupedNumber.parse(numbers, digits, region);
            if (number != null && numbers.isValidNumberForRegion(number, region)) {
                return "+" + number.getCountryCode() + number.getNationalNumber();
            }
        }
        // "Bogotá: puh. 12 34 56 78 90 12": a number no plan of the countries its line names can hold is not theirs.
        return named.isEmpty() || named.stream().anyMatch(region -> possible(digits, region)) ? digits : null;
    }

    private boolean possible(String digits, String region) {
        var number = GroupedNumber.parse(numbers, digits, region);
        return number != null && numbers.isPossibleNumber(number);
    }
}
