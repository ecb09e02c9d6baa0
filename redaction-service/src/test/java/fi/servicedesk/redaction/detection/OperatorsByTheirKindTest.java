package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperatorsByTheirKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // an operator named by a word and its kind
            "Aihe: numeronsiirto Moi Mobiili → Vilja Tele|Aihe",
            "Nykyinen operaattori on Kaamos Mobiili, ja sopimus|Nykyinen",
            "My PAC from Lyca Mobile was rejected twice.|My",
            "\"2027-04-16;+35824270654;Aurora Mobiili;hyväksytty\"|",
            // a person's mobile in a contact card, and a surname after a given name, stay
            "Sonja Mobile: 040 123 4567|Sonja;Mobile",
            "Sonja Mobile +358 40 123 4567|Sonja;Mobile",
            "Ask Anna Aurora Mobile about it|Ask;Anna;Aurora;Mobile",
    })
    void takesTheMarkOffOperators(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> OperatorsByTheirKind.unmark(s, tokens, marks), text, names);
    }
}
