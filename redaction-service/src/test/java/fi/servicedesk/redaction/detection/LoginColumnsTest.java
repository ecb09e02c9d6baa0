package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginColumnsTest {

    @Test
    void findsTheLoginsOfADatabaseClientsTable() {
        var table = """
                 id | username  | display_name
                ----+-----------+--------------
                  7 | tlaakso   | Tuula Laakso
                  9 | postgres  | (system)
                (2 rows)
                """;
        assertEquals(List.of("tlaakso"), found(table));
    }

    @Test
    void findsTheLoginsOfABorderedTable() {
        var table = """
                +----+----------+
                | id | login    |
                +----+----------+
                |  3 | m.aaltio |
                +----+----------+
                """;
        assertEquals(List.of("m.aaltio"), found(table));
    }

    @Test
    void findsTheLoginsOfTabSeparatedRows() {
        assertEquals(List.of("evirta2"), found("Nimi\tLogin\tOsasto\nEeva Virta\tevirta2\tTalous\n"));
    }

    @Test
    void findsTheLoginsOfSemicolonSeparatedRowsUnderATitleRowInParentheses() {
        var log = """
                Lokiote (katselija;tunnus;yksikkö;aika;syy)
                Rantala Tiina-Maria;trantala;osasto 4B;2026-03-02 10:14:00;hoitosuhde
                Virta Eero;ev4417;laboratorio;2026-03-02 10:20:11;näytteenotto

                Selvittäjä soittaa asiakkaalle.
                """;
        assertEquals(List.of("trantala", "ev4417"), found(log));
    }

    @Test
    void findsTheLoginsOfASwedishExport() {
        assertEquals(List.of("annlun01"), found("användare;inloggning;enhet\nLund Anna;annlun01;avd. K3\n"));
    }

    @Test
    void leavesSemicolonSeparatedRowsWithoutALoginsColumnAlone() {
        assertEquals(List.of(), found("sukunimi;etunimi;luokka;huoltaja\nVirta;Eero;7B;Anna Virta\n"));
    }

    @Test
    void findsTheLoginsOfFormatTableColumns() {
        var table = """
                Name            SamAccountName Enabled
                ----            -------------- -------
                Olli Kivi       okivi          True
                Backup Service  svc_backup     True

                okivi was disabled
                """;
        assertEquals(List.of("okivi"), found(table));
    }

    @Test
    void leavesTheLineUnderASignatureMarkAlone() {
        assertEquals(List.of(), found("Tunnus mvirta on lukittu.\n--\nSV\n\nSanna Varis\n"));
    }

    @Test
    void leavesTablesWithoutALoginsColumnAlone() {
        var table = """
                | Laite    | Sarjanumero |
                |----------|-------------|
                | ThinkPad | PF3X9K2L    |
                """;
        assertEquals(List.of(), found(table));
    }

    @Test
    void findsTheLoginsOfACommaSeparatedExport() {
        var csv = """
                rooli,sukunimi,etunimi,sähköposti,tunnus
                valmentaja,Halonen,Ritva,ritva.halonen@seura.example.fi,halrit
                tuomari,Ojala,Teemu,,ojalt4
                huoltaja,Niemi,Sari,,

                Terveisin Sari
                """;
        assertEquals(List.of("halrit", "ojalt4"), found(csv));
    }

    @Test
    void leavesAClauseThatOpensWithTheWordAlone() {
        assertEquals(List.of(), found("tunnus, salasana ja sähköposti\nkaikki, mitä tarvitaan, löytyy\n"));
    }

    @Test
    void findsTheLoginsOfAQuotedSemicolonExport() {
        var csv = """
                "varaus";"jäsen";"tunnus";"puhelin"
                "R-1042";"HALONEN Ritva";"halrit";"+358401234567"
                "R-1043";"OJALA Teemu";"";""
                """;
        assertEquals(List.of("halrit"), found(csv));
    }

    @Test
    void readsPastACsvCellThatQuotesAComma() {
        var export = """
                rooli,nimi,tunnus
                admin,"Virtanen, Aino",avirta
                user,"Laine, Pekka",plaine
                """;
        assertEquals(List.of("avirta", "plaine"), found(export));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        LoginColumns.find(Text.of(text), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
