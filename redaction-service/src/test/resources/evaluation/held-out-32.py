#!/usr/bin/env python3
r"""Generates the thirty-second held-out set (held-out-32.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 31: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of text that sets 1-30 lack: what directory, calendar, collaboration and on-call tools export and what
people paste from them into tickets. iCalendar invitations and replies (ORGANIZER;CN="Surname, Given",
ATTENDEE;CN=…;ROLE=REQ-PARTICIPANT:mailto:…, a room attendee, COMMENT with a deputy and a number, a DESCRIPTION with
the Teams join block and dial-in numbers, lines folded at 75 octets with a leading space, a name, an address or a
number folded across two lines); Outlook's out-of-office replies naming deputies with their numbers and the
switchboard; meeting minutes with attendance and apologies (Läsnä, Estyneet; Present, Apologies; Närvarande,
Anmält förhinder, Justerare); Microsoft Graph user objects and $batch responses (givenName, surname, displayName,
mobilePhone, businessPhones[], userPrincipalName, onPremisesSamAccountName, manager); SCIM provisioning requests
(name.givenName, familyName, formatted, phoneNumbers[], the enterprise extension, a password, the bearer token);
Entra ID sign-in logs as JSON and CSV (userPrincipalName, ipAddress, location, correlationId, tenantId); Teams
attendance reports as TSV and CSV, Zoom participant lists pasted from Excel (device names, a dial-in number as the
participant's name); Confluence pages with @mentions and page-history lines; Markdown and ASCII tables (| Name |
Phone |, +----+ borders); org charts as indented trees (├── └──); on-call rotas exported from Opsgenie, PagerDuty
and the like (week, primary, secondary, escalation, phone) and incident timelines; PDF-to-text of a phone list with
two columns interleaved on one line; e-mail threads with signatures in many forms (pronouns, degrees before and
after the name, p., puh., gsm, mob., tel., Direkt:, Växel:, M:, T:, pipes and slashes, the firm's switchboard and
an extension beside the person's number, a quoted signature); shared mailboxes and distribution lists (Palvelupiste
Itäkeskus, HR-tiimi, Kundtjänst Vasa, Service Desk EMEA) with "käyttäjän … puolesta", "on behalf of" and "för …
räkning"; calendar delegates and room mailboxes as PowerShell prints them (Get-MailboxFolderPermission,
Get-CalendarProcessing, Get-MgUser | Format-Table); licence moves (E5, M365 Business Premium, SKUs, group-based
licensing, a Teams Phone number assignment); an HR directory export as CSV that leaked identity codes and accounts;
a Google Workspace bulk upload; a person's name as each system writes it (capitals, initials, without ä and ö).
Names (python3 new-name-forms.py held-out-32.jsonl: 99.2 % of 2,926 forms new to sets 1-30): Finnish double given
names from new heads and tails (Tahvo-Johannes, Pekko-Valtteri, Kielo-Marjut, Säde-Annikki) and compound surnames
from new first parts whose last word inflects with its own gradation (Kuikkamäki: Kuikkamäeltä, Kaislakorpi:
Kaislakorvelle, Vaahteralehto: Vaahteralehdolle), rare single and double surnames (Hyyppiäinen, Pönkkä, Helenius,
Sarasvuo, Sarasvuo-Jänismaa); Swedish double given names and compound surnames (Karin-Lovisa, Bengt-Ludvig;
Lönnskog, Bäverling, Svaltorp, Hagkvist); English given names with middle initials and compound surnames
(Willoughby J. Quarryby, Bathsheba Wyndwick, Nigella Thornbridge); Manx (Illiam, Moirrey; Qualtrough, Kinvig),
Scottish Gaelic (Ruairidh, Mòrag; MacLeòid, NicIllinnein), Tahitian (Hinano, Tamatoa; Teriitehau, Faatauira),
Rwandan (Ishimwe, Ingabire; Nshimiyimana, Twagiramungu), Zambian (Chilufya, Mwansa; Chisenga, Mbewe), Malawian
(Chikondi, Thokozani; Mkandawire, Kachingwe), Cameroonian (Nkwenti, Hervé-Joël; Tchatchoua, Ngo Bassa), Amazigh
(Tiziri, Massinissa; Aït Menguellet, Oussedik), Hong Kong (Tai-man, Wing-yan; Cheung, Tsang), Taiwanese (Chia-hao,
Shu-fen; Hsieh, Chuang), Sorbian (Měrćin, Hańža; Šołta, Ćišinski), Corsican (Ghjuvan, Anghjulina; Santoni,
Rocca-Serra), Kannada (Ravishankar, Chaithra; Hegde, Upadhya), Marathi (Mrunal, Rutuja; Patwardhan, Gokhale),
Assyrian (Ninos, Shamiram; Khoshaba, Gewargis), Surinamese (Ravindre, Soeshma; Kasanmoentalib, Jadnanansing) and
Cape Verdean (Djonatan, Ilídio; Lopes Tavares, Gomes Varela) ones, all in the Finnish cases in Finnish prose, written
surname first ("Surname, Given", "Surname Given") wherever a directory writes them, in capitals in some exports,
as initials (T.-J. Kuikkamäki, T. J. Kuikkamäki, A. J. Stanhope).
Phones of 43 numbering regions (41 countries, Åland and the Isle of Man): Finnish mobiles, landlines and company
numbers and the national and international forms of Sweden, Norway, Denmark, Iceland, the Baltics, Germany,
Austria, Switzerland, the Benelux, France, Spain, Portugal, Italy, the UK, Ireland, Poland, Czechia, the US,
Canada, Australia, New Zealand, Japan, Hong Kong, Taiwan, India, Singapore, Rwanda, Zambia, Malawi, Cameroon,
Morocco, Algeria, French Polynesia, Iraq, Suriname and Cape Verde, in directory forms: E.164 without spaces,
"+358 (0)40 …", with extensions beside them (ext. 1234, alanro, anknytning, x4471, ;ext=221), inside JSON arrays,
CSV and TSV cells, ASCII-table cells and folded iCalendar lines. Each was checked outside this file with Debian's
python3-phonenumbers (2,381 of 2,382 valid; the one is a UK mobile range its 2021 data lacks).
Labelling policy, as in sets 25-30, with these for the new kinds: an iCalendar fold (a line break and a space)
inside a value stays inside its one span (Kuikka\n mäki, an address, a number); CN="Surname, Given" is two NAME
spans, the quotes and the comma outside; mailto: and MAILTO: stay outside the EMAIL; in escaped iCalendar text the
escapes \n and \, stay outside the spans, so a name right after \n is a span of its own; the dial-in numbers of a
join block are PHONEs, role "third", the conference and meeting ids and passcodes look-alikes; a room attendee's
CN, a room's or resource's display name (Neuvotteluhuone Aino, Meeting Room Grace, Mötesrum Selma) and a shared
mailbox's or a list's display name are look-alikes, their addresses EMAILs, role "third". A userPrincipalName,
mail and a SCIM userName with an @ are EMAILs of their person, onPremisesSamAccountName and a userName without one
a USERNAME; givenName, surname, displayName and formatted are NAME spans each; ipAddress is an IP_ADDRESS of the
signing-in person; ids, tenantId, userId, correlationId, request ids, extension attribute names, employeeId,
employeeNumber, externalId, costCenter, page ids, schedule ids, locations, apps and error codes are look-alikes; a
SCIM password is a CREDENTIAL of its person, the provisioning bearer token a CREDENTIAL, role "third". A dial-in
participant listed by number is a PHONE, a masked one (+46703*****62) a look-alike; a device name (Kielo-Marjutin
iPhone) holds the owner's NAME in its case, the device outside; "(ulkoinen)", "(External)" stay outside. An @ of a
mention, box-drawing characters, table borders, pronouns, degrees and titles before and after a name (DI, tri, KTM,
PhD, MBA) and initials-only action owners (ACTION: AS) are neither values nor look-alikes. Every dialable number is
a PHONE (a firm's switchboard role "third"), an extension beside it a look-alike outside the span. In "X käyttäjän
Y puolesta", "X on behalf of Y" and "för X räkning" both people are NAMEs, the shared mailbox's name a look-alike.
Deputies, delegates, attendees, approvers, on-call engineers and a spouse whose number a note gives are third
parties; the writer is the subject wherever they appear (a row of a table, an attendee, a quoted signature). A
name as another system writes it (capitals, initials, Maattanen for Määttänen) and an old surname are the same
person's NAMEs. Identity codes and accounts in a leaked HR export are the row's person's NATIONAL_ID and IBAN, a
card number a customer mailed in a PAYMENT_CARD, role "third". Look-alikes also: iCalendar UIDs, PRODIDs, TZIDs
(Europe/Helsinki, FLE Standard Time), DTSTART and DTSTAMP values, X-MICROSOFT-CDO-OWNERAPPTID, GUIDs, timestamps,
week labels, durations, dates, times, licence plans and SKUs, group names, cost centres, versions, products and
tickets.
Counts: 650 messages (357 Finnish, 228 English, 65 Swedish) of 48 shapes (23 Finnish, 17 English, 8 Swedish, drawn
in turn); 11,971 NAME, 2,382 PHONE (43 regions), 2,164
EMAIL, 89 IP_ADDRESS, 44 USERNAME, 46 CREDENTIAL, 59 NATIONAL_ID, 59 IBAN, 10 PAYMENT_CARD; 6,577 look-alikes
(4,222 distinct values, 678 distinct shapes when digits are read as 9); 218 spans hold an iCalendar fold
(151 NAME, 39 EMAIL, 28 PHONE).
Same format as evaluation-set.jsonl. Each message is drawn again until it passes Message.check and message.verify
and holds no stray copy of a labelled value (message.first_clean); self_check then tests each span's text against
the shape of its type.
Deterministic: python3 held-out-32.py > held-out-32.jsonl (python3 held-out-32.py --stats adds counts on stderr;
--phones FILE writes each number's region for a check with a phone-number library)"""
import collections
import datetime
import json
import random
import re
import sys

import identifiers
from message import Message, emit, first_clean, mixed_language
from name_forms import endings as base_endings, genitive_sv, inflect as fi

R = random.Random(32323232)
PHONES = collections.Counter()
REDRAWN = collections.Counter()
NUMBER_REGION = {}
SUB = "subject"
CASES = ["gen", "par", "all", "abl", "ade", "ela", "ill", "ine", "ess", "tra"]


def pick(*options):
    return R.choice(options)


# --- Names ---------------------------------------------------------------------------------------------------------
# Finnish double given names: a head and a tail with different first letters (Tahvo-Johannes, Kielo-Marjut); the
# tail takes the endings. Single given names are the few rare ones no earlier set holds.
FI_HEADS_M = ["Tahvo", "Pekko", "Tenho", "Veini", "Urho", "Jalo", "Ahti", "Pauno", "Into", "Arvi", "Lalli", "Teppo",
              "Jarno", "Kaj", "Rene"]
FI_TAILS_M = ["Kalevi", "Johannes", "Mikael", "Sakari", "Tapio", "Antero", "Kristian", "Aleksanteri", "Henrik",
              "Petteri", "Matias", "Valtteri", "Ilmari", "Eemil"]
FI_HEADS_F = ["Vilja", "Sointu", "Kielo", "Lahja", "Säde", "Ulpu", "Hely", "Vappu", "Senja", "Pihla", "Kukka", "Aija",
              "Silja", "Katri", "Irma", "Anniina", "Elisa"]
FI_TAILS_F = ["Annikki", "Tuulikki", "Kaarina", "Helena", "Maaria", "Sofia", "Marika", "Johanna", "Susanna", "Elina",
              "Kristiina", "Emilia", "Aurora", "Marjut"]
FI_SINGLE = ["Jarno", "Kaj", "Pauno", "Rene", "Aija", "Anniina", "Elisa", "Irma", "Katri", "Silja"]
TAKEN = {"Ahti-Ilmari", "Vilja-Maaria", "Pihlajamäki", "Pihlajamaa", "Ilvesmäki", "Hietakangas", "Tuomikoski",
         "Sinisalo", "Kuusiluoma", "Kuusijärvi", "Ekström", "Eklund", "Ekholm", "Malmberg", "Forsström", "Forsberg",
         "Hagström", "Sandström", "Sandberg", "Hägglund", "Rönnholm", "Rönnberg", "Ashworth", "Blackwood",
         "Whitfield", "Whitworth", "Thornbury", "Rookwood", "Churchill", "Redford"}


def pairs(heads, tails, joiner):
    """Every head with every tail whose first letter differs from the head's first and last, in a fixed order."""
    return [f"{h}{joiner}{t}" for h in heads for t in tails
            if h[0] != t[0] and h[-1] != t[0] and f"{h}{joiner}{t}" not in TAKEN]


FI_GIVEN_M = pairs(FI_HEADS_M, FI_TAILS_M, "-")
FI_GIVEN_F = pairs(FI_HEADS_F, FI_TAILS_F, "-")
# Compound surnames: a head and a last word that takes the endings with its own gradation (Lehmusmäki: Lehmusmäeltä).
FI_SUR_HEADS = ["Lehmus", "Pihlaja", "Kuikka", "Tikka", "Joutsen", "Majava", "Korppi", "Ilves", "Sulka", "Ruska",
                "Hieta", "Louko", "Niini", "Kaski", "Jänis", "Tuomi", "Vihta", "Kannel", "Ruoko", "Kaisla", "Kanerva",
                "Mesi", "Sini", "Alho", "Kuusi", "Salava", "Vaahtera", "Lumme"]
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
         "nummi": ("numme", "numme", "nummea", "nummeen"), "maa": ("maa", "maa", "maata", "maahan"),
         "luoto": ("luodo", "luoto", None, None), "suo": ("suo", "suo", "suota", "suohon"),
         "nurmi": ("nurme", "nurme", "nurmea", "nurmeen"), "laakso": ("laakso", "laakso", None, None),
         "harju": ("harju", "harju", None, None), "kallio": ("kallio", "kallio", "kalliota", "kallioon"),
         "lehto": ("lehdo", "lehto", None, None), "niemi": ("nieme", "nieme", "niemeä", "niemeen")}
FI_SUR_SINGLE = ["Hyyppiäinen", "Kolkkanen", "Määttänen", "Tiilikainen", "Ruuth", "Pönkkä", "Kautiainen", "Vänskä",
                 "Sahlman", "Huusko", "Tervonen", "Jantunen", "Vartia", "Ikävalko", "Hoikkala", "Vesanen",
                 "Rautavaara", "Huhtinen", "Könönen", "Mehtonen", "Pekurinen", "Roininen", "Ilvonen", "Haapanen",
                 "Saukkonen", "Sievänen", "Helenius", "Penttilä", "Riekkola", "Sarasvuo", "Länsimäki", "Lehmusvaara"]
IRREGULAR = {"Johannes": fi("Johannes", "Johannekse", "Johannekse", par="Johannesta", ill="Johannekseen"),
             "Annikki": fi("Annikki", "Anniki", "Annikki"), "Tuulikki": fi("Tuulikki", "Tuuliki", "Tuulikki"),
             "Pönkkä": fi("Pönkkä", "Pönkä", "Pönkkä"),
             "Helenius": fi("Helenius", "Heleniukse", "Heleniukse", par="Heleniusta", ill="Heleniukseen"),
             "Sarasvuo": fi("Sarasvuo", par="Sarasvuota", ill="Sarasvuohon")}

SV_GIVEN = ["Carina", "Erland", "Fredrika", "Gustaf", "Hedda", "Idun", "Joar", "Johan", "Kajsa", "Kennet", "Magnus",
            "Mona", "Oskar", "Thea", "Tora", "Valborg", "Vidar"] + \
    pairs(["Karin", "Lena", "Eva", "Anna", "Stina", "Lotta", "Greta", "Sara", "Maja"],
          ["Lovisa", "Sofie", "Märta", "Tekla", "Hedvig", "Ebba", "Signe", "Vendela"], "-") + \
    pairs(["Carl", "Johan", "Erik", "Anders", "Lars", "Bengt", "Sven", "Gustav", "Nils", "Per"],
          ["Vilhelm", "Fredrik", "Herman", "Ludvig", "Axel", "Emil", "Otto", "Edvard"], "-")
SV_SURNAMES = ["Berglöf", "Boman", "Byggmästar", "Carlander", "Degerman", "Ehnström", "Ekblom", "Granberg",
               "Grandell", "Gyllenberg", "Hagman", "Hultgren", "Jansson", "Jäderholm", "Karlsson", "Kihlström",
               "Lagerqvist", "Lindblad", "Löfstedt", "Mellberg", "Norrgård", "Rehbinder", "Sederholm", "Stenberg",
               "Storgård", "Thorén", "Viklund", "Ölander"] + \
    pairs(["Lönn", "Hassel", "Alm", "Lövs", "Malm", "Fors", "Hag", "Sand", "Sval", "Tran", "Örn", "Hjort", "Falk",
           "Ugg", "Bäver", "Hägg", "Rönn", "Sälg", "Vass"],
          ["bäck", "ström", "lund", "by", "holm", "hamn", "skog", "fjäll", "torp", "ås", "berg", "kvist", "ling",
           "rot", "gård", "sund"], "")
EN_GIVEN = ["Abigail", "Adrian", "Agnes", "Anthea", "Arabella", "Arthur", "Augustine", "Bathsheba", "Camilla",
            "Clarence", "Dorothea", "Edmund", "Gilbert", "Horace", "Josephine", "Linus", "Maude", "Maximilian",
            "Meredith", "Miranda", "Nathaniel", "Nigella", "Orson", "Oswald", "Penelope", "Reuben", "Serena",
            "Sylvester", "Thea", "Una", "Vernon", "Wendell", "Willoughby", "Zachary"]
EN_SURNAMES = ["Atherton", "Bannister", "Beckwith", "Bradshaw", "Buckley", "Clitheroe", "Cogswell", "Cotterill",
               "Eccleston", "Farrington", "Hackett", "Hepplewhite", "Huxtable", "Mallinson", "Merriweather",
               "Quickfall", "Slingsby", "Stanhope", "Stubbington", "Tolhurst", "Weatherall", "Whittaker", "Woodhouse",
               "Worthington"] + \
    pairs(["Ash", "Black", "Brook", "Church", "Cold", "Elm", "Fern", "Gold", "Hart", "Lang", "Mill", "Oak", "Red",
           "Salt", "West", "Whit", "Wynd", "Thorn", "Quarry", "Pen", "Rook"],
          ["bridge", "field", "ford", "ham", "hill", "more", "ridge", "ton", "wood", "worth", "by", "dale", "gate",
           "low", "bury", "stead", "wick"], "")
# Origins no earlier set drew from: (given names, surnames, countries their numbers come from).
WORLD = {"manx": (["Illiam", "Juan", "Moirrey", "Aalish", "Breesha", "Orry", "Kirree", "Ealish", "Voirrey"],
                  ["Quayle", "Kermode", "Corlett", "Kinvig", "Cregeen", "Quirk", "Callister", "Kneale", "Qualtrough",
                   "Clucas", "Quilliam", "Faragher", "Kewley", "Skillicorn", "Moughtin"], ["IM", "IM", "GB"]),
         "gaelic": (["Ruairidh", "Seonaidh", "Murdina", "Peigi", "Dòmhnall", "Anndra", "Mòrag", "Ealasaid", "Calum",
                     "Uilleam", "Raonaid", "Somhairle"],
                    ["MacLeòid", "MacAoidh", "Caimbeul", "MacDhòmhnaill", "NicIllinnein", "MacRath", "Moireach",
                     "MacCoinnich", "Stiùbhart"], ["GB"]),
         "tahiti": (["Teva", "Hinano", "Tehani", "Moana", "Heimana", "Vaimiti", "Tamatoa", "Hinatea", "Raiarii",
                     "Poerava", "Manutea", "Maeva"],
                    ["Teriitehau", "Tetuanui", "Tauraa", "Pambrun", "Tehei", "Temauri", "Faatauira", "Tumahai",
                     "Tetumu", "Raapoto"], ["PF", "PF", "FR"]),
         "rwanda": (["Uwase", "Kalisa", "Mukamana", "Habimana", "Ishimwe", "Iradukunda", "Ingabire", "Mugabo",
                     "Umutoni", "Niyonsaba", "Gakwaya", "Keza"],
                    ["Uwimana", "Niyonzima", "Nsengiyumva", "Mukeshimana", "Bizimana", "Hakizimana", "Nshimiyimana",
                     "Twagiramungu", "Munyaneza", "Uwamahoro"], ["RW", "RW", "BE"]),
         "zambia": (["Mwansa", "Chanda", "Mulenga", "Bwalya", "Mwila", "Chileshe", "Kasonde", "Mutale", "Chilufya",
                     "Musonda", "Luyando"],
                    ["Banda", "Phiri", "Mwale", "Tembo", "Sakala", "Mumba", "Chisenga", "Nkhata", "Chirwa", "Mbewe",
                     "Kalaba"], ["ZM", "ZM", "GB"]),
         "malawi": (["Chikondi", "Chisomo", "Dalitso", "Tiwonge", "Mphatso", "Thokozani", "Limbani", "Madalitso",
                     "Kondwani", "Takondwa"],
                    ["Kamwendo", "Chimwaza", "Msiska", "Gondwe", "Nyirenda", "Kumwenda", "Mkandawire", "Chirambo",
                     "Mhango", "Kachingwe"], ["MW"]),
         "cameroon": (["Nkwenti", "Ndzi", "Mbah", "Achu", "Ayuk", "Ebot", "Njang", "Fonkou", "Sandrine", "Arlette",
                       "Rodrigue", "Hervé-Joël"],
                      ["Tchoumi", "Fotso", "Kamga", "Tchatchoua", "Njoya", "Mbarga", "Etoundi", "Nkodo", "Ngo Bassa",
                       "Wandji", "Djoumessi", "Tagne", "Ekambi"], ["CM", "CM", "FR"]),
         "amazigh": (["Amastan", "Tafsut", "Tiziri", "Massinissa", "Tanina", "Aksil", "Thiziri", "Yuba", "Dihya",
                      "Kahina", "Ameziane", "Lounis", "Tinhinane"],
                     ["Aït Ahmed", "Ouali", "Amrouche", "Aït Menguellet", "Ould Ali", "Haddadi", "Belkacemi",
                      "Ait Ouakli", "Meziani", "Idir", "Oussedik", "Ighil"], ["DZ", "MA", "FR"]),
         "hongkong": (["Tai-man", "Siu-ming", "Ka-wai", "Wing-yan", "Hoi-lam", "Chun-kit", "Sze-wing", "Man-yee",
                       "Kwok-leung", "Pui-shan", "Ho-yin"],
                      ["Cheung", "Leung", "Yeung", "Kwok", "Tsang", "Chan", "Wong", "Chau", "Mak", "Yip", "Tse",
                       "Fung"], ["HK", "HK", "GB", "CA"]),
         "taiwan": (["Chia-hao", "Yu-ting", "Chih-wei", "Hsin-yi", "Tsung-han", "Pei-shan", "Cheng-en", "Shu-fen",
                     "I-ting", "Wen-hsiung"],
                    ["Hsieh", "Tsai", "Kuo", "Hsu", "Chuang", "Lai", "Chiang", "Weng", "Kao", "Liao", "Tseng"],
                    ["TW", "TW", "US"]),
         "sorbian": (["Měrćin", "Pětr", "Hańža", "Jurij", "Ludmila", "Wićaz", "Milena", "Bjarnat", "Hilža", "Domaš"],
                     ["Zarjeńk", "Šołta", "Kral", "Wjenka", "Mróz", "Ćišinski", "Brězan", "Lorenc", "Krawc", "Młynk",
                      "Bjeńš"], ["DE", "DE", "CZ"]),
         "corsican": (["Ghjuvan", "Santu", "Ghjacumu", "Maria-Santa", "Anghjulina", "Petru", "Ghjuvanni", "Savériu",
                       "Lisandru", "Ghjuliana", "Ceccu"],
                      ["Santoni", "Poli", "Luciani", "Pietri", "Paoli", "Filippi", "Mattei", "Agostini", "Rocca-Serra",
                       "Acquaviva"], ["FR"]),
         "kannada": (["Ravishankar", "Shwetha", "Manjunath", "Prajwal", "Sowmya", "Girish", "Chaithra", "Nagaraj",
                      "Rakshitha", "Puneeth"],
                     ["Hegde", "Shetty", "Gowda", "Bhat", "Kamath", "Adiga", "Shenoy", "Upadhya", "Aithal"],
                     ["IN", "IN", "SG"]),
         "marathi": (["Aniket", "Sayali", "Omkar", "Mrunal", "Tejas", "Rutuja", "Vaibhav", "Pranali", "Shantanu",
                      "Gauri", "Chinmay"],
                     ["Patwardhan", "Gokhale", "Apte", "Sathe", "Bhosale", "Jadhav", "Pawar", "Deshmukh", "Phadke"],
                     ["IN", "US"]),
         "assyrian": (["Ninos", "Shamiram", "Ashur", "Nahrain", "Sargon", "Ramina", "Atour", "Shlimon", "Madlen"],
                      ["Yonan", "Khoshaba", "Benyamin", "Odisho", "Warda", "Shimon", "Dawood", "Eshaya", "Gewargis"],
                      ["IQ", "SE", "AU"]),
         "suriname": (["Jozef", "Roshni", "Ravindre", "Sharmila", "Ramdew", "Soeshma", "Rinia"],
                      ["Pinas", "Kasanmoentalib", "Ramsaransing", "Biharie", "Jadnanansing", "Sowirono", "Lachmon",
                       "Oemrawsingh", "Doekhie"], ["SR", "NL"]),
         "capeverde": (["Djonatan", "Nelsa", "Aristides", "Edna", "Ludmilo", "Ilídio", "Zenaida", "Amílcar", "Celina",
                        "Odair"],
                       ["Lopes Tavares", "Semedo", "Monteiro", "Fortes", "Brito", "Évora", "Gomes Varela", "Furtado"],
                       ["CV", "PT"])}
