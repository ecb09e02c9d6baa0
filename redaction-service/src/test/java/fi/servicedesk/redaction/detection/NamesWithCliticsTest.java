package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Finnish clitics (-kin, -kaan/-kään, -han/-hän, -pa/-pä, -ko/-kö) follow every case ending: a name Voikko does not know is
 * found with one as without ("Kerro Magdallekin", "Xinilläkin on", "Samirkin sai").
 */
class NamesWithCliticsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a listed name with an ending and a clitic, and with a clitic alone
            "Kerro Magdallekin, ettei kukaan pääse sisään.|Magdallekin",
            "Samirkin sai saman virheen.|Samirkin",
            // an unknown word in the allative or adessive, with a clitic after the ending
            "Kerro Yaroslavillekin, ettei kukaan pääse sisään.|Yaroslavillekin",
            "Xinilläkin on admin-oikeudet ympäristöön.|Xinilläkin",
            // the question's -ko/-kö and the -pa/-pä of emphasis, after a genitive before what a person has
            "Chkheidzenko kone se oli, vai Gebrenkö?|Chkheidzenko",
            "Kerro Yaroslavillepa, että tunnus on auki.|Yaroslavillepa",
    })
    void findsNamesWithAClitic(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a product with a clitic stays a product, and a word that only ends like a clitic is no name
            "Zoomillakin on katko, Slackillahan on myös.",
            "Kerro Jirallekin, että tiketti on auki.",
            "The pumpkin spice machine is broken again.",
            "Teamsin tili ja Outlookin kalenteri ovat lukossa.",
            "Teamsinko tili se oli?",
    })
    void leavesProductsAndWordsThatEndLikeAClitic(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void takesOffOnlyAClitic() {
        assertEquals("magdalle", NameWords.withoutClitic("magdallekin"));
        assertEquals("samir", NameWords.withoutClitic("samirkin"));
        assertEquals("khan", NameWords.withoutClitic("khan"));
        assertEquals("jussi", NameWords.withoutClitic("jussi"));
    }
}
