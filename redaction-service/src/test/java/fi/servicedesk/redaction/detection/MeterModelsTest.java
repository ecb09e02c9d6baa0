package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeterModelsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // after a meter's noun, before a serial number's abbreviation (and a model's code)
            "Uusi osoite: Puistolantie 77, mittari Diehl Hydrus, sarjanumero 66H716875|Uusi;Puistolantie",
            "Mittari Landis+Gyr E360 (07B907167) on vaihdettu.|Mittari",
            "uusi Kamstrup Omnipower SN 05646414, asentaja Pekka Virtanen|Pekka;Virtanen",
            // a person before a serial number's label after a comma stays
            "Asentaja Pekka Virtanen, sarjanumero 05646414|Asentaja;Pekka;Virtanen",
            // a person the meter went to or was read with, named in a case after the meter's noun, stays
            "Vaihdoin mittarin Matti Virtaselle eilen.|Vaihdoin;Matti;Virtaselle",
            "Luin mittarin Anna Korhosen kanssa.|Luin;Anna;Korhosen",
            // the English meter noun is a word of its own; words that end in it are other things
            "The water meter Kamstrup Omnipower was swapped by Anna Berg.|The;Anna;Berg",
            "Check the parameter Anna Berg set, and the diameter Pekka Virtanen measured.|Check;Anna;Berg;Pekka;Virtanen",
    })
    void takesTheMarkOffAMetersMakeAndModel(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> MeterModels.unmark(s, tokens, words, marks), text, names);
    }
}
