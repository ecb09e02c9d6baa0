package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginsAfterTheirAccountTest {

    private static List<String> logins(String text) {
        var findings = new ArrayList<Finding>();
        LoginsAfterTheirAccount.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Annas barn Ebba-Lovisa Lindqvist har eget konto (ebblin). => ebblin",
            "Lapsella on oma tili (ak3512) samassa sovelluksessa. => ak3512",
            "Her son has his own account (tom.reyes) too. => tom.reyes",
    })
    void findsTheLoginAfterItsAccount(String text, String login) {
        assertEquals(List.of(login), logins(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hon har eget konto (privat) hos banken.",
            "The account (closed) was reopened.",
            "Palvelun tili (admin) on lukittu.",
            "Lapsella on oma tili (Aino) sovelluksessa.",
    })
    void leavesWordsAndServicesAccounts(String text) {
        assertEquals(List.of(), logins(text));
    }
}
