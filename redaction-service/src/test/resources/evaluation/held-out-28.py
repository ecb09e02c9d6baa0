#!/usr/bin/env python3
"""Generates the twenty-eighth held-out set (held-out-28.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 27: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of service-desk text, as telephony platforms and servers print them, that sets 1-27 lack: SIP INVITE
traces pasted into a ticket (From:, P-Asserted-Identity: and Diversion: with a display name surname first and the
number in the sip: URI); Asterisk CLI output (CALLERID(name)=Surname, Given; Dial, VoiceMail); IVR logs with DTMF
choices, a strong identification with the identity code and callback attempts by agents; callback queues exported as
JSON; a cloud IVR's webhook body, form-encoded (From=%2B…&CallerName=Surname%2C+Given); call-recording metadata as
XML and JSON with an erasure or access request (the identity code, a lower-case IBAN, a card read out before the PCI
pause); voicemail transcripts with a switchboard number and an extension, a fax number and a mobile broken over a
line; fax server logs with their cover sheets (TELEKOPIO, FÖLJESEDEL); configuration pasted with its secrets (.env
with DATABASE_URL=postgres://user:password@host, a Kubernetes Secret, SMTP passwords, Slack and API tokens);
Jira wiki-markup journals ([~username], {quote}, [~accountid:…]) and ServiceNow work notes with @mentions; a
Telegram group export as JSON with colloquial nicknames in the display names and spoken Finnish cases in the lines
(Tapsal, Jallult, Kapen kans); a Slack export (real_name, display_name); raw mail headers of an out-of-office reply
(Return-Path, X-Originating-IP, From: "Surname, Given") naming a deputy; Windows security events 4740 and 4625;
RADIUS, nginx and VPN logs with user names and IPv4 and IPv6 addresses; a PBX directory as CSV and a hunt group as
YAML; Teams Phone missed-call, forwarding and delegation notices; a bearer JWT with its decoded payload.
Names are new to sets 1-27 (python3 new-name-forms.py held-out-28.jsonl: 99.4 % of 2,134 forms): Finnish double
given names (Aarne-Kalervo, Saimi-Vieno, Orvokki-Helmi) and compound surnames drawn from a first part and a last
word that inflects with its own gradation and vowel harmony (Haapakorpi: Haapakorvelle, Pöyhömaa, Silta-aho,
Kurkilahti: Kurkilahdelta), rare -nen and double surnames; Finnish colloquial nicknames (Masa, Tapsa, Jallu, Kake,
Hanski, Veksi, Jonski, Matsku, Pipsa, Tertsi) with the spoken adessive and ablative; Finland-Swedish (Gudmund,
Sölve, Wiveka, Holmfrid; Lagercrantz, Adlercreutz, Standertskjöld, Munsterhjelm, Zilliacus, Öhrnberg); rare
English (Hepzibah, Sacheverell, Athelstan, Endellion; Fazackerley, Shufflebotham, Umfreville, Wrigglesworth);
Balinese (Wayan, Nyoman, Ketut; Suartana, Widiastuti), Burmese (Thandar, Hnin; Aung, Htun), Hmong (Pa Houa, Chue;
Vang, Moua), Uyghur, Tajik, Belarusian, Bosnian, Macedonian, Wolof, Shona, Sotho and Xhosa, Oromo, Moroccan and
Algerian (El Idrissi, Benjelloun), Lebanese, Iraqi (Al-Jubouri), Malayali, Punjabi, Bengali, Tongan, Haitian
(Dieumerci, Pierre-Louis), Breton and Luxembourgish names, these written SURNAME Given as EU staff lists do
(KERVELLA Gwenaëlle), Kyrgyz and Chechen names, all in the Finnish cases in Finnish messages.
Phones: Finnish mobiles, landlines, switchboards and company numbers (010, 020, 029) and the national and
international forms of 45 other countries, also as telephony systems store them (E.164 in SIP URIs, CLI, JSON and
XML, %2B in a form body).
Labelling policy, as in sets 25-27, with these for the new kinds: in a SIP URI the number is the PHONE span, the
scheme and host outside; a display name "Surname, Given" or "Surname Given" is two NAME spans; a switchboard's or a
fax's number is a PHONE (role "third" unless the subject's), an extension (alanumero 2437, ext: 4340, PJSIP/4426) a
look-alike; a number broken over a line is one span with the line break inside; a user name in a connection URI,
in [~…], in an event log, a RADIUS or an access log is a USERNAME of its owner, and the client address beside it
an IP_ADDRESS; passwords, tokens, API keys and a bearer JWT are CREDENTIALs of the person they belong to; a masked
card (**** 6580) is a look-alike; a nickname is a NAME, a spoken case form (Tapsal) too. Look-alikes (kept): Call-IDs,
branches and tags, extensions, Slack and Telegram user ids, Jira account ids, SIDs, MAC addresses, recording ids
and paths, GUIDs, job numbers, HTTP statuses and sizes, durations, times, dates, versions, ticket numbers, handsets
and telephony products (Yealink SIP-T54W, Asterisk 20, Genesys Cloud, Teams Phone), software named after people
(Jenkins, Hudson, Ada, Haskell, Godot), streets, rooms and firms named after people (Cygnaeuksenkatu 9,
Juhana Herttuan puistokatu 10, Pankhurst Close, Linnégatan 12; Sibelius-sali, neuvotteluhuone Väinämöinen, the
Faraday room, salen Strindberg; Onninen, Tokmanni, Huhtamäki, Halfords, Åhléns).
Counts: 650 messages (357 Finnish, 228 English, 65 Swedish); 7,373 NAME, 1,833 PHONE (46 countries), 414 EMAIL,
434 USERNAME, 254 IP_ADDRESS, 130 CREDENTIAL, 50 NATIONAL_ID, 39 IBAN, 25 PAYMENT_CARD; 4,710 look-alikes.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check
and message.verify) and is written again with new draws when a labelled value stands unlabelled elsewhere in it, in
any letter case, or a look-alike holds one (Message.stray_copy).
Deterministic: python3 held-out-28.py > held-out-28.jsonl (python3 held-out-28.py --stats adds counts on stderr)"""
import collections
import functools
import random
import sys

import identifiers
from message import Message, emit, first_clean, mixed_language
from name_forms import distinct, foreign, genitive_sv, inflect as fi, nen, nominative

R = random.Random(28282828)
PHONES = collections.Counter()
REDRAWN = collections.Counter()
SUB = "subject"


# Finnish names. Compound surnames are drawn from a first part and a last word, which takes the endings with its own
# gradation and vowel harmony (Haapakorpi: Haapakorvelle; Kettumäki: Kettumäellä).
HEADS = ["Haapa", "Koivu", "Mänty", "Leppä", "Paju", "Tammi", "Kataja", "Hirvi", "Karhu", "Kettu", "Kurki", "Lohi",
         "Silta", "Aitto", "Ylä", "Ala", "Vähä", "Rauta", "Pitkä", "Halla", "Routa", "Hiisi", "Kolu", "Pöyhö", "Raja",
         "Talas", "Peura", "Ukon", "Riihi", "Sauna", "Kuivas", "Marja", "Heinä", "Kirkko", "Ruoho", "Savi", "Honka"]
TAILS = {"korpi": ("korve", "korpe", "korpea", "korpeen"), "luoma": ("luoma", "luoma", None, None),
         "kokko": ("koko", "kokko", None, None), "aho": ("aho", "aho", None, None),
         "vaara": ("vaara", "vaara", None, None), "salo": ("salo", "salo", None, None),
         "lahti": ("lahde", "lahte", "lahtea", "lahteen"), "rinne": ("rintee", "rintee", "rinnettä", "rinteeseen"),
         "mäki": ("mäe", "mäke", "mäkeä", "mäkeen"), "oja": ("oja", "oja", None, None),
         "puro": ("puro", "puro", None, None), "kumpu": ("kummu", "kumpu", None, None),
         "kylä": ("kylä", "kylä", None, None), "koski": ("koske", "koske", "koskea", "koskeen"),
         "linna": ("linna", "linna", None, None), "pelto": ("pello", "pelto", None, None),
         "kangas": ("kankaa", "kankaa", "kangasta", "kankaaseen"), "ranta": ("ranna", "ranta", None, None),
         "lampi": ("lamme", "lampe", "lampea", "lampeen"), "saari": ("saare", "saare", "saarta", "saareen"),
         "vuori": ("vuore", "vuore", "vuorta", "vuoreen"), "järvi": ("järve", "järve", "järveä", "järveen"),
         "nummi": ("numme", "numme", "nummea", "nummeen"), "maa": ("maa", "maa", "maata", "maahan")}
FI_LAST_NEN = ["Oravainen", "Suutarinen", "Hujanen", "Kerkkänen", "Juutilainen", "Pesonen-Lahja", "Hämäläinen-Salo",
               "Tuhkanen", "Räisänen", "Manninen-Ojala", "Kuhmonen", "Tiusanen"]
FI_LAST_OTHER = ["Kaarnamo", "Kuusirati", "Marjomaa", "Hakomäki", "Peltokangas", "Sarajärvi", "Kiviharju",
                 "Kuivasmaa", "Heinäjoki-Aro"]
# Given names: the first part plain, the last part with its endings; gradating ones with their weak stem.
GIVEN_MEN = ["Aarne", "Eino", "Väinö", "Lauri", "Kalle", "Ilmari", "Veikko", "Jaakko", "Pentti", "Heikki", "Sulo",
             "Reino", "Tapani", "Kustaa", "Aukusti", "Kalervo", "Juhani", "Olavi", "Antero", "Ensio", "Valtteri",
             "Eemeli", "Oskari", "Taisto", "Aaro", "Uuno"]
GIVEN_WOMEN = ["Aino", "Helmi", "Lyyli", "Saimi", "Anni", "Siiri", "Elli", "Kaisa", "Liisa", "Maija", "Kerttu",
               "Inkeri", "Orvokki", "Marjatta", "Annikki", "Sofia", "Tuulia", "Helena", "Johanna", "Kaarina",
               "Emilia", "Eveliina", "Ilona", "Alina", "Vieno"]
WEAK = {"Veikko": "Veiko", "Jaakko": "Jaako", "Pentti": "Penti", "Heikki": "Heiki", "Kerttu": "Kertu",
        "Orvokki": "Orvoki", "Marjatta": "Marjata", "Annikki": "Anniki"}
# Double given names and compound surnames the earlier sets hold, drawn again (this set's names are new to them).
TAKEN = {"Eemeli-Juhani", "Eino-Ilmari", "Lauri-Kalervo", "Liisa-Maija", "Olavi-Ilmari", "Oskari-Ilmari",
         "Pentti-Oskari", "Taisto-Ilmari", "Vieno-Inkeri", "Haapakoski", "Koivumäki", "Leppälahti", "Marjamäki",
         "Pitkäranta", "Vähäkangas", "Kettumäki", "Mäntysaari", "Kataja-aho"}
