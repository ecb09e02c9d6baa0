package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaggedTokenRowsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a token tagged as a person's is a name in any case or form
            "\"välitä\tO\\nviesti\tO\\nHannelelle\tB-PER\\nkorhoselle\tI-PER\\n.\tO\"|Hannelelle;korhoselle",
            // CoNLL's columns between the token and its tag
            "\"Ask VB B-VP O\\nMaxwell NNP B-NP B-PERSON\\nnow RB B-ADVP O\"|Maxwell",
            // a word tagged as another entity's, or outside one, is left to the other rules
            "\"ring\tO\\nHelsinki\tB-LOC\\nUlla\tO\"|",
            // one line ending in a capital O is a sentence, not a row
            "\"Näin sanoi Lassi\tB-PER\"|",
    })
    void marksTheTokensTaggedAsAPersons(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> Annotations.apply(TaggedTokenRows.read(s, tokens, null), marks),
                text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"Soita\tO\\nMerjalle\tB-PER\\nnyt\tO\"|Soita;Merjalle;nyt",
            "\"Ask VB B-VP O\\nMaxwell NNP B-NP B-PERSON\"|Ask;Maxwell",
            // no rows: the words stay for the other rules
            "\"Sanoi O. Lehto\\nja B-PER\"|Sanoi;O;Lehto;ja;B-PER",
    })
    void takesTheMarkOffTheTags(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> Annotations.apply(TaggedTokenRows.read(s, tokens, null), marks),
                text, names);
    }
}