WORLD_KEYS = sorted(WORLD)
EN_COUNTRIES = ["GB", "GB", "IE", "US", "CA", "AU", "NZ"]
# A few people work abroad: numbers of the countries no pool above gives.
ABROAD = ["NO", "DK", "IS", "EE", "LV", "LT", "AT", "CH", "BE", "LU", "ES", "IT", "PL", "CZ", "JP", "NL", "PT", "SG"]


def endings(nom):
    return base_endings(nom, IRREGULAR)


def surname_forms(nom):
    """A surname's Finnish case forms: a compound's last word with its own gradation (Kuikkamäki: Kuikkamäeltä), a
    double surname on its last part (Sievänen-Louko: Sievänen-Loukolle), else name_forms' rules."""
    head, _, last = nom.rpartition("-")
    if head and last[:1].isupper():
        return {case: f"{head}-{form}" for case, form in surname_forms(last).items()}
    for tail, (weak, strong, par, ill) in TAILS.items():
        if nom.endswith(tail) and len(nom) > len(tail) + 2:
            stem = nom[:-len(tail)]
            return {case: stem + form for case, form in fi(tail, weak, strong, par=par, ill=ill).items()}
    return endings(nom)


def joined(head, tail):
    """A compound surname, a hyphen where the same vowel would meet (Kuikka-aho)."""
    return f"{head}-{tail}" if head[-1] == tail[0] and tail[0] in "aeiouyäö" else head + tail


FI_COMPOUNDS = [s for s in (joined(h, t) for h in FI_SUR_HEADS for t in TAILS) if s not in TAKEN]


class Val(str):
    """A value that knows whose it is: the role its span takes (subject or third) unless a writer says otherwise."""

    def __new__(cls, text, role="third"):
        value = str.__new__(cls, text)
        value.role = role
        return value


class Person:
    """A person's given name, surname and (English names) middle initial; in a Finnish message each name takes the
    case endings. origin names the pool, country the country their numbers come from."""

    def __init__(self, given, surname, origin, country, language, middle=None):
        self._given, self._surname, self.origin, self.country, self.middle = given, surname, origin, country, middle
        self.role = "third"
        self.finnish = language == "fi"
        self.gf = endings(given) if self.finnish else None
        self.sf = surname_forms(surname) if self.finnish else None

    given = property(lambda self: Val(self._given, self.role))
    surname = property(lambda self: Val(self._surname, self.role))

    def g(self, case="nom"):
        return Val(self.gf[case] if self.gf else self._given, self.role)

    def s(self, case="nom"):
        return Val(self.sf[case] if self.sf else self._surname, self.role)

    def words(self):
        return {w.lower() for part in (self._given, self._surname) for w in part.replace("-", " ").split()}

    def initials(self):
        """T.-J. for Tahvo-Johannes, T. for Tai-man."""
        parts = self.given.split("-")
        if all(p[:1].isupper() for p in parts):
            return "-".join(p[0] + "." for p in parts)
        return self.given[0] + "."


MIX = {"fi": [("fi", 0.55), ("sv", 0.13), ("en", 0.07), ("world", 0.25)],
       "en": [("en", 0.45), ("fi", 0.15), ("world", 0.35), ("sv", 0.05)],
       "sv": [("sv", 0.5), ("fi", 0.25), ("world", 0.2), ("en", 0.05)]}


def person(language, origin=None):
    if origin is None:
        roll, origin = R.random(), None
        for name, share in MIX[language]:
            roll -= share
            if roll < 0:
                origin = name
                break
        origin = origin or "fi"
    middle = None
    if origin == "fi":
        roll = R.random()
        given = R.choice(FI_SINGLE) if roll < 0.12 else R.choice(FI_GIVEN_M if roll < 0.56 else FI_GIVEN_F)
        roll = R.random()
        if roll < 0.55:
            surname = R.choice(FI_COMPOUNDS)
        elif roll < 0.65:
            surname = f"{R.choice(FI_SUR_SINGLE)}-{R.choice(FI_COMPOUNDS)}"
        else:
            surname = R.choice(FI_SUR_SINGLE)
        country = "AX" if R.random() < 0.03 else "FI"
    elif origin == "sv":
        given, surname = R.choice(SV_GIVEN), R.choice(SV_SURNAMES)
        country = R.choice(["SE", "SE", "FI", "AX"])
    elif origin == "en":
        given, surname = R.choice(EN_GIVEN), R.choice(EN_SURNAMES)
        country = R.choice(EN_COUNTRIES)
        middle = R.choice("ABCDEFGHJKLMNPRSTW") + "." if R.random() < 0.35 else None
    else:
        origin = R.choice(WORLD_KEYS)
        firsts, lasts, countries = WORLD[origin]
        given, surname, country = R.choice(firsts), R.choice(lasts), R.choice(countries)
    if R.random() < 0.06:
        country = R.choice(ABROAD)
    return Person(given, surname, origin, country, language, middle)


def people(language, n, *others, origin=None):
    """n people who share no name word with each other or with others."""
    taken = set()
    for o in others:
        taken |= o.words()
    out = []
    while len(out) < n:
        p = person(language, origin)
        if not p.words() & taken:
            taken |= p.words()
            out.append(p)
    return out


def words_of(*ps):
    out = set()
    for p in ps:
        out |= p.words()
    return out


# --- Phones --------------------------------------------------------------------------------------------------------
# Each country's calling code, trunk prefix and national significant numbers (grouped as its directories write them).
PLANS = {"FI": ("358", "0", ["40 {3} {4}", "50 {3} {4}", "44 {3} {4}", "45 {3} {4}", "41 {3} {4}", "46 {3} {4}",
                             "50 {4} {3}", "40 {2} {2} {3}"]),
         "FI-land": ("358", "0", ["9 [1-8]{3} {4}", "9 [1-8]{2} {4}", "3 [1-8]{2} {4}", "2 [1-8]{2} {4}",
                                  "17 [1-8]{2} {4}", "6 [1-8]{2} {4}", "8 [1-8]{2} {4}", "14 [1-8]{2} {4}"]),
         "FI-board": ("358", "0", ["10 [1-8]{2} {4}", "20 [1-8]{2} {4}", "29 [1-8]{2} {4}", "9 [1-8]{2} {3}"]),
         "AX": ("358", "0", ["18 [1-8]{4}", "18 [1-8]{2} {2}", "18 [1-8]{2} {3}"]),
         "SE": ("46", "0", ["70 {3} {2} {2}", "72 {3} {2} {2}", "73 {3} {2} {2}", "76 {3} {2} {2}",
                            "8 [1-8]{2} {2} {2}", "31 [1-8]{2} {2} {2}", "18 [1-8]{1} {2} {2}"]),
         "NO": ("47", "", ["9{2} {2} {3}", "4[015]{1} {2} {3}", "22 {2} {2} {2}"]),
         "DK": ("45", "", ["2{1} {2} {2} {2}", "3{1} {2} {2} {2}"]),
         "IS": ("354", "", ["77{1} {4}", "86{1} {4}"]),
         "EE": ("372", "", ["5[1-5]{2} {4}", "6[1-9]{1} {4}"]),
         "LV": ("371", "", ["2{3} {4}", "6[1-7]{2} {4}"]),
         "LT": ("370", "8", ["6{2} {5}", "5 2{2} {4}"]),
         "DE": ("49", "0", ["151 {4} {4}", "170 {3} {4}", "176 {4} {4}", "30 [1-9]{3} {4}", "40 [1-9]{3} {4}",
                            "35 91 [1-9]{1} {2} {2}"]),
         "AT": ("43", "0", ["664 {3} {4}", "676 {3} {4}", "1 [2-9]{2} {2} {2}"]),
         "CH": ("41", "0", ["79 {3} {2} {2}", "78 {3} {2} {2}", "44 [2-9]{2} {2} {2}", "31 [2-9]{2} {2} {2}"]),
         "NL": ("31", "0", ["6 [1-5]{3} {4}", "20 [2-9]{2} {4}", "10 [2-9]{2} {4}"]),
         "BE": ("32", "0", ["47{1} {2} {2} {2}", "49{1} {2} {2} {2}", "2 [2-7]{2} {2} {2}"]),
         "LU": ("352", "", ["621 {3} {3}", "661 {3} {3}", "691 {3} {3}"]),
         "FR": ("33", "0", ["6 [0124]{1} {2} {2} {2}", "7 [3-8]{1} {2} {2} {2}", "1 {2} {2} {2} {2}",
                            "4 95 {2} {2} {2}"]),
         "ES": ("34", "", ["6{2} {3} {3}", "91 [2-9]{2} {2} {2}", "93 [2-9]{2} {2} {2}"]),
         "PT": ("351", "", ["91{1} {3} {3}", "93{1} {3} {3}", "21 {3} {4}"]),
         "IT": ("39", "", ["34{1} {3} {4}", "33{1} {3} {4}", "32{1} {3} {4}", "06 {4} {4}", "02 {4} {4}"]),
         "GB": ("44", "0", ["7[45789][1-9]{1} {6}", "20 [378]{3} {4}", "161 [2-9]{2} {4}", "131 [2-5]{2} {4}",
                            "1851 [2-7]{5}"]),
         "IM": ("44", "0", ["7624 [2-4]{5}", "1624 [6-8]{5}"]),
         "IE": ("353", "0", ["83 {3} {4}", "85 {3} {4}", "86 {3} {4}", "87 {3} {4}", "89 {3} {4}", "1 [2-9]{2} {4}"]),
         "PL": ("48", "", ["50{1} {3} {3}", "60{1} {3} {3}", "69{1} {3} {3}", "22 {3} {2} {2}"]),
         "CZ": ("420", "", ["60[2-8] {3} {3}", "73{1} {3} {3}", "77{1} {3} {3}", "22{1} {3} {3}"]),
         "US": ("1", "1", ["206 [2-9]{2} {4}", "312 [2-9]{2} {4}", "415 [2-9]{2} {4}", "617 [2-9]{2} {4}",
                           "503 [2-9]{2} {4}"]),
         "CA": ("1", "1", ["416 [2-9]{2} {4}", "514 [2-9]{2} {4}", "604 [2-9]{2} {4}", "613 [2-9]{2} {4}"]),
         "AU": ("61", "0", ["4[0-3]{1} {3} {3}", "2 [89]{3} {4}", "3 9{3} {4}"]),
         "NZ": ("64", "0", ["21 {3} {4}", "27 {3} {4}", "9 [2-9]{2} {4}"]),
         "JP": ("81", "0", ["90 [1-9]{3} {4}", "80 [1-9]{3} {4}", "3 [1-9]{3} {4}"]),
         "HK": ("852", "", ["9[0234][1-8]{1} {4}", "6[1-5]{2} {4}", "2[3-8]{2} {4}"]),
         "TW": ("886", "0", ["9{2} {3} {3}", "2 [2-8]{3} {4}"]),
         "IN": ("91", "0", ["9{4} {5}", "8{4} {5}", "80 {4} {4}"]),
         "SG": ("65", "", ["9[0-7]{2} {4}", "8[1-8]{2} {4}", "6[1-9]{2} {4}"]),
         "RW": ("250", "0", ["78{1} {3} {3}", "72{1} {3} {3}"]),
         "ZM": ("260", "0", ["97 {3} {4}", "96 {3} {4}", "95 {3} {4}"]),
         "MW": ("265", "0", ["99{1} {2} {2} {2}", "88{1} {2} {2} {2}"]),
         "CM": ("237", "", ["67{1} {2} {2} {2}", "69{1} {2} {2} {2}", "65{1} {2} {2} {2}"]),
         "MA": ("212", "0", ["6[0-7]{1} {2} {2} {2}"]),
         "DZ": ("213", "0", ["55{1} {2} {2} {2}", "66{1} {2} {2} {2}", "77{1} {2} {2} {2}"]),
         "PF": ("689", "", ["87 {2} {2} {2}", "89 {2} {2} {2}", "40 5{1} {2} {2}"]),
         "IQ": ("964", "0", ["77{1} {3} {4}", "750 {3} {4}", "78{1} {3} {4}"]),
         "SR": ("597", "", ["8[5-8]{1}-{4}", "7[12]{1}-{4}"]),
         "CV": ("238", "", ["9[5-9]{1} {2} {2}"])}


def pfill(pattern):
    """identifiers.fill with digit classes: {n} is n random digits, [2-9] or [378] one digit of the class."""
    out, i = "", 0
    while i < len(pattern):
        c = pattern[i]
        if c == "[":
            j = pattern.index("]", i)
            spec = pattern[i + 1:j]
            digits = [str(d) for d in range(int(spec[0]), int(spec[2]) + 1)] if len(spec) == 3 and spec[1] == "-" \
                else list(spec)
            out += R.choice(digits)
            i = j + 1
        elif c == "{":
            j = pattern.index("}", i)
            out += identifiers.digits(R, int(pattern[i + 1:j]))
            i = j + 1
        else:
            out += c
            i += 1
    return out


class Num:
    """A telephone number: its country and national significant number, written in the forms directories use."""

    def __init__(self, plan):
        self.plan = plan
        self.region = plan.split("-")[0]
        self.cc, self.trunk, patterns = PLANS[plan]
        self.nsn = pfill(R.choice(patterns))

    def digits(self):
        return "".join(c for c in self.nsn if c.isdigit())

    def form(self, style):
        cc, nsn, trunk = self.cc, self.nsn, self.trunk
        if cc == "1":
            a, b, c = nsn.split()
            text = {"intl": f"+1 {a} {b} {c}", "e164": f"+1{a}{b}{c}", "nat": f"({a}) {b}-{c}",
                    "dash": f"{a}-{b}-{c}", "dot": f"{a}.{b}.{c}", "00": f"001 {a} {b} {c}",
                    "paren": f"+1 ({a}) {b}-{c}"}.get(style, f"+1 {a}-{b}-{c}")
        elif style == "e164":
            text = f"+{cc}{self.digits()}"
        elif style == "00":
            text = f"00{cc} {nsn}"
        elif style == "paren" and trunk == "0":
            text = f"+{cc} (0){nsn}"
        elif style == "nat":
            text = (trunk + (" " if trunk == "8" else "") + nsn) if trunk else nsn
        elif style == "dash":
            text = (trunk + nsn.replace(" ", "-", 1).replace(" ", "") if trunk and trunk != "8" else
                    f"+{cc}-" + nsn.replace(" ", "-"))
        elif style == "nat-run" and trunk == "0":
            text = trunk + self.digits()
        else:
            text = f"+{cc} {nsn}"
        NUMBER_REGION[text] = self.region
        return text


def number(plan=None):
    plan = plan or R.choice(sorted(p for p in PLANS if "-" not in p))
    n = Num(plan)
    PHONES[n.region] += 1
    return n


def num_of(p):
    """A person's number: mostly a mobile of their own country, a Finn's sometimes a landline."""
    if p.country == "FI":
        return number("FI-land" if R.random() < 0.15 else "FI")
    return number(p.country)


def style(*choices):
    return R.choice(choices or ("intl", "e164", "nat", "paren", "nat", "intl"))


def tel(p, *styles):
    return Val(num_of(p).form(style(*styles)), p.role)


def board(language="fi"):
    """A switchboard or service number of the organisation."""
    return number("FI-board" if language != "sv" or R.random() < 0.5 else "SE")


# --- Look-alikes and other values ----------------------------------------------------------------------------------
def fill(pattern):
    return identifiers.fill(R, pattern)


def hexa(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def guid(upper=False):
    return "-".join(hexa(k, upper) for k in (8, 4, 4, 4, 12))


def ical_uid():
    return R.choice([lambda: "040000008200E00074C5B7101A82E00800000000" + hexa(32, True),
                     lambda: guid() + "@" + R.choice(["kaupunki.example.fi", "example.com", "outlook.example.net"]),
                     lambda: hexa(26) + "@google.com", lambda: f"{fill('{13}')}-{hexa(6)}@zoom.us"])()


DOMAINS_FI = ["kaupunki.example.fi", "hyvinvointialue.example.fi", "yhtio.example.fi", "example.fi",
              "konserni.example.fi", "oppilaitos.example.fi"]
DOMAINS_EN = ["example.co.uk", "example.com", "corp.example.com", "example.ie", "example.org"]
DOMAINS_SV = ["foretag.example.se", "kommun.example.se", "example.se", "ab.example.fi"]
TENANTS = ["kaupunki.onmicrosoft.com", "yhtiooy.onmicrosoft.com", "contosofi.onmicrosoft.com",
           "exampleltd.onmicrosoft.com", "foretagab.onmicrosoft.com"]


def address(p, language="fi", domain=None):
    domains = [domain] if domain else {"fi": DOMAINS_FI, "en": DOMAINS_EN, "sv": DOMAINS_SV}[language]
    return Val(identifiers.address(R, p.given.split()[0], p.surname.split()[-1], domains), p.role)


def username_of(p):
    f, l = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
    return R.choice([f"{f[0]}{l[:7]}", f"{l[:6]}{f[:2]}", f"{f[:3]}{l[:3]}{R.randint(1, 99)}", f"x{fill('{6}')}",
                     f"{l[:5]}{f[0]}{R.randint(1, 9)}"])


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("A", R.randint(0, 6))]))


def iban():
    return identifiers.written_iban(R) if R.random() < 0.7 else \
        identifiers.written_foreign_iban(R, *R.choice([("SE", "{20}"), ("DE", "{18}"), ("GB", "NWBK{14}"),
                                                       ("FR", "{23}"), ("NL", "RABO{10}")]))


