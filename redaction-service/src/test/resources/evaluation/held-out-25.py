#!/usr/bin/env python3
"""Generates the twenty-fifth held-out set (held-out-25.jsonl), written and committed before the engine was run on
it, as an untouched set beside sets 15 to 24: nobody tunes on it. Its writer read no detection code, list or model. It
holds kinds of service-desk text, as a telephony and chat platform records them, that sets 1-24 lack: speech-to-text
call transcripts with timestamps and speaker labels, in lower case without punctuation, numbers said digit by digit
or half in words and half in digits ("nolla neljä neljä 312 45 67", "oh seven seven double four"), e-mail addresses
said aloud ("liisa piste kaakinen ät firma piste fi", "snabel-a") and names misspelt by the recogniser (kaakkinen for
Kaakinen, sevtsuk for Ševtšuk, kivi koskinen for Kivi-Koskinen); call detail records and queue reports (semicolon
rows with the caller's number, the agent and the CRM match); forwarded mail with quoted header blocks (Lähettäjä:,
Lähetetty:, Vastaanottaja:, Kopio:; From:, Sent:, To:, Cc:; Från:, Skickat:, Till:, Kopia:) and display names
written surname first; mobile number porting orders (the holder's identity code, the child who uses the
subscription, the family's plural surname: "Kaakisten perhepaketti", "Kaakisille"); itemised phone bills with calls
abroad; HR onboarding forms with the next of kin; offboarding with shared-mailbox conversion, automatic replies and
mail-flow rules; secure-print and door logs; visitor registrations; SMS gateway logs (delivery status, the message
text with a temporary password); voicemail-to-mail notifications with their automatic transcription; Teams and Slack
threads with reactions, edits and deletions; mobile device management wipe records; calls through an interpreter.
Names: rare Finnish given names and surnames (Mertsi, Hemminki, Lalli, Soili, Naima; Kastepohja, Hiidenheimo,
Lähteenoja, Tervahauta, Vaajakallio), Finnish double given names and double surnames (Aarre-Veikko, Seija-Riitta;
Kivi-Koskinen, Kataja-aho, Niemi-Nikkola), Finnish surnames and given names that are words (Kesti and kesti,
Suomalainen and suomalainen, Tuuri and tuuri, Haikara, Hattara, Mainio, Elo), Estonian (Tõnis, Kätlin; Kivisild,
Rüütel), Ukrainian in the Finnish and the English transliteration (Jevhen Ševtšuk, Yevhen Savchuk),
Polish (Włodzimierz, Genowefa; Żurawski, Frąckowiak), Japanese (Tsubasa, Midori; Taniguchi, Maruyama), Chinese in
pinyin (Guangming, Xiuying; Xiong, Qian), Thai (Rungnapa, Apichart; Chantarasiri, Limpakorn), Vietnamese (Nguyệt,
Quyên; Lương, Đinh), Turkish (Nesrin, Levent; Gündoğdu, Kocabaş), Persian (Touraj, Parvaneh; Khosravi, Yazdani),
Indian (Jignesh, Falguni, Paramjit; Shekhawat, Vaghela, Dhillon), Latvian (Ojārs, Dzintra; Strazdiņš, Zvaigzne),
Lithuanian (Audronė, Kęstutis; Grybauskaitė, Žilinskas), Somali (Xaliimo, Saciid; Cabdulle, Gacal), Arabic
(Ibtisam, Zuhair; Al-Masri, Fakhoury), Sámi (Ravna, Lemet; Bigga, Hætta-Siri), South Slavic and Bulgarian
(Dubravka, Vojislav, Tsvetelina; Grgić, Mlakar, Stoyanov), Kazakh, Uzbek and Azerbaijani (Bekzat, Dilnoza, Sevinj;
Zhaksylykov, Quliyev), Hebrew (Yochai, Dganit; Amsalem, Elbaz), Maltese (Ġużeppi, Kalċidon; Buttigieg,
Sciberras), Zulu and Hausa (Nokuthula, Hauwa; Mahlangu, Danjuma), Māori, Samoan and Hawaiian (Ngaio, Tavita, Keoni;
Tuhiwai, Fonoti, Kahananui), Khmer, Lao and Tibetan (Sreymom, Souksavanh, Lhamo; Phommachanh, Dorjee), Malagasy
(Voahangy, Njaka; Randriamampionona), rare English (Mehitabel, Septimus, Jolyon; Murgatroyd, Wolstenholme) and
Swedish (Botvid, Frideborg, Gun-Britt; Wennerström, Uddén) ones, all in the Finnish cases in Finnish messages.
Phones: Finnish mobiles, landlines and company numbers in many written and spoken forms and numbers of Estonia, Latvia,
Lithuania, Poland, Ukraine, Turkey, Japan, China, Thailand, Vietnam, Somalia, the UAE, Iran, Sweden, the UK, the US,
Croatia, Serbia, Bulgaria, Kazakhstan, Azerbaijan, Israel, Malta, South Africa, New Zealand and Cambodia.
Labelling policy for the ambiguous: a name the recogniser misspelt is the person's NAME as it stands (kaakkinen); a
recogniser's split of one surname ("kivi koskinen") is one span; a number said in words, wholly or in part, is a PHONE
and an address said aloud an EMAIL; a shared mailbox's or the voicemail system's address is an EMAIL, role "third";
a temporary password in an SMS and a password said on voicemail are the subject's CREDENTIAL; a family's plural
surname (Kaakiset, Kaakisten) is a NAME of the subject's family, role "subject"; a child using the subject's
subscription bears the subject's surname as a third party's NAME. Look-alikes (kept): call, ticket, order, porting and
asset numbers, badge and visitor-card numbers, PAC and porting codes, serial numbers, build numbers that look like
addresses (10.0.22631.4317), firmware versions, times, durations, dates, prices; the operator Elisa; printers,
servers and rooms named after people (PRN-Ilmarinen, lovelace-db01, Sibelius-huone); streets and places named after
people (Eerikinkatu, Sofiankatu, Aleksis Kiven katu, Loviisa, Kristiinankaupunki, Charlotte, Kristianstad); firms and
brands that are founders' names (Fazer, Paulig, Hartwall, Stockmann, Dyson, Bosch, Cadbury, Ericsson, Hasselblad);
and the words that are this set's names (laine, niemen, toivo, usko, onneksi, kesti, suomalainen, tuuri,
haikara, hattaraa, Sallassa, Inarissa; oriel, the Sabine Hills; runa, Svea) — never in a message whose person bears that name. Titles stay outside the
spans, a Finnish ending or a plural inside, an English "'s" outside; an @ of a mention outside.
Same format as evaluation-set.jsonl; 650 messages: about 55 % Finnish, 35 % English and 10 % Swedish. Each message
checks itself before it is printed (message.emit: Message.check and message.verify) and is written again with new
draws when a labelled value stands unlabelled elsewhere in it, in any letter case, or a look-alike holds one.
Deterministic: python3 held-out-25.py > held-out-25.jsonl (python3 held-out-25.py --stats adds counts on stderr)"""
import collections
import random
import re
import sys
import unicodedata

import identifiers
from message import Message, emit, first_clean, mixed_language
from name_forms import distinct, foreign, inflect as fi, nen, nominative

R = random.Random(25252525)
PHONES = collections.Counter()
REDRAWN = collections.Counter()

FI_MEN = [fi(n) for n in ["Arho", "Eevertti", "Elo", "Mertsi", "Lalli", "Samuli", "Turo", "Mainio", "Aarre-Veikko",
                          "Ahti-Ilmari", "Mauri", "Olli-Ville", "Pekka-Juhani", "Toni-Petteri", "Antti-Jussi",
                          "Eero-Ilmari", "Lenni-Petteri", "Arvo-Ilmari", "Veini", "Immo", "Lauri-Kalervo",
                          "Mikko-Ilmari", "Eino-Veikko", "Toivo", "Usko", "Onni"]] + \
         [foreign("Allan"), foreign("Vilhelm"), fi("Hemminki", "Hemmingi", "Hemminki"),
          fi("Aleksis", "Aleksikse", "Aleksikse", par="Aleksista", ill="Aleksikseen"),
          fi("Jussi-Pekka", "Jussi-Peka", "Jussi-Pekka"), fi("Simo-Pekka", "Simo-Peka", "Simo-Pekka")]
FI_WOMEN = [fi(n) for n in ["Alli", "Inari", "Salla", "Naima", "Soili", "Sylvi-Kaarina", "Vilma-Kaisa", "Anna-Stiina",
                            "Kaija-Leena", "Raija-Liisa", "Sari-Annika", "Liisa-Maija", "Helka-Maria",
                            "Aila-Kristiina", "Kerttu-Sofia", "Iines-Maria", "Ritva-Liisa", "Orvokki-Maria"]] + \
           [fi("Sirkku", "Sirku", "Sirkku"), fi("Seija-Riitta", "Seija-Riita", "Seija-Riitta")]
FI_FIRST = FI_MEN + FI_WOMEN


def compound(nom, weak, strong, par, ill):
    return fi(nom, weak, strong, par=par, ill=ill)


FI_LAST = [nen(n) for n in ["Huopainen", "Hätinen", "Inkinen", "Jäppinen", "Kuitunen", "Kupiainen", "Olkkonen",
                            "Ohtonen", "Putkonen", "Roponen", "Siekkinen", "Suikkanen", "Tyrväinen", "Törrönen",
                            "Kaakinen", "Hänninen", "Säkkinen", "Haapalainen", "Kanniainen", "Pulliainen",
                            "Puumalainen", "Ruokolainen", "Suomalainen", "Kivi-Koskinen", "Ylä-Outinen", "Riipinen",
                            "Laamanen", "Laine"]] + \
          [fi(n) for n in ["Alahuhta", "Aittokallio", "Alasaarela", "Annala", "Haikara", "Hattara", "Heinilä",
                           "Hiidenheimo", "Jämsen", "Kaijala", "Kamppuri", "Karhula", "Kastepohja", "Katajisto",
                           "Kesti", "Klemetti", "Korhola", "Kotro", "Kuoppala", "Lakkala", "Loukola", "Luhtala",
                           "Lähteenoja", "Maaranen", "Meriluoto", "Mäkiaho", "Nissilä", "Oravisto", "Palosaari",
                           "Pulli", "Saaristo", "Sulkava", "Sävelä", "Taimisto", "Tuuri", "Ylöstalo", "Laitila",
                           "Pölkki", "Männistö", "Honkasalo", "Eerola", "Härmä", "Kaartokallio", "Kataja-aho",
                           "Kolkkala", "Kujansuu", "Kurttila", "Maunula", "Nuutila", "Paaso", "Peuhkuri", "Sirkiä",
                           "Soininvaara", "Takalo", "Vaajakallio", "Vuokila", "Ranta-aho", "Niemi-Nikkola",
                           "Koski-Lammi", "Kangas-Ikkala"]] + \
          [foreign("Ahlroos"), foreign("Löfman"), foreign("Oksman"),
           fi("Toikka", "Toika", "Toikka"), fi("Raatikka", "Raatika", "Raatikka"), fi("Kilkki", "Kilki", "Kilkki"),
           fi("Tervahauta", "Tervahauda", "Tervahauta"), fi("Kärki", "Kärje", "Kärke", par="Kärkeä", ill="Kärkeen"),
           compound("Ylijoki", "Ylijoe", "Ylijoke", "Ylijokea", "Ylijokeen"),
           compound("Kiviniemi", "Kivinieme", "Kivinieme", "Kiviniemeä", "Kiviniemeen"),
           compound("Haapaniemi", "Haapanieme", "Haapanieme", "Haapaniemeä", "Haapaniemeen"),
           compound("Mäntyniemi", "Mäntynieme", "Mäntynieme", "Mäntyniemeä", "Mäntyniemeen"),
           compound("Niemi", "Nieme", "Nieme", "Niemeä", "Niemeen"),
           compound("Uusimäki", "Uusimäe", "Uusimäke", "Uusimäkeä", "Uusimäkeen"),
           compound("Koivumäki", "Koivumäe", "Koivumäke", "Koivumäkeä", "Koivumäkeen"),
           compound("Muurimäki", "Muurimäe", "Muurimäke", "Muurimäkeä", "Muurimäkeen"),
           compound("Rintamäki", "Rintamäe", "Rintamäke", "Rintamäkeä", "Rintamäkeen"),
           compound("Ilvesmäki", "Ilvesmäe", "Ilvesmäke", "Ilvesmäkeä", "Ilvesmäkeen"),
           compound("Aartolahti", "Aartolahde", "Aartolahte", "Aartolahtea", "Aartolahteen"),
           compound("Pyhäjärvi", "Pyhäjärve", "Pyhäjärve", "Pyhäjärveä", "Pyhäjärveen"),
           compound("Lehtikuusi", "Lehtikuuse", "Lehtikuuse", "Lehtikuusta", "Lehtikuuseen"),
           compound("Rasinkangas", "Rasinkankaa", "Rasinkankaa", "Rasinkangasta", "Rasinkankaaseen"),
           compound("Salokangas", "Salokankaa", "Salokankaa", "Salokangasta", "Salokankaaseen"),
           compound("Vierimaa", "Vierimaa", "Vierimaa", "Vierimaata", "Vierimaahan"),
           compound("Liinamaa", "Liinamaa", "Liinamaa", "Liinamaata", "Liinamaahan")]
