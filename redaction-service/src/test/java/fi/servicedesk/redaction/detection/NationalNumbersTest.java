package fi.servicedesk.redaction.detection;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NationalNumbersTest {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();
    private static final int FINLAND = 358;

    @Test
    void answersAsLibphonenumberDoesAlsoWhenAskedAgainAndWhenNumbersShareASlot() {
        var table = new NationalNumbers(NUMBERS, FINLAND);
        var random = new Random(14);
        // Few distinct numbers asked many times, both ways: repeats hit the table, and 2,000 numbers in 4,096 slots collide.
        var numbers = new long[2_000];
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] = (4 + random.nextInt(6)) * (long) Math.pow(10, 5 + random.nextInt(5)) + random.nextInt(1_000_000);
        }
        int accepted = 0;
        for (int ask = 0; ask < 20_000; ask++) {
            long national = numbers[random.nextInt(numbers.length)];
            boolean landline = random.nextBoolean();
            var number = new Phonenumber.PhoneNumber().setCountryCode(FINLAND).setNationalNumber(national);
            boolean expected = landline ? NUMBERS.isPossibleNumber(number) : NUMBERS.isValidNumber(number);
            assertEquals(expected, table.accepted(national, landline), national + (landline ? " as a landline" : ""));
            accepted += expected ? 1 : 0;
        }
        // Both answers were asked for, so both bits of an entry were read back.
        assertTrue(accepted > 1_000 && accepted < 19_000, accepted + " of 20,000 accepted");
    }
}
