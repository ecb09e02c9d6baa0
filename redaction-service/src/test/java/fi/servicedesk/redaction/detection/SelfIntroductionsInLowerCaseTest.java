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
            // ordinary words in the same frames stay, and so does an introduction outside a transcript's line
            "[00:00:16] agentti: tässä on ohjeet|",
            "[00:00:30] caller: it's plus double four seven|",
            "[00:00:30] caller: this is urgent|",
            "Tässä vaiheessa ilker ei vastannut.|",
    })
    void marksANameSaidAfterAnIntroduction(String text, String names) {
        MarkedWords.assertMarks(SelfIntroductionsInLowerCase::mark, text, names);
    }
}
