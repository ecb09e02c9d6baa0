#!/usr/bin/env python3
"""Generates the eleventh held-out set (held-out-11.jsonl), written before the engine was run on it, with
kinds of service-desk text and positions of names the earlier sets lack: chat with typos and nicknames
("moi onks arttu jo tullu?"), names with clitics and in rarer cases ("Venlakin", "Kerro Arttullekin",
"Sannillahan on", "pärjäämme Roopetta", "näkyy Teamsissa vielä Hongaksi/Honkana", a surname change
"Korvesta Turuseksi"), meeting minutes with initials and action items ("AI: Turusen Venla selvittää",
"AI: MH to book the room": initials are neither values nor look-alikes), HR and access requests ("Lisää
Arttu Honkan tunnus ryhmään", "please grant … and remove … from"), forwarded chains with ">>" quotes,
names inside quotes and parentheses, a first name alone as the subject, the object or after a
preposition in English prose ("Handed over to Niamh", "Still waiting on Aarav", "Ronan is covering
for…", "Sat with Max and Kwame", "Sandy and I checked…"), a surname alone as a clause's subject, names
whose apostrophe or hyphen is part of them (O'Connor, D'Angelo, N'Diaye, Anna-Kaisa, Karl-Johan) in the
Finnish cases (O'Connorin, N'Diayelle), Swedish-speaking Finns (Ekström, Sundström, Björklund, Westerlund;
Göran, Stig, Birgitta), Russian, Ukrainian, Arabic, Chinese (surname first: "Liu Xinille"), Indian and
Polish names in the Finnish cases, Finnish given names and surnames that are words (Aura, Kuura, Tyyne,
Terttu, Ilona; Honka, Nurmi, Linna, Oja, Tuisku, Korpi, Kuula, Routa), English ones (Autumn, Brook, Sage,
Ginger, Cherry, Sandy, Max, Jack, Pat, Ace; Crane, Swan, Rice, Wise, Bishop, Chambers, Hall, Lamb, Hart,
Long), lower-case names in chat and @mentions.
Look-alikes are new: streets and places named with given names (Annankatu, Mikonkatu, Yrjönkatu,
Fredrikinkatu, Liisankatu, Matinkylän toimisto, Kaisaniemi, Marjaniemi), culture and firms (Kalevala
Koru, Kalevala-päivä, Hesburger, Alko, Ted Baker, Nando's, Harvey Nichols, Jack Wills), software and
assistants (Grafana, Kibana, Jupyter, Hermes, Copilot, Gemini, IBM Watson, Väinämöinen-klusteri), fonts
(Georgia, Helvetica), buildings and lines (the Ada Lovelace building, the Grace Hopper room, St Mary's
Hospital, the Elizabeth line), and the set's names as words (Routa, Honka, Oja, Tuisku, ilona; Autumn,
Sage, Ginger, Max, Long, Hall, Swan).
Same format as evaluation-set.jsonl; 640 messages, half Finnish.
Deterministic: python3 held-out-11.py > held-out-11.jsonl"""
import random

import identifiers
from message import print_set
from name_forms import foreign, inflect, nen

R = random.Random(11111983)

FI_FIRST = [inflect("Arttu", "Artu", "Arttu"), inflect("Jouko"), inflect("Venla"), inflect("Eemeli"), inflect("Noora"),
            inflect("Roope"), inflect("Ronja"), inflect("Iida"),
            inflect("Joonas", "Joonakse", "Joonakse", par="Joonasta"), inflect("Minttu", "Mintu", "Minttu"),
            inflect("Sanni"), inflect("Teppo", "Tepo", "Teppo"), inflect("Anna-Kaisa"), inflect("Eeva-Maria")]
FI_WORD_FIRST = [inflect("Aura"), inflect("Kuura"), inflect("Tyyne"), inflect("Terttu", "Tertu", "Terttu"), inflect("Ilona")]
FI_LAST = [nen("Turunen"), nen("Kettunen"), nen("Manninen"), nen("Väisänen"), nen("Tuominen"), nen("Pursiainen"),
           nen("Rytkönen"), nen("Honka-Turunen")]
