#!/usr/bin/env python3
"""Generates the twenty-ninth held-out set (held-out-29.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 28: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of service-desk text that sets 1-27 lack, from the bot-training side and from forms people fill in:
training data for a service bot's language model (Rasa-style YAML with intents and [value](slot) annotations, BIO-
tagged token rows with B-PER/I-PER, JSON training examples whose text and entity value both hold the name) and
annotators' review notes on conversation logs with user:/bot:/agent: turns; speech-to-text of Finnish spoken language
(puhekieli) without punctuation or capitals, names as they are said (kortelaisel, iidalt, sen eeliksen kaa, the
surname in the genitive before the given name: "kuosmasen kusti") and the clitics -ki, -kaa/-kää, -hä; chat in spoken
Finnish with clipped cases (Aukustil, Kortelaiselt, Iidaki); forms: damage and complaint reports (vahinkoilmoitus,
Equipment Damage Report, skadeanmälan) with witnesses, warranty and insurance claims with a refund account,
access-rights requests with a chain of approvers and their deputies, a reception's lost-and-found log (a found bank
card), on-call lists of a municipality's and a hospital trust's IT with notes beside the numbers; public-sector
text where names stand beside titles and units: a municipal board's minutes (Läsnä, Poissa, pöytäkirjantarkastajat,
Present: Cllr …), a wellbeing services county's home-care devices, a rescue department's vehicle tablets; a
contractor's performance review naming its installers.
Names (99 % of their forms new to sets 1-28's files): older Finnish given names, alone and in the double names they
live on in (Kustavi, Verneri, Rietrikki, Sakarias, Hemming, Kornelius, Serafim, Aadolf; Aliina, Wilhelmiina, Hedvig,
Adolfiina, Eufrosyne, Seeli; Heimo-Aukusti, Otto-Iisakki, Viljo-Evert, Iida-Serafiina, Saimi-Tekla, Lyydia-Sofia,
Manta-Liisa, Amanda-Hilja) and their spoken short forms (Kusti, Kustu, Vertsi, Lyyti, Sera, Elvi, Sakke), rare Finnish
surnames (Rautakoski, Nurmesniemi, Kuikanmäki, Töyräs, Kiuttu, Tervahartiala, Pylväläinen, Heikkurinen) and double
ones (Kortelainen-Rahikka, Pekkala-Rautakoski), given names and surnames that are words (Ensi, Veli; Myrsky, Pouta,
Sumu, Viima, Huurre) beside the same words as words in other messages, Finland-Swedish names in the Finnish cases
(Skogsterille, Carl-Gustafin, Brännkärriltä), Sámi (Ovla, Ailo, Heaikka, Iŋgir; Saijets, Mienna, Somby-Länsman),
Estonian (Tõnis-Peeter, Ülle-Mai, Tarvo; Kõrgemäe, Viidalepp, Põldsaar), Hungarian and Korean written surname first
(Rácz Emese, Hegedűs Szabolcs; Ryu Ye-rin, Seong Yeon-seo) with the Finnish case on the last word, Greek (Aristotelis,
Efthymia; Papanikolaou, Fragkiadakis), Georgian (Tinatin, Vakhtang; Tsiskaridze, Chikovani), Armenian (Hripsime,
Astghik; Baghdasaryan, Yeghiazaryan), Tamil (Senthamarai, Arivazhagan; Thirunavukkarasu, Palaniappan), Amharic
(Haimanot, Birtukan; Haileselassie, Gebremichael) and Portuguese (Benedita, Constança; Bettencourt, Vasconcelos) names
in the Finnish cases, rare English names (Alaric, Phineas, Ianthe, Sybella; Shufflebotham, Haythornthwaite,
Fazackerley) and English words as names (Basil, Marina, Pepper, Sorrel, Laurel, Rosemary; Judge, Mayor, Potter,
Shore, Plant, Sands, Glazier) beside the words (basil, the judge, the plant room), Swedish words as surnames (Rask,
Kvist, Holm) beside the words (rask, kvist, holm).
Phones as people type them in forms: a letter O for a zero (O40 …), notes beside them ("(ilt.)", "klo 8-16", "(eves)",
"kl. 8–16", "vain tekstiviestit"), spoken digits in transcripts, and numbers of 37 countries in international and
national forms.
Labelling policy, as in held-out-25.py to held-out-27.py, with these for the new kinds: a name inside a training
annotation ([Aukustille](etunimi)) is a NAME, the brackets and the slot name outside; a BIO row's token is a NAME,
the tag outside; a JSON example's text and its entity value are two spans; a spoken or clipped form (kortelaisel,
Iidalt, Kusti) is the person's NAME with its ending and clitic inside; a number typed with O for 0 is a PHONE as it
stands, its note outside (a time range "8-16" is a look-alike); a witness, an approver, a deputy, an installer and a
finder are third parties; a found bank card is a PAYMENT_CARD of its owner; an applicant's fixed IP address an
IP_ADDRESS and their user name a USERNAME; a refund account an IBAN; an identity code on a damage form a NATIONAL_ID.
Titles and units stay outside the spans (sivistysjohtaja, Cllr, osasto 4B). Look-alikes (kept): form, case, RMA,
claim, asset and serial numbers, room codes, vehicle and unit codes, intent and slot names' values that are no one's,
postcodes, amounts, dates in many formats, week numbers, times, versions, products, firms and streets named after
people (Heikkilän Sähkö Oy, Agricolankatu 3, Nightingale Court, Linnégatan 12) and the words that are this set's names
— never in a message whose person bears that name.
Same format as evaluation-set.jsonl; 650 messages: about 55 % Finnish, 35 % English and 10 % Swedish. Each message
checks itself before it is printed (message.emit: Message.check and message.verify) and is written again with new
draws when a labelled value stands unlabelled elsewhere in it, in any letter case, or a look-alike holds one.
Counts (python3 held-out-29.py --stats): see the commit.
Deterministic: python3 held-out-29.py > held-out-29.jsonl (python3 held-out-29.py --stats adds counts on stderr)
"""
import collections
import json
import random
import sys

import identifiers
import name_forms
from message import Message, emit, verify
from name_forms import distinct, genitive_sv, inflect as fi, nominative

R = random.Random(29292929)
PHONES = collections.Counter()
REDRAWN = collections.Counter()
SUB = "subject"

# Names whose stems the rules of name_forms do not give: consonant gradation, -s and -e stems, compounds.
IRREGULAR = {"Eelis": fi("Eelis", "Eelikse", "Eelikse", par="Eelistä", ill="Eelikseen"),
             "Iisakki": fi("Iisakki", "Iisaki", "Iisakki"), "Pouta": fi("Pouta", "Pouda", "Pouta"),
             "Rahikka": fi("Rahikka", "Rahika", "Rahikka"), "Kiuttu": fi("Kiuttu", "Kiutu", "Kiuttu"),
             "Sarajärvi": fi("Sarajärvi", "Sarajärve", "Sarajärve", par="Sarajärveä", ill="Sarajärveen"),
             "Nurmesniemi": fi("Nurmesniemi", "Nurmesnieme", "Nurmesnieme", par="Nurmesniemeä", ill="Nurmesniemeen"),
             "Rautakoski": fi("Rautakoski", "Rautakoske", "Rautakoske", par="Rautakoskea", ill="Rautakoskeen"),
             "Kuikanmäki": fi("Kuikanmäki", "Kuikanmäe", "Kuikanmäke", par="Kuikanmäkeä", ill="Kuikanmäkeen"),
             "Töyräs": fi("Töyräs", "Töyrää", "Töyrää", par="Töyrästä", ill="Töyrääseen"),
             "Huurre": fi("Huurre", "Huurtee", "Huurtee", par="Huurretta", ill="Huurteeseen")}


def endings(nom):
    return name_forms.endings(nom, IRREGULAR)


def colloquial(form, case):
    """A case as spoken Finnish clips it: Kiutulla → Kiutul, Aliinalta → Aliinalt, Kaukosessa → Kaukoses."""
    return form[:-1] if case in ("ade", "abl", "ine", "ela") else form


def spoken_clitic(form):
    """A spoken clitic: -ki (also), -kaa/-kää (not even), -hä (as you know)."""
    back = any(c in "aouAOU" for c in form.split("-")[-1])
    return form + R.choice(["ki", "kaa" if back else "kää", "ha" if back else "hä"])


# Older Finnish given names, alone and in the double names they live on in (Heimo-Aukusti, Iida-Serafiina).
FI_MEN = ["Kustavi", "Verneri", "Emil", "Rietrikki", "Sakarias", "Teodor", "Aadam", "Elis", "Ernesti", "Hemming",
          "Kornelius", "Serafim", "Aadolf", "Aaretti", "Heimo-Aukusti", "Eino-Kustavi", "Kustaa-Aadolf",
          "Fredrik-Aukusti", "Otto-Iisakki", "Vilppu-Aukusti", "Mikko-Verneri", "Reino-Aukusti", "Toivo-Kustavi",
          "Unto-Verneri", "Viljo-Evert", "Evert-Iisakki", "Konsta-Valtteri", "Valto-Ilmari", "Aleksanteri-Juho",
          "Iisakki-Pekka", "Juho-Verneri", "Kustavi-Ilmari"]
