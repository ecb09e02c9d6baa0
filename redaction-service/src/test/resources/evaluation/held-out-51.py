#!/usr/bin/env python3
r"""Generates the fifty-first held-out set (held-out-51.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 50: nobody tunes on it. Its writer read no detection code, list, rule, model,
test or docs, only the earlier generators and their shared modules. It holds kinds of text that sets 1-50 lack: (a) a
dental care chain's patient service and (b) a marina's, guest harbour's and boat storage company's customer service,
as their service desk sees them, in 45 shapes (23 Finnish, 13 English, 9 Swedish), with the earlier mail a reply
quotes, copies and watchers under it and the record around it (a case-system footer or a signature).
(a) appointment bookings and cancellations for a child with both guardians (a late-cancellation fee), Kela
reimbursement missing from an invoice disputed with a card, a clinic's card charged twice, the patient portal's
logins, one-time codes, a temporary password and the other guardian's PIN, referrals to an oral surgeon with the
patient's identity code, x-ray transfers between clinics (the image archive's log), a treatment plan's cost estimate
and its advance refunded to an account, on-call SMS for a child's broken tooth, dentists' and hygienists' rotas with
logins and the handsets' IMEIs, the booking system's export (CSV), a booking bot's chat handed to an agent.
(b) berth contracts with the boat's co-owner, winter storage, lift-out and launching bookings, the gate and shower
codes given to a crew member or a neighbour, fuel and harbour fees paid by card (charged twice), refunds of a berth fee
to a new account, a change of a boat's owner with the seller's and buyer's identity codes, the harbour master's logs
with logins and handsets, lost and found on the pier (a found phone's IMEI), guest harbour bookings, the sailing
club's member export (CSV), an SMS log.
Names: given names and surnames most of which no earlier set holds as a name form (new-name-forms.py gives the share):
Karelian and Vepsian given names joined (Ontrei-Karpo, Okahvie-Maura, Paraskovja-Anisja), Finnish compound surnames
of fen, marsh and bay words with a place word (Rimpiaho, Jänkäsalo, Rahkakangas: Rahkakankaalle, Nevamäki: Nevamäeltä,
Lettokallio-Rämelahti); old Swedish given names joined (Sigvard-Valdemar, Hjördis-Solveig) with Meänkieli surnames
(Liikavainio, Pekkari-Vinsa, Marakatt-Tuorda); Faroese, Frisian, Breton, Galician, Sardinian, Friulian, Romansh,
Kurdish, Pashto, Tamil, Malayalam, Sinhala, Burmese, Khmer, Hmong, Tagalog, Maori, Tongan, Fijian, Hausa, Igbo, Wolof,
Fulani, Tigrinya, Quechua, Inuit, Chechen, Ossetian, Tatar, Yakut, Armenian, Albanian and Macedonian ones, two given
names and a double surname (Turið Sólja Joensen-Dalsgaard, Soazig Nolwenn Kerbrat-Le Bihan, Uxía Iria Castelao
Vilariño, Aviaja Nivi Kreutzmann-Olsvig); in the Finnish cases in Finnish prose (eleven cases and the abessive, the
clitics -kin and -han/-hän: Hetevaaralle, Rimpiahotta, Nevarannallekin, Rämesalonhan) and the Swedish genitive in
Swedish, in capitals on forms, surname first in exports and forms, initials (O.-K. Lettojärvi, T. Joensen-Dalsgaard)
in signatures and footers, lower-case handles in chat.
Spans: as in sets 47 to 50, a person's given names are one NAME span however many they are (Turið Sólja, Ontrei-Karpo)
and the surname is one NAME span, a double surname or one of two or three words too (Castelao Vilariño, Te
Kanawa-Ngata); the two are separate spans with the space between them unlabelled; a clitic belongs to its name's span.
Look-alikes named after people: instruments and methods (Hedström-viila, Luer-lukko, Mayo-tuoli,
Bass-harjaustekniikka, Blackin luokan II kaviteetti, Angle II -purenta, Gracey-kyretti, Hedströmfilen, a Black's
class II cavity), brands (Colgate Duraphat, Oral-B iO, Jordan Green Clean, Yamaha F115, Volvo Penta D2-40, Buster XL,
Nimbus 305, Finnmaster T8), boats named after people (s/y Aino Ackté, m/s Carl Linnaeus, Lady Grace, Queen Mary,
s/y Tengström), piers, sauna rafts, lighthouses and clinics (Idestam-laituri, Wecksellin saunalautta, Engelin
majakka, Linnébryggan, Bellmansholmen, Entwistles Dental Care, Polkinghornes Quay, Tresidders Jetty); in 26 shapes a
third party bears the same surname as an instrument, clinic, boat, pier or lighthouse of the message in another form
than the thing (a Finnish case that is not the thing's nominative or genitive: Hedströmiltä, Luerille, Bassilta,
Tengströmille, Engeliltä; the Swedish genitive beside a compound: Linnés, Bellmans, Graceys; the singular beside an
English place's plural: Entwistle, Lindsay, Polkinghorne, Tresidder, Trevanion) and is a NAME.
Labelling policy, as in set 50, with these for the new kinds. The subject is the register's known person: the
guardian who books or cancels a child's appointment, the patient whose reimbursement, invoice, card payment, portal
login, referral, x-rays or treatment plan it is, the one who texts the on-call line, the clinic manager who writes a
rota, the bot's customer; the berth holder, the boat owner who books storage or launching, the one who asks for codes
for a crew member or a neighbour, the fuel and harbour fee payer, the refund's payee, the buyer of a boat, the harbour
master who writes a log, the owner of a lost phone, the skipper who books a guest berth. Everyone else is a third
party: the other guardian, children, co-owners and spouses, dentists, hygienists, nurses, surgeons, interpreters,
bank handlers, crew members, neighbours, skippers in a log, the seller of a boat, the one who collects a found phone,
staff, handlers and agents. Every person's phone is a PHONE; a service's number is a look-alike (the switchboard, the
customer and booking lines, 112, 999, a VHF channel). Shared mailboxes (ajanvaraus@, laskutus@, berths@,
hamnkontoret@) are EMAIL, role "third". Staff, portal, booking and harbour logins and chat handles are USERNAME. The
IMEI of a rota's or a log's handset is a DEVICE_ID of its user (the writer's own the subject's), of a found phone its
owner's. Accounts are IBAN (valid check digits; Finnish, Swedish and British), cards PAYMENT_CARD (valid Luhn),
identity codes NATIONAL_ID (valid check character). One-time codes, portal PINs, temporary passwords, gate codes and
shower codes are CREDENTIAL of the one they are given to or belong to (the other guardian's PIN, a crew member's or a
neighbour's gate and shower codes a third party's). Look-alikes (kept): booking, referral, imaging study, treatment
plan, invoice, dispute, lost-property, contract and case numbers, Kela procedure codes, teeth by their FDI numbers
(hammas 36, tooth 46, FDI 85), treatments, x-rays, clinics, instruments, methods and brands, harbours, boats, engines,
piers, berths, storage halls, lighthouses and sauna rafts, boat registration numbers and hull ids (HIN), fuels,
litres, boat lengths, ages, years, amounts, Finnish reference numbers, business ids, dates and times, streets, towns,
roles, queues, systems.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 45 shapes drawn in turn within their language; 10,345
NAME (1,500 the subject's) in 1,202 distinct forms, 1,093 of them (90.9 %) new to every other labelled set by
new-name-forms.py (the others are initials, some world doubles and eponyms' surnames); 1,573 PHONE (563 the
subject's) of 111 countries and territories; 885 EMAIL (755 third parties' and shared mailboxes); 1,260 USERNAME (260
the subject's); 375 CREDENTIAL (188 the subject's, 187 third parties'); 42 IBAN (the subject's refund account); 130
PAYMENT_CARD (the subject's); 101 NATIONAL_ID (87 the patient's or buyer's, 14 the seller's); 173 DEVICE_ID (101 the
rota or log writer's own and found phones', 72 third parties' handsets); 7,800 look-alikes (2,528 dates and times,
574 service numbers, 377 namesakes' things, 467 booking, referral, study, plan, invoice, dispute and lost-property
numbers, 816 clinics, treatments, teeth, Kela codes, x-rays, instruments, methods and brands, 1,098 harbours, boats,
engines, piers, lighthouses, berths, storage, contracts, registration numbers and hull ids, 159 fuels, litres and
lengths) from 704 pairs of shape and kind, 4,650 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean). Phones are valid and of their country by Debian's
python3-phonenumbers (/usr/bin/python3 held-out-51.py --check asserts it and that more than half the name forms are new
to the other sets; writing the set does not need the library).
Deterministic: python3 held-out-51.py > held-out-51.jsonl (python3 held-out-51.py --check --stats adds checks and counts
on stderr)"""
import collections

import generation
import identifiers

R, DRAW, CLOCK = generation.seeded(51515151)
REDRAWN = collections.Counter()

# ---------------------------------------------------------------------------------------------------------------------
# Names: most given names and surnames below were absent from sets 1-50 as name forms when this set was written; the
# Finnish given names are Karelian and Vepsian ones joined, the surnames compounds of lake, bay, fen and marsh words
# (neva, letto, räme, rimpi, jänkä, aapa, hete, lieju, kaisla, ruoko, suvanto) with a place word; the Swedish given
# names are old ones joined, the surnames Meänkieli ones of the Torne valley.

FI_MEN = ["Ontrei-Karpo", "Vasseli-Iivo", "Iivo-Miikkul", "Miikkul-Simana", "Simana-Proha", "Proha-Jaakoi",
          "Jaakoi-Olekseini", "Olekseini-Riko", "Riko-Mikit", "Mikit-Ofonas", "Ofonas-Miitrei", "Miitrei-Luukkai",
          "Luukkai-Karpo", "Karpo-Jermei", "Jermei-Kondrat", "Kondrat-Fedoi", "Fedoi-Teppana", "Teppana-Silvesteri",
          "Silvesteri-Onufrei", "Onufrei-Ontrei", "Ontrei-Miikkul", "Iivo-Proha", "Simana-Olekseini", "Jaakoi-Mikit",
          "Riko-Miitrei", "Ofonas-Karpo", "Luukkai-Kondrat", "Jermei-Teppana", "Fedoi-Onufrei", "Silvesteri-Vasseli"]
FI_WOMEN = ["Okahvie-Maura", "Maura-Nasto", "Nasto-Palagie", "Palagie-Iro", "Iro-Oudi", "Oudi-Jeudokie",
            "Jeudokie-Hilippa", "Hilippa-Anni", "Anni-Matrona", "Matrona-Ustinja", "Ustinja-Vassa", "Vassa-Fekla",
            "Fekla-Darja", "Darja-Lukerja", "Lukerja-Paraskovja", "Paraskovja-Anisja", "Anisja-Hoteina",
            "Hoteina-Agafja", "Agafja-Irinja", "Irinja-Okahvie", "Okahvie-Palagie", "Nasto-Oudi", "Iro-Hilippa",
            "Jeudokie-Matrona", "Anni-Vassa", "Ustinja-Darja", "Fekla-Paraskovja", "Lukerja-Hoteina",
            "Anisja-Irinja", "Agafja-Maura"]
