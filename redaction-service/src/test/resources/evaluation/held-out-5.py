#!/usr/bin/env python3
"""Generates the fifth held-out set (held-out-5.jsonl), written after the fourth set's fixes and
before reading the name detector, with frames, names, numbers and look-alikes of its own: mail
headers and forwarded mail, call notes and transcripts (Agentti:/Asiakas:, Agent:/Caller:), chat
logs with time stamps, colloquial Finnish (mä, onks, "Harjun Jarmo"), formal requests, forms
and signatures, and Finnish with English mixed in. Third parties stand in every Finnish case
(genitive, partitive, allative, ablative, adessive, essive, translative, elative, illative,
inessive), with the first name in the nominative before an inflected surname; they open the
message, follow verbs, postpositions and English prepositions, sit in lists, headers and
signatures, and appear in lower case in chat. Names are of many origins common in Finland
(Finnish, Swedish, Estonian, Russian, Ukrainian, Turkish, Kurdish, Persian, Somali, Arabic,
Indian, Vietnamese), many are also words (Armas, Usko, Lahja, Ilta, Aamu, Onni, Toivo, Lempi,
Laine, Mäki, Harju, Lehto, Karhu, Aalto, Kivi; Will, Mark, Bill, May, Grant, Hope, Joy, Summer,
Ray, Iris, Ivy, Art, Dale, Glen, Lily; Banks, Price, Bell, Stone, Field, Lane, Brown, Green,
White, Wells, Rivers, Park, Cross, Gates) and those words also appear as words, which must
survive. Numbers: Finnish mobiles, landlines and 029 direct numbers, +34, +33, +39, +90, +380,
+91, +86, +63, +47, +353, +44 and 00-prefixed ones; identity codes with the old and the new
century signs (-, Y, A, B); FI, NO, DK, GB, NL and EE IBANs; Visa, Mastercard, American Express.
Look-alikes: ticket, change, problem and work-order ids, versions, prices, dates, times, products,
makers, companies named after people, places (some of them surnames too: Salo, Lahti, Kotka),
team names. Same format as evaluation-set.jsonl; 800 messages, half Finnish.
Deterministic: python3 held-out-5.py > held-out-5.jsonl"""
import random

import identifiers
from message import print_set

R = random.Random(5550123)
CASES = ("nom", "gen", "par", "all", "abl", "ade", "ess", "tra", "ela", "ill", "ine")


def inflect(nom, weak=None, strong=None, par=None, ill=None):
    """The eleven case forms of a name (CASES): weak and strong are the stems before endings with
    and without consonant gradation (Ilta: Illa-, Ilta-), par and ill override the partitive and
    illative where the stem rule gives the wrong one (Laine: Lainetta, Laineeseen)."""
    weak = weak or nom
    strong = strong or weak
    a = "a" if any(c in "aouAOU" for c in strong) else "ä"
    forms = {"nom": nom, "gen": weak + "n", "par": par or strong + a, "all": weak + "lle", "abl": weak + "lt" + a,
             "ade": weak + "ll" + a, "ess": strong + "n" + a, "tra": weak + "ksi", "ela": weak + "st" + a,
             "ill": ill or strong + strong[-1] + "n", "ine": weak + "ss" + a}
    return forms


def nen(nom):
    """A surname in -nen: Hirvonen, Hirvosen, Hirvosta…"""
    stem = nom[:-3] + "se"
    a = "a" if any(c in "aou" for c in nom) else "ä"
    return inflect(nom, stem, stem, par=nom[:-3] + "st" + a)


def foreign(nom):
    """A name of other origin with the Finnish endings it takes: a stem vowel -i after a consonant."""
    stem = nom + "i" if nom[-1] not in "aeiouyäöõ" else nom
    return inflect(nom, stem, stem)


FI_FIRST = [inflect("Armas", "Armakse", par="Armasta"), inflect("Usko"), inflect("Lahja"), inflect("Ilta", "Illa", "Ilta"),
            inflect("Aamu"), inflect("Onni"), inflect("Toivo"), inflect("Lempi"), inflect("Pirjo"), inflect("Jarmo"),
            inflect("Outi"), inflect("Vilho"), inflect("Terttu", "Tertu", "Terttu"), inflect("Sulo"),
            inflect("Hilkka", "Hilka", "Hilkka"), inflect("Aleksi"), inflect("Soile"), inflect("Raimo"), inflect("Iida"),
            inflect("Markku", "Marku", "Markku"), inflect("Sinikka", "Sinika", "Sinikka")]
