#!/usr/bin/env python3
"""Generates the sixth held-out set (held-out-6.jsonl), written after the name rules were split into
their families and before the engine was run on it, with kinds of text the earlier sets lack:
meeting notes and minutes (Mukana:/Poissa:, Present:/Apologies:, action lines), handover notes,
quoted e-mail threads ("ti 1.12.2026 klo 9.14 … kirjoitti:", "On Tue … wrote:" and "> " lines),
voicemail transcripts ("täällä …", "this is …"), bulleted lists, tables written as text
(Nimi | Puhelin | Tiketti), all-lower-case chat, names at the end of a line, names in parentheses,
initials ("M. Virtanen", "J-P. Korhonen"), hyphenated first names (Anna-Liisa, Juha-Pekka) in every
case, names with a role beside them ("Nieminen, uusi tiiminvetäjämme", "our payroll lead"), form
fields (Owner:, Omistaja:), and foreign names of many origins (Polish, Russian, Ukrainian, Somali,
Arabic, Turkish, Kurdish, Indian, Vietnamese, Chinese, Nigerian, Ghanaian, Estonian, Swedish,
Spanish, Italian, German) with Finnish case endings, the same unknown name in several forms in one
message. Names are new to this set; many are also words (Rauha, Into, Valo, Satu, Sini; Kallio,
Vuori, Niemi, Ranta, Salo; Rose, Amber, Crystal, Robin, Chase, Drew, Penny, Dawn, Jay; Baker, Cook,
Hunter, Fisher, Mason, Young, Hill, Wood, Ford, Swift, Page, Fox) and those words appear as words.
Numbers: Finnish mobiles and landlines, foreign numbers; identity codes, IBANs and cards of the
subject. Look-alikes: ticket, change and asset ids, versions, prices, dates, products and
features, makers, places before premises, Finnish towns in the inessive, teams, things named with
English words (Crystal Reports, Rose gold, Amber light, Swift payments, Page Setup, Ford Transit).
Same format as evaluation-set.jsonl; 640 messages, half Finnish.
Deterministic: python3 held-out-6.py > held-out-6.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(6660321)


FI_FIRST = [inflect("Anna-Liisa"), inflect("Juha-Pekka", "Juha-Peka", "Juha-Pekka"), inflect("Eeva-Kaisa"),
            inflect("Marja-Leena"), inflect("Tuomas", "Tuomakse", par="Tuomasta"), inflect("Kaisu"), inflect("Reijo"),
            inflect("Veikko", "Veiko", "Veikko"), inflect("Satu", "Sadu", "Satu"), inflect("Heli"), inflect("Hannele"),
            inflect("Ritva"), inflect("Kalevi"), inflect("Aarne"), inflect("Rauha"), inflect("Into", "Inno", "Into"),
            inflect("Valo"), inflect("Sini"), inflect("Tyyne"), inflect("Elma")]
FI_LAST = [nen("Nieminen"), nen("Salminen"), nen("Korhonen"), nen("Rantanen"), nen("Savolainen"), nen("Turunen"),
           nen("Järvinen"), nen("Kettunen"), nen("Leinonen"), inflect("Heikkilä"), inflect("Koivisto"),
           inflect("Kallio"), inflect("Vuori", "Vuore", par="Vuorta"), inflect("Niemi", "Nieme"),
           inflect("Ranta", "Ranna", "Ranta"), inflect("Hakala"), inflect("Jokela"), inflect("Seppälä"), inflect("Salo")]
OTHER_FIRST = [foreign(n) for n in ("Svetlana", "Dmitri", "Olena", "Bohdan", "Ahmed", "Fatima", "Abdirahman", "Hodan",
                                     "Leyla", "Kerem", "Zeynep", "Baran", "Aryan", "Anjali", "Rohan", "Linh", "Minh",
                                     "Wei", "Ngozi", "Kwame", "Piret", "Siim", "Krzysztof", "Agnieszka", "Yusuf",
                                     "Mariam", "Björn", "Freja", "Lucía", "Giulia")]
OTHER_LAST = [foreign(n) for n in ("Nowak", "Kowalczyk", "Ivanova", "Popescu", "Mahmoud", "Abdullah", "Öztürk", "Kaya",
                                    "Gupta", "Patel", "Iyer", "Tran", "Pham", "Wang", "Chen", "Okafor", "Mensah",
                                    "Ilves", "Lindqvist", "Sundberg", "García", "Rossi", "Müller", "Warsame", "Osman")]
EN_FIRST = ["Rose", "Amber", "Crystal", "Robin", "Chase", "Drew", "Penny", "Dawn", "Jay", "Victor", "Heather", "Eleanor",
            "Oliver", "Harriet", "Rhys", "Niamh", "Callum", "Imogen", "Declan", "Fiona", "Tobias", "Yvonne"]
EN_LAST = ["Baker", "Cook", "Hunter", "Fisher", "Mason", "Young", "Hill", "Wood", "Ford", "Swift", "Page", "Fox",
           "Thompson", "Walsh", "Fitzgerald", "Ferguson", "MacLeod", "Nakamura", "Delgado", "Okonkwo", "Hughes"]
DOMAINS = ["kaupunki.example.fi", "vakuutus.example.fi", "konepaja.example.fi", "retail.example.com",
           "health.example.co.uk", "bank.example.ee"]
ORGS_FI = ["Kiinteistöhuollosta", "Talouspalveluista", "Henkilöstöhallinnosta", "Varastolta", "Kirjanpidosta"]

LOOK_FI = ["Tampereen toimisto", "Espoon kampus", "Vantaan varasto", "Porissa", "Kuopiossa", "Rovaniemellä",
           "Jyväskylän yksikkö", "Turun sairaala", "Kallion toimipiste", "OneDrive", "SharePoint", "Power BI", "Visio",
           "Citrix Workspace", "Cisco AnyConnect", "GlobalProtect", "Okta", "Duo Mobile", "Lenovo ThinkPad",
           "HP EliteBook", "Jabra Evolve", "Adobe Acrobat", "AutoCAD", "Workday", "Jira", "Confluence", "Visma",
           "Kela", "Verohallinto", "Posti", "Elisa", "Telia", "Nordea", "tiketti SD-{5}", "muutos CHG{6}",
           "laite AS-{5}", "versio 4.{1}.{2}", "hinta 129 €", "3.2.2027", "torstaina 10.12.", "klo 13.30",
           "kerros 5", "huone B{3}", "Valo-tiimi", "Salon tehdas", "Niemen varasto", "Rannan kampus"]
LOOK_EN = ["the Tampere office", "our Leeds site", "the Cork team", "in Tallinn", "OneDrive", "SharePoint", "Power BI",
           "Citrix Workspace", "Cisco AnyConnect", "GlobalProtect", "Okta", "Duo Mobile", "Lenovo ThinkPad",
           "HP EliteBook", "Jabra Evolve", "Adobe Acrobat", "AutoCAD", "Workday", "Jira", "Confluence",
           "Crystal Reports", "Swift payments", "Page Setup", "Ford Transit", "Rose gold iPhone", "the Amber alert",
           "Hunter boots order", "Young Professionals network", "ticket SD-{5}", "change CHG{6}", "asset AS-{5}",
           "v4.{1}.{2}", "GBP 129", "USD 49.99", "3 Feb 2027", "Thursday 10 Dec", "at 13:30", "floor 5", "room B{3}",
           "Team Kestrel", "Service Ops", "the Hill Street entrance", "Baker Street station"]
WORDS_FI = [("", "Valo", " vilkkuu reitittimessä punaisena."), ("", "Into", " on kova, mutta kone ei jaksa."),
            ("", "Rauha", " maahan, palvelin on taas pystyssä."), ("", "Satu", "-kirjasto ei aukea."),
            ("Tämä on kuin ", "satu", "."), ("Koko ", "into", " meni, kun tulostin jumittui."),
            ("Sininen ", "valo", " palaa telakassa."), ("Talo on ", "kallion", " päällä, kuuluvuus heikko."),
            ("Ikkunasta näkyy ", "vuori", " ja huono kenttä."), ("Mökki on ", "niemen", " kärjessä, 4G ei toimi."),
            ("Kävelin ", "rantaa", " pitkin ja puhelin kastui."), ("Sain vihdoin ", "rauhan", " tehdä töitä."),
            ("", "Vuoren", " takana ei ole verkkoa."), ("", "Rannan", " mökillä ei ole kuuluvuutta.")]
WORDS_EN = [("", "Chase", " the vendor for an update, please."), ("", "Amber", " light on the dock keeps blinking."),
            ("", "Drew", " up a plan for the migration."), ("", "Rose", " gold cases are out of stock."),
            ("", "Page", " 3 of the form is blank."), ("", "Young", " users struggle with MFA."),
            ("", "Swift", " reply appreciated."), ("", "Penny", " for your thoughts on the outage?"),
            ("The ", "dawn", " shift reported nothing."), ("We ", "cook", " the numbers monthly, joke."),
            ("Went up the ", "hill", " and lost signal."), ("A ", "fox", " chewed the cable at the depot."),
            ("It's a ", "crystal", " clear picture now."), ("Please ", "chase", " it up.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}{rest}", f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}",
                     f"+358{prefix[1:]}{rest}"])


def landline():
    area = R.choice(["09", "02", "03", "08", "014", "017"])
    rest = str(R.randint(2000000, 8999999))[:9 - len(area)]
    return R.choice([f"{area} {rest[:3]} {rest[3:]}", f"({area}) {rest}", f"{area}-{rest}", f"+358 {area[1:]} {rest}"])


def abroad():
    return R.choice([f"+48 601 {digits(3)} {digits(3)}", f"+7 916 {digits(3)} {digits(2)} {digits(2)}",
                     f"+252 61 {digits(7)}", f"+234 803 {digits(3)} {digits(4)}", f"+372 5{digits(3)} {digits(4)}",
                     f"+46 70 {digits(3)} {digits(2)} {digits(2)}", f"+49 151 {digits(8)}", f"+44 7700 {digits(6)}"])


def plain(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("õ", "o"), ("í", "i"), ("ü", "u"), ("'", "")):
        out = out.replace(a, b)
    return out


def email(first, last):
    f, l = plain(first).replace("-", ""), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}_{l}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("A", R.randint(0, 6)), ("Y", R.randint(60, 99))]))


def iban():
    full = identifiers.iban(R, "FI", digits(14))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    n = identifiers.luhn(R, R.choice(["4", "51", "55"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def person_fi():
    """A first name and surname as case forms: Finnish, or two times in five of another origin."""
    if R.random() < 0.4:
        return R.choice(OTHER_FIRST), R.choice(OTHER_LAST + FI_LAST)
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_en():
    """An English first name and surname, or (one time in three) a pair from the Finnish set's."""
    if R.random() < 2 / 3:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first["nom"], last["nom"]


