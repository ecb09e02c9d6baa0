#!/usr/bin/env python3
"""Generates the twelfth held-out set (held-out-12.jsonl), written before the engine was run on it, with
kinds of service-desk text sets 1-11 lack: a voice bot's call transcripts and summaries (Botti:/Soittaja:,
Bot:/Caller:, spoken Finnish, a surname spelt out letter by letter "K-E-T-T-U-L-A", a device spelt with
the spelling alphabets "K niin kuin Kalle", "M as in Mike"), e-mail headers with display names, titles and
several recipients ("Vastaanottaja: tri Aino-Maria Keskinen-Rantala <…>; Moreau, Jean-Luc <…>", "Cc:"),
ServiceNow and Jira notifications of other events than sets 9-10 (approval requested from, watch list,
resolved by, delegated, mentioned you on), out-of-office replies naming a deputy with a title, HR
onboarding that orders a laptop named after the starter, ticket comment threads with job titles, rosters
with initials before and after the surname ("K. Lehtonen", "Lehtonen K."), distribution lists with a name
at each line's start, titles before names (DI, tri, prof., FM; Dr, Prof., Ms, Mr), hostnames that contain
a user's surname (LT-KETTULA, kettula-mbp).
Names are new to the sets: Finnish given names that are ordinary words (Onni, Toivo, Usko, Lempi, Armas,
Rauha, Satu, Tuuli, Helmi, Vilja, Lahja, Sulo) and surnames that are (Aalto, Salo, Kallio, Koski, Lehto,
Saari, Vuori, Ranta, Ilves), double surnames and hyphenated given names (Keskinen-Rantala, Hakala-Nurmi,
Aino-Maria, Juha-Matti, Marja-Leena); Sámi (Ánte, Sunná, Iŋgá, Biret; Magga, Sara, Porsanger,
Näkkäläjärvi), Estonian (Tiit, Kersti, Margus, Triin; Tamm, Ilves, Saar, Mägi), German (Jürgen, Heike,
Wolfgang, Ute; Krüger, Schneider, Hoffmann, Weiß), French with the apostrophe Finnish writes after a silent
letter (Dubois'lle, Moreau'n, Benoît'lta), Spanish with two surnames (Carmen García López: the case on the
last), Vietnamese in their own order (Trần Văn Minh, Nguyễn Thị Hoa) and Somali names (Cabdi, Faadumo,
Xamse, Hodan; Xirsi, Cali, Jaamac, Faarax) in the Finnish cases; English given names that are words (Hope,
Will, Frank, Sunny, Summer, Penny, Ruby, Ivy, Rusty, Honey) and surnames (Ford, Marsh, Fisher, Steel, Bond,
Frost, Gold, Fox, Weaver, Bird), double-barrelled ones (Lloyd-Hughes, Fox-Pitt, Sarah-Jane).
Look-alikes are new: brands and software named like people (Mercedes-Benz, Ferrari, Ford Transit, Tesla,
Dyson, Philips, Bosch, Siemens, Paulig, Stockmann, Hartwall, Fazer; Jenkins, Hugo, Casper, Django, Ruby,
Julia, Elsa), the spelling alphabets' words (Kalle, Matti, Tyyne, Urho; Mike, Oscar, Romeo, Juliett,
Victor, Charlie), holidays and name days (Mikkelinpäivä, Tapaninpäivä, Annan nimipäivä, St Andrew's Day,
Martin Luther King Day), places and streets (Sallan toimipiste, Porin toimisto, Lönnrotinkatu,
Albertinkatu, Baker Street, St Helens), hostnames without a name (LAPTOP-7Q2K9F, WS-40213), and the set's
names as words (Onni oli matkassa, Toivo on…, Usko pois, Hope this helps, Will do, Frank feedback).
A hostname that holds a user's surname (LT-KETTULA) names that user as surely as the name does, so its
surname part is labelled a NAME (the prefix is neither a value nor a look-alike); a spelt-out surname
(K-E-T-T-U-L-A) is one NAME span. Initials and titles are neither values nor look-alikes.
Same format as evaluation-set.jsonl; 640 messages, half Finnish.
Deterministic: python3 held-out-12.py > held-out-12.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(12121990)

FI_FIRST = [inflect("Ilmari"), inflect("Saimi"), inflect("Valtteri", "Valteri", "Valtteri"), inflect("Oona"),
            inflect("Eino"), inflect("Aapo", "Aavo", "Aapo"), inflect("Kerttu", "Kertu", "Kerttu"), inflect("Elias"),
            inflect("Leevi"), inflect("Jere"), inflect("Aino-Maria"), inflect("Juha-Matti", "Juha-Mati", "Juha-Matti"),
            inflect("Marja-Leena")]
FI_WORD_FIRST = [inflect("Onni"), inflect("Toivo"), inflect("Usko"), inflect("Lempi"),
                 inflect("Armas", "Armakse", "Armakse", par="Armasta"), inflect("Rauha"), inflect("Satu", "Sadu", "Satu"),
                 inflect("Tuuli"), inflect("Helmi"), inflect("Vilja"), inflect("Lahja"), inflect("Sulo")]
FI_LAST = [nen("Kemppainen"), nen("Lehtonen"), nen("Hyvönen"), nen("Räsänen"), inflect("Kettula"), inflect("Hakala"),
           inflect("Keskinen-Rantala"), inflect("Hakala-Nurmi", "Hakala-Nurme", "Hakala-Nurme", par="Hakala-Nurmea")]
FI_WORD_LAST = [inflect("Aalto", "Aallo", "Aalto"), inflect("Salo"), inflect("Kallio"),
                inflect("Koski", "Koske", "Koske", par="Koskea"), inflect("Lehto", "Lehdo", "Lehto"),
                inflect("Saari", "Saare", "Saare", par="Saarta"), inflect("Vuori", "Vuore", "Vuore", par="Vuorta"),
                inflect("Ranta", "Ranna", "Ranta"), inflect("Ilves", "Ilvekse", "Ilvekse", par="Ilvestä")]


def silent(nom):
    """A French name whose last letter is not spoken: Finnish puts an apostrophe before the ending."""
    return inflect(nom, nom + "'", nom + "'", par=nom + "'ta", ill=nom + "'hon")


SAMI = ([inflect("Ánte"), inflect("Sunná"), inflect("Iŋgá"), foreign("Biret")],
        [inflect("Magga"), inflect("Sara"), foreign("Porsanger"), inflect("Näkkäläjärvi")])
ESTONIAN = ([foreign("Tiit"), inflect("Kersti"), foreign("Margus"), foreign("Triin")],
            [foreign("Tamm"), inflect("Ilves", "Ilvekse", "Ilvekse", par="Ilvestä"), foreign("Saar"), inflect("Mägi")])
GERMAN = ([foreign("Jürgen"), inflect("Heike"), foreign("Wolfgang"), inflect("Ute")],
          [foreign("Krüger"), foreign("Schneider"), foreign("Hoffmann"), foreign("Weiß")])
FRENCH = ([foreign("Jean-Luc"), inflect("Amélie"), inflect("Céline"), silent("Benoît")],
          [silent("Moreau"), silent("Dubois"), inflect("Lefèvre"), silent("Girard")])
SOMALI = ([foreign("Cabdi"), inflect("Faadumo"), inflect("Xamse"), foreign("Hodan")],
          [foreign("Xirsi"), foreign("Cali"), foreign("Jaamac"), foreign("Faarax")])
ORIGINS = [SAMI, ESTONIAN, GERMAN, FRENCH, SOMALI]
SPANISH_FIRST = ["Carmen", "Alejandro", "Pilar", "Rodrigo"]
SPANISH_LAST = [("García", foreign("López")), ("Fernández", foreign("Ruiz")), ("Martín", inflect("Ortega")),
                ("Sánchez", foreign("Vidal"))]
VIETNAMESE = [("Trần", "Văn", foreign("Minh")), ("Nguyễn", "Thị", inflect("Hoa")), ("Phạm", "Quốc", inflect("Bảo")),
              ("Lê", "Thị", inflect("Mai"))]

EN_WORD_FIRST = ["Hope", "Will", "Frank", "Sunny", "Summer", "Penny", "Ruby", "Ivy", "Rusty", "Honey"]
EN_FIRST = EN_WORD_FIRST + ["Harriet", "Rhys", "Nkechi", "Tariq", "Gemma", "Eamon", "Bronwen", "Hamish", "Zainab",
                            "Fergus", "Ottilie", "Sarah-Jane", "Anne-Marie", "Jean-Luc", "Jürgen", "Faadumo"]
EN_WORD_LAST = ["Ford", "Marsh", "Fisher", "Steel", "Bond", "Frost", "Gold", "Fox", "Weaver", "Bird"]
EN_LAST = EN_WORD_LAST + ["Okafor", "Lloyd-Hughes", "Fox-Pitt", "Abernathy", "Pemberton", "Oyelaran", "Dimitriou",
                          "Nakamura", "Rasmussen", "Moreau", "Krüger", "Xirsi", "Ilves"]
LOWER_EN = ["hope", "will", "frank", "penny", "ruby", "ivy", "rhys", "tariq", "gemma", "hamish", "zainab", "fergus"]
DOMAINS = ["kaupunki.example.fi", "yliopisto.example.fi", "logistiikka.example.fi", "energia.example.com",
           "trust.example.nhs.uk", "consulting.example.com"]
TITLES_FI = ["tri", "DI", "prof.", "FM", "KTM", "dos."]
TITLES_EN = ["Dr", "Dr.", "Prof.", "Ms", "Mr", "Mx"]
JOBS_FI = ["Lähitukiasiantuntija", "IT-päällikkö", "Järjestelmäasiantuntija", "Palvelupäällikkö", "HR-koordinaattori",
           "Tietoturva-asiantuntija"]
JOBS_EN = ["Desktop Support Analyst", "Head of IT", "Senior Infrastructure Engineer", "Service Delivery Manager",
           "HR Business Partner", "Information Security Officer"]

FI_SPELLING = {"A": "Aarne", "B": "Bertta", "D": "Daavid", "E": "Eemeli", "H": "Heikki", "I": "Iivari", "J": "Jussi",
               "K": "Kalle", "L": "Lauri", "M": "Matti", "N": "Niilo", "O": "Otto", "P": "Paavo", "R": "Risto",
               "S": "Sakari", "T": "Tyyne", "U": "Urho", "V": "Vihtori", "Y": "Yrjö"}
NATO = {"A": "Alfa", "C": "Charlie", "D": "Delta", "E": "Echo", "H": "Hotel", "J": "Juliett", "K": "Kilo", "L": "Lima",
        "M": "Mike", "O": "Oscar", "R": "Romeo", "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey"}

LOOK_FI = ["Jenkins-putki", "Hugo-sivusto", "Casper-testit", "Django 5.{1}", "Ruby 3.{1}", "Ford Transit",
           "Mercedes-Benz-pakettiauto", "Tesla-laturi", "Dyson-tuuletin", "Philips-näyttö", "Bosch-porakone",
           "Siemens-logiikka", "Paulig-keitin", "Stockmann", "Hartwall-automaatti", "Fazerin kahvila",
           "Sallan toimipiste", "Porin toimisto", "Lönnrotinkatu {2}", "Albertinkatu {1}", "Mikkelinpäivä",
           "Tapaninpäivä", "LAPTOP-7Q{1}K9F", "WS-{5}", "Teams", "Outlook", "SAP", "Visma", "ServiceNow", "INC00{5}",
           "RITM00{5}", "klo 9.{2}", "ke 16.12.", "129,00 €", "vko 51", "versio 7.{2}", "tilaus {6}"]
LOOK_EN = ["Jenkins", "Hugo", "Casper tests", "Django 5.{1}", "Ruby 3.{1}", "Julia 1.{2}", "the Ford Transit",
           "the Mercedes van", "the Ferrari-red theme", "the Tesla charger", "Dyson fan", "Philips monitor",
           "Bosch drill", "Siemens PLC", "Baker Street", "St Helens", "St Andrew's Day", "Martin Luther King Day",
           "LAPTOP-7Q{1}K9F", "WS-{5}", "Teams", "Outlook", "Zoom", "Slack", "ServiceNow", "INC00{5}", "RITM00{5}",
           "at 9:{2}", "Wed 16 Dec", "GBP 129.00", "week 51", "version 7.{2}", "order {6}"]
WORDS_FI = [("", "Onni", " oli matkassa, varmuuskopio löytyi."), ("", "Toivo", " on, että päivitys korjaa tämän."),
            ("", "Usko", " pois, se kaatuu taas."), ("Konesaliin palasi ", "rauha", " kun tuuletin vaihdettiin."),
            ("", "Tuuli", " kaatoi maston, yhteys katkesi."), ("Saimme ", "lahjan", " asiakkaalta, kiitos!"),
            ("Tänään on ", "Annan", " nimipäivä, kakkua kahvihuoneessa."),
            ("", "Mikkelinpäivänä", " on huoltokatko."), ("Kerroin asiakkaalle ", "sadun", " korjauksen aikataulusta."),
            ("Pellon ", "vilja", " kaatui myrskyssä, tuotantolinja seisoo.")]
WORDS_EN = [("", "Hope", " this helps."), ("", "Will", " do, thanks."), ("", "Frank", " feedback welcome."),
            ("", "Sunny", " today, so the roof sensors are fine."), ("", "Jenkins", " is down again."),
            ("", "Hugo", " rebuilt the intranet site overnight."), ("", "Casper", " tests are flaky again."),
            ("Kids' party: ", "Elsa", " costumes are in the lobby."), ("Pool car is the ", "Mercedes", " van this week."),
            ("", "Ford", " Transit keys are at reception."), ("Happy ", "St Andrew's Day", "!"),
            ("The ", "Ferrari", " red theme is back on the dashboards.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}-{rest}", f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}"])


def plain(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("é", "e"), ("è", "e"), ("ü", "u"), ("ß", "ss"), ("á", "a"),
                 ("ŋ", "ng"), ("î", "i"), ("í", "i"), ("ó", "o"), ("ú", "u"), ("ñ", "n"), ("ễ", "e"), ("ầ", "a"),
                 ("ạ", "a"), ("ả", "a"), ("ị", "i"), ("ă", "a"), ("ố", "o"), ("ê", "e"), (" ", ""), ("'", "")):
        out = out.replace(a, b)
    return out


def email(first, last):
    f, l = plain(first).replace("-", ""), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l}", f"{l}.{f}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(60, 99)), ("A", R.randint(0, 6)), ("Y", R.randint(60, 99))]))


def iban():
    full = identifiers.iban(R, "FI", digits(14))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    n = identifiers.luhn(R, R.choice(["4", "52"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def spelt(name):
    """A surname spelt out letter by letter as a voice bot writes it down: K-E-T-T-U-L-A."""
    return R.choice(["-", " "]).join(c.upper() for c in name if c.isalpha())


def initial(name):
    return name[0] + "."


def person_fi():
    """A first name and surname as case forms: Finnish (a word or not), or two times in five of another origin."""
    roll = R.random()
    if roll < 0.4:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts), R.choice(lasts)
    if roll < 0.6:
        return R.choice(FI_WORD_FIRST + FI_FIRST), R.choice(FI_WORD_LAST)
    return R.choice(FI_FIRST + FI_WORD_FIRST), R.choice(FI_LAST + FI_WORD_LAST)


def person_en():
    """An English first name and surname, or (one time in four) a pair from the Finnish set's."""
    if R.random() < 0.75:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first["nom"], last["nom"]


