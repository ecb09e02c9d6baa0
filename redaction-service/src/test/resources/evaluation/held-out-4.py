#!/usr/bin/env python3
"""Generates the fourth held-out set (held-out-4.jsonl), written after the third set's fixes with
sentence frames, names, numbers and look-alikes of its own; the names were chosen from the
writer's own knowledge without looking at any list the engine uses: Finnish given names and
surnames spelt out in six cases (some are also common nouns: Toivo, Onni, Tuuli, Kallio, Rinne,
Kivi), English names that are also words (Rose, Frank, Dawn, Baker, Hill, Mason), and names of
other origins common in Finland (Swedish, Estonian, Russian, Somali, Vietnamese) with Finnish
endings. Third parties open the message, follow postpositions and cue words, sit in lists, in
mail headers, in signatures and chat mentions, after an initial ("T. Heikkinen", "J-P Mustonen":
only the name is labelled, the initial is neither a value nor a look-alike), and in lower case
in chat. Numbers: Finnish mobiles and landlines in several forms, foreign numbers of the
countries above; identity codes of both centuries, IBANs of four countries, Visa, Mastercard and
American Express cards. Look-alikes: ticket, order and asset ids, versions, builds, prices,
dates, times, serial numbers, products, makers, places before premises, English words that are
given names opening a sentence ("Will you…", "Grant me…"), Finnish words that are given names
opening a sentence ("Tuuli kaatoi…", "Arvo kentässä…") and Finnish common nouns that are
names in lower case ("valo vilkkuu", "kallio"). Same format as evaluation-set.jsonl; 1,000
messages, half Finnish. Deterministic: python3 held-out-4.py > held-out-4.jsonl"""
import random

import identifiers
from message import print_set

R = random.Random(27182818)

