package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColloquialQuestionsTest {

    private final NameLexicon lexicon = NameLexicon.shared();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Onks Pasi paikalla?|Pasi",
            "Tuleeks Riikka huomenna toimistolle?|Riikka",
            "Näkyyks Outin ruutu?|Outin",
            // a name ending in -ks stays: its written form in -ko is no word
            "Aleks, ootko paikalla?|Aleks",
            // not a question
            "Onks Pasi paikalla. Ei ole.|Onks;Pasi;Ei",
    })
    void takesTheMarkOffSpokenQuestionWords(String text, String names) {
        MarkedWords.assertStay((x, tokens, words, marks) -> ColloquialQuestions.unmark(x, tokens, lexicon, words, marks), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a spoken loan verb after a modal; a given name there stays
            "voisitko buukata neukkarin huomiseksi?|voisitko;neukkarin;huomiseksi",
            "voitko jukka katsoa tätä?|voitko;jukka;katsoa;tätä",
    })
    void takesTheMarkOffTheVerbAModalAsksFor(String text, String names) {
        MarkedWords.assertStayOfAll((x, tokens, words, marks) -> ColloquialQuestions.unmark(x, tokens, lexicon, words, marks), text, names);
    }
}
