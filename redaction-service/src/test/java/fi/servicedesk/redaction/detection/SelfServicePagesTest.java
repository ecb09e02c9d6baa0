package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfServicePagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // an English possessive before a capitalised noun names a page; before a surname it is a given name
            "Ashley Delgado asked for their call records. Export from My Account:|Ashley;Delgado;Export;Account",
            "Please call My Andersson about it.|Please;My;Andersson",
            // a Swedish plural possessive after a preposition or a bracket, before a plural noun, in Swedish
            "Kunden begärde sina samtalsuppgifter för mars. Uttag ur Mina sidor:|Kunden;Uttag",
            "Felanmälan (Mina sidor – Fastighet) från Ebba Falk|Felanmälan;Fastighet;Ebba;Falk",
            // a line's first word: a footer naming the page a message came from
            "Hej Ebba, vi har fått ditt ärende.\\nMina sidor El, ärende 070052|Hej;Ebba;El",
            // the given name after a preposition before a word that is no plural noun, or outside Swedish, stays
            "Jag pratade med Mina igår och hon ringer tillbaka.|Jag;Mina",
            "Spoke with Mina sisters today.|Spoke;Mina",
    })
    void takesTheMarkOffAPossessiveNamingAPage(String text, String names) {
        MarkedWords.assertStay(SelfServicePages::unmark, text, names);
    }
}
