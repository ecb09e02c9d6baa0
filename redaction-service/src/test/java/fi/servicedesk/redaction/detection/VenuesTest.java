package fi.servicedesk.redaction.detection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A venue's name beside its word or a hotel chain is the venue's (Venues); capitalised words come marked. */
class VenuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Card declined at Break Sokos Hotel Eden; Anna Berg paid.|Card;Anna;Berg",
            "Trip to Oulu, flight AY 610, Radisson Blu Royal.|Trip;Oulu",
            "Resa till Tallinn, Hotel Aleksanteri, med Ebba Falk.|Resa;Tallinn;Ebba;Falk",
            "Stays: Scandic Simonkenttä, Premier Inn Leeds City and Lapland Hotels Oulu.|Stays",
            // a venue's name before the hotel's word, which NotAPerson's venues leave to this rule
            "Dinner is at the Victoria Hotel, Anna Berg pays.|Dinner;Anna;Berg",
            // a name on the next line signs the letter, and a name after a word in lower case stays
            "Hotel\\nAnna Virtanen|Anna;Virtanen",
            "the hotel Anna Virtanen booked|Anna;Virtanen",
            // a subject line in title case: the guest after an ordinary word
            "Hotel Booking Anna Virtanen|Booking;Anna;Virtanen",
    })
    void takesTheMarkOffAHotelsName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> Venues.unmark(s, tokens, words, marks), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // restaurants, cafés, gyms and spas: the word opens the name or stands either side of it
            "Pöytä varattu: Ravintola Kanerva, Leena Salo.|Pöytä;Leena;Salo",
            "Bordet på Krogen Sjöstjärnan bokades av Ebba Falk.|Bordet;Ebba;Falk",
            "Fika at Café Engel with Ruth Okafor.|Fika;Ruth;Okafor",
            "Access card for Falcon Gym, member Aino Lehto.|Access;Aino;Lehto",
            "Spa day at Naantali Spa for Mira Koski.|Mira;Koski",
            "Lunch at Harbour Brasserie, booked by Tom Reed.|Lunch;Tom;Reed",
            // a Finnish compound opens the name; alone, a compound or a Swedish definite hall is the venue
            "Majoitus Kylpylähotelli Rauha, vieras Eeva Aho.|Majoitus;Eeva;Aho",
            "Ottelu Jäähalli tänään, yhteyshenkilö Pekka Salo.|Ottelu;Pekka;Salo",
            "Mötet hålls i Strindbergsalen, kontakta Ebba Falk.|Mötet;Ebba;Falk",
            "Konserten flyttas till Alfvénscenen, kontakta Ebba Falk.|Konserten;Ebba;Falk",
            // a genitive before a venue's compound in the nominative, not before one in a local case
            "Kisat ovat Otaniemen urheiluhalli ja Sibeliuksen juhlasali, vastaava Eeva Aho.|Kisat;Eeva;Aho",
            "Vein Matin uimahalliin.|Vein;Matin",
            // a concert's stage after its composer's full name
            "Ovet klo 18, Erkki Melartinin päälava, vastaava Eeva Aho.|Ovet;Eeva;Aho",
            // a Finnish genitive of a name in "-sale" is no Swedish hall
            "Soita Pawarille tai Gaikwadin sijaan Bhosalen numeroon.|Soita;Pawarille;Gaikwadin;Bhosalen",
            // a double surname that ends in a head is a person's, and so is the name after it
            "Vastaava Okello-Ssali Wanjiru, puh. pois.|Vastaava;Okello-Ssali;Wanjiru",
            // a room type: a grade before a room's or a bed's word
            "Upgrade to Junior Suite or Deluxe King for Tom Reed.|Upgrade;Tom;Reed",
            // a venue's word after a name in another case leaves that name; a name on its own line stays
            "Kiitos Virtaselle\\nRavintola|Kiitos;Virtaselle",
            // a guest list in columns: the name before a spa's or gym's word across a wide gap is the guest's
            "Vieraslista:\\nAnna Virtanen   Spa 14:00\\nPekka Laine   Gym 16:00|Vieraslista;Anna;Virtanen;Pekka;Laine",
            // a given name and a surname after a hall's or a room's word are the booker, not the venue's name
            "Varaukset: Juhlasali Anna Virtanen 12.6., Kabinetti Pekka Laine 13.6.|Varaukset;Anna;Virtanen;Pekka;Laine",
            // a genitive before a works hall or a store hall is its owner, not a public hall's namesake
            "Pekka Virtasen konehallissa sattui tapaturma.|Pekka;Virtasen",
            "Lauri Mäkisen varastohalli tulvi.|Lauri;Mäkisen",
            // a pallet ("kuormalava") is its owner's, not a stage named after them
            "Pekka Virtasen lava on vielä Vantaan terminaalissa.|Pekka;Virtasen;Vantaan",
            // a library, a depot or a sorting centre after the genitive of its district, town or namesake, with the
            // namesake's given name; a person who bears the name in another case stays, and so does one in the same form
            "Nouto: Lauri Vahtolan pääkirjasto ja Orrenmaan varikko, vastaava Eeva Aho.|Nouto;Eeva;Aho",
            "Palautus Kihlmanin lajittelukeskus, Kallion kirjasto tai Aili Siljamon sali.|Palautus",
            "Helmi Vuorenjuuren kirjasto; Mikko Vuorenjuurella ei ole varausta.|Mikko;Vuorenjuurella",
            "Lauri Vahtola soitti. Lauri Vahtolan pääkirjasto|Lauri;Vahtola;Lauri",
            // a street after its namesake's full name, ending its clause, before its house number or its stop; the
            // namesake's kin in another case stays, and a station after its district's genitive
            "Pysäkki Ida Aalbergin tie; lausuntoa ei pyydetty Tekla Aalbergilta.|Pysäkki;Tekla;Aalbergilta",
            "Kuljettaja ajoi ohi Aleksis Kiven katu-pysäkiltä.|Kuljettaja",
            "Toimitus Minna Canthin katu 12 B, vastaanottaja Eeva Aho.|Toimitus;Eeva;Aho",
            "Pysäkki A. I. Virtasen tie. Soita Eeva Aholle.|Pysäkki;Soita;Eeva;Aholle",
            "Matka Leppävaaran asema. Pekka Virtasen asema tiimissä vahvistui.|Matka;Pekka;Virtasen",
            // a person's way or lane goes on to where it leads, and a compound of a street's word is no stop; a
            // given name alone does not name a street apart from it
            "Matti Virtasen tie ylennykseen oli pitkä.|Matti;Virtasen",
            "Aino Lehtosen kuja-asunto myytiin.|Aino;Lehtosen",
            "Soitin Annan kuja, kysy Annalta.|Soitin;Annan;Annalta",
            // cemeteries are ChurchesAndParishes', whatever word a hyphen joins to them
            "Eevan hautausmaa-käynti peruttiin, Eeva soittaa.|Eevan;Eeva",
            // a Swedish camp or stop after a genitive in "s"; a hall after one is whose room it is
            "Skriftskolan på Labbnäs lägergård. Annas sal är bokad.|Skriftskolan;Annas",
            "Minnesstund i kyrkoherde Lindqvists sal.|Minnesstund;Lindqvists",
            // a library and a terminal are a person's photos and computer too: only after a place or an ordinary
            // word, no given name and, after a given name, no surname
            "Lähetys on Vantaan terminaali.|Lähetys",
            "Pekka Virtasen kirjasto ei synkronoidu Lightroomissa.|Pekka;Virtasen;Lightroomissa",
            "Matin terminaali jumittaa taas, soita Matille.|Matin;Matille",
            "Pekka Kallion kirjasto ei aukea.|Pekka;Kallion",
            // a town's facility after the genitive of its district, street or patron, in the nominative; a person who
            // bears the name in another case stays
            "Tyhjennyksestä vastaa Gadolinin lajitteluasema, ei Vaske-Stepan Gadolinia.|Tyhjennyksestä;Vaske-Stepan;Gadolinia",
            "Matka Malmin terveysasema. Kuorma Kujalan jätekeskus.|Matka;Kuorma",
            "Ajon hoitaa Runebergin ekopiste; Katri Runebergilta ei merkintää.|Ajon;Katri;Runebergilta",
            "Kyyti lähtee Mannerheimin taksitolppa, Topeliuksen kierrätyspiste.|Kyyti",
            // a workstation, a desk and a charging station are a person's own, a given name's facility whose it is,
            // and a person is taken to one in a local case
            "Pekka Virtasen työasema ja Matin työpiste jumittavat.|Pekka;Virtasen;Matin",
            "Liisan terveysasema vaihtui. Vein Virtasen terveysasemalle.|Liisan;Vein;Virtasen",
            // Swedish: a station, a rank or a hospital after a genitive in "s", a compound of one in the definite form,
            // and a street's genitive; a person's charging station stays
            "Min ledsagare åker till Auroras sjukhus.|Min",
            "Resan går från Mannerheimvägens taxistation, inte Gadolinstationen eller Sveavägens soprum.|Resan",
            "Resan går från Mannerheimstolpen, säger Anna Mannerheim.|Resan;Anna;Mannerheim",
            "Pekkas laddstation är trasig.|Pekkas",
            // a surname's genitive before a station or a health centre is whose it is: a worker's, a patient's
            "Larssons station står stilla. Jag ringde Lindqvists vårdcentral.|Larssons;Jag;Lindqvists",
            // a library, its branch and a studio open their names
            "Kortti: Kirjasto Oodi. Lompakko: Studio Eetu. Filialen Sandvik har boken, säger Eeva Aho.|Kortti;Lompakko;Eeva;Aho",
            // a residence opens its name with the Latin word for a house; the person beside it stays
            "Property: room 3 of flat D41, Domus Gaudium, 22 Lemon Street|Property;Lemon;Street",
            "muutin pois asunnosta (Domus Gaudium) 11.10.2027, kertoo Anna Virtanen.|Anna;Virtanen",
            "Domus Academica: Anna Virtanen muuttaa.|Anna;Virtanen",
    })
    void takesTheMarkOffAVenuesName(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> Venues.unmark(s, tokens, words, marks), text, names);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            // a pharmacy, a hospital, a residence hall, a student house or a city block after the genitive of its
            // patron or its street; whoever bears the name is named in another case and stays
            "Nouto: Snellmanin apteekki. Aino Snellmanilta ei tilausta.|Nouto;Aino;Snellmanilta",
            "Myyjä on Topeliuksen verkkoapteekki (Runeberginkadun apteekki).|Myyjä",
            "Asunto: Gadolinin asuntola, Nervanderin opiskelijatalo tai Mannerheimin kortteli.|Asunto",
            "Hoito jatkuu Sibeliuksen sairaala, ei Elli Sibeliukselle.|Hoito;Elli;Sibeliukselle",
            // a given name's pharmacy is whose it is, and a person is taken to one in a local case
            "Matin apteekki on kiinni. Vein reseptin Virtasen apteekkiin.|Matin;Vein;Virtasen",
            // a Finnish house with the patron's genitive glued to it, in any case; a surname of a house is no genitive
            "Kokous on Topeliuksentalo, sitten Snellmanintalossa. Soita Liisa Uusitalolle.|Kokous;Soita;Liisa;Uusitalolle",
            // a Swedish pharmacy, house or home glued to its patron in the definite form, after a vowel too; a house
            // opens the name of its street
            "Beställningen gick till Wredeapoteket, inte till Eva Wredes adress.|Beställningen;Eva;Wredes",
            "Nyckeln finns i Agricolahuset och Runebergshuset; Studenthuset Kampen är stängt.|Nyckeln",
            "Hyresgästen flyttar från Studenthemmet Sandvik, säger Eeva Aho.|Hyresgästen;Eeva;Aho",
    })
    void takesTheMarkOffAnEstablishmentNamedAfterItsPatron(String text, String names) {
        MarkedWords.assertStay((s, tokens, words, marks) -> Venues.unmark(s, tokens, words, marks), text, names);
    }
}
