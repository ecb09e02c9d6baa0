package fi.servicedesk.redaction.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link RedactionEvaluationTest} counts a labelled value as left in clear in the redacted output. */
class ValuesLeftInClearTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Soita Clarkille. Clark soitti.|Clark|true",
            "Clark|Clark|true",
            "(Clark)|Clark|true",
            "Virtanen-säätiö|Virtanen|true",
            // a kept shop's name that holds the person's: the shop, not the person
            "Kengät ostettiin Clarksilta, [NAME_1] soitti.|Clark|false",
            "the order at Clarks|Clark|false",
            "Annan [NAME_2]|Anna|false",
            "login anna2|anna|false",
    })
    void countsAValueThatStandsAsAWord(String output, String value, boolean leaked) {
        assertEquals(leaked, RedactionEvaluationTest.standsAsWord(output, value));
    }
}
