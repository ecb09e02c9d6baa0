package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A number ending its line after a person's role in brackets. */
class NumbersAfterARoleTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Omistaja: Xebat Mizuri (eläinhoitaja), 09112720338|09112720338",
            "Assignee: Crina Păun (Customer Service Agent), 074 945 8357|074 945 8357",
            "Ansvarig: Malkolm Hollmérus (kundtjänstmedarbetare), 090 3492 1441|090 3492 1441",
            // a role whose first part labels a thing's number elsewhere ("vahinko KOR 086 7260")
            "Omistaja: Irma-Liisa Kirvesjärvi (vahinkokäsittelijä), 00358 9 390 8525|00358 9 390 8525",
            "Omistaja: Ulla-Greta Rosengård (vahinkokäsittelijä), 081245031251|081245031251",
    })
    void findsTheNumberOfAPersonAndTheirRole(String text, String phone) {
        assertEquals(List.of(phone), Found.in(detector, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bevakare: Tjärviken, Valborg-Lena, 07 091 1348; fakturor@taxicentral.example.fi|07 091 1348",
            "Bevakare: Flottviken, Jeppe-Jöns, 0905206715; bokning@taxicentral.example.fi|0905206715",
            "Watchers: Udofia-Etuk, Nkoyo Affiong, 074 945 8357|074 945 8357",
            "Yhteyshenkilö: Kirvesjärvi, Irma-Liisa, 09112720338|09112720338",
            // after the person's identity code
            "Ostaja: LAUTTAKANGAS Olekso-Petri, henkilötunnus 141153-6972, 07 884 1657|07 884 1657",
            "Säljare: Berg Eva, personnummer 19650315-4532, 070 599 8359|070 599 8359",
    })
    void findsTheNumberOfAPersonWrittenSurnameFirst(String text, String phone) {
        assertEquals(List.of(phone), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Caller: Hari Lamichhane (hirer, 963-3194681)",
            "Omistaja: Xebat Mizuri (eläinhoitaja), 09112720338 päivitetty",
            "Laskut (2026), 074 945 8357",
            "Tilaus (sopimus 2), 074 945 8357",
            // no person before the bracket, and no number any plan allows
            "Viitenumero (uusi), 1234561",
            "Tuote: Kahvinkeitin (musta), 6417700123456",
            // a place and a thing before the number, or the list goes on after it
            "Toimipiste: Helsinki, Laskutus, 1234561",
            "Tuote: Kahvinkeitin, Musta, 6417700123456",
            "Bevakare: Tjärviken, Valborg-Lena, 07 091 1348 och 2026",
            "Lines: Ahola, Kari, 0905206715, Lind, Eva",
            // not dialled, or the line goes on
            "Ostaja: henkilötunnus 141153-6972, 1234561",
            "Ostaja: henkilötunnus 141153-6972, 07 884 1657 (vanha)",
    })
    void leavesOtherNumbersAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
