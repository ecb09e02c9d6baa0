package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name before a noun only software has is the software's (SoftwareBeforeItsNouns); capitalised words come marked. */
class SoftwareBeforeItsNounsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Subject: RE: Jarvis outage|Subject",
            "AP – Ansa to renew Alfred licences|Ansa",
            "Aihe: Joplin upgrade ensi viikolla, Pirjo hoitaa.|Aihe;Pirjo",
            "Ärende: Athena rollout, Ebba tar det.|Ärende;Ebba",
            "Order a new Braille display for Ebba.|Order;Ebba",
            // a device's noun that is also a verb only after an article or a device's adjective
            "Anna displays the results on the big screen.|Anna",
            "Anna display the results.|Anna",
            // a capitalised word after a name is a surname
            "Hugo Daemon ei vastaa, Ebba katsoo.|Hugo;Daemon;Ebba",
            // the abbreviation of the system's kind after its product's name
            "Halo ITSM · Case 4411 updated by Ebba|Case;Ebba",
            "Ebba soitti, koska Flex HRM ei hae verokorttia.|Ebba",
            // a person's thing takes the possessive, and a person's name beside the word keeps it
            "Pekka's upgrade is ready.|Pekka",
            "Mary Jarvis upgrade request|Mary;Jarvis",
            // nouns a person is said to have are left to the other rules
            "Pekka login fails again.|Pekka",
            // other capitalised words after a name are surnames
            "Hugo Display soitti.|Hugo;Display",
    })
    void takesTheMarkOffSoftwaresName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> SoftwareBeforeItsNouns.unmark(s, tokens, marks), text, names);
    }
}
