package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CredentialDetectorTest {

    private final CredentialDetector detector = new CredentialDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "salasanani on Kesä2024! jos tarvitsette|Kesä2024!",
            "salasana on kissa123.|kissa123",
            "my password is hunter2 please reset|hunter2",
            "pw: Xy7#kLm9|Xy7#kLm9",
            "PIN 4321 ei toimi|4321",
            "PIN-koodi on 0000|0000",
            "password=\"S3cret\"|S3cret",
    })
    void findsTheSecretAfterItsCue(String text, String secret) {
        assertEquals(List.of(secret), Found.in(detector, text));
    }

    @Test
    void splitsUserNameAndPasswordPair() {
        var findings = Found.findings(detector, "tunnus ja salasana: mvirtanen / Talvi2025");
        assertEquals(List.of(EntityType.USERNAME, EntityType.CREDENTIAL), findings.stream().map(Finding::type).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "salasana on vanhentunut",
            "my password is expired",
            "salasanani on unohtunut, voitteko auttaa",
            "password reset link does not work",
            "the pin on the board is bent",
            "pinnacle of support",
    })
    void leavesTalkAboutSecretsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
