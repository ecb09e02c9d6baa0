#!/usr/bin/env python3
"""Generates the twenty-fourth held-out set (held-out-24.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 23: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of service-desk text sets 1-23 lack: printed delivery notes and invoices read by OCR (capitals, names
split across lines, "Vastaanottaja / Consignee", stray OCR marks such as "|" and "¦" in the layout); help-desk survey
free-text answers naming the agents; a warehouse's shift tickets (handhelds, forklifts, the shift lead's number);
field technicians' visit reports with the customer's contact and a signature line; university and library IT
(students, supervisors, thesis titles); parish IT (vicar, cantor, a confirmation-camp list); sports-club IT (coach,
parent, member fees); a call centre's QA reviews naming the agent; tickets merged from several requesters;
password-reset calls with security questions (a mother's maiden name, a pet's name, the PIN and the temporary
password); GDPR rectification requests after a marriage (old and new surname, Finnish elative and translative:
"Kyröstä Kääriäiseksi"); names written without their marks by another system (Jääskeläinen/Jaaskelainen,
Müller/Mueller, Øyvind/Oyvind, Þórdís/Thordis, Szűcs/Szucs); initials with surnames ("L. Härkönen", "B. Enkhjargal");
nicknames; names in capitals in subject lines; the Finnish abessive ("Lauhatta", without Lauha).
Names: rare Finnish given names and surnames (Lyly, Kaapro, Eenokki, Heljä, Anelma, Vellamo, Lauha, Laina; Tähkäpää,
Yliräisänen, Sääskilahti, Hääppölä, Kukkohovi, Ylijääskö), Finnish surnames and given names that are words beside the
words (Laina and laina, Lauha and lauha, Hellä and hellästi, Lyly and lylyt, Ylänne and ylänne), Icelandic (Þórdís,
Ragnheiður; Jónsdóttir, Hallgrímsson), Faroese (Rógvi, Sjúrður; Joensen, Niclasen), Greenlandic (Aviaja, Aputsiaq;
Kleist, Kreutzmann), Basque (Edurne, Garazi; Goikoetxea, Zubizarreta), Catalan (Meritxell, Oriol; Capdevila,
Vilaró), Welsh (Eirlys, Gwenllian; Gruffydd, Llewelyn), Irish (Sadhbh, Fiachra; Ó Dónaill, Breathnach), Czech and
Slovak (Zdeněk, Kateřina, Ľubomír; Řezníček, Kučera, Ďurica), Hungarian (Botond; Szűcs, Vörös), Romanian (Răzvan,
Teodora; Stănescu, Dragomir), Albanian (Arbër, Mimoza; Krasniqi, Dervishi), Georgian (Tornike, Zurab; Chkheidze,
Japaridze), Armenian (Anahit, Tigran; Hakobyan, Sargsyan), Amharic (Meseret, Hirut; Assefa, Demissie), Yoruba and
Igbo (Kehinde, Morenike; Ogundipe, Fashola; Chidinma, Somtochukwu; Ezeudu, Anyanwu), Tamil and Telugu (Senthil,
Thamarai; Arumugam, Palanisamy; Sirisha, Chaitanya; Yarlagadda, Kommineni), Nepali (Bishnu, Sarita; Karki, Magar),
Tagalog (Dalisay, Bayani; Lacsamana), Indonesian and Malay (Wahyu, Ratna; Nugroho, Setiawan; Syafiq, Aisyah with "bin
Yusof", "binti Osman" each one span), Korean (Ji-ho, Ha-eun; Kwon, Hwang), Mongolian (Enkhjargal, Bat-Erdene;
Batbayar, Gantulga), Norwegian and German (Øyvind, Bjørg; Ødegård, Sæther; Bärbel, Götz; Köhler, Krämer), English
(Griselda, Marmaduke, Godric; Throckmorton, Pennyfeather, Ravenscroft) and Swedish (Solbritt, Lisbeth; Holmqvist,
Hjalmarsson, Svärd).
Phones: Finnish mobiles and landlines in varied forms and national and international forms of Iceland, the Faroe
Islands, Greenland, Spain, Ireland, Wales, Czechia, Slovakia, Hungary, Romania, Albania, Georgia, Armenia, Ethiopia,
Nigeria, India, Nepal, Indonesia, Malaysia, South Korea, Mongolia, Norway and Germany, also in running text; an
extension ("alanumero 204", "ext. 31") is a look-alike outside the PHONE span.
Labelling policy for the ambiguous: every dialable number is a PHONE (a warehouse's or parish office's too, role
"third"). A person's PIN or password is a CREDENTIAL of that person (as in evaluation-set.jsonl): the PIN a caller
reads out and the temporary password the agent gives the subject, role "subject". A mother's maiden name is a NAME
(role "third"); a pet's name is no person's and a look-alike, as are the answers "first school" and "first car". A
name without its marks (Jaaskelainen) is the same person's NAME, each time. An initial with its full stop is a NAME
span of its own ("L." as in held-out-8). A nickname is a NAME. A married person's old surname is the subject's NAME
too. Every IBAN is an IBAN: a vendor's on an invoice role "third". Thesis titles that name a historical person
(Minna Canthin…, Mary Shelley's letters) are look-alikes: they name a work and a person long dead, not someone the
register holds; so are churches named after saints (Mikaelinkirkon, St Columba's), streets named after people
(Topeliuksenkatu, Gladstone Terrace, Strindbergsgatan), brands that are surnames (Mizuno, Wilson, Spalding, Dunlop,
Slazenger, Linde, Honeywell, Stihl, Sennheiser, Bose, Michelin, Peugeot), software named after people (Mendeley,
Erlang, Haskell, Gaussian), student and staff numbers, delivery-note and invoice numbers, postal codes, room codes,
survey scores, times, dates, prices and the words that are this set's names (laina, lauha, hellästi, lylyt, ylänne;
the pickup; svärd) — never in a message whose person has that name or word. Titles (kirkkoherra, professori, Revd,
Dr, kyrkoherde) stay outside the spans; a Finnish ending stays inside the span, an English "'s" outside.
Same format as evaluation-set.jsonl; 640 messages: even ones Finnish, odd ones English, one in twenty English
instead of Finnish and one in ten Swedish (about 45 %, 45 %, 10 %). Each message checks itself before it is printed
(message.emit: Message.check and message.verify). Helpers: message.py, name_forms.py and identifiers.py; the few
small helpers set 23 also has (Taken, tail, clocks) are written here again, in fewer lines, because that set's file
cannot be imported (its name has hyphens and it prints when loaded) and this set changes no other file.
Name forms new to sets 1-23: see the commit and python3 new-name-forms.py held-out-24.jsonl.
Deterministic: python3 held-out-24.py > held-out-24.jsonl (python3 held-out-24.py --stats adds counts on stderr)"""
import collections
import random
import re
import sys
import unicodedata

import identifiers
from message import Message, emit
from name_forms import distinct, foreign, inflect as fi, nen, nominative, origin

R = random.Random(24242424)
PHONES = collections.Counter()

FI_MEN = [fi(n) for n in ["Kaapro", "Mielo", "Raine", "Juho", "Lyly", "Roni"]] + \
         [fi("Heikka", "Heika", "Heikka"), fi("Erkka", "Erka", "Erkka"), fi("Ilppo", "Ilpo", "Ilppo"),
          fi("Eenokki", "Eenoki", "Eenokki")]
