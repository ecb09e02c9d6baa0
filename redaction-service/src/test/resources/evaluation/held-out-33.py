#!/usr/bin/env python3
"""Generates the thirty-third held-out set (held-out-33.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 32: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of text that sets 1-30 lack: everyday messaging as people really type it, forwarded to the service desk,
and identifiers hidden inside other strings. Chat exports of messaging apps in their own header layouts
("[5.12.2026 klo 14.02.11] Given Surname: ", "05/12/2026, 14:02 - Given: ", "Given Surname, [5.12. 14:02]",
Telegram, Signal, Messenger, SMS backups, iMessage, Slack, Discord, Swedish and Finland-Swedish locales) with the
contact names a phone shows (full, given only, surname first, "Given S.", a nickname, "Iina työ", "Iina ☀", a
relation word, an unsaved number) and the app's own lines ("X lisäsi henkilön Y"); family and team group chats, a
school class's parents, a housing company's residents, a running club on Telegram, a surprise party on Teams; SMS
threads (the "Hi Mum, new number" scam), voice messages transcribed by a phone (lower case, no punctuation, a surname
split by the recogniser: "korpi nen"), a live chat whose user types a colleague's name wrong and corrects it
("*Korpinen"), caps-lock rants, autocorrect that turns a name into a word (Minja → Minä, Kimi → Kiwi). How people type:
names with a letter dropped, doubled or swapped (Virtnen, Saarinnen), without ä and ö, in lower case and in capitals,
glued to the next word or an emoji ("kiitosIina", "moikkuuTomski☀", "Iinankaa"), split by an emoji or a line break
inside one message, in hashtags (#tominläksiäiset) and @mentions, nicknames (Tomski, Kride, Martsa) in clipped spoken
cases (Tomskil, Iinalt), this set's names in the genitive, partitive, allative, ablative, adessive, elative, illative,
essive and translative where a sentence needs them (ota yhteyttä Iina Korpiseen, tallensin sen Tomskiksi, näkyy
Tomskina), Finland-Swedish and Sweden-Swedish chat, English by non-native writers. Identifiers inside other strings:
user names in Windows, macOS and Linux paths and shares (C:\\Users\\iina.korpinen\\…, /home/ikorpinen/.ssh,
\\\\tiedosto01\\home$\\korpiii, FIRMA\\ikorpinen), profile links (linkedin.com/in/iina-korpinen-4b7a21,
instagram.com/tomski_92), OneDrive personal sites (…/personal/iina_korpinen_firma_fi/…), names in file names
(Iina_Korpinen_CV_2026.pdf, palkkalaskelma_korpinen_marraskuu.pdf, IinaKorpinen.vcf), device and hotspot names
("Iinan iPhone", "Galaxy S24 (Iina)"), e-mail addresses whose local parts are names with digits.
Names (99.0 % of 2,148 name forms new to sets 1-30): Finnish given names and surnames no earlier set holds (Anssi,
Jarno, Tomi, Jesper, Weeti, Kasimir; Minja, Netta, Moona, Tinja, Kaneli, Jenniina; Korpinen, Loikkanen, Kangaskorpi,
Vainionpää, Lahdensuo, Wallenius) with double given names (Iina-Maria, Tomi-Petteri), their colloquial nicknames and
three common surnames typed wrong (Virtanen, Koskinen, Saarinen); Finland-Swedish and Swedish (Sigge, Idun, Malou;
Lillhonga, Fröjdö, Strandvall); Manx, Jamaican, Afrikaans, Navajo, Mapuche, Okinawan, Hong Kong Cantonese, Sakha and
Buryat, Mari, Assyrian, Dinka, Rwandan, Krio, Ivorian, Mauritian and Sundanese names, in the Finnish cases in Finnish
messages. Phones of 61 countries and territories (Åland and the Isle of Man among them) typed as people type them in
chats: in one run, in odd groups, with dots or a slash, "+358 40-123 45 67", +cc (0)…, 00cc…, spoken forms in
transcripts, split over two messages.
Labelling policy, as in sets 25-30, with these for the new kinds. The writer who forwards a chat is the subject, all
others third parties; a family's plural surname ("Korpiset" as a group's name) is the subject's NAME. A contact name
in a header is a NAME (each part its own span, an initial with its full stop one span, a tag or emoji after it
outside); a relation word (Äiti, Mum, Farmor) is neither a value nor a look-alike; an unsaved contact's number is a
PHONE. The header's time stamp is a look-alike. A name typed wrong, without its marks, in lower case or capitals is the
person's NAME as it stands; a name broken by a line break or by a recogniser's space inside one message is one span
holding it; given name and surname parted by an emoji are two spans. A glued name is a span of its own letters, the
word or emoji it is glued to outside, a clitic inside (Tomskillekin); in a hashtag only the name part is inside
(#|tomin|läksiäiset), an English 's outside, a Swedish genitive -s inside. An @mention of a name is a NAME, the @
outside; an @handle that is no plain name form (tomski_92, iina.kor) is a USERNAME, the @ outside. An autocorrected
name that is no longer the person's name (Minä, Kiwi, Kahvila) is not a NAME but a look-alike; the writer's correction
(*Minja) is the NAME. An e-mail address is one EMAIL span (no NAME inside it); a user folder in a path or share is a
USERNAME span of its account part only (C:\\Users\\|iina.korpinen|\\Desktop, |ikorpinen|.FIRMA); a profile link's
vanity part and a OneDrive personal segment are the person's account identifier: one USERNAME span; in a file name,
a device name and a hotspot name each name part is a NAME span (Iina|_|Korpinen|_CV_2026.pdf, as set 14), the rest
outside. Paths, file names and Wi-Fi names without a person's name are look-alikes. A number sent in two chat messages
is two PHONE spans, both the owner's (both must be hidden); a number with a digit too few or too many in a country
whose numbers have one length, which the writer then corrects, is a look-alike. A Wi-Fi password or door code is a
CREDENTIAL of the one it belongs to (the subject's home network the subject's; a neighbour's, an office's guest
network's and a housing company's door code third parties', as set 26's shared door code); a child's game password is
the child's. Look-alikes (kept): chat time stamps, voice-message durations, Wi-Fi network names, order and parcel codes
(Posti JJFI…, UPU S10 with its check digit, UPS 1Z…, DHL), clan tags, lobby codes and game PINs (they identify no
one, as set 23's conference PINs), game titles and characters (Steve, Zelda, Lara Croft), products named like people
(Alexa, Siri, Cortana, Polestar 2, Marianne, Renault Zoe, Skoda Octavia), pets' names (set 24), terms of endearment
(kulta, muru, hun, älskling), slang words that look like names (jonnet, pelle, juntti, Karen, Chad, Svenne), placeholder
names and fictional characters (Matti Meikäläinen, Mikko Mallikas, John Doe, Joe Bloggs, Sven Svensson, Aku Ankka,
Pippi Långstrump), emoji codes (:joy:), prices, times, dates, flight numbers, bus and tram lines, plates, versions,
SMS short codes, masked cards, meeting ids and host names — never in a message whose person bears that name. Jonne
or Pelle is a NAME only as someone's name or nickname; as the slang word (jonnet, älä oo pelle) it is a look-alike.
Counts: 650 messages (357 Finnish, 228 English, 65 Swedish; message.mixed_language), 50 shapes (23 kinds, each in
its own words per language); 9,110 NAME, 1,264 PHONE (61 countries and territories), 453 USERNAME, 212 EMAIL,
96 CREDENTIAL, 52 IBAN, 21 PAYMENT_CARD, 21 IP_ADDRESS, 12 NATIONAL_ID; 6,206 look-alikes (3,152 chat time stamps,
3,054 others) from 375 templates and kinds, 4,871 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in
any letter case, or a look-alike holds one (message.first_clean). Name forms new to sets 1-30:
python3 new-name-forms.py held-out-33.jsonl.
Deterministic: python3 held-out-33.py > held-out-33.jsonl (python3 held-out-33.py --stats adds counts on stderr)"""
import collections
import json
import random
import re
import sys
import unicodedata

import identifiers
import name_forms
from generation import groups
from message import Message, emit, first_clean, mixed_language
from name_forms import genitive_sv, inflect as fi