FI_WOMEN = ["Aliina", "Wilhelmiina", "Hedvig", "Adolfiina", "Mathilda", "Rosina", "Juliaana", "Eufrosyne", "Seeli",
            "Saimi-Tekla", "Iida-Serafiina", "Iida-Amalia", "Lyydia-Sofia", "Tekla-Aliina", "Elviira-Kaarina",
            "Olga-Maria", "Manta-Liisa", "Senni-Loviisa", "Amanda-Hilja", "Serafiina-Aino", "Helena-Tekla",
            "Saimi-Kristiina", "Ida-Wilhelmiina", "Greta-Lyydia", "Aurora-Iida", "Hilda-Elviira", "Selma-Aliina",
            "Fanny-Saimi", "Lovisa-Tekla", "Edit-Manta", "Rakel-Senni"]
FI_WORD_NAMES = ["Ensi", "Veli"]
# The spoken short forms of older names, as callers and colleagues say them.
NICKNAMES = {"Heimo-Aukusti": "Kusti", "Fredrik-Aukusti": "Kusti", "Kustavi": "Kustu", "Verneri": "Vertsi",
             "Mikko-Verneri": "Vertsi", "Lyydia-Sofia": "Lyyti", "Iida-Serafiina": "Sera", "Rietrikki": "Riku",
             "Sakarias": "Sakke", "Wilhelmiina": "Miina", "Elviira-Kaarina": "Elvi", "Hilda-Elviira": "Elvi"}
FI_LAST = ["Rautakoski", "Nurmesniemi", "Kuikanmäki", "Töyräs", "Kiuttu", "Sikanen", "Tervahartiala", "Kärpänen",
           "Ikäläinen", "Mäntynen", "Nenonen", "Lauronen", "Pylväläinen", "Heikkurinen", "Rouhiainen", "Kinnula",
           "Sipiläinen", "Kaukonen", "Pietikäinen", "Sarajärvi", "Rahikka", "Kortelainen-Rahikka",
           "Kuosmanen-Kiuttu", "Mäkitalo-Kinnula", "Rissanen-Töyräs", "Hämäläinen-Kiuttu", "Pekkala-Rautakoski",
           "Tuppurainen-Nenonen", "Kyllönen-Sikanen", "Väisänen-Kärpänen"]
FI_WORD_LAST = ["Myrsky", "Pouta", "Sumu", "Viima", "Huurre"]
FINSWEDE = (["Henrika", "Carl-Gustaf", "Nils", "Jannike", "Wilhelm", "Gustava", "Ulrica", "Halvar", "Malin-Sofie",
             "Jonatan", "Casper", "Tekla-Maj"],
            ["Westerholm", "Lindgård", "Skogster", "Grannas", "Sundbäck", "Björkell", "Forsbacka", "Wadén", "Nylander",
             "Enlund", "Granfors", "Brännkärr", "Rask", "Kvist", "Holm"], ["FI", "SE", "AX"])
SAMI = (["Ovla", "Ailo", "Ailu", "Nilsa", "Heaikka", "Ándaras", "Iŋgir", "Inga-Maret", "Maret"],
        ["Saijets", "Sujala", "Aslaksen", "Mienna", "Aikio-Guttorm", "Somby-Länsman", "Porsanger-Valle"],
        ["FI", "NO", "SE"])
ESTONIAN = (["Maarja-Liis", "Ülle-Mai", "Kristiina-Mari", "Tõnis-Peeter", "Helgi", "Anneli-Liis", "Aare", "Tarvo",
             "Elo-Reet"],
            ["Vahtra", "Ploom", "Sarapik", "Kõrgemäe", "Tammsalu", "Käär", "Toomsalu", "Saluveer", "Rannamäe",
             "Viidalepp", "Ennok", "Põldsaar"], ["EE"])
HUNGARIAN = (["Eszter", "Zsolt", "Imre", "Dorottya", "Szabolcs", "Hajnalka", "Kinga", "Emese", "Levente-Ákos"],
             ["Papp", "Rácz", "Török", "Bíró", "Hegedűs", "Pintér", "Gulyás", "Vincze", "Kiss-Papp"], ["HU"])
KOREAN = (["Min-seo", "Su-ah", "Jae-won", "Yeon-seo", "Hyun-woo", "Jun-ho", "Da-bin", "Tae-yang", "Ye-rin", "Si-woo",
           "Chae-won", "Ga-eun", "Hee-jun", "Bo-ra"], ["Ryu", "Yeo", "Jeon", "Pyo", "Eom", "Seong", "Hwangbo"], ["KR"])
GREEK = (["Christos", "Thanasis", "Evangelia", "Paraskevi", "Aristotelis", "Stelios", "Fotini", "Apostolos",
          "Ioanna-Maria", "Pantelis", "Leonidas", "Efthymia"],
         ["Papadopoulou", "Antonopoulos", "Mavromatis", "Tsakiridis", "Alexandropoulou", "Chatzidakis", "Vlachopoulos",
          "Papanikolaou", "Kyriazis", "Zervas", "Triantafyllou", "Stamatopoulos", "Fragkiadakis"], ["GR"])
GEORGIAN = (["Levan", "Davit", "Tinatin", "Guram", "Manana", "Otar", "Natela", "Revaz", "Vakhtang", "Khatuna", "Maia"],
            ["Abashidze", "Mgeladze", "Tsereteli", "Gogoladze", "Jorjadze", "Bakradze", "Kiknadze", "Khutsishvili",
             "Gurgenidze", "Tsiskaridze", "Khmaladze", "Sulakvelidze", "Chikovani", "Nadaraia"], ["GE"])
ARMENIAN = (["Narek", "Lilit", "Gayane", "Vardan", "Hripsime", "Ashot", "Anush", "Tatevik", "Gevorg", "Nune", "Samvel",
             "Astghik", "Mher", "Areg", "Shushan"],
            ["Ghazaryan", "Harutyunyan", "Hovsepyan", "Mkrtchyan", "Vardanyan", "Karapetyan", "Stepanyan", "Poghosyan",
             "Baghdasaryan", "Zakaryan", "Mirzoyan", "Aghajanyan", "Khachatryan", "Tadevosyan", "Yeghiazaryan"],
            ["AM"])
TAMIL = (["Selvi", "Karthikeyan", "Anbarasi", "Tamilselvan", "Meenatchi", "Ilango", "Vennila", "Saravanan",
          "Kalaiselvi", "Thangaraj", "Poongodi", "Senthamarai", "Arivazhagan", "Kathiravan", "Yazhini", "Elangovan"],
         ["Krishnamoorthy", "Natarajan", "Annamalai", "Chidambaram", "Ponnusamy", "Thirunavukkarasu", "Muthusamy",
          "Sivaraman", "Kandasamy", "Palaniappan", "Duraisamy", "Sundaralingam", "Mariappan", "Veerappan"],
         ["IN", "LK"])
AMHARIC = (["Meron", "Mekdes", "Tesfahun", "Haimanot", "Rahel", "Tizita", "Yared", "Kidist", "Getachew", "Fikirte",
            "Workneh", "Birtukan", "Sisay", "Netsanet"],
           ["Tessema", "Woldeyes", "Alemu", "Haileselassie", "Ayele", "Beyene", "Shiferaw", "Worku", "Zewdie", "Asrat",
            "Abera", "Gebremichael"], ["ET"])
PORTUGUESE = (["Mariana", "Tiago", "Duarte", "Catarina", "Afonso", "Matilde", "Vasco", "Benedita", "Francisca",
               "Gaspar", "Leonor-Maria", "Constança", "Tomé", "Henrique", "Filipa", "Rúben"],
              ["Rebelo", "Antunes", "Cardoso", "Lourenço", "Guimarães", "Sampaio", "Meireles", "Quaresma",
               "Vasconcelos", "Fragoso", "Pimentel", "Esteves", "Bettencourt", "Carrilho", "Quintela", "Valadares"],
              ["PT", "BR"])
ANGLO = (["Alaric", "Humphrey", "Phineas", "Ianthe", "Rollo", "Casimir", "Sybella", "Cicely"],
         ["Cattermole", "Quarmby", "Pettifer", "Underhill", "Whitelaw", "Heathcote", "Bamforth", "Fotheringham",
          "Shufflebotham", "Inchbald", "Wedgwood", "Trubshaw", "Fazackerley", "Pocklington", "Applegarth",
          "Cruickshank", "Haythornthwaite", "Ogden"], ["GB", "IE", "US", "CA", "AU"])
ANGLO_WORDS = (["Basil", "Marina", "Pepper", "Sorrel", "Tansy", "Laurel", "Rosemary"],
               ["Judge", "Mayor", "Potter", "Shore", "Plant", "Sands", "Sheriff", "Painter", "Sexton", "Glazier",
                "Falconer", "Mariner"], ["GB", "US", "IE"])
SURNAME_FIRST = {id(HUNGARIAN), id(KOREAN)}
WORLD = [SAMI, ESTONIAN, HUNGARIAN, KOREAN, GREEK, GEORGIAN, ARMENIAN, TAMIL, AMHARIC, PORTUGUESE]

