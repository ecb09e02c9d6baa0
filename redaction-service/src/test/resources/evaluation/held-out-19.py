#!/usr/bin/env python3
"""Generates the nineteenth held-out set (held-out-19.jsonl), written and committed before the engine was run on it, as
an untouched set beside sets 15 to 18: nobody tunes on it. It holds kinds of service-desk text sets 1-18 lack:
help-desk live-chat logs with speaker headers ("[10:02] niamh:", "Asiakas (Eliel Kinnari):", "Agent Tyra:"), their
lower-case given names of many origins in the lines; callers who introduce themselves ("this is Ruadhán from
Crabtree Logistics", "it's Dörte calling", "täällä Kreeta Ylimartimo Äijälä Oy:stä, hei", "det är Gunnel från
Ahlgren Bygg"); numbers in the national forms of the United Kingdom (07700 900123, +44 7700 900123, +44 (0)7700
900123, 020 7946 0123), Ireland (087 123 4567), the United States ((617) 555-0142, +1 212-555-0198), Germany (0151
23456789, +49 (0)30 12345678, 030/1234567), Sweden (070-123 45 67, +46 70 123 45 67, 08-123 456 78) and Estonia (+372
5123 4567); shared mailboxes and role addresses (servicedesk@, hr@, palkat@, kirjaamo@), labelled EMAIL as every
address is; company office addresses, many on streets named after people (Runeberginkatu 14, Lönnrotinkadulla, 1
Churchill Place, Drottninggatan), as look-alikes; names in bullet and numbered lists; names with particles (van der
Sar, von der Heyde, af Klintberg, Ní Bhraonáin, Mac an tSaoi, el-Sayed, Dell'Orto), hyphenated given names and
double surnames (Veli-Matti, Britt-Marie, Lloyd-Jones, Rinta-Koski), and a particle capitalised at the start of a
sentence; Finnish names in every case (genitive, partitive, allative, ablative, adessive, elative, illative,
inessive, essive and translative) in sentences that need them; greetings and closings; mixed Finnish-English and
Swedish-English messages; Swedish messages (language "sv") beside Finnish and English.
Look-alikes are mostly new: things named after people (storms Aapeli, Babet, Éowyn, Henk; ships Urho, Otso and the
RRS Sir David Attenborough; buildings and rooms: Sibelius-talo, Paasitorni, the Rosalind Franklin building, Ada
Lovelace room; awards: Runeberg-palkinto, the Turing Award; laws and algorithms: Mooren laki, Ohmin laki, Murphy's
law, Dijkstra's algorithm, Kalman filter; diseases: Parkinsonin tauti, Asperger's; software and servers: Jenkins,
Kafka, Cassandra, Hudson; the office dog Nalle and the cat Mirri, Rufus the spaniel; products: Nokia Lumia, Tesla
Model 3), places in Finnish cases amid Finnish words (Kalliossa, Pasilaan, Tikkurilasta, Leppävaarassa), given
names that are words and the words themselves (Palo and tulipalo, Haka and Haka-fanit, Lumia and Nokia Lumia,
Washington and Washington DC, Magnolia and magnolia paint), ticket ids, versions and prices.
Names are new to sets 1-18 (the check: python3 new-name-forms.py held-out-19.jsonl). Each name part is its own NAME
span (a particle with its surname: "van der Sar", "Ní Bhraonáin"; a hyphenated name one span). Same format as
evaluation-set.jsonl; 640 messages: even ones Finnish, odd ones English but one in eight Swedish. Each message checks
itself before it is printed (Message.check), and the identity codes, IBANs and cards are valid by their checksums.
Deterministic: python3 held-out-19.py > held-out-19.jsonl"""
import random

import identifiers
from message import Message
from name_forms import foreign, inflect as fi, nen, origin

R = random.Random(19191919)


FI_FIRST = [fi(n) for n in ["Hemmi", "Iivo", "Launo", "Sakari", "Asko", "Kauko", "Auli", "Elviira", "Jenni", "Lilli",
                            "Maiju", "Toini", "Ulla", "Ylva", "Eila", "Helinä", "Kaija", "Liinu", "Maini", "Pälvi",
                            "Terhi", "Varpu", "Virva", "Mari-Liisa", "Raija", "Siru", "Henna", "Janika", "Kreeta",
                            "Riina", "Jyri"]] + \
           [foreign(n) for n in ["Eliel", "Kasper", "Valdemar", "Eedit"]] + \
           [fi("Perttu", "Pertu", "Perttu"), fi("Hilppa", "Hilpa", "Hilppa"), fi("Reetta", "Reeta", "Reetta"),
            fi("Erkki", "Erki", "Erkki"), fi("Martti", "Marti", "Martti"), fi("Veli-Matti", "Veli-Mati", "Veli-Matti"),
            fi("Vesa-Pekka", "Vesa-Peka", "Vesa-Pekka"), fi("Hanna-Riikka", "Hanna-Riika", "Hanna-Riikka"),
            fi("Aulis", "Aulikse", "Aulikse", par="Aulista", ill="Aulikseen"),
            fi("Iines", "Iinekse", "Iinekse", par="Iinestä", ill="Iinekseen")]
