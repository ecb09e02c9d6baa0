#!/usr/bin/env python3
r"""Generates the fifty-third held-out set (held-out-53.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 52: nobody tunes on it. Its writer read no detection code, list, rule, model,
test or docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-52 lack: (a) a
pharmacy chain's and its online pharmacy's customer service and (b) a student housing foundation's tenant service, as
their service desk sees them, in 45 shapes (23 Finnish, 13 English, 9 Swedish), with the earlier mail a reply quotes,
copies and watchers under it and the record around it (a case-system footer or a signature).
(a) prescription renewals and e-prescriptions collected for a relative with a power of attorney (the relative's
identity code), web shop orders in a pick-up locker with the pick-up codes of the customer and the spouse who collects,
loyalty card and member accounts, the web shop's logins, one-time codes, a temporary password and a child's PIN,
refunds to a new account, card charges and disputed invoices, home delivery with the stairway door code and the
courier's own code, pharmacists' shift handover notes and dispensing logs with logins and handsets (IMEI), adverse
reaction reports naming the doctor, the loyalty register's export (CSV), a bot's chat handed to an adviser.
(b) applications and offers of a flat, tenancy agreements with a co-tenant and a guarantor (identity codes), rent
invoices and reminders paid by card, deposits refunded to a new account, keys, fobs and door codes for the tenant and a
flatmate, laundry and sauna booking logins and PINs, fault reports and the maintenance man's visit notice, moving out
inspections, disturbance complaints about a neighbour, the resident portal's SMS log, the caretaker's work log with
logins and handsets.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
rare old Finnish given names joined, the last part one without consonant gradation (Perttu-Sipi, Jaakoppi-Tuomo,
Briitta-Heta, Kreeta-Serafia, Kustaava-Justiina), Finnish compound surnames of old farm, weaving, milling and fishing
words with a place word (Riihiaho, Sukkulaoja, Pirtasalo, Jauhosaari, Katiskaoja, Rysälahti: Rysälahdelta, Aurakangas:
Aurakankaalle, Äesmäki: Äesmäeltä, Äeskorpi: Äeskorvesta, Verkkosalo-Rysälahti); old Åland and Turunmaa Swedish given
names joined (Brynolf-Matts, Ragnvald-Edvin, Gerda-Alfhild, Vendla-Svea) with Åland and Turunmaa farm and skerry
surnames (Gräsbeck, Skogsholm, Kullroos, Jåmas, Hindersby, Österbacka-Jåmas); Ingush, Hazara, Pashtun, Comorian,
Mossi, Duala, Bamileke, Kongo, Luba, Kirundi, Chaga, Nahuatl, Cherokee, Rusyn, Gagauz, Livonian, Latgalian, Arbëreshë,
Pontic Greek, Mingrelian, Santali, Mizo, Meitei, Kodava, Okinawan, Serer, Nuer, Kamba, Betsileo, Pamiri and Nenets
ones, two given names and a double surname (Markha Khadishat Yevloyev-Malsagov, Citlali Xóchitl Cuautle Tlapale,
Grizelda Julgī Stalte-Damberg, Bollamma Ponnamma Kodandera-Palanganda, Nenya Nyadma Laptander-Vanuyto); in the
Finnish cases in Finnish prose (eleven cases and the abessive, the clitics -kin and -han/-hän), the Swedish genitive in
Swedish, the English possessive, in capitals on forms, surname first in exports and forms, initials (P.-S. Riihiaho,
M. Yevloyev-Malsagov) in signatures and footers, lower-case handles in chat.
Spans: as in sets 47 to 52, a person's given names are one NAME span however many they are (Markha Khadishat,
Perttu-Sipi) and the surname is one NAME span, a double surname or one of two words too (Cuautle Tlapale); the two
are separate spans with the space between them unlabelled; a clitic belongs to its name's span, an English
possessive's 's does not.
Look-alikes named after people: pharmacies, web shops, pick-up points, student houses, halls and letting firms
(Chydeniuksen apteekki, Chydeniuksen verkkoapteekki, Porthaninkadun noutopiste, Lönnrotin apteekki, Porthanapoteket,
Lönnrotsapoteket, Wredeapoteket, Boots Pharmacy, Bramwells Chemist, Tregenzas Pharmacy, Agricolan opiskelijatalo,
Kramsun asuntola, Cygnaeuksen kortteli, Agricolahuset, Nordenskiöldshuset, Wredegården, Pengellys Lettings,
Nankivells Student Lets, Trevithicks Halls), medicines and products (Burana 400 mg, Bepanthen-voide), streets
(Lönnrotinkatu, Agricolankatu, Lönnrotsgatan); in 33 shapes a third party bears the same surname as a pharmacy, a
pick-up point, a student house or a letting firm of the message in another form than the thing (a Finnish case that is
not the thing's nominative or genitive: Chydeniukselta, Porthanille, Lönnrotilla, Agricolaan, Kramsutta, Cygnaeuksetta;
the Swedish genitive beside a compound: Porthans, Lönnrots, Wredes, Agricolas, Nordenskiölds; the English possessive
beside a firm's plural: Boot's, Bramwell's, Tregenza's, Pengelly's, Nankivell's, Trevithick's) and is a NAME.
Labelling policy, as in set 52, with these for the new kinds. The subject is the register's known person: the
customer who renews a prescription or collects one with a power of attorney, orders to a pick-up locker, holds the
loyalty card, logs in to the web shop, is refunded, disputes a charge, has medicines delivered, the pharmacist who
writes a handover note or a dispensing log, the patient of an adverse reaction report, the bot's customer; the
applicant offered a flat, the tenant who signs, is reminded, is refunded a deposit, is given keys and codes, books the
laundry or the sauna, reports a fault, moves out, complains, the caretaker who writes a work log. Everyone else is a
third party: relatives with a power of attorney and the patients they collect for, spouses, children, co-tenants,
guarantors, flatmates, new tenants, neighbours, doctors, pharmacists, couriers, maintenance men, security, bank
handlers, staff, handlers and agents. Every person's phone is a PHONE; a service's number is a look-alike (the
switchboard, the customer, advice and on-call lines, 112, 999, 111). Shared mailboxes (reseptit@, verkkokauppa@,
vuokravalvonta@, prescriptions@, felanmalan@) are EMAIL, role "third". Staff, web shop, portal and booking logins, the
logins in a handover note, a dispensing log or a work log and chat handles are USERNAME. The IMEI of a note's, a
log's or a work log's handset is a DEVICE_ID of its user (the writer's own the subject's). Accounts are IBAN (valid
check digits; Finnish, Swedish and British), cards PAYMENT_CARD (valid Luhn), identity codes NATIONAL_ID (valid check
character; the relative's, the co-tenant's and the guarantor's a third party's). One-time codes, web shop, portal
and booking PINs, temporary passwords, pick-up, locker and door codes are CREDENTIAL of the one they are given to or
belong to (the spouse's pick-up code, the courier's, the flatmate's and the co-tenant's door codes and the child's PIN
a third party's). Look-alikes (kept): order, prescription (e-prescription), locker, loyalty card, member, customer,
contract, application, invoice, dispute, key and fob numbers and batches, medicines and their strengths, package
sizes, products, pharmacies, pick-up points, student houses, flats, sizes, facilities, faults, amounts, Finnish
reference numbers, business ids, dates and times, weekdays, streets, towns, roles, queues, systems.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 9,987
NAME (1,516 the subject's) in 1,090 distinct forms, 983 of them (90.2 %) new to every other labelled set by
new-name-forms.py (the others are initials, some eponyms' surnames and a few world names); 1,607 PHONE (607 the
subject's) of 111 countries and territories; 838 EMAIL (736 third parties' and shared mailboxes); 1,240 USERNAME (303
the subject's); 591 CREDENTIAL (404 the subject's, 187 third parties'); 57 IBAN (the subject's refund account); 87
PAYMENT_CARD (the subject's); 159 NATIONAL_ID (72 the subject's, 87 relatives', co-tenants' and guarantors'); 86
DEVICE_ID (43 the note or log writer's own, 43 third parties' handsets); 6,731 look-alikes (2,033 dates and times, 553
service numbers, 478 namesakes' things, 649 order, prescription, locker, loyalty, customer, contract, application,
invoice, dispute and key numbers and batches, 501 medicines, packages, products, pharmacies and pick-up points, 557
student houses, flats, sizes, facilities and faults) from 669 pairs of shape and kind, 3,910 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-53.py --check asserts it and that more than half the name forms are new
to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-53.py > held-out-53.jsonl (python3 held-out-53.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers

R, DRAW, CLOCK = generation.seeded(53535353)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-52 as name forms when this set was written; the
# Finnish given names are rare old ones joined (the last part one that takes no consonant gradation), the surnames
# compounds of old farm, weaving, milling and fishing words (riihi, sukkula, loimi, pirta, kude, vyyhti, pellava,
# jauho, ratas, verkko, katiska, rysä, mertas, muikku, koukku, aura, äes, sirppi, viikate) with a place word; the
# Swedish given names are old Åland and Turunmaa (Åboland) ones joined, the surnames Åland and Turunmaa farm and
# skerry names.

FI_MEN = ["Perttu-Sipi", "Jaakoppi-Tuomo", "Jooseppi-Kaapro", "Sipi-Tahvo", "Tuomo-Yrjänä", "Kaapro-Efraim",
          "Tahvo-Ruuben", "Yrjänä-Pietari", "Efraim-Abraham", "Ruuben-Simo", "Pietari-Sipi", "Abraham-Tuomo",
          "Simo-Kaapro", "Perttu-Tahvo", "Jaakoppi-Yrjänä", "Jooseppi-Efraim", "Sipi-Ruuben", "Tuomo-Pietari",
          "Kaapro-Abraham", "Tahvo-Simo", "Yrjänä-Sipi", "Efraim-Tuomo", "Ruuben-Kaapro", "Pietari-Tahvo",
          "Abraham-Yrjänä", "Simo-Efraim", "Perttu-Ruuben", "Jaakoppi-Pietari", "Jooseppi-Abraham", "Sipi-Simo"]
FI_WOMEN = ["Briitta-Heta", "Marketta-Kreeta", "Heta-Agneta", "Kreeta-Serafia", "Agneta-Kustaava",
            "Serafia-Valpuri", "Kustaava-Justiina", "Valpuri-Fanni", "Justiina-Beata", "Fanni-Kirsti",
            "Beata-Heta", "Kirsti-Kreeta", "Briitta-Agneta", "Marketta-Serafia", "Heta-Kustaava",
            "Kreeta-Valpuri", "Agneta-Justiina", "Serafia-Fanni", "Kustaava-Beata", "Valpuri-Kirsti",
            "Justiina-Heta", "Fanni-Kreeta", "Beata-Agneta", "Kirsti-Serafia", "Briitta-Kustaava",
            "Marketta-Valpuri", "Heta-Justiina", "Kreeta-Fanni", "Agneta-Beata", "Serafia-Kirsti"]
FI_SURNAMES = ["Riihiaho", "Sukkulaoja", "Loimiranta", "Pirtasalo", "Vyyhtiniemi", "Pellavakorpi", "Jauhosaari",
               "Rataskoski", "Verkkosalo", "Katiskaoja", "Rysälahti", "Mertasaari", "Muikkuvaara", "Koukkujärvi",
               "Verkkoaho", "Aurakangas", "Äesmäki", "Sirppiharju", "Viikatevuori", "Kudesalo", "Loimiaho",
               "Pirtakoski", "Pellavaoja", "Vyyhtisaari", "Jauhokallio", "Rataslahti", "Katiskaniemi", "Rysäsalo",
               "Sukkulalampi", "Mertasuo", "Muikkulahti", "Koukkuharju", "Auravaara", "Äeskorpi", "Sirppijärvi",
               "Kudemäki"]
FI_SURNAMES += ["Riihiaho-Sukkulaoja", "Verkkosalo-Rysälahti", "Jauhosaari-Pellavakorpi"]
SV_GIVEN = ["Brynolf-Matts", "Matts-Sigfrid", "Sigfrid-Mårten", "Mårten-Verner", "Verner-Ragnvald", "Ragnvald-Edvin",
            "Edvin-Fridolf", "Fridolf-Eskil", "Eskil-Alarik", "Alarik-Konrad", "Konrad-Brynolf", "Brynolf-Mårten",
            "Matts-Verner", "Sigfrid-Ragnvald", "Mårten-Edvin", "Verner-Fridolf", "Ragnvald-Eskil", "Edvin-Alarik",
            "Fridolf-Konrad", "Eskil-Brynolf", "Alarik-Matts", "Konrad-Sigfrid", "Gerda-Alfhild", "Alfhild-Hulda",
            "Hulda-Elna", "Elna-Tekla", "Tekla-Sylvia", "Sylvia-Ellen", "Ellen-Agda", "Agda-Hildur", "Hildur-Vendla",
            "Vendla-Svea", "Svea-Gerda", "Gerda-Elna", "Alfhild-Tekla", "Hulda-Sylvia", "Elna-Ellen", "Tekla-Agda",
            "Sylvia-Hildur", "Ellen-Vendla", "Agda-Svea", "Hildur-Gerda", "Vendla-Alfhild", "Svea-Hulda"]
SV_SURNAMES = ["Gräsbeck", "Skogsholm", "Norrbacka", "Kumlin", "Österbacka", "Kullroos", "Hagroos", "Backroos",
               "Pellas", "Kastholm", "Jåmas", "Hindersby", "Gräsbeck-Kullroos", "Skogsholm-Pellas",
               "Norrbacka-Hagroos", "Kumlin-Kastholm", "Österbacka-Jåmas", "Backroos-Hindersby"]


def world(given, surnames, countries, sep="-"):
    """An origin's given names two by two (the first three women's, the last three men's) and its double surnames."""
    g = [f"{given[i]} {given[(i + 1) % 3]}" for i in range(3)] + \
        [f"{given[3 + i]} {given[3 + (i + 1) % 3]}" for i in range(3)]
    s = [f"{surnames[i]}{sep}{surnames[(i + 1) % 4]}" for i in range(4)] + [f"{surnames[0]}{sep}{surnames[2]}"]
    return g, s, countries