FI_LAST = [inflect("Laine", "Lainee", par="Lainetta", ill="Laineeseen"), inflect("Mäki", "Mäe", "Mäke"), inflect("Harju"),
           inflect("Lehto", "Lehdo", "Lehto"), inflect("Karhu"), inflect("Aalto", "Aallo", "Aalto"),
           inflect("Kivi", "Kive", "Kive"), inflect("Rautio"), inflect("Saarela"), nen("Hirvonen"), nen("Kokkonen"),
           nen("Tikkanen"), nen("Lampinen"), nen("Pitkänen"), nen("Honkanen"), nen("Ruotsalainen"), nen("Väänänen")]
OTHER_FIRST = [foreign(n) for n in ("Oksana", "Taras", "Emre", "Priya", "Arjun", "Ayaan", "Hamza", "Yasmin", "Omar",
                                     "Shirin", "Thanh", "Huong", "Maarja", "Tõnu", "Gunnar", "Ebba", "Natalia", "Dilan",
                                     "Rezan", "Mehmet")]
OTHER_LAST = [foreign(n) for n in ("Shevchenko", "Bondarenko", "Yilmaz", "Demir", "Sharma", "Reddy", "Farah", "Hassan",
                                    "Rahimi", "Mohammadi", "Saar", "Kuusk", "Nyberg", "Wikström", "Petrova",
                                    "Kuznetsov", "Zhang", "Hosseini", "Barzani")]
EN_FIRST = ["Will", "Mark", "Bill", "May", "Grant", "Hope", "Joy", "Summer", "Ray", "Iris", "Ivy", "Art", "Dale", "Glen",
            "Lily", "Siobhan", "Connor", "Natasha", "Gareth", "Bethany", "Malcolm", "Priscilla"]
EN_LAST = ["Banks", "Price", "Bell", "Stone", "Field", "Lane", "Brown", "Green", "White", "Wells", "Rivers", "Park",
           "Cross", "Gates", "Abbott", "Quinn", "Doyle", "O'Neill", "McKenzie", "Lloyd-Evans", "Henderson", "Sinclair"]
DOMAINS = ["tilitoimisto.fi", "keskussairaala.fi", "rakennus.example.fi", "logistics.example.com", "uni.example.ac.uk",
           "firma.example.se"]

# Look-alikes that must survive. {n} is n random digits.
LOOK_FI = ["Salon tehdas", "Lahden varasto", "Kotkan satama", "Mikkelin toimipiste", "Seinäjoen konttori", "Imatralla",
           "Joensuussa", "Hämeenlinnan toimisto", "Zendesk", "TOPdesk", "Efecte", "M-Files", "Netvisor", "Procountor",
           "Jamf", "Bitwarden", "Microsoft Authenticator", "Power Automate", "Kyocera-tulostin", "Ricoh-monitoimilaite",
           "MacBook Air", "Surface Laptop 5", "Dell OptiPlex 7010", "Fujitsu-näyttö", "Karhu-tiimi", "Kassatiimi",
           "tiketti SD-{5}", "muutos CHG00{5}", "ongelma PRB{6}", "työtilaus WO-{6}", "lasku 88{6}", "versio 12.{1}.{2}",
           "päivitys KB50{5}", "R2026.{1}", "89 €", "1 240,50 €", "15 €/kk", "4.1.2027", "perjantaina 11.12.",
           "klo 7.45", "kello 16", "kerros 3", "neuvotteluhuone Aalto", "Philips-näyttö", "Fordin pakettiauto",
           "Aalto-yliopiston verkko"]
LOOK_EN = ["the Salo plant", "the Kotka port", "our Manchester office", "the Dublin team", "in Riga", "Lancaster House",
           "Zendesk", "TOPdesk", "Jamf", "Bitwarden", "Microsoft Authenticator", "Power Automate", "Kyocera printer",
           "MacBook Air", "Surface Laptop 5", "Dell OptiPlex 7010", "Philips monitor", "Marks & Spencer vouchers",
           "Wells Fargo portal", "Lloyds Bank", "Team Falcon", "Network Ops", "the Green Room", "ticket SD-{5}",
           "change CHG00{5}", "problem PRB{6}", "work order WO-{6}", "invoice 88{6}", "v12.{1}.{2}", "KB50{5}",
           "R2026.{1}", "GBP 30.00", "SEK 450", "EUR 89", "4 Jan 2027", "Friday 11 Dec", "at 7:45", "by 4 pm",
           "floor 3", "Price list 2027", "the Bell icon", "White screen", "Park Lane site"]
