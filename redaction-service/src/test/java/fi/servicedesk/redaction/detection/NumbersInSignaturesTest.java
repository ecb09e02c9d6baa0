package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A signature's or contact's number with no phone word: under the signer's name and title, after a direct line's
 * "D:", or in the field after the e-mail address of a contact written as a list.
 */
class NumbersInSignaturesTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {"HR-asiantuntija, Työterveyshuolto", "esihenkilö, Palkkahallinto", "Head of IT Services",
            "handläggare, Löneenheten"})
    void readsTheNumberUnderTheSignersNameAndTitle(String title) {
        var mail = "Kiitos.\n\nNasrin-Taj Khosravi-Pour\n" + title + "\n0995680500\nEsimerkki Oy\n";
        assertEquals(List.of("0995680500"), Found.inOrder(detector, mail));
    }

    @Test
    void leavesANumberUnderAThingsNameAndALine() {
        var mail = "Printer Toner\nBlack cartridge, high yield\n0995680500\n";
        assertEquals(List.of(), Found.inOrder(detector, mail));
    }

    @Test
    void readsADirectLinesNumber() {
        assertEquals(List.of("08027263310"), Found.inOrder(detector, "Pilvi-Maria Kaarniharju | Tiiminvetäjä\nD: 08027263310 | Brf Linden, Umeå\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hrafnhildurin yhteystiedot: 778 0498, hberg@kaupunki.example.fi.", "Kontaktuppgifter: 778 0498",
            "Contact details: 778 0498 (evenings)"})
    void readsTheNumberAfterAContactDetailsLabel(String text) {
        assertEquals(List.of("778 0498"), Found.inOrder(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sione-Tevita Tupou-Fifita, tupoufifita.sionetevita@example.de, 090 285 2897",
            "Ulf-Sigvard Nyåker, ulfsigvard.nyaker@bolaget.example.se, 074 073 8454",
            "Kopio: Aino Salo, aino.salo@example.fi, 090 285 2897"})
    void readsTheNumberAfterAContactsAddress(String line) {
        assertEquals(1, Found.inOrder(detector, line + "\n\nKiitos!").size());
    }

    @Test
    void leavesAnAmountAfterAnAddressInASentence() {
        assertEquals(List.of(), Found.inOrder(detector, "Lasku lähti osoitteeseen laskut@example.fi, 1290 euroa."));
    }
}
