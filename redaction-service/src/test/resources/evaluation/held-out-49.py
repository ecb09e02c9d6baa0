#!/usr/bin/env python3
r"""Generates the forty-ninth held-out set (held-out-49.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 48: nobody tunes on it. Its writer read no detection code, list, rule, model, test
or docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-48 lack: (a) a
regional public transport authority's customer service and (b) a parish union's and its funeral services' customer
service, as their service desk sees them, in 45 shapes (23 Finnish, 13 English, 9 Swedish), each written in the language
its kind of text is written in, with the earlier mail a reply quotes, copies and watchers under it and the record around
it (a case-system footer with the handler and the queue, or a signature with the switchboard and the business id).
(a) personal travel cards (a lost card replaced and its balance moved, collected by a sibling or a partner with a
collection code), discount entitlements (seniors, students, a child with both guardians and a grandparent who collects),
fare inspection penalty notices (the inspector's number and name, the passenger's identity code) and their disputes (a
witness, the inspector's supervisor), refunds to an account (a season paid by the spouse's card), the ticket app's
logins and one-time codes (a child's login and PIN on the same account), demand-responsive and service transport
bookings (the escort, the next of kin to ring, the door code or key safe, the driver's login and handset), school
transport lists (pupils, guardians, the driver), drivers' shift and incident logs with driver logins and the handsets'
IMEIs, complaints naming a driver, lost property (a found phone's IMEI), city bike accounts, the card system's export
(CSV), an SMS log, a journey planner bot's chat handed to an agent.
(b) baptism, confirmation camp and club registrations with both guardians (godparents, a friend wished for at camp, a
neighbour who collects with a pick-up code), wedding bookings (the couple, the officiant, the witnesses), funeral
arrangements (the deceased, the next of kin who arranges, the undertaker's contact person, the memorial's caterer, the
relative who gives the eulogy), grave maintenance contracts and grave-site holders (the interred, the heir the right
passes to), church and hall bookings (the door code), memorial donations paid by card, extracts and family-history
certificates asked for with identity codes (the deceased parent's too), parish staff rotas and shift notes, the
membership register's export.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
old biblical and calendar Finnish given names joined (Gideon-Taavetti: Gideon-Taavetille, Heikki-Ananias:
Heikki-Ananiakselle, Aurora-Kyllikki: Aurora-Kyllikille, Hulda-Rebekka), Finnish compound surnames of fur-animal words
with a place word (Hirvaslahti: Hirvaslahdelle, Vesikkokorpi: Vesikkokorvesta, Vesikkojärvi: Vesikkojärveltä,
Hillerisaari, Vesikkomäki: Vesikkomäeltä, Oravaoja-Kettuvaara); Swedish given names joined (Ebba-Lovisa, Holger-Edvin)
with Åland and Åboland village and farm surnames (Finbofors-Lemböte, Kökarsö-Mattsbacka, Vargatavik-Hammarudd,
Tjudö-Sundsbacka); Icelandic, Northern Sámi, Greenlandic, West Frisian, Romansh, Sardinian, Brazilian Portuguese,
Hungarian, Romanian, Albanian, Serbian, Croatian and Bosnian, Polish, Ukrainian, Estonian, Georgian, Armenian,
Azerbaijani and Turkish, Kurdish, Persian, Dari and Pashto, Amharic and Tigrinya, Somali, Swahili, Shona, Wolof,
Kinyarwanda and Congolese, Tamil, Nepali, Thai, Filipino, Tongan and Fijian, Hebrew, Jamaican and Trinidadian,
Québécois, Kyrgyz and Tajik, Iraqi and Gulf Arabic and Rioplatense Spanish ones, all two given names and a double
surname (Dagbjört Ásdís Kvaran-Sæmundsdóttir, Biret Inger Utsi-Gaup, Pipaluk Nivi Zeeb-Lynge, Efisia Bonaria Mulas
Porcu, Nesrîn Berfîn Hawrami-Doski, Ruqayya Fatimah Al-Tamimi Al-Obaidi, Kemar Omari Ramdial-Maragh); in the Finnish
cases in Finnish prose (Vesna Snježanalta, Lomidze-Kapanadzelta, Anan Somchaille) and the Swedish genitive in Swedish
(Kökarsö-Mattsbackas), in capitals on forms (LEMBÖTE Valdemar-Einar, RUFARO NYASHA NCUBE-MUTASA), surname first in
lists, school transport lists and exports, initials (S.-I. Lumikkoharju, Þ. Thors-Sæmundsdóttir) in signatures and
footers, lower-case handles in chat.
Spans: as in sets 47 and 48, a person's given names are one NAME span however many they are (Giommaria Gavino,
Eenokki-Taavetti) and the surname is one NAME span, a double surname or one of two words too (Ćosić-Begović, Mulas
Porcu, Al-Tamimi Al-Obaidi); the two are separate spans with the space between them unlabelled.
Look-alikes named after people: churches and chapels named after saints and people (Mikael Agricolan kirkko, Pyhän
Laurin kirkko, Tuomaankirkko, Paavalinkirkko, Johanneksenkirkko, Pyhän Henrikin katedraali, Sofia Magdalena kyrka, S:t
Olofs kyrka, St Olav's, St Michael and All Angels), halls named after a former vicar (rovasti Ilmosen sali, kyrkoherde
Lindqvists sal, the Canon Whitby Room), memorial funds named after people (Martta ja Eino Hallan muistorahasto, Emma och
Anders Kihlbergs minnesfond, the Mary Sumner Memorial Fund), Bible references and readings (Joh. 3:16, Luukkaan
evankeliumi, Matteus 5, Ruutin kirja 1:16, Psaltaren 23, Romans 8:38-39), hymn numbers with their authors as a hymnal
writes them (virsi 341 (Lina Sandell), virsi 377, san. J. L. Runeberg, Abide with Me (Henry Francis Lyte)), saints' and
name days (Mikkelinpäivä, Pyhän Henrikin päivä, Mikaelidagen, St Stephen's Day), and the lines, stops, stations and
streets named after people (Sibeliuksen puisto, Aleksis Kiven katu, Ida Aalbergin tie, Topeliuksenkatu, Runebergsgatan,
Tegnérgatan, Sibeliuksen puisto stop, Wilberforce Road stop); in 18 shapes a third party bears the same surname as a
street, stop, depot, church, chapel or hall of the message in another form than the thing (a Finnish case that is not
the thing's nominative or genitive: Caloniukselta, Chydeniukseen, Ståhlbergiltä, Paciukselle, Agricolalle,
Vartiovaaralta, Jusleniukseen, Hedbergiä; the Swedish genitive beside a compound: Gadolins, Wredes, Wallins, Franzéns,
Sucksdorffs; the singular beside an English place's plural: Lancelyn, Keble, Shillibeer, Pusey, Tyndale, Cranmer) and is
a NAME.
Labelling policy, as in set 48, with these for the new kinds. The subject is the register's known person: the card
holder, the guardian who applies for a child's discount, the passenger fined or disputing a fine, the one whose refund,
app account, bike account or found phone it is, the booker of a ride (the passenger), the guardian who writes the school
transport change, the complainant, the driver who writes a shift log; the guardian who registers a baptism, a camp or a
club, the one of the couple who books the wedding, the next of kin who arranges a funeral, the grave-site holder, the
booker of a church or a hall, the donor, the one who asks for an extract, and the member of staff who writes a shift
note. Everyone else is a third party: the deceased, spouses, partners, siblings, children, the other guardian,
grandparents, godparents, witnesses, escorts, neighbours, inspectors and their supervisors, drivers, coordinators,
priests, cantors, vergers, undertakers' contact persons, caterers, lawyers, handlers and agents. Every person's phone is
a PHONE; a service's number is a look-alike (the switchboard, the customer and booking lines, 112, 999). Shared
mailboxes (matkakortit@, tarkastusmaksut@, hautaustoimi@, penaltyfares@, begravning@) are EMAIL, role "third". Staff,
driver, app, bike and member logins and chat handles are USERNAME. The IMEI of a driver's handset is a DEVICE_ID of the
driver, of a found phone its owner's. Accounts are IBAN (valid check digits), cards PAYMENT_CARD (valid Luhn), identity
codes NATIONAL_ID (valid check character). A one-time code, an app or bike PIN, a collection code and a door or key-safe
code given to someone are CREDENTIAL of the one they are given to (a collection code sent to the sibling or partner who
collects a card, a child's PIN, a neighbour's club pick-up code a third party's). Look-alikes (kept): travel card
numbers (not payment cards), penalty, inspector, booking, fleet and bike numbers, lines, stops, stations, depots,
vehicles and their plates, zones, fare products, discounts, schools, churches, halls, funds, cemeteries, grave block,
row and plot numbers, Bible references, hymns, saints' and name days, undertakers, caterers, camps, parishes,
certificates, ceremonies, clubs, ages, years, amounts, invoice, ticket and Finnish reference numbers, business ids and
charity numbers, dates and times, streets, towns, roles, queues, systems.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 10,932 NAME
(1,716 the subject's) in 1,226 distinct forms, 1,175 of them (95.8 %) new to every other labelled set by
new-name-forms.py (the others are initials); 1,773 PHONE (607 the subject's) of 113 countries and territories; 1,111
EMAIL (752 third parties' and shared mailboxes, 350 of them shared); 1,063 USERNAME (staff, driver, app, bike and member
logins, chat handles; 173 the subject's); 262 CREDENTIAL (175 the subject's: 87 door and key-safe codes, 59 one-time
codes, 29 app and bike PINs; 87 third parties': 30 collection codes, 43 children's PINs, 14 neighbours' pick-up codes);
29 IBAN (the subject's refund account); 87 PAYMENT_CARD (73 the subject's, 14 a spouse's); 43 NATIONAL_ID (29 the
subject's on penalty notices and extract requests, 14 a deceased parent's); 56 DEVICE_ID (28 drivers' handsets' of a
third party, 14 the log writer's own handset, 14 found phones', the subject's); 7,669 look-alikes (2,238 dates and
times, 537 service numbers, 259 namesakes' things, 613 travel card, penalty, inspector, booking, fleet, bike numbers and
plates, 512 lines, stops, stations and depots, 587 churches, halls, funds, Bible references, hymns, saints' days and
cemeteries, 86 grave sites) from 714 pairs of shape and kind, 4,541 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-49.py --check asserts it and that more than half the name forms are new
to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-49.py > held-out-49.jsonl (python3 held-out-49.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers
from name_forms import inflect as fi

R, DRAW, CLOCK = generation.seeded(49494949)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-48 as name forms when this set was written; the
# Finnish given names are old biblical and calendar ones joined, the surnames compounds of fur-animal words with a place
# word; the Swedish ones Åland and Åboland village and farm names.

FI_MEN = ["Eenokki-Taavetti", "Iivari-Jalmari", "Taavetti-Onni", "Jalmari-Eenokki", "Sakari-Iivari", "Onni-Manasse",
          "Manasse-Eliel", "Eliel-Sakari", "Heikki-Ananias", "Ananias-Vilho", "Vilho-Efraim", "Efraim-Kalle",
          "Kalle-Gideon", "Gideon-Taavetti", "Joonatan-Eliel", "Israel-Jalmari", "Immanuel-Onni", "Samuel-Iivari",
          "Benjamin-Vilho", "Jeremias-Efraim", "Aabraham-Kalle", "Ruuben-Gideon"]
FI_WOMEN = ["Hilma-Sofronia", "Sofronia-Eveliina", "Eveliina-Hulda", "Hulda-Serafiina", "Serafiina-Aurora",
            "Aurora-Kyllikki", "Kyllikki-Hilma", "Amalia-Impi", "Impi-Naemi", "Naemi-Amalia", "Tekla-Elviira",
            "Elviira-Rakel", "Rakel-Tekla", "Siviä-Aurora", "Lempi-Naemi", "Hulda-Rebekka", "Rebekka-Siviä",
            "Debora-Lempi", "Saara-Serafiina", "Ester-Kyllikki", "Hanna-Debora", "Mirjami-Ester"]
FI_SURNAMES = ["Oravajärvi", "Ahmasaari", "Vesikkomäki", "Lumikkosalo", "Kontiokallio", "Lumikkomäki", "Näätälampi",
               "Kärppäranta", "Hillerivuori", "Oravaoja", "Vesikkolampi", "Vesikkojärvi", "Hirvaslahti", "Peuravuori",
               "Lumikkoranta", "Hillerikallio", "Näätäaho", "Oravavuori", "Kettuharju", "Vesikkoaho", "Lumikkoharju",
               "Majavalampi", "Näätäkallio", "Oravakoski", "Hirvasaho", "Hirvassalo", "Majavakoski", "Kontiokorpi",
               "Kettuvaara", "Vesikkokorpi", "Hilleriranta", "Hirvaskorpi", "Hillerisaari", "Siilivaara",
               "Vesikkoharju", "Vesikkooja"]
FI_SURNAMES += ["Oravaoja-Kettuvaara", "Näätäaho-Siilivaara", "Kärppäranta-Hirvaslahti"]
SV_GIVEN = ["Gunnel-Maj", "Torvald-Elis", "Ebba-Lovisa", "Elis-Holger", "Holger-Edvin", "Maj-Britta",
            "Valdemar-Einar", "Britta-Gunnel", "Einar-Torvald", "Solveig-Ebba", "Greta-Solveig", "Folke-Elis",
            "Alfhild-Greta", "Ture-Folke", "Dagmar-Alfhild", "Helmer-Ture", "Ottilia-Dagmar", "Rurik-Helmer",
            "Sigrid-Ottilia", "Algot-Rurik"]
SV_SURNAMES = ["Finbofors", "Grelsby-Söderkulla", "Mattsbacka", "Vargatavik", "Lemböte", "Kökarsö-Mattsbacka",
               "Sundsbacka", "Jomalsby", "Hammarudd", "Söderkulla", "Finbofors-Lemböte", "Vinterspjut",
               "Lejonklo", "Stålhammar-Grelsby", "Grelsby", "Vargatavik-Hammarudd", "Bergkvarnsö", "Tjudö-Sundsbacka",
               "Dalsbruk-Lejonklo", "Kvarnbo"]
WORLD = {
    "icelandic": (["Ásdís Sæunn", "Dagbjört Ásdís", "Sæunn Hrafnhildur", "Hrafn Þorgrímur", "Þorgrímur Hrafn",
                   "Bjarki Snorri"],
                  ["Kvaran-Hallgrímsson", "Kvaran-Sæmundsdóttir", "Thors-Sæmundsdóttir", "Thors-Kvaran",
                   "Thors-Ásgeirsdóttir"], ["IS"]),
    "sami": (["Elle Biret", "Biret Inger", "Biret Máret", "Ánde Niillas", "Niillas Heaika", "Ánde Jovnna"],
             ["Balto-Somby", "Gaup-Somby", "Eira-Somby", "Utsi-Gaup", "Balto-Gaup"], ["NO", "SE", "FI"]),
    "greenlandic": (["Pipaluk Paninnguaq", "Nivi Ivalo", "Pipaluk Nivi", "Aqqaluk Malik", "Aqqaluk Inunnguaq",
                     "Aqqaluk Kunuk"],
                    ["Kreutzmann-Lynge", "Zeeb-Kreutzmann", "Zeeb-Lynge", "Olsvig-Zeeb", "Olsvig-Petrussen"],
                    ["GL", "DK"]),
    "frisian": (["Sytske Froukje", "Baukje Froukje", "Froukje Sytske", "Sjoerd Wiebe", "Jelle Tsjalle",
                 "Wiebe Tsjalle"],
                ["Zijlstra-Hoekstra", "Zijlstra-Wijbenga", "Hoekstra-Zijlstra", "Bouma-Hoekstra", "Dijkstra-Zijlstra"],
                ["NL", "BE"]),
    "romansh": (["Ursina Mengia", "Seraina Ladina", "Seraina Ursina", "Men Gion", "Gion Men", "Reto Curdin"],
                ["Derungs-Tscharner", "Tscharner-Caduff", "Cathomen-Casanova", "Tscharner-Cathomen", "Cathomen-Caduff"],
                ["CH", "AT"]),
    "sardinian": (["Efisia Bonaria", "Bonaria Luxoria", "Efisia Luxoria", "Giommaria Gavino", "Salvatorangelo Gavino",
                   "Salvatorangelo Efisio"],
                  ["Sanna Mulas", "Mulas Porcu", "Pinna Mulas", "Murgia Sanna", "Sanna Porcu"], ["IT"]),
    "brazilian": (["Gleice Kelly", "Joelma Rosângela", "Rosângela Kelly", "Wellington Cleiton", "Thiago Cleiton",
                   "Cleiton Thiago"],
                  ["Silveira Albuquerque", "Bezerra Albuquerque", "Nogueira Cavalcanti", "Silveira Nogueira",
                   "Cavalcanti Nogueira"], ["BR", "PT"]),
    "hungarian": (["Csenge Boglárka", "Boglárka Réka", "Csenge Zsófia", "Levente Zsombor", "Levente Botond",
                   "Botond Zsombor"],
                  ["Fehérvári-Vadász", "Fehérvári-Hegedűs", "Vadász-Bakó", "Hegedűs-Fehérvári", "Fehérvári-Bakó"],
                  ["HU", "RO", "RS"]),
    "romanian": (["Ilinca Smaranda", "Ilinca Irina", "Ioana Smaranda", "Ovidiu Tudor", "Tudor Ovidiu", "Tudor Cătălin"],
                 ["Vlădescu-Stoica", "Stoica-Cârstea", "Popescu-Cârstea", "Stoica-Popescu", "Ionescu-Cârstea"], ["RO"]),
    "albanian": (["Blerta Besiana", "Mimoza Besiana", "Besiana Dorina", "Gëzim Fatos", "Arben Ilir", "Fatos Arben"],
                 ["Krasniqi-Shala", "Shala-Berisha", "Hoxha-Shala", "Berisha-Shala", "Krasniqi-Berisha"], ["AL", "MK"]),
    "serbocroatian": (["Milica Vesna", "Snježana Milica", "Vesna Snježana", "Dragan Zlatan", "Edin Dragan",
                       "Zlatan Dragan"],
                      ["Marković-Begović", "Ćosić-Begović", "Petrović-Hadžić", "Begović-Hadžić", "Jovanović-Marković"],
                      ["RS", "HR", "BA"]),
    "polish": (["Grażyna Jadwiga", "Bożena Jadwiga", "Jadwiga Grażyna", "Przemysław Wojciech", "Grzegorz Przemysław",
                "Bartłomiej Wojciech"],
               ["Woźniak-Wiśniewska", "Kowalczyk-Zielińska", "Szymańska-Wiśniewska", "Kowalczyk-Woźniak",
                "Zielińska-Kowalczyk"], ["PL"]),
    "ukrainian": (["Solomiia Halyna", "Halyna Yaryna", "Yaryna Solomiia", "Taras Bohdan", "Ostap Taras",
                   "Bohdan Mykola"],
                  ["Kovalchuk-Hrytsenko", "Kovalchuk-Tkachenko", "Hrytsenko-Tkachenko", "Kovalchuk-Shevchuk",
                   "Tkachenko-Shevchuk"], ["UA", "BY", "PL"]),
    "estonian": (["Kadri Liis", "Liis Maarja", "Triin Liis", "Margus Rasmus", "Priit Tõnis", "Tõnis Priit"],
                 ["Mägi-Tamm", "Saar-Kask", "Kask-Mägi", "Mägi-Saar", "Saar-Tamm"], ["EE"]),
    "georgian": (["Ketevan Nana", "Tamari Nino", "Ketevan Tamari", "Levan Lasha", "Lasha Zurab", "Giorgi Zurab"],
                 ["Lomidze-Kapanadze", "Lomidze-Tsiklauri", "Tsiklauri-Kapanadze", "Tsiklauri-Beridze",
                  "Beridze-Gelashvili"], ["GE"]),
    "armenian": (["Gayane Lusine", "Gayane Siranush", "Anahit Gayane", "Tigran Vahagn", "Vahagn Aram", "Aram Tigran"],
                 ["Sargsyan-Harutyunyan", "Harutyunyan-Sargsyan", "Harutyunyan-Avetisyan", "Hovhannisyan-Harutyunyan",
                  "Avetisyan-Hovhannisyan"], ["AM"]),
    "turkic": (["Zeynep Elif", "Aysel Elif", "Aysel Zeynep", "Elvin Emre", "Rashad Kaan", "Rashad Emre"],
               ["Öztürk-Kaya", "Öztürk-Yılmaz", "Kaya-Yılmaz", "Mammadova-Yılmaz", "Aliyeva-Mammadova"], ["AZ", "TR"]),
    "kurdish": (["Berfîn Hêvî", "Nesrîn Berfîn", "Nesrîn Hêvî", "Rêbaz Azad", "Azad Şêrko", "Azad Rêbaz"],
                ["Baban-Hawrami", "Baban-Doski", "Zebari-Doski", "Zebari-Baban", "Hawrami-Doski"], ["IQ", "TR", "SY"]),
    "persian": (["Zarghuna Palwasha", "Parisa Palwasha", "Palwasha Parisa", "Dariush Zalmai", "Zalmai Kourosh",
                 "Wais Zalmai"],
                ["Tehrani-Durrani", "Mohammadi-Durrani", "Tehrani-Mohammadi", "Mohammadi-Tehrani", "Rahimi-Mohammadi"],
                ["IR", "AF", "PK"]),
    "ethiopian": (["Selamawit Tsion", "Hiwot Selamawit", "Tsion Selamawit", "Abebe Yonas", "Yonas Dawit",
                   "Kidane Abebe"],
                  ["Tesfaye-Woldemariam", "Haile-Gebremedhin", "Tesfaye-Tekle", "Gebremedhin-Tesfaye",
                   "Gebremedhin-Tekle"], ["ET", "ER"]),
    "somali": (["Idil Hodan", "Hodan Idil", "Ifrah Sahra", "Abdirahman Guled", "Khadar Guled", "Khadar Liban"],
               ["Warsame-Farah", "Samatar-Jama", "Farah-Samatar", "Samatar-Warsame", "Hirsi-Jama"], ["SO", "KE"]),
    "swahili": (["Zawadi Tumaini", "Zawadi Neema", "Neema Rehema", "Juma Salim", "Juma Jabari", "Baraka Jabari"],
                ["Mwangi-Kamau", "Kamau-Otieno", "Wanjiru-Kamau", "Achieng-Kamau", "Kamau-Mwangi"], ["KE", "TZ", "UG"]),
    "shona": (["Tsitsi Chiedza", "Tsitsi Nyasha", "Rufaro Nyasha", "Tatenda Tapiwa", "Tapiwa Tinashe", "Tatenda Farai"],
              ["Sibanda-Mutasa", "Ncube-Chikwanha", "Sibanda-Moyo", "Ncube-Sibanda", "Ncube-Mutasa"], ["ZW", "ZA"]),
    "wolof": (["Coumba Fatou", "Ndeye Awa", "Awa Fatou", "Lamine Modou", "Modou Cheikh", "Mamadou Modou"],
              ["Ndiaye-Fall", "Diallo-Fall", "Fall-Diallo", "Mbaye-Fall", "Sow-Diallo"], ["SN", "FR"]),
    "rwandan_congolese": (["Divine Grâce", "Uwase Grâce", "Aline Grâce", "Bienvenu Eric", "Habimana Bienvenu",
                           "Bienvenu Habimana"],
                          ["Kabila-Tshisekedi", "Tshisekedi-Uwimana", "Nkurunziza-Mugisha", "Tshisekedi-Nkurunziza",
                           "Uwimana-Kabila"], ["RW", "CD"]),
    "tamil": (["Meenakshi Yamuna", "Yamuna Thenmozhi", "Thenmozhi Yamuna", "Karthikeyan Senthil", "Murugan Karthikeyan",
               "Senthil Murugan"],
              ["Ramasamy-Arumugam", "Ramasamy-Subramaniam", "Arumugam-Pillai", "Arumugam-Subramaniam",
               "Natarajan-Pillai"], ["IN", "LK", "MY"]),
    "nepali": (["Srijana Sunita", "Sunita Srijana", "Anjana Sunita", "Bikash Rabin", "Prakash Sujan", "Bikash Sujan"],
               ["Tamang-Thapa", "Gurung-Maharjan", "Tamang-Gurung", "Gurung-Thapa", "Thapa-Tamang"], ["NP", "IN"]),
    "thai": (["Malee Kanya", "Kanya Malee", "Siriporn Malee", "Kittisak Somchai", "Prasert Anan", "Anan Somchai"],
             ["Srisuk-Boonmee", "Chaiyaporn-Wongsawat", "Boonmee-Wongsawat", "Srisuk-Chaiyaporn", "Wongsawat-Boonmee"],
             ["TH"]),
    "filipino": (["Joy Lovely", "Maricel Lovely", "Grace Joy", "Arnel Jun", "Jun Jomar", "Jomar Rodel"],
                 ["Manalo-Bautista", "Dimaculangan-Bautista", "Macaraeg-Dimaculangan", "Bautista-Manalo",
                  "Bautista-Pangilinan"], ["PH"]),
    "polynesian": (["Leilani Salote", "Mele Salote", "Leilani Kalena", "Sione Keoni", "Kaimana Keoni", "Tevita Keoni"],
                   ["Tupou-Taufahema", "Naiqama-Tupou", "Vunipola-Taufahema", "Vunipola-Fifita", "Taufahema-Vunipola"],
                   ["TO", "FJ", "US"]),
    "hebrew": (["Yael Noga", "Shira Yael", "Noga Yael", "Amitai Itamar", "Amitai Yonatan", "Elad Yonatan"],
               ["Halevy-Katz", "Halevy-Rosenblum", "Ben-Ami-Halevy", "Shapira-Ben-Ami", "Katz-Rosenblum"], ["IL"]),
    "caribbean": (["Tamika Shauna-Kay", "Shanique Tamika", "Shanique Kerry-Ann", "Kemar Omari", "Omari Kemar",
                   "Andre-Lee Omari"],
                  ["Bryan-Campbell", "Campbell-Maragh", "Ramdial-Campbell", "Ramdial-Maragh", "Ramdial-Persad"],
                  ["JM", "TT"]),
    "quebecois": (["Josianne Mélodie", "Mélodie Josianne", "Josianne Ginette", "Ghislain Jean-Sébastien", "Rémi Réjean",
                   "Rémi Ghislain"],
                  ["Lévesque-Gagnon", "Gagnon-Pelletier", "Tremblay-Bouchard", "Gagnon-Lévesque", "Tremblay-Lévesque"],
                  ["CA", "FR"]),
    "kyrgyz_tajik": (["Cholpon Firuza", "Cholpon Aizhan", "Nilufar Cholpon", "Daler Farrukh", "Bakyt Nurbek",
                      "Farrukh Bakyt"],
                     ["Usubaliev-Rahmonov", "Toktogulov-Usubaliev", "Rahmonov-Usubaliev", "Toktogulov-Sharipov",
                      "Toktogulov-Rahmonov"], ["KG", "TJ", "TM"]),
    "iraqi_gulf": (["Zainab Zahraa", "Ruqayya Fatimah", "Fatimah Ruqayya", "Murtadha Mustafa", "Sajjad Murtadha",
                    "Haider Mustafa"],
                   ["Al-Khafaji Al-Saadi", "Al-Tamimi Al-Khafaji", "Al-Saadi Al-Obaidi", "Al-Tamimi Al-Obaidi",
                    "Al-Saadi Al-Jubouri"], ["IQ", "AE", "JO"]),
    "rioplatense": (["Maite Florencia", "Florencia Belén", "Florencia Maite", "Tomás Joaquín", "Facundo Joaquín",
                     "Agustín Joaquín"],
                    ["Sosa Echeverría", "Echeverría Larrañaga", "Goycochea Sosa", "Iturralde Sosa",
                     "Larrañaga Iturralde"], ["AR", "UY", "CL", "PE", "BO", "EC"]),
}

# Finnish names whose stem or illative the rules do not give (Taavetti: Taavetille, Rebekka: Rebekalle, Ananias:
# Ananiakselle, Topelius: Topeliukselta), and the compounds whose last word inflects on its own (Hirvaslahti:
# Hirvaslahdelle, Kontiokorpi: Kontiokorvesta).
IRREGULAR = {"Taavetti": fi("Taavetti", "Taaveti", "Taavetti"), "Eenokki": fi("Eenokki", "Eenoki", "Eenokki"),
             "Heikki": fi("Heikki", "Heiki", "Heikki"), "Kyllikki": fi("Kyllikki", "Kylliki", "Kyllikki"),
             "Rebekka": fi("Rebekka", "Rebeka", "Rebekka"), "Ananias": generation.kse_forms("Ananias"),
             "Pacius": generation.kse_forms("Pacius"), "Chydenius": generation.kse_forms("Chydenius"),
             "Calonius": generation.kse_forms("Calonius"), "Juslenius": generation.kse_forms("Juslenius")}
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))

# ---------------------------------------------------------------------------------------------------------------------
# Streets, stops, depots, firms, churches, chapels, halls and memorial funds named after people: a third party x of
# the same surname is a NAME in a form the thing does not hold (a Finnish case other than the thing's nominative or
# genitive, the Swedish genitive beside a compound, the singular beside an English place's plural), the thing a
# look-alike.

EPONYMS = {"transport": {"fi": {"Pacius": ["Paciuksenkatu", "Paciuksenkadun pysäkki"],
                                "Chydenius": ["Chydeniuksenkatu", "Chydeniuksen terminaali"],
                                "Ståhlberg": ["K. J. Ståhlbergin tie", "Ståhlbergin varikko"],
                                "Calonius": ["Caloniuksenkatu", "Caloniuksenkadun terminaali"]},
                         "sv": {"Gadolin": ["Gadolinsgatan", "Gadolinsdepån"],
                                "Wrede": ["Wredegatan", "Wredeterminalen"],
                                "Nordenskiöld": ["Nordenskiöldsgatan", "Nordenskiöldsplatsens hållplats"]},
                         "en": {"Shillibeer": ["Shillibeers Garage", "Shillibeers Yard stop"],
                                "Lancelyn": ["Lancelyns Interchange", "Lancelyns Corner stop"],
                                "Keble": ["Kebles Depot", "Kebles Parade stop"]}},
           "parish": {"fi": {"Agricola": ["Mikael Agricolan kirkko", "Agricola-sali"],
                             "Vartiovaara": ["rovasti Vartiovaaran sali", "Vartiovaaran seurakuntakoti"],
                             "Juslenius": ["Daniel Jusleniuksen sali", "Juslenius-kappeli"],
                             "Hedberg": ["F. G. Hedbergin seurakuntakoti", "Hedberg-sali"]},
                      "sv": {"Wallin": ["Wallinsalen", "Wallinkapellet"],
                             "Franzén": ["Franzénkapellet", "Franzénsalen"],
                             "Sucksdorff": ["Sucksdorffsalen", "Sucksdorffgården"]},
                      "en": {"Pusey": ["Puseys Church Hall", "the Puseys Rooms"],
                             "Tyndale": ["Tyndales Hall", "Tyndales Chapel"],
                             "Cranmer": ["Cranmers Church Hall", "the Cranmers Rooms"]}}}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

class People(generation.People):
    def kin(self, s, language):
        """As generation.People.kin, never with s's own given name (a spouse, a parent or the deceased of the same
        name would be the subject's name labelled as a third party's)."""
        while True:
            k = super().kin(s, language)
            if k.given != s.given:
                return k


PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"transport": {"fi": ["joukkoliikenne.example.fi", "seutuliikenne.example.fi"],
                             "sv": ["kollektivtrafik.example.se", "lokaltrafik.example.fi"],
                             "en": ["transport.example.gov.uk", "buses.example.co.uk"]},
               "parish": {"fi": ["seurakuntayhtyma.example.fi", "hautauspalvelut.example.fi"],
                          "sv": ["forsamling.example.fi", "svenskakyrkan.example.se"],
                          "en": ["parish.example.org.uk", "funerals.example.co.uk"]}}
SHARED_BOXES = {
    "transport_fi": "asiakaspalvelu@joukkoliikenne.example.fi matkakortit@joukkoliikenne.example.fi "
                    "tarkastusmaksut@joukkoliikenne.example.fi kutsuliikenne@seutuliikenne.example.fi "
                    "loytotavarat@joukkoliikenne.example.fi",
    "transport_en": "customerservices@transport.example.gov.uk penaltyfares@transport.example.gov.uk "
                    "dialaride@buses.example.co.uk",
    "transport_sv": "kundtjanst@kollektivtrafik.example.se kontrollavgift@lokaltrafik.example.fi "
                    "fardtjanst@kollektivtrafik.example.se",
    "parish_fi": "kirkkoherranvirasto@seurakuntayhtyma.example.fi hautaustoimi@hautauspalvelut.example.fi "
                 "tilavaraukset@seurakuntayhtyma.example.fi rippikoulu@seurakuntayhtyma.example.fi "
                 "sukututkimus@seurakuntayhtyma.example.fi",
    "parish_en": "parishoffice@parish.example.org.uk arrangements@funerals.example.co.uk "
                 "hallbookings@parish.example.org.uk",
    "parish_sv": "pastorskansliet@forsamling.example.fi begravning@forsamling.example.fi "
                 "dop@svenskakyrkan.example.se"}
CURRENT = {"x": None, "language": "fi", "service": "transport"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {a.i}
# the initials, {j.…} the subject's child, {nick:a} a's chat handle, {drv:a} a's driver or staff login in a shift log,
# {imei:a} the IMEI of a's handset or found phone, {otp:a}, {pin:a}, {door:a} a's credentials.

def handset_imei():
    n = identifiers.luhn(R, R.choice(["35", "86", "01"]), 15)
    return R.choice([n, n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:8]} {n[8:]}"])


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 4, 8]))),
         "pin": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([4, 4, 4, 6]))),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}", "*{4}", "{6}"])))}


class Writer(generation.TableWriter):
    phones, draws, irregular, secrets = PHONES, DRAW, IRREGULAR, OWNED
    home_weight = 3
    born = (("-", 30, 99), ("A", 0, 20))
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
        """As generation.Writer.person, and is: the given name's initials with full stops (E.-T. for Eenokki-Taavetti,
        H. for Hrafnhildur Sæunn) and the surname; i the initials in capitals."""
        bits = spec.split(".")
        if bits[0] == "is":
            case = bits[1] if len(bits) > 1 else "nom"
            initial = "-".join(w[0] + "." for w in p.given.split(" ")[0].split("-"))
            return self.name(initial, p.role).say(" ").name(self.form(p.surname, case), p.role)
        if bits[0] == "i":
            return self.name(p.initials().upper(), p.role)
        return super().person(p, spec)

    def imei(self, p):
        """The IMEI of p's handset or found phone, the same wherever the message writes it: a DEVICE_ID of p."""
        return self.ent(self.sticky.setdefault(("imei", id(p)), handset_imei()), "DEVICE_ID", p.role)

    def drv(self, p):
        """p's driver or staff login as a shift log writes it: a USERNAME of p."""
        if ("drv", id(p)) not in self.sticky:
            g, s = identifiers.plain_name(p.given.split(" ")[0].split("-")[0]), identifiers.plain_name(p.surname)
            self.sticky[("drv", id(p))] = R.choice([f"kulj_{s[:6]}{R.randint(10, 99)}", f"{g[:3]}{s[:4]}.drv",
                                                    f"{g}{s[0]}{R.randint(100, 999)}", f"D{R.randint(1000, 9999)}"
                                                    f"-{s[:5].upper()}", f"t.{g[0]}{s[:7]}"])
        return self.ent(self.sticky[("drv", id(p))], "USERNAME", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei, "drv": self.drv}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a regional public transport authority's and a parish union's and funeral services' customer service.

MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "GBP {w}.{c}", "€{w}.{c}"],
         "sv": ["{g},{c} €", "{g} kr", "{w},{c} euro"]}


def money(language):
    whole = R.choice([R.randint(1, 30), R.randint(5, 99), R.randint(100, 999), R.randint(1000, 6000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The street, stop, depot, firm, church, hall or fund named after someone of the surname of this message's x."""
    return R.choice(EPONYMS[CURRENT["service"]][CURRENT["language"]][CURRENT["x"].surname])


TABLES = {
    # The transport authority.
    "line": {"fi": ["linja {n}", "bussi {n}N", "raitiolinja {n}", "ratikka {n}", "lähijuna {n}", "U-linja 6{n}",
                    "yöbussi {n}N", "metro M{n}"],
             "sv": ["linje {n}", "buss {n}", "spårvagn {n}", "nattbuss {n}N", "pendeltåg {n}"],
             "en": ["route {n}", "the {n} bus", "tram {n}", "night bus N{n}", "the X{n} express"]},
    "stop": {"fi": ["Sibeliuksen puisto", "Runeberginkatu", "Aleksis Kiven katu", "Elielinaukio", "Ooppera",
                    "Mannerheimintie", "Snellmaninkatu", "Ida Aalbergin tie", "Mechelininkatu", "Lönnrotinkatu"],
             "sv": ["Runebergsgatan", "Topeliusgatan", "Mannerheimvägen", "Sibeliusparken", "Chydeniusgatan",
                    "Tegnérgatan", "Franzénsgatan"],
             "en": ["Sibeliuksen puisto stop", "Gladstone Road stop", "Nelson Street interchange",
                    "Victoria Square", "Brunel Way", "Wilberforce Road stop", "Peel Street stop"]},
    "station": {"fi": ["Pasilan asema", "Tikkurilan asema", "Leppävaaran asema", "Itäkeskuksen metroasema",
                       "Kampin terminaali", "Matinkylän terminaali"],
                "sv": ["Centralstationen", "Böle station", "Dickursby station", "Kampens terminal"],
                "en": ["Victoria station", "the bus station", "Temple Meads", "Waverley", "Piccadilly"]},
    "depot": {"fi": ["Hakunilan varikko", "Koskelan varikko", "Ruskeasuon varikko", "Roihupellon varikko",
                     "Hernesaaren varikko"],
              "sv": ["Vasa depå", "Koskela depå", "Ruskeasu depå"],
              "en": ["the Ruskeasuo depot", "Western Road garage", "Lea Interchange depot", "the Stagecoach garage"]},
    "vehicle": {"fi": ["Volvo 8900", "Linkker 13", "Artic-raitiovaunu", "Škoda ForCity Smart", "Scania Citywide",
                       "esteetön pikkubussi", "palveluliikenteen tila-auto"],
                "sv": ["Volvo 8900", "Artic-spårvagn", "servicetrafikens minibuss", "Scania Citywide"],
                "en": ["Alexander Dennis Enviro400", "Wright StreetDeck", "Optare Solo", "a wheelchair-accessible "
                       "minibus", "Volvo B8RLE"]},
    "zone": {"fi": ["vyöhykkeet AB", "vyöhykkeet ABC", "BC-vyöhyke", "ABCD"], "sv": ["zon AB", "zonerna ABC", "zon BC"],
             "en": ["zones 1-2", "zones 1-4", "the city zone"]},
    "product": {"fi": ["30 päivän kausilippu", "arvolippu", "kertalippu", "vuorokausilippu", "14 päivän kausi",
                       "seniorilippu", "lasten kausilippu", "opiskelijan kausi"],
                "sv": ["30-dagarsbiljett", "värdebiljett", "enkelbiljett", "pensionärsbiljett", "studeranderabatt"],
                "en": ["30-day season ticket", "pay-as-you-go", "single ticket", "day ticket", "an older person's "
                       "bus pass", "a 16-25 railcard"]},
    "discount": {"fi": ["seniorialennus", "opiskelija-alennus", "lapsen alennus", "työttömän alennus",
                        "vammaisalennus"],
                 "sv": ["seniorrabatt", "studeranderabatt", "barnrabatt"],
                 "en": ["the senior concession", "the student discount", "the child fare", "the disabled "
                        "person's concession"]},
    "bikestation": {"fi": ["Töölöntori", "Kaisaniemenpuisto", "Rautatientori", "Hakaniemen halli", "Kiasma"],
                    "sv": ["Salutorget", "Kaserntorget", "Järnvägstorget"],
                    "en": ["Millennium Point dock", "Queen Square dock", "Station Approach dock"]},
    "school": {"fi": ["Kuikkarämeen koulu", "Vesalan yhtenäiskoulu", "Jokiniemen koulu", "Pohjois-Haagan koulu"],
               "sv": ["Kottby lågstadieskola", "Kyrkbackens skola", "Norsen"],
               "en": ["St Mary's Primary", "Hollybank School", "Westfield Academy"]},
    "depotstreet": {"fi": ["Mannerheimintie {n}", "Runeberginkatu {n}", "Topeliuksenkatu {n} B",
                           "Aleksanterinkatu {n}", "Snellmaninkatu {n} A", "Fredrikinkatu {n}"],
                    "sv": ["Runebergsgatan {n}", "Topeliusgatan {n}", "Strindbergsgatan {n}", "Drottninggatan {n}"],
                    "en": ["{n} Gladstone Street", "{n} Victoria Road", "{n} Albert Road", "{n} Nelson Street"]},
    "town": {"fi": ["Kuopio", "Lahti", "Rovaniemi", "Tampere", "Joensuu", "Oulu", "Kokkola", "Vantaa", "Espoo"],
             "sv": ["Vasa", "Borgå", "Närpes", "Jakobstad", "Mariehamn", "Ekenäs"],
             "en": ["Leeds", "Norwich", "Swansea", "Derby", "Aberdeen", "Exeter"]},
    # The parish union and funeral services.
    "church": {"fi": ["Mikael Agricolan kirkko", "Pyhän Laurin kirkko", "Tuomaankirkko", "Paavalinkirkko",
                      "Johanneksenkirkko", "Pyhän Henrikin katedraali", "Pyhän Marian kirkko", "Kallion kirkko",
                      "Temppeliaukion kirkko", "Pyhän Birgitan kirkko"],
               "sv": ["Sofia Magdalena kyrka", "Sankt Jacobs kyrka", "S:t Olofs kyrka", "Johannes kyrka",
                      "Matteus kyrka", "Sankta Maria kyrka"],
               "en": ["St Olav's", "St Mary's", "St Michael and All Angels", "Christ Church", "St John the Baptist",
                      "St Aidan's", "St Hilda's Chapel"]},
    "hall": {"fi": ["rovasti Ilmosen sali", "seurakuntasali", "Kalliosali", "Pyhän Laurin seurakuntatalo",
                    "Tuomaan kappeli", "kirkkoherra Lehtisen sali", "Hietaniemen kappeli"],
             "sv": ["församlingshemmet", "kyrkoherde Lindqvists sal", "Johannessalen", "Gravkapellet"],
             "en": ["the Canon Whitby Room", "the church hall", "the Lady Chapel", "St Olav's Hall",
                    "the Bishop Ridley Room"]},
    "fund": {"fi": ["Martta ja Eino Hallan muistorahasto", "diakoniarahasto", "Lähetysseuran keräys",
                    "Kirkon Ulkomaanapu", "Pyhän Laurin nuorisorahasto"],
             "sv": ["Diakonifonden", "Emma och Anders Kihlbergs minnesfond", "Kyrkans Utlandshjälp"],
             "en": ["the Mary Sumner Memorial Fund", "Christian Aid", "the roof appeal", "the Canon Whitby Bequest"]},
    "bible": {"fi": ["Joh. 3:16", "Luukkaan evankeliumi", "Matteus 5", "Ps. 23", "1. Kor. 13", "Room. 8:38-39",
                     "Saarnaaja 3", "Matt. 19:14", "Ruutin kirja 1:16"],
              "sv": ["Joh. 3:16", "Psaltaren 23", "1 Kor. 13", "Predikaren 3", "Matt. 5:3-12", "Lukasevangeliet 2"],
              "en": ["John 3:16", "Psalm 23", "1 Corinthians 13", "Ecclesiastes 3", "Romans 8:38-39",
                     "the Gospel of Luke", "Matthew 5"]},
    "hymn": {"fi": ["virsi 341 (Lina Sandell)", "virsi 600 (Zacharias Topelius)", "virsi 377, san. J. L. Runeberg",
                    "virsi 630 (Anna-Mari Kaskinen)", "virsi 571 (Martti Luther)", "virsi 338, san. Lina Sandell, "
                    "säv. Oskar Ahnfelt", "Suvivirsi 571 (Israel Kolmodin)"],
             "sv": ["psalm 249 (Lina Sandell)", "psalm 297 (Martin Luther)", "psalm 199 (Israel Kolmodin)",
                    "psalm 62, text J. L. Runeberg", "psalm 421 (Anders Frostenson)"],
             "en": ["Abide with Me (Henry Francis Lyte)", "Amazing Grace (John Newton)", "The Lord's My Shepherd "
                    "(Crimond)", "Hymn 331, words Isaac Watts", "Be Thou My Vision (Mary Byrne)"]},
    "nameday": {"fi": ["Mikkelinpäivä", "Pyhän Henrikin päivä", "Marian ilmestyspäivä", "Pyhäinpäivä",
                       "Tapaninpäivä", "Juhannus", "Laskiainen"],
                "sv": ["Mikaelidagen", "Allhelgona", "Sankt Henriks dag", "Annandag jul", "Marie bebådelsedag"],
                "en": ["Michaelmas", "All Saints' Day", "St Stephen's Day", "Candlemas", "St Swithin's Day"]},
    "cemetery": {"fi": ["Hietaniemen hautausmaa", "Malmin hautausmaa", "Honkanummen hautausmaa", "Kalevankankaan "
                        "hautausmaa", "Pyhän Laurin kirkkomaa"],
                 "sv": ["Sandudds begravningsplats", "Gamla kyrkogården", "Malms begravningsplats"],
                 "en": ["St Olav's churchyard", "the municipal cemetery", "Arnos Vale", "the garden of remembrance"]},
    "undertaker": {"fi": ["Hautaustoimisto Lepo", "Hautauspalvelu Rauha", "Hautaustoimisto Kaarna"],
                   "sv": ["Begravningsbyrå Frid", "Begravningsbyrån Ljuset"],
                   "en": ["Co-op Funeralcare", "Dignity Funerals", "a local funeral director"]},
    "caterer": {"fi": ["Pitopalvelu Herkku", "Leipomo Sokerijuuri", "Pitopalvelu Kaneli"],
                "sv": ["Cateringfirman Kanel", "Bageri Mandel"],
                "en": ["The Tea Room Catering", "Buttercup Bakes"]},
    "camp": {"fi": ["Kallioniemen leirikeskus", "Hossan leirikeskus", "Lohjan leirikeskus", "Kiljavan opisto"],
             "sv": ["Lärkkulla", "Labbnäs lägergård", "Kyrkans lägergård Kallvik"],
             "en": ["the Lee Abbey camp", "the diocesan youth camp", "Soulfest camp"]},
    "parishname": {"fi": ["Kallion seurakunta", "Tuomiokirkkoseurakunta", "Paavalin seurakunta", "Pyhän Laurin "
                          "seurakunta", "Mikael Agricolan seurakunta"],
                   "sv": ["Sankt Jacobs församling", "Johannes församling", "Matteus församling"],
                   "en": ["St Olav's parish", "the benefice of St Mary's", "the United Benefice"]},
    "certificate": {"fi": ["virkatodistus", "sukuselvitys", "ote kirkonkirjoista", "avioliiton esteiden "
                           "tutkintatodistus", "jäsentodistus"],
                    "sv": ["ämbetsbetyg", "släktutredning", "utdrag ur kyrkoboken", "hindersprövningsintyg"],
                    "en": ["a baptism certificate", "an extract from the register", "a family-history "
                           "certificate", "a marriage certificate copy"]},
    "ceremony": {"fi": ["kaste", "kotikaste", "vihkiminen", "siunaustilaisuus", "uurnanlasku", "muistotilaisuus"],
                 "sv": ["dop", "vigsel", "jordfästning", "urnsättning", "minnesstund"],
                 "en": ["the christening", "the wedding", "the funeral service", "the interment of ashes",
                        "the memorial reception"]},
    "club": {"fi": ["perhekerho", "päiväkerho", "varhaisnuorten kerho", "partio", "kuorokoulu"],
             "sv": ["familjeklubb", "dagklubb", "barnkör"], "en": ["Messy Church", "the toddler group", "the youth "
                                                                    "choir", "Sunday school"]},
    # Who, where and what system, by service.
    "role_transport": {"fi": ["asiakaspalvelija", "tarkastusmaksukäsittelijä", "liikennöintivastaava",
                              "kutsuliikenteen välittäjä", "matkakorttipalvelu"],
                       "sv": ["kundtjänst", "handläggare, kontrollavgifter", "trafikledare"],
                       "en": ["Customer Services Adviser", "Penalty Fares Officer", "Network Controller",
                              "Dial-a-Ride Coordinator"]},
    "role_parish": {"fi": ["kirkkoherranviraston sihteeri", "hautaustoimen palvelusihteeri", "seurakuntamestari",
                           "diakoniatyöntekijä", "nuorisotyönohjaaja"],
                    "sv": ["pastorskanslist", "kyrkvaktmästare", "församlingssekreterare"],
                    "en": ["Parish Administrator", "Verger", "Funeral Arranger", "Bereavement Services Officer"]},
    "queue_transport": {"fi": ["Matkakortit", "Tarkastusmaksut", "Palautukset", "Kutsuliikenne", "Löytötavarat"],
                        "sv": ["Resekort", "Kontrollavgifter", "Färdtjänst"],
                        "en": ["Travelcards", "Penalty fares", "Refunds", "Dial-a-Ride"]},
    "queue_parish": {"fi": ["Kasteet", "Vihkimiset", "Hautaustoimi", "Tilavaraukset", "Sukuselvitykset"],
                     "sv": ["Dop", "Begravningar", "Lokalbokning"],
                     "en": ["Baptisms", "Weddings", "Funerals", "Hall bookings"]},
    "system_transport": {"fi": ["Matkakorttijärjestelmä MK3", "Reittiopas", "Kutsuplus-välitys", "Tarkastus-CRM"],
                         "sv": ["Resekortssystemet", "Reseplaneraren", "Färdtjänstbokningen"],
                         "en": ["CardOffice", "the journey planner", "RideBook", "PenaltyTrack"]},
    "system_parish": {"fi": ["Kirjuri", "Katti", "Hautakirjuri", "Kirkkoherranviraston ajanvaraus"],
                      "sv": ["Kyrkobokföringen", "Katti", "Gravregistret"],
                      "en": ["ChurchSuite", "the burial register", "Parish Office 365"]},
}
SERVICE_LINES = {
    "switchboard": {"fi": ["09 {4} {4}", "020 {3} {4}"], "en": ["0344 {3} {4}", "0161 {3} {4}"],
                    "sv": ["09-{3} {4}", "06-{3} {4}"]},
    "customerline": {"fi": ["0200 {5}", "09 {3} {5}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                     "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "bookingline": {"fi": ["0600 {2} {3}", "010 {3} {4}"], "en": ["0121 {3} {4}", "020 {4} {4}"],
                    "sv": ["018-{3} {2} {2}", "06-{3} {4}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
}

# What stays the same throughout one message.
STICKY = {"travelcard", "system_fi", "system_en", "system_sv", "church_fi", "church_en", "church_sv",
          "parishname_fi", "parishname_en", "parishname_sv", "cemetery_fi", "cemetery_en", "cemetery_sv"}
LOOKS = {
    "twin": twin,
    "travelcard": lambda: DRAW.fill(R.choice(["9246 20{2} {4} {4} {2}", "92462{13}", "{3} {3} {3} {3} {2}",
                                              "MK-{9}", "MK {4} {4} {2}"])),
    "travelcard2": lambda: DRAW.fill(R.choice(["92462{13}", "9246 20{2} {4} {4} {2}", "MK-{9}"])),
    "penalty": lambda: DRAW.fill(R.choice(["TM-{4}-{6}", "PF{8}", "KA-{7}", "{3}/{4}/2026", "TMK {8}"])),
    "inspector": lambda: DRAW.fill(R.choice(["T{4}", "tark. {3}", "{4}", "RPI {4}"])),
    "plate": lambda: DRAW.fill(R.choice(["{A}{A}{A}-{3}", "{A}{A}-{3}", "{A}{A}{2} {A}{A}{A}"])),
    "fleet": lambda: DRAW.fill(R.choice(["#{3}", "{4}", "{3}", "nro {4}", "{2}-{3}"])),
    "booking": lambda: DRAW.fill(R.choice(["KL-{6}", "DAR{7}", "FT-{5}", "#{7}"])),
    "bike": lambda: DRAW.fill(R.choice(["pyörä {4}", "bike {4}", "cykel {4}", "{A}{4}"])),
    "grave": lambda: DRAW.fill(R.choice(["kortteli {2}, rivi {1}, hauta {2}", "K{2}-R{1}-H{2}", "{2}/{1}/{2}",
                                         "Block {A}, Row {1}, Plot {2}", "kvarter {2}, rad {1}, grav {2}"])),
    "time": lambda: f"{R.randint(7, 21):02d}.{R.choice(['00', '15', '30', '45'])}",
    "qty": lambda: str(R.randint(2, 180)),
    "seats": lambda: str(R.randint(6, 220)),
    "age": lambda: str(R.randint(3, 15)),
    "year": lambda: str(R.randint(1932, 2026)),
    "pct": lambda: f"{R.randint(5, 70)} %",
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "AS-{5}", "INC{7}", "LF-{5}", "ÄR-{6}", "SRK-{6}"])),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "orgnr": lambda: (lambda n: f"{n[:6]}-{n[6:]}")(identifiers.luhn(R, R.choice(["556", "559", "802"]), 10)),
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    "charity": lambda: DRAW.fill("Registered charity no. 11{5}"),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY
for _language in ("fi", "en", "sv"):
    # A role, a queue and a system of the message's service (the transport authority's or the parish union's).
    for _kind in ("role", "queue", "system"):
        LOOKS[f"{_kind}_{_language}"] = lambda language=_language, kind=_kind: LOOKS[
            f"{kind}_{CURRENT['service']}_{language}"]()

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the card holder, the passenger fined, the app user, the booker of a
# ride, the guardian who registers a child, the complainant, the owner of a found phone, the bike subscriber; the
# guardian who registers a baptism, a camp or a club, the one of the couple who books the wedding, the next of kin who
# arranges a funeral, the grave-site holder, the booker of a church or hall, the donor, the one who asks for an extract,
# the member of staff whose shift note or rota it is); a-h are third parties; k and j share the subject's surname (a
# spouse, a parent, the deceased, a child); x bears a surname that a street, stop, depot, firm, church, hall or fund of
# the message also bears.

TRANSPORT_SHAPES = [
    # ---- Finnish: the regional public transport authority
    ("matkakortti_fi", "fi",
     "Aihe: Kadonnut matkakortti {L:travelcard}\n\nHei,\n\nkadotin henkilökohtaisen matkakorttini {L:date_fi} "
     "{L:line} -bussissa ({L:stop}). Kortilla oli {L:product} ja arvoa {L:amount_fi}. Pyydän korttia suljettavaksi "
     "ja saldon siirtoa uudelle kortille. Uuden kortin voi noutaa puolestani sisarukseni {a.gs}, puh. {phone:a}.\n\n"
     "{s.gs}\n{L:depotstreet}, {L:town}\n{phone:s}\n\n---\nMatkakorttipalvelu ({b.gs}): vanha kortti suljettu "
     "{L:stamp}; saldo {L:amount_fi} ja kausi siirretty kortille {L:travelcard2}. Kortin luovuttaa palvelupiste "
     "{L:station}, yhteyshenkilönä {c.gs}; {a.g.all} lähetetty noutokoodi {otp:a} numeroon {phone:a}.\n"),
    ("alennus_fi", "fi",
     "ALENNUSHAKEMUS – {L:discount}\n\nHakija: {j.SG}, {L:age} v\nHuoltaja: {s.SG}, {phone:s}, {mail:s}\n"
     "Toinen huoltaja: {k.SG}, {phone:k}\nMatkakortti {L:travelcard}, {L:zone}\nKoulu: {L:school}\n\n"
     "Huoltaja vastaa kortin käytöstä. Lapsen voi hakea palvelupisteestä myös isovanhempi {a.gs}, {phone:a}.\n\n---\n"
     "Käsittelijä {b.gs} ({user:b}): alennus voimassa {L:date_fi} asti; {s.g.abl} pyydetty Kela-päätös, "
     "{k.g.ade} ei ole omaa korttia.\n"),
    ("tarkastusmaksu_fi", "fi",
     "TARKASTUSMAKSU {L:penalty}\n\nMatkustaja: {s.GS}\nHenkilötunnus: {hetu:s}\nOsoite: {L:depotstreet}, "
     "{L:town}\nAika ja paikka: {L:date_fi} klo {L:hour}, {L:line}, pysäkki {L:stop}, auto {L:fleet}\n"
     "Tarkastaja: nro {L:inspector}, {a.GS}\nMaksu {L:amount_fi} + matkan hinta {L:amount_fi}; eräpäivä {L:date_fi}, "
     "viite {L:viite}\n\nMatkustajan huomautus: kortti {L:travelcard} ei lukenut laitteessa; todistajana "
     "matkatoveri {b.gs}, {phone:b}.\nTarkastajan pari: {c.gs} ({user:c}).\n"),
    ("oikaisu_fi", "fi",
     "Aihe: Oikaisuvaatimus, tarkastusmaksu {L:penalty}\n\nHei,\n\nsain tarkastusmaksun {L:date_fi} {L:line}-"
     "linjalla. Tarkastaja {a.gs} (nro {L:inspector}) ei suostunut katsomaan sovelluksen lippua, joka oli "
     "voimassa ({L:product}, {L:zone}). Kaverini {b.gs.ela} on kuvakaappaus, "
     "hänen numeronsa {phone:b}.\n\nTerveisin {s.gs}, {phone:s}\n\n---\nKäsittelijä {c.gs} ({user:c}): pyydetty "
     "lausunto tarkastaja {a.s.abl} ja esimies {d.gs.abl}. Tapahtumapaikka {L:twin}; lausuntoa ei pyydetty "
     "{x.gs.abl}.\n"),
    ("palautus_fi", "fi",
     "Hyvityspyyntö {L:ticket} – {L:product}\n\nHakija: {s.gs}, {mail:s}, {phone:s}\nKortti: {L:travelcard}\n"
     "Syy: sairausloma {L:date_fi}–{L:date_fi}, lääkärintodistus liitteenä\nHyvitys tilille {iban:s} "
     "(tilinomistaja {s.gs})\n\nKäsittelijä {a.gs} ({user:a}): hyvitetään {L:amount_fi} käyttämättömiltä "
     "päiviltä, maksu {L:date_fi}, viite {L:viite}. Puoliso {k.gs} oli maksanut kauden kortillaan {card:k}; "
     "hyvitys silti hakijan tilille hänen suostumuksellaan.\n"),
    ("sovellus_fi", "fi",
     "Aihe: En pääse kirjautumaan lippusovellukseen\n\nHei,\n\nsovellus ei hyväksy kertakoodia. Käyttäjätunnukseni "
     "on {user:s} ja numeroni {phone:s}. Ostin {L:product} {L:date_fi}, mutta lippu ei näy.\n\n{s.gs}\n\n---\n"
     "Asiakaspalvelija {a.gs}: lähetin uuden kertakoodin {otp:s}; se on voimassa 10 minuuttia. Kirjautumisloki: "
     "{L:stamp} epäonnistui, {L:stamp} onnistui. Tiliin on liitetty myös {j.g.gen} lasten kausi ({L:travelcard}); "
     "lapsen tunnus {user:j}, PIN nollattu: {pin:j}.\nTekninen tuki {b.gs} ({user:b}) tiedoksi.\n"),
    ("kutsuliikenne_fi", "fi",
     "Kutsuliikenteen tilaus {L:booking}\n\nAsiakas: {s.SG}, {L:depotstreet}, {L:town}, {phone:s}\nMatka: "
     "{L:date_fi} klo {L:hour} → {L:station}, paluu klo {L:hour}\nSaattaja: {a.gs}, {phone:a}\nAuto: "
     "{L:vehicle} {L:plate}, kuljettaja {b.gs} ({drv:b}, päätelaite {imei:b})\n\nLisätiedot: {s.g} käyttää "
     "rollaattoria; ovikoodi "
     "{door:s}. Jos asiakas ei vastaa, soita omaiselle {k.gs.all} ({phone:k}). Välittäjä {c.gs} ({user:c}). "
     "Nouto kotiovelta; lähin pysäkki {L:twin} ei käy. Tilaus ei liity {x.gs.ill}.\n"),
    ("koulukuljetus_fi", "fi",
     "KOULUKULJETUSLISTA {L:school} – syksy, {L:vehicle} {L:plate}\nKuljettaja: {a.gs} ({drv:a}), {phone:a}\n\n"
     "oppilas | huoltaja | puhelin | nouto\n{j.sg} | {s.sg} | {phone:s} | {L:hour} {L:stop}\n{b.sg} | {c.sg} | "
     "{phone:c} | {L:hour} {L:stop}\n{d.sg} | {e.sg} | {phone:e} | {L:hour} {L:stop}\n\nMuutos ({s.gs}): "
     "{j.g.all} kuljetus tiistaisin vain aamulla, iltapäivällä hakee {k.gs}. Koulusihteeri {f.gs} tiedoksi.\n"),
    ("vuoroloki_fi", "fi",
     "{L:system} – vuoro- ja poikkeamaloki, {L:depot}\nKirjoittaja: {s.gs} ({drv:s}), vuoro {L:hour}–{L:hour}\n\n"
     "{L:stamp} {drv:s} KIRJAUTUI, auto {L:fleet} {L:plate}, päätelaite IMEI {imei:s}\n{L:stamp} {drv:a} "
     "KIRJAUTUI, auto {L:fleet}, IMEI {imei:a}\n{L:stamp} POIKKEAMA {L:line}: matkustaja kaatui {L:stop}, "
     "ensiapu, {L:emergency}\n\nMuistiinpano: {a.gs} otti minulta auton {L:hour}. Todistajina {b.gs} "
     "({phone:b}) ja {c.gs}. Liikennöintivastaava {d.gs} ({user:d}) ilmoitettu.\n"),
    ("valitus_fi", "fi",
     "Aihe: Palaute kuljettajasta, {L:line} {L:date_fi} klo {L:hour}\n\nHei,\n\nkuljettaja (nimikyltissä "
     "\"{a.g} {a.s}\") ajoi ohi {L:stop}-pysäkiltä, vaikka viittasin. Omaiseni {k.gs} jäi pysäkille pakkaseen. "
     "Samalla pysäkillä odotti myös {b.gs}, joka voi vahvistaa ({phone:b}).\n\n{s.gs}, {phone:s}, {mail:s}\n\n"
     "---\nLiikennöitsijän vastaus ({c.gs}, {user:c}): kuljettaja {a.is} ({drv:a}) on kuultu; auto {L:fleet}. "
     "Tapahtumapaikka {L:twin} tarkistettu; kuljettaja ei ole sukua {x.gs.all}.\n"),
    ("loytotavara_fi", "fi",
     "LÖYTÖTAVARA {L:ticket} – {L:depot}\nLöydetty {L:date_fi} {L:line}, auto {L:fleet}: puhelin (IMEI {imei:s}), "
     "matkakortti {L:travelcard}, lasten pipo (nimilappu \"{j.g} {j.s}\")\nLöytäjä: kuljettaja {a.gs} ({drv:a})\n\n"
     "Omistaja: {s.gs}, {phone:s}, tunnistettu matkakortista\nNoutaa: {b.gs} (valtakirja), {phone:b}\n"
     "Luovuttanut: {c.is} {L:stamp}.\n"),
    ("korttivienti_fi", "fi",
     "Matkakorttijärjestelmän vienti {L:system} {L:date_fi}\n\nsukunimi;etunimi;kortti;alennus;puhelin;sähköposti;"
     "tunnus\n{s.s};{s.g};{L:travelcard};{L:discount};{phone:s.e164};{mail:s};{user:s}\n{a.s};{a.g};"
     "{L:travelcard2};{L:discount};{phone:a.e164};{mail:a};{user:a}\n{b.s};{b.g};{L:travelcard2};;;;{user:b}\n\n"
     "Huom. ({c.gs}): {s.g.gen} ja {a.g.gen} kortit yhdistetty; {b.g.gen} kortti suljettu. "
     "{x.gs.ade} ei ole korttia; {L:twin} ei liity asiaan.\n"),
]

PARISH_SHAPES = [
    # ---- Finnish: the parish union and its funeral services
    ("kaste_fi", "fi",
     "KASTEILMOITUS – {L:parishname}\n\nLapsi: {j.SG}, syntynyt {L:date_fi}\nHuoltaja 1 (ilmoittaja): {s.SG}, "
     "{phone:s}, {mail:s}\nHuoltaja 2: {k.SG}, {phone:k}\nKummit: {a.GS} ({L:parishname}), {b.GS}\n"
     "Kastetilaisuus: {L:date_fi} klo {L:time}, {L:church}\nToimittaja: pastori {c.gs}\nLukukappale: {L:bible}; "
     "{L:hymn}\n\nLisätieto ({s.g}): kummi {b.g} asuu ulkomailla, hänen numeronsa {phone:b}. Kanttori {d.gs} "
     "({user:d}) sopii musiikista.\n"),
    ("rippikoulu_fi", "fi",
     "Rippikouluilmoittautuminen – {L:camp}, {L:date_fi}–{L:date_fi}\n\nRippikoululainen: {j.SG}, {L:age} v, "
     "puh. {phone:j}\nHuoltaja (ilmoittaja): {s.SG}, {phone:s}, {mail:s}\nToinen huoltaja: {k.SG}, {phone:k}\n"
     "Ruokavalio: laktoositon. Kaveritoive: {a.gs}.\n\nNuorisotyönohjaaja {b.gs} ({user:b}): paikka vahvistettu; "
     "isosena {c.gs}; leirisovelluksen PIN {j.g.all}: {pin:j}. Konfirmaatio {L:nameday} {L:church}. Leirin "
     "hätänumero {L:bookingline}, {d.gs}.\n"),
    ("vihkiminen_fi", "fi",
     "Aihe: Vihkiajan varaus {L:date_fi}\n\nHei,\n\nvaraamme vihkimisen {L:church} {L:date_fi} klo {L:time}. "
     "Tuleva puolisoni {a.gs} ja minä toivomme vihkijäksi pastori {b.gs.par}. Todistajina {c.gs} ja {d.gs}. "
     "Avioliiton esteiden tutkinta on tehty ({L:certificate}). Luku: {L:bible}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Sihteeri {e.gs} ({user:e}): varattu; kanttori {f.gs}. Juhla {L:twin}; varaus ei koske {x.gs.par}.\n"),
    ("hautajaiset_fi", "fi",
     "Hautajaisjärjestelyt {L:ticket}\n\nVainaja: {k.SG}, kuollut {L:date_fi}\nOmainen (yhteyshenkilö): {s.gs}, "
     "{phone:s}, {mail:s}\nSiunaus: {L:date_fi} klo {L:time}, {L:hall}; uurnanlasku {L:cemetery}, {L:grave}\n"
     "Hautaustoimisto: {L:undertaker}, yhteyshenkilö {a.gs}, {phone:a}\nMuistotilaisuus: {L:twin}, pitopalvelu "
     "{L:caterer} ({b.gs}, {phone:b})\nVirret: {L:hymn}; luku {L:bible}\n\nPappi {c.gs}: {s.g} toivoo, että "
     "sukulainen {d.gs} pitää muistopuheen. {x.gs.abl} ei ole kysytty.\n"),
    ("hautahoito_fi", "fi",
     "HAUTAHOITOSOPIMUS – {L:cemetery}, {L:grave}\n\nHaudan haltija: {s.SG}, {phone:s}, {mail:s}\nHaudatut: "
     "{k.SG} ({L:year}), {a.SG} ({L:year})\nSopimus: {L:date_fi}–{L:date_fi}, kesäkukat ja kastelu, "
     "{L:amount_fi}/v\nLasku: {L:invoice}, viite {L:viite}\n\nHautausmaan työnjohtaja {b.gs} ({user:b}): haltijaksi "
     "toivottu jatkossa {c.gs} ({phone:c}); siirto vaatii {s.g.gen} ja {d.g.gen} suostumuksen. Omaisten tila "
     "{L:twin}; sopimus ei kuulu {x.gs.all}.\n"),
    ("tilavaraus_fi", "fi",
     "Tilavaraus – {L:twin}\n\nVaraaja: {s.gs}, {phone:s}, {mail:s}\nAika: {L:date_fi} klo {L:hour}–{L:hour}, "
     "{L:seats} henkeä\nTilaisuus: {L:ceremony}; vastuuhenkilö {a.gs}, {phone:a}\nLasku: {L:amount_fi}, viite "
     "{L:viite}\n\nSeurakuntamestari {b.gs} ({user:b}): avaimet {c.gs.abl}; ovikoodi {s.g.all}: {door:s}. "
     "Tila ei liity {x.gs.ill}.\n"),
    ("muistolahjoitus_fi", "fi",
     "Muistolahjoitus {L:ticket} – {L:fund}\n\nLahjoittaja: {s.gs}, {mail:s}, {phone:s}\nMaksettu kortilla "
     "{card:s} {L:stamp}, {L:amount_fi}\nMuistettava: {k.gs} (siunaus {L:date_fi}, {L:church})\nAdressin "
     "teksti: \"{L:bible}\"\nAdressi toimitetaan omaiselle {a.gs.all}, {L:depotstreet}\n\nTalous ({b.gs}, "
     "{user:b}): kuitattu. Muistotilaisuus oli {L:twin}; {x.gs.abl} ei ole lahjoitusta.\n"),
    ("sukuselvitys_fi", "fi",
     "Aihe: Sukuselvitys perinnönjakoa varten\n\nHei,\n\ntarvitsen sukuselvityksen edesmenneestä vanhemmastani "
     "{k.gs.ela} (henkilötunnus {hetu:k}) perunkirjoitusta varten. Oma henkilötunnukseni on {hetu:s}. "
     "Perunkirjoituksen tekee asianajaja {a.gs} ({phone:a}). Selvitys postitse {L:depotstreet}, {L:town}.\n\n"
     "{s.gs}, {phone:s}\n\n---\nSihteeri {b.gs} ({user:b}): {L:certificate} lähetetty {L:date_fi}, maksu "
     "{L:amount_fi}. Sisaruksesi {c.gs} pyysi samaa {L:date_fi}.\n"),
    ("kerho_fi", "fi",
     "{L:club} – ilmoittautuminen, {L:parishname}\n\nLapsi: {j.SG}, {L:age} v\nHuoltaja 1: {s.SG}, {phone:s}, "
     "{mail:s}\nHuoltaja 2: {k.SG}, {phone:k}\nHakijat: {s.g}, {k.g}, naapuri {a.gs} ({phone:a}, noutokoodi "
     "{pin:a})\n\n"
     "Kerhonohjaaja {b.gs} ({user:b}): kerho {L:hall}, tiistaisin klo {L:time}. Syntymäpäivä {L:nameday}. "
     "Avustaja {c.gs}.\n"),
    ("vuorolista_fi", "fi",
     "Seurakuntamestarien vuoromuistio {L:church} {L:date_fi} ({L:system})\nKirjoittaja: {s.gs} ({user:s})\n\n"
     "- Siunaustilaisuus {L:hour}, omaisten yhteyshenkilö {a.gs} ({phone:a}); arkku {L:undertaker}.\n"
     "- {b.gs} jätti takin {L:hall}; tallessa sakastissa.\n- Urkuri {c.gs} sairaana, sijainen {d.gs}.\n"
     "- Sakastin ovikoodi vaihtuu, uusi koodi {s.g.all}: {door:s}.\nSeuraava vuoro: {e.gs} ({user:e}). "
     "Kirkkoherra {f.is} tiedoksi.\n"),
    ("jasenrekisteri_fi", "fi",
     "Jäsenrekisterin vienti {L:system} {L:date_fi}\n\nsukunimi;etunimet;seurakunta;puhelin;sähköposti;"
     "tunnus\n{s.s};{s.g};{L:parishname};{phone:s.e164};{mail:s};{user:s}\n{a.s};{a.g};{L:parishname};"
     "{phone:a.e164};{mail:a};{user:a}\n{b.s};{b.g};{L:parishname};;;{user:b}\n\nHuom. ({c.gs}): {s.g.gen} ja "
     "{a.g.gen} osoitteet yhdistetty; {b.g} eronnut {L:date_fi}.\n"),
]

TRANSPORT_SHAPES += [
    # ---- English: the transport authority's English service
    ("travelcard_en", "en",
     "Subject: Lost travelcard {L:travelcard} – please move my balance\n\nHello,\n\nI lost my personal travelcard on "
     "{L:line} near {L:stop} on {L:date_en}. It had {L:product} and {L:amount_en} of stored value. My partner "
     "{k.gs} will collect the replacement from {L:station}; their mobile is {phone:k}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Adviser {a.gs} ({user:a}): old card blocked {L:stamp}; balance moved to {L:travelcard2}. {b.gs} at the "
     "travel shop has it.\n"),
    ("penalty_en", "en",
     "Subject: Appeal against penalty fare {L:penalty}\n\nDear Sir or Madam,\n\nI was issued a penalty fare on "
     "{L:date_en} on {L:line} by revenue protection inspector {a.gs} (badge {L:inspector}). My {L:product} was "
     "valid but the reader at {L:stop} failed. My friend {b.gs} ({phone:b}) saw it happen.\n\n{s.gs}\n{phone:s}, "
     "{mail:s}\n\n---\nPenalty fares officer {c.gs} ({user:c}): statement requested from {a.g} and supervisor "
     "{d.gs}. Location {L:twin}; the passenger is not {x.gs}.\n"),
    ("refund_en", "en",
     "Refund request {L:ticket} – {L:product}\n\nApplicant: {s.gs}, {mail:s}, {phone:s}\nCard: {L:travelcard}\n"
     "Reason: hospital stay {L:date_en} to {L:date_en}\nRefund to account {iban:s}\nPaid originally by card "
     "{card:s}\n\nCaseworker {a.gs} ({user:a}): {L:amount_en} approved for unused days; paid {L:date_en}. "
     "Letter from the ward sister {b.gs} attached.\n"),
    ("app_en", "en",
     "Subject: Can't log in to the ticket app\n\nHi, the app keeps rejecting my one-time code. My login is "
     "{user:s}, phone {phone:s}. I bought {L:product} on {L:date_en} and it's gone.\n\n{s.gs}\n\n---\nAdviser "
     "{a.gs}: new one-time code sent: {otp:s} (valid 10 minutes). The account also holds your child {j.g}'s "
     "{L:product}; the child's login is {user:j} and PIN was reset to {pin:j}. Escalated to {b.gs} ({user:b}).\n"),
    ("dialaride_en", "en",
     "Dial-a-Ride booking {L:booking}\n\nPassenger: {s.SG}, {L:depotstreet}, {L:town}, {phone:s}\nJourney: "
     "{L:date_en} {L:hour} to {L:station}, return {L:hour}\nEscort: {a.gs}, {phone:a}\nVehicle: {L:vehicle} "
     "{L:plate}, driver {b.gs} ({drv:b})\n\nNotes: {s.g} uses a wheelchair; key safe {door:s}. If no answer "
     "ring the next of kin, {k.gs}, on {phone:k}. Coordinator {c.gs} ({user:c}). Pick-up is not at {L:twin}; "
     "{x.gs} is a different passenger.\n"),
    ("citybike_en", "en",
     "City bike account {user:s}\n\nSubscriber: {s.gs}, {mail:s}, {phone:s}\nPlan: annual, paid by card "
     "{card:s}\nLast trips: {L:bike} from {L:bikestation} {L:stamp}; {L:bike} to {L:bikestation} {L:stamp}\n\n"
     "Support ({a.gs}, {user:a}): bike not docked; late fee {L:amount_en} waived. New PIN {pin:s}. {s.g}'s "
     "partner {k.gs} shares the account ({user:k}).\n"),
    ("plannerbot_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} PlannerBot: Hi! Where are you travelling from?\n{L:hour} {nick:s}: "
     "{L:stop}\n{L:hour} PlannerBot: Take {L:line} to {L:station}. Anything else?\n{L:hour} {nick:s}: my card "
     "{L:travelcard} was charged twice\n{L:hour} PlannerBot: Passing you to an agent.\n{L:hour} {a.g} (Customer "
     "Services): Hi {s.g}, is this {s.gs}? I've sent a code to {phone:s}: {otp:s}.\n{L:hour} {nick:s}: yes. "
     "refund to {k.gs} pls, they paid\n{L:hour} {a.g}: Done, {b.gs} in refunds will confirm.\n"),
]

PARISH_SHAPES += [
    # ---- English: the parish office and the funeral service
    ("baptism_en", "en",
     "Baptism enquiry – {L:church}\n\nChild: {j.GS}\nParent (applicant): {s.GS}, {phone:s}, {mail:s}\nParent: "
     "{k.GS}, {phone:k}\nGodparents: {a.gs}, {b.gs}\nDate: {L:date_en} at {L:time}, {L:nameday}\nReading: "
     "{L:bible}; hymn {L:hymn}\n\nParish administrator {c.gs} ({user:c}): booked with Revd {d.gs}. Godparent "
     "{b.g} joins from abroad, {phone:b}.\n"),
    ("wedding_en", "en",
     "Subject: Wedding booking {L:date_en}\n\nHello,\n\nmy partner {a.gs} and I would like to marry at {L:church} "
     "on {L:date_en} at {L:time}, with Revd {b.gs} officiating. Our witnesses are {c.gs} and {d.gs}. Reading: "
     "{L:bible}.\n\n{s.gs}\n{phone:s}\n\n---\nVerger {e.gs} ({user:e}): booked; reception at {L:twin}, which "
     "has nothing to do with {x.gs}.\n"),
    ("funeral_en", "en",
     "Funeral arrangements {L:ticket}\n\nDeceased: {k.SG}, died {L:date_en}\nNext of kin (arranging): {s.gs}, "
     "{phone:s}, {mail:s}\nService: {L:date_en} {L:time}, {L:church}; committal {L:cemetery}, {L:grave}\n"
     "Funeral director: {L:undertaker}, contact {a.gs}, {phone:a}\nWake: {L:twin}, caterer {L:caterer} ({b.gs}, "
     "{phone:b})\nHymns: {L:hymn}; reading {L:bible}\n\nRevd {c.gs}: {s.g} asks that {d.gs} gives the "
     "eulogy. {x.gs} is not family.\n"),
    ("grave_en", "en",
     "GRAVE MAINTENANCE AGREEMENT – {L:cemetery}, {L:grave}\n\nRight of burial holder: {s.SG}, {phone:s}, "
     "{mail:s}\nInterred: {k.SG} ({L:year}), {a.SG} ({L:year})\nTerm: {L:date_en} to {L:date_en}, "
     "{L:amount_en} a year\nInvoice {L:invoice}\n\nBereavement services ({b.gs}, {user:b}): transfer of the right "
     "to {c.gs} ({phone:c}) needs {s.g}'s and {d.g}'s consent. {L:charity}.\n"),
    ("donation_en", "en",
     "In memory donation {L:ticket} – {L:fund}\n\nDonor: {s.gs}, {mail:s}, {phone:s}\nPaid by card {card:s} "
     "{L:stamp}, {L:amount_en}\nIn memory of: {k.gs} (funeral {L:date_en}, {L:church})\nCard to be sent to "
     "{a.gs}, {L:depotstreet}\n\nTreasurer {b.gs} ({user:b}): receipted. The reception was at {L:twin}; no gift "
     "from {x.gs}.\n"),
    ("hallbooking_en", "en",
     "Hall booking – {L:twin}\n\nBooked by: {s.gs}, {phone:s}, {mail:s}\nDate: {L:date_en} {L:hour}–{L:hour}, "
     "{L:seats} people\nEvent: {L:ceremony}; responsible person {a.gs}, {phone:a}\nFee {L:amount_en}\n\n"
     "Verger {b.gs} ({user:b}): keys from {c.gs}; door code for {s.g}: {door:s}. Not linked to {x.gs}.\n"),
]

TRANSPORT_SHAPES += [
    # ---- Swedish: the transport authority's Swedish service
    ("reskort_sv", "sv",
     "Ämne: Förlorat resekort {L:travelcard}\n\nHej,\n\njag tappade mitt personliga resekort {L:date_sv} på "
     "{L:line} vid {L:stop}. Kortet hade {L:product} och saldo {L:amount_sv}. Min sambo {k.gs} hämtar det nya "
     "kortet, {phone:k}.\n\n{s.gs}\n{phone:s}\n\n---\nKundtjänst ({a.gs}): kortet spärrat {L:stamp}; saldot "
     "flyttat till {L:travelcard2}. {b.gs.gen} kontor på {L:station} lämnar ut det; hämtkod till {k.g}: {otp:k}.\n"),
    ("kontrollavgift_sv", "sv",
     "KONTROLLAVGIFT {L:penalty}\n\nResenär: {s.GS}\nAdress: {L:depotstreet}\nTid och plats: {L:date_sv} kl. "
     "{L:hour}, {L:line}, hållplats {L:stop}\nKontrollant nr {L:inspector}: {a.GS}\nAvgift {L:amount_sv}\n\n"
     "Bestridande ({s.g}): mitt kort {L:travelcard} fungerade inte; vittne {b.gs}, {phone:b}.\n\nHandläggare "
     "{c.gs} ({user:c}): {a.gs.gen} rapport begärd. Platsen {L:twin}; {x.gs.gen} ärende är ett annat.\n"),
    ("fardtjanst_sv", "sv",
     "Färdtjänstbokning {L:booking}\n\nResenär: {s.SG}, {L:depotstreet}, {phone:s}\nResa: {L:date_sv} kl. "
     "{L:hour} till {L:station}\nLedsagare: {a.gs}, {phone:a}\nFordon: {L:vehicle} {L:plate}, förare {b.gs} "
     "({drv:b})\n\nAnteckning: portkod {door:s}. Svarar {s.g} inte, ring anhörig {k.gs}, {phone:k}. Trafikledare "
     "{c.gs} ({user:c}).\n"),
    ("smslogg_sv", "sv",
     "SMS-logg {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hej {s.g}! Din engångskod är {otp:s}\n{L:stamp} ← "
     "{phone:s.msisdn}: tack\n{L:stamp} → {phone:k.msisdn}: Hej {k.g}, färdtjänstbilen kommer {L:hour}.\n"
     "{L:stamp} → {num.msisdn}: Din kontrollavgift {L:penalty} är betald.\n\nSkickat av {a.gs} ({user:a}); "
     "{s.gs.gen} nummer kontrollerat.\n"),
    ("stadscykel_sv", "sv",
     "Stadscykelkonto {user:s}\n\nAbonnent: {s.gs}, {mail:s}, {phone:s}\nBetalning: kort {card:s}\nResor: "
     "{L:bike} från {L:bikestation} {L:stamp}\n\nSupport ({a.gs}, {user:a}): cykeln ej dockad, avgift "
     "{L:amount_sv} efterskänkt. Ny PIN-kod {pin:s}. {s.gs.gen} barn {j.gs} har eget konto ({user:j}).\n"),
]

PARISH_SHAPES += [
    # ---- Swedish: the Swedish parish and its funeral service
    ("dop_sv", "sv",
     "DOPANMÄLAN – {L:parishname}\n\nBarn: {j.SG}\nVårdnadshavare (anmälare): {s.SG}, {phone:s}, {mail:s}\n"
     "Vårdnadshavare: {k.SG}, {phone:k}\nFaddrar: {a.gs}, {b.gs}\nDop: {L:date_sv} kl. {L:time}, {L:church}\n"
     "Läsning: {L:bible}; {L:hymn}\n\nPastorskansliet ({c.gs}, {user:c}): präst {d.gs}. Dopkaffe i {L:twin}; "
     "{x.gs.gen} bokning är en annan.\n"),
    ("konfirmand_sv", "sv",
     "Skriftskolanmälan – {L:camp}\n\nKonfirmand: {j.SG}, {L:age} år, {phone:j}\nVårdnadshavare (anmälare): "
     "{s.SG}, {phone:s}, {mail:s}\nVårdnadshavare: {k.SG}\nKompisönskemål: {a.gs}\n\nUngdomsarbetsledare {b.gs} "
     "({user:b}): plats bekräftad; hjälpledare {c.gs}. Konfirmation {L:nameday}, {L:church}.\n"),
    ("begravning_sv", "sv",
     "Begravningsplanering {L:ticket}\n\nAvliden: {k.SG}, död {L:date_sv}\nAnhörig (kontaktperson): {s.gs}, "
     "{phone:s}, {mail:s}\nJordfästning: {L:date_sv} kl. {L:time}, {L:hall}; gravsättning {L:cemetery}, "
     "{L:grave}\nBegravningsbyrå: {L:undertaker}, kontakt {a.gs}, {phone:a}\nMinnesstund: {L:twin}, catering "
     "{L:caterer} ({b.gs}, {phone:b})\nPsalmer: {L:hymn}\n\nPräst {c.gs}: {s.gs.gen} kusin {d.gs} håller "
     "minnestalet. {x.gs.gen} familj är inte berörd.\n"),
    ("gravratt_sv", "sv",
     "GRAVSKÖTSELAVTAL – {L:cemetery}, {L:grave}\n\nGravrättsinnehavare: {s.SG}, {phone:s}, {mail:s}\n"
     "Gravsatta: {k.SG} ({L:year}), {a.SG} ({L:year})\nAvtal: {L:date_sv}–{L:date_sv}, {L:amount_sv}/år\n\n"
     "Kyrkvaktmästare {b.gs} ({user:b}): överlåtelse till {c.gs} ({phone:c}) kräver {s.gs.gen} och {d.gs.gen} "
     "samtycke.\n"),
]

SHAPES = TRANSPORT_SHAPES + PARISH_SHAPES
TRANSPORT_NAMES = {name for name, _, _ in TRANSPORT_SHAPES}

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
           "\n\nAsiakaspalvelu {L:customerline} (ma–pe 8–16), ajanvaraus {L:bookingline}, hätätilanteessa "
           "{L:emergency}\n{g.gs}\n"],
    "en": ["\n--\n{L:system} | Case {L:ticket} | updated {L:stamp}\nHandler: {g.gs} ({L:role}), "
           "{phone:g}\nQueue: {L:queue}\n",
           "\n\nKind regards\n{g.gs}\n{L:role}\nDirect: {phone:g} | Switchboard: {L:switchboard}\n{L:companyno}\n",
           "\n--\nClosed by {g.is} ({user:g}) {L:stamp}\n",
           "\n\nCustomer line {L:customerline}, bookings {L:bookingline}\n{g.gs}\n"],
    "sv": ["\n--\n{L:system} | Ärende {L:ticket} | uppdaterat {L:stamp}\nHandläggare: {g.gs} ({L:role}), "
           "{phone:g}\nKö: {L:queue}\n",
           "\n\nVänliga hälsningar\n{g.gs}\n{L:role}\n{phone:g} | växel {L:switchboard}\nFO-nummer {L:ytunnus}\n",
           "\n--\nHandläggare {g.is} ({user:g}) {L:stamp}, {L:system}\n"],
}


def namesake(language, others):
    """A third party whose surname a street, stop, depot, church, chapel or hall of the message's service and language
    also bears: a NAME."""
    return PEOPLE.namesake(language, sorted(EPONYMS[CURRENT["service"]][language]), others)


draw = generation.case_draw(
    "held-out-49", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "transport" if name in TRANSPORT_NAMES else "parish", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 100, "EMAIL": 400, "USERNAME": 300,
            "look-alikes": 7000, "CREDENTIAL": 80, "IBAN": 20, "PAYMENT_CARD": 30, "NATIONAL_ID": 10,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("travel card, penalty, inspector, booking and fleet numbers", lambda key: generation.kind(key) in
                  ("travelcard", "travelcard2", "penalty", "inspector", "booking", "fleet", "bike", "plate")),
                 ("lines, stops, stations and depots", lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("line", "stop", "station", "depot", "bikestation")),
                 ("churches, halls, funds, Bible references, hymns and saints' days",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("church", "hall", "fund", "bible", "hymn", "nameday", "cemetery")),
                 ("grave sites", lambda key: generation.kind(key) == "grave")],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso", ":time"),
                tally=generation.NameForms(PHONES), check=generation.new_forms_check("held-out-49.jsonl"))
