package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tariff's or a contract's name after its cue word, and wherever the message repeats it (TariffNames); capitalised words come marked. */
class TariffNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Date 2026-11-14, tariff Green Tracker. Note by Anna Berg: moved to the estate, Green Tracker.|Date;Note;Anna;Berg",
            "Flyttdag 2027-05-02, avtal Vindel. Appen visar fortfarande Vindel, säger Ebba.|Flyttdag;Appen;Ebba",
            "Date 2027-08-07, tariff EV Night Saver, Harriet Green|Date;Harriet;Green",
            // a contract's heading: its cue word, its number and a dash before the product's name, to the line's end
            "ELAVTAL 7837222066 – Fjärrvärme Bas\\nKund: Sigrid Lund. Fjärrvärme Bas gäller från maj.|Kund;Sigrid;Lund",
            "SÄHKÖSOPIMUS AVT-183133 – Toistaiseksi voimassa oleva Tuuli\\nAsiakas Tuuli Virtanen|Asiakas;Tuuli;Virtanen",
            "Sopimus 12 – Matti Virtanen allekirjoitti sen eilen.|Sopimus;Matti;Virtanen",
            // a heading that ends in a person's given name and surname names its party, not a product
            "SOPIMUS AVT-183133 – Matti Virtanen\\nMatti Virtanen soitti.|Matti;Virtanen;Matti;Virtanen",
            "Avtal 2026-0042 – Anna Berg|Avtal;Anna;Berg",
            // a name the message spells otherwise, or without the cue, stays
            "Ask Vindel Berg about the tariff.|Ask;Vindel;Berg",
            // the contract's other party, named in a case after the cue
            "Tein sopimus Matti Virtasen kanssa, Matti Virtasen nimissä.|Tein;Matti;Virtasen;Matti;Virtasen",
            "Vuokrasopimus päättyy, sopimus Korhoselle lähti eilen.|Vuokrasopimus;Korhoselle",
            // a person opening a relative clause after the cue
            "Billing asked about the tariff Anna chose; Anna says it was cheaper.|Billing;Anna;Anna",
    })
    void takesTheMarkOffATariffsName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> TariffNames.unmark(s, tokens, words, marks), text, names);
    }
}
