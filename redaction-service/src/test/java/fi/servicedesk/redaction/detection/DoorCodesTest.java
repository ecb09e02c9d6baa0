package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoorCodesTest {

    /** A compound whose head is a door, in any case: "takaovi", "etuoven", "kotiovelle". */
    @ParameterizedTest
    @ValueSource(strings = {"Takaoven koodi on 4012.", "Etuovi aukeaa koodilla 4012.", "Mene kotiovelle, koodi 4012."})
    void speaksOfADoorItsCompoundsName(String text) {
        assertTrue(DoorCodes.speaksOfADoor(text), text);
    }

    /** A word merely ending so is no door: "proven", "Beethoven". */
    @ParameterizedTest
    @ValueSource(strings = {"The workaround has proven stable.", "Beethoven plays in the lobby.", "Laudan lovessa on koodi 4012."})
    void leavesWordsThatEndAsADoor(String text) {
        assertFalse(DoorCodes.speaksOfADoor(text), text);
    }

    @Test
    void findsNoDoorCodeAfterAWordEndingAsADoor() {
        var findings = new java.util.ArrayList<Finding>();
        new CredentialDetector().find(Text.of("The workaround has proven stable. Code: 4012"), findings);
        assertEquals(List.of(), findings);
    }

    /**
     * A keypad's star joining a code's two groups, and the code of a road's barrier, a stairway or a block's shared
     * refuse or store room, which opens as a door does.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kuljettaja ei päässyt rappuun. Rapun ovikoodi on 5031*74. Kiitos.|5031*74",
            "Chauffören kom inte in. Portkoden är 0968*68.|0968*68",
            "Annatteko kuljettajalle puomin koodin 1804?|1804",
            "Delägaren öppnar bommen; koden är #0602.|#0602",
            "Emptying on 12 July. My co-owner opens the barrier; the barrier code is 008P.|008P",
            "The driver opens the barrier with code 98-83.|98-83",
            "Koden till soprummet har ändrats. Min kod är *5586.|*5586",
            "Taloyhtiön jätekatoksen koodi vaihtui. Oma koodini on 76675.|76675",
            "The bin store at the back: code 4417#.|4417#",
            "Chauffören kom inte in i trappuppgången. Kod: 2351*94.|2351*94",
            // a possessive suffix on the code's word
            "Hei Onni, uusi ovikoodisi on 4417#.|4417#",
            "Solukaveri sai viestin: ulko-ovikoodinsa on *2290.|*2290",
    })
    void findsTheCodeOfWhatOpensAsADoor(String text, String code) {
        assertEquals(List.of(code), Found.in(new CredentialDetector(), text));
    }

    /**
     * A star with one digit each side, as a product's, and a code's word in a message of a store that sells, a bomb or
     * a stock of goods: no door.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Koodi 2*3 ei kelpaa.",
            "Ovikoodi 5*7 on liian lyhyt.",
            "Download it from the app store; the code is 4417.",
            "Bomben desarmerades; koden är 4417.",
            "Varaston saldo tarkistettu, tuotekoodi 4417.",
    })
    void leavesCodesOfNoDoorAlone(String text) {
        assertEquals(List.of(), Found.in(new CredentialDetector(), text));
    }
}