# Finnish names: nominative, genitive, allative, ablative, adessive, partitive.
FI_FIRST = [
    ("Marjatta", "Marjatan", "Marjatalle", "Marjatalta", "Marjatalla", "Marjattaa"),
    ("Heikki", "Heikin", "Heikille", "Heikiltä", "Heikillä", "Heikkiä"),
    ("Tuula", "Tuulan", "Tuulalle", "Tuulalta", "Tuulalla", "Tuulaa"),
    ("Jouni", "Jounin", "Jounille", "Jounilta", "Jounilla", "Jounia"),
    ("Satu", "Sadun", "Sadulle", "Sadulta", "Sadulla", "Satua"),
    ("Antero", "Anteron", "Anterolle", "Anterolta", "Anterolla", "Anteroa"),
    ("Kimmo", "Kimmon", "Kimmolle", "Kimmolta", "Kimmolla", "Kimmoa"),
    ("Riikka", "Riikan", "Riikalle", "Riikalta", "Riikalla", "Riikkaa"),
    ("Hannu", "Hannun", "Hannulle", "Hannulta", "Hannulla", "Hannua"),
    ("Venla", "Venlan", "Venlalle", "Venlalta", "Venlalla", "Venlaa"),
    ("Jyrki", "Jyrkin", "Jyrkille", "Jyrkiltä", "Jyrkillä", "Jyrkiä"),
    ("Katja", "Katjan", "Katjalle", "Katjalta", "Katjalla", "Katjaa"),
    ("Toivo", "Toivon", "Toivolle", "Toivolta", "Toivolla", "Toivoa"),
    ("Onni", "Onnin", "Onnille", "Onnilta", "Onnilla", "Onnia"),
    ("Tuuli", "Tuulin", "Tuulille", "Tuulilta", "Tuulilla", "Tuulia"),
    ("Eetu", "Eetun", "Eetulle", "Eetulta", "Eetulla", "Eetua"),
]
FI_LAST = [
    ("Heikkinen", "Heikkisen", "Heikkiselle", "Heikkiseltä", "Heikkisellä", "Heikkistä"),
    ("Mustonen", "Mustosen", "Mustoselle", "Mustoselta", "Mustosella", "Mustosta"),
    ("Jääskeläinen", "Jääskeläisen", "Jääskeläiselle", "Jääskeläiseltä", "Jääskeläisellä", "Jääskeläistä"),
    ("Ojala", "Ojalan", "Ojalalle", "Ojalalta", "Ojalalla", "Ojalaa"),
    ("Huttunen", "Huttusen", "Huttuselle", "Huttuselta", "Huttusella", "Huttusta"),
    ("Seppälä", "Seppälän", "Seppälälle", "Seppälältä", "Seppälällä", "Seppälää"),
    ("Partanen", "Partasen", "Partaselle", "Partaselta", "Partasella", "Partasta"),
    ("Hämäläinen", "Hämäläisen", "Hämäläiselle", "Hämäläiseltä", "Hämäläisellä", "Hämäläistä"),
    ("Korpela", "Korpelan", "Korpelalle", "Korpelalta", "Korpelalla", "Korpelaa"),
    ("Kinnunen", "Kinnusen", "Kinnuselle", "Kinnuselta", "Kinnusella", "Kinnusta"),
    ("Kallio", "Kallion", "Kalliolle", "Kalliolta", "Kalliolla", "Kalliota"),
    ("Rinne", "Rinteen", "Rinteelle", "Rinteeltä", "Rinteellä", "Rinnettä"),
    ("Kivi", "Kiven", "Kivelle", "Kiveltä", "Kivellä", "Kiveä"),
    ("Peltola", "Peltolan", "Peltolalle", "Peltolalta", "Peltolalla", "Peltolaa"),
    ("Vesterinen", "Vesterisen", "Vesteriselle", "Vesteriseltä", "Vesterisellä", "Vesteristä"),
]
# Names of other origins common in Finland, with the Finnish endings they take: nominative,
# genitive, allative, ablative, adessive, partitive.
OTHER_FIRST = [
    ("Björn", "Björnin", "Björnille", "Björniltä", "Björnillä", "Björniä"),
    ("Stina", "Stinan", "Stinalle", "Stinalta", "Stinalla", "Stinaa"),
    ("Henrik", "Henrikin", "Henrikille", "Henrikiltä", "Henrikillä", "Henrikiä"),
    ("Kadri", "Kadrin", "Kadrille", "Kadrilta", "Kadrilla", "Kadria"),
    ("Priit", "Priitin", "Priitille", "Priitiltä", "Priitillä", "Priitiä"),
    ("Dmitri", "Dmitrin", "Dmitrille", "Dmitriltä", "Dmitrillä", "Dmitriä"),
    ("Olga", "Olgan", "Olgalle", "Olgalta", "Olgalla", "Olgaa"),
    ("Sergei", "Sergein", "Sergeille", "Sergeiltä", "Sergeillä", "Sergeitä"),
    ("Abdi", "Abdin", "Abdille", "Abdilta", "Abdilla", "Abdia"),
    ("Fadumo", "Fadumon", "Fadumolle", "Fadumolta", "Fadumolla", "Fadumoa"),
    ("Hodan", "Hodanin", "Hodanille", "Hodanilta", "Hodanilla", "Hodania"),
    ("Linh", "Linhin", "Linhille", "Linhiltä", "Linhillä", "Linhiä"),
    ("Tuan", "Tuanin", "Tuanille", "Tuanilta", "Tuanilla", "Tuania"),
]
OTHER_LAST = [
    ("Sjöberg", "Sjöbergin", "Sjöbergille", "Sjöbergiltä", "Sjöbergillä", "Sjöbergiä"),
    ("Holmström", "Holmströmin", "Holmströmille", "Holmströmiltä", "Holmströmillä", "Holmströmiä"),
    ("Lindroos", "Lindroosin", "Lindroosille", "Lindroosilta", "Lindroosilla", "Lindroosia"),
    ("Tamm", "Tammin", "Tammille", "Tammilta", "Tammilla", "Tammia"),
    ("Kask", "Kaskin", "Kaskille", "Kaskilta", "Kaskilla", "Kaskia"),
    ("Ivanov", "Ivanovin", "Ivanoville", "Ivanovilta", "Ivanovilla", "Ivanovia"),
    ("Smirnova", "Smirnovan", "Smirnovalle", "Smirnovalta", "Smirnovalla", "Smirnovaa"),
    ("Warsame", "Warsamen", "Warsamelle", "Warsamelta", "Warsamella", "Warsamea"),
    ("Abdullahi", "Abdullahin", "Abdullahille", "Abdullahilta", "Abdullahilla", "Abdullahia"),
    ("Yusuf", "Yusufin", "Yusufille", "Yusufilta", "Yusufilla", "Yusufia"),
    ("Nguyen", "Nguyenin", "Nguyenille", "Nguyenilta", "Nguyenilla", "Nguyenia"),
    ("Tran", "Tranin", "Tranille", "Tranilta", "Tranilla", "Trania"),
    ("Pham", "Phamin", "Phamille", "Phamilta", "Phamilla", "Phamia"),
]
# English names, many of them also English words.
EN_FIRST = ["Rose", "Frank", "Dawn", "Ruby", "Victor", "Holly", "Jack", "Amber", "Rob", "Faith", "Gordon", "Penny",
            "Sandy", "Miles", "Violet", "Wesley", "Eleanor", "Derek", "Cameron", "Bianca"]
