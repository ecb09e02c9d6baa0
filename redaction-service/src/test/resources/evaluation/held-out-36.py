#!/usr/bin/env python3
r"""Generates the thirty-sixth held-out set (held-out-36.jsonl), written and committed before the engine was run on it,
as an untouched set beside sets 15 to 35: nobody tunes on it. Its writer read no detection code, list or model. It holds
kinds of text that sets 1-35 lack or hold only in passing (set 27 has data-subject requests and case notes): the
casework of a data protection officer and of the service desk's dispute handlers, and the people processes that reach
the service desk, in 65 shapes, each written in the language its kind of text is written in (32 Finnish, 18 English,
15 Swedish), with copies ("Tiedoksi:", "cc:", "Kopia:", "För kännedom:") and the case system's record around it (a
footer "Efecte · Tiketti … päivitetty …, Käsittelijä: Given Surname, tietosuojavastaava, puh. …, Jono: …", a
"Kirjattu … · unit · Given Surname (number)" line with the category and reference, or a handler's signature with the
firm's business id or org.nr). The shapes: data-subject access requests as letters and e-mails to a shared privacy
mailbox (tietopyyntö, Subject Access Request, begäran om registerutdrag), web forms for erasure with the person's
fields (Etunimi:, Sukunimi:, Käyttäjätunnus:), rectification requests (a wrong number that is another person's),
requests on behalf of someone else: a guardian for a minor child (huoltaja, vårdnadshavare, a parent in English with
the child's possessive), a partner of a deceased person's estate (kuolinpesän osakas, "the late …", dödsboet efter …)
with the estate's administrator and the other partners, a power of attorney (valtakirja with witnesses), a solicitor
for a client under a lasting power of attorney; identity-verification notes (callbacks, questions, Suomi.fi
mandates); the DPO's case notes with diary numbers and dated entries, decision letters with appeal instructions;
supervisory authorities' letters (Tietosuojavaltuutetun toimisto, IMY, ICO) and the controller's replies; complaints
about a support call with the call id, recording file, duration and who listened; a recording's listening log with
logins; breach notifications and a breach register as a pipe table; legal-hold decisions and notices (custodians
"Surname, Given"), retention decisions, records of processing, a DPIA's participants; access reviews ("Surname,
Given (login) – pääsy …: poistetaan"); onboarding and offboarding tickets with logins, addresses and numbers; sick-
leave and parental-leave cover; recruitment-system access with candidates; payroll corrections with an identity code
and an account; expense claims; union representatives' and occupational health's contacts (no health details);
police and court requests for recordings, court summons and rolls with parties in capitals surname first (Kantaja:
PAJUKOSKI …, Kärande: ÖDMARK …).
Names (new-name-forms.py against every other labelled set, set 35 included: 970 of 970 forms, 100.0 %, new to sets
1-35): Finnish double given names on new second parts (Aatu-Kalervo, Kalle-Uolevi, Reino-Aapeli, Yrjö-Ensio;
Aino-Sisko, Lahja-Tellervo, Neea-Inkeri) and compound surnames from new first words whose last word inflects with its
own gradation (Sarmikangas: Sarmikankaan, Soukkalampi: Soukkalammen, Rautaniemi: Rautaniemelle, Viitakoski:
Viitakosken, Kivivuori: Kivivuoren), Finland-Swedish and Swedish ones (Bo-Gustav, Tor-Ragnar, Gudrun-Ann; Dahlbacka,
Ekorrholm, Hedvall-Ek), and Amharic, Somali, Kurdish, Persian, Tamil, Bengali, Punjabi, Vietnamese, Thai, Korean,
Japanese, Mongolian, Kazakh, Georgian, Azerbaijani, Turkish, Greek, Romanian, Polish, Czech, Croatian, Slovene,
Lithuanian, Latvian, Estonian, Ukrainian, Dutch, German, Basque, Irish, Welsh, Scottish, Igbo, Akan, Tongan,
Quechua, Venezuelan, Cuban, Haitian and Sámi ones, mostly with double surnames (Guttorm-Valkeapää,
Tierney-Breen, Bērziņš-Kalniņš), in the Finnish cases in Finnish prose and with the Swedish genitive in Swedish.
Phones of 91 countries and territories as signatures and forms write them (+cc with groups, E.164, national with the
trunk prefix, 00cc, +cc (0)…, dashes, NANP forms); each was checked outside this file with Debian's
python3-phonenumbers 8.12.57 (all valid and of their country; python3 held-out-36.py --phones lists them on stderr).
Labelling policy, as in sets 25-35, with these for the new kinds. The subject is the register's known person: the one
who writes the request, or whom the DPO's note, the authority's letter, the complaint, the ticket or the payroll record
is about; everyone else is a third party: handlers, agents, supervisors, listeners, witnesses, the other guardian,
co-partners of an estate, an attorney or solicitor, colleagues who cover, candidates, and officials. A requester's
child and a deceased person whose estate writes are third parties, labelled like anyone (as set 30: the register
cannot tell who is alive; set 27: a child a requester writes for is a third party); a child who shares the subject's
surname has it labelled in each copy. An authority's official who signs or handles a letter (ylitarkastaja, Case
Officer, handläggare), a police officer, a judge, a court clerk and an advocate are third parties whose names are
labelled; their titles and ranks stay outside the spans (asianajaja, rikoskomisario, Käräjätuomari, DC, DS, advokat,
Ylitarkastaja). A name in capitals in a court roll is a NAME as it stands. A shared privacy or HR mailbox
(tietosuoja@, privacy@, dataskydd@, hr@) is an EMAIL, role "third", as set 27. An identity code and an account in a
payroll correction, a breach notification or a request are their person's NATIONAL_ID and IBAN; only Finnish
identity codes are used. Each name part is its own span; "Surname, Given" two spans; an English "'s" outside, a
Finnish ending and a Swedish genitive -s inside. Look-alikes (kept): diary and case numbers (TSV/1234/2026, Dnro
123/03.04.00/2026, Dnr IMY-2026-1234, IC-123456-A1B2, T 1234-26), request, breach and ticket ids (DSAR-2026-0412,
BR-2026-123, INC0012345), call ids and recording file names without a person (CID-20261105-123456,
rec_20261105_1432_q12.wav), durations, articles and sections of laws (GDPR Art. 15(3), tietosuojalain 6 §:n,
artikel 17.1 b, dataskyddslagen 3 kap. 5 §), dates in each language's forms and times, deadlines and retention
periods, authorities, courts and police units, business ids with their check digit (Y-tunnus) and org.nr, amounts,
counts of people affected, role titles (tietosuojavastaava, DPO, dataskyddsombud), units and queues, systems
(Efecte, Genesys Cloud, SuccessFactors), the firm's name and the categories of the case system.
Counts: 650 messages (325 Finnish, 195 English, 130 Swedish), 65 shapes drawn in turn within their language; 8,141
NAME (1,361 the subject's), 1,257 PHONE (91 countries and territories), 378 EMAIL, 143 USERNAME, 52 NATIONAL_ID, 40
IBAN; 5,363 look-alikes (1,309 dates and times) from 823 pairs of shape and kind (789 without literal variants; 38
drawn kinds and 4 literals in 74 templates), 2,702 distinct values.
Same format as evaluation-set.jsonl. Each message checks itself before it is printed (message.emit: Message.check and
message.verify; every span's text is what its writer wrote; every PHONE's digits are its country's number with the
calling code, the trunk prefix or 00) and is drawn again when a labelled value stands unlabelled elsewhere in it, in
any letter case, or a look-alike holds one (message.first_clean).
Deterministic: python3 held-out-36.py > held-out-36.jsonl (python3 held-out-36.py --stats adds counts on stderr)"""
import collections
import json
import random
import sys

import generation

R = random.Random(36363636)
DRAW = generation.Draws(R)
CLOCK = generation.Clock(R)
REDRAWN = collections.Counter()
THIRD = "third"

# ---------------------------------------------------------------------------------------------------------------------
# Names: each given name and surname below is absent from sets 1-35 (checked against their files when this set was
# written), so nearly every name form of this set is new.