# Sentences around a word that is also a name; the word is the look-alike.
WORDS_FI = [("", "Aamulla", " kone ei käynnistynyt."), ("", "Illalla", " ajetaan päivitykset."),
            ("", "Lahjaksi", " saatu hiiri ei toimi."), ("", "Usko", " pois, kokeilin jo kaiken."),
            ("", "Toivon", " mukaan katko loppuu iltapäivällä."), ("", "Armas", " aika, taas sama vika."),
            ("", "Kivi", " osui tuulilasiin matkalla."), ("", "Mäen", " takana ei ole kenttää."),
            ("Hyvää ", "iltaa", "!"), ("Tämä oli ", "onni", " onnettomuudessa."), ("Viimeinen ", "toivo", " on tukipuhelu."),
            ("Tuli ", "lahja", "kortti, joka ei aukea."), ("Menetin ", "uskon", " koko järjestelmään."),
            ("Pyöräilin ", "mäen", " yli ja akku loppui."), ("", "Laineet", " kastelivat laukun laiturilla."),
            ("Oma ", "lempi", "ohjelmani Excel kaatuu."), ("Huomisen ", "aamun", " palaveri siirtyy.")]
WORDS_EN = [("", "Will", " do, thanks."), ("", "May", " I ask for a status update?"), ("", "Mark", " as resolved, please."),
            ("", "Grant", " access only after approval."), ("", "Hope", " this helps."),
            ("", "Joy", " of joys, it crashed again."), ("", "Summer", " hours start in June."),
            ("", "Iris", " scanner at the door fails."), ("", "Art", " department needs the plotter back."),
            ("", "Bill", " the cost centre, not me."), ("The fee ", "rose", " again."),
            ("It's due in ", "May", "."), ("Please ", "park", " the ticket until Monday."),
            ("I'd ", "hope", " so."), ("You ", "will", " need admin rights."), ("Just ", "grant", " it for a week."),
            ("", "Frank", " feedback: the new portal is slow.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "042", "044", "045", "046", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}{rest}", f"{prefix}-{rest[:3]} {rest[3:]}",
                     f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}", f"+358{prefix[1:]}{rest}", f"00358 {prefix[1:]} {rest}"])


def landline():
    area = R.choice(["09", "02", "03", "06", "013", "015", "016", "018", "0295"])
    rest = str(R.randint(200000, 899999)) if len(area) == 4 else str(R.randint(2000000, 8999999))[:9 - len(area)]
    return R.choice([f"{area} {rest[:3]} {rest[3:]}", f"({area}) {rest}", f"{area}-{rest}", f"+358 {area[1:]} {rest}",
                     f"{area} {rest}"])


def abroad():
    return R.choice([
        f"+34 6{digits(2)} {digits(3)} {digits(3)}", f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
        f"+39 347 {digits(3)} {digits(4)}", f"+90 532 {digits(3)} {digits(2)} {digits(2)}",
        f"+380 67 {digits(3)} {digits(2)} {digits(2)}", f"+91 98{digits(3)} {digits(5)}",
        f"+86 138 {digits(4)} {digits(4)}", f"+63 917 {digits(3)} {digits(4)}", f"+47 4{digits(2)} {digits(2)} {digits(3)}",
        f"+353 87 {digits(3)} {digits(4)}", f"+44 20 7{digits(3)} {digits(4)}", f"0044 7700 {digits(6)}",
        f"0090 533 {digits(3)} {digits(4)}",
    ])


def plain(s):
    return s.lower().replace("ä", "a").replace("ö", "o").replace("å", "a").replace("õ", "o").replace("'", "")


def email(first, last):
    f, l = plain(first), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}.{l}{R.randint(10, 99)}", f"{f}-{l}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("Y", R.randint(60, 99)),
                                                 ("A", R.randint(0, 10)), ("B", R.randint(0, 8))]))


