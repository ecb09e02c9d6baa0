package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthorizationCredentialsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a scheme and its space: the credentials begin after them
            "Basic YWxpY2U6czNjcjN0|6",
            "bearer 0a1b2c3d4e5f6a7b8c9d|7",
            "NTLM TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw==|5",
            // no scheme, or nothing after it: the value begins where it did
            "Kettu42x!Kettu42x|0",
            "Bearer|0",
            "Bearerish 0a1b2c3d4e5f6a7b8c9d|0",
    })
    void tellsWhereTheCredentialsBeginAfterTheirScheme(String value, int start) {
        assertEquals(start, AuthorizationCredentials.afterScheme(value, 0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"wget --header='Authorization: Bearer 4fT9xQ2mLk8ZpR1vW7yC' https://api.example.net/items\"|4fT9xQ2mLk8ZpR1vW7yC",
            "\"proxy log: auth=BEARER   9s8d7f6g5h4j3k2l1z0x.Qa, valid 1 h\"|9s8d7f6g5h4j3k2l1z0x.Qa",
            // talk about the scheme, a placeholder, a word after it, a scheme's word inside another word
            "\"The API wants a Bearer token; send Bearer <your token here> as the header.\"|",
            "\"Bearer authentication failed for the integration user\"|",
            "\"Unbearer 4fT9xQ2mLk8ZpR1vW7yC\"|",
            // letters alone are no token
            "\"Bearer abcdefghijklmnopqrstuvwxyz\"|",
    })
    void findsABearerTokenWhereverItsSchemeStands(String text, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected), Found.in(AuthorizationCredentials::findBearerTokens, text));
    }

    @Test
    void leavesATokenAFindingAlreadyHolds() {
        var text = "Authorization: Bearer 4fT9xQ2mLk8ZpR1vW7yC";
        var findings = new ArrayList<Finding>(List.of(Finding.of(EntityType.CREDENTIAL, text, 22, text.length())));
        AuthorizationCredentials.findBearerTokens(Text.of(text), findings);
        assertEquals(1, findings.size());
    }
}
