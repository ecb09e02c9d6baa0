package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PetNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the species or breed after the name, and the name in other cases elsewhere
            "Potilas: Väinö (kissa, Maine Coon), 4 v\\nSyy: Väinön rokotus. Väinölle lääke.|Potilas;Maine;Coon;Syy",
            "Patient: Bella, DSH, 6 y\\nOwner: Dana Reid\\nBella hates the car.|Patient;Owner;Dana;Reid",
            // the species before it, also inflected with a possessive suffix
            "Hei, luovutan koirani Eetun uudelle omistajalle. Eetu on kiltti.|Hei",
            "Vi hittade hunden Sigge i parken.|Vi",
            "Löysimme koiran. Koiran nimi Luna. Tika hakee Lunan illalla.|Löysimme;Koiran;Tika",
            // a farm animal's kind before its name, in any case, and its ear tag after it
            "Eläimet: lehmä Ruusu (korvanumero 99214), sonni Jaakko\\nJaakon sorkat ja lehmä Ruusulle rehua.|Eläimet",
            "Djur: kvigan Rosa och kon Stjärna. Stjärnas kalv är frisk, ring Ebba.|Djur;Ebba",
            "Topic: bull Samson (tag 93012). Samson is lame; heifer Daisy tag 96625 is fine.|Topic",
            "Karja: Onni (korvanumero 1234), Onnin vasikka syntyi.|Karja",
            // an animal's field label in a message about animals, and a second pet joined to the first
            "Eläimet: Oskari (koira) ja Sisu\\nOskarille lääke, Sisu ei saa olla muiden koirien kanssa.|Eläimet",
            "Tidsbokning – Djurkliniken\\nPatient: Sigges årliga kontroll, katt\\nÄgaren: Sigges vaccination också.|Tidsbokning;Djurkliniken;Patient;Ägaren",
            "Chip registered to Perwin Mizuri; pet name Oscar. Perwin will collect Oscar tonight.|Chip;Perwin;Mizuri;Perwin",
            "Ämne: Ägarbyte – Milos registrering, chip 900687440130971\\nHej! Jag lämnar över min hund.|Ämne;Ägarbyte;Hej;Jag",
            // an animal's record names its owner
            "Eläinklinikan lokimerkinnät – potilas Oskari, omistaja Erkki Virtanen\\nOskarille lääke.|Eläinklinikan;Erkki;Virtanen",
            // a clinic's name after the pet is no surname of it
            "vein kissani Ainon Eläinlääkäriasema Kulmala 25.9. Ei tutkinut Ainoa kunnolla.|Eläinlääkäriasema;Kulmala;Ei",
            // the genitive before its care in a message about animals
            "Aihe: Lumin laboratoriotulokset\\nLumin verikokeet ja Onnin rokotus, eläinlääkäri Suvi Sumu|Aihe;Suvi;Sumu",
            "Alfie's bloods came back. Kiran Lamichhane, Veterinary Surgeon|Kiran;Lamichhane;Veterinary;Surgeon",
            // a compound of care and a part of the body a vet looks at, read as a category, not word by word
            "Rekun raivotautirokotus ja Rekun korva, eläinlääkäri Suvi Sumu|Suvi;Sumu",
            "Djurkliniken: Sigges tänder och Sigges tass, ring Ebba.|Djurkliniken;Ebba",
            "Veterinary note: Bella's paw and Bella's ears, ask Dana.|Veterinary;Dana",
    })
    void takesTheMarkOffAPetsNameInEveryForm(String text, String names) {
        MarkedWords.assertStay(PetNames::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a person bearing the pet's name: beside a surname, after a kin or household word
            "Patient: Sigges årliga kontroll, katt\\nGrannen Sigge Fredriksson har nyckel.|Patient;Grannen;Sigge;Fredriksson",
            "Potilas: Rocky (koira), 5 v\\nRocky pelkää autoa. Naapurin poika Rockylle on annettu koodi.|Potilas;Naapurin;Rockylle",
            // a person bearing a farm animal's name, beside a surname; a tag's word that is no ear tag's
            "Tilakäynti: sonni Jaakko ontuu. Neuvoja Jaakko Mäkinen soittaa.|Tilakäynti;Neuvoja;Jaakko;Mäkinen",
            "Thanks Max, tag me when done. Max Hill|Thanks;Max;Max;Hill",
            "Max, tag 2 colleagues in the thread please.|Max",
            // a farm animal's kind that is an everyday word, or in capitals, is no species
            "Anna, RAM upgrade for your laptop is approved.|Anna",
            "Anna, ram upgrade approved; Anna will reboot.|Anna;Anna",
            "Tom, BULL servers are down.|Tom",
            // a label of a person's record, in a message about no animal
            "Potilas: Onni Virtanen\\nOnnin rokotus on huomenna.|Potilas;Onni;Virtanen;Onnin",
            "Patient: Bella\\nBella's booster is due.|Patient;Bella;Bella",
            "Pet: Rocky (cat), treated by vet Bo Fellman. Bo said Rocky is fine.|Pet;Bo;Fellman;Bo",
            // a given name that is also an animal's label
            "Lemmikki Kärppä ja Lemmikki Rastas vievät koiran eläinlääkäriin.|Lemmikki;Kärppä;Lemmikki;Rastas",
            // the Swedish "vet" is "knows", no word of animals
            "Jag vet inte, men Eriks kontroll är flyttad till fredag. Erik ringer sen.|Jag;Eriks;Erik",
            // a breed's head only as a whole word, or ending a compound in lower case: a place in a case is no breed
            "Sarah (tax) will call back. Sarah's number is 07700 900123.|Sarah;Sarah",
            "Karwan Barzani, Corkissa: +353 87 134 7554\\nBarzanin tavoittaa parhaiten aamuisin.\\nNeukkarin Alexa ei kuuntele.|Karwan;Barzani;Corkissa;Barzanin;Neukkarin;Alexa",
            // a patient's label with no species in the record is a person's, even in a message about animals
            "Eläinlääkäriasema Kulmala\\nPotilas: Matti\\nMatille soitetaan huomenna.|Eläinlääkäriasema;Kulmala;Potilas;Matti;Matille",
            "Veterinary nurse rota\\nPatient: Bella Thompson, 34 y\\nBella will call back.|Veterinary;Patient;Bella;Thompson;Bella",
    })
    void keepsAPersonOfThePetsName(String text, String names) {
        MarkedWords.assertStay(PetNames::unmark, text, names);
    }
}
