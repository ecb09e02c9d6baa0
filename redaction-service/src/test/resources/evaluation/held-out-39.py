#!/usr/bin/env python3
r"""Generates the thirty-ninth held-out set (held-out-39.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 38: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of text that sets 1-38 lack: (a) B2B customer service and account management as the service desk sees them,
and (b) field service and facilities, in 44 shapes, each written in the language its kind of text is written in (22
Finnish, 13 English, 9 Swedish), with the earlier mail a reply quotes ("-----Alkuperäinen viesti-----", "On … wrote:",
"Den … skrev …:"), copies, mentions and followers under it ("Tiedoksi:", "Vastaanottajat:", "cc:", "Followers:",
"Kopia:", "Följare:") and the record around it (a case-system footer with the handler and the queue, "Käsitellyt Given
Surname (login) …", or a signature with the switchboard and the business id).
(a) CRM contact cards (Salesforce-, Dynamics-, HubSpot-, Lime- and SuperOffice-style: title, company, mobile, visiting
address, account owner with the owner's login, reports-to, notes), activity timelines ("Call logged by …", "Email sent
to …", "Task assigned to …", "Puhelu kirjattu:", "Samtal loggat av …"), opportunity notes with stage and amount, CRM
exports (semicolon CSV, "Surname, Given" in quotes, given name and surname in their own columns; a failed webhook's JSON
rows), key-account handovers between account managers, customer satisfaction follow-ups (CSAT, NPS), contract renewals
and price-change notices naming the customer's contact and approver, partner-portal deal registrations, B2B order
confirmations with the receiver on site, delivery disputes with the driver, the carrier's dispatcher and the name on
the proof of delivery, and a complaint about an installation.
(b) work orders dispatched to technicians (caller, site contact, building manager / isännöitsijä / fastighetsskötare,
technician, keys and door codes), installation and repair visit reports signed by the technician and the customer, site
access lists (CSV) and key handover records (a tenant's identity code and deposit account), elevator alarms with the
caller in the car and the on-duty engineer, HVAC alarm logs routed and escalated to the on-duty people, property
managers' notices to residents (and a Swedish housing co-op's), a resident's fault report from a portal, office
relocation tickets, and fleet tickets (registration plates, VINs, odometer, fuel card, garage contact).
Names (new-name-forms.py against every other labelled set, set 38 included: 1,231 of 1,235 forms, 99.7 %, new; the four
others are eponymous surnames of real people that earlier sets also hold: Ehrnrooth, Hackman, Honeywell, Snellman):
Finnish double given names on pairs no earlier set holds (Aarne-Viljami, Niilo-Severi; Helmi-Annikki, Iida-Orvokki;
gradation where a given name is inflected: Saima-Annikille, Venla-Marjatalla), compound surnames from new first words
(Kielo-, Hilla-, Kataja-, Tähkä-, Kuovi-, Vuokko-, Lieko-: Kuoviniemeltä, Liekolahden, Kielokorvelle, with the vowel
harmony of the compound's last word), Swedish double given names and compound surnames (Ingeborg-Elvira, Holger-Emanuel;
Ängsfors, Klövholm, Häggdahl), and double names of 50 origins: Yoruba, Hausa, Zulu, Shona, Ganda, Swahili, Moroccan,
Tunisian, Egyptian, Lebanese, Hebrew, Armenian, Pashto, Punjabi, Nepali, Sinhala, Burmese, Khmer, Filipino, Indonesian,
Malay, Chinese, Uzbek, Turkmen, Kurdish, Albanian, Serbian, Bulgarian, Hungarian, Slovak, Maltese, Icelandic, Basque,
Catalan, Portuguese, Brazilian, Chilean, Colombian, Mexican, Samoan, Māori, Fijian, Sámi, Greenlandic, Norwegian,
Danish, Scottish, Welsh, Australian and Canadian ones (Ġużeppi-Rita Camilleri-Borg, Máret-Niillas Utsi-Somby,
Sreymom-Vannak Heng-Chea), in the Finnish cases in Finnish prose (genitive and accusative, partitive, allative,
ablative, adessive, elative, illative) and with the Swedish genitive in Swedish. Besides them, in 20 of the 44 shapes
one person bears a real surname that a firm, foundation, prize or street also bears (Paulig, Fazer, Stockmann, Ahlström,
Lindström, Hackman, Ericsson, Siemens, Schindler, Runeberg, Snellman, Topelius, Mannerheim, Lönnrot, Wallenberg; 35
surnames): 337 NAME spans in 67 forms (Fazerin, Würthille, Onniselle, Schindlers, Wallenbergs).
Phones of 100 countries and territories as CRM cards, work orders, exports and signatures write them (+cc with groups,
E.164, national with the trunk prefix, 00cc, +cc (0)…, dashes, NANP forms); each of the 1,895 numbers is valid and of
its country by Debian's python3-phonenumbers 8.12.57 (/usr/bin/python3 held-out-39.py --check asserts it; writing the
set does not need the library).
Labelling policy, as in sets 25-38, with these for the new kinds. The subject is the register's known person: the
customer's contact whose card, case, renewal or notice it is, the caller of a work order or from a lift car, the
resident or tenant, the buyer who disputes a delivery, the driver of a fleet vehicle, the partner who registers a deal;
everyone else is a third party: account owners and managers, approvers and their stand-ins, assistants, technicians and
on-duty engineers, building managers, caretakers and board chairs, drivers, dispatchers and the name on a proof of
delivery, garage contacts, movers, neighbours, the handler, and a spouse who shares the subject's surname (each copy
labelled). A person's name is a NAME whatever else bears it: "Given Paulig" who works at another firm, "Given
Snellman" beside Snellmaninkatu, "Given Hackmanin työnantaja on Serlachius, ei Hackman", "Given Hackmans arbetsgivare är
Rettig Group, inte Hackman". Things named after people are look-alikes (kept), by what the text means: firms and brands
named after founders (Fazer, Paulig, Stockmann, Lassila & Tikanoja, Würth Oy, Dell Technologies, Johnson Controls,
Schindler Oy, Mercedes-Benz), foundations and funds (Jenny ja Antti Wihurin rahasto, Knut och Alice Wallenbergs
Stiftelse), halls, buildings and meeting rooms (Sibelius-talo, Alvar Aalto -sali, Berwaldhallen, Room Ada,
neuvotteluhuone Minna Canth, mötesrum Selma Lagerlöf), ships (M/S Gabriella, M/S Amorella), prizes (Finlandia-palkinto,
Augustpriset), schools and hospitals (Minna Canthin koulu, Topeliusskolan, Karolinska Universitetssjukhuset, King
Edward VI School), housing companies and sites (Asunto Oy Snellmaninkatu 10, Brf Strindberg 12), product models named
like people (Renault Zoe, Opel Adam, Mercedes-Benz Vito, Škoda Octavia, Amazon Alexa), and streets named after people
(Mannerheimintie 12, Runebergsgatan 4, Topeliuksenkatu 41 B, Aleksis Kiven katu, Birger Jarlsgatan, 12 Baker Street,
and streets formed from the surname of the message's eponymous person: Pauliginkatu 5, Hackmansgatan 9): an address is
not a labelled type, so a street with its house number and the postcode with its town are look-alikes. Registration
plates and VINs are look-alikes (ids of vehicles, not of people), as are key numbers and fuel-card endings. A door code
given to someone is that person's CREDENTIAL (as in sets 26, 31 and 33): the assigned engineer's in a work order, the
newcomer's on an access list. Every number of a person is a PHONE: the contact's own, approvers', technicians', on-duty
engineers', building managers', drivers', dispatchers' and the handler's, in any form. A company's or service's number
is a look-alike when the text makes it one: a switchboard ("vaihde 010 …", "Switchboard: …", "Växel: …"), a service's
24/7 line ("Huoltoyhtiön päivystys 020 …"), a lift helpline: 319 of these kept. Shared mailboxes (asiakaspalvelu@,
orders@, felanmalan@) are EMAIL, role "third", as set 27; a CRM owner's or handler's login is a USERNAME of its owner.
Look-alikes (kept), besides the eponyms: CRM systems and field-service systems (Salesforce Sales Cloud, Dynamics 365
Customer Service, HubSpot, Lime CRM, Tampuuri, Granlund Manager), case, account, opportunity, contract, order, delivery
note, consignment, invoice, work order and site ids, opportunity and lifecycle stages, amounts, price-change percentages
and price lists, CSAT and NPS scores, quantities, pallets and SKUs, equipment (lifts, air-handling units, chillers) with
their alarms and fault codes, SLA priorities and time windows, flats and floors, odometer readings, job titles and roles
of contacts, units and queues, customer and supplier firms, cities, words that are also names used as words (voitto
kotiin, rauha maassa; bill of lading, PAT test, jack up the unit; dag för dag, stig in), weekdays, dates and times,
business ids and org.nr.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 44 shapes drawn in turn within their language; 10,988
NAME (1,896 the subject's), 1,895 PHONE (100 countries and territories), 590 EMAIL, 248 USERNAME, 14 NATIONAL_ID, 29
IBAN, 59 CREDENTIAL; 9,090 look-alikes (2,003 dates and times; 1,291 eponyms: firms, streets, foundations, halls,
ships, prizes, schools, sites and models) from 738 pairs of shape and kind, 4,875 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean); so a firm or street that bears a person's surname stands
beside that person's name only in another form (Fazerin, Fazers, Pauliginkatu). The run asserts the minimums (6,000
NAME, 1,000 PHONE of 30 countries, 3,000 look-alikes of 300 templates, 40 shapes).
Deterministic: python3 held-out-39.py > held-out-39.jsonl (python3 held-out-39.py --stats adds counts on stderr)"""
import collections
import random

import generation
import identifiers
import name_forms
from name_forms import genitive_sv, inflect as fi