# Each country's numbers in the forms its people type them.
FOREIGN = {"SE": ["+46 70 {3} {2} {2}", "070-{3} {2} {2}", "08-{3} {2} {2}"], "AX": ["+358 18 {5}", "018 {5}"],
           "NO": ["+47 4{2} {2} {3}", "4{2} {2} {3}"], "DK": ["+45 3{1} {2} {2} {2}", "3{1} {2} {2} {2}"],
           "EE": ["+372 5{3} {4}", "5{3} {4}", "+372 6{2} {4}"], "LV": ["+371 2{3} {4}"], "LT": ["+370 6{2} {5}"],
           "DE": ["+49 15{2} {7}", "0151 {4} {4}", "+49 (0)40 {3} {4}"], "PL": ["+48 6{2} {3} {3}"],
           "HU": ["+36 30 {3} {4}", "06 30 {3} {4}", "+36 1 {3} {4}", "06-20-{3}-{4}"],
           "KR": ["+82 10-{4}-{4}", "010-{4}-{4}", "+82 2-{4}-{4}"],
           "GR": ["+30 69{1} {3} {4}", "69{1} {3} {4}", "+30 210 {3} {4}"],
           "GE": ["+995 5{2} {2} {2} {2}", "5{2} {2} {2} {2}"], "AM": ["+374 9{1} {6}", "09{1} {3} {3}"],
           "IN": ["+91 9{4} {5}", "+91 44 {4} {4}"], "LK": ["+94 7{2} {3} {4}", "07{2} {3} {4}"],
           "ET": ["+251 9{2} {3} {3}", "09{2} {3} {3}"], "PT": ["+351 9{2} {3} {3}", "9{2} {3} {3}"],
           "BR": ["+55 11 9{4}-{4}", "(11) 9{4}-{4}"], "ES": ["+34 6{2} {3} {3}"], "FR": ["+33 6 {2} {2} {2} {2}"],
           "IT": ["+39 3{2} {3} {4}"], "NL": ["+31 6 {4} {4}"], "BE": ["+32 47{1} {2} {2} {2}"],
           "AT": ["+43 664 {7}", "0664 {7}"], "CH": ["+41 79 {3} {2} {2}"], "IE": ["+353 8{1} {3} {4}", "08{1} {3} {4}"],
           "GB": ["+44 7{3} {6}", "07{3} {3} {3}", "+44 (0)161 {3} {4}", "0161 {3} {4}"],
           "US": ["+1 (503) {3}-{4}", "(503) {3}-{4}", "503.{3}.{4}"], "CA": ["+1 416-{3}-{4}", "416-{3}-{4}"],
           "AU": ["+61 4{2} {3} {3}", "04{2} {3} {3}", "+61 2 {4} {4}"], "JP": ["+81 90-{4}-{4}"],
           "TR": ["+90 53{1} {3} {2} {2}"], "UA": ["+380 67 {3} {2} {2}"], "CZ": ["+420 7{2} {3} {3}"],
           "RO": ["+40 72{1} {3} {3}"]}
DOMAINS = ["kunta.example.fi", "hyvinvointialue.example.fi", "pelastus.example.fi", "firma.example.fi",
           "council.example.gov.uk", "nhs.example.uk", "example.ie", "kommun.example.se", "example.com", "botti.example.fi"]


def fill(pattern):
    return identifiers.fill(R, pattern)


def counted(country, pattern):
    PHONES[country] += 1
    return fill(pattern)


def typed(number):
    """A number as a hurried hand types it into a form: now and then a letter O for a zero."""
    if "0" in number and R.random() < 0.15:
        i = R.choice([k for k, c in enumerate(number) if c == "0"])
        return number[:i] + "O" + number[i + 1:]
    return number


def finnish_number():
    return typed(counted("FI", R.choice(["040 {3} {4}", "040-{7}", "+358 40 {3} {4}", "050 {3} {2} {2}",
                                         "044 {3} {4}", "+358 45 {3} {4}", "0400 {3} {3}", "046 {3} {4}",
                                         "09 {3} {4}", "+358 9 {3} {4}", "017 {3} {4}", "+358 (0)13 {3} {4}",
                                         "06-{3} {4}", "019 {3} {4}", "+35850{7}"])))


def abroad(country=None):
    country = country or R.choice(sorted(FOREIGN))
    return counted(country, R.choice(FOREIGN[country]))


def phone_of(person):
    country = ORIGIN.get(tuple(map(nominative, person)), (None, "FI"))[1]
    if country != "FI" and R.random() < 0.6:
        return abroad(country)
    return finnish_number() if R.random() < 0.7 else abroad()


NOTES = {"fi": ["", "", "", " (ilt.)", " (työ)", " (koti)", " klo ", " / vain tekstiviestit", " arkisin klo "],
         "en": ["", "", "", " (eves)", " (mob)", " (work)", " between ", " (text only)"],
         "sv": ["", "", " (kväll)", " (arb.)", " kl. ", " (bara sms)"]}


def tel(m, number, role="third", language="fi"):
    """A number with the note its writer put beside it; a time range in the note is a look-alike."""
    m.entity(number, "PHONE", role)
    note = R.choice(NOTES[language])
    m.say(note)
    if note.endswith(" "):
        m.look(R.choice(["8-16", "9-15", "8.00-16.00", "9–17", "7-15"]) if language != "en"
               else R.choice(["9-5", "9am-5pm", "8 and 4"]))
    return m


def said(number):
    """A number as a caller says it in a Finnish transcript: digit by digit in words, or the first group in words."""
    words = ["nolla", "yks", "kaks", "kolme", "neljä", "viis", "kuus", "seittemän", "kaheksan", "yheksän"]
    plain = [c for c in number if c.isdigit()]
    if R.random() < 0.5:
        return " ".join(words[int(c)] for c in plain)
    return " ".join(words[int(c)] for c in plain[:3]) + " " + "".join(plain[3:6]) + " " + "".join(plain[6:])


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(45, 99)), ("A", R.randint(0, 8)),
                                                 ("B", R.randint(0, 6)), ("Y", R.randint(60, 99))]))


def iban(country="FI"):
    patterns = {"FI": None, "GB": "NWBK{14}", "IE": "AIBK{14}", "SE": "{20}", "PT": "{21}", "DE": "{18}",
                "HU": "{24}", "GR": "{23}", "EE": "{16}"}
    if country == "FI" or country not in patterns:
        return identifiers.written_iban(R)
    return identifiers.written_foreign_iban(R, country, patterns[country])


def card():
    n = identifiers.luhn(R, R.choice(["4", "53", "2223"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def ipv4():
    return f"10.{R.randint(20, 99)}.{R.randint(0, 254)}.{R.randint(2, 254)}"


def temp_password():
    return R.choice(["Pakkas", "Revontuli", "Lumikki", "Winter", "Harbour", "Vinter"]) + fill("{2}") + \
        R.choice(["!", "#", "?", "%"])


MONTHS_FI = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
             "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december"]


def date(language="fi"):
    d, mo, y = R.randint(1, 28), R.randint(1, 12), R.choice([2027, 2028])
    forms = {"fi": [f"{d}.{mo}.{y}", f"{d:02d}.{mo:02d}.{y}", f"{y}-{mo:02d}-{d:02d}", f"{d}. {MONTHS_FI[mo - 1]} {y}",
                    f"{d}.{mo}.", f"{d}/{mo}/{y % 100}"],
             "en": [f"{d:02d}/{mo:02d}/{y}", f"{d} {MONTHS_EN[mo - 1]} {y}", f"{MONTHS_EN[mo - 1]} {d}, {y}",
                    f"{y}-{mo:02d}-{d:02d}", f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23) else ['st', 'nd', 'rd'][d % 10 - 1]} "
                                             f"{MONTHS_EN[mo - 1][:3]}"],
             "sv": [f"{d} {MONTHS_SV[mo - 1]} {y}", f"{y}-{mo:02d}-{d:02d}", f"{d}/{mo} {y}"]}
    return R.choice(forms[language])


def clock():
    return f"{R.randint(7, 21)}.{R.choice(['00', '15', '30', '45', '05', '50'])}"


def stamp():
    return f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"


def euros(language="fi"):
    whole = R.choice([45, 89, 120, 150, 249, 399, 1149, 1890, 2350])
    cents = R.choice(["00", "90", "50", "95"])
    return {"fi": f"{whole},{cents} €", "en": R.choice([f"€{whole}.{cents}", f"£{whole}.{cents}"]),
            "sv": f"{whole},{cents} kr"}[language]


def serial():
    return fill(R.choice(["5CG{4}KX{1}", "PF3{5}Z", "C02{6}Q", "SN {8}", "R9{2}N{6}", "DLXK{6}", "FVFH{5}L"]))


def asset():
    return fill(R.choice(["INV-{6}", "KUNTA-IT-{5}", "AT{7}", "HVA-{4}-{3}", "ASSET {5}", "TAG-{5}"]))


def room():
    return R.choice(["B2.114", "A-305", "K3 145", "H 2.07", "C-1.12", "D4.031", "E1 220", "F-214"])


def form_number(language="fi"):
    return fill(R.choice({"fi": ["VL-{1}", "lomake {3}b", "KO-{1}/{4}", "LT-{2}"], "en": ["EDR-{1}", "Form {3}",
                                                                                        "AR-{2}", "LP/{3}"],
                          "sv": ["SA-{1}", "blankett {3}", "BA-{2}"]}[language]))


def case_number():
    return fill(R.choice(["Dnro {3}/00.01.02/2027", "HVA/{4}/2027", "INC{7}", "RMA-{6}", "CLM-{7}",
                          "VAH-2027-{5}", "§ {2}", "TH-{5}", "REQ{7}", "case 27-{6}"]))


