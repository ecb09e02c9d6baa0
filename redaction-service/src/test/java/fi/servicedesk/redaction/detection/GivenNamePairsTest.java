package fi.servicedesk.redaction.detection;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GivenNamePairsTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the given names the message wrote before a surname are one name alone too, in any case ending
            "Yhteyshenkilö: Wanjiku Nyokabi Kamau-Mutua. Wanjiku Nyokabille lasku.|Wanjiku Nyokabi;Kamau-Mutua;Wanjiku Nyokabille",
            // so are those a register wrote after the surname in capitals, and those an entry wrote after its surname alone
            "Myyjä: BOUDREAUX-THIBODEAUX Ovide Alcide, henkilötunnus 030881-871C\\nSiirrän Ovide Alcidelle. Kiitos|BOUDREAUX-THIBODEAUX;Ovide Alcide;Ovide Alcidelle",
            "Seller: BOUDREAUX-THIBODEAUX Ovide Alcide, 030881-871C\\nSigned by Ovide Alcide and Pekka.|BOUDREAUX-THIBODEAUX;Ovide Alcide;Ovide Alcide;Pekka",
            "sukunimi;etunimet\\nMäkinen-Laine;Juhani Matias;040 123 4567\\nHuom.: Juhani Matias ja Pekka samassa taloudessa.|Mäkinen-Laine;Juhani Matias;Juhani Matias;Pekka",
            // not a given name and a surname the register wrote apart, nor a pair it never wrote
            "Myyjä: BOUDREAUX-THIBODEAUX Ovide, henkilötunnus 030881-871C\\nSiirrän Ovide Alcidelle. Kiitos|BOUDREAUX-THIBODEAUX;Ovide;Ovide;Alcidelle",
            "Myyjä: BOUDREAUX-THIBODEAUX Ovide Alcide, henkilötunnus 030881-871C\\nSiirrän Matti Virtaselle. Kiitos|BOUDREAUX-THIBODEAUX;Ovide Alcide;Matti;Virtaselle",
            // the surname alone before a comma or in the cell before: the names after it are the given names
            "Osallistujat:\\nMäkinen-Laine, Juhani Matias <jm@example.com>\\n|Mäkinen-Laine;Juhani Matias",
            "\"| Mäkinen-Laine | Wanjiku Nyokabi | 040 123 4567 |\\n\"|Mäkinen-Laine;Wanjiku Nyokabi",
            "sukunimi;etunimet\\nMäkinen-Laine;Wanjiku Nyokabi;040 123 4567\\n|Mäkinen-Laine;Wanjiku Nyokabi",
            // so is a surname alone after a field's label
            "Bevakare: Mäkinen-Laine, Juhani Matias, 040 123 4567|Mäkinen-Laine;Juhani Matias",
            "Bevakare: Virtanen, Pekka Korhonen, 040 123 4567|Virtanen;Pekka;Korhonen",
            // a list of people written given name first keeps each surname apart
            "Osallistujat:\\nVirtanen, Pekka Korhonen; Salo, Matti\\n|Virtanen;Pekka;Korhonen;Salo;Matti",
            // a pair after a kin word, a greeting, an @ or as a chat's speaker is one person's given names
            "I booked a visit for our son Juhani Matias (5) on Monday.|Juhani Matias",
            "Jag har bokat en tid för vår dotter Juhani Matias i maj.|Juhani Matias",
            "Haluaisin nähdä lapseni Juhani Matiaksen hoitosuunnitelman.|Juhani Matiaksen",
            "2026-05-06 15:18 → 0401234567: Hei Juhani Matias! Aikasi on huomenna.|Juhani Matias",
            "14:02 Juhani Matias (Patient Services): Hi, how can I help?|Juhani Matias",
            // not a given name and its surname there, nor two people parted by a comma
            "I booked a visit for our son Matti Virtanen (5) on Monday.|Matti;Virtanen",
            "Hei Matti Virtanen! Aikasi on huomenna.|Matti;Virtanen",
            "Hei Juhani, Matias! Aikanne on huomenna.|Juhani;Matias",
    })
    void joinsAPersonsGivenNamesAlone(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(";")), Found.inOrder(detector, text.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a chat's mention is one person's: a given name after it is their second given name, one span
            "@Juhani Matias katsotko tämän?|Juhani Matias|true",
            "Kiitos! @Juhani Matias @Aino katsotteko?|Juhani Matias|true",
            // a surname after it stays a name of its own
            "@Juhani Virtanen katsotko tämän?|Juhani Virtanen|false",
    })
    void joinsAMentionsGivenNames(String text, String pair, boolean joined) {
        assertEquals(joined, Found.inOrder(detector, text).contains(pair));
    }
}