FI_WOMEN = [fi(n) for n in ["Hellä", "Valma", "Vellamo", "Heljä", "Anelma", "Laina", "Lauha", "Vilhelmiina"]]
FI_FIRST = FI_MEN + FI_WOMEN
FI_LAST = [nen(n) for n in ["Yliräisänen", "Kääriäinen", "Härkönen", "Mäkäräinen", "Löppönen", "Häyrynen",
                            "Törmänen", "Myöhänen", "Kuusinen", "Tähtinen", "Hyötyläinen", "Jääskeläinen", "Ylä-Mononen"]] + \
          [fi(n) for n in ["Lämsä", "Mämmelä", "Hääppölä", "Kärkölä", "Kähkölä", "Ylijääskö", "Jääskö",
                           "Äystö", "Öystilä", "Kukkohovi", "Peräaho"]] + \
          [fi("Hyyppä", "Hyypä", "Hyyppä"), fi("Rääsäkkä", "Rääsäkä", "Rääsäkkä"),
           fi("Säynäjärvi", "Säynäjärve", "Säynäjärve", par="Säynäjärveä", ill="Säynäjärveen"), fi("Tölli", "Tölli", "Tölli"), fi("Nääppä", "Nääpä", "Nääppä"),
           fi("Tähkäpää", par="Tähkäpäätä", ill="Tähkäpäähän"),
           fi("Sääskilahti", "Sääskilahde", "Sääskilahte", par="Sääskilahtea", ill="Sääskilahteen"),
           fi("Leppälahti", "Leppälahde", "Leppälahte", par="Leppälahtea", ill="Leppälahteen"),
           fi("Vähäkangas", "Vähäkankaa", "Vähäkankaa", par="Vähäkangasta", ill="Vähäkankaaseen"),
           fi("Kyrö", par="Kyröä", ill="Kyröön"), fi("Ääri", "Ääre", "Ääre", par="Äärtä", ill="Ääreen"),
           fi("Ylänne", "Yläntee", "Yläntee", par="Ylännettä", ill="Ylänteeseen")]
# Names that are words (laina loan, lauha mild, hellä tender, lyly ski, ylänne upland, ääri edge, kyrö): the words in
# sentences of their own, never beside the person who bears the name.
WORD_SENTENCES_FI = [("Laina", "Kannettava on ", "lainassa", " kirjastosta."),
                     ("Lauha", "Talvi oli ", "lauha", ", joten ulkokamerat eivät jäätyneet."),
                     ("Hellä", "Vanhaa arkistolevyä pitää käsitellä ", "hellästi", "."),
                     ("Lyly", "Seuran varastossa on vanhat ", "lylyt", " ja tietokonekaappi."),
                     ("Ylänne", "Tukiasema on ", "ylänteellä", " koulun takana."),
                     ("Ääri", "Varmuuskopiolevy on ", "äärimmilleen", " täynnä.")]
# Each origin's given names and surnames, split where a surname says its bearer's sex (Icelandic -dóttir and -son,
# Czech and Slovak -ová/-á, Malay bin and binti).
ICELANDIC_W = (["Þórdís", "Ragnheiður", "Bjarnheiður", "Sigríður"], ["Jónsdóttir", "Þórðardóttir", "Eyjólfsdóttir"])
ICELANDIC_M = (["Hallgrímur", "Eyjólfur", "Snorri", "Þorsteinn"], ["Hallgrímsson", "Sigurðsson", "Kristjánsson"])
FAROESE = (["Rógvi", "Sjúrður", "Turið", "Bárður", "Jóannes", "Elinborg"],
           ["Joensen", "Niclasen", "Højgaard", "Midjord", "Lamhauge"])
GREENLANDIC = (["Aviaja", "Nivi", "Paninnguaq", "Inunnguaq", "Aputsiaq", "Najaaraq"],
               ["Kleist", "Lynge", "Kreutzmann", "Berthelsen", "Motzfeldt"])
BASQUE = (["Edurne", "Nekane", "Garazi", "Unai", "Ander"], ["Goikoetxea", "Agirre", "Zubizarreta", "Elorza", "Iturbe"])
CATALAN = (["Jordi", "Núria", "Oriol", "Meritxell", "Arnau"], ["Casals", "Riera", "Vilaró", "Capdevila", "Llorens"])
WELSH = (["Eirlys", "Gwenllian", "Llinos", "Siôn"], ["Gruffydd", "Llewelyn", "Pugh", "Humphreys"])
IRISH = (["Sadhbh", "Fiachra", "Róisín"], ["Ó Dónaill", "Breathnach", "Nic Giolla Bhríde"])
CZECH_SLOVAK_M = (["Jiří", "Zdeněk", "Lubomír", "Ľubomír"], ["Kučera", "Černý", "Řezníček", "Kováčik", "Baláž", "Ďurica"])
CZECH_SLOVAK_W = (["Kateřina", "Radka", "Věra", "Zuzana", "Ľudmila"], ["Novotná", "Svobodová", "Šimková"])
HUNGARIAN = (["Botond", "Gyöngyi", "Tünde"], ["Szűcs", "Vörös", "Halász", "Fekete"])
ROMANIAN = (["Răzvan", "Teodora", "Ștefania"], ["Stănescu", "Dragomir", "Bălan"])
ALBANIAN = (["Arbër", "Besnik", "Drita", "Flutura", "Ilir", "Mimoza"], ["Hoxha", "Krasniqi", "Berisha", "Gashi", "Dervishi"])
GEORGIAN = (["Tornike", "Zurab", "Tamta"], ["Chkheidze", "Japaridze"])
ARMENIAN = (["Anahit", "Aram", "Gohar", "Tigran", "Lusine", "Hovhannes", "Siranush"],
            ["Hakobyan", "Petrosyan", "Grigoryan", "Sargsyan", "Avetisyan", "Manukyan"])
AMHARIC = (["Meseret", "Hirut", "Bethlehem", "Alemayehu", "Tsehay"], ["Wolde", "Assefa", "Mengistu", "Demissie", "Abebe"])
YORUBA = (["Kehinde", "Taiwo", "Morenike", "Abiodun", "Omolara", "Titilayo"],
          ["Ogundipe", "Adegoke", "Fashola", "Ajayi", "Adesanya"])
IGBO = (["Chidinma", "Uchechukwu", "Somtochukwu"], ["Ezeudu", "Anyanwu", "Onwuachi", "Nnadi", "Iwuchukwu"])
TAMIL = (["Murugan", "Kavitha", "Senthil", "Thamarai", "Arul", "Vijayalakshmi"],
         ["Ramasamy", "Palanisamy", "Velusamy", "Arumugam"])
TELUGU = (["Venkata", "Srinivas", "Sirisha", "Lavanya", "Chaitanya"],
          ["Naidu", "Chowdary", "Yarlagadda", "Kommineni", "Bandaru"])
NEPALI = (["Bishnu", "Sarita", "Anjana", "Dipendra"], ["Thapa", "Karki", "Magar"])
TAGALOG = (["Dalisay", "Ligaya", "Bayani", "Amihan"], ["Lacsamana", "Dimasalang", "Dimaano"])
INDONESIAN = (["Wahyu", "Ratna", "Budi", "Dewi"], ["Santoso", "Wijaya", "Kusuma", "Nugroho", "Setiawan"])
MALAY_M = (["Syafiq", "Hafiz"], ["bin Yusof", "bin Rahim"])
MALAY_W = (["Aisyah", "Nurul"], ["binti Osman", "binti Yusof"])
KOREAN = (["Ji-ho", "Ha-eun", "Do-yun", "Soo-ah"], ["Kwon", "Hwang", "Jang"])
MONGOLIAN = (["Enkhjargal", "Bat-Erdene", "Oyunchimeg", "Saruul", "Ganbold"], ["Batbayar", "Gantulga", "Tsogt"])
NORWEGIAN = (["Øyvind", "Åsmund", "Bjørg"], ["Bjørnstad", "Sæther", "Løvås", "Ødegård", "Brænde"])
GERMAN = (["Bärbel", "Götz", "Jürgen-Ulf"], ["Köhler", "Hübner", "Krämer", "Weißhaupt"])
WORLD = [ICELANDIC_W, ICELANDIC_M, FAROESE, GREENLANDIC, BASQUE, CATALAN, WELSH, IRISH, CZECH_SLOVAK_M,
         CZECH_SLOVAK_W, HUNGARIAN, ROMANIAN, ALBANIAN, GEORGIAN, ARMENIAN, AMHARIC, YORUBA, IGBO, TAMIL, TELUGU, NEPALI,
         TAGALOG, INDONESIAN, MALAY_M, MALAY_W, KOREAN, MONGOLIAN, NORWEGIAN, GERMAN]
