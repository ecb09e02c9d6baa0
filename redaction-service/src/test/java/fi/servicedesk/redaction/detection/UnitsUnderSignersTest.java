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
            // the unit after the title's comma on the line under the signer
            "Terveisin\\nAino Virta\\ntukihenkilö, Tietosuoja\\n040 123 4567|Terveisin;Aino;Virta",
            "Hälsningar\\nStig Hedvall\\ncommunity manager, Dataskydd|Hälsningar;Stig;Hedvall",
            "Aino Virta\\ntoimittaja, Ilta-Sanomat|Aino;Virta",
            "Aino Virta\\ntukihenkilö, Viestintä ja markkinointi|Aino;Virta",
            "Aino Virta\\nyhteisömanageri, Tietohallinto / Palvelupiste|Aino;Virta",
            // a name before the comma, a name the lists read after it, a unit not under a name stay
            "Aino Virta\\nPekka Laine, Tietosuoja|Aino;Virta;Pekka;Laine;Tietosuoja",
            "Aino Virta\\ntukihenkilö, Matti Virtanen|Aino;Virta;Matti;Virtanen",
            "Hei,\\ntukihenkilö, Tietosuoja|Hei;Tietosuoja",
    })
    void takesTheMarkOffTheUnitUnderASigner(String text, String names) {
        MarkedWords.assertStay(UnitsUnderSigners::unmark, text, names);
    }
}