def card():
    n = identifiers.luhn(R, R.choice(["4", "51", "53", "2221"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def ipv4():
    return R.choice(["10.{0}.{1}.{2}", "192.168.{1}.{2}", "172.20.{1}.{2}", "85.{0}.{1}.{2}", "91.{0}.{1}.{2}",
                     "62.{0}.{1}.{2}", "194.{0}.{1}.{2}"]).format(R.randint(1, 250), R.randint(0, 254),
                                                                  R.randint(2, 254))


def ipv6():
    prefix = R.choice(["2001:14ba", "2a00:1dd0", "2001:998", "2a02:ed0", "2a01:4f8", "2001:2003"])
    rest = [format(R.randint(1, 0xffff), "x") for _ in range(R.choice([2, 4, 6]))]
    return prefix + (":" + ":".join(rest) if len(rest) == 6 else "::" + ":".join(rest))


def ip():
    return ipv6() if R.random() < 0.35 else ipv4()


def secret():
    return R.choice([lambda: R.choice(["Tervetuloa", "Kesäkuu", "Syksy", "Aurinko", "Välkommen", "Welcome"]) +
                     fill("{4}") + R.choice(["!", "#", "?", "%"]),
                     lambda: "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
                                     for _ in range(14)),
                     lambda: hexa(4, True) + "-" + hexa(4, True) + "-" + hexa(4, True)])()


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
WEEKDAYS = {"fi": ["ma", "ti", "ke", "to", "pe", "la", "su"], "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]}


def date(language="fi"):
    d, mo, y = R.randint(1, 28), R.randint(1, 12), R.choice([2027, 2027, 2028])
    return R.choice({"fi": [f"{d}.{mo}.{y}", f"{d:02d}.{mo:02d}.{y}", f"{d}.{mo}.", f"{y}-{mo:02d}-{d:02d}"],
                     "en": [f"{d} {MONTHS_EN[mo - 1]} {y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y}",
                            f"{MONTHS_FULL[mo - 1]} {d}, {y}"],
                     "sv": [f"{y}-{mo:02d}-{d:02d}", f"{d}/{mo}", f"{d} {['jan', 'feb', 'mars', 'april', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'][mo - 1]}"]}[language])


def date_range(language="fi"):
    """Two dates of one leave or trip, in order and in one format."""
    d, mo = R.randint(1, 20), R.randint(1, 12)
    e, mo2 = d + R.randint(1, 8), mo
    fmt = R.randrange(3)
    def one(d, mo):
        return {"fi": [f"{d}.{mo}.", f"{d}.{mo}.2027", f"{d:02d}.{mo:02d}.2027"],
                "en": [f"{d} {MONTHS_EN[mo - 1]}", f"{d:02d}/{mo:02d}/2027", f"{MONTHS_FULL[mo - 1]} {d}"],
                "sv": [f"{d}/{mo}", f"2027-{mo:02d}-{d:02d}", f"{d} {['jan', 'feb', 'mars', 'april', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'][mo - 1]}"]}[language][fmt]
    return one(d, mo), one(e, mo2)


def clock(seconds=False):
    h, mi = R.randint(7, 18), R.choice([0, 0, 15, 30, 45, R.randint(0, 59)])
    return f"{h:02d}:{mi:02d}:{R.randint(0, 59):02d}" if seconds else f"{h:02d}:{mi:02d}"


def monday(week_no):
    """The Monday of ISO week week_no of 2027."""
    return datetime.date.fromisocalendar(2027, week_no, 1)


def clock_range():
    a, b = sorted(R.sample(range(7 * 4, 18 * 4), 2))
    return f"{a // 4:02d}:{a % 4 * 15:02d}", f"{b // 4:02d}:{b % 4 * 15:02d}"


def stamp(z=None):
    base = f"2027-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{clock(True)}"
    return base + (z if z is not None else R.choice(["Z", "+02:00", "+03:00", ".0000000Z", f".{fill('{3}')}Z"]))


def icaltime(utc=None):
    t = f"2027{R.randint(1, 12):02d}{R.randint(1, 28):02d}T{R.randint(7, 17):02d}{R.choice([0, 15, 30, 45]):02d}00"
    return t + ("Z" if utc else "")


def duration(language="fi"):
    mins = R.randint(3, 118)
    return R.choice([f"{mins} min", f"{mins // 60} h {mins % 60} min", f"{mins // 60}:{mins % 60:02d}:{R.randint(0, 59):02d}",
                     f"{mins}m {R.randint(0, 59)}s"])


def ticket():
    return fill(R.choice(["INC{7}", "RITM{7}", "SD-{5}", "TUKI-{4}", "REQ{6}", "#{6}", "HD-{5}", "CS{7}"]))


def version():
    return R.choice([f"{R.randint(1, 24)}.{R.randint(0, 30)}.{R.randint(0, 9)}", f"v{R.randint(1, 9)}.{R.randint(0, 12)}",
                     f"{R.randint(1, 2)}.0.{R.randint(1000, 9999)}.{R.randint(10, 99)}",
                     f"{R.randint(16, 24)}{R.choice(['H1', 'H2'])}", f"24{R.randint(1, 12):02d}"])


def extension():
    return str(R.randint(200, 7999))


def cost_centre():
    return fill(R.choice(["KP {4}", "{4}-{3}", "CC-{5}", "KP{3}", "{6}", "Kst {4}", "{3}.{2}.{3}"]))


def page_id():
    return fill(R.choice(["{9}", "{10}", "{6}"]))


def employee_no():
    return fill(R.choice(["{6}", "E{6}", "HR-{5}", "{2}{5}", "T{5}"]))


def meeting_id():
    return fill(R.choice(["{3} {3} {3} {3}", "{3} {3} {3} {3} {2}", "{3} {4} {4}", "{3} {3} {4}"]))


def passcode():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(6))


def week(language="fi"):
    n = R.randint(1, 52)
    return {"fi": pick(f"vk {n}", f"viikko {n}", f"vko {n}"), "en": pick(f"W{n:02d}", f"Week {n}", f"2027-W{n:02d}"),
            "sv": pick(f"v. {n}", f"vecka {n}", f"v{n}")}[language], n


TIMEZONES = ["Europe/Helsinki", "FLE Standard Time", "Europe/Stockholm", "W. Europe Standard Time", "Europe/London",
             "GMT Standard Time", "Europe/Mariehamn", "Europe/Tallinn", "UTC", "Pacific Standard Time",
             "Europe/Oslo", "Central European Standard Time"]
ROOMS_FI = ["Neuvotteluhuone Aino", "Kokoushuone Ilmatar", "Neuvotteluhuone Kullervo", "Kokoustila Tellervo",
            "Neuvotteluhuone Pellervo", "Huone Kyllikki", "Neuvotteluhuone Väinö", "Kokoushuone Lemminkäinen",
            "Neuvotteluhuone Otso", "Kokoustila Sampsa", "Sali Kalervo", "Neuvotteluhuone Vellamo", "Kokoushuone Lempo",
            "Neuvotteluhuone Mielikki", "Kokoustila Untamo"]
ROOMS_EN = ["Meeting Room Grace", "Boardroom Ada", "Room Brunel", "Huddle Room Darwin", "Room Turing", "Conference Room Hopper",
            "Room Lovelace", "Meeting Room Faraday", "Room Babbage", "Training Room Kepler"]
ROOMS_SV = ["Mötesrum Selma", "Rummet Strindberg", "Konferensrum Linné", "Mötesrum Nobel", "Sal Lagerlöf",
            "Mötesrum Celsius"]
RESOURCES = ["Projektori 3. krs", "Pakettiauto ZKT-418", "Sähköauto FIX-202", "Videoneuvottelulaite Poly X50",
             "Loaner laptop pool", "Pool car EV-07", "Lånebil BXR 42T", "Kamera Canon R6"]
SHARED_FI = ["Palvelupiste Itäkeskus", "HR-tiimi", "Palkkahallinto", "Kirjaamo", "Asiakaspalvelu Tikkurila",
             "IT-hankinnat", "Tietosuoja", "Talouspalvelut", "Rekrytointi", "Tilavaraukset", "Palvelupiste Malmi",
             "Laskutus", "Viestintä", "Hankintatiimi"]
SHARED_EN = ["Service Desk EMEA", "Accounts Payable", "HR Shared Services", "Facilities Helpdesk", "Recruitment Team",
             "Payroll Team", "Customer Care UK", "Legal Intake", "Procurement", "IT Onboarding"]
SHARED_SV = ["Kundtjänst Vasa", "HR-gruppen", "Löneservice", "Registratur", "Servicedesk Norden", "Ekonomi",
             "Reception Solna"]
GROUPS = ["SG-IT-Tuki", "DL-Kaikki-Helsinki", "GRP_M365_E5_Users", "Team Hallinto", "SEC-VPN-Users",
          "DL-Esihenkilöt", "GRP-Teams-Phone", "sg-intune-pilot", "O365-Kirjaamo-RW", "DL-All-Staff-UK",
          "SG-Finance-Read", "GRP_Licensing_BusinessPremium", "Team Aurora", "Projekti Pohjantähti",
          "DL-Jourhavande", "SG-Servicedesk-L2", "AAD-Guest-Reviewers", "Team Kaleva", "ROL-Palkat-Pääkäyttäjät",
          "M365-Pilot-Ring1"]
PLANS_LIC = ["Microsoft 365 E5", "Microsoft 365 E3", "Office 365 E1", "M365 Business Premium", "M365 Business Basic",
             "Teams Phone Standard", "Teams Rooms Pro", "Power BI Pro", "Visio Plan 2", "Project Plan 3",
             "Exchange Online Plan 1", "Microsoft 365 F3", "E5 Security", "Copilot for Microsoft 365",
             "Entra ID P2", "Intune Plan 1"]
SKUS = ["SPE_E5", "SPE_E3", "STANDARDPACK", "SPB", "O365_BUSINESS_ESSENTIALS", "MCOEV", "Microsoft_Teams_Rooms_Pro",
        "POWER_BI_PRO", "VISIOCLIENT", "PROJECTPROFESSIONAL", "EXCHANGESTANDARD", "SPE_F1", "IDENTITY_THREAT_PROTECTION",
        "AAD_PREMIUM_P2", "INTUNE_A", "ENTERPRISEPACK"]
APPS = ["Microsoft Teams", "Office 365 Exchange Online", "Microsoft Authentication Broker", "Azure Portal",
        "OfficeHome", "SharePoint Online", "Microsoft Graph Explorer", "Zoom", "Outlook Mobile", "Windows Sign In",
        "My Apps", "Microsoft Intune Company Portal", "Confluence Cloud", "Opsgenie", "PagerDuty"]
ERRORS = [("50126", "Invalid username or password or Invalid on-premise username or password."),
          ("50076", "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication."),
          ("53003", "Access has been blocked by Conditional Access policies."),
          ("50053", "Account is locked because user tried to sign in too many times with an incorrect user ID or password."),
          ("500121", "Authentication failed during strong authentication request."),
          ("0", "")]
PLACES = [("Helsinki", "Uusimaa", "FI"), ("Espoo", "Uusimaa", "FI"), ("Vantaa", "Uusimaa", "FI"),
          ("Tampere", "Pirkanmaa", "FI"), ("Oulu", "Pohjois-Pohjanmaa", "FI"), ("Turku", "Varsinais-Suomi", "FI"),
          ("Jyväskylä", "Keski-Suomi", "FI"), ("Stockholm", "Stockholms län", "SE"), ("Tallinn", "Harjumaa", "EE"),
          ("London", "England", "GB"), ("Amsterdam", "Noord-Holland", "NL"), ("Lagos", "Lagos", "NG"),
          ("Frankfurt am Main", "Hessen", "DE"), ("Mariehamn", "Åland", "AX")]
OS = ["Windows 11", "Windows 10", "iOS 17.4", "Android 14", "MacOs 14.3", "Windows 11 Enterprise 23H2"]
BROWSERS = ["Edge 124.0.2478", "Chrome 123.0.6312", "Safari 17.4", "Firefox 125.0", "Rich Client 5.2.4"]
PRODUCTS = ["Outlook (uusi)", "Teams 2.1", "Zoom Workplace 6.0", "Confluence Cloud", "Opsgenie", "PagerDuty",
            "Jira Service Management", "Exchange Online", "Intune", "Yealink MP56", "Jabra Evolve2 65",
            "Poly Studio X52", "Logitech Rally Bar", "OneDrive", "SharePoint", "Microsoft Bookings", "Planner"]
DEPTS_FI = ["Tietohallinto", "Henkilöstöpalvelut", "Talous", "Asiakaspalvelu", "Kiinteistöt", "Viestintä",
            "Hankinnat", "Lakiasiat", "Kehittämispalvelut", "Sosiaali- ja terveyspalvelut", "Sivistystoimi"]
DEPTS_EN = ["IT Services", "People & Culture", "Finance", "Customer Operations", "Facilities", "Legal",
            "Procurement", "Clinical Systems", "Sales EMEA", "Platform Engineering"]
DEPTS_SV = ["IT-avdelningen", "Personal", "Ekonomi", "Kundservice", "Fastigheter", "Kommunikation"]
TITLES_FI = ["palvelupäällikkö", "IT-asiantuntija", "järjestelmäasiantuntija", "tiimiesihenkilö", "controller",
             "HR-asiantuntija", "projektipäällikkö", "kirjaaja", "hankinta-asiantuntija", "lähiesihenkilö"]
TITLES_EN = ["Service Manager", "Systems Engineer", "Team Lead", "HR Business Partner", "Project Manager",
             "Finance Controller", "Workplace Coordinator", "Platform Engineer", "Head of Service Desk"]
TITLES_SV = ["enhetschef", "IT-tekniker", "HR-specialist", "projektledare", "ekonomiassistent", "systemförvaltare"]
OFFICES = ["Itäkeskus, 3. krs", "Pasila B4", "Tikkurila", "Leppävaara 2. krs", "Hervanta", "Kupittaa",
           "Canary Wharf L12", "Solna Strand", "Vasa centrum", "Manchester Spinningfields", "Dublin Docklands"]


# --- Writing people ------------------------------------------------------------------------------------------------
def full(m, p, case="nom", role=None):
    """Given name and surname, the case on the surname in Finnish (Tahvo-Johannes Kuikkamäeltä); an English middle
    initial between them as a span of its own."""
    role = role or p.role
    m.entity(p.g(), "NAME", role).say(" ")
    if p.middle and not p.finnish and R.random() < 0.6:
        m.entity(p.middle, "NAME", role).say(" ")
    return m.entity(p.s(case), "NAME", role)


def rev(m, p, role=None, comma=True, caps=False):
    """Surname first, as directories write display names: "Kuikkamäki, Tahvo-Johannes", "KUIKKAMÄKI Tahvo"."""
    role = role or p.role
    m.entity(p.surname.upper() if caps else p.surname, "NAME", role).say(", " if comma else " ")
    return m.entity(p.given, "NAME", role)


def initialled(m, p, role=None):
    """Initials with their full stops, each a span, then the surname: T.-J. Kuikkamäki, A. J. Stanhope; a double
    given name's initials sometimes apart, as some exports write them (T. J. Kuikkamäki: two spans)."""
    role = role or p.role
    initials = p.initials()
    if "-" in initials and R.random() < 0.4:
        for part in initials.split("-"):
            m.entity(part, "NAME", role).say(" ")
    else:
        m.entity(initials, "NAME", role).say(" ")
    if p.middle:
        m.entity(p.middle, "NAME", role).say(" ")
    return m.entity(p.surname, "NAME", role)


def plain(m, p, role=None):
    role = role or p.role
    return m.entity(p.given, "NAME", role).say(" ").entity(p.surname, "NAME", role)


def display(m, p, how, role=None):
    """A display name in an organisation's convention: given first, surname first (with or without a comma), the
    surname in capitals, initials."""
    role = role or p.role
    if how == "gs":
        return plain(m, p, role)
    if how == "s,g":
        return rev(m, p, role)
    if how == "sg":
        return rev(m, p, role, comma=False)
    if how == "SG":
        return rev(m, p, role, comma=False, caps=True)
    if how == "S,G":
        m.entity(p.surname.upper(), "NAME", role).say(", ")
        return m.entity(p.given.upper(), "NAME", role)
    if how == "init":
        return initialled(m, p, role)
    if how == "gms":
        m.entity(p.given, "NAME", role).say(" ")
        if p.middle:
            m.entity(p.middle, "NAME", role).say(" ")
        return m.entity(p.surname, "NAME", role)
    raise ValueError(how)


def dstyle(language):
    """The display-name convention of one organisation's export."""
    return R.choice({"fi": ["sg", "sg", "s,g", "gs", "SG"], "en": ["gs", "gms", "s,g", "gs", "S,G"],
                     "sv": ["sg", "gs", "s,g"]}[language])


def phone(m, p, role=None, *styles):
    return m.entity(tel(p, *styles), "PHONE", role)


def mail(m, p, role=None, language="fi", domain=None, value=None):
    return m.entity(value or address(p, language, domain), "EMAIL", role)


def role_of(p, sub):
    return SUB if p is sub else "third"


class Line:
    """One content line of an iCalendar object, said piece by piece and folded when written (fold)."""

    def __init__(self):
        self.segs = []

    def say(self, s):
        self.segs.append(("say", s, None, None))
        return self

    n = lambda self, v, role=None: self.entity(v, "NAME", role)
    ph = lambda self, v, role=None: self.entity(v, "PHONE", role)
    em = lambda self, v, role=None: self.entity(v, "EMAIL", role)

    def entity(self, value, kind, role=None):
        self.segs.append(("entity", value, kind, role or getattr(value, "role", "third")))
        return self

    def look(self, value):
        self.segs.append(("look", value, None, None))
        return self


def fold(m, line, width=75):
    """Writes line into m folded as RFC 5545 folds: a line break and a space before the character that would make
    a line longer than width octets. A fold inside a value stays inside its span (Kuikka\\n mäki)."""
    used = 0
    for kind, text, typ, role in line.segs:
        out = ""
        for ch in text:
            n = len(ch.encode("utf-8"))
            if used + n > width:
                if out:
                    out += "\n "
                else:
                    m.say("\n ")
                used = 1
            out += ch
            used += n
        if not out:
            continue
        if kind == "say":
            m.say(out)
        elif kind == "entity":
            m.entity(out, typ, role)
        else:
            m.look(out)
    return m.say("\n")


def cn_line(field, p, e, role, extra="", how="s,g", lang_param=""):
    """ORGANIZER or ATTENDEE with the display name in CN and the address after mailto:."""
    ln = Line().say(f"{field};{extra}CN=")
    quoted = how in ("s,g",) or R.random() < 0.5
    if quoted:
        ln.say('"')
    if how == "s,g":
        ln.entity(p.surname, "NAME", role).say(", ").entity(p.given, "NAME", role)
    elif how == "sg":
        ln.entity(p.surname, "NAME", role).say(" ").entity(p.given, "NAME", role)
    else:
        ln.entity(p.given, "NAME", role).say(" ")
        if p.middle:
            ln.entity(p.middle, "NAME", role).say(" ")
        ln.entity(p.surname, "NAME", role)
    if quoted:
        ln.say('"')
    ln.say(lang_param + ":" + pick("mailto:", "MAILTO:", "mailto:")).entity(e, "EMAIL", role)
    return ln


Message.full = lambda self, p, case="nom", role=None: full(self, p, case, role)
Message.rev = lambda self, p, role=None, comma=True, caps=False: rev(self, p, role, comma, caps)
Message.plain = lambda self, p, role=None: plain(self, p, role)
Message.disp = lambda self, p, how, role=None: display(self, p, how, role)
Message.init = lambda self, p, role=None: initialled(self, p, role)
Message.n = lambda self, v, role=None: self.entity(v, "NAME", role or getattr(v, "role", "third"))
Message.ph = lambda self, v, role=None: self.entity(v, "PHONE", role or getattr(v, "role", "third"))
Message.em = lambda self, v, role=None: self.entity(v, "EMAIL", role or getattr(v, "role", "third"))


# --- iCalendar -----------------------------------------------------------------------------------------------------
DIALIN = {"fi": [("FI-land", "Finland, Helsinki"), ("SE", "Sweden, Stockholm"), ("GB", "United Kingdom, London"),
                 ("DE", "Germany, Berlin"), ("NO", "Norway, Oslo")],
          "en": [("GB", "United Kingdom, London"), ("IE", "Ireland, Dublin"), ("US", "United States, Seattle"),
                 ("NL", "Netherlands, Amsterdam"), ("AU", "Australia, Sydney")],
          "sv": [("SE", "Sverige, Stockholm"), ("NO", "Norge, Oslo"), ("DK", "Danmark, København"),
                 ("FI-land", "Finland, Helsingfors")]}


def teams_block(ln, language, conf):
    """The Teams join block of an invitation's DESCRIPTION, escaped as iCalendar text (\\n, \\,)."""
    head = {"fi": ("Microsoft Teams -kokous", "Kokouksen tunnus: ", "Tunnuskoodi: ", "Liity puhelimella",
                   "Puhelinneuvottelun tunnus: "),
            "en": ("Microsoft Teams meeting", "Meeting ID: ", "Passcode: ", "Dial in by phone",
                   "Phone conference ID: "),
            "sv": ("Microsoft Teams-möte", "Mötes-ID: ", "Lösenord: ", "Ring in via telefon", "Konferens-ID: ")}[language]
    ln.say("\\n________________________________________________________________________________\\n").say(head[0])
    ln.say("\\n").say(head[1]).look(meeting_id()).say("\\n").say(head[2]).look(passcode()).say("\\n").say(head[3])
    for plan, place in R.sample(DIALIN[language], R.randint(1, 3)):
        ln.say("\\n").ph(number(plan).form("intl")).say("\\,\\,").look(conf).say("# ")
        ln.say(place.replace(",", "\\,"))
    return ln.say("\\n").say(head[4]).look(f"{conf[:3]} {conf[3:6]} {conf[6:]}#")


def vevent(m, language, organizer, attendees, sub, method="REQUEST", room=None, summary="", note=None,
           how="s,g", reply_comment=None):
    """A VCALENDAR with one VEVENT as Outlook, Google or Zoom writes it, folded at 75 octets."""
    tz = pick("Europe/Helsinki", "FLE Standard Time") if language == "fi" else \
        pick("Europe/Stockholm", "W. Europe Standard Time") if language == "sv" else \
        pick("GMT Standard Time", "Europe/London", "Europe/Helsinki")
    prod = pick("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "-//Google Inc//Google Calendar 70.9054//EN",
                "-//Zoom Video Communications Inc//Zoom Calendar//EN", "Microsoft Exchange Server 2010")
    m.say("BEGIN:VCALENDAR\nMETHOD:").say(method).say("\nPRODID:").look(prod).say("\nVERSION:2.0\n")
    if R.random() < 0.5:
        m.say("BEGIN:VTIMEZONE\nTZID:").look(tz).say("\nBEGIN:STANDARD\nDTSTART:").look("16010101T040000")
        m.say("\nTZOFFSETFROM:").look("+0300").say("\nTZOFFSETTO:").look("+0200").say("\nEND:STANDARD\nEND:VTIMEZONE\n")
    m.say("BEGIN:VEVENT\n")
    o_role = role_of(organizer, sub)
    fold(m, cn_line("ORGANIZER", organizer, organizer.email, o_role, how=how))
    for p in attendees:
        part = "ACCEPTED" if method == "REPLY" else pick("NEEDS-ACTION", "NEEDS-ACTION", "ACCEPTED", "TENTATIVE")
        if method == "REPLY" and reply_comment:
            part = pick("DECLINED", "DECLINED", "TENTATIVE")
        extra = f"ROLE={pick('REQ-PARTICIPANT', 'REQ-PARTICIPANT', 'OPT-PARTICIPANT')};PARTSTAT={part};" + \
            ("RSVP=TRUE;" if method != "REPLY" and R.random() < 0.7 else "")
        fold(m, cn_line("ATTENDEE", p, p.email, role_of(p, sub), extra=extra, how=how))
    if room:
        room_name, room_mail = room
        fold(m, Line().say("ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=").look(room_name)
             .say(":mailto:").em(room_mail))
    if reply_comment:
        ln = Line().say(f"COMMENT;LANGUAGE={ {'fi': 'fi-FI', 'en': 'en-GB', 'sv': 'sv-SE'}[language] }:")
        reply_comment(ln)
        fold(m, ln)
    if method != "REPLY":
        ln = Line().say(f"DESCRIPTION;LANGUAGE={ {'fi': 'fi-FI', 'en': 'en-GB', 'sv': 'sv-SE'}[language] }:")
        if note:
            note(ln)
        teams_block(ln, language, fill("{9}"))
        fold(m, ln)
    fold(m, Line().say("UID:").look(ical_uid()))
    fold(m, Line().say("SUMMARY;LANGUAGE=fi-FI:" if language == "fi" and R.random() < 0.5 else "SUMMARY:").say(summary))
    start = icaltime()
    end = start[:9] + f"{int(start[9:11]) + R.choice([1, 1, 2]):02d}" + start[11:]
    m.say(f"DTSTART;TZID={tz}:").look(start).say("\n").say(f"DTEND;TZID={tz}:").look(end).say("\n")
    m.say("DTSTAMP:").look(icaltime(True)).say("\n")
    if room:
        fold(m, Line().say("LOCATION:").look(room[0]))
    m.say("SEQUENCE:").say(str(R.randint(0, 4))).say("\nX-MICROSOFT-CDO-OWNERAPPTID:").look(str(-R.randint(10 ** 8, 2 * 10 ** 9)))
    return m.say("\nEND:VEVENT\nEND:VCALENDAR\n")


def room_of(language):
    name = R.choice({"fi": ROOMS_FI, "en": ROOMS_EN, "sv": ROOMS_SV}[language])
    local = identifiers.plain_name(name.split()[-1])
    dom = R.choice({"fi": DOMAINS_FI, "en": DOMAINS_EN, "sv": DOMAINS_SV}[language])
    return name, R.choice([f"{identifiers.plain_name(name.split()[0])}.{local}@{dom}", f"room-{local}@{dom}",
                           f"mr-{local}@{dom}"])


def with_mail(p, language, domain=None):
    if p.role != SUB:
        p.email = address(p, language, domain)
    return p


SUMMARIES = {"fi": ["Budjettikatselmointi Q3", "Palvelupisteiden yhteispalaveri", "Tietosuojakoulutus",
                    "Ohjausryhmä", "Kehityskeskustelu", "Puhelinvaihteen vaihto – aloituspalaveri", "Kuukausipalaveri",
                    "Intra-uudistus, työpaja 2", "Esihenkilöinfo", "Päivystysvuorojen suunnittelu"],
             "en": ["Quarterly business review", "Service review – telephony", "Steering group", "1:1",
                    "Onboarding walkthrough", "Incident post-mortem", "Licence true-up", "Town hall prep"],
             "sv": ["Styrgruppsmöte", "Veckomöte IT", "Budgetgenomgång", "Introduktion nyanställda", "Jourplanering"]}


# --- Finnish messages ----------------------------------------------------------------------------------------------
def sign_fi(m, sub, e=None):
    m.say("\n\n" + pick("Terveisin", "Ystävällisin terveisin", "t.", "Kiitos,", "Yst. terv.", "Kiittäen") + "\n")
    roll = R.random()
    if roll < 0.15:
        initialled(m, sub, SUB)
    elif roll < 0.3:
        m.entity(sub.given, "NAME", SUB)
    else:
        plain(m, sub, SUB)
    if e and R.random() < 0.4:
        m.say("\n").entity(e, "EMAIL", SUB)
    if R.random() < 0.35:
        m.say("\n" + pick("p. ", "puh. ", "gsm ", "")).entity(tel(sub, "nat", "intl"), "PHONE", SUB)
    return m


def fi_ical_invite(m, sub, e, user):
    org, *att = people("fi", R.randint(5, 8), sub)
    with_mail(sub, "fi")
    for p in [org] + att:
        with_mail(p, "fi")
    attendees = att[2:] + ([sub] if R.random() < 0.6 else [])
    R.shuffle(attendees)
    miss, dep = att[0], att[1]
    if R.random() < 0.3:
        org, attendees = sub, att[2:]
    room = room_of("fi") if R.random() < 0.7 else None
    how = pick("s,g", "s,g", "sg", "gs")
    intro = R.randrange(4)
    if intro == 0:
        m.say("Hei,\n\n").full(miss, "gen")
        m.say(" kalenteriin ei tule kutsua, vaikka muut saavat sen. Liitän kutsun raakatekstinä (.ics):\n\n")
    elif intro == 1:
        m.say("Moi! Kokouskutsu näkyy ").full(miss, "all")
        m.say(" tunnin väärään aikaan. Avasin liitteen Muistiossa, tässä sisältö:\n\n")
    elif intro == 2:
        m.say("Aihe: Kutsu ei päivity\n\nJärjestäjänä on ").n(org.g("nom")).say(" ")
        m.n(org.s()).say(", mutta muutokset eivät mene perille ").n(miss.s("all"))
        m.say(" eivätkä ").n(dep.s("all")).say(". Alla kutsu sellaisenaan:\n\n")
    else:
        m.say("Tiketti ").look(ticket()).say(" / kalenteri\n\nKokoushuoneen varaus hylkääntyy aina, kun ")
        m.n(org.g()).say(" lähettää kutsun. ").n(miss.g("nom"))
        m.say(" pyysi liittämään .ics-tiedoston:\n\n")

    def note(ln):
        ln.say(pick("Hei\\,\\n\\nagenda liitteenä. ", "Tervetuloa!\\n", "Hei kaikki\\,\\n\\n", ""))
        if R.random() < 0.7:
            ln.entity(dep.g(), "NAME", "third").say(pick(" esittelee luvut", " kertoo tilanteesta",
                                                           " vetää työpajan")).say(". ")
        if R.random() < 0.5:
            ln.say("Kysymykset: ").entity(org.surname, "NAME", role_of(org, sub)).say("\\, ")
            ln.entity(org.given, "NAME", role_of(org, sub)).say(" (")
            ln.entity(tel(org, "nat", "intl"), "PHONE", role_of(org, sub)).say(")")
        ln.say("\\n")

    vevent(m, "fi", org, [miss, dep] + attendees, sub, room=room, summary=R.choice(SUMMARIES["fi"]), note=note,
           how=how)
    end = R.randrange(4)
    if end == 0:
        m.say("\n").n(miss.g()).say(" on vaihtanut osastoa ").look(date()).say(", ja ")
        m.n(miss.s("gen")).say(" vanha osoite saattaa olla yhä jakelulistalla ").look(R.choice(GROUPS))
        m.say(". ").full(dep, "ade").say(" kaikki toimii.")
    elif end == 1:
        m.say("\nAikavyöhyke on ").look(pick("Europe/Helsinki", "FLE Standard Time")).say(", mutta ")
        m.n(miss.s("gen")).say(" puhelimessa kokous näkyy ").look(clock()).say(" alkaen. Voisitteko ")
        m.say("soittaa ").n(miss.g("all")).say(" numeroon ").ph(tel(miss, "nat"))
        m.say("? ").n(dep.s()).say(" on sijaisena ").look(date()).say(" asti.")
    elif end == 2:
        m.say("\nSamaan kokoukseen pitäisi lisätä vielä ")
        extra = people("fi", 1, sub, org, *att)[0]
        full(m, extra, "nom").say(" (").em(address(extra)).say("), mutta ")
        m.n(org.s("gen")).say(" Outlook kaatuu, kun hän yrittää. Järjestäjän versio on ")
        m.look(pick("Outlook ", "Microsoft 365 Apps ") + version()).say(".")
    else:
        m.say("\nHuonevaraus tehtiin ").full(org, "gen")
        m.say(" nimissä, mutta resurssipostilaatikko hylkäsi sen. ").n(miss.g())
        m.say(" ja ").n(dep.g()).say(" ovat yrittäneet samaa.")
    sign_fi(m, sub, e)


def fi_ical_reply(m, sub, e, user):
    org, deputy, *others = people("fi", R.randint(3, 5), sub)
    for p in [org, deputy, sub] + others:
        with_mail(p, "fi")
    m.say(pick("Hei,\n\n", "Moi,\n\n", "")).say(pick(
        "lähetin kokouskutsuun vastauksen, mutta järjestäjä ei näe sitä. Vastausviesti oli tällainen:\n\n",
        "Outlook lähetti hylkäysviestini, mutta kommenttini ei näy järjestäjälle. Tässä vastaus raakamuodossa:\n\n",
        "sijaiseni tiedot eivät mene kutsun järjestäjälle. Alla iCal-vastaus:\n\n"))

    def comment(ln):
        ln.say(pick("Olen lomalla. ", "En pääse\\, päällekkäinen koulutus. ", "Sairauslomalla viikon. "))
        ln.say(pick("Sijaiseni ", "Tilalleni tulee ", "Minua tuuraa "))
        ln.n(deputy.given).say(" ").n(deputy.surname)
        opener, closer = pick(("\\, p. ", ""), (" puh. ", ""), (" (", ")"))
        ln.say(opener).ph(tel(deputy, "nat", "intl", "paren")).say(closer)
        ln.say(pick("\\n", ". ", "\\n\\nt. ")).entity(sub.given, "NAME", SUB)

    vevent(m, "fi", org, [sub], sub, method="REPLY", summary=R.choice(SUMMARIES["fi"]), reply_comment=comment,
           how=pick("s,g", "sg"))
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.n(org.g()).say(" ").n(org.s()).say(" sanoo, ettei hän näe kommenttia ")
        m.say("ollenkaan. Voisiko syy olla se, että ").n(org.s("gen")).say(" postilaatikko on siirretty ")
        m.look(pick("Exchange Online", "Exchange 2019")).say("-palveluun?")
    elif end == 1:
        m.say("Haluan, että ").n(deputy.g("nom")).say(" saa kutsun suoraan. ")
        m.n(deputy.s("gen")).say(" osoite on ").em(deputy.email).say(". ")
        if others:
            m.say("Myös ").full(others[0], "all")
            m.say(" pitäisi välittää se.")
    else:
        m.n(org.s("all")).say(" näkyy vain \"hylätty\". Kokous on ").look(date()).say(" klo ")
        m.look(clock()).say(", ja ").n(deputy.g("gen")).say(" pitäisi ehtiä mukaan.")
    sign_fi(m, sub, e)


def fi_ooo(m, sub, e, user):
    away, d1, d2, d3 = people("fi", 4, sub)
    sw = board()
    m.say(pick("Hei,\n\n", "Moi,\n\n", "Hei Service Desk,\n\n"))
    verb, case = pick(("sain tämän automaattisen vastauksen, kun yritin tavoittaa ", "par"),
                      ("poissaoloviestissä on vanhentuneita tietoja. Lähetin viestin ", "all"),
                      ("kollegan lomaviesti ohjaa väärälle henkilölle. Kirjoitin ", "all"))
    m.say(verb)
    full(m, away, case)
    m.say(":\n\n---\nLähettäjä: ")
    rev(m, away, comma=R.random() < 0.5).say(" <").em(address(away)).say(">\nAihe: ")
    m.say(pick("Automaattinen vastaus: ", "Poissa: ", "Automaattinen vastaus: RE: ")).look(ticket())
    d0, d1_ = date_range("fi")
    m.say("\n\n").say(pick("Olen lomalla ", "Olen poissa toimistolta ", "Olen koulutuksessa ")).look(d0)
    m.say("–").look(d1_).say(pick(" enkä lue sähköpostia. ", ". Sähköposteja ei välitetä. ", ". "))
    m.say("Kiireellisissä asioissa ota yhteyttä:\n")
    lines = [("tietohallinto", d1), ("palkat ja HR", d2), ("laskut", d3)][:R.randint(2, 3)]
    for topic, p in lines:
        m.say(pick("– ", "* ", "")).say(topic).say(pick(": ", " – ", ": "))
        full(m, p).say(pick(", puh. ", ", p. ", " / gsm ", ", ")).ph(tel(p, "nat", "intl", "paren"))
        if R.random() < 0.3:
            m.say(pick(" (alanro ", " (sis. ")).look(extension()).say(")")
        m.say("\n")
    m.say("Yleiset asiat: vaihde ").ph(sw.form(pick("nat", "intl"))).say(" tai ")
    m.em(pick("palvelupiste", "kirjaamo", "asiakaspalvelu") + "@" + R.choice(DOMAINS_FI)).say("\n\n")
    m.say(pick("Ystävällisin terveisin\n", "Terveisin\n", "")).n(away.g()).say("\n---\n\n")
    end = R.randrange(3)
    if end == 0:
        m.n(d1.g()).say(" ").n(d1.s()).say(" siirtyi toiseen tehtävään jo ")
        m.look(date()).say(". Oikea sijainen on ")
        new = people("fi", 1, sub, away, d1, d2, d3)[0]
        full(m, new).say(", ").ph(tel(new, "nat")).say(". Voitteko korjata ")
        m.n(away.s("gen")).say(" poissaoloviestin, kun hän ei itse pääse koneelle?")
    elif end == 1:
        m.say("Numero ").ph(tel(d2, "nat")).say(" ei ole ").n(d2.g("gen"))
        m.say(", vaan se ohjautuu ").look(R.choice(SHARED_FI)).say("-jonoon. Pyydän tarkistamaan myös ")
        m.n(d3.s("gen")).say(" tiedot.")
    else:
        m.say("Poissaoloviesti on asetettu ").look(pick("Outlook on the webissä", "Set-MailboxAutoReplyConfiguration -komennolla"))
        m.say(". ").n(away.g()).say(" palaa ").look(date()).say(". Voisiko ")
        m.n(d1.s()).say(" saada oikeudet ").n(away.s("gen")).say(" postilaatikkoon siihen asti?")
    sign_fi(m, sub, e)


def fi_minutes(m, sub, e, user):
    crowd = people("fi", R.randint(7, 11), sub)
    chair, secretary = crowd[0], crowd[1]
    present = [sub] + crowd[:R.randint(4, len(crowd) - 2)]
    absent = [p for p in crowd if p not in present]
    R.shuffle(present)
    m.say(pick("Hei, muistion jakelulista ei toimi: viesti meni vain osalle. Tässä muistio:\n\n",
               "Pöytäkirja pitäisi tallentaa Teams-kanavalle, mutta tallennus epäonnistuu (virhe ",
               "Kopioin muistion tähän, koska liite ei aukea ")).say("" if R.random() < 0.5 else "")
    if m.text.endswith("(virhe "):
        m.look(fill("0x8007{4}")).say("):\n\n")
    elif m.text.endswith("aukea "):
        m.look(pick("Wordin 16.0-versiolla", "mobiilissa", "Teamsin uudessa versiossa")).say(":\n\n")
    m.say(pick("MUISTIO", "Kokousmuistio", "PÖYTÄKIRJA")).say(" – ").say(R.choice(SUMMARIES["fi"])).say("\n")
    t0, t1 = clock_range()
    m.say("Aika: ").look(date()).say(" klo ").look(t0).say("–").look(t1).say("\nPaikka: ")
    m.look(R.choice(ROOMS_FI)).say(pick(" / Teams", "", " ja etäyhteys")).say("\n\nLäsnä:\n")
    how = pick("gs", "sg", "s,g")
    bullet = pick("- ", "  ", "• ")
    for p in present:
        m.say(bullet)
        if how == "gs":
            plain(m, p, role_of(p, sub))
        else:
            rev(m, p, role_of(p, sub), comma=how == "s,g")
        if p is chair:
            m.say(", puheenjohtaja")
        elif p is secretary:
            m.say(", sihteeri")
        elif R.random() < 0.2:
            m.say(" (etänä)")
        m.say("\n")
    if absent:
        m.say(pick("\nEstyneet: ", "\nPoissa: ", "\nPoissa (ilmoittanut esteestä): "))
        for k, p in enumerate(absent):
            m.say(", " if k else "")
            plain(m, p) if how == "gs" else rev(m, p, comma=False)
        m.say("\n")
    m.say("\n1 § Kokouksen avaus\nPuheenjohtaja ").full(chair).say(" avasi kokouksen klo ").look(t0).say(".\n\n")
    a, b = R.sample(present, 2)
    m.say("2 § Puhelinvaihteen vaihto\n").n(a.g(), role_of(a, sub)).say(" ").n(a.s(), role_of(a, sub))
    m.say(pick(" kertoi, että ", " esitteli tilanteen: ")).look(pick("Teams Phone", "Elisa Ring", "Telia ACE"))
    m.say(" otetaan käyttöön ").look(week("fi")[0]).say(". Vastuuhenkilönä toimii ")
    m.full(b, "nom", role_of(b, sub)).say(".\n\n3 § Muut asiat\n")
    c = R.choice(present)
    m.say("Sovittiin, että ").n(c.s(), role_of(c, sub)).say(pick(" selvittää ", " tarkistaa ")).say("lisenssit (")
    m.look(R.choice(PLANS_LIC)).say(") ja raportoi ").n(chair.s("all")).say(".\n\nSeuraava kokous ")
    m.look(date()).say(". Muistion kirjasi ").full(secretary).say(".\n\nJakelu: läsnäolijat, ")
    m.look(R.choice(GROUPS)).say("\n\n")
    end = R.randrange(3)
    if end == 0:
        m.say("Muistio ei mennyt ").n(absent[0].g("all") if absent else chair.g("all")).say(" eikä ")
        m.n(secretary.s("all")).say(", vaikka he ovat ryhmässä.")
    elif end == 1:
        m.n(secretary.g()).say(" yritti tallentaa tiedoston, mutta SharePoint antaa virheen ").look(fill("{3}")).say(".")
    else:
        m.say("Voiko ").n(chair.s("gen")).say(" tiimille antaa muokkausoikeuden muistiokansioon?")
    sign_fi(m, sub, e)


def graph_user(m, p, role, language, indent="", manager=None, fields=None):
    """A Microsoft Graph user object as Graph Explorer or PowerShell shows it."""
    e = p.email
    how = pick("gs", "sg", "gs") if language != "fi" else pick("sg", "sg", "gs")
    m.say(indent + "{\n")
    m.say(indent + '  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity",\n' if not indent else "")
    m.say(indent + '  "id": "').look(guid()).say('",\n')
    m.say(indent + '  "businessPhones": [')
    nums = R.randint(0, 2)
    for k in range(nums):
        m.say(", " if k else "").say('"').ph(number(pick("FI-land", "FI-board") if p.country == "FI" else p.country)
                                             .form(pick("intl", "e164", "paren")), role).say('"')
    m.say('],\n' + indent + '  "displayName": "').disp(p, how, role).say('",\n')
    m.say(indent + '  "givenName": "').n(p.given, role).say('",\n')
    m.say(indent + '  "jobTitle": ').say('"' + R.choice(TITLES_FI if language == "fi" else TITLES_EN) + '"' if R.random() < 0.8 else "null").say(",\n")
    m.say(indent + '  "mail": "').em(e, role).say('",\n')
    m.say(indent + '  "mobilePhone": ')
    if R.random() < 0.8:
        m.say('"').ph(tel(p, "intl", "e164", "paren", "nat"), role).say('"')
    else:
        m.say("null")
    m.say(",\n" + indent + '  "officeLocation": "').look(R.choice(OFFICES)).say('",\n')
    m.say(indent + '  "preferredLanguage": "').say(pick("fi-FI", "en-US", "sv-SE")).say('",\n')
    m.say(indent + '  "surname": "').n(p.surname, role).say('",\n')
    m.say(indent + '  "userPrincipalName": "').em(e, role).say('"')
    if fields:
        fields(m, indent)
    if manager:
        m.say(",\n" + indent + '  "manager": {\n' + indent + '    "id": "').look(guid()).say('",\n')
        m.say(indent + '    "displayName": "').disp(manager, how).say('",\n')
        m.say(indent + '    "mail": "').em(manager.email).say('"\n' + indent + "  }")
    return m.say("\n" + indent + "}")


def fi_graph_user(m, sub, e, user):
    boss, other, admin = people("fi", 3, sub)
    for p in (sub, boss, other, admin):
        with_mail(p, "fi")
    target = sub if R.random() < 0.6 else other
    intro = R.randrange(3)
    if intro == 0:
        m.say("Hei,\n\nTeamsissa näkyy yhä vanha matkapuhelinnumeroni, vaikka se on vaihdettu HR-järjestelmään ")
        m.look(date()).say(". ").full(admin).say(" haki tiedot Graph Explorerilla:\n\nGET https://graph.microsoft.com/v1.0/users/")
        m.em(target.email, role_of(target, sub)).say("?$expand=manager\n\n")
    elif intro == 1:
        m.say("Moi, esihenkilöni on väärin globaalissa osoitekirjassa: siellä lukee ").full(other).say(", vaikka pitäisi olla ")
        m.full(boss).say(". Tässä Graphin vastaus:\n\n")
        target = sub
    else:
        m.say("Tiketti ").look(ticket()).say("\n\n").full(other, "gen").say(" tiedot eivät synkronoidu. ")
        m.say("Alla ").look("GET /v1.0/users/" + guid()).say(" -vastaus (").look(pick("Graph Explorer", "Get-MgUser", "Postman")).say("):\n\n")
        target = other

    def extra(m, indent):
        m.say(",\n" + indent + '  "department": "').say(R.choice(DEPTS_FI)).say('",\n')
        m.say(indent + '  "employeeId": "').look(employee_no()).say('",\n')
        m.say(indent + '  "onPremisesSamAccountName": "').entity(user if target is sub else username_of(target), "USERNAME",
                                                                 role_of(target, sub)).say('",\n')
        m.say(indent + '  "companyName": "').say(pick("Kaupunki", "Yhtiö Oy", "Hyvinvointialue")).say('",\n')
        m.say(indent + '  "extension_').look(hexa(32)).say('_costCenter": "').look(cost_centre()).say('"')

    graph_user(m, target, role_of(target, sub), "fi", manager=boss if target is sub else R.choice([boss, admin]),
               fields=extra)
    end = R.randrange(3)
    m.say("\n\n")
    if end == 0:
        m.say("Oikea numero on ").ph(tel(target, "nat"), role_of(target, sub)).say(". ")
        m.full(admin).say(" sanoi, että kenttä ").look("mobilePhone").say(" tulee HR:stä, joten ")
        m.n(boss.s("gen")).say(" pitäisi hyväksyä muutos.")
    elif end == 1:
        m.say("Esihenkilö vaihtui ").look(date()).say(": ").n(other.g()).say(" siirtyi ").look(R.choice(DEPTS_FI).lower())
        m.say("-yksikköön ja tilalle tuli ").n(boss.g()).say(" ").n(boss.s()).say(". Korjaatteko ").n(boss.s("gen"))
        m.say(" tiedot myös puhelinluetteloon?")
    else:
        m.say("Lisenssi on ").look(R.choice(PLANS_LIC)).say(" (").look(R.choice(SKUS)).say("). Onko synkronointi ")
        m.say("rikki vai pitääkö ").n(admin.g("all")).say(" antaa lisää oikeuksia?")
    sign_fi(m, sub, e)


def signin_record(m, p, role, language, upn=None):
    code, reason = R.choice(ERRORS)
    city, state, country = R.choice(PLACES)
    m.say('{\n  "id": "').look(guid()).say('",\n  "createdDateTime": "').look(stamp("Z")).say('",\n')
    m.say('  "tenantId": "').look(guid()).say('",\n')
    m.say('  "userDisplayName": "').plain(p, role).say('",\n  "userPrincipalName": "').em(upn or p.email, role)
    m.say('",\n  "userId": "').look(guid()).say('",\n  "appDisplayName": "').look(R.choice(APPS)).say('",\n')
    m.say('  "ipAddress": "').entity(ip(), "IP_ADDRESS", role).say('",\n  "clientAppUsed": "')
    m.say(pick("Browser", "Mobile Apps and Desktop clients", "Exchange ActiveSync")).say('",\n')
    m.say('  "correlationId": "').look(guid()).say('",\n  "conditionalAccessStatus": "')
    m.say(pick("success", "failure", "notApplied")).say('",\n  "status": {"errorCode": ').look(code)
    m.say(', "failureReason": "').say(reason).say('"},\n  "deviceDetail": {"operatingSystem": "').look(R.choice(OS))
    m.say('", "browser": "').look(R.choice(BROWSERS)).say('"},\n  "location": {"city": "').look(city)
    m.say('", "state": "').look(state).say('", "countryOrRegion": "').look(country).say('"}\n}')
    return m


def fi_signin(m, sub, e, user):
    helper, boss = people("fi", 2, sub)
    with_mail(sub, "fi")
    m.say(pick("Hei,\n\nen pääse kirjautumaan Teamsiin, MFA-kehote ei tule. ",
               "Moi! Tunnukseni lukittuu joka aamu. ", "Kirjautuminen epäonnistuu kotoa käsin. "))
    m.full(helper).say(pick(" katsoi Entra ID:n kirjautumislokit ", " kaivoi kirjautumislokin ", " veti lokit ")).say("ja lähetti tämän:\n\n")
    signin_record(m, sub, SUB, "fi")
    if R.random() < 0.5:
        m.say("\n\nToinen rivi samalta päivältä:\n\n")
        signin_record(m, sub, SUB, "fi")
    m.say("\n\n")
    end = R.randrange(3)
    if end == 0:
        m.say("IP-osoite ei ole minun, en ole käynyt ").look(pick("Tallinnassa", "Lontoossa", "Frankfurtissa"))
        m.say(". Pitäisikö salasana vaihtaa? ").n(boss.g()).say(" ").n(boss.s()).say(" (esihenkilö) tietää asiasta.")
    elif end == 1:
        m.say("Correlation ID:n perusteella ").n(helper.s()).say(" arveli, että ehdollinen pääsy estää. Numeroni ")
        m.ph(tel(sub, "nat", "intl"), SUB).say(" on rekisteröity MFA:han, mutta tekstiviesti ei tule.")
    else:
        m.say("Käytän ").look(R.choice(OS)).say("-konetta. Voitteko soittaa ").n(boss.s("all")).say(" tai minulle, ")
        m.ph(tel(sub, "nat"), SUB).say("?")
    sign_fi(m, sub)


DAY = [1, 1]


def meeting_day():
    """The day of the meeting a report is about: fitime's times fall on it."""
    DAY[:] = [R.randint(1, 28), R.randint(1, 12)]


def fitime(language="fi"):
    (d, mo), h, mi, s = DAY, R.randint(8, 15), R.randint(0, 59), R.randint(0, 59)
    return {"fi": f"{d}.{mo}.2027 {h}.{mi:02d}.{s:02d}", "en": f"{mo}/{d}/27, {h % 12 or 12}:{mi:02d}:{s:02d} {'AM' if h < 12 else 'PM'}",
            "sv": f"2027-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"}[language]


def attendance(m, crowd, sub, language, sep="\t", quote=False):
    """A Teams attendance report as its CSV download holds it (tab-separated, or commas when re-saved)."""
    L = {"fi": ("1. Yhteenveto", "Kokouksen otsikko", "Osallistujia", "Aloitusaika", "Päättymisaika",
                "Kokouksen kesto", "2. Osallistujat",
                ["Nimi", "Ensimmäinen liittyminen", "Viimeinen poistuminen", "Kokouksessa", "Sähköposti",
                 "Osallistujan tunnus (UPN)", "Rooli"], ("Järjestäjä", "Osallistuja", "Esittäjä"), "(ulkoinen)"),
         "en": ("1. Summary", "Meeting title", "Attended participants", "Start time", "End time", "Meeting duration",
                "2. Participants", ["Name", "First Join", "Last Leave", "In-Meeting Duration", "Email",
                                    "Participant ID (UPN)", "Role"], ("Organizer", "Attendee", "Presenter"),
                "(External)"),
         "sv": ("1. Sammanfattning", "Mötesrubrik", "Deltagare", "Starttid", "Sluttid", "Mötets längd", "2. Deltagare",
                ["Namn", "Första anslutning", "Senast lämnat", "Varaktighet i mötet", "E-post",
                 "Deltagar-ID (UPN)", "Roll"], ("Organisatör", "Deltagare", "Presentatör"), "(Extern)")}[language]

    meeting_day()

    def cell(text_fn, first=False):
        if not first:
            m.say(sep)
        if quote:
            m.say('"')
        text_fn()
        if quote:
            m.say('"')

    m.say(L[0] + "\n" + L[1] + sep + R.choice(SUMMARIES[language]) + "\n" + L[2] + sep + str(len(crowd) + 1) + "\n")
    m.say(L[3] + sep).look(fitime(language)).say("\n" + L[4] + sep).look(fitime(language)).say("\n" + L[5] + sep)
    m.look(duration()).say("\n\n" + L[6] + "\n" + sep.join(L[7]) + "\n")
    how = dstyle(language) if language == "fi" else pick("gs", "s,g", "gs")
    for k, p in enumerate(crowd):
        r = role_of(p, sub)
        cell(lambda: m.disp(p, how, r), first=True)
        if p.origin not in ("fi", "sv") and R.random() < 0.3:
            m.say(" " + L[9])
        cell(lambda: m.look(fitime(language)))
        cell(lambda: m.look(fitime(language)))
        cell(lambda: m.look(duration()))
        cell(lambda: m.em(p.email, r))
        cell(lambda: m.em(p.email, r))
        cell(lambda: m.say(L[8][0] if k == 0 else pick(*L[8][1:])))
        m.say("\n")
    # A participant who dialled in: Teams writes the number as the name, whole or masked.
    n = number(pick("FI", "FI", "SE", "GB", "DE"))
    if R.random() < 0.6:
        cell(lambda: m.ph(n.form("intl")), first=True)
    else:
        d = n.form("e164")
        cell(lambda: m.look(d[:6] + "*****" + d[-2:]), first=True)
    cell(lambda: m.look(fitime(language)))
    cell(lambda: m.look(fitime(language)))
    cell(lambda: m.look(duration()))
    cell(lambda: None)
    cell(lambda: None)
    cell(lambda: m.say(L[8][1]))
    return m.say("\n")


def fi_teams_attendance(m, sub, e, user):
    crowd = people("fi", R.randint(4, 8), sub)
    for p in crowd + [sub]:
        with_mail(p, "fi")
    order = crowd[:1] + [sub] + crowd[1:]
    m.say(pick("Hei,\n\nosallistujaraportista puuttuu ihmisiä. ", "Moi! Koulutuksen läsnäololista pitää toimittaa HR:lle, ",
               "Tarvitsen apua Teams-raportin kanssa: "))
    absent = people("fi", 1, sub, *crowd)[0]
    m.full(absent).say(pick(" oli mukana koko ajan, mutta ei näy listassa.", " liittyi puhelimella, eikä nimeä näy.",
                            " sanoo olleensa paikalla, mutta raportissa häntä ei ole."))
    m.say(" Kopioin raportin Excelistä:\n\n")
    attendance(m, order, sub, "fi", sep="\t")
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.say("Numero lopussa on todennäköisesti ").n(absent.g("gen")).say(", hänen oma numeronsa on ")
        m.ph(tel(absent, "nat")).say(". Voiko raporttiin lisätä nimen jälkikäteen?")
    elif end == 1:
        m.say("Järjestäjä ").full(crowd[0]).say(" latasi raportin ").look(date()).say(". ")
        m.n(crowd[1].g()).say(" ja ").n(absent.g()).say(" tarvitsevat todistuksen koulutuksesta.")
    else:
        m.say("Onko raportin ").look(pick("UTF-16", "UTF-8", "ANSI")).say("-merkistö syy siihen, että ")
        m.n(crowd[-1].s("gen")).say(" nimi näkyy Excelissä rikki?")
    sign_fi(m, sub, e)


def fi_zoom_tsv(m, sub, e, user):
    crowd = people("fi", R.randint(4, 7), sub)
    for p in crowd + [sub]:
        with_mail(p, pick("fi", "en"))
    m.say(pick("Zoom-webinaarin osallistujalista (liitetty Excelistä):\n\n",
               "Hei, Zoomin raportissa on outoja nimiä. Tässä osallistujat:\n\n",
               "Pyysitte Zoom-raporttia, tässä se sarkaimin eroteltuna:\n\n"))
    meeting_day()
    m.say("Nimi (alkuperäinen nimi)\tKäyttäjän sähköposti\tLiittymisaika\tPoistumisaika\tKesto (minuuttia)\tVieras\n")
    for p in [sub] + crowd:
        r = role_of(p, sub)
        roll = R.random()
        if roll < 0.3:
            m.plain(p, r).say(" (").n(p.given, r).say(")")
        elif roll < 0.5:
            m.n(p.g("gen"), r).say(pick(" iPhone", " iPad", " Galaxy S23")) if R.random() < 0.6 else m.n(p.given, r).say(" (iPad)")
        elif roll < 0.65:
            m.init(p, r)
        else:
            m.plain(p, r)
        m.say("\t")
        if R.random() < 0.85:
            m.em(p.email, r)
        m.say("\t").look(fitime("en")).say("\t").look(fitime("en")).say("\t").look(str(R.randint(3, 120)))
        m.say("\t").say(pick("Ei", "Kyllä", "Ei")).say("\n")
    n = number(pick("FI", "FI", "SE", "EE", "NO"))
    m.ph(n.form(pick("intl", "e164"))).say("\t\t").look(fitime("en")).say("\t").look(fitime("en")).say("\t")
    m.look(str(R.randint(3, 120))).say("\tKyllä\n\nWebinaarin tunnus: ").look(fill("{3} {4} {4}"))
    m.say("\n\n")
    who = people("fi", 1, sub, *crowd)[0]
    m.say("Numerolla liittynyt oli kai ").full(who).say(pick(", joka ", " – hän ")).say("tarvitsee todistuksen. ")
    m.say("Voiko ").n(crowd[1].s("gen")).say(" iPad-nimen korvata oikealla nimellä raporttiin?")
    sign_fi(m, sub, e)


def fi_confluence(m, sub, e, user):
    crowd = people("fi", R.randint(5, 7), sub)
    author, editor, *rest = crowd
    pid = page_id()
    m.say(pick("Hei,\n\nwikisivun @maininnat eivät lähetä ilmoituksia. Sivu: ",
               "Moi, Confluence-sivun historiaa pitäisi siivota, siellä on henkilötietoja. Sivu ",
               "Sivun oikeudet ovat sekaisin. "))
    m.look(f"https://wiki.example.fi/pages/viewpage.action?pageId={pid}").say("\n\n")
    m.say("Päivystysohje – ").say(R.choice(DEPTS_FI)).say("\n")
    m.say(pick("Luonut ", "Sivun omistaja: ")).full(author).say(", viimeksi muokannut ").full(editor).say(" ")
    m.look(date()).say("\n\n")
    m.say(pick("Vastuuhenkilöt\n", "Yhteyshenkilöt\n"))
    for p in rest:
        m.say("@").plain(p).say(pick(" – ", ": ", ", ")).say(R.choice(TITLES_FI)).say(", ")
        m.ph(tel(p, "nat", "intl")).say("\n")
    m.say("\nVarahenkilö: @").plain(sub, SUB).say("\nEskalointi: ").look(R.choice(SHARED_FI)).say(" / ")
    m.ph(board().form("nat")).say("\n\nSivuhistoria\n")
    for v in range(R.randint(3, 5), 0, -1):
        who = R.choice(crowd + [sub])
        m.say("v. ").say(str(v)).say("  ").look(date()).say(" ").look(clock()).say("  ").plain(who, role_of(who, sub))
        what = R.randrange(5)
        m.say([": päivitetty päivystysnumerot", ": lisätty varahenkilö", ": korjattu kirjoitusvirheitä",
               ": siirretty sivu tilaan ", ": palautettu versio "][what])
        if what == 3:
            m.look(pick("ITOPS", "HR", "TIETO"))
        elif what == 4:
            m.look(str(R.randint(1, v)))
        m.say("\n")
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.n(rest[0].g()).say(" ei saanut ilmoitusta maininnasta, eikä myöskään ").n(rest[-1].g()).say(". Sivun tunniste on ")
        m.look(pid).say(".")
    elif end == 1:
        m.say("Vanhoissa versioissa näkyy ").n(author.s("gen")).say(" yksityinen numero ")
        m.ph(tel(author, "nat")).say(". Voiko versiot poistaa?")
    else:
        m.n(editor.g()).say(" ").n(editor.s()).say(" pyysi, että sivu siirretään tilaan ").look(pick("ITOPS", "PÄIVYSTYS"))
        m.say(" ja ").n(author.s("abl")).say(" poistetaan omistajuus.")
    sign_fi(m, sub, e)


def table_rows(crowd, sub, language):
    """(person, role, title, number) rows of a contact table."""
    titles = {"fi": TITLES_FI, "en": TITLES_EN, "sv": TITLES_SV}[language]
    return [(p, role_of(p, sub), R.choice(titles)) for p in crowd]


def fi_markdown(m, sub, e, user):
    crowd = people("fi", R.randint(4, 7), sub)
    rows = table_rows(crowd + ([sub] if R.random() < 0.5 else []), sub, "fi")
    m.say(pick("Hei, päivitin tiimin yhteystiedot README:hen, mutta taulukko ei renderöidy Teamsin wikissä:\n\n",
               "Moi, tässä projektin yhteyshenkilöt Markdownina, voisitteko viedä ne jakelulistaan ",
               "Alla kopio GitLabin wikisivulta ("))
    if m.text.endswith("jakelulistaan "):
        m.look(R.choice(GROUPS)).say(":\n\n")
    elif m.text.endswith("("):
        m.look(pick("docs/yhteystiedot.md", "wiki/Päivystys.md", "README.md")).say("):\n\n")
    cols = pick(("Nimi", "Rooli", "Puhelin", "Sähköposti"), ("Sukunimi, etunimi", "Tehtävä", "Matkapuhelin", "Sähköposti"),
                ("Henkilö", "Vastuu", "Puh.", "Email"))
    m.say("| " + " | ".join(cols) + " |\n|" + "|".join(pick("---", ":---", "-----") for _ in cols) + "|\n")
    how = "s,g" if "Sukunimi" in cols[0] else pick("gs", "sg")
    for p, r, title in rows:
        m.say("| ").disp(p, how, r).say(" | ").say(title).say(" | ").ph(tel(p, "nat", "intl", "paren"), r).say(" | ")
        m.em(address(p), r).say(" |\n")
    m.say("\n")
    a, b = rows[0][0], rows[-1][0]
    end = R.randrange(3)
    if end == 0:
        m.n(a.s()).say(" vaihtaa numeroa ").look(date()).say(" jälkeen, joten ").n(a.g("gen")).say(" rivin voi jättää pois. ")
        m.say("Lisäksi ").full(people("fi", 1, sub, *crowd)[0], "nom").say(" tulee tiimiin ").look(week("fi")[0]).say(".")
    elif end == 1:
        m.say("Taulukon pitäisi näkyä myös ").n(b.g("all")).say(", mutta hänellä on vain lukuoikeus ryhmään ")
        m.look(R.choice(GROUPS)).say(".")
    else:
        m.say("Onko Markdown-tuki pois päältä ").look(pick("Teams Wikissä", "Loopissa", "OneNotessa")).say("? ")
        m.full(a).say(" näkee taulukon oikein, ").n(b.s()).say(" ei.")
    sign_fi(m, sub, e)


def ascii_table(m, headers, rows):
    """An ASCII table with +---+ borders as psql, mysql and PowerShell modules print them; rows are lists of
    (writer, width) cells where writer(m) writes the cell."""
    widths = [max(len(h), *(w for _, w in (r[i] for r in rows))) for i, h in enumerate(headers)]
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+\n"
    m.say(border + "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |\n" + border)
    for r in rows:
        m.say("| ")
        for i, (writer, w) in enumerate(r):
            writer(m)
            m.say(" " * (widths[i] - w) + (" | " if i < len(r) - 1 else " |\n"))
    return m.say(border)


def cellw(kind, value, role="third"):
    if kind == "say":
        return (lambda m: m.say(value)), len(value)
    if kind == "look":
        return (lambda m: m.look(value)), len(value)
    return (lambda m: m.entity(value, kind, role)), len(value)


def name_cell(p, role, how):
    """A name cell: "Surname, Given" or "Given Surname" (two spans)."""
    if how == "s,g":
        return (lambda m: m.rev(p, role)), len(p.surname) + 2 + len(p.given)
    if how == "sg":
        return (lambda m: m.rev(p, role, comma=False)), len(p.surname) + 1 + len(p.given)
    return (lambda m: m.plain(p, role)), len(p.given) + 1 + len(p.surname)


def fi_ascii(m, sub, e, user):
    crowd = people("fi", R.randint(4, 7), sub)
    members = crowd + [sub]
    R.shuffle(members)
    m.say(pick("Hei,\n\npuhelinvaihteen käyttäjäraportti näyttää väärät numerot. Tuloste:\n\n",
               "Moi! Ajoin kyselyn vaihteen tietokannasta (psql), ja osa numeroista puuttuu:\n\n",
               "Raportti "))
    if m.text.endswith("Raportti "):
        m.look(pick("users_by_queue", "vaihde_kayttajat_v2", "directory_export")).say(" näyttää tältä:\n\n")
    how = pick("s,g", "sg", "gs")
    rows = []
    for p in members:
        r = role_of(p, sub)
        num = tel(p, "e164", "intl", "nat") if R.random() < 0.85 else ""
        ext = extension()
        rows.append([name_cell(p, r, how), cellw("look", ext), cellw("PHONE", num, r) if num else cellw("say", "(null)"),
                     cellw("look", R.choice(["IT-tuki", "Palvelupiste", "Vaihde", "Laskutus", "Kirjaamo"]))])
    ascii_table(m, ["nimi", "alanro", "matkapuhelin", "jono"], rows)
    m.say(f"({len(rows)} rows)\n\n")
    a, b = R.sample(crowd, 2)
    end = R.randrange(3)
    if end == 0:
        m.n(a.g("gen")).say(" numero on tyhjä, vaikka hän on jonossa. Oikea numero on ").ph(tel(a, "nat")).say(". ")
        m.say("Myös ").full(b, "gen").say(" alanumero on väärä.")
    elif end == 1:
        m.say("Kysely oli ").look("SELECT nimi, alanro, matkapuhelin, jono FROM kayttajat ORDER BY nimi;")
        m.say(" – ").n(b.s()).say(" sanoi, että taulu päivittyy yöllä klo ").look(pick("01:00", "02:30", "03:15", "04:00")).say(".")
    else:
        m.say("Vaihteen versio on ").look(pick("3CX ", "Asterisk ", "Elisa Ring ") + version()).say(". ")
        m.n(a.g()).say(" ").n(a.s()).say(" ja ").n(b.g()).say(" ").n(b.s()).say(" eivät saa puheluita jonosta.")
    sign_fi(m, sub, e)


def fi_orgchart(m, sub, e, user):
    crowd = people("fi", R.randint(6, 9), sub)
    heads = crowd[:2]
    rest = crowd[2:] + [sub]
    R.shuffle(rest)
    split = len(rest) // 2
    levels = [(heads[0], rest[:split]), (heads[1], rest[split:])]
    dept = R.choice(DEPTS_FI)
    m.say(pick("Hei,\n\norganisaatiokaavio intrassa on väärin. Se näyttää tältä:\n\n",
               "Moi, Teamsin organisaationäkymä ja intran kaavio eivät täsmää. Intran versio:\n\n",
               "Kaaviossa on vanhoja tietoja (kopio alla):\n\n"))
    m.say(f"{dept} (").look(cost_centre()).say(")\n")
    orgchart_body(m, levels, sub, "fi", dstyle("fi"))
    m.say("\n")
    a = rest[0]
    wrong, right = heads
    end = R.randrange(3)
    if end == 0:
        m.n(a.g()).say(" ").n(a.s()).say(" kuuluu ").n(right.s("gen")).say(" alaisuuteen, ei ").n(wrong.s("gen"))
        m.say(". Muutos tehtiin HR-järjestelmään ").look(date()).say(".")
    elif end == 1:
        m.say("Kaaviossa näkyy ").n(wrong.g("gen")).say(" yksityinen numero. Hän toivoo, että vain vaihde ")
        m.ph(board().form("nat")).say(" näytetään.")
    else:
        m.n(right.g()).say(" on aloittanut ").look(dept).say("-yksikön päällikkönä ").look(date()).say(", mutta ")
        m.say("Teams näyttää yhä ").n(wrong.s("gen")).say(" esihenkilönä.")
    sign_fi(m, sub, e)


def orgchart_body(m, levels, sub, language, how, numbers=True):
    titles = {"fi": TITLES_FI, "en": TITLES_EN, "sv": TITLES_SV}[language]

    def node(p, prefix, last):
        r = role_of(p, sub)
        m.say(prefix + ("└── " if last else "├── "))
        m.disp(p, how, r)
        paren = R.random() < 0.5
        m.say(" (" if paren else pick(", ", " – ")).say(R.choice(titles))
        if numbers and R.random() < 0.6:
            m.say(pick(", p. ", ", puh. ", ", ") if language == "fi" else pick(", m. ", ", ", ", tel. "))
            m.ph(tel(p, "nat", "intl", "e164"), r)
        m.say(")\n" if paren else "\n")

    for i, (p, kids) in enumerate(levels):
        last = i == len(levels) - 1
        node(p, "", last)
        for j, k in enumerate(kids):
            node(k, "    " if last else "│   ", j == len(kids) - 1)
    return m


def fi_oncall(m, sub, e, user):
    crowd = people("fi", R.randint(5, 7), sub)
    pool = crowd[1:] + [sub]
    esc = crowd[0]
    tool = pick("Opsgenie", "PagerDuty", "Grafana OnCall", "Splunk On-Call")
    m.say(pick("Hei,\n\npäivystysvuorot vaihtuivat, mutta ", "Moi! Vaihdoin vuoron, mutta ",
               "Päivystyslistassa on virhe: ")).look(tool).say(pick(" soittaa yhä väärälle henkilölle. ",
                                                                  " näyttää vanhan listan. ", " ei päivity. "))
    m.say("Vienti aikataulusta (").look(pick("Europe/Helsinki", "FLE Standard Time")).say("):\n\n")
    sep = pick(";", ",", "\t")
    m.say(sep.join(["Viikko", "Alkaa", "Päättyy", "Ensisijainen", "Varalla", "Eskalaatio", "Puhelin"]) + "\n")
    start = R.randint(1, 45)
    how = pick("sg", "gs", "s,g") if sep != "," else pick("sg", "gs")
    for k in range(R.randint(3, 5)):
        a, b = R.sample(pool, 2)
        d0, d1_ = monday(start + k), monday(start + k + 1)
        m.look(f"vk {start + k}").say(sep).look(f"ma {d0.day}.{d0.month}. 08:00").say(sep)
        m.look(f"ma {d1_.day}.{d1_.month}. 08:00").say(sep)
        m.disp(a, how, role_of(a, sub)).say(sep).disp(b, how, role_of(b, sub)).say(sep).disp(esc, how).say(sep)
        m.ph(tel(a, "e164", "intl", "nat"), role_of(a, sub)).say("\n")
    m.say("\n")
    swap = people("fi", 1, sub, *crowd)[0]
    end = R.randrange(3)
    if end == 0:
        m.say("Sovin ").full(swap, "gen").say(" kanssa, että hän ottaa viikon ").look(str(start + 1)).say(". ")
        m.n(swap.g("gen")).say(" numero on ").ph(tel(swap, "nat")).say(". Eskalaatio menee yhä ").n(esc.s("all"))
        m.say(", vaikka ").n(esc.g()).say(" on lomalla.")
    elif end == 1:
        m.say("Kiertoaika on ").look(pick("7 vrk", "168 h", "1 viikko")).say(" ja vaihto klo ").look("08:00")
        m.say(". ").n(crowd[1].g()).say(" ").n(crowd[1].s()).say(" sai silti herätyksen yöllä ").look(clock()).say(".")
    else:
        m.say("Aikataulun tunniste on ").look("P" + hexa(6, True)).say(". ").n(crowd[2].s()).say(" pyysi, että ")
        m.n(esc.g("gen")).say(" tilalle eskalaatioon laitetaan ").full(swap).say(".")
    sign_fi(m, sub, e)


def fi_pdf_columns(m, sub, e, user):
    crowd = people("fi", R.randint(6, 10), sub)
    left, right = crowd[::2], crowd[1::2]
    dl, dr = R.sample(DEPTS_FI, 2)
    m.say(pick("Kopioin puhelinluettelon PDF:stä, ja sarakkeet menivät samalle riville:\n\n",
               "Hei, PDF-luettelon teksti tuli tällaisena (kaksi palstaa sekaisin):\n\n",
               "Luettelon "))
    if m.text.endswith("Luettelon "):
        m.look(pick("Puhelinluettelo_2027.pdf", "henkilosto_A-O.pdf", "yhteystiedot_v3.pdf")).say(" tekstikopio:\n\n")
    m.say("PUHELINLUETTELO ").look(pick("2027", "1/2027", "syksy 2027")).say(" " * R.randint(8, 30)).say("Sivu ")
    m.look(f"{R.randint(2, 9)}/{R.randint(10, 20)}").say("\n").say(dl.upper()).say(" " * R.randint(4, 30))
    m.say(dr.upper()).say("\n")
    gap = pick("   ", "        ", " ", "  ")
    for i in range(max(len(left), len(right))):
        if i < len(left):
            p = left[i]
            m.rev(p, comma=False).say(pick(" ", "  ")).ph(tel(p, "nat")).say(gap)
        if i < len(right):
            p = right[i]
            m.rev(p, comma=False).say(pick(" ", "  ")).ph(tel(p, "nat", "paren"))
        m.say("\n")
        if R.random() < 0.4:
            m.say(R.choice(TITLES_FI) + gap + R.choice(TITLES_FI) + "\n")
    m.say("\n")
    a, b = left[0], right[0]
    end = R.randrange(3)
    if end == 0:
        m.say("Kumpi numero kuuluu ").full(a, "all").say(" ja kumpi ").n(b.s("all")).say("? ")
        m.say("Tarvitsen oikean luettelon ").look(pick("Excel", "CSV", "vCard")).say("-muodossa.")
    elif end == 1:
        m.say("Luettelossa on yhä ").full(a, "gen").say(" vanha numero. Hän lopetti ").look(date()).say(".")
    else:
        m.say("Luettelosta puuttuu ").full(sub, "nom", SUB).say(" kokonaan, vaikka olen ollut talossa vuodesta ")
        m.look(str(R.randint(2009, 2024))).say(". Numeroni on ").ph(tel(sub, "nat"), SUB).say(".")
    sign_fi(m, sub, e)


PRONOUNS = {"fi": ["(hän/hänen)", "(hän)", "(she/her)", "(he/him)", "(they/them)"],
            "en": ["(she/her)", "(he/him)", "(they/them)", "(she/they)"],
            "sv": ["(hon/henne)", "(han/honom)", "(hen)", "(she/her)"]}
DEGREES = {"fi": ["DI", "KTM", "FM", "tri", "VTM", "HTM", "TkT"], "en": ["Dr", "Prof.", "Dr."],
           "sv": ["civ.ing.", "fil.kand.", "Dr"]}
POST = {"fi": [", KTM", ", MBA", ", PhD", ", DI"], "en": [", PhD", ", MBA", ", CISSP", ", FCA", " MBE"],
        "sv": [", PhD", ", MBA", ", civ.ek."]}


class Quoted:
    """A message seen through a reply's quoting: every line break it says is followed by the quote mark."""

    def __init__(self, m, mark="> "):
        self.m, self.mark = m, mark

    def say(self, s):
        self.m.say(s.replace("\n", "\n" + self.mark))
        return self

    def __getattr__(self, name):
        attr = getattr(self.m, name)
        if not callable(attr):
            return attr

        def call(*args, **kwargs):
            out = attr(*args, **kwargs)
            return self if out is self.m else out
        return call


def signature(m, p, role, language, org_board=None, e=None):
    """An e-mail signature in one of many forms: pronouns, titles before and after the name, numbers with their
    labels (p., puh., gsm, mob., tel., Direkt:, Växel:, M:, T:), pipes and slashes between the parts, the
    firm's switchboard beside the person's number, an extension."""
    title = R.choice({"fi": TITLES_FI, "en": TITLES_EN, "sv": TITLES_SV}[language])
    dept = R.choice({"fi": DEPTS_FI, "en": DEPTS_EN, "sv": DEPTS_SV}[language])
    form = R.randrange(8)
    sb = org_board or board(language)
    if form == 0:
        m.plain(p, role).say(" " + R.choice(PRONOUNS[language]) + "\n").say(title.capitalize() + " | " + dept + "\n")
        m.say({"fi": "p. ", "en": "m. ", "sv": "mob. "}[language]).ph(tel(p, "intl", "paren"), role)
        m.say(" | " + {"fi": "vaihde ", "en": "switchboard ", "sv": "växel "}[language]).ph(sb.form("nat"))
    elif form == 1:
        m.plain(p, role).say("\n" + title + "\n" + {"fi": "puh. ", "en": "tel. ", "sv": "tel. "}[language])
        m.ph(sb.form("nat")).say({"fi": " alanro ", "en": " ext. ", "sv": " anknytning "}[language]).look(extension())
        m.say(" / " + {"fi": "gsm ", "en": "mob ", "sv": "mobil "}[language]).ph(tel(p, "nat"), role)
    elif form == 2:
        m.say(R.choice(DEGREES[language]) + " ").plain(p, role).say(", " + title + "\n" + dept + "\n")
        m.say(pick("M: ", "Mob: ", "GSM: ")).ph(tel(p, "intl", "e164"), role).say("\n" + pick("T: ", "Tel: "))
        m.ph(sb.form("intl"))
    elif form == 3:
        m.plain(p, role).say(R.choice(POST[language]) + "\n")
        m.say({"fi": "mob. ", "en": "mob. ", "sv": "mob. "}[language]).ph(tel(p, "nat", "paren"), role)
        m.say(pick("  ", " / ", "\n")).say({"fi": "tel. ", "en": "tel. ", "sv": "tfn "}[language]).ph(sb.form("nat"))
    elif form == 4:
        m.plain(p, role).say(" | " + title + " | " + pick("Yhtiö Oy", "Example Ltd", "Företaget AB") + " | ")
        m.say({"fi": "puh. ", "en": "", "sv": "tel "}[language]).ph(tel(p, "nat", "intl"), role).say(" | ")
        m.look(pick("www.example.fi", "example.com", "www.example.se"))
    elif form == 5:
        m.n(p.given.upper(), role).say(" ").n(p.surname.upper(), role)
        m.say("\n" + title + "\n" + pick("Direkt: ", "Direct: ", "Suora: ")).ph(tel(p, "intl"), role)
        m.say("\n" + pick("Växel: ", "Vaihde: ", "Main: ")).ph(sb.form("intl"))
    elif form == 6:
        m.plain(p, role).say(" / " + title + " / " + {"fi": "p. ", "en": "t. ", "sv": "t. "}[language])
        m.ph(tel(p, "nat-run", "e164"), role)
    else:
        m.n(p.given, role).say("\n\n").plain(p, role).say("\n" + title + ", " + dept + "\n")
        m.say({"fi": "puh. ", "en": "phone ", "sv": "telefon "}[language]).ph(tel(p, "nat"), role)
        m.say(" (" + {"fi": "ei tekstiviestejä", "en": "no texts", "sv": "ej sms"}[language] + ")")
    if e:
        m.say("\n").em(e, role)
    return m.say("\n")


WEEKDAY_FI = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai"]
MONTH_FI = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
            "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]


def sent_fi():
    return f"{R.choice(WEEKDAY_FI)} {R.randint(1, 28)}. {R.choice(MONTH_FI)} 2027 {R.randint(8, 17)}.{R.randint(0, 59):02d}"


def fi_signatures(m, sub, e, user):
    a, b, c = people("fi", 3, sub)
    sb = board()
    m.say(pick("Hei,\n\nallekirjoitukset näkyvät eri muodoissa ja numerot ovat väärin. Ketju alla.\n\n",
               "Moi! Uusi allekirjoituspohja ei toimi mobiilissa. Esimerkkejä ketjusta:\n\n",
               "Välitän ketjun, jossa "))
    if m.text.endswith("jossa "):
        m.full(a).say(" kysyy puhelinnumeroiden perään:\n\n")
    m.say("Lähettäjä: ").rev(a, comma=False).say(" <").em(address(a)).say(">\nLähetetty: ").look(sent_fi())
    m.say("\nVastaanottaja: ").rev(sub, SUB, comma=False).say(" <").em(e, SUB).say(">\n")
    if R.random() < 0.6:
        m.say("Kopio: ").rev(c, comma=False).say(" <").em(address(c)).say(">\n")
    m.say("Aihe: VS: ").say(pick("numerot intraan", "puhelinluettelo", "uusi allekirjoitus", "vaihteen siirto")).say("\n\n")
    m.say(pick("Hei ", "Moi ")).n(sub.g(), SUB).say(pick(",\n\n", "!\n\n"))
    m.say(pick("tässä omani, ", "allekirjoitukseni alla, ")).n(b.g()).say(pick(" lähettää omansa erikseen.\n\n",
                                                                             " ei ole vielä vastannut.\n\n"))
    m.say(pick("Ystävällisin terveisin / Best regards\n", "Terveisin\n", "Kiittäen\n"))
    signature(m, a, "third", "fi", sb, address(a) if R.random() < 0.3 else None)
    m.say("\n> ").say(pick("Lähettäkää numeronne, niin päivitän listan.", "Tarvitsen kaikkien numerot perjantaihin mennessä."))
    m.say("\n>\n> ")
    signature(Quoted(m), sub, SUB, "fi", sb)
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.n(a.g("gen")).say(" allekirjoituksessa vaihteen numero on vanha. Voiko pohjan päivittää keskitetysti (")
        m.look(pick("Exclaimer", "CodeTwo", "Outlookin pilviallekirjoitus")).say(")?")
    elif end == 1:
        m.say("Mobiilissa ").n(a.s("gen")).say(" allekirjoitus katkeaa, ja numero ").ph(tel(a, "nat")).say(" näkyy kahdesti.")
    else:
        m.n(b.g()).say(" ").n(b.s()).say(" kysyi, saako pronominit lisätä pohjaan. Samalla ")
        m.n(c.s()).say(" haluaa tittelin ennen nimeä.")
    sign_fi(m, sub)


def fi_shared_mailbox(m, sub, e, user):
    shared = R.choice(SHARED_FI)
    local = identifiers.plain_name(shared.replace(" ", ".").replace("-", ".")).replace("..", ".")
    local = "".join(c if c.isalnum() else "." for c in shared.lower().replace("ä", "a").replace("ö", "o")).strip(".")
    dom = R.choice(DOMAINS_FI)
    add, remove = people("fi", R.randint(2, 4), sub), people("fi", R.randint(1, 2), sub)
    while words_of(*add) & words_of(*remove):
        remove = people("fi", len(remove), sub)
    opener, closer = pick(("Hei,\n\npyydän muutoksia jaettuun postilaatikkoon ", ".\n\n"),
                          ("Moi! Jaetun postilaatikon ", " oikeudet pitää päivittää.\n\n"),
                          ("Käyttöoikeuspyyntö: ", "\n\n"))
    m.say(opener).look(shared).say(" (").em(f"{local}@{dom}").say(")").say(closer)
    m.say(pick("Lisättävät (Täysi käyttöoikeus + Lähetä käyttäjänä):\n", "Lisää:\n", "Uudet jäsenet:\n"))
    for p in add:
        m.say("- ").rev(p, comma=R.random() < 0.5).say(", ").em(address(p)).say("\n")
    m.say(pick("Poistettavat:\n", "Poista:\n"))
    for p in remove:
        m.say("- ").plain(p).say(pick(" (lopettanut)", " (siirtyi toiseen yksikköön)", "")).say("\n")
    m.say("\n")
    grp = pick("HR-tiimi", "DL-Esihenkilöt", "Palkkahallinto")
    m.say("Lisäksi jakeluryhmään ").look(grp).say(" pitää lisätä ").full(add[0], "nom").say(".\n\n")
    if R.random() < 0.6:
        m.say("Nyt lähetetyt viestit näkyvät vastaanottajalle muodossa \"").plain(add[-1]).say(" käyttäjän ")
        m.look(shared).say(" puolesta\", mutta pitäisi näkyä pelkkä ").look(shared).say(".\n\n")
    if R.random() < 0.35:
        cust = people("fi", 1, sub, *add, *remove)[0]
        m.say("Asiakas ").full(cust).say(" lähetti laatikkoon korttinumeronsa ").entity(card(), "PAYMENT_CARD")
        m.say(pick(". Voiko viestin poistaa pysyvästi?", ". Miten toimimme?", " – viesti pitää hävittää.")).say("\n")
    sign_fi(m, sub, e)


def fi_delegate(m, sub, e, user):
    boss, assistant, viewer, other = people("fi", 4, sub)
    for p in (boss, assistant, viewer, sub):
        with_mail(p, "fi")
    if R.random() < 0.5:
        boss = sub
    m.say(pick("Hei,\n\n", "Moi,\n\n")).say(pick(
        "kalenterin edustajaoikeudet ovat sekaisin. ", "avustajan lähettämät viestit näkyvät oudosti. ",
        "edustaja ei enää saa kokouskutsuja. "))
    m.say("Viesti näkyy vastaanottajalle näin:\n\nLähettäjä: ").rev(assistant, comma=False)
    m.say(" käyttäjän ").rev(boss, role_of(boss, sub), comma=False).say(" puolesta <").em(boss.email, role_of(boss, sub))
    m.say(">\nLähetetty: ").look(sent_fi()).say("\n\nPowerShellin tuloste (").look("Get-MailboxFolderPermission")
    m.say(" -Identity ").em(boss.email, role_of(boss, sub)).say(":\\Kalenteri):\n\n")
    width = max(len(p.surname) + 1 + len(p.given) for p in (assistant, viewer, other)) + 2
    m.say("FolderName   User".ljust(13 + width) + "AccessRights        SharingPermissionFlags\n")
    m.say("----------   ----".ljust(13 + width) + "------------        ----------------------\n")
    m.say("Kalenteri    " + "Oletus".ljust(width) + "{AvailabilityOnly}\n")
    m.say("Kalenteri    " + "Anonyymi".ljust(width) + "{None}\n")
    for p, rights, flags in ((assistant, "{Editor}", "Delegate"), (viewer, "{Reviewer}", ""),
                             (other, "{Editor}", "Delegate, CanViewPrivateItems")):
        m.say("Kalenteri    ").rev(p, comma=False).say(" " * (width - len(p.surname) - 1 - len(p.given)))
        m.say(rights.ljust(20) + flags + "\n")
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.n(other.g()).say(" ").n(other.s()).say(" lopetti avustajana ").look(date()).say(", joten ")
        m.n(other.s("gen")).say(" oikeudet pitää poistaa. ").n(assistant.g()).say(" jatkaa edustajana.")
    elif end == 1:
        m.say("Haluan, että kutsut menevät vain ").n(assistant.s("all")).say(" eikä enää ").n(boss.s("all"), role_of(boss, sub))
        m.say(". ").n(viewer.g("all")).say(" riittää lukuoikeus.")
    else:
        m.say("Kun ").n(assistant.g()).say(" hyväksyy kutsun, ").n(boss.g("all"), role_of(boss, sub))
        m.say(" tulee silti ilmoitus. ").n(viewer.s()).say(" näkee yksityiset kohteet, vaikka ei pitäisi.")
    sign_fi(m, sub, e)


def fi_room_mailbox(m, sub, e, user):
    room, room_mail = room_of("fi")
    dels = people("fi", R.randint(2, 3), sub)
    booker, other = people("fi", 2, sub, *dels)
    problem, answer = pick((" hylkää kaikki varaukset. ", pick("Hylätty", "Declined")),
                           (" ei hyväksy varauksia automaattisesti. ", "Varaus odottaa hyväksyntää"),
                           (" hyväksyy päällekkäiset varaukset. ", pick("Hyväksytty", "Accepted")))
    m.say(pick("Hei,\n\n", "Moi,\n\n")).look(room).say(problem)
    m.full(booker).say(pick(" yritti varata sen ", " varasi sen ")).look(date()).say(" klo ").look(clock())
    m.say(", ja vastaukseksi tuli \"").say(answer).say("\". ")
    m.say("Huoneen asetukset (").look("Get-CalendarProcessing").say("):\n\n")
    m.say("Identity                : ").look(room).say("\nAutomateProcessing      : ").say(pick("AutoAccept", "AutoUpdate"))
    m.say("\nResourceDelegates       : {")
    for k, p in enumerate(dels):
        m.say(", " if k else "").rev(p, comma=False)
    m.say("}\nBookInPolicy            : {").rev(booker, comma=False).say("}\nAllBookInPolicy         : ")
    m.say(pick("False", "True")).say("\nMaximumDurationInMinutes: ").look(pick("1440", "480", "240"))
    m.say("\nPrimarySmtpAddress      : ").em(room_mail).say("\n\n")
    end = R.randrange(3)
    if end == 0:
        m.say("Hyväksyjänä pitäisi olla ").full(other).say(" eikä ").n(dels[0].g()).say(" ").n(dels[0].s()).say(", joka ")
        m.say("on ollut vapaalla ").look(date()).say(" asti. ").n(other.g("gen")).say(" numero on ").ph(tel(other, "nat")).say(".")
    elif end == 1:
        m.say("Myös ").look(R.choice([r for r in ROOMS_FI if r != room])).say(" käyttäytyy samoin. ")
        m.n(dels[-1].s()).say(" ehdotti, että ").n(booker.g("all")).say(" annetaan oikeus suoraan.")
    else:
        m.say("Resurssi ").look(R.choice(RESOURCES)).say(" toimii normaalisti. ").n(booker.s()).say(" ja ")
        m.n(other.s()).say(" tarvitsevat huonetta joka tiistai.")
    sign_fi(m, sub, e)


def fi_license(m, sub, e, user):
    crowd = people("fi", R.randint(4, 7), sub)
    for p in crowd:
        with_mail(p, "fi")
    old, new = R.sample(PLANS_LIC[:6], 2)
    cc = cost_centre()
    m.say(pick("Hei,\n\n", "Moi,\n\n", "")).say(pick("siirrätkö alla olevat käyttäjät lisenssistä ",
                                                     "kustannussyistä vaihdetaan lisenssi ", "lisenssimuutos: "))
    m.look(old).say(" → ").look(new).say(". Kustannuspaikka ").look(cc).say(", hyväksyjä ")
    approver = people("fi", 1, sub, *crowd)[0]
    m.full(approver).say(".\n\n")
    m.say("UserPrincipalName,DisplayName,SkuPartNumber,UsageLocation\n")
    for p in crowd:
        m.em(p.email).say(",").say('"').rev(p, comma=R.random() < 0.5).say('"').say(",").look(R.choice(SKUS))
        m.say(",").look(pick("FI", "FI", "SE", "EE")).say("\n")
    m.say("\n")
    if R.random() < 0.5:
        p = crowd[0]
        n = number("FI-land")
        m.say("Lisäksi ").full(p, "all").say(" Teams Phone ja suora numero:\n")
        m.look("Set-CsPhoneNumberAssignment").say(" -Identity ").em(p.email).say(" -PhoneNumber ").ph(n.form("e164"))
        m.say(" -PhoneNumberType ").say(pick("DirectRouting", "CallingPlan", "OperatorConnect")).say("\n\n")
    if R.random() < 0.3:
        newbie = people("fi", 1, sub, approver, *crowd)[0]
        m.say("Uusi työntekijä ").full(newbie).say(" aloittaa ").look(date()).say("; väliaikainen salasana on ")
        m.entity(secret(), "CREDENTIAL").say(", jonka ").n(approver.g()).say(" antaa hänelle.\n\n")
    opener, closer = pick(("Ryhmäpohjainen lisensointi tulee ryhmästä ", "."), ("Lisenssit jaetaan ryhmän ", " kautta."))
    m.say(opener).look(R.choice(GROUPS)).say(closer).say(" ").n(crowd[-1].s()).say(" ei saa poistaa ryhmästä ennen ").look(date()).say(".")
    sign_fi(m, sub, e)


def fi_directory_csv(m, sub, e, user):
    crowd = people("fi", R.randint(4, 7), sub)
    rows = crowd + [sub]
    R.shuffle(rows)
    leaky = R.random() < 0.4
    m.say(pick("Hei,\n\nHR:n luettelovienti (CSV) tuo vääriä numeroita osoitekirjaan. Alku tiedostosta:\n\n",
               "Moi! Tuontitiedosto puhelinluetteloon kaatuu. Tässä rivit:\n\n",
               "Osoitekirjan päivitys: "))
    if m.text.endswith("päivitys: "):
        m.look(pick("luettelo_2027-04.csv", "gal_import.csv", "hr_export_v7.csv")).say("\n\n")
    cols = ["Sukunimi", "Etunimi", "Titteli", "Puhelin", "Matkapuhelin", "Sähköposti", "Kustannuspaikka"]
    if leaky:
        cols += [pick("Henkilötunnus", "Hetu"), "Tilinumero"]
    m.say(";".join(cols) + "\n")
    for p in rows:
        r = role_of(p, sub)
        caps = R.random() < 0.15
        m.n(p.surname.upper() if caps else p.surname, r).say(";").n(p.given.upper() if caps else p.given, r).say(";")
        m.say(R.choice(TITLES_FI)).say(";")
        if R.random() < 0.7:
            sb = board()
            m.ph(sb.form(pick("paren", "nat", "intl"))).say(pick(" alanro ", " / ", " ext. ")).look(extension())
        m.say(";").ph(tel(p, "paren", "nat", "intl", "e164"), r).say(";")
        m.em(e if p is sub else address(p), r).say(";").look(cost_centre())
        if leaky:
            m.say(";").entity(hetu(), "NATIONAL_ID", r).say(";").entity(iban(), "IBAN", r)
        m.say("\n")
    m.say("\n")
    if leaky:
        m.say("Huomasin vasta nyt, että tiedostossa on henkilötunnukset ja tilinumerot! Poistakaa se ")
        m.look(pick("SFTP-kansiosta", "jaetusta kansiosta", "tiketin liitteistä")).say(" heti. ")
    a = R.choice(crowd)
    m.say(pick("Vaihteen numero näkyy kaikilla matkapuhelimena, ", "Muoto ")).say("")
    if m.text.endswith("Muoto "):
        m.look("+358 (0)").say(" ei mene läpi tuonnissa, ")
    m.say("esim. ").full(a, "gen").say(" rivillä. ").n(a.g()).say(" tarvitsee oikean numeron ennen ").look(date()).say(".")
    sign_fi(m, sub, e)


def token():
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))


