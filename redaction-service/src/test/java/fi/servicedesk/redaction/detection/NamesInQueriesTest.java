package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesInQueriesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the value of a key that names a person's name
            "Avaa: https://crm.example.fi/new?etunimi=Ilmari&sukunimi=Haapala&tel=1|Ilmari;Haapala",
            "https://crm.example.com/leads?first=Amadou&last=N'Diaye|Amadou;N'Diaye",
            // any key's first word where the next is found a name
            "Profiili: https://intra.example.fi/people?q=Veli-Pekka+Haapala|Veli-Pekka;Haapala",
            // a log line's field, a surname written first before its given name
            "09:12:44 CHECKIN room=214 guest=Lindqvist-Oravainen, Saara by=frontdesk2|Lindqvist-Oravainen;Saara",
    })
    void findsANameGluedToAQuerysKey(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), Found.inOrder(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "https://example.fi/search?q=Printer+drivers&lang=fi",
            "https://example.fi/tickets?queue=Laskutus&id=42",
            "https://example.fi/x?name=ab&sort=Desc",
            "2026-05-02 10:01 level=Warning, disk almost full",
    })
    void leavesOtherQueryValuesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
