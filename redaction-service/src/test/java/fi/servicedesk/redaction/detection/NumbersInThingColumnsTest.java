package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersInThingColumnsTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "time|a_number|b_number|type|duration|cell\n2027-05-11T00:23:46|||MO_VOICE|00:33:16|091-25-30971-464",
            "aika;A-numero;B-numero;tyyppi;kesto;solu\n2026-05-12T23:43:59;;;MO_VOICE;00:26:22;089-14-46118-053",
            "asunto;asukas;mittari;lukema\nF15;Apilakallio Veikko;04-672923;586,156 m³",
            "ticket,order,owner\nREQ1,040 555 1234,Aino",
            "ticket,order_id,owner\nREQ1,040 555 1234,Aino",
            "Email,Employee ID,Cost Center\nanna@example.fi,E582034,068.01.808",
    })
    void leavesANumberInAThingsColumn(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "asunto;asukas;puhelin;lukema\nF15;Apilakallio Veikko;040 555 1234;586,156 m³",
            "time|a_number|cell\n2027-05-11T00:23:46|040 555 1234|LAC 5163 CI 75306",
            "ticket,owner_phone,cell\nREQ1,040 555 1234,A",
            "Name,Cell,Email\nAnna Virtanen,040 555 1234,a@x.fi",
            "Name,Claimant,Email\nAnna Virtanen,040 555 1234,a@x.fi",
            "Name,booking_contact,Email\nAnna Virtanen,040 555 1234,a@x.fi",
            "Name,ordered_by,Email\nAnna Virtanen,040 555 1234,a@x.fi",
            "Namn;Bokningskontakt\nAnna Virtanen;040 555 1234",
            "Soita solun vaihdon jälkeen 040 555 1234.",
            "Reklamaatio SR-2026-8183, puhelu 85b3\n2026-12-16 asiakas Riikka Kuusikangas (040 555 1234) valitti, että",
    })
    void keepsAPhoneInItsOwnColumn(String text) {
        assertEquals(List.of("040 555 1234"), Found.in(detector, text));
    }
}
