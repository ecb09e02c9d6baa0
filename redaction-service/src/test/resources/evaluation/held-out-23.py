#!/usr/bin/env python3
"""Generates the twenty-third held-out set (held-out-23.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 22: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of service-desk text sets 1-22 lack: conference-call invitations with dial-in numbers, conference IDs and
PINs; SMS one-time codes that did not arrive or expired; vendor quotes naming the sales rep, with bank references,
business IDs and e-invoice addresses; software licence audits listing the users over their entitlement; data-subject
access and erasure requests to the data protection officer naming the requester and their representative
(asianajaja, solicitor, ombud); parcel and courier tracking with a collection by proxy; travel and hotel for a
course; team calendars across time zones (Manila, Nairobi, Colombo, Accra, Lima); exit interviews with the return of
equipment and the final pay; sick-leave cover with calls forwarded to the substitute; incident reviews naming the
on-call engineer and the escalation; call transcripts with hesitations and self-corrections ("Aapeli — siis Anselmi —
Kangasmaa", "it's Cosmo — sorry, Everard — Trewin"); chat with BMP emoji (☕ ✅ ⚠) and @mentions (the @ outside the
span); a parent writing about their child with Finnish possessive suffixes (Huugoni, Huugolleni) and the agent's reply
(Huugollesi).
Names: Finnish double given names (Onni-Petteri, Anja-Riitta) and two given names in a row (Kirsti-Helena Vappu-Maria
Pajari, each its own span), rare and double-barrelled Finnish surnames (Kangasmaa, Pitkäranta, Ojala-Rinne,
Pulkkinen-Roos), Finnish surnames that are words (Teräs, Rauta, Kulta, Hopea, Talvi, Syksy, Kevät, Virta, Oksa, Muikku,
Kiiski, Hanki, Kari, Pyy) beside the same words as words in other messages, Karelian and Ingrian (Ontrei, Iivana,
Miihkali, Palaka; Jeskanen, Hoskonen, Remsu, Tynni), Sámi (Biettar, Ásllat, Ingá, Kárená; Kuoljok, Utsi, Oskal,
Vuolab), Russian with patronymics (Grigori Pavlovitš Gorbunov in Finnish messages, Svyatoslav Innokentyevich Tretyakov
in English ones), Ghanaian and Senegalese (Akosua, Adwoa, Kojo, Moussa, Aminata; Asante, Agyemang, Amponsah, Diallo,
Sarr), Kenyan, Ugandan and Tanzanian (Wanjiku, Baraka, Zawadi, Neema; Odhiambo, Kiprotich, Ssempala, Mugisha),
Bangladeshi, Sri Lankan and Pakistani (Tahmina, Rafiq, Tharindu, Dilrukshi; Hossain, Jayasuriya, Wickramasinghe,
Qureshi), Filipino (Marites, Rhodora, Lovely, Jhun; Soriano, Catacutan, Evangelista), Latin American with two surnames
(Yesenia Quispe Mamani, Wilmer Cárdenas Ugarte), Cornish and rare English (Morwenna, Jago, Loveday; Trewin, Chenoweth,
Polglase), English given names and surnames that are words (Meadow, Story, Journey, Juniper, Clover, Rain; Flint,
Slate, Cash, Plumber, Warden, Keeper, Peacock, Teal, Bull), Swedish (Gunnevi, Majvor, Ingvar, Sune; Backlund,
Kullberg, Palmgren) and Swedish surnames that are words (Ek, Lönn, Alm, Ask, Furu, Lind, Strand) beside the words.
Phones: Finnish mobiles and landlines in varied forms (spaced, hyphenated, in one run, +358, 00358, "(0)", 0800) and
national and international forms of Ghana, Senegal, Kenya, Uganda, the Philippines, Sri Lanka, Bangladesh, Pakistan,
Mexico, Colombia, Peru, Singapore, the UK and the US; conference bridges in Finland, Sweden, Germany, the UK and the
US. An extension ("alanumero 312", "ext. 4411") is a look-alike
outside the PHONE span.
Labelling policy for the ambiguous: every dialable telephone number is a PHONE, a person's or a service's: the
conference bridge's dial-in numbers too, role "third" (as the switchboard numbers of held-out.jsonl and the 0800
numbers of set 22), because a redactor cannot tell a bridge's number from a person's by its form and the register
loses nothing by hiding one. What one keys in after the number — a conference ID, a participant or organiser PIN, a
one-time SMS code that has expired or was never used, a bank reference number, an RF creditor reference — identifies
no person and is a look-alike; so are business IDs (Y-tunnus), VAT numbers, e-invoice addresses (0037…), tracking
codes, quote, order, asset, incident and booking numbers, flight numbers, times with their time zones, dates, prices,
versions and licence counts. Shared role addresses (tietosuoja@, dpo@) are EMAIL, role "third". A mis-said name that
the speaker corrects is still a name (NAME). A Finnish possessive suffix stays inside the span (Huugolleni).
Look-alikes also: brands that are surnames (Hilti, Kärcher, Makita, Braun, Zeiss, Heinz, Lindt, Guinness, Levi's,
Kenwood, Citroën, Hewlett-Packard), software named after people (Vivaldi, Grafana Loki, Mimir, Ada, Godot), streets
named after people in Finnish cases and in addresses (Fredrikinkadulle, Annankatu 8, Yrjönkatu 23 A, Liisankadulle,
Baker Street, Regent Street, Albert Embankment, Birger Jarlsgatan, Olof Palmes gata), hotel and course names, and the words
that are this set's names (teräs, rauta, kulta, hopea, talvi, syksy, virta, oksa, kari; flint, slate, petty cash, the
plumber, the fire warden, peacock blue, teal; ek, lönn, ask, furu) — never in a message whose person has that name or
word.
Each name part is its own NAME span; a Finnish ending stays inside the span of the name it ends, an English "'s"
outside; titles and honorifics (asianajaja, tietosuojavastaava, Dr, Ms, fru) outside. Same format as
evaluation-set.jsonl; 640 messages: even ones Finnish, odd ones English, one in twenty English instead of Finnish and
one in ten Swedish (about 45 %, 45 %, 10 %). Each message checks itself before it is printed: Message.check and
message.verify. Name forms new to sets 1-22: see the commit and python3 new-name-forms.py held-out-23.jsonl.
Deterministic: python3 held-out-23.py > held-out-23.jsonl (python3 held-out-23.py --stats adds counts on stderr)"""
import collections
import random
import re
import sys

import identifiers
from message import Message, emit
from name_forms import distinct, foreign, inflect as fi, nen, nominative, origin

R = random.Random(23232323)
PHONES = collections.Counter()

FI_MEN = [fi(n) for n in ["Aapeli", "Onni-Petteri", "Eino-Ilmari", "Taisto-Ilmari", "Reino-Kalevi", "Huugo",
                          "Anselmi", "Elias-Ilmari", "Mikael-Juhani", "Paavo-Ilmari", "Oskari-Ilmari", "Joosua",
                          "Eemeli-Juhani", "Aatu-Ilmari", "Kasperi", "Jesse-Petteri", "Lassi-Petteri", "Eetu-Ilmari",
                          "Kaapo-Kalevi", "Joel-Ilmari", "Niklas-Juhani", "Iivo-Ilmari", "Luka"]] + \
         [fi("Lauri-Matias", "Lauri-Matiakse", "Lauri-Matiakse", par="Lauri-Matiasta", ill="Lauri-Matiakseen"),
          fi("Matias-Johannes", "Matias-Johannekse", "Matias-Johannekse", par="Matias-Johannesta",
             ill="Matias-Johannekseen"),
          fi("Heikki-Pekka", "Heikki-Peka", "Heikki-Pekka"), fi("Teemu-Pekka", "Teemu-Peka", "Teemu-Pekka"),
          fi("Aleksi-Pekka", "Aleksi-Peka", "Aleksi-Pekka"), fi("Arttu-Pekka", "Arttu-Peka", "Arttu-Pekka"),
          fi("Usko-Matti", "Usko-Mati", "Usko-Matti"), fi("Kaiho"), fi("Lemmitty", "Lemmity", "Lemmitty")]
