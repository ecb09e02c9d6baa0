#!/usr/bin/env python3
"""Generates the eighth held-out set (held-out-8.jsonl), written before the engine was run on it, with
kinds of text the earlier sets lack: e-mail threads with quoted replies ("> Lähettäjä:", "On … wrote:"),
shift handovers, meeting minutes (present, apologies, actions), asset registers as pipe tables and CSV,
HR access requests for starters and leavers, bilingual Finnish/English messages, names in parentheses
and after slashes, initials ("M. Aikio", "J-P Ivanov"), nicknames (Make, Tepa, Kaitsu; Bob, Liz),
hyphenated first names (Anna-Liisa, Juha-Pekka), three-part Vietnamese names in their own order
(Nguyen Thi Lan), and names of people living in Finland of Sámi, Russian, Estonian, Somali and
Vietnamese origin, in the Finnish cases (ablative, illative, adessive, allative, partitive after
"ilman", genitive) and coordinated in them. Look-alikes are new: Finnish firms and bodies named with
names or words (Ilmarinen, Elisa, Kone, Aalto-yliopisto, Karhu, Kela, Valio), places that are names
(Kallio, Tapiola, Florence, Houston, Lincoln, Victoria station), software and firms named after people
or with words (Kafka, Cassandra, Django, Jasper Reports, Wells Fargo, Goldman Sachs, Lloyds Bank, Dyson,
Marshall), and the words behind the names used as words (dawn, robin, ivy, amber, frank, grant; onni,
toivo, satu, sisko, kallio, koivu, karhu). Numbers: Finnish and foreign phones, identity codes, IBANs
and cards of the subject.
Same format as evaluation-set.jsonl; 600 messages, half Finnish.
Deterministic: python3 held-out-8.py > held-out-8.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(8086021)

FI_FIRST = [inflect("Anna-Liisa"), inflect("Juha-Pekka", "Juha-Peka", "Juha-Pekka"), inflect("Marja-Leena"),
            inflect("Tuula-Maija"), inflect("Onni"), inflect("Toivo"), inflect("Satu"), inflect("Sisko"),
            inflect("Armas", "Armaa", "Armaa", par="Armasta", ill="Armaaseen"), inflect("Lempi"),
            inflect("Make"), inflect("Tepa"), inflect("Kaitsu"), inflect("Jussi"), inflect("Riikka", "Riika", "Riikka"),
            inflect("Jyrki", "Jyri", "Jyrki"), inflect("Hannele"), inflect("Pirjo"), inflect("Raili"), inflect("Keijo")]
FI_LAST = [nen("Heikkinen"), nen("Räsänen"), nen("Jääskeläinen"), nen("Kinnunen"), nen("Savolainen"),
           inflect("Kallio"), inflect("Koivu"), inflect("Karhu"), inflect("Hirvi", "Hirve", par="Hirveä"),
           inflect("Kettu", "Ketu", "Kettu"), inflect("Ilves", "Ilvekse", "Ilvekse", par="Ilvestä", ill="Ilvekseen"),
           inflect("Rantanen-Kallio"), nen("Laukkanen"), nen("Hyvärinen")]
SAMI = ([foreign(n) for n in ("Áilu", "Máret", "Biret", "Ánde", "Niillas")],
        [inflect("Valkeapää"), inflect("Aikio"), inflect("Näkkäläjärvi", "Näkkäläjärve", par="Näkkäläjärveä"),
         foreign("Guttorm"), inflect("Magga"), inflect("Sammallahti", "Sammallahde", par="Sammallahtea")])
RUSSIAN = ([foreign(n) for n in ("Dmitri", "Olga", "Svetlana", "Sergei", "Natalia", "Aleksei")],
           [foreign(n) for n in ("Ivanov", "Smirnova", "Kuznetsov", "Volkova", "Sokolov", "Morozova")])
ESTONIAN = ([foreign(n) for n in ("Kadri", "Priit", "Triin", "Urmas", "Mart")],
            [foreign(n) for n in ("Saar", "Mägi", "Rebane", "Kukk", "Tamme")])
SOMALI = ([foreign(n) for n in ("Abdirahman", "Hodan", "Faadumo", "Ayaan", "Ubah")],
          [foreign(n) for n in ("Warsame", "Farah", "Abdi", "Osman", "Jama")])
VIETNAMESE = ([foreign(n) for n in ("Lan", "Minh", "Huong", "Tuan", "Linh")],
              [foreign(n) for n in ("Nguyen", "Tran", "Pham", "Hoang", "Vu")])
ORIGINS = [SAMI, RUSSIAN, ESTONIAN, SOMALI, VIETNAMESE]
EN_FIRST = ["Dawn", "Robin", "Ivy", "Amber", "Grant", "Frank", "Drew", "Holly", "Autumn", "Jay",
            "Bob", "Liz", "Kate", "Ted", "Nick", "Siobhan", "Niamh", "Declan", "Priya", "Rhys", "Imogen", "Callum"]
EN_LAST = ["Fisher", "Cook", "Mason", "Hunter", "Wood", "Hill", "King", "Price", "Stone", "Fox", "Lamb", "Gold",
           "O'Brien", "D'Souza", "McAllister", "Fitzgerald", "Nakamura", "Chowdhury", "Kaur", "Okafor", "Braithwaite"]
NICKS_EN = ["Bob", "Liz", "Kate", "Ted", "Nick", "Jim", "Sam", "Pat", "Tom", "Meg"]
DOMAINS = ["vakuutus.example.fi", "yliopisto.example.fi", "kaupunki.example.fi", "logistics.example.com",
           "retail.example.co.uk", "health.example.org"]

LOOK_FI = ["Ilmarinen", "Ilmarisen portaali", "Elisa", "Elisan liittymä", "Kone-hissit", "Aalto-yliopisto",
           "Kela", "Kelan asiointi", "Valio", "Karhu-olut", "Kallion toimipiste", "Tapiolan toimisto", "Visma",
           "Telia", "Kesko", "Prisma", "Finnair", "Wärtsilä", "Nokia-puhelin", "Marimekko", "Fiskars", "Iittala",
           "Kafka-klusteri", "Cassandra-kanta", "Django-sovellus", "Jasper Reports", "Jira", "Confluence",
           "ServiceNow", "Workday", "Zendesk", "Terraform", "Ansible", "Kubernetes", "Docker-kontti",
           "tiketti #{5}", "muutospyyntö CR-{4}", "laite LT-{4}", "huone B{3}", "klo 7.00", "pe 4.12.", "249,00 €",
           "vko 49", "Onni-bussi", "Toivo-hanke", "Satu-sovellus"]
LOOK_EN = ["Wells Fargo", "Goldman Sachs", "Lloyds Bank", "the Dyson fan", "a Marshall amp", "Apache Kafka",
           "the Kafka cluster", "Cassandra", "the Django app", "Jasper Reports", "Jira", "Confluence", "ServiceNow",
           "Workday", "Zendesk", "Terraform", "Ansible", "Kubernetes", "Docker", "the Florence office",
           "the Houston site", "Victoria station", "the Lincoln warehouse", "Ford Transit van", "Tesla charger",
           "Harley-Davidson", "Dell Latitude", "Lenovo ThinkPad", "Adobe Acrobat", "Amber alert", "Holly Lane",
           "ticket #{5}", "change CR-{4}", "asset LT-{4}", "room B{3}", "at 07:00", "Fri 4 Dec", "GBP 249.00",
           "week 49", "Project Robin", "Team Ivy"]
WORDS_FI = [("", "Onneksi", " varmuuskopio löytyi."), ("", "Toivottavasti", " tämä riittää."),
            ("Pieni ", "toivo", " vielä on, levy pyörii."), ("Tämä on pelkkä ", "satu", ", ei se niin mennyt."),
            ("", "Sisko", " ja veli käyttävät samaa konetta."), ("", "Kallion", " reunalla ei ole kuuluvuutta."),
            ("", "Koivun", " oksa katkaisi kaapelin."), ("", "Karhu", " nähtiin varaston pihalla."),
            ("", "Kettu", " kaivoi kaapelin esiin."), ("", "Armas", " aika, taas sama vika."),
            ("Ei ollut ", "onnea", " tällä kertaa."), ("", "Hirvi", " katkaisi linjan tiellä 4."),
            ("", "Ilves", "-kamera ei tallenna.")]
WORDS_EN = [("", "Dawn", " patrol found the UPS alarm."), ("", "Robin", " nesting on the antenna again."),
            ("", "Ivy", " is growing over the cabinet."), ("", "Amber", " light on the switch."),
            ("", "Frank", " feedback welcome."), ("", "Grant", " access to the share, please."),
            ("", "Drew", " a blank on the root cause."), ("", "Holly", " bushes block the gate camera."),
            ("", "Autumn", " patching starts next week."), ("", "Stone", " floor in the lobby is cracked."),
            ("Please ", "chase", " the vendor again."), ("We ", "drew", " up a plan.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}-{rest}", f"+358 {prefix[1:]} {rest}",
                     f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}"])


def landline():
    area = R.choice(["09", "014", "016", "017", "08"])
    rest = str(R.randint(2000000, 8999999))[:9 - len(area)]
    return R.choice([f"{area} {rest}", f"({area}) {rest}", f"+358 {area[1:]} {rest}"])


def abroad():
    return R.choice([f"+7 921 {digits(3)} {digits(2)} {digits(2)}", f"+372 5{digits(3)} {digits(4)}",
                     f"+252 61 {digits(3)} {digits(4)}", f"+84 91 {digits(3)} {digits(4)}",
                     f"+47 4{digits(2)} {digits(2)} {digits(3)}", f"+44 7{digits(3)} {digits(6)}",
                     f"+353 87 {digits(3)} {digits(4)}"])


def plain(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("á", "a"), (" ", ""), ("'", "")):
        out = out.replace(a, b)
    return out


def email(first, last):
    f, l = plain(first).replace("-", ""), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}{l}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("A", R.randint(0, 7)), ("Y", R.randint(0, 5))]))


def iban():
    full = identifiers.iban(R, "FI", digits(14))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    n = identifiers.luhn(R, R.choice(["4", "51", "55"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def person_fi():
    """A first name and surname as case forms: Finnish, or two times in five of another origin."""
    if R.random() < 0.4:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts), R.choice(lasts)
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_en():
    """An English first name and surname, or (one time in three) a pair from the Finnish set's."""
    if R.random() < 2 / 3:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first["nom"], last["nom"]


