package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dishes, drinks, wines and diets of a person's name are no one's (DishesAndDrinks); capitalised words come marked. */
class DishesAndDrinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Lunch for Oona Salo: Lobster Thermidor and Peach Melba, then a Rob Roy.|Lunch;Oona;Salo",
            "Juhliin tilattiin Beef Wellingtonia ja Janssonin kiusausta, Liisa Aho kiittää.|Juhliin;Liisa;Aho",
            "Till middagen: Toast Skagen, Prinsesstårta och en Negroni.|Till",
            "Kahville Runebergintorttu ja Pavlovaa.|Kahville",
            // a wine's grade goes with it; a year is no word
            "Dinner wine: Barolo 2016, then Rioja Gran Reserva.|Dinner",
            "Viiniksi Veuve Clicquot ja Sauvignon Blanc.|Viiniksi",
            // a diet is a word in any case, as a model may mark it
            "Vieras 4: Gluteeniton; vieras 5: Vegan|Vieras",
            // the dish's surname stays a person's in another form, and a surname beside a given name is a person's
            "Aamiaiseksi Lindströmin pihvi, lasku Lindströmille.|Aamiaiseksi;Lindströmille",
            "We met Anna Pavlova after the show.|We;Anna;Pavlova",
            "Ask Tom Collinson about it.|Ask;Tom;Collinson",
            // a drink that is a person's whole name is a drink only where the text shows it served
            "Arnold Palmer called about his booking.|Arnold;Palmer",
            "Louis Roederer ei pääse kirjautumaan. Lounas on klo 12.|Louis;Roederer;Lounas",
            "Tilaus pöytään 7: 2 x Arnold Palmer|Tilaus",
            "Drinks: Tom Collins and a Mojito|Drinks",
            "Maljaan kaadettiin 1 flaska Louis Roederer.|Maljaan",
            "Could we get a glass of John Collins|Could",
            "Juhlat klo 18, Arnold Palmer alkudrinkiksi.|Juhlat",
            "Tilaus\\n- Negroni\\n- Tom Collins|Tilaus",
    })
    void takesTheMarkOffTheDish(String text, String names) {
        MarkedWords.assertStay(DishesAndDrinks::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "pöytä 3;laktoositon;Kaija Ranta|pöytä;Kaija;Ranta",
            "table 9: dairy-free, halal|table",
    })
    void takesTheMarkOffADietTheModelMarked(String text, String names) {
        MarkedWords.assertStayOfAll(DishesAndDrinks::unmark, text, names);
    }
}
