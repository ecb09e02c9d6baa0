package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginsAfterTheirServiceTest {

    private static List<String> logins(String text) {
        var findings = new ArrayList<Finding>();
        LoginsAfterTheirService.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "SMS-raportti\\nLähettäjä: Telia ACE / vkorpa42\\nVastaanottajat: => vkorpa42",
            "Avsändare: Tele2 Växel / annlun => annlun",
            "Sender: Twilio / maria.lopezgarcia => maria.lopezgarcia",
            "**Author:** Confluence / jwrnhol => jwrnhol",
    })
    void findsTheAccountAfterTheService(String text, String login) {
        assertEquals(List.of(login), logins(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a system's account, a word, no slash, not at the line's end, another field
            "Omistaja: Jarvis / svc_backup",
            "Owner: Checkmk / admin2",
            "Lähettäjä: Elisa / asiakaspalvelu",
            "Sender: Support / team",
            "Lähettäjä: vkorpa42",
            "Lähettäjä: Telia / vkorpa42 (toimitettu)",
            "Järjestelmä: Hudson / ci-runner",
            "Polku: docs / ohjeet",
    })
    void leavesOtherValues(String text) {
        assertEquals(List.of(), logins(text));
    }
}
