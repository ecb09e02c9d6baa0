package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A capitalised word that is a part of an address's local part in the same message, compared without marks. */
class AddressLocalPartsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jääskeläinen|jaaskelainen",
            "Agnès|agnes",
            "Wiśniewska|wisniewska",
            "Łucja|lucja",
            "Søndergaard|sondergaard",
            "Weiß|weiss",
            "Nguyễn|nguyen",
            "Đình|dinh",
            "Þórður|thordur",
            "Ægir|aegir",
            "Œuvray|oeuvray",
            "Yıldız|yildiz",
    })
    void foldsAWordAsAnAddressWritesIt(String word, String folded) {
        assertEquals(folded, AddressLocalParts.fold(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the given name is no name to Voikko or the lists; its address spells it without the grave accent
            "Lähettäjä: Sjöholm, Agnès <agnes.sjoholm@firma.example.fi>|Sjöholm;Agnès",
            // a surname that is a noun's plural beside a given name in the address
            "Will Banks approved it. Contact: will.banks@firma.example.com|Will;Banks",
    })
    void findsANameWithMarksItsAddressDrops(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    /** A unit's mailbox is named for its work: the unit's word before its handler stays a word, the handler is found. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Potilastoimisto (Oskari Vuorenmaa, ovuorenmaa): aika siirretty.\\nVastaa osoitteeseen potilastoimisto@sairaala.example.fi|Oskari;Vuorenmaa",
            "Kuljetus (Oskari Vuorenmaa, ovuorenmaa): lähetys lähtee.\\nkuljetus@tehdas.example.fi|Oskari;Vuorenmaa",
            "Förvaring (Linnea Strandqvist, lstrandqvist): klart.\\nförvaring@skola.example.se|Linnea;Strandqvist",
            // a word that is also a given name stays one: a person's address may be their given name alone
            "Kiitos, Tuuli\\ntuuli@firma.example.fi|Tuuli",
    })
    void takesNoNameFromAUnitsMailbox(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    /**
     * A mailbox named by one word alone is a function's: the word alone elsewhere (a form's label, a queue, a line's
     * heading) stays a word; beside a name, or a given name, it is the person's.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HYRESAVTAL VS-642311\\n\\nHyresgäst: ÖSTERBACKA Hulda-Sylvia\\nKom in till hyresgast@studentbostader.example.fi|Hyresgäst|false",
            "2026-07-12 00:40:55 → 251910881943: Felanmälan ÄR-519236 mottagen.\\nBevakare: felanmalan@studenthem.example.se|Felanmälan|false",
            "Property: room 114\\nRent GBP 1048.11; deposit £93.34\\ncc: rent@studenthousing.example.com|Rent|false",
            "Kysy Asukastoimikunnalta: Puheenjohtaja Niskala\\nvuokralainen@asunnot.example.fi\\nVuokralainen: Ilona Niskala|Vuokralainen|false",
            "Vastaanottaja: Heikki Kravtšenko <kravtsenko@firma.example.fi>|Kravtšenko|true",
            "Kiitos, Tuuli\\ntuuli@firma.example.fi|Tuuli|true",
            "Hi, forwarding this to Aino Xanthopoulou, xanthopoulou@firma.example.com|Xanthopoulou|true",
    })
    void readsAOneWordMailboxAsAPersonsOnlyBesideANameOrAsAGivenName(String text, String word, boolean found) {
        var names = Found.in(detector, text.replace("\\n", "\n"));
        assertEquals(found, names.contains(word), names.toString());
    }

    /** A team's mailbox named by a noun's plural ("recoveries@") names no one: its heading stays a word. */
    @Test
    void takesNoNameFromATeamsMailbox() {
        assertEquals(List.of(), Found.in(detector, "Recoveries\n\nM: 040 123 | recoveries@insurance.example.co.uk"));
    }
}
