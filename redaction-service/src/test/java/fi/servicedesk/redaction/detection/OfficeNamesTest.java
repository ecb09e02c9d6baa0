package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficeNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // Finnish: a compound whose last part is a unit, also inflected; the handler beside it stays
            "Kirjattu klo 11:51 · Työterveyshuolto · Hinata Hasegawa|Kirjattu;Hinata;Hasegawa",
            "Tilaaja: Marija Babić, Asiakaspalvelukeskus|Tilaaja;Marija;Babić",
            "Soitin Palkkahallintoon ja Tietosuojatiimille, Aino Virta vastasi.|Soitin;Aino;Virta",
            "Tilaaja: Oiva Urpuniemi, Lakiasiat|Tilaaja;Oiva;Urpuniemi",
            // Swedish: the unit's definite form, in one word or after an adjective or a place's genitive
            "Registrerat · Löneenheten · Greta Sjöbacka|Registrerat;Greta;Sjöbacka",
            "jurist, Dataskyddsfunktionen och Juridiska enheten|null",
            "Attunda tingsrätt, domare Hjalmar Lund|Hjalmar;Lund",
            // a service's desk and a ledger's team
            "13:29 Kundtjänst Pentti-Henrik: Hej!|Pentti-Henrik;Hej",
            "Kö: Leverantörsreskontra, Greta Sjöbacka|Kö;Greta;Sjöbacka",
            // a department named by its function alone
            "Ask Sam Hill in Payroll and (Mo Ali, Procurement).|Ask;Sam;Hill;Mo;Ali",
            // English: capitalised English words before a unit's word
            "Logged at 14:39 · Information Governance · Bram Heijden|Logged;Bram;Heijden",
            "Mail arrives as Recruitment Team and Contact Centre Quality.|Mail",
            // a name stays a name before a unit's word
            "Niina Kurki Team dinner is on Friday|Niina;Kurki;Team;Friday",
            "Matti Virtanen, Anna Laine|Matti;Virtanen;Anna;Laine",
            // a person's genitive takes the indefinite form, and stays
            "Annas enhet ringde|Annas",
    })
    void takesTheMarkOffUnitsAndOffices(String text, String names) {
        MarkedWords.assertStay(OfficeNames::unmark, text, "null".equals(names) ? null : names);
    }

    /** A chat's header names the desk in lower case, which a repeat of its name may have taken in. */
    @Test
    void takesTheMarkOffASwedishUnitInLowerCase() {
        MarkedWords.assertStayOfAll(OfficeNames::unmark, "Chatt med kundtjänst", "Chatt;med");
    }
}
