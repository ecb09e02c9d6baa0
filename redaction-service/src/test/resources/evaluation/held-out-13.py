#!/usr/bin/env python3
"""Generates the thirteenth held-out set (held-out-13.jsonl), written before the engine was run on it, with
kinds of service-desk text sets 1-12 lack: after-call notes in an agent's shorthand ("PM 9.40: as. soitti,
VPN ei yhd. -> ohj. uud.käynn.", "ACN 09:40 - cust rang re MFA; CB tmrw am"), a web chat widget's
transcripts ("[09:14:03] Vierailija (…):", "Visitor (…):", "… transferred the chat to …", "… rated the
chat 5/5"), WhatsApp group exports ("7.12.2026 klo 9.14 - Nimi: …", "07/12/2026, 09:14 - Name: …"),
Swedish and German mail headers (Från:/Till:/Kopia:/Ämne:, Von:/An:/Betreff:), replies written between
quoted lines, directory output pasted into a ticket (PowerShell Get-ADUser with "CN=Last\\, First,OU=…"
distinguished names, a synchronisation error naming a DN, Microsoft Graph JSON with "displayName"), rows
copied from a spreadsheet with tabs between the cells, git commits with Author:/Reviewed-by:/Co-authored-by:,
meeting transcripts as WebVTT voice tags ("<v First Last>"), e-mail signatures with pronouns ("(she/her)",
"(hän)"), device hand-over receipts (issued by / received by / witnessed by), customer-feedback comments,
stand-up bot posts and shift logs.
Names are new to the sets: Georgian (Nino, Giorgi, Ketevan, Irakli; Beridze, Kapanadze, Gelashvili,
Tsiklauri, Javakhishvili), Eritrean (Dawit, Selam, Yonas, Senait, Filmon; Tekle, Ghebremedhin, Berhane,
Kidane, Woldemariam), Afghan (Zarghuna, Farid, Mursal, Wahid, Nilofar; Ahmadzai, Sultani, Hotak, Popal,
Noorzai), Filipino (Maricel, Rodel, Marivic, Jocelyn; Bautista, Villanueva, Macaraeg, Panganiban, dela
Cruz), Chinese written surname first and with an English name beside it ("Deng Haoran (Harry)"), Indian
with an initial for the surname ("Venkatesh R."), Russian transliterated the Finnish way (Jevgeni, Ilja,
Darja, Tatjana; Fjodorov, Lebedev, Orlova, Zinovjev) and Finland-Swedish (Fredrik, Ulrika, Kristoffer,
Linnea; Åkerblom, Grönqvist, Stenroos, Sjöholm, Forsblom) names in the Finnish cases and with the clitics
-kin, -kaan/-kään, -pa/-pä, -han/-hän and -ko/-kö ("Beridzekään", "Dawitpa", "Tolosenko"); Finnish
given names and surnames that are words (Marja, Kaisla, Ruska, Kanerva, Iiris, Ruusu; Pihlaja, Tammi,
Mänty, Haukka, Kontio, Kurki, Lintu, Kanto, Tuomi); English given names and surnames that are words
(Clay, Wren, Lark, Coral, Harmony, Sky, Storm, Bud, Sterling, Rich, Royal; Best, Barber, Glass, Temple,
Bridges, Blossom, Bay, Major) and Scottish, Welsh and Irish ones (Euan, Ailsa, Morag, Mhairi, Gethin,
Dafydd; Urquhart, Ormerod, Thistlethwaite, Kilbride).
Look-alikes are new: streets named after a person with the full name (Urho Kekkosen katu, Eliel Saarisen
tie, Kustaa Vaasan tie, Minna Canthin katu; Queen Victoria Street, Prince Albert Road, John Islip Street,
Isambard Brunel Road), flag days, name days and holidays named after people (Runebergin päivä, Minna
Canthin päivä, Aleksis Kiven päivä, Johanneksenpäivä, Tuomaanpäivä, Heikinpäivä; St Patrick's Day, St
David's Day, St George's Day, Guy Fawkes Night, Presidents' Day), software, services and firms named like
people (Wilma, Oskari, Laura, Otto-automaatti, Elisa, Ilmarinen; Kafka, Cassandra, Sage 50, Jarvis, Alfred,
Marvin, JasperReports, Hudson), directory words (OU=Users, DC=corp), and the set's names as words
(Marjapiirakka, Ruska-aika, Lintu lensi…, Kanto…; Best regards, Major incident, Rich text, Storm Babet,
Glass door, Temple Bar).
Each name part is its own NAME span (a particle with its surname: "dela Cruz"); initials, pronouns and
job titles are neither values nor look-alikes. Same format as evaluation-set.jsonl; 640 messages, half
Finnish. Deterministic: python3 held-out-13.py > held-out-13.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(13131313)

FI_FIRST = [inflect("Jarkko", "Jarko", "Jarkko"), inflect("Petteri"), inflect("Kaarlo"), inflect("Aune"),
            inflect("Arja"), inflect("Teuvo"), inflect("Vesa"), inflect("Niina"), inflect("Tero"),
            inflect("Annukka", "Annuka", "Annukka"), inflect("Pirkko", "Pirko", "Pirkko"), inflect("Anu"),
            inflect("Ville-Veikko", "Ville-Veiko", "Ville-Veikko"), inflect("Satu-Maria")]
FI_WORD_FIRST = [inflect("Marja"), inflect("Kaisla"), inflect("Ruska"), inflect("Kanerva"),
                 inflect("Iiris", "Iirikse", "Iirikse", par="Iiristä"), inflect("Ruusu")]
FI_LAST = [nen("Tolonen"), nen("Nokelainen"), nen("Keinänen"), nen("Loponen"), nen("Lyytikäinen"),
           nen("Vartiainen"), nen("Toivanen"), inflect("Haavisto"), inflect("Heikura"), inflect("Sipilä"),
           inflect("Järvelä"), inflect("Tervo"), inflect("Kuusela"), inflect("Purho")]
FI_WORD_LAST = [inflect("Pihlaja"), inflect("Tammi", "Tamme", "Tamme", par="Tammea"), inflect("Mänty", "Männy", "Mänty"),
                inflect("Haukka", "Hauka", "Haukka"), inflect("Kontio"), inflect("Kurki", "Kurje", "Kurke", par="Kurkea"),
                inflect("Lintu", "Linnu", "Lintu"), inflect("Kanto", "Kanno", "Kanto"),
                inflect("Tuomi", "Tuome", "Tuome", par="Tuomea")]

GEORGIAN = ([foreign("Nino"), foreign("Giorgi"), foreign("Ketevan"), foreign("Irakli")],
            [foreign("Beridze"), foreign("Kapanadze"), foreign("Gelashvili"), foreign("Tsiklauri"),
             foreign("Javakhishvili")])
ERITREAN = ([foreign("Dawit"), foreign("Selam"), foreign("Yonas"), foreign("Senait"), foreign("Filmon")],
            [foreign("Tekle"), foreign("Ghebremedhin"), foreign("Berhane"), foreign("Kidane"), foreign("Woldemariam")])
AFGHAN = ([inflect("Zarghuna"), foreign("Farid"), foreign("Mursal"), foreign("Wahid"), foreign("Nilofar")],
          [foreign("Ahmadzai"), foreign("Sultani"), foreign("Hotak"), foreign("Popal"), foreign("Noorzai")])
FILIPINO = ([foreign("Maricel"), foreign("Rodel"), foreign("Marivic"), foreign("Jocelyn")],
            [inflect("Bautista"), inflect("Villanueva"), foreign("Macaraeg"), foreign("Panganiban"), foreign("dela Cruz")])
RUSSIAN = ([inflect("Jevgeni"), inflect("Ilja"), inflect("Darja"), inflect("Tatjana")],
           [foreign("Fjodorov"), foreign("Lebedev"), inflect("Orlova"), foreign("Zinovjev")])
SWEDISH = ([foreign("Fredrik"), inflect("Ulrika"), foreign("Kristoffer"), inflect("Linnea")],
           [foreign("Åkerblom"), foreign("Grönqvist"), foreign("Stenroos"), foreign("Sjöholm"), foreign("Forsblom")])
ORIGINS = [GEORGIAN, ERITREAN, AFGHAN, FILIPINO, RUSSIAN, SWEDISH]
CHINESE = [("Deng", foreign("Haoran"), "Harry"), ("Zhao", inflect("Jiayi"), "Jenny"), ("Gao", inflect("Mingzhu"), "Lucy"),
           ("Luo", inflect("Ruoxi"), "Kevin")]
INDIAN = [(foreign("Venkatesh"), "R."), (inflect("Priyanka"), "S."), (inflect("Shalini"), "M."), (foreign("Anirudh"), "K."),
          (foreign("Harpreet"), "G.")]
INDIAN_LAST = ["Subramanian", "Menon", "Pillai", "Bhattacharya", "Raghunathan", "Srinivasan"]

EN_WORD_FIRST = ["Clay", "Wren", "Lark", "Coral", "Harmony", "Sky", "Storm", "Bud", "Sterling", "Rich", "Royal"]
EN_FIRST = EN_WORD_FIRST + ["Euan", "Ailsa", "Morag", "Mhairi", "Gethin", "Dafydd", "Catriona", "Niall", "Rowan",
                            "Kirsty", "Nino", "Dawit", "Zarghuna", "Maricel", "Farid", "Selam", "Giorgi", "Rodel"]
EN_WORD_LAST = ["Best", "Barber", "Glass", "Temple", "Bridges", "Blossom", "Bay", "Major"]
EN_LAST = EN_WORD_LAST + ["Urquhart", "Ormerod", "Thistlethwaite", "Kilbride", "Featherstone", "Greenhalgh",
                          "Sandhu", "Chukwu", "Beridze", "Tekle", "Ahmadzai", "Villanueva", "Hotak", "Kapanadze"]
LOWER_EN = ["wren", "lark", "sky", "bud", "euan", "ailsa", "morag", "niall", "nino", "dawit", "farid", "rodel"]
DOMAINS = ["hyvinvointialue.example.fi", "satama.example.fi", "rakennus.example.com", "kirjasto.example.fi",
           "council.example.gov.uk", "logistics.example.com"]
JOBS_FI = ["Lähitukiasiantuntija", "Talouspäällikkö", "Palkka-asiantuntija", "Ylläpitäjä", "Osastonsihteeri",
           "Hankinta-asiantuntija"]
JOBS_EN = ["Service Desk Analyst", "Payroll Officer", "Facilities Coordinator", "Network Engineer",
           "Team Lead, EUC", "Procurement Specialist"]
PRONOUNS_EN = ["(she/her)", "(he/him)", "(they/them)"]

STREETS_FI = ["Urho Kekkosen katu {1}", "Eliel Saarisen tie {1}", "Kustaa Vaasan tie {1}", "Aleksis Kiven katu {2}",
              "Minna Canthin katu {2}", "Juhana Herttuan puistokatu {2}", "Paavo Nurmen tie {1}"]
STREETS_EN = ["Queen Victoria Street", "Prince Albert Road", "King Edward Street", "John Islip Street",
              "Isambard Brunel Road", "Sir Thomas Longley Road"]
DAYS_FI = ["Runebergin päivänä", "Minna Canthin päivänä", "Aleksis Kiven päivänä", "J. V. Snellmanin päivänä",
           "Eino Leinon päivänä", "Johanneksenpäivänä", "Tuomaanpäivänä", "Heikinpäivänä", "Matinpäivänä"]
DAYS_EN = ["St Patrick's Day", "St David's Day", "St George's Day", "Guy Fawkes Night", "Presidents' Day",
           "Columbus Day", "Burns Night"]

LOOK_FI = ["Wilma", "Oskari-karttapalvelu", "Laura-rekrytointi", "Otto-automaatti", "Elisan liittymä",
           "Ilmarisen eläkepalvelu", "Kieku", "M-Files", "Visma Sign", "Teams", "Outlook", "Citrix", "VPN",
           "monitoimitulostin", "INC0{6}", "SR-{5}", "LT-{4}", "HKI-WS{3}", "klo 1{1}.30", "ti 8.12.", "89,90 €",
           "vko 50", "versio 4.{1}.{1}", "tilaus {6}", "huone B{3}"]
LOOK_EN = ["Kafka", "Cassandra", "Sage 50", "Jarvis", "Alfred", "Marvin", "JasperReports", "Hudson", "Teams",
           "Outlook", "Citrix", "the VPN", "the MFD on 3", "INC0{6}", "SR-{5}", "LT-{4}", "LDN-WS{3}", "at 1{1}:30",
           "Tue 8 Dec", "GBP 89.90", "week 50", "version 4.{1}.{1}", "PO {6}", "room B{3}"]
WORDS_FI = [("", "Marjapiirakkaa", " on kahvihuoneessa, tervetuloa!"), ("", "Ruska-aikana", " Lapin toimipisteet ovat kiireisiä."),
            ("", "Lintu", " lensi konesalin ikkunaan, kamera on vinossa."),
            ("", "Kanto", " kaatoi kaapelikourun pihalla, kuitu poikki."),
            ("Pihalla kaatui vanha ", "pihlaja", " ja katkaisi sähköt."),
            ("", "Tammi", "-helmikuun laskut ovat vielä auki."),
            ("Tänään on ", "Marjan", " nimipäivä, kakkua kahvihuoneessa."),
            ("", "Wilma", " ei lähetä viestejä huoltajille."),
            ("", "Otto-automaatti", " aulassa on rikki."),
            ("Liputamme ", "Runebergin päivänä", ", toimisto on auki normaalisti.")]
WORDS_EN = [("", "Best", " regards to all of you."), ("", "Major", " incident declared for the VPN."),
            ("", "Rich", " text is off in the ticket editor."), ("", "Storm", " Babet knocked out the Leeds link."),
            ("The ", "Glass", " door at reception is stuck."), ("Team dinner is at ", "Temple Bar", " on Friday."),
            ("", "Kafka", " lag is back to normal."), ("", "Cassandra", " nodes were patched overnight."),
            ("Happy ", "St Patrick's Day", " from the Belfast desk!"), ("", "Jarvis", " the chat bot answered the FAQ.")]
CLITICS_BACK = ["kin", "kaan", "pa", "han", "ko"]
CLITICS_FRONT = ["kin", "kään", "pä", "hän", "kö"]


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


def back(form):
    return any(c in "aouAOU" for c in form.split("-")[-1].split(" ")[-1])


def clitic(form, ending=None):
    """form with a clitic after it, its vowel by the name's harmony: Dawitpa, Beridzekään, Tolosenko."""
    endings = CLITICS_BACK if back(form) else CLITICS_FRONT
    return form + (endings[ending] if ending is not None else R.choice(endings))


