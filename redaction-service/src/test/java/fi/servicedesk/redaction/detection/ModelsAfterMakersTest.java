package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A car's or a device's model and its maker are no names (ModelsAfterMakers); capitalised words come marked. */
class ModelsAfterMakersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Kuljetus Hannalle sovittu, Honda Civic varattu.|Kuljetus;Hannalle",
            "Auto on Suzuki Vitara, avaimet Pekalla.|Auto;Pekalla",
            "The pool car is a Renault Zoe, ask Harriet.|The;Harriet",
            "Garmin Venu 3 won't pair with Tobias's phone.|Tobias",
            "Bilen är en Skoda Octavia, nyckeln hos Ebba.|Bilen;Ebba",
            "Logitech MX Keys för Linnea.|Linnea",
            // a maker's name after a given name is the person's surname
            "Harrison Ford called about the laptop.|Harrison;Ford",
            // a maker's name that is a given name, before a surname, is a person's
            "Kia Lehtonen soitti.|Kia;Lehtonen",
    })
    void takesTheMarkOffAModelAndItsMaker(String text, String names) {
        MarkedWords.assertStay(ModelsAfterMakers::unmark, text, names);
    }
}