# Nicknames of given names of this set, with their case forms: what colleagues call each other in chat and calls.
NICK_FI = {"Samuli": fi("Samppa", "Sampa", "Samppa"), "Mauri": fi("Mauke", "Maukee", "Maukee", par="Mauketta",
                                                                     ill="Maukeeseen"),
           "Hemminki": fi("Hemppa", "Hempa", "Hemppa"), "Eevertti": fi("Eetsi"), "Soili": fi("Soiltsu"),
           "Sirkku": fi("Sirkkis", "Sirkikse", "Sirkikse", par="Sirkkistä", ill="Sirkikseen")}

# Each origin as (given names, surnames); Ukrainian in the Finnish transliteration for Finnish messages.
ESTONIAN = (["Tõnis", "Helju", "Aet", "Kaupo", "Lembit", "Sulev", "Veiko", "Pille", "Külli", "Malle", "Heiki", "Kätlin",
             "Ilmar", "Vello", "Enn", "Marju", "Märt", "Triinu", "Kairi"],
            ["Kivisild", "Teder", "Puusepp", "Tooming", "Kangur", "Käärik", "Rüütel", "Vällik", "Saarepuu", "Põldma",
             "Mölder", "Pihlak", "Kirsipuu", "Aasmäe", "Roosileht", "Särg", "Raudsik", "Pärtel", "Jürgenson",
             "Laanemets", "Vaino"])
UKRAINIAN_FI = (["Jaroslav", "Olesja", "Solomija", "Myroslava", "Zorjana", "Nazar", "Jevhen", "Lesja", "Ivanna",
                 "Nadija", "Larysa", "Stepan", "Khrystyna", "Viktorija"],
                ["Ševtšuk", "Tkatšenko", "Kravtšuk", "Boiko", "Savtšuk", "Zintšenko", "Jatsenko", "Pavljuk",
                 "Martšenko", "Dovženko", "Hontšarenko", "Vyšnevska", "Tymošenko", "Lytvynenko", "Hnatjuk",
                 "Semenjuk", "Kutšer"])
UKRAINIAN_EN = (["Olesia", "Myroslava", "Nazar", "Yevhen", "Ivanna", "Nadiia", "Larysa", "Stepan", "Khrystyna"],
                ["Oliynyk", "Savchuk", "Yatsenko", "Pavlyuk", "Romaniuk", "Dovzhenko", "Stetsenko", "Fedoriv",
                 "Honcharenko", "Kostenko", "Vyshnevska", "Tymoshenko", "Lytvynenko", "Karpenko", "Ostapenko",
                 "Semeniuk", "Klymenko", "Kucher"])
POLISH = (["Mirosław", "Wiesława", "Bogumiła", "Czesław", "Jolanta", "Kazimierz", "Lechosław", "Marzena", "Stanisława",
           "Tadeusz", "Włodzimierz", "Zdzisław", "Bronisław", "Genowefa", "Ireneusz", "Krystyna"],
          ["Kozłowska", "Kwiatkowski", "Piotrowska", "Pawłowska", "Nowicka", "Adamczyk", "Jabłoński", "Majewska",
           "Olszewski", "Jaworska", "Malinowski", "Rutkowski", "Wróblewski", "Jasińska", "Marciniak", "Sadowski",
           "Zawadzki", "Włodarczyk", "Borkowski", "Sokołowska", "Szczepański", "Kucharski", "Kalinowska", "Wysocki",
           "Kaczmarczyk", "Czarnecki", "Konieczna", "Głowacki", "Urbański", "Przybylska", "Ziółkowska", "Żurawski",
           "Błaszczyk", "Chrzanowska", "Frąckowiak", "Wawrzyniak"])
JAPANESE = (["Hina", "Yuto", "Yuna", "Hinata", "Misaki", "Kenta", "Ayaka", "Nanami", "Daiki", "Tomoko", "Naoko",
             "Masato", "Kohei", "Mayumi", "Sachiko", "Tsubasa", "Akane", "Shinji", "Noboru", "Fumiko", "Hideki",
             "Midori", "Satoshi"],
            ["Yoshida", "Yamada", "Sasaki", "Matsumoto", "Shimizu", "Yamazaki", "Ikeda", "Hashimoto", "Kondo",
             "Ishii", "Fujii", "Fukuda", "Miura", "Fujiwara", "Okamoto", "Matsuda", "Nakagawa", "Harada", "Tamura",
             "Takeuchi", "Kaneko", "Nakayama", "Ishida", "Shibata", "Yokoyama", "Miyazaki", "Miyamoto", "Uchida",
             "Takagi", "Taniguchi", "Maruyama", "Takada", "Fujita", "Kawano", "Sugiyama"])
CHINESE = (["Shuang", "Mingzhe", "Yiran", "Junjie", "Qiang", "Meiling", "Chenxi", "Wenjing", "Zhenyu", "Yifan",
            "Xueqin", "Hongmei", "Kaiwen", "Jiahui", "Zixuan", "Yuhang", "Shiyu", "Xiuying", "Dongmei", "Guangming",
            "Lijuan", "Wenhao"],
           ["Zhu", "Xie", "Zeng", "Xiao", "Tian", "Cai", "Cheng", "Shen", "Qiu", "Kong", "Qian", "Xiong"])
THAI = (["Nattapong", "Supaporn", "Ratchanee", "Chanida", "Narong", "Sudarat", "Teerapat", "Orathai", "Jirapat",
         "Nongluck", "Phichit", "Rungnapa", "Sakda", "Wilawan", "Apichart", "Duangjai", "Patcharin"],
        ["Kaewkla", "Sukprasert", "Phromma", "Jaidee", "Intharasuk", "Kongsombat", "Charoensuk", "Panyawong",
         "Siriwattana", "Thepsuwan", "Khamphiw", "Chantarasiri", "Limpakorn"])
VIETNAMESE = (["Hùng", "Dũng", "Phương", "Khánh", "Yến", "Hiếu", "Loan", "Nguyệt", "Thủy", "Huệ", "Lộc", "Nhàn",
               "Quyên", "Sơn", "Toàn"],
              ["Phan", "Vũ", "Đỗ", "Đinh", "Lâm", "Tạ", "Lương"])
TURKISH = (["Fatma", "Barış", "Şule", "Sibel", "İlker", "Yasemin", "Ozan", "Nurhan", "Levent", "Aylin", "Gülay",
            "Kadir", "Nesrin", "Selim"],
           ["Yıldırım", "Çetin", "Özkan", "Şimşek", "Uçar", "Avcı", "Bozkurt", "Kaplan", "Akın", "Sarıkaya",
            "Gündoğdu", "Erdem", "Kocabaş", "Türkmen", "Ateş", "Çakır", "Toprak", "Ekinci", "Durmaz"])
PERSIAN = (["Maryam", "Nasrin", "Golnaz", "Payam", "Shabnam", "Bijan", "Laleh", "Mehrdad", "Fereshteh", "Kamran",
            "Soheila", "Hamid-Reza", "Parvaneh", "Kianoush", "Touraj"],
           ["Rezaei", "Ghasemi", "Ahmadi", "Abbasi", "Nouri", "Heidari", "Soltani", "Amini", "Najafi", "Sharifi",
            "Khosravi", "Mirzaei", "Yazdani", "Akbari", "Ebrahimi", "Taheri", "Ansari"])
INDIAN = (["Vivaan", "Diya", "Kunal", "Manish", "Gurpreet", "Jaspreet", "Bhavesh", "Hetal", "Nikhil", "Swati",
           "Amitabh", "Sushma", "Tejas", "Rupal", "Chetan", "Falguni", "Hemant", "Ishita", "Jignesh", "Madhuri",
           "Paramjit", "Ravinder", "Sukhwinder"],
          ["Verma", "Mishra", "Tiwari", "Pandey", "Chauhan", "Yadav", "Desai", "Trivedi", "Bhatt", "Srivastava",
           "Khanna", "Bhatia", "Sethi", "Dhillon", "Grewal", "Ahluwalia", "Chaturvedi", "Dwivedi", "Ganguly",
           "Rathore", "Shekhawat", "Parmar", "Solanki", "Jadeja", "Vaghela"])
LATVIAN = (["Māris", "Ieva", "Zane", "Raimonds", "Sanita", "Valdis", "Elīna", "Artūrs", "Gunta", "Laimdota", "Uldis",
            "Dzintra", "Ojārs", "Vija", "Egils", "Austra", "Guntis", "Rasma"],
           ["Ozoliņš", "Liepiņš", "Krūmiņa", "Balodis", "Zariņa", "Pētersons", "Siliņa", "Grīnberga", "Lācis",
            "Circene", "Kalējs", "Sproģe", "Dūmiņš", "Priedīte", "Zvaigzne", "Strazdiņš", "Lapiņa"])
LITHUANIAN = (["Eglė", "Giedrius", "Laima", "Indrė", "Linas", "Kęstutis", "Birutė", "Danutė", "Ramunė", "Audronė",
               "Valdas"],
              ["Jankauskienė", "Stankevičius", "Vasiliauskaitė", "Žukauskas", "Paulauskienė", "Navickas",
               "Ramanauskaitė", "Sakalauskas", "Jonaitis", "Balčiūnas", "Grybauskaitė", "Šimkus", "Jurkevičius",
               "Bagdonas", "Žilinskas", "Adomaitytė", "Rimkus"])
