package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Given names and surnames the text uses for something else, beside the people of the same message. */
class LookAlikesInContextTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // the words of a spelling alphabet after a single letter (SpellingAlphabets)
            "Caller: the asset tag is S as in Sierra, J as in Juliett. It's Sarah Jones's old machine.|Sarah;Jones",
            "Soittaja: koneen nimi on T niin kuin Tyyne, K niin kuin Kalle. Se on Pekka Virtasen vanha kone.|Pekka;Virtasen",
            "Tunnus alkaa U kuin Urho, kertoi Pekka Virtanen.|Pekka;Virtanen",
            "That's V for Victor and O for Oscar, said Jarmo.|Jarmo",
            "Thanks to Ruby for Oscar's access.|Ruby;Oscar",
            "Plan B for Matti is ready, and V for Victor is the tag.|Matti",
            "Efternamnet är Berg: B som i Bertil, E som i Erik. Ring Hanna Lind.|Berg;Hanna;Lind",
            // saints, holidays and name days (SaintsAndHolidays)
            "Meet Jarmo at St Mary's Hospital.|Jarmo",
            "Sköterskan på Sankt Görans sjukhus hjälper dig, skriver Jarmo.|Jarmo",
            "Spoke with Mihkel about St. Albans, Lepik will confirm.|Mihkel;Lepik",
            "Happy St Andrew's Day! Cc: Jarmo Hirvonen|Jarmo;Hirvonen",
            "Is this about Martin Luther King Day, Grace?|Grace",
            "Valentine's Day cards are in the lobby, says Jarmo.|Jarmo",
            "Tänään on Annan nimipäivä, kysy Pekka Virtaselta.|Pekka;Virtaselta",
            "Doris Day called about it, Jarmo says.|Doris;Day;Jarmo",
            "Mary Ann Day called about it, Jarmo says.|Mary Ann;Day;Jarmo",
            "Out on Guy Fawkes Night, cover: Kaisla Kontio|Kaisla;Kontio",
            "Liputamme Runebergin päivänä, kysy Pekka Virtaselta.|Pekka;Virtaselta",
            "Toimisto on kiinni Aleksis Kiven päivänä, päivystää Matti Virtanen.|Matti;Virtanen",
            // a Finnish or Swedish saint's word and the days joined to a saint's or a feast's name
            "Konfirmaatio Mikkelinpäivä, Pyhän Laurin kirkko; kummi Matti Virtanen.|Matti;Virtanen",
            "Konfirmation Mikaelidagen, S:t Olofs kyrka. Kontakt Ebba Falk.|Ebba;Falk",
            "Konfirmaatio Laskiainen, kummi Matti Virtanen.|Matti;Virtanen",
            // a version number after a name makes a product of it, not a date, a time or an amount (ProductVersions)
            "Sent on behalf of Juha-Matti Lehto: Ruby 3.9 is late.|Juha-Matti;Lehto",
            "Grace says Julia 1.20 unaffected, Django 5.5.1 too.|Grace",
            "Vuorossa Matti 3.12. ja Liisa 9.30, Pekka 2.5 h.|Matti;Liisa;Pekka",
            "Please add Rodel Bautista to Sage 50; her manager Dawit Bridges approved.|Rodel;Bautista;Dawit;Bridges",
            // a version's letter before the dotted number, and none before a date or without the dot
            "Käytössä on Cassandra v1.68.2, kertoi Pekka Virtanen.|Pekka;Virtanen",
            // a model's code makes a maker of the name before it; an account number's first group does not
            "Käsipääte Honeywell CT45 ei lue viivakoodeja, trukki Linde E20 on Heljän käytössä.|Heljän",
            "Tilinomistaja: Valma Mäkäräinen FI22 1891 2008 9180 91|Valma;Mäkäräinen",
            "Shift lead: Hirut Wolde\\nForklift Linde E20 is with Matti Virtanen.|Hirut;Wolde;Matti;Virtanen",
            "Most tickets: Matti 12, Liisa 9. Terveisin Jarmo 2026.|Matti;Liisa;Jarmo",
            // a model's number and an edition, or a generation, make a product and its maker
            "Pekka Virtanen tilasi Nova Aurora 12 Pro -puhelimen.|Pekka;Virtanen",
            "The loaner is a Kindle Paige (11th gen), says Liisa Salo.|Liisa;Salo",
            // an edition's word after a network's generation or a model's number; a surname after it makes a person
            "Service: Unlimited 5G Max (500 Mb/s), router Inteno EG400. Liisa Salo|Liisa;Salo",
            "Kotinetti Yritys 5G Max pitää irtisanoa, kertoi Pekka Virtanen.|Pekka;Virtanen",
            "Shift 5 Max Berg, shift 6 Liisa Salo.|Max;Berg;Liisa;Salo",
            // a time before a given name is no model's number
            "Huomenna klo 14 Max soittaa asiakkaalle.|Max",
            "Kokous klo 9 Max, Liisa ja minä.|Max;Liisa",
            "Asiakkaalla on iPhone 15 Max, kertoi Pekka Virtanen.|Pekka;Virtanen",
            // states after a fix or an alert, as things have them (ThingsThatFail); a given name alone may have some
            "Hand-over from Grace to Ruth Mills: Jenkins patched, Mills to verify.|Grace;Ruth;Mills;Mills",
            "Sinebrychoff kaatuu yhä, kertoi Pekka Virtanen.|Pekka;Virtanen",
            "Device flagged by Defender; Jarmo quarantined it. Casper tests are flaky again.|Jarmo",
            "Pekka unaffected, Jarmo says.|Pekka;Jarmo",
            "Kat reckons Siri is down for maintenance tonight. Pekka is down.|Kat;Pekka",
            "Cassandra Portal vastaa hitaasti, kertoi Pekka Virtanen. Hudson CI taas pystyssä, kiitos Teerille!|Pekka;Virtanen;Teerille",
            // a given name alone may answer slowly or not save, as a person does
            "Grace says Jarvis won't save.|Grace;Jarvis",
            "Aatu Varis reacted to your message: \"McKinsey is back up\"|Aatu;Varis",
            // an ordinary word's genitive in lower case after a role in a local case (GenitivesAfterInflectedRoles)
            "Kerroin asiakkaalle sadun korjauksen aikataulusta, Pekka Virtanen.|Pekka;Virtanen",
            "Kerroin asiakkaalle Matin koneesta.|Matin",
            // a day of the week is a date where the text uses it as one (Weekdays), else a name part like any other
            "Assign it to Eimear or Marisol, both know Thu 10 Dec.|Eimear;Marisol",
            "Puhelu Thu 9.40, soita takaisin ensi Thu. Pekka Virtanen|Pekka;Virtanen",
            "Let's meet on Thu, Matti.|Matti",
            "On-call rota wk 50\\nMon-Tue: Grace Marsh\\nWed-Thu: Rose Pemberton\\nFri-Sun: Will|Grace;Marsh;Rose;Pemberton;Will",
            "On call:\\nF. Rasmussen – Mon\\nFox-Pitt F. – Thu|F. Rasmussen;Fox-Pitt F.",
            "Leaver: Amber Chowdhury (last day Fri), revoke access.|Amber;Chowdhury",
            "Gesendet: Freitag, 4. Dezember 2026 09:14\\nAn: Tero Tuomi|Tero;Tuomi",
            "Meeting next Thu with Sun Li.|Sun;Li",
            "Thu will confirm.|Thu",
            "Hi Thu, the VPN is fine. Thanks, Sun Li|Thu;Sun;Li",
            "Cc: Thu Nguyen; Sun Wei|Thu;Nguyen;Sun;Wei",
            // a title after the writer's name in a comment's byline labels no list of people (NameLists)
            "#3 Kerttu Räsänen, Lähitukiasiantuntija:\\nSelvä, kiitos Eino. Suljen tiketin.|Kerttu;Räsänen;Eino",
            // a label in lower case after a comma still names who follows
            "Network Engineer, out on Friday, cover: Kaisla Kontio|Kaisla;Kontio",
            "Hyväksyjä: Matti Virtanen, Into|Matti;Virtanen;Into",
            // a place in the illative after a verb of going (PlacesGoneTo); contacting a person is no going
            "Duboisin kone jäi Lyoniin, kertoi Pekka Virtanen.|Duboisin;Pekka;Virtanen",
            "Otin yhteyttä Virtaseen eilen.|Virtaseen",
            "Niina Kurki ei pääse Oskariin, Giorgi tarkistaa oikeudet.|Niina;Kurki;Giorgi",
            "Eilen lähti Maureen.|Maureen",
            // over the thing carried or sent; to a person in the allative, or a person's own illative, stays
            "Kuriiri vei laitteen Loviisaan, kertoi Pekka Virtanen.|Pekka;Virtanen",
            "Kuriiri vei laitteen Loviisalle.|Loviisalle",
            "Laite jäi Linhin Kaskin luo.|Linhin;Kaskin",
            // a place in the inessive is the place wherever it stands; a person's case there is another
            "Huoltokatko alkaa Kotkassa yhdeltä, kertoi Pekka Virtanen.|Pekka;Virtanen",
            "Kerro Virtaselle, että katko alkaa Lahdessa.|Virtaselle",
            // a team named by its function after the kind of work, beside a person of that surname (NotAPerson)
            "Owner: Ilse Brandt, Inside Sales, tel. 040 123 4567|Ilse;Brandt",
            "Please ask Maria Sales about the contract.|Maria;Sales",
            // a possessive before a street word names the street (NotAPerson)
            "Deliver to 8 King's Road, FAO Saoirse Mills.|Saoirse;Mills",
            "Jarmo's Road trip photos are up.|Jarmo",
            // a venue named after a person, after "at", "in", "near" (NotAPerson.isVenue); "to" takes people too
            "Team dinner is at Temple Bar on Friday, Pekka Virtanen booked it.|Pekka;Virtanen",
            "Forward it to Tal Bar, please.|Tal;Bar",
            // a street or ward that may be a surname, after a preposition and a word that is no given name
            "The office is at Dickens Lane. Call Pekka Virtanen.|Pekka;Virtanen",
            "Pekka Virtanen can swap the unit at Pankhurst Close.|Pekka;Virtanen",
            // a street word that is a surname too, after a house number and a common noun that is no name
            "Address: 5 Station Hill, Truro. Courier Pekka Virtanen.|Pekka;Virtanen",
            "Property: room 114, 29 Station Hill\\nTenant: Pekka Virtanen|Pekka;Virtanen",
            "Ticket 12 Jin Park opened is fixed.|Jin;Park",
            "The review is in Nightingale Ward, Jarmo says.|Jarmo",
            "Forward it to Rachel Ward, please.|Rachel;Ward",
            // a Swedish room in the definite form before its name
            "Mötet hålls i salen Strindberg, skriver Inez Dahlström.|Inez;Dahlström",
            // a tab parts a spreadsheet's cells: the cell after a name is no part of it (Tokens.spaced)
            "Uudet tunnukset:\\nSukunimi\tEtunimi\tOsasto\tKone\\nGrönqvist\tUlrika\tTalous\tLT-5169\\nLebedev\tTatjana\tVarasto\tM-Files|Grönqvist;Ulrika;Lebedev;Tatjana",
            "Pasted from the HR sheet:\\nName\tDept\tStart\tLaptop\\nRoyal Hotak\tEstates\t25/01\tLT-0900|Royal;Hotak",
            // a street named after a person, in an address (StreetAddresses)
            "Courier to: Kanerva Mänty, 107 Sir Thomas Longley Road, London. Call Teuvo.|Kanerva;Mänty;Teuvo",
            "Deliver to 92 King Edward Street, Leeds, FAO Saoirse Mills.|Saoirse;Mills",
            "Mailing Address: 94 Albert Embankment, EC1A 1BB. Call Teuvo.|Teuvo",
            "Toimitusosoite: Anu Tuomi, Aleksis Kiven katu 16, 00100 Helsinki.|Anu;Tuomi",
            "Paketti jäi Paavo Nurmen tie 3:n aulaan, kertoi Matti Virtanen.|Matti;Virtanen",
            "Asun Minna Canthin kadulla, soita Pekka Virtaselle.|Pekka;Virtaselle",
            "Deliver to 12 Baker Street, Kim Lee will sign.|Kim;Lee",
            // streets that only a house number makes streets, Nordic streets after a genitive in -s, the town ending the address
            "Courier to: Aino Rasi, 8 Darwin Quay, Hull. Call Teuvo.|Aino;Rasi;Teuvo",
            "Paketti osoitteeseen Henrik Ibsens gate 12, Bergen, kuittaa Matti Virtanen.|Matti;Virtanen",
            "Skicka till Olof Palmes gata 7, Kiruna. Hälsningar Eva Lund|Eva;Lund",
            // a given name before a street written as one word and its house number; a full name before one stays
            "Kontorsflytt till Birger Jarlsgatan 37, ansvarig Eva Lund.|Eva;Lund",
            // the town after such a street's house number ends the address, where a word opened the street's run too
            "Adress Runebergsgatan 61, Vanda. Grannen Eva Lund såg bilen.|Eva;Lund",
            "Toimitus: Matti Virtanen Hämeentie 5|Matti;Virtanen",
            // a given name ending in "tie" before a count is no street
            "Soittaja Hattie 2 kertaa tänään|Hattie",
            // a street written as one word, alone before its house number, after the person it is named after or not
            "Hjalmar Mannerheims bostad (Mannerheimvägen 18) berörs inte.|Hjalmar;Mannerheims",
            "Signe Snellmans fullmakt för Snellmansgatan 6 godkändes inte.|Signe;Snellmans",
            "Kontoret flyttar till Topeliusgränd 3, fråga Eva Lund.|Eva;Lund",
            // a shop's chain and the street of one word it stands at, with no house number; a full name before one stays
            "Ditt paket kan hämtas på Willys Runebergsgatan, skriver Eva Lund.|Eva;Lund",
            "Avisering – paketskåp, ICA Nära Strandgatan. Mottagare: Eva Lund|Eva;Lund",
            "Toimitus: Matti Virtanen Mannerheiminkatu|Matti;Virtanen",
            "Our office: Wilson Street, Buxton. Ask Pekka Virtanen.|Pekka;Virtanen",
            "Paikalla olivat Joy Lane, Matti.|Joy;Lane;Matti",
            "The kit goes to Gideon Road. Ask Pekka Virtanen.|Pekka;Virtanen",
            // a street word written before the name, with a house number before or after; an abbreviated street word;
            // one word before a house number, a postcode and a town
            "Ship it to 9 Rue Victor Hugo, attn Pekka Virtanen.|Pekka;Virtanen",
            "Lähetys: Via Garibaldi 8, Torino, vastaanottaja Liisa Korpi.|Liisa;Korpi",
            "Deliver to 5 Harrington Rd, Bath. Call Teuvo.|Teuvo",
            "Toimitus: Koskela 4, 00610 Helsinki, kuittaa Aino Rasi.|Aino;Rasi",
            "Toimitus: Matti Koskela 4, 00610 Helsinki.|Matti;Koskela",
            // one restarts a system, never a person; a possession after it is the owner's (ThingsOneLogsInTo)
            "Wahid says Bud restarted Alfred.|Wahid;Bud",
            "I restarted Jarmo's laptop. Needs access to Jack Daniel's.|Jarmo",
            // things that English noun phrases make of names (ThingsInNounPhrases)
            "Wahid Noorzai's Cassandra job keeps failing, says Bud.|Bud",
            "hey did ivy fix the hugo thing? ask Pekka Virtanen|Pekka;Virtanen",
            "Jarvis the chat bot answered the FAQ, Pekka says.|Pekka",
            "Tell Ethan the printer on floor 3 is fixed.|Ethan",
            "Wahid's laptop is slow.|Wahid",
            // a stock reply of a modal and "do" (StockReplies)
            "Item: RITM0010516 Will do, thanks. Pekka Virtanen|Pekka;Virtanen",
            "Ask Will Smith whether Will does the backups.|Will;Smith;Will",
            // a checklist's box opens its item as a bullet does (Tokens.beginsSentence)
            "New starter: Misty Fairbairn\\n[ ] Buddy assigned (Jarmo)\\n[x] Laptop ordered|Misty;Fairbairn;Jarmo",
            // a quotation after a colon opens its sentence: "Olen" is "I am" there
            "Ostajan viesti: \"Olen Raikko Seppä, puh. 02 882 1522.\"|Raikko;Seppä",
            // a JSON key's colon, spaced as a pretty printer writes it, opens no sentence; typographic quotes quote too
            "{\"firstName\" : \"Aino\", \"lastName\" : \"Koski\"}|Aino;Koski",
            "Ostajan viesti: „Olen Raikko Seppä, puh. 02 882 1522.”|Raikko;Seppä",
            // a surname that is a common English word is the word in lower case
            "Passenger Ingalill Bodin c/o neck pain.|Ingalill;Bodin",
    })
    void findsOnlyThePeople(String text, String people) {
        var expected = people.isEmpty() ? List.<String>of() : Arrays.asList(people.split(";"));
        assertEquals(expected, Found.in(detector, text.replace("\\n", "\n")));
    }
}
