package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GivenNamesInLoginsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a login that writes the pair run together beside the surname names them one person's given names
            "Sukunimi: Virtanen. Soita Aino Matilda huomenna, tunnus ainomatilda.virtanen.|Virtanen;Aino Matilda",
            "Sukunimi: Virtanen. Lasku meni Aino Matildalle, tunnus ainomatilda.virtanen2.|Virtanen;Aino Matildalle;virtanen",
            // a login of the given name and the surname is no proof of a second given name, nor a part no name found begins
            "Sukunimi: Virtanen. Soita Aino Matilda huomenna, tunnus ainomatilda.adm.|Virtanen;Aino;Matilda",
            "Tunnus on matti.virtanen. Asiakas Matti Virtanen soitti.|Matti;Virtanen",
            "Tunnus on mattivirtanen.adm. Asiakas Matti Virtanen soitti.|Matti;Virtanen",
    })
    void joinsAPairALoginWritesAsOne(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text));
    }
}
