package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpokenPhoneDetectorTest {

    private final SpokenPhoneDetector detector = new SpokenPhoneDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "numero on nolla neljä nolla yksi kaksi kolme neljä viisi kuusi seitsemän kiitos|nolla neljä nolla yksi kaksi kolme neljä viisi kuusi seitsemän|+358401234567",
            "numero on nolla viis nolla, yks kaks kolme neljä viis kuus seittemän|nolla viis nolla, yks kaks kolme neljä viis kuus seittemän|+358501234567",
            "it's zero four zero, one two three, four five six seven.|zero four zero, one two three, four five six seven|+358401234567",
            "plus kolme viisi kahdeksan neljä nolla yksi kaksi kolme neljä viisi kuusi seitsemän|plus kolme viisi kahdeksan neljä nolla yksi kaksi kolme neljä viisi kuusi seitsemän|+358401234567",
            "nolla neljä nolla 123 4567|nolla neljä nolla 123 4567|+358401234567",
            "caller: oh seven double two four five three four double seven five|oh seven double two four five three four double seven five|07224534775",
            "it's zero four zero triple five, one two three four|zero four zero triple five, one two three four|+358405551234",
            "Oh four oh, Double one two three four five six|Oh four oh, Double one two three four five six|+358401123456",
            "nummer: noll åtta nio sex tre sju fyra noll två, tack|noll åtta nio sex tre sju fyra noll två|+4689637402",
            "plus fyra sex sju noll noll fyra noll fem nio sju sex|plus fyra sex sju noll noll fyra noll fem nio sju sex|+46700405976",
            "det är noll sju noll dubbel fem ett två tre fyra|noll sju noll dubbel fem ett två tre fyra|+35870551234",
            "ring noll åtta 144 850 7|noll åtta 144 850 7|+35881448507",
            "numero on nolla nelonen nolla ykkönen kakkonen kolmonen nelonen vitonen kutonen seiska|nolla nelonen nolla ykkönen kakkonen kolmonen nelonen vitonen kutonen seiska|+358401234567",
            "se on nolla ysi kasi tupla seiska yks kaks kolme|nolla ysi kasi tupla seiska yks kaks kolme|+3589877123",
            "voicemail from double five three 430 48|double five three 430 48|55343048",
            "call me on oh double seven nine one two three four five six|oh double seven nine one two three four five six|0779123456",
    })
    void findsSpokenNumbers(String text, String expected, String value) {
        Found.exactly(detector, text, expected, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "oh no, the printer is broken again",
            "kolme kertaa yritin, nolla onnistumista",
            "one or two users, zero errors",
            "zero trust policy version 2",
            "double check the two servers, then triple check one more",
            "double-click one of the four icons, two or three times",
            "noll fel, en eller två varningar",
            "kaksi kolme kertaa yritin, yksi onnistui",
            "ett två tre, nu kör vi",
            "tupla kaks ja kolme kertaa",
            "en två tre fyra",
            "sex or seven users, one two three",
            "plus one two three four five six seven",
            "plus kolme viisi kahdeksan yksi kaksi kolme",
            "Konduktöörin vuoroilmoitus – juna EN 895, 02.10.2027",
            "Assistansbeställning – tåg EN 342 2027-06-11",
    })
    void leavesOrdinarySentencesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
