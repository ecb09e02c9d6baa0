#!/usr/bin/env python3
"""Generates the sixteenth held-out set (held-out-16.jsonl), written and committed before the engine was run on it, as
a second untouched set beside set 15: nobody tunes on it. It holds layouts sets 1-15 lack or hold only once:
forwarded mail threads with whole header blocks (Lähettäjä/Lähetetty/Vastaanottaja/Kopio/Aihe, From/Sent/To/Cc/
Subject, names in "Surname, Given" order and several to a line) and quoted replies two levels deep; meeting minutes
with attendees, apologies and action items with owners ("Vastuu: …", "Owner: …", "AP – …"); onboarding and
offboarding checklists with ticks and owners; Teams and Slack exports with times, edits ("(muokattu)", "(edited)"),
reactions and replies; voice-call transcripts in lower case with spoken numbers ("nolla neljä viis …", "oh seven
double two four …"); PDF text pasted or read by OCR with broken line wraps, a name split over the wrap
("Kum-\\npula"); incident postmortems with a timeline; asset-handover forms; calendar invitations with required and
optional attendees; access requests on behalf of others; a change of surname ("vaihtuu Vuoriseksi", "näkyy vielä
Kuikkana"), Finnish names in the essive, translative, abessive and comitative; shift rosters of many origins.
Names are new to the sets: Finnish given names (Aappo, Alpo, Eelis, Hannes, Hemmo, Hilma, Inkeri, Jalmari, Lyyli,
Martta, Mielikki, Olavi, Otso, Raakel, Selma, Sylvi, Unto, Urho, Ylermi, Aliisa, Sanelma, Senja, Siiri, Tilda;
hyphenated Anna-Maija, Pirkko-Liisa, Sanna-Kaisa, Jukka-Pekka) and those that are words (Arvo, Ansa, Sade, Kaiku,
Kide, Kaste, Kukka, Oras, Heimo, Ukko, Uljas, Impi), surnames (Vuorinen, Pajunen, Toivonen, Kauppinen, Ylönen,
Eskola, Ketola, Kumpula, Petäjä) and those that are words, birds and fish and tools among them (Kuikka,
Tiira, Lokki, Kotka, Teeri, Metso, Pöllö, Ahven, Siika, Kuha, Kannel, Vasara, Kirves, Sarvi, Kello, Heinä, Kaski,
Mehiläinen), Swedish (Agneta, Sten, Solveig, Viveka, Gösta, Åsa, Ragnhild, Leif; Nyqvist, Öhman, Rosenqvist,
Bergroth), Sámi (Elle, Heaika; Somby, Jomppanen), Estonian (Toomas, Peeter, Liis, Reet; Põder, Sild, Kivistik,
Laur), Russian (Arkadi, Galina, Pavel, Ruslan; Morozov, Sokolova, Fedorov, Jakovlev), Ukrainian (Yurii, Solomiia,
Dmytro; Marchenko, Savchenko, Romanenko, Hnatiuk, Zinchenko), Arabic (Basma, Ziad; Barakat, Abboud, Qasim,
Khoury), Somali (Idil, Liban, Shukri; Samatar), Kurdish (Hevin, Berivan, Soran, Rojda, Kawa, Zilan; Talabani,
Zangana, Amedi, Doski, Zebari), Chinese family name first (Xu Mingyu, Sun Yiting, Lu Xiaoqing, Ma Zihan),
Vietnamese (Huỳnh Ngọc Ánh, Trịnh Đức Thắng, Huỳnh Thị Hương), Thai (Pornthip, Kittisak, Anucha, Malee, Wichai;
Boonmee, Saetang, Rattanakorn, Sukjai), Indian (Siddharth, Vikram, Meenakshi, Lakshmi; Venkatesan, Banerjee,
Kulkarni, Chatterjee, Reddy), Nigerian (Obinna, Babatunde, Yetunde, Funmilayo, Uche; Olawale, Ogunleye, Balogun),
Spanish (Rocío, Íñigo, Maite, Guillermo, Remedios; Ibáñez, Etxeberria, Quintero, Cabrera, Romero), Portuguese
(Conceição, Gonçalo, Leonor, Rui; Magalhães, Sequeira, Tavares, Brandão, Carvalho), Polish (Przemysław, Jadwiga,
Zbigniew, Bożena; Grabowski, Zając, Mazur), Irish and English (Ciarán, Padraig, Ember, June, Heath; O'Sullivan,
O'Rourke, O'Hare, D'Almeida, McKenna, Fitzpatrick; surnames that are words: Finch, Heron, Rook, Crow, Hawk, Wolf,
Gardner, Church, Hale).
Look-alikes are new: monitoring, CI and SaaS tools no list is likely to hold, some named like people (Jenkins,
Hudson, Alfred, Jarvis, Opsgenie, Checkmk, Graylog, Rundeck, Buildkite, Woodpecker CI, Zammad, Mattermost,
Efecte, Lyyti, Sympa, Kide.app, Pipedrive, Calendly, Clockify, Airtable), programming languages and units named
after people (Julia, Haskell, Pascal, Erlang; celsiusastetta, newtonia, kelvin), laws and effects (Murphyn laki,
Conwayn laki, Mooren laki, Conway's law, Hofstadter's law, the Doppler effect), firms named after people, with and
without Oy/Ab/Ltd and in the Finnish cases (Fazerin, Paulign, Stockmannin, Hartwallin, Sinebrychoffin, Ahlström
Oy:n, Berner Oy:n, Oras Oy, Mehiläiselle; Dyson, Cadbury, Boeing, Deloitte, Ernst & Young, Siemens, Bosch, Philips),
streets and buildings named after people (Topeliuksenkatu, Lönnrotinkatu, Aleksis Kiven katu, Minna Canthin katu,
Wellington Street, Churchill House, Nelson Road), rooms named after people or animals (Minna Canth -sali,
neuvotteluhuone Kotka, Pöllö, the Faraday room, Room Badger), product codenames (Projekti Kannel, Project Darwin),
months and weekdays (kesäkuussa, June as a month, Tuesday), greetings and sign-offs in Finnish, Swedish and
English (Ystävällisin terveisin, Hyvää viikonloppua, Med vänlig hälsning, Kind regards, Cheers), usernames that
are no names (svc_backup, admin2, ci-runner, sa_sql), the set's word names as words (kentän arvo, kuikka huutaa,
puhelussa kuuluu kaiku, the heron on the roof, the church hall), ticket ids, versions, prices and dates.
Each name part is its own NAME span (a name split over a line wrap is one span with the hyphen and the line break;
titles, initials, @ and the 's of an English possessive are outside the spans). Same format as
evaluation-set.jsonl; 640 messages, half Finnish. Deterministic: python3 held-out-16.py > held-out-16.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(16161616)


def fi(nom, weak=None, strong=None, par=None, ill=None):
    """inflect() with the abessive (Arvotta: without Arvo) and the comitative (Arvoineen: with one's Arvo)."""
    forms = inflect(nom, weak, strong, par, ill)
    w, s = weak or nom, strong or weak or nom
    a = "a" if any(c in "aouAOU" for c in s.split("-")[-1]) else "ä"
    forms["abe"], forms["com"] = w + "tt" + a, comitative(s)
    return forms


def comitative(stem):
    """Kuikkineen, Kasteineen, Kanteleineen, Jalmareineen, Eeliksineen, Otsoineen."""
    if stem.endswith(("ee", "kse")) or stem[-1] in "aä":
        return stem[:-1] + "ineen"
    if stem[-1] == "i":
        return stem[:-1] + "eineen"
    return stem + "ineen"


def nen16(nom):
    forms = nen(nom)
    forms["abe"] = nom[:-3] + "sett" + ("a" if any(c in "aou" for c in nom) else "ä")
    forms["com"] = nom[:-3] + "sineen"
    return forms


BACK_MARKED = str.maketrans("áàâãóòôúù", "aaaaooouu")


def other(nom):
    """foreign() with the abessive and comitative on the same stem (Soranitta, Soranineen); an a, o or u with an
    accent is a back vowel for the endings (Ibáñezina, Brandãolla)."""
    plain = nom.translate(BACK_MARKED)
    forms = {case: form.replace(plain, nom, 1) for case, form in foreign(plain).items()}
    stem = forms["gen"][:-1]
    a = "a" if any(c in "aouAOU" for c in plain) else "ä"
    forms["abe"], forms["com"] = stem + "tt" + a, stem + "neen" if stem[-1] == "i" else comitative(stem)
    return forms


FI_FIRST = [fi("Aappo", "Aapo", "Aappo"), fi("Alpo"), fi("Eelis", "Eelikse", "Eelikse", par="Eelistä"), fi("Hannes", "Hannekse", "Hannekse", par="Hannesta"),
            fi("Hemmo"), fi("Hilma"), fi("Inkeri"), fi("Jalmari"), fi("Lyyli"), fi("Martta", "Marta", "Martta"),
            fi("Mielikki", "Mieliki", "Mielikki"), fi("Olavi"), fi("Otso"), fi("Raakel", "Raakeli", "Raakeli"), fi("Selma"),
            fi("Sylvi"), fi("Unto"), fi("Urho"), fi("Ylermi"), fi("Aliisa"), fi("Sanelma"), fi("Senja"), fi("Siiri"),
            fi("Tilda"), fi("Anna-Maija"), fi("Pirkko-Liisa"), fi("Sanna-Kaisa"), fi("Jukka-Pekka", "Jukka-Peka", "Jukka-Pekka")]
FI_WORD_FIRST = [fi("Arvo"), fi("Ansa"), fi("Sade", "Satee", "Satee", par="Sadetta", ill="Sateeseen"), fi("Kaiku", "Kaiu", "Kaiku"),
                 fi("Kide", "Kitee", "Kitee", par="Kidettä", ill="Kiteeseen"), fi("Kaste", "Kastee", "Kastee", par="Kastetta", ill="Kasteeseen"),
                 fi("Kukka", "Kuka", "Kukka"), fi("Oras", "Oraa", "Oraa", par="Orasta", ill="Oraaseen"), fi("Heimo"),
                 fi("Ukko", "Uko", "Ukko"), fi("Uljas", "Uljaa", "Uljaa", par="Uljasta", ill="Uljaaseen"), fi("Impi")]
FI_LAST = [nen16("Vuorinen"), nen16("Pajunen"), nen16("Toivonen"), nen16("Kauppinen"), nen16("Ylönen"), fi("Eskola"),
           fi("Ketola"), fi("Kumpula"), fi("Petäjä")]
FI_WORD_LAST = [fi("Kuikka", "Kuika", "Kuikka"), fi("Tiira"), fi("Lokki", "Loki", "Lokki"), fi("Kotka"), fi("Teeri"),
                fi("Metso"), fi("Pöllö"), fi("Ahven", "Ahvene", "Ahvene", par="Ahventa", ill="Ahveneen"), fi("Siika", "Siia", "Siika"),
                fi("Kuha"), fi("Kannel", "Kantele", "Kantele", par="Kannelta", ill="Kanteleeseen"), fi("Vasara"),
                fi("Kirves", "Kirvee", "Kirvee", par="Kirvestä", ill="Kirveeseen"), fi("Sarvi", "Sarve", "Sarve", par="Sarvea", ill="Sarveen"),
                fi("Kello"), fi("Heinä"), fi("Kaski", "Kaske", "Kaske", par="Kaskea", ill="Kaskeen"), nen16("Mehiläinen")]


def origin(firsts, lasts):
    return [other(n) for n in firsts], [other(n) for n in lasts]


SWEDISH = origin(["Agneta", "Sten", "Solveig", "Viveka", "Gösta", "Åsa", "Ragnhild", "Leif"], ["Nyqvist", "Öhman", "Rosenqvist", "Bergroth"])
SAMI = ([other("Elle"), other("Heaika")], [other("Somby"), nen16("Jomppanen")])
ESTONIAN = origin(["Toomas", "Peeter", "Liis", "Reet"], ["Põder", "Sild", "Kivistik", "Laur"])
RUSSIAN = origin(["Arkadi", "Galina", "Pavel", "Ruslan"], ["Morozov", "Sokolova", "Fedorov", "Jakovlev"])
UKRAINIAN = origin(["Yurii", "Solomiia", "Dmytro"], ["Marchenko", "Savchenko", "Romanenko", "Hnatiuk", "Zinchenko"])
ARABIC = origin(["Basma", "Ziad"], ["Barakat", "Abboud", "Qasim", "Khoury"])
SOMALI = origin(["Idil", "Liban", "Shukri"], ["Samatar"])
KURDISH = origin(["Hevin", "Berivan", "Soran", "Rojda", "Kawa", "Zilan"], ["Talabani", "Zangana", "Amedi", "Doski", "Zebari"])
THAI = origin(["Pornthip", "Kittisak", "Anucha", "Malee", "Wichai"], ["Boonmee", "Saetang", "Rattanakorn", "Sukjai"])
INDIAN = origin(["Siddharth", "Vikram", "Meenakshi", "Lakshmi"], ["Venkatesan", "Banerjee", "Kulkarni", "Chatterjee", "Reddy"])
NIGERIAN = origin(["Obinna", "Babatunde", "Yetunde", "Funmilayo", "Uche"], ["Olawale", "Ogunleye", "Balogun"])
SPANISH = origin(["Rocío", "Íñigo", "Maite", "Guillermo", "Remedios"], ["Ibáñez", "Etxeberria", "Quintero", "Cabrera", "Romero"])
PORTUGUESE = origin(["Conceição", "Gonçalo", "Leonor", "Rui"], ["Magalhães", "Sequeira", "Tavares", "Brandão", "Carvalho"])
POLISH = origin(["Przemysław", "Jadwiga", "Zbigniew", "Bożena"], ["Grabowski", "Zając", "Mazur"])
ORIGINS = [SWEDISH, SAMI, ESTONIAN, RUSSIAN, UKRAINIAN, ARABIC, SOMALI, KURDISH, THAI, INDIAN, NIGERIAN, SPANISH,
           PORTUGUESE, POLISH]
CHINESE = [("Xu", "Mingyu"), ("Sun", "Yiting"), ("Lu", "Xiaoqing"), ("Ma", "Zihan")]
VIETNAMESE = [("Huỳnh", "Ngọc", "Ánh"), ("Trịnh", "Đức", "Thắng"), ("Huỳnh", "Thị", "Hương")]

EN_FIRST = ["Ciarán", "Padraig", "Ember", "June", "Heath"]
EN_LAST = ["O'Sullivan", "O'Rourke", "O'Hare", "D'Almeida", "McKenna", "Fitzpatrick"]
EN_WORD_LAST = ["Finch", "Heron", "Rook", "Crow", "Hawk", "Wolf", "Gardner", "Church", "Hale"]
DOMAINS = ["sairaala.example.fi", "satama.example.fi", "rakennus.example.com", "opisto.example.fi", "media.example.co.uk",
           "foods.example.com"]

TOOLS = ["Jenkins", "Hudson", "Alfred", "Jarvis", "Opsgenie", "Checkmk", "Graylog", "Rundeck", "Buildkite", "Woodpecker CI",
         "Zammad", "Mattermost", "Efecte", "Lyyti", "Sympa", "Kide.app", "Pipedrive", "Calendly", "Clockify", "Airtable"]
MONITORS = ["Opsgenie", "Checkmk", "Graylog", "Jenkins", "Hudson", "Buildkite"]
TICKETS_FI = ["INC0{6}", "RITM0{6}", "CHG0{6}", "TASK0{6}", "versio 5.{1}.{2}", "v{1}.{2}.{1}"]
WHEN_FI = ["ti 15.12.", "klo 1{1}.30", "kesäkuussa", "maanantaina", "huomenna klo 9", "vko 49"]
TICKETS_EN = ["INC0{6}", "RITM0{6}", "CHG0{6}", "TASK0{6}", "v5.{1}.{2}", "build {4}", "PO {7}"]
WHEN_EN = ["Tue 15 Dec", "at 1{1}:30", "in June", "next Tuesday", "on Monday", "tomorrow at 9"]
FIRMS_FI = ["Fazerin", "Paulign", "Stockmannin", "Hartwallin", "Sinebrychoffin", "Ahlström Oy:n", "Berner Oy:n",
            "Oras Oy:n", "Dysonin", "Boschin", "Philipsin"]
FIRMS_EN = ["Dyson", "Cadbury", "Boeing", "Deloitte", "Ernst & Young", "Siemens", "Bosch", "Philips", "Berner Ltd",
            "Paulig Ltd"]
STREETS_FI = ["Topeliuksenkatu {2}", "Lönnrotinkatu {1}", "Aleksis Kiven katu {2}", "Minna Canthin katu {1}"]
STREETS_EN = ["Wellington Street", "Churchill House", "Nelson Road", "Victoria House"]
ROOMS_FI = [("Minna Canth -sali", "Minna Canth -salin", "Minna Canth -saliin"),
            ("neuvotteluhuone Kotka", "neuvotteluhuone Kotkan", "neuvotteluhuone Kotkaan"),
            ("neuvotteluhuone Pöllö", "neuvotteluhuone Pöllön", "neuvotteluhuone Pöllöön"),
            ("kokoushuone Kuikka", "kokoushuone Kuikan", "kokoushuone Kuikkaan"), ("Lönnrot-sali", "Lönnrot-salin", "Lönnrot-saliin")]
ROOMS_EN = ["the Faraday room", "Room Badger", "Room Heron", "the Darwin room", "Room Otter"]
SCIENCE_FI = ["Murphyn laki", "Conwayn laki", "Mooren laki", "31 celsiusastetta", "Julia", "Haskell", "Pascal", "Erlang"]
SCIENCE_EN = ["Murphy's law", "Conway's law", "Hofstadter's law", "the Doppler effect", "Julia", "Haskell", "Pascal",
              "Erlang", "40 newtons", "300 kelvin"]
CODENAMES = ["Projekti Kannel", "Projekti Ukko", "Project Darwin", "Project Faraday"]
USERNAMES = ["svc_backup", "admin2", "ci-runner", "sa_sql", "svc_print01"]
DEPT_FI = ["Palkat", "Hankinta", "Laboratorio", "Satamaoperaatiot", "Viestintä"]
DEPT_EN = ["Estates", "Pharmacy", "Port Operations", "Comms", "Research Office"]
GREET_FI = ["Ystävällisin terveisin", "Hyvää viikonloppua", "Kiitos ja kumarrus", "Aurinkoista päivää", "Parhain terveisin"]
GREET_SV = ["Med vänlig hälsning", "Trevlig helg", "Vänliga hälsningar"]
GREET_EN = ["Kind regards", "Cheers", "Best wishes", "Many thanks", "Warm regards"]
WORDS_FI = [("Lomakkeen kentän ", "arvo", " on tyhjä."), ("Järvellä huutaa ", "kuikka", ", eikä mikkiä voi avata."),
            ("Puhelussa kuuluu ", "kaiku", ", vaihdoin kuulokkeet."), ("Aamulla oli ", "kaste", " nurmella, kamera huurussa."),
            ("Pihalla on ", "kotka", " pesässä, drone-kuvaus peruttu."), ("Laiturilta nousi ", "siika", " ja kaapelikin."),
            ("Varastossa on ", "vasara", " ja ", "kirves", ", ei ruuvitalttaa."), ("Seinällä oli vanha ", "kello", " ja reititin."),
            ("Ulkona sataa, ", "sade", " kastelee antennit."), ("Kahvihuoneeseen tuli ", "Fazerin", " automaatti."),
            ("", "Paulig", " toimittaa kahvin perjantaina."), ("Työterveys siirtyy ", "Mehiläiselle", " vuodenvaihteessa."),
            ("", "Kide.app", " ei lataa lippuja."), ("", "Oras Oy", " vaihtaa hanat keittiöön.")]
WORDS_EN = [("There is a ", "heron", " on the roof by the satellite dish."), ("The meeting is in the ", "church hall", "."),
            ("A ", "crow", " keeps pecking the camera."), ("The ", "gardener", " cut the fibre again."),
            ("Release is planned for ", "June", "."), ("Payroll closes on ", "Tuesday", "."),
            ("", "Dyson", " fans are on order for the server room."), ("The ", "Cadbury", " hamper arrived for reception."),
            ("", "Jenkins", " is green again."), ("", "Hudson", " is finally switched off."),
            ("", "Conway's law", " strikes again."), ("", "Alfred", " keeps stealing the shortcut.")]


def fill(pattern):
    return identifiers.fill(R, pattern)


def week():
    return "vko " + str(R.randint(49, 53))


def pick(items):
    return fill(R.choice(items))


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "046", "050"])
    rest = identifiers.digits(R, 7)
    return R.choice([f"{prefix} {rest[:4]} {rest[4:]}", f"{prefix}{rest}", f"+358-{prefix[1:]}-{rest}",
                     f"+358 (0){prefix[1:]} {rest[:3]} {rest[3:]}", f"{prefix}/{rest}"])


