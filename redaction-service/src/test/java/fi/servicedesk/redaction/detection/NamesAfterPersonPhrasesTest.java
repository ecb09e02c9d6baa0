package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A name after a phrase that names a person next (NamesAfterCues): waiting on, covering for, thanks to,
 * sat with, confirm with, loop in, told, emailed, shadowing, assign … to, an after-call note's cust and Mgr; not a
 * department's common noun.
 */
class NamesAfterPersonPhrasesTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Still waiting on Niamh for the sign-off.|Niamh",
            "All sorted thanks to Eimear, it is green again.|Eimear",
            "Sat with Yaroslav to debug it.|Yaroslav",
            "Can we loop in Agata from security?|Agata",
            "I told Eimear about the outage.|Eimear",
            "can someone confirm with Kuura?|Kuura",
            "Assign it to Eimear, she knows the setup.|Eimear",
            "I'll reach out to Shepherd tomorrow.|Shepherd",
            // a cue opening a sentence is no part of the name after it
            "Kysy Nykäseltä, jos et tiedä.|Nykäseltä",
            "Hiya Digby, the screen is fixed.|Digby",
            "[14.30] Tukihenkilö Kaija: Hei! Tarkistan, hetki|Kaija",
            // an agent's shorthand in an after-call note: the customer and their manager
            "ACN 09:40 - cust Lemlem Gebre rang re MFA; Mgr Otar Chkheidze to approve.|Lemlem;Gebre;Otar;Chkheidze",
            // whom to call back, and who handles the case next, also after the shorthand's full stop
            "MFA re-enrolled, OK. CB Barber tmrw am.|Barber",
            "Siirr. 2-tasolle, käsitt. Giorgi Javakhishvili. Takais. Lebedeville huom. klo 14.|Giorgi;Javakhishvili;Lebedeville",
            // a maiden name after its cue, also where it is a word
            "Liisa Laine (omaa sukua Kivi) soitti.|Liisa;Laine;Kivi",
            "Emma Brown, born Stone, called about the badge.|Emma;Brown;Stone",
            "Jane Smith née Gray called.|Jane;Smith;Gray",
            "Anna Lind, född Berg, ringde.|Anna;Lind;Berg",
    })
    void findsTheNameAfterThePhrase(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }

    @Test
    void findsTheOneGreetedOnTheSalutationsLineAndASignatureAfterThanks() {
        assertEquals(List.of("Digby"), Found.in(detector, "Hello Digby,\n\nGrafana OnCall still pages the old engineer."));
        assertEquals(List.of("Tuija"), Found.in(detector, "Kiitos,\n\nTuija"));
        assertEquals(List.of("will"), Found.in(detector, "Hi, will, can you reset my password?"));
        assertEquals(List.of("tuija"), Found.in(detector, "Hei, tuija! Puhelin löytyi."));
        // a given name that is also a Finnish noun, written in lower case, introduces the writer
        assertEquals(List.of("tuuli"), Found.in(detector, "Hei, tuuli tässä, puhelin ei lataa."));
        assertEquals(List.of("satu"), Found.in(detector, "Hei, satu täällä, kone ei käynnisty."));
        // a signature's role ends its line: the next line's label is no one who holds it, a name there is
        assertEquals(List.of(), Found.in(detector, "Branch Manager\nDirect: 0117 725 3682"));
        assertEquals(List.of("Direct", "Smith"), Found.in(detector, "Branch Manager\nDirect Smith"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a department's common noun, a product or maker, and the phrases before no capital
            "Loop in Security please, and emailed Procurement yesterday.",
            "Working with Microsoft on it. Checked with Support. Still waiting on Teams to load.",
            "Still waiting on approval, thanks to everyone who helped.",
            // "next to" is where a thing stands
            "The printer next to Azure AD jams again, the one next to Slack too.",
            // after a salutation a blank line opens the body: its first word is no one greeted
            "Hello,\n\nGrafana OnCall still pages the old engineer.",
            "Hei,\n\nTeamsissa näkyy yhä vanha numero.",
            // after a greeting's comma an English word or a Swedish pronoun that the line goes on after opens the sentence
            "Hi, bill 83-83541 shows 69.0 kWh too much.",
            "Hej, min reseräkning avvisades.",
            // and so does a word Voikko reads as an ordinary Finnish one, a verb's form a surname's case shares
            "Hei, hukkasin puhelimeni bussissa.",
    })
    void leavesDepartmentsAndThings(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
