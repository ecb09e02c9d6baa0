package fi.servicedesk.redaction.detection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SwitchboardNumbersTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "Vaihteen numero 020 555 1234 ei siirry operaattorilta toiselle.",
            "Växelnumret 08-555 12 00 flyttas inte.",
            "Växelnummer 010-555 12 00 (Mitel)",
            "Main number: +44 345 555 1234 (queue L1)",
    })
    void leavesANumberNamedTheOrganisations(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Osaston julkinen numero 09 310 55512.",
            "Ward public line 020 7188 5555.",
            "Avdelningens allmänna nummer är 08-517 555 12.",
    })
    void leavesAUnitsPublicNumber(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Sjukhus: Vinmec Nha Trang, växel +46 771 55 62 48",
            "Hospital: Hôpital Pasteur Nice, switchboard +44 345 555 4718",
            "Sairaala: Clinica Sant'Anna Lugano, päivystys +358 800 55 589",
    })
    void leavesAPlacesLineOfAnOrganisationsKind(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void keepsAPlacesLineOfAPersonsKindAndALineAfterAPhoneOrInProse() {
        assertEquals(List.of("+33 4 92 03 77 77"), Found.in(detector, "Hospital: Pasteur Nice, switchboard +33 4 92 03 77 77"));
        assertEquals(List.of("044 555 3675", "0800 55 235"), Found.in(detector, "044 555 3675 / vaihde 0800 55 235"));
        assertEquals(List.of("0800 195 842"), Found.in(detector, "Ohjasi minut teille. Huoltoyhtiö Routa Oy, päivystys 0800 195 842"));
    }

    @Test
    void keepsThePersonsNumberBeforeTheUnitsPublicOne() {
        assertEquals(List.of("040 555 1234"),
                Found.in(detector, "Lääkintätekniikka: Anna Virta (040 555 1234)\nOsaston julkinen numero 09 310 55512."));
    }

    @Test
    void leavesTheSwitchboardsFieldOfAContactLine() {
        assertEquals(List.of("040 555 1234"), Found.in(detector, "M: 040 555 1234 | Switchboard: 1-888-555-0123"));
        assertEquals(List.of("+46 70 555 12 34"), Found.in(detector, "Mobil: +46 70 555 12 34 · Växel: 08-555 61 00"));
        assertEquals(List.of("050 555 1234"), Found.in(detector, "puh. 050 555 1234 · asiakaspalvelu: 0800 555 123"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Vaihde;+358 10 555 7364;Vaihdeliittymä;KP 9504",
            "Switchboard,+44 345 555 9177,Hunt group,P721",
            "| Växel | Växel | 08-555 00 00 | vaxel@firma.example.se |",
            "<table><tr><td>Switchboard</td><td>Reception</td><td>+1 800 555 2834</td></tr></table>",
    })
    void leavesTheNumberOfARowNamedAsALine(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @Test
    void leavesTheSwitchboardsCallLinkAndItsText() {
        assertEquals(List.of(), Found.in(detector, "<p>Vaihde <a href=\"tel:020 555 1812\">020 555 1812</a> &ndash; Tampere</p>"));
    }

    @Test
    void keepsAPersonsNumberAfterTheSwitchboardsName() {
        assertEquals(List.of("033303747"), Found.in(detector, "Kö Växel: lägg till Inga Berg (033303747) och Ulf Ek"));
        assertEquals(List.of("+358 45 555 3970"),
                Found.in(detector, "Queue Switchboard: after 15:00 overflow to Aarne Kortelainen's mobile +358 45 555 3970"));
        assertEquals(List.of("040 555 4567"), Found.in(detector, "Vaihde;Matti Virtanen;040 555 4567"));
        assertEquals(List.of("+46 70 555 12 34"), Found.in(detector, "Växel,Inga Berg,+46 70 555 12 34,Kö 2"));
    }

    @Test
    void keepsANumberAfterABareSwitchboardWord() {
        assertEquals(List.of("044 555 3675", "0295 555 088"), Found.in(detector, "044 555 3675 / vaihde 0295 555 088"));
        assertEquals(List.of("09 555 823"), Found.in(detector, "Vaihde: 09 555 823"));
        assertEquals(List.of("+353 87 555 4898"), Found.in(detector, "only the switchboard +353 87 555 4898 should be shown"));
    }

    @Test
    void leavesTheSwitchboardBesideAPhoneOverTheFirmsLine() {
        assertEquals(List.of("040 555 1234"),
                Found.in(detector, "Anna Virtanen\n040 555 1234 · vaihde 010 555 2261\nEsimerkki Oy, Y-tunnus 1234567-8\n"));
        var swedish = Found.in(detector, "+46 70 555 12 34 | växel 08-555 61 00\nFöretaget AB, org.nr 556677-8899");
        assertTrue(swedish.contains("+46 70 555 12 34") && !swedish.contains("08-555 61 00"), swedish::toString);
        assertEquals(List.of("07936 225870"),
                Found.in(detector, "07936 225870 | switchboard 0345 555 1234\nExample Ltd, registered in England and Wales"));
    }

    @Test
    void keepsTheBareSwitchboardWordWithNoFirmsLineAfterIt() {
        assertEquals(List.of("040 555 1234", "010 555 2261"),
                Found.in(detector, "040 555 1234 · vaihde 010 555 2261\nanna.virtanen@example.fi"));
    }

    @Test
    void leavesTheNumberOfABusinesssReplyToAReview() {
        assertEquals(List.of(), Found.in(detector,
                "\"Kukaan ei soittanut.\"\n\nOmistajan vastaus:\nHei Minna, pahoittelut. Soitathan minulle 020 555 357. – Leena, Vesiteho"));
        assertEquals(List.of(), Found.in(detector, "Svar från ägaren:\nHej Greta, tack. Ring gärna 020-55 47 73. /Ronja"
                .transform(reply -> "Betyg 1/5\n\n" + reply)));
        assertEquals(List.of(), Found.in(detector,
                "Great food.\n\nResponse from the owner\nThanks, Ann! Call us on 0345 555 1234 any time. – Tom"));
    }

    @Test
    void keepsAReviewersNumberOutsideTheBusinesssReply() {
        assertEquals(List.of("040 555 1234"), Found.in(detector,
                "\"Soittakaa minulle 040 555 1234.\"\n\nOmistajan vastaus:\nHei, kiitos palautteesta!"));
    }
}
