#!/usr/bin/env python3
r"""Generates the fifty-fourth held-out set (held-out-54.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 53: nobody tunes on it. Its writer read no detection code, list, rule, model,
test or docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-53 lack: (a) a
car repair and tyre workshop chain's customer service and (b) a municipality's early childhood education (daycare)
service desk, as their service desk sees them, in 45 shapes (23 Finnish, 13 English, 9 Swedish), with the earlier mail
a reply quotes, copies and watchers under it and the record around it (a case-system footer or a signature).
(a) service and inspection bookings, a car left at the workshop by a spouse or by a company car's driver, repair
estimates approved by phone, tyre hotel storage with the licence plate, invoices and card charges, warranty claims,
the customer portal's logins, one-time codes and key box codes, mechanics' work orders and shift logs with logins and
handsets (IMEI), courtesy car agreements with the driver's identity code, a complaint about a mechanic, the CRM's
export (CSV), a bot's chat handed to an adviser.
(b) applications for a daycare place with the guardians' and the child's identity codes, a child's start, daycare
fees and income details, invoices and refunds to a new account, the parents' app logins and PINs, door and gate codes
given to a grandparent who fetches the child, absence and sick notices, the group's teachers and nurses, a special
needs assistant, shift rotas and the unit director's notes with logins and handsets, a complaint, the client
register's export, the parents' app's SMS log.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
Karelian and Ingrian Orthodox given names joined, the last part one without consonant gradation (Mikitta-Vasselei,
Hilippa-Miitrei, Nasto-Varvaara, Jeudokia-Oudotja), Finnish compound surnames of tar-burning, charcoal, birch-bark,
log-building and boat words with a place word (Sysikorpi: Sysikorvesta, Miilumäki: Miilumäeltä, Keksilahti:
Keksilahdelle, Pilkkakangas: Pilkkakankaalla, Tuuralampi, Hirsioja, Lastuaho, Airosalo, Melaranta-Tuohiniemi); old
Ostrobothnian peasant given names joined (Ambrosius-Valfrid, Emanuel-Elias, Serafina-Justina, Evelina-Hulda) with
Ostrobothnian farm surnames (Kvarnbäck, Bystedt, Lillhannus, Storkull, Rösvik, Träskvik, Edsvik-Vikstedt); Tuvan,
Buryat, Mari, Abkhaz, Adyghe, Avar, Baluchi, Newar, Khasi, Dhivehi, Karen, Ifugao, Chamorro, Venda, Herero, Lozi,
Makonde, Ewe, Efik, Kabyle, Udmurt, Talysh, Lepcha, Tulu, Sango, Afar, Soninke and Dogon ones, two given names and a
double surname (Aldynai Choigana Mongush-Oorzhak, Dugarma Tsyrenma Dashiev-Budaev, Tshilidzi Ndivhuwo
Mudau-Nemukula, Taous Djedjiga Feraoun-Mammeri); in the Finnish cases in Finnish prose (eleven cases and the
abessive, the clitics -kin and -han/-hän), the Swedish genitive in Swedish, the English possessive, in capitals on
forms, surname first in exports and forms, initials (M.-V. Sysikorpi, A. Mongush-Oorzhak) in signatures and footers,
lower-case handles in chat.
Spans: as in sets 47 to 53, a person's given names are one NAME span however many they are (Aldynai Choigana,
Mikitta-Vasselei) and the surname is one NAME span, a double surname too; the two are separate spans with the space
between them unlabelled; a clitic belongs to its name's span, an English possessive's 's does not.
Look-alikes named after people: workshops, tyre hotels, daycare centres, parks and playgrounds (Relanderin
Autohuolto, Svinhufvudin Rengashotelli, Hjeltin Autokorjaamo, Krohnin päiväkoti, Aspelinin päiväkoti, Gyldéninpuiston
leikkipuisto, Ehrenströmsverkstaden, Argelandergatans bilservice, Hällströmsgaraget, Kellgrendaghemmet,
Tavaststjernaparkens lekpark, Brightwells Garage, Gwilliams Tyre Centre, Protheros Autocentre, Carews Day Nursery,
Meyricks Pre-School, Gwythers Playgroup), cars, tyres and services (Škoda Octavia Combi, Nokian Hakkapeliitta R5),
licence plates (ABC-123, AB12 CDE: a car's, not a person's), streets (Relanderinkatu, Krohninkatu, Aspelinsgatan); in
34 shapes a third party bears the same surname as a workshop, a tyre hotel, a daycare centre or a park of the message
in another form than the thing (a Finnish case that is not the thing's nominative or genitive: Relanderilta,
Svinhufvudille, Hjeltillä, Krohnia, Aspelinista, Gyldénittä; the Swedish genitive beside a compound: Ehrenströms,
Argelanders, Kellgrens, Tavaststjernas; the English possessive beside a firm's plural: Brightwell's, Gwilliam's,
Prothero's, Carew's, Meyrick's, Gwyther's) and is a NAME.
Labelling policy, as in set 53, with these for the new kinds. The subject is the register's known person: the
customer who books a service, leaves or collects a car, approves an estimate, stores tyres, is invoiced or charged,
claims warranty, logs in to the portal, borrows a courtesy car, complains, the mechanic who writes a work order or a
shift log, the bot's customer; the guardian who applies for a place, starts a child, reports income, is invoiced or
refunded, logs in to the parents' app, gives a grandparent a gate code, reports an absence, complains, the unit
director or teacher who writes a rota or a note. Everyone else is a third party: spouses, second guardians,
children, grandparents, company car drivers, mechanics, service advisers, teachers, nurses, assistants, directors,
bank handlers, staff, handlers and agents. Every person's phone is a PHONE; a service's number is a look-alike (the
switchboard, the customer, booking and on-call lines, 112, 999, 111). Shared mailboxes (huolto@, rengashotelli@,
varhaiskasvatus@, bookings@, dagvard@) are EMAIL, role "third". Staff, portal and app logins, the logins in a work
order, a shift log or a rota and chat handles are USERNAME. The IMEI of a work order's, a shift log's or a note's
handset is a DEVICE_ID of its user (the writer's own the subject's). Accounts are IBAN (valid check digits; Finnish,
Swedish and British), cards PAYMENT_CARD (valid Luhn), identity codes NATIONAL_ID (valid check character; the second
guardian's, the child's and the courtesy car driver's a third party's when not the subject's). One-time codes, portal
and app PINs, temporary passwords, key box, door and gate codes are CREDENTIAL of the one they are given to or belong
to (the spouse's key box code, the grandparent's gate code and the second guardian's PIN a third party's).
Look-alikes (kept): licence plates, cars, tyres, sizes, mileages, services, faults, parts, work order, estimate,
booking, tyre hotel, warranty, customer, decision, application, client and invoice numbers, daycare centres, groups,
care hours, fees, illnesses, amounts, Finnish reference numbers, business ids, dates and times, weekdays, streets,
towns, roles, queues, systems.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 10,236
NAME (1,430 the subject's) in 1,112 distinct forms, 1,025 of them (92.2 %) new to every other labelled set by
new-name-forms.py (the others are initials, some eponyms' surnames and a few world names); 1,563 PHONE (578 the
subject's) of 112 countries and territories; 878 EMAIL (777 third parties' and shared mailboxes); 1,242 USERNAME (290
the subject's); 463 CREDENTIAL (318 the subject's, 145 third parties'); 43 IBAN (the subject's refund account); 88
PAYMENT_CARD (the subject's); 158 NATIONAL_ID (72 the subject's, 86 second guardians', children's and drivers'); 116
DEVICE_ID (58 the work order, shift log or rota writer's own, 58 third parties' handsets); 6,661 look-alikes (1,943
dates and times, 550 service numbers, 492 namesakes' things, 336 licence plates, 648 work order, estimate, booking,
tyre hotel, key box, warranty, customer, client, decision, application and invoice numbers, 661 cars, tyres,
services, faults, parts, mileages and workshops, 356 daycare centres, groups, care hours, illnesses and parks) from
668 pairs of shape and kind, 3,958 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-54.py --check asserts it and that more than half the name forms are new
to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-54.py > held-out-54.jsonl (python3 held-out-54.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers

R, DRAW, CLOCK = generation.seeded(54545454)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-53 as name forms when this set was written; the
# Finnish given names are Karelian and Ingrian Orthodox ones joined (the last part one that takes no consonant
# gradation), the surnames compounds of tar-burning, charcoal, birch-bark, log-building and boat words (sysi, miilu,
# terva, tuohi, lastu, hirsi, airo, mela, keksi, tuura, kirves, pilkka) with a place word; the Swedish given names are
# old Ostrobothnian peasant ones joined, the surnames Ostrobothnian farm names.

_FI_M_HEAD = ["Mikitta", "Hilippa", "Ignatti", "Vasselei", "Oliksei", "Proha", "Homa", "Jeremei", "Rodion",
              "Miitrei", "Tarasei", "Kondratei", "Ofonas"]
_FI_M_TAIL = ["Vasselei", "Oliksei", "Proha", "Homa", "Jeremei", "Rodion", "Miitrei", "Tarasei", "Kondratei", "Ofonas"]
FI_MEN = [f"{h}-{t}" for i, h in enumerate(_FI_M_HEAD) for t in _FI_M_TAIL[i % 5::5] if h != t]
_FI_W_HEAD = ["Jeudokia", "Palaga", "Nasto", "Malanja", "Anisja", "Marfa", "Ustinja", "Matrona", "Olona", "Oudotja",
              "Okuliina", "Varvaara"]
_FI_W_TAIL = ["Nasto", "Malanja", "Anisja", "Marfa", "Ustinja", "Matrona", "Olona", "Oudotja", "Okuliina", "Varvaara"]
FI_WOMEN = [f"{h}-{t}" for i, h in enumerate(_FI_W_HEAD) for t in _FI_W_TAIL[(i + 2) % 5::5] if h != t]
FI_SURNAMES = ["Sysikorpi", "Miilumäki", "Tuohiniemi", "Lastuaho", "Hirsioja", "Airosalo", "Melaranta", "Keksilahti",
               "Tuurasaari", "Kirvesvaara", "Pilkkakangas", "Miiluoja", "Tuohikoski", "Hirsijärvi", "Keksiharju",
               "Tuuralampi", "Pilkkasuo", "Tervakallio", "Sysilahti", "Miilusaari", "Tuohivuori", "Lastukangas",
               "Hirsiranta", "Melakoski", "Kirvesoja", "Sysivaara", "Aironiemi", "Tuurakorpi", "Lastumäki",
               "Pilkkaharju"]
FI_SURNAMES += ["Melaranta-Tuohiniemi", "Sysikorpi-Hirsioja", "Keksilahti-Airosalo"]
_SV_M = ["Ambrosius", "Valfrid", "Emanuel", "Elias", "Leonard", "Abel", "Efraim", "Mattias", "Henrik", "Zakarias",
         "Israel", "Natanael", "Jeremias", "Mikael"]
_SV_W = ["Serafina", "Justina", "Evelina", "Hulda", "Edla", "Lydia", "Amalia", "Albertina", "Fredrika", "Sanna",
         "Mathilda", "Ulrika", "Karolina", "Vilhelmina"]
SV_GIVEN = [f"{_SV_M[i]}-{_SV_M[(i + k) % 14]}" for k in (1, 3) for i in range(14)] + \
    [f"{_SV_W[i]}-{_SV_W[(i + k) % 14]}" for k in (1, 3) for i in range(14)]
SV_SURNAMES = ["Kvarnbäck", "Bystedt", "Backgren", "Edsvik", "Lillhannus", "Storkull", "Rösvik", "Träskvik",
               "Vikstedt", "Kvarnström", "Lillsjö", "Storsved", "Edsvik-Vikstedt", "Kvarnbäck-Lillhannus",
               "Storkull-Rösvik", "Bystedt-Träskvik"]


def world(given, surnames, countries, sep="-"):
    """An origin's given names two by two (the first three women's, the last three men's) and its double surnames."""
    g = [f"{given[i]} {given[(i + 1) % 3]}" for i in range(3)] + \
        [f"{given[3 + i]} {given[3 + (i + 1) % 3]}" for i in range(3)]
    s = [f"{surnames[i]}{sep}{surnames[(i + 1) % 4]}" for i in range(4)] + [f"{surnames[0]}{sep}{surnames[2]}"]
    return g, s, countries


