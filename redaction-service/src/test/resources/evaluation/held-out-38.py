#!/usr/bin/env python3
r"""Generates the thirty-eighth held-out set (held-out-38.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 37: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of text that sets 1-37 lack: (a) recruitment and the applicant tracking system as the service desk sees
them, and (b) the public channels the service desk answers, in 47 shapes, each written in the language its kind of text
is written in (23 Finnish, 14 English, 10 Swedish), with the earlier mail a reply quotes ("-----Alkuperäinen
viesti-----", "On … wrote:", "Den … skrev …:"), copies and mentions under it ("Tiedoksi:", "Vastaanottajat:", "cc:",
"Mentioned: @…", "Also notified: @login", "Kopia:", "Nämnd: @login") and the record around it (a case-system footer with
the handler, "Käsitellyt Given Surname (login) …", or a signature with the switchboard and the business id).
(a) job applications and CVs pasted into tickets (contact block, work history with supervisors, references with their
titles, phones and addresses, salary wish); reference-check notes; interview invitations with the panel; calendar
replies ("Hyväksytty:", "Accepted:", attendees with their answers and a stand-in); applicant-tracking exports (CSV rows
"Surname, Given" in quotes for applicant, recruiter and hiring manager with status and phone; JSON rows of a failed
webhook or integration); summer-worker and trainee onboarding (identity code and account for the payroll, manager,
buddy, the school's coordinator); account requests for a new hire naming the manager, the buddy and the colleague whose
rights to copy (with that colleague's login); rejected applicants' erasure requests (GDPR) with the internal note;
recruitment agency mails with the consultant's signature; LinkedIn-style profiles with recommendations and mutual
connections; video interview invites (Teams, Zoom) with meeting ids, passcodes and conference dial-ins.
(b) social-media posts with reply threads (display name and @handle, the brand's reply signed "^Given" or "/Given"),
direct messages, Google and App Store / Google Play reviews with the owner's or developer's reply signed by an agent's
given name, community forum threads (user names, ranks, quoted posts, signatures, a moderator), a discussion-board
thread of nicknames, Instagram comments, press and media inquiries with the journalist's signature, web-form feedback
with the sender's details, and a complaint escalated from a public post to a ticket.
Names (new-name-forms.py against every other labelled set, set 37 included: 1,194 of 1,194 forms, 100.0 %, new):
Finnish double given names on pairs no earlier set holds (Onni-Rafael, Veeti-Mikael, Urho-Aukusti; Minna-Maaria,
Tuuli-Henrietta, Aili-Tuulikki; gradation where a given name is inflected: Aili-Tuulikin, Tuuli-Henrietan), compound
surnames from new first words (Vuomalahti: Vuomalahden, Pälvilahti, Rieskajärvi, Tuiskusaari, Koppeloranta, Nokkosalo),
Swedish double given names and compound surnames (Nils-Konrad, Greta-Elisabeth; Säljstedt, Almark, Lerstedt), and
double names of 43 origins: Igbo, Akan, Amharic, Tigrinya, Somali, Wolof, Congolese, Rwandan, Malagasy, Kikuyu, Xhosa,
Iraqi, Persian, Bengali, Vietnamese, Thai, Korean, Japanese, Mongolian, Kazakh, Georgian, Azerbaijani, Turkish, Greek,
Romanian, Polish, Czech, Croatian, Slovene, Lithuanian, Latvian, Ukrainian, Irish, Estonian, Tongan, Bolivian,
Venezuelan, Cuban, Haitian, Peruvian, German, Dutch and Tamil ones (Njeri-Wanjiru Ndungu-Karanja, Vojtěch-Veronika
Kučerová-Procházka, Gintarė-Eglė Stankevičienė-Vasiliauskas), in the Finnish cases in Finnish prose (genitive,
partitive, allative, ablative, adessive, elative, illative) and with the Swedish genitive in Swedish.
Phones of 95 countries and territories as CVs, signatures, forms and exports write them (+cc with groups, E.164,
national with the trunk prefix, 00cc, +cc (0)…, dashes, NANP forms); each of the 1,332 numbers was checked outside this
file with Debian's python3-phonenumbers 8.12.57 (all valid and of their country; python3 held-out-38.py --phones lists
them on stderr).
Labelling policy, as in sets 25-37, with these for the new kinds. The subject is the register's known person: the
applicant, new hire, summer worker or trainee, the rejected applicant asking for erasure, the poster, reviewer, forum
user or web-form sender whose case it is; everyone else is a third party: recruiters, hiring managers, panel members,
referees and former supervisors, buddies, the colleague whose rights are copied, school coordinators, agency
consultants, repliers and commenters, the brand's agents who sign a reply with their given name, moderators,
journalists, the handler, and a family member who shares the subject's surname (each copy labelled). A person's
display name is two NAME spans (given name and surname); a handle (@veetitui_, a forum or board nickname, a reviewer's
account) is a USERNAME without its "@", role of its owner. An agent's given name under a reply ("^Lempi-Alviina",
"/Given", "– Given, Brand") is a NAME. "Surname, Given" in a CSV cell and "Given Surname" in a JSON value are two spans;
the quotes stay outside. Every number of a person is a PHONE: the applicant's own, referees', managers', consultants',
journalists' and the handler's, in any form, and the unnamed recipients of a tracking system's bounced SMS reminders
(role "third"). A company's or service's number is a look-alike when the text makes it one:
a switchboard ("vaihde 010 …", "Switchboard: …", "Växel: …", "Soitathan minulle 0800 …" of a brand's reply) or a
conference dial-in of a meeting invite ("+358 9 … Finland, Helsinki", "+44 20 …,,123456789# United Kingdom", "Ring in:
+46 8 …"), with its conference id: 330 of these kept. Shared mailboxes (rekrytointi@, careers@, press@, some@) are
EMAIL, role "third", as set 27.
Look-alikes (kept): brand accounts (@KuitunetFI, @Kuitunet_Asiakaspalvelu: the handle without its "@"), brands,
hashtags of products and events (#kesätyö2026, #Slush2026), star ratings (★★☆☆☆, 2/5, 1 tähti, 3 stars, 2 stjärnor),
post, thread and comment ids, app versions, platforms and media (Google Play, Suomi24, Flashback; Helsingin Sanomat,
Hufvudstadsbladet), likes and counts, forum ranks; job requisition and applicant ids, job titles and referees' titles,
salary figures, statuses of the tracking system, tracking systems (Teamtailor, Kuntarekry, Varbi, Laura-rekrytointi),
employers and agencies, schools and degrees, years of a work history, cities, meeting ids, passcodes and meeting links,
GDPR articles and retention times, laptops' asset tags and access groups; firms, places and rooms named after people
(Stockmann, Alvar Aallon katu, Runebergin päivä, haastatteluhuone Väinö, Room Grace), words that are also names used as
words (onni onnettomuudessa, usko palasi; frank feedback, will do, mark my words; glad i hågen, stig på), roles, units,
systems, queues, weekdays, dates and times, amounts, business ids and org.nr.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 47 shapes drawn in turn within their language; 10,849
NAME (1,785 the subject's), 1,333 PHONE (95 countries and territories), 705 EMAIL, 704 USERNAME, 14 NATIONAL_ID, 14
IBAN; 8,137 look-alikes (1,737 dates and times) from 738 pairs of shape and kind, 3,883 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in any
letter case, or a look-alike holds one (message.first_clean); the run asserts the minimums (6,000 NAME, 1,000 PHONE of
30 countries, 3,000 look-alikes of 300 templates, 40 shapes).
Deterministic: python3 held-out-38.py > held-out-38.jsonl (python3 held-out-38.py --stats adds counts on stderr)"""
import collections
import json
import random
import sys

import generation
import identifiers
from name_forms import inflect as fi

