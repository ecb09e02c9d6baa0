package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordsInToolOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+ curl -fsS -u hvirta:Talvi#2025 https://repo.example/upload|CREDENTIAL Talvi#2025,USERNAME hvirta",
            "wget --user=okoski:Ruska!77 https://files.example/a.zip|CREDENTIAL Ruska!77,USERNAME okoski",
            "Auth: (91) Login incorrect (pap: wrong): [aniemi/Kev4t!] (from client ap-1 port 3)|CREDENTIAL Kev4t!,USERNAME aniemi",
    })
    void findsThePasswordBesideItsLogin(String text, String expected) {
        assertEquals(List.of(expected.split(",")), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "curl -u deploy:$NEXUS_TOKEN https://repo.example/upload",
            "curl -u \"${USER}:${PASS}\" https://repo.example",
            "ls -u | sort",
    })
    void leavesVariablesAndOtherOptionsAlone(String text) {
        assertEquals(List.of(), found(text));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        PasswordsInToolOutput.find(Text.of(text), findings);
        return findings.stream().map(f -> f.type() + " " + text.substring(f.start(), f.end())).toList();
    }
}
