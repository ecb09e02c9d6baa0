package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A church's, a parish's or a churchyard's name is no one's (ChurchesAndParishes); capitalised words come marked. */
class ChurchesAndParishesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a Finnish genitive and the given names before it, before a church's word in the nominative or genitive
            "Kaste: Mikael Agricolan kirkko, kummi Eeva Aho.|Kaste;Eeva;Aho",
            "Kummit: Eeva Aho (Paavalin seurakunta), Kallion seurakunnan jäsen.|Kummit;Eeva;Aho",
            "Muistotilaisuus: Vartiovaaran seurakuntakoti, uurnanlasku Hietaniemen hautausmaa.|Muistotilaisuus",
            // in a local case only after more than a given name: "tapasin Annan kirkossa" met Anna in church
            "Vihkiminen Mikael Agricolan kirkossa, tapasin Annan kirkossa.|Vihkiminen;Annan",
            // a person of the same surname in another case stays, and so does one in the same form elsewhere
            "Siunaus Mikael Agricolan kirkko; Rebekka Agricolalta ei kukkia.|Siunaus;Rebekka;Agricolalta",
            "Soitin Agricolan kanssa. Siunaus Mikael Agricolan kirkko.|Soitin;Agricolan;Siunaus;Agricolan",
            // a compound of another kind is the couple's
            "Matti Virtasen kirkkohäät peruttiin.|Matti;Virtasen",
            // Swedish churches and parishes, in the base form and the genitive
            "Dopanmälan till Johannes församling, Sofia Magdalena kyrka, Malms begravningsplats; Ebba Falk.|Dopanmälan;Ebba;Falk",
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