def scim_user(m, p, role, language, pw=False, manager=None):
    m.say('{\n  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ')
    m.say('"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],\n')
    m.say('  "externalId": "').look(employee_no()).say('",\n  "userName": "')
    if R.random() < 0.6:
        m.em(p.email, role)
    else:
        m.entity(username_of(p), "USERNAME", role)
    m.say('",\n  "name": {\n    "givenName": "').n(p.given, role).say('",\n    "familyName": "').n(p.surname, role)
    m.say('",\n    "formatted": "').plain(p, role).say('"\n  },\n  "displayName": "')
    m.disp(p, pick("sg", "gs", "s,g"), role).say('",\n  "active": ').say(pick("true", "true", "false")).say(",\n")
    m.say('  "emails": [{"value": "').em(p.email, role).say('", "type": "work", "primary": true}],\n')
    m.say('  "phoneNumbers": [{"value": "').ph(tel(p, "e164", "intl"), role).say('", "type": "mobile"}')
    if R.random() < 0.5:
        m.say(', {"value": "').ph(board(language).form(pick("e164", "intl"))).say('", "type": "work"}')
    m.say("],\n")
    if pw:
        m.say('  "password": "').entity(secret(), "CREDENTIAL", role).say('",\n')
    m.say('  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {\n    "employeeNumber": "')
    m.look(employee_no()).say('",\n    "costCenter": "').look(cost_centre()).say('",\n    "department": "')
    m.say(R.choice({"fi": DEPTS_FI, "en": DEPTS_EN, "sv": DEPTS_SV}[language])).say('"')
    if manager:
        m.say(',\n    "manager": {"value": "').look(guid()).say('", "displayName": "').plain(manager).say('"}')
    return m.say("\n  }\n}")