WORLD_FI = [origin(*pool) for pool in WORLD]
ANGLO = (["Griselda", "Marmaduke", "Godric", "Fenella", "Rosamund", "Lucasta", "Ethelred", "Gawain", "Isolde",
          "Guinevere", "Tarquin", "Inigo", "Ivo"],
         ["Throckmorton", "Grosvenor", "Pennyfeather", "Smallwood", "Quarrington", "Haverstock", "Lambourne",
          "Nettleship", "Oddie", "Ravenscroft", "Stoneham", "Tolley", "Upjohn", "Threlfall", "Catterall", "Halliwell",
          "Sowerbutts", "Bamber", "Pickup"])
WORD_SENTENCES_EN = [("Pickup", "The courier's ", "pickup", " slot is between two and four."),
                     ("Smallwood", "The ", "small wood", " behind the depot blocks the Wi-Fi bridge.")]
SWEDISH = (["Solbritt", "Lisbeth", "Gunvi", "Tyra-Lill", "Osvald", "Hjalmar"],
           ["Holmqvist", "Hjalmarsson", "Ivarsson", "Fransson", "Gustavsson", "Lundgren", "Bengtsson", "Svärd", "Skoog"])
WORD_SENTENCES_SV = [("Svärd", "Maskoten i receptionen håller ett ", "svärd", " av papp."),
                     ("Skoog", "Kabeln går genom ", "skogen", " bakom lagret.")]
# Nicknames of this set's given names, Finnish ones with their case forms.
NICK_FI = {"Erkka": fi("Eku", "Eku", "Eku"), "Heikka": fi("Heikkis", "Heikkikse", "Heikkikse", par="Heikkistä",
                                                             ill="Heikkikseen"),
           "Kaapro": fi("Kapu", "Kapu", "Kapu"), "Vilhelmiina": fi("Miina"),
           "Vellamo": fi("Velluska", "Velluska", "Velluska"), "Anelma": fi("Anski", "Anski", "Anski"),
           "Eenokki": fi("Eenu"), "Heljä": fi("Helkku", "Helku", "Helkku")}
NICK_EN = {"Griselda": "Zelda", "Marmaduke": "Marmy", "Fenella": "Fenny", "Rosamund": "Rozzy", "Guinevere": "Ginny",
           "Ethelred": "Ethel", "Lucasta": "Cassie"}
DOMAINS = ["kirkkonummi-srk.example.fi", "varastokeskus.example.fi", "yliopisto.example.fi", "seura.example.fi",
           "ravenscroft-logistics.example.co.uk", "st-columba.example.org", "uni.example.ac.uk",
           "forsamling.example.se"]
STREETS_FI = ["Topeliuksenkatu 12 B, 00250 Helsinki", "Franzéninkatu 5, 00500 Helsinki",
              "Castréninkatu 20, 00530 Helsinki", "Porthaninkatu 3 A, 00530 Helsinki",
              "Döbelninkatu 2, 00260 Helsinki", "Chydeniuksenkatu 7, 67100 Kokkola", "Albertinkatu 19, 00120 Helsinki"]
STREETS_FI_CASE = ["Topeliuksenkadulle", "Franzéninkadulla", "Porthaninkadulta", "Fabianinkadulle",
                   "Chydeniuksenkadulla"]
STREETS_EN = ["12 Gladstone Terrace, Leeds LS7 3AB", "4 Wellington Road, Bristol BS2 9DB", "Brunel Way, Swindon SN2 2AZ",
              "7 Nightingale Lane, London SW12 8ST", "Darwin Building, 3 Shrewsbury Street, Manchester M16 9AX"]
STREETS_SV = ["Strindbergsgatan 4, 115 31 Stockholm", "Linnégatan 22, 413 04 Göteborg", "Swedenborgsgatan 9, 118 48 Stockholm"]
# In the genitive, as the sentence needs them.
CHURCHES_FI = ["Mikaelinkirkon", "Pyhän Henrikin katedraalin", "Pyhän Laurin kirkon", "Paavalinkirkon",
               "Johanneksenkirkon"]
CHURCHES_EN = ["St Columba's Church", "St David's Hall", "St Brigid's parish hall", "St Aidan's"]
CHURCHES_SV = ["Sankt Jacobs", "Sankta Clara", "Olaus Petri", "Hedvig Eleonora"]
THESES_FI = ["Minna Canthin näytelmien naiskuva", "Elias Lönnrotin kirjeenvaihdon digitointi",
             "Bayesin verkot vikadiagnostiikassa", "Markovin ketjut palvelupisteen jonoissa",
             "Fourier-muunnos laakerivärähtelyn analyysissä"]
THESES_EN = ["Mary Shelley's letters, 1816–1822", "Bayesian networks after Judea Pearl",
             "Shannon entropy in log compression", "Florence Nightingale's rose diagrams as dashboards"]
REFERENCE_MANAGERS = ["Mendeley", "Zotero", "EndNote 21"]
BRANDS_SPORT = ["Mizuno", "Wilson", "Spalding", "Dunlop", "Slazenger"]
HANDHELDS = ["Honeywell CT45", "Zebra MC3300", "Honeywell CK65"]
FORKLIFTS = ["Linde E20", "Toyota Traigo 48", "Linde T20"]
TOOLS = ["Stihl-lehtipuhallin", "Sennheiser-kuulokkeet", "Bose-kaiutin"]
PETS = ["Musti", "Tassu", "Nöpö", "Pörrö", "Rusina"]
PETS_EN = ["Biscuit", "Pickle", "Mr Whiskers", "Noodle"]
VENDORS_FI = ["Pohjanmaan Lähetys Oy", "Kuljetusliike Rautio & Poika Oy", "Itä-Uudenmaan Toimistotarvike Oy"]
VENDORS_EN = ["Northgate Freight Ltd", "Copperbeech Office Supplies Ltd", "Marsh Lane Logistics Ltd"]


def fill(pattern):
    return identifiers.fill(R, pattern)


def phone(country, patterns):
    PHONES[country] += 1
    return fill(R.choice(patterns))


def fi_phone():
    """Finnish mobiles and landlines as people and printed forms write them."""
    return phone("FI", ["040 {3} {4}", "040-{7}", "+358 40 {3} {4}", "+358 (0)45 {3} {4}", "00358 44 {7}",
                        "050 {3} {2} {2}", "0400 {6}", "044-{3} {4}", "+35850{7}", "(09) {3} {4}", "09 {4} {3}",
                        "+358 9 {4} {4}", "(013) {3} {3}", "02-{3} {4}", "+358 2 {3} {4}", "(08) {4} {3}",
                        "03 {3} {4}", "+358 (0)6 {3} {4}"])


