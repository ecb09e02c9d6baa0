package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VesselColumnsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a column titled by the member's boat holds no one; the columns beside it keep their marks
            "sukunimi;etunimi;vene;puhelin\\nKoskela;Helmi;Ellen Sofia;0401234567|Koskela;Helmi",
            "efternamn;båt;plats\\nLind;Duchess Anne;B-12|Lind",
            "Name,Boat name,Berth\\nTom Parry,Lady Maud,C4|Name;Boat;Berth;Tom;Parry",
            // no boat's column, or a line past the table: the marks stay
            "sukunimi;etunimi;puhelin\\nKoskela;Helmi;0401234567|Koskela;Helmi",
            "name,boat\\nTom Parry,Lady Maud\\n\\nBest wishes, Grace|Tom;Parry;Best;Grace",
    })
    void takesTheMarkOffTheWordsOfABoatColumn(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> VesselColumns.unmark(s, tokens, marks), text, names);
    }
}