def postcode(language="fi"):
    return R.choice({"fi": ["00100 Helsinki", "33210 Tampere", "70100 Kuopio", "96200 Rovaniemi", "80100 Joensuu",
                            "99870 Inari", "20100 Turku"],
                     "en": ["M1 3BB", "SW1A 2AA", "LS1 4DY", "EH1 1YZ", "D02 X285", "BT1 5GS"],
                     "sv": ["114 55 Stockholm", "65100 Vasa", "22100 Mariehamn", "10600 Ekenäs"]}[language])


def version():
    return R.choice(["v", "versio ", ""]) + f"{R.randint(1, 16)}.{R.randint(0, 12)}.{R.randint(0, 40)}"


PRODUCTS = ["ThinkPad T14 Gen 4", "Latitude 5440", "iPad (9. sukupolvi)", "Zebra TC52", "Jabra Evolve2 65",
            "Logitech MX Keys", "Samsung Galaxy Tab Active3", "EliteBook 840 G10", "Surface Go 3", "Getac F110",
            "Panasonic Toughbook 33", "Dell P2423D"]
PRODUCTS_EN = ["ThinkPad T14 Gen 4", "Latitude 5440", "iPad (9th gen)", "Zebra TC52", "Jabra Evolve2 65",
               "Surface Go 3", "Getac F110", "Panasonic Toughbook 33"]
STREETS_FI = ["Agricolankatu 3", "Kustaankatu 8", "Nervanderinkatu 5", "Castréninkatu 14", "Franzéninkatu 2",
              "Kaarlenkatu 7", "Pietarinkatu 4", "Porthaninkatu 9", "Snellmaninkatu 10", "Aleksanterinkatu 12"]
STREETS_EN = ["4 Nightingale Court", "12 Darwin Road", "Victoria Square", "9 Shakespeare Street", "Newton House",
              "2 Brunel Way", "Cromwell Road"]
STREETS_SV = ["Linnégatan 12", "Döbelnsgatan 8", "Karlavägen 20", "Topeliusgatan 4", "Runebergsgatan 3"]
FIRMS_FI = ["Heikkilän Sähkö Oy", "Laaksosen Kiinteistöhuolto Oy", "Jokelan Asennus Ky", "Salosen Putki Oy",
            "Aarikka", "Kalevala Koru", "Lassila & Tikanoja", "Ahlström Oy"]
FIRMS_EN = ["Johnson Controls", "Marks & Spencer", "Sainsbury's", "Hewlett Packard Enterprise", "Dyson",
            "Morrison Facilities Ltd", "Bramwell & Sons"]
FIRMS_SV = ["Clas Ohlson", "Ahlsell", "Bergman & Beving", "Lindqvists El Ab"]

# The words behind this set's names, used as words: (name, before, word, after).
WORDS_FI = [("Veli", "Soittaja kertoi, että hänen ", "veli", " oli lainannut koneen."),
            ("Ensi", "Asennus siirtyy ", "ensi", " viikolle."),
            ("Myrsky", "Yöllinen ", "myrsky", " katkaisi valokuidun."),
            ("Pouta", "Huomenna on ", "pouta", ", joten mastoasennus onnistuu."),
            ("Sumu", "Aamun ", "sumu", " esti dronen lennon."),
            ("Viima", "Kova ", "viima", " kaatoi työmaan kameratolpan."),
            ("Huurre", "Ikkunassa oli ", "huurre", ", eikä kamera nähnyt pihalle.")]
WORDS_EN = [("Basil", "Someone left ", "basil", " growing on the server rack."),
            ("Marina", "The ", "marina", " office has no Wi-Fi."),
            ("Pepper", "Black ", "pepper", " got into the keyboard."),
            ("Laurel", "The ", "laurel", " hedge blocks the camera by the car park."),
            ("Rosemary", "The ", "rosemary", " pots in reception need moving for the cabling."),
            ("Judge", "The ", "judge", " asked for the logs."), ("Mayor", "The ", "mayor", " opens the new library."),
            ("Potter", "A local ", "potter", " rents the ground floor."),
            ("Shore", "Fibre to the ", "shore", " station is down."),
            ("Plant", "The ", "plant", " room door is jammed."), ("Sands", "Shifting ", "sands", ", as ever."),
            ("Sheriff", "The ", "sheriff", " officer collected the seized laptop."),
            ("Painter", "The ", "painter", " unplugged the switch."),
            ("Mariner", "The ", "mariner", " app needs a licence.")]
WORDS_SV = [("Rask", "Leveransen var ", "rask", " den här gången."), ("Kvist", "En ", "kvist", " fastnade i fläkten."),
            ("Holm", "Masten står på en ", "holm", " utanför hamnen.")]


def things(language):
    """Look-alike sentences of things: streets, firms, versions, postcodes, dates."""
    if language == "fi":
        return [("Toimipiste: ", R.choice(STREETS_FI), ", ", postcode("fi")),
                ("Huoltokumppani ", R.choice(FIRMS_FI), " käy ", date("fi")),
                ("Sovellusversio ", version(), " asennetaan viikolla ", f"vko {R.randint(2, 51)}")]
    if language == "en":
        return [("Site: ", R.choice(STREETS_EN), ", ", postcode("en")),
                ("Our contractor ", R.choice(FIRMS_EN), " visits on ", date("en")),
                ("App ", version(), " ships on ", date("en"))]
    return [("Adress: ", R.choice(STREETS_SV), ", ", postcode("sv")),
            ("Leverantör ", R.choice(FIRMS_SV), " kommer ", date("sv"))]


def ending(m, people, language):
    """Most messages end with one look-alike sentence: a word that is one of this set's names, or a thing; never a
    word that is a name part of someone in the message."""
    if R.random() < 0.1:
        return
    words = {"fi": WORDS_FI, "en": WORDS_EN, "sv": WORDS_SV}[language]
    present = {w.lower() for person in people for p in person for w in nominative(p).split()}
    choices = [(b, w, a) for n, b, w, a in words if n.lower() not in present]
    if choices and R.random() < 0.5:
        before, word, after = R.choice(choices)
        m.say("\n").say(before).look(word).say(after)
    else:
        before, a, middle, b = R.choice(things(language))
        m.say("\n").say(before).look(a).say(middle).look(b).say(".")


ORIGIN = {}


def remember(person, pool, country):
    ORIGIN[tuple(map(nominative, person))] = (pool, country)
    return person


def finn(language="fi"):
    roll = R.random()
    given = R.choice(FI_WORD_NAMES if roll < 0.08 else (FI_MEN if roll < 0.54 else FI_WOMEN))
    last = R.choice(FI_WORD_LAST if R.random() < 0.12 else FI_LAST)
    names = (given, last)
    person = tuple(map(endings, names)) if language == "fi" else names
    return remember(person, None, "FI")


def other(pools, language):
    pool = R.choice(pools)
    names = (R.choice(pool[0]), R.choice(pool[1]))
    person = tuple(map(endings, names)) if language == "fi" else names
    return remember(person, pool, R.choice(pool[2]))


def person_fi():
    roll = R.random()
    return finn() if roll < 0.5 else other([FINSWEDE] if roll < 0.6 else WORLD, "fi")


def person_en():
    roll = R.random()
    if roll < 0.35:
        return other([ANGLO, ANGLO_WORDS], "en")
    return other(WORLD + [FINSWEDE], "en") if roll < 0.85 else finn("en")


def person_sv():
    roll = R.random()
    if roll < 0.5:
        return other([FINSWEDE], "sv")
    return finn("sv") if roll < 0.75 else other(WORLD, "sv")


def plain_parts(person):
    return [nominative(p) for p in person]


def surname_first(person):
    pool = ORIGIN.get(tuple(map(nominative, person)), (None, "FI"))[0]
    return pool is not None and id(pool) in SURNAME_FIRST


def parts_of(person, case="nom"):
    """The parts as written in full, the case on the last written word: Aukusti Kortelaiselle, Nagy Zsófialle."""
    order = list(person[::-1]) if surname_first(person) else list(person)
    written = [nominative(p) for p in order]
    if case != "nom":
        written[-1] = order[-1][case]
    return written


def g(person, case="nom"):
    p = person[0]
    return p[case] if isinstance(p, dict) else p


def s(person, case="nom"):
    p = person[-1]
    return p[case] if isinstance(p, dict) else p


def nick(person, case="nom"):
    """The spoken short form of an old given name (Kusti for Aukusti), or the given name itself."""
    short = NICKNAMES.get(nominative(person[0]))
    if short is None:
        return g(person, case)
    return endings(short)[case]


def address_of(person):
    names = plain_parts(person)
    return identifiers.address(R, names[0], names[-1], DOMAINS)


def username_of(person):
    names = [identifiers.plain_name(p) for p in plain_parts(person)]
    return R.choice([f"{names[0][0]}{names[-1][:7]}", f"{names[-1][:5]}{names[0][:2]}{R.randint(1, 9)}",
                     f"{names[0][:4]}.{names[-1][:4]}", f"x{fill('{6}')}"])


def genitive_en(m, name, role="third"):
    return m.name(name, role=role).say("'" if name.endswith("s") else "'s")


def low(*parts):
    return [p.lower() for p in parts]


