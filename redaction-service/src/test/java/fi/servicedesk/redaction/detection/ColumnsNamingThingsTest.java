package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StateColumnsTest {

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
    })
    void takesTheMarkOffTheWordsOfAStateColumn(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> StateColumns.unmark(s, tokens, marks), text, names);
    }
}
