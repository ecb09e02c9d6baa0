#!/usr/bin/env python3
"""Generates the seventeenth held-out set (held-out-17.jsonl), written and committed before the engine was run on it, as
an untouched set beside sets 15 and 16: nobody tunes on it. It holds kinds of service-desk text sets 1-16 lack or hold
only once: a mobile chat typed all in lower case without punctuation ("moi oon fanni sinisalon tiimistä"), and
speech-to-text voicemail with no punctuation and numbers said digit by digit in standard Finnish ("numeroni on nolla
neljä neljä kuusi …") and in English with "double" and "triple" ("zero seven double zero …"), also quoted in a phone
bot's summary; ticket history lines ("Käsittelijä: Vilén Minea → Hägglund Margareta", "assignee changed from … to
…", "reassigned to Network (…)"); CSV and markdown tables and JSON and log snippets with names as values
("assignee": "Mulligan, Caoimhe", displayName="…", owner="…"); out-of-office replies naming a substitute in the
illative ("ota yhteyttä Tigist Girmaan"); names after degree abbreviations (DI, FM, KTM, PhD, MSc, Dr, Prof.);
names in quotes ("Bengt Sjöblom", 'Benita Wikman', »Sjöblom«); nicknames beside the given name and then alone in
the cases (Antti "Antsku" …, Antskulle; Barnaby "Barney" …); English possessives, also after -s (Topias's, Cairns's,
Reino's); Finland-Swedish surnames in the Finnish cases (Sjöblomilta, Hellströmille, Viléniltä); hyphenated double
given names and double surnames in the cases (Pirjo-Riitalta, Esa-Pekkineen, Rajala-Ikoselle, Kulmala-Juvoseen);
a surname change by marriage in the essive and translative ("Juntusena, ei Immosena", "Immoseksi"), minutes
and a power of attorney read by OCR ("V A L T A K I R J A", "Valtuutan Tuure Kolehmaisen"), name-day wishes.
Names are new to the sets: Finnish given names (Veera, Tiia, Pinja, Aada, Elna, Siviä, Ensio, Reino, Kalervo, Nestori,
Tuure, Viljami, Ruut, Nelli, Minea, Fanni, Heta, Milja, Saana, Luukas, Severi, Vertti, Topias, Mauno, Maila, Helvi,
Peppi; hyphenated Pirjo-Riitta, Kaija-Liisa, Esa-Pekka, Ulla-Maija, Tuula-Maria), nicknames (Tumppi, Hessu, Mape,
Antsku, Sepi, Vilppu, Tiinu), surnames (Lahtinen, Markkanen, Suominen, Koponen, Ruohonen, Alanen, Parviainen,
Karvonen, Auvinen, Kolehmainen, Ikonen, Hartikainen, Kähkönen, Immonen, Pekkarinen, Kosonen, Tahvanainen, Hokkanen,
Ollikainen, Pasanen, Juntunen, Tiihonen, Saastamoinen, Juvonen, Hakkarainen, Mikkola, Rajala, Sirola, Myllymäki,
Kulmala, Rönkkö, Kauppi, Ikäheimo, Soini, Harjula, Jylhä, Hongisto, Jaakkola, Sinisalo, Räty, Hurme), Finland-Swedish
(Kjell, Margareta, Rurik, Barbro, Rolf, Håkan, Bengt, Elin, Linnéa, Benita, Holger, Ragnar, Sigrid, Tove; Åberg,
Sjöblom, Nylund, Enqvist, Hägg, Eklund, Lindell, Vilén, Lundqvist, Wahlroos, Nordström, Lindfors, Bäckman, Hellström,
Sandström, Lindblom, Strömberg, Fagerholm, Krogius, Grahn, Ahlberg, Björkqvist, Wikman, Kronqvist, Hägglund, Rönnholm,
Mickelsson, Saxén, Vikström), Eritrean and Ethiopian (Semhar, Tesfaye, Mehari, Abrham, Tigist, Selamawit; Haile,
Gebremariam, Tesfamariam, Bekele, Girma, Tadesse), Romanian (Ionuț, Mihaela, Bogdan; Ionescu, Dumitrescu), Italian
(Giuseppe, Alessandro; Esposito, Ricciardi), French (Aurélien, Solène; Lefebvre, Rousseau), Lithuanian (Žydrūnas,
Rūta, Aušra; Kazlauskas, Petrauskaitė), Latvian (Ilze, Jānis; Bērziņš, Ozoliņa), Georgian (Tamar, Lasha, Natia, Nodar;
Lomidze, Kvaratskhelia), English, Scottish and Irish (Gideon, Percival, Mabel, Winifred, Ophelia, Cressida, Barnaby,
Rowena, Ezra, Clement, Hester, Ambrose, Constance, Felicity, Verity, Eilidh, Alasdair, Caoimhe, Ruairí, Darragh,
Cathal; Blackwood, Cartwright, Fairweather, Underwood, Rowntree, Ollerenshaw, Dunmore, Wickham, Harcourt, Beckett,
Galbraith, Buchanan, Drummond, Lennox, Cairns, Doherty, Kavanagh, Mulligan, Donnelly; nicknames Barney, Ned, Hattie,
Tilly, Pippa, Alfie). Look-alikes are mostly new: streets, buildings and places named after people (Paasitorni,
Aalto-yliopistossa, Snellmaninkatu, Kekkosen kotimuseolla, Runeberginkadulla, kokoustila Ainola), firms named after
founders in the Finnish cases (Stockmannilla, Pauligin, Hartwallin, Fazerilta, Serlachiuksen, Hasselbladin), words
that are given names, in lower case or as words (onni, toivo, rauha, työrauhaa, lempi-, Armas aika, into, urhea; hope,
grace, faith), voice assistants and AI products (Alexa, Siri, Cortana, Copilot, Gemini, Claude, Jasper, Amelia,
Erica), hosts, printers and rooms named after people or gods (palvelin tesla, odin, thor, tulostin Einstein, Curie,
neuvotteluhuone Sibelius, Louhi), laws and effects (Parkinsonin laki, Dunning–Kruger-ilmiö, Hanlonin partaveitsi,
Goodhartin laki, the Peter principle, Brooks's law), software named like people (Joplin, Athena, Debian, Linux,
Jasmine, Hermes), holidays named after people or saints (Runebergin päivänä, Snellmanin päivänä, pyhäinpäivänä,
Tuomaan päivänä, St Andrew's Day, Boxing Day, Guy Fawkes Night); Alexa, Siri, Cortana, Copilot, Gemini, onni, toivo,
armas, lempi and into come back from earlier sets in new sentences.
Each name part is its own NAME span (titles, degrees, quotes, @ and the 's of an English possessive are outside the
spans). Same format as evaluation-set.jsonl; 640 messages, half Finnish. Each message checks itself before it is
printed: every span holds the text at its offsets and no look-alike overlaps a span.
Deterministic: python3 held-out-17.py > held-out-17.jsonl"""
import random