R = random.Random(33333333)
REDRAWN = collections.Counter()
SUB = "subject"
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names. Finnish given names and surnames that sets 1-30 do not hold (checked against their files when this set was
# written), Finland-Swedish and Swedish ones, and origins no earlier set drew from, each with its phones' country.

FI_MEN = ["Anssi", "Atte", "Jarno", "Julius", "Teo", "Tomi", "Jaro", "Rene", "Jaakob", "Elja", "Jesper", "Lukas",
          "Milo", "Mio", "Harto", "Kimi", "Niki", "Jooel", "Iisak", "Weeti", "Wiljami", "Wiljo", "Justus", "Kasimir",
          "Konrad", "Nico", "Rony", "Tiitus", "Valtter", "Viljam", "Amos", "Anton", "Dani", "Feliks", "Kaspian",
          "Niila", "Oskar", "Eemu", "Pertteli", "Eeli", "Leon", "Eliot", "Bruno", "Erik", "Anssi-Pekka",
          "Tomi-Petteri", "Jaro-Ilmari", "Atte-Johannes", "Ari-Pekka", "Mika-Pekka"]
FI_WOMEN = ["Anniina", "Iina", "Minja", "Netta", "Petra", "Moona", "Sonja", "Tinja", "Krista", "Matleena", "Livia",
            "Mila", "Elea", "Silja", "Juuli", "Kaneli", "Sirja", "Tanja", "Kata", "Jenniina", "Nelliina", "Melinda",
            "Milena", "Miisa", "Tessa", "Tinka", "Enja", "Erika", "Ira", "Janina", "Janita", "Jessika", "Katariina",
            "Kiara", "Lara", "Lea", "Lina", "Linda", "Maisa", "Marianne", "Meeri", "Mirka", "Mirva", "Nadja", "Noomi",
            "Teija", "Veronika", "Jenika", "Katri", "Mirella", "Mira", "Sanja", "Wiivi", "Wenla", "Weera", "Maria",
            "Luna", "Nora", "Valeria", "Emilie", "Iina-Maria", "Minja-Sofia", "Netta-Liisa", "Sonja-Maria",
            "Kata-Riina", "Moona-Linnea", "Tiina-Maija", "Heli-Maria", "Pirjo-Liisa"]
FI_SURNAMES = ["Alho", "Anttonen", "Eloranta", "Kankaanpää", "Lindberg", "Vehkaoja", "Harjunpää", "Huhtinen",
               "Ilvonen", "Kaasinen", "Korkiakoski", "Kovanen", "Leskelä", "Loikkanen", "Mannila", "Melasniemi",
               "Nikkilä", "Piispanen", "Roininen", "Sievänen", "Sorvali", "Syrjänen", "Tahvonen", "Valonen", "Vilen",
               "Yrjölä", "Miettunen", "Myllyniemi", "Nykyri", "Riekkinen", "Tenkanen", "Virtala", "Ainasoja",
               "Asikainen", "Haatainen", "Heiskari", "Helin", "Hietikko", "Hilden", "Huusko", "Ikola", "Jantunen",
               "Jounila", "Junttila", "Kahila", "Karvinen", "Kerkelä", "Kerola", "Kohonen", "Korpinen", "Kulju",
               "Lahdensuo", "Maijala", "Malmi", "Markkula", "Martikainen", "Nummela", "Nyrhinen", "Paavilainen",
               "Paukku", "Pekkanen", "Pietarinen", "Puolakka", "Reijonen", "Remes", "Repola", "Riihelä", "Ronkainen",
               "Ruohola", "Ruonala", "Rusanen", "Sipponen", "Taipale", "Tapanainen", "Tervonen", "Tiilikainen",
               "Toppinen", "Tuomainen", "Tynkkynen", "Uusikylä", "Vaahtoranta", "Valjakka", "Vanhatalo", "Wallenius",
               "Kangaskorpi", "Kaskinen", "Kilponen", "Lankila", "Lepomäki", "Mustaniemi", "Rajamäki", "Rauhala",
               "Sainio", "Saukkonen", "Tammisto", "Tuovila", "Vainionpää", "Puhakka", "Rahko", "Savander",
               "Kangasharju"]
# The common surnames the brief's typing examples come from (Virtnen, Kosknen, Saarinnen): a few people bear them.
FI_COMMON = ["Virtanen", "Koskinen", "Saarinen"]
# Colloquial short forms of this set's Finnish names, as friends and workmates type them.
FI_NICKS = {"Anssi": "Anssu", "Atte": "Atsku", "Jarno": "Jarski", "Julius": "Julle", "Tomi": "Tomski",
            "Jesper": "Jeppe", "Lukas": "Lukkis", "Kasimir": "Kasu", "Konrad": "Konsa", "Justus": "Jusu",
            "Oskar": "Osku", "Feliks": "Felle", "Jaakob": "Jaakki", "Anton": "Antsu", "Wiljami": "Wilppu",
            "Niila": "Niltsu", "Harto": "Hartsa", "Anniina": "Anniksu", "Minja": "Minkku", "Netta": "Netsku",
            "Moona": "Moonis", "Sonja": "Sonkku", "Tinja": "Tintti", "Krista": "Kride", "Matleena": "Leenu",
            "Silja": "Siltsu", "Katariina": "Katsku", "Jenniina": "Jenksu", "Janina": "Jannu", "Veronika": "Ronkku",
            "Marianne": "Manne", "Erika": "Ekku", "Melinda": "Meltsu", "Nadja": "Nadu", "Mirella": "Mirre",
            "Tessa": "Tessu"}
SURNAME_NICKS = {"Ronkainen": "Ronkka", "Martikainen": "Martsa", "Tynkkynen": "Tynkky", "Reijonen": "Reikku",
                 "Saukkonen": "Saukki", "Huhtinen": "Huhtis", "Yrjölä": "Yrkki", "Toppinen": "Toppis",
                 "Karvinen": "Karvis", "Sipponen": "Sippe", "Huusko": "Huuskis", "Vehkaoja": "Vehkis",
                 "Myllyniemi": "Myllis", "Mannila": "Mannis", "Kahila": "Kahis", "Kerkelä": "Kerkkis",
                 "Helin": "Helinski", "Jantunen": "Jantsku", "Leskelä": "Leskis", "Sievänen": "Sievis",
                 "Virtanen": "Virtsu"}
SV_GIVEN = ["Agnes", "Alice", "Hedda", "Idun", "Nova", "Vidar", "Harald", "Loke", "Sigge", "Valter", "Kennet",
            "Tommy", "Roger", "Jonas", "Pontus", "Kaj", "Stefan", "Mikaela", "Camilla", "Mona", "Edith", "Marita",
            "Susanne", "Carola", "Edvard", "Gerd", "Pernilla", "Malou", "Nisse", "Olle"]
SV_SURNAMES = ["Hellberg", "Edström", "Falk", "Berglund", "Hermansson", "Jonsson", "Holmlund", "Jansson", "Lindén",
               "Löfström", "Portin", "Wikberg", "Österberg", "Björkman", "Brunell", "Ekman", "Fröjdö", "Gädda",
               "Höglund", "Kronberg", "Lillhonga", "Mellberg", "Nykvist", "Rönnqvist", "Sandvik", "Smeds",
               "Staffans", "Strandvall", "Vikman", "Wiklund", "Strömsholm", "Kvarnström", "Lindvall", "Lagerstedt",
               "Svanström", "Vestergård", "Wärn", "Åhman", "Biström", "Eriksson"]
WORLD = {
    "manx": (["Illiam", "Breesha", "Aalish", "Orry", "Moirrey", "Juan"],
             ["Quayle", "Kermode", "Corlett", "Kinvig", "Quilliam", "Cregeen", "Kewley", "Faragher", "Costain",
              "Qualtrough"], ["IM", "GB"]),
    "jamaican": (["Shanique", "Tajay", "Kemoy", "Kadeem", "Shanice", "Jhanelle", "Odane", "Ackeem", "Rushane",
                  "Tamoy", "Shelly-Ann"], ["Campbell", "Reid", "Gayle", "Samuels", "Facey", "Bailey"], ["JM", "US"]),
    "afrikaans": (["Riaan", "Annelie", "Wian", "Marelize", "Dewald", "Elmarie", "Jaco", "Sunette"],
                  ["Pretorius", "Botha", "Coetzee", "Steyn", "Venter", "Swanepoel", "Oosthuizen", "Bezuidenhout",
                   "du Toit", "le Roux"], ["ZA"]),
    "navajo": (["Nizhoni", "Ahiga", "Dezbah", "Shandiin", "Hosteen", "Doli"],
               ["Begay", "Yazzie", "Tsosie", "Benally", "Nez"], ["US"]),
    "mapuche": (["Ayelén", "Millaray", "Lautaro", "Nahuel", "Rayen", "Amankay", "Licán"],
                ["Painequeo", "Huenchullán", "Millaqueo", "Catrileo", "Pichún", "Nahuelpán", "Quilapán", "Ancatén"],
                ["CL"]),
    "okinawan": (["Yuina", "Kanna", "Sora", "Ryoma", "Mitsuki", "Kokoro", "Mahiro"],
                 ["Higa", "Kinjo", "Shimabukuro", "Nakandakari", "Tamaki", "Miyagi", "Chinen", "Arakaki"], ["JP"]),
    "cantonese": (["Ka-ming", "Wing-yan", "Hoi-yan", "Siu-fung", "Chun-kit", "Pui-shan", "Ho-yin", "Tsz-ching"],
                  ["Chan", "Wong", "Cheung", "Leung", "Yeung", "Tsang", "Kwok", "Tse", "Mak", "Lau"], ["HK"]),
    "sakha": (["Aisen", "Sardana", "Nyurgun", "Aital", "Kyunney", "Ayaal", "Aiyna", "Bair", "Dashi", "Tuyana",
               "Sayana"], ["Sivtsev", "Dorzhiev", "Tsybikov", "Badmaev"], ["RU"]),
    "mari": (["Aivika", "Akpars", "Erviy", "Onar", "Vasli"], ["Sanukov", "Kudryashov", "Ivukov", "Yamberdov"], ["RU"]),
    "assyrian": (["Shamiran", "Ninos", "Ashur", "Nahrain", "Sargon", "Ninve", "Atra", "Shamiram"],
                 ["Warda", "Shlimon", "Odisho", "Benyamin", "Khoshaba", "Yonan", "Gewargis"], ["SE", "IQ"]),
    "dinka": (["Achol", "Nyandeng", "Garang", "Akuol", "Ayen", "Nyibol", "Aluel"],
              ["Majok", "Akech", "Mabior", "Chol", "Kuol", "Malual", "Makuei"], ["SS"]),
    "rwandan": (["Ingabire", "Uwase", "Nshuti", "Iradukunda", "Ishimwe", "Umutoni", "Uwera", "Mugabo"],
                ["Habimana", "Niyonzima", "Uwimana", "Mukamana", "Twagirayezu"], ["RW"]),
    "krio": (["Fatmata", "Mariatu", "Alimamy", "Isatu", "Foday", "Kadiatu", "Sorie"],
             ["Conteh", "Turay", "Kargbo", "Jalloh", "Mansaray", "Fofanah", "Kanu", "Sillah"], ["SL"]),
    "ivorian": (["Adjoua", "Affoué", "Kouamé", "Akissi", "Amenan", "Aya"],
                ["Kouassi", "Koné", "Brou", "Konan", "Yapi", "Yao"], ["CI"]),
    "mauritian": (["Vishal", "Kavisha", "Yovan"],
                  ["Seebaluck", "Boodhoo", "Ramdin", "Ramsahye", "Goolamally", "Jhurry", "Doorgakant"], ["MU"]),
    "sundanese": (["Asep", "Ujang", "Euis", "Neneng", "Cecep", "Dadang", "Iwan"],
                  ["Permana", "Sukmawati", "Hidayat", "Gunawan", "Rahmawati", "Nurhayati", "Kusnadi"], ["ID"]),
}
WORLD_KEYS = sorted(WORLD)
# Given names borne by women, for the words beside them (äiti/isä, mum/dad, hon/han).
FEMALE = set(FI_WOMEN) | {"Agnes", "Alice", "Hedda", "Idun", "Nova", "Mikaela", "Camilla", "Mona", "Edith", "Marita",
                          "Susanne", "Carola", "Gerd", "Pernilla", "Malou", "Breesha", "Aalish", "Moirrey", "Shanique",
                          "Shanice", "Jhanelle", "Shelly-Ann", "Annelie", "Marelize", "Elmarie", "Sunette", "Nizhoni",
                          "Dezbah", "Shandiin", "Doli", "Ayelén", "Millaray", "Rayen", "Amankay", "Licán", "Yuina",
                          "Kanna", "Mitsuki", "Kokoro", "Wing-yan", "Hoi-yan", "Pui-shan", "Tsz-ching", "Sardana",
                          "Kyunney", "Aiyna", "Tuyana", "Sayana", "Aivika", "Erviy", "Shamiran", "Nahrain", "Ninve",
                          "Atra", "Shamiram", "Achol", "Nyandeng", "Akuol", "Ayen", "Nyibol", "Aluel", "Ingabire",
                          "Uwase", "Umutoni", "Uwera", "Fatmata", "Mariatu", "Isatu", "Kadiatu", "Adjoua", "Affoué",
                          "Akissi", "Amenan", "Aya", "Kavisha", "Euis", "Neneng"}
# Stems the rules of name_forms do not give: consonant gradation, -s and -e stems, compounds whose last word inflects.
IRREGULAR = {
    "Julius": fi("Julius", "Juliukse", "Juliukse", par="Juliusta", ill="Juliukseen"),
    "Justus": fi("Justus", "Justukse", "Justukse", par="Justusta", ill="Justukseen"),
    "Tiitus": fi("Tiitus", "Tiitukse", "Tiitukse", par="Tiitusta", ill="Tiitukseen"),
    "Lukas": fi("Lukas", "Lukakse", "Lukakse", par="Lukasta", ill="Lukakseen"),
    "Amos": fi("Amos", "Amokse", "Amokse", par="Amosta", ill="Amokseen"),
    "Atte": fi("Atte", "Ate", "Atte"), "Netta": fi("Netta", "Neta", "Netta"),
    "Pertteli": fi("Pertteli", "Perteli", "Pertteli"),
    "Paukku": fi("Paukku", "Pauku", "Paukku"), "Puhakka": fi("Puhakka", "Puhaka", "Puhakka"),
    "Hietikko": fi("Hietikko", "Hietiko", "Hietikko"), "Valjakka": fi("Valjakka", "Valjaka", "Valjakka"),
    "Puolakka": fi("Puolakka", "Puolaka", "Puolakka"),
    "Taipale": fi("Taipale", "Taipalee", "Taipalee", par="Taipaletta", ill="Taipaleeseen"),
    "Remes": fi("Remes", "Remekse", "Remekse", par="Remestä", ill="Remekseen"),
    "Wallenius": fi("Wallenius", "Walleniukse", "Walleniukse", par="Walleniusta", ill="Walleniukseen"),
    "Eloranta": fi("Eloranta", "Eloranna", "Eloranta"), "Vaahtoranta": fi("Vaahtoranta", "Vaahtoranna", "Vaahtoranta"),
    "Korkiakoski": fi("Korkiakoski", "Korkiakoske", "Korkiakoske", par="Korkiakoskea", ill="Korkiakoskeen"),
    "Kangaskorpi": fi("Kangaskorpi", "Kangaskorve", "Kangaskorpe", par="Kangaskorpea", ill="Kangaskorpeen"),
    "Lepomäki": fi("Lepomäki", "Lepomäe", "Lepomäke", par="Lepomäkeä", ill="Lepomäkeen"),
    "Rajamäki": fi("Rajamäki", "Rajamäe", "Rajamäke", par="Rajamäkeä", ill="Rajamäkeen"),
}
for _nom, _stem in [("Melasniemi", "Melasnieme"), ("Myllyniemi", "Myllynieme"), ("Mustaniemi", "Mustanieme")]:
    IRREGULAR[_nom] = fi(_nom, _stem, _stem, par=_stem + "ä", ill=_stem + "en")
for _nom in ["Kankaanpää", "Harjunpää", "Vainionpää"]:
    IRREGULAR[_nom] = fi(_nom, par=_nom + "tä", ill=_nom + "hän")


def endings(nom):
    """The Finnish case forms of a name part; -ia, -ea, -io and -eo take a long-vowel illative (Liviaan, Sainioon)."""
    forms = name_forms.endings(nom, IRREGULAR)
    if nom not in IRREGULAR and nom[-2:].lower() in ("ia", "ea", "io", "eo", "iä", "eä"):
        forms["ill"] = nom + nom[-1] + "n"
    return forms


def plural_nen(surname):
    """A -nen family in the plural: Korpinen → Korpiset."""
    return surname[:-3] + "set"


class Person:
    """A person: given name, surname, nickname, the country of their phone, their typing hand in chats."""

    def __init__(self, given, surname, origin, country, nick=None, role=THIRD):
        self.given, self.surname, self.origin, self.country = given, surname, origin, country
        self.nick = nick
        self.role = role
        self.hand = "plain"
        self.number = None
        self.mail = None
        self.contact = None
        self.ids = {}

    @property
    def female(self):
        return self.given in FEMALE

    def words(self):
        out = set()
        for part in (self.given, self.surname, self.nick or ""):
            out |= {w.lower() for w in re.split(r"[-\s']", part) if w}
        out |= {identifiers.plain_name(w) for w in list(out)}
        return out


def finnish_person(gender=None):
    given = R.choice(FI_MEN if (gender or R.choice("mf")) == "m" else FI_WOMEN)
    surname = R.choice(FI_COMMON) if R.random() < 0.04 else R.choice(FI_SURNAMES)
    nick = FI_NICKS.get(given) if R.random() < 0.6 else None
    if not nick and surname in SURNAME_NICKS and R.random() < 0.3:
        nick = SURNAME_NICKS[surname]
    return Person(given, surname, "fi", "FI", nick)


def draw_person(language, origin=None):
    origin = origin or R.choices(["fi", "sv",
                                  "world"], {"fi": [6, 1, 3], "en": [1, 1, 6], "sv": [1, 6, 2]}[language])[0]
    if origin == "fi":
        return finnish_person()
    if origin == "sv":
        return Person(R.choice(SV_GIVEN), R.choice(SV_SURNAMES), "sv", R.choice(["FI", "SE", "SE", "AX"]))
    key = R.choice(WORLD_KEYS)
    given, surnames, countries = WORLD[key]
    return Person(R.choice(given), R.choice(surnames), key, R.choice(countries))


def cast(language, n, *others, origin=None):
    """n people sharing no name word with each other or with others."""
    taken = set().union(*(p.words() for p in others)) if others else set()
    out = []
    while len(out) < n:
        p = draw_person(language, origin)
        if not p.words() & taken:
            taken |= p.words()
            out.append(p)
    return out


def family(language, n, *others):
    """n relatives of the first of others who share that person's surname, their given names unlike anyone's; a
    family of a small origin takes Finnish given names when its own run out."""
    subject = others[0]
    taken, out, tries = set().union(*(p.words() for p in others)), [], 0
    while len(out) < n:
        tries += 1
        if subject.origin in ("fi", "sv") or tries > 40:
            p = draw_person(language, subject.origin if subject.origin in ("fi", "sv") else "fi")
        else:
            p = Person(R.choice(WORLD[subject.origin][0]), subject.surname, subject.origin, subject.country)
        words = {w.lower() for w in re.split(r"[-\s']", p.given)} | ({p.nick.lower()} if p.nick else set())
        if words & taken:
            continue
        taken |= words
        out.append(Person(p.given, subject.surname, subject.origin, subject.country, p.nick))
    return out


# ---------------------------------------------------------------------------------------------------------------------
# How people type: a hand is a set of habits (lower case, caps lock, no marks, typos in names).

def plain_letters(s):
    """Text typed on a keyboard without ä, ö and å, or by someone who leaves the marks off."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", s)
                                                if not unicodedata.combining(c)))


def shaped(hand, s):
    if "ascii" in hand:
        s = plain_letters(s)
    if "lower" in hand:
        s = s.lower()
    if "caps" in hand:
        s = s.upper()
    return s


def typo(name):
    """A name as a hurried thumb types it: a letter dropped, doubled or two swapped (Virtnen, Saarinnen)."""
    if len(name) < 4:
        return name
    for _ in range(10):
        i = R.randint(1, len(name) - 2)
        op = R.choice(["drop", "double", "swap"])
        if not name[i].isalpha() or (op == "swap" and not name[i + 1].isalpha()):
            continue
        if op == "drop":
            out = name[:i] + name[i + 1:]
        elif op == "double":
            out = name[:i] + name[i] + name[i:]
        else:
            out = name[:i] + name[i + 1] + name[i] + name[i + 2:]
        if out != name and out.lower() != name.lower():
            return out
    return name


HANDS = {"fi": ["plain"] * 5 + ["lower"] * 4 + ["lower ascii"] * 2 + ["sloppy"] * 3 + ["lower sloppy"] * 2 +
         ["caps"] + ["ascii"],
         "en": ["plain"] * 6 + ["lower"] * 3 + ["sloppy"] * 3 + ["lower sloppy"] + ["caps"] + ["ascii"],
         "sv": ["plain"] * 5 + ["lower"] * 3 + ["lower ascii"] + ["sloppy"] * 2 + ["caps"]}


# ---------------------------------------------------------------------------------------------------------------------
# Phones: each country's calling code, trunk prefix and number plans, written as people type them in chats.

COUNTRIES = {
    "FI": ("358", "0", ["40{7}", "44{7}", "45{7}", "50{7}", "41{7}", "46{7}", "9{7}", "2{7}", "3{7}"]),
    "AX": ("358", "0", ["18{5}", "457{7}"]),
    "SE": ("46", "0", ["70{7}", "72{7}", "73{7}", "76{7}", "8{8}"]),
    "NO": ("47", "", ["4{7}", "9{7}"]), "DK": ("45", "", ["2{7}", "5{7}"]), "EE": ("372", "", ["5{7}"]),
    "LV": ("371", "", ["2{7}"]), "LT": ("370", "", ["6{7}"]),
    "DE": ("49", "0", ["151{8}", "160{7}", "170{7}", "176{8}"]),
    "PL": ("48", "", ["50{7}", "60{7}", "69{7}", "79{7}", "88{7}"]), "NL": ("31", "0", ["6{8}"]),
    "BE": ("32", "0", ["47{7}", "48{7}", "49{7}"]), "FR": ("33", "0", ["6{8}", "7{8}"]),
    "ES": ("34", "", ["6{8}"]), "PT": ("351", "", ["91{7}", "93{7}", "96{7}"]),
    "IT": ("39", "", ["33{8}", "34{8}", "32{8}"]), "CH": ("41", "0", ["76{7}", "78{7}", "79{7}"]),
    "AT": ("43", "0", ["664{7}", "676{7}", "650{7}"]), "GB": ("44", "0", ["77{8}", "74{8}", "78{8}", "79{8}"]),
    "IM": ("44", "0", ["7624{6}"]), "IE": ("353", "0", ["83{7}", "85{7}", "86{7}", "87{7}", "89{7}"]),
    "US": ("1", "1", ["206N{6}", "312N{6}", "503N{6}", "617N{6}", "928N{6}"]),
    "CA": ("1", "1", ["416N{6}", "514N{6}", "604N{6}"]), "JM": ("1", "1", ["876N{6}"]),
    "AU": ("61", "0", ["4{8}"]), "NZ": ("64", "0", ["21{7}", "22{7}", "27{7}"]),
    "ZA": ("27", "0", ["72{7}", "82{7}", "83{7}", "61{7}"]), "TR": ("90", "0", ["53{8}", "54{8}", "50{8}"]),
    "UA": ("380", "0", ["67{7}", "50{7}", "93{7}", "97{7}"]), "RU": ("7", "8", ["91{8}", "92{8}", "96{8}", "98{8}"]),
    "HU": ("36", "06", ["20{7}", "30{7}", "70{7}"]), "CZ": ("420", "", ["60{7}", "72{7}", "77{7}"]),
    "GR": ("30", "", ["69{8}"]), "IN": ("91", "0", ["9{9}", "8{9}", "7{9}"]), "HK": ("852", "", ["5{7}", "6{7}",
                                                                                                  "9{7}"]),
    "CN": ("86", "", ["13{9}", "15{9}", "18{9}"]), "JP": ("81", "0", ["90{8}", "80{8}", "70{8}"]),
    "KR": ("82", "0", ["10{8}"]), "ID": ("62", "0", ["812{8}", "813{8}", "857{8}"]), "MU": ("230", "", ["5{7}"]),
    "RW": ("250", "0", ["78{7}", "73{7}", "72{7}"]), "SL": ("232", "0", ["76{6}", "77{6}", "78{6}", "88{6}"]),
    "CI": ("225", "", ["07{8}", "05{8}", "01{8}"]), "SS": ("211", "0", ["92{7}", "91{7}"]),
    "IQ": ("964", "0", ["77{8}", "78{8}", "75{8}"]), "CL": ("56", "", ["9{8}"]), "IS": ("354", "", ["6{6}", "7{6}",
                                                                                                   "8{6}"]),
    "MX": ("52", "", ["55{8}", "33{8}"]), "BR": ("55", "0", ["119{8}", "219{8}"]), "VN": ("84", "0", ["9{8}", "3{8}"]),
    "PH": ("63", "0", ["9{9}"]), "TH": ("66", "0", ["8{8}", "9{8}", "6{8}"]), "KE": ("254", "0", ["7{8}"]),
    "NG": ("234", "0", ["80{8}", "70{8}", "90{8}"]), "SO": ("252", "0", ["61{7}"]), "AF": ("93", "0", ["7{8}"]),
    "IR": ("98", "0", ["9{9}"]), "PK": ("92", "0", ["3{9}"]), "BD": ("880", "0", ["17{8}", "18{8}", "19{8}"]),
    "EG": ("20", "0", ["10{8}", "11{8}", "12{8}"]), "MA": ("212", "0", ["6{8}"]),
}
NANP = {"US", "CA", "JM"}
# Countries whose numbers have one length only: a digit too few or too many there is no number at all.
FIXED = ["SE", "NO", "DK", "NL", "FR", "ES", "GB", "US", "CA", "PL", "BE", "IE", "AU", "CH", "PT", "HK", "CN", "KR",
         "GR", "CZ", "IN", "TR", "JP"]
PHONE_SPANS = {}


def nsn(country):
    pattern = R.choice(COUNTRIES[country][2])
    out = ""
    for k, c in enumerate(re.split(r"(\{\d+\}|N)", pattern)):
        if c == "N":
            out += str(R.randint(2, 9))
        elif c.startswith("{"):
            out += identifiers.digits(R, int(c[1:-1]))
        else:
            out += c
    return out


def tail_sizes(n):
    """How a number's digits after its area or operator code fall into groups, the last never a single digit."""
    return {1: [1], 2: [2], 3: [3], 4: [4], 5: [3, 2], 6: [3, 3], 7: [3, 4], 8: [4, 4], 9: [3, 3, 3],
            10: [3, 3, 4]}[n]


def odd_sizes(n):
    """Groups no national plan uses, as a hurried thumb puts spaces: 2 to 4 digits each, the last at least 2."""
    sizes = []
    while n - sum(sizes) > 4:
        sizes.append(R.choice([2, 3, 3, 4, 4, 2]))
    rest = n - sum(sizes)
    if rest == 1:
        sizes[-1] -= 1
        rest = 2
    return sizes + [rest]


def typed_number(country, digits, style=None):
    """A number as someone types it into a chat: runs, odd groups, dots, slashes, +cc with its trunk in brackets."""
    cc, trunk, _ = COUNTRIES[country]
    national = trunk + digits
    head = 4 if country in ("GB", "IM") else 3 if country in ("AT", "ID",
                            "BD") or (country == "DE" and digits[0] == "1") else \
        (1 if len(digits) <= 8 and country not in ("FI", "AX", "SE", "IE", "ZA", "UA", "CH", "BE", "IQ", "RW", "SS",
                                                   "CI",
                                                   "NZ", "KE", "PT", "PL", "CZ") else 2)
    if country in ("NO", "DK", "EE", "LV", "MU", "HK", "IS", "SL"):
        head = 0
    if country == "FI" and digits[0] in "239":
        head = 1
    if country in NANP:
        a, b, c = digits[:3], digits[3:6], digits[6:]
        nanp = ["paren", "dash", "dots", "intl", "intl_run", "one", "odd"]
        style = style if style in nanp else R.choice(nanp)
        text = {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "dots": f"{a}.{b}.{c}", "intl": f"+1 {a} {b} {c}",
                "intl_run": f"+1{digits}", "one": f"1-{a}-{b}-{c}",
                "odd": groups(digits, odd_sizes(10), R.choice([" ", "-", "."]))}[style]
    else:
        if style == "spoken":
            style = R.choice(["nat_run", "nat", "intl", "intl_run"] if trunk and head else ["intl", "intl_run"])
        rest = digits[head:]
        sized = ([digits[:head]] if head else []) + groups(rest, tail_sizes(len(rest))).split()
        choices = ["intl", "intl_run", "nat", "nat_run", "00", "odd", "intl_dash", "dots", "slash"]
        if trunk == "0":
            choices.append("intl_trunk")
        if not trunk or not head:
            choices = [c for c in choices if c not in ("slash", "nat", "nat_run")] + ["intl", "odd"]
        style = style or R.choice(choices)
        nat_groups = ([trunk + sized[0]] + sized[1:]) if head else ([trunk] + sized if trunk else sized)
        if country == "SE" and digits[0] == "7":
            nat = national[:3] + "-" + groups(national[3:], [3, 2, 2])
        elif country == "FI" and digits[0] == "4" and R.random() < 0.3:
            nat = groups(national, [4, 3, 3])
        else:
            nat = " ".join(nat_groups)
        odd_base = R.choice([("", national), (f"+{cc} ", digits)]) if trunk else (f"+{cc} ", digits)
        text = {"intl": f"+{cc} " + " ".join(sized), "intl_run": f"+{cc}{digits}", "nat": nat, "nat_run": national,
                "00": f"00{cc}{digits}" if R.random() < 0.5 else f"00{cc} " + " ".join(sized),
                "odd": odd_base[0] + groups(odd_base[1], odd_sizes(len(odd_base[1])), R.choice([" ", "-", "."])),
                "intl_dash": f"+{cc} " + (sized[0] + "-" + " ".join(sized[1:]) if head else "-".join(sized)),
                "dots": ".".join(nat_groups) if trunk else f"+{cc}." + ".".join(sized),
                "slash": (trunk + sized[0] + "/" + "".join(sized[1:])) if head else trunk + "/" + digits,
                "intl_trunk": f"+{cc} ({trunk}){' '.join(sized)}"}[style]
    PHONE_SPANS[text] = (country, digits)
    return text


def number_of(person):
    """The person's number (country, digits): from the country of their origin, or Finnish, fixed per message."""
    if person.number is None:
        country = person.country if R.random() < 0.65 else R.choice(["FI", "FI", "FI"] + sorted(COUNTRIES))
        person.number = (country, nsn(country))
    return person.number


def phone_text(person, style=None):
    country, digits = number_of(person)
    return typed_number(country, digits, style)


def check_phone(text):
    """A PHONE span's digits are its country's number with the calling code, the trunk prefix, 00 or a (0)."""
    if text not in PHONE_SPANS:
        return
    country, digits = PHONE_SPANS[text]
    cc, trunk, _ = COUNTRIES[country]
    got = "".join(c for c in text if c.isdigit())
    allowed = {cc + digits, trunk + digits, digits, "00" + cc + digits, cc + trunk + digits}
    assert got in allowed, (text, country, digits)


def split_number(person):
    """A number sent in two chat messages: the first groups, then the rest."""
    country, digits = number_of(person)
    cc, trunk, _ = COUNTRIES[country]
    full = R.choice([trunk + digits, "+" + cc + digits]) if country not in NANP else digits
    last = len(full) - 4
    cut = R.randint(min(len(cc) + 4 if full.startswith("+") else 5, last), last)
    first, second = full[:cut], full[cut:]
    if R.random() < 0.5:
        first = first[:len(cc) + 1] + " " + groups(first[len(cc) + 1:], [3, 3]) if first.startswith("+") else \
            groups(first, [3, 3, 3])
        second = groups(second, tail_sizes(len(second)))
    return first.strip(), second.strip()


def wrong_number(country, digits=None):
    """A fixed-length country's number with a digit dropped or doubled: what the writer corrects next."""
    digits = digits or nsn(country)
    cc, trunk, _ = COUNTRIES[country]
    national = trunk + digits
    i = R.randint(len(trunk) + 2, len(national) - 2)
    bad = national[:i] + national[i + 1:] if R.random() < 0.5 else national[:i] + national[i] + national[i:]
    text = groups(bad, [len(trunk) + 2, 3, 2, 2]) if R.random() < 0.6 else bad
    return text, digits


# ---------------------------------------------------------------------------------------------------------------------
# Identifiers of people inside other strings: addresses, user names in paths, profile links, shared links, files.

MAIL_DOMAINS = ["example.com", "posti.example.fi", "kotiposti.example.net", "mail.example.se", "example.co.uk",
                "koulu.example.fi", "firma.example.fi", "netti.example.fi", "example.ie", "hem.example.se"]


def email_of(p):
    if p.mail is None:
        g, s = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
        yy, yyyy = f"{R.randint(60, 99):02d}", str(R.randint(1962, 2009))
        local = R.choice([f"{g}.{s}", f"{g}{s}{yy}", f"{g[0]}{s}", f"{s}.{g}{R.randint(1, 9)}", f"{g}_{s}",
                          f"{g}.{s}{yyyy}", f"{g}{yy}", f"{s}{g[:2]}{R.randint(10, 99)}", f"{g}.{s[0]}{yy}",
                          f"{identifiers.plain_name(p.nick)}{yy}" if p.nick else f"{g}.{s}.{R.randint(2, 5)}"])
        p.mail = f"{local}@{R.choice(MAIL_DOMAINS)}"
    return p.mail


def account_of(p):
    """The person's login as an organisation makes it: first.last, flast, last5 + first2."""
    g, s = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
    return R.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s[:5]}{g[:2]}", f"{g}{s[0]}", f"{s}{g[0]}{R.randint(1, 9)}"])


def handle_of(p):
    """A chat or game handle that is no plain name form: letters with digits, underscores or dots."""
    g, s = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
    n = identifiers.plain_name(p.nick) if p.nick else g
    return R.choice([f"{n}_{R.randint(80, 99)}", f"{g}.{s[:3]}", f"{n}{s[0]}{R.randint(1, 9)}",
                     f"x{n}x{R.randint(1, 99)}",
                     f"{s}_{g[0]}", f"the_real_{n}", f"{n}{R.randint(2000, 2014)}", f"{g[0]}{s}_official"])


def slug_of(p):
    """A public profile link's vanity part: given-surname with a random tail."""
    g, s = identifiers.plain_name(p.given.replace("-", " ")).strip(), identifiers.plain_name(p.surname)
    g = "-".join(identifiers.plain_name(w) for w in p.given.split("-"))
    tail = "".join(R.choice("0123456789abcdef") for _ in range(R.choice([6, 8, 9])))
    return R.choice([f"{g}-{s}-{tail}", f"{g}-{s}", f"{g}{s}", f"{s}-{g}-{R.randint(1, 99)}"])


def upn_segment(p, domain="firma_fi"):
    """A OneDrive or SharePoint personal site's segment: the sign-in address with _ for @ and dots."""
    g = identifiers.plain_name(p.given)
    s = identifiers.plain_name(p.surname)
    return f"{g}_{s}_{domain}"


def password(kind="any"):
    words = {"wifi": ["Kesäpäivä", "Mustikka", "Lumihiutale", "Koti", "Perunamaa", "Sunnuntai", "Hirvi", "Blueberry",
                      "Sommarstuga", "Kaffe", "Harbour", "Rainbow"],
             "any": ["Salasana", "Talvi", "Kevät", "Syksy", "Kissa", "Koira", "Summer", "Winter", "Sommar", "Vinter",
                     "Qwerty", "Dragon"]}[kind if kind == "wifi" else "any"]
    return R.choice(words) + R.choice(["", "!", "#", "_"]) + str(R.randint(10, 9999)) + R.choice(["", "!", "?", "*"])


def ipv4():
    return R.choice([f"192.168.{R.randint(0, 2)}.{R.randint(2, 254)}", f"10.{R.randint(0, 99)}.{R.randint(0, 254)}."
                     f"{R.randint(2, 254)}", f"172.16.{R.randint(0, 31)}.{R.randint(2, 254)}"])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: a Writer says text in the current hand, labels names, numbers and look-alikes. A line may be a
# template: {a.g.all} is person a's given name in the allative, {a.gs.gen} given name and surname with the case on the
# surname, {a.n.ade~} a nickname in the clipped spoken adessive (Tomskil), {a.s|br} a surname broken by a line break,
# {phone:a} a's number, [Alexa] a look-alike, {L:parcel} a generated look-alike, {E} a symbol.

EMOJI = ["☺", "♥", "☀", "✌", "☕", "✨", "❤", "✅", "⚡", "★", "☹", "✔", "☂", "⛄", "⚽", "✈", "♪", "☎", "⌛", "☝"]
TOKEN = re.compile(r"\{[^{}]+\}|\[[^\[\]]+\]")


