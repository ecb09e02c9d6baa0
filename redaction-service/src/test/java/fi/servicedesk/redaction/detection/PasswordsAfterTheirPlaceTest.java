package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordsAfterTheirPlaceTest {

    private final CredentialDetector detector = new CredentialDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the guest wifi password on the lobby board is Kuusi_4821 ok|Kuusi_4821",
            "vierasverkon salasana ilmoitustaululla on Mänty!2207|Mänty!2207",
            "gästnätets lösenord på anslagstavlan är Gran#5521|Gran#5521",
            "hemnätet syns, losenordet ar Tall?7731 men inget händer|Tall?7731",
            "grannen lät mig låna sitt nät, losenord Björk_4410|Björk_4410",
    })
    void findsAPasswordAfterWhereItIsWritten(String text, String secret) {
        assertEquals(List.of(secret), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the password on the wiki is outdated",
            "salasana seinällä on vanhentunut",
            "Kahoot PIN 4821937 toimii",
            "game PIN: 5531207",
    })
    void leavesTalkAboutAPasswordAndGamePinsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