WORLD = {
    "tuvan": world(["Aldynai", "Choigana", "Sailyk", "Aidash", "Ochur", "Mergen"],
                   ["Mongush", "Oorzhak", "Kuular", "Saryglar"], ["RU", "MN"]),
    "buryat": world(["Dugarma", "Tsyrenma", "Dulma", "Dorzho", "Zhargal", "Bato"],
                    ["Dashiev", "Budaev", "Namsaraev", "Tsyrenov"], ["RU", "MN"]),
    "mari": world(["Uksine", "Salika", "Nastuk", "Ilyuk", "Yakur", "Mikul"],
                  ["Yandushev", "Akparov", "Yagodarov", "Yamberdov"], ["RU", "KZ"]),
    "abkhaz": world(["Gunda", "Kama", "Nalia", "Daur", "Astamur", "Beslan"],
                    ["Ardzinba", "Lakoba", "Agrba", "Gulia"], ["GE", "RU", "TR"]),
    "adyghe": world(["Fatimet", "Saida", "Nafset", "Kazbek", "Aslanbi", "Murat"],
                    ["Teuchezh", "Khachemizov", "Shkhalakhov", "Bzhassov"], ["RU", "TR", "JO"]),
    "avar": world(["Patimat", "Khadizhat", "Aminat", "Magomed", "Gadzhi", "Shamil"],
                  ["Gamzatov", "Nurmagomedov", "Dibirov", "Gitinov"], ["RU", "AZ"]),
    "baluchi": world(["Selimat", "Nurjahan", "Mahnaz", "Shahdad", "Mir Hazar", "Bijjar"],
                     ["Mengal", "Bugti", "Rind", "Zehri"], ["PK", "IR", "AE"]),
    "newar": world(["Bhinda", "Nanimaiya", "Ratnamaya", "Kulman", "Sarbagya", "Bhaju"],
                   ["Pradhan", "Tuladhar", "Bajracharya", "Shakya"], ["NP", "IN"]),
    "khasi": world(["Phida", "Iaineh", "Kyrshan", "Wanphrang", "Bah", "Teiborlang"],
                   ["Lyngdoh", "Nongrum", "Marbaniang", "Kharkongor"], ["IN", "BD"]),
    "dhivehi": world(["Shamim", "Aminath", "Mariyam", "Hussain", "Moosa", "Ahmed Shiyam"],
                     ["Didi", "Maniku", "Fulhu", "Kaleyfaanu"], ["LK", "IN"]),
    "karen": world(["Naw Paw", "Eh Htoo", "Paw Klo", "Saw Thaw", "Htoo Eh", "Klo Say"],
                   ["Thaw Ler", "Poe Wah", "Ka Lu", "Moo Kho"], ["MM", "TH"]),
    "ifugao": world(["Ulianda", "Kiagdan", "Bugan", "Dulnuan", "Bahatan", "Dinamling"],
                    ["Bimmayag", "Lunag", "Gumangan", "Pugong"], ["PH"]),
    "chamorro": world(["Tasi", "Saina", "Dolores", "Pedro", "Jesus", "Vicente"],
                      ["Chargualaf", "Taitague", "Aguon", "Quinata"], ["US"]),
    "venda": world(["Tshilidzi", "Ndivhuwo", "Rudzani", "Mashudu", "Khathutshelo", "Mpho"],
                   ["Mudau", "Nemukula", "Netshitenzhe", "Ramabulana"], ["ZA"]),
    "herero": world(["Uaatjiua", "Vemuna", "Kaveraza", "Kazenambo", "Hoveka", "Riruako"],
                    ["Katjavivi", "Kapuuo", "Tjiriange", "Kaitjizemburu"], ["ZA", "DE"]),
    "lozi": world(["Mubita", "Liseli", "Nawa", "Imasiku", "Lubasi", "Sibeso"],
                  ["Akakandelwa", "Mwangala", "Inambao", "Lewanika"], ["ZW", "ZA"]),
    "makonde": world(["Kalokola", "Nangu", "Likumbo", "Chimbuli", "Namahala", "Ibu"],
                     ["Mpalume", "Nankumba", "Chilunda", "Mtumwa"], ["TZ", "KE"]),
    "ewe": world(["Dzifa", "Enyonam", "Selasi", "Kudzo", "Agbeko", "Yao Dzidzor"],
                 ["Ahiable", "Dotse", "Gbedemah", "Amedzro"], ["GH", "FR"]),
    "efik": world(["Asari", "Ekpenyong", "Eyo", "Bassey", "Etim", "Okokon"],
                  ["Henshaw", "Archibong", "Effiong", "Ekpo-Ita"], ["NG", "GB"]),
    "kabyle": world(["Ounissa", "Taous", "Djedjiga", "Amar", "Mouloud", "Lounès"],
                    ["Feraoun", "Mammeri", "Matoub", "Ait Amrane"], ["FR", "BE"]),
    "udmurt": world(["Dariya", "Ogdi", "Akilina", "Kuzebay", "Trokhim", "Ashalchi"],
                    ["Gerdov", "Vereshchagin", "Kedra", "Lebedev-Mitri"], ["RU"]),
    "talysh": world(["Gulshan", "Zarnigar", "Lalazar", "Ahad", "Alakram", "Sohrab"],
                    ["Hummatov", "Lankarani", "Astarai", "Masallov"], ["AZ", "IR"]),
    "lepcha": world(["Nimkit", "Rongkup", "Sonam Lhamu", "Thupden", "Mayel", "Lyangsong"],
                    ["Lepcha", "Tamsang", "Foning", "Rongong"], ["IN", "NP"]),
    "tulu": world(["Kinnimani", "Chennayya", "Siri", "Abbaga", "Daraga", "Kantheri"],
                  ["Bangera", "Kotian", "Salian", "Amin"], ["IN", "AE"]),
    "sango": world(["Yasmina", "Nzapa", "Yangoua", "Gbadoua", "Ngaïkoï", "Zowa"],
                   ["Ngoupandé", "Dacko", "Gbezera", "Koyambounou"], ["CM", "FR"]),
    "afar": world(["Fatuma", "Asiya", "Kadiga", "Ali Mirah", "Hanfare", "Yayyo"],
                  ["Haysama", "Dardar", "Badoul", "Ahmadou"], ["ET", "ER"]),
    "soninke": world(["Hawa", "Kadiatou", "Sira", "Samba", "Tounkara", "Bakary"],
                     ["Diakhaby", "Sakho", "Doucouré", "Kanouté"], ["SN", "FR"]),
    "dogon": world(["Yakouba", "Amassagou", "Anta", "Ogobara", "Ambèrè", "Antandou"],
                   ["Dolo", "Guindo", "Kassogué", "Témé"], ["SN", "FR"]),
}

