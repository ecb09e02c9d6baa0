package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
}