FI_WORD_LAST = [inflect("Honka", "Honga", "Honka"), inflect("Nurmi", "Nurme", "Nurme", par="Nurmea"), inflect("Linna"),
                inflect("Oja"), inflect("Tuisku"), inflect("Korpi", "Korve", "Korpe", par="Korpea"), inflect("Kuula"),
                inflect("Routa", "Rouda", "Routa")]
SWEDISH = ([foreign("Göran"), foreign("Stig"), inflect("Birgitta", "Birgita", "Birgitta"), foreign("Karl-Johan")],
           [foreign(n) for n in ("Ekström", "Sundström", "Björklund", "Westerlund")])
RUSSIAN = ([inflect("Anastasia"), inflect("Olena"), inflect("Vitali"), foreign("Yaroslav")],
           [inflect("Volkova"), inflect("Shevchenko"), foreign("Melnyk"), foreign("Kuznetsov")])
ARABIC = ([foreign("Nour"), inflect("Rami"), foreign("Samir"), inflect("Hiba")],
          [foreign(n) for n in ("Haddad", "Mansour", "Khalil", "Saleh")])
CHINESE = ([foreign("Xin"), inflect("Mei"), inflect("Lei"), foreign("Yan")],
           [inflect("Liu"), foreign("Chen"), foreign("Huang"), inflect("Guo")])
INDIAN = ([foreign("Aarav"), inflect("Ananya"), foreign("Rohit"), inflect("Kavya")],
          [inflect("Mehta"), foreign("Iyer"), foreign("Nair"), inflect("Joshi")])
POLISH = ([foreign("Krzysztof"), inflect("Magda"), foreign("Paweł"), inflect("Agata")],
          [inflect("Wiśniewski"), inflect("Zielińska"), foreign("Wójcik"), inflect("Kamiński")])
APOSTROPHE = ([foreign("Niamh"), foreign("Eimear"), foreign("Ronan"), foreign("Declan")],
              [foreign("O'Connor"), inflect("D'Angelo"), inflect("N'Diaye"), foreign("O'Neill")])
ORIGINS = [SWEDISH, RUSSIAN, ARABIC, CHINESE, INDIAN, POLISH, APOSTROPHE]
NICKS_FI = [inflect("Arska"), inflect("Jokke", "Joke", "Jokke"), inflect("Pate"), inflect("Jonttu", "Jontu", "Jonttu"),
            inflect("Santtu", "Santu", "Santtu"), inflect("Mintsa")]
EN_WORD_FIRST = ["Autumn", "Brook", "Sage", "Ginger", "Cherry", "Sandy", "Max", "Jack", "Pat", "Ace"]
EN_FIRST = EN_WORD_FIRST + ["Niamh", "Eimear", "Ronan", "Declan", "Aarav", "Ananya", "Kwame", "Imogen", "Callum",
                            "Ayesha", "Darius", "Marisol", "Tobias", "Meera"]
EN_WORD_LAST = ["Crane", "Swan", "Rice", "Wise", "Bishop", "Chambers", "Hall", "Lamb", "Hart", "Long"]
EN_LAST = EN_WORD_LAST + ["O'Connor", "O'Neill", "D'Angelo", "McAllister", "MacLeod", "Fitzgerald", "Okonkwo",
                          "Adeyemi", "Kowalczyk", "Mehta", "Ekström", "Haddad"]
NICKS_EN = ["Mags", "Fitz", "Robbo", "Kaz", "Jonno", "Tommo", "Bazza", "Deano"]
LOWER_EN = ["jack", "max", "sage", "brook", "ginger", "sandy", "pat", "niamh", "kwame", "imogen", "callum", "meera"]
DOMAINS = ["hyvinvointialue.example.fi", "rakennus.example.fi", "kauppa.example.fi", "pharma.example.com",
           "university.example.ac.uk", "charity.example.org"]