FI_SURNAMES = ["Rimpiaho", "Jänkäsalo", "Aapaoja", "Liejuharju", "Hetevaara", "Lettokallio", "Rämesuo", "Nevaranta",
               "Lettojärvi", "Rämelahti", "Hetesaari", "Rahkakangas", "Ruokokoski", "Lahdekeaho", "Nevamäki",
               "Lettokangas", "Rämeniemi", "Heteranta", "Rahkavuori", "Sarakkolampi", "Lahdekesaari", "Nevakorpi",
               "Lettoharju", "Rämesalo", "Heteoja", "Jänkäniemi", "Aapamäki", "Rimpilahti", "Liejukorpi",
               "Rahkasuo", "Sarakkovaara", "Lahdekekallio", "Nevasalo", "Jänkävuori", "Aapakangas", "Rimpikoski"]
FI_SURNAMES += ["Rimpiaho-Nevaranta", "Jänkäsalo-Hetevaara", "Lettokallio-Rämelahti"]
SV_GIVEN = ["Edvin-Tage", "Tage-Folke", "Folke-Algot", "Algot-Sigvard", "Sigvard-Valdemar", "Valdemar-Helge",
            "Helge-Ragnar", "Ragnar-Ingvar", "Ingvar-Evald", "Evald-Sixtus", "Sixtus-Torvald", "Torvald-Gunnvald",
            "Gunnvald-Holger", "Holger-Ragnar", "Edvin-Algot", "Folke-Ingvar", "Sigvard-Ragnar", "Helge-Evald",
            "Ingvar-Torvald", "Sixtus-Holger", "Gunnvald-Tage", "Gunborg-Elin", "Elin-Majken", "Majken-Svea",
            "Svea-Dagny", "Dagny-Ebba", "Ebba-Alva", "Alva-Ingrid", "Ingrid-Hjördis", "Hjördis-Solveig",
            "Solveig-Gerd", "Gerd-Vendela", "Vendela-Ulrika", "Ulrika-Ester", "Ester-Gunborg", "Gunborg-Svea",
            "Majken-Ebba", "Dagny-Ingrid", "Alva-Solveig", "Hjördis-Vendela", "Gerd-Ester", "Ulrika-Elin"]
SV_SURNAMES = ["Kieksi", "Pekkari", "Liikavainio", "Marakatt", "Kitok", "Vinsa", "Tuorda", "Kostet",
               "Kuoksu-Kieksi", "Pekkari-Vinsa", "Liikavainio-Kitok", "Marakatt-Tuorda", "Kostet-Kuoksu",
               "Vinsa-Liikavainio", "Tuorda-Pekkari", "Kieksi-Marakatt", "Kitok-Kostet", "Unga-Vinsa",
               "Kieksi-Tuorda"]
WORLD = {
    "faroese": (["Turið Sólja", "Sólja Rannvá", "Rannvá Turið", "Rógvi Sjúrður", "Sjúrður Bárður", "Bárður Rógvi"],
                ["Joensen-Dalsgaard", "Dalsgaard-Niclasen", "Niclasen-Mikkelsen", "Hammershaimb-Joensen",
                 "Niclasen-Hammershaimb"], ["FO", "DK"]),
    "frisian": (["Sjoukje Wytske", "Wytske Tsjitske", "Tsjitske Sjoukje", "Hessel Sjoerd", "Sjoerd Wiebren",
                 "Wiebren Hessel"],
                ["Hiemstra-Wijnia", "Wijnia-Dykstra", "Dykstra-Tjepkema", "Tjepkema-Hiemstra", "Wijnia-Tjepkema"],
                ["NL", "DE"]),
    "breton": (["Soazig Nolwenn", "Nolwenn Gwenola", "Gwenola Soazig", "Yannig Erwan", "Erwan Gwenael",
                "Gwenael Yannig"],
               ["Le Goff-Kerbrat", "Kerbrat-Le Bihan", "Le Bihan-Kergoat", "Kergoat-Le Goff", "Kerbrat-Kergoat"],
               ["FR"]),
    "galician": (["Uxía Iria", "Iria Antía", "Antía Uxía", "Breogán Xurxo", "Xurxo Anxo", "Anxo Breogán"],
                 ["Castelao Vilariño", "Vilariño Outeiral", "Outeiral Rodeiro", "Rodeiro Castelao",
                  "Outeiral Vilariño"], ["ES", "PT"]),
    "sardinian": (["Bonaria Itria", "Itria Gonaria", "Gonaria Bonaria", "Efisio Gavino", "Gavino Bachisio",
                   "Bachisio Efisio"],
                  ["Porcu Mereu", "Mereu Pinna", "Pinna Cocco", "Cocco Porcu", "Pinna Mereu"], ["IT"]),
    "friulian": (["Gjulie Ane", "Ane Taresie", "Taresie Gjulie", "Bepi Toni", "Toni Checo", "Checo Bepi"],
                 ["Zanier-Cjargnel", "Cjargnel-Puntel", "Puntel-Tosoni", "Tosoni-Zanier", "Puntel-Cjargnel"],
                 ["IT", "AT"]),
    "romansh": (["Mengia Ursina", "Ursina Annina", "Annina Mengia", "Gian Duri", "Duri Men", "Men Gian"],
                ["Caduff-Derungs", "Derungs-Cathomen", "Cathomen-Tscharner", "Tscharner-Caduff",
                 "Derungs-Tscharner"], ["CH"]),
    "kurdish": (["Rojda Berfin", "Berfin Zozan", "Zozan Rojda", "Rêbaz Berzan", "Berzan Dilovan", "Dilovan Rêbaz"],
                ["Hawrami-Zebari", "Zebari-Mukriyani", "Mukriyani-Baban", "Baban-Hawrami", "Zebari-Baban"],
                ["IQ", "TR", "IR", "SY"]),
    "pashto": (["Zarghuna Palwasha", "Palwasha Spogmai", "Spogmai Zarghuna", "Wahid Zalmay", "Zalmay Ajmal",
                "Ajmal Wahid"],
               ["Yousafzai-Durrani", "Durrani-Afridi", "Afridi-Khattak", "Khattak-Yousafzai", "Afridi-Durrani"],
               ["AF", "PK"]),
    "tamil": (["Kayalvizhi Tamizhselvi", "Tamizhselvi Ilakkiya", "Ilakkiya Kayalvizhi", "Senthamizh Arivazhagan",
               "Arivazhagan Ilango", "Ilango Senthamizh"],
              ["Ramasamy-Kandasamy", "Kandasamy-Palanisamy", "Palanisamy-Muthusamy", "Muthusamy-Ramasamy",
               "Kandasamy-Muthusamy"], ["IN", "LK", "MY"]),
    "malayalam": (["Neethu Aswathy", "Aswathy Reshma", "Reshma Neethu", "Sreejith Anoop", "Anoop Vishnu",
                   "Vishnu Sreejith"],
                  ["Panicker-Kurup", "Kurup-Kaimal", "Kaimal-Nambiar", "Nambiar-Panicker", "Kurup-Nambiar"],
                  ["IN", "AE"]),
    "sinhala": (["Dilhani Sanduni", "Sanduni Nethmi", "Nethmi Dilhani", "Chaminda Lasith", "Lasith Nuwan",
                 "Nuwan Chaminda"],
                ["Wickramasinghe-Jayasuriya", "Jayasuriya-Gunawardena", "Gunawardena-Senanayake",
                 "Senanayake-Wickramasinghe", "Jayasuriya-Senanayake"], ["LK"]),
    "burmese": (["Thiri Hnin", "Hnin Wutyi", "Wutyi Thiri", "Kyaw Zeya", "Zeya Htoo", "Htoo Kyaw"],
                ["Thant Lwin", "Lwin Myat", "Myat Naing", "Naing Thant", "Myat Lwin"], ["MM", "TH"]),
    "khmer": (["Sreymom Chanthou", "Chanthou Bopha", "Bopha Sreymom", "Vuthy Sokha", "Sokha Piseth",
               "Piseth Vuthy"],
              ["Chhun-Meas", "Meas-Pich", "Pich-Khieu", "Khieu-Chhun", "Meas-Khieu"], ["KH"]),
    "hmong": (["Paj Ntaub", "Ntxawm Nkauj", "Nkauj Paj", "Tooj Txiv", "Txiv Pov", "Pov Tooj"],
              ["Vang-Xiong", "Xiong-Thao", "Thao-Moua", "Moua-Vang", "Xiong-Moua"], ["US", "TH", "VN"]),
    "tagalog_visayan": (["Ligaya Dalisay", "Dalisay Mayumi", "Mayumi Ligaya", "Bayani Dakila", "Dakila Lakan",
                         "Lakan Bayani"],
                        ["Dimaculangan-Macaraeg", "Macaraeg-Dimasalang", "Dimasalang-Pagdanganan",
                         "Pagdanganan-Dimaculangan", "Macaraeg-Pagdanganan"], ["PH"]),
    "maori": (["Aroha Mereana", "Mereana Hinemoa", "Hinemoa Aroha", "Wiremu Tamati", "Tamati Rawiri",
               "Rawiri Wiremu"],
              ["Te Kanawa-Ngata", "Ngata-Parata", "Parata-Tawhiri", "Tawhiri-Te Kanawa", "Ngata-Tawhiri"],
              ["NZ", "AU"]),
    "tongan": (["Mele Sela", "Sela Lupe", "Lupe Mele", "Sione Viliami", "Viliami Tevita", "Tevita Sione"],
               ["Taufa-Fifita", "Fifita-Havili", "Havili-Tupou", "Tupou-Taufa", "Fifita-Tupou"], ["TO", "NZ"]),
    "fijian": (["Litia Mereoni", "Mereoni Salote", "Salote Litia", "Jone Waisale", "Waisale Semisi",
                "Semisi Jone"],
               ["Nadolo-Raivoce", "Raivoce-Tuilevuka", "Tuilevuka-Vakacegu", "Vakacegu-Nadolo", "Raivoce-Vakacegu"],
               ["FJ"]),
    "hausa": (["Hauwa Larai", "Larai Binta", "Binta Hauwa", "Danjuma Lawal", "Lawal Garba", "Garba Danjuma"],
              ["Dantata-Bello", "Bello-Yakasai", "Yakasai-Dambazau", "Dambazau-Dantata", "Yakasai-Bello"], ["NG"]),
    "igbo": (["Chiamaka Adaeze", "Adaeze Ifeoma", "Ifeoma Chiamaka", "Chukwuemeka Obinna", "Obinna Ikenna",
              "Ikenna Chukwuemeka"],
             ["Okonkwo-Nwachukwu", "Nwachukwu-Eze", "Eze-Okafor", "Okafor-Okonkwo", "Nwachukwu-Okafor"],
             ["NG", "GB"]),
    "wolof": (["Khady Ndeye", "Ndeye Astou", "Astou Khady", "Modou Lamine", "Lamine Babacar", "Babacar Modou"],
              ["Ndiaye-Diop", "Diop-Fall", "Fall-Sarr", "Sarr-Ndiaye", "Diop-Sarr"], ["SN", "FR"]),
    "fulani": (["Djenabou Mariama", "Mariama Hadja", "Hadja Djenabou", "Thierno Oumar", "Oumar Alpha",
                "Alpha Thierno"],
               ["Bah-Barry", "Barry-Sow", "Sow-Diallo", "Diallo-Bah", "Barry-Diallo"], ["SN", "CM"]),
    "tigrinya": (["Selam Yordanos", "Yordanos Saba", "Saba Selam", "Yonas Tesfay", "Tesfay Habtom",
                  "Habtom Yonas"],
                 ["Gebremedhin-Tesfamariam", "Tesfamariam-Ghebreyesus", "Ghebreyesus-Woldemichael",
                  "Woldemichael-Gebremedhin", "Tesfamariam-Woldemichael"], ["ER", "ET"]),
    "quechua": (["Killa Sisa", "Sisa Urpi", "Urpi Killa", "Wayra Kusi", "Kusi Waman", "Waman Wayra"],
                ["Huamán Quispe", "Quispe Mamani", "Mamani Ccori", "Ccori Huamán", "Quispe Ccori"],
                ["PE", "BO", "EC"]),
    "inuit": (["Aviaja Nivi", "Nivi Arnaq", "Arnaq Aviaja", "Kunuk Malik", "Malik Aputsiaq", "Aputsiaq Kunuk"],
              ["Kleist-Lynge", "Lynge-Kreutzmann", "Kreutzmann-Olsvig", "Olsvig-Kleist", "Lynge-Olsvig"],
              ["GL", "DK", "CA"]),
    "chechen": (["Zarema Khava", "Khava Malika", "Malika Zarema", "Aslanbek Isa", "Isa Dzhokhar",
                 "Dzhokhar Aslanbek"],
                ["Tsatsayev-Eskiyev", "Eskiyev-Umarov", "Umarov-Khasiyev", "Khasiyev-Tsatsayev", "Eskiyev-Khasiyev"],
                ["RU", "GE", "KZ"]),
    "ossetian": (["Zalina Dzerassa", "Dzerassa Alana", "Alana Zalina", "Soslan Batraz", "Batraz Alan",
                  "Alan Soslan"],
                 ["Dzagoev-Gagloev", "Gagloev-Kokoev", "Kokoev-Tedeev", "Tedeev-Dzagoev", "Gagloev-Tedeev"],
                 ["RU", "GE"]),
    "tatar_bashkir": (["Gölnara Alsu", "Alsu Ilsiyar", "Ilsiyar Gölnara", "Ilnur Rinat", "Rinat Aydar",
                       "Aydar Ilnur"],
                      ["Gabdrakhmanov-Yusupov", "Yusupov-Khayrullin", "Khayrullin-Galiev", "Galiev-Gabdrakhmanov",
                       "Yusupov-Galiev"], ["RU", "KZ"]),
    "yakut": (["Sardaana Kyunney", "Kyunney Aitalina", "Aitalina Sardaana", "Aikhal Ayaal", "Ayaal Erkin",
               "Erkin Aikhal"],
              ["Okoneshnikov-Ammosov", "Ammosov-Oyunsky", "Oyunsky-Kulakovsky", "Kulakovsky-Okoneshnikov",
               "Ammosov-Kulakovsky"], ["RU"]),
    "armenian": (["Anahit Lusine", "Lusine Siranush", "Siranush Anahit", "Vardan Tigran", "Tigran Hovhannes",
                  "Hovhannes Vardan"],
                 ["Sargsyan-Ghazaryan", "Ghazaryan-Mkrtchyan", "Mkrtchyan-Hakobyan", "Hakobyan-Sargsyan",
                  "Ghazaryan-Hakobyan"], ["AM", "RU"]),
    "albanian": (["Drita Mimoza", "Mimoza Blerta", "Blerta Drita", "Gjergj Ilir", "Ilir Besnik", "Besnik Gjergj"],
                 ["Kelmendi-Gashi", "Gashi-Krasniqi", "Krasniqi-Shehu", "Shehu-Kelmendi", "Gashi-Shehu"],
                 ["AL", "MK"]),
    "macedonian": (["Biljana Snežana", "Snežana Vesna", "Vesna Biljana", "Goce Dimitar", "Dimitar Trajče",
                    "Trajče Goce"],
                   ["Trajkovski-Nikolovski", "Nikolovski-Petrovski", "Petrovski-Stojanovski",
                    "Stojanovski-Trajkovski", "Nikolovski-Stojanovski"], ["MK", "RS"]),
}

