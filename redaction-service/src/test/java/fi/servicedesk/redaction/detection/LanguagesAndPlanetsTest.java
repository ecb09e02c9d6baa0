package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesAndPlanetsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a language as a tool, in a message about programming
            "The billing job is written in Pascal and nobody can compile it.|The",
            "Raportti on koodattu Adalla, eikä kukaan ylläpidä skriptiä.|Raportti",
            "Upgrade the Erlang runtime before the script runs.|Upgrade",
            // a person of the same name: no tool's place, a greeting, a possessive
            "Julia wrote the script in Python.|Julia;Python",
            "Hi Ruby, the script is written in Ruby.|Hi;Ruby",
            "The script is in Julia's folder.|The;Julia",
            // a language's name as a tool where the message says nothing of programming
            "The meeting is in Julia next week.|The;Julia",
            // planets beside planets, or in a message about space
            "Palvelimet: Jupiter, Saturnus ja Uranus.|Palvelimet",
            "Venus and Mars.|",
            "The poster shows Mars and its orbit.|The",
            // a person who bears a planet's name
            "Venus Williams called about the planet poster.|Venus;Williams",
            "Mars called about the invoice.|Mars",
    })
    void takesTheMarkOffLanguagesAndPlanets(String text, String names) {
        MarkedWords.assertStay(LanguagesAndPlanets::unmark, text, names);
    }
}
