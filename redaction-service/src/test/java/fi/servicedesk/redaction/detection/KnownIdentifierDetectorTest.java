package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KnownIdentifierDetectorTest {

    private final KnownIdentifierDetector detector = new KnownIdentifierDetector(
            KnownIdentifiers.of("Matti Virtanen", "matti.virtanen@example.com", "mvirtanen", "Pekka Laaksonen"));

    @ParameterizedTest
    @ValueSource(strings = {"Matti", "MATTI", "matti", "Matin", "Matille", "Mattia", "Virtanen", "Virtasen",
            "Virtaselle", "Virtasta", "Pekka", "Pekan", "Pekalle", "Laaksosen"})
    void findsNamesInAnyCaseAndInflection(String word) {
        var findings = Found.findings(detector, "kiitos " + word + ", hyvää päivää");
        assertEquals(1, findings.size(), word);
        assertEquals(EntityType.NAME, findings.getFirst().type());
    }

    @Test
    void inflectedFormsShareTheBaseForm() {
        var values = Found.findings(detector, "Matti ja Matin ja Matille").stream().map(Finding::value).distinct().toList();
        assertEquals(List.of("matti"), values);
    }

    @Test
    void findsUserNamesAsWholeTokens() {
        assertEquals(List.of("MVirtanen"), Found.in(detector, "tunnus MVirtanen. lukittu"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mattilan koulu", "virtalähde", "pekkanen", "mvirtanen2 on eri tunnus"})
    void leavesOtherWordsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void apiIdentifiersAreClassifiedIntoNamesAndUserNames() {
        var known = KnownIdentifiers.classify(List.of("Anna Laine", "alaine", "anna.laine@firma.fi"));
        assertEquals(List.of("Anna Laine", "anna", "laine"), known.names());
        assertEquals(List.of("alaine", "anna.laine"), known.usernames());
    }
}
