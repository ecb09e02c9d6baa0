package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list's or form's surname in capitals before a given name found (SurnamesInCapitalsFirst, R3.2). */
class SurnamesInCapitalsFirstTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTheSurnameOpeningAListsLine() {
        var found = Found.inOrder(detector, "Matkustajalista:\n1. KORHONEN Anna, hytti 8106\n2. GOODAX Matti, hytti 9732");
        assertTrue(found.containsAll(List.of("GOODAX", "Matti")), found.toString());
    }

    @Test
    void findsTheSurnameAfterANameFieldsLabel() {
        var found = Found.inOrder(detector, "NIMI: CONDORI-TICONA Maria\nLENTO: BA55 / 25.09.2026");
        assertTrue(found.containsAll(List.of("CONDORI-TICONA", "Maria")), found.toString());
    }

    @Test
    void findsTheSurnameOpeningAnExportsCell() {
        var found = Found.inOrder(detector, "\"lähetys\";\"vastaanottaja\";\"tila\"\n"
                + "\"LP01221489374189\";\"KORHONEN Maria\";\"toimitettu\"\n"
                + "\"RR873697186GB\";\"GOODAX Matti\";\"noutopisteessä\"");
        assertTrue(found.containsAll(List.of("GOODAX", "Matti")), found.toString());
        assertFalse(Found.inOrder(detector, "tunnus;tila\nLP01;VIP Maria\nLP02;URGENT Anna").contains("VIP"));
    }

    @Test
    void leavesAOneOffWordInCapitalsAndWordsInLists() {
        assertFalse(Found.inOrder(detector, "ATTN Maria: the printer is down again.").contains("ATTN"));
        var found = Found.inOrder(detector, "Tags:\nVIP Maria cabin 1\nURGENT Anna cabin 2");
        assertFalse(found.contains("VIP") || found.contains("URGENT"), found.toString());
    }

    @Test
    void findsASurnameOfTwoWordsInCapitals() {
        var found = Found.inOrder(detector, "Myyjä: BOUDREAUX-THIBODEAUX Ovide Alcide, henkilötunnus 030881-871C\n"
                + "Ostaja: EPIEYÚ URIANA Wilder Olimpo, +58-41-4385-6270");
        assertTrue(found.contains("EPIEYÚ") && found.stream().anyMatch(f -> f.startsWith("URIANA")), found.toString());
        assertFalse(Found.inOrder(detector, "Tags:\nVIP URGENT Maria cabin 1\nURGENT Anna cabin 2").contains("VIP"));
    }

    @Test
    void findsASurnameOfTheLandscapeThatVoikkoReadsAsWords() {
        var found = Found.inOrder(detector, "Please book:\n- SUMUVAARA Anna, Kia Sportage, pick-up Leeds\n"
                + "- LUKKARINSAARI Maria, Vauxhall Corsa, pick-up Leeds");
        assertTrue(found.containsAll(List.of("SUMUVAARA", "LUKKARINSAARI")), found.toString());
        assertFalse(Found.inOrder(detector, "Tags:\n- KEHITYS Anna, sprint 4\n- TUOTANTO Maria, sprint 5").contains("KEHITYS"));
    }

    @Test
    void findsTheSurnamesAfterARoomsLabelAndAfterACommaInTheLine() {
        var found = Found.inOrder(detector, "Huonejako:\n305: HAAPAKORPI Eeva-Liisa, GOODAX Matti\n306: TIRKKONEN Anna\n"
                + "huone 412: ZYLBERSZTAJN Marja");
        assertTrue(found.containsAll(List.of("HAAPAKORPI", "GOODAX", "ZYLBERSZTAJN")), found.toString());
        assertFalse(Found.inOrder(detector, "Huom: VIP Maria saapuu myöhään.").contains("VIP"));
    }
}
