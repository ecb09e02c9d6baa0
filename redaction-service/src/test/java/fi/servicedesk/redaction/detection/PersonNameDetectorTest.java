package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNameDetectorTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Lähetä tämä Hirvoselle huomenna|Hirvoselle",
            "Puhuin Jarmon kanssa eilen|Jarmon",
            "esimieheni Peltonen hyväksyi sen|Peltonen",
            "Kiitos Annika!|Annika",
            "kysyin asiaa jarmolta|jarmolta",
            "cc: Sven Smithson|Sven;Smithson",
            "Regards,\\nMichael O'Brien|Michael;O'Brien",
            "my manager Jessica Kowalski approved it|Jessica;Kowalski",
            "Tämä koskee Annika Oksasen tiliä|Annika;Oksasen",
            "Harjun kone ei käynnisty|Harjun",
            "Mr Vesala needs access|Vesala",
            "hei tuija, soita huomenna|tuija",
            "Anna Laine soitti|Anna;Laine",
            "Megan's laptop will not boot|Megan",
            "Olen Olivia Fischer, soitan huomenna|Olivia;Fischer",
            "The request came from Brayden McKinney yesterday|Brayden;McKinney",
            "Please forward it to Jaxon, he owns the laptop|Jaxon",
            "Wyatt Stone set up the printer|Wyatt;Stone",
            "Kysy Hope Donnellylta|Hope;Donnellylta",
            "Could you call Jarmo?|Jarmo",
    })
    void findsPeopleInAnyPositionAndInflection(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "iso laine kaatoi palvelimen ja koskinen vesi tulvi, niemi on kaukana",
            "Oulun toimisto ja Salon toimisto ovat kiinni",
            "Teams ja ServiceNow eivät toimi, Windows 11 kaatuu",
            "Anna minulle uusi salasana",
            "Hi Team, thanks again",
            "login https://portal.example.fi/reset?lang=en&user=ping",
            "Hei, olen tässä",
            "Open Word and Slack, then the Edge browser",
            "Our London office and the Paris site are closed on Friday",
            "Ship it to Germany; the Dell Latitude is in Stone Street",
    })
    void leavesPlacesProductsAndOrdinaryWords(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the line after a closing, also after an initial, and a sentence before the closing
            "Best,\\nFaith|Faith",
            "Terveisin\\nT. Kask\\nIT-tuki|Kask",
            "Kiitos!\\nJ-P Peltola|Peltola",
            "Thanks for looking. Best,\\nAbdi Warsame, 040 123 4567|Abdi;Warsame",
            "Sent from my phone\\nHarper Okafor|Harper;Okafor",
            // a surname after an initial inside a sentence
            "The laptop was handed to T. Gray yesterday|Gray",
            // a chat mention
            "@Katja voitko katsoa?|Katja",
            "kiitos @jouni|jouni",
            // a word of an address's local part in the same message
            "To: Wesley Cook <wesley_cook@example.org>|Wesley;Cook",
            "Vastaanottaja: Heikki Rinne <hrinne@example.fi>|Heikki;Rinne",
            // another mention of a name found once, and a name joined to one
            "Osallistujat: Katja Kivi, Heikki ja Kivi.|Katja;Kivi;Heikki;Kivi",
            "Waiting on Heikki and Abdi to sign off|Heikki;Abdi",
            // person cues take a capitalised ordinary word, or a given name in lower case
            "Spoke to Gray in accounting|Gray",
            "Esihenkilöni Rinne pyysi sitä|Rinne",
            "Soitin Kivelle kahdesti|Kivelle",
            "Best,\\nAbdi (on behalf of Hardy)|Abdi;Hardy",
            "ping faith re the order|faith",
            "kysyin jo toivolta, ei tiennyt|toivolta",
            "thx derek, works now|derek",
            // a genitive before a postposition of persons; Finnish endings on listed foreign names
            "Päivitin Kaskin tiedot eilen|Kaskin",
            "Kone on Fadumon kanssa samassa verkossa|Fadumon",
            "Soitin eilen Kowalskille|Kowalskille",
            "Grace from HR says hi|Grace",
            "Can Ilkka get admin rights?|Ilkka",
            "Osallistujat: Kadri Abdullahi, Tuula ja Abdullahi.|Kadri;Abdullahi;Tuula;Abdullahi",
            "thx holly, works now|holly",
            "Tiedoksi Abdille: kone vaihdettiin|Abdille",
            "Reassigned from Penny Sutton to Kadri today|Penny;Sutton;Kadri",
            "Abdi's monitor flickers|Abdi",
    })
    void findsPeopleTheLayoutNames(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hand the badge to reception.",
            "Grant me access to the share, please.",
            "Drew a blank on the password again.",
            "Use the Baker Street entrance.",
            "Päivitin tiedot, neuvotteluhuone Kuikka on nyt kunnossa.",
            "Elisan liittymä ei toimi ja Wilma on rikki",
            "Toivon mukaan korjaus tulee huomenna.",
            "Kiitos!\nService Desk",
            "Mail it.support@example.fi if Support is down",
            "Teamsin kanssa on ongelmia",
            "ping again later",
            "thanks again, hi all!",
            "Moved from Teams to Slack, the Company's laptop too",
            "Plan B. Then reboot.",
    })
    void leavesWordsTheLayoutDoesNotMakeNames(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void everyFormOfOneNameGetsOnePlaceholder() {
        var placeholders = Placeholders.inMemory();
        var redacted = new Redactor().redact("Hirvonen soitti. Hirvosen kone on rikki, soitan Hirvoselle.",
                KnownIdentifiers.NONE, placeholders);
        assertEquals("[NAME_1] soitti. [NAME_1] kone on rikki, soitan [NAME_1].", redacted.text());
    }

    @Test
    void readsDatafakersNameLists() {
        assertTrue(NameLexicon.shared().listedNames() > 5_000, "English and Finnish given names and surnames");
    }

    @Test
    void readsTheUsNameLists() {
        assertTrue(NameLexicon.shared().usNames() > 20_000, "SSA given names and Census surnames");
    }
}