WORLD = {
    "ingush": world(["Markha", "Khadishat", "Zezag", "Bekhan", "Dzhabrail", "Isa"],
                    ["Yevloyev", "Malsagov", "Ozdoyev", "Tsechoyev"], ["RU", "KZ"]),
    "hazara": world(["Marzia", "Sakina", "Gulnar", "Sarwar", "Qurban", "Ghulam"],
                    ["Changezi", "Mohaqiq", "Sultani", "Jaghori"], ["AF", "PK", "IR"]),
    "pashtun": world(["Malalai", "Zarghuna", "Palwasha", "Zarak", "Mirwais", "Samandar"],
                     ["Yousafzai", "Afridi", "Shinwari", "Khattak"], ["AF", "PK", "AE"]),
    "comorian": world(["Moinaecha", "Zaitoun", "Faouzia", "Soilihi", "Mmadi", "Saindou"],
                      ["Msaidie", "Djohar", "Bacar", "Mchangama"], ["FR", "MG"]),
    "mossi": world(["Rasmata", "Pengdwendé", "Wendkouni", "Tegawendé", "Wendpanga", "Boukary"],
                   ["Ouédraogo", "Sawadogo", "Zongo", "Kaboré"], ["FR", "GH"]),
    "duala": world(["Ewande", "Ngando", "Essaka", "Ekambi", "Priso", "Kotto"],
                   ["Ndoumbe", "Eboa", "Ngombe", "Doualla"], ["CM", "FR"]),
    "bamileke": world(["Ngoundjo", "Matchinda", "Nguetsop", "Kamdem", "Fotso", "Tchakounte"],
                      ["Tchinda", "Fokou", "Kamga", "Djoumessi"], ["CM", "BE"]),
    "kongo": world(["Nsimba", "Ngudi", "Mpemba", "Nzuzi", "Makiadi", "Luvualu"],
                   ["Makanzu", "Nlandu", "Lukeba", "Mbuta"], ["CD", "BE"]),
    "luba": world(["Kapinga", "Ngalula", "Mbuyi", "Kabongo", "Ilunga", "Kalala"],
                  ["Tshibangu", "Mutombo", "Kazadi", "Mpoyi"], ["CD", "ZA"]),
    "kirundi": world(["Irakoze", "Ineza", "Keza", "Gahungu", "Bukuru", "Ndayizeye"],
                     ["Niyonzima", "Hakizimana", "Ntahobari", "Nduwimana"], ["RW", "TZ", "BE"]),
    "chaga": world(["Ndeonasia", "Ndekirwa", "Anande", "Ndesanjo", "Elisaria", "Mlaki"],
                   ["Massawe", "Lyimo", "Shirima", "Kimaro"], ["TZ", "KE"]),
    "nahuatl": world(["Citlali", "Xóchitl", "Tonalli", "Cuauhtli", "Tenoch", "Yaotl"],
                     ["Cuautle", "Tlapale", "Xicale", "Tecuanhuey"], ["MX", "US"], sep=" "),
    "cherokee": world(["Awinita", "Adsila", "Ayasta", "Degataga", "Kanati", "Ahuli"],
                      ["Sixkiller", "Tehee", "Standingdeer", "Oocumma"], ["US"]),
    "rusyn": world(["Paraska", "Hafia", "Zuzka", "Ondrij", "Fedor", "Yurko"],
                   ["Dudash", "Kopchak", "Holovach", "Vasylyk"], ["SK", "UA", "PL"]),
    "gagauz": world(["Todorka", "Kirana", "Duduka", "Todur", "Koli", "Yuvan"],
                    ["Kuroglo", "Dimitroglo", "Chakyr", "Formuzal"], ["UA", "TR", "RU"]),
    "livonian": world(["Grizelda", "Julgī", "Ilzõ", "Kōrli", "Pētõr", "Jāņ"],
                      ["Stalte", "Damberg", "Kristiņ", "Ernštreit"], ["LV", "EE"]),
    "latgalian": world(["Anneja", "Vonda", "Ontonija", "Jezups", "Ontons", "Pīters"],
                       ["Rancāns", "Trasuns", "Kemps", "Seiksts"], ["LV"]),
    "arbereshe": world(["Zoja", "Zelinda", "Marietta", "Vinçenc", "Zef", "Jeronim"],
                       ["Matranga", "Schirò", "Camodeca", "Bellusci"], ["IT", "AL"]),
    "pontic": world(["Sofoula", "Evdokia", "Chrysoula", "Savvas", "Lazaros", "Prodromos"],
                    ["Kalaitzidis", "Sidiropoulos", "Tsakalidis", "Fotiadis"], ["GR", "TR", "RU"]),
    "mingrelian": world(["Natela", "Tsitsino", "Mzia", "Zviad", "Gocha", "Guram"],
                        ["Shengelia", "Todua", "Jikia", "Gegechkori"], ["GE", "UA"]),
    "santali": world(["Phulmoni", "Dulari", "Sonamuni", "Sido", "Kanhu", "Chand"],
                     ["Murmu", "Hansdah", "Tudu", "Kisku"], ["IN", "BD"]),
    "mizo": world(["Lalremruati", "Zothanpuii", "Lalhmingliani", "Lalduhoma", "Zoramthanga", "Lalthanhawla"],
                  ["Hnamte", "Ralte", "Chhakchhuak", "Khiangte"], ["IN", "MM"]),
    "meitei": world(["Thoibi", "Memcha", "Sanatombi", "Ibomcha", "Tomba", "Ibobi"],
                    ["Ningthoujam", "Khumanthem", "Laishram", "Wahengbam"], ["IN"]),
    "kodava": world(["Bollamma", "Ponnamma", "Kaveramma", "Cariappa", "Thimmaiah", "Aiyappa"],
                    ["Kodandera", "Machimanda", "Palanganda", "Ajjikuttira"], ["IN", "AU"]),
    "okinawan": world(["Ushi", "Kamado", "Tsuru", "Kamejiro", "Matsusaburo", "Chojun"],
                      ["Shimabukuro", "Nakandakari", "Yonamine", "Chinen"], ["JP", "US"]),
    "serer": world(["Khady", "Ngoné", "Yandé", "Waly", "Mbagnick", "Latsouck"],
                   ["Ngom", "Dione", "Thiaw", "Sène"], ["SN", "FR"]),
    "nuer": world(["Nyakuoth", "Nyabol", "Nyaruach", "Gatluak", "Riek", "Puok"],
                  ["Machar", "Chuol", "Gatwech", "Kuol"], ["ET", "KE", "UG"]),
    "kamba": world(["Mwikali", "Mutheu", "Ndinda", "Mutua", "Musyoka", "Kioko"],
                   ["Kilonzo", "Mulwa", "Musau", "Nzioka"], ["KE", "TZ"]),
    "betsileo": world(["Fanja", "Mialy", "Tiana", "Mamy", "Tojo", "Fidy"],
                      ["Ratsimbazafy", "Randrianasolo", "Rasoanaivo", "Rabearivelo"], ["MG", "FR"]),
    "pamiri": world(["Gulbahor", "Mehrinisso", "Parvina", "Shodmon", "Alimamad", "Mamadsho"],
                    ["Mamadshoev", "Davlatmamadov", "Niyozmamadov", "Khudoberdiev"], ["TJ", "RU"]),
    "nenets": world(["Nenya", "Nyadma", "Khadne", "Vauli", "Tayko", "Ilebts"],
                    ["Laptander", "Vanuyto", "Yaptik", "Okotetto"], ["RU"]),
}

