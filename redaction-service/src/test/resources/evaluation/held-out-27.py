#!/usr/bin/env python3
"""Generates the twenty-seventh held-out set (held-out-27.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 26: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of service-desk and data-protection text that sets 1-26 lack: a chat bot's logs with its NLU output as
JSON (intent, confidence, slots) where the user corrects a misspelt name slot and a number, one-time codes, passwords
and recovery keys given to the bot; call transcripts with diarisation labels (Puhuja 1:, SPEAKER_00:, Talare 1:) where
the caller spells the surname with a spelling alphabet (H niin kuin Heikki, Charlie, A som i Adam); handover summaries
drafted by an assistant; data-subject requests in the requester's own words (access for oneself and a child,
rectification after marriage, erasure, objection), by a solicitor or a guardian, with the DPO's identity checks and
case notes (Dnro 123/2027, GDPR art. 15, § 12); police and tax-office disclosure requests and the replies; refund
disputes naming agents with the dispute handler's notes; text as systems mangle it: HTML mail with tags and entities
(H&auml;m&auml;l&auml;, &nbsp;, &#322;), mailto: and tel: links, quoted-printable bodies (=C3=A4, soft breaks =),
URL-encoded names, numbers and addresses in CRM and unsubscribe links (?etunimi=Aino-Kielo&puhelin=%2B358…,
%40), addresses written against harvesters (aino (at) firma (dot) fi), OCR'd forms with labels and values on
separate lines (Sukunimi:, Etunimet:, Efternamn:, Surname:) and a surname hyphenated over a line break, SMS in
capitals without ä and ö; mail threads with signatures, degrees (DI, KTM, PhD, MBA, CIPP/E), disclaimers, "käyttäjän
… puolesta", "on behalf of", "för … räkning" and shared mailboxes; Markdown tables of request registers; ssh and VPN
logs with user names and IP addresses.
Names: rare Finnish double given names (Aili-Kerttu, Lasse-Matti, Vieno-Inkeri) and surnames (Kellokumpu, Ijäs,
Tuohimaa, Lohilahti), double surnames after marriage (Ijäs-Lohilahti: Ijäs-Lohilahdelle), the words Lumi, Toivo and
Onni as names; Finnish cases: nominative, genitive (the accusative writes as it), partitive, essive ("esiintyi
Kashanina"), translative ("Kaarakasta Kashaniksi"), inessive, elative, illative, adessive, ablative, allative,
abessive (Hyyryläisettä), comitative with its possessive (Kerttu-Liisoineen, Paakkosineen) and, rarely, the
instructive (kaksin Paakkosin), with the clitics -kin, -kaan/-kään, -han/-hän; a -nen family in the plural
(Paakkoset, Paakkosten, Paakkosille, Paakkosilta); Sámi (Inari and Skolt: Jovnâ, Máárjá; Mattus, Fofanoff), Karelian
(Okahvie, Miikkul; Potapoff), Roma Finnish (Feija; Hagert, Blomerus, Baltzar), Tatar (Gölnar; Bedretdin,
Samaletdin), Jewish Finnish (Rivka; Skurnik, Zewi), Finnish names spelt without ä and ö (Paivi Hamalainen, Kyosti
Ylonen), Icelandic patronymics (Þórhallur Eyjólfsson, Ásdís Steinþórsdóttir), Chinese surname first (Lü Shuhui),
Indian (D'Mello), Arabic with nasab (bin Saeed Al Hashimi, one span), Turkish, Iranian, Kurdish, Somali, Ethiopian,
Congolese (Grâce, Trésor), Ghanaian, Brazilian, Mexican (Hernández Ochoa, one span), Polish, Baltic, Hawaiian with
the ʻokina (Kaʻiulani), Irish (Ó Murchú, Ní Fhloinn, Mac Giolla Phádraig), Italian and West African names with an
apostrophe (Dell'Acqua, N'Dour), rare English (Tryphena, Wigglesworth; Hope, Will and Grace as names) and
Finland-Swedish ones (Dag, Sten, Kjell-Åke; Träskbacka, Snickars), all in the Finnish cases in Finnish messages.
Phones: Finnish mobiles, landlines and service numbers and numbers of 36 other countries in international and
national forms, also as links and systems store them (tel:+358-40-…, <a href="tel:+35840…">, %2B358… in a URL,
"(mob.)" after it).
Labelling policy, as in held-out-25.py and held-out-26.py, with these for the new kinds: a name, a number or an
address in an encoded form (HTML entities, quoted-printable, percent-encoding) is labelled as it stands, the encoded
characters inside its span, and a space written as &nbsp;, %20 or + between two name parts stays outside both spans;
in a link the scheme and the query key stay outside (mailto:, tel:, &puhelin=), the number and the address inside,
and the link's target and its visible text are two spans; an address written against harvesters is one EMAIL span
from its first to its last letter; a surname hyphenated over a line break by OCR is one NAME span holding the hyphen
and the line break (Kaara-\nkan); a misspelt slot value (Arvlea for Arvela) is the person's NAME as it stands; the
words of a spelling alphabet (Heikki, Charlie, Adam, Martin) are look-alikes, not people; a one-time code, a password
and a recovery key given to the bot or in an SMS are the subject's CREDENTIAL, a user name in a log is a USERNAME and
its source address an IP_ADDRESS of its owner; a degree after a name (KTM, PhD, jur.kand.) is a look-alike outside
the span; an old surname after marriage and a -nen family's plural forms are the subject's NAME; a child or a relative
a requester writes for is a third party; a shared mailbox (tietosuoja@, privacy@, dataskydd@) is an EMAIL, role
"third"; a masked card (**** 1234, "ending 1234") is a look-alike. A particle or nasab (Ní, Ó, Mac Giolla, bin, Al)
is inside the surname's span; titles stay outside the spans, a Finnish ending or clitic inside, an English "'s"
outside, a Swedish genitive -s inside. Look-alikes (kept): case, ticket and diary numbers (Dnro 12/2027, TSV/…,
dnr 34/03.01.00/2027), law sections (GDPR 15 artikla, Article 17(1)(a), 4 § dataskyddslagen), business ids, dates in
many forms, times, sums, versions, hashes, GUIDs, products (Suomi.fi, OmaPosti, BankID), streets named after people
(Runeberginkatu, Minna Canthin katu 3, 1 Ada Lovelace Way), firms that are surnames (Paulig, Hartwall, Fiskars,
Sinebrychoff), places (Sevettijärvi, Inari) and the words that are this set's names (lumi, onni, toivo, musta, Palm,
Lapsa; grace, hope, will, back, Butterfield; dag, sten, björn, palm) — never in a message whose person bears that name.
Same format as evaluation-set.jsonl; 650 messages: about 55 % Finnish, 35 % English and 10 % Swedish. Each message
checks itself before it is printed (message.emit: Message.check and message.verify) and is written again with new
draws when a labelled value stands unlabelled elsewhere in it, in any letter case, or a look-alike holds one.
Deterministic: python3 held-out-27.py > held-out-27.jsonl (python3 held-out-27.py --stats adds counts on stderr)"""
import collections
import random
import re
import sys
import unicodedata
import urllib.parse

import identifiers
from message import Message, emit, first_clean, mixed_language
from name_forms import distinct, foreign, inflect as fi, nen, nominative

R = random.Random(27272727)
PHONES = collections.Counter()
REDRAWN = collections.Counter()


def compound(nom, weak, strong, par, ill, front=False):
    """A compound surname's forms; front=True when its last word takes front vowels (Kankaanpää: Kankaanpäällä)."""
    forms = fi(nom, weak, strong, par=par, ill=ill)
    if front:
        for case in ("ess", "ade", "abl", "ela", "ine"):
            forms[case] = forms[case][:-1] + "ä"
    return forms


# Names whose stem the rules of name_forms do not give: consonant gradation, -s stems, compounds ending in -maa.
IRREGULAR = {"Lasse-Matti": fi("Lasse-Matti", "Lasse-Mati", "Lasse-Matti"),
             "Ahti-Pekka": fi("Ahti-Pekka", "Ahti-Peka", "Ahti-Pekka"),
             "Veikko-Pekka": fi("Veikko-Pekka", "Veikko-Peka", "Veikko-Pekka"),
             "Aili-Kerttu": fi("Aili-Kerttu", "Aili-Kertu", "Aili-Kerttu"),
             "Hannu-Pekka": fi("Hannu-Pekka", "Hannu-Peka", "Hannu-Pekka"),
             "Soukka": fi("Soukka", "Souka", "Soukka"), "Kaarakka": fi("Kaarakka", "Kaaraka", "Kaarakka"),
             "Kellokumpu": fi("Kellokumpu", "Kellokummu", "Kellokumpu"),
             "Ijäs": fi("Ijäs", "Ijäkse", "Ijäkse", par="Ijästä", ill="Ijäkseen"),
             "Isokangas": compound("Isokangas", "Isokankaa", "Isokankaa", "Isokangasta", "Isokankaaseen"),
             "Lohilahti": compound("Lohilahti", "Lohilahde", "Lohilahte", "Lohilahtea", "Lohilahteen"),
             "Tuohimaa": compound("Tuohimaa", "Tuohimaa", "Tuohimaa", "Tuohimaata", "Tuohimaahan"),
             "Marjamaa": compound("Marjamaa", "Marjamaa", "Marjamaa", "Marjamaata", "Marjamaahan")}
# The comitative with its possessive suffix (Suomineen: with her Suoma), for the given names that take it naturally.
COMITATIVE = {"Lumi": "Lumineen", "Toivo": "Toivoineen", "Onni": "Onneineen", "Suoma": "Suomineen",
              "Einari": "Einareineen", "Ilmo": "Ilmoineen", "Taavetti": "Taavetteineen",
              "Aino-Kielo": "Aino-Kieloineen", "Meri-Tuuli": "Meri-Tuulineen", "Ilona-Maria": "Ilona-Marioineen",
              "Kerttu-Liisa": "Kerttu-Liisoineen", "Vieno-Inkeri": "Vieno-Inkereineen"}


def endings(nom):
    """Finnish endings of a name: -nen surnames, the irregular ones above, else by its last letter (a last vowel with
    a mark, Grâce or Xóchitl's -l, as a plain vowel or consonant); a name of several words or a double name
    (Ijäs-Lohilahti: Ijäs-Lohilahdelle) inflects its last part."""
    if nom in IRREGULAR:
        return dict(IRREGULAR[nom])
    head, _, tail = nom.rpartition("-")
    if head and tail[:1].isupper():
        return {case: f"{head}-{form}" for case, form in endings(tail).items()}
    if nom.endswith("nen") and " " not in nom:
        return nen(nom)
    plain = unicodedata.normalize("NFD", nom[-1])[0].lower()
    return fi(nom) if plain in "aeiouyäö" else foreign(nom)


def add_cases(forms):
    """The abessive (Lampelatta), and the comitative where it is natural, besides the cases name_forms gives."""
    weak = forms["gen"][:-1]
    forms["abe"] = weak + "tt" + forms["par"][-1]
    if forms["nom"] in COMITATIVE:
        forms["com"] = COMITATIVE[forms["nom"]]
    return forms


# Rare Finnish given names, most of them double; the words Lumi, Toivo and Onni as names now and then.
FI_MEN = ["Einari", "Ilmo", "Taavetti", "Lasse-Matti", "Olavi-Ilmari", "Pentti-Oskari", "Väinö-Ilmari", "Arvo-Kalevi",
          "Ahti-Pekka", "Veikko-Pekka", "Toivo-Ilmari", "Onni-Ilmari", "Aapo-Kalevi", "Jaakko-Ilmari", "Martti-Olavi",
          "Eelis-Ilmari", "Esko-Juhani", "Jouni-Petteri"]
FI_WOMEN = ["Suoma", "Aili-Kerttu", "Helvi-Kaarina", "Ilona-Maria", "Kerttu-Liisa", "Meri-Tuuli", "Ronja-Maria",
            "Saana-Liisa", "Siiri-Maria", "Taimi-Liisa", "Vilja-Maaria", "Lumi-Sofia", "Aino-Kielo", "Aune-Maija",
            "Unelma-Sofia", "Kielo-Maria", "Vieno-Inkeri"]