# The Finnish surnames that are compounds whose last word inflects on its own (Sysikorpi: Sysikorvesta, Miilumäki:
# Miilumäeltä, Keksilahti: Keksilahdelle, Pilkkakangas: Pilkkakankaalla).
IRREGULAR = {}
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))

# ---------------------------------------------------------------------------------------------------------------------
# Workshops, tyre hotels, daycare centres, parks and playgrounds named after people: a third party x of the same surname
# is a NAME in a form the thing does not hold (a Finnish case other than the thing's nominative or genitive, the
# Swedish genitive beside a compound, the English possessive beside a firm's plural), the thing a look-alike.

EPONYMS = {"workshop": {"fi": {"Relander": ["Relanderin Autohuolto", "Relanderinkadun korjaamo"],
                               "Svinhufvud": ["Svinhufvudin Rengashotelli", "Svinhufvudintien rengaspalvelu"],
                               "Hjelt": ["Hjeltin Autokorjaamo", "Hjeltinkadun katsastusasema"]},
                        "sv": {"Ehrenström": ["Ehrenströmsverkstaden", "Ehrenströmsvägens däckhotell"],
                               "Argelander": ["Argelanderverkstaden", "Argelandergatans bilservice"],
                               "Hällström": ["Hällströmsgaraget", "Hällströmsvägens däckverkstad"]},
                        "en": {"Brightwell": ["Brightwells Garage", "Brightwells Tyres"],
                               "Gwilliam": ["Gwilliams Motors", "Gwilliams Tyre Centre"],
                               "Prothero": ["Protheros Autocentre", "Protheros Garage"]}},
           "daycare": {"fi": {"Krohn": ["Krohnin päiväkoti", "Krohninkadun ryhmäperhepäiväkoti"],
                              "Aspelin": ["Aspelinin päiväkoti", "Aspelininpuiston leikkipuisto"],
                              "Gyldén": ["Gyldénin päiväkoti", "Gyldéninpuiston leikkipuisto"]},
                       "sv": {"Kellgren": ["Kellgrendaghemmet", "Kellgrensparkens lekpark"],
                              "Tavaststjerna": ["Tavaststjernadaghemmet", "Tavaststjernaparkens lekpark"],
                              "Aspelin": ["Aspelindaghemmet", "Aspelinsgatans familjedaghem"]},
                       "en": {"Carew": ["Carews Day Nursery", "Carews Nursery School"],
                              "Meyrick": ["Meyricks Nursery", "Meyricks Pre-School"],
                              "Gwyther": ["Gwythers Day Nursery", "Gwythers Playgroup"]}}}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

class People(generation.People):
    def kin(self, s, language):
        """As generation.People.kin, never with s's own given name (a spouse, a second guardian or a child of the same
        name would be the subject's name labelled as a third party's)."""
        while True:
            k = super().kin(s, language)
            if k.given != s.given:
                return k


PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"workshop": {"fi": ["autokorjaamo.example.fi", "rengashotelli.example.fi"],
                            "sv": ["bilverkstad.example.fi", "dackhotell.example.se"],
                            "en": ["autorepair.example.com", "tyres.example.co.uk"]},
               "daycare": {"fi": ["kunta.example.fi", "varhaiskasvatus.example.fi"],
                           "sv": ["kommun.example.fi", "smabarnspedagogik.example.fi"],
                           "en": ["municipality.example.com", "earlyyears.example.co.uk"]}}
SHARED_BOXES = {
    "workshop_fi": "asiakaspalvelu@autokorjaamo.example.fi huolto@autokorjaamo.example.fi "
                   "rengashotelli@rengashotelli.example.fi takuu@autokorjaamo.example.fi "
                   "laskutus@autokorjaamo.example.fi",
    "workshop_en": "bookings@autorepair.example.com warranty@autorepair.example.com tyrehotel@tyres.example.co.uk",
    "workshop_sv": "kundtjanst@bilverkstad.example.fi service@bilverkstad.example.fi dack@dackhotell.example.se",
    "daycare_fi": "varhaiskasvatus@kunta.example.fi asiakasmaksut@kunta.example.fi "
                  "palveluohjaus@varhaiskasvatus.example.fi paivakodit@kunta.example.fi "
                  "sovellustuki@varhaiskasvatus.example.fi",
    "daycare_en": "earlyyears@municipality.example.com fees@municipality.example.com "
                  "admissions@earlyyears.example.co.uk",
    "daycare_sv": "dagvard@kommun.example.fi avgifter@kommun.example.fi "
                  "servicehandledning@smabarnspedagogik.example.fi"}
CURRENT = {"x": None, "language": "fi", "service": "workshop"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {a.i}
# the initials, {j.…} the subject's child, {nick:a} a's chat handle, {staff:a} a's mechanic or daycare staff login in a
# work order, a shift log or a rota, {imei:a} the IMEI of a's handset, {otp:a}, {pin:a}, {door:a}, {keybox:a},
# {gate:a}, {pw:a} a's credentials; in Finnish a name also in the abessive (.abe) and with the clitics -kin and
# -han/-hän (.allkin, .genhan).

def handset_imei():
    n = identifiers.luhn(R, R.choice(["35", "86", "01", "99"]), 15)
    return R.choice([n, n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:8]} {n[8:]}"])


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 4, 8]))),
         "pin": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([4, 4, 4, 6]))),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}", "*{4}", "{4}*{2}"]))),
         "keybox": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{6}", "{3}-{3}", "{A}{A}{4}"]))),
         "gate": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{4}#", "#{5}", "{2}*{3}"]))),
         "pw": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{A}{x}{x}{x}{4}!", "Ko{4}{A}{x}{x}#", "{x}{A}{x}{A}{3}?{x}",
                                                          "{A}{A}{x}{x}-{4}-{x}{x}"])))}


class Writer(generation.TableWriter):
    phones, draws, irregular, secrets = PHONES, DRAW, IRREGULAR, OWNED
    home_weight = 3
    born = (("-", 55, 99), ("A", 0, 23))
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
        """p's login as a work order, a shift log or a rota writes it: a USERNAME of p."""
        if ("staff", id(p)) not in self.sticky:
            g, s = identifiers.plain_name(p.given.split(" ")[0].split("-")[0]), identifiers.plain_name(p.surname)
            self.sticky[("staff", id(p))] = R.choice([f"mek_{s[:6]}{R.randint(10, 99)}", f"{g[:3]}{s[:4]}.vaka",
                                                      f"{g}{s[0]}{R.randint(100, 999)}", f"P{R.randint(1000, 9999)}"
                                                      f"-{s[:5].upper()}", f"korj.{g[0]}{s[:7]}",
                                                      f"{s[:5]}_{g[:2]}{R.randint(1, 9)}"])
        return self.ent(self.sticky[("staff", id(p))], "USERNAME", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei, "staff": self.staff}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a car repair and tyre workshop chain's customer service and of a municipality's daycare service desk.

MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "GBP {w}.{c}", "€{w}.{c}"],
         "sv": ["{g},{c} €", "{g} kr", "{w},{c} euro"]}


