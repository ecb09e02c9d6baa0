package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WritersOwnNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Call me on", "My number is", "Soita minulle", "Numeroni on", "Saat mut kiinni numerosta",
            "Ring mig på", "Mitt nummer är", "Tavoitat MINUT numerosta"})
    void findsTheWritersPronoun(String words) {
        assertTrue(WritersOwnNumbers.givenIn(words, 0, words.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vid vattenläcka jourtelefon", "Home office line", "Customer service", "Mutterin numero",
            "Asiakaspalvelu mummolle"})
    void leavesOtherWords(String words) {
        assertFalse(WritersOwnNumbers.givenIn(words, 0, words.length()));
    }
}
