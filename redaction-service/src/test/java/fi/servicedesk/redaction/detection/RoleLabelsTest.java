package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleLabelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a role's word before a label's colon is no name; the value after it stays one
            "Caller: Mr Oswin Pettigrew|Mr;Oswin;Pettigrew",
            "Soittaja: Raili Väisänen, 040 123|Raili;Väisänen",
            "Uppringare: Sixten Berglund|Sixten;Berglund",
            // without the colon, or a name before the colon, stays marked
            "Caller Oswin Pettigrew rang.|Caller;Oswin;Pettigrew",
            "Oswin: I'll call back|Oswin",
    })
    void takesTheMarkOffARoleLabel(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> RoleLabels.unmark(s, tokens, marks), text, names);
    }
}