SOMALI = (["Abdiweli", "Istahil", "Bashir", "Khadra", "Ruqiya", "Hamdi", "Saciid", "Fartuun", "Maryan", "Sucaad",
           "Xaliimo"],
          ["Mohamud", "Duale", "Barre", "Cabdulle", "Gacal", "Afrah", "Bulle", "Guure", "Jimcaale"])
ARABIC = (["Samira", "Bilal", "Fadi", "Reem", "Nizar", "Suha", "Ghassan", "Widad", "Marwan", "Jalal", "Ibtisam",
           "Zuhair", "Raghad", "Samer", "Thuraya"],
          ["Aziz", "Khalifa", "Azzam", "El-Amin", "Bouazizi", "Benali", "Belkacem", "Mekki", "Sayegh", "Touma",
           "Fakhoury", "Chahine", "Al-Masri", "Nassar", "Qassem", "Bitar", "Salibi", "Ghanem", "Shami"])
SAMI = (["Sárá", "Gáldi", "Ánná-Máret", "Jussá", "Elle-Sunná", "Ovllá-Ánte", "Risten-Inger", "Máhtte-Ivvár", "Ravna",
         "Lemet", "Ánot"],
        ["Turi", "Bigga", "Hætta-Siri"])
SOUTH_SLAVIC = (["Jasna", "Dragan", "Snežana", "Zoran", "Mirjana", "Ljiljana", "Vesna", "Tihomir", "Biljana", "Miloš",
                 "Stojan", "Radmila", "Boyan", "Tsvetelina", "Velislav", "Desislava", "Matej", "Nataša", "Branko",
                 "Dubravka", "Kristijan", "Slavica", "Vojislav"],
                ["Horvat", "Babić", "Marić", "Jurić", "Nikolić", "Đorđević", "Stojanović", "Popović", "Vuković",
                 "Ilić", "Pavlović", "Tomić", "Radić", "Knežević", "Kralj", "Zupan", "Krajnc", "Dimitrov",
                 "Georgieva", "Todorov", "Stoyanov", "Petkova", "Mlakar", "Vidmar", "Golob", "Grgić", "Šarić",
                 "Lukić", "Mihajlović"])
CENTRAL_ASIAN = (["Yerlan", "Dinara", "Askar", "Gulnara", "Saltanat", "Rustam", "Zarina", "Bakhtiyar", "Dilnoza",
                  "Farrukh", "Nodira", "Elnur", "Rashad", "Aysel", "Tural", "Günay", "Aibek", "Gulmira", "Zhanar",
                  "Bekzat", "Sevinj", "Orkhan"],
                 ["Nurlanov", "Abenova", "Seitkali", "Zhaksylykov", "Tokhtarova", "Karimov", "Yusupova", "Rakhimov",
                  "Aliyev", "Mammadova", "Huseynov", "Guliyeva", "Ismayilov", "Hasanova", "Orazbayev", "Suleimenov",
                  "Tursunov", "Jumabayeva", "Asadov", "Quliyev"])
HEBREW = (["Noa", "Yael", "Itai", "Omer", "Shira", "Eitan", "Michal", "Yonatan", "Gilad", "Noam", "Liat", "Avner",
           "Hadas", "Ofir", "Tzipora", "Yochai", "Dganit"],
          ["Mizrahi", "Peretz", "Biton", "Dahan", "Avraham", "Friedman", "Azoulay", "Katz", "Ben-David", "Shapiro",
           "Goldberg", "Rosenblum", "Ohana", "Amsalem", "Ben-Ami", "Hadad", "Sasson", "Elbaz"])
MALTESE = (["Marija", "Ġorġ", "Karmenu", "Ċensina", "Pawlu", "Duminku", "Ġużeppi", "Rożanna", "Ninu", "Tereża",
            "Kalċidon"],
           ["Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Grech", "Attard", "Spiteri", "Azzopardi",
            "Micallef", "Caruana", "Cassar", "Debono", "Xuereb", "Mifsud", "Buttigieg", "Sciberras", "Bonello"])
SOUTHERN_AFRICAN = (["Nomvula", "Bongani", "Lindiwe", "Themba", "Zanele", "Mandla", "Nokuthula", "Sibusiso", "Aminu",
                     "Halima", "Usman", "Hauwa", "Thulani", "Nandi", "Lungile"],
                    ["Dlamini", "Nkosi", "Mthembu", "Khumalo", "Buthelezi", "Ngcobo", "Mkhize", "Shabalala",
                     "Danjuma", "Garba", "Lawal", "Shehu", "Mahlangu", "Zungu", "Sithole"])
PACIFIC = (["Aroha", "Wiremu", "Mereana", "Hemi", "Ngaio", "Rangi", "Manaia", "Sefa", "Malia", "Tavita", "Lagi",
            "Keoni", "Kealoha"],
           ["Ngata", "Parata", "Tuhiwai", "Faleolo", "Tuilagi", "Leota", "Sapolu", "Kahananui", "Pomare", "Tawhai",
            "Fonoti"])
MAINLAND_SOUTHEAST_ASIAN = (["Sokha", "Dara", "Bopha", "Vannak", "Sreymom", "Visal", "Souksavanh", "Keomany", "Thiri",
                             "Pema", "Tenzin", "Dolma", "Sonam", "Lhamo"],
                            ["Chea", "Heng", "Keo", "Pich", "Ouk", "Phommachanh", "Vongsa", "Sayavong", "Tsering",
                             "Dorjee", "Norbu"])
MALAGASY = (["Andrianina", "Fanja", "Hery", "Voahangy", "Tiana", "Mialy", "Haja", "Lalaina", "Njaka", "Rivo"],
            ["Rakotomalala", "Rasoanaivo", "Randriamampionona", "Rakotondrabe", "Andrianarisoa", "Razafindrakoto",
             "Ravelojaona", "Ratsimbazafy"])
def endings(nom):
    """name_forms.foreign, except that a last vowel with a mark (Eglė, Sárá, Huệ) takes the endings as a plain vowel
    does: Eglėlle, not Eglėille."""
    return fi(nom) if unicodedata.normalize("NFD", nom[-1])[0] in "aeiouy" else foreign(nom)


SHARED = [ESTONIAN, POLISH, JAPANESE, CHINESE, THAI, VIETNAMESE, TURKISH, PERSIAN, INDIAN, LATVIAN, LITHUANIAN, SOMALI,
          ARABIC, SAMI, SOUTH_SLAVIC, CENTRAL_ASIAN, HEBREW, MALTESE, SOUTHERN_AFRICAN, PACIFIC,
          MAINLAND_SOUTHEAST_ASIAN, MALAGASY]
WORLD_FI = [([endings(n) for n in firsts], [endings(n) for n in lasts]) for firsts, lasts in SHARED + [UKRAINIAN_FI]]
WORLD_EN = SHARED + [UKRAINIAN_EN]
ANGLO = (["Augustin", "Silas", "Anselm", "Benedick", "Elspeth", "Ermintrude", "Hephzibah", "Hortense", "Lettice",
          "Mehitabel", "Mungo", "Ozias", "Pelham", "Philomena", "Septimus", "Theophilus", "Jethro", "Eglantine",
          "Gervase", "Isolda", "Jolyon", "Kezia", "Lucian", "Meriel", "Nevil", "Oriel", "Quintus", "Roderick",
          "Sabine", "Ursuline", "Wendeline"],
         ["Fenwick", "Gatiss", "Jolliffe", "Kettlewell", "Quennell", "Rudd", "Yeardley", "Bellamy", "Farnsworth",
          "Heseltine", "Ibbotson", "Jessop", "Lockwood", "Moorhouse", "Oldroyd", "Openshaw", "Rowbotham",
          "Wolstenholme", "Barraclough", "Beardsley", "Brocklehurst", "Chadwick", "Clegg", "Cresswell", "Fairclough",
          "Gaskell", "Gledhill", "Grimshaw", "Horsfall", "Ingham", "Kenyon", "Lumb", "Marsden", "Mellor",
          "Murgatroyd", "Oddy", "Pickersgill", "Priestley", "Rushworth", "Sagar", "Scholes", "Sugden", "Thackray",
          "Tinsley", "Wadsworth", "Walmsley", "Whiteley", "Woodhead"])
NICK_EN = {"Septimus": "Sep", "Theophilus": "Theo", "Hephzibah": "Hepsie", "Mehitabel": "Hetty", "Jolyon": "Jolly",
           "Ermintrude": "Trudie", "Philomena": "Mena"}
SWEDISH = (["Torvald", "Margit", "Maud", "Ove", "Rut", "Signhild", "Östen", "Botvid", "Frideborg", "Gottfrid",
            "Hjördis", "Ingvald", "Runa", "Svea", "Tekla", "Torborg", "Vilgot", "Gun-Britt", "Karl-Gustav", "Per-Olof",
            "Sven-Erik", "Ingrid-Lill", "Elsy", "Gurli"],
           ["Isaksson", "Jäderberg", "Norlén", "Pettersson", "Östman", "Grönvall", "Zetterberg", "Ågren", "Alfredsson",
            "Bergkvist", "Carlstedt", "Dahlberg", "Edvardsson", "Fagerlund", "Hammarström", "Håkansson", "Jernberg",
            "Kjellberg", "Lagerkvist", "Ljungqvist", "Mårtensson", "Schön", "Sellberg", "Uddén", "Wennerström",
            "Ödman", "Fröberg", "Lundkvist", "Thorsell", "Wiklander"])

DOMAINS = ["kuljetus-vaajakallio.example.fi", "konttori.example.fi", "palvelukeskus.example.fi", "tukku.example.com",
           "hallinto.example.fi", "agency.example.co.uk", "logistik.example.se", "clinic.example.org"]
# Where each country's numbers are written in its own and the international form.
FOREIGN = {"EE": ["+372 5{3} {4}", "+372 6{2} {4}", "5{3} {4}"], "LV": ["+371 2{3} {4}", "+371 67 {3} {3}"],
           "LT": ["+370 6{2} {5}", "8 6{2} {5}", "+370 5 {3} {4}"],
           "PL": ["+48 5{2} {3} {3}", "+48 22 {3} {2} {2}", "6{2}-{3}-{3}"],
           "UA": ["+380 67 {3} {2} {2}", "+380 (44) {3}-{2}-{2}", "067 {3} {2} {2}"],
           "TR": ["+90 532 {3} {2} {2}", "0532 {3} {2} {2}", "+90 (212) {3} {2} {2}"],
           "JP": ["+81 90-{4}-{4}", "090-{4}-{4}", "+81 3-{4}-{4}"], "CN": ["+86 138 {4} {4}", "+86 10 {4} {4}"],
           "TH": ["+66 8{1} {3} {4}", "08{1}-{3}-{4}", "+66 2 {3} {4}"],
           "VN": ["+84 9{2} {3} {3}", "09{2} {3} {3}", "+84 24 {4} {4}"], "SO": ["+252 61 {3} {4}", "+252 90 {3} {4}"],
           "AE": ["+971 50 {3} {4}", "+971 4 {3} {4}"], "IR": ["+98 912 {3} {4}", "0912 {3} {4}", "+98 21 {4} {4}"],
           "SE": ["+46 70 {3} {2} {2}", "070-{3} {2} {2}", "08-{3} {2} {2}", "+46 8 {3} {2} {2}"],
           "GB": ["+44 7{3} {6}", "07{3} {6}", "+44 20 {4} {4}", "0161 {3} {4}"],
           "US": ["+1 (617) {3}-{4}", "(415) {3}-{4}", "+1 212 {3} {4}"], "HR": ["+385 91 {3} {4}", "+385 1 {4} {3}"],
           "RS": ["+381 64 {3} {4}", "064/{3}-{4}"], "BG": ["+359 88 {3} {4}", "+359 2 {3} {4}"],
           "KZ": ["+7 701 {3} {2} {2}", "8 (701) {3}-{2}-{2}"], "AZ": ["+994 50 {3} {2} {2}"],
           "IL": ["+972 52-{3}-{4}", "052-{3}-{4}"], "MT": ["+356 79{2} {4}", "+356 21{2} {4}"],
           "ZA": ["+27 82 {3} {4}", "082 {3} {4}"], "NZ": ["+64 21 {3} {4}", "+64 9 {3} {4}"],
           "KH": ["+855 12 {3} {3}", "+855 23 {3} {3}"]}