# The Finnish surnames that are compounds whose last word
# inflects on its own (Rahkakangas: Rahkakankaalle, Nevamäki: Nevamäeltä, Nevakorpi: Nevakorvesta).
IRREGULAR = {}
IRREGULAR.update(generation.compound_forms(FI_SURNAMES))

# ---------------------------------------------------------------------------------------------------------------------
# Instruments, methods, clinics, boats, piers, lighthouses and sauna rafts named after people: a third party x of the
# same surname is a NAME in a form the thing does not hold (a Finnish case other than the thing's nominative or
# genitive, the Swedish genitive beside a compound, the singular beside an English place's plural), the thing a
# look-alike.

EPONYMS = {"dental": {"fi": {"Hedström": ["Hedström-viila", "Hedström-viilasarja"],
                             "Luer": ["Luer-lukko", "Luer-lukkoruisku"],
                             "Bass": ["Bass-harjaustekniikka", "Bass-menetelmä"],
                             "Gracey": ["Gracey-kyretti", "Gracey-kyrettisarja"]},
                      "sv": {"Hedström": ["Hedströmfilen", "Hedströmfilar"],
                             "Gracey": ["Graceykyretten", "Graceykyretter"],
                             "Luer": ["Luerlåset", "Luerkopplingen"]},
                      "en": {"Entwistle": ["Entwistles Dental Care", "Entwistles Dental"],
                             "Lindsay": ["Lindsays Dental Practice", "Lindsays Orthodontics"],
                             "Roskilly": ["Roskillys Dental Lab", "the Roskillys lab"]}},
           "marina": {"fi": {"Tengström": ["s/y Tengström", "Tengströmin laituri"],
                             "Idestam": ["Idestamin saunalautta", "Idestam-laituri"],
                             "Wecksell": ["Wecksellin saunalautta", "Wecksell-laituri"],
                             "Engel": ["Engelin majakka", "Engel-laituri"]},
                      "sv": {"Linné": ["Linnébryggan", "Linnéudden"],
                             "Bellman": ["Bellmansbryggan", "Bellmansholmen"],
                             "Wecksell": ["Wecksellbryggan", "Weckselludden"]},
                      "en": {"Polkinghorne": ["Polkinghornes Quay", "Polkinghornes Pontoon"],
                             "Tresidder": ["Tresidders Jetty", "Tresidders Boatyard"],
                             "Trevanion": ["Trevanions Wharf", "Trevanions Slipway"]}}}
EPONYM_KINDS = {"twin"}

# ---------------------------------------------------------------------------------------------------------------------
# Phones, people, addresses.

class People(generation.People):
    def kin(self, s, language):
        """As generation.People.kin, never with s's own given name (a guardian, a co-owner or a child of the same name
        would be the subject's name labelled as a third party's)."""
        while True:
            k = super().kin(s, language)
            if k.given != s.given:
                return k


PHONES, PEOPLE = generation.Phones(DRAW, generation.COUNTRIES), People(
    R, FI_MEN, FI_WOMEN, FI_SURNAMES, SV_GIVEN, SV_SURNAMES, WORLD)
ORG_DOMAINS = {"dental": {"fi": ["hymyhammas.example.fi", "suukeskus.example.fi"],
                          "sv": ["tandvard.example.fi", "leendetand.example.se"],
                          "en": ["hymyhammas.example.com", "dentalcare.example.co.uk"]},
               "marina": {"fi": ["venesatama.example.fi", "vierassatama.example.fi"],
                          "sv": ["gasthamn.example.ax", "batvarv.example.se"],
                          "en": ["marina.example.co.uk", "harbour.example.com"]}}
SHARED_BOXES = {
    "dental_fi": "ajanvaraus@hymyhammas.example.fi laskutus@hymyhammas.example.fi kirurgia@suukeskus.example.fi "
                 "rontgen@suukeskus.example.fi potilasportaali@hymyhammas.example.fi",
    "dental_en": "bookings@hymyhammas.example.com billing@hymyhammas.example.com referrals@dentalcare.example.co.uk",
    "dental_sv": "tidsbokning@tandvard.example.fi fakturor@tandvard.example.fi remiss@leendetand.example.se",
    "marina_fi": "satamakonttori@venesatama.example.fi laskutus@venesatama.example.fi "
                 "vierasvenesatama@vierassatama.example.fi talvisailytys@venesatama.example.fi "
                 "loytotavarat@vierassatama.example.fi",
    "marina_en": "berths@marina.example.co.uk accounts@marina.example.co.uk harbourmaster@harbour.example.com",
    "marina_sv": "hamnkontoret@gasthamn.example.ax fakturering@gasthamn.example.ax vinterforvaring@batvarv.example.se"}
CURRENT = {"x": None, "language": "fi", "service": "dental"}


def email_of(p):
    return DRAW.email_of(p, ORG_DOMAINS[CURRENT["service"]][CURRENT["language"]])


# ---------------------------------------------------------------------------------------------------------------------
# Writing a message: as generation.Writer, with {a.is} an initial and the surname (the case on the surname), {a.i}
# the initials, {j.…} the subject's child, {nick:a} a's chat handle, {staff:a} a's staff login in a rota or a log,
# {imei:a} the IMEI of a's handset or found phone, {otp:a}, {pin:a}, {gate:a}, {shower:a}, {pw:a} a's credentials; in
# Finnish a name also in the abessive (.abe) and with the clitics -kin and -han/-hän (.allkin, .genhan).

def handset_imei():
    n = identifiers.luhn(R, R.choice(["35", "86", "01", "99"]), 15)
    return R.choice([n, n, f"{n[:2]}-{n[2:8]}-{n[8:14]}-{n[14]}", f"{n[:8]} {n[8:]}"])


OWNED = {"otp": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([6, 6, 4, 8]))),
         "pin": ("CREDENTIAL", lambda: identifiers.digits(R, R.choice([4, 4, 4, 6]))),
         "gate": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}#", "{5}", "{A}{4}", "*{4}", "{6}"]))),
         "shower": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{4}", "{3}{A}", "#{4}", "{2}-{2}"]))),
         "pw": ("CREDENTIAL", lambda: DRAW.fill(R.choice(["{A}{x}{x}{x}{4}!", "Kx{4}{A}{x}{x}#", "{x}{A}{x}{A}{3}?{x}",
                                                          "{A}{A}{x}{x}-{4}-{x}{x}"])))}


