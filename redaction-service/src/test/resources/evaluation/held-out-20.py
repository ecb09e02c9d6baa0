#!/usr/bin/env python3
"""Generates the twentieth held-out set (held-out-20.jsonl), written and committed before the engine was run on it, as
an untouched set beside sets 15 to 19: nobody tunes on it. Its writer read no detection code, list or model. It holds
kinds of service-desk text sets 1-19 lack: ticket exports with custom fields ("Yhteyshenkilö:", "cf_requester_mobile:"),
SMS threads between colleagues, Teams meeting transcripts with speaker lines ("Perälä, Tuuli  0:03"), incident bridge
call notes, parental-leave cover requests with the subject's identity code and account, facility requests for keys
and parking (car plates are look-alikes), password resets with security questions (a mother's maiden name is a
name), vendor support mails naming the vendor's staff, training sign-up lists; spoken Finnish ("mä soitin sille
Jarille", "sano Tommikin"), names with clitics (-kin, -kaan, -kään, -han, -hän), a name inside a compound
("Lesonen-tiimi"), English possessives, titles (Dr., Prof., DI, tri, prof.), nicknames and diminutives (Jartsa,
Tomppa, Ansku, Bill, Liz), names only in an e-mail address's local part, phones in Finnish forms (mobile and landline,
with and without +358) and in those of Norway, Denmark, France, the Netherlands, Spain, Poland, India and Australia.
Look-alikes: things named after people (streets in company addresses, halls, software and languages, algorithms,
prizes, products, pets, ships such as Viking Grace, storms, planets, institutes), places in Finnish cases, car plates,
ticket ids, versions, prices, dates and the words that are also given names (tuuli, usko, onni, aamu, ilta; will,
mark, rose, grace) as words, never in a message whose person has that name.
Each name part is its own NAME span; a clitic stays inside the span of the name it ends (Jarikin). Same format as
evaluation-set.jsonl; 640 messages: even ones Finnish, odd ones English, one in twenty English instead of Finnish and one in ten Swedish (about 45 %, 45 %, 10 %). Each message
checks itself before it is printed: Message.check, every labelled name string labelled wherever it occurs in the
message, identity codes, IBANs and cards valid by their checksums.
Deterministic: python3 held-out-20.py > held-out-20.jsonl"""
import random
import re

import identifiers
from message import Message
from name_forms import foreign, inflect as fi, nen, origin

R = random.Random(20202020)

FI_MEN = [fi(n) for n in ["Uolevi", "Aatami", "Peetu", "Jari", "Osmo", "Jani", "Toni", "Elmeri", "Hugo", "Kauno",
                          "Rauno", "Sami", "Torsti", "Niko", "Arvi", "Jimi", "Lenne", "Miro", "Simo", "Teijo",
                          "Nuutti", "Riku", "Onni", "Usko", "Eemeli", "Kalevi", "Leevi", "Nooa",
                          "Sulevi", "Vertti", "Aarni"]] + \
         [foreign(n) for n in ["Joonatan", "Alvar", "Mikael", "Joel"]] + \
         [fi("Valto", "Vallo", "Valto"), fi("Jukka", "Juka", "Jukka"), fi("Tommi", "Tomi", "Tommi"),
          fi("Iisakki", "Iisaki", "Iisakki"), fi("Otto", "Oto", "Otto"),
          fi("Matias", "Matiakse", "Matiakse", par="Matiasta", ill="Matiakseen")]
FI_WOMEN = [fi(n) for n in ["Unelma", "Jenna", "Nea", "Alisa", "Anni", "Irja", "Jaana", "Katriina", "Taina", "Meri",
                            "Aira", "Eeva", "Malla", "Neea", "Ottilia", "Elsa", "Inka", "Venni", "Hilda",
                            "Edla", "Heini", "Jemina", "Ilmi", "Mette", "Oili", "Rosa", "Sohvi", "Peppiina", "Tuuli",
                            "Aamu", "Kerli", "Lumia", "Sointu", "Raisa", "Kaisla", "Helmiina", "Armi"]] + \
           [foreign(n) for n in ["Jasmin", "Karin", "Ester"]] + \
           [fi("Tytti", "Tyti", "Tytti"), fi("Jatta", "Jata", "Jatta"), fi("Ilta", "Illa", "Ilta")]
FI_FIRST = FI_MEN + FI_WOMEN
FI_LAST = [nen(n) for n in ["Eskelinen", "Kilpeläinen", "Kumpulainen", "Laakkonen", "Lesonen", "Ruuskanen",
                            "Seppänen", "Utriainen", "Vepsäläinen", "Happonen", "Jauhiainen", "Kukkonen", "Pölönen",
                            "Sormunen", "Hiekkanen", "Kotilainen", "Paasonen", "Riikonen", "Hännikäinen", "Ryynänen",
                            "Kuivalainen", "Pyykkönen", "Mertanen", "Lamminen", "Viljanen", "Ahtiainen", "Moilanen",
                            "Hyppönen", "Liimatainen", "Reunanen", "Silvennoinen", "Kosunen", "Pöyhönen"]] + \
          [fi(n) for n in ["Perälä", "Törmä", "Kujala", "Hietala", "Pihlajamaa", "Yrjänä", "Hirvelä", "Lahdenperä",
                           "Mäkitalo", "Raunio", "Kaukola", "Vähämaa", "Nurmio", "Kivijärvi", "Hölttä", "Lammi",
                           "Majuri", "Närhi", "Kiviranta", "Olander", "Paavola", "Alapeteri",
                           "Rintamaa", "Kontio", "Hiirola", "Syrjälä"]] + \
          [foreign(n) for n in ["Granström", "Hellsten", "Forsell", "Sandell", "Wallin"]] + \
          [fi("Keto"), fi("Ranta", "Ranna", "Ranta")]
