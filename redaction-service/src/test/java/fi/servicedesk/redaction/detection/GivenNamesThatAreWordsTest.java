package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Given names that are also words or months: a name where a person cue stands beside them, the word elsewhere
 * (NamesAfterCues, FullNames, NotAPerson's naming words before the person's own address).
 */
class GivenNamesThatAreWordsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void takesAMonthAfterAGreetingAndLeavesItAfterAPreposition() {
        assertEquals(List.of("April"), Found.inOrder(detector, "Hei April, kiitos avusta!"));
        assertEquals(List.of(), Found.inOrder(detector, "The migration is planned for April."));
    }

    @Test
    void takesAWordNameBeforeASurnameAndLeavesTheWordInLowerCase() {
        assertEquals(List.of("Tuuli", "Kangas"), Found.inOrder(detector, "Tuuli Kangas soitti aamulla."));
        assertEquals(List.of(), Found.inOrder(detector, "Ulkona on kova tuuli ja sataa."));
    }

    @Test
    void takesANamingWordForAGivenNameBeforeTheAddressOfThatPerson() {
        assertTrue(Found.inOrder(detector, "Cc: Storm Featherstone <sfeatherstone@example.org>").contains("Storm"));
        assertTrue(Found.inOrder(detector, "Cc: Storm Urquhart <storm.urquhart@example.org>").contains("Storm"));
        assertEquals(List.of(), Found.inOrder(detector, "Storm Babet knocked out the Leeds link."));
        assertEquals(List.of(), Found.inOrder(detector, "Storm Babet knocked out the Leeds link; mail ops@example.org."));
    }
}
