package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UrlSecretDetectorTest {

    private final UrlSecretDetector detector = new UrlSecretDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://portal.example.fi/reset?token=abc123XYZ&lang=fi|abc123XYZ",
            "https://x.blob.core.windows.net/f.pdf?sv=2020&sig=Zm9vYmFy%3D|Zm9vYmFy%3D",
            "https://api.example.com/v1?key=AIzaSyA-1234 toimii|AIzaSyA-1234",
            "https://example.fi/login?user=x&password=hunter2|hunter2",
            // any parameter whose name ends in a secret's word (SecretKeyWords)
            "https://hr.example.fi/invite?reset_token=9fQ2mLx7&step=2|9fQ2mLx7",
            "https://s3.example.com/a.zip?X-Amz-Signature=4b1c9e02aa|4b1c9e02aa",
            // a link inside another parameter's value
            "https://sso.example.fi/login?next=https://app.example.fi/cb?token=Zx81kQ|Zx81kQ",
    })
    void findsSecretsInLinks(String text, String secret) {
        assertEquals(List.of(secret), Found.in(detector, text));
    }

    /** A link's login is a user name, its password a credential. */
    @Test
    void findsTheLoginAndThePasswordOfALink() {
        var findings = new ArrayList<Finding>();
        detector.find(Text.of("DATABASE_URL=postgres://mvirtanen:Kesä5137#@db01.example.fi:5432/crm"), findings);
        assertEquals(List.of(EntityType.USERNAME, EntityType.CREDENTIAL), findings.stream().map(Finding::type).toList());
        assertEquals(List.of("mvirtanen", "Kesä5137#"), findings.stream().map(Finding::value).toList());
    }

    /** A password with marks an address cannot hold is the link's whole, not an address's end ("73@git…"). */
    @Test
    void redactsAPasswordWithMarksWhole() {
        var redacted = new Redactor(false).redact("remote.origin.url=https://aila-kark:Talvi#!73@git.example.fi/hr-portal-ui.git",
                KnownIdentifiers.NONE, Placeholders.inMemory());
        assertEquals("remote.origin.url=https://[USERNAME_1]:[CREDENTIAL_1]@git.example.fi/hr-portal-ui.git", redacted.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://portal.example.fi/tickets?id=INC0012345&lang=fi",
            "https://example.fi:8443/path",
            "a=b and key points",
            "https://keys.example.fi/upload?public_key=MIIBIjANBgkq&format=pem",
    })
    void leavesOrdinaryLinksAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
