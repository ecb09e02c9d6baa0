package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Instruments and methods named after who made them (InstrumentsNamedAfterPeople): the instrument's name stays, also
 * beside a person of the same surname, who is still found.
 */
class InstrumentsNamedAfterPeopleTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared(), NameTagger.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a Finnish compound of the name and the instrument, beside a person of that surname
            "Hoidossa käytetään Kerr-viilaa; Sanni-Maarit Kerrille ei ole varausta.|Sanni-Maarit;Kerrille",
            "Välineistössä Foley-katetrisarja; Eeva-Riitta Foleylta ei ole varausta.|Eeva-Riitta;Foleylta",
            // a Swedish compound written as one word, in its definite and plural forms
            "Tandläkare Ulla-Britt Nyqvist. Kerrfilen används; Ebba-Stina Kerrs bokning gäller en annan tid.|Ulla-Britt;Nyqvist;Ebba-Stina;Kerrs",
            "Instrument: Kerrfilar; Ebba-Stina Kerrs remiss är en annan.|Ebba-Stina;Kerrs",
            // counter-examples: a compound of another kind keeps the person's name, and so does a short surname alone
            "Tuomas Kerr soitti eilen; Kerr-tiimi hoitaa asian.|Tuomas;Kerr;Kerr",
            "Lars Hake ringde om filen.|Lars;Hake",
            "Stina-Maj Granlås och Per-Ove Ekfil bokade om.|Stina-Maj;Granlås;Per-Ove;Ekfil",
            // a given name or a surname that ends as a bare kind of three letters does is the person's
            "Teofil Lindqvist ringde om remissen.|Teofil;Lindqvist",
            "Greta-Lovisa Vallås skickade blanketten.|Greta-Lovisa;Vallås",
    })
    void findsOnlyThePeople(String text, String expected) {
        assertEquals(List.of(expected.split(";")), Found.in(detector, text));
    }
}
