#!/usr/bin/env python3
"""Generates the fifteenth held-out set (held-out-15.jsonl), written and committed before the engine was run on it,
as the untouched set on which the rules and a statistical tagger trained on sets 0-14 are reported: nobody tunes on
it. It holds kinds of service-desk text sets 1-14 lack: messages in Swedish by Swedish-speaking Finns, with the
Swedish genitive -s on names ("Bror Granqvists dator", "Hälsningar, Ann-Mari Häggblom"), and Finnish and English
mixed with Swedish; tickets by writers for whom Finnish or English is a second language, with the case endings
left off or wrong ("minun esimies Gökhan Kılıç sanoi", "I am write for my colleague mister Wróbel, he not can
login"); a typed chat bot's slot filling where the user types a name as a bare answer mid-conversation, in lower
case or correcting it ("Sinä: vuokko salmi", "You: no wait its bertie, the system has me as bertram slater");
callback queue lists with phones and waiting times; data-subject requests and account closures that name
relatives (spouse, child, late father) and a deceased colleague; authorisations ("valtuutan Tarmo Tikan
noutamaan"); nicknames in quotes between given name and surname ('Timo "Timppa" Luoto') and then alone in the
cases ("Timpalle"); honorifics of other languages (Yamaguchi-san, pani Dąbrowska, Herr Brandt, anh Khoa, chị
Hạnh, señora); Russian patronymics ("Anastasija Igorevna Tarasova"); ranks, church, academic and Central European
titles (kapteeni, komisario, rovasti, kauppaneuvos; Lt Col, Sgt, Rev., Ing., Mgr.); generational suffixes and
middle initials ("Rupert J. Kingsley III", "Hollis Dyer Jr."); congratulations, retirement and farewell posts;
fleet cars handed over with their number plates; access requests approved by line managers; quoted replies and
forwarded headers of e-mail threads.
Names are new to the sets: Finnish given names that are words (Tarmo, Vuokko, Sulho, Tenho, Sävel, Rusko, Hertta,
Virpi) and surnames that are (Aho, Salmi, Tikka, Harakka, Lehmus, Vaahtera, Hiekka, Hovi, Luoto, Syrjä), surnames
that are nationality words (Venäläinen, Virolainen, Saksalainen, Lappalainen), Finnish nicknames (Timppa, Pete,
Sebu, Kiti, Elli), Swedish-speaking Finns (Gunvor, Ulf, Bror, Märta, Sixten, Torbjörn, Ingegerd, Lars-Erik,
Ann-Mari; Granqvist, Backman, Sundqvist, Nordling, Strandberg, Mattsson, Häggblom, Fagerström), Sámi (Máhtte,
Ánne, Risten; Pieski, Helander, Kitti), Estonian (Kaido, Marje, Ülle, Andrus, Merike; Põld, Kõiv, Ots, Mets,
Vaher), Russian with patronymics (Anastasija, Vladislav, Konstantin, Jelizaveta; Igorevna, Nikolajevna,
Viktorovitš, Aleksandrovitš; Tarasova, Zaitsev, Belova, Kovaljov), Polish (Grzegorz, Bartłomiej, Magdalena;
Dąbrowska, Szymański, Wróbel, Kaczmarek, Pawlak), Vietnamese (Trương Văn Khoa, Dương Minh Tuấn, Dương Thị
Hạnh), Somali (Hibaaq, Fartun, Mukhtar; Nuur, Yuusuf, Guuleed, Aadan), Turkish (Gökhan, Serkan, Tuğba, Hülya;
Kılıç, Doğan, Yavuz, Korkmaz), Persian (Mahsa, Behnam, Farzaneh, Kourosh; Moradi, Ghorbani, Jafari, Sadeghi),
Spanish and Portuguese with two surnames (José Luis Navarro Herrera, Inês Gonçalves Pinto, Begoña Herrera Morales), Japanese and Korean
written family name first (Yamaguchi Takeshi, Kobayashi Aoi, Suzuki Ren, Honda Keiko; Jung Min-jae, Han So-hee,
Seo Yeon-woo, Lim Da-eun), Czech (Tomáš Procházka, Lenka Horáková), German (Brandt, Vogel, Hartmann), English
(Trevor, Gwendolyn, Rupert, Hollis, Bertram, Jolene, Lucinda; Crenshaw, Thornbury, Kingsley, Radcliffe;
surnames that are trades: Tanner, Chandler, Porter, Slater, Dyer), given names that are places (Austin, Dallas,
Chelsea, Sydney, Madison, Brooklyn), apostrophe names (O'Donnell, O'Keeffe, D'Arcy) and hyphenated given names
(Jean-Baptiste, Marie-Claire, Karl-Heinz, Eeva-Stiina).
Look-alikes are new: cars named after founders or that are family names (Toyota Corolla, Honda Civic, Suzuki
Vitara, Porsche Taycan, Peugeot 308), firms named after people (Clas Ohlson, Lindström, Snellman, Saarioinen,
Hackman, Ericsson, Hasselblad, Heineken, Carlsberg, Michelin, Chanel, Hilton, Marriott), devices and software
(Sennheiser, Bose, Brady, Lexmark, Zebra, Dymo, Epson, Bixby, ELIZA, Travis CI, Miro, Maven, Gradle, Helm,
Argo CD, Sentry, Nagios, Zabbix, Laravel, Drupal, Trello, Prometheus), places that are given names or surnames
(Austin, Dallas, Chelsea, Sydney, Madison, Charlotte, Adelaide, Hamilton, Loviisa, Maarianhamina), streets
named after people (Porthaninkatu, Mechelininkatu, Caloniuksenkatu), number plates, the set's surnames as
words (tikka, harakka, hiekka, salmi, aho; venäläinen näppäimistö; the night porter, the tanner), departments,
ticket ids, versions, prices, dates and order numbers.
Each name part is its own NAME span (a nickname in quotes too; the quotes, initials, titles, suffixes such as
Jr. and III and honorifics such as -san are neither values nor look-alikes). Same format as evaluation-set.jsonl;
640 messages, half Finnish. Deterministic: python3 held-out-15.py > held-out-15.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(15151515)

FI_FIRST = [inflect("Tarmo"), inflect("Vuokko", "Vuoko", "Vuokko"), inflect("Sulho"), inflect("Tenho"),
            inflect("Sävel", "Sävele", "Sävele", par="Säveltä"), inflect("Rusko"), inflect("Hertta", "Herta", "Hertta"),
            inflect("Virpi"), inflect("Elisabet", "Elisabeti", "Elisabeti"), inflect("Kristiina"), inflect("Petri"),
            inflect("Timo"), inflect("Eeva-Stiina")]
FI_LAST = [inflect("Aho"), inflect("Salmi", "Salme", "Salme", par="Salmea", ill="Salmeen"),
           inflect("Tikka", "Tika", "Tikka"), inflect("Harakka", "Haraka", "Harakka"),
           inflect("Lehmus", "Lehmukse", "Lehmukse", par="Lehmusta", ill="Lehmukseen"), inflect("Vaahtera"),
           inflect("Hiekka", "Hieka", "Hiekka"), inflect("Hovi"), inflect("Luoto", "Luodo", "Luoto"), inflect("Syrjä"),
           nen("Venäläinen"), nen("Virolainen"), nen("Saksalainen"), nen("Lappalainen")]
NICKNAMES = [("Timo", inflect("Timppa", "Timpa", "Timppa")), ("Petri", inflect("Pete")),
             ("Sebastian", inflect("Sebu")), ("Kristiina", inflect("Kiti")), ("Elisabet", inflect("Elli"))]
SWEDISH = (["Gunvor", "Ulf", "Bror", "Märta", "Sixten", "Torbjörn", "Ingegerd", "Lars-Erik", "Ann-Mari"],
           ["Granqvist", "Backman", "Sundqvist", "Nordling", "Strandberg", "Mattsson", "Häggblom", "Fagerström"])
SAMI = ([inflect("Máhtte"), inflect("Ánne"), foreign("Risten")], [inflect("Pieski"), foreign("Helander"), inflect("Kitti")])
ESTONIAN = ([inflect("Kaido"), inflect("Marje"), inflect("Ülle"), foreign("Andrus"), inflect("Merike")],
            [foreign("Põld"), foreign("Kõiv"), foreign("Ots"), foreign("Mets"), foreign("Vaher")])
RUSSIAN = [("Anastasija", "Igorevna", inflect("Tarasova")), ("Vladislav", "Viktorovitš", foreign("Zaitsev")),
           ("Jelizaveta", "Nikolajevna", inflect("Belova")), ("Konstantin", "Aleksandrovitš", foreign("Kovaljov"))]
POLISH = [(foreign("Grzegorz"), inflect("Szymański")), (foreign("Bartłomiej"), foreign("Wróbel")),
          (inflect("Magdalena"), inflect("Dąbrowska")), (inflect("Magdalena"), foreign("Kaczmarek")),
          (foreign("Grzegorz"), foreign("Pawlak")), (foreign("Bartłomiej"), foreign("Kaczmarek"))]
TURKISH = ([foreign("Gökhan"), foreign("Serkan"), inflect("Tuğba"), inflect("Hülya")],
           [foreign("Kılıç"), foreign("Doğan"), foreign("Yavuz"), foreign("Korkmaz")])
PERSIAN = ([inflect("Mahsa"), foreign("Behnam"), inflect("Farzaneh"), foreign("Kourosh")],
           [inflect("Moradi"), inflect("Ghorbani"), inflect("Jafari"), inflect("Sadeghi")])
SOMALI = ([foreign("Hibaaq"), foreign("Fartun"), foreign("Mukhtar")],
          [foreign("Nuur"), foreign("Yuusuf"), foreign("Guuleed"), foreign("Aadan")])
ORIGINS = [ESTONIAN, TURKISH, PERSIAN, SOMALI, SAMI]
VIETNAMESE = [("Trương", "Văn", "Khoa", "anh"), ("Dương", "Minh", "Tuấn", "anh"), ("Dương", "Thị", "Hạnh", "chị")]
IBERIAN = [("José", "Luis", "Navarro", "Herrera"), ("Inês", None, "Gonçalves", "Pinto"),
           ("Rafael", None, "Morales", "Navarro"), ("Begoña", None, "Herrera", "Morales")]
JAPANESE = [("Yamaguchi", "Takeshi"), ("Kobayashi", "Aoi"), ("Suzuki", "Ren"), ("Honda", "Keiko")]
KOREAN = [("Jung", "Min-jae"), ("Han", "So-hee"), ("Seo", "Yeon-woo"), ("Lim", "Da-eun")]
CZECH = [("Ing.", "Tomáš", "Procházka"), ("Mgr.", "Lenka", "Horáková"), ("Ing.", "Lenka", "Procházková")]
GERMAN = ["Brandt", "Vogel", "Hartmann"]

EN_FIRST = ["Trevor", "Gwendolyn", "Rupert", "Hollis", "Bertram", "Jolene", "Lucinda", "Jean-Baptiste", "Marie-Claire",
            "Karl-Heinz"]
PLACE_FIRST = ["Austin", "Dallas", "Chelsea", "Sydney", "Madison", "Brooklyn"]
EN_LAST = ["Crenshaw", "Thornbury", "Kingsley", "Radcliffe", "O'Donnell", "O'Keeffe", "D'Arcy"]
TRADE_LAST = ["Tanner", "Chandler", "Porter", "Slater", "Dyer"]
EN_NICKNAMES = [("Bertram", "Bertie"), ("Lucinda", "Cindy"), ("Gwendolyn", "Wendy"), ("Rupert", "Rupe"),
                ("Trevor", "Trev")]
DOMAINS = ["kunta.example.fi", "konserni.example.fi", "ab.example.fi", "logistics.example.com", "univ.example.ac.uk",
           "clinic.example.org"]
DEPT_FI = ["Talous", "Henkilöstöhallinto", "Hankinnat", "Kiinteistöpalvelut", "Asiakaspalvelu", "Palkanlaskenta"]
DEPT_EN = ["Payroll", "Facilities", "Procurement", "Customer Care", "Finance", "Legal"]

LOOK_FI = ["Sennheiser-kuulokkeet", "Bose-kuulokkeet", "Brady-tulostin", "Lexmark", "Zebra-tulostin", "Dymo", "Epson",
           "Ericsson-vaihde", "Miro", "Trello", "Sentry", "Zabbix", "Nagios", "INC0{6}", "RITM0{6}", "CHG0{6}",
           "versio 4.{1}.{1}", "LT-{5}"]
SOFTWARE_FI = ["Miro", "Trello", "Sentry", "Zabbix", "Nagios"]
THINGS_FI = SOFTWARE_FI + ["Sennheiser-kuulokkeita", "Bose-kuulokkeita", "Brady-tulostinta", "Zebra-tulostinta", "Epson-skanneria"]
CARS_FI = ["Toyota Corolla", "Honda Civic", "Suzuki Vitara"]
LOOK_EN = ["the Sennheiser headset", "the Bose headset", "the Lexmark printer", "the Zebra printer", "Dymo", "Bixby",
           "Travis CI", "Miro", "Maven", "Gradle", "Helm", "Argo CD", "Sentry", "Laravel", "Drupal", "Prometheus",
           "INC0{6}", "RITM0{6}", "CHG0{6}", "v4.{1}.{1}", "PO-{6}", "LT-{5}"]
CARS_EN = ["Toyota Corolla", "Honda Civic", "Porsche Taycan", "Peugeot 308"]
WORDS_FI = [("Ikkunan takana nakuttaa ", "tikka", ", ei se ole palvelin."), ("Pihalla ", "harakka", " vei taas jotain kiiltävää."),
            ("", "Hiekka", " tukkii lastauslaiturin oven, kuljetus myöhässä."), ("Tarvitsen ", "venäläisen", " näppäimistöasettelun."),
            ("Tilasin ", "virolaisen", " SIM-kortin Tallinnan matkalle."), ("Toimiston takana on ", "aho", ", sinne tulee parkkipaikka."),
            ("Lounas tulee taas ", "Saarioiselta", "."), ("", "Lindström", " vaihtaa matot perjantaina."),
            ("Työvaatteet tulevat ", "Lindströmiltä", "."), ("", "Clas Ohlsonin", " kaapelit ovat varastossa."),
            ("Joulukinkut tilattiin ", "Snellmanilta", "."), ("Keittiöön tuli ", "Hackmanin", " kattilat."),
            ("Kanavasuunnitelman laati ", "Loviisan toimipiste", "."), ("", "Maarianhaminan toimisto", " on kiinni perjantaina.")]
WORDS_EN = [("The night ", "porter", " let the engineer in."), ("Ask the ", "porter", " at reception for the key."),
            ("Dinner is at the ", "Hilton", " on Friday."), ("Guests stay at the ", "Marriott", "."),
            ("The ", "Austin office", " has the same issue."), ("The ", "Chelsea site", " is closed on Monday."),
            ("Our old chatbot ", "ELIZA", " is finally retired."), ("", "Bixby", " keeps waking up during calls."),
            ("The ", "Heineken", " account team needs guest Wi-Fi."), ("Visitors from ", "Carlsberg", " arrive at 10."),
            ("", "Michelin", " tyres for the pool cars are booked."), ("The ", "Hasselblad", " for the photo studio is back."),
            ("", "Chanel", " sample boxes block the loading bay."), ("The ", "Dallas datacentre", " failover test is tonight."),
            ("", "Travis CI", " failed again on main."), ("The ", "Miro", " board is linked in the invite.")]


def fill(pattern):
    return identifiers.fill(R, pattern)


def look_fi():
    return fill(R.choice(LOOK_FI))


def look_en():
    return fill(R.choice(LOOK_EN))


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "050"])
    rest = identifiers.digits(R, 7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}-{rest}", f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}"])


def foreign_phone():
    """A number of one of the set's countries as people write it."""
    return fill(R.choice(["+46 70 {3} {2} {2}", "+372 5{3} {4}", "+48 6{2} {3} {3}", "+90 53{1} {3} {2} {2}",
                          "+98 912 {3} {4}", "+81 90-{4}-{4}", "+82 10-{4}-{4}", "+351 91{1} {3} {3}",
                          "+34 6{2} {3} {3}", "+252 61 {7}", "+84 9{2} {3} {3}", "+420 7{2} {3} {3}",
                          "+44 7{3} {6}"]))