def landline():
    return fill(R.choice(["(09) {3} {4}", "09-{7}", "(017) {3} {3}", "+358 9 {4} {4}"]))


def foreign_phone():
    return fill(R.choice(["+44 7{3} {6}", "+91 9{4} {5}", "+234 80{1} {3} {4}", "+66 8{1} {3} {4}", "+86 138 {4} {4}",
                          "+964 750 {3} {4}", "+34 6{2} {2} {2} {2}", "+351 96{1} {3} {3}", "+48 5{2}-{3}-{3}",
                          "+380 67 {3} {2} {2}", "+7 921 {3}-{2}-{2}", "+372 5{3} {4}", "+46 73-{3} {2} {2}",
                          "+47 9{2} {2} {3}"]))


FI_DIGITS = ["nolla", "yks", "kaks", "kolme", "neljä", "viis", "kuus", "seittemän", "kaheksan", "yheksän"]
EN_DIGITS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken_fi():
    """A mobile number as the caller says it, digit by digit in spoken Finnish."""
    number = R.choice(["040", "045", "050"]) + identifiers.digits(R, 7)
    return " ".join(FI_DIGITS[int(d)] for d in number)


def spoken_en():
    """A UK mobile number as the caller says it: "oh", and "double" before a repeated digit."""
    number = "07" + identifiers.digits(R, 9)
    out, i = [], 0
    while i < len(number):
        if i + 1 < len(number) and number[i] == number[i + 1]:
            out.append("double " + EN_DIGITS[int(number[i])])
            i += 2
        else:
            out.append(EN_DIGITS[int(number[i])])
            i += 1
    return " ".join(out)


