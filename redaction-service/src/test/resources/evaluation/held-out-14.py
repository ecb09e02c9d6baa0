#!/usr/bin/env python3
"""Generates the fourteenth held-out set (held-out-14.jsonl), written before the engine was run on it, with
kinds of service-desk text sets 1-13 lack: scanned forms read by OCR (broken spacing, "Nimi: JÄNIS TERHO",
"Surname: SPARROW Fore names: APRIL"), door access logs in capitals ("OVI B2 HYLÄTTY kortti 0412 (KÄRPPÄ
AUVO)"), Jira and ServiceNow activity logs that change a field from one person to another ("… muutti kenttää
Käsittelijä: … → …", "… changed the assignee from … to …"), Teams and Slack threads with @mentions, reactions
and reply counts ("👍 2 (…, …)", "… and 2 others reacted"), calendar replies (Kyllä/Ehkä/Ei, Accepted/Tentative/
Declined, "… proposed a new time"), voicemail transcribed in spoken Finnish (puhekieli: "se Auvo sano et…",
"Jutalle pitää soittaa", clipped endings "Kaapolt kysyin", "Helkal on") and in spoken English, SMS, incident
post-mortems with roles (häiriön johtaja, kirjuri; incident commander, scribe), file names that hold a name
("CV_Terho_Jänis.pdf"), visitor logs with hosts, switchboard notes, mail sent on behalf of someone, messages
typed in capitals, merged tickets ("also reported by"), names as the subject or object of ordinary verbs with no
cue word ("Tauno korjasi tulostimen", "I saw Chance near the lifts"), and a parent writing about a child with a
possessive suffix ("Kaapollani ei toimi Wilma", "soitin Jutalleni"); Finnish names in the essive, translative,
abessive and comitative.
Names are new to the sets: Finnish given names (Terho, Sulevi, Kyllikki, Auvo, Ahti, Ursula, Jutta, Tauno,
Helka, Kiia, Kaapo, Kerttuli; as words: Aarre, Onerva, Lemmikki, Halla) and surnames (Lepistö, Tiainen,
Routio, Hauta, Vasama, Kärppä, Kiuru, Rastas, Jänis, Kaislanen), Ukrainian (Vasyl, Oleh, Iryna; Kravchuk,
Lysenko, Hryhorenko), Hungarian written family name first (Farkas Levente, Tóth Dóra), Nepali (Binod, Sabina;
Adhikari, Tamang, Rana), Arabic with a particle (Hamid, Khalid, Amira, Salma; al-Hashimi, al-Sayed, bin Rashid),
Dutch with a particle (Joost, Daan, Femke; van der Meer, van Dijk, Jansen, Bakker, Visser, Dijkstra, Mulder),
Nigerian and Kenyan (Chidi, Oluwaseun, Chukwuemeka, Wanjiru, Achieng; Adebayo, Mwangi, Otieno, Kamau), Greek
(Dimitris, Kostas, Yiannis, Sophia; Georgiou, Papadakis), Irish with the fada (Oisín, Gráinne; Hegarty,
Tierney, Ó Súilleabháin); English given names and surnames that are words, months among them (April, August,
Dusty, Bliss, Faye, Chance, Merry; Drake, Nightingale, Sparrow, Salmon, Pike, Trout, Castle, Tower, Forge,
Rush, Cloud, Snow, Waters), names in capitals, hyphenated double surnames (Lepistö-Routio, Pike-Waters).
Look-alikes are new: things named after people (Aleksanterinkatu, Mannerheimintie, Sibelius-talo,
Runebergintie; Ada Lovelace Award, Nobel Prize, Turing Award, Gantt chart, Venn diagram, Alzheimer's,
Parkinson's, Morse code, Fibonacci, Diesel generator), job titles (Product Owner, Scrum Master, Incident
Commander, palvelupäällikkö), months used as months (April, August, May), the set's Finnish names as common
nouns in lower case (halla, aarre, jänis, kiuru, rastas, hauta), products and places.
Each name part is its own NAME span (a particle with its surname: "van der Meer", "al-Hashimi", "bin
Rashid"; a name inside a file name is a span inside the token); initials, reactions and job titles are
neither values nor look-alikes. Same format as evaluation-set.jsonl; 640 messages, half Finnish.
Deterministic: python3 held-out-14.py > held-out-14.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(14141414)


def fi(nom, weak=None, strong=None, par=None, ill=None):
    """inflect() with the possessive (Kaapollani, Kaapolleni), abessive and comitative forms and the clipped
    spoken endings (Kaapolt, Kaapol) a Finnish name takes."""
    forms = inflect(nom, weak, strong, par, ill)
    w = weak or nom
    s = strong or w
    a = "a" if any(c in "aouAOU" for c in s.split("-")[-1]) else "ä"
    forms.update({"abe": w + "tt" + a, "com": comitative(s),
                  "poss_ade": w + "llani", "poss_all": w + "lleni", "spoken_abl": w + "lt", "spoken_ade": w + "l"})
    return forms


def comitative(stem):
    """Kaapoineen, Juttineen, Ahteineen, Aarteineen: with one's Kaapo."""
    if stem[-1] in "ouöy":
        return stem + "ineen"
    return stem[:-1] + ("eineen" if stem[-1] == "i" else "ineen")