EN_LAST = ["Baker", "Hill", "Mason", "Wood", "Young", "Page", "Hunt", "Marsh", "Fox", "Hardy", "Cook", "Fisher",
           "Sutton", "Pearce", "Whitaker", "Gallagher", "Moreno", "Dubois", "Ferreira", "Kaur"]
DOMAINS = ["yritys.fi", "kaupunki.fi", "hyvinvointialue.fi", "corp.example.org", "mail.example.co.uk", "partner.example.ee"]

# Look-alikes that must survive. {n} is n random digits.
LOOK_FI = ["Vantaan toimisto", "Rovaniemen toimipiste", "Turun konttori", "Kajaanin varasto", "Jyväskylässä",
           "Porvoon konttori", "Microsoft Teams", "Citrix Workspace", "OneDrive", "Okta Verify", "Intune", "Wilma",
           "Elisan liittymä", "Telian reititin", "Visma", "HP EliteBook 840", "Lenovo ThinkPad T14", "Brother-tulostin",
           "Jabra-kuulokkeet", "Logitech-hiiri", "tiketti INC00{5}", "pyyntö REQ-2{4}", "tapaus HD-2026-0{3}",
           "tilaus PO-45{7}", "laitetunnus TAG-0{4}", "sarjanumero 5CG{4}ABC", "versio 23H2", "build 19045.{4}",
           "iOS 18.{1}", "49,90 €", "12 €/kk", "1 450 €", "3.12.2026", "maanantaina 7.12.", "2026-12-03", "klo 9.30",
           "neuvotteluhuone Kuikka", "kerros 4", "valo vilkkuu", "virta ei kytkeydy", "arvo on väärä"]
# Finnish sentences with a common noun that is also a name, in lower case; the noun is a look-alike.
NOUNS_FI = [("Ikkunan takana ", "tuuli", " yltyy."), ("Pihalla on iso ", "kivi", "."), ("Parkkipaikan ", "rinne", " on jäinen."),
            ("Toimisto on ", "kallion", " päällä."), ("Se oli puhdas ", "onni", "."), ("Käytävän ", "valo", " ei syty."),
            ("Ruudun ", "arvo", " on tyhjä."), ("Katolta putosi ", "lumi", " kaapelin päälle."),
            ("Piha-alueella on ", "mäki", ", varo liukkautta.")]
