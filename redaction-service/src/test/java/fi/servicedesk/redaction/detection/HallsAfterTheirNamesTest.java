package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Halls, rooms and stages with the name they bear before their head (HallsAfterTheirNames), with the name tagger on:
 * the venue's words are no one's, a given name before the head is a person's.
 */
class HallsAfterTheirNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GUEST LIST – Symphony Hall, 15 July 2026\\nFrom: tour manager Anna Virtanen|Anna;Virtanen",
            "LOST PROPERTY #00499 – Usher Hall\\nFound by steward Tom Reed|Tom;Reed",
            "I bought two tickets (Elbow, Bridgewater Hall) and sent one to my friend Meera Hall.|Meera;Hall",
            // a founder's possessive before the head; a person who bears the surname singular stays
            "Booked the Purcells Room and Boults Hall; the caller is Jane Purcell.|Jane;Purcell",
            "Ticket holder Meera Hall, Symphony Hall, Stalls row 3|Meera;Hall",
            // a stage's or a hall's word before the stage's name, after a gate's letter
            "Legitimation visas vid ingång C. Scen Stenhammarscenen; Eva Stenhammars beställning är en annan.|Eva;Stenhammars",
            "Ovet klo 18.30, ovi B. Lava Madetoja-lava; Irja Madetojalta ei ole tilausta.|Irja;Madetojalta",
    })
    void takesTheMarkOffTheVenue(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a given name before the head, or a name before the word, is a person
            "Ask Albert Hall about the invoice. Imogen Hall and Autumn Hall too.|Albert;Hall;Imogen;Hall;Autumn;Hall",
            "Hi Jack Hall, your ticket is ready. Ngozi Hall called.|Jack;Hall;Ngozi;Hall",
            // a title before the surname alone
            "Mr Hall called about the refund.|Hall",
            // a venue's word that is a given name too, before a surname in "-hall"; a title before a surname in "s"
            "Sal Marshall called about the refund, please call him back.|Sal;Marshall",
            "Dr Adams Room 3 is free now.|Adams;Room",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