STREETS_FI = ["Annankatu {2}", "Mikonkatu {1}", "Yrjönkatu {2}", "Fredrikinkatu {2}", "Liisankatu {1}"]
LOOK_FI = ["Matinkylän toimisto", "Kaisaniemi", "Marjaniemi", "Kalevala Koru", "Kalevala-päivä", "Hesburger", "Alko",
           "Grafana", "Kibana", "Jupyter", "Hermes-palvelin", "Copilot", "Gemini", "Watson", "Väinämöinen-klusteri",
           "Georgia-fontti", "Helvetica", "Teams", "Outlook", "SharePoint", "Citrix", "SAP", "Visma", "Sympa",
           "INC00{5}", "RITM00{5}", "CHG00{5}", "laite WS-{5}", "huone C{3}", "klo 13.30", "to 10.12.", "49,90 €",
           "vko 50", "versio 4.{2}", "tilaus {6}"]
LOOK_EN = ["the Ada Lovelace building", "the Grace Hopper room", "St Mary's Hospital", "the Elizabeth line", "Grafana",
           "Kibana", "Jupyter", "Copilot", "Gemini", "IBM Watson", "Georgia font", "Helvetica", "Ted Baker",
           "Nando's", "Harvey Nichols", "Jack Wills", "Teams", "Outlook", "SharePoint", "Citrix", "Zoom", "Slack",
           "INC00{5}", "RITM00{5}", "CHG00{5}", "asset WS-{5}", "room C{3}", "at 13:30", "Thu 10 Dec", "GBP 49.90",
           "week 50", "version 4.{2}", "order {6}"]
WORDS_FI = [("", "Routa", " nosti kaapelikaivon kannen."), ("", "Honka", " kaatui sähkölinjalle, katko jatkuu."),
            ("", "Oja", " tulvi kaapelikanavaan."), ("", "Tuisku", " katkaisi yhteydet Lappiin."),
            ("Uutinen otettiin ", "ilona", " vastaan."), ("Ikkunoissa on ", "kuuraa", ", kamera ei näe mitään."),
            ("Pihan ", "nurmi", " on kaivettu auki kuitua varten."), ("Viinirypäleiden ", "terttu", " unohtui jääkaappiin."),
            ("", "Kuula", " meni läpi ikkunasta, lasi vaihdetaan.")]
WORDS_EN = [("", "Autumn", " leaves blocked the roof drain."), ("", "Sage", " green is the new theme colour."),
            ("", "Ginger", " biscuits are in the kitchen."), ("", "Max", " upload size is 25 MB."),
            ("", "Long", " queue at the printer again."), ("", "Hall", " lights are on a timer."),
            ("A ", "swan", " is nesting by the loading bay, use the side door."),
            ("", "Crane", " work blocks the car park today."), ("", "Cherry", " MX switches on the new keyboards.")]


def digits(n):
    return identifiers.digits(R, n)


def fill(pattern):
    return identifiers.fill(R, pattern)


def mobile():
    prefix = R.choice(["040", "041", "044", "045", "050"])
    rest = digits(7)
    return R.choice([f"{prefix} {rest[:3]} {rest[3:]}", f"{prefix}-{rest}", f"+358 {prefix[1:]} {rest[:3]} {rest[3:]}"])


def plain(s):
    out = s.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("é", "e"), ("ś", "s"), ("ń", "n"), ("ł", "l"), (" ", ""), ("'", "")):
        out = out.replace(a, b)
    return out


def email(first, last):
    f, l = plain(first).replace("-", ""), plain(last).replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l}", f"{l}.{f}"])
    return f"{local}@{R.choice(DOMAINS)}"


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(60, 99)), ("A", R.randint(0, 6)), ("Y", R.randint(60, 99))]))


def iban():
    full = identifiers.iban(R, "FI", digits(14))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    n = identifiers.luhn(R, R.choice(["4", "52"]), 16)
    return R.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def back(form):
    """True where a Finnish ending after form takes back vowels (a, o, u)."""
    return any(c in "aouAOU" for c in form.split("-")[-1])