def hostname(m, last, role="third"):
    """A device named after its user: the surname part is the user's name (LT-KETTULA, kettula-mbp)."""
    if R.random() < 0.5:
        m.say(R.choice(["LT-", "LAPTOP-", "PC-"])).entity(plain(last).upper().replace("-", ""), "NAME", role)
    else:
        m.entity(plain(last).replace("-", ""), "NAME", role).say(R.choice(["-mbp", "-pc", "-lt01"]))
    return m


def words(m, sentences):
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def finnish(m, f, l, e):
    (first, last), (other, other_last), (third, third_last) = person_fi(), person_fi(), person_fi()
    look = fill(R.choice(LOOK_FI))
    if R.random() < 0.2:
        words(m, WORDS_FI)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        m.say("Botti: Kenen asiaa hoidetaan?\nSoittaja: no tota tääl on ").name(first["nom"], last["nom"]) \
            .say(", mä soitan ").name(other["gen"]).say(" puolesta ku sen ").look(look).say(" ei toimi\n") \
            .say("Botti: Tavaisitko sukunimen?\nSoittaja: ").entity(spelt(last["nom"]), "NAME")
    elif kind == 1:
        m.say("Puhelun yhteenveto (puhebotti): soittaja ").name(f, l, role="subject").say(" (tunnistettu numerosta ") \
            .entity(mobile(), "PHONE", "subject").say(") kertoi, että ").look(look).say(" ei käynnisty. Pyysi, että ") \
            .name(other["nom"], other_last["all"]).say(" ilmoitetaan.")
    elif kind == 2:
        letters = R.sample(sorted(FI_SPELLING), 2)
        m.say("Soittaja: koneen nimi on ").say(letters[0]).say(" niin kuin ").look(FI_SPELLING[letters[0]]).say(", ") \
            .say(letters[1]).say(" niin kuin ").look(FI_SPELLING[letters[1]]).say(", nelkytkaks. Se on ") \
            .name(first["gen"]).say(" vanha kone, ").look(look).say(" puuttuu.")
    elif kind == 3:
        m.say("Lähettäjä: ").name(last["nom"]).say(", ").name(first["nom"]).say(" <") \
            .entity(email(first["nom"], last["nom"]), "EMAIL").say(">\nVastaanottaja: ").say(R.choice(TITLES_FI)) \
            .say(" ").name(other["nom"], other_last["nom"]).say(" <").entity(email(other["nom"], other_last["nom"]), "EMAIL") \
            .say(">\nKopio: ").name(third["nom"], third_last["nom"]).say("; IT-tuki\nAihe: ").look(look)
    elif kind == 4:
        m.say("Hyväksyntä odottaa: ").name(first["nom"], last["nom"]).say(" (").look(fill("RITM00{5}")) \
            .say(")\nTarkkailulista: ").name(other["nom"], other_last["nom"]).say(", ").name(third_last["nom"]) \
            .say(" ").say(initial(third["nom"])).say("\nKohde: ").look(look)
    elif kind == 5:
        m.name(first["nom"], last["nom"]).say(" delegoi tehtävän ").look(fill("SD-{4}")).say(" käyttäjälle ") \
            .name(other["nom"], other_last["nom"]).say(". Ratkaisija: ").name(third["nom"], third_last["nom"])
    elif kind == 6:
        m.say("Automaattinen vastaus: Olen lomalla 4.1. asti. Kiireellisissä asioissa ota yhteyttä sijaiseeni ") \
            .say(R.choice(TITLES_FI)).say(" ").name(other["nom"], other_last["ill"]).say(" (").entity(mobile(), "PHONE") \
            .say(").\n\nYstävällisin terveisin\n").name(f, l, role="subject").say("\n").say(R.choice(JOBS_FI))
    elif kind == 7:
        m.say("Uusi työntekijä: ").name(first["nom"], last["nom"]).say(" aloittaa 11.1. Esihenkilö: ") \
            .name(other["nom"], other_last["nom"]).say(". Tilatkaa kone ")
        hostname(m, last["nom"]).say(" ja oikeudet: ").look(look).say(".")
    elif kind == 8:
        m.say("#2 ").name(first["nom"], last["nom"]).say(" (").say(R.choice(JOBS_FI)).say(") kommentoi:\nKävin koneella, ") \
            .look(look).say(" vaihdettu.\n\n#3 ").name(other["nom"], other_last["nom"]).say(", ").say(R.choice(JOBS_FI)) \
            .say(":\nSelvä, kiitos ").name(first["nom"]).say(". Suljen tiketin.")
    elif kind == 9:
        m.say("Ylilääkäri ").say(R.choice(TITLES_FI)).say(" ").name(first["nom"], last["nom"]).say(" ei pääse ") \
            .look(look).say(" -järjestelmään. ").say(R.choice(TITLES_FI)).say(" ").name(other_last["nom"]) \
            .say(" lupasi katsoa.")
    elif kind == 10:
        m.say("Päivystys:\n").name(last["nom"]).say(" ").say(initial(first["nom"])).say(" – ma\n") \
            .say(initial(other["nom"])).say(" ").name(other_last["nom"]).say(" – ti\n").name(third["nom"], third_last["nom"]) \
            .say(" – ke\nVaralla: ").look(look)
    elif kind == 11:
        m.say("Jakelu:\n").name(first["nom"], last["nom"]).say("\n").name(other["nom"], other_last["nom"]).say("\n") \
            .name(third_last["nom"], third["nom"]).say("\nAsia: ").look(look)
    elif kind == 12:
        firsts, lasts = FRENCH
        m.say("Lähetin tunnukset ").name(R.choice(firsts)["nom"], R.choice(lasts)["all"]).say(", ").look(look) \
            .say(" toimii. ").name(R.choice(lasts)["gen"]).say(" kone jäi Lyoniin.")
    elif kind == 13:
        surname, case_last = R.choice(SPANISH_LAST)
        m.say("Soitin ").name(R.choice(SPANISH_FIRST), surname, case_last["all"]).say(", ").look(look) \
            .say(" on hänellä auki. ").name(R.choice(GERMAN[0])["nom"], R.choice(GERMAN[1])["gen"]) \
            .say(" läppäri on huollossa.")
    elif kind == 14:
        family, middle, given = R.choice(VIETNAMESE)
        m.say("Ilmoitin asiasta ").name(family, middle, given["all"]).say(". ").look(look).say(" on hänen vastuullaan, ") \
            .name(given["nom"]).say(" palaa maanantaina.")
    elif kind == 15:
        firsts, lasts = SOMALI
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" on lomalla, ").name(R.choice(firsts)["nom"]) \
            .say(" tuuraa. ").look(look).say(" odottaa.")
    elif kind == 16:
        firsts, lasts = R.choice([SAMI, ESTONIAN])
        m.say("Kysy ").name(R.choice(firsts)["nom"], R.choice(lasts)["abl"]).say(", hän tuntee ").look(look) \
            .say(". ").name(R.choice(firsts)["gen"]).say(" numero on ").entity(mobile(), "PHONE").say(".")
    elif kind == 17:
        m.name("Aino-Maria", R.choice([inflect("Keskinen-Rantala"), inflect("Hakala-Nurmi", "Hakala-Nurme",
                                                                          "Hakala-Nurme")])["gen"]) \
            .say(" tunnus lukittui, ").look(look).say(". Siirrä asia ").name("Juha-Matti", other_last["all"]).say(".")
    elif kind == 18:
        m.say("onks kukaan nähny ").name(first["par"].lower()).say("? ").look(look.lower()).say(" pitäis käynnistää, ") \
            .name(other_last["gen"].lower()).say(" mukaan se on ok")
    elif kind == 19:
        m.say("Koneen ")
        hostname(m, last["nom"]).say(" käyttäjä ").name(first["nom"], last["nom"]).say(" ei pääse ").look(look) \
            .say("-palveluun, ").name(other["nom"]).say(" tarkistaa.")
    elif kind == 20:
        m.say("Toimisto on kiinni ").look(R.choice(["Mikkelinpäivänä", "Tapaninpäivänä", "Nuutinpäivänä"])) \
            .say(", ").name(first["nom"], last["nom"]).say(" päivystää. ").look(look).say(" toimii normaalisti.")
    elif kind == 21:
        m.say("Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(", palkka tilille ") \
            .entity(iban(), "IBAN", "subject").say(". Terveisin ").name(f, l, role="subject")
    elif kind == 22:
        m.say("Maksoin kortilla ").entity(card(), "PAYMENT_CARD", "subject").say(", ").name(other["nom"], other_last["nom"]) \
            .say(" hyväksyi kulun.")
    elif kind == 23:
        m.say("Soittakaa numeroon ").entity(mobile(), "PHONE", "subject").say(", ").look(look).say(" ei aukea. t. ") \
            .name(f, role="subject")
    elif kind == 24:
        m.say("joo eli se on se ").name(first["gen"]).say(" kone, ").name(other_last["gen"], other["nom"]) \
            .say(" sano et ").look(look.lower()).say(" on rikki")
    elif kind == 25:
        m.say("Botti: Kenelle yhdistän?\nSoittaja: ").name(first["all"].lower()).say(" eiku siis ") \
            .name(first["nom"], last["all"]).say(", ").look(look).say(" asiassa")
    elif kind == 26:
        m.say("Vastaus (").say(R.choice(TITLES_FI)).say(" ").name(f, l, role="subject").say(", ").say(R.choice(JOBS_FI)) \
            .say("): ").look(look).say(" on korjattu, kiitos ").name(other["all"]).say(" avusta.")
    elif kind == 27:
        m.say("Tiedoksi: ").name(first["nom"], last["nom"]).say(", ").name(other_last["nom"]).say(" ") \
            .say(initial(other["nom"])).say(" ja ").name(third["nom"]).say(". ").look(look).say(" siirtyy.")
    elif kind == 28:
        m.say("Sijaiseni on ").say(R.choice(TITLES_FI)).say(" ").name(first["nom"], last["nom"]).say(", ") \
            .say(R.choice(JOBS_FI).lower()).say(". ").name(first["gen"]).say(" kanssa voi sopia ").look(look) \
            .say(joined(look, "asiasta")).say(".")
    else:
        m.name(first["nom"], last["nom"]).say(" ja ").name(other["nom"], other_last["nom"]).say(" ovat ") \
            .look(look).say(joined(look, "koulutuksessa")).say(", ").name(third["nom"]).say(" vastaa puhelimeen.")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_FI)


