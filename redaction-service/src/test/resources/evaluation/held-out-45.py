#!/usr/bin/env python3
r"""Generates the forty-fifth held-out set (held-out-45.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 44: nobody tunes on it. Its writer read no detection code, list, rule, model or
docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-44 lack: (a) a car
rental and fleet-leasing company's customer service and (b) a veterinary clinic chain's and a pet insurer's customer
service, as their service desk sees them, in 45 shapes (22 Finnish, 14 English, 9 Swedish), each written in the
language its kind of text is written in, with the earlier mail a reply quotes, copies and watchers under it and the
record around it (a case-system footer with the handler and the queue, or a signature with the service's number and the
business id). (a) rental agreements with additional drivers, vehicle handover and return checklists, damage reports
(the driver, the other party, witnesses), parking and traffic fines and toll charges that an authority sends and the
company forwards to the driver who had the car (the authority's request to name the driver, the renter naming a
colleague or a family member), company-car users' and fleet managers' lists (CSV and pipe tables), telematics and
key-cabinet logs with logins, key-fob holders and the units' IMEIs, roadside assistance call notes, deposit holds on a
card, a chat with the booking bot handed to an agent, corporate accounts' bookers.
(b) appointments booked by owners (the owner, a family member who brings the pet, the vet, the nurse), referrals to
specialists, lab-result messages, insurance claims with the clinic's invoice, a change of a pet's owner, kennel and
grooming bookings, a lost-pet chip registry inquiry, the clinic system's audit log, reminder SMS logs, a complaint
about a vet.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
Finnish compound surnames of weather words, tools and old trades with a place word (Sumuvaara, Pakkaslahti,
Kirveskangas, Sepänniemi), their last word inflecting on its own (Pakkaslahden, Sepänniemellä), rarer Finnish given
names; Swedish and Finland-Swedish ones; Sami, Estonian, Russian and Ukrainian (transliterated), Turkish, Kurdish,
Persian, Tamil, Filipino, Thai, Nepali, Ethiopian and Eritrean, Portuguese and Brazilian, Hungarian, Romanian, Dutch
and Scottish ones; in the Finnish cases in Finnish prose and the Swedish genitive in Swedish, in capitals on forms,
surname first in systems and exports, an initial and the surname in SMS logs and signatures,
lower-case handles in chat.
Pets' names are look-alikes (kept): many are names people bear (Onni, Venla, Oskari, Bella, Max, Milo, Luna, Elsa,
Väinö, Sigge, Molly, Charlie, Rocky, Nala, Musti), written as pets' names are (Onnin rokotus, Venlalle, Sigges,
"Väinö (kissa, Maine Coon)", "Patient: Bella, DSH, 6 y"); in some Finnish and Swedish shapes a person of the message bears
the pet's name too, in another form than the pet's (a Finnish case, the Swedish genitive), and is a NAME. Car models,
car dealers, rental offices, clinics and streets named after people (Ford Focus, Porsche Taycan, Citroën C5 Aircross,
Hertz, Sixt, Eläinlääkäriasema Herriot, Mannerheimintie, Halfords, Goddards Vets, Lookers) are look-alikes; in many
shapes a third party bears the same surname in another form than the thing (a Finnish case, the Swedish genitive, the
singular beside the firm's plural) and is a NAME. Breeds named after people (Cavalier King Charles spaniel, Jack
Russell terrier, Gordon setter) are look-alikes too.
Labelling policy, as in set 44, with these for the new kinds. The subject is the register's known person: the renter,
lessee or company-car user whose rental, fine, damage or case it is (also the corporate booker who writes for the
account), and the pet's owner whose appointment, claim, booking or account it is. Everyone else is a third party:
additional drivers, colleagues and family members named as drivers, the other party of a damage and witnesses, fleet
managers, station staff, patrol drivers, vets, nurses, specialists, groomers, a new owner, family members who bring
the pet, agents and handlers. Every person's phone is a PHONE; a service's number is a look-alike (the roadside
assistance line, the booking line, the clinic's switchboard, the insurer's claims line, 112, 999). Shared mailboxes
(vuokraus@, korvaukset@) are EMAIL, role "third". Logins in logs and audit trails, online-account user names and chat
handles are USERNAME. The IMEIs of telematics units are DEVICE_ID, role of the car's user. Accounts are IBAN (valid
check digits), cards PAYMENT_CARD (valid Luhn), identity codes NATIONAL_ID (valid check character). A password, a
one-time code, a PIN, a key-box or key-cabinet code and a door code given to someone are CREDENTIAL, their owner's
role. No passport or driving-licence numbers are written. Look-alikes (kept): registration plates, VINs, rental
agreement, fine, reference, invoice, claim, policy and case numbers, microchip numbers (15 digits), pets' names,
species and breeds, car models, mileages and fuel levels, amounts, dates and times, streets, towns, stations, clinics,
firms, roles, queues, systems, loyalty numbers, business ids.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 11,775
NAME (1,805 the subject's) in 1,015 distinct forms, 975 of them (96.1 %) new to every other labelled set by
new-name-forms.py; 1,956 PHONE (592 the subject's) of 112 countries and territories; 1,021 EMAIL (819 third parties'
and shared mailboxes, 343 of them shared); 614 USERNAME (logins in logs and audit trails, online accounts, chat
handles; 160 the subject's); 131 CREDENTIAL (73 the subject's: one-time codes, passwords, key-box pick-up codes; 58
third parties': key-box codes given to a family member, door codes given to staff or a neighbour); 57 IBAN; 57
PAYMENT_CARD; 75 NATIONAL_ID (45 the subject's, 30 a named driver's or a new owner's); 87 DEVICE_ID (telematics units'
IMEIs); 9,147 look-alikes (2,310 dates and times, 492 service numbers, 260 namesakes' things, 540 pets' names) from
691 pairs of shape and kind, 5,332 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-45.py --check asserts it and that more than half the name forms are
new to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-45.py > held-out-45.jsonl (python3 held-out-45.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers
from generation import Person
from name_forms import inflect as fi

R, DRAW, CLOCK = generation.seeded(45454545)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-44 as name forms when this set was written; the
# Finnish surnames are compounds of weather words, tools and old trades with a place word. None is a pet's name below.

FI_MEN = ["Aki-Matti", "Jari-Kalevi", "Aleksi-Juhani", "Oskar-Ilmari", "Airo", "Rikhard", "Tahvi", "Otto-Kristian",
          "Pasi-Mikael", "Tero-Tapio", "Ilkka-Matti", "Kari-Olavi", "Eero-Kalevi", "Harri-Mikael", "Jussi-Valtteri",
          "Mika-Eemeli", "Toni-Juhani", "Antti-Matias", "Juho-Valtteri", "Markku-Matias", "Kimmo-Antero",
          "Arto-Eemeli", "Sami-Johannes", "Niko-Kristian", "Ville-Tapio", "Eero-Olavi", "Arijoutsi", "Jari-Aukusti"]
FI_WOMEN = ["Irma-Liisa", "Venny", "Aina-Maria", "Hilda-Maria", "Inka-Riina", "Seelia", "Ella-Aurora", "Kaisa-Aurora",
            "Saara-Kaarina", "Heli-Elina", "Laura-Emilia", "Jenni-Riina", "Mari-Elina", "Pia-Susanna", "Suvi-Helena",
            "Ella-Stiina", "Outi-Stiina", "Inka-Inkeri", "Elina-Maaria", "Noora-Marjaana", "Helka-Leena",
            "Aina-Inkeri", "Maija-Maaria", "Hilda-Annika", "Eeva-Annika", "Suvi-Kristiina"]
FI_SURNAMES = ["Sumuvaara", "Sumulahti", "Pakkaslahti", "Pakkasniemi", "Tuulikangas", "Tuuliharju", "Ukkosniemi",
               "Ukkoskorpi", "Lumikoski", "Lumisalo", "Hallaharju", "Hallamäki", "Sadekorpi", "Sadeniemi",
               "Kirveskangas", "Kirvesjärvi", "Vasaralampi", "Vasaraoja", "Sirppimäki", "Viikatesaari", "Kuokkaranta",
               "Kuokkavuori", "Talttajärvi", "Sepänniemi", "Sepänkangas", "Myllärinkoski", "Kankurinvuori",
               "Suutarinlahti", "Lukkarinsaari", "Räätälinharju", "Kirjurinmäki", "Nahkurinlampi", "Pajalahti",
               "Pajasalo", "Rautakallio", "Hiilivaara", "Sirppiaho", "Myrskylampi", "Myrskyaho", "Räntävaara",
               "Tuiskuranta", "Kelirikko", "Sumu-Pakkaslahti", "Sahuriniemi", "Kuparikangas", "Lusikkamäki",
               "Keritsaari"]
SV_GIVEN = ["Gunnar-Erik", "Isidor", "Malkolm", "Otilia", "Ingrid-Maj", "Märtha", "Mona-Lisa", "Karl-Ingvar",
            "Gunnar-Arne", "Hans-Ingvar", "Per-Arne", "Erik-Olof", "Hans-Magnus", "Bo-Henrik", "Carl-Åke",
            "Nils-Einar", "Gun-Lisa", "Britt-Sofi", "Maj-Sofi", "Inger-Louise", "Lena-Charlotte", "Mona-Christin",
            "Ulla-Greta", "Eva-Louise"]
SV_SURNAMES = ["Fredriksson", "Segerstråle", "Udd", "Lagerblad", "Sjögård", "Mattsson-Kåll", "Nylund-Björk",
               "Törnroos", "Ögård", "Rehnström", "Bergbo", "Skogsberg", "Ramsöy", "Nyholm-Kull", "Dahlskog",
               "Vikström-Udd", "Sjölind", "Kvist-Ahlberg", "Rosengård", "Holmgård", "Fagerudd", "Sundroos", "Wahlsten",
               "Brännbacka", "Kronholm", "Fellman", "Hollmérus", "Ekudd"]
WORLD = {
    "sami": (["Inger-Márjá", "Johttit", "Jouni-Ánde", "Rávdná", "Elle-Sunná"],
             ["Aikio-Siltala", "Partapuoli", "Tapiola", "Vars", "Hætta-Guttorm"], ["FI", "NO", "SE"]),
    "estonian": (["Ants", "Tuuli-Mai", "Liisa-Kai", "Sirje"],
                 ["Pukk", "Jõesaar", "Sirel", "Kõrvits", "Leppik", "Raudvere", "Pajusalu"], ["EE", "FI"]),
    "eastslavic": (["Daryna", "Arseniy", "Vasylyna", "Radomyr"],
                   ["Yatsenko", "Kozak", "Fedorenko", "Tymoshchuk", "Prokopenko", "Klymenko", "Vasylenko",
                    "Honcharuk"], ["UA", "RU", "BY", "KZ", "FI"]),
    "turkish": (["Ferhat", "İlkay", "Nurcan", "Onur", "Tuba", "Umut", "Alper", "Merve", "Koray"],
                ["Erdem", "Kocabaş", "Uysal", "Demirci", "Yüksel"], ["TR", "DE", "NL"]),
    "kurdish": (["Çiya", "Delal", "Diyar", "Evîn", "Nûjîn", "Perwîn", "Rêzan", "Şêrko", "Xebat", "Zelal", "Brûsk",
                 "Rûken", "Sîpan"],
                ["Barwari", "Hakkari", "Mizuri", "Berwari", "Herki", "Shwani"], ["IQ", "TR", "IR", "SY"]),
    "persian": (["Behnaz", "Jamshid", "Pegah", "Shahram", "Soraya", "Yalda", "Sepideh", "Hooman", "Mojgan"],
                ["Ahmadzadeh", "Bahrami", "Eskandari", "Haghighi", "Navabi", "Vaziri", "Golestani", "Pourmand",
                 "Sohrabi", "Nikbakht"], ["IR", "AF", "AE", "SE"]),
    "tamil": (["Elakkiya", "Kumaran", "Malarvizhi", "Nandhini", "Pugazhendhi", "Vetrivel", "Mathivanan", "Thenmozhi",
               "Sembiyan", "Kanimozhi", "Ezhil"],
              ["Chelliah", "Kanagaratnam", "Manickam", "Nadarajah", "Paramasivam", "Sinnathamby", "Thambiraj",
               "Yogarajah", "Balasingham", "Murugesu", "Navaratnam", "Selvanayagam"], ["LK", "IN", "MY", "GB"]),
    "filipino": (["Liezl", "Kristel", "Aljon", "Teofilo", "Jonjon"],
                 ["Bagatsing", "Magsaysay", "Quisumbing", "Ventura", "Yulo"], ["PH", "AE", "HK", "JP"]),
    "thai": (["Anong", "Chalerm", "Chatchai", "Malai", "Pairoj", "Sompong", "Waraporn", "Kamol", "Preecha", "Sunee"],
             ["Chaiprasert", "Khamkaew", "Rattanapong", "Wongchai", "Yodkham", "Buranasiri", "Chaowalit"],
             ["TH", "FI", "SE"]),
    "nepali": (["Ganesh", "Hari", "Tika", "Dhan", "Kiran", "Lakpa"],
               ["Koirala", "Bhandari-Koirala", "Lamichhane", "Gyawali"], ["NP", "IN", "AE"]),
    "horn": (["Abeba", "Fikadu", "Habtamu", "Kibrom", "Lemlem", "Fitsum", "Hagos", "Medhanie", "Yemane"],
             ["Fisseha", "Gebreyesus", "Tekeste", "Ghebrehiwet", "Tsegai"], ["ET", "ER", "KE"]),
    "lusophone": (["Custódio", "Eurico", "Henriqueta", "Leocádia", "Marcelino", "Odete", "Rosário", "Severino",
                   "Juçara", "Cleide", "Rogério", "Maísa"],
                  ["Carvalhal", "Fagundes", "Amaral", "Bragança", "Coutinho"], ["PT", "BR"]),
    "hungarian": (["Anikó", "Dénes", "Emőke", "Kálmán", "Lőrinc", "Piroska", "Szilárd", "Bálint", "Tímea"],
                  ["Bodnár", "Csonka", "Deák", "Erdős", "Kelemen", "Sárközi", "Zsigmond", "Bakos"],
                  ["HU", "RO", "SK"]),
    "romanian": (["Cosmin", "Dorina", "Gheorghița", "Iulian", "Liviu", "Mădălina", "Ovidiu", "Viorel", "Crina",
                  "Brândușa"],
                 ["Enache", "Iordache", "Niculescu", "Păun", "Zamfir", "Ardeleanu", "Cristea"], ["RO", "IT", "ES"]),
    "dutch": (["Geert", "Hendrikje", "Jeroen", "Joris", "Kees", "Niek", "Thijs", "Willemijn", "Ymke", "Fenna"],
              ["Bosman", "Groen", "Schouten", "Timmermans", "Veenstra", "Wijnands", "Zwart"], ["NL", "BE"]),
    "scottish": (["Dougal", "Gregor", "Seonaid", "Ishbel"],
                 ["Baird", "Dalgleish", "Forbes", "Innes", "Laing", "McIntyre", "Moncrieff", "Ogilvie", "Tennant",
                  "Wishart"], ["GB", "IE", "CA", "AU", "NZ"]),
}

# Finnish names whose stem grades or takes -kse- (Kelirikko: Kelirikon), and the compounds whose last word inflects on
# its own (Pakkaslahti: Pakkaslahden, Sepänniemi: Sepänniemellä).
IRREGULAR = {"Kelirikko": fi("Kelirikko", "Keliriko", "Kelirikko")}
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))

# ---------------------------------------------------------------------------------------------------------------------
# Pets: their names (many are people's names too) and how a Finnish or Swedish text writes them.

PETS = {"fi": ["Onni", "Venla", "Oskari", "Musti", "Väinö", "Elsa", "Luna", "Milo", "Nala", "Max", "Bella", "Molly",
               "Rocky", "Charlie", "Hertta", "Nalle", "Ressu", "Lumi", "Sisu", "Eetu", "Aino", "Topi"],
        "sv": ["Sigge", "Molly", "Bella", "Majken", "Vilma", "Ludde", "Selma", "Elsa", "Totte", "Nisse",
               "Greta", "Milo", "Kajsa"],
        "en": ["Bella", "Max", "Milo", "Luna", "Charlie", "Rocky", "Molly", "Nala", "Alfie", "Poppy", "Teddy",
               "Biscuit", "Daisy", "Oscar"]}
SPECIES = {"fi": ["koira, labradorinnoutaja", "kissa, maatiainen", "koira, suomenlapinkoira", "kissa, Maine Coon",
                  "koira, Cavalier King Charles -spanieli", "koira, jackrussellinterrieri", "kani", "koira, "
                  "bichon frisé", "koira, gordoninsetteri", "kissa, norjalainen metsäkissa", "koira, kääpiösnautseri"],
           "sv": ["hund, labrador", "katt, huskatt", "hund, Jack Russell-terrier", "katt, norsk skogkatt",
                  "hund, cavalier King Charles spaniel", "kanin", "hund, gordonsetter", "hund, tax"],
           "en": ["dog, Labrador", "DSH", "dog, Jack Russell terrier", "cat, Maine Coon", "dog, Cavalier King "
                  "Charles spaniel", "rabbit", "dog, Gordon setter", "DLH", "dog, cockapoo"]}

# ---------------------------------------------------------------------------------------------------------------------
# Things named after people (car makes and models, rental offices, dealers, clinics, streets): a third party x of the
# same surname is a NAME in a form the thing does not hold, the thing a look-alike.

EPONYMS = {"fi": {"Ford": ["Ford Focus Wagon", "Ford Transit Custom"], "Ferrari": ["Ferrari Roma"],
                  "Porsche": ["Porsche Taycan", "Porsche Center Espoo"],
                  "Citroën": ["Citroën C5 Aircross", "Citroën ë-Berlingo"], "Hertz": ["Hertz Helsinki-Vantaa"],
                  "Sixt": ["Sixt Pasila", "Sixt-vuokraamo Tampere"],
                  "Herriot": ["Eläinlääkäriasema Herriot", "Herriot-klinikka"],
                  "Mannerheim": ["Mannerheimintie 12", "Mannerheimintien eläinklinikka"]},
           "sv": {"Ford": ["Ford Kuga", "Ford Transit"], "Porsche": ["Porsche Cayenne"], "Sixt": ["Sixt Bromma"],
                  "Runeberg": ["Runebergsgatan 4", "Djurkliniken vid Runebergsgatan"],
                  "Herriot": ["Djurkliniken Herriot", "Herriot Smådjursklinik"]},
           "en": {"Halford": ["Halfords", "Halfords Autocentre"], "Goddard": ["Goddards Vets", "Goddards Veterinary "
                                                                           "Group"],
                  "Looker": ["Lookers", "Lookers Ford Manchester"]}}
CAR_EPONYMS = {"Ford", "Ferrari", "Porsche", "Citroën", "Hertz", "Sixt", "Halford", "Looker"}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), generation.People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"car": {"fi": ["autovuokraamo.example.fi", "leasing.example.fi"], "sv": ["biluthyrning.example.se",
                                                                                       "billeasing.example.ax"],
                       "en": ["carhire.example.co.uk", "fleet.example.com"]},
               "vet": {"fi": ["elainklinikka.example.fi", "lemmikkivakuutus.example.fi"],
                       "sv": ["djurklinik.example.se", "djurforsakring.example.fi"],
                       "en": ["vets.example.co.uk", "petinsurance.example.com"]}}
# The shared mailboxes of each service in each language: "mailbox@domain …" split on spaces.
SHARED_BOXES = {
    "car_fi": "vuokraus@autovuokraamo.example.fi sakot@autovuokraamo.example.fi vauriot@leasing.example.fi "
              "yritysasiakkaat@leasing.example.fi",
    "car_en": "bookings@carhire.example.co.uk pcn@carhire.example.co.uk fleet@fleet.example.com",
    "car_sv": "bokning@biluthyrning.example.se skador@biluthyrning.example.se",
    "vet_fi": "ajanvaraus@elainklinikka.example.fi korvaukset@lemmikkivakuutus.example.fi "
              "palaute@elainklinikka.example.fi",
    "vet_en": "reception@vets.example.co.uk claims@petinsurance.example.com",
    "vet_sv": "reception@djurklinik.example.se skadeanmalan@djurforsakring.example.fi"}
CURRENT = {"x": None, "language": "fi", "service": "car"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {pet},
# {pet.case} the message's pet (a look-alike: the Finnish case or the Swedish genitive), {pet2} a second pet, {y.…} a
# person who bears the pet's given name, {nick:a} a's chat handle, {imei:a} the IMEI of the unit in a's car, {otp:a},
# {pwd:a}, {pin:a}, {keybox:a}, {door:a} a's credentials.

def password():
    return DRAW.fill(R.choice(["Auto{3}!{A}k", "{A}uokra-{4}", "t{A}{A}s{2}#vet", "Lemmikki{2}%{A}", "Hyr{A}{3}?b",
                               "p{4}{A}Ve!"]))


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 8]))),
         "pwd": ("CREDENTIAL", password),
         "pin": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{6}"]))),
         "keybox": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{5}", "{A}{4}", "{3}-{3}", "{4}#"]))),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}"]))),
         "spareimei": ("DEVICE_ID", lambda: (lambda n: R.choice([n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}"]))(
             identifiers.luhn(R, R.choice(["35", "86"]), 15)))}


class Writer(generation.TableWriter):
    phones, draws, irregular, secrets = PHONES, DRAW, IRREGULAR, OWNED
    home_weight = 3
    born = (("-", 40, 99), ("A", 0, 7))
    addresses = staticmethod(email_of)
    boxes = staticmethod(lambda language: SHARED_BOXES[f"{CURRENT['service']}_{language}"].split())

    def pet_name(self, key):
        if key not in self.sticky:
            taken = {self.sticky.get("pet"), self.sticky.get("pet2")}
            self.sticky[key] = R.choice([n for n in PETS[self.language] if n not in taken])
        return self.sticky[key]

    def token(self, tok, ppl):
        head, _, case = tok.partition(".")
        if head in ("pet", "pet2"):
            nom = self.pet_name(head)
            return self.look(self.form(nom, case) if case else nom, "pet")
        if "y" not in ppl and tok.rpartition(":")[2].split(".")[0] == "y":
            taken = set().union(*(p.words() for p in ppl.values()))
            while True:
                other = PEOPLE.draw(self.language, "sv" if self.language == "sv" else "fi")
                if not other.words() & taken:
                    break
            ppl["y"] = Person(self.pet_name("pet"), other.surname, other.origin, other.country)
        return super().token(tok, ppl)

    def person(self, p, spec="gs"):
        """As generation.Writer.person, and is: the given name's initial with a full stop and the surname."""
        bits = spec.split(".")
        if bits[0] == "is":
            case = bits[1] if len(bits) > 1 else "nom"
            return self.name(p.given[0] + ".", p.role).say(" ").name(self.form(p.surname, case), p.role)
        return super().person(p, spec)

    def imei(self, p):
        """The IMEI of the telematics unit in p's car, the same wherever the message writes it."""
        return self.ent(self.sticky.setdefault(("imei", id(p)), OWNED["spareimei"][1]()), "DEVICE_ID", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a car rental company's and a veterinary clinic chain's and pet insurer's customer service.

# How each language writes an amount: {w} the whole units, {g} them grouped, {c} the cents.
MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "€{e}.{c}", "GBP {w}.{c}"],
         "sv": ["{g} kr", "{g},{c} kr", "{w},{c} €"]}