FOREIGN = {"IS": ["+354 {3} {4}", "+354 8{2} {4}", "6{2} {4}"], "FO": ["+298 {6}", "+298 {2} {2} {2}"],
           "GL": ["+299 {2} {2} {2}", "+299 {6}"], "ES": ["+34 943 {3} {3}", "+34 6{2} {3} {3}", "93 {3} {2} {2}"],
           "IE": ["+353 1 {3} {4}", "086 {3} {4}"], "WLS": ["+44 29 20{2} {4}", "029 20{2} {4}"],
           "CZ": ["+420 60{1} {3} {3}", "+420 2{2} {3} {3}"], "SK": ["+421 905 {3} {3}", "0905 {3} {3}"],
           "HU": ["+36 20 {3} {4}", "06 30 {3} {4}", "+36 1 {3} {4}"], "RO": ["+40 72{1} {3} {3}", "07{2} {3} {3}"],
           "AL": ["+355 69 {3} {4}", "069 {3} {4}"], "GE": ["+995 5{2} {2} {2} {2}", "+995 32 2{2} {2} {2}"],
           "AM": ["+374 91 {6}", "+374 10 {2}-{2}-{2}"], "ET": ["+251 91 {3} {4}", "0911 {6}"],
           "NG": ["+234 80{1} {3} {4}", "080{1} {3} {4}"], "IN": ["+91 98{3} {5}", "+91 44 {4} {4}"],
           "NP": ["+977 98{8}", "+977 1-{7}"], "ID": ["+62 812-{4}-{4}", "0812-{4}-{4}", "+62 21 {4} {4}"],
           "MY": ["+60 12-{3} {4}", "012-{3} {4}", "+60 3-{4} {4}"], "KR": ["+82 10-{4}-{4}", "010-{4}-{4}"],
           "MN": ["+976 99{2} {4}", "+976 8{3} {4}"], "NO": ["+47 9{2} {2} {3}", "4{2} {2} {3}"],
           "DE": ["+49 171 {7}", "0171 {7}", "+49 (0)89 {4} {4}"]}
# Where each country's numbers are said to be: English and Finnish inessive.
WHERE = {"IS": ("Reykjavík", "Reykjavíkissa"), "FO": ("Tórshavn", "Tórshavnissa"), "GL": ("Nuuk", "Nuukissa"),
         "ES": ("San Sebastián", "San Sebastiánissa"), "IE": ("Galway", "Galwayssa"), "WLS": ("Cardiff", "Cardiffissa"),
         "CZ": ("Brno", "Brnossa"), "SK": ("Košice", "Košicessa"), "HU": ("Debrecen", "Debrecenissä"),
         "RO": ("Cluj-Napoca", "Cluj-Napocassa"), "AL": ("Tirana", "Tiranassa"), "GE": ("Tbilisi", "Tbilisissä"),
         "AM": ("Yerevan", "Jerevanissa"), "ET": ("Addis Ababa", "Addis Abebassa"), "NG": ("Ibadan", "Ibadanissa"),
         "IN": ("Chennai", "Chennaissa"), "NP": ("Kathmandu", "Kathmandussa"), "ID": ("Surabaya", "Surabayassa"),
         "MY": ("Penang", "Penangissa"), "KR": ("Busan", "Busanissa"), "MN": ("Ulaanbaatar", "Ulaanbaatarissa"),
         "NO": ("Bergen", "Bergenissä"), "DE": ("Leipzig", "Leipzigissä")}


def foreign_phone(country=None):
    country = country or R.choice(sorted(FOREIGN))
    return phone(country, FOREIGN[country])


def any_phone():
    return fi_phone() if R.random() < 0.5 else foreign_phone()


def with_extension(m, number, language, role="third"):
    """A number and its extension: the extension is a look-alike outside the span (one dials the number, then asks)."""
    m.entity(number, "PHONE", role)
    m.say(R.choice({"fi": [", alanumero ", " / sisänumero "], "en": [" ext. ", " x"], "sv": [" ankn. "]}[language])) \
        .look(fill(R.choice(["{2}", "{3}"])))
    return m


def email(first, last):
    return identifiers.address(R, first, last.split()[-1], DOMAINS)


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(50, 99)), ("A", R.randint(0, 6))]))


def iban():
    if R.random() < 0.6:
        return identifiers.written_iban(R)
    return identifiers.written_foreign_iban(R, *R.choice([("IS", "{22}"), ("HU", "{24}"), ("CZ", "{20}"),
                                                          ("RO", "RNCB{16}"), ("NO", "{11}"), ("ES", "{20}")]))


def date(year=True):
    return f"{R.randint(1, 28)}.{R.randint(1, 12)}." + ("2027" if year else "")


def date_en():
    return f"{R.randint(1, 28)} {R.choice(['January', 'February', 'May', 'July', 'August', 'December'])} 2027"


def clock(sep=":"):
    return f"{R.randint(6, 21):02d}{sep}{R.choice(['05', '20', '35', '50'])}"


def visit(sep):
    """The times a technician arrived and left, in order."""
    start = R.randint(7 * 12, 15 * 12) * 5
    end = start + R.randint(4, 40) * 5
    return [f"{t // 60:02d}{sep}{t % 60:02d}" for t in (start, end)]


def reference_fi():
    """A Finnish bank reference number (viitenumero) with its check digit."""
    digits = fill("{" + str(R.randint(5, 10)) + "}")
    check = (10 - sum(int(c) * [7, 3, 1][i % 3] for i, c in enumerate(reversed(digits))) % 10) % 10
    return digits + str(check)


def pin():
    return fill(R.choice(["{4}", "{6}"]))


def temporary_password():
    return R.choice(["Kesä", "Tammi", "Ruska", "Winter", "Harbour", "Sommar"]) + fill("{2}") + R.choice("!#?%") + \
        fill("{2}")


