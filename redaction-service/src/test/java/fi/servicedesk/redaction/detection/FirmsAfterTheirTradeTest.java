package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FirmsAfterTheirTradeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a firm right after the word for its trade
            "- vastapuoli Raikko Riekko, auto SMM-727, vakuutus Pohjola|Raikko;Riekko",
            "Vastapuolen yhtiö Pohjola.|Vastapuolen",
            "- TP Aki Ilola, insurer Churchill|Aki;Ilola",
            "Handler note: drying firm Albert Autoglass, contact Börje Hjort|Handler;Börje;Hjort",
            // a person's full name after the trade's word, and a capitalised trade's word, stay
            "The insurer Anna Smith rang back.|The;Anna;Smith",
            "Insurer Churchill called.|Insurer;Churchill",
            // a name inflected, a given name alone, a run inside its clause: a person's
            "Onko vakuutus Virtasella vielä voimassa?|Onko;Virtasella",
            "Auton vakuutus on Mäkisen nimissä.|Auton;Mäkisen",
            "Vastapuolen yhtiö Fennia.|Vastapuolen;Fennia",
            "I took it to the garage Mark at reception said Friday.|Mark;Friday",
            "Sent to the försäkringsbolaget Folksam.|Sent",
    })
    void takesTheMarkOffFirmsAfterTheirTrade(String text, String names) {
        MarkedWords.assertStay(FirmsAfterTheirTrade::unmark, text, names);
    }
}
