package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountsInPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tiedosto C:\\Users\\mvehmas\\Desktop\\lasku.pdf puuttuu|mvehmas",
            "profiili on nyt C:\\Users\\olli.rautio.KONSERNI|olli.rautio",
            "SAMA VIRHE: C:\\USERS\\SVIRTA2\\DOWNLOADS|SVIRTA2",
            "avaa c:\\users\\hkuusela\\appdata|hkuusela",
            "scp raportti /home/tlehto/.ssh/ ei onnistu|tlehto",
            "Mac: /Users/anna_berg/Library/Mail on täynnä|anna_berg",
            "Åtkomst nekad: \\\\fil02\\home$\\kbergman|kbergman",
            "Kirjautunut: KONSERNI\\olli.rautio (kone LT-123)|olli.rautio",
    })
    void findsTheAccountOfAHomeFolderOrADomain(String text, String account) {
        assertEquals(List.of(account), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "C:\\Users\\Public\\Documents on täynnä",
            "C:\\Users\\Default\\AppData puuttuu",
            "Open /Users/Shared/Installers",
            "sudo ls /home/user/",
            // whoami /groups: a group the account is in
            "CORP\\wheel  Group  S-1-5-21-1911873065-0682157416-347345100-68155  Mandatory group, Enabled",
            "Avaa HKLM\\software\\policies",
            "tiedosto D:\\projektit\\raportti.docx",
            "polku /var/home2/tlehto ei ole koti",
    })
    void leavesFoldersOfNoOneAlone(String text) {
        assertEquals(List.of(), found(text));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        AccountsInPaths.find(Text.of(text), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
