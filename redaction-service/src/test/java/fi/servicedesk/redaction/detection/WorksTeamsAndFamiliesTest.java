package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Titles read or watched, teams in a match, a country's people's words and a family's plural: TitlesOfWorks,
 * CompoundNouns, TeamsInMatches, InhabitantWords and FamilyPlurals.
 */
class WorksTeamsAndFamiliesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a verb of reading, watching or listening before the title; an owner's possessive or genitive stays a person
            "Jarmo Hirvonen is reading Robinson Crusoe on the tablet.|Jarmo;Hirvonen",
            "We watched Billy Elliot and the stream froze, says Pekka.|Pekka",
            "My son keeps listening to Peggy Sue on the speaker, Jarmo says.|Jarmo",
            "Jarmo said I read Matti's mail.|Jarmo;Matti",
            "Pekka luki Peppi Pitkätossua, kun kone kaatui.|Pekka",
            "Pekka luki Matin viestin.|Pekka;Matin",
            "Jag läser Emil Svenssons stora resa på plattan, skriver Jarmo.|Jarmo",
            "Jag läste Anna Berggrens mejl igår.|Anna;Berggrens",
            // a verb of borrowing, renewing, reserving or returning a loan; a person lent to stays a person
            "I borrowed Oliver Twist and the app crashed, says Jarmo.|Jarmo",
            "Eilen lainasin Anna Liisan, kertoo Pekka.|Pekka",
            "Hon lånade Pippi Långstrump, säger Jarmo.|Jarmo",
            "We reserved Anna Berg a seat.|Anna;Berg",
            "Eilen lainasin Matti Virtaselle laturin.|Matti;Virtaselle",
            "I returned Anna Berg's laptop.|Anna;Berg",
            // a name with an epithet after "the"; a noun after "the" is an apposition
            "The club is on Ivan the Terrible this week, Jarmo says.|Jarmo",
            "Ask Maria the Teams admin.|Maria",
            "Jarmo has the laptops and Maria the Zoom backlog.|Jarmo;Maria",
            // a work's noun joined with a space and a hyphen
            "Pekka Virtanen osti Harry Potter -kirjan.|Pekka;Virtanen",
            "Taustakuvana on Kalle Anka ja Tähtien sota -juliste, kertoi Jarmo.|Jarmo",
            "Tuntematon sotilas -elokuva ei pyöri, sanoi Jarmo.|Jarmo",
            "Taustana on Mona Lisa ja Tähtien sota -kuva, kertoi Jarmo.|Jarmo",
            "Matti kertoi sota -kuvasta.|Matti",
            // teams on either side of a match
            "We watched Leeds beat Marco Polo United and the stream died, Jarmo says.|Jarmo",
            "Jokerit vs Ilves jäi kesken, kertoi Pekka.|Pekka",
            "Yesterday Anna beat Matti at chess.|Anna;Matti",
            // a country's people's word before a word in lower case
            "Please ring Jarmo on his Irish number.|Jarmo",
            // a family's plural after "the": a surname the message names, or one the lists know
            "The Hendersons' router broke; Ruth Henderson asked.|Hendersons;Ruth;Henderson",
            "Our neighbours, the Okonkwos, share the Wi-Fi with Chidi Okonkwo.|Okonkwos;Chidi;Okonkwo",
            "Then Anna met the Browns.|Anna",
            "Lähdemme Korpisten mökille, Virtaset tulevat myös.|Korpisten;Virtaset",
            // a vessel travelled on; a person travelled with
            "Vi reste med Polar Express, säger Jarmo.|Jarmo",
            "We sailed on Pacific Dawn and Jarmo lost his phone.|Jarmo",
            "Vi åkte med Anna Berg till Åbo.|Anna;Berg",
            "The laptop stayed aboard Queen Victoria, Jarmo says.|Jarmo",
    })
    void findsOnlyThePeople(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norwegian|NO", "Bhutanese|BT", "Fijian|FJ", "German|DE", "Icelandic|IS", "Irish|IE", "ruotsalainen|SE",
            "fidžiläiseen|FJ", "bhutanilainen|BT", "spanskt|ES", "isländskt|IS", "svenskt|SE", "Italian|IT",
    })
    void namesTheCountryOfItsPeoplesWord(String word, String region) {
        assertEquals(region, InhabitantWords.region(word, 0, word.length()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FIDŽILÄISTEN|FJ", "Holländska|NL", "ISLÄNDSK|IS", "Brittiläinen|GB"})
    void readsThePeoplesWordInCapitalsAndWithItsMarks(String word, String region) {
        assertEquals(region, InhabitantWords.region(word, 0, word.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ελληνικά", "Şenol", "Ñandú", "Œuvre"})
    void leavesWordsOfNoCountrysPeopleAloneInAnyScript(String word) {
        assertEquals(null, InhabitantWords.region(word, 0, word.length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Morgan", "Christian", "Jordan", "Susan", "Roman", "Brian"})
    void leavesNamesEndingLikeOneAlone(String word) {
        assertEquals(null, InhabitantWords.region(word, 0, word.length()));
    }
}