class Writer:
    def __init__(self, m, language):
        self.m, self.language, self.hand = m, language, "plain"
        self.template = None

    def by(self, person):
        self.hand = person.hand if person else "plain"
        return self

    def say(self, s, raw=False):
        self.m.say(s if raw else shaped(self.hand, s))
        return self

    def look(self, s, key, raw=False):
        s = s if raw else shaped(self.hand, s)
        self.m.sources.append(key)
        self.m.meant.append(("keep", s))
        self.m.look(s)
        return self

    def ent(self, value, kind, role, raw=False, country=None):
        value = value if raw else shaped(self.hand, value)
        self.m.meant.append((kind, value))
        self.m.entity(value, kind, role)
        if kind == "PHONE":
            check_phone(value)
            self.m.countries.append(country)
        return self

    def name_form(self, form, role, mods=()):
        if "typo" in mods or ("sloppy" in self.hand and R.random() < 0.3 and "exact" not in mods):
            form = typo(form)
        if "nohand" not in mods:
            form = shaped(self.hand, form)
        for mod in mods:
            if mod in ("lower", "caps", "ascii"):
                form = shaped(mod, form)
        for mod, gap in (("br", "\n"), ("gap", " ")):
            if mod in mods and len(form) > 5:
                cut = R.randint(3, len(form) - 3)
                if form[cut - 1] != "-" and form[cut] != "-":
                    form = form[:cut] + gap + form[cut:]
        self.m.meant.append(("NAME", form))
        self.m.entity(form, "NAME", role)
        return self

    def form(self, p, part, case):
        """A name part of p in a case: Finnish endings in Finnish text, the Swedish genitive in Swedish text."""
        nom = {"g": p.given, "s": p.surname, "n": p.nick or p.given}[part]
        clip = case.endswith("~")
        case = case.rstrip("~")
        if self.language == "fi":
            if case == "nom":
                out = nom
            else:
                out = endings(nom)[case]
        elif self.language == "sv" and case == "gen":
            out = genitive_sv(nom)
        else:
            out = nom
        return out[:-1] if clip else out

    def person(self, p, spec):
        """spec: part.case+clitic|mods — g, s, n, gs (given surname), sg (surname given), f (the family's plural),
        i (an initial), with mods lower, caps, ascii, typo, br, nohand, poss (an English 's outside the span)."""
        spec, _, mods = spec.partition("|")
        mods = tuple(m for m in mods.split(",") if m)
        bits = spec.split(".")
        part, case = bits[0], bits[1] if len(bits) > 1 else "nom"
        case, _, clitic = case.partition("+")
        if part == "gs":
            self.name_form(self.form(p, "g", "nom"), p.role, mods).say(" ")
            self.name_form(self.form(p, "s", case) + clitic, p.role, mods)
        elif part == "sg":
            self.name_form(self.form(p, "s", case if case == "gen" else "nom"), p.role, mods).say(" ")
            self.name_form(self.form(p, "g", "nom" if case == "gen" else case) + clitic, p.role, mods)
        elif part == "f":
            if self.language == "fi" and p.surname.endswith("nen"):
                value = plural_nen(p.surname)
            elif self.language == "fi":
                value = p.surname + ("t" if p.surname[-1] in "aeiouyäö" else "it")
            else:
                value = p.surname + ("es" if p.surname.endswith("s") else "s")
            self.name_form(value, p.role, mods)
        elif part == "i":
            self.name_form(p.given[0] + ".", p.role, ("exact",) + mods)
        else:
            self.name_form(self.form(p, part, case) + clitic, p.role, mods)
        if "poss" in mods:
            self.say("'s")
        return self

    def line(self, template, ppl, key=None):
        """Writes a template with people ppl (a dict); key names the template for the look-alike counts."""
        key = key or template
        pos = 0
        for hit in TOKEN.finditer(template):
            if hit.start() > pos:
                self.say(template[pos:hit.start()])
            tok = hit.group()
            if tok.startswith("["):
                self.look(tok[1:-1], key)
            else:
                self.token(tok[1:-1], ppl)
            pos = hit.end()
        if pos < len(template):
            self.say(template[pos:])
        return self

    def token(self, tok, ppl):
        if tok == "E":
            self.say(R.choice(EMOJI), raw=True)
        elif "?" in tok:
            who, _, words = tok.partition("?")
            fem, masc = words.split("/")
            self.say(fem if ppl[who].female else masc)
        elif tok == "EC":
            self.look(R.choice(EMOJI_CODES), "emoji code", raw=True)
        elif tok.startswith("L:"):
            kind = tok[2:]
            self.look(LOOKS[kind](self.language), "look:" + kind)
        elif ":" in tok:
            what, _, rest = tok.partition(":")
            who, _, style = rest.partition(":")
            p = ppl[who]
            if what == "phone":
                self.ent(phone_text(p, style or None), "PHONE", p.role, raw=True, country=p.number[0])
            elif what == "email":
                self.ent(email_of(p), "EMAIL", p.role)
            elif what in ("user", "handle", "slug"):
                if what not in p.ids:
                    p.ids[what] = {"user": account_of, "handle": handle_of, "slug": slug_of}[what](p)
                self.ent(p.ids[what], "USERNAME", p.role, raw=True)
            elif what in ("split1", "split2"):
                if "split" not in p.ids:
                    p.ids["split"] = split_number(p)
                self.ent(p.ids["split"][what == "split2"], "PHONE", p.role, raw=True, country=p.number[0])
            elif what == "wrong":
                if not p.number or p.number[0] not in FIXED:
                    country = R.choice(FIXED)
                    p.number = (country, nsn(country))
                self.look(wrong_number(*p.number)[0], "wrong-length number", raw=True)
            elif what == "upn":
                self.ent(upn_segment(p, style or "firma_fi"), "USERNAME", p.role, raw=True)
            elif what == "hetu":
                born = R.choice([("-", R.randint(55, 99)), ("A", R.randint(0, 9))])
                self.ent(identifiers.hetu(R, lambda: born), "NATIONAL_ID", p.role, raw=True)
            elif what == "iban":
                self.ent(identifiers.written_iban(R), "IBAN", p.role, raw=True)
            elif what == "card":
                self.ent(identifiers.written_card(R), "PAYMENT_CARD", p.role, raw=True)
            elif what == "pw":
                self.ent(password(style or "any"), "CREDENTIAL", p.role, raw=True)
            elif what == "pin":
                self.ent(identifiers.digits(R, R.choice([4, 4, 6])), "CREDENTIAL", p.role, raw=True)
            elif what == "ip":
                self.ent(ipv4(), "IP_ADDRESS", p.role, raw=True)
            else:
                raise KeyError(tok)
        else:
            who, _, spec = tok.partition(".")
            self.person(ppl[who], spec or "g")


# ---------------------------------------------------------------------------------------------------------------------
# Chat exports: each app and locale writes its header line its own way; the time stamp is a look-alike.

WEEKDAYS = {"fi": ["ma", "ti", "ke", "to", "pe", "la", "su"], "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]}


class Clock:
    def __init__(self):
        self.y, self.mo, self.d = R.choice([2026, 2027]), R.randint(1, 12), R.randint(1, 28)
        self.h, self.mi, self.s = R.randint(6, 21), R.randint(0, 59), R.randint(0, 59)
        self.wd = R.randint(0, 6)

    def tick(self):
        self.s += R.randint(5, 50)
        if self.s > 59:
            self.s -= 60
            self.mi += 1
        self.mi += R.choice([0, 0, 1, 1, 2, 3, 5, 8, 13, 21])
        if self.mi > 59:
            self.mi -= 60
            self.h += 1
        if self.h > 23:
            self.h, self.d, self.wd = 7, min(self.d + 1, 28), (self.wd + 1) % 7
        return self

    def stamp(self, fmt):
        y, mo, d, h, mi, s = self.y, self.mo, self.d, self.h, self.mi, self.s
        h12 = h % 12 or 12
        return {"fi_ios": f"{d}.{mo}.{y} klo {h}.{mi:02d}.{s:02d}", "fi_and": f"{d}.{mo}.{y} klo {h}.{mi:02d}",
                "num": f"{d:02d}/{mo:02d}/{y}, {h:02d}:{mi:02d}", "fi_teams": f"{d}.{mo}. {h}:{mi:02d}",
                "fi_tg": f"{d:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}", "fi_short": f"{h}.{mi:02d}",
                "iso": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}",
                "iso_min": f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}",
                "uk_ios": f"{d:02d}/{mo:02d}/{y}, {h:02d}:{mi:02d}:{s:02d}",
                "us": f"{mo}/{d}/{y % 100}, {h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
                "en_teams": f"{d:02d}/{mo:02d} {h:02d}:{mi:02d}",
                "en_day": f"{WEEKDAYS['en'][self.wd]} {h:02d}:{mi:02d}",
                "fisv_ios": f"{d}.{mo}.{y} kl. {h:02d}.{mi:02d}.{s:02d}", "sv_short": f"{h:02d}:{mi:02d}",
                "slack": f"{h12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
                "fi_day": f"{WEEKDAYS['fi'][self.wd]} {d}.{mo}. klo {h}.{mi:02d}",
                "sv_day": f"{WEEKDAYS['sv'][self.wd]} {d}/{mo} {h:02d}:{mi:02d}"}[fmt]


# layout (a name N and a stamp T) and the stamp's format, for each app and locale
HEADERS = {"wa_ios_fi": ("[T] N: ", "fi_ios"), "wa_and_fi": ("T - N: ", "fi_and"), "wa_and_num": ("T - N: ", "num"),
           "teams_fi": ("N, [T]\n", "fi_teams"), "telegram_fi": ("N, [T]\n", "fi_tg"),
           "signal_fi": ("N (T): ", "fi_short"), "sms_fi": ("T | N | ", "iso"), "messenger_fi": ("N\nT\n", "fi_day"),
           "wa_ios_uk": ("[T] N: ", "uk_ios"), "wa_us": ("T - N: ", "us"), "teams_en": ("N, [T]\n", "en_teams"),
           "imessage": ("N · T\n", "en_day"), "slack": ("N  T\n", "slack"), "discord": ("N — T\n", "iso_min"),
           "wa_ios_sv": ("[T] N: ", "iso"), "wa_and_sv": ("T - N: ", "iso_min"), "wa_ios_fisv": ("[T] N: ", "fisv_ios"),
           "sms_sv": ("N (T): ", "sv_day")}
RELATIONS = {"fi": ["Äiti", "Isi", "Mummo", "Ukki", "Mummi", "Pappa", "Iskä", "Mutsi"],
             "en": ["Mum", "Dad", "Nan", "Grandad", "Mom", "Auntie"],
             "sv": ["Mamma", "Pappa", "Farmor", "Morfar", "Mormor", "Farfar"]}
CONTACT_TAGS = {"fi": [" työ", " (naapuri)", " uusi", " koti", " TYÖ", " (kuski)", " vanha nro"],
                "en": [" work", " (neighbour)", " new", " mobile", " (uni)"],
                "sv": [" jobb", " (granne)", " ny", " mobil"]}


def contact_style(language, relative=False):
    styles = ["full"] * 5 + ["given"] * 3 + ["rev", "nick", "tag", "emoji", "initial", "lower", "number"]
    if relative:
        styles += ["relation"] * 4
    return R.choice(styles)


def contact(w, p):
    """The name a phone shows for a contact, as its owner saved it; a relation word is no name, an unsaved contact
    shows the number."""
    style = p.contact or "full"
    hand = w.hand
    w.hand = "plain"
    if style == "full":
        w.person(p, "gs|exact")
    elif style == "given":
        w.person(p, "g|exact")
    elif style == "rev":
        w.person(p, "sg|exact")
    elif style == "nick":
        w.person(p, "n|exact")
    elif style == "tag":
        w.person(p, "g|exact").say(p.ids.setdefault("tag", R.choice(CONTACT_TAGS[w.language])))
    elif style == "emoji":
        w.person(p, "g|exact").say(" " + p.ids.setdefault("emoji", R.choice(EMOJI)), raw=True)
    elif style == "initial":
        w.person(p, "g|exact").say(" ").name_form(p.surname[0] + ".", p.role, ("exact",))
    elif style == "lower":
        w.person(p, "gs|exact,lower")
    elif style.startswith("agent"):
        w.person(p, "g|exact").say(style[5:], raw=True)
    elif style == "number":
        if "shown" not in p.ids:
            number_of(p)
            p.ids["shown"] = typed_number(p.number[0], p.number[1], "intl" if p.number[0] in NANP else
                                          R.choice(["intl", "intl_run"]))
        w.ent(p.ids["shown"], "PHONE", p.role, raw=True, country=p.number[0])
    else:
        w.say(style[1:], raw=True)
    w.hand = hand
    return w


class Chat:
    """An exported chat: header lines in one app's layout, each line in its speaker's hand."""

    def __init__(self, w, layout):
        self.w, self.layout, self.clock = w, layout, Clock()

    def header(self, p, group=None, ppl=None):
        pattern, fmt = HEADERS[self.layout]
        self.clock.tick()
        for piece in re.split(r"([NT])", pattern):
            if piece == "T":
                self.w.look(self.clock.stamp(fmt), "stamp:" + self.layout, raw=True)
            elif piece == "N":
                if group:
                    self.w.by(None).line(group, ppl)
                else:
                    contact(self.w, p)
            else:
                self.w.say(piece, raw=True)

    def turn(self, p, template, ppl, key=None):
        self.header(p)
        self.w.by(p).line(template, ppl, key).say("\n", raw=True)
        self.w.by(None)
        return self

    def system(self, group, template, ppl):
        """A line the app itself writes (member added, group renamed) under the group's name (a template)."""
        self.header(None, group, ppl)
        self.w.by(None).line(template, ppl).say("\n", raw=True)
        return self


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes: codes, numbers and words that look like people's identifiers or names but are no one's.

EMOJI_CODES = [":joy:", ":thumbsup:", ":pray:", ":heart_eyes:", ":facepalm:", ":sob:", ":fire:", ":+1:", ":smile:",
               ":ok_hand:", ":clap:", ":tada:", ":skull:", ":upside_down_face:", ":grimacing:", ":sweat_smile:",
               ":man_shrugging:", ":woman_facepalming:", ":coffee:", ":beers:", ":birthday:", ":santa:",
               ":older_woman:", ":rage:", ":melting_face:", ":saluting_face:", ":pleading_face:", ":100:",
               ":rocket:", ":see_no_evil:", ":cry:", ":wave:"]
HEX = "0123456789ABCDEF"


def fill(pattern):
    """{n} digits, {X} a hex digit, {A} a capital letter."""
    out = ""
    for piece in re.split(r"(\{\d+\}|\{X\}|\{A\})", pattern):
        if piece == "{X}":
            out += R.choice(HEX)
        elif piece == "{A}":
            out += R.choice("ABCDEFGHJKLMNPRSTUVWXZ")
        elif piece.startswith("{"):
            out += identifiers.digits(R, int(piece[1:-1]))
        else:
            out += piece
    return out


def s10(prefix, country):
    """A UPU S10 item number with its check digit (RR123456785FI)."""
    body = identifiers.digits(R, 8)
    total = sum(int(c) * w for c, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7]))
    check = 11 - total % 11
    check = 5 if check == 11 else (0 if check == 10 else check)
    return f"{prefix}{body}{check}{country}"


def parcel(language):
    return R.choice([lambda: fill("JJFI6{4}{4}{4}{4}{2}"), lambda: s10(R.choice(["RR", "LX", "CP", "EE", "LB", "UV"]),
                                                                        R.choice(["FI", "CN", "SE", "DE", "GB", "NL"])),
                     lambda: fill("JD01{4}{4}{4}{4}{2}"), lambda: fill("1Z{A}{A}{3}{A}{A}{4}{4}{2}"),
                     lambda: fill("MH{4}{4}{2}"), lambda: fill("00{3}{4}{4}{4}{3}"), lambda: fill("BUD{A}{A}{6}"),
                     lambda: fill("DHL {4} {4} {2}"), lambda: fill("{4} {4} {4} {4}")])()


def order(language):
    return R.choice([lambda: fill("#{7}"), lambda: fill("{3}-{7}-{7}"), lambda: fill("ORD-2026-{5}"),
                     lambda: fill("W{8}"), lambda: fill("#{4}-{4}"), lambda: fill("10{8}"), lambda: fill("FI{6}"),
                     lambda: fill("#A{X}{X}{X}"), lambda: fill("SO{6}"), lambda: fill("{2}-{6}")])()


def ssid(language):
    return R.choice([lambda: fill("TeliaGateway{X}{X}-{X}{X}"), lambda: fill("DNA-WLAN-5G-{X}{X}{X}{X}"),
                     lambda: fill("Elisa-Mokkula-{X}{X}{X}{X}"), lambda: fill("Koti_{X}{X}{X}{X}"),
                     lambda: fill("Zyxel_{X}{X}{X}{X}"), lambda: fill("HUAWEI-B535-{X}{X}{X}{X}"),
                     lambda: fill("TP-Link_{X}{X}{X}{X}_5G"), lambda: fill("FRITZ!Box 7590 {A}{A}"),
                     lambda: fill("NETGEAR{2}"), lambda: fill("Linksys{5}"), lambda: fill("MOI-{X}{X}{X}{X}"),
                     lambda: R.choice(["Vieras-WLAN", "Firma-Guest", "eduroam", "Kirjasto-WiFi", "Scandic_Guest",
                                       "Hotel-Guest-5G", "HSL-WiFi", "Kahvila_Asiakas", "Telenor-Gjest",
                                       "Comhem{}".format(fill("{4}")), "Bredband2-{}".format(fill("{X}{X}{X}")),
                                       "BTHub6-{}".format(fill("{A}{A}{A}{A}")),
                                       "SKY{}".format(fill("{A}{A}{A}{A}{A}")),
                                       "VM{}".format(fill("{7}")), "guest@office", "IoT-laitteet"])])()


def flight(language):
    code = R.choice(["AY", "SK", "DY", "D8", "FR", "LH", "KL", "BA", "TK", "QR", "EK", "W6", "BT", "AF", "LX", "OS"])
    return code + R.choice(["", " "]) + str(R.randint(1, 9999) if code != "AY" else R.randint(1, 1999))


def bus(language):
    n = R.choice([str(R.randint(1, 99)), str(R.randint(100, 999)), f"{R.randint(1, 99)}{R.choice('ABKNTVZ')}"])
    return {"fi": R.choice([f"bussi {n}", f"linja {n}", f"ratikka {R.randint(1, 15)}", f"{n}:n bussi", f"bussilla {n}",
                            f"lähijuna {R.choice('AEIKLMPRTUYZ')}", f"yöbussi {R.randint(20, 99)}N"]),
            "en": R.choice([f"the {n} bus", f"route {n}", f"bus {n}", f"the N{R.randint(1, 99)}",
                            f"tram {R.randint(1, 20)}",
                            f"the {R.choice(['Central', 'Northern', 'Victoria', 'Jubilee'])} line"]),
            "sv": R.choice([f"buss {n}", f"linje {n}", f"spårvagn {R.randint(1, 12)}", f"pendeln {R.randint(40, 48)}",
                            f"nattbuss {R.randint(90, 99)}"])}[language]


def price(language):
    whole, cents = R.choice([2, 5, 9, 12, 15, 19, 24, 29, 35, 49, 59, 79, 99, 129, 149, 199, 249, 349, 599, 1299]), \
        R.choice(["00", "90", "95", "50", "99", "49"])
    return {"fi": R.choice([f"{whole},{cents} €", f"{whole} e", f"{whole}€", f"{whole} egee", f"{whole},{cents}e",
                            f"{whole} euroo"]),
            "en": R.choice([f"€{whole}.{cents}", f"£{whole}", f"${whole}.{cents}", f"{whole} euros", f"{whole}quid"
                            if whole < 60 else f"£{whole}.{cents}"]),
            "sv": R.choice([f"{whole} kr", f"{whole}:-", f"{whole},{cents} €", f"{whole} spänn"])}[language]


def clock_time(language):
    h, m = R.randint(6, 22), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    return {"fi": R.choice([f"klo {h}.{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}", f"klo {h}", f"{h}-{h + 1}"]),
            "en": R.choice([f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}", f"{h:02d}:{m:02d}",
                            f"{h % 12 or 12}{'am' if h < 12 else 'pm'}", f"half {h % 12 or 12}"]),
            "sv": R.choice([f"kl. {h:02d}.{m:02d}", f"{h:02d}:{m:02d}", f"kl {h}", f"halv {h % 12 or 12}"])}[language]


MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def day(language):
    d, mo = R.randint(1, 28), R.randint(1, 12)
    wd = R.choice(WEEKDAYS[language])
    return {"fi": R.choice([f"{d}.{mo}.", f"{wd} {d}.{mo}.", f"{d}.{mo}.2026", f"{d}.{mo}.27", f"{wd}"]),
            "en": R.choice([f"{d}/{mo}", f"{wd} {d} {MONTHS_EN[mo - 1]}", f"{d:02d}/{mo:02d}/2026"]),
            "sv": R.choice([f"{d}/{mo}", f"{wd} {d}/{mo}", f"2026-{mo:02d}-{d:02d}"])}[language]


PRODUCTS = ["Alexa", "Siri", "Cortana", "Polestar 2", "Polestar 4", "Bixby", "Copilot", "Gemini", "Google Nest Mini",
            "Echo Dot", "Renault Zoe", "Skoda Octavia", "Seat Ibiza", "Mercedes-Benz", "Tesla Model Y", "Kia Niro",
            "Hyundai Kona", "Opel Corsa", "Fiat Panda", "Nissan Leaf", "Toyota Yaris", "VW Polo", "Dacia Sandero",
            "Nokia Lumia", "Motorola Razr", "OnePlus Nord", "Redmi Note 13", "Galaxy S24", "iPhone 16", "Pixel 9",
            "Roomba", "Sonos Era 100", "Philips Hue", "Garmin Venu 3", "Polar Vantage", "Suunto Race", "Oura",
            "Apple Watch", "AirPods Pro", "Jabra Evolve2 65", "Kindle Paperwhite", "Chromecast", "Tupla", "Pätkis",
            "Jaffa", "Fazerin Sininen", "Marianne", "Lapin Kulta", "Karhu", "Olvi", "Hartwall Novelle",
            "Marimekko Unikko", "Moomin", "Lenovo Yoga", "ThinkPad X13", "MacBook Air", "Surface Laptop 7",
            "Huawei MateBook", "Dell XPS 13", "Elisa Viihde", "Yle Areena", "Ruutu+", "HBO Max", "Netflix", "Spotify"]
GAMES = ["Fortnite", "Minecraft", "Roblox", "Valorant", "EA FC 26", "CS2", "Clash Royale", "Brawl Stars", "Mario Kart",
         "Zelda", "Sonic", "Kirby", "Luigi", "Lara Croft", "Steve-skini", "Alex-skini", "Princess Peach", "Pikachu",
         "Among Us", "Rocket League", "GTA V", "The Sims 4", "Animal Crossing", "Candy Crush", "Pokémon GO",
         "Geoguessr", "Fall Guys", "Overwatch 2", "Apex Legends", "League of Legends", "Hay Day", "Subway Surfers"]
PLACEHOLDERS = {"fi": ["Matti Meikäläinen", "Maija Meikäläinen", "Mikko Mallikas", "Teppo Testaaja", "Etunimi Sukunimi",
                       "Tiina Testi", "Aku Ankka", "Roope-setä", "Pekka Töpöhäntä", "Pelle Hermanni",
                       "Uuno Turhapuro", "Pelle Peloton", "Hessu Hopo", "Tiku ja Taku", "Joulupukki",
                       "Muumipeikko", "Nuuskamuikkunen", "Pikku Myy", "Niiskuneiti", "Late Lammas"],
                "en": ["John Doe", "Jane Doe", "Joe Bloggs", "Average Joe", "Joe Public", "Test User",
                       "Firstname Lastname", "Santa", "Peter Rabbit", "Winnie the Pooh", "Mr Bean", "Sherlock",
                       "Tom, Dick and Harry", "Bob's your uncle", "Jack of all trades", "Peeping Tom", "Nosy Parker",
                       "Debbie Downer", "smart alec", "Johnny-come-lately"],
                "sv": ["Medelsvensson", "Sven Svensson", "Kalle Anka", "Musse Pigg", "Joakim von Anka",
                       "Pippi Långstrump", "Emil i Lönneberga", "Bamse", "Pelle Svanslös", "Förnamn Efternamn",
                       "tomtenisse", "Karlsson på taket", "Alfons Åberg"]}
SLANG = {"fi": ["jonnet", "jonne", "jonnejuttu", "jonnemeininki", "pelle", "juntti", "hessu", "äijä", "muija",
                "jäbä", "kundi", "mimmi", "skidi"],
         "en": ["Karen", "a Karen", "Chad", "Becky", "a right Charlie", "Billy no-mates"],
         "sv": ["Svensson", "nisse", "snubben", "Svenne", "Pelle Plutt"]}
PETS = {"fi": ["koira Nappi", "kissa Miuku", "Rekku", "Pörri", "Turre", "kissa Viiru", "koira Hilu", "Nalle-kissa",
               "koira Elvis", "kissa Kerttu-Rosamunda", "marsu Pipsa", "undulaatti Kaino"],
        "en": ["the dog Biscuit", "our cat Gerald", "Nigel the cat", "the puppy Mabel", "our dog Colin",
               "the hamster Kevin", "the cat Mr Whiskers"],
        "sv": ["hunden Egon", "katten Morris", "hunden Sixten", "katten Majken", "kaninen Stampe"]}
ENDEARMENTS = {"fi": ["kulta", "muru", "rakas", "kultsi", "beibi", "mussukka", "pupu", "kultaseni"],
               "en": ["hun", "babe", "love", "sweetie", "darling", "hon"],
               "sv": ["älskling", "gumman", "sötnos", "raring", "hjärtat", "gubben min"]}


def anon_file(language):
    d = f"2026{R.randint(1, 12):02d}{R.randint(1, 28):02d}"
    t = f"{R.randint(7, 22):02d}{R.randint(0, 59):02d}{R.randint(0, 59):02d}"
    return R.choice([f"IMG_{d}_{t}.jpg", f"Screenshot_{d}-{t}.png", f"VID-{d}-WA{fill('{4}')}.mp4",
                     f"PTT-{d}-WA{fill('{4}')}.opus",
                     f"Näyttökuva {d[:4]}-{d[4:6]}-{d[6:]} kello {t[:2]}.{t[2:4]}.{t[4:]}.png",
                     f"Kuvakaappaus {d[:4]}-{d[4:6]}-{d[6:]} {t[:2]}{t[2:4]}{t[4:]}.png",
                     f"Skärmbild {d[:4]}-{d[4:6]}-{d[6:]} {t[:2]}{t[2:4]}{t[4:]}.png", f"Scan_{fill('{4}')}.pdf",
                     f"lasku_{fill('{6}')}.pdf", "Document (3).docx", f"WhatsApp Image {d[:4]}-{d[4:6]}-{d[6:]} at "
                     f"{t[:2]}.{t[2:4]}.{t[4:]}.jpeg", f"AUD-{d}-WA{fill('{4}')}.m4a", "Untitled.xlsx",
                     f"kuitti_{d}.pdf"])


