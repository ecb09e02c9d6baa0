package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Initials a person signs with (SignOffInitials); "\n" in the examples is a line break. */
class SignOffInitialsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // glued to a dash or slash after a sentence or opening the line
            "Kone on huollossa perjantaihin asti. -RV|RV",
            "Jag skickar fakturan i morgon. /ELH|ELH",
            "Varmuuskopio ajettu.\\n\\n-P-OK|P-OK",
            "Printer fixed on floor 3.\\n//MB|MB",
            "Saiko kukaan laturia? – HV|HV",
            // after a closing word that opens the line or follows a sentence
            "Palaan asiaan ensi viikolla.\\nt. JHK|JHK",
            "Kiitos avusta! t. SN|SN",
            "Terveisin AL|AL",
            "Will check the logs tonight.\\nBR, KW|KW",
            "Mvh MÅ|MÅ",
            "Viele Grüße DS|DS",
            // alone on its line after a closing line or the signature separator, also in a quoted mail
            "Sorry for the delay.\\n\\nCheers\\nRT|RT",
            "Tulen huomenna.\\n--\\nEKV|EKV",
            "> Sovitaan torstaille.\\n> --\\n> LP|LP",
            // after a sentence's end or a spaced bullet only when the message names someone with these initials
            "Lähettäjä: Veera Kallio\\n\\nKatsotaan tämä huomenna. VK|VK",
            "From: Lindqvist Oskar\\nAgreed, see you Monday. OL|OL",
            "Mukana: Hanna Salo\\n- HS|HS",
            // an acronym's letters are initials where the message names someone with them
            "From: Olli Koski\\nLasku on maksettu.\\n\\n-OK|OK",
    })
    void findsInitialsAtASignOff(String text, String initials) {
        assertEquals(List.of(initials), found(text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // acronyms where a sign-off could stand
            "Ongelma siirretty eteenpäin. -IT",
            "Thanks! /HR",
            "Kiitos! t. OK",
            "Sent to the team.\\n--\\nFYI",
            // capitals after a sentence, a bullet's item, no one's initials
            "Palvelin käynnistetty uudelleen. DNS2",
            "Käynnistin palvelimen. QX",
            "Tiimit:\\n- QA\\n- SRE",
            // inside a line, and a single capital
            "-TK sanoi että kone on rikki",
            "Vaihtoehto valittu: -B",
            "Ladattu tiedosto: raportti.PDF",
    })
    void leavesOtherCapitals(String text) {
        assertEquals(List.of(), found(text.replace("\\n", "\n")));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        SignOffInitials.find(text, findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
