package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThingsOfAKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a make or a system said of a kind of thing, or named as where data is kept
            "The kiosk browser is Vivaldi.|The",
            "Huoltoauto on Citroën Berlingo.|Huoltoauto",
            "Vattenkokaren är en Braun.|Vattenkokaren",
            "Kokouskaiuttimet ovat Kenwoodin.|Kokouskaiuttimet",
            "Metriikat tallennetaan Mimiriin.|Metriikat",
            "Logs go to Grafana Loki.|Logs",
            // a maker that a thing is from or by, or where it was ordered or bought
            "Racketarna är från Dunlop.|Racketarna",
            "The club shoes are by Mizuno.|The",
            "Koripallot tilattiin Spaldingilta.|Koripallot",
            "Kerhon olut on Guinness.|Kerhon",
            // an adjective of age before the make
            "Taukotilan kahvinkeitin on vanha Moccamaster.|Taukotilan",
            "The delivery car is an old Iveco.|The",
            "Firmabilen är en gammal Scania.|Firmabilen",
            // a person stays: a given name, a possessive, a word the name governs, a genitive Voikko reads
            "Laturi on Matin.|Laturi;Matin",
            "Kone on Fadumon kanssa samassa verkossa.|Kone;Fadumon",
            "Kone on Virtasen.|Kone;Virtasen",
            "The laptop is Anna Smith's.|The;Anna;Smith",
            "The laptop is from Anna.|The;Anna",
            "The laptop is old Anna's.|The;Anna",
            "Laturi on uusi Matin.|Laturi;Matin",
            "Laturi ostettiin Virtaselta.|Laturi;Virtaselta",
            // no kind of thing before the verb, or data sent by a verb that takes people too
            "My manager is Mikko.|My;Mikko",
            "Invoices go to Anna.|Invoices;Anna",
    })
    void takesTheMarkOffMakesAndSystemsSaidOfAKindOfThing(String text, String names) {
        MarkedWords.assertStay(ThingsOfAKind::unmark, text, names);
    }
}