FI_MEN = ["Aatu-Kalervo", "Heikki-Aapeli", "Joel-Aleksanteri", "Kalle-Uolevi", "Lauri-Topias", "Matti-Sakari",
          "Paavo-Ensio", "Reino-Aapeli", "Toivo-Ensio", "Unto-Kalevi", "Vilho-Sakari", "Yrjö-Ensio", "Aleksi-Uolevi",
          "Eelis-Kalervo", "Into-Aapeli", "Jalmari-Ensio", "Lenni-Topias", "Mauno-Kalervo", "Oiva-Sakari",
          "Rasmus-Ilmari", "Samu-Uolevi", "Teemu-Kalervo", "Urho-Aapeli", "Väinö-Topias", "Anssi-Kalevi", "Erkki-Ensio",
          "Kaarlo-Uolevi", "Lasse-Topias", "Pentti-Aapeli", "Sampo-Ilmari", "Tauno-Sakari"]
FI_WOMEN = ["Aino-Sisko", "Hilja-Tellervo", "Ilona-Sisko", "Katri-Inkeri", "Lahja-Tellervo", "Maija-Sisko",
            "Neea-Inkeri", "Oili-Tellervo", "Pihla-Sisko", "Tyyne-Sisko", "Unelma-Inkeri", "Venla-Tellervo",
            "Aili-Sisko", "Elsa-Inkeri", "Hely-Tellervo", "Inkeri-Maija", "Kerttu-Sisko", "Lempi-Inkeri",
            "Martta-Tellervo", "Nelma-Sisko", "Riikka-Inkeri", "Selma-Tellervo", "Tuulia-Sisko", "Alma-Tellervo",
            "Eveliina-Sisko", "Hanna-Inkeri", "Jenni-Tellervo", "Lotta-Inkeri", "Mirja-Tellervo", "Tiia-Sisko"]
FI_SURNAMES = ["Haapakangas", "Hiekkakorpi", "Hiekkakoski", "Hiekkalampi", "Hiekkaranta", "Honkalampi", "Honkasaari",
               "Jäkäläjärvi", "Jäkälälampi", "Jäkäläniemi", "Jäkäläranta", "Jäkälävuori", "Kaarnajärvi", "Kaarnaniemi",
               "Kanervajärvi", "Kanervaniemi", "Karpalojärvi", "Karpalokangas", "Karpalolahti", "Karpalolampi",
               "Karpalomäki", "Karpalosaari", "Katajamäki", "Katvajärvi", "Katvalahti", "Katvalampi", "Katvamäki",
               "Katvaranta", "Katvasaari", "Kivilampi", "Kivisaari", "Kivivuori", "Kuusikangas", "Kuusikoski",
               "Kuusiranta", "Kuusivuori", "Lehmuskorpi", "Lehmussaari", "Mäntykorpi", "Mäntylampi", "Pajujärvi",
               "Pajukorpi", "Pajukoski", "Pajulahti", "Peltojärvi", "Peltokorpi", "Peltokoski", "Peltolahti",
               "Peltoranta", "Peltovuori", "Pihlajaranta", "Pihlajavuori", "Puolukkajärvi", "Puolukkalahti",
               "Puolukkaranta", "Rautajärvi", "Rautalahti", "Rautaniemi", "Rautaranta", "Rautasaari", "Rautavuori",
               "Riihikangas", "Riihikorpi", "Riihikoski", "Routakoski", "Routalahti", "Routamäki", "Routaniemi",
               "Routasaari", "Routavuori", "Sarmikangas", "Sarmikoski", "Sarmilahti", "Sarmisaari", "Savijärvi",
               "Savikangas", "Savilampi", "Savimäki", "Soukkakoski", "Soukkalampi", "Soukkamäki", "Soukkaniemi",
               "Soukkaranta", "Soukkasaari", "Taimikorpi", "Taimikoski", "Taimilahti", "Taimilampi", "Taiminiemi",
               "Taimiranta", "Taimivuori", "Tervasjärvi", "Tervaskangas", "Tervasniemi", "Tervasranta", "Tervassaari",
               "Urpukorpi", "Urpukoski", "Urpulampi", "Urpumäki", "Urpuniemi", "Urpuranta", "Urpusaari", "Uuhilampi",
               "Uuhimäki", "Uuhiniemi", "Uuhiranta", "Uuhisaari", "Uuhivuori", "Vehkajärvi", "Vehkalampi", "Vehkasaari",
               "Vehkavuori", "Viitakangas", "Viitakoski", "Viitalahti", "Viitamäki", "Viitaranta", "Viitavuori"]
SV_GIVEN = ["Bo-Gustav", "Carl-Einar", "Nils-Erland", "Olof-Tage", "Stig-Evert", "Tor-Ragnar", "Ulf-Sigvard",
            "Axel-Valdemar", "Gunnar-Helge", "Hjalmar-Ivar", "Sixten-Olof", "Kerstin-Lo", "Ulla-Karin", "Greta-Maj",
            "Saga-Linn", "Tyra-Lisa", "Vera-Lo", "Astrid-Ebba", "Gudrun-Ann"]
SV_SURNAMES = ["Alvarsson-Lund", "Backlund-Ek", "Dahlbacka", "Ekorrholm", "Frostvik", "Gråberg", "Hagstedt", "Hästholm",
               "Isaksson-Berg", "Kvarnbacka", "Lindfors-Ek", "Mossberg-Lund", "Nyåker", "Rönnbacka", "Sjöbacka",
               "Skogsvik", "Stenvall-Holm", "Tallqvist-Lund", "Vikbacka", "Åkerholm-Ek", "Ödmark", "Örnbacka",
               "Granbacka-Lund", "Hedvall-Ek"]
