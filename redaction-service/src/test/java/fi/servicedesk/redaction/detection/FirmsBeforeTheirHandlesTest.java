package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A display name before the firm's handle that spells it (FirmsBeforeTheirHandles), with the name tagger on. */
class FirmsBeforeTheirHandlesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "  ↳ Kvarnby Bygg @KvarnbyBygg\\n  Hi Aino, sorry about this!|Aino",
            "  ↳ Vesiteho @VesitehoVaasa · 15:51\\n  Hei Outi, pahoittelut!|Outi",
            "  ↳ Väre @VareAsiakaspalvelu\\n  Hej Tove! Vi beklagar.|Tove",
    })
    void keepsTheFirm(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a person's handle in lower case, or one that opens with a given name
            "  ↳ Aino Virta @ainovirta\\n  sama täällä|Aino;Virta",
            "  ↳ Matti Virtanen @MattiVirtanen\\n  same here|MattiVirtanen;Matti;Virtanen",
    })
    void keepsThePerson(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }
}
