package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What stays marked after each rule of a thing's phrase, when every capitalised word was marked as a name. */
class ThingsInPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Needleman–Wunsch is slow on long reads.|",
            "We checked the Cauchy–Schwarz bound twice.|We",
            // two given names so joined are a typed double given name
            "Anna–Liisa called about it.|Anna;Liisa",
    })
    void twoNamesJoinedByAnEnDashNameATheorem(String text, String names) {
        MarkedWords.assertStay(Eponyms::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Biscuit the beagle chewed the cable.|",
            "Hudson is the old build server, still up.|",
            "Pip was a rescue dog from Tampere.|Tampere",
            // a person's role after the copula
            "Liisa is the assistant to the CEO.|Liisa",
            "Matti the intern fixed it.|Matti",
    })
    void aNameBeforeItsKindIsAThing(String text, String names) {
        MarkedWords.assertStay((x, tokens, words, marks) -> ThingsInNounPhrases.unmark(x, tokens, marks), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Order a new Hoover vacuum for Matti.|Order;Matti",
            "Bring the spare Anker charger.|Bring",
            // no common noun after the name
            "Ask the new Matti about it.|Ask;Matti",
    })
    void anAdjectiveOfThingsAfterADeterminerMakesAThing(String text, String names) {
        MarkedWords.assertStay(ThingsAfterDeterminers::unmark, text, names);
    }
}