# Finnish diminutives: the name as colleagues say it, with its own endings.
FI_NICK = [fi(n) for n in ["Jartsa", "Tomppa", "Ansku", "Jaanis", "Mikke", "Kaitsu", "Peetsi", "Riksu", "Jenkku"]]
ANGLO = origin(["Grace", "Will", "Mark", "Rose", "Bartholomew", "Oswin", "Seamus", "Bronagh", "Roisin", "Brayden",
                "Kayleigh", "Destiny", "Tyrone", "Jaylen", "Ezekiel", "Harlow", "Rhiannon", "Emrys", "Bethan",
                "Iolo", "Cerys", "Oswaldo", "Florian", "Theodora", "Hyacinth", "Cordelia", "Mortimer", "Desmond",
                "Orlaith", "Sorcha", "Pádraigín"],
               ["Pennington", "Hollingsworth", "Rafferty", "Vaughan-Thomas", "Cadwallader", "Abernethy", "Strachan",
                "Trevelyan", "Haverford", "Beaumont", "Thistlewood", "Sowerby", "Ó Ceallaigh", "McNamara",
                "Subramaniam", "Fontaine", "Beaulieu", "Salvatore", "Schulz", "Zimmermann", "Brandt", "Iglesias",
                "García-Márquez"])
WIDER = origin(["Amadou", "Kwabena", "Ravindra", "Ignacio", "Valentina", "Benedikt", "Anastasios", "Jelena", "Milica",
                "Aurélie", "Étienne", "Margaux", "Thibault", "Lorenzo", "Wiebke", "Malte", "Leilani", "Oyelowo"],
               ["Nakashima", "Oduya", "Acheampong", "Boateng", "Jovanović", "Horváth", "Kiss", "Dąbrowski",
                "Wiśniewski", "Bergsvik", "Kristoffersen", "Vestergaard", "van Dijkhuizen", "Ruiz-Zafón", "Kapoor",
                "Tanaka-Ellis"])
SWEDISH = origin(["Ingegerd", "Folke", "Bengt-Åke", "Ann-Sofie", "Sixten", "Märta", "Gösta", "Lovisa", "Edvin",
                  "Saga"],
                 ["Hedberg", "Sjöstedt", "Lundblad", "Dahlgren", "Rydberg", "Palmqvist", "Edlund", "Östlund",
                  "Bergman-Ek", "Fröjdh"])
EN_NICK = ["Bill", "Liz", "Jimmy", "Becca", "Alf", "Robbie", "Dom", "Fliss"]
TITLES_EN = ["Dr. ", "Dr ", "Prof. ", "Professor "]
TITLES_FI = ["DI ", "tri ", "prof. ", "FM ", "KTM "]
DOMAINS = ["kunta.example.fi", "sairaala.example.fi", "energia.example.fi", "vendor.example.com", "trust.example.co.uk",
           "firma.example.se"]
ROLE_MAIL = ["helpdesk@kunta.example.fi", "avaimet@kunta.example.fi", "henkilosto@energia.example.fi",
             "support@vendor.example.com", "facilities@trust.example.co.uk", "koulutus@sairaala.example.fi"]

OFFICES_FI = [("Albertinkatu 36", "Albertinkadulla"), ("Eerikinkatu 28", "Eerikinkadulla"),
              ("Annankatu 12", "Annankadulla"), ("Yrjönkatu 8", "Yrjönkadulla"),
              ("Iso Roobertinkatu 21", "Iso Roobertinkadulla"), ("Väinö Linnan aukio 3", "Väinö Linnan aukiolla"),
              ("Paavo Nurmen tie 2", "Paavo Nurmen tiellä"), ("Elielinaukio 5", "Elielinaukiolla")]
OFFICES_EN = ["10 Downing Court, Leeds", "2 Brunel Way, Slough", "Shackleton House, Bristol", "45 Wellington Quay, Dublin",
              "Nelson Street, Glasgow", "Kristian Augusts gate 10, Oslo"]
PLACES_FI = ["Kampissa", "Itäkeskuksessa", "Matinkylässä", "Tapiolassa", "Keravalla", "Lahdessa", "Jyväskylässä",
             "Kuopiossa", "Vaasassa", "Rovaniemellä"]
PLACES_FI_TO = ["Kamppiin", "Itäkeskukseen", "Matinkylään", "Tapiolaan", "Keravalle", "Lahteen", "Jyväskylään",
                "Kuopioon", "Vaasaan", "Rovaniemelle"]
PLACES_FI_FROM = ["Kampista", "Itäkeskuksesta", "Matinkylästä", "Tapiolasta", "Keravalta", "Lahdesta",
                  "Jyväskylästä", "Kuopiosta", "Vaasasta", "Rovaniemeltä"]
