package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfIntroductionsInLowerCaseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a name said after a self-introduction or "speaking to" on a transcript's speaker line
            "[00:00:14] agent: service desk you're speaking to lenni-petteri how can i help|lenni-petteri",
            "[00:00:16] agentti: palvelupiste tässä ilker hei|ilker",
            "[00:00:22] asiakas: joo moi täällä kaarina ja mulla ei toimi vpn|kaarina",
            "[00:00:22] kund: hej det är signhild håkansson här|signhild;håkansson",
            "[00:00:09] caller: hi it's thulani ngcobo my outlook keeps crashing|thulani;ngcobo",
            // a surname no one knows after the given names, though no word of the frame follows
            "[00:00:30] uppringare: hej det är karl gustav lagerkvist jag kommer inte in|karl;gustav;lagerkvist",
            "[00:00:12] asiakas: moi tässä pirkko tsereteli soitan koneesta|pirkko;tsereteli",
            "[00:00:09] caller: hi this is sarah okonkwo um the printer|sarah;okonkwo",
            // ordinary words in the same frames stay, and so does an introduction outside a transcript's line
            "[00:00:16] agentti: tässä on ohjeet|",
            "[00:00:30] caller: it's plus double four seven|",
            "[00:00:30] caller: this is urgent|",
            "[00:00:30] kund: det är fel lösenord|",
            "Tässä vaiheessa ilker ei vastannut.|",
    })
    void marksANameSaidAfterAnIntroduction(String text, String names) {
        MarkedWords.assertMarks(SelfIntroductionsInLowerCase::mark, text, names);
    }
}
