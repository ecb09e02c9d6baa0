#!/usr/bin/env python3
"""Generates the thirtieth held-out set (held-out-30.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 29: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of text that sets 1-29 lack, written by ordinary people in prose rather than by systems: long e-mails
from end users telling a story (a father's tablet, a mother's bank app, a neighbour's Wi-Fi, a grandchild's game
console) with family relations beside the names ("isäni Valto-Ilmari ja äitini Aune-Helmi", "my uncle Theodore
'Teddy' Kettlethwaite", "min svärmor Maj-Gun Silfverhage"); feedback and complaints praising or blaming named
agents; letters from a trade union's shop steward and from a lawyer on a member's behalf; HR cases (sick leave, a
dismissal, a harassment report naming the accused and the witnesses); an intranet news item in newspaper register
with names in apposition and an age ("toimitusjohtaja Valto-Ilmari Kärppäsalo, 54, kertoo"); condolences and
obituary notes for a colleague with the surviving family; a wedding's change of surname ("o.s.", "née", "född");
school IT with pupils' and guardians' names; Swedish titles before names (direktör, rektor, överläkare);
English nicknames in quotes (Theodore "Teddy" …), possessives ("Kettlethwaite's laptop", "the Bramblecombes'
account"), names split by a narrow column's line break, initials-only sign-offs ("– VK"), and messages that hold
Finnish, English and Swedish at once. Phones are written in prose: in words ("nolla neljä nolla …", "oh four oh
…"), half in words and half in digits ("040 yksi kaksi kolme 45 67"), and with the country beside them
("ruotsalainen numeroni +46 …", "my Irish number 087 …"); numbers of 32 countries.
Names: Finnish double given names drawn from two parts (Valto-Ilmari, Aune-Helmi) and compound surnames whose last
part inflects without gradation (Kärppäsalo, Tervaheimo, Kaarnaoja, Pihkakoivu), all in the Finnish cases; Swedish
double given names (Maj-Gun, Ulla-Britt) and compound surnames (Silfverhage, Österblad); English compound surnames
(Kettlethwaite, Bramblecombe) with rare given names and their nicknames; Galician, Flemish, Frisian, Sardinian,
Slovenian, Fijian, Bhutanese, Turkmen, Québécois and Swiss names (Xoán Castiñeiras, Lieven Vandenbroucke, Wytske
Hoekstra, Bonaria Porcu, Urška Zupančič, Sitiveni Ratuva, Tshering Wangchuk, Merdan Berdiyev, Gaétan Lapointe,
Reto Bühlmann) in the Finnish cases in Finnish messages.
Labelling policy, as in sets 25-29, with these for the new kinds: a relative, a neighbour, a pupil, a witness, an
accused colleague, an agent praised or blamed and a deceased colleague are third parties (a deceased person's name
is labelled: the register cannot tell who is alive); the writer is the subject. A nickname in quotes is a NAME span
of its own, the quotes outside; an English "'s" and the plural possessive apostrophe stay outside the span, the
plural surname (Bramblecombes) inside; a Swedish genitive -s inside; an old surname after "o.s.", "née" or "född"
is the person's NAME. A name split by a line break is two spans. Titles, relations, ages, initials-only sign-offs
(VK) and the years of birth and death are neither values nor look-alikes. A phone said in words is one PHONE span
from its first to its last digit word, the country word outside. Look-alikes (kept): titles of books, films and
songs that name a fictional or long-dead person (Seitsemän veljestä, Oliver Twist, Eleanor Rigby, Nils Holgerssons
underbara resa), sports teams (Kärpät, HIFK, Aston Villa), ships and firms named after people, streets, months and
weekdays that are also names (April, June, August, elokuussa), towns that are also surnames (Lahti, Salo, Kemi,
Kotka), ticket ids, dates, prices, versions and products. No living public figure is named: the set does not
decide whether a quoted politician is a look-alike.
Counts: 7,545 NAME (98.0 % of 1,791 name forms new to sets 1-29), 1,352 PHONE (32 countries), 353 EMAIL, 87 IBAN,
44 USERNAME, 40 NATIONAL_ID; 3,284 look-alikes.
Same format as evaluation-set.jsonl; 650 messages: 357 Finnish, 228 English, 65 Swedish (message.mixed_language).
Each message is drawn again until it passes Message.check and message.verify and holds no stray copy of a labelled
value (message.first_clean). Name forms new to sets 1-29: python3 new-name-forms.py held-out-30.jsonl.
Deterministic: python3 held-out-30.py > held-out-30.jsonl (python3 held-out-30.py --stats adds counts on stderr)"""
import collections
import itertools
import json
import random
import sys

import identifiers
from message import Message, emit, first_clean, mixed_language
from name_forms import endings, genitive_sv

R = random.Random(30303030)
PHONES = collections.Counter()
REDRAWN = collections.Counter()
SUB = "subject"
CASES = ["gen", "par", "all", "abl", "ade", "ela", "ill", "ine", "ess", "tra"]


def pairs(heads, tails, joiner=""):
    """Every head with every tail whose first letter differs from the head's, in a fixed order."""
    return [f"{h}{joiner}{t}" for h, t in itertools.product(heads, tails) if h[0] != t[0]]


