package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names where the words around them, or the word itself, could also be a thing's. */
class NamesBesideThingWordsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // in lower case an English word that is only a surname is the word; a given name stays one
            "Just grant it for a week, thanks Jarmo.|Jarmo",
            "ta daisy, se toimii nyt|daisy",
            // a given name alone before a failure said of people too is the person
            "Pekka is down.|Pekka",
            "Pekka on jumissa.|Pekka",
            "Pekka is down again, Jarmo said.|Pekka;Jarmo",
            "Kuulin, että Pekka kaatui.|Pekka",
            // a thing's state after a conjunction, after a firm's possessive name, and before a time
            "Kuulin Jarmolta, että Jenkins kaatuu joka aamu.|Jarmolta",
            "Lähetin Jarmolle ohjeet, mutta Paulig ei vieläkään toimi.|Jarmolle",
            "Hi, it's Jarmo Hirvonen, Jack Daniel's keeps crashing.|Jarmo;Hirvonen",
            "Sent Jarmo the logs; Milton Keynes still pending.|Jarmo",
            // a name in the essive after a thing's word in a case of its own: as whom someone is there
            "Hän on järjestelmässä Ahtiaisena, ei omalla nimellään.|Ahtiaisena",
            "Hänet kirjattiin järjestelmään Markuksena.|Markuksena",
            // the Swedish genitive of a name found before, and one owning a noun that would make a thing of a name
            "Could you reset MFA for Toivo Grönqvist? Grönqvists phone was stolen.|Toivo;Grönqvist;Grönqvists",
            "Ulla godkände ändringen, Karin-Stinas team tar över.|Ulla;Karin-Stinas",
    })
    void findsThePeople(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a failure only software has, or a subject of more words, is a thing's
            "Cassandra won't open.",
            "Wells Fargo is down again.",
            "Hope Portal is down.",
            // a thing's own name beside its kind's word
            "Tulostin Kuikka on taas jumissa.",
    })
    void leavesThingsThatFail(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
