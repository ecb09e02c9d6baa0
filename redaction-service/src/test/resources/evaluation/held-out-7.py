#!/usr/bin/env python3
"""Generates the seventh held-out set (held-out-7.jsonl), written before the engine was run on it, with
kinds of text the earlier sets lack: incident post-mortems and their timelines, on-call and shift
rosters, exported Teams and Slack chat (time stamps, display names "Sukunimi Etunimi" and
"Last, First", @mentions), SMS-style short text, log lines and stack traces that carry user names
and e-mail addresses, CSV exports, audit trails, signatures with titles and departments, delivery
addresses whose street is named after a person (Runeberginkatu, Mannerheimintie: places, not
people). Names are new to the sets: Finland-Swedish surnames in Finnish cases (Ehrnrooth,
Åkerlund, Forsström: Ehrnroothille, Åkerlundin), double surnames (Virtanen-Korhonen,
Virtanen-Korhoselle), "von" and "af" names (von Essen, af Forselles), Finnish given names that are
words (Lumi, Tuuli, Aamu, Sulo, Oiva, Helmi, Into, Valo, Rauha, Usko) and surnames that are (Kataja,
Lumme, Saari, Joki, Pelto, Tähti), English given names that are words (Grace, Hope, Will, Mark, Bill,
Rose, Faith, Hazel, Pearl, Sunny, Cliff, Wade) and surnames that are (Carpenter, Shepherd, Marsh,
Steele, Frost, Sharp, Little, Black, Noble, Moody), names coordinated with "ja" / "and" in every
case, and names of Estonian, Polish, Greek, Persian, Indian, Nigerian, Zimbabwean, South African,
Italian, Kazakh, Japanese and Balkan origin. The words behind the names appear as words too, and
so do look-alikes named with English words or people's names (Swift payments, Crystal Reports,
Jenkins, Hudson, Ruby, the Julia language, Ada, Posti, Alma Media, Stockmann, Fazer) and the agent's
"Service Desk" sign-off (unlabelled, as in the earlier sets). Numbers: Finnish mobiles and
landlines, foreign numbers; identity codes, IBANs and cards of the subject.
Same format as evaluation-set.jsonl; 700 messages, half Finnish.
Deterministic: python3 held-out-7.py > held-out-7.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(7770447)


FI_FIRST = [inflect("Lumi"), inflect("Tuuli"), inflect("Aamu"), inflect("Sulo"), inflect("Oiva"),
            inflect("Helmi"), inflect("Into", "Inno", "Into"), inflect("Valo"), inflect("Rauha"), inflect("Usko"),
            inflect("Eino"), inflect("Väinö"), inflect("Aino"), inflect("Kerttu", "Kertu", "Kerttu"), inflect("Paavo"),
            inflect("Ilmari"), inflect("Tapio"), inflect("Mervi"), inflect("Sirpa", "Sirpa"), inflect("Tarja")]
FI_LAST = [nen("Tuominen"), nen("Lehtinen"), nen("Aaltonen"), nen("Peltonen"), nen("Valtonen"), nen("Halonen"),
           nen("Virtanen-Korhonen"), nen("Mäkelä-Lehtonen"), inflect("Mattila"),
           inflect("Vainio"), inflect("Koskela"), inflect("Kuusisto"), inflect("Kataja"), inflect("Haapala"),
           inflect("Lumme", "Lumpee", "Lumme", par="Lummetta", ill="Lumpeeseen"), inflect("Saari", "Saare", par="Saarta"),
           inflect("Joki", "Joe", "Joke"), inflect("Pelto", "Pello", "Pelto"), inflect("Tähti", "Tähde", par="Tähteä")]
SWEDISH_LAST = [foreign(n) for n in ("Ehrnrooth", "Åkerlund", "Forsström", "Holmberg", "Grönroos", "Söderholm",
                                      "Westerlund", "Blomqvist", "Ekholm", "Nyström", "von Essen", "af Forselles",
                                      "von Bonsdorff")]
OTHER_FIRST = [foreign(n) for n in ("Tiit", "Margus", "Wojciech", "Małgorzata", "Nikos", "Eleni", "Arash", "Parisa",
                                     "Ravi", "Deepa", "Ifeoma", "Tendai", "Chiara", "Matteo", "Aigerim", "Nurlan",
                                     "Sipho", "Thandiwe", "Haruto", "Jasmina", "Goran", "Sanjay")]
OTHER_LAST = [foreign(n) for n in ("Tamm", "Kask", "Wiśniewska", "Papadopoulos", "Karimi", "Nair", "Adeyemi", "Moyo",
                                    "Bianchi", "Esposito", "Bekova", "Ndlovu", "Sato", "Kovačević", "Petrović")]
EN_FIRST = ["Grace", "Hope", "Will", "Mark", "Bill", "Rose", "Faith", "Hazel", "Pearl", "Sunny", "Cliff", "Wade",
            "Alistair", "Bronwyn", "Cormac", "Delphine", "Everett", "Gwen", "Lachlan", "Morven", "Percy", "Tamsin"]
EN_LAST = ["Carpenter", "Shepherd", "Marsh", "Steele", "Frost", "Sharp", "Little", "Black", "Noble", "Moody",
           "Fletcher", "Bishop", "Ashworth", "Pemberton", "Oyelaran", "Kowalski", "Dunbar", "Llewellyn", "Okoro",
           "Hargreaves", "Whitlock"]
DOMAINS = ["energia.example.fi", "satama.example.fi", "kunta.example.fi", "media.example.com", "ops.example.io",
           "clinic.example.org"]
DEPARTMENTS_FI = ["Talous ja hallinto", "Henkilöstöpalvelut", "Kiinteistöt", "Tietohallinto", "Asiakaspalvelu"]
DEPARTMENTS_EN = ["Finance & Procurement", "People Operations", "Facilities", "Platform Engineering", "Customer Care"]
TITLES_FI = ["Palvelupäällikkö", "Controller", "Järjestelmäasiantuntija", "Henkilöstösihteeri", "Tiiminvetäjä"]
TITLES_EN = ["Service Manager", "Senior Accountant", "Site Reliability Engineer", "HR Advisor", "Team Lead"]

STREETS_FI = ["Runeberginkatu {2} A", "Mannerheimintie {2}", "Topeliuksenkatu {1}", "Snellmaninkatu {2} B",
              "Lönnrotinkatu {2}", "Fredrikinkatu {2} C", "Sibeliuksenkatu {1}", "Agricolankatu {1}"]
STREETS_EN = ["12 Nelson Street", "4 Victoria Road", "Gladstone Place", "88 Wellington Avenue", "Churchill Way",
              "3 Raglan Terrace", "Cromwell Road", "Elgin Crescent"]
LOOK_FI = ["Posti", "Postin", "Alma Media", "Stockmannin", "Fazerin", "Jenkins-putki", "Hudson-palvelin",
           "Ruby-kirjasto", "Julia-ympäristö", "Ada-kääntäjä", "Swift-maksut", "Crystal Reports", "Grafana", "Kibana",
           "PagerDuty", "Splunk", "Tableau", "Teams-kanava", "Slack", "Mannerheimintien toimisto", "Pasilan konesali",
           "Keilaniemen kampus", "Kuopion yksikkö", "Vaasassa", "häiriö INC-{6}", "muutos RFC-{4}", "build #{4}",
           "PR #{3}", "pod api-{3}", "versio 7.{1}.{2}", "klo 02.14", "ke 2.12.", "19,90 €", "vko 50", "Lumi-projekti",
           "Tuuli-tiimi"]
LOOK_EN = ["Swift payments", "Crystal Reports", "Jenkins pipeline", "the Hudson server", "Ruby on Rails",
           "the Julia language", "the Ada compiler", "Alma Media", "a Posti parcel", "Grafana", "Kibana", "PagerDuty",
           "Splunk", "Tableau", "Slack", "Morgan Stanley portal", "Ernst & Young audit", "Johnson Controls panel",
           "Sharp printer", "Black Friday sale", "Noble gas sensor", "Grace period", "Bill of materials", "Will Street site",
           "incident INC-{6}", "RFC-{4}", "build #{4}", "PR #{3}", "pod api-{3}", "v7.{1}.{2}", "at 02:14",
           "Wed 2 Dec", "EUR 19.90", "week 50", "Project Frost", "Team Heron"]
WORDS_FI = [("", "Lumi", " katkaisi sähköt yöllä, palvelin sammui."), ("Kova ", "tuuli", " katkaisi radiolinkin."),
            ("", "Tuulen", " takia masto on kallellaan."), ("", "Aamun", " ajot epäonnistuivat."),
            ("", "Oiva", " idea, kokeillaan sitä."), ("", "Onneksi", " varmuuskopio oli tallessa."),
            ("", "Rauhassa", " ehtii korjata huomenna."), ("", "Helmikuussa", " vaihdetaan kaikki näytöt."),
            ("Ei ole ", "intoa", " asentaa kaikkea uudelleen."), ("", "Saaren", " toimipisteessä ei ole verkkoa."),
            ("", "Joen", " yli kulkeva kaapeli katkesi."), ("Punainen ", "valo", " vilkkuu kytkimessä."),
            ("", "Usko", " tai älä, se toimii nyt."), ("Tähän ", "helmi", "taulun kuvaan ei saa koskea."),
            ("", "Pellon", " laidalla ei ole kuuluvuutta."), ("", "Katajan", " takana on huoltokaivo.")]
WORDS_EN = [("", "Grace", " period ends on Friday."), ("", "Hope", " you had a good weekend."),
            ("", "Will", " check and revert."), ("", "Mark", " the alert as acknowledged."),
            ("", "Bill", " it to cost centre 4410."), ("Costs ", "rose", " by 4 % after the change."),
            ("", "Frost", " on the antenna again this morning."), ("", "Sharp", " drop in traffic at 02:10."),
            ("", "Little", " progress overnight, sorry."), ("", "Black", " screen after the update."),
            ("", "Noble", " effort, but it is still down."), ("", "Sunny", " side: no data was lost."),
            ("", "Faith", " in the vendor is running low."), ("Please ", "mark", " it done."),
            ("We ", "will", " restart at 18:00."), ("The ", "shepherd", " hut by the mast has no power.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "046", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}{rest}", f"{prefix} {rest[:4]} {rest[4:]}",
                     f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}", f"+358{prefix[1:]}{rest}"])


def landline():
    area = R.choice(["09", "02", "03", "05", "06", "013", "019"])
    rest = str(R.randint(2000000, 8999999))[:9 - len(area)]
    return R.choice([f"{area} {rest[:3]} {rest[3:]}", f"{area} {rest}", f"{area}-{rest}", f"+358 {area[1:]} {rest}"])


def abroad():
    return R.choice([f"+372 5{digits(3)} {digits(4)}", f"+48 512 {digits(3)} {digits(3)}",
                     f"+30 69{digits(2)} {digits(3)} {digits(3)}", f"+98 912 {digits(3)} {digits(4)}",
                     f"+234 802 {digits(3)} {digits(4)}", f"+263 77 {digits(3)} {digits(4)}",
                     f"+27 82 {digits(3)} {digits(4)}", f"+81 90 {digits(4)} {digits(4)}",
                     f"+44 7{digits(3)} {digits(6)}", f"+46 73 {digits(3)} {digits(2)} {digits(2)}"])


def plain(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("ł", "l"), ("ś", "s"), ("č", "c"), ("ć", "c"), (" ", ""),
                 ("'", "")):
        out = out.replace(a, b)
    return out


def email(first, last):
    f, l = plain(first).replace("-", ""), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f}", f"{f}.{l}.ext"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(40, 99)), ("A", R.randint(0, 8)), ("B", R.randint(0, 9))]))


def iban():
    full = identifiers.iban(R, "FI", digits(14))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    n = identifiers.luhn(R, R.choice(["4", "52", "54"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def person_fi():
    """A first name and surname as case forms: Finnish (with a Finland-Swedish surname one time in
    four), or one time in three of another origin."""
    if R.random() < 1 / 3:
        return R.choice(OTHER_FIRST), R.choice(OTHER_LAST + SWEDISH_LAST + FI_LAST)
    return R.choice(FI_FIRST), R.choice(SWEDISH_LAST if R.random() < 0.25 else FI_LAST)


def person_en():
    """An English first name and surname, or (one time in three) a pair from the Finnish set's."""
    if R.random() < 2 / 3:
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
    kind = R.randrange(36)
    if kind == 0:
        m.say("Häiriöraportti ").look(fill("INC-{6}")).say("\nAikajana:\n02.14 hälytys, päivystäjänä ") \
            .name(first["nom"], last["nom"]).say("\n02.31 ").name(other["nom"]).say(" eskaloi ").name(third_last["all"]) \
            .say("\n03.05 ").look(look).say(" palautettu\nJuurisyy: levy täynnä")
    elif kind == 1:
        m.say("Päivystysvuorot vko 50\nma–ti: ").name(first["nom"], last["nom"]).say("\nke–to: ") \
            .name(other["nom"], other_last["nom"]).say("\npe–su: ").name(third["nom"]).say("\nVaralla: ") \
            .name(third_last["nom"])
    elif kind == 2:
        m.say("[9.14] ").name(last["nom"], first["nom"]).say("\nonko ").look(look).say(" nurin?\n[9.16] ") \
            .name(other_last["nom"], other["nom"]).say("\nkatson, hetki")
    elif kind == 3:
        m.say("[09:14] ").name(first["nom"].lower()).say(": ").look(look).say(" kaatui taas\n[09:15] ") \
            .name(other["nom"].lower()).say(": kysy ").name(third["all"].lower()).say(", se tietää")
    elif kind == 4:
        m.say("moi! kone valmis, haettavissa huomenna. soita jos kysyttävää ").entity(mobile(), "PHONE") \
            .say(" t. ").name(other["nom"])
    elif kind == 5:
        m.say("2026-12-01T02:14:07Z WARN auth: login failed for user=").entity(email(first["nom"], last["nom"]), "EMAIL") \
            .say(" (").name(first["nom"], last["nom"]).say("), ").look(look)
    elif kind == 6:
        m.say("Virhe lokissa:\njava.lang.IllegalStateException: owner ").name(first["nom"], last["nom"]) \
            .say(" not found\n\tat fi.example.sync.Owners.find(Owners.java:42)\nKoskee: ").look(look)
    elif kind == 7:
        m.look(look).say(" ei toimi.\n\nYstävällisin terveisin\n").name(f, l, role="subject") \
            .say("\n" + R.choice(TITLES_FI) + " | " + R.choice(DEPARTMENTS_FI) + "\np. ").entity(landline(), "PHONE", "subject")
    elif kind == 8:
        m.say("Toimitusosoite: ").look(fill(R.choice(STREETS_FI))).say(", 00100 Helsinki, vastaanottaja ") \
            .name(first["nom"], last["nom"])
    elif kind == 9:
        m.say("Ilmoitin ").name(other_last["all"]).say(", että ").look(look).say(" on taas kunnossa.")
    elif kind == 10:
        m.name(first["nom"], last["nom"]).say(" siirtyi ").look(look).say(" -tiimiin, lähetä tunnukset ") \
            .name(last["all"]).say(".")
    elif kind == 11:
        m.say("Puheenjohtaja ").name(first["nom"], R.choice(SWEDISH_LAST)["nom"]).say(" pyytää pääsyä, ") \
            .look(look).say(" ei aukea.")
    elif kind == 12:
        m.name(first["nom"]).say(" on sairaana, ").name(first["gen"]).say(" tiketit siirretään ") \
            .name(other["all"]).say(".")
    elif kind == 13:
        m.name(first["nom"]).say(" ja ").name(other["nom"]).say(" hoitavat ").look(look).say(" yhdessä.")
    elif kind == 14:
        m.say("Tilatkaa ").name(first["gen"]).say(" ja ").name(other["gen"]).say(" koneet, ").look(look) \
            .say(" odottaa niitä.")
    elif kind == 15:
        m.say("klo 14.02 ").name(first["nom"]).say(" soitti: ").look(look).say(" ei lataudu.")
    elif kind == 16:
        m.say("@").name(first["nom"], last["nom"]).say(" katsotko ").look(look).say("?")
    elif kind == 17:
        m.say("Tiketin historia:\n1.12. 8.02 avannut ").name(first["nom"], last["nom"]).say("\n1.12. 9.10 siirretty: ") \
            .name(other["nom"], other_last["nom"]).say("\n2.12. ratkaistu, ").look(look)
    elif kind == 18:
        m.say("Sukunimi;Etunimi;Puhelin\n").name(last["nom"]).say(";").name(first["nom"]).say(";") \
            .entity(mobile(), "PHONE").say("\n").name(other_last["nom"]).say(";").name(other["nom"]).say(";") \
            .entity(landline(), "PHONE")
    elif kind == 19:
        m.name(first["ade"]).say(" on avaimet konesaliin, ").look(look).say(" vaatii niitä.")
    elif kind == 20:
        m.say("Odotetaan vielä ").name(other["par"]).say(", ennen kuin ").look(look).say(" otetaan käyttöön.")
    elif kind == 21:
        m.say("Olen yhteydessä ").name(last["ill"]).say(" huomenna, ").look(look).say(" siirtyy.")
    elif kind == 22:
        m.say("Henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject").say(", pyydän ").look(look).say(" -tunnukset.")
    elif kind == 23:
        m.say("Kulukorvaus tilille ").entity(iban(), "IBAN", "subject").say(" (").name(f, l, role="subject") \
            .say("), kuitti liitteenä.")
    elif kind == 24:
        m.say("Kortilta ").entity(card(), "PAYMENT_CARD", "subject").say(" veloitettiin kahdesti, ").look(look) \
            .say(".")
    elif kind == 25:
        m.look(look).say(" on korjattu, kokeilkaa uudelleen.\n\nTerveisin\nService Desk")
    elif kind == 26:
        m.look(R.choice(["Posti", "Alma Media", "Fazer", "Stockmann"])).say(" toimitti paketin, ").name(first["nom"]) \
            .say(" kuittasi sen.")
    elif kind == 27:
        m.say("soita ").name(first["all"].lower()).say(" ku ehit, ").look(look).say(" taas jumissa")
    elif kind == 28:
        m.name(first["nom"], last["nom"]).say(" <").entity(email(first["nom"], last["nom"]), "EMAIL") \
            .say("> lisätty ryhmään ").look(look).say(".")
    elif kind == 29:
        m.say(R.choice(TITLES_FI) + " ").name(first["nom"], last["nom"]).say(" hyväksyi hankinnan, ").look(look) \
            .say(" tilataan.")
    elif kind == 30:
        m.say("Käyttäjä \"").name(first["nom"], last["nom"]).say("\" on lukittu, ").look(look).say(" ei päästä sisään.")
    elif kind == 31:
        m.say("Hyväksyjä: ").name(first["nom"], last["nom"]).say(" (varalla ").name(other["nom"], other_last["nom"]) \
            .say(")")
    elif kind == 32:
        m.say("Kokous ").name(other_last["gen"]).say(" kanssa siirtyi, ").look(look).say(" ensin.")
    elif kind == 33:
        m.say("Tämä koskee ").name(first["ela"]).say(" ja ").name(other["ela"]).say(" tehtyjä muutoksia, ") \
            .look(look).say(".")
    elif kind == 34:
        m.name(first["nom"]).say(" kirjoitti Teamsissa, että ").look(look).say(" on hidas. ").name(first["all"]) \
            .say(" vastattu.")
    else:
        m.say("Hei ").name(first["nom"]).say("!\n").look(look).say(" palautettu klo 03.05. Raportti tulee huomenna.\n– ") \
            .name(other["nom"])
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
        m.say("Post-incident review ").look(fill("INC-{6}")).say("\nTimeline (UTC):\n02:14 alert fired, on call: ") \
            .name(first, last).say("\n02:31 ").name(other).say(" paged ").name(third_last).say("\n03:05 ").look(look) \
            .say(" restored\nRoot cause: disk full")
    elif kind == 1:
        m.say("On-call rota wk 50\nMon-Tue: ").name(first, last).say("\nWed-Thu: ").name(other, other_last) \
            .say("\nFri-Sun: ").name(third).say("\nBackup: ").name(third_last)
    elif kind == 2:
        m.say("[9:14 AM] ").name(last).say(", ").name(first).say("\nis ").look(look).say(" down?\n[9:16 AM] ") \
            .name(other_last).say(", ").name(other).say("\nlooking now")
    elif kind == 3:
        m.say("[09:14] ").name(first.lower()).say(": ").look(look).say(" fell over again\n[09:15] ") \
            .name(other.lower()).say(": ask ").name(third.lower()).say(", they know")
    elif kind == 4:
        m.say("hi, laptop ready for pickup tmrw. call if q's ").entity(mobile(), "PHONE").say(" - ").name(other)
    elif kind == 5:
        m.say("2026-12-01T02:14:07Z WARN auth: login failed for user=").entity(email(first, last), "EMAIL") \
            .say(" (").name(first, last).say("), ").look(look)
    elif kind == 6:
        m.say("From the log:\njava.lang.IllegalStateException: owner ").name(first, last) \
            .say(" not found\n\tat com.example.sync.Owners.find(Owners.java:42)\nAffects: ").look(look)
    elif kind == 7:
        m.look(look).say(" is failing.\n\nBest wishes,\n").name(f, l, role="subject") \
            .say("\n" + R.choice(TITLES_EN) + " | " + R.choice(DEPARTMENTS_EN) + "\nT: ").entity(landline(), "PHONE", "subject")
    elif kind == 8:
        m.say("Deliver to: ").name(first, last).say(", ").look(fill(R.choice(STREETS_EN))).say(", Leeds LS1 4AP")
    elif kind == 9:
        m.say("I let ").name(other_last).say(" know that ").look(look).say(" is fixed.")
    elif kind == 10:
        m.name(first, last).say(" moved to the ").look(look).say(" team; send the credentials to ").name(last).say(".")
    elif kind == 11:
        m.say("Chair ").name(first, R.choice(SWEDISH_LAST)["nom"]).say(" asks for access, ").look(look) \
            .say(" won't open.")
    elif kind == 12:
        m.name(first).say(" is off sick; ").name(first).say("'s tickets go to ").name(other).say(".")
    elif kind == 13:
        m.name(first).say(" and ").name(other).say(" are handling ").look(look).say(" together.")
    elif kind == 14:
        m.say("Please order laptops for ").name(first).say(" and ").name(other, other_last).say(", ").look(look) \
            .say(" is waiting on them.")
    elif kind == 15:
        m.say("14:02 ").name(first).say(" rang: ").look(look).say(" won't load.")
    elif kind == 16:
        m.say("@").name(first, last).say(" can you look at ").look(look).say("?")
    elif kind == 17:
        m.say("Ticket history:\n1 Dec 08:02 opened by ").name(first, last).say("\n1 Dec 09:10 reassigned to ") \
            .name(other, other_last).say("\n2 Dec resolved, ").look(look)
    elif kind == 18:
        m.say("last_name,first_name,phone\n").name(last).say(",").name(first).say(",").entity(abroad(), "PHONE") \
            .say("\n").name(other_last).say(",").name(other).say(",").entity(mobile(), "PHONE")
    elif kind == 19:
        m.name(first).say(" has the keys to the server room, ").look(look).say(" needs them.")
    elif kind == 20:
        m.say("We're still waiting on ").name(other).say(" before ").look(look).say(" goes live.")
    elif kind == 21:
        m.say("I'll reach out to ").name(last).say(" tomorrow; ").look(look).say(" slips.")
    elif kind == 22:
        m.say("Expenses to ").entity(iban(), "IBAN", "subject").say(" please (").name(f, l, role="subject") \
            .say("), receipt attached.")
    elif kind == 23:
        m.say("Card ").entity(card(), "PAYMENT_CARD", "subject").say(" was charged twice, ").look(look).say(".")
    elif kind == 24:
        m.say("sms from ").name(first).say(": running late, start without me")
    elif kind == 25:
        m.look(look).say(" has been fixed, please try again.\n\nKind regards\nService Desk")
    elif kind == 26:
        m.look(R.choice(["Posti", "Alma Media", "Jenkins", "Hudson"])).say(" flagged it and ").name(first) \
            .say(" signed it off.")
    elif kind == 27:
        m.say("ping ").name(first.lower()).say(" when u can, ").look(look).say(" stuck again")
    elif kind == 28:
        m.name(first, last).say(" <").entity(email(first, last), "EMAIL").say("> added to group ").look(look).say(".")
    elif kind == 29:
        m.say(R.choice(TITLES_EN) + " ").name(first, last).say(" approved the purchase, ").look(look) \
            .say(" will be ordered.")
    elif kind == 30:
        m.say("User \"").name(first, last).say("\" is locked out of ").look(look).say(".")
    elif kind == 31:
        m.say("Approver: ").name(first, last).say(" (deputy: ").name(other, other_last).say(")")
    elif kind == 32:
        m.say("The meeting with ").name(other_last).say(" moved; ").look(look).say(" first.")
    elif kind == 33:
        m.say("This concerns changes by ").name(first).say(" and ").name(other).say(" to ").look(look).say(".")
    elif kind == 34:
        m.name(first).say(" wrote in Slack that ").look(look).say(" is slow. Replied to ").name(first).say(".")
    else:
        m.say("Hi ").name(first).say("!\n").look(look).say(" restored at 03:05. Report to follow.\n- ").name(other)
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-7", 700, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