def clitic(form, back_vowels=None):
    """form with -kin or -han/-hän after it (Venlakin, Sannillahan)."""
    ending = R.choice(["kin", "han"])
    if ending == "han" and not (back(form) if back_vowels is None else back_vowels):
        ending = "hän"
    return form + ending


def abessive(name):
    """The abessive, without whom: the genitive's stem and -tta/-ttä (Roopetta, Artutta)."""
    return name["gen"][:-1] + ("tta" if back(name["nom"]) else "ttä")


def translative(name):
    return name["tra"]


def initials():
    return R.choice("AEHJKLMPRST") + R.choice("AEHJKLMNPRSTV")


def person_fi():
    """A first name and surname as case forms: Finnish (a word or not), or two times in five of another origin."""
    roll = R.random()
    if roll < 0.4:
        firsts, lasts = R.choice(ORIGINS)
        return R.choice(firsts), R.choice(lasts)
    if roll < 0.6:
        return R.choice(FI_WORD_FIRST + FI_FIRST), R.choice(FI_WORD_LAST)
    return R.choice(FI_FIRST + FI_WORD_FIRST), R.choice(FI_LAST + FI_WORD_LAST)


def person_en():
    """An English first name and surname, or (one time in four) a pair from the Finnish set's."""
    if R.random() < 0.75:
        return R.choice(EN_FIRST), R.choice(EN_LAST)
    first, last = person_fi()
    return first["nom"], last["nom"]


def joined(look, word):
    return (" -" if " " in look else "-") + word


def words(m, sentences):
    before, word, after = R.choice(sentences)
    m.say(before).look(word).say(after)


