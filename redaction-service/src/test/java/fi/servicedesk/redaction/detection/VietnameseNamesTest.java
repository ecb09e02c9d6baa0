package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Vietnamese names, family name first (VietnameseNames). */
class VietnameseNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a family name with its marks, with and without a middle name, a Finnish ending on the given name
            "Välitin tiedon Đỗ Ngọc Anhille eilen.|Đỗ Ngọc;Anhille",
            "Bùi Tuấn's laptop is still in repair.|Bùi;Tuấn",
            // without marks a family name needs the middle name
            "The interpreter is Huynh Van Phuc today.|Huynh;Van;Phuc",
            // a rarer family name before a middle name with its marks
            "Kysy Tạ Thị Lanilta, hän tietää.|Tạ;Thị;Lanilta",
    })
    void findsTheWholeName(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // family names without marks are words or places elsewhere
            "The Vu Meter plugin crashed again.",
            "Set the Do Not Disturb status before the call.",
            "The Ho Chi Minh City office is closed today.",
    })
    void leavesWordsWrittenLikeFamilyNames(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