def initial(name):
    """M., or J-P. for a hyphenated first name."""
    if "-" in name:
        a, b = name.split("-")
        return f"{a[0]}-{b[0]}."
    return name[0] + "."


def words(m, sentences):
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def finnish(m, f, l, e):
    (first, last), (other, other_last), (third, third_last) = person_fi(), person_fi(), person_fi()
    look = fill(R.choice(LOOK_FI))
    if R.random() < 0.2:
        words(m, WORDS_FI)
        m.say(" ")
    kind = R.randrange(36)
    if kind == 0:
        m.say("Palaverimuistio 3.12.\nMukana: ").name(first["nom"], last["nom"]).say(", ") \
            .name(other["nom"], other_last["nom"]).say(", ").name(third["nom"]).say("\nPoissa: ").name(third_last["nom"]) \
            .say("\n- ").name(first["nom"]).say(" selvittää: ").look(look).say("\n- uudet näytöt tilataan")
    elif kind == 1:
        m.say("Vuoronvaihto klo 15: ").look(look).say(" kesken, asiakas ").name(first["nom"], last["nom"]) \
            .say(" odottaa soittoa numeroon ").entity(mobile(), "PHONE").say(". ").name(other["all"]).say(" ilmoitettu.")
    elif kind == 2:
        m.say("Hei,\nkatso alla oleva.\n\nti 1.12.2026 klo 9.14 ").name(first["nom"], last["nom"]).say(" <") \
            .entity(email(first["nom"], last["nom"]), "EMAIL").say("> kirjoitti:\n> ").look(look) \
            .say(" ei toimi, voitteko auttaa?\n> t. ").name(first["nom"])
    elif kind == 3:
        m.say("Vastaajaviesti 10.02: \"Hei, täällä ").name(first["nom"], last["nom"]).say(" " + R.choice(ORGS_FI)) \
            .say(", soittakaa takaisin numeroon ").entity(landline(), "PHONE").say(", asia koskee: ").look(look).say(".\"")
    elif kind == 4:
        m.say("Uudet tunnukset tarvitaan:\n- ").name(first["nom"], last["nom"]).say(" (talous)\n- ") \
            .name(other["nom"], other_last["nom"]).say(" (HR)\n- ").name(third["nom"]).say(" " + initial(third_last["nom"])) \
            .say(" (varasto)\nKäyttöönotto: ").look(look)
    elif kind == 5:
        m.say("Nimi | Puhelin | Kohde\n").name(first["nom"], last["nom"]).say(" | ").entity(mobile(), "PHONE") \
            .say(" | ").look(look).say("\n").name(other["nom"], other_last["nom"]).say(" | ").entity(landline(), "PHONE") \
            .say(" | ").look(fill("SD-{5}"))
    elif kind == 6:
        m.say("moi, ootko nähny ").name(first["par"].lower()).say("? ").look(look).say(" taas jumissa")
    elif kind == 7:
        m.say("kysyin jo ").name(last["abl"].lower()).say(" mut ei tienny mitään, ").look(look).say(" vaan ei toimi")
    elif kind == 8:
        m.say("Tiketin ").look(fill("SD-{5}")).say(" uusi omistaja on\n").name(first["nom"], last["nom"])
    elif kind == 9:
        m.say("Kone on lainassa (").name(first["nom"], last["nom"]).say(", talous) ja palautuu perjantaina, ") \
            .look(look).say(".")
    elif kind == 10:
        m.say("Pyynnön hyväksyi ").say(initial(first["nom"]) + " ").name(last["nom"]).say(" eilen, ").look(look) \
            .say(" avataan tänään.")
    elif kind == 11:
        m.say(initial(first["nom"]) + " ").name(last["nom"]).say(" hoitaa asian, ").look(look).say(" on hänen vastuullaan.")
    elif kind == 12:
        m.say("Siirrä ").look(look).say(" ").name(first["all"]).say(", hän jatkaa siitä.")
    elif kind == 13:
        m.look("Anna").say(" ").name(other["all"]).say(" lukuoikeus kansioon ").look(look).say(".")
    elif kind == 14:
        m.say("Kuulin ").name(other["abl"]).say(", että ").look(look).say(" on rikki.")
    elif kind == 15:
        m.say("Tiedot ovat ").name(other_last["gen"]).say(" koneella, ").look(look).say(" ei synkronoi.")
    elif kind == 16:
        m.name(other["nom"]).say(" aloitti maanantaina. Lupasin ").name(other["all"]) \
            .say(" koneen, mutta ").look(look).say(" viivästyy.")
    elif kind == 17:
        m.name(first["nom"], last["nom"]).say(", uusi tiiminvetäjämme, tarvitsee pääsyn: ").look(look).say(".")
    elif kind == 18:
        m.say("Talousjohtaja ").name(first["nom"], last["nom"]).say(" pyytää raporttia, ").look(look).say(" ei lataudu.")
    elif kind == 19:
        m.name(first["gen"]).say(" läppäri on huollossa, ").look(look).say(" odottaa osia.")
    elif kind == 20:
        m.look(look).say(" ei toimi.\n\nParhain terveisin\n").name(f, l, role="subject").say("\nTalousassistentti\n") \
            .entity(mobile(), "PHONE", "subject")
    elif kind == 21:
        m.say("Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(", ").look(look).say(" pyytää sitä.")
    elif kind == 22:
        m.say("Palautus tilille ").entity(iban(), "IBAN", "subject").say(", tilin omistaja ").name(f, l, role="subject") \
            .say(".")
    elif kind == 23:
        m.say("Korttini ").entity(card(), "PAYMENT_CARD", "subject").say(" hylättiin, ").look(look).say(" ei hyväksy sitä.")
    elif kind == 24:
        m.say("Välitä tämä ").name(other_last["all"]).say(" ja kerro ").name(other["all"]).say(", että ").look(look) \
            .say(" on korjattu.")
    elif kind == 25:
        m.name(first["gen"]).say(" kanssa sovittu, että ").look(look).say(" asennetaan ensi viikolla.")
    elif kind == 26:
        m.say("pingasin ").name(first["par"].lower()).say(" teamsissa, ei vastausta. ").look(look).say(" odottaa")
    elif kind == 27:
        m.name(first["nom"], last["nom"]).say(" (").entity(email(first["nom"], last["nom"]), "EMAIL") \
            .say(") on lähtenyt talosta, poistakaa tunnukset.")
    elif kind == 28:
        m.say("Kiitos ").name(other["all"]).say(" ja ").name(third["all"]).say(" avusta! ").look(look).say(" toimii.")
    elif kind == 29:
        m.say("Tässä ").name(f, l, role="subject").say(" talousosastolta, ").look(look).say(" ei aukea koneellani.")
    elif kind == 30:
        m.say("Omistaja: ").name(first["nom"], last["nom"]).say("\nTila: avoin\nKohde: ").look(look)
    elif kind == 31:
        m.say("Laite ").look(fill("AS-{5}")).say(" luovutettu ").name(first["nom"], other_last["all"]) \
            .say(", kuittaus saatu.")
    elif kind == 32:
        m.say("Yhteyshenkilö on ").name(first["nom"]).say(" ").name(last["nom"]).say(", hänet tavoittaa numerosta ") \
            .entity(abroad(), "PHONE").say(".")
    elif kind == 33:
        m.say("Puhuin ").name(other["gen"]).say(" esimiehen kanssa, ").look(look).say(" korjataan.")
    elif kind == 34:
        m.say("Lisätkää ").name(other["nom"], other_last["nom"]).say(" jakelulistalle, ").name(other["nom"]) \
            .say(" aloittaa ").look(look).say(".")
    else:
        m.say("Sähköpostit ").name(other_last["ill"]).say(" ja ").name(third_last["ill"]) \
            .say(" eivät kulje, ").look(look).say(" näyttää virhettä.")
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
    kind = R.randrange(36)
    if kind == 0:
        m.say("Minutes 3 Dec\nPresent: ").name(first, last).say(", ").name(other, other_last).say(", ").name(third) \
            .say("\nApologies: ").name(third_last).say("\nActions:\n- ").name(first).say(" to chase ").look(look) \
            .say("\n- order monitors")
    elif kind == 1:
        m.say("Handover: ").look(look).say(" still open. ").name(first, last).say(" is waiting for a callback on ") \
            .entity(mobile(), "PHONE").say(". Passed to ").name(other).say(" for tomorrow.")
    elif kind == 2:
        m.say("See below.\n\nOn Tue, 1 Dec 2026 at 09:14, ").name(first, last).say(" <") \
            .entity(email(first, last), "EMAIL").say("> wrote:\n> ").look(look).say(" is broken again.\n> ").name(first)
    elif kind == 3:
        m.say("Voicemail transcript: \"hi this is ").name(first, last).say(" from accounts, can you call me back on ") \
            .entity(abroad(), "PHONE").say(" about ").look(look).say(", thanks\"")
    elif kind == 4:
        m.say("Accounts to disable:\n* ").name(first, last).say(" (contractor)\n* ").name(other, other_last) \
            .say("\n* " + initial(third) + " ").name(third_last).say("\nDue: ").look(look)
    elif kind == 5:
        m.say("Name | Ext | Item\n").name(first, last).say(" | ").entity(landline(), "PHONE").say(" | ").look(look) \
            .say("\n").name(other, other_last).say(" | ").entity(mobile(), "PHONE").say(" | ").look(fill("SD-{5}"))
    elif kind == 6:
        m.say("did ").name(first.lower()).say(" ever get back to you about ").look(look).say("?")
    elif kind == 7:
        m.say("ok so ").name(first.lower()).say(" said its fixed but ").look(look).say(" still errors")
    elif kind == 8:
        m.say("The new owner of ").look(look).say(" is\n").name(first, last)
    elif kind == 9:
        m.say("The loan laptop (").name(first, last).say(", finance) is due back Friday with ").look(look).say(".")
    elif kind == 10:
        m.say("Approved per " + initial(first) + " ").name(last).say("'s email; ").look(look).say(" goes live Monday.")
    elif kind == 11:
        m.say(initial(first) + " ").name(last).say(" will handle ").look(look).say(".")
    elif kind == 12:
        m.name(first, last).say(", our new payroll lead, needs access to ").look(look).say(".")
    elif kind == 13:
        m.say("Our intern ").name(first).say(" can't log in to ").look(look).say(".")
    elif kind == 14:
        m.name(last).say("'s team lost access to ").look(look).say(" overnight.")
    elif kind == 15:
        m.say("I had a call with ").name(first, last).say(" about ").look(look).say(".")
    elif kind == 16:
        m.say("Meeting between ").name(first).say(" and ").name(other_last).say(" moved to ").look(look).say(".")
    elif kind == 17:
        m.say("Please order a new badge for ").name(first, last).say(", the old one stopped working at ") \
            .look(look).say(".")
    elif kind == 18:
        m.say("Got an email from ").name(first).say(" about ").look(look).say(" this morning.")
    elif kind == 19:
        m.look(look).say(" still broken.\n\nKind regards\n").name(f, l, role="subject").say("\nHR Coordinator\nTel: ") \
            .entity(landline(), "PHONE", "subject")
    elif kind == 20:
        m.say("Please refund to ").entity(iban(), "IBAN", "subject").say(" (").name(f, l, role="subject").say(").")
    elif kind == 21:
        m.say("My card ").entity(card(), "PAYMENT_CARD", "subject").say(" was charged twice for ").look(look).say(".")
    elif kind == 22:
        m.say("Who is ").name(first, last).say("? Their name is on ").look(look).say(".")
    elif kind == 23:
        m.name(first).say(" and ").name(other).say(" both report ").look(look).say(" crashing.")
    elif kind == 24:
        m.say("Looping in ").name(first, last).say(" from security re ").look(look).say(".")
    elif kind == 25:
        m.say("Re: ").look(look).say(" - per ").name(first).say("'s note, a reboot fixed it.")
    elif kind == 26:
        m.say("Owner: ").name(first, last).say("\nStatus: open\nProduct: ").look(look)
    elif kind == 27:
        m.say("Logged by ").name(first, last).say(" on 1 Dec: ").look(look).say(" times out.")
    elif kind == 28:
        m.say("Assigned to: ").name(first, last).say("\nPriority: P3\nSummary: ").look(look)
    elif kind == 29:
        m.say("Good morning ").name(first).say(",\n\n").look(look).say(" is back up.\n\nService Desk")
    elif kind == 30:
        m.name(first, last).say(" (ext. ").entity(landline(), "PHONE").say(") called about ").look(look).say(".")
    elif kind == 31:
        m.say("Can ").name(first).say(" and ").name(other).say(" share ").look(look).say("?")
    elif kind == 32:
        m.say("Spoke with ").name(last).say("'s manager, ").name(other, other_last).say(", who approved it.")
    elif kind == 33:
        m.say("hey it's ").name(f.lower(), role="subject").say(", my number changed to ") \
            .entity(mobile(), "PHONE", "subject").say(" fyi")
    elif kind == 34:
        m.say("Laptop for ").name(first, last).say(" is ready for pickup at ").look(look).say(".")
    else:
        m.say("Thanks ").name(first).say("! And thanks to ").name(other, other_last).say(" for testing ").look(look) \
            .say(".")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-6", 640, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
