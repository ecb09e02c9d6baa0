package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesBeforeHonorificsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Watanabe-san from the Kyoto office called.|Watanabe",
            "The invoice went to Yamada-sama yesterday.|Yamada",
    })
    void findsTheNameBeforeAnHonorific(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), Found.inOrder(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Avaa Teams-sanasto ja Outlook-sanakirja.",
            "the pre-sanitised data",
    })
    void leavesOtherHyphenatedWordsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