# Finnish double given names and compound surnames whose last part inflects without gradation or an -e stem.
FI_HEADS = ["Valto", "Launo", "Taito", "Ilmo", "Aimo", "Kauko", "Asko", "Niilo", "Ossi", "Unto", "Aune", "Saimi",
            "Irja", "Tyyne", "Oili", "Elma", "Hellin", "Maire", "Eila", "Raili"]
FI_TAILS = ["Ilmari", "Olavi", "Arvo", "Raimo", "Hannu", "Eino", "Helmi", "Inkeri", "Laura", "Aino", "Lempi", "Elsa"]
FI_GIVEN = pairs(FI_HEADS, FI_TAILS, "-")
FI_FIRST = ["Kärppä", "Terva", "Routa", "Kelo", "Näre", "Pihka", "Vaski", "Kuura", "Riista", "Kaarna", "Louhi",
            "Paasi", "Ahma", "Sarvi", "Tuohi", "Hiisi", "Vuoma", "Saarni", "Raita", "Sammal", "Huhta", "Iso"]
FI_LAST = ["salo", "aho", "heimo", "harju", "oja", "vaara", "kari", "koivu", "haara", "niva"]
FI_SURNAMES = pairs(FI_FIRST, FI_LAST)
SV_GIVEN = pairs(["Maj", "Ulla", "Ann", "Britt", "Gun", "Lars", "Per", "Nils", "Karl", "Jan"],
                 ["Gun", "Britt", "Lis", "Stina", "Erik", "Olof", "Åke", "Gustav"], "-")
SV_SURNAMES = pairs(["Silfver", "Öster", "Väster", "Lilje", "Stjern", "Ros", "Sjö", "Gran", "Norr", "Ask"],
                    ["hage", "blad", "näs", "vik", "mark", "sten", "dal", "gren", "hielm", "quist"])
EN_GIVEN = [("Theodore", "Teddy"), ("Reginald", "Reggie"), ("Archibald", "Archie"), ("Cornelia", "Nell"),
            ("Wilhelmina", "Mina"), ("Ferdinand", "Ferdie"), ("Bartholomew", "Barty"), ("Millicent", "Millie"),
            ("Augustina", "Gussie"), ("Montgomery", "Monty"), ("Philippa", "Pip"), ("Frederica", "Freddie")]
EN_SURNAMES = pairs(["Kettle", "Bramble", "Marrow", "Thorn", "Hazel", "Rush", "Ash", "Crow", "Honey", "Gather",
                     "Scatter", "Light"], ["thwaite", "combe", "croft", "hurst", "shaw", "well", "ley", "stone"])
# Origins no earlier set drew from, with the countries their numbers come from.
WORLD = [(["Xoán", "Uxía", "Brais", "Iria"], ["Castiñeiras", "Otero", "Regueiro", "Vilariño"], "ES"),
         (["Lieven", "Jozefien", "Wannes", "Fien"], ["Vandenbroucke", "Verhaegen", "Vanhoutte", "Deprez"], "BE"),
         (["Wytske", "Hylke", "Sytse", "Baukje"], ["Hoekstra", "Wiersma", "Terpstra", "Dykstra"], "NL"),
         (["Gavino", "Bonaria", "Efisio", "Tonina"], ["Porcu", "Murgia", "Pinna", "Sanna"], "IT"),
         (["Primož", "Urška", "Rok", "Špela"], ["Kovačič", "Zupančič", "Vidmar", "Golob"], "SI"),
         (["Sitiveni", "Losana", "Ratu", "Mereoni"], ["Ratuva", "Nailatikau", "Tuilagi", "Vunibaka"], "FJ"),
         (["Tshering", "Dechen", "Sonam", "Karma"], ["Wangchuk", "Dorji", "Tenzin", "Choden"], "BT"),
         (["Merdan", "Aýna", "Batyr", "Jeren"], ["Berdiyev", "Orazova", "Annayev", "Geldiyeva"], "TM"),
         (["Gaétan", "Ghyslain", "Solange", "Réjeanne"], ["Lapointe", "Thibodeau", "Bergeron", "Lévesque"], "CA"),
         (["Reto", "Urs", "Seraina", "Corsin"], ["Bühlmann", "Zürcher", "Caflisch", "Tschudi"], "CH")]

