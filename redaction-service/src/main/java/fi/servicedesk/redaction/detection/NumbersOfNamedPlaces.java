package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

import java.util.List;

/**
 * A number in the national form of a country its line names (R3.2, R8.2): "Kerensa Goodchild – Dakar, 5:00, 77 791
 * 30 62", "Makena Okello (Manilassa): klo 16.00, puh. 0917 466 0666", "Florencia Benítez – Bogotá, 3:00, 385 538
 * 9779". Where the Finnish reading and the countries read by name ({@link ForeignNationalNumbers},
 * {@link NationalFormsWithoutZero}) leave a grouped run ({@link GroupedNumber}), a place named beside it
 * ({@link RegionsNamed}) says whose number it is. The run must be valid for that country or open as its mobiles do
 * ({@link UnassignedMobiles}), and end its clause or have a phone's cue: "Shipped 2915 0376 units to Riga" is no phone.
 */
final class NumbersOfNamedPlaces {

    private final PhoneNumberUtil numbers;

    NumbersOfNamedPlaces(PhoneNumberUtil numbers) {
        this.numbers = numbers;
    }

    void find(Text message, List<Finding> findings) {
        GroupedNumber.find(message, findings, this::value);
    }

    private String value(String text, int start, DigitGroups groups) {
        if (!PhoneCues.endsClause(text, groups.end()) && !PhoneCues.cued(text, start, groups.end())) {
            return null;
        }
        for (var region : RegionsNamed.onLine(text, start)) {
            var number = GroupedNumber.parse(numbers, groups.digits(), region);
            if (number != null && (numbers.isValidNumberForRegion(number, region) || UnassignedMobiles.opensAsMobile(numbers, number, region))) {
                return "+" + number.getCountryCode() + number.getNationalNumber();
            }
        }
        return null;
    }
}
