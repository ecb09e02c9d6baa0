package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharactersTest {

    /** Letters of either case, the ASCII pairs that differ only in bit 0x20 but are no letters, and letters whose case maps leave Latin-1. */
    private static final String WORD_CHARACTERS = "aAkKsSiIzZäÄöÖåÅ@`[{]}^~ÿµſ\u212A\u0130ı";

    @Test
    void comparesEveryCharacterAsRegionMatchesIgnoringCase() {
        for (int w = 0; w < WORD_CHARACTERS.length(); w++) {
            var word = "a" + WORD_CHARACTERS.charAt(w);
            for (char c = 0; c < Character.MAX_VALUE; c++) {
                var text = "xA" + c;
                assertEquals(text.regionMatches(true, 1, word, 0, 2), Characters.regionMatchesIgnoringCase(text, 1, word),
                        "U+" + Integer.toHexString(c) + " against " + word);
            }
        }
    }

    @Test
    void answersAllLettersAsTheStreamOfCharacterIsLetterDid() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            var text = "ab" + c;
            assertEquals(text.chars().allMatch(Character::isLetter), Characters.allLetters(text), "U+" + Integer.toHexString(c));
        }
        assertTrue(Characters.allLetters(""));
        assertFalse(Characters.allLetters("tamm3"));
    }

    @Test
    void aWordBeyondEitherEndOfTheTextDoesNotMatch() {
        assertFalse(Characters.regionMatchesIgnoringCase("pass", 2, "ssw"));
        assertFalse(Characters.regionMatchesIgnoringCase("pass", -1, "pa"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Job 4711|true", "Run #12|true", "Art. 15|true", "Vko 48|true", "Kap.4|true",
            "Art15|false", "Job  4711|false", "Run # 12|false", "Art. Nouveau|false", "Job|false"})
    void readsANumberRightAfterItsWord(String text, boolean number) {
        assertEquals(number, Characters.beforeNumber(text, wordEnd(text)));
    }

    @Test
    void findsTheLinesEndOrTheTextsEnd() {
        assertEquals(5, Characters.lineEnd("Tiimi\nAurora", 0));
        assertEquals(12, Characters.lineEnd("Tiimi\nAurora", 6));
    }

    @Test
    void findsTheLinesStartOrTheTextsStart() {
        assertEquals(0, Characters.lineStart("Tiimi\nAurora", 3));
        assertEquals(6, Characters.lineStart("Tiimi\nAurora", 6));
        assertEquals(6, Characters.lineStart("Tiimi\nAurora", 12));
    }

    @Test
    void findsTheNextLinesStartOrTheTextsEnd() {
        assertEquals(6, Characters.nextLineStart("Tiimi\nAurora", 0));
        assertEquals(6, Characters.nextLineStart("Tiimi\nAurora", 5));
        assertEquals(12, Characters.nextLineStart("Tiimi\nAurora", 6));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'team: Aurora  \nx'|true", "'team: Aurora'|true", "'team: Aurora \r\n'|true",
            "'Team: Matti, Liisa'|false", "'team: Aurora x'|false"})
    void readsOnlySpacesBeforeTheLinesEnd(String text, boolean ends) {
        assertEquals(ends, Characters.endsLine(text, "team: Aurora".length()));
    }

    @Test
    void tellsTheCaseOfAWordsLetters() {
        assertTrue(Characters.hasCapitalInside("AnyConnect", 0, 10));
        assertFalse(Characters.hasCapitalInside("VPN-yhteys", 0, 10));
        assertTrue(Characters.inCapitals("UPN", 0, 3));
        assertFalse(Characters.inCapitals("Upn", 0, 3));
        assertTrue(Characters.hasNoCapital("kalle_92", 0, 8));
        assertFalse(Characters.hasNoCapital("Kalle_92", 0, 8));
        assertTrue(Characters.hasLowerCase("SAP Concur", 0, 10));
        assertFalse(Characters.hasLowerCase("AL-HASHIMI", 0, 10));
    }

    @Test
    void findsTheStartOfTheWordOfLettersAndHyphensBeforeAnIndex() {
        assertEquals(7, Characters.wordStart("pankin sulku-palvelussa", 23));
        assertEquals(4, Characters.wordStart("ovi 1234", 4));
    }

    private static int wordEnd(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    @Test
    void findsWhereTheSpacesOrGivenCharactersBeforeAnIndexBegin() {
        assertEquals(4, Characters.beforeSpaces("code   1234", 7));
        assertEquals(4, Characters.beforeAny("code: \t1234", 7, " \t:="));
        assertEquals(4, Characters.beforeSpaces("code1234", 4));
    }

    @Test
    void tellsANumberStandingAloneFromOneJoinedToAnother() {
        assertTrue(Characters.numberStandsAlone("koodi 4821.", 6, 10));
        assertFalse(Characters.numberStandsAlone("4821-2", 0, 4));
        assertFalse(Characters.numberStandsAlone("12.4821", 3, 7));
    }
}