# The country whose numbers a person of each origin gives, where one is plain.
HOME = {id(ESTONIAN): "EE", id(POLISH): "PL", id(JAPANESE): "JP", id(CHINESE): "CN", id(THAI): "TH",
        id(VIETNAMESE): "VN", id(TURKISH): "TR", id(PERSIAN): "IR", id(LATVIAN): "LV", id(LITHUANIAN): "LT",
        id(SOMALI): "SO", id(ARABIC): "AE", id(SOUTH_SLAVIC): "HR", id(CENTRAL_ASIAN): "KZ", id(HEBREW): "IL",
        id(MALTESE): "MT", id(SOUTHERN_AFRICAN): "ZA", id(PACIFIC): "NZ", id(MAINLAND_SOUTHEAST_ASIAN): "KH",
        id(UKRAINIAN_FI): "UA", id(UKRAINIAN_EN): "UA"}
FOREIGN_IBANS = [("EE", "{16}"), ("LV", "HABA{13}"), ("LT", "{16}"), ("PL", "{24}"), ("SE", "{20}"),
                 ("GB", "NWBK{14}"), ("HR", "{17}"), ("MT", "MALT{23}"), ("TR", "{5}0{16}"), ("AE", "{19}"),
                 ("BG", "BNBG{14}"), ("UA", "{25}")]

SPOKEN = {"fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split(),
          "fi-puhe": "nolla yks kaks kolme neljä viis kuus seittemän kaheksan yheksän".split(),
          "en": "oh one two three four five six seven eight nine".split(),
          "sv": "noll ett två tre fyra fem sex sju åtta nio".split()}
SPOKEN_SIGNS = {"fi": (" piste ", [" ät ", " at "], "plus"), "en": (" dot ", [" at "], "plus"),
                "sv": (" punkt ", [" snabel-a ", " at "], "plus")}

# Look-alikes. Words that are this set's names, in sentences of their own: (name, before, word, after).
WORDS_FI = [("Laine", "Näytöllä kulkee ", "laine", " aina kun kaapeli heilahtaa."),
            ("Niemi", "Mökki on ", "niemen", " kärjessä, eikä siellä ole kenttää."),
            ("Toivo", "Viimeinen ", "toivo", " on palauttaa eilinen varmuuskopio."),
            ("Usko", "", "Usko", " tai älä, tulostin toimii taas."),
            ("Onni", "", "Onneksi", " varmuuskopio oli tallessa."),
            ("Elo", "Vanhassa koneessa on vielä ", "eloa", "."),
            ("Mainio", "Uusi telakka on ", "mainio", "."),
            ("Suomalainen", "Ohjelmisto on ", "suomalainen", ", joten tuki vastaa suomeksi."),
            ("Kesti", "Päivitys ", "kesti", " kaksi tuntia."),
            ("Tuuri", "Hyvä ", "tuuri", ": levy ei hajonnut."),
            ("Haikara", "Pihalla seisoi ", "haikara", ", kun kuituverkkoa kaivettiin."),
            ("Hattara", "Henkilöstöjuhlassa myytiin ", "hattaraa", "."),
            ("Kärki", "Kosketusnäytön kynän ", "kärki", " on kulunut."),
            ("Salla", "Toimipiste ", "Sallassa", " on ilman verkkoa."),
            ("Inari", "Etätyöpiste ", "Inarissa", " käyttää satelliittiyhteyttä.")]
WORDS_EN = [("Oriel", "The ", "oriel", " window in the boardroom leaks onto the projector."),
            ("Sabine", "The ", "Sabine Hills", " offsite is cancelled, so the workshop moves online.")]
WORDS_SV = [("Runa", "På stenen utanför kontoret finns en ", "runa", "."),
            ("Svea", "Fakturan kom från ", "Svea", " Ekonomi."),
            ("Schön", "Det var ", "schysst", " av dig.")]
THINGS_FI = [("Kahvinkeitin on ", "Pauligin", " lahja."), ("Kokoustarjoilu tilattiin ", "Fazerilta", "."),
             ("Juoma-automaatti on ", "Hartwallin", "."), ("Lahjakortit ostettiin ", "Stockmannilta", "."),
             ("Toimisto muuttaa ", "Eerikinkadulle", " keväällä."), ("Varasto on ", "Sofiankadulla", "."),
             ("Uusi toimipiste on ", "Aleksis Kiven katu 52", "."), ("Kuriiri vei laitteen ", "Loviisaan", "."),
             ("Kenttätyöntekijä on ", "Kristiinankaupungissa", " koko viikon."),
             ("Palvelin ", "lovelace-db01", " käynnistettiin uudelleen."),
             ("Palaveri siirtyi ", "Sibelius-huoneeseen", "."), ("Tulostin ", "PRN-Ilmarinen", " on jumissa."),
             ("Koneen käyttöjärjestelmä on ", "10.0.22631.4317", "."), ("Tukiaseman ohjelmisto ", "7.4.12.3", ".")]
THINGS_EN = [("The new vacuum is a ", "Dyson", "."), ("The drill is a ", "Bosch", "."),
             ("Reception ordered ", "Cadbury", " biscuits."), ("Our office moved to ", "Charlotte", " last year."),
             ("The build agent ", "hopper-ci", " is offline."), ("The board meets in the ", "Lovelace Room", "."),
             ("The laptop runs build ", "10.0.22631.4317", "."), ("The access point firmware is ", "6.5.28.0", "."),
             ("The shuttle stops at ", "Victoria Street", ".")]
THINGS_SV = [("Kameran kommer från ", "Hasselblad", "."), ("Växeln är en gammal ", "Ericsson", "."),
             ("Kontoret ligger i ", "Kristianstad", "."), ("Skrivaren ", "PRN-Linné", " är trasig.")]
OPERATORS = ["Elisa", "Telia", "DNA", "Moi Mobiili"]
PRINTERS = ["PRN-Ilmarinen", "PRN-Lemminkäinen-2", "PRN-Curie-3K", "PRN-Hopper", "PRN-Lovelace-1", "PRN-Väinämöinen"]
DOORS = ["B2-3", "A1-PÄÄOVI", "C4-VARASTO", "LASTAUS-1"]
PHONE_MODELS = ["iPhone 15", "iPhone 13 mini", "Galaxy S23", "Galaxy A54", "Pixel 8"]
LAPTOPS = ["ThinkPad T14 Gen 4", "EliteBook 840 G10", "Latitude 5440", "MacBook Air M2"]
INTERPRETING = ["Tulkkipalvelu Oy", "Semantix", "Lingua Tulkkaus"]


def fill(pattern):
    return identifiers.fill(R, pattern)


def counted(country, pattern):
    PHONES[country] += 1
    return fill(pattern)


def finnish_number():
    """A Finnish mobile, landline or company number in one of the ways people and systems write it."""
    return counted("FI", R.choice(["040 {3} {4}", "050{7}", "+358 44 {3} {4}", "+358 45 {4} {4}", "00358 40 {3} {4}",
                                   "045-{3} {4}", "(040) {3} {4}", "+358401{6}", "09 {4} {4}", "(09) {3} {3}",
                                   "+358 9 {4} {3}", "014 {3} {4}", "017-{3} {3}", "+358 (0)19 {3} {4}",
                                   "020 {3} {4}", "0295 {3} {3}", "+358 29 {3} {4}", "041 {3} {2} {2}"]))


def abroad(country=None):
    country = country or R.choice(sorted(FOREIGN))
    return counted(country, R.choice(FOREIGN[country]))


def number_of(person_origin=None):
    """A number for a person: from their origin's country half the time, else Finnish."""
    home = HOME.get(id(person_origin))
    if home and R.random() < 0.5:
        return abroad(home)
    return finnish_number() if R.random() < 0.6 else abroad()


def spoken(number, language):
    """A number as a recogniser writes what was said: every digit a word, or the first digits as words and the rest
    as digits, the English with oh and double."""
    words = SPOKEN["fi-puhe" if language == "fi" and R.random() < 0.4 else language]
    digits = [c for c in number if c.isdigit()]
    out = [SPOKEN_SIGNS[language][2]] if number.startswith("+") else []
    cut = len(digits) if R.random() < 0.6 else R.randint(2, 4)
    i = 0
    while i < cut:
        if language == "en" and i + 1 < cut and digits[i] == digits[i + 1]:
            out.append("double " + words[int(digits[i])])
            i += 2
            continue
        out.append(words[int(digits[i])])
        i += 1
    rest = "".join(digits[cut:])
    if rest:
        out.append(" ".join(rest[j:j + 3] for j in range(0, len(rest), 3)))
    return " ".join(out)


def said_address(address, language):
    """An e-mail address said aloud: its dots and @ as words."""
    dot, ats, _ = SPOKEN_SIGNS[language]
    local, domain = address.split("@")
    return local.replace(".", dot) + R.choice(ats) + domain.replace(".", dot)


def misheard(word):
    """A name as a recogniser spells it: one change a listener would make — a long consonant shortened or a short one
    lengthened, a letter with a mark plain, a foreign spelling written as it sounds, a hyphen heard as a pause."""
    low = word.lower()
    changes = []
    if "-" in low:
        changes.append(low.replace("-", " "))
    sounds = [("š", "s"), ("ž", "z"), ("č", "ts"), ("ł", "l"), ("ż", "z"), ("sh", "s"), ("ch", "ts"), ("w", "v"),
              ("z", "ts"), ("x", "ks"), ("q", "k"), ("ğ", ""), ("ş", "s"), ("ı", "i"), ("c", "k"), ("y", "i"),
              ("ä", "a"), ("ö", "o"), ("ō", "o"), ("ā", "a"), ("ē", "e"), ("ī", "i"), ("ū", "u"), ("ņ", "n"),
              ("ė", "e"), ("ę", "e"), ("á", "a"), ("õ", "o")]
    changes += [low.replace(a, b, 1) for a, b in sounds if a in low]
    doubled = re.search(r"([bdfgklmnprstv])\1", low)
    if doubled:
        changes.append(low[:doubled.start()] + low[doubled.start() + 1:])
    single = [k for k in range(1, len(low) - 2) if low[k] in "klmnprst" and low[k - 1] in "aeiouyäö"
              and low[k + 1] in "aeiouyäö"]
    if single:
        k = R.choice(single)
        changes.append(low[:k] + low[k] + low[k:])
    changes = [c for c in changes if c != low and c.strip()]
    return R.choice(changes) if changes else low


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(52, 99)), ("Y", R.randint(60, 99)),
                                                 ("U", R.randint(70, 99)), ("A", R.randint(0, 7)),
                                                 ("B", R.randint(0, 6)), ("C", R.randint(0, 5))]))


