#!/usr/bin/env python3
r"""Generates the fifty-second held-out set (held-out-52.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 51: nobody tunes on it. Its writer read no detection code, list, rule, model,
test or docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-51 lack: (a) a
municipal waste management and recycling company's customer service and (b) a taxi dispatch centre's customer
service, as their service desk sees them, in 45 shapes (23 Finnish, 13 English, 9 Swedish), with the earlier mail a
reply quotes, copies and watchers under it and the record around it (a case-system footer or a signature).
(a) missed bin emptyings with a neighbour who saw the truck, sludge (septic tank) emptying bookings for a summer
cottage with its co-owner and the barrier code for the driver, bulky and garden waste pickups confirmed with a one-time
code, invoices disputed and paid twice by card, refunds to a new account after a move, the customer portal's logins,
one-time codes, a temporary password and the spouse's PIN, the bin shelter (jätekatos, soprum) door codes given to a
driver and a neighbour, a property's change of owner with the seller's and buyer's identity codes, drivers' route logs
with logins and handsets (IMEI), a recycling station's staff rota, a bag and a phone thrown away by mistake, the
customer register's export (CSV), a bot's chat handed to an agent.
(b) ride bookings and pre-bookings with the passenger's escort, Kela (FPA) taxi rides with the customer's identity
code, service transport (färdtjänst) for a disabled person with the stairway door code and the assistant's own code,
lost property left in a taxi (a found phone's IMEI), fare disputes and a card charged twice, the taxi app's logins,
PINs and one-time codes, drivers' shift and incident logs with logins and handsets, company account invoices with
rides booked on a colleague's login, the dispatcher's SMS log, a complaint about a driver.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
Ingrian and Ludic given names joined (Iivana-Ondrei, Mikkoi-Olekso, Anukka-Moarie, Okku-Hima, Solomie-Ievdo), Finnish
compound surnames of forestry, log floating, tar burning and old craft words with a place word (Tervaoja, Pikisalo,
Sysiaho, Päreniemi, Uittolahti, Lauttakangas: Lauttakankaasta, Vakkamäki: Vakkamäen, Kehräkorpi: Kehräkorvelle,
Hirsilahti: Hirsilahdelle, Tervaoja-Uittolahti); old Ostrobothnian Swedish given names joined (Mickel-Jeppe,
Hindrik-Mattes, Brita-Stina, Valborg-Lena) with Swedish surnames of tar, charcoal, sawmill, log floating and bark
words (Tjärdal, Kolbacka, Sågström, Flottholm, Näverkvist, Timmerås-Näverkvist); Abkhaz, Circassian, Avar, Kalmyk,
Tuvan, Balochi, Kashmiri, Konkani, Assamese, Newar, Tahitian, Tsonga, Ndebele, Luo, Maasai, Kalenjin, Efik, Kanuri,
Tashelhit, Yucatec Maya, Wayuu, Minangkabau, Batak, Crimean Tatar, Ladin, Kashubian, Aromanian, Cajun, Amish,
Sephardi and Parsi ones, two given names and a double surname (Amra Gunda Ardzinba-Lakoba, Otieno Ochieng
Onyango-Owino, Ixchel Nicté Canché Cocom, Clothilde Odile Boudreaux-Thibodeaux, Rustom Jamshed Wadia-Dastur); in the
Finnish cases in Finnish prose (eleven cases and the abessive, the clitics -kin and -han/-hän: Sysiaho-Päreniemettä,
Anukka-Moariellekin, Olekso-Petrillehän), the Swedish genitive in Swedish, in capitals on forms, surname first in
exports and forms, initials (A.-O. Tervaoja, A. Ardzinba-Lakoba) in signatures and footers, lower-case handles in
chat.
Spans: as in sets 47 to 51, a person's given names are one NAME span however many they are (Amra Gunda,
Iivana-Ondrei) and the surname is one NAME span, a double surname or one of two words too (Canché Euán, Epieyú
Uriana); the two are separate spans with the space between them unlabelled; a clitic belongs to its name's span, an
English possessive's 's does not.
Look-alikes named after people: firms and brands (Lassila & Tikanoja, Taksi Hovila Oy, Hovilan Taksi, Taxi Hovila Ab,
Haddocks Skip Hire, Pennicotts Recycling, Brindleys Bins, Treloars Taxis, Chenoweths Private Hire, Polglases
Minicabs), car, truck and bin models (Ford Transit Custom, Mercedes-Benz Econic, Tesla Model Y, Sulo-astia 240 l,
Otto 140 l), recycling stations, bin shelters, streets and taxi ranks (Topeliuksen kierrätyspiste, Gadolinin
lajitteluasema, Gadolinstationen, Runeberginkadun jätekatos, Runebergsstationen, Snellmaninkadun taksitolppa,
Mannerheimintien tolppa, Mannerheimvägens taxistation, Fleminginkatu, Brunel Road) and hospitals (Auroran sairaala,
Sankt Görans sjukhus, Addenbrooke's Hospital, Guy's Hospital); in 26 shapes a third party bears the same surname as a
firm, a station, a street, a rank or a car model of the message in another form than the thing (a Finnish case that
is not the thing's nominative or genitive: Tikanojalta, Topeliukselta, Gadolinilla, Runebergille, Hovilaan,
Snellmanilta, Fordille, Mannerheimille; the Swedish genitive beside a compound: Gadolins, Runebergs, Snellmans,
Mannerheims, Hovilas, Tikanojas; the English possessive beside a firm's plural: Haddock's, Pennicott's, Treloar's,
Chenoweth's, Polglase's) and is a NAME.
Labelling policy, as in set 51, with these for the new kinds. The subject is the register's known person: the
customer whose bin was missed, who books a sludge emptying or a bulky waste pickup, disputes an invoice, is refunded,
logs in to the portal, gives a bin shelter or barrier code on, buys a property, the driver who writes a route log, the
station manager who writes a rota, whose bag and phone were thrown away, the bot's customer; the passenger who books a
ride or a pre-booking, whose Kela ride or service transport it is, the owner of a phone left in a taxi, the card
holder charged twice, the app user, the driver who writes a shift log, the company account's contact, the one who
complains. Everyone else is a third party: co-owners, spouses, escorts, relatives and assistants, neighbours, new
tenants, the seller of a property and the estate agent, drivers, crews, dispatchers, station staff, fellow
passengers, the taxi operator, bank handlers, the one who collects a found phone, staff, handlers and agents. Every
person's phone is a PHONE; a service's number is a look-alike (the switchboard, the customer, booking and Kela lines,
112, 999). Shared mailboxes (asiakaspalvelu@, sakokaivot@, kelakyydit@, lostproperty@, hittegods@) are EMAIL, role
"third". Staff, portal, app and dispatch logins, drivers' logins in a log and chat handles are USERNAME. The IMEI of
a log's or a rota's handset is a DEVICE_ID of its user (the writer's own the subject's), of a found or thrown-away
phone its owner's. Accounts are IBAN (valid check digits; Finnish, Swedish and British), cards PAYMENT_CARD (valid
Luhn), identity codes NATIONAL_ID (valid check character). One-time codes, app and portal PINs, temporary passwords,
door, bin shelter and barrier codes are CREDENTIAL of the one they are given to or belong to (the driver's, the
neighbour's and the assistant's door codes and the spouse's PIN a third party's). Look-alikes (kept): order, ride,
pre-booking, Kela ride, invoice, dispute, lost-property, customer, bin and case numbers, routes, bins, waste
fractions, services, bulky items, recycling stations, refuse trucks, cottages, cars, registration plates, taxi
licences and car numbers, ranks, hospitals, weights, volumes, distances, amounts, Finnish reference numbers, business
ids, dates and times, weekdays, streets, towns, roles, queues, systems.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 10,172
NAME (1,444 the subject's) in 1,039 distinct forms, 945 of them (91.0 %) new to every other labelled set by
new-name-forms.py (the others are initials, some Finnish surnames and eponyms' surnames); 1,699 PHONE (562 the
subject's) of 112 countries and territories; 827 EMAIL (740 third parties' and shared mailboxes); 1,210 USERNAME (259
the subject's); 391 CREDENTIAL (290 the subject's, 101 third parties'); 44 IBAN (the subject's refund account); 115
PAYMENT_CARD (the subject's); 98 NATIONAL_ID (84 the buyer's or the passenger's, 14 the seller's); 171 DEVICE_ID (114
the log or rota writer's own and lost or thrown-away phones', 57 third parties' handsets); 7,585 look-alikes (2,174
dates and times, 559 service numbers, 377 namesakes' things, 864 order, ride, pre-booking, Kela ride, invoice, dispute,
lost-property, customer and bin numbers, 629 bins, fractions, services, bulky items, stations, vehicles, routes and
cottages, 613 cars, plates, licences, car numbers, ranks and hospitals, 218 weights, volumes and distances) from 716
pairs of shape and kind, 4,994 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-52.py --check asserts it and that more than half the name forms are new
to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-52.py > held-out-52.jsonl (python3 held-out-52.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers

R, DRAW, CLOCK = generation.seeded(52525252)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-51 as name forms when this set was written; the
# Finnish given names are Ingrian and Ludic ones joined, the surnames compounds of forestry, log floating, tar burning
# and old craft words (terva, piki, sysi, kaski, päre, tukki, uitto, lautta, hirsi, niini, tuohi, vakka, rukki, vanne,
# lesti, kehrä) with a place word; the Swedish given names are old Ostrobothnian ones joined, the surnames compounds of
# tar, charcoal, sawmill, log floating and bark words.

FI_MEN = ["Iivana-Ondrei", "Ondrei-Mikkoi", "Mikkoi-Olekso", "Olekso-Hotti", "Hotti-Petri", "Petri-Vaske",
          "Vaske-Stepan", "Stepan-Jyrki", "Jyrki-Ofim", "Ofim-Maksim", "Maksim-Iivana", "Iivana-Stepan",
          "Ondrei-Vaske", "Mikkoi-Ofim", "Olekso-Petri", "Hotti-Maksim", "Jaako-Tuomas", "Tuomas-Juhana",
          "Juhana-Ristoi", "Ristoi-Jaako", "Jaako-Hotti", "Ristoi-Olekso", "Juhana-Mikkoi", "Tuomas-Ondrei",
          "Petri-Ristoi", "Vaske-Juhana", "Stepan-Ofim", "Maksim-Jaako", "Jyrki-Tuomas", "Ofim-Iivana"]
FI_WOMEN = ["Anukka-Moarie", "Moarie-Okku", "Okku-Hima", "Hima-Tatjana", "Tatjana-Lukie", "Lukie-Ouli",
            "Ouli-Kaisu", "Kaisu-Maikki", "Maikki-Anukka", "Anukka-Okku", "Moarie-Hima", "Okku-Tatjana",
            "Hima-Lukie", "Tatjana-Ouli", "Lukie-Kaisu", "Ouli-Maikki", "Kaisu-Anukka", "Maikki-Moarie",
            "Katri-Solomie", "Solomie-Nasti", "Nasti-Ievdo", "Ievdo-Katri", "Katri-Nasti", "Solomie-Ievdo",
            "Nasti-Anukka", "Ievdo-Okku", "Moarie-Katri", "Lukie-Solomie", "Hima-Nasti", "Ouli-Ievdo"]
FI_SURNAMES = ["Tervaoja", "Pikisalo", "Sysiaho", "Kaskiharju", "Päreniemi", "Tukkikallio", "Uittosuo",
               "Lauttakangas", "Hirsilahti", "Niinivaara", "Tuohisaari", "Vakkamäki", "Rukkijärvi", "Vanneranta",
               "Lestikoski", "Kehräkorpi", "Tervalampi", "Pikivuori", "Sysikangas", "Uittolahti", "Tukkisaari",
               "Lauttaniemi", "Hirsimäki", "Päreoja", "Kaskisuo", "Tuohikallio", "Niiniranta", "Vakkaharju",
               "Rukkiaho", "Vannevaara", "Lestisalo", "Kehräniemi", "Pikiharju", "Sysilampi", "Uittokorpi",
               "Tukkivaara"]
FI_SURNAMES += ["Tervaoja-Uittolahti", "Sysiaho-Päreniemi", "Tukkikallio-Niinivaara"]
SV_GIVEN = ["Mickel-Jeppe", "Jeppe-Hindrik", "Hindrik-Mattes", "Mattes-Jöns", "Jöns-Isak", "Isak-Anders",
            "Anders-Jakob", "Jakob-Mickel", "Mickel-Hindrik", "Jeppe-Jöns", "Mattes-Isak", "Jöns-Jakob",
            "Isak-Mickel", "Anders-Jeppe", "Hindrik-Jakob", "Jakob-Mattes", "Mattes-Anders", "Jöns-Mickel",
            "Brita-Stina", "Stina-Valborg", "Valborg-Lena", "Lena-Kajsa", "Kajsa-Greta", "Greta-Maja",
            "Maja-Gustava", "Gustava-Sanna", "Sanna-Brita", "Brita-Valborg", "Stina-Kajsa", "Lena-Maja",
            "Greta-Gustava", "Sanna-Stina", "Valborg-Greta", "Kajsa-Brita", "Maja-Sanna", "Gustava-Lena"]
SV_SURNAMES = ["Tjärdal", "Kolbacka", "Sågström", "Flottholm", "Timmerås", "Näverkvist", "Spånberg", "Kolarbacka",
               "Tjärviken", "Flottviken", "Timmerlund", "Näverbacka", "Tjärdal-Sågström", "Kolbacka-Flottholm",
               "Timmerås-Näverkvist", "Spånberg-Kolarbacka", "Tjärviken-Timmerlund", "Flottviken-Näverbacka"]


def world(given, surnames, countries, sep="-"):
    """An origin's given names two by two (the first three women's, the last three men's) and its double surnames."""
    g = [f"{given[i]} {given[(i + 1) % 3]}" for i in range(3)] + \
        [f"{given[3 + i]} {given[3 + (i + 1) % 3]}" for i in range(3)]
    s = [f"{surnames[i]}{sep}{surnames[(i + 1) % 4]}" for i in range(4)] + [f"{surnames[0]}{sep}{surnames[2]}"]
    return g, s, countries


