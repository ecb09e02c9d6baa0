package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A building's parts before their letter or number (BuildingParts), with the name tagger on: the part and the unit's
 * word before it are no names; a surname before an initial and another name, or before a date, stays.
 */
class BuildingPartsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I start as a locum on Outpatients Block C next week, says Helmi Virtanen.|Helmi;Virtanen",
            "Site: Shakespeare House, Block B, Newton Business Park. Contact Helmi Virtanen.|Helmi;Virtanen",
            "Printer on Ward 4B jammed, wrote Helmi Virtanen.|Helmi;Virtanen",
            "Subject: Access request, Ward K3\\n\\nHi, I start on Ward K3 on Monday.\\nHelmi Virtanen|Helmi;Virtanen",
    })
    void keepsThePart(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ask Helmi Block B. Smith about it.|Helmi;Block;B. Smith",
            "Dr Ward 12.3. soitti.|Ward",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
