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
            "Psalmer: psalm 62, text av J. L. Runeberg|psalm",
            "virsi 338, san. Lina Sandell, säv. Oskar Ahnfelt; luku|virsi;luku",
            "Hymns: Hymn 331, words by Isaac Watts|Hymn",
            "Virsi 571, sanat: Israel Kolmodin|Virsi",
            "Hymn 331, music Isaac Watts|Hymn",
            // a byline's word that is a verb or a noun without "by" or a colon, and no byline after a song's word
            "Hymns: Sarah will text Tom the final list tonight.|Sarah;will;text;Tom;the;final;list;tonight",
            "Laulu: Tuhansin kielin (Emma Virtanen)|Laulu;Tuhansin;kielin;Emma;Virtanen",
            "the song list is ready (Tom Lee)|the;song;list;is;ready;Tom;Lee",
            // a byline's name that is a person elsewhere in the message
            "Virsi 341 (Pekka Lahti); kiitos Pekka Lahti.|Virsi;Pekka;Lahti;kiitos;Pekka;Lahti",
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