def nen14(nom):
    forms = fi(nom, nom[:-3] + "se", nom[:-3] + "se", par=nom[:-3] + "st" + ("a" if any(c in "aou" for c in nom) else "ä"))
    return forms


FI_FIRST = [fi("Terho"), fi("Sulevi"), fi("Kyllikki", "Kylliki", "Kyllikki"), fi("Auvo"), fi("Ahti", "Ahdi", "Ahti"),
            fi("Ursula"), fi("Jutta", "Juta", "Jutta"), fi("Tauno"), fi("Helka"), fi("Kiia"), fi("Kaapo"),
            fi("Kerttuli")]
FI_WORD_FIRST = [fi("Aarre", "Aartee", "Aartee", par="Aarretta", ill="Aarteeseen"), fi("Onerva"), fi("Lemmikki", "Lemmiki", "Lemmikki"),
                 fi("Halla")]
FI_LAST = [nen14("Tiainen"), nen14("Kaislanen"), fi("Lepistö"), fi("Routio"), fi("Vasama"), fi("Lepistö-Routio")]
FI_WORD_LAST = [fi("Hauta", "Haua", "Hauta"), fi("Kärppä", "Kärpä", "Kärppä"), fi("Kiuru"), fi("Rastas", "Rastaa", "Rastaa", par="Rastasta"),
                fi("Jänis", "Jänikse", "Jänikse", par="Jänistä")]

UKRAINIAN = ([foreign("Vasyl"), foreign("Oleh"), inflect("Iryna")], [foreign("Kravchuk"), inflect("Lysenko"), inflect("Hryhorenko")])
NEPALI = ([foreign("Binod"), inflect("Sabina")], [inflect("Adhikari"), foreign("Tamang"), inflect("Rana")])
ARABIC = ([foreign("Hamid"), foreign("Khalid"), inflect("Amira"), inflect("Salma")],
          [inflect("al-Hashimi"), foreign("al-Sayed"), foreign("bin Rashid")])
DUTCH = ([foreign("Joost"), foreign("Daan"), inflect("Femke")],
         [inflect("van der Meer", "van der Meeri", "van der Meeri"), foreign("van Dijk"), foreign("Jansen"), foreign("Bakker"),
          foreign("Visser"), inflect("Dijkstra"), foreign("Mulder")])
AFRICAN = ([inflect("Chidi"), foreign("Oluwaseun"), inflect("Chukwuemeka"), foreign("Wanjiru"), foreign("Achieng")],
           [foreign("Adebayo"), inflect("Mwangi"), inflect("Otieno"), inflect("Kamau")])