def email(first, last):
    return identifiers.address(R, first, last, DOMAINS)


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("A", R.randint(0, 8))]))


def foreign_iban():
    country, bban = R.choice([("SE", "{20}"), ("EE", "{16}"), ("PL", "{24}"), ("DE", "{18}")])
    return identifiers.iban(R, country, fill(bban))


def iban():
    return R.choice([identifiers.written_iban(R), identifiers.written_iban(R), foreign_iban()])


def card():
    return identifiers.written_card(R)


def plate():
    return R.choice(["ABC", "KLM", "ZTX", "JOP", "RSU", "GTO"]) + "-" + str(R.randint(1, 999))


def finn():
    """A Finnish first name and surname as case forms."""
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_fi():
    """A first name and surname as case forms: Finnish, or one time in two of another origin common in Finland."""
    if R.random() < 0.5:
        return finn()
    firsts, lasts = R.choice(ORIGINS)
    return R.choice(firsts), R.choice(lasts)


def swede():
    return R.choice(SWEDISH[0]), R.choice(SWEDISH[1])


def person_en():
    """An English name (given names that are places, surnames that are trades among them), or (one time in
    three) one of the Finnish set's."""
    roll = R.random()
    if roll < 0.35:
        return R.choice(EN_FIRST), R.choice(EN_LAST + TRADE_LAST)
    if roll < 0.55:
        return R.choice(PLACE_FIRST), R.choice(EN_LAST + TRADE_LAST)
    if roll < 0.7:
        return swede()
    first, last = person_fi()
    return first["nom"], last["nom"]


