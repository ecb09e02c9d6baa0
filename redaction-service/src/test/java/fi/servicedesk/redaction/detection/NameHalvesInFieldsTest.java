package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

/** The other half of a name found alone, where the two close their field together (NameHalvesInFields). */
class NameHalvesInFieldsTest {

    /** Marks the words given as found (";"-separated), then runs the rule. */
    private static MarkedWords.Unmarking after(String found) {
        var given = java.util.List.of(found.split(";"));
        return (text, tokens, words, names) -> {
            for (int t = 0; t < names.length; t++) {
                names[t] = given.contains(text.substring(tokens.start(t), tokens.end(t)));
            }
            NameHalvesInFields.mark(text, tokens, words, names);
        };
    }

    @Test
    void marksAWordOfTheLanguageOrAnUnknownWordClosingTheClauseAfterAName() {
        MarkedWords.assertStay(after("Rope"), "Paikalla olivat todistajat Rope Kelo).", "Rope;Kelo");
        MarkedWords.assertStay(after("Phát"), "hemtransport med sjuksköterskan Phát Kieu (+84 90 308 7550).", "Phát;Kieu");
        MarkedWords.assertStay(after("Ykä"), "Police: DC Ykä Peippo, 00374 91 536 770.", "Ykä;Peippo");
    }

    @Test
    void marksASurnameInCapitalsOpeningACellBeforeItsGivenName() {
        MarkedWords.assertStay(after("Raikko"), "HYL 10/43;ART 5786637;9;#027031537;KAAKKURI Raikko", "KAAKKURI;Raikko");
        MarkedWords.assertStay(after("Wael"), "2026-05-06T05:15:46Z CARD_LEFT 1ZAV2837312901271 (LAHHAM Wael)", "LAHHAM;Wael");
    }

    @Test
    void leavesAWordThatGoesOnInTheSentence() {
        MarkedWords.assertStay(after("Vanja"), "Vanja Naava soitti eilen.", "Vanja");
    }

    @Test
    void leavesAPlaceACaseFormAnEnglishWordAndAFirmsWordAfterASurname() {
        MarkedWords.assertStay(after("Amos"), "Haastattelut torstaina Amos Rexissä:", "Amos");
        MarkedWords.assertStay(after("Claire"), "Owner: Claire Design, 80 Baker Street", "Claire");
        MarkedWords.assertStay(after("Humala"), "Lisätilaus (Humala Kodinkone).", "Humala");
        MarkedWords.assertStay(after("Mikko"), "Toimipiste: Mikko Tampere, 2. krs", "Mikko");
    }

    @Test
    void leavesAWordOfTheLanguageOpeningALineBeforeAName() {
        MarkedWords.assertStay(after("Akana"), "Hyvä Akana,\nkiitos viestistä.", "Akana");
        MarkedWords.assertStay(after("Sointultakin"), "Kysyin Sointultakin, ei tiennyt.", "Sointultakin");
        MarkedWords.assertStay(after("Norrsken"), "Försäkringsbolaget Norrsken\nÄrende 12", "Norrsken");
    }
}