FI_WORD_NAMES = ["Lumi", "Toivo", "Onni"]
FI_LAST = ["Hirvensalo", "Kahelin", "Lampela", "Lankinen", "Rimpiläinen", "Sairanen", "Tarvainen", "Teittinen",
           "Vainikainen", "Ervasti", "Ijäs", "Jalkanen", "Jokelainen", "Korpelainen", "Reponen", "Tuunanen",
           "Hyyryläinen", "Kuokkanen", "Arvela", "Isokangas", "Jaakola", "Karjula", "Kemilä", "Kuivila", "Lohilahti",
           "Marjamaa", "Pahkala", "Pohjonen", "Rahkola", "Soukka", "Tuohimaa", "Vahala", "Vilppula", "Kaarakka",
           "Kellokumpu", "Lumiaho", "Onnela", "Toivola", "Ahokainen"]

# Finnish minorities and other origins: (given names, surnames, countries their numbers come from).
SAMI = (["Ánná", "Jovnâ", "Máárjá", "Jefim", "Ouddas", "Vasko", "Kaaisa", "Elle-Sofe", "Niillas-Ánte", "Biret-Máret",
         "Nilsá"], ["Mattus", "Paadar", "Sarre", "Fofanoff", "Sverloff", "Jefremoff", "Musta"], ["FI", "NO"])
KARELIAN = (["Ondrei", "Timoi", "Okahvie", "Moarie", "Hoti", "Miikkul", "Olenka", "Ivanie", "Palagie"],
            ["Patrikainen", "Potapoff", "Trofimoff", "Boijoff"], ["FI", "RU"])
ROMA = (["Feija", "Veijo", "Nelly", "Anita-Rosa", "Kiira", "Miro-Valtteri", "Selina"],
        ["Hagert", "Nyman", "Blomerus", "Grönstrand", "Baltzar", "Hedman", "Palm", "Borg", "Ahlgren"], ["FI"])
TATAR = (["Gölnar", "Ramil", "Fuat", "Zinnet", "Halit", "Sälime", "Äminä", "Rinat"],
         ["Bedretdin", "Samaletdin", "Hakimoff", "Baibulat", "Nizametdin", "Zaidan", "Ahsen"], ["FI", "TR"])
JEWISH = (["Mordechai", "Rivka", "Salomon", "Dina", "Jakob", "Hadassa", "Isak", "Mirjam"],
          ["Skurnik", "Smolar", "Zewi", "Bensky", "Kuritzky", "Jakobson", "Gordin", "Hirschowitz"], ["FI", "IL"])
ASCII_FI = (["Paivi", "Kyosti", "Hannu-Pekka", "Kaarlo-Jyrki", "Seija-Paivi", "Marja-Tuula"],
            ["Hamalainen", "Jarvelainen", "Kayhko", "Makela", "Paakkonen", "Sodervall", "Ylonen", "Rasanen"],
            ["FI", "US", "CA", "AU"])
ICELANDIC = (["Guðrún", "Þórhallur", "Einar", "Bjarki", "Ásdís", "Þorgerður", "Steinunn", "Ingibjörg", "Sæmundur",
              "Brynhildur"],
             ["Sigurðardóttir", "Þórsson", "Gunnarsdóttir", "Ólafsson", "Bjarkardóttir", "Ásgeirsdóttir",
              "Eyjólfsson", "Steinþórsdóttir"], ["IS"])
CHINESE = (["Jingyi", "Xinyue", "Yuhan", "Shuhui", "Zeyu", "Haoyu", "Muchen"],
           ["Hou", "Gu", "Lü", "Pan", "Fang", "Ye", "Duan"], ["CN"])
INDIAN = (["Aishwarya", "Raghunath", "Anil", "Thirumalai", "Vaidehi", "Shrinivas", "Padmavathi", "Hemalatha"],
          ["Iyengar", "D'Mello", "Ramakrishnan", "Chattopadhyay", "Nambiar", "Raghavendra"], ["IN"])
ARABIC = (["Hamad", "Noura", "Latifa", "Saif", "Hessa", "Abdulrahman"],
          ["bin Rashid Al Mansouri", "ibn Hamad Al-Kuwari", "bin Saeed Al Hashimi", "bin Khalid Al-Suwaidi",
           "Al-Amoudi", "Al Zahrani"], ["AE", "SA"])
TURKISH = (["Yiğit", "Büşra", "Ertuğrul", "Şebnem"], ["Karakaya", "Aydoğan", "Çakır", "Kahraman", "Erdoğdu", "Tunçel"],
           ["TR"])
IRANIAN = (["Farnaz", "Shahrzad", "Bahman", "Ardalan"], ["Mohammadzadeh", "Kashani", "Hosseinpour", "Bakhtiari"],
           ["IR"])
KURDISH = (["Rojhat", "Zagros", "Rebwar", "Hêvî", "Dilşad", "Sherko"], ["Mukriani", "Barzinji", "Baban"], ["IQ", "TR"])
SOMALI = (["Cabdiraxmaan", "Maxamuud", "Cawil", "Xamdi", "Ubax"], ["Cilmi", "Ducaale", "Shirwac", "Cabdille"], ["SO"])
ETHIOPIAN = (["Tewodros", "Eskinder", "Liya"], ["Wondimu", "Asfaw", "Gebrekidan"], ["ET"])
CONGOLESE = (["Dieudonné", "Grâce", "Exaucé", "Merveille", "Trésor"],
             ["Mbuyi", "Kabongo", "Tshibangu", "Nsimba", "Mukendi", "Kalonji"], ["CD"])
GHANAIAN = (["Yaa", "Kwaku", "Esi"], ["Agyeman", "Frimpong", "Osei-Tutu", "Ansah", "Gyamfi"], ["GH"])
BRAZILIAN = (["Thaís", "Wellington", "Raimunda", "Joaquina", "Gilberto"],
             ["Figueiredo", "Albuquerque", "Nogueira", "Bezerra", "Cerqueira"], ["BR"])
MEXICAN = (["Xóchitl", "Cuauhtémoc", "Itzel", "Emiliano", "Citlali"],
           ["Hernández Ochoa", "Villaseñor", "Castañeda Ruiz", "Sandoval", "Ibarra Treviño"], ["MX"])
POLISH = (["Witold", "Bogusława"], ["Brzęczyszczykiewicz", "Grabowska", "Chmielewski"], ["PL"])
BALTIC = (["Ainārs", "Vaidotas", "Giedrė", "Laimutė"],
          ["Kārkliņš", "Lapsa", "Kazlauskienė", "Stankevičiūtė", "Vaitkevičius", "Žukauskaitė"], ["LV", "LT"])
HAWAIIAN = (["Kaʻiulani", "Keʻalohilani", "Kawika", "Makana", "Pualani"],
            ["Kaʻahumanu", "Nāone", "Akana", "Keawe", "Kamakau"], ["US"])
IRISH = (["Bláthnaid", "Gobnait", "Muireann"], ["Ní Chonaill", "Ní Fhloinn", "Ní Mhurchú", "Ní Cheallaigh"], ["IE"])
IRISH_MEN = (["Donncha", "Colm", "Tomás", "Diarmuid"], ["Ó Briain", "Mac Giolla Phádraig", "Ó Murchú", "Ó Floinn"],
             ["IE", "GB"])
ITALIAN = (["Donato", "Raffaele", "Ilaria"], ["Dell'Acqua", "D'Amico", "D'Alessandro", "Dall'Ara"], ["IT", "CH"])
WEST_AFRICAN = (["Fatou", "Khady", "Aissatou"], ["N'Dour", "N'Guessan", "Sow"], ["SN", "FR"])
ANGLO = (["Tobiah", "Tryphena", "Aurelius", "Benedicta", "Hortensia", "Hope", "Will", "Grace"],
         ["Wigglesworth", "Butterfield", "Scattergood", "Gathercole", "Honeysett", "Pankhurst", "Quenby", "Allardyce",
          "Cheeseman", "Dimmock"], ["GB", "US", "NZ", "AU", "CA"])
SWEDISH = (["Dag", "Sten", "Björn", "Agda", "Ingvor", "Kjell-Åke", "Maj-Lis", "Torgny", "Berndt", "Gun-Maj", "Ulf-Erik",
            "Brita-Lisa", "Stig-Olof", "Märta-Stina", "Eskil", "Hilding", "Sten-Åke", "Dag-Erik"],
           ["Träskbacka", "Kullas", "Wiik", "Kjellman", "Eklöf", "Myntti", "Ollqvist", "Back", "Snickars", "Sandin",
            "Storbacka", "Enroth", "Lillqvist"], ["FI", "SE"])
MINORITIES = [SAMI, KARELIAN, ROMA, TATAR, JEWISH, ASCII_FI]
WORLD = [ICELANDIC, CHINESE, INDIAN, ARABIC, TURKISH, IRANIAN, KURDISH, SOMALI, ETHIOPIAN, CONGOLESE, GHANAIAN,
         BRAZILIAN, MEXICAN, POLISH, BALTIC, HAWAIIAN, IRISH, IRISH_MEN, ITALIAN, WEST_AFRICAN]
SURNAME_FIRST = {id(CHINESE)}

# Each country's numbers in its international and national forms.
FOREIGN = {"SE": ["+46 70 {3} {2} {2}", "070-{3} {2} {2}", "08-{3} {2} {2}"],
           "NO": ["+47 9{2} {2} {3}", "9{2} {2} {3}", "+47 22 {2} {2} {2}"],
           "DK": ["+45 2{1} {2} {2} {2}", "2{1} {2} {2} {2}"], "IS": ["+354 6{2} {4}", "6{2} {4}", "+354 5{2} {4}"],
           "EE": ["+372 5{3} {4}", "5{3} {4}"], "LV": ["+371 2{3} {4}", "2{3} {4}"],
           "LT": ["+370 6{2} {5}", "8 6{2} {5}"], "PL": ["+48 5{2} {3} {3}", "5{2}-{3}-{3}", "+48 22 {3} {2} {2}"],
           "DE": ["+49 17{1} {7}", "0171 {7}", "+49 (0)89 {4} {3}"], "NL": ["+31 6 {8}", "06-{4} {4}"],
           "FR": ["+33 7 {2} {2} {2} {2}", "07 {2} {2} {2} {2}"], "ES": ["+34 6{2} {2} {2} {2}", "6{2} {2} {2} {2}"],
           "IT": ["+39 3{2} {3} {4}", "3{2}-{7}"], "CH": ["+41 7{1} {3} {2} {2}", "07{1} {3} {2} {2}"],
           "IE": ["+353 8{1} {3} {4}", "08{1} {3} {4}", "(01) {3} {4}"],
           "GB": ["+44 7{3} {3} {3}", "07{3} {6}", "+44 (0)113 {3} {4}"],
           "US": ["+1 (808) {3}-{4}", "(808) {3}-{4}", "+1 212-{3}-{4}", "1-800-{3}-{4}"],
           "CA": ["+1 (613) {3}-{4}", "613.{3}.{4}"], "MX": ["+52 55 {4} {4}", "55 {4} {4}", "+52 1 33 {4} {4}"],
           "BR": ["+55 81 9{4}-{4}", "(81) 9{4}-{4}"], "TR": ["+90 5{2} {3} {2} {2}", "0 (5{2}) {3} {2} {2}"],
           "IR": ["+98 91{1} {3} {4}", "091{1} {3} {4}"], "IQ": ["+964 750 {3} {4}", "0750 {3} {4}"],
           "SO": ["+252 61 {3} {4}", "061 {3} {4}"], "ET": ["+251 9{2} {3} {3}", "09{2} {3} {3}"],
           "CD": ["+243 81 {3} {4}", "081 {3} {4}"], "GH": ["+233 24 {3} {4}", "024 {3} {4}"],
           "IN": ["+91 9{4} {5}", "09{4} {5}", "+91 80 {4} {4}"], "CN": ["+86 13{1} {4} {4}", "13{1}-{4}-{4}"],
           "AE": ["+971 50 {3} {4}", "050 {3} {4}"], "SA": ["+966 5{1} {3} {4}", "05{1} {3} {4}"],
           "AU": ["+61 4{2} {3} {3}", "04{2} {3} {3}"], "NZ": ["+64 21 {3} {4}", "021 {3} {4}"],
           "RU": ["+7 9{2} {3}-{2}-{2}", "8 (9{2}) {3}-{2}-{2}"], "IL": ["+972 5{1}-{3}-{4}", "05{1}-{3}-{4}"],
           "SN": ["+221 77 {3} {2} {2}", "77 {3} {2} {2}"]}
FOREIGN_IBANS = [("SE", "{20}"), ("NO", "{11}"), ("DK", "{14}"), ("IS", "{22}"), ("EE", "{16}"), ("PL", "{24}"),
                 ("DE", "{18}"), ("LT", "{16}"), ("LV", "HABA{13}"), ("IE", "BOFI{14}"), ("TR", "{22}"),
                 ("BR", "{23}P1"), ("AE", "{19}"), ("SA", "{20}")]