def fi_scim(m, sub, e, user):
    target, boss, admin = people("fi", 3, sub)
    for p in (target, boss, admin, sub):
        with_mail(p, "fi")
    if R.random() < 0.4:
        target = sub
    app = pick("Slack", "Zoom", "Confluence Cloud", "Workday", "ServiceNow", "Opsgenie")
    code, status, detail = pick(("409 Conflict", "409", "userName must be unique"),
                                ("400 Bad Request", "400", "Invalid phoneNumbers value"),
                                ("400 Bad Request", "400", "Attribute 'manager' is immutable"))
    m.say(pick("Hei,\n\n", "Moi,\n\n")).say("provisiointi sovellukseen ").look(app).say(pick(
        " epäonnistuu yhden käyttäjän kohdalla. ", f" kaatuu virheeseen {status}. ", " ei päivitä tietoja. "))
    m.full(admin).say(" kopioi lokista pyynnön:\n\nPOST /scim/v2/Users HTTP/1.1\nHost: ")
    m.look(pick("api.example-saas.com", "scim.example.net", "provisioning.example.io")).say("\n")
    m.say("Authorization: Bearer ").entity(token(), "CREDENTIAL")
    m.say("\n\n")
    scim_user(m, target, role_of(target, sub), "fi", pw=R.random() < 0.3, manager=boss)
    m.say("\n\nVastaus: ").look(code)
    m.say(' {"detail": "').say(detail)
    m.say('", "status": "').look(status).say('"}\n\n')
    end = R.randrange(3)
    if end == 0:
        m.say("Sovelluksessa on jo vanha tili nimellä ").plain(target, role_of(target, sub))
        m.say(pick(" eri sähköpostilla.", " ajalta ennen nimenmuutosta."))
    elif end == 1:
        m.say("Esihenkilö ").full(boss).say(" on oikein, mutta puhelinnumeron muoto ").look("E.164")
        m.say(" ei kelpaa sovellukselle.")
    else:
        m.say("Provisiointisyklin tunniste ").look(guid()).say(". ").n(admin.g()).say(" ei pääse tiistaihin asti katsomaan.")
    sign_fi(m, sub, e)


