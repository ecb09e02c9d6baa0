package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Things, firms, ships and storms that bear people's names, beside the people of the same message. */
class ThingsNamedLikePeopleTest {

    private final PersonNameDetector detector = new PersonNameDetector(NameLexicon.shared());

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // an article or a possessive determiner before a thing's name
            "Grace Smith set up the Viking Grace channel.|Grace;Smith",
            "Jarmo says my Hurricane Milton thing won't load.|Jarmo",
            "The Morgan Stanley account is locked, Jarmo Hirvonen asked.|Jarmo;Hirvonen",
            "Sent Jarmo the logs; our Jenkins pipeline still fails.|Jarmo",
            // a determiner before a name the clause treats as a person: what follows says so
            "Our Matti Virtanen called about the printer.|Matti;Virtanen",
            "Sorry, my Anna said the laptop is fixed.|Anna",
            "Our Jenkins needs sign-off from Mills.|Mills",
            // a determiner governs a job title up to its head, not its holder's name after it
            "The Financial Controller Aino Virtanen needs figures by Friday.|Aino;Virtanen",
            // a build server alone, a surname beside a given name
            "Jenkins kaatuu taas, sanoi Jarmo.|Jarmo",
            "hi, Jenkins won't let me log in. Ruth|Ruth",
            "Mary Jenkins called.|Mary;Jenkins",
            "Hopkins needs sign-off from Mills today.|Hopkins;Mills",
            "The Viking Grace called at Turku, Jarmo says.|Jarmo",
            // not his or her, which are objects too
            "Tell her Jarmo Hirvonen called.|Jarmo;Hirvonen",
            // a vessel's prefix or the word of a ship's or storm's kind
            "Pekka Virtanen kysyi, onko M/S Viking Grace nurin.|Pekka;Virtanen",
            "Jarmo Hirvonen pyysi tunnuksia, jäänmurtaja Urho odottaa.|Jarmo;Hirvonen",
            "Hurricane Milton closed the office, Grace Smith says.|Grace;Smith",
            "HMS Victory and MV Grace Lane sail at noon, said Jarmo.|Jarmo",
            "The laptop is on board the RRS Sir David Attenborough, said Jarmo.|Jarmo",
            // a room or a pet of that name: the kind's word uninflected before it, also a compound's last part
            "Kokoushuone Minna Canth on varattu, kertoi Pekka Virtanen.|Pekka;Virtanen",
            "Toimistokoira Nalle pureskeli kaapelin, Jarmo huomasi.|Jarmo",
            "Book room Ada Lovelace for Jarmo Hirvonen.|Jarmo;Hirvonen",
            "Plats: mötesrummet Selma Lagerlöf. Frågor till Jarmo Hirvonen.|Jarmo;Hirvonen",
            "Stormen Gudrun tog ner masten, säger Jarmo.|Jarmo",
            "Kontorshunden Sixten åt sladden, säger Jarmo.|Jarmo",
            // a Swedish unit in lower case before the name it bears
            "Jag börjar på vårdcentralen Strandbacka och hemtjänstgrupp Norr, skriver Jarmo.|Jarmo",
            "Auto on Porsche Taycan, kertoi Jarmo.|Jarmo",
            // a feast's name
            "Cover over Christmas: Jarmo Hirvonen.|Jarmo;Hirvonen",
            // a compound whose last part is in lower case; a double name keeps its capitals
            "Siirrä Citrix-oikeudet Jaakolle, Karhu-tiimi hoitaa.|Jaakolle",
            // a name of several words joins its compound with a space before the hyphen; an adjective names a person so
            "Kokous on Aleksis Kivi -salissa, kysy Jarmo Hirvoselta.|Jarmo;Hirvoselta",
            "Ottelu pelataan Paavo Nurmi -jäähallissa, kysy Jarmo Hirvoselta.|Jarmo;Hirvoselta",
            // a namesake's rare surname that no list holds, after the given name
            "Kokous on Aino Ackté -salissa, kysy Jarmo Hirvoselta.|Jarmo;Hirvoselta",
            "Vieras sai Arvid Lydecken -palkinnon, kertoi Jarmo Hirvonen.|Jarmo;Hirvonen",
            "Soitti Helka Rantanen -niminen asiakas.|Helka;Rantanen",
            // the word right before " -" and a noun of a thing is a product's, written with a stray space; the given name before it asks
            "Saako Helka Jarvis -oikeudet?|Helka",
            "Saako Unto Graylog -oikeudet Jarmo Hirvosen tilalle?|Unto;Jarmo;Hirvosen",
            "Hakemus on vireillä Enter Finland -palvelussa, kertoi Jarmo.|Jarmo",
            "Tilit suljetaan, Helka Rantanen -vainajan asiat hoitaa Jarmo.|Helka;Rantanen;Jarmo",
            "Anna-Liisa Engström-Keränen soitti.|Anna-Liisa;Engström-Keränen",
            // a Korean given name's syllable after the hyphen is no Finnish word
            "Ji-woo Choi changed the Assignee, Min-jun Kang's laptop was re-imaged.|Ji-woo;Choi;Min-jun;Kang",
            // a role's noun or a participle before a name is no given name; a plural noun or a Finnish noun may be
            "Interpreter Vu Thi Tuan needs a guest account.|Vu;Thi;Tuan",
            "09.41 Eskaloitu Keräselle|Keräselle",
            "09.20 Säde Kuusi kuittasi\\n09.41 Eskaloitu Keräselle|Säde;Kuusi;Keräselle",
            "Siirretty Virtaselle.|Virtaselle",
            // a participle inside a sentence, after a word or a label's colon, is a given name
            "Laskujen hyväksynnät hoitaa Lemmitty Savolainen-Hakala.|Lemmitty;Savolainen-Hakala",
            "Esimies Lemmitty Pulkkinen-Roos hyväksyi matkan.|Lemmitty;Pulkkinen-Roos",
            "Valinnainen: Lemmitty Virtanen|Lemmitty;Virtanen",
            "For anything urgent contact Mats Åström.|Mats;Åström",
            // an English noun that names no doer may be a short given name
            "On Tue, 1 Dec 2026 at 09:14, Norm Mills wrote:|Norm;Mills",
            "Ilo Kokko kuittasi.|Ilo;Kokko",
            // what one logs in to or asks access for; access granted to someone may name the person
            "Jarmo Hirvonen is locked out of Morgan Stanley.|Jarmo;Hirvonen",
            "Ms Glover asked for access to Harley Street, says Jarmo.|Glover;Jarmo",
            "Grant access to Jarmo Hirvonen.|Jarmo;Hirvonen",
            "Huugo ei pääse kirjautumaan koulun Chromebookille.|Huugo",
            "Jarmo ei pääse kirjautumaan Matin koneelle.|Jarmo;Matin",
            "Jarmo Hirvonen kirjasi: pääsy Laura: säilytetään, pääsy Matin kansioon poistetaan|Jarmo;Hirvonen;Matin",
            "Hon saknar åtkomst till Heeros, säger Greta.|Greta",
            // a firm's legal form or organisation word, before or after the name; "as" and "AB testing" are no forms
            "Karl Fazer Oy ja Oy Hartwall Ab, Jarmo Hirvonen soitti.|Jarmo;Hirvonen",
            "Morgan Stanley & Co and Wells Fargo Bank wrote to Jarmo.|Jarmo",
            "Reseller contact: Grace Smith, Hewlett Packard Enterprise, 0161 090 0744|Grace;Smith",
            "Mark Aleksi Lampinen as the owner.|Aleksi;Lampinen",
            "Jarmo Hirvonen, AB testing is on.|Jarmo;Hirvonen",
            // a registered association and a football club are named the same way, also after a word no rule marks
            "Eino Leino Seura ry kiittää, Jarmo Hirvonen.|Jarmo;Hirvonen",
            "Jäsenmaksu meni Kallion Kalastajat ry:lle, kertoi Jarmo.|Jarmo",
            "Medlemmar i Ekenäs Seglare rf, skriver Jarmo.|Jarmo",
            "The away fans follow Everton FC, says Jarmo Hirvonen.|Jarmo;Hirvonen",
            // a Swedish housing cooperative's form stands before its name
            "Fakturan gick till Brf Linden, skriver Jarmo Hirvonen.|Jarmo;Hirvonen",
            // the town closing a firm's line after its legal form is the firm's seat; initials after a comma are no form
            "Jarmo Hirvonen\\nHankintapäällikkö\\nTeollisuus Oyj, Salo\\nmatkapuhelin 040 123 4567|Jarmo;Hirvonen",
            "Grace Smith\\nTeam Lead\\nBeispiel GmbH, Sandra Salo|Grace;Smith;Sandra;Salo",
            "Present: Jarmo Hirvonen, SA, Salo|Jarmo;Hirvonen;Salo",
            "Grace Smith, Exemple SARL, Salo called.|Grace;Smith;Salo",
            "Lasku meni Brf Eken -yhdistykselle, kertoi Grace Smith.|Grace;Smith",
            "The invoice went to Bostadsrättsföreningen Grace, Jarmo says.|Jarmo",
            "Account Name: Fastighets AB Linnea\\nOwner: Jarmo Hirvonen|Jarmo;Hirvonen",
            // a label whose value is a thing; a possessive after it is a person's
            "09:12 Alert fired: Charles Schwab\\n09:20 Acked by Jarmo Hirvonen|Jarmo;Hirvonen",
            // a role's, room's or place's label; an owner's genitive before a word in lower case stays
            "Room: Darwin\\nOrganiser: Jarmo Hirvonen|Jarmo;Hirvonen",
            "Paikka: Sibelius / Teams\\nKutsuja: Jarmo Hirvonen|Jarmo;Hirvonen",
            "Role: Porter\\nUser: Jarmo Hirvonen|Jarmo;Hirvonen",
            "Paikka: Matin työpiste|Matin",
            // a topic's given name in the genitive before what it owns
            "Aihe: Aino-Maijan kokeet\\nHei, hän on sairaana.|Aino-Maijan",
            "Hälytys: Martela, kuittasi Jarmo.|Jarmo",
            // a work order's site or equipment, a fleet ticket's vehicle; a site's owner's genitive stays
            "Site: Darwin Court, 5 Mill Road\\nTechnician: Jarmo Hirvonen|Jarmo;Hirvonen",
            "Utrustning: Otis Gen360, hiss 2\\nTekniker: Jarmo Hirvonen|Jarmo;Hirvonen",
            // a harbour's record of a berth holder's boat
            "Vene: Helmi Maria, rekisterinumero AB-123\\nOmistaja: Jarmo Hirvonen|Jarmo;Hirvonen",
            "Båt: Ellen Sofia, reg. 4412\\nÄgare: Greta Lind|Greta;Lind",
            "Boat: Duchess Anne, reg. 5531\\nOwner: Tom Parry|Tom;Parry",
            "Kohde: Matin asunto|Matin",
            // a label whose last word ends with a kind of machine or program
            "Build server: Haskell.\\nRegards, Jarmo Hirvonen|Jarmo;Hirvonen",
            "Puhelinjärjestelmä: Avaya Aura\\nTerveisin Pekka Virtanen|Pekka;Virtanen",
            "Speaker: Grace Hopper\\nHost: Jarmo|Grace;Hopper;Jarmo",
            "Cluster: Hudson\\nOwner: Jarmo Hirvonen|Jarmo;Hirvonen",
            // a team's label alone on its line names the team; its members or a person's full name stay people
            "team: Aurora\\nrotation:\\n  - name: Jarmo Hirvonen|Jarmo;Hirvonen",
            "tiimi: Aurora\\nvuorossa: Pekka Virtanen|Pekka;Virtanen",
            "Teamet: Aurora\\nAnsvarig: Jarmo Hirvonen|Jarmo;Hirvonen",
            "Team: Aurora, Jarmo and Grace|Aurora;Jarmo;Grace",
            "Team: Grace Smith\\nRole: Porter|Grace;Smith",
            // a case's queue alone on its line names the queue, also where a shared mailbox bears its name; a person stays
            "Handläggare: Jarmo Hirvonen\\nKö: Förvaltning\\nKopia: forvaltning@bostad.example.se|Jarmo;Hirvonen",
            "Käsittelijä: Pekka Virtanen\\nJono: Isännöinti\\nisannointi@isannointi.example.fi|Pekka;Virtanen",
            "Owner: Grace Smith\\nQueue: Lettings\\nlettings@homes.example.co.uk|Grace;Smith",
            "Queue: Pekka Virtanen\\nPriority: P3|Pekka;Virtanen",
            "Jono: Jarmo, Pekka ja Grace|Jarmo;Pekka;Grace",
            // a JSON key's place: its value is a town or a room, whoever the record names
            "{\"displayName\": \"Grace Smith\", \"officeLocation\": \"Cassandra\", \"city\": \"Hudson\"}|Grace;Smith",
            "{\"displayName\":\"Grace Smith\",\"manager\":\"Jarmo Hirvonen\"}|Grace;Smith;Jarmo;Hirvonen",
            "{\"userDisplayName\": \"Grace Smith\", \"appDisplayName\": \"Jarvis\", \"clientApp\": \"Hudson\"}|Grace;Smith",
            "Kit: Jarmo Hirvonen's old laptop|Jarmo;Hirvonen",
            "Hotel: Premier Inn King's Cross, Jarmo shares a room.|Jarmo",
            "Hotelli: Scandic Simonkenttä, huonetta jakaa Pekka Virtanen.|Pekka;Virtanen",
            // a claim's hospital or insurer
            "Sairaala: Acıbadem Antalya, päivystys +358 800 68 201, potilas Pekka Virtanen|Pekka;Virtanen",
            "Sjukhus: Vinmec Nha Trang, växel +46 771 52 28 10, patient Jarmo Hirvonen|Jarmo;Hirvonen",
            // a label whose value may be a person's case: a given name and a surname there stay a person's
            "Subject: Matti Virtanen\\nHe needs a new badge.|Matti;Virtanen",
            "Re: Grace Smith, Jarmo says.|Grace;Smith;Jarmo",
            "Koskee: Pekka Virtanen, uusi kulkukortti|Pekka;Virtanen",
            "Affected: Emily Clarke\\nPriority: P3|Emily;Clarke",
            "Subject: Outlook Calendar, asked Jarmo.|Jarmo",
            "Alert fired: Charles Schwab, Jarmo acked it.|Jarmo",
            "Subject: Jenkins Pipeline, Jarmo says.|Jarmo",
            // a verb of saying opens a clause, whose subject fails as a thing does; a given name alone may be down too
            "Jim says Wells Fargo is down again.|Jim",
            "Sointu Lahti sanoi Posti kaatuu joka aamu.|Sointu;Lahti",
            "Jim says Pekka is down.|Jim;Pekka",
            "Jim says Pekka Virtanen called.|Jim;Pekka;Virtanen",
            // two names before a kind of software or service (NotAPerson.PRODUCT_NOUNS)
            "Tim Hortons channel created, Jarmo says.|Jarmo",
    })
    void findsOnlyThePeople(String text, String people) {
        assertEquals(Arrays.asList(people.split(";")), Found.in(detector, text.replace("\\n", "\n")));
    }
}
