package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fitness classes led by a given name and cups after a name are no one's (ClassesAndCups); capitalised words come marked. */
class ClassesAndCupsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Tiistain tunnit: Pilates Maija, Kahvakuula Ville.|Tiistain",
            "Bookings for Zumba and Spinning Anna cancelled, said Mark.|Bookings;Mark",
            "Avbokade: Pilates Greta-passen.|Avbokade",
            "Ilmoittautuminen: Gothia Cup, joukkue U12.|Ilmoittautuminen",
            "Entry form: Davis Cupin karsinta|Entry",
            // a name before the class's word, and a full name after it, are a person's
            "Coach Ella Core runs the session.|Coach;Ella;Core",
            "Spinning Anna Lehto leads today.|Anna;Lehto",
    })
    void takesTheMarkOffTheClassAndTheCup(String text, String names) {
        MarkedWords.assertStay(ClassesAndCups::unmark, text, names);
    }
}