def unmarked(s):
    """A name as a system without ä, ö, å and accents writes it: Määttänen → Maattanen."""
    return "".join(
        {"ä": "a", "ö": "o", "å": "a", "Ä": "A", "Ö": "O", "Å": "A", "é": "e", "ò": "o", "ì": "i", "ù": "u",
         "ě": "e", "ć": "c", "ž": "z", "š": "s", "ł": "l", "ń": "n", "í": "i"}.get(c, c) for c in s)


def fi_name_fix(m, sub, e, user):
    helper, boss = people("fi", 2, sub)
    m.say(pick("Hei,\n\nnimeni näkyy eri järjestelmissä eri tavoin, ja se hämmentää asiakkaita:\n\n",
               "Moi! Nimenmuutoksen jälkeen nimeni on joka paikassa eri muodossa:\n\n",
               "Pyydän yhtenäistämään nimeni muodon. Nyt näkyy:\n\n"))
    m.say("- Outlookin osoitekirja: ").n(sub.surname.upper(), SUB).say(" ").n(sub.given.upper(), SUB).say("\n")
    m.say("- Teams: ").rev(sub, SUB, comma=False).say("\n- tulostimen tunnistus: ").init(sub, SUB).say("\n")
    if unmarked(sub.surname) != sub.surname or unmarked(sub.given) != sub.given:
        m.say("- palkkalaskelma: ").n(unmarked(sub.surname), SUB).say(" ").n(unmarked(sub.given), SUB).say(" (ääkköset puuttuvat)\n")
    else:
        m.say("- palkkalaskelma: ").n(sub.surname.upper(), SUB).say(", ").n(sub.given, SUB).say("\n")
    m.say("- kulkukortti: ").n(sub.given[0] + ".", SUB).say(" ").n(sub.surname.upper(), SUB).say("\n")
    if R.random() < 0.5:
        old = people("fi", 1, sub, helper, boss)[0].surname
        m.say("- vanha sähköposti vielä käytössä: ").em(address(Person(sub.given, old, "fi", "FI", "en")), SUB).say("\n")
        m.say("\nEntinen sukunimeni oli ").n(old, SUB).say(".")
    m.say("\n\nOikea muoto on ").plain(sub, SUB).say(pick(". ", " (etunimi ensin). "))
    m.say("Käyttäjätunnukseni on ").entity(user, "USERNAME", SUB).say(". ")
    end = R.randrange(3)
    if end == 0:
        m.full(helper).say(" lupasi korjata osoitekirjan, mutta ").n(helper.s("gen")).say(" mukaan kenttä tulee HR:stä.")
    elif end == 1:
        m.say("Esihenkilöni ").full(boss).say(" hyväksyi muutoksen ").look(date()).say(". Voitteko soittaa ")
        m.n(boss.s("all")).say(", jos tarvitsette vahvistuksen: ").ph(tel(boss, "nat")).say(".")
    else:
        m.say("Kulkukortin nimi tulee järjestelmästä ").look(pick("Lenel OnGuard", "Salto", "iLOQ")).say(", ja ")
        m.n(helper.g()).say(" sanoi, ettei sitä voi muuttaa.")
    sign_fi(m, sub, e)


def fi_incident(m, sub, e, user):
    crowd = people("fi", R.randint(3, 5), sub)
    primary, secondary, lead = crowd[0], crowd[1], crowd[2]
    tool = pick("PagerDuty", "Opsgenie", "Grafana OnCall")
    inc = fill("#{5}")
    m.say(pick("Hei,\n\nyön häiriössä ensisijainen päivystäjä ei saanut soittoa. ",
               "Moi, hälytysketju toimi väärin viime yönä. ", "Jälkiselvitys: "))
    m.look(tool).say(pick(" -aikajana:\n\n", " näyttää tältä:\n\n", ":\n\n"))
    m.say("Incident ").look(inc).say(": ").say(pick("Puhelinvaihde ei vastaa", "VPN alhaalla", "Sähköposti jonossa",
                                                    "Kassajärjestelmä hidas")).say("\n")
    t = [clock() for _ in range(6)]
    t.sort()
    m.look(t[0]).say(" Triggered via ").look(pick("Datadog", "Zabbix", "Azure Monitor", "Prometheus")).say("\n")
    m.look(t[1]).say(" Assigned to ").rev(primary, comma=R.random() < 0.5).say("\n")
    m.look(t[1]).say(" Notified ").plain(primary).say(" via ").say(pick("phone", "SMS", "push")).say(" (")
    m.ph(tel(primary, "e164", "intl")).say(")\n")
    m.look(t[2]).say(" Escalated to level 2: ").rev(secondary, comma=R.random() < 0.5).say("\n")
    m.look(t[3]).say(" Acknowledged by ").plain(secondary).say("\n")
    if R.random() < 0.6:
        m.look(t[4]).say(" Note added by ").plain(lead).say(": \"").say(pick("soitin ", "yritin soittaa "))
        m.n(primary.g("gen")).say(" puolison numeroon ").ph(tel(primary, "nat"))
        m.say("\"\n")
    m.look(t[5]).say(" Resolved by ").plain(secondary).say("\n\n")
    end = R.randrange(3)
    if end == 0:
        m.n(primary.g()).say(pick(" ei saanut soittoa, koska ", " vahvisti, että ")).say("numero oli tallennettu ilman maatunnusta. ")
        m.n(secondary.s()).say(" kuittasi vasta ").look(t[3]).say(".")
    elif end == 1:
        m.say("Pyydän tarkistamaan ").full(primary, "gen").say(" yhteystiedot ja lisäämään ").n(lead.s("gen"))
        m.say(" eskalaatiotasolle 3. Palvelu: ").look(pick("vaihde-prod", "vpn-core", "mail-relay")).say(".")
    else:
        m.say("Käytäntö ").look(pick("Default", "IT-päivystys 24/7", "Kriittiset")).say(" vaatii kuittauksen ")
        m.look(pick("5 min", "15 min", "10 min")).say(" kuluessa. ").n(lead.g()).say(" ").n(lead.s())
        m.say(" haluaa raportin ").look(date()).say(" mennessä.")
    sign_fi(m, sub, e)


