package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A person's initials before or after their name are part of its finding (Initials). */
class InitialsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void takesInitialsJoinedByAHyphenOrGluedBeforeASurname() {
        assertEquals(List.of("A.-L. Nieminen"), merged("Kiitos tiedosta.\n\nt.\nA.-L. Nieminen\n"));
        assertEquals(List.of("K.J. Ström"), merged("Ärendet godkändes av K.J. Ström i går."));
        assertEquals(List.of("S.-K. T. Virtanen"), merged("Allekirjoitukset:\n____ S.-K. T. Virtanen\n"));
    }

    @Test
    void takesRomanisedDoubleGivenNameInitialsWhoseSecondIsInLowerCase() {
        assertEquals(List.of("S.-h. Nieminen"), merged("Kiitos tiedosta.\n\nt.\nS.-h. Nieminen\n"));
        assertEquals(List.of("Virtanen J.-w."), merged("Hyväksyjät: Virtanen J.-w.\n"));
    }

    @Test
    void takesTheInitialAfterAName() {
        assertEquals(List.of("Mira S."), merged("11/4/27, 2:05 PM - Mira S.: can you ring me"));
        assertEquals(List.of("Sigurður G."), merged("Thanks for the help.\nRegards, Sigurður G.\n"));
        assertEquals(List.of("Mona V."), merged("[2027-02-14 16:37:28] Mona V.: jag kommer med nattbussen"));
        assertEquals(List.of("Virtanen K.-M."), merged("Hyväksyjät: Virtanen K.-M.\n"));
    }

    @Test
    void leavesTheInitialOfTheNextNameToIt() {
        assertEquals(List.of("Valma", "H. Virtanen"), merged("Hei, Valma H. Virtanen täällä."));
    }

    @Test
    void readsTheFinnishSignOffAsNoInitialUnlessAClosingLeadsToIt() {
        assertEquals(List.of("Aava"), merged("Lisäättekö osoitekirjaan? Kiitos!\nT. Aava\n"));
        assertEquals(List.of("T. Wong"), merged("The laptop is ready.\n\nKind regards,\nT. Wong\n"));
        assertEquals(List.of("T. P. Virtanen"), merged("Tiimiin tulee uusi jäsen.\n\nKiittäen\nT. P. Virtanen\n"));
    }

    @Test
    void leavesALetterAfterAThing() {
        assertEquals(List.of(), merged("Plan B. was to restore from tape."));
        assertEquals(List.of(), merged("Rakennus C. on suljettu."));
        assertEquals(List.of("Annalta"), merged("Kysy Annalta, hän tuntee vitamiinin D.AB-testin tulokset."));
    }

    private List<String> merged(String text) {
        return Redactor.merge(Found.findings(detector, text)).stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }
}