import identifiers
from message import Message
from name_forms import foreign, inflect, nen

R = random.Random(17171717)


def harmony(word):
    return "a" if any(c in "aouAOU" for c in word.split("-")[-1]) else "ä"


def fi(nom, weak=None, strong=None, par=None, ill=None):
    """inflect() with the abessive and the comitative."""
    forms = inflect(nom, weak, strong, par, ill)
    w, s = weak or nom, strong or weak or nom
    forms["abe"], forms["com"] = w + "tt" + harmony(s), comitative(s)
    return forms


def comitative(stem):
    if stem.endswith(("ee", "kse")) or stem[-1] in "aä":
        return stem[:-1] + "ineen"
    if stem[-1] == "i":
        return stem[:-1] + "eineen"
    return stem + "ineen"


def nen17(nom):
    """nen() with the abessive and comitative, vowel harmony by the last part of a double surname."""
    forms = nen(nom)
    forms["abe"] = nom[:-3] + "sett" + harmony(nom)
    forms["com"] = nom[:-3] + "sineen"
    return forms


def other(nom):
    """foreign() with the abessive and comitative on the same stem; marked letters kept as written."""
    forms = foreign(nom)
    stem = forms["gen"][:-1]
    forms["abe"], forms["com"] = stem + "tt" + harmony(stem), stem + "neen" if stem[-1] == "i" else comitative(stem)
    return forms


FI_FIRST = [fi("Veera"), fi("Tiia"), fi("Pinja"), fi("Aada"), fi("Elna"), fi("Siviä"), fi("Ensio"), fi("Reino"),
            fi("Kalervo"), fi("Nestori"), fi("Tuure"), fi("Viljami"), other("Ruut"), fi("Nelli"), fi("Minea"), fi("Fanni"),
            fi("Heta"), fi("Milja"), fi("Saana"), fi("Luukas", "Luukkaa", "Luukkaa", par="Luukasta", ill="Luukkaaseen"),
            fi("Severi"), fi("Vertti", "Verti", "Vertti"), fi("Topias", "Topiakse", "Topiakse", par="Topiasta"), fi("Mauno"),
            fi("Maila"), fi("Helvi"), fi("Peppi", "Pepi", "Peppi")]
FI_DOUBLE_FIRST = [fi("Pirjo-Riitta", "Pirjo-Riita", "Pirjo-Riitta"), fi("Kaija-Liisa"), fi("Esa-Pekka", "Esa-Peka", "Esa-Pekka"),
                   fi("Ulla-Maija"), fi("Tuula-Maria")]
NICKS = [("Tuomas", fi("Tumppi", "Tumpi", "Tumppi")), ("Henrik", fi("Hessu")), ("Pentti", fi("Pena")),
         ("Marko", fi("Mape", "Mapee", "Mapee", par="Mapea", ill="Mapeen")), ("Antti", fi("Antsku", "Antsku", "Antsku")),
         ("Seppo", fi("Sepi")), ("Vilho", fi("Vilppu", "Vilpu", "Vilppu")), ("Tiina", fi("Tiinu"))]
FI_LAST = [nen17(n) for n in ["Lahtinen", "Markkanen", "Suominen", "Koponen", "Ruohonen", "Alanen", "Parviainen",
                              "Karvonen", "Auvinen", "Kolehmainen", "Ikonen", "Hartikainen", "Kähkönen", "Immonen",
                              "Pekkarinen", "Kosonen", "Tahvanainen", "Hokkanen", "Ollikainen", "Pasanen", "Juntunen",
                              "Tiihonen", "Saastamoinen", "Juvonen", "Hakkarainen"]] + \
          [fi("Mikkola"), fi("Rajala"), fi("Sirola"), fi("Myllymäki", "Myllymäe", "Myllymäke", par="Myllymäkeä", ill="Myllymäkeen"),
           fi("Kulmala"), fi("Rönkkö", "Rönkö", "Rönkkö"), fi("Kauppi", "Kaupi", "Kauppi"), fi("Ikäheimo"), fi("Soini"),
           fi("Harjula"), fi("Jylhä"), fi("Hongisto"), fi("Jaakkola"), fi("Sinisalo"), fi("Räty", "Rädy", "Räty"),
           fi("Hurme", "Hurmee", "Hurmee", par="Hurmetta", ill="Hurmeeseen")]
FI_DOUBLE_LAST = [nen17("Rajala-Ikonen"), nen17("Kulmala-Juvonen"), fi("Suominen-Mikkola"), nen17("Jylhä-Kähkönen"),
                  fi("Hokkanen-Sirola"), nen17("Sinisalo-Pasanen"), fi("Tiihonen-Jaakkola")]
SW_FIRST = [other(n) for n in ["Kjell", "Margareta", "Rurik", "Barbro", "Rolf", "Håkan", "Bengt", "Elin", "Linnéa",
                               "Benita", "Holger", "Ragnar", "Sigrid", "Tove"]]
SW_LAST = [other(n) for n in ["Åberg", "Sjöblom", "Nylund", "Enqvist", "Hägg", "Eklund", "Lindell", "Vilén", "Lundqvist",
                              "Wahlroos", "Nordström", "Lindfors", "Bäckman", "Hellström", "Sandström", "Lindblom",
                              "Strömberg", "Fagerholm", "Grahn", "Ahlberg", "Björkqvist", "Wikman", "Kronqvist",
                              "Hägglund", "Rönnholm", "Mickelsson", "Saxén", "Vikström"]] + \
          [fi("Krogius", "Krogiukse", "Krogiukse", par="Krogiusta")]


def origin(firsts, lasts):
    return [other(n) for n in firsts], [other(n) for n in lasts]


HORN = origin(["Semhar", "Tesfaye", "Mehari", "Abrham", "Tigist", "Selamawit"],
              ["Haile", "Gebremariam", "Tesfamariam", "Bekele", "Girma", "Tadesse"])
ROMANIAN = origin(["Ionuț", "Mihaela", "Bogdan"], ["Ionescu", "Dumitrescu"])
ITALIAN = origin(["Giuseppe", "Alessandro"], ["Esposito", "Ricciardi"])
FRENCH = origin(["Aurélien", "Solène"], ["Lefebvre", "Rousseau"])
BALTIC = ([other(n) for n in ["Žydrūnas", "Rūta", "Aušra", "Ilze", "Jānis"]],
          [other("Kazlauskas"), fi("Petrauskaitė", ill="Petrauskaitėen"), other("Bērziņš"), other("Ozoliņa")])
