package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThingsOfAKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a make or a system said of a kind of thing, or named as where data is kept; the kind's word is no name either
            "The kiosk browser is Vivaldi.|The",
            "Huoltoauto on Citroën Berlingo.|",
            "Vattenkokaren är en Braun.|",
            "Kokouskaiuttimet ovat Kenwoodin.|",
            "Metriikat tallennetaan Mimiriin.|",
            "Logs go to Grafana Loki.|",
            // a maker that a thing is from or by, or where it was ordered or bought
            "Racketarna är från Dunlop.|",
            "Lunch is from Greggs, says Jarmo.|Jarmo",
            "The club shoes are by Mizuno.|The",
            "Koripallot tilattiin Spaldingilta.|",
            "Kerhon olut on Guinness.|Kerhon",
            // an adjective of age before the make
            "Taukotilan kahvinkeitin on vanha Moccamaster.|Taukotilan",
            "The delivery car is an old Iveco.|The",
            "Firmabilen är en gammal Scania.|",
            // a person stays: a given name, a possessive, a word the name governs, a genitive Voikko reads
            "Laturi on Matin.|Matin",
            "Kone on Fadumon kanssa samassa verkossa.|Fadumon",
            "Kone on Virtasen.|Virtasen",
            "The laptop is Anna Smith's.|The;Anna;Smith",
            "The laptop is from Anna.|The;Anna",
            "The laptop is old Anna's.|The;Anna",
            "Laturi on uusi Matin.|Matin",
            "Laturi ostettiin Virtaselta.|Virtaselta",
            // no kind of thing before the verb, or data sent by a verb that takes people too
            "My manager is Mikko.|My;Mikko",
            "Invoices go to Anna.|Invoices;Anna",
    })
    void takesTheMarkOffMakesAndSystemsSaidOfAKindOfThing(String text, String names) {
        MarkedWords.assertStay(ThingsOfAKind::unmark, text, names);
    }
}
