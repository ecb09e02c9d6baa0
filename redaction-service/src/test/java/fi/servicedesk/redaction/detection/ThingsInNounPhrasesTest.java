package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThingsInNounPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a common noun in lower case after a possessive is what one has, not a name
            "Ossian's bill grew.|Ossian;s;grew",
            // a word after the possessive that is no common noun keeps its mark
            "Ossian's ritva grew.|Ossian;s;ritva;grew",
    })
    void takesTheMarkOffNounsAfterAPossessive(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> ThingsInNounPhrases.unmark(s, tokens, marks), text, names);
    }
}