# The Finnish surnames that are compounds whose last word inflects on its own (Aurakangas: Aurakankaalle, Äesmäki:
# Äesmäeltä, Äeskorpi: Äeskorvesta), and Chydenius and Cygnaeus with their -kse- stem (Chydeniukselta).
IRREGULAR = {}
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))
IRREGULAR["Chydenius"] = generation.kse_forms("Chydenius")
IRREGULAR["Cygnaeus"] = generation.kse_forms("Cygnaeus")

# ---------------------------------------------------------------------------------------------------------------------
# Pharmacies, web shops, pick-up points, student houses, halls and letting firms named after people: a third party x of
# the same surname is a NAME in a form the thing does not hold (a Finnish case other than the thing's nominative or
# genitive, the Swedish genitive beside a compound, the English possessive beside a firm's plural), the thing a
# look-alike.

EPONYMS = {"pharmacy": {"fi": {"Chydenius": ["Chydeniuksen apteekki", "Chydeniuksen verkkoapteekki"],
                               "Porthan": ["Porthanin apteekki", "Porthaninkadun noutopiste"],
                               "Lönnrot": ["Lönnrotin apteekki", "Lönnrotinkadun apteekki"]},
                        "sv": {"Porthan": ["Porthanapoteket", "Porthansgatans utlämningsställe"],
                               "Lönnrot": ["Lönnrotsapoteket", "Lönnrotsgatans apotek"],
                               "Wrede": ["Wredeapoteket", "Wredegatans apotek"]},
                        "en": {"Boot": ["Boots Pharmacy", "Boots the Chemist"],
                               "Bramwell": ["Bramwells Chemist", "Bramwells Pharmacy"],
                               "Tregenza": ["Tregenzas Pharmacy", "Tregenzas Chemists"]}},
           "housing": {"fi": {"Agricola": ["Agricolan opiskelijatalo", "Agricolankadun soluasunnot"],
                              "Kramsu": ["Kramsun asuntola", "Kramsuntalo"],
                              "Cygnaeus": ["Cygnaeuksen kortteli", "Cygnaeuksenkadun opiskelijatalo"]},
                       "sv": {"Agricola": ["Agricolahuset", "Agricolagårdens studentbostäder"],
                              "Nordenskiöld": ["Nordenskiöldshuset", "Nordenskiöldsgatans studenthem"],
                              "Wrede": ["Wredegården", "Wredehemmet"]},
                       "en": {"Pengelly": ["Pengellys Lettings", "Pengellys Halls"],
                              "Nankivell": ["Nankivells Student Lets", "Nankivells Lettings"],
                              "Trevithick": ["Trevithicks Halls", "Trevithicks Residences"]}}}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

class People(generation.People):
    def kin(self, s, language):
        """As generation.People.kin, never with s's own given name (a relative, a co-tenant or a child of the same
        name would be the subject's name labelled as a third party's)."""
        while True:
            k = super().kin(s, language)
            if k.given != s.given:
                return k


PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"pharmacy": {"fi": ["apteekkiketju.example.fi", "verkkoapteekki.example.fi"],
                            "sv": ["apoteket.example.fi", "webbapotek.example.se"],
                            "en": ["apteekkiketju.example.com", "pharmacy.example.co.uk"]},
               "housing": {"fi": ["opiskelija-asunnot.example.fi", "asukasportaali.example.fi"],
                           "sv": ["studentbostader.example.fi", "studenthem.example.se"],
                           "en": ["studenthousing.example.com", "halls.example.co.uk"]}}
SHARED_BOXES = {
    "pharmacy_fi": "asiakaspalvelu@apteekkiketju.example.fi reseptit@apteekkiketju.example.fi "
                   "verkkokauppa@verkkoapteekki.example.fi palautukset@verkkoapteekki.example.fi "
                   "kanta-asiakas@apteekkiketju.example.fi",
    "pharmacy_en": "customercare@apteekkiketju.example.com prescriptions@pharmacy.example.co.uk "
                   "webshop@apteekkiketju.example.com",
    "pharmacy_sv": "kundtjanst@apoteket.example.fi recept@apoteket.example.fi webbutik@webbapotek.example.se",
    "housing_fi": "asukaspalvelu@opiskelija-asunnot.example.fi vuokravalvonta@opiskelija-asunnot.example.fi "
                  "huolto@opiskelija-asunnot.example.fi hakemukset@asukasportaali.example.fi "
                  "avaimet@opiskelija-asunnot.example.fi",
    "housing_en": "tenants@studenthousing.example.com rent@studenthousing.example.com repairs@halls.example.co.uk",
    "housing_sv": "hyresgast@studentbostader.example.fi hyror@studentbostader.example.fi "
                  "felanmalan@studenthem.example.se"}
CURRENT = {"x": None, "language": "fi", "service": "pharmacy"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {a.i}
# the initials, {j.…} the subject's child, {nick:a} a's chat handle, {staff:a} a's pharmacy or caretaker login in a
# handover note, a dispensing log or a work log, {imei:a} the IMEI of a's handset, {otp:a}, {pin:a}, {door:a},
# {pickup:a}, {locker:a}, {pw:a} a's credentials; in Finnish a name also in the abessive (.abe) and with the clitics
# -kin and -han/-hän (.allkin, .genhan).

def handset_imei():
    n = identifiers.luhn(R, R.choice(["35", "86", "01", "99"]), 15)
    return R.choice([n, n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:8]} {n[8:]}"])


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 4, 8]))),
         "pin": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([4, 4, 4, 6]))),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}", "*{4}", "{4}*{2}"]))),
         "pickup": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{6}", "{3}-{3}", "{A}{A}{4}", "{8}"]))),
         "locker": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{6}", "{3}{A}", "#{5}"]))),
         "pw": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{A}{x}{x}{x}{4}!", "Ap{4}{A}{x}{x}#", "{x}{A}{x}{A}{3}?{x}",
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
        """As generation.Writer.form, and in Finnish the abessive (Riihiahotta) and a case with the clitic -kin or
        -han/-hän (Sukkulaojallekin, Verkkosalonhan), the vowel of -han/-hän by the harmony of the name's essive."""
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
        """As generation.Writer.person, and is: the given name's initials with full stops (P.-S. for Perttu-Sipi,
        M. for Markha Khadishat) and the surname; i the initials in capitals."""
        bits = spec.split(".")
        if bits[0] == "is":
            case = bits[1] if len(bits) > 1 else "nom"
            initial = "-".join(w[0] + "." for w in p.given.split(" ")[0].split("-"))
            return self.name(initial, p.role).say(" ").name(self.form(p.surname, case), p.role)
        if bits[0] == "i":
            return self.name(p.initials().upper(), p.role)
        return super().person(p, spec)

    def iban(self, p):
        """As generation.Writer.iban, and in English a British account (a refund or a deposit paid in the UK)."""
        if p.account is None and self.language == "en":
            p.account = identifiers.written_foreign_iban(R, "GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "{14}")
        return super().iban(p)

    def imei(self, p):
        """The IMEI of p's handset, the same wherever the message writes it: a DEVICE_ID of p."""
        return self.ent(self.sticky.setdefault(("imei", id(p)), handset_imei()), "DEVICE_ID", p.role)

    def staff(self, p):
        """p's login as a handover note, a dispensing log or a caretaker's work log writes it: a USERNAME of p."""
        if ("staff", id(p)) not in self.sticky:
            g, s = identifiers.plain_name(p.given.split(" ")[0].split("-")[0]), identifiers.plain_name(p.surname)
            self.sticky[("staff", id(p))] = R.choice([f"apt_{s[:6]}{R.randint(10, 99)}", f"{g[:3]}{s[:4]}.farm",
                                                      f"{g}{s[0]}{R.randint(100, 999)}", f"P{R.randint(1000, 9999)}"
                                                      f"-{s[:5].upper()}", f"huolto.{g[0]}{s[:7]}",
                                                      f"{s[:5]}_{g[:2]}{R.randint(1, 9)}"])
        return self.ent(self.sticky[("staff", id(p))], "USERNAME", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei, "staff": self.staff}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a pharmacy chain's and its online pharmacy's customer service and of a student housing foundation's
# tenant service.

MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "GBP {w}.{c}", "€{w}.{c}"],
         "sv": ["{g},{c} €", "{g} kr", "{w},{c} euro"]}


