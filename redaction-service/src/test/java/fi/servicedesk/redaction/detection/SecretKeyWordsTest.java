package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretKeyWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"SMTP_PASS", "clientSecret", "db-password", "api.key", "signingKey", "Authorization",
            "refresh_token", "x-amz-credential"})
    void readsTheKeysThatNameASecret(String key) {
        assertTrue(SecretKeyWords.namesASecret(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"key", "public_key", "sortKey", "LOG_LEVEL", "passenger", "token_count", "code"})
    void leavesOtherKeys(String key) {
        assertFalse(SecretKeyWords.namesASecret(key));
    }

    /** A link names some secrets by short words that a settings file uses for other things. */
    @ParameterizedTest
    @ValueSource(strings = {"key", "sig", "code", "sid", "X-Amz-Signature", "access_token", "apikey"})
    void readsALinksSecretParameters(String parameter) {
        assertTrue(SecretKeyWords.namesALinkSecret(parameter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lang", "id", "public_key", "page", "step"})
    void leavesALinksOtherParameters(String parameter) {
        assertFalse(SecretKeyWords.namesALinkSecret(parameter));
    }
}