def account():
    if R.random() < 0.5:
        return identifiers.written_iban(R)
    return identifiers.written_foreign_iban(R, *R.choice(FOREIGN_IBANS))


def temporary_password():
    return R.choice(["Revontuli", "Pakkasaamu", "Harbour", "Lantern", "Vinterljus", "Kanerva"]) + \
        R.choice("#!%&") + fill("{4}")


def day():
    return f"{R.randint(1, 28)}.{R.randint(1, 12)}.2027"


def day_en():
    return f"{R.randint(1, 28)} {R.choice(['March', 'April', 'June', 'September', 'October', 'November'])} 2027"


def iso_day():
    return f"2027-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def at_time(seconds=True):
    t = f"{R.randint(7, 19):02d}:{R.randint(0, 59):02d}"
    return t + (f":{R.randint(0, 59):02d}" if seconds else "")


def duration():
    return f"00:{R.randint(0, 24):02d}:{R.randint(0, 59):02d}"


def euros():
    return f"{R.randint(1, 90)},{R.randint(0, 99):02d} €"


def address_of(person):
    """A person's work address from the nominatives of their first and last name part."""
    names = [nominative(p) for p in person]
    return identifiers.address(R, names[0], names[-1].split()[-1], DOMAINS)


# People. A person is a tuple of name parts: case-form dicts in Finnish messages, plain strings elsewhere.
ORIGIN = {}


def finn():
    """A Finn: a given name and a surname; one time in twelve two given names of the same sex."""
    given = FI_MEN if R.random() < len(FI_MEN) / len(FI_FIRST) else FI_WOMEN
    return (*R.sample(given, 2 if R.random() < 1 / 12 else 1), R.choice(FI_LAST))


def world_fi():
    k = R.randrange(len(WORLD_FI))
    firsts, lasts = WORLD_FI[k]
    person = R.choice(firsts), R.choice(lasts)
    ORIGIN[tuple(map(nominative, person))] = (SHARED + [UKRAINIAN_FI])[k]
    return person


def world_en():
    pool = R.choice(WORLD_EN)
    person = R.choice(pool[0]), R.choice(pool[1])
    ORIGIN[person] = pool
    return person


def anglo():
    return R.choice(ANGLO[0]), R.choice(ANGLO[1])


def swede():
    return R.choice(SWEDISH[0]), R.choice(SWEDISH[1])


def finn_plain():
    return tuple(map(nominative, finn()))


def one_of(*sources):
    """A person from one of the sources, each (share, draw) drawn with its share of the time."""
    roll = R.random()
    for share, draw in sources:
        if roll < share:
            return draw()
        roll -= share
    return sources[-1][1]()


def person_fi():
    return one_of((0.5, finn), (0.5, world_fi))


def person_en():
    return one_of((0.4, anglo), (0.5, world_en), (0.1, finn_plain))


def person_sv():
    return one_of((0.55, swede), (0.25, finn_plain), (0.2, world_en))


def phone_of(person):
    return number_of(ORIGIN.get(tuple(map(nominative, person))))


def whole(m, person, case="nom", role="third"):
    """A full name in a Finnish message: the given names in the nominative, the surname in the case."""
    return m.name(*[p["nom"] for p in person[:-1]], person[-1][case], role=role)


def reversed_name(m, person, role="third", upper=False):
    """Surname first, as a directory's display name writes it: "Kaakinen Soili"."""
    parts = [nominative(person[-1])] + [nominative(p) for p in person[:-1]]
    return m.name(*[p.upper() if upper else p for p in parts], role=role)


def heard(m, person, case="nom", role="third", mishear=0.5):
    """A name in a transcript: lower case, each part misheard by the recogniser now and then."""
    parts = [p["nom"] if isinstance(p, dict) else p for p in person[:-1]] + \
        [person[-1][case] if isinstance(person[-1], dict) else person[-1]]
    return m.name(*[misheard(p) if R.random() < mishear else p.lower() for p in parts], role=role)


def plural(person):
    """A -nen surname's plural for the family (Kaakiset, Kaakisten, Kaakisille), or None for other surnames."""
    last = person[-1]["nom"]
    if not last.endswith("nen") or "-" in last:
        return None
    stem = last[:-3] + "s"
    a = "a" if any(c in "aou" for c in last) else "ä"
    return {"nom": stem + "et", "gen": stem + "ten", "all": stem + "ille", "ade": stem + "ill" + a}


def ending(m, people, language):
    """Half the time one look-alike sentence at the end: a word that is a name, or a thing named after someone, never
    one whose word is a name part of someone in the message."""
    if R.random() < 0.5:
        return
    words, things = {"fi": (WORDS_FI, THINGS_FI), "en": (WORDS_EN, THINGS_EN), "sv": (WORDS_SV, THINGS_SV)}[language]
    present = {nominative(p).lower() for person in people for p in person}
    choices = [(b, w, a) for n, b, w, a in words if n.lower() not in present] + things
    before, word, after = R.choice(choices)
    m.say("\n").say(before).look(word).say(after)


def timestamps(start_hour=None):
    """Call or chat timestamps that move on a few seconds at a time."""
    clock = [R.randint(1, 20) if start_hour is None else start_hour * 3600 + R.randint(0, 3599)]

    def tick():
        clock[0] += R.randint(3, 14)
        t = clock[0]
        return f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}"
    return tick


def queue_rows(m, subject, agents, callers, words, crm_name):
    """A queue report's rows, one per call in a shuffled order: the subject's call, two third parties' and one the
    CRM did not match; words are the directions, the no-match text and the number source for the unmatched call."""
    directions, no_match, unknown_number = words
    rows = [(subject, "subject"), (callers[0], "third"), (callers[1], "third"), (None, "third")]
    R.shuffle(rows)
    for caller, role in rows:
        number = unknown_number() if caller is None else (phone_of(caller) if role == "third" else number_of())
        m.look(at_time()).say(f";{R.choice(directions)};").entity(number, "PHONE", role).say(";") \
            .name(*map(nominative, R.choice(agents))).say(";").look(duration()).say(";")
        if caller is None:
            m.say(no_match + "\n")
        else:
            crm_name(caller, role).say("\n")


WEEKDAYS_FI = ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai"]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WEEKDAYS_SV = ["måndag", "tisdag", "onsdag", "torsdag", "fredag"]
QUEUES = ["FI-SD-YLEINEN", "FI-SD-VIP", "EN-SD-GLOBAL", "SV-SD", "FI-SD-TUNNUKSET"]


