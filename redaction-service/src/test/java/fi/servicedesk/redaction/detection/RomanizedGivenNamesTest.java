package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** East Asian given names of two romanized syllables joined by a hyphen (RomanizedGivenNames, Romanization). */
class RomanizedGivenNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsAKoreanGivenNameAloneAndInFinnishCases() {
        assertEquals(List.of("Ji-hoon"), Found.inOrder(detector, "Ji-hoon ei pääse sisään etätyöpöytään."));
        assertEquals(List.of("Seo-yeonille"), Found.inOrder(detector, "Lähetin uuden kortin Seo-yeonille eilen."));
        assertEquals(List.of("Min-jun"), Found.inOrder(detector, "The laptop for Min-jun arrives on Monday."));
    }

    @Test
    void findsATaiwaneseGivenNameWhoseSecondSyllableIsAFinnishWord() {
        assertEquals(List.of("Yu-ting"), Found.inOrder(detector, "Tilin avasi Yu-ting myyntitiimistä."));
        assertEquals(List.of("Chia-hao"), Found.inOrder(detector, "Please reset the token of Chia-hao today."));
        assertTrue(Found.inOrder(detector, "Osallistujat: Hsieh, Cheng-en ja muut.").contains("Cheng-en"));
    }

    @Test
    void findsACantoneseGivenNameBeforeTheSurname() {
        assertEquals(List.of("Wing-yan", "Chan"), Found.inOrder(detector, "Our auditor Wing-yan Chan needs read access."));
        assertEquals(List.of("Ka-ho"), Found.inOrder(detector, "Kysyin asiaa Ka-ho kautta, ei vastausta."));
        assertTrue(Found.inOrder(detector, "Absent: Siu-ming Lau, Tsz-ching Ho").containsAll(List.of("Siu-ming", "Tsz-ching")));
    }

    @Test
    void takesTheWholeNameOfAChatMention() {
        assertEquals(List.of("Seung-hoon"), Found.inOrder(detector, "@Seung-hoon voitko katsoa tämän?"));
        assertFalse(Found.inOrder(detector, "@Chat-loki tallentuu kansioon.").contains("Chat-loki"));
    }

    @Test
    void leavesWordsWrittenWithAHyphen() {
        assertEquals(List.of(), Found.inOrder(detector, "E-mail ei toimi ja Wi-Fi katkeilee."));
        assertEquals(List.of(), Found.inOrder(detector, "Set-up of the printer failed; the Pop-up blocker is on."));
        assertEquals(List.of(), Found.inOrder(detector, "Check-in opens at noon."));
        assertEquals(List.of(), Found.inOrder(detector, "Hip-hop soi taustalla koko päivän."));
        assertEquals(List.of(), Found.inOrder(detector, "No-go for the release: Log-in fails."));
        assertEquals(List.of(), Found.inOrder(detector, "Chat-loki on liitteenä."));
    }

    @Test
    void takesTwoGivenNamesThatAreAlsoWordsForAName() {
        assertEquals(List.of("Man-kit"), Found.inOrder(detector, "Please add Man-kit to the finance group."));
    }

    @Test
    void buildsEachSystemsSyllablesFromItsInitialsAndFinals() {
        assertTrue(Romanization.KOREAN.isSyllable("hoon"));
        assertTrue(Romanization.WADE_GILES.isSyllable("hsuan"));
        assertTrue(Romanization.CANTONESE.isSyllable("cheuk"));
        assertTrue(Romanization.PINYIN.isSyllable("zhuang"));
        assertFalse(Romanization.PINYIN.isSyllable("hsuan"));
        assertFalse(Romanization.CANTONESE.isSyllable("check"));
    }
}
