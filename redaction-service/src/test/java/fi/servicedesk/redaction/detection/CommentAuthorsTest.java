package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommentAuthorsTest {

    /** The handles found in {@code written}, where "\\n" (a CSV row's) ends a line. */
    private static List<String> authors(String written) {
        var text = written.replace("\\n", "\n");
        var findings = new ArrayList<Finding>();
        CommentAuthors.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "kuurarantat @mart_k tää olis sulle\\n  ↳ Väre @sari_k Hei! => kuurarantat",
            "elifcelik @kanervarantaj kolla här\\n  ↳ Havsbris @annikas Hej! => elifcelik",
            "pinja_h @untokerp85 look at this => pinja_h",
            "  ebbav92 @lina_s kolla här => ebbav92",
            "routasuot Hain jo, ei kuulunut mitään :(\\n  ↳ Väre @routasuot Hei! => routasuot|routasuot",
            "annikas Sökte redan i maj\\n  ↳ Havsbris @annikas Hej! => annikas|annikas",
    })
    void findsACommentsAuthor(String text, String handles) {
        assertEquals(List.of(handles.split("\\|")), authors(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // words before a mention
            "botti @ReittiBot ei vastaa",
            "lisätkää @leonk8 ryhmään",
            "add @nahrain.ben to the group",
            "cc @rcondor",
            // letters no dictionary knows, where no reply marks a comment list
            "elifcelik @kanervarantaj kolla här",
            // a chat, where people mention each other by the given name that opens their lines
            "krista saarinen, [25.11.2027 20:30]\n@krista sun linkki vaatii kirjautumisen",
            "illiam you need to request access\n@illiam costain can you have a look?",
            // an organisation's account, the whole channel
            "VareAsiakaspalvelu @routasuot Hei!",
            "here we go\n@here the build is red",
            // a word that opens a line and is mentioned by no one
            "routasuot ovat kylmiä",
    })
    void leavesWordsAndOrganisations(String text) {
        assertEquals(List.of(), authors(text));
    }
}
