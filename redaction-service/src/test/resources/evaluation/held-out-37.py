#!/usr/bin/env python3
r"""Generates the thirty-seventh held-out set (held-out-37.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 36: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of text that sets 1-36 lack: (a) the service desk's knowledge base and intranet as bots are trained on it,
and (b) a telecom operator's and the mobile-subscription desk's casework, in 47 shapes, each written in the language its
kind of text is written in (23 Finnish, 14 English, 10 Swedish), with copies and @mentions under it ("Tiedoksi:", "cc:",
"Mentioned: @…", "Kopia:") and the record around it (a case-system footer with the handler, a wiki export line "Viety
Confluence-palvelusta … · sivu pageId=… · versio 12 · viejä Given Surname" with its labels, or a signature with the
switchboard and the business id).
(a) Confluence, SharePoint and wiki exports: a page with its author and editor line ("Luonut …, viimeksi muokannut …",
"Created by …, last updated by … on …", "Skapad av …, senast ändrad av …") and a macro ("Huom!", "Note:", "Obs!"); page
history rows (version · date · editor · "version comment" naming people); a page-owner and contact table in pipes; FAQ
pages with "ota yhteyttä …", "contact …", "Kontakta …"; exported comments with @mentions of names and of logins and
likes ("Tykkää (2): …", "Like (3) · …", "Gillas av …"); HTML remnants (<a href="mailto:…">Given Surname</a>, <strong>, a
<!-- muokannut … --> comment, a contact <table>); markdown (**bold**, [address](mailto:…), [Ohje](pageId)); an intranet
news item with its publisher, editor and likers.
(b) number porting (Finnish order with old and new operator and the numbers with their users, a rejected port whose
owner is someone else, an English port-in with a PAC code, a Swedish nummerflytt with a power of attorney); SIM swaps
(ICCIDs, PUK, PIN, IMSI) and eSIM activations (EID, LPA activation code, IMEI); company subscription lists (CSV and
semicolon exports: "Surname Given" or "Surname, Given", number, plan, cost centre, and the switchboard's own line);
billing disputes and a call itemisation with call detail records (time, A-number, B-number, duration, record type);
roaming complaints; lost phones and number suspension; an extra number on one line; owner change of a subscription;
switchboard and hunt-group changes (queue members, overflow to a person's mobile); voicemail-to-mail notifications with
a transcript; an SMS gateway's delivery report; a desk agent's call note about a failed port.
Names (new-name-forms.py against every other labelled set, set 36 included: 1,007 of 1,007 forms, 100.0 %, new): Finnish
double given names whose pairs no earlier set holds (Aarne-Armas, Iivari-Vihtori, Pasi-Elias; Iida-Annikki,
Saara-Orvokki, Kaisu-Marjatta), with their -s stems and gradation in the cases (Arvo-Eliaksen, Leevi-Armaalle,
Iida-Annikin), and compound surnames from new first words (Teljosuo, Nuottakallio, Kärppämäki: Kärppämäeltä, Lähdemäki:
Lähdemäkeen, Kontiolampi, Orasvaara); Swedish double given names and compound surnames (Folke-Holger, Dagny-Ottilia;
Strandlöv, Askfjärd, Sjöhed); and double names of 44 origins: Yoruba, Hausa, Swahili, Zulu, Egyptian, Lebanese,
Armenian, Hebrew, Pashto, Urdu, Nepali, Sinhala, Burmese, Khmer, Indonesian, Malay, Filipino, Chinese, Cantonese, Uzbek,
Maori, Samoan, Fijian, Hungarian, Slovak, Bulgarian, Serbian, Albanian, Russian, French, Portuguese, Italian, Maltese,
Argentinian, Chilean, Colombian, Mexican, Jamaican, Icelandic, Greenlandic, Norwegian, Danish, Australian and American
ones (Njoroge-Kariuki, Haddad-Khoury, Nikolić-Đorđević, Ólafsdóttir-Berg), in the Finnish cases in Finnish prose and
with the Swedish genitive in Swedish.
Phones of 95 countries and territories as signatures, lists and records write them (+cc with groups, E.164, national
with the trunk prefix, 00cc, +cc (0)…, dashes, NANP forms, and the bare MSISDN of a call record, 358401234567); each of
the 1,921 numbers was checked outside this file with Debian's python3-phonenumbers 8.12.57 (all valid and of their
country; python3 held-out-37.py --phones lists them on stderr).
Labelling policy, as in sets 25-36, with these for the new kinds. The subject is the register's known person: the
customer or employee whose number, SIM, bill, order or ticket it is, or the page's owner or the person a page or comment
thread is about; everyone else is a third party: authors, editors, commenters, likers, watchers, exporters of a page,
colleagues in a subscription list, the handler, other subscribers, callers leaving voicemail. A family member who takes
over a subscription and shares the subject's surname has it labelled in each copy. An @mention is labelled without its
"@": "@Given Surname" two NAME spans, "@login" a USERNAME. In HTML and markdown the name and the address are labelled
inside their tags; "mailto:", "tel:" and the tags stay outside; an address written twice (the href and the link text) is
labelled twice. "Surname Given" in a list, and "Surname, Given" in a CSV cell, are two spans. Every number of a person
is a PHONE: the subject's own lines, colleagues' numbers in lists, porting orders and queue changes, and the B-numbers
of call records and unnamed lines in a porting list or a delivery report (role "third", whose owner the register cannot
tell), in any form, the bare MSISDN included. An organisation's number is a look-alike only when the text makes it
clearly not a person's: a switchboard, hunt group, service or toll-free number written as such ("Vaihde", "vaihde 010
…", "Switchboard: …", "Växelnummer …", "Main number …", a list's switchboard row, an href="tel:" of the switchboard):
441 of these, Finnish 010/020/029/0600/0800, UK 0345/0800, US 1-800/888 and Swedish 08-… 00, 020, 0771 numbers, kept. A
queue's overflow to a named person's mobile is that person's PHONE. Short codes and USSD (118, *100#, *#06#) are
look-alikes. The desk's and the operator's shared mailboxes (vaihde@, mobile-fleet@, vaxel@) are EMAIL, role "third", as
set 27. A SIM's PUK and PIN are a CREDENTIAL of the SIM's holder (as set 31 labels a SIM's PIN): the subject's in a SIM
swap or a lost-phone ticket. A handset's IMEI (15 digits, Luhn, in one run, AA-BBBBBB-CCCCCC-D or spaced) is its
owner's DEVICE_ID (as sets 18, 22 and 42 label it): the subject's in a lost-phone ticket and an eSIM activation, a third
party's in an FAQ page that names no owner (42 subject, 14 third). A SIM's IMSI is its subscriber's DEVICE_ID (as sets 18
and 42 label it): the subject's in a SIM swap (14). An eSIM's activation code (LPA:1$…) installs the subscriber's profile
on any phone, a secret: the subscriber's CREDENTIAL (as set 42 labels it), the subject's in an eSIM activation, a third
party's in an FAQ page that names no subscriber (41 subject, 14 third).
Look-alikes (kept): ICCIDs (89…, 19 or 20 digits with their Luhn digit, in one run or in fours), EIDs, order, porting (PAC), invoice,
customer and ticket numbers, cost centres, plan names (Elisa Yritysliittymä 5G+ (300M), Telia Jobbmobil 30 GB, Telenor
Bedrift Fri+), operators, devices and products, durations, data volumes, roaming zones, CDR record types, message ids
and voicemail file names; page ids and paths (pageId=…, /wiki/spaces/ITSD/pages/…), versions (v. 14, versio 7, rev.
212), spaces, labels, KB article ids, macro words (Info:, Huom!, Note:, Obs!, Table of Contents); firms and places named
after people (Ericsson, Stockmann, Fazer, Paulig, Hartwall, Mannerheimintie, Fredrikinkatu, Sankt Eriksgatan, Birger
Jarlsgatan, Axel Johnson, Victoria Station, Elizabeth line), meeting rooms with names (neuvotteluhuone Onni,
Aurora-sali, mötesrum Freja, Meeting room Ada), words that are also names used as words (onni onnettomuudessa, hyvä
tuuri, armas aika; bill shock, grant access, mark as read, will call back; bo kvar, stig på, ros och ris), roles, units,
systems, dates and times, amounts, business ids and org.nr.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 47 shapes drawn in turn within their language; 7,993 NAME
(1,342 the subject's), 2,047 PHONE (95 countries and territories), 362 EMAIL, 96 USERNAME, 124 CREDENTIAL, 70
DEVICE_ID; 7,262 look-alikes (1,252 dates and times) from 705 pairs of shape and kind (700 without literal variants; 54
drawn kinds and 8 literals), 3,844 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean).
Deterministic: python3 held-out-37.py > held-out-37.jsonl (python3 held-out-37.py --stats adds counts on stderr)"""
import collections
import json
import random
import sys

import generation
import identifiers
from name_forms import inflect as fi

