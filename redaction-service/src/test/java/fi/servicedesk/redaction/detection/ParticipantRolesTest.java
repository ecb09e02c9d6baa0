package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A participant's role or a delegate's access alone in a cell is no name (ParticipantRoles). */
class ParticipantRolesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @Test
    void findsNoNameInARoleCellButTheNamesBesideIt() {
        var text = "\"Veikko Laasonen\",\"09:02\",\"Presenter\"\n\"Greta Lindvall\" (External),\"09:05\",\"Attendee\"\n"
                + "Kalender    Laasonen Veikko    {Editor}    Delegate\n";

        var found = Found.inOrder(detector, text);

        assertEquals(List.of(), found.stream().filter(List.of("Presenter", "External", "Attendee", "Editor", "Delegate")::contains).toList());
        assertEquals(true, found.containsAll(List.of("Veikko", "Laasonen", "Greta", "Lindvall")), found.toString());
    }
}