GEORGIAN = origin(["Tamar", "Lasha", "Natia", "Nodar"], ["Lomidze", "Kvaratskhelia"])
ORIGINS = [HORN, ROMANIAN, ITALIAN, FRENCH, BALTIC, GEORGIAN, (SW_FIRST, SW_LAST)]

EN_FIRST = ["Gideon", "Percival", "Mabel", "Winifred", "Ophelia", "Cressida", "Barnaby", "Rowena", "Ezra", "Clement",
            "Hester", "Ambrose", "Constance", "Felicity", "Verity", "Eilidh", "Alasdair", "Caoimhe", "Ruairí", "Darragh",
            "Cathal"]
EN_LAST = ["Blackwood", "Cartwright", "Fairweather", "Underwood", "Rowntree", "Ollerenshaw", "Dunmore", "Wickham",
           "Harcourt", "Beckett", "Galbraith", "Buchanan", "Drummond", "Lennox", "Cairns", "Doherty", "Kavanagh",
           "Mulligan", "Donnelly"]
EN_NICKS = [("Barnaby", "Barney"), ("Edward", "Ned"), ("Harriet", "Hattie"), ("Matilda", "Tilly"), ("Philippa", "Pippa"),
            ("Alfred", "Alfie")]
DOMAINS = ["kaupunki.example.fi", "verkkokauppa.example.fi", "logistiikka.example.com", "yliopisto.example.fi",
           "charity.example.org.uk", "engineering.example.ie"]

TOOLS = ["Joplin", "Athena", "Debian", "Linux", "Jasmine", "Hermes", "Teams", "Outlook", "SAP", "Citrix"]
ASSISTANTS = ["Alexa", "Siri", "Cortana", "Copilot", "Gemini", "Claude", "Jasper", "Amelia", "Erica"]
HOSTS = ["tesla", "odin", "thor", "freya", "zeus"]
PRINTERS = ["Einstein", "Curie", "Newton", "Tesla"]
ROOMS_FI = [("neuvotteluhuone Sibelius", "neuvotteluhuone Sibeliuksessa"), ("neuvotteluhuone Louhi", "neuvotteluhuone Louhessa"),
            ("Aalto-sali", "Aalto-salissa"), ("kokoustila Ainola", "kokoustila Ainolassa")]
ROOMS_EN = ["the Sibelius room", "Room Louhi", "the Aalto suite", "Room Curie"]
LAWS_FI = ["Parkinsonin laki", "Dunning–Kruger-ilmiö", "Hanlonin partaveitsi", "Goodhartin laki", "Brooksin laki"]
LAWS_EN = ["Parkinson's law", "the Dunning–Kruger effect", "Hanlon's razor", "Goodhart's law", "the Peter principle",
           "Brooks's law"]
FIRMS_WITH_FI = ["Stockmannin", "Pauligin", "Hartwallin", "Fazerin"]
FIRMS_EN = ["Stockmann", "Paulig", "Hartwall", "Fazer", "Hasselblad"]
PLACES_FI = ["Paasitorni", "Paasitornissa", "Aalto-yliopistossa", "Snellmaninkatu {2}", "Kekkosen kotimuseolla",
             "Runeberginkadulla"]
FIRM_SENTENCES_FI = [("Juhlan tarjoilut tilataan ", "Fazerilta", "."), ("Vierailu ", "Serlachiuksen", " museoon siirtyy."),
                     ("Vanha ", "Hasselbladin", " kamera jää varastoon."), ("Juomat tulevat ", "Hartwallilta", "."),
                     ("Lahjakortit haetaan ", "Stockmannilta", ".")]
PLACES_EN = ["Paasitorni", "Aalto University", "Snellmaninkatu {2}", "the Sibelius Monument"]
HOLIDAYS_FI = ["Runebergin päivänä", "Snellmanin päivänä", "pyhäinpäivänä", "Minna Canthin päivänä", "Tuomaan päivänä", "mikkelinpäivänä"]
UNTIL_FI = ["Runebergin päivään", "Snellmanin päivään", "pyhäinpäivään", "Tuomaan päivään"]
HOLIDAYS_EN = ["St Andrew's Day", "Boxing Day", "Guy Fawkes Night", "St Lucia's Day", "Martin Luther King Day"]
TICKETS = ["INC{7}", "REQ{6}", "SD-{5}", "CHG{6}", "v{1}.{2}.{1}"]
GREET_FI = ["Terveisin", "Kiitos etukäteen", "Hyvää joulun odotusta", "Ystävällisesti"]
GREET_EN = ["Regards", "Thanks in advance", "All the best", "Speak soon"]
WORDS_FI = [("Meillä kävi ", "onni", ", varmuuskopio löytyi."), ("", "Toivo", " on, että päivitys korjaa tämän."),
            ("Avokonttorissa ei ole ", "työrauhaa", " tulostimen takia."), ("Uuden järjestelmän ", "into", " hiipui nopeasti."),
            ("", "Armas", " aika, taas sama virhe."), ("Minun ", "lempi", "ohjelmani kaatui."),
            ("Tukihenkilö oli ", "urhea", " ja avasi palvelinkaapin."), ("", "Alexa", " soittaa joululauluja aulassa."),
            ("", "Siri", " ei tunnista suomea."), ("", "Copilot", " ehdottaa outoja kaavoja."),
            ("", "Parkinsonin laki", " pätee: työ venyy."), ("Palvelin ", "odin", " käynnistettiin uudelleen."),
            ("Joulukahvit ostettiin ", "Stockmannilla", "."), ("Kokous pidetään ", "Paasitornissa", ".")]
WORDS_EN = [("", "Alexa", " keeps answering during the meeting."), ("", "Cortana", " popped up again after the update."),
            ("", "Claude", " summarised the incident for us."), ("Ask ", "Gemini", " for the formula, it said."),
            ("Host ", "thor", " was patched last night."), ("Printer ", "Einstein", " is out of toner."),
            ("", "Hanlon's razor", " applies here."), ("The office closes on ", "Boxing Day", "."),
            ("", "Parkinson's law", ": the migration filled the whole quarter."), ("Coffee is from ", "Paulig", " again.")]


def fill(pattern):
    return identifiers.fill(R, pattern)