FI_WOMEN = [fi(n) for n in ["Kyllikki-Maria", "Sirkka-Liisa", "Elina-Maria", "Vuokko-Sofia", "Helmi-Maria",
                            "Impi-Maria", "Kirsti-Helena", "Eveliina-Sofia", "Vappu-Maria", "Hanna-Leena",
                            "Merja-Liisa", "Tiia-Maria", "Aino-Kaisa", "Lilja-Maria", "Ella-Sofia", "Iida-Maria",
                            "Venla-Sofia", "Siiri-Liisa", "Helmi-Sofia", "Minea-Maria", "Pihla-Maria", "Neea-Sofia",
                            "Oona-Maria", "Aada-Maria", "Kaisa-Leena", "Maija-Riitta"]] + \
           [fi("Anja-Riitta", "Anja-Riita", "Anja-Riitta"), fi("Reetta-Kaisa"), foreign("Heli-Maarit")]
FI_FIRST = FI_MEN + FI_WOMEN
FI_LAST = [nen(n) for n in ["Kontiainen", "Kärnäinen", "Karjalainen-Pursiainen", "Hämäläinen-Ryynänen",
                            "Kinnunen-Lipponen"]] + \
          [fi(n) for n in ["Pelttari", "Pajari", "Ojanperä", "Latvala", "Lukkala", "Puumala", "Sihvola", "Pelkola",
                           "Rintala", "Peltola-Kivistö", "Salminen-Hietala", "Savolainen-Hakala"]] + \
          [fi("Jäntti", "Jänti", "Jäntti"), fi("Kangasniemi", "Kangasnieme", "Kangasnieme", par="Kangasniemeä",
                                                ill="Kangasniemeen"),
           fi("Kangasmaa", par="Kangasmaata", ill="Kangasmaahan"), fi("Vuorenmaa", par="Vuorenmaata",
                                                                      ill="Vuorenmaahan"),
           fi("Hakanpää", par="Hakanpäätä", ill="Hakanpäähän"),
           fi("Lähteenmäki", "Lähteenmäe", "Lähteenmäke", par="Lähteenmäkeä", ill="Lähteenmäkeen"),
           fi("Ylimäki", "Ylimäe", "Ylimäke", par="Ylimäkeä", ill="Ylimäkeen"),
           fi("Leinonen-Mäki", "Leinonen-Mäe", "Leinonen-Mäke", par="Leinonen-Mäkeä", ill="Leinonen-Mäkeen"),
           fi("Pitkäranta", "Pitkäranna", "Pitkäranta"),
           fi("Palokangas", "Palokankaa", "Palokankaa", par="Palokangasta", ill="Palokankaaseen"),
           fi("Hirvonen-Kokko", "Hirvonen-Koko", "Hirvonen-Kokko"),
           fi("Ojala-Rinne", "Ojala-Rintee", "Ojala-Rintee", par="Ojala-Rinnettä", ill="Ojala-Rinteeseen"),
           fi("Tuomikoski", "Tuomikoske", "Tuomikoske", par="Tuomikoskea", ill="Tuomikoskeen"),
           fi("Pajukallio", par="Pajukalliota"), foreign("Pulkkinen-Roos")]
# Surnames that are ordinary words (teräs steel, rauta iron, kulta gold, hopea silver, talvi winter, syksy autumn,
# kevät spring, virta current, oksa branch, muikku vendace, kiiski ruffe, hanki crusted snow, kari reef, pyy grouse).
FI_WORD_LAST = [fi("Teräs", "Teräkse", "Teräkse", par="Terästä", ill="Teräkseen"),
                fi("Rauta", "Rauda", "Rauta"), fi("Kulta", "Kulla", "Kulta"), fi("Hopea"),
                fi("Talvi", "Talve", "Talve", par="Talvea", ill="Talveen"), fi("Syksy"),
                fi("Kevät", "Kevää", "Kevää", par="Kevättä", ill="Kevääseen"), fi("Virta"), fi("Oksa"),
                fi("Muikku", "Muiku", "Muikku"), fi("Kiiski", "Kiiske", "Kiiske", par="Kiiskeä", ill="Kiiskeen"),
                fi("Hanki", "Hange", "Hanke", par="Hankea", ill="Hankeen"), fi("Kari"),
                fi("Pyy", par="Pyytä", ill="Pyyhyn")]
WORD_SENTENCES_FI = [("Teräs", "Palvelinkaapin ovi on ", "terästä", ", ei lasia."),
                     ("Rauta", "Telineet tilattiin ", "rautakaupasta", "."),
                     ("Kulta", "Uusi puhelin on väriltään ", "kulta", "."),
                     ("Hopea", "Tiimi sai ", "hopeaa", " työpaikkojen salibandyturnauksessa."),
                     ("Talvi", "", "Talvella", " etätyöpisteiden verkko hidastuu."),
                     ("Syksy", "", "Syksyllä", " vaihdetaan kaikki näppäimistöt."),
                     ("Kevät", "", "Keväällä", " siirrymme uuteen tikettijärjestelmään."),
                     ("Virta", "Näytön ", "virta", "valo vilkkuu oranssina."),
                     ("Oksa", "Myrskyssä ", "oksa", " katkaisi valokuidun."),
                     ("Muikku", "Ruokalassa on tänään ", "muikkua", "."),
                     ("Hanki", "Pysäköintialue on ", "hangen", " alla."),
                     ("Kari", "Yhteysalus ajoi ", "karille", ", ja saaren toimisto on ilman verkkoa.")]
KARELIAN = ([fi(n) for n in ["Ontrei", "Iivana", "Miihkali", "Vasle", "Nasti", "Maura", "Iro", "Palaka", "Huotari"]] +
            [fi("Okku", "Oku", "Okku")],
            [nen(n) for n in ["Jeskanen", "Hoskonen", "Homanen", "Kuikanen", "Sissonen", "Kononen", "Kirjanen",
                              "Trohkimainen"]] + [fi(n) for n in ["Remsu", "Jouhki", "Tynni", "Prokkola", "Artamo"]] +
            [foreign("Dorofejev")])
SAMI = origin(["Biettar", "Ásllat", "Ingá", "Kárená", "Hánsa", "Jovsset", "Gáddja", "Ánne-Sire", "Piera-Hánsa",
               "Nils-Ánte", "Elle-Máret", "Ristiina", "Nilla", "Gáren", "Mázzi"],
              ["Kuoljok", "Utsi", "Oskal", "Vuolab", "Palto", "Ljetoff", "Näkkälä", "Labba-Sara"])
WEST_AFRICAN = origin(["Akosua", "Efua", "Adwoa", "Afia", "Kojo", "Kweku", "Moussa", "Aminata", "Ousmane", "Mariama",
                       "Cheikh", "Ibrahima"],
                      ["Asante", "Appiah", "Darko", "Agyemang", "Ofori", "Amponsah", "Osei-Bonsu", "Diallo", "Diop",
                       "Sarr", "Camara", "Bangura", "Kamara", "Sesay", "Koroma"])
EAST_AFRICAN = ([foreign(n) for n in ["Wanjiku", "Njeri", "Kipchoge", "Baraka", "Zawadi", "Juma", "Neema", "Rehema",
                                      "Tumaini", "Faraji", "Nyokabi", "Makena", "Wairimu"]] +
                [fi("Wambui", par="Wambuita")],
                [foreign(n) for n in ["Odhiambo", "Kiprono", "Njoroge", "Wekesa", "Okello", "Nakato", "Ssempala",
                                      "Kiprotich", "Cheruiyot", "Wafula", "Ochieng", "Mugisha", "Tumusiime",
                                      "Kyomugisha", "Kimani", "Nyambura"]])
SOUTH_ASIAN = ([foreign(n) for n in ["Tahmina", "Rafiq", "Nusrat", "Imran", "Farhana", "Sanjeewa", "Tharindu",
                                     "Dilani", "Shahnaz", "Mahbub", "Rubina", "Nirosha", "Chaminda", "Ruwan",
                                     "Dilrukshi", "Thilini", "Sajjad", "Rizwan"]],
               [foreign(n) for n in ["Rahman", "Perera", "Jayasuriya", "Wickramasinghe", "Qureshi", "Gunawardena",
                                     "Hossain", "Talukder", "Bhuiyan", "Zaidi", "Abeysekera", "Senanayake",
                                     "Dissanayake"]] +
               [fi("Siddiqui", par="Siddiquita"), fi("Bhattarai", par="Bhattaraita"), fi("Farooqui", par="Farooquita")])
FILIPINO = origin(["Marites", "Lorna", "Mariel", "Rhodora", "Lovely", "Joycelyn", "Nenita", "Ferdinand", "Jhun"],
                  ["Soriano", "Mendoza", "Lacson", "Evangelista", "Catacutan", "Bernabe", "Concepcion"])