R = random.Random(37373737)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-35 (checked against their files when this set was
# written), so nearly every name form of this set is new.

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-36 as a name form (checked against their files when
# this set was written), so nearly every name form of this set is new: Finnish double given names on second parts
# sets 1-36 pair differently, compound surnames from new first words, Swedish ones the same way, and double names of
# 44 origins.

FI_MEN = ["Aapo-Oskari", "Aarne-Armas", "Aarne-Henrik", "Ahti-Severi", "Arvo-Elias", "Arvo-Henrik", "Arvo-Oskari",
          "Eemil-Eerik", "Eemil-Severi", "Eemil-Valtteri", "Eino-Johannes", "Esa-Armas", "Esa-Johannes", "Hannu-Elias",
          "Hannu-Henrik", "Iivari-Armas", "Iivari-Johannes", "Iivari-Kustaa", "Iivari-Valtteri", "Iivari-Vihtori",
          "Ilkka-Henrik", "Ilkka-Kustaa", "Jouni-Verneri", "Kimmo-Severi", "Leevi-Armas", "Leevi-Kustaa",
          "Mikko-Johannes", "Mikko-Valtteri", "Niilo-Henrik", "Olli-Anselmi", "Pasi-Eerik", "Pasi-Elias",
          "Pasi-Johannes", "Pasi-Vihtori", "Risto-Elias", "Seppo-Elias", "Sulo-Elias", "Taisto-Henrik",
          "Taisto-Kustaa", "Tapio-Henrik", "Tuomas-Elias", "Tuomas-Kustaa", "Valto-Eemeli", "Ville-Oskari",
          "Ville-Vihtori"]
FI_WOMEN = ["Aada-Elisabet", "Anna-Kaarina", "Eeva-Josefiina", "Emmi-Hellevi", "Emmi-Lyydia", "Helena-Lyydia",
            "Helena-Marjatta", "Hilda-Elisabet", "Hilda-Helmi", "Hilda-Kaarina", "Hilda-Lyydia", "Iida-Annikki",
            "Irma-Karoliina", "Jaana-Josefiina", "Kaisu-Elisabet", "Kaisu-Hellevi", "Kaisu-Josefiina",
            "Kaisu-Marjatta", "Kirsi-Aurora", "Kirsi-Helmi", "Marja-Annikki", "Meri-Hellevi", "Meri-Josefiina",
            "Noora-Annikki", "Noora-Kaarina", "Paula-Aurora", "Paula-Hellevi", "Paula-Kaarina", "Paula-Karoliina",
            "Pirjo-Hellevi", "Pirjo-Helmi", "Raija-Loviisa", "Saara-Elisabet", "Saara-Orvokki", "Sanni-Annikki",
            "Siiri-Elisabet", "Siiri-Loviisa", "Taru-Karoliina", "Taru-Lyydia", "Taru-Marjatta", "Terhi-Loviisa",
            "Terhi-Orvokki", "Ulla-Hellevi", "Vilja-Hellevi", "Vilja-Josefiina"]
FI_SURNAMES = ["Airoharju", "Airojärvi", "Airokorpi", "Airolahti", "Airosaari", "Airovuori", "Hirviaho", "Hirvilahti",
               "Hirvisaari", "Hirvivaara", "Hirvivuori", "Joutsenvaara", "Jänesharju", "Jänesjärvi", "Jäneskoski",
               "Jäneslahti", "Jäneslampi", "Jänesvaara", "Kelokangas", "Keloniemi", "Kontioaho", "Kontiokangas",
               "Kontiokoski", "Kontiolampi", "Kontiosalo", "Kontiosuo", "Korteharju", "Kortejärvi", "Kortelahti",
               "Kortemäki", "Korteniemi", "Korteranta", "Kortesalo", "Kuohuharju", "Kuohukangas", "Kuohulahti",
               "Kurkikorpi", "Kurkikoski", "Kurkilampi", "Kurkisalo", "Kurkisuo", "Kuurakallio", "Kuurakorpi",
               "Kuuralahti", "Kuuraniemi", "Kämmenkorpi", "Kämmensuo", "Kämmenvuori", "Kärppäkallio", "Kärppämäki",
               "Kärppäniemi", "Kärppäsaari", "Leppäniemi", "Leppäsalo", "Louhijärvi", "Louhikorpi", "Louhimäki",
               "Lähdekoski", "Lähdelahti", "Lähdemäki", "Lähdeoja", "Lähdesuo", "Lähdevuori", "Melaharju",
               "Melajärvi", "Melalahti", "Melamäki", "Multaharju", "Multakallio", "Multakorpi", "Multakoski",
               "Multaniemi", "Multaoja", "Multaranta", "Multasalo", "Multasuo", "Nuottajärvi", "Nuottakallio",
               "Nuottakangas", "Nuottalampi", "Nuottamäki", "Nuottaniemi", "Nuottaranta", "Nuottasaari", "Näätäharju",
               "Näätäjärvi", "Näätäkorpi", "Näätälahti", "Näätäniemi", "Näätäranta", "Näätäsalo", "Orasaho",
               "Oraskallio", "Oraskangas", "Oraskorpi", "Oraskoski", "Oraslahti", "Orasmäki", "Orasranta", "Orasvaara",
               "Paasilahti", "Paasisaari", "Pihkakangas", "Pihkalahti", "Pihkalampi", "Pihkaranta", "Pihkasaari",
               "Pihkavaara", "Purjeaho", "Purjelampi", "Purjemäki", "Purjeranta", "Purjesalo", "Raitakallio",
               "Raitakoski", "Raitamäki", "Raitaniemi", "Raitaranta", "Sammalkallio", "Sammalniemi", "Sammalvuori",
               "Saukkoharju", "Saukkokangas", "Saukkokorpi", "Saukkolahti", "Saukkosalo", "Sorajärvi", "Sorakorpi",
               "Soralahti", "Soraniemi", "Soraranta", "Teljojärvi", "Teljokangas", "Teljokorpi", "Teljokoski",
               "Teljoniemi", "Teljoranta", "Teljosaari", "Teljosalo", "Teljosuo", "Teljovuori", "Tikkalahti",
               "Tikkasuo", "Tuomiharju", "Tuomivaara", "Tähkälahti", "Tähkämäki", "Tähkäranta", "Tähkäsuo",
               "Vaahterakorpi"]
SV_GIVEN = ["Alva-Lovisa", "Alva-Stina", "Anders-Holger", "Anders-Torsten", "Britt-Charlotta", "Dagny-Ottilia",
            "Dagny-Ragnhild", "Dagny-Stina", "Elsa-Ottilia", "Evert-Torsten", "Folke-Alrik", "Folke-Enar",
            "Folke-Holger", "Gösta-Enar", "Gösta-Gideon", "Gösta-Torsten", "Helmer-Anton", "Helmer-Holger",
            "Helmer-Torsten", "Helmer-Vilhelm", "Inga-Marie", "Ingrid-Ottilia", "Ingrid-Stina", "Johan-Anton",
            "Johan-Edvin", "Johan-Ragnvald", "Karl-Enar", "Karl-Holger", "Lars-Ragnvald", "Lena-Ingeborg",
            "Maj-Cecilia", "Maj-Charlotta", "Maj-Ingeborg", "Maj-Ragnhild", "Per-Gideon", "Sigrid-Lovisa",
            "Solveig-Ingeborg", "Solveig-Marie", "Solveig-Ragnhild", "Ture-Alrik"]
SV_SURNAMES = ["Algren", "Alholm", "Askfjärd", "Askhamn", "Askkulla", "Asktorp", "Askudden", "Bergfjärd", "Berggren",
               "Bergnäs", "Bergtorp", "Björkbacken", "Björkholm", "Björklöv", "Björknäs", "Björktorp", "Björkvreten",
               "Ekbacken", "Ekdal", "Ekkulla", "Ekskär", "Granbo", "Hagbacken", "Hagbo", "Haggren", "Kvistskär",
               "Kvistström", "Kvistsund", "Ljunghed", "Ljunglöv", "Lundkulla", "Lundskär", "Lönngärde", "Lönnvreten",
               "Mobacken", "Mofjärd", "Mogren", "Moskär", "Näsgärde", "Rönnbacken", "Rönnhed", "Rönnkulla", "Rönnmyr",
               "Sjögärde", "Sjöhed", "Sjökulla", "Sjömyr", "Sjöskär", "Strandbo", "Strandhamn", "Strandlöv",
               "Strandmyr", "Strandnäs", "Strandskär", "Strandtorp", "Sälgdal", "Tallgärde", "Talludden", "Videfjärd",
               "Videskär"]
WORLD = {
    "yoruba": (["Adebayo-Tunde", "Folasade-Yetunde", "Olumide-Kayode", "Titilayo-Bisi"],
               ["Adeyemi-Ogunleye", "Ogunbiyi-Alade", "Balogun-Adeleke", "Oyelaran-Akande"], ["NG", "GB"]),
    "hausa": (["Abubakar-Sani", "Hauwa-Zainab", "Ibrahim-Bello"], ["Danjuma-Yakubu", "Garba-Shehu", "Tanko-Usman"],
              ["NG"]),
    "swahili": (["Baraka-Juma", "Neema-Rehema", "Jabari-Salim", "Zawadi-Imani"],
                ["Mwangi-Otieno", "Kamau-Wanjiru", "Achieng-Odhiambo", "Njoroge-Kariuki"], ["KE"]),
    "zulu": (["Sipho-Themba", "Nomvula-Thandi", "Bongani-Sizwe"], ["Dlamini-Zulu", "Ndlovu-Khumalo", "Mkhize-Ntuli"],
             ["ZA"]),
    "egyptian": (["Mahmoud-Tarek", "Yasmin-Nour", "Karim-Hossam"], ["El-Sayed-Fahmy", "Abdelrahman-Saleh",
                                                                    "Mansour-Hegazy"],
                 ["EG", "FI"]),
    "lebanese": (["Rami-Elie", "Nadine-Rita", "Georges-Fadi"], ["Haddad-Khoury", "Nassar-Karam", "Sfeir-Aoun"], ["LB",
                                                                                                                 "SE"]),
    "armenian": (["Armen-Tigran", "Anahit-Lusine", "Hayk-Davit"], ["Hakobyan-Sargsyan", "Petrosyan-Grigoryan",
                                                                   "Avetisyan-Harutyunyan"],
                 ["AM"]),
    "hebrew": (["Yonatan-Ari", "Noa-Shira", "Eitan-Yoav"], ["Ben-Ami-Levy", "Mizrahi-Peretz", "Friedman-Katz"], ["IL"]),
    "pashto": (["Ahmad-Shah", "Zarghona-Bibi", "Wali-Khan"], ["Durrani-Popal", "Yousafzai-Khattak",
                                                              "Barakzai-Noorzai"], ["AF", "SE"]),
    "urdu": (["Usman-Tariq", "Ayesha-Sana", "Bilal-Hamza"], ["Qureshi-Malik", "Siddiqui-Raza", "Chaudhry-Iqbal"],
             ["PK", "GB"]),
    "nepali": (["Bikash-Raj", "Sushila-Kumari", "Anish-Bahadur"], ["Shrestha-Thapa", "Gurung-Magar",
                                                                   "Adhikari-Bhattarai"],
               ["NP"]),
    "sinhala": (["Chaminda-Nuwan", "Dilani-Sachini", "Kasun-Tharaka"], ["Wickramasinghe-Perera", "Jayawardena-Silva",
                                                                          "Gunasekara-Fernando"], ["LK"]),
    "burmese": (["Aung-Kyaw", "Thandar-Hlaing", "Zaw-Min"], ["Htun-Oo", "Myint-Swe", "Naing-Lwin"], ["MM"]),
    "khmer": (["Sokha-Vannak", "Sreymom-Chantha", "Dara-Visal"], ["Chhim-Sok", "Heng-Phan", "Keo-Chea"], ["KH"]),
    "indonesian": (["Budi-Santoso", "Dewi-Lestari", "Agus-Setiawan", "Rini-Wulandari"],
                   ["Hartono-Wibowo", "Susilo-Nugroho", "Pratama-Saputra"], ["ID"]),
    "malay": (["Aiman-Hakim", "Nurul-Izzah", "Faizal-Azmi"], ["Rahman-Ismail", "Abdullah-Yusof", "Hamzah-Osman"],
              ["MY"]),
    "filipino": (["Jericho-Paolo", "Maricel-Joy", "Rodel-Jun"], ["Dimaculangan-Reyes", "Bautista-Macaraeg",
                                                                 "Villanueva-Dizon"], ["PH", "FI"]),
    "chinese": (["Zhihao", "Xiaoling", "Junhao", "Meihua"], ["Ouyang-Zhao", "Sima-Lin", "Zhuge-Wang"], ["CN", "FI"]),
    "cantonese": (["Ka-Wai", "Siu-Ming", "Wing-Yan"], ["Chan-Leung", "Ho-Tsang", "Yip-Cheung"], ["HK"]),
    "uzbek": (["Jasur-Bek", "Dilnoza-Gulnora", "Sardor-Aziz"], ["Karimov-Rahimov", "Tursunova-Yusupova", "Ergashev"],
              ["UZ"]),
    "maori": (["Wiremu-Hemi", "Aroha-Mere", "Tamati-Rawiri"], ["Te-Rangi-Parata", "Ngata-Tawhiri", "Waaka-Pohatu"],
              ["NZ"]),
    "samoan": (["Tavita-Sefo", "Lagi-Malia", "Ioane-Sefo"], ["Tuilagi-Leota", "Aiono-Fa'amausili", "Sapolu-Tauiliili"],
               ["WS", "NZ"]),
    "fijian": (["Apisai-Josefa", "Litia-Salote", "Ratu-Epeli"], ["Naivalu-Tikoisuva", "Qarase-Nailatikau"], ["FJ"]),
    "hungarian": (["Bence-Levente", "Zsófia-Réka", "Gergő-Balázs"], ["Szabó-Molnár", "Farkas-Balogh", "Tóth-Varga"],
                  ["HU"]),
    "slovak": (["Matúš-Peter", "Zuzana-Lenka", "Juraj-Marek"], ["Kováčová-Hudáková", "Baláž-Šimko", "Hričko"], ["SK"]),
    "bulgarian": (["Stoyan-Hristo", "Desislava-Rumyana", "Nikolay-Boyan"], ["Dimitrova-Georgieva", "Todorov-Petkov",
                                                                           "Stoyanova-Ilieva"], ["BG"]),
    "serbian": (["Nemanja-Luka", "Jelena-Milica", "Dušan-Vuk"], ["Jovanović-Petrović", "Nikolić-Đorđević",
                                                                 "Stanković"], ["RS"]),
    "albanian": (["Arbën-Ilir", "Blerina-Drita", "Besnik-Gëzim"], ["Hoxha-Krasniqi", "Berisha-Gashi", "Shehu-Kelmendi"],
                 ["AL"]),
    "russian": (["Dmitri-Aleksei", "Yekaterina-Olga", "Sergei-Pavel"], ["Sokolova-Morozova", "Volkov-Lebedev",
                                                                        "Novikova"], ["RU", "FI"]),
    "french": (["Jean-Baptiste-Luc", "Marie-Clémence", "Pierre-Antoine", "Anne-Sophie"],
               ["Lefebvre-Moreau", "Dubois-Laurent", "Girard-Mercier", "Rousseau-Blanc"], ["FR", "BE", "CH"]),
    "portuguese": (["João-Miguel", "Ana-Beatriz", "Tiago-Rafael"], ["Ferreira-Pacheco", "Carvalho-Teixeira",
                                                                     "Sousa-Mendes"], ["PT", "BR"]),
    "italian": (["Gianluca-Marco", "Chiara-Francesca", "Alessandro-Pietro"], ["Esposito-Ricci", "Colombo-Ferrari",
                                                                             "Bianchi-Romano"], ["IT", "CH"]),
    "maltese": (["Ġużeppi-Karmenu", "Marija-Doris", "Ċensu-Pawlu"], ["Borg-Camilleri", "Vella-Farrugia",
                                                                     "Zammit-Galea"], ["MT"]),
    "argentinian": (["Facundo-Nicolás", "Florencia-Agustina", "Santiago-Tomás"], ["Fernández-Acosta", "Gómez-Benítez",
                                                                                  "Sosa-Medina"], ["AR"]),
    "chilean": (["Matías-Ignacio", "Javiera-Constanza", "Benjamín-Andrés"], ["Muñoz-Rojas", "Contreras-Soto",
                                                                             "Araya-Fuentes"], ["CL"]),
    "colombian": (["Juan-Esteban", "Valentina-Sofía", "Andrés-Camilo"], ["Restrepo-Ospina", "Cardona-Giraldo",
                                                                         "Londoño-Arango"], ["CO", "ES"]),
    "mexican": (["José-Emiliano", "Ximena-Guadalupe", "Diego-Alonso"], ["Hernández-Cervantes", "Ramírez-Villalobos",
                                                                        "Cortés-Salgado"], ["MX", "US"]),
    "jamaican": (["Delroy-Winston", "Shanice-Tamara", "Andre-Kemar"], ["Campbell-Grant", "Brown-McKenzie",
                                                                       "Wright-Clarke"],
                 ["JM", "GB"]),
    "icelandic": (["Guðmundur-Þór", "Sigríður-Ósk", "Einar-Bjarki"], ["Þórsdóttir", "Gunnarsson-Hall",
                                                                      "Ólafsdóttir-Berg"],
                  ["IS"]),
    "greenlandic": (["Aputsiaq-Kunuk", "Naja-Nivi", "Malik-Ole"], ["Kleist-Lynge", "Olsen-Berthelsen",
                                                                   "Kristiansen-Heilmann"],
                    ["GL", "DK"]),
    "norwegian": (["Magnus-Eirik", "Ingvild-Marte", "Sindre-Håkon"], ["Haugland-Solberg", "Bakken-Strand", "Hovland"],
                  ["NO"]),
    "danish": (["Rasmus-Frederik", "Mette-Signe", "Søren-Kasper"], ["Kjærgaard-Møller", "Thygesen-Holm",
                                                                    "Bech-Lauridsen"],
               ["DK"]),
    "aussie": (["Lachlan-James", "Matilda-Grace", "Angus-Hamish"], ["Fitzpatrick-Walsh", "O'Brien-Kelly",
                                                                    "McAllister-Quinn"],
               ["AU"]),
    "american": (["Tyler-Ray", "Brittany-Lynn", "Cody-Wayne"], ["Whitaker-Hayes", "Donovan-Pierce", "Callahan-Boyd"],
                 ["US", "CA"]),
}

# The irregular Finnish forms of the set's names, first those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES, harmony=False)
# Given names whose last part takes an -s stem or consonant gradation (Arvo-Elias: Arvo-Eliaksen, Iida-Annikki:
# Iida-Annikin).
IRREGULAR.update({"Elias": generation.kse_forms("Elias"), "Johannes": generation.kse_forms("Johannes"),
                  "Armas": fi("Armas", "Armaa", "Armaa", par="Armasta", ill="Armaaseen"),
                  "Annikki": fi("Annikki", "Anniki", "Annikki"), "Orvokki": fi("Orvokki", "Orvoki", "Orvokki"),
                  "Marjatta": fi("Marjatta", "Marjata", "Marjatta")})


# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.countries_until("HT", AX=["181{4}", "182{4}", "183{4}", "457{7}"])
PEOPLE = generation.People(R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
PHONES = generation.Phones(DRAW, COUNTRIES)


# ---------------------------------------------------------------------------------------------------------------------
# Addresses and logins: the organisation's patterns, the name without marks.

ORG_DOMAINS = ["firma.example.fi", "kunta.example.fi", "konserni.example.com", "bolaget.example.se",
               "devhouse.example.io", "uni.example.ac.uk", "ohjelmisto.example.fi", "logistik.example.se",
               "sairaala.example.fi", "example.de", "consult.example.com"]


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS)


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: a Writer says text and labels names, addresses, logins, numbers and look-alikes. A line may be a
# template: {a.g} a's given name, {a.gs.all} given name and surname with the case on the surname, {a.g.ela} the given
# name in a case, {a.sgc} "Surname, Given", {a.SG} the surname in capitals first, {mail:a}, {phone:a}, {user:a},
# {hetu:a} an identity code, {iban:a} an account, {shared} a shared mailbox, [a look-alike], {L:kind} a drawn
# look-alike, {msisdn:a} a's number as a call record writes it, {num} and {cdr} a number whose owner is not named.

class Writer(generation.Writer):
    phones, draws, irregular = PHONES, DRAW, IRREGULAR
    born = (("-", 40, 99), ("A", 0, 24))

    def L(self, kind):
        return self.look(LOOKS[kind](), kind)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def sim_code(self, kind, p):
        """A SIM's PUK or PIN opens its holder's line: a CREDENTIAL of the holder, as set 31 labels a SIM's PIN."""
        return self.ent(LOOKS[kind](), "CREDENTIAL", p.role)

    def imsi(self, p):
        """A SIM's IMSI identifies its subscriber on the network: a DEVICE_ID of the subscriber, as sets 18 and 42."""
        return self.ent(LOOKS["imsi"](), "DEVICE_ID", p.role)

    def activation_code(self, role):
        """An eSIM's activation code installs its subscriber's profile on any phone: a secret, the subscriber's
        CREDENTIAL, as set 42 labels it."""
        return self.ent(LOOKS["lpa"](), "CREDENTIAL", role)

    def imei(self, role):
        """A handset's IMEI names its owner's device: a DEVICE_ID of the owner, as sets 18 and 22 label it."""
        return self.ent(imei(), "DEVICE_ID", role)

    def token(self, tok, ppl):
        # A number without a named person: a B-number of a call record ({cdr}), a line of a porting list ({num:FI}).
        if tok == "cdr":
            return self.number("msisdn")
        if tok.startswith("num:"):
            country = tok[4:]
            return self.ent(PHONES.typed_number(country, PHONES.nsn(country)), "PHONE", THIRD)
        if tok == "imei":
            # A handset's IMEI where the text names no owner: a third party's device.
            return self.imei(THIRD)
        if tok == "lpa":
            # An activation code where the text names no subscriber: a third party's.
            return self.activation_code(THIRD)
        return super().token(tok, ppl)

    def shared_box(self):
        return R.choice(SHARED_BOXES[self.language])

    def values(self):
        return {**super().values(), "msisdn": lambda q: self.phone(q, "msisdn"),
                "puk": lambda q: self.sim_code("puk", q), "pin": lambda q: self.sim_code("pin", q),
                "imei": lambda q: self.imei(q.role), "imsi": self.imsi,
                "lpa": lambda q: self.activation_code(q.role)}


# ---------------------------------------------------------------------------------------------------------------------
# Business ids, shared mailboxes and dates.


# The desk's and the operator's shared mailboxes: an EMAIL, role "third", as set 27 labels them.
SHARED_BOXES = {"fi": ["vaihde@firma.example.fi", "mobiilipalvelut@kunta.example.fi", "palvelupiste@firma.example.fi"],
                "en": ["mobile-fleet@consult.example.com", "switchboard@konserni.example.com",
                       "telecom@konserni.example.com"],
                "sv": ["vaxel@bolaget.example.se", "mobil@logistik.example.se", "servicedesk@bolaget.example.se"]}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of the knowledge base and of the operator's records: SIM and device ids, codes, orders, porting and
# invoice references, plans, cost centres, page ids, versions, macro words, service and switchboard numbers, firms and
# places named after people, and words that are also names.


def luhn_id(prefix, length):
    return identifiers.luhn(R, prefix, length)


def iccid():
    """A SIM's ICCID: 89, the country code, the issuer, the serial and a Luhn digit, in one run or in groups of four."""
    n = luhn_id(R.choice(["8935805", "8935801", "8935891", "894620", "894608", "894701"]), R.choice([19, 20]))
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, len(n), 4)), n[:-1] + " " + n[-1]])


