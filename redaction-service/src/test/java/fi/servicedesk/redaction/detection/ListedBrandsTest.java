package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Firms, brands and products that the gazetteer lists are no people's names unless the text puts a person there (ListedBrands). */
class ListedBrandsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @ValueSource(strings = {
            "The invoice from Hugo Boss is still open.",
            "Payroll files for Calvin Klein were uploaded twice.",
            "We ordered the chairs from Herman Miller last week.",
            "Kahvit haettiin Tim Hortonsilta aamulla.",
            "Tilasin uudet tuolit Herman Millerilta.",
            "Spoke with the reseller about Harley-Davidson again.",
            "the order from hugo boss is stuck again, anyone?",
    })
    void leavesListedFirmsBrandsAndProducts(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a person's frame around a listed name that reads as a given name and a surname
            "Hi Calvin Klein, your laptop is ready.|Calvin;Klein",
            "cc: Herman Miller|Herman;Miller",
            "Herman Miller called about the VPN again.|Herman;Miller",
            "From: Calvin Klein <calvin.klein@example.com>|Calvin;Klein",
            // one word is no evidence: many firms bear a given name
            "Emma is off today, Hugo covers.|Emma;Hugo",
            "Daniel's laptop will not boot.|Daniel",
    })
    void keepsPeopleWhereTheTextPutsThem(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