class Writer(generation.TableWriter):
    phones, draws, irregular, secrets = PHONES, DRAW, IRREGULAR, OWNED
    home_weight = 3
    born = (("-", 30, 99), ("A", 0, 22))
    addresses = staticmethod(email_of)
    boxes = staticmethod(lambda language: SHARED_BOXES[f"{CURRENT['service']}_{language}"].split())

    def token(self, tok, ppl):
        if "j" not in ppl and tok.rpartition(":")[2].split(".")[0] == "j":
            taken = set().union(*(p.words() for p in ppl.values()))
            while True:
                child = PEOPLE.kin(ppl["s"], self.language)
                if not {w for w in child.words() if w not in ppl["s"].words()} & taken:
                    break
            ppl["j"] = child
        return super().token(tok, ppl)

    def form(self, nom, case):
        """As generation.Writer.form, and in Finnish the abessive (Hetevaaratta) and a case with the clitic -kin or
        -han/-hän (Nevarannallekin, Rämesalonhan), the vowel of -han/-hän by the harmony of the name's essive."""
        if self.language == "fi" and case != "nom":
            for clitic in ("kin", "han"):
                if case.endswith(clitic) and len(case) > 3:
                    base = self.form(nom, case[:-3])
                    harmony = super().form(nom, "ess")[-1]
                    return base + (clitic if clitic == "kin" else "h" + harmony + "n")
            if case == "abe":
                return super().form(nom, "gen")[:-1] + "tt" + super().form(nom, "ess")[-1]
        return super().form(nom, case)

    def person(self, p, spec="gs"):
        """As generation.Writer.person, and is: the given name's initials with full stops (O.-V. for Ontrei-Vasseli,
        T. for Turið Sólja) and the surname; i the initials in capitals."""
        bits = spec.split(".")
        if bits[0] == "is":
            case = bits[1] if len(bits) > 1 else "nom"
            initial = "-".join(w[0] + "." for w in p.given.split(" ")[0].split("-"))
            return self.name(initial, p.role).say(" ").name(self.form(p.surname, case), p.role)
        if bits[0] == "i":
            return self.name(p.initials().upper(), p.role)
        return super().person(p, spec)

    def iban(self, p):
        """As generation.Writer.iban, and in English a British account (a refund paid in the UK)."""
        if p.account is None and self.language == "en":
            p.account = identifiers.written_foreign_iban(R, "GB", R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + "{14}")
        return super().iban(p)

    def imei(self, p):
        """The IMEI of p's handset or found phone, the same wherever the message writes it: a DEVICE_ID of p."""
        return self.ent(self.sticky.setdefault(("imei", id(p)), handset_imei()), "DEVICE_ID", p.role)

    def staff(self, p):
        """p's login as a rota or a harbour master's log writes it: a USERNAME of p."""
        if ("staff", id(p)) not in self.sticky:
            g, s = identifiers.plain_name(p.given.split(" ")[0].split("-")[0]), identifiers.plain_name(p.surname)
            self.sticky[("staff", id(p))] = R.choice([f"hh_{s[:6]}{R.randint(10, 99)}", f"{g[:3]}{s[:4]}.dds",
                                                      f"{g}{s[0]}{R.randint(100, 999)}", f"S{R.randint(1000, 9999)}"
                                                      f"-{s[:5].upper()}", f"hm.{g[0]}{s[:7]}",
                                                      f"{s[:5]}_{g[:2]}{R.randint(1, 9)}"])
        return self.ent(self.sticky[("staff", id(p))], "USERNAME", p.role)

    def values(self):
        return {**super().values(), "nick": self.handle, "imei": self.imei, "staff": self.staff}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of a dental care chain's patient service and of a marina's, guest harbour's and boat storage company's
# customer service.

MONEY = {"fi": ["{g},{c} €", "{w},{c} euroa", "EUR {w},{c}"], "en": ["£{e}.{c}", "GBP {w}.{c}", "€{w}.{c}"],
         "sv": ["{g},{c} €", "{g} kr", "{w},{c} euro"]}


def money(language):
    whole = R.choice([R.randint(1, 30), R.randint(5, 99), R.randint(100, 999), R.randint(1000, 9000)])
    cents = f"{R.randint(0, 99):02d}"
    return R.choice(MONEY[language]).format(w=whole, e=f"{whole:,}", g=f"{whole:,}".replace(",", " "), c=cents)


def twin():
    """The instrument, clinic, boat, pier or lighthouse named after someone of the surname of this message's x."""
    return R.choice(EPONYMS[CURRENT["service"]][CURRENT["language"]][CURRENT["x"].surname])


# Teeth by their FDI numbers (11-48, milk teeth 51-85), as a chart and a referral write them.
FDI = [f"{q}{n}" for q in (1, 2, 3, 4) for n in range(1, 9)] + [f"{q}{n}" for q in (5, 6, 7, 8) for n in range(1, 6)]

TABLES = {
    # The dental care chain.
    "clinic": {"fi": ["Hymyhammas Kamppi", "Hymyhammas Tikkurila", "Hymyhammas Hervanta", "Suukeskus Tapiola",
                      "Hymyhammas Kupittaa", "Hymyhammas Linnanmaa"],
               "sv": ["Hymyhammas Vasa", "Leendetand Jakobstad", "Tandvårdshuset Esplanaden", "Hymyhammas Borgå"],
               "en": ["Hymyhammas Espoo", "the Kamppi clinic", "the Tikkurila clinic", "Suukeskus Tapiola"]},
    "treatment": {"fi": ["paikkaus", "juurihoito", "hammaskiven poisto", "viisaudenhampaan poisto",
                         "oikomishoidon tarkastus", "suuhygienistin käynti", "kruunu", "fluorikäsittely"],
                  "sv": ["lagning", "rotfyllning", "tandstensborttagning", "visdomstandsextraktion",
                         "tandhygienistbesök", "krona"],
                  "en": ["a filling", "root canal treatment", "a scale and polish", "a wisdom tooth extraction",
                         "an orthodontic check", "a hygienist visit", "a crown"]},
    "instrument": {"fi": ["Mayo-tuoli", "Blackin luokan II kaviteetti", "Angle II -purenta", "Colgate Duraphat",
                          "Oral-B iO -harja", "Sensodyne Repair", "Jordan Green Clean", "Bass-harjaustekniikka",
                          "Luer-lukkoruisku"],
                   "sv": ["Mayobricka", "Black klass II", "Angle klass II", "Colgate Duraphat", "Oral-B iO",
                          "Jordan Green Clean", "Bassmetoden"],
                   "en": ["a Mayo stand", "a Black's class II cavity", "an Angle class II bite", "Colgate Duraphat",
                          "an Oral-B iO", "the Bass technique", "a Luer-lock syringe", "Sensodyne Repair"]},
    "tooth": {"fi": ["hammas {fdi}", "hammas {fdi}", "hampaat {fdi} ja {fdi}", "FDI {fdi}", "{fdi}-hammas"],
              "sv": ["tand {fdi}", "tänderna {fdi} och {fdi}", "FDI {fdi}"],
              "en": ["tooth {fdi}", "teeth {fdi} and {fdi}", "FDI {fdi}", "the lower {fdi}"]},
    "xray": {"fi": ["panoraamakuva (OPG)", "bitewing-kuvat", "CBCT-kuva", "periapikaalikuva", "kefalostaatti"],
             "sv": ["panoramaröntgen", "bitewingbilder", "CBCT-bild", "intraoral bild"],
             "en": ["a panoramic (OPG)", "bitewings", "a CBCT scan", "a periapical film"]},
    "surgery": {"fi": ["suu- ja leukakirurgian poliklinikka", "Hymyhammas Kirurgia Kamppi", "leukakirurgian yksikkö",
                       "Suukeskus Tapiolan kirurgia"],
                "sv": ["käkkirurgiska kliniken", "Hymyhammas Kirurgi Vasa", "oralkirurgiska enheten"],
                "en": ["the oral surgery unit", "Hymyhammas Surgery Kamppi", "the maxillofacial clinic"]},
    "kelacode": {"fi": ["SAA02", "SAB03", "SCA01", "SDA02", "SFA10", "SGA01", "EB1AT", "SHA10"],
                 "sv": ["SAA02", "SCA01", "SFA10", "SDA02"], "en": ["SAA02", "SCA01", "SFA10", "SDA02"]},
    # The marina, the guest harbour and the boat storage company.
    "harbour": {"fi": ["Lauttasaaren venesatama", "Suomenlinnan vierassatama", "Porvoon vierassatama",
                       "Hangon Itäsatama", "Nauvon vierasvenesatama", "Merisataman venesatama"],
                "sv": ["Mariehamns gästhamn", "Hangö Östra hamn", "Nagu gästhamn", "Borgå gästhamn",
                       "Västra hamnen"],
                "en": ["Hanko East Harbour", "the Mariehamn guest harbour", "the Nauvo marina",
                       "Lauttasaari marina"]},
    "boat": {"fi": ["s/y Aino Ackté", "m/s Carl Linnaeus", "Lady Grace", "Queen Mary", "Buster XL", "Nimbus 305",
                    "Finnmaster T8", "s/y Merituuli", "Terhi 475"],
             "sv": ["Lady Grace", "m/s Carl Linnaeus", "Nimbus 305", "Buster XL", "s/y Aino Ackté", "Queen Mary",
                    "Finnmaster Pilot 8"],
             "en": ["Lady Grace", "Queen Mary", "s/y Aino Ackté", "a Buster XL", "a Nimbus 305", "a Finnmaster T8",
                    "m/s Carl Linnaeus"]},
    "engine": {"fi": ["Yamaha F115", "Volvo Penta D2-40", "Suzuki DF60", "Mercury 150", "Honda BF20"],
               "sv": ["Yamaha F115", "Volvo Penta D2-40", "Suzuki DF60"],
               "en": ["a Yamaha F115", "a Volvo Penta D2-40", "a Mercury 150"]},
    "pier": {"fi": ["A-laituri", "vierasvenelaituri", "polttoainelaituri", "C-laituri", "nosturilaituri"],
             "sv": ["gästbryggan", "bränslebryggan", "brygga C", "kranbryggan"],
             "en": ["the guest pontoon", "the fuel berth", "pontoon C", "the crane quay"]},
    "sight": {"fi": ["Bengtskärin majakka", "Söderskärin majakka", "saunalautta Löyly", "Utön majakka",
                     "Harmajan majakka"],
              "sv": ["Bengtskär fyr", "Märket fyr", "bastuflotten", "Söderskär fyr"],
              "en": ["the Bengtskär lighthouse", "the sauna raft", "Utö lighthouse", "the Märket lighthouse"]},
    "berth": {"fi": ["laituripaikka B-{n}", "paikka C{n}", "poijupaikka {n}", "aisapaikka A-{n}"],
              "sv": ["båtplats B-{n}", "plats C{n}", "bojplats {n}"],
              "en": ["berth B-{n}", "berth C{n}", "mooring {n}"]},
    "storage": {"fi": ["talvisäilytyshalli 2", "kylmähalli B", "ulkosäilytys, paikka {n}", "lämmin halli 1"],
                "sv": ["vinterhall 2", "kallhall B", "uteplats {n}"],
                "en": ["winter shed 2", "cold store B", "outdoor stand {n}"]},
    "fuel": {"fi": ["diesel", "bensiini 95E10", "moottoribensiini 98"], "sv": ["diesel", "bensin 95"],
             "en": ["diesel", "unleaded 95"]},
    "street": {"fi": ["Satamatie {n}", "Laiturikatu {n}", "Rantakatu {n} B", "Hammaskuja {n}", "Merikatu {n}"],
               "sv": ["Hamngatan {n}", "Strandvägen {n}", "Sjögatan {n}"],
               "en": ["{n} Harbour Road", "{n} Quay Street", "{n} High Street"]},
    "town": {"fi": ["Helsinki", "Porvoo", "Hanko", "Nauvo", "Kotka", "Turku", "Espoo", "Tampere", "Oulu"],
             "sv": ["Mariehamn", "Hangö", "Borgå", "Nagu", "Vasa", "Jakobstad"],
             "en": ["Helsinki", "Hanko", "Falmouth", "Plymouth", "Espoo", "Turku"]},
    # Who, where and what system, by service.
    "role_dental": {"fi": ["ajanvarauksen asiakaspalvelija", "hammaslääkäri", "suuhygienisti", "laskutussihteeri",
                           "klinikkapäällikkö", "hammashoitaja"],
                    "sv": ["tidsbokning", "tandläkare", "tandhygienist", "faktureringen"],
                    "en": ["Patient Services Adviser", "Dentist", "Dental Hygienist", "Billing Officer",
                           "Clinic Manager"]},
    "role_marina": {"fi": ["satamakapteeni", "satamamestari", "asiakaspalvelija", "laskutussihteeri",
                           "telakkamestari"],
                    "sv": ["hamnkapten", "hamnvärd", "kundtjänst", "varvschef"],
                    "en": ["Harbour Master", "Berth Manager", "Customer Services", "Yard Manager"]},
    "queue_dental": {"fi": ["Ajanvaraus", "Laskutus", "Lähetteet", "Potilasportaali", "Röntgen"],
                     "sv": ["Tidsbokning", "Fakturor", "Remisser"],
                     "en": ["Bookings", "Billing", "Referrals", "Portal support"]},
    "queue_marina": {"fi": ["Laituripaikat", "Talvisäilytys", "Laskutus", "Vierasvenesatama", "Löytötavarat"],
                     "sv": ["Båtplatser", "Vinterförvaring", "Fakturering"],
                     "en": ["Berths", "Storage", "Accounts", "Lost property"]},
    "system_dental": {"fi": ["Ajanvaraus-AV3", "Potilastieto Hammas+", "Kuva-arkisto PACS", "Laskutus-CRM"],
                      "sv": ["Tidsbokningen", "Journalsystemet", "Bildarkivet"],
                      "en": ["BookingDesk", "the patient record", "the image archive", "BillingHub"]},
    "system_marina": {"fi": ["Satamarekisteri", "Laituripaikkavaraus", "Satamaloki", "Kassa-CRM"],
                      "sv": ["Hamnregistret", "Båtplatsbokningen", "Hamnloggen"],
                      "en": ["BerthBook", "HarbourLog", "the yard system"]},
}
SERVICE_LINES = {
    "switchboard": {"fi": ["09 {4} {4}", "020 {3} {4}"], "en": ["0344 {3} {4}", "01326 {3} {3}"],
                    "sv": ["09-{3} {4}", "018-{3} {3}"]},
    "customerline": {"fi": ["0600 {2} {3}", "09 {3} {5}"], "en": ["0330 {3} {4}", "0800 {3} {4}"],
                     "sv": ["0771-{3} {3}", "020-{2} {2} {2}"]},
    "bookingline": {"fi": ["0200 {5}", "010 {3} {4}"], "en": ["0121 {3} {4}", "020 {4} {4}"],
                    "sv": ["018-{3} {2} {2}", "06-{3} {4}"]},
    "emergency": {"fi": ["112"], "en": ["999", "112"], "sv": ["112"]},
    "vhf": {"fi": ["VHF-kanava {2}"], "en": ["VHF channel {2}"], "sv": ["VHF kanal {2}"]},
}