def imei():
    """A handset's IMEI: type allocation code, serial and Luhn digit, in one run or in the AA-BBBBBB-CCCCCC-D form."""
    n = luhn_id(R.choice(["35", "86", "01", "356", "354"]), 15)
    return R.choice([n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:2]} {n[2:8]} {n[8:14]} {n[14]}"])


# Service, switchboard and queue numbers: an organisation's number, kept (the policy in the docstring).
SWITCHBOARDS = {"fi": ["010 {3} {4}", "+358 10 {3} {4}", "020 {3} {3}", "0800 {3} {3}", "+358 20 {3} {4}",
                       "029 {3} {4}",
                       "0600 {3} {3}"],
                "en": ["0800 {3} {4}", "+44 345 {3} {4}", "0345 {3} {4}", "+1 800 {3} {4}", "1-888-{3}-{4}",
                       "+358 10 {3} {4}"],
                "sv": ["08-{3} {2} 00", "+46 8 {3} {2} 00", "020-{2} {2} {2}", "0771-{2} {2} {2}", "010-{3} {2} 00"]}

LOOKS = {
    "iccid": iccid,
    "puk": lambda: identifiers.digits(R, 8), "pin": lambda: identifiers.digits(R, 4),
    "imsi": lambda: DRAW.fill(R.choice(["24405{10}", "24491{10}", "24001{10}", "24007{10}", "23410{10}"])),
    "eid": lambda: "89049032" + identifiers.digits(R, 24),
    "lpa": lambda: DRAW.fill(R.choice(["LPA:1$smdp.example.net${A}{A}{A}{A}-{4}-{A}{A}{2}-{4}",
                                  "LPA:1$rsp.example.com${A}{2}{A}{A}{4}{A}{A}{2}"])),
    "order": lambda: DRAW.fill(R.choice(["TIL-2026-{6}", "ORD{8}", "BEST-{7}", "#{7}", "TILAUS {6}", "SO-{3}-{5}",
                                    "WO{7}"])),
    "portref": lambda: DRAW.fill(R.choice(["NP-{8}", "SIIRTO-{6}", "PORT-{4}-{5}", "NRF{7}", "PIN-{6}",
                                      "PAC {3}{A}{A}{A}{3}"])),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "INV-{7}", "{2}-{7}", "LASKU {8}", "F{9}", "OCR {10}"])),
    "customer": lambda: DRAW.fill(R.choice(["{7}", "AS-{6}", "{3} {3} {3}", "KND{6}", "{10}"])),
    "costcentre": lambda: DRAW.fill(R.choice(["KP {4}", "{4}-{2}", "CC-{4}", "{3}{1}0", "KS {4}", "P{3}"])),
    "plan": lambda: R.choice(["Elisa Yritysliittymä 5G+ (300M)", "Telia Yritysliittymä Rajaton 5G 1000M",
                              "DNA Yritys 5G Max", "Moi Mobiili 100M", "Yritysliittymä Perus 50M", "Data 5G 600M",
                              "Telia Jobbmobil 30 GB", "Tele2 Företag Obegränsad", "Telenor Bedrift Fri+",
                              "Tre Företag Fast Pris", "Vodafone Business Unlimited Max", "EE Business 100GB",
                              "O2 Business Plan 60GB", "Mobiilidata 5G Rajaton", "Datalaite 4G 50M",
                              "Mobiilivarmenne", "Multi-SIM", "Perhepaketti Rajaton", "Comviq Fastpris 15 GB"]),
    "operator": lambda: R.choice(["Elisa", "Telia", "DNA", "Moi Mobiili", "Tele2", "Telenor", "Tre", "Hallon",
                                  "Vimla", "Comviq", "Vodafone", "EE", "O2", "Ålcom", "Ålands Telekommunikation"]),
    "device": lambda: R.choice(["iPhone 15", "iPhone 14 Pro", "Samsung Galaxy S24", "Galaxy A55", "Nokia G42",
                                "Pixel 8a", "Apple Watch Series 9", "Doro 8100", "OnePlus 12", "Xiaomi Redmi Note 13",
                                "Zebra TC22", "Poly VVX 450"]),
    "product": lambda: R.choice(["Teams Phone", "Elisa Ring", "Telia Touchpoint Plus", "Tele2 Växel",
                                 "Microsoft Intune",
                                 "Company Portal", "Mobiilivarmenne", "BankID", "Authenticator", "Outlook Mobile",
                                 "Genesys Cloud", "Puzzel", "Telia ACE", "Benemen", "Zendesk Talk", "Mitel MiCollab"]),
    "duration": lambda: R.choice([f"{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                                  f"00:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", f"{R.randint(1, 3600)} s",
                                  f"{R.randint(0, 40)} min {R.randint(0, 59)} s"]),
    "volume": lambda: R.choice([f"{R.randint(1, 60)},{R.randint(0, 99):02d} Gt", f"{R.randint(10, 999)} MB",
                                f"{R.randint(1, 40)}.{R.randint(0, 9)} GB",
                                f"{R.randint(1, 9)} {R.randint(0, 999):03d} kt"]),
    "zone": lambda: R.choice(["EU/ETA", "Zone 2", "Maailma 1", "Maailma 3", "Norden", "Rest of World", "Zon 3",
                              "ETA-alue", "Sveitsi (ei EU)", "Turkey Zone B", "Maritime (satellite)"]),
    "shortcode": lambda: R.choice(["118", "112", "*100#", "#31#", "*#06#", "*21*", "##002#", "16400", "1818",
                                   "*43#", "13131", "72000"]),
    "kbid": lambda: DRAW.fill(R.choice(["KB00{5}", "KBA-{4}", "OHJE-{3}", "KB-{4}", "ART{6}", "FAQ-{3}"])),
    "pageid": lambda: DRAW.fill(R.choice(["pageId={9}", "/wiki/spaces/ITSD/pages/{9}",
                                          "/pages/viewpage.action?pageId={9}",
                                     "SitePages/{4}.aspx", "page id {8}", "/display/KB/{6}"])),
    "version": lambda: DRAW.fill(R.choice(["v. {2}", "versio {2}", "Version {2}", "v{1}.{1}", "rev. {3}",
                                           "version {1}"])),
    "space": lambda: R.choice(["ITSD", "KB", "TEL-Ohjeet", "Palvelupiste", "Servicedesk-wiki", "Mobiili",
                               "Intranet / Tietohallinto", "IT-kunskapsbas", "Mobile Services"]),
    "macro_fi": lambda: R.choice(["Info:", "Huom!", "Vinkki:", "Varoitus:", "Sisällysluettelo", "Laajenna",
                                  "Huomautus:", "Tärkeää:"]),
    "macro_en": lambda: R.choice(["Info:", "Note:", "Warning:", "Tip:", "Table of Contents", "Expand", "Excerpt",
                                  "Panel:", "Status: IN REVIEW"]),
    "macro_sv": lambda: R.choice(["Info:", "Obs!", "Tips:", "Varning:", "Innehållsförteckning", "Expandera",
                                  "Notera:"]),
    "label": lambda: R.choice(["mobiili", "numeronsiirto", "esim", "sim-kortti", "roaming", "porting", "voicemail",
                               "nummerflytt", "simkort", "vaihde", "ukk", "faq", "ohje"]),
    "eponym": lambda: R.choice(["Ericsson", "Stockmann", "Fazer", "Paulig", "Hartwall", "Lindström Oy", "Wärtsilä",
                                "Mannerheimintie", "Aleksanterinkatu", "Fredrikinkatu", "Annankatu", "Eerikinkatu",
                                "Sankt Eriksgatan", "Drottninggatan", "Karlavägen", "Birger Jarlsgatan",
                                "Olavinlinna", "Kristiinankaupunki", "Maarianhamina", "Josafatinkallio",
                                "Jakobstad", "Kristinestad", "Axel Johnson", "Sankt Göran", "Marienlyst",
                                "Johanneberg", "Victoria Station", "Elizabeth line", "Albert Dock", "St James's Park"]),
    "room": lambda: R.choice(["neuvotteluhuone Onni", "Aurora-sali", "Toivo-huone", "kokoushuone Ilmatar",
                              "Tellus-sali", "mötesrum Freja", "rummet Saga", "Meeting room Ada", "the Turing room",
                              "Lyra-hiljaisuushuone"]),
    "nameword_fi": lambda: R.choice(["onni onnettomuudessa", "toivo ei ole mennyt", "armas aika", "hyvä tuuri",
                                     "pelkkä lahja", "aamu-vuoro", "ilta-vuoro", "tuuli-ilmoitus", "valo palaa",
                                     "into ja tarmo"]),
    "nameword_en": lambda: R.choice(["bill shock", "mark as read", "grant access", "will call back", "rich text",
                                     "pat on the back", "the roaming bill", "jack socket", "may apply",
                                     "rose by 12 %"]),
    "nameword_sv": lambda: R.choice(["bo kvar", "ros och ris", "stig på", "vår kampanj", "sol och vår", "axel i axel",
                                     "klara av", "frans-kant", "allan-stil"]),
    "role_fi": lambda: R.choice(["palvelupäällikkö", "mobiiliasiantuntija", "tukihenkilö", "sivun omistaja",
                                 "sisällöntuottaja", "tietohallintopäällikkö", "kustannuspaikan vastaava",
                                 "vaihteenhoitaja", "asiakkuuspäällikkö", "laskutusasiantuntija"]),
    "role_en": lambda: R.choice(["Page owner", "Service Desk Analyst", "Mobile Fleet Manager", "Knowledge Manager",
                                 "Account Manager", "Billing Specialist", "Telecom Coordinator", "Team Lead"]),
    "role_sv": lambda: R.choice(["sidägare", "telefonisamordnare", "kundansvarig", "faktureringsspecialist",
                                 "servicedeskchef", "växeltelefonist", "IT-samordnare"]),
    "unit_fi": lambda: R.choice(["Tietohallinto / Palvelupiste", "Mobiilipalvelut", "Hankinnat", "Taloushallinto",
                                 "Asiakaspalvelukeskus", "Viestintä", "Kiinteistöpalvelut"]),
    "unit_en": lambda: R.choice(["IT Service Desk", "Mobile Services", "Procurement", "Finance", "Internal Comms",
                                 "Workplace Services"]),
    "unit_sv": lambda: R.choice(["IT-servicedesk", "Mobilteamet", "Inköp", "Ekonomi", "Kommunikation",
                                 "Fastighetsservice"]),
    "system": lambda: R.choice(["ServiceNow", "TOPdesk", "Efecte", "Jira Service Management", "Confluence",
                                "SharePoint Online", "MediaWiki", "Elisa Yrityksen OmaElisa", "Telia Yritysportaali",
                                "Minsida Företag", "DNA Yrityksen Oma", "Intune", "Tele2 Business Portal"]),
    "queue": lambda: R.choice(["Jono 4 / Mobiili", "ACD 2210", "Queue 3 – Porting", "Kö 7 Mobil", "L1-Palvelupiste",
                               "Mobile Fleet", "Hunt group 800", "Ryhmä Vaihde", "Kö: Växel"]),
    "count": lambda: str(R.randint(2, 480)),
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    "ytunnus": DRAW.ytunnus, "orgnr": lambda: DRAW.fill("556{3}-{4}"),
    "amount_fi": lambda: f"{R.randint(1, 900)},{R.randint(0, 99):02d} €",
    "amount_en": lambda: R.choice([f"£{R.randint(1, 900)}.{R.randint(0, 99):02d}",
                                   f"€{R.randint(1, 900)}.{R.randint(0, 99):02d}"]),
    "amount_sv": lambda: R.choice([f"{R.randint(1, 9)} {R.randint(0, 999):03d} kr",
                                   f"{R.randint(20, 999)},{R.randint(0, 99):02d} kr"]),
    "ticket": lambda: DRAW.fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "RITM00{5}", "ÄRENDE-{6}", "HD-{3}-{4}",
                                     "MOB-{4}", "SD-{5}"])),
    "switchboard_fi": lambda: DRAW.fill(R.choice(SWITCHBOARDS["fi"])),
    "switchboard_en": lambda: DRAW.fill(R.choice(SWITCHBOARDS["en"])),
    "switchboard_sv": lambda: DRAW.fill(R.choice(SWITCHBOARDS["sv"])),
    "cdrtype": lambda: R.choice(["MOC", "MTC", "SMS-MO", "SMS-MT", "GPRS", "ROAM-MOC", "VMS", "CF"]),
    "msgid": lambda: DRAW.fill(R.choice(["msg-{x}{x}{x}{x}{x}{x}{x}{x}", "SMSC{10}", "gw-{6}-{4}", "MID {8}"])),
    "wavfile": lambda: DRAW.fill(R.choice(["voicemail_{8}.wav", "VM-{6}.mp3", "msg{4}.amr"])),
}
LOOKS.update({"date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
              "date_sv": lambda: CLOCK.day_text("sv")})