# Colloquial nicknames, as chats write them, with the spoken adessive and ablative (Tapsal, Jallult).
NICKS = ["Masa", "Tapsa", "Jallu", "Kake", "Ripa", "Sepe", "Tiksi", "Jusa", "Hanski", "Repe", "Tuksu", "Hande",
         "Veksi", "Lipa", "Kallu", "Rane", "Vesku", "Kape", "Jonski", "Jussu", "Jampe", "Tipe", "Oke", "Rollo",
         "Matsku", "Juge", "Jopi", "Hene", "Jami", "Marski", "Pertsa", "Pipsa", "Hanni", "Tertsi", "Kirsu", "Petsku"]


def joined(head, tail):
    """A compound surname; a hyphen where the same vowel would meet (Silta-aho, Ala-aho)."""
    return f"{head}-{tail}" if head[-1] == tail[0] else head + tail


def last_word(tail):
    weak, strong, par, ill = TAILS[tail]
    return fi(tail, weak, strong, par=par, ill=ill)


def prefixed(head, forms):
    """forms of a last word with head before each: Haapa + korvelle; Aarne- + Kalervolle."""
    return {case: head + form for case, form in forms.items()}


def add_cases(forms):
    """The abessive and the spoken adessive and ablative of chat (Masal, Masalt) besides name_forms' cases."""
    weak = forms["gen"][:-1]
    a = forms["par"][-1]
    forms.update(abe=weak + "tt" + a, sade=weak + "l", sabl=weak + "lt")
    return forms


def given_forms(nom):
    head, _, last = nom.rpartition("-")
    forms = fi(last, WEAK.get(last), last)
    return add_cases(prefixed(head + "-", forms) if head else forms)


def surname_forms(nom):
    for tail in TAILS:
        if nom.endswith(tail) and len(nom) > len(tail) + 2:
            head = nom[:-len(tail)]
            return add_cases({case: head + form for case, form in last_word(tail).items()})
    head, _, last = nom.rpartition("-")
    if head:
        return add_cases(prefixed(head + "-", surname_forms(last)))
    if nom.endswith("nen"):
        return add_cases(nen(nom))
    return add_cases(fi(nom) if nom[-1] in "aeiouyäö" else foreign(nom))


def foreign_forms(nom):
    """A name of other origin in the Finnish cases: the stem vowel -i after a consonant, the case on the last word."""
    return add_cases(foreign(nom) if nom[-1] not in "aeiouyäöé" else fi(nom))


# Names of other origins: (given names, surnames, countries their numbers come from).
BALINESE = (["Wayan", "Made", "Nyoman", "Ketut", "Putu", "Komang"],
            ["Suartana", "Widiastuti", "Sudarsana", "Wirawan", "Astawa", "Pradnyani"], ["ID"])
BURMESE = (["Thandar", "Hnin", "Zaw", "Myint", "Kyaw", "Nandar"], ["Aung", "Htun", "Thein", "Naing", "Oo"],
           ["MM", "TH"])
HMONG = (["Pa Houa", "Tou", "Nou", "Chue", "Yeng", "Pa Nhia"], ["Vang", "Moua", "Yang", "Lor", "Her"], ["US", "LA"])
UYGHUR = (["Dilnur", "Ablikim", "Mihray", "Gulnar", "Ekber"], ["Tursun", "Abdukerim", "Memet", "Niyaz"], ["TR", "KZ"])
TAJIK = (["Farrukh", "Shohrukh", "Manizha", "Dilshod", "Firuza"], ["Rahmonov", "Nazarova", "Saidov", "Qurbonova"],
         ["TJ", "RU"])
BELARUSIAN = (["Aliaksandr", "Uladzimir", "Palina", "Yauhen", "Hanna-Maryia"],
              ["Lukashevich", "Kavalenka", "Shakhnovich", "Navitskaya"], ["BY", "LT", "PL"])
BOSNIAN = (["Emina", "Haris", "Amra", "Senad", "Lejla"], ["Hadžić", "Begović", "Mujkić", "Delić", "Salihović"],
           ["BA", "AT"])
MACEDONIAN = (["Bojan", "Goce", "Jovanka", "Zlatko"], ["Stojanovski", "Trajkovska", "Nikolovski", "Dimovska"], ["MK"])
WOLOF = (["Ndeye", "Modou", "Astou", "Babacar", "Mame Diarra"], ["Ndiaye", "Gueye", "Mbaye", "Thiam", "Sène"],
         ["SN", "FR"])
SHONA = (["Tatenda", "Rutendo", "Farai", "Nyasha", "Tapiwa"], ["Chikwanha", "Mutasa", "Mhlanga", "Chiweshe"],
         ["ZW", "ZA"])
SOTHO = (["Lerato", "Kagiso", "Palesa", "Tumelo", "Karabo", "Siyabonga", "Thandeka"],
         ["Mokoena", "Molefe", "Mabuza", "Madiba", "Mokoena-Dube"], ["ZA", "LS"])
OROMO = (["Chaltu", "Gemechu", "Lensa", "Tolosa", "Ebise"], ["Tolossa", "Gudeta", "Gemeda", "Dinsa", "Bekele-Tufa"],
         ["ET", "KE"])
MAGHREB = (["Meryem", "Anouar", "Khadija", "Mehdi", "Soukaina"], ["El Idrissi", "Benjelloun", "Tazi", "Bouzidi",
                                                                  "Haddouchi"], ["MA", "DZ", "TN"])
LEVANT = (["Lama", "Tarek", "Ziad-Elias", "Ranim"], ["Kassab", "Nasrallah", "Shammas", "Aoun", "Sfeir"],
          ["LB", "SY", "JO"])
IRAQI = (["Hayder", "Ruqaya", "Ammar", "Zahraa"], ["Al-Jubouri", "Al-Obaidi", "Al-Dulaimi", "Al-Saadi"],
         ["IQ"])
KERALA = (["Sreejith", "Vishnu", "Lekshmi", "Arun", "Aswathy"], ["Kurup", "Panicker", "Varghese", "Thampi"],
          ["IN", "AE"])
PUNJABI = (["Harjeet", "Jaswinder", "Navdeep", "Simranjit"], ["Sidhu", "Bains", "Dhaliwal", "Randhawa"],
           ["IN", "CA", "GB"])
BENGALI = (["Sourav", "Debashis", "Moumita", "Arnab", "Tanushree"], ["Sengupta", "Bhowmik", "Mazumdar", "Talukdar"],
           ["IN", "BD"])
TONGAN = (["Sione", "Mele", "Viliami", "Losaline", "Tevita"], ["Taufa", "Fifita", "Havili", "Vaipulu", "Tuipulotu"],
          ["TO", "NZ"])
HAITIAN = (["Dieumerci", "Widlyne", "Jean-Wesley", "Fabiola", "Wilfrid"], ["Pierre-Louis", "Désir", "Saint-Fleur",
                                                                          "Dorsainvil"], ["HT", "CA", "US"])
BRETON = (["Gwenaëlle", "Maëlys", "Goulven", "Solenn", "Tugdual"], ["Kervella", "Le Bihan", "Guéguen", "Quéméner",
                                                                  "Le Gall"], ["FR"])
LUXEMBOURG = (["Gilles", "Liliane", "Romain", "Fernande"], ["Weber-Schmit", "Kieffer", "Hoffmann-Schiltz", "Reuter"],
              ["LU", "BE"])
KYRGYZ = (["Cholpon", "Bakyt", "Aizada", "Tilek"], ["Abdyldaev", "Sadyrova", "Toktogulov", "Jumabaeva"], ["KG"])
CHECHEN = (["Zelimkhan", "Madina", "Aslanbek", "Kheda"], ["Dudaev", "Tsakaev", "Masaeva", "Umarov"], ["RU", "AT"])
ANGLO = (["Clementina", "Fabian", "Griffith", "Hepzibah", "Marcellus", "Quintin", "Silvanus", "Thomasina",
          "Valentine", "Xanthe", "Yolanda", "Cyprian", "Endellion", "Athelstan", "Crispian", "Damaris", "Jerusha",
          "Mehetabel", "Orlando", "Sacheverell", "Theodosia", "Ulick", "Averil", "Blanche", "Dulcie", "Elfrida",
          "Godwin", "Kenelm", "Gresham", "Honora"],
         ["Attwater", "Birtwistle", "Fazackerley", "Gristwood", "Haslingden", "Inglethorpe", "Killingbeck",
          "Rawsthorne", "Shufflebotham", "Unsworth", "Varley", "Coggeshall", "Isherwood", "Mossop", "Goodbody",
          "Pocklington", "Bagshaw", "Cattermole", "Gorringe", "Lightbody", "Mapplebeck", "Pettifer", "Rattray",
          "Scrivener", "Tollemache", "Umfreville", "Vavasour", "Yelverton", "Ormondroyd", "Hinchcliffe",
          "Leadbetter", "Wrigglesworth", "Fotheringham", "Dalrymple", "Auchinleck", "Menzies", "Chynoweth",
          "Rosewarne"], ["GB", "IE", "US"])
SWEDISH = (["Gudmund", "Sölve", "Disa", "Marit", "Ingrid-Britt", "Sigfrid", "Helmer", "Wiveka", "Britta", "Nils-Olof",
            "Ottar", "Roald", "Filippa", "Gert", "Holmfrid", "Inez", "Karolina", "Nanny", "Pia-Maria", "Svante",
            "Thure", "Vivianne"],
           ["Lagercrantz", "Adlercreutz", "Silfverberg", "Ehrensvärd", "Sundblom", "Westling", "Kullgren",
            "Dahlström", "Palmroth", "Standertskjöld", "Aminoff", "Schauman", "Stjernschantz", "Munsterhjelm",
            "Hisinger", "Creutz", "Lindelöf", "Frosterus", "Estlander", "Tigerstedt", "Wasenius", "Backström",
            "Enkvist", "Hägerstrand", "Ingman", "Järvholm", "Lassus", "Mollgren", "Nybergh", "Påhlsson", "Rosqvist",
            "Uggla", "Zilliacus", "Öhrnberg"], ["SE", "FI"])
WORLD = [BALINESE, BURMESE, HMONG, UYGHUR, TAJIK, BELARUSIAN, BOSNIAN, MACEDONIAN, WOLOF, SHONA, SOTHO, OROMO,
         MAGHREB, LEVANT, IRAQI, KERALA, PUNJABI, BENGALI, TONGAN, HAITIAN, BRETON, LUXEMBOURG, KYRGYZ, CHECHEN]
EU_STYLE = {id(BRETON), id(LUXEMBOURG)}

