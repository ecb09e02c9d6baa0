package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupTagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a tag's name after "<" or "</"
            "\"<span class=x>Greta Nyman</span>\"|Greta;Nyman",
            "\"<link rel=icon><br/>Tyyne</b>\"|Tyyne",
            // a chat log's nick alone in angle brackets stays
            "\"<ossi> moi, <Ossi> wrote\"|ossi;moi;Ossi;wrote",
    })
    void takesTheMarkOffATagsName(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> MarkupTags.unmark(s, tokens, marks), text, names);
    }
}