def money(language):
    whole = R.choice([R.randint(1, 30), R.randint(5, 99), R.randint(100, 999), R.randint(1000, 3000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The workshop, tyre hotel, daycare centre or park named after someone of the surname of this message's x."""
    return R.choice(EPONYMS[CURRENT["service"]][CURRENT["language"]][CURRENT["x"].surname])


def plate():
    """A licence plate: a car's, not a person's (Finnish in Finnish and Swedish, British or Finnish in English)."""
    if CURRENT["language"] == "en":
        return DRAW.fill(R.choice(["{A}{A}{2} {A}{A}{A}", "{A}{A}{2}{A}{A}{A}", "{A}{A}{A}-{3}"]))
    return DRAW.fill(R.choice(["{A}{A}{A}-{3}", "{A}{A}{A}-{2}", "{A}{A}-{3}", "{A}{A}{A} {3}"]))


TABLES = {
    # The car repair and tyre workshop chain.
    "car": {"fi": ["Škoda Octavia Combi 1.5 TSI", "Toyota Corolla 1.8 Hybrid", "Volkswagen Golf Variant",
                   "Volvo V60 D4", "Kia Ceed SW", "Ford Focus 1.0 EcoBoost", "Tesla Model 3", "Mazda CX-5"],
            "sv": ["Škoda Octavia Combi", "Toyota RAV4 Hybrid", "Volvo V70", "Volkswagen Passat", "Kia Niro"],
            "en": ["a Ford Fiesta", "a Vauxhall Astra", "a Nissan Qashqai", "a VW Polo", "a Toyota Yaris Hybrid"]},
    "tyre": {"fi": ["Nokian Hakkapeliitta R5 205/55 R16", "Michelin Alpin 6 195/65 R15",
                    "Continental WinterContact TS 870 225/45 R17", "Nokian Hakkapeliitta 10 215/60 R16 nastat",
                    "kesärenkaat Michelin Primacy 4 205/55 R16"],
             "sv": ["Nokian Hakkapeliitta R5 205/55 R16", "dubbdäck Michelin X-Ice North 195/65 R15",
                    "sommardäck Continental 225/45 R17"],
             "en": ["Michelin CrossClimate 2 205/55 R16", "four Continental PremiumContact 6 tyres",
                    "winter tyres 195/65 R15"]},
    "service": {"fi": ["määräaikaishuolto 60 000 km", "katsastus", "jarrupalojen vaihto", "öljynvaihto",
                       "ilmastointihuolto", "renkaanvaihto", "jakohihnan vaihto", "pakoputken korjaus"],
                "sv": ["service 60 000 km", "besiktning", "byte av bromsbelägg", "oljebyte", "däckbyte"],
                "en": ["an MOT", "a full service", "brake pads replaced", "an oil change", "a tyre change",
                       "a timing belt replacement"]},
    "fault": {"fi": ["moottorin vikavalo palaa", "jarrut kirskuvat", "ilmastointi ei viilennä",
                     "vasen etuvalo ei pala", "ratti värisee 80 km/h nopeudella", "akku tyhjenee"],
              "sv": ["motorlampan lyser", "bromsarna gnisslar", "AC:n kyler inte", "batteriet laddar ur"],
              "en": ["the engine warning light is on", "the brakes squeal", "the air con isn't cold",
                     "the battery keeps going flat"]},
    "part": {"fi": ["etujarrulevyt ja palat", "jakohihnasarja", "akku 70 Ah", "iskunvaimentimet taakse",
                    "pyyhkijänsulat"],
             "sv": ["bromsskivor fram", "kamremssats", "batteri 70 Ah", "stötdämpare bak"],
             "en": ["front discs and pads", "a timing belt kit", "a 70 Ah battery", "rear shock absorbers"]},
    "km": {"fi": ["{n} 412 km", "1{n} 090 km", "{n} 800 km"], "sv": ["{n} 412 km", "1{n} 090 km"],
           "en": ["{n},412 miles", "1{n},090 miles", "{n},800 miles"]},
    "workshop": {"fi": ["Vantaan Petikon korjaamo", "Lielahden rengaskeskus", "Kivistön huoltopiste",
                        "Hervannan toimipiste", "Kaarinan korjaamo"],
                 "sv": ["verkstaden i Petikko", "däckcentret i Esbo", "Kimitoöns bilservice", "verkstaden i Vasa"],
                 "en": ["the Truro workshop", "the Falmouth tyre centre", "the Exeter branch", "our Plymouth site"]},
    # The municipality's early childhood education.
    "unit": {"fi": ["Päiväkoti Mustikka", "Päiväkoti Kuusikko", "Leppävaaran päiväkoti", "Päiväkoti Tuulenpesä",
                    "Ryhmäperhepäiväkoti Tuikku", "Hervannan päiväkoti"],
             "sv": ["Daghemmet Solstrålen", "Daghemmet Skogsbrynet", "Alberga daghem", "Gruppfamiljedaghemmet Tuikku"],
             "en": ["Kuusikko Day Nursery", "the Leppävaara daycare centre", "Mustikka Nursery",
                    "the Tuulenpesä unit"]},
    "group": {"fi": ["Oravat", "Siilit", "Pöllöt", "Tähtiryhmä", "Kettuset", "Muurahaiset"],
              "sv": ["Ekorrarna", "Igelkottarna", "Ugglorna", "Stjärngruppen"],
              "en": ["the Squirrels", "the Owls", "the Hedgehogs group", "the Stars"]},
    "hours": {"fi": ["yli 35 h viikossa", "enintään 20 h viikossa", "25–35 h viikossa", "vuorohoito"],
              "sv": ["över 35 h i veckan", "högst 20 h i veckan", "skiftvård"],
              "en": ["over 35 hours a week", "up to 20 hours a week", "shift care"]},
    "illness": {"fi": ["korvatulehdus", "vesirokko", "vatsatauti", "kuumetta", "silmätulehdus", "flunssa"],
                "sv": ["öroninflammation", "vattkoppor", "magsjuka", "feber"],
                "en": ["an ear infection", "chickenpox", "a tummy bug", "a temperature"]},
    "park": {"fi": ["Mustikkapuisto", "Kuusikon leikkipuisto", "Tuulenpesän piha"],
             "sv": ["Solstrålens gård", "Skogsbrynets lekpark"], "en": ["the nursery garden", "the park gate"]},
    "street": {"fi": ["Relanderinkatu {n}", "Krohninkatu {n} B", "Tervakuja {n}", "Kuusikkotie {n}",
                      "Aspelininkatu {n}", "Pajakuja {n}"],
               "sv": ["Aspelinsgatan {n}", "Ehrenströmsvägen {n}", "Sjögatan {n}", "Verkstadsvägen {n}"],
               "en": ["{n} Fore Street", "{n} Chapel Row", "{n} Quay Road", "{n} Tregolls Road"]},
    "town": {"fi": ["Helsinki", "Espoo", "Vantaa", "Tampere", "Turku", "Kaarina", "Oulu", "Kuopio"],
             "sv": ["Helsingfors", "Esbo", "Vanda", "Åbo", "S:t Karins", "Vasa"],
             "en": ["Helsinki", "Espoo", "Truro", "Falmouth", "Exeter", "Plymouth"]},
    # Who, where and what system, by service.
    "role_workshop": {"fi": ["huoltoneuvoja", "mekaanikko", "asiakaspalvelija", "korjaamopäällikkö",
                             "rengashotellin vastaava", "laskutus"],
                      "sv": ["servicerådgivare", "mekaniker", "kundtjänst", "verkstadschef"],
                      "en": ["Service Adviser", "Technician", "Customer Care", "Workshop Manager"]},
    "role_daycare": {"fi": ["palveluohjaaja", "päiväkodin johtaja", "varhaiskasvatuksen opettaja",
                            "asiakasmaksusihteeri", "lastenhoitaja"],
                     "sv": ["servicehandledare", "daghemsföreståndare", "lärare inom småbarnspedagogik",
                            "avgiftshandläggare"],
                     "en": ["Admissions Officer", "Nursery Manager", "Early Years Teacher", "Fees Officer"]},
    "queue_workshop": {"fi": ["Huoltovaraukset", "Rengashotelli", "Takuu", "Laskutus", "Sijaisautot", "Reklamaatiot"],
                       "sv": ["Servicebokningar", "Däckhotell", "Garanti", "Fakturering"],
                       "en": ["Bookings", "Tyre hotel", "Warranty", "Billing", "Complaints"]},
    "queue_daycare": {"fi": ["Hakemukset", "Asiakasmaksut", "Palveluohjaus", "Sovellustuki", "Palautteet"],
                      "sv": ["Ansökningar", "Avgifter", "Servicehandledning", "Appsupport"],
                      "en": ["Admissions", "Fees", "App support", "Feedback"]},
    "system_workshop": {"fi": ["Korjaamojärjestelmä Vauhti", "Asiakasportaali", "Rengashotellin rekisteri",
                               "CRM Auto360"],
                        "sv": ["Verkstadssystemet", "Kundportalen", "Däckhotellsregistret"],
                        "en": ["GarageHub", "the customer portal", "TyreStore", "the CRM"]},
    "system_daycare": {"fi": ["Varhaiskasvatuksen asiakasjärjestelmä", "Huoltajasovellus Vaka", "Asiakasmaksut AM2",
                              "Kulunvalvonta"],
                       "sv": ["Småbarnspedagogikens klientsystem", "Vårdnadshavarappen", "Avgiftssystemet"],
                       "en": ["EarlyYearsHub", "the parents' app", "FeeLedger", "the admissions portal"]},
}
SERVICE_LINES = {
    "switchboard": {"fi": ["09 {4} {4}", "020 {3} {4}"], "en": ["0344 {3} {4}", "01872 {3} {3}"],
                    "sv": ["09-{3} {4}", "018-{3} {3}"]},
    "customerline": {"fi": ["0600 {2} {3}", "09 {3} {5}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                     "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "bookingline": {"fi": ["0100 {4}", "010 {3} {4}"], "en": ["0121 {3} {4}", "020 {4} {4}"],
                    "sv": ["0100 {4}", "06-{3} {4}"]},
    "oncall": {"fi": ["0800 {3} {3}", "020 {3} {3}"], "en": ["0800 {3} {3}"], "sv": ["0800 {3} {3}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112", "111"], "sv": ["112"]},
}

# What stays the same throughout one message.
STICKY = {f"{kind}_{language}" for kind in ("system", "car", "workshop", "unit", "group")
          for language in ("fi", "en", "sv")}
STICKY |= {"customerno", "plate", "clientno"}
LOOKS = {
    "twin": twin,
    "plate": plate,
    "workorder": lambda: DRAW.fill(R.choice(["TM-{6}", "WO{7}", "#{6}", "TY-{4}-{3}"])),
    "estimate": lambda: DRAW.fill(R.choice(["ARV-{6}", "EST{6}", "KA-{5}"])),
    "booking": lambda: DRAW.fill(R.choice(["VAR-{7}", "BK{7}", "B-{3}-{3}"])),
    "tyrehotel": lambda: DRAW.fill(R.choice(["hylly {2}-{A}", "TH-{5}", "rack {2}{A}", "plats {3}"])),
    "keyboxno": lambda: DRAW.fill(R.choice(["lokero {2}", "box {2}", "fack {2}"])),
    "warranty": lambda: DRAW.fill(R.choice(["TAK-{6}", "WAR{7}", "GAR-{5}"])),
    "customerno": lambda: DRAW.fill(R.choice(["{7}", "AS-{6}", "CUST{6}", "{3} {4}"])),
    "clientno": lambda: DRAW.fill(R.choice(["VK-{6}", "{8}", "CL{6}"])),
    "decision": lambda: DRAW.fill(R.choice(["PÄÄT-{6}", "VAKA/{4}/{3}", "BESL-{5}", "DEC{6}"])),
    "application": lambda: DRAW.fill(R.choice(["HAK-{6}", "APP{7}", "{A}{A}-{5}"])),
    "time": lambda: f"{R.randint(6, 22):02d}.{R.choice(['00', '15', '30', '45'])}",
    "weekday": lambda: R.choice(["ma", "ti", "ke", "to", "pe", "maanantaisin", "torstaisin", "arkisin"]),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "AS-{5}", "INC{7}", "TK-{5}", "ÄR-{6}", "VK-{6}"])),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
for _language in ("fi", "en", "sv"):
    # A role, a queue and a system of the message's service (the workshop chain's or the daycare service's).
    for _kind in ("role", "queue", "system"):
        LOOKS[f"{_kind}_{_language}"] = lambda language=_language, kind=_kind: LOOKS[
            f"{kind}_{CURRENT['service']}_{language}"]()
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the customer who books a service or an inspection, leaves a car or
# has a spouse or a company car's driver leave it, approves an estimate by phone, stores tyres in the tyre hotel, is
# invoiced or charged, claims warranty, logs in to the portal, borrows a courtesy car, complains about a mechanic, the
# mechanic who writes a work order or a shift log, the bot's customer; the guardian who applies for a place, starts a
# child, reports income, is invoiced or refunded, logs in to the parents' app, gives a grandparent a gate code, reports
# an absence, complains, the unit director or teacher who writes a rota or a note); a-h are third parties; k and j
# share the subject's surname (a spouse, a second guardian, a child); x bears a surname that a workshop, a tyre hotel, a
# daycare centre or a park of the message also bears.

WORKSHOP_SHAPES = [
    # ---- Finnish: the car repair and tyre workshop chain's customer service
    ("huoltovaraus_fi", "fi",
     "Aihe: Huoltovaraus {L:booking}, {L:plate}\n\nHei,\n\nvarasin autolleni ({L:car}, {L:plate}) palvelun "
     "{L:service} {L:date_fi} klo {L:time} toimipisteeseen {L:workshop}. Mittarissa on {L:km}. Tuon auton itse; "
     "puhelin {phone:s}, sähköposti {mail:s}.\n\n{s.gs}\n\n---\nHuoltoneuvoja {a.gs} ({user:a}): varaus "
     "vahvistettu, mekaanikkona {b.gs} ({phone:b}). Ilmoitin myös {c.gs.all}. {x.gs.abl} ei varauksia ({L:twin}).\n"),
    ("puoliso_fi", "fi",
     "Aihe: Puolisoni tuo auton huoltoon\n\nHei,\n\nen pääse itse {L:date_fi}, joten puolisoni {k.gs} ({phone:k}) "
     "tuo auton {L:plate} korjaamolle ja jättää avaimen avainlokeroon. Antakaa hänelle avainlokeron koodi; minun "
     "koodini {keybox:s} ei enää toimi.\n\n{s.gs}, {phone:s}\n\n---\nAsiakaspalvelu ({a.gs}, {user:a}): "
     "{k.g.all} lähetetty koodi {keybox:k}, {L:keyboxno}. Auto {L:car}, työ {L:service}. {k.gs.genhan} numero on "
     "tarkistettu. {x.gs.ade} ei ole autoa meillä ({L:twin}).\n"),
    ("arvio_fi", "fi",
     "KORJAUSARVIO {L:estimate}\n\nAsiakas: {s.SG}, {phone:s}\nAjoneuvo: {L:car}, {L:plate}, {L:km}\nVika: {L:fault}\n"
     "Osat: {L:part}, {L:amount_fi}\nTyö: {L:amount_fi}\n\nMekaanikko {a.gs} ({staff:a}) {L:stamp}: soitettu "
     "asiakkaalle, {s.g} hyväksyi arvion puhelimessa. Työnjohtaja {b.is} tiedoksi. Lisätyöstä kysyttävä "
     "{s.g.ablkin}. {x.gs.tra} merkitty eri asiakas ({L:twin}).\n"),
    ("rengashotelli_fi", "fi",
     "Aihe: Renkaat rengashotelliin\n\nHei,\n\nhaluan säilyttää kesärenkaat ({L:tyre}) rengashotellissanne. Auto "
     "{L:car}, rekisterinumero {L:plate}. Renkaat on aiemmin kirjattu isäni {a.gs.gen} nimiin, mutta nyt "
     "ne ovat minun.\n\n{s.gs}\n{phone:s}\n\n---\nRengashotelli ({b.gs}, {user:b}): renkaat paikalla "
     "{L:tyrehotel}, asiakasnumero {L:customerno}. Seuraava vaihto {L:date_fi}. {x.gs.ela} ei rengassarjoja "
     "({L:twin}).\n"),
    ("lasku_fi", "fi",
     "LASKUN JA KORTTIVELOITUKSEN SELVITYS {L:invoice}\n\nAsiakas: {s.SG}, asiakasnumero {L:customerno}\n"
     "Puhelin: {phone:s}, {mail:s}\nTyö {L:workorder}: {L:service}, {L:amount_fi}\n"
     "{L:stamp} kortti {card:s} {L:amount_fi} HYVÄKSYTTY\n{L:stamp} kortti {card:s} {L:amount_fi} HYVÄKSYTTY\n\n"
     "Asiakkaan mukaan auto maksettiin noudettaessa ja silti tuli lasku. Pankin käsittelijä {a.gs}, {phone:a}.\n\n"
     "Laskutus ({b.gs}, {user:b}): lasku mitätöity {L:date_fi}, viite {L:viite}. {d.is} tiedoksi; {x.gs.ill} "
     "tämä ei liity ({L:twin}).\n"),
    ("takuu_fi", "fi",
     "Aihe: Takuuvaatimus {L:warranty}\n\nHei,\n\nvaihdatin teillä {L:part} {L:date_fi}, ja nyt {L:fault}. Työn "
     "teki mekaanikko {a.gs}. Auto {L:car}, {L:plate}, {L:km}.\n\n{s.gs}\n{phone:s}\n\n---\nTakuukäsittelijä "
     "{b.gs} ({user:b}): takuu hyväksytty; osan toimittajan edustaja {c.gs} ({phone:c}) on tiedotettu. Olen "
     "puhunut {a.g.allkin}. Ilman {x.gs.abe} tätä ei olisi huomattu ({L:twin}).\n"),
    ("portaali_fi", "fi",
     "Aihe: En pääse asiakasportaaliin\n\nHei,\n\nportaali ei hyväksy kertakoodia. Tunnus {user:s}, numero "
     "{phone:s}. Haluan nähdä auton {L:plate} huoltohistorian.\n\n{s.gs}\n\n---\nAsiakaspalvelija {a.gs}: uusi "
     "kertakoodi {otp:s} (voimassa 5 min), väliaikainen salasana {pw:s}. Yritysautosi kuljettajan {b.gs.gen} "
     "tunnus {user:b} on lukittu; PIN nollattu: {pin:b}. Tekninen tuki {c.gs} ({user:c}) tiedoksi.\n"),
    ("tyomaarays_fi", "fi",
     "{L:system} – työmääräys {L:workorder}, {L:workshop}\nKirjoittaja: mekaanikko {s.gs} ({staff:s}), puhelin "
     "IMEI {imei:s}\n\n{L:hour} vastaanotto: {L:car}, {L:plate}, {L:km}\n{L:hour} vika: {L:fault}; osat "
     "{L:part} tilattu\n{L:hour} koeajo: {b.gs} ({staff:b}), korjaamon puhelin IMEI {imei:b}\n{L:hour} asiakas "
     "{a.gs} ({phone:a}) hyväksyi lisätyön\n\nHuom. avain {L:keyboxno}. Iltavuoroon {c.gs.all} ({user:c}). "
     "{x.gs.ade} ei työmääräyksiä; {L:twin}.\n"),
    ("sijaisauto_fi", "fi",
     "SIJAISAUTOSOPIMUS {L:booking}\n\nVuokraaja: {s.SG}, henkilötunnus {hetu:s}, {phone:s}\nKuljettaja: {k.SG}, "
     "henkilötunnus {hetu:k}\nSijaisauto: {L:car}, {L:plate}, {L:km}\nOma auto korjattavana: {L:workorder}\n\n"
     "Huoltoneuvoja {a.gs} ({user:a}) {L:stamp}: ajokortit tarkistettu, auto luovutettu {k.g.all}. Palautus "
     "{L:date_fi} klo {L:time}. Todistajana {b.gs}. {x.gs.par} sopimus ei koske ({L:twin}).\n"),
    ("valitus_fi", "fi",
     "Aihe: Valitus mekaanikon käytöksestä\n\nHei,\n\nhain autoni {L:plate} {L:date_fi}, ja mekaanikko {a.gs} "
     "oli tyly ja auton sisällä oli öljyisiä jälkiä. Puhuin myös {a.g.ade}, mutta hän vain nauroi. Paikalla oli "
     "asiakas {b.gs} ({phone:b}).\n\n{s.gs}\n{phone:s}\n\n---\nKorjaamopäällikkö {c.gs} ({user:c}): "
     "pahoittelemme; puhuin {a.g.gen} kanssa {L:date_fi}. Sisäpuhdistus tarjotaan. {d.gs}, {phone:d}. "
     "{x.gs.abl} ei palautetta ({L:twin}).\n"),
    ("crm_fi", "fi",
     "CRM-vienti {L:system} {L:date_fi}\n\nsukunimi;etunimet;asiakasnumero;rekisterinumero;puhelin;"
     "sähköposti;tunnus\n{s.s};{s.g};{L:customerno};{L:plate};{phone:s.e164};{mail:s};{user:s}\n{k.s};{k.g};"
     "{L:customerno};;{phone:k.e164};;{user:k}\n{a.s};{a.g};{L:customerno};{L:plate};{phone:a.e164};"
     "{mail:a};{user:a}\n\nHuom. ({b.gs}): {s.g} ja {k.g} samassa taloudessa; {a.g.gen} yritysauto yhdistetty.\n"),
    ("botti_fi", "fi",
     "Keskusteluloki {L:ticket}\n{L:hour} Korjaamobotti: Hei! Miten voin auttaa?\n{L:hour} {nick:s}: auto "
     "{L:plate} ei oo valmis vaikka piti\n{L:hour} Korjaamobotti: Siirrän sinut asiakaspalvelijalle.\n{L:hour} "
     "{a.g} (asiakaspalvelu): Hei {s.g}, puhunko {s.gs.gen} kanssa? Lähetin koodin numeroon {phone:s}: {otp:s}.\n"
     "{L:hour} {nick:s}: joo. avainlokero on tyhjä\n{L:hour} {a.g}: Uusi avainlokeron koodi {keybox:s}, "
     "{L:keyboxno}. {b.gs} vahvistaa.\n{L:hour} {nick:s}: kiitos {a.g.allhan} tästä\n"),
]

DAYCARE_SHAPES = [
    # ---- Finnish: the municipality's daycare service desk
    ("hakemus_fi", "fi",
     "VARHAISKASVATUSHAKEMUS {L:application}\n\nLapsi: {j.SG}, henkilötunnus {hetu:j}\nHakija: {s.SG}, "
     "henkilötunnus {hetu:s}, {phone:s}, {mail:s}\nToinen huoltaja: {k.SG}, henkilötunnus {hetu:k}, {phone:k}\n"
     "Toive: {L:unit}, {L:hours}, aloitus {L:date_fi}\n\nPalveluohjaaja {a.gs} ({user:a}) {L:stamp}: hakemus "
     "vastaanotettu, päätös {L:decision}. Tiedoksi {b.gs.all}, {phone:b}. {x.gs.ela} ei hakemusta ({L:twin}).\n"),
    ("aloitus_fi", "fi",
     "Aihe: {j.g.gen} aloitus päiväkodissa\n\nHei {s.g},\n\n{j.g} aloittaa {L:date_fi} ryhmässä {L:group} "
     "({L:unit}). Ryhmän opettaja on {a.gs} ({phone:a}) ja lastenhoitajat {b.gs} ja {c.gs}. Tutustumiskäynti "
     "{L:weekday} klo "
     "{L:time}.\n\nJohtaja {d.gs}, {phone:d}\n\n---\n{s.gs} ({phone:s}): kiitos! Tuon {j.g.gen} yhdessä "
     "{k.g.gen} kanssa. {x.gs.abl} ei ole lasta ryhmässä ({L:twin}).\n"),
    ("maksu_fi", "fi",
     "Aihe: Asiakasmaksu ja tulotiedot\n\nHei,\n\nliitteenä tulotiedot: bruttotulot {L:amount_fi}/kk, puolisoni "
     "{k.gs.gen} tulot {L:amount_fi}/kk. Lapsi {j.gs}, hoitoaika {L:hours}. Asiakasnumero {L:clientno}.\n\n"
     "{s.gs}\n{phone:s}\n\n---\nAsiakasmaksusihteeri {a.gs} ({user:a}): maksu {L:amount_fi}/kk {L:date_fi} "
     "alkaen, päätös {L:decision}. Hyväksyjä {b.is}. {x.gs.tra} kirjattu maksu ({L:twin}) ei ole teidän.\n"),
    ("palautus_fi", "fi",
     "Aihe: Hyvitys uudelle tilille\n\nHei,\n\nlasku {L:invoice} ({L:amount_fi}) maksettiin kahdesti. Vanha tilini "
     "on suljettu, joten maksakaa hyvitys uudelle tililleni {iban:s}. Lapseni {j.gs} oli koko heinäkuun "
     "poissa.\n\n{s.gs}, {phone:s}\n\n---\nAsiakasmaksut ({a.gs}, {user:a}): hyvitys maksettu {L:date_fi}, "
     "viite {L:viite}. Hyväksyjä {b.is}. {x.gs.all} ei hyvitystä ({L:twin}).\n"),
    ("sovellus_fi", "fi",
     "Aihe: Huoltajasovellus ei päästä sisään\n\nHei,\n\nsovellus ei hyväksy PIN-koodiani. Tunnus {user:s}, "
     "numero {phone:s}. En näe {j.g.gen} hoitoaikoja.\n\n{s.gs}\n\n---\nSovellustuki {a.gs}: uusi kertakoodi "
     "{otp:s}, uusi PIN {pin:s}. Toisen huoltajan {k.gs.gen} tunnus on {user:k}, PIN {pin:k}. Tekninen tuki "
     "{b.gs} ({user:b}). {c.gs.ess} toimii päiväkodin yhteyshenkilö.\n"),
    ("portti_fi", "fi",
     "Aihe: Isoäiti hakee lapsen\n\nHei,\n\nisoäiti {a.gs} ({phone:a}) hakee {j.g.gen} {L:weekday} klo {L:time}. "
     "Antakaa hänelle portin koodi; minun koodini on {gate:s}. Ulko-oven koodi {door:s} ei toimi.\n\n{s.gs}, "
     "{L:group}\n\n---\nJohtaja {b.gs} ({user:b}): {a.g.all} portin koodi {gate:a}, voimassa {L:date_fi} asti. "
     "Kerroin myös {c.gs.all}. {x.gs.ade} ei hakuoikeutta; {L:twin}.\n"),
    ("poissaolo_fi", "fi",
     "Aihe: Poissaoloilmoitus\n\nHei,\n\n{j.gs} on kotona {L:date_fi} alkaen, syynä {L:illness}. Hoidamme "
     "vuorotellen puolisoni {k.gs.gen} kanssa. Ryhmä {L:group}, {L:unit}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Lastenhoitaja {a.gs} ({phone:a}): kiitos tiedosta, välitetty opettajalle {b.gs.all} ({user:b}). "
     "Päivystys {L:oncall}. "
     "{x.gs.ela} ei ilmoitusta ({L:twin}).\n"),
    ("avustaja_fi", "fi",
     "Aihe: Erityisavustaja ryhmään\n\nHei,\n\n{j.gs} tarvitsee tukea ryhmässä {L:group}. Neuvolan lääkäri "
     "{a.gs} suositteli avustajaa. Olemme puhuneet myös {b.g.ade}, joka on ryhmän opettaja.\n\n{s.gs}\n"
     "{phone:s}\n\n---\nVarhaiserityisopettaja {c.gs} ({user:c}): avustajaksi tulee {d.gs} ({phone:d}) "
     "{L:date_fi} alkaen, päätös {L:decision}. Ilman {x.gs.abe} tätä ei olisi järjestynyt ({L:twin}).\n"),
    ("vuorolista_fi", "fi",
     "{L:system} – johtajan muistio ja vuorolista, {L:unit}\nKirjoittaja: johtaja {s.gs} ({staff:s}), puhelin "
     "IMEI {imei:s}\n\n{L:hour} aamuvuoro: {a.gs} ({staff:a}), {L:group}\n{L:hour} iltavuoro: {b.gs} ({staff:b}), "
     "työpuhelin IMEI {imei:b}\n{L:hour} sijainen {c.gs} ({phone:c}) sairaana, {L:illness}\n\nHuom. portti "
     "{L:park} korjattava. Tiedoksi {d.gs.all} ({user:d}). {x.gs.ade} ei vuoroja; {L:twin}.\n"),
    ("valitus_vaka_fi", "fi",
     "Aihe: Valitus päiväkodin toiminnasta\n\nHei,\n\n{j.g} palasi {L:date_fi} kotiin märissä vaatteissa, eikä "
     "kukaan kertonut mitään. Opettaja {a.gs} ei vastaa viesteihin. Olen puhunut {a.g.allkin}. Myös toinen "
     "vanhempi {b.gs} ({phone:b}) on huomannut saman.\n\n{s.gs}\n{phone:s}\n\n---\nVarhaiskasvatusjohtaja "
     "{c.gs} ({user:c}): selvitämme asian {a.g.gen} ja yksikön johtajan {d.gs.gen} kanssa. {x.gs.par} palaute "
     "ei koske ({L:twin}).\n"),
    ("rekisteri_fi", "fi",
     "Asiakasrekisterin vienti {L:system} {L:date_fi}\n\nsukunimi;etunimet;asiakasnumero;yksikkö;puhelin;"
     "sähköposti;tunnus\n{s.s};{s.g};{L:clientno};{L:unit};{phone:s.e164};{mail:s};{user:s}\n{k.s};{k.g};"
     "{L:clientno};;{phone:k.e164};;{user:k}\n{a.s};{a.g};{L:clientno};{L:unit};{phone:a.e164};{mail:a};{user:a}"
     "\n\nHuom. ({b.gs}): {s.g} ja {k.g} saman lapsen huoltajat; {a.g.gen} tiedot tarkistettu.\n"),
]

WORKSHOP_SHAPES += [
    # ---- English: the workshop chain's English customer service
    ("booking_en", "en",
     "Subject: Service booking {L:booking} for {L:plate}\n\nHi,\n\nI've booked {L:service} for {L:car} "
     "({L:plate}) on {L:date_en} at {L:time} at {L:workshop}. The mileage is {L:km}. My company car's driver "
     "{a.gs} ({phone:a}) will drop it off.\n\n{s.gs}, {phone:s}\n\n---\nService Adviser {b.gs} ({user:b}): "
     "booked; technician {c.gs} ({phone:c}). {x.gs}'s car is at {L:twin}.\n"),
    ("estimate_en", "en",
     "REPAIR ESTIMATE {L:estimate}\n\nCustomer: {s.SG}, {phone:s}, {mail:s}\nVehicle: {L:car}, {L:plate}, "
     "{L:km}\nFault: {L:fault}\nParts: {L:part}, {L:amount_en}\nLabour: {L:amount_en}\n\nTechnician {a.gs} "
     "({staff:a}) {L:stamp}: rang {s.g}, who approved the estimate by phone. Workshop Manager {b.is} informed. "
     "Not {x.gs}'s estimate ({L:twin}).\n"),
    ("tyrehotel_en", "en",
     "Subject: Tyre hotel storage for {L:plate}\n\nHello,\n\nplease store my tyres ({L:tyre}) until "
     "{L:date_en}. My partner {k.gs} will collect them; the key box code you sent to {phone:s} was {keybox:s}."
     "\n\n{s.gs}\n\n---\nTyre hotel ({a.gs}, {user:a}): stored at {L:tyrehotel}, customer {L:customerno}. Code "
     "for {k.g}: {keybox:k}. {x.gs}'s tyres went to {L:twin}.\n"),
    ("charge_en", "en",
     "Subject: Charged twice for {L:workorder}\n\nHello,\n\nI paid for {L:service} ({L:amount_en}) by card "
     "{card:s} on {L:date_en}, and the card was charged twice. My partner {k.gs} collected the car.\n\n{s.gs}, "
     "{phone:s}\n\n---\nBilling ({a.gs}, {user:a}): the second charge to {card:s} refunded {L:date_en}. "
     "Approved by {b.is}. {x.gs}'s invoice is a different one ({L:twin}).\n"),
    ("portal_en", "en",
     "Subject: Can't log in to the customer portal\n\nHi, the portal keeps rejecting my one-time code. Login "
     "{user:s}, phone {phone:s}. I need the invoice for {L:workorder}.\n\n{s.gs}\n\n---\nCustomer Care "
     "{a.gs}: new code {otp:s} (10 minutes); your temporary password is {pw:s}. Your driver {b.gs} has login "
     "{user:b}; PIN reset to {pin:b}. Escalated to {c.gs} ({user:c}).\n"),
    ("workorder_en", "en",
     "{L:system} – shift log, {L:workshop}\nWritten by: {s.gs} ({staff:s}), handset IMEI {imei:s}\n\n"
     "{L:stamp} {staff:s} LOGGED IN\n{L:stamp} {L:workorder}: {L:car}, {L:plate}, {L:service}\n{L:stamp} "
     "CALL: customer {a.gs} ({phone:a}) approved extra work\n{L:stamp} {staff:c} took over, IMEI {imei:c}\n\n"
     "Note: {L:part} on back order; told {d.gs} ({user:d}). {x.gs}'s car not booked at {L:twin}.\n"),
    ("bot_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} GarageBot: Hi! How can I help?\n{L:hour} {nick:s}: my car isnt "
     "ready yet\n{L:hour} GarageBot: What is the registration?\n{L:hour} {nick:s}: {L:plate}\n{L:hour} "
     "GarageBot: Passing you to an adviser.\n{L:hour} {a.g} (Customer Care): Hi {s.g}, is this {s.gs}? Code sent "
     "to {phone:s}: {otp:s}.\n{L:hour} {nick:s}: yes\n{L:hour} {a.g}: Ready on {L:date_en}. {b.gs} will "
     "confirm.\n"),
]

DAYCARE_SHAPES += [
    # ---- English: the daycare service's English desk
    ("application_en", "en",
     "EARLY YEARS APPLICATION {L:application}\n\nChild: {j.SG}, personal identity code {hetu:j}\nApplicant: "
     "{s.SG}, identity code {hetu:s}, {phone:s}, {mail:s}\nSecond guardian: {k.SG}, {phone:k}\nPreferred: "
     "{L:unit}, {L:hours}, from {L:date_en}\n\nAdmissions Officer {a.gs} ({user:a}) {L:stamp}: received; "
     "decision {L:decision}. cc {b.gs}. Not {x.gs}'s application ({L:twin}).\n"),
    ("refund_en", "en",
     "Subject: Fee refund to my new account\n\nHi,\n\ninvoice {L:invoice} ({L:amount_en}) was paid twice. Please "
     "refund it to my new account {iban:s}. My child {j.gs} was away all of July.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Fees Officer ({a.gs}, {user:a}): refund paid {L:date_en}. Approved by {b.is}. {x.gs}'s fees are held "
     "by {L:twin}.\n"),
    ("app_en", "en",
     "Subject: Parents' app login\n\nHi, the parents' app rejects my PIN. Login {user:s}, phone {phone:s}. I "
     "can't see {j.g}'s care times.\n\n{s.gs}\n\n---\nApp support {a.gs}: one-time code {otp:s}, new PIN "
     "{pin:s}. Your partner {k.gs} logs in as {user:k}. Over to {b.gs} ({user:b}).\n"),
    ("pickup_en", "en",
     "Subject: Grandad will pick up {j.g}\n\nHello,\n\nmy father {a.gs} ({phone:a}) will collect {j.gs} on "
     "{L:date_en} at {L:time}. Could he have a gate code? Mine is {gate:s}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Nursery Manager {b.gs} ({user:b}): gate code for {a.g}: {gate:a}, valid until {L:date_en}. Teacher "
     "{c.gs} ({phone:c}) knows. {x.gs}'s child is at {L:twin}.\n"),
    ("rota_en", "en",
     "{L:system} – manager's note and rota, {L:unit}\nWritten by: {s.gs} ({staff:s}), handset IMEI {imei:s}\n\n"
     "{L:stamp} {staff:s} LOGGED IN\n{L:stamp} early shift {a.gs} ({staff:a}), {L:group}\n{L:stamp} late shift "
     "{b.gs} ({staff:b}), IMEI {imei:b}\n{L:stamp} supply teacher {c.gs} ({phone:c}) off sick\n\nNote: "
     "{L:park} gate to be fixed; told {d.gs} ({user:d}). {x.gs}'s shifts are at {L:twin}.\n"),
    ("complaint_en", "en",
     "Subject: Complaint about {L:group}\n\nHello,\n\n{j.g} came home on {L:date_en} with a bump on the head and "
     "nobody told us. The teacher, {a.gs}, hasn't replied. Another parent, {b.gs} ({phone:b}), saw it too.\n\n"
     "{s.gs}\n{phone:s}\n\n---\nEarly Years Manager ({c.gs}, {user:c}): we'll discuss it with {a.g} and "
     "{d.gs} ({phone:d}). Not about {x.gs}'s nursery or {L:twin}.\n"),
]

WORKSHOP_SHAPES += [
    # ---- Swedish: the workshop chain's Swedish customer service
    ("service_sv", "sv",
     "Ämne: Servicebokning {L:booking}, {L:plate}\n\nHej,\n\njag har bokat {L:service} för {L:car} ({L:plate}) "
     "{L:date_sv} kl. {L:time} på {L:workshop}. Min make {k.gs} ({phone:k}) lämnar bilen; koden till nyckelboxen "
     "var {keybox:s}.\n\n{s.gs}, {phone:s}\n\n---\nServicerådgivare {a.gs} ({user:a}): ny kod till {k.g}: "
     "{keybox:k}, {L:keyboxno}. {x.gs.gen} bil står på {L:twin}.\n"),
    ("lanebil_sv", "sv",
     "LÅNEBILSAVTAL {L:booking}\n\nLåntagare: {s.SG}, personbeteckning {hetu:s}, {phone:s}\nFörare: {k.SG}, "
     "personbeteckning {hetu:k}\nLånebil: {L:car}, {L:plate}, {L:km}\n\nServicerådgivare {a.gs} ({user:a}) "
     "{L:stamp}: körkorten kontrollerade, bilen lämnad till {k.g}. Vittne {b.gs}, {phone:b}. {x.gs.gen} avtal gäller "
     "{L:twin}.\n"),
    ("dackhotell_sv", "sv",
     "Ämne: Däcken i däckhotellet\n\nHej,\n\nmina däck ({L:tyre}) för {L:plate} står på {L:tyrehotel}. "
     "Kan min dotter {j.gs} hämta dem {L:date_sv}? Mitt användarnamn i kundportalen är {user:s}, telefon "
     "{phone:s}.\n\n{s.gs}\n\n---\nDäckhotellet ({a.gs}, {user:a}): engångskod {otp:s}, {j.g} hämtar. "
     "{x.gs.gen} däck finns på {L:twin}.\n"),
    ("faktura_sv", "sv",
     "Ämne: Dubbeldebitering, faktura {L:invoice}\n\nHej,\n\njag betalade {L:service} ({L:amount_sv}) med kortet "
     "{card:s} {L:date_sv} och debiterades två gånger. Min sambo {k.gs} hämtade bilen.\n\n{s.gs}\n{phone:s}\n\n"
     "---\nFakturering ({a.gs}, {user:a}): återbetalt till {card:s} {L:date_sv}. Godkänt av {b.is}.\n"),
]

DAYCARE_SHAPES += [
    # ---- Swedish: the daycare service's Swedish desk
    ("ansokan_sv", "sv",
     "ANSÖKAN OM SMÅBARNSPEDAGOGIK {L:application}\n\nBarn: {j.SG}, personbeteckning {hetu:j}\nSökande: {s.SG}, "
     "personbeteckning {hetu:s}, {phone:s}\nAnnan vårdnadshavare: {k.SG}, {phone:k}\nÖnskemål: {L:unit}, "
     "{L:hours}, från {L:date_sv}\n\nServicehandledare {a.gs} ({user:a}) {L:stamp}: mottagen, beslut "
     "{L:decision}. {x.gs.gen} ansökan gäller {L:twin}.\n"),
    ("avgift_sv", "sv",
     "Ämne: Avgiften till nytt konto\n\nHej,\n\nfaktura {L:invoice} ({L:amount_sv}) betalades två gånger. Betala "
     "tillbaka till mitt nya konto {iban:s}. {j.g} var borta hela juli.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Avgiftshandläggare ({a.gs}, {user:a}): återbetalt {L:date_sv}. Godkänt av {b.is}.\n"),
    ("grind_sv", "sv",
     "Ämne: Mormor hämtar {j.g}\n\nHej,\n\nmormor {a.gs} ({phone:a}) hämtar {j.g} {L:date_sv} kl. {L:time}. Kan "
     "hon få en kod till grinden? Min kod är {gate:s}.\n\n{s.gs}, {L:group}\n\n---\nFöreståndare {b.gs} "
     "({user:b}): grindkod till {a.g} {gate:a}. {a.gs.gen} nummer kontrollerat. {x.gs.gen} barn går på "
     "{L:twin}.\n"),
    ("app_sv", "sv",
     "Ämne: Inloggning i vårdnadshavarappen\n\nHej, appen godkänner inte min PIN. Användarnamn {user:s}, telefon "
     "{phone:s}. Jag ser inte {j.gs.gen} vårdtider.\n\n{s.gs}\n\n---\nAppsupport {a.gs}: engångskod {otp:s}, "
     "ny PIN {pin:s}. Din make {k.gs} loggar in som {user:k}. Vidare till {b.gs} ({user:b}).\n"),
    ("smslogg_sv", "sv",
     "SMS-logg {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hej {s.g}! {j.g} är anmäld frånvarande {L:date_sv}. "
     "PIN {pin:s}\n{L:stamp} ← {phone:s.msisdn}: tack\n{L:stamp} → {phone:k.msisdn}: Hej {k.g}, grindkoden är "
     "{gate:k}.\n{L:stamp} → {num.msisdn}: Ansökan {L:application} mottagen.\n\nSkickat av {a.gs} ({user:a}); "
     "{s.gs.gen} nummer kontrollerat. {x.gs.gen} frånvaro gäller {L:twin}.\n"),
]

SHAPES = WORKSHOP_SHAPES + DAYCARE_SHAPES
WORKSHOP_NAMES = {name for name, _, _ in WORKSHOP_SHAPES}


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
           "\n\nCustomer line {L:customerline}, booking line {L:bookingline}\n{g.gs}\n"],
    "sv": ["\n--\n{L:system} | Ärende {L:ticket} | uppdaterat {L:stamp}\nHandläggare: {g.gs} ({L:role}), "
           "{phone:g}\nKö: {L:queue}\n",
           "\n\nVänliga hälsningar\n{g.gs}\n{L:role}\n{phone:g} | växel {L:switchboard}\nFO-nummer {L:ytunnus}\n",
           "\n--\nHandläggare {g.is} ({user:g}) {L:stamp}, {L:system}\n"],
}


def namesake(language, others):
    """A third party whose surname a workshop, a tyre hotel, a daycare centre or a park of the message's service and
    language also bears: a NAME."""
    return PEOPLE.namesake(language, sorted(EPONYMS[CURRENT["service"]][language]), others)


draw = generation.case_draw(
    "held-out-54", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "workshop" if name in WORKSHOP_NAMES else "daycare", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 100, "EMAIL": 400, "USERNAME": 300,
            "look-alikes": 6000, "CREDENTIAL": 80, "IBAN": 20, "PAYMENT_CARD": 30, "NATIONAL_ID": 10,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("licence plates", lambda key: generation.kind(key) == "plate"),
                 ("work order, estimate, booking, tyre hotel, key box, warranty, customer, client, decision, "
                  "application and invoice numbers",
                  lambda key: generation.kind(key) in
                  ("workorder", "estimate", "booking", "tyrehotel", "keyboxno", "warranty", "customerno", "clientno",
                   "decision", "application", "invoice")),
                 ("cars, tyres, services, faults, parts, mileages and workshops",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("car", "tyre", "service", "fault", "part", "km", "workshop")),
                 ("daycare centres, groups, care hours, illnesses and parks",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("unit", "group", "hours", "illness", "park"))],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso", ":time"),
                tally=generation.NameForms(PHONES), check=generation.new_forms_check("held-out-54.jsonl"))
