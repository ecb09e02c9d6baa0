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
            // a depot, a garage or a stop named after its founder's possessive; a person who bears the name stays
            "Location Ashcombes Parade stop; the passenger is not Joonatan Ashcombe.|Joonatan;Ashcombe",
            "Location Fulbrights Garage; the driver is not Heikki Fulbright.|Heikki;Fulbright",
            // a waterfront place named after a family's possessive
            "Moored next to Pascoes Quay; nothing for Heikki Pascoe.|Heikki;Pascoe",
            "Found near Nankivells Slipway, handed to Outi Rinne.|Outi;Rinne",
            "Not Rowes Boatyard; Aino Rowe has no booking.|Aino;Rowe",
            "Berth 4 at Penhaligons Jetty, skipper Outi Rinne.|Outi;Rinne",
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
            // a given name alone before a depot's, a garage's, a yard's or a corner's word is a person's
            "Hi Mark Corner, your ticket is updated.|Mark;Corner",
            "ok thanks Kevin Yard crew will load at 6|Kevin;Yard",
            "Hi Sarah Garage says the car is ready|Sarah;Garage",
            "Hi James Depot will call you back.|James;Depot",
            "Thanks Marcus Pier for the photos.|Marcus;Pier",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
