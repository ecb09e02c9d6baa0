package fi.servicedesk.redaction.detection;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GivenNamesOfOnePersonTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // two given names before the surname are one name
            "Lähettäjä: Caoimhe Saoirse Mac Craith\\nKiitos|Caoimhe Saoirse;Mac Craith",
            "Reported by: Przemysław Szczepan Szczepańska-Wróbel\\nPhone: 040 123 4567|Przemysław Szczepan;Szczepańska-Wróbel",
            "Account holder: MATTI JUHANI VIRTANEN\\nPhone: 040 123 4567|MATTI JUHANI;VIRTANEN",
            // a surname of several words stays its own name
            "Reported by: Anas Tariq Al-Masri\\nPhone: 040 123 4567|Anas Tariq;Al-Masri",
            // a hyphen makes the surname double already: the name before it is a given name, not a third surname
            "Contact: Wanjiku Nyokabi Kamau-Mutua, +254 700 123 456|Wanjiku Nyokabi;Kamau-Mutua",
            // surname first in capitals: the given names after it are one name, the capitals one surname
            "Osakas: VIRTANEN Matti Juhani (031064-5472)|VIRTANEN;Matti Juhani",
            // of four names the third opens a surname of two where the lists know it only as a surname
            "Bokad av: Shahd Nada Mansour El-Sayed, +381 64 244 7409|Shahd Nada;Mansour El-Sayed",
            // but three given names stay apart
            "Asiakas: Maria Anna Sofia Virtanen-Koski, 040 123 4567|Maria;Anna;Sofia;Virtanen-Koski",
            // a given name and a surname side by side stay two names
            "Soita Matti Virtaselle huomenna.|Matti;Virtaselle",
            // a line break parts the names of two people
            "Kopio: Aino Liisa\\nVirtanen|Aino;Liisa;Virtanen",
    })
    void joinsOnePersonsGivenNames(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a hyphenated surname opened by a capitalised article is a double surname: the names before it are given names
            "Reported by: Maëlle Enora Le Roux-Kerjean\\nPhone: 040 123 4567|Maëlle Enora;Le Roux-Kerjean",
            "Käsittelijä: Tudual Brieg Le Roux-Kerjean (tudker1)|Tudual Brieg;Le Roux-Kerjean",
            "Handläggare Kerian Maodez La Fosse-Morvan, 070 123 4567|Kerian Maodez;La Fosse-Morvan",
    })
    void joinsGivenNamesBeforeADoubleSurnameOpenedByAnArticle(String text, String expected) {
        String written = text.replace("\\n", "\n");
        assertEquals(Arrays.asList(expected.split(";")),
                Redactor.merge(Found.findings(detector, written)).stream().map(f -> written.substring(f.start(), f.end())).toList());
    }

    @Test
    void joinsTheGivenNamesBeforeADoubleSurnameWhoseFirstPartEndsInAParticle() {
        // "Parata-Te Whatu" is double as a hyphenated surname is; another rule may mark "Parata-Te" alone, the redactor keeps the longer
        String text = "Handler: Aroha Mereana Parata-Te Whatu (Events Officer)";
        var found = Redactor.merge(Found.findings(detector, text)).stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of("Aroha Mereana", "Parata-Te Whatu"), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // four names without a hyphen: two given names and a surname of two
            "Attendees: Giommaria Gavino Sanna Porcu\\nThanks|Giommaria Gavino;Sanna Porcu",
            // two people written without a comma stay two
            "Osallistujat: Matti Virtanen Liisa Korhonen\\nKiitos|Matti Virtanen;Liisa Korhonen",
            // a last name the lists know only as a given name is the next person's, not a surname's second part
            "Osallistujat: Anna Maria Virtanen Liisa\\nKiitos|Anna;Maria;Virtanen;Liisa",
            "Osallistujat: Giommaria Gavino Sanna Liisa\\nKiitos|Giommaria;Gavino;Sanna;Liisa",
    })
    void splitsFourNamesWithoutAHyphenIntoTwoAndTwo(String text, String expected) {
        var source = text.replace("\\n", "\n");
        var found = Redactor.merge(Found.findings(detector, source)).stream().map(f -> source.substring(f.start(), f.end())).toList();
        assertEquals(Arrays.asList(expected.split(";")), found);
    }

    @Test
    void keepsAGivenNameApartFromASurnameOpenedByParticles() {
        // "Van" opens the surname, whichever rule marked it: two names, the given name not joined to the particle
        var found = Found.inOrder(detector, "For anything urgent contact Sonny Van der Merwe on +358 50 0290830.");
        assertTrue(found.contains("Sonny") && found.contains("Van der Merwe"), found.toString());
    }
}
