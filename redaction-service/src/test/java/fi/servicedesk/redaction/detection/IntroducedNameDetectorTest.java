package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntroducedNameDetectorTest {

    private final IntroducedNameDetector detector = new IntroducedNameDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hei, nimeni on Anna Laine ja kone ei käynnisty.|Anna,Laine",
            "Hi, my name is John Smith from finance|John,Smith",
            "tässä puhuu Pekka, hei|Pekka",
            "olen Sanna Mäkinen. Sannan kone on rikki|Sanna,Mäkinen,Sannan",
            "I'm Laura Jones and Laura's laptop is slow|Laura,Jones,Laura",
    })
    void findsIntroducedNamesAndLaterMentions(String text, String names) {
        assertEquals(Arrays.asList(names.split(",")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "olen Helsingissä tänään",
            "I'm using Windows",
            "tiedoston nimi on Raportti.docx",
            "my name is not shown in Teams",
    })
    void leavesOtherCapitalisedWordsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
