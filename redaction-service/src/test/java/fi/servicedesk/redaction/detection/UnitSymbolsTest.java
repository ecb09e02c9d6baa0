package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitSymbolsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a unit named after a person, after its quantity
            "Suodatinvahti 250 Pa ylittyi|Suodatinvahti;ylittyi",
            "Hum at 50 Hz, dose 2 Gy|Hum;at;dose",
            // without a number before it, or not a symbol's shape, the mark stays
            "Pa Thao soitti|Pa;Thao;soitti",
            "Room 12 PA system|Room;PA;system",
            "Ask 2 Paula|Ask;Paula",
    })
    void takesTheMarkOffAUnitAfterItsQuantity(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> UnitSymbols.unmark(s, tokens, marks), text, names);
    }
}
