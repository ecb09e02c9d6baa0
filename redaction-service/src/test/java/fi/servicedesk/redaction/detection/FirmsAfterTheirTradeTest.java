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
            // a caterer's, a funeral home's or a bakery's name opened by its trade's word, capitalised or after it
            "Begravningsbyrå: Begravningsbyrå Frid, kontakt Rakel-Tekla Vesikkoaho|Begravningsbyrå;Rakel-Tekla;Vesikkoaho",
            "Minnesstund: Wallinsalen, catering Bageri Mandel (Holger-Edvin Grelsby, 0734925140)|Minnesstund;Wallinsalen;Holger-Edvin;Grelsby",
            "Arkku Hautaustoimisto Kaarna.|Arkku",
            "Hautaustoimisto: Hautauspalvelu Lepo, yhteyshenkilö Maj-Britta Sundsbacka|Hautaustoimisto;Maj-Britta;Sundsbacka",
            "Wake: Puseys Church Hall, caterer Buttercup Bakes (Nesrin Baban)|Wake;Puseys;Church;Hall;Nesrin;Baban",
            // a full name after it, and an agent after a service's word, stay
            "Hautaustoimisto Anna Virtanen, puh. 040 123 4567|Hautaustoimisto;Anna;Virtanen",
            "Asiakaspalvelu Anna, hei!|Asiakaspalvelu;Anna",
            // an office's word and a given name alone after it, and a person's role in a bracket, stay
            "Toimisto Pekka.|Toimisto;Pekka",
            "Kahvila Anna.|Kahvila;Anna",
            "Hautauspalvelu Rauha, yhteyshenkilö Maj-Britta Sundsbacka|Hautauspalvelu;Rauha;Maj-Britta;Sundsbacka",
            "Spoke to the insurer Hughes (claims handler) today.|Spoke;Hughes",
            // the trade-opened firms NamedInstitutions no longer reads: this rule alone
            "Hautaustoimisto Lepo, pitopalvelu Pitopalvelu Herkku, yhteyshenkilö Pekka Mäkinen|Pekka;Mäkinen",
            "Begravningsbyrån Ljuset, catering Bageri Mandel, kontakt Ebba Falk|Ebba;Falk",
    })
    void takesTheMarkOffFirmsAfterTheirTrade(String text, String names) {
        MarkedWords.assertStay(FirmsAfterTheirTrade::unmark, text, names);
    }
}
