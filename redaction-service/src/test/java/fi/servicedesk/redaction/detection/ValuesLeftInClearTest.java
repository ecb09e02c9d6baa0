package fi.servicedesk.redaction.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link RedactionEvaluationTest} counts a labelled value as left in clear in the redacted output. */
class ValuesLeftInClearTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the message with the labelled value in brackets | the output | left in clear
            "[Clark] soitti.|Soita Clarkille. Clark soitti.|true",
            "[Clark]|Clark|true",
            "Kysy ([Clark]).|(Clark)|true",
            "[Clark] soitti.|Clark-säätiö|true",
            // a kept shop's or street's name that holds the person's: the shop, not the person
            "[Clark] soitti.|Kengät ostettiin Clarksilta, [NAME_1] soitti.|false",
            "[Clark] called.|the order at Clarks|false",
            "[Anna] soitti.|Annan [NAME_2]|false",
            "[Matti] soitti.|Mattilantie 4, [NAME_1] soitti.|false",
            // a value glued to its neighbour in the message counts wherever it is glued in the output
            "[Matti]Virtanen kirjautui|MattiVirtanen kirjautui|true",
            "[Matti]Virtanen kirjautui|Matti[NAME_1] kirjautui|true",
            "Matti[Virtanen] kirjautui|Mattilantie, ei Virtasta|false",
    })
    void countsAValueBoundedAsTheMessageBoundsIt(String bracketed, String output, boolean leaked) {
        int start = bracketed.indexOf('[');
        int end = bracketed.indexOf(']') - 1;
        String message = bracketed.replace("[", "").replace("]", "");
        assertEquals(leaked, RedactionEvaluationTest.standsAsWritten(output, message.substring(start, end), message, start, end));
    }
}
