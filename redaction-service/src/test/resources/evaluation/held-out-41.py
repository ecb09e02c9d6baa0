#!/usr/bin/env python3
r"""Generates the forty-first held-out set (held-out-41.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 40: nobody tunes on it. Its writer read no detection code, list, rule, model
or docs/redaction.md, only the earlier generators and the evaluation test. It holds kinds of text that sets 1-40 lack:
(a) finance, payroll and travel-expense IT as a group's service desk sees it and (b) an energy and water utility's
customer service, in 44 shapes, each written in the language its kind of text is written in (22 Finnish, 13 English,
9 Swedish), with the earlier mail a reply quotes ("-----Alkuperäinen viesti-----", "On … wrote:", "Den … skrev …:"),
copies and watchers under it ("Tiedoksi:", "Vastaanottajat:", "cc:", "Watchers:", "Kopia:", "Bevakare:") and the
record around it (a case-system footer with the handler and the queue, "Käsitellyt Given Surname (login) …", or a
signature with the customer-service number, the business id and the VAT id).
(a) ERP role requests mirrored on a colleague's (SAP-, Workday-, Visma-, Basware-, Unit4-style), invoices stuck in the
approval flow with approvers on leave and their substitutes, supplier bank-account change requests that are fraud
attempts (a foreign IBAN asked for from an address not the supplier's, checked by calling the known contact),
purchase orders, rejected travel-expense claims with per diem and mileage rows, a lost or declined corporate card (the
card number), payslips that did not arrive, tax cards and tax codes that did not reach payroll, salary garnishment
(ulosotto, Kronofogden), overtime rows that did not reach payroll, a month-end close halted with its job log, and
approval audit trails for the auditors (approver, login, amount, time; semicolon and pipe separated).
(b) contract moves (muuttoilmoitus, flyttanmälan, change of occupier) with metering-point ids (GSRN, MPAN, MPRN), meter
serials and readings, bills disputed against a smart meter's reading, power-cut reports with street addresses, the
grid's SMS log and the control room's steps, a field technician's work order, e-invoice and direct-debit changes, a
deceased customer's estate (kuolinpesä, dödsbo, executor) taking over the contract, a power of attorney for a relative's
water contract, an estimated water bill of a housing company, chat transcripts and call-back lists.
Names (new-name-forms.py against every other labelled set, set 40 included: 1,512 of 1,512 forms, 100.0 %, new):
Finnish double given names on pairs no earlier set holds (Eero-Valtteri, Jalmari-Kasperi; Hilja-Maaria,
Tyyne-Orvokki), compound surnames from new first words (Riekko-, Kortes-, Vihvilä-, Sarain-, Kuusama-, Pihkala-,
Kiuru-, Tyrni-, Rusko-: Kiurukorvelle, Vihvilävuorelle, Sarainmäen, with the gradation and vowel harmony of the
compound's last word), Swedish double given names and compound surnames (Edla-Charlotta, Holger-Konrad; Flädermark,
Hagtornby, Rönnbärlund), and double given names and double surnames of 52 origins on pairs no earlier set holds:
Basque, Catalan, Welsh, Scottish, Icelandic, Sami, Maltese, Albanian, Armenian, Kurdish, Pashto, Nepali, Sinhala,
Burmese, Khmer, Filipino, Indonesian, Malay, Maori, Samoan, Fijian, Yoruba, Hausa, Zulu, Shona, Ganda, Swahili,
Moroccan, Tunisian, Egyptian, Lebanese, Hungarian, Slovak, Bulgarian, Serbian, Portuguese, Brazilian, Mexican,
Colombian, Chilean, Argentine, Jamaican, Punjabi, Uzbek, Chinese, Greenlandic, Israeli, Norwegian, Danish, Turkmen,
Hawaiian and Luxembourgish ones (Rojda-Serhat Doski-Barzani, Kerry-Ann-Marlon Gayle-Bailey), in the Finnish cases in
Finnish prose (genitive, partitive, allative, ablative, adessive, elative) and with the Swedish genitive in Swedish.
Besides them, in 11 of the 44 shapes one person bears a real surname that a firm, a publisher, a bank, a prize or a
street also bears (Finlayson, Porthan, Mechelin, Nervander, Cygnaeus, Armfelt, Frenckell, Bonnier, Tegnér, Swedenborg,
Nobel, Barclay, Lloyd): 173 NAME spans in 30 forms (Mechelinille, Porthanin, Armfelts, Tegnérs), each beside the thing
named after someone of that surname in another form ("Given Nervander ilmoitti samasta viasta (Nervanderinkatu 7)",
"Given Lloyd, who works at Lloyds Bank", "Given Mechelin på Mechelingatan 12").
Phones of 112 countries and territories as requests, logs, SMS lists, exports and signatures write them (+cc with
groups, E.164, national with the trunk prefix, 00cc, +cc (0)…, dashes, NANP forms); each of the 1,659 distinct numbers
is valid and of its country by Debian's python3-phonenumbers 8.12.57 (/usr/bin/python3 held-out-41.py --check asserts
it; writing the set does not need the library).
Labelling policy, as in sets 25-40, with these for the new kinds. The subject is the register's known person: the
employee whose role, claim, card, payslip, tax card, garnishment or overtime it is, the clerk who handles an invoice,
an order, a supplier's change request, a close or an audit trail, the customer who moves, disputes a bill, reports a
cut, chats or calls, the heir or executor who takes over an estate's contract, the attorney of a relative; everyone else
is a third party: approvers, substitutes and controllers, colleagues whose roles are copied (with their logins), users
in a job log or an audit trail, the supplier's real contact and the fraudster who signs as someone (a NAME, his address
an EMAIL), auditors, bailiffs, payroll and HR staff, partners, neighbours, landlords and letting agents, engineers,
the deceased (who shares the heir's surname: each copy labelled, the identity code a NATIONAL_ID) and the handler. A
person's name is a NAME whatever else bears it. Every number of a person is a PHONE, and the unnamed recipients of the
grid's SMS log (role "third"). A service's number is a look-alike when the text makes it one: the tax
administration's (029 497 000, HMRC's 0300, Skatteverket's 0771) and the enforcement authority's lines, the
card-blocking line (020 333), a grid's fault line and the power-cut number 105, a customer-service line: 397 of these
kept. Shared mailboxes (ostoreskontra@, palkat@,
customer.care@) are EMAIL, role "third", as set 27; logins in job logs and audit trails are USERNAMEs of their owners.
Accounts of people and suppliers are IBAN (valid by their check digits; Finnish, Swedish and a supplier's foreign
bank's: German, Estonian, Hungarian, Slovak…), a corporate card's number is PAYMENT_CARD (valid by Luhn). Look-alikes
(kept): ERP, payroll, expense and billing systems whose names look like names (Heeros, Medius, Agresso, Rondo, Sympa,
Kiekue, Hellewi, Populus, Personec, Rydoo, Pleo, Elvis, Aurora Billing, Vilja, Eliot), firms named after people or
places (Aino Catering Oy, Toivo Rakennus Oy, Väinämöinen Consulting Oy, Grace Facilities Ltd, Märta Catering AB),
invoice, order, supplier, customer, contract and employee numbers, amounts, cost centres and ledger accounts, periods,
job names and batch ids, Finnish creditor references and RF references with their check digits, business ids
(Y-tunnus with its check digit, org.nr with its Luhn digit, company numbers), VAT ids (FI, SE, GB), e-invoice addresses
(OVT), bank identifier codes, masked card endings (**** 1234), per diem and mileage rows, tax percentages and tax
codes, flights and hotels, metering-point ids with their check digit (GSRN 6430…, 735999…; MPAN with its check digit;
MPRN), meter makes and serials, readings, kWh and m³, fuse sizes, tariffs, work orders and outage ids, streets with
house numbers and postcodes with towns (an address is not a labelled type), towns, weekdays, dates and times, roles,
queues and words that are also names used as words (valo palasi, grace period, dag för dag).
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 44 shapes drawn in turn within their language; 10,178
NAME (1,414 the subject's), 1,667 PHONE (112 countries and territories), 544 EMAIL, 579 USERNAME, 148 IBAN, 45
PAYMENT_CARD, 44 NATIONAL_ID; 8,986 look-alikes (2,275 dates and times; 587 firms, streets and namesakes' things) from
704 pairs of shape and kind, 5,627 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean); so a firm or street that bears a person's surname stands
beside that person's name only in another form (Mechelininkatu beside Mechelinille). The run asserts the minimums
(6,000 NAME, 1,000 PHONE of 30 countries, 3,000 look-alikes of 300 templates, 40 shapes).
Deterministic: python3 held-out-41.py > held-out-41.jsonl (python3 held-out-41.py --stats adds counts on stderr)"""
import collections
import random

import generation
import identifiers

