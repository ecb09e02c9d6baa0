package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numbers in the phone fields of structured records, read through {@link PhoneDetector}. */
class PhonesInRecordsTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void readsTheCellsOfAPhoneColumnWhole() {
        var csv = """
                id,state,owner,mobile,opened
                T-88120,New,"Lind, Maja",+358 2 731 6620,2026-11-03T08:15:00Z
                T-88121,Closed,Oskari Peltola,(21) 98412-5530,2026-11-04T10:01:12Z
                T-88122,New,Ana Sousa,0471/33.20.19,2026-11-05T09:40:55Z
                """;
        assertEquals(List.of("+358 2 731 6620", "(21) 98412-5530", "0471/33.20.19"), Found.inOrder(detector, csv));
    }

    @Test
    void readsAPhoneColumnsCellAfterAnEmptyCell() {
        var csv = """
                given,family,work phone,mobile phone,employee
                Rosa,Lind,,0612 345 678,E-2201
                Ilmari,Koski,,,E-2202
                """;
        assertEquals(List.of("0612 345 678"), Found.inOrder(detector, csv));
    }

    @Test
    void leavesTheOtherColumnsOfTheTableAlone() {
        var csv = """
                order,amount,phone,created
                4471209,1290,040 552 8190,2026-11-03
                """;
        assertEquals(List.of("040 552 8190"), Found.inOrder(detector, csv));
    }

    @Test
    void keepsAPhoneColumnsCellAfterACellThatNamesAThing() {
        var csv = """
                name,team,mobile
                Aino Salo,Order desk,040 765 4321
                """;
        assertEquals(List.of("040 765 4321"), Found.inOrder(detector, csv));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"contact\": {\"name\": \"R. Vos\", \"phone\": \"0486/71.42.09\"}}|0486/71.42.09",
            "{\"mobilePhone\": \"(31) 97720-6418\"}|(31) 97720-6418",
            "<person phone=\"44 918 77 31\"/>|44 918 77 31",
            "<change field=\"caller_phone\" from=\"\" to=\"712 604 3318\"/>|712 604 3318",
            "homePhone: +234 9 461 2207|+234 9 461 2207",
            "telephoneNumber: (61) 3321-7745|(61) 3321-7745",
    })
    void readsAValueUnderAPhonesKeyWhole(String record, String number) {
        assertEquals(List.of(number), Found.inOrder(detector, record));
    }

    @ParameterizedTest
    @CsvSource({"phone,true", "telephoneNumber,true", "requester_phone,true", "mobilePhone,true", "phone_number,true",
            "tel,true", "phone_model,false", "phoneType,false", "mobile_os,false", "telephone_id,false", "order,false"})
    void tellsTheKeysThatNameAPhone(String key, boolean phone) {
        assertEquals(phone, PhonesInRecords.namesAPhone(key), key);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<change field=\"assignee\" from=\"\" to=\"712 604 3318\"/>",
            "{\"order\": \"712 604 3318\"}",
            "{\"phone\": \"2026-11-03\"}",
            "uidNumber: 1204 7718",
    })
    void leavesOtherFieldsAlone(String record) {
        assertTrue(Found.inOrder(detector, record).isEmpty(), record);
    }

    @Test
    void readsAPaddedCellOfAnAsciiTablesPhoneColumnUnderItsBorders() {
        var table = """
                +---------------+-------+---------------+
                | name          | desk  | mobile        |
                +---------------+-------+---------------+
                | Aalto Venla   | 2214  | 612 48 07 93  |
                | Brook Ines    | 2215  | 8840 1162     |
                +---------------+-------+---------------+""";

        assertEquals(List.of("612 48 07 93", "8840 1162"), Found.inOrder(detector, table));
    }
}