def pick(items):
    return fill(R.choice(items))


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "046", "050"])
    rest = identifiers.digits(R, 7)
    return R.choice([f"{prefix}-{rest[:3]} {rest[3:]}", f"+358 {prefix[1:]} {rest[:3]} {rest[3:5]} {rest[5:]}",
                     f"{prefix} {rest[:3]} {rest[3:5]} {rest[5:]}", f"+358{prefix[1:]}{rest}", f"{prefix}.{rest[:3]}.{rest[3:]}"])


def landline():
    """Finnish landline forms: area code with or without brackets, dash or space, international."""
    return fill(R.choice(["09 {3} {4}", "(09) {4} {3}", "02 {3} {4}", "03-{3} {4}", "+358 2 {3} {4}", "014 {3} {3}",
                          "(08) {3} {4}", "019-{3} {3}"]))


def foreign_phone():
    return fill(R.choice(["+40 7{2} {3} {3}", "+39 3{2} {3} {4}", "+33 6 {2} {2} {2} {2}", "+370 6{2} {5}",
                          "+371 2{3} {4}", "+995 5{2} {2} {2} {2}", "+291 7 {6}", "+251 9{2} {3} {3}",
                          "+1 (212) {3}-{4}", "+353 8{1} {3} {4}"]))


FI_DIGITS = ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_fi():
    """A mobile or landline number said digit by digit in standard Finnish."""
    number = R.choice(["040", "044", "046", "050", "09"]) + identifiers.digits(R, 7)
    return " ".join(FI_DIGITS[int(d)] for d in number)


def spoken_en():
    """A UK or Irish mobile said with "zero", "double" and "triple"."""
    number = R.choice(["07", "08"]) + identifiers.digits(R, 9)
    out, i = [], 0
    while i < len(number):
        run = 1
        while i + run < len(number) and number[i + run] == number[i] and run < 3:
            run += 1
        out.append({1: "", 2: "double ", 3: "triple "}[run] + EN_DIGITS[int(number[i])])
        i += run
    return " ".join(out)


def email(first, last):
    return identifiers.address(R, first, last, DOMAINS)


def hetu():
    """Identity codes with the century signs of 2023 beside the old ones."""
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("Y", R.randint(60, 99)),
                                                 ("X", R.randint(70, 99)), ("A", R.randint(0, 8)), ("C", R.randint(0, 8))]))


def foreign_iban():
    country, bban = R.choice([("RO", "RNCB{16}"), ("FR", "{23}"), ("LT", "{16}"), ("LV", "HABA{13}"), ("IT", "X{22}")])
    return identifiers.iban(R, country, fill(bban))


def iban():
    return R.choice([identifiers.written_iban(R), identifiers.written_iban(R), foreign_iban()])