def finnish(m, subject, e, user):
    A, B, C, D, G = distinct(person_fi, 5, subject)
    kind = R.randrange(14)
    if kind == 0:
        m.say("Botin koulutusdata, haara ").look(f"nlu-{version()}").say(", tiedosto data/nlu/yhteystiedot.yml\n") \
            .say("Huom. tuotannosta poimitut esimerkit, anonymisoimatta!\n\nnlu:\n- intent: soita_kollegalle\n") \
            .say("  examples: |\n    - soita [").name(g(A, "all")).say("](etunimi)\n    - yhdistä [") \
            .name(*parts_of(B, "all")).say("](henkilo)\n    - voitko soittaa [").name(s(C, "all")) \
            .say("](sukunimi) [").name(g(C, "all")).say("](etunimi)\n    - mikä on [").name(s(D, "gen")) \
            .say("](sukunimi) numero\n    - tavoitanko [").name(nick(A, "par")).say("](etunimi) numerosta [")
        m.entity(phone_of(A), "PHONE").say("](puhelin)\n- intent: ilmoita_puhelinnumero\n  examples: |\n") \
            .say("    - mun uus numero on [").entity(finnish_number(), "PHONE", SUB).say("](puhelin)\n    - oon [") \
            .name(*parts_of(subject), role=SUB).say("](henkilo) ja numero [").entity(phone_of(subject), "PHONE", SUB) \
            .say("](puhelin)\n- synonym: ").name(g(B)).say("\n  examples: |\n    - ").name(nick(B)).say("\n    - ") \
            .name(g(B).lower()).say("\n\n# katselmoija ").name(*parts_of(G)).say(" ").look(date()) \
            .say(": poista henkilönimet ennen yhdistämistä haaraan ").look("main").say(", katso ") \
            .look(case_number()).say(".")
    elif kind == 1:
        rows = [(g(A, "all"), "B-PER"), (s(A, "all"), "I-PER")]
        m.say("# BIO-annotointi, erä ").look(fill("{3}")).say(", annotoija ").name(*parts_of(G)) \
            .say(", tarkistaja ").name(*parts_of(D)).say("\n# lause ").look(fill("{5}")).say("\nsiirrä\tO\ntiketti\tO\n")
        for token, tag in rows:
            m.name(token).say(f"\t{tag}\n")
        m.say("ja\tO\n").name(g(B, "all")).say("\tB-PER\n.\tO\n# lause ").look(fill("{5}")).say("\nsoita\tO\n") \
            .name(g(subject, "all"), role=SUB).say("\tB-PER\n").name(s(subject, "all"), role=SUB).say("\tI-PER\n") \
            .say("numeroon\tO\n").entity(compact_fi(phone_of(subject)), "PHONE", SUB).say("\tB-PHONE\n# lause ") \
            .look(fill("{5}")).say("\n# kommentti: ").name(g(D)).say(" merkitsi edellä ").name(s(B, "gen")).say(" väärin O:ksi, korjattu ") \
            .look(date()).say(". Kysymykset ").name(g(C, "all")).say(", ").entity(address_of(C), "EMAIL").say(".")
    elif kind == 2:
        m.say("Keskusteluloki ").look(case_number()).say(" – annotointinäkymä\nuser: moi mul ei toimi ") \
            .look(R.choice(["Teams", "Wilma", "Pegasos", "Lifecare", "Effica"])).say(" ja ").name(nick(A).lower()) \
            .say(" sano et teiltä saa apuu\n  [intent: vikailmoitus ").look(f"0.{R.randint(55, 97)}") \
            .say("] [slot henkilo: ").name(nick(A)).say("]\nbot: Kerrotko nimesi?\nuser: ") \
            .name(*low(*parts_of(subject)), role=SUB).say("\n  [slot nimi: ").name(*parts_of(subject), role=SUB) \
            .say("]\nbot: Kiitos! Mihin numeroon voin lähettää koodin?\nuser: ").entity(phone_of(subject), "PHONE", SUB) \
            .say(" tai sit ").name(colloquial(s(B, "abl"), "abl").lower()).say(" voi kysyy\nbot: Siirrän sinut asiantuntijalle.\n") \
            .say("agent (").name(g(C)).say("): Moi ").name(g(subject), role=SUB).say("! Mä katon tän. Onks ") \
            .name(g(B), s(B)).say(" sun esihenkilö?\nuser: joo, ja ").name(spoken_clitic(nick(D, "ade")).lower()) \
            .say(" on sama vika\n\nANNOTOIJA ").name(*parts_of(G)).say(": slot henkilo väärin (").name(nick(A)) \
            .say(" ≠ käyttäjä). Botti ei tunnistanut ").name(s(B, "abl")).say("-muotoa. Merkitty ").look(date()).say(".")
    elif kind == 3:
        number = phone_of(subject)
        m.say("[puheentunnistus, ").look(stamp()).say(", luottamus ").look(f"0.{R.randint(60, 93)}") \
            .say("]\njoo moi täs ois ").name(*low(*parts_of(subject)), role=SUB).say(" sielt ") \
            .look(R.choice(["kotihoidost", "kirjastolt", "varikolt", "nuorisotalolt", "koulult"])) \
            .say(" tota mä yritin soittaa ").name(g(A, "all").lower()).say(" mut se ei vastannu ni ") \
            .name(s(B, "gen").lower(), nick(B).lower()).say(" sano et teille pitää soittaa et se tabletti ei lataa ") \
            .say("ja ").name(colloquial(g(C, "ade"), "ade").lower()).say(" on ihan sama juttu ").name(spoken_clitic(s(D)).lower()) \
            .say(" ei tienny mitää mun numero on ").entity(said(number) if R.random() < 0.5 else number.lower(), "PHONE", SUB) \
            .say(" ja sit toi ").name(s(G, "gen").lower()).say(" numero on ").entity(phone_of(G), "PHONE") \
            .say(" jos mua ei saa kiinni kiitti moi\n[loppu ").look(stamp()).say("]")
    elif kind == 4:
        m.say("Moi! Onks ").name(*parts_of(A)).say(" jo palauttanu sen ").look(R.choice(PRODUCTS)).say("? ") \
            .name(colloquial(s(A, "ade"), "ade")).say(" on se ollu kohta kuukauden. Mä kysyin ") \
            .name(colloquial(g(B, "abl"), "abl")).say(" mut ").name(spoken_clitic(g(B))).say(" ei tienny.\n") \
            .say("Soitatsä sille? Sen numero on ")
        tel(m, phone_of(A)).say(".\nT. ").name(nick(subject), role=SUB).say("\n\n> Moi ").name(nick(subject), role=SUB) \
            .say(", soitin ").name(s(A, "all")).say(", ei vastannu. ").name(g(C)).say(" käy ") \
            .name(colloquial(s(A, "ine"), "ine")).say("… siis sen luona ").look(date()).say(" ja hakee laitteen (") \
            .look(asset()).say("). Jos ").name(g(C, "all")).say(" pitää soittaa: ")
        tel(m, phone_of(C)).say(". –").name(g(G))
    elif kind == 5:
        m.say("VAHINKOILMOITUS – ").look(form_number()).say("\nIlmoittaja: ").name(*parts_of(subject), role=SUB) \
            .say("\nHenkilötunnus: ").entity(hetu(), "NATIONAL_ID", SUB).say("\nPuhelin: ")
        tel(m, phone_of(subject), SUB).say("\nSähköposti: ").entity(e, "EMAIL", SUB).say("\nVahinkopäivä: ") \
            .look(date()).say(" klo ").look(clock()).say("\nVahinkopaikka: huone ").look(room()).say(", ") \
            .look(R.choice(STREETS_FI)).say("\nLaite: ").look(R.choice(PRODUCTS)).say(", sarjanumero ").look(serial()) \
            .say(", inventaarionumero ").look(asset()).say("\nKuvaus: Laite putosi pöydältä, kun ").name(g(A), s(A)) \
            .say(" kompastui johtoon. Paikalla oli myös ").name(*parts_of(B)).say(", joka vei laitteen ") \
            .name(s(C, "all")).say(" tarkistettavaksi.\nTodistaja: ").name(*parts_of(B)).say(", puh. ")
        tel(m, phone_of(B)).say("\nEsihenkilö: ").name(*parts_of(D)).say("\nKäsittelijä: ").name(*parts_of(C)) \
            .say(" / ").look(case_number()).say("\nOmavastuu: ").look(euros()).say("\n\nLisätieto ") \
            .name(s(G, "abl")).say(": korvaus ").look(euros()).say(" tilille ").entity(iban(), "IBAN", SUB).say(".")
    elif kind == 6:
        country = R.choice(["FI", "FI", "SE", "DE", "EE"])
        m.say("Takuuhakemus ").look(case_number()).say("\nLaite: ").look(R.choice(PRODUCTS)).say(" (").look(serial()) \
            .say("), ostettu ").look(date()).say(", hinta ").look(euros()).say("\nHakija: ").name(*parts_of(subject), role=SUB) \
            .say(", ").entity(e, "EMAIL", SUB).say("\nMyyjän yhteyshenkilö: ").name(*parts_of(A)).say(", ") \
            .look(R.choice(FIRMS_FI)).say(", ")
        tel(m, phone_of(A)).say("\nVakuutusyhtiön käsittelijä: ").name(*parts_of(B)).say(", vahinkonumero ") \
            .look(case_number()).say("\n\nViesti: Näyttö vaihdettiin kerran (").name(s(A, "gen")).say(" mukaan ") \
            .look(date()).say("), mutta vika palasi. ").name(g(C)).say(" ").name(s(C)).say(" testasi laitteen ") \
            .look(version()).say("-ohjelmistolla. Hyvitys tilille ").entity(iban(country), "IBAN", SUB) \
            .say(", saaja ").name(*parts_of(subject), role=SUB).say(".\nHyväksyjä: ").name(*parts_of(D)).say(" (") \
            .name(s(D, "gen")).say(" sijainen ").name(g(G), s(G)).say(")")
    elif kind == 7:
        ip = ipv4()
        m.say("KÄYTTÖOIKEUSHAKEMUS ").look(case_number()).say("\nHakija: ").name(*parts_of(subject), role=SUB) \
            .say("\nKäyttäjätunnus: ").entity(user, "USERNAME", SUB).say("\nKiinteä IP: ").entity(ip, "IP_ADDRESS", SUB) \
            .say("\nVäliaikainen salasana: ").entity(temp_password(), "CREDENTIAL", SUB).say(" (vaihda heti)") \
            .say("\nJärjestelmä: ").look(R.choice(["Pegasos", "Lifecare", "Effica", "Abilita", "Dynasty 10", "Ahjo"])) \
            .say(", rooli ").look(R.choice(["pääkäyttäjä", "lukija", "kirjaaja"])).say("\nHyväksyjät:\n 1. esihenkilö ") \
            .name(*parts_of(A)).say(" – hyväksytty ").look(date()).say("\n 2. järjestelmän omistaja ") \
            .name(*parts_of(B)).say(" – odottaa (lomalla, sijainen ").name(*parts_of(C)).say(")\n 3. tietoturva ") \
            .name(*parts_of(D)).say(" – ei aloitettu\nKommentti: ").name(g(A)).say(" pyysi, että ").name(s(C)) \
            .say(" hyväksyy ").name(s(B, "gen")).say(" puolesta. Kysy ").name(g(D, "abl")).say(" ") \
            .name(s(D, "abl")).say(", ").entity(address_of(D), "EMAIL").say(" tai ")
        tel(m, phone_of(D)).say(".\nHuom: hakija korvaa ").name(g(G, "gen")).say(" ").name(s(G, "gen")) \
            .say(" tunnuksen, joka suljetaan ").look(date()).say(".")
    elif kind == 8:
        m.say("LÖYTÖTAVARALOKI – pääaula, ").look(R.choice(STREETS_FI)).say("\n")
        rows = [("musta reppu, sis. ", R.choice(PRODUCTS)), ("avainnippu, ", "Kalevala Koru"),
                ("sateenvarjo, ", R.choice(FIRMS_FI)), ("puhelin, ", R.choice(["iPhone 13", "Galaxy A54", "Nokia G42"]))]
        for (what, thing), finder in zip(rows[:3], (A, B, C)):
            m.look(date()).say(" | ").say(what).look(thing).say(" | löysi ").name(*parts_of(finder)).say(" | ") \
                .look(room()).say("\n")
        m.look(date()).say(" | pankkikortti ").entity(card(), "PAYMENT_CARD", SUB).say(" | löysi ").name(*parts_of(D)) \
            .say(" | luovutettu omistajalle ").name(s(subject, "all"), role=SUB).say(" ").look(date()).say(", kuittasi ") \
            .name(*parts_of(G)).say("\nOmistaja ").name(*parts_of(subject), role=SUB).say(" tavoitettiin numerosta ")
        tel(m, phone_of(subject), SUB).say(". Reppu kuuluu ehkä ").name(g(A, "all")).say(" ").name(s(B, "all")) \
            .say(", ").name(s(C)).say(" kysyy.")
    elif kind == 9:
        m.say("Varallaololista, kunnan tietohallinto, ").look(f"vko {R.randint(2, 50)}–{R.randint(2, 50)}").say("\n")
        for who in (A, B, C):
            m.look(f"vko {R.randint(2, 51)}").say(": ").name(*parts_of(who)).say(", ")
            tel(m, phone_of(who)).say("\n")
        m.say("Varalla: ").name(*parts_of(subject), role=SUB).say(", ")
        tel(m, phone_of(subject), SUB).say("\nVaihto: ").name(s(A)).say(" ↔ ").name(s(D)).say(" (").name(g(D)) \
            .say(" ottaa ").name(g(A, "gen")).say(" viikon, sovittu ").name(s(G, "gen")).say(" kanssa ").look(date()) \
            .say(").\nHälytysnumero ei muutu. ").name(g(D, "gen")).say(" uusi numero: ")
        tel(m, phone_of(D))
    elif kind == 10:
        m.say("PÖYTÄKIRJA ").look(case_number()).say(", sivistyslautakunta, ").look(date()).say(" klo ").look(clock()) \
            .say("\nLäsnä: puheenjohtaja ").name(*parts_of(A)).say(", varapuheenjohtaja ").name(*parts_of(B)) \
            .say(", jäsen ").name(*parts_of(C)).say("\nPoissa: ").name(*parts_of(D)).say("\nMuut läsnäolijat: ") \
            .say("sivistysjohtaja ").name(*parts_of(G)).say(", tietohallintopäällikkö ").name(*parts_of(subject), role=SUB) \
            .say(" (esittelijä)\n").look(f"§ {R.randint(10, 99)}").say(" Kokoustablettien uusiminen\n") \
            .name(s(subject), role=SUB).say(" esitteli hankinnan (").look(euros()).say(", ").look(R.choice(PRODUCTS)) \
            .say("). ").name(s(C)).say(" kysyi tuesta; ").name(s(G)).say(" vastasi. Toimenpide: ") \
            .name(g(subject), role=SUB).say(" toimittaa tarjoukset ").name(s(A, "all")).say(" ").look(date()) \
            .say(" mennessä.\nPöytäkirjantarkastajat: ").name(*parts_of(B)).say(" ja ").name(*parts_of(C)) \
            .say("\nYhteystiedot: ").entity(e, "EMAIL", SUB).say(", ")
        tel(m, phone_of(subject), SUB)
    elif kind == 11:
        m.say("Hyvinvointialue / kotihoito ").look(R.choice(["Itä", "Länsi", "Pohjoinen"])).say(", mobiililaitteet\n") \
            .say("Tiimivastaava ").name(*parts_of(subject), role=SUB).say(" pyytää: sairaanhoitaja ").name(*parts_of(A)) \
            .say(" (").look(asset()).say(") ja lähihoitaja ").name(*parts_of(B)).say(" (").look(asset()) \
            .say(") eivät pääse ").look(R.choice(["Lifecare-mobiiliin", "Hilkka-sovellukseen", "Nurse Buddyyn"])) \
            .say(". Osastonhoitaja ").name(s(C)).say(" hyväksyi uudet laitteet; ne noudetaan huoneesta ") \
            .look(room()).say(". ").name(g(A)).say(" on vuorossa ").look(date()).say(", soita ").name(g(A, "all")) \
            .say(": ")
        tel(m, phone_of(A)).say(". ").name(s(B, "all")).say(" voi jättää viestin ").name(g(D, "all")).say(" ") \
            .name(s(D, "all")).say(", ")
        tel(m, phone_of(D)).say(".\nTerveisin ").name(g(subject), role=SUB).say(", ")
        tel(m, phone_of(subject), SUB)
    elif kind == 12:
        m.say("Pelastuslaitos, ajoneuvotabletti ").look(R.choice(["RPL 311", "RPL 101", "KU 201", "PEL 12"])) \
            .say(" (").look(serial()).say(")\nPaloesimies ").name(*parts_of(subject), role=SUB).say(": VIRVE-sovellus ") \
            .look(version()).say(" kaatuu. Vuoron ").name(s(A)).say(" ja ").name(s(B)).say(" huomasivat sen ") \
            .look(date()).say(". Palomestari ").name(*parts_of(C)).say(" pyytää korjausta ennen ").look(clock()) \
            .say(".\nYhteyshenkilö asemalla: ").name(g(D), s(D)).say(", ")
        tel(m, phone_of(D)).say("\nPäivystävä mestari ").name(*parts_of(G)).say(", ")
        tel(m, phone_of(G)).say("\n").name(s(subject), role=SUB).say(": ")
        tel(m, phone_of(subject), SUB)
    else:
        m.say("Toimittaja-arvio, ").look(R.choice(FIRMS_FI)).say(", kausi ").look(f"Q{R.randint(1, 4)}/2027") \
            .say("\nArvioija: ").name(*parts_of(subject), role=SUB).say(", ").entity(e, "EMAIL", SUB) \
            .say("\nToimittajan yhteyshenkilö: ").name(*parts_of(A)).say(", ")
        tel(m, phone_of(A)).say("\nAsentajat: ").name(*parts_of(B)).say(", ").name(*parts_of(C)).say("\n") \
            .say("Toimitusaika: ").look(f"{R.randint(1, 5)}/5").say(" – ").name(s(B)).say(" myöhästyi ").look(date()) \
            .say(" (").look(case_number()).say("), ").name(g(C)).say(" hoiti ").name(s(B, "gen")).say(" keikan.\n") \
            .say("Laatu: ").look(f"{R.randint(1, 5)}/5").say(" – kiitos ").name(g(C, "all")).say(" ").name(s(C, "all")) \
            .say(". Kritiikki välitetty ").name(s(D, "all")).say(".\nLasku ").look(euros()).say(" hyväksytty, ") \
            .name(*parts_of(G)).say(".")
    ending(m, (subject, A, B, C, D, G), "fi")


