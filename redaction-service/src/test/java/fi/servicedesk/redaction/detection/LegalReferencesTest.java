package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalReferencesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a division of a law before its number
            "Under Art. 17 Fenella asked for erasure.|Under;Fenella;asked;for;erasure",
            "\"See Section 7, Chapter 2 and Annex 4.\"|See;and",
            "Enligt Kap. 3 har Torvald rätt.|Enligt;har;Torvald;rätt",
            // a rota's week and a plan's sprint before their number
            "Week 12: Odhran Cleary, vko 13: Sanni Peltola.|Odhran;Cleary;Sanni;Peltola",
            "Sprint 4 ends Friday.|ends;Friday",
            // the given name Art before a word stays
            "Art Kowalczyk called at 15.|Art;Kowalczyk;called;at",
    })
    void takesTheMarkOffADivisionBeforeItsNumber(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> LegalReferences.unmark(s, tokens, marks), text, names);
    }
}