GREEK = ([foreign("Dimitris"), foreign("Kostas"), foreign("Yiannis"), inflect("Sophia")], [inflect("Georgiou"), foreign("Papadakis")])
ORIGINS = [UKRAINIAN, NEPALI, ARABIC, DUTCH, AFRICAN, GREEK]
HUNGARIAN = [("Farkas", foreign("Levente")), ("Tóth", inflect("Dóra")), ("Farkas", foreign("Csaba")), ("Tóth", foreign("Gergő"))]

EN_WORD_FIRST = ["April", "August", "Dusty", "Bliss", "Faye", "Chance", "Merry"]
EN_FIRST = EN_WORD_FIRST + ["Oisín", "Gráinne", "Chidi", "Oluwaseun", "Wanjiru", "Dimitris", "Sophia", "Khalid", "Amira",
                            "Daan", "Femke", "Vasyl", "Iryna", "Binod", "Sabina", "Kostas"]
EN_WORD_LAST = ["Drake", "Nightingale", "Sparrow", "Salmon", "Pike", "Trout", "Castle", "Tower", "Forge", "Rush", "Cloud",
                "Snow", "Waters"]
EN_LAST = EN_WORD_LAST + ["Hegarty", "Tierney", "Ó Súilleabháin", "Adebayo", "Mwangi", "Georgiou", "Papadakis",
                          "al-Hashimi", "van der Meer", "Kravchuk", "Adhikari", "Pike-Waters", "Marr"]
LOWER_EN = ["april", "dusty", "faye", "chance", "oisín", "chidi", "daan", "femke", "vasyl", "binod", "kostas"]
DOMAINS = ["kaupunki.example.fi", "yliopisto.example.fi", "kuljetus.example.com", "energia.example.fi",
           "trust.example.nhs.uk", "retail.example.com"]
JOBS_FI = ["palvelupäällikkö", "tuoteomistaja", "häiriöpäällikkö", "hallintosihteeri", "lähiesihenkilö"]
JOBS_EN = ["Product Owner", "Scrum Master", "Incident Commander", "Problem Manager", "Release Manager"]

LOOK_FI = ["Aleksanterinkatu 3", "Mannerheimintie {2}", "Sibelius-talon", "Runebergintie {1}", "Wilma", "Teams", "Outlook",
           "Citrix", "VPN", "Gantt-kaavio", "Morse-koodi", "dieselgeneraattori", "INC0{6}", "RITM0{6}", "LT-{4}",
           "klo 1{1}.15", "ke 9.12.", "149,00 €", "vko 51", "versio 7.{1}.{1}", "tilaus {6}", "neuvotteluhuone Kiuru",
           "SAP", "Visma", "Lahden toimisto"]
LOOK_EN = ["the Ada Lovelace Award", "the Nobel Prize talk", "the Turing Award", "the Gantt chart", "a Venn diagram",
           "the Alzheimer's Society portal", "Parkinson's UK", "Morse code", "the Fibonacci backoff", "the Diesel generator",
           "Teams", "Outlook", "Citrix", "the VPN", "INC0{6}", "RITM0{6}", "LT-{4}", "at 1{1}:15", "Wed 9 Dec",
           "GBP 149.00", "week 51", "version 7.{1}.{1}", "PO {6}", "SAP", "the Leeds office"]
WORDS_FI = [("Yöllä oli ", "halla", ", pihan kamera on huurteessa."), ("Varastosta löytyi oikea ", "aarre", ": kymmenen uutta näyttöä."),
            ("", "Jänis", " puri pihan kuitukaapelin poikki."), ("Ikkunalaudalla laulaa ", "kiuru", ", ihan totta."),
            ("Konesalin katolla pesii ", "rastas", ", älkää avatko luukkua."), ("Vanha palvelin on kuin ", "hauta", ": kukaan ei koske."),
            ("Muutto ", "Aleksanterinkatu 3", ":een viivästyy."), ("", "Sibelius-talon", " verkko on alhaalla."),
            ("", "Mannerheimintien", " toimistossa on sähkökatko."), ("", "Gantt-kaavio", " on päivitetty.")]
