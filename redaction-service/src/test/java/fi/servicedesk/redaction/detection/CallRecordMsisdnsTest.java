package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** International numbers without their "+" in call records, read through {@link PhoneDetector}. */
class CallRecordMsisdnsTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void readsTheCellsOfAnItemisationsNumberColumns() {
        var itemisation = """
                aika;A-numero;B-numero;kesto;tyyppi
                2026-03-02 08:14:05;358412345678;46701234567;312 s;MOC
                2026-03-02 09:01:44;5511961234567;358412345678;00:04:10;MTC
                2026-03-02 09:20:13;358412345678;*21*;00:00:03;CF
                """;
        assertEquals(List.of("358412345678", "46701234567", "5511961234567", "358412345678", "358412345678"),
                Found.inOrder(detector, itemisation));
    }

    @Test
    void givesTheNumberItsCountryCodesE164() {
        var report = "tid;avsändare;mottagare;status\n2026-03-02 08:14:05;46701234567;447400123456;levererat\n";
        var values = Found.findings(detector, report).stream().sorted(Comparator.comparingInt(Finding::start)).map(Finding::value);
        assertEquals(List.of("+46701234567", "+447400123456"), values.toList());
    }

    @Test
    void readsTheNumbersAfterTheLettersOfTheCallsEnds() {
        var line = "2026-03-02 08:14:05 | A 447400123456 | B 37251234567 | 39 min 37 s | SMS-MO";
        assertEquals(List.of("447400123456", "37251234567"), Found.inOrder(detector, line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-03-02T08:14:05Z sms-gw delivered msisdn=46701234567 id=88213",
            "2026-03-02T08:14:05Z sms-gw avsändare=46701234567 status=DELIVRD",
            "Caller: 46701234567",
            "Soittaja 46701234567",
            // the number a route log's missed delivery was notified to
            "14:45 JJFI647300367686404969 EI KOTONA, ilmoitus 46701234567",
            "14:45 JJFI647300367686404969 EJ HEMMA, avisering 46701234567"})
    void readsANumberItsLabelOrArrowNamesACallsEnd(String line) {
        assertEquals(List.of("46701234567"), Found.inOrder(detector, line));
    }

    @Test
    void readsBothEndsOfACallsArrow() {
        var lines = """
                2026-03-02 08:14:05 358412345678 → 37251234567 40 min 53 s MOC
                2026-03-02 08:20:31 4915123456789 -> 358412345678 00:25 MTC
                """;
        assertEquals(List.of("358412345678", "37251234567", "4915123456789", "358412345678"), Found.inOrder(detector, lines));
    }

    @Test
    void keepsTheSimsAndHandsetsCodesBesideTheNumber() {
        var export = """
                msisdn;iccid;imei;imsi;tilaus
                358412345678;8935801234567890123;358240051111110;244051234567890;3584123456789
                """;
        assertEquals(List.of("358412345678"), Found.inOrder(detector, export));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Invoice 358412345678 is disputed.",
            "Order 46701234567 shipped",
            "Subject: Penalty Charge Notice 46701234567",
            "Aihe: Riita – kauppapaikka, ilmoitus #46701234567",
            "aika;A-numero;B-numero\n2026-03-02 08:14:05;99912345678;0123\n",
            "2026-03-02 08:14:05 | A 99912345678 | B 12 |"})
    void leavesARunNoLabelNamesOrNoPlanHolds(String text) {
        assertTrue(Found.inOrder(detector, text).isEmpty());
    }

    @Test
    void readsTheNumberAfterAQuotedCellOfAnExport() {
        var export = """
                name,number,plan,cost_centre
                "Virta, Aino",040 552 8190,Data 5G 600M,83610
                "Lind, Maja",+46-70-123-4567,Jobbmobil 30 GB,KP 6258
                """;
        assertEquals(List.of("040 552 8190", "+46-70-123-4567"), Found.inOrder(detector, export));
    }

    @Test
    void endsANumberInAQuotedRowsLastCellWithItsRow() {
        var export = """
                week,primary,primary_phone
                2027-W25,"Lind, Maja",+4319888190
                2027-W26,"Virta, Aino",+46701234567
                """;
        assertEquals(List.of("+4319888190", "+46701234567"), Found.inOrder(detector, export));
    }
}
