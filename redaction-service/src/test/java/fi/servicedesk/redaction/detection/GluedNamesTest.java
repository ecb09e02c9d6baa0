package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GluedNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // camel case and lower-case parts joined by underscores
            "\"Soitin eilen Hannele Korhoselle. Hän lähetti tiedoston HanneleKorhonen.vcf\"|Hannele;Korhoselle;Hannele;Korhonen",
            "\"Tapasin Osmo Pyykkösen eilen, liite oli palkka_osmo_2026.pdf\"|Osmo;Pyykkösen;osmo",
            // every glued mention of each name, name by name
            "\"Kiitos Osmo ja Hannele, liitteet osmo_cv.pdf ja HanneleOsmo.txt\"|Osmo;Hannele;osmo;Osmo;Hannele",
            // a longer word that begins with the name, and the name between spaces, are not glued mentions
            "\"Tapasin Osmo Pyykkösen eilen, liite oli osmoottinen_paine.pdf\"|Osmo;Pyykkösen",
            // an e-mail address is the address rule's, whole
            "\"Lähetin Osmo Pyykköselle viestin osoitteeseen osmo_pyykkonen@example.org\"|Osmo;Pyykköselle",
    })
    void findsANameGluedIntoAWord(String text, String expected) {
        var findings = new ArrayList<Finding>();
        new PersonNameDetector(NameLexicon.shared()).find(Text.of(text), findings);
        assertEquals(List.of(expected.split(";")), findings.stream().map(f -> text.substring(f.start(), f.end())).toList());
    }
}