FI_LAST = [nen(n) for n in ["Kainulainen", "Kortelainen", "Luukkonen", "Matikainen", "Mononen", "Nurminen", "Pehkonen",
                            "Puranen", "Sarkkinen", "Tossavainen", "Turpeinen", "Vauhkonen", "Voutilainen", "Hurskainen",
                            "Ihalainen", "Kantanen", "Karppinen", "Kauranen", "Nuutinen", "Pennanen", "Pirinen",
                            "Raatikainen", "Taskinen", "Vihavainen", "Ahvenainen", "Kemiläinen", "Lipsanen", "Muhonen",
                            "Nousiainen", "Piirainen", "Uimonen", "Jalonen", "Kekäläinen", "Kuronen", "Lehikoinen",
                            "Marjanen", "Niiranen", "Pakkanen", "Tanninen", "Nyyssönen", "Purhonen", "Torvinen",
                            "Valkonen", "Sorjonen", "Kaartinen", "Paukkunen", "Iivonen"]] + \
          [fi(n) for n in ["Kinnari", "Ylimartimo", "Äijälä", "Kähärä", "Ukkola", "Ylä-Jussila", "Hyttilä", "Rekola",
                           "Suutari", "Aaltola", "Keskitalo", "Yli-Mäenpää", "Mäenpää", "Nikula", "Kaarna", "Hovila",
                           "Rasila", "Isola", "Kurkela", "Tuomola", "Sillanpää", "Nurmela", "Pietilä", "Valkama",
                           "Leino", "Kivistö", "Huhtala", "Lehtola", "Paloheimo", "Kalliola", "Marttila",
                           "Pohjanpalo", "Takala", "Ahola", "Haverila", "Jussila", "Kytölä", "Lepola", "Myllymaa",
                           "Raappana", "Salmela", "Tuohino"]] + \
          [foreign(n) for n in ["Örn", "Sahlström", "Vilén", "Sarlin"]] + \
          [fi("Määttä", "Määtä", "Määttä"), fi("Tanttu", "Tantu", "Tanttu"), fi("Alanko", "Alango", "Alanko"),
           fi("Pelto-Huikko", "Pelto-Huiko", "Pelto-Huikko"),
           fi("Haapakoski", "Haapakoske", "Haapakoske", par="Haapakoskea", ill="Haapakoskeen"),
           fi("Rinta-Koski", "Rinta-Koske", "Rinta-Koske", par="Rinta-Koskea", ill="Rinta-Koskeen"),
           fi("Lamminmäki", "Lamminmäe", "Lamminmäke", par="Lamminmäkeä", ill="Lamminmäkeen"),
           fi("Niittymäki", "Niittymäe", "Niittymäke", par="Niittymäkeä", ill="Niittymäkeen"),
           fi("Ahokas", "Ahokkaa", "Ahokkaa", par="Ahokasta", ill="Ahokkaaseen"),
           fi("Kallas", "Kallakse", "Kallakse", par="Kallasta", ill="Kallakseen")]
IRISH = origin(["Ailbhe", "Clodagh", "Éabha", "Fiadh", "Ruadhán", "Senan", "Tiernan", "Odhrán", "Cillian", "Dervla",
                "Orla", "Pádraig", "Siobhán"],
               ["O'Callaghan", "McGillicuddy", "Ní Bhraonáin", "Mac Cárthaigh", "Ní Dhomhnaill", "Mac an tSaoi",
                "Ó Muircheartaigh", "Dunwoody", "Brannigan"])
BRITISH = origin(["Alastair", "Rhona", "Fraser", "Ewan", "Murdo", "Ptolemy", "Digby", "Hermione", "Jocasta", "Cuthbert",
                  "Wilfred", "Evander", "Perpetua"],
                 ["Cholmondeley", "Featherstonehaugh", "Ponsonby", "Worsley", "Throgmorton", "Smethurst", "Blenkinsop",
                  "Earnshaw", "Butterworth", "Bradshaw-Pike", "Lloyd-Jones", "MacGillivray", "Urquhart-Gordon",
                  "Fanshawe", "Winterbottom"])
AMERICAN = origin(["Tucker", "Brantley", "Jaxon", "Kinsley", "Everly", "Delaney", "Jamal", "DeShawn", "Latoya",
                   "Shaniqua", "Maddox", "Paisley", "Wyatt", "Colton", "Dashiell", "Leland", "Tallulah", "Boone",
                   "Cletus", "Ignatius"],
                  ["Jefferson", "Schwartz", "Rodriguez-Vega", "Tolliver", "Beauregard", "Thibodeaux"])
GERMAN = origin(["Jörg", "Uwe", "Dörte", "Gunhild", "Wolfram", "Henrike", "Jannik", "Lennart", "Anneliese", "Wenceslas"],
                ["Schäfer", "Müller-Lüdenscheidt", "Großmann", "Weißenborn", "von der Heyde", "zu Stolberg"])
SWEDISH = origin(["Algot", "Tyra", "Britt-Marie", "Gunnel", "Sigrun", "Gustav", "Ebbe", "Jarl", "Enar"],
                 ["Bergqvist", "af Klintberg", "Wahlström", "Öberg", "Åkesson", "Lindgren-Holm", "Ekdahl",
                  "Nordqvist"])
BALTIC = origin(["Liisi", "Epp", "Kaja", "Liina", "Aigars", "Gintarė", "Vytautas"],
                ["Mänd", "Sepp-Kask", "Jõgi", "Kalniņa", "Petrauskas"])
DUTCH_ITALIAN = origin(["Ruud", "Giacomo", "Benedetta", "Ludovica", "Tommaso", "Thiago"],
                       ["van der Sar", "van 't Hek", "de Vries-Bakker", "De Luca", "Di Stefano", "Dell'Orto",
                        "La Rosa", "de Oliveira", "Ferreira-Gomes"])
WIDER = origin(["Youssef", "Aravind", "Yui", "Sota", "Stavros", "Dimitra", "Jonel", "Radek", "Zdeňka", "Vojtěch",
                "Ioana", "Mihai", "Ama", "Yaw", "Abena", "Folake", "Tunde", "Ikechukwu", "Suresh", "Takumi",
                "Seo-yeon", "Do-hyun", "Panagiota", "Ildikó", "Csilla"],
               ["el-Sayed", "Chakraborty", "Watanabe", "Konstantinidis", "Dvořák", "Nováková", "Owusu", "Asante",
                "Venkataraman", "Krishnamurthy", "Yamamoto", "Jeong", "Yoon", "Svoboda", "Horvat", "Kowalewska"])
ORIGINS = [IRISH, BRITISH, AMERICAN, GERMAN, SWEDISH, BALTIC, DUTCH_ITALIAN, WIDER]
# The English-speaking ones, from which an English message draws most of its people.
ANGLO = [IRISH, BRITISH, AMERICAN]
DOMAINS = ["kaupunki.example.fi", "vesilaitos.example.fi", "logistics.example.co.uk", "clinic.example.ie",
           "labs.example.com", "werk.example.de", "bygg.example.se"]

# Role addresses and shared mailboxes: an address like any other (R8.2), labelled EMAIL.
ROLE_MAIL_FI = ["servicedesk@kaupunki.example.fi", "palkat@kaupunki.example.fi", "kirjaamo@kaupunki.example.fi",
                "hr@vesilaitos.example.fi", "asiakaspalvelu@vesilaitos.example.fi", "it-tuki@kaupunki.example.fi",
                "laskutus@vesilaitos.example.fi", "rekry@kaupunki.example.fi"]
ROLE_MAIL_EN = ["servicedesk@logistics.example.co.uk", "hr@clinic.example.ie", "payroll@labs.example.com",
                "accounts@logistics.example.co.uk", "it.support@clinic.example.ie", "facilities@labs.example.com",
                "info@werk.example.de", "kundtjanst@bygg.example.se"]
