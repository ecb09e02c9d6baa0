package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A text table's columns: two spaces or more end a number, so the next column's number is read whole. */
class PhonesInTextTablesTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void readsANumberInEachOfTwoPhoneColumns() {
        var table = """
                Name                    Login           Phone               Mobile
                Conny Hällbacka         hallbco         +46 70 491 6190     070 491 6190
                Leif-Olof Nordqvist-Ek  leifolof        +491701589767       0049 170 158 9767
                Ann-Sofi Wadström       annsofi         0501338188          00358 50 133 8188
                """;
        assertEquals(List.of("+46 70 491 6190", "070 491 6190", "+491701589767", "0049 170 158 9767", "0501338188",
                "00358 50 133 8188"), Found.inOrder(detector, table));
    }

    @Test
    void readsANumberAfterAGroupOfFourWhereItOpensWithItsCountryCode() {
        var row = "Hugo Huurrelampi hhuurrelampi    +358 (0)40 491 0384 +358 40 491 0384\n";
        assertEquals(List.of("+358 (0)40 491 0384", "+358 40 491 0384"), Found.inOrder(detector, row));
    }

    @Test
    void leavesAnAccountsLaterGroupThatOpensWithZero() {
        assertEquals(List.of(), Found.inOrder(detector, "Viite RF51 0148 7425 0401 maksettu."));
    }

    @Test
    void keepsTheNumberOfTheColumnAfterAPhoneAlone() {
        var table = "Aino Salo   040 765 4321   2026   0150 units\n";
        assertEquals(List.of("040 765 4321"), Found.inOrder(detector, table));
    }

    @Test
    void stillReadsANumberWithOneSpaceBetweenItsGroups() {
        assertEquals(List.of("040 765 4321"), Found.inOrder(detector, "Soita numeroon 040 765 4321 huomenna."));
    }
}