WORLD = {
    "amharic": (["Tewodros-Haile", "Meseret-Alem", "Yonas-Kebede"],
                ["Gebremariam-Tesfaye", "Tesfaye-Alemu", "Bekele-Gebru"], ["ET"]),
    "somali": (["Abdirahman-Nur", "Hodan-Ayan", "Faysal-Cabdi", "Ubah-Sahra"],
               ["Warsame-Jama", "Cabdullaahi", "Jama-Warsame", "Hirsi-Guleed"], ["SO", "SE"]),
    "kurdish": (["Shilan-Nazdar", "Dilovan", "Bêrîvan"],
                ["Barzani-Zebari", "Zebari-Dosky", "Dosky-Amedi"], ["IQ", "SE"]),
    "persian": (["Kourosh-Reza", "Shirin-Dokht", "Nasrin-Taj"],
                ["Farahani-Kazemi", "Rostami-Nejad", "Khosravi-Pour", "Ahmadinia"], ["IR", "SE"]),
    "tamil": (["Senthil-Kumar", "Kavitha-Devi", "Murugan-Raj", "Vaishnavi-Priya"],
              ["Subramaniam-Pillai", "Ramasamy-Pillai"], ["IN", "LK"]),
    "bengali": (["Tanvir-Ahmed", "Nusrat-Jahan", "Rafiqul", "Shahnaz-Begum"],
                ["Chowdhury-Haque", "Bhuiyan-Sarkar", "Mridha"], ["BD", "GB"]),
    "punjabi": (["Harjeet-Singh", "Simranjeet", "Gurpreet-Kaur", "Balwinder"],
                ["Sandhu-Gill", "Dhaliwal-Brar", "Grewal-Sidhu", "Aulakh"], ["IN", "CA"]),
    "vietnamese": (["Thanh-Hương", "Quốc-Bảo", "Minh-Khôi", "Ngọc-Diệp"],
                   ["Đặng-Vũ", "Huỳnh-Lâm", "Trịnh-Đỗ", "Lâm-Huỳnh"], ["VN", "FI"]),
    "thai": (["Somchai-Anan", "Wanida-Ploy"], ["Srisuwan", "Chaiyaporn-Saelim", "Wongsakul"], ["TH"]),
    "korean": (["Ji-hoon"], ["Baek-Nam", "Hwang-Seo", "Nam-Baek", "Yoon-Hwang"], ["KR"]),
    "japanese": (["Haruto-Ren", "Yuzuki", "Sota-Kaito", "Hinata-Mei"],
                 ["Kobayashi-Mori", "Hasegawa-Ueda", "Ueda-Kobayashi", "Morimoto-Sakai"], ["JP"]),
    "mongolian": (["Oyuunchimeg", "Tömörbaatar", "Sarangerel"],
                  ["Ganbold-Erdene", "Tserendorj", "Batkhuyag-Ochir", "Enkhbold-Sükh"], ["MN"]),
    "kazakh": (["Nursultan-Aibek", "Aigerim-Dana", "Yerlan", "Zhuldyz"],
               ["Nurlanov-Abenov", "Zhaksylykov", "Seitkali-Omarov", "Baimukhanov"], ["KZ"]),
    "georgian": (["Levan-Giorgi", "Nino-Tamar", "Ketevan-Eka"], ["Beridze-Kapanadze", "Gelashvili-Lomidze"], ["GE"]),
    "azeri": (["Elvin-Rashad", "Leyla-Gunel", "Aysel-Nargiz"],
              ["Aliyev-Mammadov", "Hasanova-Guliyeva", "Ismayilov-Huseynov", "Babayeva"], ["AZ"]),
    "turkish": (["Emre-Can", "Zeynep-Elif", "Burak-Onur", "Ece-Naz"],
                ["Yıldırım-Aksoy", "Kılıç-Erdoğan", "Aksoy-Çelik", "Şahinoğlu"], ["TR", "DE"]),
    "greek": (["Stavros-Nikos", "Eleni-Despina", "Vasiliki-Eirini"],
              ["Papadakis-Georgiou", "Konstantinidou", "Alexandropoulos", "Karagiannis-Vlachos"], ["GR"]),
    "romanian": (["Mihai-Ionuț", "Ioana-Raluca", "Bogdan-Florin", "Andreea-Ilinca"],
                 ["Popescu-Stoica", "Dumitrescu-Radu", "Stoica-Munteanu", "Vasilescu-Ene"], ["RO"]),
    "polish": (["Wojciech-Jan", "Małgorzata-Anna", "Krzysztof-Piotr", "Agnieszka-Ewa"],
               ["Wiśniewska-Zając", "Zieliński-Wójcik", "Kamińska-Lis", "Szymański-Woźniak"], ["PL"]),
    "czech": (["Kateřina-Jana", "Tomáš-Ondřej"],
              ["Dvořáková-Černá", "Procházka-Kučera", "Veselý-Horák", "Novotná-Krejčí"], ["CZ"]),
    "croatian": (["Ivan-Luka", "Marija-Ana", "Domagoj", "Tena-Petra"],
                 ["Babić-Jurić", "Horvat-Kovačević", "Knežević-Vuković", "Perić-Matić"], ["HR"]),
    "slovene": (["Matevž", "Špela-Maja", "Rok-Jaka"],
                ["Zupančič-Kralj", "Potočnik-Mlakar", "Vidmar-Kos", "Kralj-Žagar"], ["SI"]),
    "lithuanian": (["Mindaugas-Jonas", "Rūta-Aistė", "Darius-Tomas"],
                   ["Kazlauskas-Petrauskas", "Stankevičius-Vasiliauskas"], ["LT"]),
    "latvian": (["Raimonds-Jānis", "Ilze-Dace", "Līga-Inese"],
                ["Bērziņš-Kalniņš", "Liepiņš-Krūmiņš", "Vītola-Bērziņa"], ["LV"]),
    "estonian": (["Rasmus-Mart", "Kadri-Liis", "Tõnis-Priit", "Triin-Maris"],
                 ["Tamm-Saar", "Mägi-Sepp", "Kask-Ilves", "Pärn-Rebane"], ["EE", "FI"]),
    "ukrainian": (["Bohdan-Taras", "Oksana-Iryna", "Mykola-Ostap"],
                  ["Shevchenko-Bondar", "Kovalenko-Tkachenko", "Bondarenko-Melnyk", "Kravchuk-Oliinyk"], ["UA", "FI"]),
    "dutch": (["Joost-Willem", "Femke-Anouk", "Bram-Sander", "Sanne-Lotte"],
              ["Heijden-Smit", "Bakker-Visser", "Mulder-de-Graaf", "Visser-Kuipers"], ["NL"]),
    "german": (["Jörg-Michael", "Anke-Sabine", "Uwe-Dieter", "Heike-Christine"],
               ["Schröder-Hartmann", "Krüger-Lehmann", "Hoffmann-Braun", "Zimmermann-Koch"], ["DE", "AT"]),
    "spanish": (["Íñigo-José", "Itziar-Amaia", "Ainhoa-Maite"],
                ["Etxeberria-Goikoetxea", "Aguirre-Zubizarreta", "Ibarra-Urrutia", "Zubiri-Olano"], ["ES"]),
    "irish": (["Cathal-Pádraig", "Siobhán-Aoife", "Gráinne-Niamh"],
              ["Tierney-Breen", "Fitzgerald-Nolan", "Breen-Tierney", "Nolan-Keogh"], ["IE", "GB"]),
    "welsh": (["Rhodri-Gethin", "Dafydd-Iolo", "Angharad-Haf"],
              ["Llewellyn-Prys", "Pritchard-Bowen", "Gruffydd-Price", "Cadwaladr"], ["GB"]),
    "scottish": (["Ewan-Lachlan", "Morag-Isla", "Fraser-Alasdair", "Kirsty-Ailsa"],
                 ["MacLeod-Munro", "Sutherland-Ross", "Urquhart-Fraser", "McGillivray"], ["GB"]),
    "igbo": (["Chukwuemeka-Obi", "Ngozi-Adaeze", "Chiamaka-Ifeoma"],
             ["Okonkwo-Eze", "Nwachukwu-Okafor", "Okafor-Nnamdi", "Ezeh-Anyanwu"], ["NG", "GB"]),
    "akan": (["Kwabena-Yaw", "Akosua-Abena", "Kofi-Nana", "Efua-Adjoa"],
             ["Asante-Boateng", "Mensah-Owusu", "Boateng-Darko", "Agyemang-Ofori"], ["GH"]),
    "tongan": (["Sione-Tevita", "Mele-Losana", "Ana-Seini"], ["Tupou-Fifita", "Fifita-Havili"], ["TO", "NZ"]),
    "quechua": (["Killa-Sumaq", "Inti-Amaru", "Nayra"],
                ["Huamán-Quispe", "Ccori-Mamani", "Yupanqui-Huamán", "Chambi-Ccori"], ["PE", "BO"]),
    "venezuelan": (["Yorman-José", "Yuliannys", "Deivis", "Mariangel-Sofía"],
                   ["Briceño-Rangel", "Zambrano-Peña", "Rangel-Briceño", "Guevara-Zambrano"], ["VE", "ES"]),
    "cuban": (["Yoandri", "Yanelis-Marta", "Osmany", "Dayami"],
              ["Betancourt-Cruz", "Cabrera-Fonseca", "Fonseca-Betancourt", "Lazo-Cabrera"], ["CU", "US"]),
    "haitian": (["Nadège-Marie", "Fritzner", "Guerline"],
                ["Jean-Baptiste-Pierre", "Désir-Louis", "Toussaint-Étienne", "Célestin"], ["HT", "US"]),
    "sami": (["Ánte-Niillas", "Máret-Sunná", "Sunná-Risten"],
             ["Guttorm-Valkeapää", "Aikio-Näkkäläjärvi", "Valkeapää-Magga", "Länsman-Aikio"], ["FI", "NO"]),
}

# The irregular Finnish forms of the set's names: those of its compound surnames.
IRREGULAR = generation.compound_forms(FI_SURNAMES, harmony=False)


# ---------------------------------------------------------------------------------------------------------------------
# Phones: the world's numbers of generation.COUNTRIES, written as directories, exports and signatures write them.

COUNTRIES = generation.countries_until("HT", AX=["181{4}", "182{4}", "183{4}", "457{7}"], SK=["90{7}", "95{7}"],
                                       CL=["96{7}", "98{7}", "99{7}"], IL=["50{7}", "52{7}", "53{7}", "54{7}", "58{7}"])
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
# look-alike.

class Writer(generation.Writer):
    phones, draws, irregular = PHONES, DRAW, IRREGULAR
    born = (("-", 40, 99), ("A", 0, 24))

    def L(self, kind):
        return self.look(LOOKS[kind](), kind)

    def mail(self, p):
        return self.ent(email_of(p), "EMAIL", p.role)

    def shared_box(self):
        return R.choice(SHARED_BOXES[self.language])