# Things named after people, places and the words that are given names: (before, look-alike, after).
NAMED_FI = [("Koulutus on ", "Alvar Aallon salissa", "."), ("Tilaisuus pidetään ", "Topelius-salissa", "."),
            ("Ohjelma on kirjoitettu ", "Pascalilla", ", eikä kukaan osaa sitä."), ("Palvelin pyörittää ", "Debian 12", ":ta."),
            ("Analyysi käyttää ", "Fourier-muunnosta", "."), ("Pakkaus perustuu ", "Huffmanin koodaukseen", "."),
            ("Hakukenttä laskee ", "Levenshteinin etäisyyden", "."), ("Kirja voitti ", "Finlandia-palkinnon", "."),
            ("Tilasimme ", "Fiskars-sakset", " ja näppäimistön."), ("Toimiston koira ", "Musti", " söi laturin johdon."),
            ("Kissa ", "Viiru", " istuu taas näppäimistöllä."), ("Läppäri jäi laivaan ", "m/s Viking Grace", "."),
            ("", "Silja Serenaden", " Wi-Fi ei toimi."), ("Varoitus: ", "myrsky Rauli", " voi katkaista sähköt."),
            ("Palvelimet on nimetty planeettojen mukaan: ", "Jupiter", ", "), ("", "Saturnus", " ja Neptunus."),
            ("Näytöt tilattiin ", "Marimekko Unikko", " -kuosilla."), ("Auto on ", "Porsche Taycan", "."),
            ("", "Bluetooth", "-kuulokkeet eivät pariudu."), ("Tilasimme ", "Braille-näytön", " saavutettavuustestiin."),
            ("Kokous on ", "Kekkosen kabinetissa", "."), ("Lounas ", "Linnanmäen", " ravintolassa.")]
NAMED_EN = [("Training is in ", "the Alan Turing Institute", "."), ("Meet at ", "the Francis Crick Institute", "."),
            ("The lab is in ", "the Kelvin Building", "."), ("The old tool is written in ", "Haskell", "."),
            ("The model runs in ", "Julia", ", which nobody here knows."), ("It uses ", "Bellman–Ford", " for routing."),
            ("The filter is ", "Gaussian blur", ", not a bug."), ("She won ", "the Booker Prize", " last year."),
            ("The maths group celebrated ", "the Fields Medal", "."), ("The car park has a ", "Ford Mondeo", " on the charger."),
            ("The office dog ", "Biscuit", " chewed the cable."), ("", "Winston the bulldog", " is back in reception."),
            ("The laptop was left on ", "HMS Belfast", "."), ("", "Storm Ciarán", " took the link down."),
            ("", "Storm Isha", " flooded the basement."), ("The servers are called ", "Mercury", ", "),
            ("", "Venus", " and Mars."), ("The ", "Bluetooth", " mouse keeps dropping."), ("Order a new ", "Braille display", "."),
            ("The cafeteria sells ", "Caesar salad", " on Fridays."), ("The ", "Dyson V15", " is in the cupboard."),
            ("The ", "Rose Garden", " meeting room is booked.")]
NAMED_SV = [("Utbildningen är i ", "Strindbergssalen", "."), ("", "Stormen Gudrun", " tog ner masten."),
            ("Datorn glömdes på ", "Viking Grace", "."), ("Servern heter ", "Jupiter", "."),
            ("Kontorshunden ", "Sixten", " åt laddsladden.")]
WORDS_FI = [("", "Tuuli", " kaatoi puun linjalle yöllä."), ("", "Onneksi", " varmuuskopio oli tallessa."),
            ("", "Usko", " pois, tulostin toimii taas."), ("", "Aamuvuoro", " alkaa kuudelta."),
            ("", "Iltapäivystys", " vastaa numerosta."), ("", "Ilta", " venyi pitkäksi, palvelin käynnistyi vasta yhdeltä."), ("Hinta on ", "129,00 €", " vuodessa."),
            ("Päivitä versioon ", "4.2.17", "."), ("Tiketti ", "INC0072231", " on yhä auki."),
            ("Tapahtuma alkaa ", "12.3.2027", " klo 9."), ("Huoltoikkuna on ", "la 14.00–18.00", ".")]
WORDS_EN = [("", "Will", " someone reset the printer?"), ("", "Mark", " the ticket as resolved, please."),
            ("The ", "grace period", " ends on Friday."), ("Licence costs ", "£18.75", " per seat."),
            ("Upgrade to ", "v5.0.3", " first."), ("Ticket ", "SR-40917", " is still open."),
            ("The window is ", "Sat 02:00–04:00 UTC", ".")]
HELLO_FI = ["Hei", "Moi", "Moikka", "Päivää", "Terve"]
HELLO_EN = ["Hi", "Hello", "Morning", "Hey", "Dear"]
GREET_FI = ["Terveisin", "Kiitos", "Ystävällisin terveisin", "t."]
GREET_EN = ["Kind regards", "Thanks", "Cheers", "Best"]
GREET_SV = ["Hälsningar", "Mvh", "Tack"]


def fill(pattern):
    return identifiers.fill(R, pattern)


def fi_phone():
    """Finnish mobiles and landlines, with and without the country code."""
    return fill(R.choice(["040 {3} {4}", "050-{3} {4}", "0400 {3} {3}", "+358 40 {3} {4}", "+358 (0)45 {3} {4}",
                          "+35850{7}", "044{7}", "09 {4} {4}", "(09) {3} {3}", "+358 9 {4} {4}", "014 {3} {4}",
                          "02-{3} {4}", "0457 {3} {3}", "00358 44 {3} {4}"]))


