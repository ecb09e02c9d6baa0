#!/usr/bin/env python3
"""Generates the twenty-sixth held-out set (held-out-26.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 25: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of service-desk text that sets 1-25 lack, as a ticketing system and a telephony and chat platform record
them: ticket exports as JSON, CSV and XML with people in fields (reporter, assignee, watchers, approver), webhook
payloads and audit trails; LDAP and Active Directory attribute dumps (dn: CN=Last\\, First, cn:, sn:, givenName:,
displayName:, manager: CN=…, sAMAccountName:); Git and CI logs with Author:, Signed-off-by: and Co-authored-by: lines
and code-review comments; vCards and tel: links; calendar and room bookings with a dial-in number; shift swaps in a
health centre's appointment system (access only, no health data); travel and expense approvals; purchase requests;
asset handover receipts signed by two people; key-card requests with a car's plate; loan devices for trainees;
school and day-care IT (guardians and children, possessive suffixes: Fiiani, Eeliksemme); a housing company's and a
property-maintenance firm's IT; union and association member registers; spoken Finnish and dialect in chat ("mä
soitin sille Virtasen Jarille", "Santral on se läppäri" for Santralla), code-switching between Finnish, English and
Swedish inside a sentence, missing capitals, names with a symbol (Fiia ✿), @mentions and hashtags
(#kiitosSantra); reply chains quoting "> Jari kirjoitti:", "> Jari wrote:", "> Jari skrev:".
Names: rare Finnish given names of every era (Efraim, Sakeus, Vihtori, Hulda, Lumikki, Aallotar; Iisko, Fiia,
Saaga) and double given names (Oiva-Kalle, Iida-Sofia), Finnish surnames (Huuskonen, Tiirikainen, Peräkorpi,
Kangaspunta, Jylhä-Ollila) in twelve cases (nominative, genitive, partitive, essive, translative, inessive,
elative, illative, adessive, ablative, allative, abessive; the accusative writes as the genitive or nominative) and
with the clitics -kin, -kaan/-kään, -han/-hän and possessive suffixes; Finland-Swedish (af Forselles, Stjernvall,
Wasastjerna), Russian and Ukrainian in Cyrillic beside their Finnish or English transliteration (Иван Петров, Ivan
Petrov; Остапчук, Ostaptšuk, Ostapchuk), German and Austrian (von, zu, ß: Strauß, Oßwald), French and Belgian (de la,
Le, accents), Dutch (van der, de), Spanish and Portuguese double surnames (García Márquez, dos Santos), Brazilian
nicknames (Zé, Dudu), Italian, Greek, Hungarian and Korean and Vietnamese written surname first in their own
order, Romanian, Czech and Slovak (-ová), Irish and Scottish (O', Mac, Mc, Ní), Nigerian, Ethiopian and Eritrean,
Afghan (one name only), Filipino, Canadian French and Australian ones; initials ("O.-K. Huuskonen", "A. Takkinen"),
passport style capitals ("TIIRIKAINEN Sakeus").
Phones: Finnish mobiles and landlines in many written forms (+358 (0)40 …, tel:+358…, vCard TEL, a number broken
over a line), company and service numbers (010, 020, 0800, 0600) and numbers of Germany, Austria, France, Belgium,
the Netherlands, Spain, Portugal, Italy, Greece, Hungary, Romania, Czechia, Slovakia, Russia, Ukraine, Nigeria,
Ethiopia, Eritrea, Afghanistan, Korea, Vietnam, the Philippines, Brazil, Canada, Australia, Ireland, the UK and Sweden
in international and national forms.
Labelling policy, as in held-out-25.py, with these for the new kinds: every dialable number of a person, a firm or a
service line (010, 020, 0800, 0600) is a PHONE, role "third" when it is not the subject's; the emergency number 112,
the medical helpline 116 117 and an extension alone ("sis. 345", "ext. 2345") are look-alikes outside the PHONE; a
number broken over a line is one span with the line break inside; in tel: links and vCard TEL lines the span is the
number, the scheme and the field name outside. A name in a field (displayName:, "assignee": "…", cn=) is a NAME, the
key and the quotes outside; an LDAP cn= inside a dn or manager value too (each part its own span, the escaped comma
"\\," outside); sAMAccountName:, uid: and a username after its cue are a USERNAME of their person; a PIN, password,
API token or recovery code given in the text is a CREDENTIAL of the person it belongs to. A Cyrillic name and its
transliteration are both NAMEs. A particle (von, zu, van der, de la, af, dos, Le, O', Mac, Ní) is inside the surname's
span; a Spanish or Portuguese double surname (García Márquez) is one span; an initial with its full stop is a span of
its own ("O.-K."); a nickname, a spoken or dialect form (Santral, Jarille) and a possessive or clitic form (Fiiani,
Huuskosellekin) are NAMEs with the suffix inside; in an @mention the @ is outside, in a hashtag only the name part is
inside (#kiitos|Santra); a symbol after a name is outside. Children and guardians are third parties unless one is the
subject. Titles stay outside the spans, a Finnish ending inside, an English "'s" outside, a Swedish genitive -s
inside. Look-alikes (kept): Finnish business ids (Y-tunnus 1234567-8), postal codes, licence plates (ABC-123), MAC
addresses, GUIDs, IPv6 addresses from the documentation range, commit hashes, invoice, reference, ticket and order
numbers, build and version numbers, timestamps, durations, prices, distances, 112 and 116 117, products; streets,
places, rooms, software and firms named after people (Mannerheimintie, Snellmaninkatu, Sibelius-sali, Jenkins,
Linux, Ada, Tesla, Kalevala, Fazer, Kone, Wärtsilä, Ahlström, Pohjola, Hackman, Rosenlew, Pöyry, Gallo, Moretti,
Santos FC, Ekelundsvägen) and the words that are this set's names (talvitietä, sääski, laiho, saaga, viola,
kastehelmi, Santalassa; floor, moon, Bos Taxis; viola) — never in a message whose person bears that name.
A housing company's shared door code and a colleague's token left in a test are CREDENTIALs of a third party; the
source address in a webhook is an IP_ADDRESS of the requester, role "third".
Same format as evaluation-set.jsonl; 650 messages: about 55 % Finnish, 35 % English and 10 % Swedish. Each message
checks itself before it is printed (message.emit: Message.check and message.verify) and is written again with new
draws when a labelled value stands unlabelled elsewhere in it, in any letter case, or a look-alike holds one.
Deterministic: python3 held-out-26.py > held-out-26.jsonl (python3 held-out-26.py --stats adds counts on stderr)"""
import collections
import random
import re
import sys
import unicodedata

import identifiers
from message import Message, emit, first_clean, mixed_language
from name_forms import distinct, foreign, inflect as fi, nen, nominative

R = random.Random(26262626)
PHONES = collections.Counter()
REDRAWN = collections.Counter()


def compound(nom, weak, strong, par, ill, front=False):
    """A compound surname's forms; front=True when its last word takes front vowels though an earlier word has a back
    one (Pihlajamäki: Pihlajamäellä, not Pihlajamäella)."""
    forms = fi(nom, weak, strong, par=par, ill=ill)
    if front:
        for case in ("ess", "ade", "abl", "ela", "ine"):
            forms[case] = forms[case][:-1] + "ä"
    return forms


FI_MEN = [fi(n) for n in ["Efraim", "Sameli", "Uuno", "Artturi", "Hjalmari", "Iisko", "Tahvana", "Vihtori",
                          "Aaprami", "Juhana", "Väinämö", "Pertti-Juhani", "Lauri-Iivari",
                          "Mikko-Aukusti"]] + \
         [foreign("Aabraham"), foreign("Immanuel"), fi("Herkko", "Herko", "Herkko"), fi("Vikke", "Vike", "Vikke"),
          fi("Eerikki", "Eeriki", "Eerikki"), fi("Jooseppi", "Joosepi", "Jooseppi"),
          fi("Aarni-Pekka", "Aarni-Peka", "Aarni-Pekka"), fi("Oiva-Kalle"), fi("Kaarle"),
          fi("Sakeus", "Sakeukse", "Sakeukse", par="Sakeusta", ill="Sakeukseen"),
          fi("Jeremias", "Jeremiakse", "Jeremiakse", par="Jeremiasta", ill="Jeremiakseen"),
          fi("Mattias", "Mattiakse", "Mattiakse", par="Mattiasta", ill="Mattiakseen"),
          fi("Ananias", "Ananiakse", "Ananiakse", par="Ananiasta", ill="Ananiakseen"),
          fi("Eelis", "Eelikse", "Eelikse", par="Eelistä", ill="Eelikseen")]
FI_WOMEN = [fi(n) for n in ["Mandi", "Santra", "Amalia", "Serafiina", "Fiia", "Kastehelmi", "Fiina", "Naemi", "Riitu",
                            "Hanne", "Juulia", "Lyydi", "Toivi", "Äini", "Hilja-Maria", "Hulda", "Lahja-Maria", "Saaga",
                            "Tyyne-Liisa", "Viola", "Ainomaija", "Heleena", "Inkeri-Liisa",
                            "Josefiina", "Lotta-Maria", "Venla-Maria", "Iida-Sofia"]] + \
           [fi("Lumikki", "Lumiki", "Lumikki"), foreign("Dagmar"), fi("Sylvi-Kyllikki", "Sylvi-Kylliki", "Sylvi-Kyllikki"),
            fi("Aallotar", "Aallottare", "Aallottare", par="Aallotarta", ill="Aallottareen")]
FI_FIRST = FI_MEN + FI_WOMEN
FI_LAST = [nen(n) for n in ["Huuskonen", "Kananen", "Pirskanen", "Saarelainen", "Takkinen", "Muukkonen", "Hytönen",
                            "Rahikainen", "Tiirikainen", "Illikainen", "Kyyhkynen", "Pyykönen", "Tolppanen",
                            "Häkkinen", "Ketonen", "Kylliäinen", "Näätänen", "Vänttinen", "Kurvinen", "Vatanen",
                            "Oikarinen", "Virtanen"]] + \
          [fi(n) for n in ["Lassila", "Rämö", "Vanhala", "Ahopelto", "Hannula", "Impiö", "Hiekkala", "Soikkeli",
                           "Hiidensalo", "Kuusiluoma", "Känsälä", "Ukura", "Juopperi", "Lintula",
                           "Hämeenaho", "Pöyry", "Pohjola", "Pakkala", "Oksala", "Välimaa", "Riihimaa", "Santala",
                           "Laiho", "Metsola", "Helmikallio", "Mörö", "Kyttälä", "Jylhä-Ollila"]] + \
          [foreign("Kröger"), foreign("Jurvelin"), fi("Riutta", "Riuta", "Riutta"), fi("Löytty", "Löyty", "Löytty"),
           fi("Kangaspunta", "Kangaspunna", "Kangaspunta"), compound("Talvitie", "Talvitie", "Talvitie", "Talvitietä", "Talvitiehen", front=True),
           compound("Haanpää", "Haanpää", "Haanpää", "Haanpäätä", "Haanpäähän", front=True),
           compound("Sääski", "Sääske", "Sääske", "Sääskeä", "Sääskeen"),
           compound("Pihlajamäki", "Pihlajamäe", "Pihlajamäke", "Pihlajamäkeä", "Pihlajamäkeen", front=True),
           compound("Huhtamäki", "Huhtamäe", "Huhtamäke", "Huhtamäkeä", "Huhtamäkeen", front=True),
           compound("Palomäki", "Palomäe", "Palomäke", "Palomäkeä", "Palomäkeen", front=True),
           compound("Hirsimäki", "Hirsimäe", "Hirsimäke", "Hirsimäkeä", "Hirsimäkeen"),
           compound("Ristimäki", "Ristimäe", "Ristimäke", "Ristimäkeä", "Ristimäkeen"),
           compound("Lähdesmäki", "Lähdesmäe", "Lähdesmäke", "Lähdesmäkeä", "Lähdesmäkeen"),
           compound("Öljymäki", "Öljymäe", "Öljymäke", "Öljymäkeä", "Öljymäkeen"),
           compound("Peräkorpi", "Peräkorve", "Peräkorpe", "Peräkorpea", "Peräkorpeen"),
           compound("Sammalkorpi", "Sammalkorve", "Sammalkorpe", "Sammalkorpea", "Sammalkorpeen"),
           compound("Ylikorpi", "Ylikorve", "Ylikorpe", "Ylikorpea", "Ylikorpeen"),
           compound("Kuusijärvi", "Kuusijärve", "Kuusijärve", "Kuusijärveä", "Kuusijärveen", front=True),
           compound("Kärnäjärvi", "Kärnäjärve", "Kärnäjärve", "Kärnäjärveä", "Kärnäjärveen"),
           compound("Viitaniemi", "Viitanieme", "Viitanieme", "Viitaniemeä", "Viitaniemeen", front=True),
           compound("Yliniemi", "Ylinieme", "Ylinieme", "Yliniemeä", "Yliniemeen"),
           compound("Kalliokoski", "Kalliokoske", "Kalliokoske", "Kalliokoskea", "Kalliokoskeen"),
           compound("Kortesalmi", "Kortesalme", "Kortesalme", "Kortesalmea", "Kortesalmeen"),
           compound("Mäntysaari", "Mäntysaare", "Mäntysaare", "Mäntysaarta", "Mäntysaareen"),
           compound("Mustakangas", "Mustakankaa", "Mustakankaa", "Mustakangasta", "Mustakankaaseen"),
           compound("Hietakangas", "Hietakankaa", "Hietakankaa", "Hietakangasta", "Hietakankaaseen"),
           compound("Koivukangas", "Koivukankaa", "Koivukankaa", "Koivukangasta", "Koivukankaaseen"),
           compound("Rantakangas", "Rantakankaa", "Rantakankaa", "Rantakangasta", "Rantakankaaseen")]