# ---------------------------------------------------------------------------------------------------------------------
# Look-alikes of privacy casework: diary numbers, case, ticket and call ids, articles and sections of laws, authorities,
# business ids, recordings without a person, amounts, role titles, units and law names.


# The privacy team's and HR's shared mailboxes: an EMAIL, role "third", as set 27 labels them.
SHARED_BOXES = {"fi": ["tietosuoja@firma.example.fi", "tietosuojavastaava@kunta.example.fi",
                       "hr-palvelut@firma.example.fi"],
                "en": ["privacy@consult.example.com", "dpo@konserni.example.com", "people-ops@konserni.example.com"],
                "sv": ["dataskydd@bolaget.example.se", "dso@logistik.example.se", "hr@bolaget.example.se"]}


LOOKS = {
    "ticket": lambda: DRAW.fill(R.choice(["INC00{5}", "REQ{7}", "TUKI-{5}", "SR-2026-{4}", "ÄRENDE-{6}", "HD-{3}-{4}",
                                     "CHG00{5}", "OPS-{4}", "HR-{5}", "SEC-{4}"])),
    "dnro": lambda: DRAW.fill(R.choice(["TSV/{4}/2026", "Dnro {4}/161/2026", "DIAR-2026-{4}", "TSV/{3}/2027",
                                   "Dnro {3}/03.04.00/2026", "TIETO-2026-{3}"])),
    "dnr": lambda: DRAW.fill(R.choice(["Dnr IMY-2026-{4}", "IMY-2027-{3}", "Dnr {4}-2026", "DS-2026/{3}",
                                       "Dnr 2026/{4}"])),
    "icoref": lambda: DRAW.fill(R.choice(["IC-{6}-{A}{1}{A}{1}", "RFA0{6}", "INC-{6}-{A}{A}{1}"])),
    "dsar": lambda: DRAW.fill(R.choice(["DSAR-2026-{4}", "TP-{5}", "REK-{5}", "ERAS-{4}", "RÄTT-{4}", "SAR-{6}"])),
    "breach": lambda: DRAW.fill(R.choice(["BR-2026-{3}", "LOUKKAUS-{3}/2026", "INCIDENT-{4}", "PDI-{4}"])),
    "callid": lambda: DRAW.fill(R.choice(["CALL-{8}", "CID-2026{4}-{6}", "{x}{x}{x}{x}{x}{x}{x}{x}-{x}{x}{x}{x}",
                                     "conv-{10}", "ACD{7}"])),
    "recording": lambda: DRAW.fill(R.choice(["rec_2026{4}_{4}_q{2}.wav", "CALL-{8}.mp3", "queue{1}_{10}.opus",
                                        "inbound-{6}-{4}.wav"])),
    "law_fi": lambda: R.choice(["tietosuoja-asetuksen 15 artiklan", "tietosuojalain 6 §:n", "tietosuojalain 31 §:n",
                                "työelämän tietosuojalain 5 §:n", "hallintolain 43 §:n", "julkisuuslain 24 §:n",
                                "arkistolain 8 §:n", "rikosasioiden tietosuojalain 22 §:n",
                                "17 artiklan 1 kohdan b alakohdan", "33 artiklan 1 kohdan",
                                "tietosuoja-asetuksen 12 artiklan 3 kohdan",
                                "sähköisen viestinnän palveluista annetun lain 136 §:n", "GDPR 15(3) artiklan"]),
    "law_en": lambda: R.choice(["GDPR Art. 15(3)", "Article 17(1)(b)", "Art. 33(1)", "Article 12(3)", "Art. 6(1)(c)",
                                "UK GDPR Article 15", "Data Protection Act 2018, Schedule 2", "Art. 34",
                                "Article 9(2)(b)",
                                "Recital 63", "Article 30", "Art. 35(7)"]),
    "law_sv": lambda: R.choice(["artikel 15.3 i dataskyddsförordningen", "dataskyddslagen 3 kap. 5 §", "artikel 17.1 b",
                                "artikel 33", "offentlighets- och sekretesslagen 21 kap. 7 §", "artikel 12.3",
                                "förvaltningslagen 9 §", "lagen om elektronisk kommunikation 6 kap. 22 §",
                                "artikel 6.1 c"]),
    "authority_fi": lambda: R.choice(["Tietosuojavaltuutetun toimisto", "tietosuojavaltuutettu",
                                      "apulaistietosuojavaltuutettu", "Helsingin hallinto-oikeus",
                                      "Tietosuojavaltuutetun toimisto, Seuraamuskollegio"]),
    "authority_en": lambda: R.choice(["Information Commissioner's Office", "the ICO", "the Data Protection Commission",
                                      "ICO Public Advice and Data Protection Complaints Service"]),
    "authority_sv": lambda: R.choice(["Integritetsskyddsmyndigheten", "IMY", "Förvaltningsrätten i Stockholm",
                                      "Integritetsskyddsmyndigheten, enheten för klagomål"]),
    "ytunnus": DRAW.ytunnus, "orgnr": lambda: DRAW.fill("556{3}-{4}"),
    "amount_fi": lambda: f"{R.randint(12, 4800)},{R.randint(0, 99):02d} €",
    "amount_en": lambda: R.choice([f"£{R.randint(12, 4800)}.{R.randint(0, 99):02d}", f"€{R.randint(12, 4800)}.00"]),
    "amount_sv": lambda: f"{R.randint(1, 48)} {R.randint(0, 999):03d} kr",
    "role_fi": lambda: R.choice(["tietosuojavastaava", "palvelupäällikkö", "HR-asiantuntija", "esihenkilö",
                                 "lakimies", "tietoturvapäällikkö", "palkanlaskija", "työterveyshoitaja",
                                 "luottamusmies", "rekrytointiasiantuntija"]),
    "role_en": lambda: R.choice(["Data Protection Officer", "DPO", "Service Desk Manager", "HR Business Partner",
                                 "Team Lead", "Information Security Officer", "Payroll Specialist", "Legal Counsel",
                                 "union representative", "Quality Analyst"]),
    "role_sv": lambda: R.choice(["dataskyddsombud", "servicedeskchef", "HR-specialist", "gruppchef", "jurist",
                                 "informationssäkerhetsansvarig", "lönehandläggare", "skyddsombud", "kvalitetscoach"]),
    "unit_fi": lambda: R.choice(["Tietohallinto / Palvelupiste", "HR-palvelut", "Palkkahallinto", "Lakiasiat",
                                 "Asiakaspalvelukeskus", "Työterveyshuolto", "Tietosuojatiimi", "Rekrytointi"]),
    "unit_en": lambda: R.choice(["IT Service Desk", "People Operations", "Payroll Services", "Legal & Compliance",
                                 "Contact Centre Quality", "Information Governance", "Talent Acquisition"]),
    "unit_sv": lambda: R.choice(["IT-servicedesk", "HR-avdelningen", "Löneenheten", "Juridiska enheten",
                                 "Kundtjänst", "Dataskyddsfunktionen", "Rekryteringsenheten"]),
    "system": lambda: R.choice(["ServiceNow", "TOPdesk", "Efecte", "Genesys Cloud", "Puzzel", "Teams-puhelu",
                                "SuccessFactors", "Sympa HR", "Heeros", "ReachMee", "Laura", "Workday", "Visma Lön",
                                "M-Files", "OneTrust", "Retain 3.2"]),
    "retention": lambda: R.choice(["6 kk", "12 kuukautta", "2 vuotta", "90 päivää", "6 months", "24 months",
                                   "7 years", "6 månader", "3 år", "30 dagar"]),
    "count": lambda: str(R.randint(2, 4800)),
    "queue": lambda: R.choice(["Jono 2 / Tunnukset", "Queue: HR-Access", "Kö 4 Lön", "Tier 2", "L1-Palvelupiste",
                               "Kö: Dataskydd"]),
    "hour": lambda: CLOCK.timestamp("hm"),
    "stamp": lambda: CLOCK.timestamp("sql"),
    "duration": lambda: f"{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
}