def foreign_phone():
    """Numbers of Norway, Denmark, France, the Netherlands, Spain, Poland, India, Australia and the UK."""
    return fill(R.choice(["+47 4{2} {2} {3}", "+45 2{1} {2} {2} {2}", "+33 6 {2} {2} {2} {2}", "06 {2} {2} {2} {2}",
                          "+31 6 {8}", "06-{8}", "+34 6{2} {2} {2} {2}", "+48 5{2} {3} {3}", "+91 98{3} {5}",
                          "+61 4{2} {3} {3}", "04{2} {3} {3}", "+44 7{3} {6}", "07{3} {6}"]))


def any_phone():
    return fi_phone() if R.random() < 0.5 else foreign_phone()


def email(first, last):
    return identifiers.address(R, first, last.split()[-1], DOMAINS)


def hetu():
    return identifiers.hetu(R, lambda: R.choice([("-", R.randint(60, 99)), ("A", R.randint(0, 6))]))


def iban():
    if R.random() < 0.6:
        return identifiers.written_iban(R)
    country, bban = R.choice([("NO", "{11}"), ("DK", "{14}"), ("FR", "{23}"), ("NL", "INGB{10}"), ("ES", "{20}")])
    full = identifiers.iban(R, country, fill(bban))
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def card():
    return identifiers.written_card(R)


def plate():
    return R.choice([fill("ZXT-{3}"), fill("KLM-{3}"), fill("BOR-{2}"), fill("LB{2} XKD"), fill("ABC {2}D"),
                     fill("GTN-{3}")])


def finn():
    return R.choice(FI_FIRST), R.choice(FI_LAST)


def person_fi():
    """A person in a Finnish message: Finnish eight times in ten, else of another origin with Finnish endings."""
    if R.random() < 0.8:
        return finn()
    firsts, lasts = R.choice([ANGLO, WIDER, SWEDISH])
    return R.choice(firsts), R.choice(lasts)


def person_en():
    roll = R.random()
    firsts, lasts = ANGLO if roll < 0.55 else (WIDER if roll < 0.85 else (FI_FIRST, FI_LAST))
    return R.choice(firsts)["nom"], R.choice(lasts)["nom"]


def person_sv():
    firsts, lasts = SWEDISH if R.random() < 0.65 else (FI_FIRST, FI_LAST)
    return R.choice(firsts)["nom"], R.choice(lasts)["nom"]


def back(word):
    return any(c in "aouAOU" for c in word.split("-")[-1])


def clitic(form, kind):
    """A name form with a clitic: -kin, -kaan/-kään, -han/-hän by the name's vowels."""
    a = "a" if back(form) else "ä"
    return form + {"kin": "kin", "kaan": f"k{a}{a}n", "han": f"h{a}n"}[kind]


# Spoken and written Finnish that needs a name in a case, some with a clitic: (before, case, clitic, after).
CASE_SENTENCES = [("Kone on vielä ", "gen", "", " nimissä."), ("Odotellaan ", "par", "kin", " palaveriin."),
                  ("Laitoin tunnukset ", "all", "", " tekstarilla."), ("Kysyin ", "abl", "kin", ", ei tiennyt."),
                  ("", "ade", "han", " on se vanha läppäri."), ("Tehdään ", "ela", "", " pääkäyttäjä."),
                  ("Soitin ", "ill", "", " mut ei vastannu."), ("Hän on järjestelmässä ", "ess", "", "."),
                  ("Nimi vaihdettiin ", "tra", "", "."), ("Vika ei oo ", "ine", "", " vaan piuhassa."),
                  ("Ei ", "all", "kaan", " ole tullut viestiä."), ("", "abl", "", " tuli kuittaus."),
                  ("Mä annoin laturin ", "all", "", "."), ("", "gen", "kaan", " kone ei käynnisty."),
                  ("Sä voit kysyä ", "abl", "", ", se tietää.")]


def case_sentence(m, person):
    before, case, kind, after = R.choice(CASE_SENTENCES)
    form = person[case] if not kind else clitic(person[case], kind)
    m.say(" " if m.text and not m.text.endswith("\n") else "").say(before)
    m.name(cap(form) if not before else form).say(after)


def tail(m, sentences):
    """One or two look-alike sentences at the end, skipping any whose look-alike holds a name labelled here."""
    names = {m.text[e["start"]:e["end"]] for e in m.entities}
    fitting = [s for s in sentences if not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", s[0] + s[1] + s[2])
                                               for n in names)]
    for before, word, after in R.sample(fitting, 1 if R.random() < 0.4 else 2):
        m.say("\n").say(before).look(word).say(after)