def anon_path(language):
    return R.choice([r"C:\Program Files\Microsoft Office\root\Office16", r"%APPDATA%\Microsoft\Teams",
                     r"C:\Users\Public\Documents", r"C:\Users\Default\AppData", "/var/log/syslog", "~/Downloads",
                     r"\\tiedosto01\yhteiset$\Talous", r"\\filesrv02\shared$\Projects", "/tmp/outlook-cache",
                     r"C:\Windows\System32\drivers\etc\hosts", "/Applications/Microsoft Teams.app",
                     r"D:\Kuvat\2026\Joulu", "/storage/emulated/0/WhatsApp/Media", r"C:\ProgramData\Sophos"])


def hashtag(language):
    return R.choice({"fi": ["#pikkujoulut2026", "#maanantai", "#kahvitauko", "#etäpäivä", "#perjantaipulla",
                            "#tiimipäivä", "#joulukortti", "#itäkeskus", "#hyvääviikonloppua", "#helmikuu"],
                     "en": ["#tgif", "#mondaymotivation", "#wfh", "#teamlunch", "#itfail", "#xmasparty", "#fml",
                            "#throwbackthursday"],
                     "sv": ["#fredagsmys", "#afterwork", "#måndag", "#julbord", "#kaffepaus",
                     "#hemmakontor"]}[language])


LOOKS = {"parcel": parcel, "order": order, "ssid": ssid, "flight": flight, "bus": bus, "price": price,
         "time": clock_time, "day": day, "product": lambda lang: R.choice(PRODUCTS),
         "game": lambda lang: R.choice(GAMES), "placeholder": lambda lang: R.choice(PLACEHOLDERS[lang]),
         "slang": lambda lang: R.choice(SLANG[lang]), "pet": lambda lang: R.choice(PETS[lang]),
         "endear": lambda lang: R.choice(ENDEARMENTS[lang]), "file": anon_file, "path": anon_path, "hashtag": hashtag,
         "lobby": lambda lang: fill("{A}{A}{A}{A}{A}{A}"), "clan": lambda lang: fill("[{A}{A}{A}{A}]"),
         "gamepin": lambda lang: fill("{7}"), "plate": lambda lang: fill("{A}{A}{A}-{3}"),
         "ticket": lambda lang: R.choice(["INC", "REQ", "RITM", "TUKI-", "SD-"]) + fill("{6}"),
         "version": lambda lang: R.choice(["iOS ", "Android ", "WhatsApp ", "Teams ", "v"]) +
         f"{R.randint(2, 26)}.{R.randint(0, 12)}.{R.randint(0, 99)}",
         "shortcode": lambda lang: R.choice(["16990", "18258", "13131", "72000", "17177", "22222", "16100"]),
         "masked": lambda lang: "**** " + fill("{4}"), "meeting": lambda lang: fill("{3} {3} {3} {3}"),
         "ytunnus": lambda lang: fill("{7}-{1}"), "seat": lambda lang: f"{R.randint(1, 40)}{R.choice('ABCDEF')}",
         "gate": lambda lang: f"{R.choice(['', 'B', 'C'])}{R.randint(1, 50)}",
         "room": lambda lang: R.choice(["A-312", "B2.07", "K3", "F-214", "2.114", "Rm 4.02"]),
         "host": lambda lang: fill(R.choice(["LT-{5}", "FIRMA-PC-{4}", "DESKTOP-{A}{A}{3}{A}", "MBP-{4}", "WS{6}"])),
         "duration": lambda lang: f"{R.randint(0, 2)}:{R.randint(5, 59):02d}"}

# Lines of everyday chat around the matter at hand, each with its look-alikes in [brackets] or drawn ({L:…}).
FILLER = {
    "fi": ["paketti {L:parcel} on ollu [Vantaan lajittelukeskuksessa] kolme päivää",
           "tilaus {L:order} tuli vihdoin, laturi puuttu",
           "onks kellään [USB-C]-laturia lainaks? mun [Galaxy A55] on [3 %]",
           "{L:bus} oli taas myöhässä, olin {L:time} vasta pysäkillä",
           "lento {L:flight} lähtee portilta {L:gate}, kone on vielä [Oulussa]",
           "[Alexa] soittaa väärää radiokanavaa koko ajan {E}", "kysyin [Siri]ltä säätä ja se avas [Google Mapsin]",
           "[Cortana] pomppaa taas esiin läppärillä, miten sen saa pois",
           "[Polestar 2] -sovellus ei näytä latausta, päivitys [P3.4] tuli eilen",
           "kissa [Miuku] käveli näppiksen yli ja lähetti viestin {E}", "[koira Nappi] söi [AirPodsien] kotelon",
           "ei oo tapahtunu mitään {EC}", "wifi {L:ssid} näkyy mut ei yhdistä",
           "vieraverkko [Vieras-WLAN] toimii mut [eduroam] ei", "hinta oli {L:price} mut kassalla {L:price} {EC}",
           "[Verkkokauppa.com]-tilaus {L:order} peruuntu itestään", "[Gigantin] noutopiste sulkeutuu {L:time}",
           "liitin kuvan {L:file} mut se ei näy", "ääniviesti {L:file} ei aukee koneella",
           "{L:hashtag} ilmo sulkeutuu {L:day}", "[jonnet] pelas [Fortnitea] koko yön ja wifi hyyty",
           "älä oo [pelle] ja sammuta se reititin välillä", "lomakkeen esimerkissä lukee yhä [Matti Meikäläinen]",
           "kirjotin vahingossa [Maija Meikäläinen] ku kopioin esimerkin",
           "[Aku Ankka] -lehden tilaus tulee nyt meiliin",
           "[Muumipeikko]-muki meni rikki {E}", "lapset kattoo [Pikku Kakkosta] tabletilla ja se jumittaa",
           "[Minecraft]-palvelin [EU West] lagaa", "[Steve-skini] ja [Alex-skini] katos [Minecraftista]",
           "[Mario Kart] ei lataudu [Switch 2]:lla", "[Zelda] jäätyy aina samassa kohtaa",
           "lobbykoodi oli {L:lobby} mut se vanheni", "klaanitagi {L:clan} näkyy väärin profiilissa",
           "{L:version} -päivitys söi akun", "[WhatsApp] kaatuu ku avaa ryhmän, versio {L:version}",
           "[Elisa]n mokkula vilkkuu punasta", "[DNA]n vikailmoitus nro {L:ticket}", "[Telia]n jonossa [45 min]",
           "[Kela]n sivut ei aukee, [OmaKanta] kyllä", "[MobilePay] ei hyväksy korttia {L:masked}",
           "[HSL]-sovellus ei näytä lippua, [AB-kausi] on voimassa", "{L:bus} ei kulje [Pasilaan] tänään",
           "juna [IC 27] on [25 min] myöhässä", "metro [M2] seisoo [Kampissa]", "[Föli]n {L:bus} ajo ohi",
           "[Nysse] ei tullu ollenkaan, {L:bus} meni tyhjänä ohi", "[Fazerin Sininen] loppu automaatista",
           "[Jaffa]-pullo kaatu näppikselle {E}", "[Pätkis] ja [Tupla] on kahvihuoneessa",
           "[Marianne]-karkit on loppu, sori", "[Lapin Kulta] -mainos pyöri koko ajan striimissä",
           "[Karhu]-tölkki kaatu läppärin päälle", "[Olvi]n kassit on eteisessä",
           "jätä auto [P-Hervantaan], [P2]-kerros", "[Jumbon] parkki on täynnä, kierrän [Flamingon] kautta",
           "[Ikean] kuitti {L:price} pitää kuvata", "sähkölasku {L:price}, eräpäivä {L:day}",
           "[Disney+] ei toimi [LG OLED C3]:ssa", "[Sonos Era 100] ei löydä verkkoa", "[Philips Hue] -valot välkkyy",
           "[Roomba] jäi jumiin sohvan alle {E}", "[Oura]-sormus ei synkkaa", "[Polar Vantage] näyttää väärää aikaa",
           "[Garmin Venu 3] ilmoitukset tulee tuplana", "[Jabra Evolve2 65] rätisee Teamsissa",
           "[Copilot] ehdottaa ihan hulluja vastauksia", "[Gemini] vastas englanniks vaikka kysyin suomeks",
           "lähtö {L:time}, {L:bus} [Itäkeskuksesta]", "{L:flight} myöhässä, uus lähtö {L:time}",
           "[Finnairin] appi ei näytä tarkastuskorttia", "[Ryanair] {L:flight} peruttu, [Norwegian] tilalle",
           "hotellin wifi [Scandic_Guest] ei päästä VPN:ää läpi", "lounas {L:price}, kahvi {L:price}",
           "palaveri siirty {L:day} {L:time}", "viikolla [50] puolet on lomalla", "tiketti {L:ticket} on vieläki auki",
           "rekkari {L:plate} on väärin parkkisovelluksessa", "[Wolt]-tilaus {L:order} tuli väärään osoitteeseen",
           "[Foodora]n kuski soitti, ruoka kylmää {E}", "[Postin] automaatti [Lidl Hervanta] on täynnä",
           "[Matkahuollon] noutopiste on [R-kioski Kamppi]", "[Budbee]-paketti tulee {L:time}",
           "[Zalando]-palautus hyväksytty, {L:price} takas", "tykkäsin {EC} ja {EC}", "laitoin vaan {EC} ku ei jaksa",
           "{L:hashtag} ja kaikki kaatuu", "[#etäpäivä] {L:hashtag} {E}", "[Hervannan kirjaston] tulostin ei tulosta",
           "salasanan pitää olla [12 merkkiä], ei [8]", "tuli tekstari numerosta {L:shortcode} ja outo linkki",
           "[OP]:n mobiiliavain kysyy koodia taas", "[Nordea ID] ei aukee", "[Suomi.fi]-viesti tuli [Verottajalta]",
           "[Wilmassa] viesti opelta, [Peda.net] ei toimi", "[Teams]-kokous {L:meeting} ei aukee",
           "[Zoom]-linkki vanhentu", "[Hesarin] digi ei aukee {E}", "[Yle Areena] pätkii",
           "[Spotify Family] -tili, [6 käyttäjää]",
           "soittoääni [Nokia Tune] ei lähe pois", "[Nokia 3310] löyty laatikosta {E}",
           "[Pekka Töpöhäntä] -kirja on lapsilla lainassa", "[Uuno Turhapuro] tuli telkkarista",
           "[Pelle Peloton] profiilikuvana, hauska", "[Hessu Hopo] -tarra läppärin kannessa",
           "[Mikko Mallikas] on vieläki testitilin nimi", "[Joulupukki]-kirje meni roskapostiin",
           "tonttulakki päässä videopuhelussa {E}", "[Nuuskamuikkunen]-tarra irtos", "{L:pet} kuorsaa vieressä",
           "[Kahoot]-PIN oli {L:gamepin}", "[Roblox]-lahjakortti {L:price} ei kelpaa",
           "[Candy Crush] ilmoittaa yöllä", "[Pokémon GO] syö datan", "kuva {L:file} on liian iso",
           "kansio {L:path} on kadonnu", "Y-tunnus on {L:ytunnus} jos tarttet", "paikka {L:seat} koneessa, ikkuna",
           "kokous huoneessa {L:room}", "[Kauppakeskus Sello] sulkee {L:time}", "[Lidl]-kuitti {L:price}",
           "[Ruutu+] kirjautuu ulos koko ajan", "[Marimekon] kassi jäi junaan {E}", "[Tesla Model Y] -sovellus jumissa",
           "[Skoda Octavia] huollossa {L:day}", "[Renault Zoe] -latausappi kaatu", "[Kia Niro] ei yhdistä puhelimeen",
           "[jonnemeininki] taas [Discordissa]", "[juntti] tää uus päivitys", "{L:slang} sanoi ettei osaa",
           "[Alepan] kassajono {L:time} oli hirvee", "[K-Citymarketin] pakettiautomaatti ei avaa luukkua",
           "[Prisman] kuitti {L:price} katos", "[S-Pankki]-appi ei tunnista sormenjälkeä",
           "[Helmet]-laina erääntyy {L:day}", "[Tori.fi]-ilmotus {L:order} poistu",
           "[Vinted]-paketti {L:parcel} jumissa",
           "[Temu]-paketti {L:parcel} tuli tullin kautta", "[AliExpress]-tilaus {L:order} myöhässä",
           "[Tokmannin] kassalla {L:price}", "[Omaolo]-kysely ei lähe", "[Terveystalo]-aika {L:day} {L:time}",
           "[Mehiläinen]-appi kysyy tunnistautumista", "[Linnanmäen] liput {L:price}", "[Särkänniemi] aukee {L:day}",
           "[Muumimaailman] lipun QR ei toimi", "[Eckerö Line] -lippu {L:order}",
           "[Tallink Siljan] appi ei näytä hyttiä",
           "[Onnibus] {L:time} [Tampereelle] on täynnä", "[VR]-lippu {L:order} ei näy sovelluksessa",
           "[Pendolino] seisoo [Toijalassa]", "[Ryhmä Hau] soi telkkarissa", "[Muumipappa]-muki hajos {E}",
           "[Tatu ja Patu] -kirja katos", "[Risto Räppääjä] jumittaa [Areenassa]", "[Pokémon]-kortit {L:price}",
           "[Lego]-paketti {L:parcel} tuli", "pakkasta [−12 °C], auto ei käynnisty", "sähkökatko [klo 14–16]",
           "[Carunan] katkokartta ei aukee", "[Fortum]-lasku {L:price}", "[Stockan] kellon alla {L:time}",
           "[Kahvila Pulla] wifi {L:ssid} on hidas", "[Pikku Myy] -tarra irtos kannesta", "[Late Lammas] lapsilla taas",
           "[Wordle] 3/6 tänään {E}", "[Duolingo]-pöllö kiusaa {EC}", "[Nelonen]-appi kaatuu", "[Postin] nimissä "
           "tuli viesti numerosta {L:shortcode}, huijaus", "[Kela]-kortti hukassa, ei oo kiire", "[HSL] sano {L:bus}"],
    "en": ["parcel {L:parcel} has been stuck in [Heathrow] for days", "order {L:order} arrived, charger missing",
           "anyone got a [USB-C] charger? my [Pixel 9] is on [2%]", "{L:bus} late again, was at the stop {L:time}",
           "flight {L:flight} leaves from gate {L:gate}, plane still in [Riga]",
           "[Alexa] keeps playing the wrong station {E}",
           "asked [Siri] for the weather and it opened [Apple Maps]", "[Cortana] keeps popping up on the laptop",
           "the [Polestar 4] app doesnt show the charge since update [P3.4]", "{L:pet} walked over the keyboard {E}",
           "nothing happened {EC}", "wifi {L:ssid} shows but wont connect",
           "guest network [Hotel-Guest-5G] works, [eduroam] not",
           "price said {L:price} but paid {L:price} {EC}", "{L:hashtag} sign up closes {L:day}",
           "[John Doe] is still in the form example", "I typed [Jane Doe] by mistake when copying the template",
           "dont be [a Karen] about the printer", "[Chad] energy from the new router lol",
           "{L:slang} said he can't fix it",
           "[Minecraft] server [EU West] lagging", "[Mario Kart] wont load on [Switch 2]",
           "lobby code was {L:lobby} but expired",
           "clan tag {L:clan} shows wrong", "{L:version} update killed the battery",
           "[WhatsApp] crashes in the group chat",
           "[Vodafone] queue [40 min]", "[Revolut] declined the card {L:masked}", "[Uber] driver cancelled twice",
           "[Deliveroo] rider called, food cold {E}", "[Amazon] says delivered but nothing here", "{L:bus} didnt stop",
           "tube [Northern line] suspended", "train [IC 27] is [25 min] late", "[Tesco] receipt {L:price}",
           "[Netflix] keeps logging me out", "[Sonos Era 100] cant find the network", "[Philips Hue] lights flicker",
           "[Roomba] stuck under the sofa {E}", "[Oura] ring wont sync", "[Garmin Venu 3] double notifications",
           "[Copilot] suggests crazy stuff", "[Gemini] answered in Finnish lol",
           "{L:flight} delayed, new time {L:time}",
           "hotel wifi [Scandic_Guest] blocks the VPN", "lunch {L:price}, coffee {L:price}",
           "meeting moved to {L:day} {L:time}",
           "ticket {L:ticket} still open", "number plate {L:plate} wrong in the parking app", "liked it {EC} {EC}",
           "just sent {EC} cos tired", "{L:hashtag} and everything breaks", "password must be [12 characters] not [8]",
           "got a text from {L:shortcode} with a weird link", "[Teams] meeting {L:meeting} won't open",
           "[Zoom] link expired",
           "[Spotify Family] has [6 users]", "ringtone [Nokia Tune] wont go away", "[Nokia 3310] found in a drawer {E}",
           "[Peter Rabbit] mug broke", "[Winnie the Pooh] sticker on the laptop", "[Santa] letter went to spam",
           "{L:pet} snoring next to me", "[Kahoot] PIN was {L:gamepin}", "[Roblox] gift card {L:price} not accepted",
           "[Pokémon GO] eats all the data", "photo {L:file} too big to send", "folder {L:path} is gone",
           "seat {L:seat}, window", "meeting in room {L:room}", "[Skoda Octavia] in service {L:day}",
           "[Renault Zoe] charging app crashed", "[Kia Niro] won't pair with the phone", "[Mercedes-Benz] app logs out",
           "[Fortnite] [V-Bucks] bought with the wrong card", "[Among Us] code {L:lobby}",
           "[Bob's your uncle] then it works",
           "[Murphy's law] again", "[Mr Bean] level of bad luck today", "[Sherlock] I am not, cant find the file",
           "{L:placeholder} on the test account", "[Debbie Downer] mode on, sorry",
           "[Argos] order {L:order} delayed", "[Boots] receipt {L:price}", "[Royal Mail] says we missed you {L:parcel}",
           "[Evri] parcel {L:parcel} went to a neighbour", "[DPD] slot {L:time}", "[Ocado] delivery {L:day}",
           "[Greggs] run, who wants a sausage roll {L:price}", "[Pret] coffee {L:price}", "[Just Eat] order {L:order}",
           "[NHS App] keeps asking for the code", "text from {L:shortcode} says [HMRC], fake right",
           "[Monzo] froze the card {L:masked}", "[easyJet] app lost my boarding pass", "[Heathrow Express] at {L:time}",
           "[Avanti] train [25 min] late", "[Oyster] card declined", "[Citymapper] says {L:bus}",
           "[Duolingo] owl keeps nagging {E}", "[Wordle] 4/6 today", "[Peppa Pig] on repeat on the tablet",
           "[Bluey] episode froze", "[Paddington] mug smashed", "[Postman Pat] van toy under the desk",
           "[Thomas the Tank Engine] stickers on the laptop", "[Bob the Builder] hat on the video call",
           "[Fireman Sam] on telly again", "[Alexa] set a timer for {L:time} by itself",
           "[Cortana] answered instead of [Copilot]", "the [Polestar 2] charged to [80%] overnight",
           "[Karen] at the counter wanted the manager lol", "[Chad] at the gym took my locker",
           "[Billy no-mates] at lunch again", "a right [Charlie] I was, forgot my badge",
           "[Lidl] middle aisle {L:price}",
           "[Primark] bag left on the bus {E}", "[Costa] wifi {L:ssid} is slow", "[Tube] strike {L:day}"],
    "sv": ["paketet {L:parcel} har stått i [Arlanda] i tre dagar", "order {L:order} kom, laddaren saknas",
           "har nån en [USB-C]-laddare? min [Galaxy S24] är på [3 %]",
           "{L:bus} var sen igen, stod vid hållplatsen {L:time}",
           "flyget {L:flight} går från gate {L:gate}", "[Alexa] spelar fel kanal hela tiden {E}",
           "frågade [Siri] om vädret och den öppnade [Kartor]", "[Cortana] hoppar upp på datorn hela tiden",
           "[Polestar 2]-appen visar inte laddningen", "{L:pet} gick över tangentbordet {E}", "inget hände {EC}",
           "wifi {L:ssid} syns men ansluter inte", "gästnätet [Telenor-Gjest] funkar, [eduroam] inte",
           "priset var {L:price} men i kassan {L:price}", "{L:hashtag} anmälan stänger {L:day}",
           "det står fortfarande [Sven Svensson] i formulärets exempel", "[Medelsvensson] fattar inte det här",
           "[Kalle Anka] på julafton och streamen laggar", "[Pippi Långstrump]-muggen gick sönder",
           "[Minecraft]-servern laggar", "lobbykoden var {L:lobby} men gick ut", "{L:version} åt upp batteriet",
           "[Telia] kö [40 min]", "[Swish] godkänner inte kortet {L:masked}", "[BankID] öppnas inte",
           "[Postnord] säger levererat men inget här", "{L:bus} stannade inte",
           "[Skånetrafiken]-appen visar ingen biljett",
           "tåget [SJ 537] är [25 min] sent", "[ICA]-kvitto {L:price}", "[Systembolaget] stänger {L:time}",
           "[Sonos Era 100] hittar inte nätet", "[Roomba] fastnade under soffan {E}",
           "{L:flight} försenat, ny tid {L:time}",
           "hotellets wifi [Scandic_Guest] blockerar VPN", "lunch {L:price}, kaffe {L:price}",
           "mötet flyttat till {L:day} {L:time}",
           "ärendet {L:ticket} är fortfarande öppet", "regnumret {L:plate} är fel i parkeringsappen",
           "gillade {EC} {EC}", "lösenordet ska vara [12 tecken], inte [8]",
           "fick sms från {L:shortcode} med konstig länk",
           "[Teams]-mötet {L:meeting} öppnas inte", "[Spotify Family] har [6 användare]", "{L:pet} snarkar bredvid",
           "[Kahoot]-PIN var {L:gamepin}", "bilden {L:file} är för stor", "mappen {L:path} är borta",
           "plats {L:seat} i planet", "[Volvo XC40]-appen loggar ut", "[Emil i Lönneberga]-boken är utlånad",
           "[Bamse]-tidningen kommer nu som mejl", "{L:slang} sa att han inte kan", "[Vasabussen] var full",
           "[Viking Line]-appen visar fel hytt", "[Alandica]-biljetten {L:order} syns inte",
           "{L:placeholder} står kvar på testkontot",
           "[Apotea]-paketet {L:parcel} kom", "[Blocket]-annonsen {L:order} försvann", "[Klarna] vill ha {L:price}",
           "[Willys]-kvitto {L:price}", "[Pressbyrån] kaffe {L:price}", "[SL]-kortet funkar inte",
           "[Västtrafik] {L:bus} inställd", "[Finnlines]-färjan går {L:time}", "[Ålandstrafiken] tidtabell ändrad",
           "[Pippi]-filmen på [SVT Play] hackar", "[Alfons Åberg] på plattan igen", "[Bamse] och [Skalman]-muggar",
           "[Mumintrollet]-muggen sprack {E}", "[Lilla My]-klistermärket lossnade",
           "[Pettson och Findus]-boken är borta",
           "[Astrid Lindgrens Värld]-biljetter {L:price}", "[Vasaloppet]-streamen hackar", "[Melodifestivalen]-appen "
           "röstade fel", "[Mathem]-leverans {L:time}", "[IKEA Kållered] stänger {L:time}",
           "[Stadium]-kvitto {L:price}",
           "[Wordle] 5/6 idag", "[Duolingo]-ugglan tjatar {EC}", "[Yle Arenan] hackar", "[HBL]-appen loggar ut"],
}


# ---------------------------------------------------------------------------------------------------------------------
# Message shapes. Each takes a Writer, the language and the subject (the person who writes to the service desk) and
# draws its lines from its own banks; people are a, b, c, d beside the subject s.

def hands(language, *ppl, relative=False):
    """Each person's typing hand and the way the exporting phone shows them; a relative may be saved as a relation
    word (Äiti, Mum, Farmor), which is no name."""
    words = R.sample(RELATIONS[language], len(RELATIONS[language]))
    for p in ppl:
        p.hand = R.choice(HANDS[language])
        p.contact = contact_style(language, relative)
        if p.contact == "relation":
            p.contact = "=" + words.pop()
    return ppl


def pick(bank, k):
    return R.sample(bank, min(k, len(bank)))


REFERENCE = re.compile(r"\{(?:[a-z0-9]+:)?([a-z][a-z0-9]*)(?=[.?:}|])")