DOMAINS = ["tietosuoja.example.fi", "asiakaspalvelu.example.fi", "kunta.example.fi", "firma.example.fi",
           "lakitoimisto.example.fi", "example.co.uk", "mail.example.com", "example.ie", "foretag.example.se",
           "example.is", "hospital.example.org", "Example.FI"]


def fill(pattern):
    return identifiers.fill(R, pattern)


NUMBER_COUNTRY = {}


def counted(country, pattern):
    PHONES[country] += 1
    number = fill(pattern)
    NUMBER_COUNTRY[number] = country
    return number


def finnish_number():
    """A Finnish mobile or landline as mail, forms and systems write it."""
    return counted("FI", R.choice(["040 {3} {4}", "+358 40 {3} {4}", "+358 50 {3} {4}", "044-{3} {4}",
                                   "+358 45 {2} {2} {3}", "050 {2} {2} {3}", "+358-40-{3}-{4}", "0400 {3} {3}",
                                   "+358 (0)44 {7}", "041 {7}", "+35846{7}", "09 2{3} {3}", "+358 9 2{3} {4}",
                                   "014 {3} {4}", "+358 17 {3} {4}", "016-{3} {3}", "+358 (0)2 {3} {4}"]))


def service_number():
    return counted("FI", R.choice(["010 {3} {4}", "020 {3} {3}", "0800 {2} {3}", "+358 10 {3} {4}",
                                   "029 {3} {4}", "0295 {3} {3}"]))


def abroad(country=None):
    country = country or R.choice(sorted(FOREIGN))
    return counted(country, R.choice(FOREIGN[country]))


def compact(number):
    """A number as a link or a system stores it: a plus and digits, a Finnish 0 prefix turned into +358, another
    country's national number in its digits as dialled."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    if number.startswith("+"):
        return "+" + digits
    if NUMBER_COUNTRY.get(number, "FI") == "FI" and number.startswith("0"):
        return "+358" + digits[1:]
    return digits


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(40, 99)), ("Y", R.randint(50, 99)),
                                                 ("A", R.randint(0, 22)), ("B", R.randint(0, 12)),
                                                 ("C", R.randint(0, 22)), ("E", R.randint(0, 18))]))


def account():
    if R.random() < 0.5:
        return identifiers.written_iban(R)
    return identifiers.written_foreign_iban(R, *R.choice(FOREIGN_IBANS))


def card():
    n = identifiers.luhn(R, R.choice(["4", "51", "53", "2221"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def one_time_code():
    return fill(R.choice(["{6}", "{3} {3}", "{8}"]))


def password():
    return R.choice(["Kesäloma", "Mökkitie", "Sauna", "Lakka", "Spring", "Tulppaani", "Sommar"]) + \
        R.choice(["2027", "!", "#7", "_99", "?"]) + fill("{2}")


def recovery_key():
    """A BitLocker recovery key: eight groups of six digits."""
    return "-".join(fill("{6}") for _ in range(8))


def hexa(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    return f"{hexa(8)}-{hexa(4)}-{hexa(4)}-{hexa(4)}-{hexa(12)}"


def ipv4():
    return R.choice(["10.{0}.{1}.{2}", "192.168.{1}.{2}", "172.20.{1}.{2}", "84.{0}.{1}.{2}", "62.{0}.{1}.{2}"]) \
        .format(R.randint(1, 250), R.randint(0, 254), R.randint(2, 254))


def business_id():
    body = [R.randint(0, 9) for _ in range(7)]
    rest = sum(d * w for d, w in zip(body, [7, 9, 10, 5, 8, 4, 2])) % 11
    if rest == 1:
        return business_id()
    return "".join(map(str, body)) + "-" + str(0 if rest == 0 else 11 - rest)


MONTHS_FI = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
             "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december"]


def date(language="fi"):
    """A date in one of the forms mail, forms and logs write it."""
    d, mo, y = R.randint(1, 28), R.randint(1, 12), R.choice([2026, 2027])
    forms = {"fi": [f"{d}.{mo}.{y}", f"{d:02d}.{mo:02d}.{y}", f"{y}-{mo:02d}-{d:02d}", f"{d}. {MONTHS_FI[mo - 1]} {y}",
                    f"{d}.{mo}.", f"{d}/{mo}/{y % 100}"],
             "en": [f"{d} {MONTHS_EN[mo - 1]} {y}", f"{MONTHS_EN[mo - 1]} {d}, {y}", f"{d:02d}/{mo:02d}/{y}",
                    f"{y}-{mo:02d}-{d:02d}", f"{MONTHS_EN[mo - 1][:3]} {d}"],
             "sv": [f"den {d} {MONTHS_SV[mo - 1]} {y}", f"{y}-{mo:02d}-{d:02d}", f"{d}/{mo} {y}", f"{d}.{mo}.{y}"]}
    return R.choice(forms[language])


def at_time():
    return f"{R.randint(7, 19):02d}:{R.randint(0, 59):02d}"


def stamp():
    return f"2027-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{at_time()}:{R.randint(10, 59)}Z"


def euros():
    return R.choice([f"{R.randint(5, 900)},{R.randint(0, 99):02d} €", f"€{R.randint(5, 900)}.{R.randint(0, 99):02d}",
                     f"EUR {R.randint(1, 3)} {R.randint(100, 999)},00", f"{R.randint(50, 4000)} kr"])


def case_number():
    return fill(R.choice(["TS-2027-{5}", "DSR-{6}", "REK/{4}/2027", "CS{8}", "INC{7}", "#{6}", "PYY-{5}"]))


def diary_number():
    return R.choice([f"Dnro {R.randint(1, 999)}/{R.choice(['2026', '2027'])}", f"TSV/{R.randint(10, 999)}/2027",
                     f"dnr {R.randint(1, 400)}/03.01.00/2027", f"Ref. DPO-{R.randint(100, 999)}-27"])


LAWS_FI = ["GDPR 15 artikla", "tietosuoja-asetuksen 17 artiklan 1 kohdan a alakohta", "16 artikla", "21 artikla",
           "tietosuojalain 4 §", "poliisilain 4 luvun 3 §", "verotusmenettelylain 19 §", "§ 12",
           "12 artiklan 3 kohta", "6 artiklan 1 kohdan c alakohta"]
LAWS_EN = ["GDPR Art. 15", "Article 17(1)(a)", "Art. 16", "Article 21", "Art. 12(3)", "Schedule 2, Part 1",
           "section 45 of the DPA 2018", "§ 12", "Article 6(1)(c)"]
LAWS_SV = ["artikel 15 i dataskyddsförordningen", "art. 17", "artikel 16", "4 § dataskyddslagen", "§ 12",
           "artikel 12.3"]
PRODUCTS = ["Microsoft 365", "ServiceNow", "Zendesk", "Teams", "Suomi.fi", "OmaPosti", "MobilePay", "Oma Vero",
            "Intune", "Salesforce", "Genesys Cloud", "Puzzel", "BankID", "Outlook 16.0"]
STREETS_FI = ["Runeberginkatu 5", "Topeliuksenkatu 12", "Mechelininkatu 1a", "Albertinkatu 36", "Fredrikinkatu 48",
              "Aleksanterinkatu 52", "Minna Canthin katu 3", "Armfeltintie 9", "Ehrensvärdintie 2",
              "Agricolankatu 7", "Porthaninkatu 4", "Lönnrotinkatu 11"]
STREETS_EN = ["1 Ada Lovelace Way", "22 Nelson Mandela Place", "Brunel House", "4 Wellington Quay",
              "Churchill Place", "Turing Building"]
FIRMS = ["Stockmann", "Paulig", "Hartwall", "Fiskars", "Sinebrychoff", "Fazer", "Ahlstrom", "Lassila & Tikanoja",
         "Rettig", "Wihuri"]
PLACES = ["Rovaniemi", "Sevettijärvi", "Utsjoki", "Kuopio", "Mariehamn", "Vaasa", "Joensuu", "Inari"]


def version():
    return R.choice([f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 9)}", f"build {R.randint(2026, 2027)}.{R.randint(1, 12):02d}.{R.randint(1, 9)}",
                     f"iOS {R.randint(17, 19)}.{R.randint(0, 5)}", f"Android {R.randint(13, 16)}"])


def sha():
    return R.choice([hexa(40), "sha256:" + hexa(16), hexa(12)])


# People. A person is a tuple of name parts: case-form dicts in Finnish messages, plain strings elsewhere.
ORIGIN = {}


def remember(person, pool, country):
    ORIGIN[tuple(map(nominative, person))] = (pool, country)
    return person


def forms(nom):
    return add_cases(endings(nom))


def finn(language="fi"):
    """A Finn: a rare given name or a word that is one; a surname, a double one after marriage one time in six."""
    roll = R.random()
    given = R.choice(FI_WORD_NAMES if roll < 0.07 else (FI_MEN if roll < 0.55 else FI_WOMEN))
    last = R.choice(FI_LAST)
    if R.random() < 1 / 6:
        last = last + "-" + R.choice([n for n in FI_LAST if n != last])
    names = (given, last)
    person = tuple(map(forms, names)) if language == "fi" else names
    return remember(person, None, "FI")


def other(pools, language):
    pool = R.choice(pools)
    names = (R.choice(pool[0]), R.choice(pool[1]))
    person = tuple(map(forms, names)) if language == "fi" else names
    return remember(person, pool, R.choice(pool[2]))


def person_fi():
    roll = R.random()
    return finn() if roll < 0.5 else other(MINORITIES if roll < 0.7 else WORLD, "fi")


def person_en():
    roll = R.random()
    if roll < 0.25:
        return other([ANGLO], "en")
    return other(WORLD + MINORITIES[-2:], "en") if roll < 0.85 else finn("en")


def person_sv():
    roll = R.random()
    if roll < 0.5:
        return other([SWEDISH], "sv")
    return finn("sv") if roll < 0.75 else other(WORLD + MINORITIES, "sv")


def origin_of(person):
    return ORIGIN.get(tuple(map(nominative, person)), (None, "FI"))


def phone_of(person):
    """A number for a person: from their country more often than not, else Finnish or anywhere."""
    country = origin_of(person)[1]
    if country != "FI" and R.random() < 0.6:
        return abroad(country)
    return finnish_number() if R.random() < 0.7 else abroad()


def address_of(person):
    names = plain_parts(person)
    first, last = names[0], names[-1].split()[-1]
    address = identifiers.address(R, first, last, DOMAINS)
    if R.random() < 0.2:
        local, domain = address.split("@")
        return local.title() + "@" + domain
    return address


def username_of(person):
    names = [identifiers.plain_name(p) for p in plain_parts(person)]
    return R.choice([f"{names[0][0]}{names[-1][:7]}", f"{names[-1][:5]}{names[0][:2]}{R.randint(1, 9)}",
                     f"{names[0][:4]}.{names[-1][:4]}", f"a{fill('{5}')}"])


def plain_parts(person):
    return [nominative(p) for p in person]


def surname_first(person):
    pool = origin_of(person)[0]
    return pool is not None and id(pool) in SURNAME_FIRST


def parts_of(person, case="nom"):
    """The parts as written in full: given names in the nominative, the surname in the case; a Chinese name surname
    first in the nominative."""
    nom = plain_parts(person)
    if case == "nom":
        return nom[::-1] if surname_first(person) else nom
    return nom[:-1] + [person[-1][case]]


def whole(m, person, case="nom", role="third"):
    return m.name(*parts_of(person, case), role=role)


def first(person):
    return plain_parts(person)[0]


def g(person, case="nom"):
    """The given name in a case (a plain string in English and Swedish)."""
    p = person[0]
    return p[case] if isinstance(p, dict) else p


def s(person, case="nom"):
    p = person[-1]
    return p[case] if isinstance(p, dict) else p


def has_case(person, case):
    return case in person[0]


def clitic(form):
    """A name with a clitic: Hämäläisellekin, Aurorakaan, Eljashan."""
    back = any(c in "aouAOU" for c in form.split("-")[-1].split()[-1])
    return form + R.choice(["kin", "kaan" if back else "kään", "han" if back else "hän"])


def family(person):
    """A -nen surname's family forms in the plural: Hämäläiset, Hämäläisten, Hämäläisille, Hämäläisiltä,
    Hämäläisillä, Hämäläisiä, Hämäläisineen, Hämäläisin; None for other surnames."""
    nom = nominative(person[-1])
    if not nom.endswith("nen") or " " in nom:
        return None
    stem = nom[:-3] + "s"
    a = "a" if any(c in "aouAOU" for c in nom.split("-")[-1]) else "ä"
    return {"nom": stem + "et", "gen": stem + "ten", "all": stem + "ille", "abl": stem + "ilt" + a,
            "ade": stem + "ill" + a, "par": stem + "i" + a, "com": stem + "ineen", "ins": stem + "in",
            "ine": stem + "iss" + a}


def genitive_sv(name):
    return name if name[-1] in "sxz" else name + "s"


def genitive_en(m, name, role="third"):
    """An English genitive: the "'s" outside the span."""
    return m.name(name, role=role).say("'" if name.endswith("s") else "'s")


def misspelt(name):
    """A name as someone mistyped it: ä as a, a double letter single, or two letters swapped."""
    for a, b in (("ä", "a"), ("ö", "o"), ("kk", "k"), ("tt", "t"), ("nn", "n"), ("ll", "l"), ("ss", "s")):
        if a in name:
            return name.replace(a, b, 1)
    if len(name) < 4:
        return name + name[-1]
    i = len(name) // 2
    return name[:i] + name[i + 1] + name[i] + name[i + 2:] if name[i] != name[i + 1] else name + "n"


# Text as systems mangle it.
HTML_ENTITIES = {"ä": "&auml;", "ö": "&ouml;", "å": "&aring;", "Ä": "&Auml;", "Ö": "&Ouml;", "Å": "&Aring;",
                 "é": "&eacute;", "ü": "&uuml;", "ó": "&oacute;", "á": "&aacute;", "í": "&iacute;", "ñ": "&ntilde;",
                 "ú": "&uacute;", "â": "&acirc;", "ð": "&eth;", "þ": "&thorn;", "Þ": "&THORN;"}


def html(text):
    """Text as an HTML mail writes it: named entities for Nordic and Latin letters, numeric ones for the rest."""
    return "".join(HTML_ENTITIES.get(c, c if ord(c) < 128 else f"&#{ord(c)};") for c in text)


def quoted_printable(text):
    """Text in quoted-printable: each byte of a non-ASCII letter as =XX (ä =C3=A4), = itself as =3D."""
    return "".join(c if ord(c) < 128 and c != "=" else "".join(f"={b:02X}" for b in c.encode()) for c in text)


def url(text):
    """Text as a link's query writes it: percent-encoded UTF-8, the @ as %40 and the plus as %2B."""
    return urllib.parse.quote(text, safe="")


