package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The name rules ask whether a word of the text is a product, maker or service-desk word without copying it: the answer is the copy's. */
class ThingsAndMakersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Teams", "TEAMS", "teams", "Dell", "dell", "Will", "Hirvonen", "Matti", "Elisa", "ServiceNow",
            "Wednesday", "Tiimi", "Teamsissa", "\u212Aing"})
    void aWordOfTheTextIsAThingOrMakerAsItsLowerCasedCopyIs(String word) {
        var text = "ks. " + word + ", kiitos";
        int start = 4;
        int end = start + word.length();
        var lower = word.toLowerCase(Locale.ROOT);
        assertEquals(NameLexicon.isThingOrWord(lower), NameLexicon.isThingOrWord(text, start, end), word);
        assertEquals(NameLexicon.isMaker(lower), NameLexicon.isMaker(text, start, end), word);
    }
}
