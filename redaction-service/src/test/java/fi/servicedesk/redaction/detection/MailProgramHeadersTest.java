package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The headers that name a mail's program hold its version and build, never a phone. */
class MailProgramHeadersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {"X-Mailer: Apple Mail (2.7428.711.9.8)", "X-Mailer: Mutt/2.2.17 (0578-06-40)",
            "User-Agent: Thunderbird 0401 234 567", "x-mailer: Postikone 040 123 4567"})
    void readsNoPhoneInTheProgramsHeader(String header) {
        var mail = "From: Aino Salo <aino@example.fi>\n" + header + "\nMIME-Version: 1.0\n";
        assertEquals(List.of(), Found.inOrder(detector, mail));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mobile: 040 123 4567", "Puh. 040 123 4567", "Tfn 070-491 61 90"})
    void readsThePhoneOnTheOtherLinesOfTheMail(String line) {
        var mail = "X-Mailer: Apple Mail (2.3654)\n\n" + line + "\n";
        assertEquals(1, Found.inOrder(detector, mail).size());
    }
}
