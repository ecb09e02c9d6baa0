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
            // Filipino spellings of the Spanish particles
            "Please add Rhea dela Cruz to the group.|Rhea;dela Cruz",
            "Kysy Jomar delos Reyesiltä.|Jomar;delos Reyesiltä",
            "Laitteet palautetaan von der Heidelle.|von der Heidelle",
            // a capitalised particle before one in lower case, also opening a sentence
            "Hi, it's Kieran Van der Merwe, call me back.|Kieran;Van der Merwe",
            "Van der Merwe approved it.|Van der Merwe",
            // Arabic "son of", the article joined by a hyphen, and Irish particles
            "Vaihde: Amira bin Rashid yritti tavoittaa sinua.|Amira;bin Rashid",
            "Khalid al-Hashimi and Salma el-Sayed start on Monday.|Khalid;al-Hashimi;Salma;el-Sayed",
            "Gráinne Ó Súilleabháin called.|Gráinne;Ó Súilleabháin",
            // Welsh "son of" and the Faroese "at" of a farm name
            "Lähetin kopion Gwenllian ap Rhysille.|Gwenllian;ap Rhysille",
            "Meeting with Sólja á Rógvi moved.|Sólja;á Rógvi",
    })
    void findsASurnameWithItsParticles(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a capitalised particle alone after a given name, also before a Finnish case
            "Tilalle tulee Valdemar Mac Cárthaigh.|Valdemar;Mac Cárthaigh",
            "Please add Benedetta La Rosa to the group.|Benedetta;La Rosa",
            "Lähetin tunnukset Stefano Di Stefanolle.|Stefano;Di Stefanolle",
            "Heinrich Zu Stolberg called.|Heinrich;Zu Stolberg",
            "Soita Marco Lo Bianco.|Marco;Lo Bianco",
            // the Dutch article with its apostrophe, and an Italian particle elided before a vowel
            "Vieraileva tutkija Uwe van 't Hek tarvitsee tunnukset.|Uwe;van 't Hek",
            "Tilalle tulee Valdemar Dell'Orto.|Valdemar;Dell'Orto",
            // Irish "Mac an" before a surname lenited or eclipsed, with or without a given name
            "Tiernan Mac an tSaoi starts Monday.|Tiernan;Mac an tSaoi",
            "Lähetin ohjeet Mac an tSaoille.|Mac an tSaoille",
            // Irish "Giolla" (servant) between the particle and the surname
            "Caller Sadhbh Nic Giolla Bhríde on the line.|Sadhbh;Nic Giolla Bhríde",
            "Terveisin Fiachra Mac Giolla Phádraig|Fiachra;Mac Giolla Phádraig",
            // Maghrebi "son of", "sons of": Hassaniya and Berber
            "Kokoukseen osallistui Mohamed Ould Ali.|Mohamed;Ould Ali",
            "Karim Aït Ahmed skickade protokollet.|Karim;Aït Ahmed",
            // the Maori article
            "Please call Aroha Te Whatu tomorrow.|Aroha;Te Whatu",
            // a double surname whose hyphenated first part ends in the particle that opens the second
            "Handler: Nour Nassar-Abi Saab (Events Officer)|Nour;Nassar-Abi Saab",
            "Terveisin Gwenaëlle Kerhervé-Le Gall|Gwenaëlle;Kerhervé-Le Gall",
            "Käsittelijä Y. Alaoui-El Fassi|Y. Alaoui-El Fassi",
    })
    void findsASurnameWithACapitalisedParticleAsOneName(String text, String expected) {
        // Another rule may also take the capitalised particle for a name of its own; the redactor keeps the longer finding.
        var found = Redactor.merge(Found.findings(detector, text)).stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(List.of(expected.split(";")), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DOOR B2 DENIED badge 0795 (VAN DER MEER FEMKE)|VAN DER MEER",
            "the e-mail system shows DOS SANTOS OLIVEIRA for Lívia dos Santos Oliveira.|DOS SANTOS OLIVEIRA",
    })
    void findsASurnameInCapitalsWithItsParticlesInCapitals(String text, String surname) {
        // A name in capitals is the model's to find more than the rules'.
        var withTagger = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());
        var found = Redactor.merge(Found.findings(withTagger, text)).stream().map(f -> text.substring(f.start(), f.end())).toList();
        assertEquals(true, found.contains(surname), found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a particle before a product, and a capitalised particle alone, are no surname's
            "Open it in the van der Teams app.",
            "Empty the recycle bin. The Mac Mini and al-Teams, Ó.",
            "Van drivers collect the laptops on Friday.",
            "Lähetä la 5.12. Outlookiin.",
            // a capitalised particle with no given name before it: a firm, a word, a computer, a file
            "The O'Reilly Media book is on my desk.",
            "Di solito il server è veloce.",
            "Buy an iPhone and a Mac an hour before.",
            "The Dell'Acqua report is late.",
            // "Ould" and "Ait" alone, and a particle in capitals before no name
            "The Ould Bridge pub is closed on Mondays.",
            "DI VERSION 2 DE LA REPORT",
    })
    void leavesParticlesBeforeWhatIsNoName(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
