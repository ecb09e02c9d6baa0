package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A number closing a message's subject line is its matter's reference, not a phone. */
class NumbersClosingASubjectTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Subject: Missed collection 0382768\n\nHi, our bin was missed again.",
            "AVTAL OM KÖP AV SOLEL 0683451893\n\nParter: köpare och säljare.",
    })
    void leavesTheSubjectsReference(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a cue, a "+" or "00", another number before it on the line, or a line below the subject
            "Aihe: Soita takaisin numeroon 040 123 4567\\n\\nHei|040 123 4567",
            "Subject: Missed collection +358 40 123 4567\\n\\nHi|+358 40 123 4567",
            "Subject: Voicemail from 00358 18 273 17\\n\\nYou received a voicemail|00358 18 273 17",
            "TEKSTIVIESTIT 040 156 6314 ↔ 029 971 6094\\n[15:19] SAAPUNUT: HEI|040 156 6314;029 971 6094",
            "Subject: Missed collection\\n\\nCall me on 040 123 4567|040 123 4567",
            "Ring me on 040 123 4567|040 123 4567",
            "Kopio: Aino Salo, aino.salo@example.fi, 090 285 2897\\n\\nKiitos!|090 285 2897",
            // a mobile's number, which a title gives as whom to call back, even where it is a short old one
            "Aihe: Matti Virtanen 040 123 4567\\n\\nMatti soitti.|040 123 4567",
            "Subject: Lost phone 0451234567\\n\\nI lost it yesterday.|0451234567",
            "Aihe: Tyhjennys jäi tekemättä 048 7217\\n\\nHei, astiamme jäi tyhjentämättä.|048 7217",
    })
    void keepsPhones(String text, String phone) {
        assertEquals(List.of(phone.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }
}