# What colleagues call each other in chat, with the case forms.
NICK_FI = {"Sakeus": fi("Sakke", "Sake", "Sakke"), "Vihtori": fi("Vihtu"), "Jooseppi": fi("Jope"),
           "Serafiina": fi("Sera"), "Josefiina": fi("Jossu"), "Immanuel": fi("Manu"), "Juhana": fi("Juho"),
           "Aabraham": fi("Aapo"), "Hjalmari": fi("Jallu")}

# Each origin as (given names, surnames) and the country its people's numbers come from.
FINLAND_SWEDISH = (["Ebba-Stina", "Signe-Lill", "Aron", "Hjalmar-Olof", "Eivor", "Anna-Greta", "Elof", "Sigbritt",
                    "Inga-Maj", "Ingemar", "Karin-Stina", "Sture"],
                   ["af Forselles", "Rehnberg", "Stjernvall", "Snellman", "Enckell", "Gripenberg", "Nordenswan", "Wrede",
                    "Furuhjelm", "Hackman", "Tallqvist", "Thesleff", "Sucksdorff", "Wasastjerna", "Rosenlew", "Ådahl",
                    "Öhberg", "Östling", "Wärnå", "Sjödahl", "Hellqvist", "Tengvall", "Löfgren", "Bexell",
                    "Tornqvist", "Ahlqvist", "Sahlberg", "Gyllenhammar", "Rosengren", "Strömqvist", "Wästberg", "Lindh",
                    "Bergsten", "Ekelund"])
GERMAN = (["Dietrich", "Ludwig", "Gisela", "Hannelore", "Waltraud", "Liselotte", "Annegret", "Sieglinde", "Ottokar",
           "Siegfried", "Gottlieb", "Friedemann", "Korbinian", "Eberhard", "Rüdiger", "Roswitha", "Adelheid",
           "Gerlinde", "Ulrike", "Volker", "Frauke", "Jörg-Peter", "Hans-Jürgen", "Ekkehard", "Hartmut"],
          ["Strauß", "Groß", "Bäumler", "Oßwald", "Rößler", "Süßmann", "Hölzl", "Pichler", "Brandstätter", "Mayrhofer",
           "Zöchling", "Haslinger", "Niederhuber", "von Thurnau", "zu Leiningen", "von der Heydte", "Grüber",
           "Wimmer", "Leitner"])
FRENCH = (["Ghislaine", "Gaëlle", "Maëlle", "Amaury", "Clothilde", "Enguerrand", "Bérénice", "Hervé", "Régine",
           "Séverine"],
          ["Lemaire", "Deschamps", "Peeters", "Janssens", "Vandenberghe", "Maes", "Wouters", "Claes", "de la Motte",
           "Le Goff", "Le Floch", "Lefébure", "Duchêne", "de Hemptinne"])
DUTCH = (["Sjoerd", "Marloes", "Floor", "Gijs", "Hendrika", "Roel", "Tjitske"],
         ["Smit", "Meijer", "Bos", "Vos", "Dekker", "Brouwer", "Hendriks", "Kuipers", "Verhoeven", "van der Linden",
          "van den Heuvel", "van der Meulen", "de Haan"])
IBERIAN = (["Catalina", "Joaquín", "Joaquim", "Fernão", "Gabriela", "Luíza", "Matheus"],
           ["García Márquez", "Rodríguez Núñez", "Gutiérrez Domínguez", "dos Santos", "Oliveira Pereira",
            "Rodrigues Almeida", "da Costa Ribeiro", "Márquez"])
BRAZILIAN_NICK = (["Zé", "Juca", "Dudu", "Tatá", "Nando", "Bia", "Malu", "Guto", "Kiko"],
                  ["dos Santos", "Oliveira Pereira", "Rodrigues Almeida", "da Costa Ribeiro"])
ITALIAN = (["Gianluca", "Raffaella", "Beatrice", "Pierluigi", "Donatella", "Maurizio", "Ornella", "Gennaro",
            "Annunziata", "Vittorio"],
           ["Romano", "Colombo", "Ricci", "Marino", "Greco", "Gallo", "Conti", "Mancini", "Lombardi", "Moretti",
            "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli"])
GREEK = (["Eleftheria", "Dimitrios", "Panagiotis", "Vasiliki", "Konstantinos", "Athanasia", "Spyridon", "Stavroula",
          "Chrysoula", "Theodoros"],
         ["Nikolaidis", "Makris", "Papadimitriou", "Alexopoulou", "Katsaros"])
HUNGARIAN = (["Tamás", "Ákos", "Boglárka"], ["Németh", "Balogh", "Szalai", "Pásztor", "Fodor"])
ROMANIAN = (["Cristina", "Alexandru", "Vlăduț"], ["Constantinescu", "Ungureanu", "Diaconu"])
CZECH = (["Bohumil", "Miroslav", "Blanka", "Vlasta", "Přemysl"],
         ["Dvořáková", "Veselá", "Němcová", "Marková", "Pokorná", "Kopecká", "Benešová", "Jelínková", "Krejčí",
          "Růžička"])
GAELIC = (["Mairead", "Cosima", "Isobel", "Clarimond", "Kaydence", "Tayla", "Jedda"],
          ["O'Connell", "O'Donoghue", "MacDonald", "McGregor", "McLaughlin", "Ní Bhriain", "Callaghan", "Dwyer",
           "Duggan", "Quinlivan", "Mitchell-Reid", "Coady"])
NIGERIAN = (["Folasade", "Adaobi", "Ebuka", "Oghenekaro", "Ayodele", "Uzoamaka", "Olanrewaju"],
            ["Olatunji", "Nwankwo", "Adeleke", "Okonjo", "Ezenwa"])
HORN = (["Almaz", "Mulugeta", "Yohannes", "Tsion", "Genet", "Biniam", "Abrehet", "Eyerusalem", "Mebrat", "Tsegaye"],
        ["Gebreyes", "Habtemariam", "Weldu", "Kebede", "Ghebremichael", "Negash", "Woldu"])
AFGHAN = (["Hamidullah", "Zarmina", "Nasrullah", "Fereshta", "Wahidullah", "Shabana", "Najibullah", "Gulalai",
           "Rahmatullah", "Shukria"], [])
KOREAN = (["Seung-hoon", "Eun-ji", "Hye-jin", "Dong-hyun"], ["Kim", "Cho", "Shin", "Baek", "Yoo", "Moon"])
VIETNAMESE = (["Diệp", "Kiều", "Quế", "Tuyết"], ["Doãn", "Khổng", "Lạc", "Trịnh"])
FILIPINO = (["Maricar", "Rhea", "Jun-Jun", "Bong"], ["Reyes", "Aquino", "Lacson", "Soriano"])
CANADIAN = (["Geneviève", "Mathieu", "Sylvain", "Josée"],
            ["Brodeur", "Gagnon", "Tremblay", "Bouchard", "Pelletier", "Lachance", "Fortier", "Dufresne", "Ouellette"])
AUSTRALIAN = (["Lachie", "Shaylee", "Brodie", "Jarrah", "Kirra", "Darcy", "Benji"],
              ["Wakefield", "Mackay", "Hollingworth", "Bickerstaff", "Rutherford", "Carstairs", "Wetherall", "Gaunt",
               "Polglaze"])
# Russian and Ukrainian: (Finnish transliteration, English transliteration, Cyrillic).
SLAVIC_FIRST = [("Ivan", "Ivan", "Иван"), ("Jevgenija", "Yevgeniya", "Евгения"), ("Trofim", "Trofim", "Трофим"),
                ("Myroslav", "Myroslav", "Мирослав"), ("Nestor", "Nestor", "Нестор"), ("Zlata", "Zlata", "Злата"),
                ("Orysja", "Orysia", "Орися"), ("Jarema", "Yarema", "Ярема"), ("Hnat", "Hnat", "Гнат"),
                ("Mykyta", "Mykyta", "Микита")]
SLAVIC_LAST = [("Petrov", "Petrov", "Петров"), ("Gavrilova", "Gavrilova", "Гаврилова"),
               ("Ostaptšuk", "Ostapchuk", "Остапчук"), ("Fjodorova", "Fyodorova", "Фёдорова"),
               ("Žukov", "Zhukov", "Жуков"), ("Nikitina", "Nikitina", "Никитина"),
               ("Solovjova", "Solovyova", "Соловьёва"), ("Prohorov", "Prokhorov", "Прохоров"),
               ("Zaharova", "Zakharova", "Захарова"), ("Hrytsak", "Hrytsak", "Грицак"),
               ("Voronova", "Voronova", "Воронова"), ("Zaitseva", "Zaitseva", "Зайцева"),
               ("Gerasimov", "Gerasimov", "Герасимов"), ("Jermakov", "Yermakov", "Ермаков"),
               ("Tsvetkova", "Tsvetkova", "Цветкова")]
CYRILLIC = {latin: cyr for fi_, en, cyr in SLAVIC_FIRST + SLAVIC_LAST for latin in (fi_, en)}
SLAVIC_FI = ([f for f, e, c in SLAVIC_FIRST], [f for f, e, c in SLAVIC_LAST])
SLAVIC_EN = ([e for f, e, c in SLAVIC_FIRST], [e for f, e, c in SLAVIC_LAST])

ORIGINS = [(FINLAND_SWEDISH, "FI"), (GERMAN, "DE"), (FRENCH, "FR"), (DUTCH, "NL"), (IBERIAN, "ES"),
           (BRAZILIAN_NICK, "BR"), (ITALIAN, "IT"), (GREEK, "GR"), (HUNGARIAN, "HU"), (ROMANIAN, "RO"), (CZECH, "CZ"),
           (GAELIC, "IE"), (NIGERIAN, "NG"), (HORN, "ET"), (AFGHAN, "AF"), (KOREAN, "KR"), (VIETNAMESE, "VN"),
           (FILIPINO, "PH"), (CANADIAN, "CA"), (AUSTRALIAN, "AU")]