def hyphenated(word):
    """A word broken over a line as OCR keeps it, at a syllable boundary (before a consonant and a vowel):
    Kääri-\\näinen; None when it is too short to break."""
    vowels = "aeiouyäöåAEIOUYÄÖÅ"
    for i in range(len(word) - 3, 2, -1):
        if word[i] not in vowels and word[i + 1] in vowels and word[i].isalpha() and word[i - 2:i].isalpha():
            return word[:i] + "-\n" + word[i:]
    return None


def obfuscated(address):
    """An address written to fool harvesters: matti (at) firma (dot) fi, matti[at]firma[piste]fi."""
    local, domain = address.split("@")
    at, dot = R.choice([(" (at) ", " (dot) "), ("[at]", "[dot]"), (" at ", " dot "), (" (ät) ", " (piste) ")])
    return local + at + domain.replace(".", dot)


# Spelling alphabets: the words a caller spells a name with are look-alikes, not people.
SPELL_FI = {"A": "Aarne", "B": "Bertta", "D": "Daavid", "E": "Eemeli", "H": "Heikki", "I": "Iivari", "J": "Jussi",
            "K": "Kalle", "L": "Lauri", "M": "Matti", "N": "Niilo", "O": "Otto", "P": "Paavo", "R": "Risto",
            "S": "Sakari", "T": "Tyyne", "U": "Urho", "V": "Vihtori", "Y": "Yrjö", "Ä": "äiti", "Ö": "öljy"}
SPELL_EN = {"A": "Alfa", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "I": "India", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November",
            "O": "Oscar", "P": "Papa", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor",
            "W": "Whiskey", "Y": "Yankee", "Z": "Zulu"}
SPELL_SV = {"A": "Adam", "B": "Bertil", "D": "David", "E": "Erik", "F": "Filip", "G": "Gustav", "H": "Helge",
            "I": "Ivar", "J": "Johan", "K": "Kalle", "L": "Ludvig", "M": "Martin", "N": "Niklas", "O": "Olof",
            "P": "Petter", "R": "Rudolf", "S": "Sigurd", "T": "Tore", "U": "Urban", "V": "Viktor", "Å": "Åke",
            "Ö": "Östen"}


def spell(m, name, alphabet, joiner):
    """The first letters of a name spelt out: "H niin kuin Heikki, Ä niin kuin äiti"; the words are look-alikes."""
    letters = [c for c in name.upper() if c in alphabet][:4]
    for k, c in enumerate(letters):
        m.say(", " if k else "").say(c + joiner).look(alphabet[c])
    return m


# Look-alikes: words that are this set's names, in sentences of their own: (name, before, word, after).
WORDS_FI = [("Lumi", "Katolta putoava ", "lumi", " rikkoi ulkokameran."),
            ("Onni", "Se oli ", "onni", " onnettomuudessa: varmuuskopio oli tallessa."),
            ("Toivo", "Viimeinen ", "toivo", " on eilinen varmuuskopio."),
            ("Musta", "Näytöllä näkyy vain ", "musta", " ruutu."),
            ("Palm", "Vanha ", "Palm", "-kämmentietokone löytyi kaapista."),
            ("Lapsa", "Kuvassa on ", "Lapsa", "-merkkinen kahvinkeitin.")]
WORDS_EN = [("Grace", "There is a thirty-day ", "grace", " period before the account is deleted."),
            ("Hope", "We ", "hope", " this resolves the issue."),
            ("Will", "The engineer ", "will", " call back tomorrow."),
            ("Back", "I am ", "back", " on Monday."),
            ("Butterfield", "The new office is in the ", "Butterfield", " business park."),
            ("Makana", "Training is in the ", "Makana", " room.")]
WORDS_SV = [("Sten", "Det ligger en ", "sten", " framför dörren till serverrummet."),
            ("Björn", "Vi såg en ", "björn", " på vägen till Rovaniemi."),
            ("Dag", "Ha en bra ", "dag", "!"),
            ("Back", "Skrivaren står i ", "Back", "-huset, plan 2."), ("Palm", "Det finns en ", "palm", " i receptionen.")]
THINGS_FI = [("Toimisto on osoitteessa ", lambda: R.choice(STREETS_FI), "."),
             ("Kahvit tulevat ", lambda: R.choice(["Pauligilta", "Fazerilta", "Sinebrychoffilta"]), "."),
             ("Tiketti on järjestelmässä ", lambda: R.choice(PRODUCTS), "."),
             ("Seuraava huoltokatko on ", lambda: date(), "."),
             ("Seuraava koulutus on paikkakunnalla ", lambda: R.choice(PLACES), "."),
             ("Sovellusversio on ", version, "."), ("Tarkistussumma: ", sha, "."),
             ("Lasku: ", euros, ", Y-tunnus "), ("Laskuttaja ", lambda: R.choice(FIRMS), " Oy, Y-tunnus ")]
THINGS_EN = [("The office is at ", lambda: R.choice(STREETS_EN), "."),
             ("The ticket lives in ", lambda: R.choice(PRODUCTS), "."), ("App version ", version, "."),
             ("Checksum: ", sha, "."), ("Next maintenance window: ", lambda: date("en"), "."),
             ("Catering by ", lambda: R.choice(FIRMS), ".")]
THINGS_SV = [("Kontoret ligger på ", lambda: R.choice(["Runebergsgatan 5", "Topeliusgatan 12", "Mannerheimvägen 2"]),
              "."), ("Ärendet finns i ", lambda: R.choice(PRODUCTS), "."), ("Version ", version, "."),
             ("Nästa servicefönster: ", lambda: date("sv"), ".")]


def ending(m, people, language):
    """Most messages end with one look-alike sentence: a word that is one of this set's names, or a thing, a date, a
    version; never a word that is a name part of someone in the message."""
    if R.random() < 0.1:
        return
    words, things = {"fi": (WORDS_FI, THINGS_FI), "en": (WORDS_EN, THINGS_EN), "sv": (WORDS_SV, THINGS_SV)}[language]
    present = {w.lower() for person in people for p in person for w in nominative(p).split()}
    choices = [(b, w, a) for n, b, w, a in words if n.lower() not in present] + \
              [(b, w(), a) for b, w, a in things]
    before, word, after = R.choice(choices)
    if word.endswith(".") and after.startswith("."):
        after = after[1:]
    m.say("\n").say(before).look(word).say(after)
    if after.endswith("Y-tunnus "):
        m.look(business_id()).say(".")


SUB = "subject"


def signature_fi(m, person, role, address=None, shared=False):
    """A Finnish signature: name, a degree (a look-alike), a title, numbers, an address (a shared mailbox's is a third
    party's) and a disclaimer."""
    whole(m, person, role=role)
    if R.random() < 0.6:
        m.say(", ").look(R.choice(["DI", "FM", "KTM", "YTM", "OTM", "TkT", "HTM", "eMBA"]))
    m.say("\n").say(R.choice(["Tietosuojavastaava", "Asiakkuuspäällikkö", "Palvelupäällikkö", "Juristi",
                              "Lähitukihenkilö", "IT-asiantuntija"]))
    m.say("\n").entity(phone_of(person), "PHONE", role).say(R.choice([" (mob.)", "", " / vaihde "]))
    if m.text.endswith("vaihde "):
        m.entity(service_number(), "PHONE")
    m.say("\n").entity(address or address_of(person), "EMAIL", "third" if shared else role)
    if R.random() < 0.5:
        m.say("\nTämä viesti voi sisältää luottamuksellista tietoa. Jos viesti ei ole tarkoitettu sinulle, ilmoita "
              "lähettäjälle ja poista viesti. Y-tunnus ").look(business_id())
    return m


def tel_dashed(number):
    """A number as a tel: link with dashes writes it: +358-40-123-4567."""
    d = compact(number)
    if d.startswith("+358") and len(d) > 10:
        return f"+358-{d[4:6]}-{d[6:9]}-{d[9:]}"
    return d