# Company offices: addresses of firms, no one's home (R8.2), so look-alikes; many streets are named after people.
OFFICES_FI = [("Runeberginkatu 14", "Runeberginkadulla"), ("Lönnrotinkatu 7 B", "Lönnrotinkadulla"),
              ("Mannerheimintie 12", "Mannerheimintiellä"), ("Sibeliuksenkatu 9", "Sibeliuksenkadulla"),
              ("Topeliuksenkatu 41", "Topeliuksenkadulla"), ("Snellmaninkatu 3", "Snellmaninkadulla"),
              ("Aleksis Kiven katu 17", "Aleksis Kiven kadulla"), ("Fredrikinkatu 61", "Fredrikinkadulla"),
              ("Minna Canthin katu 22", "Minna Canthin kadulla"), ("Porthaninkatu 2", "Porthaninkadulla")]
OFFICES_EN = ["1 Churchill Place, London E14", "30 St Mary Axe, London", "12 King William Street", "4 Nelson Mandela Place",
              "Adelaide Road, Dublin 2", "88 Victoria Street, Belfast", "250 Franklin Street, Boston",
              "Friedrichstraße 43, Berlin", "Drottninggatan 5, Stockholm", "Tartu mnt 2, Tallinn"]
# Districts in the case a sentence needs: where (inessive, adessive), to (illative, allative), from (elative, ablative).
PLACES_FI = ["Kalliossa", "Pasilassa", "Tikkurilassa", "Leppävaarassa", "Espoon keskuksessa", "Hervannassa",
             "Otaniemessä", "Kupittaalla", "Pitäjänmäellä", "Vallilassa"]
PLACES_FI_TO = ["Pasilaan", "Tikkurilaan", "Otaniemeen", "Kupittaalle", "Hervantaan", "Leppävaaraan", "Kallioon",
                "Espoon keskukseen", "Pitäjänmäelle", "Vallilaan"]
PLACES_FI_FROM = ["Tikkurilasta", "Otaniemestä", "Kalliosta", "Pasilasta", "Kupittaalta", "Hervannasta",
                  "Pitäjänmäeltä", "Vallilasta"]
COMPANIES_FI = ["Äijälä Oy", "Kontula-Rakennus Oy", "Sibelius-Akatemia", "Fazer", "Paulig", "Hartwall", "Stockmann",
                "Kesko", "Wärtsilä", "Ahlström"]
COMPANIES_FI_ELA = ["Äijälä Oy:stä", "Kontula-Rakennus Oy:stä", "Sibelius-Akatemiasta", "Fazerilta", "Pauligilta",
                    "Hartwallilta", "Stockmannilta", "Keskolta", "Wärtsilästä", "Ahlströmiltä"]
COMPANIES_EN = ["Crabtree Logistics", "Cadbury", "Guinness", "Dyson", "Ferguson Plumbing", "Boots", "Sainsbury's",
                "Siemens", "Bosch", "Ericsson", "Jameson", "Tesla"]
COMPANIES_SV = ["Ahlgren Bygg", "Ericsson", "Tetra Pak", "Bonnier", "Wallenberg-stiftelsen", "Hasselblad"]
NAMED_FI = [("Varoitus: ", "myrsky Aapeli", " voi katkaista yhteydet illalla."),
            ("", "Valio-myrskyn", " jälkeen mastot ovat vielä alhaalla."),
            ("Kannettava jäi ", "jäänmurtaja Urholle", ", pyydetään lähettämään postissa."),
            ("", "Jäänmurtaja Otson", " Wi-Fi-tunnukset ovat vanhentuneet."),
            ("Koulutus pidetään ", "Sibelius-talossa", "."), ("Tilaisuus on ", "Paasitornissa", " torstaina."),
            ("Näyttö on ", "Runeberg-palkinto", " -gaalan lähetyksessä."),
            ("Esitys käsittelee ", "Mooren lakia", ", joten laskuri pitää saada toimimaan."),
            ("Laturi noudattaa ", "Ohmin lakia", ", eikä se silti lataa."),
            ("Reititys käyttää ", "Dijkstran algoritmia", ", mutta palvelin on kaatunut."),
            ("Tutkimusryhmä tutkii ", "Parkinsonin tautia", ", ja sen levyt ovat täynnä."),
            ("Kokous oli ", "Aspergerin oireyhtymä", " -hankkeen ohjausryhmässä."),
            ("", "Jenkins", " ei aja yöllisiä buildeja."), ("", "Jenkinsin", " levy on täynnä."),
            ("", "Kafka-klusterin", " levy täyttyi yöllä."), ("", "Cassandra", " vastaa hitaasti."),
            ("Toimistokoira ", "Nalle", " pureskeli verkkokaapelin."), ("Kissa ", "Mirri", " nukkuu tulostimen päällä."),
            ("Uusi puhelin on ", "Nokia Lumia", ", eikä siihen saa sovellusta."),
            ("Pihalla seisoo ", "Tesla Model 3", ", jonka laturi on varattu."),
            ("Kokoushuone ", "Minna Canth", " on varattu koko päivän."), ("Sali ", "Tove Jansson", " on remontissa.")]
NAMED_EN = [("Remote working today because of ", "Storm Éowyn", "."), ("", "Storm Babet", " took the Belfast link down."),
            ("", "Storm Henk", " flooded the comms room."), ("The laptop is on board ", "the RRS Sir David Attenborough", "."),
            ("The training is in ", "the Rosalind Franklin building", "."), ("Book ", "the Ada Lovelace room", " for Friday."),
            ("The screens are showing ", "the Turing Award", " ceremony."), ("Classic ", "Murphy's law", "."),
            ("The router implements ", "Dijkstra's algorithm", ", not that it helps."),
            ("The tracker runs a ", "Kalman filter", " on the GPS feed."), ("The lab studies ", "Parkinson's disease", "."),
            ("The ", "Asperger's", " support group uses the Teams room."), ("", "Jenkins", " failed the nightly build again."),
            ("", "Hudson", " is the old build server, still running."), ("The ", "Kafka", " brokers are lagging."),
            ("Rufus the spaniel", "", " chewed through the dock cable."), ("Our office cat ", "Mirri", " sleeps on the printer."),
            ("The car park has a ", "Tesla Model 3", " on the charger all day."),
            ("The team is visiting ", "Washington DC", " next week."), ("The walls are ", "magnolia", " again."),
            ("The keynote is at ", "the Guinness Storehouse", ".")]
NAMED_SV = [("Utbildningen hålls i ", "Nobelhuset", "."), ("", "Astrid Lindgrens värld", " har bokat hela tåget."),
            ("Stormen ", "Gudrun", " tog ner masten."), ("", "Jenkins", " kör inte nattbyggen."),
            ("Mötesrummet ", "Selma Lagerlöf", " är bokat.")]
