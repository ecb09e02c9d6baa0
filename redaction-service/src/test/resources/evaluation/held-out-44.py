#!/usr/bin/env python3
r"""Generates the forty-fourth held-out set (held-out-44.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 43: nobody tunes on it. Its writer read no detection code, list, rule, model or
docs/redaction.md, only the earlier generators and their shared modules. It holds kinds of text that sets
1-43 lack: (a) a travel and transport company's customer service (an airline's, a ferry line's and a rail operator's)
as its service desk sees it and (b) a debt collection agency's and a law firm's client service, in 47 shapes (23
Finnish, 15 English, 9 Swedish), each written in the language its kind of text is written in, with the earlier mail
a reply quotes, copies and watchers under it and the record around it (a case-system footer with the handler and the
queue, or a signature with the service's number and the business id).
(a) PNR-style passenger lists (SURNAME/GIVEN MR), name corrections, a booking made by someone for others, group
bookings with the leader's list of passengers and cabins, special assistance requests, unaccompanied minors with the
guardian who drops off and the one who picks up, property irregularity reports with bag tags, delay and cancellation
compensation claims, frequent traveller accounts and their logins, a booking agent's notes, seat map and manifest
extracts, crew and conductor shift notes, check-in kiosk and gate logs, a chat with the travel bot handed to an
agent, mail from abroad with foreign phone numbers, refunds to an IBAN or a card, a complaint about a fellow
passenger.
(b) collection letters and payment plans, debtors' and guarantors' calls in shorthand call notes, a debtor's
representative (a relative, a debt counsellor, a lawyer) with a power of attorney, disputes of a claim, court
application summaries with the claimant's and the respondent's counsel, a bailiff's (ulosotto) notice, estates of
deceased debtors, a law firm's client intake forms and conflict-of-interest checks listing the parties, engagement
letters, time-entry exports (CSV and JSON) naming the lawyer and the client, a case management system's audit log.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
Finnish compound surnames of trees, berries and birds with a place word (Kotkavaara, Pihlajaniemi, Kurjenkoski,
Haapaharju-Kotkalahti), their last word inflecting on its own (Kotkalahden, Haukkajärvellä), rarer Finnish given
names (Aatto: Aatolle, Erkko, Vikki, Johannes: Johanneksen, Malakias, Sennu, Urpu); Swedish and Finland-Swedish
ones; Somali, Arabic, Chinese, Vietnamese, Indian, West African (Yoruba, Igbo, Akan, Wolof, Mande), Andean and other
Latin American (with double surnames), Polish, Czech, Greek, Irish, Korean, Japanese, Mongolian, Khmer and
Indonesian ones; in the Finnish cases in Finnish prose and the Swedish genitive in Swedish, in capitals on forms and
manifests, SURNAME/GIVEN in booking records, surname first in systems and exports, as handles in chat.
In 23 of the shapes a third party bears a surname that an airport, a ship, a train, a hotel, a foundation, a street,
a law firm or a collection agency named after someone also bears (John F. Kennedy -lentoasema, Varsovan
Chopin-lentoasema, EuroNight-juna Chopin, Franz Josef Strauss -lentoasema, M/S Kapteeni Similä, Knuuttilankatu,
Asianajotoimisto Kaarlela & Co Oy, M/S Kapten Rosendahl, Inkasso Ahlskog AB, Pembertons Solicitors, Selfridges): the
person is a NAME in another form than the thing (a Finnish case, the Swedish genitive, the singular beside the firm's
plural), the thing a look-alike; other airports named after people (Charles de Gaulle, Leonardo da Vinci–Fiumicino)
are look-alikes too.
Labelling policy, as in sets 25-43, with these for the new kinds. The subject is the register's known person: the
passenger or the booker whose booking, claim, bag or account it is (also the group leader, the guardian who drops off
an unaccompanied minor, the heir who writes for a deceased debtor and the holder of a power of attorney), the
frequent traveller, the debtor or guarantor whose case it is, the law firm's client, and the conductor, purser or
crew member whose shift notes or manifest they are. Everyone else is a third party: fellow passengers, the booker for
others, guardians who pick up, crew, agents and handlers, debt counsellors, lawyers and counsel, bailiffs,
witnesses, the deceased, parties of a conflict check. Every person's name is a NAME whatever else bears it. Every
number of a person is a PHONE; a service's number is a look-alike (the customer service line, the baggage line, the
debt line, the short code, 112, 999). Shared mailboxes (matkatavarat@, disputes@) are EMAIL, role "third", as set 27.
Logins in audit trails and logs, frequent traveller accounts' user names and chat handles are USERNAMEs; a frequent
flyer or loyalty membership number is a look-alike, as set 43 keeps a loyalty member number. Accounts are IBAN (valid
check digits), cards PAYMENT_CARD (valid Luhn), identity codes NATIONAL_ID (valid check character). A password, a
temporary password, a one-time code, a PIN (the drop-off PIN of an unaccompanied minor, the safe word given to the one
who picks up), a door code given to someone and a payment plan portal's activation code are CREDENTIAL, their owner's
role. No passport or other document numbers are written. Look-alikes (kept): flight and train numbers, booking
references, ticket numbers, bag tags and irregularity report numbers, seats, gates, cabins, coaches and car-deck
lanes, vehicle plates, ships, stations and airports, case, matter, file and invoice numbers, creditor references
(Finnish and RF), court diary numbers, bailiff case numbers, loyalty numbers, business ids, VAT ids, company and SRA
numbers, amounts, hours and rates, dates and times, streets and postcodes, towns, courts, creditors, roles, queues
and systems.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 47 shapes drawn in turn within their language; 12,253
NAME (1,759 the subject's) in 1,158 distinct forms, 1,029 of them (88.9 %) new to every other labelled set by
new-name-forms.py; 1,642 PHONE (500 the subject's) of 110 countries and territories; 805 EMAIL (652 third parties'
and shared mailboxes, 204 of them shared); 426 USERNAME (logins in audit trails and logs, frequent traveller
accounts, chat handles); 136 CREDENTIAL (108 the subject's: one-time codes, temporary passwords, PINs, activation
codes; 28 third parties': a door code given to a crew member, the safe word of the one who picks up a child); 71
IBAN; 55 PAYMENT_CARD; 98 NATIONAL_ID; no DEVICE_ID; 7,681 look-alikes (2,068 dates and times, 488 service numbers,
319 namesakes' things) from 682 pairs of shape and kind, 5,101 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-44.py --check asserts it and counts the name forms new to the other
sets; writing the set does not need the library).
Deterministic: python3 held-out-44.py > held-out-44.jsonl (python3 held-out-44.py --check --stats adds checks and counts
on stderr)"""
import collections
import random

import generation
import identifiers
from name_forms import inflect as fi

R = random.Random(44444444)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-43 as name forms when this set was written; the
# Finnish surnames are compounds of trees, berries and birds with a place word (Kotkavaara, Pihlajaniemi, Kurjenkoski).

FI_MEN = ["Kaleva", "Aatto", "Johannes", "Aamos", "Oula", "Erkko", "Malakias", "Jonni", "Karri", "Hiski", "Perttu",
          "Tuisku", "Sampo", "Ilja", "Kasimir", "Vertti", "Nestori", "Aapeli", "Iivari", "Tahvo", "Hemmo", "Kauko",
          "Uljas", "Tenho", "Aukusti", "Iisakki", "Eino", "Veikko", "Reino", "Oiva", "Tuukka"]
FI_WOMEN = ["Ragni", "Reija", "Salme", "Sennu", "Tilma", "Vaula", "Assi", "Iitu", "Saini", "Vikki", "Margareeta",
            "Riitta-Liisa", "Urpu", "Vellamo", "Sanelma", "Heljä", "Kerttuli", "Peppi", "Lyyli", "Tuovi", "Pirita",
            "Orvokki", "Talvikki", "Iines", "Vuokko", "Hilja", "Hilkka", "Kyllikki", "Senja", "Tyyne", "Aili"]
FI_SURNAMES = ["Lundén", "Ruuska", "Kouki", "Kovalainen", "Haapaharju", "Haapakallio", "Haaparanta", "Katajaharju",
               "Pihlajasalo", "Pihlajavaara", "Pihlajakallio", "Pihlajaniemi", "Pihlajalampi", "Kaislalampi",
               "Ruohojärvi", "Ruoholampi", "Kanerva-aho", "Kurjenaho", "Kurjensalo", "Kurjenharju", "Kurjenvaara",
               "Kurjenkallio", "Kurjenlahti", "Kurjenkoski", "Kurjenkangas", "Joutsensalo", "Joutsenharju",
               "Joutsenkoski", "Kotkavaara", "Kotkaniemi", "Kotkalahti", "Haukkavaara", "Haukkaniemi", "Haukkajärvi",
               "Ilvesharju", "Ilveslahti", "Puolukkaharju", "Mustikkasalo", "Varpusalo", "Varpuharju", "Varpuvaara",
               "Varpukoski", "Raitajärvi", "Leppäharju", "Leppäkallio", "Kuusikorpi", "Mäntyharju", "Mäntyvaara",
               "Mäntyjärvi", "Haapaharju-Kotkalahti", "Kurjensaari", "Joutsenvuori", "Ilveskangas", "Kotkaharju",
               "Haukkasalo", "Puolukkavaara", "Varpulahti", "Raitasaari", "Mäntyoja", "Kuusisalo", "Leppäsuo",
               "Kurjenvuori", "Joutsenkangas", "Kotka-aho", "Haukka-aho", "Puolukkasalo", "Mustikkakallio",
               "Varpukangas", "Raitakorpi", "Leppäsaari", "Kuusisuo", "Mäntykallio", "Pajuvuori"]
