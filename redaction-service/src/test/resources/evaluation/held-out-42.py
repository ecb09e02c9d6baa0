#!/usr/bin/env python3
r"""Generates the forty-second held-out set (held-out-42.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 41: nobody tunes on it. Its writer read no detection code, list, rule, model
or docs/redaction.md, only the earlier generators and the evaluation test. It holds kinds of text that sets 1-41 lack:
(a) a mobile operator's and broadband provider's customer service as its service desk sees it and (b) a housing
company's, property manager's and maintenance company's service (isännöitsijä, huoltoyhtiö, fastighetsförvaltare), in
49 shapes, each written in the language its kind of text is written in (26 Finnish, 13 English, 10 Swedish), with the
earlier mail a reply quotes ("-----Alkuperäinen viesti-----", "On … wrote:", "Den … skrev …:"), copies and watchers
under it ("Tiedoksi:", "Vastaanottajat:", "cc:", "Watchers:", "Kopia:", "Bevakare:") and the record around it (a
case-system footer with the handler and the queue, "Käsitellyt Given Surname (login) …", or a signature with the
customer-service number and the business id).
(a) number porting (the donor operator, the porting date, the number being moved, a holder's letter of authority),
SIM swaps in a shop's log and SIM-swap fraud reports, lost phones with their IMEIs, PUK requests in a chat, eSIM codes
re-sent, subscriptions where the payer is not the user (a parent's for a child, an employer's for an employee), roaming
bills disputed, prepaid top-ups, broadband faults with technician visits, routers' serials and MAC addresses,
nuisance-call reports and call barring (the caller's number a third party's PHONE), directory and number-lookup
opt-outs, a deceased subscriber's contract ended by the estate, call detail records as exported (semicolon and pipe
rows with the A-number and the B-number) and an operator's log of port requests.
(b) tenants' fault reports (a leaking kitchen tap, the flat below wet), key and fob orders, sauna and laundry-room
turns, parking-space queues, moving-in and moving-out notices with the flat number, the board's minutes naming
owners, caretakers' work orders, door-intercom lists (SURNAME Given and the flat), rent reminders with the reference
number, water-meter readings per flat and noise complaints about neighbours.
Names (new-name-forms.py against every other labelled set, set 41 included: 1,624 of 1,634 forms, 99.4 %, new; the
10 held elsewhere are forms of the namesakes below, Runebergs, Topeliukselle, Nordströmille): Finnish double given
names on pairs no earlier set holds (Väinö-Aukusti, Paavo-Artturi; Hellin-Leopoldiina, Tyyni-Vilhelmiina), compound
surnames from new first words (Ohdake-, Pajukko-, Humala-, Lepikko-, Rentukka-, Ohra-, Muurain-, Juolukka-, Apila-:
Ohdakemäelle, Juolukkavuoren, Muurainlammelle, with the gradation and vowel harmony of the compound's last word),
Swedish double given names and compound surnames (Tekla-Vilhelmina, Sixten-Valdemar; Hjortronberg, Kvannemark,
Smultronqvist, Havrestedt), and double given names and double surnames of 52 origins set 41 did not draw from, on
pairs no earlier set holds: Georgian, Azerbaijani, Kazakh, Kyrgyz, Tajik, Mongolian, Bengali, Tamil, Gujarati, Thai,
Vietnamese, Korean, Japanese, Tongan, Amharic, Tigrinya, Somali, Igbo, Akan, Wolof, Malagasy, Rwandan, Congolese,
Cameroonian, Haitian, Cuban, Quechua, Venezuelan, Ecuadorian, Uruguayan, Estonian, Latvian, Lithuanian, Polish, Czech,
Slovene, Croatian, Bosnian, Macedonian, Romanian, Greek, Turkish, Ukrainian, Belarusian, Faroese, Irish, Syrian,
Jordanian, Persian, Bolivian, Australian and American ones (Cian-Oisín Walsh-Ó Briain, Jean-Claude-Eric
Uwimana-Mugisha), in the Finnish cases in Finnish prose (genitive, partitive, allative, ablative, adessive,
elative, translative) and with the Swedish genitive in Swedish.
Besides them, in 13 of the 49 shapes one person bears a real surname that a street, a housing company, a building, a
firm or a shop also bears (Runeberg, Topelius, Sibelius, Snellman, Lönnrot, Nordström, Ericsson, Castrén; Harrod,
Selfridge, Debenham, Boot): 170 NAME spans in 31 forms, each beside the thing named after someone of that surname in
another form: the person in a Finnish case where the thing holds the plain surname or its genitive ("Given
Nordströmille (Nordström Kiinteistöhuolto Oy)", "Given Runebergilta … (As Oy Runebergin Linna)", "Given Ericssonilta …
(Ericsson Finland Oy)"), in the Swedish genitive ("Given Ericssons förslag (gäller Ericssonhuset)"), plain in English
beside the shop ("Given Harrod, who manages Harrods Estates"). Nokia-named things (As Oy Nokian Kartano, Nokia-talon
Huolto Oy, 37100 Nokia) and Elisa, Moi, Hallon, Vimla, Aurora Mobiili and Vilja Tele are look-alikes.
Phones of 112 countries and territories as requests, logs, call records and signatures write them (+cc with groups,
E.164, the calling code without a plus in call records, national with the trunk prefix, 00cc, +cc (0)…, dashes, NANP
forms); each of the 1,897 distinct numbers is valid and of its country by Debian's python3-phonenumbers 8.12.57
(/usr/bin/python3 held-out-42.py --check asserts it; writing the set does not need the library).
Labelling policy, as in sets 25-41, with these for the new kinds. The subject is the register's known person: the
subscriber who ports a number, swaps or loses a SIM, reports fraud or nuisance calls, disputes a bill, asks for a PUK,
an eSIM or an opt-out, tops up a prepaid line, reports a broadband fault, the payer of a child's or an employee's line,
the heir who ends a deceased subscriber's contract, the customer whose call records are exported, the porting clerk
whose log it is; the tenant or owner who reports a fault, orders keys, swaps a turn, queues for a parking space, moves
in, complains of noise, reads a meter or is reminded of the rent; the board's secretary who writes the minutes and the
caretaker whose work order it is. Everyone else is a third party: the user of a paid-for line, a holder in whose name
a ported number stands, shop, porting, fraud and billing staff, technicians and engineers, the fraudster who calls as
someone (a NAME, his number a PHONE), police investigators, neighbours, board members and owners, property managers,
caretakers and plumbers, landlords and letting agents, the deceased (who shares the heir's surname: each copy labelled,
the identity code a NATIONAL_ID) and the handler. A person's name is a NAME whatever else bears it. Every number of a
person is a PHONE: the A-numbers and B-numbers of call records (the subscriber's own with role "subject", the others
"third"), the nuisance callers' and the fraudster's numbers, and the numbers in a port log. A service's number is a
look-alike when the text makes it one: the operator's customer-service, fault and porting lines and its short codes
(150, 191, 202), the emergency numbers 112 and 999, the number-lookup lines (0100 100, 118 118), the maintenance
company's on-call line for a water leak and the property manager's switchboard: 587 of these kept. A handset's IMEI and
a SIM's IMSI (the subscriber's identity itself) are DEVICE_ID, as set 18 labels an IMEI: they name the owner's device or
subscription and, through the operator, the owner. The PIN and PUK a SIM comes with and an eSIM activation code are
CREDENTIALs, as set 31 labels a SIM's PIN. Each is its owner's: role "subject" when it is the subscriber's whose case it
is (the lost phone's IMEI, the swapped or hijacked SIM's IMSI and PUK, the PUK, PIN and eSIM code asked for), "third"
otherwise (the PUK of the new SIM an employer orders for an employee). A door code given to someone is that person's
CREDENTIAL, as sets 26, 31, 33, 39 and 40 label it: the subject's, whose home it opens (63, in fault reports, moving
notices and door-intercom lists). A SIM's ICCID names the card, not a person: a
look-alike, as set 31 labels it (136 kept). Shared mailboxes (numeronsiirrot@, huolto@, repairs@) are EMAIL, role
"third", as set 27; logins in logs are USERNAMEs of their owners. Accounts of people are IBAN (valid by their check
digits), a card a refund or a payment goes to is PAYMENT_CARD (valid by Luhn). Look-alikes (kept): operators, plans,
handsets, routers, portals and case systems, firms named after people or places (Huoltoyhtiö Vilja Oy, Kiinteistöhuolto
Onni Oy, Florence Lettings, Fastighetsskötsel Albin AB), housing companies (As Oy Lahden Aino, Kiinteistö Oy Veikko,
Brf Astrid 12, Victoria Mansions), port request, order, ticket, customer, account, invoice and work-order numbers,
router serials and MAC addresses, cell ids, call durations, data volumes and speeds, flat numbers (A 12, as. 12, lgh
1102, Flat 4B), keys and fobs, parking spaces, sauna and laundry turns, water meters and readings in m³,
sections of the minutes, Finnish creditor references and RF references with their check digits, business ids
(Y-tunnus with its check digit, org.nr with its Luhn digit, company numbers), VAT ids, amounts, streets with house
numbers and postcodes with towns (an address is not a labelled type), countries, weekdays, dates and times, roles,
queues and words that are also names used as words (toivo paremmasta kentästä, grace period, dag för dag).
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 49 shapes drawn in turn within their language; 10,846
NAME (1,633 the subject's), 1,999 PHONE (112 countries and territories), 533 EMAIL, 341 USERNAME, 112 DEVICE_ID (all
the subject's), 130 CREDENTIAL (115 the subject's, 15 third parties'), 63 IBAN, 30 PAYMENT_CARD, 38 NATIONAL_ID; 8,786
look-alikes (2,219 dates and times; 170 namesakes' things) from 741 pairs of shape and kind, 5,636 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). The run asserts the minimums (6,000 NAME, 1,000 PHONE of
30 countries, 3,000 look-alikes of 300 templates, 40 shapes).
Deterministic: python3 held-out-42.py > held-out-42.jsonl (python3 held-out-42.py --stats adds counts on stderr)"""
import collections
import random

import generation
import identifiers

