package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirmsBeforeTheirDepartmentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a firm addressed with its department after a header's label
            "To: Folksam, claims dept.|To",
            "Vastaanottaja: Turva, vahinkopalvelu|Vastaanottaja",
            // a person's full name or a given name there, and a word with no label before it, stay
            "To: Anna Smith, claims dept.|To;Anna;Smith",
            "To: Anna, claims dept.|To;Anna",
            "Regards, Churchill, claims dept.|Regards;Churchill",
            // a handler's label, not an addressee's, names a person
            "Assigned to: Patel, claims|Assigned;Patel",
            "Käsittelijä: Korhonen, asiakaspalvelu|Käsittelijä;Korhonen",
            "To: Patel, claims dept.|To;Patel",
            "To: Churchill, claims dept.|To;Churchill",
    })
    void takesTheMarkOffFirmsBeforeTheirDepartments(String text, String names) {
        MarkedWords.assertStay(FirmsBeforeTheirDepartments::unmark, text, names);
    }
}
