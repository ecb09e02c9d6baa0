package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Handles and profile links in chat: {@link ChatHandles}, {@link ProfileLinks}, {@link QuotedHandles}, {@link LoginsInParentheses}. */
class HandlesInChatTest {

    private final UsernameDetector detector = new UsernameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lisätkää @pekka_77 ryhmään|pekka_77",
            "ping @sanna.vir about the run|sanna.vir",
            "Olli here, I'm @ollir3|ollir3",
            "katso linkedin.com/in/maija-heinonen-7c2a1f ja kerro|maija-heinonen-7c2a1f",
            "kuvat: https://www.instagram.com/ville.kos/|ville.kos",
            "https://yhtio-my.sharepoint.com/personal/maija_heinonen_yhtio_fi/Documents/x|maija_heinonen_yhtio_fi",
            "my code is on github.com/mheinonen|mheinonen",
            "on Discord someone called 'dark_olli9' sent a link|dark_olli9",
            "Discordissa joku ”sanna.vir” lähetti kutsun|sanna.vir",
            "voiko nämä tallentaa? olli rautio (olli2011)|olli2011",
            "Terveisin Maija Heinonen (heino_m)|heino_m",
            // a surname a dictionary reads as the compound it was made of, the handle holding both names' starts
            "Kirjoittaja: Hotti-Petri Tervaoja (hotterv.kuski), puhelin|hotterv.kuski",
            "Löytäjä: kuljettaja Vaske-Juhana Kaskisuo (vaskask.kuski)|vaskask.kuski",
            "Merge request !42 opened by Aino Laakso @ailaak|ailaak",
            "/docs/**  @hkiv-ops2 @org/docs-team|hkiv-ops2",
            "*.tf @tmurto|tmurto",
    })
    void findsAHandleOrAProfilesAccount(String text, String account) {
        assertEquals(List.of(account), Found.in(detector, text));
    }

    @Test
    void findsTheWritersOfATranscriptsTurnsAfterTheirTimes() {
        var chat = """
                Chat – korvauspalvelu 27.08.2026
                23:23 chig8x: moi, kysyisin vahingosta
                23:25 Korvauskäsittelijä Thanom: Hei! Mikä on tilanne?
                [23:26] rakel_eks: koden funkar inte
                23:28 tuisku.travels: TTPTYP
                """;
        assertEquals(List.of("chig8x", "rakel_eks", "tuisku.travels"), Found.in(detector, chat));
    }

    @Test
    void findsAWritersHandleMadeOfTheNameTheBotFound() {
        var chat = """
                06:29 Varausbotti: Hei! Kerro varausnumerosi.
                06:29 jarilukkarinsaari: LA/34738/62
                06:31 Varausbotti: Löysin varauksen nimellä Lukkarinsaari Jari-Aukusti. Miten voin auttaa?
                06:32 karlsjo_: hei
                """;
        assertEquals(List.of("jarilukkarinsaari", "karlsjo_"), Found.in(detector, chat));
    }

    @Test
    void findsAWritersHandleMadeOfOneHalfOfADoubleSurnameAndALetterOfTheOther() {
        var chat = """
                21:18 ouyangs: 097 339 087
                21:18 EnergyBot: Thanks. Is this Shufen Ouyang-Sima?
                21:19 ouyangs: yes. EV charger keeps dropping offline
                """;
        assertEquals(List.of("ouyangs", "ouyangs"), Found.in(detector, chat));
    }

    @Test
    void findsAWritersHandleMadeOfAFourWordNameTheBotAskedAfterAWordOfItsOwn() {
        var chat = """
                23:14 Seurantabotti: Hei! Anna lähetystunnus.
                01:14 dorvilusn: MX302590096SE
                03:14 Seurantabotti: Oletko Nadège Widlene Dorvilus-Saintil?
                """;
        assertEquals(List.of("dorvilusn"), Found.in(detector, chat));
    }

    @Test
    void findsAWritersHandleMadeOfAllFourWordsOfTheNameAfterTheQuestionsWord() {
        var chat = """
                20:36 anemirenzubizarretagoikoetxea: 3866978597526996
                20:36 Seurantabotti: Lähetys on Vantaan terminaali. Oletko Ane Miren Zubizarreta Goikoetxea?
                """;
        assertEquals(List.of("anemirenzubizarretagoikoetxea"), Found.in(detector, chat));
    }

    @Test
    void findsTheWriterOfATurnANoteQuotesAfterAColon() {
        var note = """
                kl. 18:40 | bord 4 | Lindgren Sara-Lovisa | bokningsbot
                Boten: "saralind: bord för 2, kanske tre". Chatten 18:41: "olle_92: vi kommer sent"
                """;
        assertEquals(List.of("saralind", "olle_92"), Found.in(detector, note));
    }

    @Test
    void findsTheWriterOfAnotherBotsQuotedTurn() {
        var note = "Ajanvarausbotti kirjasi: \"teemu.k_88: tarvitsen ajan perjantaille\" ja vahvisti sen.";
        assertEquals(List.of("teemu.k_88"), Found.in(detector, note));
    }

    @Test
    void findsAWritersHandleOpeningWithTheGivenNameAndGoingOnWithTheSurnameInAnotherCase() {
        var chat = """
                12:11 Jätebotti: Hei! Miten voin auttaa?
                12:11 ievdohirsimaki: tyhjennys jäi väliin
                12:11 Maksim-Jaako (asiakaspalvelu): Hei, puhunko Ievdo-Katri Hirsimäen kanssa?
                14:12 ievdohirsimaki: joo
                """;
        assertEquals(List.of("ievdohirsimaki", "ievdohirsimaki"), Found.in(detector, chat));
    }

    @Test
    void findsAWritersHandleMadeOfTheSurnameTheAgentInflectsAndAGivenNamesInitial() {
        var chat = """
                12:01 Apteekkibotti: Hei! Miten voin auttaa?
                12:01 kivikoskim: tilaus ei tullut
                12:02 Aino (asiakaspalvelu): Hei, puhunko Mikko-Ilmari Kivikosken kanssa?
                12:03 kivikoskim: joo
                """;
        assertEquals(List.of("kivikoskim", "kivikoskim"), Found.in(detector, chat));
    }

    @Test
    void leavesAWritersSurnameAloneBesideTheNameTheAgentInflects() {
        var chat = """
                12:01 virtanen: moi
                12:02 Aino (asiakaspalvelu): Hei, puhunko Pekka Virtasen kanssa?
                """;
        assertEquals(List.of(), Found.in(detector, chat));
    }

    @Test
    void leavesAQuotedWordBeforeAColonAlone() {
        assertEquals(List.of(), Found.in(detector, "Hän kirjoitti: \"huom: ovi jumittaa\" ja lähti."));
    }

    @Test
    void leavesAWritersGivenNameAloneBesideTheFullName() {
        var chat = """
                06:29 ainomaija: moi
                06:30 aino: moi
                06:31 Varausbotti: Löysin varauksen nimellä Aino-Maija Virtanen.
                """;
        assertEquals(List.of(), Found.in(detector, chat));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "lisätkää @Sanna ryhmään",
            "mail me at olli@example.fi",
            "see instagram.com/explore for more",
            "clone github.com/quarkusio/quarkus first",
            "on Discord the file 'raportti_2026.xlsx' was shared",
            "Windows Server (win2019) needs patches",
            "the file is in 'backup_2024' on the NAS",
            "kiitos @anna-liisa avusta",
            "CODEOWNERS puuttuu, kysy @jussi",
            "@Aino Laakso @Reija katsokaa tämä",
            "@Aino Laakso @reija katsokaa tämä",
            // a writer with a plain name, and a word after a time that opens no turn
            "23:23 maija: moi, kysyisin vahingosta", "[07:51] gijs.vos: hey did hamidullah send it",
            "23:23 ville kirjautui sisään",
            // the writer's given name alone, a half of it
            "08:10 Ievdo-Katri Hirsimäki kirjoitti:\n08:11 ievdo: moi",
    })
    void leavesOtherWordsAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