def finnish(m, subject, e, user):
    A, B, C, G, S = distinct(person_fi, 5, subject)
    f = subject[0]
    fam = family(subject)
    kind = R.randrange(15)
    if kind == 0:
        wrong = misspelt(s(subject))
        phone1, phone2 = phone_of(subject), finnish_number()
        m.say("Keskusteluloki, tukibotti ").look(version()).say(", keskustelu ").look(guid()).say("\n[") \
            .look(at_time()).say("] BOT: Hei! Olen Tukibotti. Miten voin auttaa?\n[").look(at_time()) \
            .say("] ASIAKAS: salasana vanhentu, oon ").name(g(subject), wrong, role=SUB).say("\n[").look(at_time()) \
            .say("] BOT (NLU): {\"intent\": \"salasanan_nollaus\", \"confidence\": ").look(f"0.{R.randint(70, 99)}") \
            .say(", \"slots\": {\"etunimi\": \"").name(g(subject), role=SUB).say("\", \"sukunimi\": \"") \
            .name(wrong, role=SUB).say("\", \"puhelin\": \"").entity(phone1, "PHONE", SUB).say("\"}}\n[") \
            .look(at_time()).say("] ASIAKAS: ei vaan sukunimi on ").name(s(subject), role=SUB).say(", ja numero ") \
            .entity(phone2, "PHONE", SUB).say(", se vanha oli ").name(s(A, "gen")).say(" työpuhelin\n[") \
            .look(at_time()).say("] BOT (NLU): {\"korjaus\": {\"sukunimi\": \"").name(s(subject), role=SUB) \
            .say("\", \"puhelin\": \"").entity(compact(phone2), "PHONE", SUB).say("\"}}\n[").look(at_time()) \
            .say("] BOT: Kiitos, ").name(g(subject), role=SUB).say("! Lähetin kertakoodin numeroon ") \
            .entity(phone2, "PHONE", SUB).say(".\n[").look(at_time()).say("] ASIAKAS: ").entity(one_time_code(), "CREDENTIAL", SUB) \
            .say("\n[").look(at_time()).say("] BOT: Koodi hyväksytty. Esihenkilösi ").name(*parts_of(B)) \
            .say(" saa ilmoituksen.\n[").look(at_time()).say("] ASIAKAS: ").name(g(B)) \
            .say(" on lomalla, sijaisena on ").name(g(C), s(C)).say(". voiko viestin laittaa ").name(s(C, "all")) \
            .say("?\n[").look(at_time()).say("] BOT: {\"intent\": \"siirto_agentille\", \"queue\": \"") \
            .look("L1-FI").say("\"} Siirrän sinut asiakasneuvojalle.\n[").look(at_time()).say("] AGENTTI ") \
            .name(g(G)).say(": Moi ").name(g(subject), role=SUB).say(", hoidan ").name(s(C, "abl")) \
            .say(" kuittauksen. Kopio ").name(g(S, "all")).say(" ").name(s(S, "all")).say(".")
    elif kind == 1:
        label = R.choice([("Puhuja 1", "Puhuja 2"), ("SPEAKER_00", "SPEAKER_01"), ("Agentti", "Soittaja")])
        m.say("Puhelun litterointi ").look(case_number()).say(" (automaattinen diarisointi), kesto ") \
            .look(f"{R.randint(2, 14):02d}:{R.randint(0, 59):02d}").say("\n").say(label[0]).say(" [") \
            .look("00:00:02").say("]: Asiakaspalvelu, ").name(g(A)).say(" puhelimessa, hyvää päivää.\n") \
            .say(label[1]).say(" [").look("00:00:05").say("]: Päivää, täällä ").name(*parts_of(subject), role=SUB) \
            .say(". Soitan ").name(s(B, "gen")).say(" asiasta, hän on omaiseni.\n").say(label[0]).say(" [") \
            .look("00:00:11").say("]: Voitteko tavata sukunimen?\n").say(label[1]).say(" [").look("00:00:13") \
            .say("]: ")
        spell(m, s(subject), SPELL_FI, " niin kuin ").say(" ja niin edelleen, ").name(s(subject), role=SUB) \
            .say(".\n").say(label[0]).say(" [").look("00:00:31").say("]: Kiitos. Ja omaisenne nimi?\n") \
            .say(label[1]).say(" [").look("00:00:34").say("]: ").name(g(B), s(B)).say(", syntynyt ") \
            .look(date()).say(". Hänellä on muistisairaus, ja minulla on edunvalvontavaltuutus. ") \
            .name(clitic(g(B))).say(" ei itse pysty soittamaan.\n").say(label[0]).say(" [").look("00:01:02") \
            .say("]: Ymmärrän. Tarvitsen valtuutuksen kopion. Lähetättekö sen ").name(g(C, "all")).say(" ") \
            .name(s(C, "all")).say(" tietosuojatiimiin?\n").say(label[1]).say(" [").look("00:01:09") \
            .say("]: Joo. Numeroni on ").entity(phone_of(subject), "PHONE", SUB).say(", ja ").name(s(G, "gen")) \
            .say(" numero, hän on omaiseni naapuri, on ").entity(phone_of(G), "PHONE").say(".\n").say(label[0]) \
            .say(" [").look("00:01:24").say("]: Kirjasin. Asia siirtyy ").name(s(S, "all")).say(", ") \
            .look(diary_number()).say(".")
    elif kind == 2:
        m.say("Siirtoyhteenveto (tekoälyavustajan luonnos – tarkista ennen lähettämistä)\nAsiakas: ") \
            .name(*parts_of(subject), role=SUB).say(", ").entity(phone_of(subject), "PHONE", SUB) \
            .say("\nTiketti: ").look(case_number()).say(", avattu ").look(date()).say("\nTiivistelmä:\n- ") \
            .name(g(subject), role=SUB).say(" kertoo, että ").name(*parts_of(A)).say(" lupasi hyvityksen ") \
            .look(euros()).say(", mutta sitä ei ole maksettu.\n- Asiakas on keskustellut aiemmin ") \
            .name(g(B, "gen")).say(" ").name(s(B, "gen")).say(" kanssa; ").name(g(B)).say(" siirsi asian ") \
            .name(s(C, "all")).say(".\n- ").name(clitic(s(C, "abl"))).say(" ei ole vastausta ").look(date()) \
            .say(" jälkeen.\n- Asiakas pyytää, ettei ").name(g(A)).say(" enää käsittele asiaa.\nSävy: ärtynyt\n") \
            .say("Suositus: siirrä ").name(g(G, "all")).say(" ").name(s(G, "all")).say(" (tiimi ") \
            .look("Laskutus 2").say("), puhelin ").entity(phone_of(G), "PHONE").say(".\nLuonnoksen hyväksyi: ") \
            .name(g(S), s(S))
    elif kind == 3:
        child = distinct(lambda: (forms(R.choice(FI_MEN + FI_WOMEN)),), 1, subject + A + B + C + G + S)[0][0]
        m.say("Aihe: Tietopyyntö\n\nHei,\npyydän ").look(R.choice(LAWS_FI[:1] + ["EU:n tietosuoja-asetuksen 15 artiklan"])) \
            .say(" nojalla kaikki tiedot, joita teillä on minusta ja alaikäisestä lapsestani ") \
            .name(child["ela"], s(subject, "ela"), role="third").say(". Olen hänen huoltajansa. Erityisesti haluan tietää, miksi ") \
            .name(*parts_of(A)).say(" teiltä soitti minulle ").look(date()).say(" ja tiesi ").name(child["gen"]) \
            .say(" koulun nimen. Kuka antoi tiedot ").name(s(A, "all")).say("? Onko ne saatu ") \
            .name(g(B, "abl")).say(" ").name(s(B, "abl")).say("?\n\nMinut tavoittaa numerosta ") \
            .entity(phone_of(subject), "PHONE", SUB).say(". Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", SUB) \
            .say(".\nYstävällisin terveisin\n").name(*parts_of(subject), role=SUB).say("\n\n---\nKäsittelijän muistiinpano (") \
            .look(diary_number()).say("): henkilöllisyys tarkistettu ").look("Suomi.fi").say("-tunnistuksella ") \
            .look(date()).say(". Huoltajuus tarkistettu. Vastausaika ").look(R.choice(["1 kk", "30 päivää"])) \
            .say(". Selvitetään ").name(s(A, "abl")).say(", kenen pyynnöstä hän soitti. Käsittelijä ") \
            .name(*parts_of(C)).say(", hyväksyjä tietosuojavastaava ").name(*parts_of(G)).say(".")
    elif kind == 4:
        old = R.choice(FI_LAST)
        while old == s(subject) or old in plain_parts(subject + A + B + C + G + S):
            old = R.choice(FI_LAST)
        oldf = forms(old)
        m.say("Oikaisupyyntö (").look(R.choice(LAWS_FI[2:4])).say(")\n\nNimeni on muuttunut avioliiton myötä ") \
            .name(oldf["ela"], role=SUB).say(" ").name(s(subject, "tra"), role=SUB).say(", mutta kirjeissänne lukee yhä ") \
            .name(g(subject), role=SUB).say(" ").name(old, role=SUB).say(". Lisäksi rekisterissä on väärä puhelinnumero ") \
            .entity(phone_of(A), "PHONE").say(", joka kuuluu ").name(g(A, "all")).say(" ").name(s(A, "all")) \
            .say(". Oikea numero on ").entity(phone_of(subject), "PHONE", SUB).say(".\n\n").name(g(subject), role=SUB) \
            .say(" ").name(s(subject), role=SUB).say(" (o.s. ").name(old, role=SUB).say(")\n\n--- Tapausmuistio ") \
            .look(diary_number()).say(" ---\n").look(date()).say(" Pyyntö saapui. Soittaja, joka esiintyi ") \
            .name(s(subject, "ess"), role=SUB).say(", oli aiemmin yrittänyt muuttaa osoitetta puhelimessa; ") \
            .say("epäily huijauksesta, ks. ").look(case_number()).say(".\n").look(date()) \
            .say(" Henkilöllisyys varmistettu. Virheellinen numero poistettu ").name(s(A, "gen")) \
            .say(" suostumuksella (").look(R.choice(LAWS_FI[8:])).say(").\n").look(date()).say(" ") \
            .name(g(B)).say(" ").name(s(B)).say(" kysyi, poistetaanko myös ").name(s(C, "gen")) \
            .say(" merkinnät. Ei poisteta: lakisääteinen säilytys. Ilman ").name(s(G, "abe")) \
            .say(" hyväksyntää asia ei etene. Käsittelijä ").name(g(S), s(S)).say(".")
    elif kind == 5:
        m.say("LÄHETE: ").look(R.choice(["Helsingin poliisilaitos", "Sisä-Suomen poliisilaitos", "Verohallinto, Harmaan talouden yksikkö"])) \
            .say("\nAsia: Tietopyyntö ").look(R.choice(LAWS_FI[5:7])).say(" nojalla, ").look(diary_number()) \
            .say("\nPyytäjä: rikoskomisario ").name(*parts_of(A)).say(", ").entity(phone_of(A), "PHONE") \
            .say(", ").entity(address_of(A), "EMAIL").say("\n\nPyydämme seuraavat tiedot henkilöstä ") \
            .name(g(subject, "ela"), s(subject, "ela"), role=SUB).say(" (").entity(hetu(), "NATIONAL_ID", SUB) \
            .say("): liittymänumero ").entity(phone_of(subject), "PHONE", SUB).say(", kirjautumisten IP-osoitteet ") \
            .look(date()).say("–").look(date()).say(" sekä tiliotteet tililtä ").entity(account(), "IBAN", SUB) \
            .say(". Asia liittyy rikosilmoitukseen, jonka teki ").name(*parts_of(B)).say(".\n\n--- Vastaus ") \
            .look(date()).say(" ---\nHyvä ").name(s(A)).say(",\nluovutamme tiedot: viimeisin kirjautuminen osoitteesta ") \
            .entity(ipv4(), "IP_ADDRESS", SUB).say(", käyttäjätunnus ").entity(user, "USERNAME", SUB) \
            .say(". Tiliotteita emme säilytä. ").name(g(C)).say(" ").name(s(C)) \
            .say(" tarkisti pyynnön laillisuuden, ja ").name(g(G)).say(" kirjasi luovutuksen lokiin ") \
            .look(case_number()).say(".\n\nTerveisin\n")
        signature_fi(m, S, "third", R.choice(["tietosuoja@example.fi", "dpo@kunta.example.fi"]), shared=True)
    elif kind == 6:
        m.say("Reklamaatio / hyvityspyyntö ").look(case_number()).say("\n\nHei! Olen todella pettynyt. Asiakasneuvoja ") \
            .name(g(A)).say(" (ei kertonut sukunimeään) lupasi ").look(date()).say(" hyvittää ").look(euros()) \
            .say(", mutta ").name(g(B, "gen")).say(" mukaan sellaista lupausta ei ole kirjattu. Kolmas neuvoja, ") \
            .name(clitic(g(C))).say(", sanoi että asia on ").name(g(B, "ade")).say(". Veloitus tehtiin kortilta ") \
            .entity(card(), "PAYMENT_CARD", SUB).say(" (eikä ").look("**** " + fill("{4}")) \
            .say(", joka on puolisoni ").name(g(G, "gen")).say(" kortti). Hyvitys tilille ") \
            .entity(account(), "IBAN", SUB).say(".\n").name(*parts_of(subject), role=SUB).say(", ") \
            .entity(phone_of(subject), "PHONE", SUB).say("\n\n--- Riidanratkaisijan muistiinpano ---\nKuuntelin puhelut ") \
            .look(date()).say(" ja ").look(date()).say(". ").name(g(A)).say(" ").name(s(A)) \
            .say(" lupasi hyvityksen, kirjaus puuttuu. ").name(s(B, "all")).say(" ja ").name(s(C, "all")) \
            .say(" lisäkoulutus. Hyvitys hyväksytty, ").name(*parts_of(S)).say(" maksaa ").look(date()) \
            .say(" mennessä.")
    elif kind == 7:
        m.say("<html><head><meta charset=\"iso-8859-1\"></head><body>\n<p>Hei ").name(html(g(A)))
        m.say(",</p>\n<p>asiakas <b>").entity(html(g(subject)), "NAME", SUB).say("&nbsp;") \
            .entity(html(s(subject)), "NAME", SUB).say("</b> pyyt&auml;&auml; tietojensa poistoa (") \
            .look(html(R.choice(LAWS_FI[1:2] + ["17 artikla"]))).say("). Asia siirtyi ") \
            .entity(html(s(B, "abl")), "NAME").say(" meille ").look(date()).say(".</p>\n<p>Tiedot l&ouml;ytyv&auml;t my&ouml;s ") \
            .entity(html(g(C, "gen")), "NAME").say("&nbsp;").entity(html(s(C, "gen")), "NAME") \
            .say(" asiakkuudesta. Soita tarvittaessa <a href=\"tel:")
        number = phone_of(subject)
        m.entity(compact(number), "PHONE", SUB).say("\">").entity(number, "PHONE", SUB) \
            .say("</a> tai l&auml;het&auml; <a href=\"mailto:").entity(e, "EMAIL", SUB).say("\">") \
            .entity(html(g(subject)), "NAME", SUB).say("</a>.</p>\n<p>Yst&auml;v&auml;llisin terveisin<br>\n") \
            .entity(html(g(G)), "NAME").say(" ").entity(html(s(G)), "NAME").say(", ").look("KTM") \
            .say("<br>\n<a href=\"tel:")
        number = phone_of(G)
        m.entity(compact(number), "PHONE").say("\">").entity(number, "PHONE").say("</a></p>\n") \
            .say("<p style=\"font-size:8pt\">L&auml;hetetty k&auml;ytt&auml;j&auml;n ") \
            .entity(html(g(S)), "NAME").say(" ").entity(html(s(S)), "NAME").say(" puolesta.</p></body></html>")
    elif kind == 8:
        m.say("Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n") \
            .say(quoted_printable("Hei ")).entity(quoted_printable(g(A)), "NAME").say(quoted_printable(",\n\nlähetän ")) \
            .entity(quoted_printable(g(subject, "gen")), "NAME", SUB).say(" ") \
            .entity(quoted_printable(s(subject, "gen")), "NAME", SUB) \
            .say(quoted_printable(" tietopyynnön liitteet. Hän on ")).entity(quoted_printable(g(B, "gen")), "NAME") \
            .say(" ").entity(quoted_printable(s(B, "gen")), "NAME").say(quoted_printable(" asiakas, asiakasnumero ")) \
            .look(fill("{8}")).say(".=\n").say(quoted_printable(" Puhelin ")).entity(phone_of(subject), "PHONE", SUB) \
            .say(quoted_printable(", sähköposti ")).entity(e, "EMAIL", SUB).say(quoted_printable(". Kopio ")) \
            .entity(quoted_printable(s(C, "all")), "NAME").say(quoted_printable(" ja ")) \
            .entity(quoted_printable(g(G, "all")), "NAME").say(".\n\n").say(quoted_printable("Terveisin\n")) \
            .entity(quoted_printable(g(S)), "NAME").say(" ").entity(quoted_printable(s(S)), "NAME") \
            .say(quoted_printable("\nPuh. ")).entity(phone_of(S), "PHONE").say("\n")
    elif kind == 9:
        number = phone_of(subject)
        m.say("Uusi yhteydenotto verkkolomakkeelta (").look(stamp()).say(")\nAvaa CRM:ssä: https://crm.example.fi/contacts/new?etunimi=") \
            .entity(url(g(subject)), "NAME", SUB).say("&sukunimi=").entity(url(s(subject)), "NAME", SUB) \
            .say("&puhelin=").entity(url(compact(number)), "PHONE", SUB).say("&email=").entity(url(e), "EMAIL", SUB) \
            .say("&lahde=").look("verkkolomake").say("\nSoita: tel:").entity(tel_dashed(number), "PHONE", SUB) \
            .say("\nVastuuhenkilö: https://intra.example.fi/people?q=").entity(url(g(A)), "NAME").say("+") \
            .entity(url(s(A)), "NAME").say("\n\nViesti: Hei, yritin saada tietoni ").name(s(B, "abl")) \
            .say(", mutta hän ohjasi minut ").name(g(C, "all")).say(". Sähköpostini on ").entity(obfuscated(e), "EMAIL", SUB) \
            .say(" (roskapostin takia näin). ").name(s(G, "gen")).say(" osoite on ").entity(obfuscated(address_of(G)), "EMAIL") \
            .say(".\nPeruuta tilaus: https://uutiskirje.example.fi/unsubscribe?u=").look(hexa(16)).say("&m=") \
            .entity(url(address_of(S)), "EMAIL").say(" (").name(g(S)).say(" ").name(s(S)).say(" tilasi uutiskirjeen samalla koneella)")
    elif kind == 10:
        broken = hyphenated(s(B, "gen"))
        m.say("TIETOPYYNTÖLOMAKE (skannattu, tekstintunnistus)\nSukunimi:\n").name(s(subject), role=SUB) \
            .say("\nEtunimet:\n").name(*plain_parts(subject)[:-1], role=SUB).say("\nHenkilötunnus:\n") \
            .entity(hetu(), "NATIONAL_ID", SUB).say("\nPuhelin:\n").entity(phone_of(subject), "PHONE", SUB) \
            .say("\nLähiosoite:\n").look(R.choice(STREETS_FI)).say("\nLisätiedot:\nPyydän tietoja myös ") \
            .say("edunvalvottavani ")
        if broken:
            m.entity(broken, "NAME")
        else:
            m.name(s(B, "gen"))
        m.say(" puolesta. Valtakirjan on\nallekirjoittanut ").name(g(C)).say(" ").name(s(C)) \
            .say(".\nAllekirjoitus:\n").name(s(subject).upper(), role=SUB).say(" ") \
            .name(*[p.upper() for p in plain_parts(subject)[:-1]], role=SUB).say("\nVastaanottaja täyttää:\n") \
            .say("Vastaanotettu ").look(date()).say(", ").look(diary_number()).say(", käsittelijä ").name(g(G)) \
            .say(" ").name(s(G)).say(", tarkistanut ").name(s(S))
    elif kind == 11:
        m.say("TEKSTIVIESTIT ").entity(phone_of(subject), "PHONE", SUB).say(" ↔ ").entity(service_number(), "PHONE") \
            .say("\n[").look(at_time()).say("] SAAPUNUT: HEI TASSA ").name(g(subject).upper(), s(subject).upper(), role=SUB) \
            .say(" EN PAASE OMAAN TILIIN. ").name(s(A, "gen").upper()).say(" MUKAAN PITAA SOITTAA ") \
            .name(g(B, "all").upper()).say(" MUTTA EI VASTAA\n[").look(at_time()).say("] LÄHETETTY: Hei ") \
            .name(g(subject), role=SUB).say(", vahvistuskoodisi on ").entity(one_time_code(), "CREDENTIAL", SUB) \
            .say(". Älä kerro koodia kenellekään.\n[").look(at_time()).say("] SAAPUNUT: KOODI EI TOIMI. ANNOIN SEN JO ") \
            .name(g(C, "all").upper()).say(" PUHELIMESSA. UUSI SALASANA ON ").entity(password().upper(), "CREDENTIAL", SUB) \
            .say(" JOS SE AUTTAA\n[").look(at_time()).say("] LÄHETETTY: Älä lähetä salasanaa viestillä. ") \
            .name(*parts_of(G)).say(" soittaa sinulle ").look(date()).say(".\n[").look(at_time()) \
            .say("] SAAPUNUT: OK KIITOS. TERV ").name(g(subject).upper(), role=SUB)
    elif kind == 12:
        sender = address_of(B)
        m.say("Lähettäjä: ").name(*parts_of(B)).say(" <").entity(sender, "EMAIL").say("> käyttäjän ") \
            .say("Tietosuoja <").entity("tietosuoja@example.fi", "EMAIL").say("> puolesta\nKopio: ") \
            .name(*parts_of(A)).say(" <").entity(address_of(A), "EMAIL").say(">\nVastaanottaja: ").name(*parts_of(subject), role=SUB).say(" <").entity(e, "EMAIL", SUB) \
            .say(">\nAihe: VS: Poistopyyntö ").look(diary_number()).say("\n\nHei ").name(g(subject), role=SUB) \
            .say(",\ntietosi on poistettu markkinointirekisteristä ").look(date()).say(". Asiakasrekisterin tiedot säilytetään ") \
            .look(R.choice(LAWS_FI[8:])).say(" perusteella. Kysymykseesi ").name(g(C, "ade")).say(" ") \
            .name(s(C, "ade")).say(" ei ole pääsyä tietoihisi.\n\nTerveisin\n")
        signature_fi(m, B, "third", sender)
        m.say("\n\n-----Alkuperäinen viesti-----\nLähettäjä: ").name(*parts_of(subject), role=SUB) \
            .say("\n\nMiksi ").name(g(C)).say(" ").name(s(C)).say(" näkee tietoni? Ja ").name(s(G, "ine")) \
            .say(" ei ole vikaa, mutta ").name(g(S)).say(" lähetti minulle toisen asiakkaan laskun.\n--\n")
        signature_fi(m, subject, SUB, e)
    elif kind == 13:
        m.say("| Dnro | Pyytäjä | Laji | Käsittelijä | Määräpäivä |\n|---|---|---|---|---|\n")
        rows = [(subject, SUB), (A, "third"), (B, "third")]
        R.shuffle(rows)
        for person, role in rows:
            m.say("| ").look(diary_number()).say(" | ")
            whole(m, person, role=role).say(" | ").say(R.choice(["pääsy", "poisto", "oikaisu", "vastustus"])) \
                .say(" | ").name(g(C)).say(" ").name(s(C)).say(" | ").look(date()).say(" |\n")
        m.say("\nHuom. ")
        if fam:
            m.name(fam["nom"], role=SUB).say(" (").name(g(subject), role=SUB).say(" ja puoliso) pyysivät yhteistä vastausta; ") \
                .name(fam["gen"], role=SUB).say(" osoite on sama. Lähetin kirjeen ").name(fam["all"], role=SUB) \
                .say(", ja ").name(fam["abl"], role=SUB).say(" tuli kuittaus. Tapaamiseen tuli ") \
                .name(g(S), role="third").say(" ").name(fam["com"], role=SUB).say(", ja loput hoidettiin kaksin ") \
                .name(fam["ins"], role=SUB).say(". ")
        else:
            m.name(g(subject), role=SUB).say(" ").name(s(subject, "gen"), role=SUB).say(" pyyntö koskee myös puolison tietoja. ")
        if has_case(S, "com"):
            m.name(*parts_of(G)).say(" saapui ").name(g(S, "com")).say(" paikalle. ")
        m.name(clitic(s(C, "all"))).say(" on ylityötä; varahenkilöksi on nimetty ").name(g(S)).say(" ") \
            .name(s(S)).say(", joten vastuu siirtyy ").name(s(C, "abl")).say(" ").name(s(S, "all")) \
            .say(". Ilman ").name(s(S, "abe")).say(" ei päätöksiä.")
    else:
        ua = username_of(A)
        m.say("Tietoturvahälytys ").look(case_number()).say(", ").look(stamp()).say("\n```\n").look(stamp()) \
            .say(" sshd[").look(fill("{5}")).say("]: Failed password for ").entity(user, "USERNAME", SUB) \
            .say(" from ").entity(ipv4(), "IP_ADDRESS", SUB).say(" port ").look(fill("{5}")).say(" ssh2\n") \
            .look(stamp()).say(" vpn-gw01: user=").entity(ua, "USERNAME").say(" src=") \
            .entity(ipv4(), "IP_ADDRESS").say(" result=").look("MFA_TIMEOUT").say("\n```\nKäyttäjä ") \
            .name(*parts_of(subject), role=SUB).say(" kertoi botille salasanansa ").entity(password(), "CREDENTIAL", SUB) \
            .say(" ja BitLocker-palautusavaimen ").entity(recovery_key(), "CREDENTIAL", SUB) \
            .say(". Molemmat vaihdetaan. Tunnuksen ").entity(ua, "USERNAME") \
            .say(" haltija ").name(*parts_of(A)).say(" ei ole tunnistanut kirjautumista. Ilmoitus ") \
            .name(s(B, "all")).say(" (").entity(phone_of(B), "PHONE").say(") ja ").name(g(C, "all")).say(" ") \
            .name(s(C, "all")).say(". ").name(g(G)).say(" tarkistaa ").look(R.choice(PRODUCTS)).say("-lokit.")
    ending(m, (subject, A, B, C, G, S), "fi")


