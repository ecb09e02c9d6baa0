package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two names opening an entry that writes the surname first are one surname of two (SurnamesOfTwoWrittenFirst). */
class SurnamesOfTwoWrittenFirstTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a mail client's display name, surname first: the surname of two and the given names each one span
            "Tiedoksi: Sánchez Herrera, Marta Lucía <marta.sanchez@example.com>|Sánchez Herrera;Marta Lucía",
            // a watcher list of such entries, parted by semicolons
            "Watchers: Sánchez Herrera, Marta Lucía; Korhonen, Pekka\\nThanks|Sánchez Herrera;Marta Lucía;Korhonen;Pekka",
            // the entry after a semicolon, in a list that parts its people so
            "Watchers: Anna Lee <anna.lee@example.com>; Sánchez Herrera, Marta Lucía\\nThanks|Anna;Lee;Sánchez Herrera;Marta Lucía",
            // a comma parts two people written given name first, names the lists lack: no mail address or semicolon
            // beside them says the first two are one surname
            "Watchers: Chukwu Obi, Ngozi Adeyemi\\nThanks|Chukwu;Obi;Ngozi;Adeyemi",
            // a name the lists know only as a given name opens the entry: two people, each written given name first
            "Tiedoksi: Anna Virtanen, Pekka Korhonen\\nKiitos|Anna;Virtanen;Pekka;Korhonen",
            // a hyphenated word in the pair: a double given name, two people
            "Absent: Siu-ming Lau, Tsz-ching Ho|Siu-ming;Lau;Tsz-ching;Ho",
            // a semicolon parts two people, each written given name first
            "Kopio: Taras Honkanen; Shirin Kuusk\\nAihe: kone|Taras;Honkanen;Shirin;Kuusk",
            // the entry goes on after the names: a sentence, not an entry written surname first
            "Soitin Sánchez Herrera, Marta Lucía ja minä.|Sánchez;Herrera;Marta;Lucía",
    })
    void joinsTwoNamesBeforeTheGivenNamesOfAnEntryWrittenSurnameFirst(String text, String expected) {
        var source = text.replace("\\n", "\n");
        var found = Redactor.merge(Found.findings(detector, source)).stream().map(f -> source.substring(f.start(), f.end())).toList();
        assertEquals(Arrays.asList(expected.split(";")), found);
    }
}
