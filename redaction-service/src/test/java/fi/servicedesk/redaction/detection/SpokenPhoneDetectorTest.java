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
    })
    void leavesOrdinarySentencesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
