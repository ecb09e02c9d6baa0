#!/usr/bin/env python3
"""Generates the eighteenth held-out set (held-out-18.jsonl), written and committed before the engine was run on it, as
an untouched set beside sets 15 to 17: nobody tunes on it. It holds kinds of service-desk text sets 1-17 lack: travel
bookings with passengers in the airline order ("PASSENGER 1: PASCOE/CECILY ADT", "Matkustajat: UOTILA/EEVI
(aikuinen)"); contact cards pasted as vCard text (N:Luik;Ülo;;;, FN:, TEL;TYPE=CELL:, EMAIL;TYPE=WORK:); raw
iCalendar invitations (ORGANIZER;CN="Kivimäki, Hilja":mailto:…, ATTENDEE;CN=…;ROLE=OPT-PARTICIPANT); LDIF directory
entries (dn: cn=…, givenName:, sn:, telephoneNumber:, manager: cn=…); on-call rotations as YAML (- name:, phone:,
escalation:); Exchange PowerShell for mailbox delegation and forwarding (Add-MailboxPermission -Identity … -User …,
Set-Mailbox -ForwardingSmtpAddress); meeting attendance reports with tabs (Nimi/Liittyi/Poistui/Kesto); reports of
CEO-fraud mail naming the impersonated director and the false address; requests to change the phone of
multi-factor sign-in; lost phones with their IMEI; expense claims with a creditor reference, a business ID, an
e-invoice address and a BIC; interview schedules; switchboard forwarding orders; intranet welcome posts; equipment
loans; callback requests with numbers said digit by digit from the "plus" ("plus kolme viisi kahdeksan …", "plus
four four seven …"); and, as a minority, kinds of earlier sets in new sentences (Teams exports "[09:14] Sukunimi
Etunimi", quoted mail "> Lähettäjä:" and "On Tue … wrote:", on-call handovers, payroll changes).
Finnish names that are places or words appear in person and in place or word uses in one message: Lahti, Kotka,
Salo, Rauma, Koski and Mäki as surnames in the cases (Lahden mukaan, Kotkalta, Salolta, Koskea) beside Lahden
toimisto, Kotkassa, Salossa, Raumalla, koskella; Vappu, Sisu, Aurora, Sampo and Pyry as given names beside vappuna,
Sisu-järjestelmä, tiimi Aurora, Sampo-palvelu and lumipyry; English Marigold, Clementine, Haworth and Munro beside
marigold gloves, a clementine, the Haworth office and a munro.
Names are new to sets 1-17 (more than nine in ten name forms): Finnish given names (Aarni, Eemil, Iivari, Joona, Lenni,
Eevi, Enni, Emmi, Nella, Alma, Lotta, Vilma, Aava, Essi, Irmeli, Hellevi, Pauliina, Jonna, Nuppu, Hely, Ulpu, Yrjö,
Eero, Taneli, Iikka, Lasse, Tatu, Sampsa, Eljas, Talvikki, Hilja, Kuutti, Kullervo) and surnames (Nykänen,
Airaksinen, Hyttinen, Haverinen, Penttinen, Pelkonen, Tenhunen, Ukkonen, Paananen, Sallinen, Tanskanen, Vesalainen,
Pakarinen, Rahkonen, Siltanen, Viitanen, Ylinen, Hakulinen, Kuparinen, Lukkarinen, Nevalainen, Rautanen, Soininen,
Niskanen, Puustinen, Tuovinen, Leskinen, Ropponen, Tirkkonen; Pyykkö, Kantola, Uusitalo, Ylitalo, Kärnä, Kivimäki,
Sirviö, Ylikoski, Alatalo, Hautala, Honkala, Kallunki, Lappi, Lumijärvi, Myllylä, Niemelä, Sorvari, Tuomela, Uotila,
Vahtera, Vilkuna, Vuorela, Holappa, Mustakallio, Pöysti), Sámi and Skolt Sámi (Áslat, Sámmol, Piera, Juhán, Mihkkal,
Elen, Sire; Lukkari, Kuuva, Morottaja, Feodoroff, Sanila, Moshnikoff, Fofonoff, Semenoff, Gauriloff, Laiti, Hetta),
Estonian (Jaanus, Rein, Raivo, Indrek, Signe, Kertu, Helje, Ülo, Jüri, Taavi, Kristjan, Madis; Sepp, Raudsepp,
Laas, Luik, Tõnisson, Kalju, Rätsep, Kruus, Männik), Polish (Łukasz, Jędrzej, Maciej, Wiktoria, Szymon;
Woźniak, Sikorski, Krawczyk, Piotrowski, Michalak, Gołębiowski, Chmielewska), Ukrainian (Andrii, Vitalii, Nataliia,
Kateryna, Svitlana, Volodymyr; Kravets, Oliinyk, Polishchuk, Moroz, Ponomarenko, Kuzmenko, Levchenko, Boyko), Somali
(Abdiqani, Sahra, Nimco, Ilhan, Deeqa, Cawo, Khadar, Bashiir, Dahir; Dualeh, Hassan, Ismail, Muse, Gedi, Elmi,
Awale), Arabic with a particle (Faisal, Majid, Hussein, Dalia, Hanan; al-Qahtani, al-Masri, al-Najjar, al-Tamimi,
al-Rifai, bin Saleh), Turkish (Şükrü, Özgür, Çağla, Gülşen, Ebru, Deniz, Aslı, Ömer, Hakan; Yılmaz, Arslan, Özdemir,
Güneş, Aksoy, Karataş), Vietnamese in their own order (Nguyen Van An, Ngô Gia Huy, Hồ Thị Châu, Lê Minh Tâm),
Chinese family name first (Li Na, Lin Yuxuan, He Ping, Hu Bo, Wu Ting, Zhou Jie), Spanish with two surnames (Nerea
Ortega Salinas, Álvaro Marín Cuesta, Itziar Ortega Marín), Dutch and German with particles (Bram van Leeuwen, Maartje
van den Broek, Wouter de Jong, Friedrich von Bülow, Lieselotte von Hagen, Detlef ter Horst), English, Welsh, Scottish
and Irish (Rufus, Cecily, Beatrix, Araminta, Jemima, Peregrine, Crispin, Quentin, Lysander, Thaddeus, Cornelius,
Horatio, Octavia, Letitia, Henrietta, Gwendolen, Ottoline, Fionnuala, Ciara, Tadhg, Eoghan, Fergal, Donal, Aled,
Bryn, Carys, Seren, Angharad, Iestyn, Torquil, Struan; Ashdown, Fothergill, Hetherington, Wainwright, Ramsbottom,
Higginbottom, Pettigrew, Loxley, Aldridge, Bramwell, Ackroyd, Sutcliffe, Entwistle, Postlethwaite, Illingworth,
Oglethorpe, Culpepper, Trelawney, Penhaligon, Pascoe, Trevithick, Nancarrow, MacAulay, Mackintosh, Farquharson,
Gunn, Pryce, Prosser, Vaughan, Bevan, Flanagan, Hennessy, Moriarty), names in capitals in bookings.
Look-alikes are mostly new: units, diseases and prizes named after people (kelvineinä, wattia, hertsin, desibelin,
Alzheimerin tautia, Crohnin tauti, Nobelin palkinto, Finlandia-palkinto; newtons, the Nobel Prize, the Booker Prize,
the Fields Medal, Burns Night), ships and trains (M/S Gabriella, Silja Symphony, jäänmurtaja Sisu, Pendolino, the
Flying Scotsman), buildings (Amos Rex, Lasipalatsi, Sanomatalo, the Gherkin), supercomputers and clusters (Mahti,
Puhti, LUMI, Roihu; the Aurora database), meeting rooms named after people of the Kalevala (Väinämöinen, Ilmatar, Kullervo),
firms and brands that are surnames (Martela, Rapala, Marimekko, Iittala, Dell, Ralph Lauren), student systems named
like people (Sisu, Peppi, Oodi), teams and products (tiimi Aurora, Sampo-palvelu, Projekti Pyry), identifiers that
are no one's (RF creditor references, business IDs, VAT numbers, e-invoice
addresses beginning 0037, BICs, booking references, flight and train numbers), and the set's word names as words.
Each name part is its own NAME span (a particle with its surname: "van Leeuwen", "al-Masri", "bin Saleh"; passenger
types such as ADT after a booked name are outside the spans). Same format as evaluation-set.jsonl; 640 messages, half
Finnish. Each message checks itself before it is printed: every span holds the text at its offsets, no two spans
overlap and no look-alike overlaps a span, and the text has no character outside the Basic Multilingual Plane (the
offsets count code points, Java counts UTF-16 units).
Deterministic: python3 held-out-18.py > held-out-18.jsonl"""
import random