def ascii_form(name):
    """A name as a system without marks writes it: German ä ö ü as ae oe ue beside ß, Norwegian ø æ å as o ae aa,
    Icelandic þ ð as th d, other marks dropped (Jääskeläinen as Jaaskelainen, Szűcs as Szucs)."""
    german = any(c in name for c in "üßÜ") or name in GERMAN[0] + GERMAN[1]
    table = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"}
    if german:
        table |= {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    if any(c in name for c in "øæØÆ"):
        table |= {"å": "aa", "Å": "Aa"}
    spelled = "".join(table.get(c, c) for c in name)
    return "".join(c for c in unicodedata.normalize("NFD", spelled) if not unicodedata.combining(c))


def forms(part):
    return set(part.values()) if isinstance(part, dict) else {part}


class Taken:
    """The names a message uses, every form, so that its look-alikes can avoid them."""
    def __init__(self, *people):
        self.words, self.stems = set(), set()
        for person in people:
            for part in person:
                for form in forms(part) | {ascii_form(nominative(part))}:
                    self.words |= {w.lower() for w in re.findall(r"\w+", form)}
                self.stems |= {w.lower()[:max(3, len(w) - 1)] for w in re.findall(r"\w+", nominative(part))}

    def free(self, text):
        return not any(w.lower() in self.words or any(w.lower().startswith(s) for s in self.stems)
                       for w in re.findall(r"\w+", text))

    def pick(self, options):
        return R.choice([o for o in options if self.free(o)])


def tail(m, taken, words, extra):
    """One look-alike sentence at the end, half the time: a name's word, or a thing named after someone."""
    fitting = [(b, w, a) for s, b, w, a in words if taken.free(s) and taken.free(w)] + \
              [(b, w, a) for b, w, a in extra if taken.free(w)]
    if fitting and R.random() < 0.5:
        before, word, after = R.choice(fitting)
        m.say("\n").say(before).look(word).say(after)


EXTRA_FI = [("Juoksukengät ovat ", "Mizunon", "."), ("Seuran pallot ovat ", "Wilsonin", "."),
            ("Koripallot tilattiin ", "Spaldingilta", "."), ("Renkaat vaihdettiin ", "Michelineihin", "."),
            ("Pihan puhallin on ", "Stihlin", "."), ("Kokouskaiutin on ", "Bosen", "."),
            ("Lähetti ajaa ", "Peugeot'lla", "."), ("Toimisto muuttaa ", "Topeliuksenkadulle", " keväällä."),
            ("Lähetyslista ", "LS-2027-0418", " on arkistoitu."), ("Laskentaohjelma on ", "Gaussian 16", "."),
            ("Jonopalvelu on kirjoitettu ", "Erlangilla", ".")]
EXTRA_EN = [("The new kit is by ", "Mizuno", "."), ("Tennis balls: ", "Slazenger", ", two tins."),
            ("The van runs on ", "Michelin", " tyres."), ("The headset is a ", "Sennheiser", " PC 8."),
            ("The leaf blower is a ", "Stihl", "."), ("Packing list ", "PL-553-0192", " is archived."),
            ("The queue service is written in ", "Erlang", "."), ("The build uses ", "Haskell Stack", ".")]
EXTRA_SV = [("Racketarna är från ", "Dunlop", "."), ("Kontoret flyttar till ", "Strindbergsgatan 4", ".")]


def cap(s):
    return s[0].upper() + s[1:]


def abessive(part):
    """The abessive (without …) on the weak stem: Lauhatta, Erkatta."""
    return part["gen"][:-1] + "tt" + part["ade"][-1]


def finn():
    """A Finn with a rare given name and surname; two given names in a row one time in ten."""
    first, last = R.choice(FI_FIRST), R.choice(FI_LAST)
    if R.random() < 0.1:
        second = R.choice([n for n in FI_FIRST if n is not first and (n in FI_MEN) == (first in FI_MEN)])
        return first, second, last
    return first, last


def world_fi():
    firsts, lasts = R.choice(WORLD_FI)
    return R.choice(firsts), R.choice(lasts)


def person_fi():
    return finn() if R.random() < 0.55 else world_fi()


def person_en():
    roll = R.random()
    if roll < 0.35:
        return R.choice(ANGLO[0]), R.choice(ANGLO[1])
    if roll < 0.85:
        firsts, lasts = R.choice(WORLD)
        return R.choice(firsts), R.choice(lasts)
    return tuple(map(nominative, finn()))


def person_sv():
    roll = R.random()
    if roll < 0.5:
        return R.choice(SWEDISH[0]), R.choice(SWEDISH[1])
    if roll < 0.75:
        return tuple(map(nominative, finn()))
    firsts, lasts = R.choice(WORLD)
    return R.choice(firsts), R.choice(lasts)


def full(m, person, case="nom", role="third"):
    """A full name in a Finnish message: the given names stay in the nominative, the surname takes the case."""
    return m.name(*[p["nom"] for p in person[:-1]], person[-1][case], role=role)


def caps(m, person, role="third", surname_first=True):
    """A name in capitals, surname first as printed forms put it: JÄÄSKELÄINEN LAUHA."""
    parts = [nominative(p).upper() for p in person]
    return m.name(*(parts[-1:] + parts[:-1] if surname_first else parts), role=role)


def split_lines(m, person, role="third"):
    """A name broken over two lines by a narrow printed field: the given names, a line break, the surname."""
    parts = [nominative(p) for p in person]
    m.name(*parts[:-1], role=role).say("\n")
    return m.entity(parts[-1], "NAME", role)


def initial(part):
    return nominative(part)[0] + "."


def marked(draw):
    """A person drawn with draw() whose name a system without marks would spell differently."""
    while True:
        person = draw()
        if any(ascii_form(nominative(p)) != nominative(p) for p in person):
            return person


def nickname(first, table):
    return table.get(nominative(first))


def others(subject, people, n, draw):
    return distinct(draw, n, subject + tuple(p for q in people for p in q))


def finnish(m, subject, e):
    """A Finnish message about subject (name-form dicts) with e-mail e."""
    people = distinct(person_fi, 4, subject)
    A, C, G, S = people
    f = subject[0]
    taken = Taken(subject, *people)
    kind = R.randrange(14)
    if kind == 0:
        m.say("L Ä H E T E   ").look(fill("{7}")).say("  | sivu 1/1\nVASTAANOTTAJA:\n")
        caps(m, subject, "subject").say("\n").look(taken.pick(STREETS_FI).upper()).say("\nKULJETTAJA: ")
        split_lines(m, A).say("  puh. ").entity(fi_phone(), "PHONE").say("\n¦ TUOTE ").look(fill("TN-{6}")) \
            .say(" ¦ ").look(quantity()).say(" kpl ¦ telakka USB-C\n\nTyöasemat saapuivat, mutta lähete oli skannattu vinoon. Kuittasi: ") \
            .name(initial(C[0])).say(" ").name(C[-1]["nom"]).say(". Tilaus ").look(fill("TIL-{6}")) \
            .say(" kuuluu ").name(G[0]["nom"], G[-1]["all"]).say(".\n")
        full(m, subject, role="subject")
    elif kind == 1:
        m.say("OCR-luettu lasku ").look(fill("{6}")).say("\nLaskuttaja: ").look(taken.pick(VENDORS_FI)) \
            .say("\nViitteemme: ").name(A[0]["nom"].upper(), A[-1]["nom"].upper()).say("\nViitteenne: ") \
            .name(f["nom"].upper(), subject[-1]["nom"].upper(), role="subject").say("\nTILINRO ") \
            .entity(iban(), "IBAN").say("  VIITENRO ").look(reference_fi()).say("\nERÄPÄIVÄ ").look(date()) \
            .say("  YHTEENSÄ ").look(f"{R.randint(120, 4800)},{R.randint(0, 99):02d} €") \
            .say("\n\nHei, tämä lasku tuli minulle, vaikka tilaajana oli ")
        full(m, C).say(". Voisitteko ohjata sen ").name(C[0]["all"]).say(" tai hänen esimiehelleen ")
        full(m, G, "all").say("? Laskuttajan yhteyshenkilö ").name(A[0]["nom"]).say(" vastaa numerosta ") \
            .entity(fi_phone(), "PHONE").say(".\n").name(f["nom"], role="subject")
    elif kind == 2:
        A = others(subject, people, 1, finn)[0]
        taken = Taken(subject, *people, A)
        m.say("Asiakaskysely, tiketti ").look(fill("SD-{6}")).say(", arvosana ").look(f"{R.randint(1, 5)}/5") \
            .say("\nVapaa palaute: \"").name(cap(A[0]["nom"])).say(" ratkaisi asian nopeasti, kiitos ") \
            .name(A[0]["all"]).say("! Mutta ensin jonotin ").look(quantity()).say(" minuuttia ja puhuin ") \
            .name(C[0]["gen"]).say(" kanssa, joka ei osannut auttaa. ") \
            .say("Ilman ").name(A[0]["par"]).say(" olisin ollut pulassa – koko tiimi ei selviäisi päivääkään ") \
            .name(abessive(A[0])).say(".\"\nVastaaja: ")
        full(m, subject, role="subject").say(", ").entity(e, "EMAIL", "subject")
    elif kind == 3:
        m.say("Vuororaportti, iltavuoro ").look("14–22").say(", varasto ").look(fill("B{1}")) \
            .say("\nVuoroesimies: ")
        full(m, A).say(", ").entity(fi_phone(), "PHONE").say("\nKäsipääte ").look(R.choice(HANDHELDS)) \
            .say(" (laite ").look(fill("KP-{4}")).say(") ei lue viivakoodeja. Trukki ").look(R.choice(FORKLIFTS)) \
            .say(" on ").name(C[0]["gen"]).say(" käytössä, ja ").name(G[0]["nom"], G[-1]["nom"]) \
            .say(" tuurasi ").name(S[0]["par"]).say(" keräilyssä.\nIlmoitti: ")
        full(m, subject, role="subject").say(", soita ")
        with_extension(m, fi_phone(), "fi", "subject")
    elif kind == 4:
        m.say("Huoltokäyntiraportti ").look(fill("HK-{5}")).say("\nAsiakas: ").look(taken.pick(VENDORS_FI)) \
            .say(", ").look(taken.pick(STREETS_FI)).say("\nYhteyshenkilö: ")
        full(m, A).say(", ").entity(fi_phone(), "PHONE").say("\nAsentaja: ")
        arrived, left = visit(".")
        full(m, subject, role="subject").say("\nSaapui ").look(arrived).say(", lähti ").look(left) \
            .say(". Vaihdettiin verkkokytkin, sarjanumero ").look(fill("SN{10}")).say(". ") \
            .name(cap(A[0]["nom"])).say(" pyysi, että lasku lähetetään ").name(C[0]["nom"], C[-1]["all"]) \
            .say(".\nAllekirjoitus: ").name(initial(A[0])).say(" ").name(A[-1]["nom"])
    elif kind == 5:
        m.say("Hei, olen opiskelija ")
        full(m, subject, role="subject").say(" (opiskelijanumero ").look(fill("0{6}")) \
            .say("). Gradun \"").look(taken.pick(THESES_FI)).say("\" tiedosto katosi ") \
            .look(taken.pick(REFERENCE_MANAGERS)).say("-kirjastosta. Ohjaajani professori ")
        full(m, A).say(" ja toinen tarkastaja ")
        full(m, C).say(" tarvitsevat sen ").look(date()).say(" mennessä. Kirjastossa asiaa hoiti ") \
            .name(G[0]["nom"]).say(", mutta ").name(G[0]["nom"]).say(" on lomalla. Tavoittaa ").entity(fi_phone(), "PHONE", "subject") \
            .say(", luokka ").look(fill("TC{3}")).say(".")
    elif kind == 6:
        church = taken.pick(CHURCHES_FI)
        m.say("Seurakunnan IT: ").look(church).say(" tulostin ei tulosta rippikoululistaa.\nLeirillä ") \
            .look(fill("RK-{3}")).say(": ")
        full(m, A).say(", ")
        full(m, C).say(" ja ")
        full(m, G).say(".\nKirkkoherra ")
        full(m, S).say(" pyysi lähettämään listan myös kanttorille. Kirkkoherranviraston numero ") \
            .entity(fi_phone(), "PHONE").say(".\nTerveisin ")
        full(m, subject, role="subject")
    elif kind == 7:
        m.say("Urheiluseuran jäsenrekisteri: junioreiden valmentaja ")
        full(m, A).say(" ei näe joukkueen ").look(fill("P{2}")).say(" listaa. Huoltaja ")
        full(m, C).say(" maksoi ").name(G[0]["gen"]).say(" jäsenmaksun ").look(f"{R.randint(60, 240)} €") \
            .say(" viitteellä ").look(reference_fi()).say(", mutta maksu näkyy ").name(S[0]["gen"]).say(" kohdalla. Palautus tilille ") \
            .entity(iban(), "IBAN", "subject").say(".\nSeuran puolesta ")
        full(m, subject, role="subject").say(", ").entity(fi_phone(), "PHONE", "subject")
    elif kind == 8:
        m.say("Laadunarviointi, puhelu ").look(fill("CR-{7}")).say("\nAgentti: ")
        full(m, subject, role="subject").say("\nArvioija: ")
        full(m, A).say("\nPisteet: ").look(f"{R.randint(60, 98)}/100").say(". ").name(cap(f["nom"]), role="subject") \
            .say(" tunnisti soittajan oikein, mutta luki soittajan numeron ").entity(any_phone(), "PHONE") \
            .say(" ääneen. Soittaja ").name(C[0]["nom"], C[-1]["nom"]).say(" pyysi puhumaan ").name(G[-1]["gen"]) \
            .say(" kanssa; siirto onnistui. Valmennus ").name(A[0]["gen"]).say(" kanssa ").look(date()).say(".")
    elif kind == 9:
        m.say("Yhdistetty tiketti ").look(fill("SD-{6}")).say(" (yhdistetty: ").look(fill("SD-{6}")).say(", ") \
            .look(fill("SD-{6}")).say(")\nPyytäjät:\n1. ")
        full(m, A).say(", ").entity(any_phone(), "PHONE").say("\n2. ")
        full(m, C).say(", ").entity(fi_phone(), "PHONE").say("\n3. ")
        full(m, subject, role="subject").say(", ").entity(e, "EMAIL", "subject") \
            .say("\nKaikilla sama vika: verkkolevy ").look(fill("\\\\fs{2}\\yhteiset")).say(" ei aukea. Päivitetään vain ") \
            .name(C[0]["all"]).say(" ja ").name(f["all"], role="subject").say(", ").name(A[0]["nom"]) \
            .say(" perui pyyntönsä.")
    elif kind == 10:
        mother = others(subject, people, 1, lambda: (R.choice(FI_LAST),))[0]
        taken = Taken(subject, *people, mother)
        m.say("Salasanan nollaus puhelimitse. Soittaja ")
        full(m, subject, role="subject").say(", ").entity(fi_phone(), "PHONE", "subject") \
            .say(". Turvakysymys 1, äidin tyttönimi: ").name(mother[0]["nom"]).say(" – oikein. Turvakysymys 2, ") \
            .say("ensimmäisen lemmikin nimi: ").look(R.choice(PETS)).say(" – oikein. Soittaja kertoi myös PIN-koodinsa ") \
            .entity(pin(), "CREDENTIAL", "subject").say(", vaikka sitä ei kysytty. Väliaikainen salasana ") \
            .entity(temporary_password(), "CREDENTIAL", "subject").say(" annettiin, ja esimiehelle ") \
            .name(A[0]["nom"], A[-1]["all"]).say(" ilmoitettiin.")
    elif kind == 11:
        old = others(subject, people, 1, lambda: (R.choice(FI_LAST),))[0][0]
        taken = Taken(subject, *people, (old,))
        m.say("Oikaisupyyntö (tietosuoja-asetuksen 16 artikla)\nHei, sukunimeni muuttui avioliiton myötä ") \
            .name(old["ela"], role="subject").say(" ").name(subject[-1]["tra"], role="subject") \
            .say(". Palvelupisteen järjestelmässä olen yhä ").name(f["nom"], role="subject").say(" ") \
            .name(old["nom"], role="subject").say(", ja puhelinluettelossa ").name(old["ess"], role="subject") \
            .say(". Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(". Päivittäkää myös sähköposti ") \
            .entity(e, "EMAIL", "subject").say(".\nTerveisin ")
        full(m, subject, role="subject").say("\nKäsittelijä: ")
        full(m, A)
    elif kind == 12:
        plain = [ascii_form(nominative(p)) for p in subject]
        A = others(subject, people, 1, lambda: marked(world_fi))[0]
        taken = Taken(subject, *people, A)
        m.say("Nimeni näkyy matkanhallinnassa isoin kirjaimin ja ilman ääkkösiä muodossa ").name(plain[-1].upper(), *[p.upper() for p in plain[:-1]], role="subject") \
            .say(", ja lentoyhtiö vaatii passin mukaisen nimen ")
        full(m, subject, role="subject").say(". Matka ").look(fill("AY {4}")).say(" ").look(date()) \
            .say(". Samassa varauksessa ").name(ascii_form(A[0]["nom"]), ascii_form(A[-1]["nom"])) \
            .say(" (oikein ").name(A[0]["nom"], A[-1]["nom"]).say(").\n").name(f["nom"], role="subject") \
            .say(", ").entity(any_phone(), "PHONE", "subject")
    else:
        nick = nickname(f, NICK_FI)
        m.say("AIHE: ").name(subject[-1]["nom"].upper(), role="subject").say(" – VPN EI TOIMI\nHei, ")
        if nick:
            m.say("täällä ").name(nick["nom"], role="subject").say(" eli ")
        full(m, subject, role="subject").say(". ").name(initial(A[0])).say(" ").name(A[-1]["nom"]) \
            .say(" hyväksyi etätyöt, ja ").name(initial(C[0])).say(" ").name(C[-1]["gen"]) \
            .say(" mukaan tunnus on voimassa. Soita ").entity(any_phone(), "PHONE", "subject").say(" tai kysy ") \
            .name(G[0]["abl"]).say(".")
    tail(m, taken, WORD_SENTENCES_FI, EXTRA_FI)


def english(m, subject, e):
    people = distinct(person_en, 4, subject)
    A, C, G, S = people
    f = subject[0]
    taken = Taken(subject, *people)
    hon = lambda: R.choice(["Mr ", "Ms ", "Mrs ", "Dr "])
    kind = R.randrange(14)
    arrived, left = visit(":")
    if kind == 0:
        m.say("D E L I V E R Y   N O T E  ").look(fill("DN{7}")).say("\nCONSIGNEE:\n")
        caps(m, subject, "subject", surname_first=False).say("\n").look(taken.pick(STREETS_EN).upper()) \
            .say("\nDRIVER: ")
        split_lines(m, A).say("  tel ").entity(any_phone(), "PHONE").say("\n| ITEM ").look(fill("SKU-{6}")) \
            .say(" | QTY ").look(quantity()).say(" |\n\nThe monitors arrived but the note was scanned crooked. Signed for by ") \
            .name(initial(C[0])).say(" ").name(C[-1]).say("; order ").look(fill("PO-{7}")).say(" belongs to ") \
            .name(*G).say(".\n").name(f, role="subject")
    elif kind == 1:
        m.say("OCR invoice ").look(fill("INV-{6}")).say("\nFrom: ").look(taken.pick(VENDORS_EN)).say("\nOur ref: ") \
            .name(*(p.upper() for p in A)).say("\nYour ref: ").name(*(p.upper() for p in subject), role="subject") \
            .say("\nIBAN ").entity(iban(), "IBAN").say("  DUE ").look(date_en()).say("  TOTAL ") \
            .look(f"£{R.randint(80, 3900)}.{R.randint(0, 99):02d}").say("\n\nThis reached me but ").name(*C) \
            .say(" placed the order. Could you pass it to ").name(C[0]).say(" or to ").say(hon()).name(G[-1]) \
            .say("? Their contact ").name(A[0]).say(" is on ").entity(any_phone(), "PHONE").say(".\n").name(f, role="subject")
    elif kind == 2:
        m.say("Survey response, ticket ").look(fill("SD-{6}")).say(", score ").look(f"{R.randint(1, 10)}/10") \
            .say("\nComments: \"").name(A[0]).say(" sorted it in minutes – thank you ").name(A[0]) \
            .say("! Before that I waited ").look(quantity()).say(" minutes and ").name(C[0]).say("'s advice to reinstall made it worse.\"\n") \
            .say("Respondent: ").name(*subject, role="subject").say(", ").entity(e, "EMAIL", "subject")
    elif kind == 3:
        m.say("Shift ticket, nights ").look("22:00–06:00").say(", bay ").look(fill("D{2}")).say("\nShift lead: ") \
            .name(*A).say(", ").entity(any_phone(), "PHONE").say("\nHandheld ").look(R.choice(HANDHELDS)) \
            .say(" (asset ").look(fill("WH-{5}")).say(") won't scan. Forklift ").look(R.choice(FORKLIFTS)) \
            .say(" is with ").name(C[0]).say("; ").name(*G).say(" covered ").name(S[0]).say("'s picks.\nRaised by ") \
            .name(*subject, role="subject").say(", call ")
        with_extension(m, any_phone(), "en", "subject")
    elif kind == 4:
        m.say("Field visit report ").look(fill("FV-{5}")).say("\nCustomer: ").look(taken.pick(VENDORS_EN)).say(", ") \
            .look(taken.pick(STREETS_EN)).say("\nSite contact: ").name(*A).say(", ").entity(any_phone(), "PHONE") \
            .say("\nEngineer: ").name(*subject, role="subject").say("\nArrived ").look(arrived).say(", left ") \
            .look(left).say(". Replaced the PoE switch, serial ").look(fill("SN{10}")).say(". ").name(A[0]) \
            .say(" asked for the invoice to go to ").name(*C).say(".\nSignature: ").name(initial(A[0])).say(" ") \
            .name(A[-1])
    elif kind == 5:
        m.say("Hi, I'm a PhD student, ").name(*subject, role="subject").say(" (student no. ").look(fill("2{7}")) \
            .say("). My thesis chapter \"").look(taken.pick(THESES_EN)).say("\" vanished from ") \
            .look(taken.pick(REFERENCE_MANAGERS)).say(". My supervisor, Professor ").name(*A).say(", and the examiner ").say(hon()) \
            .name(C[-1]).say(" need it by ").look(date_en()).say(". ").name(G[0]).say(" at the library desk tried, but ") \
            .name(G[0]).say(" is off today. I'm on ").entity(any_phone(), "PHONE", "subject").say(", room ") \
            .look(fill("G.{2}")).say(".")
    elif kind == 6:
        m.say("Parish office IT: the printer at ").look(taken.pick(CHURCHES_EN)).say(" won't print the confirmation list ") \
            .look(fill("CL-{3}")).say(": ").name(*A).say(", ").name(*C).say(", ").name(*G).say(".\nThe vicar, Revd ") \
            .name(*S).say(", wants a copy for the organist. Parish office: ").entity(any_phone(), "PHONE") \
            .say(".\nThanks, ").name(*subject, role="subject")
    elif kind == 7:
        m.say("Sports club membership system: coach ").name(*A).say(" can't see the under-").look(fill("1{1}")) \
            .say("s list. Parent ").name(*C).say(" paid ").name(G[0]).say("'s fee of ").look(f"£{R.randint(40, 180)}") \
            .say(" but it shows under ").name(S[0]).say(". Refund to ").entity(iban(), "IBAN", "subject").say(".\n") \
            .name(*subject, role="subject").say(", club secretary, ").entity(any_phone(), "PHONE", "subject")
    elif kind == 8:
        m.say("QA review, call ").look(fill("CR-{7}")).say("\nAgent: ").name(*subject, role="subject") \
            .say("\nReviewer: ").name(*A).say("\nScore: ").look(f"{R.randint(60, 98)}%").say(". ").name(f, role="subject") \
            .say(" verified the caller but read their number ").entity(any_phone(), "PHONE") \
            .say(" aloud. Caller ").name(*C).say(" asked for ").say(hon()).name(G[-1]).say("; transfer fine. Coaching with ") \
            .name(A[0]).say(" on ").look(date_en()).say(".")
    elif kind == 9:
        m.say("Merged ticket ").look(fill("SD-{6}")).say(" (merged: ").look(fill("SD-{6}")).say(", ").look(fill("SD-{6}")) \
            .say(")\nRequesters:\n- ").name(*A).say(", ").entity(any_phone(), "PHONE").say("\n- ").name(*C).say(", ") \
            .entity(any_phone(), "PHONE").say("\n- ").name(*subject, role="subject").say(", ").entity(e, "EMAIL", "subject") \
            .say("\nSame fault: the shared drive won't map. Updates go to ").name(C[0]).say(" and ").name(f, role="subject") \
            .say(" only; ").name(A[0]).say(" withdrew.")
    elif kind == 10:
        mother = others(subject, people, 1, lambda: (R.choice(ANGLO[1] + SWEDISH[1]),))[0]
        taken = Taken(subject, *people, mother)
        m.say("Password reset call. Caller ").name(*subject, role="subject").say(" on ") \
            .entity(any_phone(), "PHONE", "subject").say(". Q1 mother's maiden name: ").name(mother[0]) \
            .say(" – correct. Q2 first pet: ").look(R.choice(PETS_EN)).say(" – correct. Caller also read out the PIN ") \
            .entity(pin(), "CREDENTIAL", "subject").say(" unasked. Temporary password ") \
            .entity(temporary_password(), "CREDENTIAL", "subject").say(" issued; line manager ").name(*A).say(" informed.")
    elif kind == 11:
        old = others(subject, people, 1, lambda: (R.choice(ANGLO[1]),))[0][0]
        taken = Taken(subject, *people, (old,))
        m.say("Rectification request (Article 16 GDPR)\nI married in ").look(date_en()).say(" and changed my surname from ") \
            .name(old, role="subject").say(" to ").name(subject[-1], role="subject").say(". The directory still shows ") \
            .name(f, old, role="subject").say(" and my badge says ").name(old.upper(), role="subject") \
            .say(". Please update my address ").entity(e, "EMAIL", "subject").say(" too.\n").name(*subject, role="subject") \
            .say("\nHandled by: ").name(*A)
    elif kind == 12:
        plain = [ascii_form(p) for p in subject]
        A = others(subject, people, 1, lambda: marked(lambda: tuple(map(nominative, world_fi()))))[0]
        taken = Taken(subject, *people, A)
        m.say("The booking tool shows my name in capitals without marks as ").name(*(p.upper() for p in plain), role="subject") \
            .say(" but the airline wants it as in my passport: ").name(*subject, role="subject").say(". Flight ") \
            .look(fill("FI {3}")).say(" on ").look(date_en()).say(". My colleague ").name(*(ascii_form(p) for p in A)) \
            .say(" (properly ").name(*A).say(") has the same problem.\n").name(f, role="subject").say(", ") \
            .entity(any_phone(), "PHONE", "subject")
    else:
        nick = nickname(f, NICK_EN)
        m.say("SUBJECT: ").name(subject[-1].upper(), role="subject").say(" – VPN DOWN\nHi, ")
        if nick:
            m.say("it's ").name(nick, role="subject").say(" – ")
        m.name(*subject, role="subject").say(" on the ticket. ").name(initial(A[0])).say(" ").name(A[-1]) \
            .say(" approved remote work and ").name(initial(C[0])).say(" ").name(C[-1]).say(" says my account is live. Call ") \
            .entity(any_phone(), "PHONE", "subject").say(" or ask ").name(G[0]).say(".")
    tail(m, taken, WORD_SENTENCES_EN, EXTRA_EN)


def swedish(m, subject, e):
    people = distinct(person_sv, 3, subject)
    A, C, G = people
    f = subject[0]
    taken = Taken(subject, *people)
    kind = R.randrange(6)
    if kind == 0:
        m.say("F Ö L J E S E D E L  ").look(fill("FS{6}")).say("\nMOTTAGARE:\n")
        caps(m, subject, "subject").say("\n").look(taken.pick(STREETS_SV).upper()).say("\nCHAUFFÖR: ")
        split_lines(m, A).say("  tfn ").entity(any_phone(), "PHONE").say("\nSkärmarna kom, men sedeln skannades snett. Kvitterat av ") \
            .name(initial(C[0])).say(" ").name(C[-1]).say(".\n").name(f, role="subject")
    elif kind == 1:
        m.say("Enkätsvar, ärende ").look(fill("SD-{6}")).say(", betyg ").look(f"{R.randint(1, 5)}/5") \
            .say("\nKommentar: \"").name(A[0]).say(" löste det direkt, tack! Före det väntade jag och ") \
            .name(C[0]).say(" kunde inte hjälpa.\"\nSvarande: ").name(*subject, role="subject").say(", ") \
            .entity(e, "EMAIL", "subject")
    elif kind == 2:
        mother = others(subject, people, 1, lambda: (R.choice(SWEDISH[1]),))[0]
        taken = Taken(subject, *people, mother)
        m.say("Lösenordsåterställning per telefon. Uppringare ").name(*subject, role="subject").say(", ") \
            .entity(any_phone(), "PHONE", "subject").say(". Mammas flicknamn: ").name(mother[0]) \
            .say(" – rätt. PIN-kod ").entity(pin(), "CREDENTIAL", "subject").say(" uppgavs. Tillfälligt lösenord ") \
            .entity(temporary_password(), "CREDENTIAL", "subject").say(" skickat; chefen ").name(*A).say(" informerad.")
    elif kind == 3:
        old = others(subject, people, 1, lambda: (R.choice(SWEDISH[1]),))[0][0]
        taken = Taken(subject, *people, (old,))
        m.say("Begäran om rättelse\nJag har gift mig och heter nu ").name(*subject, role="subject") \
            .say(", inte ").name(old, role="subject").say(". Personnumret är oförändrat. Uppdatera också ") \
            .entity(e, "EMAIL", "subject").say(". Handläggare: ").name(*A)
    elif kind == 4:
        m.say("Sammanslaget ärende ").look(fill("SD-{6}")).say("\nBeställare: ").name(*A).say(", ") \
            .entity(any_phone(), "PHONE").say("; ").name(*C).say("; ").name(*subject, role="subject") \
            .say(".\nSvar skickas bara till ").name(C[0]).say(" och ").name(f, role="subject").say(".")
    else:
        m.say("Församlingens IT: skrivaren i ").look(taken.pick(CHURCHES_SV)).say(" kyrka skriver inte ut konfirmandlistan: ") \
            .name(*A).say(", ").name(*C).say(". Kyrkoherde ").name(*G).say(" vill ha en kopia. Pastorsexpeditionen: ") \
            .entity(fi_phone(), "PHONE").say(".\nHälsningar\n").name(*subject, role="subject")
    tail(m, taken, WORD_SENTENCES_SV, EXTRA_SV)


def quantity():
    return str(R.randint(2, 40))


def main():
    counts = collections.Counter()
    for i in range(640):
        language = "fi" if i % 2 == 0 and i % 20 != 18 else ("sv" if i % 10 == 9 else "en")
        m = Message(language, "held-out-24")
        if language == "fi":
            subject = finn() if R.random() < 0.65 else world_fi()
            plain = tuple(map(nominative, subject))
            e = email(plain[0], plain[-1])
            finnish(m, subject, e)
        else:
            plain = person_en() if language == "en" else person_sv()
            e = email(plain[0], plain[-1])
            (english if language == "en" else swedish)(m, plain, e)
        m.known = {"name": " ".join(plain), "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        emit(m, counts)
    if "--stats" in sys.argv:
        print(dict(counts), dict(PHONES), file=sys.stderr)


main()