def compact_fi(number):
    """A number as a tokenizer writes it, one token without spaces."""
    return number.replace(" ", "").replace("-", "")


def english(m, subject, e, user):
    A, B, C, D, G = distinct(person_en, 5, subject)
    f = plain_parts(subject)[0]
    kind = R.randrange(11)
    if kind == 0:
        m.say("// training examples, intent call_colleague (").look(version()).say(")\n{\"text\": \"please call ") \
            .name(f.lower(), role=SUB).say(" ").name(plain_parts(A)[-1].lower()) \
            .say("\", \"intent\": \"call_colleague\", \"entities\": [{\"entity\": \"first_name\", \"value\": \"") \
            .name(f, role=SUB).say("\"}, {\"entity\": \"last_name\", \"value\": \"").name(plain_parts(A)[-1]) \
            .say("\"}]}\n{\"text\": \"my number is ").entity(phone_of(subject), "PHONE", SUB) \
            .say("\", \"intent\": \"give_number\"}\n{\"text\": \"is ").name(*parts_of(B)).say(" in today\", \"entities\": ") \
            .say("[{\"entity\": \"person\", \"value\": \"").name(*parts_of(B)).say("\"}]}\n{\"text\": \"ring ") \
            .name(plain_parts(C)[0].lower()).say(" on ").entity(phone_of(C), "PHONE").say("\"}\n// reviewer ") \
            .name(*parts_of(D)).say(", ").look(date("en")).say(": example 1 mixes ").name(f, role=SUB) \
            .say(" and ").name(plain_parts(A)[-1]).say(" (two people), flagged to ").name(*parts_of(G)).say(".")
    elif kind == 1:
        m.say("Conversation ").look(case_number()).say(" — annotation view\nuser: hi my laptop wont boot, ") \
            .name(plain_parts(A)[0].lower()).say(" said to ask you\n  [intent: hardware_fault ").look(f"0.{R.randint(51, 98)}") \
            .say("] [slot person: ").name(plain_parts(A)[0]).say("]\nbot: What's your name?\nuser: ") \
            .name(*low(*parts_of(subject)), role=SUB).say("\nbot: Thanks! Which number should I text?\nuser: ") \
            .entity(phone_of(subject), "PHONE", SUB).say(" or ask ").name(plain_parts(B)[-1]) \
            .say("\nbot: Handing you to an agent.\nagent (").name(plain_parts(C)[0]).say("): Hi ").name(f, role=SUB) \
            .say(", is ").name(*parts_of(B)).say(" your manager?\nuser: yes and ").name(plain_parts(D)[0].lower()) \
            .say(" has the same fault\n\nANNOTATOR ").name(*parts_of(G)).say(": slot person wrong (").name(plain_parts(A)[0]) \
            .say(" is not the user). Reviewed ").look(date("en")).say(".")
    elif kind == 2:
        m.say("[speech-to-text ").look(stamp()).say(" confidence ").look(f"0.{R.randint(60, 94)}").say("]\n") \
            .say("hi its ").name(*low(*parts_of(subject)), role=SUB).say(" from the ") \
            .look(R.choice(["depot", "council offices", "library", "leisure centre"])) \
            .say(" um i tried ").name(plain_parts(A)[0].lower()).say(" but no answer and ") \
            .name(plain_parts(B)[-1].lower()).say(" said to call you lot the tablet wont charge and ") \
            .name(plain_parts(C)[0].lower()).say(" has the same problem my number is ") \
            .entity(phone_of(subject).lower(), "PHONE", SUB).say(" or try ").name(plain_parts(D)[0].lower()) \
            .say(" on ").entity(phone_of(D), "PHONE").say(" cheers bye\n[end ").look(stamp()).say("]")
    elif kind == 3:
        m.say("EQUIPMENT DAMAGE REPORT ").look(form_number("en")).say("\nReported by: ").name(*parts_of(subject), role=SUB) \
            .say("\nPhone: ")
        tel(m, phone_of(subject), SUB, "en").say("\nEmail: ").entity(e, "EMAIL", SUB).say("\nDate of incident: ") \
            .look(date("en")).say("\nLocation: room ").look(room()).say(", ").look(R.choice(STREETS_EN)) \
            .say("\nItem: ").look(R.choice(PRODUCTS_EN)).say(", serial ").look(serial()).say(", asset ").look(asset()) \
            .say("\nDescription: dropped when ").name(*parts_of(A)).say(" tripped over a cable. ").name(plain_parts(B)[0]) \
            .say(" ").name(plain_parts(B)[-1]).say(" saw it and took the unit to ")
        genitive_en(m, plain_parts(C)[-1]).say(" desk.\nWitness: ").name(*parts_of(B)).say(", ")
        tel(m, phone_of(B), "third", "en").say("\nLine manager: ").name(*parts_of(D)).say("\nHandled by: ") \
            .name(*parts_of(C)).say(" / ").look(case_number()).say("\nExcess: ").look(euros("en"))
    elif kind == 4:
        m.say("Warranty claim ").look(case_number()).say("\nDevice: ").look(R.choice(PRODUCTS_EN)).say(" (SN ") \
            .look(serial()).say("), bought ").look(date("en")).say(" for ").look(euros("en")).say("\nClaimant: ") \
            .name(*parts_of(subject), role=SUB).say(", ").entity(e, "EMAIL", SUB).say("\nReseller contact: ") \
            .name(*parts_of(A)).say(", ").look(R.choice(FIRMS_EN)).say(", ")
        tel(m, phone_of(A), "third", "en").say("\nInsurer's adjuster: ").name(*parts_of(B)).say(", claim ") \
            .look(case_number()).say("\n\nThe screen was replaced once (per ")
        genitive_en(m, plain_parts(A)[-1]).say(" notes), but the fault came back. ").name(*parts_of(C)) \
            .say(" tested it. Refund to ").entity(iban(R.choice(["GB", "IE", "FI"])), "IBAN", SUB).say(", payee ") \
            .name(*parts_of(subject), role=SUB).say(".\nApprover: ").name(*parts_of(D)).say(" (deputy ") \
            .name(*parts_of(G)).say(")")
    elif kind == 5:
        m.say("ACCESS REQUEST ").look(case_number()).say("\nRequester: ").name(*parts_of(subject), role=SUB) \
            .say("\nUsername: ").entity(user, "USERNAME", SUB).say("\nFixed IP: ").entity(ipv4(), "IP_ADDRESS", SUB) \
            .say("\nTemporary password: ").entity(temp_password(), "CREDENTIAL", SUB) \
            .say("\nSystem: ").look(R.choice(["EMIS Web", "SystmOne", "Civica Pay", "Idox Uniform", "Northgate"])) \
            .say("\nApprovals:\n 1. line manager ").name(*parts_of(A)).say(" — approved ").look(date("en")) \
            .say("\n 2. system owner ").name(*parts_of(B)).say(" — pending (on leave; deputy ").name(*parts_of(C)) \
            .say(")\n 3. information governance ").name(*parts_of(D)).say(" — not started\nNote: ") \
            .name(plain_parts(A)[0]).say(" asked that ").name(plain_parts(C)[-1]).say(" approve on ")
        genitive_en(m, plain_parts(B)[-1]).say(" behalf. Ask ").name(*parts_of(D)).say(", ") \
            .entity(address_of(D), "EMAIL").say(" or ")
        tel(m, phone_of(D), "third", "en").say(". Replaces ")
        genitive_en(m, plain_parts(G)[-1]).say(" account, closed ").look(date("en")).say(".")
    elif kind == 6:
        m.say("LOST PROPERTY LOG — reception, ").look(R.choice(STREETS_EN)).say("\n")
        for what, finder in (("black rucksack with a ", A), ("umbrella from ", B), ("lanyard and pass for ", C)):
            m.look(date("en")).say(" | ").say(what).look(R.choice(PRODUCTS_EN[:4] if finder is A else FIRMS_EN)) \
                .say(" | found by ").name(*parts_of(finder)).say(" | ").look(room()).say("\n")
        m.look(date("en")).say(" | bank card ").entity(card(), "PAYMENT_CARD", SUB).say(" | found by ") \
            .name(*parts_of(D)).say(" | returned to ").name(*parts_of(subject), role=SUB).say(", signed ") \
            .name(*parts_of(G)).say("\nOwner reached on ")
        tel(m, phone_of(subject), SUB, "en").say(".")
    elif kind == 7:
        m.say("On-call rota, digital services, NHS trust, weeks ").look(f"{R.randint(2, 25)}–{R.randint(26, 50)}") \
            .say("\n")
        for who in (A, B, C):
            m.say("Week ").look(str(R.randint(2, 51))).say(": ").name(*parts_of(who)).say(", ")
            tel(m, phone_of(who), "third", "en").say("\n")
        m.say("Backup: ").name(*parts_of(subject), role=SUB).say(", ")
        tel(m, phone_of(subject), SUB, "en").say("\nSwap: ").name(plain_parts(A)[-1]).say(" ↔ ") \
            .name(plain_parts(D)[-1]).say(" (agreed with ").name(*parts_of(G)).say(" on ").look(date("en")).say(")")
    elif kind == 8:
        m.say("MINUTES, Digital Committee, ").look(date("en")).say("\nPresent: Cllr ").name(*parts_of(A)) \
            .say(" (Chair), Cllr ").name(*parts_of(B)).say(", Cllr ").name(*parts_of(C)).say("\nApologies: ") \
            .name(*parts_of(D)).say("\nOfficers: ").name(*parts_of(G)).say(" (Head of IT), ") \
            .name(*parts_of(subject), role=SUB).say(" (Service Desk Manager)\nItem ").look(f"{R.randint(3, 12)}") \
            .say(": Replacement tablets (").look(R.choice(PRODUCTS_EN)).say(", ").look(euros("en")).say(")\n") \
            .name(plain_parts(subject)[-1], role=SUB).say(" presented. Cllr ").name(plain_parts(C)[-1]) \
            .say(" asked about support. ACTION: ").name(plain_parts(subject)[0], role=SUB).say(" to send quotes to ") \
            .name(plain_parts(A)[-1]).say(" by ").look(date("en")).say(".\nContact: ").entity(e, "EMAIL", SUB).say(", ")
        tel(m, phone_of(subject), SUB, "en")
    elif kind == 9:
        m.say("Contractor performance review: ").look(R.choice(FIRMS_EN)).say(", ").look(f"Q{R.randint(1, 4)} 2027") \
            .say("\nReviewer: ").name(*parts_of(subject), role=SUB).say("\nContractor lead: ").name(*parts_of(A)) \
            .say(", ")
        tel(m, phone_of(A), "third", "en").say("\nEngineers: ").name(*parts_of(B)).say(", ").name(*parts_of(C)) \
            .say("\nTimeliness ").look(f"{R.randint(1, 5)}/5").say(": ").name(plain_parts(B)[0]).say(" was late on ") \
            .look(date("en")).say(" (").look(case_number()).say("); ").name(plain_parts(C)[0]).say(" covered.\n") \
            .say("Quality ").look(f"{R.randint(1, 5)}/5").say(": thanks to ").name(*parts_of(C)).say(". Escalated to ") \
            .name(*parts_of(D)).say(". Invoice ").look(euros("en")).say(" approved by ").name(*parts_of(G)).say(".")
    else:
        m.say("Hiya, has ").name(*parts_of(A)).say(" brought back the ").look(R.choice(PRODUCTS_EN)) \
            .say(" yet? I asked ").name(plain_parts(B)[0]).say(" but no idea. Can you ring ") \
            .name(plain_parts(A)[0]).say("? ")
        tel(m, phone_of(A), "third", "en").say("\n– ").name(plain_parts(subject)[0], role=SUB) \
            .say("\n\n> Rang, no answer. ").name(*parts_of(C)).say(" will collect it on ").look(date("en")) \
            .say(" (asset ").look(asset()).say("). ").name(plain_parts(D)[0]).say(" can be reached on ")
        tel(m, phone_of(D), "third", "en").say(". ").name(plain_parts(G)[0])
    ending(m, (subject, A, B, C, D, G), "en")


