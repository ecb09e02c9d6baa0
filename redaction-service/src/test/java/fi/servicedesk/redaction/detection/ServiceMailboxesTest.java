package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceMailboxesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a common noun that is its own address's local part is a service's mailbox
            "From: Voicemail <voicemail@clinic.example.org>|From",
            "Lähettäjä: Reception <reception@example.fi>|Lähettäjä",
            // a person's display name stays: a given name as the local part, or a name beside another address
            "From: Rose <rose@example.org>|From;Rose",
            "From: Voicemail <tuuli.aho@example.org>|From;Voicemail",
            "From: Tuuli Aho <voicemail@example.org>|From;Tuuli;Aho",
    })
    void takesTheMarkOffAServiceMailbox(String text, String names) {
        MarkedWords.assertStay(ServiceMailboxes::unmark, text, names);
    }
}
