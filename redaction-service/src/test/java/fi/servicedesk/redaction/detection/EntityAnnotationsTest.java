package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityAnnotationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // Rasa's markdown: the value of a person's entity in any form; another entity's value is left to the rules
            "`- välitä viesti [Ullalle Kangasniemelle](henkilo) numeroon [040 123](puhelin)`|Ullalle;Kangasniemelle",
            "`- ring [vesa](förnamn) nu`|vesa",
            // an annotation view's slot
            "`  [intent: reset 0.91] [slot person: Marjukka]`|Marjukka",
            "`  [slot city: Lahti]`|",
            // a JSON example: the value, and its words in the example's text in lower case
            "`{\"text\": \"please call oskari berg\", \"entities\": [{\"entity\": \"first_name\", \"value\": \"Oskari\"}, {\"entity\": \"last_name\", \"value\": \"Berg\"}]}`|oskari;berg;Oskari;Berg",
            // a link's text in markdown is no entity
            "`see [the guide](https://example.org) by Pekka`|",
    })
    void marksTheValuesOfAPersonsEntity(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> Annotations.apply(EntityAnnotations.read(s, tokens, null), marks),
                text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`- soita [Aarolle](etunimi)`|soita;Aarolle",
            "`[slot henkilo: Aaro]`|Aaro",
            "`{\"entity\": \"person\", \"value\": \"Aaro\"}`|Aaro",
    })
    void takesTheMarkOffTheEntitysName(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> Annotations.apply(EntityAnnotations.read(s, tokens, null), marks),
                text, names);
    }
}