def speak(chat, line, keys, ppl):
    """One line of a group chat: "~b …" is b's own, else someone the line does not name says it."""
    if line.startswith("~"):
        who, _, line = line[1:].partition(" ")
    else:
        named = set(REFERENCE.findall(line))
        who = R.choice([k for k in keys if k not in named] or keys)
    chat.turn(ppl[who], line, ppl)


def filler_turns(chat, language, speakers, ppl, k):
    for _ in range(k):
        chat.turn(R.choice(speakers), R.choice(FILLER[language]), ppl)


def filler_lines(w, language, ppl, k, sep="\n"):
    for line in R.sample(FILLER[language], k):
        w.say(sep, raw=True).line(line[0].upper() + line[1:] if line[0].islower() and R.random() < 0.5 else line,
                                   ppl, line)


def run_chat(chat, language, script, ppl, fillers=2):
    """Turns in script order, filler lines between them at random places."""
    slots = sorted(R.sample(range(len(script) + 1), min(fillers, len(script) + 1)))
    for k, (who, line) in enumerate(script):
        if k in slots:
            filler_turns(chat, language, [ppl[x] for x in sorted(ppl) if x != "s"], ppl, 1)
        chat.turn(ppl[who], line, ppl)


FAMILY = {
    "fi": {"layout": ["wa_ios_fi", "wa_and_fi", "wa_and_num"],
           "intro": ["Moi, {a.g.gen} puhelin ei saa enää WhatsApp-viestejä eikä tekstareita. Laitan alle perheryhmän "
                     "keskustelun, siitä näkee mitä tapahtui.\n\n",
                     "Hei! {a.gs} on teillä töissä ja hänen työpuhelimensa lukittui. Kopioin tähän meidän perheen "
                     "ryhmächatin:\n\n",
                     "Terve, pyydän apua {a?äidin/isän} puhelimen kanssa. {a?Äiti/Isä} on {a.gs}, ja alla on mitä "
                     "ryhmään on "
                     "kirjoteltu:\n\n",
                     "moi, vähän sekava juttu mut tässä meidän perheen whatsapp-ketju, {a.g.gen} puhelin on se "
                     "ongelma\n\n"],
           "group": ["{s.f} {E}", "{s.f}", "Perhe {E}", "Mummola", "{s.f} & co"],
           "system": ["{s.gs} lisäsi henkilön {c.gs}", "{a.g} vaihtoi ryhmän kuvan",
           "{b.gs} liittyi kutsulinkin kautta",
                      "Viestit ja puhelut ovat päästä päähän salattuja."],
           "a": ["{s.n} voitko soittaa, puhelin sanoo että SIM on lukittu",
                 "en saa sitä koodia mikä pitäis tulla tekstarilla {E}",
                 "{c.g} sano että se koodi menee {d.g.all}, miksi",
                 "mun numero on edelleen {phone:a}", "töissä sanottiin että pitää tehdä tiketti, {s.g} tee sinä",
                 "{b.g.gen} kanssa katottiin eikä löydetty mitään", "kiitos {L:endear} {E}"],
           "d": ["EN SAA AUKI SITÄ KUVAA MINKÄ {b.g} LÄHETTI", "KUKA ON {L:placeholder} KUN SE SOITTI MULLE",
                 "SANOKAA {s.g.all} ETTÄ TULEE KATSOMAAN", "{d?mummo/ukki} tässä. en löydä {b.g.gen} viestiä",
                 "onko tämä se {L:product} mistä {c.g} puhui", "{a.g} soita mulle kotinumeroon {phone:d}",
                 "MUN HENKILÖTUNNUS ON {hetu:d} PITÄÄKÖ SE LAITTAA JOHONKIN"],
           "b": ["{d.g} sun pitää painaa sitä vihreetä nappia", "mä voin käydä {d.g.ade~} huomenna {L:time}",
                 "laitoin {a.g.all} ohjeen {L:file}", "{c.n} tiätsä {a.g.gen} uuden numeron?",
                 "{a.g.gen} vanha numero {phone:a} ei toimi enää", "{s.n} sä oot se it-ihminen täällä {E}",
                 "tallensin {a.g.gen} uuden numeron {a.n.tra}",
                 "puhuttiin {d.g.ela} eilen, kaikki ok",
                 "{L:endear} älä huoli, {d.g} pärjää"],
           "c": ["moi kaikki, tuun {L:bus}", "mun uus nro {phone:c}", "terkkuja {a.g.all} ja {d.g.all}",
                 "{b.g} soita mulle ku ehit", "mä en oo nähny {a.g.par} viikkoon"],
           "s": ["teen tiketin {a.g.gen} duunin tukeen", "{a.g} laita mulle kuva siitä virheestä",
                 "soitin jo {b.g.all} ja {c.n.all}", "{d.g} älä paina mitään linkkejä {E}"],
           "outro": ["\n\nEli {a.gs.gen} työnumero on {phone:a}. Voitteko avata SIM:n tai lähettää PUK-koodin?\n"
                     "Terv. {s.gs}", "\n\nNumero on siis {phone:a} ({a.gs}). Kiitos jo etukäteen, {s.g}",
                     "\n\npyytäisin et soitatte {a.g.all} numeroon {phone:a} tai mulle {phone:s}\n{s.gs}"]},
    "en": {"layout": ["wa_ios_uk", "wa_us", "imessage"],
           "intro": ["Hi, my {a?mum/dad}'s work phone stopped getting messages. I've pasted our family group chat "
                     "below so you "
                     "can see what happened. {a?Her/His} name is {a.gs}.\n\n",
                     "Hello, sorry for the long paste, this is our family WhatsApp. {a.g.poss} phone is the issue.\n\n",
                     "hi there, copying the family chat, my {a?mum/dad} {a.gs} works for you and {a?her/his} SIM "
                     "locked\n\n"],
           "group": ["The {s.f} {E}", "Family {E}", "{s.f} HQ", "Nan's group"],
           "system": ["{s.gs} added {c.gs}", "{a.g} changed the group icon",
           "{b.gs} joined using this group's invite link",
                      "Messages and calls are end-to-end encrypted."],
           "a": ["{s.n} can you ring me, phone says SIM locked", "I never got the code by text {E}",
                 "{c.g} says the code goes to {d.g}, why", "my number is still {phone:a}",
                 "work said raise a ticket, {s.g} can you do it", "{b.g} and I looked and found nothing",
                 "thanks {L:endear} {E}"],
           "d": ["I CANT OPEN THE PICTURE {b.g} SENT", "WHO IS {L:placeholder} HE RANG ME", "TELL {s.g} TO COME ROUND",
                 "{d?nan/grandad} here. cant find {b.g|poss} message", "is this the {L:product} {c.g} talked about",
                 "{a.g} ring me on the landline {phone:d}"],
           "b": ["{d.g} you have to press the green button", "I can pop round to {d.g} tomorrow {L:time}",
                 "sent {a.g} the guide {L:file}", "{c.n} do you have {a.g|poss} new number?",
                 "{a.g|poss} old number {phone:a} doesnt work", "{s.n} youre the IT person here {E}",
                 "dont worry {L:endear}, {d.g} will be fine"],
           "c": ["hi all, coming on {L:bus}", "my new no {phone:c}", "love to {a.g} and {d.g}",
                 "{b.g} call me when you can", "havent seen {a.g} in a week"],
           "s": ["raising a ticket with {a.g|poss} work", "{a.g} send me a screenshot of the error",
                 "rang {b.g} and {c.n} already", "{d.g} dont press any links {E}"],
           "outro": ["\n\nSo {a.g|poss} work number is {phone:a}. Could you unlock the SIM or send the PUK?\nThanks, "
                     "{s.gs}", "\n\nThe number is {phone:a} ({a.gs}). Thanks in advance, {s.g}",
                     "\n\nplease call {a.g} on {phone:a} or me on {phone:s}\n{s.gs}"]},
    "sv": {"layout": ["wa_ios_fisv", "wa_ios_sv", "wa_and_sv"],
           "intro": ["Hej, {a?mammas/pappas} jobbtelefon får inga meddelanden längre. Jag klistrar in vår "
                     "familjegrupp nedan. "
                     "{a?Hon/Han} heter {a.gs}.\n\n",
                     "Hej! {a.g.gen} telefon är problemet, här är vår familjechatt:\n\n",
                     "hej, lite rörigt men här är familjens whatsapp, {a?mamma/pappa} {a.gs} jobbar hos er\n\n"],
           "group": ["{s.f} {E}", "Familjen {E}", "Stugan", "{s.f} & co"],
           "system": ["{s.gs} lade till {c.gs}", "{a.g} ändrade gruppens bild", "{b.gs} gick med via inbjudningslänken",
                      "Meddelanden och samtal är totalsträckskrypterade."],
           "a": ["{s.n} kan du ringa, telefonen säger att SIM är låst", "fick aldrig koden per sms {E}",
                 "{c.g} säger att koden går till {d.g}, varför", "mitt nummer är fortfarande {phone:a}",
                 "jobbet sa att man ska göra ett ärende, {s.g} kan du", "{b.g} och jag kollade men hittade inget",
                 "tack {L:endear} {E}"],
           "d": ["JAG KAN INTE ÖPPNA BILDEN {b.g} SKICKADE", "VEM ÄR {L:placeholder} SOM RINGDE",
                 "SÄG TILL {s.g} ATT KOMMA HIT", "{d?farmor/farfar} här. hittar inte {b.g.gen} meddelande",
                 "är det här den {L:product} som {c.g} pratade om", "{a.g} ring mig på fasta {phone:d}"],
           "b": ["{d.g} du måste trycka på den gröna knappen", "jag kan åka till {d.g} i morgon {L:time}",
                 "skickade guiden till {a.g} {L:file}", "{c.n} har du {a.g.gen} nya nummer?",
                 "{a.g.gen} gamla nummer {phone:a} funkar inte", "{s.n} du är ju IT-personen här {E}",
                 "oroa dig inte {L:endear}, {d.g} klarar sig"],
           "c": ["hej alla, jag kommer med {L:bus}", "mitt nya nr {phone:c}", "hälsa {a.g} och {d.g}",
                 "{b.g} ring mig när du hinner"],
           "s": ["jag gör ett ärende hos {a.g.gen} jobb", "{a.g} skicka en skärmbild på felet",
                 "har redan ringt {b.g} och {c.n}", "{d.g} tryck inte på några länkar {E}"],
           "outro": ["\n\nAlltså {a.gs.gen} jobbnummer är {phone:a}. Kan ni låsa upp SIM-kortet eller skicka PUK?\n"
                     "Hälsningar {s.gs}", "\n\nNumret är {phone:a} ({a.gs}). Tack på förhand, {s.g}",
                     "\n\nring {a.g} på {phone:a} eller mig på {phone:s}\n{s.gs}"]},
}


def family_chat(w, language, s):
    bank = FAMILY[language]
    a, b, d = hands(language, *family(language, 3, s), relative=True)
    c, = hands(language, *cast(language, 1, s, a, b, d))
    d.hand = R.choice(["caps", "caps", "lower ascii", "plain"])
    s.contact = R.choice(["full", "given", "nick"])
    ppl = {"s": s, "a": a, "b": b, "c": c, "d": d}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice(bank["layout"]))
    chat.system(R.choice(bank["group"]), R.choice(bank["system"]), ppl)
    script = [(x, line) for x in "adbcs" for line in pick(bank[x], 2 if x != "s" else 1)]
    R.shuffle(script)
    run_chat(chat, language, script, ppl, R.randint(2, 4))
    w.by(s).line(R.choice(bank["outro"]), ppl)


TEAM = {
    "fi": {"layout": ["wa_and_fi", "wa_ios_fi", "signal_fi", "telegram_fi"],
           "intro": ["Moi, tässä meidän vuoroporukan WhatsApp-ryhmästä kopioitu pätkä. {b.gs} ei pääse kirjautumaan "
                     "työvuorosovellukseen:\n\n",
                     "Hei tuki, forwardaan tiimin chatin. Asia koskee {b.gs.gen} tunnuksia "
                     "ja käsipäätettä.\n\n", "Terve! Vuoroesihenkilönä pyydän apua, alla tiimin ryhmän viestit.\n\n",
                     "moro, tässä meiän ryhmän viestit, lukekaa {b.g.gen} kohta\n\n"],
           "group": ["Varasto B-vuoro {E}", "Siivous Itä", "Iltavuoro {E}", "Kotihoito Hervanta", "Keittiö", "Huolto"],
           "system": ["{s.gs} lisäsi henkilön {b.gs}", "{c.gs} vaihtoi puhelinnumeronsa",
           "{s.g} muutti ryhmän kuvausta",
           "{d.gs} liittyi"],
           "b": ["{s.n} mun tunnukset ei toimi, salasana vanheni kai", "{b.g} tässä, mun uus numero {phone:b}",
                 "en pääse vuorolistaan, {c.n} pääsiks sä?", "sori myöhästyn, {L:bus} ei tullu",
                 "kuka vaihtaa mun kaa {L:day}?", "mun käyttäjätunnus on {user:b} jos se auttaa"],
           "a": ["kuka otti skannerin [TC52-07] eilen? {b.n} olitsä?",
           "{b.g.ade~} ei toimi tunnukset, se sano et salasana "
                 "vanheni", "vaihdan vuoroa {c.n.gen} kaa {L:day}", "@{c.g} ootko huomenna aamussa?",
                 "soita {b.n.all} {phone:b}", "trukki [T-14] taas rikki {E}",
                 "muistakaa ottaa yhteyttä {d.gs.ill} {L:day}", "{b.g} näkyy mun puhelimessa {b.n.ess} lol"],
           "c": ["mä oon {L:time} asti, sit {a.n} jatkaa", "{d.n.abl~} kysyin jo mut ei vastannu",
                 "{b.gs} sano et esimies hoitaa", "{a.g} sun avaimet jäi kahvihuoneeseen", "[jonnet] tuli taas kyselee "
                 "töitä lol"],
           "d": ["oon kipeenä tänään, {a.g} tuuraa", "mun nro vaihtu: {phone:d}", "{b.n} tsemppiä {E}",
                 "{c.g.all} kiitos eilisestä", "{b.g} kokeile kirjautuu selaimella"],
           "s": ["laitan tiketin IT:lle, {b.g} oota", "{b.g} mikä sun käyttäjätunnus oli? {user:b}?",
                 "{a.n} ja {c.n} hoitaa lastauksen"],
           "outro": ["\n\n{b.gs.gen} käyttäjätunnus on {user:b} ja työpuhelin {phone:b}. Voisitteko nollata "
                     "salasanan?\n"
                     "-{s.g}", "\n\nEli tunnus {user:b} ({b.gs}), numero {phone:b}. Kiitos!\n{s.gs}, vuoroesihenkilö",
                     "\n\nsoittakaa {b.g.all} {phone:b} tai mulle {phone:s}\n{s.g}"]},
    "en": {"layout": ["wa_ios_uk", "wa_us", "slack"],
           "intro": ["Hello, I forward our team whatsapp, {b.gs} can not login to the shift app since monday.\n\n",
                     "Hi support, here is our group chat, please read about {b.g|poss} account\n\n",
                     "Good morning. I am the team leader, our chat is below. The problem is {b.gs}.\n\n"],
           "group": ["Warehouse B shift {E}", "Cleaning East", "Evening shift", "Kitchen crew", "Maintenance"],
           "system": ["{s.gs} added {b.gs}", "{c.gs} changed their phone number",
           "{s.g} changed the group description", "{d.gs} joined"],
           "b": ["{s.n} my login not work, password expire i think", "{b.g} here, my new number {phone:b}",
                 "i cant open the shift list, {c.n} you can?", "sorry i am late, {L:bus} not come",
                 "who can change shift with me {L:day}?", "my username is {user:b} if it help"],
           "a": ["who take the scanner yesterday? {b.n} it was you?",
           "{b.g} password not working, {b?she/he} say it expire",
                 "i change shift with {c.n} on {L:day}", "@{c.g} you are tomorrow morning?", "call to {b.n} {phone:b}",
                 "forklift again broken {E}"],
           "c": ["i am until {L:time}, then {a.n} continue", "i asked from {d.n} already but no answer",
                 "{b.gs} say the boss fix it", "{a.g} your keys stay in the coffee room"],
           "d": ["i am sick today, {a.g} will replace", "my number change: {phone:d}", "{b.n} good luck {E}",
                 "thanks {c.g} for yesterday", "{b.g} try login with browser"],
           "s": ["i make ticket for IT, {b.g} wait", "{b.g} what was your username? {user:b}?",
                 "{a.n} and {c.n} do the loading"],
           "outro": ["\n\n{b.g|poss} username is {user:b} and work phone {phone:b}. Please reset the password.\nBR "
                     "{s.gs}",
                     "\n\nSo username {user:b} ({b.gs}), number {phone:b}. Thank you!\n{s.gs}, shift lead",
                     "\n\nplease call {b.g} {phone:b} or me {phone:s}\n{s.g}"]},
    "sv": {"layout": ["wa_ios_sv", "wa_and_sv", "wa_ios_fisv"],
           "intro": ["Hej, här är vår arbetsgrupps chatt. {b.gs} kommer inte in i schemaappen:\n\n",
                     "Hej support! Vidarebefordrar teamets chatt, det gäller {b.gs.gen} konto.\n\n",
                     "hej, läs {b.gs.gen} meddelanden nedan\n\n"],
           "group": ["Lager B-skift {E}", "Städ Öst", "Kvällsskiftet", "Köket", "Fastighet"],
           "system": ["{s.gs} lade till {b.gs}", "{c.gs} bytte telefonnummer", "{s.g} ändrade gruppbeskrivningen",
           "{d.gs} gick med"],
           "b": ["{s.n} min inloggning funkar inte, lösenordet gick ut", "{b.g} här, nytt nummer {phone:b}",
                 "kommer inte in i schemat, {c.n} kommer du?", "sorry sen, {L:bus} kom inte",
                 "vem byter med mig {L:day}?", "mitt användarnamn är {user:b} om det hjälper"],
           "a": ["vem tog skannern igår? {b.n} var det du?", "{b.g} kommer inte in, lösenordet gick ut",
                 "byter pass med {c.n} {L:day}", "@{c.g} jobbar du i morgon bitti?", "ring {b.n} {phone:b}",
                 "trucken är trasig igen {E}"],
           "c": ["jag är här till {L:time}, sen tar {a.n} över", "frågade {d.n} men inget svar",
                 "{b.gs} säger att chefen fixar", "{a.g} dina nycklar ligger i fikarummet"],
           "d": ["är sjuk idag, {a.g} hoppar in", "mitt nr har ändrats: {phone:d}", "{b.n} lycka till {E}",
                 "tack {c.g} för igår"],
           "s": ["jag gör ett ärende till IT, {b.g} vänta", "{b.g} vad var ditt användarnamn? {user:b}?"],
           "outro": ["\n\n{b.gs.gen} användarnamn är {user:b} och jobbtelefon {phone:b}. Kan ni återställa "
                     "lösenordet?\n"
                     "/{s.g}", "\n\nring {b.g} {phone:b} eller mig {phone:s}\n{s.gs}"]},
}


def team_chat(w, language, s):
    bank = TEAM[language]
    a, b, c, d = hands(language, *cast(language, 4, s))
    s.contact = R.choice(["full", "given", "nick"])
    ppl = {"s": s, "a": a, "b": b, "c": c, "d": d}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice(bank["layout"]))
    if R.random() < 0.7:
        chat.system(R.choice(bank["group"]), R.choice(bank["system"]), ppl)
    script = [(x, line) for x in "abcds" for line in pick(bank[x], 2 if x in "ab" else 1)]
    R.shuffle(script)
    run_chat(chat, language, script, ppl, R.randint(2, 4))
    w.by(s).line(R.choice(bank["outro"]), ppl)


TEAMS_PASTE = {
    "fi": {"intro": ["Moi, kopioin Teams-keskustelun, jaettu linkki ei aukea:\n\n",
                     "Hei, {b.gs.gen} jakama tiedosto ei aukea kellekään. Teams-chatti alla:\n\n",
                     "Terve, alla pätkä projektikanavalta, pyydän käyttöoikeuksia {b.gs.gen} kansioon.\n\n"],
           "b": ["tässä linkki: https://firma-my.sharepoint.com/personal/{upn:b}/Documents/[Projektit]",
                 "laitoin tiedoston {b.g|nohand}_{b.s|nohand}_matkalasku_11-2026.xlsx kansioon",
                 "@{a.gs} voitko kattoo?", "jaoin sen vielä kerran, nyt pitäis toimia {E}",
                 "{a.g} sun pitää pyytää oikeuksia", "mun OneDrive on täynnä, siks"],
           "a": ["ei aukea: ”Sinulla ei ole käyttöoikeutta” {EC}", "@{b.gs} voitko jakaa uudestaan?",
                 "{c.g} aukeeko sulla?", "kokeilin selaimella ja sovelluksessa",
                 "tiedosto {c.s|nohand}_{c.g|nohand}_perehdytys.pptx aukeaa mut ei {b.g.gen} excel"],
           "c": ["mulla aukee, oon kai omistaja", "{b.g} laitoitko linkin ”kaikki organisaatiossa”?",
                 "soitan {b.n.all}", "mä oon {L:day} etänä"],
           "s": ["teen tiketin", "{b.g} mikä sun tunnus on, {user:b}?", "{a.g} kokeile {L:version}-appilla"],
           "outro": ["\n\nVoisitteko antaa minulle ja {a.g.all} oikeudet {b.gs.gen} OneDrive-kansioon? Polku: "
                     "https://firma-my.sharepoint.com/personal/{upn:b}/Documents\n{s.gs}",
                     "\n\nTerveisin {s.gs}, {phone:s}", "\n\nKiitos! {s.g} ({email:s})"]},
    "en": {"intro": ["Hi, pasting a Teams conversation, the shared link won't open:\n\n",
                     "Hello, the file {b.gs} shared opens for nobody. Teams chat below:\n\n",
                     "Hi, below is a bit of our project channel, I need access to {b.g|poss} folder.\n\n"],
           "b": ["here's the link: "
                 "https://contoso-my.sharepoint.com/personal/{upn:b:contoso_co_uk}/Documents/[Projects]",
                 "put the file {b.g|nohand}_{b.s|nohand}_expenses_Nov2026.xlsx in the folder",
                 "@{a.gs} can you have a look?", "shared it again, should work now {E}",
                 "{a.g} you need to request access", "my OneDrive is full, that's why"],
           "a": ["doesn't open: 'You need permission' {EC}", "@{b.gs} can you reshare?", "{c.g} does it open for you?",
                 "tried in the browser and the app",
                 "{c.s|nohand}_{c.g|nohand}_onboarding.pptx opens but not {b.g|poss} spreadsheet"],
           "c": ["opens for me, I'm the owner I think", "{b.g} did you set the link to 'people in your organisation'?",
                 "I'll ring {b.n}", "I'm remote on {L:day}"],
           "s": ["raising a ticket", "{b.g} what's your username, {user:b}?", "{a.g} try with {L:version}"],
           "outro": ["\n\nCould you give me and {a.g} access to {b.g|poss} OneDrive folder? Path: "
                     "https://contoso-my.sharepoint.com/personal/{upn:b:contoso_co_uk}/Documents\n{s.gs}",
                     "\n\nRegards, {s.gs}, {phone:s}", "\n\nThanks! {s.g} ({email:s})"]},
}


def teams_paste(w, language, s):
    bank = TEAMS_PASTE[language]
    a, b, c = hands(language, *cast(language, 3, s))
    for p in (s, a, b, c):
        p.contact = R.choice(["full", "full", "rev"])
    ppl = {"s": s, "a": a, "b": b, "c": c}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, "teams_fi" if language == "fi" else "teams_en")
    script = [(x, line) for x in "abcs" for line in pick(bank[x], 2 if x in "ab" else 1)]
    R.shuffle(script)
    run_chat(chat, language, script, ppl, R.randint(2, 3))
    w.by(s).line(R.choice(bank["outro"]), ppl)