SV_GIVEN = ["Fritiof", "Inge", "Klara", "Dennis", "Egil", "Filip", "Adela", "Embla", "Josefin", "Ludmilla", "Algot",
            "Arvid", "Hedvig", "Tekla", "Ossian", "Sigvard", "Gottfrid", "Torvald", "Ragnhild", "Vendela", "Evert",
            "Folke", "Hjalmar", "Signe", "Ebba", "Märta"]
SV_SURNAMES = ["Andersson", "Jakobsson", "Persson", "Svensson", "Nordlund", "Djupsjö", "Wiklöf", "Blomberg",
               "Hellman", "Klingberg", "Sandholm", "Lindeqvist", "Ekvall", "Hammarlund", "Wennerholm", "Edgren",
               "Ståhlberg", "Tollet", "Zetterlund", "Brännström", "Lövgren", "Skoglund", "Ekblad", "Oscarsson",
               "Gradin", "Gyllenbögel", "Fougstedt", "Sourander", "Åkerholm", "Mannerström", "Qvarnström", "Jansén"]
WORLD = {
    "somali": (["Ayanle", "Kaltun", "Liibaan", "Yurub", "Zamzam", "Ardo", "Barwaaqo", "Hibaaq", "Faarax", "Hodan"],
               ["Cigaal", "Waabeeri", "Caynaanshe", "Kulmiye", "Mire", "Goodax"], ["SO", "FI", "SE", "KE"]),
    "arabic": (["Tareq", "Nisreen", "Haitham", "Jumana", "Fadia", "Murad", "Taghreed", "Dalal", "Ghassan", "Rasha"],
               ["Khatib", "Masri", "Nahhas", "Obeid", "Rahal", "Zureikat", "Abu-Zaid"],
               ["JO", "LB", "EG", "AE", "SY", "MA", "TN", "IQ"]),
    "chinese": (["Huiying", "Jianhua", "Qingyu", "Ruolan", "Shumin", "Weiguo", "Zhiqiang", "Guohua", "Meiling",
                  "Haoran"],
                ["Situ", "Murong"], ["CN", "HK", "MY"]),
    "vietnamese": (["Bao", "Diep", "Ngoc", "Uyen", "Duc", "Trung", "Thuy", "Khanh"],
                   ["Huynh", "Lam", "Khuu"], ["VN", "FI"]),
    "indian": (["Bhavna", "Devika", "Harini", "Madhav", "Pranav", "Ritika", "Tarun", "Vandana", "Yash", "Zoya",
                "Ashwin", "Gurpreet", "Karthik"],
               ["Chandrasekhar", "Khanna", "Ramaswamy"], ["IN", "GB", "AE", "LK"]),
    "westafrican": (["Damilola", "Kwesi", "Mawuli", "Seydou", "Alioune", "Adwoa", "Kehinde", "Mariama", "Nnamdi",
                     "Afia"],
                    ["Olawuyi", "Adeniran", "Amadi", "Kyei", "Antwi", "Nkansah", "Ndour", "Kouyaté", "Sissoko",
                     "Dembélé", "Keita", "Kwarteng", "Tettey", "Aidoo", "Quaye", "Cissé", "Traoré", "Touré"],
                    ["NG", "GH", "SN", "CM", "GB"]),
    "andean": (["Maribel", "Rosalba", "Teodoro", "Heriberto", "Socorro", "Wilmer", "Yuliana", "Nahuel"],
               ["Ccama", "Villca", "Colque", "Cusi", "Calderón", "Saldaña", "Bermúdez", "Villalobos-Peralta",
                "Olivares", "Escobar-Saldaña", "Huanca-Choque", "Condori-Ticona", "Mamani-Quispe"],
               ["BO", "PE", "EC", "CO", "VE", "CL", "UY"]),
    "european": (["Jiřina", "Ioanna", "Agnieszka", "Zdeněk", "Eleni", "Siobhán"],
                 ["Szczepańska", "Nowakowska", "Novotný", "Nikolaidou", "MacCarthy"], ["PL", "CZ", "GR", "IE", "SK"]),
    "eastasian": (["Vanna", "Siti", "Ji-woo", "Haruto", "Batbayar", "Sokha"],
                  ["Ahn", "Saito", "Batsaikhan", "Sisavath"], ["KR", "JP", "MN", "KH", "ID"]),
}
# Surnames that an airport, a ship, a train, a hotel, a law firm, a collection agency, a street or a foundation also
# bears (named after someone of that name): a third party who bears one is a NAME, written in a form the thing does
# not hold (a Finnish case, the Swedish genitive, the singular beside the firm's plural); the thing is a look-alike.
EPONYMS = {"fi": {"Kennedy": ["John F. Kennedy -lentoasema", "New Yorkin JFK (John F. Kennedy International)"],
                  "Chopin": ["Varsovan Chopin-lentoasema", "EuroNight-juna Chopin", "Hotelli Chopin Varsova"],
                  "Strauss": ["Franz Josef Strauss -lentoasema", "Münchenin Franz Josef Strauss -kenttä"],
                  "Kaarlela": ["Asianajotoimisto Kaarlela & Co Oy", "Kaarlela Legal Oy"],
                  "Knuuttila": ["Perintätoimisto Knuuttila Oy", "Knuuttilankatu 14"],
                  "Similä": ["M/S Kapteeni Similä", "ms Kapteeni Similä"],
                  "Toiviainen": ["Hotelli Toiviainen", "Toiviainen-säätiö"]},
           "sv": {"Kennedy": ["John F. Kennedy-flygplatsen", "JFK (John F. Kennedy)"],
                  "Chopin": ["Chopinflygplatsen i Warszawa", "nattåget Chopin"],
                  "Westman": ["Advokatbyrå Westman & Partners", "Westman Juridik AB"],
                  "Rosendahl": ["M/S Kapten Rosendahl", "Hotell Rosendahl"],
                  "Ahlskog": ["Inkasso Ahlskog AB", "Stiftelsen Ahlskog"]},
           "en": {"Selfridge": ["Selfridges", "Selfridges Travel Desk"], "Harrod": ["Harrods"],
                  "Pemberton": ["Pembertons Solicitors", "Pembertons LLP"], "Whitfield": ["Whitfields Debt Recovery"],
                  "Ashworth": ["Ashworths Collections Ltd"], "Hamley": ["Hamleys"]}}
# The namesakes of the travel company's messages (the others: of the collection agency's and the law firm's).
TRAVEL_EPONYMS = {"Kennedy", "Chopin", "Strauss", "Similä", "Toiviainen", "Rosendahl", "Selfridge", "Harrod", "Hamley"}
EPONYM_KINDS = {"twin"}

# Finnish given names and surnames whose stem grades (Erkko: Erkon, Vikki: Vikin), names in -s with a -kse- stem
# (Johannes: Johanneksen) and the compounds whose last word inflects on its own (Kotkalahti: Kotkalahden).
IRREGULAR = {nom: fi(nom, weak, nom) for nom, weak in [
    ("Aatto", "Aato"), ("Erkko", "Erko"), ("Vikki", "Viki"), ("Sampo", "Sammo"), ("Perttu", "Pertu")]}
IRREGULAR.update({nom: generation.kse_forms(nom) for nom in ("Johannes", "Aamos", "Malakias")})
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))

# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES.

COUNTRIES = generation.COUNTRIES
PEOPLE = generation.People(R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
PHONES = generation.Phones(DRAW, COUNTRIES)

# ---------------------------------------------------------------------------------------------------------------------
# Addresses: the travel company's and the collection agency's and law firm's domains by language, people's private
# ones.

ORG_DOMAINS = {"travel": {"fi": ["lentoyhtio.example.fi", "varustamo.example.fi", "rautatie.example.fi"],
                          "sv": ["rederi.example.ax", "tag.example.se"],
                          "en": ["airline.example.com", "ferries.example.co.uk"]},
               "legal": {"fi": ["perinta.example.fi", "asianajo.example.fi"],
                         "sv": ["inkasso.example.se", "advokat.example.fi"],
                         "en": ["collections.example.co.uk", "lawfirm.example.com"]}}
PRIVATE_DOMAINS = ["posti.example.net", "mail.example.com", "brev.example.se", "example.org", "netti.example.fi",
                   "correo.example.com"]
CURRENT = {"x": None, "language": "fi", "service": "travel"}


def email_of(p):
    if p.mail is None:
        g, s = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
        if p.role == THIRD and R.random() < 0.6:
            local = R.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}.{s[0]}"])
            p.mail = f"{local}@{R.choice(ORG_DOMAINS[CURRENT['service']][CURRENT['language']])}"
        else:
            local = R.choice([f"{g}{s}{R.randint(10, 99)}", f"{g}.{s}", f"{s}_{g}", f"{g}{R.randint(1960, 2006)}",
                              f"{g[0]}.{s}", f"{g}-{s}"])
            p.mail = f"{local}@{R.choice(PRIVATE_DOMAINS)}"
    return p.mail


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message from a template: {a.g} a's given name, {a.gs.all} given name and surname with the case on the
# surname, {a.sgc} "Surname, Given", {a.SG} the surname in capitals first, {a.GS} both in capitals, {a.P} the
# airline's SURNAME/GIVEN, {nick:a} a's handle in a chat, {mail:a}, {phone:a}, {user:a} (a login or a frequent
# traveller's user name), {hetu:a}, {iban:a}, {card:a}, {otp:a}, {pwd:a}, {pin:a}, {door:a}, {activation:a} a's
# credentials, {shared} a shared mailbox, [a look-alike], {L:kind} a drawn look-alike, {num} a number whose owner is
# not named. ⟦ ⟧ stand for square brackets, ⦃ ⦄ for the braces of JSON.