def money(language):
    whole = R.choice([R.randint(1, 30), R.randint(5, 99), R.randint(100, 999), R.randint(1000, 3000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The pharmacy, pick-up point, student house or letting firm named after someone of the surname of this
    message's x."""
    return R.choice(EPONYMS[CURRENT["service"]][CURRENT["language"]][CURRENT["x"].surname])


TABLES = {
    # The pharmacy chain and its online pharmacy.
    "medicine": {"fi": ["Burana 400 mg", "Panadol 500 mg", "Opamox 15 mg", "Levaxin 50 mikrog", "Metformin 500 mg",
                        "Atorvastatin 20 mg", "Bisoprolol 5 mg", "Ventoline 0,1 mg/annos", "Marevan 3 mg",
                        "Emconcor 2,5 mg", "Thyroxin 100 mikrog", "Symbicort Turbuhaler 160/4,5"],
                 "sv": ["Burana 400 mg", "Panodil 500 mg", "Levaxin 75 mikrog", "Metformin 850 mg",
                        "Atorvastatin 40 mg", "Ventoline 0,1 mg/dos", "Waran 2,5 mg"],
                 "en": ["Amoxicillin 500 mg", "Omeprazole 20 mg", "Sertraline 50 mg", "Ramipril 5 mg",
                        "Levothyroxine 75 mcg", "Salbutamol 100 mcg inhaler", "Atorvastatin 20 mg"]},
    "package": {"fi": ["100 tabl.", "30 kaps.", "98 tabl.", "3 x 100 tabl.", "200 annosta", "28 kalvopääll. tabl."],
                "sv": ["100 tabl.", "30 kapslar", "98 tabletter", "200 doser"],
                "en": ["28 tablets", "56 capsules", "a 200-dose inhaler", "84 tablets"]},
    "pharmacy": {"fi": ["Kampin apteekki", "Itäkeskuksen apteekki", "Tikkurilan apteekki", "Myyrmäen apteekki",
                        "Sellon apteekki", "Hervannan apteekki"],
                 "sv": ["Kampens apotek", "Östra centrums apotek", "Dickursby apotek", "Sellos apotek"],
                 "en": ["the Kamppi pharmacy", "the Itäkeskus branch", "the online pharmacy", "the Sello branch"]},
    "pickpoint": {"fi": ["noutoautomaatti K-Citymarket Itis", "Prisma Sellon pakettiautomaatti",
                         "apteekin noutolokerikko", "Kampin noutopiste"],
                  "sv": ["paketautomaten i Sello", "apotekets uthämtningsskåp", "utlämningsstället i Kampen"],
                  "en": ["the parcel locker at Sello", "the pharmacy's pick-up lockers", "the Kamppi pick-up point"]},
    "product": {"fi": ["Bepanthen-voide", "Nicorette 4 mg purukumi", "D-vitamiini 50 mikrog", "Bioxin-kuurikortti",
                       "verenpainemittari Omron M3", "kuumemittari"],
                "sv": ["Bepanthen salva", "Nicorette 4 mg tuggummi", "D-vitamin 50 mikrog", "blodtrycksmätare"],
                "en": ["a blood pressure monitor", "vitamin D 25 mcg", "Nicorette 4 mg gum", "a thermometer"]},
    # The student housing foundation.
    "house": {"fi": ["Domus Gaudium", "Opiskelijatalo Servinkuja", "Tekniikantie 14:n talo", "Kalevantie 4",
                     "Soluasunnot Teekkarikylä", "Hervannan opiskelijatalo"],
              "sv": ["Domus Gaudium", "Studenthuset Servinkuja", "Teknikvägen 14", "Studentbyn"],
              "en": ["Domus Gaudium", "the Servinkuja block", "Tekniikantie 14", "the Student Village"]},
    "flat": {"fi": ["A 23", "B 114", "C 7", "as. D 41", "solu 12 C", "huone 3"],
             "sv": ["A 23", "B 114", "bostad C 7", "rum 3"],
             "en": ["flat A23", "room 114", "studio C7", "room 3 of flat D41"]},
    "size": {"fi": ["22,5 m²", "34 m²", "solu 12 m²", "41,5 m²"], "sv": ["22,5 m²", "34 m²", "rum 12 m²"],
             "en": ["22.5 m²", "34 m²", "a 12 m² room"]},
    "facility": {"fi": ["pesutupa", "kuivaushuone", "talosauna", "yhteistila", "pyöräkellari", "kuntosali"],
                 "sv": ["tvättstugan", "torkrummet", "bastun", "gemensamma utrymmet"],
                 "en": ["the laundry room", "the drying room", "the sauna", "the common room"]},
    "fault": {"fi": ["tiskipöydän hana vuotaa", "jääkaappi ei kylmennä", "suihkun lattiakaivo tukossa",
                      "ikkunan tiiviste rikki", "patteri ei lämpene", "palovaroitin piippaa"],
              "sv": ["kranen läcker", "kylskåpet kyler inte", "golvbrunnen är igensatt", "elementet är kallt"],
              "en": ["the kitchen tap is leaking", "the fridge isn't cooling", "the shower drain is blocked",
                     "the radiator is cold"]},
    "street": {"fi": ["Servinkuja {n}", "Kalevantie {n}", "Lönnrotinkatu {n} B", "Tekniikantie {n}",
                      "Agricolankatu {n}", "Sukkulakuja {n}"],
               "sv": ["Lönnrotsgatan {n}", "Agricolagatan {n}", "Sjögatan {n}", "Teknikvägen {n}"],
               "en": ["{n} Fore Street", "{n} Lemon Street", "{n} Quay Road", "{n} Station Hill"]},
    "town": {"fi": ["Helsinki", "Espoo", "Vantaa", "Tampere", "Turku", "Jyväskylä", "Oulu", "Kuopio"],
             "sv": ["Helsingfors", "Esbo", "Vanda", "Åbo", "Tammerfors", "Vasa"],
             "en": ["Helsinki", "Espoo", "Truro", "Falmouth", "Exeter", "Plymouth"]},
    # Who, where and what system, by service.
    "role_pharmacy": {"fi": ["farmaseutti", "proviisori", "asiakaspalvelija", "verkkoapteekin tuki",
                             "apteekkari", "laskutussihteeri"],
                      "sv": ["farmaceut", "provisor", "kundtjänst", "apotekare"],
                      "en": ["Pharmacist", "Customer Care Adviser", "Dispenser", "Web Shop Support"]},
    "role_housing": {"fi": ["asukasneuvoja", "vuokravalvoja", "huoltomies", "isännöitsijä", "asuntosihteeri"],
                     "sv": ["boenderådgivare", "hyresbevakare", "fastighetsskötare", "disponent"],
                     "en": ["Tenancy Adviser", "Rent Officer", "Maintenance Technician", "Housing Manager"]},
    "queue_pharmacy": {"fi": ["Reseptit", "Verkkokauppa", "Kanta-asiakkaat", "Palautukset", "Kotiinkuljetus",
                              "Haittavaikutukset"],
                       "sv": ["Recept", "Webbutiken", "Stamkunder", "Returer"],
                       "en": ["Prescriptions", "Web shop", "Loyalty", "Refunds", "Home delivery"]},
    "queue_housing": {"fi": ["Hakemukset", "Vuokravalvonta", "Vikailmoitukset", "Avaimet", "Häiriöt",
                             "Muuttotarkastukset"],
                      "sv": ["Ansökningar", "Hyror", "Felanmälan", "Nycklar"],
                      "en": ["Applications", "Rent", "Repairs", "Keys", "Neighbour issues"]},
    "system_pharmacy": {"fi": ["Apteekkijärjestelmä Salix", "Verkkoapteekin hallinta", "Kanta-asiakasrekisteri",
                               "Toimitusloki"],
                        "sv": ["Apotekssystemet", "Webbutikens admin", "Expeditionsloggen"],
                        "en": ["PharmaDesk", "the web shop admin", "DispenseLog", "the loyalty register"]},
    "system_housing": {"fi": ["Asukasportaali", "Vuokrareskontra VR3", "Huoltopyyntöjärjestelmä", "Kulunvalvonta"],
                       "sv": ["Boendeportalen", "Hyresreskontran", "Felanmälningssystemet"],
                       "en": ["TenantHub", "the resident portal", "RentLedger", "FixIt"]},
}
SERVICE_LINES = {
    "switchboard": {"fi": ["09 {4} {4}", "020 {3} {4}"], "en": ["0344 {3} {4}", "01872 {3} {3}"],
                    "sv": ["09-{3} {4}", "018-{3} {3}"]},
    "customerline": {"fi": ["0600 {2} {3}", "09 {3} {5}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                     "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "adviceline": {"fi": ["0100 {4}", "010 {3} {4}"], "en": ["0121 {3} {4}", "020 {4} {4}"],
                   "sv": ["0100 {4}", "06-{3} {4}"]},
    "oncall": {"fi": ["0800 {3} {3}", "020 {3} {3}"], "en": ["0800 {3} {3}"], "sv": ["0800 {3} {3}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112", "111"], "sv": ["112"]},
}

# What stays the same throughout one message.
STICKY = {f"{kind}_{language}" for kind in ("system", "pharmacy", "house", "flat", "pickpoint")
          for language in ("fi", "en", "sv")}
STICKY |= {"customerno", "contract", "loyalty"}
LOOKS = {
    "twin": twin,
    "order": lambda: DRAW.fill(R.choice(["VA-{7}", "#{6}", "ORD{8}", "W-{4}-{4}"])),
    "rx": lambda: DRAW.fill(R.choice(["RES-{8}", "{4} {4} {4}", "Rx{7}", "ER-{6}"])),
    "lockerno": lambda: DRAW.fill(R.choice(["lokero {2}", "locker {2}", "fack {2}", "L{3}"])),
    "loyalty": lambda: DRAW.fill(R.choice(["KA-{8}", "{3} {3} {3}", "PLUS{7}"])),
    "customerno": lambda: DRAW.fill(R.choice(["{7}", "AS-{6}", "CUST{6}", "{3} {4}"])),
    "contract": lambda: DRAW.fill(R.choice(["VS-{6}", "{2}/{4}-{3}", "TA{7}", "HA-{5}"])),
    "application": lambda: DRAW.fill(R.choice(["HAK-{6}", "APP{7}", "{A}{A}-{5}"])),
    "key": lambda: DRAW.fill(R.choice(["avain {2}-{A}", "key {3}", "tagi {6}", "bricka {5}"])),
    "batch": lambda: DRAW.fill(R.choice(["erä {A}{A}{4}", "lot {A}{5}", "batch {4}{A}"])),
    "km": lambda: f"{R.randint(1, 40)},{R.randint(0, 9)} km",
    "time": lambda: f"{R.randint(6, 22):02d}.{R.choice(['00', '15', '30', '45'])}",
    "weekday": lambda: R.choice(["ma", "ti", "ke", "to", "pe", "maanantaisin", "torstaisin", "arkisin"]),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "dispute": lambda: DRAW.fill(R.choice(["CB-{8}", "DSP{7}", "{A}{A}{A}-{6}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "AS-{5}", "INC{7}", "TK-{5}", "ÄR-{6}", "HP-{6}"])),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
for _language in ("fi", "en", "sv"):
    # A role, a queue and a system of the message's service (the pharmacy chain's or the housing foundation's).
    for _kind in ("role", "queue", "system"):
        LOOKS[f"{_kind}_{_language}"] = lambda language=_language, kind=_kind: LOOKS[
            f"{kind}_{CURRENT['service']}_{language}"]()
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the customer who renews a prescription or collects one for a relative
# with a power of attorney, orders to a pick-up locker, holds the loyalty card, logs in to the web shop, is refunded,
# disputes a card charge, has medicines delivered home, the pharmacist who writes a handover note or a dispensing log,
# the patient whose adverse reaction is reported, the bot's customer; the applicant offered a flat, the tenant who signs
# a tenancy agreement, is invoiced or reminded, is refunded a deposit, is given keys, a fob and a door code, books the
# laundry or the sauna, reports a fault, moves out, complains about a neighbour, the caretaker who writes a work log);
# a-h are third parties; k and j share the subject's surname (a relative, a spouse, a co-tenant, a child); x bears a
# surname that a pharmacy, a pick-up point, a student house or a letting firm of the message also bears.

PHARMACY_SHAPES = [
    # ---- Finnish: the pharmacy chain's and its online pharmacy's customer service
    ("resepti_fi", "fi",
     "Aihe: Reseptin uusiminen omaiselleni\n\nHei,\n\nhoidan omaiseni {k.gs.gen} asioita valtakirjalla. Hänen "
     "reseptinsä ({L:medicine}, {L:package}) pitäisi uusia; henkilötunnus {hetu:k}. Haen lääkkeet "
     "{L:date_fi} ({L:pharmacy}). Hänen numeronsa on {phone:k}, omani {phone:s}.\n\n{s.gs}\n\n---\n"
     "Farmaseutti {a.gs} ({user:a}): uusimispyyntö {L:rx} lähetetty lääkärille {b.gs.all}; valtakirja "
     "tarkistettu. Noutaja {s.gs}. {x.gs.abl} ei ole reseptiä ({L:twin}).\n"),
    ("eresepti_fi", "fi",
     "E-RESEPTIN TOIMITUS {L:rx}\n\nPotilas: {k.SG}, henkilötunnus {hetu:k}\nNoutaja: {s.SG} (valtakirja), "
     "{phone:s}\nLääke: {L:medicine}, {L:package}, {L:amount_fi}\nMääräävä lääkäri: {a.gs}\n\n"
     "Proviisori {b.gs} ({user:b}) {L:stamp}: valtakirja ja noutajan henkilöllisyys tarkistettu, "
     "henkilötunnus {hetu:s}. Seuraava toimitus {L:date_fi}. Tiedoksi {c.gs.all}; {x.gs.ela} ei "
     "mainintaa, apteekki {L:twin}.\n"),
    ("noutolokero_fi", "fi",
     "Aihe: Tilaus {L:order} noutolokerossa\n\nHei,\n\ntilasin verkkoapteekista {L:product} ja {L:medicine}, "
     "ja tilaus on nyt {L:pickpoint}, {L:lockerno}. Noutokoodi tuli numeroon {phone:s}: {pickup:s}. "
     "Puolisoni {k.gs} hakee paketin, joten antakaa hänelle oma koodi.\n\n{s.gs}, {mail:s}\n\n---\n"
     "Verkkoapteekin tuki {a.gs} ({user:a}): {k.g.all} lähetetty noutokoodi {pickup:k} numeroon {phone:k}; "
     "lokero auki {L:date_fi} asti. Reseptilääkkeen luovuttaa {b.gs}. {x.gs.ade} ei tilauksia; "
     "{L:twin}.\n"),
    ("kanta-asiakas_fi", "fi",
     "Aihe: Kanta-asiakastili ja osoitteenmuutos\n\nHei,\n\nkanta-asiakaskorttini {L:loyalty} pisteet eivät "
     "näy. Tunnukseni on {user:s}, puhelin {phone:s}. Muutin osoitteeseen {L:street}, {L:town}. Tilille "
     "on lisätty myös puolisoni {k.gs} ({user:k}).\n\n{s.gs}\n\n---\nAsiakaspalvelija {a.gs}: pisteet "
     "siirretty, jäsennumero {L:customerno}. {k.g.allkin} lähetettiin kertakoodi {otp:k}. Käsittelyssä "
     "myös {b.gs} ({user:b}); {x.gs.tra} merkitty eri asiakas ({L:twin}).\n"),
    ("verkkokauppa_fi", "fi",
     "Aihe: En pääse verkkoapteekkiin\n\nHei,\n\nverkkoapteekki ei hyväksy salasanaani eikä kertakoodia. "
     "Tunnus {user:s}, numero {phone:s}. Tilaus {L:order} ({L:product}) jäi kesken.\n\n{s.gs}\n\n---\n"
     "Verkkoapteekin tuki {a.gs}: uusi kertakoodi {otp:s} (voimassa 5 min), väliaikainen salasana {pw:s}. "
     "Lapsesi {j.gs} tunnus {user:j} on lukittu; PIN nollattu: {pin:j}. Tekninen tuki {b.gs} ({user:b}) "
     "tiedoksi. Ilman {c.gs.abe} vikaa ei olisi löydetty.\n"),
    ("palautus_fi", "fi",
     "Aihe: Palautus uudelle tilille\n\nHei,\n\npalautin tilauksen {L:order} ({L:product}, {L:amount_fi}) "
     "{L:date_fi}. Vanha tilini on suljettu, joten maksakaa hyvitys uudelle tililleni {iban:s}. Paketin vei "
     "postiin ystäväni {a.gs}.\n\n{s.gs}, {phone:s}\n\n---\nPalautukset ({b.gs}, {user:b}): hyvitys "
     "maksettu {L:date_fi}, viite {L:viite}. Hyväksyjä {c.is}. {x.gs.all} ei hyvitystä ({L:twin}).\n"),
    ("kortti_fi", "fi",
     "LASKUN JA KORTTIVELOITUKSEN RIITAUTUS {L:dispute}\n\nAsiakas: {s.SG}, asiakasnumero {L:customerno}\n"
     "Puhelin: {phone:s}, {mail:s}\nLasku {L:invoice}: {L:medicine}, {L:amount_fi}, eräpäivä {L:date_fi}\n"
     "{L:stamp} kortti {card:s} {L:amount_fi} HYVÄKSYTTY\n{L:stamp} kortti {card:s} {L:amount_fi} HYVÄKSYTTY\n\n"
     "Asiakkaan mukaan tilaus maksettiin kortilla ja silti tuli lasku. Kortin myöntäjän käsittelijä {a.gs}, "
     "{phone:a}.\n\nLaskutussihteeri {b.gs} ({user:b}): lasku mitätöity {L:date_fi}. {d.is} tiedoksi; "
     "{x.gs.ill} tämä ei liity ({L:twin}).\n"),
    ("kotiinkuljetus_fi", "fi",
     "Aihe: Kotiinkuljetus ja rapun ovikoodi\n\nHei,\n\ntilasin lääkkeet ({L:medicine}, {L:package}) kotiin "
     "{L:date_fi}. Asun osoitteessa {L:street}, ja rapun ovikoodi on {door:s}. Jos en ole kotona, naapurini "
     "{a.gs} ({phone:a}) ottaa paketin vastaan.\n\n{s.gs}\n{phone:s}\n\n---\nKotiinkuljetus ({b.gs}, "
     "{user:b}): lähetti {c.gs}, {phone:c}; kuljettajalle oma koodi {door:c}. Reseptilääke luovutetaan vain "
     "{s.g.all}. {x.gs.par} ei koske ({L:twin}).\n"),
    ("vuoronvaihto_fi", "fi",
     "Vuoronvaihtomuistio {L:pharmacy}, {L:date_fi} ({L:system})\nKirjoittaja: farmaseutti {s.gs} "
     "({staff:s}), puhelin IMEI {imei:s}\n\n{L:hour} reseptijono: 14 odottaa, {L:rx} kesken, lääkäri "
     "{a.gs} ({phone:a}) soittaa takaisin\n{L:hour} kassa 2: {b.gs} ({staff:b}), apteekkipuhelin IMEI "
     "{imei:b}\n{L:hour} annosjakelu: {c.gs} ({staff:c})\n\nHuom. {L:medicine} loppu, erä {L:batch} "
     "tilattu. Iltavuoroon {d.gs.all} ({user:d}). {x.gs.ade} ei vuoroa; {L:twin}.\n"),
    ("haittavaikutus_fi", "fi",
     "HAITTAVAIKUTUSILMOITUS {L:ticket}\n\nPotilas: {s.SG}, henkilötunnus {hetu:s}, {phone:s}\nLääke: "
     "{L:medicine}, {L:batch}, aloitettu {L:date_fi}\nOireet: ihottuma ja huimaus\nHoitava lääkäri: {a.gs}, "
     "{L:town}\n\nIlmoittaja: proviisori {b.gs} ({user:b}) {L:stamp}. Potilaan puolesta soitti {k.gs} "
     "({phone:k}). Lääkäri {a.gs.all} lähetetty tieto; {c.is} tarkisti. Ilmoitus ei koske {x.gs.par} "
     "({L:twin}).\n"),
    ("rekisterivienti_fi", "fi",
     "Kanta-asiakasrekisterin vienti {L:system} {L:date_fi}\n\nsukunimi;etunimet;jäsennumero;kortti;puhelin;"
     "sähköposti;tunnus\n{s.s};{s.g};{L:customerno};{L:loyalty};{phone:s.e164};{mail:s};{user:s}\n{k.s};{k.g};"
     "{L:customerno};;{phone:k.e164};;{user:k}\n{a.s};{a.g};{L:customerno};{L:loyalty};{phone:a.e164};"
     "{mail:a};{user:a}\n\nHuom. ({b.gs}): {s.g} ja {k.g} samassa taloudessa; {a.g.gen} tili yhdistetty.\n"),
    ("botti_fi", "fi",
     "Keskusteluloki {L:ticket}\n{L:hour} Apteekkibotti: Hei! Miten voin auttaa?\n{L:hour} {nick:s}: tilaus "
     "{L:order} ei oo tullu lokeroon\n{L:hour} Apteekkibotti: Siirrän sinut asiakaspalvelijalle.\n{L:hour} {a.g} "
     "(asiakaspalvelu): Hei {s.g}, puhunko {s.gs.gen} kanssa? Lähetin koodin numeroon {phone:s}: {otp:s}.\n"
     "{L:hour} {nick:s}: joo. {L:pickpoint} on tyhjä\n{L:hour} {a.g}: Uusi noutokoodi {pickup:s}, "
     "{L:lockerno}. {b.gs} vahvistaa.\n{L:hour} {nick:s}: kiitos {a.g.allhan} tästä\n"),
]

HOUSING_SHAPES = [
    # ---- Finnish: the student housing foundation's tenant service
    ("hakemus_fi", "fi",
     "Aihe: Asuntotarjous {L:application}\n\nHei {s.g},\n\nsinulle tarjotaan asuntoa {L:house}, {L:flat} "
     "({L:size}), vuokra {L:amount_fi}/kk, {L:date_fi} alkaen. Vahvista tarjous asukasportaalissa "
     "tunnuksella {user:s} viimeistään {L:date_fi}. Kertakoodi: {otp:s}.\n\nAsuntosihteeri {a.gs}, "
     "{phone:a}\n\n---\n{s.gs} ({phone:s}): otan asunnon vastaan; solukaverina aloittaa {b.gs}. "
     "{x.gs.abl} ei hakemusta; {L:twin} on eri kohde.\n"),
    ("vuokrasopimus_fi", "fi",
     "VUOKRASOPIMUS {L:contract}\n\nVuokralainen: {s.SG}, henkilötunnus {hetu:s}, {phone:s}\nToinen "
     "vuokralainen: {k.SG}, henkilötunnus {hetu:k}\nTakaaja: {a.SG}, henkilötunnus {hetu:a}, {phone:a}\n"
     "Kohde: {L:house}, {L:flat}, {L:street}, {L:town}\nVuokra {L:amount_fi}, vakuus {L:amount_fi}\n\n"
     "Asukasneuvoja {b.gs} ({user:b}) {L:stamp}: sopimus allekirjoitettu; takaussitoumus {a.g.ela}. "
     "Todistajana {c.gs}. {x.gs.ill} sopimus ei liity ({L:twin}).\n"),
    ("vuokralasku_fi", "fi",
     "Aihe: Maksumuistutus, vuokra {L:invoice}\n\nHei {s.g},\n\nvuokra {L:amount_fi} ({L:flat}) eräpäivältä "
     "{L:date_fi} on maksamatta. Maksa viitteellä {L:viite} tai ota yhteyttä numeroon {L:customerline}.\n\n"
     "Vuokravalvoja {a.gs} ({user:a})\n\n---\n{s.gs}, {phone:s}: maksoin jo kortilla {card:s}; kuitti "
     "liitteenä. Maksun teki puolestani omaiseni {k.gs}. {x.gs.tra} kirjattu maksu ({L:twin}) ei ole minun.\n"),
    ("vakuus_fi", "fi",
     "Aihe: Vakuuden palautus uudelle tilille\n\nHei,\n\nmuutin pois asunnosta {L:flat} ({L:house}) "
     "{L:date_fi}. Palauttakaa vakuus {L:amount_fi} uudelle tililleni {iban:s}; vanha tili on suljettu. "
     "Uusi asukas on {a.gs}, {phone:a}.\n\n{s.gs}, {phone:s}\n\n---\nVuokravalvonta ({b.gs}, {user:b}): "
     "vakuus maksettu {L:date_fi}, viite {L:viite}. Hyväksyjä {c.is}. Sopimus {L:contract} siirtyi "
     "{a.g.all}.\n"),
    ("avaimet_fi", "fi",
     "Aihe: Avaimet, tagi ja ulko-oven koodi\n\nHei,\n\nsain {L:date_fi} avaimen {L:key} ja tagin, mutta "
     "ulko-oven koodi {door:s} ei toimi. Solukaverini {a.gs} ({phone:a}) tarvitsee myös koodin; hänen "
     "tagiaan ei ole aktivoitu.\n\n{s.gs}, {L:flat}\n\n---\nAvaimet ({b.gs}, {user:b}): {s.g.all} uusi "
     "koodi {door:s}, {a.g.all} koodi {door:a}. Voimassa {L:date_fi} alkaen. {x.gs.ade} ei avaimia; "
     "{L:twin}.\n"),
    ("pesutupa_fi", "fi",
     "Aihe: Pesutuvan ja saunan varaus\n\nHei,\n\nvarausjärjestelmä ei päästä minua sisään. Tunnus {user:s}, "
     "numero {phone:s}. Yritin varata vuoron ({L:facility}, {L:weekday} klo {L:time}).\n\n{s.gs}\n\n---\n"
     "Asukasneuvoja {a.gs}: uusi PIN {pin:s}, kertakoodi {otp:s}. Puolisosi {k.gs.gen} tunnus on {user:k}, "
     "PIN {pin:k}. Saunavuoroista vastaa {b.gs} ({user:b}). {c.gs.ess} toimii talon yhteyshenkilö.\n"),
    ("vikailmoitus_fi", "fi",
     "Aihe: Vikailmoitus {L:ticket}: {L:fault}\n\nHei,\n\nasunnossa {L:flat} ({L:house}) {L:fault}. "
     "Huoltomies saa tulla yleisavaimella; kotona on solukaverini {a.gs}, {phone:a}.\n\n{s.gs}\n{phone:s}\n\n"
     "---\nHuollon käyntiilmoitus: huoltomies {b.gs} ({phone:b}) tulee {L:date_fi} klo {L:time}. "
     "Päivystys {L:oncall}. Tiedoksi {c.gs.all} ({user:c}); {x.gs.ela} ei ilmoitusta ({L:twin}).\n"),
    ("muuttotarkastus_fi", "fi",
     "MUUTTOTARKASTUS {L:flat}, {L:house}\n\nLähtevä asukas: {s.SG}, {phone:s}, {mail:s}\nTarkastaja: {a.gs} "
     "({user:a}) {L:stamp}\nHavainnot: {L:fault}; uuni likainen; avain {L:key} palautettu\nLaskutettava: "
     "{L:amount_fi}\n\nLäsnä myös asukkaan omainen {k.gs}. Uusi asukas {b.gs} muuttaa {L:date_fi}. Huomautus "
     "{c.is}: {x.gs.par} ei laskuteta ({L:twin}).\n"),
    ("hairio_fi", "fi",
     "Aihe: Häiriöilmoitus naapurista\n\nHei,\n\nnaapurini {a.gs} ({L:flat}) on soittanut musiikkia öisin jo "
     "kolme viikkoa, viimeksi {L:date_fi} klo {L:time}. Olen puhunut {a.g.allkin}, mutta mikään ei muutu. "
     "Myös {b.gs} ({phone:b}) on valittanut.\n\n{s.gs}\n{phone:s}\n\n---\nIsännöitsijä {c.gs} ({user:c}): "
     "huomautus lähetetty {a.g.all} {L:date_fi}. Järjestyksenvalvoja {d.gs}, {phone:d}. Ilman "
     "{x.gs.abe} asia ei olisi selvinnyt ({L:twin}).\n"),
    ("tekstiviestit_fi", "fi",
     "Asukasportaalin tekstiviestiloki {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hei {s.g}! Pesutupa "
     "varattu {L:weekday} klo {L:time}. PIN {pin:s}\n{L:stamp} ← {phone:s.msisdn}: kiitos\n{L:stamp} → "
     "{phone:k.msisdn}: Hei {k.g}, uusi ovikoodisi on {door:k}.\n{L:stamp} → {num.msisdn}: Vikailmoitus "
     "{L:ticket} vastaanotettu.\n{L:stamp} → {phone:a.msisdn}: Hei {a.g}, huolto tulee {L:date_fi}.\n\n"
     "Lähettäjä {b.gs} ({user:b}); {s.gs.gen} numero tarkistettu.\n"),
    ("huoltoloki_fi", "fi",
     "{L:system} – huoltomiehen työloki, {L:house}\nKirjoittaja: {s.gs} ({staff:s}), puhelin IMEI {imei:s}\n\n"
     "{L:stamp} {staff:s} KIRJAUTUI\n{L:stamp} {L:flat}: {L:fault}, korjattu\n{L:stamp} {L:facility}: "
     "asukas {a.gs} ({phone:a}) ilmoitti vuodosta\n{L:stamp} {staff:b} otti päivystyksen, IMEI {imei:b}\n\n"
     "Huom. avain {L:key} palautettu {c.gs.all}. Esihenkilö {d.gs} ({user:d}); {x.gs.abl} ei merkintää "
     "({L:twin}).\n"),
]

PHARMACY_SHAPES += [
    # ---- English: the pharmacy chain's English customer service
    ("repeat_en", "en",
     "Subject: Repeat prescription for my parent\n\nHi,\n\nI hold a lasting power of attorney for my parent, "
     "{k.gs}. The repeat prescription ({L:medicine}, {L:package}) runs out on {L:date_en}. Their number is "
     "{phone:k}; mine is {phone:s}.\n\n{s.gs}\n\n---\nPharmacist {a.gs} ({user:a}): request {L:rx} sent to "
     "Dr {b.gs}; power of attorney on file. Collection by {s.g} at {L:pharmacy}. {x.gs}'s prescription is at "
     "{L:twin}.\n"),
    ("locker_en", "en",
     "Subject: Order {L:order} in the pick-up locker\n\nHello,\n\nmy order ({L:product}) is at {L:pickpoint}, "
     "{L:lockerno}. The pick-up code sent to {phone:s} was {pickup:s} but the locker won't open. My partner "
     "{k.gs} will collect it instead.\n\n{s.gs}, {mail:s}\n\n---\nWeb shop support ({a.gs}, {user:a}): new "
     "code for {k.g}: {pickup:k}, valid until {L:date_en}. {x.gs}'s order went to {L:twin}.\n"),
    ("webshop_en", "en",
     "Subject: Can't log in to the online pharmacy\n\nHi, the web shop keeps rejecting my one-time code. Login "
     "{user:s}, phone {phone:s}. I need the receipt for {L:order}.\n\n{s.gs}\n\n---\nAdviser {a.gs}: new code "
     "{otp:s} (10 minutes); your temporary password is {pw:s}. Your child {j.gs} has login {user:j}; PIN reset "
     "to {pin:j}. Escalated to {b.gs} ({user:b}).\n"),
    ("dispute_en", "en",
     "Subject: Disputed invoice {L:invoice} and double charge\n\nHello,\n\nI paid for order {L:order} "
     "({L:amount_en}) by card {card:s} on {L:date_en}, and the card was charged twice. Now I've had an invoice "
     "too. My child {j.gs} placed the order for me.\n\n{s.gs}, {phone:s}\n\n---\nRefunds ({a.gs}, "
     "{user:a}): the second charge to {card:s} refunded {L:date_en}; invoice cancelled. Approved by {b.is}. "
     "{x.gs}'s invoice is a different one ({L:twin}).\n"),
    ("delivery_en", "en",
     "HOME DELIVERY {L:order}\n\nCustomer: {s.SG}, {phone:s}\nAddress: {L:street}, {L:town}\nDoor code: "
     "{door:s}\nItems: {L:medicine}, {L:package}; {L:product}\nPaid: card {card:s}, {L:amount_en}\n\n"
     "Home delivery ({a.gs}, {user:a}): courier {b.gs} ({phone:b}) on {L:date_en} between {L:time} and "
     "{L:time}. Neighbour {c.gs} may sign. {x.gs}'s parcel is at {L:twin}.\n"),
    ("dispensing_en", "en",
     "{L:system} – dispensing log, {L:pharmacy}\nWritten by: {s.gs} ({staff:s}), handset IMEI {imei:s}\n\n"
     "{L:stamp} {staff:s} LOGGED IN\n{L:stamp} DISPENSED {L:rx}, {L:medicine}, {L:package}, to {a.gs}\n"
     "{L:stamp} QUERY: Dr {b.gs} ({phone:b}) called back about the dose\n{L:stamp} {staff:c} took over, "
     "IMEI {imei:c}\n\nNote: batch {L:batch} quarantined; told {d.gs} ({user:d}). {x.gs}'s script not "
     "dispensed at {L:twin}.\n"),
    ("bot_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} PharmaBot: Hi! How can I help?\n{L:hour} {nick:s}: my repeat "
     "prescription isnt ready\n{L:hour} PharmaBot: Which pharmacy?\n{L:hour} {nick:s}: {L:pharmacy}\n"
     "{L:hour} PharmaBot: Passing you to an adviser.\n{L:hour} {a.g} (Customer Care): Hi {s.g}, is this "
     "{s.gs}? Code sent to {phone:s}: {otp:s}.\n{L:hour} {nick:s}: yes\n{L:hour} {a.g}: Ready on {L:date_en}. "
     "{b.gs} will confirm.\n"),
]

HOUSING_SHAPES += [
    # ---- English: the housing foundation's English tenant service
    ("offer_en", "en",
     "Subject: Offer of accommodation {L:application}\n\nDear {s.g},\n\nwe can offer you {L:flat} at "
     "{L:house} ({L:size}), rent {L:amount_en} a month from {L:date_en}. Please accept in the resident portal "
     "(login {user:s}) by {L:date_en}; your one-time code is {otp:s}.\n\n{a.gs}, Housing Officer, {phone:a}\n\n"
     "---\n{s.gs} ({phone:s}): I accept. My flatmate will be {b.gs}. {x.gs}'s application is with "
     "{L:twin}.\n"),
    ("tenancy_en", "en",
     "TENANCY AGREEMENT {L:contract}\n\nTenant: {s.SG}, {phone:s}, {mail:s}\nJoint tenant: {k.SG}\nGuarantor: "
     "{a.SG}, {phone:a}\nProperty: {L:flat}, {L:house}, {L:street}\nRent {L:amount_en}; deposit "
     "{L:amount_en}\n\nTenancy Adviser {b.gs} ({user:b}) {L:stamp}: signed by {s.g} and {k.g}; guarantee "
     "from {a.g}. Witness {c.gs}. Not {x.gs}'s tenancy ({L:twin}).\n"),
    ("deposit_en", "en",
     "Subject: Deposit refund to my new account\n\nHi,\n\nI moved out of {L:flat} on {L:date_en}. Please "
     "refund the deposit of {L:amount_en} to my new account {iban:s}. The new tenant is {a.gs}, "
     "{phone:a}.\n\n{s.gs}\n{phone:s}\n\n---\nRent Officer ({b.gs}, {user:b}): refund paid {L:date_en}. "
     "Approved by {c.is}. {x.gs}'s deposit is held by {L:twin}.\n"),
    ("laundry_en", "en",
     "Subject: Laundry and sauna booking login\n\nHi, the booking system rejects my PIN. Login {user:s}, phone "
     "{phone:s}. I wanted {L:facility} on {L:date_en}.\n\n{s.gs}\n\n---\nTenant support {a.gs}: one-time code "
     "{otp:s}, new PIN {pin:s}. Your partner {k.gs} books as {user:k}. Over to {b.gs} ({user:b}).\n"),
    ("repair_en", "en",
     "Subject: Repair request {L:ticket}: {L:fault}\n\nHello,\n\nin {L:flat}, {L:fault}. The technician may use "
     "the master key; my flatmate {a.gs} ({phone:a}) is usually in.\n\n{s.gs}\n{phone:s}\n\n---\nVisit "
     "notice: technician {b.gs} ({phone:b}) on {L:date_en} at {L:time}. Out of hours {L:oncall}. cc {c.gs} "
     "({user:c}). {x.gs}'s repair is at {L:twin}.\n"),
    ("complaint_en", "en",
     "Subject: Noise from the flat next door\n\nHello,\n\nmy neighbour {a.gs} ({L:flat}) has had parties "
     "every weekend; the last one ended at {L:time} on {L:date_en}. {b.gs} ({phone:b}) heard it too.\n\n"
     "{s.gs}\n{phone:s}\n\n---\nHousing Manager ({c.gs}, {user:c}): a warning was sent to {a.g}; "
     "security {d.gs} ({phone:d}) will call. Not about {x.gs}'s flat or {L:twin}.\n"),
]

PHARMACY_SHAPES += [
    # ---- Swedish: the pharmacy chain's Swedish customer service
    ("recept_sv", "sv",
     "Ämne: Förnyat recept åt min förälder\n\nHej,\n\njag sköter {k.gs.gen} ärenden med fullmakt (min "
     "förälder). Receptet ({L:medicine}, {L:package}) behöver förnyas; personbeteckning {hetu:k}. Förälderns nummer är "
     "{phone:k}, mitt {phone:s}.\n\n{s.gs}\n\n---\nFarmaceut {a.gs} ({user:a}): begäran {L:rx} skickad till "
     "läkaren {b.gs}; fullmakten kontrollerad. {x.gs.gen} recept finns på {L:twin}.\n"),
    ("utlamning_sv", "sv",
     "Ämne: Beställning {L:order} i uthämtningsskåpet\n\nHej,\n\nmin beställning ({L:product}) ligger i "
     "{L:pickpoint}, {L:lockerno}. Koden som kom till {phone:s} var {pickup:s}, men skåpet öppnas inte. Min "
     "sambo {k.gs} hämtar i stället.\n\n{s.gs}, {mail:s}\n\n---\nWebbutiken ({a.gs}, {user:a}): ny kod till "
     "{k.g}: {pickup:k}. {x.gs.gen} beställning gick till {L:twin}.\n"),
    ("webbshop_sv", "sv",
     "Ämne: Kan inte logga in i webbapoteket\n\nHej, webbapoteket godkänner inte min engångskod. Användarnamn "
     "{user:s}, telefon {phone:s}.\n\n{s.gs}\n\n---\nKundtjänst {a.gs}: ny engångskod {otp:s}, tillfälligt "
     "lösenord {pw:s}. Din partner {k.gs} har användarnamnet {user:k}; PIN {pin:k}. Vidare till {b.gs} "
     "({user:b}).\n"),
    ("biverkning_sv", "sv",
     "BIVERKNINGSRAPPORT {L:ticket}\n\nPatient: {s.SG}, personbeteckning {hetu:s}, {phone:s}\nLäkemedel: "
     "{L:medicine}, {L:batch}, sedan {L:date_sv}\nSymtom: utslag och yrsel\nBehandlande läkare: {a.gs}\n\n"
     "Rapporterad av provisor {b.gs} ({user:b}) {L:stamp}. Patientens barn {j.gs} ringde. Läkaren {a.gs.gen} "
     "svar väntas; {c.is} kontrollerade. {x.gs.gen} ärende gäller {L:twin}.\n"),
]

HOUSING_SHAPES += [
    # ---- Swedish: the housing foundation's Swedish tenant service
    ("hyresavtal_sv", "sv",
     "HYRESAVTAL {L:contract}\n\nHyresgäst: {s.SG}, personbeteckning {hetu:s}, {phone:s}\nMedhyresgäst: "
     "{k.SG}\nBorgensman: {a.SG}, personbeteckning {hetu:a}, {phone:a}\nObjekt: {L:house}, {L:flat}, "
     "{L:street}\nHyra {L:amount_sv}, deposition {L:amount_sv}\n\nBoenderådgivare {b.gs} ({user:b}) "
     "{L:stamp}: avtalet undertecknat. Vittne {c.gs}. {x.gs.gen} avtal gäller {L:twin}.\n"),
    ("deposition_sv", "sv",
     "Ämne: Depositionen till nytt konto\n\nHej,\n\njag flyttade från {L:flat} ({L:house}) {L:date_sv}. "
     "Betala tillbaka depositionen {L:amount_sv} till mitt nya konto {iban:s}. Den nya hyresgästen är "
     "{a.gs}, {phone:a}.\n\n{s.gs}\n{phone:s}\n\n---\nHyresbevakningen ({b.gs}, {user:b}): återbetalt "
     "{L:date_sv}. Godkänt av {c.is}.\n"),
    ("nycklar_sv", "sv",
     "Ämne: Nyckel, bricka och portkod\n\nHej,\n\njag fick nyckeln {L:key} {L:date_sv}, men portkoden {door:s} "
     "fungerar inte. Min rumskamrat {a.gs} ({phone:a}) behöver också en kod.\n\n{s.gs}, {L:flat}\n\n---\n"
     "Nycklar ({b.gs}, {user:b}): ny kod till {s.g} {door:s}, {a.gs.gen} kod {door:a}. {x.gs.gen} bricka "
     "gäller {L:twin}.\n"),
    ("bastu_sv", "sv",
     "Ämne: Bokning av bastun och tvättstugan\n\nHej, bokningssystemet godkänner inte min PIN. Användarnamn "
     "{user:s}, telefon {phone:s}. Jag ville boka {L:facility} {L:date_sv}.\n\n{s.gs}\n\n---\n"
     "Boenderådgivare {a.gs}: engångskod {otp:s}, ny PIN {pin:s}. Din sambo {k.gs} bokar som {user:k}. "
     "Vidare till {b.gs} ({user:b}).\n"),
    ("smslogg_sv", "sv",
     "SMS-logg {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hej {s.g}! Bastun bokad {L:date_sv} kl. {L:time}. "
     "PIN {pin:s}\n{L:stamp} ← {phone:s.msisdn}: tack\n{L:stamp} → {phone:k.msisdn}: Hej {k.g}, din nya "
     "portkod är {door:k}.\n{L:stamp} → {num.msisdn}: Felanmälan {L:ticket} mottagen.\n\nSkickat av {a.gs} "
     "({user:a}); {s.gs.gen} nummer kontrollerat. {x.gs.gen} bokning gäller {L:twin}.\n"),
]

SHAPES = PHARMACY_SHAPES + HOUSING_SHAPES
PHARMACY_NAMES = {name for name, _, _ in PHARMACY_SHAPES}

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
           "\n\nAsiakaspalvelu {L:customerline} (ma–pe 8–16), neuvonta {L:adviceline}, hätätilanteessa "
           "{L:emergency}\n{g.gs}\n"],
    "en": ["\n--\n{L:system} | Case {L:ticket} | updated {L:stamp}\nHandler: {g.gs} ({L:role}), "
           "{phone:g}\nQueue: {L:queue}\n",
           "\n\nKind regards\n{g.gs}\n{L:role}\nDirect: {phone:g} | Switchboard: {L:switchboard}\n{L:companyno}\n",
           "\n--\nClosed by {g.is} ({user:g}) {L:stamp}\n",
           "\n\nCustomer line {L:customerline}, advice line {L:adviceline}\n{g.gs}\n"],
    "sv": ["\n--\n{L:system} | Ärende {L:ticket} | uppdaterat {L:stamp}\nHandläggare: {g.gs} ({L:role}), "
           "{phone:g}\nKö: {L:queue}\n",
           "\n\nVänliga hälsningar\n{g.gs}\n{L:role}\n{phone:g} | växel {L:switchboard}\nFO-nummer {L:ytunnus}\n",
           "\n--\nHandläggare {g.is} ({user:g}) {L:stamp}, {L:system}\n"],
}


def namesake(language, others):
    """A third party whose surname a pharmacy, a pick-up point, a student house or a letting firm of the message's
    service and language also bears: a NAME."""
    return PEOPLE.namesake(language, sorted(EPONYMS[CURRENT["service"]][language]), others)


draw = generation.case_draw(
    "held-out-53", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "pharmacy" if name in PHARMACY_NAMES else "housing", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 100, "EMAIL": 400, "USERNAME": 300,
            "look-alikes": 6000, "CREDENTIAL": 80, "IBAN": 20, "PAYMENT_CARD": 30, "NATIONAL_ID": 10,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("order, prescription, locker, loyalty, customer, contract, application, invoice, dispute and "
                  "key numbers",
                  lambda key: generation.kind(key) in
                  ("order", "rx", "lockerno", "loyalty", "customerno", "contract", "application", "invoice",
                   "dispute", "key", "batch")),
                 ("medicines, packages, products, pharmacies and pick-up points",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("medicine", "package", "product", "pharmacy", "pickpoint")),
                 ("student houses, flats, sizes, facilities and faults",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("house", "flat", "size", "facility", "fault"))],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso", ":time"),
                tally=generation.NameForms(PHONES), check=generation.new_forms_check("held-out-53.jsonl"))
