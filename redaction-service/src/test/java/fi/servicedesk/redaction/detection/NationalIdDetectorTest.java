package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NationalIdDetectorTest {

    private final NationalIdDetector detector = new NationalIdDetector();

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "131052X308T", "131052Y308T", "131052W308T", "131052V308T", "131052U308T",
            "010594Y9032", "020594X903P", "010103A980U", "010103B980U", "010103C980U", "010103D980U",
            "010103E980U", "010103F980U", "150820+1238"})
    void findsFinnishCodesWithEveryCenturySign(String code) {
        assertEquals(List.of(code), Found.in(detector, "hetu " + code + ", kiitos"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"811218-9876", "19811218-9876", "811278-9873"})
    void findsSwedishPersonnummer(String number) {
        assertEquals(List.of(number), Found.in(detector, "personnummer " + number + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "131052-308U ilman vihjettä, väärä tarkiste",
            "310252-308T ei ole päivä",
            "hetu 310252-308T ei ole päivä",
            "Organisationsnummer 555436-8928, bankgiro",
            "tilaus 123456-789A",
            "tiketti INC0012345",
            "order 811218-9875",
            "pvm 2026-11-20 klo 10:15",
            "koodi 1310523080",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    /** A mistyped code still names its person: after its cue the date is enough (R8.2). */
    @ParameterizedTest
    @ValueSource(strings = {"hetu 131052-308U", "Hetu: 010203A123B", "Sotu 311299-999X", "henkilötunnukseni on 131052-308U",
            "HENKILÖTUNNUS=131052-308U", "personal identity code: 131052-308U", "personnummer är 131052-308U"})
    void findsACodeWithAWrongCheckCharacterAfterItsCue(String text) {
        assertEquals(1, Found.in(detector, text).size(), text);
    }
}