SURNAME_FIRST = {id(HUNGARIAN), id(KOREAN), id(VIETNAMESE)}
ANGLO = (["Isobel", "Clarimond", "Kaydence", "Tayla", "Jedda", "Lachie", "Shaylee", "Brodie", "Jarrah", "Kirra",
          "Darcy", "Benji", "Mairead", "Cosima"],
         ["Wakefield", "Mackay", "Hollingworth", "Bickerstaff", "Rutherford", "Carstairs", "Wetherall", "Gaunt",
          "Polglaze", "O'Connell", "O'Donoghue", "MacDonald", "McGregor", "McLaughlin", "Callaghan", "Dwyer",
          "Duggan", "Quinlivan", "Coady"])
NICK_EN = {"Clarimond": "Clary", "Kaydence": "Kady", "Isobel": "Izzy", "Lachie": "Lach"}
SWEDISH = FINLAND_SWEDISH


def endings(nom):
    """Finnish endings of a name of other origin; a last vowel with a mark (Diệp ends in a consonant, Tatá in a
    vowel) takes the endings as a plain vowel does, and a name of several words inflects its last word."""
    last = nom.split()[-1]
    plain = unicodedata.normalize("NFD", last[-1])[0]
    return fi(nom) if plain in "aeiouy" else foreign(nom)


def add_cases(forms):
    """The abessive besides the cases name_forms gives: Huuskosetta, Eeliksettä."""
    weak = forms["gen"][:-1]
    forms["abe"] = weak + "tt" + forms["par"][-1]
    return forms


DOMAINS = ["taloyhtio-kuusiluoma.example.fi", "ammattiliitto.example.fi", "paivakoti.example.fi",
           "terveysasema.example.fi", "kiinteistohuolto.example.fi", "konsultointi.example.com",
           "dev.example.io", "Support.Example.COM", "mail.kunta.example.fi", "forening.example.se",
           "xn--sdertlje-q4a.example.se", "school.example.ca", "clinic.example.com.au"]
# Where each country's numbers are written in its own and the international form.
FOREIGN = {"DE": ["+49 151 {4} {4}", "0151 {8}", "+49 (0)30 {4} {4}", "030/{3} {4}"],
           "AT": ["+43 664 {3} {4}", "0664 {7}", "+43 1 {3} {4}"],
           "FR": ["+33 6 {2} {2} {2} {2}", "06 {2} {2} {2} {2}", "+33 (0)1 {2} {2} {2} {2}"],
           "BE": ["+32 475 {2} {2} {2}", "0475/{2}.{2}.{2}", "+32 2 {3} {2} {2}"],
           "NL": ["+31 6 {4} {4}", "06-{8}", "+31 20 {3} {4}", "020-{3} {4}"],
           "ES": ["+34 6{2} {3} {3}", "6{2} {3} {3}", "+34 91 {3} {2} {2}"],
           "PT": ["+351 91{1} {3} {3}", "+351 21 {3} {4}"],
           "IT": ["+39 3{2} {3} {4}", "3{2} {7}", "+39 06 {4} {4}"],
           "GR": ["+30 69{1} {3} {4}", "69{1} {3} {4}", "+30 210 {3} {4}"],
           "HU": ["+36 30 {3} {4}", "06 30 {3} {4}", "+36 1 {3} {4}"],
           "RO": ["+40 7{2} {3} {3}", "07{2} {3} {3}", "+40 21 {3} {4}"],
           "CZ": ["+420 6{2} {3} {3}", "+420 2{2} {3} {3}", "7{2} {3} {3}"],
           "SK": ["+421 9{2} {3} {3}", "09{2} {3} {3}"],
           "RU": ["+7 9{2} {3}-{2}-{2}", "8 (9{2}) {3}-{2}-{2}", "+7 (495) {3}-{2}-{2}"],
           "UA": ["+380 50 {3} {2} {2}", "050 {3} {2} {2}", "+380 (44) {3} {4}"],
           "NG": ["+234 80{1} {3} {4}", "080{1} {3} {4}", "+234 1 {3} {4}"],
           "ET": ["+251 91 {3} {4}", "091 {3} {4}", "+251 11 {3} {4}"], "ER": ["+291 7 {3} {3}", "+291 1 {2} {2} {2}"],
           "AF": ["+93 70 {3} {4}", "070 {3} {4}", "+93 20 {3} {4}"],
           "KR": ["+82 10-{4}-{4}", "010-{4}-{4}", "+82 2-{3}-{4}"],
           "VN": ["+84 9{2} {3} {3}", "09{2} {3} {3}", "+84 28 {4} {4}"],
           "PH": ["+63 917 {3} {4}", "0917 {3} {4}", "+63 2 {4} {4}"],
           "BR": ["+55 11 9{4}-{4}", "(11) 9{4}-{4}", "+55 21 {4}-{4}"],
           "CA": ["+1 (514) {3}-{4}", "(416) {3}-{4}", "+1 604 {3} {4}"],
           "AU": ["+61 4{2} {3} {3}", "04{2} {3} {3}", "+61 2 {4} {4}", "(02) {4} {4}"],
           "IE": ["+353 87 {3} {4}", "087 {3} {4}", "+353 1 {3} {4}"],
           "GB": ["+44 7{3} {6}", "07{3} {6}", "+44 20 {4} {4}"],
           "SE": ["+46 70 {3} {2} {2}", "070-{3} {2} {2}", "+46 8 {3} {2} {2}"]}
FOREIGN_IBANS = [("DE", "{18}"), ("AT", "{16}"), ("FR", "{10}A{10}{2}"), ("BE", "{12}"), ("NL", "ABNA{10}"),
                 ("ES", "{20}"), ("PT", "{21}"), ("IT", "X{22}"), ("GR", "{23}"), ("HU", "{24}"), ("RO", "RNCB{16}"),
                 ("CZ", "{20}"), ("SK", "{20}"), ("UA", "{25}"), ("BR", "{23}C1"), ("SE", "{20}"), ("IE", "AIBK{14}")]


def fill(pattern):
    return identifiers.fill(R, pattern)


def counted(country, pattern):
    PHONES[country] += 1
    return fill(pattern)


def finnish_number():
    """A Finnish mobile or landline in one of the ways people, forms and systems write it."""
    return counted("FI", R.choice(["040 {3} {4}", "+358 (0)40 {3} {4}", "+358 (0)50 {7}", "045 {2} {2} {3}",
                                   "+358 41 {3} {2} {2}", "0400-{3} {3}", "+358 46 {3} {4}", "050.{3}.{4}",
                                   "+358-44-{3}-{4}", "0449 {3} {3}", "040/{3}{4}", "+35845{7}", "09 {3} {2} {2}",
                                   "(09) {4} {3}", "+358 (0)9 {4} {4}", "03 {3} {4}", "+358 3 {3} {4}",
                                   "06-{3} {4}", "08 {3} {4}", "+358 (0)13 {3} {3}", "019 {3} {4}", "02 {4} {3}"]))


def service_number():
    """A firm's or service line's number: 010, 020, 0800 and 0600."""
    return counted("FI", R.choice(["010 {3} {4}", "020 {3} {3}", "0800 {3} {3}", "0600 {2} {3}", "+358 10 {3} {4}",
                                   "+358 20 {3} {3}"]))


def abroad(country=None):
    country = country or R.choice(sorted(FOREIGN))
    return counted(country, R.choice(FOREIGN[country]))


def tel_uri(number):
    """A number as a tel: link writes it: digits after a plus, no spaces."""
    digits = re.sub(r"\D", "", number)
    if number.startswith("+"):
        return "+" + digits.replace("0", "", 1) if "(0)" in number else "+" + digits
    return "+358" + digits[1:]


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("Y", R.randint(60, 99)),
                                                 ("X", R.randint(55, 99)), ("W", R.randint(70, 99)),
                                                 ("V", R.randint(80, 99)), ("U", R.randint(70, 99)),
                                                 ("A", R.randint(0, 23)), ("B", R.randint(0, 21)),
                                                 ("C", R.randint(0, 20)), ("D", R.randint(0, 19)),
                                                 ("E", R.randint(10, 22)), ("F", R.randint(0, 23)),
                                                 ("+", R.randint(95, 99))]))


def account():
    if R.random() < 0.4:
        return identifiers.written_iban(R)
    return identifiers.written_foreign_iban(R, *R.choice(FOREIGN_IBANS))


