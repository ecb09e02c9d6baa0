package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A given name that is also a word, or one no list knows, right before a surname found alone (WordNamesBeforeSurnames). */
class WordNamesBeforeSurnamesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mannerheimintien toimistossa on sähkökatko. Halla Vasama ja Khalid reagoivat.|Halla",
            "Jag pratade med Halla Vasama igår om datorn.|Halla",
            "Please reset the password of Halla Vasama before Monday.|Halla",
            // a given name Voikko reads only as a proper name of no kind (the epic's), also before a surname in a case
            "Vastapuoli: puoliso Kaleva Virtanen maksaa osan.|Kaleva",
            "Kuljetusliike toimittaa laukun Kaleva Virtaselle, naapurille.|Kaleva",
            "Loyalty team (Vellamo Korhonen, vm2675): ticket voided.|Vellamo",
            // a listed given name before a middle initial stays the person's
            "Tarkastuksen teki Halla K. Mpoyi eilen.|Halla",
    })
    void findsTheGivenNameBeforeTheSurname(String text, String given) {
        assertTrue(isFound(text, given), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Asiakas Virtanen soitti eilen.|Asiakas",
            "Toimistolla Virtanen kertoi asiasta.|Toimistolla",
            "Manager Smith approved it yesterday.|Manager",
            "Tack Lindqvist för hjälpen i morse.|Tack",
            "Kiitos Madis, kone toimii taas.|Kiitos",
            "Ilman Tumpin tunnuksia emme pääse eteenpäin.|Ilman",
            "Valmennus Anjanan kanssa alkaa huomenna.|Valmennus",
            "Ebuka on ilman tablettia. Soitin Vlăduțille eilen.|Soitin",
            "Order TIL-57908 is in Meiju's name. See Erwan's comments in the attachment.|See",
            "Anna Bohdanille lukuoikeus kansioon.|Anna",
            "Kustannuspaikka 4410, Prisma Kallion reunalla ei ole kuuluvuutta.|Prisma",
            // a noun before an initial: the initial opens the name, the noun is the sentence's (a note by its writer)
            "Uusi asukas muuttaa 3.7.2026. Huomautus K. Mpoyi-Tshibangu: vuokralaista ei laskuteta.|Huomautus",
            "Tarkastus tehty. Huomautus R.-S. Aurakangas: avain palautettu.|Huomautus",
            "Asukas muutti pois. Lisätieto P. Kallioniemi: sauna varattu.|Lisätieto",
    })
    void leavesARoleAGreetingAndAWordInACase(String text, String word) {
        assertFalse(isFound(text, word), text);
    }

    /** The word is found alone or as the first of a name found. */
    private boolean isFound(String text, String word) {
        return Found.inOrder(detector, text).stream().anyMatch(f -> f.equals(word) || f.startsWith(word + " "));
    }
}
