package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two names joined by an ampersand are a firm's, also where a person bears one in another form (FirmsOfJoinedNames). */
class FirmsOfJoinedNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Sanna Tikanojas stuga ligger vid Lassila & Tikanoja.|Sanna;Tikanojas",
            "Tikanojalla ei ole koodia; katos on Lassila & Tikanoja vieressä.|Tikanojalla",
            "Lassila & Tikanojan jäteauto ei kuulu kauppaan.|",
            "Marks & Spencer refunded Harriet.|Harriet",
            // a name a person bears as written keeps its mark in the firm's name too
            "Pekka Tikanoja soitti; Lassila & Tikanoja ajaa.|Pekka;Tikanoja;Tikanoja",
            // the firm named twice is no person bearing its name
            "Lassila & Tikanojan jäteauto tulee; vastaa Lassila & Tikanojan jäteauto, ei Iivana Tikanojaa.|Iivana;Tikanojaa",
            // two given names so joined are two people
            "Please add Heikki & Jussi from the Oulu team.|Please;Heikki;Jussi;Oulu",
            // no ampersand, no firm
            "Lassila ja Tikanoja soittivat.|Lassila;Tikanoja",
    })
    void takesTheMarkOffAFirmOfJoinedNames(String text, String names) {
        MarkedWords.assertStay(FirmsOfJoinedNames::unmarkNamesakes, text, names);
    }
}