WORDS_EN = [("We are shortlisted for ", "the Ada Lovelace Award", "!"), ("Migration is planned for ", "April", "."),
            ("The ", "August", " release notes are out."), ("Reminder: ", "May", " timesheets close on Friday."),
            ("The ", "Gantt chart", " is updated."), ("The ", "Diesel generator", " test is at noon."),
            ("Donations page: ", "Alzheimer's Society", "."), ("", "Morse code", " on the server LEDs means disk failure."),
            ("The ", "Product Owner", " signed off the sprint."), ("", "Nobel Prize", " livestream is on the big screen.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "046", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}{rest}", f"+358 {prefix[1:]} {rest[:4]} {rest[4:]}"])


def email(first, last):
    return identifiers.address(R, first, last, DOMAINS)


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(60, 99)), ("A", R.randint(0, 6))]))


def iban():
    return identifiers.written_iban(R)


def card():
    return identifiers.written_card(R)


def ocr(word):
    """A word as OCR breaks it: a space inside it, one time in two."""
    if len(word) < 6 or R.random() < 0.5:
        return word
    k = R.randint(2, len(word) - 3)
    return word[:k] + " " + word[k:]


def clock():
    return f"{R.randint(7, 16)}.{R.randint(0, 59):02d}"


def clock_en():
    return f"{R.randint(7, 16):02d}:{R.randint(0, 59):02d}"


def person_fi():
    """A first name and surname as case forms: Finnish (a word or not), or one time in two of another origin."""
    roll = R.random()
    if roll < 0.45:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts), R.choice(lasts)
    if roll < 0.65:
        return R.choice(FI_WORD_FIRST + FI_FIRST), R.choice(FI_WORD_LAST)
    return R.choice(FI_FIRST + FI_WORD_FIRST), R.choice(FI_LAST + FI_WORD_LAST)


def finn():
    return R.choice(FI_FIRST + FI_WORD_FIRST)


