package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntroductionsAfterGreetingsTest {

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        IntroductionsAfterGreetings.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().sorted(Comparator.comparingInt(Finding::start)).map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"Hi, it's Ailbhe calling from Bosch, could you ring me back?\"|Ailbhe",
            "hi its Oisín Tower, my laptop wont boot|Oisín;Tower",
            "Hello, this is Halla Hauta from payroll.|Halla;Hauta",
            "Hei! Tässä Ilmatar Kokkonen Lahden toimistolta. Kiitos, Ilmatar|Ilmatar;Kokkonen;Ilmatar",
            "Hej, det är Sigrid Wennberg på ekonomi, ring mig.|Sigrid;Wennberg",
            "Moi, täs on Seppo, kone ei käynnisty|Seppo",
    })
    void findsANameGivenRightAfterAGreeting(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), found(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hi, it's Monday again and the VPN is down.",
            "Hello, this is Service Desk with an update.",
            "Hei, tässä Excel-taulukko pyydetystä raportista.",
            "Hei, tässä Liite eilisestä.",
            "Hej, det är Outlook som krånglar.",
            "Hi, it's Teams again.",
    })
    void leavesOtherWordsAfterAGreetingAlone(String text) {
        assertEquals(List.of(), found(text));
    }
}
