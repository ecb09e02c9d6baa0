package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An invitation's attendees are named by their CN; the syntax around them, rooms and time zones name no one (CalendarProperties). */
class CalendarPropertiesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @Test
    void findsTheCommonNamesOfTheOrganiserAndTheAttendeesButNotOfARoom() {
        var text = """
                Kutsu ei näy Sigurdin kalenterissa:
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                ORGANIZER;CN="Rautiola, Kerttu-Maaria":mailto:k.rautiola@firma.fi
                ATTENDEE;CN="el-Masri, Rania":mailto:rania@firma.fi
                ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Fredrik J. Vallgren:mailto:fv@firma.fi
                ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;CN=Kokoushuone Tammi:mailto:tammi@firma.fi
                DTSTART;TZID=Europe/Helsinki:20300114T090000
                LOCATION:Kokoushuone Tammi
                END:VEVENT
                END:VCALENDAR""";

        assertEquals(List.of("Sigurdin", "Rautiola", "Kerttu-Maaria", "el-Masri", "Rania", "Fredrik", "J. Vallgren"), Found.inOrder(detector, text));
    }

    @Test
    void readsAnyLineWhoseNameIsNotInCapitalsAsText() {
        // A description's line "Varahenkilö: …" is prose, not a property: the name after it is found.
        var text = "BEGIN:VEVENT\nDESCRIPTION:Lomalla\nVarahenkilö: Outi Kallunki\nEND:VEVENT";

        assertEquals(List.of("Outi", "Kallunki"), Found.inOrder(detector, text));
    }
}