SMS = {
    "fi": {"layout": "sms_fi",
           "intro": ["Sain oudon tekstiviestin, onko tämä huijaus? Viestiketju alla:\n\n",
                     "Hei, kopioin tekstarit puhelimesta. Joku esittää {a?tytärtäni/poikaani} {a.g.par}.\n\n",
                     "moi, tuli tällänen viesti työpuhelimeen, mitä teen\n\n"],
           "b": ["Moi {s?äiti/iskä}, puhelin hajos, tää on mun uus numero. {a.g} tässä {E}",
                 "voitko maksaa yhen laskun mun puolesta? tilinumero {iban:b}",
                 "saajaksi {c.gs}, se on mun kaveri", "en pysty soittaa, mikki rikki",
                 "laita kuva pankkikortista niin hoidan loput", "kiire, eräpäivä on tänään {L:price}"],
           "s": ["kuka tää on?", "{a.g} onks tää oikeesti sä?", "soitan {a.g.all} vanhaan numeroon",
                 "mikä on meidän koiran nimi?", "{a.g} sun hetu on {hetu:a} jos tarviit sitä Kelan lomakkeeseen"],
           "a": ["{s?äiti/iskä} en oo laittanu mitään viestejä!", "mun numero on edelleen {phone:a}",
           "älä maksa mitään {E}", "{L:endear} se ei oo mä",
                 "{s.n} soita mulle heti"],
           "outro": ["\n\nHuijausnumero oli {phone:b}. Pitäisikö tästä ilmoittaa? {s.gs}",
                     "\n\nEn maksanut mitään. Oikea numero {a?tyttärelläni/pojallani} on {phone:a}. T. {s.g}",
                     "\n\nvoitteko estää numeron {phone:b} työpuhelimista\n{s.gs}"]},
    "en": {"layout": "imessage",
           "intro": ["Got a strange text, is this a scam? Thread below:\n\n",
                     "Hi, copying the texts from my phone. Someone pretends to be my {a?daughter/son} {a.g}.\n\n",
                     "hi, this came to my work phone, what do I do\n\n"],
           "b": ["Hi {s?Mum/Dad}, phone broke, this is my new number. {a.g} here {E}",
                 "can you pay one bill for me? account {iban:b}", "payee {c.gs}, he's my mate",
                 "can't call, mic broken", "send a photo of your card and I'll sort it", "urgent, due today {L:price}"],
           "s": ["who is this?", "{a.g} is this really you?", "I'll call {a.g} on the old number",
                 "what's our dog called?"],
           "a": ["{s?mum/dad} I haven't sent anything!", "my number is still {phone:a}", "don't pay anything {E}",
           "{L:endear} that's not me",
                 "{s.n} call me now"],
           "outro": ["\n\nThe scam number was {phone:b}. Should I report it? {s.gs}",
                     "\n\nI didn't pay. My {a?daughter's/son's} real number is {phone:a}. {s.g}",
                     "\n\ncan you block {phone:b} on work phones\n{s.gs}"]},
    "sv": {"layout": "sms_sv",
           "intro": ["Fick ett konstigt sms, är det bedrägeri? Tråden nedan:\n\n",
                     "Hej, kopierar sms:en från telefonen. Någon utger sig för att vara min {a?dotter/son} {a.g}.\n\n"],
           "b": ["Hej {s?mamma/pappa}, telefonen gick sönder, det här är mitt nya nummer. {a.g} här {E}",
                 "kan du betala en räkning åt mig? konto {iban:b}", "mottagare {c.gs}, en kompis",
                 "kan inte ringa, mikrofonen trasig", "skicka en bild på kortet så fixar jag",
                 "bråttom, förfaller idag"],
           "s": ["vem är det här?", "{a.g} är det verkligen du?", "jag ringer {a.g} på gamla numret"],
           "a": ["{s?mamma/pappa} jag har inte skickat något!", "mitt nummer är fortfarande {phone:a}",
           "betala inget {E}", "{L:endear} det är inte jag"],
           "outro": ["\n\nBedragarens nummer var {phone:b}. Ska jag anmäla? {s.gs}",
                     "\n\nJag betalade inget. {a?Min dotters/Min sons} riktiga nummer är {phone:a}. /{s.g}"]},
}


def sms_thread(w, language, s):
    bank = SMS[language]
    a, = hands(language, *family(language, 1, s))
    b, c = hands(language, *cast(language, 2, s, a))
    b.contact = "number"
    a.contact = R.choice(["given", "nick", "full", "emoji"])
    s.contact = "=" + {"fi": "Minä", "en": "Me", "sv": "Jag"}[language]
    ppl = {"s": s, "a": a, "b": b, "c": c}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, bank["layout"])
    script = [("b", line) for line in pick(bank["b"], 3)] + [("s", line) for line in pick(bank["s"], 2)]
    script.insert(R.randint(1, len(script)), ("b", R.choice(bank["b"])))
    script += [("a", line) for line in pick(bank["a"], 2)]
    run_chat(chat, language, script, ppl, R.randint(0, 1))
    w.by(s).line(R.choice(bank["outro"]), ppl)


VOICE = {
    "fi": {"head": ["Ääniviesti (T) – puhelimen automaattinen litterointi:\n\n",
    "WhatsApp-ääniviesti T, tekstiksi:\n\n",
                    "Puhelimen litteroima ääniviesti (T):\n\n"],
           "body": ["moi {s.g} tää on {b.g} tota mä yritin soittaa {a.g.all} mut se ei vastaa sen numero on "
                    "{phone:a:spoken} vai oliks se {phone:a:spoken} no kuitenki {L:time} ois se palaveri",
                    "hei {s.n} {b.n} täällä mun läppäri ei käynnisty ja {a.g} {a.s|gap} sano et sun pitää tehä "
                    "tiketti mun "
                    "numero on {phone:b:spoken} soita ku ehit",
                    "no moi {b.g} {b.s|gap} täs oon {L:bus} ja {a.g.gen} tunnukset ei toimi kerro sille et soittaa "
                    "mulle "
                    "{phone:b:spoken}",
                    "terve {s.g} tota {a.g} {a.s} pyys et soitat sille numeroon {phone:a:spoken} se on lomalla "
                    "{L:day} asti",
                    "joo moi {b.g} tässä {a.n} sano et se {L:product} ei taaskaan toimi ja {c.gs.gen} numero on "
                    "{phone:c:spoken} jos tarttet"],
           "note": ["\n\n(litteroinnin teki puhelin, nimet voi olla väärin) – {s.g}",
                    "\n\nKuunneltuna numero on oikeasti {phone:b}. Voitteko auttaa? {s.gs}",
                    "\n\nEli {a.gs} tarvitsee apua, soittakaa hänelle. {s.g}"]},
    "en": {"head": ["Voice message (T) – automatic transcript:\n\n", "WhatsApp voice note T, transcribed:\n\n"],
           "body": ["hi {s.g} it's {b.g} um I tried calling {a.g} but no answer {a?her/his} number is "
                    "{phone:a:spoken} or was it "
                    "{phone:a:intl_run} anyway the meeting's at {L:time}",
                    "hey {s.n} {b.n} here my laptop won't start and {a.g} {a.s|gap} said you need to raise a ticket my "
                    "number is {phone:b:spoken} call me back",
                    "hiya {b.g} {b.s|gap} here I'm on {L:bus} and {a.g|poss} login doesn't work tell {a?her/him} to "
                    "ring me "
                    "on {phone:b:spoken}",
                    "hello {s.g} so {a.g} {a.s} asked you to call {a?her/him} on {phone:a:spoken} {a?she's/he's} off "
                    "till {L:day}",
                    "yeah hi {b.g} here {a.n} says the {L:product} isn't working again and {c.g|poss} number is "
                    "{phone:c:spoken} if you need it"],
           "note": ["\n\n(the phone did the transcript, names may be wrong) – {s.g}",
                    "\n\nListening to it the number is actually {phone:b}. Can you help? {s.gs}",
                    "\n\nSo {a.gs} needs help, please call {a?her/him}. {s.g}"]},
    "sv": {"head": ["Röstmeddelande (T) – automatisk transkribering:\n\n", "Röstmeddelande T, som text:\n\n"],
           "body": ["hej {s.g} det är {b.g} jag försökte ringa {a.g} men {a?hon/han} svarar inte numret är "
                    "{phone:a:spoken} eller "
                    "var det {phone:a:spoken} iallafall är mötet {L:time}",
                    "hej {s.n} {b.n} här datorn startar inte och {a.g} {a.s|gap} sa att du ska göra ett ärende mitt "
                    "nummer "
                    "är {phone:b:spoken} ring när du kan",
                    "tjena {b.g} {b.s|gap} här jag sitter på {L:bus} och {a.g.gen} inloggning funkar inte säg åt "
                    "{a?henne/honom} att ringa {phone:b:spoken}",
                    "hej {s.g} alltså {a.g} {a.s} bad dig ringa {phone:a:spoken} {a?hon/han} är ledig till {L:day}"],
           "note": ["\n\n(telefonen transkriberade, namnen kan vara fel) – {s.g}",
                    "\n\nNumret är egentligen {phone:b}. Kan ni hjälpa? {s.gs}"]},
}


def voice_note(w, language, s):
    bank = VOICE[language]
    a, b, c = cast(language, 3, s)
    ppl = {"s": s, "a": a, "b": b, "c": c}
    head = R.choice(bank["head"])
    before, after = head.split("T")
    w.say(before, raw=True).look(LOOKS["duration"](language), "duration", raw=True).say(after, raw=True)
    w.hand = "lower"
    w.line(R.choice(bank["body"]), ppl)
    if R.random() < 0.5:
        w.say(" ").line(R.choice(bank["body"]), ppl)
    w.by(s).line(R.choice(bank["note"]), ppl)


LIVECHAT = {
    "fi": {"agent": " (IT-tuki)", "customer": "Asiakas",
           "steps": [("t", ["Hei! Olen {t.g} IT-tuesta. Miten voin auttaa?", "Hei, täällä {t.g}. Kerro vain.",
                            "Moi, {t.g} tässä! Mikä on ongelma?"]),
                     ("s", ["moi en pääse kirjautuu, mun tunnus on {user:s}", "heei kone jumittaa ja outlook ei aukee",
                            "moi, kollegan kone ei käynnisty"]),
                     ("t", ["Kenen tunnuksesta on kyse?", "Kenen kone on kyseessä?", "Kerrotko käyttäjän nimen?"]),
                     ("s", ["kollegan {a.g|T} {a.s|S}", "{a.g|T} {a.s.gen|S} kone", "{a.g|T} {a.s|S} tiimistä"]),
                     ("s", ["*{a.P|exact}", "siis {a.g|exact} {a.s|exact} sori", "*{a.P|exact} sori"]),
                     ("t", ["Eli {a.gs}, löytyy. Onko hänellä numero {phone:a}?",
                            "Löysin käyttäjän {a.gs} ({user:a}). Mikä on hänen numeronsa?"]),
                     ("s", ["joo tai uus on {phone:a}", "ei vaan {phone:a}", "sen numero on {phone:a}"]),
                     ("t", ["Lähetin {a.g.all} tekstiviestillä väliaikaisen salasanan.",
                      "Selvä, soitan {a.s.all} heti.",
                            "Kiitos, tein tiketin {L:ticket}."]),
                     ("s", ["kiitti!! {E}", "kiitos paljon", "okei mä kerron {a.n.all}"])]},
    "en": {"agent": " (Service Desk)", "customer": "Visitor",
           "steps": [("t", ["Hi! I'm {t.g} from IT. How can I help?", "Hello, {t.g} here. Go ahead.",
                            "Hi, this is {t.g}! What's the problem?"]),
                     ("s", ["hi i cant log in, my username is {user:s}", "hii pc freezing and outlook wont open",
                            "hello, my colleague's laptop won't start"]),
                     ("t", ["Whose account is it?", "Whose laptop is it?", "Could you give me the user's name?"]),
                     ("s", ["colleague {a.g|T} {a.s|S}", "{a.g|T} {a.s|S,poss} laptop",
                            "{a.g|T} {a.s|S} from my team"]),
                     ("s", ["*{a.P|exact}", "i mean {a.g|exact} {a.s|exact} sorry", "*{a.P|exact} sorry"]),
                     ("t", ["So {a.gs}, found them. Is their number {phone:a}?",
                            "Found the user {a.gs} ({user:a}). What's their number?"]),
                     ("s", ["yes or the new one is {phone:a}", "no its {phone:a}", "the number is {phone:a}"]),
                     ("t", ["I've texted {a.g} a temporary password.", "Right, I'll call {a.s} now.",
                            "Thanks, I've logged ticket {L:ticket}."]),
                     ("s", ["thx!! {E}", "thanks a lot", "ok I'll tell {a.n}"])]},
}


def livechat(w, language, s):
    bank = LIVECHAT[language]
    a, t = cast(language, 2, s)
    t.hand = "plain"
    t.contact = "agent" + bank["agent"]
    s.contact = "=" + bank["customer"]
    s.hand = R.choice(["sloppy", "lower sloppy", "lower", "sloppy"])
    ppl = {"s": s, "a": a, "t": t}
    chat = Chat(w, "signal_fi" if language == "fi" else "slack")
    part = R.choice("gs")
    for k, (who, options) in enumerate(bank["steps"]):
        line = R.choice(options).replace("{a.P", "{a." + part)
        line = line.replace("|T}", "|typo}" if part == "g" else "|exact}").replace("|S", "|typo" if part == "s" else
                                                                                "|exact")
        chat.turn(ppl[who], line, ppl, options[0])
        if k == 6 and R.random() < 0.5:
            filler_turns(chat, language, [s], ppl, 1)


RANT = {
    "fi": {"subject": ["Aihe: EI TOIMI MIKÄÄN", "Aihe: KOLMAS KERTA KUN ILMOITAN", "Aihe: MISSÄ VIIPYY",
                       "Aihe: PUHELIN EDELLEEN RIKKI"],
           "lines": ["MIKSI KUKAAN EI VASTAA. SOITIN JO {a.gs.all} JA {b.g.all} EIKÄ KUMPIKAAN TIEDÄ MITÄÄN.",
                     "{a.s} LUPASI {L:day} ETTÄ KONE ON VALMIS.", "MUN NUMERO ON {phone:s} JA SÄHKÖPOSTI {email:s}.",
                     "TIKETTI {L:ticket} ON OLLUT AUKI KOHTA KUUKAUDEN.", "ESIHENKILÖNI {c.gs} ON MYÖS VIHAINEN.",
                     "{L:product} EI TOIMI EIKÄ {L:product}.", "EN OLE MIKÄÄN {L:placeholder} VAAN OIKEA IHMINEN.",
                     "{b.g.gen} MUKAAN VIKA ON TEILLÄ, {a.g.gen} MUKAAN MEILLÄ.", "SOITTAKAA {c.g.all} {phone:c}.",
                     "KOKOUS {L:day} {L:time} JA MINULLA EI OLE KONETTA!!!", "TEHKÄÄ JOTAIN!!!"],
           "sign": ["\n\n{s.gs}", "\n\nt. {s.gs}, {phone:s}", "\n\n-{s.g}"]},
    "en": {"subject": ["Subject: NOTHING WORKS", "Subject: THIRD TIME I REPORT THIS", "Subject: WHERE IS MY LAPTOP",
                       "Subject: PHONE STILL BROKEN"],
           "lines": ["WHY DOES NOBODY ANSWER. I ALREADY CALLED {a.gs} AND {b.g} AND NEITHER KNOWS ANYTHING.",
                     "{a.s} PROMISED {L:day} THE LAPTOP WOULD BE READY.", "MY NUMBER IS {phone:s} AND EMAIL {email:s}.",
                     "TICKET {L:ticket} HAS BEEN OPEN FOR A MONTH.", "MY MANAGER {c.gs} IS ALSO FURIOUS.",
                     "{L:product} DOESNT WORK AND NEITHER DOES {L:product}.",
                     "I AM NOT {L:placeholder}, I AM A REAL PERSON.",
                     "{b.g} SAYS IT'S YOUR FAULT, {a.g} SAYS IT'S OURS.", "CALL {c.g} ON {phone:c}.",
                     "MEETING {L:day} {L:time} AND I HAVE NO LAPTOP!!!", "DO SOMETHING!!!"],
           "sign": ["\n\n{s.gs}", "\n\nregards {s.gs}, {phone:s}", "\n\n-{s.g}"]},
}


def caps_rant(w, language, s):
    bank = RANT[language]
    a, b, c = cast(language, 3, s)
    ppl = {"s": s, "a": a, "b": b, "c": c}
    w.say(R.choice(bank["subject"]) + "\n\n", raw=True)
    w.hand = R.choice(["caps", "caps", "caps ascii"])
    for line in pick(bank["lines"], R.randint(5, 8)):
        w.line(line, ppl).say(" ", raw=True)
    filler_lines(w, language, ppl, R.randint(1, 2), " ")
    w.hand = R.choice(["caps", "plain"])
    w.line(R.choice(bank["sign"]), ppl)


AUTOCORRECT = {"fi": {"Minja": "Minä", "Netta": "Netti", "Juuli": "Juuri", "Mila": "Mikä", "Kata": "Kato",
                      "Livia": "Liian", "Rahko": "Rahka", "Kahila": "Kahvila", "Huusko": "Huusi", "Kulju": "Kulje",
                      "Tinja": "Tinaa", "Kaneli": "Kanelia"},
               "en": {"Anssi": "Aussie", "Atte": "Ate", "Jarno": "Jargon", "Harto": "Harbor", "Kimi": "Kiwi",
                      "Moona": "Moon", "Livia": "Living", "Kaneli": "Kennel", "Rony": "Pony", "Garang": "Garage",
                      "Akech": "Ache", "Yapi": "Yappy", "Brou": "Bro", "Dashi": "Dash", "Asep": "Asap",
                      "Warda": "Wards", "Shlimon": "Salmon", "Begay": "Began"}}
AUTO = {
    "fi": {"s": ["{AC} sanoi että kone ei käynnisty", "{AC} ja {b.g} on molemmat ilman verkkoa",
                 "huomenna {AC} tulee toimistolle", "onko {AC} jo saanut uuden puhelimen?", "myös {AC} on lomalla"],
           "fix": ["*{a.P}", "*{a.P} eikä {AW} {E}", "siis {a.gs}, autocorrect vaihtaa sen aina", "{AW} = {a.P} lol"],
           "b": ["kuka {AW}? {E}", "haha {AW}", "ai {a.P}, ok", "korjaantuuko se autocorrect ikinä",
                 "mullaki vaihtuu {b.g} joksku muuks"],
           "intro": ["Moi, kysymys puhelimen näppäimistöstä. Kopioin keskustelun:\n\n",
                     "Hei! Työpuhelimen autocorrect sotkee nimiä, esimerkki alla:\n\n"],
           "outro": ["\n\nEli {a.gs} ({phone:a}) ja {b.gs} tarvitsevat uudet tunnukset. Puhelimen autocorrect vaihtaa "
                     "{a.P.gen} nimen aina sanaksi ”{AW}”, voitteko lisätä sen sanakirjaan vai onko se "
                     "MDM-asia?\n{s.gs}",
                     "\n\nOnko mahdollista kytkeä automaattinen korjaus pois hallinnoidusta puhelimesta? {s.g}"]},
    "en": {"s": ["{AC} said the laptop won't start", "{AC} and {b.g} both have no network",
                 "tomorrow {AC} comes to the office", "has {AC} got the new phone yet?", "{AC} is on leave too"],
           "fix": ["*{a.P}", "*{a.P} not {AW} {E}", "I mean {a.gs}, autocorrect changes it every time",
           "{AW} = {a.P} lol"],
           "b": ["who's {AW}? {E}", "haha {AW}", "oh {a.P}, ok", "will autocorrect ever learn",
                 "mine changes {b.g} into something too"],
           "intro": ["Hi, a question about the phone keyboard. Pasting the chat:\n\n",
                     "Hello! The work phone's autocorrect mangles names, example below:\n\n"],
           "outro": ["\n\nSo {a.gs} ({phone:a}) and {b.gs} need new accounts. Autocorrect always turns {a.P|poss} name "
                     "into '{AW}', can you add it to the dictionary or is that an MDM thing?\n{s.gs}",
                     "\n\nCan autocorrect be switched off on a managed phone? {s.g}"]},
}


def autocorrect(w, language, s):
    table = AUTOCORRECT[language]
    bank = AUTO[language]
    while True:
        a, b = cast(language, 2, s)
        key = R.choice(sorted(table))
        if key in WORLD_KEYS:
            continue
        part = "g" if key in FI_MEN + FI_WOMEN or any(key in WORLD[k][0] for k in WORLD_KEYS) else "s"
        if part == "g":
            a.given, a.nick = key, None
        else:
            a.surname = key
        if not a.words() & (b.words() | s.words()):
            break
    word = table[key]
    for k in ("s", "fix", "b", "outro"):
        bank = dict(bank, **{k: [t.replace("{a.P", "{a." + part) for t in bank[k]]})
    a.hand = b.hand = "plain"
    s.contact = R.choice(["full", "given"])
    b.contact = R.choice(["full", "given", "nick"])
    ppl = {"s": s, "a": a, "b": b}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice(["wa_ios_fi", "wa_and_fi"] if language == "fi" else ["wa_ios_uk", "imessage"]))
    ac = "[" + word + "]"
    own = s.hand
    s.hand = "plain"
    chat.turn(s, R.choice(bank["s"]).replace("{AC}", ac), ppl, "autocorrected name")
    chat.turn(b, R.choice(bank["b"]).replace("{AW}", ac), ppl, "autocorrected name")
    chat.turn(s, R.choice(bank["fix"]).replace("{AW}", ac), ppl, "autocorrected name")
    if R.random() < 0.6:
        filler_turns(chat, language, [b, s], ppl, 1)
    s.hand = own
    w.by(s).line(R.choice(bank["outro"]).replace("{AW}", ac), ppl, "autocorrected name")


PATHS = {
    "fi": {"intro": ["Hei, läppäri heittää näitä virheitä, kopioin ne tähän:\n", "Moi, OneDrive ei synkkaa. Virheet:\n",
                     "Tervehdys! Uusi kone, vanhat tiedostot ei siirtyneet. Alla polut:\n"],
           "own": [r"- Tiedostoa C:\Users\{user:s}\OneDrive - Firma "
                   r"Oy\Työpöytä\{s.g|nohand}_{s.s|nohand}_matkalasku.xlsx "
                   r"ei löydy", r"- Pääsy estetty: \\tiedosto01\home$\{user:s}",
                   r"- Outlook: C:\Users\{user:s}\AppData\Local\Microsoft\Outlook\{email:s}.ost on vioittunut",
                   r"- palvelimella: /home/{user:s}/.ssh/id_ed25519: Permission denied",
                   r"- Macilla: /Users/{user:s}/Library/Group Containers/UBF8T346G9.Office ei voi kirjoittaa",
                   r"- Kirjautunut käyttäjä: FIRMA\{user:s} (kone {L:host})",
                   r"- C:\Users\{user:s}\Pictures\Kuvakaappaukset\{L:file} puuttuu",
                   r"- OneDrive-kansio ”OneDrive - Firma Oy” on kadonnut, tilalla C:\Users\{user:s}.FIRMA",
                   r"- VPN: käyttäjä {user:s}, osoite {ip:s}, yhteys katkeaa minuutin välein"],
           "other": [r"Myös {a.gs.gen} koneella sama: "
                     r"C:\Users\{user:a}\Downloads\palkkalaskelma_{a.s|nohand,lower}_11_2026.pdf ei aukea.",
                     r"{a.g} sanoi että hänen kotikansionsa \\tiedosto01\home$\{user:a} näkyy tyhjänä.",
                     r"{a.gs.gen} skripti viittaa polkuun /home/{user:a}/bin/varmuuskopio.sh, joka puuttuu."],
           "anon": ["- {L:path} puuttuu", "- väliaikaiskansio {L:path} on täynnä"],
           "sign": ["\n\nTerveisin {s.gs}\n{phone:s}", "\n\n{s.g}, {phone:s}", "\n\nKiitos! {s.gs}"]},
    "en": {"intro": ["Hi, the laptop throws these errors, pasting them here:\n",
    "Hello, OneDrive won't sync. Errors:\n",
                     "Hi! New laptop, old files didn't migrate. Paths below:\n"],
           "own": [r"- Can't find C:\Users\{user:s}\OneDrive - Contoso\Desktop\{s.g|nohand}_{s.s|nohand}_expenses.xlsx",
                   r"- Access denied: \\fs01\home$\{user:s}",
                   r"- Outlook: C:\Users\{user:s}\AppData\Local\Microsoft\Outlook\{email:s}.ost is corrupt",
                   r"- on the server: /home/{user:s}/.ssh/id_ed25519: Permission denied",
                   r"- Mac: /Users/{user:s}/Library/Group Containers/UBF8T346G9.Office is read-only",
                   r"- Signed in as CONTOSO\{user:s} (machine {L:host})",
                   r"- C:\Users\{user:s}\Pictures\Screenshots\{L:file} is missing",
                   r"- the OneDrive folder is gone, there's C:\Users\{user:s}.CONTOSO instead",
                   r"- VPN: user {user:s}, address {ip:s}, drops every minute"],
           "other": [r"Same on {a.g|poss} laptop: C:\Users\{user:a}\Downloads\payslip_{a.s|nohand,lower}_Nov2026.pdf "
                     r"won't open.",
                     r"{a.g} says their home folder \\fs01\home$\{user:a} shows empty.",
                     r"{a.g|poss} script points at /home/{user:a}/bin/backup.sh which is gone."],
           "anon": ["- {L:path} missing", "- temp folder {L:path} is full"],
           "sign": ["\n\nRegards, {s.gs}\n{phone:s}", "\n\n{s.g}, {phone:s}", "\n\nThanks! {s.gs}"]},
    "sv": {"intro": ["Hej, datorn ger de här felen, klistrar in dem:\n", "Hej, OneDrive synkar inte. Felen:\n"],
           "own": [r"- Hittar inte C:\Users\{user:s}\OneDrive - "
                   r"Företaget\Skrivbord\{s.g|nohand}_{s.s|nohand}_reseräkning.xlsx",
                   r"- Åtkomst nekad: \\filserver\home$\{user:s}",
                   r"- Outlook: C:\Users\{user:s}\AppData\Local\Microsoft\Outlook\{email:s}.ost är skadad",
                   r"- på servern: /home/{user:s}/.ssh/id_ed25519: Permission denied",
                   r"- Inloggad som FORETAG\{user:s} (dator {L:host})",
                   r"- C:\Users\{user:s}\Pictures\Skärmbilder\{L:file} saknas"],
           "other": [r"Samma på {a.g.gen} dator: "
                     r"C:\Users\{user:a}\Downloads\lonebesked_{a.s|nohand,lower}_nov2026.pdf öppnas inte.",
                     r"{a.g} säger att hemmappen \\filserver\home$\{user:a} är tom."],
           "anon": ["- {L:path} saknas"],
           "sign": ["\n\nHälsningar {s.gs}\n{phone:s}", "\n\n/{s.g}, {phone:s}"]},
}