LATIN = origin(["Yesenia", "Xiomara", "Wilmer", "Jhon", "Yuliana", "Deysi", "Brayan", "Maicol", "Rigoberto",
                "Guadalupe", "Maximiliano", "Florencia", "Agustina"],
               ["Quispe", "Mamani", "Huamán", "Velásquez", "Pacheco", "Zúñiga", "Condori", "Cárdenas", "Betancourt",
                "Aguilar", "Ocampo", "Villarroel", "Sepúlveda", "Cifuentes", "Ayala", "Benítez", "Bustamante",
                "Monsalve", "Ugarte", "Jaramillo"])
WORLD = [SAMI, WEST_AFRICAN, EAST_AFRICAN, SOUTH_ASIAN, FILIPINO, LATIN]
# Russian names with patronymics, in the Finnish transliteration for Finnish messages and the English one for
# English messages: (given names, patronymics, surnames) of men and of women.
RUSSIAN_FI = {"m": ([foreign(n) for n in ["Grigori", "Svjatoslav", "Arseni", "Afanasi", "Innokenti"]],
                    [foreign(n) for n in ["Sergejevitš", "Gennadjevitš", "Valerjevitš", "Innokentjevitš", "Jegorovitš",
                                          "Timurovitš", "Pavlovitš"]],
                    [foreign(n) for n in ["Jermolajev", "Lavrentjev", "Gorbunov", "Tretjakov", "Jefimov",
                                          "Nikiforov"]]),
              "f": ([foreign(n) for n in ["Varvara", "Uljana", "Jaroslava", "Jevdokija"]],
                    [foreign(n) for n in ["Pavlovna", "Anatoljevna", "Borisovna", "Filippovna", "Matvejevna"]],
                    [foreign(n) for n in ["Semjonova", "Štšukina", "Belousova", "Šarapova", "Kudrjavtseva"]])}
RUSSIAN_EN = {"m": (["Grigory", "Svyatoslav", "Arseny", "Afanasy", "Innokenty"],
                    ["Sergeyevich", "Gennadyevich", "Valeryevich", "Innokentyevich", "Yegorovich", "Timurovich"],
                    ["Yermolayev", "Lavrentyev", "Gorbunov", "Tretyakov", "Yefimov", "Nikiforov"]),
              "f": (["Varvara", "Ulyana", "Yaroslava", "Yevdokiya"],
                    ["Pavlovna", "Anatolyevna", "Borisovna", "Filippovna", "Matveyevna"],
                    ["Semyonova", "Shchukina", "Belousova", "Sharapova", "Kudryavtseva"])}
ANGLO = (["Cosmo", "Hector", "Ivor", "Aurelia", "Honoria", "Mervyn", "Clifford", "Osbert", "Hildegard", "Wystan",
          "Isadora", "Leonora", "Seraphina", "Zillah", "Keziah", "Morwenna", "Demelza", "Jago", "Kerensa", "Lowenna",
          "Petroc", "Tristram", "Perran", "Everard", "Lancelot", "Albertine", "Loveday", "Digory", "Elowen", "Wenna"],
         ["Treloar", "Penrose", "Polglase", "Trewin", "Chenoweth", "Tregenza", "Angove", "Nankervis", "Trounson",
          "Tonkin", "Trebilcock", "Goodchild", "Lovejoy", "Merriman", "Fairbrother", "Sweetman", "Goodenough",
          "Arrowsmith", "Bowyer", "Gladwell", "Reeve", "Cutler", "Spicer", "Salter", "Chamberlain"])
# English given names and surnames that are also words.
EN_WORD_FIRST = ["Meadow", "Story", "Journey", "Juniper", "Clover", "Rain", "Saffron", "Linden", "Briar"]
EN_WORD_LAST = ["Flint", "Slate", "Cash", "Plumber", "Warden", "Keeper", "Peacock", "Teal", "Bull", "Gardener",
                "Marshal", "Turner", "Miller", "Carver"]
WORD_SENTENCES_EN = [("Flint", "The old office lighter is a ", "flint", " one, not a USB one."),
                     ("Slate", "The ", "slate", " roof over the server room leaks again."),
                     ("Cash", "The petty ", "cash", " box key is missing from reception."),
                     ("Plumber", "The ", "plumber", " cut the network cable in the basement."),
                     ("Warden", "The fire ", "warden", " needs the evacuation list printed."),
                     ("Keeper", "The goal", "keeper", " gloves from the five-a-side are in lost property."),
                     ("Peacock", "The new theme is ", "peacock", " blue and hard to read."),
                     ("Teal", "Please change the banner back from ", "teal", " to grey."),
                     ("Bull", "Finance calls it a ", "bull", " market for laptops."),
                     ("Gardener", "The ", "gardener", " unplugged the gate camera."),
                     ("Marshal", "The car-park ", "marshal", " has no radio."),
                     ("Turner", "That thriller was a page-", "turner", ", says the book club."),
                     ("Meadow", "The ", "meadow", " behind the depot floods the cable duct."),
                     ("Story", "Each user ", "story", " needs acceptance criteria."),
                     ("Journey", "The onboarding ", "journey", " has eleven steps."),
                     ("Juniper", "The ", "Juniper", " switch in rack 4 reboots at night."),
                     ("Clover", "The ", "Clover", " card reader in the canteen is offline."),
                     ("Rain", "", "Rain", " got into the loading-bay access point."),
                     ("Saffron", "The new wallpaper is ", "saffron", " yellow."),
                     ("Linden", "The ", "linden", " by the gate drops sap on the bike shed camera."),
                     ("Briar", "The ", "briar", " hedge hides the outdoor antenna.")]
SWEDISH = origin(["Gunnevi", "Majvor", "Ingvar", "Sune", "Märit", "Elvy", "Gullan", "Ingeborg", "Berit", "Gun",
                  "Vide"],
                 ["Backlund", "Kullberg", "Palmgren", "Rosenlund", "Bergvik", "Sjöstrand", "Lundell", "Ahlfors",
                  "Liljeqvist", "Stenbäck", "Wester"])
# Swedish surnames that are words (ek oak, lönn maple, alm elm, ask box, furu pine, lind linden, strand beach).
SV_WORD_LAST = ["Ek", "Lönn", "Alm", "Ask", "Furu", "Lind", "Strand"]
WORD_SENTENCES_SV = [("Ek", "Det nya skrivbordet är i ", "ek", "."), ("Lönn", "Skåpet är av ", "lönn", "."),
                     ("Alm", "En ", "alm", " föll över fiberkabeln i natt."),
                     ("Ask", "Lägg adaptrarna i en ", "ask", " i förrådet."),
                     ("Furu", "Hyllorna i arkivet är av ", "furu", "."),
                     ("Lind", "Kameran sitter i en ", "lind", " vid grinden."),
                     ("Strand", "Sommarkontoret ligger vid en ", "strand", " utan täckning.")]
DOMAINS = ["kuntayhtyma.example.fi", "verkkokauppa.example.fi", "pohjanrata.example.fi", "tregarth.example.co.uk",
           "harbourline.example.com", "skargard.example.se", "vendor.example.net"]
DPO_MAIL = {"fi": ["tietosuoja@kuntayhtyma.example.fi", "tietosuojavastaava@pohjanrata.example.fi"],
            "en": ["dpo@tregarth.example.co.uk", "privacy@harbourline.example.com"],
            "sv": ["dataskydd@skargard.example.se"]}
VENDORS_FI = ["Lakeuden Lisenssit Oy", "Pohjolan Toimistokone Oy", "Kaakon Verkkopalvelu Oy", "Oy Itäkaapeli Ab"]
VENDORS_EN = ["Tregarth Systems Ltd", "Harbourline Supplies Ltd", "Copperleaf Licensing Ltd"]
VENDORS_SV = ["Skärgårdens Data AB", "Nordvik Kontorsteknik Ab"]
COURSES_FI = ["ITIL 4 Foundation", "Azure Administrator -kurssi", "Tietosuojan perusteet", "PRINCE2 Practitioner"]
COURSES_EN = ["ITIL 4 Foundation", "AZ-104", "CISSP bootcamp", "Kubernetes CKA prep"]
HOTELS = ["Hotel Kalevankulma", "Scandic Simonkenttä", "Holiday Inn Tampere", "Original Sokos Hotel Vaakuna",
          "Premier Inn King's Cross", "Radisson Blu Waterfront"]
SOFTWARE = ["Adobe Creative Cloud", "Microsoft Project", "Visio Plan 2", "AutoCAD", "MATLAB", "Tableau", "Camtasia",
            "Snagit", "ArcGIS Pro", "Power BI Pro", "Vivaldi", "Godot"]