WORDS_FI = [("Rakennuksessa oli pieni ", "tulipalo", ", ja palvelin sammui."), ("", "Haka-fanit", " täyttivät junan."),
            ("Hinta on ", "49,90 €", " kuukaudessa."), ("Päivitä versioon ", "3.14.2", "."),
            ("Tiketti ", "INC0045821", " on yhä auki."), ("Auto on ", "Volvo V60", "."),
            ("", "Kalevala-koru", " löytyi aulasta."), ("Lounas on ", "Fazerin ravintolassa", ".")]
WORDS_EN = [("Licence costs ", "£12.50", " a month."), ("Upgrade to ", "v2.18.4", " first."),
            ("Ticket ", "REQ-88213", " is still open."), ("The courier van is a ", "Ford Transit", "."),
            ("The cafeteria sells ", "Cadbury", " bars now."), ("The new chairs are from ", "Herman Miller", ".")]
GREET_FI = ["Terveisin", "Kiitos", "Ystävällisin terveisin", "Kiitos jo etukäteen", "Parhain terveisin", "T:"]
GREET_EN = ["Kind regards", "Many thanks", "Cheers", "All the best", "Best wishes", "Thanks a million"]
GREET_SV = ["Med vänliga hälsningar", "Hälsningar", "Tack på förhand", "Mvh"]
HELLO_FI = ["Hei", "Moi", "Terve", "Hyvää huomenta"]
HELLO_EN = ["Hi", "Hello", "Hiya", "Dear", "Morning", "Hey"]


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    """Finnish mobiles."""
    prefix = R.choice(["040", "041", "044", "045", "046", "050"])
    rest = identifiers.digits(R, 7)
    return R.choice([f"{prefix} {rest}", f"{prefix}-{rest[:3]} {rest[3:]}", f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}",
                     f"{prefix} {rest[:3]} {rest[3:]}"])


def uk_mobile():
    """A UK mobile as people there write it: 07xxx xxxxxx, with +44, with (0), in threes."""
    rest = "7" + identifiers.digits(R, 9)
    return R.choice([f"0{rest[:4]} {rest[4:]}", f"0{rest[:4]} {rest[4:7]} {rest[7:]}", f"+44 {rest[:4]} {rest[4:]}",
                     f"+44 (0){rest[:4]} {rest[4:]}", f"0044 {rest[:4]} {rest[4:]}", f"+44{rest}", f"0{rest}"])


def national_phone():
    """Numbers in the national forms of the UK, Ireland, the US, Germany, Sweden and Estonia."""
    return fill(R.choice(["020 7946 0{3}", "0161 496 0{3}", "+44 20 7946 0{3}", "0131 496 0{3}",
                          "087 {3} {4}", "086 {3} {4}", "+353 87 {3} {4}", "(01) {3} {4}",
                          "(617) 555-01{2}", "+1 212-555-01{2}", "+1 (415) 555 01{2}", "312.555.01{2}",
                          "0151 {8}", "+49 (0)30 {8}", "030/{7}", "+49 171 {7}", "0176-{8}",
                          "070-{3} {2} {2}", "+46 70 {3} {2} {2}", "08-{3} {3} {2}", "0046 73 {3} {4}",
                          "+372 5{3} {4}", "+372 6{2} {4}"]))


def any_phone():
    return R.choice([uk_mobile, national_phone, national_phone, mobile])()


def sv_phone():
    return fill(R.choice(["070-{3} {2} {2}", "+46 70 {3} {2} {2}", "08-{3} {3} {2}", "073 {3} {2} {2}",
                          "+46 (0)8 {3} {3} {2}", "+358 40 {3} {4}"]))


def email(first, last, domains=DOMAINS):
    """A person's address; a surname's particles are left out (van der Sar: sar, Mac an tSaoi: tsaoi)."""
    return identifiers.address(R, first, last.split()[-1], domains)


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(45, 99)), ("A", R.randint(0, 7)),
                                                 ("Y", R.randint(60, 99)), ("B", R.randint(0, 7))]))


