package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /**
     * The test asked before the detector is looked up must let every form through: the weak grade (Ukon,
     * Pekan, Matin), the -nen stem (Virtase-, Virtas-), a three-letter name's (Aho), a user name.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Matin", "Virtasta", "VIRTASELLE", "Pekan", "Laaksosta", "Ukon", "Ukkoa", "Ahon", "Ahoon",
            "Lin", "mvirtanen", "Nyholmille"})
    void identifiersThatMayBeInTheMessageAreLookedFor(String word) {
        var known = KnownIdentifiers.of("Matti Virtanen", "matti.virtanen@example.com", "mvirtanen", "Pekka Laaksonen");
        var others = KnownIdentifiers.of("Ukko Aho", null, null, "Li Nyholm");
        var message = Text.of("kiitos " + word + ", hyvää päivää");
        boolean found = !Found.findings(new KnownIdentifierDetector(known), message.value()).isEmpty()
                || !Found.findings(new KnownIdentifierDetector(others), message.value()).isEmpty();
        assertTrue(found, word);
        assertTrue(KnownIdentifierDetector.mayHoldAnyOf(known, message) || KnownIdentifierDetector.mayHoldAnyOf(others, message), word);
    }

    @Test
    void aMessageWithoutTheIdentifiersIsPassedOver() {
        var known = KnownIdentifiers.of("Matti Virtanen", "matti.virtanen@example.com", "mvirtanen", "Pekka Laaksonen");
        assertFalse(KnownIdentifierDetector.mayHoldAnyOf(known, Text.of("Tulostin ei toimi kolmannessa kerroksessa.")));
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
