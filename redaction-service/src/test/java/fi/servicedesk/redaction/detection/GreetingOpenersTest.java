package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreetingOpenersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a greeting opening a speaker's turn or a sentence before its comma
            "\"Asiakas [00:01:09]: Huomenta, Saimi täällä.\"|Asiakas;Saimi;täällä",
            "\"Hejsan! Gudrun här.\"|Gudrun;här",
            // a letter's salutation before the one addressed, who stays
            "\"Hyvä Kärkkäinen,\\nkiitos viestistä.\"|Kärkkäinen;kiitos;viestistä",
            "\"Kära Solveig,\"|Solveig",
            // a closing's first word before its noun ending the line
            "\"Kiitos.\\nYstävällisin terveisin\\nOrvokki Laitinen\"|Kiitos;terveisin;Orvokki;Laitinen",
            // the greetings, salutations and closings of German, French and Estonian; the one addressed stays
            "\"Hallo, hier ist Kasun.\"|hier;ist;Kasun",
            "\"Liebe Frieda,\\ndanke.\"|Frieda;danke",
            "\"Viele Grüße\\nKasun Perera\"|Kasun;Perera",
            "\"Mit freundlichen Grüßen\\nKasun Perera\"|freundlichen;Kasun;Perera",
            "\"Bien à vous,\\nEndang\"|à;vous;Endang",
            "\"Lugupidamisega\\nMari Tamm\"|Mari;Tamm",
            // a greeting's word for everyone, in fi, sv, en, de, fr
            "\"Hei kaikki,\\nHej alla,\\nHi all,\\nHallo zusammen,\\nBonjour à tous,\"|Hei;Hej;Hi;Hallo;Bonjour;à",
            // a name opening a sentence before a comma stays
            "\"Saimi, soita minulle.\"|Saimi;soita;minulle",
    })
    void takesTheMarkOffAGreetingsWords(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> GreetingOpeners.unmark(s, tokens, marks), text, names);
    }
}