import identifiers
from message import Message
from name_forms import foreign, inflect, nen

R = random.Random(18181818)


def fi(nom, weak=None, strong=None, par=None, ill=None):
    return inflect(nom, weak, strong, par, ill)


def origin(firsts, lasts):
    return [foreign(n) for n in firsts], [foreign(n) for n in lasts]


FI_FIRST = [fi(n) for n in ["Aarni", "Iivari", "Joona", "Lenni", "Eevi", "Enni", "Emmi", "Nella", "Alma", "Vilma",
                            "Aava", "Essi", "Irmeli", "Hellevi", "Pauliina", "Jonna", "Hely", "Ulpu", "Yrjö", "Eero",
                            "Taneli", "Lasse", "Tatu", "Sampsa", "Hilja", "Kullervo"]] + \
           [foreign("Eemil"), fi("Lotta", "Lota", "Lotta"), fi("Nuppu", "Nupu", "Nuppu"), fi("Iikka", "Iika", "Iikka"),
            fi("Eljas", "Eljakse", "Eljakse", par="Eljasta", ill="Eljakseen"), fi("Talvikki", "Talviki", "Talvikki"),
            fi("Kuutti", "Kuuti", "Kuutti")]
FI_LAST = [nen(n) for n in ["Nykänen", "Airaksinen", "Hyttinen", "Haverinen", "Penttinen", "Pelkonen", "Tenhunen",
                            "Ukkonen", "Paananen", "Sallinen", "Tanskanen", "Vesalainen", "Pakarinen", "Rahkonen",
                            "Siltanen", "Viitanen", "Ylinen", "Hakulinen", "Kuparinen", "Lukkarinen", "Nevalainen",
                            "Rautanen", "Soininen", "Niskanen", "Puustinen", "Tuovinen", "Leskinen", "Ropponen",
                            "Tirkkonen"]] + \
          [fi(n) for n in ["Kantola", "Uusitalo", "Ylitalo", "Kärnä", "Alatalo", "Hautala", "Honkala",
                           "Myllylä", "Niemelä", "Sorvari", "Tuomela", "Uotila", "Vahtera", "Vilkuna", "Vuorela",
                           "Pöysti"]] + \
          [fi("Pyykkö", "Pyykö", "Pyykkö"), fi("Sirviö", par="Sirviötä"), fi("Mustakallio", par="Mustakalliota"), fi("Kivimäki", "Kivimäe", "Kivimäke", par="Kivimäkeä", ill="Kivimäkeen"),
           fi("Ylikoski", "Ylikoske", "Ylikoske", par="Ylikoskea", ill="Ylikoskeen"), fi("Kallunki", "Kallungi", "Kallunki"),
           fi("Lappi", "Lapi", "Lappi"), fi("Lumijärvi", "Lumijärve", "Lumijärve", par="Lumijärveä", ill="Lumijärveen"),
           fi("Holappa", "Holapa", "Holappa")]
SAMI = ([foreign(n) for n in ["Áslat", "Sámmol", "Piera", "Juhán", "Mihkkal", "Elen", "Sire"]],
        [foreign(n) for n in ["Lukkari", "Kuuva", "Morottaja", "Feodoroff", "Sanila", "Moshnikoff", "Fofonoff",
                              "Semenoff", "Gauriloff", "Laiti"]] + [fi("Hetta", "Heta", "Hetta")])
ESTONIAN = origin(["Jaanus", "Rein", "Raivo", "Indrek", "Signe", "Kertu", "Helje", "Ülo", "Jüri", "Taavi",
                   "Kristjan", "Madis"],
                  ["Sepp", "Raudsepp", "Laas", "Luik", "Tõnisson", "Kalju", "Rätsep", "Kruus", "Männik"])
POLISH = origin(["Łukasz", "Jędrzej", "Maciej", "Wiktoria", "Szymon"],
                ["Woźniak", "Sikorski", "Krawczyk", "Piotrowski", "Michalak", "Gołębiowski", "Chmielewska"])
UKRAINIAN = origin(["Andrii", "Vitalii", "Nataliia", "Kateryna", "Svitlana", "Volodymyr"],
                   ["Kravets", "Oliinyk", "Polishchuk", "Moroz", "Ponomarenko", "Kuzmenko", "Levchenko", "Boyko"])
SOMALI = origin(["Abdiqani", "Sahra", "Nimco", "Ilhan", "Deeqa", "Cawo", "Khadar", "Bashiir", "Dahir"],
                ["Dualeh", "Hassan", "Ismail", "Muse", "Gedi", "Elmi", "Awale"])
ARABIC = origin(["Faisal", "Majid", "Hussein", "Dalia", "Hanan"],
                ["al-Qahtani", "al-Masri", "al-Najjar", "al-Tamimi", "al-Rifai", "bin Saleh"])
TURKISH = origin(["Şükrü", "Özgür", "Çağla", "Gülşen", "Ebru", "Deniz", "Aslı", "Ömer", "Hakan"],
                 ["Yılmaz", "Arslan", "Özdemir", "Güneş", "Aksoy", "Karataş"])
PARTICLE = origin(["Bram", "Maartje", "Wouter", "Friedrich", "Lieselotte", "Detlef"],
                  ["van Leeuwen", "van den Broek", "de Jong", "von Bülow", "von Hagen", "ter Horst"])