R = random.Random(42424242)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-41 as a name form (checked against their files when
# this set was written): Finnish double given names on pairs no earlier set holds, compound surnames from new first
# words (Ohdake-, Pajukko-, Humala-, Lepikko-, Rentukka-, Ohra-, Muurain-, Juolukka-, Apila-), Swedish ones the same way
# (Hjortron-, Kvanne-, Lingon-, Hallon-, Smultron-, Humle-, Havre-), and double names of 52 origins that set 41 did not
# draw from, on pairs no earlier set holds. EPONYM_SURNAMES are real surnames that streets, housing companies,
# buildings, firms and shops also bear.

FI_MEN = ["Väinö-Kristian", "Väinö-Aukusti", "Väinö-Johannes", "Väinö-Benjamin", "Väinö-Artturi", "Toivo-Aukusti",
    "Toivo-Sakari", "Toivo-Johannes", "Toivo-Kalervo", "Toivo-Ilari", "Toivo-Benjamin", "Toivo-Artturi",
    "Lauri-Ensio", "Lauri-Sakari", "Lauri-Ilari", "Lauri-Artturi", "Aarne-Antero", "Aarne-Kristian", "Aarne-Sakari",
    "Aarne-Johannes", "Aarne-Kalervo", "Aarne-Ilari", "Aarne-Benjamin", "Aarne-Artturi", "Kalle-Ilari",
    "Kalle-Benjamin", "Kalle-Artturi", "Veikko-Ensio", "Veikko-Aukusti", "Veikko-Sakari", "Veikko-Ilari",
    "Veikko-Benjamin", "Veikko-Artturi", "Reino-Ensio", "Reino-Benjamin", "Reino-Artturi", "Tauno-Antero",
    "Tauno-Kristian", "Tauno-Tapani", "Tauno-Aukusti", "Tauno-Johannes", "Tauno-Kalervo", "Tauno-Ilari",
    "Tauno-Benjamin", "Tauno-Artturi", "Urho-Ensio", "Urho-Johannes", "Urho-Ilari", "Urho-Benjamin", "Urho-Artturi",
    "Kauko-Antero", "Kauko-Tapani", "Kauko-Ensio", "Kauko-Kalervo", "Kauko-Ilari", "Kauko-Benjamin", "Kauko-Artturi",
    "Paavo-Antero", "Paavo-Kristian", "Paavo-Tapani", "Paavo-Aukusti", "Paavo-Sakari", "Paavo-Johannes",
    "Paavo-Kalervo", "Paavo-Ilari", "Paavo-Benjamin", "Paavo-Artturi", "Olavi-Kristian", "Olavi-Tapani",
    "Olavi-Sakari", "Olavi-Johannes", "Olavi-Kalervo", "Olavi-Ilari", "Olavi-Benjamin", "Olavi-Artturi",
    "Yrjö-Antero", "Yrjö-Kristian", "Yrjö-Tapani", "Yrjö-Aukusti", "Yrjö-Sakari", "Yrjö-Johannes", "Yrjö-Kalervo",
    "Yrjö-Ilari", "Yrjö-Benjamin", "Yrjö-Artturi", "Heikki-Tapani", "Heikki-Ensio", "Heikki-Aukusti",
    "Heikki-Johannes", "Heikki-Kalervo", "Heikki-Benjamin", "Heikki-Artturi"]
FI_WOMEN = ["Aino-Amalia", "Aino-Inkeri", "Aino-Kaarina", "Aino-Vilhelmiina", "Aino-Ulriikka", "Aino-Leopoldiina",
    "Elli-Sofia", "Elli-Amalia", "Elli-Aurora", "Elli-Vilhelmiina", "Elli-Ulriikka", "Elli-Leopoldiina",
    "Helmi-Amalia", "Helmi-Aurora", "Helmi-Vilhelmiina", "Helmi-Ulriikka", "Helmi-Leopoldiina", "Lempi-Amalia",
    "Lempi-Helena", "Lempi-Emilia", "Lempi-Aurora", "Lempi-Kaarina", "Lempi-Vilhelmiina", "Lempi-Ulriikka",
    "Lempi-Leopoldiina", "Kerttu-Amalia", "Kerttu-Emilia", "Kerttu-Aurora", "Kerttu-Inkeri", "Kerttu-Vilhelmiina",
    "Kerttu-Ulriikka", "Kerttu-Leopoldiina", "Aili-Sofia", "Aili-Amalia", "Aili-Helena", "Aili-Emilia",
    "Aili-Aurora", "Aili-Inkeri", "Aili-Vilhelmiina", "Aili-Ulriikka", "Aili-Leopoldiina", "Tyyni-Sofia",
    "Tyyni-Amalia", "Tyyni-Helena", "Tyyni-Emilia", "Tyyni-Aurora", "Tyyni-Inkeri", "Tyyni-Kaarina",
    "Tyyni-Vilhelmiina", "Tyyni-Ulriikka", "Tyyni-Leopoldiina", "Sylvi-Sofia", "Sylvi-Amalia", "Sylvi-Helena",
    "Sylvi-Emilia", "Sylvi-Aurora", "Sylvi-Inkeri", "Sylvi-Vilhelmiina", "Sylvi-Ulriikka", "Sylvi-Leopoldiina",
    "Rauha-Sofia", "Rauha-Amalia", "Rauha-Helena", "Rauha-Emilia", "Rauha-Aurora", "Rauha-Inkeri", "Rauha-Kaarina",
    "Rauha-Vilhelmiina", "Rauha-Ulriikka", "Rauha-Leopoldiina", "Elma-Sofia", "Elma-Amalia", "Elma-Helena",
    "Elma-Emilia", "Elma-Aurora", "Elma-Kaarina", "Elma-Vilhelmiina", "Elma-Ulriikka", "Elma-Leopoldiina",
    "Hellin-Sofia", "Hellin-Amalia", "Hellin-Helena", "Hellin-Emilia", "Hellin-Aurora", "Hellin-Kaarina",
    "Hellin-Vilhelmiina", "Hellin-Ulriikka", "Hellin-Leopoldiina", "Anni-Sofia", "Anni-Amalia", "Anni-Emilia",
    "Anni-Aurora", "Anni-Inkeri", "Anni-Kaarina", "Anni-Vilhelmiina", "Anni-Ulriikka", "Anni-Leopoldiina"]
FI_SURNAMES = ["Ohdakemäki", "Ohdakeniemi", "Ohdakelahti", "Ohdakejärvi", "Ohdakekoski", "Ohdakelampi",
    "Ohdakekangas", "Ohdakekorpi", "Ohdakevuori", "Ohdakesaari", "Ohdakeranta", "Ohdakeaho", "Ohdakeoja",
    "Ohdakesalo", "Ohdakeharju", "Ohdakevaara", "Ohdakekallio", "Ohdakesuo", "Pajukkomäki", "Pajukkoniemi",
    "Pajukkolahti", "Pajukkojärvi", "Pajukkokoski", "Pajukkolampi", "Pajukkokangas", "Pajukkokorpi", "Pajukkovuori",
    "Pajukkosaari", "Pajukkoranta", "Pajukkoaho", "Pajukkooja", "Pajukkosalo", "Pajukkoharju", "Pajukkovaara",
    "Pajukkokallio", "Pajukkosuo", "Humalamäki", "Humalaniemi", "Humalalahti", "Humalajärvi", "Humalakoski",
    "Humalalampi", "Humalakangas", "Humalakorpi", "Humalavuori", "Humalasaari", "Humalaranta", "Humalaaho",
    "Humalaoja", "Humalasalo", "Humalaharju", "Humalavaara", "Humalakallio", "Humalasuo", "Lepikkomäki",
    "Lepikkoniemi", "Lepikkolahti", "Lepikkojärvi", "Lepikkokoski", "Lepikkolampi", "Lepikkokangas", "Lepikkokorpi",
    "Lepikkovuori", "Lepikkosaari", "Lepikkoranta", "Lepikkoaho", "Lepikkooja", "Lepikkosalo", "Lepikkoharju",
    "Lepikkovaara", "Lepikkokallio", "Lepikkosuo", "Rentukkamäki", "Rentukkaniemi", "Rentukkalahti", "Rentukkajärvi",
    "Rentukkakoski", "Rentukkalampi", "Rentukkakangas", "Rentukkakorpi", "Rentukkavuori", "Rentukkasaari",
    "Rentukkaranta", "Rentukkaaho", "Rentukkaoja", "Rentukkasalo", "Rentukkaharju", "Rentukkavaara",
    "Rentukkakallio", "Rentukkasuo", "Ohramäki", "Ohraniemi", "Ohralahti", "Ohrajärvi", "Ohrakoski", "Ohralampi",
    "Ohrakangas", "Ohrakorpi", "Ohravuori", "Ohrasaari", "Ohraranta", "Ohraaho", "Ohraoja", "Ohrasalo", "Ohraharju",
    "Ohravaara", "Ohrakallio", "Ohrasuo", "Muurainmäki", "Muurainniemi", "Muurainlahti", "Muurainjärvi",
    "Muurainkoski", "Muurainlampi", "Muurainkangas", "Muurainkorpi", "Muurainvuori", "Muurainsaari", "Muurainranta",
    "Muurainaho", "Muurainoja", "Muurainsalo", "Muurainharju", "Muurainvaara", "Muurainkallio", "Muurainsuo",
    "Juolukkamäki", "Juolukkaniemi", "Juolukkalahti", "Juolukkajärvi", "Juolukkakoski", "Juolukkalampi",
    "Juolukkakangas", "Juolukkakorpi", "Juolukkavuori", "Juolukkasaari", "Juolukkaranta", "Juolukkaaho",
    "Juolukkaoja", "Juolukkasalo", "Juolukkaharju", "Juolukkavaara", "Juolukkakallio", "Juolukkasuo", "Apilamäki",
    "Apilaniemi", "Apilalahti", "Apilajärvi", "Apilakoski", "Apilalampi", "Apilakangas", "Apilakorpi", "Apilavuori",
    "Apilasaari", "Apilaranta", "Apilaaho", "Apilaoja", "Apilasalo", "Apilaharju", "Apilavaara", "Apilakallio",
    "Apilasuo"]
SV_GIVEN = ["Alma-Sofia", "Alma-Amalia", "Alma-Vilhelmina", "Alma-Katarina", "Alma-Margareta", "Alma-Augusta",
    "Hedvig-Sofia", "Hedvig-Vilhelmina", "Hedvig-Katarina", "Hedvig-Augusta", "Elsa-Sofia", "Elsa-Vilhelmina",
    "Elsa-Katarina", "Elsa-Augusta", "Tekla-Sofia", "Tekla-Amalia", "Tekla-Vilhelmina", "Tekla-Katarina",
    "Tekla-Margareta", "Tekla-Augusta", "Selma-Sofia", "Selma-Amalia", "Selma-Vilhelmina", "Selma-Katarina",
    "Selma-Margareta", "Selma-Augusta", "Ebba-Sofia", "Ebba-Vilhelmina", "Ebba-Katarina", "Ebba-Augusta",
    "Dagny-Sofia", "Dagny-Amalia", "Dagny-Vilhelmina", "Dagny-Katarina", "Dagny-Margareta", "Dagny-Augusta",
    "Sixten-Vilhelm", "Sixten-Valdemar", "Gösta-Vilhelm", "Gösta-Olof", "Gösta-August", "Gösta-Valdemar",
    "Verner-Fredrik", "Verner-Vilhelm", "Verner-Teodor", "Verner-Olof", "Verner-August", "Verner-Valdemar",
    "Sture-Fredrik", "Sture-Vilhelm", "Sture-Olof", "Sture-August", "Ragnar-Vilhelm", "Ragnar-Olof", "Arvid-Fredrik",
    "Arvid-Teodor", "Arvid-Olof", "Arvid-August", "Arvid-Valdemar", "Algot-Vilhelm", "Algot-Olof", "Algot-August",
    "Algot-Valdemar", "Birger-Fredrik", "Birger-Vilhelm", "Birger-Teodor", "Birger-Olof", "Birger-August",
    "Birger-Valdemar"]
SV_SURNAMES = ["Hjortronbäck", "Hjortrondahl", "Hjortronfors", "Hjortrongren", "Hjortronholm", "Hjortronlund",
    "Hjortronmark", "Hjortronqvist", "Hjortronstedt", "Hjortronström", "Hjortronudd", "Hjortronvik", "Hjortronberg",
    "Hjortronblad", "Hjortronby", "Kvannebäck", "Kvannedahl", "Kvannefors", "Kvannegren", "Kvanneholm", "Kvannelund",
    "Kvannemark", "Kvanneqvist", "Kvannestedt", "Kvanneström", "Kvanneudd", "Kvannevik", "Kvanneberg", "Kvanneblad",
    "Kvanneby", "Lingonbäck", "Lingondahl", "Lingonfors", "Lingongren", "Lingonholm", "Lingonlund", "Lingonmark",
    "Lingonqvist", "Lingonstedt", "Lingonström", "Lingonudd", "Lingonvik", "Lingonberg", "Lingonblad", "Lingonby",
    "Hallonbäck", "Hallondahl", "Hallonfors", "Hallongren", "Hallonholm", "Hallonlund", "Hallonmark", "Hallonqvist",
    "Hallonstedt", "Hallonström", "Hallonudd", "Hallonvik", "Hallonberg", "Hallonblad", "Hallonby", "Smultronbäck",
    "Smultrondahl", "Smultronfors", "Smultrongren", "Smultronholm", "Smultronlund", "Smultronmark", "Smultronqvist",
    "Smultronstedt", "Smultronström", "Smultronudd", "Smultronvik", "Smultronberg", "Smultronblad", "Smultronby",
    "Humlebäck", "Humledahl", "Humlefors", "Humlegren", "Humleholm", "Humlelund", "Humlemark", "Humleqvist",
    "Humlestedt", "Humleström", "Humleudd", "Humlevik", "Humleberg", "Humleblad", "Humleby", "Havrebäck",
    "Havredahl", "Havrefors", "Havregren", "Havreholm", "Havrelund", "Havremark", "Havreqvist", "Havrestedt",
    "Havreström", "Havreudd", "Havrevik", "Havreberg", "Havreblad", "Havreby"]
WORLD = {
    "georgian": (["Giorgi-Levan", "Tamar-Ketevan", "Ketevan-Nino", "Nino-Ketevan", "Davit-Levan"],
        ["Kapanadze-Tsiklauri", "Lomidze-Beridze", "Gelashvili-Tsiklauri", "Lomidze-Gelashvili"], ["GE"]),
    "azerbaijani": (["Aysel-Leyla", "Elnur-Rashad", "Leyla-Gunay", "Rashad-Orkhan", "Gunay-Aysel"],
        ["Aliyeva-Huseynova", "Mammadov-Guliyev", "Huseynov-Mammadov", "Guliyeva-Aliyeva"], ["AZ"]),
    "kazakh": (["Nurlan-Yerlan", "Dana-Aizhan", "Yerlan-Daulet", "Aizhan-Aigerim", "Dana-Daulet"],
        ["Nurlanov-Zhaksybekov", "Abenova-Seitkali", "Seitkali-Nurlanov", "Zhaksybekova-Abenova"], ["KZ"]),
    "kyrgyz": (["Aibek-Nurbek", "Cholpon-Aijan", "Nurbek-Bakyt", "Aijan-Cholpon", "Bakyt-Aibek"],
        ["Asanov-Toktogulov", "Sadyrova-Asanova", "Toktogulov-Osmonov", "Osmonova-Sadyrova"], ["KG"]),
    "tajik": (["Farrukh-Firuz", "Manizha-Nigina", "Firuz-Rustam", "Nigina-Zarina", "Rustam-Farrukh"],
        ["Rahmonov-Saidov", "Saidova-Nazarova", "Qodirov-Saidov", "Rahmonov-Nazarov"], ["TJ"]),
    "mongolian": (["Oyuun-Saruul", "Saruul-Oyuun", "Temuujin-Bold", "Enkhjin-Saruul", "Erdene-Temuujin"],
        ["Ganbaatar-Batbayar", "Batbayar-Tserendorj", "Tserendorj-Ganbold", "Ganbold-Ganbaatar"], ["MN"]),
    "bengali": (["Tanvir-Rafiq", "Nusrat-Shirin", "Shirin-Farhana", "Farhana-Nusrat", "Rafiq-Farhana"],
        ["Chowdhury-Talukder", "Talukder-Bhuiyan", "Bhuiyan-Sarker", "Sarker-Chowdhury"], ["BD", "GB"]),
    "tamil": (["Karthik-Senthil", "Lakshmi-Meenakshi", "Senthil-Murugan", "Meenakshi-Kavitha", "Murugan-Karthik"],
        ["Subramaniam-Ramasamy", "Ramasamy-Palaniappan", "Palaniappan-Annamalai", "Annamalai-Subramaniam"],
        ["IN", "LK", "MY"]),
    "gujarati": (["Hetal-Dhruv", "Jignesh-Bhavesh", "Dhruv-Hetal", "Bhavesh-Falguni", "Falguni-Jignesh"],
        ["Desai-Trivedi", "Trivedi-Joshi", "Joshi-Parikh", "Parikh-Desai"], ["IN", "GB"]),
    "thai": (["Anan-Somchai", "Malee-Siriporn", "Siriporn-Kanya", "Siriporn-Anan", "Malee-Anan"],
        ["Srisuk-Wongsawat", "Wongsawat-Chaiyaporn", "Chaiyaporn-Boonmee", "Boonmee-Srisuk"], ["TH"]),
    "vietnamese": (["Thu-Huong", "Tuan-Duc", "Lan-Thu", "Duc-Thu", "Minh-Thu"],
        ["Vu-Nguyen", "Tran-Nguyen", "Pham-Nguyen", "Tran-Vu"], ["VN", "FI"]),
    "korean": (["Do-Eun", "Ji-Ha", "Hyun-Jun", "Min-Eun", "Jun-Hyun"],
        ["Park-Choi", "Choi-Jung", "Jung-Kim", "Kim-Choi"], ["KR"]),
    "japanese": (["Yui-Sakura", "Ren-Haruto", "Sakura-Aoi", "Aoi-Yui", "Ren-Sakura"],
        ["Takahashi-Watanabe", "Watanabe-Yamamoto", "Yamamoto-Nakamura", "Nakamura-Takahashi"], ["JP"]),
    "tongan": (["Sione-Viliami", "Mele-Losaline", "Viliami-Tevita", "Losaline-Salote", "Tevita-Sione"],
        ["Taufa-Vaipulu", "Vaipulu-Moala", "Moala-Fifita", "Vaipulu-Fifita"], ["TO", "NZ"]),
    "amharic": (["Abebe-Tesfaye", "Meseret-Tigist", "Tesfaye-Dawit", "Tigist-Hirut", "Dawit-Abebe"],
        ["Bekele-Girma", "Girma-Tadesse", "Tadesse-Haile", "Haile-Bekele"], ["ET"]),
    "tigrinya": (["Yonas-Filmon", "Helen-Senait", "Filmon-Yonas", "Senait-Luwam", "Luwam-Helen"],
        ["Tesfamariam-Ghebremedhin", "Ghebremedhin-Habte", "Habte-Weldemichael", "Weldemichael-Tesfamariam"],
        ["ER", "SE"]),
    "somali": (["Hodan-Faadumo", "Abdirahman-Guled", "Faadumo-Ifrah", "Guled-Liban", "Ifrah-Hodan"],
        ["Farah-Abdi", "Abdi-Warsame", "Farah-Warsame", "Warsame-Abdi"], ["SO", "FI", "SE"]),
    "igbo": (["Chukwuemeka-Obinna", "Obinna-Ikenna", "Adaeze-Chiamaka", "Ikenna-Chukwuemeka", "Chiamaka-Ikenna"],
        ["Okonkwo-Nwosu", "Nwosu-Eze", "Eze-Okafor", "Okafor-Eze"], ["NG", "GB"]),
    "akan": (["Kwame-Kofi", "Akosua-Ama", "Kofi-Yaw", "Ama-Abena", "Yaw-Kwame"],
        ["Owusu-Boateng", "Asante-Mensah", "Owusu-Asante", "Mensah-Asante"], ["GH"]),
    "wolof": (["Moussa-Ibrahima", "Awa-Fatou", "Ibrahima-Cheikh", "Fatou-Aminata", "Cheikh-Moussa"],
        ["Diop-Sow", "Sow-Fall", "Fall-Ndiaye", "Fall-Sow"], ["SN", "FR"]),
    "malagasy": (["Hery-Rivo", "Voahangy-Lalao", "Rivo-Tiana", "Lalao-Haingo", "Tiana-Hery"],
        ["Rakotomalala-Randriamampionona", "Randriamampionona-Rasoanaivo", "Rasoanaivo-Andrianarivo",
        "Andrianarivo-Rakotomalala"],
        ["MG"]),
    "rwandan": (["Jean-Claude-Eric", "Aline-Divine", "Eric-Olivier", "Divine-Clarisse", "Olivier-Aline"],
        ["Mugisha-Niyonzima", "Uwimana-Habimana", "Niyonzima-Habimana", "Uwimana-Mugisha"], ["RW"]),
    "congolese": (["Mbuyi-Kabeya", "Ilunga-Mukendi", "Kabeya-Tshibola", "Tshibola-Ilunga", "Mukendi-Mbuyi"],
        ["Kabongo-Tshisekedi", "Tshisekedi-Mulumba", "Mulumba-Kalonji", "Kalonji-Kabongo"], ["CD", "BE"]),
    "cameroonian": (["Ngono-Mbarga", "Essomba-Ngono", "Mbarga-Atangana", "Atangana-Fouda", "Fouda-Essomba"],
        ["Eto-Manga", "Manga-Abega", "Abega-Onana", "Onana-Eto"], ["CM", "FR"]),
    "haitian": (["Jean-Robert-Fritz", "Marie-Carmel", "Fritz-Wilner", "Carmel-Nadège", "Wilner-Jean-Robert"],
        ["Joseph-Charles", "Charles-Pierre", "Louis-Joseph", "Louis-Charles"], ["HT", "US", "CA"]),
    "cuban": (["Yoandy-Yunier", "Yaimara-Yanelis", "Yunier-Osmany", "Yanelis-Dayami", "Osmany-Yoandy"],
        ["Cabrera-Lorenzo", "Lorenzo-Valdés", "Valdés-Castillo", "Castillo-Cabrera"], ["CU", "US"]),
    "quechua": (["Wayra-Inti", "Sumaq-Nina", "Amaru-Wayra", "Amaru-Inti", "Nina-Amaru"],
        ["Mamani-Quispe", "Quispe-Huamán", "Huamán-Condori", "Condori-Quispe"], ["PE", "BO"]),
    "venezuelan": (
        ["Yusleidy-Mariángel", "Yonathan-Eduardo", "Mariángel-Yusleidy", "Eduardo-Yorman", "Yorman-Yonathan"],
        ["Briceño-Urdaneta", "Urdaneta-Montilla", "Montilla-Pacheco", "Pacheco-Briceño"], ["VE", "ES"]),
    "ecuadorian": (["Byron-Wilson", "Mayra-Jessenia", "Wilson-Darwin", "Jessenia-Mayra", "Darwin-Byron"],
        ["Zambrano-Cedeño", "Cedeño-Vera", "Vera-Loor", "Loor-Zambrano"], ["EC"]),
    "uruguayan": (["Florencia-Valentina", "Matías-Facundo", "Valentina-Camila", "Facundo-Agustín", "Camila-Florencia"],
        ["Pereira-Rodríguez", "Rodríguez-Silveira", "Silveira-Olivera", "Olivera-Pereira"], ["UY"]),
    "estonian": (["Liis-Maarja", "Priit-Rasmus", "Maarja-Kadri", "Tõnis-Kadri", "Maarja-Priit"],
        ["Kask-Tamm", "Kask-Saar", "Tamm-Sepp", "Sepp-Saar"], ["EE", "FI"]),
    "latvian": (["Ilze-Baiba", "Jānis-Mārtiņš", "Baiba-Līga", "Mārtiņš-Edgars", "Līga-Ilze"],
        ["Ozoliņš-Liepiņš", "Liepiņš-Bērziņš", "Kalniņš-Bērziņš", "Liepiņš-Kalniņš"], ["LV"]),
    "lithuanian": (["Mindaugas-Darius", "Aistė-Eglė", "Eglė-Rūta", "Aistė-Rūta", "Rūta-Darius"],
        ["Petrauskas-Jankauskas", "Jankauskas-Žukauskas", "Žukauskas-Kazlauskas", "Žukauskas-Petrauskas"], ["LT"]),
    "polish": (
        ["Agnieszka-Małgorzata", "Krzysztof-Grzegorz", "Małgorzata-Dorota", "Grzegorz-Tomasz", "Dorota-Agnieszka"],
        ["Wiśniewski-Wójcik", "Wójcik-Kamiński", "Kamiński-Lewandowski", "Lewandowski-Wiśniewski"], ["PL", "GB"]),
    "czech": (["Jiří-Zdeněk", "Lenka-Hana", "Zdeněk-Miroslav", "Hana-Jana", "Miroslav-Jiří"],
        ["Dvořák-Černý", "Černý-Procházka", "Kučera-Dvořák", "Procházka-Černý"], ["CZ"]),
    "slovene": (["Matjaž-Gregor", "Urška-Maja", "Gregor-Rok", "Maja-Nina", "Rok-Matjaž"],
        ["Novak-Horvat", "Horvat-Krajnc", "Krajnc-Zupančič", "Krajnc-Novak"], ["SI"]),
    "croatian": (["Ivana-Marija", "Tomislav-Hrvoje", "Hrvoje-Krešimir", "Petra-Ivana", "Ivana-Krešimir"],
        ["Babić-Knežević", "Knežević-Jurić", "Jurić-Kovačević", "Kovačević-Babić"], ["HR"]),
    "bosnian": (["Amra-Lejla", "Emir-Adnan", "Lejla-Selma", "Adnan-Kenan", "Selma-Amra"],
        ["Hodžić-Hadžić", "Hadžić-Begić", "Mehmedović-Begić", "Mehmedović-Hadžić"], ["BA", "SE"]),
    "macedonian": (["Biljana-Marija", "Goran-Zoran", "Marija-Elena", "Zoran-Igor", "Elena-Biljana"],
        ["Trajkovski-Nikolovski", "Nikolovski-Ristovski", "Ristovski-Stojanovski", "Ristovski-Trajkovski"], ["MK"]),
    "romanian": (["Ioana-Andreea", "Mihai-Bogdan", "Andreea-Raluca", "Bogdan-Cristian", "Raluca-Ioana"],
        ["Ionescu-Dumitrescu", "Dumitrescu-Stan", "Stan-Popescu", "Stan-Ionescu"], ["RO"]),
    "greek": (["Eleni-Katerina", "Giorgos-Dimitris", "Katerina-Sofia", "Dimitris-Kostas", "Sofia-Eleni"],
        ["Papadopoulos-Georgiou", "Georgiou-Oikonomou", "Oikonomou-Pappas", "Pappas-Papadopoulos"], ["GR"]),
    "turkish": (["Ayşe-Zeynep", "Mehmet-Emre", "Emre-Burak", "Elif-Ayşe", "Burak-Mehmet"],
        ["Yılmaz-Kaya", "Kaya-Demir", "Demir-Şahin", "Şahin-Yılmaz"], ["TR", "DE"]),
    "ukrainian": (["Oksana-Kateryna", "Taras-Bohdan", "Kateryna-Iryna", "Bohdan-Oleksandr", "Iryna-Oksana"],
        ["Shevchenko-Bondarenko", "Bondarenko-Kovalenko", "Tkachenko-Shevchenko", "Tkachenko-Kovalenko"], ["UA", "FI"]),
    "belarusian": (["Alesia-Hanna", "Ales-Siarhei", "Hanna-Volha", "Siarhei-Yauhen", "Volha-Alesia"],
        ["Kavaliou-Novik", "Novik-Karpovich", "Karpovich-Marozau", "Marozau-Kavaliou"], ["BY", "LT"]),
    "faroese": (["Rógvi-Heðin", "Turið-Sólja", "Heðin-Jógvan", "Sólja-Rannvá", "Jógvan-Rógvi"],
        ["Joensen-Hansen", "Hansen-Poulsen", "Poulsen-Jacobsen", "Jacobsen-Joensen"], ["FO"]),
    "irish": (["Aoife-Siobhán", "Cian-Oisín", "Siobhán-Niamh", "Oisín-Tadhg", "Niamh-Aoife"],
        ["Ó Briain-Murphy", "Murphy-Kelly", "Kelly-Walsh", "Walsh-Ó Briain"], ["IE"]),
    "syrian": (["Rami-Bashar", "Lina-Rasha", "Bashar-Omar", "Rasha-Hala", "Omar-Rami"],
        ["Al-Hariri-Haddad", "Haddad-Khatib", "Khatib-Sabbagh", "Sabbagh-Haddad"], ["SY", "SE", "DE"]),
    "jordanian": (["Zaid-Laith", "Dana-Rawan", "Laith-Yazan", "Rawan-Ruba", "Yazan-Zaid"],
        ["Majali-Tarawneh", "Tarawneh-Rawashdeh", "Rawashdeh-Obeidat", "Obeidat-Majali"], ["JO"]),
    "persian": (["Shirin-Parisa", "Kian-Arash", "Parisa-Niloufar", "Arash-Babak", "Niloufar-Shirin"],
        ["Hosseini-Ahmadi", "Ahmadi-Rezaei", "Rezaei-Moradi", "Moradi-Hosseini"], ["IR", "SE", "FI"]),
    "bolivian": (["Wilma-Rosmery", "Limbert-Franz", "Rosmery-Nelly", "Franz-Grover", "Nelly-Wilma"],
        ["Choque-Ticona", "Ticona-Apaza", "Apaza-Limachi", "Limachi-Choque"], ["BO"]),
    "australian": (["Kylie-Brooke", "Shane-Bradley", "Brooke-Tahlia", "Bradley-Lachlan", "Tahlia-Kylie"],
        ["Fitzgerald-Dunstan", "Dunstan-McGrath", "McGrath-Whitlam", "Whitlam-Fitzgerald"], ["AU"]),
    "american": (["Tyler-Brandon", "Ashley-Brittany", "Brandon-Cody", "Brittany-Megan", "Cody-Tyler"],
        ["Kowalczyk-Brennan", "Brennan-Delgado", "Delgado-Whitaker", "Whitaker-Kowalczyk"], ["US", "CA"]),
}
# Surnames that streets, housing companies, buildings, firms and shops carry: a tenant, a board member, a caretaker or a
# caller who bears one is a NAME like anyone; the street, the housing company, the building or the firm named after
# someone of that surname is a look-alike.
EPONYM_SURNAMES = {"fi": ["Runeberg", "Topelius", "Sibelius", "Snellman", "Lönnrot", "Nordström", "Ericsson",
                          "Castrén"],
                   "sv": ["Runeberg", "Topelius", "Ericsson", "Nordström", "Snellman", "Castrén"],
                   "en": ["Harrod", "Selfridge", "Debenham", "Boot"]}
# What each of them names, by language: the twin look-alike of a message whose person bears the surname. The person
# stands in a Finnish case or the Swedish genitive where the thing holds the plain surname (Nordströmille beside Tele
# Nordström Oy), and the thing in another word where the person's name is plain (Harrod beside Harrods).
EPONYM_THINGS = {
    "Runeberg": {"fi": ["As Oy Runebergin Linna", "Runeberginkatu 14 B"], "sv": ["Runebergsgatan 4", "Brf Runeberg"]},
    "Topelius": {"fi": ["Topeliuksenkatu 9 A", "As Oy Topeliuksen Puisto"], "sv": ["Topeliusgatan 3"]},
    "Sibelius": {"fi": ["Sibeliustalo", "As Oy Sibeliuksen Hovi", "Sibeliuksenkatu 11"]},
    "Snellman": {"fi": ["Snellmaninkatu 13", "Snellmanin koulu"], "sv": ["Snellmansgatan 2", "Snellman Fastigheter"]},
    "Lönnrot": {"fi": ["Lönnrotinkatu 21", "As Oy Lönnrotin Kulma"]},
    "Nordström": {"fi": ["Tele Nordström Oy", "Nordström Kiinteistöhuolto Oy"], "sv": ["Tele Nordström AB"]},
    "Ericsson": {"fi": ["Ericsson", "Ericsson Finland Oy"], "sv": ["Ericsson", "Ericssonhuset"]},
    "Castrén": {"fi": ["Castréninkatu 6", "As Oy Castrénin Piha"], "sv": ["Castrénsgatan 6"]},
    "Harrod": {"en": ["Harrods", "Harrods Estates"]},
    "Selfridge": {"en": ["Selfridges", "Selfridges car park"]},
    "Debenham": {"en": ["Debenhams", "the old Debenhams building"]},
    "Boot": {"en": ["Boots", "Boots pharmacy"]},
}
EPONYM_KINDS = {"twin_fi", "twin_sv", "twin_en"}


# The irregular Finnish forms of the set's names, first those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES)
# A surname in -us with its -ukse- stem (Topelius: Topeliuksen, Topeliukselle).
IRREGULAR.update({nom: generation.kse_forms(nom) for nom in ("Topelius", "Sibelius")})


# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.COUNTRIES
PEOPLE = generation.People(R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
PHONES = generation.Phones(DRAW, COUNTRIES)


# ---------------------------------------------------------------------------------------------------------------------
# Addresses and logins: the organisation's patterns, the name without marks.

# The organisation's domains by the kind of service and the language of the message (the operator's and its broadband
# unit's; the property manager's and its maintenance company's; in Finland, Sweden and England); CURRENT["service"] and
# CURRENT["language"] are the message's.
ORG_DOMAINS = {"tele": {"fi": ["operaattori.example.fi", "laajakaista.example.fi"],
                        "sv": ["operator.example.se", "bredband.example.se"],
                        "en": ["mobile.example.co.uk", "broadband.example.com"]},
               "home": {"fi": ["isannointi.example.fi", "huoltoyhtio.example.fi", "kiinteisto.example.fi"],
                        "sv": ["forvaltning.example.fi", "fastighet.example.se"],
                        "en": ["lettings.example.co.uk", "blocks.example.co.uk"]}}
PRIVATE_DOMAINS = ["verkko.example.net", "inbox.example.com", "post.example.se", "example.org", "kotiposti.example.fi"]

def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]], PRIVATE_DOMAINS)


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: a Writer says text and labels names, addresses, logins, numbers and look-alikes. A line may be a
# template: {a.g} a's given name, {a.gs.all} given name and surname with the case on the surname, {a.g.ela} the given
# name in a case, {a.sgc} "Surname, Given", {a.SG} the surname in capitals first, {mail:a}, {phone:a}, {user:a},
# {hetu:a} an identity code, {iban:a} an account in a's home bank, {card:a} a payment
# card, {shared} a shared mailbox, [a look-alike], {L:kind} a drawn look-alike, {num} a number whose owner is not
# named; {phone:a.msisdn} and {num.msisdn} write the number as a call record does (the calling code, no plus),
# {phone:a.e164} as a port log does.