STREETS_FI = ["Fredrikinkatu 41", "Annankatu 8", "Yrjönkatu 23 A", "Eerikinkatu 15", "Liisankatu 6",
              "Agricolankatu 9", "Sturenkatu 27", "Sofiankatu 4"]
STREETS_FI_CASE = ["Fredrikinkadulle", "Annankadulle", "Yrjönkadulle", "Liisankadulle", "Eerikinkadulle",
                   "Sturenkadulle"]
STREETS_EN = ["221 Baker Street", "14 Regent Street", "Abbey Road Studios", "2 Albert Embankment", "9 Gloucester Road",
              "Elizabeth House"]
STREETS_SV = ["Birger Jarlsgatan 12", "Olof Palmes gata 3", "Annegatan 19", "Georgsgatan 7", "Karlavägen 40"]


def fill(pattern):
    return identifiers.fill(R, pattern)


def phone(country, patterns):
    PHONES[country] += 1
    return fill(R.choice(patterns))


def fi_phone():
    """Finnish mobiles and landlines as people write them."""
    return phone("FI", ["040 {3} {4}", "0400-{3} {3}", "+358 40 {3} {4}", "+358-40-{7}", "00358 50 {3} {4}",
                        "050-{3} {2} {2}", "041 {7}", "044{7}", "045-{3} {4}", "+358 (0)44 {3} {4}", "0500 {3} {3}",
                        "+358 46 {4} {3}", "(09) {4} {4}", "09-{3} {4}", "+358 9 {3} {4}", "(014) {3} {4}",
                        "+358 (0)17 {3} {4}", "06-{3} {4}", "08 {3} {4}", "019 {3} {4}"])


FOREIGN = {"GH": ["+233 24 {3} {4}", "024 {3} {4}", "+233 (0)30 {3} {4}"],
           "SN": ["+221 77 {3} {2} {2}", "77 {3} {2} {2}"],
           "KE": ["+254 7{2} {3} {3}", "07{2} {6}", "+254 (0)20 {3} {4}"],
           "UG": ["+256 77{1} {6}", "0772 {6}"],
           "PH": ["+63 917 {3} {4}", "0917 {3} {4}", "+63 (2) 8{3} {4}"],
           "LK": ["+94 77 {3} {4}", "077 {3} {4}", "+94 11 {3} {4}"],
           "BD": ["+880 17{2}-{6}", "017{2}-{6}"],
           "PK": ["+92 300 {7}", "0300 {7}", "+92 (0)42 {4} {4}"],
           "MX": ["+52 55 {4} {4}", "55 {4} {4}", "+52 1 33 {4} {4}"],
           "CO": ["+57 3{2} {3} {4}", "3{2} {3} {4}", "+57 (601) {3} {4}"],
           "PE": ["+51 9{2} {3} {3}", "9{2} {3} {3}", "+51 (1) {3} {4}"],
           "SG": ["+65 {4} {4}", "+65 6{3} {4}"],
           "UK": ["+44 7{3} {6}", "07{3} {6}", "+44 (0)1872 {6}", "01736 {6}"],
           "US": ["+1 (415) {3}-{4}", "503-{3}-{4}", "+1 617 {3} {4}"]}
# Where each country's numbers are said to be: English, Finnish inessive, Swedish; and the UTC offset in summer.
WHERE = {"GH": ("Accra", "Accrassa", "Accra", 0), "SN": ("Dakar", "Dakarissa", "Dakar", 0),
         "KE": ("Nairobi", "Nairobissa", "Nairobi", 3), "UG": ("Kampala", "Kampalassa", "Kampala", 3),
         "PH": ("Manila", "Manilassa", "Manila", 8), "LK": ("Colombo", "Colombossa", "Colombo", 5.5),
         "BD": ("Dhaka", "Dhakassa", "Dhaka", 6), "PK": ("Lahore", "Lahoressa", "Lahore", 5),
         "MX": ("Mexico City", "Mexico Cityssä", "Mexico City", -6), "CO": ("Bogotá", "Bogotássa", "Bogotá", -5),
         "PE": ("Lima", "Limassa", "Lima", -5), "SG": ("Singapore", "Singaporessa", "Singapore", 8),
         "UK": ("Truro", "Trurossa", "Truro", 1), "US": ("Portland", "Portlandissa", "Portland", -7)}
# Conference bridges' dial-in numbers: a service's numbers, labelled PHONE like any number one dials.
BRIDGES = {"FI": ["+358 9 {4} {4}", "09 {4} {4}", "0800 {3} {3}"], "UK": ["+44 20 {4} {4}", "0800 {3} {4}"],
           "US": ["+1 855-{3}-{4}", "+1 646 {3} {4}"], "SE": ["+46 8 {3} {3} {2}", "020-{2} {2} {2}"],
           "DE": ["+49 69 {4} {4}"]}


def foreign_phone(country=None):
    country = country or R.choice(sorted(FOREIGN))
    return phone(country, FOREIGN[country])


def any_phone():
    return fi_phone() if R.random() < 0.5 else foreign_phone()


def bridge(country):
    return phone("bridge-" + country, BRIDGES[country])


def with_extension(m, number, language, role="third"):
    """A number and its extension: the extension is a look-alike outside the span (one dials the number, then asks)."""
    m.entity(number, "PHONE", role)
    m.say(R.choice({"fi": [", alanumero ", " / sisänumero "], "en": [" ext. ", " x"], "sv": [" ankn. "]}[language])) \
        .look(fill(R.choice(["{3}", "{4}"])))
    return m


def dial_string(m, country):
    """A bridge number with the conference ID keyed in after the pauses: "+358 9 1234 5678,,445566778#"."""
    conference = fill("{9}")
    m.entity(bridge(country), "PHONE").say(",,").look(conference).say("#")
    return conference


def email(first, last):
    return identifiers.address(R, first, last.split()[-1], DOMAINS)


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(55, 99)), ("A", R.randint(0, 5))]))


def iban():
    if R.random() < 0.6:
        return identifiers.written_iban(R)
    return identifiers.written_foreign_iban(R, *R.choice([("SE", "{20}"), ("GB", "MIDL{14}"), ("DE", "{18}"),
                                                          ("EE", "{16}"), ("PT", "{21}")]))


def card():
    return identifiers.written_card(R)


def date(year=True):
    return f"{R.randint(1, 28)}.{R.randint(1, 12)}." + ("2027" if year else "")


def date_en():
    return f"{R.randint(1, 28)} {R.choice(['March', 'April', 'June', 'September', 'October', 'November'])} 2027"


def clock(sep=":"):
    return f"{R.randint(7, 17):02d}{sep}{R.choice(['00', '15', '30', '45'])}"


def reference_fi():
    """A Finnish bank reference number (viitenumero), in groups of five."""
    digits = fill("{" + str(R.randint(6, 12)) + "}")
    weights = [7, 3, 1]
    check = (10 - sum(int(c) * weights[i % 3] for i, c in enumerate(reversed(digits))) % 10) % 10
    n = digits + str(check)
    return " ".join(reversed([n[max(0, i - 5):i] for i in range(len(n), 0, -5)]))


def rf_reference():
    """An RF creditor reference: two letters and two digits in front like an IBAN, but no bank account."""
    body = fill("{" + str(R.randint(8, 14)) + "}")
    check = 98 - int(body + "271500") % 97
    full = f"RF{check:02d}{body}"
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


TRACKING = {"Posti": "JJFI6{5}00000{6}", "UPS": "1Z{3}E{3}68{8}", "DHL Express": "JD01460000{8}",
            "DPD": "0{13}", "PostNord": "CX{9}SE"}


def tracking(carrier=None):
    """A carrier and its tracking code."""
    carrier = carrier or R.choice(sorted(TRACKING))
    return carrier, fill(TRACKING[carrier])


def date_range(language):
    """A first and a last day in order: "3.4.", "17.4.2027"."""
    month, start = R.randint(1, 12), R.randint(1, 14)
    return f"{start}.{month}.", f"{start + R.randint(1, 14)}.{month}.2027"


def quantity():
    return str(R.randint(3, 60))


def business_id():
    return R.choice([fill("{7}-{1}"), fill("FI{8}"), fill("GB{9}"), fill("SE{10}01")])


def einvoice():
    return fill("0037{8}")


