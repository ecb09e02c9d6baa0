package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Chinese names in pinyin, family name first (ChineseNames). */
class ChineseNamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @Test
    void findsAFamilyNameBeforeAGivenNameInPinyin() {
        assertEquals(List.of("Tang", "Zihan"), Found.inOrder(detector, "Tang Zihan from the Suzhou team needs VPN access."));
        assertEquals(List.of("Peng", "Shuangille"), Found.inOrder(detector, "Uusi kortti lähetetty: Peng Shuangille."));
    }

    @Test
    void leavesFamilyNamesThatAreWordsBeforeOtherWords() {
        assertEquals(List.of(), Found.inOrder(detector, "Long Island office is closed today."));
        assertEquals(List.of(), Found.inOrder(detector, "Sun Microsystems hardware is out of support."));
    }
}
