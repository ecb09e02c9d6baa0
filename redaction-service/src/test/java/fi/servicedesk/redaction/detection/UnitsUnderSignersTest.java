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
            "Terveisin\\nVille Kallio\\nHankinta\\nEsimerkki Oy|Terveisin;Ville;Kallio;Esimerkki;Oy",
            "Terveisin\\nVille Kallio\\nPalkat|Terveisin;Ville;Kallio",
            "Med vänliga hälsningar\\nStig Hedvall\\nLönehantering|Med;Stig;Hedvall",
            "Hälsningar\\nStig Hedvall\\nInköp|Hälsningar;Stig;Hedvall",
            // the unit after a comma or slash behind a full name, or behind the role on the line under one
            "Luovuttaja: Heimo Kuikka / Palkat|Luovuttaja;Heimo;Kuikka",
            "Tilaaja: Aino Virta, Viestintä|Tilaaja;Aino;Virta",
            "Aino Virta\\ntukihenkilö, Tietosuoja|Aino;Virta",
            "Stig Hedvall\\ncommunity manager, Kommunikation|Stig;Hedvall",
            "Från: Stig Hedvall, Ekonomi|Från;Stig;Hedvall",
            "Aino Virta\\nPekka Laine, Tietosuoja|Aino;Virta;Pekka;Laine",
            // a surname under a given name, a name under a name, a word after a blank line or not under a name stay
            "Kind regards\\nAino\\nVirta|Kind;Aino;Virta",
            "Aino Virta\\nGrace|Aino;Virta;Grace",
            "Aino Virta\\n\\nAdmissions|Aino;Virta;Admissions",
            "Aino Virta, Admissions\\nLibrary|Aino;Virta;Library",
            // a name after the comma, a unit word with no name before it, or an ordinary word stays
            "Luovuttaja: Heimo Kuikka / Aino Virta|Luovuttaja;Heimo;Kuikka;Aino;Virta",
            "Aino Virta, Grace|Aino;Virta;Grace",
            "Kiitos, Hankinta|Kiitos;Hankinta",
            "Aino Virta, Helsinki|Aino;Virta;Helsinki",
            "Aino Virta\\nHankinta Virta|Aino;Virta;Hankinta;Virta",
            // the unit after the title's comma on the line under the signer
            "Terveisin\\nAino Virta\\ntukihenkilö, Tietosuoja\\n040 123 4567|Terveisin;Aino;Virta",
            "Hälsningar\\nStig Hedvall\\ncommunity manager, Dataskydd|Hälsningar;Stig;Hedvall",
            "Aino Virta\\ntoimittaja, Ilta-Sanomat|Aino;Virta",
            // the signer's town alone after the title's comma, a surname too; a surname that is no place stays
            "Mvh\\nRúni Mikkelsen\\nredovisningsekonom, Salo|Mvh;Rúni;Mikkelsen",
            "Mvh\\nRúni Mikkelsen\\nredovisningsekonom, Virta|Mvh;Rúni;Mikkelsen;Virta",
            "Aino Virta\\ntukihenkilö, Viestintä ja markkinointi|Aino;Virta",
            "Aino Virta\\nyhteisömanageri, Tietohallinto / Palvelupiste|Aino;Virta",
            // a name the lists read after the comma, a unit not under a name stay
            "Aino Virta\\ntukihenkilö, Matti Virtanen|Aino;Virta;Matti;Virtanen",
            "Hei,\\ntukihenkilö, Tietosuoja|Hei;Tietosuoja",
    })
    void takesTheMarkOffTheUnitUnderASigner(String text, String names) {
        MarkedWords.assertStay(UnitsUnderSigners::unmark, text, names);
    }
}
