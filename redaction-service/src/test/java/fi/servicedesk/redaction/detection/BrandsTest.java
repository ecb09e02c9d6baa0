package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gazetteer of firms, brands and products (brands.txt). */
class BrandsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Hugo Boss", "hugo boss", "HUGO BOSS", "Ruby on Rails", "Apache Kafka", "Ben & Jerry's",
            "Ben & Jerry’s", "Harley-Davidson", "Tim Hortons", "Calvin Klein", "Herman Miller"})
    void knowsFirmsBrandsAndProductsOfTwoWordsOrMore(String name) {
        assertTrue(Brands.contains("x " + name + " y", 2, 2 + name.length()), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Max", "Hugo", "Jenkins", "Hugo  Boss", "Hugo Bos", "Hugo Boss Oy", "Ruby on", "", "Matti Virtanen"})
    void knowsNoNameOfOneWordNoOtherSpellingAndNoPerson(String name) {
        assertFalse(Brands.contains(name, 0, name.length()), name);
    }

    @Test
    void holdsThousandsOfNames() {
        assertTrue(Brands.size() > 7_000, Brands.size() + " names");
    }
}
