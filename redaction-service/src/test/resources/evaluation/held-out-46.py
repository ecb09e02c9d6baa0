#!/usr/bin/env python3
r"""Generates the forty-sixth held-out set (held-out-46.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 45: nobody tunes on it. Its writer read no detection code, list, rule, model or
docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-45 lack: (a) a property
management company's and housing companies' service (isännöinti, disponent, block management) and (b) an energy
utility's customer service (electricity, district heating, water), as their service desk sees them, in 45 shapes (23
Finnish, 13 English, 9 Swedish), each written in the language its kind of text is written in, with the earlier mail a
reply quotes, copies and watchers under it and the record around it (a case-system footer with the handler and the
queue, or a signature with the switchboard and the business id).
(a) residents' fault reports and repair requests (the neighbour below, the co-resident at home, the caretaker, the
plumber), moving-in and moving-out notices listing every resident (children too) and the owner, key and key-fob
registers (CSV), sauna, laundry, guest-flat and parking-space bookings, general meeting and board minutes (chair,
secretary, minute checkers by initials, board members, votes by shareholder with their share numbers), neighbour
complaints about noise and smoking naming the neighbours, the caretaker's and the cleaning firm's work orders with a
key-box code given to the contractor, the shareholder register extract, maintenance-charge payment plans, a deceased
shareholder's estate and its contact person, renovation notifications (the contractor, the inspector, the neighbours
told), the door-entry system's and the resident portal's logs.
(b) contracts started on moving (metering point ids, meter numbers, the joint holder), meter readings, EV-charger
event logs, power outage calls, payment reminders and disconnection notices with the call note, contract transfers to
a spouse after a death, solar feed-in contracts, a call bot's and a chat bot's transcripts handed to an agent, the
billing system's audit log, SMS notification logs.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
Finnish compound surnames of farm and meadow words with a place word (Aittaniemi, Latokorpi, Tallikangas,
Kesantovaara, Riihiniemi-Latokorpi), their last word inflecting on its own (Tallikankaalle, Pellavakoskelle),
old-fashioned Finnish given names joined (Valto-Armas: Valto-Armaan, Oiva-Taavetti, Hilja-Sanelma, Siiri-Vappu);
Swedish and Finland-Swedish ones (Holger-Ture, Signe-Maj, Kvarnholm-Jungar, Nabb); Icelandic, Polish, Czech,
Lithuanian and Latvian, Greek, Arabic, Somali, Vietnamese, Chinese, Korean, Japanese, Igbo and Yoruba, Spanish,
Italian and Irish ones, many of them double (Ngọc Anh, Tôn Thất, Namgung-Hwangbo, Alcántara Galindo,
Ní Bhriain-Kavanagh); in the Finnish cases in Finnish prose and the Swedish genitive in Swedish, in capitals on forms,
surname first in registers, bookings and exports, initials (SLA, S.-L. Aumaranta) in minutes, SMS logs and
signatures, lower-case handles in chat.
Housing companies, streets and firms named after people are look-alikes (Asunto Oy Runeberginkatu 14,
Topeliuksenkatu 5, Asunto Oy Snellmaninpuisto, Sibeliuksenkatu 11 C, Lönnrotinkatu 25 B, Mannerheimintie 40 C, Bostads
Ab Topeliusgatan 12, Runebergsgatan 4, Barratts Lettings, Harringtons Energy, Gladstones Estate Agents); in 19 shapes
a third party bears the same surname in another form than the thing (a Finnish case, the Swedish genitive, the
singular beside the firm's plural) and is a NAME. Words that are names elsewhere stand as ordinary words in
products and makes (Kiinteä Valo 24 kk, Vihreä Onni -tuulisähkö, Pörssisähkö Aamu, the Harvia stove): look-alikes.
Labelling policy, as in set 45, with these for the new kinds. The subject is the register's known person: the
resident or shareholder whose request, notice, booking, vote, key, charges or renovation it is (also the estate's
contact person who writes for a deceased shareholder or customer, and the complainant), and the utility's contract
holder whose contract, reading, outage, bill or feed-in it is. Everyone else is a third party: co-residents (a
spouse, children), joint holders, neighbours, previous and incoming occupants, owners and landlords, board members,
chairs, secretaries, the deceased, heirs, caretakers, cleaners, contractors, inspectors, installers, agents and
handlers. Every person's phone is a PHONE; a service's number is a look-alike (the customer service line, the outage
line, 105, the switchboard, the caretaker company's on-call line, 112, 999). Shared mailboxes (vikailmoitukset@,
billing@) are EMAIL, role "third". Portal user names, logins in logs and audit trails, charging tags in a charger's
log and chat handles are USERNAME. The IMEI of an EV charger's cellular modem is a DEVICE_ID of the charger's user,
as set 45 labels a telematics unit's IMEI its driver's; meter numbers, fob serials and key numbers are look-alikes.
Accounts are IBAN (valid check digits), cards PAYMENT_CARD (valid Luhn), identity codes NATIONAL_ID (valid check
character). A portal password, a one-time code, a door code given to a resident and a key-box code given to a contractor
are CREDENTIAL, their owner's role. Look-alikes (kept): metering point ids (18 digits from 643), meter numbers,
customer, contract, invoice, ticket and Finnish reference numbers, apartments (A 12, B 3 as, lgh 81, Flat 9B),
key and fob numbers, parking spaces, booking slots, share numbers, kWh and m³ readings, charger makes and powers,
products, amounts, years of birth, dates and times, streets, towns, housing companies, firms, roles, queues, systems,
business ids.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 12,466
NAME (2,099 the subject's) in 1,139 distinct forms, 1,081 of them (94.9 %) new to every other labelled set by
new-name-forms.py; 2,066 PHONE (519 the subject's) of 110 countries and territories; 1,032 EMAIL (872 third parties'
and shared mailboxes, 369 of them shared); 626 USERNAME (portal and system logins, charging tags, chat handles; 174
the subject's); 131 CREDENTIAL (87 the subject's: one-time codes, portal passwords, door codes; 44 third parties':
key-box codes given to contractors); 71 IBAN; 59 PAYMENT_CARD; 84 NATIONAL_ID (56 the subject's, 28 a joint holder's
or a deceased shareholder's); 43 DEVICE_ID (EV chargers' modem IMEIs, 29 the subject's); 8,406 look-alikes (2,388
dates and times, 655 service numbers, 275 namesakes' things, 313 metering point ids and meter numbers) from 682 pairs
of shape and kind, 5,362 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-46.py --check asserts it and that more than half the name forms are
new to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-46.py > held-out-46.jsonl (python3 held-out-46.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers
from generation import Person
from name_forms import inflect as fi

R, DRAW, CLOCK = generation.seeded(46464646)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-45 as name forms when this set was written; the
# Finnish surnames are compounds of farm and meadow words with a place word, the given names old-fashioned ones joined.

FI_MEN = ["Aapeli-Uljas", "Iivari-Ahti", "Taisto-Reino", "Unto-Aukusti", "Vilppu-Aatami", "Kustaa-Eino",
          "Nestori-Aarre", "Arvo-Iisakki", "Jalmari-Unto", "Urho-Kustavi", "Heimo-Oiva", "Valto-Armas",
          "Tauno-Voitto", "Simeoni", "Gabriel-Uljas", "Sulo-Iivari", "Eenokki-Ahti", "Aarre-Ensio", "Veikko-Aapeli",
          "Yrjänä-Unto", "Oiva-Taavetti", "Armas-Viljami", "Kustavi-Heimo", "Raafael-Arvo", "Toivo-Uljas",
          "Eino-Jalmari", "Heimo-Nestori", "Viljami-Sulo", "Unto-Heimo", "Taisto-Valto"]
FI_WOMEN = ["Hilja-Sanelma", "Lempi-Aune", "Saimi-Elviira", "Tyyne-Lahja", "Ilta-Rauha", "Vieno-Kaino", "Siiri-Vappu",
            "Aili-Hellin", "Toini-Irja", "Senja-Lyyli", "Sylvi-Oili", "Martta-Eevi", "Helmi-Sanelma", "Alma-Tyyne",
            "Impi-Saimi", "Kyllikki-Ilta", "Orvokki-Lahja", "Iida-Vappu", "Hellin-Aune", "Rauha-Elviira",
            "Eevi-Sanelma", "Lahja-Orvokki", "Vappu-Irja", "Elviira-Toini", "Saimi-Hellin", "Irja-Senja", "Oili-Martta",
            "Lahja-Vieno", "Aune-Sylvi", "Kaino-Siiri"]
FI_SURNAMES = ["Aittaniemi", "Latokorpi", "Ruislahti", "Heinäsaari", "Niittyranta", "Navettamäki", "Äkeslahti",
               "Saraniemi", "Kylvöharju", "Riihisuo", "Aittasalo", "Latovaara", "Kauraoja", "Heinäkallio",
               "Niittyharju", "Karsinaniemi", "Tallikangas", "Kesantovaara", "Sänkiranta", "Pellavaharju",
               "Pellavakoski", "Tattarisuo", "Ruokoniemi", "Ruokolahti-Aittasalo", "Heinä-Riihikangas", "Niittysuo",
               "Aumakangas", "Seipäänvuori", "Karjaranta", "Lammasniemi", "Vasikkasaari", "Oinaskorpi",
               "Kyyttöniemi", "Varsavaara", "Lypsykangas", "Kirnuharju", "Savusaunaoja", "Aittakallio", "Kotakorpi",
               "Talasniemi", "Pärekallio", "Lantasalo", "Heinäsuo", "Kesantoaho", "Niittykoski", "Haravakangas",
               "Viljasalo", "Kylvösaari", "Jyväkorpi", "Olkiharju", "Pahnalampi", "Pellavalampi", "Kesantojärvi",
               "Talasvaara", "Aumaranta", "Sänkikorpi", "Lammasoja", "Oinassalo", "Varsakangas", "Kirnuniemi",
               "Tattariharju", "Navettakangas", "Riihiniemi-Latokorpi", "Karsinasalo",
               "Kyyttövaara", "Lypsyharju", "Seiväskorpi", "Talasoja", "Aumaniemi", "Kesantokallio", "Olkisalo",
               "Jyväniemi", "Tattarikallio", "Pellavasaari", "Haravasuo", "Aittaoja"]
SV_GIVEN = ["Holger-Ture", "Sixten-Evert", "Signe-Maj", "Hedvig-Svea", "Ragnhild-Ester", "Gottfrid-Birger",
            "Dagny-Linnea", "Ingeborg-Sigrid", "Ragnvald-Hjalmar", "Gunhild-Elvira", "Birger-Sixten", "Evert-Holger",
            "Sigrid-Dagny", "Ture-Ragnvald", "Svea-Gunhild", "Hjalmar-Ture", "Ester-Ingeborg", "Valdemar-Sixten",
            "Elvira-Hedvig", "Ragnvald-Evert", "Sigrid-Hedvig", "Ture-Gottfrid"]
SV_SURNAMES = ["Stenbacka", "Jungar", "Långbacka", "Skogman", "Mattjus", "Rösnäs", "Ålgård", "Sundqvist-Jungar",
               "Holmbacka", "Granlund-Öhman", "Björkgård", "Lillkvarn", "Nabb", "Ahlskär", "Rökman", "Vikstrand",
               "Storgård-Nabb", "Bäckvall", "Öst-Nabb", "Kallbäck", "Bäckgård", "Stenvall-Nabb", "Rösbacka",
               "Ahlnäs", "Kvarnnabb", "Lillbacka-Jungar", "Skärgård-Holm", "Tallnäs", "Ålnabb", "Rösgård", "Nabbäck",
               "Kvarnholm-Jungar"]
WORLD = {
    "icelandic": (["Kolbrún", "Þorbjörg", "Ragnheiður Ósk", "Sigurður Páll", "Guðrún Björk", "Þórhallur Ari",
                   "Ásgeir Snær", "Hrafnhildur Sól", "Þórdís Lilja"],
                  ["Þórisdóttir", "Vésteinsdóttir", "Hrafnkelsson", "Ketilsdóttir", "Bárðarson", "Úlfarsdóttir",
                   "Guðjónsdóttir"],
                  ["IS", "FO", "NO"]),
    "polish": (["Szczepan", "Bożena-Jadwiga", "Przemysław Szczepan", "Zbigniew Wojciech"],
               ["Wróblewska", "Grzybowski", "Wróblewska-Pietrzak", "Grzybowski-Kaczmarczyk",
                "Chmielewska-Szymańska", "Szczepańska-Wróbel"], ["PL", "DE", "GB"]),
    "czech": (["Bohumila", "Vratislava", "Jarmila"], ["Hájek", "Dvořáková-Hájková", "Kučerová-Novotná",
               "Šťastná-Krejčí"],
              ["CZ", "SK", "AT"]),
    "baltic": (["Aušrinė", "Vytautė", "Ilze Baiba", "Māris Uldis", "Gintaras", "Dovilė", "Lāsma"],
               ["Petrauskienė", "Vasiliauskas", "Jankauskaitė", "Butkuvienė", "Vasiliauskienė", "Bērziņa-Kalniņa",
                "Krūmiņa-Liepiņa"], ["LT", "LV", "EE", "IE"]),
    "greek": (["Eleftheria-Chrysoula", "Panagiotis-Stavros"],
              ["Georgiadou", "Zografos", "Papadopoulou-Zografou", "Triantafyllidis", "Karamanli"], ["GR", "DE", "AU"]),
    "arabic": (["Rawan", "Anas", "Khadija Rawan", "Anas Tariq", "Rawan Huda"],
               ["Al-Zahrani", "Al-Khatib Haddad", "Bin Qasim", "Abu Nasrallah", "Al-Masri Barakat"],
               ["JO", "LB", "AE", "EG", "MA", "TN", "SY"]),
    "somali": (["Farhiya", "Farhiya Ubah", "Sahra Hodan"],
               ["Guleid", "Farah-Jama", "Guleid Warsame", "Hirsi-Samatar", "Jama Guleid", "Mohamud-Hirsi"],
               ["SO", "KE", "FI", "SE"]),
    "vietnamese": (["Ngọc Anh", "Minh Khoa", "Thảo Vy", "Quang Huy", "Tuấn Kiệt", "Hương Giang", "Ngân Hà"],
                   ["Tôn Nữ", "Tôn Thất", "Nguyễn Phúc", "Lê Đình"], ["VN", "FI", "DE"]),
    "chinese": (["Yuying", "Shufen", "Yuying-Lan", "Shufen-Mei"], ["Ouyang-Sima", "Zhuge-Shangguan", "Sima-Ouyang",
                 "Shangguan Lin"],
                ["CN", "HK", "MY"]),
    "korean": (["Seo-ah", "Jae-hyun", "Hye-won", "Dong-min", "Min-ji", "Seo-hyun"], ["Namgung-Hwangbo", "Jegal-Seonu",
                "Hwangbo-Jegal"],
               ["KR", "JP", "US"]),
    "japanese": (["Kenji", "Daisuke", "Chiharu", "Tomoyo", "Takehiro"],
                 ["Fujita", "Yamamoto-Fujita", "Kobayashi-Inoue", "Shinohara", "Kurosawa"], ["JP", "US"]),
    "igbo_yoruba": (["Obiageli", "Obiageli Chinonso", "Ifeoma Adaeze", "Oluwaseun Babatunde", "Folasade Titilayo"],
                    ["Okonkwo-Nwachukwu", "Adebayo-Oyelaran", "Oyinlola", "Okonkwo-Oyinlola"], ["NG", "GH", "GB"]),
    "spanish": (["Fulgencio", "Ezequiel", "Remedios Inmaculada", "Fulgencio Ezequiel", "Maribel Pilar"],
                ["Alcántara", "Galindo", "Carrasco-Peña", "Montero", "Alcántara Galindo", "Villanueva Montero",
                 "Echeverría Carrasco"], ["ES", "MX", "AR", "CO", "CL", "PE"]),
    "italian": (["Assunta", "Ottavio", "Loredana", "Settimio", "Gianluca Settimio", "Assunta Loredana"],
                ["Brambilla", "Colombo", "Ferraro", "Santoro", "Brambilla Colombo", "Ferraro-Santoro",
                 "Esposito-Lombardi"], ["IT", "CH", "MT"]),
    "irish": (["Caoimhe Saoirse", "Tadhg Ruairí", "Fionnuala Aoife", "Muireann Clíona"],
              ["Mac Craith", "Ní Bhriain-Kavanagh", "Ó Ceallaigh-Brennan", "Mac Giolla Phádraig-Byrne"], ["IE", "GB",
               "US"]),
}

# Finnish names whose stem grades or is an -e or -s stem (Ahti: Ahdin, Aarre: Aarteen, Armas: Armaan), the
# housing companies' and streets' namesakes in -s (Topelius: Topeliuksen), and the compounds whose last word inflects
# on its own (Lammasniemi: Lammasniemellä, Tallikangas: Tallikankaan).
IRREGULAR = {"Ahti": fi("Ahti", "Ahdi", "Ahti"), "Ilta": fi("Ilta", "Illa", "Ilta"),
             "Iisakki": fi("Iisakki", "Iisaki", "Iisakki"), "Taavetti": fi("Taavetti", "Taaveti", "Taavetti"),
             "Orvokki": fi("Orvokki", "Orvoki", "Orvokki"), "Voitto": fi("Voitto", "Voito", "Voitto"),
             "Vappu": fi("Vappu", "Vapu", "Vappu"),
             "Armas": fi("Armas", "Armaa", "Armaa", par="Armasta", ill="Armaaseen"),
             "Uljas": fi("Uljas", "Uljaa", "Uljaa", par="Uljasta", ill="Uljaaseen"),
             "Aarre": fi("Aarre", "Aartee", "Aartee", par="Aarretta", ill="Aarteeseen"),
             "Topelius": generation.kse_forms("Topelius"), "Sibelius": generation.kse_forms("Sibelius")}
# Lithuanian names in -ė take their endings on the vowel (Petrauskienėlle), the illative with -h-.
IRREGULAR.update({nom: fi(nom, ill=nom + "hen") for nom in ("Petrauskienė", "Butkuvienė", "Vasiliauskienė", "Aušrinė",
                                                             "Dovilė", "Vytautė")})
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))

# ---------------------------------------------------------------------------------------------------------------------
# Housing companies and streets named after people (and, in English, firms in the plural): a third party x of the same
# surname is a NAME in a form the thing does not hold, the thing a look-alike.

EPONYMS = {"fi": {"Runeberg": ["Asunto Oy Runeberginkatu 14", "Runeberginkatu 7 B"],
                  "Snellman": ["Snellmaninkatu 3 A", "Asunto Oy Snellmaninpuisto"],
                  "Topelius": ["Asunto Oy Topeliuksenkatu 21", "Topeliuksenkatu 5"],
                  "Sibelius": ["Sibeliuksenkatu 11 C", "Asunto Oy Sibeliuksenpuisto"],
                  "Lönnrot": ["Lönnrotinkatu 25 B", "Asunto Oy Lönnrotinkatu 11"],
                  "Mannerheim": ["Mannerheimintie 40 C", "Asunto Oy Mannerheimintie 88"]},
           "sv": {"Runeberg": ["Bostads Ab Runebergsgatan 9", "Runebergsgatan 4"],
                  "Topelius": ["Bostads Ab Topeliusgatan 12", "Topeliusgatan 3"],
                  "Snellman": ["Snellmansgatan 6", "Bostads Ab Snellmansparken"],
                  "Mannerheim": ["Mannerheimvägen 18"]},
           "en": {"Barratt": ["Barratts Lettings", "Barratts Block Management"],
                  "Harrington": ["Harringtons Property Services", "Harringtons Energy"],
                  "Gladstone": ["Gladstones Estate Agents", "Gladstones Facilities Ltd"],
                  "Peverell": ["Peverells Heating & Gas"]}}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), generation.People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"house": {"fi": ["isannointi.example.fi", "kiinteistohuolto.example.fi"],
                         "sv": ["disponent.example.fi", "fastighetsservice.example.se"],
                         "en": ["blockmanagement.example.co.uk", "housing.example.org.uk"]},
               "energy": {"fi": ["energia.example.fi", "sahkoverkko.example.fi"],
                          "sv": ["energi.example.se", "elnat.example.fi"],
                          "en": ["energy.example.co.uk", "networks.example.com"]}}
# The shared mailboxes of each service in each language: "mailbox@domain …" split on spaces.
SHARED_BOXES = {
    "house_fi": "vikailmoitukset@kiinteistohuolto.example.fi isannointi@isannointi.example.fi "
                "muutot@isannointi.example.fi avaimet@isannointi.example.fi",
    "house_en": "repairs@blockmanagement.example.co.uk lettings@housing.example.org.uk",
    "house_sv": "felanmalan@disponent.example.fi nycklar@fastighetsservice.example.se",
    "energy_fi": "asiakaspalvelu@energia.example.fi mittaus@sahkoverkko.example.fi perinta@energia.example.fi "
                 "aurinko@energia.example.fi",
    "energy_en": "billing@energy.example.co.uk outages@networks.example.com",
    "energy_sv": "kundservice@energi.example.se matning@elnat.example.fi"}
CURRENT = {"x": None, "language": "fi", "service": "house"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {j.…} a
# second member of the subject's household (a child), {nick:a} a's chat handle, {imei:a} the IMEI of the cellular
# modem of a's EV charger, {otp:a}, {pwd:a}, {pin:a}, {keybox:a}, {door:a} a's credentials.

def password():
    return DRAW.fill(R.choice(["Koti{3}!{A}a", "{A}sunto-{4}", "s{A}{A}una{2}#", "Valo{2}%{A}k", "Hem{A}{3}?t",
                               "e{4}{A}Kwh!"]))


def modem_imei():
    n = identifiers.luhn(R, R.choice(["35", "86"]), 15)
    return R.choice([n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}"])


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 8]))),
         "pwd": ("CREDENTIAL", password),
         "pin": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{6}"]))),
         "keybox": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{5}", "{A}{4}", "{3}-{3}", "{4}#"]))),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}", "*{4}"])))}


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

    def person(self, p, spec="gs"):
        """As generation.Writer.person, and is: the given name's initials with full stops (S.-L. for Senja-Lyyli) and
        the surname; i the initials in capitals (SLA, DMNH)."""
        bits = spec.split(".")
        if bits[0] == "is":
            case = bits[1] if len(bits) > 1 else "nom"
            initial = "-".join(w[0] + "." for w in p.given.split(" ")[0].split("-"))
            return self.name(initial, p.role).say(" ").name(self.form(p.surname, case), p.role)
        if bits[0] == "i":
            return self.name(p.initials().upper(), p.role)
        return super().person(p, spec)

    def imei(self, p):
        """The IMEI of the cellular modem in p's EV charger, the same wherever the message writes it: a DEVICE_ID of
        p, as set 45 labels a telematics unit's IMEI its user's."""
        return self.ent(self.sticky.setdefault(("imei", id(p)), modem_imei()), "DEVICE_ID", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a property management company's and an energy utility's customer service.

MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "GBP {w}.{c}"],
         "sv": ["{g},{c} €", "{g} kr", "{w},{c} euro"]}


def money(language):
    whole = R.choice([R.randint(9, 99), R.randint(100, 999), R.randint(1000, 9000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The housing company, street or firm named after someone of the surname of this message's x."""
    return R.choice(EPONYMS[CURRENT["language"]][CURRENT["x"].surname])


