#!/usr/bin/env python3
r"""Generates the forty-seventh held-out set (held-out-47.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 46: nobody tunes on it. Its writer read no detection code, list, rule, model or
docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-46 lack: (a) a hotel and
restaurant chain's customer service and (b) a sports club's and a gym chain's member service, as their service desk
sees them, in 45 shapes (22 Finnish, 14 English, 9 Swedish), each written in the language its kind of text is written
in, with the earlier mail a reply quotes, copies and watchers under it and the record around it (a case-system footer
with the handler and the queue, or a signature with the switchboard and the business id).
(a) room reservations naming every guest (a family with a child, a booker who is not the guest), group and conference
bookings with participant lists (CSV, pipe tables) and diets, wedding orders with the seating and the allergies,
guests' complaints naming the staff, lost-and-found records (a handed-in phone's IMEI, the person who collects),
key-card and door-lock audit logs (which card was encoded for whom by which front-desk login), minibar and damage
charges to a card, loyalty points transferred to another member, table bookings by phone and by a booking bot, staff
shift swaps in the rostering tool, the property system's change log with its SMS confirmations, an SMS log.
(b) membership freezes, personal trainers' client notes, junior teams' rosters with guardians (who drops off, who
picks up, emergency contacts), tournament entries with shirt numbers, coaches' and referees' lists (CSV), access-gate
logs with member tags, payment plans and direct debits, a membership transferred to a spouse, injury reports, a chat
with the club's bot handed to an agent, the booking system's export.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
Karelian and Sámi given names joined (Ontrei-Vasseli, Paraske-Nasti: Paraske-Nastin, Ilmi-Paraske: Ilmi-Paraskeen,
Biret-Ravna, Aslak-Ánde), Finnish compound surnames of animal, bird and craft words with a place word (Kuukkelivaara,
Majavankoski, Tilhiniemi: Tilhiniemelle, Huuhkajavuori: Huuhkajavuoren, Nikkarila, Puusepänoja, Kankuri-Nahkuri),
their last word inflecting on its own; Finland-Swedish ones (Tekla-Majvor, Algot-Elof, Snickars-Wikblad,
Västerbacka-Knuts); Hungarian, Romanian, Turkish, Kurdish, Persian, Ukrainian, Portuguese and Brazilian, Filipino,
Thai, Tamil and Telugu, Nepali, Amharic and Tigrinya, Swahili, Dutch, German, Estonian, Albanian, Bosnian, Serbian and
Croatian, Georgian and Armenian ones, most of them two given names and a double surname (Zsófia Csenge, Bogdan-Ionuț,
Maria da Conceição dos Santos Ferreira, Ma. Cristina Dela Cruz-Bautista, Lakshmi Priya Reddy-Gollapudi, Suman Bahadur
Tamang-Adhikari, Sanne Femke van der Meulen-Verbeek, Triin-Kadri Saar-Põder); in the Finnish cases in Finnish prose
(Shirin Golnazille, Oula-Niillasille) and the Swedish genitive in Swedish, in capitals on forms and rosters, surname
first in lists, bookings and exports, initials (O.-M. Popescu-Dumitru, OMPD) in logs and signatures, lower-case handles
in chat.
Hotels, halls, restaurants, arenas and prizes named after people are look-alikes (Hotelli Kämp, Kämp Spa, Ville Ritola
-halli, Ritola-areena, Gallen-Kallelan sali, Stigellin juhlasali, Frenckellin kabinetti, Hotelli Hackzell, Bellmansalen,
Krogen Bellman, Polhemshallen, Café Lagerlöf, Zornhallen, Pendleburys Spa, Carringtons Sports Bar, Ravensworths Leisure
Club, Blakistons Grill); in 17 shapes a third party bears the same surname in another form than the thing (a Finnish
case that is not the thing's nominative or genitive: Kämpille, Ritolalta, Gallen-Kallelalla; the Swedish genitive
beside a compound or the nominative: Bellmans; the singular beside the venue's plural) and is a NAME. Dishes, drinks,
wines, classes, cups and gyms that hold a person's name are look-alikes (Caesar-salaatti, Beef Wellington, Eggs
Benedict, Pavlova, Lindströmin pihvi, Janssonin kiusaus, Wallenbergare, Biff Lindström, Bellini, Tom Collins, Bloody
Mary, Arnold Palmer, Dom Pérignon 2013, Spinning Lotta, Kahvakuula Kaisa, Core Charlie, Yoga Stina, Stanley Cup
-finaali, Davis Cup, Sandow Fitness).
Labelling policy, as in set 46, with these for the new kinds. The subject is the register's known person: the guest
whose booking, stay, complaint, charge, lost property or points it is (also the organiser of a group booking, the
couple's partner who orders a wedding, the member of staff who asks for a shift swap), and the member whose membership,
training, payment, transfer, injury or gate passage it is, or, for a junior, the guardian the club knows (the child is
a third party). Everyone else is a third party: fellow guests, children, spouses, bookers and assistants, participants,
speakers, the wedding's guests, receptionists, housekeepers, duty managers, waiters, sales and events staff, the person
who collects lost property, points recipients, other players, guardians, grandparents, coaches, referees, physios,
witnesses, next of kin, handlers and agents. Every person's phone is a PHONE; a service's number is a look-alike (the
hotel's switchboard, reception and table-booking lines, the club's office line, 112, 999). Shared mailboxes
(varaukset@, juniors@, medlem@) are EMAIL, role "third". Front-desk and system logins in logs and audit trails, loyalty
members' logins, member tags in gate logs and chat handles are USERNAME. The IMEI of a lost phone handed in is a
DEVICE_ID of its owner. Accounts are IBAN (valid check digits), cards PAYMENT_CARD (valid Luhn), identity codes
NATIONAL_ID (valid check character). A one-time code, a loyalty or app password, a safe, door or night-entry code and a
locker code given to someone are CREDENTIAL, their owner's role (a staff door code or a guest's day pass code a third
party's). Look-alikes (kept): booking references, room numbers and types, key-card serials, member numbers, loyalty
numbers, points, table numbers, covers, shirt numbers, scores, years of birth, ages, nights, diets, dishes, drinks,
wines, classes, plans, cups, teams, sports, arenas, halls, gyms, hotels, restaurants, gates and lockers, amounts,
invoice, ticket and Finnish reference numbers, dates and times, streets, towns, roles, queues, systems, business ids.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 11,686
NAME (1,850 the subject's) in 1,200 distinct forms, 1,151 of them (95.9 %) new to every other labelled set by
new-name-forms.py; 2,110 PHONE (680 the subject's) of 111 countries and territories; 851 EMAIL (763 third parties' and
shared mailboxes, 357 of them shared); 1,134 USERNAME (front-desk and system logins, loyalty logins, 145 member tags in
gate logs, chat handles; 328 the subject's); 258 CREDENTIAL (214 the subject's: 72 safe, door and night codes, 60
one-time codes, 39 passwords, 43 locker codes; 44 third parties': staff door codes and guests' day pass codes); 41 IBAN;
44 PAYMENT_CARD; 28 NATIONAL_ID (14 the subject's, 14 the spouse's a membership is transferred to); 29 DEVICE_ID (lost
phones' IMEIs, all the subject's); 8,777 look-alikes (2,608 dates and times, 522 service numbers, 247 namesakes'
things, 277 dishes, drinks and wines, 299 classes, cups and gyms) from 683 pairs of shape and kind, 4,639 distinct
values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-47.py --check asserts it and that more than half the name forms are
new to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-47.py > held-out-47.jsonl (python3 held-out-47.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers
from name_forms import inflect as fi

R, DRAW, CLOCK = generation.seeded(47474747)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-46 as name forms when this set was written; the
# Finnish surnames are compounds of animal, bird and craft words with a place word, the given names rare and Karelian
# ones, with Sámi ones beside them.

FI_MEN = ["Ontrei-Vasseli", "Iivana-Tahvo", "Miihkali-Ohvo", "Simana-Ontrei", "Hilippa-Jouni", "Ohvo-Iisko",
          "Oula-Niillas", "Aslak-Ánde", "Jouni-Ontrei", "Vasseli-Tahvo", "Ristotaneli", "Sakki-Hilippa", "Jormo-Iivo",
          "Ilppo-Vesteri", "Vesteri-Simana", "Heikko-Rieto", "Maunu-Iivana", "Rieto-Ulkki", "Ulkki-Jormo",
          "Mooses-Oula", "Niillas-Aslak", "Tahvo-Miihkali", "Iisko-Maunu", "Ánde-Oula", "Proku-Ontrei"]
FI_WOMEN = ["Nasti-Okuli", "Okuli-Hoto", "Paraske-Nasti", "Anni-Nasti", "Oudi-Selmi", "Hoto-Irinja", "Maura-Vieru",
            "Ilmi-Paraske", "Biret-Ravna", "Máret-Sunna", "Elle-Jovvo", "Sunna-Inker", "Inker-Jovvo", "Ravna-Biret",
            "Ulla-Biret", "Vieru-Mirri", "Hilma-Okuli", "Tatjaana-Oudi", "Irinja-Selmi", "Jovvo-Sunna", "Mirri-Nasti",
            "Oudi-Maura", "Kaarina-Inker", "Hanna-Ravna", "Selmi-Hoto"]
FI_SURNAMES = ["Kuukkelivaara", "Tilhikorpi", "Näätäsaari", "Kärppälahti", "Hirvasjärvi", "Majavankoski",
               "Saukonlampi", "Kettukallio", "Huuhkajavuori", "Kurjenkorpi", "Sirkkuranta", "Kuikkalampi", "Metsoaho",
               "Teerimäki", "Koppelokangas", "Pyyniemi", "Peurasalo", "Kankuri-Nahkuri", "Sorvarila", "Nahkurila",
               "Vasarakoski", "Pajuvaara-Kankuri", "Kärppänen", "Näätäinen", "Kuukkelinen", "Tiaissaari",
               "Sopulivaara", "Lapinkorpi", "Kotkanharju", "Haukkaranta", "Ahmakangas", "Tilhiniemi", "Karhunkorpi",
               "Näädänoja", "Riekonsaari", "Kuovinkallio", "Teeriranta", "Metsonkallio", "Sepänkorpi", "Valajalahti",
               "Nikkarila", "Tynnyrilä", "Puusepänoja", "Vanteri", "Lestikangas", "Luistosalo", "Kirvesniemi",
               "Höylälahti", "Aurakoski", "Ahmavuori-Kankuri", "Peura-Näätäsaari", "Kaarnavaara", "Orava-Kettukallio",
               "Sirkkuharju", "Tikkaranta", "Käpytikkanen", "Palokärkiniemi", "Kuovinoja", "Hiirisalo",
               "Jäniskorpi"]
SV_GIVEN = ["Algot-Elof", "Tekla-Majvor", "Edla-Gunvor", "Ebbe-Folke", "Vendela-Tora", "Gustava-Edla",
            "Halvar-Anselm", "Majvor-Tyra", "Folke-Verner", "Gunvor-Alvina", "Elof-Halvar", "Leander-Frej",
            "Tyra-Li", "Sten-Elof", "Edla-Maj", "Frej-Algot", "Alvina-Tekla", "Verner-Ebbe", "Ebba-Tora",
            "Tora-Vendela",
            "Gösta-Frej", "Ingvor-Edla", "Anselm-Leander", "Hulda-Vendela"]
SV_SURNAMES = ["Snickars-Wikblad", "Sigfrids", "Björklöf-Ingves", "Knuts-Granö", "Vidjeskog", "Wikblad-Furu",
               "Ingves-Sarelin", "Granö-Lövdahl", "Furu-Skrifvars", "Klemets", "Hägglund-Furu", "Söderkvist-Ek",
               "Västerbacka-Knuts", "Östman-Strand", "Sarelin", "Stenroos-Knuts", "Backholm-Ingves",
               "Forsblom-Åkerlund", "Lövdahl-Klemets", "Skrifvars", "Nyholm-Vidjeskog", "Dahlskog-Sigfrids",
               "Sundblom-Granö", "Kronqvist-Snickars", "Rosqvist-Lövdahl", "Brännkärr-Ingves"]
WORLD = {
    "hungarian": (["Zsófia Csenge", "Gergő Örs", "Boglárka Emese", "Levente Bence", "Csenge Réka", "Bence Ákos",
                   "Réka Zsuzsanna", "Örs Botond"],
                  ["Szabó-Halász", "Lakatos-Bodnár", "Vörösmarty-Halász", "Halász-Szűcs", "Szűcs-Kertész",
                   "Bodnár-Lakatos", "Kertész-Szilágyi"], ["HU", "RO", "AT"]),
    "romanian": (["Ioana Ilinca", "Mircea Sorin", "Oana-Maria", "Bogdan-Ionuț", "Raluca Ioana", "Sorin-Mircea",
                  "Ilinca-Raluca"],
                 ["Popescu-Dumitru", "Constantinescu-Stoica", "Ionescu-Vlăduțu", "Dumitrașcu-Pop", "Stoica-Ionescu",
                  "Vlăduțu-Dima"], ["RO", "IT", "ES"]),
    "turkish": (["Elif Su", "Emre Kaan", "Zeynep Ela", "Oğuzhan Efe", "Büşra Nur", "Mert Can", "Şevval Naz",
                 "Yiğit Alp"],
                ["Yıldırım-Karaca", "Karaca-Öztürk", "Öztürk-Aydın", "Çelik-Kocabaş", "Şahin-Erdoğdu",
                 "Kocabaş-Yıldırım", "Erdoğdu-Çelik"], ["TR", "DE", "NL"]),
    "kurdish": (["Rojda Zilan", "Berzan Shvan", "Zilan Hêvî", "Dilovan Berzan", "Hêvî Rojda", "Shvan Dilovan"],
                ["Barzani-Doski", "Zebari-Amedi", "Amedi-Doski", "Doski-Hawrami", "Hawrami-Zebari"],
                ["IQ", "TR", "SE", "FI"]),
    "persian": (["Shirin Golnaz", "Dariush Kourosh", "Parisa Nasrin", "Kourosh Farhad", "Nasrin Parisa",
                 "Farhad Dariush", "Golnaz Shirin"],
                ["Mohammadi-Rad", "Tehrani-Moghaddam", "Moghaddam-Ghorbani", "Ghorbani-Esfahani",
                 "Esfahani-Tehrani", "Sadeghi-Nejad"], ["IR", "SE", "DE"]),
    "ukrainian": (["Oksana-Yaryna", "Bohdan-Ostap", "Yaryna-Zlata", "Taras-Ostap", "Solomiia-Oksana",
                   "Ostap-Taras", "Zlata-Solomiia"],
                  ["Shevchuk-Bondarenko", "Bondarenko-Tkachenko", "Tkachenko-Lysenko", "Kravchuk-Melnyk",
                   "Hrytsenko-Savchuk", "Lysenko-Hrytsenko", "Savchuk-Shevchuk"], ["UA", "PL", "FI"]),
    "portuguese": (["Maria da Conceição", "João Pedro", "Ana Beatriz", "Thiago Henrique", "Luana Vitória",
                    "Gonçalo Tomás", "Inês Sofia"],
                   ["dos Santos Ferreira", "Carvalho Lima", "de Oliveira Souza", "Gonçalves Pinto", "Pereira da Silva",
                    "Nascimento Alves"], ["PT", "BR", "BR"]),
    "filipino": (["Ma. Cristina", "Jericho Paolo", "Rowena Grace", "Jhun Mark", "Marivic Joy", "Rodel Jun",
                  "Lovely Joy"],
                 ["Dela Cruz-Bautista", "Bautista-Villaruel", "Macaraeg-Villaruel", "Villaruel-Dimaculangan",
                  "Dimaculangan-Manalastas", "Manalastas-Dela Cruz"], ["PH", "AE", "HK"]),
    "thai": (["Somchai Anan", "Kanokwan Ploy", "Pimchanok Fah", "Thanakorn Tee", "Ratchanee Nok",
              "Nattapong Bank"],
             ["Srisuk-Boonsong", "Wongsawat-Suksawat", "Chaiyaporn-Rattanakorn", "Rattanakorn-Boonsong",
              "Boonsong-Suksawat", "Suksawat-Srisuk"], ["TH", "FI", "SE"]),
    "tamil_telugu": (["Karthikeyan Murugan", "Meenakshi Sundari", "Venkatesh Rao", "Lakshmi Priya", "Sai Charan",
                      "Anitha Devi", "Srinivas Teja"],
                     ["Subramanian-Iyer", "Ramachandran-Pillai", "Venkataraman-Iyengar", "Reddy-Gollapudi",
                      "Naidu-Kommineni", "Chidambaram-Pillai", "Gollapudi-Reddy"], ["IN", "LK", "MY", "GB"]),
    "nepali": (["Sabina Kumari", "Bishnu Prasad", "Prakriti Laxmi", "Suman Bahadur", "Anjana Kumari",
                "Dipesh Raj"], ["Shrestha-Magar", "Gurung-Tamang", "Tamang-Adhikari", "Adhikari-Shrestha",
               "Bhattarai-Magar", "Magar-Shrestha"], ["NP", "IN", "FI"]),
    "horn": (["Selamawit Tsehay", "Yohannes Kidane", "Tsehay Mehret", "Mehret Abrehet", "Kidane Tewodros",
              "Abrehet Selamawit", "Tewodros Yohannes"],
             ["Gebremariam-Haile", "Tesfaye-Haile", "Haile-Woldemichael", "Woldemichael-Berhane",
              "Berhane-Gebreyesus", "Gebreyesus-Gebremariam"], ["ET", "ER", "SE"]),
    "swahili": (["Neema Zawadi", "Baraka Juma", "Zawadi Rehema", "Juma Amani", "Amani Imani", "Rehema Neema",
                 "Imani Baraka"], ["Mwangi-Kiprotich", "Otieno-Wanjiru", "Wanjiru-Kiprotich", "Kiprotich-Mwakilema",
                "Mwakilema-Njoroge", "Njoroge-Mwangi"], ["KE", "TZ", "UG"]),
    "dutch": (["Sanne Femke", "Joost Maarten", "Femke Lieke", "Maarten Thijs", "Lieke Anouk", "Thijs Joost",
               "Anouk Sanne"], ["van der Meulen-Verbeek", "de Vries-Kuipers", "van den Heuvel-de Graaf",
              "Verbeek-van Dam", "ter Horst-Kuipers", "Kuipers-van der Veen"], ["NL", "BE"]),
    "german": (["Wolfgang Dietmar", "Friederike Hannelore", "Jörg-Dietmar", "Hannelore Anneliese",
                "Dietmar Gottlieb", "Anneliese Friederike", "Gottlieb Jörg"],
               ["Schäfer-Hoffmann", "Brückner-Landgraf", "Zimmermann-Köhler", "Weißenborn-Brückner",
                "Köhler-Weißenborn", "Landgraf-Zimmermann"], ["DE", "AT", "CH"]),
    "estonian": (["Triin-Kadri", "Margus-Priit", "Kadri-Merilin", "Tõnu-Margus", "Merilin-Ülle", "Priit-Tõnu",
                  "Ülle-Triin"], ["Tamm-Kask", "Saar-Põder", "Põder-Mägi", "Mägi-Kõiv", "Kõiv-Rebane",
                 "Rebane-Saar"], ["EE", "FI"]),
    "albanian": (["Arbër Besnik", "Drita Mimoza", "Besnik Florian", "Mimoza Valbona", "Florian Arbër",
                  "Valbona Drita"], ["Hoxha-Gashi", "Berisha-Krasniqi", "Krasniqi-Shehu", "Gashi-Shehu",
                 "Shehu-Berisha", "Kelmendi-Hoxha"], ["AL", "MK", "DE"]),
    "bcs": (["Dragana Jelena", "Nemanja Miloš", "Jelena Ivana", "Miloš Tomislav", "Amra Ivana", "Emir Nemanja",
             "Ivana Amra", "Tomislav Emir"],
            ["Jovanović-Hadžić", "Hadžić-Kovačević", "Kovačević-Delić", "Babić-Marković", "Petrović-Hodžić",
             "Marković-Delić", "Delić-Jovanović"], ["RS", "BA", "HR"]),
    "georgian": (["Nino Tamar", "Giorgi Levan", "Tamar Ketevan", "Levan Davit", "Ketevan Nino", "Davit Giorgi"],
                 ["Beridze-Lomidze", "Kapanadze-Mchedlishvili", "Gelashvili-Beridze", "Tsiklauri-Lomidze",
                  "Lomidze-Mchedlishvili", "Mchedlishvili-Beridze"], ["GE"]),
    "armenian": (["Anahit Lusine", "Tigran Hayk", "Lusine Gayane", "Hayk Armen", "Gayane Anahit", "Armen Tigran"],
                 ["Hovhannisyan-Karapetyan", "Sargsyan-Grigoryan", "Petrosyan-Avetisyan", "Grigoryan-Hovhannisyan",
                  "Avetisyan-Karapetyan", "Karapetyan-Hovhannisyan"], ["AM", "RU", "GE"]),
}

# Finnish names whose stem grades or that take another illative (Ulkki: Ulkin, Paraske: Paraskeen), the namesake of a
# hotel whose foreign stem takes front endings (Hackzell: Hackzellillä), and the compounds whose last word inflects on
# its own (Tilhiniemi: Tilhiniemelle).
IRREGULAR = {"Heikko": fi("Heikko", "Heiko", "Heikko"), "Ulkki": fi("Ulkki", "Ulki", "Ulkki"),
             "Sakki": fi("Sakki", "Saki", "Sakki"), "Ilppo": fi("Ilppo", "Ilpo", "Ilppo"),
             "Paraske": fi("Paraske", "Paraskee", "Paraskee", par="Parasketta", ill="Paraskeehen"),
             "Hackzell": generation.fronted(fi("Hackzell", "Hackzelli", "Hackzelli"))}
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))

# ---------------------------------------------------------------------------------------------------------------------
# Hotels, halls, arenas and prizes named after people (in English, venues in the plural): a third party x of the same
# surname is a NAME in a form the thing does not hold (a Finnish case other than the thing's nominative or genitive,
# the Swedish genitive beside a compound or a nominative, the singular beside the plural), the thing a look-alike.

EPONYMS = {"fi": {"Frenckell": ["Ravintola Frenckell", "Frenckellin kabinetti"],
                  "Ritola": ["Ville Ritola -halli", "Ritola-areena"],
                  "Hackzell": ["Hotelli Hackzell", "Hackzellin sali"],
                  "Gallen-Kallela": ["Gallen-Kallelan sali", "Hotelli Gallen-Kallela"],
                  "Kämp": ["Hotelli Kämp", "Kämp Spa"],
                  "Stigell": ["Stigellin juhlasali", "Ravintola Stigell"]},
           "sv": {"Bellman": ["Bellmansalen", "Krogen Bellman"],
                  "Polhem": ["Polhemshallen", "Hotell Polhem"],
                  "Zorn": ["Zornhallen", "Café Zorn"],
                  "Lagerlöf": ["Lagerlöfsalen", "Café Lagerlöf"]},
           "en": {"Pendlebury": ["Pendleburys Spa", "Pendleburys Hotel & Spa"],
                  "Ravensworth": ["Ravensworths Leisure Club", "Ravensworths Steakhouse"],
                  "Carrington": ["Carringtons Sports Bar", "Carringtons Hotel & Spa"],
                  "Blakiston": ["Blakistons Grill", "Blakistons Health Club"]}}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), generation.People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"hotel": {"fi": ["hotelliketju.example.fi", "ravintolat.example.fi"],
                         "sv": ["hotellkedjan.example.se", "restauranger.example.fi"],
                         "en": ["hotels.example.co.uk", "hospitality.example.com"]},
               "club": {"fi": ["urheiluseura.example.fi", "kuntoketju.example.fi"],
                        "sv": ["idrottsforening.example.se", "gymkedjan.example.fi"],
                        "en": ["leisureclubs.example.co.uk", "sportsclub.example.org"]}}
# The shared mailboxes of each service in each language: "mailbox@domain …" split on spaces.
SHARED_BOXES = {
    "hotel_fi": "varaukset@hotelliketju.example.fi asiakaspalvelu@hotelliketju.example.fi "
                "ryhmat@hotelliketju.example.fi juhlat@ravintolat.example.fi loytotavarat@hotelliketju.example.fi",
    "hotel_en": "reservations@hotels.example.co.uk events@hospitality.example.com guestrelations@hotels.example.co.uk",
    "hotel_sv": "bokning@hotellkedjan.example.se konferens@hotellkedjan.example.se bord@restauranger.example.fi",
    "club_fi": "jasenpalvelu@kuntoketju.example.fi juniorit@urheiluseura.example.fi toimisto@urheiluseura.example.fi "
               "laskutus@kuntoketju.example.fi",
    "club_en": "membership@leisureclubs.example.co.uk juniors@sportsclub.example.org",
    "club_sv": "medlem@gymkedjan.example.fi kansliet@idrottsforening.example.se"}
CURRENT = {"x": None, "language": "fi", "service": "hotel"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {j.…} the
# subject's child, {nick:a} a's chat handle, {tag:a} a's member tag in a gate log, {imei:a} the IMEI of a's lost phone,
# {otp:a}, {pwd:a}, {door:a}, {locker:a} a's credentials.

def password():
    return DRAW.fill(R.choice(["Hotel{3}!{A}x", "{A}uite-{4}", "g{A}{A}ym{2}#", "Spa{2}%{A}q", "Pisteet{3}?{A}",
                               "m{4}{A}Club!"]))


def phone_imei():
    n = identifiers.luhn(R, R.choice(["35", "86", "01"]), 15)
    return R.choice([n, n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:8]} {n[8:]}"])


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 4, 8]))),
         "pwd": ("CREDENTIAL", password),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}", "*{4}", "{6}"]))),
         "locker": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{3}", "{4}*", "{A}{3}"])))}


class Writer(generation.TableWriter):
    phones, draws, irregular, secrets = PHONES, DRAW, IRREGULAR, OWNED
    home_weight = 3
    born = (("-", 40, 99), ("A", 0, 6))
    addresses = staticmethod(email_of)
    boxes = staticmethod(lambda language: SHARED_BOXES[f"{CURRENT['service']}_{language}"].split())

    def token(self, tok, ppl):
        if "j" not in ppl and tok.rpartition(":")[2].split(".")[0] == "j":
            taken = set().union(*(p.words() for p in ppl.values()))
            while True:
                child = PEOPLE.kin(ppl["s"], self.language)
                if not {w for w in child.words() if w not in ppl["s"].words()} & taken:
                    break
            ppl["j"] = child
        return super().token(tok, ppl)

    def person(self, p, spec="gs"):
        """As generation.Writer.person, and is: the given name's initials with full stops (O.-M. for Oana-Maria) and
        the surname; i the initials in capitals (OMPD)."""
        bits = spec.split(".")
        if bits[0] == "is":
            case = bits[1] if len(bits) > 1 else "nom"
            initial = "-".join(w[0] + "." for w in p.given.split(" ")[0].split("-"))
            return self.name(initial, p.role).say(" ").name(self.form(p.surname, case), p.role)
        if bits[0] == "i":
            return self.name(p.initials().upper(), p.role)
        return super().person(p, spec)

    def imei(self, p):
        """The IMEI of p's lost phone, the same wherever the message writes it: a DEVICE_ID of p."""
        return self.ent(self.sticky.setdefault(("imei", id(p)), phone_imei()), "DEVICE_ID", p.role)

    def tag(self, p):
        """p's member tag as a gate log writes it (a login of the club's system): a USERNAME of p."""
        if ("tag", id(p)) not in self.sticky:
            g, s = identifiers.plain_name(p.given.split(" ")[0].split("-")[0]), identifiers.plain_name(p.surname)
            self.sticky[("tag", id(p))] = R.choice([f"m.{s[:6]}{R.randint(10, 99)}", f"{g[:3]}{s[:4]}.tag",
                                                    f"{g}{s[0]}{R.randint(100, 999)}", f"jasen_{s[:7]}"])
        return self.ent(self.sticky[("tag", id(p))], "USERNAME", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei, "tag": self.tag}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a hotel and restaurant chain's and a sports club's and gym chain's member service.

MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "GBP {w}.{c}", "€{w}.{c}"],
         "sv": ["{g},{c} €", "{g} kr", "{w},{c} euro"]}


def money(language):
    whole = R.choice([R.randint(5, 99), R.randint(100, 999), R.randint(1000, 6000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The hotel, hall, arena or prize named after someone of the surname of this message's x."""
    return R.choice(EPONYMS[CURRENT["language"]][CURRENT["x"].surname])


def points(language):
    n = R.randint(500, 180000)
    word = {"fi": "pistettä", "sv": "poäng", "en": "points"}[language]
    return f"{n:,}".replace(",", "," if language == "en" else " ") + " " + word


TABLES = {
    "hotel": {"fi": ["Hotelli Revontuli", "Kylpylähotelli Kuohu", "Hotelli Satamalyhty", "Hotelli Tähystäjä",
                     "Hotelli Kivijalka"],
              "sv": ["Hotell Fyrvaktaren", "Hotell Skärgårdsbris", "Hotell Kvarnen"],
              "en": ["The Harbourside Hotel", "Millgate House Hotel", "The Old Exchange Hotel"]},
    "restaurant": {"fi": ["Ravintola Savu", "Ravintola Kuurupiilo", "Bistro Laituri", "Ravintola Hiillos"],
                   "sv": ["Restaurang Glöden", "Bistro Bryggan", "Krogen Ankaret"],
                   "en": ["The Copper Kettle", "Ember & Oak", "Quayside Brasserie"]},
    "room": {"fi": ["huone {n}0", "{n}2", "sviitti {n}", "{n}14"], "sv": ["rum {n}1", "{n}08", "svit {n}"],
             "en": ["room {n}3", "{n}06", "Suite {n}"]},
    "roomtype": {"fi": ["perhehuone", "Superior-kahden hengen huone", "juniorsviitti", "Standard Twin"],
                 "sv": ["familjerum", "dubbelrum Superior", "enkelrum"], "en": ["Family Room", "Deluxe King",
                                                                               "Standard Twin", "Junior Suite"]},
    "hall": {"fi": ["Kabinetti Kuikka", "Juhlasali Aallokko", "Kokoustila Loisto", "Tähtisali"],
             "sv": ["Konferenssal Fyren", "Salongen Ankaret", "Festsalen"], "en": ["the Orangery", "Boardroom 2",
                                                                                  "the Garden Suite"]},
    "dish": {"fi": ["Caesar-salaatti", "Beef Wellington", "Pavlova", "Eggs Benedict", "Lindströmin pihvi",
                    "Janssonin kiusaus", "Runebergin torttu", "Napoleonleivos", "Pariisinpihvi"],
             "sv": ["Wallenbergare", "Janssons frestelse", "Toast Skagen", "Pavlova", "Biff Lindström",
                    "Caesarsallad", "Prinsesstårta"],
             "en": ["Caesar salad", "Beef Wellington", "Eggs Benedict", "Pavlova", "Peach Melba", "Beef Stroganoff",
                    "Waldorf salad"]},
    "drink": {"fi": ["Bellini", "Tom Collins", "Bloody Mary", "Rossini", "Negroni"],
              "sv": ["Bellini", "Tom Collins", "Bloody Mary"], "en": ["Bellini", "Tom Collins", "Bloody Mary",
                                                                     "Rossini", "Arnold Palmer"]},
    "wine": {"fi": ["Chablis 2021", "Rioja Reserva 2017", "Barolo 2018", "Sancerre", "Dom Pérignon 2013"],
             "sv": ["Chablis 2020", "Rioja Crianza", "Sancerre 2022"], "en": ["Chablis 2021", "Malbec Reserva",
                                                                             "Veuve Clicquot", "Sancerre"]},
    "diet": {"fi": ["gluteeniton", "laktoositon", "pähkinäallergia", "vegaaninen", "kala-allergia", "keliakia"],
             "sv": ["glutenfri", "laktosfri", "nötallergi", "vegan"], "en": ["gluten-free", "nut allergy", "vegan",
                                                                            "coeliac", "shellfish allergy"]},
    "gym": {"fi": ["Sandow Fitness", "Kuntokeskus Voimala", "Atlas Gym", "Liikuntakeskus Ponnistus"],
            "sv": ["Sandow Fitness", "Gym Kraften", "Atlas Gym"], "en": ["Sandow Fitness", "Atlas Gym",
                                                                       "Riverside Leisure Centre"]},
    "class": {"fi": ["Spinning Lotta", "Kahvakuula Kaisa", "BodyPump", "Jooga Aino -tunti", "Core Eemeli",
                     "Zumba", "HIIT 45"],
              "sv": ["Spinning Lotta", "Yoga Stina", "Cirkelträning", "BodyPump"],
              "en": ["Spinning Lotta", "BodyPump", "Core Charlie", "HIIT 45", "Aqua Annie"]},
    "cup": {"fi": ["Helsinki Cup", "Stanley Cup -finaali", "Kuortane Games", "Pohjola-turnaus", "Kesäturnaus 2027"],
            "sv": ["Gothia Cup", "Stanley Cup-finalen", "Vasa Cup"], "en": ["Stanley Cup final", "Davis Cup",
                                                                           "Norway Cup", "Ryder Cup"]},
    "team": {"fi": ["P12 Punainen", "T11 Valkoinen", "Kiekko-Sudet U13", "F10 Keltainen", "Edustus"],
             "sv": ["P12 Röd", "F11 Blå", "Juniorlaget U14"], "en": ["U12 Reds", "U10 Blues", "Under-14 Girls",
                                                                    "First XI"]},
    "sport": {"fi": ["salibandy", "jalkapallo", "jääkiekko", "koripallo", "uinti", "yleisurheilu"],
              "sv": ["innebandy", "fotboll", "simning"], "en": ["netball", "football", "swimming", "hockey"]},
    "arena": {"fi": ["Kisahalli", "Urheilupuiston tekonurmi", "Tapiolan uimahalli", "Monitoimihalli Areena"],
              "sv": ["Sporthallen", "Idrottsparken", "Simhallen"], "en": ["Riverside Pitch 3", "the Sports Hall",
                                                                         "Court 4"]},
    "plan": {"fi": ["12 kk sitoutuminen", "Perus 24/7", "Premium Plus", "Opiskelija 6 kk"],
             "sv": ["Bas 12 mån", "Premium", "Student 6 mån"], "en": ["Off-Peak 12M", "All Access", "Family Plus"]},
    "town": {"fi": ["Kuopio", "Lahti", "Rovaniemi", "Tampere", "Savonlinna", "Oulu", "Seinäjoki"],
             "sv": ["Vasa", "Borgå", "Ekenäs", "Jakobstad", "Mariehamn", "Karleby"],
             "en": ["York", "Bath", "Chester", "Harrogate", "Brighton", "Cardiff"]},
    "street": {"fi": ["Satamakatu {n}", "Rantapuistikko {n}", "Kauppakatu {n} B", "Urheilukatu {n}"],
               "sv": ["Strandgatan {n}", "Hamngatan {n}", "Idrottsvägen {n}"],
               "en": ["{n} Quay Street", "{n} Station Road", "{n} Market Place"]},
    "hotelrole": {"fi": ["vastaanottovirkailija", "myyntipäällikkö", "asiakaspalvelija", "ravintolapäällikkö",
                         "vuoropäällikkö"],
                  "sv": ["receptionist", "konferensvärd", "kundtjänst"],
                  "en": ["Front Office Manager", "Events Coordinator", "Guest Relations", "Duty Manager"]},
    "clubrole": {"fi": ["jäsenpalvelu", "seuran toiminnanjohtaja", "junioripäällikkö", "kuntosalivastaava"],
                 "sv": ["medlemsservice", "kanslist", "juniorledare"],
                 "en": ["Membership Adviser", "Club Secretary", "Junior Section Lead"]},
    "hotelqueue": {"fi": ["Varaukset", "Ryhmät ja kokoukset", "Asiakaspalaute", "Löytötavarat", "Kanta-asiakkaat"],
                   "sv": ["Bokningar", "Konferens", "Kundklagomål"], "en": ["Reservations", "Events", "Guest Relations",
                                                                          "Loyalty"]},
    "clubqueue": {"fi": ["Jäsenyydet", "Laskutus", "Juniorit", "Kulunvalvonta"],
                  "sv": ["Medlemskap", "Fakturering", "Juniorer"], "en": ["Memberships", "Billing", "Juniors"]},
    "hotelsystem": {"fi": ["Opera PMS", "Mews", "Protel", "Kanta-asiakasportaali"],
                    "sv": ["Opera PMS", "Mews", "Bordsbokning Pro"], "en": ["Opera PMS", "Mews", "ResDiary"]},
    "clubsystem": {"fi": ["MyClub", "Hoika", "Gymsystem", "Jäsenrekisteri Sporttisi"],
                   "sv": ["MyClub", "IdrottOnline", "Gymsystem"], "en": ["ClubHub", "Gymsystem", "TeamSnap"]},
}
SERVICE_LINES = {
    "switchboard": {"fi": ["010 {3} {4}", "09 {3} {4}"], "en": ["020 {4} {4}", "0161 {3} {4}"],
                    "sv": ["08-{3} {2} {2}", "06-{3} {4}"]},
    "reception": {"fi": ["020 {3} {4}", "0600 {2} {3}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                  "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "clubline": {"fi": ["010 {3} {3}", "020 {3} {3}"], "en": ["0345 {3} {4}"], "sv": ["0200-{2} {2} {2}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
}

# What stays the same throughout one message.
STICKY = {"booking", "member", "loyalty", "hotel_fi", "hotel_en", "hotel_sv", "restaurant_fi", "restaurant_en",
          "restaurant_sv", "system_fi", "system_en", "system_sv", "gym_fi", "gym_en", "gym_sv", "team_fi", "team_en",
          "team_sv"}
LOOKS = {
    "twin": twin,
    "booking": lambda: DRAW.fill(R.choice(["RES-{6}", "{8}", "BK{7}", "VAR-{5}{A}", "{A}{A}{6}", "#{7}"])),
    "booking2": lambda: DRAW.fill(R.choice(["RES-{6}", "BK{7}", "{8}"])),
    "keycard": lambda: DRAW.fill(R.choice(["KC-{6}", "{x}{x}{x}{x}{x}{x}{x}{x}", "kortti {5}", "ASSA {6}"])),
    "member": lambda: DRAW.fill(R.choice(["{6}", "M-{6}", "J{7}", "{3} {3}"])),
    "member2": lambda: DRAW.fill(R.choice(["{6}", "M-{6}", "J{7}"])),
    "loyalty": lambda: DRAW.fill(R.choice(["{10}", "LC {4} {4}", "{3} {3} {4}", "PLT{8}"])),
    "table": lambda: str(R.randint(1, 48)),
    "shirt": lambda: str(R.randint(1, 99)),
    "score": lambda: f"{R.randint(0, 9)}–{R.randint(0, 9)}",
    "nights": lambda: str(R.randint(1, 9)),
    "qty": lambda: str(R.randint(2, 180)),
    "guests": lambda: str(R.randint(2, 12)),
    "age": lambda: str(R.randint(3, 16)),
    "year": lambda: str(R.randint(2008, 2020)),
    "pct": lambda: f"{R.randint(5, 50)} %",
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "PAL-{5}", "INC{7}", "LF-{5}", "ÄR-{6}"])),
    "locker": lambda: DRAW.fill(R.choice(["kaappi {3}", "L{3}", "skåp {2}", "locker {3}"])),
    "gate": lambda: R.choice(["Portti 1", "Ovi A", "Sisäänkäynti 2", "Gate 3", "Turnstile B", "Entré 1"]),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "orgnr": lambda: (lambda n: f"{n[:6]}-{n[6:]}")(identifiers.luhn(R, R.choice(["556", "559", "802"]), 10)),
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    "points_fi": lambda: points("fi"), "points_sv": lambda: points("sv"), "points_en": lambda: points("en"),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY
for _language in ("fi", "en", "sv"):
    # A role, a queue and a system of the message's service (the hotel chain's or the club's).
    for _kind in ("role", "queue", "system"):
        LOOKS[f"{_kind}_{_language}"] = lambda language=_language, kind=_kind: LOOKS[
            f"{CURRENT['service']}{kind}_{language}"]()

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the guest whose booking, complaint, charge or points it is; the
# member whose membership, payment or injury it is; the guardian who writes for a junior); a-h are third parties; k
# and j share the subject's surname (a spouse, a child); x bears a surname that a hotel, hall, arena or prize of the
# message also bears.

HOTEL_SHAPES = [
    # ---- Finnish: the hotel and restaurant chain
    ("varaus_fi", "fi",
     "Varausvahvistus {L:booking} – {L:hotel}\n\nVarauksen tekijä: {a.gs} (assistentti), {mail:a}, {phone:a}\n"
     "Saapuminen {L:date_fi}, {L:nights} yötä\n\nMajoittujat:\n{L:room} ({L:roomtype}): {s.SG}, {k.SG}, {j.SG} "
     "(lapsi, {L:age} v)\n{L:room}: {b.SG}, {c.SG}\n\nLisätoive: {s.g} saapuu myöhään, {phone:s}. {j.g.all} "
     "lisävuode. Aamiainen ({L:dish}) huoneeseen. {a.g.gen} mukaan lasku yritykselle, viite {L:viite}. Varaus ei liity "
     "{x.gs.all} ({L:twin}).\n"),
    ("ryhmavaraus_fi", "fi",
     "Ryhmävaraus {L:booking} – {L:hall}, {L:hotel}, {L:date_fi}\nYhteyshenkilö: {s.gs}, {phone:s}, {mail:s}\n\n"
     "sukunimi;etunimi;huone;saapuu;lähtee;puhelin;ruokavalio\n{s.s};{s.g};{L:room};{L:date_fi};{L:date_fi};"
     "{phone:s.e164};{L:diet}\n{a.s};{a.g};{L:room};{L:date_fi};{L:date_fi};{phone:a.e164};\n{b.s};{b.g};{L:room};"
     "{L:date_fi};{L:date_fi};{phone:b.e164};{L:diet}\n{c.s};{c.g};{L:room};{L:date_fi};{L:date_fi};;{L:diet}\n\n"
     "Myyntipäällikkö {d.gs} ({user:d}): illallinen {L:restaurant}, {L:qty} henkeä; {c.g.all} ei huonetta toisena "
     "yönä. Puhujana {e.gs}, {phone:e}.\n"),
    ("haat_fi", "fi",
     "HÄÄTILAUS {L:booking} – {L:hall}, {L:date_fi} klo {L:hour}\n\nTilaajat: {s.gs} ja {a.gs}\nPuhelin: {phone:s}, "
     "{phone:a}\n\nPöytä {L:table}: {s.gs}, {a.gs}, {b.gs} (bestman), {c.gs} (kaaso)\nPöytä {L:table}: {k.gs}, "
     "{d.gs}, {e.gs}\n\nMenu: {L:dish}, {L:dish}, jälkiruoka {L:dish}; maljaan {L:drink}, viini {L:wine}\n"
     "Allergiat: {b.g} – {L:diet}; {e.gs} – {L:diet}\n\nTarjoilupäällikkö {f.gs} ({phone:f}): ennakkomaksu "
     "{L:amount_fi} kortilta {card:s}. {x.gs.ade} ei ole varausta ({L:twin}).\n"),
    ("valitus_fi", "fi",
     "Aihe: Palaute – {L:hotel}, {L:room}, {L:date_fi}\n\nHei,\n\nvarasimme ({L:booking}) huoneen, mutta se ei "
     "ollut siivottu. Vastaanotossa {a.gs} lupasi uuden huoneen, mutta vuoropäällikkö {b.gs} kieltäytyi. Ravintolassa "
     "tarjoilija {c.g} toi {L:dish} väärin, vaikka puolisoni {k.gs} kertoi allergiasta ({L:diet}).\n\n"
     "Terveisin\n{s.gs}\n{phone:s}\n\n---\nAsiakaspalvelu ({d.gs}): hyvitys {L:amount_fi}; palaute {a.g.all} "
     "ja {b.gs.all}. {x.gs.abl} ei tullut palautetta ({L:twin}).\n"),
    ("loytotavara_fi", "fi",
     "LÖYTÖTAVARA {L:ticket} – {L:hotel}\nLöydetty: {L:date_fi} klo {L:hour}, {L:room}\nLöytäjä: siivooja "
     "{a.gs} ({user:a})\nEsine: puhelin, IMEI {imei:s}; takki ja lasten reppu (nimilappu \"{j.g} {j.s}\")\n\n"
     "Omistaja: {s.gs}, {phone:s}, tunnistettu varauksesta {L:booking}\nNoutaa: {b.gs} (valtakirja), {phone:b}\n"
     "Luovuttanut: {c.is} {L:stamp}. Lähetys postitse {L:amount_fi}. Vastaanotto {L:reception}.\n"),
    ("avainkortit_fi", "fi",
     "Avainkorttiloki – {L:hotel}, {L:room} ({L:system})\n\n{L:stamp}  KORTTI {L:keycard}  luotu  vieras {s.sgc}"
     "  vastaanotto {user:a}\n{L:stamp}  KORTTI {L:keycard}  luotu  vieras {k.sgc}  vastaanotto {user:a}\n"
     "{L:stamp}  AVAUS  {L:keycard}\n{L:stamp}  KORTTI {L:keycard}  luotu  {b.sgc}  vastaanotto {user:c}\n"
     "{L:stamp}  MITÄTÖITY {L:keycard}  {user:c}\n\nSelvitys ({d.gs}): {s.g} ilmoitti ({phone:s}) että "
     "huoneessa kävi tuntematon; kortin sai {b.gs}, jolle {c.gs} ({user:c}) sen antoi. Tallelokeron koodi vaihdettu, "
     "uusi koodi {s.g.all}: {door:s}.\n"),
    ("minibaari_fi", "fi",
     "Veloitusilmoitus – {L:hotel}, {L:room}, varaus {L:booking}\n\n{s.GS}\n\nMinibaari {L:date_fi}: {L:amount_fi}"
     "\nVahinko: tahra sohvassa, {L:amount_fi} (kerroskerhoja {a.gs} kirjasi, kuva liitteenä)\nVeloitettu kortilta "
     "{card:s} {L:date_fi}\n\n---\nVastaus: En ole käyttänyt minibaaria; huoneessa oli myös {k.gs} ja ystävämme "
     "{b.gs} ({phone:b}). {s.gs}, {phone:s}\n\n---\nVuoropäällikkö {c.gs}: minibaari hyvitetään, vahinko "
     "pysyy; lasku {L:invoice}.\n"),
    ("kantaasiakas_fi", "fi",
     "Kanta-asiakasohjelma – pisteiden siirto\n\nJäsen: {s.gs}, jäsennumero {L:loyalty}, tunnus {user:s}\nSiirto: "
     "{L:points_fi} jäsenelle {a.gs} ({L:loyalty}, {user:a})\nSyy: {a.g.gen} häämatka, {L:hotel}\n\nVahvistus "
     "lähetetty {phone:s}; kertakoodi {otp:s}, väliaikainen salasana "
     "{pwd:s}.\n\nKäsittelijä {b.gs}: {s.g.gen} tililtä löytyi myös "
     "{k.gs.gen} yhdistetty tunnus {user:k}; siirto tehty {L:date_fi}. Tasomuutos {L:pct} alennus. "
     "{x.gs.all} ei siirtoa ({L:twin}).\n"),
    ("poytavaraus_fi", "fi",
     "Pöytävaraukset {L:restaurant} – {L:date_fi}\n\nklo {L:hour} | pöytä {L:table} | {L:guests} hlö | {s.sg} | "
     "{phone:s} | puhelimitse, syntymäpäivä, {L:drink} tervetuliaismaljaksi\nklo {L:hour} | pöytä {L:table} | "
     "{a.sg} | {phone:a} | varausbotti\nklo {L:hour} | pöytä {L:table} | {b.sg} | {phone:b} | {L:diet}\n\n"
     "Botin keskustelu {L:hour}: \"{nick:s}: pöytä {L:guests} hengelle, {k.g} tulee myöhemmin\" – vahvistus "
     "tekstiviestillä {phone:s}. Salivastaava {c.gs}, {phone:c}. Varauslinja {L:reception}. "
     "Samana iltana pöytä myös {x.gs.ade} ({L:twin}), ei samaa seuruetta.\n"),
    ("vuoronvaihto_fi", "fi",
     "Vuoronvaihtopyyntö – {L:system}, {L:restaurant}\n\nPyytäjä: {s.gs} ({user:s})\nVuoro: {L:date_fi} "
     "{L:hour}–{L:hour}, salissa\nVaihtaja: {a.gs} ({user:a}), {phone:a}\nHyväksyjä: {b.gs} ({user:b})\n\n"
     "Viesti: {a.g.all} sopii, hän tekee {s.g.gen} aamuvuoron ja {s.g} ottaa {a.g.gen} iltavuoron. "
     "{c.gs} on sairauslomalla, siksi {d.g} ({phone:d}) kysyttiin ensin. Henkilökunnan oven koodi {a.g.all}: "
     "{door:a}.\nTila: hyväksytty {L:stamp} "
     "({b.i})\n"),
    ("pmsloki_fi", "fi",
     "{L:system} – muutosloki, varaus {L:booking}\n\n{L:stamp} {user:a} LUOTU vieras=\"{s.SG}\" puh={phone:s.e164}"
     "\n{L:stamp} {user:a} LISÄTTY vieras=\"{k.SG}\"\n{L:stamp} {user:b} MUUTETTU huone {L:room} -> {L:room}\n"
     "{L:stamp} {user:b} KORTTI veloitettu {L:amount_fi}\n{L:stamp} SMS → {phone:s.msisdn}: Hei {s.g}, huoneesi "
     "on valmis. /{L:hotel}\n{L:stamp} SMS → {num.msisdn}: Varauksesi {L:booking2} on vahvistettu.\n{L:stamp} "
     "SMS ← {phone:s.msisdn}: kiitos!\n\nLokin tarkisti {c.gs} ({user:c}); {a.g.gen} ja {b.g.gen} "
     "tunnukset ovat vastaanoton.\n"),
]

CLUB_SHAPES = [
    # ---- Finnish: the sports club and the gym chain
    ("jasenyys_fi", "fi",
     "Aihe: Jäsenyyden jäädytys – {L:gym}\n\nHei,\n\npyydän jäädyttämään jäsenyyteni ({L:plan}, jäsennumero "
     "{L:member}) {L:date_fi}–{L:date_fi} raskauden vuoksi. Puolisoni {k.gs} jatkaa omaa jäsenyyttään. "
     "Tunnukseni on {user:s}.\n\n{s.gs}\n{phone:s}\n\n---\nJäsenpalvelu ({a.gs}): jäädytys tehty; {L:class} -tuntien "
     "varaukset peruttu. Laskutus jatkuu {L:date_fi}, {L:amount_fi}/kk. Kuntosalivastaava {b.gs} tiedotettu.\n"),
    ("pt_fi", "fi",
     "PT-asiakasmuistio – {L:gym}\nAsiakas: {s.sg} (jäsen {L:member})\nValmentaja: {a.gs} ({user:a}), "
     "{phone:a}\n\n{L:date_fi}: kyykky 3×8, {L:class}; polvi kipeä vasemmalta. Fysioterapeutti {b.gs} "
     "({phone:b}) suositteli kevennystä.\n{L:date_fi}: {s.g} toi mukaan ystävänsä {c.gs.gen}; {c.g} harkitsee "
     "jäsenyyttä.\n{L:date_fi}: tavoite {L:pct} rasvaprosentti. Pukukaapin koodi {s.g.all}: {locker:s}.\n"
     "Seuraava tapaaminen {L:date_fi} klo {L:hour}. Sijaisena {d.gs}. "
     "Kilpailuvalmistelu: {x.gs.ade} ({L:twin}) ei ole tekemistä tämän asiakkaan kanssa.\n"),
    ("juniorit_fi", "fi",
     "{L:team} – pelaajat ja huoltajat {L:date_fi} ({L:sport})\n\nnro | pelaaja | huoltaja | puhelin | tuo / hakee\n"
     "{L:shirt} | {j.SG} | {s.sg} | {phone:s} | tuo ti ja to\n{L:shirt} | {a.SG} | {b.sg} | {phone:b} | hakee "
     "{c.g} ({phone:c})\n{L:shirt} | {d.SG} | {e.sg} | {phone:e} | tuo ja hakee\n\nHätäyhteys {j.g.all}: isovanhempi "
     "{f.gs}, {phone:f}. Valmentaja {g.gs}, {phone:g}. Huom. {a.g.all} saa luovuttaa vain {b.g.all} tai "
     "{c.g.all}.\n"),
    ("turnaus_fi", "fi",
     "Ilmoittautuminen: {L:cup}, {L:arena}, {L:date_fi}\nJoukkue: {L:team}\nYhteyshenkilö: {s.gs}, {phone:s}, "
     "{mail:s}\n\nPelaajat (nro, nimi, synt.):\n#{L:shirt} {j.GS} {L:year}\n#{L:shirt} {a.GS} {L:year}\n#{L:shirt} "
     "{b.GS} {L:year}\n#{L:shirt} {c.GS} {L:year}\nJoukkueenjohtaja {d.gs}, {phone:d}\n\nOsallistumismaksu "
     "{L:amount_fi}, viite {L:viite}. Edellinen ottelu {L:score}. Palkintojenjako "
     "{L:twin}; kysy lisää {x.gs.abl}, {phone:x}.\n"),
    ("valmentajat_fi", "fi",
     "Valmentajat ja tuomarit – kausi {L:year}\n\nrooli,sukunimi,etunimi,puhelin,sähköposti,tunnus\n"
     "päävalmentaja,{s.s},{s.g},{phone:s.e164},{mail:s},{user:s}\napuvalmentaja,{a.s},{a.g},{phone:a.e164},"
     "{mail:a},{user:a}\ntuomari,{b.s},{b.g},{phone:b.e164},,{user:b}\nhuoltaja,{c.s},{c.g},{phone:c.e164},,\n\n"
     "Huom. ({d.gs}): {b.gs.all} tuomarikortti {L:date_fi}; {a.g.gen} valmentajakoulutus kesken. Harjoitukset "
     "{L:arena}.\n"),
    ("portti_fi", "fi",
     "Kulunvalvonta – {L:gym}, {L:gate} ({L:system})\n\n{L:stamp} {tag:s} SISÄÄN OK\n{L:stamp} {tag:a} SISÄÄN OK"
     "\n{L:stamp} {tag:s} ULOS\n{L:stamp} {tag:b} HYLÄTTY (jäsenyys jäädytetty)\n{L:stamp} {tag:s} SISÄÄN OK "
     "(vieraana {c.gs})\n\nSelvitys ({d.gs}, {user:d}): {s.gs} toi ystävänsä {c.g.gen} omalla tagillaan; "
     "{b.gs} ({phone:b}) yritti jäädytetyllä jäsenyydellä. Ovikoodi yöajalle {s.g.all}: {door:s}; "
     "{c.g.gen} päiväkoodi {door:c}.\n"),
    ("suoraveloitus_fi", "fi",
     "Aihe: Maksusuunnitelma ja suoraveloitus – jäsen {L:member}\n\nHei {s.g},\n\nsopimuksemme mukaan "
     "rästit {L:amount_fi} maksetaan kolmessa erässä ({L:date_fi}, {L:date_fi}, {L:date_fi}). Suoraveloitus "
     "tililtä {iban:s} alkaa {L:date_fi}. Valtuutus {L:viite}.\n\n{a.gs}\n{L:role}\n\n---\nVastaus: Sopii. "
     "Jatkossa myös {k.g.gen} ja {j.g.gen} maksut samalta tililtä. {s.gs}, {phone:s}\n"),
    ("siirto_fi", "fi",
     "JÄSENYYDEN SIIRTO – {L:gym}\n\nLuovuttaja: {s.SG}, hetu {hetu:s}, puh. {phone:s}\nVastaanottaja: {k.SG} "
     "(puoliso), hetu {hetu:k}, puh. {phone:k}\nJäsenyys: {L:plan}, nro {L:member}, voimassa {L:date_fi} asti\n"
     "Siirtomaksu {L:amount_fi}\n\nLisätiedot: {s.g.gen} muutto ulkomaille; {k.g} saa uuden tagin ja "
     "käyttäjätunnuksen {user:k}. Käsittelijä {a.gs}. {x.gs.abl} ei siirtoa ({L:twin}).\n"),
    ("loukkaantuminen_fi", "fi",
     "VAHINKOILMOITUS {L:ticket}\nPaikka: {L:arena}, {L:date_fi} klo {L:hour}\nLoukkaantunut: {s.gs}, "
     "jäsen {L:member}, {phone:s}\nTapahtuma: nilkka vääntyi harjoituksissa ({L:sport})\nEnsiapu: {a.gs} "
     "(valmentaja); ambulanssi {L:emergency}\nTodistajat: {b.gs} ({phone:b}), {c.gs}\nOmainen ilmoitettu: "
     "{k.gs}, {phone:k}\n\nVakuutusyhtiölle lähetetty {L:date_fi}, käsittelijä {d.gs} ({user:d}).\n"),
    ("botti_fi", "fi",
     "Chat-loki {L:ticket} – {L:gym}\n{L:hour} SeuraBotti: Hei! Kirjoita jäsennumerosi.\n{L:hour} {nick:s}: "
     "{L:member}\n{L:hour} SeuraBotti: Kiitos. Oletko {s.gs}?\n{L:hour} {nick:s}: joo. en pääse sovellukseen\n"
     "{L:hour} {nick:s}: salasana oli {pwd:s} mutta ei toimi\n"
     "{L:hour} SeuraBotti: Ohjaan asiakaspalvelijalle.\n{L:hour} {a.g} (jäsenpalvelu): Moi {s.g}! Lähetin "
     "kertakoodin {otp:s} numeroon {phone:s}.\n{L:hour} {nick:s}: kiitos. poikani {j.g} haluaa {L:class} "
     "-tunnille, voiko hänet lisätä?\n{L:hour} {a.g}: Lisätty. Ohjaaja on {b.gs}.\n"),
    ("vienti_fi", "fi",
     "Varausjärjestelmän vienti {L:system} {L:date_fi}\n\n\"varaus\";\"tunti\";\"alkaa\";\"jäsen\";\"tunnus\";"
     "\"puhelin\"\n\"{L:booking}\";\"{L:class}\";\"{L:hour}\";\"{s.SG}\";\"{user:s}\";\"{phone:s.e164}\"\n"
     "\"{L:booking}\";\"{L:class}\";\"{L:hour}\";\"{a.SG}\";\"{user:a}\";\"{phone:a.e164}\"\n\"{L:booking}\";"
     "\"{L:class}\";\"{L:hour}\";\"{b.SG}\";\"{user:b}\";\"\"\n\nHuom. ({c.gs}): {s.g} varasi myös {k.g.all} "
     "paikan; {b.g.gen} jäsenyys päättyy {L:date_fi}.\n"),
]

HOTEL_SHAPES += [
    # ---- English: the hotel chain's UK properties
    ("reservation_en", "en",
     "Booking confirmation {L:booking} – {L:hotel}\n\nBooked by: {a.gs} (PA), {mail:a}, {phone:a}\nArrival: "
     "{L:date_en}, {L:nights} nights\n\nGuests:\n{L:room} ({L:roomtype}): {s.GS}, {k.GS}, {j.GS} (child, age "
     "{L:age})\n{L:room}: {b.GS}\n\nNotes: {s.g} will arrive late, mobile {phone:s}. Cot for {j.g}. Dinner at "
     "{L:restaurant}, {L:dish}. Not linked to {x.gs} ({L:twin}).\n"),
    ("conference_en", "en",
     "Conference booking {L:booking} – {L:hall}, {L:hotel}\nOrganiser: {s.gs}, {phone:s}, {mail:s}\n\n"
     "| Surname | First name | Room | Dietary | Mobile |\n| {s.s} | {s.g} | {L:room} | {L:diet} | {phone:s} |\n"
     "| {a.s} | {a.g} | {L:room} | | {phone:a} |\n| {b.s} | {b.g} | {L:room} | {L:diet} | {phone:b} |\n| {c.s} | "
     "{c.g} | day delegate | | |\n\nEvents coordinator {d.gs} ({user:d}): keynote by {e.gs} ({phone:e}); "
     "dinner {L:qty} covers, {L:wine}. Deposit {L:amount_en} to invoice {L:invoice}.\n"),
    ("banquet_en", "en",
     "WEDDING BREAKFAST – {L:hall}, {L:date_en}\nCouple: {s.gs} & {a.gs} ({phone:s}, {phone:a})\n\nTop table: "
     "{b.gs} (best man), {s.gs}, {a.gs}, {c.gs} (maid of honour)\nTable {L:table}: {k.gs}, {d.gs}, {e.gs}\n"
     "Menu: {L:dish}; {L:dish}; {L:dish}. Toast: {L:drink}. Wine: {L:wine}\nAllergies: {d.g} – {L:diet}; {c.g} – "
     "{L:diet}\n\nBanqueting manager {f.gs} ({phone:f}): balance {L:amount_en} taken from card {card:s}. {x.gs} "
     "has no booking with us ({L:twin}).\n"),
    ("complaint_en", "en",
     "Subject: Complaint – stay {L:date_en}, {L:room}\n\nDear Guest Relations,\n\nreservation {L:booking}: the room "
     "had not been cleaned. The receptionist, {a.gs}, was helpful but the duty manager {b.gs} refused to move us. "
     "At breakfast {c.g} served my husband {k.g} {L:dish} despite his {L:diet}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Guest relations ({d.gs}): refund {L:amount_en}; feedback passed to {a.g} and {b.gs}.\n"),
    ("lostfound_en", "en",
     "LOST PROPERTY {L:ticket} – {L:hotel}\nFound: {L:date_en} {L:hour}, {L:room}, by housekeeper {a.gs} "
     "({user:a})\nItem: smartphone, IMEI {imei:s}; child's teddy labelled {j.g}\nOwner: {s.gs}, {phone:s} "
     "(matched to booking {L:booking})\nCollect: {b.gs} on the owner's behalf, {phone:b}\nReleased by {c.is} "
     "{L:stamp}. Postage {L:amount_en}. Reception {L:reception}.\n"),
    ("keycard_en", "en",
     "Door lock audit – {L:hotel}, {L:room} ({L:system})\n\n{L:stamp} ENCODE {L:keycard} guest={s.sgc} "
     "by={user:a}\n{L:stamp} ENCODE {L:keycard} guest={k.sgc} by={user:a}\n{L:stamp} OPEN {L:keycard}\n"
     "{L:stamp} ENCODE {L:keycard} guest={b.sgc} by={user:c}\n{L:stamp} CANCEL {L:keycard} by={user:c}\n\n"
     "Investigation ({d.gs}): {s.g} reported ({phone:s}) a stranger in the room; {c.gs} ({user:c}) issued a card "
     "to {b.gs} without ID. New safe code for {s.g}: {door:s}.\n"),
    ("loyalty_en", "en",
     "Loyalty programme – points transfer\n\nMember: {s.gs}, no. {L:loyalty}, login {user:s}\nTransfer: "
     "{L:points_en} to {a.gs} (no. {L:loyalty}, login {user:a})\nReason: {a.g}'s honeymoon at {L:hotel}\n\n"
     "Confirmation code sent to {phone:s}: {otp:s}. Temporary password "
     "{pwd:s}\n\nAgent {b.gs}: {s.g}'s household account also lists "
     "{k.gs} ({user:k}). Not to be confused with {x.gs} ({L:twin}).\n"),
]

CLUB_SHAPES += [
    # ---- English: the gym chain and the sports club in the UK
    ("membership_en", "en",
     "Subject: Freeze my membership – {L:gym}\n\nHi,\n\nplease freeze my membership ({L:plan}, member {L:member}) "
     "from {L:date_en} to {L:date_en}, surgery. My wife {k.gs} keeps hers. My login is {user:s}.\n\n{s.gs}\n"
     "{phone:s}\n\n---\nMembership adviser {a.gs}: freeze applied; {L:class} bookings cancelled. Billing resumes "
     "{L:date_en} at {L:amount_en}/month. Copy to {b.gs}.\n"),
    ("ptnotes_en", "en",
     "PT client notes – {L:gym}\nClient: {s.sgc} (member {L:member})\nTrainer: {a.gs} ({user:a}), {phone:a}\n\n"
     "{L:date_en}: deadlifts 4×6, {L:class}; left shoulder tight. Physio {b.gs} ({phone:b}) advised rest.\n"
     "{L:date_en}: {s.g} brought a friend, {c.gs}, who may join.\n{L:date_en}: locker code for {s.g}: "
     "{locker:s}. Cover trainer {d.gs}.\n"),
    ("junior_en", "en",
     "{L:team} – players and parents, {L:date_en} ({L:sport})\n\nNo. | Player | Parent/guardian | Mobile | Drop-off / "
     "pick-up\n{L:shirt} | {j.SG} | {s.gs} | {phone:s} | drops off Tue\n{L:shirt} | {a.SG} | {b.gs} | {phone:b} | "
     "collected by {c.g} ({phone:c})\n{L:shirt} | {d.SG} | {e.gs} | {phone:e} | both\n\nEmergency contact for "
     "{j.g}: grandmother {f.gs}, {phone:f}. Coach {g.gs}, {phone:g}. {a.g} may only go home with {b.g} or "
     "{c.g}.\n"),
    ("tournament_en", "en",
     "Entry form: {L:cup} qualifier, {L:arena}, {L:date_en}\nTeam: {L:team}\nContact: {s.gs}, {phone:s}, {mail:s}"
     "\n\nSquad:\n#{L:shirt} {j.GS} ({L:year})\n#{L:shirt} {a.GS} ({L:year})\n#{L:shirt} {b.GS} ({L:year})\n"
     "Manager {c.gs}, {phone:c}; referee {d.gs}\n\nEntry fee {L:amount_en}. Last result {L:score}. The trophy is "
     "presented at {L:twin}, not by {x.gs}.\n"),
    ("gate_en", "en",
     "Access log – {L:gym}, {L:gate} ({L:system})\n\n{L:stamp} {tag:s} IN granted\n{L:stamp} {tag:a} IN granted\n"
     "{L:stamp} {tag:s} OUT\n{L:stamp} {tag:b} IN denied (frozen)\n{L:stamp} {tag:s} IN granted (guest {c.gs})\n\n"
     "Note ({d.gs}, {user:d}): {s.gs} brought {c.g} in on their tag; {b.gs} ({phone:b}) tried a frozen "
     "membership. Night door code for {s.g}: {door:s}; day pass code for {c.g}: {door:c}.\n"),
    ("injury_en", "en",
     "ACCIDENT REPORT {L:ticket}\nWhere: {L:arena}, {L:date_en} {L:hour}\nInjured: {s.gs}, member {L:member}, "
     "{phone:s}\nWhat happened: twisted knee in {L:sport} training\nFirst aid: {a.gs} (coach); ambulance "
     "{L:emergency}\nWitnesses: {b.gs} ({phone:b}), {c.gs}\nNext of kin: {k.gs}, {phone:k}\n\nSent to insurer "
     "{L:date_en}, handler {d.gs} ({user:d}). Not related to {x.gs} ({L:twin}).\n"),
    ("botchat_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} ClubBot: Hi! What's your member number?\n{L:hour} {nick:s}: "
     "{L:member}\n{L:hour} ClubBot: Thanks. Are you {s.gs}?\n{L:hour} {nick:s}: yes. direct debit failed\n"
     "{L:hour} ClubBot: Passing you to an agent.\n{L:hour} {a.g} (Membership): Hi {s.g}, I've sent a code to "
     "{phone:s}: {otp:s}. Please confirm the account {iban:s}.\n{L:hour} {nick:s}: confirmed. my daughter {j.g} "
     "wants {L:class} too\n"),
]

HOTEL_SHAPES += [
    # ---- Swedish: the chain's Finland-Swedish and Swedish properties
    ("bokning_sv", "sv",
     "Bokningsbekräftelse {L:booking} – {L:hotel}\n\nBokad av: {a.gs}, {mail:a}, {phone:a}\nAnkomst: {L:date_sv}, "
     "{L:nights} nätter\n\nGäster:\n{L:room} ({L:roomtype}): {s.SG}, {k.SG}, {j.SG} (barn, {L:age} år)\n"
     "{L:room}: {b.SG}\n\nÖnskemål: {s.g} kommer sent, {phone:s}. Extrasäng åt {j.g}. {a.gs.gen} faktura till "
     "företaget. Gäller inte {x.gs.gen} bokning ({L:twin}).\n"),
    ("konferens_sv", "sv",
     "Konferensbokning {L:booking} – {L:hall}, {L:hotel}\nKontaktperson: {s.gs}, {phone:s}, {mail:s}\n\n"
     "efternamn;förnamn;rum;kost;mobil\n{s.s};{s.g};{L:room};{L:diet};{phone:s.e164}\n{a.s};{a.g};{L:room};;"
     "{phone:a.e164}\n{b.s};{b.g};{L:room};{L:diet};{phone:b.e164}\n{c.s};{c.g};dagdeltagare;;\n\n"
     "Konferensvärd {d.gs} ({user:d}): middag {L:qty} kuvert, {L:wine}. {c.gs.gen} rum avbokat.\n"),
    ("bord_sv", "sv",
     "Bordsbokningar {L:restaurant} – {L:date_sv}\n\nkl. {L:hour} | bord {L:table} | {L:guests} pers | {s.sg} | "
     "{phone:s} | per telefon, {L:drink} vid ankomst\nkl. {L:hour} | bord {L:table} | {a.sg} | {phone:a} | "
     "bokningsbot\nkl. {L:hour} | bord {L:table} | {b.sg} | {phone:b} | {L:diet}\n\nBoten: \"{nick:s}: bord för "
     "{L:guests}, {k.g} kommer senare\". Hovmästare {c.gs}, {phone:c}. Bordsbokning {L:reception}.\n"),
    ("klagomal_sv", "sv",
     "Ämne: Klagomål – {L:hotel}, {L:room}\n\nHej,\n\nbokning {L:booking}: rummet var inte städat. Receptionisten "
     "{a.gs} lovade nytt rum men {b.gs} sade nej. I restaurangen fick min man {k.g} {L:dish} trots {L:diet}.\n\n"
     "{s.gs}\n{phone:s}\n\n---\nKundtjänst ({c.gs}): återbetalning {L:amount_sv}; {a.gs.gen} och {b.gs.gen} chef "
     "informerad. {x.gs.gen} klagomål ({L:twin}) är ett annat ärende.\n"),
    ("sms_sv", "sv",
     "SMS-logg {L:system} – {L:hotel}\n\n{L:stamp} → {phone:s.msisdn}: Hej {s.g}! Ditt rum {L:room} är klart. "
     "Dörrkod {door:s}\n{L:stamp} ← {phone:s.msisdn}: tack!\n{L:stamp} → {phone:k.msisdn}: Hej {k.g}, "
     "frukost {L:hour}–{L:hour}.\n{L:stamp} → {num.msisdn}: Din bokning {L:booking2} är bekräftad.\n{L:stamp} → "
     "{phone:a.msisdn}: Hej {a.g}, hittegods: laddare.\n\nSkickat av {b.gs} ({user:b}); {s.gs.gen} nummer "
     "kontrollerat.\n"),
]

CLUB_SHAPES += [
    # ---- Swedish: the club and the gym chain
    ("medlemskap_sv", "sv",
     "Ämne: Vilande medlemskap – {L:gym}\n\nHej,\n\njag vill vila mitt medlemskap ({L:plan}, medlemsnummer "
     "{L:member}) {L:date_sv}–{L:date_sv}. Min sambo {k.gs} fortsätter. Inloggning {user:s}.\n\n{s.gs}\n"
     "{phone:s}\n\n---\nMedlemsservice ({a.gs}): vilande från {L:date_sv}; {L:class}-bokningar avbokade. "
     "Skåpkod för {s.g} nollställd: {locker:s}. {x.gs.gen} kort ({L:twin}) berörs inte.\n"),
    ("juniorlag_sv", "sv",
     "{L:team} – spelare och vårdnadshavare ({L:sport})\n\nnr | spelare | vårdnadshavare | mobil | lämnar / hämtar\n"
     "{L:shirt} | {j.SG} | {s.sg} | {phone:s} | lämnar tis\n{L:shirt} | {a.SG} | {b.sg} | {phone:b} | hämtas av "
     "{c.g} ({phone:c})\n{L:shirt} | {d.SG} | {e.sg} | {phone:e} | båda\n\nNödkontakt för {j.g}: morfar "
     "{f.gs}, {phone:f}. Tränare {g.gs}. {a.gs.gen} hämtning endast av {b.g} eller {c.g}. {x.gs.gen} pokal "
     "({L:twin}) delas ut efter matchen.\n"),
    ("autogiro_sv", "sv",
     "Ämne: Avbetalningsplan och autogiro – medlem {L:member}\n\nHej {s.g},\n\nenligt överenskommelse betalas "
     "skulden {L:amount_sv} i tre delar. Autogiro från konto {iban:s} startar {L:date_sv}. OCR {L:invoice}.\n\n"
     "{a.gs}\n{L:role}\n\n---\nSvar: Okej. {k.gs.gen} avgift dras från samma konto. {s.gs}, {phone:s}\n"),
    ("skadeanmalan_sv", "sv",
     "SKADEANMÄLAN {L:ticket}\nPlats: {L:arena}, {L:date_sv} kl. {L:hour}\nSkadad: {s.gs}, medlem {L:member}, "
     "{phone:s}\nHändelse: fotled vrickad under träning ({L:sport})\nFörsta hjälpen: {a.gs} (tränare); ambulans "
     "{L:emergency}\nVittnen: {b.gs} ({phone:b}), {c.gs}\nAnhörig: {k.gs}, {phone:k}\n\nSkickat till försäkringen "
     "{L:date_sv}, handläggare {d.gs} ({user:d}).\n"),
]

SHAPES = HOTEL_SHAPES + CLUB_SHAPES
HOTEL_NAMES = {name for name, _, _ in HOTEL_SHAPES}

# The earlier mail a reply quotes, the copies under it, and the record around it.
QUOTES = {"fi": ["\n\n> {L:date_fi} klo {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Tämä tuli yhteiseen "
                 "laatikkoon {shared}, hoidatko? {h.g}\n",
                 "\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi}\n"
                 "Vastaanottaja: {shared}\nAihe: VS: {L:ticket}\n\nSiirrän {a.g.all}. Kiitos, {h.g}\n"],
          "en": ["\n\n> On {L:date_en} {h.gs} <{mail:h}> wrote:\n> Came in via {shared}. Can you pick it up? {h.g}\n",
                 "\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:date_en} {L:hour}\nTo: {shared}\n"
                 "Subject: FW: {L:ticket}\n\nOver to {a.g}. {h.g}\n"],
          "sv": ["\n\n> {h.gs} <{mail:h}> skrev {L:date_sv}:\n> Kom in till {shared}. Tar du den? /{h.g}\n"]}
COPIES = {"fi": ["\nKopio: {e.gs} ({phone:e}); {f.is}\n", "\nTiedoksi: {f.sgc} <{mail:f}>\n",
                 "\nSeuraajat: {e.gs}, {f.gs}, {shared}\n", "\n@{e.g} @{f.g} katsotteko tämän?\n"],
          "en": ["\ncc: {e.gs}; {f.is} ({phone:f})\n", "\nWatchers: {e.sgc}; {f.gs} <{mail:f}>\n",
                 "\ncc: {shared}; {e.gs}\n"],
          "sv": ["\nKopia: {e.gs}; {f.gs} <{mail:f}>\n", "\nBevakare: {e.sgc}, {phone:e}; {shared}\n"]}
RECORDS = {
    "fi": ["\n--\n{L:system} | Tiketti {L:ticket} | päivitetty {L:stamp}\nKäsittelijä: {g.gs} ({L:role}), "
           "{phone:g}\nJono: {L:queue}\n",
           "\n\nYstävällisin terveisin\n{g.gs}\n{L:role}\n{phone:g} | vaihde {L:switchboard}\nY-tunnus {L:ytunnus}\n",
           "\n--\nKäsittelijä {g.is} ({user:g}) {L:stamp}, {L:system}\n",
           "\n\nAsiakaspalvelu {L:reception} (ma–su 7–22), seuran toimisto {L:clubline}, hätätilanteessa "
           "{L:emergency}\n{g.gs}\n"],
    "en": ["\n--\n{L:system} | Case {L:ticket} | updated {L:stamp}\nHandler: {g.gs} ({L:role}), "
           "{phone:g}\nQueue: {L:queue}\n",
           "\n\nKind regards\n{g.gs}\n{L:role}\nDirect: {phone:g} | Switchboard: {L:switchboard}\n{L:companyno}\n",
           "\n--\nClosed by {g.is} ({user:g}) {L:stamp}\n"],
    "sv": ["\n--\n{L:system} | Ärende {L:ticket} | uppdaterat {L:stamp}\nHandläggare: {g.gs} ({L:role}), "
           "{phone:g}\nKö: {L:queue}\n",
           "\n\nVänliga hälsningar\n{g.gs}\n{L:role}\n{phone:g} | växel {L:switchboard}\nFO-nummer {L:ytunnus}\n",
           "\n--\nHandläggare {g.is} ({user:g}) {L:stamp}, {L:system}\n"],
}


def namesake(language, others):
    """A third party whose surname a hotel, a hall, an arena or a prize of the message's language also bears: a
    NAME."""
    return PEOPLE.namesake(language, sorted(EPONYMS[language]), others)


draw = generation.case_draw(
    "held-out-47", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "hotel" if name in HOTEL_NAMES else "club", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 80, "EMAIL": 400, "USERNAME": 300,
            "look-alikes": 7000, "CREDENTIAL": 80, "IBAN": 30, "PAYMENT_CARD": 30, "NATIONAL_ID": 20,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("dishes, drinks and wines", lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("dish", "drink", "wine")),
                 ("classes, cups and gyms", lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("class", "cup", "gym"))],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso"), tally=generation.NameForms(PHONES),
                check=generation.new_forms_check("held-out-47.jsonl"))