R = random.Random(38383838)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-37 as a name form (checked against their files when
# this set was written), so nearly every name form of this set is new: Finnish double given names on pairs no earlier
# set holds, compound surnames from new first words, Swedish ones the same way, and double names of 43 origins.

FI_MEN = ["Aatu-Kaarlo", "Antti-Gabriel", "Antti-Konstantin", "Eetu-Kaarlo", "Eetu-Kalervo", "Eetu-Konstantin",
          "Eetu-Rafael", "Heikki-Fredrik", "Heikki-Konstantin", "Heikki-Kristian", "Heikki-Mikael",
          "Jaakko-Aleksanteri", "Jaakko-Mikael", "Jaakko-Tapani", "Joona-Aukusti", "Juho-Ilmari", "Juho-Kristian",
          "Kalle-Olavi", "Kauko-Aleksanteri", "Kauko-Immanuel", "Lauri-Benjamin", "Lauri-Kaarlo", "Lauri-Konstantin",
          "Matti-Mikael", "Matti-Rafael", "Onni-Benjamin", "Onni-Rafael", "Onni-Tapani", "Otto-Kaarlo", "Reino-Fredrik",
          "Reino-Juhani", "Reino-Tapani", "Sakari-Fredrik", "Sakari-Immanuel", "Sakari-Kaarlo", "Sakari-Olavi",
          "Toivo-Fredrik", "Toivo-Tapani", "Unto-Kalervo", "Urho-Aukusti", "Urho-Rafael", "Urho-Tapani", "Veeti-Mikael",
          "Veeti-Rafael", "Veikko-Aleksanteri", "Veikko-Immanuel", "Veikko-Kristian", "Väinö-Aleksanteri",
          "Väinö-Fredrik", "Väinö-Gabriel"]
FI_WOMEN = ["Aili-Tuulikki", "Aino-Cecilia", "Elina-Inkeri", "Elina-Katariina", "Elina-Rosaliina", "Elina-Tuulikki",
            "Hanna-Amalia", "Hanna-Sofia", "Hanna-Susanna", "Kaija-Alviina", "Kaija-Beata", "Kaija-Cecilia",
            "Kaija-Katariina", "Kaija-Susanna", "Laura-Beata", "Leena-Alviina", "Leena-Inkeri", "Lempi-Alviina",
            "Lempi-Katariina", "Lempi-Sofia", "Minna-Amalia", "Minna-Beata", "Minna-Katariina", "Minna-Maaria",
            "Minna-Sylvia", "Minna-Tuulikki", "Oona-Amalia", "Oona-Susanna", "Outi-Amalia", "Outi-Rosaliina",
            "Pinja-Henrietta", "Pinja-Matilda", "Riikka-Sylvia", "Ronja-Katariina", "Ronja-Vilhelmiina", "Sari-Amalia",
            "Sari-Katariina", "Sari-Rosaliina", "Sari-Vilhelmiina", "Satu-Beata", "Satu-Emilia", "Satu-Katariina",
            "Tiina-Emilia", "Tiina-Vilhelmiina", "Tuuli-Amalia", "Tuuli-Emilia", "Tuuli-Henrietta", "Tuuli-Matilda",
            "Tuuli-Rosaliina", "Tuuli-Vilhelmiina"]
FI_SURNAMES = ["Harmojärvi", "Harmokangas", "Harmoranta", "Harmosaari", "Harmosuo", "Harmovuori", "Hietaharju",
               "Hohdeharju", "Hohdekorpi", "Hohdelahti", "Hohdelampi", "Hohdemäki", "Hohdeoja", "Hohdesuo",
               "Hohdevuori", "Huurreaho", "Huurreharju", "Huurrekoski", "Huurrevuori", "Kaarnakorpi", "Kaarnalahti",
               "Kaarnaranta", "Kaislaniemi", "Kanervaranta", "Keltaranta", "Kerppuaho", "Kerppumäki", "Kerppuniemi",
               "Kerppuranta", "Kerppusaari", "Kerppusalo", "Kerppuvaara", "Koppeloharju", "Koppelokorpi",
               "Koppelokoski", "Koppelolampi", "Koppelomäki", "Koppeloranta", "Koppelosaari", "Koppelovaara",
               "Kuikkaniemi", "Kuikkaoja", "Kumpulahti", "Kumpulampi", "Kumpusuo", "Kuurajärvi", "Kuurakangas",
               "Kuuraranta", "Kuurasaari", "Kuurasuo", "Nokkoaho", "Nokkoharju", "Nokkolahti", "Nokkoranta",
               "Nokkosaari", "Nokkosalo", "Notkoaho", "Notkokallio", "Notkokangas", "Notkolampi", "Notkosaari",
               "Notkosalo", "Notkosuo", "Poutuaho", "Poutuharju", "Poutukoski", "Pouturanta", "Poutusalo", "Poutusuo",
               "Poutuvaara", "Pälviaho", "Pälvikorpi", "Pälvilahti", "Pälvisuo", "Pälvivaara", "Rieskajärvi",
               "Rieskakallio", "Rieskakorpi", "Rieskalahti", "Rieskaoja", "Rieskasaari", "Rieskasalo", "Routakallio",
               "Routalampi", "Routasuo", "Sammasjärvi", "Sammaskallio", "Sammaskangas", "Sammaslampi", "Sammasniemi",
               "Sarkaharju", "Sarkakallio", "Sarkamäki", "Sarkaoja", "Siikajärvi", "Siikalampi", "Siikaniemi",
               "Siikasuo", "Siikavaara", "Sotkajärvi", "Sotkakangas", "Sotkalampi", "Sotkamäki", "Sotkaranta",
               "Sotkasaari", "Sotkasuo", "Suviharju", "Suvikallio", "Suvikorpi", "Suvilampi", "Suviniemi", "Suvioja",
               "Suviranta", "Suvisalo", "Suvivaara", "Taivalaho", "Taivalharju", "Taivaljärvi", "Taivallahti",
               "Taivalsuo", "Taivalvaara", "Tuiskuaho", "Tuiskukangas", "Tuiskukorpi", "Tuiskulampi", "Tuiskumäki",
               "Tuiskusaari", "Tuiskuvaara", "Tyrskyharju", "Tyrskykangas", "Tyrskylahti", "Tyrskylampi", "Tyrskymäki",
               "Tyrskysuo", "Ulpukallio", "Ulpumäki", "Ulpuranta", "Ulpusalo", "Ulpuvaara", "Uomaharju", "Uomajärvi",
               "Uomakoski", "Uomaoja", "Uomaranta", "Uomasuo", "Vaskiniemi", "Vaskisaari", "Vaskisuo", "Vihtakoski",
               "Vihtamäki", "Viluharju", "Vilukallio", "Vilukorpi", "Vilulampi", "Vilumäki", "Viluranta", "Vilusuo",
               "Viluvaara", "Vuomajärvi", "Vuomakangas", "Vuomalahti", "Vuomasaari"]
SV_GIVEN = ["Astrid-Kristina", "Astrid-Sofie", "Ebba-Amalia", "Ebba-Margareta", "Elin-Eleonora", "Elin-Matilda",
            "Elin-Viktoria", "Greta-Amalia", "Greta-Elisabeth", "Gunnel-Amalia", "Gunnel-Elisabeth", "Gunnel-Ulrika",
            "Hedvig-Kristina", "Hedvig-Matilda", "Linnea-Amalia", "Linnea-Eleonora", "Linnea-Elisabeth",
            "Linnea-Kristina", "Märta-Augusta", "Märta-Elisabeth", "Märta-Matilda", "Signe-Elisabeth",
            "Signe-Margareta", "Tyra-Augusta", "Tyra-Elisabeth", "Axel-Gustaf", "Axel-Konrad", "Axel-Wilhelm",
            "Bengt-Gustaf", "Bengt-Konrad", "Bengt-Leopold", "Bengt-Valdemar", "Bengt-Wilhelm", "Bertil-Teodor",
            "Gunnar-Fredrik", "Gunnar-Leopold", "Gunnar-Sigvard", "Gunnar-Teodor", "Nils-Konrad", "Nils-Sigvard",
            "Olof-Sigvard", "Olof-Valdemar", "Ragnar-Fredrik", "Ragnar-Harald", "Ragnar-Valdemar", "Sture-Emanuel",
            "Sture-Teodor", "Sture-Valdemar", "Sven-Gustaf", "Sven-Harald"]
SV_SURNAMES = ["Aldahl", "Almark", "Alqvist", "Alstedt", "Aludd", "Alvik", "Aspqvist", "Aspström", "Ekfors", "Ekstedt",
               "Furlöf", "Furstedt", "Granbäck", "Grandahl", "Granhed", "Granlöf", "Granstedt", "Hasselfors",
               "Hasselström", "Havholm", "Havström", "Havudd", "Kärrberg", "Kärrbäck", "Kärrdahl", "Kärrvik", "Lerhed",
               "Lermark", "Lerstedt", "Lerström", "Lindbäck", "Lindhed", "Lindstedt", "Lindudd", "Ljungmark",
               "Ljungström", "Mostedt", "Myrbäck", "Myrgren", "Myrholm", "Myrudd", "Rönnlöf", "Rönnstedt", "Sandfors",
               "Sandmark", "Sjöbäck", "Sjölöf", "Sjöström", "Stenhed", "Stenholm", "Säljfors", "Säljhed", "Säljlund",
               "Säljstedt", "Säljudd", "Talllund", "Talllöf", "Talludd", "Tallvik", "Törnlöf", "Törnvik", "Vallfors",
               "Vallqvist", "Vassgren", "Vasshed", "Videstedt"]
WORLD = {
    "igbo": (["Chiamaka-Ngozi", "Emeka-Ifeoma", "Ifeoma-Ngozi", "Ngozi-Chiamaka"],
        ["Chukwu-Nwosu", "Okafor-Obi", "Okafor-Okonkwo"], ["NG"]),
    "akan": (["Efua-Kofi", "Kofi-Efua", "Yaw-Akosua", "Yaw-Kofi"],
        ["Appiah-Asante", "Boateng-Appiah", "Boateng-Owusu"], ["GH"]),
    "amharic": (["Abebe-Selam", "Abebe-Yonas", "Dawit-Tigist", "Selam-Yonas"],
        ["Alemu-Wolde", "Haile-Girma", "Wolde-Alemu"], ["ET"]),
    "tigrinya": (["Filmon-Senait", "Filmon-Yohannes", "Saba-Senait", "Tesfalem-Helen"],
        ["Gebremedhin-Berhane", "Ghebre-Habte", "Tekle-Ghebre"], ["ER", "SE"]),
    "somali": (["Abdirahman-Ifrah", "Faisal-Ifrah", "Ifrah-Sahra", "Sahra-Faisal"],
        ["Hirsi-Abdi", "Hirsi-Nur", "Hirsi-Warsame"], ["SO", "FI"]),
    "wolof": (["Aminata-Awa", "Awa-Cheikh", "Awa-Mamadou", "Ousmane-Cheikh"],
        ["Diop-Faye", "Fall-Faye", "Ndiaye-Sarr"], ["SN", "FR"]),
    "congolese": (["Bénédicte-Trésor", "Grace-Bénédicte", "Grace-Divine", "Patrice-Bénédicte"],
        ["Kabila-Ilunga", "Mbuyi-Tshisekedi", "Mukendi-Tshisekedi"], ["CD", "BE"]),
    "rwandan": (["Aline-Olivier", "Diane-Aline", "Diane-Olivier", "Olivier-Diane"],
        ["Mukamana-Ingabire", "Niyonzima-Mukamana", "Uwase-Mukamana"], ["RW"]),
    "malagasy": (["Hery-Fanja", "Lalao-Tojo", "Voahangy-Fanja", "Voahangy-Tojo"],
        ["Andrianarisoa-Rabe", "Rakotomalala-Rabe", "Randriamanana-Razafy"], ["MG", "FR"]),
    "kikuyu": (["Kamau-Kimani", "Njeri-Wanjiru", "Wambui-Kimani", "Wanjiru-Mwangi"],
        ["Macharia-Gitau", "Muthoni-Ndungu", "Ndungu-Karanja"], ["KE"]),
    "xhosa": (["Ayanda-Sipho", "Ayanda-Thandeka", "Lwazi-Nomvula", "Thandeka-Sipho"],
        ["Mbeki-Mahlangu", "Nkosi-Mbeki", "Zwane-Mahlangu"], ["ZA"]),
    "iraqi": (["Ali-Haider", "Ali-Noor", "Rusul-Haider", "Zainab-Ali"],
        ["Hassan-Kadhim", "Kadhim-Hassan"], ["IQ", "FI", "SE"]),
    "persian": (["Arash-Parisa", "Kaveh-Arash", "Parisa-Roya", "Shirin-Roya"],
        ["Jafari-Karimi", "Karimi-Ahmadi", "Rahimi-Hosseini"], ["IR", "SE"]),
    "bengali": (["Farhana-Sabina", "Rafiq-Sabina", "Rafiq-Tanvir", "Sabina-Arif"],
        ["Chowdhury-Sarkar", "Rahman-Hossain", "Sarkar-Chowdhury"], ["BD", "GB"]),
    "vietnamese": (["Huong-Lan", "Lan-Minh", "Minh-Quang", "Minh-Tuan"],
        ["Dang-Nguyen", "Dang-Pham", "Nguyen-Tran"], ["VN", "FI"]),
    "thai": (["Kanya-Malee", "Niran-Malee", "Ploy-Niran", "Somchai-Malee"],
        ["Saetang-Rattana", "Saetang-Srisuk", "Srisuk-Wongsa"], ["TH", "FI"]),
    "korean": (["Jihoon-Minjun", "Jiwoo-Jihoon", "Minjun-Dohyun", "Minjun-Seoyeon"],
        ["Choi-Kang", "Jung-Choi", "Kim-Park"], ["KR"]),
    "japanese": (["Aoi-Haruto", "Ren-Hina", "Sota-Hina", "Yui-Haruto"],
        ["Kobayashi-Kato", "Takahashi-Kobayashi", "Yamamoto-Watanabe"], ["JP"]),
    "mongolian": (["Anu-Ganbaatar", "Ganbaatar-Solongo", "Temuulen-Anu", "Temuulen-Oyuntsetseg"],
        ["Bold-Dorj", "Dorj-Baatar", "Purev-Bold"], ["MN"]),
    "kazakh": (["Arman-Yerlan", "Nursultan-Saule", "Saule-Nursultan", "Yerlan-Dana"],
        ["Akhmetova-Serikov", "Omarova-Bekov", "Serikov-Bekov"], ["KZ"]),
    "georgian": (["Davit-Mariam", "Giorgi-Davit", "Levan-Davit", "Tamar-Giorgi"],
        ["Beridze-Japaridze", "Kapanadze-Gelashvili", "Kapanadze-Lomidze"], ["GE"]),
    "azeri": (["Aysel-Kamran", "Elvin-Leyla", "Kamran-Aysel", "Rashad-Gunel"],
        ["Guliyeva-Huseynov", "Guliyeva-Ismayilov", "Guliyeva-Mammadova"], ["AZ"]),
    "turkish": (["Ayse-Emre", "Burak-Emre", "Elif-Ayse", "Emre-Zeynep"],
        ["Aydin-Sahin", "Celik-Aydin", "Demir-Aydin"], ["TR", "DE", "FI"]),
    "greek": (["Eleni-Nikos", "Giorgos-Katerina", "Nikos-Eleni", "Sofia-Yannis"],
        ["Alexiou-Nikolaou", "Dimitriou-Konstantinou", "Konstantinou-Nikolaou"], ["GR"]),
    "romanian": (["Andrei-Ioana", "Andrei-Vlad", "Ioana-Andrei", "Vlad-Alexandra"],
        ["Dumitru-Ionescu", "Ionescu-Popescu", "Stoica-Stan"], ["RO"]),
    "polish": (["Agnieszka-Tomasz", "Krzysztof-Tomasz", "Magdalena-Katarzyna", "Tomasz-Agnieszka"],
        ["Kowalski-Kamińska", "Kowalski-Wójcik", "Zielińska-Kamińska"], ["PL", "FI"]),
    "czech": (["Kateřina-Jiří", "Kateřina-Vojtěch", "Veronika-Ondřej", "Vojtěch-Veronika"],
        ["Kučerová-Novák", "Kučerová-Procházka", "Procházka-Novák"], ["CZ"]),
    "croatian": (["Ana-Luka", "Luka-Ana", "Marija-Petra", "Petra-Ivan"],
        ["Jurić-Babić", "Marić-Babić", "Novak-Babić"], ["HR"]),
    "slovene": (["Matej-Jure", "Rok-Špela", "Špela-Matej", "Špela-Nina"],
        ["Golob-Vidmar", "Potočnik-Vidmar", "Zupančič-Vidmar"], ["SI"]),
    "lithuanian": (["Darius-Mindaugas", "Gintarė-Eglė", "Gintarė-Mindaugas", "Tomas-Rūta"],
        ["Jankauskienė-Kazlauskas", "Kazlauskas-Stankevičienė", "Stankevičienė-Vasiliauskas"], ["LT"]),
    "latvian": (["Jānis-Edgars", "Jānis-Ilze", "Jānis-Inese", "Jānis-Laura"],
        ["Kalniņa-Krūmiņš", "Kalniņa-Liepiņa", "Krūmiņš-Liepiņa"], ["LV"]),
    "ukrainian": (["Andrii-Iryna", "Bohdan-Oksana", "Nataliia-Bohdan", "Nataliia-Iryna"],
        ["Kovalenko-Bondarenko", "Kovalenko-Melnyk", "Kravchenko-Tkachenko"], ["UA", "FI"]),
    "irish": (["Ciarán-Aoife", "Ciarán-Niamh", "Oisín-Seán", "Siobhán-Seán"],
        ["Breathnach-Keane", "Mulcahy-Breathnach", "Keane-Mulcahy"], ["IE"]),
    "estonian": (["Jaanus-Piret", "Mart-Kadri", "Mart-Piret", "Piret-Jaanus"],
        ["Kask-Sepp", "Mägi-Rebane", "Tamm-Mägi"], ["EE", "FI"]),
    "tongan": (["Ana-Tevita", "Mele-Ana", "Sione-Ana", "Tevita-Viliami"],
        ["Kaufusi-Latu", "Kaufusi-Vaipulu", "Taufa-Fifita"], ["TO", "NZ"]),
    "bolivian": (["Micaela-Evo", "Micaela-Álvaro", "Rodrigo-Wara", "Rodrigo-Álvaro"],
        ["Choque-Apaza", "Choque-Condori", "Quispe-Apaza"], ["BO"]),
    "venezuelan": (["Andreína-Oswaldo", "Luis-Oswaldo", "Oswaldo-Luis", "Yusmary-Gustavo"],
        ["Carrillo-González", "González-Carrillo", "González-Pérez"], ["VE", "ES"]),
    "cuban": (["Dayana-Yasiel", "Osmany-Dayana", "Osmany-Yaima", "Yoandri-Osmany"],
        ["Fonseca-Hechavarría", "Hechavarría-Fonseca", "Valdés-Hechavarría"], ["CU", "ES"]),
    "haitian": (["Fabiola-Mirlande", "Fabiola-Nadège", "Mirlande-Wilner", "Wilner-Nadège"],
        ["Célestin-Dorvil", "Célestin-Pierre", "Dorvil-Célestin"], ["HT", "CA"]),
    "peruvian": (["Joel-Rosario", "Milagros-Renzo", "Milagros-Yesenia", "Renzo-Piero"],
        ["Huamán-Vásquez", "Ticona-Paredes", "Ticona-Salazar"], ["PE"]),
    "german": (["Hannah-Lukas", "Johanna-Lukas", "Lena-Felix", "Lukas-Hannah"],
        ["Hoffmann-Weber", "Schmidt-Weber", "Schneider-Becker"], ["DE", "AT"]),
    "dutch": (["Daan-Fleur", "Fleur-Sem", "Lotte-Bram", "Sem-Lotte"],
        ["Smit-Bakker", "Visser-Bakker"], ["NL", "BE"]),
    "tamil": (["Arun-Senthil", "Karthik-Lakshmi", "Karthik-Priya", "Senthil-Kavitha"],
        ["Murugan-Krishnan", "Ramasamy-Murugan", "Selvaraj-Murugan"], ["IN", "LK"]),
}

# The irregular Finnish forms of the set's names, first those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES, harmony=False)
# Given names whose last part takes consonant gradation (Aili-Tuulikki: Aili-Tuulikin, Tuuli-Henrietta:
# Tuuli-Henrietan).
IRREGULAR.update({"Tuulikki": fi("Tuulikki", "Tuuliki", "Tuulikki"),
                  "Henrietta": fi("Henrietta", "Henrieta", "Henrietta")})
# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.countries_until("HT")
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
        if kind in STICKY:
            return self.look(self.sticky.setdefault(kind, LOOKS[kind]()), kind)
        return self.look(LOOKS[kind](), kind)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def shared_box(self):
        return R.choice(SHARED_BOXES[self.language])

    def values(self):
        return {**super().values(), "handle": self.handle}


# ---------------------------------------------------------------------------------------------------------------------
# Business ids, shared mailboxes and dates.


# The recruiting team's, the social-media team's and the press office's shared mailboxes: an EMAIL, role "third", as set
# 27 labels them.
SHARED_BOXES = {"fi": ["rekrytointi@firma.example.fi", "some@kunta.example.fi", "viestinta@firma.example.fi",
                       "palvelupiste@firma.example.fi"],
                "en": ["careers@konserni.example.com", "press@konserni.example.com", "social@consult.example.com"],
                "sv": ["rekrytering@bolaget.example.se", "press@logistik.example.se", "servicedesk@bolaget.example.se"]}


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of recruitment and of the public channels: requisition ids, job titles, salaries, statuses, applicant
# tracking systems, schools and degrees, employers and agencies, meeting ids, passcodes and conference dial-ins, brand
# accounts, hashtags, star ratings, post ids, app versions, platforms and media, firms and places named after people,
# and words that are also names.

# Conference dial-ins of a meeting invite: a service's number, kept (the policy in the docstring).
DIALINS = {"fi": ["+358 9 {4} {4},,{9}#", "+358 9 {4} {4}", "09 {4} {4}", "+358 9 {3} {5}"],
           "en": ["+44 20 {4} {4},,{9}#", "+44 20 {4} {4}", "+1 323-{3}-{4},,{9}#", "+1 646 {3} {4}",
                  "020 {4} {4}"],
           "sv": ["+46 8 {3} {3} {2},,{9}#", "+46 8 {3} {3} {2}", "08-{3} {3} {2}", "+46 10 {3} {2} {2}"]}
COMPANIES = ["Kuitunet Oy", "Lakeus Logistiikka Oy", "Pohjoisranta Kiinteistöt Oy", "Nordvik Energi AB",
             "Bright Harbour Ltd", "Väre Retail Oy", "Saimaan Konepaja Oy", "Kiilto-Sähkö Oy", "Havsbris Logistik AB",
             "Greyfield Analytics Ltd",
             "Tietotalo Aalto & Sade Oy", "Kvarnby Bygg AB", "Mercator Support Services", "Helkama-Kuljetus Oy",
             "Polar Ledger Oy", "Redwick Consulting Ltd", "Vaasan Vesiteho Oy", "Skärgårdsfärjan AB"]
# Made-up brands with their accounts on the public channels: look-alikes, like every company.
BRANDS = [("Kuitunet", "KuitunetFI"), ("Kuitunet", "Kuitunet_Asiakaspalvelu"), ("Väre", "VareRetail"),
          ("Lakeus Logistiikka", "LakeusLogistiikka"), ("Nordvik Energi", "NordvikEnergi"),
          ("Bright Harbour", "BrightHarbourUK"), ("Saimaa Pankki", "SaimaaPankki"),
          ("Pohjoisranta", "Pohjoisranta_tuki"),
          ("Havsbris", "HavsbrisAB"), ("Polar Ledger", "PolarLedger"), ("Vesiteho", "VesitehoVaasa"),
          ("Kvarnby Bygg", "KvarnbyBygg"), ("Väre", "VareAsiakaspalvelu"), ("Bright Harbour", "BH_Support")]
STICKY = {"media", "platform", "dmplatform", "reviewsite", "forumsite", "ats"}
LOOKS = {
    "ticket": lambda: DRAW.fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "RITM00{5}", "ÄRENDE-{6}", "HD-{3}-{4}",
                                     "SD-{5}", "CASE-{6}"])),
    "reqid": lambda: DRAW.fill(R.choice(["REK-2026-{4}", "JR{6}", "Req #{4}", "R-{5}", "HAKU-{4}", "Tjänst {3}-{2}",
                                    "TYÖ-{5}", "KR-{3}-{4}", "VAC-{5}", "Ref. {2}/{4}"])),
    "applicantid": lambda: DRAW.fill(R.choice(["CAND-{7}", "hakija #{6}", "ID {8}", "A{7}", "kandidat {6}"])),
    "job_fi": lambda: R.choice(["palvelupisteen tukihenkilö", "IT-tukiharjoittelija", "kesätyöntekijä, asiakaspalvelu",
                                "järjestelmäasiantuntija", "tietoturva-analyytikko", "lähihoitaja", "palkanlaskija",
                                "projektikoordinaattori", "lähitukiasentaja", "ohjelmistokehittäjä (Java)",
                                "asiakasneuvoja", "HR-assistentti"]),
    "job_en": lambda: R.choice(["Service Desk Analyst", "Graduate Software Engineer", "Summer Intern, IT Support",
                                "Senior Cloud Engineer", "Payroll Specialist", "Customer Care Advisor",
                                "Junior Data Analyst", "Field Service Technician", "Talent Acquisition Partner"]),
    "job_sv": lambda: R.choice(["IT-supporttekniker", "sommarjobbare kundtjänst", "systemförvaltare",
                                "lönehandläggare", "praktikant IT", "projektledare", "undersköterska",
                                "kundrådgivare", "driftstekniker"]),
    "title_fi": lambda: R.choice(["tiiminvetäjä", "kehityspäällikkö", "palvelupäällikkö", "vuoroesihenkilö",
                                  "toimitusjohtaja", "opettaja", "myymäläpäällikkö", "IT-päällikkö", "lähiesihenkilö"]),
    "title_en": lambda: R.choice(["Head of Support", "Team Leader", "Operations Manager", "Lecturer", "Store Manager",
                                  "Engineering Manager", "Shift Supervisor", "Director of IT"]),
    "title_sv": lambda: R.choice(["enhetschef", "teamledare", "driftchef", "lärare", "butikschef", "IT-chef",
                                  "arbetsledare", "verksamhetschef"]),
    "company": lambda: R.choice(COMPANIES),
    "agency": lambda: R.choice(["Rekrytalo Oy", "Talent Nordic Partners", "Bemanningsbolaget Väst AB",
                                "Henkilöstöapu Oy",
                                "Northbridge Search Ltd", "Uraväylä Oy", "Kompetensgruppen AB", "Hirewell Partners"]),
    "ats": lambda: R.choice(["Teamtailor", "Workday Recruiting", "SAP SuccessFactors", "Greenhouse", "Recruitee",
                             "Sympa HR", "Kuntarekry", "Varbi", "Jobylon", "ReachMee", "Lever", "Laura-rekrytointi"]),
    "status_fi": lambda: R.choice(["Haastatteluun", "Hylätty", "Uusi hakemus", "Toinen haastattelu", "Tarjous tehty",
                                   "Valittu", "Varalla", "Karsittu", "Soveltuvuusarviointi"]),
    "status_en": lambda: R.choice(["Screening", "Phone screen", "Onsite interview", "Offer extended", "Rejected",
                                   "Hired", "Withdrawn", "Assessment centre"]),
    "status_sv": lambda: R.choice(["Ny", "Intervju bokad", "Avböjd", "Anställd", "Referenstagning",
                                   "Erbjudande skickat", "Urval 2"]),
    "salary_fi": lambda: R.choice([f"{R.randint(24, 45)} {R.randint(0, 9)}00 €/kk", f"{R.randint(2, 5)} "
                                   f"{R.randint(100, 900)}–{R.randint(3, 6)} {R.randint(100, 900)} €/kk",
                                   f"tuntipalkka {R.randint(12, 19)},{R.randint(10, 90)} €",
                                   f"{R.randint(35, 72)} 000 €/v"]),
    "salary_en": lambda: R.choice([f"£{R.randint(24, 60)},000–£{R.randint(61, 80)},000 p.a.", f"${R.randint(55, 140)}k",
                                   f"€{R.randint(38, 90)},000", f"£{R.randint(11, 19)}.{R.randint(10, 90)}/hour"]),
    "salary_sv": lambda: R.choice([f"{R.randint(28, 55)} 000 kr/mån", f"lönespann {R.randint(30, 40)}–"
                                   f"{R.randint(41, 55)} tkr", f"timlön {R.randint(130, 190)} kr"]),
    "school": lambda: R.choice(["Aalto-yliopisto", "Tampereen ammattikorkeakoulu", "Haaga-Helia", "Metropolia",
                                "Åbo Akademi", "Jyväskylän yliopisto", "KTH", "Chalmers", "Arcada", "Novia",
                                "University of Leeds", "Omnia", "Business College Helsinki", "Mittuniversitetet"]),
    "degree": lambda: R.choice(["tradenomi (AMK)", "insinööri (AMK)", "FM", "KTM", "BSc Computer Science",
                                "MSc Information Systems", "kandidatexamen i systemvetenskap", "ylioppilas",
                                "datanomi", "HND Computing"]),
    "year": lambda: str(R.randint(2006, 2025)),
    "season_fi": lambda: R.choice([f"{R.randint(1, 15)}.{R.choice([5, 6])}.–{R.randint(1, 31)}.8."
                                   f"{R.randint(2026, 2027)}",
                                   f"kesä–elokuu {R.randint(2026, 2027)}",
                                   f"vko {R.randint(22, 24)}–{R.randint(31, 34)}"]),
    "years": lambda: "–".join(map(str, sorted(R.sample(range(2006, 2026), 2)))),
    "city": lambda: R.choice(["Tampere", "Oulu", "Vaasa", "Lahti", "Kuopio", "Joensuu", "Espoo", "Göteborg", "Umeå",
                              "Uppsala", "Leeds", "Manchester", "Rovaniemi", "Seinäjoki", "Jakobstad"]),
    "meetid": lambda: DRAW.fill(R.choice(["{3} {3} {3} {3}", "{3} {4} {4}", "{10}", "{3} {3} {3}"])),
    "passcode": lambda: DRAW.fill(R.choice(["{A}{A}{2}{A}{x}{A}", "{6}", "{x}{A}{x}{2}{A}{A}", "{A}{x}{A}{A}{3}"])),
    "confid": lambda: DRAW.fill(R.choice(["{3} {3} {3}#", "{9}#", "{4} {4}#"])),
    "dialin_fi": lambda: DRAW.fill(R.choice(DIALINS["fi"])), "dialin_en": lambda: DRAW.fill(R.choice(DIALINS["en"])),
    "dialin_sv": lambda: DRAW.fill(R.choice(DIALINS["sv"])),
    "meeturl": lambda: DRAW.fill(R.choice(["https://zoom.us/j/{11}", "https://meet.google.com/abc-{4}-xyz",
                                      "https://video.example.fi/haastattelu/{6}",
                                      "https://teams.microsoft.com/l/meetup-join/19%3ameeting_{x}{x}{x}{x}{x}{x}"])),
    "hashtag": lambda: R.choice(["#kesätyö2026", "#rekry", "#Kuitunet", "#asiakaspalvelu", "#vikailmoitus", "#fail",
                                 "#sommarjobb", "#hiring", "#NowHiring", "#Rekrytointi", "#TechJobs", "#ITtuki",
                                 "#kundtjänst", "#outage", "#Slush2026", "#Almedalen"]),
    "stars_fi": lambda: R.choice(["★☆☆☆☆", "★★☆☆☆", "★★★★☆", "1/5", "2/5", "5/5", "1 tähti", "2 tähteä", "4 tähteä"]),
    "stars_en": lambda: R.choice(["★☆☆☆☆", "★★★☆☆", "★★★★★", "1/5", "1 star", "3 stars", "4.5 stars"]),
    "stars_sv": lambda: R.choice(["★☆☆☆☆", "★★☆☆☆", "1 stjärna", "2 stjärnor", "5 av 5", "3/5"]),
    "postid": lambda: DRAW.fill(R.choice(["status/18{17}", "post {9}", "viesti #{5}", "t/{6}", "comment_id={11}",
                                     "Inlägg #{4}", "p/{A}{x}{A}{x}{A}{2}", "thread {6}"])),
    "appver": lambda: DRAW.fill(R.choice(["versio {1}.{2}.{1}", "v{1}.{1}.{2} (build {4})", "version {1}.{1}.{1}",
                                     "{1}.{2}.{1}"])),
    "platform": lambda: R.choice(["Facebook", "Instagram", "X", "LinkedIn", "Threads", "Bluesky"]),
    "dmplatform": lambda: R.choice(["Messenger", "Instagram Direct", "X-yksityisviestit", "WhatsApp Business"]),
    "reviewsite": lambda: R.choice(["Google", "Google Maps", "Trustpilot", "Tripadvisor", "Facebook-arviot"]),
    "forumsite": lambda: R.choice(["Suomi24", "Vauva.fi", "Reddit", "Flashback", "Murobbs"]),
    "media": lambda: R.choice(["Helsingin Sanomat", "Yle Uutiset", "Kauppalehti", "Aamulehti", "Tekniikka&Talous",
                               "Hufvudstadsbladet", "Dagens Nyheter", "Svenska Dagbladet", "Computer Weekly",
                               "BBC News", "Ilta-Sanomat", "Vasabladet", "Uusi Suomi"]),
    "likes": lambda: str(R.randint(2, 480)),
    "count": lambda: str(R.randint(2, 480)),
    "device": lambda: R.choice(["iPhone 15", "Samsung Galaxy S24", "Pixel 8a", "OnePlus 12", "iPad Air",
                                "Galaxy A55", "MacBook Air M3", "ThinkPad T14", "Surface Laptop 6"]),
    "gdpr": lambda: R.choice(["GDPR 17 artikla", "art. 17 GDPR", "Article 17(1)(a)", "artikel 17 i GDPR",
                              "tietosuoja-asetuksen 15 artikla", "Article 15", "EU 2016/679"]),
    "retention": lambda: R.choice(["6 kuukautta", "24 kuukautta", "2 vuotta", "12 months", "six months",
                                   "två år", "6 månader"]),
    "rank": lambda: R.choice(["Aktiivinen jäsen", "Superkäyttäjä", "Expert", "Top Contributor", "Nykomling",
                              "Uusi jäsen", "Veteran", "Stamgäst", "Level 3", "Kultajäsen"]),
    "eponym": lambda: R.choice(["Ericsson", "Stockmann", "Fazer", "Paulig", "Hartwall", "Wärtsilä", "Mannerheimintie",
                                "Aleksanterinkatu", "Fredrikinkatu", "Sankt Eriksgatan", "Birger Jarlsgatan",
                                "Kristiinankaupunki", "Jakobstad", "Victoria Station", "Albert Dock",
                                "Runebergin päivä", "Sibelius-Akatemia", "Alvar Aallon katu", "Elisabeth-salen"]),
    "room": lambda: R.choice(["neuvotteluhuone Onni", "Aurora-sali", "Toivo-huone", "kokoushuone Ilmatar",
                              "mötesrum Freja", "rummet Saga", "Meeting room Ada", "the Turing room",
                              "haastatteluhuone Väinö", "Room Grace"]),
    "nameword_fi": lambda: R.choice(["onni onnettomuudessa", "toivo heräsi", "into ja tarmo", "armas aika",
                                     "hyvä tuuri", "lahja asiakaspalvelussa", "vieno toive", "usko palasi",
                                     "valo tunnelin päässä"]),
    "nameword_en": lambda: R.choice(["will do", "mark my words", "grant proposal", "frank feedback", "an earnest reply",
                                     "pat answer", "rich experience", "may apply", "joy to work with",
                                     "bill me later"]),
    "nameword_sv": lambda: R.choice(["bo kvar", "stig på", "ros och ris", "klara av", "vår kampanj", "ärligt talat",
                                     "glad i hågen", "sol och vår", "axel i axel"]),
    "role_fi": lambda: R.choice(["rekrytointiasiantuntija", "HR-koordinaattori", "tukihenkilö", "palvelupäällikkö",
                                 "some-asiantuntija", "viestintäpäällikkö", "asiakaspalvelija", "yhteisömanageri",
                                 "tietosuojavastaava"]),
    "role_en": lambda: R.choice(["Talent Acquisition Partner", "Service Desk Analyst", "Social Media Manager",
                                 "Community Manager", "Press Officer", "HR Coordinator", "Data Protection Officer",
                                 "Recruitment Consultant"]),
    "role_sv": lambda: R.choice(["rekryteringsspecialist", "HR-koordinator", "kundtjänstmedarbetare",
                                 "pressansvarig", "community manager", "dataskyddsombud", "rekryteringskonsult"]),
    "unit_fi": lambda: R.choice(["Henkilöstöpalvelut", "Tietohallinto / Palvelupiste", "Viestintä ja markkinointi",
                                 "Asiakaspalvelukeskus", "Rekrytointi", "Tietosuoja"]),
    "unit_en": lambda: R.choice(["People & Culture", "IT Service Desk", "Communications", "Customer Care",
                                 "Talent Acquisition", "Privacy Office"]),
    "unit_sv": lambda: R.choice(["HR-avdelningen", "IT-servicedesk", "Kommunikation", "Kundtjänst", "Rekrytering",
                                 "Dataskydd"]),
    "system": lambda: R.choice(["ServiceNow", "TOPdesk", "Efecte", "Jira Service Management", "Zendesk",
                                "Freshdesk", "Sprinklr", "Hootsuite", "Meltwater", "Teamtailor", "Sympa HR"]),
    "queue": lambda: R.choice(["Rekrytointi / tunnukset", "Social Care", "Some-jono", "Onboarding", "Kö: HR-system",
                               "L1 Public Channels", "Tietosuojapyynnöt", "Press"]),
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    "ytunnus": DRAW.ytunnus, "orgnr": lambda: DRAW.fill("556{3}-{4}"),
    "amount_fi": lambda: f"{R.randint(1, 900)},{R.randint(0, 99):02d} €",
    "amount_en": lambda: R.choice([f"£{R.randint(1, 900)}.{R.randint(0, 99):02d}",
                                   f"€{R.randint(1, 900)}.{R.randint(0, 99):02d}"]),
    "amount_sv": lambda: f"{R.randint(20, 999)},{R.randint(0, 99):02d} kr",
    "switchboard_fi": lambda: DRAW.fill(R.choice(["010 {3} {4}", "+358 10 {3} {4}", "020 {3} {3}", "0800 {3} {3}"])),
    "switchboard_en": lambda: DRAW.fill(R.choice(["0800 {3} {4}", "+44 345 {3} {4}", "0345 {3} {4}", "1-888-{3}-{4}"])),
    "switchboard_sv": lambda: DRAW.fill(R.choice(["08-{3} {2} 00", "+46 8 {3} {2} 00", "020-{2} {2} {2}",
                                             "0771-{2} {2} {2}"])),
    "weekday_fi": lambda: R.choice(["maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina"]),
    "weekday_en": lambda: R.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    "weekday_sv": lambda: R.choice(["måndag", "tisdag", "onsdag", "torsdag", "fredag"]),
    "laptop": lambda: DRAW.fill(R.choice(["LT-{5}", "WS{6}", "PC-HKI-{4}", "MAC-{4}", "Asset {7}"])),
    "group": lambda: R.choice(["GRP-Asiakaspalvelu", "SG_Kesatyontekijat", "Team Support L1", "AAD-HR-Readers",
                               "sg-rekrytering", "All Staff", "M365-E3", "Teams: Uudet tulokkaat"]),
}
LOOKS.update({"date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
              "date_sv": lambda: CLOCK.day_text("sv")})