# ---------------------------------------------------------------------------------------------------------------------
# The shapes: one template each, in the language its kind of text is written in. s is the register's known person (the
# customer or employee the page, order, bill or ticket is about); a-h are third parties (authors, editors, commenters,
# colleagues, other subscribers, agents); k shares the subject's surname (a family subscription's other user). {num} is
# a number whose owner is not named (a B-number, a line of a list), {cdr} the same as a call record writes it, without
# the plus; ⟦ and ⟧ stand for square brackets of markdown.

SHAPES = [
    # ---- Finnish: the knowledge base and intranet
    ("wiki_page_fi", "fi",
     "{L:space} / Ohjeet / Numeronsiirto toiselta operaattorilta\nLuonut {a.gs}, viimeksi muokannut {b.gs} "
     "{L:date_fi} ({L:version})\n\n{L:macro_fi} Siirto kestää yleensä 1–5 arkipäivää. Jos siirto jumittuu, ota "
     "yhteyttä {c.gs.ill} ({mail:c}, {phone:c}) tai hänen sijaiseensa {d.gs.ill}.\n\nEsimerkki: {s.gs.gen} "
     "numero {phone:s} siirrettiin {L:date_fi} ({L:portref}). Vaihteen numero {L:switchboard_fi} ei siirry.\n"),
    ("page_history_fi", "fi",
     "Sivuhistoria – {L:kbid} ({L:pageid})\n{L:version} · {L:date_fi} · {a.gs} · \"Lisätty PUK-koodin ohje\"\n"
     "{L:version} · {L:date_fi} · {b.gs} · \"Korjattu {c.gs.gen} puhelinnumero\"\n{L:version} · {L:date_fi} · "
     "{s.gs} · \"Päivitetty yhteyshenkilöksi {d.gs}\"\n{L:version} · {L:date_fi} · {e.gs} · \"Palautettu "
     "versioon, jonka {a.g} teki\"\n"),
    ("owner_table_fi", "fi",
     "Sivun omistajat ja yhteyshenkilöt ({L:space})\n| Rooli | Nimi | Puhelin | Sähköposti |\n|---|---|---|---|\n"
     "| Sivun omistaja | {s.gs} | {phone:s} | {mail:s} |\n| Varahenkilö | {a.gs} | {phone:a} | {mail:a} |\n"
     "| Sisällön tarkastaja | {b.gs} | {phone:b} | {mail:b} |\n| Vaihde | [Vaihde] | {L:switchboard_fi} | {shared} |\n"
     "Tarkistettu {L:date_fi}, seuraava katselmointi: {c.gs}\n"),
    ("faq_fi", "fi",
     "UKK: eSIM ja kadonnut puhelin ({L:kbid})\n\nK: Miten aktivoin eSIMin?\nV: Tilaa eSIM {L:system}-palvelusta. "
     "QR-koodi tulee sähköpostiin. {L:macro_fi} Älä jaa aktivointikoodia {lpa}.\n\nK: Puhelin katosi, mitä "
     "teen?\nV: Soita heti vaihteeseen {L:switchboard_fi} ja pyydä sulkemaan liittymä. Virka-ajan ulkopuolella "
     "ota yhteyttä {a.gs.ill}, {phone:a}.\n\nLisätietoja: {b.gs} ({mail:b}) tai {c.gs}, {L:role_fi}.\n"
     "Sivua ylläpitää {s.gs}, {mail:s}\n"),
    ("comments_fi", "fi",
     "Kommentit (4) – {L:kbid}\n\n{a.gs} kommentoi {L:date_fi} klo {L:hour}:\n@{s.gs} ohjeessa on vielä "
     "{b.gs.gen} vanha numero {phone:b}. Voitko päivittää?\n   Tykkää (2): {c.gs}, {d.gs}\n\n{s.gs} vastasi "
     "{L:date_fi}:\nKorjattu, kiitos {a.g.all}! @{user:e} tarkistatko vielä {L:version}?\n\n{e.gs} kommentoi:\n"
     "Näyttää hyvältä. {L:nameword_fi}, että huomasitte.\n"),
    ("html_fi", "fi",
     "<h2>Mobiililiittymät – yhteyshenkilöt</h2>\n<p>Liittymätilaukset käsittelee <a href=\"mailto:{mail:s}\">"
     "{s.gs}</a>, puh. {phone:s}.</p>\n<p>Laskutusasiat: <strong>{a.gs}</strong> ({mail:a})<br/>Sijainen: "
     "{b.gs}</p>\n<p>Vaihde <a href=\"tel:{L:switchboard_fi}\">{L:switchboard_fi}</a> &ndash; "
     "{L:eponym}</p>\n<!-- muokannut {c.gs} {L:date_fi} -->\n"),
    ("markdown_fi", "fi",
     "## Laitehallinnan yhteystiedot\n\n**Yhteyshenkilö:** {s.gs} (⟦{mail:s}⟧(mailto:{mail:s}))\n"
     "**Varalla:** {a.gs}, {phone:a}\n\n> {L:macro_fi} Laitteen {L:device} IMEI ({imei}) kirjataan "
     "{L:system}-järjestelmään.\n\n- ⟦Ohje: SIM-vaihto⟧({L:pageid})\n- Kysymykset: @{user:b} tai {c.gs.all}\n"
     "_Päivittänyt {d.gs} {L:date_fi}_\n"),
    ("sharepoint_news_fi", "fi",
     "Intranet-uutinen · {L:unit_fi}\nJulkaissut {a.gs} {L:date_fi} · Muokannut {b.gs}\n\nUusi "
     "{L:operator}-sopimus alkaa. Kaikki liittymät siirtyvät {L:plan}-pakettiin. Siirrosta vastaa {s.gs} "
     "({phone:s}). Kysymyksiin vastaavat myös {c.gs} ja {d.gs} infossa ({L:room}).\n\nTykkäykset {L:count} · "
     "Tykkäsivät: {e.gs}, {f.gs}, "
     "{g.gs}\n"),
    # ---- Finnish: the operator and mobile subscriptions
    ("porting_fi", "fi",
     "Numeronsiirtotilaus {L:order}\nVanha operaattori: {L:operator}, uusi: {L:operator}\nSiirtopäivä: "
     "{L:date_fi}\nSiirrettävät numerot:\n{phone:s} – {s.gs} – {L:plan}\n{phone:a} – {a.gs} – {L:plan}\n"
     "{phone:b} – {b.gs} – {L:plan}\n{num:FI} – (käyttäjä puuttuu)\nTilaaja: {c.gs}, {L:unit_fi}\n"),
    ("porting_reject_fi", "fi",
     "Siirto hylätty ({L:portref})\n\nHei {s.g},\n\nnumeron {phone:s} siirto hylättiin, koska vanhan "
     "operaattorin ({L:operator}) tiedoissa liittymän omistaja on {a.gs}, ei {s.gs}. Pyydä {a.gs.abl} "
     "valtakirja tai liittymän omistajanvaihto. Asiakasnumero {L:customer}.\n\nTerveisin {b.gs}, "
     "{L:role_fi}\n"),
    ("sim_swap_fi", "fi",
     "SIM-kortin vaihto {L:ticket}\nKäyttäjä: {s.gs} ({user:s})\nNumero: {phone:s}\nVanha ICCID: {L:iccid}\nUusi "
     "ICCID: {L:iccid}\nPUK1: {puk:s} · PIN: {pin:s}\nVaihdon teki {a.gs} {L:stamp}; kortti toimitettu "
     "{b.gs.all} ({L:eponym}).\n"),
    ("esim_fi", "fi",
     "eSIM-aktivointi ({L:order})\n{s.gs} pyysi eSIMiä laitteeseen {L:device}. EID {L:eid}. Aktivointikoodi "
     "{lpa:s} lähetettiin osoitteeseen {mail:s}. Vanha fyysinen SIM ({L:iccid}) suljettu. Käsittelijä {a.gs}, "
     "hyväksyjä {b.gs}.\n"),
    ("subscriptions_fi", "fi",
     "Yritysliittymät – {L:unit_fi} ({L:date_fi})\nNimi;Numero;Liittymä;Kustannuspaikka\n"
     "{s.sg};{phone:s};{L:plan};{L:costcentre}\n{a.sg};{phone:a};{L:plan};{L:costcentre}\n"
     "{b.sg};{phone:b};{L:plan};{L:costcentre}\n{c.sg};{phone:c};{L:plan};{L:costcentre}\n"
     "{d.sg};{phone:d};{L:plan};{L:costcentre}\n[Vaihde];{L:switchboard_fi};[Vaihdeliittymä];{L:costcentre}\n"),
    ("billing_dispute_fi", "fi",
     "Laskureklamaatio {L:invoice}\n\n{s.gs} kiistää laskun {L:amount_fi}: hän ei ole soittanut alla olevia "
     "ulkomaanpuheluita.\n{L:stamp} {msisdn:s} → {cdr} {L:duration} {L:cdrtype}\n{L:stamp} {msisdn:s} → {cdr} "
     "{L:duration} {L:cdrtype}\n{L:stamp} {msisdn:s} → {cdr} {L:duration} {L:cdrtype}\nPuhelut {a.gs.gen} "
     "numeroon {phone:a} ovat oikeita. Selvittää: {b.gs}, {L:unit_fi}\n"),
    ("roaming_fi", "fi",
     "Verkkovierailuvalitus\n\nHei, olin työmatkalla ({L:zone}) ja {L:operator} laskutti {L:volume} dataa "
     "{L:amount_fi}. Soitin vain {c.gs.all} ({phone:c}) ja {a.gs.all} ({phone:a}). Esihenkilöni {b.gs} "
     "hyväksyi matkan.\n\n{s.gs}\n{phone:s}\n"),
    ("lost_phone_fi", "fi",
     "Kadonnut puhelin – {L:ticket}\n{L:hour} {s.gs} ilmoitti puhelimen ({L:device}, IMEI {imei:s}) "
     "kadonneeksi. Numero {phone:s} suljettu väliaikaisesti, laite tyhjennetty ({L:product}). {a.gs} tilasi "
     "uuden SIMin; PUK {puk:s}. Poliisi-ilmoituksen teki {b.gs}. Uusi laite toimitetaan {c.gs.all}.\n"),
    ("switchboard_fi", "fi",
     "Vaihteen muutospyyntö\nVaihde: {L:switchboard_fi} ({L:product})\nJono: {L:queue}\nLisää jonoon: {s.gs} "
     "({phone:s}), {a.gs} ({phone:a})\nPoista: {b.gs}\nYlivuoto {c.gs.gen} matkapuhelimeen {phone:c} klo "
     "{L:hour} jälkeen.\nPyytäjä {d.gs}, {L:role_fi}\n"),
    ("voicemail_fi", "fi",
     "Aihe: Uusi vastaajaviesti numerosta {phone:a}\n\nHei {s.g},\n\nsinulle on uusi viesti ({L:duration}) "
     "numerosta {phone:a} ({a.gs}). Viesti on liitteenä: {L:wavfile}.\nTekstitys: \"Moi, {a.g} täällä, soita "
     "takaisin tai laita viesti {b.gs.all}.\"\n\n{L:product} · Vastaaja {phone:s}\n"),
    ("sms_gateway_fi", "fi",
     "SMS-yhdyskäytävä – toimitusraportti {L:msgid}\nLähettäjä: {L:product} / {user:a}\nVastaanottajat:\n"
     "{phone:s} ({s.gs}) – toimitettu {L:stamp}\n{phone:b} ({b.gs}) – toimitettu {L:stamp}\n{num} – "
     "epäonnistui (tuntematon numero)\nViesti: \"Palvelupiste: {L:ticket} on ratkaistu.\"\n"),
    ("multinumber_fi", "fi",
     "Lisänumero – {L:order}\n{s.gs} haluaa toisen numeron samaan liittymään ({L:plan}): pääasiallinen "
     "{phone:s}, lisänumero {num:FI}. Numero näkyy {a.gs.gen} ja {b.gs.gen} puhelinluettelossa. Aiemmin "
     "lisänumero oli {c.gs.ade}. Hyväksyjä {d.gs}, {L:role_fi}.\n"),
    ("owner_change_fi", "fi",
     "Liittymän omistajanvaihto {L:order}\nLuovuttaja: {s.gs}, {phone:s}, asiakasnumero {L:customer}\n"
     "Vastaanottaja: {k.gs}, {mail:k}\nTodistaja: {a.gs}\nNumero pysyy samana; laskutus {L:date_fi} alkaen "
     "{k.g.all}. Käsitteli {b.gs} ({L:unit_fi})\n"),
    ("cdr_export_fi", "fi",
     "Puheluerittely {L:invoice} · {phone:s} ({s.gs}) · kausi {L:date_fi}–{L:date_fi}\n"
     "aika;A-numero;B-numero;kesto;tyyppi\n"
     "{L:stamp};{msisdn:s};{cdr};{L:duration};{L:cdrtype}\n{L:stamp};{msisdn:s};{cdr};{L:duration};{L:cdrtype}\n"
     "{L:stamp};{cdr};{msisdn:s};{L:duration};{L:cdrtype}\n{L:stamp};{msisdn:s};{L:shortcode};{L:duration};"
     "{L:cdrtype}\nPyytäjä {a.gs}, toimittaja {b.gs}\n"),
    ("desk_call_fi", "fi",
     "Puhelumuistio {L:ticket}\n{L:hour} {s.gs} soitti: työpuhelimen numero {phone:s} ei toimi siirron jälkeen. "
     "Vanha operaattori {L:operator}. Tarkistin {L:system}: siirto tehty {L:date_fi}, mutta {a.gs} oli "
     "tilannut väärän SIMin ({L:iccid}). Ohjasin {b.gs.ill}; hän soittaa takaisin. Kirjasi {c.gs}.\n"),
    # ---- English: the knowledge base
    ("wiki_page_en", "en",
     "{L:space} / How-to / Port a number to the company plan\nCreated by {a.gs}, last updated by {b.gs} on "
     "{L:date_en} ({L:version})\n\n{L:macro_en} Porting takes 1–3 working days. Ask the losing carrier for a "
     "{L:portref} code. For help contact {c.gs} ({mail:c}) or {d.gs} on {phone:d}.\nExample: {s.gs}'s number "
     "{phone:s} was ported on {L:date_en}.\n"),
    ("page_history_en", "en",
     "Page history – {L:kbid}\n{L:version} · {L:date_en} · {a.gs} · \"Added eSIM steps\"\n{L:version} · "
     "{L:date_en} · {b.gs} · \"Replaced {c.gs}'s number with the switchboard {L:switchboard_en}\"\n{L:version} · "
     "{L:date_en} · {s.gs} · \"Restored version by {d.gs}\"\nWatchers: {e.gs}, {f.gs}\n"),
    ("comments_en", "en",
     "Comments on \"Lost or stolen phone\" ({L:pageid})\n\n{a.gs} · {L:date_en}\n@{s.gs} the PUK section still "
     "says to call {b.gs} on {phone:b} – {b.g} left in {L:date_en}.\n  Like (3) · {c.gs}, {d.gs}, {e.gs}\n"
     "{s.gs} · {L:date_en}\nFixed, thanks! Now it says {L:switchboard_en}. {L:nameword_en} when you can; demo in "
     "{L:room}.\n"),
    ("html_en", "en",
     "<table><tr><th>Role</th><th>Name</th><th>Contact</th></tr>\n<tr><td>Mobile fleet</td><td>{s.gs}</td><td>"
     "<a href=\"mailto:{mail:s}\">{mail:s}</a></td></tr>\n<tr><td>Deputy</td><td>{a.gs}</td><td>{phone:a}</td>"
     "</tr>\n<tr><td>Billing</td><td>{b.gs}</td><td>{mail:b}</td></tr>\n<tr><td>Switchboard</td><td>"
     "[Reception]</td><td>{L:switchboard_en}</td></tr></table>\n<p><em>Owner: {c.gs}</em></p>\n"),
    ("faq_en", "en",
     "FAQ – Roaming and travel ({L:kbid})\n\nQ: Do I pay extra in {L:zone}?\nA: Check {L:plan}. Ask {a.gs} "
     "({mail:a}) before travelling.\n\nQ: Whom do I call if the phone is stolen abroad?\nA: Call {L:switchboard_en} "
     "(24/7), not a person. {L:macro_en} Dial {L:shortcode} to see the IMEI.\n\nPage owner: {s.gs} · Reviewed by "
     "{b.gs} and {c.gs}\n"),
    # ---- English: the operator
    ("port_in_en", "en",
     "Port-in request {L:order}\nLosing carrier: {L:operator}\nPAC/porting code: {L:portref}\nNumbers:\n"
     "{phone:s} – {s.gs}\n{phone:a} – {a.gs}\n{num:GB} – spare line\nRequested by {b.gs} ({mail:b}), "
     "authorised by {c.gs}, {L:role_en}\n"),
    ("sim_swap_en", "en",
     "Ticket {L:ticket}: SIM swap\n{s.gs} ({user:s}) needs a new SIM for {phone:s}. Old ICCID {L:iccid}, new "
     "ICCID {L:iccid}. PUK {puk:s}. Identity checked by {a.gs}, swap done by {b.gs} at {L:hour}. IMSI "
     "{imsi:s}.\n"),
    ("esim_en", "en",
     "eSIM activation – {L:order}\nUser: {s.gs} <{mail:s}>\nDevice: {L:device}, IMEI {imei:s}\nEID: {L:eid}\n"
     "Activation code: {lpa:s}\nApproved by {a.gs}; QR code sent by {b.gs}. {L:nameword_en}.\n"),
    ("billing_en", "en",
     "Billing dispute – invoice {L:invoice} ({L:amount_en})\n{s.gs} disputes these calls from {phone:s}:\n"
     "{L:stamp} | A {msisdn:s} | B {cdr} | {L:duration} | {L:cdrtype}\n{L:stamp} | A {msisdn:s} | B {cdr} | "
     "{L:duration} | {L:cdrtype}\n{L:stamp} | A {cdr} | B {msisdn:s} | {L:duration} | {L:cdrtype}\nCalls to "
     "{a.gs} ({phone:a}) are accepted. Handled by {b.gs}, {L:role_en}.\n"),
    ("roaming_en", "en",
     "Roaming complaint\n\nHi, on my trip ({L:zone}) I was charged {L:amount_en} for {L:volume}. I only called "
     "{a.gs} on {phone:a} and my manager {b.gs}. {c.gs} said roaming was included in {L:plan}.\n\nRegards,\n"
     "{s.gs}\n{phone:s}\n"),
    ("lost_phone_en", "en",
     "Lost phone – {L:ticket}\n{L:hour} {s.gs} reported the {L:device} lost. Number {phone:s} suspended; IMEI "
     "{imei:s} blocked. {a.gs} ordered a replacement SIM ({L:iccid}). Courier to {b.gs} at {L:eponym}.\n"),
    ("subscriptions_en", "en",
     "Company subscriptions export ({L:date_en})\nname,number,plan,cost_centre\n\"{s.sgc}\",{phone:s},{L:plan},"
     "{L:costcentre}\n\"{a.sgc}\",{phone:a},{L:plan},{L:costcentre}\n\"{b.sgc}\",{phone:b},{L:plan},"
     "{L:costcentre}\n\"{c.sgc}\",{phone:c},{L:plan},{L:costcentre}\n[Switchboard],{L:switchboard_en},[Hunt group],"
     "{L:costcentre}\n"),
    ("voicemail_en", "en",
     "Subject: Voicemail from {phone:a}\n\nYou received a voicemail ({L:duration}) from {a.gs} ({phone:a}) on "
     "{L:date_en}.\nTranscript: \"Hi {s.g}, it's {a.g}. Please forward the invoice to {b.gs}.\"\nAttachment: "
     "{L:wavfile}\nYour mailbox number: {phone:s}\n"),
    ("switchboard_en", "en",
     "Change request – hunt group\nMain number {L:switchboard_en} ({L:product})\nQueue {L:queue}: add {s.gs} "
     "({phone:s}) and {a.gs} ({phone:a}); remove {b.gs}. After {L:hour} overflow to {c.gs}'s mobile {phone:c}.\n"
     "Requested by {d.gs}\n"),
    # ---- Swedish
    ("wiki_sv", "sv",
     "{L:space} / Instruktioner / Nummerflytt\nSkapad av {a.gs}, senast ändrad av {b.gs} {L:date_sv} "
     "({L:version})\n\n{L:macro_sv} En nummerflytt tar 1–5 arbetsdagar. Kontakta {c.gs} ({mail:c}, {phone:c}) "
     "om flytten fastnar. Växelnumret {L:switchboard_sv} flyttas inte.\n"),
    ("comments_sv", "sv",
     "Kommentarer (3) – {L:kbid}\n\n{a.gs} {L:date_sv}:\n@{s.gs} sidan har fortfarande {b.gs.gen} gamla nummer "
     "{phone:b}.\n  Gillas av {c.gs} och {d.gs}\n{s.gs} svarade {L:date_sv}:\nRättat! @{user:e} kan du "
     "granska {L:version}?\n"),
    ("faq_sv", "sv",
     "Vanliga frågor: simkort och eSIM ({L:kbid})\n\nF: Jag har tappat mobilen?\nS: Ring {L:switchboard_sv} och "
     "spärra abonnemanget. Kontakta sedan {a.gs} ({mail:a}).\n\nF: Var hittar jag PUK-koden?\nS: I "
     "{L:system}. {L:macro_sv} Lämna aldrig ut PUK-koden; {L:nameword_sv}.\n\nSidägare: {s.gs}, {phone:s}. "
     "Granskad av {b.gs}.\n"),
    ("nummerflytt_sv", "sv",
     "Nummerflytt – order {L:order}\nNuvarande operatör: {L:operator}\nFlyttdatum: {L:date_sv}\nNummer:\n"
     "{phone:s} ({s.gs})\n{phone:a} ({a.gs})\n{phone:b} ({b.gs})\nBeställare {c.gs}, {L:role_sv}. "
     "Fullmakt signerad av {d.gs}.\n"),
    ("simbyte_sv", "sv",
     "Ärende {L:ticket}: Byte av simkort\n{s.gs} ({user:s}) behöver nytt simkort till {phone:s}. Gammalt ICCID "
     "{L:iccid}, nytt {L:iccid}. PUK: {puk:s}. Utfört av {a.gs}, {L:stamp}. Kortet skickas till {b.gs.gen} "
     "kontor på {L:eponym}.\n"),
    ("esim_sv", "sv",
     "eSIM-aktivering {L:order}\n{s.gs} har fått eSIM till {L:device}. EID {L:eid}. Aktiveringskod {lpa:s} "
     "skickad till {mail:s}. Godkänd av {a.gs}, utförd av {b.gs}.\n"),
    ("faktura_sv", "sv",
     "Fakturareklamation {L:invoice} ({L:amount_sv})\n{s.gs} bestrider följande samtal:\n{L:stamp} {msisdn:s} -> "
     "{cdr} {L:duration} {L:cdrtype}\n{L:stamp} {msisdn:s} -> {cdr} {L:duration} {L:cdrtype}\n{L:stamp} {cdr} -> "
     "{msisdn:s} {L:duration} {L:cdrtype}\nSamtal till {a.gs.gen} nummer {phone:a} godkänns. Handläggare "
     "{b.gs}.\n"),
    ("roaming_sv", "sv",
     "Klagomål på roaming\n\nHej! Jag var i {L:zone} och debiterades {L:amount_sv} för {L:volume}. Jag ringde "
     "bara {a.gs} ({phone:a}), {L:nameword_sv}. {b.gs} sa att det ingick i {L:plan}.\n\nMvh {s.gs}\n{phone:s}\n"),
    ("abonnemang_sv", "sv",
     "Företagsabonnemang ({L:date_sv})\nNamn;Nummer;Abonnemang;Kostnadsställe\n{s.sg};{phone:s};{L:plan};"
     "{L:costcentre}\n{a.sg};{phone:a};{L:plan};{L:costcentre}\n{b.sg};{phone:b};{L:plan};{L:costcentre}\n"
     "{c.sg};{phone:c};{L:plan};{L:costcentre}\n[Växel];{L:switchboard_sv};[Växelabonnemang];{L:costcentre}\n"),
    ("vaxel_sv", "sv",
     "Ändring i växeln\nVäxelnummer {L:switchboard_sv} ({L:product})\nKö {L:queue}: lägg till {s.gs} ({phone:s}) "
     "och {a.gs}; ta bort {b.gs}. Efter kl. {L:hour} kopplas samtal till {c.gs.gen} mobil {phone:c}.\n"
     "Beställt av {d.gs}\n"),
]