LOOKS.update({
    "court_fi": lambda: R.choice(["Helsingin käräjäoikeus", "Pirkanmaan käräjäoikeus", "Varsinais-Suomen käräjäoikeus",
                                  "Oulun käräjäoikeus", "Helsingin hovioikeus"]),
    "court_sv": lambda: R.choice(["Stockholms tingsrätt", "Göteborgs tingsrätt", "Attunda tingsrätt",
                                  "Svea hovrätt", "Malmö tingsrätt"]),
    "court_en": lambda: R.choice(["County Court at Central London", "Manchester Employment Tribunal",
                                  "High Court of Justice"]),
    "police_fi": lambda: R.choice(["Helsingin poliisilaitos", "Itä-Uudenmaan poliisilaitos", "Keskusrikospoliisi",
                                   "Sisä-Suomen poliisilaitos"]),
    "police_sv": lambda: R.choice(["Polismyndigheten, region Stockholm", "Polismyndigheten, region Väst",
                                   "Polisen, Noa"]),
    "police_en": lambda: R.choice(["Metropolitan Police Service", "Greater Manchester Police", "Police Scotland"]),
    "courtcase": lambda: DRAW.fill(R.choice(["T {4}-26", "R 26/{4}", "L 26/{5}", "FT {4}-26",
                                             "Case No. {2}0{4}/2026"])),
})
LOOKS.update({"date_fi": lambda: CLOCK.day_text("fi"), "date_en": lambda: CLOCK.day_text("en"),
              "date_sv": lambda: CLOCK.day_text("sv")})

# ---------------------------------------------------------------------------------------------------------------------
# The shapes: one template each, in the language its kind of text is written in. s is the data subject, the register's
# known person; a-f are third parties (relatives, agents, officials, colleagues); k is a child or a deceased relative
# with the subject's surname.

