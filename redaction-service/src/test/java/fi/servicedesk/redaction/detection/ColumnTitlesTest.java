package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table's title line names its columns, not people; its rows' names are still found (ColumnTitles). */
class ColumnTitlesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @Test
    void findsNoNameInTheTitlesOfASeparatedTable() {
        var text = "Exported roster:\nSurname;Given Name;Deputy;Desk\nHolmqvist;Tove;Ruotsalainen Arvo;B-2\n"
                + "Pirttilahti;Anselmi;Holmqvist Tove;C-4\n";

        var found = Found.inOrder(detector, text);

        assertEquals(List.of(), found.stream().filter(List.of("Surname", "Given", "Name", "Deputy", "Desk")::contains).toList());
        assertEquals(true, found.containsAll(List.of("Holmqvist", "Tove", "Pirttilahti", "Anselmi")), found.toString());
    }

    @Test
    void findsNoNameInTitlesUnderlinedByDashes() {
        var text = "User              Presenter  Editor\n----              ---------  ------\nGrönholm Sakari   True       False\n";

        var found = Found.inOrder(detector, text);

        assertEquals(List.of(), found.stream().filter(List.of("User", "Presenter", "Editor")::contains).toList());
    }

    @Test
    void readsLinesOfProseWithTheirCommasAsNoTitles() {
        var text = "Puhuja 1: Hyvää päivää, täällä Siiri, miten voin auttaa?\nPuhuja 2: Hei, Onni Paavola tässä, soitan laskusta.\n"
                + "Puhuja 1: Selvä, katsotaan, hetki.\n";

        assertEquals(true, Found.inOrder(detector, text).contains("Siiri"), Found.inOrder(detector, text).toString());
    }

    @Test
    void readsALabelsListOfNamesAsNoTitles() {
        var text = "Guests: Aila Mertanen, Ruben Osei, Carys Penhallow\nJoin: +358 9 4245 0100,,44120#, code 7\nAgenda: budget, rota, misc\n";

        assertEquals(true, Found.inOrder(detector, text).contains("Penhallow"), Found.inOrder(detector, text).toString());
    }

    @Test
    void readsAParagraphOverADashedSeparatorAsNoTitles() {
        var text = "Hei Kaija, oppilaat Elina Vuorela, Tapio Rinnekangas ja Oona Heinämaa eivät näe kurssia vielä.\n---\n\nKiitos.\n";

        assertEquals(true, Found.inOrder(detector, text).containsAll(List.of("Elina", "Vuorela", "Tapio", "Rinnekangas")),
                Found.inOrder(detector, text).toString());
    }

    @Test
    void findsNoNameInATitleInCapitalsOverARule() {
        var text = "Group Name        UPN     SID\n==========        ===     ===\nHelpdesk          hd      S-1-5-32-544\n";

        assertEquals(List.of(), Found.inOrder(detector, text).stream().filter(List.of("UPN", "SID")::contains).toList());
    }

    @Test
    void findsNoNameInACaptionOverRows() {
        var text = "Resa den 4 april 2026.\n\nRader:\n2026-04-04;halvdagstraktamente 145 kr;9516\nden 4 april 2026;milersättning 25 kr/mil;KP 0159\n";

        assertEquals(List.of(), Found.inOrder(detector, text).stream().filter("Rader"::equals).toList());
    }

    @Test
    void findsNoNameInACaptionOverRowsWithCrlf() {
        var text = "Resa den 4 april 2026.\r\n\r\nRader:\r\n2026-04-04;halvdagstraktamente 145 kr;9516\r\nden 4 april 2026;milersättning 25 kr/mil;KP 0159\r\n";

        assertEquals(List.of(), Found.inOrder(detector, text).stream().filter("Rader"::equals).toList());
    }

    @Test
    void findsTheSpeakerOverTheRowsPasted() {
        var text = "Korhonen:\n2026-03-12;ateriavähennys 58 e;KP 7676\n2026-03-13;päiväraha 51 e;KP 7677\n";

        assertEquals(List.of("Korhonen"), Found.inOrder(detector, text).stream().filter("Korhonen"::equals).toList());
    }

    @Test
    void findsTheNameAfterALabelOnItsLine() {
        var text = "Resa den 4 april 2026.\n\nRader: Holmqvist\n2026-04-04;halvdagstraktamente 145 kr;9516\nden 4 april 2026;milersättning 25 kr/mil;KP 0159\n";

        assertEquals(true, Found.inOrder(detector, text).contains("Holmqvist"), Found.inOrder(detector, text).toString());
    }
}
