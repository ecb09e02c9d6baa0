package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one uses, installs or runs is a thing (ThingsUsed); capitalised words come marked. */
class ThingsUsedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Pen-testers used Frida on the app, said Ebba.|Pen-testers;Ebba",
            "The build uses Haskell Stack.|The",
            "The build host runs Darwin 23.1.|The",
            "Quick one – Boone can't open Sisu.|Quick;Boone",
            // a person owns the thing used
            "Pekka used Anna Berg's laptop.|Pekka;Anna;Berg",
            "Audit log shows Pekka accessing Anna Virtanen mailbox on Friday.|Audit;Pekka;Anna;Virtanen;Friday",
            "Someone opened Anna calendar.|Someone;Anna",
            // a noun of the same form before a relative clause, and a person after other verbs
            "The run Khadija Alaoui started fell over.|The;Khadija;Alaoui",
            "Pekka called Anna Berg.|Pekka;Anna;Berg",
    })
    void takesTheMarkOffTheThingUsed(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ThingsUsed.unmark(s, tokens, marks), text, names);
    }
}