# Each country's numbers in a national or international form, and its name in the three languages.
COUNTRIES = {"FI": (("suomalainen", "Finnish", "finskt"), ["040 {3} {4}", "+358 50 {3} {4}", "044-{3} {4}",
                                                             "09 {3} {4}", "+358 (0)17 {3} {4}", "045 {3}{4}"]),
             "SE": (("ruotsalainen", "Swedish", "svenskt"), ["070-{3} {2} {2}", "+46 73 {3} {2} {2}"]),
             "NO": (("norjalainen", "Norwegian", "norskt"), ["+47 9{2} {2} {3}", "4{2} {2} {3}"]),
             "DK": (("tanskalainen", "Danish", "danskt"), ["+45 2{1} {2} {2} {2}"]),
             "EE": (("virolainen", "Estonian", "estniskt"), ["+372 5{3} {4}", "5{2} {5}"]),
             "DE": (("saksalainen", "German", "tyskt"), ["+49 170 {7}", "0171 {7}"]),
             "ES": (("espanjalainen", "Spanish", "spanskt"), ["+34 6{2} {3} {3}", "6{2} {2} {2} {2}"]),
             "BE": (("belgialainen", "Belgian", "belgiskt"), ["+32 47{1} {2} {2} {2}", "047{1} {2} {2} {2}"]),
             "NL": (("hollantilainen", "Dutch", "holländskt"), ["+31 6 {4} {4}", "06-{8}"]),
             "IT": (("italialainen", "Italian", "italienskt"), ["+39 34{1} {3} {4}", "33{1} {7}"]),
             "SI": (("slovenialainen", "Slovenian", "slovenskt"), ["+386 41 {3} {3}", "031 {3} {3}"]),
             "FJ": (("fidžiläinen", "Fijian", "fijianskt"), ["+679 9{2} {4}", "7{2} {4}"]),
             "BT": (("bhutanilainen", "Bhutanese", "bhutanskt"), ["+975 17 {2} {2} {2}", "77 {3} {3}"]),
             "TM": (("turkmenistanilainen", "Turkmen", "turkmeniskt"), ["+993 6{1} {2} {2} {2}"]),
             "CA": (("kanadalainen", "Canadian", "kanadensiskt"), ["+1 514-{3}-{4}", "(418) {3}-{4}"]),
             "CH": (("sveitsiläinen", "Swiss", "schweiziskt"), ["+41 78 {3} {2} {2}", "079 {3} {2} {2}"]),
             "GB": (("brittiläinen", "British", "brittiskt"), ["+44 7{3} {6}", "07{3} {6}"]),
             "IE": (("irlantilainen", "Irish", "irländskt"), ["+353 86 {3} {4}", "087 {3} {4}"]),
             "US": (("yhdysvaltalainen", "American", "amerikanskt"), ["+1 (206) {3}-{4}", "312-{3}-{4}"]),
             "AU": (("australialainen", "Australian", "australiskt"), ["+61 4{2} {3} {3}"]),
             "NZ": (("uusiseelantilainen", "New Zealand", "nyzeeländskt"), ["+64 21 {3} {4}", "027 {3} {4}"]),
             "FR": (("ranskalainen", "French", "franskt"), ["+33 7 {2} {2} {2} {2}", "06 {2} {2} {2} {2}"]),
             "PT": (("portugalilainen", "Portuguese", "portugisiskt"), ["+351 91{1} {3} {3}"]),
             "PL": (("puolalainen", "Polish", "polskt"), ["+48 50{1} {3} {3}"]),
             "AT": (("itävaltalainen", "Austrian", "österrikiskt"), ["+43 676 {7}"]),
             "IS": (("islantilainen", "Icelandic", "isländskt"), ["+354 6{2} {4}"]),
             "LV": (("latvialainen", "Latvian", "lettiskt"), ["+371 2{3} {4}"]),
             "LT": (("liettualainen", "Lithuanian", "litauiskt"), ["+370 6{2} {5}"]),
             "GR": (("kreikkalainen", "Greek", "grekiskt"), ["+30 69{2} {3} {3}"]),
             "TR": (("turkkilainen", "Turkish", "turkiskt"), ["+90 5{2} {3} {2} {2}"]),
             "JP": (("japanilainen", "Japanese", "japanskt"), ["+81 80-{4}-{4}"]),
             "ZA": (("eteläafrikkalainen", "South African", "sydafrikanskt"), ["+27 8{1} {3} {4}"])}
