package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The other half of a name found beside it, where it can be nothing else (NamesBesideNames). */
class NamesBesideNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @Test
    void marksAnUnknownHyphenedOrInnerCapitalWordBesideAName() {
        var found = Found.inOrder(detector, "Absent today: Hsu Wei-lun and Ruairidh MacAskill, both on leave.");

        assertEquals(true, found.containsAll(List.of("Wei-lun", "MacAskill")), found.toString());
    }

    @Test
    void marksAWordBesideANameFoundOnlyByItsRepetition() {
        var found = Found.inOrder(detector, "Paged: MacLennan Eilidh, NicAmhlaoibh Mairead\n09:12 Acknowledged by Mairead NicAmhlaoibh\n");

        assertEquals(true, found.contains("NicAmhlaoibh"), found.toString());
    }

    @Test
    void leavesAWordOfTheLanguageAndAnEponymsPossessiveBesideAName() {
        var found = Found.inOrder(detector, "Thanks Maija Laaksonen Murphy's law struck again on the Calendar Team page. "
                + "Supplier Lindqvist & Sons, contact Maija Laaksonen.");

        assertEquals(List.of(), found.stream().filter(List.of("Murphy", "Murphy's", "Calendar", "Team", "Lindqvist")::contains).toList());
    }

    @Test
    void marksAFirmsWordAfterADoubleGivenNameAsTheSurname() {
        var found = Found.inOrder(detector, "Huom. Pirjo-Riitta Fazerin esihenkilö vaihtui kesällä.");

        assertEquals(true, found.contains("Fazerin"), found.toString());
    }

    @Test
    void marksAMakersNameInACaseAfterANameAsTheSurname() {
        var found = Found.inOrder(detector, "Kyyti lähtee Ford Transit Custom; Mikkoi-Olekso Fordille ei ole tilausta. "
                + "Valitus ei koske Jaako-Hotti Fordia eikä Petri Fordiin.");

        assertEquals(true, found.containsAll(List.of("Fordille", "Fordia", "Fordiin")), found.toString());
        assertEquals(List.of(), found.stream().filter("Ford"::equals).toList(), found.toString());
    }

    @Test
    void leavesAMakersNameInACaseAfterAVerbOrANameInALocalCase() {
        // Only the name marked before the rule: the car after a name in the allative stays unmarked.
        MarkedWords.assertStay((text, tokens, words, names) -> {
            for (int t = 0; t < names.length; t++) {
                names[t] = tokens.is(t, "pekalle");
            }
            NamesBesideNames.mark(text, tokens, words, names);
        }, "Ajoin Fordilla, ja Pekalle Fordista jäi hyvä mieli.", "Pekalle");
    }

    @Test
    void leavesAPlaceAfterADoubleGivenName() {
        // Only the double given name marked before the rule: the place after it stays unmarked.
        MarkedWords.assertStay((text, tokens, words, names) -> {
            for (int t = 0; t < names.length; t++) {
                names[t] = tokens.is(t, "pirjo-riitta");
            }
            NamesBesideNames.mark(text, tokens, words, names);
        }, "Soitin Pirjo-Riitta Helsingistä eilen.", "Pirjo-Riitta");
    }

    @Test
    void leavesASwedishFocusAdverbBeforeTheNameItSinglesOut() {
        var found = Found.inOrder(detector, "Ingen ringde tillbaka. Bara Sture Lindqvist i kassan var trevlig.");

        assertEquals(List.of(), found.stream().filter("Bara"::equals).toList(), found.toString());
        assertEquals(true, found.contains("Sture"), found.toString());
    }
}
