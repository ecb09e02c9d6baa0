package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginsInLogRowsTest {

    @Test
    void findsWhoRanEachJobOfALogWithoutTitles() {
        var log = """
                Ajoloki:
                2026-10-17 15:14:13;ZFI_AP_CLOSE;mvirtanen;VALMIS
                2026-10-17 15:14:20;GL_RECON;ak1397;VIRHE (erä 4932108197)

                Ajo kaatui.
                """;
        assertEquals(List.of("mvirtanen", "ak1397"), found(log));
    }

    @Test
    void findsTheApproversOfAnExportUnderTitlesThatNameNoLogin() {
        var export = """
                pvm | tunnit | hyväksyjä | tila
                12.01.2026 | 2,5 | aino.laaksonen | HYVÄKSYTTY
                13.01.2026 | 3,0 | aungmei | AVOIN
                """;
        assertEquals(List.of("aino.laaksonen", "aungmei"), found(export));
    }

    @Test
    void takesALoginThatSpellsAWordBesideTwoMarkedOnes() {
        var log = """
                2026-02-19 10:20:56 | VAT_REPORT | ak1397 | COMPLETE
                2026-02-19 10:21:20 | INTERCO_ELIM | ruskoon | FAILED
                2026-02-19 10:22:16 | FAGL_FCV | prakash.shrestha | WAITING
                """;
        assertEquals(List.of("ak1397", "ruskoon", "prakash.shrestha"), found(log));
    }

    @Test
    void leavesAColumnOfWordsWithOneMarkedCellAlone() {
        assertEquals(List.of(), found("1;valmis;A\n2;kesken;B\n3;ak1397;C\n"));
    }

    @Test
    void takesPlainLoginsWhenOneIsMadeOfANameTheMessageWrites() {
        var export = """
                Esihenkilöni Georg-Ludvig Fläderudd hyväksyi ne.

                pvm;tunnit;hyväksyjä;tila
                12.1.2026;2,5;fladege;HYVÄKSYTTY
                12.01.2026;3,0;aungmei;AVOIN
                """;
        assertEquals(List.of("fladege", "aungmei"), found(export));
    }

    @Test
    void leavesPlainCellsAloneWhenNoNameOfTheMessageMakesThem() {
        assertEquals(List.of(), found("pvm;tunnit;hyväksyjä;tila\n12.1.2026;2,5;fladege;OK\n12.1.2026;3,0;aungmei;OK\n"));
    }

    @Test
    void leavesAColumnOfWordsAlone() {
        var calls = """
                08:19:06;outbound;+358 40 123 4567;Eero Kaarto
                19:50:13;inbound;+358 40 765 4321;Hina Kawano
                """;
        assertEquals(List.of(), found(calls));
    }

    @Test
    void leavesAColumnWithoutALoginsMarkAlone() {
        assertEquals(List.of(), found("1;dari;+93 79 918 8156\n2;tagalog;+63 918 332 9114\n"));
    }

    @Test
    void leavesFilesAndHostsAlone() {
        var rows = """
                2026-03-02;raportti.pdf;srv01;OK
                2026-03-03;lokit.csv;srv02;OK
                """;
        assertEquals(List.of(), found(rows));
    }

    @Test
    void findsTheActorsOfAnAuditTrail() {
        var log = """
                Korvausjärjestelmän lokimerkinnät MTR/382088/11 (Korvaus360)

                2027-02-25 08:46:20 kaakkle LUOTU vahinko, ilmoittaja Kankkunen, Virve
                2027-02-25 08:57:46 quizori TILA → tarkastuksessa
                2027-02-25 10:57:46 pirlau80 MAKSU EUR 22589,50
                """;
        assertEquals(List.of("kaakkle", "quizori", "pirlau80"), found(log));
    }

    @Test
    void findsTheActorsOfAnAuditTrailThatWritesTheActionFirst() {
        var log = """
                2027-03-02 09:14:05 PYYNTÖ kalpeti: lausunto, potilas VIRTALA Onni
                2027-03-02 09:14:09 LÄHETYS Keskussairaala → Röntgen
                2027-03-02 09:20:41 VASTAANOTTO aurkoski: kuvat avattu
                2027-03-03 11:02:17 BEGÄRAN lindh47: journalkopia
                2027-03-03 11:09:55 SENT BACK mbergqvist: images returned
                """;
        assertEquals(List.of("kalpeti", "aurkoski", "lindh47", "mbergqvist"), found(log));
    }

    @Test
    void leavesTheComponentsAfterASystemsLogLevelsAndWordsAfterAnActionAlone() {
        var log = """
                2027-03-02 09:14:05 ERROR db: connection refused
                2027-03-02 09:14:09 WARN kafka2: lag 4000
                2027-03-02 09:15:00 BUILD frontend: ok
                2027-03-02 09:16:00 BUILD backend: ok
                """;
        assertEquals(List.of(), found(log));
    }

    @Test
    void findsTheTaggedLoginsInCapitalsOfAScannerLog() {
        var log = """
                2027-01-19 21:04:30 KULJ-BATSU IMEI 35-171623-062345-2 SISÄÄN 1ZGLM7011908699581
                2027-01-19 21:04:51 KULJ-BATSU HYLLYTYS 1ZGLM7011908699581 hylly lokero 12
                2027-01-19 21:05:01 KULJ-MESIM LÄHTÖ 1ZGLM7011908699581
                """;
        assertEquals(List.of("KULJ-BATSU", "KULJ-BATSU", "KULJ-MESIM"), found(log));
    }

    @Test
    void leavesTheJobsAndSystemsInCapitalsOfALogAlone() {
        var log = "2026-10-17 15:14:13 SYS-BATCH START\n2026-10-17 15:15:13 CRON-JOB END\n2026-10-17 15:16:13 SYS-BATCH END";
        assertEquals(List.of(), found(log));
    }

    @Test
    void findsAnActorInCapitalsMadeOfANameTheMessageWrites() {
        var log = """
                Kuittaukset: Kaisa-Ulriika Rautulahti, Aatami-Niilo Kiiskiniemi.
                2027-01-19 21:04:30 HKI-RAUTU SISÄÄN 1ZGLM7011908699581
                2027-01-19 21:05:01 HKI-KIISK LÄHTÖ 1ZGLM7011908699581
                """;
        assertEquals(List.of("HKI-RAUTU", "HKI-KIISK"), found(log));
    }

    @Test
    void leavesTheLockersOfALogAlone() {
        var log = """
                2027-01-19 21:04:30 LK-0715-26 AVATTU lokero 12
                2027-01-19 21:04:51 LK-0715-27 SULJETTU lokero 14
                """;
        assertEquals(List.of(), found(log));
    }

    @Test
    void takesALoginThatSpellsAWordOnceHoweverOftenItActs() {
        var log = """
                2027-02-25 08:46:20 virtaa7 AVASI asiakastiedot
                2027-02-25 08:47:20 koskeen MUUTTI osoitteen
                2027-02-25 08:48:20 koskeen MUUTTI puhelinnumeron
                2027-02-25 08:49:20 ak1397 KATSOI asiakastiedot
                """;
        assertEquals(List.of("virtaa7", "koskeen", "koskeen", "ak1397"), found(log));
    }

    @Test
    void leavesTheHostsOfASystemsLogAndAnAuditTrailOfWordsAlone() {
        var log = """
                2027-02-25 08:46:20 web01 ERROR disk full
                2027-02-25 08:57:46 ak1397 WARN retry
                2027-02-25 09:00:00 backup DONE
                2027-02-25 09:10:00 nightly DONE
                """;
        assertEquals(List.of(), found(log));
    }

    @Test
    void findsTheMembersOfAGateLogWhoseTagsEndInAWord() {
        var log = """
                2026-09-14 06:02:11 k.lindqv12 IN granted
                2026-09-14 06:05:40 eerojuh.tag IN granted
                2026-09-14 06:31:02 k.lindqv12 OUT
                """;
        assertEquals(List.of("k.lindqv12", "eerojuh.tag", "k.lindqv12"), found(log));
    }

    @Test
    void leavesAColumnWithAFileItNamesAlone() {
        var log = """
                2026-09-14 06:02:11 k.lindqv12 SAVED
                2026-09-14 06:05:40 asetukset.yml SAVED
                """;
        assertEquals(List.of(), found(log));
    }

    @Test
    void findsWhoClosesEachLineOfAKeyCardLog() {
        var log = """
                2026-11-03 21:10:04  CARD KC-550321  encoded  guest Okafor, Chidi  reception tl5520
                2026-11-03 21:12:44  OPEN  card 40417
                2026-11-03 21:40:09  CARD 9be07c1d  encoded  Salo, Arja  reception by=qvistjo
                2026-11-03 22:05:51  CANCELLED 9be07c1d  tl5520
                """;
        assertEquals(List.of("tl5520", "qvistjo", "tl5520"), found(log));
    }

    @Test
    void leavesTheWordsAndSerialsClosingStampedLinesAlone() {
        var log = """
                2026-11-03 21:10:04 reader rebooted after update
                2026-11-03 21:12:44 badge 40417 scanned at gate
                2026-11-03 21:40:09 badge written 9be07c1d
                """;
        assertEquals(List.of(), found(log));
    }

    @Test
    void leavesTheLastWordsOfAChatsTurnsAlone() {
        var chat = """
                2027-03-01 19:02 - Sanni Kuusela: ootteks tulossa sannille
                2027-03-01 19:04 - Jooel: joo mut myöhäs, tuon kimmo82
                2027-03-01 19:05 - Sanni Kuusela: ok vieras1
                """;
        assertEquals(List.of(), found(chat));
    }

    @Test
    void findsUnmarkedActorsOfATrailWhenTwoAct() {
        var log = """
                2026-05-02 10:00:12 pkorhola LUOTU varaus
                2026-05-02 10:04:40 mvaljakk MUUTETTU huone 210 -> 312
                """;
        assertEquals(List.of("pkorhola", "mvaljakk"), found(log));
    }

    @Test
    void leavesALoneUnmarkedActorAlone() {
        var log = """
                2026-05-02 10:00:12 pkorhola LUOTU varaus
                2026-05-02 10:04:40 pkorhola MUUTETTU huone 210 -> 312
                """;
        assertEquals(List.of(), found(log));
    }

    @Test
    void findsAClosingLoginOfInitialsAndDigitsThatCouldBeHexadecimal() {
        var log = """
                2026-12-01T08:00 KORTTI 4711 luotu vastaanotto ab2048
                2026-06-10T09:40 AVAIN 3121 palautettu huolto fa77
                """;
        assertEquals(List.of("ab2048", "fa77"), found(log));
    }

    @Test
    void leavesTheServicesOfAWebAccessLogAlone() {
        var log = """
                2026-12-07T07:00:00 api-gw GET /health
                2026-12-07T07:00:01 auth-svc POST /token
                2026-06-10 09:15:02 billing-api PUT /invoices/77
                2026-06-10 09:15:03 front-web DELETE /session
                2026-06-10 09:15:04 reportd PROPFIND /share/raportit
                """;
        assertEquals(List.of(), found(log));
    }

    @Test
    void leavesAColumnOfFilesAndHostsWithAMarkedCellAlone() {
        var rows = """
                2026-04-01|tulosteet.pdf|valmis
                2026-04-02|www.kunta.fi|valmis
                2026-04-03|liisa.ranta2|valmis
                """;
        assertEquals(List.of(), found(rows));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        LoginsInLogRows.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
