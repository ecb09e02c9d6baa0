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
            // the head of a noun phrase after an article and a common word, or after a Swedish article
            "Ring Ossi: the garden robin sings.|Ring;Ossi;the;sings",
            "Ring Ossi: vi såg en lo i skogen.|Ring;Ossi;vi;såg;en;i;skogen",
            // a name no English word list holds stays, an apposition's
            "Ring Ossi: the intern jussi sings.|Ring;Ossi;the;jussi;sings",
    })
    void takesTheMarkOffTheHeadsOfNounPhrases(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> ThingsInNounPhrases.unmark(s, tokens, marks), text, names);
    }
}
