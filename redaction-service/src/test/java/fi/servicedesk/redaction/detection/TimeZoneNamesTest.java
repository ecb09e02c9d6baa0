package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Time zones' names and a dial-in list's places name no one (TimeZoneNames, DialInPlaces). */
class TimeZoneNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @Test
    void findsNoNameInAZonesIdentifierOrAWindowsZoneName() {
        var text = "The rota is exported in America/Indiana/Marengo, but Sinikka Harju's laptop says Eastern Standard Time "
                + "and the room panel Europe/Dublin.";

        assertEquals(List.of("Sinikka", "Harju"), Found.inOrder(detector, text));
    }

    @Test
    void findsNoNameInTheCitiesOfADialInList() {
        var text = "Dial in:\n+353 1 555 0199,,771203#   Ireland, Dublin\n+44 113 496 0001,,771203#   United Kingdom, Leeds\n"
                + "Host: Orla Gallagher";

        assertEquals(List.of("Orla", "Gallagher"), Found.inOrder(detector, text));
    }

    @Test
    void findsNoNameInAWindowsZonesCitiesAfterItsOffset() {
        var text = "Aika: 20.3.2027 klo 16.54 (UTC+02:00) Helsinki, Kiova, Riika, Sofia, Tallinna, Vilna\nJärjestäjä: Jógvan Lindholm";
        assertEquals(List.of("Jógvan", "Lindholm"), Found.inOrder(detector, text));
        text = "När: 2027-01-20 11:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\nOrganisatör: Torsten Lassfolk";
        assertEquals(List.of("Torsten", "Lassfolk"), Found.inOrder(detector, text));
        text = "When: 10 August 2026 (UTC-05:00) Eastern Time (US & Canada). Sofia Lindholm will host.";
        assertEquals(List.of("Sofia", "Lindholm"), Found.inOrder(detector, text));
    }

    @Test
    void findsNoNameInTheCityAfterAnInvitationsTime() {
        var text = "Orla Gallagher is inviting you to a scheduled Zoom meeting.\nTime: 2027-08-15 00:09 London\n\nJoin: https://zoom.us/j/1";
        assertEquals(List.of("Orla", "Gallagher"), Found.inOrder(detector, text));
        text = "Aika: 15.4.2026 09:00 AM Helsinki\nJärjestäjä: Jógvan Lindholm";
        assertEquals(List.of("Jógvan", "Lindholm"), Found.inOrder(detector, text));
        // a name in a sentence after the time stays
        text = "Time: 10:00 Orla Gallagher will host.";
        assertEquals(List.of("Orla", "Gallagher"), Found.inOrder(detector, text));
    }
}