def paths(w, language, s):
    bank = PATHS[language]
    a, = cast(language, 1, s)
    ppl = {"s": s, "a": a}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    w.by(None)
    lines = pick(bank["own"], R.randint(3, 5)) + pick(bank["anon"], 1)
    R.shuffle(lines)
    for line in lines:
        w.line(line, ppl).say("\n", raw=True)
    if R.random() < 0.7:
        w.say("\n", raw=True).by(s).line(R.choice(bank["other"]), ppl)
    filler_lines(w.by(s), language, ppl, R.randint(1, 2))
    w.by(s).line(R.choice(bank["sign"]), ppl)


FILES = {
    "fi": {"intro": ["Moi, tiedostot ei aukea puhelimella. Tässä meidän chatti:\n\n",
                     "Hei, jaetut linkit ja liitteet ei toimi, esimerkit alla:\n\n"],
           "b": ["laitoin sulle {b.g|nohand}_{b.s|nohand}_CV_2026.pdf, kato onks ok",
                 "tässä linkki: https://www.dropbox.com/home/Jaetut/{b.s|nohand}_{b.g|nohand}_todistus.pdf",
                 "mun LinkedIn: linkedin.com/in/{slug:b}",
                 "palkkalaskelma_{b.s|nohand,lower}_marraskuu.pdf ei aukee puhelimella",
                 "{L:file} on se kuva", "lähetin myös {b.g|nohand}{b.s|nohand}.vcf"],
           "a": ["sain tiedoston {b.g|nohand}{b.s|nohand}.vcf mut puhelin ei tunnista",
           "@{b.g} sun linkki vaatii kirjautumisen",
                 "instagram.com/{handle:a} tuolla on kuvat",
                 "{a.g} lähettää vielä {a.g|nohand}_{a.s|nohand}_todistus_skannattu.pdf",
                 "mun profiili: https://www.linkedin.com/in/{slug:a}/", "{L:file} ja {L:file} tuli, muut ei"],
           "s": ["kysyn IT:ltä miks ei aukee", "{b.g} lähetä meilillä {email:b}", "{a.n} kokeile uudestaan"],
           "outro": ["\n\nEli liitteet kuten {b.g|nohand}_{b.s|nohand}_CV_2026.pdf eivät aukea työpuhelimen "
                     "Outlookissa. "
                     "Mikä avuksi? {s.gs}", "\n\nVoisitteko katsoa? Työpuhelimeni numero {phone:s}. {s.g}"]},
    "en": {"intro": ["Hi, attachments don't open on the phone. Here's our chat:\n\n",
                     "Hello, shared links and a recruiter's files don't work, examples below:\n\n"],
           "b": ["sent you {b.g|nohand}_{b.s|nohand}_CV_2026.pdf, have a look", "link: "
                 "https://www.dropbox.com/home/Shared/{b.s|nohand}_{b.g|nohand}_references.pdf",
                 "my LinkedIn: linkedin.com/in/{slug:b}",
                 "payslip_{b.s|nohand,lower}_November.pdf wont open on my phone",
                 "{L:file} is the photo", "also sent {b.g|nohand}{b.s|nohand}.vcf"],
           "a": ["got {b.g|nohand}{b.s|nohand}.vcf but the phone doesn't recognise it",
           "@{b.g} your link needs a login",
                 "pics are on instagram.com/{handle:a}",
                 "{a.g} will send {a.g|nohand}_{a.s|nohand}_certificate_scan.pdf",
                 "my profile: https://www.linkedin.com/in/{slug:a}/", "{L:file} and {L:file} arrived, the rest didn't"],
           "s": ["I'll ask IT why it won't open", "{b.g} email it to {email:b}", "{a.n} try again"],
           "outro": ["\n\nSo attachments like {b.g|nohand}_{b.s|nohand}_CV_2026.pdf don't open in Outlook on the work "
                     "phone. Any idea? {s.gs}", "\n\nCould you have a look? My work number is {phone:s}. {s.g}"]},
}


def files_links(w, language, s):
    bank = FILES[language]
    a, b = hands(language, *cast(language, 2, s))
    s.contact = R.choice(["full", "given"])
    ppl = {"s": s, "a": a, "b": b}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice(["wa_ios_fi", "teams_fi", "telegram_fi"] if language == "fi" else ["wa_ios_uk",
                             "teams_en"]))
    script = [(x, line) for x in "abs" for line in pick(bank[x], 2 if x != "s" else 1)]
    R.shuffle(script)
    run_chat(chat, language, script, ppl, R.randint(1, 3))
    w.by(s).line(R.choice(bank["outro"]), ppl)


WIFI = {
    "fi": {"intro": ["Hei, etätyöt ei onnistu koska wifi temppuilee. Tilanne:\n",
                     "Moi! Kotiverkko pätkii ja VPN katkeaa. Kokeilin näitä:\n", "Hei, mökillä ei saa yhteyttä:\n"],
           "items": ["- kotiverkko {L:ssid} näkyy, salasana on {pw:s:wifi} mut läppäri ei yhdistä",
                     "- naapuri {b.gs} antoi luvan käyttää verkkoaan ({L:ssid}), salasana {pw:b:wifi}",
                     "- jaoin yhteyden puhelimesta, se näkyy nimellä ”{s.g.gen|nohand} iPhone”",
                     "- {a.g.gen} puhelimen hotspot näkyy nimellä ”Galaxy S24 ({a.g|nohand})”, siihen yhdistää",
                     "- toimiston vierasverkon salasana seinällä on {pw:o:wifi}", "- reititin on [Zyxel EX5601]",
                     "- {L:ssid} ja {L:ssid} näkyy myös", "- mokkulan nimi on ”{s.s.gen|nohand} mokkula” eikä yhdistä",
                     "- kännykkä yhdistää verkkoon {L:ssid} mutta kone ei", "- koneen IP-osoite on {ip:s}"],
           "sign": ["\n\nSoitelkaa {phone:s}. {s.gs}", "\n\n{s.g} ({phone:s})", "\n\nt. {s.gs}, {email:s}"]},
    "en": {"intro": ["Hi, can't work from home, the wifi keeps dropping. Where I am:\n",
                     "Hello! Home network cuts out and the VPN drops. I tried:\n", "Hi, no connection at the hotel:\n"],
           "items": ["- home network {L:ssid} shows, password is {pw:s:wifi} but the laptop won't join",
                     "- my neighbour {b.gs} let me use theirs ({L:ssid}), password {pw:b:wifi}",
                     "- shared from my phone, it shows as '{s.g|nohand,poss} iPhone'",
                     "- {a.g|poss} hotspot shows as 'Galaxy S24 ({a.g|nohand})', that one connects",
                     "- the guest wifi password on the office wall is {pw:o:wifi}", "- router is a [BT Smart Hub 2]",
                     "- {L:ssid} and {L:ssid} also show", "- the phone joins {L:ssid} but the laptop doesn't"],
           "sign": ["\n\nCall me on {phone:s}. {s.gs}", "\n\n{s.g} ({phone:s})", "\n\nthanks, {s.gs}, {email:s}"]},
    "sv": {"intro": ["Hej, distansjobbet funkar inte för wifi strular. Läget:\n",
    "Hej! Hemnätet bryts och VPN går ner:\n"],
           "items": ["- hemnätet {L:ssid} syns, lösenordet är {pw:s:wifi} men datorn ansluter inte",
                     "- grannen {b.gs} lät mig använda sitt nät ({L:ssid}), lösenord {pw:b:wifi}",
                     "- delade från telefonen, den syns som ”{s.g.gen|nohand} iPhone”",
                     "- {a.g.gen} hotspot syns som ”Galaxy S24 ({a.g|nohand})”, den funkar",
                     "- gästnätets lösenord på kontorsväggen är {pw:o:wifi}", "- {L:ssid} och {L:ssid} syns också"],
           "sign": ["\n\nRing {phone:s}. {s.gs}", "\n\n/{s.g} ({phone:s})"]},
}


def organisation():
    """An office, a housing company or a club: no name of its own, its numbers and codes a third party's."""
    return Person("", "", "org", "FI")


def wifi(w, language, s):
    bank = WIFI[language]
    a, b = cast(language, 2, s)
    ppl = {"s": s, "a": a, "b": b, "o": organisation()}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    for line in pick(bank["items"], R.randint(4, 6)):
        w.line(line, ppl).say("\n", raw=True)
    filler_lines(w, language, ppl, R.randint(1, 2))
    w.line(R.choice(bank["sign"]), ppl)


PARTY = {
    "fi": {"intro": ["Moi, meidän yllätysjuhlien Teams-kanava näkyy vahingossa myös {a.g.all}. Voiko sen piilottaa? "
                     "Viestit alla:\n\n", "Hei, ilmoittautumislomake {a.g.gen} läksiäisiin ei toimi. Chatti:\n\n",
                     "Moi tuki! Kysymys Teams-kanavan oikeuksista, alla keskustelu:\n\n"],
           "lines": ["{a.g.gen} läksiäiset {L:day} {L:time}, paikka [Ravintola Sävel] {E} "
                     "#{a.g.gen|nohand,lower}läksiäiset",
                     "ilmoittautumisessa on joku kirjottanu [Matti Meikäläinen] lol",
                     "lahjarahat MobilePaylla {phone:c} tai "
                     "tilille {iban:c}, {c.g} kerää", "#kiitos{a.g|nohand} {E}",
                     "#team{a.s|nohand} ja #{a.n|nohand,lower}",
                     "@{a.g} et sä saa lukea tätä!!", "menu {L:price}/hlö, juomat omalla", "{L:bus} [Hakaniemestä] "
                     "lähtee {L:time}", "{b.n} tuotko kaiuttimen?", "{d.g} ja {b.g} hoitaa koristeet",
                     "{L:hashtag} {E}", "lomakkeessa {L:placeholder} on vaan esimerkki, kirjottakaa oma nimi",
                     "kortti kiertää, {d.n} allekirjotti jo", "{a.g.all} lahjaksi {L:product}?",
                     "sanokaa {a.s.all} että palaveri on {L:time}, ettei arvaa mitään",
                     "puhutaan {a.g.ela} vaan tässä ryhmässä", "ottakaa yhteyttä {c.gs.ill} lahjasta",
                     "{a.g} on mun puhelimessa {a.n.ess}, en meinannu löytää"],
           "outro": ["\n\nVoisitteko poistaa {a.gs.gen} käyttäjän ({user:a}) kanavalta perjantaihin asti? {s.gs}",
                     "\n\nKiitos avusta! {s.g}, {phone:s}"]},
    "en": {"intro": ["Hi, our surprise party Teams channel is visible to {a.g} by mistake. Can it be hidden? "
                     "Messages below:\n\n", "Hello, the sign-up form for {a.g|poss} leaving do is broken. Chat:\n\n"],
           "lines": ["{a.g|poss} leaving do {L:day} {L:time} at [The Crown & Anchor] {E} #{a.g|nohand}sLeavingDo",
                     "someone signed up as [John Doe] lol", "money for the gift via PayPal to {email:c} or account "
                     "{iban:c}, {c.g} is collecting", "#thanks{a.g|nohand} {E}", "#team{a.s|nohand}",
                     "@{a.g} you can't read this!!", "menu {L:price} per head, drinks extra", "{L:bus} leaves at "
                     "{L:time}", "{b.n} can you bring the speaker?", "{d.g} and {b.g} do the decorations",
                     "{L:hashtag} {E}", "in the form {L:placeholder} is just an example, put your own name",
                     "card's going round, {d.n} signed already", "a {L:product} for {a.g}?",
                     "tell {a.s} the meeting is at {L:time} so they suspect nothing"],
           "outro": ["\n\nCould you remove {a.g|poss} account ({user:a}) from the channel until Friday? {s.gs}",
                     "\n\nThanks! {s.g}, {phone:s}"]},
}


def party(w, language, s):
    bank = PARTY[language]
    a, b, c, d = hands(language, *cast(language, 4, s))
    for p in (s, b, c, d):
        p.contact = R.choice(["full", "full", "rev", "given"])
    ppl = {"s": s, "a": a, "b": b, "c": c, "d": d}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice(["teams_fi", "wa_and_fi"] if language == "fi" else ["teams_en", "wa_us"]))
    for line in pick(bank["lines"], R.randint(6, 8)):
        speak(chat, line, "sbcd", ppl)
    w.by(s).line(R.choice(bank["outro"]), ppl)


GLUED = {
    "fi": {"intro": ["Moi, kesätyöporukan ryhmästä kopioitu, ovikoodi ja wifi ei toimi taukotilassa:\n\n",
                     "moi tässä meiän festariporukan chatti, lukekaa niin tajuutte\n\n"],
           "lines": ["moikkuu{a.n}{E} mis sä oot", "kiitti{b.g}!! pelastit päivän", "{c.n.gen}kans ois asiaa",
                     "oon {a.g.gen}kaa {L:bus}", "{a.g} {E} {a.s} sano et koodi on vaihtunu",
                     "{b.s.all|br} pitää kertoo et ovikoodi ei toimi", "ootteks nähny {c.n.par}?",
                     "{a.n.ade~} on mun laturi",
                     "[jonnet] pelaa taas [Fortnitea] taukotilas", "älä oo [pelle] {b.n}", "{d.g|lower}{E}{E}",
                     "@{d.n} tuu tänne", "{b.n.all+kin} pitää kertoo", "{c.g.gen}kaa vaihoin vuoroo", "{a.n}{E}{E}{E}",
                     "#{a.g.gen|nohand,lower}synttärit tänää!!", "hei{d.g} sä unohit avaimet", "{b.g} {E}\n{b.s} "
                     "soitti et tulee myöhään", "taukotilan wifi {L:ssid} on taas alhaalla", "{L:slang} kysy et mikä "
                     "tän wifin salis on", "{d.n.abl~} kysyin, se ei tiiä", "{c.n}: mun nro {phone:c}",
                     "luotan {b.n.ill} tässä", "vaihdoin {c.g.gen} nimen puhelimeen {c.n.tra}"],
           "outro": ["\n\neli taukotilan wifi ja ovet, soittakaa {phone:s} t. {s.g}",
                     "\n\nVoisitteko tarkistaa taukotilan verkon? {s.gs}, {phone:s}"]},
    "sv": {"intro": ["Hej, från sommarjobbarnas grupp, dörrkoden och wifi funkar inte i fikarummet:\n\n",
                     "tja här är festivalgängets chatt, läs så fattar ni\n\n"],
           "lines": ["tjaa{a.n}{E} var e du", "tack{b.g}!! räddade dagen", "måste snacka me {c.n}",
                     "e me {a.g} på {L:bus}", "{a.g} {E} {a.s} sa att koden har bytts",
                     "{b.s|br} måste få veta att dörrkoden inte funkar", "har ni sett {c.n}?", "{a.n} har min laddare",
                     "[Svenne] kommer inte ihåg koden", "{d.g|lower}{E}{E}", "@{d.n} kom hit", "{a.n}{E}{E}{E}",
                     "#{a.g.gen|nohand,lower}kalas idag!!", "hej{d.g} du glömde nycklarna", "{b.g} {E}\n{b.s} ringde "
                     "att hen blir sen", "wifi i fikarummet {L:ssid} e nere igen", "{L:slang} frågade vad lösenordet e",
                     "{c.n}: mitt nr {phone:c}"],
           "outro": ["\n\nalltså wifi och dörrar i fikarummet, ring {phone:s} /{s.g}",
                     "\n\nKan ni kolla nätet i fikarummet? {s.gs}, {phone:s}"]},
}


def slang_glued(w, language, s):
    bank = GLUED[language]
    a, b, c, d = hands(language, *cast(language, 4, s))
    for p in (s, a, b, c, d):
        p.contact = R.choice(["given", "nick", "emoji", "lower", "full"])
        p.hand = R.choice(["lower", "lower", "lower sloppy", "lower ascii", "plain"])
    ppl = {"s": s, "a": a, "b": b, "c": c, "d": d}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice(["wa_and_fi", "messenger_fi", "signal_fi"] if language == "fi" else ["wa_ios_fisv",
                                                                                                  "wa_and_sv"]))
    for line in pick(bank["lines"], R.randint(7, 10)):
        speak(chat, line, "sabcd", ppl)
    w.by(s).line(R.choice(bank["outro"]), ppl)


SPLIT = {
    "fi": {"intro": ["Moi, lisäisittekö {b.gs.gen} numeron Teams-puhelinluetteloon? Hän lähetti sen chattiin kahdessa "
                     "osassa:\n\n", "Hei, uuden työntekijän numero, kopioin keskustelun koska se meni vähän "
                     "sekaisin:\n\n"],
           "a": ["{b.n} laita sun numero niin lisään sut ryhmään", "tuliks siitä kaikki? näyttää lyhyeltä",
                 "okei lisätty {E}", "{c.g} laita sunki"],
           "b2": ["sori, {wrong:b} eiku ei", "ups {wrong:b} oli väärin", "kirjotin äsken {wrong:b} mut se on väärin"],
           "b3": ["oikee on {phone:b}", "tässä koko: {phone:b}", "{phone:b} tää on oikein"],
           "c": ["mun on {phone:c}", "{a.n} mun numero on {phone:c}", "mä oon {phone:c}"],
           "outro": ["\n\nOikea numero siis {phone:b} ({b.gs}). Kiitos, {s.g}",
                     "\n\n{b.gs}: {phone:b}, {c.gs}: {phone:c}. Lisätkää luetteloon kiitos. {s.gs}"]},
    "en": {"intro": ["Hi, could you add {b.g|poss} number to the Teams directory? {b?She/He} sent it in two messages:\n\n",
                     "Hello, new starter's number, pasting the chat as it got a bit muddled:\n\n"],
           "a": ["{b.n} send your number and I'll add you", "is that all of it? looks short", "ok added {E}",
                 "{c.g} send yours too"],
           "b2": ["sorry, {wrong:b} no wait", "oops {wrong:b} was wrong", "I typed {wrong:b} before but that's wrong"],
           "b3": ["correct one is {phone:b}", "here's all of it: {phone:b}", "{phone:b} this is right"],
           "c": ["mine is {phone:c}", "{a.n} my number is {phone:c}", "I'm on {phone:c}"],
           "outro": ["\n\nSo the right number is {phone:b} ({b.gs}). Thanks, {s.g}",
                     "\n\n{b.gs}: {phone:b}, {c.gs}: {phone:c}. Please add them. {s.gs}"]},
    "sv": {"intro": ["Hej, kan ni lägga till {b.gs.gen} nummer i Teams-katalogen? Hen skickade det i två delar:\n\n",
                     "Hej, nya medarbetarens nummer, chatten blev lite rörig:\n\n"],
           "a": ["{b.n} skicka ditt nummer så lägger jag till dig", "kom allt med? ser kort ut", "ok tillagd {E}",
                 "{c.g} skicka ditt också"],
           "b2": ["sorry, {wrong:b} nej vänta", "oj {wrong:b} var fel", "skrev {wrong:b} nyss men det är fel"],
           "b3": ["rätt är {phone:b}", "hela: {phone:b}", "{phone:b} det här är rätt"],
           "c": ["mitt är {phone:c}", "{a.n} mitt nummer är {phone:c}"],
           "outro": ["\n\nRätt nummer alltså {phone:b} ({b.gs}). Tack, {s.g}",
                     "\n\n{b.gs}: {phone:b}, {c.gs}: {phone:c}. Lägg till dem tack. {s.gs}"]},
}


def phone_split(w, language, s):
    bank = SPLIT[language]
    a, b, c = hands(language, *cast(language, 3, s))
    country = R.choice(FIXED)
    b.number = (country, nsn(country))
    s.contact = R.choice(["full", "given"])
    ppl = {"s": s, "a": a, "b": b, "c": c}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice({"fi": ["wa_ios_fi", "wa_and_fi", "teams_fi"], "en": ["wa_ios_uk", "wa_us", "teams_en"],
                             "sv": ["wa_ios_sv", "wa_ios_fisv"]}[language]))
    chat.turn(a, bank["a"][0], ppl)
    chat.turn(b, "{split1:b}", ppl, "split")
    chat.turn(b, "{split2:b}", ppl, "split")
    chat.turn(a, bank["a"][1], ppl)
    chat.turn(b, R.choice(bank["b2"]), ppl)
    chat.turn(b, R.choice(bank["b3"]), ppl)
    if R.random() < 0.6:
        filler_turns(chat, language, [a, c], ppl, 1)
    chat.turn(a, R.choice(bank["a"][2:]), ppl)
    chat.turn(c, R.choice(bank["c"]), ppl)
    w.by(s).line(R.choice(bank["outro"]), ppl)