def email(first, last):
    return identifiers.address(R, first, last, DOMAINS)


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(45, 99)), ("A", R.randint(0, 7)), ("B", R.randint(0, 6))]))


def foreign_iban():
    country, bban = R.choice([("GB", "NWBK{14}"), ("ES", "{20}"), ("PT", "{21}"), ("NO", "{11}"), ("EE", "{16}")])
    return identifiers.iban(R, country, fill(bban))


def iban():
    return R.choice([identifiers.written_iban(R), identifiers.written_iban(R), foreign_iban()])


def card():
    return identifiers.written_card(R)


def finn():
    return R.choice(FI_FIRST + FI_WORD_FIRST), R.choice(FI_LAST + FI_WORD_LAST)


def person_fi():
    """Given name and surname as case forms: Finnish, or one time in two of one of the set's other origins."""
    if R.random() < 0.5:
        return finn()
    firsts, lasts = R.choice(ORIGINS)
    return R.choice(firsts), R.choice(lasts)


def person_en():
    """Given name and surname: Irish or English (surnames that are words among them), or one of the other origins,
    or one time in five a Finnish name."""
    roll = R.random()
    if roll < 0.35:
        return R.choice(EN_FIRST), R.choice(EN_LAST + EN_WORD_LAST)
    if roll < 0.8:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts)["nom"], R.choice(lasts)["nom"]
    a, b = finn()
    return a["nom"], b["nom"]


