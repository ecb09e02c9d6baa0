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

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a name and the genitive's "s" before the word it owns
            "Ulla godkände ändringen, Karin-Stinas team tar över.|Karin-Stinas",
            "Hildings dator är trasig.|Hildings",
            // a word that is known as it stands, or one whose stem is also a word, or nothing owned after it
            "Teams möte börjar nu.|",
            "Marks rapport är klar.|",
            "Kalles|",
    })
    void marksANameInTheSwedishGenitive(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> SwedishPersonPhrases.markGenitives(s, tokens, NameLexicon.shared(),
                words, marks, capitals(tokens)), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // after a name found, a word nobody knows and its "s" before the word it owns
            "Avsändare Lybeck Logistik; Hedvig-Ragna Lybecks order berörs inte.|Hedvig-Ragna|Hedvig-Ragna;Lybecks",
            // not before a capitalised word or the clause's end, nor after a word that is no name found
            "Hedvig-Ragna Lybecks Logistik|Hedvig-Ragna|Hedvig-Ragna",
            "Tack Hedvig-Ragna Lybecks.|Hedvig-Ragna|Hedvig-Ragna",
            "Avsändare Lybecks order berörs inte.|Hedvig-Ragna|",
    })
    void marksASurnameInTheSwedishGenitiveAfterAName(String text, String found, String names) {
        var lexicon = NameLexicon.shared();
        var tokens = Text.of(text).words();
        var words = new NameLexicon.Word[tokens.size()];
        var marks = new boolean[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            words[t] = lexicon.lookup(text, tokens.start(t), tokens.end(t));
            marks[t] = text.substring(tokens.start(t), tokens.end(t)).equals(found);
        }
        SwedishPersonPhrases.markSurnameGenitivesAfterNames(text, tokens, words, marks);
        var marked = new java.util.ArrayList<String>();
        for (int t = 0; t < tokens.size(); t++) {
            if (marks[t]) {
                marked.add(text.substring(tokens.start(t), tokens.end(t)));
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(names == null ? java.util.List.of() : java.util.List.of(names.split(";")), marked);
    }

    private static int[] capitals(Tokens tokens) {
        return java.util.stream.IntStream.range(0, tokens.size()).filter(tokens::isCapitalised).toArray();
    }
}
