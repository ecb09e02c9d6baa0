package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseSystemFootersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a case system's name on the line under the footer's separator
            "\"Kiitos.\n--\nFiixit · Tapaus REQ5162901 päivitetty 2027-02-16 11:30:14\nKäsittelijä: Aino Virta\"|Kiitos;Käsittelijä;Aino;Virta",
            "\"Thanks.\n-- \nSalesforce Service Cloud · Case WO1234567 updated 2027-01-02 10:00:00\"|Thanks",
            "\"Tack.\n--\nHandläggare Ebba Lind (eblind) 2027-05-09 10:49:27 · Fiixit\n\"|Tack;Handläggare;Ebba;Lind",
            // a bar before the case's word, a comma after the clock time
            "\"Kiitos.\n--\nAnimana | Tiketti TUKI-06510 | päivitetty 2026-03-21 19:16:34\nOmistaja: Aino Virta\"|Kiitos;Omistaja;Aino;Virta",
            "\"Tack.\n--\nProvet Cloud | Ärende ÄR-843944 | uppdaterat 2026-07-07 09:43:53\"|Tack",
            "\"Kiitos.\n--\nKäsittelijä T. Suutarinlahti (ts9525) 2026-01-03 04:52:45, Provet Cloud\"|Kiitos;Käsittelijä;Suutarinlahti",
            // a word the name lists hold is the system's on a line that stamps the case's update or names its handler
            "\"Kiitos.\n--\nAurora | Tiketti ÄR-766025 | päivitetty 2027-03-23 16:19\"|Kiitos",
            "\"Kiitos.\n--\nKäsittelijä J.-A. Mesimarjasalo (joomes28) 2026-01-17 10:48:17, Aurora\"|Kiitos;Käsittelijä;Mesimarjasalo",
            "\"Kiitos.\n--\nAurora | Tiketti ÄR-766025\"|Kiitos;Aurora",
            "\"Kiitos.\n--\nPäivitetty (ma) 12.9.2027 23:20, Korhonen\"|Kiitos;Päivitetty;Korhonen",
            // a person's name in a signature stays, so does a name before or after a dot that is no case system's
            "\"Thanks.\n--\nAnna Lee · Case Manager\"|Thanks;Anna;Lee;Case;Manager",
            "\"Thanks.\n--\nAnna Lee · Lettings\"|Thanks;Anna;Lee;Lettings",
            "\"Thanks.\n--\nRepairs · 020 123 456 · Anna Lee\"|Thanks;Repairs;Anna;Lee",
            "\"Fiixit · Case WO1234567 updated 2027-01-02\"|Fiixit;Case",
            // a person's full name where the system's would stand stays
            "\"Thanks.\n--\nAnna Lee · Ticket 4411\"|Thanks;Anna;Lee",
            "\"Kiitos.\n--\nPäivitetty 12.9.2027 23:20 · Anna Virtanen\"|Kiitos;Päivitetty;Anna;Virtanen",
            "\"Kiitos.\n--\nAnna Lee | Ticket 4411\"|Kiitos;Anna;Lee",
            "\"Kiitos.\n--\nPäivitetty 12.9.2027 23:20, Anna Virtanen\"|Kiitos;Päivitetty;Anna;Virtanen",
            "\"Kiitos.\n--\nPäivitetty 12.9.2027 23:20, Korhonen\"|Kiitos;Päivitetty;Korhonen",
    })
    void takesTheMarkOffCaseSystems(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> CaseSystemFooters.unmark(s, tokens, words, marks), text, names);
    }
}