def card():
    if R.random() < 0.25:
        n = identifiers.luhn(R, "37", 15)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    n = identifiers.luhn(R, R.choice(["4", "51", "55"]), 16)
    return R.choice([n, "-".join(n[i:i + 4] for i in range(0, 16, 4)), " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def finn():
    roll = R.random()
    first = R.choice(FI_DOUBLE_FIRST) if roll < 0.2 else R.choice(FI_FIRST)
    last = R.choice(FI_DOUBLE_LAST) if R.random() < 0.15 else R.choice(FI_LAST)
    return first, last


def person_fi():
    """Finnish, Finland-Swedish (Swedish surname one time in four) or another origin."""
    roll = R.random()
    if roll < 0.5:
        return finn()
    if roll < 0.75:
        return R.choice(SW_FIRST + FI_FIRST), R.choice(SW_LAST)
    firsts, lasts = R.choice(ORIGINS)
    return R.choice(firsts), R.choice(lasts)


def person_en():
    roll = R.random()
    if roll < 0.45:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    if roll < 0.8:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts)["nom"], R.choice(lasts)["nom"]
    a, b = finn()
    return a["nom"], b["nom"]


def words(m, sentences, before):
    if R.random() >= 0.3:
        return
    if not before:
        m.say("\n" if "\n" in m.text else " ")
    for k, part in enumerate(R.choice(sentences)):
        (m.look if k % 2 else m.say)(part)
    if before:
        m.say(" ")


def low(forms, case):
    return forms[case].lower()


def finnish(m, f, l, e):
    (a, b), (c, d), (g, h) = person_fi(), person_fi(), person_fi()
    tool, ids = R.choice(TOOLS), pick(TICKETS)
    words(m, WORDS_FI, True)
    kind = R.randrange(26)
    if kind == 0:
        m.say("moi oon ").name(f.lower(), role="subject").say(" ").name(low(d, "gen")) \
            .say(" tiimistä mun läppäri ei käynnisty ja ").name(low(a, "nom")).say(" sano et ").name(low(g, "ela")) \
            .say(" ei oo apua voisko joku soittaa ").entity(mobile(), "PHONE", "subject").say(" tai laittaa viestiä ") \
            .name(low(c, "all")).say(" se on mun esimies")
    elif kind == 1:
        m.say("vastaajaviesti 11.42 tekstitys\nhei täällä ").name(f.lower(), l.lower(), role="subject") \
            .say(" soitan koska ").look(tool.lower()).say(" ei aukea ja ").name(low(a, "nom"), low(b, "nom")) \
            .say(" pyysi että soitan teille numeroni on ").entity(spoken_fi(), "PHONE", "subject") \
            .say(" ja jos en vastaa niin soittakaa ").name(low(c, "ill")).say(" yritin tavoittaa myös ").name(low(d, "par")) \
            .say(" kiitos hei")
    elif kind == 2:
        m.say("Tapahtumahistoria ").look(fill("INC{7}")).say("\n03.12.2026 08.14 Luotu, ilmoittaja: ").name(l, f, role="subject") \
            .say("\n03.12.2026 08.20 Käsittelijä: ").name(b["nom"], a["nom"]).say(" → ").name(d["nom"], c["nom"]) \
            .say("\n03.12.2026 09.02 Siirretty ryhmälle Verkko (").name(d["nom"]).say(")\n03.12.2026 10.45 Kommentti (") \
            .name(h["nom"], g["nom"]).say("): kysytty ").name(a["abl"]).say(", odotetaan vastausta\n03.12.2026 11.00 Tila: Odottaa")
    elif kind == 3:
        m.say("Liitteenä lista, tuodaanko nämä ").look(tool).say("-ryhmään?\n\nsukunimi;etunimi;sähköposti;puhelin;huone\n") \
            .name(b["nom"]).say(";").name(a["nom"]).say(";").entity(email(a["nom"], b["nom"]), "EMAIL").say(";") \
            .entity(landline(), "PHONE").say(";").look(R.choice(ROOMS_FI)[0]).say("\n").name(d["nom"]).say(";") \
            .name(c["nom"]).say(";").entity(email(c["nom"], d["nom"]), "EMAIL").say(";").entity(mobile(), "PHONE") \
            .say(";").look(R.choice(ROOMS_FI)[0]).say("\n\nt. ").name(f, l, role="subject")
    elif kind == 4:
        m.say("| Tehtävä | Vastuuhenkilö | Valmis |\n|---|---|---|\n| ").look(tool).say("-päivitys | ") \
            .name(a["nom"], b["nom"]).say(" | ").look(f"{R.randint(1, 9)}.12.").say(" |\n| Tulostin ").look(R.choice(PRINTERS)) \
            .say(" | ").name(c["nom"], d["nom"]).say(" | kesken |\n| Palvelin ").look(R.choice(HOSTS)).say(" | ") \
            .name(g["nom"], h["nom"]).say(" | ").look(f"{R.randint(10, 28)}.12.").say(" |\n\nTaulukon ylläpitäjä ").name(f, l, role="subject") \
            .say(", kysymykset ").name(b["all"]).say(".")
    elif kind == 5:
        m.say("Integraation loki näyttää tältä, miksi tiketti menee ").name(c["all"]).say("?\n{\"id\": \"") \
            .look(fill("SD-{5}")).say("\", \"assignee\": \"").name(b["nom"], a["nom"]).say("\", \"reporter\": \"") \
            .name(f, l, role="subject").say("\", \"reporterEmail\": \"").entity(e, "EMAIL", "subject") \
            .say("\", \"host\": \"").look(R.choice(HOSTS)).say("\", \"status\": \"Avoin\"}\nt. ").name(g["nom"])
    elif kind == 6:
        m.say("2026-12-03T07:12:44Z WARN kirjautuminen epäonnistui user=").look(fill("u{6}")).say(" displayName=\"") \
            .name(a["nom"], b["nom"]).say("\" host=").look(R.choice(HOSTS)).say("\n2026-12-03T07:12:51Z INFO tulostustyö printer=") \
            .look(R.choice(PRINTERS)).say(" owner=\"").name(b["nom"], a["nom"]).say("\"\n\nYllä oleva toistuu. ") \
            .name(c["nom"]).say(" epäilee ").look(R.choice(LAWS_FI)).say(" -tyyppistä ongelmaa. ").name(f, l, role="subject")
    elif kind == 7:
        m.say("Olen lomalla ").look("21.12.2026–6.1.2027").say(". Kiireellisissä asioissa ota yhteyttä ") \
            .name(a["nom"], b["ill"]).say(" (").entity(email(a["nom"], b["nom"]), "EMAIL").say(", ") \
            .entity(mobile(), "PHONE").say(") tai esihenkilööni ").name(c["ill"]).say(". ").look(tool) \
            .say("-asioissa auttaa ").name(d["nom"]).say(".\n\n").look(R.choice(GREET_FI)).say("\n").name(f, l, role="subject")
    elif kind == 8:
        m.say("Projektiryhmä: DI ").name(a["nom"], b["nom"]).say(" (pj.), FM ").name(c["nom"], d["nom"]).say(", KTM ") \
            .name(g["nom"], h["nom"]).say(" ja PhD ").name(f, l, role="subject").say(". Lisenssit ").look(tool) \
            .say("-ohjelmaan tilaa ").name(b["nom"]).say(", ja laskut hyväksyy KTM ").name(h["nom"]).say(".")
    elif kind == 9:
        full, nick = R.choice(NICKS)
        m.say("Kollega ").name(full).say(" \"").name(nick["nom"]).say("\" ").name(b["nom"]).say(" tarvitsee uuden ") \
            .look(tool).say("-tunnuksen. ").name(nick["all"]).say(" voi soittaa ").entity(landline(), "PHONE") \
            .say(", ja ").name(nick["gen"]).say(" koneen voi antaa ").name(c["all"]).say(". Ilman ").name(nick["gen"]) \
            .say(" tunnuksia emme pääse eteenpäin.")
    elif kind == 10:
        s, t = R.choice(SW_FIRST), R.choice(SW_LAST)
        u = R.choice(SW_LAST)
        m.name(s["nom"], t["nom"]).say(" siirtyy ").name(u["gen"]).say(" tiimiin. Lähetin ohjeet ").name(t["all"]) \
            .say(", mutta ").name(t["gen"]).say(" ").look(tool).say(" ei vieläkään toimi. Kysyin myös ").name(u["abl"]) \
            .say(", ja ").name(s["nom"]).say(" on nyt ").name(u["ade"]).say(" varalla. Yhteystiedot ").entity(email(s["nom"], t["nom"]), "EMAIL") \
            .say(".")
    elif kind == 11:
        x, y = R.choice(FI_DOUBLE_FIRST), R.choice(FI_DOUBLE_LAST)
        m.name(x["nom"], y["nom"]).say(" ilmoitti, että ").look(tool).say(" kaatuu. Soitin ").name(x["all"]) \
            .say(", ja ").name(y["gen"]).say(" mukaan vika alkoi eilen. Kopio ").name(y["all"]).say(" ja ").name(c["all"]) \
            .say(". Ilman ").name(x["abe"]).say(" emme saa lokia, joten ").name(d["nom"]).say(" tulee ").name(x["com"]).say(" paikalle.")
    elif kind == 12:
        new = R.choice(FI_LAST)
        m.say("Sukunimen muutos avioliiton myötä: ").name(a["nom"], b["nom"]).say(" käyttää ").look("1.1.2027") \
            .say(" alkaen nimeä ").name(a["nom"], new["nom"]).say(". Muuttakaa tunnus ").entity(email(a["nom"], b["nom"]), "EMAIL") \
            .say(" muotoon ").entity(email(a["nom"], new["nom"]), "EMAIL").say(". ").look(tool).say(" tuntee hänet vielä ") \
            .name(b["ess"]).say(", ei ").name(new["ess"]).say(". Sukunimi muuttuu siis ").name(new["tra"]).say(". Henkilötunnus ").entity(hetu(), "NATIONAL_ID") \
            .say(". Pyytäjä ").name(f, l, role="subject").say(", puh. ").entity(landline(), "PHONE", "subject")
    elif kind == 13:
        m.say("PÖYTÄKIRJA ").look("2/2026").say("\nPaikalla: ").name(a["nom"], b["nom"]).say(", ").name(c["nom"], d["nom"]) \
            .say(", ").name(f, l, role="subject").say("\n1 § Kokouksen avasi ").name(a["nom"], b["nom"]).say(".\n2 § Sihteerinä toimi ") \
            .name(c["nom"], d["nom"]).say(".\n3 § ").look(tool).say("-hankinta: ").name(d["nom"]).say(" selvittää hinnat ") \
            .look(R.choice(FIRMS_WITH_FI)).say(" kanssa. Päätettiin pyytää tarjous myös ").name(g["nom"], h["abl"]) \
            .say(".\n4 § Seuraava kokous ").look(R.choice(HOLIDAYS_FI)).say(" ").look(R.choice(ROOMS_FI)[1]).say(".")
    elif kind == 14:
        m.say("V A L T A K I R J A\nValtuutan ").name(a["nom"], b["gen"]).say(" (hetu ").entity(hetu(), "NATIONAL_ID") \
            .say(")\nnoutamaan puolestani kannettavan ").look(fill("SN {8}")).say(".\nValtuuttaja: ").name(f, l, role="subject") \
            .say("\nHenkilö-\ntunnus: ").entity(hetu(), "NATIONAL_ID", "subject").say("\nTodistajat: ").name(c["nom"], d["nom"]) \
            .say(", ").name(g["nom"], h["nom"]).say("\nPaikka ja aika: ").look("Paasitorni").say(" ").look("3.12.2026")
    elif kind == 15:
        m.say("Palkkatili vaihtuu: ").name(f, l, role="subject").say(", uusi tili ").entity(iban(), "IBAN", "subject") \
            .say(". Vanha kortti ").entity(card(), "PAYMENT_CARD", "subject").say(" on kuoletettu. Hyväksyjä ") \
            .name(a["nom"], b["nom"]).say(", tiedoksi ").name(c["all"]).say(". Kahvit ostettu ").look(R.choice(["Stockmannilla", "Stockmannin kahvilasta"])) \
            .say(" ").look(fill("2{1},50 €")).say(".")
    elif kind == 16:
        m.say("Käyttäjä \"").name(a["nom"], b["nom"]).say("\" ei löydy hakemistosta, vaikka '").name(c["nom"], d["nom"]) \
            .say("' löytyy. Hakusana »").name(b["nom"]).say("« palauttaa vain ").look(R.choice(ASSISTANTS)) \
            .say("-lisenssin. Pyydän ").name(g["abl"]).say(" tarkistusta, ").name(h["par"]).say(" ei löydy myöskään.\n").name(f, role="subject")
    elif kind == 17:
        m.say("Kalenterikutsu: ").look(tool).say(" – käyttöönottopalaveri\nAika: ").look("to 10.12.2026 klo 9.00–10.30") \
            .say("\nPaikka: ").look(R.choice(ROOMS_FI)[0]).say(", ").look(R.choice(PLACES_FI[:3])).say("\nJärjestäjä: ") \
            .name(a["nom"], b["nom"]).say("\nOsallistujat: ").name(c["nom"], d["nom"]).say("; ").name(g["nom"], h["nom"]) \
            .say("; ").name(f, l, role="subject").say("\nVastaukset: ").name(c["nom"]).say(" hyväksyi, ").name(h["nom"]) \
            .say(" ehkä")
    elif kind == 18:
        m.say("Tulostin ").look(R.choice(PRINTERS)).say(" tukkeutui taas. ").name(a["nom"]).say(" soitti huollolle, ") \
            .say("ja ").name(c["nom"], d["gen"]).say(" mukaan varaosa tulee ").look(R.choice(HOLIDAYS_FI)).say(". Siihen asti ") \
            .say("käyttäkää tulostinta ").look(R.choice(PRINTERS)).say(" tai palvelimen ").look(R.choice(HOSTS)).say(" jonoa.")
    elif kind == 19:
        before, firm, after = R.choice(FIRM_SENTENCES_FI)
        m.say("Kohde: ").look(pick(PLACES_FI[3:])).say(". Kaipaa uutta wlan-tukiasemaa, yhteyshenkilö ").name(a["nom"], b["nom"]) \
            .say(", varalla ").name(c["nom"]).say(". " + before).look(firm).say(after + " ").look(R.choice(ASSISTANTS)) \
            .say(" ei osaa auttaa tässä.")
    elif kind == 20:
        fr, la = R.choice([HORN, BALTIC, GEORGIAN, ROMANIAN])
        x, y = R.choice(fr), R.choice(la)
        m.say("Vaihto-opiskelija ").name(x["nom"], y["nom"]).say(" ei pääse ").look(tool).say("-palveluun (").look(ids).say("). ") \
            .say("Soitin ").name(x["all"]).say(" numeroon ").entity(foreign_phone(), "PHONE").say(", mutta ").name(y["gen"]) \
            .say(" puhelin oli kiinni. ").name(c["nom"]).say(" lähettää ohjeet ").name(x["all"]).say(".")
    elif kind == 21:
        fr, la = R.choice([ITALIAN, FRENCH])
        x, y = R.choice(fr), R.choice(la)
        m.say("Konsultti ").name(x["nom"], y["nom"]).say(" tarvitsee vierastunnuksen ").look(R.choice(UNTIL_FI)) \
            .say(" asti. ").name(y["gen"]).say(" sähköposti ").entity(email(x["nom"], y["nom"]), "EMAIL").say(", puhelin ") \
            .entity(foreign_phone(), "PHONE").say(". Isäntänä ").name(a["nom"], b["nom"]).say(".")
    elif kind == 22:
        m.say("hei ").name(low(a, "nom")).say(" en pääse ").look(tool.lower()).say(" palveluun ja ").name(low(c, "nom"), low(d, "nom")) \
            .say(" on lomalla voisitko sä kysyä ").name(low(g, "abl")).say(" tai ").name(low(h, "abl")).say(" mun hetu on ") \
            .entity(hetu(), "NATIONAL_ID", "subject").say(" jos tarviit t ").name(f.lower(), role="subject")
    elif kind == 24:
        m.say("Puhelinbotin yhteenveto: soittaja ").name(f, l, role="subject").say(", takaisinsoitto (sanottuna) \"") \
            .entity(spoken_fi(), "PHONE", "subject").say("\". Aihe: ").look(R.choice(ASSISTANTS)).say(" ei vastaa, ja tulostin ") \
            .look(R.choice(PRINTERS)).say(" on jumissa. Soittaja mainitsi ").name(a["gen"]).say(" ja ").name(c["nom"], d["gen"]) \
            .say(" nimet. Jonotusaika 4 min, ").look(R.choice(LAWS_FI)).say(" mainittu puhelussa.")
    elif kind == 25:
        m.say("Onnittelut ").name(a["all"]).say(" nimipäivän johdosta! Muistutus: toimisto on kiinni ").look(R.choice(HOLIDAYS_FI)) \
            .say(", ja ").look(R.choice(PLACES_FI[:3])).say(" remontoidaan. Kakku tulee ").look(R.choice(["Fazerilta", "Stockmannilta"])) \
            .say(". ").look(R.choice(ASSISTANTS)).say(" muistuttaa kalenterista, mutta ").name(c["nom"], d["nom"]) \
            .say(" pitää listaa. Päivän sana on ").look(R.choice(["toivo", "onni", "rauha", "lempeys"])).say(".")
    else:
        m.say("Reklamaatio: kortilta ").entity(card(), "PAYMENT_CARD").say(" veloitettiin kahdesti. Kortinhaltija ") \
            .name(a["nom"], b["nom"]).say(", tili ").entity(iban(), "IBAN").say(". ").name(b["gen"]).say(" puolesta asioi ") \
            .name(f, l, role="subject").say(", ").entity(e, "EMAIL", "subject").say(".")
    words(m, WORDS_FI, False)


def english(m, f, l, e):
    (a, b), (c, d), (g, h) = person_en(), person_en(), person_en()
    tool, ids = R.choice(TOOLS), pick(TICKETS)
    words(m, WORDS_EN, True)
    kind = R.randrange(26)
    if kind == 0:
        m.say("hey its ").name(f.lower(), role="subject").say(" from ").name(c.lower()).say("s team my laptop wont boot and ") \
            .name(a.lower()).say(" said ").name(g.lower()).say(" cant help can someone ring me on ").entity(mobile(), "PHONE", "subject") \
            .say(" or msg ").name(d.lower()).say(" shes my manager")
    elif kind == 1:
        m.say("voicemail 11:42 transcription\nhi this is ").name(f.lower(), l.lower(), role="subject").say(" calling because ") \
            .look(tool.lower()).say(" wont open and ").name(a.lower(), b.lower()).say(" told me to call you my number is ") \
            .entity(spoken_en(), "PHONE", "subject").say(" and if i dont pick up try ").name(c.lower()).say(" thanks bye")
    elif kind == 2:
        m.say("History for ").look(fill("INC{7}")).say("\n3 Dec 08:14 created by ").name(f, l, role="subject") \
            .say("\n3 Dec 08:20 assignee changed from ").name(a, b).say(" to ").name(c, d).say("\n3 Dec 09:02 reassigned to Network (") \
            .name(d).say(")\n3 Dec 10:45 ").name(g, h).say(" added a comment: asked ").name(a).say(", waiting\n3 Dec 11:00 watcher ") \
            .name(h).say(" removed")
    elif kind == 3:
        m.say("Attached the list, can we import these into ").look(tool).say("?\n\n\"surname\",\"first name\",\"email\",\"phone\"\n\"") \
            .name(b).say("\",\"").name(a).say("\",\"").entity(email(a, b), "EMAIL").say("\",\"").entity(foreign_phone(), "PHONE") \
            .say("\"\n\"").name(d).say("\",\"").name(c).say("\",\"").entity(email(c, d), "EMAIL").say("\",\"") \
            .entity(mobile(), "PHONE").say("\"\n\nThanks, ").name(f, role="subject")
    elif kind == 4:
        m.say("| Task | Owner | Due |\n|---|---|---|\n| ").look(tool).say(" upgrade | ").name(a, b).say(" | ").look("Fri") \
            .say(" |\n| Printer ").look(R.choice(PRINTERS)).say(" | ").name(c, d).say(" | ").look("Mon").say(" |\n| Host ") \
            .look(R.choice(HOSTS)).say(" | ").name(g, h).say(" | TBC |\n\nTable kept by ").name(f, l, role="subject")
    elif kind == 5:
        m.say("Why does the webhook route to ").name(c).say("?\n{\"key\": \"").look(fill("SD-{5}")).say("\", \"assignee\": \"") \
            .name(b).say(", ").name(a).say("\", \"reporter\": \"").name(f, l, role="subject").say("\", \"email\": \"") \
            .entity(e, "EMAIL", "subject").say("\", \"host\": \"").look(R.choice(HOSTS)).say("\"}\n- ").name(g)
    elif kind == 6:
        m.say("2026-12-03T07:12:44Z ERROR login failed displayName=\"").name(a, b).say("\" host=").look(R.choice(HOSTS)) \
            .say("\n2026-12-03T07:12:51Z INFO print job printer=").look(R.choice(PRINTERS)).say(" owner=\"").name(b).say(", ") \
            .name(a).say("\"\n\n").name(c).say(" thinks it's ").look(R.choice(LAWS_EN)).say(" at work. ").name(f, l, role="subject")
    elif kind == 7:
        m.say("I am out of the office until ").look("4 January").say(". For anything urgent please contact ").name(a, b) \
            .say(" (").entity(email(a, b), "EMAIL").say(", ").entity(R.choice([mobile(), foreign_phone()]), "PHONE") \
            .say(") or my manager Ms ").name(d).say(". ").look(tool).say(" questions go to ").name(c).say(".\n\n") \
            .look(R.choice(GREET_EN)).say(",\n").name(f, l, role="subject")
    elif kind == 8:
        m.say("Steering group: Dr ").name(a, b).say(" (chair), ").name(c, d).say(" MSc, ").name(g, h).say(", PhD, and ") \
            .name(f, l, role="subject").say(". Prof. ").name(b).say(" signs off the ").look(tool).say(" licences.")
    elif kind == 9:
        full, nick = R.choice(EN_NICKS)
        m.say("My colleague ").name(full).say(" \"").name(nick).say("\" ").name(b).say(" needs a new ").look(tool) \
            .say(" login. ").name(nick).say(" can be reached on ").entity(foreign_phone(), "PHONE").say(", and ") \
            .name(nick).say("'s old laptop goes to ").name(c).say(".")
    elif kind == 10:
        x = R.choice(["Luukas", "Topias", "Rurik", "Reino", "Cressida", "Hester", "Lennox"])
        m.name(x).say("'s laptop and ").name(b).say("'s dock are both dead. ").name(c).say(" has ").name(d) \
            .say("'s spare. ").name(x).say(" needs ").look(tool).say(" before ").look(R.choice(HOLIDAYS_EN)).say(".")
    elif kind == 11:
        m.say("User \"").name(a, b).say("\" is not in the directory, though '").name(c, d).say("' is. Searching for \u201c") \
            .name(b).say("\u201d only finds the ").look(R.choice(ASSISTANTS)).say(" licence. ").name(g).say(", can you check?")
    elif kind == 12:
        m.say("Name change after marriage: ").name(a, b).say(" becomes ").name(a, d).say(" from ").look("1 January") \
            .say(". Please rename ").entity(email(a, b), "EMAIL").say(" to ").entity(email(a, d), "EMAIL").say(". ") \
            .look(tool).say(" still lists her as ").name(b).say(". Requested by ").name(f, l, role="subject").say(", ") \
            .entity(landline(), "PHONE", "subject")
    elif kind == 13:
        m.say("MINUTES 2/2026\nPresent: ").name(a, b).say(", ").name(c, d).say(", ").name(f, l, role="subject") \
            .say("\n1. ").name(a).say(" opened the meeting.\n2. ").name(c).say(" agreed to take notes.\n3. ").look(tool) \
            .say(": ").name(d).say(" gets quotes; ").name(g, h).say(" asks ").look(R.choice(FIRMS_EN)).say(".\nNext: ") \
            .look(R.choice(HOLIDAYS_EN)).say(", ").look(R.choice(ROOMS_EN))
    elif kind == 14:
        m.say("A U T H O R I S A T I O N\nI authorise ").name(a, b).say(" to collect laptop ").look(fill("SN {8}")) \
            .say(" on my behalf.\nSigned: ").name(f, l, role="subject").say("\nDate of\nbirth / ID: ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say("\nWitness: ").name(c, d).say("\nPlace: ").look(pick(PLACES_EN)).say(" ").look("3/12/2026")
    elif kind == 15:
        m.say("Payroll: ").name(f, l, role="subject").say(" moves to account ").entity(iban(), "IBAN", "subject") \
            .say("; old card ").entity(card(), "PAYMENT_CARD", "subject").say(" cancelled. Approved by ").name(a, b) \
            .say(", cc ").name(c).say(".")
    elif kind == 16:
        m.say("Invitation: ").look(tool).say(" rollout\nWhen: Thu 10 Dec 2026 09:00–10:30\nWhere: ").look(R.choice(ROOMS_EN)) \
            .say("\nOrganiser: ").name(a, b).say("\nAttendees: ").name(c, d).say("; ").name(g, h).say("; ") \
            .name(f, l, role="subject").say("\nResponses: ").name(c).say(" accepted, ").name(h).say(" tentative")
    elif kind == 17:
        m.say("Printer ").look(R.choice(PRINTERS)).say(" jammed again. ").name(a).say(" called the vendor; ").name(c, d) \
            .say(" says the part comes after ").look(R.choice(HOLIDAYS_EN)).say(". Until then use ").look(R.choice(PRINTERS)) \
            .say(" or the queue on ").look(R.choice(HOSTS)).say(".")
    elif kind == 18:
        m.say("Our ").look(R.choice(ASSISTANTS)).say(" pilot: ").name(a, b).say(" asked it to book ").look(R.choice(ROOMS_EN)) \
            .say(" and it booked ").look(R.choice(ROOMS_EN)).say(" instead. ").name(c).say(" blames ").look(R.choice(LAWS_EN)) \
            .say(". ").name(g, h).say(" will raise ").look(ids).say(".")
    elif kind == 19:
        fr, la = R.choice([HORN, BALTIC, GEORGIAN, ROMANIAN, ITALIAN, FRENCH])
        x, y = R.choice(fr)["nom"], R.choice(la)["nom"]
        m.say("Visiting researcher ").name(x, y).say(" cannot log in to ").look(tool).say(". I called ").name(x) \
            .say(" on ").entity(foreign_phone(), "PHONE").say("; ").name(y).say("'s mail is ").entity(email(x, y), "EMAIL") \
            .say(". Host: ").name(a, b).say(" at ").look(pick(PLACES_EN)).say(".")
    elif kind == 20:
        m.say("Dispute: card ").entity(card(), "PAYMENT_CARD").say(" was charged twice. Cardholder ").name(a, b) \
            .say(", account ").entity(iban(), "IBAN").say(". ").name(f, l, role="subject").say(" is acting for ") \
            .name(b).say(", ").entity(e, "EMAIL", "subject").say(".")
    elif kind == 21:
        s, t = R.choice(SW_FIRST)["nom"], R.choice(SW_LAST)["nom"]
        m.say("Hi, writing for ").name(s, t).say(" from the Vaasa office. ").name(t).say("'s the name on the ticket but ") \
            .name(c).say(" can approve. Their ID number is ").entity(hetu(), "NATIONAL_ID").say(", phone ") \
            .entity(landline(), "PHONE").say(". ").name(f, role="subject")
    elif kind == 22:
        m.say("ok so ").name(a.lower()).say(" and ").name(c.lower(), d.lower()).say(" both locked out of ").look(tool.lower()) \
            .say(" since monday can u reset ").name(c.lower()).say("s first ta ").name(f.lower(), role="subject")
    elif kind == 24:
        m.say("Phone bot summary: caller ").name(f, l, role="subject").say(", callback (as spoken) \"") \
            .entity(spoken_en(), "PHONE", "subject").say("\". Topic: ").look(R.choice(ASSISTANTS)).say(" not responding; printer ") \
            .look(R.choice(PRINTERS)).say(" jammed. Caller mentioned ").name(a).say(" and ").name(c, d).say(". Wait 4 min; ") \
            .look(R.choice(LAWS_EN)).say(" came up.")
    elif kind == 25:
        m.say("Happy name day, ").name(a).say("! Reminder: the office is closed on ").look(R.choice(HOLIDAYS_EN)).say(" and ") \
            .look(R.choice(PLACES_EN[:2])).say(" is being refurbished. Cake from ").look(R.choice(FIRMS_EN)).say(". ") \
            .look(R.choice(ASSISTANTS)).say(" keeps the calendar, but ").name(c, d).say(" keeps the list. ")
        before, word, after = R.choice([("We live in ", "hope", "."), ("Say ", "grace", " before the cake."),
                                        ("Keep the ", "faith", ", the fix is coming.")])
        m.say(before).look(word).say(after)
    else:
        m.say("Thanks ").name(a).say("! ").look(R.choice(WORDS_EN)[1]).say(" aside, ").name(c, d).say(" fixed ").look(ids) \
            .say(" and ").name(g).say(" tested it. Regards, ").name(f, l, role="subject")
    words(m, WORDS_EN, False)


def subject_fi():
    first, last = person_fi()
    return first["nom"], last["nom"]


def main():
    for i in range(640):
        language = "fi" if i % 2 == 0 else "en"
        m = Message(language, "held-out-17")
        f, l = subject_fi() if language == "fi" else person_en()
        e = email(f, l)
        (finnish if language == "fi" else english)(m, f, l, e)
        m.known = {"name": f"{f} {l}", "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        m.check()
        print(m.json())


main()
