#!/usr/bin/env python3
"""Generates the tenth held-out set (held-out-10.jsonl), written before the engine was run on it, with
kinds of service-desk text the earlier sets lack: voicemail as speech-to-text writes it (all lower case,
no punctuation, numbers as digits or as words), ticket auto-notifications ("Tiketti INC… on siirretty
käsittelijälle …", "Assigned to:", "Caller:"), ServiceNow work notes ("2026-12-01 09:14:22 - … (Work
notes)"), Jira notifications ("… muutti tilaa", "… changed the Assignee to '…'"), calendar invitations
with organisers and attendee lists (one a line, "Last, First" between semicolons, "- optional"), onboarding
checklists ("[ ] Buddy nimetty (…)"), leavers' returns, Teams notifications ("… mainitsi sinut", "…
shared a file with you", "… reacted to your message"), on-call SMS, security alerts naming the user, and
Outlook headers with the surname first ("Lähettäjä: Heinonen Aatu <…>").
Names are new to the sets: Sámi, Estonian, Somali, Vietnamese, Turkish, Hungarian, German, Spanish, Dutch,
Portuguese, Nepali and Korean names in the Finnish cases and in English text; surname particles (von der
Heide, de la Fuente, van den Berg, de Vries, da Silva, dos Santos), two Spanish surnames (Ruiz Moreno),
double-barrelled Finnish surnames (Mäntylä-Laitinen, Meikäläinen-Virtanen) in the cases; initials before
and after the surname ("J. Pärn", "Jokinen N.": only the name is labelled, the initial is neither a value
nor a look-alike); Finnish nicknames (Pekkis, Villu, Jukkis, Sakke, Pirre, Mikke) and English short forms
(Jen, Gaz, Dom, Kat, Bex, Tash, Ollie, Raj); Finnish given names and surnames that are words (Pilvi, Taimi,
Suvi, Jalo, Kaino, Vieno, Lilja, Orvokki, Aatos; Haapa, Leppä, Varis, Sorsa, Joutsen, Peura, Hauki, Lohi,
Viita, Vaara, Kangas, Laakso, Lampi, Järvi) and English ones (Willow, Skye, Jade, Scarlett, Misty, Rocky,
Chip, Duke, Earl, Gene, Norm, Patience, Melody, River; Cooper, Archer, Mills, Booth, Wolfe, Pope, Birch,
Gill, Moss, Reed, Nash, Cole), also in lower-case chat ("kysy pilviltä", "ask norm").
Look-alikes are new: rooms, halls and pastries named after people (neuvotteluhuone Sibelius, the Lovelace
room, Kaisa-talo, Runebergin torttu), firms named after people (Wärtsilä, Fiskars, Sinebrychoff, Ahlstrom,
McKinsey, Deloitte, Sainsbury's, Kellogg's, John Lewis, Baker McKenzie, Ben & Jerry's), assistants
(Alexa, Siri, Cortana), ships and storms (MS Finlandia, Viking Cinderella, jäänmurtaja Otso, Storm Ciarán,
Storm Babet), places and streets (Inarin toimisto, Leppävaaran toimisto, Keilaniemi, Aleksanterinkatu,
Hämeenkatu, Canary Wharf, King's Cross, St Albans, Oxford Street), and the set's names as words (Varis
istui antennilla, Hauki, Pilvi, Kangas; River, Chip, Moss, Reed, Duke).
Same format as evaluation-set.jsonl; 640 messages, half Finnish.
Deterministic: python3 held-out-10.py > held-out-10.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(10101971)

FI_FIRST = [inflect("Pihla"), inflect("Seela"), inflect("Aatu"), inflect("Veeti"), inflect("Niilo"), inflect("Esko"),
            inflect("Leena"), inflect("Marketta", "Marketa", "Marketta"), inflect("Pentti", "Penti", "Pentti"),
            inflect("Anneli"), inflect("Kyösti")]
FI_WORD_FIRST = [inflect("Pilvi"), inflect("Taimi"), inflect("Suvi"), inflect("Jalo"), inflect("Kaino"), inflect("Vieno"),
                 inflect("Lilja"), inflect("Orvokki", "Orvoki", "Orvokki"), inflect("Aatos", "Aatokse", "Aatokse", par="Aatosta")]
FI_LAST = [nen("Salonen"), nen("Jokinen"), nen("Saarinen"), nen("Heinonen"), nen("Laitinen"), inflect("Mäntylä"),
           nen("Pylkkänen"), inflect("Aro"), nen("Mäntylä-Laitinen"), nen("Meikäläinen-Virtanen"), inflect("Heinonen-Aro")]
FI_WORD_LAST = [inflect("Haapa", "Haava", "Haapa"), inflect("Leppä", "Lepä", "Leppä"),
                inflect("Varis", "Varikse", "Varikse", par="Varista"), inflect("Sorsa"),
                inflect("Joutsen", "Joutsene", "Joutsene", par="Joutsenta"), inflect("Peura"),
                inflect("Hauki", "Haue", "Hauke", par="Haukea"), inflect("Lohi", "Lohe", "Lohe", par="Lohta"),
                inflect("Viita", "Viida", "Viita"), inflect("Vaara"),
                inflect("Kangas", "Kankaa", "Kankaa", par="Kangasta", ill="Kankaaseen"), inflect("Laakso"),
                inflect("Lampi", "Lamme", "Lampe", par="Lampea"), inflect("Järvi", "Järve", "Järve", par="Järveä")]
SAMI = ([foreign("Áile"), inflect("Sunná"), foreign("Jovnna"), inflect("Ovllá")], [foreign(n) for n in ("Länsman", "Valle", "Labba")])
ESTONIAN = ([foreign(n) for n in ("Kärt", "Jaanika", "Rasmus", "Mihkel")],
            [foreign(n) for n in ("Õunapuu", "Pärn", "Lepik", "Kuusik")])
SOMALI = ([foreign(n) for n in ("Ifrah", "Sagal", "Mahad", "Abdiwali")], [foreign(n) for n in ("Hirsi", "Guled", "Dirie", "Egal")])
VIETNAMESE = ([foreign(n) for n in ("Thảo", "Huy", "Quang", "Hồng")], [foreign(n) for n in ("Võ", "Đặng", "Bùi", "Hoàng")])
TURKISH = ([foreign(n) for n in ("Elif", "Burak", "Ayşe", "Mert")], [foreign(n) for n in ("Şahin", "Yıldız", "Çelik", "Aydın")])
HUNGARIAN = ([foreign(n) for n in ("Zsófia", "Bence", "Réka", "Gergely")],
             [inflect("Szabó"), foreign("Kovács"), foreign("Tóth"), inflect("Nagy", "Nagyi", "Nagyi")])
GERMAN = ([foreign(n) for n in ("Jürgen", "Heike", "Wolfgang", "Anke")],
          [foreign(n) for n in ("Schröder", "Hoffmann", "Weiß", "von der Heide")])
SPANISH = ([foreign(n) for n in ("Alejandro", "Carmen", "Javier", "Inés")],
           [foreign(n) for n in ("Pérez", "Ruiz Moreno", "de la Fuente", "Moreno")])
PARTICLES = ([foreign(n) for n in ("Pieter", "Sanne", "João", "Beatriz")],
             [foreign(n) for n in ("van den Berg", "de Vries", "da Silva", "dos Santos")])
NEPALI_KOREAN = ([foreign(n) for n in ("Sujata", "Bikash", "Min-jun", "Ji-woo")], [foreign(n) for n in ("Shrestha", "Gurung", "Choi", "Kang")])
ORIGINS = [SAMI, ESTONIAN, SOMALI, VIETNAMESE, TURKISH, HUNGARIAN, GERMAN, SPANISH, PARTICLES, NEPALI_KOREAN]
NICKS_FI = [inflect("Pekkis", "Pekkikse", "Pekkikse", par="Pekkistä"), inflect("Villu"), inflect("Jukkis", "Jukkikse", "Jukkikse", par="Jukkista"),
            inflect("Sakke", "Sake", "Sakke"), inflect("Pirre", "Pirre", "Pirre"), inflect("Mikke", "Mike", "Mikke")]
EN_WORD_FIRST = ["Willow", "Skye", "Jade", "Scarlett", "Misty", "Rocky", "Chip", "Duke", "Earl", "Gene", "Norm", "Patience",
                 "Melody", "River"]
EN_FIRST = EN_WORD_FIRST + ["Eoin", "Adaeze", "Yusra", "Mateo", "Hamish", "Ines", "Kofi", "Saoirse", "Leopold", "Anouk"]
EN_WORD_LAST = ["Cooper", "Archer", "Mills", "Booth", "Wolfe", "Pope", "Birch", "Gill", "Moss", "Reed", "Nash", "Cole"]
EN_LAST = EN_WORD_LAST + ["Achterberg", "Hakimi", "Delacroix", "Obi", "Lindahl", "Quigley", "Mbeki", "Szymańska",
                          "Fairbairn", "Castellano"]
NICKS_EN = ["Jen", "Gaz", "Dom", "Kat", "Bex", "Tash", "Ollie", "Raj"]
LOWER_EN = ["norm", "gene", "chip", "duke", "earl", "river", "skye", "jade", "rocky", "misty", "melody", "willow"]
DOMAINS = ["kaupunki.example.fi", "yliopisto.example.fi", "vakuutus.example.fi", "logistics.example.com",
           "council.example.gov.uk", "clinic.example.org"]

LOOK_FI = ["neuvotteluhuone Sibelius", "Lovelace-huone", "Kaisa-talo", "Runebergin torttu", "Wärtsilä", "Fiskars",
           "Sinebrychoff", "Ahlstrom", "Marimekko", "Tokmanni", "Kesko", "MS Finlandia", "Viking Cinderella",
           "jäänmurtaja Otso", "Inarin toimisto", "Leppävaaran toimisto", "Keilaniemi", "Aleksanterinkatu 15",
           "Hämeenkatu 9", "Power BI", "M-Files", "Visma", "Severa", "ServiceNow", "Jira", "Confluence", "Alexa",
           "Siri", "Cortana", "Bluetooth", "Teams", "Outlook", "OneDrive", "VPN", "MFA", "INC00{5}", "RITM00{5}",
           "ITPA-{4}", "laite LT-{5}", "huone B{3}", "klo 10.00", "ke 9.12.", "129,00 €", "vko 51", "versio 11.{2}"]
LOOK_EN = ["the Lovelace room", "the Turing room", "McKinsey", "Deloitte", "Sainsbury's", "Kellogg's", "John Lewis",
           "Baker McKenzie", "Ben & Jerry's", "Alexa", "Siri", "Cortana", "Bluetooth", "the MS Finlandia",
           "Storm Ciarán", "Storm Babet", "Canary Wharf", "King's Cross", "St Albans", "Oxford Street",
           "Power BI", "ServiceNow", "Jira", "Confluence", "Teams", "Outlook", "OneDrive", "the VPN", "Okta",
           "Lenovo ThinkPad", "INC00{5}", "RITM00{5}", "ITSD-{4}", "asset LT-{5}", "room B{3}", "at 10:00",
           "Wed 9 Dec", "EUR 129.00", "week 51", "version 11.{2}"]
WORDS_FI = [("", "Varis", " istui antennin päällä koko aamun."), ("", "Hauki", " on kala, ei salasana."),
            ("", "Pilvi", " peitti aurinkopaneelit, tuotto romahti."), ("", "Kangas", " on repeytynyt näytön päältä."),
            ("", "Lampi", " jäätyi, kuituasennus siirtyy."), ("", "Taimikauppa", " tilasi uuden kassapäätteen."),
            ("Aulan ", "suvikukat", " kuivuivat."), ("Kahvihuoneen ", "lilja", " kuivui."),
            ("", "Joutsenmerkki", " löytyy pakkauksesta."), ("Yksi ", "leppäkerttu", " kävelee näppäimistöllä."),
            ("Tuulikaappiin lensi ", "varis", ", ovi jäi auki."), ("", "Peura", " törmäsi huoltoautoon, keikka myöhästyy.")]
WORDS_EN = [("", "River", " flooding closed the Leeds depot."), ("", "Chip", " shortage delays the new laptops."),
            ("", "Moss", " grows on the roof dish."), ("", "Reed", " switches in the old alarm panel failed."),
            ("", "Duke", " of Edinburgh award forms are in the shared drive."), ("", "Patience", ", the update takes an hour."),
            ("", "Misty", " screen after the coffee spill."), ("", "Rocky", " start to the week: two outages.")]
DIGIT_WORDS_FI = ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}{rest}", f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}"])


def spoken_mobile():
    """A mobile number as speech-to-text writes it: digits run together, or each digit a word."""
    number = R.choice(["040", "044", "050"]) + digits(7)
    return number if R.random() < 0.6 else " ".join(DIGIT_WORDS_FI[int(d)] for d in number)


def plain(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("á", "a"), ("é", "e"), ("ó", "o"), ("ü", "u"), ("ß", "ss"),
                 ("õ", "o"), ("ş", "s"), ("ı", "i"), ("ç", "c"), ("ñ", "n"), ("ả", "a"), ("ặ", "a"), ("đ", "d"),
                 ("ồ", "o"), ("ù", "u"), ("à", "a"), ("ã", "a"), ("ń", "n"), (" ", ""), ("'", "")):
        out = out.replace(a, b)
    return out


def email(first, last):
    f, l = plain(first).replace("-", ""), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f}", f"{f}.{l}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(55, 99)), ("A", R.randint(0, 7))]))


def iban():
    full = identifiers.iban(R, "FI", digits(14))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    n = identifiers.luhn(R, R.choice(["4", "51"]), 16)
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
    """An English first name and surname, or (one time in three) a pair from the Finnish set's."""
    if R.random() < 0.67:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first["nom"], last["nom"]


