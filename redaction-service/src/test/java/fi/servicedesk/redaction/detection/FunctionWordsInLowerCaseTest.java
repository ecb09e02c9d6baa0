package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionWordsInLowerCaseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // nouns of time in lower case, where spoken Finnish also puts names; a given name in capitals stays
            "ehditkö sille viikolle, Ilta?|ehditkö;sille;Ilta",
            "siirrä se seuraavalle päivälle|siirrä;seuraavalle",
            "siirretään seuraavaan vuoroon|siirretään;seuraavaan",
            "soitin sille Jarille|soitin;sille;Jarille",
            "kysy aamulle, se tietää|kysy;aamulle;tietää",
            // a common English noun after a preposition; a name there stays
            "she closed it by accident|she;closed;it;by",
            "ask about hunter|ask;about;hunter",
            // a Swedish object pronoun after a preposition
            "ge koden bara till henne, inte honom|ge;koden;bara;till;inte",
            // a possessive's or contraction's letter after an apostrophe
            "Olivia's dock isn't here|Olivia;dock;isn;here",
            "Olivia’s dock|Olivia;dock",
    })
    void takesTheMarkOffWordsOfTimeAndAnApostrophesLetter(String text, String names) {
        MarkedWords.assertStayOfAll(FunctionWordsInLowerCase::unmark, text, names);
    }
}