def password():
    return DRAW.fill(R.choice(["{A}atka{2}!m{1}", "Lento{4}#{A}", "r{A}{A}q-{3}-Fe", "Resa{2}?{A}x", "k{4}{A}{A}!uu",
                               "Junat{3}%{A}"]))


# A person's secrets: what kind each is (the owner's role goes with it).
OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 8]))),
         "pwd": ("CREDENTIAL", password),
         "pin": ("CREDENTIAL", lambda: identifiers.digits(R, 4)),
         "door": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{4}#", "{5}", "{A}{3}"]))),
         "activation": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{A}{A}{A}{A}-{4}", "{4}-{4}-{A}{A}", "{8}"])))}


class Writer(generation.Writer):
    phones, draws, irregular = PHONES, DRAW, IRREGULAR
    home_weight = 3
    born = (("-", 35, 99), ("A", 0, 8))

    def L(self, kind):
        if kind not in LOOKS:
            kind = f"{kind}_{self.language}"
        if kind in STICKY:
            return self.look(self.sticky.setdefault(kind, LOOKS[kind]()), kind)
        return self.look(LOOKS[kind](), kind)

    def person(self, p, spec="gs"):
        """As generation.Writer.person, and P: the airline's SURNAME/GIVEN (the surname's spaces as the system drops
        them)."""
        if spec.split(".")[0] == "P":
            return self.name(p.surname.upper(), p.role).say("/").name(p.given.upper().replace("-", ""), p.role)
        return super().person(p, spec)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def nick(self, p):
        """A chat handle made of the name: lower case given name with digits, or the given name's first syllable."""
        if p.handle is None:
            g = identifiers.plain_name(p.given)
            p.handle = R.choice([f"{g}{R.randint(70, 99)}", f"{g}_{identifiers.plain_name(p.surname)[:3]}",
                                 f"{g[:4]}{R.randint(1, 9)}x", f"{g}.travels"])
        return self.ent(p.handle, "USERNAME", p.role)

    def shared_box(self):
        return R.choice(SHARED_BOXES[CURRENT["service"]][self.language])

    def owned(self):
        return OWNED

    def values(self):
        return {**super().values(), "nick": self.nick}


SHARED_BOXES = {"travel": {"fi": ["asiakaspalvelu@lentoyhtio.example.fi", "matkatavarat@lentoyhtio.example.fi",
                                  "palaute@rautatie.example.fi", "ryhmat@varustamo.example.fi"],
                           "en": ["baggage@airline.example.com", "claims@airline.example.com",
                                  "groups@ferries.example.co.uk"],
                           "sv": ["kundservice@rederi.example.ax", "resegaranti@tag.example.se"]},
                "legal": {"fi": ["perinta@perinta.example.fi", "maksusuunnitelmat@perinta.example.fi",
                                 "toimisto@asianajo.example.fi"],
                          "en": ["disputes@collections.example.co.uk", "intake@lawfirm.example.com"],
                          "sv": ["kundtjanst@inkasso.example.se", "byra@advokat.example.fi"]}}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a travel company's customer service and a collection agency's and law firm's client service.

def money(language):
    euros, cents = R.choice([R.randint(9, 99), R.randint(100, 999), R.randint(1000, 48000)]), R.randint(0, 99)
    spaced = f"{euros:,}".replace(",", " ")
    return {"fi": R.choice([f"{spaced},{cents:02d} €", f"{euros},{cents:02d} euroa", f"EUR {euros},{cents:02d}"]),
            "en": R.choice([f"£{euros:,}.{cents:02d}", f"€{euros:,}.{cents:02d}", f"EUR {euros}.{cents:02d}"]),
            "sv": R.choice([f"{spaced} kr", f"{spaced},{cents:02d} kr", f"{euros},{cents:02d} €"])}[language]


def twin():
    """The airport, ship, train, hotel, firm or street named after someone of the surname of this message's person
    CURRENT["x"]."""
    return R.choice(EPONYMS[CURRENT["language"]][CURRENT["x"].surname])


def pnr():
    """A booking reference: six capitals and digits (no 0, 1, I, O)."""
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


AIRLINES = ["AY", "SK", "LH", "KL", "AF", "BA", "TK", "QR", "DY", "LO", "EK", "FI"]
AIRPORTS = {"fi": ["Helsinki-Vantaa", "Oulun lentoasema", "Tukholma-Arlanda", "Lontoo-Heathrow", "Rooman Leonardo da "
                   "Vinci–Fiumicino", "Pariisin Charles de Gaulle", "Bangkok Suvarnabhumi", "Doha Hamad"],
            "sv": ["Helsingfors-Vanda", "Arlanda", "Mariehamns flygplats", "Landvetter", "Charles de Gaulle",
                   "Leonardo da Vinci–Fiumicino", "Kastrup"],
            "en": ["Helsinki Airport (HEL)", "London Heathrow (LHR)", "Paris Charles de Gaulle (CDG)",
                   "Rome Fiumicino Leonardo da Vinci (FCO)", "Warsaw Chopin (WAW)", "Munich Franz Josef Strauss (MUC)",
                   "New York JFK", "Dubai (DXB)", "Lagos Murtala Muhammed (LOS)"]}
SHIPS = {"fi": ["M/S Aurora Botnia", "M/S Silja Serenade", "M/S Finnsirius", "M/S Viking Glory", "M/S Baltic Star"],
         "sv": ["M/S Birka Gotland", "M/S Viking Grace", "M/S Aurora Botnia", "M/S Baltic Princess"],
         "en": ["MS Baltic Queen", "MV Stena Hollandica", "MS Pride of Hull", "MV Isle of Mull"]}
STATIONS = {"fi": ["Helsinki", "Tampere", "Oulu", "Turku satama", "Joensuu", "Kolari", "Rovaniemi", "Pasila"],
            "sv": ["Stockholm C", "Göteborg C", "Malmö C", "Uppsala C", "Luleå", "Narvik"],
            "en": ["London King's Cross", "Edinburgh Waverley", "York", "Manchester Piccadilly", "Inverness"]}
TOWNS = {"fi": ["Tampere", "Kuopio", "Vaasa", "Rovaniemi", "Lahti", "Jyväskylä", "Pori"],
         "sv": ["Vasa", "Mariehamn", "Umeå", "Västerås", "Borgå", "Ekenäs"],
         "en": ["Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Hull"]}
STREETS = {"fi": ["Hämeenkatu {n}", "Rautatienkatu {n} B", "Kirkkokatu {n}", "Satamakatu {n} A 4", "Asematie {n}"],
           "sv": ["Torggatan {n}", "Sjökvarteret {n}", "Hamngatan {n} B", "Norra Esplanaden {n}"],
           "en": ["{n} Station Road", "{n} Queen Street", "{n} Harbour Lane", "{n} Mill Road"]}
POSTCODES = {"fi": ["33100 Tampere", "70100 Kuopio", "65100 Vaasa", "96100 Rovaniemi", "15110 Lahti"],
             "sv": ["22100 Mariehamn", "65100 Vasa", "903 26 Umeå", "10600 Ekenäs"],
             "en": ["LS6 2QX", "BS7 8AA", "G12 8QQ", "CF10 1AA", "HU1 3DZ"]}
COURTS = {"fi": ["Helsingin käräjäoikeus", "Pirkanmaan käräjäoikeus", "Pohjois-Savon käräjäoikeus",
                 "Oulun käräjäoikeus"],
          "sv": ["Stockholms tingsrätt", "Ålands tingsrätt", "Österbottens tingsrätt"],
          "en": ["County Court Money Claims Centre", "Leeds County Court", "High Court, King's Bench Division"]}
CREDITORS = {"fi": ["Kuluttajarahoitus Oy", "Sähkö Pohjoinen Oy", "Vuokratalot Kotipesä Oy", "Puhelinyhtiö Linkki Oyj",
                    "Kuntosali Voima Oy"],
             "sv": ["Elbolaget Norden AB", "Hyresbolaget Hamn Ab", "Mobilbolaget Signal AB"],
             "en": ["Northern Energy plc", "QuickLoan Ltd", "Albion Telecom", "Harbour Homes Housing Association"]}