R = random.Random(41414141)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-40 as a name form, in each of its case forms (checked
# against their files when this set was written): Finnish double given names on pairs no earlier set holds, compound
# surnames from new first words (Riekko-, Kortes-, Vihvilä-, Sarain-, Kuusama-, Pihkala-, Kiuru-, Tyrni-, Rusko-),
# Swedish ones the same way (Fläder-, Slån-, Hagtorn-, Rönnbär-, Odon-, Tuvull-, Starr-), and double names of 52
# origins on pairs no earlier set holds. EPONYM_SURNAMES are real surnames that firms, products, prizes and streets
# also bear.

FI_MEN = ["Eero-Valtteri", "Eero-Henrik", "Eero-Aleksanteri", "Eero-Juhani", "Eero-Matias", "Eero-Einari",
    "Eero-Oskari", "Eero-Rafael", "Eero-Elias", "Eero-Kasperi", "Eero-Severi", "Oiva-Henrik",
    "Oiva-Aleksanteri", "Oiva-Juhani", "Oiva-Matias", "Oiva-Einari", "Oiva-Oskari", "Oiva-Rafael",
    "Oiva-Elias", "Oiva-Kasperi", "Oiva-Severi", "Arvo-Aleksanteri", "Arvo-Matias", "Arvo-Einari",
    "Arvo-Rafael", "Arvo-Kasperi", "Onni-Valtteri", "Onni-Henrik", "Onni-Aleksanteri", "Onni-Juhani",
    "Onni-Matias", "Onni-Einari", "Onni-Oskari", "Onni-Elias", "Onni-Kasperi", "Onni-Severi",
    "Eino-Aleksanteri", "Eino-Juhani", "Eino-Matias", "Eino-Einari", "Eino-Oskari", "Eino-Rafael",
    "Eino-Elias", "Eino-Kasperi", "Eino-Severi", "Taisto-Aleksanteri", "Taisto-Matias", "Taisto-Einari",
    "Taisto-Rafael", "Taisto-Elias", "Taisto-Kasperi", "Taisto-Severi", "Vilho-Valtteri", "Vilho-Henrik",
    "Vilho-Aleksanteri", "Vilho-Matias", "Vilho-Einari", "Vilho-Oskari", "Vilho-Rafael", "Vilho-Elias",
    "Vilho-Kasperi", "Vilho-Severi", "Jalmari-Valtteri", "Jalmari-Henrik", "Jalmari-Aleksanteri",
    "Jalmari-Juhani", "Jalmari-Matias", "Jalmari-Einari", "Jalmari-Oskari", "Jalmari-Rafael", "Jalmari-Elias",
    "Jalmari-Kasperi", "Jalmari-Severi", "Ilmari-Henrik", "Ilmari-Aleksanteri", "Ilmari-Juhani",
    "Ilmari-Matias", "Ilmari-Einari", "Ilmari-Oskari", "Ilmari-Rafael", "Ilmari-Elias", "Ilmari-Kasperi",
    "Ilmari-Severi", "Niilo-Aleksanteri", "Niilo-Juhani", "Niilo-Matias", "Niilo-Einari", "Niilo-Rafael",
    "Niilo-Elias", "Niilo-Kasperi", "Pentti-Valtteri", "Pentti-Henrik", "Pentti-Aleksanteri", "Pentti-Juhani",
    "Pentti-Matias", "Pentti-Einari", "Pentti-Rafael", "Pentti-Elias", "Pentti-Kasperi", "Pentti-Severi",
    "Sulo-Henrik", "Sulo-Aleksanteri", "Sulo-Juhani", "Sulo-Matias", "Sulo-Einari", "Sulo-Rafael",
    "Sulo-Kasperi", "Sulo-Severi", "Unto-Valtteri", "Unto-Henrik", "Unto-Aleksanteri", "Unto-Juhani",
    "Unto-Matias", "Unto-Einari", "Unto-Oskari", "Unto-Rafael", "Unto-Elias", "Unto-Kasperi", "Unto-Severi",
    "Armas-Valtteri", "Armas-Henrik", "Armas-Aleksanteri", "Armas-Juhani", "Armas-Matias", "Armas-Einari",
    "Armas-Oskari", "Armas-Rafael", "Armas-Elias", "Armas-Kasperi", "Armas-Severi"]
FI_WOMEN = ["Hilja-Maaria", "Hilja-Josefiina", "Hilja-Annikki", "Hilja-Orvokki", "Hilja-Marjatta", "Hilja-Karoliina",
    "Hilja-Eveliina", "Hilja-Susanna", "Hilja-Johanna", "Hilja-Kristiina", "Siiri-Maaria", "Siiri-Josefiina",
    "Siiri-Karoliina", "Siiri-Susanna", "Siiri-Kristiina", "Vieno-Maaria", "Vieno-Josefiina", "Vieno-Orvokki",
    "Vieno-Karoliina", "Vieno-Eveliina", "Vieno-Susanna", "Vieno-Johanna", "Vieno-Kristiina", "Martta-Maaria",
    "Martta-Josefiina", "Martta-Annikki", "Martta-Orvokki", "Martta-Marjatta", "Martta-Karoliina",
    "Martta-Eveliina", "Martta-Susanna", "Martta-Johanna", "Martta-Kristiina", "Saimi-Maaria",
    "Saimi-Josefiina", "Saimi-Annikki", "Saimi-Orvokki", "Saimi-Karoliina", "Saimi-Eveliina", "Saimi-Susanna",
    "Lyydia-Maaria", "Lyydia-Josefiina", "Lyydia-Orvokki", "Lyydia-Marjatta", "Lyydia-Karoliina",
    "Lyydia-Eveliina", "Lyydia-Susanna", "Lyydia-Johanna", "Lyydia-Kristiina", "Impi-Maaria",
    "Impi-Josefiina", "Impi-Annikki", "Impi-Orvokki", "Impi-Marjatta", "Impi-Karoliina", "Impi-Eveliina",
    "Impi-Susanna", "Impi-Johanna", "Impi-Kristiina", "Tyyne-Maaria", "Tyyne-Josefiina", "Tyyne-Annikki",
    "Tyyne-Orvokki", "Tyyne-Marjatta", "Tyyne-Karoliina", "Tyyne-Eveliina", "Tyyne-Susanna", "Tyyne-Johanna",
    "Tyyne-Kristiina", "Ilta-Maaria", "Ilta-Josefiina", "Ilta-Annikki", "Ilta-Orvokki", "Ilta-Marjatta",
    "Ilta-Karoliina", "Ilta-Eveliina", "Ilta-Susanna", "Ilta-Johanna", "Ilta-Kristiina", "Kielo-Josefiina",
    "Kielo-Orvokki", "Kielo-Marjatta", "Kielo-Karoliina", "Kielo-Eveliina", "Kielo-Kristiina", "Alli-Maaria",
    "Alli-Josefiina", "Alli-Annikki", "Alli-Orvokki", "Alli-Marjatta", "Alli-Karoliina", "Alli-Eveliina",
    "Alli-Susanna", "Alli-Johanna", "Alli-Kristiina", "Senja-Josefiina", "Senja-Annikki", "Senja-Marjatta",
    "Senja-Karoliina", "Senja-Eveliina", "Senja-Susanna"]
FI_SURNAMES = ["Riekkomäki", "Riekkoniemi", "Riekkolahti", "Riekkojärvi", "Riekkokoski", "Riekkolampi", "Riekkokangas",
    "Riekkokorpi", "Riekkovuori", "Riekkosaari", "Riekkoranta", "Riekkoaho", "Riekkooja", "Riekkosalo",
    "Riekkoharju", "Riekkovaara", "Riekkokallio", "Riekkosuo", "Kortesmäki", "Kortesniemi", "Korteslahti",
    "Kortesjärvi", "Korteskoski", "Korteslampi", "Korteskangas", "Korteskorpi", "Kortesvuori", "Kortessaari",
    "Kortesranta", "Kortesaho", "Kortesoja", "Kortessalo", "Kortesharju", "Kortesvaara", "Korteskallio",
    "Kortessuo", "Vihvilämäki", "Vihviläniemi", "Vihvilälahti", "Vihviläjärvi", "Vihviläkoski",
    "Vihvilälampi", "Vihviläkangas", "Vihviläkorpi", "Vihvilävuori", "Vihviläsaari", "Vihviläranta",
    "Vihviläaho", "Vihviläoja", "Vihviläsalo", "Vihviläharju", "Vihvilävaara", "Vihviläkallio", "Vihviläsuo",
    "Sarainmäki", "Sarainniemi", "Sarainlahti", "Sarainjärvi", "Sarainkoski", "Sarainlampi", "Sarainkangas",
    "Sarainkorpi", "Sarainvuori", "Sarainsaari", "Sarainranta", "Sarainaho", "Sarainoja", "Sarainsalo",
    "Sarainharju", "Sarainvaara", "Sarainkallio", "Sarainsuo", "Kuusamamäki", "Kuusamaniemi", "Kuusamalahti",
    "Kuusamajärvi", "Kuusamakoski", "Kuusamalampi", "Kuusamakangas", "Kuusamakorpi", "Kuusamavuori",
    "Kuusamasaari", "Kuusamaranta", "Kuusamaaho", "Kuusamaoja", "Kuusamasalo", "Kuusamaharju", "Kuusamavaara",
    "Kuusamakallio", "Kuusamasuo", "Pihkalamäki", "Pihkalaniemi", "Pihkalalahti", "Pihkalajärvi",
    "Pihkalakoski", "Pihkalalampi", "Pihkalakangas", "Pihkalakorpi", "Pihkalavuori", "Pihkalasaari",
    "Pihkalaranta", "Pihkalaaho", "Pihkalaoja", "Pihkalasalo", "Pihkalaharju", "Pihkalavaara",
    "Pihkalakallio", "Pihkalasuo", "Kiurumäki", "Kiuruniemi", "Kiurulahti", "Kiurujärvi", "Kiurukoski",
    "Kiurulampi", "Kiurukangas", "Kiurukorpi", "Kiuruvuori", "Kiurusaari", "Kiururanta", "Kiuruaho",
    "Kiuruoja", "Kiurusalo", "Kiuruharju", "Kiuruvaara", "Kiurukallio", "Kiurusuo", "Tyrnimäki", "Tyrniniemi",
    "Tyrnilahti", "Tyrnijärvi", "Tyrnikoski", "Tyrnilampi", "Tyrnikangas", "Tyrnikorpi", "Tyrnivuori",
    "Tyrnisaari", "Tyrniranta", "Tyrniaho", "Tyrnioja", "Tyrnisalo", "Tyrniharju", "Tyrnivaara",
    "Tyrnikallio", "Tyrnisuo", "Ruskomäki", "Ruskoniemi", "Ruskolahti", "Ruskojärvi", "Ruskokoski",
    "Ruskolampi", "Ruskokangas", "Ruskokorpi", "Ruskovuori", "Ruskosaari", "Ruskoranta", "Ruskoaho",
    "Ruskooja", "Ruskosalo", "Ruskoharju", "Ruskovaara", "Ruskokallio", "Ruskosuo"]
SV_GIVEN = ["Ingrid-Charlotta", "Ingrid-Lovisa", "Ingrid-Josefina", "Ingrid-Henrietta", "Ingrid-Elisabet",
    "Ingrid-Karolina", "Sigrid-Charlotta", "Sigrid-Henrietta", "Sigrid-Elisabet", "Sigrid-Karolina",
    "Agnes-Charlotta", "Agnes-Lovisa", "Agnes-Henrietta", "Agnes-Elisabet", "Agnes-Karolina",
    "Viveka-Charlotta", "Viveka-Lovisa", "Viveka-Josefina", "Viveka-Henrietta", "Viveka-Elisabet",
    "Viveka-Karolina", "Ester-Charlotta", "Ester-Lovisa", "Ester-Josefina", "Ester-Henrietta",
    "Ester-Elisabet", "Ester-Karolina", "Edla-Charlotta", "Edla-Lovisa", "Edla-Josefina", "Edla-Henrietta",
    "Edla-Elisabet", "Edla-Karolina", "Signe-Charlotta", "Signe-Lovisa", "Signe-Josefina", "Signe-Henrietta",
    "Signe-Elisabet", "Signe-Karolina", "Greta-Charlotta", "Greta-Josefina", "Greta-Henrietta",
    "Greta-Elisabet", "Greta-Karolina", "Ivar-Gustaf", "Ivar-Emanuel", "Ivar-Leopold", "Ivar-Konrad",
    "Ivar-Ludvig", "Ivar-Magnus", "Helge-Gustaf", "Helge-Emanuel", "Helge-Leopold", "Helge-Konrad",
    "Helge-Magnus", "Torsten-Gustaf", "Torsten-Emanuel", "Torsten-Leopold", "Torsten-Konrad",
    "Torsten-Magnus", "Folke-Gustaf", "Folke-Emanuel", "Folke-Leopold", "Folke-Konrad", "Folke-Ludvig",
    "Folke-Magnus", "Evert-Gustaf", "Evert-Emanuel", "Evert-Leopold", "Evert-Konrad", "Evert-Ludvig",
    "Evert-Magnus", "Georg-Gustaf", "Georg-Emanuel", "Georg-Leopold", "Georg-Konrad", "Georg-Ludvig",
    "Georg-Magnus", "Holger-Gustaf", "Holger-Leopold", "Holger-Konrad", "Holger-Ludvig", "Holger-Magnus",
    "Einar-Gustaf", "Einar-Leopold", "Einar-Konrad", "Einar-Magnus"]
SV_SURNAMES = ["Fläderbäck", "Fläderdahl", "Fläderfors", "Flädergren", "Fläderholm", "Fläderlund", "Flädermark",
    "Fläderqvist", "Fläderstedt", "Fläderström", "Fläderudd", "Flädervik", "Fläderberg", "Fläderblad",
    "Fläderby", "Slånbäck", "Slåndahl", "Slånfors", "Slångren", "Slånholm", "Slånlund", "Slånmark",
    "Slånqvist", "Slånstedt", "Slånström", "Slånudd", "Slånvik", "Slånberg", "Slånblad", "Slånby",
    "Hagtornbäck", "Hagtorndahl", "Hagtornfors", "Hagtorngren", "Hagtornholm", "Hagtornlund", "Hagtornmark",
    "Hagtornqvist", "Hagtornstedt", "Hagtornström", "Hagtornudd", "Hagtornvik", "Hagtornberg", "Hagtornblad",
    "Hagtornby", "Rönnbärbäck", "Rönnbärdahl", "Rönnbärfors", "Rönnbärgren", "Rönnbärholm", "Rönnbärlund",
    "Rönnbärmark", "Rönnbärqvist", "Rönnbärstedt", "Rönnbärström", "Rönnbärudd", "Rönnbärvik", "Rönnbärberg",
    "Rönnbärblad", "Rönnbärby", "Odonbäck", "Odondahl", "Odonfors", "Odongren", "Odonholm", "Odonlund",
    "Odonmark", "Odonqvist", "Odonstedt", "Odonström", "Odonudd", "Odonvik", "Odonberg", "Odonblad", "Odonby",
    "Tuvullbäck", "Tuvulldahl", "Tuvullfors", "Tuvullgren", "Tuvullholm", "Tuvulllund", "Tuvullmark",
    "Tuvullqvist", "Tuvullstedt", "Tuvullström", "Tuvulludd", "Tuvullvik", "Tuvullberg", "Tuvullblad",
    "Tuvullby", "Starrbäck", "Starrdahl", "Starrfors", "Starrgren", "Starrholm", "Starrlund", "Starrmark",
    "Starrqvist", "Starrstedt", "Starrström", "Starrudd", "Starrvik", "Starrberg", "Starrblad", "Starrby"]
WORLD = {
    "basque": (["Amaia-Nerea", "Nerea-Gorka", "Nerea-Itziar", "Nerea-Maite", "Unai-Nerea"],
        ["Arrizabalaga-Agirregabiria", "Arrizabalaga-Goikoetxea", "Urrutikoetxea-Goikoetxea", "Zubizarreta-Goikoetxea"],
        ["ES"]),
    "catalan": (["Meritxell-Núria", "Meritxell-Oriol", "Montserrat-Oriol", "Oriol-Jordi", "Oriol-Pau"],
        ["Bosch-Riera", "Puigdemont-Casals", "Riera-Casals", "Vilaró-Ferrer"], ["ES"]),
    "welsh": (["Carys-Ffion", "Ffion-Carys", "Ffion-Eirlys", "Ffion-Rhodri", "Iolo-Carys"],
        ["Llewellyn-Pritchard", "Pritchard-Llewellyn", "Pritchard-Prys", "Prys-Llewellyn"], ["GB"]),
    "scottish": (["Callum-Morag", "Catriona-Fraser", "Ewan-Catriona", "Ewan-Hamish", "Morag-Fraser"],
        ["Lamont-Urquhart", "MacIver-Lamont", "MacIver-MacAskill", "MacIver-Munro"], ["GB"]),
    "icelandic": (["Einar-Hrafnhildur", "Gunnar-Einar", "Gunnar-Kjartan", "Sigrún-Ásdís", "Ásdís-Sigrún"],
        ["Guðmundsdóttir-Hallgrímsdóttir", "Guðmundsdóttir-Sigurðardóttir", "Hallgrímsdóttir-Þórhallsson",
         "Þórhallsson-Ragnarsson"],
        ["IS"]),
    "sami": (["Elle-Áilu", "Sunná-Elle", "Áilu-Elle", "Áilu-Niillas", "Ánde-Niillas"],
        ["Guttorm-Länsman", "Länsman-Sara", "Magga-Länsman", "Sara-Valkeapää"], ["NO", "SE", "FI"]),
    "maltese": (["Marija-Ġorġ", "Ċensu-Graziella", "Ċensu-Ġorġ", "Ġorġ-Ċensu", "Żeppi-Ċensu"],
        ["Attard-Camilleri", "Farrugia-Camilleri", "Grech-Farrugia", "Zammit-Attard"], ["MT"]),
    "albanian": (["Arben-Fatos", "Blerina-Arben", "Blerina-Mimoza", "Fatos-Arben", "Mimoza-Fatos"],
        ["Berisha-Dervishi", "Gashi-Krasniqi", "Gashi-Shala", "Hoxha-Berisha"], ["AL"]),
    "armenian": (["Anahit-Nare", "Aram-Vardan", "Nare-Aram", "Vardan-Aram", "Vardan-Lusine"],
        ["Avetisyan-Sargsyan", "Grigoryan-Avetisyan", "Hovhannisyan-Sargsyan", "Sargsyan-Hovhannisyan"], ["AM"]),
    "kurdish": (["Rojda-Rêbîn", "Rojda-Serhat", "Rêbîn-Azad", "Serhat-Berivan", "Serhat-Dilan"],
        ["Barzani-Soran", "Doski-Barzani", "Hawrami-Barzani", "Soran-Doski"], ["IQ", "SE", "FI"]),
    "pashto": (["Malalai-Pashtana", "Spogmai-Hamid", "Zalmai-Hamid", "Zalmai-Malalai", "Zalmai-Wahid"],
        ["Afridi-Mohmand", "Durrani-Afridi", "Popalzai-Khattak", "Popalzai-Yousafzai"], ["AF", "PK"]),
    "nepali": (["Prakash-Anjali", "Prakash-Sarita", "Sarita-Anjali", "Sarita-Prakash", "Sarita-Sunita"],
        ["Magar-Gurung", "Rai-Tamang", "Shrestha-Gurung", "Thapa-Magar"], ["NP"]),
    "sinhala": (["Dilini-Ruwan", "Ishara-Nadeesha", "Lasantha-Chaminda", "Nadeesha-Chaminda", "Ruwan-Ishara"],
        ["Rajapaksha-Gunawardena", "Rajapaksha-Senanayake", "Senanayake-Wickramasinghe", "Wickramasinghe-Jayawardena"],
        ["LK"]),
    "burmese": (["Ei-Hnin", "Thandar-Thet", "Thandar-Zaw", "Zaw-Ei", "Zaw-Hnin"],
        ["Aung-Myint", "Htun-Aung", "Lwin-Htun", "Soe-Aung"], ["MM"]),
    "khmer": (["Chenda-Dara", "Chenda-Rithy", "Rithy-Chenda", "Vuthy-Chenda", "Vuthy-Sopheap"],
        ["Chea-Heng", "Chea-Mao", "Heng-Keo", "Keo-Heng"], ["KH"]),
    "filipino": (["Maricel-Rowena", "Marites-Maricel", "Rodel-Marites", "Rowena-Bienvenido", "Rowena-Marites"],
        ["Bautista-Dimaculangan", "Dela-Soriano", "Macaraeg-Soriano", "Manalo-Cruz"], ["PH"]),
    "indonesian": (["Agus-Sri", "Bambang-Wahyu", "Dewi-Ratna", "Dewi-Sri", "Ratna-Agus"],
        ["Setiawan-Hartono", "Setiawan-Susanto", "Susanto-Kusuma", "Susanto-Purnomo"], ["ID"]),
    "malay": (["Aisyah-Syafiqah", "Hafiz-Azlan", "Nurul-Aisyah", "Nurul-Faizal", "Nurul-Hafiz"],
        ["Hamzah-Yusof", "Ismail-Abdullah", "Ismail-Hamzah", "Ismail-Osman"], ["MY"]),
    "maori": (["Mere-Aroha", "Mere-Wiremu", "Rawiri-Hine", "Rawiri-Tane", "Wiremu-Rawiri"],
        ["Horomona-Ngata", "Horomona-Rangi", "Parata-Tawhiri", "Tawhiri-Parata"], ["NZ"]),
    "samoan": (["Fetu-Tavita", "Ioane-Fetu", "Ioane-Salote", "Sefo-Tavita", "Tavita-Fetu"],
        ["Fuimaono-Leota", "Sapolu-Faleolo", "Sapolu-Fuimaono", "Tuilagi-Sapolu"], ["WS", "NZ"]),
    "fijian": (["Litia-Losana", "Litia-Ratu", "Mereani-Litia", "Mereani-Sevanaia", "Ratu-Sevanaia"],
        ["Naivalu-Rokotuiveikau", "Qarase-Tuilau", "Qarase-Vunibaka", "Vunibaka-Naivalu"], ["FJ"]),
    "yoruba": (["Adebola-Babatunde", "Babatunde-Folasade", "Babatunde-Olumide",
        "Babatunde-Yetunde", "Folasade-Oluwaseun"],
        ["Adebayo-Adewale", "Adebayo-Ogundipe", "Adewale-Adebayo", "Adewale-Ogundipe"], ["NG", "GB"]),
    "hausa": (["Abubakar-Amina", "Hauwa-Lawal", "Lawal-Hauwa", "Sani-Amina", "Zainab-Lawal"],
        ["Bello-Kano", "Garba-Danjuma", "Garba-Kano", "Yakubu-Dangote"], ["NG"]),
    "zulu": (["Mandla-Sipho", "Mandla-Thandiwe", "Nomvula-Mandla", "Nomvula-Thandiwe", "Thandiwe-Nomvula"],
        ["Mthembu-Dlamini", "Mthembu-Mkhize", "Ntuli-Zungu", "Zungu-Mkhize"], ["ZA"]),
    "shona": (["Farai-Nyasha", "Farai-Tafadzwa", "Rutendo-Tafadzwa", "Tafadzwa-Rutendo", "Tatenda-Chiedza"],
        ["Chikwanha-Moyo", "Gumbo-Mutasa", "Moyo-Mutasa", "Mutasa-Gumbo"], ["ZW"]),
    "ganda": (["Kato-Namaganda", "Mukasa-Namaganda", "Mukasa-Nansubuga", "Namaganda-Nakato", "Ssemakula-Kato"],
        ["Lubega-Nakawesi", "Ssebunya-Walusimbi", "Walusimbi-Kiggundu", "Walusimbi-Ssempala"], ["UG"]),
    "swahili": (["Bahati-Neema", "Baraka-Rehema", "Neema-Zawadi", "Zawadi-Bahati", "Zawadi-Baraka"],
        ["Kimaro-Massawe", "Massawe-Lyimo", "Mushi-Mwakyusa", "Mwakyusa-Massawe"], ["TZ", "KE"]),
    "moroccan": (["Hajar-Khadija", "Hajar-Rachid", "Khadija-Salma", "Salma-Hajar", "Salma-Rachid"],
        ["Alaoui-Benjelloun", "Alaoui-Berrada", "Chraibi-Tazi", "Tazi-Chraibi"], ["MA", "FR", "BE"]),
    "tunisian": (["Ines-Amel", "Ines-Slim", "Mehdi-Amel", "Mehdi-Sami", "Sami-Amel"],
        ["Chaabane-Bouazizi", "Chaabane-Jebali", "Gharbi-Bouazizi", "Mejri-Trabelsi"], ["TN", "FR"]),
    "egyptian": (["Mariam-Nour", "Mariam-Sherif", "Sherif-Karim", "Sherif-Tamer", "Yasmin-Mariam"],
        ["Ezzat-Mansour", "Ezzat-Ragab", "Ragab-Shalaby", "Shalaby-Ezzat"], ["EG"]),
    "lebanese": (["Fadi-Georges", "Fadi-Rania", "Maya-Rania", "Rania-Maya", "Rania-Nadine"],
        ["Chidiac-Frangieh", "Chidiac-Khoury", "Frangieh-Chidiac", "Nasrallah-Khoury"], ["LB", "FR"]),
    "hungarian": (["Csilla-Gergő", "Csilla-Réka", "Levente-Csilla", "Levente-Gergő", "Zsófia-Levente"],
        ["Fekete-Tóth", "Lakatos-Fekete", "Szabó-Kiss", "Varga-Fekete"], ["HU"]),
    "slovak": (["Matej-Zuzana", "Tibor-Michaela", "Tibor-Zuzana", "Zuzana-Lucia", "Zuzana-Michaela"],
        ["Baláž-Kováč", "Hudák-Baláž", "Hudák-Horváthová", "Kováč-Oravec"], ["SK"]),
    "bulgarian": (["Desislava-Plamen", "Dimitar-Gergana", "Gergana-Dimitar", "Hristo-Gergana", "Plamen-Dimitar"],
        ["Angelov-Stoyanov", "Angelov-Todorov", "Ivanova-Angelov", "Ivanova-Dimitrova"], ["BG"]),
    "serbian": (["Dragana-Milica", "Dušan-Jelena", "Jelena-Vuk", "Milica-Jelena", "Milica-Vuk"],
        ["Marković-Jovanović", "Nikolić-Petrović", "Petrović-Stanković", "Stanković-Đorđević"], ["RS"]),
    "portuguese": (["Duarte-Beatriz", "Gonçalo-Inês", "Leonor-Beatriz", "Leonor-Inês", "Leonor-Tiago"],
        ["Antunes-Magalhães", "Antunes-Sousa", "Carvalho-Ferreira", "Magalhães-Sousa"], ["PT", "LU"]),
    "brazilian": (["Jéssica-Larissa", "Larissa-Thaís", "Thaís-Caio", "Wellington-Jéssica", "Wellington-Larissa"],
        ["Albuquerque-Bezerra", "Bezerra-Albuquerque", "Nascimento-Albuquerque", "Nascimento-Oliveira"], ["BR"]),
    "mexican": (["Citlali-Emiliano", "Cuauhtémoc-Citlali", "Guadalupe-Ximena", "Rodrigo-Guadalupe", "Ximena-Citlali"],
        ["Garza-Hernández", "Hernández-Garza", "Treviño-Garza", "Zúñiga-Villanueva"], ["MX", "US"]),
    "colombian": (["Andrés-Yurany", "Catalina-Jhon", "Jhon-Catalina", "Sebastián-Yurany", "Yurany-Andrés"],
        ["Arango-Zuluaga", "Cardona-Londoño", "Cardona-Ospina", "Ospina-Arango"], ["CO"]),
    "chilean": (["Antonella-Constanza", "Antonella-Javiera", "Benjamín-Javiera", "Javiera-Matías", "Vicente-Javiera"],
        ["Araya-Saavedra", "Contreras-Valenzuela", "Fuentes-Contreras", "Fuentes-Valenzuela"], ["CL"]),
    "argentine": (["Agustina-Micaela", "Gonzalo-Lautaro", "Lautaro-Gonzalo", "Nicolás-Agustina", "Nicolás-Florencia"],
        ["Acosta-Sosa", "Giménez-Benítez", "Sosa-Acosta", "Sosa-Romero"], ["AR"]),
    "jamaican": (["Kerry-Ann-Marlon", "Kerry-Ann-Shanice", "Marlon-Devon", "Tameka-Marlon", "Tameka-Shanice"],
        ["Bailey-Grant", "Bailey-McKenzie", "Gayle-Bailey", "Grant-McKenzie"], ["JM", "GB", "CA"]),
    "punjabi": (["Gurdeep-Harpreet", "Gurdeep-Simran", "Jaspal-Balwinder", "Jaspal-Simran", "Manpreet-Jaspal"],
        ["Gill-Sidhu", "Sandhu-Sidhu", "Sidhu-Dhillon", "Sidhu-Grewal"], ["IN", "GB", "CA"]),
    "uzbek": (["Dilnoza-Sardor", "Gulnora-Sardor", "Jasur-Sardor", "Malika-Jasur", "Sardor-Malika"],
        ["Mirzayeva-Rakhimov", "Rakhimov-Ergashev", "Tursunova-Karimova", "Yusupov-Ergashev"], ["UZ"]),
    "chinese": (["Xiaoling-Wei", "Xiuying-Jianguo", "Xiuying-Zhiwei", "Zhiwei-Wei", "Zhiwei-Xiuying"],
        ["Guo-Liu", "Liu-Guo", "Liu-Huang", "Zhang-Zhou"], ["CN", "HK"]),
    "greenlandic": (["Aqqaluk-Nivi", "Arnaq-Nivi", "Inunnguaq-Naja", "Nivi-Aqqaluk", "Pavia-Arnaq"],
        ["Lynge-Olsen", "Lynge-Petrussen", "Motzfeldt-Kleist", "Motzfeldt-Kristiansen"], ["GL"]),
    "israeli": (["Omri-Itai", "Omri-Shira", "Shira-Itai", "Shira-Tamar", "Yonatan-Itai"],
        ["Avraham-Dahan", "Biton-Dahan", "Friedman-Peretz", "Mizrahi-Friedman"], ["IL"]),
    "norwegian": (["Ingvild-Torunn", "Ingvild-Vebjørn", "Sindre-Solveig", "Sindre-Torunn", "Torunn-Ingvild"],
        ["Fjeldstad-Brekke", "Solberg-Brekke", "Tveit-Brekke", "Tveit-Fjeldstad"], ["NO"]),
    "danish": (["Mette-Rasmus", "Mette-Sidsel", "Rasmus-Asger", "Sidsel-Mette", "Signe-Mads"],
        ["Vestergaard-Nørgaard", "Østergaard-Kjærgaard", "Østergaard-Lauridsen", "Østergaard-Nørgaard"], ["DK"]),
    "turkmen": (["Batyr-Merdan", "Jennet-Merdan", "Jennet-Serdar", "Ogulgerek-Aýna", "Serdar-Batyr"],
        ["Berdiyev-Hojayev", "Hojayev-Orazov", "Nurmuradov-Berdiyev", "Orazov-Atayeva"], ["TM"]),
    "hawaiian": (["Kalena-Kekoa", "Kalena-Keoni", "Keoni-Kalena", "Keoni-Kekoa", "Leilani-Malia"],
        ["Akana-Nakoa", "Kamakau-Akana", "Kauhane-Kamakau", "Nakoa-Kahananui"], ["US"]),
    "luxembourgish": (["Anouk-Romain", "Gilles-Claudine", "Nathalie-Claudine", "Patrick-Gilles", "Romain-Gilles"],
        ["Schmit-Wagner", "Wagner-Reuter", "Wagner-Schmit", "Weber-Reuter"], ["LU"]),
}
# Surnames that firms, a publisher, a prize, banks and streets carry: an approver, a customer or a technician who bears
# one is a NAME like anyone; the firm or the street named after someone of that surname is a look-alike.
EPONYM_SURNAMES = {"fi": ["Finlayson", "Porthan", "Mechelin", "Nervander", "Cygnaeus", "Armfelt", "Frenckell",
                          "Bonnier"],
                   "sv": ["Tegnér", "Swedenborg", "Bonnier", "Nobel", "Mechelin", "Armfelt", "Finlayson"],
                   "en": ["Barclay", "Lloyd"]}
# What each of them names, by language: the twin look-alike of a message whose person bears the surname. The person's
# surname and the thing stand in different forms (Mechelin beside Mechelininkatu 12, Lloyd beside Lloyds Bank).
EPONYM_THINGS = {
    "Finlayson": {"fi": ["Finlaysonin tehdasalue", "Finlaysonin alue"], "sv": ["Finlaysons fabriksområde"]},
    "Porthan": {"fi": ["Porthaninkatu 5", "Porthaninrinne 2"]},
    "Mechelin": {"fi": ["Mechelininkatu 12", "Mechelininkadun sähköasema"], "sv": ["Mechelingatan 12"]},
    "Nervander": {"fi": ["Nervanderinkatu 7"]},
    "Cygnaeus": {"fi": ["Cygnaeuksenkatu 3", "Cygnaeuksen galleria"]},
    "Armfelt": {"fi": ["Armfeltintie 9", "Armfeltin kartano"], "sv": ["Armfeltsvägen 9"]},
    "Frenckell": {"fi": ["Frenckellin aukio", "Frenckellin kirjapaino"]},
    "Nobel": {"sv": ["Nobelparken 2", "Nobelmuseet"]},
    "Bonnier": {"fi": ["Bonnierin kustantamo"], "sv": ["Bonniers förlag", "Bonnierhuset"]},
    "Tegnér": {"sv": ["Tegnérgatan 12", "Tegnérlunden 3"]},
    "Swedenborg": {"sv": ["Swedenborgsgatan 8"]},
    "Barclay": {"en": ["Barclays Bank", "Barclays"]},
    "Lloyd": {"en": ["Lloyds Bank", "Lloyds Banking Group"]},
}
EPONYM_KINDS = {"twin_fi", "twin_sv", "twin_en", "street_fi", "street_sv", "street_en", "firm_fi", "firm_en",
                "firm_sv"}


# The irregular Finnish forms of the set's names, first those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES)
# A surname in -us with its -ukse- stem (Cygnaeus: Cygnaeuksen, Cygnaeukselle).
IRREGULAR["Cygnaeus"] = generation.kse_forms("Cygnaeus")


# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.COUNTRIES
PEOPLE = generation.People(R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
PHONES = generation.Phones(DRAW, COUNTRIES)


# ---------------------------------------------------------------------------------------------------------------------
# Addresses and logins: the organisation's patterns, the name without marks.

# The organisation's domains by the language of the message (the group's, its finance unit's, the utility's and its
# grid's in Finland, Sweden and England); CURRENT["language"] is the message's.
ORG_DOMAINS = {"fi": ["konserni.example.fi", "talous.example.fi", "energia.example.fi", "vesi.example.fi",
                      "sahkoverkko.example.fi"],
               "sv": ["koncern.example.se", "energi.example.se", "ekonomi.example.fi", "elnat.example.se"],
               "en": ["group.example.co.uk", "finance.example.com", "utility.example.co.uk"]}

def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: a Writer says text and labels names, addresses, logins, numbers and look-alikes. A line may be a
# template: {a.g} a's given name, {a.gs.all} given name and surname with the case on the surname, {a.g.ela} the given
# name in a case, {a.sgc} "Surname, Given", {a.SG} the surname in capitals first, {mail:a}, {phone:a}, {user:a},
# {hetu:a} an identity code, {iban:a} an account in a's home bank, {fiban:a} one in a foreign bank, {card:a} a payment
# card, {shared} a shared mailbox, [a look-alike], {L:kind} a drawn look-alike, {num} a number whose owner is not
# named.

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

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def foreign_iban(self, p):
        """A supplier's or a contact's account in the bank of their country (a German, Estonian, Lithuanian…
        IBAN), a Finnish one when their country has no form here."""
        if p.account is None:
            country = p.country if p.country in FOREIGN_BBAN else R.choice(sorted(FOREIGN_BBAN))
            p.account = identifiers.written_foreign_iban(R, country, FOREIGN_BBAN[country])
        return self.ent(p.account, "IBAN", p.role)

    def shared_box(self):
        return R.choice(SHARED_BOXES[self.language])

    def values(self):
        return {**super().values(), "fiban": self.foreign_iban}


# The account part of the IBANs of the countries a supplier's bank may be in: digits only, by each country's length.
FOREIGN_BBAN = {"DE": "{18}", "EE": "{16}", "LT": "{16}", "PL": "{24}", "ES": "{20}", "SE": "{20}", "DK": "{14}",
                "NO": "{11}", "BE": "{12}", "PT": "{21}", "CZ": "{20}", "SK": "{20}", "HU": "{24}", "AT": "{16}",
                "FI": "{14}"}


# ---------------------------------------------------------------------------------------------------------------------
# Business ids, shared mailboxes and dates.

# The service desk's and the units' shared mailboxes: an EMAIL, role "third", as set 27 labels them.
SHARED_BOXES = {"fi": ["ostoreskontra@konserni.example.fi", "palkat@talous.example.fi",
                       "asiakaspalvelu@energia.example.fi", "laskutus@energia.example.fi",
                       "vikailmoitus@sahkoverkko.example.fi"],
                "en": ["accounts.payable@group.example.co.uk", "payroll@finance.example.com",
                       "customer.care@utility.example.co.uk"],
                "sv": ["leverantorsreskontra@koncern.example.se", "lon@ekonomi.example.fi",
                       "kundservice@energi.example.se"]}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a group's finance and payroll service desk and an energy and water utility's customer service: ERP,
# payroll and expense systems whose names look like names, invoice, order, supplier and reference numbers, amounts,
# cost centres and accounts, business and VAT ids with their check digits, bank identifier codes, per diem and mileage
# rows, metering-point ids with their check digit, meter serials and readings, tariffs, work orders, outage ids, firms
# named after people or places, streets and towns as places, and the service numbers the text makes a service's.


def orgnr():
    """A Swedish organisation number with its Luhn digit."""
    n = identifiers.luhn(R, R.choice(["556", "559", "802", "916"]), 10)
    return f"{n[:6]}-{n[6:]}"


def gsrn(prefix):
    """An 18-digit metering-point id (GSRN) with its GS1 check digit: prefix and digits, weights 3 1 from the right."""
    body = prefix + identifiers.digits(R, 17 - len(prefix))
    check = (10 - sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body))) % 10) % 10
    return body + str(check)


