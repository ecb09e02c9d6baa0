package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A maker's name before its machine is the machine's (MachinesByTheirMaker); capitalised words come marked. */
class MachinesByTheirMakerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Machine: Massey Ferguson 7S (XVZ-799)|Machine",
            "Kone: Fendt 724, aika 4.4.|Kone",
            "Maskin: John Deere-tröska (#5228)|Maskin",
            "Varattu Claas Lexion -puimuri viikoksi.|Varattu",
            // a person in the same slot, a code after a name outside a machine's field: people
            "Kone: Matti Virtanen 12.5. klo 9|Kone;Matti;Virtanen",
            "Huoltaja: Anna Virtanen 5B|Huoltaja;Anna;Virtanen",
            "Soita Anna-Liisa Virtaselle.|Soita;Anna-Liisa;Virtaselle",
    })
    void takesTheMarkOffTheMakersName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> MachinesByTheirMaker.unmark(s, tokens, marks), text, names);
    }
}