ORIGINS = [SAMI, ESTONIAN, POLISH, UKRAINIAN, SOMALI, ARABIC, TURKISH, PARTICLE]
# Names of three parts in their own order (family name first) and Spanish names with two surnames: the last part
# takes the Finnish case.
THREE = [("Nguyen", "Van", foreign("An")), ("Ngô", "Gia", foreign("Huy")), ("Hồ", "Thị", foreign("Châu")),
         ("Lê", "Minh", foreign("Tâm")), ("Nerea", "Ortega", foreign("Salinas")), ("Álvaro", "Marín", foreign("Cuesta")),
         ("Itziar", "Ortega", foreign("Marín"))]
VIETNAMESE_FAMILY = ["Nguyen", "Ngô", "Hồ", "Lê"]
CHINESE = [("Li", foreign("Na")), ("Lin", foreign("Yuxuan")), ("He", foreign("Ping")), ("Hu", foreign("Bo")),
           ("Wu", foreign("Ting")), ("Zhou", foreign("Jie"))]

EN_FIRST = ["Rufus", "Cecily", "Beatrix", "Araminta", "Jemima", "Peregrine", "Crispin", "Quentin", "Lysander",
            "Thaddeus", "Cornelius", "Horatio", "Octavia", "Letitia", "Henrietta", "Gwendolen", "Ottoline", "Fionnuala",
            "Ciara", "Tadhg", "Eoghan", "Fergal", "Donal", "Aled", "Bryn", "Carys", "Seren", "Angharad", "Iestyn",
            "Torquil", "Struan"]
EN_LAST = ["Ashdown", "Fothergill", "Hetherington", "Wainwright", "Ramsbottom", "Higginbottom", "Pettigrew", "Loxley",
           "Aldridge", "Bramwell", "Ackroyd", "Sutcliffe", "Entwistle", "Postlethwaite", "Illingworth", "Oglethorpe",
           "Culpepper", "Trelawney", "Penhaligon", "Pascoe", "Trevithick", "Nancarrow", "MacAulay", "Mackintosh",
           "Farquharson", "Gunn", "Pryce", "Prosser", "Vaughan", "Bevan", "Flanagan", "Hennessy", "Moriarty"]
DOMAINS = ["kunta.example.fi", "sairaanhoitopiiri.example.fi", "rakennus.example.com", "ammattikorkea.example.fi",
           "museum.example.org.uk", "shipping.example.co.uk"]

# Surnames that are towns or words: the person's forms and sentences that use the place or the word.
PLACE_SURNAMES = [
    (fi("Lahti", "Lahde", "Lahte", par="Lahtea", ill="Lahteen"),
     [("", "Lahden toimiston", " tulostin on taas jumissa."), ("Kuljetus lähtee ", "Lahteen", " huomenna."),
      ("Sama vika on ", "Lahdessakin", ".")]),
    (fi("Kotka", "Kotka", "Kotka"),
     [("", "Kotkan toimisto", " on suljettu perjantaina."), ("Uusi kytkin asennetaan ", "Kotkassa", " ensi viikolla."),
      ("Lähetys menee ", "Kotkaan", " maanantaina.")]),
    (fi("Salo", "Salo", "Salo"),
     [("", "Salon toimipisteen", " wlan ei toimi."), ("", "Salossa", " on sähkökatko."),
      ("Varaosat tulevat ", "Salosta", ".")]),
    (fi("Rauma", "Rauma", "Rauma"),
     [("", "Raumalla", " on huoltokatko torstaina."), ("", "Rauman toimiston", " näytöt vaihdetaan.")]),
    (fi("Koski", "Koske", "Koske", par="Koskea", ill="Koskeen"),
     [("Kesäpäivillä mennään ", "koskenlaskuun", "."), ("Mökin ", "koskella", " ei ole kenttää.")]),
    (fi("Mäki", "Mäe", "Mäke", par="Mäkeä", ill="Mäkeen"),
     [("Toimisto on ", "mäen", " päällä, ja kenttä katkeilee."), ("Pyörä jäi ", "mäkeen", " lumen takia.")]),
]
# Given names that are words or things: the person's forms and sentences that use the word or the thing.
WORD_FIRSTS = [
    (fi("Vappu", "Vapu", "Vappu"), [("Toimisto on kiinni ", "vappuna", "."), ("", "Vappuaattona", " päivystää yksi.")],
     ("The Helsinki office is closed for ", "Vappu", " on 1 May.")),
    (fi("Sisu"), [("", "Sisu-järjestelmä", " ei näytä opintoja."), ("Tähän tarvitaan ", "sisua", ".")],
     ("The ", "Sisu", " student system shows no credits either.")),
    (fi("Aurora"), [("Asia siirtyy ", "tiimi Auroralle", "."), ("Tietokanta ", "Aurora", " on hidas.")],
     ("The ", "Aurora", " database is slow too.")),
    (fi("Sampo", "Sammo", "Sampo"), [("", "Sampo-palvelu", " on huoltokatkolla."), ("Kalevalan ", "sampo", " taottiin Pohjolassa.")],
     ("", "Sampo-palvelu", " is down for maintenance as well.")),
    (fi("Pyry"), [("Aamun ", "lumipyry", " katkaisi yhteyden."), ("", "Projekti Pyry", " viivästyy.")],
     ("", "Project Pyry", " is late because of this.")),
]
# English names that are words or places, whether given name or surname, and sentences with the word or the place.
EN_PLACE_WORDS = [("Marigold", True, ("Put on the ", "marigold", " gloves before touching the toner.")),
                  ("Clementine", True, ("There is a ", "clementine", " stuck in the shredder.")),
                  ("Haworth", False, ("", "The Haworth office", " has no Wi-Fi again.")),
                  ("Munro", False, ("Half the team is out bagging a ", "munro", " on Friday."))]

HOSTS = ["Mahti", "Puhti", "LUMI", "Roihu"]
ROOMS_FI = [("neuvotteluhuone Väinämöinen", "neuvotteluhuone Väinämöisessä"), ("neuvotteluhuone Ilmatar", "neuvotteluhuone Ilmattaressa"),
            ("neuvotteluhuone Kullervo", "neuvotteluhuone Kullervossa"), ("Amos Rex", "Amos Rexissä")]
