package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A car's or a device's model and its maker are no names (ModelsAfterMakers); capitalised words come marked. */
class ModelsAfterMakersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Kuljetus Hannalle sovittu, Honda Civic varattu.|Kuljetus;Hannalle",
            "Auto on Suzuki Vitara, avaimet Pekalla.|Auto;Pekalla",
            "The pool car is a Renault Zoe, ask Harriet.|The;Harriet",
            "Garmin Venu 3 won't pair with Tobias's phone.|Tobias",
            "Bilen är en Skoda Octavia, nyckeln hos Ebba.|Bilen;Ebba",
            "Logitech MX Keys för Linnea.|Linnea",
            // a building's equipment in a work order
            "Asentaja Pirkko kävi asentamassa Daikin Altherma 3-laitteen ja Enervent Pingvin eco -koneen.|Asentaja;Pirkko",
            // a name after the model is a person's
            "Auto luovutetaan: Volvo Pekka Virtaselle.|Auto;Volvo;Pekka;Virtaselle",
            // a maker's name that is a surname, family name first, before a given name is a person's
            "Tokion toimiston Honda Keiko kiittää.|Tokion;Honda;Keiko",
            "Asennetaan myös Suzuki Renille.|Asennetaan;Suzuki;Renille",
            // and the maker's word a person bears elsewhere in the message keeps its mark before the model
            "Ask whether Honda Keiko can borrow the Honda Civic.|Ask;Honda;Keiko;Honda",
            "Honda Civic varattu, toinen Honda Civic huollossa.|",
            // a maker's name after a given name is the person's surname
            "Harrison Ford called about the laptop.|Harrison;Ford",
            // a maker's name that is a given name, before a surname, is a person's
            "Kia Lehtonen soitti.|Kia;Lehtonen",
            // a lift's or a heat pump's maker before a model of digits, which is no word
            "Hissi (Schindler 3300) jumissa, soita Tobiakselle.|Hissi;Tobiakselle",
            "Equipment: Otis Gen360, Car 3, reported by Harriet.|Equipment;Car;Harriet",
            "Asset: Daikin Altherma 3 leaks, says Linnea.|Asset;Linnea",
            // a utility's meter, also a maker of two names joined by a plus
            "Mätaren är en Diehl Hydrus (5617 5384), hos Ebba en Landis+Gyr E360.|Mätaren;Ebba",
            "The meter is a Kamstrup Omnipower, read by Harriet.|The;Harriet",
            // a hospital's device in a device ticket
            "Device: Masimo Radical-7, asset 4412, checked by Harriet.|Device;Harriet",
            "Laite: Laerdal SimMan, sarjanumero 4892, tarkisti Pirkko.|Laite;Pirkko",
            // a farm machine's maker and model in a machinery ring's booking
            "Maskin: Väderstad Rapid (M-112), hämtas av Ebba.|Maskin;Ebba",
            "Kone: Valtra N175 ja Ponsse Buffalo; noutaa Pirkko.|Kone;Pirkko",
            // a maker named after its founder is left to the person who bears the surname
            "Terveisin Ole Kverneland, Kverneland Qualidisc on noudettu.|Terveisin;Ole;Kverneland;Kverneland;Qualidisc",
            // a boat's and an outboard engine's maker and model
            "Vene: Yamarin 63, perämoottori Yamaha F115, omistaja Pirkko.|Vene;Pirkko",
            "Båten är en Finnmaster T8 med Mercury 60, hämtas av Ebba.|Båten;Ebba",
            // a given name that is a boat builder's, before a surname, is a person's
            "Terhi Salonen soitti veneestä.|Terhi;Salonen",
            // a broadband router's maker and model
            "Palautetaan modeemi Sagemcom F@st 5670, kuittaa Pirkko.|Palautetaan;Pirkko",
            "The router Genexis Pure F530 goes back to the shop, says Harriet.|The;Harriet",
            // a car framed as a vehicle by its noun, its plate, a date or a plate in the cell before it, or a model's
            // second word that is no name, even where maker and model read as names
            "Penalty Charge Notice for the vehicle Mercedes Vito ELT-02, driver Harriet.|Penalty;Charge;Notice;Harriet",
            "kuka ajoi yritysautoa Škoda Octavia Combi 21.5.2027, kysyi Pirkko.|Pirkko",
            "Ajoneuvo: Hyundai Kona Electric CJS 88L, kuljettaja Pirkko.|Ajoneuvo;Pirkko",
            "\"| HK27 VCG | Vauxhall Corsa | Harriet |\"|Harriet",
            "Bragança;Leocádia;PSK 385;Hyundai Kona Electric;+351936577768|Bragança;Leocádia",
            "- ZWART Thijs, Mercedes Vito Tourer, pick-up Leeds|Thijs;Leeds",
            // any road vehicle's noun, a Swedish compound of "bil" by its head
            "The minibus Mercedes Vito is booked, ask Harriet.|The;Harriet",
            "Vi hyrde skåpbilen Mercedes Vito, fråga Ebba.|Vi;Ebba",
            // a maker's full name of two joined by a hyphen, which no one's double name is
            "Tarvitsemme tilaa pyörätuolille; Mercedes-Benz Vito käy, kertoi Pirkko.|Tarvitsemme;Pirkko",
            "Auto: Mercedes-Benz Econic, kuljettaja Pirkko.|Auto;Pirkko",
            // but not a person named like a car, where nothing frames a vehicle
            "Mercedes Vito soitti eilen.|Mercedes;Vito",
            "Mercedes Vito soitti 3 kertaa.|Mercedes;Vito",
            "Mercedes Vito 3 kertaa soitti.|Mercedes;Vito",
            "Mercedes Vito 12 kertaa soitti.|Mercedes;Vito",
            "Mercedes Vito called 12 times.|Mercedes;Vito",
            "Mercedes Vito 12ab soitti.|Mercedes;Vito",
            "Tokion toimiston Honda Keiko Sato kiittää.|Tokion;Honda;Keiko;Sato",
            "Ebba Väderstad ringde om såmaskinen.|Ebba;Väderstad",
            // but a given name before a phone number is a person's
            "Call Otis 040 123 4567 today.|Call;Otis",
            // nor a person named like a maker before a phone, a date or an id cell: no plate follows, no car's noun
            "Yhteyshenkilö Mercedes Garcia 040 123 4567|Yhteyshenkilö;Mercedes;Garcia",
            "Soita Ford Harrison 12.3. klo 10|Soita;Ford;Harrison",
            "EMP0042;Mercedes Lopez;HR|Mercedes;Lopez",
            // a car's noun in any case form, by its base form
            "Ajoin yritysautolla Mercedes Vito eilen, kertoi Pirkko.|Ajoin;Pirkko",
    })
    void takesTheMarkOffAModelAndItsMaker(String text, String names) {
        MarkedWords.assertStay(ModelsAfterMakers::unmark, text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // in capitals, every word marked as the tagger may: a second word only after an abbreviation or as a number
            "THE OPEL CORSA NINOS TALKED ABOUT|THE;NINOS;TALKED;ABOUT",
            "SONOS ERA 100 EI TOIMI|EI;TOIMI",
    })
    void takesTheMarkOffAModelInCapitals(String text, String names) {
        MarkedWords.assertStayOfAll(ModelsAfterMakers::unmark, text, names);
    }
}