def person_en():
    """An English, Irish, African, Greek, Arabic, Dutch, Ukrainian or Nepali first name and surname, or (one time in
    four) one of the Finnish set's."""
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
        m.say("SKANNATTU LOMAKE (tekstintunnistus)\n").say(ocr("Nimi")).say(": ").name(last["nom"].upper(), first["nom"].upper()) \
            .say("\n").say(ocr("Henkilötunnus")).say(": ").entity(hetu(), "NATIONAL_ID").say("\n").say(ocr("Esihenkilö")) \
            .say(": ").name(other["nom"], other_last["nom"]).say("\n").say(ocr("Allekirjoitus")).say(": ") \
            .name(first["nom"], last["nom"])
    elif kind == 1:
        m.say(f"KULUNVALVONTA 7.12. 07:{R.randint(10, 59)} OVI B2 HYLÄTTY kortti 0{digits(3)} (") \
            .name(last["nom"].upper(), first["nom"].upper()).say(f")\n07:{R.randint(10, 59)} OVI B2 OK kortti 0{digits(3)} (") \
            .name(other_last["nom"].upper(), other["nom"].upper()).say(")\nKerroin ").name(first["all"]) \
            .say(", että kortti on vanhentunut.")
    elif kind == 2:
        m.name(first["nom"], last["nom"]).say(" muutti kenttää Käsittelijä: ").name(other["nom"], other_last["nom"]) \
            .say(" → ").name(third["nom"], third_last["nom"]).say(f"\n{clock()} ").name(third["nom"], third_last["nom"]) \
            .say(" muutti tilaksi Työn alla\n").look(look).say(" lisätty kohteeseen")
    elif kind == 3:
        m.name(first["nom"], last["nom"]).say(f"  {clock()}\n@").name(other["nom"], other_last["nom"]) \
            .say(" ehditkö katsoa ").look(look).say("?\n👍 2 (").name(third["nom"]).say(", ").name(other["nom"]) \
            .say(")\n3 vastausta\n").name(other["nom"]).say(": katson iltapäivällä")
    elif kind == 4:
        a = finn()
        m.say("Vastaajaviesti (tekstitys): no moi täs on ").name(a["nom"]).say(" ja se ").name(other["nom"]) \
            .say(" sano et ").look(look).say(" ei toimi, ").name(third["all"]).say(" pitää soittaa ku se ") \
            .name(third_last["nom"]).say(" tietää siit enemmän, ").name(a["spoken_abl"]).say(" voi kysyy")
    elif kind == 5:
        a, b = finn(), finn()
        m.say("vastaajaviesti: joo moi tää on ").name(a["nom"].lower()).say(" et ku ").name(b["spoken_ade"].lower()) \
            .say(" on se sama ongelma ni soittakaa ").name(b["all"].lower()).say(" kiitti")
    elif kind == 6:
        m.say("Vastaukset: Kutsu ").look(look).say("\nKyllä – ").name(first["nom"], last["nom"]).say(", ") \
            .name(other["nom"], other_last["nom"]).say("\nEhkä – ").name(third["nom"], third_last["nom"]) \
            .say("\nEi – ").name(last["nom"]).say("\n").name(other["nom"]).say(" ehdotti uutta aikaa: to 10.12. klo 13")
    elif kind == 7:
        a = finn()
        m.say("Tekstiviesti numerosta ").entity(mobile(), "PHONE").say(": moi, ").name(a["nom"]).say(" täs, ") \
            .name(third_last["gen"]).say(" kone ei käynnisty, soittakaa ").name(third["all"]).say(". -").name(a["nom"])
    elif kind == 8:
        m.say("Jälkikatsaus ").look(fill("INC0{6}")).say(": häiriön johtaja ").name(first["nom"], last["nom"]) \
            .say(", kirjuri ").name(other["nom"], other_last["nom"]).say(f". 02.{R.randint(10, 59)} ").name(third["nom"]) \
            .say(" huomasi hälytyksen ja herätti ").name(other_last["gen"]).say(". Juurisyy: ").look(look).say(".")
    elif kind == 9:
        a, b = finn(), finn()
        m.name(a["nom"]).say(" korjasi tulostimen, ja ").name(b["par"]).say(" kiitettiin. Näin ") \
            .name(third["gen"], third_last["gen"]).say(" aamulla käytävällä, ").look(look).say(" toimii taas.")
    elif kind == 10:
        a, b = finn(), finn()
        m.say("Lapseni ").name(a["nom"]).say(" ei pääse ").look("Wilmaan").say(", ja ").name(a["poss_ade"]) \
            .say(" on sama ongelma kuin viime viikolla. Soitin jo ").name(b["poss_all"]).say(", hänelläkin toimii.")
    elif kind == 11:
        a, b = finn(), finn()
        m.name(first["nom"], last["nom"]).say(" toimii ").name(b["gen"]).say(" sijaisena, ja tiimi pärjää ") \
            .name(a["abe"]).say(" joulukuun. Järjestelmässä hän näkyy vielä ").name(last["ess"]).say(". ").name(b["nom"]) \
            .say(" haki koneen ").name(a["com"]).say(", ").look(look).say(" ennallaan.")
    elif kind == 12:
        firsts, lasts = R.choice([ARABIC, DUTCH])
        a, b = R.choice(firsts), R.choice(lasts)
        m.name(a["nom"], b["nom"]).say(" ja ").name(other["nom"], other_last["nom"]).say(" aloittavat maanantaina. ") \
            .name(b["all"]).say(" tilataan ").look(look).say(".")
    elif kind == 13:
        family, given = R.choice(HUNGARIAN)
        m.name(family, given["nom"]).say(" (sukunimi ensin) ja ").name(R.choice(NEPALI[0])["nom"], R.choice(NEPALI[1])["nom"]) \
            .say(" tarvitsevat ").look(look).say(" -oikeudet. ").name(given["all"]).say(" lähetetty ohje.")
    elif kind == 14:
        m.say("Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(", tili ").entity(iban(), "IBAN", "subject") \
            .say(".\n\nTerveisin\n").name(f, l, role="subject").say("\n").say(R.choice(JOBS_FI))
    elif kind == 15:
        m.say("Maksoin kortilla ").entity(card(), "PAYMENT_CARD", "subject").say(", kuitin hyväksyi ").name(other["nom"]) \
            .say(" ja ").name(other_last["gen"]).say(" esihenkilö allekirjoitti.")
    elif kind == 16:
        m.say("Liitteenä CV_").name(first["nom"]).say("_").name(last["nom"]).say(".pdf ja sopimus_").name(other_last["nom"]) \
            .say(".docx, ").look(look).say(" odottaa.")
    elif kind == 17:
        m.name(first["nom"], last["nom"]).say(" muuttaa ").look(R.choice(["Aleksanterinkadulta", "Mannerheimintieltä", "Runebergintieltä"])) \
            .say(" ").look("Sibelius-talon").say(" kolmanteen kerrokseen; ").name(other["gen"]).say(" näyttö jää vanhaan paikkaan.")
    elif kind == 18:
        m.say("Myrskyn jälkeen ").look(R.choice(["halla", "jänis", "rastas", "kiuru"])).say(" ei ollut ainoa ongelma: ") \
            .name(first["nom"]).say(" tulee huomenna, ").name(other_last["nom"]).say(" tuo varaosat.")
    elif kind == 19:
        m.say("Yhdistetty tikettiin ").look(fill("INC0{6}")).say("; myös ").name(first["nom"], last["nom"]).say(" ja ") \
            .name(other["gen"]).say(" tiimi ilmoittivat saman.")
    elif kind == 20:
        m.say("Vieraslista 7.12.: ").name(first["nom"], last["nom"]).say(" <").entity(email(first["nom"], last["nom"]), "EMAIL") \
            .say("> (isäntä ").name(other["nom"], other_last["nom"]) \
            .say("), ").name(third["nom"], third_last["nom"]).say(" (isäntä ").name(other_last["nom"]).say(")")
    elif kind == 21:
        m.say("Vaihde: ").name(first["nom"], last["nom"]).say(" yritti tavoittaa ").name(other["par"]) \
            .say(", pyysi soittamaan numeroon ").entity(mobile(), "PHONE").say(".")
    elif kind == 22:
        m.say("Lähetetty käyttäjän ").name(first["gen"], last["gen"]).say(" puolesta: ").name(other["nom"], other_last["nom"]) \
            .say(" <").entity(email(other["nom"], other_last["nom"]), "EMAIL").say(">\n\n").look(look).say(" ei ole vieläkään korjattu.")
    elif kind == 23:
        m.name(first["nom"].upper(), last["nom"].upper()).say(" EI VIELÄKÄÄN PÄÄSE ").look(look.upper()) \
            .say(" JA ").name(other["nom"].upper()).say(" SANOO ETTÄ VIKA ON TEILLÄ!!!")
    elif kind == 24:
        m.say("Pyysin ").name(other["par"]).say(" tarkistamaan ").look(look).say(", ja ").name(third["nom"]) \
            .say(" lupasi hoitaa loput. Lähetin ").name(third_last["all"]).say(" linkin.")
    elif kind == 25:
        m.name(first["nom"], last["nom"]).say(" ja ").name(other["nom"]).say(" reagoivat ❤️, ").name(third["nom"]) \
            .say(" ja 2 muuta 👍. ").look(look).say(" päivitetty.")
    elif kind == 26:
        m.say("Pöytäkirjan tarkastajat: ").name(first["nom"], last["nom"]).say(" ja ").name(other["nom"], other_last["nom"]) \
            .say(". Kohta 3: ").look(look).say(", vastuu ").name(third_last["all"]).say(".")
    elif kind == 27:
        a = finn()
        m.say("Puhelu: \"joo se ").name(a["nom"]).say(" sano et ").name(third_last["spoken_ade"] if "spoken_ade" in third_last
                                                                             else third_last["ade"]) \
            .say(" on avaimet\" – soitan ").name(a["all"]).say(" huomenna.")
    elif kind == 28:
        m.say("Nimitys: ").name(first["nom"], last["nom"]).say(" valittiin ").look(R.choice(JOBS_FI) + "ksi") \
            .say("; yhteyshenkilö vaihtuu tammikuussa ").name(other_last["tra"]).say(".")
    else:
        m.name(first["nom"], last["nom"]).say(" ja ").name(other["nom"], other_last["nom"]).say(" ovat ") \
            .look(look).say(" -koulutuksessa, ").name(third["nom"]).say(" vastaa puhelimeen.")
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
        m.say("SCANNED FORM (OCR)\n").say(ocr("Surname")).say(": ").name(last.upper()).say(" ").say(ocr("Forenames")).say(": ") \
            .name(first.upper()).say("\n").say(ocr("Line manager")).say(": ").name(other, other_last).say("\n") \
            .say(ocr("Signed")).say(": ").name(first, last)
    elif kind == 1:
        m.say(f"ACCESS LOG 07/12 07:{R.randint(10, 59)} DOOR B2 DENIED badge 0{digits(3)} (").name(last.upper(), first.upper()) \
            .say(f")\n07:{R.randint(10, 59)} DOOR B2 GRANTED badge 0{digits(3)} (").name(other_last.upper(), other.upper()) \
            .say(")\nTold ").name(first).say(" the badge had expired.")
    elif kind == 2:
        m.name(first, last).say(" changed the assignee from ").name(other, other_last).say(" to ").name(third, third_last) \
            .say(f"\n{clock_en()} ").name(third, third_last).say(" changed the status from Open to In Progress\n") \
            .look(look).say(" added to the ticket")
    elif kind == 3:
        m.name(first, last).say(f"  {clock_en()}\n@").name(other).say(" can you check ").look(look).say("?\n:eyes: 2  :+1: 1\n") \
            .say("3 replies  Last reply today\n").name(other, other_last).say(": on it, ").name(third).say(" is helping")
    elif kind == 4:
        m.say("Voicemail (transcribed): hi it's ").name(first).say(" from payroll um ").name(other).say(" said you'd call back " \
            "erm can you ask ").name(third).say(" about ").look(look).say(" thanks bye")
    elif kind == 5:
        m.say("Responses: ").look(look).say(" review\nAccepted: ").name(first, last).say(", ").name(other, other_last) \
            .say("\nTentative: ").name(third, third_last).say("\nDeclined: ").name(last).say("\n").name(other) \
            .say(" proposed a new time: Thu 10 Dec 13:00")
    elif kind == 6:
        m.say("SMS from ").entity(mobile(), "PHONE").say(": hi its ").name(first, last).say(", ").name(other) \
            .say("'s laptop wont boot. ring ").name(third).say(" pls")
    elif kind == 7:
        m.say("Post-incident review ").look(fill("INC0{6}")).say("\nIncident commander: ").name(first, last) \
            .say("\nScribe: ").name(other, other_last).say(f"\n02:{R.randint(10, 59)} ").name(third) \
            .say(" acknowledged the page and woke ").name(other_last).say(". Root cause: ").look(look).say(".")
    elif kind == 8:
        m.name(first).say(" fixed the printer and ").name(other).say(" thanked her. I saw ").name(third, third_last) \
            .say(" near the lifts; ").look(look).say(" works again.")
    elif kind == 9:
        name = R.choice(["April", "August"])
        m.name(name, R.choice(EN_WORD_LAST)).say("'s laptop was due in ").look(name).say("; ").name(other) \
            .say(" chased it in ").look("May").say(".")
    elif kind == 10:
        firsts, lasts = R.choice([ARABIC, DUTCH])
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" and ").name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]) \
            .say(" start on Monday; ").name(other).say(" will order ").look(look).say(".")
    elif kind == 11:
        m.name(R.choice(NEPALI[0])["nom"], R.choice(NEPALI[1])["nom"]).say(" and ") \
            .name(R.choice(UKRAINIAN[0])["nom"], R.choice(UKRAINIAN[1])["nom"]).say(" from the Kathmandu and Lviv offices need ") \
            .look(look).say(".")
    elif kind == 12:
        m.say("My IBAN is ").entity(iban(), "IBAN", "subject").say(" and my mobile ").entity(mobile(), "PHONE", "subject") \
            .say(".\n\nThanks\n").name(f, l, role="subject").say("\n").say(R.choice(JOBS_EN))
    elif kind == 13:
        m.say("Card ").entity(card(), "PAYMENT_CARD", "subject").say(" was charged twice for ").look(look).say("; ") \
            .name(other).say(" in finance will refund.")
    elif kind == 14:
        m.say("Attached: CV_").name(first).say("_").name(last).say(".pdf and offer_").name(other_last).say(".docx; ") \
            .look(look).say(" pending.")
    elif kind == 15:
        m.name(first, last).say(" nominated ").name(other).say(" for ").look(R.choice(["the Ada Lovelace Award", "the Turing Award"])) \
            .say("; the ").look(R.choice(["Gantt chart", "Venn diagram"])).say(" is in the deck.")
    elif kind == 16:
        m.name(first, last).say(", ").look(R.choice(JOBS_EN)).say(", asked ").name(other, other_last).say(" to move ") \
            .look(look).say(".")
    elif kind == 17:
        m.say("Merged into ").look(fill("INC0{6}")).say("; also reported by ").name(first, last).say(" and ").name(other).say(".")
    elif kind == 18:
        m.say("Visitors 7 Dec: ").name(first, last).say(" <").entity(email(first, last), "EMAIL").say("> (host ").name(other, other_last).say("), ").name(third, third_last) \
            .say(" (host ").name(other).say(")")
    elif kind == 19:
        m.name(first.upper(), last.upper()).say(" STILL CANT LOG IN AND ").name(other.upper()).say(" SAYS ITS ") \
            .look(look.upper()).say("!!!")
    elif kind == 20:
        m.say("Sent on behalf of ").name(first, last).say(" by ").name(other, other_last).say(" <") \
            .entity(email(other, other_last), "EMAIL").say(">\n\n").look(look) \
            .say(" is still not fixed.")
    elif kind == 21:
        m.say("lol ").name(R.choice(LOWER_EN)).say(" broke ").look(look.lower()).say(" again, tell ").name(R.choice(LOWER_EN)) \
            .say(" before standup")
    elif kind == 22:
        m.name(first, last).say(", ").name(other).say(" and 2 others reacted 👍 to ").look(look).say(" is back")
    elif kind == 23:
        m.say("Please thank ").name(other).say(" for me, and tell ").name(third, third_last).say(" that ").look(look) \
            .say(" works now.")
    elif kind == 24:
        firsts, lasts = AFRICAN
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" met ").name(R.choice(firsts)["nom"]) \
            .say(" at the Nairobi hub; they swapped ").look(look).say(".")
    elif kind == 25:
        firsts, lasts = GREEK
        m.say("Expense claim: claimant ").name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(", approver ") \
            .name(other, other_last).say(", item ").look(look).say(".")
    elif kind == 26:
        m.name(R.choice(EN_WORD_FIRST), R.choice(EN_WORD_LAST)).say(" said ").name(R.choice(EN_WORD_FIRST)) \
            .say(" already rebooted ").look(look).say(".")
    elif kind == 27:
        m.name(R.choice(["Oisín", "Gráinne"]), R.choice(["Hegarty", "Tierney", "Ó Súilleabháin"])).say(" called; ") \
            .name(other).say(" will ring back about ").look(look).say(".")
    elif kind == 28:
        m.say("Calendar: ").name(first, last).say(" has declined ").look(look).say(" sync; ").name(other, other_last) \
            .say(" forwarded it to ").name(third).say(".")
    else:
        m.say("Thanks ").name(other).say("! ").name(third, third_last).say(" and I will cover ").look(look).say(" tomorrow.")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-14", 640, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
