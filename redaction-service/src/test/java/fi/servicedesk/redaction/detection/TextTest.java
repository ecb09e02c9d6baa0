package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    @Test
    void foldsEveryCharacterAsCharacterToLowerCase() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase(c), Text.fold(c), "U+" + Integer.toHexString(c));
        }
    }
}
