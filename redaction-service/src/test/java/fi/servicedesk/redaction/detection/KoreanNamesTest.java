package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Korean names in the Revised Romanization, a hyphened given name beside a family name (KoreanNames). */
class KoreanNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsAHyphenedGivenNameBesideAFamilyNameInEitherOrder() {
        assertEquals(List.of("Park", "Ji-woo"), Found.inOrder(detector, "Tunnus luotiin: Park Ji-woo aloittaa maanantaina."));
        assertEquals(List.of("Ji-woo", "Parkille"), Found.inOrder(detector, "Lähetin ohjeet Ji-woo Parkille."));
        assertEquals(List.of("Seonu", "Min-jun"), Found.inOrder(detector, "Our new intern Seonu Min-jun starts today."));
        assertEquals(List.of("Han", "So-heelle"), Found.inOrder(detector, "Kerro Han So-heelle, että kortti on valmis."));
        assertEquals(List.of("Ko", "Ha-bin"), Found.inOrder(detector, "Ko Ha-bin ei saa VPN-yhteyttä."));
    }

    @Test
    void leavesHyphenedWordsThatAreNoSyllablesOfTheRomanization() {
        assertEquals(List.of(), Found.inOrder(detector, "Wi-Fi Go toimii taas."));
        assertEquals(List.of(), Found.inOrder(detector, "Check-in Do starts at noon."));
    }
}