def iban():
    roll = R.random()
    if roll < 0.5:
        return identifiers.written_iban(R)
    country, bban = R.choice([("GB", "NWBK{14}"), ("IE", "AIBK{14}"), ("DE", "{18}"), ("SE", "{20}"), ("EE", "{16}")])
    full = identifiers.iban(R, country, fill(bban))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    if R.random() < 0.25:
        n = identifiers.luhn(R, R.choice(["34", "37"]), 15)
        return R.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
    n = identifiers.luhn(R, R.choice(["4", "51", "55", "2221"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def finn():
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_fi():
    """Finnish six times in ten, else of another origin, in the Finnish cases."""
    if R.random() < 0.6:
        return finn()
    firsts, lasts = R.choice(ORIGINS)
    return R.choice(firsts), R.choice(lasts)


def person_en():
    """English-speaking half the time, else of any origin; plain strings."""
    roll = R.random()
    if roll < 0.5:
        firsts, lasts = R.choice(ANGLO)
    elif roll < 0.85:
        firsts, lasts = R.choice(ORIGINS)
    else:
        firsts, lasts = FI_FIRST, FI_LAST
    return R.choice(firsts)["nom"], R.choice(lasts)["nom"]


def person_sv():
    firsts, lasts = SWEDISH if R.random() < 0.6 else R.choice([(FI_FIRST, FI_LAST), BALTIC, GERMAN])
    return R.choice(firsts)["nom"], R.choice(lasts)["nom"]


def tail(m, sentences):
    """One sentence of look-alikes at the end of the message, a second one time in two."""
    for before, word, after in R.sample(sentences, 1 if R.random() < 0.5 else 2):
        m.say("\n")
        say_look(m, before, word, after)


def say_look(m, before, word, after):
    if word:
        m.say(before).look(word).say(after)
    else:
        m.look(before).say(after)


def cap(s):
    """A surname at the start of a sentence: its particle capitalised (van der Sar: Van der Sar)."""
    return s[0].upper() + s[1:]


# Finnish sentences that need each case of a name: (before, case, after).
CASE_SENTENCES = [("Kone on ", "gen", " nimissä."), ("Odotamme vielä ", "par", " palaveriin."),
                  ("Lähetin tunnukset ", "all", "."), ("Kysyin asiaa ", "abl", ", mutta vastausta ei tullut."),
                  ("", "ade", " on sama ongelma."), ("Tein ", "ela", " uuden pääkäyttäjän."),
                  ("Otin yhteyttä ", "ill", " puhelimitse."), ("Hän näkyy järjestelmässä ", "ess", ", ei omalla nimellään."),
                  ("Käyttäjän nimi muutettiin ", "tra", " avioliiton jälkeen."), ("Vika ei ole ", "ine", " vaan koneessa."), ("Puhuimme ", "ela", " eilen palaverissa."),
                  ("", "gen", " mukaan vika alkoi maanantaina."), ("En ole tavoittanut ", "par", " tänään."),
                  ("", "abl", " puuttuu VPN-oikeus."), ("Tiketti siirrettiin ", "all", " aamulla.")]


def case_sentence(m, person, role="third"):
    before, case, after = R.choice(CASE_SENTENCES)
    m.say(before).name(person[case], role=role).say(after)


def finnish(m, f, l, e):
    """f, l: the subject's name as case dicts."""
    (a, b), (c, d), (g, h) = person_fi(), person_fi(), person_fi()
    kind = R.randrange(20)
    hour = R.randint(8, 16)
    t1, t2, t3 = (f"[{hour}.{minute:02d}]" for minute in sorted(R.sample(range(60), 3)))
    if kind == 0:
        m.say("Chat-loki, verkkosivun tuki\n").say(t1).say(" ").name(f["nom"].lower(), role="subject") \
            .say(": moi, en pääse ").look("Peppiin").say("\n").say(t2).say(" Tukihenkilö ").name(c["nom"]) \
            .say(": Hei ").name(f["nom"].lower(), role="subject").say("! Tarkistan, hetki\n").say(t3).say(" ") \
            .name(f["nom"].lower(), role="subject").say(": ").name(a["nom"].lower()).say(" sanoi että ") \
            .name(g["gen"].lower()).say(" tunnus on sama\n").say(t3).say(" Tukihenkilö ").name(c["nom"]) \
            .say(": Selvä. Soita tarvittaessa ").entity(mobile(), "PHONE").say(".")
    elif kind == 1:
        m.say("Asiakas (").name(f["nom"], l["nom"], role="subject").say("): ").look("Sisu").say(" näyttää väärät opintopisteet\n") \
            .say("Tukihenkilö ").name(c["nom"]).say(": Kenen kurssista on kyse?\nAsiakas (").name(f["nom"], l["nom"], role="subject") \
            .say("): ").name(a["nom"], b["gen"]).say(" kurssista, hän on ").look(R.choice(OFFICES_FI)[1]).say("\n") \
            .say("Tukihenkilö ").name(c["nom"]).say(": Laitan viestin ").name(a["all"]).say(" ja ") \
            .entity(R.choice(ROLE_MAIL_FI), "EMAIL").say(".")
    elif kind == 2:
        k = R.randrange(len(COMPANIES_FI))
        m.say(R.choice(HELLO_FI)).say(", täällä ").name(f["nom"], l["nom"], role="subject").say(" ").look(COMPANIES_FI_ELA[k]) \
            .say(". Soitan, koska ").name(a["nom"], b["nom"]).say(" pyysi. Hänen numeronsa on ").entity(any_phone(), "PHONE") \
            .say(", ja minut tavoittaa numerosta ").entity(mobile(), "PHONE", "subject").say(". ")
        case_sentence(m, c)
    elif kind == 3:
        m.say("Puhelumuistio: soittaja esittäytyi \"tässä ").name(a["nom"]).say(", ").look(R.choice(COMPANIES_FI)) \
            .say("\". Hän haki ").name(g["par"]).say(", joka ei ollut paikalla. Takaisinsoitto numeroon ") \
            .entity(any_phone(), "PHONE").say(". Kirjasi ").name(f["nom"], l["nom"], role="subject").say(". ")
        case_sentence(m, b)
    elif kind == 4:
        m.say("Pyydän, että ").name(a["nom"], b["nom"]).say(" ja ").name(c["nom"], d["nom"]).say(" lisätään jaettuun postilaatikkoon ") \
            .entity(R.choice(ROLE_MAIL_FI), "EMAIL").say(". Kopio ").name(g["all"]).say(" osoitteeseen ") \
            .entity(email(g["nom"], h["nom"]), "EMAIL").say(".\n").look(R.choice(GREET_FI)).say("\n").name(f["nom"], l["nom"], role="subject")
        m.say("\n").entity(R.choice(ROLE_MAIL_FI), "EMAIL")
    elif kind == 5:
        office, office_ade = R.choice(OFFICES_FI)
        m.say("Toimistomme muuttaa osoitteeseen ").look(office).say(". Avaimet saa ").name(a["abl"]).say(", ja ") \
            .name(c["nom"], d["nom"]).say(" on ").look(office_ade).say(" maanantaista. Kysymykset ") \
            .entity(R.choice(ROLE_MAIL_FI), "EMAIL").say(" tai ").name(f["nom"], l["all"], role="subject").say(".")
    elif kind == 6:
        m.say("Koulutukseen osallistuvat:\n- ").name(a["nom"], b["nom"]).say("\n- ").name(c["nom"], d["nom"]).say(" (") \
            .look(R.choice(PLACES_FI_FROM)).say(")\n- ").name(g["nom"], h["nom"]).say("\n- ").name(f["nom"], l["nom"], role="subject") \
            .say("\nKoulutus on ").look(R.choice(["Sibelius-talossa", "Paasitornissa", "Tove Jansson -salissa"])) \
            .say(". Peruutukset ").name(b["all"]).say(".")
    elif kind == 7:
        people = [person_fi() for _ in range(3)]
        m.say("Sijaisuudet joulun aikaan:\n")
        for k, (x, y) in enumerate(people):
            m.say(f"{k + 1}. ").name(x["nom"], y["nom"]).say(" → ").name(R.choice(FI_FIRST)["nom"]).say("\n")
        m.say("Päivystys: ").name(a["nom"], b["nom"]).say(", ").entity(mobile(), "PHONE").say(". ")
        case_sentence(m, people[0][1])
    elif kind == 8:
        m.say("Hei ").name(c["nom"]).say("!\n\nKävin läpi ").name(a["gen"]).say(" pyynnön. ")
        case_sentence(m, a)
        m.say(" ")
        case_sentence(m, g)
        m.say(" ")
        case_sentence(m, b)
        m.say("\n\n").look(R.choice(GREET_FI)).say(",\n").name(f["nom"], role="subject")
    elif kind == 9:
        m.say("Ulkomaan numerot päivitettävä vaihteeseen: ").name(a["nom"], b["nom"]).say(" (Lontoo) ") \
            .entity(uk_mobile(), "PHONE").say(", ").name(c["nom"], d["nom"]).say(" (Berliini) ").entity(national_phone(), "PHONE") \
            .say(", ").name(g["nom"], h["nom"]).say(" ").entity(national_phone(), "PHONE").say(". Pyytäjä ") \
            .name(f["nom"], l["nom"], role="subject").say(", ").entity(e, "EMAIL", "subject").say(".")
    elif kind == 10:
        m.say("Hi ").name(c["nom"]).say(", sorry for English – ").look("Jenkins").say(" kaatuu taas, ja ").name(a["nom"]) \
            .say(" said it's the disk. Voitko katsoa? ").name(a["ade"]).say(" ei ole oikeuksia.\nCheers, ") \
            .name(f["nom"], role="subject").say(" / ").entity(mobile(), "PHONE", "subject")
    elif kind == 11:
        m.say("Palkkahallinnolle (").entity("palkat@kaupunki.example.fi", "EMAIL").say("): ").name(f["nom"], l["nom"], role="subject") \
            .say(", henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject").say(", uusi tili ").entity(iban(), "IBAN", "subject") \
            .say(". Aiempi tili oli ").name(a["gen"]).say(" kanssa yhteinen. Hyväksyjä ").name(c["nom"], d["nom"]).say(".")
    elif kind == 12:
        sentence = R.choice(WORD_PAIRS_FI)
        person, given, word_before, word, word_after = sentence
        m.name(*((person["nom"], b["nom"]) if given else (a["nom"], person["nom"]))).say(" ilmoitti, että tulostin ei toimi ").look(R.choice(PLACES_FI)).say(". ") \
            .say(word_before).look(word).say(word_after).say(" Soitin ").name(person["all"]).say(" numeroon ") \
            .entity(mobile(), "PHONE").say(". ").name(f["nom"], role="subject")
    elif kind == 13:
        m.say(R.choice(HELLO_FI)).say(" ").name(a["nom"].lower()).say(" ja ").name(c["nom"].lower()) \
            .say(", onko kumpikaan nähnyt ").name(g["par"].lower()).say("? hänen läppärinsä on ") \
            .look(R.choice(PLACES_FI)).say(" ja ").name(d["gen"].lower()).say(" näyttö hajosi. t. ") \
            .name(f["nom"].lower(), role="subject")
    elif kind == 14:
        m.say("Lähettäjä: IT-tuki <").entity(R.choice(ROLE_MAIL_FI), "EMAIL").say(">\nVastaanottaja: ") \
            .name(f["nom"], l["nom"], role="subject").say(" <").entity(e, "EMAIL", "subject").say(">\nKopio: ") \
            .name(a["nom"], b["nom"]).say("\n\nTikettisi ").look(fill("INC00{5}")).say(" on ratkaistu. Ratkaisija ") \
            .name(c["nom"], d["nom"]).say(". Jos vika jatkuu, vastaa tähän viestiin. ")
        case_sentence(m, d)
    elif kind == 15:
        m.say("Kortti hukassa: ").name(f["nom"], l["nom"], role="subject").say(" kertoi chatissa korttinsa numeron ") \
            .entity(card(), "PAYMENT_CARD", "subject").say(". Poistin viestin ja ohjasin ").name(f["all"], role="subject") \
            .say(" pankkiin. Kollega ").name(a["nom"]).say(" näki myös ").name(c["gen"]).say(" tiedot. ")
        case_sentence(m, R.choice(FI_LAST))
    elif kind == 16:
        x, y = R.choice(DUTCH_ITALIAN[0] + GERMAN[0]), R.choice(DUTCH_ITALIAN[1] + GERMAN[1] + IRISH[1])
        m.say("Vieraileva tutkija ").name(x["nom"], y["nom"]).say(" tarvitsee tunnukset. ").name(cap(y["nom"])) \
            .say(" saapuu ").look(R.choice(PLACES_FI_TO)).say(" tiistaina. Lähetin ohjeet ").name(y["all"]).say(" osoitteeseen ") \
            .entity(email(x["nom"], y["nom"]), "EMAIL").say(", ja ").name(y["gen"]).say(" isäntänä toimii ") \
            .name(a["nom"], b["nom"]).say(". Puhelin ").entity(national_phone(), "PHONE").say(".")
    elif kind == 17:
        m.say("Muistio ").look(R.choice(["Paasitornin", "Sibelius-talon", "Minna Canth -huoneen"])).say(" palaverista\n• ") \
            .name(a["nom"], b["nom"]).say(": ").look("Kafka-klusterin").say(" levy\n• ").name(c["nom"]).say(" & ") \
            .name(g["nom"]).say(": ").look("Jenkins").say("-päivitys\n• Seuraava palaveri ").name(d["gen"]) \
            .say(" kanssa\n")
        case_sentence(m, b)
        m.say("\nKirjasi ").name(f["nom"], l["nom"], role="subject")
    elif kind == 18:
        m.say("Moikka!\nTerkkuja ").name(a["all"]).say(" ja ").name(c["all"]).say(". ").name(g["nom"], h["nom"]) \
            .say(" jää eläkkeelle, ja ").name(g["gen"]).say(" tilalle tulee ").name(R.choice(FI_FIRST)["nom"], d["nom"]).say(". Läksiäiset ") \
            .look(R.choice(OFFICES_FI)[1]).say(" perjantaina.\n").look(R.choice(GREET_FI)).say(" ") \
            .name(f["nom"], l["nom"], role="subject")
    else:
        x, y = R.choice(SWEDISH[0]), R.choice(SWEDISH[1])
        m.say("Hej! Tässä ").name(x["nom"], y["nom"]).say(" ").look(R.choice(COMPANIES_FI_ELA)).say(". Jag ringer om ") \
            .name(a["gen"]).say(" tunnus. Du når mig på ").entity(sv_phone(), "PHONE").say(". Kiitos, ") \
            .name(x["nom"], role="third").say("\nVastasi ").name(f["nom"], l["nom"], role="subject")
    tail(m, NAMED_FI + WORDS_FI)


# Given names and surnames that are words or things, with a sentence using the word or thing.
WORD_PAIRS_FI = [(fi("Palo"), False, "Kellarissa oli pieni ", "tulipalo", ", ja kytkin sammui."),
                 (fi("Haka"), False, "", "Haka-fanit", " täyttivät Pasilan aseman."),
                 (fi("Lumia"), True, "Vanha puhelin on ", "Nokia Lumia", "."),
                 (fi("Ulla"), True, "", "Ullanlinnan", " toimipisteessä on sama vika."),
                 (fi("Leino"), False, "Kokouksessa luettiin ", "Eino Leinon päivän", " runo."),
                 (fi("Kaarna"), False, "Näppäimistön alla oli ", "kaarnaa", ".")]


def english(m, f, l, e):
    (a, b), (c, d), (g, h) = person_en(), person_en(), person_en()
    kind = R.randrange(20)
    hour = R.randint(8, 17)
    if kind == 0:
        m.say("Live chat transcript\n").say(f"[{hour}:02] ").name(f.lower(), role="subject") \
            .say(": hi, outlook keeps asking for my password\n").say(f"[{hour}:03] ").name(c) \
            .say(": Hi ").name(f.lower(), role="subject").say(", sorry about that. Is it just you?\n").say(f"[{hour}:04] ") \
            .name(f.lower(), role="subject").say(": ").name(a.lower()).say(" and ").name(g.lower()) \
            .say(" have it too\n").say(f"[{hour}:06] ").name(c).say(": Thanks. I'll call you on ") \
            .entity(uk_mobile(), "PHONE", "subject").say(".")
    elif kind == 1:
        m.say("Chat started\nAgent ").name(c).say(": Hello, you're through to the service desk.\nVisitor (") \
            .name(f, l, role="subject").say("): hi, ").look("Jenkins").say(" won't let me log in\nAgent ").name(c) \
            .say(": Whose team are you in?\nVisitor (").name(f, l, role="subject").say("): ").name(a, b) \
            .say("'s, ").name(a).say(" is off today\nAgent ").name(c).say(": I'll mail ").entity(R.choice(ROLE_MAIL_EN), "EMAIL") \
            .say(" and copy ").name(g).say(".")
    elif kind == 2:
        company = R.choice(COMPANIES_EN)
        m.say(R.choice(["Hi, this is ", "Hello, this is ", "Hiya, it's "])).name(f, l, role="subject").say(" from ") \
            .look(company).say(". ").name(a, b).say(" asked me to ring about the printer at ").look(R.choice(OFFICES_EN)) \
            .say(". Best number for me is ").entity(uk_mobile(), "PHONE", "subject").say(", or ").name(a).say(" on ") \
            .entity(national_phone(), "PHONE").say(".")
    elif kind == 3:
        m.say("Voicemail, 09:41: \"Hi, it's ").name(a).say(" calling from ").look(R.choice(COMPANIES_EN)) \
            .say(", could ").name(c, d).say(" ring me back on ").entity(uk_mobile(), "PHONE").say("? Thanks.\" Logged by ") \
            .name(f, l, role="subject").say(" and passed to ").name(g).say(".")
    elif kind == 4:
        m.say("Please add ").name(a, b).say(" and ").name(c, d).say(" to the shared mailbox ") \
            .entity(R.choice(ROLE_MAIL_EN), "EMAIL").say(" and remove ").name(g, h).say(" (left in ") \
            .look(R.choice(["March", "the spring", "Q3"])).say(").\n").look(R.choice(GREET_EN)).say(",\n") \
            .name(f, l, role="subject").say("\n").entity(e, "EMAIL", "subject")
    elif kind == 5:
        m.say("Our new office is at ").look(R.choice(OFFICES_EN)).say(". ").name(a, b).say(" has the keys; ").name(c) \
            .say(" will be at ").look(R.choice(OFFICES_EN)).say(" until Friday. Deliveries to ") \
            .entity(R.choice(ROLE_MAIL_EN), "EMAIL").say(", please. ").name(f, role="subject")
    elif kind == 6:
        m.say("Attendees:\n- ").name(a, b).say("\n- ").name(c, d).say("\n- ").name(g, h).say("\n- ").name(f, l, role="subject") \
            .say("\nVenue: ").look(R.choice(["the Rosalind Franklin building", "the Ada Lovelace room", "the Guinness Storehouse"])) \
            .say(". Apologies from ").name(R.choice(R.choice(ANGLO)[0])["nom"]).say(".")
    elif kind == 7:
        people = [person_en() for _ in range(3)]
        m.say("Cover over Christmas:\n")
        for k, (x, y) in enumerate(people):
            m.say(f"{k + 1}) ").name(x, y).say(" – covered by ").name(R.choice(R.choice(ORIGINS)[0])["nom"]).say("\n")
        m.say("Escalation: ").name(a, b).say(", ").entity(any_phone(), "PHONE").say(".")
    elif kind == 8:
        x, y = R.choice(DUTCH_ITALIAN[0] + GERMAN[0]), R.choice(DUTCH_ITALIAN[1] + GERMAN[1] + IRISH[1] + SWEDISH[1])
        m.say("Visiting fellow ").name(x["nom"], y["nom"]).say(" needs an account. ").name(cap(y["nom"])) \
            .say(" arrives Tuesday; ").name(x["nom"]).say("'s host is ").name(a, b).say(". Mobile ") \
            .entity(national_phone(), "PHONE").say(", mail ").entity(email(x["nom"], y["nom"]), "EMAIL").say(". ") \
            .name(f, role="subject")
    elif kind == 9:
        m.say(R.choice(HELLO_EN)).say(" ").name(c).say(",\n\n").name(a, b).say(" is in ").look(R.choice(["Boston", "Dublin", "Berlin", "Tallinn"])) \
            .say(" this week; her US number is ").entity(fill("+1 (617) 555-01{2}"), "PHONE").say(" and ").name(g) \
            .say("'s German one is ").entity(fill("+49 (0)151 {8}"), "PHONE").say(".\n\n").look(R.choice(GREET_EN)) \
            .say(",\n").name(f, role="subject")
    elif kind == 10:
        fa, fb = finn()
        m.say("Moi ").name(fa["nom"]).say("! Quick one – ").name(a).say(" can't open ").look("Sisu").say(", ja ") \
            .name(fb["gen"]).say(" mukaan it's the licence. Can you ring ").name(a).say(" on ") \
            .entity(uk_mobile(), "PHONE").say("? Kiitos!\n").name(f, role="subject")
    elif kind == 11:
        m.say("Payroll change for ").name(f, l, role="subject").say(": new account ").entity(iban(), "IBAN", "subject") \
            .say(", Finnish ID ").entity(hetu(), "NATIONAL_ID", "subject").say(". Send the slip to ") \
            .entity("payroll@labs.example.com", "EMAIL").say(" and cc ").name(a, b).say(".")
    elif kind == 12:
        word, sentence = R.choice(EN_WORD_PAIRS)
        m.name(word, b).say(" says the VPN is down. ").say(sentence[0]).look(sentence[1]).say(sentence[2]) \
            .say(" I rang ").name(word).say(" on ").entity(uk_mobile(), "PHONE").say("; ").name(c, d) \
            .say(" knows more. ").name(f, role="subject")
    elif kind == 13:
        m.say("hey ").name(a.lower()).say(" + ").name(c.lower()).say(" – anyone seen ").name(g.lower()) \
            .say("'s charger? left it in ").look(R.choice(["the Ada Lovelace room", "the Rosalind Franklin building"])) \
            .say(" i think. ta, ").name(f.lower(), role="subject")
    elif kind == 14:
        m.say("From: IT Support <").entity(R.choice(ROLE_MAIL_EN), "EMAIL").say(">\nTo: ").name(f, l, role="subject") \
            .say(" <").entity(e, "EMAIL", "subject").say(">\nCc: ").name(a, b).say("\n\nYour ticket ") \
            .look(fill("RITM00{5}")).say(" was resolved by ").name(c, d).say(". Reply to reopen.")
    elif kind == 15:
        m.say("Card in chat: ").name(f, l, role="subject").say(" pasted ").entity(card(), "PAYMENT_CARD", "subject") \
            .say(" into the chat. I removed it and sent ").name(f, role="subject").say(" to the bank. ").name(a) \
            .say(" saw ").name(c).say("'s details too.")
    elif kind == 16:
        m.say("Dear ").name(a, b).say(",\n\nThank you for your message. ").name(c, d).say(" from our Berlin office (") \
            .look("Friedrichstraße 43, Berlin").say(") will call you on ").entity(fill("030/{7}"), "PHONE") \
            .say(".\n\nBest wishes,\n").name(f, l, role="subject").say("\nService Desk | ").entity(uk_mobile(), "PHONE", "subject")
    elif kind == 17:
        m.say("Notes from the ").look(R.choice(["Ada Lovelace room", "Rosalind Franklin room"])).say(" meeting\n• ") \
            .name(a, b).say(": ").look("Kafka").say(" disk\n• ").name(c).say(" & ").name(g).say(": ").look("Jenkins") \
            .say(" upgrade\n• Next one with ").name(d).say("\nMinutes by ").name(f, l, role="subject")
    elif kind == 18:
        m.say("Hiya ").name(a).say(",\n").name(g, h).say(" is retiring and ").name(R.choice(R.choice(ANGLO)[0])["nom"], d).say(" takes over. Leaving do at ") \
            .look(R.choice(OFFICES_EN)).say(" on Friday.\n").look(R.choice(GREET_EN)).say(", ").name(f, l, role="subject")
    else:
        m.say("Hi, it's ").name(f, role="subject").say(" calling from ").look(R.choice(COMPANIES_EN)) \
            .say(" – my colleague ").name(a, b).say(" (").entity(email(a, b), "EMAIL").say(") can't log in, and ") \
            .name(c).say("'s line ").entity(national_phone(), "PHONE").say(" goes to voicemail. I'm on ") \
            .entity(uk_mobile(), "PHONE", "subject").say(".")
    tail(m, NAMED_EN + WORDS_EN)


EN_WORD_PAIRS = [("Rosalind", ("Training is in ", "the Rosalind Franklin building", ".")),
                 ("Washington", ("Half the team is in ", "Washington DC", " this week.")),
                 ("Magnolia", ("The meeting rooms were painted ", "magnolia", ".")),
                 ("Jefferson", ("The bot quotes ", "the Jefferson Memorial", " on its error page.")),
                 ("Boone", ("The old server is called ", "Daniel Boone", ".")),
                 ("Malin", ("The weather station at ", "Malin Head", " is offline."))]


def swedish(m, f, l, e):
    (a, b), (c, d) = person_sv(), person_sv()
    kind = R.randrange(6)
    if kind == 0:
        m.say("Hej, det är ").name(f, l, role="subject").say(" från ").look(R.choice(COMPANIES_SV)).say(". ") \
            .name(a, b).say(" bad mig ringa om skrivaren på ").look("Drottninggatan 5, Stockholm").say(". Ring mig på ") \
            .entity(sv_phone(), "PHONE", "subject").say(" eller ").name(a).say(" på ").entity(sv_phone(), "PHONE").say(".")
    elif kind == 1:
        m.say("Chattlogg\n[10:02] ").name(f.lower(), role="subject").say(": hej, jag kommer inte in i ") \
            .look("Outlook").say("\n[10:03] ").name(c).say(": Hej ").name(f.lower(), role="subject") \
            .say("! Gäller det fler?\n[10:05] ").name(f.lower(), role="subject").say(": ").name(a.lower()) \
            .say(" har samma problem\n[10:06] ").name(c).say(": Jag mejlar ").entity(R.choice(ROLE_MAIL_EN[-1:] + ["servicedesk@bygg.example.se"]), "EMAIL") \
            .say(".")
    elif kind == 2:
        m.say("Deltagare:\n- ").name(a, b).say("\n- ").name(c, d).say("\n- ").name(f, l, role="subject") \
            .say("\nPlats: mötesrummet ").look("Selma Lagerlöf").say(". Frågor till ").entity(e, "EMAIL", "subject").say(".")
    elif kind == 3:
        m.say("Hej ").name(c).say("!\nKan du lägga till ").name(a, b).say(" i den delade brevlådan ") \
            .entity("kundtjanst@bygg.example.se", "EMAIL").say("? ").name(a).say(" börjar på måndag.\n") \
            .look(R.choice(GREET_SV)).say("\n").name(f, l, role="subject").say("\n").entity(sv_phone(), "PHONE", "subject")
    elif kind == 4:
        m.say("Hi ").name(c).say(", sorry for the Swedish: ").name(a, b).say(" kan inte logga in i ").look("Jenkins") \
            .say(". Could you call ").name(a).say(" on ").entity(sv_phone(), "PHONE").say("? Tack! /").name(f, role="subject")
    else:
        m.say("Lön: ").name(f, l, role="subject").say(", nytt konto ").entity(iban(), "IBAN", "subject") \
            .say(". Godkänt av ").name(a, b).say(", kopia till ").name(c).say(".")
    tail(m, NAMED_SV)


def main():
    for i in range(640):
        language = "fi" if i % 2 == 0 else ("sv" if i % 16 == 15 else "en")
        m = Message(language, "held-out-19")
        if language == "fi":
            first, last = finn() if R.random() < 0.7 else person_fi()
            f, l = first["nom"], last["nom"]
            e = email(f, l)
            finnish(m, first, last, e)
        else:
            f, l = person_en() if language == "en" else person_sv()
            e = email(f, l)
            (english if language == "en" else swedish)(m, f, l, e)
        m.known = {"name": f"{f} {l}", "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        m.check()
        print(m.json())


main()
