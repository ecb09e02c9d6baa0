package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GluedCodesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // letters in capitals glued to digits by a hyphen are a plate or a key
            "Auto KXT-318 kuuluu Oili Jämsälle.|Auto;Oili;Jämsälle",
            "Bilen TRU-9 står hos Sixten.|Bilen;Sixten",
            // a name glued to a word, not to digits, stays
            "Oili Jämsä-Kallio soitti.|Oili;Jämsä-Kallio",
    })
    void takesTheMarkOffAPlateOrKey(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> GluedCodes.unmark(s, tokens, marks), text, names);
    }
}