DOMAINS = ["example.fi", "posti.example.fi", "koti.example.net", "example.co.uk", "mail.example.com", "example.se"]
WORDS = {"fi": ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"],
         "en": ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
         "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]}


class Person:
    """A person's given name and surname: in a Finnish message each part a dict of its case forms."""

    def __init__(self, given, surname, country, finnish, nickname=None):
        self.plain, self.country, self.nickname = (given, surname), country, nickname
        self.parts = (endings(given), endings(surname)) if finnish else (given, surname)

    def given(self, case="nom"):
        return self.parts[0][case] if isinstance(self.parts[0], dict) else self.parts[0]

    def surname(self, case="nom"):
        return self.parts[1][case] if isinstance(self.parts[1], dict) else self.parts[1]

    def words(self):
        return {w.lower() for part in self.plain + (self.nickname or "",) for w in part.replace("-", " ").split()}


def draw_person(language, origin=None):
    finnish = language == "fi"
    origin = origin or R.choices(["fi", "sv", "en", "world"], [5, 2, 2, 3] if finnish else
                                 ([1, 1, 5, 3] if language == "en" else [2, 5, 1, 2]))[0]
    if origin == "fi":
        return Person(R.choice(FI_GIVEN), R.choice(FI_SURNAMES), "FI", finnish)
    if origin == "sv":
        return Person(R.choice(SV_GIVEN), R.choice(SV_SURNAMES), R.choice(["FI", "SE"]), finnish)
    if origin == "en":
        given, nick = R.choice(EN_GIVEN)
        return Person(given, R.choice(EN_SURNAMES), R.choice(["GB", "IE", "US", "AU", "NZ", "ZA"]), finnish, nick)
    firsts, lasts, country = R.choice(WORLD)
    return Person(R.choice(firsts), R.choice(lasts), country, finnish)


def people(language, n, subject):
    """n people who share no name word with each other or with the subject."""
    taken, out = set(subject.words()), []
    while len(out) < n:
        p = draw_person(language)
        if not p.words() & taken:
            taken |= p.words()
            out.append(p)
    return out


def full(m, p, case="nom", role="third"):
    """Given name and surname, the case on the surname (Valto-Ilmari Kärppäsalolle)."""
    return m.name(p.given(), p.surname(case), role=role)


def number(country=None):
    country = country or R.choice(sorted(COUNTRIES))
    PHONES[country] += 1
    return country, identifiers.fill(R, R.choice(COUNTRIES[country][1]))


def spoken(digits, language):
    """A number written out in words, all of it or the first group in digits and the rest in words."""
    plain = [c for c in digits if c.isdigit()]
    words = WORDS[language]
    if R.random() < 0.5:
        return " ".join(words[int(c)] for c in plain)
    return "".join(plain[:3]) + " " + " ".join(words[int(c)] for c in plain[3:6]) + " " + "".join(plain[6:])


def phone(m, language, p=None, role="third"):
    """A phone as prose writes it: the number, in words, or with the country's adjective before it."""
    country, digits = number(p.country if p and R.random() < 0.6 else None)
    roll = R.random()
    if roll < 0.25 and country == "FI" and not digits.startswith("+"):
        m.entity(spoken(digits, language), "PHONE", role)
    elif roll < 0.6 and country != "FI":
        word = COUNTRIES[country][0][{"fi": 0, "en": 1, "sv": 2}[language]]
        m.say({"fi": f"({word} numero) ", "en": f"(my {word} number) " if role == SUB else f"({word} number) ",
               "sv": f"({word} nummer) "}[language]).entity(digits, "PHONE", role)
    else:
        m.entity(digits, "PHONE", role)
    return m


def address(p):
    return identifiers.address(R, identifiers.plain_name(p.plain[0]), identifiers.plain_name(p.plain[1]), DOMAINS)


def ticket():
    return R.choice(["INC", "REQ", "RITM", "TKT-"]) + identifiers.digits(R, 6)


def when(language):
    d, mo = R.randint(1, 28), R.randint(1, 12)
    return {"fi": f"{d}.{mo}.2027", "en": f"{d}/{mo:02d}/2027", "sv": f"{d}/{mo} 2027"}[language]


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(40, 99)), ("A", R.randint(0, 9))]))


# Look-alikes: things named like people, which must survive. Each sentence holds its look-alikes in [brackets].
SCENERY = {
    "fi": ["Luen parhaillaan kirjaa [Seitsemän veljestä] enkä saa sitä auki e-kirjasovelluksessa.",
           "Lapsenlapsi katsoi elokuvan [Tuntematon sotilas] tabletilta ja kone jumittui.",
           "Kappale [Sininen uni] ei soi Spotifyssa, muut kyllä.",
           "Pelasimme katsomossa, kun [Kärpät] voitti [HIFK]:n, ja puhelin sammui.",
           "Matkustin laivalla [Viking Grace] ja roaming ei toiminut.",
           "Tilasin [Fazer]in suklaata kassalta ja kortti hylättiin.",
           "Toimisto on osoitteessa [Runeberginkatu 5], [Salo].",
           "Asun [Lahti]ssa ja kuitu tulee taloon [elokuu]ssa.",
           "Sivukonttori on [Kemi]ssä, varasto [Kotka]ssa.",
           "Kone on [ThinkPad X1 Carbon] ja versio [23H2].",
           "Tiketti [INC204417] on yhä auki, viimeksi [3.2.2027].",
           "Laskussa luki [149,90 €] eikä [89,00 €].",
           "Kirja [Anna Karenina] katosi lukulaitteelta.",
           "Yhtiön nimi on [Oy Hartwall Ab] ja laitteet ovat [Stockmann]ilta.",
           "Teams-taustana on [Mona Lisa] ja [Tähtien sota] -kuva."],
    "en": ["I was reading [Oliver Twist] on the Kindle when it froze.",
           "My grandson streams [Eleanor Rigby] on loop and the router drops.",
           "We watched [Aston Villa] beat [Everton] and the app crashed.",
           "The film [Jane Eyre] won't play in the Teams watch party.",
           "Shipping was with the [Queen Mary 2] cruise Wi-Fi, which failed.",
           "The office is at [12 Gladstone Road], [Reading].",
           "The contract renews in [April] and again in [June], then [August].",
           "We meet every [Tuesday] in the [Churchill Room].",
           "The laptop is a [Dell Latitude 7440] on build [22631.3007].",
           "Ticket [REQ771203] was closed on [14/02/2027] by mistake.",
           "The bill said [£64.99] instead of [£39.00].",
           "I bought it at [Marks & Spencer] and the receipt is from [Sainsbury's].",
           "Our book club is doing [Jude the Obscure] next month.",
           "The song [Jolene] keeps playing on the smart speaker.",
           "The team [Nottingham Forest] Wi-Fi in the stadium blocks VPN."],
    "sv": ["Jag läser [Nils Holgerssons underbara resa] och läsplattan fryser.",
           "Vi såg [Djurgården] möta [AIK] och appen kraschade.",
           "Kontoret ligger på [Strindbergsgatan 4], [Kemi] har lagret.",
           "Avtalet förnyas i [augusti] och i [juni].",
           "Datorn är en [HP EliteBook 840] med version [24H2].",
           "Ärendet [RITM330198] stängdes den [4/3 2027].",
           "Fakturan var på [1 290 kr] i stället för [990 kr].",
           "Vi åkte med [Viking Cinderella] och roamingen slutade fungera.",
           "Låten [Vem kan segla förutan vind] spelas hela tiden på högtalaren."]}