def finnish(m, f, l, e):
    (a, b), (c, d), (g, h) = finn(), person_fi(), person_fi()
    kind = R.randrange(16)
    if kind == 0:
        m.say("Tikettivienti\nTunnus: ").look(fill("INC00{5}")).say("\nKategoria: Laitteisto / Näyttö\nYhteyshenkilö: ") \
            .name(f["nom"], l["nom"], role="subject").say("\nYhteyshenkilön puhelin: ").entity(fi_phone(), "PHONE", "subject") \
            .say("\nLisäkenttä (cf_esimies): ").name(a["nom"], b["nom"]).say("\nLisäkenttä (cf_sijainen): ") \
            .name(c["nom"], d["nom"]).say("\nLisäkenttä (cf_toimipiste): ").look(R.choice(OFFICES_FI)[0]) \
            .say("\nKuvaus: näyttö vilkkuu, ").name(c["gen"]).say(" koneessa sama.")
    elif kind == 1:
        m.say("Tekstiviestit\n").name(a["nom"]).say(" 07:12: moi, mä en pääse VPN:ään\n").name(f["nom"], role="subject") \
            .say(" 07:15: soitin sille ").name(c["all"]).say(" mut se ei vastannu\n").name(a["nom"]) \
            .say(" 07:16: ").name(clitic(g["nom"], "kin")).say(" sano et sama juttu, soita ").entity(fi_phone(), "PHONE") \
            .say("\n").name(f["nom"], role="subject").say(" 07:20: ok, ").name(clitic(g["gen"], "han")) \
            .say(" kone on ").look(R.choice(PLACES_FI)).say(" huollossa")
    elif kind == 2:
        m.say("Teams-kokouksen litterointi\n").name(l["nom"], role="subject").say(", ").name(f["nom"], role="subject") \
            .say("   0:03\nJoo, mä jaan ruudun. Kuuluuks?\n").name(b["nom"]).say(", ").name(a["nom"]) \
            .say("   0:11\nKuuluu. Onks ").name(c["nom"]).say(" tulossa?\n").name(l["nom"], role="subject").say(", ") \
            .name(f["nom"], role="subject").say("   0:15\nEi, ").name(c["nom"]).say(" on ").look(R.choice(PLACES_FI)) \
            .say(". ").name(g["gen"], h["gen"]).say(" kanssa sovittiin et ").name(clitic(g["nom"], "kin")) \
            .say(" testaa.\n").name(b["nom"]).say(", ").name(a["nom"]).say("   0:40\nSelvä.")
    elif kind == 3:
        m.say("Häiriösilta ").look(fill("P1-{4}")).say(" avattu 02:14\nMukana: ").name(a["nom"], b["nom"]) \
            .say(" (päivystys), ").name(c["nom"], d["nom"]).say(" (verkko), ").name(f["nom"], l["nom"], role="subject") \
            .say(" (kirjuri)\n02:20 ").name(a["nom"]).say(" käynnisti ").look(R.choice(["Jupiter", "Saturnus"])) \
            .say("-palvelimen uudelleen\n02:31 ").name(c["gen"]).say(" mukaan reititin ").look(R.choice(PLACES_FI)) \
            .say(" on alhaalla\n02:47 soitettiin ").name(g["ill"]).say(", numero ").entity(fi_phone(), "PHONE") \
            .say("\n03:05 suljettu")
    elif kind == 4:
        m.say(R.choice(HELLO_FI)).say("!\nJään vanhempainvapaalle ").look(fill("1.{1}.2027")).say(" alkaen. Sijaisenani toimii ") \
            .name(a["nom"], b["nom"]).say(", joten ").name(a["all"]).say(" tarvitaan oikeudet ").look("SAP HR") \
            .say(":ään. Henkilötunnukseni on ").entity(hetu(), "NATIONAL_ID", "subject").say(" ja tilini ") \
            .entity(iban(), "IBAN", "subject").say(". Esimies ").name(c["nom"], d["nom"]).say(" on hyväksynyt.\n") \
            .say(R.choice(GREET_FI)).say(" ").name(f["nom"], l["nom"], role="subject")
    elif kind == 5:
        m.say("Avain- ja pysäköintipyyntö\nHakija: ").name(f["nom"], l["nom"], role="subject").say("\nAuton rekisterinumero: ") \
            .look(plate()).say("\nPaikka: P-halli, ").look(fill("B-{2}")).say("\nToimipiste: ").look(R.choice(OFFICES_FI)[0]) \
            .say("\nAvaimet noutaa ").name(a["nom"], b["nom"]).say(", ").name(clitic(c["nom"], "kaan")) \
            .say(" ei pääse. Vanha kortti oli ").name(g["gen"]).say(" nimellä.")
    elif kind == 6:
        m.say("Salasanan nollaus: ").name(f["nom"], l["nom"], role="subject").say(" soitti numerosta ") \
            .entity(fi_phone(), "PHONE", "subject").say(" ja kertoi henkilötunnuksensa ").entity(hetu(), "NATIONAL_ID", "subject") \
            .say(". Turvakysymys: äidin tyttönimi – vastasi ").name(b["nom"]) \
            .say(", täsmää. Toinen kysymys: ensimmäisen esimiehen nimi – ").name(c["nom"], d["nom"]) \
            .say(". Uusi salasana lähetettiin tekstiviestinä, ja ").name(a["all"]).say(" ilmoitettiin.")
    elif kind == 7:
        x, y = R.choice(ANGLO[0] + WIDER[0]), R.choice(ANGLO[1] + WIDER[1])
        m.say("Toimittajan vastaus tapaukseen ").look(fill("CS-{6}")).say(":\n\"Dear ").name(f["nom"], role="subject") \
            .say(", our engineer ").name(x["nom"], y["nom"]).say(" will be on site at ").look(R.choice(OFFICES_FI)[0]) \
            .say(". You can reach ").name(x["nom"]).say(" on ").entity(foreign_phone(), "PHONE").say(".\"\nVälitin tiedon ") \
            .name(a["all"], b["all"]).say(". ").name(cap(y["gen"])).say(" käynti kirjattu.")
    elif kind == 8:
        m.say("Ilmoittautuneet Excel-jatkokurssille (").look(R.choice(["Alvar Aallon sali", "Topelius-sali"])).say("):\n1. ") \
            .name(a["nom"], b["nom"]).say("\n2. ").name(c["nom"], d["nom"]).say("\n3. ").name(g["nom"], h["nom"]) \
            .say("\n4. ").name(f["nom"], l["nom"], role="subject").say("\nVaralla: ").name(R.choice(FI_FIRST)["nom"], R.choice(FI_LAST)["nom"]) \
            .say("\nKysymykset: ").entity(R.choice(ROLE_MAIL[:3] + ROLE_MAIL[5:]), "EMAIL")
    elif kind == 9:
        nick = R.choice(FI_NICK)
        m.say("moi, ").name(nick["nom"]).say(" tässä, sä tiiät varmaan et ").name(clitic(a["gen"], "kin")) \
            .say(" kone hajos. mä soitin sille ").name(c["all"]).say(" ja se sano et ").name(clitic(g["nom"], "han")) \
            .say(" hoitaa. laita viestiä ").name(nick["all"]).say(" numeroon ").entity(fi_phone(), "PHONE") \
            .say(" niin ").name(f["nom"], role="subject").say(" ei tarvii")
    elif kind == 10:
        m.name(b["nom"]).say("-tiimi muuttaa ").look(R.choice(PLACES_FI_TO)).say(". ").name(clitic(a["ade"], "han")) \
            .say(" on avaimet, mutta ").name(clitic(c["nom"], "kaan")).say(" ei tiennyt ovikoodia. ") \
            .name(d["gen"]).say(" tiimin koneet siirretään ").look(R.choice(PLACES_FI_FROM)).say(". ") \
            .name(f["nom"], role="subject")
    elif kind == 11:
        title = R.choice(TITLES_FI)
        m.say("Vieraat huomenna: ").say(title).name(a["nom"], b["nom"]).say(" ja ").say(R.choice(TITLES_FI)) \
            .name(c["nom"], d["nom"]).say(". ").name(cap(b["gen"])).say(" esitys ").look(R.choice(["Fourier-muunnoksesta", "Huffmanin koodauksesta"])) \
            .say(" tarvitsee tykin. Lähetä vierastunnukset ").name(d["all"]).say(" osoitteeseen ") \
            .entity(email(c["nom"], d["nom"]), "EMAIL").say(".\n").name(f["nom"], l["nom"], role="subject")
    elif kind == 12:
        m.say("Lähetä kopio osoitteisiin ").entity(email(a["nom"], b["nom"]), "EMAIL").say(" ja ") \
            .entity(email(c["nom"], d["nom"]), "EMAIL").say(". Laskutus ").entity(R.choice(ROLE_MAIL), "EMAIL") \
            .say(". Osoitteemme on ").look(R.choice(OFFICES_FI)[0]).say(".\n").say(R.choice(GREET_FI)).say("\n") \
            .name(f["nom"], l["nom"], role="subject").say("\n").entity(e, "EMAIL", "subject")
    elif kind == 13:
        m.say("Puhelinluettelo päivystykseen:\n").name(a["nom"], b["nom"]).say(" ").entity(fi_phone(), "PHONE") \
            .say("\n").name(c["nom"], d["nom"]).say(" ").entity(any_phone(), "PHONE").say("\n").name(g["nom"], h["nom"]) \
            .say(" ").entity(foreign_phone(), "PHONE").say(" (lomalla ").look(R.choice(["Espanjassa", "Norjassa", "Ranskassa"])) \
            .say(")\n").name(f["nom"], l["nom"], role="subject").say(" ").entity(fi_phone(), "PHONE", "subject")
    elif kind == 14:
        m.say("Kortti: ").name(f["nom"], l["nom"], role="subject").say(" maksoi ").look("Debian 12") \
            .say(" -tukisopimuksen kortilla ").entity(card(), "PAYMENT_CARD", "subject").say(", ja ").name(a["gen"]) \
            .say(" mielestä numero ei kuulu tikettiin. Poistin sen. ").name(clitic(c["nom"], "kin")).say(" näki viestin.")
    else:
        m.say(R.choice(HELLO_FI)).say(" ").name(a["nom"]).say("!\n").name(cap(c["ela"])).say(" tulee ").name(d["gen"]) \
            .say(" sijainen ").look(fill("1.{1}.")).say(" alkaen. ").name(g["nom"], h["nom"]).say(" perehdyttää ") \
            .name(c["par"]).say(" ").look(R.choice(PLACES_FI)).say(".\n").say(R.choice(GREET_FI)).say(", ") \
            .name(f["nom"], role="subject")
    m.say("\n")
    case_sentence(m, R.choice([a, b, c, d, g, h, R.choice(FI_FIRST), R.choice(FI_LAST)]))
    if R.random() < 0.5:
        case_sentence(m, R.choice([R.choice(FI_FIRST), R.choice(FI_LAST), R.choice(FI_NICK)]))
    tail(m, NAMED_FI + WORDS_FI)