# --- English messages ----------------------------------------------------------------------------------------------
def sign_en(m, sub, e=None):
    m.say("\n\n" + pick("Thanks,", "Kind regards,", "Best,", "Cheers,", "Many thanks", "Regards,") + "\n")
    roll = R.random()
    if roll < 0.15:
        m.init(sub, SUB)
    elif roll < 0.3:
        m.n(sub.given, SUB)
    else:
        m.plain(sub, SUB)
    if e and R.random() < 0.4:
        m.say("\n").em(e, SUB)
    if R.random() < 0.3:
        m.say("\n" + pick("m. ", "Mobile: ", "", "tel. ")).ph(tel(sub, "intl", "nat"), SUB)
    return m


def en_ical_invite(m, sub, e, user):
    org, *att = people("en", R.randint(5, 8), sub)
    with_mail(sub, "en")
    for p in [org] + att:
        with_mail(p, "en")
    miss, dep = att[0], att[1]
    attendees = att[2:] + ([sub] if R.random() < 0.6 else [])
    if R.random() < 0.3:
        org, attendees = sub, att[2:]
    room = room_of("en") if R.random() < 0.6 else None
    how = pick("s,g", "gs", "gs")
    intro = R.randrange(3)
    if intro == 0:
        m.say("Hi team,\n\nthe invite below never reaches ").plain(miss).say("'s calendar, though everyone else gets it. ")
        m.say("Raw .ics attached as text:\n\n")
    elif intro == 1:
        m.say("Hello,\n\n").plain(dep).say(" and ").plain(miss).say(" see this meeting an hour off since the clocks ")
        m.say("changed. Here's the invite file:\n\n")
    else:
        m.say("Ticket ").look(ticket()).say(" – calendar sync\n\nThe room keeps declining when ").n(org.given, role_of(org, sub))
        m.say(" sends this. Contents of the .ics:\n\n")

    def note(ln):
        ln.say(pick("Hi all\\,\\n\\n", "Agenda to follow.\\n", ""))
        if R.random() < 0.6:
            ln.n(dep.given).say(pick(" will present the numbers. ", " is chairing. ", " takes notes. "))
        if R.random() < 0.5:
            ln.say("Questions to ").entity(org.given, "NAME", role_of(org, sub)).say(" on ")
            ln.entity(tel(org, "intl", "nat"), "PHONE", role_of(org, sub)).say(".")
        ln.say("\\n")

    vevent(m, "en", org, [miss, dep] + attendees, sub, room=room, summary=R.choice(SUMMARIES["en"]), note=note, how=how)
    end = R.randrange(3)
    if end == 0:
        m.say("\n").n(miss.given).say(" moved teams on ").look(date("en")).say(", so maybe ").n(miss.surname)
        m.say("'s old address is still on ").look(R.choice(GROUPS)).say(".")
    elif end == 1:
        m.say("\nOur tenant is set to ").look(pick("GMT Standard Time", "Europe/London", "UTC")).say(" but ")
        m.n(dep.surname).say("'s laptop says ").look(pick("Pacific Standard Time", "Europe/Helsinki")).say(". Could someone ring ")
        m.n(dep.given).say(" on ").ph(tel(dep, "nat", "intl")).say("?")
    else:
        m.say("\n").plain(org, role_of(org, sub)).say(" booked ").look(room[0] if room else R.choice(ROOMS_EN))
        m.say(" for this but the resource mailbox rejects it.")
    sign_en(m, sub, e)


def en_ical_reply(m, sub, e, user):
    org, deputy, extra = people("en", 3, sub)
    for p in (org, deputy, sub):
        with_mail(p, "en")
    m.say(pick("Hi,\n\nmy decline with a comment never shows for the organiser. The reply Outlook sent:\n\n",
               "Hello, the organiser says my tentative reply is blank. Here is what went out:\n\n",
               "My deputy's details don't reach the organiser. iCal reply below.\n\n"))

    def comment(ln):
        ln.say(pick("On leave that week. ", "Clashes with training\\, sorry. ", "Off sick. "))
        ln.say(pick("My deputy ", "Please invite ", "Covering for me: ")).n(deputy.given).say(" ")
        if deputy.middle and R.random() < 0.5:
            ln.n(deputy.middle).say(" ")
        opener, closer = pick(("\\, ", "."), (" on ", "."), (" (", ")"))
        ln.n(deputy.surname).say(opener).ph(tel(deputy, "intl", "nat")).say(closer)
        ln.say(pick(" – ", "\\n")).entity(sub.given, "NAME", SUB)

    vevent(m, "en", org, [sub], sub, method="REPLY", summary=R.choice(SUMMARIES["en"]), reply_comment=comment,
           how=pick("s,g", "gs"))
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.plain(org).say(" only sees \"Declined\". Is the comment stripped by ").look(pick("Exchange Online", "the Gmail connector"))
        m.say("?")
    elif end == 1:
        m.say("Could you make sure ").n(deputy.given).say(" gets the series? Their address is ").em(deputy.email).say(".")
    else:
        m.say("Also ").plain(extra).say(" had the same problem with ").n(org.surname).say("'s invites last week.")
    sign_en(m, sub, e)


def en_ooo(m, sub, e, user):
    away, d1, d2, d3 = people("en", 4, sub)
    sw = number(pick("GB", "IE", "US", "FI-board"))
    m.say(pick("Hi,\n\n", "Hello Service Desk,\n\n")).say(pick(
        "I got this automatic reply from ", "The out-of-office of ", "Could you fix the auto-reply of "))
    m.plain(away).say(pick(":\n\n", " – it names the wrong people:\n\n", "? It reads:\n\n"))
    m.say("From: ").rev(away).say(" <").em(address(away, "en")).say(">\nSubject: Automatic reply: ").look(ticket())
    m.say("\n\n").say(pick("Thank you for your email. I am on annual leave from ", "I'm out of the office from ",
                           "I am travelling from "))
    d0, d1_ = date_range("en")
    m.look(d0).say(" to ").look(d1_)
    m.say(pick(" with no access to email.", " and will reply on my return.", ".")).say(" For urgent matters please contact:\n")
    for topic, p in [("IT", d1), ("HR and payroll", d2), ("invoices", d3)][:R.randint(2, 3)]:
        m.say(pick("• ", "- ", "")).say(topic).say(": ").full(p).say(pick(", ", " on ", " – ")).ph(tel(p, "intl", "nat"))
        if R.random() < 0.3:
            m.say(pick(" ext. ", " x")).look(extension())
        m.say("\n")
    m.say("Otherwise call our switchboard on ").ph(sw.form(pick("intl", "nat"))).say(".\n\n")
    m.say(pick("Kind regards,\n", "Best,\n", "")).n(away.given).say("\n\n")
    end = R.randrange(3)
    if end == 0:
        m.plain(d1).say(" left in ").look(pick("March", "the spring", "Q1")).say("; the right contact is ")
        new = people("en", 1, sub, away, d1, d2, d3)[0]
        m.plain(new).say(", ").ph(tel(new, "intl")).say(". ").n(away.given).say(" can't log in to change it.")
    elif end == 1:
        m.say("The number for ").n(d2.given).say(" goes to ").look(R.choice(SHARED_EN)).say(" instead. Please also check ")
        m.n(d3.surname).say("'s entry.")
    else:
        m.say("The reply was set with ").look("Set-MailboxAutoReplyConfiguration").say(". ").n(away.given)
        m.say(" is back on ").look(date("en")).say("; can ").n(d1.surname).say(" get access to the mailbox until then?")
    sign_en(m, sub, e)


def en_minutes(m, sub, e, user):
    crowd = people("en", R.randint(7, 11), sub)
    chair, secretary = crowd[0], crowd[1]
    present = [sub] + crowd[:R.randint(4, len(crowd) - 2)]
    absent = [p for p in crowd if p not in present]
    R.shuffle(present)
    m.say(pick("Hi, the minutes below bounced for half the distribution list:\n\n",
               "Pasting the minutes as the attachment won't open in ", "Minutes for the Teams channel – the upload fails:\n\n"))
    if m.text.endswith(" in "):
        m.look(pick("Word 16.0", "the new Outlook", "Teams mobile")).say(":\n\n")
    m.say(pick("MINUTES – ", "Minutes: ", "Notes – ")).say(R.choice(SUMMARIES["en"])).say("\nDate: ").look(date("en"))
    t0, t1 = clock_range()
    m.say(", ").look(t0).say("–").look(t1).say("\nVenue: ").look(R.choice(ROOMS_EN)).say(pick(" / Teams", "", " (hybrid)"))
    m.say("\n\nPresent: ")
    for k, p in enumerate(present):
        m.say(", " if k else "")
        if R.random() < 0.2:
            m.init(p, role_of(p, sub))
        else:
            m.plain(p, role_of(p, sub))
        if p is chair:
            m.say(" (Chair)")
        elif p is secretary:
            m.say(" (minutes)")
    m.say("\n")
    if absent:
        m.say(pick("Apologies: ", "Apologies received from: ", "Absent: "))
        for k, p in enumerate(absent):
            m.say(", " if k else "").plain(p)
        m.say("\n")
    a, b = R.sample(present, 2)
    m.say("\n1. Telephony migration\n").n(a.given, role_of(a, sub)).say(" reported that the cut-over to ")
    m.look(pick("Teams Phone", "Zoom Phone", "RingCentral")).say(" is planned for ").look(week("en")[0]).say(". ")
    m.say("ACTION: ").say(identifiers.plain_name(b.given)[0].upper() + identifiers.plain_name(b.surname)[0].upper())
    m.say(" to confirm numbers with the carrier.\n2. Licences\n").plain(b, role_of(b, sub)).say(" flagged ")
    m.look(str(R.randint(3, 40))).say(" unused ").look(R.choice(PLANS_LIC)).say(" licences.\n\nNext meeting: ")
    m.look(date("en")).say(". Minutes: ").plain(secretary).say("\n\n")
    end = R.randrange(3)
    if end == 0:
        m.say("The bounce came back for ").n(absent[0].given if absent else chair.given).say(" and ").n(secretary.surname)
        m.say(" even though they're on ").look(R.choice(GROUPS)).say(".")
    elif end == 1:
        m.n(secretary.given).say(" tried to save it to SharePoint and got error ").look(fill("0x8007{4}")).say(".")
    else:
        m.say("Could ").n(chair.surname).say("'s team get edit rights to the minutes folder?")
    sign_en(m, sub, e)


def en_graph_batch(m, sub, e, user):
    crowd = people("en", R.randint(2, 4), sub)
    boss = people("en", 1, sub, *crowd)[0]
    for p in crowd + [sub, boss]:
        with_mail(p, "en")
    targets = [sub] + crowd[:-1] if R.random() < 0.5 else crowd
    m.say(pick("Hi,\n\nthe directory sync shows stale phones. I ran a $batch against Graph:\n\n",
               "Hello – ", "The GAL is wrong for several people. Graph says:\n\n"))
    if m.text.endswith("– "):
        m.plain(crowd[-1]).say(" asked me to check why Teams shows the wrong mobile. Response:\n\n")
    m.say('{\n  "responses": [\n')
    for k, p in enumerate(targets):
        m.say('    {\n      "id": "').say(str(k + 1)).say('",\n      "status": 200,\n      "body":\n')
        graph_user(m, p, role_of(p, sub), "en", indent="      ", manager=boss if R.random() < 0.5 else None)
        m.say("\n    }" + ("," if k < len(targets) - 1 else "") + "\n")
    m.say("  ]\n}\n\n")
    end = R.randrange(3)
    if end == 0:
        p = targets[0]
        m.n(p.given, role_of(p, sub)).say("'s real mobile is ").ph(tel(p, "intl"), role_of(p, sub))
        m.say("; the HR feed from ").look(pick("Workday", "SAP SuccessFactors", "BambooHR")).say(" seems to overwrite it.")
    elif end == 1:
        m.say("Manager should be ").plain(boss).say(" for all of them since ").look(date("en")).say(".")
    else:
        m.say("Tenant: ").look(R.choice(TENANTS)).say(", app id ").look(guid()).say(". Is ").look("User.ReadWrite.All")
        m.say(" enough to patch ").look("mobilePhone").say("?")
    sign_en(m, sub, e)


def en_signin_csv(m, sub, e, user):
    helper = people("en", 1, sub)[0]
    others = people("en", R.randint(1, 3), sub, helper)
    with_mail(sub, "en")
    for p in others:
        with_mail(p, "en")
    m.say(pick("Hi,\n\n", "Hello,\n\n")).say(pick("I keep getting locked out. ", "MFA prompts loop on my phone. ",
                                                  "Sign-ins fail from home only. "))
    m.plain(helper).say(" exported the sign-in log (CSV) for me:\n\n")
    m.say("Date (UTC),Request ID,User,Username,Application,Status,IP address,Location,Sign-in error code,Correlation ID\n")
    rows = [sub] * R.randint(2, 3) + others
    R.shuffle(rows)
    for p in rows:
        city, state, country = R.choice(PLACES)
        code, _ = R.choice(ERRORS)
        r = role_of(p, sub)
        m.look(stamp("Z")).say(",").look(guid()).say(",").plain(p, r).say(",").em(p.email, r).say(",")
        m.look(R.choice(APPS)).say(",").say(pick("Failure", "Success", "Interrupted")).say(",").entity(ip(), "IP_ADDRESS", r)
        m.say(',"').look(f"{city}, {state}, {country}").say('",').look(code).say(",").look(guid()).say("\n")
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.say("The ").look(pick("Lagos", "Frankfurt am Main", "Amsterdam")).say(" entries aren't me. ")
        m.plain(others[0]).say(" shares my desk but uses their own account.")
    elif end == 1:
        m.say("My MFA number is ").ph(tel(sub, "intl"), SUB).say("; the texts never arrive.")
    else:
        m.n(helper.given).say(" thinks Conditional Access policy ").look(pick("CA-004 Block legacy auth", "CA-012 Require compliant device"))
        m.say(" is the cause.")
    sign_en(m, sub)


def en_teams_csv(m, sub, e, user):
    crowd = people("en", R.randint(4, 8), sub)
    for p in crowd + [sub]:
        with_mail(p, "en")
    missing = people("en", 1, sub, *crowd)[0]
    m.say(pick("Hi,\n\n", "Hello,\n\n")).say(pick("the attendance report for our training is missing people. ",
                                                  "HR needs proof of attendance, but ", "quick one: "))
    m.plain(missing).say(pick(" was there the whole time but isn't listed.", " dialled in and shows only as a number.",
                              " says they attended.")).say(" Report re-saved as CSV:\n\n")
    attendance(m, crowd[:1] + [sub] + crowd[1:], sub, "en", sep=",", quote=True)
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.say("The number is probably ").n(missing.given).say("'s – their mobile is ").ph(tel(missing, "intl"))
        m.say(". Can the name be added afterwards?")
    elif end == 1:
        m.say("Organiser ").plain(crowd[0]).say(" downloaded it on ").look(date("en")).say(". ").n(crowd[1].given)
        m.say(" and ").n(missing.given).say(" need certificates.")
    else:
        m.say("Excel shows ").n(crowd[-1].surname).say("'s name garbled – is it the ").look(pick("UTF-16", "UTF-8"))
        m.say(" encoding?")
    sign_en(m, sub, e)


def en_confluence(m, sub, e, user):
    crowd = people("en", R.randint(5, 7), sub)
    author, editor, *rest = crowd
    pid = page_id()
    m.say(pick("Hi,\n\n@mentions on this page don't notify anyone: ",
               "Hello – this page's history shows personal numbers, can it be cleaned? ", "Permissions are off on "))
    m.look(f"https://example.atlassian.net/wiki/spaces/{pick('OPS', 'IT', 'HR')}/pages/{pid}").say("\n\n")
    m.say("On-call handbook – ").say(R.choice(DEPTS_EN)).say("\nCreated by ").plain(author).say(", last updated by ")
    m.plain(editor).say(" on ").look(date("en")).say("\n\nContacts\n")
    for p in rest:
        m.say("@").plain(p).say(" – ").say(R.choice(TITLES_EN)).say(", ").ph(tel(p, "intl", "nat")).say("\n")
    m.say("\nDeputy: @").plain(sub, SUB).say("\nEscalation: ").look(R.choice(SHARED_EN)).say(", ")
    m.ph(number(pick("GB", "IE", "FI-board")).form("intl")).say("\n\nPage history\n")
    for v in range(R.randint(3, 5), 0, -1):
        who = R.choice(crowd + [sub])
        m.say("v.").say(str(v)).say(" ").look(date("en")).say(" ").plain(who, role_of(who, sub)).say(" ")
        m.say(pick("updated on-call numbers", "added deputy", "fixed typos", "restored v.1", "moved page")).say("\n")
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.n(rest[0].given).say(" never got the mention, nor did ").n(rest[-1].given).say(". Page ID ").look(pid).say(".")
    elif end == 1:
        m.say("Old versions show ").n(author.surname).say("'s private mobile ").ph(tel(author, "intl")).say(".")
    else:
        m.plain(editor).say(" wants the page moved and ").n(author.surname).say(" removed as owner.")
    sign_en(m, sub, e)


def en_ascii_table(m, sub, e, user):
    crowd = people("en", R.randint(4, 7), sub)
    members = crowd + [sub]
    R.shuffle(members)
    m.say(pick("Hi,\n\nthe hunt group report shows wrong numbers:\n\n", "Query output from the PBX database (mysql):\n\n",
               "Report "))
    if m.text.endswith("Report "):
        m.look(pick("users_by_queue", "did_assignments", "directory_export")).say(" looks like this:\n\n")
    how = pick("s,g", "gs")
    rows = []
    for p in members:
        r = role_of(p, sub)
        num = tel(p, "e164", "intl") if R.random() < 0.85 else ""
        rows.append([name_cell(p, r, how), cellw("look", extension()),
                     cellw("PHONE", num, r) if num else cellw("say", "NULL"),
                     cellw("look", R.choice(["Service Desk", "Billing", "Switchboard", "Field Ops", "Payroll"]))])
    ascii_table(m, ["name", "ext", "mobile", "queue"], rows)
    m.say(f"{len(rows)} rows in set ({R.randint(1, 9) / 100:.2f} sec)\n\n")
    a, b = R.sample(crowd, 2)
    end = R.randrange(3)
    if end == 0:
        m.n(a.given).say("'s mobile is empty though they're in the queue; it should be ").ph(tel(a, "intl")).say(".")
    elif end == 1:
        m.plain(b).say(" says the table syncs nightly at ").look(clock()).say(".")
    else:
        m.plain(a).say(" and ").plain(b).say(" get no calls from ").look(pick("3CX ", "Asterisk ", "Webex Calling ") + version()).say(".")
    sign_en(m, sub, e)


def en_orgchart(m, sub, e, user):
    crowd = people("en", R.randint(6, 9), sub)
    heads, rest = crowd[:2], crowd[2:] + [sub]
    R.shuffle(rest)
    split = len(rest) // 2
    m.say(pick("Hi,\n\nthe org chart on the intranet is wrong:\n\n", "Teams and the intranet disagree. Intranet version:\n\n",
               "Stale org chart (copied below):\n\n"))
    m.say(R.choice(DEPTS_EN)).say(" (").look(cost_centre()).say(")\n")
    orgchart_body(m, [(heads[0], rest[:split]), (heads[1], rest[split:])], sub, "en", pick("gs", "gms", "s,g"))
    m.say("\n")
    a, (wrong, right) = rest[0], heads
    end = R.randrange(3)
    if end == 0:
        m.plain(a, role_of(a, sub)).say(" reports to ").plain(right).say(", not ").n(wrong.surname).say(", since ")
        m.look(date("en")).say(".")
    elif end == 1:
        m.n(wrong.given).say("'s personal mobile is on the chart; only the switchboard ")
        m.ph(number(pick("GB", "IE", "US")).form("intl")).say(" should be shown.")
    else:
        m.n(right.given).say(" started as head of department on ").look(date("en")).say(" but Teams still shows ")
        m.n(wrong.surname).say(".")
    sign_en(m, sub, e)


def en_rota(m, sub, e, user):
    crowd = people("en", R.randint(5, 7), sub)
    pool = crowd[1:] + [sub]
    esc = crowd[0]
    tool = pick("PagerDuty", "Opsgenie", "Grafana OnCall", "xMatters")
    m.say(pick("Hi,\n\n", "Hello,\n\n")).look(tool).say(pick(" still pages the old engineer. ", " shows last month's rota. ",
                                                             " ignores my override. "))
    m.say("Schedule export (").look(pick("Europe/London", "GMT Standard Time", "UTC")).say("):\n\n")
    m.say("week,start,end,primary,secondary,escalation,primary_phone\n")
    start = R.randint(1, 45)
    for k in range(R.randint(3, 5)):
        a, b = R.sample(pool, 2)
        d0, d1_ = monday(start + k), monday(start + k + 1)
        m.look(f"2027-W{start + k:02d}").say(",").look(f"{d0.isoformat()}T09:00").say(",").look(f"{d1_.isoformat()}T09:00")
        m.say(',"')
        m.rev(a, role_of(a, sub)).say('","').rev(b, role_of(b, sub)).say('","').rev(esc).say('",')
        m.ph(tel(a, "e164"), role_of(a, sub)).say("\n")
    m.say("\n")
    swap = people("en", 1, sub, *crowd)[0]
    end = R.randrange(3)
    if end == 0:
        m.say("I swapped week ").look(str(start + 1)).say(" with ").plain(swap).say(" (").ph(tel(swap, "intl"))
        m.say("), and escalation still goes to ").n(esc.given).say(", who's on leave.")
    elif end == 1:
        m.say("Rotation length ").look(pick("7 days", "168h", "1 week")).say(", handoff ").look("09:00").say(". ")
        m.plain(crowd[1]).say(" was still woken at ").look(clock()).say(".")
    else:
        m.say("Schedule ID ").look("P" + hexa(6, True)).say(". ").n(crowd[2].surname).say(" asks to replace ")
        m.n(esc.given).say(" with ").plain(swap).say(" at level 3.")
    sign_en(m, sub, e)


def en_pdf_columns(m, sub, e, user):
    crowd = people("en", R.randint(6, 10), sub)
    left, right = crowd[::2], crowd[1::2]
    dl, dr = R.sample(DEPTS_EN, 2)
    m.say(pick("Copied the staff directory from the PDF and both columns ended up on one line:\n\n",
               "Hi, text from the PDF phone list (two columns merged):\n\n", "Text layer of "))
    if m.text.endswith("of "):
        m.look(pick("StaffDirectory_2027.pdf", "phonelist_Q2.pdf", "contacts_v3.pdf")).say(":\n\n")
    m.say("STAFF DIRECTORY ").look(pick("2027", "Spring 2027", "Q2 2027")).say(" " * R.randint(8, 30)).say("Page ")
    m.look(f"{R.randint(2, 9)} of {R.randint(10, 20)}").say("\n").say(dl.upper()).say(" " * R.randint(4, 30))
    m.say(dr.upper()).say("\n")
    gap = pick("   ", "        ", " ", "  ")
    for i in range(max(len(left), len(right))):
        for side, p in ((0, left[i] if i < len(left) else None), (1, right[i] if i < len(right) else None)):
            if p is None:
                continue
            if R.random() < 0.5:
                m.rev(p)
            else:
                m.plain(p)
            m.say(pick(" ", "  ", " .... ")).ph(tel(p, "nat", "intl"))
            if side == 0:
                m.say(gap)
        m.say("\n")
        if R.random() < 0.3:
            m.say(R.choice(TITLES_EN) + gap + R.choice(TITLES_EN) + "\n")
    m.say("\n")
    a, b = left[0], right[0]
    end = R.randrange(3)
    if end == 0:
        m.say("Which number is ").n(a.given).say("'s and which ").n(b.surname).say("'s? I need a proper ")
        m.look(pick("CSV", "vCard", "Excel")).say(" export.")
    elif end == 1:
        m.say("The list still has ").plain(a).say("'s old number; they left on ").look(date("en")).say(".")
    else:
        m.say("I'm missing from it entirely (").plain(sub, SUB).say(", ").ph(tel(sub, "intl"), SUB).say(").")
    sign_en(m, sub, e)


