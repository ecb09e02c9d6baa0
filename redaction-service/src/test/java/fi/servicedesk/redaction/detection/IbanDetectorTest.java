package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IbanDetectorTest {

    private final IbanDetector detector = new IbanDetector();

    @ParameterizedTest
    @ValueSource(strings = {"FI21 1234 5600 0007 85", "FI2112345600000785", "SE45 5000 0000 0583 9825 7466",
            "DE89 3704 0044 0532 0130 00", "DE89370400440532013000"})
    void findsIbansSpacedOrNot(String iban) {
        assertEquals(List.of(iban), Found.in(detector, "tilini " + iban + " KIITOS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fi21 1234 5600 0007 85", "de89370400440532013000"})
    void findsIbansTypedInLowerCase(String iban) {
        assertEquals(List.of(iban), Found.in(detector, "tilini " + iban + " kiitos"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "viite RF18 5390 0754 7034 eräpäivä 1.12.",
            "Fi21 1234 5600 0007 85 sekakirjaimin",
            "tili FI21 1234 5600 0007 86 väärä tarkiste",
            "tiketti INC0012345 ja RITM0012345",
            "malli AB12 CDEF 3456",
            "FI12 on postinumero",
            // a tracking number whose two letters are no country's, passing the check
            "11:54 JD081036449477030221 delivered to TAIMENOJA Iida-Ulriika",
    })
    void leavesLookAlikesAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
