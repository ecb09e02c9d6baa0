package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsUnderSignersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the unit on the line under a signer's full name
            "Kind regards\\nAino Virta\\nAdmissions|Kind;Aino;Virta",
            "Kind regards\\nTopias-Petteri Hanhijärvi\\nAdmissions|Kind;Topias-Petteri;Hanhijärvi",
            "Terveisin\\nVille Kallio\\nFinance\\n040 123 4567|Terveisin;Ville;Kallio",
            "Hälsningar\\nStig Hedvall\\nPayroll Services|Hälsningar;Stig;Hedvall",
            // a surname under a given name, a name under a name, a word after a blank line or not under a name stay
            "Kind regards\\nAino\\nVirta|Kind;Aino;Virta",
            "Aino Virta\\nGrace|Aino;Virta;Grace",
            "Aino Virta\\n\\nAdmissions|Aino;Virta;Admissions",
            "Aino Virta, Admissions\\nLibrary|Aino;Virta;Admissions;Library",
    })
    void takesTheMarkOffTheUnitUnderASigner(String text, String names) {
        MarkedWords.assertStay(UnitsUnderSigners::unmark, text, names);
    }
}
