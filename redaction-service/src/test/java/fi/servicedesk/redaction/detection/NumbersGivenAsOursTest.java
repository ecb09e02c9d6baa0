package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An organisation's number to book by or call it, given as "ours", and the service lines beside it. */
class NumbersGivenAsOursTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "I'd like to recheck in four weeks. Call us on 0117 234 0210 to book.",
            "Suosittelen kontrollia. Voitte varata ajan 09 346 2966 tai sähköpostilla.",
            "Soittakaa meille 0800 123 456 arkisin.",
            "Ni kan boka tid på 08-123 456 78.",
            "Paikalle tuli poliisipartio. Hinaus 0800 915 848.",
            "Paikalle tuli poliisipartio. Hinaus +358 20 354 2187.",
            "Agent Eleni Nikolaidou, New York JFK. Baggage line 0344 873 1415.",
            // the reader told to contact a number, not a person: a reminder's sender's line
            "Vuokra on maksamatta. Maksa viitteellä 4136 52252 tai ota yhteyttä numeroon 0600 51 747.",
            "Maksa eräpäivään mennessä tai ota yhteyttä numeroon 09 849 17664.",
    })
    void keepsTheOrganisationsLine(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Call me on 0117 234 0210 to book.",
            "Omistaja soitti meille, hänen numeronsa 040 123 4567.",
            "Voitte soittaa Annalle 09 346 2966.",
            // a household writes "us" too: a mobile is a person's, with no organisation's sign beside it
            "Soittakaa meille 040 123 4567 arkisin.",
            "Ollaan kotona klo 16 jälkeen, soittakaa meille 040 123 4567.",
            // a UK mobile in a range the plan does not hold (Ofcom's drama range), as other UK mobiles are read
            "We're in all week, call us on 07700 900123.",
            // a mobile the reader is told to contact is a person's; so is the number of a person to contact
            "Jos en vastaa, ota yhteyttä numeroon 040 123 4567.",
            "Ota yhteyttä Annaan numeroon 09 346 2966.",
    })
    void leavesAPersonsPhone(String text) {
        assertEquals(1, Found.in(detector, text).size(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // digits with no country code are read in the countries the line names, or in Finland
            "Ring oss på 0722123456, Sverige.|true",
            "Ring oss på 0722123456.|false",
            "Soittakaa meille 0401234567.|true",
    })
    void readsDigitsInTheCountriesTheLineNames(String text, boolean mobile) {
        int start = text.indexOf('0');
        var phone = new Finding(EntityType.PHONE, start, start + 10, text.substring(start, start + 10));
        assertEquals(mobile, NumbersGivenAsOurs.isMobile(text, phone));
    }
}