class Writer(generation.Writer):
    phones, draws, irregular = PHONES, DRAW, IRREGULAR

    def L(self, kind):
        """A drawn look-alike; the operator, the plan, the portal, the router, the handset, the housing company and
        the firm stay the same throughout one message."""
        if kind not in LOOKS:
            # A kind written as it is written in each language (ids, codes, quantities): the message's language.
            kind = f"{kind}_{self.language}"
        if kind in STICKY:
            return self.look(self.sticky.setdefault(kind, LOOKS[kind]()), kind)
        return self.look(LOOKS[kind](), kind)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def shared_box(self):
        return R.choice(SHARED_BOXES[CURRENT["service"]][self.language])

    def owned(self):
        return OWNED


# ---------------------------------------------------------------------------------------------------------------------
# Shared mailboxes.

# The service desk's and the units' shared mailboxes: an EMAIL, role "third", as set 27 labels them.
SHARED_BOXES = {"tele": {"fi": ["asiakaspalvelu@operaattori.example.fi", "numeronsiirrot@operaattori.example.fi",
                                "vikailmoitukset@laajakaista.example.fi"],
                         "en": ["customer.services@mobile.example.co.uk", "porting@mobile.example.co.uk"],
                         "sv": ["kundtjanst@operator.example.se", "portering@operator.example.se"]},
                "home": {"fi": ["isannointi@isannointi.example.fi", "huolto@huoltoyhtio.example.fi"],
                         "en": ["repairs@lettings.example.co.uk", "blockmanagement@blocks.example.co.uk"],
                         "sv": ["felanmalan@fastighet.example.se", "forvaltning@forvaltning.example.fi"]}}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a mobile operator's and broadband provider's customer service and of a property manager's and its