# What stays the same throughout one message.
STICKY = {f"{kind}_{language}" for kind in ("system", "clinic", "harbour", "boat") for language in ("fi", "en", "sv")}
STICKY |= {"booking", "boatreg", "hin"}
LOOKS = {
    "twin": twin,
    "booking": lambda: DRAW.fill(R.choice(["AV-{7}", "#{6}", "VAR{8}", "BK-{4}-{4}"])),
    "referral": lambda: DRAW.fill(R.choice(["LÄH-{6}", "REF{7}", "R-{4}/{2}"])),
    "study": lambda: DRAW.fill(R.choice(["ACC{8}", "1.2.246.{3}.{5}.{6}", "DX-{7}"])),
    "plan": lambda: DRAW.fill(R.choice(["HS-{6}", "TP{7}", "KA {5}"])),
    "contract": lambda: DRAW.fill(R.choice(["LP-{5}", "VS-{6}", "SOP {6}", "K{4}/2027"])),
    "boatreg": lambda: DRAW.fill(R.choice(["{A}{5}", "FIN-{5}", "{A}-{5}", "SSR {6}"])),
    "hin": lambda: DRAW.fill(R.choice(["FI-{A}{A}{A}{5}{A}{1}{2}", "SE-{A}{A}{A}{5}{A}{1}{2}",
                                       "{A}{A}{A}{5}{A}{1}{2}", "GB-{A}{A}{A}{5}{A}{1}{2}"])),
    "length": lambda: f"{R.randint(5, 14)},{R.randint(0, 9)} m",
    "litres": lambda: f"{R.randint(20, 400)} l",
    "time": lambda: f"{R.randint(7, 21):02d}.{R.choice(['00', '15', '30', '45'])}",
    "age": lambda: str(R.randint(3, 15)),
    "year": lambda: str(R.randint(2024, 2027)),
    "invoice": lambda: DRAW.fill(R.choice(["{9}", "LASKU-{6}", "INV-{7}", "F{8}"])),
    "lost": lambda: DRAW.fill(R.choice(["LÖ-{5}", "LF{6}", "#{5}"])),
    "dispute": lambda: DRAW.fill(R.choice(["CB-{8}", "DSP{7}", "{A}{A}{A}-{6}"])),
    "ticket": lambda: DRAW.fill(R.choice(["#{6}", "CS-{7}", "AS-{5}", "INC{7}", "TK-{5}", "ÄR-{6}", "HH-{6}"])),
    "ytunnus": DRAW.ytunnus, "viite": DRAW.viite, "rf": DRAW.rf_reference,
    "companyno": lambda: DRAW.fill("Company No. {8}"),
    **generation.dated_looks(CLOCK, money),
}
generation.language_looks(LOOKS, R, DRAW.fill, TABLES, SERVICE_LINES)
for _language in ("fi", "en", "sv"):
    # A tooth chart's numbers (FDI) where a template says {fdi}.
    LOOKS[f"tooth_{_language}"] = lambda choices=TABLES["tooth"][_language]: R.choice(choices).replace(
        "{fdi}", R.choice(FDI), 1).replace("{fdi}", R.choice(FDI))
    # A role, a queue and a system of the message's service (the dental chain's or the marina's).
    for _kind in ("role", "queue", "system"):
        LOOKS[f"{_kind}_{_language}"] = lambda language=_language, kind=_kind: LOOKS[
            f"{kind}_{CURRENT['service']}_{language}"]()
Writer.looks, Writer.sticky_kinds = LOOKS, STICKY

# ---------------------------------------------------------------------------------------------------------------------
# The shapes. s is the register's known person (the guardian who books or cancels a child's appointment, the patient
# whose reimbursement, invoice, portal login, referral, x-rays or treatment plan it is, the one who texts the on-call
# line, the clinic manager who writes a rota, the bot's customer; the berth holder, the boat owner who books storage or
# launching, the one who gives a key code on, the fuel and harbour fee payer, the refund's payee, the harbour master
# who writes a log, the owner of a lost phone); a-h are third parties; k and j share the subject's surname (the other
# guardian, a co-owner or a spouse, a child); x bears a surname that an instrument, a method, a clinic, a boat, a pier
# or a lighthouse of the message also bears.