def card():
    n = identifiers.luhn(R, R.choice(["4", "51", "55", "22"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def secret():
    kind = R.randrange(5)
    if kind == 0:
        return R.choice(["Kalakukko", "Saunailta", "Mustikka", "Harbour", "Lingon", "Porkkana"]) + \
            R.choice("#!%&?") + fill("{4}")
    if kind == 1:
        return fill("{4}") if R.random() < 0.5 else fill("{6}")
    if kind == 2:
        return "ghp_" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(30))
    if kind == 3:
        return "-".join("".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(5)) for _ in range(3))
    return "sk_live_" + "".join(R.choice("abcdef0123456789") for _ in range(24))


def day():
    return f"{R.randint(1, 28)}.{R.randint(1, 12)}.2027"


def day_en():
    return f"{R.randint(1, 28)} {R.choice(['January', 'February', 'May', 'July', 'August', 'December'])} 2027"


def iso_stamp():
    return f"2027-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(6, 20):02d}:{R.randint(0, 59):02d}:" \
           f"{R.randint(0, 59):02d}Z"


def at_time():
    return f"{R.randint(7, 19):02d}:{R.randint(0, 59):02d}"


def euros():
    return f"{R.randint(5, 2400)},{R.randint(0, 99):02d} €"


def hexa(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    return f"{hexa(8)}-{hexa(4)}-{hexa(4)}-{hexa(4)}-{hexa(12)}"


def mac():
    return ":".join(hexa(2).upper() for _ in range(6))


def plate():
    return "".join(R.choice("ABCEFGHIJKLMNOPRSTUVXYZ") for _ in range(3)) + "-" + str(R.randint(1, 999))


def business_id():
    body = [R.randint(0, 9) for _ in range(7)]
    rest = sum(d * w for d, w in zip(body, [7, 9, 10, 5, 8, 4, 2])) % 11
    if rest == 1:
        return business_id()
    return "".join(map(str, body)) + "-" + str(0 if rest == 0 else 11 - rest)


def postal():
    return R.choice(["00100 Helsinki", "33100 Tampere", "20500 Turku", "90100 Oulu", "40100 Jyväskylä",
                     "70100 Kuopio", "65100 Vaasa", "02600 Espoo", "15110 Lahti", "80100 Joensuu"])


def ipv4():
    return R.choice(["10.{0}.{1}.{2}", "192.168.{1}.{2}", "172.16.{1}.{2}"]).format(
        R.randint(1, 250), R.randint(0, 254), R.randint(2, 254))


# People. A person is a tuple of name parts: case-form dicts in Finnish messages, plain strings elsewhere.
ORIGIN = {}


def remember(person, origin, country):
    ORIGIN[tuple(map(nominative, person))] = (origin, country)
    return person


def finn():
    given = FI_MEN if R.random() < len(FI_MEN) / len(FI_FIRST) else FI_WOMEN
    person = (*R.sample(given, 2 if R.random() < 1 / 14 else 1), R.choice(FI_LAST))
    return remember(tuple(add_cases(dict(p)) for p in person), None, "FI")


def world(language):
    """A person of another origin: in Finnish messages each part with its Finnish endings."""
    if R.random() < 0.14:
        pool, country = (SLAVIC_FI if language == "fi" else SLAVIC_EN), R.choice(["RU", "UA"])
    else:
        pool, country = R.choice(ORIGINS)
    parts = (R.choice(pool[0]),) if not pool[1] else (R.choice(pool[0]), R.choice(pool[1]))
    if language == "fi":
        parts = tuple(add_cases(endings(p)) for p in parts)
    return remember(parts, pool, country)


def person_fi():
    return finn() if R.random() < 0.55 else world("fi")


def finn_plain():
    person = tuple(map(nominative, finn()))
    return remember(person, None, "FI")


def person_en():
    roll = R.random()
    if roll < 0.3:
        return remember((R.choice(ANGLO[0]), R.choice(ANGLO[1])), ANGLO, R.choice(["GB", "IE", "CA", "AU"]))
    return world("en") if roll < 0.85 else finn_plain()


def person_sv():
    roll = R.random()
    if roll < 0.55:
        return remember((R.choice(SWEDISH[0]), R.choice(SWEDISH[1])), SWEDISH, R.choice(["FI", "SE"]))
    return finn_plain() if roll < 0.8 else world("sv")


def origin_of(person):
    return ORIGIN.get(tuple(map(nominative, person)), (None, "FI"))


def phone_of(person):
    """A number for a person: from their country half the time, else Finnish."""
    country = origin_of(person)[1]
    if country != "FI" and R.random() < 0.6:
        return abroad(country)
    return finnish_number() if R.random() < 0.75 else abroad()


def address_of(person):
    names = [nominative(p) for p in person]
    first, last = names[0], names[-1].split()[-1]
    if len(names) == 1:
        return f"{identifiers.plain_name(first)}{R.randint(1, 99)}@{R.choice(DOMAINS)}"
    address = identifiers.address(R, first, last, DOMAINS)
    kind = R.randrange(5)
    local, domain = address.split("@")
    if kind == 0:
        return f"{local}+{R.choice(['tickets', 'it', 'kalenteri', 'noreply'])}@{domain}"
    if kind == 1:
        return address.upper() if R.random() < 0.3 else local.title() + "@" + domain
    if kind == 2 and "-" in names[-1]:
        return f"{identifiers.plain_name(first)}.{names[-1].lower().replace(' ', '')}@{domain}"
    return address


def username_of(person):
    names = [identifiers.plain_name(nominative(p)) for p in person]
    return R.choice([f"{names[-1][:6]}{names[0][:2]}", f"{names[0][0]}{names[-1][:7]}{R.randint(1, 9)}",
                     f"x{names[-1][:5]}{R.randint(10, 99)}", f"{names[0][:3]}{names[-1][:3]}"])


def surname_first(person):
    pool = origin_of(person)[0]
    return pool is not None and id(pool) in SURNAME_FIRST


def parts_of(person, case="nom"):
    """The name parts as written in full: the given names in the nominative and the surname in the case; a person of
    an origin that writes the surname first (Hungarian, Korean, Vietnamese) in that order when in the nominative."""
    nom = [nominative(p) for p in person]
    if case == "nom":
        return nom[::-1] if surname_first(person) and len(nom) > 1 else nom
    return nom[:-1] + [person[-1][case]]


def whole(m, person, case="nom", role="third"):
    return m.name(*parts_of(person, case), role=role)


def given(m, person, case="nom", role="third"):
    p = person[0]
    return m.name(p[case] if isinstance(p, dict) else p, role=role)


def surname(m, person, case="nom", role="third"):
    p = person[-1]
    return m.name(p[case] if isinstance(p, dict) else p, role=role)


def plain_parts(person):
    return [nominative(p) for p in person]


def reversed_name(m, person, role="third", comma=True, upper=False):
    """Surname first as a directory or a passport writes it: "Huuskonen, Efraim", "HUUSKONEN Efraim"."""
    parts = plain_parts(person)
    if len(parts) == 1:
        return m.name(parts[0].upper() if upper else parts[0], role=role)
    m.name(parts[-1].upper() if upper else parts[-1], role=role).say(", " if comma else " ")
    return m.name(*parts[:-1], role=role)


def dn_name(m, person, role="third"):
    """A cn= in an LDAP dn: "CN=Huuskonen\\, Efraim", the escaped comma outside the spans."""
    parts = plain_parts(person)
    m.say("CN=")
    if len(parts) == 1:
        return m.name(parts[0], role=role)
    m.name(parts[-1], role=role).say("\\, ")
    return m.name(*parts[:-1], role=role)


def initials(m, person, role="third"):
    """An initial for each given name, hyphenated ones as "O.-K.", and the surname: each its own span."""
    parts = plain_parts(person)
    if len(parts) == 1:
        return m.name(parts[0], role=role)
    for p in parts[:-1]:
        m.entity("-".join(q[0] + "." for q in p.split("-")), "NAME", role).say(" ")
    return m.name(parts[-1], role=role)


def cyrillic(m, person, role="third"):
    """A Russian or Ukrainian name in Cyrillic when it has one, else as written."""
    parts = plain_parts(person)
    if all(p in CYRILLIC for p in parts):
        return m.name(*[CYRILLIC[p] for p in parts], role=role)
    return m.name(*parts_of(person), role=role)


def has_cyrillic(person):
    return all(p in CYRILLIC for p in plain_parts(person))


def clitic(form):
    """A name with a clitic: Huuskosellekin, Fiiallekaan, Eelishän."""
    back = any(c in "aouAOU" for c in form.split("-")[-1])
    return form + R.choice(["kin", "kaan" if back else "kään", "han" if back else "hän"])


def possessive(person, case):
    """A name with a possessive suffix, as a parent writes of a child: Fiiani, Fiialleni, Eeliksemme."""
    p = person[0]
    base = p["gen"][:-1] if case == "nom" else p[case]
    return base + R.choice(["ni", "mme"])


def spoken_ade(p):
    """The adessive and ablative as speech shortens them: Santral, Santralt."""
    return R.choice([p["ade"][:-1], p["abl"][:-1]])


# Look-alikes. Words that are this set's names, in sentences of their own: (name, before, word, after).
WORDS_FI = [("Talvitie", "Huoltoauto pääsee mökille vain ", "talvitietä", " pitkin."),
            ("Sääski", "Pihakameran edessä pörrää ", "sääski", " koko illan."),
            ("Laiho", "Pellolla on jo ", "laiho", ", joten mastoa ei siirretä."),
            ("Saaga", "Koko tulostin", "saaga", " kesti kolme viikkoa."),
            ("Viola", "Musiikkiluokan ", "viola", " lainattiin kuoron konserttiin."),
            ("Kastehelmi", "Kameran linssissä oli ", "kastehelmi", "."),
            ("Pohjola", "Vakuutus on ", "Pohjolasta", ", joten korvaus haetaan sieltä."),
            ("Snellman", "Toimisto on ", "Snellmaninkadulla", "."),
            ("Hackman", "Keittiön kattilat ovat ", "Hackmanin", "."),
            ("Rosenlew", "Kellarin pesukone on vanha ", "Rosenlew", "."),
            ("Pöyry", "Paperikoneen suunnitteli aikoinaan ", "Pöyry", "."),
            ("Santala", "Mökki on ", "Santalassa", " Hangon lähellä.")]
WORDS_EN = [("Floor", "The printer on the third ", "floor", " jams again."),
            ("Moon", "The ", "moon", " landing clip is the screensaver."),
            ("Gallo", "The leaving party served ", "Gallo", " wine."),
            ("Moretti", "The fridge is full of ", "Moretti", " for Friday."),
            ("Santos", "The away fan club follows ", "Santos", " FC."),
            ("Bos", "Reception booked a taxi from ", "Bos", " Taxis Ltd.")]
WORDS_SV = [("Viola", "Musikskolans ", "viola", " behöver en ny stråke."),
            ("Ekelund", "Servern står vid ", "Ekelundsvägen", " 4."),
            ("Wrede", "Kunden var full av ", "vrede", " efter avbrottet."),
            ("Hackman", "Köket har grytor från ", "Hackman", ".")]
THINGS_FI = [("Toimisto on osoitteessa ", "Mannerheimintie 14 B", "."), ("Kokous pidetään ", "Sibelius-salissa", "."),
             ("Rakennuspalvelin ", "Jenkins", " kaatui yöllä."), ("Palvelimissa on ", "Linux", "."),
             ("Kahvilan pullat tulevat ", "Fazerilta", "."), ("Hissit huoltaa ", "Kone", "."),
             ("Varavoimakone on ", "Wärtsilän", "."), ("Suodatinpaperit ovat ", "Ahlströmin", "."),
             ("Johtoauto on ", "Tesla", ", ja sen latausjohto katosi."),
             ("Kirjaston näyttelyssä on ", "Kalevala", " -painos vuodelta 1849."),
             ("Hätätilanteessa soita ", "112", "."), ("Terveysneuvonta vastaa numerossa ", "116 117", "."),
             ("Tulostin on ", "PRN-Topelius-3", "."), ("Opetusohjelma on kirjoitettu ", "Ada", "-kielellä.")]
THINGS_EN = [("The office is at ", "1 Ada Lovelace Way", "."), ("The build runs on ", "Jenkins", "."),
             ("The fleet car is a ", "Tesla Model 3", "."), ("In an emergency call ", "112", "."),
             ("The lifts are serviced by ", "Kone", "."), ("The chocolate came from ", "Fazer", "."),
             ("The servers run ", "Linux", " 6.8."), ("The meeting is in the ", "Sibelius Room", ".")]
THINGS_SV = [("Kontoret ligger på ", "Mannerheimvägen", "."), ("Mötet är i ", "Sibeliusrummet", "."),
             ("Hissen servas av ", "Kone", "."), ("Vid nödfall ring ", "112", "."),
             ("Bygget körs på ", "Jenkins", ".")]
DEVICES = ["ThinkPad X1 Carbon Gen 12", "Latitude 7450", "EliteBook 860 G11", "MacBook Pro 14 M3", "iPad 10.9",
           "Galaxy Tab S9", "iPhone 15", "Zebra TC22"]
ROOMS_FI = ["Sibelius-sali", "Topelius", "Minna Canth -huone", "Kalevala-kabinetti"]
ROOMS_EN = ["Lovelace", "Turing Room", "Hopper Suite", "Curie 2"]


def ending(m, people, language):
    """Half the time one look-alike sentence at the end: a word that is a name, or a thing named after someone, never
    one whose word is a name part of someone in the message."""
    if R.random() < 0.15:
        return
    words, things = {"fi": (WORDS_FI, THINGS_FI), "en": (WORDS_EN, THINGS_EN), "sv": (WORDS_SV, THINGS_SV)}[language]
    present = {w.lower() for person in people for p in person for w in nominative(p).split()}
    choices = [(b, w, a) for n, b, w, a in words if n.lower() not in present] + things
    before, word, after = R.choice(choices)
    m.say("\n").say(before).look(word).say(after)


def finnish(m, subject, e, user):
    A, B, C, G, S = distinct(person_fi, 5, subject)
    f = subject[0]
    kind = R.randrange(18)
    if kind == 0:
        key = fill("PALV-{4}")
        m.say("Tiketin vienti (JSON):\n{\n  \"key\": \"").look(key).say("\",\n  \"created\": \"").look(iso_stamp()) \
            .say("\",\n  \"reporter\": {\"displayName\": \"")
        whole(m, subject, role="subject").say("\", \"emailAddress\": \"").entity(e, "EMAIL", "subject") \
            .say("\"},\n  \"assignee\": {\"displayName\": \"")
        whole(m, A).say("\", \"emailAddress\": \"").entity(address_of(A), "EMAIL").say("\"},\n  \"watchers\": [\"")
        whole(m, B).say("\", \"")
        reversed_name(m, C).say("\"],\n  \"customfield_10042\": {\"approver\": \"")
        whole(m, G).say("\", \"phone\": \"").entity(phone_of(G), "PHONE").say("\"},\n  \"comment\": \"")
        given(m, A, "all").say(": ").name(B[-1]["gen"]) \
            .say(" kone on yhä ")
        whole(m, S, "ade").say(". Kysyin ").name(S[0]["abl"]).say(" eilen, mutta ").name(S[0]["nom"]) \
            .say(" ei vastannut. Ilman ").name(S[-1]["par"]).say(" tätä ei saa suljettua.\",\n  \"id\": \"") \
            .look(guid()).say("\"\n}")
    elif kind == 1:
        m.say("tiketti;tila;pyytäjä;käsittelijä;hyväksyjä;puhelin;luotu\n")
        rows = [(subject, "subject"), (B, "third"), (S, "third")]
        R.shuffle(rows)
        for person, role in rows:
            m.look(fill("INC{7}")).say(";" + R.choice(["Avoin", "Odottaa", "Ratkaistu"]) + ";")
            whole(m, person, role=role).say(";")
            reversed_name(m, A, comma=False).say(";")
            whole(m, G).say(";").entity(phone_of(person) if role == "third" else finnish_number(), "PHONE", role) \
                .say(";").look(day()).say("\n")
        m.say("\nHuom. vienti tehtiin ").name(A[-1]["gen"]).say(" pyynnöstä. ")
        whole(m, subject, "gen", role="subject").say(" rivin hyväksyjäksi pitäisi vaihtaa ").name(C[-1]["nom"]) \
            .say(", koska ").name(G[0]["nom"]).say(" on ").name(C[0]["ela"]).say(" seuraava esihenkilö vasta ") \
            .look(day()).say(" alkaen.")
    elif kind == 2:
        ou = R.choice(["Hallinto", "Talous", "Kiinteistot", "Varhaiskasvatus"])
        m.say("Hei, ").name(f["gen"], role="subject").say(" AD-tiedoissa on väärä esihenkilö. Haku palautti:\n\ndn: ")
        dn_name(m, subject, "subject").say(f",OU={ou},DC=kunta,DC=local\ncn: ")
        reversed_name(m, subject, "subject").say("\nsn: ").name(plain_parts(subject)[-1], role="subject") \
            .say("\ngivenName: ").name(*plain_parts(subject)[:-1] or plain_parts(subject), role="subject") \
            .say("\ndisplayName: ")
        (cyrillic(m, subject, "subject") if has_cyrillic(subject) else whole(m, subject, role="subject")) \
            .say("\nmail: ").entity(e, "EMAIL", "subject").say("\ntelephoneNumber: ") \
            .entity(service_number() if R.random() < 0.3 else finnish_number(), "PHONE", "subject") \
            .say("\nmobile: ").entity(phone_of(subject), "PHONE", "subject").say("\nsAMAccountName: ") \
            .entity(user, "USERNAME", "subject").say("\nmanager: ")
        dn_name(m, A).say(f",OU={ou},DC=kunta,DC=local\nobjectGUID: ").look(guid()) \
            .say("\nwhenChanged: ").look(fill("2027{10}.0Z")).say("\n\nOikea esihenkilö on ")
        whole(m, C).say(" eikä ")
        whole(m, A).say(". Muutoksen hyväksyi ").name(G[0]["nom"], G[-1]["nom"]).say(". ") \
            .name(A[0]["nom"]).say(" itse ei tiedä asiasta, ").name(A[0]["all"]).say(" ilmoitetaan ") \
            .name(S[0]["gen"]).say(" kautta.")
    elif kind == 3:
        sha = hexa(40)
        m.say("commit ").look(sha).say("\nAuthor: ")
        whole(m, subject, role="subject").say(" <").entity(e, "EMAIL", "subject").say(">\nDate:   ") \
            .look(f"{R.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {R.choice(['Mar', 'Apr', 'Sep'])} {R.randint(1, 28)} {at_time()}:{R.randint(10, 59)} 2027 +0300") \
            .say("\n\n    Korjaa ajanvarausliittymän aikakatkaisun (").look(fill("PALV-{4}")).say(")\n\n    ") \
            .say("Signed-off-by: ")
        whole(m, subject, role="subject").say(" <").entity(e, "EMAIL", "subject").say(">\n    Co-authored-by: ")
        whole(m, A).say(" <").entity(address_of(A), "EMAIL").say(">\n    Reviewed-by: ")
        initials(m, B).say("\n\nKatselmointi:\n@").name(plain_parts(B)[-1].lower()).say(": Hyvä korjaus. ") \
            .name(A[0]["nom"]).say(" testasi tämän ").look(R.choice(["Jenkins", "GitLab CI"])) \
            .say("-putkessa, build ").look(f"#{R.randint(100, 9999)}").say(". Kysy vielä ") \
            .name(G[-1]["abl"]).say(", onko versio ").look(f"{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}") \
            .say(" jo tuotannossa. ")
        whole(m, S).say(" pyysi ilmoittamaan ").name(S[0]["all"]).say(" suoraan: ").entity(phone_of(S), "PHONE") \
            .say(".")
    elif kind == 4:
        m.say("Vuoronvaihtopyyntö, ").look(R.choice(["Kuusiluoman", "Itäkeskuksen", "Hervannan"])) \
            .say(" terveysasema\nPyytäjä: ")
        whole(m, subject, role="subject").say(" (").look(fill("työnro {5}")).say(")\nVaihtaa vuoron ") \
            .look(f"{day()} {at_time()}–{at_time()}").say(" kanssa: ")
        whole(m, A).say("\nHyväksyjä: osastonhoitaja ")
        whole(m, C).say("\n\nHei, kun vuoro vaihtuu, ").name(f["nom"], role="subject") \
            .say(" tarvitsee ajanvarausjärjestelmään ").name(A[-1]["gen"]).say(" oikeudet sille päivälle, ja ") \
            .name(A[0]["nom"]).say(" vastaavasti ").name(f["gen"], role="subject").say(". Ilman ") \
            .name(C[-1]["abe"]).say(" hyväksyntää emme voi muuttaa rooleja. ") \
            .say("Ajanvaraus vastaa numerossa ").entity(service_number(), "PHONE").say(", ja kiireellisissä ") \
            .look("116 117").say(". Yhteyshenkilö on ")
        whole(m, G).say(", ").entity(phone_of(G), "PHONE").say(" (").look(f"sis. {R.randint(100, 999)}") \
            .say(").\n").name(f["nom"], role="subject").say(", ").entity(finnish_number(), "PHONE", "subject")
    elif kind == 5:
        m.say("Matkalasku ").look(fill("ML-2027-{4}")).say(" odottaa hyväksyntää\nMatkustaja: ")
        whole(m, subject, role="subject").say("\nReitti: ").look(R.choice(["Oulu–Helsinki–Oulu", "Vaasa–Tampere",
                                                                         "Joensuu–Kuopio"])) \
            .say(", ").look(f"{R.randint(40, 900)} km").say("\nHotelli: ").look(R.choice(["Hotelli Aallonmurtaja Oy",
                                                                                           "Majatalo Kievari Oy"])) \
            .say(", Y-tunnus ").look(business_id()).say(", ").look(euros()).say("\nMaksettu kortilla: ") \
            .entity(card(), "PAYMENT_CARD", "subject").say("\nMaksetaan tilille: ").entity(account(), "IBAN", "subject") \
            .say("\nHyväksyjä: ")
        whole(m, A).say(", varahyväksyjä ")
        whole(m, B).say("\n\nMoi, ").name(A[0]["nom"]).say(" on lomalla ja ").name(B[0]["nom"]) \
            .say(" ei näe laskua jonossaan. Voitteko siirtää sen ").name(B[-1]["all"]).say("? Mukana matkalla oli myös ")
        whole(m, C).say(", jonka lasku meni jo ").name(G[-1]["gen"]).say(" kautta. Viite ") \
            .look(f"RF{R.randint(10, 99)} {fill('{4} {4} {2}')}").say(".\nT. ").name(f["nom"], role="subject")
    elif kind == 6:
        serial = fill("PF{2}X{5}")
        m.say("LAITTEEN LUOVUTUSKUITTI ").look(fill("LK-{5}")).say("\nLaite: ").look(R.choice(DEVICES)) \
            .say(", sarjanumero ").look(serial).say(", MAC ").look(mac()).say("\nLuovuttaja: ")
        whole(m, A).say(", IT-palvelut\nVastaanottaja: ")
        whole(m, subject, role="subject").say(", henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say("\nPäivämäärä: ").look(day()).say("\n\nAllekirjoitukset:\n_").say("_" * R.randint(3, 8)).say(" ")
        initials(m, A).say("   _").say("_" * R.randint(3, 8)).say(" ")
        reversed_name(m, subject, "subject", comma=False, upper=True).say("\n\nKuitin skannasi ") \
            .name(C[0]["nom"]).say(". Vanha kone palautettiin ").name(G[-1]["all"]).say(", ja ") \
            .name(G[0]["nom"]).say(" tyhjentää sen. Jos kysyttävää, soita ").name(A[0]["all"]) \
            .say(": ").entity(phone_of(A), "PHONE").say(".")
    elif kind == 7:
        m.say("Kulkukorttihakemus\nHakija: ")
        whole(m, subject, role="subject").say("\nHenkilötunnus: ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say("\nAuto: ").look(plate()).say(", pysäköinti ").look(R.choice(["P2", "P-halli B", "piha"])) \
            .say("\nKortin numero: ").look(fill("{10}")).say("\nOvet: ").look(R.choice(["A1, A2, B-porras",
                                                                                         "pääovi, kellari"])) \
            .say("\nEsihenkilö: ")
        whole(m, A).say("\nPostitus: ").look(postal()).say("\n\n").name(f["nom"], role="subject") \
            .say(" aloittaa ").look(day()).say(". ").name(A[0]["nom"]).say(" hyväksyi hakemuksen, mutta ") \
            .name(B[-1]["gen"]).say(" mukaan myös ").name(C[-1]["gen"]).say(" pitää kuitata. Kortin voi noutaa ") \
            .name(G[0]["abl"]).say(" aulasta ").look(at_time()).say(" jälkeen. ")
        whole(m, S).say(" soittaa hakijalle numeroon ").entity(finnish_number(), "PHONE", "subject").say(".")
    elif kind == 8:
        child1 = distinct(lambda: (add_cases(dict(R.choice(FI_FIRST))),), 2, subject + A + B + C + G + S)
        k1, k2 = child1[0][0], child1[1][0]
        m.say("Viesti Wilmaan / päiväkodin IT-tuki\nLähettäjä: ")
        whole(m, subject, role="subject").say(" (huoltaja)\n\nHei! ").name(possessive((k1,), "nom")) \
            .say(" tunnukset eivät toimi tabletilla, ja ").name(k2["nom"], subject[-1]["nom"]) \
            .say(" ei pääse ollenkaan ").look("Wilma").say("an. Opettaja ")
        whole(m, A).say(" sanoi, että ").name(k1["gen"]).say(" käyttäjätunnus on ").entity(
            identifiers.plain_name(k1["nom"])[:5] + fill("{3}"), "USERNAME").say(". Toinen huoltaja ")
        whole(m, B).say(" on saanut viestit, mutta minä en. ").name(k2["all"]).say(" sanottiin, että ") \
            .name(C[0]["nom"]).say(" hoitaa asian, mutta ").name(clitic(C[0]["abl"])).say(" ei ole kuulunut.\n") \
            .say("Numeroni on ").entity(finnish_number(), "PHONE", "subject").say(". Päiväkodin johtaja ")
        whole(m, G).say(" tavoittaa numerosta ").entity(service_number(), "PHONE").say(".\nTerveisin ") \
            .name(f["nom"], role="subject").say(", ").name(k1["gen"]).say(" ja ").name(k2["gen"]).say(" äiti/isä")
    elif kind == 9:
        flat = f"{R.choice('ABC')} {R.randint(1, 40)}"
        m.say("As Oy ").look(R.choice(["Kuusiluoman Helmi", "Pihlajapuisto", "Ristikallio"])).say(", asunto ") \
            .look(flat).say("\nAsukas: ")
        whole(m, subject, role="subject").say(", ").entity(finnish_number(), "PHONE", "subject") \
            .say("\n\nOvipuhelin soittaa edelleen edellisen asukkaan, ").name(A[-1]["gen"]) \
            .say(", numeroon. Isännöitsijä ")
        whole(m, B).say(" (").entity(address_of(B), "EMAIL").say(") ohjasi minut teille. Huoltoyhtiö ") \
            .look(R.choice(["Kiinteistöhuolto Pihla Oy", "Talohuolto Routa Oy"])) \
            .say(", päivystys ").entity(service_number(), "PHONE").say(", sanoi että ").name(C[0]["nom"]) \
            .say(" vaihtaa numeron. Hallituksen puheenjohtaja ")
        whole(m, G).say(" pyysi lisäämään myös ").name(S[0]["nom"], S[-1]["gen"]).say(" numeron ") \
            .entity(phone_of(S), "PHONE").say(" saunavuorolistaan. Vanha koodi ").entity(fill("{4}"), "CREDENTIAL") \
            .say(" pitää poistaa.\n").name(f["nom"], role="subject")
    elif kind == 10:
        a_nick = NICK_FI.get(nominative(A[0]), A[0])
        m.say(R.choice(["mä", "mie", "mää"])).say(" soitin eilen sille ").name(G[-1]["gen"]).say(" ") \
            .name(G[0]["all"]).say(" mut se ei vastannu :/") \
            .say("\n").name(spoken_ade(B[0])).say(" on se vanha läppäri viel, ") \
            .say(R.choice(["can u check", "voitko tsekata", "kan du kolla"])).say(" onks se ") \
            .look(fill("PC-{5}")).say("?\n@").name(a_nick["nom"]).say(" sä lupasit hoitaa tän ") \
            .name(C[0]["gen"]).say(" kaa, mut ").name(clitic(C[0]["nom"])).say(" ei tiedä mitään ☕\n")
        m.say(R.choice(["btw", "muuten", "förresten"])).say(" ").name(S[0]["nom"].lower()) \
            .say(" sano et uus salis on ").entity(secret(), "CREDENTIAL", "subject") \
            .say(" mut ei toimi vpn:ssä, ").say(R.choice(["whatever", "ihan sama", "samma sak"])) \
            .say("\n#kiitos").name(S[0]["nom"]).say(" #").look("maanantai").say("\n-- ").name(f["nom"].lower(), role="subject") \
            .say(" ✿, ").entity(finnish_number(), "PHONE", "subject")
    elif kind == 11:
        m.say("Kiitos, ").name(A[0]["nom"]).say("! Laitoin ").name(C[-1]["all"]).say(" tiedoksi.\n") \
            .name(f["nom"], role="subject").say("\n\n> ")
        given(m, A).say(R.choice([" kirjoitti ", " wrote "])).look(f"{day()} klo {at_time()}").say(":\n> Hei ") \
            .name(f["nom"], role="subject").say(", ").name(B[0]["nom"], B[-1]["gen"]) \
            .say(" tunnus on lukittu. Kysyin ").name(G[0]["abl"]).say(", ja ").name(G[0]["nom"]) \
            .say(" sanoi että ").name(clitic(S[-1]["ade"])).say(" on oikeudet avata se.\n> \n>> ")
        whole(m, subject, role="subject").say(" kirjoitti ").look(f"{day()} klo {at_time()}").say(":\n>> ") \
            .say("Onko ").name(B[-1]["gen"]).say(" tili auki? Soittakaa ").name(B[0]["all"]).say(" ") \
            .entity(phone_of(B), "PHONE").say(" tai minulle ").entity(finnish_number(), "PHONE", "subject") \
            .say(".\n>> --\n>> ")
        whole(m, subject, role="subject").say(" | ").entity(e, "EMAIL", "subject")
    elif kind == 12:
        m.say("Webhook-tapahtuma vastaanotettu:\n<event type=\"ticket.updated\" id=\"").look(guid()).say("\">\n") \
            .say("  <timestamp>").look(iso_stamp()).say("</timestamp>\n  <actor name=\"")
        whole(m, A).say("\" email=\"").entity(address_of(A), "EMAIL").say("\" phone=\"").entity(phone_of(A), "PHONE") \
            .say("\"/>\n  <change field=\"assignee\" from=\"")
        whole(m, B).say("\" to=\"")
        whole(m, subject, role="subject").say("\"/>\n  <change field=\"requester_phone\" to=\"") \
            .entity(phone_of(C), "PHONE").say("\"/>\n  <requester>")
        whole(m, C).say("</requester>\n  <source_ip>").entity(ipv4(), "IP_ADDRESS", "third") \
            .say("</source_ip>\n</event>\n\nAuditointiloki:\n").look(iso_stamp()).say(" ")
        whole(m, A).say(" siirsi tiketin ").name(B[-1]["abl"]).say(" ").name(subject[-1]["all"], role="subject") \
            .say("\n").look(iso_stamp()).say(" ")
        whole(m, G).say(" lisäsi seuraajaksi ").name(S[0]["nom"], S[-1]["gen"]).say("\nKysymys: miksi ") \
            .name(C[-1]["gen"]).say(" tiketti näkyy ").name(B[0]["gen"]).say(" listalla vielä? ") \
            .name(f["nom"], role="subject")
    elif kind == 13:
        m.say("Jäsenrekisterin tukipyyntö (").look(R.choice(["Liiton paikallisosasto 142",
                                                               "Kuusiluoman Eräveikot ry", "Asukasyhdistys ry"])) \
            .say(")\nJäsen: ")
        whole(m, subject, role="subject").say(", jäsennumero ").look(fill("{7}")).say("\nHetu: ") \
            .entity(hetu(), "NATIONAL_ID", "subject").say("\nJäsenmaksu: ").look(euros()).say(", viite ") \
            .look(fill("{5} {5}")).say(", tililtä ").entity(account(), "IBAN", "subject") \
            .say("\n\nPuheenjohtaja ")
        whole(m, A).say(" ei näe ").name(f["gen"], role="subject").say(" tietoja. Sihteeri ")
        whole(m, B).say(" sanoo, että ").name(C[-1]["ela"]).say(" tuli uusi rahastonhoitaja ja ") \
            .name(G[0]["nom"], G[-1]["nom"]).say(" luopui tehtävästä. Tunnukset pitäisi siirtää ") \
            .name(G[-1]["abl"]).say(" ").name(C[-1]["all"]).say(". ").name(A[0]["nom"]).say(" vastaa numerossa ") \
            .entity(phone_of(A), "PHONE").say(".")
    elif kind == 14:
        room = R.choice(ROOMS_FI)
        m.say("Kalenterikutsu: Tietosuojakatselmointi\nAika: ").look(f"{day()} {at_time()}–{at_time()}") \
            .say("\nPaikka: ").look(room).say(" / Teams\nJärjestäjä: ")
        whole(m, subject, role="subject").say("\nOsallistujat: ")
        for k, person in enumerate((A, B, C)):
            whole(m, person).say("; " if k < 2 else "")
        m.say("\nValinnainen: ")
        reversed_name(m, G).say("\nLiity puhelimitse: ").entity(counted("FI", "+358 9 {4} {4}"), "PHONE") \
            .say(",,").look(fill("{9}")).say("# (Suomi, Helsinki)\nKokoustunnus: ").look(fill("{3} {3} {3}")) \
            .say("\n\nHuom: ").name(A[0]["nom"]).say(" ei pääse, hänen tilallaan on ").name(S[0]["nom"]) \
            .say(" ").name(S[-1]["nom"]).say(". ").name(G[0]["nom"]).say(" pyysi siirtämään kokouksen ") \
            .name(B[-1]["ill"]).say(" sopivaan aikaan. Tilan varasi ").name(C[0]["nom"]).say(".")
    elif kind == 15:
        m.say("Harjoittelijoiden lainalaitteet, kevät ").look("2027").say("\nOhjaaja: ")
        whole(m, subject, role="subject").say(", ").entity(phone_of(subject), "PHONE", "subject").say("\n")
        for person in (A, B, C):
            m.say("- ")
            whole(m, person).say(": ").look(R.choice(DEVICES)).say(", ").look(fill("SN {2}X{6}")) \
                .say(", palautus ").look(day()).say("\n")
        m.say("\n").name(B[0]["nom"]).say(" lopettaa aikaisemmin, joten ").name(B[-1]["gen"]) \
            .say(" kone siirtyy ").name(G[0]["nom"], G[-1]["all"]).say(". ").name(C[0]["nom"]) \
            .say(" on ilman ").name(A[-1]["abe"]).say(" tablettia, koska ") \
            .name(A[0]["nom"]).say(" vei sen kotiin. Soitin ").name(A[0]["all"]).say(" ") \
            .entity(phone_of(A), "PHONE").say(". Palautus ").name(S[0]["nom"], S[-1]["all"]).say(".")
    elif kind == 16:
        m.say("Hankintapyyntö ").look(fill("HP-{6}")).say("\nTuote: ").look(R.choice(DEVICES)).say(" × ") \
            .look(str(R.randint(1, 12))).say(", yhteensä ").look(euros()).say(" (alv 25,5 %)\nToimittaja: ") \
            .look(R.choice(["Atea Finland Oy", "Dustin Finland Oy", "Verkkokauppa.com Oyj"])) \
            .say(", Y-tunnus ").look(business_id()).say("\nTilaaja: ")
        whole(m, subject, role="subject").say("\nHyväksyntäketju: ")
        whole(m, A).say(" → ")
        whole(m, B).say(" → ")
        whole(m, C).say("\nToimitusosoite: ").look(postal()).say(", vastaanottaja ")
        whole(m, G).say(", ").entity(phone_of(G), "PHONE").say("\n\n").name(B[0]["nom"]) \
            .say(" hylkäsi pyynnön vahingossa. ").name(clitic(A[-1]["gen"])).say(" mukaan sen voi lähettää uudelleen ") \
            .name(B[-1]["all"]).say(".")
    else:
        m.say("Yhteystieto vietiin puhelimesta väärin, tarkistatteko?\nBEGIN:VCARD\nVERSION:3.0\nN:")
        parts = plain_parts(A)
        m.name(parts[-1]).say(";").name(*(parts[:-1] or parts[:1])).say(";;;\nFN:")
        whole(m, A).say("\nTEL;TYPE=CELL:").entity(phone_of(A), "PHONE").say("\nTEL;TYPE=WORK:") \
            .entity(service_number(), "PHONE").say("\nEMAIL:").entity(address_of(A), "EMAIL") \
            .say("\nEND:VCARD\n\nAllekirjoituksessani on linkki tel:").entity(tel_uri(finnish_number()), "PHONE", "subject") \
            .say(", mutta ").name(B[0]["nom"]).say(" sanoo että se soittaa ").name(B[-1]["ill"]) \
            .say(". Uusi numero on ").entity(counted("FI", "040 {3}") + "\n" + fill("{4}"), "PHONE", "subject") \
            .say(" (katkesi riviltä). ").name(C[0]["nom"]).say(" ja ").name(G[0]["nom"], G[-1]["nom"]) \
            .say(" käyttävät samaa pohjaa.\n").name(f["nom"], role="subject")
    ending(m, (subject, A, B, C, G, S), "fi")


def full(m, person, role="third"):
    """A full name in an English or Swedish message, in its own order."""
    return m.name(*parts_of(person), role=role)


def first(person):
    """The name a colleague greets: the given name, which a surname-first origin writes last."""
    return plain_parts(person)[0]


def english(m, subject, e, user):
    A, B, C, G, S = distinct(person_en, 5, subject)
    f = first(subject)
    kind = R.randrange(16)
    if kind == 0:
        m.say("Zendesk webhook payload (").look(iso_stamp()).say("):\n{\"ticket\": {\"id\": ").look(fill("{6}")) \
            .say(", \"requester\": {\"name\": \"")
        full(m, subject, "subject").say("\", \"email\": \"").entity(e, "EMAIL", "subject").say("\", \"phone\": \"") \
            .entity(phone_of(subject), "PHONE", "subject").say("\"}, \"assignee\": {\"name\": \"")
        full(m, A).say("\"}, \"collaborators\": [\"")
        full(m, B).say("\", \"")
        full(m, C).say("\"], \"custom_fields\": {\"approver\": \"")
        reversed_name(m, G).say("\", \"device_mac\": \"").look(mac()).say("\"}}}\n\nWhy did ").name(first(B)) \
            .say(" get copied? ").name(first(G)).say("'s approval was meant for ").name(plain_parts(S)[-1]) \
            .say("'s request, not ").name(f, role="subject").say("'s. ").name(first(A)).say(" can reach ") \
            .name(first(S)).say(" on ").entity(phone_of(S), "PHONE").say(".")
    elif kind == 1:
        m.say("ticket,status,requester,assignee,approver,phone,created\n")
        rows = [(subject, "subject"), (B, "third"), (S, "third")]
        R.shuffle(rows)
        for person, role in rows:
            m.look(fill("REQ{7}")).say("," + R.choice(["Open", "Pending", "Solved"]) + ",\"")
            reversed_name(m, person, role).say("\",")
            full(m, A).say(",")
            full(m, G).say(",").entity(phone_of(person), "PHONE", role).say(",").look(iso_stamp()).say("\n")
        m.say("\n").name(first(A)).say(" exported this for ").name(*parts_of(C)).say(". The approver on ") \
            .name(f, role="subject").say("'s row should be ").name(first(C)).say(", not ").name(first(G)) \
            .say(", from ").look(day_en()).say(".")
    elif kind == 2:
        m.say("ldapsearch output for ").name(f, role="subject").say("'s account:\n\ndn: ")
        dn_name(m, subject, "subject").say(",OU=Staff,DC=corp,DC=example\ncn: ")
        full(m, subject, "subject").say("\nsn: ").name(plain_parts(subject)[-1], role="subject").say("\ngivenName: ") \
            .name(first(subject), role="subject").say("\ndisplayName: ")
        (cyrillic(m, subject, "subject") if has_cyrillic(subject) else reversed_name(m, subject, "subject")) \
            .say("\nmail: ").entity(e, "EMAIL", "subject").say("\ntelephoneNumber: ") \
            .entity(phone_of(subject), "PHONE", "subject").say("\nmobile: ").entity(abroad(), "PHONE", "subject") \
            .say("\nuid: ").entity(user, "USERNAME", "subject") \
            .say("\nmanager: ")
        dn_name(m, A).say(",OU=Staff,DC=corp,DC=example\nsecretary: ")
        dn_name(m, B).say(",OU=Staff,DC=corp,DC=example\nobjectGUID: ").look(guid()) \
            .say("\n\nThe manager should be ").name(*parts_of(C)).say(" since ").look(day_en()).say("; ") \
            .name(first(A)).say(" moved to ").name(first(G)).say("'s team. Approved by ").name(*parts_of(S)).say(".")
    elif kind == 3:
        m.say("commit ").look(hexa(40)).say("\nAuthor: ")
        full(m, subject, "subject").say(" <").entity(e, "EMAIL", "subject").say(">\nDate:   ") \
            .look(f"{R.choice(['Mon', 'Tue', 'Wed'])} {R.choice(['Jan', 'May', 'Aug'])} {R.randint(1, 28)} {at_time()}:{R.randint(10, 59)} 2027 +0100") \
            .say("\n\n    Fix token refresh in the booking client (").look(fill("OPS-{4}")).say(")\n\n    ") \
            .say("Signed-off-by: ")
        full(m, subject, "subject").say(" <").entity(e, "EMAIL", "subject").say(">\n    Co-authored-by: ")
        full(m, A).say(" <").entity(address_of(A), "EMAIL").say(">\n    Reported-by: ")
        initials(m, B).say("\n\nReview by @").name(user_handle(C)).say(": LGTM, but the test still has ") \
            .name(first(G)).say("'s old token ").entity(secret(), "CREDENTIAL").say(" hard-coded; ") \
            .name(first(A)).say(" please rotate it. Pipeline ").look(f"#{R.randint(1000, 99999)}") \
            .say(" on ").look("Jenkins").say(" passed. Ping ").name(*parts_of(S)).say(" if it breaks.")
    elif kind == 4:
        m.say("Travel approval ").look(fill("TR-{6}")).say("\nTraveller: ")
        full(m, subject, "subject").say("\nTrip: ").look(R.choice(["Helsinki–Brussels", "Oulu–Vienna",
                                                                   "Tampere–Lisbon"])) \
            .say(", ").look(f"{R.randint(300, 3000)} km").say(", ").look(f"€{R.randint(200, 2000)}.{R.randint(0, 99):02d}") \
            .say("\nCard: ").entity(card(), "PAYMENT_CARD", "subject").say("\nReimburse to: ") \
            .entity(account(), "IBAN", "subject").say("\nApprover: ")
        full(m, A).say("; deputy ")
        full(m, B).say("\nHost abroad: ")
        full(m, C).say(", ").entity(phone_of(C), "PHONE").say("\n\n").name(first(A)) \
            .say(" is on leave, so the request sits with ").name(first(B)).say(". ").name(f, role="subject") \
            .say(" also asks whether ").name(*parts_of(G)).say(" can join; ").name(first(G)) \
            .say("'s line manager ").name(*parts_of(S)).say(" agreed by phone.")
    elif kind == 5:
        m.say("ASSET HANDOVER RECEIPT ").look(fill("AH-{5}")).say("\nItem: ").look(R.choice(DEVICES)) \
            .say(", S/N ").look(fill("C02{2}X{5}")).say(", MAC ").look(mac()).say("\nHanded over by: ")
        full(m, A).say(" (IT)\nReceived by: ")
        full(m, subject, "subject").say("\nDate: ").look(day_en()).say("\n\nSignatures: ")
        initials(m, A).say(" / ")
        reversed_name(m, subject, "subject", comma=False, upper=True).say("\n\nScanned by ").name(first(C)) \
            .say(". The old laptop went back to ").name(*parts_of(G)).say(", and ").name(first(B)) \
            .say(" wipes it. Questions to ").name(first(A)).say(": ").entity(phone_of(A), "PHONE") \
            .say(" (").look(f"ext. {R.randint(1000, 9999)}").say(").")
    elif kind == 6:
        m.say("Key card request\nApplicant: ")
        full(m, subject, "subject").say("\nCar: ").look(plate()).say("\nCard no: ").look(fill("{10}")) \
            .say("\nDoors: ").look(R.choice(["Main entrance, B2", "Loading bay, 3rd floor"])).say("\nManager: ")
        full(m, A).say("\n\n").name(f, role="subject").say(" starts on ").look(day_en()).say(". ").name(first(A)) \
            .say(" approved it, but per ").name(*parts_of(B)).say(" facilities (").name(*parts_of(C)) \
            .say(") must sign too. Collect from ").name(first(G)).say(" at reception after ").look(at_time()) \
            .say(". ").name(*parts_of(S)).say(" will text ").entity(phone_of(subject), "PHONE", "subject").say(".")
    elif kind == 7:
        kids = distinct(lambda: (R.choice(ANGLO[0] + [R.choice(o[0][0]) for o in ORIGINS]),), 2,
                        subject + A + B + C + G + S)
        k1, k2 = kids[0][0], kids[1][0]
        m.say("School IT helpdesk – parent message\nFrom: ")
        full(m, subject, "subject").say(" <").entity(e, "EMAIL", "subject").say(">\n\nHello, my daughter ") \
            .name(k1, plain_parts(subject)[-1]).say(" can't log in to the learning platform, and her brother ") \
            .name(k2).say(" gets \"account disabled\". Their teacher ").name(*parts_of(A)).say(" said ") \
            .name(k1).say("'s username is ").entity(identifiers.plain_name(k1)[:5] + fill("{3}"), "USERNAME") \
            .say(". Their other guardian, ").name(*parts_of(B)).say(", gets the messages but I don't. ") \
            .name(first(C)).say(" from the office promised to help.\nMy number: ").entity(phone_of(subject), "PHONE", "subject") \
            .say(". The head, ").name(*parts_of(G)).say(", is on ").entity(service_number(), "PHONE").say(".")
    elif kind == 8:
        m.say("Property maintenance portal – tenant request ").look(fill("PM-{5}")).say("\nUnit: ") \
            .look(f"{R.randint(1, 40)}{R.choice('ABC')}").say(", ").look(R.choice(["14 Rue de la Loi", "Mannerheimintie 40",
                                                                                  "22 Wakefield Rd"])) \
            .say("\nTenant: ")
        full(m, subject, "subject").say(", ").entity(phone_of(subject), "PHONE", "subject") \
            .say("\n\nThe door entry system still calls the previous tenant, ").name(*parts_of(A)) \
            .say(". Property manager ").name(*parts_of(B)).say(" (").entity(address_of(B), "EMAIL") \
            .say(") sent me here. The on-call caretaker, ").name(first(C)).say(", is on ") \
            .entity(service_number(), "PHONE").say(". ").name(*parts_of(G)).say(" from the board asks to add ") \
            .name(first(S)).say("'s number ").entity(phone_of(S), "PHONE").say(" to the laundry list.")
    elif kind == 9:
        m.say("Health centre IT: appointment-system access\nUser: ")
        full(m, subject, "subject").say(" (").entity(user, "USERNAME", "subject").say(")\nRole: ") \
            .look(R.choice(["Reception", "Scheduler", "Nurse, booking only"])).say("\nRequested by: ")
        full(m, A).say("\nCovering shift of: ")
        full(m, B).say(" on ").look(day_en()).say("\n\n").name(first(B)).say(" swapped the shift with ") \
            .name(f, role="subject").say(", so ").name(f, role="subject").say(" needs ").name(first(B)) \
            .say("'s calendar rights for that day. The ward sister, ").name(*parts_of(C)).say(", approved it. ") \
            .say("For the medical helpline patients call ").look("116 117").say(", not us. Contact: ") \
            .name(*parts_of(G)).say(", ").entity(phone_of(G), "PHONE").say(".")
    elif kind == 10:
        nick = NICK_EN.get(f, f)
        m.say("[").look(at_time()).say("] ").name(user_handle(A)).say(": hey @").name(nick.lower(), role="subject") \
            .say(" did ").name(first(B).lower()).say(" send u the new vpn cert? ").say(R.choice(["mä en saanu", "jag fick inget",
                                                                                        "i got nothing"])) \
            .say("\n[").look(at_time()).say("] ").name(nick.lower(), role="subject").say(": nope, ") \
            .name(first(C)).say(" sanoi että ").name(first(G)).say(" has it ✔ his pin is ").entity(fill("{4}"), "CREDENTIAL") \
            .say(" lol dont share\n[").look(at_time()).say("] ").name(user_handle(A)).say(": ok ringing ") \
            .name(first(G)).say(" on ").entity(phone_of(G), "PHONE").say("\n#thanks").name(first(C)) \
            .say(" #").look("friyay").say("\n").name(first(S)).say(" ☀ reacted")
    elif kind == 11:
        m.say("Thanks ").name(first(A)).say("! Copying ").name(plain_parts(C)[-1]).say(".\n").name(f, role="subject") \
            .say("\n\n> On ").look(f"{day_en()}, at {at_time()}").say(", ").name(*parts_of(A)).say(" wrote:\n> Hi ") \
            .name(f, role="subject").say(", ").name(*parts_of(B)).say("'s account is locked. I asked ") \
            .name(first(G)).say(", who said ").name(first(S)).say(" can unlock it.\n>\n>> ") \
            .name(*parts_of(subject), role="subject").say(" wrote:\n>> Is ").name(first(B)) \
            .say("'s account open? Call ").name(first(B)).say(" on ").entity(phone_of(B), "PHONE") \
            .say(" or me on ").entity(phone_of(subject), "PHONE", "subject").say(".\n>> --\n>> ") \
            .name(*parts_of(subject), role="subject").say(" | ").entity(e, "EMAIL", "subject")
    elif kind == 12:
        m.say("Invitation: Data protection review @ ").look(f"{day_en()} {at_time()}").say("\nRoom: ") \
            .look(R.choice(ROOMS_EN)).say("\nOrganiser: ")
        full(m, subject, "subject").say("\nGuests: ")
        for k, person in enumerate((A, B, C)):
            full(m, person).say(", " if k < 2 else "")
        country = R.choice(["DE", "FR", "NL", "IE", "AU", "CA"])
        m.say("\nJoin by phone: ").entity(abroad(country), "PHONE").say(",,").look(fill("{9}")).say("# (") \
            .look(country).say(")\nConference ID: ").look(fill("{3} {3} {3}")).say("\n\nNote: ").name(first(A)) \
            .say(" can't make it; ").name(*parts_of(S)).say(" attends instead. ").name(first(G)) \
            .say(" asked to move it to suit ").name(plain_parts(B)[-1]).say(".")
    elif kind == 13:
        m.say("Trainee loan devices – ").look("summer 2027").say("\nSupervisor: ")
        full(m, subject, "subject").say(", ").entity(phone_of(subject), "PHONE", "subject").say("\n")
        for person in (A, B, C):
            m.say("* ")
            full(m, person).say(" – ").look(R.choice(DEVICES)).say(", ").look(fill("SN {2}X{6}")) \
                .say(", due ").look(day_en()).say("\n")
        m.say("\n").name(first(B)).say(" leaves early, so the laptop goes to ").name(*parts_of(G)).say(". ") \
            .name(first(C)).say(" has no tablet as ").name(first(A)).say(" took it home; I called ") \
            .name(first(A)).say(" on ").entity(phone_of(A), "PHONE").say(". Returns to ").name(*parts_of(S)).say(".")
    elif kind == 14:
        m.say("Purchase request ").look(fill("PR-{6}")).say("\nItem: ").look(R.choice(DEVICES)).say(" × ") \
            .look(str(R.randint(1, 12))).say(", total ").look(f"€{R.randint(300, 9000)}.{R.randint(0, 99):02d}") \
            .say("\nVendor VAT: ").look(f"FI{fill('{8}')}").say("\nRequested by: ")
        full(m, subject, "subject").say("\nApproval chain: ")
        full(m, A).say(" → ")
        full(m, B).say(" → ")
        full(m, C).say("\nDeliver to: ").look(R.choice(["Keilaranta 1, 02150 Espoo", "Rue Royale 10, 1000 Brussels"])) \
            .say(", attn ")
        full(m, G).say(", ").entity(phone_of(G), "PHONE").say("\n\n").name(first(B)) \
            .say(" rejected it by mistake; ").name(first(A)).say(" says resubmit to ").name(first(B)).say(".")
    else:
        parts = plain_parts(A)
        m.say("The contact card imported wrong, can you check?\nBEGIN:VCARD\nVERSION:3.0\nN:").name(parts[-1]) \
            .say(";").name(*(parts[:-1] or parts[:1])).say(";;;\nFN:")
        full(m, A).say("\nTEL;TYPE=CELL:").entity(phone_of(A), "PHONE").say("\nTEL;TYPE=WORK:") \
            .entity(abroad(), "PHONE").say("\nEMAIL:").entity(address_of(A), "EMAIL").say("\nEND:VCARD\n\n") \
            .say("My signature links to tel:").entity(tel_uri(phone_of(subject)), "PHONE", "subject") \
            .say(", but ").name(first(B)).say(" says it rings ").name(plain_parts(C)[-1]).say(". ") \
            .name(first(G)).say(" and ").name(*parts_of(S)).say(" use the same template.\n") \
            .name(f, role="subject")
    ending(m, (subject, A, B, C, G, S), "en")


def user_handle(person):
    """A chat handle or @mention: the given name and the surname's first letters, lower case."""
    parts = [identifiers.plain_name(p) for p in plain_parts(person)]
    return parts[0] + ("." + parts[-1] if len(parts) > 1 else "")


def swedish(m, subject, e, user):
    A, B, C, G, S = distinct(person_sv, 5, subject)
    f = first(subject)
    kind = R.randrange(7)
    if kind == 0:
        m.say("Hej, ").name(genitive_sv(f), role="subject").say(" chef är fel i AD:\n\ndn: ")
        dn_name(m, subject, "subject").say(",OU=Personal,DC=kommun,DC=local\ndisplayName: ")
        full(m, subject, "subject").say("\nmail: ").entity(e, "EMAIL", "subject").say("\nmobile: ") \
            .entity(phone_of(subject), "PHONE", "subject").say("\nsAMAccountName: ").entity(user, "USERNAME", "subject") \
            .say("\nmanager: ")
        dn_name(m, A).say(",OU=Personal,DC=kommun,DC=local\n\nRätt chef är ").name(*parts_of(C)).say(", inte ") \
            .name(first(A)).say(". ").name(first(G)).say(" godkände ändringen, ").name(genitive_sv(first(S))) \
            .say(" team tar över.")
    elif kind == 1:
        m.say("Byte av arbetspass, ").look(R.choice(["Hälsocentralen i Borgå", "Vårdcentralen Kronoby"])) \
            .say("\nSökande: ")
        full(m, subject, "subject").say("\nByter ").look(f"{R.randint(1, 28)}/{R.randint(1, 12)} {at_time()}–{at_time()}") \
            .say(" med: ")
        full(m, A).say("\nGodkänt av: ")
        full(m, C).say("\n\n").name(f, role="subject").say(" behöver ").name(genitive_sv(first(A))) \
            .say(" rättigheter i tidsbokningen den dagen. Kontakt: ").name(*parts_of(G)).say(", ") \
            .entity(phone_of(G), "PHONE").say(" (").look(f"ankn. {R.randint(100, 999)}").say("). Kopia till ") \
            .name(*parts_of(S)).say(".")
    elif kind == 2:
        m.say("KVITTO FÖR UTLÄMNAD UTRUSTNING ").look(fill("KU-{5}")).say("\nEnhet: ").look(R.choice(DEVICES)) \
            .say(", serienr ").look(fill("PF{2}X{5}")).say("\nUtlämnad av: ")
        full(m, A).say("\nMottagare: ")
        full(m, subject, "subject").say(", personbeteckning ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say("\nUnderskrifter: ")
        initials(m, A).say(" / ")
        reversed_name(m, subject, "subject", comma=False, upper=True).say("\n\n").name(first(B)) \
            .say(" skannade kvittot; den gamla datorn gick till ").name(*parts_of(G)).say(". Frågor: ") \
            .entity(phone_of(A), "PHONE").say(".")
    elif kind == 3:
        kids = distinct(lambda: (R.choice(SWEDISH[0]),), 2, subject + A + B + C + G + S)
        k1, k2 = kids[0][0], kids[1][0]
        m.say("Meddelande till daghemmets IT-stöd\nFrån: ")
        full(m, subject, "subject").say(" (vårdnadshavare)\n\nHej! ").name(genitive_sv(k1)) \
            .say(" konto fungerar inte på surfplattan och ").name(k2, plain_parts(subject)[-1]) \
            .say(" kommer inte in alls. Läraren ").name(*parts_of(A)).say(" sa att ").name(first(C)) \
            .say(" ordnar det. Andra vårdnadshavaren, ").name(*parts_of(B)).say(", får meddelandena.\nMitt nummer: ") \
            .entity(phone_of(subject), "PHONE", "subject").say(". Föreståndaren ").name(*parts_of(G)) \
            .say(" nås på ").entity(service_number(), "PHONE").say(".")
    elif kind == 4:
        m.say("[").look(at_time()).say("] ").name(user_handle(A)).say(": @").name(f.lower(), role="subject") \
            .say(" har ").name(first(B).lower()).say(" skickat vpn-certet? ").say(R.choice(["mä en saanu", "i got nothing"])) \
            .say("\n[").look(at_time()).say("] ").name(f.lower(), role="subject").say(": nej, ").name(first(C)) \
            .say(" sa att ").name(first(G)).say(" har det, ring ").entity(phone_of(G), "PHONE") \
            .say("\n#tack").name(first(C)).say(" ✔")
    elif kind == 5:
        m.say("Tack ").name(first(A)).say("!\n").name(f, role="subject").say("\n\n> ").name(*parts_of(A)) \
            .say(" skrev ").look(f"{R.randint(1, 28)}/{R.randint(1, 12)} kl. {at_time()}").say(":\n> Hej ") \
            .name(f, role="subject").say(", ").name(genitive_sv(first(B)), plain_parts(B)[-1]) \
            .say(" konto är låst. ").name(first(G)).say(" sa att ").name(first(S)).say(" kan låsa upp det.\n>> ") \
            .name(*parts_of(subject), role="subject").say(" skrev:\n>> Ring mig på ") \
            .entity(phone_of(subject), "PHONE", "subject").say(" eller ").name(first(B)).say(" på ") \
            .entity(phone_of(B), "PHONE").say(".")
    else:
        m.say("Föreningens medlemsregister (").look(R.choice(["Borgå Segelsällskap rf", "Pensionärsföreningen rf"])) \
            .say(")\nMedlem: ")
        full(m, subject, "subject").say(", medlemsnr ").look(fill("{6}")).say("\nAvgift: ") \
            .look(f"{R.randint(10, 90)},00 €").say(", referens ").look(fill("{5} {5}")).say(", konto ") \
            .entity(account(), "IBAN", "subject").say("\n\nOrdförande ").name(*parts_of(A)).say(" ser inte ") \
            .name(genitive_sv(f), role="subject").say(" uppgifter. Sekreteraren ").name(*parts_of(B)) \
            .say(" säger att ").name(first(C)).say(" är ny kassör efter ").name(*parts_of(G)).say(". Ring ") \
            .entity(phone_of(A), "PHONE").say(".")
    ending(m, (subject, A, B, C, G, S), "sv")


def genitive_sv(name):
    """A Swedish genitive, inside the span: Eivors, Aron's is Arons; a name ending in s, x or z takes none."""
    return name if name[-1] in "sxz" else name + "s"


def written(language, subject, e, user):
    """A message about subject, drawn again while it fails its checks or a labelled value stands unlabelled elsewhere
    in it (message.first_clean)."""

    def draw():
        m = Message(language, "held-out-26")
        {"fi": finnish, "en": english, "sv": swedish}[language](m, subject, e, user)
        return m

    return first_clean(draw, lambda stray: REDRAWN.update([language]))


def main():
    counts = collections.Counter()
    for i in range(650):
        language = mixed_language(i)
        subject = person_fi() if language == "fi" else (person_en() if language == "en" else person_sv())
        plain = tuple(plain_parts(subject))
        e = address_of(plain)
        user = username_of(plain)
        m = written(language, subject, e, user)
        m.known = {"name": " ".join(plain), "email": e, "username": user, "agentName": "Service Desk"}
        emit(m, counts)
    if "--stats" in sys.argv:
        print(dict(counts), dict(PHONES), len(PHONES), dict(REDRAWN), file=sys.stderr)


main()