R = random.Random(39393939)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-38 as a name form (checked against their files when
# this set was written), so nearly every name form of this set is new: Finnish double given names on pairs no earlier
# set holds, compound surnames from new first words (Kielo-, Hilla-, Kataja-, Tähkä-), Swedish ones the same way, and
# double names of 51 origins. EPONYM_SURNAMES are real surnames that are also firms', foundations' and streets' names.

FI_MEN = ["Aarne-Ilmari", "Aarne-Severi", "Aarne-Valtteri", "Aarne-Viljami", "Arvo-Ensio", "Arvo-Severi",
          "Arvo-Valtteri", "Eino-Ensio", "Eino-Henrik", "Erkki-Henrik", "Erkki-Viljami", "Ilkka-Aleksi",
          "Ilkka-Ensio", "Ilkka-Oskari", "Ilkka-Valtteri", "Jouni-Ensio", "Jouni-Henrik", "Jouni-Valtteri",
          "Jouni-Viljami", "Jussi-Ilmari", "Jussi-Severi", "Jussi-Viljami", "Niilo-Aleksi", "Niilo-Ensio",
          "Niilo-Oskari", "Niilo-Severi", "Niilo-Valtteri", "Oiva-Aleksi", "Oiva-Valtteri", "Oiva-Viljami",
          "Olli-Aleksi", "Olli-Ensio", "Olli-Oskari", "Paavo-Oskari", "Paavo-Severi", "Paavo-Valtteri",
          "Paavo-Viljami", "Pekka-Aleksi", "Pekka-Oskari", "Pekka-Valtteri", "Pekka-Viljami", "Tauno-Aleksi",
          "Tauno-Ensio", "Tauno-Severi", "Tauno-Valtteri", "Tuomas-Henrik", "Tuomas-Severi", "Tuomas-Valtteri",
          "Ville-Severi", "Ville-Viljami"]
FI_WOMEN = ["Enni-Annikki", "Enni-Eveliina", "Enni-Johanna", "Enni-Josefiina", "Enni-Kristiina", "Enni-Marjatta",
            "Enni-Orvokki", "Eveliina-Annikki", "Eveliina-Josefiina", "Eveliina-Kristiina", "Eveliina-Lyydia",
            "Eveliina-Marjatta", "Helmi-Annikki", "Helmi-Johanna", "Helmi-Josefiina", "Hilkka-Annikki",
            "Hilkka-Eveliina", "Hilkka-Johanna", "Hilkka-Kristiina", "Hilkka-Marjatta", "Iida-Josefiina",
            "Iida-Marjatta", "Iida-Orvokki", "Ilona-Annikki", "Ilona-Kristiina", "Jenna-Eveliina", "Jenna-Lyydia",
            "Jenna-Marjatta", "Jenna-Orvokki", "Kerttu-Josefiina", "Kerttu-Kristiina", "Kerttu-Marjatta",
            "Maija-Josefiina", "Maija-Orvokki", "Noora-Kristiina", "Saima-Annikki", "Saima-Eveliina",
            "Saima-Johanna", "Saima-Kristiina", "Saima-Lyydia", "Siiri-Lyydia", "Siiri-Orvokki", "Venla-Annikki",
            "Venla-Eveliina", "Venla-Josefiina", "Venla-Kristiina", "Venla-Lyydia", "Venla-Marjatta",
            "Venla-Orvokki", "Vilja-Lyydia"]
FI_SURNAMES = ["Ahmakallio", "Ahmakorpi", "Ahmalahti", "Ahmalampi", "Ahmamäki", "Ahmaniemi", "Ahmaranta",
               "Ahmavuori", "Hellekorpi", "Hellekoski", "Hellelahti", "Hellelampi", "Hellemäki", "Helleniemi",
               "Helleoja", "Hellesalo", "Hellesuo", "Hellevaara", "Hillaharju", "Hillajärvi", "Hillakallio",
               "Hillakangas", "Hillakoski", "Hillalahti", "Hillamäki", "Hillaniemi", "Hillaoja", "Hillaranta",
               "Hillasaari", "Kaislaaho", "Kaislajärvi", "Kaislakallio", "Kaislamäki", "Kaislasalo", "Kantoaho",
               "Kantokorpi", "Kantokoski", "Kantolahti", "Kantolampi", "Kantomäki", "Kantoniemi", "Kantosaari",
               "Kantosalo", "Kantovuori", "Katajakallio", "Katajakorpi", "Katajaniemi", "Katajasaari", "Katajasuo",
               "Kieloaho", "Kieloharju", "Kielojärvi", "Kielokallio", "Kielokangas", "Kielokorpi", "Kielokoski",
               "Kielolahti", "Kielomäki", "Kieloniemi", "Kielooja", "Kieloranta", "Kielosaari", "Kielosuo",
               "Kielovaara", "Kontioniemi", "Kontiooja", "Kontioranta", "Kontiosaari", "Kontiovuori", "Kuoviharju",
               "Kuovijärvi", "Kuovikallio", "Kuovikorpi", "Kuovikoski", "Kuovilahti", "Kuovilampi", "Kuoviniemi",
               "Kuoviranta", "Kuovisaari", "Kuovisalo", "Kuovisuo", "Kuovivaara", "Kuovivuori", "Kyröaho",
               "Kyröharju", "Kyröjärvi", "Kyrökallio", "Kyrökangas", "Kyrökoski", "Kyrölahti", "Kyrölampi",
               "Kyrömäki", "Kyröranta", "Kyrösaari", "Kyrösalo", "Kyrösuo", "Kyrövaara", "Liekoaho", "Liekoharju",
               "Liekokangas", "Liekokoski", "Liekolahti", "Liekolampi", "Liekoniemi", "Liekooja", "Liekosaari",
               "Liekosalo", "Liekosuo", "Liekovaara", "Lummelahti", "Lummevaara", "Mesiharju", "Mesimäki",
               "Mesiniemi", "Mesiranta", "Mesisalo", "Mesivaara", "Pajuharju", "Pajukangas", "Pajusaari", "Pajusalo",
               "Ruohokorpi", "Ruohooja", "Ruohosuo", "Ruskaaho", "Ruskalahti", "Ruskasaari", "Ruskasalo", "Ruskasuo",
               "Tervasharju", "Tervaskallio", "Tervaskorpi", "Tervaskoski", "Tervaslahti", "Tervasoja", "Tervassalo",
               "Tervassuo", "Tervasvuori", "Tiiraharju", "Tiirajärvi", "Tiirakangas", "Tiirakoski", "Tiiralahti",
               "Tiiralampi", "Tiiramäki", "Tiiraranta", "Tiiravaara", "Tiiravuori", "Tähkäharju", "Tähkäkallio",
               "Tähkäkangas", "Tähkälampi", "Tähkäsaari", "Tähkävaara", "Tähkävuori", "Vuokkojärvi", "Vuokkokallio",
               "Vuokkokangas", "Vuokkokorpi", "Vuokkokoski", "Vuokkolahti", "Vuokkolampi", "Vuokkomäki",
               "Vuokkoniemi", "Vuokkoranta", "Vuokkosaari", "Vuokkosalo", "Vuokkosuo", "Vuokkovaara", "Vuokkovuori"]
SV_GIVEN = ["Agnes-Josefina", "Agnes-Viktoria", "Alva-Elvira", "Alva-Viktoria", "Arvid-Anton", "Arvid-Birger",
            "Arvid-Emanuel", "Arvid-Gustav", "Arvid-Ludvig", "Arvid-Vilhelm", "Einar-Birger", "Einar-Emanuel",
            "Einar-Ludvig", "Einar-Vilhelm", "Folke-Gustav", "Folke-Valdemar", "Helge-Birger", "Helge-Gustav",
            "Helge-Ludvig", "Holger-Anton", "Holger-Birger", "Holger-Emanuel", "Holger-Gustav", "Holger-Valdemar",
            "Holger-Vilhelm", "Ingeborg-Charlotta", "Ingeborg-Elvira", "Ingeborg-Josefina", "Ingeborg-Louise",
            "Ingeborg-Viktoria", "Ivar-Anton", "Karin-Charlotta", "Karin-Elvira", "Karin-Louise", "Sigrid-Elvira",
            "Sigrid-Josefina", "Sigrid-Louise", "Sigrid-Viktoria", "Stina-Charlotta", "Stina-Elvira",
            "Stina-Josefina", "Stina-Viktoria", "Torsten-Birger", "Torsten-Gustav", "Torsten-Ludvig",
            "Torsten-Valdemar", "Torsten-Vilhelm", "Vendela-Charlotta", "Vendela-Josefina", "Vendela-Viktoria"]
SV_SURNAMES = ["Hagmark", "Hagqvist", "Hagvik", "Häggdahl", "Häggfors", "Häggqvist", "Häggstedt", "Häggudd",
               "Häggvik", "Klövbäck", "Klövdahl", "Klövgren", "Klövholm", "Klövmark", "Klövstedt", "Källbäck",
               "Källdahl", "Källgren", "Källholm", "Källlund", "Källmark", "Källstedt", "Källström", "Källudd",
               "Källvik", "Lövsdahl", "Lövsfors", "Lövsgren", "Lövsmark", "Lövsstedt", "Lövsström", "Lövsudd",
               "Lövsvik", "Rågdahl", "Rågfors", "Råglund", "Rågmark", "Rågqvist", "Rågstedt", "Rågström", "Rågudd",
               "Rågvik", "Sälggren", "Sälgqvist", "Sälgstedt", "Sälgvik", "Vidbäck", "Viddahl", "Vidfors", "Vidholm",
               "Vidmark", "Vidqvist", "Vidvik", "Ängsbäck", "Ängsdahl", "Ängsfors", "Ängsgren", "Ängslund",
               "Ängsmark", "Ängsqvist", "Ängsstedt", "Ängsström", "Ängsvik", "Örndahl", "Örnfors", "Örnmark",
               "Örnqvist", "Örnstedt", "Örnudd", "Örnvik"]
WORLD = {
    "yoruba": (["Adebayo-Folake", "Funmilayo-Tunde", "Oluwaseun-Bisi", "Yetunde-Kayode"],
        ["Ogunleye-Adeyemi", "Ogunleye-Balogun", "Balogun-Adewale"], ["NG", "GB"]),
    "hausa": (["Aminu-Hadiza", "Hadiza-Sani", "Sani-Hauwa", "Hauwa-Aminu"],
        ["Bello-Abubakar", "Danjuma-Bello", "Abubakar-Danjuma"], ["NG"]),
    "zulu": (["Sibusiso-Nokuthula", "Nokuthula-Bongani", "Bongani-Zanele", "Zanele-Sibusiso"],
        ["Dlamini-Khumalo", "Khumalo-Ngcobo", "Ngcobo-Dlamini"], ["ZA"]),
    "shona": (["Tendai-Rutendo", "Rutendo-Farai", "Farai-Chipo", "Chipo-Tendai"],
        ["Moyo-Chikore", "Chikore-Mutasa", "Mutasa-Moyo"], ["ZW", "ZA", "GB"]),
    "ganda": (["Nakato-Mukisa", "Mukisa-Babirye", "Babirye-Ssali", "Ssali-Nakato"],
        ["Ssemakula-Nabirye", "Nabirye-Kato", "Kato-Ssemakula"], ["UG"]),
    "swahili": (["Baraka-Neema", "Neema-Juma", "Juma-Rehema", "Rehema-Baraka"],
        ["Mwakyusa-Mollel", "Mollel-Massawe", "Massawe-Mushi"], ["TZ", "KE"]),
    "moroccan": (["Youssef-Imane", "Imane-Hamza", "Hamza-Salma", "Salma-Youssef"],
        ["Benali-Tazi", "Tazi-Alaoui", "Alaoui-Bennani"], ["MA", "FR", "BE"]),
    "tunisian": (["Wassim-Amira", "Amira-Skander", "Skander-Ines", "Ines-Wassim"],
        ["Trabelsi-Gharbi", "Gharbi-Jebali", "Jebali-Trabelsi"], ["TN", "FR"]),
    "egyptian": (["Mostafa-Nourhan", "Nourhan-Karim", "Karim-Mariam", "Mariam-Mostafa"],
        ["Soliman-Farouk", "Farouk-Hassanein", "Hassanein-Soliman"], ["EG"]),
    "lebanese": (["Rami-Nour", "Nour-Ziad", "Ziad-Maya", "Maya-Rami"],
        ["Khoury-Haddad", "Khoury-Nassar", "Nassar-Haddad"], ["LB", "AE"]),
    "hebrew": (["Noa-Itai", "Itai-Shira", "Shira-Yonatan", "Yonatan-Noa"],
        ["Levi-Mizrahi", "Peretz-Mizrahi", "Peretz-Biton"], ["IL"]),
    "armenian": (["Narek-Ani", "Ani-Tigran", "Tigran-Lusine", "Lusine-Narek"],
        ["Petrosyan-Hakobyan", "Sargsyan-Hakobyan", "Sargsyan-Petrosyan"], ["AM"]),
    "pashto": (["Ahmad-Zarghona", "Zarghona-Wahid", "Wahid-Mursal", "Mursal-Ahmad"],
        ["Noorzai-Popal", "Popal-Stanikzai", "Stanikzai-Noorzai"], ["AF", "PK"]),
    "punjabi": (["Gurpreet-Harjit", "Harjit-Simran", "Simran-Manpreet", "Manpreet-Gurpreet"],
        ["Gill-Sandhu", "Gill-Dhillon", "Dhillon-Sandhu"], ["IN", "GB", "CA"]),
    "nepali": (["Sujata-Bikash", "Bikash-Anjali", "Anjali-Roshan", "Roshan-Sujata"],
        ["Thapa-Gurung", "Gurung-Shrestha"], ["NP", "FI"]),
    "sinhala": (["Chamara-Dilani", "Dilani-Nuwan", "Nuwan-Ishara", "Ishara-Chamara"],
        ["Perera-Jayasuriya", "Jayasuriya-Fernando", "Fernando-Wickramasinghe"], ["LK"]),
    "burmese": (["Aung-Thiri", "Thiri-Kyaw", "Kyaw-Nilar", "Nilar-Aung"],
        ["Tun-Naing", "Naing-Oo", "Oo-Tun"], ["MM"]),
    "khmer": (["Sokha-Dara", "Dara-Sreymom", "Sreymom-Vannak", "Vannak-Sokha"],
        ["Chea-Sok", "Sok-Heng", "Heng-Chea"], ["KH"]),
    "filipino": (["Maricel-Jomar", "Jomar-Rowena", "Rowena-Arnel", "Arnel-Maricel"],
        ["Bautista-Reyes", "Reyes-Mendoza", "Mendoza-Villanueva"], ["PH", "FI"]),
    "indonesian": (["Putri-Wahyu", "Wahyu-Dewi", "Dewi-Agus", "Agus-Putri"],
        ["Santoso-Wibowo", "Wibowo-Hidayat", "Hidayat-Kusuma"], ["ID"]),
    "malay": (["Aisyah-Hafiz", "Hafiz-Nurul", "Nurul-Amirul", "Amirul-Aisyah"],
        ["Ismail-Rahim", "Rahim-Yusof", "Yusof-Ismail"], ["MY"]),
    "chinese": (["Jiahui-Zihan", "Zihan-Haoran", "Haoran-Yuxin", "Yuxin-Jiahui"],
        ["Ouyang-Lin", "Lin-Zhou", "Zhou-Ouyang"], ["CN", "HK"]),
    "uzbek": (["Dilnoza-Jasur", "Jasur-Malika", "Malika-Sardor", "Sardor-Dilnoza"],
        ["Karimova-Yusupov", "Yusupov-Rakhimov", "Rakhimov-Karimova"], ["UZ"]),
    "turkmen": (["Aygul-Merdan", "Merdan-Jeren", "Jeren-Serdar", "Serdar-Aygul"],
        ["Annayev-Orazova", "Orazova-Berdiyev", "Berdiyev-Annayev"], ["TM"]),
    "kurdish": (["Dilan-Rojhat", "Rojhat-Berfin", "Berfin-Azad", "Azad-Dilan"],
        ["Barzani-Amedi", "Amedi-Zebari", "Zebari-Barzani"], ["IQ", "SE", "FI"]),
    "albanian": (["Arben-Blerta", "Blerta-Dritan", "Dritan-Elira", "Elira-Arben"],
        ["Krasniqi-Hoxha", "Krasniqi-Gashi", "Gashi-Berisha"], ["AL", "SE"]),
    "serbian": (["Nemanja-Jelena", "Jelena-Dušan", "Dušan-Milica", "Milica-Nemanja"],
        ["Petrović-Jovanović", "Petrović-Nikolić", "Đorđević-Nikolić"], ["RS", "AT"]),
    "bulgarian": (["Kalina-Stoyan", "Stoyan-Radost", "Radost-Hristo", "Hristo-Kalina"],
        ["Georgieva-Dimitrov", "Dimitrov-Ivanova", "Ivanova-Todorov"], ["BG"]),
    "hungarian": (["Bence-Réka", "Réka-Levente", "Levente-Zsófia", "Zsófia-Bence"],
        ["Szabó-Kovács", "Kovács-Tóth", "Varga-Tóth"], ["HU"]),
    "slovak": (["Matúš-Zuzana", "Zuzana-Peter", "Peter-Lucia", "Lucia-Matúš"],
        ["Horváthová-Kováč", "Kováč-Baláž", "Baláž-Horváthová"], ["SK"]),
    "maltese": (["Ġorġ-Marija", "Marija-Ġużeppi", "Ġużeppi-Rita", "Rita-Ġorġ"],
        ["Camilleri-Borg", "Camilleri-Vella", "Farrugia-Vella"], ["MT"]),
    "icelandic": (["Sigríður-Björk", "Guðrún-Hekla", "Einar-Sölvi", "Sölvi-Einar"],
        ["Guðmundsdóttir-Jónsson", "Jónsson-Ólafsdóttir", "Ólafsdóttir-Stefánsson"], ["IS"]),
    "basque": (["Iker-Ane", "Ane-Unai", "Unai-Maite", "Maite-Iker"],
        ["Goikoetxea-Etxeberria", "Goikoetxea-Agirre", "Agirre-Etxeberria"], ["ES"]),
    "catalan": (["Jordi-Montserrat", "Montserrat-Pau", "Pau-Núria", "Núria-Jordi"],
        ["Puig-Ferrer", "Ferrer-Soler", "Soler-Puig"], ["ES"]),
    "portuguese": (["João-Inês", "Inês-Tiago", "Tiago-Beatriz", "Beatriz-João"],
        ["Ferreira-Gonçalves", "Gonçalves-Pereira", "Pereira-Ferreira"], ["PT"]),
    "brazilian": (["Thiago-Larissa", "Larissa-Rafael", "Rafael-Juliana", "Juliana-Thiago"],
        ["Oliveira-Santos", "Santos-Lima", "Lima-Oliveira"], ["BR"]),
    "chilean": (["Benjamín-Catalina", "Catalina-Matías", "Matías-Javiera", "Javiera-Benjamín"],
        ["Rojas-Muñoz", "Rojas-Díaz", "Díaz-Muñoz"], ["CL"]),
    "colombian": (["Camilo-Valentina", "Valentina-Sebastián", "Sebastián-Daniela", "Daniela-Camilo"],
        ["Ospina-Restrepo", "Ospina-Cardona", "Cardona-Restrepo"], ["CO"]),
    "mexican": (["Ximena-Diego", "Diego-Guadalupe", "Guadalupe-Emiliano", "Emiliano-Ximena"],
        ["Hernández-Ramírez", "Ramírez-Cruz", "Cruz-Hernández"], ["MX", "US"]),
    "samoan": (["Sina-Tavita", "Tavita-Malia", "Malia-Iosefa", "Iosefa-Sina"],
        ["Leota-Tuilagi", "Leota-Faleolo", "Faleolo-Tuilagi"], ["WS", "NZ"]),
    "maori": (["Aroha-Wiremu", "Wiremu-Mere", "Mere-Rawiri", "Rawiri-Aroha"],
        ["Parata-Ngata", "Parata-Tamihana", "Tamihana-Ngata"], ["NZ", "AU"]),
    "fijian": (["Losana-Jone", "Jone-Mereoni", "Mereoni-Semi", "Semi-Losana"],
        ["Ratu-Waqa", "Waqa-Tuilevu", "Tuilevu-Ratu"], ["FJ"]),
    "sami": (["Áile-Máret", "Máret-Niillas", "Niillas-Ánte", "Ánte-Áile"],
        ["Somby-Gaup", "Gaup-Utsi", "Utsi-Somby"], ["NO", "FI", "SE"]),
    "greenlandic": (["Aputsiaq-Naja", "Naja-Malik", "Malik-Nivi", "Nivi-Aputsiaq"],
        ["Lynge-Kleist", "Lynge-Berthelsen", "Berthelsen-Kleist"], ["GL", "DK"]),
    "norwegian": (["Sindre-Ingrid", "Ingrid-Håkon", "Håkon-Solveig", "Solveig-Sindre"],
        ["Haugen-Berntsen", "Berntsen-Solberg", "Solberg-Haugen"], ["NO"]),
    "danish": (["Mads-Signe", "Signe-Rasmus", "Rasmus-Freja", "Freja-Mads"],
        ["Mikkelsen-Poulsen", "Poulsen-Kjær", "Kjær-Mikkelsen"], ["DK"]),
    "scottish": (["Callum-Isla", "Isla-Fraser", "Fraser-Eilidh", "Eilidh-Callum"],
        ["MacLeod-Sutherland", "Sutherland-Munro", "Munro-MacLeod"], ["GB"]),
    "welsh": (["Rhys-Cerys", "Cerys-Dafydd", "Dafydd-Ffion", "Ffion-Rhys"],
        ["Pritchard-Howells", "Howells-Vaughan", "Vaughan-Pritchard"], ["GB"]),
    "australian": (["Mitchell-Chloe", "Chloe-Lachlan", "Lachlan-Tahlia", "Tahlia-Mitchell"],
        ["Nguyen-Whitfield", "Whitfield-Barnes"], ["AU"]),
    "canadian": (["Gabrielle-Étienne", "Étienne-Maude", "Maude-Olivier", "Olivier-Gabrielle"],
        ["Tremblay-Gagnon", "Gagnon-Bouchard", "Bouchard-Tremblay"], ["CA"]),
}
# Surnames that firms, foundations, prizes and streets carry: a person who bears one is a NAME like anyone.
EPONYM_SURNAMES = ["Paulig", "Fazer", "Hartwall", "Stockmann", "Ahlström", "Lindström", "Sinebrychoff", "Serlachius",
                   "Rettig", "Onninen", "Würth", "Berner", "Dell", "Philips", "Siemens", "Ericsson", "Schindler",
                   "Otis", "Hilti", "Kärcher", "Bosch", "Honeywell", "Ahlsell", "Wihuri", "Hackman", "Runeberg",
                   "Snellman", "Topelius", "Mannerheim", "Lönnrot", "Kordelin", "Juselius", "Strindberg",
                   "Wallenberg", "Ehrnrooth"]
EPONYM_KINDS = {"epofirm", "epofirm2", "street_fi", "street_sv", "street_en", "twin_fi", "twin_sv", "xfirm_fi",
                "xfirm_sv", "foundation", "hall", "ship", "prize", "school", "model", "site_fi", "site_sv", "site_en"}


# The irregular Finnish forms of the set's names, first those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES)
# Given names whose last part takes consonant gradation (Helmi-Annikki: Helmi-Annikin, Saima-Marjatta:
# Saima-Marjatan), and surnames in -ius with their -ukse- stem (Topelius: Topeliuksen).
IRREGULAR.update({"Annikki": fi("Annikki", "Anniki", "Annikki"), "Orvokki": fi("Orvokki", "Orvoki", "Orvokki"),
                  "Marjatta": fi("Marjatta", "Marjata", "Marjatta"),
                  "Topelius": generation.kse_forms("Topelius"), "Juselius": generation.kse_forms("Juselius"),
                  "Serlachius": generation.kse_forms("Serlachius")})
# Surnames of other origin whose last vowel is front take front endings (Ahlströmiä, Lindströmiltä); Onninen's
# partitive is Onnista.
for _nom in ("Ahlström", "Lindström"):
    IRREGULAR[_nom] = generation.fronted(fi(_nom, _nom + "i", _nom + "i"), ("par",) + generation.FRONT_CASES)
IRREGULAR["Onninen"] = dict(name_forms.nen("Onninen"), par="Onnista")

# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.countries_until("TN")
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

    def door_code(self, p):
        """A site's door code given to someone: that person's CREDENTIAL."""
        return self.code(LOOKS[f"doorcode_{self.language}"](), p.role)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def shared_box(self):
        return R.choice(SHARED_BOXES[self.language])

    def values(self):
        return {**super().values(), "handle": self.handle, "doorcode": self.door_code}


# ---------------------------------------------------------------------------------------------------------------------
# Business ids, shared mailboxes and dates.


# The customer service's, the field service's and the order desk's shared mailboxes: an EMAIL, role "third", as set
# 27 labels them.
SHARED_BOXES = {"fi": ["asiakaspalvelu@firma.example.fi", "huolto@kiinteisto.example.fi", "tilaukset@firma.example.fi",
                       "reklamaatiot@logistiikka.example.fi"],
                "en": ["accounts@konserni.example.com", "service@facilities.example.co.uk",
                       "orders@konserni.example.com"],
                "sv": ["kundservice@bolaget.example.se", "felanmalan@fastighet.example.se",
                       "order@logistik.example.se"]}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of B2B customer service and field service: CRM ids, stages and systems, contracts, orders, delivery notes
# and consignments, price changes, work orders, sites, equipment, alarms, keys, plates and VINs; and the eponyms:
# streets, firms, foundations, halls, ships, prizes, schools, hospitals and product models named after people.

# Service numbers the text makes a company's: switchboards, a 24/7 service line, an elevator's emergency line.
SERVICE_LINES = {"fi": ["010 {3} {4}", "+358 10 {3} {4}", "020 {3} {3}", "0800 {3} {3}", "0600 {3} {3}"],
                 "en": ["0800 {3} {4}", "+44 345 {3} {4}", "0345 {3} {4}", "1-888-{3}-{4}", "+358 10 {3} {4}"],
                 "sv": ["08-{3} {2} 00", "+46 8 {3} {2} 00", "020-{2} {2} {2}", "0771-{2} {2} {2}"]}
# Made-up customer and supplier firms (no person's name in them).
FIRMS = ["Pohjanmaan Teräsrakenne Oy", "Lakeuden Lämpö Oy", "Nordhamn Trading AB", "Brightwater Facilities Ltd",
         "Kiinteistöhuolto Kivijalka Oy", "Fastighets AB Kvarnbacken", "Harbourline Logistics Ltd",
         "Saaristo Catering Oy", "Vaskiluodon Varustamo Oy", "Kaakon Kylmäkone Oy", "Greywharf Components Ltd",
         "Mälarhamnens El AB", "Itäväylän Toimitilat Oy", "Riverside Print Works Ltd", "Koskikeskuksen Huolto Oy",
         "Sydkustens Kyl & Värme AB", "Tuulensuun Tukku Oy", "Ironbridge Packaging Ltd"]
# Firms and brands named after their founders: kept as firms, whatever a person of the same surname does elsewhere.
EPONYM_FIRMS = ["Fazer", "Paulig", "Stockmann", "Hartwall", "Ahlström", "Lindström Oy", "Sinebrychoff", "Serlachius",
                "Rettig Group", "Lassila & Tikanoja", "Onninen", "Berner Oy", "Würth Oy", "Dell Technologies",
                "Siemens Oy", "Philips", "Ericsson", "Ford", "Johnson Controls", "Schindler Oy", "Otis Oy", "Hilti",
                "Kärcher", "Bosch", "Carrier", "Honeywell", "Trane", "Ahlsell", "Beijer Byggmaterial", "Dahl Suomi",
                "Mercedes-Benz", "Porsche", "Michelin", "Makita", "Miele", "Schneider Electric"]
EPONYM_STREETS = {
    "fi": ["Mannerheimintie {n}", "Runeberginkatu {n}", "Topeliuksenkatu {n} B", "Snellmaninkatu {n}",
           "Fredrikinkatu {n}", "Albertinkatu {n} A", "Eerikinkatu {n}", "Annankatu {n}", "Yrjönkatu {n}",
           "Iso Roobertinkatu {n}", "Lönnrotinkatu {n} C", "Aleksis Kiven katu {n}", "Eliel Saarisen tie {n}",
           "Minna Canthin katu {n}", "Juhana Herttuan puistokatu {n}", "Paavo Nurmen tie {n}",
           "Urho Kekkosen katu {n}", "Maria Jotunin tie {n}", "Kustaa Vaasan tie {n}", "Hämeentie {n}"],
    "sv": ["Runebergsgatan {n}", "Sankt Eriksgatan {n}", "Birger Jarlsgatan {n}", "Karlavägen {n}",
           "Strindbergsgatan {n}", "Linnégatan {n}", "Olof Palmes gata {n}", "Döbelnsgatan {n}", "Hornsgatan {n}",
           "Gustav Adolfs torg {n}", "Topeliusgatan {n}", "Kung Karls gata {n}", "Drottning Kristinas väg {n}",
           "Mannerheimvägen {n}", "Snellmansgatan {n}"],
    "en": ["{n} Baker Street", "{n} Wellington Road", "{n} Victoria Street", "Nelson Mandela Place",
           "{n} Gladstone Road",
           "{n} Churchill Way", "{n} Shakespeare Road", "Newton Business Park, Unit {n}", "{n} King Edward Street",
           "{n} Albert Embankment", "Darwin Building, {n} Marylebone Lane", "{n} Princess Anne Road",
           "{n} Mannerheimintie", "{n} Runeberginkatu"]}
POSTCODES = {"fi": ["00100 Helsinki", "00250 Helsinki", "00520 Helsinki", "02150 Espoo", "01510 Vantaa",
                    "33100 Tampere", "20100 Turku", "90100 Oulu", "40100 Jyväskylä", "65100 Vaasa", "15110 Lahti"],
             "sv": ["114 34 Stockholm", "113 29 Stockholm", "411 36 Göteborg", "211 20 Malmö", "753 20 Uppsala",
                    "00100 Helsingfors", "65100 Vasa", "22100 Mariehamn", "SE-118 20 Stockholm"],
             "en": ["W1U 6RS", "EC1A 1BB", "SE1 7PB", "M1 3BN", "LS1 4DY", "00100 Helsinki", "B3 2PP"]}
FOUNDATIONS = ["Jenny ja Antti Wihurin rahasto", "Sigrid Juséliuksen säätiö", "Emil Aaltosen säätiö",
               "Alfred Kordelinin säätiö", "Knut och Alice Wallenbergs Stiftelse", "Wellcome Trust",
               "Nobelstiftelsen", "Paulon säätiö", "Gustaf Packaléns mindefond", "Otto A. Malmin lahjoitusrahasto"]
HALLS = ["Sibelius-talo", "Alvar Aalto -sali", "Paasitorni", "Aleksanterin teatteri", "Berwaldhallen",
         "Strindbergs Intima Teater", "Royal Albert Hall", "Room Ada", "Room Turing", "Curie-huone",
         "kokoushuone Lönnrot", "Linnésalen", "Celsiushuset", "neuvotteluhuone Minna Canth", "Tesla-sali",
         "mötesrum Selma Lagerlöf", "the Hopper Room", "Kekkonen-sali"]
SHIPS = ["M/S Gabriella", "M/S Amorella", "M/S Isabelle", "M/S Rosella", "M/S Viking Grace", "M/S Finnmaid",
         "M/S Birka Stockholm", "MV Queen Mary", "m/s Baltic Princess", "M/S Aurora Botnia", "jäänmurtaja Urho",
         "isbrytaren Ymer"]
PRIZES = ["Finlandia-palkinto", "Runebergin palkinto", "Topelius-palkinto", "Augustpriset", "Nobelpriset",
          "Turner Prize", "Booker Prize", "Eino Leinon palkinto", "Pulitzer Prize", "Polarpriset"]
SCHOOLS_HOSPITALS = ["Sibelius-lukio", "Minna Canthin koulu", "Aleksis Kiven koulu", "Topeliusskolan",
                     "Mäkelänrinteen lukio", "Karolinska Universitetssjukhuset", "Sophiahemmet", "Aurora-sairaala",
                     "Marian sairaala", "St Thomas' Hospital", "Great Ormond Street Hospital",
                     "Queen Elizabeth Hospital", "King Edward VI School", "Ressun peruskoulu", "Gustav Vasa skola"]
MODELS = {"lift": ["Schindler 3300", "Schindler 5500", "Otis Gen2", "Otis Gen360", "KONE MonoSpace 500",
                   "TK Elevator evolution", "Orona 3G"],
          "hvac": ["Carrier AquaSnap 30RB", "Daikin Altherma 3", "Swegon GOLD RX 25", "Vallox 145 MV",
                   "Johnson Controls York YLAA", "Siemens Desigo CC", "Enervent Pingvin eco", "Trane CenTraVac",
                   "Honeywell Excel Web"],
          "tool": ["Hilti TE 30-A36", "Kärcher HDS 8/18", "Miele PG 8059", "Bosch Serie 8", "Makita DHR243",
                   "Dell Latitude 7450", "Philips Hue Bridge", "Amazon Alexa", "Philips IntelliVue MX450"],
          "vehicle": ["Renault Zoe", "Renault Clio", "Opel Adam", "Mercedes-Benz Vito", "Dacia Logan", "Škoda Octavia",
                      "Seat Leon", "Ford Transit Custom", "Toyota Proace", "VW Crafter", "Volvo FH16", "Scania R450",
                      "Mitsubishi Outlander PHEV", "Ford Ranger"]}


def twin(language):
    """A street named after the person of this message with an eponymous surname (CURRENT["x"]): Snellman's street
    is Snellmaninkatu, Runeberg's Runebergsgatan. The street is kept, the person's surname in the same message is a
    NAME; the two forms differ, as the words do."""
    surname = CURRENT["x"].surname
    n = R.randint(1, 60)
    if language == "sv":
        return f"{genitive_sv(surname)}{R.choice(['gatan', 'vägen', 'gränd', 'torget'])} {n}"
    return f"{generation.endings(surname, IRREGULAR)['gen']}{R.choice(['katu', 'tie', 'polku', 'kuja'])} {n}"


# The surnames of EPONYM_SURNAMES that a firm carries as it is (Paulig, Fazer, Ericsson); the others lend their name to
# streets, foundations and prizes only.
FIRM_SURNAMES = {"Paulig", "Fazer", "Hartwall", "Stockmann", "Ahlström", "Lindström", "Sinebrychoff", "Serlachius",
                 "Rettig", "Onninen", "Würth", "Berner", "Dell", "Philips", "Siemens", "Ericsson", "Schindler", "Otis",
                 "Hilti", "Kärcher", "Bosch", "Honeywell", "Ahlsell", "Wihuri", "Hackman"}


def xfirm(language):
    """The firm that bears the surname of this message's person CURRENT["x"] (Paulig), else the street named after
    them. The templates write that person's surname in the genitive beside it (Pauligin, Pauligs), so the firm and
    the person stand in the same message in different forms."""
    surname = CURRENT["x"].surname
    return surname if surname in FIRM_SURNAMES else twin(language)


def street(language):
    return R.choice(EPONYM_STREETS[language]).replace("{n}", str(R.randint(1, 99)))


def vin():
    allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice(["WF0", "W1V", "VF1", "YV1", "YS2", "WVW", "JTD", "TMB", "VF3", "WDB"]) + \
        "".join(R.choice(allowed) for _ in range(14))


def plate(language):
    letters = "ABCEFGHIJKLMNOPRSTUVXYZ"
    a = "".join(R.choice(letters) for _ in range(3))
    return {"fi": f"{a}-{R.randint(1, 999)}", "sv": R.choice([f"{a} {R.randint(10, 99)}{R.choice(letters)}",
                                                              f"{a} {R.randint(100, 999)}"]),
            "en": R.choice([f"{R.choice(letters)}{R.choice(letters)}{R.randint(10, 75)} "
                            f"{''.join(R.choice(letters) for _ in range(3))}", f"{a}-{R.randint(100, 999)}"])}[language]


CURRENT = {"x": None}
STICKY = {"crm", "firm", "epofirm", "fms", "site_fi", "site_sv", "site_en"}
LOOKS = {
    "ticket": lambda: DRAW.fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "RITM00{5}", "ÄRENDE-{6}", "HD-{3}-{4}",
                                     "SD-{5}", "CASE-{6}"])),
    "stage_fi": lambda: R.choice(["Tarjous lähetetty", "Neuvottelu", "Voitettu", "Hävitty", "Liidi", "Tarvekartoitus"]),
    "stage_en": lambda: R.choice(["Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review",
                                  "Closed Won", "Closed Lost", "Contract Sent"]),
    "stage_sv": lambda: R.choice(["Offert skickad", "Förhandling", "Vunnen", "Förlorad", "Behovsanalys"]),
    "crm": lambda: R.choice(["Salesforce Sales Cloud", "Dynamics 365 Customer Service", "HubSpot", "Pipedrive",
                             "SuperOffice", "Lime CRM", "Upsales", "Zoho CRM", "Salesforce Service Cloud"]),
    "fms": lambda: R.choice(["Granlund Manager", "Fimx", "IFS Field Service", "ServiceNow FSM", "Planon", "Tampuuri",
                             "Kiinteistönet", "Vitec Fastighet", "Dynamics 365 Field Service", "Fieldaware"]),
    "consign": lambda: DRAW.fill(R.choice(["JJFI{2}{6}{5}", "1Z{A}{A}{A}{3}{10}", "{3}{A}{A}{8}", "00{16}"])),
    "weight": lambda: f"{R.randint(40, 2400)} kg",
    "sku": lambda: DRAW.fill(R.choice(["{3}-{4}-{2}", "SKU {6}", "art. {7}", "tuote {6}", "P/N {2}{A}{4}"])),
    "site_fi": lambda: R.choice(["As Oy Kielopuisto", "Asunto Oy Snellmaninkatu 10", "Kiinteistö Oy "
                                 "Topeliuksenkatu 41", "As Oy Helsingin Runeberg", "Kauppakeskus Iso Omena",
                                 "Kiinteistö Oy Mannerheimintie 14", "As Oy Tampereen Aleksanteri",
                                 "Koulukeskus Aleksis Kivi"]),
    "site_sv": lambda: R.choice(["Brf Strindberg 12", "Brf Linnéan", "Bostads Ab Runebergsgatan 4",
                                 "Fastighets AB Karlavägen 100", "Brf Selma", "Kv. Gustav Vasa 3"]),
    "site_en": lambda: R.choice(["Wellington House", "Victoria Plaza", "Darwin Court", "Churchill Tower",
                                 "Gladstone Business Centre", "Shakespeare House, Block B"]),
    "alarmlift_fi": lambda: R.choice(["E52 ovipiirivika", "hälytys: hissi pysähtynyt kerrosten väliin",
                                      "vikakoodi F28 (ovikoneisto)", "hätäpuhelu korista", "turvapiiri auki"]),
    "alarmhvac_fi": lambda: R.choice(["TE10 +16,8 °C alaraja", "painehälytys 2,4 bar", "palopelti PP-07 ei kuittaa",
                                      "HP-hälytys kompressori 1", "suodatinvahti 350 Pa"]),
    "alarmlift_en": lambda: R.choice(["Fault 0207 door zone", "Entrapment alarm", "Lift out of service – safety chain "
                                      "open", "Door operator fault E31"]),
    "alarmhvac_en": lambda: R.choice(["AHU-2 supply temp low 14.2 °C", "High pressure trip, circuit B",
                                      "Filter dP 410 Pa", "Chiller CH-1 flow switch"]),
    "alarmlift_sv": lambda: R.choice(["Hiss stannat mellan våningar", "Fel 27: dörrkontakt", "Nödsamtal från korgen"]),
    "alarmhvac_sv": lambda: R.choice(["Larm: högtryck LP", "Tilluft 15,1 °C under gräns", "Brandspjäll BSK-3 ur "
                                      "funktion", "Filtervakt 380 Pa"]),
    "odo": lambda: f"{R.randint(4, 389)} {R.randint(100, 999)} km",
    "vin": vin,
    "plate_fi": lambda: plate("fi"), "plate_sv": lambda: plate("sv"), "plate_en": lambda: plate("en"),
    "firm": lambda: R.choice(FIRMS),
    "epofirm": lambda: R.choice(EPONYM_FIRMS),
    "epofirm2": lambda: R.choice(EPONYM_FIRMS),
    "street_fi": lambda: street("fi"), "street_sv": lambda: street("sv"), "street_en": lambda: street("en"),
    "postcode_fi": lambda: R.choice(POSTCODES["fi"]), "postcode_sv": lambda: R.choice(POSTCODES["sv"]),
    "postcode_en": lambda: R.choice(POSTCODES["en"]),
    "twin_fi": lambda: twin("fi"), "twin_sv": lambda: twin("sv"),
    "xfirm_fi": lambda: xfirm("fi"), "xfirm_sv": lambda: xfirm("sv"),
    "foundation": lambda: R.choice(FOUNDATIONS),
    "hall": lambda: R.choice(HALLS),
    "ship": lambda: R.choice(SHIPS),
    "prize": lambda: R.choice(PRIZES),
    "school": lambda: R.choice(SCHOOLS_HOSPITALS),
    "model": lambda: R.choice(MODELS["lift"] + MODELS["hvac"] + MODELS["tool"]),
    "model_lift": lambda: R.choice(MODELS["lift"]), "model_hvac": lambda: R.choice(MODELS["hvac"]),
    "model_vehicle": lambda: R.choice(MODELS["vehicle"]),
    "service_fi": lambda: DRAW.fill(R.choice(SERVICE_LINES["fi"])),
    "service_en": lambda: DRAW.fill(R.choice(SERVICE_LINES["en"])),
    "service_sv": lambda: DRAW.fill(R.choice(SERVICE_LINES["sv"])),
    "title_fi": lambda: R.choice(["ostopäällikkö", "hankintajohtaja", "talouspäällikkö", "kiinteistöpäällikkö",
                                  "toimitusjohtaja", "logistiikkapäällikkö", "tuotantopäällikkö", "isännöitsijä",
                                  "huoltopäällikkö", "asiakkuuspäällikkö"]),
    "title_en": lambda: R.choice(["Head of Procurement", "Facilities Manager", "Finance Director", "Category Buyer",
                                  "Operations Manager", "Key Account Manager", "Site Supervisor",
                                  "Head of Workplace"]),
    "title_sv": lambda: R.choice(["inköpschef", "fastighetschef", "ekonomichef", "driftchef", "kundansvarig",
                                  "förvaltare", "logistikchef", "vd"]),
    "role_fi": lambda: R.choice(["asiakkuuspäällikkö", "myyntineuvottelija", "asiakaspalvelija", "huoltoesimies",
                                 "kenttähuollon koordinaattori", "palvelupäällikkö", "tukihenkilö",
                                 "ajojärjestelijä"]),
    "role_en": lambda: R.choice(["Key Account Manager", "Customer Success Manager", "Service Coordinator",
                                 "Field Service Dispatcher", "Inside Sales", "Service Desk Analyst",
                                 "Partner Manager"]),
    "role_sv": lambda: R.choice(["kundansvarig säljare", "servicekoordinator", "kundtjänstmedarbetare",
                                 "arbetsledare", "kundservice", "partneransvarig"]),
    "unit_fi": lambda: R.choice(["Yritysmyynti", "Asiakkuudet / Suuryritykset", "Kenttähuolto", "Asiakaspalvelu",
                                 "Kiinteistöpalvelut", "Logistiikka"]),
    "unit_en": lambda: R.choice(["Enterprise Accounts", "Field Operations", "Customer Care", "Channel Sales",
                                 "Facilities Services", "Logistics"]),
    "unit_sv": lambda: R.choice(["Företagsförsäljning", "Fältservice", "Kundtjänst", "Fastighetsservice",
                                 "Logistik"]),
    "system": lambda: R.choice(["ServiceNow", "TOPdesk", "Efecte", "Jira Service Management", "Zendesk",
                                "Freshdesk", "Dynamics 365", "Salesforce"]),
    "nameword_fi": lambda: R.choice(["voitto kotiin", "rauha maassa", "halla vei", "tuuli yltyy", "valo palaa",
                                     "into puuttui", "aarre löytyi", "ilta venyi", "usko koetuksella"]),
    "nameword_en": lambda: R.choice(["bill of lading", "PAT test", "will call", "jack up the unit", "mark the pallet",
                                     "chase the supplier", "grant access", "a frank chat", "sue the carrier",
                                     "rich text field"]),
    "nameword_sv": lambda: R.choice(["dag för dag", "stig in", "ros till montören", "klara besked", "axeln värker",
                                     "vid liv", "bo kvar", "sol och vår"]),
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    "ytunnus": DRAW.ytunnus, "orgnr": lambda: DRAW.fill("556{3}-{4}"),
    "amount_fi": lambda: f"{R.randint(1, 90)} {R.randint(100, 999)},{R.randint(0, 99):02d} €",
    "amount_en": lambda: R.choice([f"£{R.randint(1, 90)},{R.randint(100, 999)}.{R.randint(0, 99):02d}",
                                   f"€{R.randint(1, 900)}.{R.randint(0, 99):02d}"]),
    "amount_sv": lambda: f"{R.randint(1, 900)} {R.randint(100, 999)} kr",
    "weekday_fi": lambda: R.choice(["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]),
    "weekday_en": lambda: R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "weekday_sv": lambda: R.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag"]),
    "city": lambda: R.choice(["Tampere", "Oulu", "Vaasa", "Lahti", "Kuopio", "Espoo", "Göteborg", "Västerås",
                              "Uppsala", "Leeds", "Bristol", "Seinäjoki", "Kokkola", "Porvoo", "Kotka"]),
    "count": lambda: str(R.randint(2, 480)),
}
LOOKS.update(DRAW.worded(
    case={"fi": ["CAS-{5}-{A}{x}{A}{2}", "00{6}", "#{9}", "{6}"], "en": ["CAS-{5}-{A}{x}{A}{2}", "00{6}", "#{9}"],
          "sv": ["CAS-{5}-{A}{x}{A}{2}", "00{6}", "{7}", "#{9}"]},
    account={"fi": ["001{A}{x}00000{A}{x}{A}{2}", "ACC-{6}", "asiakasnumero {7}", "AN{7}"],
             "en": ["001{A}{x}00000{A}{x}{A}{2}", "ACC-{6}", "Account #{5}", "AN{7}"],
             "sv": ["kundnr {6}", "ACC-{6}", "kund {7}"]},
    opp={"fi": ["OPP-{5}", "006{A}{x}000{4}{A}{A}", "MM-{4}-{3}"], "en": ["OPP-{5}", "006{A}{x}000{4}{A}{A}",
         "Deal {8}"], "sv": ["OPP-{5}", "Affär {5}", "006{A}{x}000{4}{A}{A}"]},
    contract={"fi": ["SOP-2027-{4}", "HS-{5}", "{6}"], "en": ["C-{6}", "MSA-{4}/{2}", "SLA-{5}"],
              "sv": ["{2}-{5}", "SA-{6}", "MSA-{4}/{2}"]},
    pct={"fi": ["{1},{1} %", "{1} %"], "en": ["{1}.{1}%", "{1}%", "{1}.{1} per cent"],
         "sv": ["{1},{1} %", "{1} procent"]},
    order={"fi": ["tilaus {7}", "SO-{6}", "ostotilaus 45{8}"], "en": ["PO {8}", "SO-{6}", "Order {2}-{6}"],
           "sv": ["beställning {7}", "SO-{6}", "order {2}-{6}"]},
    dnote={"fi": ["lähete {8}", "rahtikirja {9}", "CMR {7}"], "en": ["DN{7}", "CMR {7}", "POD-{6}"],
           "sv": ["följesedel {7}", "fraktsedel {9}", "CMR {7}"]},
    pallets={"fi": ["{1} lavaa", "{1} EUR-lavaa", "{2} kollia"], "en": ["{1} pallets", "{2} cartons", "{1} crates"],
             "sv": ["{1} EUR-pallar", "{2} kolli", "{1} pallar"]},
    qty={"fi": ["{2} kpl", "{1} kpl"], "en": ["{2} pcs", "{1} units"], "sv": ["{2} st", "{1} st"]},
    wo={"fi": ["TM-{6}", "huoltotilaus {7}", "WO-{7}"], "en": ["WO-{7}", "SR-{6}", "Job {6}"],
        "sv": ["AO {6}", "arbetsorder {6}", "WO-{7}"]},
    siteid={"fi": ["kohde {4}", "HEL-{3}", "kiinteistötunnus {3}-{3}-{4}-{4}"], "en": ["Site ID LON-{3}", "Site {5}"],
            "sv": ["fastighet {4}-{3}", "objekt {5}", "STH-{3}"]},
    lift={"fi": ["hissi A (nro {6})", "hissi B, laitenro 4{7}", "rappu C:n hissi"], "en": ["Lift 2, equipment no. 4{7}",
          "Lift A ({6})", "Car 3, unit {6}"], "sv": ["Hiss 2, nr {6}", "hiss A (anl. {6})", "trapphus B:s hiss"]},
    hvac={"fi": ["IV-kone TK0{1}", "LTO-kone {2}", "kylmäkone KK{2}", "lämmönjakohuone LJH-{1}"],
          "en": ["AHU-{1}", "chiller CH-{2}", "VAV {3}", "FCU-{2}"], "sv": ["TA-aggregat LA0{1}", "kylmaskin KM{2}",
          "undercentral UC-{1}"]},
    key={"fi": ["avain 45/{1}", "avainnippu K-{2}", "Abloy-avain 7{3}", "iLOQ {5}", "sarjoitus {3}-{2}"],
         "en": ["key tag #{3}", "key set K-{2}", "fob {5}"], "sv": ["nyckel nr {3}", "nyckelknippa {2}", "tagg {5}"]},
    doorcode={"fi": ["ovikoodi {4}#", "koodi {4}"], "en": ["door code {4}*", "keypad {4}"], "sv": ["portkod {4}",
              "kod {4}#"]},
    flat={"fi": ["A {2}", "B {1}", "C {2}", "as. {2}"], "en": ["Flat {1}B", "Unit {2}", "Flat {2}"],
          "sv": ["lgh 1{3}", "lgh {2}", "bostad {2}"]},
    floor={"fi": ["{1}. krs", "{1}. kerros"], "en": ["floor {1}", "level {1}"], "sv": ["våning {1}", "plan {1}"]},
    window={"fi": ["klo 8–1{1}", "klo 7.30–1{1}.00"], "en": ["08:00–1{1}:00", "between 8 and 1{1}"],
            "sv": ["kl. 8–1{1}", "kl. 07–1{1}"]},
    sla={"fi": ["P1 / 2 h", "P2 / 4 h", "prioriteetti 2", "kiireellinen (4 h)"], "en": ["P1 / 2 h", "P2 / 4 h",
         "SLA 8 h", "NBD"], "sv": ["prioritet 1", "P2 / 4 h", "akut (2 h)"]},
    csat={"fi": ["CSAT {1}/5", "arvosana {1}/5", "NPS {1}"], "en": ["CSAT {1}/5", "NPS {1}", "CES {1}/7"],
          "sv": ["kundnöjdhet {1} av 5", "NPS {1}", "CSAT {1}/5"]},
    pricelist={"fi": ["Hinnasto 2027", "hinnasto 1.3.2027"], "en": ["Price list Q1/2027", "2027 rate card"],
               "sv": ["Prislista 2027", "prislista 1/3 2027"]},
    fuelcard={"fi": ["Neste-kortti nro 7{5}", "St1-kortti {4}"], "en": ["fuel card ending {4}", "Allstar card {4}"],
              "sv": ["tankkort {5}", "Preem-kort {4}"]},
    queue={"fi": ["Yritysasiakkaat", "Kenttähuolto / päivystys", "Reklamaatiot", "Avainasiakkaat"],
           "en": ["Key Accounts", "Deliveries & Claims", "L1 B2B", "Partner Desk"],
           "sv": ["Fastighet", "Företagskunder", "Reklamationer", "Fältservice"]},
    invoice={"fi": ["lasku {8}"], "en": ["INV-{6}", "Invoice {8}"], "sv": ["faktura {7}"]},
))
LOOKS.update({"date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
              "date_sv": lambda: CLOCK.day_text("sv")})


# ---------------------------------------------------------------------------------------------------------------------
# The shapes: one template each, in the language its kind of text is written in. s is the register's known person (the
# customer's contact, caller, resident or buyer whose case it is); a-h are third parties (account managers, approvers,
# technicians, drivers, building managers, colleagues); x bears a surname that is also a firm's or a street's (Paulig,
# Snellman, Runeberg) and is a NAME like anyone. ⟦ ⟧ stand for square brackets and ⦃ ⦄ for the braces of JSON.

SHAPES = [
    # ---- Finnish: B2B customer service and account management
    ("yhteyskortti_fi", "fi",
     "{L:crm} – Yhteyshenkilö\n\nNimi: {s.gs}\nTitteli: {L:title_fi}\nYritys: {L:firm}\nMatkapuhelin: {phone:s}\n"
     "Sähköposti: {mail:s}\nKäyntiosoite: {L:street_fi}, {L:postcode_fi}\nAsiakkuuden omistaja: {a.gs} ({user:a})\n"
     "Asiakasnumero: {L:account}\n\nMuistiinpanot\n{L:date_fi} {a.g}: {s.g} siirtyi {L:epofirm2}-yhtiöstä meille "
     "ostajaksi. Esihenkilö {b.gs} ({phone:b}) hyväksyy yli {L:amount_fi} tilaukset. Varahenkilönä {c.gs}.\n"
     "Huom. {x.gs.gen} työnantaja on {L:epofirm2}, ei {L:xfirm_fi}, vaikka sitä kysytään usein.\n"),
    ("aktiviteetit_fi", "fi",
     "Aktiviteettihistoria – {L:firm} ({L:account})\n\n{L:stamp} Puhelu kirjattu: {a.gs} → {s.gs} ({phone:s}). "
     "Asiakas pyysi tarjousta {L:model}-laitteista.\n{L:stamp} Sähköposti lähetetty: {s.gs} <{mail:s}>, aihe "
     "\"Tarjous {L:opp}\".\n{L:stamp} Tapaaminen: {a.gs}, {b.gs}, {s.gs} – {L:hall}.\n{L:stamp} Tehtävä "
     "annettu {c.gs.all}: soita {x.gs.all} ({phone:x}) hinnoista.\n{L:stamp} Puhelu kirjattu: {c.gs} → "
     "{x.gs}, ei vastausta.\n"),
    ("myyntimahdollisuus_fi", "fi",
     "Myyntimahdollisuus {L:opp}: {L:firm} – huoltosopimus\nVaihe: {L:stage_fi}\nArvo: {L:amount_fi}\nOmistaja: "
     "{a.gs}\n\nMuistiinpano ({L:date_fi}):\nTapasin {s.gs.gen} ja heidän talouspäällikkönsä {b.gs.gen} "
     "toimistolla osoitteessa {L:twin_fi}. Päätöksen tekee {b.g}, mutta {s.g} valmistelee. Kilpailijana "
     "{L:epofirm}. {x.gs} {L:epofirm2}-konsernista kehui meitä {s.g.all}.\nSeuraava askel: {c.gs} lähettää "
     "tarjouksen {L:weekday_fi}.\n"),
    ("asiakkuuden_siirto_fi", "fi",
     "Aihe: Avainasiakkuuden siirto – {L:firm}\n\nHei {b.g},\n\nsiirrän {L:firm}-asiakkuuden sinulle {L:date_fi} "
     "alkaen, kun aloitan uudessa tehtävässä. Tärkeimmät yhteyshenkilöt:\n- {s.gs}, {L:title_fi}, {phone:s} "
     "(päättää hankinnoista)\n- {c.gs}, {L:title_fi}, {phone:c}\n- {d.gs} (laskutus), {mail:d}\n\n{s.g} "
     "arvostaa suoraa puhetta; {c.g.ade} on taipumus venyttää vastauksia. Sopimus {L:contract} päättyy "
     "{L:date_fi}. Muista kutsua {s.g} {L:hall}-tilaisuuteen; {L:firm} "
     "sponsoroi myös {L:prize}-gaalaa.\n\nTerveisin\n{a.gs}\n{L:role_fi}, "
     "{L:unit_fi}\n{phone:a}\n"),
    ("tyytyvaisyys_fi", "fi",
     "Asiakastyytyväisyyskyselyn seuranta ({L:case})\n\nVastaaja: {s.gs}, {L:firm}\nArvio: {L:csat}\nVapaa "
     "palaute: \"Asentaja {c.gs} oli ammattitaitoinen, mutta kukaan ei ilmoittanut viivästyksestä. "
     "Yhteyshenkilömme {d.gs} joutui soittamaan kolme kertaa.\"\n\nSoitin {s.gs.all} {L:date_fi} numeroon "
     "{phone:s}. Sovimme, että {b.gs} käy kohteessa {L:street_fi}. {s.g} toivoi, että jatkossa {c.g} "
     "hoitaa huollot myös kohteessa {L:school} – {L:nameword_fi}.\n– {a.gs}, {L:role_fi}\n"),
    ("sopimuksen_uusiminen_fi", "fi",
     "Aihe: Huoltosopimuksen {L:contract} uusiminen\n\nHyvä {s.gs},\n\nnykyinen sopimuksenne päättyy {L:date_fi}. "
     "Uusi kausi alkaa automaattisesti, ellei sitä irtisanota. Hyväksyjäksi on merkitty {b.gs} ({L:title_fi}); "
     "pyydämme {b.gs.abl} allekirjoituksen sähköisesti.\n\nKohteet: {L:site_fi}, {L:street_fi}\nHinta: "
     "{L:amount_fi}/v (alv 0 %)\n\nLisätietoja antaa asiakkuuspäällikkönne {a.gs}, {phone:a}, tai hänen "
     "poissa ollessaan {c.gs}. Vaihde {L:service_fi}.\n\nYstävällisin terveisin\n{a.gs}\n{L:epofirm}\n"),
    ("hinnanmuutos_fi", "fi",
     "Hinnanmuutosilmoitus – {L:pricelist}\n\nVastaanottaja: {s.gs}, {L:firm}\nTiedoksi: {b.gs}, {c.gs}\n\n"
     "Hyvä asiakkaamme,\n\n{L:date_fi} alkaen huoltotöiden hinnat nousevat {L:pct} ja matkakulut {L:pct}. "
     "Muutos koskee sopimusta {L:contract}. Kiinteistönne {L:twin_fi} huollot hoitaa edelleen {d.gs}.\n\n"
     "Hyväksykää muutos ilmoittamalla {a.gs.all} ({mail:a}) {L:date_fi} mennessä.\n"),
    ("kumppaniportaali_fi", "fi",
     "Kumppaniportaali – uusi kauppailmoitus ({L:opp})\n\nJälleenmyyjä: {L:firm}\nIlmoittaja: {s.gs}, "
     "{phone:s}, {mail:s}\nLoppuasiakas: {L:epofirm2}, yhteyshenkilö {x.gs}\nTuotteet: {L:model} × "
     "{L:qty}\nArvioitu arvo: {L:amount_fi}\n\nKanavapäällikkö {a.gs} hyväksyi ilmoituksen {L:date_fi}. "
     "{x.s} on tavattu aiemmin {b.gs.gen} kanssa messuilla. Kysymykset: {c.gs}, {phone:c}.\n"),
    ("tilausvahvistus_fi", "fi",
     "Tilausvahvistus {L:order}\n\nTilaaja: {L:firm}, {s.gs}\nToimitusosoite: {L:street_fi}, {L:postcode_fi}\n"
     "Vastaanottaja paikan päällä: {c.gs}, puh. {phone:c}\nTilauksen hyväksyjä: {b.gs}\n\nRivit\n{L:sku} "
     "{L:model} {L:qty} {L:amount_fi}\n{L:sku} asennustarvikkeet {L:qty}\n\nToimitus {L:date_fi} {L:window}, "
     "{L:pallets}, Ahvenanmaalle laivalla {L:ship}. Kuljetusliike ilmoittaa kuljettajan nimen ja numeron päivää "
     "ennen.\nMyyjä: {a.gs}, "
     "{L:epofirm}\n"),
    ("toimitusriita_fi", "fi",
     "Reklamaatio {L:case}: toimitus {L:dnote} – vaurioitunut lava\n\n{s.gs} ({L:firm}) soitti {L:hour}: "
     "kuljettaja {c.gs} jätti {L:pallets} lastauslaiturille kuittaamatta. {s.g} kuvasi vauriot. "
     "Kuljettajan mukaan vastaanottajana kuittasi {d.gs}, mutta {d.g} oli {s.gs.gen} mukaan lomalla.\n\n"
     "Kuljetusliikkeen ajojärjestelijä {e.gs} ({phone:e}) lupasi selvittää. {c.g.gen} numero {phone:c}. "
     "Hyvitys {L:amount_fi} tilille {iban:s}, kun {b.gs} hyväksyy.\n"),
    # ---- Finnish: field service and facilities
    ("tyomaarays_fi", "fi",
     "Työmääräys {L:wo} – {L:sla}\n\nKohde: {L:site_fi}, {L:street_fi}, {L:postcode_fi}\nLaite: {L:lift} "
     "({L:model_lift})\nVika: {L:alarmlift_fi}\n\nIlmoittaja: {s.gs}, {phone:s}\nYhteyshenkilö kohteessa: "
     "{c.gs}, {phone:c}\nIsännöitsijä: {d.gs} ({L:epofirm2}), {phone:d}\nAsentaja: {b.gs}, {phone:b}\n"
     "Avaimet: {L:key}, {doorcode:b}\n\nLähetti: {a.gs}, {L:role_fi}. {b.g} on kohteessa arviolta "
     "{L:hour}.\n"),
    ("huoltoraportti_fi", "fi",
     "Huoltoraportti {L:wo}\n\nKohde: {L:site_fi}, {L:twin_fi}\nLaite: {L:model_hvac}, {L:hvac}\nKäynti: {L:date_fi} "
     "{L:hour}–{L:hour}\n\nTehdyt toimenpiteet: vaihdettiin suodattimet, tarkastettiin {L:alarmhvac_fi}. "
     "Tilaajan edustaja {s.gs} kuittasi työn. Laskutus sopimuksen {L:contract} mukaan; "
     "{L:nameword_fi}.\n\nAllekirjoitukset\n"
     "Asentaja: {b.gs}\nAsiakas: {s.gs}\nLisätyötarjous lähetetään {c.gs.all}; {x.gs} ({phone:x}) "
     "vastaa kiinteistön varaosista.\n"),
    ("kulkulista_fi", "fi",
     "Kulkuoikeuslista – {L:site_fi} ({L:siteid})\n\nnimi;yritys;avain;voimassa;puhelin\n"
     "\"{s.sgc}\";{L:firm};{L:key};{L:date_fi};{phone:s}\n\"{b.sgc}\";{L:epofirm};{L:key};{L:date_fi};{phone:b}\n"
     "\"{c.sgc}\";{L:epofirm2};{L:key};{L:date_fi};{phone:c}\n"
     "\"{x.sgc}\";{L:firm};{L:key};{L:date_fi};{phone:x}\n\nLista päivitetty "
     "{L:stamp}, päivittäjä {a.gs}. {c.g.all} luovutetaan {doorcode:c} vasta perehdytyksen jälkeen.\n"),
    ("hissihalytys_fi", "fi",
     "HÄLYTYS {L:stamp} – {L:lift}\n{L:alarmlift_fi}\nKohde: {L:street_fi}, {L:postcode_fi} ({L:siteid})\n\n"
     "Hätäpuhelu hissistä {L:hour}: soittaja {s.gs}, takaisinsoittonumero {phone:s}.\nOhjattu "
     "päivystäjälle {b.gs} ({phone:b}) {L:hour}. {b.g} kuittasi, arvioitu saapuminen {L:hour}.\n"
     "Isännöitsijälle {d.gs.all} ilmoitettu tekstiviestillä numeroon {phone:d}. Huoltoyhtiön "
     "päivystys {L:service_fi}.\n"),
    ("iv_halytys_fi", "fi",
     "{L:fms}: hälytysloki {L:siteid}\n\n{L:stamp} {L:hvac} {L:alarmhvac_fi} → reititetty: {b.gs}\n{L:stamp} "
     "kuittaamaton 15 min → eskaloitu: {c.gs}, {phone:c}\n{L:stamp} {c.g} kuittasi etänä\n{L:stamp} "
     "{L:hvac} {L:alarmhvac_fi} → reititetty: {b.gs}\n\nVuoroviikon päivystäjät: {b.gs} ({phone:b}) ja {c.gs}.\n"
     "Tekniseltä isännöitsijältä {d.gs.abl} kysytty lupa {L:model_hvac}-laitteen ohjauksen muutokseen. Tilaaja: "
     "{s.gs}.\n"),
    ("isannoitsijan_tiedote_fi", "fi",
     "TIEDOTE ASUKKAILLE – {L:site_fi}\n\nHyvät asukkaat,\n\nporraskäytävän {L:lift} huolletaan "
     "{L:weekday_fi} {L:date_fi} {L:window}. Huollon tekee {L:epofirm}, asentajana {b.gs}. Vesikatko koskee "
     "myös asuntoa {L:flat}.\n\nAsukas {s.gs} ({L:flat}) on ilmoittanut, ettei pääse kotiin ilman hissiä; "
     "{b.g} järjestää avustuksen.\n\nLisätietoja: isännöitsijä {a.gs}, {phone:a}, {mail:a}\n"
     "Huoltoyhtiö, kiinteistönhoitaja {c.gs}, {phone:c}\nHallitus / pj. {x.gs}\n"),
    ("muuttotiketti_fi", "fi",
     "Toimistomuutto {L:ticket}: {L:street_fi} → {L:twin_fi}\n\nPyytäjä: {s.gs} ({user:s}), {phone:s}\n"
     "Muuttopäivä: {L:date_fi}\nMuuttajat: {b.gs}, {c.gs}, {d.gs}\nTyöpisteet: {L:count}, {L:floor}\n\n"
     "{s.g} huomautti, että {c.gs.gen} näyttö ja {d.gs.gen} telakka puuttuvat listasta. Muuttofirman "
     "työnjohtaja {e.gs} ({phone:e}) soittaa {s.g.all} edellisenä päivänä. Avaimet luovuttaa {x.gs}.\n"),
    ("kalusto_fi", "fi",
     "Kalustotiketti {L:ticket} – huoltoauto {L:plate_fi}\n\nAjoneuvo: {L:model_vehicle}, VIN {L:vin}\nKm-lukema: "
     "{L:odo}\nKäyttäjä: {s.gs}, {phone:s}\nVarakäyttäjä: {b.gs}\n\nVika: takaluukku ei lukitu. {s.g} vei auton "
     "korjaamolle {L:date_fi}; korjaamolla yhteyshenkilö {c.gs} ({phone:c}). Sijaisautona {L:plate_fi} "
     "({L:model_vehicle}), avaimet {b.gs.abl}.\nPolttoainekortti: {L:fuelcard}\nKalustopäällikkö: {a.gs}\n"),
    ("avainluovutus_fi", "fi",
     "Avainluovutuspöytäkirja – {L:site_fi}, {L:flat}\n\nVuokralainen: {s.gs}\nHenkilötunnus: {hetu:s}\n"
     "Puhelin: {phone:s}\nLuovutetut avaimet: {L:key}, {L:key}\nLuovuttaja: {b.gs}, kiinteistönhoitaja\n"
     "Päivämäärä: {L:date_fi}\n\nVuokravakuus palautetaan tilille {iban:s}. Puoliso {k.gs} kuittasi "
     "autopaikan avaimen. Isännöitsijä {a.gs} ({L:epofirm2}).\n"),
    ("hubspot_csv_fi", "fi",
     "Vienti {L:crm} {L:date_fi} – yhteyshenkilöt, {L:firm}\netunimi;sukunimi;titteli;matkapuhelin;omistaja;"
     "elinkaaren vaihe\n{s.g};{s.s};{L:title_fi};{phone:s};{a.gs};{L:stage_fi}\n{c.g};{c.s};{L:title_fi};"
     "{phone:c};{a.gs};{L:stage_fi}\n{d.g};{d.s};{L:title_fi};{phone:d};{b.gs};{L:stage_fi}\n{x.g};{x.s};"
     "{L:title_fi};{phone:x};{b.gs};{L:stage_fi}\n\n{e.gs} huomautti: {d.gs.gen} rivi on kaksoiskappale.\n"),
    ("reklamaatio_fi", "fi",
     "Aihe: Asennus {L:wo} – reklamaatio\n\nHei,\n\nasentajanne {b.gs} kävi {L:date_fi} asentamassa "
     "{L:model_hvac}-laitteen osoitteeseen {L:street_fi}. Laite hälyttää jatkuvasti ({L:alarmhvac_fi}). Soitin "
     "{b.g.all} "
     "kahdesti, mutta hän ohjasi minut esihenkilölleen {c.gs.all}, joka ei vastaa.\n\nPyydän korjausta "
     "{L:sla}.\n\nTerveisin\n{s.gs}\n{L:title_fi}, {L:firm}\n{phone:s}\n"),
    ("asukasportaali_fi", "fi",
     "Vikailmoitus asukasportaalista ({L:case})\n\nIlmoittaja: {s.gs}, {L:site_fi} {L:flat}\nPuhelin: {phone:s}\n"
     "Sähköposti: {mail:s}\nVika: keittiön hana vuotaa, ilmanvaihto ({L:hvac}) pitää ääntä.\nSaa käyttää "
     "yleisavainta: kyllä\nLemmikki: kissa\n\nOhjattu: {b.gs}, kiinteistönhoitaja ({phone:b})\nNaapuri {c.gs} "
     "({L:flat}) ilmoitti saman vian {L:date_fi}. Isännöitsijä {a.gs} tiedotettu.\n"),
    # ---- English: B2B customer service and account management
    ("sf_contact_en", "en",
     "Contact: {s.gs}\nTitle: {L:title_en}\nAccount Name: {L:firm}\nMobile: {phone:s}\nEmail: {mail:s}\n"
     "Mailing Address: {L:street_en}, {L:postcode_en}\nContact Owner: {a.gs} ({user:a})\nReports To: {b.gs}\n"
     "Lead Source: Trade fair, {L:hall}\n\nNotes\n{s.g} previously bought through {L:epofirm2}. Assistant "
     "{c.gs} ({phone:c}) manages the diary. The landlord's contact for the office at {L:twin_fi} is {x.gs}.\n"),
    ("activity_en", "en",
     "Activity History – {L:firm} ({L:account})\n\n{L:stamp} Call logged by {a.gs}: spoke to {s.gs} "
     "({phone:s}), wants a quote for {L:model}.\n{L:stamp} Email sent to {s.gs} <{mail:s}>: \"Quote "
     "{L:opp}\"\n{L:stamp} Task assigned to {c.gs}: call {x.gs} at {L:epofirm2} on {phone:x}\n{L:stamp} "
     "Call logged by {c.gs}: no answer, left voicemail\n{L:stamp} Meeting: {a.gs}, {b.gs}, {s.gs} – {L:hall}\n"),
    ("opportunity_en", "en",
     "Opportunity {L:opp}: {L:firm} – HVAC service renewal\nStage: {L:stage_en}\nAmount: {L:amount_en}\n"
     "Close Date: {L:date_en}\nOwner: {a.gs}\n\nNext steps: {s.gs} ({L:title_en}) to confirm budget with "
     "{b.gs}. Competing bid from {L:epofirm}. {c.gs} from our side to run the site survey at {L:street_en}; "
     "{x.gs} at the landlord ({phone:x}) holds the keys. {s.g} mentioned the {L:foundation} grant.\n"),
    ("handover_en", "en",
     "Subject: Key account handover – {L:firm}\n\nHi {b.g},\n\nas of {L:date_en} you own {L:firm}. Key people:\n"
     "* {s.gs} – {L:title_en}, decision maker, {phone:s}\n* {c.gs} – {L:title_en}, {phone:c}, prefers email "
     "({mail:c})\n* {d.gs} – accounts payable\n\n{s.g} sits on the {L:prize} committee and is sceptical after the "
     "{L:model} recall; {c.g} is our "
     "champion. Renewal of {L:contract} is due {L:date_en}. {e.gs} in finance knows the payment history.\n\n"
     "Cheers,\n{a.gs}\n{L:role_en}, {L:unit_en}\nM {phone:a}\n"),
    ("csat_en", "en",
     "CSAT follow-up ({L:case})\n\nRespondent: {s.gs}, {L:firm}\nScore: {L:csat}\nComment: \"Engineer {c.gs} "
     "was great, but nobody told us the visit had moved. Our office manager {d.gs} chased three times.\"\n\n"
     "Called {s.g} on {phone:s} on {L:date_en}. Agreed that {b.gs} will visit {L:site_en} and that {c.g} "
     "stays on the account. {L:nameword_en}.\n– {a.gs}, {L:role_en}\n"),
    ("renewal_en", "en",
     "Subject: Price change notice – {L:pricelist}\n\nDear {s.gs},\n\nFrom {L:date_en} our service rates rise by "
     "{L:pct} under contract {L:contract}. Your approver on file is {b.gs} ({L:title_en}); we need {b.g}'s "
     "sign-off by {L:date_en}.\n\nSites covered: {L:site_en}, {L:street_en}\n\nYour account manager {a.gs} "
     "({phone:a}) or, while {a.g} is away, {c.gs} can answer questions. Switchboard {L:service_en}.\n\n"
     "Kind regards,\n{a.gs}\n{L:epofirm}\n"),
    ("partner_portal_en", "en",
     "Partner Portal – Deal Registration {L:opp}\n\nPartner: {L:firm}\nSubmitted by: {s.gs}, {phone:s}, "
     "{mail:s}\nEnd customer: {L:epofirm2}, contact {x.gs}\nProducts: {L:model} × {L:qty}\nEstimated value: "
     "{L:amount_en}\n\nApproved by channel manager {a.gs} on {L:date_en}. {x.s} met {b.gs} at the {L:hall} "
     "event. Questions: {c.gs}, {phone:c}.\n"),
    ("delivery_dispute_en", "en",
     "Claim {L:case}: delivery {L:dnote} – {L:pallets} damaged\n\n{s.gs} ({L:firm}) called at {L:hour}. Driver "
     "{c.gs} left the goods at the loading bay without a signature; the POD shows \"{d.gs}\", who according "
     "to {s.g} was on leave. {L:nameword_en} – the carrier's dispatcher {e.gs} ({phone:e}) will check the "
     "tracker. Driver's mobile: {phone:c}. Consignment {L:consign}, shipped on {L:ship}.\nCredit of {L:amount_en} "
     "pending "
     "approval by {b.gs}.\n"),
    # ---- English: field service
    ("work_order_en", "en",
     "Work Order {L:wo} – Priority {L:sla}\n\nSite: {L:site_en}, {L:street_en}, {L:postcode_en}\nAsset: "
     "{L:hvac} ({L:model_hvac})\nFault: {L:alarmhvac_en}\n\nCaller: {s.gs}, {phone:s}\nSite contact: {c.gs}, "
     "{phone:c}\nBuilding manager: {d.gs}, {phone:d}\nAssigned engineer: {b.gs}, {phone:b}\nAccess: "
     "{L:key}, {doorcode:b}\n\nDispatched by {a.gs}. ETA {L:hour}.\n"),
    ("visit_report_en", "en",
     "Service Visit Report {L:wo}\n\nCustomer: {L:firm}\nSite: {L:site_en}, {L:twin_fi}\nEquipment: {L:model_lift}, "
     "{L:lift}\nArrived {L:hour}, left {L:hour}, {L:date_en}\n\nWork done: replaced the door operator belt, "
     "tested {L:alarmlift_en}. {L:nameword_en} done on the controller.\n\nEngineer: {b.gs}\nCustomer signature: "
     "{s.gs}\nFollow-up quote to {c.gs}; spares via {x.gs} ({phone:x}).\n"),
    ("lift_alarm_en", "en",
     "ALARM {L:stamp} – {L:lift}\n{L:alarmlift_en}\nSite: {L:school}, {L:street_en} ({L:siteid})\n\nEmergency call "
     "from the "
     "car at {L:hour}: caller {s.gs}, call-back {phone:s}.\nRouted to on-call engineer {b.gs} ({phone:b}) at "
     "{L:hour}; acknowledged, ETA {L:hour}.\nBuilding manager {d.gs} notified by SMS to {phone:d}. Lift "
     "helpline {L:service_en}.\n"),
    ("fleet_en", "en",
     "Fleet ticket {L:ticket} – van {L:plate_en}\n\nVehicle: {L:model_vehicle}, VIN {L:vin}\nOdometer: "
     "{L:odo}\nDriver: "
     "{s.gs}, {phone:s}\nPool driver: {b.gs}\n\nIssue: sliding door jammed. {s.g} booked it in at the garage "
     "on {L:date_en}; garage contact {c.gs} ({phone:c}). Courtesy vehicle {L:plate_en} ({L:model_vehicle}), keys "
     "with {b.g}.\nFuel card: {L:fuelcard}\nFleet manager: {a.gs}\n"),
    ("hubspot_json_en", "en",
     "Webhook failure in {L:crm} ({L:stamp})\nPayload:\n⦃\"contact\": \"{s.gs}\", \"company\": \"{L:firm}\", "
     "\"email\": \"{mail:s}\", \"mobilephone\": \"{phone:s}\", \"hubspot_owner\": \"{a.gs}\", \"lifecyclestage\": "
     "\"{L:stage_en}\", \"deal\": \"{L:opp}\"⦄\n⦃\"contact\": \"{x.gs}\", \"company\": \"{L:epofirm2}\", "
     "\"mobilephone\": \"{phone:x}\", \"hubspot_owner\": \"{b.gs}\"⦄\nError: 409 duplicate. Raised by "
     "{c.gs}.\n"),
    # ---- Swedish: B2B customer service and account management
    ("kontaktkort_sv", "sv",
     "{L:crm} – Kontakt\n\nNamn: {s.gs}\nTitel: {L:title_sv}\nFöretag: {L:firm}\nMobil: {phone:s}\nE-post: "
     "{mail:s}\nBesöksadress: {L:street_sv}, {L:postcode_sv}\nKundansvarig: {a.gs} ({user:a})\nKundnummer: "
     "{L:account}\n\nAnteckningar\n{L:date_sv} {a.g}: {s.g} kom från {L:epofirm2} i våras. Chefen {b.gs} "
     "({phone:b}) godkänner order över {L:amount_sv}. Ersättare {c.gs}. {x.gs.gen} arbetsgivare är "
     "{L:epofirm2}, inte {L:xfirm_sv}.\n"),
    ("aktivitet_sv", "sv",
     "Aktivitetslogg – {L:firm} ({L:account})\n\n{L:stamp} Samtal loggat av {a.gs}: {s.gs} ({phone:s}) vill "
     "ha offert på {L:model}.\n{L:stamp} E-post skickat till {s.gs} <{mail:s}>: \"Offert {L:opp}\"\n"
     "{L:stamp} Uppgift till {c.gs}: ring {x.gs} ({phone:x})\n{L:stamp} Möte: {a.gs}, {b.gs}, {s.gs} – "
     "{L:hall}\n"),
    ("kundoverlamning_sv", "sv",
     "Ämne: Överlämning av nyckelkund – {L:firm}\n\nHej {b.g}!\n\nFrån {L:date_sv} tar du över {L:firm}. "
     "Viktiga kontakter:\n- {s.gs}, {L:title_sv}, {phone:s} (beslutsfattare)\n- {c.gs}, {L:title_sv}, "
     "{phone:c}\n- {d.gs}, fakturor, {mail:d}\n\n{s.gs.gen} förtroende är viktigast; {c.g} är vår "
     "ambassadör. Avtalet {L:contract} löper ut {L:date_sv}. Kontoret ligger på {L:twin_sv}.\n\nHälsningar\n"
     "{a.gs}\n{L:role_sv}, {L:unit_sv}\n{phone:a}\n"),
    ("prisandring_sv", "sv",
     "Ämne: Prisjustering – {L:pricelist}\n\nHej {s.gs},\n\nfrån {L:date_sv} höjs våra servicepriser med "
     "{L:pct} enligt avtal {L:contract}. Attestant hos er är {b.gs} ({L:title_sv}); vi behöver {b.gs.gen} "
     "godkännande senast {L:date_sv}.\n\nFastigheter: {L:site_sv}, {L:street_sv}\n\nFrågor besvaras av "
     "{a.gs} ({phone:a}) eller, under {a.gs.gen} semester, {c.gs}. Växel {L:service_sv}.\n\nMed vänlig "
     "hälsning\n{a.gs}\n{L:epofirm}\n"),
    ("leveransreklamation_sv", "sv",
     "Reklamation {L:case}: leverans {L:dnote}\n\n{s.gs} på {L:firm} ringde kl. {L:hour}: chauffören {c.gs} "
     "lämnade {L:pallets} från {L:ship} vid lastkajen utan kvittens. Enligt följesedeln kvitterade {d.gs}, men {d.g} "
     "var "
     "ledig enligt {s.g}.\n\nÅkeriets trafikledare {e.gs} ({phone:e}) utreder. {c.gs.gen} mobil: {phone:c}. "
     "Kreditering {L:amount_sv} efter godkännande av {b.gs}.\n"),
    # ---- Swedish: field service and facilities
    ("arbetsorder_sv", "sv",
     "Arbetsorder {L:wo} – {L:sla}\n\nObjekt: {L:site_sv}, {L:street_sv}, {L:postcode_sv}\nAnläggning: "
     "{L:hvac} ({L:model_hvac})\nFel: {L:alarmhvac_sv}\n\nAnmälare: {s.gs}, {phone:s}\nKontakt på plats: {c.gs}, "
     "{phone:c}\nFastighetsskötare: {d.gs}, {phone:d}\nTekniker: {b.gs}, {phone:b}\nNycklar: {L:key}, "
     "{doorcode:b}\n\nUtsänd av {a.gs}. {b.g} beräknas vara på plats kl. {L:hour}.\n"),
    ("servicerapport_sv", "sv",
     "Servicerapport {L:wo}\n\nKund: {L:firm}\nObjekt: {L:site_sv}, {L:twin_sv}\nUtrustning: {L:model_hvac}, "
     "{L:hvac}\nBesök: {L:date_sv} kl. {L:hour}–{L:hour}\n\nÅtgärd: bytt filter, kontrollerat {L:alarmhvac_sv}. "
     "{L:nameword_sv}. Nästa besök: {L:school}.\n\nUnderskrifter\nTekniker: {b.gs}\nKund: {s.gs}\nOffert på "
     "tilläggsarbete till "
     "{c.gs}; reservdelar via {x.gs} ({phone:x}).\n"),
    ("fastighetsskotare_sv", "sv",
     "Information till de boende – {L:site_sv}\n\nHej alla!\n\nHissen i trapphuset servas {L:weekday_sv} "
     "{L:date_sv} {L:window} av {L:epofirm}, tekniker {b.gs}. {s.gs} ({L:flat}) har anmält att hen inte "
     "kommer hem utan hiss; {b.g} hjälper till.\n\nFrågor: förvaltare {a.gs}, {phone:a}, {mail:a}\n"
     "Fastighetsskötare {c.gs}, {phone:c}\nStyrelsen / ordf. {x.gs}\n"),
    ("flytt_sv", "sv",
     "Kontorsflytt {L:ticket}: {L:street_sv} → {L:twin_sv}\n\nBeställare: {s.gs} ({user:s}), {phone:s}\n"
     "Flyttdag: {L:date_sv}\nFlyttpersonal: {b.gs}, {c.gs}, {d.gs}\nArbetsplatser: {L:count}, {L:floor}\n\n"
     "{s.g} påpekade att {c.gs.gen} skärm och {d.gs.gen} docka saknas i listan. Flyttfirmans arbetsledare "
     "{e.gs} ({phone:e}) ringer {s.g} dagen innan. Nycklarna lämnas av {x.gs}.\n"),
]

# The earlier mail a reply quotes, under the text: its sender, date and a line of it.
QUOTES = {"fi": ["\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi} {L:hour}\n"
                 "Vastaanottaja: {shared}\nAihe: VS: {L:case}\n\nHei, katsotteko tämän? t. {h.g}\n",
                 "\n{h.gs} kirjoitti {L:date_fi} klo {L:hour}:\n> Välitän tämän {a.gs.all}.\n> {h.g}\n",
                 "\nLähetetty iPhonesta\n\n> {L:date_fi} kello {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Kiitos!\n"],
          "en": ["\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:weekday_en}, {L:date_en} {L:hour}\n"
                 "To: {shared}\nSubject: RE: {L:case}\n\nCould you look at this? Thanks, {h.g}\n",
                 "\nOn {L:date_en} at {L:hour}, {h.gs} <{mail:h}> wrote:\n> Passing this to {a.g}.\n"],
          "sv": ["\n-----Ursprungligt meddelande-----\nFrån: {h.gs} <{mail:h}>\nSkickat: {L:date_sv} {L:hour}\n"
                 "Till: {shared}\nÄmne: SV: {L:case}\n\nKan ni titta på detta? /{h.g}\n",
                 "\nDen {L:date_sv} kl. {L:hour} skrev {h.gs} <{mail:h}>:\n> Skickar vidare till {a.g}.\n"]}

COPIES = {"fi": ["\nTiedoksi: {e.gs} ({phone:e}), {f.gs}\n", "\nKopio: {f.gs}, {phone:f}\n",
                 "\nTiedoksi {e.gs.all} ja {f.gs.all}\n", "\n@{e.gs} @{f.gs} katsotteko tämän?\n",
                 "\nVastaanottajat: {e.gs} <{mail:e}>; {f.gs}\n"],
          "en": ["\ncc: {e.gs}, {f.gs} ({phone:f})\n", "\nMentioned: @{f.gs}\n", "\ncc: {e.gs} <{mail:e}>\n",
                 "\nFollowers: {e.gs}, {f.gs}\n"],
          "sv": ["\nKopia: {e.gs}, {f.gs}\n", "\nFör kännedom: {f.gs}, {phone:f}\n", "\nFöljare: {e.gs}\n"]}

# The service desk's record around each text: the case system's footer with the handler, or a signature with the
# switchboard and the business id.
RECORDS = {
    "fi": ["\n--\n{L:system} · Tapaus {L:case} päivitetty {L:stamp}\nKäsittelijä: {g.gs}, {L:role_fi}, "
           "puh. {phone:g}\nJono: {L:queue}\n",
           "\n\n{g.gs}\n{L:role_fi}, {L:unit_fi}\n{phone:g} · vaihde {L:service_fi}\n[Esimerkki Oy], "
           "Y-tunnus {L:ytunnus}\n",
           "\n--\nKäsitellyt {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "en": ["\n--\n{L:system} · Case {L:case} updated {L:stamp}\nOwner: {g.gs}, {L:role_en}, tel. {phone:g}\n"
           "Queue: {L:queue}\n",
           "\n\n{g.gs}\n{L:role_en}, {L:unit_en}\nM: {phone:g} | Switchboard: {L:service_en}\n",
           "\n--\nHandled by {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:case} uppdaterat {L:stamp}\nHandläggare: {g.gs}, {L:role_sv}, "
           "tfn {phone:g}\nKö: {L:queue}\n",
           "\n\n{g.gs}\n{L:role_sv}, {L:unit_sv}\nMobil: {phone:g} · Växel: {L:service_sv}\nOrg.nr {L:orgnr}\n"],
}


draw = generation.case_draw(
    "held-out-39", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    # A third party whose surname is also a firm's, a foundation's or a street's (Paulig, Snellman): a NAME.
    namesake=lambda language, others: PEOPLE.namesake(language, EPONYM_SURNAMES, others), current=CURRENT)

generation.main(SHAPES, draw, REDRAWN, PHONES, COUNTRIES, generation.CASE_MINIMUMS,
                [("kept service numbers", lambda key: ":service" in key),
                 ("eponym look-alikes", lambda key: generation.kind(key) in EPONYM_KINDS)])
