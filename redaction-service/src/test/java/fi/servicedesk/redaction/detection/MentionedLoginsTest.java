package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MentionedLoginsTest {

    private static List<String> logins(String text) {
        var findings = new ArrayList<Finding>();
        MentionedLogins.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Korjattu, kiitos! @vkorhpa tarkistatko vielä version 2? => vkorhpa",
            "Rättat! @lindqeb kan du granska version 3? => lindqeb",
            "Agreed, moved it to ingress-nginx. cc @fitr-nugq => fitr-nugq",
            "- Kysymykset: @mattikarl.ojavuotsi tai tukitiimille => mattikarl.ojavuotsi",
            "(@qrvanhel) please review => qrvanhel",
    })
    void findsAMentionOfNoNameNorWord(String text, String login) {
        assertEquals(List.of(login), logins(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a name, in lower case or written capitalised elsewhere in the message
            "cc @virtanen ja @aino",
            "Wrnhol soitti eilen. @wrnhol tietää.",
            // words, the channel, a bot, a team, an address, a JSON key, a handle ChatHandles takes
            "@mentions on this page don't notify anyone",
            "wikisivun @maininnat eivät lähetä ilmoituksia",
            "@here the build is red",
            "the bot @routebot is down",
            "/deploy/ @firma/platform",
            "mail anna@firma.example.fi",
            "{ \"@odata.context\": \"x\" }",
            "ping @leonk8",
            "@jo kiitos",
            // a chat's turn, where a mention is the given name as typed
            "[14.10.2026 klo 9.51.29] Viljam: @vkorhpa saitko vastauksen?",
            "Kaj  9:09 AM\n@vkorhpa is your watch a Garmin?",
    })
    void leavesNamesWordsAndOtherHandles(String text) {
        assertEquals(List.of(), logins(text));
    }
}
