package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DoubleSurnamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // two surnames after a given name are one name, and so is the same pair elsewhere in the message
            "Hyväksyjä: Marta Sánchez Herrera|Marta;Sánchez Herrera",
            "Ohjaaja: Begoña Sánchez Herrera, 040 123 4567|Begoña;Sánchez Herrera",
            "Approved by Marta Sánchez Herrera.\\nDirectory: Sánchez Herrera, Marta|Marta;Sánchez Herrera;Sánchez Herrera;Marta",
            "Approved by Inês da Rocha Moreira.\\nDirectory: da Rocha Moreira, Inês|Inês;da Rocha Moreira;da Rocha Moreira;Inês",
            // after a particle the first surname is one though the lists also hold it as a given name
            "Approved by Renata dos Anjos Teixeira.|Renata;dos Anjos Teixeira",
            // the pair's second surname in a Finnish case is the same pair
            "Varahyväksyjä Joaquim García Márquez. Voitteko siirtää sen García Márquezille?|Joaquim;García Márquez;García Márquezille",
            "Handler: Citlali Ibarra Treviño. Ibarra Treviñolta ei ole tullut vastausta.|Citlali;Ibarra Treviño;Ibarra Treviñolta",
            // the pair is one name also where one surname stands alone elsewhere, and the lone surname a name of its own
            "Marta Sánchez Herrera approved it; Herrera will call you.|Marta;Sánchez Herrera;Herrera",
            "Gilberto Macedo Brandão soitti; Brandão on lomalla.|Gilberto;Macedo Brandão;Brandão",
            // a directory writes the pair first and the given name after a comma
            "Members:\\nGomes Varela, Edna +351 913 177 434\\nMacedo Brandão, Gilberto|Gomes Varela;Edna;Macedo Brandão;Gilberto",
            "- Sánchez Herrera, Marta <marta.sanchez@example.com>|Sánchez Herrera;Marta",
            // not a list of people, given name first, before its comma
            "Osallistujat: Kadri Abdullahi, Tuula ja Abdullahi.|Kadri;Abdullahi;Tuula;Abdullahi",
            // a particle opens a double surname with no given name beside it
            "Laitoin da Costa Ribeirolle tiedoksi.|da Costa Ribeirolle",
            // a surname with its particles is one surname already
            "Hi, it's Ilse Van der Berg, call me.|Ilse;Van der Berg",
            // a second given name is no surname
            "Ask Phạm Ngọc Hà.|Phạm Ngọc;Hà",
            "Mary Ann Smith approved it.|Mary Ann;Smith",
            // before a hyphenated surname a word is a second given name, even one the lists hold as a surname
            "Lähettäjä: Pa Choua Lor-Vang <plv@example.com>|Pa Choua;Lor-Vang",
            // a given name and the pair's first word written elsewhere as two names alone are the given names
            "Kopio: Batbayar Tömör Herrera, 040 123 4567\\nKiitos, Batbayar Tömör!|Batbayar Tömör;Herrera;Batbayar Tömör",
            // but Spanish goes by the first surname
            "Hyväksyjä: Marta Sánchez Herrera\\nMarta Sánchez soitti.|Marta;Sánchez Herrera;Marta;Sánchez",
            // the last word written elsewhere as another given name's surname is the family's: the word before it a given name
            "Biljetterna var till min sambo Lotte Lieselot Gannarve.\\n\\nHjalmar-Birger Gannarve|Lotte Lieselot;Gannarve;Hjalmar-Birger;Gannarve",
            // but a Spanish mother's first surname is her child's second
            "Hyväksyjä: Luíza Rodríguez Núñez\\nHänen äitinsä Pilar Núñez soitti.|Luíza;Rodríguez Núñez;Pilar;Núñez",
            // nor is the run's own given name before its last surname, as Portuguese goes by the last
            "Nimeni on Enzo Gabriel Bittencourt Lacerda.\\nTeamsissa olen Enzo Lacerda.|Enzo Gabriel;Bittencourt Lacerda;Enzo;Lacerda",
    })
    void findsADoubleSurnameAfterAGivenNameAsOneName(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text.replace("\\n", "\n")));
    }
}