SHAPES = [
    ("dsar_letter_fi", "fi",
     "Tietopyyntö – {L:dsar}\n\nHyvä rekisterinpitäjä,\n\npyydän {L:law_fi} nojalla jäljennöksen kaikista minua "
     "koskevista henkilötiedoista, myös puhelutallenteista, joissa palvelupisteen työntekijä {a.gs} tai {b.gs} "
     "käsitteli asiaani {L:date_fi}. Henkilötunnukseni on {hetu:s}. Vastaus pyydetään {L:retention} kuluessa "
     "osoitteeseen {mail:s}.\n\nYstävällisin terveisin\n{s.gs}\n{phone:s}\n"),
    ("web_form_fi", "fi",
     "Lomake: Tietosuojapyyntö ({L:system})\nLähetetty: {L:stamp}\nPyynnön tyyppi: [Tietojen poistaminen]\n"
     "Etunimi: {s.g}\nSukunimi: {s.s}\nSähköposti: {mail:s}\nPuhelin: {phone:s}\nKäyttäjätunnus: {user:s}\n"
     "Lisätiedot: Entinen esihenkilöni {a.gs} lähetti tietojani {b.gs.all} ilman lupaa. Pyydän poistoa "
     "{L:law_fi} perusteella.\nViite: {L:dsar}\n"),
    ("rectify_email_fi", "fi",
     "Aihe: Oikaisupyyntö, {L:dsar}\n\nHei,\n\nnimeni on kirjattu järjestelmään väärin: sukunimeni muutettiin "
     "{s.s.tra} {L:date_fi}, mutta vanha nimi on yhä käytössä, ja puhelinnumeroksi on merkitty {phone:b}, "
     "joka on {b.gs.gen} numero. Oikea numeroni on {phone:s}. Otin yhteyttä {a.gs.ill} ({L:unit_fi}), mutta "
     "{a.g.abl} ei ole kuulunut mitään. Pyydän oikaisua {L:law_fi} mukaisesti.\n\nt. {s.gs}\n"),
    ("guardian_fi", "fi",
     "Huoltajan tietopyyntö\n\nOlen alaikäisen {k.gs.gen} huoltaja ja pyydän hänen puolestaan pääsyä hänen "
     "tietoihinsa ({L:law_fi}). Lapsen henkilötunnus: {hetu:k}. Toinen huoltaja {a.gs} on tietoinen pyynnöstä. "
     "Koulun yhteyshenkilö {b.gs} ({mail:b}) voi vahvistaa asian.\n\n{s.gs}, {phone:s}\nViite {L:dsar}\n"),
    ("estate_fi", "fi",
     "Kuolinpesän tietopyyntö\n\nOlen kuolinpesän osakas. Vanhempani {k.gs} kuoli {L:date_fi}, ja "
     "pesänhoitajana toimii asianajaja {a.gs}. Pyydämme {k.s.gen} asiakastilin sulkemista ja tallenteiden "
     "poistoa. Perukirja on liitteenä; muut osakkaat ovat {b.gs} ja {c.gs}.\nYhteystiedot: {s.gs}, {mail:s}, "
     "{phone:s}\n"),
    ("poa_fi", "fi",
     "Valtakirja\n\nMinä, {s.gs} (hetu {hetu:s}), valtuutan {a.gs.gen} hoitamaan puolestani tietosuoja-asiani "
     "{L:dsar}. Valtuutetun puhelin {phone:a}. Todistajina {b.gs} ja {c.gs}.\n\nPaikka ja aika: Tampere "
     "{L:date_fi}\n"),
    ("identity_note_fi", "fi",
     "Tunnistamismuistio {L:dsar}\n{L:hour} {a.gs} ({L:role_fi}) soitti takaisin numeroon {phone:s}. Asiakas "
     "{s.gs} vastasi kolmeen tunnistuskysymykseen oikein. Asiamiehenä toimivan {b.gs.gen} valtuutus "
     "tarkistettiin Suomi.fi-valtuuksista; {b.g.all} lähetettiin vahvistus. Kirjannut: {c.gs}, {L:unit_fi}\n"),
    ("dpo_case_note_fi", "fi",
     "Tapausmuistio – {L:dnro}\nRekisteröity: {s.gs} ({mail:s})\nKäsittelijä: {a.gs}, {L:role_fi}\n"
     "{L:date_fi}: Pyyntö vastaanotettu. Määräaika {L:law_fi} mukaan.\n{L:date_fi}: {b.gs} ({L:unit_fi}) "
     "toimitti lokit. {c.gs.gen} sähköpostit rajattu pois, koska ne koskevat kolmatta osapuolta.\n"
     "{L:date_fi}: Luonnos vastaukseksi {d.gs.all}.\n"),
    ("decision_letter_fi", "fi",
     "PÄÄTÖS {L:dnro}\n\nAsianosainen: {s.gs}\n\nOlette pyytäneet {L:date_fi} tietojenne poistamista. "
     "Pyyntö hylätään osittain, koska {L:law_fi} edellyttää tietojen säilyttämistä. Tallenne, jossa {a.gs} "
     "neuvoo teitä, säilytetään {L:retention}.\n\nMuutoksenhaku: {L:authority_fi}.\n\n{b.gs}\n{L:role_fi}\n"
     "{mail:b} / {shared}\n"),
    ("tsv_letter_fi", "fi",
     "{L:authority_fi}\nSelvityspyyntö {L:dnro}\n\nRekisteröity {s.gs} on tehnyt valituksen. Hänen mukaansa "
     "palvelupisteen työntekijä {a.gs} luovutti puhelimessa tietoja {b.gs.all}. Pyydämme selvitystä "
     "{L:law_fi} mukaisesti {L:date_fi} mennessä.\n\nYlitarkastaja {c.gs}\npuh. {phone:c}\n"),
    ("tsv_reply_fi", "fi",
     "Vastine {L:dnro}\n\n{L:authority_fi}\n\nViittaamme selvityspyyntöön, joka koskee {s.gs.gen} valitusta. "
     "Puhelu {L:callid} kuunneltiin; kuuntelijoina olivat {a.gs} ja {b.gs}. {c.gs} ei ole luovuttanut tietoja. "
     "Y-tunnus {L:ytunnus}.\n\n{d.gs}, {L:role_fi}\n"),
    ("call_complaint_fi", "fi",
     "Reklamaatio {L:ticket}, puhelu {L:callid}\n{L:stamp} asiakas {s.gs} ({phone:s}) valitti, että agentti "
     "{a.gs} sanoi hänelle: \"ette te osaa tätä\". Tallenne {L:recording} ({L:duration}). Kuunteli: "
     "{b.gs} ({L:role_fi}) {L:date_fi}. Agentin esihenkilö {c.gs} pyytää anteeksi {s.g.all}; "
     "{a.g.ill} on oltu yhteydessä.\n"),
    ("recording_listen_fi", "fi",
     "Tallenteen kuunteluloki {L:recording}\n{L:stamp} {user:a} ({a.gs}) kuunteli, syy: reklamaatio {L:ticket}\n"
     "{L:stamp} {user:b} ({b.gs}) latasi tiedoston\n{L:stamp} {user:c} ({c.gs}) kuunteli, syy: laatu\n"
     "Asiakas: {s.gs}, {phone:s}\n"),
    ("breach_fi", "fi",
     "Tietoturvaloukkausilmoitus {L:breach}\nHavaittu {L:stamp}. {a.gs} lähetti palkkalaskelman {s.gs.all} "
     "väärälle vastaanottajalle {b.gs} ({mail:b}). Tiedot: nimi, henkilötunnus {hetu:s}, tilinumero {iban:s}. "
     "Rekisteröityjä {L:count}. Ilmoitus {L:authority_fi}: {L:law_fi}. Vastuuhenkilö {c.gs}.\n"),
    ("breach_register_fi", "fi",
     "Loukkausrekisteri\n{L:breach} | {L:date_fi} | väärä vastaanottaja | {s.gs} | ilmoittaja {a.gs} | "
     "{L:count} henkilöä\n{L:breach} | {L:date_fi} | kadonnut kannettava | {b.gs} | ilmoittaja {c.gs} | "
     "{L:count} henkilöä\n{L:breach} | {L:date_fi} | tallenne väärässä kansiossa | {d.gs} | ilmoittaja {e.gs} | "
     "{L:count} henkilöä\n"),
    ("legal_hold_fi", "fi",
     "Säilytyspäätös (legal hold) {L:dnro}\nKoskee: {s.gs.gen} ja {a.gs.gen} sähköpostilaatikoita sekä puhelut "
     "{L:callid}. Peruste: {L:law_fi}. Päätöksen teki {b.gs}, {L:role_fi}. Poisto-ajo {L:system} keskeytetty "
     "{L:date_fi}. Päätös toimitettu {c.gs.all}.\n"),
    ("ropa_fi", "fi",
     "Seloste käsittelytoimista – {L:unit_fi}\nRekisterinpitäjä: [Esimerkki Oy] (Y-tunnus {L:ytunnus})\n"
     "Tietosuojavastaava: {a.gs}, {mail:a}, {phone:a}; {shared}\nYhteyshenkilö: {b.gs}\nSäilytysaika: {L:retention}\n"
     "Peruste: {L:law_fi}\nJärjestelmä: {L:system}\nPäivitetty {L:date_fi} ({c.gs})\n"),
    ("dpia_fi", "fi",
     "Vaikutustenarviointi: puhelujen tallennus ja analytiikka\nOsallistujat: {a.gs} ({L:role_fi}), {b.gs} "
     "({L:role_fi}), {c.gs} ({L:role_fi}), {d.gs} ({L:role_fi})\nRiski: agentin {e.gs} tapauksessa tallenne "
     "levisi tiimin kanavalle. Toimenpide: pääsy vain {L:unit_fi}. Hyväksyjä {s.gs} {L:date_fi}.\n"),
    ("onboarding_fi", "fi",
     "Pyyntö {L:ticket}: Uusi työntekijä\nNimi: {s.gs}\nAloittaa: {L:date_fi}\nEsihenkilö: {a.gs}\n"
     "Tunnus: {user:s}\nSähköposti: {mail:s}\nMatkapuhelin: {phone:s}\nKäyttöoikeudet kuten {b.gs.ade}. "
     "Perehdyttäjä {c.gs}. Tilaaja: {d.gs}, {L:unit_fi}\n"),
    ("offboarding_fi", "fi",
     "Pyyntö {L:ticket}: Työsuhde päättyy\n{s.gs.gen} viimeinen työpäivä on {L:date_fi}. Tunnus {user:s} "
     "suljetaan ja postilaatikko siirretään {a.gs.all}. Kotihakemiston tiedostot käy läpi {b.gs}; {b.g.ela} tulee myös "
     "tiedostojen omistaja. "
     "Puhelinliittymä {phone:s} siirretään {c.gs.all}. Hyväksyjä {d.gs}.\n"),
    ("sick_cover_fi", "fi",
     "Sijaisjärjestely {L:ticket}\n{s.gs} on poissa {L:date_fi}–{L:date_fi}. Sijaisena toimii {a.gs} ja "
     "{a.g.gen} jälkeen {b.gs}. Postilaatikon {mail:s} automaattivastaus ohjaa {a.gs.all} ({phone:a}). "
     "Syytä ei kirjata tikettiin. Pyytäjä {c.gs}, {L:role_fi}.\n"),
    ("parental_leave_fi", "fi",
     "Perhevapaan ajan järjestelyt\nHei, jään perhevapaalle {L:date_fi}. {a.gs} hoitaa jonon {L:queue} ja "
     "{b.gs} hyväksyy laskuni. Pyydän, että pääsy {L:system}-järjestelmään jäädytetään, ei poisteta. "
     "Esihenkilöni {c.gs.all} tiedoksi.\n{s.gs}, {phone:s}\n"),
    ("recruit_access_fi", "fi",
     "Pyyntö {L:ticket}: rekrytointijärjestelmän oikeudet\n{L:system}: lisää {a.gs} ({mail:a}) haun "
     "{L:ticket} arvioijaksi. Hakijat {b.gs}, {c.gs} ja {d.gs} näkyvät vain rekrytoivalle esihenkilölle {s.gs.all}. "
     "Poista {e.gs.gen} oikeudet.\n"),
    ("payroll_fi", "fi",
     "Palkkakorjaus {L:ticket}\nTyöntekijä: {s.gs}, hetu {hetu:s}\nTili: {iban:s}\nKorjattava summa: "
     "{L:amount_fi} ({L:date_fi})\nKirjannut {a.gs} ({L:role_fi}), hyväksynyt {b.gs}\n"),
    ("expense_fi", "fi",
     "Matkalasku {L:ticket}\nHei, {L:system} hylkäsi kuittini {L:amount_fi}. Matkustin {a.gs.gen} ja "
     "{b.gs.gen} kanssa asiakkaalle; hyväksyjä {c.gs} on lomalla, joten {d.gs} voisi hyväksyä.\n{s.gs}\n"),
    ("union_fi", "fi",
     "Luottamusmiehen yhteydenotto\nLuottamusmies {a.gs} ({phone:a}) pyytää {s.gs.gen} puolesta kopiota "
     "puhelutallenteesta {L:recording}, jota {b.gs} käytti varoituksen perusteena. Tilaisuudessa läsnä "
     "{c.gs} ja {d.gs}. Viite {L:dnro}.\n"),
    ("occ_health_fi", "fi",
     "Työterveys / {L:ticket}\nTyöterveyshoitaja {a.gs} soitti {s.gs.all} {L:date_fi}. Työhön paluun "
     "järjestelyt: näyttöpääte, etätyö 2 pv/vko. Terveystietoja ei tallenneta palvelupisteen järjestelmään. "
     "Yhteyshenkilö {b.gs} ({mail:b}).\n"),
    ("police_request_fi", "fi",
     "{L:police_fi}\nPyyntö tallenteiden luovuttamiseksi, {L:dnro}\nTutkinnanjohtaja {a.gs} pyytää "
     "puhelut, joissa {s.gs} soitti numerosta {phone:s} ajalla {L:date_fi}–{L:date_fi}. Peruste: "
     "{L:law_fi}. Yhteyshenkilö rikoskomisario {b.gs}, {phone:b}.\n"),
    ("court_order_fi", "fi",
     "{L:court_fi}\nAsia {L:courtcase}: {s.gs} / [Esimerkki Oy]\nTuomioistuin velvoittaa toimittamaan "
     "puhelutallenteen {L:callid}, jossa asiakaspalvelija {a.gs} ja {s.gs} keskustelivat. Käräjätuomari {b.gs}. "
     "Sihteeri {c.gs}, {mail:c}\n"),
    ("retention_fi", "fi",
     "Säilytysaikapäätös {L:dnro}\nRekisteri: puhelutallenteet ({L:system})\nSäilytysaika: {L:retention}, "
     "sen jälkeen automaattinen poisto. Poikkeus: {s.gs.gen} reklamaation tallenteet {L:callid} säilytetään "
     "{L:date_fi} asti. Valmistelija {a.gs}, päättäjä {b.gs} ({L:role_fi}). Kuultu: {c.gs.par} ja {d.gs.par}.\n"),
    ("court_roll_fi", "fi",
     "{L:court_fi}\nKutsu todistajaksi, asia {L:courtcase}\nKantaja: {s.SG}\nVastaaja: [Esimerkki Oy] "
     "({L:ytunnus})\nTodistajat: {a.SG}, {b.SG}\nAsiamies: {c.gs}\nIstunto {L:date_fi} klo {L:hour}\n"),
    ("access_review_fi", "fi",
     "Käyttöoikeuskatselmointi {L:ticket}\n{s.sgc} ({user:s}) – pääsy {L:system}: säilytetään\n"
     "{a.sgc} ({user:a}) – pääsy {L:system}: poistetaan, siirtynyt {L:unit_fi}\n{b.sgc} ({user:b}) – "
     "pääsy {L:system}: poistetaan\nKatselmoija {c.gs}, hyväksyjä {d.gs}\n"),
    # English
    ("dsar_letter_en", "en",
     "To: {shared}\nSubject Access Request – ref {L:dsar}\n\nDear Data Protection Officer,\n\nUnder {L:law_en} "
     "I request a copy of "
     "all personal data you hold about me, including the call recordings where {a.gs} and {b.gs} of your service "
     "desk handled my case on {L:date_en}. Please reply to {mail:s} within one month.\n\nYours faithfully,\n{s.gs}\n"
     "{phone:s}\n"),
    ("erasure_form_en", "en",
     "Web form: Right to erasure ({L:system})\nSubmitted: {L:stamp}\nFirst name: {s.g}\nLast name: {s.s}\n"
     "Email: {mail:s}\nPhone: {phone:s}\nAccount: {user:s}\nDetails: My former manager {a.gs} still has my CV "
     "and {b.gs} forwarded it to {c.gs}. Please erase under {L:law_en}.\n"),
    ("attorney_en", "en",
     "Re: Lasting power of attorney – {L:dsar}\n\nWe act for {s.gs}, whose attorney is {a.gs} under a registered "
     "lasting power of attorney. Please send copies of {s.s}'s records to {mail:a}. Our paralegal {b.gs} "
     "({phone:b}) will verify identity.\n\n{c.gs}\nSolicitor\n"),
    ("estate_en", "en",
     "Deceased customer – account closure\n\nI am the administrator of the estate of the late {k.gs}, who died on "
     "{L:date_en}. Please close {k.s}'s accounts and tell me which recordings you hold. The other beneficiaries are "
     "{a.gs} and {b.gs}.\n{s.gs}, {mail:s}, {phone:s}\n"),
    ("dpo_note_en", "en",
     "Case note {L:icoref}\nData subject: {s.gs} <{mail:s}>\nHandler: {a.gs}, {L:role_en}\n{L:date_en}: request "
     "logged; deadline under {L:law_en}.\n{L:date_en}: {b.gs} ({L:unit_en}) exported the ticket history.\n"
     "{L:date_en}: redacted {c.gs}'s and {d.gs}'s details as third parties.\n"),
    ("ico_letter_en", "en",
     "{L:authority_en}\nOur reference: {L:icoref}\n\nDear {a.gs},\n\nWe have received a complaint from {s.gs} about "
     "how your organisation handled a subject access request. {s.g} says that {b.gs} disclosed call details to "
     "{c.gs}. Please respond by {L:date_en}.\n\nYours sincerely\n{d.gs}\nCase Officer\n{phone:d}\n"),
    ("ico_reply_en", "en",
     "Response to {L:icoref}\n\nDear {a.gs},\n\nThank you for your letter about {s.gs}'s complaint. Call "
     "{L:callid} was reviewed by {b.gs} and {c.gs}. {d.gs} did not disclose any data. Company number "
     "{L:orgnr}.\n\n{e.gs}\n{L:role_en}\n"),
    ("qa_review_en", "en",
     "QA review – call {L:callid} ({L:duration})\nAgent: {a.gs} ({user:a})\nCaller: {s.gs}, {phone:s}\n"
     "{L:hour} agent confirmed identity; {L:hour} agent read out {b.gs}'s address by mistake.\nReviewed by {c.gs}, "
     "{L:role_en}. Escalated to {d.gs}.\n"),
    ("breach_notice_en", "en",
     "Personal data breach notification {L:breach}\nDiscovered {L:stamp} by {a.gs}. A spreadsheet with {L:count} "
     "records, including {s.gs}'s phone {phone:s}, was emailed to {b.gs} <{mail:b}>. Reported to "
     "{L:authority_en} under {L:law_en}. Owner: {c.gs}.\n"),
    ("offboarding_en", "en",
     "Ticket {L:ticket}: Leaver\n{s.gs} leaves on {L:date_en}. Disable {user:s}, forward {mail:s} to {a.gs} for "
     "30 days, hand over OneDrive to {b.gs}. Laptop collected by {c.gs}. Approved by {d.gs}, {L:role_en}.\n"),
    ("payroll_en", "en",
     "Payroll correction {L:ticket}\nEmployee: {s.gs}\nBank: {iban:s}\nAmount: {L:amount_en}, period {L:date_en}\n"
     "Raised by {a.gs}, checked by {b.gs} ({L:unit_en})\n"),
    ("police_en", "en",
     "{L:police_en}\nRequest for disclosure ({L:law_en}), ref {L:dnr}\nDC {a.gs} requests the recordings of "
     "calls made by {s.gs} from {phone:s} between {L:date_en} and {L:date_en}. Contact DS {b.gs}, {phone:b}.\n"),
    ("union_en", "en",
     "Union contact\nHi, {a.gs} from the union represents {s.gs} in the grievance about the call handled by "
     "{b.gs}. They ask for recording {L:recording}. HR contact {c.gs} ({mail:c}).\n"),
    ("recruit_en", "en",
     "Ticket {L:ticket}: access to {L:system}\nPlease add {a.gs} as interviewer. Candidates {b.gs}, {c.gs} and "
     "{d.gs} should be visible only to {s.gs}. Remove {e.gs} from the panel.\n"),
    ("parent_en", "en",
     "Request on behalf of my child\n\nI am the parent of {k.gs} (aged 14) and ask for {k.g}'s data under "
     "{L:law_en}. {k.g}'s other parent, {a.gs}, agrees. The school's safeguarding lead {b.gs} ({mail:b}) can "
     "confirm.\n{s.gs}\n{phone:s}\n"),
    ("legal_hold_en", "en",
     "Legal hold notice {L:dnr}\nCustodians: {s.sgc}; {a.sgc}; {b.sgc}\nScope: mailboxes, Teams chats and call "
     "recordings {L:callid} from {L:date_en}. Retention policy in {L:system} suspended. Issued by {c.gs}, "
     "{L:role_en}.\n"),
    ("ropa_en", "en",
     "Record of processing – {L:unit_en}\nController contact: {a.gs}, {mail:a}; {shared}\nDPO: {b.gs}, {phone:b}\n"
     "Purpose: call quality monitoring\nLawful basis: {L:law_en}\nRetention: {L:retention}\nLast reviewed "
     "{L:date_en} by {c.gs}\n"),
    ("identity_en", "en",
     "ID check for {L:dsar}\n{L:hour} called {s.gs} back on {phone:s}; confirmed date of birth and last "
     "ticket.\n{L:hour} {s.g} asked that {a.gs} also receive the reply; declined without {s.g}'s written "
     "consent.\nChecked by {b.gs} ({user:b})\n"),
    # Swedish
    ("dsar_sv", "sv",
     "Till: {shared}\nBegäran om registerutdrag – {L:dsar}\n\nHej,\n\njag begär enligt {L:law_sv} en kopia av alla "
     "personuppgifter ni har om mig, även samtalsinspelningar där {a.gs} och {b.gs} på er servicedesk hanterade "
     "mitt ärende {L:date_sv}. Svara till {mail:s}.\n\nMed vänlig hälsning\n{s.gs}\n{phone:s}\n"),
    ("dodsbo_sv", "sv",
     "Dödsbo efter {k.gs}\n\nJag företräder dödsboet efter {k.gs}, som avled {L:date_sv}. Vi ber er avsluta "
     "{k.s.gen} konto och radera inspelningar. Delägare är {a.gs} och {b.gs}; bouppteckningen förrättades av "
     "{c.gs}.\n{s.gs}, {mail:s}, {phone:s}\n"),
    ("guardian_sv", "sv",
     "Vårdnadshavares begäran\n\nJag är vårdnadshavare för {k.gs} och begär ut hens uppgifter ({L:law_sv}). "
     "Den andra vårdnadshavaren {a.gs} är informerad. Kontakt på skolan: {b.gs}, {mail:b}.\n{s.gs}, {phone:s}\n"),
    ("imy_letter_sv", "sv",
     "{L:authority_sv}\n{L:dnr}\n\nIMY har tagit emot ett klagomål från {s.gs}. Enligt klagomålet lämnade "
     "{a.gs} ut uppgifter i telefon till {b.gs}. Vi begär ett yttrande senast {L:date_sv}.\n\nHandläggare "
     "{c.gs}\n{phone:c}\n"),
    ("imy_reply_sv", "sv",
     "Yttrande i ärende {L:dnr}\n\nBolaget (org.nr {L:orgnr}) har gått igenom samtal {L:callid} med {s.gs}. "
     "Inspelningen avlyssnades av {a.gs} och {b.gs}. {c.gs} lämnade inte ut uppgifter.\n\n{d.gs}, {L:role_sv}\n"),
    ("call_complaint_sv", "sv",
     "Klagomål {L:ticket}, samtal {L:callid}\n{L:stamp} ringde {s.gs} ({phone:s}) och klagade på att "
     "{a.gs} avbröt hen. Inspelning {L:recording}. Avlyssnad av {b.gs} ({L:role_sv}). {c.gs} återkopplar till "
     "{s.g}.\n"),
    ("onboarding_sv", "sv",
     "Ärende {L:ticket}: Nyanställd\nNamn: {s.gs}\nStartdatum: {L:date_sv}\nChef: {a.gs}\nAnvändarnamn: {user:s}\n"
     "E-post: {mail:s}\nMobil: {phone:s}\nBehörigheter som {b.gs.gen}. Fadder: {c.gs}\n"),
    ("sick_cover_sv", "sv",
     "Vikariat under sjukfrånvaro\n{s.gs} är borta {L:date_sv}. {a.gs} tar {s.g.gen} kö {L:queue} och {b.gs} "
     "attesterar. Frånvaroorsak registreras inte. Beställare {c.gs}, {L:role_sv}.\n"),
    ("payroll_sv", "sv",
     "Lönekorrigering {L:ticket}\nAnställd: {s.gs}\nKonto: {iban:s}\nBelopp: {L:amount_sv}\nRegistrerad av {a.gs}, "
     "attesterad av {b.gs} ({L:unit_sv})\n"),
    ("breach_sv", "sv",
     "Incidentrapport {L:breach}\n{L:stamp} skickade {a.gs} en lönefil med {L:count} anställda, bland dem "
     "{s.gs} ({phone:s}), till {b.gs} <{mail:b}>. Anmäld till {L:authority_sv} enligt {L:law_sv}. "
     "Ansvarig {c.gs}.\n"),
    ("rectify_sv", "sv",
     "Begäran om rättelse, {L:dsar}\n\nHej! Mitt efternamn är felstavat i ert system, och mitt telefonnummer "
     "har bytts mot {b.gs.gen} nummer {phone:b}. Rätt nummer är {phone:s}. {a.gs} på {L:unit_sv} hanterade "
     "ärendet.\n/{s.gs}\n"),
    ("legal_hold_sv", "sv",
     "Bevarandebeslut {L:dnr}\nGäller {s.gs.gen} och {a.gs.gen} brevlådor samt samtal {L:callid}. Grund: "
     "{L:law_sv}. Beslutat av {b.gs}, {L:role_sv}. Gallring i {L:system} stoppad {L:date_sv}.\n"),
    ("court_sv", "sv",
     "{L:court_sv}\nMål {L:courtcase}\nKärande: {s.SG}\nSvarande: [Bolaget AB] ({L:orgnr})\nVittnen: {a.SG}, "
     "{b.SG}\nOmbud: advokat {c.gs}\nHuvudförhandling {L:date_sv} kl. {L:hour}\n"),
    ("parental_sv", "sv",
     "Föräldraledighet\nHej, jag går på föräldraledighet {L:date_sv}. {a.gs} tar över {L:queue} och "
     "{b.gs} attesterar mina fakturor. Min chef {c.gs} är informerad.\n{s.gs}, {phone:s}\n"),
    ("police_sv", "sv",
     "{L:police_sv}\nBegäran om utlämnande, {L:dnr}\nFörundersökningsledare {a.gs} begär inspelningar av samtal "
     "från {s.gs} ({phone:s}) mellan {L:date_sv} och {L:date_sv}. Kontakt {b.gs}, {phone:b}.\n"),
]