def english(m, f, l, e):
    (a, b), (c, d), (g, h) = person_en(), person_en(), person_en()
    kind = R.randrange(16)
    if kind == 0:
        m.say("Ticket export\nNumber: ").look(fill("RITM00{5}")).say("\nRequested for: ").name(f, l, role="subject") \
            .say("\ncf_requester_mobile: ").entity(any_phone(), "PHONE", "subject").say("\ncf_line_manager: ").name(a, b) \
            .say("\ncf_backup_contact: ").name(c, d).say("\ncf_site: ").look(R.choice(OFFICES_EN)) \
            .say("\nDescription: docking station dead, ").name(c).say("'s too.")
    elif kind == 1:
        m.say("SMS thread\n").name(a).say(" 07:12: can't get on the VPN\n").name(f, role="subject") \
            .say(" 07:15: rang ").name(c.lower()).say(", no answer\n").name(a).say(" 07:16: ").name(g.lower()) \
            .say(" says same. try ").entity(any_phone(), "PHONE").say("\n").name(f, role="subject") \
            .say(" 07:20: ok, ").name(g.lower()).say("'s laptop is in for repair anyway")
    elif kind == 2:
        m.say("Meeting transcript\n[00:00:03] ").name(f, l, role="subject").say(": Can everyone see my screen?\n[00:00:09] ") \
            .name(a, b).say(": Yes. Is ").name(c).say(" joining?\n[00:00:14] ").name(f, l, role="subject").say(": No, ") \
            .name(c).say(" is off. I spoke to ").name(g, h).say(" and ").name(g).say(" will test it.\n[00:00:31] ") \
            .name(a, b).say(": Great.")
    elif kind == 3:
        m.say("Bridge call ").look(fill("MIM-{4}")).say(" opened 02:14\nOn the bridge: ").name(a, b).say(" (on call), ") \
            .name(c, d).say(" (network), ").name(f, l, role="subject").say(" (scribe)\n02:20 ").name(a) \
            .say(" restarted ").look(R.choice(["Mercury", "Venus"])).say("\n02:31 per ").name(c).say(", the core switch is down\n02:47 paged ") \
            .name(g).say(" on ").entity(any_phone(), "PHONE").say("\n03:05 closed")
    elif kind == 4:
        m.say(R.choice(HELLO_EN)).say(" ").name(c).say(",\nI start parental leave on ").look(fill("{1} March 2027")) \
            .say(". ").name(a, b).say(" will cover for me, so ").name(a).say(" needs access to ").look("Workday") \
            .say(". My account for the payslips is ").entity(iban(), "IBAN", "subject").say(". ").name(g, h) \
            .say(" has approved it.\n").say(R.choice(GREET_EN)).say(",\n").name(f, l, role="subject")
    elif kind == 5:
        m.say("Facilities request\nRequester: ").name(f, l, role="subject").say("\nVehicle: ").look(plate()) \
            .say("\nBay: ").look(fill("P{1}-{2}")).say("\nSite: ").look(R.choice(OFFICES_EN)).say("\nKeys collected by ") \
            .name(a, b).say("; ").name(c).say(" can't make it. The old pass was in ").name(g).say("'s name.")
    elif kind == 6:
        m.say("Password reset: ").name(f, l, role="subject").say(" called from ").entity(any_phone(), "PHONE", "subject") \
            .say(". Security question: mother's maiden name – answered ").name(b).say(", matches. Second: first manager – ") \
            .name(c, d).say(". Reset done; ").name(a).say(" informed.")
    elif kind == 7:
        m.say("From the vendor, case ").look(fill("CS-{6}")).say(":\n\"Hi ").name(f, role="subject").say(", ") \
            .name(a, b).say(" from our support team will be on site at ").look(R.choice(OFFICES_EN)).say(". ") \
            .name(a).say("'s mobile is ").entity(foreign_phone(), "PHONE").say(". Regards, ").name(c, d).say("\"")
    elif kind == 8:
        m.say("Sign-ups for the Excel course (").look(R.choice(["the Kelvin Building", "the Darwin Building"])).say("):\n- ") \
            .name(a, b).say("\n- ").name(c, d).say("\n- ").name(g, h).say("\n- ").name(f, l, role="subject") \
            .say("\nWaiting list: ").name(*person_en()).say("\nQuestions to ").entity(ROLE_MAIL[4], "EMAIL")
    elif kind == 9:
        nick = R.choice(EN_NICK)
        m.say("hey it's ").name(nick).say(" – ").name(a).say("'s laptop died and ").name(c).say("'s too. ring ") \
            .name(nick).say(" on ").entity(any_phone(), "PHONE").say(" so ").name(f, role="subject").say(" doesn't have to")
    elif kind == 10:
        m.say("The ").name(b).say(" team moves to ").look(R.choice(OFFICES_EN)).say(". ").name(a).say("'s got the keys, but ") \
            .name(c).say(" didn't know the door code. ").name(d).say("'s machines go on Monday. ").name(f, role="subject")
    elif kind == 11:
        m.say("Visitors tomorrow: ").say(R.choice(TITLES_EN)).name(a, b).say(" and ").say(R.choice(TITLES_EN)).name(c, d) \
            .say(". ").name(b).say("'s talk on ").look(R.choice(["Bellman–Ford", "Gaussian blur"])).say(" needs a projector. Guest Wi-Fi to ") \
            .entity(email(c, d), "EMAIL").say(".\n").name(f, l, role="subject")
    elif kind == 12:
        m.say("Please cc ").entity(email(a, b), "EMAIL").say(" and ").entity(email(c, d), "EMAIL").say(". Invoices to ") \
            .entity(R.choice(ROLE_MAIL), "EMAIL").say(". Our office: ").look(R.choice(OFFICES_EN)).say(".\n") \
            .say(R.choice(GREET_EN)).say(",\n").name(f, l, role="subject").say("\n").entity(e, "EMAIL", "subject")
    elif kind == 13:
        m.say("On-call numbers:\n").name(a, b).say(" ").entity(foreign_phone(), "PHONE").say("\n").name(c, d).say(" ") \
            .entity(any_phone(), "PHONE").say("\n").name(g, h).say(" ").entity(fi_phone(), "PHONE").say(" (in Finland)\n") \
            .name(f, l, role="subject").say(" ").entity(any_phone(), "PHONE", "subject")
    elif kind == 14:
        m.say("Card: ").name(f, l, role="subject").say(" pasted ").entity(card(), "PAYMENT_CARD", "subject") \
            .say(" for the ").look("Haskell").say(" course. ").name(a).say(" removed it; ").name(c).say(" saw it too.")
    else:
        m.say(R.choice(HELLO_EN)).say(" ").name(a).say(",\n").name(c, d).say(" is covering for ").name(g) \
            .say(" from ").look(fill("{1} May")).say("; ").name(b).say(" will show ").name(c).say(" round.\n") \
            .say(R.choice(GREET_EN)).say(", ").name(f, role="subject")
    tail(m, NAMED_EN + WORDS_EN)


