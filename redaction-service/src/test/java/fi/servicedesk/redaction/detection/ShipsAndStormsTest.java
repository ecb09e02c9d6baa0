package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShipsAndStormsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pekka Virtanen kysyi, onko M/S Viking Grace nurin.|Pekka;Virtanen",
            // a ship's prefix in lower case
            "Laukku ei ole Assi Similän laukku (ms Kapteeni Similä).|Laukku;Assi;Similän",
            // the prefixes of sailing and motor yachts and vessels, in either case
            "Kari Aaltonen kiinnitti s/y Helmi Koski laituriin.|Kari;Aaltonen",
            "Greta Lind äger M/Y Ellen Sofia.|Greta;Lind",
            "Tom Parry skippers the S/V Duchess Anne.|Tom;Parry",
            // a boat's word, in Finnish inflected too
            "Varasin veneelle Helmi Maria talvipaikan.|Varasin",
            "Jag sålde båten Ellen Sofia i fjol.|Jag",
            // a prefix-like pair that is no prefix, and a boat's word not right before the name
            "Kysyin K/Y Helmi Koskelta.|Kysyin;Helmi;Koskelta",
            "Veneessä oli Matti Virtanen.|Veneessä;Matti;Virtanen",
            // a given name and a surname after a boat's word, the object before its subject, are a person's
            "Moottoriveneen Pekka Laine osti viime kesänä.|Moottoriveneen;Pekka;Laine",
            "Båten Anna Berg köpte i fjol är till salu.|Båten;Anna;Berg",
            // a train's word, alone or a compound's head, and a foundation's
            "Asia ei liity Iisakki Chopinille eikä kohteeseen EuroNight-juna Chopin.|Asia;Iisakki;Chopinille",
            "Klara Chopins väska finns på nattåget Chopin.|Klara;Chopins",
            "Dennis Ahlskogs konto hos Stiftelsen Ahlskog.|Dennis;Ahlskogs",
            // inflected, the train is where a person is
            "Junassa Matti Virtanen kertoi asiasta.|Junassa;Matti;Virtanen",
            // "train" is an English verb as well as a noun, and a person follows either
            "Can you train Sarah Jones on SAP?|Can;Sarah;Jones",
            "I missed the train Sarah booked.|Sarah",
    })
    void takesTheMarkOffThingsAfterTheirKind(String text, String names) {
        MarkedWords.assertStay(ShipsAndStorms::unmark, text, names);
    }
}
