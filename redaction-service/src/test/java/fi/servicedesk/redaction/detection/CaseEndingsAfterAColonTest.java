package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseEndingsAfterAColonTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Tein Rondo:ssä tilauksen, kertoi Pekka.|Tein;Pekka",
            "Coupa:sta ei tule mitään, sanoo Aino.|Aino",
            // a speaker's label and a name glued to its ending stay
            "Aino: ssa-tunnus ei toimi, Rondolla ei myöskään.|Aino;Rondolla",
    })
    void takesTheMarkOffASystemWithItsCaseEndingAfterAColon(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> CaseEndingsAfterAColon.unmark(s, tokens, marks), text, names);
    }
}
