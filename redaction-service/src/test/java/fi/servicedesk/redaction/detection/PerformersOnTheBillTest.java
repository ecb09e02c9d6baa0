package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The act of a guest list or an event line with a venue and a date is the event's (PerformersOnTheBill); capitalised
 * words come marked.
 */
class PerformersOnTheBillTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "VIERASLISTA – Kaija Koo, Musiikkitalo 15.10.2027\\nLähettäjä: kiertuemanageri Aino Lehto\\nLehto, Aino|Lähettäjä;Aino;Lehto;Lehto;Aino",
            "GUEST LIST – Lewis Capaldi, Usher Hall, 2026-10-13\\nFrom: tour manager Mary Jones|From;Mary;Jones",
            "GUEST LIST – Björn Again, the O2, 2027-02-26|",
            "Customer: Mary Jones\\nEvent: Sam Fender, Bridgewater Hall, 9 March 2027 (cancelled concert)|Customer;Mary;Jones;Event",
            "Esiintyjät tänään: Paula Vesala, Tavastia 12.7.2027. Kadonneista rannekkeista Aino Lehto.|Esiintyjät;Kadonneista;Aino;Lehto",
            "Ranneke aktivoitu (Aino Lehto). Esiintyjät tänään: J. Karjalainen, Rantalava 12.7.2027.|Ranneke;Aino;Lehto;Esiintyjät",
            // a log's event, a private party, a line without a venue and a date, an organiser in lower case: people
            "Event: Anna Virtanen, account locked|Event;Anna;Virtanen",
            "Event: Anna Lee, 40th birthday party\\nGuests: 40, wristbands needed for the bar.|Event;Anna;Lee;Guests",
            "Event: Anna Lee, 40th birthday party, 12.3.2027 (wristbands)|Event;Anna;Lee",
            "Esiintyjät tänään: Paula Vesala, päälava. Liput palautettu.|Esiintyjät;Paula;Vesala;Liput",
            "Tapahtuma: Qstock, järjestäjä Aino Lehto 12.7.2027 (lipunmyynti)|Tapahtuma;Qstock;Aino;Lehto",
            // a performer or a cancelled show tells no public act: a pupil, a presentation, a review, a job
            "Kevätkonsertissa esiintyjänä Aino Virtanen (9 v.), huoltaja pyytää poistamaan nimen.|Kevätkonsertissa;Aino;Virtanen",
            "ostin lipun tapahtumaan, esiintyjänä Eppu Normaali. Terveisin Aino Lehto|Eppu;Normaali;Terveisin;Aino;Lehto",
            "Asiakas Pekka Virtanen perui keikan, asentaja ei lähde.|Asiakas;Pekka;Virtanen",
            "Pekka Virtanen perui esityksen huomisesta palaverista.|Pekka;Virtanen",
            "Anna Lee cancelled the performance review meeting.|Anna;Lee",
            "Sam Fender cancelled the show, so refund me. Mary Jones|Sam;Fender;Mary;Jones",
            "Aino Lehto perui tilauksen, lippu palautettu.|Aino;Lehto",
    })
    void takesTheMarkOffTheActOfTheEvent(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> PerformersOnTheBill.unmark(s, tokens, marks), text, names);
    }
}
