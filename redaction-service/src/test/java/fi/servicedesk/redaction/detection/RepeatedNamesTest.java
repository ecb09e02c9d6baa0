package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A name found once is the same person's in its other mentions and case forms (RepeatedNames). */
class RepeatedNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsAProperNameOfNoKindInAnotherCaseOnceFound() {
        assertEquals(List.of("Kaleva", "Virtanen", "Kalevan", "Kalevalle"),
                Found.inOrder(detector, "Kaleva Virtanen ei saapunut; Kalevan laukku purettiin. Välitän tämän Kalevalle."));
    }

    @Test
    void leavesAProperNameOfNoKindNoNameFound() {
        // the newspaper, with no one of that name in the message
        assertEquals(List.of(), Found.inOrder(detector, "Luin Kalevan lehteä eilen junassa."));
    }

    @Test
    void findsASurnameReadAsAWordInAnotherCaseAfterItsGivenName() {
        assertEquals(List.of("Vanna", "Saito", "Vanna", "Saitolle"), Found.inOrder(detector,
                "Perämies Vanna Saito oli vuorossa.\n\nMiehistöhotellin huoneen 6196 ovikoodi 2770# annettu Vanna Saitolle."));
    }

    @Test
    void leavesAWordInAnotherCaseWithNoGivenNameBeforeIt() {
        // the backwoods' allative, the surname found only in its base form
        assertEquals(List.of("Matti", "Pihlajasalo"),
                Found.inOrder(detector, "Matti Pihlajasalo soitti eilen. Lähdimme Pihlajasalolle kesällä."));
    }

    @Test
    void findsAWordNameFoundElsewhereAsAChatSpeaker() {
        assertEquals(List.of("Bud", "Bud"), Found.inOrder(detector,
                "Visitor (Bud) joined the chat.\nBud: the printer keeps crashing"));
    }

    @Test
    void leavesAWordNameOpeningASentenceOtherwise() {
        assertEquals(List.of("Will", "Smith"), Found.inOrder(detector, "Will Smith called.\nWill you check the printer?"));
    }
}
