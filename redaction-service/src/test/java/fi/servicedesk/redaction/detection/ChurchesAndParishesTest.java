package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A church's, a parish's or a churchyard's name is no one's (ChurchesAndParishes); capitalised words come marked. */
class ChurchesAndParishesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a Finnish genitive that reads as a place's before a church's word, in any case
            "Kaste: Kallion kirkko, kummi Eeva Aho.|Kaste;Eeva;Aho",
            "Muistotilaisuus: Vartiovaaran seurakuntakoti, uurnanlasku Hietaniemen hautausmaa.|Muistotilaisuus",
            "Vihkiminen Temppeliaukion kirkossa, kummi Eeva Aho.|Vihkiminen;Eeva;Aho",
            // a given name's or a person's full name's genitive is the person's parish or church
            "Liisa Virtasen seurakunta on Espoon tuomiokirkkoseurakunta, hän muutti keväällä.|Liisa;Virtasen;Espoon",
            "Asiakas Pekka Lahden kirkko on Kallio.|Asiakas;Pekka;Lahden;Kallio",
            "Tapasin Annan kirkossa eilen.|Tapasin;Annan",
            "Eevan seurakunta vaihtui, Eeva soittaa.|Eevan;Eeva",
            // a saint's name after "Pyhän" is SaintsAndHolidays'
            "Pyhän Laurin kirkko|Pyhän;Laurin",
            // a compound of another kind is the couple's
            "Matti Virtasen kirkkohäät peruttiin.|Matti;Virtasen",
            // Swedish churches and parishes, in the base form and the genitive of no given name
            "Dopanmälan till Johannes församling, Sofia Magdalena kyrka, Sandudds begravningsplats; Ebba Falk.|Dopanmälan;Ebba;Falk",
            // the genitive of a given name or of a full name is a person's church; only the church's words themselves
            "Tack till Annas kyrka och Anna själv.|Tack;Annas;Anna",
            "Eva Lunds församling har bytt präst.|Eva;Lunds",
            "Eva Lunds kapellmästare ringde om bokningen.|Eva;Lunds",
            "Ring Anna Lunds församlingskontor i morgon.|Ring;Anna;Lunds",
            // a saint's name after "S:t" is SaintsAndHolidays'
            "S:t Olofs kyrka|Olofs",
            // a church's word joined to its name
            "Jäsenrekisteri Tuomiokirkkoseurakunta; Dopkaffe i Wallinkapellet, Paavalinkirkossa, Juslenius-kappeli.|Jäsenrekisteri;Dopkaffe",
            // English churches, not a person whose surname is Church
            "Baptism enquiry – Christ Church, wake at Cranmers Church Hall; singer Charlotte Church.|Baptism;Charlotte;Church",
            "On behalf of Ciarán Church and Malee Sukjai.|On;Ciarán;Church;Malee;Sukjai",
    })
    void takesTheMarkOffAChurchsName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ChurchesAndParishes.unmark(s, tokens, words, marks), text,
                names);
    }
}