def words(m, sentences):
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def finnish(m, f, l, e):
    (first, last), (other, other_last), (third, third_last) = person_fi(), person_fi(), person_fi()
    look = look_fi()
    if R.random() < 0.2:
        words(m, WORDS_FI)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        (a, b), (c, d) = swede(), swede()
        m.say("Hej! Vår kollega ").name(a, b).say(" kan inte logga in på ").look(look).say(". ").name(b + "s") \
            .say(" dator startar om hela tiden. Ring ").name(a).say(" på ").entity(R.choice([mobile(), foreign_phone()]), "PHONE") \
            .say(".\n\nHälsningar,\n").name(c, d).say("\n").look(R.choice(DEPT_FI)).say(" / ").entity(email(c, d), "EMAIL")
    elif kind == 1:
        (a, b), c = swede(), R.choice(SWEDISH[0])
        m.say("Tack för hjälpen, ").name(c).say("! Kiitos myös ").name(other["all"]).say(". Jag har pratat med ") \
            .name(a, b).say(" och hen säger att ").look(look).say(" fungerar nu. ").name(c + "s") \
            .say(" skärm kan hämtas i morgon.\nMvh ").name(f, l, role="subject")
    elif kind == 2:
        t, tl = R.choice(TURKISH[0]), R.choice(TURKISH[1])
        m.say("Hei. Minä olen ").name(f, l, role="subject").say(" ja minä työskentelen keittiö. Minun esimies ") \
            .name(t["nom"], tl["nom"]).say(" sanoi että minun pitää soittaa te. Salasana ei toimi ").look(R.choice(SOFTWARE_FI)) \
            .say(". Minä kysyin ").name(other["nom"]).say(" mutta hän ei tiedä. Minun henkilötunnus ") \
            .entity(hetu(), "NATIONAL_ID", "subject").say(".\nKiitos paljon")
    elif kind == 3:
        p, pl = R.choice(PERSIAN[0]), R.choice(PERSIAN[1])
        m.say("Moi, ").name(p["nom"], pl["nom"]).say(" tässä. Minä en pääse ").look(R.choice(SOFTWARE_FI)).say(", ") \
            .name(first["nom"]).say(" sanoi että ").name(last["nom"]).say(" tietää. Voitteko auttaa minä? Minun puhelin ") \
            .entity(mobile(), "PHONE").say(", soita iltapäivä.")
    elif kind == 4:
        mgr, mgr_last = finn()
        m.say("Botti: Hei! Olen virtuaaliavustaja. Kerro nimesi, niin jatketaan.\nSinä: ").name(f.lower(), l.lower(), role="subject") \
            .say("\nBotti: Kiitos, ").name(f, role="subject").say("! Mitä asia koskee?\nSinä: uusi puhelin, esimies ") \
            .name(mgr["nom"].lower()).say(" hyväksyi jo\nBotti: Kenen kustannuspaikalle puhelin laskutetaan?\nSinä: ") \
            .name(mgr_last["gen"].lower()).say(" tiimin\nBotti: Selvä. Tiketti ").look(fill("RITM0{6}")).say(" on luotu.")
    elif kind == 5:
        given, nick = R.choice(NICKNAMES)
        surname = R.choice(FI_LAST)
        m.say("Botti: Millä nimellä sinut löytää henkilöstöhakemistosta?\nSinä: ").name(nick["nom"].lower()) \
            .say("\nBotti: En löytänyt nimeä. Kirjoita etu- ja sukunimi.\nSinä: ei ku siis virallisesti ") \
            .name(given, surname["nom"]).say(", ").look(R.choice(DEPT_FI).lower()).say("\nBotti: Löytyi! Siirrän sinut agentille.")
    elif kind == 6:
        a, b = finn()
        m.say("Takaisinsoittopyynnöt ").look("ma 14.12.").say(" klo 9.30\n1. ").name(a["nom"], b["nom"]).say(" ") \
            .entity(mobile(), "PHONE").say(f" – odottanut {R.randint(5, 40)} min – salasana\n2. ").name(other_last["nom"]) \
            .say(", ").name(other["nom"]).say(" ").entity(foreign_phone(), "PHONE").say(" – ").look(look) \
            .say("\n3. ").name(third["nom"]).say(" (").look(R.choice(DEPT_FI + ["Loviisan toimipiste", "Maarianhaminan toimisto"])).say(") ").entity(mobile(), "PHONE") \
            .say(" – soitettu kerran, ei vastannut")
    elif kind == 7:
        child, spouse = R.choice(FI_FIRST), R.choice(FI_FIRST)
        m.say("Pyydän kopiota kaikista tiedoista, joita teillä on minusta ja alaikäisestä lapsestani ").name(child["ela"]) \
            .say(". Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(". Puolisoni ") \
            .name(spouse["nom"], l, role="third").say(" on antanut suostumuksensa. Palautukset tilille ") \
            .entity(iban(), "IBAN", "subject").say(".\n\nYstävällisin terveisin\n").name(f, l, role="subject")
    elif kind == 8:
        m.say("Surullinen uutinen: kollegamme ").name(first["nom"], last["nom"]).say(" on menehtynyt. Hänen tunnuksensa suljetaan, ") \
            .say("ja postilaatikko ohjataan ").name(other["all"], other_last["all"]).say(". Omaisten yhteyshenkilö on ") \
            .name(third["nom"], third_last["nom"]).say(", ").entity(mobile(), "PHONE").say(".")
    elif kind == 9:
        m.say("Työsuhde päättyy 31.1.2027: ").name(first["nom"], last["nom"]).say(" (").look(R.choice(DEPT_FI)) \
            .say("). Sähköpostit ohjataan ").name(other_last["all"]).say(" ja kone ").look(fill("LT-{5}")) \
            .say(" palautetaan ").name(third["all"]).say(". Hyväksyjä: lähiesihenkilö ").name(third["nom"], third_last["nom"]) \
            .say(".")
    elif kind == 10:
        m.say("VALTAKIRJA\nMinä, ").name(f, l, role="subject").say(" (").entity(hetu(), "NATIONAL_ID", "subject") \
            .say("), valtuutan ").name(other["nom"], other_last["gen"]).say(" (").entity(hetu(), "NATIONAL_ID").say(")") \
            .say(" noutamaan puolestani kannettavan ").look(fill("LT-{5}")).say(" ja tilauksen ").look(fill("{7}")) \
            .say(".\nTodistaja: ").name(third["nom"], third_last["nom"]).say("\nHelsingissä ").look("14.12.2026")
    elif kind == 11:
        given, nick = R.choice(NICKNAMES)
        surname = R.choice(FI_LAST)
        m.say("Uusi tiimiläinen ").name(given).say(" \"").name(nick["nom"]).say("\" ").name(surname["nom"]) \
            .say(" aloittaa maanantaina. ").name(nick["all"]).say(" tilataan ").look(look).say(", ja ") \
            .name(other["nom"]).say(" toimii ").name(nick["gen"]).say(" perehdyttäjänä.")
    elif kind == 12:
        given, nick = R.choice(NICKNAMES)
        m.say("Asiakaspalaute ").look(f"{R.randint(1, 5)}/5").say(": Kiitos ").name(nick["all"]) \
            .say(", tosi nopea apu! Edellisellä kerralla ").name(other["nom"]).say(" ei osannut auttaa, ja ") \
            .name(third_last["gen"]).say(" ohje oli vanha.")
    elif kind == 13:
        a, b = R.choice(SAMI[0]), R.choice(SAMI[1])
        m.say("Utsjoen toimipisteen ").name(a["nom"], b["nom"]).say(" ei saa yhteyttä palveluun ").look(look).say(". ") \
            .name(b["all"]).say(" on lähetetty uusi kortti, ja ").name(R.choice([x for x in SAMI[0] if x is not a])["nom"]).say(" auttaa asennuksessa.")
    elif kind == 14:
        given, patronymic, surname = R.choice(RUSSIAN)
        m.say("Pietarin kumppanin ").name(given, patronymic, surname["nom"]).say(" tarvitsee vierastunnuksen. ") \
            .name(surname["all"]).say(" on lähetetty ohjeet osoitteeseen ").entity(email(given, surname["nom"]), "EMAIL") \
            .say(", puhelin ").entity(foreign_phone(), "PHONE").say(".")
    elif kind == 15:
        title = R.choice(["kapteeni", "komisario", "rovasti", "kauppaneuvos", "ylilääkäri", "kontra-amiraali"])
        m.say("Tilaisuuden puhujat: ").say(title).say(" ").name(first["nom"], last["nom"]).say(" ja ") \
            .say(R.choice(["tri", "DI", "FT", "prof."])).say(" ").name(other["nom"], other_last["nom"]) \
            .say(". Kuljetus ").name(last["all"]).say(" sovittu, ").look(R.choice(CARS_FI)).say(" varattu.")
    elif kind == 16:
        title, given, surname = R.choice(CZECH)
        m.say("Prahan toimiston ").say(title).say(" ").name(given, surname).say(" tarvitsee tunnukset. ") \
            .name(surname + "lle").say(" on jo lähetetty ").look(look).say("; hyväksyjä ").name(other["nom"], other_last["nom"]).say(".")
    elif kind == 17:
        (family, given), (family2, given2) = R.sample(JAPANESE, 2)
        m.say("Tokion toimiston ").name(family, given).say(" (sukunimi ensin) kiittää. ").name(family) \
            .say("-san pyytää, että ").look(R.choice(SOFTWARE_FI)).say(" asennetaan myös ").name(family2, foreign(given2)["all"]) \
            .say(". Vuokra-autoksi on varattu ").look(R.choice(CARS_FI)).say(".")
    elif kind == 18:
        (family, given), (family2, given2) = R.sample(KOREAN, 2)
        m.say("Soulin kumppanin ").name(family, given).say(" ja ").name(family2, given2) \
            .say(" tarvitsevat pääsyn ").look(R.choice(SOFTWARE_FI)).say("-ympäristöön. Yhteyshenkilö meillä on ").name(other["nom"], other_last["nom"]).say(".")
    elif kind == 19:
        a, b = R.choice(POLISH)
        m.name(a["nom"], b["nom"]).say(" (Varsovan toimisto) ei saa ").look(R.choice(THINGS_FI)).say(" toimimaan. Soitin ") \
            .name(b["all"]).say(" numeroon ").entity(fill("+48 6{2} {3} {3}"), "PHONE").say(", mutta ").name(a["nom"]).say(" oli lounaalla.")
    elif kind == 20:
        (a, c), b = R.sample(ESTONIAN[0], 2), R.choice(ESTONIAN[1])
        m.say("Tallinnan toimiston ").name(a["nom"], b["nom"]).say(" ja ").name(c["nom"]) \
            .say(" muuttavat ").look(R.choice(["Porthaninkadulle", "Mechelininkadulle", "Caloniuksenkadulle"])) \
            .say(". ").name(b["gen"]).say(" näyttö jää vanhaan paikkaan.")
    elif kind == 21:
        family, middle, given, honorific = R.choice(VIETNAMESE)
        m.say("Keittiön ").name(family, middle, given).say(" (").say(honorific).say(" ").name(given) \
            .say(") ei näe vuorolistaa (").look(look).say("). ").name(other["nom"]).say(" lupasi näyttää ").name(foreign(given)["all"]) \
            .say(" huomenna.")
    elif kind == 22:
        a, c = R.sample(SOMALI[0], 2)
        b, d = R.sample(SOMALI[1], 2)
        m.name(a["nom"], b["nom"]).say(" ja ").name(c["nom"], d["nom"]).say(" aloittivat siivouksessa. ") \
            .name(b["all"]).say(" ja ").name(d["all"]).say(" tarvitaan kulkukortit, esihenkilö ").name(other["nom"], other_last["nom"]).say(".")
    elif kind == 23:
        m.say("Maksoin kortilla ").entity(card(), "PAYMENT_CARD", "subject").say(" kaksi kertaa (").look(fill("tilaus {7}")) \
            .say(", ").look(R.choice(["89,90 €", "149,00 €", "24,95 €"])).say("). ").name(other["nom"]).say(" taloudesta sanoi, että ").name(third_last["nom"]).say(" palauttaa rahat tilille ") \
            .entity(iban(), "IBAN", "subject").say(".\n") \
            .name(f, l, role="subject")
    elif kind == 24:
        given, second, first_surname, last_surname = R.choice(IBERIAN)
        parts = [given] + ([second] if second else []) + [first_surname]
        m.say("Madridin toimiston ").name(*parts, foreign(last_surname)["all"]).say(" on lähetetty ").look(look) \
            .say(". ").name(given).say(" kysyi myös ").name(other_last["gen"]).say(" yhteystietoja.")
    elif kind == 25:
        m.say("Auto ").look(plate()).say(" (").look(R.choice(CARS_FI)) \
            .say(") luovutettu ").name(first["nom"], last["all"]).say(", aiempi käyttäjä ").name(other["nom"], other_last["nom"]) \
            .say(". Avaimet ").name(third["ade"]).say(".")
    elif kind == 26:
        m.say("Onnittelut 60-vuotiaalle ").name(first["nom"], last["all"]).say("! Kakkua kahvihuoneessa klo 14 (").look(R.choice(DEPT_FI)) \
            .say("). Eläkkeelle jäävän ").name(other["gen"], other_last["gen"]).say(" läksiäiset ovat ") \
            .look("pe 18.12.").say(".")
    elif kind == 27:
        a, b = swede()
        m.say("Lähettäjä: ").name(b).say(", ").name(a).say(" <").entity(email(a, b), "EMAIL").say(">\nLähetetty: maanantai 14. ") \
            .say("joulukuuta 2026 9.14\nVastaanottaja: Service Desk\nAihe: VL: ").look(look).say("\n\n> ").name(first["nom"]) \
            .say(" kirjoitti:\n> Voisiko ").name(other["nom"]).say(" katsoa tätä?\n\nVoitteko auttaa? ").name(a)
    elif kind == 28:
        m.say("Käyttöoikeuspyyntö ").look(fill("RITM0{6}")).say(": pyytäjä ").name(f, l, role="subject") \
            .say(", lähiesihenkilö ").name(other["nom"], other_last["nom"]).say(" hyväksyi ").look("14.12.") \
            .say(" klo 9.14, järjestelmän omistaja ").name(third["nom"], third_last["nom"]).say(" ei ole vielä hyväksynyt.")
    else:
        m.say("Vuoronvaihto klo 22: ").name(first["nom"]).say(" jatkaa ").look(look).say(" -häiriötä, ") \
            .name(last["nom"]).say(" soittaa ").name(other_last["all"]).say(" aamulla. Yövuorossa ").name(third["nom"]) \
            .say(", varalla ").name(third_last["nom"]).say(".")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_FI)


