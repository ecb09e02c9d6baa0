package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A name as the subject of what only a person does (NamesBeforeReportingVerbs): says, agrees or disagrees, stands
 * in ("tuuraa"), will confirm, approve or chase, is covering or shadowing, cannot make it ("ei pääse, ei ehdi"); and
 * in lower-case chat a given name that is off or away (EnglishPersonPhrases: "sandy's out today").
 */
class NamesAsSubjectsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // unknown to Voikko and the lists, and names that are also words
            "Spoke with Rasmus about Jira, Kuusik will confirm.|Rasmus;Kuusik",
            "The review moved; Niamh will confirm the date.|Niamh",
            "Pat says the fan is down again.|Pat",
            "Declan and I checked it twice; Swan disagrees.|Declan;Swan",
            "Krzysztof is covering for the team this week.|Krzysztof",
            "Ace is shadowing the new starter.|Ace",
            "Xin ei pääse tänään, Tyyne tuuraa.|Xin;Tyyne",
            "Palaveri siirtyy, Meikäläinen-Virtanen ei pääse.|Meikäläinen-Virtanen",
            // what a person did about the case, also after "already", "jo"
            "3 P1s, Citrix outage 09:10; Marivic took the bridge.|Marivic",
            "Has the account been created? Yes – Nilofar did it yesterday.|Nilofar",
            "Wahid Hotak said Mursal already tried the VPN.|Wahid;Hotak;Mursal",
            "VPN katkos 9.10–9.40, Darja hoiti sillan.|Darja",
            // a log's note without the verb "is", and a hand-over's "to verify"
            "VPN katkos 9.10–9.40, Wahid hoiti sillan, Zinovjev lomalla.|Wahid;Zinovjev",
            "3 P1s; Kirsty took the bridge; Chukwu on leave.|Kirsty;Chukwu",
            "Hand-over: LT-2268 patched, Hotak to verify.|Hotak",
            "On, Selam teki sen eilen. Jevgeni jo kokeili uudelleenkäynnistystä.|Selam;Jevgeni",
            // in chat in lower case, a given name before "is" or "'s" and where only a person is
            "sandy's out today, ask someone else|sandy",
            "brook is off sick, max was away|brook;max",
    })
    void findsTheSubjectOfWhatOnlyAPersonDoes(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a thing's word before the same verbs, a product, and the verbs with no subject before them
            "Palvelin ei pääse verkkoon.",
            "The build is covering all modules, Outlook says the mailbox is full.",
            "Teams will confirm the meeting. Tulostin ei pääse verkkoon.",
            "will confirm tomorrow, ei pääse tänään",
            "Outlook took ages to open. Why did the VPN drop? Windows already tried an update.",
            "Päivitys teki sen taas, Palvelin hoiti kuorman. Teams päivystää.",
            "Kone korjattu, akku lomalla. Server moved; Payroll on leave. Remember to verify.",
            // a month, and things that are out or off, in lower case
            "may is off, the wifi's out, it's out again, power is out",
    })
    void leavesThingsBeforeThem(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