# Look-alikes drawn by name: brands that are surnames, software named after people.
NAMED_FI = [("Porakone on ", "Hiltin", ", ei meidän."), ("Pihan painepesuri on ", "Kärcherin", "."),
            ("Akkuporakoneen laturi on ", "Makitan", "."), ("Taukotilan vedenkeitin on ", "Braunin", "."),
            ("Mikroskoopin kamera on ", "Zeissin", "."), ("Kahvion ketsuppi on ", "Heinzin", "."),
            ("Joulupukki toi ", "Lindtin", " suklaata."), ("Tiimi lähti ", "Guinnessille", " perjantaina."),
            ("Kokouskaiuttimet ovat ", "Kenwoodin", "."), ("Huoltoauto on ", "Citroën", " Berlingo."),
            ("Vanha palvelin on ", "Hewlett-Packardin", " aikaa."), ("Lokit kerätään ", "Grafana Lokiin", "."),
            ("Metriikat tallennetaan ", "Mimiriin", "."), ("Ohjausjärjestelmä on kirjoitettu ", "Adalla", "."),
            ("Opetuspeli tehdään ", "Godotilla", "."), ("Kioskiselain on ", "Vivaldi", "."),
            ("Toimisto muuttaa ", None, "."), ("Lähetys menee osoitteeseen ", None, "."), ("Tilaus ", None,
                                                                                             " on toimitettu."),
            ("Toimittaja on ", None, "."), ("Versio ", None, " korjaa vian.")]
NAMED_EN = [("The drill is a ", "Hilti", "."), ("The yard pressure washer is a ", "Kärcher", "."),
            ("The kettle in the kitchen is a ", "Braun", "."), ("The lab microscope camera is a ", "Zeiss", "."),
            ("The canteen ran out of ", "Heinz", " ketchup."), ("The team went for a ", "Guinness", " on Friday."),
            ("The new workwear includes ", "Levi's", " jeans."), ("The pool car is a ", "Citroën", " Berlingo."),
            ("The old server is a ", "Hewlett-Packard", " from 2012."), ("Logs go to ", "Grafana Loki", "."),
            ("The kiosk browser is ", "Vivaldi", "."), ("The training game is built with ", "Godot", "."),
            ("Deliveries go to ", None, "."), ("Order ", None, " has shipped."), ("The supplier is ", None, "."),
            ("Version ", None, " fixes it.")]
NAMED_SV = [("Borrmaskinen är en ", "Hilti", "."), ("Vattenkokaren är en ", "Braun", "."),
            ("Leveransen går till ", None, "."), ("Ärende ", None, " är öppet."), ("Version ", None, " rättar felet.")]


def filled(before):
    """The look-alike of a template whose look-alike is drawn fresh."""
    table = {"Toimisto muuttaa ": lambda: R.choice(STREETS_FI_CASE), "Lähetys menee osoitteeseen ":
             lambda: R.choice(STREETS_FI), "Tilaus ": lambda: fill("TIL-{6}"),
             "Toimittaja on ": lambda: R.choice(VENDORS_FI), "Versio ": lambda: fill("{1}.{1}.{3}"),
             "Deliveries go to ": lambda: R.choice(STREETS_EN), "Order ": lambda: fill("PO-{7}"),
             "The supplier is ": lambda: R.choice(VENDORS_EN), "Version ": lambda: fill("{2}.{1}.{4}"),
             "Leveransen går till ": lambda: R.choice(STREETS_SV), "Ärende ": lambda: fill("ÄR-{5}")}
    return table[before]()


def forms(part):
    return set(part.values()) if isinstance(part, dict) else {part}


class Taken:
    """The names a message uses, every form, so that its look-alikes can avoid them."""
    def __init__(self, *people):
        self.words, self.stems = set(), set()
        for person in people:
            for part in person:
                for form in forms(part):
                    self.words |= {w.lower() for w in re.findall(r"\w+", form)}
                self.stems |= {w.lower()[:max(3, len(w) - 1)] for w in re.findall(r"\w+", nominative(part))}

    def free(self, text):
        return not any(w.lower() in self.words or any(w.lower().startswith(s) for s in self.stems)
                       for w in re.findall(r"\w+", text))

    def pick(self, options):
        return R.choice([o for o in options if self.free(o)])


def tail(m, taken, named, words):
    """One or two look-alike sentences at the end, none holding a name this message uses."""
    fitting = [(b, w, a) for b, w, a in named if w is None or taken.free(w)] + \
              [(b, w, a) for s, b, w, a in words if taken.free(s) and taken.free(w)]
    for before, word, after in R.sample(fitting, 1 if R.random() < 0.5 else 2):
        m.say("\n").say(before).look(word if word is not None else filled(before)).say(after)


def possessive(part, suffix):
    """A given name in the nominative or genitive with a possessive suffix on its strong stem: Heikki-Pekkani
    (my Heikki-Pekka), Heli-Maaritisi (your Heli-Maarit)."""
    return part["ess"][:-2] + suffix


def clocks(n):
    """n times of one day in order, as chat lines show them."""
    start = R.randint(7 * 60, 15 * 60)
    times = sorted(start + R.randint(0, 120) for _ in range(n))
    return [f"{t // 60:02d}:{t % 60:02d}" for t in times]


def cap(s):
    return s[0].upper() + s[1:]


def russian(table):
    firsts, fathers, lasts = table[R.choice("mf")]
    return R.choice(firsts), R.choice(fathers), R.choice(lasts)


def finn():
    """A Finn: a word surname one time in four, two given names in a row one time in eight."""
    first = R.choice(FI_FIRST)
    last = R.choice(FI_WORD_LAST) if R.random() < 0.25 else R.choice(FI_LAST)
    if R.random() < 0.12:
        second = R.choice([n for n in FI_FIRST if n is not first and (n in FI_MEN) == (first in FI_MEN)])
        return first, second, last
    return first, last


def world():
    """A person of one of the other origins; a Latin American one mostly with both surnames."""
    firsts, lasts = origin_ = R.choice(WORLD)
    if origin_ is LATIN and R.random() < 0.7:
        return R.choice(firsts), *R.sample(lasts, 2)
    return R.choice(firsts), R.choice(lasts)


def local_time(hour, offset, sep):
    """The local time somewhere offset hours from UTC when it is hour o'clock in Finland in summer (UTC+3)."""
    minutes = int((hour - 3 + offset) * 60) % (24 * 60)
    return f"{minutes // 60}{sep}{minutes % 60:02d}"


def person_fi():
    """A person in a Finnish message: Finnish half the time, else Karelian, Sámi, Russian or of another origin."""
    roll = R.random()
    if roll < 0.5:
        return finn()
    if roll < 0.6:
        return R.choice(KARELIAN[0]), R.choice(KARELIAN[1])
    if roll < 0.66:
        return russian(RUSSIAN_FI)
    if roll < 0.95:
        return world()
    firsts, lasts = R.choice([(ANGLO[0], ANGLO[1]), (SWEDISH[0], SWEDISH[1])])
    return tuple(foreign(nominative(x)) for x in (R.choice(firsts), R.choice(lasts)))


def person_en():
    roll = R.random()
    if roll < 0.12:
        return R.choice(EN_WORD_FIRST), R.choice(ANGLO[1] + EN_WORD_LAST)
    if roll < 0.4:
        return R.choice(ANGLO[0]), R.choice(ANGLO[1] + EN_WORD_LAST)
    if roll < 0.45:
        return russian(RUSSIAN_EN)
    if roll < 0.82:
        return tuple(map(nominative, world()))
    return tuple(map(nominative, finn() if R.random() < 0.7 else (R.choice(KARELIAN[0]), R.choice(KARELIAN[1]))))


def person_sv():
    roll = R.random()
    if roll < 0.45:
        return nominative(R.choice(SWEDISH[0])), nominative(R.choice(SWEDISH[1]))
    if roll < 0.6:
        return nominative(R.choice(SWEDISH[0])), R.choice(SV_WORD_LAST)
    if roll < 0.8:
        return tuple(map(nominative, finn()))
    return tuple(map(nominative, world()))


def full(m, person, case="nom", role="third"):
    """A full name in a Finnish message: the given names stay in the nominative, the surname takes the case."""
    return m.name(*[p["nom"] for p in person[:-1]], person[-1][case], role=role)


def names(m, person, role="third"):
    """A full name in an English or Swedish message."""
    return m.name(*person, role=role)


def genitive_sv(n):
    return n if n.endswith(("s", "x", "z")) else n + "s"