def joined(look, word):
    return (" -" if " " in look else "-") + word


def english(m, f, l, e):
    first, last = person_en()
    other, other_last = person_en()
    third, third_last = person_en()
    look = fill(R.choice(LOOK_EN))
    if R.random() < 0.2:
        words(m, WORDS_EN)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        m.say("Bot: Who am I speaking with?\nCaller: hi yeah it's ").name(f, l, role="subject") \
            .say("\nBot: Could you spell your last name?\nCaller: ").entity(spelt(l), "NAME", "subject") \
            .say("\nBot: Thanks ").name(f, role="subject").say(". Is this about ").look(look).say("?")
    elif kind == 1:
        m.say("Call summary (voice bot): caller ").name(first, last).say(" reported ").look(look) \
            .say(" freezing; asked for a callback from ").name(other, other_last).say(" in Facilities.")
    elif kind == 2:
        letters = R.sample(sorted(NATO), 2)
        m.say("Caller: the asset tag is ").say(letters[0]).say(" as in ").look(NATO[letters[0]]).say(", ") \
            .say(letters[1]).say(" as in ").look(NATO[letters[1]]).say(", four four one. It's ").name(first) \
            .say("'s old machine.")
    elif kind == 3:
        m.say("From: \"").name(last).say(", ").name(first).say("\" <").entity(email(first, last), "EMAIL") \
            .say(">\nTo: ").say(R.choice(TITLES_EN)).say(" ").name(other, other_last).say(" <") \
            .entity(email(other, other_last), "EMAIL").say(">\nCc: ").name(third, third_last) \
            .say("; IT Service Desk\nSubject: ").look(look)
    elif kind == 4:
        m.say("Approval requested from ").name(first, last).say(" for ").look(fill("RITM00{5}")) \
            .say(".\nWatch list: ").name(other, other_last).say(", ").name(third_last).say(" ").say(initial(third)) \
            .say("\nItem: ").look(look)
    elif kind == 5:
        m.name(first, last).say(" mentioned you on ").look(fill("OPS-{4}")).say(": \"@").name(other) \
            .say(" can you look at ").look(look).say("?\"")
    elif kind == 6:
        m.say("Automatic reply: I'm out of the office until 4 January. For anything urgent please contact ") \
            .name(other, other_last).say(" on ").entity(mobile(), "PHONE").say(" or ").name(third) \
            .say(" in the Leeds team.\n\nKind regards\n").say(R.choice(TITLES_EN)).say(" ").name(f, l, role="subject") \
            .say("\n").say(R.choice(JOBS_EN))
    elif kind == 7:
        m.say("New starter: ").say(R.choice(TITLES_EN)).say(" ").name(first, last).say(" (").say(R.choice(JOBS_EN)) \
            .say(") joins on 11 Jan. Line manager: ").name(other, other_last).say(". Please build ")
        hostname(m, last).say(" and add to ").look(look).say(".")
    elif kind == 8:
        m.say("Comment #4 – ").name(first, last).say(", ").say(R.choice(JOBS_EN)).say(":\n").look(look) \
            .say(" reimaged.\nComment #5 – ").name(other, other_last).say(" (").say(R.choice(JOBS_EN)) \
            .say("):\nThanks ").name(first).say(", closing.")
    elif kind == 9:
        m.say("Prof. ").name(first, last).say(" and Dr ").name(other_last).say(" can't reach ").look(look) \
            .say("; Ms ").name(third_last).say(" from Finance can't either.")
    elif kind == 10:
        m.say("On call:\n").say(initial(first)).say(" ").name(last).say(" – Mon\n").name(other_last).say(" ") \
            .say(initial(other)).say(" – Tue\n").name(third, third_last).say(" – Wed\nEscalation: ").look(look)
    elif kind == 11:
        m.say("Distribution list:\n").name(first, last).say("\n").name(other, other_last).say("\n") \
            .name(third, third_last).say("\n(please don't reply all about ").look(look).say(")")
    elif kind == 12:
        firsts, lasts = FRENCH
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" and ").name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]) \
            .say(" from the Lyon office report ").look(look).say(" issues.")
    elif kind == 13:
        surname, case_last = R.choice(SPANISH_LAST)
        m.say("Please add ").name(R.choice(GERMAN[0])["nom"], R.choice(GERMAN[1])["nom"]).say(" and ") \
            .name(R.choice(SPANISH_FIRST), surname, case_last["nom"]).say(" to ").look(look).say(".")
    elif kind == 14:
        family, middle, given = R.choice(VIETNAMESE)
        family2, middle2, given2 = R.choice(VIETNAMESE)
        m.name(family, middle, given["nom"]).say("'s badge doesn't open ").look(look).say("; ") \
            .name(family2, middle2, given2["nom"]).say(" has a spare.")
    elif kind == 15:
        firsts, lasts = SOMALI
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" said ").name(R.choice(firsts)["nom"]) \
            .say(" already raised ").look(look).say(".")
    elif kind == 16:
        firsts, lasts = R.choice([SAMI, ESTONIAN])
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" and ").name(R.choice(firsts)["nom"]) \
            .say(" can't log in to ").look(look).say(" from Inari.")
    elif kind == 17:
        m.say("Please cc ").name(R.choice(["Sarah-Jane", "Anne-Marie"]), R.choice(["Lloyd-Hughes", "Fox-Pitt"])) \
            .say(" on the ").look(look).say(" thread, and ").name(other).say(" too.")
    elif kind == 18:
        m.say("lol did ").name(R.choice(LOWER_EN)).say(" fix the ").look(look.lower()).say(" thing or is that on ") \
            .name(R.choice(LOWER_EN)).say(" now")
    elif kind == 19:
        m.say("Device ")
        hostname(m, last).say(" (user ").name(first, last).say(") flagged by Defender; ").name(other) \
            .say(" quarantined it. ").look(look).say(" unaffected.")
    elif kind == 20:
        m.say("My IBAN is ").entity(iban(), "IBAN", "subject").say(" and my phone ").entity(mobile(), "PHONE", "subject") \
            .say(". Thanks, ").name(f, role="subject")
    elif kind == 21:
        m.say("Card ").entity(card(), "PAYMENT_CARD", "subject").say(" got declined for ").look(look).say(", ") \
            .name(other, other_last).say(" approved the expense.")
    elif kind == 22:
        m.say("Office closed on ").look(R.choice(["St Andrew's Day", "Martin Luther King Day", "Boxing Day"])) \
            .say("; ").name(first, last).say(" covers the phones and ").name(other).say(" the ").look(look).say(" queue.")
    elif kind == 23:
        m.say("Bot: Who would you like to reach?\nCaller: erm, ").name(first).say("... ").name(first, last) \
            .say(" in payroll, it's about ").look(look)
    elif kind == 24:
        m.say("Best regards,\n").say(R.choice(TITLES_EN)).say(" ").name(f, l, role="subject").say("\n") \
            .say(R.choice(JOBS_EN)).say(" | ").look(look)
    elif kind == 25:
        m.say("Cc: ").name(first, last).say("; ").name(other_last).say(", ").name(other).say(" – re ").look(look)
    elif kind == 26:
        m.say("Sent on behalf of ").name(first, last).say(" by ").name(other).say(": ").look(look).say(" is late.")
    elif kind == 27:
        m.say("Caller (says her name is ").name(first).say(", surname ").name(last).say(") can't open ").look(look) \
            .say("; transferred to ").name(other, other_last).say(".")
    elif kind == 28:
        m.say("Re: ").look(look).say(" – ").name(first, last).say(" replied: \"ok, ").name(other) \
            .say(" will pick it up\"")
    else:
        m.say("Hand-over from ").name(first).say(" to ").name(other, other_last).say(": ").look(look) \
            .say(" patched, ").name(third_last).say(" to verify.")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-12", 640, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
