package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A surname after an initial that opens a list's item or follows a role found (InitialledSurnamesAfterCues, R3.2). */
class InitialledSurnamesAfterCuesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTheSurnameAfterAnInitialOpeningAListsItem() {
        var found = Found.inOrder(detector, "cc: Ovidiu Zamfir; I. Păun (091 083 7160)");
        assertTrue(found.contains("I. Păun"), found.toString());
        found = Found.inOrder(detector, "Kopio: Behnaz Navabi (00971 55 838 4812); J. Moncrieff");
        assertTrue(found.contains("J. Moncrieff"), found.toString());
    }

    @Test
    void findsASurnameThatIsAlsoAPlaceAfterARoleAndAnInitial() {
        var found = Found.inOrder(detector, "Käsittelijä I. Tapiola (it7715) 2027-08-12 12:18:18, RentPro");
        assertTrue(found.contains("I. Tapiola"), found.toString());
    }

    @Test
    void findsACompoundOfAWordOfTheLandAfterHyphenedInitials() {
        var found = Found.inOrder(detector, "Käsittelijä A.-I. Seiväskorpi (seivasa7) 2027-05-18 22:31:02, Isännöintisalkku");
        assertTrue(found.contains("A.-I. Seiväskorpi"), found.toString());
        found = Found.inOrder(detector, "cc: Seo-ah Namgung; L.-A. Varsakangas (0464219535)");
        assertTrue(found.contains("L.-A. Varsakangas"), found.toString());
    }

    @Test
    void leavesWordsOfTheLanguageAfterAnItemsLetter() {
        var found = Found.inOrder(detector, "Vastaus: A. Kyllä; B. Ei");
        assertTrue(found.isEmpty(), found.toString());
        assertFalse(Found.inOrder(detector, "Liite A. Hinnasto on mukana.").contains("Hinnasto"));
        found = Found.inOrder(detector, "Vaihtoehdot: A. Restart; B. Reinstall");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void leavesAnOptionListsWordsOfTheLand() {
        assertEquals(java.util.List.of(), Found.inOrder(detector, "Toimitus: A. Kotimaa; B. Ulkomaa"));
        assertEquals(java.util.List.of(), Found.inOrder(detector, "Vaihtoehdot: A. Hiekkaranta; B. Tekojärvi"));
    }
}