# Each country's numbers in its international and national forms.
FOREIGN = {"ID": ["+62 81{1}-{4}-{4}", "081{1}-{4}-{4}"], "MM": ["+95 9 {3} {3} {3}", "09 {3} {3} {3}"],
           "TH": ["+66 8{1} {3} {4}", "08{1}-{3}-{4}"], "LA": ["+856 20 {4} {4}", "020 {4} {4}"],
           "US": ["+1 (651) {3}-{4}", "651-{3}-{4}", "+1 303 {3} {4}"], "TR": ["+90 5{2} {3} {2} {2}"],
           "KZ": ["+7 70{1} {3} {2} {2}", "8 70{1} {3} {2} {2}"], "TJ": ["+992 93 {3} {4}", "93 {3} {4}"],
           "RU": ["+7 9{2} {3}-{2}-{2}", "8 (9{2}) {3}-{2}-{2}"], "BY": ["+375 29 {3}-{2}-{2}", "8 029 {3}-{2}-{2}"],
           "LT": ["+370 6{2} {5}"], "PL": ["+48 6{2} {3} {3}", "6{2}-{3}-{3}"],
           "BA": ["+387 61 {3} {3}", "061 {3} {3}"], "AT": ["+43 664 {7}", "0664 {7}"],
           "MK": ["+389 7{1} {3} {3}", "07{1} {3} {3}"], "SN": ["+221 77 {3} {2} {2}", "77 {3} {2} {2}"],
           "FR": ["+33 6 {2} {2} {2} {2}", "06 {2} {2} {2} {2}", "+33 (0)2 98 {2} {2} {2}"],
           "ZW": ["+263 77 {3} {4}", "077 {3} {4}"], "ZA": ["+27 82 {3} {4}", "082 {3} {4}"],
           "LS": ["+266 5{3} {4}"], "ET": ["+251 91 {3} {4}", "091 {3} {4}"], "KE": ["+254 7{2} {3} {3}"],
           "MA": ["+212 6{2} {2} {2} {2}", "06{2} {2} {2} {2}"], "DZ": ["+213 5{2} {2} {2} {2}"],
           "TN": ["+216 2{1} {3} {3}"], "LB": ["+961 3 {3} {3}", "03 {3} {3}"], "SY": ["+963 9{2} {3} {3}"],
           "JO": ["+962 7 9{3} {4}"], "IQ": ["+964 77{1} {3} {4}", "077{1} {3} {4}"],
           "IN": ["+91 9{4} {5}", "09{4}-{5}"], "AE": ["+971 50 {3} {4}", "050 {3} {4}"],
           "CA": ["+1 (604) {3}-{4}", "604.{3}.{4}"], "GB": ["+44 7{3} {6}", "07{3} {3} {3}", "+44 (0)161 {3} {4}"],
           "IE": ["+353 87 {3} {4}", "087 {3} {4}"], "BD": ["+880 17{2}-{6}", "017{2}-{6}"],
           "TO": ["+676 77 {5}"], "NZ": ["+64 27 {3} {4}", "027 {3} {4}"], "HT": ["+509 3{1} {2} {4}"],
           "LU": ["+352 621 {3} {3}", "621 {3} {3}"], "BE": ["+32 47{1} {2} {2} {2}", "047{1} {2} {2} {2}"],
           "KG": ["+996 55{1} {3} {3}", "055{1} {3} {3}"], "SE": ["+46 70 {3} {2} {2}", "070-{3} {2} {2}",
                                                                  "08-{3} {2} {2}"],
           "EE": ["+372 5{3} {4}"], "NO": ["+47 9{2} {2} {3}"], "DE": ["+49 151 {8}", "0151 {8}"]}
FOREIGN_IBANS = [("SE", "{20}"), ("FR", "{23}"), ("BE", "{12}"), ("LU", "{3}{13}"), ("BA", "{16}"), ("MK", "{3}{12}"),
                 ("TN", "{20}"), ("LB", "{4}{20}"), ("AT", "{16}"), ("GB", "NWBK{14}"), ("IE", "AIBK{14}")]
DOMAINS = ["firma.example.fi", "kunta.example.fi", "puhelin.example.fi", "example.co.uk", "corp.example.com",
           "example.lu", "foretag.example.se", "Example.FI", "tuki.example.fi"]


def fill(pattern):
    return identifiers.fill(R, pattern)


NUMBER_COUNTRY = {}
CALLING = {"ID": "62", "MM": "95", "TH": "66", "LA": "856", "US": "1", "TR": "90", "KZ": "7", "TJ": "992", "RU": "7",
           "BY": "375", "LT": "370", "PL": "48", "BA": "387", "AT": "43", "MK": "389", "SN": "221", "FR": "33",
           "ZW": "263", "ZA": "27", "LS": "266", "ET": "251", "KE": "254", "MA": "212", "DZ": "213", "TN": "216",
           "LB": "961", "SY": "963", "JO": "962", "IQ": "964", "IN": "91", "AE": "971", "CA": "1", "GB": "44",
           "IE": "353", "BD": "880", "TO": "676", "NZ": "64", "HT": "509", "LU": "352", "BE": "32", "KG": "996",
           "SE": "46", "EE": "372", "NO": "47", "DE": "49", "FI": "358"}
# The trunk prefix a national number starts with, dropped in the international form (8 in Russia, 80 in Belarus).
TRUNK = {"RU": "8", "KZ": "8", "BY": "80", "US": "", "CA": "", "SN": "", "LU": "", "TJ": "", "PL": ""}


def counted(country, pattern):
    PHONES[country] += 1
    number = fill(pattern)
    NUMBER_COUNTRY[number] = country
    return number


def mobile():
    return counted("FI", R.choice(["040 {3} {4}", "+358 40 {3} {4}", "050 {3} {4}", "+358 50 {2} {2} {3}",
                                   "044 {3} {4}", "045-{3} {4}", "+358 46 {3} {4}", "0400 {3} {3}", "041 {7}",
                                   "+35844{7}", "+358 (0)40 {7}"]))


def landline():
    return counted("FI", R.choice(["09 {3} {4}", "+358 9 {3} {4}", "03 {3} {4}", "013 {3} {4}", "+358 2 {3} {4}",
                                   "017 {3} {4}", "(09) {4} {3}", "08-{3} {4}"]))


def switchboard():
    return counted("FI", R.choice(["09 {3} {3}", "010 {3} {4}", "020 {3} {3}", "+358 10 {3} {4}", "029 {3} {4}"]))


def abroad(country=None):
    country = country or R.choice(sorted(FOREIGN))
    return counted(country, R.choice(FOREIGN[country]))


def digits_only(number):
    """A number as a telephony system stores it (E.164): the plus, the country code, the national number without
    its trunk prefix."""
    d = "".join(c for c in number.replace("(0)", "") if c.isdigit())
    if number.startswith("+"):
        return "+" + d
    country = NUMBER_COUNTRY.get(number, "FI")
    trunk = TRUNK.get(country, "0")
    return "+" + CALLING[country] + (d[len(trunk):] if trunk and d.startswith(trunk) else d)


def broken(number):
    """A number broken over a line at its last space (a mail client's wrap)."""
    head, _, tail = number.rpartition(" ")
    return f"{head}\n{tail}" if head else number


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(45, 99)), ("A", R.randint(0, 9))]))


def iban(lower=False):
    value = identifiers.written_iban(R) if R.random() < 0.6 else \
        identifiers.written_foreign_iban(R, *R.choice(FOREIGN_IBANS))
    return value.lower() if lower else value