LOOK_EN = ["the Tampere office", "the Stockholm team", "our Tallinn site", "the Berlin office", "in Espoo",
           "Microsoft Teams", "Citrix Workspace", "OneDrive", "Okta Verify", "Salesforce", "Workday", "Webex",
           "HP EliteBook 840", "Lenovo ThinkPad T14", "Cisco AnyConnect", "Apple Watch", "Samsung Galaxy S24",
           "ticket INC00{5}", "request REQ-2{4}", "case HD-2026-0{3}", "order PO-45{7}", "asset TAG-0{4}",
           "serial 5CG{4}ABC", "v4.{1}.{1}", "build 19045.{4}", "iOS 18.{1}", "EUR 49.90", "$1,250", "USD 15.00",
           "Dec 3", "03/12/2026", "at 9:30", "the Baker Street entrance", "floor 4"]
# Ordinary sentences that open with a word that is also a given name; the word is a look-alike.
OPENERS_EN = [("Will", " you check this today?"), ("May", " I ask for an update?"), ("Mark", " this as urgent."),
              ("Bill", " it to cost centre 4410."), ("Grant", " me access to the share, please."),
              ("Hope", " you had a good weekend."), ("Can", " someone look at this?"),
              ("Per", " the policy, I need approval."), ("Chase", " the vendor if nothing happens."),
              ("Drew", " a blank on the password again."),
              ("Faith", " in this laptop is running low."), ("Frank", " question: is this covered?")]
OPENERS_FI = [("Tuuli", " kaatoi sähkölinjan yöllä."), ("Arvo", " kentässä on väärä."),
              ("Onni", " oli, että varmuuskopio löytyi."), ("Valo", " vilkkuu reitittimessä punaisena."),
              ("Ainoa", " vaihtoehto on asentaa uudelleen."), ("Toivon", ", että tämä korjaantuu pian."),
              ("Usko", " pois, olen yrittänyt kaikkea."), ("Lumi", " katkaisi yhteyden mökillä."),
              ("Vappuna", " toimisto on kiinni."),
              ("Aamu", " alkoi huonosti.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "046", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}-{rest}", f"{prefix} {rest[:3]} {rest[3:5]} {rest[5:]}",
                     f"+358 {prefix[1:]} {rest}", f"+358{prefix[1:]}{rest}", f"{prefix}{rest}"])


def landline():
    area = R.choice(["09", "02", "03", "05", "06", "08", "013", "014", "017", "019"])
    rest = str(R.randint(2000000, 8999999)) if len(area) == 2 else str(R.randint(200000, 899999))
    return R.choice([f"({area}) {rest[:3]} {rest[3:]}", f"{area} {rest[:3]} {rest[3:]}", f"{area}-{rest}",
                     f"+358 {area[1:]} {rest}", f"({area}) {rest}"])


def foreign():
    return R.choice([
        f"+46 8 {digits(3)} {digits(3)} {digits(2)}", f"+46 73 {digits(3)} {digits(2)} {digits(2)}",
        f"+372 5{digits(3)} {digits(4)}", f"+372 6{digits(2)} {digits(4)}", f"+7 9{digits(2)} {digits(3)} {digits(2)} {digits(2)}",
        f"+7 (812) {digits(3)}-{digits(2)}-{digits(2)}", f"+252 61 {digits(7)}", f"+84 9{digits(1)} {digits(3)} {digits(4)}",
        f"+44 7{digits(3)} {digits(6)}", f"+1 (312) 555-{digits(4)}", f"+49 171 {digits(7)}", f"0046 70 {digits(3)} {digits(4)}",
        f"00372 5{digits(3)} {digits(3)}",
    ])


def plain(s):
    return s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")


def email(first, last):
    f, l = plain(first), plain(last)
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}", f"{l}.{f}", f"{f}.{l}{R.randint(1, 9)}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(45, 99)), ("A", R.randint(0, 12)), ("-", R.randint(60, 99))]))


def iban():
    country, length = R.choice([("FI", 14), ("SE", 20), ("EE", 16), ("DE", 18)])
    full = identifiers.iban(R, country, digits(length))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def luhn(prefix, length):
    return identifiers.luhn(R, prefix, length)