WORLD = {
    "abkhaz": world(["Amra", "Gunda", "Saria", "Adgur", "Astamur", "Daur"],
                    ["Ardzinba", "Lakoba", "Gumba", "Chanba"], ["GE", "RU"]),
    "circassian": world(["Nafset", "Sataney", "Guashe", "Kazbek", "Tembot", "Zaurbek"],
                        ["Khatkov", "Kushkhov", "Teuvazhev", "Shogenov"], ["RU", "TR", "JO"]),
    "avar": world(["Patimat", "Aishat", "Khadizhat", "Abakar", "Gadzhimurad", "Omarasxab"],
                  ["Gamzatov", "Aliskhanov", "Magomedaliev", "Dibirov"], ["RU", "AZ"]),
    "kalmyk": world(["Bulgun", "Kermen", "Ayuna", "Baatr", "Bembya", "Erdne"],
                    ["Ochirov", "Badmaev", "Sangadzhiev", "Utnasunov"], ["RU", "MN"]),
    "tuvan": world(["Chechek", "Aidysmaa", "Choduraa", "Aldar", "Ayas", "Sayan"],
                   ["Oorzhak", "Mongush", "Kuular", "Ondar"], ["RU", "MN"]),
    "balochi": world(["Banuk", "Mahganj", "Gulbibi", "Hammal", "Chakar", "Doda"],
                     ["Bugti", "Marri", "Rind", "Bizenjo"], ["PK", "IR", "AE"]),
    "kashmiri": world(["Mehjabeen", "Shugufta", "Haleema", "Gulzar", "Mushtaq", "Tariq"],
                      ["Kachroo", "Zutshi", "Handoo", "Mattoo"], ["IN", "GB"]),
    "konkani": world(["Ulka", "Sneha", "Varsha", "Prabhakar", "Dattaraj", "Shripad"],
                     ["Kamat", "Shenoy", "Sardessai", "Gaonkar"], ["IN", "AE"]),
    "assamese": world(["Jonali", "Moromi", "Gitanjali", "Bhupen", "Hiranya", "Dhrubajyoti"],
                      ["Borgohain", "Bordoloi", "Saikia", "Hazarika"], ["IN"]),
    "newar": world(["Rajani", "Muna", "Sabina", "Ratna", "Bijaya", "Suraj"],
                   ["Pradhananga", "Amatya", "Manandhar", "Tuladhar"], ["NP", "IN"]),
    "tahitian": world(["Vaimiti", "Hinatea", "Tiare", "Teiva", "Manutea", "Tavita"],
                      ["Teriitahi", "Tetuanui", "Temauri", "Faatauira"], ["FR", "NZ"]),
    "tsonga": world(["Tsakani", "Ntsako", "Nyiko", "Hlulani", "Rhulani", "Tiyani"],
                    ["Baloyi", "Chauke", "Mathebula", "Maluleke"], ["ZA", "ZW"]),
    "ndebele": world(["Sithabile", "Nomathemba", "Sibongile", "Mthulisi", "Themba", "Nkosana"],
                     ["Ncube", "Sibanda", "Nkomo", "Mlilo"], ["ZW", "ZA"]),
    "luo": world(["Akinyi", "Atieno", "Adhiambo", "Otieno", "Ochieng", "Odhiambo"],
                 ["Onyango", "Owino", "Okoth", "Oduor"], ["KE", "UG", "TZ"]),
    "maasai": world(["Naserian", "Nashipae", "Resian", "Lemayian", "Saitoti", "Parsapiyo"],
                    ["Lekishon", "Ntimama", "Lesiamon", "Kaparo"], ["KE", "TZ"]),
    "kalenjin": world(["Chebet", "Jepkosgei", "Chepkoech", "Kipchumba", "Kiprotich", "Kipkemboi"],
                      ["Kiptanui", "Rotich", "Cheruiyot", "Kimutai"], ["KE", "UG"]),
    "efik": world(["Arit", "Nkoyo", "Affiong", "Etim", "Effiong", "Okon"],
                  ["Ekpenyong", "Inyang", "Udofia", "Etuk"], ["NG", "CM"]),
    "kanuri": world(["Falmata", "Yagana", "Kaltumi", "Kachalla", "Goni", "Bukar"],
                    ["Shettima", "Kyari", "Bukarti", "Gujbawu"], ["NG", "CM"]),
    "tashelhit": world(["Tiziri", "Tanirt", "Itto", "Idir", "Massin", "Yuba"],
                       ["Oubrahim", "Amzil", "Ouhadi", "Akhannouch"], ["MA", "FR", "BE"]),
    "yucatec": world(["Ixchel", "Nicté", "Yaretzi", "Canek", "Yaxkin", "Ek"],
                     ["Canché", "Cocom", "Euán", "Tzab"], ["MX"], sep=" "),
    "wayuu": world(["Yaritza", "Marelvis", "Neidis", "Olimpo", "Remedio", "Wilder"],
                   ["Epieyú", "Uriana", "Ipuana", "Pushaina"], ["CO", "VE"], sep=" "),
    "minangkabau": world(["Upiak", "Rosna", "Salmah", "Buyuang", "Sutan", "Datuak"],
                         ["Chaniago", "Piliang", "Sikumbang", "Tanjuang"], ["ID", "MY"]),
    "batak": world(["Rotua", "Sondang", "Tiurma", "Parlindungan", "Hotman", "Binsar"],
                   ["Siregar", "Simanjuntak", "Sitompul", "Lumbantobing"], ["ID"]),
    "crimean_tatar": world(["Mavile", "Lemara", "Elmaz", "Enver", "Remzi", "Nariman"],
                           ["Dzhemilev", "Kurtseitov", "Seitbekirov", "Umerov"], ["UA", "TR"]),
    "ladin": world(["Rosina", "Filomena", "Lavinia", "Ujep", "Vijo", "Tita"],
                   ["Dapunt", "Pescosta", "Irsara", "Crazzolara"], ["IT", "AT"]),
    "kashubian": world(["Gertruda", "Leokadia", "Wiktoria", "Bazyli", "Florian", "Augustyn"],
                       ["Labuda", "Necel", "Trepczyk", "Drzeżdżon"], ["PL", "DE"]),
    "aromanian": world(["Vanghelia", "Sultana", "Chiraţa", "Tache", "Nicola", "Mitu"],
                       ["Caragiani", "Papatrandafil", "Cuşa", "Toli"], ["GR", "MK", "RO"]),
    "cajun": world(["Clothilde", "Odile", "Eulalie", "Alcide", "Télesphore", "Ovide"],
                   ["Boudreaux", "Thibodeaux", "Arceneaux", "Fontenot"], ["US"]),
    "amish": world(["Mattie", "Lydiann", "Rachel", "Amos", "Eli", "Jonas"],
                   ["Yoder", "Stoltzfus", "Beiler", "Hershberger"], ["US", "CA"]),
    "sephardi": world(["Djoya", "Sultana", "Reina", "Avram", "Bohor", "Yakov"],
                      ["Benveniste", "Abravanel", "Toledano", "Saporta"], ["TR", "IL"]),
    "parsi": world(["Perin", "Dinaz", "Khorshed", "Rustom", "Jamshed", "Cyrus"],
                   ["Wadia", "Dastur", "Batliwala", "Contractor"], ["IN", "GB"]),
}

