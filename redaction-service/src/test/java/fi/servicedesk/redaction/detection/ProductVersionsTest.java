package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A version after a name makes a product of it (ProductVersions); capitalised words come marked. */
class ProductVersionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a version's letter before its dotted number
            "Käytössä on Cassandra v1.68.2, kertoi Pekka.|Käytössä;Pekka",
            "We run Hugo V0.121 now.|We",
            // no dot after the letter's digits, or a space after the letter: a person's
            "Vuorossa Liisa v 3.12. ja Matti v2, kertoi Pekka.|Vuorossa;Liisa;Matti;Pekka",
            // a model's code after its maker; after a double given name it is the code given to that person
            "Forklift Linde E20 is down.|",
            "Trafikledningen: kod till Kajsa-Brita W3015 och Mickel-Jeppe L4224.|Trafikledningen;Kajsa-Brita;Mickel-Jeppe",
    })
    void takesTheMarkOffAVersionedName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ProductVersions.unmark(s, tokens, words, marks), text, names);
    }
}