def full(m, person, role="third"):
    return m.name(*parts_of(person), role=role)


def signature_en(m, person, role, address=None, shared=False):
    """An English signature: name with degrees (look-alikes), a title, numbers with their labels outside, a
    disclaimer."""
    full(m, person, role)
    for degree in R.sample(["PhD", "MBA", "LLM", "CIPP/E", "MSc", "BA (Hons)"], R.randint(0, 2)):
        m.say(", ").look(degree)
    m.say("\n").say(R.choice(["Data Protection Officer", "Customer Relations Lead", "Senior Service Desk Analyst",
                              "Privacy Counsel", "Complaints Handler"]))
    m.say("\nM: ").entity(phone_of(person), "PHONE", role).say(" | T: ").entity(abroad(), "PHONE") \
        .say("\n").entity(address or address_of(person), "EMAIL", "third" if shared else role)
    if R.random() < 0.5:
        m.say("\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
              "received it in error, please notify the sender. Registered in England No. ").look(fill("{8}"))
    return m


def english(m, subject, e, user):
    A, B, C, G, S = distinct(person_en, 5, subject)
    f = first(subject)
    kind = R.randrange(12)
    if kind == 0:
        wrong = misspelt(plain_parts(subject)[-1])
        m.say("Bot transcript ").look(guid()).say(" (web chat, ").look(version()).say(")\n[").look(at_time()) \
            .say("] bot: Hi, I'm Ava, the virtual assistant. What can I help with?\n[").look(at_time()) \
            .say("] user: need to reset my mfa, name is ").name(f, wrong, role=SUB).say("\n[").look(at_time()) \
            .say("] bot: {\"intent\": \"mfa_reset\", \"confidence\": ").look(f"0.{R.randint(60, 99)}") \
            .say(", \"slots\": {\"given_name\": \"").name(f, role=SUB).say("\", \"family_name\": \"") \
            .name(wrong, role=SUB).say("\", \"employee_id\": \"").look(fill("E{6}")).say("\"}}\n[").look(at_time()) \
            .say("] user: no, it's spelt ").name(plain_parts(subject)[-1], role=SUB).say(". and my mobile changed to ") \
            .entity(phone_of(subject), "PHONE", SUB).say("\n[").look(at_time()).say("] bot: {\"slot_update\": {\"family_name\": \"") \
            .name(plain_parts(subject)[-1], role=SUB).say("\"}} Thanks! Please type the code from your authenticator.\n[") \
            .look(at_time()).say("] user: ").entity(one_time_code(), "CREDENTIAL", SUB).say(" and my old password was ") \
            .entity(password(), "CREDENTIAL", SUB).say(" if that helps\n[").look(at_time()) \
            .say("] bot: Please never share passwords here. Handing over to ").name(*parts_of(A)).say(".\n")
        m.say("[").look(at_time()).say("] agent ").name(first(A)).say(": Hi ").name(f, role=SUB).say(", ")
        full(m, B).say(" approved the reset. ")
        genitive_en(m, first(C)).say(" old phone ").entity(phone_of(C), "PHONE").say(" is still on your account, so I removed it.")
    elif kind == 1:
        m.say("Call transcript ").look(case_number()).say(" – diarised, ").look(f"{R.randint(3, 20)}m {R.randint(0, 59)}s") \
            .say("\nSPEAKER_00 [").look("0:00:01").say("]: Thanks for calling the privacy team, this is ").name(first(A)) \
            .say(".\nSPEAKER_01 [").look("0:00:04").say("]: Hi, it's ").name(*parts_of(subject), role=SUB) \
            .say(". I sent an erasure request on ").look(date("en")).say(".\nSPEAKER_00 [").look("0:00:10") \
            .say("]: Could you spell the surname?\nSPEAKER_01 [").look("0:00:12").say("]: ")
        spell(m, plain_parts(subject)[-1], SPELL_EN, " for ").say("… ").name(plain_parts(subject)[-1], role=SUB) \
            .say(".\nSPEAKER_00 [").look("0:00:27").say("]: Found it. It was handled by ").name(*parts_of(B)) \
            .say(", who has left. ").name(first(C)).say(" will take over.\nSPEAKER_01 [").look("0:00:35") \
            .say("]: Also my ex-partner ").name(*parts_of(G)).say(" still gets my letters. ").name(first(G)) \
            .say("'s number is ").entity(phone_of(G), "PHONE").say(", please stop calling it.\nSPEAKER_00 [") \
            .look("0:00:51").say("]: Noted. Best number for you?\nSPEAKER_01 [").look("0:00:53").say("]: ") \
            .entity(phone_of(subject), "PHONE", SUB).say(".\nSPEAKER_02 [").look("0:01:05").say("]: (supervisor ") \
            .name(first(S)).say(" joins) I'll confirm by e-mail to ").entity(e, "EMAIL", SUB).say(".")
    elif kind == 2:
        m.say("Handover summary (drafted by Copilot, review before sending)\nCustomer: ")
        full(m, subject, SUB).say(" · ").entity(phone_of(subject), "PHONE", SUB).say(" · ").entity(e, "EMAIL", SUB) \
            .say("\nCase: ").look(case_number()).say(" opened ").look(date("en")).say("\nSummary:\n• ").name(f, role=SUB) \
            .say(" disputes a charge of ").look(euros()).say(" on card ").look("ending " + fill("{4}")) \
            .say(".\n• Previous agent ")
        full(m, A).say(" promised a refund; no note was left.\n• ")
        genitive_en(m, first(B)).say(" escalation to ")
        full(m, C).say(" bounced (out of office until ").look(date("en")).say(").\n• Customer asks that ") \
            .name(first(A)).say(" not contact them again.\nSentiment: frustrated\nNext owner: ")
        full(m, G).say(", ").entity(phone_of(G), "PHONE").say("\nApproved by: ").name(first(S)).say(" ") \
            .name(plain_parts(S)[-1])
    elif kind == 3:
        m.say("Subject: Subject access request – ").name(*parts_of(subject), role=SUB).say("\n\nDear Data Protection Officer,\n\n") \
            .say("We act for ").name(*parts_of(subject), role=SUB).say(" and enclose a signed form of authority. Under ") \
            .look(R.choice(LAWS_EN[:1] + ["Article 15 UK GDPR"])).say(" our client requests a copy of all personal data, ") \
            .say("including call recordings in which your agents ").name(*parts_of(A)).say(" and ").name(first(B)) \
            .say(" discussed our client's account with ")
        m.say("their former employer, ")
        full(m, C).say(". Please also explain why ")
        genitive_en(m, first(C)).say(" colleague ")
        full(m, G).say(" received our client's statement.\n\nOur client's date of birth is ").look(date("en")) \
            .say(" and the account was opened with the number ").entity(phone_of(subject), "PHONE", SUB) \
            .say(". Please reply within one month (").look(LAWS_EN[4]).say(").\n\nYours faithfully\n")
        signature_en(m, S, "third")
        m.say("\n\n--- DPO note ").look(diary_number()).say(" ---\nID check: passport seen via solicitor, ") \
            .say("authority verified by phone with ").name(first(S)).say(" on ").look(date("en")).say(". Owner: ") \
            .name(*parts_of(B)).say(". Deadline ").look(date("en")).say(".")
    elif kind == 4:
        m.say(R.choice(["Metropolitan Police Service", "HM Revenue & Customs", "An Garda Síochána"])) \
            .say(" – request for disclosure, our ref ").look(fill("{2}/{6}/27")).say("\nOfficer: DC ")
        full(m, A).say(", ").entity(phone_of(A), "PHONE").say("\n\nUnder ").look(LAWS_EN[6]) \
            .say(" we ask for subscriber details, login IP addresses and payment records for ")
        full(m, subject, SUB).say(" (").entity(e, "EMAIL", SUB).say("), who is a witness in an investigation into ")
        full(m, B).say(". The complainant is ")
        full(m, C).say(".\n\n--- Reply ").look(date("en")).say(" ---\nDear DC ").name(plain_parts(A)[-1]) \
            .say(",\nwe disclose: last login from ").entity(ipv4(), "IP_ADDRESS", SUB).say(" as ") \
            .entity(user, "USERNAME", SUB).say(" on ").look(date("en")).say("; refunds were paid to ") \
            .entity(account(), "IBAN", SUB).say(". The request was reviewed by ")
        full(m, G).say(" and logged under ").look(diary_number()).say(".\n\nKind regards\n")
        signature_en(m, S, "third", "dpo@example.co.uk", shared=True)
    elif kind == 5:
        m.say("Complaint ").look(case_number()).say(" – refund dispute\n\nI was charged twice (").look(euros()) \
            .say(" each) on card ").entity(card(), "PAYMENT_CARD", SUB).say(". Your agent ").name(first(A)) \
            .say(" said it would be reversed in five days; then ").name(first(B)).say(" told me ") \
            .name(first(A)).say(" had no authority. I asked for ").name(first(B)).say("'s surname and was refused. ") \
            .say("Please refund to ").entity(account(), "IBAN", SUB).say(".\n")
        full(m, subject, SUB).say(", ").entity(phone_of(subject), "PHONE", SUB) \
            .say("\n\n--- Dispute handler's notes ---\nListened to calls of ").look(date("en")).say(" and ") \
            .look(date("en")).say(". Agents: ")
        full(m, A).say(" (team ").look("Billing 3").say("), ")
        full(m, B).say(". ")
        genitive_en(m, first(A)).say(" promise is on the recording. Refund approved by ")
        full(m, C).say("; coaching for ").name(first(B)).say(" with ")
        full(m, G).say(". Customer's partner ")
        full(m, S).say(" also called; not authorised.")
    elif kind == 6:
        number = phone_of(subject)
        m.say("<div dir=\"ltr\">Hi ").entity(html(first(A)), "NAME").say(",<br><br>Please action the objection (") \
            .look(html(LAWS_EN[3])).say(") from <b>").entity(html(first(subject)), "NAME", SUB).say("&nbsp;") \
            .entity(html(plain_parts(subject)[-1]), "NAME", SUB).say("</b>, who no longer wants profiling.<br>") \
            .say("Contact: <a href=\"mailto:").entity(e, "EMAIL", SUB).say("?subject=Objection%20") \
            .look(case_number()).say("\">").entity(e, "EMAIL", SUB).say("</a>, <a href=\"tel:") \
            .entity(compact(number), "PHONE", SUB).say("\">").entity(number, "PHONE", SUB).say("</a><br>") \
            .say("Marketing owner is ").entity(html(first(B)), "NAME").say(" ").entity(html(plain_parts(B)[-1]), "NAME") \
            .say("; ").entity(html(first(C)), "NAME").say("&#8217;s team holds the CRM.<br><br>Thanks,<br>") \
            .entity(html(first(G)), "NAME").say(" ").entity(html(plain_parts(G)[-1]), "NAME").say(", ").look("MBA") \
            .say("<br><span style=\"color:#888\">Sent on behalf of ").entity(html(first(S)), "NAME").say(" ") \
            .entity(html(plain_parts(S)[-1]), "NAME").say("</span></div>")
    elif kind == 7:
        number = phone_of(subject)
        m.say("New lead from the web form (").look(stamp()).say(")\nOpen in CRM: https://crm.example.com/leads/new?first=") \
            .entity(url(f), "NAME", SUB).say("&last=").entity(url(plain_parts(subject)[-1]), "NAME", SUB) \
            .say("&phone=").entity(url(compact(number)), "PHONE", SUB).say("&email=").entity(url(e), "EMAIL", SUB) \
            .say("&utm_source=").look("newsletter").say("\nCall: tel:").entity(compact(number), "PHONE", SUB) \
            .say("\nOwner: https://directory.example.com/people?name=").entity(url(first(A)), "NAME").say("%20") \
            .entity(url(plain_parts(A)[-1]), "NAME").say("\n\nMessage: I asked ").name(first(B)) \
            .say(" to delete my data but got more mail. You can write to me at ").entity(obfuscated(e), "EMAIL", SUB) \
            .say(". My sister-in-law ").name(*parts_of(C)).say(" is at ").entity(obfuscated(address_of(C)), "EMAIL") \
            .say(".\nUnsubscribe: https://news.example.com/u?id=").look(hexa(20)).say("&e=") \
            .entity(url(address_of(G)), "EMAIL").say(" (").name(*parts_of(G)).say(" signed up on my laptop)")
    elif kind == 8:
        m.say("From: ")
        full(m, A).say(" on behalf of Privacy Team <").entity("privacy@example.co.uk", "EMAIL").say(">\nTo: ")
        full(m, subject, SUB).say(" <").entity(e, "EMAIL", SUB).say(">\nCc: ")
        full(m, B).say(" <").entity(address_of(B), "EMAIL").say(">\nSubject: RE: Rectification ").look(diary_number()) \
            .say("\n\nDear ").name(f, role=SUB).say(",\n\nyour address and number are corrected (").look(LAWS_EN[2]) \
            .say("). The wrong number belonged to ")
        full(m, C).say(" and has been removed.\n\nBest wishes\n")
        signature_en(m, A, "third")
        m.say("\n\n> From: ")
        full(m, subject, SUB).say("\n> Why does ")
        genitive_en(m, first(G)).say(" name appear on my bill? And ")
        full(m, S).say(" phoned me at home.\n> --\n> ")
        full(m, subject, SUB).say("\n> ").entity(phone_of(subject), "PHONE", SUB)
    elif kind == 9:
        m.say("| Ref | Requester | Type | Handler | Due |\n|:--|:--|:--|:--|:--|\n")
        rows = [(subject, SUB), (A, "third"), (B, "third")]
        R.shuffle(rows)
        for person, role in rows:
            m.say("| ").look(diary_number()).say(" | ")
            full(m, person, role).say(" | ").say(R.choice(["access", "erasure", "rectification", "objection"])) \
                .say(" | ").name(first(C)).say(" ").name(plain_parts(C)[-1]).say(" | ").look(date("en")).say(" |\n")
        m.say("\n").name(first(C)).say(" is on leave from ").look(date("en")).say("; ").name(*parts_of(G)) \
            .say(" covers. ").name(f, role=SUB).say("'s request also names ").name(*parts_of(S)) \
            .say(", whose data we must not disclose (").look(LAWS_EN[5]).say(").")
    elif kind == 10:
        parts = plain_parts(subject)
        m.say("DATA REQUEST FORM (scanned, OCR)\nSurname:\n").name(parts[-1].upper(), role=SUB).say("\nForename(s):\n") \
            .name(*parts[:-1], role=SUB).say("\nDate of birth:\n").look(date("en")).say("\nTelephone:\n") \
            .entity(phone_of(subject), "PHONE", SUB).say("\nEmail:\n").entity(e, "EMAIL", SUB) \
            .say("\nDetails:\nI also request the data you hold on my late relative, ")
        broken = hyphenated(plain_parts(B)[-1])
        m.name(first(B)).say(" ")
        if broken:
            m.entity(broken, "NAME")
        else:
            m.name(plain_parts(B)[-1])
        m.say(", as executor.\nWitness:\n").name(*parts_of(C)).say("\n\nSMS ").entity(phone_of(subject), "PHONE", SUB) \
            .say(" ").look(at_time()).say(": HI ITS ").name(f.upper(), role=SUB).say(" DID U GET MY FORM? ") \
            .name(first(A).upper()).say(" SAID TO POST IT TO ").name(first(G).upper()).say(" ") \
            .name(plain_parts(G)[-1].upper()).say("\nReply ").look(at_time()).say(": Received, thank you. ") \
            .name(first(S)).say(", Privacy Team")
    else:
        key = recovery_key()
        m.say("Security incident ").look(case_number()).say("\n```\n").look(stamp()).say(" vpn: auth failure user=") \
            .entity(user, "USERNAME", SUB).say(" src=").entity(ipv4(), "IP_ADDRESS", SUB).say(" mfa=").look("push_denied") \
            .say("\n").look(stamp()).say(" idp: login ok user=").entity(username_of(A), "USERNAME").say(" ip=") \
            .entity(ipv4(), "IP_ADDRESS").say("\n```\n").name(f, role=SUB).say(" pasted the BitLocker recovery key ") \
            .entity(key, "CREDENTIAL", SUB).say(" into the bot chat and later read it to ")
        full(m, A).say(" on the phone. Key rotated. ")
        genitive_en(m, first(B)).say(" account was used from the same address; ")
        full(m, C).say(" and ").name(first(G)).say(" notified, ").entity(phone_of(G), "PHONE").say(". Reviewed by ")
        full(m, S).say(".")
    ending(m, (subject, A, B, C, G, S), "en")