def scenery(m, language, count, present):
    """count look-alike sentences that hold no name word of a person in the message."""
    chosen = R.sample(SCENERY[language], count)
    for sentence in chosen:
        m.say("\n")
        for k, piece in enumerate(sentence.replace("]", "[").split("[")):
            if k % 2 and not any(w in piece.lower().split() for w in present):
                m.look(piece)
            else:
                m.say(piece)


def sign(m, subject, language):
    roll = R.random()
    m.say("\n\n" + {"fi": R.choice(["Ystävällisin terveisin", "Terveisin", "Kiittäen"]),
                    "en": R.choice(["Kind regards", "Best wishes", "Many thanks"]),
                    "sv": R.choice(["Med vänlig hälsning", "Hälsningar"])}[language] + "\n")
    if roll < 0.15:
        m.say("– " + subject.plain[0][0] + subject.plain[1][0])
    elif roll < 0.3:
        m.entity(subject.plain[0], "NAME", SUB).say("\n").entity(subject.plain[1], "NAME", SUB)
    else:
        m.name(*subject.plain, role=SUB)
    if R.random() < 0.7:
        m.say("\n")
        phone(m, language, subject, SUB)
    if R.random() < 0.3:
        m.say("\n").entity(identifiers.address(R, identifiers.plain_name(subject.plain[0]),
                                                identifiers.plain_name(subject.plain[1]), DOMAINS), "EMAIL", SUB)
    m.say("\n")


def fi_family(m, sub, e):
    dad, mum, nb, kid = people("fi", 4, sub)
    m.say("Hei,\n\nkirjoitan, koska isäni ")
    full(m, dad)
    m.say(" ja äitini ")
    full(m, mum)
    m.say(" eivät pääse kirjautumaan. Isä lainasi tablettiaan naapurillemme ")
    full(m, nb, "all")
    m.say(", ja sen jälkeen ").entity(dad.given(), "NAME").say(" ei muista salasanaa. Äiti sanoi, että ")
    m.entity(nb.given("gen"), "NAME").say(" Wi-Fi näkyi listassa, ja ").entity(kid.given(), "NAME")
    m.say(", tyttäreni, yritti auttaa. Voitteko soittaa ").entity(mum.given("all"), "NAME").say(" numeroon ")
    phone(m, "fi", mum).say(" tai isälle numeroon ")
    phone(m, "fi", dad).say("? ").entity(kid.given("gen"), "NAME").say(" kanssa olin yhteydessä myös ")
    full(m, nb, "gen").say(" asiassa, mutta ").entity(nb.surname(), "NAME").say(" ei vastannut.")
    scenery(m, "fi", 3, sub.words() | dad.words() | mum.words() | nb.words() | kid.words())
    m.say("\n\nOmat tietoni: ").entity(e, "EMAIL", SUB)
    sign(m, sub, "fi")


def fi_feedback(m, sub, e):
    good, bad, boss = people("fi", 3, sub)
    m.say("Palaute tiketistä ").look(ticket()).say("\n\nHaluan kiittää ")
    full(m, good, "par").say(", joka ratkaisi asian nopeasti. ").entity(good.given(), "NAME")
    m.say(" jaksoi selittää kaiken kahdesti. Sen sijaan ")
    full(m, bad, "gen").say(" vastaus oli tyly, ja ").entity(bad.surname("abl"), "NAME")
    m.say(" ei saanut edes takaisinsoittoa. Toivon, että esihenkilö ")
    full(m, boss).say(" käy asian läpi ").entity(bad.surname("gen"), "NAME").say(" kanssa ja antaa ")
    m.entity(good.given("all"), "NAME").say(" kiitoksen. ").entity(boss.surname("all"), "NAME")
    m.say(" voi soittaa minulle: ")
    phone(m, "fi", sub, SUB).say(".")
    scenery(m, "fi", 3, sub.words() | good.words() | bad.words() | boss.words())
    sign(m, sub, "fi")


