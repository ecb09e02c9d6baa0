package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cyrillic, Greek, Georgian and Armenian words in Latin letters (Transliteration). */
class TransliterationTest {

    @ParameterizedTest
    @CsvSource({
            "Наталья, Natalya",
            "Олександр, Oleksandr",
            "Юлія, Yuliya",
            "Ђорђе, Djordje",
            "Γιώργος, Giorgos",
            "Θεοδώρα, Theodora",
            "ნინო, nino",
            "Արամ, Aram",
            "Գուրգեն, Gurgen",
    })
    void writesTheWordInLatinLetters(String word, String latin) {
        assertEquals(latin, Transliteration.toLatin(word, 0, word.length()));
    }

    @ParameterizedTest
    @CsvSource({"Tampere", "北京", "مريم"})
    void hasNoLatinFormForOtherScripts(String word) {
        assertEquals(null, Transliteration.toLatin(word, 0, word.length()));
    }
}