def english(m, f, l, e):
    first, last = person_en()
    other, other_last = person_en()
    third, third_last = person_en()
    look = look_en()
    if R.random() < 0.2:
        words(m, WORDS_EN)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        (a, b), (c, d) = swede(), swede()
        m.say("Hi, could you reset MFA for ").name(a, b).say("? ").name(b + "s").say(" phone was stolen in Vaasa. Tack!\n\n") \
            .say("Hälsningar,\n").name(c, d).say("\n").entity(R.choice([foreign_phone(), mobile()]), "PHONE")
    elif kind == 1:
        b = R.choice(["Szymański", "Wróbel", "Kaczmarek", "Pawlak"])
        m.say("Hello, I am write for my colleague mister ").name(b).say(", he not can login to ").look(look) \
            .say(" since monday. His boss ").name(first, last).say(" say it is your problem. Please call him ") \
            .entity(foreign_phone(), "PHONE").say(".\nBest regard, ").name(f, l, role="subject")
    elif kind == 2:
        given, second, s1, s2 = R.choice(IBERIAN)
        m.say("Good morning, my name is ").name(f, l, role="subject").say(". The ") \
            .say("señora " if given in ("Inês", "Begoña") else "señor ") \
            .name(*([given] + ([second] if second else []) + [s1, s2])).say(" she is waiting the laptop from two weeks. For the refund my account is ") \
            .entity(foreign_iban(), "IBAN", "subject").say(". ") \
            .name(other).say(" tell me to write you. Is possible for ").look(look).say("?")
    elif kind == 3:
        mgr, mgr_last = person_en()
        m.say("Bot: What's your full name?\nYou: ").name(f.lower(), l.lower(), role="subject").say("\nBot: Thanks, ") \
            .name(f, role="subject").say("! Who approved the request?\nYou: my manager its ").name(mgr.lower(), mgr_last.lower()) \
            .say("\nBot: Got it. I've opened ").look(fill("RITM0{6}")).say(" for ").look(look).say(".")
    elif kind == 4:
        given, nick = R.choice(EN_NICKNAMES)
        surname = R.choice(EN_LAST + TRADE_LAST)
        m.say("Bot: I couldn't find you. What name is on your badge?\nYou: no wait its ").name(nick.lower()) \
            .say(", the system has me as ").name(given.lower(), surname.lower()).say("\nBot: Found you, ").name(given) \
            .say(". Connecting you to an agent.")
    elif kind == 5:
        m.say("Callback queue ").look("Mon 14 Dec").say(" 09:30\n1. ").name(first, last).say(" ").entity(foreign_phone(), "PHONE") \
            .say(f" – waited {R.randint(5, 40)} min – password\n2. ").name(other_last).say(", ").name(other).say(" ") \
            .entity(mobile(), "PHONE").say(" – ").look(look).say("\n3. ").name(third).say(" (").look(R.choice(DEPT_EN)) \
            .say(") ").entity(foreign_phone(), "PHONE").say(" – tried once, no answer")
    elif kind == 6:
        m.say("Under GDPR I'd like a copy of all data you hold about me and my late father, ").name(first, l) \
            .say(". My husband ").name(other, other_last).say(" handled his accounts until ").look("14 Dec").say(".\n\n") \
            .name(f, l, role="subject").say("\n").entity(e, "EMAIL", "subject")
    elif kind == 7:
        p = R.choice(["Dąbrowska", "Kaczmarek", "Pawlak", "Wróbel"])
        m.say("Please ask pani ").name(p).say(" or Herr ").name(R.choice(GERMAN)).say(" to approve ").look(look) \
            .say("; ").name(other).say(" is off until Thursday.")
    elif kind == 8:
        (family, given), (family2, given2) = R.sample(JAPANESE, 2)
        m.name(family).say("-san from the Osaka office asked whether ").name(family2, given2).say(" can borrow the ") \
            .look(R.choice(CARS_EN)).say(" from the pool; ").name(family, given) \
            .say(" signs the form.")
    elif kind == 9:
        (family, given), (family2, given2) = R.sample(KOREAN, 2)
        m.name(family, given).say(" (").name(family).say("-ssi) and ").name(family2, given2).say(" from the Seoul partner need ") \
            .look(look).say(" access; ").name(other, other_last).say(" is their contact.")
    elif kind == 10:
        a, b = R.choice(EN_FIRST), R.choice(EN_LAST + TRADE_LAST)
        m.say("Approved by ").name(a).say(f" {R.choice('JKMT')}. ").name(b).say(" III; requested by ").name(other, other_last) \
            .say(" Jr. for ").look(look).say(".")
    elif kind == 11:
        rank = R.choice(["Lt Col", "Capt.", "Sgt", "Rev.", "Prof. Dr.", "Major"])
        m.say("Speakers: ").say(rank).say(" ").name(first, last).say(" and Dr ").name(other, other_last) \
            .say(". A car to ").look(R.choice(["the Hilton", "the Marriott"])).say(" is booked for ").name(last).say(".")
    elif kind == 12:
        title, given, surname = R.choice(CZECH)
        m.say("New starters in Prague: ").say(title).say(" ").name(given, surname).say(" and ").name(other, other_last) \
            .say(". ").name(surname).say(" will need ").look(look).say(".")
    elif kind == 13:
        given, nick = R.choice(EN_NICKNAMES)
        surname = R.choice(EN_LAST + TRADE_LAST)
        m.say("Welcome ").name(given).say(" \"").name(nick).say("\" ").name(surname).say(" to ").look(R.choice(DEPT_EN)) \
            .say("! ").name(nick).say(" will need ").look(look).say(", and ").name(other).say(" is ").name(nick).say("'s buddy.")
    elif kind == 14:
        given, nick = R.choice(EN_NICKNAMES)
        m.say("CSAT ").look(f"{R.randint(1, 5)}/5").say(": ").name(nick).say(" sorted it in minutes, unlike last time with ") \
            .name(other).say(". Thanks to ").name(third_last).say("'s team too.")
    elif kind == 15:
        m.say("Farewell drinks for ").name(first, last).say(" after 31 years are at ").look(R.choice(["the Hilton", "the Marriott"])) \
            .say(" on Friday. Cards go to ").name(other).say(" in ").look(R.choice(DEPT_EN)).say(".")
    elif kind == 16:
        m.say("Laptop ").look(fill("LT-{5}")).say(" returned by ").name(first, last).say(", checked by ").name(other) \
            .say("; charger and ").look(R.choice(["Sennheiser", "Bose"])).say(" headset missing.")
    elif kind == 17:
        a = R.choice(PLACE_FIRST)
        m.say("Handover: ").name(a, R.choice(TRADE_LAST)).say(" is covering nights; ").look(R.choice(
            ["the Austin office", "the Dallas datacentre", "the Chelsea site", "the Sydney office"])) \
            .say(" link is still down. ").name(a).say(" will call ").name(other).say(" at 07:00.")
    elif kind == 18:
        m.look(fill("RITM0{6}")).say(" – Requested for: ").name(last).say(", ").name(first) \
            .say("\nApproved by line manager ").name(other, other_last).say(" on ").look("Mon 14 Dec") \
            .say("\nItem: ").look(look)
    elif kind == 19:
        addr = email(first, last)
        m.say("On Mon, 14 Dec 2026 at 09:14, ").name(first, last).say(" <").entity(addr, "EMAIL").say("> wrote:\n> Hi ") \
            .name(other).say(",\n> ").look(look).say(" is broken again, can ").name(third).say(" look?\n\nForwarding to you, thanks.")
    elif kind == 20:
        addr = email(first, last)
        m.say("-----Original Message-----\nFrom: ").name(last).say(", ").name(first).say(" <").entity(addr, "EMAIL") \
            .say(">\nSent: 14 December 2026 09:14\nTo: ").name(other, other_last).say("\nSubject: FW: ").look(look)
    elif kind == 21:
        a, b = R.choice(PERSIAN[0])["nom"], R.choice(PERSIAN[1])["nom"]
        c, d = R.choice(TURKISH[0])["nom"], R.choice(TURKISH[1])["nom"]
        m.name(a, b).say(" and ").name(c, d).say(" from the Istanbul office can't see ").look(look).say(". ") \
            .name(d).say(" sent screenshots.")
    elif kind == 22:
        a, b = R.choice(SOMALI[0])["nom"], R.choice(SOMALI[1])["nom"]
        m.say("Cleaning staff ").name(a, b).say(" need badges for ").look(R.choice(["the Chelsea site", "the Austin office"])) \
            .say("; ").name(a).say("'s supervisor is ").name(other, other_last).say(".")
    elif kind == 23:
        family, middle, given, honorific = R.choice(VIETNAMESE)
        m.say("Kitchen: ").name(family, middle, given).say(" (").say(honorific).say(" ").name(given).say(") can't open ") \
            .look(look).say(". ").name(other).say(" will show ").name(given).say(" tomorrow.")
    elif kind == 24:
        given, patronymic, surname = R.choice(RUSSIAN)
        m.say("Dear ").name(given, patronymic.replace("itš", "ich")).say(",\nyour guest account for ").look(look) \
            .say(" is ready. ").name(other, other_last).say(" will meet you.\n")
    elif kind == 25:
        m.name(first).say(" in ").look(R.choice(DEPT_EN)).say(" says ").look(look).say(" broke after the ") \
            .look(R.choice(["Travis CI", "Argo CD", "Helm"])).say(" deploy; ").name(other_last).say(" rolled back.")
    elif kind == 26:
        a = R.choice(["Jean-Baptiste", "Marie-Claire", "Karl-Heinz"])
        m.name(a, R.choice(["O'Donnell", "O'Keeffe", "D'Arcy"])).say(" and ").name(other).say(" moved to ") \
            .look(R.choice(["Madison Avenue", "the Sydney office", "the Adelaide office"])).say("; ").name(a).say("'s ").look(look).say(" goes too.")
    elif kind == 27:
        m.say("My IBAN is ").entity(foreign_iban(), "IBAN", "subject").say(" and my card ") \
            .entity(card(), "PAYMENT_CARD", "subject").say(" was charged twice for ").look(look).say(".\n\nThanks,\n") \
            .name(f, l, role="subject")
    elif kind == 28:
        m.say("The old bot ").look(R.choice(["ELIZA", "Bixby"])).say(" doesn't know ").name(first).say(" either. ").name(other, other_last) \
            .say(" suggested ").look(look).say(".")
    else:
        m.name(first, last).say(" (").look(R.choice(["Charlotte", "Adelaide", "Hamilton"])).say(" office) thanked ") \
            .name(other).say("; ").look(look).say(" works now.")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


def subject_fi():
    first, last = person_fi()
    return first["nom"], last["nom"]


print_set("held-out-15", 640, subject_fi, person_en, email, finnish, english)
