package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FamilyWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a chat's speaker saved as kin, a greeting's and a sentence's word for a parent
            "\"[2027-02-25 16:33] Morfar: skickade guiden\"|",
            "\"Ukki: kone ei käynnisty\"|",
            "\"hi Mum, phone broke, this is my new number\"|",
            "\"Äiti soitti eilen.\"|",
            // beside another name it may be a given name of its own, and a given name that is a kin word stays
            "\"Kirjastokortti Li Nan nimelle ei toimi.\"|Kirjastokortti;Li;Nan",
            "\"Sisko ja veli käyttävät samaa konetta.\"|Sisko",
    })
    void takesTheMarkOffWhatAFamilyCallsItsOwn(String text, String names) {
        MarkedWords.assertStay(FamilyWords::unmark, text, names);
    }
}
