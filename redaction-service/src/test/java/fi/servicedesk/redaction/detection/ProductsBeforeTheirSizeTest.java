package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A product named before its volume is no person (ProductsBeforeTheirSize); capitalised words come marked. */
class ProductsBeforeTheirSizeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Astia on Molok Classic 5 m³, soita Pekalle.|Astia;Pekalle",
            "Otto 140 l -biojäteastia jäi tyhjentämättä, kertoi Pirkko.|Pirkko",
            "Harriet ordered an Otto 140 l bin.|Harriet",
            "Säiliö Rotex 1,5 m3 vuotaa, sanoi Pirkko.|Pirkko",
            "Tanken Clesana 200 liter är full, säger Ebba.|Ebba",
            // a person's full name before a volume, and a name before a weight or a length, stay
            "Pekka Virtanen 5 l maitoa.|Pekka;Virtanen",
            "Otto 80 kg ja Anna 170 cm ilmoittautuivat.|Otto;Anna",
            // a surname alone, or after a role's word, before a measure of fluid is a patient's or a pupil's
            "Potilas Virtanen 2 l nestettä vuorokaudessa.|Potilas;Virtanen",
            "Hoitaja kirjasi: Korhonen 1,5 l virtsaa.|Hoitaja;Korhonen",
            "Eleven Nyqvist 3 liter vatten per dag.|Eleven;Nyqvist",
            // a unit's letter that opens a word is no unit
            "Kalle 5 lähetystä odottaa.|Kalle",
    })
    void takesTheMarkOffAProductBeforeItsVolume(String text, String names) {
        MarkedWords.assertStay(ProductsBeforeTheirSize::unmark, text, names);
    }
}