# maintenance company's service: SIM cards' ICCIDs with their check digits, router serials and MAC addresses, porting,
# order, ticket and customer numbers, flat numbers, keys and fobs, sauna, laundry and parking turns, meter readings,
# reference numbers, amounts, business ids, operators and firms whose names look like names, streets, housing companies
# and buildings named after people, and the service numbers the text makes a service's.


def orgnr():
    """A Swedish organisation number with its Luhn digit (a housing cooperative's starts 769, a firm's 556)."""
    n = identifiers.luhn(R, R.choice(["556", "559", "769", "716"]), 10)
    return f"{n[:6]}-{n[6:]}"


def imei():
    """A handset's IMEI: a type allocation code, a serial and the Luhn digit, as a label, a box or a log writes it."""
    n = identifiers.luhn(R, R.choice(["35", "35", "86", "01", "49", "99"]), 15)
    return R.choice([n, n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:2]} {n[2:8]} {n[8:14]} {n[14]}",
                     f"{n[:8]} {n[8:]}"])


def iccid():
    """A SIM card's ICCID: 89, the country's code, the issuer, the card number and the Luhn digit."""
    n = identifiers.luhn(R, R.choice(["89358", "89358", "89460", "89440", "89470"]), R.choice([19, 20]))
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, len(n), 4))])


def imsi():
    """A subscriber identity: the network's country and network codes and the subscriber's number."""
    return R.choice(["24405", "24491", "24412", "24001", "24007", "23415", "23420"]) + identifiers.digits(R, 10)


def mac():
    return ":".join(R.choice(generation.HEX.upper()) + R.choice(generation.HEX.upper()) for _ in range(6))


def amount(language):
    euros, cents = R.choice([R.randint(3, 99), R.randint(100, 999), R.randint(1000, 48000)]), R.randint(0, 99)
    grouped = f"{euros:,}"
    return {"fi": R.choice([f"{grouped.replace(',', ' ')},{cents:02d} €", f"{euros},{cents:02d} EUR"]),
            "en": R.choice([f"£{grouped}.{cents:02d}", f"€{grouped}.{cents:02d}", f"GBP {euros}.{cents:02d}"]),
            "sv": R.choice([f"{grouped.replace(',', ' ')},{cents:02d} kr", f"{euros} SEK", f"{euros},{cents:02d} €"])
            }[language]


def water(language):
    """A water meter's reading in cubic metres, with the decimal mark of the language."""
    whole, part = R.randint(3, 2400), identifiers.digits(R, 3)
    return f"{whole}{',' if language != 'en' else '.'}{part} m³"


def twin(language):
    """The street, housing company, building or firm named after someone of the surname of this message's person
    CURRENT["x"]: the thing is kept, the person's surname in the same message is a NAME in another form."""
    return R.choice(EPONYM_THINGS[CURRENT["x"].surname][language])


def street(language):
    return R.choice(STREETS[language]).replace("{n}", str(R.randint(1, 99)))


def flat(language):
    """A flat: the staircase letter and the number, as tenants and caretakers write it."""
    n, letter = R.randint(1, 48), R.choice("ABCDEF")
    return R.choice({"fi": [f"{letter} {n}", f"{letter}{n}", f"as. {n}", f"{letter} {n} ({R.randint(1, 8)}. krs)"],
                     "sv": [f"lgh {R.randint(1, 14)}{R.randint(1, 3):02d}", f"{letter} {n}", f"bostad {n}"],
                     "en": [f"Flat {n}", f"Flat {R.randint(1, 9)}{letter}", f"Apartment {n}"]}[language])


# Service numbers the text makes a service's, each of its kind: the operator's customer-service, fault and porting
# lines, the emergency number, the directory and the number-lookup line, the maintenance company's on-call line for a
# water leak, and the property manager's switchboard.
SERVICE_LINES = {
    "careline": {"fi": ["010 {3} {4}", "0800 {3} {3}", "0600 {2} {3}", "020 {3} {3}"],
                 "en": ["0333 {3} {4}", "0800 {3} {4}", "150", "191", "202"],
                 "sv": ["0771-{2} {2} {2}", "90 {3}", "020-{2} {2} {2}"]},
    "faultline": {"fi": ["0800 {3} {3}", "010 {3} {3}"], "en": ["0800 {3} {4}", "0345 {3} {4}"],
                  "sv": ["020-{3} {3}", "0771-{3} {3}"]},
    "portline": {"fi": ["0800 {2} {2} {2}", "020 {3} {2}"], "en": ["0800 {3} {4}"], "sv": ["0771-{2} {2} {2}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
    "leakline": {"fi": ["0200 {5}", "020 {3} {4}", "0800 {3} {3}"], "en": ["0800 {3} {4}", "0330 {3} {4}"],
                 "sv": ["08-{3} {2} {2}", "0771-{2} {2} {2}"]},
    "switchboard": {"fi": ["(09) {3} {4}", "010 {3} {4}", "029 {3} {4}"], "en": ["0113 {3} {4}", "0161 {3} {4}"],
                    "sv": ["08-{3} {2} {2}", "018-{2} {2} {2}"]},
    "lookupline": {"fi": ["0100 100", "0200 {5}"], "en": ["118 {3}"], "sv": ["118 118", "0771-{2} {2} {2}"]},
}
# The service desk's own operator and the donors a number is ported from: operators, MVNOs and broadband brands, some
# looking like names (Elisa, Moi, Hallon, Vilja, Aurora, Sonja, Vimla).
OPERATORS = {"fi": ["Aurora Mobiili", "Vilja Tele", "Revontuli Mobiili"],
             "sv": ["Ålands Mobil", "Vimla", "Norrsken Tele"],
             "en": ["Sonja Mobile", "Kestrel Mobile", "Bluebell Telecom"]}
DONORS = {"fi": ["Elisa", "Telia", "DNA", "Moi Mobiili", "Saunalahti", "Kaamos Mobiili"],
          "sv": ["Telia", "Tele2", "Telenor", "Tre", "Comviq", "Hallon", "Fello", "Ålcom"],
          "en": ["Vodafone", "EE", "O2", "Three", "giffgaff", "Lyca Mobile", "Tesco Mobile"]}
PLANS = {"fi": ["Rajaton 5G 600M", "Rajaton 5G 1000M", "Prepaid Lataa 20", "Nuorten 4G 100M", "Perhe-etu 5G",
                "Kuitu 1000/100", "Kotinetti 5G 300M", "Yritys 5G Max"],
         "en": ["Unlimited 5G Max", "SIM Only 100GB", "Pay As You Go", "Family Plan 4 lines", "Fibre 900",
                "Business Unlimited", "Full Fibre 500"],
         "sv": ["Obegränsad 5G", "Kontant 15 GB", "Familj 4 abonnemang", "Fiber 1000/1000", "Mobilt bredband 5G",
                "Företag Plus"]}
PHONE_MODELS = ["iPhone 14 128 GB", "iPhone 15 Pro", "Galaxy S23", "Galaxy A54 5G", "Pixel 8", "Nokia G22",
                "Xperia 10 V", "Redmi Note 12", "OnePlus Nord 3", "Doro 8100", "Fairphone 5", "moto g84"]
ROUTERS = ["Huawei B535", "ZTE MF289F", "Nokia FastMile 5G", "TP-Link Archer AX55", "Zyxel VMG8825", "Inteno EG400",
           "Technicolor DGA0122", "Sagemcom F@st 5670", "Genexis Pure F530"]
# The operator's customer and order systems, and the property manager's resident portals, by language.
PORTALS = {"fi": ["Oma Aurora", "Tilaajarekisteri CRM", "Asiointiportaali", "Siebel CRM"],
           "sv": ["Mina sidor", "Kundportalen", "Siebel CRM"], "en": ["My Account", "Amdocs CRM", "Siebel CRM"]}
RESIDENT_PORTALS = {"fi": ["Taloyhtiö.net", "Isännöinnin asukasportaali", "OmaTalo", "Kiinteistömaailma Extranet"],
                    "sv": ["Boendeportalen", "Mina sidor – Fastighet", "Hemma-appen"],
                    "en": ["Resident Portal", "Fixflo", "Block Hub"]}
# Firms named after people or places (kept: a firm is not a person): property managers, maintenance companies,
# plumbers, locksmiths, and the telecom's installers; and housing companies.
FIRMS = {"fi": ["Isännöinti Kaarna Oy", "Huoltoyhtiö Vilja Oy", "Kiinteistöhuolto Onni Oy", "Putki-Pekka Oy",
                "Lukkoseppä Aatos Oy", "Nokian Putkityö Oy", "Nokia-talon Huolto Oy", "Pirkan Kuitu Oy",
                "Kuitu-Kalle Oy", "Saimaan Isännöinti Oy", "Hervannan Huolto Oy", "Tapiolan Lukko Oy"],
         "en": ["Stanley Property Management Ltd", "Florence Lettings", "Victoria Block Management",
                "Archie's Plumbing Ltd", "Nelson Locksmiths", "Kingsley Fibre Installs"],
         "sv": ["Fastighetsskötsel Albin AB", "Förvaltnings Ab Vega", "Rör-Olle AB", "Låssmeden Holger AB",
                "Vasa Fastighetsservice Ab", "Fiberbolaget Ebba AB"]}
HOUSING = {"fi": ["As Oy Koivukummun Rinne", "As Oy Tammelan Helmi", "As Oy Pihlajanmarja", "As Oy Kalevan Hovi",
                  "As Oy Nokian Kartano", "Asunto Oy Kuusikko", "As Oy Lahden Aino", "Kiinteistö Oy Veikko"],
           "en": ["Nelson House", "Albert Court", "Victoria Mansions", "Grace Gardens", "Elizabeth Towers"],
           "sv": ["Brf Linnéan 3", "Bostads Ab Villa Maria", "Bostads Ab Strandhyddan", "Brf Astrid 12",
                  "Bostads Ab Gustavsgården"]}
STREETS = {"fi": ["Mannerheimintie {n}", "Hämeenkatu {n} A 5", "Koivukuja {n}", "Pihlajatie {n} C 12",
                  "Kuusitie {n}", "Tehtaankatu {n} as. 3", "Myllytie {n}", "Peltolantie {n} B", "Sepänkatu {n}",
                  "Väinölänkatu {n}", "Aleksis Kiven katu {n}", "Pyynikintie {n}"],
           "sv": ["Storgatan {n}", "Kyrkogatan {n}", "Strandvägen {n}", "Skolgatan {n} B", "Hamngatan {n}",
                  "Björkvägen {n}", "Sandviksgatan {n}", "Köpmansgatan {n} A 4"],
           "en": ["{n} High Street", "{n} Station Road", "{n} Church Lane", "{n} Mill Lane", "{n} Park Avenue",
                  "{n} Kingsway", "{n} Queen's Road"]}
POSTCODES = {"fi": ["00100 Helsinki", "00530 Helsinki", "02600 Espoo", "01300 Vantaa", "33200 Tampere", "20500 Turku",
                    "90100 Oulu", "40500 Jyväskylä", "70100 Kuopio", "15140 Lahti", "37100 Nokia", "80100 Joensuu"],
             "sv": ["65100 Vasa", "68600 Jakobstad", "10600 Ekenäs", "22100 Mariehamn", "06100 Borgå",
                    "114 55 Stockholm", "411 03 Göteborg", "852 30 Sundsvall"],
             "en": ["LS1 4AP", "BS1 5TR", "M1 2HF", "NG1 6FQ", "CF10 1EP", "EH1 1YZ", "B3 2PW"]}
COUNTRY_NAMES = {"fi": ["Turkki", "Thaimaa", "Sveitsi", "Yhdysvallat", "Egypti", "Norja", "Iso-Britannia",
                        "Marokko", "Serbia", "laivalla (satelliittiverkko)"],
                 "en": ["Switzerland", "Turkey", "the United States", "Egypt", "Norway", "Thailand", "Morocco",
                        "Serbia"],
                 "sv": ["Schweiz", "Turkiet", "USA", "Egypten", "Norge", "Thailand", "Marocko"]}


CURRENT = {"x": None, "language": "fi"}
STICKY = {"operator", "donor", "plan", "portal", "hportal", "router", "model", "housing", "firm_fi", "firm_en",
          "firm_sv"}
# A handset's IMEI and a subscriber's IMSI name their owner through the operator (DEVICE_ID, as set 18 labels an IMEI);
# a SIM's PIN and PUK and an eSIM's activation code open the owner's line (CREDENTIAL, as set 31 labels a SIM's PIN);
# a door code given to a resident opens the resident's home (CREDENTIAL, as sets 26, 31, 33, 39 and 40 label it).
OWNED = {"imei": ("DEVICE_ID", imei), "imsi": ("DEVICE_ID", imsi),
         "puk": ("CREDENTIAL", lambda: identifiers.digits(R, 8)),
         "pin": ("CREDENTIAL", lambda: identifiers.digits(R, 4)),
         "esim": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["LPA:1$smdp.example.net${A}{1}{A}{2}-{A}{3}{A}-{4}{A}{A}",
                                                       "LPA:1$rsp.example.com${4}-{4}-{4}-{4}"]))),
         "doorcode": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "*{4}", "{4}", "{2}{2}A"])))}