def swedish(m, subject, e, user):
    A, B, C, D, G = distinct(person_sv, 5, subject)
    f = plain_parts(subject)[0]
    kind = R.randrange(6)
    if kind == 0:
        m.say("Träningsdata för boten, intent ring_kollega\n    - ring [").name(plain_parts(A)[0]).say("](fornamn)\n") \
            .say("    - koppla mig till [").name(*parts_of(B)).say("](person)\n    - vad är [") \
            .name(genitive_sv(plain_parts(C)[-1])).say("](efternamn) nummer\n    - mitt nummer är [") \
            .entity(phone_of(subject), "PHONE", SUB).say("](telefon)\n    - jag heter [").name(*parts_of(subject), role=SUB) \
            .say("](person)\n# granskare ").name(*parts_of(D)).say(" ").look(date("sv")).say(": ta bort namnen, ") \
            .name(plain_parts(G)[0]).say(" vet mer.")
    elif kind == 1:
        m.say("[taligenkänning ").look(stamp()).say("]\nhej det är ").name(*low(*parts_of(subject)), role=SUB) \
            .say(" från ").look(R.choice(["biblioteket", "hemtjänsten", "depån"])).say(" jag försökte nå ") \
            .name(plain_parts(A)[0].lower()).say(" men ").name(plain_parts(B)[-1].lower()) \
            .say(" sa att jag skulle ringa er surfplattan laddar inte mitt nummer är ") \
            .entity(phone_of(subject), "PHONE", SUB).say(" eller ").name(genitive_sv(plain_parts(C)[0]).lower()) \
            .say(" nummer ").entity(phone_of(C), "PHONE").say(" hej då\n[slut ").look(stamp()).say("]")
    elif kind == 2:
        m.say("SKADEANMÄLAN ").look(form_number("sv")).say("\nAnmälare: ").name(*parts_of(subject), role=SUB) \
            .say("\nTelefon: ")
        tel(m, phone_of(subject), SUB, "sv").say("\nE-post: ").entity(e, "EMAIL", SUB).say("\nDatum: ").look(date("sv")) \
            .say("\nPlats: rum ").look(room()).say(", ").look(R.choice(STREETS_SV)).say("\nUtrustning: ") \
            .look(R.choice(PRODUCTS_EN)).say(", serienummer ").look(serial()).say("\nBeskrivning: ") \
            .name(*parts_of(A)).say(" snubblade på sladden. ").name(*parts_of(B)).say(" såg det.\nVittne: ") \
            .name(*parts_of(B)).say(", ")
        tel(m, phone_of(B), "third", "sv").say("\nChef: ").name(*parts_of(C)).say("\nHandläggare: ") \
            .name(*parts_of(D)).say(" / ").look(case_number()).say("\nSjälvrisk: ").look(euros("sv"))
    elif kind == 3:
        m.say("BEHÖRIGHETSANSÖKAN ").look(case_number()).say("\nSökande: ").name(*parts_of(subject), role=SUB) \
            .say("\nAnvändarnamn: ").entity(user, "USERNAME", SUB).say("\nSystem: ") \
            .look(R.choice(["Procapita", "Treserva", "Lifecare"])).say("\nGodkännare:\n 1. chef ").name(*parts_of(A)) \
            .say(" – godkänt ").look(date("sv")).say("\n 2. systemägare ").name(*parts_of(B)).say(" – väntar (ledig, ersättare ") \
            .name(*parts_of(C)).say(")\nFråga ").name(genitive_sv(plain_parts(D)[0])).say(" team: ")
        tel(m, phone_of(D), "third", "sv")
    elif kind == 4:
        m.say("Jourlista, kommunens IT, ").look(f"v. {R.randint(2, 50)}").say("\n")
        for who in (A, B, C):
            m.look(f"v. {R.randint(2, 51)}").say(": ").name(*parts_of(who)).say(", ")
            tel(m, phone_of(who), "third", "sv").say("\n")
        m.say("Reserv: ").name(*parts_of(subject), role=SUB).say(", ")
        tel(m, phone_of(subject), SUB, "sv").say("\nByte: ").name(plain_parts(A)[-1]).say(" ↔ ").name(plain_parts(D)[-1]) \
            .say(" (överenskommet med ").name(*parts_of(G)).say(")")
    else:
        m.say("HITTEGODSLOGG – receptionen, ").look(R.choice(STREETS_SV)).say("\n").look(date("sv")) \
            .say(" | ryggsäck | hittad av ").name(*parts_of(A)).say(" | ").look(room()).say("\n").look(date("sv")) \
            .say(" | bankkort ").entity(card(), "PAYMENT_CARD", SUB).say(" | hittat av ").name(*parts_of(B)) \
            .say(" | återlämnat till ").name(*parts_of(subject), role=SUB).say(", kvitterat av ").name(*parts_of(C)) \
            .say("\nÄgaren nåddes på ")
        tel(m, phone_of(subject), SUB, "sv").say(". ").name(genitive_sv(f), role=SUB).say(" kollega ") \
            .name(*parts_of(D)).say(" hämtade paraplyet.")
    ending(m, (subject, A, B, C, D, G), "sv")


