package fi.servicedesk.redaction.detection;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A building's list of residents: the surname in capitals, the given names and the flat (ResidentListRows). */
class ResidentListRowsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTheResidentsOfADoorPhonesList() {
        assertEquals(List.of("OHDAKEKALLIO", "Urho-Benjamin", "MUURAINKALLIO", "Kalle-Benjamin", "JUOLUKKAVAARA", "Elma-Helena",
                "OHRASALO", "Anni-Kaarina"), Found.inOrder(detector, """
                Ovipuhelinluettelo – As Oy Nokian Kartano

                OHDAKEKALLIO Urho-Benjamin B 29
                MUURAINKALLIO Kalle-Benjamin F35
                JUOLUKKAVAARA Elma-Helena D 44 (4. krs)
                OHRASALO Anni-Kaarina as. 42
                """).stream().distinct().toList());
    }

    @Test
    void findsTheResidentsOfASwedishList() {
        assertEquals(List.of("HALLONBLAD", "Tekla-Margareta", "LINGONDAHL", "Hedvig-Augusta", "SMULTRONBLAD", "Arvid-Teodor"),
                Found.inOrder(detector, """
                Porttelefonlista – Brf Linnéan 3

                HALLONBLAD Tekla-Margareta A 18
                LINGONDAHL Hedvig-Augusta bostad 33
                SMULTRONBLAD Arvid-Teodor lgh 1402
                """).stream().distinct().toList());
    }

    @Test
    void leavesARowAlone() {
        // one row is no list: a heading in capitals before a word and a flat
        assertEquals(List.of(), Found.inOrder(detector, "HUOM Pesutupa B 12\nVuorot vaihtuvat maanantaina."));
    }

    @Test
    void leavesAStoresShelves() {
        assertEquals(List.of(), Found.inOrder(detector, "HDMI Cable B 12\nUSB Hub C 4\nVGA Adapter A 3\n"));
    }

    @Test
    void leavesRowsThatGoOnAfterTheFlat() {
        assertEquals(List.of(), Found.inOrder(detector, "VIKA Ovi A 12 ei aukea\nHUOM Valo B 3 vilkkuu\n"));
    }
}
