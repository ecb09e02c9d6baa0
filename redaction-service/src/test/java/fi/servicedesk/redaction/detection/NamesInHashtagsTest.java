package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NamesInHashtagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nähdään perjantaina #jukanläksiäiset|jukan",
            "kakku on tilattu #ainonsynttärit|ainon",
            "välkommen #siggeskalas|sigges",
            "tiimi kiittää #kiitosIlkka|Ilkka",
            "see you there #IlkkasLeavingDo|Ilkka",
            "ja #teamHeinonen voitti|Heinonen",
    })
    void findsTheNameInAHashtag(String text, String name) {
        assertEquals(List.of(name), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "#kesänjuhlat alkaa",
            "#hyvääviikonloppua kaikille",
            "#TeamBuilding ensi viikolla",
            "tiketti #12345 on auki",
            "#throwback friday",
    })
    void leavesOtherHashtagsAlone(String text) {
        assertEquals(List.of(), found(text));
    }

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        NamesInHashtags.find(text, NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }
}