# ---------------------------------------------------------------------------------------------------------------------
# The shapes: one template each, in the language its kind of text is written in. s is the register's known person (the
# applicant, new hire, poster, reviewer or customer the text is about); a-h are third parties (recruiters, managers,
# panel members, referees, buddies, agents, consultants, repliers, moderators, journalists). ⟦ ⟧ stand for square
# brackets and ⦃ ⦄ for the braces of JSON.

SHAPES = [
    # ---- Finnish: recruitment as the service desk sees it
    ("hakemus_fi", "fi",
     "Tiketti {L:ticket}: Hakemus ei lähtenyt {L:ats}-järjestelmästä\n\n{a.gs} kirjoitti {L:date_fi}:\nHakija "
     "{s.gs} ei saanut hakemustaan lähetettyä, liitän sen alle. Voisitteko tarkistaa, näkyykö se {b.gs.gen} "
     "jonossa?\n\n--- HAKEMUS ---\nHaettava tehtävä: {L:job_fi} ({L:reqid})\nNimi: {s.gs}\nPuhelin: {phone:s}\n"
     "Sähköposti: {mail:s}\nPaikkakunta: {L:city}\n\nTyökokemus\n{L:year}– {L:company}, {L:job_fi}, esihenkilönä "
     "{c.gs}\n{L:years} {L:company}, {L:job_fi}\n\nKoulutus: {L:degree}, {L:school} ({L:year})\n\n"
     "Suosittelijat\n{c.gs}, {L:title_fi}, {L:company}, puh. {phone:c}\n{d.gs}, {L:title_fi}, {phone:d}, "
     "{mail:d}\n\nPalkkatoive: {L:salary_fi}\n"),
    ("suosittelija_fi", "fi",
     "Suosittelijakeskustelu – {s.gs} ({L:reqid}, {L:job_fi})\n\nSoitin {c.gs.ill} {L:date_fi} klo {L:hour} "
     "numeroon {phone:c}. {c.g} toimi {s.gs.gen} esihenkilönä {L:company}-yhtiössä {L:years}. Hänen "
     "mukaansa {s.g} hoiti vaikeatkin asiakastilanteet rauhallisesti, {L:nameword_fi}.\n\nToista suosittelijaa, "
     "{d.gs.par}, en tavoittanut ({phone:d}); jätin viestin. {d.g.ade} on lomaa {L:date_fi} asti.\n\n"
     "Yhteenveto lähetetty {a.gs.all} ja {b.gs.all}. Kirjasi: {e.gs}, {L:role_fi}\n"),
    ("haastattelukutsu_fi", "fi",
     "Aihe: Kutsu haastatteluun – {L:job_fi} ({L:reqid})\n\nHei {s.g}!\n\nKiitos hakemuksestasi. Haluaisimme "
     "kutsua sinut haastatteluun {L:weekday_fi} {L:date_fi} klo {L:hour} ({L:room}, {L:eponym}).\n\n"
     "Haastattelijoina ovat {a.gs}, {L:title_fi}, {b.gs} {L:unit_fi}-yksiköstä sekä {c.gs}. Jos aika ei sovi, "
     "ole yhteydessä {a.gs.all} ({phone:a}) tai suoraan {b.gs.all}.\n\nYstävällisin terveisin\n{d.gs}\n"
     "{L:role_fi}, {L:unit_fi}\n{phone:d} · {mail:d}\n"),
    ("kalenterivastaus_fi", "fi",
     "Hyväksytty: Haastattelu / {s.gs} / {L:job_fi}\n\nJärjestäjä: {a.gs} <{mail:a}>\nAika: {L:date_fi} "
     "{L:hour}–{L:hour}\nPaikka: {L:room}\n\nOsallistujat\n{b.gs} – hyväksytty\n{c.gs} – alustavasti "
     "hyväksytty\n{d.gs} – hylätty: \"olen koulutuksessa, {e.gs} tulee tilalleni\"\n{s.gs} – hyväksytty\n\n"
     "{b.g} lisäsi huomautuksen: muistakaa kutsua myös {e.gs.gen} varahenkilö {h.gs}.\n"),
    ("ats_csv_fi", "fi",
     "Vienti {L:ats} {L:date_fi} – haku {L:reqid}\nhakija;rekrytoija;esihenkilö;tila;puhelin;päivitetty\n"
     "\"{s.sgc}\";\"{a.sgc}\";\"{b.sgc}\";{L:status_fi};{phone:s};{L:stamp}\n\"{c.sgc}\";\"{a.sgc}\";\"{b.sgc}\";"
     "{L:status_fi};{phone:c};{L:stamp}\n\"{d.sgc}\";\"{a.sgc}\";\"{b.sgc}\";{L:status_fi};{phone:d};{L:stamp}\n\n"
     "{e.gs} pyysi tiketissä {L:ticket}: viennistä puuttuu {s.gs.gen} liite, tarkistakaa.\n"),
    ("ats_json_fi", "fi",
     "Integraatiovirhe {L:system} → {L:ats} ({L:stamp})\nHylätty rivi:\n⦃\"hakija\": \"{s.gs}\", \"hakijanumero\": "
     "\"{L:applicantid}\", \"sahkoposti\": \"{mail:s}\", \"rekrytoija\": \"{a.gs}\", \"esihenkilo\": \"{b.gs}\", "
     "\"tila\": \"{L:status_fi}\", \"haku\": \"{L:reqid}\"⦄\nSyy: kenttä 'puhelin' tyhjä. "
     "Tekstiviestimuistutus palautui numerosta {num}. Hakijan numero "
     "hakemuksella on {phone:s}.\nKorjausta pyysi {c.gs}; tiedoksi {d.gs.all}.\n"),
    ("kesatyo_fi", "fi",
     "Kesätyöntekijän perehdytys ja tunnukset ({L:ticket})\n\nAloittaja: {s.gs}\nHenkilötunnus (palkanmaksua "
     "varten): {hetu:s}\nTilinumero: {iban:s}\nPuhelin: {phone:s}\nTehtävä: {L:job_fi}, {L:season_fi}\n"
     "Esihenkilö: {a.gs} ({phone:a})\nPerehdyttäjä (buddy): {b.gs}\n\nTarvitaan: läppäri {L:laptop}, ryhmä "
     "{L:group}. {b.g} hakee avaimet {c.gs.abl} aulasta.\nPyytäjä: {d.gs}, {L:role_fi}\n"),
    ("tunnuspyynto_fi", "fi",
     "Uuden työntekijän käyttäjätunnuspyyntö\n\nNimi: {s.gs}\nAloituspäivä: {L:date_fi}\nTitteli: {L:job_fi}\n"
     "Esihenkilö: {a.gs}\nBuddy: {b.gs}\nKopioi oikeudet käyttäjältä: {c.gs} ({user:c})\nYksityinen sähköposti "
     "kirjautumisohjeita varten: {mail:s}\n\nHuom. {a.g} on lomalla, asioi {d.gs.gen} kanssa ({phone:d}). Tunnus "
     "luodaan {s.gs.ela} muotoa etunimi.sukunimi; ryhmät {L:group} ja {L:group}.\n"),
    ("gdpr_poisto_fi", "fi",
     "Tietosuojapyyntö ({L:gdpr}) – {L:ticket}\n\nHei,\nhain {L:date_fi} tehtävää {L:job_fi} ({L:reqid}), mutta en "
     "tullut valituksi. Pyydän poistamaan kaikki tietoni {L:ats}-järjestelmästä: hakemukseni, CV:ni ja "
     "suosittelijoideni {c.gs.gen} ja {d.gs.gen} yhteystiedot.\n\nTerveisin {s.gs}\n{phone:s}\n\n--- sisäinen "
     "merkintä ---\n{a.gs}: säilytysaika {L:retention} ei ole kulunut. Poisto hyväksytty {b.gs.abl}, tekijä "
     "{e.gs}.\n"),
    ("henkilostopalvelu_fi", "fi",
     "Aihe: Ehdokkaat tehtävään {L:job_fi}\n\nHei {a.g}!\n\nLähetän kolme ehdokasta hakuun {L:reqid}: {s.gs}, "
     "{c.gs} ja {d.gs}. {s.g} on haastateltu meillä {L:date_fi}, ja hänestä voi kysyä lisää kollegaltani "
     "{b.gs.abl}. Palkkatoive {L:salary_fi}.\n\nCV:t linkissä, {L:retention} voimassa.\n\nYstävällisin "
     "terveisin\n\n{e.gs}\nSenior Consultant | {L:agency}\n{phone:e}\n{mail:e}\n"),
    ("videohaastattelu_fi", "fi",
     "{L:job_fi}: videohaastattelu, {s.gs}\n\nJärjestäjä {a.gs} kutsuu sinut Teams-kokoukseen\n"
     "{L:date_fi} klo {L:hour}\n\nLiity tietokoneella: {L:meeturl}\nKokouksen tunnus: {L:meetid}\nTunnuskoodi: "
     "{L:passcode}\n\nSoita (vain ääni)\n{L:dialin_fi} Finland, Helsinki\nKonferenssin tunnus: {L:confid}\n\n"
     "Paneeli: {a.gs}, {b.gs}, {c.gs}\nTeknisissä ongelmissa soita {d.gs.all}, {phone:d}.\n"),
    ("harjoittelija_fi", "fi",
     "Harjoittelijan tunnukset – {L:school}\n\nTulossa harjoitteluun {L:date_fi} alkaen {s.gs} ({L:degree}). "
     "Oppilaitoksen yhteyshenkilö on {c.gs} ({phone:c}, {mail:c}). Työpaikkaohjaajana toimii {a.gs}, ja "
     "{s.g} istuu {b.gs.gen} tiimissä.\n\nTarvitaan {L:laptop} ja pääsy ryhmään {L:group}. Harjoittelusopimuksen "
     "allekirjoitti {d.gs}. Kysy lisää {a.gs.abl}.\n"),
    ("linkedin_fi", "fi",
     "Rekrytoija liitti hakijan profiilin tikettiin {L:ticket}:\n\n{s.gs} · 2.\n{L:job_fi} – {L:company}\n"
     "{L:city}, Suomi · {L:likes} yhteyttä\n\nTietoa\nAutan ihmisiä tekniikan kanssa, {L:nameword_fi}.\n\n"
     "Kokemus\n{L:job_fi}\n{L:company} · {L:year}–nyt\n\nSuositukset\n\"{s.g} on paras tiimikaveri.\" – "
     "{c.gs}, {L:title_fi}\n\"Luotettava ja nopea.\" – {d.gs}\n\nYhteiset kontaktit: {a.gs}, {b.gs} ja "
     "{L:count} muuta\n"),
    # ---- Finnish: public channels
    ("some_julkaisu_fi", "fi",
     "Somekanavan vastaus ({L:platform}, {L:postid})\n\n{s.gs} @{handle:s} · {L:date_fi}\n@{L:brand} taas "
     "netti poikki koko päivän {L:hashtag} {L:hashtag}\n\n  ↳ {L:brandname} @{L:brand} · {L:hour}\n  Hei {s.g}, "
     "pahoittelut! Laitathan yksityisviestillä liittymänumerosi, niin selvitetään. ^{a.g}\n\n  ↳ {c.gs} "
     "@{handle:c}\n  @{handle:s} sama täällä {L:city}, {L:nameword_fi}\n\n  ↳ {d.gs} @{handle:d}\n  "
     "@{L:brand} milloin korjaantuu?\n"),
    ("some_dm_fi", "fi",
     "Yksityisviestit – {L:dmplatform} – {L:brandname}\n\n{s.gs} ({L:hour}): Moi, tässä numero {phone:s}. Liittymä "
     "on puolisoni {k.gs.gen} nimissä.\n{L:brandname} ({L:hour}): Kiitos {s.g}! Siirrän asian kollegalleni {b.gs.all}. "
     "/{a.g}\n{s.gs} ({L:hour}): Voiko {b.g} soittaa iltapäivällä?\n{L:brandname} ({L:hour}): Toki. {b.g} soittaa "
     "klo {L:hour} jälkeen. /{a.g}\n\nTiketti {L:ticket} luotu, vastuussa {b.gs}\n"),
    ("arvostelu_fi", "fi",
     "{L:reviewsite}: uusi arvio – {L:brandname} {L:city}\n\n{s.gs}\n{L:stars_fi} · {L:date_fi}\n\"Asiakaspalvelu "
     "ei vastannut kolmeen viikkoon. Myyjä {c.gs} lupasi soittaa, mutta ei soittanut. Ainoastaan {d.g} "
     "kassalla oli ystävällinen.\"\n\nOmistajan vastaus:\nHei {s.g}, kiitos palautteesta ja pahoittelut "
     "viiveestä. Olemme välittäneet asian esihenkilölle. Soitathan minulle {L:switchboard_fi}. – {a.g}, "
     "{L:brandname}\n\nTiedoksi tikettiin {L:ticket}: {b.gs}\n"),
    ("sovellusarvio_fi", "fi",
     "Google Play -arvio, {L:brandname}-sovellus {L:appver}\n\n{s.gs} · {L:stars_fi} · {L:date_fi} · "
     "{L:device}\n\"Kirjautuminen kaatuu aina. Kaverini {c.gs} sai saman vian.\" · {L:likes} hyödyllistä\n\n"
     "Kehittäjän vastaus ({L:date_fi}):\nHei {s.g}! Korjaus tulee versioon {L:appver}. Jos vika jatkuu, "
     "lähetä viesti {shared} – {a.g}\n\nSisäinen: arvio kirjattu {b.gs.all} ({L:ticket}); vastuussa "
     "{d.gs}.\n"),
    ("foorumi_fi", "fi",
     "{L:brandname} Yhteisö › Laajakaista › Ketju {L:postid}\n\n{handle:s} ({L:rank}, viestejä {L:count})\n"
     "Lainaus käyttäjältä {handle:c}:\n> Kokeile modeemin nollausta, minulla auttoi.\n\nEi auttanut. Soitin jo "
     "{a.gs.all}, eikä hänkään tiennyt.\n--\n{s.gs}, {L:city}\n\n{handle:d} ({L:rank})\nYhdistän ketjun "
     "aiempaan ({L:postid}). @{handle:s} laitoin viestiä {b.gs.all} tukeen.\n--\nt. {d.gs}, moderaattori\n"),
    ("mediakysely_fi", "fi",
     "Aihe: Haastattelupyyntö – {L:media}\n\nHei,\nteen juttua ({L:media}) "
     "{L:brandname}-palvelun katkoista. Voisinko haastatella viestintäjohtajaanne {a.gs.par} tai "
     "palvelupäällikkö {b.gs.par}? Lukijamme {s.gs} kertoi meille, että vika kesti {L:count} tuntia.\n\n"
     "Deadline {L:weekday_fi} klo {L:hour}.\n\n{c.gs}\ntoimittaja, {L:media}\n{phone:c}\n{mail:c}\n\n"
     "--\nOhjattu viestintään: {d.gs}\n"),
    ("palaute_fi", "fi",
     "Verkkolomake: Palaute ({L:date_fi} {L:hour})\n\nNimi: {s.gs}\nSähköposti: {mail:s}\nPuhelin: {phone:s}\n"
     "Aihe: Laskutus\nViesti: Olen yrittänyt tavoittaa {a.gs.par} jo kaksi viikkoa. Edellinen yhteyshenkilöni "
     "{b.gs} siirtyi muualle. Laskun {L:amount_fi} maksaa nyt puolisoni {k.gs}.\nSaa ottaa yhteyttä: kyllä\n\n"
     "Jaettu käsittelijälle {c.gs}\n"),
    ("eskalointi_fi", "fi",
     "Eskalointi somesta tiketiksi {L:ticket}\n\nAlkuperäinen julkaisu ({L:platform}, {L:postid}, {L:likes} "
     "tykkäystä):\n\"{s.gs}: Kolmas viikko ilman nettiä. @{L:brand} ja asentaja {c.gs} eivät vastaa. "
     "{L:hashtag}\"\n\nSome-tiimin {a.gs} siirsi asian {b.gs.all}. Asiakas antoi numeron {phone:s} ja "
     "osoitteen {mail:s}. {b.g} soitti {s.gs.all} {L:date_fi}; asentajalta {c.gs.abl} pyydetty selvitys.\n"),
    ("suomi24_fi", "fi",
     "Ketju: Kokemuksia {L:brandname}-asiakaspalvelusta? ({L:forumsite})\n\n{handle:s} kirjoitti {L:date_fi}:\n"
     "Onko muilla ollut ongelmia? Asiakaspalvelija {c.gs} lupasi hyvityksen {L:amount_fi}, ei kuulunut.\n\n"
     "{handle:a} vastasi:\n> {c.gs} lupasi hyvityksen\nMinulle sama, mutta {d.gs} hoiti lopulta.\n\n"
     "{handle:b}: Kannattaa laittaa viestiä {shared}.\n"),
    ("instagram_fi", "fi",
     "Instagram-kommentit – {L:brandname} ({L:postid})\n\n{L:brand} {L:hashtag} kesätyöpaikat haussa! → "
     "linkki biossa\n{L:likes} tykkäystä\n\n{handle:s} Hain jo {L:date_fi}, ei kuulunut mitään :(\n"
     "  ↳ {L:brand} @{handle:s} Hei {s.g}! Rekrytoija {b.gs} palaa asiaan viikon sisällä. ^{c.g}\n"
     "{handle:d} @{handle:e} tää olis sulle\n\nSiirretty rekrytointiin: {b.gs}, {mail:b}\n"),
    # ---- English: recruitment
    ("application_en", "en",
     "Ticket {L:ticket}: candidate could not upload CV to {L:ats}\n\nForwarded by {a.gs}:\n\n----- CV -----\n"
     "{s.gs}\n{L:city} | {phone:s} | {mail:s}\n\nEXPERIENCE\n{L:job_en}, {L:company} ({L:year}–present)\n"
     "Reporting to {b.gs}, {L:title_en}\n{L:job_en}, {L:company} ({L:years})\n\nEDUCATION\n"
     "{L:degree}, {L:school}\n\nREFERENCES\n{c.gs}, {L:title_en}, {L:company} – {phone:c}\n{d.gs}, "
     "{L:title_en} – {phone:d}, {mail:d}\n\nExpected salary: {L:salary_en}\n"),
    ("reference_en", "en",
     "Reference check – {s.gs} – {L:job_en} ({L:reqid})\n\nReferee: {c.gs}, {L:title_en} at {L:company}\n"
     "Phone: {phone:c}\nCalled on {L:date_en} at {L:hour}.\n\n{c.g} managed {s.g} for three years. "
     "\"{s.g} is {L:nameword_en}; I would hire again.\" Second referee {d.gs} ({phone:d}) did not pick up; "
     "{d.g} is on leave until {L:date_en}.\n\nNotes by {a.gs}, {L:role_en}. Shared with hiring manager "
     "{b.gs}.\n"),
    ("interview_mail_en", "en",
     "Subject: Interview invitation – {L:job_en} ({L:reqid})\n\nDear {s.g},\n\nThank you for applying. We would "
     "like to invite you to an interview on {L:weekday_en} {L:date_en} at {L:hour} in {L:room}.\n\nYour panel: "
     "{a.gs} ({L:title_en}), {b.gs} and {c.gs} from {L:unit_en}. If the time does not suit, please reply "
     "to {b.g} or call me.\n\nKind regards,\n{d.gs}\n{L:role_en} | {L:unit_en}\nM: {phone:d} | E: {mail:d}\n"),
    ("calendar_en", "en",
     "Accepted: Interview – {s.gs} – {L:job_en}\n\nOrganizer: {a.gs} <{mail:a}>\nWhen: {L:date_en} "
     "{L:hour}–{L:hour}\nWhere: {L:room}\n\nAttendees\n{b.gs} – Accepted\n{c.gs} – Tentative\n{d.gs} – "
     "Declined (\"in training, {h.gs} will cover\")\n{s.gs} – Accepted\n\n{c.g} added a note: please forward "
     "the CV to {h.g} as well.\n"),
    ("ats_json_en", "en",
     "Webhook failure in {L:ats} ({L:stamp})\nPayload:\n⦃\"applicant\": \"{s.gs}\", \"applicant_id\": "
     "\"{L:applicantid}\", \"email\": \"{mail:s}\", \"phone\": \"{phone:s}\", \"recruiter\": \"{a.gs}\", "
     "\"hiring_manager\": \"{b.gs}\", \"status\": \"{L:status_en}\", \"requisition\": \"{L:reqid}\"⦄\n"
     "⦃\"applicant\": \"{c.gs}\", \"recruiter\": \"{a.gs}\", \"hiring_manager\": \"{b.gs}\", \"status\": "
     "\"{L:status_en}\", \"requisition\": \"{L:reqid}\"⦄\nError: 409 duplicate. "
     "SMS reminders bounced: {num}, {num}. Raised by {d.gs}.\n"),
    ("new_hire_en", "en",
     "New starter account request ({L:ticket})\n\nName: {s.gs}\nStart date: {L:date_en}\nJob title: {L:job_en}\n"
     "Line manager: {a.gs}\nBuddy: {b.gs}\nMirror access of: {c.gs} ({user:c})\nPersonal email for the welcome "
     "pack: {mail:s}\nMobile: {phone:s}\n\n{a.g} is travelling, so questions to {d.gs} ({phone:d}). Groups: "
     "{L:group}, {L:group}. Laptop {L:laptop}.\n"),
    ("agency_en", "en",
     "Subject: Shortlist for {L:job_en} ({L:reqid})\n\nHi {a.g},\n\nPlease find attached three profiles: {s.gs}, "
     "{c.gs} and {d.gs}. {s.g} interviewed with us on {L:date_en} and is available immediately; my colleague "
     "{b.gs} knows {s.g} from a previous placement at {L:company}. Salary expectation {L:salary_en}.\n\n"
     "Best wishes,\n\n{e.gs}\nPrincipal Consultant | {L:agency}\nD: {phone:e} | M: {phone:b}\n{mail:e}\n"
     "This e-mail is confidential.\n"),
    ("video_invite_en", "en",
     "{L:job_en} – video interview with {s.gs}\n\n{a.gs} is inviting you to a scheduled Zoom meeting.\nTime: "
     "{L:date_en} {L:hour} London\n\nJoin: {L:meeturl}\nMeeting ID: {L:meetid}\nPasscode: {L:passcode}\n\n"
     "Dial by your location\n{L:dialin_en} United Kingdom\n{L:dialin_en} US (New York)\n\nPanel: {a.gs}, "
     "{b.gs}, {c.gs}\nTech issues: {d.gs}, {phone:d}\n"),
    ("linkedin_en", "en",
     "Profile attached to {L:ticket} by the recruiter:\n\n{s.gs} · 2nd\n{L:job_en} at {L:company}\n{L:city} · "
     "{L:likes} connections\n\nAbout\nI help people with technology – {L:nameword_en}.\n\nRecommendations\n"
     "\"{s.g} is the best colleague I have had.\" – {c.gs}, {L:title_en}\n\"Reliable and quick.\" – {d.gs}\n\n"
     "Mutual connections: {a.gs}, {b.gs} and {L:count} others\n"),
    ("gdpr_en", "en",
     "Data deletion request ({L:gdpr}) – {L:ticket}\n\nHello,\nI applied for {L:job_en} ({L:reqid}) on "
     "{L:date_en} and was not selected. Please erase my application, CV and the contact details of my referees "
     "{c.gs} and {d.gs} from {L:ats}.\n\nRegards,\n{s.gs}\n{phone:s}\n\n--- internal note ---\n{a.gs}: retention "
     "{L:retention} not yet reached; erasure approved by {b.gs}, done by {e.gs}.\n"),
    # ---- English: public channels
    ("tweet_en", "en",
     "Social inbox ({L:platform}, {L:postid})\n\n{s.gs} @{handle:s} · {L:date_en}\n@{L:brand} third outage "
     "this week, nobody answers the phone {L:hashtag}\n\n  ↳ {L:brandname} @{L:brand}\n  Hi {s.g}, sorry about "
     "this! Could you DM us your account number so we can look into it? ^{a.g}\n\n  ↳ {c.gs} @{handle:c}\n  "
     "@{handle:s} same in {L:city}\n\n  ↳ {d.gs} @{handle:d}\n  @{L:brand} any ETA?\n"),
    ("appstore_en", "en",
     "App Store review – {L:brandname} app {L:appver}\n\n{L:stars_en} by {s.gs} ({handle:s}), {L:date_en}\n"
     "\"Crashes every time I log in. My colleague {c.gs} has the same problem on {L:device}.\"\n\n"
     "Developer response:\nHi {s.g}, thanks for the review. A fix ships in {L:appver}. If it persists, "
     "write to {shared}. – {a.g}\n\nLogged by {b.gs} as {L:ticket}; owner {d.gs}.\n"),
    ("forum_en", "en",
     "{L:brandname} Community › Billing › Thread {L:postid}\n\n{handle:s} ({L:rank}, {L:count} posts)\n"
     "Quote from {handle:c}:\n> Try clearing the cache, that fixed it for me.\n\nDidn't help. I phoned "
     "{a.gs} and even {a.g} couldn't tell why.\n--\n{s.gs}, {L:city}\n\n{handle:d} ({L:rank})\nMerging with "
     "{L:postid}. @{handle:s} I've passed this to {b.gs} in support.\n--\n{d.gs}, moderator\n"),
    ("press_en", "en",
     "Subject: Media enquiry – {L:media}\n\nHello,\nI'm writing a piece for {L:media} on the {L:brandname} "
     "outage. Could I speak to {a.gs} or {b.gs}? A reader, {s.gs}, told us the fault lasted {L:count} hours.\n"
     "Deadline {L:weekday_en} {L:hour}.\n\n{c.gs}\nReporter, {L:media}\n{phone:c}\n{mail:c}\n\n--\nRouted to "
     "press office: {d.gs}\n"),
    # ---- Swedish: recruitment
    ("ansokan_sv", "sv",
     "Ärende {L:ticket}: ansökan fastnade i {L:ats}\n\n{a.gs} skrev: Sökanden {s.gs} kunde inte skicka in sin "
     "ansökan, jag klistrar in den här.\n\nSökt tjänst: {L:job_sv} ({L:reqid})\nNamn: {s.gs}\nTelefon: "
     "{phone:s}\nE-post: {mail:s}\nOrt: {L:city}\n\nErfarenhet\n{L:year}– {L:company}, {L:job_sv}, chef "
     "{b.gs}\n\nUtbildning: {L:degree}, {L:school}\n\nReferenser\n{c.gs}, {L:title_sv}, {phone:c}\n{d.gs}, "
     "{L:title_sv}, {phone:d}\n\nLöneanspråk: {L:salary_sv}\n"),
    ("referens_sv", "sv",
     "Referenstagning – {s.gs} ({L:reqid})\n\nRingde {c.gs} ({L:title_sv}) {L:date_sv} kl. {L:hour} på "
     "{phone:c}. {c.g} var {s.gs.gen} chef på {L:company}. \"{s.g} tar ansvar och är {L:nameword_sv}.\"\n\n"
     "{d.gs.gen} nummer {phone:d} svarade inte. Antecknat av {a.gs}, delat med {b.gs}.\n"),
    ("intervju_sv", "sv",
     "Ämne: Inbjudan till intervju – {L:job_sv}\n\nHej {s.g}!\n\nTack för din ansökan. Vi vill bjuda in dig till "
     "intervju {L:weekday_sv} {L:date_sv} kl. {L:hour} i {L:room}.\n\nPanel: {a.gs}, {b.gs} och {c.gs}. "
     "Passar inte tiden, kontakta {a.gs} på {phone:a}.\n\nTeams: {L:meeturl}\nRing in: {L:dialin_sv} "
     "Sverige, Stockholm\nKonferens-ID: {L:confid}\n\nVänliga hälsningar\n{d.gs}\n{L:role_sv}\n{phone:d}\n"),
    ("ats_csv_sv", "sv",
     "Export från {L:ats} {L:date_sv}\nsökande;rekryterare;chef;status;telefon\n\"{s.sgc}\";\"{a.sgc}\";"
     "\"{b.sgc}\";{L:status_sv};{phone:s}\n\"{c.sgc}\";\"{a.sgc}\";\"{b.sgc}\";{L:status_sv};{phone:c}\n"
     "\"{d.sgc}\";\"{a.sgc}\";\"{b.sgc}\";{L:status_sv};{phone:d}\n\n{e.gs} frågar: varför saknas {s.gs.gen} "
     "CV?\nSMS-påminnelse ej levererad: {num}\n"),
    ("nyanstalld_sv", "sv",
     "Beställning av konto – ny medarbetare ({L:ticket})\n\nNamn: {s.gs}\nStartdatum: {L:date_sv}\nBefattning: "
     "{L:job_sv}\nChef: {a.gs}\nFadder: {b.gs}\nSamma behörighet som: {c.gs} ({user:c})\nPrivat e-post: "
     "{mail:s}\nMobil: {phone:s}\n\n{a.gs.gen} ersättare {d.gs} svarar på frågor. Grupper {L:group}. "
     "Dator {L:laptop}.\n"),
    ("radering_sv", "sv",
     "Begäran om radering ({L:gdpr}) – {L:ticket}\n\nHej!\nJag sökte {L:job_sv} ({L:reqid}) {L:date_sv} men fick "
     "inte tjänsten. Radera min ansökan och mina referenser {c.gs} och {d.gs} ur {L:ats}.\n\nMvh {s.gs}\n"
     "{phone:s}\n\n--- intern anteckning ---\n{a.gs}: gallringstid {L:retention}; godkänt av {b.gs}, utfört av "
     "{e.gs}.\n"),
    ("rekryteringsbyra_sv", "sv",
     "Ämne: Kandidater till {L:job_sv}\n\nHej {a.g}!\n\nHär kommer tre kandidater till {L:reqid}: {s.gs}, {c.gs} "
     "och {d.gs}. {s.g} intervjuades hos oss {L:date_sv}; min kollega {b.gs} kan berätta mer. Löneanspråk "
     "{L:salary_sv}.\n\nMed vänlig hälsning\n\n{e.gs}\nRekryteringskonsult | {L:agency}\nMobil {phone:e}\n"
     "{mail:e}\n"),
    # ---- Swedish: public channels
    ("inlagg_sv", "sv",
     "{L:platform}-inlägg ({L:postid})\n\n{s.gs} @{handle:s} · {L:date_sv}\n@{L:brand} nätet har legat nere "
     "hela dagen {L:hashtag}\n\n  ↳ {L:brandname} @{L:brand}\n  Hej {s.g}! Vi beklagar. Skicka ditt "
     "kundnummer i DM så kollar vi. /{a.g}\n\n  ↳ {c.gs} @{handle:c}\n  @{handle:s} samma här i {L:city}\n\n"
     "Ärende {L:ticket} skapat av {b.gs}\n"),
    ("recension_sv", "sv",
     "Ny recension på {L:reviewsite} – {L:brandname}\n\n{s.gs}\n{L:stars_sv} · {L:date_sv}\n\"Säljaren {c.gs} "
     "lovade att ringa men gjorde det aldrig. Bara {d.g} i kassan var trevlig.\"\n\nSvar från ägaren:\nHej "
     "{s.g}, tack för din feedback. Ring gärna {L:switchboard_sv}. /{a.g}, {L:brandname}\n\nFör kännedom: "
     "{b.gs}\n"),
    ("forum_sv", "sv",
     "{L:brandname} Forum › Bredband › Tråd {L:postid}\n\n{handle:s} ({L:rank}, {L:count} inlägg)\nCitat från "
     "{handle:c}:\n> Starta om routern, det hjälpte mig.\n\nHjälpte inte. Jag ringde {a.gs} men inte ens "
     "{a.g} visste.\n--\n{s.gs}, {L:city}\n\n{handle:d} ({L:rank})\n@{handle:s} jag har skickat detta till "
     "{b.gs} på supporten.\n--\n{d.gs}, moderator\n"),
]