def fi_union(m, sub, e):
    lawyer, steward, manager = people("fi", 3, sub)
    m.say("Asia: jäsenemme ")
    full(m, sub, "gen", SUB).say(" käyttäjätunnuksen sulkeminen\n\nEdustamme jäsentämme ")
    full(m, sub, "par", SUB).say(" (henkilötunnus ").entity(hetu(), "NATIONAL_ID", SUB).say("). Luottamusmies ")
    full(m, steward).say(" on todennut, että esihenkilö ")
    full(m, manager).say(" sulki tunnuksen ").look(when("fi")).say(" ilman kuulemista. Pyydämme lokitiedot ")
    m.entity(manager.surname("gen"), "NAME").say(" toimista. Yhteydenotot asianajaja ")
    full(m, lawyer, "all").say(", puh. ")
    phone(m, "fi", lawyer).say(". Palkka maksetaan tilille ").entity(identifiers.written_iban(R), "IBAN", SUB)
    m.say(", tai luottamusmies ").entity(steward.surname("all"), "NAME").say(" (")
    phone(m, "fi", steward).say(").\n\nToimeksiannosta\nasianajaja ")
    full(m, lawyer).say("\n")
    scenery(m, "fi", 2, sub.words() | lawyer.words() | steward.words() | manager.words())


def fi_hr(m, sub, e):
    accused, w1, w2, hr = people("fi", 4, sub)
    m.say("Luottamuksellinen: häirintäilmoitus\n\nIlmoitan, että työtoverini ")
    full(m, accused).say(" on lähettänyt minulle Teamsissa asiattomia viestejä. Todistajina olivat ")
    full(m, w1).say(" ja ")
    full(m, w2).say(". ").entity(w1.given(), "NAME").say(" näki viestit ").look(when("fi"))
    m.say(", ja ").entity(w2.surname("ade"), "NAME").say(" on kuvakaappaukset. Pyydän, että ")
    m.entity(accused.surname("gen"), "NAME").say(" pääsy yhteiseen kansioon poistetaan, kunnes HR:n ")
    full(m, hr).say(" on käsitellyt asian. Hänen tunnuksensa on ")
    m.entity(identifiers.plain_name(accused.plain[1]) + identifiers.digits(R, 2), "USERNAME").say(". Olen sairauslomalla, tavoitat minut numerosta ")
    phone(m, "fi", sub, SUB).say(". En halua, että ").entity(accused.given(), "NAME")
    m.say(" saa tietää ilmoituksesta ennen ").entity(hr.surname("gen"), "NAME").say(" päätöstä.")
    scenery(m, "fi", 3, sub.words() | accused.words() | w1.words() | w2.words() | hr.words())
    sign(m, sub, "fi")


def fi_news(m, sub, e):
    ceo, cio, new = people("fi", 3, sub)
    m.say("Intranet-uutinen (kopioitu tikettiin, kuvat eivät näy):\n\nToimitusjohtaja ")
    full(m, ceo).say(", ").say(str(R.randint(38, 63))).say(", kertoo, että uusi järjestelmä otetaan käyttöön ")
    m.look(R.choice(["elokuussa", "kesäkuussa", "maaliskuussa"])).say(". Tietohallintojohtaja ")
    full(m, cio).say(" ja hänen tiiminsä uusi jäsen ")
    full(m, new).say(", ").say(str(R.randint(24, 35))).say(", vastaavat käyttöönotosta. – Olemme ylpeitä, ")
    m.entity(ceo.surname(), "NAME").say(" sanoo. ").entity(cio.surname("gen"), "NAME")
    m.say(" mukaan ").entity(new.given(), "NAME").say(" tuntee järjestelmän. Lisätietoja ")
    m.entity(new.surname("abl"), "NAME").say(", ")
    phone(m, "fi", new).say(".\n\nKysymys: miksi uutinen ei aukea mobiilissa?")
    scenery(m, "fi", 3, sub.words() | ceo.words() | cio.words() | new.words())
    sign(m, sub, "fi")


def fi_memorial(m, sub, e):
    late, widow, son, lead = people("fi", 4, sub)
    born = R.randint(1950, 1975)
    m.say("Surullinen uutinen: työtoverimme ")
    full(m, late).say(" (s. ").say(str(born)).say(") menehtyi äkillisesti. Häntä jäivät kaipaamaan puoliso ")
    full(m, widow).say(" ja poika ").entity(son.given(), "NAME").say(". Esihenkilö ")
    full(m, lead).say(" pyytää sulkemaan ").entity(late.surname("gen"), "NAME")
    m.say(" tunnuksen ja ohjaamaan postin ").entity(lead.surname("all"), "NAME")
    m.say(". Leski ").entity(widow.given(), "NAME").say(" toivoo saavansa kuvat ")
    m.entity(late.given("gen"), "NAME").say(" OneDrivesta; hänen numeronsa on ")
    phone(m, "fi", widow).say(". Muistoa kunnioittaen, ").entity(lead.surname(), "NAME").say(".")
    scenery(m, "fi", 2, sub.words() | late.words() | widow.words() | son.words() | lead.words())
    sign(m, sub, "fi")