DENTAL_SHAPES = [
    # ---- Finnish: the dental care chain's patient service
    ("ajanvaraus_fi", "fi",
     "Aihe: Ajanvaraus lapselle {L:booking}\n\nHei,\n\nvarasin tyttärellemme {j.g.all} ({L:age} v) ajan "
     "({L:treatment}) {L:date_fi} klo {L:time}, {L:clinic}. Kyse on: {L:tooth}. Tulen itse, mutta jos "
     "minulle tulee este, lapsen tuo toinen huoltaja {k.gs}, {phone:k}. Hänellekin voi lähettää muistutuksen.\n\n"
     "{s.gs}\n{phone:s}\n\n---\nAjanvaraus ({a.gs}, {user:a}): varaus vahvistettu {L:stamp}; hoitajana "
     "{b.gs}, hammaslääkärinä {c.gs}. Muistutus lähtee kummallekin huoltajalle, {s.g.all} ja {k.g.allkin}. "
     "Välineistössä {L:twin}; {x.gs.abl} ei ole varausta.\n"),
    ("peruutus_fi", "fi",
     "Aihe: Peruutus ja myöhäisen peruutuksen maksu\n\nHei,\n\nperuin poikani {j.gs.gen} ajan {L:date_fi} "
     "({L:booking}) edellisenä iltana, koska hän sairastui. Nyt laskulla {L:invoice} on peruuttamattoman käynnin "
     "maksu {L:amount_fi}. Puolisoni {k.gs} soitti myös {d.gs.all}, joka lupasi poistaa maksun.\n\n{s.gs}, "
     "{phone:s}, {mail:s}\n\n---\nLaskutus ({a.gs}, {user:a}): maksu hyvitetty {L:date_fi}; uusi aika "
     "{L:clinic} {L:date_fi}. Hyväksyjä {b.is}. Varaus ei koske {x.gs.par}, vaikka ohjeessa mainitaan "
     "{L:twin}.\n"),
    ("kelakorvaus_fi", "fi",
     "KELA-KORVAUS JA LASKUN RIITAUTUS {L:dispute}\n\nPotilas: {s.SG}, {phone:s}, {mail:s}\nKäynti: "
     "{L:date_fi}, {L:clinic}, {L:treatment} ({L:tooth})\nToimenpidekoodit: {L:kelacode}, {L:kelacode}\nLasku "
     "{L:invoice}, {L:amount_fi}, maksettu kortilla {card:s}\nPotilaan mukaan Kela-korvaus {L:amount_fi} jäi "
     "vähentämättä; kortin myöntäjän käsittelijä {a.gs}, {phone:a}\n\nLaskutussihteeri {b.gs} ({user:b}): "
     "suorakorvaus puuttui, korjattu {L:stamp}; erotus palautetaan kortille. Hammaslääkäri {c.gs.abl} saatiin "
     "selvitys. {d.is} tiedoksi.\n"),
    ("portaali_fi", "fi",
     "Aihe: En pääse potilasportaaliin\n\nHei,\n\nportaali ei hyväksy kertakoodiani. Tunnukseni on {user:s} "
     "ja numeroni {phone:s}. Haluaisin nähdä lapseni {j.g.gen} hoitosuunnitelman.\n\n{s.gs}\n\n---\n"
     "Asiakaspalvelija {a.gs}: uusi kertakoodi {otp:s} (voimassa 10 min). Lapsen tiedot näkyvät "
     "huoltajille; toisen huoltajan {k.gs.gen} tunnus {user:k}, PIN nollattu: {pin:k}. Tekninen tuki "
     "{b.gs} ({user:b}) tiedoksi. Ilman {c.gs.abe} tätä ei olisi saatu ratkaistua.\n"),
    ("lahete_fi", "fi",
     "LÄHETE SUUKIRURGILLE {L:referral}\n\nPotilas: {s.SG}\nHenkilötunnus: {hetu:s}\nPuhelin: {phone:s}\n"
     "Lähettävä hammaslääkäri: {a.gs}, {L:clinic}\nVastaanottaja: {L:surgery}, suukirurgi {b.gs}\n\n"
     "Syy: {L:tooth} retinoitunut, {L:xray} liitteenä ({L:study}). Potilas käyttää verenohennusta.\n\n"
     "Käsittelijä {c.gs} ({user:c}) {L:stamp}: aika {L:date_fi} klo {L:time}. Tulkki {d.gs}. "
     "{x.gs.ill} lähete ei liity; hoidossa käytetään {L:twin}.\n"),
    ("rontgen_fi", "fi",
     "{L:system} – röntgenkuvien siirto\n\n{L:stamp} PYYNTÖ {user:a}: {L:xray}, potilas {s.SG} ({hetu:s}), "
     "tutkimus {L:study}\n{L:stamp} LÄHETYS {L:clinic} → {L:surgery}\n{L:stamp} VASTAANOTTO {user:b}: "
     "kuvat avattu\n\nHuom. pyytäjä {a.gs}, vastaanottaja {b.gs}; potilas ({phone:s}) halusi kopion myös "
     "omalle hammaslääkärilleen {c.gs.all}. Kuvat tallennettu ensin virheellisesti {d.gs.ess}; korjasi {e.gs}.\n"),
    ("hoitosuunnitelma_fi", "fi",
     "Aihe: Hoitosuunnitelma {L:plan} ja kustannusarvio\n\nHei,\n\nsain hoitosuunnitelman: {L:treatment} "
     "{L:tooth}, {L:treatment} {L:tooth}, kustannusarvio {L:amount_fi}. Maksoin ennakon {L:amount_fi}, mutta "
     "hoito siirtyy. Palauttakaa ennakko tililleni {iban:s}. Tilin omistaja olen minä, {s.gs}.\n\n{s.gs}, "
     "{phone:s}\n\n---\nKlinikkapäällikkö {a.gs} ({user:a}): ennakko palautetaan {L:date_fi}, viite "
     "{L:viite}. Hoitava hammaslääkäri {b.gs}; vastuuhenkilö vaihdettiin {c.gs.tra}. "
     "{L:instrument} mainittu suunnitelmassa.\n"),
    ("paivystys_fi", "fi",
     "Päivystyksen tekstiviestiloki {L:system}\n\n{L:stamp} ← {phone:s.msisdn}: Hei, lapsen {j.g.gen} "
     "etuhammas {L:tooth} lohkesi, saako päivystysajan?\n{L:stamp} → {phone:s.msisdn}: Hei {s.g}! "
     "Päivystysaika {L:date_fi} klo {L:time}, {L:clinic}. Vahvistuskoodi {otp:s}\n{L:stamp} → "
     "{phone:k.msisdn}: Hei {k.g}, lapsen päivystysaika on vahvistettu.\n{L:stamp} → {num.msisdn}: "
     "Päivystys on ruuhkautunut, soita {L:customerline}.\n\nLähettäjä {a.gs} ({user:a}); päivystävä "
     "hammaslääkäri {b.gs}, {phone:b}. Hätätilanteessa {L:emergency}.\n"),
    ("vuorolista_fi", "fi",
     "Hammaslääkärien ja suuhygienistien vuorolista {L:clinic}, {L:date_fi} ({L:system})\nKirjoittaja: "
     "klinikkapäällikkö {s.gs} ({staff:s}), puhelin IMEI {imei:s}\n\n{L:hour}–{L:hour} huone 1: hammaslääkäri "
     "{a.gs} ({staff:a}), päivystyspuhelin IMEI {imei:a}\n{L:hour}–{L:hour} huone 2: suuhygienisti {b.gs} "
     "({staff:b})\n{L:hour}–{L:hour} hoitaja {c.gs} ({staff:c}), {phone:c}\n\nHuom. {a.g} vaihtoi vuoron "
     "{d.gs.gen} kanssa; {e.gs.all} ({user:e}) sijaisuus. Huone 1: {L:instrument}, {L:twin}; "
     "{x.gs.ade} ei vuoroa.\n"),
    ("ajanvarausvienti_fi", "fi",
     "Ajanvarausjärjestelmän vienti {L:system} {L:date_fi}\n\nsukunimi;etunimi;varaus;toimenpide;puhelin;"
     "sähköposti;huoltaja\n{s.s};{s.g};{L:booking};{L:treatment};{phone:s.e164};{mail:s};\n{j.s};{j.g};"
     "{L:booking};{L:treatment};;;{s.s} {s.g}\n{a.s};{a.g};{L:booking};{L:treatment};{phone:a.e164};"
     "{mail:a};\n\nHuom. ({b.gs}, {user:b}): {j.g.gen} huoltajana myös {k.gs}; {a.g.gen} varaus siirretty "
     "{L:clinic}. {x.gs.all} ei varauksia.\n"),
    ("ajanvarausbotti_fi", "fi",
     "Keskusteluloki {L:ticket}\n{L:hour} Hymybotti: Hei! Miten voin auttaa?\n{L:hour} {nick:s}: pitäis "
     "siirtää aika {L:booking}\n{L:hour} Hymybotti: Siirrän sinut asiakaspalvelijalle.\n{L:hour} {a.g} "
     "(ajanvaraus): Hei {s.g}, puhunko {s.gs.gen} kanssa? Lähetin koodin numeroon {phone:s}: {otp:s}.\n"
     "{L:hour} {nick:s}: joo. ja lapsen {j.g.gen} aika samalle päivälle jos onnistuu\n{L:hour} {a.g}: Onnistuu, "
     "{L:date_fi} klo {L:time}, {L:clinic}. {b.gs} vahvistaa.\n{L:hour} {nick:s}: kiitos {a.g.allhan} tästä\n"),
    ("kaksoisveloitus_fi", "fi",
     "Klinikan korttimaksut {L:clinic} {L:date_fi}\n\n{L:stamp} {L:treatment} {L:amount_fi} kortti "
     "{card:s} HYVÄKSYTTY\n{L:stamp} {L:treatment} {L:amount_fi} kortti {card:s} HYVÄKSYTTY\n\nPotilaan "
     "viesti ({s.gs}, {phone:s}): minulta veloitettiin kahdesti. Samalla käynnillä oli puolisoni {k.gs}, jonka "
     "lasku on eri.\n\nLaskutus ({a.gs}, {user:a}): toinen veloitus palautettu {L:date_fi}. Kassalla oli "
     "{b.gs}; {x.gs.ela} ei ole kirjausta.\n"),
]

MARINA_SHAPES = [
    # ---- Finnish: the marina, the guest harbour and the boat storage company
    ("laituripaikka_fi", "fi",
     "LAITURIPAIKKASOPIMUS {L:contract}\n\nPaikanhaltija: {s.SG}, {phone:s}, {mail:s}\nVeneen toinen omistaja: "
     "{k.SG}, {phone:k}\nVene: {L:boat}, rekisterinumero {L:boatreg}, runkonumero {L:hin}, pituus {L:length}\n"
     "Moottori: {L:engine}\nPaikka: {L:berth}, {L:harbour}\n\nSatamakonttori ({a.gs}, {user:a}): sopimus alkaa "
     "{L:date_fi}; allekirjoitukset {s.g.abl} ja {k.g.abl}. Naapuripaikalla {b.gs}, {phone:b}. "
     "Vieressä {L:twin}; {x.gs.abl} ei ole paikkaa.\n"),
    ("talvisailytys_fi", "fi",
     "Aihe: Talvisäilytys ja vesillelasku {L:booking}\n\nHei,\n\nvarasin veneelle {L:boat} ({L:boatreg}) "
     "paikan: {L:storage}, nosto {L:date_fi} klo {L:time} ja vesillelasku keväällä {L:date_fi}. Nostossa "
     "auttaa veneen toinen omistaja {k.gs}, {phone:k}. Moottorin ({L:engine}) talvihuollon tekee {a.gs}.\n\n"
     "{s.gs}\n{phone:s}\n\n---\nTelakkamestari {b.gs} ({user:b}): vahvistettu; pukki {L:berth}, hinta "
     "{L:amount_fi}. Nosturikuski {c.gs}. Säilytys ei koske {x.gs.par} eikä {L:twin}.\n"),
    ("avainkoodi_fi", "fi",
     "Aihe: Portin ja suihkun koodit miehistölle\n\nHei,\n\nolen purjehdusreissulla, ja miehistöön tulee "
     "{a.gs} ({phone:a}). Voitteko antaa hänelle portin koodin? Oma koodini on {gate:s}. Naapuriveneen "
     "{b.gs.gen} kanssa sovin, että hän käy tarkistamassa köydet.\n\n{s.gs}, {L:berth}\n\n---\nSatamamestari "
     "{c.gs} ({user:c}): {a.g.all} annettu portin koodi {gate:a} ja suihkun koodi {shower:a}; "
     "{b.g.all} portin koodi {gate:b}. Voimassa {L:date_fi} asti. {x.gs.all} ei koodia; laituri {L:twin}.\n"),
    ("polttoaine_fi", "fi",
     "Polttoainelaiturin maksut {L:harbour} {L:date_fi}\n\n{L:stamp} {L:fuel} {L:litres} {L:amount_fi} "
     "kortti {card:s} HYVÄKSYTTY\n{L:stamp} {L:fuel} {L:litres} {L:amount_fi} kortti {card:s} HYVÄKSYTTY\n"
     "{L:stamp} satamamaksu {L:amount_fi} HYVÄKSYTTY\n\nAsiakkaan viesti ({s.gs}, {phone:s}): tankkaus "
     "veloitettiin kahdesti. Satamamaksun maksoi veljeni {a.gs}.\n\nKassa ({b.gs}, {user:b}): toinen "
     "veloitus palautettu {L:date_fi}. Laiturilla oli {c.gs}; {x.gs.ill} tämä ei liity.\n"),
    ("palautus_fi", "fi",
     "Aihe: Laituripaikan palautus uudelle tilille\n\nHei,\n\nmyin veneen {L:boat} ja luovun paikasta "
     "{L:berth}. Palauttakaa jäljellä oleva kausimaksu uudelle tililleni {iban:s}; vanha tili on suljettu. "
     "Paikan saa uusi omistaja {a.gs}, {phone:a}.\n\n{s.gs}, {phone:s}, {mail:s}\n\n---\nLaskutus "
     "({b.gs}, {user:b}): palautus {L:amount_fi} maksettu {L:date_fi}, viite {L:viite}. Hyväksyjä {c.is}. "
     "Sopimus {L:contract}.\n"),
    ("satamaloki_fi", "fi",
     "{L:system} – satamakapteenin loki {L:harbour}\nKirjoittaja: {s.gs} ({staff:s}), puhelin IMEI "
     "{imei:s}\n\n{L:stamp} {staff:s} KIRJAUTUI\n{L:stamp} SAAPUI {L:boat} ({L:boatreg}), kippari {a.gs}, "
     "{phone:a}; {L:berth}\n{L:stamp} LÄHTI vierasvene, päällikkö {b.gs} ({phone:b}), satamamaksu "
     "{L:amount_fi}\n{L:stamp} {staff:c} otti vuoron, IMEI {imei:c}\n\nHuom. {L:sight} vilkkuu; "
     "ilmoitettu {d.gs.all}. Esihenkilö {e.gs} ({user:e}); {x.gs.abl} ei ole merkintää ({L:twin}). "
     "{L:vhf}.\n"),
    ("loytotavara_fi", "fi",
     "LÖYTÖTAVARA {L:lost} – {L:harbour}\nLöydetty {L:date_fi} laiturilta {L:pier}: puhelin (IMEI {imei:s}), "
     "avainnippu, pelastusliivi\nLöytäjä: satamamestari {a.gs} ({staff:a})\n\nOmistaja: {s.gs}, {phone:s}, "
     "tunnistettu lukitusnäytöstä\nNoutaa: {b.gs} (valtakirja), {phone:b}\nLuovuttanut: {c.is} {L:stamp}. "
     "{x.gs.all} ei kuulu löytö; se oli {L:twin} lähellä.\n"),
    ("omistajanvaihdos_fi", "fi",
     "VENEEN OMISTAJANVAIHDOS {L:contract}\n\nMyyjä: {a.SG}, henkilötunnus {hetu:a}\nOstaja: {s.SG}, "
     "henkilötunnus {hetu:s}, {phone:s}\nVene: {L:boat}, rekisterinumero {L:boatreg}, runkonumero {L:hin}\n"
     "Moottori: {L:engine}\n\nSatamakonttori ({b.gs}, {user:b}): laituripaikka {L:berth} siirtyy ostajalle "
     "{L:date_fi}. Todistajana {c.gs}. {L:twin} ei sisälly kauppaan; {x.gs.ela} ei ole tietoa.\n"),
    ("jasenvienti_fi", "fi",
     "Pursiseuran jäsenrekisterin vienti {L:system} {L:date_fi}\n\nsukunimi;etunimet;vene;rekisterinumero;"
     "puhelin;sähköposti;tunnus\n{s.s};{s.g};{L:boat};{L:boatreg};{phone:s.e164};{mail:s};{user:s}\n{k.s};"
     "{k.g};{L:boat};{L:boatreg};{phone:k.e164};;{user:k}\n{a.s};{a.g};{L:boat};;{phone:a.e164};{mail:a};"
     "{user:a}\n\nHuom. ({b.gs}): {s.g} ja {k.g} veneen yhteisomistajia; {x.gs.ade} ei ole jäsenyyttä.\n"),
    ("tekstiviestit_fi", "fi",
     "Tekstiviestiloki {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hei {s.g}! Sataman kertakoodisi on "
     "{otp:s}\n{L:stamp} ← {phone:s.msisdn}: kiitos\n{L:stamp} → {phone:k.msisdn}: Hei {k.g}, veneen nosto "
     "on {L:date_fi} klo {L:time}.\n{L:stamp} → {num.msisdn}: Laituripaikan lasku {L:invoice} erääntyy.\n"
     "{L:stamp} → {phone:a.msisdn}: Hei {a.g}, portin koodi: {gate:a}\n\nLähettäjä {b.gs} ({user:b}); "
     "{s.gs.gen} numero tarkistettu.\n"),
    ("vierasvene_fi", "fi",
     "Aihe: Vierasvenepaikan varaus {L:booking}\n\nHei,\n\ntulemme {L:date_fi} veneellä {L:boat} "
     "({L:length}) satamaan {L:harbour} kahdeksi yöksi. Kippari olen minä, {s.gs}; mukana {a.gs} ja "
     "{b.gs}. Maksan kortilla {card:s}.\n\n{s.gs}\n{phone:s}\n\n---\nVierasvenesatama ({c.gs}, {user:c}): "
     "paikka {L:berth}, {L:amount_fi}/yö. Suihkun koodi kipparille {shower:s}. Saunavuoro {L:sight}; "
     "{d.gs.genhan} vuoro on jo varattu. Varaaja kirjattu ensin {x.gs.tra}; ei liity: {L:twin}.\n"),
]

