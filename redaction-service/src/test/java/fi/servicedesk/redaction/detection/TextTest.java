package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextTest {

    @Test
    void foldsEveryCharacterAsCharacterToLowerCase() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.toLowerCase(c), Text.fold(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void keepsTheVowelSignsAndMarksOfAWordInsideIt() {
        assertEquals(List.of("नमस्ते", "मेरा", "नाम", "सीता", "है"), words("नमस्ते! मेरा नाम सीता है।"));
        assertEquals(List.of("สวัสดี", "ครับ"), words("สวัสดี ครับ"));
        assertEquals(List.of("ছবি", "দেখো"), words("ছবি দেখো"));
        assertEquals(List.of("می\u200Cخواهم", "بروم"), words("می\u200Cخواهم بروم"));
        assertEquals(List.of("Jose\u0301", "Pe\u0301rez"), words("Jose\u0301 Pe\u0301rez"));
    }

    private static List<String> words(String text) {
        var tokens = Text.of(text).words();
        var words = new ArrayList<String>();
        for (int t = 0; t < tokens.size(); t++) {
            words.add(text.substring(tokens.start(t), tokens.end(t)));
        }
        return words;
    }
}