def cast(person, tickets, whens):
    """Three people, a tool, a ticket and a time for a message."""
    return person(), person(), person(), R.choice(TOOLS), pick(tickets), pick(whens)


def words(m, sentences, before):
    """One time in seven a sentence with a look-alike word before or after the message (on its own line after a
    message of lines)."""
    if R.random() >= 0.15:
        return
    if not before:
        m.say("\n" if "\n" in m.text else " ")
    parts = R.choice(sentences)
    for k, part in enumerate(parts):
        (m.look if k % 2 else m.say)(part)
    if before:
        m.say(" ")


def finnish(m, f, l, e):
    (a, b), (c, d), (g, h), tool, ids, when = cast(person_fi, TICKETS_FI, WHEN_FI)
    words(m, WORDS_FI, True)
    kind = R.randrange(26)
    if kind == 0:
        m.say("Hei, alla ketju, voisitteko katsoa? t. ").name(f, role="subject") \
            .say("\n\n---------- Välitetty viesti ----------\nLähettäjä: ").name(b["nom"]).say(" ").name(a["nom"]) \
            .say(" <").entity(email(a["nom"], b["nom"]), "EMAIL").say(">\nLähetetty: tiistai 8. joulukuuta 2026 16.02\n") \
            .say("Vastaanottaja: ").name(c["nom"], d["nom"]).say("\nKopio: ").name(g["nom"], h["nom"]).say("; ") \
            .name(f, l, role="subject").say("\nAihe: VS: ").look(fill("INC0{6}")).say(" ").look(tool) \
            .say(" ei käynnisty\n\nHei ").name(c["nom"]).say(",\n").look(tool).say(" kaatuu edelleen, ").name(h["gen"]) \
            .say(" koneella sama.\n\n").look(R.choice(GREET_FI)).say("\n").name(a["nom"]).say("\n\n> ").name(d["nom"]) \
            .say(" kirjoitti 7.12.2026 klo 9.02:\n> Onko ").name(a["all"]).say(" jo vastattu?\n>> ").name(g["nom"]) \
            .say(": kysyn ").name(h["abl"]).say(".")
    elif kind == 1:
        m.say("MUISTIO – IT-ohjausryhmä ").look("ti 15.12.2026").say("\nLäsnä: ").name(a["nom"], b["nom"]).say(" (pj.), ") \
            .name(c["nom"], d["nom"]).say(", ").name(g["nom"], h["nom"]).say(" (siht.)\nPoissa: ").name(f, l, role="subject") \
            .say("\n\n1. ").look(R.choice(CODENAMES)).say("\nPuheenjohtajana toimi ").name(a["nom"]).say(", sihteerinä ") \
            .name(h["ess"]).say(".\nToimenpiteet:\n- ").look(tool).say("-lisenssit – vastuu: ").name(c["nom"]) \
            .say(" (DL ").look(week()).say(")\n- ").name(d["gen"]).say(" vastuulla ").look(ids) \
            .say("\n- ").name(b["all"]).say(" välitetään kysymys, jonka esitti ").name(f, l, role="subject").say(".")
    elif kind == 2:
        m.say("Perehdytyksen tarkistuslista: ").name(a["nom"], b["nom"]).say(" (aloittaa ").look("4.1.2027") \
            .say(")\n[x] Käyttäjätunnus luotu – ").name(c["nom"]).say("\n[x] Kulkukortti – ").name(g["nom"], h["nom"]) \
            .say("\n[ ] Kannettava ").look(fill("LT-{5}")).say(" – odottaa ").name(d["gen"]).say(" hyväksyntää\n[ ] ") \
            .look(tool).say("-lisenssi\n[ ] Vanha yhteiskäyttötunnus ").look(R.choice(USERNAMES)).say(" poistetaan\nMentori: ") \
            .name(f, l, role="subject")
    elif kind == 3:
        new = R.choice(FI_LAST + FI_WORD_LAST)
        m.say("Nimenmuutos: ").name(a["nom"], b["nom"]).say(" → ").name(a["nom"], new["nom"]).say(". Sukunimi vaihtuu ") \
            .name(new["tra"]).say(" (henkilötunnus ").entity(hetu(), "NATIONAL_ID").say(" ennallaan), mutta ").look(tool).say(" -järjestelmässä hän näkyy vielä ").name(b["ess"]).say(". Vanha osoite ") \
            .entity(email(a["nom"], b["nom"]), "EMAIL").say(" jää aliakseksi. Pyytäjä ").name(f, l, role="subject").say(".")
    elif kind == 4:
        m.say("[ma 7.12. 9.14] ").name(a["nom"], b["nom"]).say("\n@").name(c["nom"], d["nom"]).say(" onko ").look(tool) \
            .say(" alhaalla?\n[9.15] ").name(c["nom"], d["nom"]).say("\njoo, ").name(g["nom"]).say(" katsoo (muokattu)\n👍 ") \
            .name(a["nom"]).say(", ").name(h["nom"]).say("\n[9.31] ").name(g["nom"], h["nom"]).say("\n").look(tool) \
            .say(" taas pystyssä, kiitos ").name(d["all"]).say("!\n↳ 2 vastausta, viimeisin ").name(f, l, role="subject")
    elif kind == 5:
        m.say("puhelu klo 10.12 automaattinen litterointi\nasiakas: joo moi tota mun nimi on ").name(f.lower(), l.lower(), role="subject") \
            .say(" ja mä soitan ").name(a["gen"].lower()).say(" puolesta ku sil ei toimi ").look(tool.lower()) \
            .say("\nagentti: okei mikä ois takaisinsoittonumero\nasiakas: ").entity(spoken_fi(), "PHONE", "subject") \
            .say("\nagentti: kiitos ").name(f.lower(), role="subject").say(" ja onks ").name(c["nom"].lower()) \
            .say(" ").name(d["nom"].lower()).say(" teiän esimies\nasiakas: joo tai siis ").name(d["gen"].lower()) \
            .say(" sijainen on nyt ").name(g["nom"].lower())
    elif kind == 6:
        split = R.choice([n for n in FI_LAST if len(n["nom"]) > 5])["nom"]
        cut = len(split) // 2
        m.say("Sivu 1/2\nKÄYTTÖ-\nOIKEUSHAKEMUS\nHakija: ").name(f, l, role="subject").say("\nHenkilötun nus: ") \
            .entity(hetu(), "NATIONAL_ID", "subject").say("\nEsihen-\nkilö: ").name(a["nom"]).say(" ") \
            .entity(split[:cut] + "-\n" + split[cut:], "NAME").say("\nJärjes-\ntelmä: ").look(tool).say(" / ") \
            .look(R.choice(USERNAMES)).say("\nPerus-\ntelu: ").name(c["gen"]).say(" tiimi siirtyy ").look(R.choice(DEPT_FI)) \
            .say("-yksikköön, ja ").name(d["nom"]).say(" tarvitsee\nsamat oikeudet.\nHyväksyjä ").name(g["nom"], h["nom"]) \
            .say(" ").look("14.12.2026")
    elif kind == 7:
        m.say("Häiriöraportti ").look(fill("INC0{6}")).say(": ").look(tool).say(" poissa käytöstä 2 h 14 min\nAikajana\n") \
            .say("02.14 ").look(R.choice(MONITORS)).say(" hälytti, päivystäjä ").name(a["nom"], b["nom"]).say(" kuittasi\n") \
            .say("02.31 ").name(a["nom"]).say(" eskaloi ").name(c["all"], d["all"]).say("\n03.05 juurisyy: levy täynnä (") \
            .look(R.choice(SCIENCE_FI[:3])).say(")\nOpit: ").name(g["gen"]).say(" ehdotuksesta hälytysraja ") \
            .look(fill("9{1} %")).say(", ").name(h["nom"]).say(" päivittää ohjeen ").look(ids).say(".")
    elif kind == 8:
        m.say("LAITTEEN LUOVUTUS\nLaite: ThinkPad T14, sarjanumero ").look(fill("PF{6}")).say("\nLuovuttaja: ") \
            .name(a["nom"], b["nom"]).say(" / ").look(R.choice(DEPT_FI)).say("\nVastaanottaja: ").name(f, l, role="subject") \
            .say(" (hetu ").entity(hetu(), "NATIONAL_ID", "subject").say(")\nTodistaja: ").name(c["nom"], d["nom"]) \
            .say("\nHuom. laturi jäi ").name(g["all"]).say(", ").name(g["nom"]).say(" tuo sen ").look(when).say(".")
    elif kind == 9:
        m.say("Kutsu: ").look(tool).say("-koulutus\nAika: ti 15.12.2026 klo 13.00–14.00\nPaikka: ").look(R.choice(ROOMS_FI)[0]) \
            .say(" / Teams\nJärjestäjä: ").name(a["nom"], b["nom"]).say("\nPakolliset: ").name(c["nom"], d["nom"]).say("; ") \
            .name(f, l, role="subject").say("; ").name(g["nom"], h["nom"]).say("\nValinnaiset: ").name(R.choice(FI_FIRST + FI_WORD_FIRST)["nom"]) \
            .say("\n\n").name(c["nom"]).say(" ehdotti uutta aikaa: ").look("ke 16.12.").say(".")
    elif kind == 10:
        m.say("Pyydän ").look(tool).say("-tunnukset seuraaville (olen heidän esihenkilönsä):\n- ").name(a["nom"], b["nom"]) \
            .say("\n- ").name(c["nom"], d["nom"]).say("\n").name(c["nom"]).say(" aloittaa ").name(g["gen"], h["gen"]) \
            .say(" sijaisena, joten samat oikeudet kuin ").name(h["ade"]).say(". Kustannuspaikka ").look(fill("{4}")) \
            .say(".\n\n").look(R.choice(GREET_FI)).say("\n").name(f, l, role="subject").say("\n").entity(mobile(), "PHONE", "subject")
    elif kind == 11:
        w, s = R.choice(FI_WORD_FIRST), R.choice(FI_WORD_LAST)
        m.name(w["nom"], s["nom"]).say(" ilmoitti, että ").look(tool).say(" ei tallenna. ").name(w["nom"]) \
            .say(" kokeili jo uudelleen, ja ").name(s["gen"]).say(" mukaan vika on ").look(ids).say(". Ilman ") \
            .say("lisätietoa pärjäämme ").name(w["abe"]).say(" huomiseen, ").name(c["nom"]).say(" tulee ").name(d["com"]) \
            .say(" paikalle.")
    elif kind == 12:
        m.say("Moi! Kiitos ").name(a["all"]).say(" ja ").name(c["all"]).say(" eilisestä, ").look(tool) \
            .say(" toimii taas. ").name(g["nom"]).say(" voi sulkea ").look(fill("INC0{6}")).say(".\n").look(R.choice(GREET_FI)) \
            .say("!\n").name(f, role="subject").say("\n\nLähetetty iPhonesta")
    elif kind == 13:
        (sa, sb), (sc, sd) = (R.choice(SWEDISH[0]), R.choice(SWEDISH[1])), (R.choice(SWEDISH[0]), R.choice(SWEDISH[1]))
        m.say("Hej! ").name(sa["nom"], sb["nom"]).say(" här. ").look(tool).say(" fungerar inte sedan i går, och ") \
            .name(sc["nom"]).say(" har samma problem. Kan ").name(a["nom"]).say(" ringa mig på ").entity(mobile(), "PHONE") \
            .say("?\n\n").look(R.choice(GREET_SV)).say("\n").name(sa["nom"], sb["nom"]).say("\n").look(R.choice(DEPT_FI)) \
            .say("\nKopia: ").name(sc["nom"], sd["nom"])
    elif kind == 14:
        days = ["ma", "ti", "ke", "to", "pe"]
        m.say("Päivystysvuorot ").look(week()).say("\n")
        for day in days:
            fr, la = R.choice(ORIGINS)
            m.say(day + " ").name(R.choice(fr)["nom"], R.choice(la)["nom"]).say("\n")
        m.say("Varalla ").name(a["nom"]).say(", vaihdot ").name(c["all"]).say(".")
    elif kind == 15:
        m.say("Kulukorvaus: ").name(f, l, role="subject").say(" (").entity(hetu(), "NATIONAL_ID", "subject").say("), tili ").entity(iban(), "IBAN", "subject") \
            .say(". Ostin ").look(R.choice(FIRMS_FI)).say(" kuulokkeet (").look(fill("1{2},90 €")).say(") kortilla ") \
            .entity(card(), "PAYMENT_CARD", "subject").say(", koska ").name(a["nom"]).say(" oli lomalla. Hyväksyjä ") \
            .name(c["nom"], d["nom"]).say(".")
    elif kind == 16:
        user = R.choice(USERNAMES)
        m.say("Tunnus ").look(user).say(" lukittui ").look(when).say(". Lokin mukaan ").name(a["nom"], b["nom"]) \
            .say(" käytti sitä viimeksi, ja ").name(c["gen"]).say(" ajastus ").look(R.choice(["admin2", "ci-runner"])) \
            .say(" jäi myös jumiin. Kysykää ").name(d["abl"]).say(", hän tietää salasanan holvin.")
    elif kind == 17:
        m.name(a["nom"], b["nom"]).say(" tilasi ").look(R.choice(FIRMS_FI)).say(" lahjakortit ja ").look(R.choice(FIRMS_FI)) \
            .say(" kahvit juhlaan. Laskun (").look(fill("3{2},00 €")).say(") hyväksyy ").name(c["nom"]).say(", ja ") \
            .name(g["nom"], h["nom"]).say(" vie ne toimistoon osoitteeseen ").look(pick(STREETS_FI)).say(".")
    elif kind == 18:
        m.say("Muutto: ").look(R.choice(DEPT_FI)).say(" siirtyy osoitteeseen ").look(pick(STREETS_FI)).say(". ") \
            .name(a["nom"], b["nom"]).say(" kantaa näytöt, ").name(c["nom"]).say(" avaa ").look(R.choice(ROOMS_FI)[1]) \
            .say(". Avaimet saa ").name(d["abl"]).say(" tai ").name(g["abl"], h["abl"]).say(".")
    elif kind == 19:
        m.say("Konesalissa on ").look(R.choice(SCIENCE_FI[3:4])).say(", ").name(a["nom"], b["nom"]).say(" kävi katsomassa. ") \
            .say("Raportointi ajetaan ").look(R.choice(SCIENCE_FI[4:])).say("-skriptillä, jonka kirjoitti ").name(c["nom"], d["nom"]) \
            .say(". ").look(R.choice(SCIENCE_FI[:3])).say(" taas: ").name(g["nom"]).say(" on lomalla.")
    elif kind == 20:
        family, given = R.choice(CHINESE)
        g2 = other(given)
        m.say("Shanghain kumppanin ").name(family, given).say(" (sukunimi ").name(family).say(") ei pääse ").look(tool) \
            .say(" -palveluun. Lähetin ohjeet ").name(g2["all"]).say(", ja ").name(a["nom"]).say(" soittaa numeroon ") \
            .entity(foreign_phone(), "PHONE").say(".")
    elif kind == 21:
        family, middle, given = R.choice(VIETNAMESE)
        m.say("Siivouksen ").name(family, middle, given).say(" tarvitsee kulkukortin. ").name(other(given)["gen"]) \
            .say(" esihenkilö ").name(a["nom"], b["nom"]).say(" hyväksyi, kortti ").look(fill("{6}")).say(".")
    elif kind == 22:
        fr, la = KURDISH
        x, y, z = R.choice(fr), R.choice(la), R.choice(fr)
        m.say("Tulkki ").name(x["nom"], y["nom"]).say(" tarvitsee ").look(tool).say("-tunnuksen. ").name(y["all"]) \
            .say(" voi soittaa ").entity(foreign_phone(), "PHONE").say(". ").name(z["nom"]).say(" tulee ").name(x["com"]) \
            .say(" koulutukseen ").look(R.choice(ROOMS_FI)[2]).say(".")
    elif kind == 23:
        m.say("Putki ").look(R.choice(["Jenkins", "Hudson", "Buildkite", "Woodpecker CI"])).say(" kaatuu taas (").look(ids) \
            .say("). ").name(a["nom"]).say(" korjasi sen viimeksi, nyt ").name(c["nom"], d["nom"]).say(" katsoo. Ajo käyttää ") \
            .look(R.choice(USERNAMES)).say("-tunnusta, ei ").name(g["gen"]).say(" omaa.")
    elif kind == 24:
        m.say("Hei ").name(a["nom"]).say("!\nVoisitko lisätä ").name(c["nom"], d["gen"]).say(" ").look(tool) \
            .say("-ryhmään? Hän aloittaa ").look("kesäkuussa").say(" ").name(g["gen"]).say(" tiimissä ").look(R.choice(DEPT_FI)) \
            .say(".\n\n").look(R.choice(GREET_FI)).say(",\n").name(f, l, role="subject").say("\n").entity(e, "EMAIL", "subject") \
            .say(" | ").entity(landline(), "PHONE", "subject")
    else:
        m.say("Vastaus: ").name(a["nom"]).say(" kysyi, saako ").name(c["nom"]).say(" ").look(tool).say(" -oikeudet ") \
            .name(d["gen"]).say(" tilalle. Ei saa ilman ").name(g["gen"]).say(" hyväksyntää. ").name(g["nom"], h["nom"]) \
            .say(" on tavoitettavissa ").look(R.choice(["maanantaina", "tiistaina", "kesäkuussa"])).say(".")
    words(m, WORDS_FI, False)


