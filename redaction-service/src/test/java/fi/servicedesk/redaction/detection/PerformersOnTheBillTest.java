package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The act a ticket, a guest list or a cancelled show is for is the event's (PerformersOnTheBill); capitalised words come marked. */
class PerformersOnTheBillTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "ostin lipun tapahtumaan, esiintyjänä Eppu Normaali. Terveisin Aino Lehto|Terveisin;Aino;Lehto",
            "VIERASLISTA – Kaija Koo, Musiikkitalo 15.10.2027\\nLähettäjä: kiertuemanageri Aino Lehto\\nLehto, Aino|Lähettäjä;Aino;Lehto;Lehto;Aino",
            "GUEST LIST – Lewis Capaldi, Usher Hall, 2026-10-13\\nFrom: tour manager Mary Jones|From;Mary;Jones",
            "Customer: Mary Jones\\nEvent: Sam Fender, Bridgewater Hall, 9 March 2027 (cancelled concert)|Customer;Mary;Jones;Event",
            "Esiintyjät tänään: Paula Vesala, päälava. Kadonneista rannekkeista Aino Lehto.|Esiintyjät;Kadonneista;Aino;Lehto",
            "Ranneke aktivoitu (Aino Lehto). Esiintyjät tänään: J. Karjalainen, Rantalava.|Ranneke;Aino;Lehto;Esiintyjät",
            "Hej,\\n\\nHåkan Hellström ställde in konserten på Berns.|Hej;Berns",
            "Sam Fender cancelled the show, so refund me. Mary Jones|Mary;Jones",
            // a log's event, an organiser in lower case, a cancelled order: people
            "Event: Anna Virtanen, account locked|Event;Anna;Virtanen",
            "Tapahtuma: Qstock, järjestäjä Aino Lehto (lipunmyynti)|Tapahtuma;Aino;Lehto",
            "Aino Lehto perui tilauksen, lippu palautettu.|Aino;Lehto",
    })
    void takesTheMarkOffTheActOfTheEvent(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> PerformersOnTheBill.unmark(s, tokens, marks), text, names);
    }
}