def joined(look, word):
    """The Finnish compound of a look-alike and a word: a hyphen, with a space before it after a name of two words
    (Power BI -lisenssi)."""
    return (" -" if " " in look else "-") + word


def words(m, sentences):
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def finnish(m, f, l, e):
    (first, last), (other, other_last), (third, third_last) = person_fi(), person_fi(), person_fi()
    look = fill(R.choice(LOOK_FI))
    if R.random() < 0.15:
        words(m, WORDS_FI)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        m.say("hei tässä on ").name(f.lower(), l.lower(), role="subject").say(" soitan siitä ").look(look.lower()) \
            .say(" jutusta kun se ei toimi vieläkään soittakaa takaisin numeroon ") \
            .entity(spoken_mobile(), "PHONE", "subject").say(" kiitos hei")
    elif kind == 1:
        m.say("joo moi soitan ").name(other["nom"].lower(), other_last["gen"].lower()).say(" puolesta hänen koneensa ei ") \
            .say("käynnisty ja ").look(look.lower()).say(" pitäis saada huomiseksi kysykää vaikka ") \
            .name(third["abl"].lower()).say(" lisää")
    elif kind == 2:
        m.say("Tiketti INC00").say(digits(5)).say(" on siirretty käsittelijälle ").name(first["nom"], last["all"]) \
            .say(".\nTila: Työn alla\nAihe: ").look(look).say("\nTämä on automaattinen viesti, älä vastaa siihen.")
    elif kind == 3:
        m.say("2026-12-01 09:14:22 EET - ").name(first["nom"], last["nom"]).say(" (Työmuistiinpanot)\nSoitettu ") \
            .say("käyttäjälle, ei vastausta. Odotetaan ").name(other["gen"]).say(" kuittausta, ").look(look) \
            .say(" ennallaan.")
    elif kind == 4:
        m.say("[Jira] (ITPA-").say(digits(4)).say(") Läppärin vaihto\n").name(first["nom"], last["nom"]) \
            .say(" muutti tilaa: Avoin → Työn alla\nVastuuhenkilö: ").name(other["nom"], other_last["nom"]) \
            .say("\nKomponentti: ").look(look)
    elif kind == 5:
        m.say("Kutsu: Päivitysten läpikäynti\nAika: ke 9.12.2026 10.00–11.00\nPaikka: ").look(look) \
            .say("\nJärjestäjä: ").name(first["nom"], last["nom"]).say("\nPakolliset osallistujat: ") \
            .name(other_last["nom"], other["nom"]).say("; ").name(third_last["nom"], third["nom"]) \
            .say("\nValinnaiset osallistujat: ").name(f, l, role="subject")
    elif kind == 6:
        m.say("Uusi työntekijä: ").name(first["nom"], last["nom"]).say(" (aloittaa 4.1.)\nEsihenkilö: ") \
            .name(other["nom"], other_last["nom"]).say("\n[x] Tunnukset luotu\n[ ] Kone: ").look(look) \
            .say("\n[ ] Buddy nimetty (").name(third["nom"]).say(")")
    elif kind == 7:
        m.say("Lähettäjä: ").name(last["nom"], first["nom"]).say(" <") \
            .entity(email(first["nom"], last["nom"]), "EMAIL").say(">\nLähetetty: tiistai 1. joulukuuta 2026 9.14\n") \
            .say("Vastaanottaja: Service Desk\nAihe: VS: ").look(look).say("\n\nHei, katsoisitteko tämän?")
    elif kind == 8:
        m.say("Siirsin pyynnön ").name(first["nom"], R.choice(FI_LAST[8:])["all"]).say(", hän hoitaa ").look(look) \
            .say(joined(look, "asiat."))
    elif kind == 9:
        m.say("Hyväksyjä: ").name(last["nom"]).say(" ").say(first["nom"][0]).say(".\nTilaus: ").look(look) \
            .say("\nHyväksytty 1.12.2026")
    elif kind == 10:
        m.say(first["nom"][0]).say(". ").name(last["nom"]).say(" lähetti lokit, ").look(look).say(" kaatuu yhä.")
    elif kind == 11:
        m.name(R.choice(NICKS_FI)["nom"]).say(" lupas kattoo ").look(look).say(joined(look, "jutun huomenna."))
    elif kind == 12:
        m.say("kysy ").name(R.choice(NICKS_FI)["abl"].lower()).say(" tai ").name(R.choice(FI_WORD_FIRST)["abl"].lower()) \
            .say(", ne tietää ").look(look.lower()).say(joined(look, "asetuksista"))
    elif kind == 13:
        m.name(R.choice(FI_WORD_FIRST)["nom"].lower()).say(" on lomalla, ").look(look.lower()).say(" odottaa sitä")
    elif kind == 14:
        firsts, lasts = SAMI
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["gen"]).say(" kone ").look("Inarin toimistossa") \
            .say(" ei saa verkkoa.")
    elif kind == 15:
        firsts, lasts = R.choice(ORIGINS)
        m.say("Laitoin ").name(R.choice(firsts)["nom"], R.choice(lasts)["all"]).say(" viestin, ").look(look) \
            .say(" on tilattu.")
    elif kind == 16:
        firsts, lasts = R.choice(ORIGINS)
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["gen"]).say(" esihenkilö hyväksyi ").look(look).say(joined(look, "oikeudet."))
    elif kind == 17:
        firsts, lasts = R.choice(ORIGINS)
        m.say("Sain ").name(R.choice(lasts)["abl"]).say(" kuvakaappauksen, ").look(look).say(" näyttää virhettä 0x80070005.")
    elif kind == 18:
        m.say("Lähtijä: ").name(first["nom"], last["nom"]).say(", viimeinen työpäivä 31.12.\nLaitteet palautetaan ") \
            .name(other_last["all"]).say(", ").look(look).say(joined(look, "lisenssi vapautetaan."))
    elif kind == 19:
        m.name(first["nom"], last["nom"]).say(" mainitsi sinut kanavalla Verkko-ongelmat: \"katsotko ").look(look) \
            .say("?\"")
    elif kind == 20:
        m.name(first["nom"], last["nom"]).say(" jakoi kanssasi tiedoston \"").look(look).say(" ohje.docx\"")
    elif kind == 21:
        m.say("PÄIVYSTYS: hälytys ").look(look).say(" klo 02.14. Päivystäjä ").name(first["nom"], last["nom"]).say(" ") \
            .entity(mobile(), "PHONE").say(". Kuittaa vastaamalla OK.")
    elif kind == 22:
        m.say("Henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject").say(" ja tilinumero ") \
            .entity(iban(), "IBAN", "subject").say(", ").look(look).say(" pyysi ne.")
    elif kind == 23:
        m.say("Kortti ").entity(card(), "PAYMENT_CARD", "subject").say(" hylättiin, esimieheni ") \
            .name(other["nom"], other_last["nom"]).say(" tietää.")
    elif kind == 24:
        m.say("Automaattinen vastaus: Olen poissa 18.12. asti. Sijaiseni on ").name(other["nom"], other_last["nom"]) \
            .say(" (").entity(email(other["nom"], other_last["nom"]), "EMAIL").say(").")
    elif kind == 25:
        m.say("Toimitus osoitteeseen ").look(fill(R.choice(["Aleksanterinkatu {1}", "Hämeenkatu {1}", "Kalevankatu {1}"]))) \
            .say(", vastaanottaja ").name(first["nom"], last["nom"]).say(", puh. ").entity(mobile(), "PHONE").say(".")
    elif kind == 26:
        m.say("Palaveri siirtyy: ").look(look).say(". Mukaan myös ").name(first["nom"]).say(" ja ") \
            .name(other["nom"], other_last["nom"]).say(", ").name(third_last["nom"]).say(" ei pääse.")
    elif kind == 27:
        m.name(R.choice(FI_WORD_FIRST)["nom"], R.choice(FI_WORD_LAST)["gen"]).say(" tunnus lukittui, ").look(look) \
            .say(" vaatii MFA:n.")
    elif kind == 28:
        m.look(look[0].upper() + look[1:]).say(" ei vastaa, tarkistetaan iltapäivällä.")
    else:
        m.say("Kopio: ").name(first["nom"], last["nom"]).say(", ").name(other["nom"], other_last["nom"]) \
            .say("\nKiitos ").name(third["all"]).say(" nopeasta avusta, ").look(look).say(" toimii taas!")
    if R.random() < 0.15:
        m.say(" ")
        words(m, WORDS_FI)


