#!/usr/bin/env python3
r"""Generates the fortieth held-out set (held-out-40.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 39: nobody tunes on it. Its writer read no detection code, list, rule, model
or docs/redaction.md, only the earlier generators and the evaluation test. It holds kinds of text that sets 1-39 lack:
the service desk of a wellbeing services county (hyvinvointialue / välfärdsområde, an NHS trust in English) and a
city's education division, (a) health and social care IT and (b) basic and upper secondary education IT, in 44 shapes,
each written in the language its kind of text is written in (22 Finnish, 13 English, 9 Swedish), with the earlier mail
a reply quotes ("-----Alkuperäinen viesti-----", "On … wrote:", "Den … skrev …:"), copies and watchers under it
("Tiedoksi:", "Vastaanottajat:", "cc:", "Watchers:", "Kopia:", "Bevakare:") and the record around it (a case-system
footer with the handler and the queue, "Käsitellyt Given Surname (login) …", or a signature with the switchboard and
the business id).
(a) patient-record access requests with the unit head's approval (Apotti-, Uranus-, Epic-style), access-log audits
asked for by the patient ("who viewed my record": log rows of viewer, login, unit, time and reason, semicolon and pipe
separated), home-care route lists of the mobile care app (visit time, client, street, key-safe code, relative), shift
swaps between named nurses in the rostering tool, failed appointment-reminder SMS with the sending log, patient-portal
(Omakanta, NHS App, 1177 Journalen) login and proxy problems, lab and ADT integration errors as HL7 segments (PID, NK1,
ORC, OBR, PV1 with Surname^Given), e-prescription tickets between the doctor and the pharmacist, speech-recognition
drafts of doctors' dictation ("pilkku", "piste", "full stop"), a social worker's case-system ticket (a decision's
account number), emergency-centre and ambulance CAD logs, and infusion-pump incidents with serials and asset tags.
(b) Wilma-, Vklass- and ParentMail-style messages from a guardian to the class teacher and the special-needs teacher
about their pupil, class-list exports (pupil, login, guardian, phone), device loans (iPad, Chromebook; serial, pupil's
login), a substitute teacher's account request, an Abitti / YO-exam incident, school trip notices with the guardian's
consent and phone, school-nurse appointments, a guardian's voicemail turned into text (absence notice), a school
photography order with a refund, and a forwarded learning-platform mail (Moodle, Teams, Classroom, Peda.net).
Names (new-name-forms.py against every other labelled set, set 39 included: 1,503 of 1,503 forms, 100.0 %, new):
Finnish double given names on pairs no earlier set holds (Urpo-Antero, Väinö-Kalevi; Elli-Kaarina, Pihla-Pauliina),
compound surnames from new first words (Naava-, Tupas-, Kaskas-, Suvanto-, Kaarna-, Jäkälä-, Vaahtera-: Naavalahden,
Tupasaholle, Jäkälämäelle, Kaarnamäestä, with the gradation and vowel harmony of the compound's last word), Swedish
double given names and compound surnames (Märta-Cecilia, Bertil-Alexander; Myrdahl, Ekorrudd, Nyponmark), and double
names of 55 origins that set 39 did not use: Igbo, Akan, Amharic, Somali, Wolof, Kikuyu, Xhosa, Persian, Bengali,
Vietnamese, Thai, Korean, Japanese, Mongolian, Kazakh, Georgian, Turkish, Greek, Romanian, Polish, Czech, Croatian,
Lithuanian, Latvian, Ukrainian, Irish, Estonian, Tongan, Peruvian, German, Dutch, Tamil, Iraqi, Slovene, Bolivian,
Venezuelan, Cuban, Haitian, Azerbaijani, Congolese, Rwandan, Malagasy, Eritrean, Kyrgyz, Tajik, Syrian, Cameroonian,
Bosnian, Macedonian, Belarusian, Faroese, Ecuadorian, Uruguayan, Jordanian and Trinidadian ones (Widline-Jean-Robert
Dorval-Pierre, Niamh-Oisín Ó Briain-Kelleher, Zainab-Mustafa Al-Saadi-Al-Jubouri), in the Finnish cases in Finnish
prose (genitive, partitive, allative, ablative, adessive, elative) and with the Swedish genitive in Swedish.
Besides them, in 13 of the 44 shapes one person bears a real surname that a disease, a syndrome, a school, a hospital
or a street also bears (Parkinson, Alzheimer, Crohn, Asperger, Hodgkin, Menière, Canth, Sibelius, Sahlgren, Addison,
Cushing, Basedow, Bechterew, Tourette): 236 NAME spans in 48 forms (Parkinsonilla, Canthille, Bechterewillä,
Menièrellä), in 6 shapes beside the thing named after someone of that surname in another form ("Given Parkinsonilla on
Parkinsonin tauti", "Given Sahlgren granskar journalerna (Sahlgrenska Universitetssjukhuset)").
Phones of 112 countries and territories as requests, logs, exports, HL7 segments and signatures write them (+cc with
groups, E.164, national with the trunk prefix, 00cc, +cc (0)…, dashes, NANP forms); each of the 1,663 distinct numbers
is valid and of its country by Debian's python3-phonenumbers 8.12.57 (/usr/bin/python3 held-out-40.py --check asserts
it; writing the set does not need the library).
Labelling policy, as in sets 25-39, with these for the new kinds. The subject is the register's known person: the
nurse, doctor, care worker or social worker whose access, shift, route or ticket it is, the patient or client who asks
for the access log, calls about a reminder or cannot log in, the patient of an HL7 message that a data correction is
about, the caller of an emergency call, the guardian who writes, returns a consent or orders photos, the substitute
teacher, the teacher whose class list or course it is, the student whose exam machine failed; everyone else is a third
party: unit heads and approvers, colleagues whose rights are copied (with their logins), viewers in a log, home-care
clients and their relatives, doctors, pharmacists, paramedics, lab staff, guardians' pupils (who share the guardian's
surname: each copy labelled), teachers, special-needs teachers, principals, school nurses, classmates and their parents,
and the handler. A person's name is a NAME whatever else bears it: "Given Canth" beside Minna Canthin koulu, "Given
Parkinson" beside Parkinsonin tauti; a teacher's surname after "Ope", "Mr" or "Dr" is a NAME; each part of an HL7
Surname^Given is its own span. Things named after people are look-alikes (kept): eponymous diseases, syndromes and
scores (Alzheimerin tauti, Crohn's disease, Downs syndrom, Achilleen jänne, Apgar-pisteet 9/10, Glasgow Coma Scale 13),
hospitals and schools (Meilahden sairaala, Lastenlinna, Aurora-sairaala, Sahlgrenska, St Thomas', Aleksis Kiven koulu,
Minna Canthin koulu, Ressu, Topeliusskolan, Sibelius-lukio, King Edward VI School), rooms (auditorio Fredrik,
kokoushuone Florence, the Lister Theatre, mötesrum Linné), devices named after their makers (Welch Allyn Connex, B.
Braun Perfusor Space), and streets named after people (Haartmaninkatu 4, Minna Canthin katu 8, Runebergsgatan 4,
12 Baker Street): an address is not a labelled type, so a street with its house number and the postcode with its town
are look-alikes. A key-safe or door code is the CREDENTIAL of the client or patient whose home it opens (as door codes
in sets 26, 31 and 33): a third party's on a route list and in an emergency call. A timetable's teacher code of an
unnamed teacher (MVi, KHä) is a
look-alike. Every number of a person is a PHONE: the subject's own, approvers', colleagues', relatives', guardians',
pharmacists', engineers' and the handler's, in any form, and the unnamed recipients in an SMS log (role "third"). A
service's number is a look-alike when the text makes it one: a hospital switchboard ("vaihde 09 4711", "Switchboard:
…", "Växel: …"), a ward's public line ("Osaston julkinen numero …", "Ward public line …"), the national out-of-hours
number 116 117, NHS 111, 1177, 112 and 999, a state service's 0295 number: 330 of these kept. Shared mailboxes
(ict-tuki@, servicedesk@, it-support@) are EMAIL, role "third", as set 27; a colleague's, viewer's, pupil's or handler's
login is a USERNAME of its owner. Identity codes (henkilötunnus) of patients and clients are NATIONAL_ID; an account
for a benefit or a refund is IBAN. Look-alikes (kept), besides the eponyms: patient-record, social-care, rostering and
school systems whose names look like names (Apotti, Lifecare, Pegasos, Effica, Uranus, Esko, Omni360, Kanta, Epic,
Cerner, Oberon, Titania, Hilkka, Maisa, Wilma, Helmi, Primus, Abitti, Moodle, Qridi, Vklass), drugs that look like names
(Burana, Panadol, Marevan, Xarelto, Ventoline, Pamol, Otrivin, Lyrica, Emla, Eliquis) and doses, wards and units
(osasto 4B, K3, Ward 7B, avdelning 4B), lab tests and imaging, HL7 message, accession and record numbers, prescription
ids, CAD job ids and ambulance call signs, device serials and asset tags, classes and groups (7B, LUK-ryhmä, JOPO),
subject codes (MAA3, ENA1, HI2), pupils' device models, photo order codes, shifts and visit times, grades, amounts,
roles, queues, cities, words that are also names used as words (toivo paranemisesta, grace period, dag för dag),
weekdays, dates and times, business ids and org.nr.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 44 shapes drawn in turn within their language; 12,664
NAME (1,591 the subject's), 1,666 PHONE (112 countries and territories), 554 EMAIL, 709 USERNAME, 45 NATIONAL_ID, 29
IBAN, 90 CREDENTIAL; 7,388 look-alikes (1,687 dates and times; 742 eponyms: diseases, syndromes, scores, hospitals,
schools, rooms, devices and streets) from 607 pairs of shape and kind, 3,583 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean); so a disease or school that bears a person's surname
stands beside that person's name only in another form (Parkinsonin tauti beside Parkinsonilla). The run asserts the
minimums (6,000 NAME, 1,000 PHONE of 30 countries, 3,000 look-alikes of 300 templates, 40 shapes).
Deterministic: python3 held-out-40.py > held-out-40.jsonl (python3 held-out-40.py --stats adds counts on stderr)"""
import collections
import random

import generation
import identifiers
from name_forms import inflect as fi