DENTAL_SHAPES += [
    # ---- English: the dental care chain's English patient service
    ("booking_en", "en",
     "Subject: Appointment for our son – {L:booking}\n\nHi,\n\nI've booked {L:treatment} for our son {j.g} "
     "({L:age}) on {L:date_en} at {L:time}, {L:clinic} ({L:tooth}). If I can't make it, his other guardian "
     "{k.gs} will bring him: {phone:k}, {mail:k}.\n\n{s.gs}\n{phone:s}\n\n---\nBookings ({a.gs}, {user:a}): "
     "confirmed {L:stamp}; dentist {b.gs}, nurse {c.gs}. Reminders to both guardians. The referral letter "
     "mentions {L:twin}; {x.gs} is another patient.\n"),
    ("portal_en", "en",
     "Subject: Can't log in to the patient portal\n\nHi, the portal keeps rejecting my one-time code. Login "
     "{user:s}, phone {phone:s}. I need my daughter {j.g}'s treatment plan {L:plan}.\n\n{s.gs}\n\n---\n"
     "Adviser {a.gs}: new code {otp:s} (10 minutes). The other guardian, {k.gs}, has login {user:k}; "
     "PIN reset to {pin:k}. Your temporary password is {pw:s}. Escalated to {b.gs} ({user:b}).\n"),
    ("referral_en", "en",
     "REFERRAL TO ORAL SURGEON {L:referral}\n\nPatient: {s.SG}\nPersonal identity code: {hetu:s}\nPhone: "
     "{phone:s}, {mail:s}\nReferring dentist: {a.gs}, {L:clinic}\nTo: {L:surgery}, {b.gs}\n\nReason: "
     "{L:tooth} impacted; {L:xray} attached ({L:study}). Interpreter {c.gs}, {phone:c}.\n\nHandled by "
     "{d.gs} ({user:d}) {L:stamp}: appointment {L:date_en} {L:time}. Not related to {x.gs} or "
     "{L:twin}.\n"),
    ("xray_en", "en",
     "{L:system} – image transfer\n\n{L:stamp} REQUEST {user:a}: {L:xray}, patient {s.SG} ({hetu:s}), study "
     "{L:study}\n{L:stamp} SENT {L:clinic} → {L:surgery}\n{L:stamp} RECEIVED {user:b}: images opened\n\n"
     "Requested by {a.gs}, received by {b.gs}; the patient ({phone:s}) wants a copy sent to {c.gs} at "
     "{L:twin}, not to {x.gs}.\n"),
    ("invoice_en", "en",
     "CARD DISPUTE {L:dispute}\n\nCardholder: {s.GS}\nCard: {card:s}\nInvoice: {L:invoice}, {L:treatment}, "
     "{L:amount_en}\nReason: charged twice; Kela reimbursement not deducted ({L:kelacode})\nBank contact: "
     "{a.gs}, {phone:a}\n\nBilling response ({b.gs}, {user:b}): the second charge refunded {L:stamp}; the "
     "visit was with dentist {c.gs}. {d.is} cc'd.\n"),
    ("rota_en", "en",
     "Dentists' and hygienists' rota, {L:clinic}, {L:date_en} ({L:system})\nWritten by: clinic manager "
     "{s.gs} ({staff:s}), handset IMEI {imei:s}\n\n{L:hour} surgery 1: dentist {a.gs} ({staff:a}), on-call "
     "handset IMEI {imei:a}\n{L:hour} surgery 2: hygienist {b.gs} ({staff:b})\n{L:hour} nurse {c.gs} "
     "({staff:c}), {phone:c}\n\nNote: {a.g} swapped with {d.gs}. Surgery 1 has {L:instrument}. "
     "Lab work goes to {L:twin}; {x.gs} is off.\n"),
    ("bookingbot_en", "en",
     "Chat transcript {L:ticket}\n{L:hour} SmileBot: Hi! What can I help with?\n{L:hour} {nick:s}: need "
     "to move my kid's appointment\n{L:hour} SmileBot: Which booking?\n{L:hour} {nick:s}: {L:booking}\n"
     "{L:hour} SmileBot: Passing you to an agent.\n{L:hour} {a.g} (Patient Services): Hi {s.g}, is this "
     "{s.gs}? Code sent to {phone:s}: {otp:s}.\n{L:hour} {nick:s}: yes. {j.g} can do {L:date_en}\n"
     "{L:hour} {a.g}: Done, {L:time} at {L:clinic}. {b.gs} will confirm.\n"),
]

MARINA_SHAPES += [
    # ---- English: the marina and the guest harbour in English
    ("berth_en", "en",
     "BERTH AGREEMENT {L:contract}\n\nHolder: {s.SG}, {phone:s}, {mail:s}\nCo-owner: {k.SG}, {phone:k}\n"
     "Boat: {L:boat}, reg. {L:boatreg}, HIN {L:hin}, {L:length}\nEngine: {L:engine}\nBerth: {L:berth}, "
     "{L:harbour}\n\nBerth manager ({a.gs}, {user:a}): starts {L:date_en}; signed by {s.g} and {k.g}. "
     "Neighbour {b.gs}, {phone:b}. Next to {L:twin}; nothing for {x.gs}.\n"),
    ("storage_en", "en",
     "Subject: Winter storage and launch {L:booking}\n\nHello,\n\nplease book {L:boat} ({L:boatreg}) into "
     "{L:storage}: lift-out {L:date_en} at {L:time}, launch {L:date_en}. My co-owner {k.gs} ({phone:k}) "
     "will be there for the lift. {a.gs} services the {L:engine}.\n\n{s.gs}\n{phone:s}\n\n---\nYard "
     "manager {b.gs} ({user:b}): confirmed, {L:amount_en}. Crane driver {c.gs}. Not {L:twin}; {x.gs} "
     "has no booking.\n"),
    ("keycodes_en", "en",
     "Subject: Gate and shower codes for my crew\n\nHi,\n\n{a.gs} ({phone:a}) joins my crew on "
     "{L:date_en}. Could they have the gate code? Mine is {gate:s}. My neighbour {b.gs} will check the "
     "lines while I'm away.\n\n{s.gs}, {L:berth}\n\n---\nHarbour office ({c.gs}, {user:c}): gate code for "
     "{a.g} {gate:a}, shower code {shower:a}; for {b.g} gate code {gate:b}. {x.gs} at {L:twin} has "
     "none.\n"),
    ("fuel_en", "en",
     "Fuel berth payments, {L:harbour}, {L:date_en}\n\n{L:stamp} {L:fuel} {L:litres} {L:amount_en} card "
     "{card:s} APPROVED\n{L:stamp} {L:fuel} {L:litres} {L:amount_en} card {card:s} APPROVED\n\nCustomer "
     "({s.gs}, {phone:s}): I was charged twice. My friend {a.gs} paid the harbour fee.\n\nAccounts "
     "({b.gs}, {user:b}): second charge refunded {L:date_en}. On duty: {c.gs}.\n"),
    ("harbourlog_en", "en",
     "{L:system} – harbour master's log, {L:harbour}\nWritten by: {s.gs} ({staff:s}), handset IMEI "
     "{imei:s}\n\n{L:stamp} {staff:s} LOGGED IN\n{L:stamp} ARRIVED {L:boat} ({L:boatreg}), skipper "
     "{a.gs}, {phone:a}; {L:berth}\n{L:stamp} DEPARTED, skipper {b.gs} ({phone:b}), fee {L:amount_en}\n"
     "{L:stamp} {staff:c} took over, IMEI {imei:c}\n\nNote: {L:sight} out; reported to {d.gs}. Manager "
     "{e.gs} ({user:e}). {x.gs} not logged at {L:twin}. {L:vhf}.\n"),
    ("lostfound_en", "en",
     "LOST PROPERTY {L:lost} – {L:harbour}\nFound {L:date_en} on {L:pier}: phone (IMEI {imei:s}), keys, a "
     "life jacket\nFound by: {a.gs} ({staff:a})\n\nOwner: {s.gs}, {phone:s}\nCollecting: {b.gs} (with "
     "consent), {phone:b}\nReleased by {c.is} {L:stamp}. Found near {L:twin}; {x.gs} asked too.\n"),
]

