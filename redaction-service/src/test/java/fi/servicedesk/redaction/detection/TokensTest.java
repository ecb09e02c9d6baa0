package fi.servicedesk.redaction.detection;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // an apostrophe between Cyrillic letters is a letter of the Ukrainian word
            "Дзвонила Мар'яна Гнатюк|Дзвонила;Мар'яна;Гнатюк",
            "купив м’ясо та п'ять яблук|купив;м’ясо;та;п'ять;яблук",
            // a quote around a Cyrillic word, or an apostrophe in a Latin word, is not
            "слово 'ключ' тут|слово;ключ;тут",
            "it's O'Brien's|it;s;O'Brien;s",
            // a Polynesian name's glottal stop between vowels early in a capitalised part; not a contraction
            "Tavita Aiono-Fa'amausili soitti|Tavita;Aiono-Fa'amausili;soitti",
            "Ring Fa'asavalu i morgon|Ring;Fa'asavalu;i;morgon",
            "you're Mike's 'ace'|you;re;Mike;s;ace",
    })
    void splitsTheTextIntoWords(String text, String expected) {
        var tokens = Text.of(text).words();
        List<String> words = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            words.add(text.substring(tokens.start(t), tokens.end(t)));
        }
        assertEquals(List.of(expected.split(";")), words);
    }

    @Test
    void tellsWordsJoinedByAPlus() {
        assertTrue(Text.of("Landis+Gyr").words().joinedByPlus(0));
        assertFalse(Text.of("Kamstrup + Diehl").words().joinedByPlus(0));
        assertFalse(Text.of("Kamstrup Diehl").words().joinedByPlus(0));
    }
}