PARCEL = {
    "fi": {"intro": ["Hei, uusi työläppäri ei tullut perille. Tässä mitä tiedän:\n",
                     "Moi, toimitus on sekaisin, kokosin viestit tähän:\n"],
           "items": ["Tilaus {L:order}: [ThinkPad T14] piti tulla {L:day}. Seurantakoodi {L:parcel}.",
                     "Tekstari numerosta {L:shortcode}: ”Lähetyksesi {L:parcel} on noudettavissa automaatista "
                     "[K-Market "
                     "Kalevanpuisto]. Noutokoodi lähetetään erikseen.”",
                     "Kuljettaja {c.g} soitti numerosta {phone:c} ja sanoi ettei ovikoodi toimi.",
                     "Vastaanottajaksi oli merkitty {a.gs} eikä minä, vaikka tilasin itse.",
                     "{a.g.gen} numero {phone:a} oli tilauksessa väärin, pitäisi olla minun {phone:s}.",
                     "[DB Schenker] sanoi että paketti palautuu {L:day}.",
                     "Tilausvahvistuksessa nimi on ”{s.g|nohand} {s.s|typo,nohand}” eli sukunimi väärin.",
                     "Toinen paketti {L:parcel} ({L:product}) tuli [Matkahuollon] kautta {L:day}.",
                     "Kuriirin viesti: ”Hei {s.g|nohand}, olen {c.g|nohand} [DHL]:ltä, tuon paketin {L:time}”"],
           "sign": ["\n\nTerveisin {s.gs}, {phone:s}", "\n\n{s.g}", "\n\nKiitos, {s.gs} ({email:s})"]},
    "en": {"intro": ["Hi, my new work laptop and my travel booking are both a mess. What I know:\n",
                     "Hello, the delivery went wrong and I'm flying out, notes below:\n"],
           "items": ["Order {L:order}: [ThinkPad T14] was due {L:day}. Tracking {L:parcel}.",
                     "Text from {L:shortcode}: 'Your parcel {L:parcel} is ready at the [InPost] locker [Tesco Extra]. "
                     "Code to follow.'", "Driver {c.g} rang from {phone:c} saying the door code doesn't work.",
                     "The recipient was {a.gs}, not me, though I ordered it.",
                     "{a.g|poss} number {phone:a} was on the order by mistake, it should be mine {phone:s}.",
                     "My flight is {L:flight} on {L:day} at {L:time}, then {L:bus} to the office.",
                     "The confirmation says '{s.g|nohand} {s.s|typo,nohand}' so the surname is misspelt.",
                     "Second parcel {L:parcel} ({L:product}) came via [Evri] on {L:day}.",
                     "Courier text: 'Hi {s.g|nohand}, I'm {c.g|nohand} from [DPD], delivering at {L:time}'",
                     "Hotel wifi is {L:ssid}, seat {L:seat} on the plane, gate {L:gate}."],
           "sign": ["\n\nRegards, {s.gs}, {phone:s}", "\n\n{s.g}", "\n\nThanks, {s.gs} ({email:s})"]},
}


def parcel_chat(w, language, s):
    bank = PARCEL[language]
    a, c = cast(language, 2, s)
    ppl = {"s": s, "a": a, "c": c}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    for line in pick(bank["items"], R.randint(5, 7)):
        w.say("\n", raw=True).line(line, ppl)
    filler_lines(w, language, ppl, R.randint(1, 2))
    w.line(R.choice(bank["sign"]), ppl)


GAMING = {
    "fi": {"intro": ["Hei, lapseni {a.g.gen} pelitili on kaapattu ja se on kirjautunut työläppärilleni. Tiedot:\n",
                     "Moi, {a?tyttäreni/poikani} {a.g.gen} pelitunnus on viety, ja kortiltani on veloitettu. Kokosin "
                     "tähän:\n"],
           "items": ["- pelinimi {handle:a}, klaani {L:clan}", "- [Epic Games] -tilin sähköposti {email:a}",
                     "- kortiltani {card:s} veloitettiin {L:price} [V-Bucksseja]", "- vanha salasana oli {pw:a}",
                     "- kaverit {b.g} ja {c.g} saivat viestin jossa pyydettiin [Robux]-koodeja",
                     "- [Discordissa] joku ”{handle:b}” lähetti linkin", "- lobbykoodi {L:lobby}, peli {L:game}",
                     "- {b.gs.gen} äiti soitti minulle numerosta {phone:b}",
                     "- hahmon nimi pelissä on [Steve], ei mitään nimeä",
                     "- [PlayStation Network] ilmoitti kirjautumisesta {L:day} {L:time}"],
           "sign": ["\n\nVoiko työkoneen tarkistaa? {s.gs}, {phone:s}", "\n\n{s.g} ({phone:s})"]},
    "en": {"intro": ["Hi, my kid {a.g|poss} game account was hijacked and it's signed in on my work laptop. Details:\n",
                     "Hello, my {a?daughter's/son's} gamer tag was stolen and my card was charged. Summary:\n"],
           "items": ["- gamer tag {handle:a}, clan {L:clan}", "- [Epic Games] account email {email:a}",
                     "- my card {card:s} was charged {L:price} for [V-Bucks]", "- the old password was {pw:a}",
                     "- friends {b.g} and {c.g} got messages asking for [Robux] codes",
                     "- on [Discord] someone called '{handle:b}' sent a link", "- lobby code {L:lobby}, game {L:game}",
                     "- {b.g|poss} mum rang me from {phone:b}", "- the character is called [Steve], not a name",
                     "- [Xbox Live] flagged a sign-in on {L:day} at {L:time}"],
           "sign": ["\n\nCan you check the work laptop? {s.gs}, {phone:s}", "\n\n{s.g} ({phone:s})"]},
    "sv": {"intro": ["Hej, mitt barn {a.g.gen} spelkonto är kapat och inloggat på min jobbdator. Uppgifter:\n"],
           "items": ["- spelnamn {handle:a}, klan {L:clan}", "- [Epic Games]-kontots e-post {email:a}",
                     "- mitt kort {card:s} drogs {L:price} för [V-Bucks]", "- gamla lösenordet var {pw:a}",
                     "- kompisarna {b.g} och {c.g} fick meddelanden om [Robux]-koder",
                     "- på [Discord] skickade någon ”{handle:b}” en länk", "- lobbykod {L:lobby}, spel {L:game}"],
           "sign": ["\n\nKan ni kolla jobbdatorn? {s.gs}, {phone:s}"]},
}


def gaming(w, language, s):
    bank = GAMING[language]
    a, = family(language, 1, s)
    b, c = cast(language, 2, s, a)
    ppl = {"s": s, "a": a, "b": b, "c": c}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    for line in pick(bank["items"], R.randint(4, 6)):
        w.line(line, ppl).say("\n", raw=True)
    filler_lines(w, language, ppl, R.randint(1, 2))
    w.line(R.choice(bank["sign"]), ppl)


SMART = {
    "fi": {"intro": ["Hei, {a?äitini/isäni} {a.gs} sai työpaikalta [Google Nest Mini] -kaiuttimen etähoitoa varten. "
                     "Historia:\n",
                     "Moi, {a?äitini/isäni} {a.gs} kotiavustin soittaa vääriin numeroihin. Sovelluksen loki:\n"],
           "items": ["”Hei Google, soita {b.g.all}” → ”Soitan kontaktille {b.gs}” → yhteys katkesi",
                     "”Hei Google, soita {c.gs.all}” → ”En löydä yhteystietoa”",
                     "”[Alexa], soita {b.g.all}” → ei vastausta ([Alexa] ei ole edes meillä)",
                     "{b.gs.gen} numero {phone:b} on yhteystiedoissa kahdesti", "[Siri] vastaa vaikka kukaan ei puhu",
                     "[Polestar 2] -sovellus pyytää {a.g.gen} tunnusta {email:a}",
                     "kaiutin sanoo ”Hei {a.g|nohand}” keskellä yötä", "{c.g.gen} numero oli {phone:c}, nyt se soittaa "
                     "[Cortanalle]?", "[Echo Dot] ja [Google Nest Mini] kuulevat toisensa"],
           "sign": ["\n\nSoittakaa minulle {phone:s}. {s.gs}", "\n\nKiitos, {s.g}"]},
    "en": {"intro": ["Hi, my {a?mum/dad} {a.gs} got a [Google Nest Mini] from work for remote care. History:\n",
                     "Hello, my {a?mum/dad} {a.gs}'s smart speaker rings the wrong people. App log:\n"],
           "items": ["'Hey Google, call {b.g}' → 'Calling {b.gs}' → dropped", "'Hey Google, call {c.gs}' → 'I can't "
                     "find that contact'", "'[Alexa], call {b.g}' → nothing ([Alexa] isn't even ours)",
                     "{b.g|poss} number {phone:b} is in contacts twice", "[Siri] answers when nobody speaks",
                     "the [Polestar 2] app asks for {a.g|poss} login {email:a}",
                     "the speaker says 'Hi {a.g|nohand}' in the middle of the night",
                     "{c.g|poss} number was {phone:c}, now it calls [Cortana]?",
                     "[Echo Dot] and [Nest Mini] hear each other"],
           "sign": ["\n\nCall me on {phone:s}. {s.gs}", "\n\nThanks, {s.g}"]},
}


def smart_home(w, language, s):
    bank = SMART[language]
    a, = family(language, 1, s)
    b, c = cast(language, 2, s, a)
    ppl = {"s": s, "a": a, "b": b, "c": c}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    for line in pick(bank["items"], R.randint(4, 6)):
        w.line("- " + line, ppl, line).say("\n", raw=True)
    filler_lines(w, language, ppl, R.randint(1, 2))
    w.line(R.choice(bank["sign"]), ppl)


def travel(w, language, s):
    a, b = cast(language, 2, s)
    ppl = {"s": s, "a": a, "b": b}
    lines = ["Hei, kollegani {a.gs} on jumissa [Riiassa], lento {L:flight} peruttiin ja hänen työpuhelimensa "
             "roaming ei toimi.", "Hän soitti minulle paikallisesta numerosta {phone:a}.",
             "Hotellin wifi {L:ssid} ei päästä VPN:ää läpi, joten {a.g} ei pääse sähköpostiin.",
             "Uusi lento on {L:flight} {L:day} {L:time}, istumapaikka {L:seat}.",
             "Matkatoimiston yhteyshenkilö on {b.gs}, {phone:b}.", "Lentokentälle pääsee {L:bus}.",
             "{a.g.gen} oma numero on {phone:a}, mutta se ei toimi ulkomailla.",
             "Hän pyysi, että soitatte {b.g.all}, jos ette tavoita häntä.",
             "Matkalasku {a.g|nohand}_{a.s|nohand}_matka_12-2026.pdf on liitteenä."]
    w.by(s)
    for line in [lines[0]] + pick(lines[1:], R.randint(4, 6)):
        w.line(line, ppl).say(" " if R.random() < 0.6 else "\n", raw=True)
    filler_lines(w, "fi", ppl, R.randint(1, 2))
    w.line(R.choice(["\n\nTerveisin {s.gs}", "\n\n{s.g}, {phone:s}"]), ppl)


def school_parents(w, language, s):
    kid, = family(language, 1, s)
    a, b, c, t = cast(language, 4, s, kid)
    ka, kb = cast(language, 2, s, kid, a, b, c, t, origin="fi")
    ka.surname, kb.surname = a.surname, b.surname
    hands(language, a, b, c)
    s.contact = R.choice(["full", "given"])
    ppl = {"s": s, "k": kid, "a": a, "b": b, "c": c, "t": t, "x": ka, "y": kb}
    w.by(s).line(R.choice(["Hei, Wilma-viestit eivät tule perille. Luokan vanhempien WhatsApp-ryhmästä näkee, että "
                           "vika on monella:\n\n",
                           "Moi, vanhempien ryhmässä on ihmetelty kirjautumista, kopioin viestit:\n\n",
                           "Hei koulun IT-tuki, alla 4B:n vanhempien chatti:\n\n"]), ppl)
    chat = Chat(w, R.choice(["wa_and_fi", "wa_ios_fi"]))
    lines = [("a", "Onko muilla ongelmia Wilman kanssa? {x.g} ei nää läksyjä"), ("b",
              "{y.g.gen} {b?äiti/isä} tässä, meillä sama"),
             ("c", "opettaja {t.gs} sanoi että viestit menee väärään osoitteeseen"),
             ("s", "{k.g} sai viestin mut minä en"), ("c", "luokkaretken rahat tilille {iban:c}, viestiksi lapsen nimi "
                                                           "esim. [Matti Meikäläinen]"),
             ("a", "retki {L:day}, {L:bus} koululta {L:time}"), ("b", "{c.gs} kerää rahat, numero {phone:c}"),
             ("a", "{y.g} ja {x.g} on samassa ryhmässä {E}"), ("s", "{t.g.all} voi laittaa viestiä {email:t}"),
             ("b", "@{a.g} saitko {t.g.abl} vastauksen?"), ("c", "{k.g.gen} ja {x.g.gen} kuvat on {L:file}"),
             ("a", "{t.s} on sairaana {L:day}, sijainen tulee"), ("s", "tein tiketin kaupungin IT:lle"),
             ("b", "lomakkeen esimerkissä lukee [Maija Meikäläinen], täyttäkää oma"),
             ("c", "{y.g|lower} unohti kenkäpussin {E}"), ("a", "ottakaa yhteyttä {t.gs.ill} suoraan"),
             ("b", "puhuttiin {t.s.ela} vanhempainillassa")]
    for who, line in pick(lines, R.randint(7, 10)):
        chat.turn(ppl[who], line, ppl)
    w.by(s).line(R.choice(["\n\nLapseni on {k.gs}, minun numeroni {phone:s}. Kiitos, {s.g}",
                           "\n\nVoisitteko tarkistaa {k.g.gen} ja minun Wilma-tunnukset? {s.gs}"]), ppl)


HOUSING = {
    "fi": {"intro": ["Hei, taloyhtiön WhatsApp-ryhmästä, ovikoodi ja kerhohuoneen verkko pitäisi päivittää "
                     "järjestelmään:\n\n", "Moi isännöintitoimiston IT, alla asukasryhmän viestit:\n\n"],
           "lines": ["uusi ovikoodi on {pin:o}, vanha ei toimi enää", "saunavuoro {L:day} {L:time}, [B-rappu]",
                     "hallituksen pj on {b.gs}, {phone:b}", "huoltoyhtiön päivystys {phone:o}",
                     "kerhohuoneen wifi {L:ssid}, salasana {pw:o:wifi}", "{c.gs} asunnosta [B 12] valittaa melusta",
                     "pyykkituvan varaus [Taloyhtiö-appissa], {b.g} tietää", "vastike tilille {iban:o}",
                     "~c {c.g} tässä, mun uus nro {phone:c}", "{L:pet} karkas rappuun {E}",
                     "{a.g.gen} auto {L:plate} on "
                     "vieraspaikalla", "@{b.g} milloin on yhtiökokous?", "otin jo yhteyttä {b.gs.ill}",
                     "~b yhtiökokous on {L:day} {L:time} kerhohuoneessa"],
           "outro": ["\n\nVoisitteko päivittää uuden ovikoodin kulkujärjestelmään? {s.gs}, [A 3]",
                     "\n\nKiitos! {s.g}, {phone:s}"]},
    "sv": {"intro": ["Hej, från bostadsbolagets WhatsApp-grupp, dörrkoden och klubbrummets nät ska uppdateras:\n\n",
                     "Hej disponentkontorets IT, nedan de boendes chatt:\n\n"],
           "lines": ["nya portkoden är {pin:o}, den gamla funkar inte", "bastutur {L:day} {L:time}, [B-trappan]",
                     "styrelsens ordförande är {b.gs}, {phone:b}", "fastighetsjouren {phone:o}",
                     "klubbrummets wifi {L:ssid}, lösenord {pw:o:wifi}", "{c.gs} i [B 12] klagar på oväsen",
                     "tvättstugan bokas i [Aptus-appen], {b.g} vet", "hyran till kontot {iban:o}",
                     "~c {c.g} här, mitt nya nr {phone:c}", "{L:pet} rymde ut i trappan {E}",
                     "{a.g.gen} bil {L:plate} står på gästplatsen", "@{b.g} när är stämman?"],
           "outro": ["\n\nKan ni lägga in nya portkoden i passersystemet? {s.gs}, [A 3]",
                     "\n\nTack! {s.g}, {phone:s}"]},
}


def housing(w, language, s):
    bank = HOUSING[language]
    a, b, c = hands(language, *cast(language, 3, s))
    s.contact = R.choice(["full", "given"])
    ppl = {"s": s, "a": a, "b": b, "c": c, "o": organisation()}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, R.choice(["wa_and_fi", "wa_ios_fi"] if language == "fi" else ["wa_ios_fisv", "wa_and_sv"]))
    for line in pick(bank["lines"], R.randint(6, 9)):
        speak(chat, line, "sabc", ppl)
    w.by(s).line(R.choice(bank["outro"]), ppl)


HANDLES = {
    "fi": {"intro": ["Hei, MDM estää Telegramin työpuhelimessa. Meidän juoksuporukan ryhmässä on tietoja, jotka "
                     "pitäisi säilyttää:\n\n", "Moi, vein Telegram-ryhmän viestit talteen ennen kuin sovellus "
                     "poistettiin:\n\n"],
           "lines": ["@{handle:b} laitatko reitin", "~c {c.g} tässä, mun käyttäjä on @{handle:c}",
           "@{b.g} tuutko {L:day}?",
                     "{a.gs.gen} numero {phone:a} jos joku tarttee kyydin", "lenkki {L:time} [Keskuspuistosta]",
                     "lisätkää @{handle:a} ryhmään", "{d.n} ja {b.n} meni jo", "[Strava]-linkki ei aukea",
                     "@{handle:d} sun kello on [Garmin Venu 3]?", "{b.g.abl} kysyin, se ei tiiä",
                     "botti @[ReittiBot] ei vastaa", "{c.n} {E}"],
           "outro": ["\n\nVoiko nämä siirtää jonnekin turvaan? {s.gs} ({handle:s})", "\n\nKiitos, {s.g}"]},
    "en": {"intro": ["Hi, MDM blocks Telegram on the work phone. Our running club's group has info I need to keep:\n\n",
                     "Hello, I exported a Discord thread before the app was removed:\n\n"],
           "lines": ["@{handle:b} can you post the route", "~c {c.g} here, I'm @{handle:c}", "@{b.g} coming {L:day}?",
                     "{a.g|poss} number {phone:a} if anyone needs a lift", "run at {L:time} from [Hyde Park Corner]",
                     "add @{handle:a} to the group", "{d.n} and {b.n} left already", "the [Strava] link won't open",
                     "@{handle:d} is your watch a [Garmin Venu 3]?", "asked {b.g}, no idea",
                     "the bot @[RouteBot] is down",
                     "{c.n} {E}"],
           "outro": ["\n\nCan these be kept somewhere safe? {s.gs} ({handle:s})", "\n\nThanks, {s.g}"]},
}


def handles_chat(w, language, s):
    bank = HANDLES[language]
    a, b, c, d = hands(language, *cast(language, 4, s))
    for p in (s, b, c, d):
        p.contact = R.choice(["full", "given", "nick", "emoji"])
    ppl = {"s": s, "a": a, "b": b, "c": c, "d": d}
    w.by(s).line(R.choice(bank["intro"]), ppl)
    chat = Chat(w, "telegram_fi" if language == "fi" else R.choice(["discord", "slack"]))
    for line in pick(bank["lines"], R.randint(6, 9)):
        speak(chat, line, "sbcd", ppl)
    w.by(s).line(R.choice(bank["outro"]), ppl)


def email_list(w, language, s):
    ppl = {"s": s}
    crowd = cast(language, R.randint(5, 8), s)
    w.by(s).line(R.choice(["Hei, voisitteko tehdä jakelulistan [Lautapeliklubi]? Kokosin osoitteet "
                           "WhatsApp-ryhmästä:\n",
                           "Moi, tarvitaan sähköpostilista kerhon jäsenille, tässä kaikkien osoitteet:\n",
                           "Terve, alla ryhmän jäsenten meilit listaa varten:\n"]), ppl)
    for k, p in enumerate(crowd):
        key = "p" + str(k)
        ppl[key] = p
        w.by(None).line(R.choice(["- {K.g}: {email:K}", "- {K.n} ({email:K})", "- {K.gs} <{email:K}>",
                                  "- {email:K}, {K.g}", "- {K.gs|lower}: {email:K}"]).replace("K", key), ppl,
                        "address list").say("\n", raw=True)
    w.by(s).line(R.choice(["\nYhteystiedot on myös tiedostossa {s.s|nohand,lower}_kontaktit.vcf.\n",
                           "\nOsa osoitteista voi olla vanhoja, {p0.g} tietää.\n", "\n"]), ppl)
    filler_lines(w, language, ppl, 1)
    w.line(R.choice(["\n\nKiitos! {s.gs}", "\n\n{s.g}, {phone:s}"]), ppl)


def recruit_dm(w, language, s):
    r, c = cast(language, 2, s)
    ppl = {"s": s, "r": r, "c": c}
    w.by(s).line(R.choice(["Sain tällaisen viestin LinkedInissä, onko tämä tietojenkalastelua?\n\n---\n",
                           "Hei, epäilyttävä rekrytointiviesti, kopioin sen tähän:\n\n---\n"]), ppl)
    w.by(None).line("{r.gs} · [Talent Partner] · [Nordic Staffing Group]\n", ppl)
    body = ["Hei {s.g}! Näin profiilisi linkedin.com/in/{slug:s} ja kokemuksesi vakuutti."] + R.sample([
                     "Meillä olisi kiinnostava tehtävä [Helsingissä], palkka [4 200 €]/kk.",
                     "Lähetä CV osoitteeseen {email:r} tai WhatsAppiin {phone:r}.",
                     "Tiedostonimeksi mieluiten {s.g|nohand}_{s.s|nohand}_CV_2026.pdf.",
                     "Liitteenä [Tehtävankuvaus.pdf.exe], avaa se työkoneella niin näet tarkemmin.",
                     "Kollegani {c.gs} soittaa sinulle numerosta {phone:c}.",
                     "Profiilini: https://www.linkedin.com/in/{slug:r}/", "Haastattelu olisi {L:day} {L:time} "
                     "[Teamsissa].", "Täytä myös lomake, esimerkkinä [Matti Meikäläinen], omilla tiedoillasi."], 4)
    for line in body:
        w.line(line, ppl).say(" ", raw=True)
    w.line("\n{r.g}\n---\n", ppl)
    filler_lines(w.by(s), language, ppl, 1)
    w.by(s).line(R.choice(["\nEn avannut liitettä. {s.gs}",
                           "\nAvasin vahingossa liitteen, mitä teen? {s.g}, {phone:s}"]),
                 ppl)


# ---------------------------------------------------------------------------------------------------------------------

KINDS = {"fi": [family_chat, team_chat, teams_paste, sms_thread, voice_note, livechat, caps_rant, autocorrect, paths,
                files_links, wifi, party, slang_glued, phone_split, parcel_chat, gaming, smart_home, travel,
                school_parents, housing, handles_chat, email_list, recruit_dm],
         "en": [family_chat, team_chat, teams_paste, sms_thread, voice_note, livechat, caps_rant, autocorrect, paths,
                files_links, wifi, party, phone_split, parcel_chat, gaming, smart_home, handles_chat],
         "sv": [family_chat, team_chat, sms_thread, voice_note, paths, wifi, slang_glued, phone_split, housing,
                gaming]}


def draw(language, kind):
    def one():
        PHONE_SPANS.clear()
        s = draw_person(language)
        s.role = SUB
        s.hand = R.choice(HANDS[language])
        m = Message(language, "held-out-33")
        m.sources, m.countries, m.meant = [], [], []
        kind(Writer(m, language), language, s)
        e = email_of(s)
        m.known = {"name": f"{s.given} {s.surname}", "email": e, "username": e.split("@")[0],
                   "agentName": "Service Desk"}
        return m
    return one


def main():
    counts, shapes, sources, countries, values = (collections.Counter() for _ in range(5))
    turn = collections.Counter()
    for i in range(650):
        language = mixed_language(i)
        kind = KINDS[language][turn[language] % len(KINDS[language])]
        turn[language] += 1
        m = first_clean(draw(language, kind), lambda reason: REDRAWN.update([reason]))
        meant = sorted([(e["start"], e["type"]) for e in m.entities] + [(k["start"], "keep") for k in m.keep])
        assert [(kind, m.text[start:start + len(value)]) for (start, kind), (_, value) in zip(meant, m.meant)] == \
            [(kind, value) for kind, value in m.meant], "a span's text is not what was written"
        emit(m, counts)
        shapes[f"{language}:{kind.__name__}"] += 1
        sources.update(m.sources)
        countries.update(m.countries)
        values.update(m.text[k["start"]:k["end"]] for k in m.keep)
    if "--stats" in sys.argv:
        stamps = sum(n for key, n in sources.items() if key.startswith("stamp:"))
        print(json.dumps(dict(counts)), file=sys.stderr)
        print(f"{len(shapes)} shapes", dict(shapes), file=sys.stderr)
        print(f"{len(countries)} countries", dict(countries), file=sys.stderr)
        print(f"look-alikes: {sum(sources.values())} ({stamps} chat time stamps), {len(sources)} sources, "
              f"{len(values)} distinct values", file=sys.stderr)
        print("redrawn:", sum(REDRAWN.values()), file=sys.stderr)


main()