def english(m, f, l, e):
    (a, b), (c, d), (g, h), tool, ids, when = cast(person_en, TICKETS_EN, WHEN_EN)
    words(m, WORDS_EN, True)
    kind = R.randrange(26)
    if kind == 0:
        m.say("FYI, thread below. ").name(f, role="subject").say("\n\n---------- Forwarded message ---------\nFrom: ") \
            .name(b).say(", ").name(a).say(" <").entity(email(a, b), "EMAIL").say(">\nDate: Tue, 8 Dec 2026 at 16:02\n") \
            .say("Subject: RE: ").look(tool).say(" outage\nTo: ").name(c, d).say(" <").entity(email(c, d), "EMAIL") \
            .say(">\nCc: ").name(g, h).say(", ").name(f, l, role="subject").say("\n\nHi ").name(c).say(",\n").look(tool) \
            .say(" is down again. ").name(h).say(" saw it too.\n\n").look(R.choice(GREET_EN)).say(",\n").name(a) \
            .say("\n\n> On Mon, ").name(d).say(" wrote:\n> Has anyone told ").name(a).say("?\n>> ").name(g).say(": not yet.")
    elif kind == 1:
        m.say("Minutes – CAB ").look("Tue 15 Dec").say("\nAttendees: ").name(a, b).say(" (chair), ").name(c, d) \
            .say(", ").name(g, h).say("\nApologies: ").name(f, l, role="subject").say("\n\n1. ").look(R.choice(CODENAMES)) \
            .say("\nActions:\n- AP – ").name(c).say(" to renew ").look(tool).say(" licences\n- Owner: ").name(h) \
            .say(" – ").look(ids).say("\n- ").name(a).say(" sends the notes to ").name(f, role="subject").say(".")
    elif kind == 2:
        m.say("Onboarding checklist – ").name(a, b).say(" (starts ").look("4 Jan").say(")\n[x] AD account – ").name(c) \
            .say("\n[x] Badge – ").name(g, h).say("\n[ ] Laptop ").look(fill("LT-{5}")).say(" – waiting on ").name(d) \
            .say("\n[ ] ").look(tool).say(" seat\n[ ] Remove shared login ").look(R.choice(USERNAMES)).say("\nBuddy: ") \
            .name(f, l, role="subject")
    elif kind == 3:
        m.say("Leaver: ").name(a, b).say(", last day ").look("Fri 18 Dec").say(". Mail forwards to ").name(c, d) \
            .say("; ").name(b).say("'s ").look(tool).say(" jobs move to ").look(R.choice(USERNAMES)).say(". ").name(g) \
            .say(" collects the laptop. Approved by ").name(f, l, role="subject").say(".")
    elif kind == 4:
        m.name(a, b).say("  9:14 AM\n@").name(c).say(" is ").look(tool).say(" down for you too? (edited)\n:eyes: 2  :+1: 1\n") \
            .name(c, d).say("  9:15 AM\nyep, ").name(g).say(" is on it\n").name(g, h).say("  9:31 AM\nback up, thanks ") \
            .name(d).say("!\n3 replies · last reply from ").name(f, l, role="subject")
    elif kind == 5:
        m.say("call 10:12 auto transcript\ncaller: hi yeah it's um ").name(f.lower(), l.lower(), role="subject") \
            .say(" calling for ").name(a.lower()).say(" cos ").look(tool.lower()).say(" won't load\nagent: ok whats the best number\n") \
            .say("caller: ").entity(spoken_en(), "PHONE", "subject").say("\nagent: thanks ").name(f.lower(), role="subject") \
            .say(" and is ").name(c.lower(), d.lower()).say(" your manager\ncaller: er yeah or ").name(g.lower()) \
            .say(" while shes off")
    elif kind == 6:
        split = R.choice([n for n in EN_LAST + EN_WORD_LAST if len(n) > 5])
        cut = len(split) // 2
        m.say("Page 1 of 2\nACCESS RE-\nQUEST FORM\nRequester: ").name(f, l, role="subject").say("\nLine man-\nager: ") \
            .name(a).say(" ").entity(split[:cut] + "-\n" + split[cut:], "NAME").say("\nSys-\ntem: ").look(tool) \
            .say("\nRea-\nson: ").name(c).say("'s team moves to ").look(R.choice(DEPT_EN)).say(" and ").name(d) \
            .say(" needs\nthe same rights.\nApproved ").name(g, h).say(" ").look("14/12/2026")
    elif kind == 7:
        m.say("Postmortem ").look(fill("INC0{6}")).say(": ").look(tool).say(" down 2h14m\nTimeline (UTC)\n02:14 ") \
            .look(R.choice(MONITORS)).say(" paged ").name(a, b).say("\n02:31 ").name(a).say(" escalated to ").name(c, d) \
            .say("\n03:05 root cause: disk full (").look(R.choice(SCIENCE_EN[:3])).say(")\nFollow-ups: ").name(g) \
            .say(" – alert threshold; ").name(h).say(" – runbook ").look(ids)
    elif kind == 8:
        m.say("ASSET HANDOVER\nDevice: Latitude 5440, S/N ").look(fill("{7}")).say("\nFrom: ").name(a, b).say(" (") \
            .look(R.choice(DEPT_EN)).say(")\nTo: ").name(f, l, role="subject").say("\nWitness: ").name(c, d) \
            .say("\nNote: charger left with ").name(g).say(", who brings it ").look(when).say(".")
    elif kind == 9:
        m.say("Invitation: ").look(tool).say(" training\nWhen: Tue 15 Dec 2026 13:00–14:00\nWhere: ").look(R.choice(ROOMS_EN)) \
            .say("\nOrganizer: ").name(a, b).say("\nRequired: ").name(c, d).say("; ").name(f, l, role="subject") \
            .say("; ").name(g, h).say("\nOptional: ").name(R.choice(EN_FIRST)).say("\n\n").name(d) \
            .say(" proposed a new time: ").look("Wed 16 Dec").say(".")
    elif kind == 10:
        m.say("I'm raising this on behalf of ").name(a, b).say(" and ").name(c, d).say(", who both need ").look(tool) \
            .say(". ").name(c).say(" covers for ").name(g, h).say(" from ").look("4 Jan").say(".\n\n").look(R.choice(GREET_EN)) \
            .say(",\n").name(f, l, role="subject").say("\n").entity(R.choice([foreign_phone(), mobile()]), "PHONE", "subject")
    elif kind == 11:
        x, y = R.choice(EN_FIRST), R.choice(EN_WORD_LAST)
        m.name(x, y).say(" says ").look(tool).say(" won't save. ").name(y).say(" already tried twice; ").name(x) \
            .say(" thinks it's ").look(ids).say(". ").name(c).say(" will pair with ").name(x).say(" tomorrow.")
    elif kind == 12:
        m.say("Hi all, thanks to ").name(a).say(" and ").name(c).say(" for yesterday, ").look(tool).say(" works again. ") \
            .name(g).say(" can close ").look(fill("INC0{6}")).say(".\n").look(R.choice(GREET_EN)).say("!\n").name(f, role="subject") \
            .say("\n\nSent from my iPhone")
    elif kind == 13:
        m.say("On-call rota week 51\n")
        for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
            fr, la = R.choice(ORIGINS)
            m.say(day + " ").name(R.choice(fr)["nom"], R.choice(la)["nom"]).say("\n")
        m.say("Backup ").name(a).say(", swaps via ").name(c).say(".")
    elif kind == 14:
        fr, la = R.choice([INDIAN, NIGERIAN, THAI])
        x, y = R.choice(fr)["nom"], R.choice(la)["nom"]
        m.say("Dear Mr. ").name(y).say(",\nyour ").look(tool).say(" account is ready. ").name(x).say(", please log in before ") \
            .look("Tuesday").say(". ").name(c, d).say(" is your contact.\n\n").look(R.choice(GREET_EN)).say(",\nService Desk")
    elif kind == 15:
        m.say("Expense claim – ").name(f, l, role="subject").say(", account ").entity(foreign_iban(), "IBAN", "subject") \
            .say(". Bought a ").look(R.choice(FIRMS_EN)).say(" charger (").look(fill("£2{1}.99")).say(") on card ") \
            .entity(card(), "PAYMENT_CARD", "subject").say(" as ").name(a).say(" was off. Approver ").name(c, d).say(".")
    elif kind == 16:
        m.say("Account ").look(R.choice(USERNAMES)).say(" locked ").look(when).say(". Logs say ").name(a, b) \
            .say(" used it last, and ").name(c).say("'s job under ").look(R.choice(["admin2", "ci-runner"])) \
            .say(" hangs too. Ask ").name(d).say(", she has the vault.")
    elif kind == 17:
        m.name(a, b).say(" ordered ").look(R.choice(FIRMS_EN)).say(" vouchers and ").look(R.choice(FIRMS_EN)) \
            .say(" coffee for the party. ").name(c).say(" approves the invoice (").look(fill("€4{2}.00")).say("), ") \
            .name(g, h).say(" takes them to ").look(R.choice(STREETS_EN)).say(".")
    elif kind == 18:
        m.say("Move: ").look(R.choice(DEPT_EN)).say(" goes to ").look(R.choice(STREETS_EN)).say(". ").name(a, b) \
            .say(" carries the screens, ").name(c).say(" opens ").look(R.choice(ROOMS_EN)).say(". Keys from ").name(d) \
            .say(" or ").name(g, h).say(".")
    elif kind == 19:
        m.say("The rack reads ").look(R.choice(SCIENCE_EN[8:])).say(", ").name(a, b).say(" checked. Reports run on a ") \
            .look(R.choice(SCIENCE_EN[4:8])).say(" script by ").name(c, d).say(". ").look(R.choice(SCIENCE_EN[:4])) \
            .say(" again: ").name(g).say(" is on leave.")
    elif kind == 20:
        family, given = R.choice(CHINESE)
        m.say("Our Shanghai partner ").name(family, given).say(" (surname ").name(family).say(") can't reach ").look(tool) \
            .say(". I sent ").name(given).say(" the guide; ").name(a).say(" will call ").entity(foreign_phone(), "PHONE").say(".")
    elif kind == 21:
        family, middle, given = R.choice(VIETNAMESE)
        m.say("Cleaning: ").name(family, middle, given).say(" needs a badge. ").name(given).say("'s supervisor ") \
            .name(a, b).say(" approved, badge ").look(fill("{6}")).say(".")
    elif kind == 22:
        fr, la = KURDISH
        x, y, z = R.choice(fr)["nom"], R.choice(la)["nom"], R.choice(fr)["nom"]
        m.say("Interpreter ").name(x, y).say(" needs a ").look(tool).say(" login; call ").entity(foreign_phone(), "PHONE") \
            .say(". ").name(z).say(" joins ").name(x).say(" at the training in ").look(R.choice(ROOMS_EN)).say(".")
    elif kind == 23:
        fr, la = R.choice([SPANISH, PORTUGUESE, POLISH])
        x, y, z = R.choice(fr)["nom"], R.choice(la)["nom"], R.choice(la)["nom"]
        m.say("Hello, I am ").name(*([x, y] if fr is POLISH[0] else [x, y, z])).say(" from the Lisbon office. ").look(tool).say(" asks for ") \
            .name(a).say("'s approval but ").name(a).say(" left. Can ").name(c, d).say(" approve? Thanks, ").name(x)
    elif kind == 24:
        m.say("Hi ").name(a).say(",\ncan you add ").name(c, d).say(" to the ").look(tool).say(" group? Starts ") \
            .look("in June").say(" in ").name(g).say("'s team.\n\n").look(R.choice(GREET_EN)).say(",\n").name(f, l, role="subject") \
            .say("\n").entity(e, "EMAIL", "subject")
    else:
        x = R.choice(EN_LAST)
        m.name(x).say("'s laptop died; ").name(R.choice(EN_FIRST), x).say(" needs ").look(tool).say(" on the loaner. ") \
            .name(c).say(" and ").name(g, h).say(" can help with ").look(ids).say(".")
    words(m, WORDS_EN, False)


def subject_fi():
    first, last = person_fi()
    return first["nom"], last["nom"]


print_set("held-out-16", 640, subject_fi, person_en, email, finnish, english)
