package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContactCardNamesTest {

    private static List<String> found(String text) {
        var findings = new ArrayList<Finding>();
        ContactCardNames.find(text, NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Hei, liite Hirvikoski.vcf ei aukea puhelimessa.|Hirvikoski",
            "The attachment Okonkwo_Adaeze.vcf won't import.|Okonkwo;Adaeze",
            "Bilagan LindqvistBerit.vcf går inte att öppna.|Lindqvist;Berit",
            "Saved as Tuulikki-Mäkilä.VCF on the desktop.|Tuulikki;Mäkilä",
    })
    void findsThePersonAContactCardIsNamedAfter(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), found(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Import Contacts.vcf into Outlook.",
            "Vie tiedosto Yhteystiedot.vcf puhelimeen.",
            "Filen Kontakter_Export.vcf går inte att läsa.",
            "the file export.vcf is empty",
    })
    void leavesAddressBooksAlone(String text) {
        assertEquals(List.of(), found(text));
    }
}
