package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColonInflectionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a case ending after a colon: a product's or a firm's name, not a person's
            "\"Korjattu Esko:iin, kertoi Pekka.\"|Korjattu;Pekka",
            "\"Lasku on Rondo:ssa ja Netvisor:sta puuttuu.\"|Lasku",
            // a speaker's colon before a word, and a name inflected straight, stay
            "\"Esko: ja sitten Liisa.\"|Esko;Liisa",
            "\"Soita Eskolle.\"|Soita;Eskolle",
    })
    void takesTheMarkOffWordsInflectedAfterAColon(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ColonInflections.unmark(s, tokens, marks), text, names);
    }
}
