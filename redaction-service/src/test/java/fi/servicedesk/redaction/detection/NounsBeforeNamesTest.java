package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounsBeforeNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a Finnish title compounded of a role noun
            "Tietosuojavastaava Maura Trohkimainen vastaa.|Maura;Trohkimainen",
            "Tietohallintopäällikkö Okku Jouhki soitti.|Okku;Jouhki",
            // an interpreter is a role, also alone and in a compound
            "Tulkki Lemet vahvisti, että Marwan haluaa ohjeet.|Lemet;Marwan",
            "Asioimistulkki Arho Takalo soitti.|Arho;Takalo",
            "Luokanopettaja Riikka Sarlin vastaa viesteihin.|Riikka;Sarlin",
            "Rehtori Aapo Vaara allekirjoitti.|Aapo;Vaara",
            // a teacher's spoken short title
            "Ope Kaskasvaara hoitaa uusinnat.|Kaskasvaara",
            "Palomestari Ensio Hakala pyysi korjausta.|Ensio;Hakala",
            "Käräjätuomari Tyyne Lehmussaari. Sihteeri Unelma Kivi.|Tyyne;Lehmussaari;Unelma;Kivi",
            // a Swedish role in the definite form
            "Chefen Maj-Britt Lund godkänner order.|Maj-Britt;Lund",
            "Sköterskan Lena Ek på vårdcentralen hjälper dig.|Lena;Ek",
            // a Swedish doer's noun in "are", as a chat's speaker label
            "15:03 Handläggare Bertil Ek: Ombudet registreras.|Bertil;Ek;Ombudet",
            // a double given name in "-are" is no doer's noun
            "Anahit-Nare Sargsyan ringde.|Anahit-Nare;Sargsyan",
            "Sökanden Aino Berg kunde inte skicka in ansökan.|Aino;Berg",
            // also where a list holds the role's form as a surname's ("Kunden", the genitive of Kunde)
            "Kunden Sixten-Valdemar Hjortronberg begärde sina samtalsuppgifter.|Sixten-Valdemar;Hjortronberg",
            // an English verb's "-ing" form opening a sentence; a name in "-ing" stays
            "Thanks! Copying Rutherford.|Thanks;Rutherford",
            "Adding Maija to the group now.|Maija",
            "Sterling Moss called.|Sterling;Moss",
            // a given name Voikko knows as a noun stays, and so does a surname in "-en" before a name
            "Ilo Kokko soitti.|Ilo;Kokko",
            "Jansen Pia ringde.|Jansen;Pia",
            // the parties of a claim, Finnish and Swedish
            "Käsittelijä Aki Viuhko: Kuljettaja Minni Raippa ei ole vakuutuksenottaja.|Aki;Viuhko;Minni;Raippa",
            "Korvauskäsittelijä Lennu Erkkilä soitti.|Lennu;Erkkilä",
            "Han backade in i min bil. Vittne Endel Kadak ringde.|Han;Endel;Kadak",
            "Tågvärd Ossian Sourander informerad.|Ossian;Sourander",
            "Velallinen Talvikki Raitajärvi (131196-3776)|Talvikki;Raitajärvi",
    })
    void takesTheMarkOffFinnishTitlesBeforeNames(String text, String names) {
        MarkedWords.assertStay(NounsBeforeNames::unmark, text, names);
    }
}