ROOMS_EN = ["Room Väinämöinen", "the Ilmatar room", "the Kullervo room", "the Gherkin, level 12"]
TOOLS = ["Sisu", "Peppi", "Oodi", "Teams", "Outlook", "SAP", "Moodle", "Gerrit"]
BRANDS_FI = ["Martelan", "Rapalan", "Marimekon", "Iittalan"]
BRANDS_EN = ["Martela", "Rapala", "Marimekko", "Iittala", "Dell", "Ralph Lauren"]
HOLIDAYS_FI = ["vappuna", "juhannuksena", "laskiaisena", "kekrinä"]
HOLIDAYS_EN = ["Burns Night", "Hogmanay", "St Stephen's Day", "Martinmas"]
WORDS_FI = [("Mittari näyttää ", "kelvineinä", ", ei celsiuksina."), ("Laturi antaa 65 ", "wattia", "."),
            ("Näyttö toimii 144 ", "hertsin", " taajuudella."), ("Tuuletin pitää 60 ", "desibelin", " ääntä."),
            ("Tutkimusryhmä tutkii ", "Alzheimerin tautia", ", ja sen data on erillisellä palvelimella."),
            ("", "Crohnin tauti", " -hankkeen kansio on kadonnut."), ("Aulan näytöllä pyörii ", "Nobelin palkinto", " -uutinen."),
            ("Kirjaston tabletit ovat ", "Finlandia-palkinto", " -näyttelyssä."), ("Kokous siirtyi laivalle ", "M/S Gabriella", "."),
            ("Messut pidetään ", "Silja Symphonylla", "."), ("", "Jäänmurtaja Sisu", " näkyy satamakamerassa."),
            ("", "Pendolino", " oli myöhässä, joten aloitin tunnin myöhemmin."), ("Tilaisuus on ", "Lasipalatsissa", "."),
            ("Työpaja on ", "Sanomatalossa", "."), ("Laskentaa ajetaan ", "Mahti-supertietokoneella", ".")]
WORDS_EN = [("The actuator is rated at 40 ", "newtons", "."), ("The charger gives 65 ", "watts", "."),
            ("Comms about the ", "Nobel Prize", " went out too early."), ("The ", "Booker Prize", " shortlist is on the screens."),
            ("Maths said the ", "Fields Medal", " lecture needs a projector."), ("The office closes early on ", "Burns Night", "."),
            ("The team sailed on ", "M/S Gabriella", " to Stockholm."), ("Someone filmed the ", "Flying Scotsman", " on a work phone."),
            ("The offsite is at ", "the Gherkin", "."), ("Jobs run on ", "Puhti", " overnight."),
            ("Her dock is a ", "Dell", " WD19."), ("The hoodies are ", "Ralph Lauren", ", apparently.")]
GREET_FI = ["Terveisin", "Kiitos", "Ystävällisin terveisin", "T."]
GREET_EN = ["Regards", "Thanks", "Best", "Cheers"]


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    """Finnish mobiles in every common form."""
    prefix = R.choice(["040", "041", "044", "045", "046", "050", "0400", "0500"])
    rest = identifiers.digits(R, 10 - len(prefix))
    p = prefix[1:]
    return R.choice([f"{prefix} {rest}", f"{prefix}-{rest}", f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}{rest}",
                     f"+358 {p} {rest[:3]} {rest[3:]}", f"+358{p}{rest}", f"00358 {p} {rest}", f"({prefix}) {rest}",
                     f"+358 ({p}) {rest[:3]} {rest[3:]}", f"{prefix} {rest[:2]} {rest[2:4]} {rest[4:]}"])


def landline():
    return fill(R.choice(["09 {4} {3}", "(09) {3} {4}", "02 {3} {4}", "03-{3} {4}", "+358 9 {4} {3}", "017 {3} {3}",
                          "(05) {3} {4}", "06-{3} {4}", "+358 (0)2 {3} {4}", "016 {6}", "029 {3} {4}"]))


def foreign_phone():
    pattern = R.choice(["+372 5{3} {4}", "+48 5{2} {3} {3}", "+380 67 {3} {2} {2}", "+252 61 {3} {4}",
                        "+90 5{2} {3} {2} {2}", "+84 9{1} {3} {2} {2}", "+86 13{1} {4} {4}", "+34 6{2} {2} {2} {2}",
                        "+31 6 {4} {4}", "+49 15{1} {7}", "+44 7{3} {6}", "+47 9{2} {2} {3}", "+353 87 {3} {4}"])
    if R.random() < 0.35:
        pattern = "00" + pattern[1:]
    return fill(pattern)


FI_DIGITS = ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
EN_DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_fi():
    """A Finnish mobile said digit by digit from the plus: plus kolme viisi kahdeksan neljä nolla …"""
    number = "358" + R.choice(["40", "44", "50", "45"]) + identifiers.digits(R, 7)
    return "plus " + " ".join(FI_DIGITS[int(d)] for d in number)


def spoken_en():
    """A UK mobile said digit by digit from the plus, "oh" for zero once in a while."""
    number = "447" + identifiers.digits(R, 9)
    zero = R.choice(["zero", "oh"])
    return "plus " + " ".join(zero if d == "0" else EN_DIGITS[int(d)] for d in number)


def email(first, last, domains=DOMAINS):
    """A person's address; a surname's particle is left out (van den Broek: broek), and the letters that have no
    unmarked form in Unicode are written as addresses write them (Łukasz: lukasz, Aslı: asli)."""
    plain = str.maketrans({"Ł": "L", "ł": "l", "ı": "i"})
    return identifiers.address(R, first.translate(plain), last.split()[-1].translate(plain), domains)


def hetu():
    """Identity codes with every century sign of 2023 beside the old ones."""
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(40, 99)), ("Y", R.randint(50, 99)), ("X", R.randint(60, 99)),
                                                 ("W", R.randint(60, 99)), ("V", R.randint(70, 99)), ("U", R.randint(70, 99)),
                                                 ("A", R.randint(0, 8)), ("B", R.randint(0, 8)), ("C", R.randint(0, 8)),
                                                 ("D", R.randint(0, 8)), ("E", R.randint(0, 8)), ("F", R.randint(0, 8))]))


def iban():
    if R.random() < 0.6:
        return identifiers.written_iban(R)
    country, bban = R.choice([("EE", "{16}"), ("PL", "{24}"), ("NL", "INGB{10}"), ("DE", "{18}"), ("ES", "{20}")])
    full = identifiers.iban(R, country, fill(bban))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    if R.random() < 0.2:
        n = identifiers.luhn(R, "34", 15)
        return f"{n[:4]} {n[4:10]} {n[10:]}"
    n = identifiers.luhn(R, R.choice(["4", "53", "22"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4))])


def imei():
    """A phone's IMEI: 15 digits that pass the Luhn test; it names the owner's device, so it is redacted (DEVICE_ID)."""
    n = identifiers.luhn(R, R.choice(["35", "86", "01"]), 15)
    return R.choice([n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:2]} {n[2:8]} {n[8:14]} {n[14]}"])


def business_id():
    """A Finnish business ID (Y-tunnus) with its check digit."""
    while True:
        body = identifiers.digits(R, 7)
        rest = sum(int(d) * w for d, w in zip(body, [7, 9, 10, 5, 8, 4, 2])) % 11
        if rest != 1:
            return f"{body}-{0 if rest == 0 else 11 - rest}"


def creditor_reference():
    """An RF creditor reference: its check digits computed as an IBAN's are, written in groups of four."""
    ref = identifiers.iban(R, "RF", identifiers.digits(R, R.randint(8, 14)))
    return " ".join(ref[i:i + 4] for i in range(0, len(ref), 4))


def booking():
    return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))


def finn():
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_fi():
    """Finnish one time in two, else of another origin, in the Finnish cases."""
    if R.random() < 0.5:
        return finn()
    firsts, lasts = R.choice(ORIGINS)
    return R.choice(firsts), R.choice(lasts)