# The Finnish surnames that are compounds whose last word inflects on its own (Lauttakangas: Lauttakankaalle,
# Vakkamäki: Vakkamäeltä, Kehräkorpi: Kehräkorvesta), and Topelius with its -kse- stem (Topeliukselta).
IRREGULAR = {}
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))
IRREGULAR["Topelius"] = generation.kse_forms("Topelius")

# ---------------------------------------------------------------------------------------------------------------------
# Firms, brands, stations, streets, taxi ranks and car models named after people: a third party x of the same surname is
# a NAME in a form the thing does not hold (a Finnish case other than the thing's nominative or genitive, the Swedish
# genitive beside a compound, the English possessive beside a firm's plural), the thing a look-alike.

EPONYMS = {"waste": {"fi": {"Tikanoja": ["Lassila & Tikanoja", "Lassila & Tikanojan jäteauto"],
                            "Topelius": ["Topeliuksen kierrätyspiste", "Topeliuksenkadun jätekatos"],
                            "Gadolin": ["Gadolinin lajitteluasema", "Gadolin-asema"],
                            "Runeberg": ["Runebergin ekopiste", "Runeberginkadun jätekatos"]},
                     "sv": {"Runeberg": ["Runebergsstationen", "Runebergsgatans soprum"],
                            "Gadolin": ["Gadolinstationen", "Gadolinsorteringen"],
                            "Tikanoja": ["Lassila & Tikanoja", "L&T Tikanojabilen"]},
                     "en": {"Haddock": ["Haddocks Skip Hire", "Haddocks Waste"],
                            "Pennicott": ["Pennicotts Recycling", "Pennicotts Tip"],
                            "Brindley": ["Brindleys Bins", "Brindleys Compactors"]}},
           "taxi": {"fi": {"Hovila": ["Taksi Hovila Oy", "Hovilan Taksi"],
                           "Snellman": ["Snellmaninkadun taksitolppa", "Snellmanin tolppa"],
                           "Ford": ["Ford Transit Custom", "Ford Tourneo -tilataksi"],
                           "Mannerheim": ["Mannerheimintien tolppa", "Mannerheimin taksitolppa"]},
                    "sv": {"Hovila": ["Taxi Hovila Ab", "Hovilataxi"],
                           "Snellman": ["Snellmansgatans taxistolpe", "Snellmanstolpen"],
                           "Mannerheim": ["Mannerheimvägens taxistation", "Mannerheimstolpen"]},
                    "en": {"Treloar": ["Treloars Taxis", "Treloars Cabs"],
                           "Chenoweth": ["Chenoweths Private Hire", "Chenoweths Cars"],
                           "Polglase": ["Polglases Minicabs", "Polglases Taxis"]}}}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

class People(generation.People):
    def kin(self, s, language):
        """As generation.People.kin, never with s's own given name (a co-owner, an escort or a child of the same name
        would be the subject's name labelled as a third party's)."""
        while True:
            k = super().kin(s, language)
            if k.given != s.given:
                return k


PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"waste": {"fi": ["jatekaari.example.fi", "kiertoasema.example.fi"],
                         "sv": ["avfall.example.fi", "atervinning.example.se"],
                         "en": ["jatekaari.example.com", "wastecare.example.co.uk"]},
               "taxi": {"fi": ["kyytikeskus.example.fi", "taksivalitys.example.fi"],
                        "sv": ["taxicentral.example.fi", "taxi.example.se"],
                        "en": ["kyytikeskus.example.com", "cabs.example.co.uk"]}}
SHARED_BOXES = {
    "waste_fi": "asiakaspalvelu@jatekaari.example.fi laskutus@jatekaari.example.fi tyhjennykset@jatekaari.example.fi "
                "sakokaivot@jatekaari.example.fi kiertoasemat@kiertoasema.example.fi",
    "waste_en": "customers@jatekaari.example.com billing@jatekaari.example.com collections@wastecare.example.co.uk",
    "waste_sv": "kundtjanst@avfall.example.fi fakturor@avfall.example.fi tomningar@atervinning.example.se",
    "taxi_fi": "asiakaspalvelu@kyytikeskus.example.fi laskutus@kyytikeskus.example.fi "
               "kelakyydit@kyytikeskus.example.fi loytotavarat@taksivalitys.example.fi "
               "palaute@taksivalitys.example.fi",
    "taxi_en": "bookings@kyytikeskus.example.com accounts@kyytikeskus.example.com lostproperty@cabs.example.co.uk",
    "taxi_sv": "bokning@taxicentral.example.fi fakturor@taxicentral.example.fi hittegods@taxi.example.se"}
CURRENT = {"x": None, "language": "fi", "service": "waste"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {a.i}
# the initials, {j.…} the subject's child, {nick:a} a's chat handle, {staff:a} a's driver or staff login in a route
# log, a shift log or a rota, {imei:a} the IMEI of a's handset or found phone, {otp:a}, {pin:a}, {door:a}, {gate:a},
# {pw:a} a's credentials; in Finnish a name also in the abessive (.abe) and with the clitics -kin and -han/-hän
# (.allkin, .genhan).

def handset_imei():
    n = identifiers.luhn(R, R.choice(["35", "86", "01", "99"]), 15)
    return R.choice([n, n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:8]} {n[8:]}"])


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 4, 8]))),
         "pin": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([4, 4, 4, 6]))),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}", "*{4}", "{4}*{2}"]))),
         "gate": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{3}{A}", "#{4}", "{2}-{2}", "{6}"]))),
         "pw": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{A}{x}{x}{x}{4}!", "Jk{4}{A}{x}{x}#", "{x}{A}{x}{A}{3}?{x}",
                                                          "{A}{A}{x}{x}-{4}-{x}{x}"])))}


class Writer(generation.TableWriter):
    phones, draws, irregular, secrets = PHONES, DRAW, IRREGULAR, OWNED
    home_weight = 3
    born = (("-", 30, 99), ("A", 0, 8))
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

    def form(self, nom, case):
        """As generation.Writer.form, and in Finnish the abessive (Tervaojatta) and a case with the clitic -kin or
        -han/-hän (Pikisalollekin, Sysiahonhan), the vowel of -han/-hän by the harmony of the name's essive."""
        if self.language == "fi" and case != "nom":
            for clitic in ("kin", "han"):
                if case.endswith(clitic) and len(case) > 3:
                    base = self.form(nom, case[:-3])
                    harmony = super().form(nom, "ess")[-1]
                    return base + (clitic if clitic == "kin" else "h" + harmony + "n")
            if case == "abe":
                return super().form(nom, "gen")[:-1] + "tt" + super().form(nom, "ess")[-1]
        return super().form(nom, case)

    def person(self, p, spec="gs"):
        """As generation.Writer.person, and is: the given name's initials with full stops (I.-O. for Iivana-Ondrei,
        A. for Amra Gunda) and the surname; i the initials in capitals."""
        bits = spec.split(".")
        if bits[0] == "is":
            case = bits[1] if len(bits) > 1 else "nom"
            initial = "-".join(w[0] + "." for w in p.given.split(" ")[0].split("-"))
            return self.name(initial, p.role).say(" ").name(self.form(p.surname, case), p.role)
        if bits[0] == "i":
            return self.name(p.initials().upper(), p.role)
        return super().person(p, spec)

    def iban(self, p):
        """As generation.Writer.iban, and in English a British account (a refund paid in the UK)."""
        if p.account is None and self.language == "en":
            p.account = identifiers.written_foreign_iban(R, "GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "{14}")
        return super().iban(p)

    def imei(self, p):
        """The IMEI of p's handset or found phone, the same wherever the message writes it: a DEVICE_ID of p."""
        return self.ent(self.sticky.setdefault(("imei", id(p)), handset_imei()), "DEVICE_ID", p.role)

    def staff(self, p):
        """p's login as a route log, a shift log or a rota writes it: a USERNAME of p."""
        if ("staff", id(p)) not in self.sticky:
            g, s = identifiers.plain_name(p.given.split(" ")[0].split("-")[0]), identifiers.plain_name(p.surname)
            self.sticky[("staff", id(p))] = R.choice([f"drv_{s[:6]}{R.randint(10, 99)}", f"{g[:3]}{s[:4]}.kuski",
                                                      f"{g}{s[0]}{R.randint(100, 999)}", f"K{R.randint(1000, 9999)}"
                                                      f"-{s[:5].upper()}", f"jh.{g[0]}{s[:7]}",
                                                      f"{s[:5]}_{g[:2]}{R.randint(1, 9)}"])
        return self.ent(self.sticky[("staff", id(p))], "USERNAME", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei, "staff": self.staff}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a municipal waste management and recycling company's customer service and of a taxi dispatch
# centre's customer service.

MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "GBP {w}.{c}", "€{w}.{c}"],
         "sv": ["{g},{c} €", "{g} kr", "{w},{c} euro"]}