LOOKS = {
    "operator": lambda: R.choice(OPERATORS[CURRENT["language"]]),
    "donor": lambda: R.choice(DONORS[CURRENT["language"]]),
    "plan": lambda: R.choice(PLANS[CURRENT["language"]]),
    "portal": lambda: R.choice(PORTALS[CURRENT["language"]]),
    "hportal": lambda: R.choice(RESIDENT_PORTALS[CURRENT["language"]]),
    "router": lambda: R.choice(ROUTERS), "model": lambda: R.choice(PHONE_MODELS),
    "housing": lambda: R.choice(HOUSING[CURRENT["language"]]),
    "abroad": lambda: R.choice(COUNTRY_NAMES[CURRENT["language"]]),
    "twin_fi": lambda: twin("fi"), "twin_sv": lambda: twin("sv"), "twin_en": lambda: twin("en"),
    "street_fi": lambda: street("fi"), "street_sv": lambda: street("sv"), "street_en": lambda: street("en"),
    "postcode_fi": lambda: R.choice(POSTCODES["fi"]), "postcode_sv": lambda: R.choice(POSTCODES["sv"]),
    "postcode_en": lambda: R.choice(POSTCODES["en"]),
    "firm_fi": lambda: R.choice(FIRMS["fi"]), "firm_en": lambda: R.choice(FIRMS["en"]),
    "firm_sv": lambda: R.choice(FIRMS["sv"]),
    "amount_fi": lambda: amount("fi"), "amount_en": lambda: amount("en"), "amount_sv": lambda: amount("sv"),
    "water_fi": lambda: water("fi"), "water_en": lambda: water("en"), "water_sv": lambda: water("sv"),
    "flat_fi": lambda: flat("fi"), "flat_en": lambda: flat("en"), "flat_sv": lambda: flat("sv"),
    "viite": DRAW.viite, "rf": DRAW.rf_reference, "ytunnus": DRAW.ytunnus, "orgnr": orgnr,
    "vatfi": lambda: "FI" + DRAW.ytunnus().replace("-", ""), "companyno": lambda: DRAW.fill("Company No. {8}"),
    "iccid": iccid, "mac": mac,
    "voucher": lambda: DRAW.fill(R.choice(["{4} {4} {4} {2}", "{14}", "{4}-{4}-{4}-{4}"])),
    "serial": lambda: DRAW.fill(R.choice(["{A}{A}{1}{A}{8}", "SN {10}", "{2}{A}{A}{8}", "G{A}{2}{A}{7}"])),
    "port": lambda: DRAW.fill(R.choice(["NP-2026-{6}", "SIIRTO-{7}", "PORT{8}", "NPR {3} {4}", "MNP-{7}"])),
    "order": lambda: DRAW.fill(R.choice(["{8}", "TIL-{7}", "ORD-{6}", "B{9}", "{3}-{7}"])),
    "ticket": lambda: DRAW.fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "CS-{6}", "HD-{3}-{4}", "VIKA-{5}",
                                     "SR{7}"])),
    "customer": lambda: DRAW.fill(R.choice(["{7}", "{8}", "AS{6}", "KN {6}", "{3} {3} {3}"])),
    "account": lambda: DRAW.fill(R.choice(["{9}", "ACC-{8}", "{4}-{5}"])),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "INV-{6}", "LASKU {7}", "F{8}", "{2}-{6}"])),
    "outage": lambda: DRAW.fill(R.choice(["HÄIRIÖ-{5}", "OUT{6}", "INC-{5}", "MAINT-{4}"])),
    "cell": lambda: DRAW.fill(R.choice(["LAC {4} CI {5}", "{3}-{2}-{5}-{3}", "eNB {6}/{2}", "CGI 244-05-{4}-{5}"])),
    "duration": lambda: f"00:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
    "seconds": lambda: str(R.randint(1, 3600)),
    "data": lambda: R.choice([f"{R.randint(1, 99)},{R.randint(0, 9)} GB", f"{R.randint(10, 999)} MB",
                              f"{R.randint(1, 40)}.{R.randint(0, 9)} GB"]),
    "speed": lambda: R.choice(["1000/100 M", "300 Mbit/s", "100/10 M", "500 Mb/s", "2 Mbit/s", "50/50 M"]),
    "key": lambda: DRAW.fill(R.choice(["{3}-{2}", "A{3}", "iLOQ {8}", "Abloy {2}-{4}", "{1}{A}-{3}"])),
    "fob": lambda: DRAW.fill(R.choice(["{10}", "TAG {6}", "{3} {3} {4}"])),
    "parking": lambda: DRAW.fill(R.choice(["AP {2}", "P-{2}", "autopaikka {2}", "lämpötolppa {1}", "plats {2}",
                                      "bay {2}", "carport {1}"])),
    "sauna": lambda: R.choice(["ti 19.00–20.00", "to 18–19", "la klo 17.00", "ke 20.00–21.00", "pe 18.30–19.30"]),
    "sauna_sv": lambda: R.choice(["tisdag 19–20", "torsdag 18.00–19.00", "lördag kl. 17", "onsdag 20–21"]),
    "meterid": lambda: DRAW.fill(R.choice(["{8}", "KV-{6}", "LV-{6}", "WM{7}", "{2}-{6}"])),
    "section": lambda: f"§ {R.randint(1, 18)}",
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    # The case's clock stamps whole seconds, so isoformat writes YYYY-MM-DDTHH:MM:SS as an API's log does.
    "iso": lambda: CLOCK.tick().isoformat(),
    "weekday_fi": lambda: R.choice(["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]),
    "weekday_en": lambda: R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "weekday_sv": lambda: R.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag"]),
    "system": lambda: R.choice({"tele": ["ServiceNow", "Salesforce Service Cloud", "Zendesk", "Freshdesk",
                                         "Efecte"],
                                "home": ["TOPdesk", "Fiixit", "Kiinteistöpalvelujen Huoltokirja", "Zendesk",
                                         "Efecte"]}[CURRENT["service"]]),
    "nameword_fi": lambda: R.choice(["toivo paremmasta kentästä", "rauha palasi rappuun", "onni matkassa",
                                     "aino oikea ratkaisu", "ilo kuulla", "kaikki hyvin"]),
    "nameword_en": lambda: R.choice(["grace period", "will call back", "ruby wedding anniversary", "rob the tenant",
                                     "bill goes to the payer", "sterling work", "hope it holds"]),
    "nameword_sv": lambda: R.choice(["dag för dag", "hoppas på snar lösning", "bo kvar", "stig på", "ro i trappan",
                                     "glädje"]),
}


# The handler's role and queue by the kind of service (CURRENT["service"]) and the language.
ROLES = {"tele": {"fi": ["asiakaspalveluneuvoja", "numeronsiirtoasiantuntija", "vikapalvelun päivystäjä",
                         "petostutkija"],
                  "en": ["Customer Service Advisor", "Porting Specialist", "Fraud Analyst", "Field Technician"],
                  "sv": ["kundtjänstmedarbetare", "porteringshandläggare", "nätverkstekniker"]},
         "home": {"fi": ["isännöitsijä", "kiinteistönhoitaja", "huoltomies", "asukasisännöitsijä"],
                  "en": ["Property Manager", "Caretaker", "Lettings Negotiator"],
                  "sv": ["fastighetsförvaltare", "fastighetsskötare", "disponent"]}}
QUEUES = {"tele": {"fi": ["Numeronsiirrot", "SIM ja eSIM", "Laajakaistaviat", "Laskutus"],
                   "en": ["Porting", "Fraud", "Broadband Faults", "Billing Disputes"],
                   "sv": ["Portering", "SIM-kort", "Bredbandsfel"]},
          "home": {"fi": ["Isännöinti", "Huoltopyynnöt", "Vuokravalvonta"], "en": ["Repairs", "Lettings"],
                   "sv": ["Förvaltning", "Felanmälan"]}}
for _language in ("fi", "en", "sv"):
    LOOKS[f"role_{_language}"] = lambda language=_language: R.choice(ROLES[CURRENT["service"]][language])
    LOOKS[f"queue_{_language}"] = lambda language=_language: R.choice(QUEUES[CURRENT["service"]][language])
LOOKS.update(DRAW.worded(
    workorder={"fi": ["TT-{6}", "HUOLTO-{5}", "{6}", "TM {4}/{2}"], "en": ["WO{7}", "JOB-{6}", "R{6}"],
               "sv": ["AO-{5}", "FO-{6}", "{6}"]},
    laundry={"fi": ["ma 8–11", "ke 11–14", "pe 17–20", "su 14–17", "ti 7–10"],
             "sv": ["mån 8–11", "ons 17–20", "pass 3 (fre)", "lör 10–13"], "en": ["Mon 8–11", "slot 2", "Sat 10–1"]},
    days={"fi": ["1{1} päivän", "2{1} päivän", "1{1} arkipäivän"], "en": ["1{1} days", "1{1} working days"],
          "sv": ["1{1} dagar", "2{1} arbetsdagar"]},
))
LOOKS.update(DRAW.worded(**SERVICE_LINES))
LOOKS.update({"date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
              "date_sv": lambda: CLOCK.day_text("sv")})



# ---------------------------------------------------------------------------------------------------------------------
# The shapes: one template each, in the language its kind of text is written in. s is the register's known person (the
# subscriber who ports a number, swaps or loses a SIM, reports fraud or nuisance calls, disputes a bill, asks for a PUK,
# an eSIM or a directory opt-out, the payer of a child's or an employee's subscription, the heir who ends a deceased
# subscriber's contract, the customer whose call records are exported; the tenant or owner who reports a fault, orders
# keys, books a turn, queues for a parking space, moves, complains of noise, reads a meter or is reminded of the rent;
# the board's secretary who writes the minutes, the caretaker or the property manager whose work order or list it is);
# a-h are third parties (the user of a paid-for subscription, shop and porting staff, fraud analysts, technicians,
# neighbours, board members and owners, caretakers, property managers, plumbers, landlords, the deceased); k shares the
# subject's surname (a child, a spouse, a parent); x bears a surname that a street, a housing company, a building or a
# firm also bears and is a NAME like anyone, written in a Finnish case or the Swedish genitive where the thing holds
# the plain surname. ⟦ ⟧ stand for square brackets.

SHAPES = [
    # ---- Finnish: mobile operator and broadband
    ("numeronsiirto_fi", "fi",
     "Aihe: Numeronsiirto {L:donor} → {L:operator}\n\nHei,\n\nhaluan siirtää numeroni {phone:s} teille "
     "liittymään {L:plan}. Siirtopäiväksi toivon {L:date_fi}. Nykyinen operaattori on {L:donor}, ja sopimus on "
     "puolisoni {k.gs.gen} nimissä, koska hän teki sen aikanaan; hänen valtakirjansa on liitteenä. Myymälässä "
     "minua palveli {a.gs}, joka lupasi siirron {L:days_fi} kuluessa.\n\nUusi SIM {L:iccid}, tilaus {L:order}.\n\n"
     "Terveisin {s.gs}, {mail:s}\n\n---\n{b.gs} ({user:b}), {L:stamp}: siirtopyyntö {L:port} lähetetty; "
     "luovuttaja hylkäsi ensin, koska haltijan tunnus ei täsmännyt ({k.gs.gen} tiedot). Numeronsiirtolinja "
     "{L:portline_fi}. Tiedoksi {c.gs.all}.\n"),
    ("simvaihto_fi", "fi",
     "Myymäläloki {L:date_fi} ({L:portal})\n\n{L:hour} asiakas {s.gs} tunnistettu (ajokortti), numero {phone:s}\n"
     "{L:hour} SIM-kortin vaihto: vanha {L:iccid} → uusi {L:iccid}, PUK {puk:s}\n{L:hour} myyjä {a.gs} "
     "({user:a}) aktivoi kortin, vanha suljettu\n{L:hour} asiakas pyysi lisäämään rinnakkaiskäyttäjäksi "
     "lapsensa {k.gs.gen}; {k.g} käyttää numeroa {phone:k}\n\nHuom. {b.gs} tarkisti asiakkaan henkilötiedot, "
     "{c.gs} hyväksyi poikkeuksen. Asiakaspalvelu {L:careline_fi}.\n"),
    ("simhuijaus_fi", "fi",
     "Aihe: Joku vaihtoi SIM-korttini – huijaus\n\nHei,\n\npuhelimeni lakkasi toimimasta {L:date_fi} klo "
     "{L:hour}. Myöhemmin selvisi, että joku oli tilannut numerolleni {phone:s} uuden SIM-kortin ja esittäytynyt "
     "minuna. Pankki ilmoitti, että tililtäni {iban:s} yritettiin siirtää {L:amount_fi}. Huijari soitti ensin "
     "numerosta {num} ja esittäytyi nimellä {a.gs}.\n\nTein rikosilmoituksen (poliisin hätänumero {L:emergency_fi} "
     "ei ollut oikea paikka, joten tein sen verkossa). Tutkija {b.gs} ({phone:b}) pyytää teiltä lokin.\n\n"
     "{s.gs}, hetu {hetu:s}\n\n---\nPetostutkinta, {c.gs}: SIM vaihdettu {L:stamp} myymälässä, vastaanottaja "
     "{d.gs}. Kortti {L:iccid} suljettu, ICCID ja IMSI {imsi:s} toimitettu poliisille.\n"),
    ("kadonnut_fi", "fi",
     "Aihe: Kadonnut puhelin – liittymän sulku\n\nHei, hukkasin puhelimeni ({L:model}, IMEI {imei:s}) "
     "{L:date_fi} bussissa. Sulkekaa liittymä {phone:s} ja estäkää laite. Löytäjä voi soittaa puolisolleni "
     "{k.gs.all} numeroon {phone:k}.\n\nSarjanumero kuitista {L:serial}, ostotilaus {L:order}.\n\n"
     "Terveisin {s.gs}\n\nVastaus ({a.gs}): liittymä suljettu {L:stamp}, IMEI {imei:s} lisätty estolistalle. "
     "Uusi SIM postitetaan; {b.gs} ottaa yhteyttä, kun laite löytyy. Vakuutusasiat hoitaa {c.gs.gen} tiimi.\n"),
    ("puk_fi", "fi",
     "Chat – asiakaspalvelu\n{L:hour} {s.gs}: moi, puhelin kysyy PUK-koodia, numero on {phone:s}\n{L:hour} "
     "Asiakasneuvoja {a.g}: Hei! Tarkistan tiedot. Onko liittymä omissa nimissäsi?\n{L:hour} {s.gs}: ei, vanhempani "
     "{k.gs} maksaa sen, hänen numeronsa {phone:k}\n{L:hour} Asiakasneuvoja {a.g}: Selvä, {k.g.all} lähtee "
     "vahvistusviesti. PUK1 on {puk:s}, PIN {pin:s} vaihdetaan.\n{L:hour} {s.gs}: kiitos! ja {b.gs} sanoi että "
     "eSIM-koodi tulee myös\n{L:hour} Asiakasneuvoja {a.g}: Siirrän sen {c.gs.all}. {L:nameword_fi}.\n"),
    ("esim_fi", "fi",
     "Aihe: eSIM-QR-koodi uudelleen\n\nHei,\n\nvaihdoin puhelimen ({L:model}) ja eSIM-profiili katosi. Voisitteko "
     "lähettää QR-koodin uudelleen? Numero {phone:s}, asiakasnumero {L:customer}. Edellinen aktivointikoodi "
     "{esim:s} ei enää toimi.\n\nMyymälän {a.gs} sanoi, ettei koodia voi näyttää myymälässä. Puolisoni {k.gs} "
     "sai samasta liittymäpaketista oman koodinsa {L:date_fi} ongelmitta.\n\n{s.gs}, {mail:s}\n\nKäsitellyt "
     "{b.gs}: uusi profiili ladattu, ICCID {L:iccid}; koodi lähetetty vain tilaajan sähköpostiin. Varmisti {c.gs}.\n"),
    ("maksaja_fi", "fi",
     "Aihe: Lapsen liittymä – maksaja ja käyttäjä eri\n\nHei,\n\nmaksan lapseni {k.gs.gen} liittymän ({phone:k}, "
     "{L:plan}), mutta lasku tulee nykyään exäni {a.gs.gen} osoitteeseen. Haluan, että lasku tulee minulle ja "
     "maksetaan tililtä {iban:s}. Käyttäjänä on {k.g}, {L:days_fi} päästä 15-vuotias, ja hänelle pitää laittaa "
     "lisämaksullisten palvelujen esto.\n\n{s.gs}, {phone:s}, hetu {hetu:s}\n\nVastaus ({b.gs}): maksajan "
     "vaihto vaatii {a.gs.gen} suostumuksen; viite {L:viite}. Esto aktivoitu {L:stamp}. Tiedoksi {c.gs.all}.\n"),
    ("roaming_fi", "fi",
     "Aihe: Reklamaatio – verkkovierailulasku\n\nHei, laskullani {L:invoice} on datasiirtoa {L:data} maassa "
     "{L:abroad}, yhteensä {L:amount_fi}. Olin matkalla {L:date_fi}–{L:date_fi} ja datavierailu oli pois päältä. "
     "Matkalla olivat myös {a.gs} ja {b.gs}, joiden laskuissa ei ole vastaavaa.\n\nNumero {phone:s}, IMEI "
     "{imei:s}.\n\n{s.gs}\n\nKäsittely ({c.gs}, laskutus): Laite kytkeytyi laivan satelliittiverkkoon "
     "{L:cell}; hyvitys {L:amount_fi}, rajoitin {L:amount_fi} lisätty. Tarkistanut {d.gs}.\n"),
    ("prepaid_fi", "fi",
     "Aihe: Prepaid-lataus ei näy\n\nOstin latauskoodin {L:voucher} ({L:amount_fi}) kioskista {L:date_fi}, mutta "
     "saldo ei noussut. Prepaid-numero {phone:s}. Lataus tehtiin myös sisarukseni {a.gs.gen} puhelimesta, koska "
     "omassani ei ollut saldoa tekstiviestiin.\n\n{s.gs}\n\nVastaus ({b.gs}): koodi on käytetty {L:stamp} "
     "numerolle {num}; tarkistamme kaupan {L:order} ja palaamme. Tiedoksi {c.gs}.\n"),
    ("laajakaista_fi", "fi",
     "Vikailmoitus {L:ticket} – laajakaista\n\nAsiakas: {s.gs}, {L:street_fi}, {L:postcode_fi}, puh. {phone:s}\n"
     "Liittymä: {L:plan} ({L:speed}), modeemi {L:router}, sarjanumero {L:serial}, MAC {L:mac}\n\n{L:hour} "
     "asiakas: yhteys katkeilee iltaisin, naapuri {a.gs} ({L:flat_fi}) sama vika\n{L:hour} etämittaus: "
     "signaali heikko, alueella huolto {L:outage}\n{L:hour} asentajakäynti {L:date_fi} klo {L:hour}, asentaja "
     "{b.gs} ({phone:b})\n{L:hour} {c.gs} vahvisti ajan tekstiviestillä numeroon {phone:s}\n\nOvikoodi "
     "{doorcode:s}, avaimet huoltoyhtiöltä ({L:firm_fi}, päivystys {L:leakline_fi}). Vikapalvelu "
     "{L:faultline_fi}. Samasta "
     "talosta ({L:twin_fi}) tuli ilmoitus myös {x.gs.abl}.\n"),
    ("hairiopuhelut_fi", "fi",
     "Aihe: Häirintäpuhelut – numeron esto\n\nHei,\n\nsaan joka ilta puheluita numerosta {num} ja viime viikolla "
     "myös numerosta {num}. Soittaja esittäytyy {a.gs.tra} ja väittää olevansa teiltä. Haluan molemmat estoon "
     "ja salaisen numeron.\n\nLiittymä {phone:s}, puhelunesto {L:plan}.\n\n{s.gs}\n\n---\n{b.gs} ({user:b}): "
     "estolista päivitetty {L:stamp}; numero {num} on jo {c.gs.gen} aiemmassa ilmoituksessa {L:ticket}. "
     "Tapaus siirretty petostiimille ({d.gs}).\n"),
    ("cdr_fi", "fi",
     "Aihe: Puhelutiedot – tilaajan pyyntö\n\nTilaaja {s.gs} ({phone:s}) pyysi omat puhelutietonsa ajalta "
     "{L:date_fi}–{L:date_fi}. Poiminta {L:portal}:\n\naika;A-numero;B-numero;tyyppi;kesto;solu\n{L:iso};"
     "{phone:s.msisdn};{phone:a.msisdn};MO_VOICE;{L:duration};{L:cell}\n{L:iso};{num.msisdn};{phone:s.msisdn};"
     "MT_VOICE;{L:duration};{L:cell}\n{L:iso};{phone:s.msisdn};{num.msisdn};MO_SMS;00:00:00;{L:cell}\n{L:iso};"
     "{phone:b.msisdn};{phone:s.msisdn};MT_VOICE;{L:duration};{L:cell}\n\nA-numero {phone:a} kuuluu {a.gs.all}, "
     "jolle soitettiin useimmin. Poiminnan teki {c.gs} ({user:c}), tarkisti {d.gs}.\n"),
    ("numerotiedustelu_fi", "fi",
     "Aihe: Numeropalveluista poisto\n\nHei, haluan numeroni {phone:s} ja osoitteeni pois kaikista "
     "numeropalveluista ja hakemistoista. Myös puolisoni {k.gs} ({phone:k}) haluaa saman. Numerotiedustelu "
     "{L:lookupline_fi} antoi numeron eilen tuntemattomalle, joka esittäytyi {a.gs.tra}. En tunne "
     "{a.gs.par}.\n\n{s.gs}, "
     "{L:street_fi}\n\nVastaus ({b.gs}): molemmat numerot merkitty salaisiksi {L:stamp}; tieto välittyy "
     "hakemistoihin {L:days_fi} kuluessa. Tiedoksi {c.gs.all}.\n"),
    ("kuolinpesa_fi", "fi",
     "Aihe: Kuolleen liittymän irtisanominen\n\nHei,\n\nvanhempani {k.gs} (hetu {hetu:k}) kuoli {L:date_fi}. Hänen "
     "liittymänsä {phone:k} ja kotinetti {L:plan} pitää irtisanoa. Kuolinpesän osakkaita ovat lisäkseni "
     "sisarukseni {a.gs} ({phone:a}) ja {b.gs}. Perukirjan tekee {c.gs}.\n\nLoppulasku minulle: {s.gs}, {mail:s}, "
     "tili {iban:s}. Modeemi {L:router} palautetaan {L:postcode_fi}.\n\nKirjannut {d.gs}: sopimus {L:account} "
     "päätetty, palautuskuori tilattu {L:order}. Virkatodistus saapunut.\n"),
    ("siirtoloki_fi", "fi",
     "Numeronsiirtojen loki ({L:portal}) {L:date_fi}\n\naika|pyyntö|numero|luovuttaja|tila|käsittelijä\n"
     "{L:stamp}|{L:port}|{phone:s.e164}|{L:donor}|HYVÄKSYTTY|{user:a}\n{L:stamp}|{L:port}|{num.e164}|{L:donor}|"
     "HYLÄTTY (tunnus)|{user:b}\n{L:stamp}|{L:port}|{phone:c.e164}|{L:donor}|ODOTTAA|{user:a}\n\nHei, olen {s.gs} "
     "({user:s}), numeronsiirtojen {L:role_fi}. {b.gs.gen} hylkäämä pyyntö koskee {c.gs.gen} numeroa; "
     "{c.g} on soittanut kahdesti. {a.gs} on lomalla {L:date_fi} alkaen. Tiedoksi {d.gs.all}.\n"),
    # ---- Finnish: housing company and property manager
    ("vikailmoitus_fi", "fi",
     "Vikailmoitus ({L:hportal})\n\nTaloyhtiö: {L:housing}, {L:street_fi}\nAsunto: {L:flat_fi}\nIlmoittaja: "
     "{s.gs}, {phone:s}, {mail:s}\n\nKeittiön hana vuotaa ja kaapin pohja on märkä. Alakerran naapuri {a.gs} "
     "({L:flat_fi}) huomasi kosteutta katossa. Saa tulla yleisavaimella, koira on {k.g.gen} luona.\n\n"
     "Vastaus ({b.gs}, {L:firm_fi}): työtilaus {L:workorder}, asentaja {c.gs} tulee {L:weekday_fi} klo "
     "{L:hour}. Vesivahingossa soita päivystykseen {L:leakline_fi}, hengenvaarassa {L:emergency_fi}. "
     "Sama vika on {x.gs.ade} ({L:twin_fi}).\n"),
    ("avaintilaus_fi", "fi",
     "Aihe: Avain- ja tunnistetilaus\n\nHei,\n\ntilaan asuntoon {L:flat_fi} ({L:housing}) kaksi lisäavainta "
     "(järjestelmä {L:key}) ja yhden tunnisteen saunaan. Vanha tunniste {L:fob} katosi. Avaimet saa luovuttaa "
     "myös avopuolisolleni {a.gs.all} tai lapselleni {k.gs.all}.\n\n{s.gs}, {phone:s}\n\nIsännöitsijä "
     "{b.gs}: tilaus {L:order} lähetetty lukkoliikkeeseen ({L:firm_fi}); hallitus ({c.gs}) on hyväksynyt "
     "sarjoitukseen {L:amount_fi}. Noutaa voi {L:date_fi} {d.gs.abl}.\n"),
    ("saunavuoro_fi", "fi",
     "Saunavuorot ja pesutupa – {L:housing}\n\nVakiosaunavuorot:\n{L:sauna} {L:flat_fi} {a.gs}\n{L:sauna} "
     "{L:flat_fi} {b.gs}\n{L:sauna} {L:flat_fi} {s.gs}\n{L:sauna} {L:flat_fi} {c.gs}\n\nPesutupa:\n{L:laundry} "
     "{d.gs}\n{L:laundry} {s.gs}\n\nHei, olen {s.gs} ({phone:s}). Haluaisin vaihtaa vuoroni {b.gs.gen} "
     "vuoroon, hän on samaa mieltä. Tiedoksi asukastoimikunnan {x.gs.all} ({L:twin_fi}).\n"),
    ("autopaikka_fi", "fi",
     "Aihe: Autopaikkajono\n\nHei,\n\nolen ollut autopaikkajonossa {L:date_fi} lähtien (asunto {L:flat_fi}). "
     "Vapautunut {L:parking} annettiin {a.gs.all}, vaikka hän muutti taloon vasta {L:date_fi}. Hallituksen "
     "puheenjohtaja {b.gs} sanoi, että jono on isännöitsijän hoidossa.\n\n{s.gs}, {phone:s}\n\nVastaus "
     "({c.gs}, {L:firm_fi}): jonossa ennen sinua on {d.gs}; seuraava paikka on luvattu {x.gs.all} "
     "({L:twin_fi}). Vuokra {L:amount_fi}/kk, viite {L:viite}.\n"),
    ("muutto_fi", "fi",
     "Muuttoilmoitus\n\nTaloyhtiö: {L:housing}\nAsunto: {L:flat_fi}\nPoismuuttaja: {a.gs}, {phone:a}\n"
     "Sisäänmuuttaja: {s.gs}, {phone:s}, {mail:s}\nMuuttopäivä: {L:date_fi}\nMuut asukkaat: {k.gs}, "
     "{b.gs}\n\nLisätiedot: \"Nimi ovipuhelimeen ja postilaatikkoon. Avaimet saa {a.gs.abl} tai "
     "huoltoyhtiöltä.\" Käsitteli {c.gs}. Ovipuhelimen koodi {doorcode:s}.\n"),
    ("poytakirja_fi", "fi",
     "{L:housing} – hallituksen kokous {L:date_fi} klo {L:hour}\n\nLäsnä: {a.gs} (pj), {b.gs}, {c.gs}, {s.gs} "
     "(sihteeri), isännöitsijä {d.gs}\n\n{L:section} Kokouksen avaus: puheenjohtaja {a.gs} avasi kokouksen.\n"
     "{L:section} Osakkaalta {x.gs.abl} tullut ehdotus (koskee: {L:twin_fi}) hyväksyttiin.\n{L:section} "
     "Vesivahinko asunnossa {L:flat_fi}: osakas {e.gs} "
     "vastaa omista kaapeistaan; korjaus {L:amount_fi}, työtilaus {L:workorder}.\n{L:section} Vastikerästit: "
     "{f.gs.abl} perittävä {L:amount_fi}, viite {L:viite}.\n\nPöytäkirjan vakuudeksi {s.gs}, {a.gs}\n"),
    ("tyomaarays_fi", "fi",
     "Työmääräys {L:workorder}\n\nKohde: {L:housing}, {L:street_fi}, {L:flat_fi}\nTilaaja: isännöitsijä {a.gs}\n"
     "Asukas: {b.gs}, {phone:b}\nTyö: WC-istuimen vuoto, venttiili vaihdettava\nSuorittaja: {s.gs} "
     "({phone:s}), {L:firm_fi}\n\nHuoltomiehen merkintä: \"Asukas ei ollut kotona, ovella oli {k.gs}. Vesimittari "
     "{L:meterid}, lukema {L:water_fi}.\" Valmis {L:stamp}, laskutus {L:amount_fi}. Tiedoksi {c.gs.all}.\n"),
    ("ovipuhelin_fi", "fi",
     "Ovipuhelinluettelo – {L:housing}\n\n{a.SG} {L:flat_fi}\n{b.SG} {L:flat_fi}\n{s.SG} "
     "{L:flat_fi}\n{c.SG} {L:flat_fi}\n{d.SG} {L:flat_fi}\n\nHei, olen {s.gs} ({phone:s}). Nimeni pitäisi "
     "olla myös ovipuhelimen soittolistassa, ja {e.gs.gen} nimi pois, hän muutti {L:date_fi}. Isännöitsijä {f.gs} "
     "käski ilmoittaa tänne. Ovikoodi {doorcode:s}.\n"),
    ("vuokramuistutus_fi", "fi",
     "Maksumuistutus\n\n{s.gs}\n{L:street_fi}, {L:flat_fi}\n{L:postcode_fi}\n\nVuokra ajalta {L:date_fi} "
     "({L:amount_fi}) on maksamatta. Maksa {L:date_fi} mennessä tilille {iban:a} viitteellä {L:viite}. "
     "Muistutusmaksu {L:amount_fi}.\n\nVuokranantaja {a.gs}, {phone:a}\nKysymykset: {b.gs}, {L:firm_fi}, "
     "{L:switchboard_fi}\n\n---\nVastaus: maksoin {L:date_fi}, mutta sambo {k.gs} maksoi samalla viitteellä "
     "kahdesti. {s.g}\n"),
    ("vesimittari_fi", "fi",
     "Vesimittarilukemat {L:date_fi} – {L:housing}\n\nasunto;asukas;mittari;lukema\n{L:flat_fi};{a.sg};"
     "{L:meterid};{L:water_fi}\n{L:flat_fi};{b.sg};{L:meterid};{L:water_fi}\n{L:flat_fi};{s.sg};{L:meterid};"
     "{L:water_fi}\n{L:flat_fi};{c.sg};{L:meterid};{L:water_fi}\n\nHei, olen {s.gs} ({phone:s}). Oma "
     "lukemani on väärin: {b.gs.gen} ja minun mittarit ovat menneet ristiin. Tiedoksi huoltomies {d.gs.all} ja "
     "{x.gs.all} ({L:twin_fi}).\n"),
    ("meluvalitus_fi", "fi",
     "Aihe: Meluhaitta\n\nHei,\n\nyläkerran asunnosta {L:flat_fi} kuuluu musiikkia öisin {L:hour} asti. "
     "Asunnossa asuu {a.gs}, ja vieraana on usein {b.gs}. Olen puhunut {a.gs.all} ja valittanut "
     "{b.gs.ela} jo viime kuussa, mutta tilanne jatkuu. "
     "Naapurini {c.gs} ({phone:c}) voi vahvistaa.\n\n{s.gs}, {L:flat_fi}, {phone:s}\n\nIsännöitsijä {d.gs}: "
     "huomautus lähetetty {L:date_fi}; toistuvasta häiriöstä hallitus voi antaa varoituksen. "
     "Yöllisestä häiriöstä voi soittaa poliisille (ei {L:emergency_fi}, vaan {L:switchboard_fi}).\n"),
]

SHAPES += [
    # ---- English: mobile operator and broadband
    ("porting_en", "en",
     "Subject: Number port from {L:donor} – PAC not accepted\n\nHi,\n\nI'm moving my number {phone:s} to you on "
     "{L:plan}. My PAC from {L:donor} was rejected twice. The account there is in my partner {k.gs}'s name, "
     "who set it up; {k.g} has signed the letter of authority. Your adviser {a.gs} said the port would take "
     "{L:days_en}, on {L:date_en}.\n\nNew SIM {L:iccid}, order {L:order}.\n\n{s.gs}\n{mail:s}\n\n---\nPorting note, "
     "{b.gs} "
     "({user:b}) {L:stamp}: request {L:port} resubmitted with {k.gs} as account holder. Porting line "
     "{L:portline_en}. cc {c.gs}.\n"),
    ("simswap_en", "en",
     "Subject: Fraudulent SIM swap on my account\n\nHello,\n\non {L:date_en} at {L:hour} my phone lost signal. "
     "Someone pretending to be me had a new SIM issued for {phone:s} in your {L:street_en} store. My bank then "
     "stopped a payment of {L:amount_en} from my card {card:s}. The fraudster had called me the day before from "
     "{num}, calling themselves {a.gs} from your security team.\n\nAction Fraud reference {L:ticket}; I did not call "
     "{L:emergency_en}, the police said online was right. DC {b.gs} ({phone:b}) wants your logs.\n\n{s.gs}\n\n"
     "---\nFraud team, {c.gs}: swap done {L:stamp} by store colleague {d.gs}; SIM {L:iccid} barred, IMSI "
     "{imsi:s} shared with the police.\n"),
    ("lostphone_en", "en",
     "Subject: Lost phone – please bar\n\nHi, I lost my {L:model} (IMEI {imei:s}) on {L:date_en} on the train. "
     "Please bar {phone:s} and blacklist the handset. If anyone finds it, they can ring my child {k.gs} on "
     "{phone:k}.\n\nSerial from the box {L:serial}, order {L:order}.\n\nThanks, {s.gs}\n\nReply ({a.gs}): "
     "barred at {L:stamp}, IMEI {imei:s} blocked across UK networks. {b.gs} will post a replacement SIM; "
     "insurance claims go to {c.gs}'s team.\n"),
    ("payer_en", "en",
     "Subject: Company-paid line for a new starter\n\nHi,\n\nplease add a line to our business account "
     "{L:account} for our new engineer {a.gs}, who starts on {L:date_en}. The company pays; {a.g} is the user "
     "and needs {L:plan} with roaming in {L:abroad}. Invoices stay with me. {b.gs}'s old line {phone:b} "
     "should move to {a.gs} as well.\n\n{s.gs}, Office Manager, {phone:s}\n\nReply ({c.gs}, Business): done; "
     "SIM {L:iccid}, PUK {puk:a}. Only the account holder {s.gs} or {d.gs} may change the payer.\n"),
    ("roaming_en", "en",
     "Subject: Dispute – roaming charges\n\nHi, bill {L:invoice} shows {L:data} of data in {L:abroad}, "
     "{L:amount_en}. I was away {L:date_en} to {L:date_en} and had data roaming off. My travel companions "
     "{a.gs} and {b.gs} had no such charges.\n\nNumber {phone:s}, IMEI {imei:s}.\n\n{s.gs}\n\nCase note "
     "({c.gs}, Billing): the handset attached to a maritime network ({L:cell}); {L:amount_en} credited and a "
     "spending cap of {L:amount_en} set. Checked by {d.gs}.\n"),
    ("broadband_en", "en",
     "Fault {L:ticket} – broadband\n\nCustomer: {s.gs}, {L:flat_en}, {L:street_en}, {L:postcode_en}, "
     "{phone:s}\nService: {L:plan} ({L:speed}), router {L:router}, serial {L:serial}, MAC {L:mac}\n\n{L:hour} "
     "customer reports drop-outs every evening; neighbour {a.gs} ({L:flat_en}) the same\n{L:hour} line test: "
     "noise on the pair, area works {L:outage}\n{L:hour} engineer visit {L:date_en} {L:hour}, engineer {b.gs} "
     "({phone:b})\n{L:hour} {c.gs} confirmed the slot by text to {phone:s}\n\nAccess via the concierge; fault "
     "line {L:faultline_en}. {x.gs}, who manages {L:twin_en}, asked about the same works.\n"),
    ("nuisance_en", "en",
     "Subject: Nuisance calls – please block\n\nHello,\n\nI'm getting calls every night from {num}, and last "
     "week from {num}. The caller claims to be {a.gs} from your accounts team. Please block both and make my "
     "number ex-directory; directory enquiries ({L:lookupline_en}) gave it out.\n\nLine {phone:s}.\n\n{s.gs}\n\n"
     "---\n{b.gs} ({user:b}): blocks added {L:stamp} (note: {L:nameword_en}); the "
     "first number is already on {c.gs}'s report {L:ticket}. Passed to the nuisance calls bureau ({d.gs}).\n"),
    ("cdr_en", "en",
     "Subject: Subject access request – call records\n\n{s.gs} ({phone:s}) asked for their call records for "
     "{L:date_en} to {L:date_en}. Export from {L:portal}:\n\ntime|a_number|b_number|type|duration|cell\n{L:iso}|"
     "{phone:s.msisdn}|{phone:a.msisdn}|MO_VOICE|{L:duration}|{L:cell}\n{L:iso}|{num.msisdn}|{phone:s.msisdn}|"
     "MT_VOICE|{L:duration}|{L:cell}\n{L:iso}|{phone:s.msisdn}|{phone:b.msisdn}|MO_SMS|00:00:00|{L:cell}\n\n"
     "The most called number belongs to {a.gs}; third-party numbers stay in, as the law allows. Export by {c.gs} "
     "({user:c}), checked by {d.gs}.\n"),
    ("bereavement_en", "en",
     "Subject: Closing my late parent's account\n\nHello,\n\nmy parent {k.gs} died on {L:date_en}. Their mobile "
     "{phone:k} and home broadband {L:plan} need closing. I am executor with my sibling {a.gs} ({phone:a}); "
     "the solicitor {b.gs} handles probate.\n\nFinal bill to me: {s.gs}, {mail:s}. The router {L:router} goes "
     "back to {L:postcode_en}.\n\nNote by {c.gs}: account {L:account} closed, returns bag {L:order}; death "
     "certificate seen.\n"),
    # ---- English: lettings and block management
    ("repairs_en", "en",
     "Repair request ({L:hportal})\n\nBlock: {L:housing}, {L:street_en}\nFlat: {L:flat_en}\nTenant: {s.gs}, "
     "{phone:s}, {mail:s}\n\nThe kitchen tap is leaking into the unit below. {a.gs} downstairs ({L:flat_en}) "
     "has a stain on the ceiling. You can use the master key.\n\nReply ({b.gs}, {L:firm_en}): job "
     "{L:workorder}, plumber {c.gs} on {L:weekday_en} at {L:hour}. For a burst pipe out of hours ring "
     "{L:leakline_en}; if anyone is in danger, {L:emergency_en}. {x.gs} from {L:twin_en} reported the same "
     "leak.\n"),
    ("moveout_en", "en",
     "Subject: Notice to quit – {L:flat_en}\n\nDear {a.gs},\n\nI give notice that I will move out of {L:flat_en}, "
     "{L:housing}, on {L:date_en}. My co-tenant {b.gs} is staying on and will take over the tenancy. Please "
     "return my share of the deposit ({L:amount_en}) to card {card:s}.\n\nKeys: {L:key} and fob {L:fob}. Final "
     "meter reading {L:water_en}.\n\n{s.gs}, {phone:s}\n\nReply ({c.gs}, lettings): the check-out is booked "
     "with {d.gs} on {L:date_en}.\n"),
    ("noise_en", "en",
     "Subject: Noise from {L:flat_en}\n\nHi,\n\nthere is loud music from the flat above until {L:hour} most "
     "nights. The tenant is {a.gs}, and {b.gs} often stays over. I've spoken to {a.g} twice. My neighbour "
     "{c.gs} ({phone:c}) can confirm.\n\n{s.gs}, {L:flat_en}, {phone:s}\n\nReply ({d.gs}, block manager): a "
     "warning letter went out on {L:date_en}. {x.gs} at {L:twin_en} is not the landlord here, despite the "
     "rumour.\n"),
    ("rent_en", "en",
     "Rent reminder\n\n{s.gs}\n{L:flat_en}, {L:street_en}\n{L:postcode_en}\n\nRent of {L:amount_en} for "
     "{L:date_en} is overdue. Please pay by {L:date_en} quoting reference {L:account}. Late fee {L:amount_en}.\n\n"
     "Landlord {a.gs}, {phone:a}\nQueries: {b.gs}, {L:firm_en}, {L:switchboard_en}\n\n---\nReply: I paid on "
     "{L:date_en}; my partner {k.gs} paid the same twice. {s.g}\n"),
]

SHAPES += [
    # ---- Swedish: mobile operator and broadband
    ("portering_sv", "sv",
     "Ärende: Nummerflytt från {L:donor}\n\nHej!\n\nJag vill flytta mitt nummer {phone:s} till er, abonnemang "
     "{L:plan}, den {L:date_sv}. Avtalet hos {L:donor} står på min sambo {k.gs}, som har skrivit fullmakt. "
     "Säljaren {a.gs} i butiken lovade flytt inom {L:days_sv}.\n\nNytt SIM-kort {L:iccid}, order {L:order}.\n\n"
     "/{s.gs}, {mail:s}\n\n---\n{b.gs} ({user:b}) {L:stamp}: porteringsbegäran {L:port} skickad på nytt med "
     "{k.gs.gen} uppgifter. Porteringslinjen {L:portline_sv}. Kopia {c.gs}.\n"),
    ("simbyte_sv", "sv",
     "Ärende: Bedrägligt SIM-byte\n\nHej,\n\n{L:date_sv} kl. {L:hour} slutade min telefon fungera. Någon hade "
     "beställt ett nytt SIM-kort till {phone:s} och utgett sig för att vara mig. Banken stoppade en överföring "
     "på {L:amount_sv} från mitt konto {iban:s}. Bedragaren ringde dagen innan från {num} och kallade sig {a.gs}."
     "\n\nPolisanmälan {L:ticket} (inte via {L:emergency_sv}). Utredaren {b.gs} ({phone:b}) vill ha er logg.\n\n"
     "{s.gs}\n\n---\nBedrägerigruppen, {c.gs}: SIM-byte {L:stamp} av {d.gs}; kortet {L:iccid} spärrat.\n"),
    ("hemligt_sv", "sv",
     "Ärende: Hemligt nummer\n\nHej, jag vill att mitt nummer {phone:s} och min adress tas bort ur alla "
     "nummerupplysningar. Min partner {k.gs} ({phone:k}) vill detsamma. Nummerupplysningen {L:lookupline_sv} "
     "lämnade ut numret till någon som kallade sig {a.gs}.\n\n{s.gs}, {L:street_sv}\n\nSvar ({b.gs}): båda "
     "numren är hemliga från {L:stamp}; katalogerna uppdateras inom {L:days_sv}. Kopia {c.gs}.\n"),
    ("bredband_sv", "sv",
     "Felanmälan {L:ticket} – bredband\n\nKund: {s.gs}, {L:street_sv}, {L:postcode_sv}, {phone:s}\n"
     "Tjänst: {L:plan} ({L:speed}), router {L:router}, serienr {L:serial}, MAC {L:mac}\n\n{L:hour} kunden: "
     "avbrott varje kväll, grannen {a.gs} ({L:flat_sv}) har samma fel\n{L:hour} mätning: störning, arbete i "
     "området {L:outage}\n{L:hour} teknikerbesök {L:date_sv} kl. {L:hour}, tekniker {b.gs} ({phone:b})\n{L:hour} "
     "{c.gs} bekräftade tiden via sms till {phone:s}\nStatus: {L:nameword_sv}\n\nPortkod {doorcode:s}. Felanmälan "
     "{L:faultline_sv}.\n"),
    ("samtalslista_sv", "sv",
     "Ärende: Samtalsspecifikation\n\nKunden {s.gs} ({phone:s}) begärde sina samtalsuppgifter för "
     "{L:date_sv}–{L:date_sv}. Uttag ur {L:portal}:\n\ntid;A-nummer;B-nummer;typ;längd_s\n{L:iso};"
     "{phone:s.msisdn};{phone:a.msisdn};MO_VOICE;{L:seconds}\n{L:iso};{num.msisdn};{phone:s.msisdn};MT_VOICE;"
     "{L:seconds}\n{L:iso};{phone:s.msisdn};{phone:b.msisdn};MO_SMS;0\n\nNumret som ringdes oftast tillhör "
     "{a.gs}. Uttaget gjordes av {c.gs} ({user:c}), granskat av {d.gs}.\n"),
    # ---- Swedish: housing cooperative and property manager
    ("felanmalan_sv", "sv",
     "Felanmälan ({L:hportal})\n\nFastighet: {L:housing}, {L:street_sv}\nLägenhet: {L:flat_sv}\nAnmälare: "
     "{s.gs}, {phone:s}, {mail:s}\n\nKranen i köket droppar och skåpet under är blött. Grannen under, {a.gs} "
     "({L:flat_sv}), har fläckar i taket. Vattenmätare {L:meterid}, ställning "
     "{L:water_sv}.\n\nSvar ({b.gs}, {L:firm_sv}): arbetsorder {L:workorder}, rörmokaren "
     "{c.gs} kommer {L:weekday_sv} kl. {L:hour}. Vid vattenläcka jourtelefon {L:leakline_sv}, vid fara "
     "{L:emergency_sv}. {x.gs.gen} lägenhet (granne med {L:twin_sv}) har samma problem.\n"),
    ("tvattstuga_sv", "sv",
     "Tvättstuga och bastu – {L:housing}\n\nBastuturer:\n{L:sauna_sv} {L:flat_sv} {a.gs}\n{L:sauna_sv} "
     "{L:flat_sv} {b.gs}\n{L:sauna_sv} {L:flat_sv} {s.gs}\n\nTvättstuga:\n{L:laundry} {c.gs}\n{L:laundry} "
     "{s.gs}\n\nHej, jag är {s.gs} ({phone:s}). Jag vill byta tur med {b.gs}, som håller med. För kännedom "
     "{x.gs.gen} styrelsegrupp ({L:twin_sv}) och {d.gs}.\n"),
    ("parkering_sv", "sv",
     "Ärende: Kö till parkeringsplats\n\nHej,\n\njag har stått i kö sedan {L:date_sv} ({L:flat_sv}). Den lediga "
     "{L:parking} gick till {a.gs}, som flyttade in {L:date_sv}. Ordföranden {b.gs} säger att kön sköts av "
     "förvaltaren.\n\n{s.gs}, {phone:s}\n\nSvar ({c.gs}, {L:firm_sv}): före dig i kön står {d.gs}; förvaltarens "
     "växel {L:switchboard_sv}. Hyra "
     "{L:amount_sv}/mån, bankgiro {L:account}. {x.gs.gen} plats ({L:twin_sv}) är inte ledig.\n"),
    ("protokoll_sv", "sv",
     "{L:housing} – styrelsemöte {L:date_sv} kl. {L:hour}\n\nNärvarande: {a.gs} (ordf.), {b.gs}, {c.gs}, "
     "{s.gs} (sekr.), förvaltare {d.gs}\n\n{L:section} Mötets öppnande: ordföranden {a.gs} öppnade mötet.\n"
     "{L:section} Vattenskada i {L:flat_sv}: medlemmen {e.gs} ansvarar för sina skåp; reparation "
     "{L:amount_sv}, arbetsorder {L:workorder}.\n{L:section} Avgiftsskulder: {f.gs.gen} skuld {L:amount_sv}, "
     "OCR {L:rf}.\n{L:section} {x.gs.gen} förslag (gäller {L:twin_sv}) bordlades.\n\nVid protokollet {s.gs}, "
     "justeras {a.gs}\n"),
    ("porttelefon_sv", "sv",
     "Porttelefonlista – {L:housing}\n\n{a.SG} {L:flat_sv}\n{b.SG} {L:flat_sv}\n{s.SG} {L:flat_sv}\n{c.SG} "
     "{L:flat_sv}\n\nHej, jag är {s.gs} ({phone:s}). Mitt namn ska in i porttelefonen och {d.gs.gen} tas bort, "
     "hen flyttade {L:date_sv}. Förvaltaren {e.gs} bad mig skriva hit. Portkod {doorcode:s}.\n"),
]

# The property manager's and maintenance company's shapes; the others are the operator's (CURRENT["service"]).
HOME_SHAPES = {"vikailmoitus_fi", "avaintilaus_fi", "saunavuoro_fi", "autopaikka_fi", "muutto_fi", "poytakirja_fi",
               "tyomaarays_fi", "ovipuhelin_fi", "vuokramuistutus_fi", "vesimittari_fi", "meluvalitus_fi",
               "repairs_en", "moveout_en", "noise_en", "rent_en", "felanmalan_sv", "tvattstuga_sv", "parkering_sv",
               "protokoll_sv", "porttelefon_sv"}

# The earlier mail a reply quotes, the copies under it, and the record around it.
QUOTES = {"fi": ["\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi} {L:hour}\n"
                 "Vastaanottaja: {shared}\nAihe: {L:ticket}\n\nVoisitteko hoitaa tämän? {h.g}\n",
                 "\n{L:date_fi} klo {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Välitän tämän {a.g.all}.\n"],
          "en": ["\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:date_en} {L:hour}\n"
                 "To: {shared}\nSubject: RE: {L:ticket}\n\nCould you pick this up? Thanks, {h.g}\n",
                 "\nOn {L:date_en} at {L:hour}, {h.gs} <{mail:h}> wrote:\n> Passing this to {a.g}.\n"],
          "sv": ["\n-----Ursprungligt meddelande-----\nFrån: {h.gs} <{mail:h}>\nSkickat: {L:date_sv} {L:hour}\n"
                 "Till: {shared}\nÄmne: SV: {L:ticket}\n\nKan ni ta hand om detta? /{h.g}\n",
                 "\nDen {L:date_sv} kl. {L:hour} skrev {h.gs} <{mail:h}>:\n> Skickar vidare till {a.g}.\n"]}

COPIES = {"fi": ["\nTiedoksi: {e.gs} ({phone:e}), {f.gs}\n", "\nKopio: {f.gs}, {phone:f}\n",
                 "\nTiedoksi {e.gs.all} ja {f.gs.all}\n", "\n@{e.gs} @{f.gs} ehtisittekö katsoa?\n",
                 "\nVastaanottajat: {e.gs} <{mail:e}>; {f.gs}\n"],
          "en": ["\ncc: {e.gs}, {f.gs} ({phone:f})\n", "\nMentioned: @{f.gs}\n", "\ncc: {e.gs} <{mail:e}>\n",
                 "\nWatchers: {e.gs}, {f.gs}\n"],
          "sv": ["\nKopia: {e.gs}, {f.gs}\n", "\nFör kännedom: {f.gs}, {phone:f}\n", "\nBevakare: {e.gs}\n"]}

# The service desk's record around each text: the case system's footer with the handler, or a signature with the
# unit, the customer-service number and the business id.
RECORDS = {
    "fi": ["\n--\n{L:system} · Tapaus {L:ticket} päivitetty {L:stamp}\nKäsittelijä: {g.gs}, {L:role_fi}, "
           "puh. {phone:g}\nJono: {L:queue_fi}\n",
           "\n\n{g.gs}\n{L:role_fi}\n{phone:g} · asiakaspalvelu {L:careline_fi}\n"
           "[Kiinteistö- ja Tietoliikennepalvelut Oy], Y-tunnus {L:ytunnus}, ALV {L:vatfi}\n",
           "\n--\nKäsitellyt {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "en": ["\n--\n{L:system} · Case {L:ticket} updated {L:stamp}\nOwner: {g.gs}, {L:role_en}, tel. {phone:g}\n"
           "Queue: {L:queue_en}\n",
           "\n\n{g.gs}\n{L:role_en}\nM: {phone:g} | Customer services: {L:careline_en}\n{L:companyno}\n",
           "\n--\nHandled by {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:ticket} uppdaterat {L:stamp}\nHandläggare: {g.gs}, {L:role_sv}, "
           "tfn {phone:g}\nKö: {L:queue_sv}\n",
           "\n\n{g.gs}\n{L:role_sv}\nMobil: {phone:g} · Kundtjänst: {L:careline_sv}\nOrg.nr {L:orgnr}\n"],
}


draw = generation.case_draw(
    "held-out-42", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    # A third party whose surname is also a street's, a housing company's, a building's or a firm's (Runeberg,
    # Nordström, Harrod): a NAME.
    namesake=lambda language, others: PEOPLE.namesake(language, EPONYM_SURNAMES[language], others),
    service=lambda name: "home" if name in HOME_SHAPES else "tele", current=CURRENT)

generation.main(SHAPES, draw, REDRAWN, PHONES, COUNTRIES, generation.CASE_MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).split("_")[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("ICCIDs", lambda key: generation.kind(key) == "iccid")])