def english(m, f, l, e):
    first, last = person_en()
    other, other_last = person_en()
    third, third_last = person_en()
    look = fill(R.choice(LOOK_EN))
    if R.random() < 0.15:
        words(m, WORDS_EN)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        m.say("hi this is ").name(f.lower(), l.lower(), role="subject").say(" calling about ").look(look.lower()) \
            .say(" it still won't let me in can you call me back on ").entity(mobile().replace(" ", ""), "PHONE", "subject") \
            .say(" thanks bye")
    elif kind == 1:
        m.say("yeah hi it's about my manager ").name(first.lower(), last.lower()).say(" he needs access to ") \
            .look(look.lower()).say(" before friday so if you could sort that thanks")
    elif kind == 2:
        m.say("Incident INC00").say(digits(5)).say(" has been assigned to you.\nCaller: ").name(first, last) \
            .say("\nAssigned to: ").name(other, other_last).say("\nShort description: ").look(look).say(" not working")
    elif kind == 3:
        m.say("12-01-2026 09:14:22 - ").name(first, last).say(" (Work notes)\nCalled user, no answer. Will retry after ") \
            .name(other).say("'s stand-up; ").look(look).say(" unchanged.")
    elif kind == 4:
        m.name(first, last).say(" changed the Assignee to '").name(other, other_last).say("' on ITSD-").say(digits(4)) \
            .say(": ").look(look).say(" licence")
    elif kind == 5:
        m.say("Invitation: Patch review @ Wed 9 Dec 2026 10am - 11am (GMT)\nOrganizer: ").name(first, last) \
            .say("\nGuests:\n").name(other, other_last).say("\n").name(third, third_last).say(" - optional\nWhere: ") \
            .look(look)
    elif kind == 6:
        m.say("Required: ").name(last).say(", ").name(first).say("; ").name(other_last).say(", ").name(other) \
            .say("\nOptional: ").name(third, third_last).say("\nSubject: ").look(look).say(" go-live")
    elif kind == 7:
        m.say("On Tue, 1 Dec 2026 at 09:14, ").name(first, last).say(" <").entity(email(first, last), "EMAIL") \
            .say("> wrote:\n> ").look(look[0].upper() + look[1:]).say(" is down again.\n> Cheers, ").name(first)
    elif kind == 8:
        m.say("New starter: ").name(first, last).say("\nLine manager: ").name(other, other_last) \
            .say("\nStart date: 4 Jan\n[ ] Laptop (").look(look).say(")\n[ ] Buddy assigned (").name(third).say(")")
    elif kind == 9:
        firsts, lasts = PARTICLES
        m.say("Signed off by ").name(R.choice(lasts)["nom"]).say(" ").say(R.choice("JPSM")).say(". on 1 Dec; ") \
            .look(look).say(" approved.")
    elif kind == 10:
        m.name(R.choice(NICKS_EN)).say(" reckons ").look(look).say(" is on its last legs.")
    elif kind == 11:
        m.say("ask ").name(R.choice(LOWER_EN)).say(", they set up ").look(look.lower()).say(" last time")
    elif kind == 12:
        m.name(R.choice(LOWER_EN)).say(" fixed it lol, ").look(look.lower()).say(" is back")
    elif kind == 13:
        firsts, lasts = PARTICLES
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" from Procurement needs ").look(look).say(" access.")
    elif kind == 14:
        firsts, lasts = SPANISH
        m.say("Please add ").name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" to the ").look(look) \
            .say(" group.")
    elif kind == 15:
        firsts, lasts = NEPALI_KOREAN
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say("'s laptop was re-imaged; ").look(look) \
            .say(" reinstalled.")
    elif kind == 16:
        firsts, lasts = R.choice([HUNGARIAN, TURKISH, ESTONIAN, SAMI])
        m.say("Spoke with ").name(R.choice(firsts)["nom"]).say(" about ").look(look).say(", ") \
            .name(R.choice(lasts)["nom"]).say(" will confirm.")
    elif kind == 17:
        m.name(first, last).say(" mentioned you in Infra Ops > General: \"can you look at ").look(look).say("?\"")
    elif kind == 18:
        m.name(first, last).say(" shared a file with you: ").look(look).say(" runbook.docx")
    elif kind == 19:
        m.say("Impossible travel alert for ").name(first, last).say(" (").entity(email(first, last), "EMAIL") \
            .say("): sign-ins from Helsinki and ").look(look).say(" within 10 minutes.")
    elif kind == 20:
        m.say("Hi, it's ").name(f, l, role="subject").say(", my ").look(look).say(" keeps asking for a PIN, call me on ") \
            .entity(mobile(), "PHONE", "subject")
    elif kind == 21:
        m.say("Refund to ").entity(iban(), "IBAN", "subject").say(" please, card ").entity(card(), "PAYMENT_CARD", "subject") \
            .say(" was charged twice.")
    elif kind == 22:
        firsts, lasts = VIETNAMESE
        m.say("Caller: ").name(R.choice(lasts)["nom"], "Thị", R.choice(firsts)["nom"]).say(" (surname first), ") \
            .look(look).say(" locked.")
    elif kind == 23:
        m.say("Leaver: ").name(first, last).say(", last day 31 Dec. Return kit to ").name(other).say(" at ") \
            .look(look).say(".")
    elif kind == 24:
        m.say("Out of office until 18 Dec. My cover is ").name(other, other_last).say(" (") \
            .entity(email(other, other_last), "EMAIL").say(").")
    elif kind == 25:
        m.say("Deliver to ").look(fill(R.choice(["{2} Oxford Street", "{1} King's Road", "{2} Victoria Road"]))) \
            .say(", FAO ").name(first, last).say(", tel ").entity(mobile(), "PHONE").say(".")
    elif kind == 26:
        m.name(first, last).say(" reacted 👍 to your message: \"").look(look).say(" is back up\"")
    elif kind == 27:
        m.say("ON-CALL: ").look(look).say(" alert at 02:14. Primary: ").name(first, last).say(", secondary: ") \
            .name(other, other_last).say(". Reply ACK.")
    elif kind == 28:
        m.look(look[0].upper() + look[1:]).say(" is down for maintenance tonight.")
    else:
        m.say("Thanks ").name(first).say(" and ").name(other).say(" for sorting ").look(look).say("; ") \
            .name(third, third_last).say(" will close the ticket.")
    if R.random() < 0.15:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-10", 640, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
