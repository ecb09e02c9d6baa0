package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyAttributionsTest {

    /** With nothing marked before it: the one who wrote, in the clients' languages. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "On Tue, 3 Nov 2026 at 14:02, Oskari Vähämäki <ov@example.fi> wrote:\\n> ok|Oskari;Vähämäki",
            "Oskari Vähämäki kirjoitti 3.11.2026 klo 14.02:\\n> ok|Oskari;Vähämäki",
            "Den tis 3 nov. 2026 kl 14:02 skrev Britta Holmqvist <bh@example.se>:|Britta;Holmqvist",
            "Am Di., 3. Nov. 2026 um 14:02 Uhr schrieb Gunnhild Brekke:|Gunnhild;Brekke",
            "Le mar. 3 nov. 2026 à 14:02, Maëlys Quéré <mq@example.fr> a écrit :|Maëlys;Quéré",
            "> Tõnu Saar kirjutas kuupäeval 3. november 2026 kell 14:02:|Tõnu;Saar",
            "El mar, 3 nov 2026 a las 14:02, Ainhoa Goikoetxea (<ag@example.es>) escribió:|Ainhoa;Goikoetxea",
            "Op di 3 nov. 2026 om 14:02 schreef Sanne Verbeek <sv@example.nl>:|Sanne;Verbeek",
            "Il giorno mar 3 nov 2026 alle ore 14:02 Chiara Lombardi <cl@example.it> ha scritto:|Chiara;Lombardi",
            "Dnia 3.11.2026 o 14:02 Bożena Wróblewska napisał(a):|Bożena;Wróblewska",
            "On Tue, 5 Jan 2027 at 09:14, Friedrich van den Broek <fb@example.nl> wrote:|Friedrich;Broek",
            // a sentence that tells who wrote is no client's line
            "Kysyin Oskarilta, joka kirjoitti viestin eilen.|",
    })
    void marksTheWriter(String text, String names) {
        MarkedWords.assertMarks((s, tokens, words, marks) -> ReplyAttributions.markWriters(s, tokens, marks,
                ReplyAttributions.find(s, tokens, words)), text, names);
    }

    /** Every capitalised word marked before it: the line's opening, date and client words lose the mark. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Am Mo., 4. Jan. 2027 um 09:12 Uhr schrieb Gunnhild Brekke <gb@example.no>:|Gunnhild;Brekke",
            "Le lun. 4 janv. 2027 à 09:12, Maëlys Quéré <mq@example.fr> a écrit :|Maëlys;Quéré",
            "Den 2027-01-04 09:12, Britta Holmqvist skrev:|Britta;Holmqvist",
            "On Mon, Jan 4, 2027 at 9:12 AM Oskari Vähämäki <ov@example.fi> wrote:|Oskari;Vähämäki",
            // where the writer stands, a name that is also a word keeps the mark another rule gave it
            "> Kello kirjoitti 7.12.2027 klo 9.02:|Kello",
            "On Mon, 4 Jan 2027, 09:12 Rowan Best <rb@example.com> wrote:|Rowan;Best",
            // not a line that ends at a colon: left as it is
            "Den Britta wrote yesterday was fine|Den;Britta",
    })
    void takesTheMarkOffTheRestOfTheLine(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> ReplyAttributions.unmarkTheRest(marks,
                ReplyAttributions.find(s, tokens, words)), text, names);
    }
}