def swedish(m, f, l, e):
    (a, b), (c, d) = person_sv(), person_sv()
    kind = R.randrange(5)
    if kind == 0:
        m.say("Teams-avskrift\n").name(f, l, role="subject").say("  0:02\nSer ni skärmen?\n").name(a, b) \
            .say("  0:07\nJa. Kommer ").name(c).say("?\n").name(f, l, role="subject").say("  0:10\nNej, ").name(c) \
            .say(" är ledig, ").name(b + ("" if b.endswith("s") else "s")).say(" team tar det.")
    elif kind == 1:
        m.say("Parkering\nSökande: ").name(f, l, role="subject").say("\nRegistreringsnummer: ").look(plate()) \
            .say("\nNycklarna hämtas av ").name(a, b).say(". Ring ").name(a).say(" på ").entity(any_phone(), "PHONE").say(".")
    elif kind == 2:
        m.say("Hej ").name(c).say("!\nJag är föräldraledig från ").look(fill("{1} april")).say(". ").name(a, b) \
            .say(" vikarierar. Mitt konto: ").entity(iban(), "IBAN", "subject").say(".\n").say(R.choice(GREET_SV)) \
            .say(" ").name(f, l, role="subject")
    elif kind == 3:
        m.say("SMS\n").name(a).say(" 08:01: kommer inte in i VPN\n").name(f, role="subject").say(" 08:03: ring ") \
            .name(c, d).say(" på ").entity(any_phone(), "PHONE").say("\n").name(a).say(" 08:04: tack!")
    else:
        m.say("Anmälda till kursen:\n- ").name(a, b).say("\n- ").name(c, d).say("\n- ").name(f, l, role="subject") \
            .say("\nFrågor till ").entity(e, "EMAIL", "subject").say(".")
    tail(m, NAMED_SV)