def finnish(m, subject, e):
    """A Finnish message about subject (name-form dicts) with e-mail e."""
    people = distinct(lambda: finn() if R.random() < 0.4 else person_fi(), 5, subject)
    A, C, G, S, U = people
    f = subject[0]
    taken = Taken(subject, *people)
    kind = R.randrange(14)
    if kind == 0:
        country = R.choice(["FI", "FI", "SE", "DE", "UK"])
        m.say("Kutsu: Toimittajapalaveri, ").look(date()).say(" klo ").look(clock(".")).say("\nJärjestäjä: ")
        full(m, subject, role="subject").say("\nLiity puhelimitse: ")
        conference = dial_string(m, country)
        m.say(" (").say({"FI": "Suomi", "SE": "Ruotsi", "DE": "Saksa", "UK": "Iso-Britannia"}[country]) \
            .say(")\nNeuvottelutunnus: ").look(" ".join([conference[:3], conference[3:6], conference[6:]])) \
            .say("#\nOsallistujan PIN: ").look(fill("{4}")).say("\nPakolliset: ")
        full(m, A).say("; ")
        full(m, C).say("\nValinnainen: ")
        full(m, G).say("\nJos yhteys ei toimi, soita suoraan ").name(A[0]["all"]).say(" numeroon ") \
            .entity(fi_phone(), "PHONE").say(".")
    elif kind == 1:
        m.say("Hei! En saa tekstiviestikoodia numerooni ").entity(fi_phone(), "PHONE", "subject") \
            .say(". Viimeisin koodi ").look(fill("{6}")).say(" vanheni ennen kuin ehdin syöttää sen, ja nyt tulee virhe ") \
            .look(fill("AADSTS{5}")).say(". Esimieheni ")
        full(m, A).say(" pyysi kysymään, voiko koodin lähettää ").name(C[0]["all"]).say(", joka istuu vieressäni. ") \
            .say("Pankin maksuun käytin eri koodia, se toimi.\nt. ")
        full(m, subject, role="subject")
    elif kind == 2:
        vendor = taken.pick(VENDORS_FI)
        m.say("Tarjous ").look(fill("TARJ-2027-{4}")).say(" / ").look(vendor).say("\nHei ")
        m.name(f["nom"], role="subject").say(",\nkiitos tarjouspyynnöstä. ").look(count := quantity()) \
            .say(" kpl kannettavia, yhteensä ") \
            .look(f"{int(count) * R.randint(700, 1900):,},00 €".replace(",", " ", 1)).say(" alv 0 %. Myyjänä toimii ")
        full(m, A).say(" (").entity(email(A[0]["nom"], A[-1]["nom"]), "EMAIL").say(", ") \
            .entity(fi_phone(), "PHONE").say("). Lomien aikana tarjousta hoitaa ")
        full(m, C).say(".\nY-tunnus ").look(fill("{7}-{1}")).say(", verkkolaskuosoite ").look(einvoice()) \
            .say(", viitenumero ").look(reference_fi()).say(".\nHyväksyntä: hankintapäällikkö ")
        full(m, G, "gen").say(" kautta.")
    elif kind == 3:
        software = taken.pick(SOFTWARE)
        m.say("Lisenssitarkastus: ").look(software).say("\nAsennuksia ").look(fill("1{2}")).say(", lisenssejä ") \
            .look(quantity()).say(". Ylimääräinen asennus löytyi ")
        full(m, A, "abl").say(", ")
        full(m, C, "abl").say(" ja ")
        full(m, G, "abl").say(". ").name(cap(A[0]["nom"])).say(" ei käytä ohjelmaa, joten poistamme sen. ") \
            .name(cap(C[0]["gen"])).say(" lisenssi siirretään ").name(S[0]["nom"], S[-1]["all"]) \
            .say(". Tarkastuksen teki ")
        full(m, subject, role="subject").say(", kustannuspaikka ").look(fill("KP{4}")).say(".")
    elif kind == 4:
        dpo = R.choice(DPO_MAIL["fi"])
        m.say("Tietosuojavastaava ")
        full(m, A).say(" (").entity(dpo, "EMAIL").say(")\nAsia: tietojen poistopyyntö ") \
            .look(fill("TSV-2027-{3}")).say("\nRekisteröity ")
        full(m, subject, role="subject").say(", henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say(", pyytää poistamaan kaikki tukipalvelun tallenteet. Hänen asiamiehenään toimii asianajaja ")
        full(m, C).say(" valtakirjalla ").look(date()).say(". Vastaus lähetetään ").name(C[0]["nom"], C[-1]["all"]) \
            .say(" kuukauden kuluessa. Puhelutallenteista vastaa ")
        full(m, G).say(", jolta pyydetään luettelo ").look(quantity()).say(" tallenteesta.")
    elif kind == 5:
        carrier, code = tracking()
        m.say(carrier).say("-lähetys ").look(code).say(" (tilaus ").look(fill("TIL-{6}")).say(") on noudettavissa ") \
            .look(taken.pick(STREETS_FI)).say(".\nVastaanottaja: ")
        full(m, subject, role="subject").say(", ").entity(fi_phone(), "PHONE", "subject") \
            .say("\nNäyttö ja telakka noudetaan valtakirjalla: noutaja ")
        full(m, A).say(". Jos ").name(A[0]["nom"]).say(" ei ehdi, paketin voi antaa ")
        full(m, C, "all").say(". Lähetyksen seurantakoodi lähetettiin tekstiviestillä, noutokoodi ") \
            .look(fill("{4}")).say(".")
    elif kind == 6:
        course = R.choice(COURSES_FI)
        first, last = date_range("fi")
        m.say("Koulutusmatka: ").look(course).say(", ").look(first).say("–").look(last) \
            .say("\nOsallistujat: ")
        full(m, subject, role="subject").say(", ")
        full(m, A).say(" ja ")
        full(m, C).say("\nHotelli: ").look(taken.pick(HOTELS)).say(", vahvistus ").look(fill("{8}")) \
            .say(". Huone jaetaan ").name(A[0]["gen"]).say(" kanssa.\nMatkat maksetaan kortilla ") \
            .entity(card(), "PAYMENT_CARD", "subject").say(". Esimies ")
        full(m, G).say(" hyväksyi matkan; laskut ").name(G[0]["nom"], G[-1]["all"]).say(".")
    elif kind == 7:
        countries = R.sample(sorted(FOREIGN), 2)
        x, y = distinct(world, 2, tuple(p for q in [subject] + people for p in q))
        taken = Taken(subject, *people, x, y)
        hour = R.randint(8, 11)
        m.say("Tiimin viikkopalaveri tiistaisin klo ").look(f"{hour}.00").say(" Suomen aikaa (").look("UTC+3") \
            .say(").\n")
        full(m, x).say(" (").say(WHERE[countries[0]][1]).say("): ").look("klo " + local_time(hour, WHERE[countries[0]][3], ".")) \
            .say(", puh. ").entity(foreign_phone(countries[0]), "PHONE").say("\n")
        full(m, y).say(" (").say(WHERE[countries[1]][1]).say("): ").look("klo " + local_time(hour, WHERE[countries[1]][3], ".")) \
            .say(", puh. ").entity(foreign_phone(countries[1]), "PHONE").say("\n").name(cap(y[0]["gen"])) \
            .say(" puolesta kokoukseen voi osallistua ").name(A[0]["nom"], A[-1]["nom"]).say(".\n")
        full(m, subject, role="subject")
    elif kind == 8:
        m.say("Lähtöhaastattelu\n").say("Lähtijä: ")
        full(m, subject, role="subject").say(", viimeinen työpäivä ").look(date()).say("\nHaastattelija: ")
        full(m, A).say(" (HR)\nKone ").look(fill("TAG-{6}")).say(" ja puhelin palautetaan ").name(C[0]["nom"], C[-1]["all"]) \
            .say(". Viimeinen palkka maksetaan tilille ").entity(iban(), "IBAN", "subject") \
            .say(". Yksityinen numero siirtyy omiin nimiin: ").entity(fi_phone(), "PHONE", "subject") \
            .say(". Postilaatikko ohjataan ").name(G[0]["nom"], G[-1]["all"]).say(" 30 päiväksi.")
    elif kind == 9:
        first, last = date_range("fi")
        m.say("Olen sairauslomalla ").look(first).say("–").look(last).say(". Sijaisenani toimii ")
        full(m, A).say(", ja puhelut ohjataan numeroon ")
        with_extension(m, fi_phone(), "fi").say(". Laskujen hyväksynnät hoitaa ")
        full(m, C).say(". Kiireellisissä asioissa voi kysyä myös ").name(G[0]["par"]).say(".\n")
        full(m, subject, role="subject")
    elif kind == 10:
        child, second = distinct(finn, 2, subject + tuple(p for q in people for p in q))
        child, second = child[:1] + child[-1:], second[:1] + second[-1:]
        taken = Taken(subject, *people, child, second)
        m.say("Hei, ").name(possessive(child[0], "ni")).say(" ei pääse kirjautumaan koulun Chromebookille. Opettaja ")
        full(m, A).say(" sanoi, että ").name(child[0]["all"] + "ni").say(" pitää tehdä uusi salasana. Myös ") \
            .name(possessive(second[0], "ni")).say(" tunnus on lukossa.\nTerveisin ")
        full(m, subject, role="subject").say(", ").entity(fi_phone(), "PHONE", "subject") \
            .say("\n\nVastaus: Hei, lähetimme kertakäyttöisen salasanan, anna se ").name(child[0]["all"] + "si") \
            .say(". ").name(possessive(second[0], "si")).say(" tunnuksen avaa rehtori ")
        full(m, C).say(".")
    elif kind == 11:
        m.say("Häiriökatselmointi ").look(fill("INC-2027-{4}")).say("\nPäivystäjä: ")
        full(m, A).say(", ").entity(fi_phone(), "PHONE").say("\nHälytys tuli klo ").look(clock(".")) \
            .say(", mutta ").name(A[0]["nom"]).say(" kuittasi sen vasta ").look(quantity()).say(" minuutin päästä, koska ") \
            .name(A[0]["gen"]).say(" puhelin oli äänettömällä. Eskalointi meni ")
        full(m, C, "all").say(", joka kutsui paikalle ")
        full(m, G, "gen").say(". Katselmoinnin kirjasi ")
        full(m, subject, role="subject").say(".")
    elif kind == 12:
        wrong = distinct(finn, 1, subject + tuple(p for q in people for p in q))[0]
        taken = Taken(subject, *people, wrong)
        m.say("Puhelun litterointi\nSoittaja: joo hei tota, tässä on ").name(wrong[0]["nom"]).say(" — siis ") \
            .name(f["nom"], role="subject").say(" — ").name(subject[-1]["nom"], role="subject") \
            .say(", öö, mun kone ei käynnisty. Numero on ").entity(fi_phone(), "PHONE", "subject") \
            .say(", tai siis työnumero.\nPalvelija: Selvä. Kenen koneella olette nyt?\nSoittaja: ") \
            .name(A[0]["gen"]).say(", eiku ").name(C[0]["gen"]).say(" koneella, ").name(C[0]["nom"]) \
            .say(" on lomalla.\nPalvelija: Lähetän tiketin ").look(fill("SD-{6}")).say(" ") \
            .name(G[0]["nom"], G[-1]["all"]).say(".")
    else:
        t = clocks(3)
        m.say("[").look(t[0]).say("] ").name(f["nom"], role="subject").say(": @").name(A[0]["nom"], A[-1]["nom"]) \
            .say(" ☕ onks tulostin taas jumissa?\n[").look(t[1]).say("] ").name(A[0]["nom"]).say(": joo ⚠ ") \
            .name(C[0]["nom"]).say(" yritti jo, @").name(G[0]["nom"]).say(" osaatko?\n[").look(t[2]).say("] ") \
            .name(G[0]["nom"]).say(": ✅ korjattu, kiitos ").name(f["all"], role="subject").say(" ja ") \
            .name(C[0]["all"]).say(" ❤")
    if R.random() < 0.2:
        m.say("\nTerveisiä myös ").name(U[0]["nom"], U[-1]["all"]).say(" ✨")
    tail(m, taken, NAMED_FI, WORD_SENTENCES_FI)


def english(m, subject, e):
    people = distinct(person_en, 5, subject)
    A, C, G, S, U = people
    f = subject[0]
    taken = Taken(subject, *people)
    hon = lambda: R.choice(["Mr ", "Ms ", "Mrs ", "Dr ", "Mx "])
    kind = R.randrange(14)
    if kind == 0:
        country = R.choice(["UK", "US", "UK", "FI"])
        m.say("Invitation: supplier review, ").look(date_en()).say(", ").look(clock()).say(" BST\nOrganiser: ")
        names(m, subject, "subject").say("\nJoin by phone: ")
        conference = dial_string(m, country)
        m.say("\nOr dial ").entity(bridge(R.choice(["US", "DE", "SE"])), "PHONE").say(" and enter conference ID ") \
            .look(conference).say("#, PIN ").look(fill("{5}")).say("\nRequired: ")
        names(m, A).say(", ")
        names(m, C).say("\nOptional: ")
        names(m, G).say("\nIf the bridge fails, call ").name(A[0]).say(" on ").entity(any_phone(), "PHONE").say(".")
    elif kind == 1:
        m.say("Hi, the text code never arrives on my phone (").entity(any_phone(), "PHONE", "subject") \
            .say("). The last one, ").look(fill("{6}")).say(", expired before I could type it, and now I get error ") \
            .look(fill("AADSTS{5}")).say(". My manager ").say(hon()).name(A[-1]).say(" says ").name(C[0]) \
            .say(" had the same last week. Thanks, ").name(f, role="subject")
    elif kind == 2:
        vendor = taken.pick(VENDORS_EN)
        m.say("Quote ").look(fill("Q-{5}")).say(" from ").look(vendor).say("\nDear ").name(f, role="subject") \
            .say(",\nThank you for your enquiry. ").look(count := quantity()).say(" docking stations at ") \
            .look(f"£{(unit := R.randint(120, 480))}.00").say(" each, total ").look(f"£{int(count) * unit:,}.00").say(" ex VAT. Your account manager is ")
        names(m, A).say(" (").entity(email(A[0], A[-1]), "EMAIL").say(", ")
        with_extension(m, foreign_phone("UK"), "en").say("); while ").name(A[0]).say(" is away, ")
        names(m, C).say(" covers. VAT no. ").look(fill("GB{9}")).say(", payment reference ").look(rf_reference()) \
            .say(".\nKind regards, ")
        names(m, G)
    elif kind == 3:
        software = taken.pick(SOFTWARE)
        m.say("Licence audit: ").look(software).say("\nInstalled: ").look(fill("1{2}")).say(", entitled: ") \
            .look(quantity()).say(".\nOver entitlement: ")
        names(m, A).say(", ")
        names(m, C).say(", ")
        names(m, G).say(". ").name(A[0]).say(" no longer uses it, so it will be removed; ").name(C[-1]) \
            .say("'s seat moves to ").name(S[0]).say(". Audit by ").name(*subject, role="subject") \
            .say(", cost centre ").look(fill("CC-{4}")).say(".")
    elif kind == 4:
        dpo = R.choice(DPO_MAIL["en"])
        names(m.say("To the Data Protection Officer, "), A).say(" (").entity(dpo, "EMAIL") \
            .say(")\nRe: subject access request ").look(fill("SAR-{5}")).say("\nWe act for ")
        names(m, subject, "subject").say(" (").entity(e, "EMAIL", "subject") \
            .say("), who asks for a copy of all call recordings and chat logs and then their erasure. Please reply to the undersigned, ") \
            .say(R.choice(["solicitor ", "paralegal "]))
        names(m, C).say(", within one month. Our client's former line manager, ")
        names(m, G).say(", should not be copied.\nYours faithfully,\n")
        names(m, C).say(", ").look(taken.pick(["Penrose & Vane LLP", "Tamar Legal LLP", "Carrick Solicitors"]))
    elif kind == 5:
        carrier, code = tracking(R.choice(["UPS", "DHL Express", "DPD"]))
        m.say("Courier: ").look(carrier).say(" tracking ").look(code) \
            .say("\nDeliver to: ")
        names(m, subject, "subject").say(", ").look(taken.pick(STREETS_EN)).say(", ").entity(any_phone(), "PHONE", "subject") \
            .say("\nIf ").name(f, role="subject").say(" is out, ").name(*A).say(" may sign for it; the driver should not leave it with ") \
            .name(C[0]).say(". Order ").look(fill("PO-{7}")).say(", weight ").look(fill("{1}.{1} kg")).say(".")
    elif kind == 6:
        course = R.choice(COURSES_EN)
        m.say("Course travel: ").look(course).say(", ").look(date_en()).say("\nTravellers: ")
        names(m, subject, "subject").say(", ")
        names(m, A).say("\nHotel: ").look(taken.pick(HOTELS)).say(", confirmation ").look(fill("{3}{1}{5}")) \
            .say(". ").name(A[0]).say(" shares with ").name(*C).say(". Flight ").look(fill("AY {4}")) \
            .say(" paid with ").entity(card(), "PAYMENT_CARD", "subject").say(". Approved by ").say(hon()).name(G[-1]).say(".")
    elif kind == 7:
        countries = R.sample(sorted(FOREIGN), 3)
        hour = R.randint(8, 11)
        m.say("Stand-up: ").look(f"{hour}:00").say(" Helsinki (").look("UTC+3").say(")\n")
        for person, country in zip((A, C, G), countries):
            names(m, person).say(" – ").say(WHERE[country][0]).say(", ") \
                .look(local_time(hour, WHERE[country][3], ":")) \
                .say(", ").entity(foreign_phone(country), "PHONE").say("\n")
        m.say("Please ping @").name(C[0]).say(" if the time is too late for ").name(G[0]).say(".\n").name(f, role="subject")
    elif kind == 8:
        m.say("Exit interview notes\nLeaver: ")
        names(m, subject, "subject").say(", last day ").look(date_en()).say("\nInterviewer: ")
        names(m, A).say(" (HR)\nLaptop ").look(fill("BF{5}")).say(" goes back to ").name(*C) \
            .say("; mailbox forwarded to ").name(*G).say(" for 30 days. Final salary to ").entity(iban(), "IBAN", "subject") \
            .say(". Personal number ported out: ").entity(any_phone(), "PHONE", "subject").say(".")
    elif kind == 9:
        m.say("I'm on sick leave until ").look(date_en()).say(". ").name(*A).say(" is covering; calls go to ")
        with_extension(m, any_phone(), "en").say(". Invoice approvals: ").say(hon()).name(C[-1]) \
            .say(". For the rota, ask ").name(G[0]).say(".\n").name(*subject, role="subject")
    elif kind == 10:
        m.say("Incident review ").look(fill("INC-{6}")).say("\nOn call: ")
        names(m, A).say(", ").entity(any_phone(), "PHONE").say("\nThe page fired at ").look(clock()) \
            .say(" but ").name(A[0]).say(" acknowledged only after ").look(fill("{2} minutes")).say(": ") \
            .name(A[0]).say("'s phone was on silent. Escalated to ").name(*C).say(", who brought in ").name(*G) \
            .say(". Notes by ").name(*subject, role="subject").say(".")
    elif kind == 11:
        wrong = distinct(person_en, 1, subject + tuple(p for q in people for p in q))[0]
        taken = Taken(subject, *people, wrong)
        m.say("Call transcript\nCaller: hi, um, it's ").name(wrong[0]).say(" — sorry, ").name(f, role="subject") \
            .say(" — ").name(*subject[1:], role="subject").say(", my laptop won't boot. I'm on ") \
            .entity(any_phone(), "PHONE", "subject").say(", well, that's my work mobile.\nAgent: Whose desk are you at?\nCaller: ") \
            .name(A[0]).say("'s — no, ").name(C[0]).say("'s, ").name(C[0]).say(" is on leave.\nAgent: I'll log ") \
            .look(fill("SD-{6}")).say(" for ").name(*G).say(".")
    elif kind == 12:
        t = clocks(3)
        m.say("[").look(t[0]).say("] ").name(f, role="subject").say(": @").name(*A).say(" ☕ is the printer jammed again?\n[") \
            .look(t[1]).say("] ").name(A[0]).say(": yep ⚠ ").name(C[0]).say(" tried, @").name(G[0]) \
            .say(" can you?\n[").look(t[2]).say("] ").name(G[0]).say(": ✅ fixed, thanks ").name(f, role="subject") \
            .say(" and ").name(C[0]).say(" ❤")
    else:
        r = distinct(lambda: russian(RUSSIAN_EN), 1, subject + tuple(p for q in people for p in q))[0]
        taken = Taken(subject, *people, r)
        m.say("Visitor access\nHost: ")
        names(m, subject, "subject").say("\nVisitor: ").name(*r).say(", ").look(taken.pick(VENDORS_EN)) \
            .say("\nArrives ").look(date_en()).say(" at ").look(clock()).say(". ").say(hon()).name(r[-1]) \
            .say(" needs guest Wi-Fi and a badge; ").name(A[0]).say(" will meet ").name(r[0]).say(" at reception. Mobile ") \
            .entity(any_phone(), "PHONE").say(".")
    if R.random() < 0.15:
        m.say("\nP.S. ").name(U[0]).say(" says hi ✋")
    tail(m, taken, NAMED_EN, WORD_SENTENCES_EN)


def swedish(m, subject, e):
    people = distinct(person_sv, 4, subject)
    A, C, G, S = people
    f = subject[0]
    taken = Taken(subject, *people)
    kind = R.randrange(7)
    if kind == 0:
        m.say("Inbjudan: leverantörsmöte ").look(date(False)).say(" kl. ").look(clock(".")).say("\nArrangör: ")
        names(m, subject, "subject").say("\nRing in: ")
        conference = dial_string(m, R.choice(["SE", "FI"]))
        m.say("\nKonferens-ID: ").look(conference).say("#, PIN ").look(fill("{4}")).say("\nDeltagare: ")
        names(m, A).say(", ")
        names(m, C).say("\nOm bryggan inte fungerar, ring ").name(genitive_sv(A[0])).say(" mobil ") \
            .entity(any_phone(), "PHONE").say(".")
    elif kind == 1:
        m.say("Hej! SMS-koden kommer inte till ").entity(fi_phone(), "PHONE", "subject").say(". Senaste koden ") \
            .look(fill("{6}")).say(" gick ut innan jag hann skriva in den. Min chef ")
        names(m, A).say(" säger att ").name(C[0]).say(" hade samma problem.\nHälsningar\n").name(f, role="subject")
    elif kind == 2:
        m.say("Offert ").look(fill("OF-{5}")).say(" från ").look(taken.pick(VENDORS_SV)).say("\nHej ").name(f, role="subject") \
            .say("! Din säljare är ")
        names(m, A).say(", ").entity(email(A[0], A[-1]), "EMAIL").say(", ")
        with_extension(m, any_phone(), "sv").say(". Under semestern svarar ")
        names(m, C).say(". Organisationsnummer ").look(fill("55{4}-{4}")).say(", bankgiro ").look(fill("{3}-{4}")) \
            .say(", OCR ").look(fill("{12}")).say(".")
    elif kind == 3:
        m.say("Till dataskyddsombudet ")
        names(m, A).say(" (").entity(R.choice(DPO_MAIL["sv"]), "EMAIL").say(")\nÄrende: begäran om radering ") \
            .look(fill("DSO-{4}")).say("\nJag, ")
        names(m, subject, "subject").say(", begär att mina samtalsinspelningar raderas. Mitt ombud är advokat ")
        names(m, C).say(", som nås på ").entity(any_phone(), "PHONE").say(". Kopia till ").name(*G).say(".")
    elif kind == 4:
        carrier, code = tracking(R.choice(["PostNord", "DHL Express", "Posti"]))
        m.say("Paket ").look(code).say(" från ").look(carrier).say(" väntar på ").look(taken.pick(STREETS_SV)).say(".\nMottagare: ")
        names(m, subject, "subject").say(", ").entity(any_phone(), "PHONE", "subject").say("\nFullmakt: ")
        names(m, A).say(" får hämta det, inte ").name(C[0]).say(". Upphämtningskod ").look(fill("{4}")).say(".")
    elif kind == 5:
        m.say("Jag är sjukskriven till ").look(date()).say(". ").name(*A).say(" vikarierar och samtalen kopplas till ") \
            .entity(fi_phone(), "PHONE").say(". Fakturor attesteras av ").name(*C).say(".\nHälsningar\n") \
            .name(*subject, role="subject")
    else:
        t = clocks(3)
        m.say("[").look(t[0]).say("] ").name(f, role="subject").say(": @").name(*A).say(" ☕ krånglar skrivaren igen?\n[") \
            .look(t[1]).say("] ").name(A[0]).say(": ja ⚠ ").name(genitive_sv(C[0])).say(" försök hjälpte inte\n[") \
            .look(t[2]).say("] ").name(G[0]).say(": ✅ fixat!")
    tail(m, taken, NAMED_SV, WORD_SENTENCES_SV)


def main():
    counts = collections.Counter()
    for i in range(640):
        language = "fi" if i % 2 == 0 and i % 20 != 18 else ("sv" if i % 10 == 9 else "en")
        m = Message(language, "held-out-23")
        if language == "fi":
            subject = finn() if R.random() < 0.7 else person_fi()
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
