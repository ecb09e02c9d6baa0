package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForumPostersTest {

    /** The handles found in {@code written}, where "\\n" (a CSV row's) ends a line. */
    private static List<String> posters(String written) {
        var text = written.replace("\\n", "\n");
        var findings = new ArrayList<Finding>();
        ForumPosters.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Ketju › Laajakaista\\n\\nulpuvaara_tuuli1 (Expert)\\nYhdistän ketjun aiempaan. => ulpuvaara_tuuli1",
            "talluddl (Uusi jäsen)\\nOlen kokeillut kaikkea. => talluddl",
            "signesan_ (Nykomling, 430 inlägg)\\nStarta om routern. => signesan_",
            "gunnel_t (Veteran, 22 posts)\\nDidn't help. => gunnel_t",
            "mattisotkasuo (Level 3)\\nKokeile tätä. => mattisotkasuo",
            "nils (viestejä 370)\\nEi auttanut. => nils",
            "Quote from schneiderh:\\n> Try clearing the cache. => schneiderh",
            "Citat från the_veronika_ku:\\n> Starta om routern. => the_veronika_ku",
            "Lainaus käyttäjältä satusar_:\\n> Kokeile nollausta. => satusar_",
            "reinorieskakorpi kirjoitti 17.03.2026:\\nOnko muilla ollut ongelmia? => reinorieskakorpi",
            "vilukalliot vastasi:\\n> lupasi hyvityksen => vilukalliot",
            "minjun_kim wrote on 3 May 2026, 10:14:\\nSame here. => minjun_kim",
            "axel_g skrev:\\nSamma här. => axel_g",
    })
    void findsAPostersHandleInAHeader(String text, String handle) {
        assertEquals(List.of(handle), posters(text));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "tuuli_u vastasi:\\nMinulle sama.\\n\\ncarrillol: Kannattaa laittaa viestiä tukeen. => tuuli_u|carrillol",
            "anna_k skrev:\\nSamma.\\n\\nedit: added a picture => anna_k",
    })
    void findsASpeakerInAThreadAHeaderOpens(String text, String handles) {
        assertEquals(List.of(handles.split("\\|")), posters(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a name, capitalised, the name rules' to read
            "Somchai Saetang kirjoitti 14.02.2026:\nHei",
            "Aino (Expert)\nHei",
            // a poster the board does not name, and an organisation's account
            "anonyymi kirjoitti:\nHei",
            "guest wrote:\nHi",
            "Kuitunet_Asiakaspalvelu (Moderator)\nHei",
            // no rank nor count: a title, a file's size, a phone
            "imavave (Talouspäällikkö)\n00994 50 092 1501",
            "raportti.pdf (2 MB)",
            "mirka (0035892130565)",
            // a speaker with no header: a chat, a bot, a log
            "user: moi mul ei toimi Wilma\nbot: Kerrotko nimesi?",
            "lautaro: mun nro +56 96 788 6877",
            "systemd: Started nginx.service",
    })
    void leavesWhatNoBoardsHeaderMarks(String text) {
        assertEquals(List.of(), posters(text));
    }
}
