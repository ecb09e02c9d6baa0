package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A word in lower case without its letters' marks, from the table where its letters are Latin, else the normalizer. */
class UnaccentedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fidžiläinen|fidzilainen",
            "Jääskeläinen|jaaskelainen",
            "Benoît|benoit",
            "Åsa Öberg|asa oberg",
            "Wiśniewska|wisniewska",
            "Nguyễn|nguyen",
            "İstanbul|istanbul",
            "Ελλάδα|ελλαδα",
    })
    void foldsAWordToLowerCaseWithoutMarks(String word, String folded) {
        assertEquals(folded, Unaccented.of(word));
    }

    @Test
    void foldsEachLatinCharacterAsTheNormalizerDoesTheWholeWord() {
        var word = new StringBuilder();
        for (char c = 'A'; c < 0x250; c++) {
            word.append(c);
        }
        var whole = Normalizer.normalize(word.toString().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        assertEquals(whole, Unaccented.of(word.toString()));
    }

    @Test
    void keepsAWordWithNothingToFold() {
        var word = "sverige";
        assertSame(word, Unaccented.of(word));
    }
}