DENTAL_SHAPES += [
    # ---- Swedish: the dental care chain's Swedish patient service
    ("tidsbokning_sv", "sv",
     "Ämne: Tid för vårt barn {L:booking}\n\nHej,\n\njag har bokat {L:treatment} för vår dotter {j.g} "
     "({L:age} år) {L:date_sv} kl. {L:time}, {L:clinic} ({L:tooth}). Om jag inte kan kommer hennes andra "
     "vårdnadshavare {k.gs}, {phone:k}.\n\n{s.gs}\n{phone:s}\n\n---\nTidsbokningen ({a.gs}, {user:a}): "
     "bekräftat {L:stamp}; tandläkare {b.gs}. {L:twin} används; {x.gs.gen} bokning gäller annat.\n"),
    ("portal_sv", "sv",
     "Ämne: Kommer inte in i patientportalen\n\nHej, portalen godkänner inte min engångskod. Användarnamn "
     "{user:s}, telefon {phone:s}. Jag vill se {j.gs.gen} behandlingsplan {L:plan}.\n\n{s.gs}\n\n---\n"
     "Kundtjänst {a.gs}: ny kod {otp:s}. Den andra vårdnadshavaren {k.gs} har användarnamnet {user:k}, "
     "PIN nollställd: {pin:k}. Vidare till {b.gs} ({user:b}).\n"),
    ("remiss_sv", "sv",
     "REMISS TILL KÄKKIRURG {L:referral}\n\nPatient: {s.SG}\nPersonbeteckning: {hetu:s}\nTelefon: "
     "{phone:s}\nRemitterande tandläkare: {a.gs}, {L:clinic}\nTill: {L:surgery}, {b.gs}\n\nOrsak: "
     "{L:tooth}; {L:xray} bifogad ({L:study}). Handläggare {c.gs} ({user:c}) {L:stamp}: tid {L:date_sv}. "
     "Instrument: {L:twin}; {x.gs.gen} remiss är en annan.\n"),
    ("smslogg_sv", "sv",
     "SMS-logg {L:system}\n\n{L:stamp} → {phone:s.msisdn}: Hej {s.g}! Din engångskod är {otp:s}\n{L:stamp} ← "
     "{phone:s.msisdn}: tack\n{L:stamp} → {phone:k.msisdn}: Hej {k.g}, barnets tid är {L:date_sv} kl. "
     "{L:time}\n{L:stamp} → {num.msisdn}: Påminnelse: {L:treatment} i morgon.\n\nSkickat av {a.gs} "
     "({user:a}); {s.gs.gen} nummer kontrollerat.\n"),
]

MARINA_SHAPES += [
    # ---- Swedish: the marina and the guest harbour in Swedish
    ("batplats_sv", "sv",
     "BÅTPLATSAVTAL {L:contract}\n\nInnehavare: {s.SG}, {phone:s}, {mail:s}\nDelägare: {k.SG}, {phone:k}\n"
     "Båt: {L:boat}, reg. {L:boatreg}, skrovnummer {L:hin}\nMotor: {L:engine}\nPlats: {L:berth}, "
     "{L:harbour}\n\nHamnkontoret ({a.gs}, {user:a}): gäller från {L:date_sv}; undertecknat av {s.g} och "
     "{k.g}. Grannen vid {L:twin} heter {x.gs}; {x.gs.gen} båt ligger inte här.\n"),
    ("vinterforvaring_sv", "sv",
     "Ämne: Vinterförvaring och sjösättning {L:booking}\n\nHej,\n\njag bokar {L:storage} för {L:boat} "
     "({L:boatreg}): upptagning {L:date_sv} kl. {L:time}, sjösättning {L:date_sv}. Delägaren {k.gs} "
     "({phone:k}) hjälper till.\n\n{s.gs}\n{phone:s}\n\n---\nVarvet ({a.gs}, {user:a}): bekräftat, "
     "{L:amount_sv}. Kranförare {b.gs}. {x.gs.gen} båt står vid {L:twin}.\n"),
    ("nyckelkod_sv", "sv",
     "Ämne: Grind- och duschkod till besättningen\n\nHej,\n\n{a.gs} ({phone:a}) seglar med mig från "
     "{L:date_sv}. Kan hen få grindkoden? Min är {gate:s}. Grannen {b.gs} tittar till förtöjningen.\n\n"
     "{s.gs}, {L:berth}\n\n---\nHamnvärden ({c.gs}, {user:c}): grindkod till {a.g} {gate:a}, duschkod "
     "{shower:a}; {b.gs.gen} grindkod {gate:b}. {x.gs.gen} kod gäller inte {L:twin}.\n"),
    ("aterbetalning_sv", "sv",
     "Ämne: Återbetalning av båtplatsavgift\n\nHej,\n\njag sålde {L:boat} och säger upp {L:berth}. Betala "
     "tillbaka resten av säsongsavgiften till mitt nya konto {iban:s}. Den nya ägaren är {a.gs}, "
     "{phone:a}.\n\n{s.gs}\n{phone:s}\n\n---\nFaktureringen ({b.gs}, {user:b}): {L:amount_sv} återbetalt "
     "{L:date_sv}. Godkänt av {c.is}.\n"),
    ("hamnlogg_sv", "sv",
     "{L:system} – hamnkaptenens logg, {L:harbour}\nSkriven av: {s.gs} ({staff:s}), telefon IMEI {imei:s}\n\n"
     "{L:stamp} {staff:s} INLOGGAD\n{L:stamp} ANKOM {L:boat} ({L:boatreg}), skeppare {a.gs}, {phone:a}; "
     "{L:berth}\n{L:stamp} {staff:b} tog över, IMEI {imei:b}\n\nObs: {L:sight} släckt; anmält till "
     "{c.gs}. {x.gs.gen} båt låg vid {L:twin}. {L:vhf}.\n"),
]

SHAPES = DENTAL_SHAPES + MARINA_SHAPES
DENTAL_NAMES = {name for name, _, _ in DENTAL_SHAPES}

# The earlier mail a reply quotes, the copies under it, and the record around it.
QUOTES = {"fi": ["\n\n> {L:date_fi} klo {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Tämä tuli yhteiseen "
                 "laatikkoon {shared}, hoidatko? {h.g}\n",
                 "\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi}\n"
                 "Vastaanottaja: {shared}\nAihe: VS: {L:ticket}\n\nSiirrän {a.g.all}. Kiitos, {h.g}\n"],
          "en": ["\n\n> On {L:date_en} {h.gs} <{mail:h}> wrote:\n> Came in via {shared}. Can you pick it up? {h.g}\n",
                 "\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:date_en} {L:hour}\nTo: {shared}\n"
                 "Subject: FW: {L:ticket}\n\nOver to {a.g}. {h.g}\n"],
          "sv": ["\n\n> {h.gs} <{mail:h}> skrev {L:date_sv}:\n> Kom in till {shared}. Tar du den? /{h.g}\n"]}
COPIES = {"fi": ["\nKopio: {e.gs} ({phone:e}); {f.is}\n", "\nTiedoksi: {f.sgc} <{mail:f}>\n",
                 "\nSeuraajat: {e.gs}, {f.gs}, {shared}\n", "\n@{e.g} @{f.g} katsotteko tämän?\n"],
          "en": ["\ncc: {e.gs}; {f.is} ({phone:f})\n", "\nWatchers: {e.sgc}; {f.gs} <{mail:f}>\n",
                 "\ncc: {shared}; {e.gs}\n"],
          "sv": ["\nKopia: {e.gs}; {f.gs} <{mail:f}>\n", "\nBevakare: {e.sgc}, {phone:e}; {shared}\n"]}
RECORDS = {
    "fi": ["\n--\n{L:system} | Tiketti {L:ticket} | päivitetty {L:stamp}\nKäsittelijä: {g.gs} ({L:role}), "
           "{phone:g}\nJono: {L:queue}\n",
           "\n\nYstävällisin terveisin\n{g.gs}\n{L:role}\n{phone:g} | vaihde {L:switchboard}\nY-tunnus {L:ytunnus}\n",
           "\n--\nKäsittelijä {g.is} ({user:g}) {L:stamp}, {L:system}\n",
           "\n\nAsiakaspalvelu {L:customerline} (ma–pe 9–17), ajanvaraus {L:bookingline}, hätätilanteessa "
           "{L:emergency}\n{g.gs}\n"],
    "en": ["\n--\n{L:system} | Case {L:ticket} | updated {L:stamp}\nHandler: {g.gs} ({L:role}), "
           "{phone:g}\nQueue: {L:queue}\n",
           "\n\nKind regards\n{g.gs}\n{L:role}\nDirect: {phone:g} | Switchboard: {L:switchboard}\n{L:companyno}\n",
           "\n--\nClosed by {g.is} ({user:g}) {L:stamp}\n",
           "\n\nCustomer line {L:customerline}, bookings {L:bookingline}\n{g.gs}\n"],
    "sv": ["\n--\n{L:system} | Ärende {L:ticket} | uppdaterat {L:stamp}\nHandläggare: {g.gs} ({L:role}), "
           "{phone:g}\nKö: {L:queue}\n",
           "\n\nVänliga hälsningar\n{g.gs}\n{L:role}\n{phone:g} | växel {L:switchboard}\nFO-nummer {L:ytunnus}\n",
           "\n--\nHandläggare {g.is} ({user:g}) {L:stamp}, {L:system}\n"],
}




def namesake(language, others):
    """A third party whose surname an instrument, a clinic, a boat, a pier or a lighthouse of the message's service and
    language also bears: a NAME."""
    return PEOPLE.namesake(language, sorted(EPONYMS[CURRENT["service"]][language]), others)


draw = generation.case_draw(
    "held-out-51", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES,
    namesake=namesake, service=lambda name: "dental" if name in DENTAL_NAMES else "marina", current=CURRENT)

# The minimums this set was written to.
MINIMUMS = {"NAME": 9000, "name forms": 1000, "PHONE": 1500, "countries": 100, "EMAIL": 400, "USERNAME": 300,
            "look-alikes": 6000, "CREDENTIAL": 80, "IBAN": 20, "PAYMENT_CARD": 30, "NATIONAL_ID": 10,
            "DEVICE_ID": 20}
generation.main(SHAPES, draw, REDRAWN, PHONES, generation.COUNTRIES, MINIMUMS,
                [("kept service numbers", lambda key: generation.kind(key).rsplit("_", 1)[0] in SERVICE_LINES),
                 ("namesakes' things", lambda key: generation.kind(key) in EPONYM_KINDS),
                 ("booking, referral, study, plan, invoice, dispute and lost-property numbers",
                  lambda key: generation.kind(key) in
                  ("booking", "referral", "study", "plan", "invoice", "dispute", "lost")),
                 ("clinics, treatments, teeth, Kela codes, x-rays, instruments, methods and brands",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("clinic", "treatment", "tooth", "kelacode", "xray", "surgery", "instrument")),
                 ("harbours, boats, engines, piers, lighthouses, berths, storage, registration and hull ids",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in
                  ("harbour", "boat", "engine", "pier", "sight", "berth", "storage", "boatreg", "hin", "contract")),
                 ("fuels, litres, lengths",
                  lambda key: generation.kind(key).rsplit("_", 1)[0] in ("fuel", "litres", "length"))],
                subject_names=False, date_ends=(":stamp", ":hour", ":iso", ":time"),
                tally=generation.NameForms(PHONES), check=generation.new_forms_check("held-out-51.jsonl"))
