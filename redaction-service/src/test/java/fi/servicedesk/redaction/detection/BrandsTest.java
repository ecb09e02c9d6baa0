package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @ParameterizedTest
    @ValueSource(strings = {"Hugo", "hugo", "Harley", "Ruby on", "Ben & Jerry", "Jack"})
    void saysWhichWordsBeginItsNames(String words) {
        assertEquals(SortedLines.BEGINS_ENTRY, Brands.find("x " + words + " y", 2, 2 + words.length()), words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hug", "Matti", "Boss", "Zzzz", "Hugo Boss Oy", "Ruby o"})
    void saysThatNoNameBeginsWithOtherWords(String words) {
        assertEquals(0, Brands.find(words, 0, words.length()), words);
    }

    @Test
    void saysWhereANameIsAlsoTheBeginningOfAnother() {
        // "jack wills" and no longer name that goes on from it after a space; "harley-davidson" likewise.
        assertEquals(SortedLines.IS_ENTRY, Brands.find("Jack Wills", 0, 10));
        assertEquals(SortedLines.IS_ENTRY, Brands.find("Harley-Davidson", 0, 15));
        // "albert heijn" and "albert heijn to go"
        assertEquals(SortedLines.IS_ENTRY | SortedLines.BEGINS_ENTRY, Brands.find("Albert Heijn", 0, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hugo", "Harley", "ruby", "Ben", "Jack", "Albert"})
    void mayHaveEveryFirstWordOfItsNames(String word) {
        assertTrue(Brands.mayBeFirstWord(word, 0, word.length()), word);
    }

    @Test
    void hasFewOtherWordsAsFirstWords() {
        var words = List.of("Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
                "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen",
                "Turunen", "Salo", "Laitinen");
        long probably = words.stream().filter(w -> Brands.mayBeFirstWord(w, 0, w.length())
                && (Brands.find(w, 0, w.length()) & SortedLines.BEGINS_ENTRY) == 0).count();
        assertTrue(probably <= 3, probably + " of " + words.size() + " pass the filter but begin no name");
    }

    @Test
    void holdsThousandsOfNames() {
        assertTrue(Brands.size() > 7_000, Brands.size() + " names");
    }
}
