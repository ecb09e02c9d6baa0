package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThingsOneIsInTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a town, a room or a system after Swedish "i"
            "Kontoret ligger i Kristianstad, säger Greta Lund.|Kontoret;Greta;Lund",
            "Vi stoppade gallring i Heeros, säger Bo Ek.|Vi;Bo;Ek",
            "mötet i Sankta Clara flyttas|null",
            // a genitive owns what follows; "i" between two names is Polish or Croatian "and"
            "Den står i Qamars rum.|Den;Qamars",
            "Rozmawiałem z Janem i Anną wczoraj.|Rozmawiałem;Janem;Anną",
            // a workplace or a ship after a verb of working or being left and "på"; not after a verb that takes a person
            "Min granne Ebba Lund arbetar på Karolinska Huddinge.|Min;Ebba;Lund",
            "Datorn glömdes på Viking Grace.|Datorn",
            "Hon jobbar på Annas avdelning.|Hon;Annas",
            "Vi väntar på Anna Berg.|Vi;Anna;Berg",
            // English "in" after an English word, but for a verb that brings a person in and a person's genitive
            "There is no report in Personec, says Anna Berg.|There;Anna;Berg",
            "Can we loop in Imogen from security?|Can;Imogen",
            "The order is in Meiju's name.|The;Meiju",
            "Washington says the office in Washington is down.|Washington;Washington",
            // nor after a capitalised word; Finnish has no such word
            "Ask Anna in Espoo|Ask;Anna;Espoo",
    })
    void takesTheMarkOffWhatSwedishAndEnglishPlaceIn(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ThingsOneIsIn.unmark(s, tokens, marks), text,
                "null".equals(names) ? null : names);
    }
}
