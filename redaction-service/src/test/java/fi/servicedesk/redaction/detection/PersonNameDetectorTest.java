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