# The earlier mail a reply quotes, under the text: its sender, date and a line of it.
QUOTES = {"fi": ["\n-----Alkuperäinen viesti-----\nLähettäjä: {h.gs} <{mail:h}>\nLähetetty: {L:date_fi} {L:hour}\n"
                 "Vastaanottaja: {shared}\nAihe: VS: {L:reqid}\n\nHei, katsotteko tämän? t. {h.g}\n",
                 "\n{h.gs} kirjoitti {L:date_fi} klo {L:hour}:\n> Välitän tämän {a.gs.all}.\n> {h.g}\n",
                 "\nLähetetty iPhonesta\n\n> {L:date_fi} kello {L:hour} {h.gs} <{mail:h}> kirjoitti:\n> Kiitos!\n"],
          "en": ["\n-----Original Message-----\nFrom: {h.gs} <{mail:h}>\nSent: {L:weekday_en}, {L:date_en} {L:hour}\n"
                 "To: {shared}\nSubject: RE: {L:reqid}\n\nCould you look at this? Thanks, {h.g}\n",
                 "\nOn {L:date_en} at {L:hour}, {h.gs} <{mail:h}> wrote:\n> Passing this to {a.g}.\n"],
          "sv": ["\n-----Ursprungligt meddelande-----\nFrån: {h.gs} <{mail:h}>\nSkickat: {L:date_sv} {L:hour}\n"
                 "Till: {shared}\nÄmne: SV: {L:reqid}\n\nKan ni titta på detta? /{h.g}\n",
                 "\nDen {L:date_sv} kl. {L:hour} skrev {h.gs} <{mail:h}>:\n> Skickar vidare till {a.g}.\n"]}

