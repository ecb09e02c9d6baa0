package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MacAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // hex letters inside a hardware address, and its label before it
            "Kone: Latitude 5440, MAC 0A:BE:77:C3:19:FA, käyttäjä Ilona Pehkonen|Kone;Latitude;käyttäjä;Ilona;Pehkonen",
            "MAC: EA-4B-09-CD-11-7E\\nOwner: Wilma Haapala|Owner;Wilma;Haapala",
            // no address, no look-alike: a surname in capitals and a name after "MAC" stay
            "Soita DE VRIES, MAC ei ole tiedossa.|Soita;DE;VRIES;MAC;ei;ole;tiedossa",
            "Ask ED: the AB:CD pair is no address.|Ask;ED;the;AB;CD;pair;is;no;address",
    })
    void takesTheMarkOffHexLettersOfAHardwareAddressAndItsLabel(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> MacAddresses.unmark(s, tokens, marks), text, names);
    }
}