def fi_school(m, sub, e):
    kids = people("fi", 4, sub)
    teacher = people("fi", 1, sub)[0]
    m.say("Hei, olen luokan 4B huoltaja. Lapseni ").entity(kids[0].given(), "NAME")
    m.say(" ja hänen kaverinsa ").entity(kids[1].given(), "NAME").say(", ").entity(kids[2].given(), "NAME")
    m.say(" ja ").entity(kids[3].given(), "NAME").say(" eivät pääse Wilmaan. Opettaja ")
    full(m, teacher).say(" sanoi, että ").entity(kids[1].given("gen"), "NAME").say(" ja ")
    m.entity(kids[2].given("gen"), "NAME").say(" tunnukset vanhenivat. Luettelo:\n")
    for k in kids:
        m.say("- ")
        full(m, k).say("\n")
    m.say("Opettajan numero: ")
    phone(m, "fi", teacher).say(", omani ")
    phone(m, "fi", sub, SUB).say(".")
    scenery(m, "fi", 2, sub.words() | teacher.words() | set().union(*(k.words() for k in kids)))
    sign(m, sub, "fi")


def fi_marriage(m, sub, e):
    old = R.choice([s for s in FI_SURNAMES if s != sub.plain[1]])
    spouse = people("fi", 1, sub)[0]
    m.say("Hei! Menin naimisiin ").look(when("fi")).say(" ja nimeni muuttui: ")
    m.entity(sub.given(), "NAME", SUB).say(" ").entity(sub.surname(), "NAME", SUB).say(", o.s. ")
    m.entity(old, "NAME", SUB).say(". Puolisoni ")
    full(m, spouse).say(" otti myös nimen, joten ").entity(spouse.given("gen"), "NAME")
    m.say(" sähköposti pitää vaihtaa. Minut voi tavoittaa numerosta ")
    phone(m, "fi", sub, SUB).say(" ja ").entity(spouse.given("abl"), "NAME").say(" numerosta ")
    phone(m, "fi", spouse).say(". Uusi osoitteeni: ").entity(e, "EMAIL", SUB).say(".")
    scenery(m, "fi", 3, sub.words() | spouse.words() | {old.lower()})
    sign(m, sub, "fi")


def fi_trilingual(m, sub, e):
    fin, eng, swe = people("fi", 1, sub)[0], draw_person("en"), draw_person("sv", "sv")
    if (eng.words() | swe.words()) & (sub.words() | fin.words()) or eng.words() & swe.words():
        eng, swe = draw_person("en", "en"), draw_person("sv", "sv")
    m.say("Moi! Asia koskee kolmea ihmistä: ")
    full(m, fin, "gen").say(" konetta sekä englantilaisen (")
    m.name(*eng.plain).say(") ja ruotsalaisen (")
    m.name(*swe.plain).say(") kollegan tiliä.\n\nEN: Hi, ").entity(eng.plain[0], "NAME").say(" here – ")
    m.entity(swe.plain[1], "NAME").say("'s Outlook keeps crashing. Call me on ")
    phone(m, "en", eng).say(".\nSV: Hej, det gäller ").entity(genitive_sv(swe.plain[0]), "NAME").say(" dator. Ring ")
    phone(m, "sv", swe).say(".")
    scenery(m, "fi", 2, sub.words() | fin.words() | eng.words() | swe.words())
    sign(m, sub, "fi")


def en_story(m, sub, e):
    uncle, aunt, nb, kid = people("en", 4, sub)
    m.say("Hello,\n\nSorry for the long mail. My uncle ").entity(uncle.given(), "NAME").say(" ")
    if uncle.nickname:
        m.say("\"").entity(uncle.nickname, "NAME").say("\" ")
    m.entity(uncle.surname(), "NAME")
    m.say(" borrowed my laptop, and since then ").entity(uncle.surname(), "NAME").say("'s old account pops up. ")
    m.say("My aunt ")
    full(m, aunt).say(" says the neighbours, the ").entity(nb.surname() + "s", "NAME")
    m.say(", shared their Wi-Fi, and ").entity(nb.given(), "NAME").say(" ").entity(nb.surname(), "NAME")
    m.say(" typed his password into it. My daughter ").entity(kid.given(), "NAME")
    m.say(" thinks the ").entity(nb.surname() + "s", "NAME").say("' router is the problem. Please ring ")
    m.entity(aunt.given(), "NAME").say(" on ")
    phone(m, "en", aunt).say(" or me on ")
    phone(m, "en", sub, SUB).say(".")
    scenery(m, "en", 3, sub.words() | uncle.words() | aunt.words() | nb.words() | kid.words())
    m.say("\nMy e-mail: ").entity(e, "EMAIL", SUB)
    sign(m, sub, "en")


def en_feedback(m, sub, e):
    good, bad = people("en", 2, sub)
    m.say("Feedback on ").look(ticket()).say("\n\nI want to praise ")
    full(m, good).say(" – ").entity(good.given(), "NAME").say(" stayed on the call for an hour. ")
    m.say("By contrast, ").entity(bad.given(), "NAME").say(" ").entity(bad.surname(), "NAME")
    m.say(" closed my ticket twice. Please pass my thanks to ").entity(good.surname(), "NAME")
    m.say("'s manager and ask ").entity(bad.surname(), "NAME").say(" to call me on ")
    phone(m, "en", sub, SUB).say(".")
    scenery(m, "en", 4, sub.words() | good.words() | bad.words())
    sign(m, sub, "en")