COPIES = {"fi": ["\nTiedoksi: {e.gs} ({phone:e}), {f.gs}\n", "\nKopio: {f.gs}, {phone:f}\n",
                 "\nTiedoksi {e.gs.all} ja {f.gs.all}\n", "\n@{e.gs} @{f.gs} katsotteko tämän?\n",
                 "\nVastaanottajat: {e.gs} <{mail:e}>; {f.gs}\n"],
          "en": ["\ncc: {e.gs}, {f.gs} ({phone:f})\n", "\nMentioned: @{f.gs}\n", "\ncc: {e.gs} <{mail:e}>\n",
                 "\nAlso notified: @{handle:f}\n"],
          "sv": ["\nKopia: {e.gs}, {f.gs}\n", "\nFör kännedom: {f.gs}, {phone:f}\n", "\nNämnd: @{handle:f}\n"]}

# The service desk's record around each text: the case system's footer with the handler, or a signature with the
# switchboard and the business id.
RECORDS = {
    "fi": ["\n--\n{L:system} · Tiketti {L:ticket} päivitetty {L:stamp}\nKäsittelijä: {g.gs}, {L:role_fi}, "
           "puh. {phone:g}\nJono: {L:queue}\n",
           "\n\n{g.gs}\n{L:role_fi}, {L:unit_fi}\n{phone:g} · vaihde {L:switchboard_fi}\n[Esimerkki Oy], "
           "Y-tunnus {L:ytunnus}\n",
           "\n--\nKäsitellyt {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "en": ["\n--\n{L:system} · Case {L:ticket} updated {L:stamp}\nOwner: {g.gs}, {L:role_en}, tel. {phone:g}\n"
           "Queue: {L:queue}\n",
           "\n\n{g.gs}\n{L:role_en}, {L:unit_en}\nM: {phone:g} | Switchboard: {L:switchboard_en}\n",
           "\n--\nHandled by {g.gs} ({user:g}) {L:stamp} · {L:system}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:ticket} uppdaterat {L:stamp}\nHandläggare: {g.gs}, {L:role_sv}, "
           "tfn {phone:g}\nKö: {L:queue}\n",
           "\n\n{g.gs}\n{L:role_sv}, {L:unit_sv}\nMobil: {phone:g} · Växel: {L:switchboard_sv}\nOrg.nr {L:orgnr}\n"],
}


draw = generation.case_draw("held-out-38", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, QUOTES)


def main():
    tally = generation.printed(SHAPES, draw, REDRAWN, PHONES, COUNTRIES)
    short = tally.short_of(generation.CASE_MINIMUMS)
    assert not short, short
    if "--stats" in sys.argv:
        print(json.dumps(dict(tally.counts)), file=sys.stderr)
        tally.print_stats(tally.dates(), literal_variants=True)
        service = tally.kept(lambda key: ":switchboard" in key or ":dialin" in key)
        print(f"kept switchboard and dial-in numbers: {service}", file=sys.stderr)
        generation.print_redrawn(REDRAWN)


main()
