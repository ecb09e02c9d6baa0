package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesOnARouteTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the stops of a route with a place no one bears, also cities the lists read as surnames
            "Matka kulki reittiä Kathmandu – Pereira – Helsinki.|Matka",
            "The route was Wuhan – Batumi – Helsinki, says Grace.|The;Grace",
            "Resan gick Utrecht – Belo Horizonte – Stockholm.|Resan",
            // a chain with no place no one bears, or two stops with a dash, stays
            "Interview – Sakari Tuiskuaho – Talent Partner|Interview;Sakari;Tuiskuaho;Talent;Partner",
            "Nimenmuutos: Ruslan Sokolova → Ruslan Pöllö.|Nimenmuutos;Ruslan;Sokolova;Ruslan;Pöllö",
            "Eija Manninen – Tampere|Eija;Manninen;Tampere",
            "Puhelut siirretty: Eero Sorvari → Abdiqani Awale.|Puhelut;Eero;Sorvari;Abdiqani;Awale",
            "Vuoro siirtyi: Eero → Jordan.|Vuoro;Eero;Jordan",
            "Sijaisuudet: Kaija Mäenpää → Kaija, Turpeinen → Kreeta → Helsinki|Sijaisuudet;Kaija;Mäenpää;Kaija;Turpeinen;Kreeta;Helsinki",
    })
    void takesTheMarkOffTheStopsOfARoute(String text, String names) {
        MarkedWords.assertStay(PlacesOnARoute::unmark, text, names);
    }
}
