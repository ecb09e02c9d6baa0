package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PickUpCodesTest {

    private final CredentialDetector detector = new CredentialDetector();

    /** A pick-up code given to the one who collects, in Finnish, Swedish and English layouts. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kortin luovuttaa palvelupiste Pasilan asema; Omari Kemarille lähetetty noutokoodi 602915 numeroon 044 569 3885.|602915",
            "Böle stations kontor lämnar ut det; hämtkod till Britta-Gunnel: 153710.|153710",
            "Hakijat: Efraim-Kalle, naapuri Hilma-Sofronia Hirvaskorpi (03 962 5917, noutokoodi 5587)|5587",
            "Collection code for Anna Lee: 48213.|48213",
            "Upphämtningskoden 4821 skickad till Eva.|4821",
            "Hakukoodi 77120 lähetettiin numeroon 040 123 4567.|77120",
            "Collection by neighbour Anna Lee (+358 44 253 6289), pick-up code 8267|8267",
            "Hämtas av grannen Eva Berg (+358 18 289 45), hämtkod 5219|5219",
            // a parcel locker's code in two groups of three, or capitals before four digits
            "Tuki: Matille lähetetty noutokoodi 554-276 numeroon 040 123 4567; lokero auki perjantaihin.|554-276",
            "Tuki: Hannalle lähetetty noutokoodi XP3636 numeroon 040 123 4567.|XP3636",
            // a new code, issued to the one the old one failed
            "14:02 Aino: Uusi noutokoodi 30996179, lokero 57. Kiitos odottamisesta.|30996179",
            "14:02 Aino: Uusi noutokoodi GM7566, L716.|GM7566",
            "We have issued a new pick-up code 156-693 for locker 12.|156-693",
    })
    void findsACodeGivenToSomeone(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text));
    }

    /** A notice's pick-up code given to no one, a booking's number, and a code's word with a date or an amount. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Lähetyksen seurantakoodi lähetettiin tekstiviestillä, noutokoodi 1405.",
            "Fullmakt: Tiia-Maria Oksa får hämta det, inte Neema. Upphämtningskod 6269.",
            "Noutokoodi lähetetään erikseen numeroon 040 123 4567.",
            "Hämtkod till Eva: 2026-03-12.",
            "Maria Virtanen (varausnumero 48213, noutokoodi tulee tekstiviestillä)",
            "Palvelupiste Pasilan asema (ma–pe 9–17), noutokoodi 1405.",
            "Uusi noutokoodi lähetetään tekstiviestillä numeroon 040 123 4567.",
            "Uusi noutokoodi 2026-03-12 alkaen kuuden merkin mittainen.",
            "Tilaus W-3458-2203 on noutolokerossa L720, noutokoodi tulee tekstiviestillä.",
    })
    void leavesCodesGivenToNoOne(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