def finnish(m, f, l, e):
    (first, last), (other, other_last), (third, third_last) = person_fi(), person_fi(), person_fi()
    look = fill(R.choice(LOOK_FI))
    if R.random() < 0.15:
        words(m, WORDS_FI)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        m.say("moi onks ").name(first["nom"].lower()).say(" jo tullu? sano et se vaihtaa ton ").look(look.lower()) \
            .say(" jutun, kysyin jo ").name(clitic(other["abl"].lower())).say(" mut ei vastannu")
    elif kind == 1:
        m.name(clitic(first["nom"])).say(" sai saman virheen, ").look(look).say(" kaatuu. Kerro ") \
            .name(other["all"] + "kin").say(", ettei kukaan pääse sisään.")
    elif kind == 2:
        m.say("Muistio 2.12.\nLäsnä: ").say(initials()).say(", ").name(first["nom"], last["nom"]).say(", ") \
            .name(other["nom"]).say("\nAI: ").name(third_last["gen"], third["nom"]).say(" selvittää ").look(look) \
            .say("\nAI: ").say(initials()).say(" tilaa lisenssit\nAI: ").name(other["nom"]).say(" ja ") \
            .name(first["nom"]).say(" testaavat")
    elif kind == 3:
        m.say("Lisää ").name(first["nom"], last["gen"]).say(" tunnus ryhmään ").look(look).say(" ja poista ") \
            .name(other["gen"]).say(" oikeudet, hän siirtyi ").name(third_last["gen"]).say(" tiimiin.")
    elif kind == 4:
        m.say("Asiakas kirjoitti: \"").name(first["nom"]).say(" lupasi hoitaa ").look(look).say(" eilen.\" Välitin viestin ") \
            .name(other["all"]).say(".")
    elif kind == 5:
        m.say("Vastuuhenkilö vaihtui (").name(first["nom"], last["nom"]).say(" → ").name(other["nom"], other_last["nom"]) \
            .say("), ").look(look).say(" ennallaan.")
    elif kind == 6:
        firsts, lasts = SWEDISH
        m.say("Välitin asian ").name(R.choice(firsts)["nom"], R.choice(lasts)["all"]).say(", hän tuntee ").look(look) \
            .say(". ").name(R.choice(firsts)["nom"], R.choice(lasts)["ela"]).say(" ei ollut apua.")
    elif kind == 7:
        firsts, lasts = R.choice(ORIGINS)
        m.say("Odotin ").name(R.choice(firsts)["nom"], R.choice(lasts)["par"]).say(" koko aamupäivän, ").look(look) \
            .say(" jäi kesken.")
    elif kind == 8:
        m.say("Sukunimen muutos: ").name(first["nom"]).say(" vaihtuu ").name(last["ela"]).say(" ") \
            .name(translative(other_last)).say(". Hän näkyy ").look(look).say(joined(look, "palvelussa")) \
            .say(" vielä ").name(last["ess"]).say(".")
    elif kind == 9:
        m.say("Pärjäämme huomenna ").name(abessive(first)).say(" ja ").name(abessive(other)).say(", ").look(look) \
            .say(" odottaa. Ilman ").name(third_last["par"]).say(" emme saa tunnuksia.")
    elif kind == 10:
        m.say("VL: ").look(look).say("\n\n----- Välitetty viesti -----\nLähettäjä: ").name(first["nom"], last["nom"]) \
            .say(" <").entity(email(first["nom"], last["nom"]), "EMAIL").say(">\n\n>> ").name(other["nom"]) \
            .say(", voitko katsoa tätä?\n>> t. ").name(first["nom"])
    elif kind == 11:
        m.say("Käyttäjä ").name(last["nom"], first["nom"]).say(" siirtyy ").look(look).say(joined(look, "tiimiin")) \
            .say(" 1.1. alkaen, esihenkilö ").name(other["nom"], other_last["nom"]).say(".")
    elif kind == 12:
        m.name(first["nom"]).say(" ei pääse tänään, ").name(other["nom"]).say(" tuuraa. ").look(look).say(" siirtyy.")
    elif kind == 13:
        m.say("kysy ").name(R.choice(FI_WORD_FIRST)["abl"].lower()).say(" tai ").name(R.choice(FI_FIRST)["abl"].lower()) \
            .say(" siitä ").look(look.lower()).say(joined(look, "jutusta"))
    elif kind == 14:
        m.say("@").name(first["nom"]).say(" voitko katsoa ").look(look).say("? ").name(other["nom"]) \
            .say(" sanoi et sä tiedät")
    elif kind == 15:
        firsts, lasts = CHINESE
        m.say("Soitin ").name(R.choice(lasts)["nom"], R.choice(firsts)["all"]).say(", ").look(look) \
            .say(" toimii hänellä.")
    elif kind == 16:
        firsts, lasts = INDIAN
        who = R.choice(firsts)
        m.name(who["nom"], R.choice(lasts)["nom"]).say(" aloittaa maanantaina, tilatkaa ").look(look).say(". ") \
            .name(who["gen"]).say(" esihenkilö on ").name(other["nom"], other_last["nom"]).say(".")
    elif kind == 17:
        firsts, lasts = POLISH
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["abl"]).say(" tuli vastaus: ").look(look).say(" on korjattu.")
    elif kind == 18:
        firsts, lasts = APOSTROPHE
        surname = R.choice(lasts)
        m.name(R.choice(firsts)["nom"], surname["nom"]).say(" soitti Dublinista, ").look(look).say(" ei toimi. ") \
            .name(surname["gen"]).say(" numero on ").entity(mobile(), "PHONE").say(".")
    elif kind == 19:
        m.say("Siirrä tiketti ").name(R.choice(FI_WORD_FIRST)["nom"], R.choice(FI_WORD_LAST)["all"]).say(", ") \
            .look(look).say(" kuuluu hänelle.")
    elif kind == 20:
        m.name(clitic(first["ade"])).say(" on admin-oikeudet ").look(look).say(joined(look, "ympäristöön.")) \
            .say(" Pyydä ").name(other["par"]).say(" lisäämään sinut.")
    elif kind == 21:
        m.say("Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(", palkka tilille ") \
            .entity(iban(), "IBAN", "subject").say(". Terveisin ").name(f, l, role="subject")
    elif kind == 22:
        m.say("Maksoin kortilla ").entity(card(), "PAYMENT_CARD", "subject").say(", ").name(other["nom"]) \
            .say(" hyväksyi kulun.")
    elif kind == 23:
        m.say("Soittakaa numeroon ").entity(mobile(), "PHONE", "subject").say(", ").look(look).say(" ei aukea. t. ") \
            .name(f, role="subject")
    elif kind == 24:
        m.say("Puhuimme palaverissa ").name(first["ela"]).say(", hän hoitaa ").look(look).say(". Olin yhteydessä myös ") \
            .name(other["nom"], other_last["ill"]).say(".")
    elif kind == 25:
        nick, nick2 = R.choice(NICKS_FI), R.choice(NICKS_FI)
        m.name(nick["nom"]).say(" sano et ").look(look.lower()).say(" toimii taas, mut ").name(nick2["gen"].lower()) \
            .say(" kone on vielä rikki")
    elif kind == 26:
        m.say("Toimisto muuttaa osoitteeseen ").look(fill(R.choice(STREETS_FI))).say(", ") \
            .look(R.choice(["Kaisaniemen", "Matinkylän", "Marjaniemen"]) + " toimisto").say(" suljetaan.")
    elif kind == 27:
        m.name(first["nom"]).say(", voisitko hyväksyä ").look(look).say(joined(look, "tilauksen")).say("? ") \
            .name(other["nom"]).say(" odottaa sitä.")
    elif kind == 28:
        m.say("Palautin koneen ").name(last["all"]).say(" ja avaimet ").name(other["all"]).say("; ").look(look) \
            .say(" on ").name(third["gen"]).say(" vastuulla.")
    else:
        m.say("Kiitos ").name(first["nom"]).say(" ja ").name(other["nom"]).say("! ").name(clitic(third_last["nom"])) \
            .say(" ehti jo testata ").look(look).say(joined(look, "muutoksen."))
    if R.random() < 0.15:
        m.say(" ")
        words(m, WORDS_FI)


def english(m, f, l, e):
    first, last = person_en()
    other, other_last = person_en()
    third, third_last = person_en()
    look = fill(R.choice(LOOK_EN))
    if R.random() < 0.15:
        words(m, WORDS_EN)
        m.say(" ")
    kind = R.randrange(30)
    if kind == 0:
        m.say("anyone seen ").name(R.choice(LOWER_EN)).say("? need the ").look(look.lower()).say(" keys, ") \
            .name(R.choice(LOWER_EN)).say(" said she had them")
    elif kind == 1:
        m.say("Handed over to ").name(first).say(" at 5pm; ").look(look).say(" still flapping.")
    elif kind == 2:
        m.say("Still waiting on ").name(first).say(" for the ").look(look).say(" sign-off, then ").name(other) \
            .say(" can deploy.")
    elif kind == 3:
        m.say("I've emailed ").name(first, last).say(" and told ").name(other).say(" about ").look(look).say(".")
    elif kind == 4:
        m.name(first).say(" picked it up this morning and ").name(other_last).say(" is reviewing the ").look(look) \
            .say(" change.")
    elif kind == 5:
        m.say("Minutes 2 Dec\nPresent: ").name(first, last).say(", ").say(initials()).say(", ").name(other) \
            .say("\nAI: ").name(third).say(" to chase ").look(look).say("\nAI: ").say(initials()).say(" to book the room")
    elif kind == 6:
        m.say("Please grant ").name(first, last).say(" read access to ").look(look).say(" and remove ") \
            .name(other, other_last).say(" from the Finance-Leads list.")
    elif kind == 7:
        m.say("---------- Forwarded message ---------\nFrom: ").name(first, last).say(" <") \
            .entity(email(first, last), "EMAIL").say(">\nDate: Tue, 1 Dec 2026\nSubject: ").look(look) \
            .say("\n\n>> Hi ").name(other).say(",\n>> can you check this?\n>> ").name(first)
    elif kind == 8:
        firsts, lasts = APOSTROPHE
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say("'s login to ").look(look).say(" fails; looping in ") \
            .name(other, other_last).say(".")
    elif kind == 9:
        m.say("The user wrote \"").name(first).say(" said ").look(look).say(" would be fixed by Friday\" - can someone ") \
            .say("confirm with ").name(first).say("?")
    elif kind == 10:
        m.say("The new owner (").name(first, last).say(") wants ").look(look).say(" moved; the old one (").name(other) \
            .say(") left.")
    elif kind == 11:
        m.name(R.choice(NICKS_EN)).say(" and ").name(R.choice(NICKS_EN)).say(" are on the ").look(look).say(" call, ") \
            .name(first).say("'s off.")
    elif kind == 12:
        m.name(first).say(" is covering for ").name(other, other_last).say(" this week; ping her about ").look(look) \
            .say(".")
    elif kind == 13:
        m.name(first, last).say(" can't make the ").look(look).say(" review; ").name(other).say(" will confirm the date.")
    elif kind == 14:
        m.say("Can we loop in ").name(first).say(" from security? ").look(look).say(" flagged ").name(other, other_last) \
            .say("'s account.")
    elif kind == 15:
        m.name(first).say(" is shadowing ").name(other).say(" on the ").look(look).say(" rollout.")
    elif kind == 16:
        m.say("Sat with ").name(first).say(" and ").name(other).say(" to debug ").look(look).say(".")
    elif kind == 17:
        m.say("All sorted thanks to ").name(first).say(", ").look(look).say(" is green again.")
    elif kind == 18:
        firsts, lasts = R.choice([INDIAN, CHINESE, POLISH, RUSSIAN])
        who = R.choice(firsts)["nom"]
        m.name(who, R.choice(lasts)["nom"]).say(" joined the ").look(look).say(" team; ").name(who) \
            .say(" sits next to ").name(other).say(".")
    elif kind == 19:
        m.say("@").name(first).say(" can you take this? ").look(look).say(" ticket from ").name(other, other_last).say(".")
    elif kind == 20:
        m.say("My IBAN is ").entity(iban(), "IBAN", "subject").say(" and my phone ").entity(mobile(), "PHONE", "subject") \
            .say(". Thanks, ").name(f, role="subject")
    elif kind == 21:
        m.say("Card ").entity(card(), "PAYMENT_CARD", "subject").say(" got declined at ").look(look).say(", ").name(other) \
            .say(" approved the expense.")
    elif kind == 22:
        m.name(R.choice(LOWER_EN)).say("'s out today, ").name(R.choice(LOWER_EN)).say(" has the ").look(look.lower()) \
            .say(" admin login")
    elif kind == 23:
        firsts, lasts = SWEDISH
        m.name(R.choice(firsts)["nom"], R.choice(lasts)["nom"]).say(" from the Vaasa office reports ").look(look) \
            .say(" errors.")
    elif kind == 24:
        m.say("Agent: Who am I speaking to?\nCaller: It's ").name(f, l, role="subject").say(", ").name(other) \
            .say(" told me to call about ").look(look).say(".")
    elif kind == 25:
        m.say("Meet at ").look(R.choice(["the Ada Lovelace building", "the Grace Hopper room", "St Mary's Hospital",
                                         "the Elizabeth line exit"])).say(", then ").look(look).say(" training.")
    elif kind == 26:
        m.name(R.choice(EN_WORD_FIRST), R.choice(EN_WORD_LAST)).say(" needs a new ").look(look).say(" licence.")
    elif kind == 27:
        m.say("Assign it to ").name(first).say(" or ").name(other).say(", both know ").look(look).say(".")
    elif kind == 28:
        m.name(first).say(" and I checked ").look(look).say(" twice; ").name(other_last).say(" disagrees.")
    else:
        m.say("Escalated to ").name(first, last).say(" (2nd line). ").name(first).say(" says ").look(look) \
            .say(" needs a reboot.")
    if R.random() < 0.15:
        m.say(" ")
        words(m, WORDS_EN)


print_set("held-out-11", 640, lambda: tuple(x["nom"] for x in person_fi()), person_en, email, finnish, english)
