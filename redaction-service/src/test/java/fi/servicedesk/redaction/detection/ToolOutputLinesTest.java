package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ToolOutputLinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a time stamp opening the line, also syslog's and a timeline's
            "2026-04-12 15:00:06 openvpn[79313]: MULTI: Learn: 10.8.0.241|true",
            "Apr 12 14:48:09 vpn-gw01 : %ASA-6-113039: Group <developers>|true",
            "07:00 Notified Ulpu Vänskä via push|true",
            "[12.3.2026 09:14:02] spooler: Job started|true",
            // a level or result in capitals, a key=value pair, a path, a Java stack frame
            "worker crashed WARN restarting|true",
            "FAX TX FAILED job 03384 pages 9|true",
            "user=hlehto action=login|true",
            "see /var/log/auth.log for the rest|true",
            "\\tat com.firma.Foo.open(Native Method)|true",
            // a chat's turn after its stamp, prose in fi, en, sv, a link, a sum
            "[02/10/2027, 06:39:19] Maintenance: Niki changed their phone number|false",
            "14:37 Anna Berg: soitan huomenna|false",
            "Job soitti eilen, tulostin on taas rikki.|false",
            "Job called about the printer, it is an error on my side.|false",
            "Job ringde om skrivaren.|false",
            "Read https://example.com/docs/setup first|false",
    })
    void readsALineAsATools(String line, boolean tools) {
        var text = line.replace("\\t", "\t");
        assertEquals(tools, ToolOutputLines.holds(text, text.length() / 2), text);
    }
}
