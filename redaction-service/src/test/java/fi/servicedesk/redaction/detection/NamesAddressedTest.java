package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one addressed before a comma and a Finnish question to them (NamesAddressed): "Minttu, voisitko …?"; in English
 * before "you" or a question to "you": "Ruusu, you're on mute".
 */
class NamesAddressedTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a name that is also a word, and one nobody knows
            "Minttu, voisitko hyväksyä tilauksen?|Minttu",
            "Xin, katsotko tätä huomenna?|Xin",
            "Kone on valmis. Ilona, ehditkö hakea sen?|Ilona",
            // in English, the second person or a question to it after the comma
            "<v Senait Woldemariam>Yes. Ruusu, you're on mute.|Senait;Woldemariam;Ruusu",
            "Shared the deck. Dawit, can you present it?|Dawit",
    })
    void findsTheOneAddressed(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // greetings, particles and products, a listed name Voikko reads as a word, and a name inside a sentence
            "Hei, voitko katsoa tätä? Okei, katsotko huomenna? Kiitos, ehditkö tänään?",
            "Eli, voisitko tarkistaa? Siis, katsotko? Joo, ehditkö? Teams, voitko?",
            "Tulostin, jota katsotko, on rikki.",
            "Sure, you can. Okay, can you share? Thanks, you too. Outlook, you know, is slow.",
    })
    void leavesGreetingsParticlesAndThings(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
