package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A work's title after its kind's word or a list's label is no person (TitlesOfWorks); capitalised words come marked. */
class TitlesOfWorksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // a list's label before a quoted title or one opening with a word no name reads as
            "Hymns: Amazing Grace|",
            "Songs: \"Jolene\"|",
            // a name after the label is a person's
            "Songs: Sarah Jones picks them on Friday.|Sarah;Jones;Friday",
            "Virret: Maija Lahti valitsee ne perjantaina.|Maija;Lahti",
            "Laulut: Anna ja Pekka esittävät.|Anna;Pekka",
    })
    void readsAListsLabelOnlyBeforeATitle(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> TitlesOfWorks.unmark(s, tokens, words, marks), text, names);
    }
}
