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
            // a register's cue on the line: the number is a holding's or a herd's, whatever the plan holds
            "Holding registration: SE 044953-2015",
    })
    void leavesARegistersNumber(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /**
     * A number after a word in capitals, after its country's code, after a phone's cue, or one the plan of the country
     * its letters name holds, with no register's cue on its line, stays a phone: people write their country's letters
     * before their own number, and a department's ("IT") is a country's too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MY NUMBER IS 050 188 1265 AND SO ON|050 188 1265",
            "MUN NUMERO ON 02 418 3187 JA SE|02 418 3187",
            "Puhelin FI +358 40 123 4567|+358 40 123 4567",
            "Soita numeroon 040 123 4567|040 123 4567",
            "Soita minulle, numeroni on FI 040 123 4567.|040 123 4567",
            "Ring mig på SE 070-123 45 67 efter lunch.|070-123 45 67",
            "Reach me on UK 07700 900123 tomorrow.|07700 900123",
            "Kontakt: Anna Berg, SE 070-123 45 67|070-123 45 67",
            "Matti Virtanen, IT 040 123 4567|040 123 4567",
    })
    void keepsAPhone(String text, String phone) {
        assertEquals(List.of(phone), Found.in(detector, text));
    }
}