COPIES = {"fi": ["\nTiedoksi: {e.gs} ({phone:e}), {f.gs}\n", "\nKopio: {f.gs}, {phone:f}\n",
                 "\nTiedoksi {e.gs.all} ja {f.gs.all}\n", "\n@{e.gs} @{f.gs} katsokaa tämä\n"],
          "en": ["\ncc: {e.gs}, {f.gs} ({phone:f})\n", "\nMentioned: @{f.gs}\n", "\ncc: {e.gs} <{mail:e}>\n"],
          "sv": ["\nKopia: {e.gs}, {f.gs}\n", "\nFör kännedom: {f.gs}, {phone:f}\n"]}

# The service desk's record around each text: the case system's footer with the handler, or the wiki export's line.
RECORDS = {
    "fi": ["\n--\n{L:system} · Tiketti {L:ticket} päivitetty {L:stamp}\nKäsittelijä: {g.gs}, {L:role_fi}, "
           "puh. {phone:g}\nJono: {L:queue}\n",
           "\n---\nViety {L:system}-palvelusta {L:date_fi} · sivu {L:pageid} · {L:version} · viejä {g.gs}\n"
           "Tunnisteet: {L:label}, {L:label}\n",
           "\n\n{g.gs}\n{L:role_fi}, {L:unit_fi}\n{phone:g} · vaihde {L:switchboard_fi}\n[Esimerkki Oy], "
           "Y-tunnus {L:ytunnus}\n"],
    "en": ["\n--\n{L:system} · Case {L:ticket} updated {L:stamp}\nOwner: {g.gs}, {L:role_en}, tel. {phone:g}\n"
           "Queue: {L:queue}\n",
           "\n---\nExported from {L:system} on {L:date_en} · {L:pageid} · {L:version} · by {g.gs}\n"
           "Labels: {L:label}, {L:label}\n",
           "\n\n{g.gs}\n{L:role_en}, {L:unit_en}\nM: {phone:g} | Switchboard: {L:switchboard_en}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:ticket} uppdaterat {L:stamp}\nHandläggare: {g.gs}, {L:role_sv}, "
           "tfn {phone:g}\nKö: {L:queue}\n",
           "\n---\nExporterad från {L:system} {L:date_sv} · {L:pageid} · {L:version} · av {g.gs}\n"
           "Etiketter: {L:label}, {L:label}\n",
           "\n\n{g.gs}\n{L:role_sv}, {L:unit_sv}\nMobil: {phone:g} · Växel: {L:switchboard_sv}\nOrg.nr {L:orgnr}\n"],
}


draw = generation.case_draw("held-out-37", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS)


def main():
    tally = generation.printed(SHAPES, draw, REDRAWN, PHONES, COUNTRIES)
    if "--stats" in sys.argv:
        print(json.dumps(dict(tally.counts)), file=sys.stderr)
        tally.print_stats(tally.dates(), literal_variants=True)
        generation.print_redrawn(REDRAWN)


main()
