package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A capitalised word inside a sentence in the allative or ablative that Voikko reads only as a short noun is a
 * name that is also a word (FinnishPersonPhrases.markToOrFromWordName): Finnish writes its nouns in lower case.
 */
class NamesThatAreNounsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Palautin koneen Korvelle ja avaimet Tepolle.|Korvelle;Tepolle",
            "Siirrä oikeudet Soinnulle.|Soinnulle",
            "Laitoin viestin, vastaus tuli Routalta, kiitos.|Routalta",
            // a noun before a name in its case is the name's title, not a name
            "§ 3 Osakkaalta Lempi-Aurora Nordströmilta tullut ehdotus hyväksyttiin.|Lempi-Aurora;Nordströmilta",
    })
    void findsTheNameToOrFromWhom(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a compound, a brand Voikko knows, a noun opening a sentence, and a sentence glued to the one before
            "Lähetin laskun Verohallinnolle eilen.",
            "Ilmoitus lähti Valiolle.",
            "Katolta putosi lumi kaapelin päälle.",
            "Virta ei kytkeydy Katolta putosi lumi kaapelin päälle.",
            "Soitin kotoa, lähetin sen routalta.",
    })
    void leavesCompoundsBrandsAndGluedSentences(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
