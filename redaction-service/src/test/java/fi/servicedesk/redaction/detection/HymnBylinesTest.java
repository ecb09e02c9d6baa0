package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hymn's authors written beside its number or title are the hymn's (HymnBylines); every word comes marked. */
class HymnBylinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // in parentheses after the hymn's number or title, up to the clause's end
            "Virret: virsi 341 (Lina Sandell); kanttori Lina Berg.|virsi;kanttori;Lina;Berg",
            "Hymns: Amazing Grace (John Newton); reading by John Smith|Amazing;Grace;reading;by;John;Smith",
            "hymn Abide with Me (Henry Francis Lyte)|hymn;Abide;with;Me",
            "Virret: Suvivirsi 571 (Israel Kolmodin)|Suvivirsi",
            // after a byline's word, with initials, and one after another
            "Psalmer: psalm 62, text J. L. Runeberg|psalm",
            "virsi 338, san. Lina Sandell, säv. Oskar Ahnfelt; luku|virsi;luku",
            "Hymns: Hymn 331, words by Isaac Watts|Hymn",
            // not a person who chose the hymn, nor words in parentheses that are no byline
            "The hymn was chosen by Anna Berg.|The;hymn;was;chosen;by;Anna;Berg",
            "virsi 341 (toive: Anna Berg)|virsi;toive;Anna;Berg",
            // a name in parentheses in a clause without a hymn stays
            "Kummi: Lina Berg (Lina Sandell)|Kummi;Lina;Berg;Lina;Sandell",
    })
    void takesTheMarkOffTheByline(String text, String names) {
        MarkedWords.assertStayOfAll((s, tokens, words, marks) -> HymnBylines.unmark(s, tokens, marks), text, names);
    }
}