def card():
    n = identifiers.luhn(R, R.choice(["4", "51", "55", "2223"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def hexa(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    return f"{hexa(8)}-{hexa(4)}-{hexa(4)}-{hexa(4)}-{hexa(12)}"


def b64(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(n))


def secret():
    """A password, an API key or a token as configuration files hold them."""
    return R.choice([lambda: R.choice(["Kesä", "Syys", "Talvi", "Kevät", "Sommar", "Winter"]) + fill("{4}") +
                     R.choice(["!", "#", "?", "_x"]),
                     lambda: "xoxb-" + fill("{12}") + "-" + fill("{13}") + "-" + b64(24),
                     lambda: "sk_test_" + b64(32), lambda: b64(40), lambda: "glpat-" + b64(20),
                     lambda: "AIza" + b64(35)])()


def jwt():
    return "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + "eyJ" + b64(R.randint(90, 140)) + "." + b64(86)


def ipv4():
    return R.choice(["10.{0}.{1}.{2}", "192.168.{1}.{2}", "172.16.{1}.{2}", "85.{0}.{1}.{2}", "91.{0}.{1}.{2}"]) \
        .format(R.randint(1, 250), R.randint(0, 254), R.randint(2, 254))


def ipv6():
    prefix = R.choice(["2001:14ba", "2a00:1dd0", "2001:998", "2a02:ed0", "2a01:4f8"])
    rest = [format(R.randint(1, 0xffff), "x") for _ in range(R.choice([2, 4, 6]))]
    return prefix + (":" + ":".join(rest) if len(rest) == 6 else "::" + ":".join(rest))


def ip():
    return ipv6() if R.random() < 0.45 else ipv4()


def mac():
    sep = R.choice([":", "-"])
    return sep.join(hexa(2) for _ in range(6))


def sid():
    return f"S-1-5-21-{fill('{10}')}-{fill('{10}')}-{fill('{9}')}-{R.randint(1100, 9999)}"


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(language="fi"):
    d, mo, y = R.randint(1, 28), R.randint(1, 12), 2027
    return R.choice({"fi": [f"{d}.{mo}.{y}", f"{d:02d}.{mo:02d}.{y}", f"{y}-{mo:02d}-{d:02d}", f"{d}.{mo}."],
                     "en": [f"{d} {MONTHS_EN[mo - 1]} {y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y}"],
                     "sv": [f"{y}-{mo:02d}-{d:02d}", f"{d}.{mo}.{y}", f"{d}/{mo}"]}[language])


def clocks(n):
    """n times of one day in order, as a log writes them."""
    start = R.randint(7 * 3600, 15 * 3600)
    return iter(f"{x // 3600:02d}:{x // 60 % 60:02d}:{x % 60:02d}"
                for x in sorted(start + R.randint(0, 5400) for _ in range(n)))


def clock():
    return f"{R.randint(7, 19):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def stamp():
    return f"2027-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{clock()}+02:00"


def duration():
    return R.choice([f"{R.randint(0, 14):02d}:{R.randint(0, 59):02d}", f"PT{R.randint(1, 20)}M{R.randint(0, 59)}S",
                     f"{R.randint(5, 900)} s"])


def ticket():
    return fill(R.choice(["INC{7}", "RITM{7}", "SD-{5}", "ITSM-{4}", "#{6}", "CHG{7}", "TUKI-{4}"]))


def extension():
    return str(R.randint(1000, 7999))


def version():
    return R.choice([f"{R.randint(1, 20)}.{R.randint(0, 30)}.{R.randint(0, 9)}",
                     f"v{R.randint(1, 6)}.{R.randint(0, 9)}",
                     f"{R.randint(80, 99)}.{R.randint(10, 90)}.0.{R.randint(10, 200)}"])


def call_id():
    return f"{hexa(16)}@{R.choice(['sbc01', 'sbc02', 'pbx', 'teams-gw'])}.example.fi"


USER_AGENTS = ["Yealink SIP-T54W", "Poly VVX 450", "Cisco-CP8865", "Snom D785", "Grandstream GXP2170",
               "MicroSIP", "Zoiper", "Linphone", "Asterisk PBX", "FreeSWITCH-mod_sofia", "Microsoft.PSTNHub.SIPProxy"]
PBX = ["Asterisk 20", "FreeSWITCH", "3CX", "Kamailio", "Elisa Ring", "Telia ACE", "Genesys Cloud", "Puzzel",
       "Teams Phone", "Cisco CUCM", "Avaya Aura", "Mitel MiVoice"]
QUEUES_FI = ["IT-tuki", "Salasanat", "Laskutus", "Vaihde", "Palvelupiste", "Kiireelliset", "Takaisinsoitot"]
QUEUES_EN = ["Service Desk", "Password Reset", "Billing", "Switchboard", "Priority", "Callbacks", "Field Services"]
ROOMS = ["Sibelius-sali", "neuvotteluhuone Väinämöinen", "Lemminkäinen-huone", "kokoustila Aino", "Ilmatar-sali",
         "Pohjola-huone", "the Faraday room", "the Brunel suite", "the Darwin room", "Nightingale Ward",
         "rummet Linné", "salen Strindberg"]
STREETS_FI = ["Döbelninkatu 4", "Cygnaeuksenkatu 9", "Franzéninkatu 13", "Castréninkatu 8", "Kristianinkatu 2",
              "Ludviginkatu 6", "Kustaankatu 3", "Elisabetinkatu 11", "Väinämöisenkatu 21", "Lemminkäisenkatu 14",
              "Juhana Herttuan puistokatu 10", "Kaarlenkatu 5"]
STREETS_EN = ["7 Disraeli Road", "Pankhurst Close", "12 Brunel Way", "Darwin Court", "4 Faraday Road",
              "Shakespeare Street", "Dickens Lane", "Newton Street"]
STREETS_SV = ["Linnégatan 12", "Karlavägen 4", "Odengatan 7", "Drottning Kristinas väg 3", "Gustav Adolfs torg 1"]
FIRMS_FI = ["Onninen", "Tokmanni", "Huhtamäki", "Kärkkäisen tavaratalo", "Halonen", "Serlachius", "Rosenlew",
            "Ahlström"]
FIRMS_EN = ["Marks & Spencer", "Halfords", "Morrisons", "Wetherspoons", "Greggs", "Selfridges", "Debenhams",
            "Waitrose", "Sainsbury's"]
FIRMS_SV = ["Åhléns", "Clas Ohlson", "Wallenstam", "Bonnier", "Fiskars"]
SOFTWARE = ["Jenkins", "Hudson", "Kafka", "Cassandra", "Ada", "Pascal", "Julia", "Haskell", "Erlang", "Godot",
            "Hugo", "Jekyll", "Grafana Tempo", "Kamailio", "OpenSIPS"]


# People. A person is a tuple of name parts: case-form dicts in Finnish messages, plain strings elsewhere; ORIGIN
# keeps, by the nominatives, each person's pool of names and the country their numbers come from.
ORIGIN = {}
# Who the people of a message in each language are: the first share the roll falls under gives their pools of
# names (None: a Finn).
MIX = {"fi": ((0.42, None), (0.5, [SWEDISH]), (1, WORLD)), "en": ((0.35, [ANGLO]), (0.85, WORLD), (1, None)),
       "sv": ((0.45, [SWEDISH]), (0.7, None), (1, WORLD))}


def finnish_given():
    if R.random() < 0.5:
        first, last = R.sample(GIVEN_MEN, 2)
    else:
        first, last = R.sample(GIVEN_WOMEN, 2)
    name = f"{first}-{last}"
    return finnish_given() if name in TAKEN else name


def finnish_surname():
    roll = R.random()
    if roll < 0.6:
        name = joined(R.choice(HEADS), R.choice(sorted(TAILS)))
        return finnish_surname() if name in TAKEN else name
    return R.choice(FI_LAST_NEN if roll < 0.8 else FI_LAST_OTHER)


def person(language):
    roll = R.random()
    pools = next(pools for share, pools in MIX[language] if roll < share)
    if pools is None:
        names, pool, country = (finnish_given(), finnish_surname()), None, "FI"
        forms = (given_forms, surname_forms)
    else:
        pool = R.choice(pools)
        names, country = (R.choice(pool[0]), R.choice(pool[1])), None
        forms = (foreign_forms, foreign_forms)
    ORIGIN[names] = (pool, country or R.choice(pool[2]))
    return tuple(f(n) for f, n in zip(forms, names)) if language == "fi" else names


person_fi, person_en, person_sv = (functools.partial(person, language) for language in ("fi", "en", "sv"))


def nick(language="fi"):
    """A Finn known by a colloquial nickname: Masa, Tapsa, Jallu, with a compound surname."""
    names = (R.choice(NICKS), joined(R.choice(HEADS), R.choice(sorted(TAILS))))
    ORIGIN[names] = (None, "FI")
    return (add_cases(fi(names[0])), surname_forms(names[1])) if language == "fi" else names


def origin_of(person):
    return ORIGIN.get(tuple(map(nominative, person)), (None, "FI"))


def phone_of(person):
    country = origin_of(person)[1]
    if country != "FI" and R.random() < 0.65:
        return abroad(country)
    return mobile() if R.random() < 0.75 else R.choice([landline, abroad])()


def plain_parts(person):
    return [nominative(p) for p in person]


def address_of(person):
    names = plain_parts(person)
    return identifiers.address(R, names[0].split()[0], names[-1].split()[-1], DOMAINS)


def username_of(person):
    names = [identifiers.plain_name(p) for p in plain_parts(person)]
    return R.choice([f"{names[0][0]}{names[-1][:7]}", f"{names[-1][:6]}{names[0][:2]}", f"{names[0][:3]}{names[-1][:3]}"
                     f"{R.randint(1, 99)}", f"u{fill('{6}')}"])


def g(person, case="nom"):
    p = person[0]
    return p[case] if isinstance(p, dict) else p


def s(person, case="nom"):
    p = person[-1]
    return p[case] if isinstance(p, dict) else p


def eu_style(person):
    return origin_of(person)[0] is not None and id(origin_of(person)[0]) in EU_STYLE


def whole(m, person, case="nom", role="third"):
    """Given name and surname, the surname in the case; a Breton or Luxembourg name as EU staff lists write it
    (KERVELLA Gwenaëlle) in the nominative."""
    if case == "nom" and eu_style(person):
        return m.name(s(person).upper(), g(person), role=role)
    return m.name(g(person), s(person, case), role=role)


def reverse(m, person, role="third", comma=False):
    """The surname first, as directories and telephony systems write display names: "Haapakorpi Aarne",
    "Haapakorpi, Aarne"."""
    m.name(s(person), role=role).say(", " if comma else " ")
    return m.name(g(person), role=role)


def genitive_en(m, name, role="third"):
    return m.name(name, role=role).say("'" if name.endswith("s") else "'s")


# Look-alike sentences at the end of most messages: things named after people, products, numbers.
THINGS_FI = [("Toimisto on osoitteessa ", lambda: R.choice(STREETS_FI), "."),
             ("Palaveri on tilassa ", lambda: R.choice(ROOMS[:6]), "."),
             ("Tarvikkeet tilataan ", lambda: R.choice(FIRMS_FI), "-ketjulta."),
             ("Vaihteen ohjelmisto on ", lambda: R.choice(PBX), "."),
             ("Koontiversio ajetaan ", lambda: R.choice(SOFTWARE), "-palvelimella."),
             ("Puhelimen laiteohjelmisto on ", version, "."), ("Seuraava huoltokatko on ", date, ".")]
THINGS_EN = [("The office is at ", lambda: R.choice(STREETS_EN), "."),
             ("The review is in ", lambda: R.choice(ROOMS[6:10]), "."),
             ("Lunch is from ", lambda: R.choice(FIRMS_EN), "."),
             ("The phone system is ", lambda: R.choice(PBX), "."), ("Build server: ", lambda: R.choice(SOFTWARE), "."),
             ("Handset firmware ", version, "."), ("Next maintenance window: ", lambda: date("en"), ".")]
THINGS_SV = [("Kontoret ligger på ", lambda: R.choice(STREETS_SV), "."),
             ("Mötet hålls i ", lambda: R.choice(ROOMS[10:]), "."),
             ("Material beställs från ", lambda: R.choice(FIRMS_SV), "."),
             ("Växeln kör ", lambda: R.choice(PBX), "."), ("Nästa servicefönster: ", lambda: date("sv"), ".")]


def ending(m, language):
    if R.random() < 0.15:
        return m
    before, word, after = R.choice({"fi": THINGS_FI, "en": THINGS_EN, "sv": THINGS_SV}[language])
    return m.say("\n").say(before).look(word()).say(after)


# --- Finnish messages ----------------------------------------------------------------------------------------------

def sip_header(m, field, person, number, role, host="pbx.example.fi"):
    """A SIP header with a display name surname first and the number in the URI: the number is the span."""
    m.say(f"{field}: \"")
    reverse(m, person, role)
    return m.say("\" <sip:").entity(number, "PHONE", role).say(f"@{host}>")


def fi_sip(m, sub, e, user):
    A, B, C, D = distinct(person_fi, 4, sub)
    own = digits_only(mobile())
    fwd = digits_only(phone_of(A))
    m.say("Hei, saapuvat puhelut katkeavat heti vastattaessa. ").name(g(B)).say(" ").name(s(B)) \
        .say(" tietohallinnosta pyysi liittämään SIP-jäljen, tässä INVITE ").look(stamp()).say(":\n\n") \
        .say("INVITE sip:").look(extension()) \
        .say("@pbx.example.fi SIP/2.0\nVia: SIP/2.0/TLS sbc01.example.fi:5061;branch=") \
        .look("z9hG4bK" + hexa(10)).say("\n")
    sip_header(m, "From", sub, own, SUB).say(";tag=").look(hexa(8)).say("\n")
    m.say("To: \"").say(R.choice(QUEUES_FI)).say("\" <sip:").look(extension()).say("@pbx.example.fi>\n")
    sip_header(m, "P-Asserted-Identity", sub, own, SUB).say("\n")
    sip_header(m, "Diversion", A, fwd, "third").say(";reason=") \
        .say(R.choice(["no-answer", "user-busy", "unconditional"])) \
        .say("\nCall-ID: ").look(call_id()).say("\nCSeq: 102 INVITE\nUser-Agent: ").look(
        R.choice(USER_AGENTS) + " " + version()).say("\n\n")
    m.say("Eli puhelu tulee ").name(s(A, "gen")).say(" numeron kautta, vaikka ").name(g(A)) \
        .say(" ei ole enää meillä. Pyydän poistamaan siirron ").name(g(A, "gen")).say(" ").name(s(A, "gen")) \
        .say(" liittymästä. Jos tarvitsette lisätietoja, ").name(g(C)).say(" ").name(s(C)).say(" (") \
        .entity(phone_of(C), "PHONE").say(") tietää vaihteen asetuksista, tai kysykää ").name(g(D, "abl")).say(" ") \
        .name(s(D, "abl")).say(".\n\nTerveisin\n").name(g(sub), s(sub), role=SUB).say("\n").entity(e, "EMAIL", SUB)


def fi_ivr(m, sub, e, user):
    times = clocks(8)
    A, B, C = distinct(person_fi, 3, sub)
    number = mobile()
    cb = broken(mobile()) if R.random() < 0.3 else mobile()
    ext = extension()
    m.say("IVR-loki, jono ").say(R.choice(QUEUES_FI)).say(", ").look(date()).say("\n") \
        .look(next(times)).say(" saapuva puhelu, CLI ").entity(digits_only(number), "PHONE", SUB).say(", CRM-osuma: ")
    reverse(m, sub, SUB).say("\n").look(next(times)).say(" DTMF 2 → Salasanat\n").look(next(times)) \
        .say(" vahva tunnistus OK, henkilötunnus ").entity(hetu(), "NATIONAL_ID", SUB).say("\n").look(next(times)) \
        .say(" jonotusaika ").look(duration()).say(", soittaja valitsi takaisinsoiton numeroon ") \
        .entity(cb, "PHONE", SUB).say("\n").look(next(times)).say(" takaisinsoitto 1: agentti ")
    reverse(m, A).say(" (alanumero ").look(ext).say("), ei vastausta\n").look(next(times)) \
        .say(" takaisinsoitto 2: agentti ")
    reverse(m, B).say(", vastattu, kesto ").look(duration()).say("\n\nAgentin muistiinpano: ").name(g(sub), role=SUB) \
        .say(" pyysi, että jatkossa soitamme hänen esihenkilölleen ").name(g(C, "all")).say(" ").name(s(C, "all")) \
        .say(" numeroon ").entity(phone_of(C), "PHONE").say(", koska oma puhelin on huollossa. ").name(s(A)) \
        .say(" kuittasi tiketin ").look(ticket()).say(".")


def fi_callbacks(m, sub, e, user):
    crowd = distinct(person_fi, 5, sub)
    agents = crowd[3:]
    m.say("Takaisinsoittojonon vienti (JSON), ").look(R.choice(PBX)).say(", ").look(date()).say(":\n[\n")
    for k, who in enumerate([sub] + crowd[:3]):
        role = SUB if k == 0 else "third"
        m.say("  {\"id\": ").look(str(R.randint(100000, 999999))).say(", \"soittaja\": \"")
        reverse(m, who, role).say("\", \"numero\": \"").entity(digits_only(phone_of(who)), "PHONE", role) \
            .say("\", \"jono\": \"").say(R.choice(QUEUES_FI)).say("\", \"odotus\": \"").look(duration()) \
            .say("\", \"agentti\": \"")
        reverse(m, agents[k % 2]).say("\"},\n")
    m.say("]\n\nHuom. ").name(g(sub), s(sub), role=SUB).say(" näkyy jonossa kahdesti; ").name(g(agents[0])) \
        .say(" soitti hänelle jo, ja ").name(s(crowd[1], "gen")).say(" pyyntö siirrettiin ").name(s(agents[1], "all")) \
        .say(". ").name(g(crowd[2], "all")).say(" ").name(s(crowd[2], "all")).say(" luvattiin soitto ennen ") \
        .look(clock()[:5]).say(".")


def fi_recording(m, sub, e, user):
    A, B, C = distinct(person_fi, 3, sub)
    ext = extension()
    m.say("Aihe: Puhelutallenteen poistopyyntö\n\nHei,\nsoitin tukeen ").look(date()).say(" ja kerroin puhelussa ") \
        .say("henkilötunnukseni ").entity(hetu(), "NATIONAL_ID", SUB).say(" ja tilinumeroni ") \
        .entity(iban(lower=R.random() < 0.5), "IBAN", SUB).say(". Pyydän poistamaan tallenteen. Sain tallenteen ") \
        .say("tiedot ").name(g(A, "abl")).say(" ").name(s(A, "abl")).say(":\n\n<recording id=\"") \
        .look("REC-" + fill("{9}")).say("\">\n  <start>").look(stamp()).say("</start>\n  <duration>").look(duration()) \
        .say("</duration>\n  <participant role=\"caller\" name=\"")
    reverse(m, sub, SUB).say("\" number=\"").entity(digits_only(mobile()), "PHONE", SUB) \
        .say("\"/>\n  <participant role=\"agent\" name=\"")
    reverse(m, B).say("\" extension=\"").look(ext).say("\"/>\n  <participant role=\"consult\" name=\"")
    reverse(m, A).say("\" number=\"").entity(digits_only(phone_of(A)), "PHONE").say("\"/>\n  <file>") \
        .look(f"rec/2027/{R.randint(1, 12):02d}/{guid()}.opus").say("</file>\n</recording>\n\n") \
        .say("Puhelun aikana ").name(g(B)).say(" siirsi minut ").name(s(A, "all")).say(", joka kysyi vielä ") \
        .name(g(C, "gen")).say(" ").name(s(C, "gen")).say(" puhelinnumeroa; annoin sen (") \
        .entity(phone_of(C), "PHONE") \
        .say("), mutta en olisi saanut.\n\nYstävällisesti\n").name(g(sub), s(sub), role=SUB).say("\n") \
        .entity(phone_of(sub), "PHONE", SUB)


def fi_voicemail(m, sub, e, user):
    A, B, C = distinct(person_fi, 3, sub)
    board, ext = switchboard(), extension()
    m.say("Uusi vastaajaviesti numerosta ").entity(digits_only(board), "PHONE").say(" (").look(duration()) \
        .say(")\nAutomaattinen tekstitys:\n\"Hei, täällä ").name(g(sub), s(sub), role=SUB) \
        .say(". Yritin tavoittaa ").name(g(A, "par")).say(" ").name(s(A, "par")).say(" tulostinasiassa. ") \
        .say("Voitte soittaa vaihteeseen ").entity(board, "PHONE").say(", alanumero ").look(ext) \
        .say(", tai suoraan kännykkään ").entity(broken(mobile()), "PHONE", SUB).say(". Faksi on ") \
        .entity(landline(), "PHONE").say(", jos ").name(g(B)).say(" haluaa lähettää lomakkeen. ") \
        .say("Ja sanokaa ").name(g(C, "all")).say(", että ").name(s(A, "gen")).say(" vanha numero ") \
        .entity(phone_of(A), "PHONE").say(" ei enää toimi.\"\n\nLuottamus tekstityksen oikeellisuuteen: ") \
        .look(f"{R.randint(61, 97)} %").say("\nViesti välitetty: ").name(s(C, "all")).say(", ").name(s(B, "all"))


def fi_fax(m, sub, e, user):
    A, B, C = distinct(person_fi, 3, sub)
    fax = landline()
    m.say("Faksipalvelin ").look(R.choice(["HylaFAX", "RightFax", "Kofax"]) + " " + version()) \
        .say(" hylkäsi lähetyksen:\n") \
        .say("FAX TX FAILED job ").look(fill("{5}")).say(" to ").entity(digits_only(fax), "PHONE").say(" (") \
        .say("\"")
    reverse(m, A).say("\") pages ").look(str(R.randint(2, 9))).say(" status BUSY retries 3\n\nSaatesivu:\n") \
        .say("TELEKOPIO\nVastaanottaja: ").name(g(A), s(A)).say("\nFaksi: ").entity(fax, "PHONE") \
        .say("\nLähettäjä: ").name(g(sub), s(sub), role=SUB).say("\nPuh.: ").entity(phone_of(sub), "PHONE", SUB) \
        .say("\nSivuja: ").look(str(R.randint(2, 9))).say("\nAsia: ").name(g(B, "gen")).say(" ").name(s(B, "gen")) \
        .say(" valtakirja\n\nVoisiko joku tarkistaa linjan? ").name(g(C)).say(" sanoi, että faksilinja ") \
        .entity(landline(), "PHONE").say(" siirrettiin ").look(R.choice(PBX)).say("-alustalle ").look(date()) \
        .say(". ").name(g(A)).say(" odottaa paperia tänään.")


def fi_env(m, sub, e, user):
    A, B = distinct(person_fi, 2, sub)
    pw, db = secret(), R.choice(["asiakas", "crm", "laskutus", "ivr"])
    m.say("Moi, ").name(g(A)).say(" pyysi laittamaan tänne konfiguraation, jolla ").look(R.choice(SOFTWARE)) \
        .say(" ei saa yhteyttä kantaan. Huomasin vasta nyt, että salasanat ovat mukana – vaihdan ne.\n\n") \
        .say("# .env (tuotanto), ylläpito: ").name(g(sub), s(sub), role=SUB).say("\nDATABASE_URL=postgres://") \
        .entity(user, "USERNAME", SUB).say(":").entity(pw, "CREDENTIAL", SUB).say("@db01.example.fi:5432/") \
        .look(db).say("\nSMTP_USER=").entity(e, "EMAIL", SUB).say("\nSMTP_PASSWORD=") \
        .entity(secret(), "CREDENTIAL", SUB) \
        .say("\nSLACK_BOT_TOKEN=").entity(secret(), "CREDENTIAL", SUB).say("\nONCALL_NAME=\"")
    reverse(m, B).say("\"\nONCALL_PHONE=").entity(digits_only(phone_of(B)), "PHONE").say("\nAPP_VERSION=") \
        .look(version()).say("\nLOG_LEVEL=debug\n\n").name(s(B)).say(" on päivystäjä tällä viikolla, ") \
        .say("hänelle voi soittaa jos ").name(g(A)).say(" ei vastaa. ").name(s(A, "gen")).say(" tunnus ") \
        .entity(username_of(A), "USERNAME").say(" tarvitsee lukuoikeuden kantaan ").look(db).say(".")


def fi_jira(m, sub, e, user):
    A, B, C, D = distinct(person_fi, 4, sub)
    ua, ub = username_of(A), username_of(B)
    m.say("h3. Kommentit (").look(ticket()).say(")\n[~").entity(user, "USERNAME", SUB).say("] lisäsi kommentin ") \
        .look(date()).say(":\n{quote}").name(g(C)).say(" ").name(s(C)).say(" soitti, hänen puhelimensa ") \
        .entity(phone_of(C), "PHONE").say(" ei rekisteröidy vaihteeseen. ").name(g(C)) \
        .say(" oli sopinut asiasta ").name(g(D, "gen")).say(" ").name(s(D, "gen")).say(" kanssa.{quote}\n[~") \
        .entity(ua, "USERNAME").say("]: voitko tarkistaa ").name(s(C, "gen")).say(" SIP-tilin? cc [~") \
        .entity(ub, "USERNAME").say("] [~accountid:").look(hexa(24)).say("]\n\n[~").entity(ua, "USERNAME") \
        .say("] lisäsi kommentin ").look(date()).say(":\nTili oli lukossa, avattu. ").name(g(D)) \
        .say(" sanoi että laite on ").look(R.choice(USER_AGENTS)).say(". @").name(g(B, "nom"), s(B)) \
        .say(" suljetko sinä? Tekijä: ").name(g(A), s(A)).say("\n\n[~").entity(ub, "USERNAME") \
        .say("] muutti tilaa: Avoin → Ratkaistu. Ilmoitus lähti ").name(g(sub, "all"), role=SUB).say(" ") \
        .name(s(sub, "all"), role=SUB).say(" (").entity(e, "EMAIL", SUB).say(").")


def fi_chat(m, sub, e, user):
    """A chat export as JSON: nicknames in the display names and spoken forms in the lines."""
    N1, N2, N3, N4 = distinct(nick, 4, sub)
    A = distinct(person_fi, 1, sub + N1 + N2 + N3 + N4)[0]
    m.say("Pyysit ryhmächatin vientiä, tässä JSON (Telegram Desktop ").look(version()).say("):\n") \
        .say("{\"name\": \"IT-tiimi ").say(R.choice(["Kuopio", "Joensuu", "Pori", "Seinäjoki"])) \
        .say("\", \"type\": \"private_group\", \"messages\": [\n")
    lines = [(N1, lambda: m.say("onks ").name(g(N2, "sade")).say(" viel se vanha läppäri? ").name(g(N3, "sabl"))
              .say(" kysyin jo")),
             (N2, lambda: m.say("on mul, ").name(g(N1, "nom")).say(" tuu hakee. oon ").name(g(N4, "gen"))
              .say(" kans huomenna ").look(R.choice(STREETS_FI))),
             (N3, lambda: m.say("soittakaa ").name(g(sub, "all"), role=SUB).say(" ").name(s(sub, "all"), role=SUB)
              .say(" et se saa uuden puhelimen, numero ").entity(phone_of(sub), "PHONE", SUB)),
             (N4, lambda: m.say("ok. ").name(s(A, "all")).say(" meni jo viesti, ").name(g(A)).say(" hoitaa tilauksen")),
             (N1, lambda: m.say("kiitti ").name(g(N4, "sade")).say(" on muuten uus numero ")
              .entity(phone_of(N4), "PHONE"))]
    for who, text in lines:
        m.say("  {\"id\": ").look(str(R.randint(10000, 99999))).say(", \"date\": \"").look(stamp()[:19]) \
            .say("\", \"from\": \"") \
            .name(g(who, "nom"), s(who)).say("\", \"from_id\": \"").look("user" + fill("{10}")).say("\", \"text\": \"")
        text()
        m.say("\"},\n")
    m.say("]}\n\nHuom: ").name(g(N3, "nom")).say(" = ").name(g(N3, "nom"), s(N3)).say(", muut ovat ") \
        .name(s(A, "gen")) \
        .say(" tiimistä.")


def fi_headers(m, sub, e, user):
    A, B, C = distinct(person_fi, 3, sub)
    ea = address_of(A)
    m.say("Moi, lomaviestini näyttää väärän sijaisen. Tässä koko viesti otsakkeineen:\n\nReturn-Path: <") \
        .entity(e, "EMAIL", SUB).say(">\nReceived: from mail-out.example.fi (mail-out.example.fi) by mx1.example.fi ") \
        .say("with ESMTPS id ").look(hexa(12)).say("; ").look(date()).say("\nX-Originating-IP: [") \
        .entity(ip(), "IP_ADDRESS", SUB).say("]\nFrom: \"")
    reverse(m, sub, SUB, comma=True).say("\" <").entity(e, "EMAIL", SUB).say(">\nTo: \"")
    reverse(m, C, comma=True).say("\" <").entity(address_of(C), "EMAIL").say(">\nSubject: Automaattinen vastaus: ") \
        .look(ticket()).say("\nMessage-ID: <").look(hexa(20) + "@example.fi") \
        .say(">\nAuto-Submitted: auto-replied\n\n") \
        .say("Olen lomalla ").look(date()).say(" asti. Kiireellisissä asioissa ota yhteyttä sijaiseeni ") \
        .name(g(A), s(A, "ill")).say(", ").entity(ea, "EMAIL").say(", puh. ").entity(phone_of(A), "PHONE") \
        .say(".\n\nSijaiseni on kuitenkin nykyään ").name(g(B)).say(" ").name(s(B)).say(" – ").name(g(A)) \
        .say(" siirtyi toiseen yksikköön. Vaihtakaa ").name(s(B, "gen")).say(" tiedot (") \
        .entity(address_of(B), "EMAIL") \
        .say(") tilalle. Kiitos!\n").name(g(sub), role=SUB)


def fi_events(m, sub, e, user):
    A, B = distinct(person_fi, 2, sub)
    m.say("Tunnukseni lukkiutuu joka aamu. ").say("Sain kollegalta ")
    whole(m, A, "abl").say(" tämän tapahtumalokista:\n\nTapahtuma ").look("4740").say(", ").look(stamp()) \
        .say(", DC02\nA user account was locked out.\nSubject:\n  Security ID: ").look("S-1-5-18") \
        .say("\n  Account Name: DC02$\nAccount That Was Locked Out:\n  Security ID: ").look(sid()) \
        .say("\n  Account Name: ").entity(user, "USERNAME", SUB) \
        .say("\nAdditional Information:\n  Caller Computer Name: ") \
        .look("WS-" + fill("{5}")).say("\n\nTapahtuma ").look("4625").say(", ").look(stamp()) \
        .say("\nAn account failed to log on.\n  Account Name: ").entity(user, "USERNAME", SUB) \
        .say("\n  Source Network Address: ").entity(ip(), "IP_ADDRESS", SUB).say("\n  Failure Reason: ") \
        .say("Unknown user name or bad password.\n\nEpäilen vanhaa puhelinta, jossa on vielä sähköpostitili. ") \
        .say("Kollegani ").name(g(B)).say(" ").name(s(B)).say(" (").entity(username_of(B), "USERNAME") \
        .say(") sanoi, että hänellä oli sama ongelma. Minut tavoittaa numerosta ").entity(phone_of(sub), "PHONE", SUB) \
        .say(".\n– ").name(g(sub), s(sub), role=SUB)


def fi_radius(m, sub, e, user):
    times = clocks(8)
    A, B = distinct(person_fi, 2, sub)
    addr = ip()
    m.say("WLAN ei päästä sisään toimistolla ").look(R.choice(STREETS_FI)).say(". Lokit:\n\n").look(next(times)) \
        .say(" radiusd: Login incorrect (mschap: MS-CHAP2-Response is incorrect): [").entity(user, "USERNAME", SUB) \
        .say("] (from client wlc01 port 0 cli ").look(mac()).say(")\n").look(next(times)) \
        .say(" radiusd: Login OK: [").entity(user, "USERNAME", SUB).say("] (from client wlc01 cli ").look(mac()) \
        .say(")\n").entity(addr, "IP_ADDRESS", SUB).say(" - ").entity(user, "USERNAME", SUB).say(" [") \
        .look(f"{R.randint(1, 28):02d}/Mar/2027:{clock()} +0200").say("] \"GET /intranet/puhelinluettelo HTTP/2.0\" ") \
        .look("200").say(" ").look(fill("{4}")).say("\n\nEli kirjautuminen onnistuu toisella kerralla. ") \
        .name(g(A)).say(" ").name(s(A)).say(" vaihtoi tukiasemat viime viikolla; ").name(s(A, "gen")) \
        .say(" numero on ").entity(phone_of(A), "PHONE").say(". Kerro myös ").name(g(B, "all")).say(" ") \
        .name(s(B, "all")).say(", koska hänen läppärinsä (").entity(ip(), "IP_ADDRESS").say(") toimii samoin.")


def fi_directory(m, sub, e, user):
    crowd = distinct(person_fi, 5, sub)
    leaving, joining = crowd[3], crowd[4]
    m.say("Vaihteen puhelinluettelo (CSV), pyydän muutoksia:\n\nalanumero;nimi;suora;mobiili;jono\n")
    for k, who in enumerate([sub] + crowd[:4]):
        role = SUB if k == 0 else "third"
        m.look(extension()).say(";")
        reverse(m, who, role).say(";").entity(landline(), "PHONE", role).say(";") \
            .entity(phone_of(who), "PHONE", role).say(";").say(R.choice(QUEUES_FI)).say("\n")
    m.say("\n- Poistakaa ").name(g(leaving)).say(" ").name(s(leaving)).say(" jonosta, ").name(g(leaving)) \
        .say(" lopettaa ").look(date()).say(".\n- Lisätkää ").name(g(joining)).say(" ").name(s(joining)) \
        .say(", mobiili ").entity(phone_of(joining), "PHONE").say(", alanumero ").look(extension()) \
        .say(".\n- ").name(s(crowd[1], "gen")).say(" suora numero siirtyy ").name(s(crowd[2], "all")) \
        .say(".\nVaihde: ").entity(switchboard(), "PHONE").say("\n\n").name(g(sub), s(sub), role=SUB)


def fi_missed(m, sub, e, user):
    A, B, C = distinct(person_fi, 3, sub)
    m.say("Teams-puhelin näyttää tällaisia ilmoituksia, vaikka siirto on pois päältä:\n\n") \
        .say("Vastaamaton puhelu: ")
    reverse(m, A).say(" (").entity(phone_of(A), "PHONE").say(") ").look(clock()[:5]).say("\nPuhelu siirretty: ") \
        .name(g(sub), s(sub), role=SUB).say(" → ").name(g(B), s(B)).say(" (").entity(phone_of(B), "PHONE") \
        .say(")\nDelegointi: ").name(g(C), s(C)).say(" voi soittaa käyttäjän ").name(g(sub, "gen"), role=SUB) \
        .say(" ").name(s(sub, "gen"), role=SUB).say(" puolesta\n\nEn ole koskaan antanut ").name(g(C, "all")) \
        .say(" delegointioikeutta. ").name(s(B)).say(" puolestaan oli sijaiseni viime kesänä. Poistakaa molemmat.\n") \
        .say("Oma numeroni: ").entity(phone_of(sub), "PHONE", SUB)


def fi_jwt(m, sub, e, user):
    A, B = distinct(person_fi, 2, sub)
    m.say("Rajapinta palauttaa 403. Pyyntö:\n\nGET /api/v2/puhelut?jono=").look(R.choice(QUEUES_FI)) \
        .say(" HTTP/1.1\nHost: api.example.fi\nAuthorization: Bearer ").entity(jwt(), "CREDENTIAL", SUB) \
        .say("\n\nTokenin sisältö (jwt.io):\n{\"name\": \"")
    reverse(m, sub, SUB).say("\", \"upn\": \"").entity(e, "EMAIL", SUB).say("\", \"oid\": \"").look(guid()) \
        .say("\", \"ipaddr\": \"").entity(ip(), "IP_ADDRESS", SUB).say("\", \"roles\": [\"Puhelut.Luku\"], \"exp\": ") \
        .look(fill("17{8}")).say("}\n\n").name(g(A)).say(" ").name(s(A)).say(" sanoi, että rooli Puhelut.Kirjoitus ") \
        .say("pitää pyytää ").name(s(B, "abl")).say(". ").name(g(B)).say(" on lomalla, joten pyydän sitä teiltä.")


FINNISH = [fi_sip, fi_ivr, fi_callbacks, fi_recording, fi_voicemail, fi_fax, fi_env, fi_jira, fi_chat, fi_headers,
           fi_events, fi_radius, fi_directory, fi_missed, fi_jwt]


# --- English messages ----------------------------------------------------------------------------------------------

def full(m, person, role="third"):
    """Given name and surname; a Breton or Luxembourg name as EU staff lists write it, SURNAME Given."""
    if eu_style(person):
        return m.name(s(person).upper(), g(person), role=role)
    return m.name(g(person), s(person), role=role)


def en_asterisk(m, sub, e, user):
    A, B, C = distinct(person_en, 3, sub)
    own, ext = phone_of(sub), extension()
    m.say("Calls from one customer keep dropping into voicemail. From the Asterisk CLI on ").look(R.choice(PBX[:3])) \
        .say(":\n\n    -- Executing [").look("s@from-trunk:1").say("] Set(\"PJSIP/trunk-").look(hexa(8)) \
        .say("\", \"CALLERID(name)=")
    reverse(m, sub, SUB, comma=True).say("\")\n    -- Executing [").look("s@from-trunk:2") \
        .say("] Set(\"CALLERID(num)=") \
        .entity(digits_only(own), "PHONE", SUB).say("\")\n    -- Executing [").look(f"{ext}@from-internal:1") \
        .say("] Dial(\"PJSIP/").look(ext).say("\", \"30\")\n    -- Called PJSIP/").look(ext).say(" (")
    reverse(m, A, comma=True).say(")\n    -- PJSIP/").look(ext).say(" is busy\n    -- Executing [") \
        .look("vm@from-internal:1").say("] VoiceMail(\"").look(ext).say("@default\")\n\nSo the call for ") \
        .name(g(A)).say(" goes to voicemail although ").name(g(A)).say(" set a forward to ") \
        .name(g(B), s(B)).say(" (").entity(phone_of(B), "PHONE").say(") last week. ").name(g(C), s(C)) \
        .say(" from the telephony team said the trunk was changed on ").look(date("en")).say(". The customer, ") \
        .name(g(sub), s(sub), role=SUB).say(", asked us to ring back on ").entity(own, "PHONE", SUB).say(".")


def en_webhook(m, sub, e, user):
    A, B = distinct(person_en, 2, sub)
    own = digits_only(phone_of(sub))
    m.say("Our callback form posts to the cloud IVR and the webhook fails with 400. Raw request body:\n\n") \
        .say("CallSid=").look("CA" + hexa(32)).say("&From=").entity(own.replace("+", "%2B"), "PHONE", SUB) \
        .say("&To=").entity(digits_only(switchboard()).replace("+", "%2B"), "PHONE").say("&CallerName=") \
        .name(s(sub).replace(" ", "+"), role=SUB).say("%2C+").name(g(sub).replace(" ", "+"), role=SUB) \
        .say("&Digits=").look(str(R.randint(1, 9))).say("&CallbackQueue=").say(R.choice(QUEUES_EN).replace(" ", "+")) \
        .say("\n\nAnd the callback queue after the retry (JSON):\n{\"queue\": \"").say(R.choice(QUEUES_EN)) \
        .say("\", \"entries\": [{\"name\": \"")
    full(m, sub, SUB).say("\", \"number\": \"").entity(own, "PHONE", SUB).say("\", \"waited\": \"").look(duration()) \
        .say("\"}, {\"name\": \"")
    full(m, A).say("\", \"number\": \"").entity(digits_only(phone_of(A)), "PHONE").say("\", \"waited\": \"") \
        .look(duration()).say("\"}]}\n\n").name(g(B), s(B)).say(" wrote the form; ").name(g(B)) \
        .say(" is off until ").look(date("en")).say(". Ticket ").look(ticket()).say(".")


def en_recording(m, sub, e, user):
    A, B, C = distinct(person_en, 3, sub)
    m.say("Subject: Subject access request – call recordings\n\nDear Service Desk,\nunder ").look("Article 15 GDPR") \
        .say(" I ask for copies of all recordings of my calls. ").name(g(A), s(A)).say(" from your privacy team ") \
        .say("sent me this metadata, which I attach:\n\n{\"recordingId\": \"").look(guid()) \
        .say("\", \"started\": \"").look(stamp()).say("\", \"participants\": [\n  {\"role\": \"customer\", ") \
        .say("\"displayName\": \"")
    full(m, sub, SUB).say("\", \"phone\": \"").entity(digits_only(phone_of(sub)), "PHONE", SUB) \
        .say("\"},\n  {\"role\": \"agent\", \"displayName\": \"")
    full(m, B).say("\", \"extension\": \"").look(extension()).say("\"},\n  {\"role\": \"supervisor\", ") \
        .say("\"displayName\": \"")
    full(m, C).say("\", \"phone\": \"").entity(digits_only(phone_of(C)), "PHONE").say("\"}],\n  \"pciPause\": true, ") \
        .say("\"maskedCard\": \"").look("**** " + fill("{4}")).say("\"}\n\nDuring that call I also read out my full ") \
        .say("card number, ").entity(card(), "PAYMENT_CARD", SUB).say(", because ").name(g(B)) \
        .say(" forgot to pause the recording. Please confirm it has been deleted. My account for any refund is ") \
        .entity(iban(lower=R.random() < 0.4), "IBAN", SUB).say(".\n\nRegards,\n").name(g(sub), s(sub), role=SUB) \
        .say("\n").entity(e, "EMAIL", SUB)


def en_voicemail(m, sub, e, user):
    A, B, C = distinct(person_en, 3, sub)
    board, ext = (abroad("GB") if R.random() < 0.5 else switchboard()), extension()
    m.say("New voicemail from ").entity(board, "PHONE").say(" (").look(duration()).say(")\nTranscript:\n\"Hi, it's ") \
        .name(g(sub), s(sub), role=SUB).say(". I'm trying to reach ").name(g(A), s(A)).say(" about the desk phone. ") \
        .say("You can call me through the switchboard on ").entity(board, "PHONE").say(", extension ").look(ext) \
        .say(", or on my mobile ").entity(broken(phone_of(sub)), "PHONE", SUB).say(". Our fax is ") \
        .entity(abroad(), "PHONE").say(" if ").name(g(B)).say(" needs the signed form. And tell ") \
        .name(g(C)).say(" that ")
    genitive_en(m, s(A)).say(" old number ").entity(phone_of(A), "PHONE").say(" no longer works.\"\n\n") \
        .say("Transcription confidence: ").look(f"{R.randint(61, 97)}%").say("\nForwarded to: ").name(g(B), s(B)) \
        .say(", ").name(g(C), s(C))


def en_secret(m, sub, e, user):
    A, B = distinct(person_en, 2, sub)
    m.say("Hi, ").name(g(A)).say(" asked me to attach the manifest that breaks the ").look(R.choice(SOFTWARE)) \
        .say(" deployment. I only now see the secrets are in it; I'm rotating them.\n\n") \
        .say("apiVersion: v1\nkind: Secret\n") \
        .say("metadata:\n  name: ").look("ivr-backend-" + hexa(5)).say("\n  annotations:\n    owner: \"")
    full(m, sub, SUB).say("\"\nstringData:\n  DB_URI: \"mysql://").entity(user, "USERNAME", SUB).say(":") \
        .entity(secret(), "CREDENTIAL", SUB).say("@db-ivr.example.com:3306/").look("calls").say("\"\n  SMTP_USER: \"") \
        .entity(e, "EMAIL", SUB).say("\"\n  SMTP_PASS: \"").entity(secret(), "CREDENTIAL", SUB) \
        .say("\"\n  ONCALL: \"").name(g(B), s(B)).say(" ").entity(digits_only(phone_of(B)), "PHONE") \
        .say("\"\n  IMAGE_TAG: \"").look(version()).say("\"\n\n").name(g(B)).say(" is on call this week. ") \
        .say("Please also give ").name(g(A), s(A)).say(" (").entity(username_of(A), "USERNAME") \
        .say(") read access to the namespace.")


def en_journal(m, sub, e, user):
    A, B, C, D = distinct(person_en, 4, sub)
    ua = username_of(A)
    m.look(ticket()).say(" – activity\n").look(stamp()).say(" - ").name(g(A), s(A)).say(" (Work notes)\n") \
        .say("@").name(g(B), s(B)).say(" can you check the SIP registration for ").name(g(sub), s(sub), role=SUB) \
        .say("? Their handset ").look(R.choice(USER_AGENTS[:5])).say(" shows 403. Caller's mobile ") \
        .entity(phone_of(sub), "PHONE", SUB).say(".\n\n").look(stamp()).say(" - ").name(g(B), s(B)) \
        .say(" (Work notes)\nPassword on the SIP account was reset by [~").entity(ua, "USERNAME") \
        .say("]; ").name(g(C)).say(" still has the old one saved. Escalating to ").name(g(D), s(D)) \
        .say(" (").entity(phone_of(D), "PHONE").say(").\n\n").look(stamp()).say(" - ").name(g(D), s(D)) \
        .say(" (Additional comments)\nHi ").name(g(sub), role=SUB).say(", fixed – please restart the phone. ") \
        .say("If it fails again, ").name(g(C)).say(" ").name(s(C)).say(" can swap the unit at ") \
        .look(R.choice(STREETS_EN)).say(".")


def en_slack(m, sub, e, user):
    crowd = distinct(person_en, 3, sub)
    m.say("Export from the #").look("it-telephony").say(" channel (Slack JSON), as asked by legal:\n\n[\n")
    lines = [(sub, SUB, lambda: m.say("my desk phone rings but ").name(g(crowd[1])).say(" hears nothing, number ")
              .entity(phone_of(sub), "PHONE", SUB)),
             (crowd[0], "third", lambda: m.say("<@").look("U0" + fill("{8}")).say("> ").name(g(crowd[2]))
              .say(" had the same on the ").look(R.choice(USER_AGENTS)).say(", ring ") \
              .entity(phone_of(crowd[2]), "PHONE")),
             (crowd[1], "third", lambda: m.say("confirmed, call ").name(g(crowd[0])).say(" back on ")
              .entity(phone_of(crowd[0]), "PHONE"))]
    for who, role, text in lines:
        m.say("  {\"user\": \"").look("U0" + fill("{8}")).say("\", \"user_profile\": {\"real_name\": \"")
        full(m, who, role).say("\", \"display_name\": \"").name(g(who), role=role).say("\"}, \"ts\": \"") \
            .look(f"{fill('17{8}')}.{fill('{6}')}").say("\", \"text\": \"")
        text()
        m.say("\"},\n")
    m.say("]")


def en_headers(m, sub, e, user):
    A, B, C = distinct(person_en, 3, sub)
    m.say("My out-of-office names the wrong deputy. Full message with headers:\n\nReturn-Path: <") \
        .entity(e, "EMAIL", SUB) \
        .say(">\nReceived: from smtp-out.example.com (smtp-out.example.com) by mx2.example.com with ESMTPS id ") \
        .look(hexa(12)).say("\nX-Originating-IP: [").entity(ip(), "IP_ADDRESS", SUB).say("]\nFrom: \"")
    reverse(m, sub, SUB, comma=True).say("\" <").entity(e, "EMAIL", SUB).say(">\nTo: \"")
    reverse(m, C, comma=True).say("\" <").entity(address_of(C), "EMAIL").say(">\nSubject: Automatic reply: ") \
        .look(ticket()).say("\nMessage-ID: <").look(hexa(20) + "@example.com") \
        .say(">\nAuto-Submitted: auto-replied\n\n") \
        .say("I am out of the office until ").look(date("en")).say(". For anything urgent please contact ") \
        .name(g(A), s(A)).say(" on ").entity(phone_of(A), "PHONE").say(" or ").entity(address_of(A), "EMAIL") \
        .say(".\n\nBut ").name(g(A)).say(" left in spring; my deputy is ").name(g(B), s(B)).say(" (") \
        .entity(address_of(B), "EMAIL").say("). Thanks,\n").name(g(sub), role=SUB)


def en_logs(m, sub, e, user):
    A, B = distinct(person_en, 2, sub)
    addr = ip()
    m.say("Locked out again after the VPN change. Logs ").name(g(A), s(A)).say(" found:\n\nEvent ").look("4740") \
        .say(" ").look(stamp()).say(" DC01\nAccount That Was Locked Out:\n  Security ID: ").look(sid()) \
        .say("\n  Account Name: ").entity(user, "USERNAME", SUB).say("\n  Caller Computer Name: ") \
        .look("LAP-" + fill("{5}")) \
        .say("\n\nnginx access.log:\n").entity(addr, "IP_ADDRESS", SUB).say(" - ").entity(user, "USERNAME", SUB) \
        .say(" [").look(f"{R.randint(1, 28):02d}/Apr/2027:{clock()} +0100").say("] \"POST /vpn/login HTTP/1.1\" ") \
        .look("401").say(" ").look(fill("{3}")).say(" \"-\" \"").look("AnyConnect " + version()).say("\"\n") \
        .entity(addr, "IP_ADDRESS", SUB).say(" - ").entity(user, "USERNAME", SUB).say(" [") \
        .look(f"{R.randint(1, 28):02d}/Apr/2027:{clock()} +0100").say("] \"POST /vpn/login HTTP/1.1\" ").look("200") \
        .say(" ").look(fill("{3}")).say("\n\nMy colleague ").name(g(B), s(B)).say(" (") \
        .entity(username_of(B), "USERNAME") \
        .say(") connects from ").entity(ip(), "IP_ADDRESS").say(" without trouble. Reach me on ") \
        .entity(phone_of(sub), "PHONE", SUB).say(".\n").name(g(sub), s(sub), role=SUB)


def en_huntgroup(m, sub, e, user):
    crowd = distinct(person_en, 4, sub)
    m.say("Please update the hunt group; current config:\n\nhunt_group:\n  name: ").say(R.choice(QUEUES_EN)) \
        .say("\n  pilot: \"").entity(switchboard(), "PHONE").say("\"\n  strategy: ringall\n  members:\n")
    for k, who in enumerate([sub] + crowd[:3]):
        role = SUB if k == 0 else "third"
        m.say("    - name: \"")
        reverse(m, who, role, comma=True).say("\"\n      ext: ").look(extension()).say("\n      mobile: \"") \
            .entity(phone_of(who), "PHONE", role).say("\"\n")
    m.say("\nRemove ").name(g(crowd[0]), s(crowd[0])).say(" (leaves on ").look(date("en")).say("), add ") \
        .name(g(crowd[3]), s(crowd[3])).say(", mobile ").entity(phone_of(crowd[3]), "PHONE").say(". ") \
        .name(g(crowd[1])).say(" approved it.\n").name(g(sub), s(sub), role=SUB)


def en_jwt(m, sub, e, user):
    A, B = distinct(person_en, 2, sub)
    m.say("The softphone API returns 403. Request:\n\nGET /v1/calls?queue=") \
        .look(R.choice(QUEUES_EN).replace(" ", "%20")) \
        .say(" HTTP/1.1\nAuthorization: Bearer ").entity(jwt(), "CREDENTIAL", SUB).say("\n\nDecoded payload:\n") \
        .say("{\"name\": \"")
    full(m, sub, SUB).say("\", \"email\": \"").entity(e, "EMAIL", SUB).say("\", \"oid\": \"").look(guid()) \
        .say("\", \"ipaddr\": \"").entity(ip(), "IP_ADDRESS", SUB).say("\", \"roles\": [\"Calls.Read\"]}\n\n") \
        .name(g(A), s(A)).say(" says Calls.Write must come from ").name(g(B), s(B)).say(", who is away until ") \
        .look(date("en")).say(".")


ENGLISH = [en_asterisk, en_webhook, en_recording, en_voicemail, en_secret, en_journal, en_slack, en_headers, en_logs,
           en_huntgroup, en_jwt]


# --- Swedish messages ----------------------------------------------------------------------------------------------

def sv_sip(m, sub, e, user):
    A, B = distinct(person_sv, 2, sub)
    own = digits_only(phone_of(sub))
    m.say("Hej, inkommande samtal bryts direkt. ").name(g(B), s(B)).say(" bad mig skicka SIP-spåret:\n\nINVITE sip:") \
        .look(extension()).say("@vaxel.example.se SIP/2.0\n")
    sip_header(m, "From", sub, own, SUB, "vaxel.example.se").say(";tag=").look(hexa(8)).say("\n")
    sip_header(m, "Diversion", A, digits_only(phone_of(A)), "third", "vaxel.example.se").say(";reason=no-answer\n") \
        .say("Call-ID: ").look(call_id()).say("\nUser-Agent: ").look(R.choice(USER_AGENTS) + " " + version()) \
        .say("\n\nSamtalet går alltså via ").name(genitive_sv(s(A))).say(" nummer fast ").name(g(A)) \
        .say(" har slutat. Ta bort vidarekopplingen. Mvh ").name(g(sub), s(sub), role=SUB)


def sv_ivr(m, sub, e, user):
    times = clocks(8)
    A, B = distinct(person_sv, 2, sub)
    m.say("IVR-logg, kö Växeln, ").look(date("sv")).say("\n").look(next(times)).say(" inkommande samtal från ") \
        .entity(digits_only(phone_of(sub)), "PHONE", SUB).say(", CRM: ")
    reverse(m, sub, SUB).say("\n").look(next(times)).say(" DTMF 3 → Lösenord\n").look(next(times)) \
        .say(" återuppringning begärd till ").entity(phone_of(sub), "PHONE", SUB).say("\n").look(next(times)) \
        .say(" återuppringning: agent ")
    reverse(m, A).say(" (anknytning ").look(extension()).say("), besvarat, längd ").look(duration()) \
        .say("\n\nAnteckning: ").name(g(sub), role=SUB).say(" vill att vi ringer chefen ").name(g(B), s(B)) \
        .say(" i stället, på ").entity(phone_of(B), "PHONE").say(".")


def sv_headers(m, sub, e, user):
    A, B = distinct(person_sv, 2, sub)
    m.say("Mitt frånvaromeddelande visar fel ersättare:\n\nFrom: \"")
    reverse(m, sub, SUB, comma=True).say("\" <").entity(e, "EMAIL", SUB).say(">\nX-Originating-IP: [") \
        .entity(ip(), "IP_ADDRESS", SUB).say("]\nSubject: Autosvar: ").look(ticket()).say("\nMessage-ID: <") \
        .look(hexa(18) + "@example.se").say(">\n\nJag är ledig till ").look(date("sv")) \
        .say(". Vid brådskande ärenden kontakta ").name(g(A), s(A)).say(", ").entity(phone_of(A), "PHONE") \
        .say(".\n\nMen min ersättare är nu ").name(g(B), s(B)).say(" (").entity(address_of(B), "EMAIL") \
        .say("). Tack!\n").name(g(sub), role=SUB)


def sv_directory(m, sub, e, user):
    crowd = distinct(person_sv, 3, sub)
    m.say("Växelns katalog (CSV), ändringar önskas:\n\nanknytning;namn;direkt;mobil\n")
    for k, who in enumerate([sub] + crowd[:2]):
        role = SUB if k == 0 else "third"
        m.look(extension()).say(";")
        reverse(m, who, role).say(";").entity(landline(), "PHONE", role).say(";").entity(phone_of(who), "PHONE", role) \
            .say("\n")
    m.say("\nTa bort ").name(g(crowd[0]), s(crowd[0])).say(" och lägg till ").name(g(crowd[2]), s(crowd[2])) \
        .say(", mobil ").entity(phone_of(crowd[2]), "PHONE").say(".\n").name(g(sub), s(sub), role=SUB)


def sv_fax(m, sub, e, user):
    A, B = distinct(person_sv, 2, sub)
    fax = landline()
    m.say("Faxservern avvisade sändningen:\nFAX TX FAILED to ").entity(digits_only(fax), "PHONE").say(" (\"")
    reverse(m, A).say("\") pages ").look(str(R.randint(2, 7))).say(" status NO CARRIER\n\nFÖLJESEDEL\nTill: ") \
        .name(g(A), s(A)).say("\nFax: ").entity(fax, "PHONE").say("\nFrån: ").name(g(sub), s(sub), role=SUB) \
        .say("\nTel.: ").entity(phone_of(sub), "PHONE", SUB).say("\nÄrende: ").name(genitive_sv(s(B))) \
        .say(" fullmakt\n\nKan någon kolla linjen? ").name(g(B)).say(" väntar på papperen.")


SWEDISH_KINDS = [sv_sip, sv_ivr, sv_headers, sv_directory, sv_fax]


def written(language, subject, e, user):
    """A message about subject, drawn again (with the phone counts as they were) while it fails its checks."""
    kinds = {"fi": FINNISH, "en": ENGLISH, "sv": SWEDISH_KINDS}[language]
    counted_before = PHONES.copy()

    def draw():
        PHONES.clear()
        PHONES.update(counted_before)
        m = Message(language, "held-out-28")
        R.choice(kinds)(m, subject, e, user)
        return ending(m, language)

    return first_clean(draw, lambda stray: REDRAWN.update([language]))


def main():
    counts = collections.Counter()
    for i in range(650):
        language = mixed_language(i)
        subject = person(language)
        e, user = address_of(subject), username_of(subject)
        m = written(language, subject, e, user)
        m.known = {"name": " ".join(plain_parts(subject)), "email": e, "username": user, "agentName": "Service Desk"}
        emit(m, counts)
    if "--stats" in sys.argv:
        print(dict(counts), dict(PHONES), len(PHONES), dict(REDRAWN), file=sys.stderr)


main()