def iban():
    country, bban = R.choice([("FI", lambda: digits(14)), ("NO", lambda: digits(11)), ("DK", lambda: digits(14)),
                              ("GB", lambda: "NWBK" + digits(14)), ("NL", lambda: "ABNA" + digits(10)),
                              ("EE", lambda: digits(16))])
    full = identifiers.iban(R, country, bban())
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    kind = R.choice(["visa", "master", "amex"])
    if kind == "amex":
        n = identifiers.luhn(R, R.choice(["34", "37"]), 15)
        return R.choice([n, f"{n[:4]} {n[4:10]} {n[10:]}"])
    n = identifiers.luhn(R, "4" if kind == "visa" else R.choice(["52", "54", "2223"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def person_fi():
    """A first name and a surname in all cases: Finnish, or one time in three of another origin."""
    if R.random() < 1 / 3:
        return R.choice(OTHER_FIRST), R.choice(OTHER_LAST + FI_LAST)
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_en():
    """An English first name and surname, or (two times in five) a pair of the Finnish set's."""
    if R.random() < 0.6:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first["nom"], last["nom"]


def words(m, sentences):
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def finnish(m, f, l, e):
    (first, last), (other, other_last) = person_fi(), person_fi()
    look = fill(R.choice(LOOK_FI))
    if R.random() < 0.2:
        words(m, WORDS_FI)
        m.say(" ")
    kind = R.randrange(34)
    if kind == 0:
        m.say("Agentti: Kenen nimissä kone on?\nAsiakas: Se on ").name(last["gen"], first["gen"]) \
            .say(" nimissä, tarrassa lukee ").look(look).say(".")
    elif kind == 1:
        m.say("Otin yhteyttä ").name(first["nom"], last["ill"]).say(", mutta hän ei ole vastannut. ").look(look)
    elif kind == 2:
        m.say("Vika ei ole ").name(first["ine"]).say(" vaan koneessa: ").look(look).say(" jumittaa.")
    elif kind == 3:
        m.say("Olin kirjautuneena ").name(first["ess"]).say(", joten ").look(look).say(" näytti väärät tiedot.")
    elif kind == 4:
        m.say("Vaihtakaa laskujen hyväksyjä ").name(last["tra"]).say(", ").look(look).say(" odottaa.")
    elif kind == 5:
        m.say("En ole kuullut ").name(first["ela"]).say(" mitään sen jälkeen, kun ").look(look).say(" kaatui.")
    elif kind == 6:
        m.say("mä laitoin ").name(first["all"].lower()).say(" viestiä mut ei oo vastannu")
    elif kind == 7:
        m.say("hei! onks ").name(first["nom"].lower()).say(" tänään etänä? ").look(look).say(" ei lähde käyntiin")
    elif kind == 8:
        m.say("Lähettäjä: ").name(first["nom"], last["nom"]).say(" <").entity(email(first["nom"], last["nom"]), "EMAIL") \
            .say(">\nLähetetty: tiistai 1. joulukuuta 2026 8.14\nVastaanottaja: Palvelupiste\nAihe: ").look(look)
    elif kind == 9:
        m.say("Kopio: ").name(first["nom"], last["nom"]).say("; ").name(other["nom"], other_last["nom"]) \
            .say("\nAihe: ").look(look)
    elif kind == 10:
        m.name(first["ade"]).say(" on sama ongelma: ").look(look).say(" ei aukea.")
    elif kind == 11:
        m.say("Pyydän lukuoikeutta ").name(first["nom"], last["all"]).say(" kansioon ").look(look).say(".")
    elif kind == 12:
        m.say("Etsin ").name(last["par"]).say(", onko hän vielä talossa? Numero ").entity(mobile(), "PHONE") \
            .say(" ei vastaa.")
    elif kind == 13:
        m.say("Kuka on ").name(first["nom"], last["nom"]).say("? Hänen nimissään on ").look(look) \
            .say(", mutta en tunne häntä.")
    elif kind == 14:
        m.say("Sijaiseni 14.12. asti on ").name(first["nom"]).say(" (puh. ").entity(landline(), "PHONE").say(").")
    elif kind == 15:
        m.say("[puhelu 09:12] Soittaja kertoo olevansa ").name(first["nom"], last["nom"]) \
            .say(" talouspalveluista, soittaa numerosta ").entity(abroad(), "PHONE").say(".")
    elif kind == 16:
        m.say("Tehkää ").name(first["nom"], last["ela"]).say(" pääkäyttäjä, ").look(look).say(" vaatii sen.")
    elif kind == 17:
        m.say("Luovutin koneen ").name(first["nom"], last["all"]).say(", kuittaus: ").look(look)
    elif kind == 18:
        m.say("Iso kiitos ").name(first["all"]).say(" avusta! ").look(look).say(" toimii.")
    elif kind == 19:
        m.look(look).say(" ei vieläkään toimi.\n\nYstävällisesti\n").name(f, l, role="subject") \
            .say("\nControlleri | Talous\np. ").entity(mobile(), "PHONE", "subject")
    elif kind == 20:
        m.entity(hetu(), "NATIONAL_ID", "subject").say(" on mun hetu jos tarviitte, ").look(look).say(" kysyy sitä")
    elif kind == 21:
        m.say("Tilinumero: ").entity(iban(), "IBAN").say(" (saaja ").name(first["nom"], last["nom"]).say(")")
    elif kind == 22:
        m.say("Maksoin kortilla ").entity(card(), "PAYMENT_CARD", "subject").say(", mutta ").look(look) \
            .say(" ei näy kuitissa.")
    elif kind == 23:
        m.say("Voitko lisätä ").name(first["all"]).say(" admin rightsit? Hän aloitti maanantaina, ").look(look)
    elif kind == 24:
        m.name(first["gen"]).say(" mukaan ").look(look).say(" ei ole toiminut maanantain jälkeen. Hän kokeili jo uudelleenkäynnistystä.")
    elif kind == 25:
        m.say("FYI ").name(last["nom"]).say(" on lomalla, pingaa ").name(other["par"].lower()).say(" jos kiire")
    elif kind == 26:
        m.say("Soitin ").name(first["all"]).say(" ja ").name(other["all"]).say(", kumpikaan ei vastannut.")
    elif kind == 27:
        m.say("Paikalla: ").name(first["nom"]).say(" " + last["nom"][0] + "., ").name(other["nom"]).say(", ") \
            .name(other_last["nom"]).say(" (etänä)")
    elif kind == 28:
        m.look(look).say(" kaatuu taas\nt. ").name(f.lower(), role="subject")
    elif kind == 29:
        m.say("Tein tiketin ").name(first["gen"]).say(" puolesta, koska hänellä ei ole tunnuksia: ").look(look)
    elif kind == 30:
        m.say("Asiakkaan nimi: ").name(first["nom"], last["nom"]).say("\nAsiakasnumero: ").look(fill("AS-{6}")) \
            .say("\nPuhelin: ").entity(landline(), "PHONE")
    elif kind == 31:
        m.say("Minulla on ").name(last["gen"]).say(" vanha kone, siinä on vielä ").look(look).say(".")
    elif kind == 32:
        m.say("Saisinko ").name(first["abl"]).say(" sähköpostiosoitteen? Vanha ").entity(email(first["nom"], last["nom"]), "EMAIL") \
            .say(" palauttaa viestit.")
    else:
        m.say("Olen ").name(f, l, role="subject").say(" ja minut tavoittaa parhaiten numerosta ") \
            .entity(landline(), "PHONE", "subject").say(" tai ").entity(e, "EMAIL", "subject").say(".")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_FI)


def english(m, f, l, e):
    first, last = person_en()
    other, other_last = person_en()
    look = fill(R.choice(LOOK_EN))
    if R.random() < 0.2:
        words(m, WORDS_EN)
        m.say(" ")
    kind = R.randrange(34)
    if kind == 0:
        m.say("Hi team,\n\n").name(first, last).say(" (finance) can't log in to ").look(look) \
            .say(". Could someone call her on ").entity(landline(), "PHONE").say("?\n\nThanks,\n").name(f, role="subject")
    elif kind == 1:
        m.say("Agent: Who's the device registered to?\nCaller: It's ").name(first, last).say("'s, she's off today.")
    elif kind == 2:
        m.name(last).say(" wants ").look(look).say(" moved to ").name(other).say(".")
    elif kind == 3:
        m.look("Will").say(" ").name(first).say(" be back before ").look(look).say(" is cut over?")
    elif kind == 4:
        m.say("Forwarded message\nFrom: ").name(first, last).say(" <").entity(email(first, last), "EMAIL") \
            .say(">\nDate: Tue, 1 Dec 2026 08:14\nTo: IT Support\nSubject: ").look(look)
    elif kind == 5:
        m.say("[10:42] ").name(first.lower()).say(": is ").look(look).say(" down for anyone else?")
    elif kind == 6:
        m.say("We need ").name(first).say("'s and ").name(other).say("'s approval before ").look(look).say(".")
    elif kind == 7:
        m.say("According to ").name(first, last).say(", ").look(look).say(" has been flaky since Monday.")
    elif kind == 8:
        m.say("Left a voicemail for ").name(last).say(" at ").entity(abroad(), "PHONE").say(".")
    elif kind == 9:
        m.say("On behalf of ").name(first, last).say(", who is on leave: please extend her account past ") \
            .look(look).say(".")
    elif kind == 10:
        m.say("I'm covering for ").name(first).say(" this week, so send ").look(look).say(" queries my way.")
    elif kind == 11:
        m.look("Mark").say(" ").name(first, last).say(" as the owner of ").look(look).say(".")
    elif kind == 12:
        m.say("Can you add ").name(first, last).say(" and ").name(other, other_last).say(" to the ") \
            .look(R.choice(["Team Falcon", "Network Ops", "Payroll Squad"])).say(" channel?")
    elif kind == 13:
        m.look("Hope").say(" ").name(first).say(" is feeling better. ").look(look).say(" is fine now.")
    elif kind == 14:
        m.say("Thanks to ").name(first).say(" for the quick fix on ").look(look).say("!")
    elif kind == 15:
        m.name(first).say(", ").name(other).say(" and I tested ").look(look).say(" yesterday.")
    elif kind == 16:
        m.say("New starter: ").name(first, last).say(", starts 4 Jan, needs a laptop and ").look(look).say(".")
    elif kind == 17:
        m.say("Leaver: ").name(first, last).say(" - last day Friday; revoke ").look(look).say(" and forward mail to ") \
            .name(other).say(".")
    elif kind == 18:
        m.say("Billing contact is ").name(first, last).say(", ").entity(email(first, last), "EMAIL").say(", ") \
            .entity(abroad(), "PHONE").say(".")
    elif kind == 19:
        m.say("Call notes: customer ").name(first, last).say(" (").entity(landline(), "PHONE").say(") reports ") \
            .look(look).say(" crashing. Callback requested.")
    elif kind == 20:
        m.say("Refund to IBAN ").entity(iban(), "IBAN", "subject").say(", account holder ").name(f, l, role="subject") \
            .say(".")
    elif kind == 21:
        m.say("The charge on ").entity(card(), "PAYMENT_CARD", "subject").say(" was declined at ").look(look).say(".")
    elif kind == 22:
        m.say("My Finnish personal ID is ").entity(hetu(), "NATIONAL_ID", "subject").say(" if ").look(look) \
            .say(" needs it.")
    elif kind == 23:
        m.look(look).say(" still fails.\n\n-- \n").name(f, l, role="subject").say("\nProcurement\nM: ") \
            .entity(mobile(), "PHONE", "subject").say(" | T: ").entity(landline(), "PHONE", "subject")
    elif kind == 24:
        m.say("Please reset the MFA for ").name(first).say(" (").entity(email(first, last), "EMAIL").say(").")
    elif kind == 25:
        m.say("I'll loop ").name(first).say(" in. cc ").name(other, other_last)
    elif kind == 26:
        m.look("Grant").say(" ").name(first).say(" access to ").look(look).say(", approved by ").name(other_last).say(".")
    elif kind == 27:
        m.name(first).say(" mentioned ").look(look).say(" was fixed in ").look(fill("v12.{1}.{1}")).say(".")
    elif kind == 28:
        m.say("Message left by ").name(first, last).say(": call back on ").entity(abroad(), "PHONE").say(".")
    elif kind == 29:
        m.say("Hello ").name(first).say(",\n\nyour ticket ").look(fill("SD-{5}")).say(" has been resolved.\n\nKind regards,\nService Desk")
    elif kind == 30:
        m.say("sorry, wrong chat - meant to send that to ").name(first.lower()).say(" lol")
    elif kind == 31:
        m.say("Is ").name(last).say(" still the approver for ").look(look).say("?")
    elif kind == 32:
        m.say("My colleague from Oulu, ").name(first, last).say(", has the same issue with ").look(look).say(".")
    else:
        m.say("Hi, ").name(f, l, role="subject").say(" here. Best number is ").entity(abroad(), "PHONE", "subject") \
            .say(" or ").entity(e, "EMAIL", "subject").say(".")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-5", 800, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
