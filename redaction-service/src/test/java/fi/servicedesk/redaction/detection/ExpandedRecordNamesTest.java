package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpandedRecordNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsTheValuesUnderANamesTitleInAnExpandedRecord() {
        var text = """
                hr=> SELECT * FROM henkilo WHERE id = 4;
                -[ RECORD 1 ]--+----------
                id             | 4
                etunimi        | Corinne
                sukunimi       | Kia
                osasto         | Talous
                -[ RECORD 2 ]--+----------
                first_name     | Grace
                last_name      | Penny
                """;
        var found = Found.in(detector, text);
        assertTrue(found.containsAll(java.util.List.of("Corinne", "Kia", "Grace", "Penny")), found.toString());
        assertFalse(found.contains("Talous"), found.toString());
    }

    @Test
    void leavesAFieldOfAnotherTitleAndATableWithoutARecord() {
        var found = Found.in(detector, """
                -[ RECORD 1 ]-+------
                tuote         | Excel
                förnamn saknas | Hjälp
                """);
        assertFalse(found.contains("Excel"), found.toString());
        assertFalse(found.contains("Hjälp"), found.toString());
    }
}