SERVICE_LINES = {
    "careline": {"fi": ["0600 {2} {3}", "09 {3} {4}", "0800 {2} {3}"], "en": ["0333 {3} {4}", "0800 {3} {4}"],
                 "sv": ["0771-{3} {3}", "018-{2} {2} {2}"]},
    "baggageline": {"fi": ["+358 9 {3} {4}"], "en": ["+44 344 {3} {4}", "0344 {3} {4}"],
                    "sv": ["+46 771 {2} {2} {2}"]},
    "debtline": {"fi": ["020 {3} {3}", "010 {3} {4}"], "en": ["0330 {3} {4}", "0808 {3} {4}"],
                 "sv": ["0771-{2} {2} {2}", "020-{3} {3}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
    "shortcode": {"fi": ["16{3}"], "en": ["6{4}"], "sv": ["7{4}"]},
}
ROLES = {"travel": {"fi": ["asiakaspalveluneuvoja", "matkatavarapalvelun virkailija", "ryhmämyyjä",
                           "korvauskäsittelijä", "konduktööri", "purserin sijainen"],
                    "en": ["Customer Service Agent", "Baggage Services Officer", "Claims Handler", "Group Desk",
                           "Duty Manager"],
                    "sv": ["kundtjänstmedarbetare", "bagagehandläggare", "tågvärd", "intendent"]},
         "legal": {"fi": ["perintäasiantuntija", "asianajaja", "lakimies", "osakas", "toimistosihteeri",
                          "maksusuunnitelma-asiantuntija"],
                   "en": ["Collections Agent", "Solicitor", "Associate", "Paralegal", "Partner"],
                   "sv": ["inkassohandläggare", "advokat", "biträdande jurist", "byråsekreterare"]}}
QUEUES = {"travel": {"fi": ["Matkatavarat", "Korvaukset", "Ryhmävaraukset", "Erityisavustus", "Kanta-asiakkaat"],
                     "en": ["Baggage", "EU261 Claims", "Special Assistance", "Frequent Flyer", "Bookings"],
                     "sv": ["Bagage", "Förseningsersättning", "Gruppbokningar", "Assistans"]},
          "legal": {"fi": ["Perintä", "Maksusuunnitelmat", "Riitautukset", "Ulosotto", "Uudet toimeksiannot"],
                    "en": ["Collections", "Disputes", "Payment Plans", "New Matters", "Litigation"],
                    "sv": ["Inkasso", "Betalningsplaner", "Tvister", "Nya uppdrag"]}}
SYSTEMS = {"travel": ["Amadeus Altéa", "Sabre SabreSonic", "Salesforce Service Cloud", "Zendesk", "Navitaire"],
           "legal": ["Lindorff Collect", "Clio", "LEAP", "Legal Case Manager", "Zendesk"]}

# What stays the same throughout one message.
STICKY = {"pnr", "flight", "train", "ship", "system", "case", "court", "creditor", "firmno", "diary", "ticket_no",
          "pir", "matter"}
LOOKS = {
    "twin": twin, "pnr": pnr,
    "flight": lambda: f"{R.choice(AIRLINES)}{R.choice(['', ' '])}{R.randint(10, 2999)}",
    "flight2": lambda: f"{R.choice(AIRLINES)}{R.randint(10, 2999)}",
    "train": lambda: R.choice(["IC ", "S ", "P ", "Pendolino S ", "IC2 ", "SJ ", "EN "]) + str(R.randint(1, 999)),
    "ticket_no": lambda: DRAW.fill(R.choice(["105-{10}", "117 {10}", "{3}{10}", "LIP-{8}"])),
    "ticket_row": lambda: DRAW.fill(R.choice(["105-{10}", "117 {10}", "{3}{10}"])),
    "bagtag": lambda: DRAW.fill(R.choice(["{A}{A} {6}", "0105 {6}", "{A}{A}{6}", "HEL{A}{A}{5}"])),
    "pir": lambda: DRAW.fill(R.choice(["HELAY{5}", "ARNSK{5}", "LHRBA{5}", "MHQ{A}{A}{5}"])),
    "seat": lambda: f"{R.randint(1, 42)}{R.choice('ABCDEFHJK')}",
    "gate": lambda: R.choice(["", "", "A", "B", "C", "D"]) + str(R.randint(1, 56)),
    "coach": lambda: f"{R.randint(1, 12)}/{R.randint(1, 96)}",
    "cabin": lambda: str(R.randint(4, 11)) + DRAW.fill("{3}"),
    "deck": lambda: f"{R.randint(3, 5)}/{R.randint(1, 14)}",
    "ship": lambda: R.choice(SHIPS[CURRENT["language"]]),
    "airport": lambda: R.choice(AIRPORTS[CURRENT["language"]]),
    "station": lambda: R.choice(STATIONS[CURRENT["language"]]),
    "loyalty": lambda: DRAW.fill(R.choice(["AY{9}", "{3} {3} {3}", "EB {9}", "FF-{8}", "{10}"])),
    "plate": lambda: DRAW.fill(R.choice(["{A}{A}{A}-{3}", "{A}{A}{A} {2}{A}", "{A}{A}{2} {A}{A}{A}"])),
    "case": lambda: DRAW.fill(R.choice(["PER-2026-{6}", "CS-{7}", "{8}", "INK {3} {4}", "COL/{6}/{2}"])),
    "case_row": lambda: DRAW.fill(R.choice(["PER-2026-{6}", "{8}", "COL/{6}/{2}"])),
    "matter": lambda: DRAW.fill(R.choice(["{4}-{3}", "M{6}", "AT-{5}/26", "{A}{A}{A}.{4}.{3}"])),
    "diary": lambda: DRAW.fill(R.choice(["L 26/{5}", "H 26/{4}", "T {4}-26", "K{2}/{4}", "CL{2}{A}{5}"])),
    "ulosotto": lambda: DRAW.fill(R.choice(["{4}/{2}/{5}", "UO-{8}", "{8}"])),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "court": lambda: R.choice(COURTS[CURRENT["language"]]),
    "creditor": lambda: R.choice(CREDITORS[CURRENT["language"]]),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "TUKI-{5}", "ÄR-{6}", "ZD-{7}", "INC{7}"])),
    "system": lambda: R.choice(SYSTEMS[CURRENT["service"]]),
    "ytunnus": DRAW.ytunnus, "vatfi": lambda: "FI" + DRAW.ytunnus().replace("-", ""),
    "orgnr": lambda: (lambda n: f"{n[:6]}-{n[6:]}")(identifiers.luhn(R, R.choice(["556", "559", "502"]), 10)),
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    "sra": lambda: DRAW.fill("SRA No. {6}"),
    "hours": lambda: R.choice(["0.1", "0.2", "0.3", "0.5", "0.8", "1.0", "1.5", "2.4", "3.0"]),
    "rate": lambda: R.choice(["180", "220", "265", "310", "395"]),
    "qty": lambda: str(R.randint(1, 12)),
    "points": lambda: f"{R.randint(2, 90)} {R.randint(0, 999):03d}",
    "kg": lambda: f"{R.randint(8, 32)} kg",
    "percent": lambda: f"{R.choice([25, 50, 75, 100])} %",
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    "iso": lambda: CLOCK.tick().isoformat() + "Z",
    "date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
    "date_sv": lambda: CLOCK.day_text("sv"),
    "amount_fi": lambda: money("fi"), "amount_en": lambda: money("en"), "amount_sv": lambda: money("sv"),
    "weekday_fi": lambda: R.choice(["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]),
    "weekday_en": lambda: R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "weekday_sv": lambda: R.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag"]),
}
for _language in ("fi", "en", "sv"):
    LOOKS[f"role_{_language}"] = lambda language=_language: R.choice(ROLES[CURRENT["service"]][language])
    LOOKS[f"queue_{_language}"] = lambda language=_language: R.choice(QUEUES[CURRENT["service"]][language])
    LOOKS[f"town_{_language}"] = lambda language=_language: R.choice(TOWNS[language])
    LOOKS[f"street_{_language}"] = lambda language=_language: R.choice(STREETS[language]).replace(
        "{n}", str(R.randint(1, 88)))
    LOOKS[f"postcode_{_language}"] = lambda language=_language: R.choice(POSTCODES[language])
    for _kind, _patterns in SERVICE_LINES.items():
        LOOKS[f"{_kind}_{_language}"] = lambda choices=_patterns[_language]: DRAW.fill(R.choice(choices))


# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the passenger or booker whose case it is, the frequent traveller, the
# debtor or guarantor, the law firm's client, the conductor or agent whose log it is); a-h are third parties; k shares
# the subject's surname (a child, a spouse, a parent, the deceased); x bears a surname that an airport, a ship, a
# train, a hotel, a firm, a street or a foundation also bears, written in a form the thing does not hold.

SHAPES = [
    # ---- Finnish: airline, ferry line and rail operator
    ("pnr_fi", "fi",
     "Varaus {L:pnr} ({L:system})\n1.1{s.P} MRS  2.1{k.P} MR  3.1{a.P} MS  4.1{b.P} MR\n  SSR CTCM {phone:a}\n"
     "  1 {L:flight} Y {L:date_fi} HELCDG HK4 {L:hour}\n  2 {L:flight2} Y {L:date_fi} CDGHEL HK4 {L:hour}\n"
     "TKT {L:ticket_no} / {L:ticket_row} / {L:ticket_row}\nAPE {mail:s}\nAPM {phone:s}\n\nVirkailijan merkintä "
     "({c.gs}): varaaja {s.gs} pyysi nimenkorjausta: {a.gs.gen} sukunimi oli kirjoitettu väärin. {b.g.all} "
     "istumapaikka {L:seat}, {k.g.all} {L:seat}. Lentoasema {L:airport}, portti {L:gate}.\n"),
    ("nimenkorjaus_fi", "fi",
     "Aihe: Nimen korjaus varaukseen {L:pnr}\n\nHei,\n\nvarasin lennon {L:flight} {L:date_fi} itselleni ja "
     "äidilleni {k.gs.all}, mutta äidin etunimi tuli lipulle väärin. Passissa hänen nimensä on {k.gs}. Samalla "
     "varauksella matkustaa myös ystäväni {a.gs}, jonka lippu {L:ticket_no} on oikein.\n\nTerveisin {s.gs}, "
     "{phone:s}\n\n---\nMerkintä ({b.gs}, {user:b}): nimi korjattu muotoon {k.P}; maksu {L:amount_fi} veloitettu "
     "kortilta {card:s}. Tarkistanut {c.gs.ela} tiimistä.\n"),
    ("ryhmavaraus_fi", "fi",
     "Ryhmävaraus {L:pnr} – {L:ship}, lähtö {L:date_fi} klo {L:hour}\nRyhmänjohtaja: {s.gs}, {phone:s}, "
     "{mail:s}\n\nMatkustajalista:\n1. {s.SG}, hytti {L:cabin}\n2. {a.SG}, hytti {L:cabin}\n3. {b.SG}, hytti "
     "{L:cabin}\n4. {c.SG}, hytti {L:cabin}\n5. {d.SG}, hytti {L:cabin}\nAuto: {L:plate}, kaista {L:deck}\n\n"
     "Huom. {c.gs.ade} on pyörätuoli; {d.g} tulee ryhmän mukaan vasta Turussa. Yhteyshenkilö varustamossa "
     "{e.gs} ({phone:e}). Asia ei liity {x.gs.all} eikä kohteeseen {L:twin}.\n"),
    ("erityisavustus_fi", "fi",
     "Erityisavustuspyyntö (verkkolomake)\n\nmatkustaja: {s.GS}\nvaraustunnus: {L:pnr}\nlento: {L:flight}, "
     "{L:date_fi}\npuhelin: {phone:s}\navustettava: {k.gs} (pyörätuoli, WCHC)\nsaattaja: {a.gs}, puh. "
     "{phone:a}\nlisätiedot: Omainen {b.gs} vie meidät lentoasemalle ja {c.gs} hakee {L:airport}.\n\n"
     "Käsittelijä {d.gs}: avustus vahvistettu, paikat {L:seat} ja {L:seat}. Ilmoitettu {e.gs.all} asemalla.\n"),
    ("yksin_matkustava_fi", "fi",
     "Yksin matkustava lapsi (UM) – {L:flight} {L:date_fi}\n\nLapsi: {k.gs}, {L:qty} v.\nHuoltaja (tuo): "
     "{s.gs}, {phone:s}, hetu {hetu:s}\nNoutaja: {a.gs}, {phone:a}\nNoutajan varahenkilö: {b.gs}, "
     "{phone:b}\n\nPortilla {L:gate} lapsen luovutti {s.gs.ade} lentoemäntä {c.gs}. Perillä {L:airport} lapsen "
     "otti vastaan {a.gs}, tunnistettu henkilöllisyystodistuksesta klo {L:hour}. {d.gs.gen} kuittaus "
     "liitteenä. Turvasana noutajalle: {pin:a}.\n"),
    ("matkatavara_pir_fi", "fi",
     "Matkatavarailmoitus (PIR) {L:pir}\n\nNIMI: {s.SG}\nLENTO: {L:flight} / {L:date_fi}\nLAUKKU: {L:bagtag}, "
     "musta, {L:kg}\nOSOITE: {L:street_fi}, {L:postcode_fi}\nPUH: {phone:s}\nSÄHKÖPOSTI: {mail:s}\n\n"
     "Asiakas kertoo, että laukku jäi vaihtoon {L:airport}. Samalla lennolla ollut {a.gs} sai laukkunsa "
     "({L:bagtag}). Kuljetusliike toimittaa laukun {b.gs.all}, naapurille, jos {s.g} ei ole kotona.\n"
     "Käsittelijä {c.gs}, {L:baggageline_fi}. Laukku ei ole {x.gs.gen} laukku ({L:twin}).\n"),
    ("viivastyskorvaus_fi", "fi",
     "Aihe: Korvaushakemus – myöhästynyt lento {L:flight}\n\nLentomme {L:date_fi} myöhästyi yli neljä tuntia. "
     "Matkustajat: minä {s.gs}, puolisoni {k.gs} ja lapsemme {a.g} {k.s}. Haemme EU 261 -korvausta "
     "{L:amount_fi} / hlö.\n\nKorvaus tilille {iban:s} (tilinhaltija {s.gs}).\n\n{s.gs}\n{phone:s}\n\n"
     "Korvauskäsittelijä {b.gs}: hyväksytty, viite {L:case}. Kopio {c.gs.all} ja {d.gs.all}. Maksu {L:date_fi}, "
     "lento {L:flight} / {L:airport}.\n"),
    ("kanta_asiakas_fi", "fi",
     "Aihe: Kanta-asiakastili lukittu\n\nHei! En pääse kirjautumaan kanta-asiakastililleni (jäsennumero "
     "{L:loyalty}, käyttäjätunnus {user:s}). Pisteitä on siirretty puolisoni {k.gs.gen} tilille ilman lupaani.\n\n"
     "{s.gs}, {phone:s}\n\n---\nVastaus ({a.gs}): tili avattu, kertakäyttöinen koodi {otp:s} lähetetty "
     "numeroon {phone:s}, väliaikainen salasana {pwd:s}. Siirron teki {b.gs} ({user:b}) {L:stamp}; "
     "esihenkilö {c.gs} selvittää. Lentopisteet {L:points} palautetaan {L:date_fi}; {x.gs.all} ei siirretty mitään "
     "({L:twin}).\n"),
    ("konduktoori_fi", "fi",
     "Konduktöörin vuoroilmoitus – juna {L:train}, {L:date_fi}\nKonduktööri: {s.gs} ({user:s})\n\n"
     "{L:hour} {L:station}: matkustaja {a.gs} ({phone:a}) ilman lippua, tarkastusmaksu {L:amount_fi}\n{L:hour} vaunu "
     "{L:coach}: {b.gs} pyysi apua, {b.g.gen} lapsi sairastui, ensihoito {L:emergency_fi}\n{L:hour} "
     "{L:station}: junaan nousi {c.gs}, pyörätuoli; avustajana {d.gs}\n{L:hour} ravintolavaunu: "
     "{e.gs.gen} lompakko löytyi, luovutettu {f.gs.all}\n\nVuoron jälkeen ilmoitettu {g.gs.all}. Löytötavarat: "
     "{x.gs.abl} unohtunut laukku ({L:twin}).\n"),
    ("miehisto_fi", "fi",
     "Miehistön vuoromuistio {L:flight} {L:date_fi} ({L:airport})\nKapteeni {a.gs}, perämies {b.gs}, purseri "
     "{s.gs} ({user:s}, {phone:s})\n\nManifestin poiminnat:\n{c.P} MR {L:seat} WCHR\n{d.P} MSTR {L:seat} UMNR, "
     "saattaja {e.gs}, {phone:e}\n{f.P} MRS {L:seat} DEAF\n\nLennon aikana {c.gs.ade} oli hengitysvaikeuksia; "
     "matkustaja {h.gs} (lääkäri) auttoi. Miehistöhotellin huoneen {L:cabin} ovikoodi {door:b} annettu "
     "{b.gs.all}. {x.gs.abl} ei tehty ilmoitusta ({L:twin}).\n"),
    ("hyvitys_fi", "fi",
     "Aihe: Hyvitys peruutetusta junamatkasta {L:train}\n\nHei, peruin {L:date_fi} matkan, jonka varasin "
     "itselleni ja kummilapselleni {a.gs.all}. Lippu {L:ticket_no}. Hyvitys pitäisi tulla kortille {card:s}, "
     "mutta sitä ei ole näkynyt. Varauksen teki puolestani {b.gs} ({phone:b}).\n\n{s.gs}\n{phone:s}\n{mail:s}"
     "\n\nVastaus ({c.gs}): hyvitys {L:amount_fi} palautettu {L:stamp}; {a.g.gen} lippu hyvitetty "
     "erikseen {a.gs.all}, numero {phone:a}. Tiedoksi {d.gs.all}.\n"),
    ("lahtoportti_loki_fi", "fi",
     "Lähtöselvitysautomaatin ja portin loki {L:flight} ({L:airport})\n{L:stamp} KIOSK-{L:qty} CHECKIN {s.P} "
     "seat {L:seat}\n{L:stamp} KIOSK-{L:qty} CHECKIN {a.P} seat {L:seat}\n{L:stamp} KIOSK-{L:qty} BAGDROP "
     "{b.P} tag {L:bagtag}\n{L:stamp} GATE {L:gate} BOARDED {s.P}\n{L:stamp} GATE {L:gate} NOSHOW {c.P}\n"
     "{L:stamp} GATE {L:gate} OFFLOAD bag {L:bagtag} ({c.sgc})\n\nPorttivirkailija {d.gs} ({user:d}): {c.gs} "
     "ei saapunut; {c.g.gen} laukku purettiin ({L:bagtag}, {L:kg}). Lähtö {L:hour}, portti {L:gate}.\n"),
    # ---- Finnish: collection agency and law firm
    ("perintakirje_fi", "fi",
     "{L:creditor} / Perintätoimisto\nMAKSUMUISTUTUS\n\n{s.GS}\n{L:street_fi}\n{L:postcode_fi}\n\nAsia: "
     "erääntynyt lasku {L:invoice}, toimeksianto {L:case}\nPääoma {L:amount_fi}, korko {L:amount_fi}, "
     "perintäkulut {L:amount_fi}\nMaksettava viimeistään {L:date_fi} viitteellä "
     "{L:viite}.\n\nJos olet jo maksanut, ilmoita {L:debtline_fi}. Yhteyshenkilö {a.gs}, {a.s.gen} suora "
     "numero {phone:a}.\n"),
    ("maksusuunnitelma_fi", "fi",
     "Maksusuunnitelma {L:case}\n\nVelallinen: {s.gs} ({hetu:s})\nTakaaja: {k.gs}\nVelkoja: {L:creditor}\n"
     "Erät: {L:qty} × {L:amount_fi}, eräpäivä kuun {L:qty}. päivä\nMaksajan tili: {iban:s}\n\nMaksuportaali: "
     "aktivointikoodi {activation:s} lähetetty numeroon {phone:s}. Sopimuksen teki {a.gs} ({user:a}) "
     "{L:stamp}; hyväksynyt {b.gs}, {phone:b}. {k.g.all} lähetetään tieto takaajan vastuusta. Viite {L:viite}, "
     "ensimmäinen erä {L:date_fi}.\n"),
    ("puhelumuistio_perinta_fi", "fi",
     "Puhelumuistio {L:stamp} / {L:case}\nSOITTAJA: {s.gs} ({phone:s}), velallinen\n- ei kiistä saatavaa, "
     "jäänyt työttömäksi\n- puoliso {k.gs} maksaa osan\n- takaaja {a.gs}, {phone:a}, ei ole tavoitettu\n- "
     "velkaneuvoja {b.gs} (talous- ja velkaneuvonta), {phone:b}\nSOVITTU: maksutauko {L:date_fi} asti, "
     "{b.gs.ade} valtakirja. Kirjannut {c.gs} ({user:c}); seuraava soitto {L:date_fi} klo {L:hour}, {a.gs.par} "
     "yritetään uudelleen.\n"),
    ("valtakirja_perinta_fi", "fi",
     "Valtakirja\n\nMinä, {k.gs} ({hetu:k}), valtuutan {s.gs.gen} ({hetu:s}) hoitamaan puolestani "
     "perintäasiaa {L:case} {L:creditor}-yhtiön saatavasta.\n\n{L:town_fi} {L:date_fi}\n{k.gs}\n\nTodistajat: "
     "{a.gs}, {b.gs}\n\n---\nKäsittelijä {c.gs}: valtakirja tarkistettu; {s.g} hoitaa asiaa numerosta "
     "{phone:s}. {k.g.gen} oma numero {phone:k}. {x.gs.ela} ei kyse ({L:twin}).\n"),
    ("riitautus_fi", "fi",
     "Aihe: Kiistän saatavan {L:case}\n\nHei,\n\nen ole tilannut palvelua, josta lasku {L:invoice} on lähetetty. "
     "Sopimuksen on tehnyt entinen kumppanini {a.gs} minun nimissäni. Asiasta on tehty rikosilmoitus, "
     "tutkija {b.gs}.\n\nAsianajajani {c.gs} ({mail:c}) hoitaa asiaa jatkossa.\n\n{s.gs}\n{phone:s}\n\n"
     "Merkintä ({d.gs}): perintä keskeytetty; riitautus siirretty lakimies {e.gs.all} ({L:hour}); yhteys otettu "
     "{c.gs.ill}. {x.gs.ela} ei "
     "löydy yhteyttä toimeksiantoon ({L:twin}).\n"),
    ("haastehakemus_fi", "fi",
     "Haastehakemus (tiivistelmä) – {L:court}, diaarinumero {L:diary}\n\nKantaja: {L:creditor}, "
     "asiamiehenään asianajaja {a.gs}\nVastaaja: {s.gs}, {L:street_fi}, {L:postcode_fi}\nVastaajan asiamies: "
     "varatuomari {b.gs}, {phone:b}\nKantajan asiamiehen puhelin: {phone:a}\n\nVaatimus: {L:amount_fi} korkoineen. "
     "Todistajina {c.gs} ja {d.gs}.\n"
     "Käsittelyä hoitaa {a.gs.gen} avustaja {e.gs}. Valmisteluistunto {L:date_fi} klo {L:hour}. Vastaajan asiamies "
     "ei ole {x.gs.gen} toimistosta ({L:twin}).\n"),
    ("ulosotto_fi", "fi",
     "Ilmoitus ulosottoon siirrosta\n\nVelallinen {s.gs} ({hetu:s})\nUlosottoasia {L:ulosotto}\nUlosottomies: "
     "kihlakunnanulosottomies {a.gs}, {phone:a}\n\nSaatava {L:amount_fi} (tuomio {L:court}, {L:diary}). "
     "Palkanmaksaja ilmoittanut {b.gs.gen} kautta. {k.gs.all} on lähetetty tieto puolison tuloista.\n\n"
     "Perintäasiantuntija {c.gs}, {L:debtline_fi}, {L:date_fi}\nTilitetty {L:amount_fi} viitteellä {L:viite}.\n"),
    ("kuolinpesa_perinta_fi", "fi",
     "Aihe: Kuolinpesän velka {L:case}\n\nHei,\n\nisäni {k.gs} ({hetu:k}) kuoli {L:date_fi}. Olen pesän "
     "osakas, samoin veljeni {a.gs}. Pesänselvittäjä on asianajaja {b.gs} ({phone:b}, {mail:b}).\n\nPyydän, "
     "ettei perintää kohdisteta minuun. {s.gs}, {phone:s}\n\nKirjannut {c.gs}: perukirja odotettavissa; "
     "{k.gs.gen} velat {L:amount_fi}; yhteydet {b.gs.all}. Perunkirjoitus {L:date_fi}, {L:town_fi}.\n"),
    ("asiakaskortti_fi", "fi",
     "Toimeksiantolomake – uusi asiakas\n\nasiakas: {s.gs}\nhenkilötunnus: {hetu:s}\npuhelin: {phone:s}\n"
     "sähköposti: {mail:s}\nasia: riita perinnönjaosta\nvastapuoli: {a.gs}, {b.gs}\nvastapuolen avustaja: "
     "{c.gs} (Y-tunnus {L:ytunnus})\n\nEsteellisyysselvitys ({d.gs}): haettu nimillä {a.SG}, {b.SG}, {c.SG} – ei "
     "osumia. Vastuuasianajaja {e.gs}, avustaja {f.gs}. {x.gs.abl} ei toimeksiantoja ({L:twin}).\n"),
    ("tuntikirjaukset_fi", "fi",
     "Tuntikirjausten vienti {L:date_fi} ({L:system})\n\npvm;asianajaja;asiakas;asia;tunnit;kuvaus\n"
     "{L:date_fi};{a.sg};{s.sg};{L:matter};{L:hours};puhelu {s.gs.gen} kanssa\n{L:date_fi};{b.sg};{s.sg};"
     "{L:matter};{L:hours};kirjelmä vastapuolelle ({c.gs})\n{L:date_fi};{a.sg};{d.sg};{L:matter};{L:hours};"
     "neuvottelu {d.gs.gen} kanssa\n\nLaskuttava osakas {e.gs}, {phone:e}; lasku {L:invoice} {L:amount_fi}, eräpäivä "
     "{L:date_fi}. Vastapuolen asiamies {x.gs.abl} ({L:twin}).\n"),
    ("audit_fi", "fi",
     "Asianhallinnan lokimerkinnät {L:matter}\n\n{L:stamp} {user:a} AVATTU asia, päämies {s.sgc}\n{L:stamp} "
     "{user:b} ESTEELLISYYS tarkistettu: {c.sgc}, {d.sgc}\n{L:stamp} {user:a} ASIAKIRJA lisätty: "
     "toimeksiantosopimus_{L:qty}.pdf\n{L:stamp} {user:e} LASKU {L:invoice} {L:amount_fi}\n\nMuistiinpano "
     "({b.gs}): {s.g} soitti numerosta {phone:s}; {a.gs} palaa asiaan. Tiedoksi {c.gs.all}, {phone:c}; {d.gs.par} ei "
     "tavoitettu.\n"),
]

SHAPES += [
    # ---- English: airline, ferry line and rail operator
    ("pnr_en", "en",
     "Booking {L:pnr} – agent notes ({L:system})\n1.{s.P} MR 2.{k.P} MSTR 3.{a.P} MRS\n{L:flight} "
     "{L:date_en} LHR-HEL seats {L:seat} {L:seat} {L:seat}\nBooked by {b.gs} (travel manager), {mail:b}, "
     "{phone:b}\nTickets {L:ticket_no} {L:ticket_row}\n\nNote: {b.g} made the booking for {s.g} and family; "
     "contact {s.g} directly on {phone:s}. Name correction for {a.gs} approved by {c.gs}. Fare difference "
     "{L:amount_en}; {x.gs} of {L:twin} is not on this booking.\n"),
    ("group_en", "en",
     "Group booking {L:pnr} – {L:ship}, sailing {L:date_en}\nLeader: {s.gs}, {phone:s}, {mail:s}\n\n"
     "Passenger list:\n{a.SG} cabin {L:cabin}\n{b.SG} cabin {L:cabin}\n{c.SG} cabin {L:cabin}\n{d.SG} "
     "cabin {L:cabin}\nVehicle {L:plate}, lane {L:deck}\nDeposit {L:amount_en} by card {card:s}\n\n{d.g} needs a "
     "step-free cabin; {c.g} travels with "
     "an assistance dog. Group desk: {e.gs}, {phone:e}.\n"),
    ("pir_en", "en",
     "PROPERTY IRREGULARITY REPORT {L:pir}\nNAME {s.P} MS\nFLT {L:flight} {L:date_en}\nTAG {L:bagtag}\n"
     "PERM ADDR {L:street_en}, {L:postcode_en}\nTEL {phone:s}\nEMAIL {mail:s}\n\nBag damaged (wheel torn off). "
     "Travelling companion {a.gs} ({phone:a}) witnessed it at the belt. Agent {b.gs}, {L:airport}. "
     "Baggage line {L:baggageline_en}. Repair voucher for {L:twin}; not {x.gs}'s bag.\n"),
    ("eu261_en", "en",
     "Subject: Compensation claim – cancelled flight {L:flight}\n\nDear Sir or Madam,\n\nOur flight on "
     "{L:date_en} was cancelled at {L:airport}. Passengers: myself, {s.gs}, my wife {k.gs} and our friends "
     "{a.gs} and {b.gs}. We claim {L:amount_en} each under EU261.\n\nPlease pay to {iban:s}.\n\n{s.gs}\n"
     "{phone:s}\n\n---\nClaims ({c.gs}): approved for {s.g} and {k.g}; {a.g} and {b.g} to claim separately. "
     "Ref {L:case}.\n"),
    ("botchat_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} TravelBot: Hi! What's your booking reference?\n{L:hour} {nick:s}: "
     "{L:pnr}\n{L:hour} TravelBot: I found a booking for {s.P}. How can I help?\n{L:hour} {nick:s}: agent "
     "please, my mum {k.gs} is stuck in {L:airport}\n{L:hour} TravelBot: Handing you over to an agent.\n"
     "{L:hour} Agent {a.g}: Hi {s.g}, I'm {a.g}. I can rebook {k.g} on {L:flight2}. Best number for her?\n"
     "{L:hour} {nick:s}: {phone:k}, or her neighbour {b.gs} {phone:b}\n{L:hour} Agent {a.g}: Done, seat "
     "{L:seat}.\n"),
    ("abroad_en", "en",
     "Subject: Help – stranded abroad\n\nHello, I am {s.gs}, calling from abroad. My phone {phone:s} has no "
     "credit; please contact my brother {a.gs} on {phone:a} or my colleague {b.gs} on {phone:b}. Our hotel "
     "manager {c.gs} ({phone:c}) can confirm we are here. Booking {L:pnr}, ticket {L:ticket_no}.\n\n"
     "Reply ({d.gs}): rebooked on {L:flight} {L:date_en}, refund {L:amount_en} to card {card:s}.\n"),
    ("ffaccount_en", "en",
     "Subject: Frequent flyer account takeover\n\nSomeone logged into my account (member no. {L:loyalty}, "
     "username {user:s}) and redeemed miles for a ticket in the name of {a.gs}. I don't know {a.g}.\n\n"
     "{s.gs}, {phone:s}, {mail:s}\n\n---\nLoyalty team ({b.gs}, {user:b}): ticket {L:ticket_no} voided. "
     "One-time code {otp:s} and temporary password {pwd:s} sent to the member only. {c.gs} informed security. Miles "
     "{L:points} restored {L:date_en}.\n"),
    ("manifest_en", "en",
     "Seat map extract – {L:flight} {L:date_en}, crew notes\nRow {L:seat}: {a.P} MR (SSR WCHS, contact "
     "{phone:a})\nRow {L:seat}: {b.P} MS (UMNR, drop-off {s.gs} {phone:s}, pick-up {c.gs} {phone:c})\nRow "
     "{L:seat}: {d.P} MRS (PETC)\nRow {L:seat}: {e.P} MR (MEDA)\n\nSCCM {f.gs}: UM handed to {c.g} at gate "
     "{L:gate}; {s.g} gave the drop-off PIN {pin:s}. {d.g} moved to {L:seat}.\n"),
    ("complaint_en", "en",
     "Subject: Complaint about a fellow passenger – {L:train}, {L:date_en}\n\nA passenger who gave his name to "
     "the guard as {a.gs} was abusive to my child {k.g} in coach {L:coach}. The guard, {b.gs}, "
     "took his details. Another passenger, {c.gs} ({phone:c}), saw it all.\n\n{s.gs}, {phone:s}\n\n"
     "Reply ({d.gs}): reported to the British Transport Police, officer {e.gs}. Not connected with {x.gs} or "
     "{L:twin}.\n"),
    # ---- English: collection agency and law firm
    ("collection_en", "en",
     "{L:twin}\nFINAL NOTICE\n\n{s.GS}\n{L:street_en}\n{L:postcode_en}\n\nCreditor: {L:creditor}\nAccount "
     "{L:case}, balance {L:amount_en}\nPay by {L:date_en} or call {L:debtline_en}.\n\nYour case handler: "
     "{a.gs}, direct line {phone:a}. Guarantor: {k.gs}. {x.gs} is no relation of the firm.\n"),
    ("callnote_en", "en",
     "Call note {L:stamp} – {L:case}\nCaller: {s.gs} ({phone:s}), debtor\n- disputes the balance, says "
     "{a.gs} (ex-partner) took the loan\n- StepChange adviser {b.gs} ({phone:b}) acting under authority\n- "
     "guarantor {k.gs} not contacted\nAgreed: hold 30 days. Payment plan portal code {activation:s} sent by "
     "SMS. Agent {c.gs} ({user:c}).\n"),
    ("intake_en", "en",
     "New matter intake\n\nclient: {s.gs}\nphone: {phone:s}\nemail: {mail:s}\nmatter: defence of debt claim, "
     "{L:court}, claim no. {L:diary}\nclaimant's solicitor: {a.gs} ({L:twin}), {phone:a}\nother parties: {b.gs}, "
     "{c.gs}\n"
     "\nConflict check ({d.gs}): searched {a.SG}, {b.SG}, {c.SG} – clear. Supervising partner {e.gs}; "
     "fee earner {f.gs}. Previously advised by {x.gs}. {L:sra}.\n"),
    ("timeentries_en", "en",
     "GET /timeentries?matter={L:matter} → 200\n⟦⦃\"date\": \"{L:iso}\", \"fee_earner\": \"{a.gs}\", "
     "\"client\": \"{s.gs}\", \"hours\": {L:hours}, \"narrative\": \"call with {s.g}\"⦄,\n⦃\"date\": "
     "\"{L:iso}\", \"fee_earner\": \"{b.gs}\", \"client\": \"{s.gs}\", \"hours\": {L:hours}, \"narrative\": "
     "\"letter to {c.gs}\"⦄,\n⦃\"date\": \"{L:iso}\", \"fee_earner\": \"{a.gs}\", \"client\": \"{d.gs}\", "
     "\"hours\": {L:hours}, \"email\": \"{mail:d}\", \"phone\": \"{phone:d.e164}\"⦄⟧\n"),
    ("engagement_en", "en",
     "{L:twin}\nLetter of engagement\n\nDear {s.g} {s.s},\n\nThank you for instructing us about the claim "
     "by {L:creditor} against you and {k.gs}. {a.gs} will have conduct of your matter ({L:matter}), "
     "supervised by {b.gs}. Our hourly rate is £{L:rate}. Please pay money on account to our client account; "
     "never to an account given by phone.\n\nYours sincerely\n{a.gs}\n{L:role_en}\n{phone:a}\ncc {x.gs}\n"),
    ("estate_en", "en",
     "Subject: Debt of my late father – {L:case}\n\nMy father {k.gs} died on {L:date_en}. I am executor "
     "together with {a.gs}. The estate's solicitor is {b.gs} ({phone:b}, {mail:b}).\n\nPlease stop letters "
     "to his address. {s.gs}, {phone:s}\n\nNote ({c.gs}): death certificate received, account frozen; "
     "liaise with {b.g}. Balance {L:amount_en} on hold until {L:date_en}; {x.gs} at {L:twin} not involved.\n"),
]

SHAPES += [
    # ---- Swedish: ferry line and rail operator
    ("bokning_sv", "sv",
     "Bokning {L:pnr} – {L:ship}, avgång {L:date_sv} kl. {L:hour}\nResenärer: {s.P} MR, {k.P} MRS, {a.P} "
     "CHD\nHytt {L:cabin}, bil {L:plate} på däck {L:deck}\nBokad av {b.gs}, {phone:b}\n\nAnteckning ({c.gs}): "
     "{s.g} ringde från {phone:s}; namnändring för {a.gs}. Återbetalning {L:amount_sv} till {iban:s}. "
     "{x.gs.gen} grupp bor på {L:twin}.\n"),
    ("assistans_sv", "sv",
     "Assistansbeställning – tåg {L:train} {L:date_sv}\n\nResenär: {s.gs}, {phone:s}\nLedsagare: {a.gs}, "
     "{phone:a}\nAvstigning: {L:station}, hämtas av {b.gs}, {phone:b}\nVagn/plats: {L:coach}\n\nTågvärd {c.gs} "
     "informerad; {d.gs.gen} team möter på perrongen kl. {L:hour}. {x.gs.gen} resa med {L:twin} är en annan.\n"),
    ("bagage_sv", "sv",
     "Bagageanmälan {L:pir}\n\nNamn: {s.SG}\nFlyg: {L:flight} {L:date_sv}\nVäska: {L:bagtag}\nTelefon: "
     "{phone:s}\nE-post: {mail:s}\n\nVäskan kom inte fram till {L:airport}. Medresenären {a.gs} fick sin väska. "
     "Bud lämnar väskan hos grannen {b.gs} ({phone:b}). Handläggare {c.gs}, {L:baggageline_sv}. Väskan ({L:kg}) "
     "levereras {L:date_sv}; {x.gs.gen} väska finns på {L:twin}.\n"),
    ("forsening_sv", "sv",
     "Ärende: Förseningsersättning {L:train}\n\nHej! Tåget {L:date_sv} var två timmar försenat. Vi reste fyra: "
     "jag, {s.gs}, min man {k.gs}, och våra vänner {a.gs} och {b.gs}. Ersättning till {iban:s}.\n\n{s.gs}, "
     "{phone:s}\n\nSvar ({c.gs}): {L:amount_sv} utbetalas; {a.g.gen} och {b.g.gen} ansökningar behandlas "
     "separat. [Chopin-nattåget] berörs inte.\n"),
    ("konduktor_sv", "sv",
     "Tågvärdsrapport {L:train} {L:date_sv}\nTågvärd: {s.gs} ({user:s})\n\n{L:hour} {L:station}: {a.gs} "
     "utan biljett\n{L:hour} vagn {L:coach}: {b.gs} sjuk, ambulans {L:emergency_sv}\n{L:hour} {c.gs.gen} "
     "plånbok hittad, lämnad till {d.gs}\n\nRapport till {e.gs}, {phone:e}.\n"),
    # ---- Swedish: collection agency and law firm
    ("inkassokrav_sv", "sv",
     "{L:creditor} / Inkasso\nINKASSOKRAV\n\n{s.GS}\n{L:street_sv}\n{L:postcode_sv}\n\nFaktura {L:invoice}, "
     "ärende {L:case}\nKapital {L:amount_sv}, ränta {L:amount_sv}\nBetala senast {L:date_sv} med referens "
     "{L:rf}.\n\nHandläggare {a.gs}, direkt {phone:a}. Kundtjänst {L:debtline_sv}. Ärendet gäller inte {x.gs.gen} "
     "konto hos {L:twin}.\n"),
    ("betalningsplan_sv", "sv",
     "Betalningsplan {L:case}\n\nGäldenär: {s.gs}, {phone:s}\nBorgensman: {k.gs}\nOmbud: skuldrådgivare "
     "{a.gs} ({mail:a}), fullmakt {L:date_sv}\nDelbetalningar: {L:qty} × {L:amount_sv}\n\nAktiveringskod till "
     "portalen {activation:s} skickad till {s.g}. Godkänd av {b.gs} ({user:b}). {x.gs.gen} ärende hos "
     "{L:twin} är ett annat.\n"),
    ("bestridande_sv", "sv",
     "Ärende: Bestrider krav {L:case}\n\nJag har aldrig beställt tjänsten. Avtalet tecknades av {a.gs} i mitt "
     "namn. Mitt ombud, advokat {b.gs} ({phone:b}), kontaktar er.\n\n{s.gs}\n{phone:s}\n\nAnteckning "
     "({c.gs}): indrivning pausad; överlämnat till jurist {d.gs}. Stämningsansökan till {L:court}, mål "
     "{L:diary}.\n"),
    ("jav_sv", "sv",
     "Jävskontroll – nytt uppdrag {L:matter}\n\nKlient: {s.gs}, {phone:s}, {mail:s}\nMotpart: {a.gs}, "
     "{b.gs}\nMotpartens ombud: {c.gs}, {phone:c}\n\nSökt på {a.SG}, {b.SG}, {c.SG}: inga träffar. Ansvarig advokat "
     "{d.gs}, biträdande jurist {e.gs}. {x.gs.gen} uppdrag hos {L:twin} avslutat.\n"),
]

# The shapes of the travel company (the others: the collection agency's and the law firm's).
TRAVEL_SHAPES = {"pnr_fi", "nimenkorjaus_fi", "ryhmavaraus_fi", "erityisavustus_fi", "yksin_matkustava_fi",
                 "matkatavara_pir_fi", "viivastyskorvaus_fi", "kanta_asiakas_fi", "konduktoori_fi",
                 "lahtoportti_loki_fi", "miehisto_fi", "hyvitys_fi", "manifest_en", "pnr_en", "eu261_en", "group_en",
                 "pir_en", "botchat_en", "abroad_en", "ffaccount_en", "complaint_en", "bokning_sv", "assistans_sv",
                 "bagage_sv", "forsening_sv", "konduktor_sv"}

# The earlier mail a reply quotes, the copies under it, and the record around it.
QUOTES = {"fi": ["\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi} {L:hour}\n"
                 "Vastaanottaja: {shared}\nAihe: {L:ticket}\n\nVoisitteko katsoa tätä? t. {h.g}\n",
                 "\n{L:date_fi} klo {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Välitän tämän {a.g.all}.\n"],
          "en": ["\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:date_en} {L:hour}\n"
                 "To: {shared}\nSubject: RE: {L:ticket}\n\nCould you pick this up? {h.g}\n",
                 "\nOn {L:date_en} at {L:hour}, {h.gs} <{mail:h}> wrote:\n> Passing to {a.g}.\n"],
          "sv": ["\n-----Ursprungligt meddelande-----\nFrån: {h.gs} <{mail:h}>\nSkickat: {L:date_sv} {L:hour}\n"
                 "Till: {shared}\nÄmne: SV: {L:ticket}\n\nKan ni titta på detta? /{h.g}\n",
                 "\n{h.gs} <{mail:h}> skrev {L:date_sv} kl. {L:hour}:\n> Skickar vidare till {a.g}.\n"]}
COPIES = {"fi": ["\nTiedoksi: {e.gs} ({phone:e}), {f.gs}\n", "\nKopio: {f.sgc}, {mail:f}\n",
                 "\nTiedoksi {e.gs.all} ja {f.gs.all}\n", "\n@{e.g} @{f.g} ehtisittekö katsoa?\n",
                 "\nVastaanottajat: {e.gs} <{mail:e}>; {f.gs}; {shared}\n"],
          "en": ["\ncc: {e.gs}, {f.gs} ({phone:f})\n", "\nMentioned: @{f.gs}\n", "\ncc: {e.gs} <{mail:e}>; {shared}\n",
                 "\nWatchers: {e.sgc}; {f.sgc}\n"],
          "sv": ["\nKopia: {e.gs}, {f.gs}\n", "\nFör kännedom: {f.gs}, {phone:f}\n",
                 "\nBevakare: {e.gs} <{mail:e}>; {shared}\n"]}
RECORDS = {
    "fi": ["\n--\n{L:system} · Tapaus {L:ticket} päivitetty {L:stamp}\nKäsittelijä: {g.gs}, {L:role_fi}, "
           "puh. {phone:g}\nJono: {L:queue_fi}\n",
           "\n\nYstävällisin terveisin\n{g.gs}\n{L:role_fi}\n{phone:g} · palvelunumero {L:careline_fi}\n"
           "Y-tunnus {L:ytunnus}, ALV {L:vatfi}\n",
           "\n--\nKäsitellyt {g.gs} ({user:g}) {L:stamp} · {L:system}\n",
           "\n\nAsiakaspalvelu {L:careline_fi} (ma–pe 8–18), hätätilanteessa {L:emergency_fi}\n{g.gs}\n"],
    "en": ["\n--\n{L:system} · Case {L:ticket} updated {L:stamp}\nOwner: {g.gs}, {L:role_en}, tel. {phone:g}\n"
           "Queue: {L:queue_en}\n",
           "\n\nKind regards\n{g.gs}\n{L:role_en}\nM: {phone:g} | Customer care: {L:careline_en}\n{L:companyno}\n",
           "\n--\nHandled by {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:ticket} uppdaterat {L:stamp}\nHandläggare: {g.gs}, {L:role_sv}, "
           "tfn {phone:g}\nKö: {L:queue_sv}\n",
           "\n\nMed vänlig hälsning\n{g.gs}\n{L:role_sv}\nMobil: {phone:g} · Kundtjänst: {L:careline_sv}\n"
           "Org.nr {L:orgnr}\n"],
}


def namesake(language, others):
    """A third party whose surname an airport, a ship, a train, a hotel, a firm or a street also bears (one of the
    message's service): a NAME."""
    while True:
        p = PEOPLE.draw(language, {"fi": "fi", "sv": "sv"}.get(language, R.choice(["fi", "world"])))
        p.surname = R.choice(sorted(name for name in EPONYMS[language]
                                    if (name in TRAVEL_EPONYMS) == (CURRENT["service"] == "travel")))
        if not p.words() & set().union(*(o.words() for o in others)):
            return p


draw = generation.case_draw(
    "held-out-44", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "travel" if name in TRAVEL_SHAPES else "legal", current=CURRENT)


# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 80, "EMAIL": 400, "USERNAME": 200,
            "look-alikes": 7000, "CREDENTIAL": 80, "IBAN": 60, "PAYMENT_CARD": 30, "NATIONAL_ID": 30}
generation.main(SHAPES, draw, REDRAWN, PHONES, COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS)],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso"), tally=generation.NameForms(PHONES),
                check=generation.new_forms_check("held-out-44.jsonl"))
