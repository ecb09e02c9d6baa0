#!/usr/bin/env python3
"""Generates the ninth held-out set (held-out-9.jsonl), written before the engine was run on it, with
kinds of service-desk text the earlier sets lack: Teams and Slack exports (a name and a time on the
line above each post), ticket comment threads ("#3 Kommentti – …", "Comment by … (Tier 2) ·"),
change-advisory minutes (presenter, approvers), incident timelines (acked, escalated), phone-call
transcripts with fillers ("joo tota öö", "um, so it's"), password-reset dialogues, HR onboarding (buddy,
perehdyttäjä), vendor escalations, out-of-office replies, Outlook quoted headers ("From: … Sent: …",
"---- Alkuperäinen viesti ----"), Teams system lines ("… added … to the team", "… lisäsi … tiimiin"),
signatures with titles, and a full name whose surname alone takes the case ("Marjut Kivelän tunnus").
Names: Ukrainian, Polish, Arabic, Chinese, Thai and Finland-Swedish names in the Finnish cases (with the
h-illative of a one-syllable name, Zhouhun), double surnames (Engström-Keränen, Ahonen-Berg; Lyons-Okafor),
-nen surnames (Rautiainen, Hyytiäinen), Finnish given names and surnames that are words (Usva, Voitto, Kielo,
Taisto, Hilla, Sointu, Säde, Ilo; Susi, Orava, Kuusi, Paju, Nummi, Kokko, Lahti), nicknames (Pena, Jartsa,
Hessu, Late; Dave, Becky, Andy, Sue) before a verb and in lower case, English given names and surnames that
are words (Daisy, Poppy, Fern, Olive, Honey, Dean, Lance, Rusty, Pierce, Sonny; Fowler, Thatcher, Sawyer,
Weaver, Butler, Knight, Bright, Carpenter, Glover, Steward), Nigerian, Indian, Japanese, Spanish and
Afrikaans names (Chiamaka Nwosu, Rajesh Ramanathan, Hiroshi Takahashi, Ximena Gutierrez, Van der Merwe),
none of them a name of sets 1-8.
Look-alikes are new: ships (M/S Viking Grace, Silja Serenade, jäänmurtaja Urho, HMS Victory, Queen Mary 2),
storms (Aapeli-myrsky, Storm Bert, Hurricane Milton), brands and firms named after people or with words
(Fazer, Paulig, Hartwall, Lassila & Tikanoja, Stockmann, Johnnie Walker, Tim Hortons, Morgan Stanley,
Charles Schwab, Rolls-Royce, Ernst & Young, Jack Daniel's, Ruby on Rails, Jenkins), places and streets
(Lahden toimisto, Kotkan satama, Mannerheimintie, Sibeliuksenkatu, the Reading office, the Bath site,
Milton Keynes, Abbey Road, Penny Lane, Harley Street, Fleet Street), products named with names (Helmi-intranet,
Sampo-pankki), and the set's names as words (Usva, Voitto, Säde, Susi, Orava, Kuusi, Kokko; Daisy chain,
Olive oil, Honey pot, Rusty hinge, Bright spots, Lance the boil).
Same format as evaluation-set.jsonl; 640 messages, half Finnish.
Deterministic: python3 held-out-9.py > held-out-9.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(9090417)

FI_FIRST = [foreign("Marjut"), inflect("Riitta", "Riita", "Riitta"), inflect("Eveliina"), inflect("Jaakko", "Jaako", "Jaakko"),
            inflect("Ville"), inflect("Seija"), inflect("Aulikki", "Auliki", "Aulikki"), inflect("Ossi")]
FI_WORD_FIRST = [inflect("Usva"), inflect("Voitto", "Voito", "Voitto"), inflect("Kielo"), inflect("Taisto"), inflect("Hilla"),
                 inflect("Sointu", "Soinnu", "Sointu"), inflect("Säde", "Sätee", "Sätee", par="Sädettä", ill="Säteeseen"),
                 inflect("Ilo")]
FI_LAST = [nen("Rautiainen"), nen("Keränen"), nen("Hyytiäinen"), nen("Kärkkäinen"), inflect("Kivelä"),
           inflect("Engström-Keränen", "Engström-Keräse", "Engström-Keräse", par="Engström-Keräistä"),
           foreign("Ahonen-Berg")]
FI_WORD_LAST = [inflect("Susi", "Sude", "Sute", par="Sutta"), inflect("Orava"),
                inflect("Kuusi", "Kuuse", "Kuuse", par="Kuusta"), inflect("Paju"),
                inflect("Nummi", "Numme", "Numme", par="Nummea"), inflect("Kokko", "Koko", "Kokko"),
                inflect("Lahti", "Lahde", "Lahte", par="Lahtea")]
UKRAINIAN = ([foreign(n) for n in ("Oleksandr", "Iryna", "Mykola", "Halyna")],
             [foreign(n) for n in ("Kovalenko", "Tkachenko", "Melnyk", "Shevchuk")])
POLISH = ([foreign(n) for n in ("Bartosz", "Katarzyna", "Tomasz", "Zofia")],
          [foreign(n) for n in ("Wójcik", "Lewandowska", "Zieliński", "Kamińska")])
ARABIC = ([foreign(n) for n in ("Yousef", "Layla", "Karim", "Rania")],
          [foreign(n) for n in ("Haddad", "Al-Khatib", "Nasser", "Mansour")])
CHINESE = ([foreign("Xiaoming"), foreign("Jing"), inflect("Hao", ill="Haohon")],
           [inflect("Liu", ill="Liuhun"), foreign("Huang"), inflect("Zhou", ill="Zhouhun")])
THAI = ([foreign(n) for n in ("Somchai", "Nattaya", "Kanya")],
        [foreign(n) for n in ("Srisuk", "Wongsawat", "Chaiyaporn")])
SWEDISH = ([foreign(n) for n in ("Mats", "Kristina", "Ulla-Britt", "Gunilla")],
           [foreign(n) for n in ("Engström", "Åström", "Forsman", "Sandberg")])
ORIGINS = [UKRAINIAN, POLISH, ARABIC, CHINESE, THAI, SWEDISH]
NICKS_FI = [inflect("Pena"), inflect("Jartsa"), inflect("Hessu"), inflect("Late", "Late", "Latte", par="Lattea"),
            inflect("Kike"), inflect("Jonttu", "Jontu", "Jonttu")]
EN_WORD_FIRST = ["Daisy", "Poppy", "Fern", "Olive", "Honey", "Dean", "Lance", "Rusty", "Pierce", "Sonny"]
EN_FIRST = EN_WORD_FIRST + ["Kieran", "Aoife", "Chiamaka", "Rajesh", "Deepika", "Hiroshi", "Santiago", "Ximena", "Marcus",
                            "Lorcan", "Emeka", "Ingrid"]
EN_WORD_LAST = ["Fowler", "Thatcher", "Sawyer", "Weaver", "Butler", "Knight", "Bright", "Carpenter", "Glover", "Steward"]
EN_LAST = EN_WORD_LAST + ["Ramanathan", "Gutierrez", "Takahashi", "Nwosu", "Eze", "Ribeiro", "McCrae", "Jankowski",
                          "Van der Merwe", "Abubakar"]
NICKS_EN = ["Dave", "Becky", "Andy", "Sue", "Mike", "Steve", "Tina", "Chris"]
DOUBLE_EN = [("Harriet", "Lyons-Okafor"), ("Tom", "Barnes-Whitfield"), ("Anya", "Silva-Moreau"), ("Greg", "Hart-Dunmore")]
DOMAINS = ["energia.example.fi", "sairaala.example.fi", "kunta.example.fi", "shipping.example.com",
           "bank.example.co.uk", "charity.example.org"]

LOOK_FI = ["M/S Viking Grace", "Silja Serenade", "jäänmurtaja Urho", "Aapeli-myrsky", "Pyry-myrsky", "Fazer",
           "Paulig", "Hartwall", "Lassila & Tikanoja", "Stockmann", "Hesburger", "Martela", "Isku", "Lumene",
           "Lahden toimisto", "Kotkan satama", "Mannerheimintie 12", "Sibeliuksenkatu 5", "Runeberginkatu",
           "Helmi-intranet", "Lumi-varausjärjestelmä", "Sampo-pankki", "Orion", "Kemira", "Posti", "Alko",
           "Teams", "Outlook", "SAP", "Citrix", "Intune", "BitLocker", "VPN", "Jenkins", "Grafana",
           "tiketti #{5}", "muutos CR-{4}", "laite WS-{4}", "huone C{3}", "klo 8.30", "ti 8.12.", "89,90 €",
           "vko 50", "versio 4.{2}.1"]
LOOK_EN = ["the Viking Grace", "HMS Victory", "Queen Mary 2", "Storm Bert", "Hurricane Milton", "Johnnie Walker",
           "Tim Hortons", "Morgan Stanley", "Charles Schwab", "Rolls-Royce", "Ernst & Young", "Jack Daniel's",
           "Ruby on Rails", "Jenkins", "Grafana", "Kibana", "the Reading office", "the Bath site", "Milton Keynes",
           "Abbey Road", "Penny Lane", "Harley Street", "Fleet Street", "the Chester depot", "Preston",
           "Teams", "Outlook", "SAP", "Citrix", "Intune", "BitLocker", "the VPN", "Dell OptiPlex", "HP EliteBook",
           "ticket #{5}", "RFC-{4}", "asset WS-{4}", "room C{3}", "at 08:30", "Tue 8 Dec", "GBP 89.90",
           "week 50", "version 4.{2}.1"]
WORDS_FI = [("", "Usva", " oli niin sakeaa, ettei kamera nähnyt."), ("", "Voitto", " on tärkein, sanoi pomo."),
            ("", "Kielo", " kukkii jo pihalla."), ("", "Säde", " osui anturiin ja hälytys laukesi."),
            ("", "Ilo", " oli lyhyt, verkko katkesi taas."), ("", "Susi", " nähtiin lähellä mastoa."),
            ("", "Orava", " puri valokaapelin."), ("", "Kuusi", " konetta odottaa asennusta."),
            ("", "Paju", " kasvaa kaapelikaivon päällä."), ("", "Kokko", " palaa juhannuksena rannassa."),
            ("", "Nummi", "-koulun verkko pätkii."), ("Meidän ", "hilla", "-sato jäi pieneksi, ei IT-asia.")]
WORDS_EN = [("", "Daisy", " chain the two switches."), ("", "Poppy", " appeal collection is at reception."),
            ("", "Fern", " on the desk blocks the sensor."), ("", "Olive", " oil spilled on the keyboard."),
            ("", "Honey", " pot server caught a scan."), ("", "Rusty", " hinge on the comms room door."),
            ("", "Bright", " spots on the screen since Monday."), ("", "Glover", "-style gloves are in the store."),
            ("", "Lance", " the boil: reimage the laptop."), ("", "Knight", " piece missing from the chess set in the lobby."),
            ("", "Weaver", " ants in the plant pot, facilities informed."), ("", "Steward", " on the ferry lost a tablet.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "044", "045", "046", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix} {rest[:4]} {rest[4:]}", f"+358 {prefix[1:]} {rest}"])


def landline():
    area = R.choice(["09", "013", "015", "019", "06"])
    rest = str(R.randint(2000000, 8999999))[:9 - len(area)]
    return R.choice([f"{area} {rest}", f"({area}) {rest}", f"{area}-{rest}"])


def plain(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("ł", "l"), ("ś", "s"), ("ń", "n"), (" ", ""), ("'", "")):
        out = out.replace(a, b)
    return out


def email(first, last):
    f, l = plain(first).replace("-", ""), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l[0]}", f"{l}.{f}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(60, 99)), ("A", R.randint(0, 6))]))


def iban():
    full = identifiers.iban(R, "FI", digits(14))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    n = identifiers.luhn(R, R.choice(["4", "52"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def person_fi():
    """A first name and surname as case forms: Finnish (a word or not), or two times in five of another origin."""
    roll = R.random()
    if roll < 0.4:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts), R.choice(lasts)
    if roll < 0.6:
        return R.choice(FI_WORD_FIRST), R.choice(FI_WORD_LAST)
    return R.choice(FI_FIRST + FI_WORD_FIRST), R.choice(FI_LAST + FI_WORD_LAST)


def person_en():
    """An English first name and surname, or (one time in four) a pair from the Finnish set's."""
    if R.random() < 0.75:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first["nom"], last["nom"]


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
        m.name(first["nom"], last["nom"]).say("  9.14\nOnko kukaan muu nähnyt, että ").look(look).say(" on nurin?\n") \
            .name(other["nom"], other_last["nom"]).say("  9.16\nJoo, sama täällä.")
    elif kind == 1:
        m.say("#3 Kommentti – ").name(first["nom"], last["nom"]).say(" (käsittelijä), 1.12.2026 9.14\nLähetin ") \
            .name(other_last["all"]).say(" lisätiedot, ").look(look).say(" odottaa.")
    elif kind == 2:
        m.say("Muutosneuvosto 1.12.\nCR-").say(digits(4)).say(" (").look(look).say(") hyväksytty.\nEsittelijä: ") \
            .name(first["nom"], last["nom"]).say("\nHyväksyjät: ").name(other_last["nom"]).say(", ") \
            .name(third["nom"], third_last["nom"])
    elif kind == 3:
        m.say("09.12 Hälytys: ").look(look).say("\n09.20 ").name(first["nom"], last["nom"]).say(" kuittasi\n09.41 Eskaloitu ") \
            .name(other_last["all"]).say("\n10.05 Ratkaistu")
    elif kind == 4:
        m.say("Asiakas: joo tota öö, tässä on siis ").name(f, l, role="subject").say(" ja mulla on ").look(look) \
            .say(" ihan jumissa\nAgentti: selvä, hetki")
    elif kind == 5:
        m.say("Agentti: Kenen tunnuksen salasana nollataan?\nSoittaja: ").name(other["nom"], other_last["gen"]) \
            .say(", hän on lomalla ja ").look(look).say(" pitää saada auki.")
    elif kind == 6:
        m.say("Perehdytys: ").name(first["nom"], last["nom"]).say(" aloittaa ma 7.12. Perehdyttäjänä ") \
            .name(other["nom"], other_last["nom"]).say(", kone ").look(look).say(".")
    elif kind == 7:
        m.say("Eskaloitu toimittajalle (").look(look).say("). Heidän yhteyshenkilönsä ").name(first["nom"], last["nom"]) \
            .say(" lupasi vastauksen huomenna, meillä asiaa hoitaa ").name(other["nom"]).say(".")
    elif kind == 8:
        m.say("Automaattinen vastaus: Olen lomalla 14.12. asti. Kiireellisissä asioissa ota yhteyttä ") \
            .name(other["nom"], other_last["ill"]).say(" (").entity(email(other["nom"], other_last["nom"]), "EMAIL") \
            .say(") tai ").name(third["ill"]).say(".")
    elif kind == 9:
        m.say("Ystävällisin terveisin\n").name(first["nom"], last["nom"]).say("\nPalvelupäällikkö | ").look(look) \
            .say("\n").entity(mobile(), "PHONE")
    elif kind == 10:
        m.name(first["nom"], R.choice([FI_LAST[5], FI_LAST[6]])["nom"]).say(" siirtyy talouteen 1.1., siirrä ") \
            .look(look).say("-oikeudet ").name(other["all"]).say(".")
    elif kind == 11:
        firsts, lasts = R.choice(ORIGINS)
        m.say("Lähetin ").name(R.choice(lasts)["all"]).say(" ohjeet, mutta ").look(look).say(" ei vieläkään toimi.")
    elif kind == 12:
        firsts, lasts = R.choice(ORIGINS)
        m.say("Kuulin ").name(R.choice(firsts)["abl"]).say(", että ").look(look).say(" kaatuu joka aamu.")
    elif kind == 13:
        firsts, lasts = R.choice(ORIGINS)
        m.name(R.choice(firsts)["ade"]).say(" on sama ongelma: ").look(look).say(".")
    elif kind == 14:
        m.say("Puhuin ").name(other["gen"]).say(" kanssa, ").look(look).say(" vaihdetaan perjantaina.")
    elif kind == 15:
        m.name(R.choice(NICKS_FI)["nom"]).say(" sano et ").look(look).say(" on taas nurin.")
    elif kind == 16:
        m.say("kysyin ").name(R.choice(NICKS_FI)["abl"].lower()).say(" mut ei tiennyt mitään, ").look(look) \
            .say(" yhä rikki")
    elif kind == 17:
        m.name(R.choice(FI_WORD_FIRST)["nom"], R.choice(FI_WORD_LAST)["nom"]).say(" soitti: ").look(look) \
            .say(" ei käynnisty.")
    elif kind == 18:
        m.say("Soitin ").name(R.choice(FI_WORD_LAST)["all"]).say(" ja sovittiin, että ").look(look).say(" vaihdetaan.")
    elif kind == 19:
        m.name(R.choice(FI_WORD_FIRST)["gen"]).say(" puhelin on rikki, ").look(look).say(" ei synkronoi.")
    elif kind == 20:
        m.say("@").name(first["nom"], last["nom"]).say(" voisitko katsoa ").look(look).say("?")
    elif kind == 21:
        m.say("Moi, tässä edellinen viesti.\n\n---- Alkuperäinen viesti ----\nLähettäjä: ").name(first["nom"], last["nom"]) \
            .say("\nLähetetty: 1.12.2026 9.14\nVastaanottaja: Service Desk\nAihe: ").look(look)
    elif kind == 22:
        m.say("Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(", ").look(look) \
            .say(" pyytää sitä uudelleen.")
    elif kind == 23:
        m.say("Palkka tilille ").entity(iban(), "IBAN", "subject").say(", esimies ").name(other["nom"], other_last["nom"]) \
            .say(" hyväksyi.")
    elif kind == 24:
        m.say("Yrityskortti ").entity(card(), "PAYMENT_CARD", "subject").say(" hylättiin, ").look(look).say(" ok.")
    elif kind == 25:
        m.say("öö joo hei, ").name(f, l, role="subject").say(" täältä, tota ").look(look).say(" ei aukea, numero on ") \
            .entity(mobile(), "PHONE", "subject")
    elif kind == 26:
        m.say("Osastosihteeri ").name(first["nom"], last["nom"]).say(" pyytää tunnuksia palveluun ").look(look).say(".")
    elif kind == 27:
        m.name(first["nom"], last["nom"]).say(" lisäsi käyttäjän ").name(other["nom"], other_last["nom"]) \
            .say(" tiimiin ").look(look).say(".")
    elif kind == 28:
        m.look(look).say(" ei toimi taas, katsotaan huomenna.")
    else:
        m.say("Tila: Ratkaistu\nMuokannut: ").name(last["nom"]).say(", ").name(first["nom"]).say("\nRatkaisu: ") \
            .look(look).say(" asennettu uudelleen.")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_FI)


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
        m.name(first, last).say("  9:14 AM\nanyone else seeing ").look(look).say(" down?\n").name(other, other_last) \
            .say("  9:16 AM\nyep, same here")
    elif kind == 1:
        m.say("Comment by ").name(first, last).say(" (Tier 2) · 1 Dec 2026, 09:14\nSent ").name(other) \
            .say(" the logs; ").look(look).say(" still pending.")
    elif kind == 2:
        m.say("CAB 1 Dec\nRFC-").say(digits(4)).say(" (").look(look).say(") approved.\nPresenter: ").name(first, last) \
            .say("\nApprovers: ").name(other_last).say(", ").name(third, third_last)
    elif kind == 3:
        m.say("09:12 Alert fired: ").look(look).say("\n09:20 Acked by ").name(first, last).say("\n09:41 Escalated to ") \
            .name(other_last).say("\n10:05 Resolved")
    elif kind == 4:
        m.say("Caller: yeah, um, so it's ").name(f, l, role="subject").say(", uh, my ").look(look) \
            .say(" thing won't load\nAgent: right, okay")
    elif kind == 5:
        m.say("Agent: Can you confirm the account holder?\nCaller: it's, er, ").name(other, other_last) \
            .say(", I'm calling for her, she's locked out of ").look(look).say(".")
    elif kind == 6:
        m.say("Onboarding: ").name(first, last).say(" joins Mon 7 Dec as Data Analyst. Buddy: ").name(other) \
            .say(". Kit: ").look(look).say(".")
    elif kind == 7:
        m.say("Raised with the vendor (").look(look).say("). Their account manager, ").name(first, last) \
            .say(", promised an update by Friday; ").name(other).say(" is tracking it our side.")
    elif kind == 8:
        m.say("Automatic reply: I'm out of the office until 14 Dec. For anything urgent contact ") \
            .name(other, other_last).say(" on ").entity(mobile(), "PHONE").say(" or ").name(third).say(".")
    elif kind == 9:
        m.say("Kind regards,\n").name(first, last).say("\nHead of Infrastructure | ").look(look).say("\n") \
            .entity(mobile(), "PHONE")
    elif kind == 10:
        m.name(R.choice(NICKS_EN)).say(" thinks ").look(look).say(" is toast.")
    elif kind == 11:
        m.say("ta ").name(first.lower()).say("! ").look(look).say(" is sorted")
    elif kind == 12:
        m.name(R.choice(EN_WORD_FIRST), R.choice(EN_WORD_LAST)).say(" called: ").look(look).say(" won't start.")
    elif kind == 13:
        m.say(R.choice(["Ms ", "Mrs "])).name(R.choice(EN_WORD_LAST)).say(" asked for access to ").look(look).say(".")
    elif kind == 14:
        m.name(R.choice(EN_WORD_FIRST)).say("'s monitor flickers whenever ").look(look).say(" runs.")
    elif kind == 15:
        m.name(first, last).say(" added ").name(other, other_last).say(" to the team. ").look(look[0].upper() + look[1:]).say(" channel created.")
    elif kind == 16:
        m.say("From: ").name(first, last).say(" <").entity(email(first, last), "EMAIL") \
            .say(">\nSent: Tuesday, December 1, 2026 9:14 AM\nTo: Service Desk\nSubject: ").look(look) \
            .say("\n\nHi, see below.")
    elif kind == 17:
        m.name(first, last).say(" has invited you to: ").look(look).say(" review (Wed 2 Dec 10:00)")
    elif kind == 18:
        m.say("Per ").name(other).say(", ").look(look).say(" is end-of-life.")
    elif kind == 19:
        m.say("Can you loop in ").name(first, last).say(" from Finance? ").look(look).say(" needs sign-off.")
    elif kind == 20:
        fi_first, fi_last = person_fi()
        m.name(fi_first["nom"], fi_last["nom"]).say(" at the Tampere office says ").look(look).say(" is down.")
    elif kind == 21:
        dfirst, dlast = R.choice(DOUBLE_EN)
        m.name(dfirst, dlast).say(" starts on the service desk; set up ").look(look).say(" for her.")
    elif kind == 22:
        m.say("Hi, it's ").name(f, l, role="subject").say(", ").look(look).say(" keeps crashing, call me on ") \
            .entity(landline(), "PHONE", "subject")
    elif kind == 23:
        m.say("Please refund to ").entity(iban(), "IBAN", "subject").say(", signed off by ").name(other, other_last) \
            .say(".")
    elif kind == 24:
        m.say("Corporate card ").entity(card(), "PAYMENT_CARD", "subject").say(" declined at ").look(look).say(".")
    elif kind == 25:
        m.say("Handled by ").name(first).say(" (").name(other_last).say("'s team), ").look(look).say(" ok now.")
    elif kind == 26:
        m.name(first, last).say(" – Service Delivery Manager – will chair the ").look(look).say(" review.")
    elif kind == 27:
        m.say("Attendees (3): ").name(first, last).say("; ").name(other, other_last).say("; ").name(third) \
            .say("\nTopic: ").look(look)
    elif kind == 28:
        m.look(look[0].upper() + look[1:]).say(" is playing up again, will check tomorrow.")
    else:
        m.say("Phoned ").name(first).say(" back, no answer; left a voicemail about ").look(look).say(".")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-9", 640, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