def money(language):
    whole = R.choice([R.randint(1, 30), R.randint(5, 99), R.randint(100, 999), R.randint(1000, 4000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The firm, station, street, rank or car model named after someone of the surname of this message's x."""
    return R.choice(EPONYMS[CURRENT["service"]][CURRENT["language"]][CURRENT["x"].surname])


TABLES = {
    # The waste management and recycling company.
    "bin": {"fi": ["sekajäte 240 l", "biojäte 140 l", "Molok Classic 5 m³", "kartonkiastia 660 l", "Sulo-astia 240 l",
                   "Otto 140 l -biojäteastia", "lasi- ja metalliastia 240 l", "syväkeräyssäiliö 3 m³"],
            "sv": ["blandavfall 240 l", "bioavfall 140 l", "Molok Classic 5 m³", "kartongkärl 660 l", "Sulo-kärl",
                   "Otto 140 l"],
            "en": ["a 240 l general waste bin", "a 140 l food waste caddy", "a Molok Classic 5 m³", "a 660 l card bin",
                   "a Sulo 240 l wheelie bin", "an Otto 140 l bin"]},
    "fraction": {"fi": ["sekajäte", "biojäte", "kartonki", "lasi", "metalli", "muovipakkaus", "puutarhajäte",
                        "risut", "vaarallinen jäte", "SER-romu"],
                 "sv": ["blandavfall", "bioavfall", "kartong", "glas", "metall", "plastförpackningar",
                        "trädgårdsavfall", "ris"],
                 "en": ["general waste", "food waste", "cardboard", "glass", "metal", "plastic packaging",
                        "garden waste", "WEEE"]},
    "station": {"fi": ["Konalan kiertoasema", "Kivikon kiertoasema", "Ämmässuon jätekeskus", "Ruskeasannan kiertoasema",
                       "Kujalan jätekeskus", "Gadolinin lajitteluasema"],
                "sv": ["Konala återvinningsstation", "Kvarnbo avfallscentral", "Gadolinstationen", "Kivik sortering"],
                "en": ["the Konala recycling station", "the Kivikko recycling centre", "Ämmässuo waste centre",
                       "the Kujala depot"]},
    "vehicle": {"fi": ["Scania P280 -jäteauto", "Volvo FE -pakkaava jäteauto", "Mercedes-Benz Econic",
                       "imuauto Scania R450", "Renault D Wide -nostinauto", "Lassila & Tikanojan jäteauto"],
                "sv": ["sopbil Scania P280", "Volvo FE sopbil", "Mercedes-Benz Econic", "slamsugare Scania R450"],
                "en": ["a Scania P280 refuse truck", "a Volvo FE compactor", "a Mercedes-Benz Econic",
                       "a Scania R450 tanker"]},
    "service": {"fi": ["sakokaivon tyhjennys", "umpikaivon tyhjennys", "isojen jätteiden nouto",
                       "puutarhajätteen nouto", "risujen nouto", "lisätyhjennys", "astian pesu", "SER-nouto"],
                "sv": ["slamtömning", "tömning av sluten tank", "hämtning av grovavfall", "hämtning av trädgårdsavfall",
                       "extra tömning"],
                "en": ["a septic tank emptying", "a bulky waste collection", "a garden waste collection",
                       "an extra emptying", "a bin wash"]},
    "bulky": {"fi": ["sohva ja nojatuoli", "jääkaappi", "sänky ja patja", "pyörä", "grilli", "sohvapöytä",
                     "pesukone"],
              "sv": ["soffa", "kylskåp", "säng och madrass", "cykel", "tvättmaskin"],
              "en": ["a sofa", "a fridge", "a bed and mattress", "a bike", "a washing machine"]},
    "cottage": {"fi": ["kesämökki Pitkäranta", "mökki, Kuusijärventie {n}", "vapaa-ajan asunto Lohjansaari",
                       "mökki Kaislaniemi"],
                "sv": ["sommarstugan i Pellinge", "stugan på Kyrkogårdsö", "fritidshuset i Sommaröarna"],
                "en": ["the summer cottage at Pellinki", "the cottage in Lohjansaari"]},
    # The taxi dispatch centre.
    "car": {"fi": ["Toyota Camry Hybrid", "Škoda Superb", "Mercedes-Benz Vito", "Tesla Model Y", "Volkswagen Caddy",
                   "Toyota Corolla Touring", "Ford Transit Custom"],
            "sv": ["Toyota Camry", "Škoda Superb", "Mercedes-Benz Vito", "Tesla Model Y", "Volkswagen Caddy"],
            "en": ["a Toyota Camry", "a Škoda Superb", "a Mercedes-Benz Vito", "a Tesla Model Y", "an LEVC TX"]},
    "rank": {"fi": ["Rautatientorin tolppa", "Mannerheimintien tolppa", "Kampin tolppa", "Runeberginkadun tolppa",
                    "Meilahden sairaalan tolppa", "lentoaseman tolppa 2"],
             "sv": ["Järnvägstorgets taxistation", "Runebergsgatans taxistolpe", "Kampens stolpe", "flygstationen"],
             "en": ["the Central Station rank", "the Kamppi rank", "the airport rank", "the Marian hospital rank"]},
    "hospital": {"fi": ["Meilahden sairaala", "Auroran sairaala", "Peijaksen sairaala", "Jorvin sairaala",
                        "Malmin terveysasema", "Marian sairaala"],
                 "sv": ["Mejlans sjukhus", "Jorvs sjukhus", "Sankt Görans sjukhus", "Auroras sjukhus"],
                 "en": ["Meilahti hospital", "Addenbrooke's Hospital", "Guy's Hospital", "the Royal Cornwall"]},
    "street": {"fi": ["Tolppakuja {n}", "Mannerheimintie {n}", "Fleminginkatu {n} B", "Agricolankatu {n}",
                      "Jätekatu {n}", "Sysimiehenkuja {n}"],
               "sv": ["Runebergsgatan {n}", "Agricolagatan {n}", "Sjögatan {n}", "Flemingsgatan {n}"],
               "en": ["{n} Brunel Road", "{n} Nelson Street", "{n} High Street", "{n} Quay Road"]},
    "town": {"fi": ["Helsinki", "Espoo", "Vantaa", "Lohja", "Porvoo", "Kerava", "Tampere", "Turku"],
             "sv": ["Helsingfors", "Esbo", "Vanda", "Borgå", "Lojo", "Kyrkslätt"],
             "en": ["Helsinki", "Espoo", "Truro", "Penzance", "Vantaa", "Falmouth"]},
    # Who, where and what system, by service.
    "role_waste": {"fi": ["asiakaspalvelija", "laskutussihteeri", "kuljetussuunnittelija", "ajojärjestelijä",
                          "kiertoaseman esimies", "asiakkuuspäällikkö"],
                   "sv": ["kundtjänst", "faktureringen", "transportplanerare", "stationsförman"],
                   "en": ["Customer Services Adviser", "Billing Officer", "Route Planner", "Depot Manager"]},
    "role_taxi": {"fi": ["ajojärjestelijä", "asiakaspalvelija", "laskutussihteeri", "vuoroesimies",
                         "palautekäsittelijä"],
                  "sv": ["trafikledare", "kundtjänst", "faktureringen", "skiftledare"],
                  "en": ["Dispatcher", "Customer Services", "Accounts Officer", "Shift Supervisor"]},
    "queue_waste": {"fi": ["Tyhjennykset", "Sakokaivot", "Laskutus", "Asiakasportaali", "Noudot", "Kiertoasemat"],
                    "sv": ["Tömningar", "Slamtömning", "Fakturor"],
                    "en": ["Collections", "Septic tanks", "Billing", "Portal support"]},
    "queue_taxi": {"fi": ["Tilaukset", "Kela-kyydit", "Löytötavarat", "Laskutus", "Palautteet", "Sovellustuki"],
                   "sv": ["Beställningar", "FPA-resor", "Hittegods", "Fakturor"],
                   "en": ["Bookings", "Lost property", "Accounts", "App support", "Complaints"]},
    "system_waste": {"fi": ["Jäterekisteri JR5", "Asiakasportaali OmaJäte", "Reittiloki", "Laskutus-CRM"],
                     "sv": ["Avfallsregistret", "Kundportalen", "Ruttloggen"],
                     "en": ["BinTrack", "the customer portal", "RouteLog", "BillingHub"]},
    "system_taxi": {"fi": ["Välitysjärjestelmä VK4", "Kyytisovellus", "Kela-kyytirekisteri", "Vuoroloki"],
                    "sv": ["Förmedlingssystemet", "Taxiappen", "Skiftloggen"],
                    "en": ["DispatchDesk", "the taxi app", "ShiftLog", "the account portal"]},
}
SERVICE_LINES = {
    "switchboard": {"fi": ["09 {4} {4}", "020 {3} {4}"], "en": ["0344 {3} {4}", "01872 {3} {3}"],
                    "sv": ["09-{3} {4}", "018-{3} {3}"]},
    "customerline": {"fi": ["0600 {2} {3}", "09 {3} {5}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                     "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "bookingline": {"fi": ["0100 {4}", "0200 {5}", "010 {3} {4}"], "en": ["0121 {3} {4}", "020 {4} {4}"],
                    "sv": ["0100 {4}", "06-{3} {4}"]},
    "kelaline": {"fi": ["0800 {3} {3}", "0800 {2} {3}"], "en": ["0800 {3} {3}"], "sv": ["0800 {3} {3}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
}

# What stays the same throughout one message.
STICKY = {f"{kind}_{language}" for kind in ("system", "station", "car", "cottage") for language in ("fi", "en", "sv")}
STICKY |= {"plate", "customerno", "binid", "licence"}
LOOKS = {
    "twin": twin,
    "plate": lambda: DRAW.fill(R.choice(["{A}{A}{A}-{3}", "{A}{A}{A}-{2}", "{A}{A}-{3}", "{A}{A}{2} {A}{A}{A}"])),
    "licence": lambda: DRAW.fill(R.choice(["TL-{5}", "taksilupa {6}", "auto {3}", "PH/{5}"])),
    "carno": lambda: DRAW.fill(R.choice(["auto {3}", "#{3}", "car {3}", "{3}"])),
    "ride": lambda: DRAW.fill(R.choice(["KY-{7}", "#{6}", "RIDE{8}", "TX-{4}-{4}"])),
    "prebook": lambda: DRAW.fill(R.choice(["ET-{6}", "PRE{7}", "F-{4}/{2}"])),
    "kelaride": lambda: DRAW.fill(R.choice(["KELA-{7}", "KK{8}", "SHT-{6}"])),
    "binid": lambda: DRAW.fill(R.choice(["ASTIA-{6}", "B{7}", "{A}{A}-{5}", "RFID {8}"])),
    "customerno": lambda: DRAW.fill(R.choice(["{7}", "AS-{6}", "CUST{6}", "{3} {4}"])),
    "route": lambda: DRAW.fill(R.choice(["reitti {2}{A}", "route {2}{A}", "R{3}", "rutt {2}"])),
    "order": lambda: DRAW.fill(R.choice(["TIL-{6}", "ORD{7}", "{A}-{6}", "#{7}"])),
    "weight": lambda: f"{R.randint(40, 9800):,} kg".replace(",", " "),
    "volume": lambda: R.choice([f"{R.randint(2, 12)} m³", f"{R.randint(1, 9)},{R.randint(0, 9)} m³",
                                f"{R.randint(60, 660)} l"]),
    "km": lambda: f"{R.randint(2, 90)},{R.randint(0, 9)} km",
    "time": lambda: f"{R.randint(6, 22):02d}.{R.choice(['00', '10', '20', '30', '40', '50'])}",
    "weekday": lambda: R.choice(["ma", "ti", "ke", "to", "pe", "maanantaisin", "torstaisin", "parittomilla viikoilla"]),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "lost": lambda: DRAW.fill(R.choice(["LÖ-{5}", "LF{6}", "#{5}", "HG-{5}"])),
    "dispute": lambda: DRAW.fill(R.choice(["CB-{8}", "DSP{7}", "{A}{A}{A}-{6}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "AS-{5}", "INC{7}", "TK-{5}", "ÄR-{6}", "JK-{6}"])),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
for _language in ("fi", "en", "sv"):
    # A role, a queue and a system of the message's service (the waste company's or the taxi centre's).
    for _kind in ("role", "queue", "system"):
        LOOKS[f"{_kind}_{_language}"] = lambda language=_language, kind=_kind: LOOKS[
            f"{kind}_{CURRENT['service']}_{language}"]()
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the customer whose bin was missed, who books a sludge emptying or a
# bulky waste pickup, disputes an invoice, is refunded, logs in to the portal, gives a bin shelter code on, buys a
# property, the driver who writes a route log, the station manager who writes a rota, whose thing was thrown away, the
# bot's customer; the passenger who books a ride or a pre-booking, whose Kela ride or service transport it is, the owner
# of a phone left in a taxi, the card holder charged twice, the app user, the driver who writes a shift log, the
# company account's contact, the one who complains); a-h are third parties; k and j share the subject's surname (a
# co-owner, a spouse, an escort, a child); x bears a surname that a firm, a station, a street, a rank or a car model of
# the message also bears.

WASTE_SHAPES = [
    # ---- Finnish: the waste management and recycling company's customer service
    ("tyhjennys_fi", "fi",
     "Aihe: Tyhjennys jäi tekemättä {L:customerno}\n\nHei,\n\nastiamme ({L:bin}, tunniste {L:binid}) jäi taas "
     "tyhjentämättä {L:date_fi}, vaikka tyhjennyspäivä on {L:weekday}. Osoite {L:street}, {L:town}. Naapurimme "
     "{a.gs} ({phone:a}) näki, että jäteauto ({L:vehicle}) ajoi ohi klo {L:time}. Puolisoni {k.gs} soitti jo "
     "{b.gs.all}.\n\n{s.gs}\n{phone:s}\n\n---\nKuljetussuunnittelija {c.gs} ({user:c}): {L:route}, kuljettaja "
     "{d.gs} kirjasi esteen (portti lukossa). Lisätyhjennys {L:date_fi} ilman maksua. Ajon hoitaa "
     "{L:twin}; {x.gs.abl} ei ole merkintää.\n"),
    ("sakokaivo_fi", "fi",
     "Aihe: Sakokaivon tyhjennys mökille\n\nHei,\n\ntilaan {L:service} mökillemme ({L:cottage}), {L:volume}. "
     "Sopiiko {L:date_fi}? Mökin toinen omistaja on {k.gs}, {phone:k}; hän on paikalla ja avaa "
     "puomin. Annatteko kuljettajalle puomin koodin {gate:s}?\n\n{s.gs}, {phone:s}, {mail:s}\n\n---\n"
     "Asiakaspalvelija {a.gs} ({user:a}): tilaus {L:order} vahvistettu, {L:vehicle}, kuljettaja {b.gs} "
     "({phone:b}). Hinta {L:amount_fi}. Lasku menee {s.g.all}, kopio {k.g.allkin}. Tyhjennyksestä vastaa "
     "{L:twin}, ei {x.gs.par}.\n"),
    ("isojate_fi", "fi",
     "Aihe: Isojen jätteiden ja puutarhajätteen nouto\n\nHei,\n\nhaluaisin tilata noudon: {L:bulky}, {L:bulky} "
     "ja puutarhajätettä ({L:volume}). Osoite {L:street}, {L:town}. Tavarat ovat pihassa, ja naapurini "
     "{a.gs} näyttää paikan, jos en ole kotona. Kertakoodi tuli numeroon {phone:s}: {otp:s}.\n\n{s.gs}\n\n---\n"
     "Noudot ({b.gs}, {user:b}): {L:service} {L:date_fi} klo {L:time}–{L:time}, {L:amount_fi}. Kuljettajana "
     "{c.gs}, {phone:c}. Risut viedään {L:station}. Tilaus kirjattiin ensin {x.gs.ill}, korjattu; "
     "{L:twin}.\n"),
    ("kaksoisveloitus_fi", "fi",
     "LASKUN RIITAUTUS {L:dispute}\n\nAsiakas: {s.SG}, asiakasnumero {L:customerno}\nPuhelin: {phone:s}, "
     "{mail:s}\nLasku {L:invoice}: {L:service}, {L:amount_fi}, eräpäivä {L:date_fi}\n{L:stamp} kortti "
     "{card:s} {L:amount_fi} HYVÄKSYTTY\n{L:stamp} kortti {card:s} {L:amount_fi} HYVÄKSYTTY\n\nAsiakkaan mukaan "
     "lasku maksettiin kahdesti, ja tyhjennys ({L:bin}) jäi tekemättä. Kortin myöntäjän käsittelijä {a.gs}, "
     "{phone:a}.\n\nLaskutussihteeri {b.gs} ({user:b}): toinen veloitus palautettu {L:date_fi}. Tyhjennys "
     "jäi kuljettaja {c.gs.gen} reitiltä. {d.is} tiedoksi; {x.gs.all} tämä ei liity ({L:twin}).\n"),
    ("palautus_fi", "fi",
     "Aihe: Palautus uudelle tilille\n\nHei,\n\nmuutin pois osoitteesta {L:street} ja jäteastia {L:binid} "
     "poistettiin {L:date_fi}. Ennakkomaksusta jäi {L:amount_fi}. Palauttakaa se uudelle tililleni {iban:s}; "
     "vanha tili on suljettu. Uusi asukas on {a.gs}, {phone:a}.\n\n{s.gs}, {phone:s}\n\n---\nLaskutus "
     "({b.gs}, {user:b}): palautus maksettu {L:date_fi}, viite {L:viite}. Hyväksyjä {c.is}. Asiakasnumero "
     "{L:customerno}; sopimus siirtyi {a.g.all}.\n"),
    ("portaali_fi", "fi",
     "Aihe: En pääse asiakasportaaliin\n\nHei,\n\nportaali ei hyväksy kertakoodiani. Tunnukseni on {user:s} "
     "ja numeroni {phone:s}. Haluaisin nähdä mökin tyhjennyshistorian ({L:cottage}).\n\n{s.gs}\n\n---\n"
     "Asiakaspalvelija {a.gs}: uusi kertakoodi {otp:s} (voimassa 10 min), väliaikainen salasana {pw:s}. "
     "Puolisosi {k.gs.gen} tunnus on {user:k}, PIN nollattu: {pin:k}. Tekninen tuki {b.gs} ({user:b}) "
     "tiedoksi. Ilman {c.gs.abe} tätä ei olisi saatu ratkaistua.\n"),
    ("jatekatos_fi", "fi",
     "Aihe: Jätekatoksen ovikoodi kuljettajalle ja naapurille\n\nHei,\n\ntaloyhtiömme jätekatoksen ({L:street}) "
     "koodi vaihtui. Oma koodini on {door:s}. Voitteko antaa uuden koodin kuljettajalle {a.gs.all}? Myös "
     "naapuri {b.gs} ({phone:b}) tarvitsee koodin, koska hän vie risut.\n\n{s.gs}, {L:customerno}\n\n---\n"
     "Ajojärjestelijä {c.gs} ({user:c}): kuljettajalle {a.g.all} koodi {door:a}, naapurille {b.g.all} koodi "
     "{door:b}. Voimassa {L:date_fi} asti. {x.gs.ade} ei ole koodia; katos on {L:twin} vieressä.\n"),
    ("omistajanvaihdos_fi", "fi",
     "KIINTEISTÖN OMISTAJANVAIHDOS {L:order}\n\nMyyjä: {a.SG}, henkilötunnus {hetu:a}\nOstaja: {s.SG}, "
     "henkilötunnus {hetu:s}, {phone:s}\nKiinteistö: {L:street}, {L:town}\nAstiat: {L:bin}, {L:bin}; "
     "{L:service}\n\nAsiakaspalvelu ({b.gs}, {user:b}): sopimus siirtyy ostajalle {L:date_fi}; laskut "
     "{s.g.all}, myyjän loppulasku {a.g.all}. Todistajana {c.gs}. Kaupan välitti {d.gs}, {phone:d}. "
     "{L:twin} ei kuulu kauppaan; {x.gs.ela} ei ole tietoa.\n"),
    ("reittiloki_fi", "fi",
     "{L:system} – kuljettajan reittiloki, {L:route}\nKirjoittaja: {s.gs} ({staff:s}), puhelin IMEI {imei:s}\n"
     "Ajoneuvo: {L:vehicle}, {L:plate}\n\n{L:stamp} {staff:s} KIRJAUTUI\n{L:stamp} TYHJENNETTY {L:bin}, "
     "{L:street}, {L:weight}\n{L:stamp} ESTE: portti lukossa, asukas {a.gs} ({phone:a}) ilmoitettu\n"
     "{L:stamp} KUORMA PURETTU {L:station}, {L:weight}\n{L:stamp} {staff:b} otti auton, IMEI {imei:b}\n\n"
     "Huom. {L:service} siirtyi; ilmoitettu {c.gs.all}. Esihenkilö {d.gs} ({user:d}); {x.gs.abl} ei "
     "merkintää ({L:twin}).\n"),
    ("kiertoasema_fi", "fi",
     "Kiertoaseman työvuorolista {L:station}, {L:date_fi} ({L:system})\nKirjoittaja: esimies {s.gs} "
     "({staff:s}), puhelin IMEI {imei:s}\n\n{L:hour}–{L:hour} vastaanotto: {a.gs} ({staff:a}), asemapuhelin "
     "IMEI {imei:a}\n{L:hour}–{L:hour} vaaka ja SER-lava: {b.gs} ({staff:b})\n{L:hour}–{L:hour} kassa: {c.gs} "
     "({staff:c}), {phone:c}\n\nHuom. {a.g} vaihtoi vuoron {d.gs.gen} kanssa; {e.gs.all} ({user:e}) "
     "sijaisuus. Lavalla {L:vehicle}; {L:twin}. {x.gs.ade} ei vuoroa.\n"),
    ("kadonnut_fi", "fi",
     "Aihe: Laukku meni vahingossa jäteastiaan\n\nHei,\n\nlaukkuni ja puhelimeni (IMEI {imei:s}) menivät "
     "vahingossa sekajäteastiaan {L:date_fi}. Tyhjennys oli samana päivänä ({L:route}). Ehtikö kuorma "
     "{L:station}? Puolisoni {k.gs} voi tulla hakemaan, {phone:k}.\n\n{s.gs}\n{phone:s}\n\n---\nKiertoasema "
     "({a.gs}, {user:a}): kuorma {L:weight} purettu klo {L:time}; vuoromestari {b.gs} etsi, löytöilmoitus "
     "{L:lost}. Noutaa {k.g} tai valtakirjalla {c.gs}.\n"),
    ("asiakasvienti_fi", "fi",
     "Asiakasrekisterin vienti {L:system} {L:date_fi}\n\nsukunimi;etunimet;asiakasnumero;astia;puhelin;"
     "sähköposti;tunnus\n{s.s};{s.g};{L:customerno};{L:binid};{phone:s.e164};{mail:s};{user:s}\n{k.s};{k.g};"
     "{L:customerno};;{phone:k.e164};;{user:k}\n{a.s};{a.g};{L:customerno};{L:binid};{phone:a.e164};"
     "{mail:a};{user:a}\n\nHuom. ({b.gs}): {s.g} ja {k.g} kiinteistön yhteisomistajia; {a.g.gen} astia "
     "siirretty.\n"),
    ("botti_fi", "fi",
     "Keskusteluloki {L:ticket}\n{L:hour} Jätebotti: Hei! Miten voin auttaa?\n{L:hour} {nick:s}: tyhjennys "
     "jäi väliin {L:street}\n{L:hour} Jätebotti: Siirrän sinut asiakaspalvelijalle.\n{L:hour} {a.g} "
     "(asiakaspalvelu): Hei {s.g}, puhunko {s.gs.gen} kanssa? Lähetin koodin numeroon {phone:s}: {otp:s}.\n"
     "{L:hour} {nick:s}: joo. ja {L:bin} on ihan täynnä\n{L:hour} {a.g}: Lisätyhjennys {L:date_fi}, "
     "{L:amount_fi}. {b.gs} vahvistaa.\n{L:hour} {nick:s}: kiitos {a.g.allhan} tästä\n"),
]

TAXI_SHAPES = [
    # ---- Finnish: the taxi dispatch centre's customer service
    ("tilaus_fi", "fi",
     "Aihe: Ennakkotilaus {L:prebook}\n\nHei,\n\ntilaan taksin {L:date_fi} klo {L:time} osoitteesta "
     "{L:street} → {L:hospital}. Matkustaja olen minä, mukana saattaja {k.gs} ({phone:k}). Tarvitsemme tilaa "
     "pyörätuolille; {L:car} käy.\n\n{s.gs}\n{phone:s}\n\n---\nAjojärjestelijä {a.gs} ({user:a}): tilaus "
     "{L:ride} vahvistettu; auto {L:carno}, kuljettaja {b.gs}, {phone:b}. Vahvistus lähti {s.g.all} ja "
     "{k.g.allkin}. Kyyti lähtee {L:twin}; {x.gs.all} ei ole tilausta.\n"),
    ("kelakyyti_fi", "fi",
     "KELA-KYYTI {L:kelaride}\n\nAsiakas: {s.SG}\nHenkilötunnus: {hetu:s}\nPuhelin: {phone:s}\nMatka: "
     "{L:street} → {L:hospital}, {L:date_fi} klo {L:time}, {L:km}\nOmavastuu: {L:amount_fi}\nSaattaja: "
     "{k.gs}, {phone:k}\n\nKela-kyytien tilausnumero {L:kelaline}. Käsittelijä {a.gs} ({user:a}) {L:stamp}: "
     "henkilötunnus {hetu:s} tarkistettu, yhdistelty kyyti {b.gs.gen} kanssa. Kuljettaja {c.gs}. "
     "{x.gs.ill} tilaus ei liity; {L:twin}.\n"),
    ("kuljetuspalvelu_fi", "fi",
     "Aihe: Kuljetuspalvelun kyyti ja rapun ovikoodi\n\nHei,\n\nolen kuljetuspalvelun asiakas (henkilötunnus "
     "{hetu:s}). Kuljettaja joutui eilen odottamaan, koska hän ei päässyt rappuun. Rapun ovikoodi on {door:s}. "
     "Avustajani {a.gs} ({phone:a}) on mukana tiistaisin.\n\n{s.gs}, {L:street}, {phone:s}\n\n---\n"
     "Ajojärjestelijä {b.gs} ({user:b}): koodi kirjattu tilaukselle {L:ride}; vakiokuljettaja {c.gs}, "
     "auto {L:carno}. Avustajalle oma koodi {door:a}.\n"),
    ("loytotavara_fi", "fi",
     "LÖYTÖTAVARA {L:lost} – taksi {L:carno}, {L:plate}\nLöydetty {L:date_fi}: puhelin (IMEI {imei:s}), "
     "lompakko, sateenvarjo\nLöytäjä: kuljettaja {a.gs} ({staff:a})\n\nOmistaja: {s.gs}, {phone:s}, "
     "tunnistettu lukitusnäytöstä\nNoutaa: {b.gs} (valtakirja), {phone:b}\nLuovuttanut: {c.is} {L:stamp}. "
     "Kyyti {L:ride}, {L:rank}. {x.gs.all} ei kuulu löytö; auto oli {L:twin}.\n"),
    ("hintariita_fi", "fi",
     "Aihe: Kyydin hinta ja kaksinkertainen veloitus {L:ride}\n\nHei,\n\nkyyti {L:rank} → {L:street} "
     "{L:date_fi} maksoi {L:amount_fi}, vaikka arvio oli {L:amount_fi}. Lisäksi korttini {card:s} "
     "veloitettiin kahdesti. Kyydissä oli myös ystäväni {a.gs}.\n\n{s.gs}, {phone:s}, {mail:s}\n\n---\n"
     "Laskutus ({b.gs}, {user:b}): taksamittarin mukaan {L:km}; toinen veloitus kortille {card:s} palautettu "
     "{L:date_fi}. Autoa ajoi {c.gs} ({L:car}, {L:plate}). {x.gs.abl} ei veloitusta ({L:twin}).\n"),
    ("sovellus_fi", "fi",
     "Aihe: Taksisovellus ei päästä sisään\n\nHei,\n\nsovellus ei hyväksy PIN-koodiani. Tunnukseni on "
     "{user:s} ja numeroni {phone:s}. Yritystilin maksut jäävät nyt tekemättä.\n\n{s.gs}\n\n---\n"
     "Sovellustuki {a.gs}: kertakoodi {otp:s}, uusi PIN {pin:s}. Puolisosi {k.gs} käyttää samaa "
     "perhetiliä tunnuksella {user:k}. Tiketti siirretty {b.gs.all} ({user:b}). {c.gs.tra} vaihdettu "
     "vastuuhenkilö.\n"),
    ("vuoroloki_fi", "fi",
     "{L:system} – kuljettajan vuoroloki, auto {L:carno} ({L:car}, {L:plate})\nKirjoittaja: {s.gs} "
     "({staff:s}), puhelin IMEI {imei:s}, {L:licence}\n\n{L:stamp} {staff:s} VUORO ALKOI {L:rank}\n{L:stamp} "
     "KYYTI {L:ride}, asiakas {a.gs}, {phone:a}, {L:km}\n{L:stamp} HÄIRIÖ: matkustaja {b.gs} kieltäytyi "
     "maksamasta, {L:amount_fi}; hätänumero {L:emergency} ei tarpeen\n{L:stamp} {staff:c} otti auton, IMEI "
     "{imei:c}\n\nHuom. ilmoitettu vuoroesimies {d.gs.all} ({user:d}). {x.gs.abl} ei merkintää "
     "({L:twin}).\n"),
    ("yrityslasku_fi", "fi",
     "Aihe: Yritystilin lasku {L:invoice}\n\nHei,\n\nlaskulla on kolme kyytiä, jotka eivät kuulu meille: "
     "{L:ride} (matkustaja {a.gs}), {L:ride} ja {L:ride}. Tilin käyttäjiä ovat vain minä ja "
     "kollegani {b.gs}, {mail:b}.\n\n{s.gs}\nYritystilin yhteyshenkilö, Y-tunnus {L:ytunnus}\n{phone:s}\n\n"
     "---\nLaskutus ({c.gs}, {user:c}): kyydit tilasi {d.gs.ela} saatu tunnus; hyvitys {L:amount_fi}, viite "
     "{L:viite}.\n"),
    ("tekstiviestit_fi", "fi",
     "Välityksen tekstiviestiloki {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hei {s.g}! Taksisi {L:carno} "
     "({L:plate}) saapuu {L:time}. Kertakoodi {otp:s}\n{L:stamp} ← {phone:s.msisdn}: kiitos\n{L:stamp} → "
     "{phone:k.msisdn}: Hei {k.g}, saattamasi kyyti {L:ride} on perillä.\n{L:stamp} → {num.msisdn}: "
     "Ennakkotilaus {L:prebook} vahvistettu.\n{L:stamp} → {phone:a.msisdn}: Hei {a.g}, uusi kyyti "
     "{L:rank}.\n\nLähettäjä {b.gs} ({user:b}); {s.gs.gen} numero tarkistettu.\n"),
    ("valitus_fi", "fi",
     "Aihe: Valitus kuljettajasta, kyyti {L:ride}\n\nHei,\n\nkuljettaja {a.gs} ({L:car}, {L:plate}) ajoi "
     "{L:date_fi} kovaa ja puhui puhelimeen koko matkan {L:hospital}. Mukana oli omaiseni {k.gs}, joka "
     "säikähti. Todistajana myös {b.gs}, {phone:b}.\n\n{s.gs}\n{phone:s}\n\n---\nPalautekäsittelijä "
     "{c.gs} ({user:c}): kuljettajaa kuultu {L:date_fi}; taksiyrittäjä {d.gs} ({phone:d}) vastaa. Valitus "
     "ei koske {x.gs.par} eikä {L:twin}.\n"),
]

WASTE_SHAPES += [
    # ---- English: the waste company's English customer service
    ("missed_en", "en",
     "Subject: Missed collection {L:customerno}\n\nHi,\n\nour bin ({L:bin}, id {L:binid}) was missed again on "
     "{L:date_en}. Address {L:street}, {L:town}. My neighbour {a.gs} ({phone:a}) saw {L:vehicle} drive past. "
     "My partner {k.gs} rang {b.gs} yesterday.\n\n{s.gs}\n{phone:s}\n\n---\nRoute planner {c.gs} ({user:c}): "
     "{L:route}, driver {d.gs} logged a blocked gate. Extra emptying {L:date_en}, free of charge. "
     "Collections by {L:twin}; {x.gs}'s bin is not on the route.\n"),
    ("septic_en", "en",
     "Subject: Septic tank emptying at the cottage\n\nHello,\n\nplease book {L:service} at {L:cottage} "
     "({L:volume}) on {L:date_en}. My co-owner {k.gs} ({phone:k}) will open the barrier; the barrier code is "
     "{gate:s}.\n\n{s.gs}, {mail:s}\n\n---\nCustomer Services ({a.gs}, {user:a}): order {L:order} confirmed, "
     "{L:amount_en}. Driver {b.gs}, {phone:b}. Invoice to {s.g}, copy to {k.g}. {x.gs}'s cottage is next to "
     "{L:twin}.\n"),
    ("bulky_en", "en",
     "BULKY WASTE COLLECTION {L:order}\n\nCustomer: {s.SG}, {phone:s}\nAddress: {L:street}, {L:town}\nItems: "
     "{L:bulky}, {L:bulky}, {L:fraction} ({L:volume})\nPaid: card {card:s}, {L:amount_en}\n\nCollections "
     "({a.gs}, {user:a}): {L:date_en} between {L:time} and {L:time}; crew {b.gs} and {c.gs}. Neighbour "
     "{d.gs} will show the crew.\n"),
    ("refund_en", "en",
     "Subject: Refund to my new account\n\nHi,\n\nI've moved out of {L:street} and bin {L:binid} was removed on "
     "{L:date_en}. Please refund the remaining {L:amount_en} to my new account {iban:s}. The new tenant is "
     "{a.gs}, {phone:a}.\n\n{s.gs}\n{phone:s}\n\n---\nBilling ({b.gs}, {user:b}): refund paid {L:date_en}. "
     "Approved by {c.is}. Account {L:customerno} moved to {a.g}.\n"),
    ("portal_en", "en",
     "Subject: Can't log in to the customer portal\n\nHi, the portal keeps rejecting my one-time code. Login "
     "{user:s}, phone {phone:s}. I need the emptying history for {L:cottage}.\n\n{s.gs}\n\n---\n"
     "Adviser {a.gs}: new code {otp:s} (10 minutes); your temporary password is {pw:s}. Your partner, "
     "{k.gs}, has login {user:k}; PIN reset to {pin:k}. Escalated to {b.gs} ({user:b}).\n"),
    ("routelog_en", "en",
     "{L:system} – driver's route log, {L:route}\nWritten by: {s.gs} ({staff:s}), handset IMEI {imei:s}\n"
     "Vehicle: {L:vehicle}, {L:plate}\n\n{L:stamp} {staff:s} LOGGED IN\n{L:stamp} EMPTIED {L:bin}, {L:street}, "
     "{L:weight}\n{L:stamp} BLOCKED: resident {a.gs} ({phone:a}) told\n{L:stamp} TIPPED at {L:station}, "
     "{L:weight}\n{L:stamp} {staff:b} took over, IMEI {imei:b}\n\nNote: reported to {c.gs}. Depot manager "
     "{d.gs} ({user:d}). {x.gs}'s street not served by {L:twin}.\n"),
    ("bot_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} BinBot: Hi! What can I help with?\n{L:hour} {nick:s}: bin not "
     "emptied again\n{L:hour} BinBot: Which address?\n{L:hour} {nick:s}: {L:street}\n{L:hour} BinBot: "
     "Passing you to an agent.\n{L:hour} {a.g} (Customer Services): Hi {s.g}, is this {s.gs}? Code sent to "
     "{phone:s}: {otp:s}.\n{L:hour} {nick:s}: yes\n{L:hour} {a.g}: Extra emptying {L:date_en}. {b.gs} will "
     "confirm.\n"),
]

TAXI_SHAPES += [
    # ---- English: the taxi dispatch centre in English
    ("prebook_en", "en",
     "Subject: Pre-booking {L:prebook}\n\nHi,\n\nI'd like a taxi on {L:date_en} at {L:time} from {L:street} to "
     "{L:hospital}. I'm the passenger; my escort {k.gs} ({phone:k}) comes with me. We need room for a "
     "wheelchair.\n\n{s.gs}\n{phone:s}\n\n---\nDispatcher {a.gs} ({user:a}): booked as {L:ride}; car "
     "{L:carno}, driver {b.gs}, {phone:b}. Confirmation sent to {s.g} and {k.g}. Pick-up at {L:twin}; "
     "{x.gs}'s booking is another.\n"),
    ("lostphone_en", "en",
     "LOST PROPERTY {L:lost} – taxi {L:carno}, {L:plate}\nFound {L:date_en}: phone (IMEI {imei:s}), wallet, "
     "umbrella\nFound by: driver {a.gs} ({staff:a})\n\nOwner: {s.gs}, {phone:s}\nCollecting: {b.gs} (with "
     "consent), {phone:b}\nReleased by {c.is} {L:stamp}. Ride {L:ride} from {L:rank}. {x.gs}'s bag was in "
     "a car of {L:twin}.\n"),
    ("fare_en", "en",
     "Subject: Fare dispute and double charge {L:ride}\n\nHello,\n\nmy ride from {L:rank} to {L:street} on "
     "{L:date_en} cost {L:amount_en}; the quote was {L:amount_en}. My card {card:s} was also charged twice. "
     "My friend {a.gs} was with me.\n\n{s.gs}, {phone:s}\n\n---\nAccounts ({b.gs}, {user:b}): the meter shows "
     "{L:km}; the second charge to {card:s} refunded {L:date_en}. Driver {c.gs} ({L:car}). {x.gs}'s fare "
     "was not with {L:twin}.\n"),
    ("app_en", "en",
     "Subject: Taxi app login\n\nHi, the app rejects my PIN. Login {user:s}, phone {phone:s}.\n\n{s.gs}\n\n"
     "---\nApp support {a.gs}: one-time code {otp:s}, new PIN {pin:s}. Your partner {k.gs} shares the family "
     "account as {user:k}. Over to {b.gs} ({user:b}).\n"),
    ("account_en", "en",
     "Subject: Company account invoice {L:invoice}\n\nHi,\n\nthree rides on the invoice aren't ours: {L:ride} "
     "(passenger {a.gs}), {L:ride} and {L:ride}. Only my colleague {b.gs} ({mail:b}) and I use the account.\n\n"
     "{s.gs}\nAccount contact, {L:companyno}\n{phone:s}\n\n---\nAccounts ({c.gs}, {user:c}): the rides were "
     "booked with {d.gs}'s login; credit {L:amount_en}.\n"),
    ("complaint_en", "en",
     "Subject: Complaint about a driver, ride {L:ride}\n\nHello,\n\nthe driver {a.gs} ({L:car}, {L:plate}) was "
     "on the phone the whole way to {L:hospital} on {L:date_en}. My relative {k.gs} was frightened. "
     "{b.gs} ({phone:b}) saw it too.\n\n{s.gs}\n{phone:s}\n\n---\nComplaints ({c.gs}, {user:c}): the driver "
     "was heard; the operator {d.gs} ({phone:d}) will reply. Not about {x.gs}'s car or {L:twin}.\n"),
]

WASTE_SHAPES += [
    # ---- Swedish: the waste company's Swedish customer service
    ("tomning_sv", "sv",
     "Ämne: Missad tömning {L:customerno}\n\nHej,\n\nvårt kärl ({L:bin}, id {L:binid}) tömdes inte {L:date_sv}. "
     "Adress {L:street}, {L:town}. Grannen {a.gs} ({phone:a}) såg sopbilen köra förbi. Min sambo {k.gs} ringde "
     "{b.gs} i går.\n\n{s.gs}\n{phone:s}\n\n---\nTransportplaneraren {c.gs} ({user:c}): {L:route}, chauffören "
     "{d.gs} noterade en låst grind. Extra tömning {L:date_sv}. {x.gs.gen} kärl töms av {L:twin}.\n"),
    ("slamtomning_sv", "sv",
     "Ämne: Slamtömning vid stugan\n\nHej,\n\njag beställer {L:service} vid {L:cottage} ({L:volume}) "
     "{L:date_sv}. Delägaren {k.gs} ({phone:k}) öppnar bommen; koden är {gate:s}.\n\n{s.gs}, {mail:s}\n\n---\n"
     "Kundtjänst ({a.gs}, {user:a}): beställning {L:order} bekräftad, {L:amount_sv}. Chaufför {b.gs}, "
     "{phone:b}. {x.gs.gen} stuga ligger vid {L:twin}.\n"),
    ("aterbetalning_sv", "sv",
     "Ämne: Återbetalning till nytt konto\n\nHej,\n\njag har flyttat från {L:street} och kärlet {L:binid} "
     "hämtades {L:date_sv}. Betala tillbaka {L:amount_sv} till mitt nya konto {iban:s}. Den nya hyresgästen är "
     "{a.gs}, {phone:a}.\n\n{s.gs}\n{phone:s}\n\n---\nFaktureringen ({b.gs}, {user:b}): återbetalt "
     "{L:date_sv}. Godkänt av {c.is}.\n"),
    ("soprum_sv", "sv",
     "Ämne: Kod till soprummet för chauffören och grannen\n\nHej,\n\nkoden till soprummet ({L:street}) har "
     "ändrats. Min kod är {door:s}. Kan chauffören {a.gs} få en kod? Grannen {b.gs} ({phone:b}) behöver också "
     "en.\n\n{s.gs}, {L:customerno}\n\n---\nTrafikledningen ({c.gs}, {user:c}): kod till {a.g} {door:a}, "
     "{b.gs.gen} kod {door:b}. {x.gs.gen} kod gäller inte {L:twin}.\n"),
]

TAXI_SHAPES += [
    # ---- Swedish: the taxi dispatch centre in Swedish
    ("bestallning_sv", "sv",
     "Ämne: Förbeställning {L:prebook}\n\nHej,\n\njag vill beställa taxi {L:date_sv} kl. {L:time} från "
     "{L:street} till {L:hospital}. Min ledsagare {k.gs} ({phone:k}) åker med. Jag betalar med kort "
     "{card:s}.\n\n{s.gs}\n{phone:s}\n\n---\nTrafikledaren ({a.gs}, {user:a}): bokad som {L:ride}; bil "
     "{L:carno}, chaufför {b.gs}. {x.gs.gen} resa går från {L:twin}.\n"),
    ("fpa_sv", "sv",
     "FPA-RESA {L:kelaride}\n\nKund: {s.SG}\nPersonbeteckning: {hetu:s}\nTelefon: {phone:s}\nResa: {L:street} → "
     "{L:hospital}, {L:date_sv} kl. {L:time}, {L:km}\nSjälvrisk: {L:amount_sv}\nLedsagare: {k.gs}, {phone:k}\n\n"
     "Handläggare {a.gs} ({user:a}) {L:stamp}: personbeteckningen {hetu:s} kontrollerad; samåkning med "
     "{b.gs}. Chaufför {c.gs}. {x.gs.gen} resa är en annan ({L:twin}).\n"),
    ("fardtjanst_sv", "sv",
     "Ämne: Färdtjänst och portkod\n\nHej,\n\njag har färdtjänst, och chauffören kom inte in i trappuppgången i "
     "går. Portkoden är {door:s}. Min assistent {a.gs} ({phone:a}) följer med på tisdagar.\n\n{s.gs}, "
     "{L:street}, {phone:s}\n\n---\nTrafikledaren {b.gs} ({user:b}): koden noterad på {L:ride}; fast chaufför "
     "{c.gs}, bil {L:carno}.\n"),
    ("hittegods_sv", "sv",
     "HITTEGODS {L:lost} – taxi {L:carno}, {L:plate}\nHittat {L:date_sv}: telefon (IMEI {imei:s}), plånbok\n"
     "Upphittare: chaufför {a.gs} ({staff:a})\n\nÄgare: {s.gs}, {phone:s}\nHämtas av: {b.gs} (fullmakt), "
     "{phone:b}\nUtlämnat av {c.is} {L:stamp}. Resa {L:ride}, {L:rank}.\n"),
    ("smslogg_sv", "sv",
     "SMS-logg {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hej {s.g}! Din taxi {L:carno} ({L:plate}) kommer "
     "{L:time}. Kod {otp:s}\n{L:stamp} ← {phone:s.msisdn}: tack\n{L:stamp} → {phone:k.msisdn}: Hej {k.g}, "
     "resan {L:ride} är framme.\n{L:stamp} → {num.msisdn}: Förbeställning {L:prebook} bekräftad.\n\nSkickat av "
     "{a.gs} ({user:a}); {s.gs.gen} nummer kontrollerat.\n"),
]

SHAPES = WASTE_SHAPES + TAXI_SHAPES
WASTE_NAMES = {name for name, _, _ in WASTE_SHAPES}

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
           "\n\nAsiakaspalvelu {L:customerline} (ma–pe 8–16), tilaukset {L:bookingline}, hätätilanteessa "
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
    """A third party whose surname a firm, a station, a street, a taxi rank or a car model of the message's service and
    language also bears: a NAME."""
    return PEOPLE.namesake(language, sorted(EPONYMS[CURRENT["service"]][language]), others)


draw = generation.case_draw(
    "held-out-52", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "waste" if name in WASTE_NAMES else "taxi", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 100, "EMAIL": 400, "USERNAME": 300,
            "look-alikes": 6000, "CREDENTIAL": 80, "IBAN": 20, "PAYMENT_CARD": 30, "NATIONAL_ID": 10,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("order, ride, pre-booking, Kela ride, invoice, dispute, lost-property, customer and bin numbers",
                  lambda key: generation.kind(key) in
                  ("order", "ride", "prebook", "kelaride", "invoice", "dispute", "lost", "customerno", "binid")),
                 ("bins, fractions, services, bulky items, stations, vehicles, routes and cottages",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("bin", "fraction", "service", "bulky", "station", "vehicle", "route", "cottage")),
                 ("cars, plates, licences, car numbers, ranks and hospitals",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("car", "plate", "licence", "carno", "rank", "hospital")),
                 ("weights, volumes, distances",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in ("weight", "volume", "km"))],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso", ":time"),
                tally=generation.NameForms(PHONES), check=generation.new_forms_check("held-out-52.jsonl"))