def swedish(m, subject, e, user):
    A, B, C, G, S = distinct(person_sv, 5, subject)
    f = first(subject)
    last = plain_parts(subject)[-1]
    kind = R.randrange(7)
    if kind == 0:
        wrong = misspelt(last)
        m.say("Chattlogg, kundtjänstboten ").look(version()).say("\n[").look(at_time()) \
            .say("] BOT: Hej! Vad kan jag hjälpa till med?\n[").look(at_time()).say("] KUND: jag vill ha ett registerutdrag, jag heter ") \
            .name(f, wrong, role=SUB).say("\n[").look(at_time()).say("] BOT: {\"intent\": \"registerutdrag\", \"slots\": {\"fornamn\": \"") \
            .name(f, role=SUB).say("\", \"efternamn\": \"").name(wrong, role=SUB).say("\"}}\n[").look(at_time()) \
            .say("] KUND: nej, efternamnet är ").name(last, role=SUB).say(". och numret är ") \
            .entity(phone_of(subject), "PHONE", SUB).say("\n[").look(at_time()).say("] BOT: Tack ").name(f, role=SUB) \
            .say("! Engångskoden är skickad.\n[").look(at_time()).say("] KUND: ").entity(one_time_code(), "CREDENTIAL", SUB) \
            .say("\n[").look(at_time()).say("] BOT: Jag kopplar dig till ").name(*parts_of(A)).say(".\n[") \
            .look(at_time()).say("] ").name(first(A)).say(": Hej! ").name(genitive_sv(first(B)), plain_parts(B)[-1]) \
            .say(" ärende är också ditt? Jag frågar ").name(*parts_of(C)).say(".")
    elif kind == 1:
        child = distinct(lambda: (R.choice(SWEDISH[0]),), 1, subject + A + B + C + G + S)[0][0]
        m.say("Ämne: Begäran om registerutdrag\n\nHej,\njag begär enligt ").look(LAWS_SV[0]) \
            .say(" alla uppgifter ni har om mig och mitt barn ").name(child, last, role="third") \
            .say(", som jag är vårdnadshavare för. Varför ringde ").name(*parts_of(A)).say(" till ") \
            .name(genitive_sv(child)).say(" skola den ").look(date("sv")).say("? Fick ni numret av ") \
            .name(*parts_of(B)).say("?\nJag nås på ").entity(phone_of(subject), "PHONE", SUB).say(".\nPersonbeteckning: ") \
            .entity(hetu(), "NATIONAL_ID", SUB).say("\nMed vänlig hälsning\n").name(*parts_of(subject), role=SUB) \
            .say("\n\n--- Handläggarens anteckning (").look(diary_number()).say(") ---\nIdentitet kontrollerad med BankID ") \
            .look(date("sv")).say(". Handläggare ").name(*parts_of(C)).say(", godkänt av dataskyddsombudet ") \
            .name(*parts_of(G)).say(". ").name(genitive_sv(first(S))).say(" team svarar senast ").look(date("sv")).say(".")
    elif kind == 2:
        broken = hyphenated(plain_parts(B)[-1])
        m.say("BLANKETT FÖR RÄTTELSE (skannad, OCR)\nEfternamn:\n").name(last.upper(), role=SUB).say("\nFörnamn:\n") \
            .name(*plain_parts(subject)[:-1], role=SUB).say("\nPersonbeteckning:\n").entity(hetu(), "NATIONAL_ID", SUB) \
            .say("\nTelefon:\n").entity(phone_of(subject), "PHONE", SUB).say("\nE-post:\n").entity(e, "EMAIL", SUB) \
            .say("\nÖvrigt:\nFel telefonnummer ").entity(phone_of(A), "PHONE").say(" tillhör ").name(*parts_of(A)) \
            .say(". Fullmakt för ").name(first(B)).say(" ")
        if broken:
            m.entity(broken, "NAME")
        else:
            m.name(plain_parts(B)[-1])
        m.say(" bifogas.\nMottaget ").look(date("sv")).say(", ").look(diary_number()).say(", handläggare ") \
            .name(*parts_of(C))
    elif kind == 3:
        number = phone_of(subject)
        m.say("<p>Hej ").entity(html(first(A)), "NAME").say(",</p><p>kunden <b>").entity(html(f), "NAME", SUB) \
            .say("&nbsp;").entity(html(last), "NAME", SUB).say("</b> beg&auml;r radering (").look(html(LAWS_SV[1])) \
            .say("). &Auml;rendet kom fr&aring;n ").entity(html(genitive_sv(first(B))), "NAME").say(" team ") \
            .look(date("sv")).say(".</p><p>Ring <a href=\"tel:").entity(compact(number), "PHONE", SUB).say("\">") \
            .entity(number, "PHONE", SUB).say("</a> eller skriv till <a href=\"mailto:").entity(e, "EMAIL", SUB) \
            .say("\">").entity(e, "EMAIL", SUB).say("</a>.</p><p>H&auml;lsningar<br>").entity(html(first(G)), "NAME") \
            .say(" ").entity(html(plain_parts(G)[-1]), "NAME").say(", ").look("jur.kand.").say("<br>Skickat f&ouml;r ") \
            .entity(html(genitive_sv(first(S))), "NAME").say(" r&auml;kning</p>")
    elif kind == 4:
        m.say("Samtalsutskrift ").look(case_number()).say(" (automatisk talaridentifiering)\nTalare 1 [").look("00:00:03") \
            .say("]: Kundtjänst, ").name(first(A)).say(".\nTalare 2 [").look("00:00:06").say("]: Hej, det är ") \
            .name(*parts_of(subject), role=SUB).say(". Jag vill invända mot direktreklam (").look(LAWS_SV[0].replace("15", "21")) \
            .say(").\nTalare 1 [").look("00:00:14").say("]: Kan du stava efternamnet?\nTalare 2 [").look("00:00:16").say("]: ")
        spell(m, last, SPELL_SV, " som i ").say(", ").name(last, role=SUB).say(".\nTalare 1 [").look("00:00:35") \
            .say("]: Tack. Reklamen skickades av ").name(*parts_of(B)).say(" på marknadsavdelningen.\nTalare 2 [") \
            .look("00:00:41").say("]: Och ").name(genitive_sv(first(C))).say(" nummer ").entity(phone_of(C), "PHONE") \
            .say(" står fortfarande på mitt konto.\nTalare 1 [").look("00:00:52").say("]: Jag tar bort det och ber ") \
            .name(*parts_of(G)).say(" bekräfta till ").entity(phone_of(subject), "PHONE", SUB).say(".")
    elif kind == 5:
        m.say("Från: ").name(*parts_of(A)).say(" för Dataskydd <").entity("dataskydd@foretag.example.se", "EMAIL") \
            .say("> räkning\nTill: ").name(*parts_of(subject), role=SUB).say(" <").entity(e, "EMAIL", SUB) \
            .say(">\nÄmne: SV: Rättelse ").look(diary_number()).say("\n\nHej ").name(f, role=SUB) \
            .say(",\nnumret är rättat. Det felaktiga numret tillhörde ").name(*parts_of(B)).say(".\n\nVänliga hälsningar\n") \
            .name(*parts_of(A)).say(", ").look(R.choice(["fil.mag.", "pol.mag.", "ekon.mag."])).say("\nDataskyddsombud\n") \
            .entity(phone_of(A), "PHONE").say("\nDetta meddelande kan innehålla konfidentiell information. FO-nummer ") \
            .look(business_id()).say("\n\n> Från: ").name(*parts_of(subject), role=SUB).say("\n> Varför har ") \
            .name(genitive_sv(first(C)), plain_parts(C)[-1]).say(" faktura mitt namn? ").name(*parts_of(G)) \
            .say(" ringde mig.\n> ").entity(phone_of(subject), "PHONE", SUB)
    else:
        number = phone_of(subject)
        m.say("Content-Transfer-Encoding: quoted-printable\n\n").say(quoted_printable("Hej ")) \
            .entity(quoted_printable(first(A)), "NAME").say(quoted_printable(",\nhär är länken till ")) \
            .entity(quoted_printable(genitive_sv(f)), "NAME", SUB).say(quoted_printable(" ärende: ")) \
            .say("https://crm.example.se/kund?namn=").entity(url(f), "NAME", SUB).say("+").entity(url(last), "NAME", SUB) \
            .say("&tel=").entity(url(compact(number)), "PHONE", SUB).say("\n").say(quoted_printable("Kopia till ")) \
            .entity(quoted_printable(first(B)), "NAME").say(" ").entity(quoted_printable(plain_parts(B)[-1]), "NAME") \
            .say(quoted_printable(" och ")).entity(quoted_printable(first(C)), "NAME").say(quoted_printable(". Hälsningar ")) \
            .entity(quoted_printable(first(G)), "NAME").say(", ").entity(obfuscated(address_of(G)), "EMAIL")
    ending(m, (subject, A, B, C, G, S), "sv")


def written(language, subject, e, user):
    """A message about subject, drawn again while it fails its checks or a labelled value stands unlabelled elsewhere
    in it (message.first_clean)."""
    counted_before = PHONES.copy()

    def draw():
        PHONES.clear()
        PHONES.update(counted_before)
        m = Message(language, "held-out-27")
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