def initial(first):
    """"M." or, for a hyphenated name, "J-P"."""
    parts = first.split("-")
    return "-".join(p[0] for p in parts) if len(parts) > 1 else first[0] + "."


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
        m.say("> Lähetetty: ti 1.12.2026 14.02\n> Lähettäjä: ").name(first["nom"], last["nom"]).say(" <") \
            .entity(email(first["nom"], last["nom"]), "EMAIL").say(">\n> Aihe: RE: ").look(look) \
            .say("\n>\n> Onko tämä jo korjattu?\n\nEi vielä, kysyin asiaa ").name(other_last["abl"]).say(".")
    elif kind == 1:
        m.say("Vuoronvaihto 1.12. klo 7\nLuovuttaja: ").name(first["nom"], last["nom"]).say("\nVastaanottaja: ") \
            .name(other["nom"], other_last["nom"]).say("\nAvoimet: ").look(look).say(" (odottaa ").name(third_last["par"]) \
            .say(")")
    elif kind == 2:
        m.say("Muistio 1.12.\nLäsnä: ").name(first["nom"], last["nom"]).say(", ").name(other["nom"]).say(", ") \
            .name(third["nom"], third_last["nom"]).say(" (pj.)\nPoissa: ").name(other_last["nom"]) \
            .say("\nPäätös: ").look(look).say(" siirretään ").name(third["gen"]).say(" vastuulle.")
    elif kind == 3:
        m.say("Laite | Käyttäjä | Sijainti\n").look(fill("LT-{4}")).say(" | ").name(last["nom"]).say(", ") \
            .name(first["nom"]).say(" | ").look(look).say("\n").look(fill("LT-{4}")).say(" | ") \
            .name(other_last["nom"]).say(", ").name(other["nom"]).say(" | varasto")
    elif kind == 4:
        m.say("Uusi työntekijä ").name(first["nom"], last["nom"]).say(" aloittaa 7.12. Esimies ") \
            .name(other["nom"], other_last["nom"]).say(". Tarvitsee pääsyn: ").look(look).say(".")
    elif kind == 5:
        m.say("Hei / Hi ").name(first["nom"]).say(",\nsalasanasi vanhenee huomenna / your password expires tomorrow: ") \
            .look(look).say(".\nt. / br ").name(other["nom"])
    elif kind == 6:
        m.say("Vastuuhenkilö: ").name(last["nom"]).say(" / ").name(other_last["nom"]).say(", ks. ").look(look)
    elif kind == 7:
        m.name(initial(first["nom"]), last["nom"]).say(" hyväksyi, ").look(look).say(" tilattu.")
    elif kind == 8:
        m.say("Sain ").name(first["abl"]).say(" viestin: ").look(look).say(" jumissa taas.")
    elif kind == 9:
        m.say("Otin yhteyttä ").name(last["ill"]).say(" ja ").name(other_last["ill"]).say(", ").look(look) \
            .say(" korjataan huomenna.")
    elif kind == 10:
        m.say("Laitoin kutsun ").name(first["all"]).say(" ja ").name(other["all"]).say(" (").look(look).say(").")
    elif kind == 11:
        m.name(first["ade"]).say(" ja ").name(other["ade"]).say(" ei ole vielä tunnuksia ").look(look).say(" -palveluun.")
    elif kind == 12:
        m.say("Ilman ").name(other_last["par"]).say(" emme pääse eteenpäin, ").look(look).say(" odottaa.")
    elif kind == 13:
        m.say("Kommentti (").name(first["nom"], last["nom"]).say(", 1.12. 14.02): ").look(look).say(" palautettu.")
    elif kind == 14:
        m.say("Kopio: ").name(first["nom"], last["nom"]).say("; ").name(other["nom"], other_last["nom"]).say("; ") \
            .name(third_last["nom"]).say("\nAihe: ").look(look)
    elif kind == 15:
        m.name(first["nom"]).say(" lupasi hoitaa ").look(look).say(" ennen joulua.")
    elif kind == 16:
        m.say("Aamu: ").name(first["nom"]).say("/").name(other["nom"]).say("\nIlta: ").name(third["nom"]).say("/") \
            .name(third_last["nom"]).say("\nHuom. ").look(look).say(" huoltokatko yöllä")
    elif kind == 17:
        m.say("Tilaaja (esimies): ").name(first["nom"], last["nom"]).say("\nKustannuspaikka 4410, ").look(look)
    elif kind == 18:
        m.say("Vastaaja: \"").name(first["nom"]).say(" tästä hei, ").look(look).say(" ei toimi, soitelkaa ") \
            .entity(mobile(), "PHONE").say("\"")
    elif kind == 19:
        m.say("Haltija: ").name(last["nom"], first["nom"]).say(" (").name(other["nom"]).say(" sijaisena)\nLaite: ").look(look)
    elif kind == 20:
        m.say("Henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject").say(", uusi työsopimus alkaa, ").look(look) \
            .say(" -tunnus tarvitaan.")
    elif kind == 21:
        m.say("Matkalasku tilille ").entity(iban(), "IBAN", "subject").say(", hyväksyjä ").name(other["nom"], other_last["nom"]) \
            .say(".")
    elif kind == 22:
        m.say("Kortti ").entity(card(), "PAYMENT_CARD", "subject").say(" on kadonnut, ").look(look).say(" lukittu.")
    elif kind == 23:
        m.say("Tulkki ").name(first["nom"], last["nom"]).say(" tarvitsee vieraskäyttäjän, puh. ") \
            .entity(abroad(), "PHONE").say(".")
    elif kind == 24:
        m.say("Kirjoitin ").name(first["gen"]).say(" koneesta jo eilen, ").look(look).say(" ei käynnisty.")
    elif kind == 25:
        m.say("soitin ").name(first["all"].lower()).say(" mut ei vastannu, ").look(look).say(" vielä rikki")
    elif kind == 26:
        m.look(look).say(" on taas käytössä.\n\nYstävällisesti\nService Desk / Palvelupiste")
    elif kind == 27:
        m.say("Lähtijä: ").name(first["nom"], last["nom"]).say(" (viim. päivä pe), poista ").look(look) \
            .say(" ja siirrä tiedostot ").name(other["all"]).say(".")
    elif kind == 28:
        m.name(f, l, role="subject").say(" tässä, ").look(look).say(" ei aukea. Soita ").entity(landline(), "PHONE", "subject")
    else:
        m.say("Kiitos ").name(first["all"]).say(" ja ").name(other_last["all"]).say("! ").look(look).say(" toimii.")
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
        m.say("On Tue, 1 Dec 2026 at 14:02, ").name(first, last).say(" <").entity(email(first, last), "EMAIL") \
            .say("> wrote:\n> Is ").look(look).say(" fixed yet?\n\nNot yet, ").name(first).say(" - I've asked ") \
            .name(other_last).say(".")
    elif kind == 1:
        m.say("Handover 07:00\nOutgoing: ").name(first, last).say("\nIncoming: ").name(other, other_last) \
            .say("\nOpen: ").look(look).say(" (waiting on ").name(third).say(")")
    elif kind == 2:
        m.say("Minutes 1 Dec\nPresent: ").name(first, last).say(", ").name(other).say(", ").name(third, third_last) \
            .say(" (chair)\nApologies: ").name(other_last).say("\nAction: ").name(third).say(" to chase ").look(look) \
            .say(".")
    elif kind == 3:
        m.say("Asset tag,Assigned to,Location\n").look(fill("LT-{4}")).say(",\"").name(last).say(", ").name(first) \
            .say("\",").look(look)
    elif kind == 4:
        m.say("New starter: ").name(first, last).say(", starts Monday. Line manager: ").name(other, other_last) \
            .say(". Needs access to ").look(look).say(".")
    elif kind == 5:
        m.say("Hi ").name(first).say(" / Hei ").name(first).say(",\nyour password expires tomorrow / salasanasi vanhenee: ") \
            .look(look).say(".\n-").name(other)
    elif kind == 6:
        m.say("Owner: ").name(last).say(" / ").name(other_last).say(", see ").look(look)
    elif kind == 7:
        m.name(initial(first), last).say(" approved it, ").look(look).say(" ordered.")
    elif kind == 8:
        m.name(R.choice(NICKS_EN)).say(" says ").look(look).say(" is down again.")
    elif kind == 9:
        m.say("cc: ").name(first, last).say("; ").name(other, other_last).say("\nRe: ").look(look)
    elif kind == 10:
        m.say("Leaver: ").name(first, last).say(" (last day Fri), revoke ").look(look).say(" and move files to ") \
            .name(other).say(".")
    elif kind == 11:
        m.name(first).say(" borrowed the projector; ").look(look).say(" is booked till 3.")
    elif kind == 12:
        m.name(first).say("'s laptop is with ").name(other_last).say("'s team, ").look(look).say(" pending.")
    elif kind == 13:
        m.say("As per ").name(first).say("'s email, ").look(look).say(" is deprecated.")
    elif kind == 14:
        m.say("Assigned to: ").name(last).say(", ").name(first).say(" (L2)\nCategory: ").look(look)
    elif kind == 15:
        m.name(first).say(" reckons ").look(look).say(" is the culprit.")
    elif kind == 16:
        m.say("Expenses to ").entity(iban(), "IBAN", "subject").say(", approver ").name(other, other_last).say(".")
    elif kind == 17:
        m.say("Card ").entity(card(), "PAYMENT_CARD", "subject").say(" lost, ").look(look).say(" blocked.")
    elif kind == 18:
        vn_first, vn_last = R.choice(VIETNAMESE[0]), R.choice(VIETNAMESE[1])
        m.say("Interpreter ").name(vn_last["nom"], "Thi", vn_first["nom"]).say(" needs a guest account, tel. ") \
            .entity(abroad(), "PHONE").say(".")
    elif kind == 19:
        m.say("thx ").name(first.lower()).say(", ").look(look).say(" works now")
    elif kind == 20:
        m.say("Voicemail from ").name(first, last).say(": call back on ").entity(mobile(), "PHONE").say(" re ") \
            .look(look).say(".")
    elif kind == 21:
        m.say("Reported by: ").name(first, last).say(" | Affected: ").look(look)
    elif kind == 22:
        m.look(look).say(" is back up.\n\nRegards\nService Desk / Palvelupiste")
    elif kind == 23:
        m.name(f, l, role="subject").say(" here, ").look(look).say(" won't open. Ring me on ") \
            .entity(landline(), "PHONE", "subject").say(".")
    elif kind == 24:
        m.say("Personal identity code ").entity(hetu(), "NATIONAL_ID", "subject").say(" for the payroll record, ") \
            .look(look).say(" needs it.")
    elif kind == 25:
        m.say("Thanks to ").name(first).say(" and ").name(other_last).say(", ").look(look).say(" is fine.")
    elif kind == 26:
        m.say("Spoke with ").name(initial(other), other_last).say(" (").name(first).say("'s deputy) about ") \
            .look(look).say(".")
    elif kind == 27:
        m.say("Escalated to ").name(first, last).say("/").name(other, other_last).say(", ").look(look).say(" still open.")
    elif kind == 28:
        m.name(first).say(" from ").look(look).say(" called.")
    else:
        m.say("Met ").name(first).say(" at ").look(look).say("; ").name(other).say(" will follow up.")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-8", 600, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