def written(language, subject, e, user):
    """A message about subject, drawn again while a labelled value stands unlabelled elsewhere in it."""
    for _ in range(500):
        drawn = PHONES.copy()
        m = Message(language, "held-out-29")
        {"fi": finnish, "en": english, "sv": swedish}[language](m, subject, e, user)
        try:
            m.check()
            stray = m.stray_copy()
            verify(m)
        except AssertionError as failure:
            stray = str(failure)[:40]
        if stray is None:
            return m
        REDRAWN[language] += 1
        PHONES.clear()
        PHONES.update(drawn)
    raise AssertionError(("no clean draw", language, subject))


def main():
    counts = collections.Counter()
    for i in range(650):
        language = "sv" if i % 10 == 9 else ("en" if i % 20 in (1, 3, 5, 7, 11, 13, 15) else "fi")
        subject = person_fi() if language == "fi" else (person_en() if language == "en" else person_sv())
        plain = tuple(plain_parts(subject))
        e = address_of(plain)
        user = username_of(plain)
        m = written(language, subject, e, user)
        m.known = {"name": " ".join(plain), "email": e, "username": user, "agentName": "Service Desk"}
        emit(m, counts)
    if "--stats" in sys.argv:
        print(json.dumps(dict(counts)), dict(PHONES), len(PHONES), dict(REDRAWN), file=sys.stderr)


main()