R = random.Random(40404040)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-39 as a name form (checked against their files when
# this set was written): Finnish double given names on pairs no earlier set holds, compound surnames from new first
# words (Naava-, Tupas-, Kaskas-, Suvanto-, Jäkälä-), Swedish ones the same way, and double names of 55 origins.
# EPONYM_SURNAMES are real surnames that diseases, schools, hospitals and streets also bear.

FI_MEN = ["Urpo-Johannes", "Urpo-Kristian", "Urpo-Tapani", "Urpo-Antero", "Urpo-Mikael", "Väinö-Olavi",
          "Väinö-Kalevi", "Väinö-Ilari", "Väinö-Petteri", "Väinö-Sakari", "Lauri-Johannes", "Lauri-Kristian",
          "Lauri-Tapani", "Lauri-Mikael", "Lauri-Olavi", "Heikki-Antero", "Heikki-Kalevi", "Heikki-Ilari",
          "Heikki-Petteri", "Heikki-Sakari", "Kalle-Petteri", "Kalle-Sakari", "Kalle-Aukusti", "Kalle-Johannes",
          "Kalle-Kristian", "Toivo-Kristian", "Toivo-Antero", "Toivo-Mikael", "Toivo-Olavi", "Toivo-Kalevi",
          "Reino-Ilari", "Reino-Petteri", "Reino-Sakari", "Reino-Johannes", "Reino-Kristian", "Veikko-Eemeli",
          "Veikko-Johannes", "Veikko-Tapani", "Veikko-Mikael", "Veikko-Kalevi", "Lassi-Mikael", "Lassi-Olavi",
          "Lassi-Kalevi", "Lassi-Ilari", "Lassi-Sakari", "Kauko-Sakari", "Kauko-Aukusti", "Kauko-Eemeli",
          "Kauko-Johannes", "Kauko-Kristian", "Aapo-Tapani", "Aapo-Antero", "Aapo-Mikael", "Aapo-Olavi", "Aapo-Ilari",
          "Hannu-Ilari", "Hannu-Petteri", "Hannu-Sakari", "Hannu-Aukusti", "Hannu-Eemeli"]
FI_WOMEN = ["Aino-Sofia", "Aino-Linnea", "Aino-Amanda", "Aino-Emilia", "Aino-Aurora", "Elli-Helena", "Elli-Hannele",
            "Elli-Kaarina", "Elli-Pauliina", "Elli-Tuulia", "Kaisa-Tuulia", "Kaisa-Sisko", "Kaisa-Sofia",
            "Kaisa-Linnea", "Kaisa-Amanda", "Lotta-Emilia", "Lotta-Aurora", "Lotta-Helena", "Lotta-Hannele",
            "Lotta-Kaarina", "Mirja-Kaarina", "Mirja-Pauliina", "Mirja-Tuulia", "Mirja-Sisko", "Mirja-Sofia",
            "Ronja-Linnea", "Ronja-Amanda", "Ronja-Emilia", "Ronja-Aurora", "Ronja-Helena", "Sanni-Hannele",
            "Sanni-Kaarina", "Sanni-Pauliina", "Sanni-Sisko", "Sanni-Linnea", "Tiina-Sisko", "Tiina-Sofia",
            "Tiina-Linnea", "Tiina-Amanda", "Tiina-Aurora", "Aada-Aurora", "Aada-Hannele", "Aada-Kaarina",
            "Aada-Pauliina", "Aada-Sisko", "Elina-Pauliina", "Elina-Tuulia", "Elina-Sisko", "Elina-Sofia",
            "Elina-Linnea", "Pihla-Amanda", "Pihla-Inkeri", "Pihla-Hannele", "Pihla-Pauliina", "Pihla-Linnea",
            "Kukka-Hannele", "Kukka-Kaarina", "Kukka-Pauliina", "Kukka-Tuulia", "Kukka-Sisko"]
FI_SURNAMES = ["Naavamäki", "Naavaniemi", "Naavalahti", "Naavajärvi", "Naavakoski", "Naavalampi", "Naavakangas",
               "Naavakorpi", "Naavavuori", "Naavasaari", "Naavaranta", "Naavaaho", "Naavaoja", "Naavasalo",
               "Naavaharju", "Naavavaara", "Naavakallio", "Naavasuo", "Sammalmäki", "Sammaljärvi", "Sammalkangas",
               "Sammalsaari", "Sammalranta", "Kuuramäki", "Kuurakoski", "Kuuralampi", "Karpaloniemi", "Karpalokoski",
               "Karpalokorpi", "Karpalovuori", "Karpaloranta", "Karpaloaho", "Karpalooja", "Karpalosalo",
               "Karpaloharju", "Karpalovaara", "Karpalokallio", "Karpalosuo", "Tupasmäki", "Tupasniemi", "Tupaslahti",
               "Tupasjärvi", "Tupaskoski", "Tupaslampi", "Tupaskangas", "Tupaskorpi", "Tupasvuori", "Tupassaari",
               "Tupasranta", "Tupasaho", "Tupasoja", "Tupassalo", "Tupasharju", "Tupasvaara", "Tupaskallio",
               "Tupassuo", "Kaarnamäki", "Kaarnakoski", "Kaarnalampi", "Kaarnakangas", "Kaarnavuori", "Kaarnasaari",
               "Kaarnaoja", "Kaarnakallio", "Kaarnasuo", "Routajärvi", "Routakangas", "Routaranta", "Jäkälämäki",
               "Jäkälälahti", "Jäkäläkoski", "Jäkäläkangas", "Jäkäläkorpi", "Jäkäläsaari", "Jäkäläaho", "Jäkäläoja",
               "Jäkäläsalo", "Jäkäläharju", "Jäkälävaara", "Jäkäläkallio", "Jäkäläsuo", "Kanervaaho", "Kanervaoja",
               "Kanervasalo", "Kanervasuo", "Vaahteraniemi", "Vaahterajärvi", "Vaahterakoski", "Vaahteraaho",
               "Vaahterasalo", "Vaahterasuo", "Suvantomäki", "Suvantoniemi", "Suvantolahti", "Suvantojärvi",
               "Suvantokoski", "Suvantolampi", "Suvantokangas", "Suvantokorpi", "Suvantovuori", "Suvantosaari",
               "Suvantoranta", "Suvantoaho", "Suvantooja", "Suvantosalo", "Suvantoharju", "Suvantovaara",
               "Suvantokallio", "Suvantosuo", "Kaskasmäki", "Kaskasniemi", "Kaskaslahti", "Kaskasjärvi",
               "Kaskaskoski", "Kaskaslampi", "Kaskaskangas", "Kaskaskorpi", "Kaskasvuori", "Kaskassaari",
               "Kaskasranta", "Kaskasaho", "Kaskasoja", "Kaskassalo", "Kaskasharju", "Kaskasvaara", "Kaskaskallio",
               "Kaskassuo"]
SV_GIVEN = ["Elsa-Margareta", "Elsa-Kristina", "Elsa-Amalia", "Elsa-Ulrika", "Hedvig-Cecilia", "Hedvig-Margareta",
            "Hedvig-Amalia", "Hedvig-Ulrika", "Ebba-Cecilia", "Ebba-Kristina", "Ebba-Ulrika", "Märta-Ulrika",
            "Märta-Cecilia", "Märta-Margareta", "Märta-Kristina", "Astrid-Amalia", "Astrid-Ulrika", "Astrid-Matilda",
            "Astrid-Cecilia", "Tyra-Kristina", "Tyra-Amalia", "Tyra-Ulrika", "Tyra-Matilda", "Gunnel-Margareta",
            "Gunnel-Kristina", "Gunnel-Matilda", "Gunnel-Cecilia", "Cecilia-Margareta", "Cecilia-Kristina",
            "Cecilia-Amalia", "Cecilia-Ulrika", "Gösta-Teodor", "Gösta-Fredrik", "Gösta-Alexander", "Gösta-Wilhelm",
            "Sixten-August", "Sixten-Teodor", "Sixten-Fredrik", "Sixten-Alexander", "Valter-Oskar", "Valter-August",
            "Valter-Teodor", "Valter-Fredrik", "Ragnar-Wilhelm", "Ragnar-Oskar", "Ragnar-August", "Ragnar-Teodor",
            "Bertil-Alexander", "Bertil-Wilhelm", "Bertil-Oskar", "Bertil-August", "Sten-Fredrik", "Sten-Alexander",
            "Sten-Wilhelm", "Sten-Oskar", "Algot-Teodor", "Algot-Fredrik", "Algot-Alexander", "Algot-Wilhelm"]
SV_SURNAMES = ["Vassdahl", "Vassmark", "Vassqvist", "Vassudd", "Vassvik", "Vassblad",
               "Sävbäck", "Sävdahl", "Sävfors", "Sävgren", "Sävholm", "Sävlund", "Sävmark", "Sävqvist", "Sävstedt",
               "Sävström", "Sävudd", "Sävvik", "Sävberg", "Sävblad", "Sävby", "Kärrfors", "Kärrgren", "Kärrholm",
               "Kärrlund", "Kärrmark", "Kärrqvist", "Kärrstedt", "Kärrström", "Kärrudd", "Kärrblad", "Kärrby",
               "Hasseldahl", "Hasselgren", "Hasselmark", "Hasselqvist", "Hasselstedt", "Hasseludd", "Hasselvik",
               "Hasselberg", "Hasselblad", "Rönndahl", "Rönngren", "Rönnmark", "Rönnström", "Rönnudd", "Rönnvik",
               "Rönnblad", "Ljungdahl", "Ljungfors", "Ljunggren", "Ljungholm", "Ljunglund", "Ljungstedt", "Ljungudd",
               "Ljungvik", "Ljungblad", "Ljungby", "Tallbäck", "Talldahl", "Tallgren", "Tallholm", "Tallmark",
               "Tallstedt", "Tallström", "Tallberg", "Tallblad", "Tallby", "Myrdahl", "Myrfors", "Myrlund", "Myrmark",
               "Myrqvist", "Myrstedt", "Myrström", "Myrvik", "Myrberg", "Myrblad", "Myrby", "Ekorrbäck", "Ekorrdahl",
               "Ekorrfors", "Ekorrgren", "Ekorrlund", "Ekorrmark", "Ekorrqvist", "Ekorrstedt", "Ekorrström",
               "Ekorrudd", "Ekorrvik", "Ekorrberg", "Ekorrblad", "Ekorrby", "Mossebäck", "Mossedahl", "Mossefors",
               "Mossegren", "Mosseholm", "Mosselund", "Mossemark", "Mosseqvist", "Mossestedt", "Mosseström",
               "Mosseudd", "Mossevik", "Mosseberg", "Mosseblad", "Mosseby", "Nyponbäck", "Nypondahl", "Nyponfors",
               "Nypongren", "Nyponholm", "Nyponlund", "Nyponmark", "Nyponqvist", "Nyponstedt", "Nyponström",
               "Nyponudd", "Nyponvik", "Nyponberg", "Nyponblad", "Nyponby", "Sältabäck", "Sältadahl", "Sältafors",
               "Sältagren", "Sältaholm", "Sältalund", "Sältamark", "Sältaqvist", "Sältastedt", "Sältaström",
               "Sältaudd", "Sältavik", "Sältaberg", "Sältablad", "Sältaby"]
WORLD = {
    "igbo": (["Chidinma-Obinna", "Obinna-Ifeoma", "Ifeoma-Chukwuemeka", "Chukwuemeka-Chidinma"],
        ["Okonkwo-Nnadi", "Eze-Nwosu", "Nwosu-Okafor"], ["NG", "GB"]),
    "akan": (["Kwabena-Akosua", "Akosua-Kofi", "Kofi-Adwoa", "Adwoa-Kwabena"],
        ["Mensah-Boateng", "Boateng-Asante", "Asante-Owusu"], ["GH"]),
    "amharic": (["Selamawit-Dawit", "Dawit-Meron", "Meron-Tesfaye", "Tesfaye-Selamawit"],
        ["Bekele-Haile", "Haile-Tadesse", "Tadesse-Girma"], ["ET", "SE"]),
    "somali": (["Hodan-Abdirahman", "Abdirahman-Ubah", "Ubah-Liban", "Liban-Hodan"],
        ["Warsame-Dualeh", "Jama-Farah", "Farah-Hirsi"], ["SO", "FI", "SE"]),
    "wolof": (["Awa-Moussa", "Moussa-Khady", "Khady-Ousmane", "Ousmane-Awa"],
        ["Ndiaye-Diop", "Diop-Sarr", "Sarr-Fall"], ["SN", "FR"]),
    "kikuyu": (["Wambui-Kamau", "Kamau-Nyambura", "Nyambura-Mwangi", "Mwangi-Wambui"],
        ["Kariuki-Njoroge", "Njoroge-Gitau", "Gitau-Kariuki"], ["KE"]),
    "xhosa": (["Lwazi-Ayanda", "Ayanda-Siyabonga", "Siyabonga-Thandeka", "Thandeka-Lwazi"],
        ["Mbeki-Nqakula", "Nqakula-Sisulu", "Sisulu-Mbeki"], ["ZA"]),
    "persian": (["Shirin-Kaveh", "Kaveh-Parisa", "Parisa-Babak", "Babak-Shirin"],
        ["Tehrani-Moradi", "Moradi-Rahimi", "Rahimi-Tehrani"], ["IR", "SE", "FI"]),
    "bengali": (["Tahmina-Rafiq", "Rafiq-Nusrat", "Nusrat-Imran", "Imran-Tahmina"],
        ["Chowdhury-Rahman", "Rahman-Talukder", "Hossain-Chowdhury"], ["BD", "GB"]),
    "vietnamese": (["Thu-Minh", "Minh-Lan", "Lan-Quang", "Quang-Thu"],
        ["Tran-Pham", "Pham-Vu", "Vu-Tran"], ["VN", "FI"]),
    "thai": (["Siriporn-Somchai", "Somchai-Kanya", "Kanya-Anan", "Anan-Siriporn"],
        ["Wongsakul-Chaiyaporn", "Chaiyaporn-Srisuk", "Srisuk-Wongsakul"], ["TH", "FI"]),
    "korean": (["Seo-yeon-Dami", "Ji-hoon-Taeyang", "Dami-Seo-yeon", "Taeyang-Ji-hoon"],
        ["Jang-Yoon", "Yoon-Kang", "Kang-Jang"], ["KR"]),
    "japanese": (["Haruka-Ren", "Ren-Yui", "Yui-Sota", "Sota-Haruka"],
        ["Yamamoto-Kobayashi", "Kobayashi-Nakamura", "Nakamura-Yamamoto"], ["JP"]),
    "mongolian": (["Bolormaa-Batbayar", "Batbayar-Oyuun", "Oyuun-Ganbold", "Ganbold-Bolormaa"],
        ["Tserendorj-Enkhbat", "Enkhbat-Dorjsuren", "Dorjsuren-Tserendorj"], ["MN"]),
    "kazakh": (["Aigerim-Nurlan", "Nurlan-Dana", "Dana-Yerlan", "Yerlan-Aigerim"],
        ["Nurpeisova-Abenov", "Abenov-Seitkali", "Seitkali-Nurpeisova"], ["KZ"]),
    "georgian": (["Nino-Giorgi", "Giorgi-Tamar", "Tamar-Levan", "Levan-Nino"],
        ["Beridze-Tsiklauri", "Tsiklauri-Gelashvili", "Gelashvili-Beridze"], ["GE"]),
    "turkish": (["Elif-Emre", "Emre-Dilara", "Zeynep-Burak", "Burak-Elif"],
        ["Aydın-Öztürk", "Öztürk-Çelik", "Çelik-Aydın"], ["TR", "DE", "FI"]),
    "greek": (["Eleni-Stavros", "Nikos-Katerina", "Katerina-Giannis", "Giannis-Eleni"],
        ["Papadakis-Vlachou", "Georgiou-Karagiannis", "Karagiannis-Papadakis"], ["GR"]),
    "romanian": (["Ioana-Mihai", "Mihai-Andreea", "Andreea-Florin", "Florin-Ioana"],
        ["Popescu-Ionescu", "Ionescu-Dumitru", "Dumitru-Popescu"], ["RO"]),
    "polish": (["Agnieszka-Bartosz", "Tomasz-Magdalena", "Magdalena-Krzysztof", "Krzysztof-Agnieszka"],
        ["Wiśniewska-Kowalczyk", "Kowalczyk-Zieliński", "Zieliński-Wiśniewska"], ["PL", "FI"]),
    "czech": (["Tereza-Jakub", "Jakub-Kateřina", "Kateřina-Ondřej", "Ondřej-Tereza"],
        ["Svobodová-Novák", "Novák-Dvořák", "Dvořák-Svobodová"], ["CZ"]),
    "croatian": (["Ivana-Marko", "Marko-Petra", "Petra-Luka", "Luka-Ivana"],
        ["Horvat-Babić", "Babić-Kovačević", "Kovačević-Horvat"], ["HR"]),
    "lithuanian": (["Rūta-Mantas", "Mantas-Aistė", "Aistė-Tomas", "Tomas-Gabija"],
        ["Kazlauskas-Petrauskaitė", "Petrauskaitė-Jankauskas", "Jankauskas-Kazlauskas"], ["LT"]),
    "latvian": (["Ilze-Jānis", "Jānis-Elīna", "Laura-Kārlis", "Kārlis-Ilze"],
        ["Bērziņa-Kalniņš", "Kalniņš-Ozoliņš", "Ozoliņš-Bērziņa"], ["LV"]),
    "ukrainian": (["Oksana-Bohdan", "Bohdan-Iryna", "Iryna-Taras", "Taras-Oksana"],
        ["Shevchenko-Kovalenko", "Kovalenko-Tkachuk", "Bondarenko-Shevchenko"], ["UA", "FI"]),
    "irish": (["Aoife-Cian", "Cian-Niamh", "Niamh-Oisín", "Oisín-Aoife"],
        ["Ó Briain-Kelleher", "Kelleher-Ní Dhomhnaill", "Ní Dhomhnaill-Ó Briain"], ["IE"]),
    "estonian": (["Kadri-Margus", "Margus-Liis", "Liis-Tõnu", "Tõnu-Kadri"],
        ["Tamm-Kukk", "Saar-Sepp", "Sepp-Tamm"], ["EE", "FI"]),
    "tongan": (["Mele-Sione", "Sione-Losaline", "Losaline-Viliami", "Viliami-Mele"],
        ["Tupou-Havili", "Fifita-Taufa", "Taufa-Tupou"], ["TO", "NZ"]),
    "peruvian": (["Rosa-Alejandro", "Alejandro-Milagros", "Milagros-Yupanqui", "Renzo-Rosa"],
        ["Quispe-Mamani", "Mamani-Huamán", "Huamán-Ccori"], ["PE"]),
    "german": (["Jannik-Lea", "Lea-Moritz", "Moritz-Annika", "Annika-Jannik"],
        ["Schäfer-Krüger", "Krüger-Hoffmann", "Hoffmann-Schäfer"], ["DE", "AT", "CH"]),
    "dutch": (["Sanne-Bram", "Bram-Femke", "Femke-Joris", "Joris-Sanne"],
        ["Bakker-Mulder", "Visser-Smit", "Smit-Mulder"], ["NL", "BE"]),
    "tamil": (["Kavitha-Senthil", "Senthil-Priya", "Priya-Murugan", "Murugan-Kavitha"],
        ["Subramaniam-Rajendran", "Rajendran-Krishnan", "Krishnan-Subramaniam"], ["IN", "LK", "MY"]),
    "iraqi": (["Zainab-Mustafa", "Mustafa-Noor", "Noor-Haider", "Haider-Zainab"],
        ["Al-Jubouri-Kadhim", "Kadhim-Al-Saadi", "Al-Saadi-Al-Jubouri"], ["IQ", "FI", "SE"]),
    "slovene": (["Nika-Žiga", "Žiga-Maja", "Maja-Rok", "Rok-Nika"],
        ["Novak-Kranjc", "Kranjc-Zupančič", "Zupančič-Novak"], ["SI"]),
    "bolivian": (["Carla-Marcelo", "Marcelo-Wara", "Wara-Álvaro", "Álvaro-Carla"],
        ["Condori-Choque", "Choque-Flores", "Flores-Condori"], ["BO"]),
    "venezuelan": (["Génesis-Luis", "Luis-Yusmary", "Yusmary-Jesús", "Jesús-Génesis"],
        ["Rondón-Briceño", "Briceño-Guerrero", "Guerrero-Rondón"], ["VE"]),
    "cuban": (["Yanelis-Osmany", "Osmany-Yuleidy", "Yuleidy-Yoandri", "Yoandri-Yanelis"],
        ["Valdés-Rodríguez", "Rodríguez-Cabrera", "Cabrera-Valdés"], ["CU"]),
    "haitian": (["Widline-Jean-Robert", "Jean-Robert-Nadège", "Nadège-Wilner", "Wilner-Widline"],
        ["Pierre-Désir", "Joseph-Dorval", "Dorval-Pierre"], ["HT"]),
    "azerbaijani": (["Leyla-Elvin", "Elvin-Aysel", "Aysel-Rauf", "Rauf-Leyla"],
        ["Aliyeva-Hasanov", "Hasanov-Guliyev", "Guliyev-Aliyeva"], ["AZ"]),
    "congolese": (["Grâce-Patrice", "Patrice-Merveille", "Merveille-Fiston", "Fiston-Grâce"],
        ["Kabongo-Mbuyi", "Mbuyi-Ilunga", "Ilunga-Kabongo"], ["CD"]),
    "rwandan": (["Uwase-Eric", "Eric-Ingabire", "Ingabire-Olivier", "Olivier-Uwase"],
        ["Mugisha-Niyonsaba", "Niyonsaba-Habimana", "Habimana-Mugisha"], ["RW"]),
    "malagasy": (["Hery-Voahirana", "Voahirana-Tiana", "Tiana-Fanja", "Fanja-Hery"],
        ["Rakotondrabe-Randriamanana", "Randriamanana-Andrianarisoa", "Andrianarisoa-Rakotondrabe"], ["MG"]),
    "eritrean": (["Senait-Yonas", "Yonas-Helen", "Helen-Mehari", "Mehari-Senait"],
        ["Ghebremeskel-Tesfamariam", "Tesfamariam-Kidane", "Kidane-Ghebremeskel"], ["ER", "SE"]),
    "kyrgyz": (["Aizhan-Bakyt", "Bakyt-Cholpon", "Cholpon-Ulan", "Ulan-Aizhan"],
        ["Toktogulov-Asanova", "Asanova-Sydykov", "Sydykov-Toktogulov"], ["KG"]),
    "tajik": (["Firuza-Rustam", "Rustam-Madina", "Madina-Farrukh", "Farrukh-Firuza"],
        ["Rahmonov-Saidova", "Saidova-Nazarov", "Nazarov-Rahmonov"], ["TJ"]),
    "syrian": (["Rama-Khaled", "Khaled-Lama", "Lama-Bassel", "Bassel-Rama"],
        ["Al-Halabi-Darwish", "Darwish-Kabbani", "Kabbani-Al-Halabi"], ["SY", "SE", "DE"]),
    "cameroonian": (["Ngozi-Thierry", "Thierry-Blandine", "Blandine-Achille", "Achille-Ngozi"],
        ["Fotso-Nkeng", "Nkeng-Tchouaméni", "Tchouaméni-Fotso"], ["CM", "FR"]),
    "bosnian": (["Amra-Edin", "Edin-Lejla", "Lejla-Mirza", "Mirza-Amra"],
        ["Hodžić-Begić", "Begić-Mehmedović", "Mehmedović-Hodžić"], ["BA", "SE"]),
    "macedonian": (["Elena-Stefan", "Stefan-Marija", "Marija-Goran", "Goran-Elena"],
        ["Trajkovski-Nikolovska", "Nikolovska-Stojanovski", "Stojanovski-Trajkovski"], ["MK"]),
    "belarusian": (["Alesia-Uladzimir", "Uladzimir-Hanna", "Hanna-Siarhei", "Siarhei-Alesia"],
        ["Kavalenka-Marozava", "Marozava-Lukashevich", "Lukashevich-Kavalenka"], ["BY", "LT", "PL"]),
    "faroese": (["Rógvi-Sunneva", "Sunneva-Bárður", "Bárður-Guðrið", "Guðrið-Rógvi"],
        ["Joensen-Poulsen", "Poulsen-Hansen", "Hansen-Joensen"], ["FO"]),
    "ecuadorian": (["Belén-Santiago", "Santiago-Dayana", "Dayana-Jefferson", "Jefferson-Belén"],
        ["Andrade-Cevallos", "Cevallos-Zambrano", "Zambrano-Andrade"], ["EC"]),
    "uruguayan": (["Florencia-Agustín", "Agustín-Lucía", "Lucía-Facundo", "Facundo-Florencia"],
        ["Pereyra-Silveira", "Silveira-Techera", "Techera-Pereyra"], ["UY"]),
    "jordanian": (["Dana-Omar", "Omar-Rasha", "Rasha-Yazan", "Yazan-Dana"],
        ["Al-Masri-Haddadin", "Haddadin-Obeidat", "Obeidat-Al-Masri"], ["JO", "AE"]),
    "trinidadian": (["Kezia-Darnell", "Darnell-Shivani", "Shivani-Rajiv", "Rajiv-Kezia"],
        ["Ramdass-Baptiste", "Baptiste-Mohammed", "Mohammed-Ramdass"], ["TT", "CA"]),
}
# Surnames that diseases, syndromes, schools, hospitals and streets carry: a nurse, a doctor, a guardian or a pupil who
# bears one is a NAME like anyone; the disease or the school named after someone of that surname is a look-alike.
EPONYM_SURNAMES = ["Parkinson", "Alzheimer", "Crohn", "Asperger", "Hodgkin", "Menière", "Canth", "Sibelius",
                   "Sahlgren", "Addison", "Cushing", "Basedow", "Bechterew", "Tourette"]
# What each of them names, in Finnish and Swedish: the twin look-alike of a message whose person bears the surname.
# The person's surname and the thing stand in different forms (Parkinson beside Parkinsonin tauti, Canth beside
# Minna Canthin koulu), as the words do.
EPONYM_THINGS = {
    "Parkinson": (["Parkinsonin tauti", "Parkinsonin taudin hoitaja"], ["Parkinsons sjukdom"]),
    "Alzheimer": (["Alzheimerin tauti", "Alzheimerin taudin lääkitys"], ["Alzheimers sjukdom"]),
    "Crohn": (["Crohnin tauti", "Crohnin taudin seuranta"], ["Crohns sjukdom"]),
    "Asperger": (["Aspergerin oireyhtymä"], ["Aspergers syndrom"]),
    "Hodgkin": (["Hodgkinin lymfooma", "Hodgkinin taudin hoitokaavio"], ["Hodgkins lymfom"]),
    "Menière": (["Menièren tauti"], ["Menières sjukdom"]),
    "Canth": (["Minna Canthin koulu", "Minna Canthin katu 8"], ["Minna Canths gata 8"]),
    "Sibelius": (["Sibeliuksen lukio", "Sibeliuksenkatu 14"], ["Sibeliusgatan 14", "Sibeliusgymnasiet"]),
    "Sahlgren": (["Sahlgrenskan sairaala"], ["Sahlgrenska Universitetssjukhuset", "Sahlgrenskas akutmottagning"]),
    "Addison": (["Addisonin tauti"], ["Addisons sjukdom"]),
    "Cushing": (["Cushingin oireyhtymä"], ["Cushings syndrom"]),
    "Basedow": (["Basedowin tauti"], ["Basedows sjukdom"]),
    "Bechterew": (["Bechterewin tauti"], ["Bechterews sjukdom"]),
    "Tourette": (["Touretten oireyhtymä"], ["Tourettes syndrom"]),
}
EPONYM_KINDS = {"twin_fi", "twin_sv", "disease_fi", "disease_en", "disease_sv", "hospital", "school_fi",
                "school_en", "school_sv", "room_fi", "room_en", "room_sv", "street_fi", "street_sv", "street_en",
                "device", "score_fi", "score_en", "score_sv"}


# The irregular Finnish forms of the set's names, first those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES)
# Surnames in -ius with their -ukse- stem (Sibelius: Sibeliuksen), and French eponyms with a mute last vowel
# (Menière: Menièren, Menièreä, Menièrellä; Tourette: Touretten).
IRREGULAR.update({"Sibelius": generation.kse_forms("Sibelius"),
                  "Menière": fi("Menière", "Menière", "Menière", par="Menièreä", ill="Menièreen"),
                  "Tourette": fi("Tourette", "Tourette", "Tourette", par="Tourettea", ill="Touretteen")})
generation.fronted(IRREGULAR["Menière"])

# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.COUNTRIES
PEOPLE = generation.People(R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
PHONES = generation.Phones(DRAW, COUNTRIES)


# ---------------------------------------------------------------------------------------------------------------------
# Addresses and logins: the organisation's patterns, the name without marks.

# The organisation's domains by the language of the message (a county's and a city's in Finland, a region's and a
# school's in Sweden, a trust's and a school's in England); CURRENT["language"] is the message's.
ORG_DOMAINS = {"fi": ["hyvinvointialue.example.fi", "hva.example.fi", "kaupunki.example.fi", "edu.example.fi",
                      "sairaala.example.fi", "kotihoito.example.fi"],
               "sv": ["region.example.se", "skola.example.se", "vard.example.se", "hyvinvointialue.example.fi"],
               "en": ["nhs.example.uk", "school.example.uk", "trust.example.uk"]}

def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: a Writer says text and labels names, addresses, logins, numbers and look-alikes. A line may be a
# template: {a.g} a's given name, {a.gs.all} given name and surname with the case on the surname, {a.g.ela} the given
# name in a case, {a.sgc} "Surname, Given", {a.SG} the surname in capitals first, {mail:a}, {phone:a}, {user:a},
# {handle:a} a's social-media handle, {hetu:a} an identity code, {iban:a} an account, {shared} a shared mailbox,
# [a look-alike], {L:kind} a drawn look-alike, {num} a number whose owner is not named.

class Writer(generation.Writer):
    phones, draws, irregular = PHONES, DRAW, IRREGULAR

    def L(self, kind):
        """A drawn look-alike; the brand, its account, the medium, the platform and the tracking system stay the same
        throughout one message."""
        if kind in ("brand", "brandname"):
            self.sticky.setdefault("brands", R.choice(BRANDS))
            return self.look(self.sticky["brands"][kind == "brand"], kind)
        if kind not in LOOKS:
            # A kind written as it is written in each language (ids, codes, quantities): the message's language.
            kind = f"{kind}_{self.language}"
        if kind in STICKY:
            return self.look(self.sticky.setdefault(kind, LOOKS[kind]()), kind)
        return self.look(LOOKS[kind](), kind)

    def key_safe(self, p):
        """The code of the key safe at a client's or patient's home: that person's CREDENTIAL."""
        return self.code(LOOKS[f"keysafe_{self.language}"](), p.role)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def shared_box(self):
        return R.choice(SHARED_BOXES[self.language])

    def values(self):
        return {**super().values(), "handle": self.handle, "keysafe": self.key_safe}


# ---------------------------------------------------------------------------------------------------------------------
# Business ids, shared mailboxes and dates.


# The service desk's and the units' shared mailboxes: an EMAIL, role "third", as set 27 labels them.
SHARED_BOXES = {"fi": ["ict-tuki@hyvinvointialue.example.fi", "kayttooikeudet@hva.example.fi",
                       "opetus.ict@kaupunki.example.fi", "kirjaamo@hyvinvointialue.example.fi"],
                "en": ["servicedesk@nhs.example.uk", "it.support@school.example.uk", "ig.team@nhs.example.uk"],
                "sv": ["it-support@region.example.se", "behorighet@vard.example.se", "skol-it@skola.example.se"]}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a wellbeing services county's and a city's education division's service desk: patient-record and
# school systems, units and wards, rooms, eponymous diseases, syndromes and scores, drugs that sound like names,
# hospitals and schools named after people, medical devices and their serials, HL7 ids, key-safe and door codes,
# classes, groups and subject codes, pupils' devices, and the service numbers the text makes a service's.

# Service numbers the text makes a service's: a hospital's switchboard, a ward's public line, the national
# out-of-hours number 116 117, the emergency number, a state service's 0295 number, 1177, NHS 111.
SERVICE_LINES = {"fi": ["09 4711", "(09) 310 {5}", "116 117", "0295 {3} {3}", "010 {3} {4}", "020 {3} {4}",
                        "(08) 315 {4}", "03 311 {5}"],
                 "en": ["NHS 111", "0300 {3} {4}", "020 7188 {4}", "0800 {3} {4}", "999", "+44 20 7188 {4}"],
                 "sv": ["1177", "08-517 {3} {2}", "010-{3} {2} {2}", "031-342 {2} {2}", "0771-{2} {2} {2}", "112"]}
# Made-up units, wards and providers with no person's name in them, and those named after people or saints.
WARDS = {"fi": ["osasto 4B", "osasto K3", "sisätautien osasto 6", "kirurgian vuodeosasto 2A", "päivystyksen "
                "tarkkailu", "kotisairaala", "synnytysosasto 51", "lasten teho-osasto", "muistipoliklinikka",
                "mielenterveys- ja päihdepalvelut", "aikuissosiaalityö", "terveysasema Kalliola", "kotihoidon tiimi 3"],
         "en": ["Ward 7B", "Acute Medical Unit", "Surgical Assessment Unit", "Ward K3", "Community Nursing Team North",
                "Paediatric ICU", "Memory Clinic", "Outpatients Block C", "Children's Services"],
         "sv": ["avdelning 4B", "avd. K3", "akutmottagningen", "hemtjänstgrupp Norr", "barnavdelning 32",
                "minnesmottagningen", "vårdcentralen Strandbacka", "socialtjänsten, vuxenenheten"]}
HOSPITALS = ["Meilahden sairaala", "Kätilöopisto", "Mehiläinen", "Terveystalo", "Aurora-sairaala", "Lastenlinna",
             "Sahlgrenska", "Karolinska", "St Thomas' Hospital", "Jorvin sairaala", "Peijaksen sairaala",
             "Töölön sairaala", "Marian sairaala", "Kivelän sairaala", "Malmin sairaala", "Sophiahemmet",
             "Great Ormond Street Hospital", "Queen Elizabeth Hospital", "Danderyds sjukhus",
             "Södersjukhuset", "Pihlajalinna", "Folkhälsan", "Diakonissalaitos"]
SCHOOLS = {"fi": ["Aleksis Kiven koulu", "Minna Canthin koulu", "Ressu", "Sibelius-lukio", "Topeliusskolan",
                  "Mikael Agricolan koulu", "Kalevalan koulu", "Zachris Topeliuksen koulu", "Juhani Ahon koulu",
                  "Eino Leinon koulu", "Kaisaniemen ala-aste", "Hiidenkiven peruskoulu", "Elias Lönnrotin koulu",
                  "Yrjö-Koskisen koulu", "Oulunkylän yhteiskoulu"],
           "en": ["King Edward VI School", "St Mary's Primary", "Queen Elizabeth's Grammar School", "Darwin Academy",
                  "the Nightingale Academy", "Brunel University", "Isaac Newton Academy", "St George's School"],
           "sv": ["Topeliusskolan", "Cygnaeus skola", "Svenska normallyceum", "Gustav Vasa skola",
                  "Runebergsskolan", "Kungsholmens gymnasium", "Sibeliusgymnasiet", "Zachariasskolan"]}
ROOMS = {"fi": ["vastaanotto 204", "huone 12", "toimenpidehuone 3", "auditorio Fredrik", "kokoushuone Florence",
                "neuvotteluhuone Canth", "Lassen kabinetti", "luokka 2.14", "terveydenhoitajan huone", "sali "
                "Hippokrates",
                "Kaarinan kahvio", "musiikkiluokka Sibelius", "liikuntasali Nurmi"],
         "en": ["the Florence Nightingale Room", "Room 3.12", "the Lister Theatre", "Jenner Suite", "Clinic Room 4",
                "the Seacole Room", "Fleming Lab", "the Turing Room"],
         "sv": ["rum 214", "mötesrum Linné", "Florence-rummet", "sal Celsius", "läkarexpeditionen",
                "konferensrum Polhem", "klassrum B12", "skolsköterskans rum"]}
PATIENT_SYSTEMS = ["Apotti", "Lifecare", "Pegasos", "Effica", "Uranus", "Esko", "Omni360", "Kanta", "Epic",
                   "Cerner", "Oberon", "Mediatri", "Abilita", "Pro Consona", "Titania", "Domacare", "Hilkka",
                   "Nursebuddy", "Omakanta", "Maisa"]
SCHOOL_SYSTEMS = ["Wilma", "Primus", "Helmi", "Kurre", "Abitti", "Moodle", "Teams", "Google Classroom", "Peda.net",
                  "Qridi", "Eduhouse", "Vklass", "Unikum", "SchoolSoft", "InfoMentor", "Arbor", "SIMS", "ParentMail"]
DRUGS = ["Burana 400 mg", "Panadol 500 mg", "Marevan 3 mg", "Xarelto 20 mg", "Ventoline 0,1 mg/annos",
         "Pamol 1 g", "Otrivin-nenäsumute", "Lyrica 75 mg", "Emla-voide", "Eliquis 5 mg", "Klexane 40 mg",
         "Oxynorm 5 mg", "Diapam 5 mg", "Thyroxin 50 mikrog", "Primaspan 100 mg", "Zyrtec", "Yaz"]
DEVICES = ["Alaris GP -infuusiopumppu", "B. Braun Perfusor Space", "Philips IntelliVue MX450",
           "GE Carescape B450", "Masimo Radical-7", "Welch Allyn Connex", "Zoll X Series", "Mindray BeneView T5",
           "Baxter Sigma Spectrum", "Dräger Evita V300", "Laerdal SimMan", "Omron M7"]
DISEASES = {"fi": ["Parkinsonin tauti", "Alzheimerin tauti", "Crohnin tauti", "Downin oireyhtymä",
                   "Aspergerin oireyhtymä", "Hodgkinin lymfooma", "Sjögrenin oireyhtymä", "Menièren tauti",
                   "Achilleen jänne", "Bechterewin tauti", "Basedowin tauti", "Cushingin oireyhtymä",
                   "Raynaud'n oireyhtymä", "Addisonin tauti", "Touretten oireyhtymä", "Bellin pareesi"],
            "en": ["Parkinson's disease", "Alzheimer's", "Crohn's disease", "Down syndrome", "Asperger's",
                   "Hodgkin lymphoma", "Sjögren's syndrome", "Ménière's disease", "Achilles tendinopathy",
                   "Bell's palsy", "Tourette syndrome", "Graves' disease", "Cushing's syndrome", "Addison's disease"],
            "sv": ["Parkinsons sjukdom", "Alzheimers sjukdom", "Crohns sjukdom", "Downs syndrom",
                   "Aspergers syndrom", "Hodgkins lymfom", "Sjögrens syndrom", "Menières sjukdom",
                   "hälsenan (Achilles)", "Bechterews sjukdom", "Tourettes syndrom", "Bells pares"]}
SCORES = {"fi": ["Apgar-pisteet 9/10", "Apgar 8–9–10", "GCS 14", "Glasgow Coma Scale 13", "MMSE 24/30",
                 "NEWS 5", "RAI-arvio 2,1", "MNA 22"],
          "en": ["Apgar score 9 at 5 minutes", "GCS 14", "Glasgow Coma Scale 13", "NEWS2 score 6",
                 "MMSE 24/30", "Waterlow 15", "Braden score 14"],
          "sv": ["Apgar 8-9-10", "GCS 14", "RLS 85 2", "NEWS 5", "MMT 24/30", "Nortonskala 18"]}
PLACES = {"fi": ["Kätilöopiston sairaala", "Meilahden tornisairaala", "Lastenlinna", "Aurora-sairaala",
                 "Terveystalo Kamppi", "Mehiläinen Länsi-Pasila", "Oulunkylän kuntoutussairaala"],
          "en": ["St Thomas'", "Guy's Hospital", "Great Ormond Street", "the Royal Victoria Infirmary",
                 "Addenbrooke's", "the John Radcliffe"],
          "sv": ["Sahlgrenska", "Karolinska Huddinge", "Östra sjukhuset", "Sankt Görans sjukhus", "Folkhälsan",
                 "Mehiläinen i Vasa"]}


def twin(language):
    """The disease, school or street named after someone of the surname of this message's person CURRENT["x"]: the
    thing is kept, the person's surname in the same message is a NAME; the two forms differ, as the words do."""
    things = EPONYM_THINGS[CURRENT["x"].surname]
    return R.choice(things[0] if language == "fi" else things[1])


def street(language):
    return R.choice(EPONYM_STREETS[language]).replace("{n}", str(R.randint(1, 99)))


EPONYM_STREETS = {
    "fi": ["Mannerheimintie {n}", "Runeberginkatu {n}", "Topeliuksenkatu {n} B", "Fredrikinkatu {n}",
           "Albertinkatu {n} A", "Yrjönkatu {n}", "Aleksis Kiven katu {n}", "Minna Canthin katu {n}",
           "Paavo Nurmen tie {n}", "Kustaa Vaasan tie {n}", "Haartmaninkatu {n}", "Stenbäckinkatu {n}",
           "Tukholmankatu {n}", "Sibeliuksenkatu {n} C", "Kalevankatu {n}", "Kapteeninkatu {n} as. 4",
           "Hämeentie {n} B 12", "Pihlajatie {n} A 3", "Kaarlenkatu {n}", "Mäkelänkatu {n}"],
    "sv": ["Runebergsgatan {n}", "Sankt Eriksgatan {n}", "Birger Jarlsgatan {n}", "Karlavägen {n}",
           "Linnégatan {n}", "Döbelnsgatan {n}", "Hornsgatan {n}", "Topeliusgatan {n}", "Kung Karls gata {n}",
           "Drottning Kristinas väg {n}", "Mannerheimvägen {n}", "Snellmansgatan {n}", "Bryggaregatan {n}"],
    "en": ["{n} Baker Street", "{n} Wellington Road", "{n} Victoria Street", "{n} Gladstone Road",
           "{n} Churchill Way", "{n} Shakespeare Road", "{n} King Edward Street", "{n} Nightingale Lane",
           "{n} Princess Anne Road", "{n} Westminster Bridge Road"]}
POSTCODES = {"fi": ["00100 Helsinki", "00290 Helsinki", "00520 Helsinki", "02150 Espoo", "01510 Vantaa",
                    "33100 Tampere", "20100 Turku", "90100 Oulu", "40100 Jyväskylä", "65100 Vaasa", "15110 Lahti"],
             "sv": ["114 34 Stockholm", "413 45 Göteborg", "211 20 Malmö", "00100 Helsingfors", "65100 Vasa",
                    "22100 Mariehamn", "68600 Jakobstad"],
             "en": ["SE1 7EH", "WC1N 3JH", "M13 9WL", "NE1 4LP", "OX3 9DU", "CB2 0QQ"]}


def initials_code():
    """A timetable's teacher code of an unnamed teacher (MVi, KHä, LAR): the letters of a code, kept."""
    caps = "ABDEHIJKLMNOPRSTV"
    return R.choice([R.choice(caps) + R.choice(caps) + R.choice("aeiouyäö"),
                     R.choice(caps) + R.choice(caps) + R.choice(caps), R.choice(caps) + R.choice("aeiou") + "r"])


def mrn():
    return DRAW.fill(R.choice(["MRN{7}", "{9}", "HUS{7}", "PAT-{6}", "{3} {3} {4}"]))


CURRENT = {"x": None, "language": "fi"}
STICKY = {"psys", "ssys", "ward_fi", "ward_en", "ward_sv", "school_fi", "school_en", "school_sv", "class"}
LOOKS = {
    "psys": lambda: R.choice(PATIENT_SYSTEMS), "ssys": lambda: R.choice(SCHOOL_SYSTEMS),
    "psys2": lambda: R.choice(PATIENT_SYSTEMS), "ssys2": lambda: R.choice(SCHOOL_SYSTEMS),
    "ward_fi": lambda: R.choice(WARDS["fi"]), "ward_en": lambda: R.choice(WARDS["en"]),
    "ward_sv": lambda: R.choice(WARDS["sv"]), "ward2_fi": lambda: R.choice(WARDS["fi"]),
    "ward2_en": lambda: R.choice(WARDS["en"]), "ward2_sv": lambda: R.choice(WARDS["sv"]),
    "hospital": lambda: R.choice(HOSPITALS),
    "school_fi": lambda: R.choice(SCHOOLS["fi"]), "school_en": lambda: R.choice(SCHOOLS["en"]),
    "school_sv": lambda: R.choice(SCHOOLS["sv"]),
    "room_fi": lambda: R.choice(ROOMS["fi"]), "room_en": lambda: R.choice(ROOMS["en"]),
    "room_sv": lambda: R.choice(ROOMS["sv"]),
    "drug": lambda: R.choice(DRUGS), "drug2": lambda: R.choice(DRUGS), "device": lambda: R.choice(DEVICES),
    "disease_fi": lambda: R.choice(DISEASES["fi"]), "disease_en": lambda: R.choice(DISEASES["en"]),
    "disease_sv": lambda: R.choice(DISEASES["sv"]),
    "score_fi": lambda: R.choice(SCORES["fi"]), "score_en": lambda: R.choice(SCORES["en"]),
    "score_sv": lambda: R.choice(SCORES["sv"]),
    "place_fi": lambda: R.choice(PLACES["fi"]), "place_en": lambda: R.choice(PLACES["en"]),
    "place_sv": lambda: R.choice(PLACES["sv"]),
    "twin_fi": lambda: twin("fi"), "twin_sv": lambda: twin("sv"),
    "street_fi": lambda: street("fi"), "street_sv": lambda: street("sv"), "street_en": lambda: street("en"),
    "postcode_fi": lambda: R.choice(POSTCODES["fi"]), "postcode_sv": lambda: R.choice(POSTCODES["sv"]),
    "postcode_en": lambda: R.choice(POSTCODES["en"]),
    "service_fi": lambda: DRAW.fill(R.choice(SERVICE_LINES["fi"])),
    "service_en": lambda: DRAW.fill(R.choice(SERVICE_LINES["en"])),
    "service_sv": lambda: DRAW.fill(R.choice(SERVICE_LINES["sv"])),
    "initials": initials_code, "mrn": mrn,
    "serial": lambda: DRAW.fill(R.choice(["SN {A}{A}{8}", "S/N {8}", "{A}{A}{A}{7}{A}", "DMPX{A}{5}{A}{A}",
                                     "NXH{A}{A}EA{7}", "sarjanro {10}"])),
    "asset": lambda: DRAW.fill(R.choice(["LAITE-{5}", "INV{6}", "ASSET-{6}", "TAG {5}"])),
    "ticket": lambda: DRAW.fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "RITM00{5}", "HD-{3}-{4}", "SD-{5}",
                                     "PALVELU-{6}"])),
    "hl7id": lambda: DRAW.fill(R.choice(["MSG{8}", "{12}", "LAB-{7}", "ACC{6}"])),
    "lab": lambda: R.choice(["B-Hb 128 g/l", "P-CRP 45 mg/l", "P-K 4,1 mmol/l", "P-INR 2,6", "B-Leuk 11,2",
                             "fP-Gluk 6,4", "P-TnT 19 ng/l", "U-BaktVi", "P-Krea 88 µmol/l", "S-TSH 2,1 mU/l"]),
    "imaging": lambda: R.choice(["Thorax PA+LAT", "MRI aivot", "TT vatsa", "UÄ nivuset", "Rtg ranne",
                                 "CT head", "MRI lumbar spine", "DT buk", "Ultraljud höft"]),
    "nameword_fi": lambda: R.choice(["toivo paranemisesta", "onni matkassa", "usko hoitoon", "lahja syntyi",
                                     "ilo palasi", "valo syttyi", "armo ja aika", "kauko-ohjaus"]),
    "nameword_en": lambda: R.choice(["will review", "grace period", "patience required", "mark as read",
                                     "hope to hear", "a rich history", "faith in the rota", "pat down"]),
    "nameword_sv": lambda: R.choice(["hoppas på bättring", "dag för dag", "vid liv", "stig in", "ro och vila",
                                     "glädje i vardagen", "bo kvar hemma"]),
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    "ytunnus": DRAW.ytunnus, "orgnr": lambda: DRAW.fill("2321{2}-{4}"),
    "count": lambda: str(R.randint(2, 480)),
    "class": lambda: R.choice(["7B", "9C", "8A", "2A", "5D", "LUK-ryhmä", "pienryhmä P3", "1.–2. yhdysluokka",
                               "JOPO-ryhmä", "6E", "VALMA-ryhmä", "TELMA"]),
    "class2": lambda: R.choice(["7B", "9C", "8A", "2A", "5D", "3B", "4C", "1A"]),
    "subject": lambda: R.choice(["MAA3", "ENA1", "HI2", "BI1", "FY4", "KE2", "RUB1", "ÄI5", "PS1", "MAB2", "YH1",
                                 "ENA6", "GE1", "FI1", "UE1", "TE1"]),
    "ipad": lambda: R.choice(["iPad (9. sukupolvi)", "iPad 10.2\"", "Lenovo 300e Chromebook", "Acer Chromebook Spin "
                              "511", "HP Chromebook x360", "Dell Latitude 3190", "iPad Air", "Surface Go 3"]),
    "city": lambda: R.choice(["Tampere", "Oulu", "Vaasa", "Lahti", "Kuopio", "Espoo", "Göteborg", "Västerås",
                              "Uppsala", "Leeds", "Bristol", "Seinäjoki", "Kokkola", "Porvoo", "Kotka", "Vantaa"]),
    "dose": lambda: R.choice(["1 x 1", "1 tabl. 2 x päivässä", "tarvittaessa 1–2 tabl.", "0,5 ml s.c.",
                              "10 ml/h", "2 mg/h", "1 tablet twice daily", "1 tabl. 3 gånger dagligen"]),
    "prescr": lambda: DRAW.fill(R.choice(["{8}-{4}-{4}", "RX{10}", "e-resepti {12}", "EPS {6}{A}{A}-{6}"])),
    "cad": lambda: DRAW.fill(R.choice(["T-{6}", "CAD{8}", "EMS-{2}-{6}", "tehtävä {7}"])),
    "unit_call": lambda: R.choice(["ESH 1121", "EVK 3211", "HKI 4B", "ESV 2132", "A-341", "EP 12", "PRIO A",
                                   "B-tehtävä 703"]),
    "shift": lambda: R.choice(["A-vuoro 7–15", "I-vuoro 13–21", "Y-vuoro 21–7", "long day 07:30–20:00",
                               "night 19:30–08:00", "dag 07–16", "kväll 14–21.30", "natt 21–07"]),
    "slot": lambda: DRAW.fill(R.choice(["{1}{1}.{1}.2027 klo 1{1}.{1}0", "ti 1{1}.{1}0", "ke klo 8.{1}0"])),
    "grade": lambda: R.choice(["8", "9-", "7½", "S", "H", "10", "hyväksytty", "M (magna)", "L (laudatur)"]),
    "amount_fi": lambda: f"{R.randint(1, 900)},{R.randint(0, 99):02d} €",
    "amount_en": lambda: R.choice([f"£{R.randint(1, 900)}.{R.randint(0, 99):02d}", f"€{R.randint(1, 900)}"]),
    "amount_sv": lambda: f"{R.randint(1, 900)} kr",
    "weekday_fi": lambda: R.choice(["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]),
    "weekday_en": lambda: R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "weekday_sv": lambda: R.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag"]),
    "system": lambda: R.choice(["ServiceNow", "TOPdesk", "Efecte", "Jira Service Management", "Zendesk",
                                "Halo ITSM"]),
}


# ---------------------------------------------------------------------------------------------------------------------
# The shapes: one template each, in the language its kind of text is written in. s is the register's known person (the
# nurse, doctor, social worker or care worker whose access or tool it is, the patient or client who asks, the guardian
# who writes, the substitute teacher or student whose account it is); a-h are third parties (unit heads, approvers,
# colleagues, patients named by staff, pupils named by a guardian, teachers, the principal); k is a relative who shares
# the subject's surname (the pupil of a guardian, a patient's spouse); x bears a surname that a disease, a school or a
# street also bears (Parkinson, Canth, Sibelius) and is a NAME like anyone. ⟦ ⟧ stand for square brackets.

SHAPES = [
    # ---- Finnish: health and social care IT
    ("kayttooikeus_fi", "fi",
     "Aihe: Käyttöoikeuspyyntö – {L:psys}, {L:ward_fi}\n\nHei,\n\naloitan {L:date_fi} sairaanhoitajana yksikössä "
     "{L:ward_fi} ({L:hospital}). Tarvitsisin {L:psys}-oikeudet (ja lukuoikeuden {L:psys2}-järjestelmään) samalla "
     "profiililla "
     "kuin kollegallani {a.gs.ade} "
     "({user:a}). Esihenkilöni on osastonhoitaja {b.gs}, joka hyväksyy pyynnön. Myös varahenkilölleni {c.gs.all} voi "
     "soittaa: {phone:c}.\n\nTerveisin\n{s.gs}\n{phone:s}, {mail:s}\n\n---\nHyväksyntä {L:stamp}: {b.gs} "
     "({user:b}) hyväksyi. {b.g}: \"{s.g.gen} perehdytyksen hoitaa {d.gs}, lisätkää myös {L:ward2_fi}.\"\n"
     "Toteutus: {e.gs.ela} tehtävä {L:ticket}. {x.gs} tarkistaa {L:twin_fi} -potilaiden kirjaukset.\n"),
    ("lokiselvitys_fi", "fi",
     "Asiakkaan lokitietopyyntö {L:ticket}\n\nPyytäjä: {s.gs}, henkilötunnus {hetu:s}, puh. {phone:s}\n"
     "Pyyntö: \"Haluan tietää, ketkä ovat katsoneet tietojani {L:psys}-järjestelmässä {L:date_fi} jälkeen. "
     "Epäilen, että naapurini {a.gs} on katsonut niitä, hän työskentelee {L:hospital}.\"\n\nLokiote "
     "(katselija;tunnus;yksikkö;aika;syy)\n{b.sg};{user:b};{L:ward_fi};{L:stamp};hoitosuhde\n"
     "{c.sg};{user:c};{L:ward2_fi};{L:stamp};hoitosuhde\n{a.sg};{user:a};{L:ward2_fi};{L:stamp};"
     "ei hoitosuhdetta\n{d.sg};{user:d};laboratorio;{L:stamp};näytteenotto\n\nSelvittäjä {e.gs} välitti "
     "tiedon tietosuojavastaava {f.gs.all}: {a.gs.gen} katselulle ei löydy perustetta.\n"),
    ("kotihoito_fi", "fi",
     "Kotihoidon reittilista {L:date_fi} – {L:ward_fi}\nHoitaja: {s.gs} ({user:s}), mobiili {phone:s}\n\n"
     "{L:visit} {a.gs}, {L:street_fi}, {keysafe:a}. Lääkkeet: {L:drug}\n{L:visit} {b.gs}, {L:street_fi}, "
     "{keysafe:b}. Omainen {k.gs} {phone:k}\n{L:visit} {c.gs}, {L:street_fi}. Perussairaus ({L:disease_fi}), "
     "avain tyttärellä {d.gs.ade}\n{L:visit} {x.gs}, {L:street_fi}, {keysafe:x}. {x.gs.ade} on "
     "{L:twin_fi}.\n\nVika: mobiilisovellus "
     "{L:psys} ei näytä {c.g.gen} käyntiä. Tiimin vastaava {e.gs} ({phone:e}) siirsi käynnin {f.gs.all}.\n"),
    ("vuorovaihto_fi", "fi",
     "Aihe: Työvuorojen vaihto ei tallennu ({L:psys})\n\nHei!\n\nSovimme {a.gs.gen} kanssa vaihdosta: minä "
     "teen hänen {L:shift} {L:weekday_fi} ja {a.g} minun {L:shift}. Osastonhoitaja {b.gs} hyväksyi sen jo, "
     "mutta ohjelma näyttää edelleen {c.gs.gen} nimen vuorossa. Myös {d.gs.abl} puuttuu yövuorolisä.\n\n"
     "Työvuorosuunnittelija {e.gs} sanoi, että ongelma on {L:ward_fi}-yksikön asetuksissa.\n\n– {s.gs}, "
     "{L:ward_fi}, {phone:s}\n"),
    ("tekstiviesti_fi", "fi",
     "Puhelumuistio {L:hour}: {s.gs} soitti numerosta {phone:s}. Hän ei saanut muistutustekstiviestiä "
     "ajastaan ({L:slot}, {L:room_fi}), vaikka hänen puolisonsa {k.gs} sai omansa. Lääkäri {a.gs} oli "
     "merkinnyt kontrollin.\n\nTekstiviestiloki:\n{L:stamp} {num} TOIMITETTU\n{L:stamp} {num} TOIMITETTU\n"
     "{L:stamp} {phone:s} EPÄONNISTUI (numero väärässä muodossa)\n\nKorjattu {L:psys}:iin. Muistutukset "
     "lähettää ajanvarauksen {b.gs} ({user:b}); valitukset {c.gs.all}. Kiireellisissä asioissa "
     "päivystysapu {L:service_fi}.\n"),
    ("omakanta_fi", "fi",
     "Aihe: En pääse Omakantaan\n\nHei, yritän kirjautua Omakanta-palveluun mutta tulee virhe \"asiointivaltuus "
     "puuttuu\". Haluaisin katsoa äitini {a.gs.gen} reseptit ({L:drug}, {L:drug2}), koska hoidan hänen "
     "asioitaan. Hänellä on {L:disease_fi}. Hoitaja {b.gs} {L:place_fi} neuvoi ottamaan yhteyttä teihin.\n\n"
     "{s.gs}\nhetu {hetu:s}\n{phone:s}\n\nVastaus ({c.gs}): Valtuutus tehdään Suomi.fi:ssä, ei meillä. "
     "Tarvittaessa {d.gs} neuvoo numerossa {L:service_fi}.\n"),
    ("hl7_fi", "fi",
     "Integraatiovirhe {L:hl7id}: laboratorion tulos ei siirtynyt potilaskertomukseen ({L:psys})\n\n"
     "MSH|^~\\&|LAB|{L:hospital}|{L:psys}|HUS|{L:stamp}||ORU^R01|{L:hl7id}|P|2.5\n"
     "PID|1||{hetu:s}^^^FIN^NI||{s.s}^{s.g}|||F|||{L:street_fi}^^Helsinki^^00100||{phone:s}\n"
     "ORC|RE|{L:mrn}||||||||||{a.s}^{a.g}^^^LL\nOBR|1|{L:mrn}||{L:lab}|||{L:stamp}|||||||||{b.s}^{b.g}\n"
     "OBX|1|NM|{L:lab}||||||F\n\nMyös kuvantamistutkimus {L:imaging} odottaa samaa korjausta.\nVirhe: tilaajaa "
     "{a.gs} ei löydy henkilörekisteristä. Laboratoriohoitaja "
     "{c.gs} ({phone:c}) lähetti tuloksen uudelleen. {d.gs} integraatiotiimistä korjaa {a.g.gen} "
     "tunnuksen {user:a}.\n"),
    ("eresepti_fi", "fi",
     "Aihe: E-resepti ei näy apteekissa\n\nLääkäri {s.gs} ({user:s}): Kirjoitin potilaalle {a.gs} "
     "reseptin {L:drug} {L:dose} ({L:prescr}). Apteekista soitti farmaseutti {b.gs} ({phone:b}): "
     "resepti ei näy Kantassa. Potilaan puoliso {c.gs} odottaa apteekissa.\n\nLisäksi {d.gs.all} "
     "uusittu {L:drug2} näkyy kahdesti. Pyydän, että {e.gs} tarkistaa {L:psys}-liittymän. Tavoitatte minut "
     "{phone:s}.\n"),
    ("sanelu_fi", "fi",
     "Puheentunnistus: sanelu {L:ticket}, sanelija {s.gs}\n\n\"potilas {a.g} {a.s} pilkku syntynyt "
     "kahdeksankymmentäkaksi piste tulee kontrolliin {L:twin_fi} vuoksi piste lähettävä lääkäri {b.gs} "
     "{L:place_fi} piste omainen {k.gs} soittaa numerosta {phone:k} piste lääkitys {L:drug} ja {L:drug2} "
     "piste uusi kappale fysioterapeutti {c.gs} arvioi {L:score_fi} piste\"\n\nTunnistin kirjoitti "
     "\"{a.g} {a.s}\" kahdesti väärin. Sihteeri {d.gs} korjasi tekstin; hyväksytty, kopio {x.gs.all}.\n"),
    ("sosiaalityo_fi", "fi",
     "{L:psys} – asiakastietojärjestelmän tukipyyntö\nLähettäjä: sosiaalityöntekijä {s.gs} ({user:s}), "
     "{L:ward_fi}, {phone:s}\n\nAsiakkaan {a.gs.gen} asiakirjat näkyvät väärässä asiakkuudessa: päätös "
     "toimeentulotuesta ({L:amount_fi}, tilille {iban:a}) on liitetty {b.gs.all}. {a.g.gen} edunvalvoja "
     "{c.gs} ({phone:c}) huomasi virheen.\n\nOhjaaja {d.gs} ja johtava sosiaalityöntekijä {e.gs} ovat "
     "tietoisia. Lastensuojelun {f.gs} ei saa nähdä asiakirjaa. Tiedoksi {x.gs.all} ({L:twin_fi}).\n"),
    ("ensihoito_fi", "fi",
     "Hätäkeskus / kenttäjohtojärjestelmä {L:cad}\n{L:hour} ilmoittaja {s.gs}, {phone:s}: isä {k.gs} "
     "kaatunut kotona, {L:street_fi}, {keysafe:k}. {L:score_fi}.\n{L:hour} {L:unit_call} hälytetty, "
     "ensihoitajat {a.gs} ja {b.gs}\n{L:hour} kenttäjohtaja {c.gs} ({phone:c}) konsultoi päivystävää "
     "lääkäriä {d.gs.par}\n{L:hour} kuljetus {L:place_fi}, vastaanottaja {e.gs}\n\nTukipyyntö: CAD ei "
     "siirtänyt tehtävää ensihoitokertomukseen. Ilmoittaja {s.g} ei saanut numeroa {L:service_fi}.\n"),
    ("laite_fi", "fi",
     "Aihe: Infuusiopumppu hälyttää – {L:ward_fi}\n\nLaite: {L:device}, {L:serial}, inventaario {L:asset}, "
     "käyttötunnit {L:count}\n"
     "Potilaalla {a.gs} menossa {L:drug} {L:dose}. Pumppu katkaisi {L:hour}. Hoitaja {b.gs} vaihtoi "
     "tilalle toisen ({L:serial}).\n\nIlmoittaja: {s.gs}, {phone:s}\nLääkintätekniikka: {c.gs} ({phone:c}), "
     "varalla {d.gs}\nOsaston julkinen numero {L:service_fi}.\n{x.gs} vie laitteen {L:room_fi}; tieto myös "
     "{x.gs.all}.\n"),
    # ---- Finnish: basic education and upper secondary
    ("wilma_fi", "fi",
     "{L:ssys} – viesti\nLähettäjä: {s.gs} (huoltaja)\nVastaanottajat: {a.gs} (luokanopettaja), {b.gs} "
     "(erityisopettaja)\nAihe: {k.g.gen} kokeet\n\nHei {a.g}!\n\n{k.gs} ({L:class}) ei päässyt "
     "{L:subject}-kokeeseen, koska hän oli {L:place_fi}. Voiko hän tehdä sen {b.gs.gen} kanssa "
     "{L:weekday_fi}? {k.g} sanoi, että myös {c.gs} jäi kokeesta pois. Rehtori {d.gs} lupasi asiasta "
     "viime viikolla.\n\nTerveisin {s.g}, {phone:s}\n\n> {a.gs} kirjoitti: Ope {e.s} hoitaa uusinnat; kysykää myös "
     "avustajalta {x.gs.abl}.\n"),
    ("luokkalista_fi", "fi",
     "Aihe: Luokkalista ei päivity ({L:ssys})\n\nLuokan {L:class2} lista (vienti):\nsukunimi;etunimi;tunnus;"
     "huoltaja;puhelin\n{a.s};{a.g};{user:a};{b.gs};{phone:b}\n{c.s};{c.g};{user:c};{d.gs};{phone:d}\n"
     "{e.s};{e.g};{user:e};{f.gs};{phone:f}\n\n{e.g.ela} puuttuu LUK-ryhmä, ja {a.g} näkyy kahdessa luokassa. "
     "Opettaja {s.gs} ({user:s}), {L:school_fi}.\n"),
    ("laitelaina_fi", "fi",
     "Laitelaina {L:asset} – {L:school_fi}\n\nOppilas: {k.gs}, luokka {L:class}, tunnus {user:k}\nLaite: "
     "{L:ipad}, sarjanumero {L:serial}\nHuoltaja: {s.gs}, {phone:s}, {mail:s}\nLuovuttaja: {a.gs} "
     "(digitukiopettaja)\n\nHuoltajan viesti: \"{k.g.gen} laitteen näyttö hajosi. Luokkakaveri {b.gs} "
     "pudotti sen välitunnilla, {b.g.gen} äiti {c.gs} tietää asiasta.\" Korvausasia: {d.gs} (talous), "
     "{L:amount_fi}.\n"),
    ("sijainen_fi", "fi",
     "Aihe: Sijaisen tunnukset {L:date_fi} alkaen\n\nHei, olen {s.gs} ja tulen {L:school_fi}-kouluun "
     "sijaiseksi opettaja {a.gs.all}, joka on sairauslomalla. Tarvitsen tunnukset {L:ssys}-, {L:ssys2}- ja "
     "Teams-palveluihin. Apulaisrehtori {b.gs} hyväksyy (puh. {phone:b}). {a.g.gen} luokka on {L:class} "
     "ja kurssit {L:subject} ja {L:subject}.\n\nPuhelimeni {phone:s}, sähköposti {mail:s}.\n\n"
     "Lisätieto IT-tuelta: tunnukset luotu, {c.gs} ({user:c}) toimitti salasanan {b.gs.all}.\n"),
    ("abitti_fi", "fi",
     "Abitti / YO-koe – häiriöilmoitus {L:ticket}\n\nKoe: {L:subject}, {L:date_fi}, {L:room_fi}, alustava arvio "
     "{L:grade}\nKokelas: "
     "{s.gs} ({user:s})\nValvojat: {a.gs}, {b.gs}\nKoetilan tekninen vastaava: {c.gs}, {phone:c}\n\n"
     "Kuvaus: {s.g.gen} kone ({L:serial}) jumiutui {L:hour}. {a.g} siirsi kokelaan varakoneelle. Rehtori "
     "{d.gs} ilmoitti YTL:lle. Myös {e.gs.gen} tallennus katkesi hetkeksi.\n"),
    ("retki_fi", "fi",
     "Tiedote huoltajille: luokkaretki {L:date_fi}\n\nLuokka {L:class} lähtee retkelle {L:city}; teemana "
     "{L:nameword_fi}. "
     "Vastuuopettajat {a.gs} ({phone:a}) ja {b.gs}. Mukana avustaja {c.gs}.\n\nPalautus: huoltaja {s.gs}, "
     "puh. {phone:s}. Oppilas {k.gs} saa osallistua. Allergiat: {L:drug} mukana. Hätätilanteessa "
     "soittakaa {s.g.all} tai toiselle huoltajalle {d.gs.all} ({phone:d}).\n\nTerveisin rehtori {e.gs}, "
     "{L:school_fi}\n"),
    ("terveydenhoitaja_fi", "fi",
     "{L:ssys} – viesti\nLähettäjä: kouluterveydenhoitaja {a.gs}\nVastaanottaja: {s.gs}\n\nHei,\n\n{k.g.gen} "
     "laaja terveystarkastus on {L:slot}, {L:room_fi}. Koululääkäri {b.gs} on paikalla. Ottakaa mukaan "
     "{L:drug}-reseptin tiedot. Jos aika ei sovi, soittakaa {phone:a} tai viestittäkää {c.gs.all}.\n\n"
     "Vastaus ({s.gs}): Sopii. {k.gs} tulee, mutta {d.gs} ({L:class}) kysyi, voiko hän tulla samaan "
     "aikaan. {x.gs} on {k.g.gen} tukihenkilö ({phone:x}); {x.gs.abl} saa lisätietoa.\n"),
    ("poissaolo_fi", "fi",
     "Puheesta tekstiksi (huoltajan ääniviesti {L:hour}):\n\"hei täällä {s.g} {s.s} {k.g} on tänään pois "
     "kuumeessa ja huomenna myös luultavasti pilkku voisiko opettaja {a.s} laittaa tehtävät "
     "{L:ssys}-viestinä piste hänen kaverinsa {b.g} {b.s} tuo kirjat piste soittakaa numeroon {phone:s} "
     "jos tulee kysyttävää kiitos\"\n\nKirjattu poissaoloksi ({L:class}). Kuittasi {c.gs} ({user:c}).\n"),
    ("valokuvaus_fi", "fi",
     "Koulukuvaus {L:school_fi} – tilausongelma\n\nHuoltaja {s.gs} ({mail:s}) tilasi kuvat lapselleen "
     "{k.gs.all} ({L:photo}), mutta sai kuvat oppilaasta {a.gs}. Kuvaaja {b.gs} ({phone:b}) lupaa "
     "korjata. Palautus {L:amount_fi} tilille {iban:s}.\nLuokanvalvoja {c.gs} ja kanslisti {d.gs} "
     "tiedoksi.\n"),
    ("oppimisalusta_fi", "fi",
     "Aihe: VL: Kurssit eivät näy {L:ssys}-palvelussa\n\n---------- Välitetty viesti ---------\nLähettäjä: "
     "{a.gs} <{mail:a}>\nAihe: {L:subject}-kurssi\n\nHei {s.g}, oppilaat {b.gs}, {c.gs} ja {d.gs} eivät "
     "näe kurssia {L:subject}. Opettaja {e.s} ({L:initials}) lisäsi heidät eilen.\n---\n\n{s.gs} "
     "({user:s}), {L:school_fi}: Voisitteko katsoa? {e.gs.ade} on sama ongelma {L:ssys2}:ssä.\n"),
    # ---- English: health and social care IT
    ("access_en", "en",
     "Subject: Access request – {L:psys}, {L:ward_en}\n\nHi team,\n\nI'm starting as a locum registrar on "
     "{L:ward_en} at {L:place_en} on {L:date_en}. Could I have the same {L:psys} profile as Dr {a.gs} "
     "({user:a})? My clinical lead is {b.gs}, who has approved this by email; {c.gs} in Medical Staffing "
     "({phone:c}) can confirm my contract.\n\nMany thanks,\nDr {s.gs}\nBleep 4417 · {phone:s}\n\n---\n"
     "Approval {L:stamp}: {b.gs} ({user:b}). Note from {d.gs}: add {s.g} to the {L:disease_en} pathway too.\n"),
    ("audit_en", "en",
     "Subject Access Request – audit trail ({L:ticket})\n\nRequester: {s.gs}, NHS no. {L:mrn}, "
     "{phone:s}\n\"Please tell me who has looked at my record since {L:date_en}. My ex-partner {a.gs} "
     "works at {L:place_en}.\"\n\nAudit extract (user | login | unit | time | reason)\n{b.gs} | {user:b} | "
     "{L:ward_en} | {L:stamp} | Direct care\n{c.gs} | {user:c} | Pharmacy | {L:stamp} | Medicines "
     "reconciliation\n{a.gs} | {user:a} | {L:ward2_en} | {L:stamp} | Break glass\n\nReviewed by {d.gs} "
     "(Information Governance); referred to the Caldicott Guardian, {e.gs}.\n"),
    ("hl7_en", "en",
     "Interface error {L:hl7id} – ADT^A08 rejected by {L:psys}\n\nMSH|^~\\&|PAS|{L:place_en}|EPR|TRUST|"
     "{L:stamp}||ADT^A08|{L:hl7id}|P|2.4\nPID|1||{L:mrn}^^^NHS^NH||{s.s}^{s.g}^^^Mrs||||||"
     "{L:street_en}^^London^^{L:postcode_en}||{phone:s}\nNK1|1|{k.s}^{k.g}|SPO|||{phone:k}\n"
     "PV1|1|I|{L:ward_en}||||{a.s}^{a.g}^^^Dr|{b.s}^{b.g}^^^Dr\n\nError: attending doctor {a.gs} not "
     "found in the consultant table. Raised by {c.gs}, integration analyst ({phone:c}); {d.gs} to fix "
     "the mapping.\n"),
    ("rota_en", "en",
     "Subject: Shift swap not showing on e-rostering\n\nHi,\n\n{a.gs} and I agreed a swap: I take her "
     "{L:shift} on {L:weekday_en} and she takes my {L:shift}. Our ward manager {b.gs} approved it on "
     "{L:date_en}, but the roster still shows {c.gs} on that shift, and {d.gs} has lost a bank shift.\n\n"
     "The rostering lead {e.gs} ({phone:e}) thinks it's a {L:ward_en} setting.\n\n{s.gs}, Staff Nurse, "
     "{phone:s}\n"),
    ("portal_en", "en",
     "Chat transcript – patient portal support\n\n{L:hour} {s.gs}: hi, I can't log in to the NHS App, "
     "it says my details don't match\n{L:hour} Agent {a.g}: Sorry to hear that. Can I take your date of "
     "birth and mobile number?\n{L:hour} {s.gs}: {phone:s}. My GP is Dr {b.gs} at {L:place_en}. I need "
     "to see my husband {k.gs}'s repeat prescription for {L:drug} too, he has {L:disease_en}\n{L:hour} "
     "Agent {a.g}: Proxy access is set up by the practice – {c.gs} handles it. Call {L:service_en}.\n"),
    ("pharmacy_en", "en",
     "Subject: EPS prescription not pulled down\n\nFrom Dr {s.gs} ({user:s}): I issued {L:drug} {L:dose} "
     "({L:prescr}) for {a.gs}. The pharmacist {b.gs} ({phone:b}) says it isn't on the spine. The "
     "patient's daughter {c.gs} is waiting at the counter.\n\nAlso {d.gs}'s {L:drug2} appears twice. "
     "Could {e.gs} check the interface? I'm on {phone:s}.\n"),
    ("cad_en", "en",
     "Ambulance CAD log {L:cad}\n{L:hour} Caller {s.gs}, {phone:s}: husband {k.gs} collapsed, "
     "{L:street_en}, {keysafe:k}. {L:score_en}.\n{L:hour} {L:unit_call} assigned, crew {a.gs} and "
     "{b.gs}\n{L:hour} Clinical hub {c.gs} ({phone:c}) advised; {d.gs} en route\n{L:hour} Conveyed to "
     "{L:place_en}, handed to {e.gs}\n\nTicket: CAD did not push the job to the ePCR; {x.gs} noticed on "
     "review.\n"),
    ("device_en", "en",
     "Subject: Infusion pump alarm – {L:ward_en}\n\nDevice: {L:device}, {L:serial}, asset {L:asset}, status: "
     "{L:nameword_en}\n"
     "Patient {a.gs} on {L:drug} {L:dose}; pump stopped at {L:hour}. {b.gs} swapped it ({L:serial}).\n\n"
     "Reported by {s.gs}, {phone:s}\nMedical Engineering: {c.gs} ({phone:c}), cover {d.gs}\nWard "
     "public line {L:service_en}.\n"),
    ("dictation_en", "en",
     "Speech recognition draft – letter {L:ticket}, dictated by Dr {s.gs}\n\n\"dear doctor {a.s} comma "
     "thank you for referring {b.g} {b.s} full stop she has {L:disease_en} full stop her son {c.gs} "
     "attends clinic with her full stop {L:score_en} full stop plan {L:drug} and review by {d.gs} "
     "full stop\"\n\nThe engine wrote \"{b.g} {b.s}\" as two words wrong; corrected by secretary "
     "{e.gs} ({user:e}).\n"),
    # ---- English: schools
    ("parents_en", "en",
     "{L:ssys} message\nFrom: {s.gs} (parent)\nTo: {a.gs} (class teacher); {b.gs} (SENCo)\n\nDear "
     "{a.g},\n\n{k.g} ({L:class2}) missed the {L:subject} test because of a hospital appointment at "
     "{L:place_en}. Could she sit it with {b.gs} on {L:weekday_en}? {k.g} said {c.gs} missed it too. "
     "Mr {d.s}, the head, mentioned it last week; the teaching assistant {x.gs} knows too.\n\nBest wishes, "
     "{s.g}\n{phone:s}\n"),
    ("chromebook_en", "en",
     "Device loan {L:asset} – {L:school_en}\nPupil: {k.gs}, form {L:class2}, login {user:k}\nDevice: "
     "{L:ipad}, serial {L:serial}\nParent: {s.gs}, {phone:s}, {mail:s}\nIssued by: {a.gs}\n\nParent's "
     "note: \"The screen cracked when {b.gs} knocked it off the desk; {b.g}'s mum {c.gs} knows.\" "
     "Claim handled by {d.gs} ({L:amount_en}).\n"),
    ("classroom_en", "en",
     "Subject: FW: pupils missing from {L:ssys}\n\n---------- Forwarded message ---------\nFrom: {a.gs} "
     "<{mail:a}>\n\nHi {s.g}, {b.gs}, {c.gs} and {d.gs} can't see the class. Mr {e.s} ({L:initials}) "
     "added them yesterday.\n---\n\n{s.gs} ({user:s}), {L:school_en}: could you check? Same issue in "
     "{L:ssys2} for {e.gs}.\n"),
    ("trip_en", "en",
     "Trip consent – {L:class2} to {L:city}, {L:date_en}\n\nLead staff: {a.gs} ({phone:a}), {b.gs}; "
     "support {c.gs}.\n\nConsent returned by {s.gs}, {phone:s}, for {k.gs}. Medication: {L:drug}. In an "
     "emergency call {s.g} or the other parent, {d.gs} ({phone:d}).\n\n{e.gs}, Headteacher, "
     "{L:school_en}\n"),
]

SHAPES += [
    # ---- Swedish: health and social care IT
    ("behorighet_sv", "sv",
     "Ärende: Behörighet i {L:psys}, {L:ward_sv}\n\nHej!\n\nJag börjar som sjuksköterska på {L:ward_sv} "
     "{L:date_sv}. Jag behöver samma behörighet som {a.gs} ({user:a}). Min chef {b.gs} godkänner; "
     "{c.gs} kan nås på {phone:c}.\n\nMvh\n{s.gs}\n{phone:s}, {mail:s}\n\n---\nGodkänt {L:stamp} av {b.gs}. "
     "{b.g}: \"{s.g.gen} introduktion sköts av {d.gs}.\" {x.gs} granskar journalerna ({L:twin_sv}).\n"),
    ("logg_sv", "sv",
     "Loggutdrag på begäran ({L:ticket})\n\nBegärt av: {s.gs}, tfn {phone:s}\n\"Jag vill veta vem som "
     "läst min journal i {L:psys} sedan {L:date_sv}. Min granne {a.gs} arbetar på {L:place_sv}.\"\n\n"
     "användare;inloggning;enhet;tid;orsak\n{b.sg};{user:b};{L:ward_sv};{L:stamp};vårdrelation\n"
     "{c.sg};{user:c};{L:ward2_sv};{L:stamp};vårdrelation\n{a.sg};{user:a};{L:ward2_sv};{L:stamp};"
     "nödåtkomst\n\nGranskat av {d.gs}; vidare till dataskyddsombudet {e.gs}.\n"),
    ("hemtjanst_sv", "sv",
     "Körlista hemtjänst {L:date_sv} – {L:ward_sv}\nVårdare: {s.gs} ({user:s}), {phone:s}\n\n{L:visit} "
     "{a.gs}, {L:street_sv}, {keysafe:a}\n{L:visit} {b.gs}, {L:street_sv}. Anhörig {k.gs} {phone:k}\n"
     "{L:visit} {c.gs}, {L:street_sv} ({L:disease_sv}), nyckel hos {d.gs}\n{L:visit} {x.gs}, {L:street_sv} "
     "({L:twin_sv})\n\nFel: appen visar inte "
     "{c.g.gen} besök. Samordnare {e.gs} ({phone:e}) flyttade det till {f.gs}.\n"),
    ("schema_sv", "sv",
     "Ärende: Passbyte sparas inte i schemat\n\nHej! {a.gs} och jag har bytt pass: jag tar {L:shift} på "
     "{L:weekday_sv} och {a.g} tar mitt {L:shift}. Enhetschefen {b.gs} har godkänt, men schemat visar "
     "fortfarande {c.gs}. {d.g.gen} OB-tillägg saknas också.\n\nSchemaläggaren {e.gs} ({phone:e}) "
     "tror att felet ligger i {L:psys}. Status: {L:nameword_sv}.\n\n/{s.gs}, {L:ward_sv}, {phone:s}\n"),
    ("inloggning_sv", "sv",
     "Chatt med 1177-supporten\n{L:hour} {s.gs}: jag kommer inte in i Journalen, det står att ombud "
     "saknas. Jag sköter min mammas ({a.gs}) ärenden, hon har {L:disease_sv}.\n{L:hour} Handläggare "
     "{b.g}: Ombudet registreras på vårdcentralen. Sköterskan {c.gs} på {L:place_sv} hjälper dig.\n"
     "{L:hour} {s.gs}: ok, mitt nummer är {phone:s}. Hennes läkare är {d.gs}.\n{L:hour} Handläggare "
     "{b.g}: Ring {L:service_sv} vid brådskande frågor.\n"),
    ("labb_sv", "sv",
     "Integrationsfel {L:hl7id}: labbsvar kom inte fram till {L:psys}\n\nPID|1||{L:mrn}^^^SE^PN||"
     "{s.s}^{s.g}||||||{L:street_sv}^^Göteborg||{phone:s}\nORC|RE|{L:mrn}||||||||||{a.s}^{a.g}\n"
     "OBX|1|NM|{L:lab}||||||F\n\nFel: beställaren {a.gs} saknas i personalregistret. Biomedicinska "
     "analytikern {b.gs} ({phone:b}) skickade om svaret; {c.gs} rättar {a.g.gen} användar-id "
     "{user:a}.\n"),
    # ---- Swedish: schools (Swedish-speaking Finland and Sweden)
    ("vklass_sv", "sv",
     "{L:ssys} – meddelande\nFrån: {s.gs} (vårdnadshavare)\nTill: {a.gs} (klasslärare), {b.gs} "
     "(speciallärare)\n\nHej {a.g}!\n\n{k.gs} ({L:class2}) missade provet i {L:subject} eftersom hon var "
     "på {L:place_sv}. Kan hon skriva det med {b.gs} på {L:weekday_sv}? {k.g} sa att {c.gs} också "
     "missade det. Rektor {d.gs} nämnde saken förra veckan, och assistenten {x.gs} vet om det.\n\nHälsningar "
     "{s.g}, {phone:s}\n"),
    ("elevdator_sv", "sv",
     "Datorlån {L:asset} – {L:school_sv}\nElev: {k.gs}, klass {L:class2}, användarnamn {user:k}\nEnhet: "
     "{L:ipad}, serienr {L:serial}\nVårdnadshavare: {s.gs}, {phone:s}, {mail:s}\nUtlämnad av: {a.gs}\n\n"
     "\"Skärmen gick sönder när {b.gs} tappade den; {b.g.gen} mamma {c.gs} vet om det.\" Ersättning "
     "hanteras av {d.gs} ({L:amount_sv}).\n"),
    ("skolhalsa_sv", "sv",
     "Meddelande från skolhälsovården\nFrån: skolsköterska {a.gs}\nTill: {s.gs}\n\nHej! {k.g.gen} "
     "hälsokontroll är {L:slot}, {L:room_sv}. Skolläkaren {b.gs} är med. Om tiden inte passar, ring "
     "{phone:a} eller skriv till {c.gs}.\n\nSvar ({s.gs}): Det passar. {x.gs} är {k.g.gen} stödperson, "
     "och {d.gs} ({L:class2}) undrar om han kan komma samtidigt.\n"),
]

# The earlier mail a reply quotes, the copies under it, and the record around it.
QUOTES = {"fi": ["\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi} {L:hour}\n"
                 "Vastaanottaja: {shared}\nAihe: {L:ticket}\n\nVoisitteko katsoa tämän? {h.g}\n",
                 "\n{L:date_fi} klo {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Välitän tämän {a.g.all}.\n"],
          "en": ["\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:date_en} {L:hour}\n"
                 "To: {shared}\nSubject: RE: {L:ticket}\n\nCould you look at this? Thanks, {h.g}\n",
                 "\nOn {L:date_en} at {L:hour}, {h.gs} <{mail:h}> wrote:\n> Passing this to {a.g}.\n"],
          "sv": ["\n-----Ursprungligt meddelande-----\nFrån: {h.gs} <{mail:h}>\nSkickat: {L:date_sv} {L:hour}\n"
                 "Till: {shared}\nÄmne: SV: {L:ticket}\n\nKan ni titta på detta? /{h.g}\n",
                 "\nDen {L:date_sv} kl. {L:hour} skrev {h.gs} <{mail:h}>:\n> Skickar vidare till {a.g}.\n"]}

COPIES = {"fi": ["\nTiedoksi: {e.gs} ({phone:e}), {f.gs}\n", "\nKopio: {f.gs}, {phone:f}\n",
                 "\nTiedoksi {e.gs.all} ja {f.gs.all}\n", "\n@{e.gs} @{f.gs} katsotteko tämän?\n",
                 "\nVastaanottajat: {e.gs} <{mail:e}>; {f.gs}\n"],
          "en": ["\ncc: {e.gs}, {f.gs} ({phone:f})\n", "\nMentioned: @{f.gs}\n", "\ncc: {e.gs} <{mail:e}>\n",
                 "\nWatchers: {e.gs}, {f.gs}\n"],
          "sv": ["\nKopia: {e.gs}, {f.gs}\n", "\nFör kännedom: {f.gs}, {phone:f}\n", "\nBevakare: {e.gs}\n"]}

# The service desk's record around each text: the case system's footer with the handler, or a signature with the
# unit, the switchboard and the business id.
RECORDS = {
    "fi": ["\n--\n{L:system} · Tapaus {L:ticket} päivitetty {L:stamp}\nKäsittelijä: {g.gs}, {L:role_fi}, "
           "puh. {phone:g}\nJono: {L:queue_fi}\n",
           "\n\n{g.gs}\n{L:role_fi}, ICT-palvelut\n{phone:g} · vaihde {L:service_fi}\n[Hyvinvointialueen "
           "ICT-tuki], Y-tunnus {L:ytunnus}\n",
           "\n--\nKäsitellyt {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "en": ["\n--\n{L:system} · Case {L:ticket} updated {L:stamp}\nOwner: {g.gs}, {L:role_en}, tel. {phone:g}\n"
           "Queue: {L:queue_en}\n",
           "\n\n{g.gs}\n{L:role_en}, Digital Services\nM: {phone:g} | Switchboard: {L:service_en}\n",
           "\n--\nHandled by {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:ticket} uppdaterat {L:stamp}\nHandläggare: {g.gs}, {L:role_sv}, "
           "tfn {phone:g}\nKö: {L:queue_sv}\n",
           "\n\n{g.gs}\n{L:role_sv}, IT-service\nMobil: {phone:g} · Växel: {L:service_sv}\nOrg.nr {L:orgnr}\n"],
}
LOOKS.update(DRAW.worded(
    role={"fi": ["ICT-tukihenkilö", "sovellusasiantuntija", "pääkäyttäjä", "tietoturva-asiantuntija",
                 "lähitukihenkilö"],
          "en": ["Service Desk Analyst", "Clinical Systems Trainer", "EPR Support Analyst", "Digital Champion"],
          "sv": ["IT-supporttekniker", "systemförvaltare", "applikationsspecialist", "superanvändare"]},
    keysafe={"fi": ["avainsäilö {4}", "avainboksi, koodi {4}", "ovikoodi {4}#", "porttikoodi {3}{A}"],
             "en": ["key safe {4}", "keysafe code {4}", "door code {4}#"],
             "sv": ["nyckelgömma {4}", "nyckelbox kod {4}", "portkod {4}"]},
    visit={"fi": ["klo 7.15–8.00", "klo 7.45–8.15", "klo 9.30–9.45", "klo 12.00–12.30", "klo 15.20–15.50",
                  "klo 19.15–19.45", "klo 21.00–21.20"],
           "en": ["07:15–07:50", "12:00–12:30", "17:40–18:00", "19:15–19:55"],
           "sv": ["kl. 08:00–08:20", "kl. 12.15–12.55", "kl. 16.30–17.00", "kl. 19:10–19:50"]},
    photo={"fi": ["tilauskoodi {3}{A}{A}{4}", "kuva nro {4}"], "en": ["order code {6}", "photo ref {4}{A}"],
           "sv": ["beställningskod {5}", "bild nr {4}"]},
    queue={"fi": ["Potilastietojärjestelmät", "Opetuksen ICT", "Käyttöoikeudet", "Integraatiot", "Laitetuki"],
           "en": ["Clinical Systems", "Schools IT", "Access Management", "Interfaces"],
           "sv": ["Vårdsystem", "Skol-IT", "Behörigheter", "Integrationer"]},
))
LOOKS.update({"date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
              "date_sv": lambda: CLOCK.day_text("sv")})


draw = generation.case_draw(
    "held-out-40", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    # A third party whose surname is also a firm's, a foundation's or a street's (Paulig, Snellman): a NAME.
    namesake=lambda language, others: PEOPLE.namesake(language, EPONYM_SURNAMES, others), current=CURRENT)

generation.main(SHAPES, draw, REDRAWN, PHONES, COUNTRIES, generation.CASE_MINIMUMS,
                [("kept service numbers", lambda key: ":service" in key),
                 ("eponym look-alikes", lambda key: generation.kind(key) in EPONYM_KINDS)])
