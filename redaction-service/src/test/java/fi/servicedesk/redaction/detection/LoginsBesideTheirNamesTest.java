package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginsBesideTheirNamesTest {

    private static List<String> logins(String text) {
        var findings = new ArrayList<Finding>();
        LoginsBesideTheirNames.find(Text.of(text), NameLexicon.shared(), findings);
        return findings.stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            // in parentheses after the name: initials and surname, given names and surname, starts of both
            "Laite: HP EliteBook 840 G8, omistaja Tiina Rantala (trantala). => trantala",
            "Checked by Ilona-Sisko Mäntylampi (ilonasisko.mantylampi) => ilonasisko.mantylampi",
            "Agent: Aili-Sisko Viitakoski (viitaka5) => viitaka5",
            "Lerato Mokoena (mokoenle) needs Teams. => mokoenle",
            // a directory's "Surname, Given": the surname's start first
            "Käyttöoikeuskatselmointi: Peltoranta, Oiva-Sakari (peltooi) – pääsy poistetaan => peltooi",
            "Ramasamy-Pillai, Vaishnavi-Priya (ramasav7) – access removed => ramasav7",
            // initials alone with digits; a part of a double name skipped
            "Savikangas, Nelma-Sisko (ns7143) – pääsy Workday: poistetaan => ns7143",
            "2026-02-17 11:12:53 okravchukoli (Oksana-Iryna Kravchuk-Oliinyk) latasi tiedoston => okravchukoli",
            // before the name in parentheses, as a listening log prints it
            "2026-02-22 02:36:02 toivoensio.jakalajarvi (Toivo-Ensio Jäkäläjärvi) kuunteli => toivoensio.jakalajarvi",
            "2026-03-02 09:23:07 vehkavt2 (Toivo-Ensio Vehkavuori) lyssnade => vehkavt2",
            // a code host's activity, a table's next cell, a column the name overflowed
            "Verena Huber @verhub changed milestone to %2026.36 => verhub",
            "| 8500 | hhuurrelampi | Hannes-Mikael Huurrelampi | +358 40 666 8882 | => hhuurrelampi",
            "Peetu-Valdemar Hirsivaara hirsipe         +358-41-919-9143 => hirsipe",
            // an opaque id in parentheses
            "Bakyt Toktogulov (u716376) lämnade företaget. => u716376",
            // a given name that is also an English word, beside a login of more than initials
            "My colleague Lama Shammas (lamsha22) connects without trouble. => lamsha22",
            // the name's last word inflected, the login of its base form
            "samalla profiililla kuin kollegallani Väinö-Petteri Kaskaslammella (vainopetteri.kaskaslampi). => vainopetteri.kaskaslampi",
            "Lähetin sen Riikka Virtaselle (riikka.virtanen) eilen. => riikka.virtanen",
            "kuin kollegallani Ilta-Josefiina Riekkokoskella (iriekkokoski). => iriekkokoski",
            // after the name and a comma inside the same parentheses, as a desk signs a note
            "Tietoturva (Lennu Kevätsalo, lkevatsalo): tilaus peruttu => lkevatsalo",
            "Trust & Safety (Rakel Kronlund, rakkro41): order cancelled => rakkro41",
            // initials and digits beside a name one of whose words is also an English word
            "Käsitellyt Rope Koivunen (rk4672) 2027-07-26 17:08:18 => rk4672",
            // the first of the contact details in the name's parentheses, a phone number after it
            "Huoltomies Aarne-Ilmari Kivistö (akivisto, 040 123 4567, aarne@example.fi): ovikoodi vaihdettu => akivisto",
            "Concierge Maren Solberg (marsol31, +47 912 34 567): new door code issued => marsol31",
            // after the person's member or customer number in the name's parentheses
            "Pisteet siirretty jäsenelle Oskari Väyrynen (4410 2387, oskvay) => oskvay",
            "Points moved to Heddwyn Pryce (LC 7731 0045, hpryce) today => hpryce",
            // a name of four words, a surname's particle in lower case in it
            "kuljettaja Montserrat Laia Rodríguez Louzao (montserratr854) vahvistaa => montserratr854",
            "Huom. (Mariam Shahd Ragab Soliman, mr2835): kadonneen niteen lainasi => mr2835",
            "Tiskillä Turið Elin Mikkelsen á Ryggi (tm1271). => tm1271",
            "Claims handler Núria Montserrat Serra i Vilaseca (nuserrav): damage scanned => nuserrav",
            // a driver's or scanner's login with its role's tag, in lower case or in capitals
            "Kuljettaja: Kaisa-Ulriika Rautulahti (KULJ-RAUTU), +358 45 747 7145 => KULJ-RAUTU",
            "kuljettaja Justiina-Kreeta Rautusaari (drv_rautus85) vahvistaa => drv_rautus85",
            "kuljettaja Anttoni-Tuure Kiiskiniemi (d.akiiskin) vahvistaa => d.akiiskin",
            "kuljettaja Aatami-Niilo Kiiskiniemi (aatkiis.scan). Korvaus EUR 26,28 => aatkiis.scan",
            // a driver's number before the surname's first letters, a staff login's one-letter tag
            "Vehicle: Optare Solo, driver Aino-Liisa Kettunen-Laine (D4411-KETTU) => D4411-KETTU",
            "kuljettaja P. Virta Koski (D4411-VIRTA) on kuultu => D4411-VIRTA",
            "Löytäjä: kuljettaja Pekka-Juhani Vesikkomäki (p.pvesikko) => p.pvesikko",
            // a marked login, then other details in the name's parentheses
            "Auto: Volvo 8900, kuljettaja Onni-Manasse Vesikkala (onnvesi.drv, päätelaite 35-088743-071653-6) => onnvesi.drv",
            // a team's word of five or six letters before a staff login in lower case
            "14:20 annosjakelu: Aino-Liisa Vuorenmaa (huolto.avuorenm) => huolto.avuorenm",
            "Käsittelijä Oskari Väyrynen (kassa.oskvay) => kassa.oskvay",
            // after a verb and its "as": the account under which the person books or signs in
            "Your partner Aino-Maria Kettunen books as aikett7. Over to support. => aikett7",
            "My flatmate Tiina Rantala signs in as trantala every day. => trantala",
            "Din sambo Lars-Erik Holmström loggar in som larhol. => larhol",
            "Din partner Sara Holm bokar som sh4410. => sh4410",
            "Puolisosi Pekka-Juhani Mäkelä kirjautuu nimellä pjmakela. => pjmakela",
    })
    void findsTheLoginBesideTheNameItIsMadeOf(String text, String login) {
        assertEquals(List.of(login), logins(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // initials alone without digits are an abbreviation
            "Ilkka Tanskanen (it) hoitaa asian.",
            // a dictionary's word after spaces
            "Mark Smith marks the ticket as done.",
            // a Swedish function word after the name
            "Enhetschefen Ragnar-Oskar Hasselmark har godkänt, men schemat visar fortfarande fel.",
            // a word in parentheses that only shares the start of an inflected name
            "Soitin Pekka Virtaselle (virtuaalinen) eilen.",
            // a role's word in parentheses that shares only a letter or two with the name's last word
            "Pöytä 21: Mooses-Oula Kärppälahti (kaaso), Hoto-Irinja Karhunkorpi (bestman)",
            "First aid: Raluca Ioana Constantinescu-Stoica (coach); ambulance 112",
            // a name of English words
            "Upgrade Windows Server (ws2019) tonight.", "Book the Access Review (ar2026) now.",
            // no part of the name
            "Anna Koski (sales) soitti.",
            "Pekka Virta (huom) on lomalla.",
            // a tag beside a part of no word of the name, or beside too few of its letters
            "Pekka Virtanen (drv_kallio85) ajaa.",
            "Pekka Virtanen (KULJ-VIRT) ajaa.",
            "Pekka Virtanen (IT-TUKI) soitti.",
            // a product's code in capitals made of a given name, its tag no person's role
            "Tuote: Aino Virtanen (SKU-AINO)",
            // a number and a word of no part of the name
            "Tuote: Aino Virtanen (A4411-KALLIO)",
            // a name in capitals, its second half no tag; a table's short word before a long name's cell
            "Guests: ÜLLE-TRIIN REBANE-SAAR, MIIHKALI-OHVO (REBANE-SAAR) arrive.",
            "Guests: ÜLLE-TRIIN REBANE-SAAR, MIIHKALI-OHVO REBANE-SAAR arrive.",
            "kl. 21:48 | bord 27 | 8 pers | Pereira da Silva João Pedro | 0940034708 | per telefon",
            // an address's local part and a service's account
            "Tiina Rantala trantala@example.fi",
            "Jenkins Runner (jenkins) failed.",
            // a firm's name in parentheses after a word of its name
            "Bernt Edbergs frakt (Edberg Frakt Ab) undersöks.",
            // a comma and a login's look-alike outside parentheses, or not made of the name
            "Lennu Kevätsalo, lkevatsalo kirjoitti",
            "(Rakel Kronlund, sales): order cancelled",
            // a word before other words in the name's parentheses
            "Lahja Koski (lahja, joka soitti eilen) odottaa.",
            // a number and a word of no login made of the name
            "Lahja Koski (4410 2387, tilattu) odottaa.",
            // a word of the language after a verb's "as", or a word that is no login of the name
            "Mark Smith is known as mark in the team.",
            "Aino Kallio kirjautui nimellä kallio.",
            "Anna Virtanen works as nurse now.",
            "Sara Holm bokar som vanligt.",
            // a word of six letters before a surname's start in capitals, a team's word before no part of the name
            "Tuote: Aino Virtanen (KAHVI-VIRTA)",
            "Pekka Virtanen (huolto.kallio) ajaa.",
    })
    void leavesWhatIsNoLoginOfTheNameBesideIt(String text) {
        assertEquals(List.of(), logins(text));
    }
}