def person_en():
    roll = R.random()
    if roll < 0.5:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    if roll < 0.8:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts)["nom"], R.choice(lasts)["nom"]
    a, b = finn()
    return a["nom"], b["nom"]


def words(m, sentences):
    """One sentence of look-alikes at the end of the message, three times in ten."""
    if R.random() >= 0.3:
        return
    m.say("\n" if "\n" in m.text else " ")
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def place_sentence(m, sentences):
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def finnish(m, f, l, e):
    (a, b), (c, d), (g, h) = person_fi(), person_fi(), person_fi()
    tool = R.choice(TOOLS)
    kind = R.randrange(24)
    if kind == 0:
        m.say("Matkavaraus ").look(booking()).say(" vahvistettu\nMatkustajat: ").name(l.upper(), role="subject").say("/") \
            .name(f.upper(), role="subject").say(" (aikuinen), ").name(b["nom"].upper()).say("/").name(a["nom"].upper()) \
            .say(" (aikuinen)\nJuna ").look(fill("IC {3}")).say(" Helsinki–").look("Lahti").say(", vaunu 4\nLento ") \
            .look(fill("AY{4}")).say(" Helsinki–Tallinna\nMaksettu kortilla ").entity(card(), "PAYMENT_CARD", "subject") \
            .say(". Varauksen teki ").name(c["nom"], d["nom"]).say(".")
    elif kind == 1:
        m.say("Liitteenä ").name(a["gen"]).say(" käyntikortti, lisäättekö osoitekirjaan?\n\nBEGIN:VCARD\nVERSION:3.0\nN:") \
            .name(b["nom"]).say(";").name(a["nom"]).say(";;;\nFN:").name(a["nom"], b["nom"]).say("\nORG:") \
            .look("Sampo-palvelu").say("\nTEL;TYPE=CELL:").entity(mobile(), "PHONE").say("\nTEL;TYPE=WORK:") \
            .entity(landline(), "PHONE").say("\nEMAIL;TYPE=WORK:").entity(email(a["nom"], b["nom"]), "EMAIL") \
            .say("\nEND:VCARD\n\n").look(R.choice(GREET_FI)).say(" ").name(f, role="subject")
    elif kind == 2:
        room = R.choice(ROOMS_FI)[0]
        m.say("Kutsu ei näy ").name(c["gen"]).say(" kalenterissa, tässä raakateksti:\n\nBEGIN:VEVENT\nSUMMARY:") \
            .look("tiimi Aurora").say(" – katselmointi\nLOCATION:").look(room).say("\nORGANIZER;CN=\"").name(b["nom"]) \
            .say(", ").name(a["nom"]).say("\":mailto:").entity(email(a["nom"], b["nom"]), "EMAIL") \
            .say("\nATTENDEE;CN=\"").name(d["nom"]).say(", ").name(c["nom"]).say("\";ROLE=REQ-PARTICIPANT:mailto:") \
            .entity(email(c["nom"], d["nom"]), "EMAIL").say("\nATTENDEE;CN=\"").name(h["nom"]).say(", ").name(g["nom"]) \
            .say("\";ROLE=OPT-PARTICIPANT:mailto:").entity(email(g["nom"], h["nom"]), "EMAIL").say("\nEND:VEVENT\n\n") \
            .name(f, l, role="subject")
    elif kind == 3:
        m.say("Tämä tietue ei synkronoidu ").look(tool).say("-järjestelmään:\n\ndn: cn=").name(a["nom"]).say(" ") \
            .name(b["nom"]).say(",ou=Henkilöstö,dc=kunta,dc=fi\nobjectClass: inetOrgPerson\ngivenName: ").name(a["nom"]) \
            .say("\nsn: ").name(b["nom"]).say("\nmail: ").entity(email(a["nom"], b["nom"]), "EMAIL") \
            .say("\ntelephoneNumber: ").entity(landline(), "PHONE").say("\nmanager: cn=").name(c["nom"]).say(" ") \
            .name(d["nom"]).say(",ou=Henkilöstö,dc=kunta,dc=fi\n\nPyytäjä ").name(f, l, role="subject")
    elif kind == 4:
        m.say("Päivystyslista ei päivity, tässä päivystys.yaml:\n\ntiimi: ").look("Aurora").say("\nklusteri: ") \
            .look(R.choice(HOSTS)).say("\nvuoro:\n  - nimi: ").name(a["nom"], b["nom"]).say("\n    puhelin: \"") \
            .entity(mobile(), "PHONE").say("\"\n  - nimi: ").name(c["nom"], d["nom"]).say("\n    puhelin: \"") \
            .entity(foreign_phone(), "PHONE").say("\"\neskalointi: ").name(g["nom"], h["nom"]).say("\n\nKysy ") \
            .name(b["abl"]).say(", jos et tiedä. ").name(f, role="subject")
    elif kind == 5:
        owner, deputy = email(a["nom"], b["nom"]), email(c["nom"], d["nom"])
        m.say("Pyydän käyttöoikeudet henkilölle ").name(c["nom"], d["nom"]).say(": hän hoitaa ").name(a["nom"], b["gen"]) \
            .say(" postit sijaisena. Komento:\n\nAdd-MailboxPermission -Identity ").entity(owner, "EMAIL") \
            .say(" -User ").entity(deputy, "EMAIL").say(" -AccessRights FullAccess\nSet-Mailbox -Identity ") \
            .entity(owner, "EMAIL").say(" -ForwardingSmtpAddress ").entity(deputy, "EMAIL") \
            .say("\n\nHyväksyjä ").name(g["nom"], h["nom"]).say(", pyytäjä ").name(f, l, role="subject")
    elif kind == 6:
        m.say("Osallistujaraportti, ").look(tool).say("-koulutus\nNimi\tLiittyi\tPoistui\tKesto\tSähköposti\n") \
            .name(b["nom"], a["nom"]).say("\t9.02\t9.58\t56 min\t").entity(email(a["nom"], b["nom"]), "EMAIL").say("\n") \
            .name(d["nom"], c["nom"]).say("\t9.05\t9.40\t35 min\t").entity(email(c["nom"], d["nom"]), "EMAIL").say("\n") \
            .name(l, f, role="subject").say("\t9.00\t10.00\t60 min\t").entity(e, "EMAIL", "subject") \
            .say("\n\nMiksi ").name(g["gen"]).say(" osallistuminen puuttuu? Hän oli ").look(R.choice(ROOMS_FI)[1]).say(".")
    elif kind == 7:
        m.say("Sain oudon viestin: lähettäjäksi oli merkitty toimitusjohtaja ").name(a["nom"], b["nom"]) \
            .say(", mutta osoite oli ").entity(email(a["nom"], b["nom"], ["ceo-mail.example.net"]), "EMAIL") \
            .say(". Viestissä pyydettiin ostamaan lahjakortteja ").look(R.choice(BRANDS_FI)).say(" myymälästä ja soittamaan ") \
            .entity(foreign_phone(), "PHONE").say(". Välitin viestin ").name(c["all"]).say(". ").name(f, l, role="subject")
    elif kind == 8:
        m.say("Monivaiheisen tunnistautumisen numeron vaihto\nKäyttäjä: ").name(f, l, role="subject").say(" (") \
            .entity(e, "EMAIL", "subject").say(")\nVanha numero: ").entity(mobile(), "PHONE", "subject") \
            .say("\nUusi numero: ").entity(R.choice([mobile(), foreign_phone()]), "PHONE", "subject") \
            .say("\nHenkilöllisyys tarkistettu: ").entity(hetu(), "NATIONAL_ID", "subject").say("\nHyväksyjä: esihenkilö ") \
            .name(a["nom"], b["nom"])
    elif kind == 9:
        m.say("Kadonnut työpuhelin: ").name(a["nom"], b["gen"]).say(" puhelin jäi junaan ") \
            .look(R.choice(["Lahdessa", "Salossa", "Kotkassa", "Raumalla"])).say(". IMEI ").entity(imei(), "DEVICE_ID") \
            .say(", numero ").entity(mobile(), "PHONE").say(". Lukitkaa laite ja ilmoittakaa ") \
            .name(a["all"]).say(" tai ").name(c["nom"], d["all"]).say(". ").name(f, role="subject")
    elif kind == 10:
        m.say("Matkalasku ").look(fill("ML-{5}")).say(": ").name(f, l, role="subject").say(", matka ") \
            .look("Kotkan toimistoon").say(".\nKorvaus tilille ").entity(iban(), "IBAN", "subject").say(".\nHotelli maksettu kortilla ") \
            .entity(card(), "PAYMENT_CARD", "subject").say(".\nToimittaja: Y-tunnus ").look(business_id()).say(", verkkolaskuosoite ") \
            .look(fill("0037{8}")).say(", BIC ").look(R.choice(["NDEAFIHH", "OKOYFIHH", "DABAFIHH"])) \
            .say(", viite ").look(creditor_reference()).say("\nHyväksyjä ").name(a["nom"], b["nom"])
    elif kind == 11:
        m.say("Haastattelut torstaina ").look(R.choice(ROOMS_FI)[1]).say(":\nklo 9.00 ").name(a["nom"], b["nom"]) \
            .say("\nklo 10.00 ").name(c["nom"], d["nom"]).say("\nklo 11.00 ").name(g["nom"], h["nom"]) \
            .say("\nHaastattelijat: ").name(f, l, role="subject").say(" ja ").name(R.choice(FI_LAST)["nom"]) \
            .say(". Hakijan ").name(b["gen"]).say(" numero on ").entity(foreign_phone(), "PHONE").say(", ja ") \
            .name(c["par"]).say(" pyydettiin tuomaan todistukset.")
    elif kind == 12:
        m.say("Vaihteelle: siirtäkää ").name(a["nom"], b["gen"]).say(" numero ").entity(landline(), "PHONE") \
            .say(" numeroon ").entity(mobile(), "PHONE").say(" ").look(R.choice(["vappuun", "juhannukseen", "laskiaiseen"])) \
            .say(" asti. ").name(a["nom"]).say(" on lomalla, ja puhelut hoitaa ").name(c["nom"], d["nom"]).say(". ") \
            .name(f, l, role="subject")
    elif kind == 13:
        place, sentences = R.choice(PLACE_SURNAMES[:4])
        m.say("Tervetuloa taloon! ").name(a["nom"], b["nom"]).say(" aloitti ").look(R.choice(["Lahden toimistossa", "Salon toimipisteessä", "Kotkan toimistossa"])) \
            .say(" palvelukoordinaattorina, ja ").name(c["nom"], place["nom"]).say(" aloittaa maanantaina tiimissä ") \
            .look("Aurora").say(". Perehdyttäjänä toimii ").name(g["nom"], h["nom"]).say(". Onnea ").name(a["all"]) \
            .say(" ja ").name(c["all"]).say("! ")
        place_sentence(m, sentences)
    elif kind == 14:
        place, sentences = R.choice(PLACE_SURNAMES)
        first = R.choice(FI_FIRST)
        m.name(first["nom"], place["nom"]).say(" ilmoitti, että ").look(tool).say(" ei toimi. ")
        place_sentence(m, sentences)
        head, case, tail = R.choice([(" ", "gen", " mukaan vika alkoi eilen."), (" Ohje lähti ", "all", " sähköpostilla."),
                                     (" ", "abl", " kysyttiin lisätietoja."), (" ", "par", " ei ole vielä tavoitettu.")])
        m.say(head).name(place[case]).say(tail + " Puhelin ").entity(mobile(), "PHONE").say(". ").name(f, l, role="subject")
    elif kind == 15:
        person, sentences, _ = R.choice(WORD_FIRSTS)
        last = R.choice(FI_LAST)
        m.name(person["nom"], last["nom"]).say(" ei pääse ").look(tool).say("-palveluun. ")
        place_sentence(m, sentences)
        m.say(" Soitin ").name(person["all"]).say(" numeroon ").entity(mobile(), "PHONE").say(", ja ").name(person["gen"]) \
            .say(" mukaan ").name(c["nom"]).say(" tietää lisää. ").name(f, role="subject")
    elif kind == 16:
        m.say("Kopio Teams-keskustelusta:\n[09:14] ").name(b["nom"], a["nom"]).say("\n").look(tool) \
            .say(" kaatuu taas\n[09:15] ").name(d["nom"], c["nom"]).say("\nkysy ").name(g["abl"]).say(", hänellä oli sama\n[09:21] ") \
            .name(b["nom"], a["nom"]).say("\nsoitin ").name(g["all"]).say(", ei vastaa\n[09:30] ").name(l, f, role="subject") \
            .say("\nteen tiketin")
    elif kind == 17:
        m.say("Välitän, ks. alla.\n\n> Lähettäjä: \"").name(b["nom"], a["nom"]).say("\" <").entity(email(a["nom"], b["nom"]), "EMAIL") \
            .say(">\n> Lähetetty: ti 1.12.2026 9.14\n> Vastaanottaja: ").name(f, l, role="subject").say("\n> Aihe: ") \
            .look("Sampo-palvelu").say(" ei aukea\n>\n> Hei, ").look("Sampo-palvelu").say(" ei aukea. Soita ") \
            .entity(mobile(), "PHONE").say(" tai kysy ").name(c["abl"]).say(".\n> ").name(a["nom"])
    elif kind == 18:
        host = R.choice(HOSTS)
        m.say("Päivystysvuoron vaihto klo 7.00: ").name(a["nom"], b["nom"]).say(" → ").name(c["nom"], d["nom"]) \
            .say(".\nAvoimet: ").look(fill("INC{7}")).say(" (").look(host).say("-ajot jonossa), ").look(fill("INC{7}")) \
            .say(" (").name(g["gen"]).say(" kone). ").name(b["nom"]).say(" soittaa tarvittaessa ").entity(mobile(), "PHONE") \
            .say(". Seuraava vaihto ").look(R.choice(HOLIDAYS_FI)).say(".")
    elif kind == 19:
        m.say("Palkanmaksu: ").name(f, l, role="subject").say(", henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say(", uusi tili ").entity(iban(), "IBAN", "subject").say(". Hyväksyjä ").name(a["nom"], b["nom"]) \
            .say(", tiedoksi ").name(c["all"]).say(".")
    elif kind == 20:
        m.say("Lainaus: kannettava ").look(fill("LT-{5}")).say(" ja projektori lainattu ").name(a["all"]) \
            .say(" ").look(R.choice(HOLIDAYS_FI)).say(". Palautus ").name(c["nom"], d["all"]).say(", joka on ") \
            .look(R.choice(ROOMS_FI)[1]).say(". Kysymykset ").name(f, l, role="subject").say(", ").entity(e, "EMAIL", "subject").say(".")
    elif kind == 21:
        m.say("Soittopyyntö (puheentunnistus): soittakaa ").name(a["nom"], b["all"]).say(" numeroon ") \
            .entity(spoken_fi(), "PHONE").say(". Asia koskee ").name(c["gen"]).say(" tunnusta ").look(tool) \
            .say("-järjestelmässä. Kirjasi ").name(f, l, role="subject")
    elif kind == 22:
        first, middle, last = R.choice(THREE)
        m.say("Vaihtotutkija ").name(first, middle, last["nom"]).say(" ei pääse ").look(R.choice(HOSTS)) \
            .say("-supertietokoneelle. Lähetin ohjeet ").name(first, middle, last["all"]).say(", puhelin ") \
            .entity(foreign_phone(), "PHONE").say(". Isäntä ").name(a["nom"], b["nom"]).say(" hyväksyy.")
    else:
        family, given = R.choice(CHINESE)
        m.say("Kirjastokortti ").name(family, given["gen"]).say(" nimelle ei toimi ").look(tool) \
            .say("-järjestelmässä. ").name(family, given["nom"]).say(" asioi ").look("Lasipalatsissa").say(" torstaina, ja ") \
            .name(c["nom"], d["nom"]).say(" auttaa. Yhteys ").entity(email(given["nom"], family), "EMAIL").say(".")
    words(m, WORDS_FI)


def english(m, f, l, e):
    (a, b), (c, d), (g, h) = person_en(), person_en(), person_en()
    tool = R.choice(TOOLS)
    kind = R.randrange(24)
    if kind == 0:
        m.say("Booking ").look(booking()).say(" confirmed\nPASSENGER 1: ").name(l.upper(), role="subject").say("/") \
            .name(f.upper(), role="subject").say(" ADT\nPASSENGER 2: ").name(b.upper()).say("/").name(a.upper()) \
            .say(" ADT\nFLIGHT ").look(fill("BA{4}")).say(" LHR–HEL, then ").look("Pendolino").say(" ").look(fill("S {2}")) \
            .say("\nPaid by card ").entity(card(), "PAYMENT_CARD", "subject").say(". Booked by ").name(c, d).say(".")
    elif kind == 1:
        m.say("Can you add ").name(a).say("'s card to the address book?\n\nBEGIN:VCARD\nVERSION:3.0\nN:").name(b).say(";") \
            .name(a).say(";;;\nFN:").name(a, b).say("\nORG:").look(R.choice(BRANDS_EN)).say("\nTEL;TYPE=CELL:") \
            .entity(foreign_phone(), "PHONE").say("\nEMAIL;TYPE=WORK:").entity(email(a, b), "EMAIL").say("\nEND:VCARD\n\n") \
            .look(R.choice(GREET_EN)).say(", ").name(f, role="subject")
    elif kind == 2:
        m.say("The invite never reached ").name(c).say(". Raw text:\n\nBEGIN:VEVENT\nSUMMARY:").look("Team Aurora") \
            .say(" retro\nLOCATION:").look(R.choice(ROOMS_EN)).say("\nORGANIZER;CN=\"").name(b).say(", ").name(a) \
            .say("\":mailto:").entity(email(a, b), "EMAIL").say("\nATTENDEE;CN=\"").name(c, d) \
            .say("\";ROLE=REQ-PARTICIPANT:mailto:").entity(email(c, d), "EMAIL").say("\nATTENDEE;CN=\"").name(g, h) \
            .say("\";ROLE=OPT-PARTICIPANT:mailto:").entity(email(g, h), "EMAIL").say("\nEND:VEVENT\n\n").name(f, l, role="subject")
    elif kind == 3:
        m.say("This entry fails to sync to ").look(tool).say(":\n\ndn: cn=").name(a).say(" ").name(b) \
            .say(",ou=Staff,dc=museum,dc=org\ngivenName: ").name(a).say("\nsn: ").name(b).say("\nmail: ") \
            .entity(email(a, b), "EMAIL").say("\ntelephoneNumber: ").entity(foreign_phone(), "PHONE").say("\nmanager: cn=") \
            .name(c).say(" ").name(d).say(",ou=Staff,dc=museum,dc=org\n\n").name(f, l, role="subject")
    elif kind == 4:
        m.say("The rota page is stale; here is oncall.yaml:\n\nteam: ").look("Aurora").say("\ncluster: ").look(R.choice(HOSTS)) \
            .say("\nrotation:\n  - name: ").name(a, b).say("\n    phone: \"").entity(foreign_phone(), "PHONE") \
            .say("\"\n  - name: ").name(c, d).say("\n    phone: \"").entity(mobile(), "PHONE").say("\"\nescalation: ") \
            .name(g, h).say("\n\nAsk ").name(b).say(" if unsure. ").name(f, role="subject")
    elif kind == 5:
        m.say("Please give ").name(c, d).say(" access to ").name(a, b).say("'s mailbox while ").name(a) \
            .say(" is on leave:\n\nAdd-MailboxPermission -Identity ").entity(email(a, b), "EMAIL").say(" -User ") \
            .entity(email(c, d), "EMAIL").say(" -AccessRights FullAccess\n\nApproved by ").name(g, h).say(". ") \
            .name(f, l, role="subject")
    elif kind == 6:
        m.say("Attendance report, ").look(tool).say(" training\nFull Name\tJoin Time\tLeave Time\tDuration\tEmail\n") \
            .name(a, b).say("\t09:02\t09:58\t56m\t").entity(email(a, b), "EMAIL").say("\n").name(c, d) \
            .say("\t09:05\t09:40\t35m\t").entity(email(c, d), "EMAIL").say("\n").name(f, l, role="subject") \
            .say("\t09:00\t10:00\t60m\t").entity(e, "EMAIL", "subject").say("\n\nWhy is ").name(g).say(" missing? ") \
            .name(g).say(" was in ").look(R.choice(ROOMS_EN)).say(".")
    elif kind == 7:
        m.say("Phishing? The sender claims to be our director ").name(a, b).say(" but the address is ") \
            .entity(email(a, b, ["ceo-mail.example.net"]), "EMAIL").say(". It asks for ") \
            .look(R.choice(BRANDS_EN)).say(" gift cards and a call to ").entity(foreign_phone(), "PHONE") \
            .say(". Forwarded to ").name(c).say(". ").name(f, l, role="subject")
    elif kind == 8:
        m.say("MFA phone change\nUser: ").name(f, l, role="subject").say(" (").entity(e, "EMAIL", "subject") \
            .say(")\nOld: ").entity(foreign_phone(), "PHONE", "subject").say("\nNew: ").entity(mobile(), "PHONE", "subject") \
            .say("\nIdentity checked against ID ").entity(hetu(), "NATIONAL_ID", "subject").say("\nApproved by line manager ") \
            .name(a, b)
    elif kind == 9:
        m.say("Lost phone: ").name(a, b).say(" left it on ").look("the Flying Scotsman").say(". IMEI ").entity(imei(), "DEVICE_ID") \
            .say(", number ").entity(foreign_phone(), "PHONE").say(". Please wipe it and tell ").name(a).say(" or ") \
            .name(c).say(". ").name(f, role="subject")
    elif kind == 10:
        m.say("Expense claim ").look(fill("EX-{5}")).say(": ").name(f, l, role="subject").say(", trip to ") \
            .look("the Haworth office").say(".\nRefund to ").entity(iban(), "IBAN", "subject").say(".\nHotel paid with ") \
            .entity(card(), "PAYMENT_CARD", "subject").say(".\nSupplier VAT ").look(fill("FI{8}")).say(", reference ") \
            .look(creditor_reference()).say(", BIC ").look(R.choice(["NDEAFIHH", "BARCGB22", "HANDFIHH"])) \
            .say("\nApprover: ").name(a, b)
    elif kind == 11:
        m.say("Interviews on Thursday in ").look(R.choice(ROOMS_EN)).say(":\n09:00 ").name(a, b).say("\n10:00 ") \
            .name(c, d).say("\n11:00 ").name(g, h).say("\nPanel: ").name(f, l, role="subject").say(" and ") \
            .name(R.choice(EN_LAST)).say(". ").name(b).say("'s number is ").entity(foreign_phone(), "PHONE").say(".")
    elif kind == 12:
        m.say("Switchboard: please forward ").name(a, b).say("'s line ").entity(landline(), "PHONE").say(" to ") \
            .entity(foreign_phone(), "PHONE").say(" until after ").look(R.choice(HOLIDAYS_EN)).say(". ").name(a) \
            .say(" is away and ").name(c, d).say(" takes the calls. ").name(f, l, role="subject")
    elif kind == 13:
        m.say("Welcome aboard! ").name(a, b).say(" joins ").look("Team Aurora").say(" as service coordinator and ") \
            .name(c, d).say(" starts on Monday at ").look("the Haworth office").say(". ").name(g, h) \
            .say(" is their buddy. Say hi to ").name(a).say(" and ").name(c).say("!")
    elif kind == 14:
        word, given, sentence = R.choice(EN_PLACE_WORDS)
        m.name(*((word, b) if given else (a, word))).say(" says ").look(tool).say(" is down. ")
        place_sentence(m, [sentence])
        m.say(" I rang ").name(word).say(" on ").entity(mobile(), "PHONE").say("; ").name(word).say("'s manager is ") \
            .name(c, d).say(". ").name(f, role="subject")
    elif kind == 15:
        person, _, sentence = R.choice(WORD_FIRSTS)
        m.say("Exchange student ").name(person["nom"], b).say(" cannot open ").look(tool).say(". I called ") \
            .name(person["nom"]).say(" on ").entity(foreign_phone(), "PHONE").say(". ")
        place_sentence(m, [sentence])
        m.say(" ").name(c).say(" knows more. ").name(f, role="subject")
    elif kind == 16:
        m.say("Pasted from Slack:\n[09:14] ").name(a, b).say("\n").look(tool).say(" crashed again\n[09:15] ") \
            .name(c, d).say("\nask @").name(g.split()[0].lower()).say(", same issue yesterday\n[09:30] ") \
            .name(f, l, role="subject").say("\nraising a ticket")
    elif kind == 17:
        m.say("See below.\n\nOn Tue, 1 Dec 2026 at 09:14, ").name(a, b).say(" <").entity(email(a, b), "EMAIL") \
            .say("> wrote:\n> ").look(tool).say(" won't open on ").look(R.choice(HOSTS)).say(". Ring me on ") \
            .entity(mobile(), "PHONE").say(" or ask ").name(c).say(".\n> ").name(a).say("\n\n").name(f, role="subject")
    elif kind == 18:
        m.say("On-call handover 07:00: ").name(a, b).say(" -> ").name(c, d).say(".\nOpen: ").look(fill("INC{7}")) \
            .say(" (").look(R.choice(HOSTS)).say(" jobs queued), ").look(fill("INC{7}")).say(" (").name(g) \
            .say("'s laptop). ").name(b).say(" is reachable on ").entity(mobile(), "PHONE").say(".")
    elif kind == 19:
        m.say("Payroll: ").name(f, l, role="subject").say(", ID ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say(", new account ").entity(iban(), "IBAN", "subject").say(". Approved by ").name(a, b).say(", cc ") \
            .name(c).say(".")
    elif kind == 20:
        m.say("Loan: laptop ").look(fill("LT-{5}")).say(" and projector to ").name(a, b).say(" until ") \
            .look(R.choice(HOLIDAYS_EN)).say(". Return to ").name(c, d).say(" in ").look(R.choice(ROOMS_EN)) \
            .say(". Questions to ").name(f, l, role="subject").say(", ").entity(e, "EMAIL", "subject").say(".")
    elif kind == 21:
        m.say("Callback request (speech to text): please call ").name(a, b).say(" on ").entity(spoken_en(), "PHONE") \
            .say(" about ").name(c).say("'s ").look(tool).say(" account. Logged by ").name(f, l, role="subject")
    elif kind == 22:
        first, middle, last = R.choice(THREE)
        given = last["nom"] if first in VIETNAMESE_FAMILY else first
        m.say("Visiting researcher ").name(first, middle, last["nom"]).say(" cannot reach ").look(R.choice(HOSTS)) \
            .say(". I sent ").name(given).say(" the guide; phone ").entity(foreign_phone(), "PHONE").say(". Host ") \
            .name(a, b).say(" approves.")
    else:
        family, given = R.choice(CHINESE)
        m.say("Library card for ").name(family, given["nom"]).say(" fails in ").look(tool).say(". ") \
            .name(family, given["nom"]).say(" will be at ").look("the Gherkin").say(" on Thursday and ").name(c, d) \
            .say(" can help. Mail: ").entity(email(given["nom"], family), "EMAIL").say(".")
    words(m, WORDS_EN)


def main():
    for i in range(640):
        language = "fi" if i % 2 == 0 else "en"
        m = Message(language, "held-out-18")
        if language == "fi":
            first, last = finn() if R.random() < 0.7 else person_fi()
            f, l = first["nom"], last["nom"]
        else:
            f, l = person_en()
        e = email(f, l)
        (finnish if language == "fi" else english)(m, f, l, e)
        m.known = {"name": f"{f} {l}", "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        m.check()
        print(m.json())


main()
