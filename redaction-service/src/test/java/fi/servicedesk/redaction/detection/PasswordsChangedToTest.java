package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordsChangedToTest {

    private final CredentialDetector detector = new CredentialDetector();

    /** A password given as what it was changed to, in English, Finnish and Swedish. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Added; your online account password was reset to Kuusi42%T.|Kuusi42%T",
            "Asiakkaan salasana vaihdettiin muotoon Mänty!2207 puhelimessa.|Mänty!2207",
            "Lösenordet återställdes till Gran#5521.|Gran#5521",
    })
    void findsThePassword(String text, String secret) {
        assertEquals(List.of(secret), Found.in(detector, text));
    }

    /** A password sent to its user, and one reset to a word with no secret's shape. */
    @ParameterizedTest
    @ValueSource(strings = {"Password reset link was sent to ts9525 today.", "Your password was reset to default.",
            "Salasana vaihdettiin muotoon, jota järjestelmä vaatii."})
    void leavesOtherWordsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A password another rule reads too is reported once. */
    @ParameterizedTest
    @ValueSource(strings = {"The guest wifi password now is set to Kuusi42%T.",
            "The password was changed to Kuusi42%T.", "Salasana on nyt vaihdettu muotoon Mänty!2207."})
    void reportsThePasswordOnce(String text) {
        assertEquals(1, Found.in(detector, text).size(), text);
    }

    /** A password another rule found already is not reported again. */
    @org.junit.jupiter.api.Test
    void leavesAPasswordFoundAlready() {
        var text = "The password was changed to Kuusi42%T.";
        int start = text.indexOf("Kuusi");
        var findings = new java.util.ArrayList<Finding>(
                List.of(new Finding(EntityType.CREDENTIAL, start, start + "Kuusi42%T".length(), "Kuusi42%T")));
        PasswordsChangedTo.find(Text.of(text), findings);
        assertEquals(1, findings.size());
    }
}
