package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishPersonPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a given name opening a sentence before "var" or "är" and a word in lower case
            "Sven är sjuk idag.|Sven",
            "Tack. Sven var snabb.|Sven",
            // Swedish given names that Voikko and the English lists lack (Datafaker's Swedish list)
            "Osvald var snabb och fixade skrivaren.|Osvald",
            "Gunnel är på lönekontoret.|Gunnel",
            // other words opening the same frame, and a given name inside a sentence, are left to other rules
            "Det var snabbt.|",
            "Allt var bra.|",
            "Mer var det inte.|",
            "Per var det dyrt.|",
            "Sven Var|",
    })
    void marksAGivenNameBeforeSwedishBeing(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> {
            for (int t = 0; t < tokens.size(); t++) {
                SwedishPersonPhrases.markSubject(s, tokens, words, marks, t);
            }
        }, text, names);
    }
}