def finnish(m, subject, e):
    A, C, G, S = distinct(person_fi, 4, subject)
    f, last = subject[0], subject[-1]
    kind = R.randrange(14)
    tick = timestamps()
    if kind == 0:
        m.say("Puhelun litterointi (automaattinen puheentunnistus), puhelu ").look(fill("CALL-{8}")) \
            .say(", kesto ").look(duration()[3:]).say(f"\n[{tick()}] agentti: palvelupiste tässä ")
        heard(m, (A[0],), mishear=0.2).say(R.choice([" hyvää huomenta", " hei", " päivää"])) \
            .say(f"\n[{tick()}] asiakas: joo moi täällä ")
        heard(m, subject, role="subject").say(" ja mulla ei toimi vpn taas\n") \
            .say(f"[{tick()}] agentti: selvä mikä on puhelinnumero\n[{tick()}] asiakas: se on ") \
            .entity(spoken(finnish_number(), "fi"), "PHONE", "subject") \
            .say(f"\n[{tick()}] agentti: ja sähköposti\n[{tick()}] asiakas: ") \
            .entity(said_address(e, "fi"), "EMAIL", "subject").say(f"\n[{tick()}] asiakas: esimies ")
        heard(m, C).say(" sano että pitää kysyä ")
        heard(m, (G[0],), "abl").say(" lupa\n").say(f"[{tick()}] agentti: okei laitan tiketin ja ")
        heard(m, (C[0],), "gen").say(f" tiedoksi\n[{tick()}] asiakas: kiitos ja jos en vastaa niin ")
        heard(m, S).say(" tietää kans hänen numero on ").entity(spoken(phone_of(S), "fi"), "PHONE")
    elif kind == 1:
        m.say("Jonoraportti ").look(iso_day()).say(", jono ").look(R.choice(QUEUES)) \
            .say("\naika;suunta;numero;agentti;kesto;CRM-osuma\n")
        queue_rows(m, subject, (A, C), (G, S), (["sisään", "sisään", "ulos"], "ei osumaa", finnish_number),
                   lambda caller, role: reversed_name(m, caller, role))
        m.say("Huom. ").name(f["nom"], role="subject").say(" pyysi tarkistamaan puhelun: ")
        whole(m, G, "gen").say(" mukaan ").name(A[0]["nom"]).say(" katkaisi puhelun kesken, ja ") \
            .name(S[0]["nom"]).say(" odotti jonossa ").look(f"{R.randint(12, 48)} min").say(". Vastaa ") \
            .name(C[0]["all"]).say(" tai minulle.\n")
        whole(m, subject, role="subject").say(", tiiminvetäjä")
    elif kind == 2:
        m.say("Hei,\nvälitän alla olevan. ").name(A[0]["nom"]).say(" pyysi, että ")
        whole(m, C).say(" lisätään jakeluun.\n").name(f["nom"], role="subject") \
            .say("\n\n---------- Välitetty viesti ----------\nLähettäjä: ")
        reversed_name(m, A).say(" <").entity(address_of(A), "EMAIL").say(">\nLähetetty: ") \
            .look(f"{R.choice(WEEKDAYS_FI)} {day()} {at_time(False)}").say("\nVastaanottaja: ")
        reversed_name(m, subject, "subject").say(" <").entity(e, "EMAIL", "subject").say(">; ")
        m.name(*map(nominative, G)).say(" <").entity(address_of(G), "EMAIL").say(">\nKopio: ")
        reversed_name(m, S).say(" <").entity(address_of(S), "EMAIL").say(">\nAihe: VS: jakelulista ") \
            .look(fill("IT-TIEDOTE-{3}")).say("\n\n> Hei ").name(f["nom"], role="subject").say(",\n> ")
        whole(m, C, "abl").say(" ei ole tullut tiedotteita ").look(day()).say(" jälkeen. Lisäätkö hänet? ") \
            .name(G[0]["nom"]).say(" hoiti tämän ennen. Hänen numeronsa on ").entity(phone_of(C), "PHONE") \
            .say(".\n> Terveisin\n> ").name(A[0]["nom"])
    elif kind == 3:
        child = distinct(lambda: (R.choice(FI_FIRST),), 1, subject + A + C + G + S)[0][0]
        family = plural(subject)
        m.say("Numeronsiirtotilaus ").look(fill("NS-{7}")).say("\nSiirrettävä numero: ") \
            .entity(finnish_number(), "PHONE", "subject").say("\nNykyinen operaattori: ").look(R.choice(OPERATORS)) \
            .say("\nSiirtopäivä: ").look(day()).say("\nLiittymän haltija: ")
        whole(m, subject, role="subject").say(", henkilötunnus ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say("\nLiittymän käyttäjä: ").name(child["nom"], last["nom"]).say(" (alaikäinen)\n")
        if family:
            m.say("Liittymä liitetään ").name(family["gen"], role="subject").say(" perhepakettiin, ja laskut ") \
                .name(family["all"], role="subject").say(" menevät samaan osoitteeseen.\n")
        m.say("Kertamaksu ").look(euros()).say(" veloitetaan kortilta ") \
            .entity(identifiers.written_card(R), "PAYMENT_CARD", "subject").say(", kuukausimaksut tililtä ") \
            .entity(account(), "IBAN", "subject").say(".\nJos siirrossa on ongelmia, soittakaa ")
        whole(m, A, "all").say(" numeroon ").entity(phone_of(A), "PHONE").say(". ").name(child["nom"]) \
            .say(" käyttää puhelinta koulussa, joten ").name(child["gen"]).say(" vanha SIM toimii siirtoon asti.\n") \
            .say("Käsittelijä: ")
        whole(m, C)
    elif kind == 4:
        m.say("Hei,\ntyöpuhelimeni laskulla (").look(R.choice(["maaliskuu", "huhtikuu", "toukokuu"]) + " 2027") \
            .say(") on ulkomaanpuheluja, joita en tunnista:\n")
        for _ in range(R.randint(3, 4)):
            m.look(f"{R.randint(1, 28)}.{R.randint(3, 5)}.").say(" ").look(at_time(False)).say("  ") \
                .entity(abroad(), "PHONE").say("  ").look(duration()).say("  ").look(euros()).say("\n")
        m.say("Ensimmäinen on ")
        whole(m, A, "gen").say(" numero, hän on toimittajamme yhteyshenkilö, joten se on oikein. Muut soitti kai ") \
            .name(C[0]["nom"]).say(", jolle lainasin puhelinta ").look(day()).say(". Esihenkilöni ")
        whole(m, G).say(" hyväksyi, että yksityiset puhelut veloitetaan kortiltani ") \
            .entity(identifiers.written_card(R), "PAYMENT_CARD", "subject").say(".\n").name(f["nom"], role="subject") \
            .say(", ").entity(finnish_number(), "PHONE", "subject")
    elif kind == 5:
        relation = R.choice(["puoliso", "äiti", "isä", "sisar", "veli"])
        m.say("Uuden työntekijän tiedot (HR → IT)\nNimi: ")
        whole(m, subject, role="subject").say("\nHenkilötunnus: ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say("\nAloituspäivä: ").look(day()).say("\nEsihenkilö: ")
        whole(m, A).say("\nPerehdyttäjä: ")
        whole(m, C).say("\nKustannuspaikka: ").look(fill("KP-{4}")).say("\nPalkkatili: ") \
            .entity(account(), "IBAN", "subject").say("\nLähiomainen hätätilanteessa: ")
        whole(m, G).say(f" ({relation}), ").entity(phone_of(G), "PHONE").say("\nTyöpuhelin: ") \
            .entity(finnish_number(), "PHONE", "subject").say("\n\nHuom. ").name(A[0]["nom"]) \
            .say(" toivoo, että ").name(f["gen"], role="subject").say(" tunnukset ovat valmiina viikkoa ennen. Kannettava ") \
            .look(R.choice(LAPTOPS)).say(" toimitetaan ").name(C[0]["all"]).say(", koska ").name(A[0]["nom"]) \
            .say(" on lomalla.")
    elif kind == 6:
        m.say("Lähtijän käsittely\nLähtijä: ")
        whole(m, subject, role="subject").say(", viimeinen työpäivä ").look(day()).say("\n1. Postilaatikko ") \
            .entity(e, "EMAIL", "subject").say(" muutetaan jaetuksi, lukuoikeudet: ")
        whole(m, A, "all").say(" ja ")
        whole(m, C, "all").say(".\n2. Automaattinen vastaus: \"").name(f["nom"], role="subject") \
            .say(" ei enää työskentele meillä. Ota yhteyttä ")
        whole(m, G, "ill").say(", ").entity(phone_of(G), "PHONE").say(".\"\n3. Sääntö: viestit lähettäjältä ") \
            .entity(address_of(S), "EMAIL").say(" välitetään ").name(G[0]["all"]).say(" ja merkitään luetuiksi.\n") \
            .say("4. OneDrive siirretään ").name(A[0]["nom"], A[-1]["gen"]).say(" nimiin ").look(fill("{2}")) \
            .say(" päivän kuluttua.\nPyytäjä: ")
        whole(m, A).say(", ").entity(phone_of(A), "PHONE")
    elif kind == 7:
        m.say("Suojatun tulostuksen loki ").look(iso_day()).say("\n")
        printer = R.choice(PRINTERS)
        for person, role in [(A, "third"), (subject, "subject"), (C, "third")]:
            m.look(at_time()).say(" | ").look(printer).say(" | ")
            reversed_name(m, person, role).say(" | työ ").look(fill("JOB-{6}")).say(" | sivuja ") \
                .look(str(R.randint(1, 40))).say("\n")
        m.say("Kulunvalvonta:\n").look(at_time()).say(" OVI ").look(R.choice(DOORS)).say(" OK kortti ") \
            .look(fill("0{4}")).say(" ")
        reversed_name(m, G, upper=True).say("\n\nHei, tulostimelta tuli ").name(A[0]["gen"]) \
            .say(" palkkalaskelma minun tulosteideni seassa, vaikka vapautin vain omani. Annoin paperin ") \
            .name(G[0]["all"]).say(", joka vei sen ").name(C[0]["all"]).say(".\n")
        whole(m, subject, role="subject")
    elif kind == 8:
        m.say("Vierailijarekisteröinti ").look(fill("VR-{6}")).say("\nVieras: ")
        whole(m, A).say(" (").look(R.choice(["Vaajakallio Logistics", "Nordic Cargo Oy", "Baltic Link AS"])) \
            .say("), puh. ").entity(phone_of(A), "PHONE").say("\nIsäntä: ")
        whole(m, subject, role="subject").say(", ").entity(finnish_number(), "PHONE", "subject") \
            .say("\nSaapui ").look(at_time(False)).say(", vierailijakortti ").look(fill("V-{3}")).say("\n\n") \
            .name(A[0]["nom"]).say(" tarvitsee vierasverkon tunnukset. ").name(f["nom"], role="subject") \
            .say(" pyytää, että ")
        whole(m, C).say(" hakee hänet aulasta, koska ").name(G[0]["nom"]).say(" on palaverissa. Mukana on myös ")
        whole(m, S).say(".")
    elif kind == 9:
        tick = timestamps(R.randint(7, 16))
        m.say("Tekstiviestiyhdyskäytävän loki, lähettäjä IT-TUKI\n").look(f"{iso_day()}T{tick()}Z").say(" id=") \
            .look(fill("{10}")).say(" to=").entity(finnish_number(), "PHONE", "subject") \
            .say(" status=DELIVERED viesti=\"Hei ").name(f["nom"], role="subject") \
            .say(", väliaikainen salasanasi on ").entity(temporary_password(), "CREDENTIAL", "subject") \
            .say(". Vaihda se heti.\"\n").look(f"{iso_day()}T{tick()}Z").say(" id=").look(fill("{10}")) \
            .say(" to=").entity(abroad(), "PHONE").say(" status=FAILED virhe=").look(fill("{3}")) \
            .say(" viesti=\"Hei ").name(A[0]["nom"]).say(", tikettisi ").look(fill("INC{7}")) \
            .say(" on ratkaistu.\"\n").look(f"{iso_day()}T{tick()}Z").say(" id=").look(fill("{10}")).say(" to=") \
            .entity(phone_of(C), "PHONE").say(" status=DELIVERED viesti=\"").name(C[0]["nom"]).say(", ")
        whole(m, G).say(" soitti sinulle, soita takaisin ").entity(phone_of(G), "PHONE") \
            .say(".\"\n\nTiketti: ")
        whole(m, subject, role="subject").say(" ei saanut salasanaviestiä, ja ").name(A[0]["nom"]) \
            .say(" sanoo samaa. ").name(S[0]["nom"]).say(" tarkistaa yhdyskäytävän.")
    elif kind == 10:
        caller_number = phone_of(A)
        m.say("Aihe: Uusi puheviesti numerosta ").entity(caller_number, "PHONE").say(" (").look(duration()[4:]) \
            .say(")\nLähettäjä: Puhepostijärjestelmä <").entity("puheposti@palvelukeskus.example.fi", "EMAIL") \
            .say(">\nVastaanottaja: ")
        whole(m, subject, role="subject").say(" <").entity(e, "EMAIL", "subject") \
            .say(">\nLitterointi (automaattinen, voi sisältää virheitä):\n\"moi tässä ")
        heard(m, A, mishear=0.6).say(" soittelen siitä ")
        heard(m, (C[0],), "gen").say(" koneesta se on vieläkin ")
        heard(m, (G[0],), "ade").say(" ja se pitäis saada takas ennen perjantaita soita mulle numeroon ") \
            .entity(spoken(caller_number, "fi"), "PHONE").say(" tai laita viestiä ")
        heard(m, (S[0],), "all").say(" kiitti moi\"")
    elif kind == 11:
        nick = NICK_FI.get(f["nom"])
        m.say("#it-tuki-").look(fill("{3}")).say("\n")
        whole(m, A).say("  ").look(at_time(False)).say("\n@")
        whole(m, subject, role="subject").say(" onko ").name(C[0]["ela"]).say(" kuulunut mitään? Kannettava ") \
            .look(fill("PC-{5}")).say(" pitäisi palauttaa.\n  ✔ 2  ❤ 1\n")
        whole(m, subject, role="subject").say("  ").look(at_time(False)).say(" (muokattu)\nEi, mutta ") \
            .name(G[0]["nom"]).say(" sanoi, että ").name(C[0]["nom"]).say(" on lomalla. Soitan ") \
            .name(C[0]["all"]).say(" numeroon ").entity(phone_of(C), "PHONE").say(".\n  Reaktiot: ") \
            .name(A[0]["nom"]).say(" ✔, ").name(S[0]["nom"]).say(" ✔\n")
        whole(m, S).say("  ").look(at_time(False)).say("\n")
        if nick:
            m.say("Kiitti ").name(nick["nom"], role="subject").say("! ")
        m.say("(viesti poistettu) ").name(G[0]["gen"]).say(" mukaan laite on ").look(R.choice(["Eerikinkadun",
                                                                                          "Sofiankadun"])) \
            .say(" toimistolla.")
    elif kind == 12:
        m.say("Laitehallinta: etätyhjennyspyyntö\nLaite: ").look(R.choice(PHONE_MODELS)).say(", sarjanumero ") \
            .look(fill("F{2}X{7}")).say("\nEnsisijainen käyttäjä: ")
        whole(m, subject, role="subject").say(" (").entity(e, "EMAIL", "subject").say(")\nPuhelinnumero: ") \
            .entity(finnish_number(), "PHONE", "subject").say("\nKäyttöjärjestelmä: iOS ") \
            .look(f"17.{R.randint(0, 6)}.{R.randint(1, 3)}").say("\nViimeksi synkronoitu: ") \
            .look(f"{day()} {at_time(False)}").say("\nPyytäjä: ")
        whole(m, A).say(", hyväksyjä: ")
        whole(m, C).say("\nKommentti: ").name(f["nom"], role="subject").say(" kadotti puhelimen junassa. ") \
            .name(G[0]["gen"]).say(" mukaan se on löytötavaratoimistossa, joten ").name(A[0]["nom"]) \
            .say(" pyytää odottamaan vuorokauden ennen tyhjennystä.")
    else:
        language = R.choice(["ukraina", "somali", "arabia", "turkki", "vietnam", "thai"])
        m.say(f"Puhelumuistio, tulkattu puhelu ({language}–suomi)\nAsiakas: ")
        whole(m, subject, role="subject").say("\nTulkki: ")
        whole(m, A).say(" (").look(R.choice(INTERPRETING)).say("), tilaus ").look(fill("T-{6}")) \
            .say("\nAsiakkaan numero: ").entity(phone_of(subject), "PHONE", "subject").say("\nAsia: ") \
            .name(f["nom"], role="subject").say(" ei pääse työvuorolistaan. Esihenkilö ")
        whole(m, C).say(" oli luvannut tunnukset, mutta ").name(G[0]["nom"]).say(" ei löydä tilausta. Tulkki ") \
            .name(A[0]["nom"]).say(" vahvisti, että ").name(f["nom"], role="subject").say(" haluaa ohjeet kirjallisina ") \
            .name(C[0]["gen"]).say(" kautta. Seuraava soitto ").look(day()).say(".")
    ending(m, (subject, A, C, G, S), "fi")


def english(m, subject, e):
    A, C, G, S = distinct(person_en, 4, subject)
    f = subject[0]
    kind = R.randrange(14)
    tick = timestamps()
    if kind == 0:
        m.say("Call transcript (automatic speech recognition), call ").look(fill("CALL-{8}")).say(", length ") \
            .look(duration()[3:]).say(f"\n[{tick()}] agent: service desk you're speaking to ")
        heard(m, (A[0],), mishear=0.2).say(f" how can i help\n[{tick()}] caller: hi yeah it's ")
        heard(m, subject, role="subject").say(" my outlook keeps crashing\n") \
            .say(f"[{tick()}] agent: sorry to hear that whats the best number for you\n[{tick()}] caller: it's ") \
            .entity(spoken(abroad(R.choice(["GB", "US", "GB"])), "en"), "PHONE", "subject") \
            .say(f"\n[{tick()}] agent: and your email\n[{tick()}] caller: ") \
            .entity(said_address(e, "en"), "EMAIL", "subject").say(f"\n[{tick()}] caller: my manager ")
        heard(m, C).say(" said ")
        heard(m, (G[0],)).say(" can approve it\n").say(f"[{tick()}] agent: right i'll raise a ticket and copy ")
        heard(m, (C[0],)).say(f" in\n[{tick()}] caller: thanks if i don't pick up try ")
        heard(m, S).say(" on ").entity(spoken(phone_of(S), "en"), "PHONE")
    elif kind == 1:
        m.say("Queue report ").look(iso_day()).say(", queue ").look(R.choice(QUEUES)) \
            .say("\ntime;direction;number;agent;duration;CRM match\n")
        queue_rows(m, subject, (A, C), (G, S), (["inbound", "inbound", "outbound"], "no match", abroad),
                   lambda caller, role: m.name(*caller, role=role))
        m.say("Note: ").name(f, role="subject").say(" asked us to check a call. According to ").name(*G) \
            .say(", ").name(A[0]).say(" hung up mid-call, and ").name(S[0]).say(" queued for ") \
            .look(f"{R.randint(12, 48)} minutes").say(". Reply to ").name(C[0]).say(" or me.\n") \
            .name(*subject, role="subject").say(", team lead")
    elif kind == 2:
        m.say("Hi,\nforwarding the below. ").name(A[0]).say(" asked for ").name(*C) \
            .say(" to be added to the distribution list.\n").name(f, role="subject") \
            .say("\n\n-----Original Message-----\nFrom: ")
        reversed_name(m, A).say(" <").entity(address_of(A), "EMAIL").say(">\nSent: ") \
            .look(f"{R.choice(WEEKDAYS_EN)}, {day_en()} {at_time(False)}").say("\nTo: ")
        m.name(*subject, role="subject").say(" <").entity(e, "EMAIL", "subject").say(">; ").name(*G).say(" <") \
            .entity(address_of(G), "EMAIL").say(">\nCc: ")
        reversed_name(m, S).say(" <").entity(address_of(S), "EMAIL").say(">\nSubject: RE: distribution list ") \
            .look(fill("IT-NEWS-{3}")).say("\n\n> Hi ").name(f, role="subject").say(",\n> ").name(*C) \
            .say(" hasn't had any bulletins since ").look(day_en()).say(". Could you add them? ").name(G[0]) \
            .say(" used to do this. Their number is ").entity(phone_of(C), "PHONE").say(".\n> Best,\n> ").name(A[0])
    elif kind == 3:
        m.say("Number porting request ").look(fill("PRT-{7}")).say("\nNumber to port: ") \
            .entity(abroad("GB"), "PHONE", "subject").say("\nPAC code: ") \
            .look("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + fill("{6}")) \
            .say("\nPorting date: ").look(day_en()).say("\nAccount holder: ").name(*subject, role="subject") \
            .say("\nUser: ").name(C[0], subject[-1]).say(" (under 18)\nOne-off fee ") \
            .look(f"£{R.randint(5, 30)}.00").say(" to card ").entity(identifiers.written_card(R), "PAYMENT_CARD", "subject") \
            .say(", monthly charges from ").entity(account(), "IBAN", "subject") \
            .say(".\nIf the port fails, call ").name(*A).say(" on ").entity(phone_of(A), "PHONE").say(". ") \
            .name(C[0]).say(" uses the phone at school, so ").name(C[0]).say("'s old SIM stays live until then.\n") \
            .say("Handled by: ").name(*G)
    elif kind == 4:
        m.say("Hi,\nmy work phone bill for ").look(R.choice(["March", "April", "May"]) + " 2027") \
            .say(" shows calls abroad I don't recognise:\n")
        for _ in range(R.randint(3, 4)):
            m.look(f"{R.randint(1, 28):02d}/{R.randint(3, 5):02d}").say(" ").look(at_time(False)).say("  ") \
                .entity(abroad(), "PHONE").say("  ").look(duration()).say("  ") \
                .look(f"£{R.randint(1, 40)}.{R.randint(0, 99):02d}").say("\n")
        m.say("The first is ").name(*A).say("'s number – our supplier contact – so that one is fine. I think ") \
            .name(C[0]).say(" made the others when I lent the phone on ").look(day_en()) \
            .say(". My manager ").name(*G).say(" agreed the private calls go on my card ") \
            .entity(identifiers.written_card(R), "PAYMENT_CARD", "subject").say(".\n").name(f, role="subject") \
            .say(", ").entity(abroad("GB"), "PHONE", "subject")
    elif kind == 5:
        m.say("New starter (HR → IT)\nName: ").name(*subject, role="subject").say("\nStart date: ").look(day_en()) \
            .say("\nLine manager: ").name(*A).say("\nBuddy: ").name(*C).say("\nCost centre: ").look(fill("CC-{4}")) \
            .say("\nSalary account: ").entity(account(), "IBAN", "subject").say("\nNext of kin: ").name(*G) \
            .say(f" ({R.choice(['partner', 'mother', 'father', 'sister', 'brother'])}), ") \
            .entity(phone_of(G), "PHONE").say("\nWork mobile: ").entity(abroad("GB"), "PHONE", "subject") \
            .say("\n\nNote: ").name(A[0]).say(" wants ").name(f, role="subject") \
            .say("'s accounts ready a week early. The laptop (").look(R.choice(LAPTOPS)).say(") goes to ") \
            .name(C[0]).say(" because ").name(A[0]).say(" is on leave.")
    elif kind == 6:
        m.say("Leaver\nName: ").name(*subject, role="subject").say(", last day ").look(day_en()) \
            .say("\n1. Convert mailbox ").entity(e, "EMAIL", "subject").say(" to shared; full access for ") \
            .name(*A).say(" and ").name(*C).say(".\n2. Auto-reply: \"").name(f, role="subject") \
            .say(" has left the company. Please contact ").name(*G).say(" on ").entity(phone_of(G), "PHONE") \
            .say(".\"\n3. Mail-flow rule: forward mail from ").entity(address_of(S), "EMAIL").say(" to ") \
            .name(G[0]).say(" and mark it read.\n4. Move OneDrive to ").name(*A).say(" after ") \
            .look(fill("{2}")).say(" days.\nRequested by ").name(*A).say(", ").entity(phone_of(A), "PHONE")
    elif kind == 7:
        printer = R.choice(PRINTERS)
        m.say("Secure print log ").look(iso_day()).say("\n")
        for person, role in [(A, "third"), (subject, "subject"), (C, "third")]:
            m.look(at_time()).say(" | ").look(printer).say(" | ")
            reversed_name(m, person, role).say(" | job ").look(fill("JOB-{6}")).say(" | pages ") \
                .look(str(R.randint(1, 40))).say("\n")
        m.say("Door access:\n").look(at_time()).say(" DOOR ").look(R.choice(["B2-3", "MAIN-ENTRANCE", "LOADING-1"])) \
            .say(" GRANTED badge ").look(fill("0{4}")).say(" (")
        reversed_name(m, G, upper=True).say(")\n\nHi, ").name(A[0]).say("'s payslip came out with my prints though I only released mine. I gave it to ") \
            .name(G[0]).say(", who took it to ").name(C[0]).say(".\n").name(*subject, role="subject")
    elif kind == 8:
        m.say("Visitor registration ").look(fill("VR-{6}")).say("\nVisitor: ").name(*A).say(" (") \
            .look(R.choice(["Marsh Lane Freight Ltd", "Northgate Analytics", "Baltic Link AS"])).say("), tel. ") \
            .entity(phone_of(A), "PHONE").say("\nHost: ").name(*subject, role="subject").say(", ") \
            .entity(abroad(R.choice(["GB", "US"])), "PHONE", "subject").say("\nArrived ").look(at_time(False)) \
            .say(", visitor card ").look(fill("V-{3}")).say("\n\n").name(A[0]).say(" needs guest Wi-Fi. ") \
            .name(f, role="subject").say(" asks for ").name(*C).say(" to collect them from reception as ").name(G[0]) \
            .say(" is in a meeting. Also with them: ").name(*S).say(".")
    elif kind == 9:
        tick = timestamps(R.randint(7, 16))
        m.say("SMS gateway log, sender IT-HELP\n").look(f"{iso_day()}T{tick()}Z").say(" id=").look(fill("{10}")) \
            .say(" to=").entity(abroad(R.choice(["GB", "US", "MT"])), "PHONE", "subject") \
            .say(" status=DELIVERED text=\"Hi ").name(f, role="subject").say(", your temporary password is ") \
            .entity(temporary_password(), "CREDENTIAL", "subject").say(". Change it now.\"\n") \
            .look(f"{iso_day()}T{tick()}Z").say(" id=").look(fill("{10}")).say(" to=").entity(abroad(), "PHONE") \
            .say(" status=FAILED error=").look(fill("{3}")).say(" text=\"Hi ").name(A[0]).say(", ticket ") \
            .look(fill("INC{7}")).say(" is resolved.\"\n").look(f"{iso_day()}T{tick()}Z").say(" id=") \
            .look(fill("{10}")).say(" to=").entity(phone_of(C), "PHONE").say(" status=DELIVERED text=\"") \
            .name(C[0]).say(", ").name(*G).say(" called you, please ring back on ").entity(phone_of(G), "PHONE") \
            .say(".\"\n\nTicket: ").name(*subject, role="subject").say(" never got the password text, and ") \
            .name(A[0]).say(" says the same. ").name(S[0]).say(" is checking the gateway.")
    elif kind == 10:
        caller_number = phone_of(A)
        m.say("Subject: New voicemail from ").entity(caller_number, "PHONE").say(" (").look(duration()[4:]) \
            .say(")\nFrom: Voicemail <").entity("voicemail@clinic.example.org", "EMAIL").say(">\nTo: ") \
            .name(*subject, role="subject").say(" <").entity(e, "EMAIL", "subject") \
            .say(">\nTranscription (automatic, may contain errors):\n\"hi it's ")
        heard(m, A, mishear=0.6).say(" calling about ")
        heard(m, (C[0],)).say("'s laptop it's still with ")
        heard(m, (G[0],)).say(" and we need it back before friday my password is ") \
            .entity(temporary_password().lower(), "CREDENTIAL", "subject") \
            .say(" if you need to log in call me on ").entity(spoken(caller_number, "en"), "PHONE") \
            .say(" or message ")
        heard(m, (S[0],)).say(" thanks bye\"")
    elif kind == 11:
        nick = NICK_EN.get(f)
        m.say("#it-help\n").name(*A).say("  ").look(at_time(False)).say("\n@").name(*subject, role="subject") \
            .say(" any word from ").name(C[0]).say("? Laptop ").look(fill("PC-{5}")) \
            .say(" is due back.\n  ✔ 2  ❤ 1\n").name(*subject, role="subject").say("  ").look(at_time(False)) \
            .say(" (edited)\nNo, but ").name(G[0]).say(" says ").name(C[0]).say(" is on leave. I'll ring ") \
            .name(C[0]).say(" on ").entity(phone_of(C), "PHONE").say(".\n  Reactions: ").name(A[0]).say(" ✔, ") \
            .name(S[0]).say(" ✔\n").name(*S).say("  ").look(at_time(False)).say("\n")
        if nick:
            m.say("Cheers ").name(nick, role="subject").say("! ")
        m.say("(message deleted) ").name(G[0]).say(" says the laptop is at the ").look("Victoria Street") \
            .say(" office.")
    elif kind == 12:
        m.say("Device management: remote wipe request\nDevice: ").look(R.choice(PHONE_MODELS)) \
            .say(", serial ").look(fill("F{2}X{7}")).say("\nPrimary user: ").name(*subject, role="subject") \
            .say(" (").entity(e, "EMAIL", "subject").say(")\nPhone number: ") \
            .entity(abroad(R.choice(["GB", "US", "SE"])), "PHONE", "subject").say("\nOS: iOS ") \
            .look(f"17.{R.randint(0, 6)}.{R.randint(1, 3)}").say("\nLast sync: ") \
            .look(f"{day_en()} {at_time(False)}").say("\nRequested by: ").name(*A).say(", approved by: ") \
            .name(*C).say("\nComment: ").name(f, role="subject").say(" lost the phone on a train. ") \
            .name(G[0]).say(" says it is at lost property, so ").name(A[0]).say(" asks us to wait a day.")
    else:
        language = R.choice(["Ukrainian", "Somali", "Arabic", "Turkish", "Vietnamese", "Thai"])
        m.say(f"Call note, interpreted call ({language}–English)\nCaller: ").name(*subject, role="subject") \
            .say("\nInterpreter: ").name(*A).say(" (").look(R.choice(["LanguageLine", "Semantix", "thebigword"])) \
            .say("), booking ").look(fill("T-{6}")).say("\nCaller's number: ") \
            .entity(phone_of(subject), "PHONE", "subject").say("\nIssue: ").name(f, role="subject") \
            .say(" cannot see the rota. Their manager ").name(*C).say(" promised access but ").name(G[0]) \
            .say(" cannot find the request. The interpreter, ").name(A[0]).say(", confirmed ").name(f, role="subject") \
            .say(" wants written steps via ").name(C[0]).say(". Next call ").look(day_en()).say(".")
    ending(m, (subject, A, C, G, S), "en")


def genitive_sv(name):
    """A Swedish genitive, inside the name's span as the -s is part of the word: Tekla's is Teklas, Botvid's Botvids."""
    return name if name[-1] in "sxz" else name + "s"


def swedish(m, subject, e):
    A, C, G, S = distinct(person_sv, 4, subject)
    f = subject[0]
    kind = R.randrange(6)
    tick = timestamps()
    if kind == 0:
        m.say("Samtalsutskrift (automatisk taligenkänning), samtal ").look(fill("CALL-{8}")) \
            .say(f"\n[{tick()}] agent: servicedesk det är ")
        heard(m, (A[0],), mishear=0.2).say(f" hej\n[{tick()}] uppringare: hej det är ")
        heard(m, subject, role="subject").say(" jag kommer inte in i vpn\n") \
            .say(f"[{tick()}] agent: vilket nummer når vi dig på\n[{tick()}] uppringare: ") \
            .entity(spoken(abroad("SE"), "sv"), "PHONE", "subject").say(f"\n[{tick()}] agent: och e-post\n") \
            .say(f"[{tick()}] uppringare: ").entity(said_address(e, "sv"), "EMAIL", "subject") \
            .say(f"\n[{tick()}] uppringare: min chef ")
        heard(m, C).say(" sa att ")
        heard(m, (G[0],)).say(" kan godkänna det\n").say(f"[{tick()}] agent: jag skickar en kopia till ")
        heard(m, (C[0],)).say("")
    elif kind == 1:
        m.say("Hej,\nvidarebefordrar nedan. ").name(A[0]).say(" vill att ").name(*C) \
            .say(" läggs till på sändlistan.\n").name(f, role="subject") \
            .say("\n\n---------- Vidarebefordrat meddelande ----------\nFrån: ")
        reversed_name(m, A).say(" <").entity(address_of(A), "EMAIL").say(">\nSkickat: ") \
            .look(f"den {R.choice(WEEKDAYS_SV)} {R.randint(1, 28)} {R.choice(['mars', 'april', 'juni'])} 2027 {at_time(False)}") \
            .say("\nTill: ").name(*subject, role="subject").say(" <").entity(e, "EMAIL", "subject") \
            .say(">\nKopia: ").name(*G).say(" <").entity(address_of(G), "EMAIL") \
            .say(">\nÄmne: SV: sändlista ").look(fill("IT-INFO-{3}")).say("\n\n> Hej ").name(f, role="subject") \
            .say(",\n> ").name(*C).say(" har inte fått några utskick sedan mars. ").name(G[0]) \
            .say(" brukade sköta det. Numret är ").entity(phone_of(C), "PHONE").say(".\n> Hälsningar\n> ").name(A[0])
    elif kind == 2:
        caller_number = phone_of(A)
        m.say("Ämne: Nytt röstmeddelande från ").entity(caller_number, "PHONE").say(" (").look(duration()[4:]) \
            .say(")\nTill: ").name(*subject, role="subject").say("\nTranskription (automatisk):\n\"hej det är ")
        heard(m, A, mishear=0.6).say(" jag ringer om ")
        heard(m, (genitive_sv(C[0]),)).say(" dator den är fortfarande hos ")
        heard(m, (G[0],)).say(" ring mig på ").entity(spoken(caller_number, "sv"), "PHONE").say(" hej då\"")
    elif kind == 3:
        tick = timestamps(R.randint(7, 16))
        m.say("SMS-gatewaylogg, avsändare IT-SUPPORT\n").look(f"{iso_day()}T{tick()}Z").say(" till=") \
            .entity(abroad("SE"), "PHONE", "subject").say(" status=LEVERERAD text=\"Hej ").name(f, role="subject") \
            .say(", ditt tillfälliga lösenord är ").entity(temporary_password(), "CREDENTIAL", "subject") \
            .say(".\"\n").look(f"{iso_day()}T{tick()}Z").say(" till=").entity(phone_of(C), "PHONE") \
            .say(" status=MISSLYCKAD text=\"").name(C[0]).say(", ").name(*G).say(" har sökt dig.\"\n\nÄrende: ") \
            .name(*subject, role="subject").say(" fick inget sms, och ").name(A[0]).say(" kontrollerar gatewayen.")
    elif kind == 4:
        m.say("Besöksregistrering ").look(fill("BR-{6}")).say("\nBesökare: ").name(*A).say(", tfn ") \
            .entity(phone_of(A), "PHONE").say("\nVärd: ").name(*subject, role="subject").say(", ") \
            .entity(abroad("SE"), "PHONE", "subject").say("\nAnkom ").look(at_time(False)).say(", besökskort ") \
            .look(fill("B-{3}")).say("\n\n").name(f, role="subject").say(" ber att ").name(*C) \
            .say(" hämtar besökaren i receptionen, eftersom ").name(G[0]).say(" sitter i möte.")
    else:
        m.say("Nyanställd (HR → IT)\nNamn: ").name(*subject, role="subject").say("\nStartdatum: ") \
            .look(f"{R.randint(1, 28)}/{R.randint(1, 12)} 2027").say("\nChef: ").name(*A).say("\nFadder: ") \
            .name(*C).say("\nLönekonto: ").entity(account(), "IBAN", "subject").say("\nAnhörig: ").name(*G) \
            .say(" (make/maka), ").entity(phone_of(G), "PHONE").say("\nMobil: ") \
            .entity(abroad("SE"), "PHONE", "subject").say("\n\n").name(A[0]).say(" vill att ") \
            .name(f, role="subject").say(" har sina konton klara en vecka innan.")
    ending(m, (subject, A, C, G, S), "sv")


def written(language, subject, e):
    """A message about subject, drawn again while it fails its checks or a labelled value stands unlabelled elsewhere
    in it (message.first_clean)."""

    def draw():
        m = Message(language, "held-out-25")
        {"fi": finnish, "en": english, "sv": swedish}[language](m, subject, e)
        return m

    return first_clean(draw, lambda stray: REDRAWN.update([language]))


def main():
    counts = collections.Counter()
    for i in range(650):
        language = mixed_language(i)
        if language == "fi":
            subject = finn() if R.random() < 0.55 else world_fi()
            plain = tuple(map(nominative, subject))
        else:
            subject = plain = person_en() if language == "en" else person_sv()
        e = address_of(plain)
        m = written(language, subject, e)
        m.known = {"name": " ".join(plain), "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        emit(m, counts)
    if "--stats" in sys.argv:
        print(dict(counts), dict(PHONES), dict(REDRAWN), file=sys.stderr)


main()
