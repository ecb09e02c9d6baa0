package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A register's number after its country's letters is no phone, read through {@link PhoneDetector}. */
class NumbersAfterCountryLettersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Eläimet: lehmä Ruusu (korvanumero 99214), sonni Jaakko (FI 05016 4292 494)",
            "vasikka Pilkku FI 03599 9106 711 ontuu",
            "topic the fund and heifer Daisy (UK 056884 66581). Vet joins.",
            "Djur: kvigan Rosa (SE 044953-2015)",
    })
    void leavesARegistersNumber(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A number after a word in capitals, or after its country's code, stays a phone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MY NUMBER IS 050 188 1265 AND SO ON|050 188 1265",
            "MUN NUMERO ON 02 418 3187 JA SE|02 418 3187",
            "Puhelin FI +358 40 123 4567|+358 40 123 4567",
            "Soita numeroon 040 123 4567|040 123 4567",
    })
    void keepsAPhone(String text, String phone) {
        assertEquals(List.of(phone), Found.in(detector, text));
    }
}
