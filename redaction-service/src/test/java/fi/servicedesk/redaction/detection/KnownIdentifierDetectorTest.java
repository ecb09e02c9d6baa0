package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the agent will call you back|''",
            "the agents are busy, an agent will call|''",
            "Agent will call you back|Agent",
            "agentti soittaa takaisin, agentin mukaan|''",
            "Liisa Agent here, how can I help?|Liisa,Agent",
            "kiitos Liisa Agentille avusta|Liisa,Agentille",
            "liisa-agent kirjautui|liisa,agent",
            "thanks, Agent, and bye|Agent",
            "the agent Liisa|Liisa",
    })
    void aNamePartThatIsAnOrdinaryWordCountsOnlyWhereItIsUsedAsAName(String text, String expected) {
        var agent = new KnownIdentifierDetector(KnownIdentifiers.of("Matti Virtanen", null, null, "Liisa Agent"));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), Found.in(agent, text));
    }

    @Test
    void aSurnameThatIsAWordStaysAWordInLowerCaseAlone() {
        var laine = new KnownIdentifierDetector(KnownIdentifiers.of("Anna Laine", null, null, null));
        assertEquals(List.of(), Found.in(laine, "iso laine tuli rantaan"));
        assertEquals(List.of("Laineen"), Found.in(laine, "puhuin eilen Laineen kanssa"));
        assertEquals(List.of("anna", "laine"), Found.in(laine, "terveisin anna laine"));
    }

    @Test
    void aKnownNameOfATeamsWordsIsATeamNoPersonsName() {
        var team = new KnownIdentifierDetector(KnownIdentifiers.of(null, null, null, "Service Desk"));
        assertEquals(List.of(), Found.in(team, "Kind regards\nF. Hardy\nService Owner"));
        assertEquals(List.of(), Found.in(team, "Thanks, Service Desk"));
        assertEquals(List.of(), Found.in(team, "Terveisin\nService Desk / Palvelupiste"));
        assertEquals(List.of(), Found.in(team, "starts on the service desk today"));
        var agent = new KnownIdentifierDetector(KnownIdentifiers.of(null, null, null, "Liisa Agent"));
        assertEquals(List.of("Liisa", "Agent"), Found.in(agent, "Thanks, Liisa Agent"));
    }

    @Test
    void apiIdentifiersAreClassifiedIntoNamesAndUserNames() {
        var known = KnownIdentifiers.classify(List.of("Anna Laine", "alaine", "anna.laine@firma.fi"));
        assertEquals(List.of("Anna Laine", "anna", "laine"), known.names());
        assertEquals(List.of("alaine", "anna.laine"), known.usernames());
    }
}
