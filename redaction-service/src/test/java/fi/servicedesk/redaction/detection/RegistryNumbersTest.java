package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A registry's or an application's number closed by its year over a slash, or after a diary's label, is no phone. */
class RegistryNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {"Pyyntö tallenteiden luovuttamiseksi, Dnro 0503/161/2026.",
            "Hänellä on C-viisumi (hakemus 033/1111/2026), joka on voimassa.",
            "Ärendet har dnr 0401 234 567 hos myndigheten.", "Our file 0503/161/1999 is closed."})
    void readsNoPhoneInARegistrysNumber(String text) {
        assertEquals(List.of(), Found.inOrder(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Soita 0170/1234567 iltaisin.", "Call me on 040 123 4567/2026 was the year I moved.",
            "Ring 0486/71.42.09 om du vill."})
    void readsAPhoneWrittenWithASlash(String text) {
        assertEquals(1, Found.inOrder(detector, text).size());
    }
}
