package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A family's firm by its surname and its trade is no person (FamilyFirmsByTheirTrade); capitalised words come marked. */
class FamilyFirmsByTheirTradeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the surname's genitive before the trade's word capitalised
            "Ouli Hovilalle ei kuulu löytö; auto oli Hovilan Taksi.|Ouli;Hovilalle",
            "Tilaus meni Virtasen Kuljetukselle? Ei, Virtasen Kuljetus ajaa.|Tilaus;Virtasen;Kuljetukselle;Ei",
            "Resan bokades hos Hovilas Taxi, fråga Ebba.|Resan;Ebba",
            "Pick-up at Polglases Minicabs; Solomie Polglase's booking is another.|Pick-up;Solomie;Polglase",
            // the surname glued to a vehicle trade's head
            "Isak Hovilas resa går från Hovilataxi.|Isak;Hovilas",
            "Kärlet töms av L&T Tikanojabilen, säger Ebba.|Kärlet;Ebba",
            // a person's genitive: after a given name, a given name's own, the trade in lower case
            "Pekka Hovilan Taksi on myyty.|Pekka;Hovilan;Taksi",
            "Kysy Annan Taksi-asiasta.|Kysy;Annan;Taksi-asiasta",
            "Hovilan taksi oli myöhässä, kertoi Pekka.|Hovilan;Pekka",
            // a given name that ends like a trade's head is no compound
            "Sybil called about the bin.|Sybil",
            "Mabil Hassan soitti.|Mabil;Hassan",
            "Sibongile Sithabile ringde, kopia till Jöns-Jakobille.|Sibongile;Sithabile;Jöns-Jakobille",
    })
    void takesTheMarkOffAFamilysFirm(String text, String names) {
        MarkedWords.assertStay(FamilyFirmsByTheirTrade::unmark, text, names);
    }
}
