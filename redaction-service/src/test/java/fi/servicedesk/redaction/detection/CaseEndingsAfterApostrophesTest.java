package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseEndingsAfterApostrophesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the name's stem and a Finnish case ending after its apostrophe
            "Dubois'n kone|Dubois'n",
            "Moreau'lle, kiitos|Moreau'lle",
            "Benoît’n puolesta|Benoît’n",
            // an English possessive or contraction, a closing quotation mark, letters that are no ending: the stem alone
            "Anna's laptop|Anna",
            "Dubois' kone|Dubois",
            "Ndung'u soitti|Ndung",
            "Dubois|Dubois",
    })
    void takesInTheCaseEndingAfterAnApostrophe(String text, String name) {
        assertEquals(name, text.substring(0, CaseEndingsAfterApostrophes.end(text, stemEnd(text))));
    }

    /** Where the stem the rules mark ends: at its first character that is no letter. */
    private static int stemEnd(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    @Test
    void findsTheFullNameWithItsEnding() {
        var text = "Lähetin tunnukset Céline Moreau'lle, laturi toimii.";
        assertEquals(List.of("Céline", "Moreau'lle"), Found.inOrder(detector, text));
    }

    @Test
    void makesNoNameOfAThingWithAnEnding() {
        // the ending follows a name found; it finds none of its own
        assertEquals(List.of(), Found.inOrder(detector, "Renault'n huolto soitti ja Windows'n päivitys kaatui."));
    }
}
