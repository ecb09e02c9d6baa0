package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SurnameParticlesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kerro Sampo von Knorringille, että kone on valmis.|Sampo;von Knorringille",
            "Meeting with Ebba af Klercker moved.|Ebba;af Klercker",
            // a run of particles is part of the surname, in a Finnish case too
            "Beatriz van den Berg from Procurement needs access.|Beatriz;van den Berg",
            "Please add Inés de la Fuente to the group.|Inés;de la Fuente",
            "Sain dos Santosilta kuvakaappauksen.|dos Santosilta",
            "Laitteet palautetaan von der Heidelle.|von der Heidelle",
            // a capitalised particle before one in lower case, also opening a sentence
            "Hi, it's Kieran Van der Merwe, call me back.|Kieran;Van der Merwe",
            "Van der Merwe approved it.|Van der Merwe",
            // Arabic "son of", the article joined by a hyphen, and Irish particles
            "Vaihde: Amira bin Rashid yritti tavoittaa sinua.|Amira;bin Rashid",
            "Khalid al-Hashimi and Salma el-Sayed start on Monday.|Khalid;al-Hashimi;Salma;el-Sayed",
            "Gráinne Ó Súilleabháin called.|Gráinne;Ó Súilleabháin",
    })
    void findsASurnameWithItsParticles(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a particle before a product, and a capitalised particle alone, are no surname's
            "Open it in the van der Teams app.",
            "Empty the recycle bin. The Mac Mini and al-Teams, Ó.",
            "Van drivers collect the laptops on Friday.",
            "Lähetä la 5.12. Outlookiin.",
    })
    void leavesParticlesBeforeWhatIsNoName(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
