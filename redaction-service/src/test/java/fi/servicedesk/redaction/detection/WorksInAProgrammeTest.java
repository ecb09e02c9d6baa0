package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A programme's "Composer: Title" (WorksInAProgramme), with the name tagger on: the composer and the title are the
 * work's, a speaker or a label before a colon stays a person.
 */
class WorksInAProgrammeTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Programme: Sibelius: Symphony No. 2\\n\\nAccess coordinator Anna Virtanen|Anna;Virtanen",
            "Program: Alfvén: Midsommarvaka\\nKontakt: Eva Berg|Eva;Berg",
            // a title named after a person, after a programme's word
            "Ohjelmassa Merikanto: Juha. Kiitos, Matti Virtanen|Matti;Virtanen",
            // no programme's word: the title holds a work's kind
            "Konsertissa soi Vaughan Williams: The Lark Ascending, ja Anna Virtanen johtaa.|Anna;Virtanen",
    })
    void takesTheMarkOffTheWork(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a speaker opens the line, whatever the title holds
            "Anna Virtanen: Sinfonia nro 2 on loppuunmyyty?|Anna;Virtanen",
            "Aino: Symphony Hall is closed today.|Aino",
            // a label's person, and a programme's person before a title in lower case
            "Contact: Matti Virtanen: he will call back.|Matti;Virtanen",
            "Hei Anna, ohjelma: Matti Virtanen: avaussanat|Anna;Matti;Virtanen",
            // an IT desk's program, and an address's suite, in a message that speaks of no concert
            "Program: Anna Lee: Teams won't start.|Anna;Lee",
            "Parcel for Anna Lee: Suite 12, 4th floor, 10 Main Street.|Anna;Lee",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