def money(language):
    whole = R.choice([R.randint(9, 99), R.randint(100, 999), R.randint(1000, 9000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The car, dealer, rental office, clinic or street named after someone of the surname of this message's x."""
    return R.choice(EPONYMS[CURRENT["language"]][CURRENT["x"].surname])


def vin():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3)) + DRAW.fill("{A}{A}{2}{A}{A}{8}")


def chip():
    """A pet's microchip: 15 digits, a country's code first (246 Finland, 752 Sweden, 826 the UK) or a maker's."""
    n = R.choice(["246", "752", "826", "985", "900"]) + identifiers.digits(R, 12)
    return R.choice([n, f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}", f"{n[:3]}-{n[3:]}"])


CARS = {"fi": ["Toyota Corolla Touring Sports", "Škoda Octavia Combi", "Volkswagen ID.4", "Kia Ceed SW", "Volvo V60",
               "Tesla Model Y", "Toyota RAV4 Hybrid", "Peugeot 308 SW", "Hyundai Kona Electric", "BMW 320d"],
        "sv": ["Volvo XC40", "Volkswagen Passat", "Kia Niro", "Škoda Superb", "Polestar 2", "Toyota Yaris"],
        "en": ["Vauxhall Corsa", "Nissan Qashqai", "Kia Sportage", "VW Golf Estate", "Toyota C-HR", "MG4 EV",
               "Mercedes Vito"]}
TABLES = {
    "car": CARS, "model": CARS,
    "species": SPECIES,
    "station": {"fi": ["Helsinki-Vantaa, P5", "Pasilan asema", "Tampere keskusta", "Oulun lentoasema", "Turku satama",
                       "Rovaniemi lentoasema", "Jyväskylä Vapaudenkatu"],
                "sv": ["Arlanda Terminal 5", "Stockholm City", "Göteborg Landvetter", "Mariehamn hamn", "Vasa centrum"],
                "en": ["London Heathrow T5", "Manchester Piccadilly", "Edinburgh Airport", "Leeds City", "Bristol"]},
    "clinic": {"fi": ["Eläinklinikka Tassula, Espoo", "Pieneläinsairaala Karvakuono", "Eläinlääkäriasema Kulmala",
                      "Tampereen pieneläinklinikka", "Oulun eläinsairaala", "Lemmikkiklinikka Vantaa"],
               "sv": ["Djurkliniken Tassen", "Smådjurssjukhuset i Vasa", "Djursjukhuset Blå Stjärnan",
                      "Mariehamns djurklinik"],
               "en": ["Riverside Veterinary Hospital", "Parkview Vets", "Northgate Animal Clinic",
                      "Hillcrest Referrals"]},
    "carrole": {"fi": ["asiakaspalveluneuvoja", "vuokraamovirkailija", "kalustopäällikkö", "vahinkokäsittelijä"],
                "sv": ["kundtjänstmedarbetare", "stationsansvarig", "skadehandläggare"],
                "en": ["Customer Service Agent", "Fleet Coordinator", "Damage Handler", "Branch Manager"]},
    "vetrole": {"fi": ["eläinlääkäri", "eläinhoitaja", "korvauskäsittelijä", "vastaanottovirkailija"],
                "sv": ["veterinär", "djursjukskötare", "skadehandläggare", "receptionist"],
                "en": ["Veterinary Surgeon", "RVN", "Claims Handler", "Practice Manager"]},
    "carqueue": {"fi": ["Vuokraus", "Sakot ja maksut", "Vahingot", "Yritysasiakkaat"],
                 "sv": ["Bokningar", "Böter", "Skador"], "en": ["Bookings", "PCN & Tolls", "Damage", "Fleet Accounts"]},
    "vetqueue": {"fi": ["Ajanvaraus", "Korvaukset", "Palaute", "Hoitola"], "sv": ["Tidsbokning", "Ersättningar"],
                 "en": ["Appointments", "Claims", "Complaints"]},
    "town": {"fi": ["Espoo", "Vantaa", "Tampere", "Oulu", "Kuopio", "Lappeenranta", "Seinäjoki"],
             "sv": ["Borgå", "Mariehamn", "Uppsala", "Västerås", "Jakobstad"],
             "en": ["Leeds", "Bristol", "Glasgow", "Aberdeen", "Cardiff", "Norwich"]},
    "street": {"fi": ["Tullikatu {n}", "Asemakatu {n} B", "Teollisuustie {n}", "Satamatie {n}", "Koulukatu {n} A 3"],
               "sv": ["Storgatan {n}", "Industrivägen {n}", "Hamngatan {n} B", "Skolgatan {n}"],
               "en": ["{n} Station Road", "{n} Mill Lane", "{n} Harbour Way", "Unit {n}, Airport Park"]},
    "authority": {"fi": ["Helsingin kaupungin pysäköinninvalvonta", "Poliisi, Itä-Uudenmaan poliisilaitos",
                         "Traficom, tienkäyttömaksut", "Tampereen pysäköintivalvonta", "EasyPark-valvonta"],
                  "sv": ["Transportstyrelsen, trängselskatt", "Stockholms stad, parkering", "Polisen, ordningsbot",
                         "Göteborgs Stad, Parkering"],
                  "en": ["Transport for London (ULEZ)", "Westminster City Council", "Dart Charge",
                         "Euro Parking Collection plc", "Police Scotland"]},
    "firm": {"fi": ["Rakennus Kivijalka Oy", "Insinööritoimisto Siltaväli Oy", "Kuljetus Pikatie Oy",
                     "Ohjelmistotalo Koodiverstas Oy"],
             "sv": ["Byggfirma Grundsten AB", "Konsultbolaget Bro Ab"], "en": ["Northfield Consulting Ltd"]},
    "fuel": {"fi": ["täynnä", "3/4", "1/2", "1/4", "akku 78 %", "akku 41 %"],
             "sv": ["full tank", "3/4", "halv", "batteri 64 %"],
             "en": ["full", "7/8", "1/2", "battery 83%", "1/4"]},
}
SERVICE_LINES = {
    "careline": {"fi": ["0600 {2} {3}", "020 {3} {4}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                 "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "roadside": {"fi": ["0800 {3} {3}", "+358 20 {3} {4}"], "en": ["0800 {3} {4}", "+44 330 {3} {4}"],
                 "sv": ["020-{3} {3}", "+46 771 {2} {2} {2}"]},
    "switchboard": {"fi": ["010 {3} {4}", "09 {3} {4}"], "en": ["0113 {3} {4}", "0117 {3} {4}"],
                    "sv": ["08-{3} {2} {2}", "018-{2} {2} {2}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
}
SYSTEMS = {"car": ["Wheels CRM", "RentPro", "Fleetcomplete", "Salesforce Service Cloud", "KeyTrak"],
           "vet": ["Provet Cloud", "VetOnline", "RxWorks", "Zendesk", "Animana"]}

# What stays the same throughout one message.
STICKY = {"plate", "agreement", "unit", "car_fi", "car_en", "car_sv", "system", "chip", "claim", "policy", "vin",
          "fine",
          "clinic_fi", "clinic_en", "clinic_sv", "species_fi", "species_en", "species_sv", "station_fi", "station_en",
          "station_sv"}
LOOKS = {
    "twin": twin, "vin": vin, "chip": chip,
    "plate": lambda: DRAW.fill(R.choice(["{A}{A}{A}-{3}", "{A}{A}{A}-{2}", "{A}{A}{A} {2}{A}", "{A}{A}{2} {A}{A}{A}",
                                         "{A}{A}{A}-{3}"])),
    "plate2": lambda: DRAW.fill(R.choice(["{A}{A}{A}-{3}", "{A}{A}{A} {3}", "{A}{A}{2} {A}{A}{A}"])),
    "agreement": lambda: DRAW.fill(R.choice(["RA{8}", "{3}-{7}", "VS-2026-{6}", "LA/{5}/{2}"])),
    "fine": lambda: DRAW.fill(R.choice(["{10}", "PV {3} {5}", "{A}{A}{8}{A}", "OB-{8}", "{4}-{6}"])),
    "claim": lambda: DRAW.fill(R.choice(["KOR-{7}", "CLM{8}", "{A}{A}-{6}", "SK-2026-{5}"])),
    "policy": lambda: DRAW.fill(R.choice(["LV-{8}", "{3}-{6}-{1}", "POL{7}", "DF {4} {4}"])),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "loyalty": lambda: DRAW.fill(R.choice(["GOLD {3} {3} {3}", "{10}", "FP-{8}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "TUKI-{5}", "ÄR-{6}", "INC{7}"])),
    "cabinet": lambda: DRAW.fill(R.choice(["KC-{2}", "K{1}/{2}", "{1}-{2}"])),
    "fob": lambda: DRAW.fill(R.choice(["FOB-{5}", "{A}{A}{4}", "tag {6}"])),
    "odo": lambda: str(R.randint(1200, 98000)),
    "unit": lambda: DRAW.fill(R.choice(["TU-{6}", "GTX{5}", "unit {4}"])),
    "km": lambda: R.choice([f"{R.randint(3, 189)} {R.randint(0, 999):03d} km", f"{R.randint(1000, 99999)} km"]),
    "miles": lambda: f"{R.randint(1000, 80000):,} miles",
    "weight": lambda: f"{R.randint(2, 44)},{R.randint(0, 9)} kg",
    "age": lambda: str(R.randint(1, 16)),
    "qty": lambda: str(R.randint(1, 12)),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite,
    "orgnr": lambda: (lambda n: f"{n[:6]}-{n[6:]}")(identifiers.luhn(R, R.choice(["556", "559", "502"]), 10)),
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    "system": lambda: R.choice(SYSTEMS[CURRENT["service"]]),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY
for _language in ("fi", "en", "sv"):
    # A role and a queue of the message's service (the rental company's or the clinic's and the insurer's).
    LOOKS[f"role_{_language}"] = lambda language=_language: LOOKS[f"{CURRENT['service']}role_{language}"]()
    LOOKS[f"queue_{_language}"] = lambda language=_language: LOOKS[f"{CURRENT['service']}queue_{language}"]()

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the renter, lessee, company-car user or corporate booker whose case
# it is; the pet's owner); a-h are third parties; k shares the subject's surname (a spouse, a child, a parent); x bears
# a surname that a car, a dealer, a rental office, a clinic or a street also bears; y bears the pet's name.

SHAPES = [
    # ---- Finnish: car rental and fleet leasing
    ("vuokrasopimus_fi", "fi",
     "VUOKRASOPIMUS {L:agreement} ({L:system})\n\nVuokraaja: {s.SG}\nPuhelin: {phone:s}\nSähköposti: {mail:s}\n"
     "Henkilötunnus: {hetu:s}\nLisäkuljettajat: {k.SG}, {a.SG} (puh. {phone:a})\n\nAuto: {L:car} {L:plate}, "
     "VIN {L:vin}\nNouto: {L:station} {L:date_fi} klo {L:hour}, mittarilukema {L:km}, polttoaine {L:fuel}\n"
     "Palautus: {L:station} {L:date_fi}\n\nVirkailija {b.gs} ({user:b}): {s.g} pyysi lisäkuljettajaksi myös "
     "{c.gs.gen}, mutta {c.g.gen} ajokortti ei ollut mukana. {k.g.all} ja {a.gs.all} luettu ehdot. Takuu "
     "{L:amount_fi}. Auto ei ole {x.gs.gen} varaama ({L:twin}).\n"),
    ("luovutus_fi", "fi",
     "Luovutus- ja palautustarkastus {L:agreement}\n{L:car}, {L:plate}\n\nLUOVUTUS {L:date_fi} {L:hour}\n"
     "Luovuttaja: {a.gs}\nVastaanottaja: {s.gs} ({phone:s})\nMittarilukema: {L:km} | Polttoaine: {L:fuel}\n"
     "Vauriot: takapuskurissa naarmu (kuva 1)\n\nPALAUTUS {L:date_fi} {L:hour}\nPalauttaja: {k.gs} "
     "vuokraajan puolesta\nTarkastaja: {b.gs}\nMittarilukema: {L:km} | Polttoaine: {L:fuel}\nUudet vauriot: "
     "kivenisku tuulilasissa\n\nAvain palautettu avainkaappiin {L:cabinet}; kaapin koodi annettiin {k.g.all}: "
     "{keybox:k}. Tarkastuksen kuittasi {b.gs.gen} esihenkilö {c.gs}. Tiedoksi {d.gs.all}.\n"),
    ("vahinkoilmoitus_fi", "fi",
     "Vahinkoilmoitus {L:claim} – vuokrasopimus {L:agreement}\n\nKuljettaja: {s.gs}, {phone:s}\nAjoneuvo: "
     "{L:car} {L:plate}\nAika ja paikka: {L:date_fi} klo {L:hour}, {L:street}, {L:town}\n\nToinen osapuoli: "
     "{a.gs}, {phone:a}, auto {L:plate2}, vakuutusyhtiö Pohjola\nTodistajat: {b.gs} ({phone:b}) ja {c.gs}\n\n"
     "Kuvaus: {a.g} peruutti parkkiruudusta suoraan kylkeen. Kyydissä oli {k.gs}. Paikalle tuli poliisipartio, "
     "konstaapeli {d.gs}. Hinaus {L:roadside}.\n\nVahinkokäsittelijä {e.gs}: vastuu {a.gs.abl}; "
     "omavastuu {L:amount_fi} palautetaan. Ei koske {x.gs.all} ({L:twin}).\n"),
    ("pysakointivirhe_fi", "fi",
     "Aihe: Pysäköintivirhemaksu {L:fine} / {L:plate}\n\nHei {s.g},\n\n{L:authority} on lähettänyt meille "
     "pysäköintivirhemaksun {L:fine} ({L:amount_fi}), joka on annettu {L:date_fi} klo {L:hour} osoitteessa "
     "{L:street}. Auto ({L:car}) oli tuolloin vuokrattuna sinulle sopimuksella {L:agreement}. Viranomainen "
     "pyytää ilmoittamaan kuljettajan. Jos autoa ajoi joku muu, kerro hänen nimensä ja osoitteensa.\n\n"
     "Terveisin {a.gs}, {L:role}\n\n---\nVastaus: Autoa ajoi kollegani {b.gs}, {L:street}, {L:town}, "
     "puh. {phone:b}. Hänen esihenkilönsä {c.gs} voi vahvistaa. t. {s.gs}, {phone:s}\n\nMerkintä ({a.gs}): "
     "kuljettajaksi nimetty {b.gs}; tieto viranomaiselle {L:date_fi}. Käsittelymaksu {L:amount_fi} "
     "{s.gs.all}.\n"),
    ("kuljettaja_nimetty_fi", "fi",
     "Aihe: Vastaus kuljettajatiedusteluun – ajoneuvo {L:plate}\n\nHei,\n\nsain viestinne, jossa kysytte "
     "kuka ajoi yritysautoa {L:car} {L:date_fi} klo {L:hour}, kun automaattinen nopeusvalvonta kuvasi sen. "
     "Autoa ajoi silloin poikani {k.gs} (hetu {hetu:k}), puhelin {phone:k}. Minä, {s.gs}, olen auton "
     "haltija työnantajani {L:firm} kautta.\n\n{s.gs}\n{phone:s}\n\n---\nKäsittelijä {a.gs} "
     "({user:a}): tiedusteluun {L:fine} vastattu, kuljettajaksi {k.gs}; tieto kalustopäällikkö {b.gs.all} "
     "({mail:b}). {x.gs.abl} ei kysytty mitään ({L:twin}).\n"),
    ("autoetu_csv_fi", "fi",
     "Aihe: Autoetulista {L:date_fi}\n\nHei, tässä päivitetty lista käyttäjistä. t. {a.gs}, kalustopäällikkö, "
     "{phone:a}\n\nsukunimi;etunimi;rekisteri;malli;puhelin;sähköposti;aloitus\n{s.s};{s.g};{L:plate};{L:model};"
     "{phone:s.e164};{mail:s};{L:date_fi}\n{b.s};{b.g};{L:plate2};{L:model};{phone:b.e164};{mail:b};{L:date_fi}\n"
     "{c.s};{c.g};{L:plate2};{L:model};{phone:c.e164};{mail:c};{L:date_fi}\n{d.s};{d.g};{L:plate2};{L:model};;;"
     "{L:date_fi}\n\nHuom. {d.gs.gen} sopimus päättyy, auto siirtyy {e.gs.all}. {s.g.gen} leasingsopimus "
     "{L:agreement}, kilometrit {L:km}.\n"),
    ("telematiikka_fi", "fi",
     "Telematiikkaraportti {L:plate} ({L:car}) – {L:system}\nLaite {L:unit}, IMEI {imei:s}\nKäyttäjä: "
     "{s.sgc}\n\n{L:stamp} KIRJAUTUMINEN {user:s} (avaimenperä {L:fob})\n{L:stamp} AJO ALKOI {L:km}\n"
     "{L:stamp} YLINOPEUS 92/80\n{L:stamp} AJO PÄÄTTYI {L:km}\n{L:stamp} KIRJAUTUMINEN {user:a} "
     "(avaimenperä {L:fob})\n{L:stamp} AJO ALKOI {L:km}\n\nKalustopäällikön huomio ({b.gs}, {user:b}): "
     "{a.gs} ajoi autoa {s.gs.gen} lomalla ilman ajopäiväkirjamerkintää. Varalaitteen IMEI {spareimei:s}. "
     "Tiedoksi {c.gs.all}, {phone:c}.\n"),
    ("avainkaappi_fi", "fi",
     "Avainkaapin tapahtumaloki – {L:station}\n\n{L:stamp} | {user:a} | KAAPPI AUKI | lokero {L:qty} | "
     "{L:plate}\n{L:stamp} | {user:s} | AVAIN OTETTU | {L:fob} | {L:plate}\n{L:stamp} | {user:b} | "
     "AVAIN PALAUTETTU | {L:fob} | {L:plate2}\n{L:stamp} | huolto | KOODI VAIHDETTU\n\nViesti "
     "asiakkaalle {s.gs.all} ({phone:s}): Autosi {L:car} {L:plate} odottaa avainkaapissa {L:cabinet}. "
     "Noutokoodi {keybox:s}. Jos auton hakee {k.gs}, anna koodi vain hänelle.\n\nAsemapäällikkö {c.gs}, "
     "{phone:c}. Yöpäivystys {d.gs}.\n"),
    ("tiepalvelu_fi", "fi",
     "Tiepalvelun puhelumuistio {L:stamp}\nSOITTAJA: {s.gs}, {phone:s} (vuokraaja, sopimus {L:agreement})\n"
     "AUTO: {L:car} {L:plate}, {L:km}\nSIJAINTI: vt 4, {L:town}, levähdysalue\nVIKA: akku tyhjä, "
     "auto ei käynnisty\n- kyydissä puoliso {k.gs} ja lapset\n- kaveri {a.gs} ({phone:a}) lähtenyt "
     "hakemaan\n- ohjattu hinaukseen, hinausauton kuljettaja {b.gs}, {phone:b}\nTIEPALVELU: {L:roadside}, "
     "hätätilanteessa {L:emergency}\nKIRJANNUT: {c.gs} ({user:c}); korvaava auto {L:plate2} {L:station}, "
     "luovuttaa {d.gs}. {x.gs.all} ei ilmoitettu ({L:twin}).\n"),
    ("takuuveloitus_fi", "fi",
     "Aihe: Varaus kortillani {L:agreement}\n\nHei,\n\nkorttini {card:s} näkyy edelleen {L:amount_fi} "
     "varaus, vaikka palautin auton {L:date_fi}. Auton palautti kanssani {k.gs}, ja tarkastaja {a.gs} "
     "kuittasi kaiken kunnossa olevaksi.\n\n{s.gs}\n{phone:s}\n\n---\nVastaus ({b.gs}): takuuvaraus "
     "vapautettu {L:stamp}; pankin käsittely 5–10 päivää. Tiedoksi {c.gs.all}. Tankkausmaksu {L:amount_fi} "
     "peruttu, koska {a.g} merkitsi polttoaineeksi {L:fuel}.\n"),
    ("varausbotti_fi", "fi",
     "Keskusteluloki {L:ticket} ({L:system})\n{L:hour} Varausbotti: Hei! Kerro varausnumerosi.\n{L:hour} "
     "{nick:s}: {L:agreement}\n{L:hour} Varausbotti: Löysin varauksen nimellä {s.sg}. Miten voin auttaa?\n"
     "{L:hour} {nick:s}: haluan lisätä kuljettajaksi vaimoni {k.gs.gen} ja kaverin {a.gs.gen}\n{L:hour} "
     "Varausbotti: Siirrän sinut asiakaspalveluun.\n{L:hour} {b.g} (asiakaspalvelu): Hei {s.g}, olen {b.g}. "
     "Lisään {k.g.gen}. Tarvitsen {a.g.gen} puhelinnumeron.\n{L:hour} {nick:s}: {phone:a}\n{L:hour} {b.g} "
     "(asiakaspalvelu): Kiitos, lisätty. Vahvistuskoodi tulee numeroosi {phone:s}: {otp:s}\n"),
    ("yritystili_fi", "fi",
     "Aihe: Yritysvaraus – {L:firm}, asiakasnumero {L:loyalty}\n\nHei,\n\nvaraan yrityksemme tilille "
     "kolme autoa messuviikolle {L:date_fi} alkaen:\n1. {a.SG} – {L:model}, nouto {L:station}\n2. {b.SG} – "
     "{L:model}, nouto {L:station}\n3. {c.SG} – {L:model}, lisäkuljettaja {d.SG}\nLaskutus: viite {L:viite}, "
     "Y-tunnus {L:ytunnus}\n\n{s.gs}\nassistentti, {phone:s}\n{mail:s}\n\nMerkintä ({e.gs}): varaukset tehty; "
     "{c.gs.gen} kuljettajatiedot puuttuvat. Yhteyshenkilö {f.gs.all} lähetetty vahvistus.\n"),
    # ---- Finnish: veterinary clinic chain and pet insurer
    ("ajanvaraus_fi", "fi",
     "Ajanvaraus – {L:clinic}\n\nPotilas: {pet} ({L:species}), {L:age} v, siru {L:chip}\nOmistaja: {s.gs}, "
     "{phone:s}, {mail:s}\nTuoja: {k.gs} (puoliso), {phone:k}\nAika: {L:date_fi} klo {L:hour}, "
     "eläinlääkäri {a.gs}, hoitaja {b.gs}\nSyy: {pet.gen} rokotus ja hampaiden tarkastus\n\nOmistajan viesti: "
     "{pet} pelkää autoa, tuomme hänet kantokopassa. Naapurin poika {y.g.all} on annettu varakoodi ovelle "
     "{door:y}.\n\nVastaanotto ({c.gs}): varattu, muistutus tekstiviestillä. Ei {x.gs.gen} potilas ({L:twin}).\n"),
    ("lahete_fi", "fi",
     "LÄHETE erikoiseläinlääkärille\n\nLähettäjä: ELL {a.gs}, {L:clinic}, {phone:a}\nVastaanottaja: "
     "erikoiseläinlääkäri {b.gs} (ortopedia)\n\nPotilas: {pet}, {L:species}, {L:age} v, {L:weight}\nOmistaja: "
     "{s.gs}, {phone:s}\n\nEsitiedot: {pet.gen} takajalan ontuminen 3 vk. Röntgen {L:date_fi}: epäily "
     "ristisidevammasta. Omistaja toivoo leikkausta, maksaa vakuutus ({L:policy}).\n\nYhteystiedot: "
     "omistajan puoliso {k.gs}, {phone:k}. Hoitaja {c.gs} lähettää kuvat. Ei {x.gs.all} ({L:twin}).\n"),
    ("laboratorio_fi", "fi",
     "Aihe: {pet.gen} laboratoriotulokset\n\nHei {s.g},\n\n{pet.gen} verikokeiden tulokset tulivat "
     "{L:date_fi}. Munuaisarvot ovat hieman koholla, maksa-arvot normaalit. Suosittelen kontrollia kuukauden "
     "päästä ja munuaisdieettiä. Voitte varata ajan {L:switchboard} tai sähköpostilla.\n\nYstävällisin "
     "terveisin\n{a.gs}\neläinlääkäri, {L:clinic}\n\n---\n{L:date_fi} {s.gs} <{mail:s}> kirjoitti:\n> Onko "
     "tuloksia jo? Mieheni {k.gs} soitti eilen, ja hoitaja {b.gs} lupasi soittaa takaisin numeroon "
     "{phone:k}.\n"),
    ("korvaushakemus_fi", "fi",
     "Korvaushakemus {L:claim} – lemmikkivakuutus {L:policy}\n\nVakuutuksenottaja: {s.gs}\nHenkilötunnus: "
     "{hetu:s}\nPuhelin: {phone:s}\nTilinumero: {iban:s}\n\nEläin: {pet}, {L:species}, siru {L:chip}\n"
     "Hoitopäivä: {L:date_fi}, {L:clinic}, ELL {a.gs}\nLasku: {L:invoice}, {L:amount_fi}\nDiagnoosi: "
     "vierasesine suolistossa, leikkaus\n\nLisätietoja antaa puolisoni {k.gs}, {phone:k}.\n\n"
     "Korvauskäsittelijä {b.gs}: korvataan {L:amount_fi} omavastuun jälkeen; klinikan laskun tarkisti "
     "{c.gs}. Tiedoksi {d.gs.all}.\n"),
    ("omistajanvaihdos_fi", "fi",
     "Aihe: Omistajanvaihdos – {pet}, siru {L:chip}\n\nHei,\n\nluovutan koirani {pet.gen} uudelle omistajalle "
     "{a.gs.all} ({hetu:a}), {L:street}, {L:town}, puh. {phone:a}. Vakuutus {L:policy} päättyy minun "
     "osaltani {L:date_fi}. Minun henkilötunnukseni on {hetu:s}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Käsittelijä {b.gs} ({user:b}): omistaja vaihdettu rekisteriin; vahvistus {a.gs.all} ja {s.gs.all}. "
     "Rokotukset hoitanut ELL {c.gs}, {L:clinic}. {x.gs.abl} ei ole vakuutusta ({L:twin}).\n"),
    ("hoitola_fi", "fi",
     "Hoitola- ja trimmausvaraus {L:ticket}\n\nAsiakas: {s.gs}, {phone:s}\nEläimet: {pet} ({L:species}) ja "
     "{pet2}\nHoitola: {L:date_fi} alkaen, {L:qty} yötä\nTrimmaus: {L:date_fi} klo {L:hour}, trimmaaja {a.gs}\n"
     "Tuoja: {s.g}; noutaja: tytär {k.gs}, {phone:k}\nHätäyhteys: {b.gs}, {phone:b}\n\nErityisohjeet: "
     "{pet.all} lääke aamuin illoin, {pet2} ei saa olla muiden koirien kanssa. Takaoven koodi henkilökunnalle "
     "{door:c} (hoitaja {c.gs}).\n"),
    ("sirurekisteri_fi", "fi",
     "Aihe: Löytökoira – sirutiedustelu\n\nHei, löysimme koiran {L:town}, {L:street}. Klinikka "
     "{L:clinic} luki sirun: {L:chip}. Koira on nyt luonamme. Soittakaa {phone:a}. t. {a.gs}\n\n---\n"
     "Rekisterin merkintä ({b.gs}): siru rekisteröity {s.gs.all}, {phone:s}; koiran nimi {pet}. Omistajaa ei "
     "tavoitettu; viesti jätetty myös {k.gs.all}, {phone:k}. {s.g} soitti {L:hour} ja hakee {pet.gen} "
     "illalla. Kiitos löytäjälle {a.gs.all}.\n"),
    ("audit_klinikka_fi", "fi",
     "Potilasjärjestelmän lokimerkinnät ({L:system}) – potilas {pet}, omistaja {s.sgc}\n\n{L:stamp} {user:a} "
     "AVASI potilaskortin\n{L:stamp} {user:b} LISÄSI reseptin (eläinlääkäri {b.sgc})\n{L:stamp} {user:c} "
     "MUUTTI omistajan puhelinnumeron: {phone:s}\n{L:stamp} {user:a} TULOSTI laskun {L:invoice}\n"
     "{L:stamp} {user:d} KATSOI potilaskortin (ei hoitosuhdetta)\n\nTietosuojavastaava {e.gs}: {d.gs.gen} "
     "katselu selvitetään; {d.sgc} on omistajan {s.gs.gen} naapuri. Tiedoksi {f.gs.all}, {phone:f}.\n"),
    ("muistutus_sms_fi", "fi",
     "Tekstiviestiloki – {L:clinic} ({L:system})\n\n{L:stamp} → {phone:s.msisdn}: Muistutus: {pet.gen} "
     "rokotus {L:date_fi} klo {L:hour}, ELL {a.is}. Peru vastaamalla PERU.\n{L:stamp} → {num.msisdn}: "
     "Muistutus: lemmikkisi tarkastus {L:date_fi}.\n{L:stamp} ← {phone:s.msisdn}: PERU\n{L:stamp} → "
     "{phone:k.msisdn}: Hei {k.g}, {pet2} on valmis haettavaksi.\n{L:stamp} → {num.msisdn}: Muistutus: "
     "hammashoito {L:date_fi}.\n\nViestit lähetti {b.gs} ({user:b}); {s.gs.gen} aika siirretty "
     "{c.gs.all}.\n"),
    ("valitus_ell_fi", "fi",
     "Aihe: Valitus eläinlääkärin toiminnasta\n\nHei,\n\nvein kissani {pet.gen} {L:clinic} {L:date_fi}. "
     "Eläinlääkäri {a.gs} ei tutkinut {pet.par} kunnolla ja määräsi väärän lääkkeen. Hoitaja {b.gs} "
     "yritti auttaa. Seuraavana päivänä päivystyksessä ELL {c.gs} totesi virtsatietukoksen. Lasku "
     "{L:invoice}, {L:amount_fi}.\n\nPyydän hyvitystä tilille {iban:s}.\n\n{s.gs}\n{phone:s}\n\n---\n"
     "Klinikkapäällikkö {d.gs}: selvitetään {a.gs.gen} kanssa; potilasasiamies {e.gs}. Ei koske "
     "{x.gs.all} ({L:twin}).\n"),
]

SHAPES += [
    # ---- English: car hire and fleet leasing
    ("rental_en", "en",
     "RENTAL AGREEMENT {L:agreement}\n\nMain driver: {s.GS}\nMobile: {phone:s}\nEmail: {mail:s}\nAdditional "
     "drivers: {k.GS}; {a.GS} (tel. {phone:a})\nVehicle: {L:car}, reg. {L:plate}, VIN {L:vin}\nOut: {L:station}, "
     "{L:date_en} {L:hour}, {L:miles}, fuel {L:fuel}\nDue back: {L:date_en}\nDeposit: {L:amount_en} held on card "
     "{card:s}\n\nCounter notes ({b.gs}, {user:b}): {s.g} asked to add {c.gs} too; declined, licence not "
     "shown. {k.g} and {a.g} signed. Booked through {L:twin}; {x.gs} is not a driver.\n"),
    ("pcn_en", "en",
     "Subject: Penalty Charge Notice {L:fine} – {L:plate}\n\nDear {s.g} {s.s},\n\n{L:authority} has issued a "
     "Penalty Charge Notice ({L:amount_en}) for the vehicle {L:car} {L:plate} on {L:date_en} at {L:hour}. Our "
     "records show the vehicle was hired to you under agreement {L:agreement}. The authority asks us to name "
     "the driver. If someone else was driving, please reply with their full name and address.\n\n{a.gs}\n"
     "{L:role}\n\n---\nReply: It was my colleague {b.gs}, {L:street}, {L:town}, mobile {phone:b}. Our fleet "
     "manager {c.gs} ({mail:c}) can confirm. {s.gs}, {phone:s}\n\nNote ({a.gs}): driver named as {b.gs}; "
     "admin fee {L:amount_en} charged to {s.gs}.\n"),
    ("damage_en", "en",
     "Damage report {L:claim} – agreement {L:agreement}\n\nDriver: {s.gs} ({phone:s})\nVehicle: {L:car} "
     "{L:plate}, {L:miles}\nWhen/where: {L:date_en} {L:hour}, {L:street}, {L:town}\nThird party: {a.gs}, "
     "{phone:a}, vehicle {L:plate2}\nWitnesses: {b.gs} ({phone:b}); {c.gs}\nPassenger: {k.gs}\n\nStatement: "
     "{a.g} pulled out of a side road without looking. Police attended, PC {d.gs}.\n\nHandler {e.gs}: "
     "liability accepted by {a.g}'s insurer; excess {L:amount_en} refunded. Repairs at {L:twin}; {x.gs} "
     "not involved.\n"),
    ("fleet_pipe_en", "en",
     "Subject: Company car list – Q{L:qty} update\n\nHi, updated list below. Thanks, {a.gs} (fleet manager, "
     "{phone:a})\n\n| Surname | First name | Reg | Model | Mobile | Email |\n|---|---|---|---|---|---|\n"
     "| {s.s} | {s.g} | {L:plate} | {L:model} | {phone:s.e164} | {mail:s} |\n| {b.s} | {b.g} | {L:plate2} | "
     "{L:model} | {phone:b.e164} | {mail:b} |\n| {c.s} | {c.g} | {L:plate2} | {L:model} | {phone:c.e164} | "
     "{mail:c} |\n| {d.s} | {d.g} | {L:plate2} | {L:model} | | |\n\n{d.gs} leaves on {L:date_en}; car goes "
     "to {e.gs}. {s.g}'s lease {L:agreement} ends at {L:miles}. Servicing at {L:twin} ({x.gs} is not on the "
     "list).\n"),
    ("telematics_en", "en",
     "Telematics export {L:plate} ({L:car}) – {L:system}\nunit,imei,driver,event,time,odometer\n{L:unit},"
     "{imei:s},{s.sg},LOGIN {user:s},{L:iso},{L:odo}\n{L:unit},{imei:s},{s.sg},HARSH_BRAKE,{L:iso},"
     "{L:odo}\n{L:unit},{imei:s},{a.sg},LOGIN {user:a},{L:iso},{L:odo}\n\nFleet coordinator {b.gs} "
     "({user:b}): {a.gs} drove {s.g}'s car while {s.g} was on leave; fob {L:fob}. Spoken to {c.gs}, "
     "{phone:c}.\n"),
    ("roadside_en", "en",
     "Roadside assistance – call note {L:stamp}\nCaller: {s.gs}, {phone:s} (hirer, {L:agreement})\nVehicle: "
     "{L:car} {L:plate}\nLocation: M6 southbound, J{L:qty}\nFault: puncture, no spare\n- travelling with "
     "{k.gs} and a dog\n- friend {a.gs} ({phone:a}) on the way\n- recovery driver {b.gs}, {phone:b}, ETA "
     "{L:hour}\nLines: roadside {L:roadside}, emergency {L:emergency}\nLogged by {c.gs} ({user:c}); "
     "replacement {L:plate2} from {L:station}, handed over by {d.gs}.\n"),
    ("botchat_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} HireBot: Hi! What's your booking number?\n{L:hour} {nick:s}: "
     "{L:agreement}\n{L:hour} HireBot: Found it, booking for {s.gs}. How can I help?\n{L:hour} {nick:s}: "
     "add my partner {k.gs} and my mate {a.gs} as drivers\n{L:hour} HireBot: Passing you to an agent.\n"
     "{L:hour} Agent {b.g}: Hi {s.g}, {b.g} here. {a.g}'s mobile?\n{L:hour} {nick:s}: {phone:a}\n{L:hour} "
     "Agent {b.g}: Added. Your verification code is {otp:s}; your online account password was reset to "
     "{pwd:s}.\n"),
    ("corporate_en", "en",
     "Subject: Corporate booking – account {L:loyalty}\n\nHello,\n\nplease book for our sales team "
     "from {L:date_en} for {L:qty} days:\n- {a.SG}, {L:model}, pick-up {L:station}\n- {b.SG}, {L:model}, pick-up "
     "{L:station}\n- {c.SG}, {L:model}, extra driver {d.SG}\nInvoice to PO {L:invoice}.\n\n{s.gs}\nOffice "
     "manager | {phone:s} | {mail:s}\n\n---\nNote ({e.gs}): confirmed; {c.gs} needs to bring licence. "
     "Confirmation sent to {f.gs}.\n"),
    # ---- English: veterinary practice and pet insurer
    ("appointment_en", "en",
     "Appointment – {L:clinic}\n\nPatient: {pet}, {L:species}, {L:age} y, {L:weight}\nMicrochip: {L:chip}\n"
     "Owner: {s.gs}, {phone:s}, {mail:s}\nBrought in by: {k.gs} ({phone:k})\nWhen: {L:date_en} {L:hour} with "
     "{a.gs} MRCVS, nurse {b.gs} RVN\nReason: booster and nail clip\n\nReception ({c.gs}): owner says {pet} "
     "hates the car. Online account user {user:s}. Not {x.gs}'s patient ({L:twin}).\n"),
    ("referral_en", "en",
     "REFERRAL\n\nFrom: {a.gs} BVSc, {L:clinic}, {phone:a}\nTo: {b.gs}, RCVS Specialist in Cardiology\n\n"
     "Patient: {pet}, {L:species}, {L:age} y\nOwner: {s.gs}, {phone:s}\nInsurer policy: {L:policy}\n\n"
     "History: grade 4 murmur, coughing at night. Echo requested. Owner's partner {k.gs} will bring {pet}; "
     "contact {k.g} on {phone:k}. Nurse {c.gs} will send the bloods.\n"),
    ("claim_en", "en",
     "Pet insurance claim {L:claim} – policy {L:policy}\n\nPolicyholder: {s.gs}\nPhone: {phone:s}\nEmail: "
     "{mail:s}\nPet: {pet} ({L:species}), chip {L:chip}\nTreatment: {L:date_en}, {L:clinic}, vet {a.gs}\n"
     "Invoice: {L:invoice}, {L:amount_en}\nPay to: {iban:s}\n\nClaims handler {b.gs}: {L:amount_en} after excess. "
     "Vet's notes checked with {c.gs}. Copy to {d.gs}. Not linked to {x.gs} ({L:twin}).\n"),
    ("labresults_en", "en",
     "Subject: {pet}'s blood results\n\nHi {s.g},\n\n{pet}'s bloods came back on {L:date_en}. Kidney values are a "
     "little high; liver fine. I'd like to recheck in four weeks. Call us on {L:switchboard} to book.\n\n"
     "Kind regards\n{a.gs}\nVeterinary Surgeon, {L:clinic}\n\n---\nOn {L:date_en}, {s.gs} <{mail:s}> wrote:\n"
     "> Any news? My husband {k.gs} rang yesterday; {b.gs} said she'd call him back on {phone:k}.\n"),
    ("chip_en", "en",
     "Subject: Found dog – microchip enquiry\n\nHello, we found a dog on {L:street}, {L:town}. {L:clinic} "
     "scanned the chip: {L:chip}. Please call {a.gs} on {phone:a}.\n\n---\nDatabase note ({b.gs}): chip "
     "registered to {s.gs}, {phone:s}; pet name {pet}. Owner not answering; message left for {k.gs} on "
     "{phone:k}. {s.g} called back at {L:hour} and will collect {pet} tonight. Thanks sent to {a.gs}.\n"),
    ("complaint_en", "en",
     "Subject: Complaint about the vet\n\nI took my cat {pet} to {L:clinic} on {L:date_en}. {a.gs} barely "
     "examined {pet} and sent us home. Nurse {b.gs} was kind. Next day the out-of-hours vet, {c.gs}, found a "
     "blocked bladder. Invoice {L:invoice}, {L:amount_en}.\n\nPlease refund to card {card:s}.\n\n{s.gs}\n"
     "{phone:s}\n\n---\nPractice manager {d.gs}: reviewing with {a.g}; {e.gs} at {L:twin} is not involved "
     "({x.gs} either).\n"),
]

SHAPES += [
    # ---- Swedish: car rental and fleet leasing
    ("hyresavtal_sv", "sv",
     "HYRESAVTAL {L:agreement}\n\nHyrestagare: {s.SG}\nMobil: {phone:s}\nE-post: {mail:s}\nExtra förare: "
     "{k.SG}, {a.SG} ({phone:a})\nBil: {L:car} {L:plate}, VIN {L:vin}\nUtlämning: {L:station} {L:date_sv} "
     "kl. {L:hour}, {L:km}, {L:fuel}\nDeposition: {L:amount_sv} reserverat på kort {card:s}\n\nAnteckning "
     "({b.gs}, {user:b}): {s.g} ville lägga till {c.gs} som förare; körkort saknades. {x.gs.gen} bokning "
     "via {L:twin} är en annan.\n"),
    ("trangselskatt_sv", "sv",
     "Ämne: Trängselskatt och parkeringsanmärkning – {L:plate}\n\nHej {s.g}!\n\n{L:authority} har skickat oss "
     "en avgift {L:fine} ({L:amount_sv}) för {L:car} {L:plate} den {L:date_sv} kl. {L:hour}. Bilen var "
     "uthyrd till dig ({L:agreement}). Om någon annan körde, uppge förarens namn och adress.\n\n{a.gs}, "
     "{L:role}\n\n---\nSvar: Min svåger {b.gs} körde, {L:street}, {L:town}, mobil {phone:b}. Hans chef "
     "{c.gs} kan intyga. /{s.gs}, {phone:s}\n\nAnteckning ({a.gs}): föraren {b.gs.gen} uppgifter "
     "vidarebefordrade.\n"),
    ("skada_sv", "sv",
     "Skadeanmälan {L:claim}\n\nFörare: {s.gs}, {phone:s}\nBil: {L:car} {L:plate}\nTid och plats: "
     "{L:date_sv} kl. {L:hour}, {L:street}, {L:town}\nMotpart: {a.gs}, {phone:a}, bil {L:plate2}\nVittnen: "
     "{b.gs} ({phone:b}), {c.gs}\nPassagerare: {k.gs}\n\n{a.g} körde mot rött. Polis på plats: {d.gs}.\n\n"
     "Skadehandläggare {e.gs}: {a.g.gen} försäkringsbolag ersätter; självrisk {L:amount_sv} återbetalas. "
     "{x.gs.gen} bil ({L:twin}) berörs inte.\n"),
    ("nyckelskap_sv", "sv",
     "Nyckelskåpslogg – {L:station}\n\n{L:stamp}  {user:a}  SKÅP ÖPPNAT  fack {L:qty}  {L:plate}\n{L:stamp}"
     "  {user:s}  NYCKEL UTTAGEN  {L:fob}\n{L:stamp}  {user:b}  NYCKEL ÅTERLÄMNAD  {L:fob}  {L:plate2}\n\n"
     "SMS till {s.gs} ({phone:s}): Din bil {L:car} {L:plate} finns i nyckelskåp {L:cabinet}. Kod "
     "{keybox:s}. Hämtar {k.gs} bilen, ge koden bara till henne.\n\nStationsansvarig {c.gs}, {phone:c}. "
     "Telematikenhet {L:unit}, IMEI {imei:s}.\n"),
    ("flotta_sv", "sv",
     "Ämne: Förmånsbilar {L:date_sv}\n\nHej, uppdaterad lista. /{a.gs}, fordonsansvarig, {phone:a}\n\n"
     "efternamn,förnamn,regnr,modell,mobil,e-post\n{s.s},{s.g},{L:plate},{L:model},{phone:s.e164},{mail:s}\n"
     "{b.s},{b.g},{L:plate2},{L:model},{phone:b.e164},{mail:b}\n{c.s},{c.g},{L:plate2},{L:model},"
     "{phone:c.e164},{mail:c}\n\n{c.g.gen} avtal upphör {L:date_sv}; bilen går till {d.gs}. {s.g.gen} "
     "leasingavtal {L:agreement}, {L:km}.\n"),
    # ---- Swedish: veterinary clinic and pet insurer
    ("tidsbokning_sv", "sv",
     "Tidsbokning – {L:clinic}\n\nPatient: {pet.gen} årliga kontroll, {L:species}, {L:age} år\nChip: "
     "{L:chip}\nÄgare: {s.gs}, {phone:s}, {mail:s}\nKommer med: {k.gs} ({phone:k})\nTid: {L:date_sv} kl. "
     "{L:hour}, veterinär {a.gs}, djursjukskötare {b.gs}\n\nÄgaren skriver: {pet.gen} vaccination också, "
     "tack. Grannen {y.gs} har nyckel om vi är sena.\n\nReceptionen ({c.gs}): bokat. {x.gs.gen} patient "
     "({L:twin}) är en annan.\n"),
    ("forsakring_sv", "sv",
     "Skadeanmälan djurförsäkring {L:claim} – försäkring {L:policy}\n\nFörsäkringstagare: {s.gs}\nTelefon: "
     "{phone:s}\nKonto: {iban:s}\nDjur: {pet.gen} behandling, {L:species}, chip {L:chip}\nKlinik: {L:clinic}, "
     "veterinär {a.gs}, {L:date_sv}\nFaktura: {L:invoice}, {L:amount_sv}\n\nHandläggare {b.gs}: ersätts med "
     "{L:amount_sv} efter självrisk. Journal kontrollerad av {c.gs}. Kopia till {d.gs}.\n"),
    ("agarbyte_sv", "sv",
     "Ämne: Ägarbyte – {pet.gen} registrering, chip {L:chip}\n\nHej! Jag lämnar över min hund till {a.gs}, "
     "{L:street}, {L:town}, tel. {phone:a}. Försäkringen {L:policy} ska upphöra för min del {L:date_sv}.\n\n"
     "{s.gs}\n{phone:s}\n\n---\nHandläggare {b.gs} ({user:b}): ägarbyte registrerat; bekräftelse till "
     "{a.gs} och {s.gs}. Vaccinerad av {c.gs}. {x.gs.gen} försäkring ({L:twin}) berörs inte.\n"),
    ("hundpensionat_sv", "sv",
     "Bokning hundpensionat och trimning {L:ticket}\n\nKund: {s.gs}, {phone:s}\nDjur: {pet.gen} och "
     "{pet2.gen} vistelse, {L:species}\nPensionat: från {L:date_sv}, {L:qty} nätter\nTrimning: {L:date_sv} kl. "
     "{L:hour}, hos {a.gs}\nHämtas av: {k.gs}, {phone:k}\nNödkontakt: {b.gs}, {phone:b}\n\nPortkod till "
     "personalingången för {c.gs}: {door:c}. Grannen {y.gs} matar katten.\n"),
]

# The shapes of the car rental company (the others: the veterinary clinic's and the pet insurer's).
CAR_SHAPES = {name for name, _, _ in SHAPES if not any(word in name for word in (
    "ajanvaraus", "lahete", "laboratorio", "korvaushakemus", "omistajan", "hoitola", "siru", "klinikka",
    "muistutus", "valitus", "appointment", "referral", "claim_en", "labresults", "chip", "complaint", "tidsbokning",
    "forsakring", "agarbyte", "hundpensionat"))}

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
           "\n\nParhain terveisin\n{g.gs}\n{L:role}\n{phone:g} | asiakaspalvelu {L:careline}\nY-tunnus "
           "{L:ytunnus}\n",
           "\n--\nKäsittelijä {g.is} ({user:g}) {L:stamp}, {L:system}\n",
           "\n\nAsiakaspalvelu {L:careline} (ma–pe 8–17), hätätilanteessa {L:emergency}\n{g.gs}\n"],
    "en": ["\n--\n{L:system} | Ticket {L:ticket} | updated {L:stamp}\nAssignee: {g.gs} ({L:role}), "
           "{phone:g}\nQueue: {L:queue}\n",
           "\n\nBest wishes\n{g.gs}\n{L:role}\nDirect: {phone:g} | Switchboard: {L:switchboard}\n{L:companyno}\n",
           "\n--\nClosed by {g.is} ({user:g}) {L:stamp}\n"],
    "sv": ["\n--\n{L:system} | Ärende {L:ticket} | uppdaterat {L:stamp}\nAnsvarig: {g.gs} ({L:role}), "
           "{phone:g}\nKö: {L:queue}\n",
           "\n\nVänliga hälsningar\n{g.gs}\n{L:role}\n{phone:g} | växel {L:switchboard}\nOrg.nr {L:orgnr}\n"],
}


def namesake(language, others):
    """A third party whose surname a car, a dealer, a rental office, a clinic or a street of the message's service
    also bears: a NAME."""
    surnames = sorted(n for n in EPONYMS[language] if (n in CAR_EPONYMS) == (CURRENT["service"] == "car"))
    return PEOPLE.namesake(language, surnames, others)


draw = generation.case_draw(
    "held-out-45", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "car" if name in CAR_SHAPES else "vet", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 80, "EMAIL": 400, "USERNAME": 250,
            "look-alikes": 7000, "CREDENTIAL": 80, "IBAN": 50, "PAYMENT_CARD": 30, "NATIONAL_ID": 30,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("pets' names", lambda key: generation.kind(key) == "pet")],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso"), tally=generation.NameForms(PHONES),
                check=generation.new_forms_check("held-out-45.jsonl"))
