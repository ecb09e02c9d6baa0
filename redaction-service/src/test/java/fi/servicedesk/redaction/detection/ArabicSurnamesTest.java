package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ArabicSurnamesTest {

    /** With the tagger, as the service runs: in capitals the rules alone read too few of the words. */
    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the nasab and the family name with its article are one surname; the given name stays apart
            "The wrong number belonged to Latifa bin Saeed Al Hashimi and has been removed.|Latifa;bin Saeed Al Hashimi",
            "Miksi Hamad bin Khalid Al-Suwaidi näkee tietoni?|Hamad;bin Khalid Al-Suwaidi",
            "Vi skickade det till Latifa bin Rashid Al Mansouri igår.|Latifa;bin Rashid Al Mansouri",
            "Suositus: siirrä Abdulrahmanille bin Rashid Al Mansourille.|Abdulrahmanille;bin Rashid Al Mansourille",
            "Ask Omar El Sayed or Ahmed Abu Khalil.|Omar;El Sayed;Ahmed;Abu Khalil",
            // in capitals, the particle opens the surname as it does in lower case
            "HEI TASSA SAIF BIN KHALID AL-SUWAIDI EN PAASE OMAAN TILIIN|SAIF;BIN KHALID AL-SUWAIDI",
            // the pair found after a given name is one surname wherever the message writes it, in a case form too
            "Varahenkilö on Abdulrahman Al Zahrani, joten vastuu siirtyy Al Zahranille.|Abdulrahman;Al Zahrani;Al Zahranille",
            // "Al" with no name before it is as often a given name: its words stay apart
            "Thanks to Al Gore for the help.|Al;Gore",
    })
    void joinsTheNasabAndTheFamilyNameIntoOneSurname(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text));
    }
}
