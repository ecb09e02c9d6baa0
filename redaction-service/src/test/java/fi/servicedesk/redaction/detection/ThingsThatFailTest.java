package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A subject that fails as software fails is a thing (ThingsThatFail); capitalised words come marked. */
class ThingsThatFailTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // what only a system suffers, or a subject of more words
            "Kat reckons Siri is down for maintenance tonight.|Kat",
            "Wells Fargo is down again.|",
            "Kuulin, että Hudson Portal on taas pystyssä.|Kuulin",
            // a given name alone before what is said of people too stays a name
            "Mikko vastaa hitaasti tänään, hän on koulutuksessa.|Mikko",
            "Pekka on taas pystyssä.|Pekka",
            "Pekka ei tallenna tiedostoja verkkolevylle.|Pekka",
            "Sarah won't save her work.|Sarah",
            "Sarah won't save.|Sarah",
            "Pekka is down.|Pekka",
    })
    void takesTheMarkOffAThingThatFails(String text, String names) {
        MarkedWords.assertStay(ThingsThatFail::unmark, text, names);
    }
}
