package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodesGivenInTheirClauseTest {

    private final CredentialDetector detector = new CredentialDetector();

    /**
     * A code after whom it is given to and a colon, after a word for whom it opens, or a pick-up code's two groups; a
     * lock's code named at its word, three digits too, and a code sent to a number, whatever else the message speaks of.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Avain palautettu avainkaappiin; kaapin koodi annettiin Tuulalle: 52817. Tarkastettu.|52817",
            "Avain palautettu avainkaappiin; kaapin koodi annettiin Tuulalle: 6021#.|6021#",
            "Avain palautettu avainkaappiin; kaapin koodi annettiin Tuulalle: 708-412.|708-412",
            "Portkod till personalingången för Anna Berg: 70215. Grannen matar katten.|70215",
            "Kiitos. Vahvistuskoodi tulee numeroosi +358 40 123 4567: 904417|904417",
            // a bare code given to someone named, whatever it opens
            "Webbutiken (Eva Lind): ny kod till Anna Berg: 37342373. Eriks beställning gick vidare.|37342373",
            "Web shop support: new code for Sam: AB4821. Thanks for waiting.|AB4821",
            "Tuki: koodi Maijalle: 410-947. Kiitos.|410-947",
            "Kissa pelkää autoa. Naapurille on annettu varakoodi ovelle K7281.|K7281",
            "Erityisohjeet: Takaoven koodi henkilökunnalle 31907 (hoitaja Eeva).|31907",
            "Autosi odottaa avainkaapissa K6/54. Noutokoodi 512-904. Anna koodi vain hänelle.|512-904",
            "Din bil finns i nyckelskåp K2/42. Kod 718-203. Ge koden bara till henne.|718-203",
            "Treeni sujui hyvin. Pukukaapin koodi Liisalle: 062. Seuraava kerta tiistaina.|062",
            "Vuoro vaihdettu. Varaston oven koodi Pekalle: K2214.|K2214",
            "Medlemskapet pausat. Skåpkod för Eva Lind återställd: 4471*. Välkommen tillbaka.|4471*",
            "Session went well. Locker code for Sam: 508. Next session Friday.|508",
            "Hi Tom, we have sent you a code to 07700 900123: 5831. Please read it back.|5831",
            "Login code sent to +44 20 7946 0018: 40127755. It expires soon.|40127755",
            // a parcel locker's pick-up code of two capitals and four digits
            "Noutoilmoitus – pakettiautomaatti APM 579544. Noutokoodi: JR2042|JR2042",
            "Avisering – paketskåp Locker 9374. Ny kod för Eva Lind: RT5521.|RT5521",
            "Parcel locker notice. Could Sam also collect the other parcel? Its code MZ5168.|MZ5168",
            // a code in a text message a log row sends to a number, whatever it opens
            "2026-07-24 02:57:58 → 3581830484: Hej Eva! Ditt paket kan hämtas på Coop. Kod 1109|1109",
            "2026-07-24 02:57:58 → 3581830484: Hej Eva! Ditt paket kan hämtas på Coop. Kod 644-313|644-313",
            // after the name of whom it is given to, with the keypad's hash or star before or after it
            "Caretaker: gate code for Mira Holt T4418, see you Monday.|T4418",
            "Vaktmästaren: grindkod till Sune Ekberg *7730, välkommen.|*7730",
            "Vaktmästaren: portkod åt Lo-Maja 6612#, välkommen.|6612#",
            "Camping office: shower code for Ivo Park #5521; reception closes at six.|#5521",
            // after an allative recipient, a shower's or laundry's code, or one read in two pairs
            "Leirintäalue: suihkun koodi vieraalle 4471. Tervetuloa!|4471",
            "Pesutuvan koodi asukkaalle 83-19. Hyvää päivää.|83-19",
            // the writer's own, answering a question about the code
            "Could my nephew have the gate code? Mine is 550172. Thanks.|550172",
            "Kan min bror få portkoden? Min är 4086#. Tack.|4086#",
            // the keypad's star joining the code's two groups, and a block's refuse room as its door
            "Vaktmästaren: grindkod till Sune Ekberg 7730*12, välkommen.|7730*12",
            "Koden till soprummet har ändrats. Trafikledningen: kod till Mickel-Jeppe 22422, välkommen.|22422",
    })
    void findsTheCode(String text, String code) {
        assertEquals(List.of(code), Found.in(detector, text));
    }

    /**
     * A number after its own word's colon, a code that names a thing, a code's word in another clause, digits that do
     * not end their clause, a pair of groups away from its word, a code of a message of no door or login, three digits
     * after any other code's word, and a code sent to someone, not to a number.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Avainkaapin koodi lähetetty, varausnumero: 58214. Kiitos.",
            "Avainkaapin koodi annettiin asiakkaalle. Sopimus: 58214.",
            "Avainkaappi K2, alennuskoodi annettiin Tuulalle: 58214.",
            "Avainkaapin koodi annettiin Tuulalle: 58214 euroa laskutettiin.",
            "Avainkaapin koodi annettiin Tuulalle sopimuksella 512-904.",
            "Kampanjan koodi annettiin Tuulalle: 58214.",
            "Kampanjan koodi Liisalle: 062.",
            "Kampanjan koodi Liisalle: 58214.",
            "Projektkod för Alfa: 4821. Tack.",
            "Projektets kod till Eva: 4821. Tack.",
            "Treeni sujui. Jäsenen koodi Liisalle: 062.",
            "Reset code sent to the user in ticket: 482193.",
            "Locker number for Sam: 508.",
            // a pick-up code's shape after a word that names a thing, or with no door, locker or text message
            "Parcel locker notice. Product code: JR2042.",
            "Tilaus vahvistettu. Noutokoodi: JR2042.",
            "Tilaus vahvistettu, noutokoodi 1043.",
            // a name after a code's word that names a thing, a lower-case word before the code, and a question of none
            "Gate pass: booking code for Mira Holt T4418, see you Monday.",
            "Gate pass: the code for all gates 4418, see you Monday.",
            "Is this the right gate? Mine is 550172. Thanks.",
            // the number of a building's part after a code's word and "for" or "to", not whom it is for
            "Please reset the door code for Block 1204.",
            "The access code for Building 4412.",
    })
    void leavesOtherNumbersAlone(String text) {
        assertEquals(List.of(), Found.in(detector, text));
    }
}
