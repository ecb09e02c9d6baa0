package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedicineDosesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a medicine before its strength and unit
            "Uusittu Xarelto 20 mg näkyy kahdesti|Uusittu;mg;näkyy;kahdesti",
            "Lääkkeet: Ventoline 0,1 mg/annos|Lääkkeet",
            "Ottakaa mukaan Pamol 1 g-reseptin tiedot|Ottakaa;mukaan;g-reseptin;tiedot",
            "menossa Thyroxin 50 mikrog 2 mg/h|menossa;mikrog",
            "Prescribed Eliquis 2.5mg twice|Prescribed;twice",
            // a combination's strength without its unit, and the device's word after the trade name
            "tilasin Symbicort Turbuhaler 160/4,5, ja tilaus|tilasin;ja;tilaus",
            "Lääke: Symbicort Turbuhaler 160/4,5, 28 kalvopääll. tabl.|Lääke;kalvopääll;tabl",
            "Inhaler: Seretide 50/500 twice a day|Inhaler;twice;a;day",
            "Antoin Matille Burana 400 mg illalla|Antoin;Matille;mg;illalla",
            // a surname after its given name, or a name in the case of whom a medicine is given to: the mark stays
            "Huone 4: Adaeze Okonkwo Marevan 3 mg iltaisin|Huone;Adaeze;Okonkwo;mg;iltaisin",
            "Annoin Oyelaranille Panadol 500 mg illalla|Annoin;Oyelaranille;mg;illalla",
            // a score out of a round total, as a test's or a course's results give it: the marks stay
            "Scores: Chidi Okonkwo 42/50, Maria Adeyemi 7.5/10|Scores;Chidi;Okonkwo;Maria;Adeyemi",
            "Koetulokset: Aino Mäkelä 38/40|Koetulokset;Aino;Mäkelä",
            // a day and a month, a week and a year, a case number: the mark stays
            "Tapaan Annan 12/5 klo 10|Tapaan;Annan;klo",
            "Matti 45/2026 lomalla|Matti;lomalla",
            "Sopimus Virtanen 28/1692-884|Sopimus;Virtanen",
            // a number without a unit of dose, or a unit glued to a longer word: the mark stays
            "Soita Annalle 20 minuutin päästä|Soita;Annalle;minuutin;päästä",
            "Ask Maria 2 questions|Ask;Maria;questions",
            "Room 12 gym|Room;gym",
            "Liisa 5 mgx|Liisa;mgx",
    })
    void takesTheMarkOffAMedicineBeforeItsDose(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> MedicineDoses.unmark(s, tokens, words, marks), text, names);
    }
}