def mpan():
    """A British electricity supply number's 13-digit core with its check digit (the prime weights, mod 11, mod 10)."""
    body = R.choice(["10", "12", "14", "16", "19", "20", "22"]) + identifiers.digits(R, 10)
    check = sum(int(d) * w for d, w in zip(body, (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43))) % 11 % 10
    core = body + str(check)
    return R.choice([core, f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"])


def amount(language):
    euros, cents = R.choice([R.randint(3, 99), R.randint(100, 9999), R.randint(10000, 250000)]), R.randint(0, 99)
    grouped = f"{euros:,}"
    return {"fi": R.choice([f"{grouped.replace(',', ' ')},{cents:02d} €", f"{euros},{cents:02d} EUR"]),
            "en": R.choice([f"£{grouped}.{cents:02d}", f"€{grouped}.{cents:02d}", f"EUR {euros}.{cents:02d}"]),
            "sv": R.choice([f"{grouped.replace(',', ' ')},{cents:02d} kr", f"{euros} SEK", f"{euros},{cents:02d} €"])
            }[language]


def kwh(language):
    value = R.randint(2, 48000)
    text = f"{value:,}".replace(",", " " if language != "en" else ",")
    return R.choice([f"{text} kWh", f"{value} kWh", f"{R.randint(1, 99)},{R.randint(0, 9)} kWh"
                     if language != "en" else f"{R.randint(1, 99)}.{R.randint(0, 9)} kWh"])


def reading(language):
    whole, part = identifiers.digits(R, R.choice([5, 6])), identifiers.digits(R, 1)
    return f"{whole}{',' if language != 'en' else '.'}{part}"


def twin(language):
    """The firm, prize or street named after someone of the surname of this message's person CURRENT["x"]: the thing
    is kept, the person's surname in the same message is a NAME; the two forms differ, as the words do."""
    return R.choice(EPONYM_THINGS[CURRENT["x"].surname][language])


def street(language):
    return R.choice(STREETS[language]).replace("{n}", str(R.randint(1, 99)))


# Service numbers the text makes a service's, each of its kind: the tax administration's (Verohallinto, HMRC,
# Skatteverket), the enforcement authority's (Ulosottolaitos, Kronofogden), a card-blocking line, a grid's fault line
# and the power-cut number 105, and a customer-service line.
SERVICE_LINES = {
    "taxline": {"fi": ["029 497 000", "029 497 002", "029 497 050"], "en": ["0300 200 3300", "0300 200 3310"],
                "sv": ["0771-567 567"]},
    "bailiffline": {"fi": ["029 56 {5}", "029 562 {4}"], "sv": ["0771-73 73 00"]},
    "cardline": {"fi": ["020 333", "+358 20 333"], "en": ["0800 {3} {4}", "+44 345 {3} {4}"]},
    "faultline": {"fi": ["0800 {3} {3}", "020 {3} {4}"], "en": ["105", "0800 {3} {4}"],
                  "sv": ["020-{2} {2} {2}", "0771-{2} {2} {2}"]},
    "careline": {"fi": ["010 {3} {4}", "0200 {5}", "(09) 617 {5}"], "en": ["0345 {3} {4}", "0330 {3} {4}"],
                 "sv": ["0771-{2} {2} {2}", "08-{3} {2} {2}", "020-32 00 00"]},
}
ERP = ["SAP S/4HANA", "SAP ECC", "Workday", "Visma Netvisor", "Basware", "Oracle Fusion", "Dynamics 365 Finance",
       "Heeros", "Procountor", "Medius", "Agresso", "Unit4 ERP", "Raindance", "Fennoa", "Lemonsoft", "Tikon",
       "Coupa", "Aditro", "Rondo"]
PAYROLL = ["Sympa", "SD Worx", "Visma Payroll", "Personec", "Heeros Palkat", "Workday Payroll", "Kiekue",
           "Hellewi", "Populus", "Flex HRM", "Sage 200", "Hailer"]
EXPENSE = ["SAP Concur", "Rydoo", "Emburse", "Travel & Expense", "M2", "Visma Expense", "Pleo", "Expensify"]
BILLING = ["Forum", "Elvis", "Kaleva CIS", "Hansa CIS", "SAP IS-U", "Metka", "Tieto Energia", "Cerebra",
           "Kalevala CX", "Aurora Billing", "Vilja", "Eliot"]
BICS = ["NDEAFIHH", "OKOYFIHH", "HELSFIHH", "DABAFIHH", "HANDFIHH", "SBANFIHH", "AABAFI22", "POPFFI22",
        "HANDSESS", "SWEDSESS", "ESSESESS", "DEUTDEFF", "COBADEFF", "NWBKGB2L", "BARCGB22", "INGBNL2A", "HABALT22",
        "CBVILT2X", "EEUHEE2X"]
# Firms named after people or places (kept: a firm is not a person), and made-up suppliers.
FIRMS = {"fi": ["Aino Catering Oy", "Toivo Rakennus Oy", "Onni Kiinteistöpalvelut Oy", "Ilona Siivous Oy",
                "Kauko Kuljetus Oy", "Helmi Kukka Oy", "Pohjolan Putkityö Oy", "Savon Sähköasennus Oy",
                "Lapin Lämpö Oy", "Hämeen Toimistotarvike Oy", "Rauhala Konepaja Oy", "Kalevan Kiinteistöt Oy",
                "Tapiola Huolto Oy", "Väinämöinen Consulting Oy", "Oy Karhu Trading Ab"],
         "en": ["Grace Facilities Ltd", "Jack Russell Logistics Ltd", "Victoria Office Supplies Ltd",
                "Northern Pipework Ltd", "Kingston Catering plc", "Albert Dock Cleaning Ltd", "Harley Print Ltd",
                "Florence Care Services", "Pennine Electrical Ltd", "Windsor Fleet Hire"],
         "sv": ["Astrid Städ AB", "Gustav Bygg AB", "Norrlands Rör AB", "Kontorsgruppen i Vasa Ab",
                "Märta Catering AB", "Skärgårdens El Ab", "Oskar Transport AB", "Saga Fastigheter AB",
                "Österbottens Värme Ab", "Linnea Blommor AB"]}
STREETS = {"fi": ["Mannerheimintie {n}", "Runeberginkatu {n} B", "Kalevankatu {n}", "Hämeenkatu {n} A 5",
                  "Aleksanterinkatu {n}", "Satamakatu {n}", "Rautatienkatu {n}", "Koivukuja {n}", "Pihlajatie {n} C 12",
                  "Kuusitie {n}", "Ratapihantie {n}", "Tehtaankatu {n} as. 3", "Puistolantie {n}", "Myllytie {n}",
                  "Hakaniemenranta {n}", "Peltolantie {n} B", "Kirkkokatu {n}", "Sepänkatu {n}", "Väinönkatu {n}"],
           "sv": ["Storgatan {n}", "Kyrkogatan {n}", "Strandvägen {n}", "Skolgatan {n} B", "Järnvägsgatan {n}",
                  "Hamngatan {n}", "Björkvägen {n}", "Sandviksgatan {n}", "Köpmansgatan {n} A 4", "Ågatan {n}"],
           "en": ["{n} High Street", "{n} Station Road", "{n} Church Lane", "{n} Victoria Road", "{n} Mill Lane",
                  "Flat {n}, Albert Court", "{n} Park Avenue", "{n} Kingsway", "{n} Queen's Road"]}
POSTCODES = {"fi": ["00100 Helsinki", "00530 Helsinki", "02600 Espoo", "01300 Vantaa", "33200 Tampere", "20500 Turku",
                    "90100 Oulu", "40500 Jyväskylä", "70100 Kuopio", "15140 Lahti", "28100 Pori", "80100 Joensuu"],
             "sv": ["65100 Vasa", "68600 Jakobstad", "10600 Ekenäs", "22100 Mariehamn", "06100 Borgå",
                    "114 55 Stockholm", "411 03 Göteborg", "852 30 Sundsvall", "931 31 Skellefteå"],
             "en": ["LS1 4AP", "BS1 5TR", "M1 2HF", "NG1 6FQ", "CF10 1EP", "EH1 1YZ", "B3 2PW"]}
TOWNS = ["Tampere", "Oulu", "Vaasa", "Lahti", "Kuopio", "Joensuu", "Rovaniemi", "Seinäjoki", "Hämeenlinna", "Kotka",
         "Porvoo", "Mikkeli", "Umeå", "Luleå", "Sundsvall", "Frankfurt", "Tallinn", "Riga", "Leeds", "Bristol",
         "Stockholm", "Brussels", "Hamburg", "Kemi", "Salo", "Forssa"]
HOTELS = ["Scandic Simonkenttä", "Sokos Hotel Torni", "Radisson Blu Royal", "Holiday Inn Tampere", "Hotel Kämp",
          "Clarion Hotel Arlanda", "Original Sokos Hotel Vaakuna", "Premier Inn Leeds City", "Lapland Hotels Oulu",
          "Hotel Aleksanteri", "Break Sokos Hotel Eden"]
TARIFFS = {"fi": ["Pörssisähkö", "Kiinteä hinta 12 kk", "Tuulisähkö", "Vihreä perussähkö", "Yösähkö", "Kausisähkö",
                  "Aurinkosähkö Plus", "Toistaiseksi voimassa oleva", "Kaukolämpö Perus"],
           "en": ["Fixed Dec 2027", "Standard Variable", "Economy 7", "Green Tracker", "Prepayment",
                  "Agile Octopus", "EV Night Saver"],
           "sv": ["Rörligt pris", "Fast pris 24 mån", "Timpris", "Vindel", "Mixavtal", "Förvalt avtal",
                  "Grön el Bas"]}
METERS = ["Aidon 6534", "Kamstrup Omnipower", "Landis+Gyr E360", "Echelon EM-1023", "Itron ACE6000",
          "Kamstrup MULTICAL 603", "Diehl Hydrus", "Sensus iPERL", "Elster AS1440", "Sagemcom XT211"]


CURRENT = {"x": None, "language": "fi"}
STICKY = {"erp", "payroll", "expense", "billing", "tariff_fi", "tariff_en", "tariff_sv", "metering", "meterbrand"}
LOOKS = {
    "erp": lambda: R.choice(ERP), "erp2": lambda: R.choice(ERP), "payroll": lambda: R.choice(PAYROLL),
    "expense": lambda: R.choice(EXPENSE), "billing": lambda: R.choice(BILLING), "bic": lambda: R.choice(BICS),
    "hotel": lambda: R.choice(HOTELS), "town": lambda: R.choice(TOWNS), "town2": lambda: R.choice(TOWNS),
    "meterbrand": lambda: R.choice(METERS),
    "twin_fi": lambda: twin("fi"), "twin_sv": lambda: twin("sv"), "twin_en": lambda: twin("en"),
    "street_fi": lambda: street("fi"), "street_sv": lambda: street("sv"), "street_en": lambda: street("en"),
    "postcode_fi": lambda: R.choice(POSTCODES["fi"]), "postcode_sv": lambda: R.choice(POSTCODES["sv"]),
    "postcode_en": lambda: R.choice(POSTCODES["en"]),
    "firm_fi": lambda: R.choice(FIRMS["fi"]), "firm_en": lambda: R.choice(FIRMS["en"]),
    "firm_sv": lambda: R.choice(FIRMS["sv"]),
    "tariff_fi": lambda: R.choice(TARIFFS["fi"]), "tariff_en": lambda: R.choice(TARIFFS["en"]),
    "tariff_sv": lambda: R.choice(TARIFFS["sv"]),
    "amount_fi": lambda: amount("fi"), "amount_en": lambda: amount("en"), "amount_sv": lambda: amount("sv"),
    "kwh_fi": lambda: kwh("fi"), "kwh_en": lambda: kwh("en"), "kwh_sv": lambda: kwh("sv"),
    "reading_fi": lambda: reading("fi"), "reading_en": lambda: reading("en"), "reading_sv": lambda: reading("sv"),
    "viite": DRAW.viite, "rf": DRAW.rf_reference, "ytunnus": DRAW.ytunnus, "orgnr": orgnr,
    "vatfi": lambda: "FI" + DRAW.ytunnus().replace("-", ""), "vatse": lambda: "SE" + orgnr().replace("-", "") + "01",
    "vatgb": lambda: DRAW.fill("GB {3} {4} {2}"), "companyno": lambda: DRAW.fill("Company No. {8}"),
    "ovt": lambda: "0037" + DRAW.ytunnus().replace("-", "") + R.choice(["", "", "001", "00100"]),
    "metering": lambda: R.choice([gsrn("6430"), gsrn("64300")]), "metering_se": lambda: gsrn("735999"),
    "mpan": mpan, "mprn": lambda: DRAW.fill(R.choice(["{9}", "{10}"])),
    "serial": lambda: DRAW.fill(R.choice(["{8}", "SN {8}", "{2}{A}{6}", "LGZ{8}", "{4} {4}", "KAM-{7}"])),
    "invoice": lambda: DRAW.fill(R.choice(["{6}", "INV-{6}", "{4}/{4}", "LASKU {7}", "F{8}", "{2}-{5}", "SI{7}"])),
    "po": lambda: DRAW.fill(R.choice(["45000{5}", "PO-{6}", "TIL{6}", "4700{6}", "PO{7}"])),
    "supplier": lambda: DRAW.fill(R.choice(["{6}", "V{6}", "TOIM-{5}", "LEV{5}", "SUP-{5}"])),
    "costc": lambda: DRAW.fill(R.choice(["{4}", "KP {4}", "CC-{4}", "{3}{2}0", "KST {4}"])),
    "gl": lambda: R.choice(["4000", "4010", "6200", "6210", "6850", "7300", "2870", "1910", "8400", "5010"]),
    "period": lambda: DRAW.fill(R.choice(["{1}/2026", "1{1}/2026", "2026-0{1}", "2027/0{1}", "P0{1}", "P1{1}"])),
    "job": lambda: R.choice(["ZFI_AP_CLOSE", "F.05 FX_VALUATION", "GL_RECON_MONTHLY", "PAYROLL_POST_0{d}",
                             "AR_DUNNING_RUN", "FAGL_FCV", "ZPY_BANKFILE", "SAP_REORG_01", "CO_ALLOC_CC",
                             "VAT_REPORT_FI", "INTERCO_ELIM"]).replace("{d}", str(R.randint(1, 9))),
    "batch": lambda: DRAW.fill(R.choice(["{10}", "BATCH-{6}", "JOB{8}", "RUN {5}", "{4}{A}{A}{4}"])),
    "card_tail": lambda: DRAW.fill(R.choice(["**** {4}", "xxxx xxxx xxxx {4}", "•••• {4}", "...{4}"])),
    "workorder": lambda: DRAW.fill(R.choice(["TT-{6}", "WO{7}", "työtilaus {6}", "AO-{5}", "JOB {6}"])),
    "outage": lambda: DRAW.fill(R.choice(["KH-2026-{4}", "OUT{6}", "INC-{5}", "SA-{5}", "häiriö {5}"])),
    "contract": lambda: DRAW.fill(R.choice(["{10}", "SOP-{7}", "{3}-{6}", "AVT{8}", "ACC-{8}"])),
    "customer": lambda: DRAW.fill(R.choice(["{7}", "{8}", "AS{6}", "KN {6}", "{3} {3} {3}"])),
    "bankgiro": lambda: DRAW.fill(R.choice(["{3}-{4}", "{4}-{4}"])),
    "fuse": lambda: R.choice(["3 x 25 A", "3 x 35 A", "1 x 25 A", "3 x 63 A", "3x20A", "100 A"]),
    "flight": lambda: DRAW.fill(R.choice(["AY {3}", "AY{4}", "SK {4}", "BA {3}", "LH {4}", "N7 {3}"])),
    "ticket": lambda: DRAW.fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "RITM00{5}", "HD-{3}-{4}", "SD-{5}",
                                     "FIN-{6}", "ASPA-{5}"])),
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    "km": lambda: f"{R.randint(4, 980)} km",
    "pct": lambda: R.choice(["24,5 %", "18 %", "31,5 %", "40 %", "12,0 %", "37 %", "9,5 %", "52 %"]),
    "weekday_fi": lambda: R.choice(["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]),
    "weekday_en": lambda: R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "weekday_sv": lambda: R.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag"]),
    "system": lambda: R.choice(["ServiceNow", "TOPdesk", "Efecte", "Jira Service Management", "Zendesk",
                                "Halo ITSM", "Salesforce Service Cloud", "Freshdesk"]),
    "nameword_fi": lambda: R.choice(["valo palasi", "onni onnettomuudessa", "armon aika pidennetty", "tyyni ilta",
                                     "toivo nopeasta korjauksesta", "usko tulevaan", "ilo irti", "sulo koti lämmin"]),
    "nameword_en": lambda: R.choice(["grace period", "will review", "bill of lading", "mark as paid", "rob Peter "
                                     "to pay Paul", "penny wise", "hope to hear", "sterling service"]),
    "nameword_sv": lambda: R.choice(["dag för dag", "hoppas på snar lösning", "bo kvar", "stig på", "ro i sinnet",
                                     "glädje", "vid liv"]),
}


LOOKS.update(DRAW.worded(
    role={"fi": ["ICT-tukihenkilö", "sovellusasiantuntija", "pääkäyttäjä", "asiakaspalveluneuvoja", "palkkasihteeri",
                 "reskontranhoitaja"],
          "en": ["Service Desk Analyst", "Finance Systems Analyst", "Customer Care Advisor", "Payroll Officer",
                 "Billing Specialist"],
          "sv": ["IT-supporttekniker", "systemförvaltare", "kundtjänstmedarbetare", "lönehandläggare",
                 "reskontraansvarig"]},
    queue={"fi": ["Talousjärjestelmät", "Palkat ja HR", "Ostoreskontra", "Asiakaspalvelu / sähkö", "Mittaus",
                  "Verkkopalvelut"],
           "en": ["Finance Systems", "Payroll", "Accounts Payable", "Metering", "Customer Care"],
           "sv": ["Ekonomisystem", "Lön", "Leverantörsreskontra", "Mätning", "Kundtjänst"]},
    perdiem={"fi": ["kokopäiväraha 53 €", "osapäiväraha 24 €", "ulkomaan päiväraha (Saksa) 71 €",
                    "ateriakorvaus 26,50 €",
                    "kilometrikorvaus 0,59 €/km", "yömatkaraha 16 €"],
             "en": ["overnight subsistence £25.00", "meal allowance £7.50", "mileage 45p/mile", "per diem EUR 71",
                    "day rate £10.00"],
             "sv": ["heldagstraktamente 290 kr", "halvdagstraktamente 145 kr", "milersättning 25 kr/mil",
                    "utlandstraktamente (Finland) 715 kr", "måltidsavdrag 58 kr"]},
    tax={"fi": ["ennakonpidätysprosentti {2},5 %", "lisäprosentti 4{1} %", "tuloraja {2} 000 €", "verokortti 2027",
                "muutosverokortti"],
         "en": ["tax code 1257L", "tax code BR", "tax code K{3}", "emergency tax code 1257L W1", "P60 for 2026"],
         "sv": ["skattetabell 3{1}", "kolumn 1", "jämkning", "skattesats 3{1},{2} %", "A-skatt"]},
    days={"fi": ["{1} pv", "1{1} päivää", "{1} työpäivää"], "en": ["{1} days", "{1} working days"],
          "sv": ["{1} dagar", "1{1} arbetsdagar"]},
    m3={"fi": ["{3},{1} m³", "{2} m³", "{1} {3},{3} m³"]},
))
LOOKS.update(DRAW.worded(**SERVICE_LINES))
LOOKS.update({"date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
              "date_sv": lambda: CLOCK.day_text("sv")})


# ---------------------------------------------------------------------------------------------------------------------
# The shapes: one template each, in the language its kind of text is written in. s is the register's known person (the
# employee whose role, claim, card, payslip or tax card it is, the clerk who handles an invoice or a supplier's
# change, the customer who moves, reports, calls or chats, the heir who takes over an estate's contract, the attorney);
# a-h are third parties (approvers and substitutes, colleagues, suppliers' contacts, neighbours, technicians, the
# deceased, the principal of a power of attorney); k shares the subject's surname (a spouse, a parent, a child); x
# bears a surname that a firm, a prize, a bank or a street also bears and is a NAME like anyone. ⟦ ⟧ stand for square
# brackets.

SHAPES = [
    # ---- Finnish: finance, payroll and travel
    ("sap_rooli_fi", "fi",
     "Aihe: Käyttöoikeuspyyntö – {L:erp}, kustannuspaikka {L:costc}\n\nHei,\n\naloitan {L:date_fi} "
     "ostoreskontrassa. Tarvitsisin {L:erp}-roolit (laskujen tarkastus ja hyväksyntä {L:amount_fi} asti) samalla "
     "profiililla kuin kollegallani {a.gs.ade} ({user:a}). Esihenkilöni {b.gs} hyväksyy pyynnön, ja hänen "
     "sijaisenaan toimii {c.gs} ({phone:c}).\n\nTerveisin\n{s.gs}\n{phone:s}, {mail:s}\n\n---\nHyväksyntä "
     "{L:stamp}: {b.gs} ({user:b}). {b.g}: \"Lisätkää {s.g.all} myös {L:erp2}-lukuoikeus, perehdyttäjänä {d.gs}.\"\n"),
    ("laskunkierto_fi", "fi",
     "Aihe: Lasku jumissa hyväksyntäkierrossa ({L:erp})\n\nHei! Toimittajan {L:firm_fi} lasku {L:invoice} "
     "({L:amount_fi}, eräpäivä {L:date_fi}, viite {L:viite}) odottaa hyväksyjää {a.gs}, joka on lomalla "
     "{L:date_fi} asti. Sijaishyväksyjäksi on merkitty {b.gs}, mutta lasku ei siirry {b.g.all}. Tarkastaja "
     "{c.gs} kuittasi laskun jo {L:stamp}.\n\nVoisitteko siirtää laskun {b.gs.all} tai {d.gs.all}? "
     "Kustannuspaikka {L:costc}, tili {L:gl}, tilaus {L:po}. Sama toimittaja laskutti myös {x.gs.all} "
     "({L:twin_fi}).\n\n{s.gs}, ostoreskontra, {phone:s}\n"),
    ("tilinvaihto_fi", "fi",
     "Aihe: VS: Toimittajan pankkitilin muutos – tarkistus\n\nHei,\n\nsaimme {L:date_fi} sähköpostin, jossa "
     "toimittaja {L:firm_fi} (toimittajanro {L:supplier}, Y-tunnus {L:ytunnus}) pyytää maksamaan laskut uudelle "
     "tilille {fiban:a} ({L:bic}). Viestin allekirjoitti \"talouspäällikkö {a.gs}\", mutta osoite {mail:a} ei "
     "ole toimittajan. Soitin toimittajan tuntemalle yhteyshenkilölle {b.gs.all} numeroon {phone:b}: hän ei "
     "tunne {a.gs.par}, ja vanha tili {iban:b} on yhä voimassa.\n\nMuutosta ei tehty. Tiedoksi "
     "tietoturvalle {c.gs.all} ja controller {d.gs.all}. Avoin lasku {L:invoice}, {L:amount_fi}.\n\n{s.gs} "
     "({user:s}), {L:role_fi}\n"),
    ("ostotilaus_fi", "fi",
     "Aihe: Ostotilaus {L:po} ei näy toimittajalle\n\nTein {L:erp}:ssä tilauksen {L:po} toimittajalle "
     "{L:firm_fi} ({L:amount_fi}, toimitus {L:date_fi} osoitteeseen {L:street_fi}, {L:postcode_fi}). Toimittajan "
     "myyjä {a.gs} ({phone:a}) sanoo, ettei tilausta ole tullut. Hyväksyjä {b.gs} hyväksyi sen {L:stamp}, ja "
     "{c.gs} muutti toimitusehdon.\n\nTilauksen vastaanottaja on {d.gs}, kustannuspaikka {L:costc}. "
     "Terveisin {s.gs}, {phone:s}\n"),
    ("matkalasku_fi", "fi",
     "Aihe: Matkalasku palautui ({L:expense})\n\nHei, matkalaskuni {L:ticket} palautui hyväksyjältä {a.gs.abl} "
     "ilman selitystä. Matka {L:town}–{L:town2} {L:date_fi} ({L:days_fi}), lento {L:flight}, hotelli {L:hotel}.\n\n"
     "Rivit:\n{L:date_fi};{L:perdiem_fi};{L:costc}\n{L:date_fi};{L:perdiem_fi};{L:costc}\n{L:date_fi};"
     "{L:perdiem_fi};{L:km}\n\nMukana oli myös {b.gs} samalla matkalla; {b.g.gen} lasku meni läpi. "
     "Päivärahoista päättää {c.gs}. {s.gs}, {phone:s}\n"),
    ("yrityskortti_fi", "fi",
     "Puhelumuistio {L:hour}: {s.gs} ({user:s}) soitti numerosta {phone:s}. Yrityskortti {card:s} katosi "
     "matkalla ({L:town}). Kortti suljettiin {L:stamp} pankin sulkupalvelussa {L:cardline_fi}. Korttitapahtumat "
     "{L:date_fi} jälkeen: {L:amount_fi} ({L:hotel}) ja {L:amount_fi}.\n\nKorttien pääkäyttäjä {a.gs} tilaa "
     "uuden kortin; esihenkilö {b.gs} hyväksyy. Vanhan kortin {L:card_tail} kulut kohdistaa {c.gs}.\n"),
    ("palkkalaskelma_fi", "fi",
     "Aihe: Palkkalaskelma ei tullut verkkopankkiin\n\nHei,\n\n{L:date_fi} maksettu palkka näkyy tililläni {iban:s}, "
     "mutta palkkalaskelmaa ei tullut {L:payroll}-palvelusta eikä verkkopankkiin. Palkkasihteeri {a.gs} "
     "sanoi, että laskelmat lähti {L:stamp}. Myös tiimikaverini {b.gs} on ilman laskelmaa.\n\n{s.gs}, "
     "henkilönumero {L:customer}, {phone:s}\n\nVastaus ({c.gs}, palkat): Laskelmasi jäi {d.gs.gen} "
     "ajon virhelistalle, lähetetään uudelleen.\n"),
    ("verokortti_fi", "fi",
     "Aihe: Verokortti ei päivittynyt palkanlaskentaan\n\nHei, toimitin uuden verokortin ({L:tax_fi}, "
     "{L:tax_fi}), mutta {L:date_fi} palkasta pidätettiin {L:pct}. Henkilötunnukseni {hetu:s}. "
     "Palkanlaskija {a.gs} ({phone:a}) neuvoi ottamaan yhteyttä teihin, koska {L:payroll} ei hae verokorttia.\n\n"
     "Terveisin {s.gs}\n\n---\n{b.gs} ({user:b}): verokorttihaku epäonnistui koko erälle {L:batch}; "
     "Verohallinnon palvelunumero {L:taxline_fi}. {c.gs} ajaa korjauksen.\n"),
    ("ulosotto_fi", "fi",
     "Aihe: Palkan ulosmittaus – kysymys\n\nHei,\n\npalkastani on alettu ulosmitata ({L:amount_fi} kuussa), "
     "vaikka maksusuunnitelma tehtiin {L:date_fi}. Kihlakunnanulosottomies {a.gs} lupasi, että ulosmittaus "
     "keskeytetään. Palkkahallinnossa asiaa hoitaa {b.gs}.\n\n{s.gs}, hetu {hetu:s}, {phone:s}\n\n"
     "Vastaus ({c.gs}): Maksukielto on kirjattu {L:stamp}; Ulosottolaitos {L:bailiffline_fi}. Tiedoksi {d.gs.all}.\n"),
    ("kuukausikatko_fi", "fi",
     "Häiriö: kuukauden sulku {L:period} keskeytyi ({L:erp})\n\nAjoloki:\n{L:stamp};{L:job};{user:a};"
     "VALMIS\n{L:stamp};{L:job};{user:a};VALMIS\n{L:stamp};{L:job};{user:b};VIRHE (erä {L:batch})\n"
     "{L:stamp};{L:job};{user:s};ODOTTAA\n\nHei, olen {s.gs} ({phone:s}). {b.gs.gen} käynnistämä ajo kaatui, "
     "ja {a.g} on jo lähtenyt. Controller {c.gs} tarvitsee luvut {L:weekday_fi}; konsernilaskennan {d.gs} "
     "odottaa samaa. {x.gs} tarkistaa {L:twin_fi} -kohteen kirjaukset.\n"),
    ("hyvaksyntaloki_fi", "fi",
     "Aihe: Hyväksyntöjen kirjausketju tilintarkastajalle\n\nHei, tilintarkastaja {a.gs} pyysi laskun "
     "{L:invoice} hyväksyntähistorian. Poiminta {L:erp}:stä:\n\nhyväksyjä;tunnus;summa;aika\n{b.sg};{user:b};"
     "{L:amount_fi};{L:stamp}\n{c.sg};{user:c};{L:amount_fi};{L:stamp}\n{d.sg};{user:d};{L:amount_fi};"
     "{L:stamp}\n\n{d.g.gen} rivillä ylittyy valtuus ({L:amount_fi}). Tarkistaisitteko, miksi {c.gs} hyväksyi "
     "sijaisena? {s.gs} ({user:s}), {L:role_fi}\n"),
    ("ylityo_fi", "fi",
     "Aihe: Ylityöt eivät siirry palkanlaskentaan ({L:erp} → {L:payroll})\n\nHei,\n\nkirjasin {L:period} "
     "ylitöitä {L:days_fi} ja sairauspoissaolon, mutta ne eivät näy palkassa. Esihenkilöni {a.gs} hyväksyi "
     "ne {L:stamp}; hänen sijaisensa {b.gs} näkee ne yhä avoimina. Työaikapoiminta:\n\npvm;tunnit;hyväksyjä;"
     "tila\n{L:date_fi};2,5;{user:a};HYVÄKSYTTY\n{L:date_fi};3,0;{user:b};AVOIN\n\nHR:n {c.gs} ({phone:c}) "
     "neuvoi kysymään teiltä. Kustannuspaikka {L:costc}.\n\n{s.gs} ({user:s}), {phone:s}\n"),
    # ---- Finnish: energy and water utility
    ("muuttoilmoitus_fi", "fi",
     "Muuttoilmoitus ({L:billing})\n\nAsiakas: {s.gs}, {phone:s}, {mail:s}\nVanha osoite: {L:street_fi}, "
     "{L:postcode_fi}, käyttöpaikka {L:metering}\nUusi osoite: {L:street_fi}, {L:postcode_fi}, mittari "
     "{L:meterbrand}, sarjanumero {L:serial}\nMuuttopäivä {L:date_fi}, sopimus {L:tariff_fi}\n\nLisätiedot: "
     "\"Avopuolisoni {a.gs} jää vanhaan asuntoon ja tekee oman sopimuksen. Isännöitsijä {b.gs} ({phone:b}) "
     "antaa avaimet.\" Käsitteli {c.gs}. Samaan taloon muuttaa {x.gs} ({L:twin_fi}); {x.gs.gen} "
     "muuttoilmoitus tuli samana päivänä.\n"),
    ("lukema_fi", "fi",
     "Aihe: Lasku liian suuri – mittarilukema\n\nHei, laskussa {L:invoice} kulutukseni on {L:kwh_fi}, "
     "vaikka lukema {L:date_fi} oli {L:reading_fi}. Mittari {L:meterbrand} ({L:serial}), käyttöpaikan "
     "tunnus {L:metering}. Naapurini {a.gs} sai samanlaisen laskun.\n\n{s.gs}, asiakasnumero {L:customer}, "
     "{phone:s}\n\nVastaus ({b.gs}, mittauspalvelut): Etäluenta katkesi {L:date_fi}; arvio {L:kwh_fi} korjataan. "
     "Hyvitys {L:amount_fi}. Tiedoksi {c.gs.all}.\n"),
    ("sahkokatko_fi", "fi",
     "Vikailmoitus {L:outage} – {L:hour}\n\nIlmoittaja {s.gs}, {phone:s}: sähköt poikki osoitteessa "
     "{L:street_fi}, {L:postcode_fi}. Myös naapurissa ({L:street_fi}) asuvalla {a.gs.ade} on katko. "
     "Pääsulake {L:fuse}.\n\n{L:hour} työnjohtaja {b.gs} ({phone:b}) lähetti asentajan {c.gs}\n{L:hour} "
     "vika muuntamolla, arvio korjauksesta {L:hour}\n{L:hour} tekstiviesti alueen asiakkaille: {num}, {num}, "
     "{num}\nTilanne: {L:nameword_fi}\n\nAsiakas pyysi tekstiviestin numeroon {phone:s}; "
     "{d.gs} lisäsi. Häiriötiedote {L:faultline_fi}. {x.gs} ilmoitti samasta viasta ({L:twin_fi}).\n"),
    ("asentaja_fi", "fi",
     "Työtilaus {L:workorder} – mittarinvaihto\n\nAsiakas: {s.gs}, {L:street_fi}, {L:postcode_fi}, puh. "
     "{phone:s}\nAsentaja: {a.gs} ({phone:a}), työpari {b.gs}\nVanha mittari {L:serial}, lukema "
     "{L:reading_fi}; uusi {L:meterbrand} {L:serial}, lukema {L:reading_fi}\n\nAsentajan merkintä: \"Asiakas "
     "ei ollut kotona, ovella oli perheenjäsen {k.gs}. Koira. Sulake {L:fuse}.\" Seuraava käynti {L:date_fi}, "
     "sopinut {c.gs}.\n"),
    ("elasku_fi", "fi",
     "Aihe: E-lasku ja suoramaksu\n\nHei, haluan laskut e-laskuna ja suoramaksuna tililtä {iban:s}. Nyt "
     "paperilasku tulee edelleen entisen puolisoni {a.gs.gen} nimellä, vaikka sopimus {L:contract} on "
     "minun. Viite {L:viite}.\n\n{s.gs}, {L:street_fi}, {phone:s}\n\nVastaus ({b.gs}): Suoramaksuvaltuutus "
     "tulee pankin kautta. Yritysasiakkaiden verkkolaskuosoite on {L:ovt}, välittäjä {L:bic}. Tiedoksi "
     "{c.gs.all}.\n"),
    ("kuolinpesa_fi", "fi",
     "Aihe: Kuolinpesän sähkösopimus\n\nHei,\n\nasiakkaanne {k.gs} (hetu {hetu:k}) kuoli {L:date_fi}; olen hänen "
     "lapsensa. Kuolinpesä "
     "jatkaa sopimusta {L:contract} osoitteessa {L:street_fi} siihen asti, kunnes asunto myydään. Olen "
     "pesän osakas ja hoidan asioita; sisarukseni {a.gs} ({phone:a}) on toinen osakas. Perukirjan laatii "
     "{b.gs}.\n\nLaskut voi lähettää minulle: {s.gs}, {mail:s}, {phone:s}. Tili {iban:s}.\n\nKirjannut "
     "{c.gs}: sopimus siirretty kuolinpesälle, {L:tariff_fi}. Virkatodistus saapunut.\n"),
    ("valtakirja_fi", "fi",
     "Aihe: Valtakirja – omaisen vesisopimus\n\nHoidan omaiseni {a.gs.gen} asioita valtakirjalla, koska hän on "
     "hoivakodissa ({L:street_fi}). Vesimittari {L:serial}, lukema {L:m3_fi}. Kiinteistön huoltomies "
     "{b.gs} ({phone:b}) epäilee vuotoa.\n\n{s.gs}, {phone:s}\n\nVastaus ({c.gs}): valtakirja kirjattu, "
     "laskut menevät {s.gs.all}. Vuotoepäilystä soittaa {d.gs}. Tiedoksi {x.gs.all} ({L:twin_fi}).\n"),
    ("chat_fi", "fi",
     "Chat-keskustelu – asiakaspalvelu\n{L:hour} {s.gs}: moi, mun sopimus {L:tariff_fi} pitäis vaihtua "
     "{L:date_fi}, mut sovelluksessa näkyy vielä vanha\n{L:hour} Asiakasneuvoja {a.g}: Hei! Voitko kertoa "
     "asiakasnumeron?\n{L:hour} {s.gs}: {L:customer}. puoliso {k.gs} teki sen alunperin, sen numero on "
     "{phone:k}\n{L:hour} Asiakasneuvoja {a.g}: Kiitos! Siirrän asian {b.gs.all}, joka hoitaa "
     "sopimusmuutokset.\n"),
    ("soittopyynto_fi", "fi",
     "Soittopyynnöt {L:date_fi} ({L:billing})\n\n{L:hour} {s.gs}, {phone:s}: laskun {L:invoice} "
     "eräpäivän siirto, {L:amount_fi}\n{L:hour} {a.gs}, {phone:a}: kaukolämmön vuoto {L:street_fi}\n"
     "{L:hour} {b.gs}, {phone:b}: muutto {L:town}\n{L:hour} {c.gs}, {phone:c}: perintäkirje\n\nKaikki "
     "soitettu paitsi {c.g}. Vastaava {d.gs}.\n"),
    ("vesilasku_fi", "fi",
     "Aihe: Vesilaskussa arvioitu kulutus\n\nHei, taloyhtiömme (isännöitsijä {a.gs}, {phone:a}) "
     "sai laskun {L:invoice}, jossa kulutus on arvio {L:m3_fi}. Luin itse mittarin {L:date_fi}: "
     "{L:m3_fi}. Hallituksen puheenjohtaja {b.gs} pyysi selvityksen.\n\n{s.gs}, {L:street_fi}, "
     "{phone:s}\n\nVastaus ({c.gs}): lukema päivitetty, hyvitys {L:amount_fi} viitteellä {L:rf}.\n"),
    # ---- English: finance, payroll and travel
    ("workday_en", "en",
     "Subject: Access request – {L:erp}, cost centre {L:costc}\n\nHi team,\n\nI join Accounts Payable on "
     "{L:date_en}. Could I have the same {L:erp} security roles as {a.gs} ({user:a})? My manager {b.gs} has "
     "approved by email; while {b.g} is away, {c.gs} ({phone:c}) signs off.\n\nThanks,\n{s.gs}\n{phone:s}\n\n"
     "---\nApproved {L:stamp} by {b.gs} ({user:b}). Note from {d.gs}: add {s.g} to the {L:erp2} read-only group.\n"),
    ("invoice_en", "en",
     "Subject: Invoice stuck in approval workflow\n\nHi,\n\nInvoice {L:invoice} from {L:firm_en} ({L:amount_en}, "
     "due {L:date_en}, PO {L:po}) is waiting for {a.gs}, who is on leave until {L:date_en}. The delegate is "
     "{b.gs}, but the workflow won't route to {b.g}. {c.gs} matched the goods receipt at {L:stamp}.\n\nCould "
     "you reassign it to {b.gs} or {d.gs}? GL {L:gl}, cost centre {L:costc}.\n\n{s.gs}\nAccounts Payable | "
     "{phone:s}\n"),
    ("bankchange_en", "en",
     "Subject: RE: Urgent – change of bank details\n\nHi,\n\nOn {L:date_en} we received a letter on "
     "{L:firm_en} letterhead (vendor {L:supplier}, VAT {L:vatgb}) asking us to pay to {fiban:a} ({L:bic}). It "
     "was signed \"{a.gs}, Finance Director\" from {mail:a}, which is not the supplier's domain. I rang our "
     "known contact {b.gs} on {phone:b}: they have never heard of {a.g}, and their account {fiban:b} "
     "stands.\n\nNo change made; flagged to {c.gs} (fraud) and {d.gs}. Open invoice {L:invoice}, {L:amount_en}."
     "\n\n{s.gs} ({user:s}), {L:role_en}\n"),
    ("expenses_en", "en",
     "Subject: Expense claim rejected in {L:expense}\n\nHi, my claim {L:ticket} was rejected by {a.gs} with no "
     "comment. Trip {L:town} to {L:town2}, {L:date_en} ({L:days_en}), flight {L:flight}, {L:hotel}.\n\nLines:\n"
     "{L:date_en} | "
     "{L:perdiem_en} | {L:costc}\n{L:date_en} | {L:perdiem_en} | {L:costc}\n{L:date_en} | {L:perdiem_en} | "
     "{L:km}\n\n{b.gs} was on the same trip and {b.g}'s claim went through. {c.gs} owns the policy.\n{s.gs}, "
     "{phone:s}\n"),
    ("card_en", "en",
     "Call note {L:hour}: {s.gs} ({user:s}) rang from {phone:s}. Corporate card {card:s} declined at {L:hotel}; "
     "the bank blocked it after a charge of {L:amount_en}. Card blocking line {L:cardline_en}.\n\nProgramme "
     "administrator {a.gs} is ordering a replacement; approver {b.gs}. The old card {L:card_tail} statement "
     "goes to {c.gs} for reconciliation.\n"),
    ("payslip_en", "en",
     "Subject: Payslip missing in {L:payroll}\n\nHi,\n\nMy pay for {L:period} arrived ({L:amount_en}) but there "
     "is no payslip in {L:payroll}, and my {L:tax_en} looks wrong. {a.gs} in Payroll says slips went out at "
     "{L:stamp}. My colleague {b.gs} has the same problem.\n\n{s.gs}, employee no. {L:customer}, {phone:s}\n\n"
     "Reply ({c.gs}, Payroll): your slip was on {d.gs}'s error list; re-sent. For the tax code, HMRC: "
     "{L:taxline_en}.\n"),
    ("close_en", "en",
     "Incident: month-end close {L:period} halted ({L:erp})\n\nJob log:\n{L:stamp} | {L:job} | {user:a} | "
     "COMPLETE\n{L:stamp} | {L:job} | {user:b} | FAILED (batch {L:batch})\n{L:stamp} | {L:job} | {user:s} | "
     "WAITING\n\nI'm {s.gs} ({phone:s}). The run {b.gs} started fell over and {a.g} has left. The Financial "
     "Controller {c.gs} needs figures by {L:weekday_en}; {d.gs} in Group Reporting is waiting too. "
     "{x.gs} checks the {L:twin_en} postings.\n"),
    ("audit_en", "en",
     "Subject: Approval audit trail for the auditors\n\nHi, {a.gs} from the external auditors asked for the "
     "approval history of invoice {L:invoice}. Extract:\n\napprover | login | amount | time\n{b.gs} | "
     "{user:b} | {L:amount_en} | {L:stamp}\n{c.gs} | {user:c} | {L:amount_en} | {L:stamp}\n{d.gs} | "
     "{user:d} | {L:amount_en} | {L:stamp}\n\n{d.g}'s line exceeds the limit. Why did {c.gs} approve as "
     "delegate? {s.gs} ({user:s})\n"),
    # ---- English: energy and water
    ("movein_en", "en",
     "Home move – change of occupier\n\nCustomer: {s.gs}, {phone:s}, {mail:s}\nMoving out of: {L:street_en}, "
     "{L:postcode_en}, MPAN {L:mpan}\nMoving into: {L:street_en}, {L:postcode_en}, meter {L:serial}, gas MPRN "
     "{L:mprn}\nDate {L:date_en}, tariff {L:tariff_en}\n\nNotes: \"My partner {a.gs} stays at the old address. "
     "The letting agent {b.gs} ({phone:b}) has the keys.\" Handled by {c.gs}.\n"),
    ("meter_en", "en",
     "Subject: Bill far too high – smart meter\n\nHi, bill {L:invoice} shows {L:kwh_en}, but my reading on "
     "{L:date_en} was {L:reading_en}. Meter {L:meterbrand} ({L:serial}), MPAN {L:mpan}. My neighbour {a.gs} "
     "had the same, and so did {x.gs}, who works at {L:twin_en}.\n\n{s.gs}, account {L:customer}, {phone:s}\n\n"
     "Reply ({b.gs}, Metering): the SMETS2 link "
     "dropped on {L:date_en}; the estimate of {L:kwh_en} is corrected and {L:amount_en} credited. cc {c.gs}.\n"),
    ("outage_en", "en",
     "Power cut report {L:outage} – {L:hour}\n\nCaller {s.gs}, {phone:s}: no power at {L:street_en}, "
     "{L:postcode_en}; {a.gs} next door ({L:street_en}) is off too. {L:nameword_en}.\n\n{L:hour} Control "
     "engineer {b.gs} ({phone:b}) sent {c.gs}\n{L:hour} fault at the substation; restore by {L:hour}\n\nUpdates "
     "by text to {phone:s}, added by {d.gs}. Power cut line {L:faultline_en}. {x.gs} reported the same "
     "(at the {L:twin_en} branch on the same street).\n"),
    ("engineer_en", "en",
     "Job {L:workorder} – meter exchange\n\nCustomer: {s.gs}, {L:street_en}, {L:postcode_en}, {phone:s}\n"
     "Engineer: {a.gs} ({phone:a}), with {b.gs}\nOld meter {L:serial}, read {L:reading_en}; new "
     "{L:meterbrand} {L:serial}, read {L:reading_en}\n\nEngineer's note: \"Customer out, a relative, {k.gs}, let "
     "us in. Fuse {L:fuse}.\" Revisit {L:date_en}, booked by {c.gs}.\n"),
    ("bereavement_en", "en",
     "Subject: Account of my late parent\n\nHello,\n\nyour customer {k.gs}, my parent, died on {L:date_en}. I am "
     "executor of the estate with my sibling {a.gs} ({phone:a}). Please keep the supply at {L:street_en} on account "
     "{L:contract} until the house is sold; the solicitor {b.gs} handles probate.\n\nBills to me: {s.gs}, "
     "{mail:s}, {phone:s}.\n\nNote by {c.gs}: moved to the estate, {L:tariff_en}; death certificate seen.\n"),
]

SHAPES += [
    # ---- Swedish: finance, payroll and travel
    ("attest_sv", "sv",
     "Ärende: Faktura fastnar i attestflödet ({L:erp})\n\nHej! Faktura {L:invoice} från {L:firm_sv} "
     "({L:amount_sv}, förfaller {L:date_sv}, OCR {L:rf}) väntar på attest av {a.gs}, som har semester. Ersättare "
     "är {b.gs}, men fakturan går inte vidare till {b.g}. {c.gs} har granskat den {L:stamp}.\n\nKan ni flytta "
     "den till {b.gs} eller {d.gs} före {L:weekday_sv}? Kostnadsställe {L:costc}, konto {L:gl}.\n\n/{s.gs}, "
     "{phone:s}\n"),
    ("leverantor_sv", "sv",
     "Ärende: SV: Ändrade bankuppgifter – kontroll\n\nHej,\n\n{L:date_sv} kom ett mejl där {L:firm_sv} "
     "(lev.nr {L:supplier}, org.nr {L:orgnr}) ber oss betala till {fiban:a} ({L:bic}). Avsändare "
     "\"ekonomichef {a.gs}\", {mail:a}, inte leverantörens domän. Jag ringde vår kontakt {b.gs} på "
     "{phone:b}: {b.g} känner inte till {a.gs}, och kontot {fiban:b} gäller.\n\nIngen ändring gjord. För "
     "kännedom {c.gs} och {d.gs}.\n\n{s.gs} ({user:s}), {L:role_sv}\n"),
    ("utlagg_sv", "sv",
     "Ärende: Reseräkning avvisad ({L:expense})\n\nHej, min reseräkning {L:ticket} avvisades av {a.gs}. Resa "
     "{L:town}–{L:town2} {L:date_sv} ({L:days_sv}), flyg {L:flight}, {L:hotel}.\n\nRader:\n{L:date_sv};{L:perdiem_sv};"
     "{L:costc}\n{L:date_sv};{L:perdiem_sv};{L:costc}\n{L:date_sv};{L:perdiem_sv};{L:km}\n\n{b.gs} var "
     "med på samma resa och {b.g.gen} reseräkning gick igenom. {c.gs} äger policyn. Företagskortet "
     "{card:s} belastades dubbelt.\n{s.gs}, {phone:s}\n"),
    ("lon_sv", "sv",
     "Ärende: Lönespecifikation saknas och fel skatt\n\nHej! Lönen för {L:period} kom ({L:amount_sv}) men "
     "ingen specifikation i {L:payroll}, och {L:tax_sv} verkar fel. Dessutom gör Kronofogden utmätning, "
     "fast handläggaren {a.gs} lovade anstånd. Lönehandläggaren {b.gs} ({phone:b}) hänvisade hit.\n\n"
     "{s.gs}, anst.nr {L:customer}, {phone:s}\n\nSvar ({c.gs}): specifikationen låg på {d.gs.gen} fellista; "
     "Kronofogden nås på {L:bailiffline_sv}, Skatteverket på {L:taxline_sv}.\n"),
    # ---- Swedish: energy and water
    ("flytt_sv", "sv",
     "Flyttanmälan ({L:billing})\n\nKund: {s.gs}, {phone:s}, {mail:s}\nFrån: {L:street_sv}, {L:postcode_sv}, "
     "anläggnings-id {L:metering_se}\nTill: {L:street_sv}, {L:postcode_sv}, mätare {L:serial}\nFlyttdag "
     "{L:date_sv}, avtal {L:tariff_sv}\n\n\"Min sambo {a.gs} bor kvar och tecknar eget avtal. Förvaltaren "
     "{b.gs} ({phone:b}) har nycklarna.\" Hanterat av {c.gs}. {x.gs.gen} flyttanmälan från {L:twin_sv} kom "
     "samma dag.\n"),
    ("matare_sv", "sv",
     "Ärende: För hög faktura – mätarställning\n\nHej, på faktura {L:invoice} står {L:kwh_sv}, men "
     "mätarställningen {L:date_sv} var {L:reading_sv}. Mätare {L:meterbrand} ({L:serial}). Grannen {a.gs} "
     "fick samma.\n\n{s.gs}, kundnr {L:customer}, {phone:s}\n\nSvar ({b.gs}, mätning): fjärravläsningen "
     "bröts; {L:amount_sv} krediteras. Kopia {c.gs}. {x.gs} på {L:twin_sv} har samma fel.\n"),
    ("avbrott_sv", "sv",
     "Felanmälan {L:outage} – {L:hour}\n\nAnmälare {s.gs}, {phone:s}: strömlöst på {L:street_sv}, "
     "{L:postcode_sv}. Även grannen {a.gs} ({L:street_sv}) saknar ström. Huvudsäkring {L:fuse}.\n\n"
     "{L:hour} driftledare {b.gs} ({phone:b}) skickade montör {c.gs}\n{L:hour} fel i nätstationen\n"
     "{L:hour} sms till berörda: {num}, {num}\nStatus: {L:nameword_sv}\n\n"
     "Sms till {phone:s}, lagt av {d.gs}. Avbrottsinformation {L:faultline_sv}.\n"),
    ("dodsbo_sv", "sv",
     "Ärende: Dödsboets elavtal\n\nHej,\n\ner kund {k.gs} dog {L:date_sv}; jag är barn till den avlidna. "
     "Dödsboet tar över avtalet "
     "{L:contract} på {L:street_sv} tills huset är sålt. Jag har fullmakt från mitt syskon {a.gs} ({phone:a}); "
     "bouppteckningen gör {b.gs}.\n\nFakturor till: {s.gs}, {mail:s}, {phone:s}, konto {iban:s}.\n\n"
     "Noterat av {c.gs}: avtalet överfört till dödsboet, {L:tariff_sv}. {x.gs} på {L:twin_sv} informerad.\n"),
    ("chatt_sv", "sv",
     "Chatt med kundtjänst\n{L:hour} {s.gs}: hej, jag vill byta till autogiro och e-faktura, men appen "
     "visar fortfarande {L:tariff_sv}\n{L:hour} Kundtjänst {a.g}: Hej! Vilket kundnummer?\n{L:hour} "
     "{s.gs}: {L:customer}. min sambo {k.gs} tecknade avtalet, numret dit är {phone:k}\n{L:hour} Kundtjänst "
     "{a.g}: Tack! Jag skickar ärendet till {b.gs}. Bankgiro {L:bankgiro} gäller tills vidare.\n"),
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
# unit, the customer-service number and the business id.
RECORDS = {
    "fi": ["\n--\n{L:system} · Tapaus {L:ticket} päivitetty {L:stamp}\nKäsittelijä: {g.gs}, {L:role_fi}, "
           "puh. {phone:g}\nJono: {L:queue_fi}\n",
           "\n\n{g.gs}\n{L:role_fi}, Talous- ja asiakaspalvelut\n{phone:g} · asiakaspalvelu {L:careline_fi}\n"
           "[Energia ja Vesi Oy], Y-tunnus {L:ytunnus}, ALV {L:vatfi}\n",
           "\n--\nKäsitellyt {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "en": ["\n--\n{L:system} · Case {L:ticket} updated {L:stamp}\nOwner: {g.gs}, {L:role_en}, tel. {phone:g}\n"
           "Queue: {L:queue_en}\n",
           "\n\n{g.gs}\n{L:role_en}, Shared Services\nM: {phone:g} | Customer line: {L:careline_en}\n{L:companyno}, "
           "VAT {L:vatgb}\n",
           "\n--\nHandled by {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:ticket} uppdaterat {L:stamp}\nHandläggare: {g.gs}, {L:role_sv}, "
           "tfn {phone:g}\nKö: {L:queue_sv}\n",
           "\n\n{g.gs}\n{L:role_sv}, Ekonomi och kundservice\nMobil: {phone:g} · Kundtjänst: {L:careline_sv}\n"
           "Org.nr {L:orgnr}, momsreg.nr {L:vatse}\n"],
}


draw = generation.case_draw(
    "held-out-41", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    # A third party whose surname is also a firm's, a bank's, a prize's or a street's (Mechelin, Lloyd): a NAME.
    namesake=lambda language, others: PEOPLE.namesake(language, EPONYM_SURNAMES[language], others), current=CURRENT)

generation.main(SHAPES, draw, REDRAWN, PHONES, COUNTRIES, generation.CASE_MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).split("_")[0].endswith("line")),
                 ("firms, streets and namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS)])