def card():
    kind = R.choice(["visa", "master", "amex"])
    if kind == "amex":
        n = luhn(R.choice(["34", "37"]), 15)
        return R.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
    n = luhn("4" if kind == "visa" else R.choice(["51", "53", "55", "2221"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def person_fi():
    """A Finnish first name and surname, or (one time in three) a pair of other origin."""
    if R.random() < 1 / 3:
        return R.choice(OTHER_FIRST), R.choice(OTHER_LAST)
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_en():
    r = R.random()
    if r < 0.6:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first[0], last[0]


def opener(m, openers):
    word, rest = R.choice(openers)
    m.look(word).say(rest + " ")


def finnish(m, f, l, e):
    (first, last), (other, _) = person_fi(), person_fi()
    look = fill(R.choice(LOOK_FI))
    if R.random() < 0.2:
        opener(m, OPENERS_FI)
    kind = R.randrange(24)
    if kind == 0:
        m.name(first[0], last[0]).say(" ilmoitti, että ").look(look).say(" ei toimi.")
    elif kind == 1:
        m.say("Soitin ").name(last[2]).say(" kahdesti, mutta ").look(look).say(" on yhä rikki.")
    elif kind == 2:
        m.say("Kone on ").name(first[1]).say(" kanssa samassa verkossa, ").look(look)
    elif kind == 3:
        m.name(first[1]).say(" mukaan ").look(look).say(" hidastelee aamuisin.")
    elif kind == 4:
        m.say("Laite jäi ").name(first[1], last[1]).say(" luo, ").look(look)
    elif kind == 5:
        m.say("Osallistujat: ").name(first[0], last[0]).say(", ").name(other[0]).say(" ja ").name(last[0]).say(".")
    elif kind == 6:
        m.say("Terveisin\nT. ").name(last[0]).say("\nIT-tuki")
    elif kind == 7:
        m.say("Kiitos!\n").say(R.choice(["J-P", "K-M", "A-K"])).say(" ").name(last[0])
    elif kind == 8:
        m.say("moi, onko ").name(first[0].lower()).say(" jo paikalla? ").look(look).say(" ei aukea")
    elif kind == 9:
        m.say("kysyin jo ").name(first[3].lower()).say(", ei tiennyt mitään")
    elif kind == 10:
        m.say("Vastaanottaja: ").name(first[0], last[0]).say(" <").entity(email(first[0], last[0]), "EMAIL") \
            .say(">\nAihe: ").look(look)
    elif kind == 11:
        m.say("@").name(first[0]).say(" voitko katsoa? ").look(look).say(" kaatuu")
    elif kind == 12:
        m.say("Varahenkilönä toimii ").name(first[0], last[0]).say(", puh. ").entity(landline(), "PHONE")
    elif kind == 13:
        m.say("Päivitin ").name(last[1]).say(" tiedot, ").look(look).say(" on nyt kunnossa.")
    elif kind == 14:
        m.say("En saanut ").name(first[5]).say(" kiinni, hänen ulkomainen numeronsa on ").entity(foreign(), "PHONE")
    elif kind == 15:
        m.say("Yhteyshenkilö Virossa on ").name(first[0], last[0]).say(", ").entity(foreign(), "PHONE") \
            .say(", ").entity(email(first[0], last[0]), "EMAIL")
    elif kind == 16:
        m.say("Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(", ").look(look) \
            .say(" pyytää sitä.")
    elif kind == 17:
        m.say("Palautus tilille ").entity(iban(), "IBAN", "subject").say(", kiitos. ").look(look)
    elif kind == 18:
        m.say("Kortti ").entity(card(), "PAYMENT_CARD", "subject").say(" on kuoletettu, ").look(look)
    elif kind == 19:
        m.say("Minut tavoittaa numerosta ").entity(mobile(), "PHONE", "subject").say(" tai ") \
            .entity(landline(), "PHONE", "subject")
    elif kind == 20:
        m.say("Tämä on ").name(f, l, role="subject").say(" ja asiani koskee ").look(look)
    elif kind == 21:
        m.say("Esihenkilöni ").name(last[0]).say(" pyysi, että ").name(other[2]).say(" saa pääsyn: ").look(look)
    elif kind == 22:
        m.say("Lainasin laturin ").name(first[3], last[3]).say(". ").look(look).say(" toimii taas.")
    else:
        m.say("Tiedoksi ").name(first[2]).say(": ").look(look).say(" vaihdettiin ").look(fill("3.12.2026")).say(".")
    if R.random() < 0.15:
        m.say(" ").look(fill(R.choice(LOOK_FI))).say(" mainittiin myös.")
    if R.random() < 0.2:
        before, noun, after = R.choice(NOUNS_FI)
        m.say(" " + before).look(noun).say(after)


def english(m, f, l, e):
    first, last = person_en()
    other, _ = person_en()
    look = fill(R.choice(LOOK_EN))
    if R.random() < 0.25:
        opener(m, OPENERS_EN)
    kind = R.randrange(24)
    if kind == 0:
        m.name(first, last).say(" approved the change, see ").look(look).say(".")
    elif kind == 1:
        m.say("OOO until Monday, please contact ").name(first, last).say(" instead.")
    elif kind == 2:
        m.name(first).say(" from finance asked about ").look(look).say(".")
    elif kind == 3:
        m.say("Cheers,\n").name(first)
    elif kind == 4:
        m.say("Kind regards\n" + first[0] + ". ").name(last).say("\nService Owner")
    elif kind == 5:
        m.say("To: ").name(first, last).say(" <").entity(email(first, last), "EMAIL").say(">\nSubject: ").look(look)
    elif kind == 6:
        m.say("ping ").name(first.lower()).say(" re ").look(look)
    elif kind == 7:
        m.say("The laptop was handed to ").name(last).say(" at reception, ").look(look)
    elif kind == 8:
        m.say("Waiting on ").name(first).say(" and ").name(other).say(" to sign off ").look(look).say(".")
    elif kind == 9:
        m.say("Our supplier contact ").name(first, last).say(" is on ").entity(foreign(), "PHONE").say(".")
    elif kind == 10:
        m.say("Reassigned from ").name(first, last).say(" to ").name(other).say(", ").look(look)
    elif kind == 11:
        m.say("Approved by ").name(last).say(" (").entity(email(first, last), "EMAIL").say(")")
    elif kind == 12:
        m.say("thx ").name(first.lower()).say(", ").look(look).say(" works now")
    elif kind == 13:
        m.say("Signed,\n").name(first, last).say("\n").entity(landline(), "PHONE")
    elif kind == 14:
        m.say("I'm ").name(f, l, role="subject").say(" and my number is ").entity(mobile(), "PHONE", "subject")
    elif kind == 15:
        m.say("My personal identity code is ").entity(hetu(), "NATIONAL_ID", "subject").say(", the form at ") \
            .look(look).say(" asks for it.")
    elif kind == 16:
        m.say("Please refund ").entity(iban(), "IBAN", "subject").say("; the charge was ").look(fill("EUR 49.90"))
    elif kind == 17:
        m.say("Charged twice on ").entity(card(), "PAYMENT_CARD", "subject").say(" for ").look(look)
    elif kind == 18:
        m.say("You can also reach me at ").entity(e, "EMAIL", "subject").say(" or ") \
            .entity(foreign(), "PHONE", "subject")
    elif kind == 19:
        m.name(first).say("'s monitor flickers since ").look(look).say(".")
    elif kind == 20:
        m.say("Talked to ").name(first, last).say(" and ").name(other).say(" about ").look(look)
    elif kind == 21:
        m.say("Message from ").name(first).say(": ").look(look).say(" is down again.")
    elif kind == 22:
        m.say("Best,\n").name(first).say(" (on behalf of ").name(last).say(")")
    else:
        m.say("Hand the badge to ").name(first, last).say(" on ").look(look).say(".")
    if R.random() < 0.15:
        m.say(" Also ").look(fill(R.choice(LOOK_EN))).say(".")


print_set("held-out-4", 1000, lambda: tuple(x[0] for x in person_fi()), person_en, email, finnish, english)
