package fi.servicedesk.ingest.subjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"040 123 4567", "+358 40 123 4567", "0401234567", "+358401234567", "(040) 123-4567", "00358401234567"})
    void finnishNumbersInAnyWrittenFormBecomeE164(String written) {
        assertEquals("+358401234567", Identifiers.e164(written));
    }

    @Test
    void emailIsTrimmedAndLowerCasedAndUsernameLowerCased() {
        var identifiers = Identifiers.normalised(" Matti ", " Matti.Virtanen@Example.COM ", "MVirtanen", null);
        assertEquals("Matti", identifiers.name());
        assertEquals("matti.virtanen@example.com", identifiers.email());
        assertEquals("mvirtanen", identifiers.username());
    }
}