def cap(s):
    return s[0].upper() + s[1:]


def verify(m):
    """Every labelled name string labelled wherever it stands alone in the message; identifiers valid."""
    inside = [(x["start"], x["end"]) for x in m.entities]
    for x in m.entities:
        value = m.text[x["start"]:x["end"]]
        if x["type"] == "NAME":
            for hit in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", m.text):
                assert any(s <= hit.start() and hit.end() <= t for s, t in inside), ("unlabelled", value, m.text)
        elif x["type"] == "NATIONAL_ID":
            assert identifiers.HETU_CHARS[int(value[:6] + value[7:10]) % 31] == value[10], value
        elif x["type"] == "IBAN":
            plain = value.replace(" ", "")
            assert int("".join(str(int(c, 36)) for c in plain[4:] + plain[:4])) % 97 == 1, value
        elif x["type"] == "PAYMENT_CARD":
            number = [int(c) for c in value.replace(" ", "")]
            assert sum(v if i % 2 == 0 else (v * 2 - 9 if v > 4 else v * 2)
                       for i, v in enumerate(reversed(number))) % 10 == 0, value


def main():
    for i in range(640):
        language = "fi" if i % 2 == 0 and i % 20 != 18 else ("sv" if i % 10 == 9 else "en")
        m = Message(language, "held-out-20")
        if language == "fi":
            first, last = finn() if R.random() < 0.75 else person_fi()
            f, l = first["nom"], last["nom"]
            e = email(f, l)
            finnish(m, first, last, e)
        else:
            f, l = person_en() if language == "en" else person_sv()
            e = email(f, l)
            (english if language == "en" else swedish)(m, f, l, e)
        m.known = {"name": f"{f} {l}", "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        m.check()
        verify(m)
        print(m.json())


main()
