package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A surname a scanned form's text layer broke over a line with a hyphen (NamesBrokenOverLines). */
class NamesBrokenOverLinesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I also request the data you hold on my late relative, Aurelius Allar-\\ndyce, who died in 2019.|Allar-\\ndyce",
            "Esihen-\\nkilö: Sylvi Toiv-\\nonen\\nJärjes-\\ntelmä: Checkmk|Toiv-\\nonen",
            "Chef: Karin Lillq-\\nvist\\nSystem: Jira|Lillq-\\nvist",
    })
    void findsTheSurnameWhole(String text, String surname) {
        var message = text.replace("\\n", "\n");
        var whole = surname.replace("\\n", "\n");
        var found = Redactor.merge(Found.findings(detector, message)).stream().map(f -> message.substring(f.start(), f.end())).toList();
        assertTrue(found.stream().anyMatch(f -> f.endsWith(whole)), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ACCESS RE-\\nQUEST FORM\\nRequester: Liis Laur\\nLine man-\\nager: Viveka Lindqvist",
            "Matti Virtanen\\nSys-\\ntem: Checkmk",
    })
    void leavesWordsBrokenOverLinesThatFollowNoName(String text) {
        var message = text.replace("\\n", "\n");
        var found = Found.inOrder(detector, message);
        assertFalse(found.stream().anyMatch(f -> f.contains("-\n")), found.toString());
    }
}
