package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A verb or possessive that opens a sentence or a clause and is a name too (Kan, Ta, Min, My), through every pass of the
 * detector: the rules that take the mark off it, and the rules after them that mark a name's neighbour, which must not
 * take it in again.
 */
class VerbsAndPossessivesOpeningAClauseTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a Swedish modal opening a question, also beside the name that is its subject and after a speaker's colon
            "Solveig har samma problem. Kan Elle ringa mig på 040 511 1196?|Solveig;Elle",
            "Talare 1 [00:00:14]: Kan du stava efternamnet?|",
            "Eva-Signes signatur har gamla växeln. Kan Callister få mallen i CodeTwo?|Eva-Signes;Callister",
            // a Swedish imperative before its particle
            "Ta bort Sigfrid Uggla och lägg till Helmer Lassus, mobil 0400 046 763.|Sigfrid;Uggla;Helmer;Lassus",
            "Klicka här för att ansluta till mötet.|",
            // a possessive before its noun, Swedish and English, also after a label's colon
            "Min sambo Nuala Breen behöver också en tagg.|Nuala;Breen",
            "Details: My former manager Reino-Aapeli Katvalahti still has my CV.|Reino-Aapeli;Katvalahti",
            // a title after a name, as its own field, also where a Finnish reading makes it an elative ("jurist": Juri)
            "Handläggare: Jörg-Michael Krüger-Lehmann, jurist, tfn +43 676 156 4741|Jörg-Michael;Krüger-Lehmann",
            "Owner: Bo-Gustav Kvarnbacka, Quality Analyst, tel. 0878755953|Bo-Gustav;Kvarnbacka",
    })
    void leavesTheVerbOrPossessiveAndFindsTheName(String text, String names) {
        assertEquals(names == null ? List.of() : List.of(names.split(";")), Found.inOrder(detector, text));
    }

    @Test
    void neverTakesFrenchsVerbJoinedToItsPronounForANamesPart() {
        var found = Found.inOrder(detector, "Pouvez-vous donner à Mireia Batlle l'accès ?");

        assertEquals(false, found.contains("Pouvez-vous"), found.toString());
        assertEquals(true, found.containsAll(List.of("Mireia", "Batlle")), found.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the same words as names: beside a given name outside a Swedish question, and inside a sentence
            "Ta Thi Lan called about the printer.|Ta;Thi;Lan",
            "Kan Naoto joined the call today.|Kan;Naoto",
            "Min-jun Park asked for a new laptop.|Min-jun;Park",
            "Kysy Min Jungilta, hän tietää.|Min;Jungilta",
    })
    void keepsTheSameWordAsAName(String text, String names) {
        var found = Found.inOrder(detector, text);
        assertEquals(true, found.containsAll(List.of(names.split(";"))), found.toString());
    }
}