def initials(first, last):
    return first[0] + last[0]


def clock():
    return f"{R.randint(7, 16)}.{R.randint(0, 59):02d}"


def clock_en():
    return f"{R.randint(7, 16):02d}:{R.randint(0, 59):02d}"


def person_fi():
    """A first name and surname as case forms: Finnish (a word or not), or one time in two of another origin."""
    roll = R.random()
    if roll < 0.5:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts), R.choice(lasts)
    if roll < 0.7:
        return R.choice(FI_WORD_FIRST + FI_FIRST), R.choice(FI_WORD_LAST)
    return R.choice(FI_FIRST + FI_WORD_FIRST), R.choice(FI_LAST + FI_WORD_LAST)


def person_en():
    """An English, Scottish, Welsh or Irish first name and surname, or (one time in four) one of the Finnish set's."""
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
    kind = R.randrange(32)
    if kind == 0:
        m.say(f"PM {clock()}: as. soitti, ").look(look).say(" ei yhd. Ohj. uud.käynn. -> ok. Esim. ") \
            .name(other["nom"], other_last["nom"]).say(" hyv. lisäoik. Takais. ").name(third_last["all"]) \
            .say(f" huom. klo 14. /{initials(f, l)}")
    elif kind == 1:
        m.say(f"Soitto {clock()}, ").name(first["nom"], last["nom"]).say(" (").entity(mobile(), "PHONE").say("): ") \
            .look(look).say(" jumissa. Tark. etäyht., ei auttanut. Siirr. 2-tasolle, käsitt. ") \
            .name(other["nom"], other_last["nom"]).say(". As. tavoitettavissa klo 16 asti.")
    elif kind == 2:
        m.say("[09:14:03] Vierailija (").name(first["nom"], last["nom"]).say("): hei, ").look(look) \
            .say(" ei aukea\n[09:14:40] Asiakaspalvelija ").name(other["nom"]).say(": Hei ").name(first["nom"]) \
            .say("! Tarkistan asian.\n[09:16:02] ").name(other["nom"]).say(" siirsi keskustelun käyttäjälle ") \
            .name(third["nom"], third_last["all"]).say(".")
    elif kind == 3:
        m.say(f"7.12.2026 klo {clock()} - ").name(first["nom"], last["nom"]).say(": onko kellään ").look(look) \
            .say(" auki?\n7.12.2026 klo 9.16 - ").name(other["nom"], other_last["nom"]).say(": ") \
            .name(clitic(third["ade"], 0)).say(" on sama vika\n7.12.2026 klo 9.20 - ").name(first["nom"], last["nom"]) \
            .say(": ok, teen tiketin")
    elif kind == 4:
        firsts, lasts = SWEDISH
        a, b = R.choice(firsts)["nom"], R.choice(lasts)["nom"]
        m.say("Från: ").name(b).say(", ").name(a).say(" <").entity(email(a, b), "EMAIL") \
            .say(">\nSkickat: den 7 december 2026 09:14\nTill: ").name(other["nom"], other_last["nom"]).say(" <") \
            .entity(email(other["nom"], other_last["nom"]), "EMAIL").say(">\nKopia: ").name(third["nom"], third_last["nom"]) \
            .say("\nÄmne: SV: ").look(look).say("\n\nHej ").name(other["nom"]).say(", kan ni kolla det här? /").name(a)
    elif kind == 5:
        m.say("ma 7.12.2026 klo 9.14 ").name(first["nom"], last["nom"]).say(" kirjoitti:\n> Onko ") \
            .name(other["gen"]).say(" tunnus jo tehty?\nOn, ").name(third["nom"]).say(" teki sen eilen.\n> Entä ") \
            .look(look).say("?\nTilattu, ").name(clitic(third_last["nom"], 3)).say(" sen kuittasi.")
    elif kind == 6:
        m.say("Miksi ").name(first["gen"]).say(" esihenkilö näkyy väärin?\n\nPS C:\\> Get-ADUser -Filter \"Surname -eq '") \
            .name(last["nom"]).say("'\" -Properties Manager\n\nDistinguishedName : CN=").name(last["nom"]).say("\\, ") \
            .name(first["nom"]).say(",OU=Users,OU=Helsinki,DC=corp,DC=example\nGivenName         : ").name(first["nom"]) \
            .say("\nSurname           : ").name(last["nom"]).say("\nManager           : CN=").name(other_last["nom"]) \
            .say("\\, ").name(other["nom"]).say(",OU=Users,OU=Helsinki,DC=corp,DC=example")
    elif kind == 7:
        m.say("Synkronointivirhe: CN=").name(first["nom"], last["nom"]).say(",OU=Ulkoiset,DC=corp,DC=example ei löydy " \
            "kohdehakemistosta. ").name(other["gen"], other_last["gen"]).say(" tili toimii, ").look(look) \
            .say(" myös.")
    elif kind == 8:
        m.say("Graph palauttaa vanhan esihenkilön:\n{\"displayName\": \"").name(first["nom"], last["nom"]) \
            .say("\", \"jobTitle\": \"").say(R.choice(JOBS_FI)).say("\", \"mail\": \"") \
            .entity(email(first["nom"], last["nom"]), "EMAIL").say("\", \"manager\": {\"displayName\": \"") \
            .name(other["nom"], other_last["nom"]).say("\"}}\nOikea on ").name(third["nom"], third_last["nom"]).say(".")
    elif kind == 9:
        m.say("Uudet tunnukset (kopioitu Excelistä):\nSukunimi\tEtunimi\tOsasto\tKone\n").name(last["nom"]).say("\t") \
            .name(first["nom"]).say("\tTalous\t").look(fill("LT-{4}")).say("\n").name(other_last["nom"]).say("\t") \
            .name(other["nom"]).say("\tHR\t").look(fill("LT-{4}")).say("\n").name(third_last["nom"]).say("\t") \
            .name(third["nom"]).say("\tVarasto\t").look(look)
    elif kind == 10:
        m.name(clitic(first["nom"], 0)).say(" sai saman virheen, eikä ").name(clitic(other_last["all"], 1)) \
            .say(" ole tullut uutta salasanaa. ").look(look).say(" odottaa.")
    elif kind == 11:
        m.name(clitic(first["nom"], 2)).say(" sen jo korjasikin! Kysyin ").name(clitic(other["abl"], 3)) \
            .say(" eilen, ja hänen mukaansa ").look(look).say(" toimii.")
    elif kind == 12:
        m.name(clitic(other_last["gen"], 4)).say(" kone se oli, vai ").name(clitic(first["gen"], 4)) \
            .say("? ").look(look).say(" ei muista.")
    elif kind == 13:
        m.say("Toimisto on auki normaalisti ").look(R.choice(DAYS_FI)).say(". ").name(first["nom"], last["nom"]) \
            .say(" päivystää, ").name(other["all"]).say(" voi soittaa numeroon ").entity(mobile(), "PHONE").say(".")
    elif kind == 14:
        m.say("Toimitusosoite: ").name(first["nom"], last["nom"]).say(", ").look(fill(R.choice(STREETS_FI))) \
            .say(", 00100 Helsinki. Jos ").name(first["nom"]).say(" ei ole paikalla, paketin voi jättää ") \
            .name(other["all"], other_last["all"]).say(".")
    elif kind == 15:
        m.name(first["nom"], last["nom"]).say(" ei pääse ").look(R.choice(["Wilmaan", "Kiekuun", "Oskariin", "Lauraan"])) \
            .say(", ").name(other["nom"]).say(" tarkistaa oikeudet. ").look(R.choice(["Elisan", "Ilmarisen", "Otto-automaatin"])) \
            .say(" vika on eri asia.")
    elif kind == 16:
        family, given, english_name = R.choice(CHINESE)
        family2, given2, _ = R.choice(CHINESE)
        m.say("Uusi kortti lähetetty: ").name(family, given["all"]).say(" (").name(english_name).say("). ") \
            .name(family2, given2["gen"]).say(" tili on lukossa, ").look(look).say(".")
    elif kind == 17:
        (a, a_initial), (b, b_initial) = R.sample(INDIAN, 2)
        m.name(a["nom"]).say(f" {a_initial} ja ").name(b["nom"], R.choice(INDIAN_LAST)) \
            .say(" aloittavat maanantaina. ").name(a["all"]).say(" tarvitaan ").look(look).say(".")
    elif kind == 18:
        m.say("Otin yhteyttä ").name(first["nom"], last["ill"]).say(", mutta hän ohjasi minut ") \
            .name(other["nom"], other_last["all"]).say(". ").look(look).say(" on yhä auki.")
    elif kind == 19:
        m.say("Soittajan nimi: ").name(first["nom"], last["nom"]).say("\nTakaisinsoitto: ").entity(mobile(), "PHONE") \
            .say("\nAsia: ").look(look).say("\nSovittu: ").name(other["nom"], other_last["nom"]) \
            .say(" soittaa huomenna.")
    elif kind == 20:
        m.say("moi, ").name(clitic(first["nom"].lower(), 2)).say(" ehti jo, ").name(other_last["gen"].lower()) \
            .say(" kone on nyt ok. ").look(look.lower()).say(" vielä")
    elif kind == 21:
        m.say("Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(", palkka tilille ") \
            .entity(iban(), "IBAN", "subject").say(".\n\nYst. terv.\n").name(f, l, role="subject").say("\n") \
            .say(R.choice(JOBS_FI))
    elif kind == 22:
        m.say("Maksoin kortilla ").entity(card(), "PAYMENT_CARD", "subject").say(", ").name(other["nom"], other_last["nom"]) \
            .say(" hyväksyi kulun. ").look(look).say(" tilattu.")
    elif kind == 23:
        m.say("Asiakaspalaute (5/5): \"").name(other["nom"]).say(" oli tosi avulias, kiitos myös ") \
            .name(third["all"]).say(" takaisinsoitosta!\" – ").name(f, l, role="subject")
    elif kind == 24:
        m.say("Luovutuskuittaus: laite ").look(fill("LT-{4}")).say(", luovuttaja ").name(first["nom"], last["nom"]) \
            .say(", vastaanottaja ").name(other["nom"], other_last["nom"]).say(", todistaja ") \
            .name(third["nom"], third_last["nom"]).say(". Mukana ").look(look).say(".")
    elif kind == 25:
        m.say("Vuoroloki 7–15 (vetäjä ").name(first["nom"], last["nom"]).say("): ").look(look) \
            .say(" katkos 9.10–9.40, ").name(other["nom"]).say(" hoiti sillan, ").name(third_last["nom"]) \
            .say(" lomalla.")
    elif kind == 26:
        m.say("Ei ").name(clitic(first["all"], 1)).say(" ole tullut tekstiviestiä, eikä ") \
            .name(clitic(other_last["abl"], 1)).say(" löydy tunnusta. ").look(look).say(" tarkistettu.")
    elif kind == 27:
        m.say("Standup-botti: ").name(first["nom"], last["nom"]).say(" – Eilen: ").look(look) \
            .say(". Tänään: pariohjelmointi ").name(other["gen"]).say(" kanssa. Esteet: odotan ").name(third_last["par"]) \
            .say(".")
    elif kind == 28:
        m.say("commit ").say(fill("{7}")).say("\nAuthor: ").name(first["nom"], last["nom"]).say(" <") \
            .entity(email(first["nom"], last["nom"]), "EMAIL").say(">\n\n    Korjaa ").look(look) \
            .say(" -kirjautuminen\n\n    Reviewed-by: ").name(other["nom"], other_last["nom"])
    elif kind == 29:
        m.say("Ystävällisin terveisin\n").name(f, l, role="subject").say(" (hän/he)\n").say(R.choice(JOBS_FI)) \
            .say("\nPoissa ").look(R.choice(DAYS_FI)).say(", sijaisena ").name(other["nom"], other_last["nom"])
    elif kind == 30:
        m.say("Vierailija (").name(first["nom"]).say(") liittyi keskusteluun.\n").name(first["nom"]) \
            .say(": ").look(look).say(" kaatuu\nBotti: Yhdistän asiantuntijalle.\n").name(other["nom"], other_last["nom"]) \
            .say(" liittyi keskusteluun.\n").name(first["nom"]).say(" arvioi keskustelun 4/5.")
    else:
        m.name(first["nom"], last["nom"]).say(" ja ").name(other["nom"], other_last["nom"]).say(" ovat ") \
            .look(look).say(joined(look, "koulutuksessa")).say(", ").name(clitic(third["nom"], 3)) \
            .say(" vastaa puhelimeen.")
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
    kind = R.randrange(32)
    if kind == 0:
        m.say(f"ACN {clock_en()} – cust ").name(first, last).say(" rang re ").look(look) \
            .say("; MFA re-enrolled, OK. Mgr ").name(other, other_last).say(" to approve add'l access. CB ") \
            .name(third_last).say(f" tmrw am. /{initials(f, l)}")
    elif kind == 1:
        m.say("Call note: usr advised to reboot, no joy. Esc L2 -> ").name(other).say(" (Networks). Caller: ") \
            .name(first, last).say(", mob ").entity(mobile(), "PHONE").say(". ").look(look).say(" affected.")
    elif kind == 2:
        m.say("Chat started: 7 Dec 2026 09:14 UTC\nVisitor (").name(first, last).say("): hi, ").look(look) \
            .say(" won't load\nAgent (").name(other).say("): Hi ").name(first).say(", let me check.\n") \
            .name(other).say(" transferred the chat to ").name(third, third_last).say(".\n").name(first, last) \
            .say(" rated the chat 5/5")
    elif kind == 3:
        m.say(f"07/12/2026, {clock_en()} - ").name(first, last).say(": anyone else locked out of ").look(look) \
            .say("?\n07/12/2026, 09:16 - ").name(other, other_last).say(": yes, ").name(third).say(" too\n") \
            .say("07/12/2026, 09:17 - ").name(first, last).say(": ok raising a ticket")
    elif kind == 4:
        m.say("Von: ").name(last).say(", ").name(first).say(" <").entity(email(first, last), "EMAIL") \
            .say(">\nGesendet: Montag, 7. Dezember 2026 09:14\nAn: ").name(other, other_last).say(" <") \
            .entity(email(other, other_last), "EMAIL").say(">\nCc: ").name(third, third_last) \
            .say("\nBetreff: AW: ").look(look).say("\n\nHi ").name(other).say(", see below. ").name(first)
    elif kind == 5:
        m.say("On Mon, 7 Dec 2026, 09:14 ").name(first, last).say(" <").entity(email(first, last), "EMAIL") \
            .say("> wrote:\n> Has ").name(other).say("'s account been created?\nYes – ").name(third) \
            .say(" did it yesterday.\n> And the laptop?\nOrdered, ").look(look).say(".")
    elif kind == 6:
        m.say("PS C:\\> Get-ADUser -Filter \"Surname -eq '").name(last).say("'\" -Properties Manager\n\n" \
            "DistinguishedName : CN=").name(last).say("\\, ").name(first) \
            .say(",OU=Staff,DC=corp,DC=example\nGivenName         : ").name(first).say("\nSurname           : ") \
            .name(last).say("\nManager           : CN=").name(other_last).say("\\, ").name(other) \
            .say(",OU=Staff,DC=corp,DC=example\n\nManager is wrong, should be ").name(third, third_last).say(".")
    elif kind == 7:
        m.say("Sync error: object CN=").name(first, last).say(",OU=Contractors,DC=corp,DC=example has no manager; ") \
            .name(other, other_last).say(" is listed as sponsor. ").look(look).say(" unaffected.")
    elif kind == 8:
        m.say("{\"displayName\": \"").name(last).say(", ").name(first).say("\", \"jobTitle\": \"") \
            .say(R.choice(JOBS_EN)).say("\", \"manager\": {\"displayName\": \"").name(other, other_last) \
            .say("\"}, \"officeLocation\": \"").look(look).say("\"}\nGraph still returns the old manager for ") \
            .name(first).say(".")
    elif kind == 9:
        m.say("Pasted from the HR sheet:\nName\tDept\tStart\tLaptop\n").name(first, last).say("\tFinance\t11/01\t") \
            .look(fill("LT-{4}")).say("\n").name(other, other_last).say("\tHR\t18/01\t").look(fill("LT-{4}")) \
            .say("\n").name(third, third_last).say("\tEstates\t25/01\t").look(look)
    elif kind == 10:
        m.say("WEBVTT\n\n00:01:12.400 --> 00:01:15.000\n<v ").name(first, last) \
            .say(">Can everyone see my screen?\n\n00:01:16.100 --> 00:01:18.900\n<v ").name(other, other_last) \
            .say(">Yes. ").name(third).say(", you're on mute.\n\n00:01:19.000 --> 00:01:21.500\n<v ") \
            .name(first, last).say(">OK, so ").look(look).say(" is down again.")
    elif kind == 11:
        m.say("commit ").say(fill("{7}")).say("\nAuthor: ").name(first, last).say(" <").entity(email(first, last), "EMAIL") \
            .say(">\nDate:   Mon Dec 7 09:14:02 2026 +0000\n\n    Fix ").look(look).say(" login loop\n\n    Reviewed-by: ") \
            .name(other, other_last).say("\n    Co-authored-by: ").name(third, third_last).say(" <") \
            .entity(email(third, third_last), "EMAIL").say(">")
    elif kind == 12:
        m.say("Reminder: ").look(R.choice(DAYS_EN)).say(" – ").name(first, last).say(" is on call, ").name(other) \
            .say(" backs up. ").look(look).say(" changes are frozen.")
    elif kind == 13:
        m.say("Courier to: ").name(first, last).say(", ").say(str(R.randint(2, 180))).say(" ") \
            .look(R.choice(STREETS_EN)).say(", London. If ").name(first).say("'s out, leave it with ").name(other) \
            .say(" at reception.")
    elif kind == 14:
        m.name(first, last).say("'s ").look(R.choice(["Kafka", "Cassandra", "Hudson"])).say(" job keeps failing; ") \
            .name(other).say(" restarted ").look(R.choice(["Jarvis", "Alfred", "Marvin", "JasperReports"])).say(".")
    elif kind == 15:
        firsts, lasts = GEORGIAN
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" and ").name(R.choice(firsts)["nom"]) \
            .say(" (both Tbilisi office) can't reach ").look(look).say(".")
    elif kind == 16:
        firsts, lasts = FILIPINO
        m.say("Please add ").name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" to ").look(look) \
            .say("; her manager ").name(other, other_last).say(" approved.")
    elif kind == 17:
        family, given, english_name = R.choice(CHINESE)
        m.name(family, given["nom"]).say(" (").name(english_name).say(") from the Shenzhen team needs ").look(look) \
            .say("; ").name(english_name).say(" is online after 14:00 our time.")
    elif kind == 18:
        (a, a_initial), (b, b_initial) = R.sample(INDIAN, 2)
        m.name(a["nom"]).say(f" {a_initial} and ").name(b["nom"]).say(f" {b_initial} from the Pune vendor team need ") \
            .look(look).say("; raise it under ").name(other, other_last).say("'s cost centre.")
    elif kind == 19:
        firsts, lasts = R.choice([ERITREAN, AFGHAN])
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" said ").name(R.choice(firsts)["nom"]) \
            .say(" already tried ").look(look).say(".")
    elif kind == 20:
        m.say("Customer feedback (5/5): \"").name(other).say(" was brilliant, and thanks to ").name(third) \
            .say(" for the callback.\" – ").name(f, l, role="subject")
    elif kind == 21:
        m.say("My IBAN is ").entity(iban(), "IBAN", "subject").say(" and my phone ").entity(mobile(), "PHONE", "subject") \
            .say(".\n\nKind regards,\n").name(f, l, role="subject").say(" ").say(R.choice(PRONOUNS_EN)).say("\n") \
            .say(R.choice(JOBS_EN))
    elif kind == 22:
        m.say("Card ").entity(card(), "PAYMENT_CARD", "subject").say(" got declined for ").look(look).say(", ") \
            .name(other, other_last).say(" approved the expense.")
    elif kind == 23:
        m.say("hey did ").name(R.choice(LOWER_EN)).say(" sort the ").look(look.lower()).say(" thing? ") \
            .name(R.choice(LOWER_EN)).say(" says no")
    elif kind == 24:
        m.say("Thanks,\n").name(f, l, role="subject").say(" ").say(R.choice(PRONOUNS_EN)).say("\n") \
            .say(R.choice(JOBS_EN)).say(" | Out on ").look(R.choice(DAYS_EN)).say(", cover: ").name(other, other_last)
    elif kind == 25:
        m.say("Handover receipt: device ").look(fill("LT-{4}")).say(", issued by ").name(first, last) \
            .say(", received by ").name(other, other_last).say(", witnessed by ").name(third, third_last).say(".")
    elif kind == 26:
        m.say("Shift log 07-15 (lead: ").name(first, last).say("): 3 P1s, ").look(look) \
            .say(" outage 09:10–09:40; ").name(other).say(" took the bridge; ").name(third_last).say(" on leave.")
    elif kind == 27:
        m.say("Standup bot: ").name(first, last).say(" – Yesterday: ").look(look).say(". Today: pairing with ") \
            .name(other).say(". Blockers: waiting on ").name(third_last).say(".")
    elif kind == 28:
        m.say("Respondent: ").name(first, last).say("\nQ1 Who helped you? ").name(other) \
            .say("\nQ2 Anything else? ").look(look).say(" is still slow, ask ").name(third, third_last).say(".")
    elif kind == 29:
        m.say("Visitor (").name(first).say(") joined the chat.\n").name(first).say(": ").look(look) \
            .say(" keeps crashing\nBot: Connecting you to an agent.\n").name(other, other_last) \
            .say(" joined the chat.\n").name(first).say(" left the chat.")
    elif kind == 30:
        m.say("> Can ").name(other).say(" approve this?\n").name(other).say(" is off till Monday – ").name(third, third_last) \
            .say(" can.\n> And ").look(look).say("?\nDone. ").say(initials(f, l))
    else:
        m.say("Hand-over from ").name(first).say(" to ").name(other, other_last).say(": ").look(look) \
            .say(" patched, ").name(third_last).say(" to verify.")
    if R.random() < 0.2:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-13", 640, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
