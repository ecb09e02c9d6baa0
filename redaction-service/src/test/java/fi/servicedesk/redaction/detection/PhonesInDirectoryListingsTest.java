package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A directory's attribute padded to its list's widest key, as PowerShell's Format-List prints it. */
class PhonesInDirectoryListingsTest {

    private final PhoneDetector detector = new PhoneDetector();

    @Test
    void readsAPhoneAttributePaddedBeforeItsColon() {
        var listing = """
                SamAccountName    : hallbsi
                telephoneNumber   : 09272237894
                homePhone         : 2398 4511
                Department        : 4412 0031
                """;
        assertEquals(List.of("09272237894", "2398 4511"), Found.inOrder(detector, listing));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employeeID        : 2398 4511\n", "costCenter        : 2398 4511\n"})
    void leavesAPaddedAttributeThatNamesNoPhone(String listing) {
        assertEquals(List.of(), Found.inOrder(detector, "SamAccountName    : hallbsi\n" + listing));
    }
}
