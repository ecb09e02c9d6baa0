package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Buildings named after people (BuildingsNamedAfterPeople), with the name tagger on: the name before a building's word
 * is the building's, unless a given name comes before it.
 */
class BuildingsNamedAfterPeopleTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sites covered: Darwin Court, 57 Baker Street. Contact Helmi Virtanen.|Helmi;Virtanen",
            // a depot or a stop named after a row of shops; a passenger who bears the name stays
            "Location Kebles Parade stop; the passenger is not Joonatan Keble.|Joonatan;Keble",
            "Location Shillibeers Garage; the passenger is not Heikki Shillibeer.|Heikki;Shillibeer",
            // a person who bears the name as written keeps it there too
            "Sites covered: Darwin Court. Contact Charles Darwin.|Darwin;Charles;Darwin",
            "Courier to Mabel Thistlewood at Albert Dock.|Mabel;Thistlewood",
            "Lead Source: Trade fair, Royal Albert Hall. Owner Outi Rinne.|Outi;Rinne",
            "Block: Elizabeth Towers, 17 Kingsway. Tenant: Helmi Virtanen|Helmi;Virtanen",
    })
    void keepsTheBuilding(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rachel Ann Court called about her laptop.|Rachel Ann;Court",
            "Ask Albert Hall about the invoice.|Albert;Hall",
            "Royal took the call; Amira Tower forwarded it.|Royal;Amira;Tower",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
