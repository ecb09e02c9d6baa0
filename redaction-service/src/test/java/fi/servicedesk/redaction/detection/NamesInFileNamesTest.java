package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesInFileNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Liitteenä CV_Ilmari_Haapala.pdf, katso.|Ilmari;Haapala",
            // English words that are names in a personal document's name, or beside a name that is no word
            "Attached: offer_Swallow.docx|Swallow",
            "Attached: scan_Anneli_Brook.jpg|Anneli;Brook",
            "Sopimus on tiedostossa sopimus_Kettunen.docx.|Kettunen",
    })
    void findsANameInADocumentsFileName(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), Found.inOrder(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "See Budget_Final_Draft.xlsx and Windows_Update.log.",
            "Open Meeting_Notes_March.docx please.",
            "The file Teams_Backup.zip is corrupt.",
    })
    void leavesOtherFileNamesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