def en_solicitor(m, sub, e):
    client, manager = people("en", 2, sub)
    m.say("Dear Sir or Madam,\n\nWe act for our client ")
    full(m, client).say(", whose account was disabled on ").look(when("en"))
    m.say(". We understand that ").entity(manager.given(), "NAME").say(" ").entity(manager.surname(), "NAME")
    m.say(" gave the instruction. Please preserve all logs relating to ").entity(client.surname(), "NAME")
    m.say(" and to ").entity(manager.surname(), "NAME").say(". Our client can be reached on ")
    phone(m, "en", client).say(" and his salary account is ")
    m.entity(identifiers.written_foreign_iban(R, "GB", "NWBK{14}"), "IBAN").say(".\n\nYours faithfully\n")
    m.name(*sub.plain, role=SUB).say(", Solicitor\n").entity(e, "EMAIL", SUB).say("\n")
    scenery(m, "en", 3, sub.words() | client.words() | manager.words())


def en_grievance(m, sub, e):
    accused, w1, w2 = people("en", 3, sub)
    m.say("CONFIDENTIAL – grievance\n\nI am reporting ")
    full(m, accused).say(" for comments made in the team chat. Witnesses: ")
    full(m, w1).say(" and ")
    full(m, w2).say(". ").entity(w1.given(), "NAME").say(" saved the messages; ")
    m.entity(w2.surname(), "NAME").say(" heard the call. I am on sick leave until ").look(when("en"))
    m.say(" and would rather ").entity(accused.given(), "NAME").say(" did not see this. Reach me on ")
    phone(m, "en", sub, SUB).say(".")
    scenery(m, "en", 3, sub.words() | accused.words() | w1.words() | w2.words())
    sign(m, sub, "en")


def en_memorial(m, sub, e):
    late, widow = people("en", 2, sub)
    old = R.choice([s for s in EN_SURNAMES if s not in late.plain + widow.plain + sub.plain])
    m.say("It is with sadness that we share that ")
    full(m, late).say(" passed away last week. ").entity(late.given(), "NAME").say(" leaves his wife ")
    m.entity(widow.given(), "NAME").say(" ").entity(widow.surname(), "NAME").say(" (née ").entity(old, "NAME")
    m.say("). ").entity(widow.given(), "NAME").say(" asked for the photos in ").entity(late.surname(), "NAME")
    m.say("'s OneDrive; her number is ")
    phone(m, "en", widow).say(".")
    scenery(m, "en", 3, sub.words() | late.words() | widow.words() | {old.lower()})
    sign(m, sub, "en")


def sv_family(m, sub, e):
    mil, nb = people("sv", 2, sub)
    m.say("Hej,\n\nmin svärmor ")
    full(m, mil).say(" kommer inte in i banken, och grannen ").entity(nb.given(), "NAME")
    m.say(" ").entity(genitive_sv(nb.surname()), "NAME").say(" wifi stör. ").entity(mil.given(), "NAME")
    m.say(" nås på ")
    phone(m, "sv", mil).say(", jag på ")
    phone(m, "sv", sub, SUB).say(".")
    scenery(m, "sv", 3, sub.words() | mil.words() | nb.words())
    sign(m, sub, "sv")


def sv_titles(m, sub, e):
    boss, head, doc = people("sv", 3, sub)
    m.say("Hej! Direktör ")
    full(m, boss).say(" och rektor ")
    full(m, head).say(" behöver konton. Överläkare ").entity(doc.given(), "NAME").say(" ")
    m.entity(doc.surname(), "NAME").say(" ska också med. ").entity(genitive_sv(head.surname()), "NAME")
    m.say(" nummer är ")
    phone(m, "sv", head).say(" och ").entity(genitive_sv(boss.surname()), "NAME").say(" ")
    phone(m, "sv", boss).say(".")
    scenery(m, "sv", 3, sub.words() | boss.words() | head.words() | doc.words())
    sign(m, sub, "sv")


KINDS = {"fi": [fi_family, fi_feedback, fi_union, fi_hr, fi_news, fi_memorial, fi_school, fi_marriage,
                fi_trilingual],
         "en": [en_story, en_feedback, en_solicitor, en_grievance, en_memorial],
         "sv": [sv_family, sv_titles]}


def draw(language):
    def one():
        sub = draw_person(language)
        e = address(sub)
        m = Message(language, "held-out-30")
        R.choice(KINDS[language])(m, sub, e)
        m.known = {"name": " ".join(sub.plain), "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        return m
    return one


def main():
    counts = collections.Counter()
    for i in range(650):
        emit(first_clean(draw(mixed_language(i)), lambda reason: REDRAWN.update([reason])), counts)
    if "--stats" in sys.argv:
        print(json.dumps(dict(counts)), dict(PHONES), len(PHONES), dict(REDRAWN), file=sys.stderr)


main()
