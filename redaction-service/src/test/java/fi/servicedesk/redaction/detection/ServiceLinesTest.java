package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceLinesTest {

    private final PhoneDetector detector = new PhoneDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "The bank blocked it. Card blocking line 0800 555 4801.",
            "Power cut line 0800 555 2163.",
            "Building manager notified by SMS. Lift helpline 0800 555 5424.",
            "Kortti suljettiin pankin sulkupalvelussa 020 333.",
            "Verohallinnon palvelunumero 029 497 000.",
            "Kiireellisissä asioissa päivystysapu 03 311 01767.",
            "Häiriötiedote 0800 555 180.",
            "Avbrottsinformation 020-55 11 57.",
            "Spärrtjänsten: 08-555 12 00",
            "Maksukielto on kirjattu; Ulosottolaitos 029 555 2083.",
            "For the tax code, HMRC: 0300 555 3310.",
            "Kronofogden nås på 0771-55 73 00, Skatteverket på 0771-555 567.",
            "A: Call 0800 555 2793 (24/7), not a person.",
            "Spärrlinjen +46 8 555 83 00 dygnet runt.",
            "Request resubmitted with the holder's details. Porting line 0800 555 1926.",
            "Siirto lähetettiin uudelleen. Numeronsiirtolinja 0800 55 75 75.",
            "Porteringsbegäran skickad på nytt. Porteringslinjen 0771-55 79 87.",
            "Portkod 1604A. Felanmälan 0771-555 314.",
            "Vikailmoitus 0800 555 963.",
            "Numerotiedustelu 0100 100 antoi numeron eilen tuntemattomalle.",
            "Nummerupplysningen 0771-55 02 59 lämnade ut numret.",
            "Customer care: 0333 555 6881",
            "Skadeservice: 0771-55 70 95",
            "Asiakaspalveluun (0800 55 744): Hei, koodi ei toimi.",
            // a driver's help on the road, as a category of services, not the one word a set wrote
            "Car broke down on the M4. Breakdown line 0800 555 7000.",
            "Bilen stannade på E4:an. Vägassistans 020-55 12 12.",
            // an enquiry desk, and a phone's noun after the service named in the genitive
            "Customer line 0800 555 7831, library enquiries 020 7946 0497",
            "General enquiries: 0121 496 0441",
            "Asiakaspalvelu 0200 55 738, kirjastojen neuvonta 09 635 5805",
            "Edellisellä kerralla kirjat otti naapuri. Kotipalvelun puhelin 03 810 3770.",
            "Asiakaspalvelun numero 09 635 5805",
            "Hemtjänstens telefon 08-555 12 00",
    })
    void leavesAServicesLine(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "M: 040 555 1234 | Customer line: 0345 555 0742",
            "The office line is 040 555 1234",
            "Vendor hotline: 040 555 1234",
            "Kundtjänst: Anna Berg, tfn 040 555 1234",
            "palvelupäällikkö, puh. 040 555 1234",
            "Soita minulle 040 555 1234 (arkisin klo 8-16).",
            // the writer's own number, reachable at every hour
            "Soita minulle 040 555 1234 24/7, vastaan aina.",
            "You can call me on 040 555 1234 (24/7).",
            "Numeroni on 040 555 1234 (24/7), soita milloin vain.",
            "Saat mut kiinni numerosta 040 555 1234 24/7.",
            "Ensio sanoi, että faksilinja 040 555 1234 siirrettiin.",
            "Anmälare: Anna Berg, 040 555 1234",
            "Service: 040 555 1234",
            "Skin care: 040 555 1234",
            "Potilas (040 555 1234): kipu jatkuu.",
            // a phone's noun after a person or a word that names no service
            "Annan puhelin 040 555 1234",
            "Uusi puhelin 040 555 1234",
            "Palvelupäällikön numero 040 555 1234",
    })
    void keepsAPersonsLine(String text) {
        assertEquals(List.of("040 555 1234"), Found.in(detector, text));
    }
}