def sent_en():
    return f"{pick('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday')}, {R.randint(1, 28)} {R.choice(MONTHS_FULL)} 2027 {R.randint(8, 17)}:{R.randint(0, 59):02d}"


def en_signatures(m, sub, e, user):
    a, b, c = people("en", 3, sub)
    sb = number(pick("GB", "IE", "US", "FI-board"))
    m.say(pick("Hi,\n\nsignatures in this thread all look different and some numbers are wrong.\n\n",
               "Hello – the new signature template breaks on mobile. Examples:\n\n", "Forwarding a thread where "))
    if m.text.endswith("where "):
        m.plain(a).say(" asks for everyone's numbers:\n\n")
    m.say("From: ").rev(a).say(" <").em(address(a, "en")).say(">\nSent: ").look(sent_en()).say("\nTo: ").rev(sub, SUB)
    m.say(" <").em(e, SUB).say(">\n")
    if R.random() < 0.6:
        m.say("Cc: ").rev(c).say(" <").em(address(c, "en")).say(">\n")
    m.say("Subject: RE: ").say(pick("phone list", "numbers for the intranet", "new signature", "switchboard move")).say("\n\n")
    m.say("Hi ").n(sub.given, SUB).say(",\n\nmine's below; ").n(b.given).say(pick(" will send theirs separately.\n\n",
                                                                             " hasn't replied yet.\n\n"))
    m.say(pick("Best regards\n", "Kind regards,\n", "Thanks\n"))
    signature(m, a, "third", "en", sb, address(a, "en") if R.random() < 0.3 else None)
    m.say("\n> Please send me your numbers and I'll update the list.\n>\n> ")
    signature(Quoted(m), sub, SUB, "en", sb)
    m.say("\n")
    end = R.randrange(3)
    if end == 0:
        m.n(a.given).say("'s signature has the old switchboard. Can we push it centrally with ")
        m.look(pick("Exclaimer", "CodeTwo", "Outlook roaming signatures")).say("?")
    elif end == 1:
        m.say("On mobile ").n(a.surname).say("'s signature wraps and ").ph(tel(a, "intl")).say(" shows twice.")
    else:
        m.plain(b).say(" asked whether pronouns can go in the template; ").n(c.surname).say(" wants post-nominals.")
    sign_en(m, sub)


def en_shared_mailbox(m, sub, e, user):
    shared = R.choice(SHARED_EN)
    local = "".join(c if c.isalnum() else "." for c in shared.lower()).replace("..", ".").strip(".")
    dom = R.choice(DOMAINS_EN)
    add, remove = people("en", R.randint(2, 4), sub), people("en", R.randint(1, 2), sub)
    while words_of(*add) & words_of(*remove):
        remove = people("en", len(remove), sub)
    m.say(pick("Hi,\n\nplease update the shared mailbox ", "Access request for ", "Hello – changes to "))
    m.look(shared).say(" (").em(f"{local}@{dom}").say(pick(").\n\n", ") please.\n\n"))
    m.say(pick("Add (Full Access + Send As):\n", "Add:\n"))
    for p in add:
        m.say("- ").rev(p, comma=R.random() < 0.6).say(" <").em(address(p, "en")).say(">\n")
    m.say("Remove:\n")
    for p in remove:
        m.say("- ").plain(p).say(pick(" (left)", " (moved team)", "")).say("\n")
    m.say("\n")
    if R.random() < 0.6:
        m.say("Mail currently arrives as \"").plain(add[-1]).say(" on behalf of ").look(shared)
        m.say("\" – we want it to show just ").look(shared).say(".\n")
    if R.random() < 0.5:
        boss = people("en", 1, sub, *add, *remove)[0]
        m.say("Also, ").plain(boss).say("'s assistant sends as \"Sent on behalf of ").plain(boss)
        m.say("\"; that's fine.\n")
    if R.random() < 0.3:
        cust = people("en", 1, sub, *add, *remove)[0]
        m.say("A customer, ").plain(cust).say(", emailed their full card number ").entity(card(), "PAYMENT_CARD")
        m.say(" to the mailbox – can it be purged?\n")
    sign_en(m, sub, e)


def en_scim(m, sub, e, user):
    target, boss, admin = people("en", 3, sub)
    for p in (target, boss, admin, sub):
        with_mail(p, "en")
    if R.random() < 0.4:
        target = sub
    m.say(pick("Hi,\n\n", "Hello,\n\n")).say("provisioning to ").look(pick("Slack", "Zoom", "Workday", "ServiceNow", "Box"))
    m.say(pick(" fails for one user. ", " returns 409. ", " creates duplicates. ")).plain(admin)
    m.say(" pulled the request from the log:\n\nPATCH /scim/v2/Users/").look(guid()).say(" HTTP/1.1\nAuthorization: Bearer ")
    m.entity(token(), "CREDENTIAL").say("\n\n")
    scim_user(m, target, role_of(target, sub), "en", pw=R.random() < 0.25, manager=boss)
    m.say("\n\nResponse: ").look(pick("409 Conflict", "400 Bad Request")).say("\n\n")
    end = R.randrange(3)
    if end == 0:
        m.say("There's an old account for ").plain(target, role_of(target, sub)).say(" from before a name change.")
    elif end == 1:
        m.say("Manager ").plain(boss).say(" is right, but the app rejects the ").look("E.164").say(" phone format.")
    else:
        m.say("Cycle ").look(guid()).say("; ").n(admin.given).say(" is off until Tuesday.")
    sign_en(m, sub, e)


def en_google_csv(m, sub, e, user):
    crowd = people("en", R.randint(4, 7), sub)
    rows = crowd + [sub]
    R.shuffle(rows)
    dom = R.choice(DOMAINS_EN)
    m.say(pick("Hi,\n\nbulk upload to Google Workspace fails on these rows:\n\n",
               "Hello – the user export from the admin console has wrong phones:\n\n", "The CSV "))
    if m.text.endswith("CSV "):
        m.look(pick("User_Download_04042027.csv", "users_bulk_update.csv")).say(" we uploaded:\n\n")
    m.say("First Name [Required],Last Name [Required],Email Address [Required],Org Unit Path [Required],"
          "Work Phone,Mobile Phone,Employee ID,Cost Center\n")
    for p in rows:
        r = role_of(p, sub)
        m.n(p.given, r).say(",").n(p.surname, r).say(",").em(e if p is sub else address(p, "en", dom), r).say(",")
        m.look(pick("/Staff", "/Staff/IT", "/Contractors", "/Staff/Finance")).say(",")
        if R.random() < 0.6:
            m.ph(number(pick("GB", "IE", "US")).form(pick("intl", "e164")))
            m.say(pick(" ext. ", ";ext=", " x")).look(extension())
        m.say(",").ph(tel(p, "e164", "intl", "nat"), r).say(",").look(employee_no()).say(",").look(cost_centre()).say("\n")
    m.say("\nError: ").look(pick("Row 3: Invalid phone number", "Row 2: Email already exists", "Row 5: Org unit not found"))
    m.say("\n")
    a = R.choice(crowd)
    m.say(pick("The row for ", "I think ")).plain(a).say(pick(" is the problem.", " has a bad number.", " is duplicated."))
    sign_en(m, sub, e)


def en_get_mguser(m, sub, e, user):
    crowd = people("en", R.randint(4, 7), sub)
    rows = crowd + [sub]
    for p in rows:
        with_mail(p, "en")
    m.say(pick("Hi,\n\nrunning ", "Output of ", "Hello – ")).look("Get-MgUser -Filter \"department eq 'Finance'\" | Format-Table")
    m.say(pick(":\n\n", " shows blank mobiles:\n\n", "\n\n"))
    wn = max(len(p.given) + len(p.surname) + 1 for p in rows) + 2
    we = max(len(p.email) for p in rows) + 2
    m.say("DisplayName".ljust(wn) + "UserPrincipalName".ljust(we) + "MobilePhone\n")
    m.say("-----------".ljust(wn) + "-----------------".ljust(we) + "-----------\n")
    for p in rows:
        r = role_of(p, sub)
        m.plain(p, r).say(" " * (wn - len(p.given) - len(p.surname) - 1)).em(p.email, r).say(" " * (we - len(p.email)))
        if R.random() < 0.7:
            m.ph(tel(p, "intl", "e164"), r)
        m.say("\n")
    m.say("\n")
    a, b = R.sample(crowd, 2)
    m.say("The blanks should be filled from ").look(pick("Workday", "SuccessFactors", "the HR feed")).say(". ")
    m.n(a.given).say("'s number is ").ph(tel(a, "intl")).say(" and ").n(b.surname).say(" has no company phone.")
    sign_en(m, sub, e)


# --- Swedish messages ----------------------------------------------------------------------------------------------
def sign_sv(m, sub, e=None):
    m.say("\n\n" + pick("Mvh", "Med vänlig hälsning", "Hälsningar", "Tack på förhand!") + "\n")
    if R.random() < 0.2:
        m.n(sub.given, SUB)
    else:
        m.plain(sub, SUB)
    if e and R.random() < 0.4:
        m.say("\n").em(e, SUB)
    if R.random() < 0.3:
        m.say("\n" + pick("tfn ", "mobil ", "")).ph(tel(sub, "nat", "intl"), SUB)
    return m


def sv_ical_invite(m, sub, e, user):
    org, *att = people("sv", R.randint(5, 7), sub)
    with_mail(sub, "sv")
    for p in [org] + att:
        with_mail(p, "sv")
    miss, dep = att[0], att[1]
    room = room_of("sv") if R.random() < 0.6 else None
    m.say(pick("Hej,\n\n", "Hej Servicedesk,\n\n")).say(pick("inbjudan nedan kommer aldrig fram till ",
                                                            "mötet visas en timme fel för ", "ändringarna uppdateras inte hos "))
    m.plain(miss).say(pick(". Här är .ics-filen som text:\n\n", ". Bifogar kalenderfilen:\n\n"))

    def note(ln):
        ln.say(pick("Hej alla\\,\\n\\n", "Agenda kommer.\\n", ""))
        if R.random() < 0.6:
            ln.n(dep.given).say(pick(" går igenom siffrorna. ", " leder mötet. "))
        ln.say("\\n")

    vevent(m, "sv", org, [miss, dep] + att[2:] + [sub], sub, room=room, summary=R.choice(SUMMARIES["sv"]), note=note,
           how=pick("s,g", "gs", "sg"))
    end = R.randrange(3)
    if end == 0:
        m.say("\n").n(genitive_sv(miss.given)).say(" gamla adress finns kanske kvar i ").look(R.choice(GROUPS)).say(".")
    elif end == 1:
        m.say("\nKan någon ringa ").n(dep.given).say(" på ").ph(tel(dep, "nat", "intl")).say("?")
    else:
        m.say("\n").plain(org, role_of(org, sub)).say(" bokade ").look(room[0] if room else R.choice(ROOMS_SV))
        m.say(" men resursen avböjer.")
    sign_sv(m, sub, e)


def sv_ooo(m, sub, e, user):
    away, d1, d2 = people("sv", 3, sub)
    sw = number(pick("SE", "FI-board"))
    opener, closer = pick(("jag fick detta autosvar från ", ":\n\n"),
                          ("frånvaromeddelandet för ", " pekar på fel ersättare:\n\n"),
                          ("kan ni rätta autosvaret för ", "? Det lyder:\n\n"))
    m.say(pick("Hej,\n\n", "Hej!\n\n")).say(opener).plain(away).say(closer)
    m.say("Från: ").rev(away).say(" <").em(address(away, "sv")).say(">\nÄmne: Autosvar: ").look(ticket()).say("\n\n")
    d0, d1_ = date_range("sv")
    m.say(pick("Jag är föräldraledig ", "Jag är på semester ", "Jag är tjänstledig ")).look(d0).say("–")
    m.look(d1_).say(". Vid brådskande ärenden kontakta ").full(d1).say(", tfn ").ph(tel(d1, "nat", "intl"))
    m.say(", eller ").full(d2).say(pick(", mobil ", " på ")).ph(tel(d2, "nat", "intl"))
    if R.random() < 0.4:
        m.say(" (anknytning ").look(extension()).say(")")
    m.say(". Växel: ").ph(sw.form(pick("nat", "intl"))).say(".\n\nMed vänlig hälsning\n").n(away.given).say("\n\n")
    end = R.randrange(2)
    if end == 0:
        m.plain(d1).say(" har slutat; rätt ersättare är ")
        new = people("sv", 1, sub, away, d1, d2)[0]
        m.plain(new).say(", ").ph(tel(new, "nat")).say(".")
    else:
        m.n(genitive_sv(d2.given)).say(" nummer går till ").look(R.choice(SHARED_SV)).say(" i stället.")
    sign_sv(m, sub, e)


def sv_minutes(m, sub, e, user):
    crowd = people("sv", R.randint(7, 10), sub)
    chair, secretary, checker = crowd[0], crowd[1], crowd[2]
    present = [sub] + crowd[:R.randint(4, len(crowd) - 2)]
    absent = [p for p in crowd if p not in present]
    m.say(pick("Hej, protokollet studsade för hälften av sändlistan:\n\n", "Protokollet går inte att ladda upp i Teams:\n\n"))
    m.say("PROTOKOLL – ").say(R.choice(SUMMARIES["sv"])).say("\nDatum: ").look(date("sv")).say(", kl. ").look(clock())
    m.say("\nPlats: ").look(R.choice(ROOMS_SV)).say("\n\nNärvarande: ")
    for k, p in enumerate(present):
        m.say(", " if k else "").plain(p, role_of(p, sub))
        if p is chair:
            m.say(" (ordf.)")
        elif p is secretary:
            m.say(" (sekr.)")
    m.say("\n")
    if absent:
        m.say(pick("Anmält förhinder: ", "Frånvarande: ", "Förhinder: "))
        for k, p in enumerate(absent):
            m.say(", " if k else "").plain(p)
        m.say("\n")
    m.say("Justerare: ").plain(checker, role_of(checker, sub)).say("\n\n§ 1 Mötets öppnande\nOrdförande ").plain(chair)
    m.say(" öppnade mötet.\n§ 2 Växelbyte\n").n(genitive_sv(secretary.given)).say(" förslag om ")
    m.look(pick("Teams Phone", "Telavox", "Telia Touchpoint")).say(" godkändes.\n\n")
    m.say(pick("Sändlistan ", "Gruppen ")).look(R.choice(GROUPS)).say(pick(" verkar sakna ", " når inte ")).n(absent[0].given if absent else chair.given)
    m.say(".")
    sign_sv(m, sub, e)


def sv_signatures(m, sub, e, user):
    a, b = people("sv", 2, sub)
    sb = number(pick("SE", "SE", "FI-board"))
    m.say(pick("Hej,\n\nsignaturerna i tråden ser olika ut och växelnumret är fel:\n\n",
               "Hej! Nya signaturmallen fungerar inte i mobilen. Exempel:\n\n"))
    m.say("Från: ").rev(a).say(" <").em(address(a, "sv")).say(">\nTill: ").rev(sub, SUB).say(" <").em(e, SUB)
    m.say(">\nÄmne: SV: ").say(pick("telefonlista", "nya signaturer", "växelflytt")).say("\n\nHej ").n(sub.given, SUB)
    m.say("!\n\nHär är min, ").n(b.given).say(" skickar sin senare.\n\n").say(pick("Med vänlig hälsning\n", "Mvh\n"))
    signature(m, a, "third", "sv", sb)
    m.say("\n> ")
    signature(Quoted(m), sub, SUB, "sv", sb)
    m.say("\n").n(genitive_sv(a.given)).say(" signatur har gamla växeln. Kan ").n(b.surname)
    m.say(" få mallen i ").look(pick("Exclaimer", "CodeTwo")).say("?")
    sign_sv(m, sub)


def sv_directory(m, sub, e, user):
    crowd = people("sv", R.randint(4, 7), sub)
    rows = crowd + [sub]
    R.shuffle(rows)
    m.say(pick("Hej,\n\nexporten från personalsystemet ger fel nummer i adressboken:\n\n",
               "Importfilen till växelkatalogen kraschar, här är raderna:\n\n"))
    m.say("Efternamn;Förnamn;Titel;Anknytning;Direkt;Mobil;E-post;Kostnadsställe\n")
    for p in rows:
        r = role_of(p, sub)
        m.n(p.surname, r).say(";").n(p.given, r).say(";").say(R.choice(TITLES_SV)).say(";").look(extension()).say(";")
        if R.random() < 0.7:
            m.ph(number(pick("SE", "FI-land")).form(pick("nat", "intl", "paren")))
        m.say(";").ph(tel(p, "nat", "intl", "e164"), r).say(";").em(e if p is sub else address(p, "sv"), r).say(";")
        m.look(cost_centre()).say("\n")
    a = R.choice(crowd)
    m.say("\nT.ex. ").n(genitive_sv(a.given)).say(" rad saknar mobil. ").plain(a).say(" behöver rätt nummer före ")
    m.look(date("sv")).say(".")
    sign_sv(m, sub, e)


def sv_oncall(m, sub, e, user):
    crowd = people("sv", R.randint(5, 7), sub)
    pool = crowd[1:] + [sub]
    m.say(pick("Hej,\n\njourlistan i ", "Hej! ")).look(pick("Opsgenie", "PagerDuty", "Grafana OnCall"))
    m.say(pick(" ringer fel person. Export:\n\n", " visar gamla schemat:\n\n"))
    m.say("Vecka\tStart\tSlut\tPrimär\tSekundär\tEskalering\tTelefon\n")
    start = R.randint(1, 45)
    esc = crowd[0]
    for k in range(R.randint(3, 5)):
        a, b = R.sample(pool, 2)
        d0, d1_ = monday(start + k), monday(start + k + 1)
        m.look(f"v. {start + k}").say("\t").look(f"mån {d0.day}/{d0.month} 08:00").say("\t")
        m.look(f"mån {d1_.day}/{d1_.month} 08:00").say("\t").rev(a, role_of(a, sub), comma=False)
        m.say("\t").rev(b, role_of(b, sub), comma=False).say("\t").rev(esc, comma=False).say("\t")
        m.ph(tel(a, "nat", "e164"), role_of(a, sub)).say("\n")
    swap = people("sv", 1, sub, *crowd)[0]
    m.say("\nJag bytte vecka ").look(str(start + 1)).say(" med ").plain(swap).say(" (").ph(tel(swap, "nat")).say("), men ")
    m.say("eskaleringen går fortfarande till ").n(esc.given).say(".")
    sign_sv(m, sub, e)


def sv_shared(m, sub, e, user):
    shared = R.choice(SHARED_SV)
    local = "".join(c if c.isalnum() else "." for c in shared.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")).strip(".")
    add = people("sv", R.randint(2, 4), sub)
    boss = people("sv", 1, sub, *add)[0]
    m.say(pick("Hej,\n\nlägg till följande i funktionsbrevlådan ", "Behörighetsbeställning: ")).look(shared)
    m.say(" (").em(f"{local}@{R.choice(DOMAINS_SV)}").say("):\n")
    for p in add:
        m.say("- ").rev(p, comma=R.random() < 0.5).say(", ").em(address(p, "sv")).say("\n")
    m.say("\nJust nu syns mejlen som \"").plain(add[0]).say(" för ").look(shared).say(" räkning\". ")
    m.say("Chefens assistent skickar för ").n(boss.given).say(" ").n(genitive_sv(boss.surname))
    m.say(" räkning, det är okej.")
    sign_sv(m, sub, e)


def sv_orgchart(m, sub, e, user):
    crowd = people("sv", R.randint(6, 8), sub)
    heads, rest = crowd[:2], crowd[2:] + [sub]
    R.shuffle(rest)
    split = len(rest) // 2
    m.say(pick("Hej,\n\norganisationsschemat på intranätet är fel:\n\n", "Hej! Schemat visar gamla chefer:\n\n"))
    m.say(R.choice(DEPTS_SV)).say(" (").look(cost_centre()).say(")\n")
    orgchart_body(m, [(heads[0], rest[:split]), (heads[1], rest[split:])], sub, "sv", pick("gs", "sg"))
    m.say("\n").plain(rest[0], role_of(rest[0], sub)).say(" tillhör ").n(genitive_sv(heads[1].given)).say(" grupp, inte ")
    m.n(genitive_sv(heads[0].surname)).say(".")
    sign_sv(m, sub, e)


FINNISH = [fi_ical_invite, fi_ical_reply, fi_ooo, fi_minutes, fi_graph_user, fi_signin, fi_teams_attendance,
           fi_zoom_tsv, fi_confluence, fi_markdown, fi_ascii, fi_orgchart, fi_oncall, fi_pdf_columns, fi_signatures,
           fi_shared_mailbox, fi_delegate, fi_room_mailbox, fi_license, fi_directory_csv, fi_scim, fi_name_fix,
           fi_incident]
ENGLISH = [en_ical_invite, en_ical_reply, en_ooo, en_minutes, en_graph_batch, en_signin_csv, en_teams_csv,
           en_confluence, en_ascii_table, en_orgchart, en_rota, en_pdf_columns, en_signatures, en_shared_mailbox,
           en_scim, en_google_csv, en_get_mguser]
SWEDISH = [sv_ical_invite, sv_ooo, sv_minutes, sv_signatures, sv_directory, sv_oncall, sv_shared, sv_orgchart]
KINDS = {"fi": FINNISH, "en": ENGLISH, "sv": SWEDISH}
SHAPES = collections.Counter()
CYCLES = {language: [] for language in KINDS}


def next_kind(language):
    """The kinds of a language in turn, each round in a new shuffled order, so every shape gets its share."""
    if not CYCLES[language]:
        CYCLES[language] = R.sample(KINDS[language], len(KINDS[language]))
    return CYCLES[language].pop()


def written(language, sub, e, user):
    counted, regions = PHONES.copy(), dict(NUMBER_REGION)
    chosen = []

    def draw():
        PHONES.clear()
        PHONES.update(counted)
        m = Message(language, "held-out-32")
        kind = chosen[0] if chosen else next_kind(language)
        chosen[:] = [kind]
        sub.email = Val(e, SUB)
        kind(m, sub, e, user)
        return m

    m = first_clean(draw, lambda stray: REDRAWN.update([language]))
    SHAPES[chosen[0].__name__] += 1
    return m


SHAPE_OF = {"NAME": r"[^\W\d_][\w .'\n-]*\.?", "PHONE": r"[+(\d][\d ()\n.-]*\d", "EMAIL": r"[\w.+-]+(\n )?[\w.+-]*@[\w.\n -]+\w",
            "USERNAME": r"\w+", "IP_ADDRESS": r"[\da-f:.]+", "NATIONAL_ID": r"\d{6}[-A]\d{3}[\dA-Y]",
            "IBAN": r"[A-Z]{2}\d{2}[\dA-Z ]+", "PAYMENT_CARD": r"[\d ]{16,19}", "CREDENTIAL": r"\S+"}


def self_check(m):
    """Each span's text has the shape of its type (a name of letters, a number of digits and its separators, an
    address with its @), and no span holds a line break that is not an iCalendar fold."""
    for x in m.entities:
        value = m.text[x["start"]:x["end"]]
        assert re.fullmatch(SHAPE_OF[x["type"]], value), (x["type"], value)
        assert "\n" not in value.replace("\n ", ""), value


def main():
    counts = collections.Counter()
    out = []
    for i in range(650):
        language = mixed_language(i)
        sub = person(language)
        sub.role = SUB
        e = address(sub, language)
        user = username_of(sub)
        m = written(language, sub, e, user)
        m.known = {"name": f"{sub.given} {sub.surname}", "email": e, "username": user, "agentName": "Service Desk"}
        self_check(m)
        emit(m, counts)
        out.append(m)
    if "--stats" in sys.argv:
        regions = collections.Counter()
        for m in out:
            for x in m.entities:
                if x["type"] == "PHONE":
                    regions[NUMBER_REGION.get(m.text[x["start"]:x["end"]].replace("\n ", ""), "?")] += 1
        print(json.dumps(dict(counts), ensure_ascii=False), file=sys.stderr)
        print(len(regions), dict(regions), file=sys.stderr)
        print(len(SHAPES), dict(SHAPES), dict(REDRAWN), file=sys.stderr)
    if "--phones" in sys.argv:
        with open(sys.argv[sys.argv.index("--phones") + 1], "w", encoding="utf-8") as f:
            json.dump(NUMBER_REGION, f, ensure_ascii=False)


main()
