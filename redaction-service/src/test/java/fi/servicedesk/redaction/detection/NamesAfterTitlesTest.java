package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Names after a title, also where a full stop ends the title (NamesAfterCues); the title is no name. */
class NamesAfterTitlesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Please call Dr. Okonedo back today.|Okonedo",
            "Kysy asiaa prof. Oddvar Gaupilta, hän tietää.|Oddvar;Gaupilta",
            "The badge request came from Mx Harlow yesterday.|Harlow",
            "Lausunnon antoi tri Rautavaara eilen.|Rautavaara",
            // a clergy's title, and a role in a Finnish case, before the name
            "The vicar, Revd Kaapro Äystö, wants a copy.|Kaapro;Äystö",
            "Please ask Rev. Ama Mensah for the list.|Ama;Mensah",
            // a council's member in its minutes
            "Attendees: Cllr Ottoline Brannigan and Cllr. Dervla Kinsella.|Ottoline;Brannigan;Dervla;Kinsella",
            "Konfirmandlistan: Laina Kärkölä. Kyrkoherde Hellä Tähkäpää vill ha en kopia.|Laina;Kärkölä;Hellä;Tähkäpää",
            "Salasana annettiin, ja esimiehelle Tsehay Woldelle ilmoitettiin.|Tsehay;Woldelle",
            // a role said as a form of address before a surname no list knows, or one the lists do
            "Nurse Ratched from ward 4 says the app keeps freezing.|Ratched",
            // a dictation written out, its punctuation said in words after the name
            "dear doctor Mosseholm comma thank you for the referral full stop|Mosseholm",
            "Coach Taylor asked whether the gym laptops can be reimaged.|Taylor",
            "The badge reader was reported by Officer Daniels this morning.|Daniels",
    })
    void findsTheNameAfterTheTitle(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // disaster recovery in capitals ends a sentence, and its next word is no name
            "We failed over to DR. Sites in Espoo stayed up.",
    })
    void leavesCapitalsThatAreNoTitle(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