def gsrn():
    """A metering point id: 18 digits starting 643, in one run or in groups."""
    n = "643" + identifiers.digits(R, 15)
    return R.choice([n, n, f"{n[:6]} {n[6:12]} {n[12:]}"])


def kwh(language):
    n = R.randint(120, 48000)
    grouped = f"{n:,}".replace(",", " " if language != "en" else ",")
    return R.choice([f"{grouped} kWh", f"{grouped},{R.randint(0, 9)} kWh" if language != "en"
                     else f"{grouped}.{R.randint(0, 9)} kWh", f"{n} kWh"])


TABLES = {
    "hc": {"fi": ["Asunto Oy Koivurinne", "As Oy Kuusikumpu", "Asunto Oy Merisorsa", "As. Oy Tervapiha",
                  "Asunto Oy Pajupuisto", "Kiinteistö Oy Kauppakulma"],
           "sv": ["Bostads Ab Björkhagen", "Bostads Ab Sjöbrisen", "Fastighets Ab Tallbacken",
                  "Bostads Ab Strandhöjden"],
           "en": ["Riverside Court Management Co Ltd", "Elm Park Residents' Association", "Kingsway House RTM Co",
                  "Orchard Mews Housing Co-op"]},
    "apt": {"fi": ["A {n}", "B {n}", "C {n}", "as. {n}", "A {n} as", "B {n} as"],
            "sv": ["A {n}", "lgh {n}", "bost. {n}", "B {n}"],
            "en": ["Flat {n}", "Apt {n}", "Flat {n}B"]},
    "flat": {"fi": ["A {n}", "B {n}", "C {n}", "as. {n}", "D {n}"], "sv": ["A {n}", "lgh {n}", "C {n}"],
             "en": ["Flat {n}", "Apt {n}", "Flat {n}A"]},
    "parking": {"fi": ["autopaikka {n}", "AP {n}", "lämpöpaikka P{n}"], "sv": ["bilplats {n}", "P{n}",
                       "motorplats {n}"],
                "en": ["bay {n}", "space P{n}"]},
    "slot": {"fi": ["ti 19–20", "to 18.30–19.30", "la 17–18", "pe 20–21", "ke 7–8"],
             "sv": ["tis 19–20", "tors 18–19", "lör 16–17"], "en": ["Tue 7–8pm", "Sat 9–11am", "Thu 6–8pm"]},
    "firm": {"fi": ["LVI-Putkiset Oy", "Sähkö-Kytkin Oy", "Kiinteistöhuolto Tupa Oy", "Siivous Kirkas Oy",
                    "Remonttipalvelu Laatta Oy", "Lukko ja Avain Oy"],
             "sv": ["VVS Rörbröderna Ab", "Städ Glans Ab", "Fastighetsskötsel Tak Ab"],
             "en": ["Northfield Plumbing Ltd", "Brightside Cleaning Services", "Keystone Locksmiths"]},
    "town": {"fi": ["Kuopio", "Jyväskylä", "Hämeenlinna", "Porvoo", "Kouvola", "Vaasa", "Joensuu"],
             "sv": ["Vasa", "Borgå", "Ekenäs", "Jakobstad", "Mariehamn", "Uppsala"],
             "en": ["Leeds", "Sheffield", "Derby", "Bristol", "Norwich", "Swansea"]},
    "street": {"fi": ["Koulukatu {n}", "Rantatie {n}", "Puistokatu {n} B", "Kirkkokatu {n}", "Asematie {n} A"],
               "sv": ["Strandvägen {n}", "Skolgatan {n}", "Kyrkogatan {n} B"],
               "en": ["{n} Church Road", "{n} Park Avenue", "{n} Mill Street"]},
    "product": {"fi": ["Kiinteä Valo 24 kk", "Pörssisähkö Aamu", "Vihreä Onni -tuulisähkö", "Kaukolämpö Perus",
                       "Toistaiseksi voimassa oleva Tuuli"],
                "sv": ["Fast pris Ljus 12 mån", "Timpris Vind", "Fjärrvärme Bas"],
                "en": ["Economy 7 Fixed", "Flexible Variable", "Green Fixed 24M"]},
    "charger": {"fi": ["Easee Home", "Zaptec Go", "Wallbox Pulsar Plus", "Garo GLB+"],
                "sv": ["Easee Charge", "Zaptec Pro", "Garo Entity"], "en": ["Ohme Home Pro", "Zappi v2", "Hypervolt"]},
    "houserole": {"fi": ["isännöitsijä", "kiinteistösihteeri", "huoltomies", "asiakaspalvelija"],
                  "sv": ["disponent", "fastighetsskötare", "kundtjänst"],
                  "en": ["Property Manager", "Block Manager", "Caretaker", "Customer Adviser"]},
    "energyrole": {"fi": ["asiakaspalvelija", "laskutusasiantuntija", "mittausasiantuntija", "perintäkäsittelijä"],
                   "sv": ["kundtjänstmedarbetare", "faktureringshandläggare", "mätansvarig"],
                   "en": ["Customer Adviser", "Billing Specialist", "Metering Analyst"]},
    "housequeue": {"fi": ["Vikailmoitukset", "Muuttoilmoitukset", "Avaimet", "Vastikelaskutus"],
                   "sv": ["Felanmälan", "Inflyttning", "Nycklar"], "en": ["Repairs", "Move-ins", "Service Charges"]},
    "energyqueue": {"fi": ["Sopimukset", "Mittaus", "Perintä", "Häiriöt", "Aurinkosähkö"],
                    "sv": ["Avtal", "Mätning", "Avbrott"], "en": ["Accounts", "Metering", "Collections", "Outages"]},
    "housesystem": {"fi": ["Tampuuri", "Huoltonet", "KotiPortaali", "Isännöintisalkku"],
                    "sv": ["Tampuuri", "Boportalen", "Fastighetsdata"], "en": ["Fixflo", "BlockPortal", "Qube"]},
    "energysystem": {"fi": ["SAP IS-U", "Enerim CIS", "Datahub", "Oma Energia"],
                     "sv": ["SAP IS-U", "Mina sidor El", "Datahub"], "en": ["Kraken", "SAP IS-U", "MeterWise"]},
}
SERVICE_LINES = {
    "careline": {"fi": ["0600 {2} {3}", "020 {3} {4}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                 "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "outage": {"fi": ["0800 {3} {3}", "+358 20 {3} {4}"], "en": ["105", "0800 {3} {4}"],
               "sv": ["020-{3} {3}", "+46 771 {2} {2} {2}"]},
    "switchboard": {"fi": ["010 {3} {4}", "09 {3} {4}"], "en": ["0113 {3} {4}", "0117 {3} {4}"],
                    "sv": ["08-{3} {2} {2}", "06-{3} {4}"]},
    "oncall": {"fi": ["0200 {2} {3}", "010 {3} {3}"], "en": ["0345 {3} {4}"], "sv": ["0200-{2} {2} {2}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
}

# What stays the same throughout one message.
STICKY = {"gsrn", "meter", "customer", "contract", "hc_fi", "hc_en", "hc_sv", "apt_fi", "apt_en", "apt_sv",
          "system_fi", "system_en", "system_sv", "product_fi", "product_en", "product_sv", "charger_fi", "charger_en",
          "charger_sv"}
LOOKS = {
    "twin": twin, "gsrn": gsrn, "gsrn2": gsrn,
    "meter": lambda: DRAW.fill(R.choice(["{8}", "MN-{7}", "{2}-{6}", "Kamstrup {8}", "Aidon {9}", "M{9}"])),
    "meter2": lambda: DRAW.fill(R.choice(["{8}", "MN-{7}", "Kamstrup {8}"])),
    "customer": lambda: DRAW.fill(R.choice(["{7}", "AS-{7}", "{3} {3} {3}", "C{8}"])),
    "contract": lambda: DRAW.fill(R.choice(["SOP-{7}", "{10}", "KS{8}", "AVT-{6}", "AC{8}"])),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "VIKA-{5}", "ÄR-{6}", "INC{7}", "HUOLTO-{5}"])),
    "key": lambda: DRAW.fill(R.choice(["{A}{2}-{1}", "K-{3}", "avain {3}", "SL-{4}", "nro {2}"])),
    "fob": lambda: DRAW.fill(R.choice(["TAG-{6}", "{x}{x}{x}{x}{x}{x}{x}{x}", "FOB {5}"])),
    "shares": lambda: (lambda a: f"{a}–{a + R.randint(20, 400)}")(R.randint(1, 9000)),
    "qty": lambda: str(R.randint(1, 12)),
    "year": lambda: str(R.randint(1938, 2024)),
    "pct": lambda: f"{R.randint(5, 60)} %",
    "m3": lambda: f"{R.randint(1, 999)},{R.randint(0, 999):03d} m³",
    "kw": lambda: R.choice(["11 kW", "22 kW", "7,4 kW", "3,7 kW", "6,2 kWp", "8,4 kWp"]),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "orgnr": lambda: (lambda n: f"{n[:6]}-{n[6:]}")(identifiers.luhn(R, R.choice(["556", "559", "502"]), 10)),
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    "kwh_fi": lambda: kwh("fi"), "kwh_sv": lambda: kwh("sv"), "kwh_en": lambda: kwh("en"),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY
for _language in ("fi", "en", "sv"):
    # A role, a queue and a system of the message's service (the property manager's or the utility's).
    for _kind in ("role", "queue", "system"):
        LOOKS[f"{_kind}_{_language}"] = lambda language=_language, kind=_kind: LOOKS[
            f"{CURRENT['service']}{kind}_{language}"]()

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the resident or shareholder whose request, notice, booking or charges
# it is; the utility's contract holder); a-h are third parties; k and j share the subject's surname (a spouse, a
# child); x bears a surname that a housing company, a street or a firm of the message also bears.

HOUSE_SHAPES = [
    # ---- Finnish: property management and housing companies
    ("vikailmoitus_fi", "fi",
     "Vikailmoitus {L:ticket} – {L:hc}, {L:apt}\n\nIlmoittaja: {s.gs}\nPuhelin: {phone:s}\nSähköposti: {mail:s}\n"
     "Kohde: {L:street}, {L:town}\n\nKuvaus: kylpyhuoneen lattiakaivo vuotaa alakertaan. Alakerran asukas "
     "{a.gs} ({L:flat}) huomasi kosteuden katossa ja soitti minulle. Saa tulla yleisavaimella, kotona on "
     "puolisoni {k.gs}, {phone:k}.\n\nHuoltomies {b.gs} ({user:b}): käyty {L:date_fi} klo {L:hour}; vika "
     "{L:firm}, putkimies {c.gs}, {phone:c}. {a.g.all} ilmoitettu kosteusmittauksesta. Huoltoyhtiön päivystys "
     "{L:oncall}. Ei liity {x.gs.gen} asuntoon ({L:twin}).\n"),
    ("muuttoilmoitus_fi", "fi",
     "MUUTTOILMOITUS – {L:hc}\n\nHuoneisto: {L:apt}\nMuuttopäivä: {L:date_fi}\n\nUudet asukkaat:\n1. "
     "{s.SG}, s. {L:year}, puh. {phone:s}\n2. {k.SG}, s. {L:year}, puh. {phone:k}\n3. {j.SG}, s. {L:year} "
     "(lapsi)\n\nPois "
     "muuttavat: {a.sg} ja {b.sg} ({mail:a}, {phone:a})\nOmistaja/vuokranantaja: {c.gs}, {phone:c}\n\nLisätiedot: "
     "{s.g.gen} sähkösopimus alkaa {L:date_fi}. Nimi ovipuhelimeen ja postilaatikkoon: {s.s}. "
     "Kiinteistösihteeri {d.gs} lähettää {k.g.all} ja {s.g.all} tunnukset asukasportaaliin.\n"),
    ("avainrekisteri_fi", "fi",
     "Avainrekisteri {L:hc} – ote {L:date_fi}\n\nsukunimi;etunimi;huoneisto;avain;tagi;puhelin;luovutettu\n"
     "{s.s};{s.g};{L:apt};{L:key};{L:fob};{phone:s.e164};{L:date_fi}\n{k.s};{k.g};{L:apt};{L:key};{L:fob};"
     "{phone:k.e164};{L:date_fi}\n{a.s};{a.g};{L:flat};{L:key};{L:fob};{phone:a.e164};{L:date_fi}\n{b.s};{b.g};"
     "{L:flat};{L:key};;{phone:b.e164};{L:date_fi}\n\n"
     "Huom. ({c.gs}, {user:c}): {s.gs.gen} kadonnut tagi {L:fob} poistettu; uusi luovutettu {L:date_fi}. "
     "Urakoitsija {d.gs} ({L:firm}) hakee yleisavaimen avainsäilöstä, koodi {keybox:d}. {x.gs.abl} ei "
     "ole avainta ({L:twin}).\n"),
    ("varaukset_fi", "fi",
     "Yhteisten tilojen varaukset – {L:hc} ({L:system})\n\nSAUNA\n{L:slot}  {s.sg}  {L:apt}\n{L:slot}  "
     "{a.sg}  {L:flat}\n{L:slot}  {b.sg}  {L:flat}\n\nPESULA\n{L:date_fi} {L:slot}  {k.sg}\n{L:date_fi} "
     "{L:slot}  {c.sg}, {phone:c}\n\nAUTOPAIKAT\n{L:parking}  {s.sgc}  lämmitys\n{L:parking}  {d.sgc}\n\nViesti "
     "isännöitsijälle ({user:s}): {s.g} pyytää saunavuoron vaihtoa {a.gs.gen} kanssa; {a.g} suostuu ({phone:a}). Kiuas "
     "[Harvia] huollettu.\n"),
    ("yhtiokokous_fi", "fi",
     "PÖYTÄKIRJA – {L:hc}, varsinainen yhtiökokous {L:date_fi} klo {L:hour}\n\n1. Kokouksen avaus: hallituksen "
     "puheenjohtaja {a.gs}\n2. Puheenjohtajaksi valittiin {b.gs}, sihteeriksi {c.gs}.\n3. Pöytäkirjantarkastajiksi "
     "{s.gs} ja {d.gs}.\n4. Läsnä {L:qty} osakasta.\n5. Äänestys putkiremontista:\n   {s.sg} ({L:apt}, osakkeet "
     "{L:shares}) – puolesta\n   {d.sg} ({L:flat}, osakkeet {L:shares}) – vastaan\n   {e.sg} (valtakirjalla "
     "{k.gs}) – puolesta\n6. Hallitukseen valittiin {a.gs}, {d.gs} ja {s.gs}.\n\nVakuudeksi\n{b.is}   "
     "{c.is}\nTarkastettu: {s.i} {d.i}\nIsännöitsijä {f.gs}, {phone:f}, {mail:f}\n"),
    ("hallitus_fi", "fi",
     "Hallituksen kokous {L:date_fi} – {L:hc}\nLäsnä: {a.i} (pj, {phone:a}), {b.i} ({phone:b}), {c.i}, "
     "isännöitsijä {d.gs} <{mail:d}>\n\n"
     "§ 4 Osakkaan {s.gs.gen} ({L:apt}) remonttiilmoitus: hyväksytään, valvojaksi {e.gs.all}.\n§ 5 "
     "{b.g.gen} ehdotus parkkipaikkojen arvonnasta hyväksyttiin.\n§ 6 Naapuri {f.gs} valittaa tupakoinnista "
     "parvekkeella; isännöitsijä lähettää huomautuksen {L:flat}.\n§ 7 Huoltoyhtiö {L:firm}: yhteyshenkilö "
     "{c.gs}, {phone:c}.\n\nPöytäkirjan vakuudeksi {a.gs}, {d.gs}\n"),
    ("naapurivalitus_fi", "fi",
     "Aihe: Häiritsevä melu ja tupakointi, {L:hc}\n\nHei,\n\nasun asunnossa {L:apt}. Yläkerran {L:flat} asukkaat "
     "{a.gs} ja {b.gs} pitävät ääntä öisin, viimeksi {L:date_fi} klo {L:hour}. Lisäksi {a.g} tupakoi "
     "parvekkeella ja savu tulee {j.g.gen} huoneeseen. Olen puhunut {a.gs.all} kahdesti. Naapuri {c.gs} "
     "voi vahvistaa, {phone:c}.\n\nYstävällisin terveisin\n{s.gs}\n{phone:s}\n\n---\nIsännöitsijä {d.gs}: "
     "huomautus lähetetty {a.gs.all} ja {b.gs.all}; häiriöpäivystys {L:oncall}. {x.gs.gen} asunnosta "
     "({L:twin}) ei ole valituksia.\n"),
    ("tyomaarays_fi", "fi",
     "TYÖMÄÄRÄYS {L:ticket}\nKohde: {L:hc}, {L:street}, {L:apt}\nTilaaja: isännöitsijä {a.gs}\nAsukas: "
     "{s.gs}, {phone:s}\n\nTyö: keittiön hanan vaihto ja ilmanvaihdon suodattimet\nTekijä: {b.gs} ({L:firm}), "
     "{phone:b}\nAvain: avainsäilö, koodi {keybox:b}\nSiivous: {L:firm}, {c.gs}\n\nAsukkaan toive: "
     "soittakaa ennen tuloa; kotona voi olla {k.g}. Kuittaus ({b.gs}, {L:stamp}): tehty, {L:qty} h. "
     "Laskutus {L:viite}.\n"),
    ("osakasluettelo_fi", "fi",
     "OTE OSAKASLUETTELOSTA – {L:hc}, Y-tunnus {L:ytunnus}\n\nOsakkeet | Huoneisto | Omistaja(t) | Omistus "
     "alkanut\n{L:shares} | {L:apt} | {s.SG} ({hetu:s}), {k.SG} | {L:date_fi}\n{L:shares} | {L:flat} | {a.SG} "
     "| {L:date_fi}\n{L:shares} | {L:flat} | {b.SG}, {c.SG} | {L:date_fi}\n\nOte annettu {s.gs.all} ({phone:s}, "
     "{mail:s}) pankkia "
     "varten. Allekirjoitus: isännöitsijä {d.gs}, {L:role}. Osakasluettelon ylläpito {L:system}. {x.gs.gen} osakkeet "
     "ovat eri yhtiössä ({L:twin}).\n"),
    ("maksusuunnitelma_fi", "fi",
     "Aihe: Maksusuunnitelma – hoitovastikkeet {L:apt}\n\nHei {s.g},\n\nvastikerästejä on {L:amount_fi}. "
     "Sovimme puhelimessa {L:date_fi} seuraavasta:\n- {L:amount_fi} {L:date_fi} viitteellä {L:viite}\n- "
     "{L:amount_fi} {L:date_fi}\nLiikaa maksettu {L:amount_fi} palautetaan tilillenne {iban:s}.\n\nTerveisin "
     "{a.gs}, kiinteistösihteeri\n\n---\nVastaus: Kiitos. Puolisoni {k.gs} maksaa ensimmäisen erän. Hallituksen "
     "{b.gs} kanssa puhuttiin jo. Portaalitunnukseni on {user:s}. /{s.gs}, {phone:s}\n"),
    ("kuolinpesa_fi", "fi",
     "Aihe: Kuolinpesä – {L:hc}, {L:apt}\n\nHei,\n\näitini {a.gs} (hetu {hetu:a}) kuoli {L:date_fi}. "
     "Kuolinpesän yhteyshenkilö olen minä, {s.gs}, {phone:s}, {mail:s}. Muut osakkaat ovat veljeni {b.gs} "
     "({phone:b}) ja sisareni {c.gs} ({phone:c}). Vastikelaskut pyydän minulle; palautukset tilille "
     "{iban:s}.\n\n---\nIsännöitsijä "
     "{d.gs}: osakasluettelo päivitetty: {a.sg} (kuolinpesä, yht.hlö {s.sg}). Avaimet palautti {k.gs}. Ei "
     "koske {x.gs.all} ({L:twin}).\n"),
    ("remontti_fi", "fi",
     "Muutostyöilmoitus {L:ticket} – {L:hc}\n\nOsakas: {s.gs}, {L:apt}, {phone:s}\nTyö: kylpyhuoneen "
     "vesieristys ja laatoitus {L:date_fi}–{L:date_fi}\nUrakoitsija: {L:firm}, vastaava työnjohtaja {a.gs}, "
     "{phone:a}, {mail:a}\nMärkätilatarkastaja: {b.gs}, {phone:b}\n\nNaapureille tiedotettu: {c.gs} ({L:flat}), "
     "{d.gs} ({L:flat}).\n\nValvoja {e.gs} ({phone:e}): hyväksytty ehdoin; avaimen luovuttaa huoltomies {f.gs}. "
     "{x.gs.gen} ilmoitus ({L:twin}) käsitellään erikseen.\n"),
    ("ovipuhelin_fi", "fi",
     "Kulunvalvonnan ja asukasportaalin loki – {L:hc} ({L:system})\n\n{L:stamp}  ovi A  tagi {L:fob}  "
     "{s.sgc}  OK\n{L:stamp}  portaali  KIRJAUTUMINEN {user:s}\n{L:stamp}  ovi A  tagi {L:fob}  {a.sgc}  "
     "HYLÄTTY\n{L:stamp}  portaali  SALASANA VAIHDETTU {user:s}\n{L:stamp}  ovi B  koodi  {b.sgc}  OK\n\n"
     "Huoltomies {c.gs} ({user:c}, {phone:c}, {mail:c}): {s.g.all} annettu uusi ovikoodi {door:s}; {a.gs.gen} tagi "
     "lukittu. "
     "Portaalin väliaikainen salasana {pwd:s}.\n"),
]

ENERGY_SHAPES = [
    # ---- Finnish: an energy utility (electricity, district heating, water)
    ("sopimus_muutto_fi", "fi",
     "SÄHKÖSOPIMUS {L:contract} – {L:product}\n\nSopija: {s.SG}\nHenkilötunnus: {hetu:s}\nPuhelin: "
     "{phone:s}\nSähköposti: {mail:s}\nKäyttöpaikka: {L:street}, {L:town}, {L:apt}\nKäyttöpaikkatunnus: "
     "{L:gsrn}\nMittari: {L:meter}\nAlkaa: {L:date_fi} (muutto)\nToinen sopija: {k.gs} ({hetu:k}), {phone:k}, "
     "{mail:k}\n\nAsiakasnumero "
     "{L:customer}. Vanha käyttöpaikka {L:gsrn2} päättyy {L:date_fi}; loppulukema {L:kwh}. Myyjä {a.gs} "
     "({user:a}). Edellinen asukas {b.gs} ilmoitti lähtönsä. Ei {x.gs.gen} sopimus ({L:twin}).\n"),
    ("lukema_fi", "fi",
     "Aihe: Mittarilukemat {L:date_fi}\n\nHei,\n\nsähkö: mittari {L:meter}, lukema {L:kwh}\nvesi: {L:m3}\n"
     "kaukolämpö: {L:kwh}\n\nAsiakasnumero {L:customer}. Lukemat otti poikani {j.gs}; hänen numeronsa "
     "{phone:j}.\n\n{s.gs}\n{phone:s}\n\n---\nMittausasiantuntija {a.gs} ({phone:a}): arviolukema korjattu, hyvitys "
     "{L:amount_fi}. Tiedoksi {b.gs.all}.\n"),
    ("latauslaite_fi", "fi",
     "Latauslaitteen tapahtumat – {L:charger} ({L:kw}), käyttöpaikka {L:gsrn}\nModeemi IMEI {imei:s}, "
     "omistaja {s.sgc}\n\n{L:iso} LATAUS ALKOI tunniste {user:s}\n{L:iso} LATAUS PÄÄTTYI {L:kwh}\n{L:iso} "
     "LATAUS ALKOI tunniste {user:k}\n{L:iso} YHTEYS KATKESI\n{L:iso} LATAUS PÄÄTTYI {L:kwh}\n\nAsentaja "
     "{a.gs} ({L:firm}), {phone:a}: laite vaihdettu, uusi IMEI {imei:k}. {s.g.gen} puoliso {k.gs} käyttää "
     "omaa tunnistettaan. {x.gs.gen} laturi ({L:twin}) on eri käyttöpaikassa.\n"),
    ("sahkokatko_fi", "fi",
     "Häiriöilmoitus {L:ticket} {L:stamp}\nSOITTAJA: {s.gs}, {phone:s}\nOSOITE: {L:street}, {L:town}\n"
     "KÄYTTÖPAIKKA: {L:gsrn}\nKUVAUS: sähköt poikki koko talosta klo {L:hour} alkaen\n- naapuri {a.gs} "
     "({phone:a}) myös ilman sähköä\n- kotona iäkäs {k.gs}, happirikastin\n- asentaja {b.gs} "
     "lähetetty, arvio {L:hour}\nHäiriönumero {L:outage}, hätätilanteessa {L:emergency}\nKIRJASI: {c.gs} "
     "({user:c})\n- {x.gs.gen} kiinteistössä ({L:twin}) sähköt toimivat\n"),
    ("maksumuistutus_fi", "fi",
     "MAKSUMUISTUTUS JA KATKAISUVAROITUS\n\n{s.GS}\n{L:street}\n{L:town}\n\nAsiakasnumero {L:customer}, lasku "
     "{L:invoice}, eräpäivä {L:date_fi}, {L:amount_fi}\nViite {L:viite}\n\nJos laskua ei makseta {L:date_fi} "
     "mennessä, sähkönjakelu käyttöpaikkaan {L:gsrn} keskeytetään.\n\n---\nPuhelumuistio ({a.gs}, "
     "{L:stamp}): {s.g} soitti {phone:s}; maksaa kortilla {card:s} {L:amount_fi}, loput erissä. Sosiaalityöntekijä "
     "{b.gs} ({phone:b}) pyysi lykkäystä. Perintä {c.gs}.\n"),
    ("sopimussiirto_fi", "fi",
     "Aihe: Sopimuksen siirto – {L:contract}\n\nHei,\n\npuolisoni {a.gs} kuoli {L:date_fi}. Sähkö- ja "
     "kaukolämpösopimus oli hänen nimissään. Pyydän siirtämään sopimukset minulle: {s.gs}, henkilötunnus "
     "{hetu:s}. Kuolinpesän asioita hoitaa myös poikamme {j.gs}, {phone:j}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Käsittelijä {b.gs} ({user:b}): sopimus siirretty {s.gs.all} {L:date_fi}, käyttöpaikka {L:gsrn}, "
     "loppulasku kuolinpesälle. Tiedoksi {c.gs.all}, {phone:c}.\n"),
    ("aurinko_fi", "fi",
     "AURINKOSÄHKÖN OSTOSOPIMUS {L:contract}\n\nTuottaja: {s.gs}\nPuhelin: {phone:s}\nTuotannon "
     "käyttöpaikka: {L:gsrn}\nKulutuksen käyttöpaikka: {L:gsrn2}\nJärjestelmä: {L:kw}, invertteri, asentaja "
     "{a.gs} ({L:firm})\nHyvitykset tilille: {iban:s}\n\nKäsittelijä {b.gs}: tuotantomittari {L:meter} "
     "ohjelmoitu {L:date_fi}. Ensimmäinen hyvitys {L:amount_fi}. {s.g.gen} naapuri {c.gs} kysyi samaa "
     "sopimusta, {phone:c}. {x.gs.abl} ei ole tuotantosopimusta ({L:twin}).\n"),
    ("puhelubotti_fi", "fi",
     "Puhelubotin litterointi {L:ticket} → asiakaspalvelu ({L:system})\n{L:hour} Botti: Tervetuloa. Kerro "
     "asiakasnumerosi.\n{L:hour} Asiakas: {L:customer}\n{L:hour} Botti: Puhunko {s.gs.gen} kanssa?\n"
     "{L:hour} Asiakas: joo, {s.g} tässä. Muutan pois, ja puolisoni {k.gs} jatkaa sopimusta.\n{L:hour} Botti: "
     "Yhdistän asiakaspalvelijalle.\n{L:hour} {a.g} (asiakaspalvelu): Hei {s.g}, {a.g} tässä. Lähetän "
     "vahvistuskoodin numeroon {phone:s}.\n{L:hour} {a.g}: Koodi {otp:s} tarkistettu. {k.g.all} tehdään "
     "uusi sopimus, yhteysnumero {phone:k}.\n"),
    ("laskutusloki_fi", "fi",
     "Laskutusjärjestelmän muutosloki ({L:system}) – asiakas {L:customer}, {s.sgc}\n\n{L:stamp} {user:a} "
     "AVASI asiakastiedot\n{L:stamp} {user:a} MUUTTI puhelinnumeron: {phone:s}\n{L:stamp} {user:b} MUUTTI "
     "laskutustavan: e-lasku\n{L:stamp} {user:b} MUUTTI sähköpostin: {mail:s}\n{L:stamp} {user:c} LISÄSI "
     "laskutusosoitteen ({k.gs})\n{L:stamp} {user:d} "
     "KATSOI asiakastiedot (ei tikettiä)\n\nTietosuojavastaava {e.gs}: {d.gs.gen} katselu selvitetään; "
     "{d.sgc} on asiakkaan {s.gs.gen} naapuri. Tiedoksi {f.gs}, {phone:f}.\n"),
    ("sms_loki_fi", "fi",
     "Tekstiviestiloki – {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Sähkökatko alueellasi arviolta "
     "{L:hour} asti. Häiriötiedote {L:outage}. /{a.is}\n{L:stamp} → {num.msisdn}: Laskusi {L:invoice} "
     "on erääntynyt.\n{L:stamp} ← {phone:s.msisdn}: milloin sähköt palaa?\n{L:stamp} → {phone:k.msisdn}: Hei "
     "{k.g}, mittarin vaihto {L:date_fi} klo {L:hour}. Asentaja {b.is}.\n{L:stamp} → {num.msisdn}: Lukema "
     "{L:kwh} vastaanotettu.\n{L:stamp} → {num.msisdn}: Sähköt palautettu.\n\nViestit lähetti {c.gs} ({user:c}); "
     "{s.gs.gen} numero tarkistettu.\n"),
]

HOUSE_SHAPES += [
    # ---- English: block management and a housing association
    ("repair_en", "en",
     "Repair request {L:ticket} – {L:hc}, {L:apt}\n\nReported by: {s.gs}\nPhone: {phone:s}\nEmail: {mail:s}\n"
     "\nLeak from the flat above ({L:flat}, {a.gs}) through the kitchen ceiling since {L:date_en}. {a.g} is "
     "away; a relative, {b.gs}, ({phone:b}) has a key. My partner {k.gs} will be in.\n\nCaretaker {c.gs} "
     "({user:c}): attended {L:hour}, isolated supply. Plumber {d.gs} from {L:firm}, {phone:d}. Out-of-hours "
     "line {L:oncall}. Nothing to do with {x.gs} ({L:twin}).\n"),
    ("tenancy_en", "en",
     "Change of occupants – {L:hc}\n\nProperty: {L:apt}, {L:street}, {L:town}\nMove-in date: {L:date_en}\n\n"
     "Incoming occupants:\n- {s.GS} (leaseholder), {phone:s}\n- {k.GS}, {phone:k}\n- {j.GS} (child, born {L:year})\n\n"
     "Outgoing: {a.gs} and {b.gs}, forwarding email {mail:a}\n\nNotes ({c.gs}, {phone:c}): fobs {L:fob} and {L:fob} "
     "issued to {s.g} and {k.g}; portal invitation sent to {mail:s}. Parking {L:parking} transferred from "
     "{a.g}. Not to be confused with {x.gs} at {L:twin}.\n"),
    ("agm_en", "en",
     "MINUTES – Annual General Meeting, {L:hc}\n{L:date_en}, {L:hour}, community room\n\nPresent: {a.i} "
     "(Chair), {b.i} (Secretary), {s.i}, {c.i}, {d.i}; managing agent {e.gs}, {phone:e}, {mail:e}\n\n1. Chair: "
     "{a.gs}. Minutes "
     "taken by {b.gs}.\n2. Service charge budget approved. Votes: {s.sg} ({L:apt}) for; {c.sg} ({L:flat}) "
     "against; {d.sg} (proxy for {f.gs}) for.\n3. Noise complaint about {L:flat} referred to the agent.\n4. "
     "Directors elected: {a.gs}, {s.gs}, {c.gs}.\n\nSigned {a.is} / {b.is}\n"),
    ("noise_en", "en",
     "Subject: Noise and smoking – {L:flat}\n\nHi,\n\nI live at {L:apt}. The tenants below, {a.gs} and "
     "{b.gs}, play loud music most nights, last on {L:date_en} until {L:hour}. {a.g} also smokes on the "
     "balcony and it comes into my son {j.g}'s room. {c.gs} next door has noticed it too.\n\n{s.gs}\n"
     "{phone:s}\n\n---\nHousing officer {d.gs}: warning letters to {a.gs} and {b.gs}; out-of-hours noise line "
     "{L:oncall}. {x.gs} at {L:twin} is not involved.\n"),
    ("doorentry_en", "en",
     "Door entry and portal log – {L:hc} ({L:system})\n\n{L:stamp} main door fob {L:fob} {s.sgc} GRANTED\n"
     "{L:stamp} portal LOGIN {user:s}\n{L:stamp} main door fob {L:fob} {a.sgc} DENIED\n{L:stamp} bin store "
     "code {b.sgc} GRANTED\n{L:stamp} portal PASSWORD RESET {user:s}\n\nConcierge {c.gs} ({user:c}, {phone:c}): new "
     "door "
     "code for {s.gs}: {door:s}. Temporary portal password {pwd:s}. {a.gs}'s fob blocked.\n"),
    ("servicecharge_en", "en",
     "Subject: Service charge arrears – {L:apt}, {L:hc}\n\nDear {s.g} {s.s},\n\nyour account shows arrears of "
     "{L:amount_en}. As agreed by phone on {L:date_en}:\n- {L:amount_en} by {L:date_en}\n- then {L:amount_en} "
     "monthly\nCard on file: {card:s}\n\n{a.gs}\n{L:role}\n\n---\nReply: Thanks. Portal user {user:s}. My partner "
     "{k.gs} ({phone:k}) will pay the "
     "first instalment. Spoke to {b.gs} on the board. {s.gs}, {phone:s}\n"),
    ("contractor_en", "en",
     "WORKS ORDER {L:ticket}\nSite: {L:hc}, {L:apt}\nOrdered by: {a.gs} (property manager), {phone:a}, "
     "{mail:a}\nResident: {s.gs}, "
     "{phone:s}\n\nWork: replace extractor fan, check smoke alarms\nContractor: {b.gs}, {L:firm}, {phone:b}\n"
     "Keys: key safe by the bin store, code {keybox:b}\nCleaning: {L:firm}, {c.gs}\n\nSigned off by {b.gs} "
     "{L:stamp}, {L:qty} hours. {s.g} asked for a call first; {k.g} may be home.\n"),
]

ENERGY_SHAPES += [
    # ---- English: an energy supplier and network
    ("account_en", "en",
     "New account – {L:product}\n\nAccount holder: {s.GS}\nPhone: {phone:s}\nEmail: {mail:s}\nSupply "
     "address: {L:street}, {L:town}\nMPAN/metering point: {L:gsrn}\nMeter serial: {L:meter}\nStart: "
     "{L:date_en} (moving in), opening read {L:kwh}\nJoint holder: {k.gs}, {phone:k}\n\nAccount no. {L:customer}. "
     "Previous occupant {a.gs} closed their account. Sales adviser {b.gs} ({user:b}). Not {x.gs}'s account "
     "({L:twin}).\n"),
    ("reading_en", "en",
     "Subject: Meter readings {L:date_en}\n\nHello,\n\nelectricity {L:meter}: {L:kwh}\nwater: {L:m3}\n\n"
     "Account {L:customer}. My daughter {j.gs} took the readings; their number is {phone:j}.\n\n{s.gs}\n"
     "{phone:s}\n\n---\nMetering analyst {a.gs} ({phone:a}): estimated bill corrected, credit {L:amount_en}. Copy to "
     "{b.gs}.\n"),
    ("outage_en", "en",
     "Power cut report {L:ticket} {L:stamp}\nCaller: {s.gs}, {phone:s}\nAddress: {L:street}, {L:town}\n"
     "Metering point: {L:gsrn}\nFault: no power since {L:hour}\n- neighbour {a.gs} ({phone:a}) also off\n"
     "- vulnerable: {k.gs} (lives with the caller), uses a stairlift\n- engineer {b.gs} dispatched, ETA "
     "{L:hour}\nPower cut "
     "line {L:outage}, emergency {L:emergency}\nLogged by {c.gs} ({user:c})\n"),
    ("arrears_en", "en",
     "FINAL NOTICE\n\n{s.GS}\n{L:street}\n{L:town}\n\nAccount {L:customer} – invoice {L:invoice} of "
     "{L:amount_en} was due on {L:date_en}. If unpaid by {L:date_en} we may apply to fit a prepayment meter at "
     "{L:gsrn}.\n\n---\nCall note ({a.gs}, {L:stamp}): {s.g} rang from {phone:s}; paid {L:amount_en} by card "
     "{card:s}; payment plan for the rest. Debt adviser {b.gs} ({phone:b}) on the account. Collections "
     "{c.gs}.\n"),
    ("estate_en", "en",
     "Subject: Account of the late {a.gs} – {L:customer}\n\nHello,\n\nmy father {a.gs} passed away on "
     "{L:date_en}. I am the executor. Please transfer the gas and electricity to the estate and send letters to "
     "me: {s.gs}, {phone:s}, {mail:s}. My brother {b.gs} ({phone:b}) will read the meters.\n\n---\nBereavement team "
     "({c.gs}, {user:c}): account renamed \"Executors of {a.sg}\", contact {s.sg}; final read {L:kwh}. Refund "
     "to {iban:s}. {x.gs} ({L:twin}) is an unrelated account.\n"),
    ("botchat_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} EnergyBot: Hi! What's your account number?\n{L:hour} {nick:s}: "
     "{L:customer}\n{L:hour} EnergyBot: Thanks. Is this {s.gs}?\n{L:hour} {nick:s}: yes. EV charger keeps "
     "dropping offline\n{L:hour} EnergyBot: Passing you to an agent.\n{L:hour} Agent {a.g}: Hi {s.g}, {a.g} "
     "here. Your {L:charger} reports IMEI {imei:s}; resetting it now. Verification code sent: {otp:s}.\n"
     "{L:hour} {nick:s}: thanks. my partner {k.g} has the app too, {phone:k}\n"),
]

HOUSE_SHAPES += [
    # ---- Swedish: disponent and housing companies
    ("felanmalan_sv", "sv",
     "Felanmälan {L:ticket} – {L:hc}, {L:apt}\n\nAnmälare: {s.gs}\nTelefon: {phone:s}\nE-post: {mail:s}\n\n"
     "Element i sovrummet är kallt sedan {L:date_sv}. Grannen {a.gs} ({L:flat}) har samma problem. Min sambo "
     "{k.gs} är hemma, {phone:k}.\n\nFastighetsskötare {b.gs} ({user:b}): besök {L:date_sv} kl. {L:hour}; "
     "rörmokare {c.gs} från {L:firm}, {phone:c}. Jour {L:oncall}. {x.gs.gen} lägenhet ({L:twin}) berörs "
     "inte.\n"),
    ("inflyttning_sv", "sv",
     "INFLYTTNINGSANMÄLAN – {L:hc}\n\nLägenhet: {L:apt}\nInflyttning: {L:date_sv}\n\nBoende:\n1. {s.SG}, "
     "f. {L:year}, tel. {phone:s}\n2. {k.SG}, f. {L:year}, tel. {phone:k}\n3. {j.SG}, f. {L:year} "
     "(barn)\n\nUtflyttande: "
     "{a.sg}, {b.sg}\nÄgare: {c.gs}, {phone:c}\n\nDisponent {d.gs}: namn på porttavlan ändrat; taggar "
     "{L:fob} till {s.g} och {k.g}. {j.g.gen} cykelplats {L:parking}.\n"),
    ("stamma_sv", "sv",
     "PROTOKOLL – ordinarie bolagsstämma, {L:hc}, {L:date_sv}\n\n1. Stämman öppnades av styrelsens ordförande "
     "{a.gs} ({phone:a}).\n2. Till ordförande valdes {b.gs}, till sekreterare {c.gs}.\n3. Protokolljusterare: {s.gs} "
     "och "
     "{d.gs}.\n4. Omröstning om stambyte:\n   {s.sg} ({L:apt}, aktier {L:shares}) – ja\n   {d.sg} ({L:flat}) "
     "– nej\n   {e.sg} (fullmakt {k.gs}) – ja\n5. Styrelse: {a.gs}, {s.gs}, {d.gs}.\n\nJusteras: {s.i} {d.i}"
     "\n{b.is} / {c.is}\n{x.gs.gen} fullmakt för {L:twin} godkändes inte.\n"),
    ("bokning_sv", "sv",
     "Bokningar – {L:hc} ({L:system})\n\nBASTU\n{L:slot}  {s.sg}  {L:apt}\n{L:slot}  {a.sg}  {L:flat}\n\n"
     "TVÄTTSTUGA\n{L:date_sv} {L:slot}  {k.sg}\n{L:date_sv} {L:slot}  {b.sg}, {phone:b}\n\nGÄSTLÄGENHET\n{L:date_sv}  "
     "{s.sg}, betalt med kort {card:s}\n\nBILPLATSER\n{L:parking}  "
     "{s.sgc}\n{L:parking}  {c.sgc}\n\nMeddelande: {s.g} vill byta bastutur med {a.gs}; {a.g.gen} svar "
     "via {phone:a}.\n"),
    ("granne_sv", "sv",
     "Ämne: Störningar från {L:flat}\n\nHej!\n\nJag bor i {L:apt}. Grannarna {a.gs} och {b.gs} har fest varje "
     "helg, senast {L:date_sv} till kl. {L:hour}. {a.g} röker i trapphuset. {c.gs} på våningen under kan "
     "intyga.\n\n{s.gs}\n{phone:s}\n\n---\nDisponent {d.gs} ({phone:d}): skriftlig varning till {a.gs} och {b.gs}. "
     "{x.gs.gen} bostad ({L:twin}) berörs inte.\n"),
]

ENERGY_SHAPES += [
    # ---- Swedish: an energy utility
    ("elavtal_sv", "sv",
     "ELAVTAL {L:contract} – {L:product}\n\nKund: {s.SG}\nPersonbeteckning: {hetu:s}\nTelefon: "
     "{phone:s}\nE-post: {mail:s}\nMina sidor: {user:s}\n"
     "Anläggning: {L:street}, {L:town}\nAnläggnings-id: {L:gsrn}\nMätare: {L:meter}\nStart: {L:date_sv} "
     "(flytt)\nMedsökande: {k.gs}, {phone:k}\n\nKundnummer {L:customer}. Tidigare boende {a.gs} har sagt upp. Säljare "
     "{b.gs} ({user:b}). {x.gs.gen} avtal ({L:twin}) är ett annat.\n"),
    ("matarstallning_sv", "sv",
     "Ämne: Mätarställning {L:date_sv}\n\nHej,\n\nel, mätare {L:meter}: {L:kwh}\nvatten: {L:m3}\n\n"
     "Kundnummer {L:customer}. Min dotter {j.gs} läste av, hennes nummer {phone:j}.\n\n{s.gs}\n{phone:s}\n\n"
     "---\nMätansvarig {a.gs} ({phone:a}): rättad faktura, kreditering {L:amount_sv}. Kopia till {b.gs}.\n"),
    ("avbrott_sv", "sv",
     "Avbrottsanmälan {L:ticket} {L:stamp}\nInringare: {s.gs}, {phone:s}\nAdress: {L:street}, {L:town}\n"
     "Anläggning: {L:gsrn}\n- grannen {a.gs} ({phone:a}) också strömlös\n- montör {b.gs} på väg, beräknad "
     "{L:hour}\nAvbrottslinje {L:outage}, nödsituation {L:emergency}\nRegistrerad av {c.gs} ({user:c})\n"),
    ("solel_sv", "sv",
     "AVTAL OM KÖP AV SOLEL {L:contract}\n\nProducent: {s.gs}\nTelefon: {phone:s}\nProduktionsanläggning: "
     "{L:gsrn}\nEffekt: {L:kw}, installatör {a.gs} ({L:firm}), {phone:a}\nUtbetalning till konto: {iban:s}\n\n"
     "Handläggare {b.gs}: mätare {L:meter} omprogrammerad {L:date_sv}. {s.g.gen} granne {c.gs} vill ha samma "
     "avtal, {phone:c}.\n"),
]

SHAPES = HOUSE_SHAPES + ENERGY_SHAPES
HOUSE_NAMES = {name for name, _, _ in HOUSE_SHAPES}

# The earlier mail a reply quotes, the copies under it, and the record around it.
QUOTES = {"fi": ["\n\n> {L:date_fi} klo {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Tämä tuli yhteiseen "
                 "laatikkoon {shared}, voisitko hoitaa? {h.g}\n",
                 "\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi}\n"
                 "Vastaanottaja: {shared}\nAihe: VS: {L:ticket}\n\nSiirrän {a.g.all}. Kiitos, {h.g}\n"],
          "en": ["\n\n> On {L:date_en} {h.gs} <{mail:h}> wrote:\n> Forwarding from {shared}. Can you take it? {h.g}\n",
                 "\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:date_en} {L:hour}\nTo: {shared}\n"
                 "Subject: FW: {L:ticket}\n\nOver to {a.g}. {h.g}\n"],
          "sv": ["\n\n> {h.gs} <{mail:h}> skrev {L:date_sv}:\n> Kom in till {shared}. Kan du ta den? /{h.g}\n"]}
COPIES = {"fi": ["\nKopio: {e.gs} ({phone:e}); {f.is}\n", "\nTiedoksi: {f.sgc} <{mail:f}>\n",
                 "\nSeuraajat: {e.gs}, {f.gs}, {shared}\n", "\n@{e.g} @{f.g} katsotteko tämän?\n"],
          "en": ["\ncc: {e.gs}; {f.is} ({phone:f})\n", "\nWatchers: {e.sgc}; {f.gs} <{mail:f}>\n",
                 "\ncc: {shared}; {e.gs}\n"],
          "sv": ["\nKopia: {e.gs}; {f.gs} <{mail:f}>\n", "\nBevakare: {e.sgc}, {phone:e}; {shared}\n"]}
RECORDS = {
    "fi": ["\n--\n{L:system} | Tiketti {L:ticket} | päivitetty {L:stamp}\nOmistaja: {g.gs} ({L:role}), "
           "{phone:g}\nJono: {L:queue}\n",
           "\n\nParhain terveisin\n{g.gs}\n{L:role}\n{phone:g} | vaihde {L:switchboard}\nY-tunnus {L:ytunnus}\n",
           "\n--\nKäsittelijä {g.is} ({user:g}) {L:stamp}, {L:system}\n",
           "\n\nAsiakaspalvelu {L:careline} (ma–pe 8–16), vikapäivystys {L:oncall}, hätätilanteessa "
           "{L:emergency}\n{g.gs}\n"],
    "en": ["\n--\n{L:system} | Ticket {L:ticket} | updated {L:stamp}\nAssignee: {g.gs} ({L:role}), "
           "{phone:g}\nQueue: {L:queue}\n",
           "\n\nKind regards\n{g.gs}\n{L:role}\nDirect: {phone:g} | Switchboard: {L:switchboard}\n{L:companyno}\n",
           "\n--\nClosed by {g.is} ({user:g}) {L:stamp}\n"],
    "sv": ["\n--\n{L:system} | Ärende {L:ticket} | uppdaterat {L:stamp}\nAnsvarig: {g.gs} ({L:role}), "
           "{phone:g}\nKö: {L:queue}\n",
           "\n\nVänliga hälsningar\n{g.gs}\n{L:role}\n{phone:g} | växel {L:switchboard}\nFO-nummer {L:ytunnus}\n"],
}


def namesake(language, others):
    """A third party whose surname a housing company, a street or a firm of the message's language also bears: a
    NAME."""
    return PEOPLE.namesake(language, sorted(EPONYMS[language]), others)


draw = generation.case_draw(
    "held-out-46", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "house" if name in HOUSE_NAMES else "energy", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 80, "EMAIL": 400, "USERNAME": 250,
            "look-alikes": 7000, "CREDENTIAL": 80, "IBAN": 40, "PAYMENT_CARD": 30, "NATIONAL_ID": 30,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("metering points and meters", lambda key: generation.kind(key) in ("gsrn", "gsrn2", "meter"))],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso"), tally=generation.NameForms(PHONES),
                check=generation.new_forms_check("held-out-46.jsonl"))
