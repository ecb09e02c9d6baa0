package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnsNamingThingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a column titled by a record's state holds no one; the columns beside it keep their marks
            "nro;tila;tekijä\\nPRB-118;Suljettu;Hilkka Lampi\\nPRB-119;Keskeneräinen;Hilkka Lampi|Hilkka;Lampi;Hilkka;Lampi",
            "id\tPriority\tOwner\\n7781\tUrgent\tGrace Malone|Priority;Owner;Grace;Malone",
            "ärende,läge,handläggare\\nÄ-55,Stängd,\"Berg, Ylva\"|Berg;Ylva",
            // a CRM export's stage of the lead, one word or two
            "etunimi;sukunimi;elinkaaren vaihe\\nOlavi;Rautio;Liidi|Olavi;Rautio",
            "Name,Lifecycle stage\\nHollis Crane,Prospect|Name;Lifecycle;Hollis;Crane",
            // no state column, or a line past the table: the marks stay
            "nro;tekijä\\nPRB-118;Hilkka Lampi|Hilkka;Lampi",
            "id,status\\n7781,Closed\\n\\nBest wishes, Grace|Best;Grace",
            // a column titled by the member's boat holds no one; the columns beside it keep their marks
            "sukunimi;etunimi;vene;puhelin\\nKoskela;Helmi;Ellen Sofia;0401234567|Koskela;Helmi",
            "efternamn;båt;plats\\nLind;Duchess Anne;B-12|Lind",
            "Name,Boat name,Berth\\nTom Parry,Lady Maud,C4|Name;Boat;Berth;Tom;Parry",
            // no boat's column, or a line past the table: the marks stay
            "sukunimi;etunimi;puhelin\\nKoskela;Helmi;0401234567|Koskela;Helmi",
            "name,boat\\nTom Parry,Lady Maud\\n\\nBest wishes, Grace|Tom;Parry;Best;Grace",
    })
    void takesTheMarkOffTheWordsOfAColumnNamingAThing(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ColumnsNamingThings.unmark(s, tokens, marks), text, names);
    }
}