COPIES = {"fi": ["\nTiedoksi: {e.gs} ({phone:e}), {f.gs}\n", "\nKopio: {f.gs}, {phone:f}\n",
                 "\nTiedoksi {e.gs.all} ja {f.gs.all}\n", "\nTiedoksi: {e.gs}, {f.gs}\n"],
          "en": ["\ncc: {e.gs}, {f.gs} ({phone:f})\n", "\nCopy to {f.gs}\n", "\ncc: {e.gs} <{mail:e}>\n"],
          "sv": ["\nKopia: {e.gs}, {f.gs}\n", "\nFör kännedom: {f.gs}, {phone:f}\n"]}

# The service desk's record around each text: the case system's header or footer with the handler, their number, the
# queue, the case id and a time.
RECORDS = {
    "fi": ["\n--\n{L:system} · Tiketti {L:ticket} päivitetty {L:stamp}\nKäsittelijä: {e.gs}, {L:role_fi}, "
           "puh. {phone:e}\nJono: {L:queue}\n",
           "\n---\nKirjattu {L:date_fi} klo {L:hour} · {L:unit_fi} · {e.gs} ({phone:e})\nLuokitus: "
           "[Tietosuoja / rekisteröidyn oikeudet] · viite {L:dsar}\n",
           "\n\n{e.gs}\n{L:role_fi}, {L:unit_fi}\n{phone:e}\n[Esimerkki Oy], Y-tunnus {L:ytunnus}\n"],
    "en": ["\n--\n{L:system} · Case {L:ticket} updated {L:stamp}\nOwner: {e.gs}, {L:role_en}, tel. {phone:e}\n"
           "Queue: {L:queue}\n",
           "\n---\nLogged {L:date_en} at {L:hour} · {L:unit_en} · {e.gs} ({phone:e})\nCategory: "
           "[Privacy / data subject rights] · ref {L:dsar}\n",
           "\n\n{e.gs}\n{L:role_en}, {L:unit_en}\nM: {phone:e}\n"],
    "sv": ["\n--\n{L:system} · Ärende {L:ticket} uppdaterat {L:stamp}\nHandläggare: {e.gs}, {L:role_sv}, "
           "tfn {phone:e}\nKö: {L:queue}\n",
           "\n---\nRegistrerat {L:date_sv} kl. {L:hour} · {L:unit_sv} · {e.gs} ({phone:e})\nKategori: "
           "[Dataskydd / registrerades rättigheter] · ref {L:dsar}\n",
           "\n\n{e.gs}\n{L:role_sv}, {L:unit_sv}\nMobil: {phone:e}\nOrg.nr {L:orgnr}\n"],
}


draw = generation.case_draw("held-out-36", PEOPLE, DRAW, PHONES, CLOCK, Writer, email_of, COPIES, RECORDS, company=6)


def main():
    tally = generation.printed(SHAPES, draw, REDRAWN, PHONES, COUNTRIES)
    if "--stats" in sys.argv:
        print(json.dumps(dict(tally.counts)), file=sys.stderr)
        tally.print_stats(tally.dates(), literal_variants=True)
        generation.print_redrawn(REDRAWN)


main()
