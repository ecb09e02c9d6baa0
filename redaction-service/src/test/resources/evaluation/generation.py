"""What the held-out generators of sets 35 to 44 share (33 and 34 its number grouping): the people a message names
(drawn by its language, with the subject's company and kin and a namesake third party; the Finnish case forms of
compound surnames and of names in -s), the writer that puts a message together span by span from a set's templates
and their tokens, the draw of a case's message (case_draw, sets 36 to 44), the loop that draws, checks and prints
each message in turn and counts what they hold (Tally), a set's run with its minimums, --check and --stats (main,
sets 39 to 44), the clock of a case's record, the world's phone number plans and the written forms of a number, and
the values every set draws the same way (digit patterns, a business id, creditor references, an address, a login, a
handle, an identity code, a card). Everything random is drawn from the generator's own seeded Random, passed in, in
the order the generator asks, so each set stays deterministic and its .jsonl byte for byte the same."""
import collections
import datetime
import json
import re
import sys

import identifiers
import name_forms
from message import Message, emit, first_clean

SUBJECT = "subject"
THIRD = "third"
HEX = "0123456789abcdef"


class Person:
    """A person: given name, surname, origin, the country of their phone; their address, number and logins are drawn
    once per message so that every copy is the same."""

    def __init__(self, given, surname, origin, country, role=THIRD):
        self.given, self.surname, self.origin, self.country, self.role = given, surname, origin, country, role
        self.number = self.mail = self.login = self.handle = self.code = self.account = self.card = None

    def words(self):
        out = {w.lower() for part in (self.given, self.surname) for w in re.split(r"[-\s']", part) if w}
        return out | {identifiers.plain_name(w) for w in list(out)}

    def initials(self):
        return "".join(w[0] for w in self.given.split("-")) + "".join(
            w[0] for w in re.split(r"[-\s']", self.surname) if w and w[0].isupper())


def endings(nom, irregular):
    """The Finnish case forms of a name part (irregular: the set's own forms by name); -ia, -ea, -io and -eo take a
    long-vowel illative (Aleksiaan)."""
    forms = name_forms.endings(nom, irregular)
    if nom not in irregular and nom[-2:].lower() in ("ia", "ea", "io", "eo", "iä", "eä"):
        forms["ill"] = nom + nom[-1] + "n"
    return forms


# The cases whose ending has a harmonising vowel after a stem that needs no change: -ltä, -llä, -nä, -stä, -ssä.
FRONT_CASES = ("abl", "ade", "ess", "ela", "ine")


def fronted(forms, cases=FRONT_CASES):
    """forms with front-vowel endings in cases, where name_forms.inflect chose back ones by a back vowel that is not
    in the word that decides the harmony (Kuoviniemeltä, Menièrellä, Ahlströmiä)."""
    forms.update({case: form[:-1] + "ä" for case, form in forms.items() if case in cases and form.endswith("a")})
    return forms


# The last word of a compound surname inflects with its own gradation and stem (Ohdakelahti: Ohdakelahden,
# Humalalampi: Humalalammelle, Apilakangas: Apilakankaan): its weak and strong stem, partitive and illative.
# -aho, -oja, -salo, -harju, -vaara, -kallio and -suo follow the rules.
COMPOUND_TAILS = {"mäki": ("mäe", "mäke", "mäkeä", "mäkeen"), "niemi": ("nieme", "nieme", "niemeä", "niemeen"),
                  "lahti": ("lahde", "lahte", "lahtea", "lahteen"), "järvi": ("järve", "järve", "järveä", "järveen"),
                  "koski": ("koske", "koske", "koskea", "koskeen"), "lampi": ("lamme", "lampe", "lampea", "lampeen"),
                  "kangas": ("kankaa", "kankaa", "kangasta", "kankaaseen"),
                  "korpi": ("korve", "korpe", "korpea", "korpeen"), "vuori": ("vuore", "vuore", "vuorta", "vuoreen"),
                  "saari": ("saare", "saare", "saarta", "saareen"), "ranta": ("ranna", "ranta", "rantaa", "rantaan")}


def compound_forms(surnames, harmony=True):
    """The case forms, by name, of the surnames whose last word is one of COMPOUND_TAILS; with harmony, a front last
    word takes front endings (Lepikkoniemeltä, Juolukkamäellä), without it (sets 35-38) the whole name decides."""
    out = {}
    for nom in surnames:
        for tail, (weak, strong, par, ill) in COMPOUND_TAILS.items():
            if nom.endswith(tail):
                head = nom[:-len(tail)]
                out[nom] = name_forms.inflect(nom, head + weak, head + strong, par=head + par, ill=head + ill)
                if harmony and not any(c in "aou" for c in tail):
                    fronted(out[nom])
                break
    return out


def kse_forms(nom):
    """The case forms of a name in -s with a -kse- stem (Topelius: Topeliuksen, Elias: Eliaksen)."""
    return name_forms.inflect(nom, nom[:-1] + "kse", nom[:-1] + "kse", par=nom + "ta", ill=nom[:-1] + "kseen")


class People:
    """A set's people, drawn by the message's language: Finnish, Swedish, or of one of the world's origins (world:
    origin -> (given names, surnames, countries of their phones))."""

    def __init__(self, rng, fi_men, fi_women, fi_surnames, sv_given, sv_surnames, world):
        self.rng, self.fi_men, self.fi_women, self.fi_surnames = rng, fi_men, fi_women, fi_surnames
        self.sv_given, self.sv_surnames, self.world, self.origins = sv_given, sv_surnames, world, sorted(world)

    def draw(self, language, origin=None):
        r = self.rng
        weights = {"fi": [6, 1, 4], "en": [2, 1, 6], "sv": [2, 6, 3]}[language]
        origin = origin or r.choices(["fi", "sv", "world"], weights)[0]
        if origin == "fi":
            return Person(r.choice(self.fi_men if r.random() < 0.5 else self.fi_women), r.choice(self.fi_surnames),
                          "fi", "FI")
        if origin == "sv":
            return Person(r.choice(self.sv_given), r.choice(self.sv_surnames), "sv", r.choice(["FI", "SE", "SE", "AX"]))
        key = r.choice(self.origins)
        given, surnames, countries = self.world[key]
        return Person(r.choice(given), r.choice(surnames), key, r.choice(countries))

    def cast(self, language, n, *others):
        """n people sharing no name word with each other or with others."""
        taken = set().union(*(p.words() for p in others)) if others else set()
        out = []
        while len(out) < n:
            p = self.draw(language)
            if not p.words() & taken:
                taken |= p.words()
                out.append(p)
        return out

    def namesake(self, language, surnames, others):
        """A Finnish or (in Swedish) a Swedish third party whose surname is one of surnames (also a firm's, a street's,
        a building's), sharing no name word with others."""
        taken = set().union(*(o.words() for o in others))
        while True:
            p = self.draw(language, "sv" if language == "sv" else "fi")
            p.surname = self.rng.choice(surnames)
            if not p.words() & taken:
                return p

    def company(self, s, language, n):
        """A message's people by their letters: its subject s, then a, b, … n others sharing no name word with s or
        each other."""
        ppl = {"s": s}
        ppl.update(zip("abcdefgh", self.cast(language, n, s)))
        return ppl

    def kin(self, s, language):
        """One of s's family (a child, a spouse): a given name drawn by language, s's surname, origin and country."""
        return Person(self.draw(language).given, s.surname, s.origin, s.country)


# The mail services of private addresses.
PRIVATE_DOMAINS = ["posti.example.net", "mail.example.com", "brev.example.se", "example.org", "koti.example.fi"]


class Draws:
    """Values drawn from a set's Random that every set writes the same way."""

    def __init__(self, rng):
        self.rng = rng

    def fill(self, pattern):
        """{n} digits, {x} a lower hex digit, {A} a capital."""
        out = ""
        for piece in re.split(r"(\{\d+\}|\{[xA]\})", pattern):
            if piece == "{x}":
                out += self.rng.choice(HEX)
            elif piece == "{A}":
                out += self.rng.choice("ABCDEFGHJKLMNPRSTUVWXZ")
            elif piece.startswith("{"):
                out += identifiers.digits(self.rng, int(piece[1:-1]))
            else:
                out += piece
        return out

    def ytunnus(self):
        """A Finnish business id with its check digit (weights 7 9 10 5 8 4 2, mod 11; a remainder of 1 is never
        used)."""
        while True:
            body = identifiers.digits(self.rng, 7)
            rest = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2))) % 11
            if rest != 1:
                return f"{body}-{0 if rest == 0 else 11 - rest}"

    def viite(self):
        """A Finnish creditor reference with its check digit (weights 7 3 1 from the right), in groups of five or
        not."""
        r = self.rng
        body = str(r.randint(1, 9)) + identifiers.digits(r, r.randint(4, 14))
        check = (10 - sum(int(d) * (7, 3, 1)[i % 3] for i, d in enumerate(reversed(body))) % 10) % 10
        ref = body + str(check)
        fives = [ref[max(0, i - 5):i] for i in range(len(ref), 0, -5)][::-1]
        return r.choice([ref, " ".join(fives)])

    def rf_reference(self):
        """An ISO 11649 creditor reference (RF, two check digits, the reference)."""
        r = self.rng
        ref = identifiers.digits(r, r.randint(6, 15))
        check = 98 - int("".join(str(int(c, 36)) for c in ref + "RF00")) % 97
        full = f"RF{check:02d}{ref}"
        return r.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])

    def worded(self, **patterns):
        """The look-alikes of one kind in each language, as its texts write them: {"kind_fi": …, "kind_en": …}; each
        pattern filled by fill ({n} digits, {x} hex, {A} a capital)."""
        return {f"{kind}_{language}": (lambda choices=choices: self.fill(self.rng.choice(choices)))
                for kind, by_language in patterns.items() for language, choices in by_language.items()}

    def email_of(self, p, org_domains, private_domains=PRIVATE_DOMAINS):
        """A person's address, drawn once: at one of org_domains (8 in 10) or of private_domains, its local part made of
        the given name (or its first part) and the surname without marks."""
        if p.mail is None:
            r = self.rng
            g = identifiers.plain_name(p.given.split("-")[0]) if r.random() < 0.3 else identifiers.plain_name(p.given)
            s = identifiers.plain_name(p.surname)
            if r.random() < 0.8:
                local = r.choice([f"{g}.{s}", f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g[0]}.{s}", f"{g}{s[0]}"])
                p.mail = f"{local}@{r.choice(org_domains)}"
            else:
                local = r.choice([f"{g}{s}{r.randint(60, 99)}", f"{g}.{s}{r.randint(1, 9)}", f"{s}_{g}",
                                  f"{g}{r.randint(1970, 2005)}"])
                p.mail = f"{local}@{r.choice(private_domains)}"
        return p.mail

    def login_of(self, p):
        if p.login is None:
            r = self.rng
            g, s = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
            p.login = r.choice([f"{g[0]}{s}"[:12], f"{s[:5]}{g[:2]}", f"{g}.{s}", f"{s[:6]}{g[0]}{r.randint(1, 9)}",
                                f"{g[:3]}{s[:3]}{r.randint(10, 99)}", f"{g[0]}{s[0]}{r.randint(1000, 9999)}"])
        return p.login

    def handle_of(self, p):
        """A social-media handle as people pick them: the name run together, with an underscore, an initial or a
        year."""
        if p.handle is None:
            r = self.rng
            g, s = identifiers.plain_name(p.given.split("-")[0]), identifiers.plain_name(p.surname.split("-")[0])
            p.handle = r.choice([f"{g}_{s[0]}", f"{g}{s}", f"{g}_{s}", f"{s}{g[0]}",
                                 f"{g[:4]}{s[:4]}{r.randint(80, 99)}", f"{g}{s[:3]}_", f"the_{g}_{s[:2]}",
                                 f"{s}_{g}{r.randint(1, 9)}"])
        return p.handle

    def known(self, s, email):
        """What the service desk's system knows of a message's subject s (Message.known): name, address, login."""
        return {"name": f"{s.given} {s.surname}", "email": email, "username": self.login_of(s),
                "agentName": "Service Desk"}


def language_of(i):
    """Half Finnish, three in ten English, two in ten Swedish."""
    return "fi" if i % 10 in (0, 2, 4, 6, 8) else ("en" if i % 10 in (1, 5, 9) else "sv")


class Clock:
    """The time of one case's record: each stamp a few seconds to a few hours after the one before."""

    def __init__(self, rng):
        self.rng, self.now = rng, datetime.datetime(2026, 1, 1)

    def start(self):
        r = self.rng
        self.now = datetime.datetime(r.choice([2026, 2027]), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                     r.randint(0, 59), r.randint(0, 59))

    def tick(self):
        self.now += datetime.timedelta(seconds=self.rng.choice([1, 3, 8, 21, 47, 95, 340, 1800, 7200])
                                       + self.rng.randint(0, 9))
        return self.now

    def timestamp(self, style):
        t = self.tick()
        return {"sql": f"{t.year}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}",
                "hm": f"{t.hour:02d}:{t.minute:02d}"}[style]

    def day_text(self, language):
        t = self.tick()
        months_sv = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                     "november", "december"]
        months_en = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return {"fi": self.rng.choice([f"{t.day}.{t.month}.{t.year}", f"{t.day:02d}.{t.month:02d}.{t.year}"]),
                "en": self.rng.choice([f"{t.day} {months_en[t.month - 1]} {t.year}",
                                       f"{t.year}-{t.month:02d}-{t.day:02d}"]),
                "sv": self.rng.choice([f"den {t.day} {months_sv[t.month - 1]} {t.year}",
                                       f"{t.year}-{t.month:02d}-{t.day:02d}"])
                }[language]


def groups(s, sizes, sep=" "):
    """s cut into groups of the sizes given, the rest as one more, joined by sep."""
    out, i = [], 0
    for size in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + size])
        i += size
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# The world's mobile numbers: each country's calling code, trunk prefix and number patterns (N a digit 2-9, {n} n
# digits), in the order the sets took the countries up (set 35 the first 66, to EE; 36 to HT; 39 to TN; 40 all).
COUNTRIES = {
    "FI": ("358", "0", ["40{7}", "44{7}", "45{7}", "50{7}", "41{7}", "46{7}", "93{6}", "95{6}", "2N{6}", "3N{6}"]),
    "AX": ("358", "0", ["181{4}", "182{4}", "183{4}"]),
    "SE": ("46", "0", ["70{7}", "72{7}", "73{7}", "76{7}", "8{8}"]),
    "NO": ("47", "", ["40{6}", "41{6}", "45{6}", "48{6}", "9{7}"]), "DK": ("45", "", ["2{7}", "5{7}"]),
    "IS": ("354", "", ["69{5}", "77{5}", "84{5}", "86{5}", "89{5}"]), "GL": ("299", "", ["2{5}", "5{5}"]),
    "DE": ("49", "0", ["151{8}", "160{7}", "170{7}", "176{8}"]), "NL": ("31", "0", ["61{7}", "62{7}", "64{7}"]),
    "BE": ("32", "0", ["47{7}", "48{7}", "49{7}"]),
    "FR": ("33", "0", ["61{7}", "62{7}", "75{7}", "76{7}", "77{7}", "78{7}"]), "ES": ("34", "", ["6{8}"]),
    "PT": ("351", "", ["91{7}", "93{7}", "96{7}"]), "IT": ("39", "", ["32{8}", "33{8}", "34{8}", "38{8}"]),
    "MT": ("356", "", ["79{6}", "99{6}"]), "CH": ("41", "0", ["76{7}", "78{7}", "79{7}"]),
    "AT": ("43", "0", ["664{7}", "676{7}", "650{7}"]), "GB": ("44", "0", ["740{7}", "741{7}", "742{7}", "743{7}"]),
    "SK": ("421", "0", ["905{6}", "95{7}"]), "HU": ("36", "06", ["20{7}", "30{7}", "70{7}"]),
    "BG": ("359", "0", ["87{7}", "88{7}", "89{7}"]), "RS": ("381", "0", ["60{7}", "63{7}", "64{7}"]),
    "AL": ("355", "0", ["69{7}", "672{6}", "682{6}"]), "RU": ("7", "8", ["91{8}", "92{8}", "96{8}"]),
    "US": ("1", "1", ["206N{6}", "612N{6}", "808N{6}", "928N{6}"]), "CA": ("1", "1", ["867N{6}", "204N{6}"]),
    "JM": ("1", "1", ["8763{6}", "8768{6}"]), "MX": ("52", "", ["55{8}", "33{8}", "81{8}"]),
    "BR": ("55", "0", ["119{8}", "219{8}"]), "AR": ("54", "", ["9115{7}", "9116{7}"]),
    "CL": ("56", "", ["962{6}", "98{7}", "995{6}"]), "CO": ("57", "", ["300{7}", "310{7}", "315{7}", "320{7}"]),
    "PE": ("51", "", ["9{8}"]), "NG": ("234", "0", ["803{7}", "806{7}", "813{7}", "703{7}", "903{7}"]),
    "ET": ("251", "0", ["91{7}"]), "ER": ("291", "", ["7{6}"]), "SN": ("221", "", ["77{7}", "78{7}"]),
    "CD": ("243", "0", ["81{7}", "99{7}"]), "RW": ("250", "0", ["78{7}", "72{7}"]),
    "MG": ("261", "0", ["32{7}", "34{7}"]), "KE": ("254", "0", ["7{8}"]),
    "ZA": ("27", "0", ["72{7}", "82{7}", "83{7}"]), "EG": ("20", "0", ["10{8}", "11{8}", "12{8}"]),
    "LB": ("961", "0", ["3{6}", "71{6}"]), "AE": ("971", "0", ["50{7}", "55{7}"]),
    "IL": ("972", "0", ["50{7}", "52{7}", "53{7}", "544{6}", "58{7}"]), "AM": ("374", "0", ["91{6}", "77{6}"]),
    "AF": ("93", "0", ["7{8}"]), "PK": ("92", "0", ["30{8}", "31{8}", "34{8}"]),
    "IN": ("91", "0", ["9{9}", "8{9}", "7{9}"]), "LK": ("94", "0", ["70{7}", "71{7}", "77{7}", "78{7}"]),
    "NP": ("977", "", ["980{7}", "984{7}", "986{7}"]), "MM": ("95", "0", ["96{8}", "925{7}", "979{7}"]),
    "KH": ("855", "0", ["12{6}", "17{6}", "92{6}"]), "ID": ("62", "0", ["812{8}", "813{8}"]),
    "MY": ("60", "0", ["12{7}", "16{7}", "19{7}", "173{6}"]), "PH": ("63", "0", ["917{7}", "927{7}"]),
    "CN": ("86", "", ["13{9}", "150{8}", "158{8}"]),
    "HK": ("852", "", ["94{6}", "97{6}", "61{6}", "63{6}", "64{6}", "65{6}"]), "UZ": ("998", "", ["90{7}", "93{7}"]),
    "TM": ("993", "8", ["65{6}", "62{6}"]), "NZ": ("64", "0", ["21{7}", "27{7}"]),
    "WS": ("685", "", ["72{5}", "75{5}"]), "FJ": ("679", "", ["7{6}", "9{6}"]),
    "AU": ("61", "0", ["40{7}", "41{7}", "42{7}", "43{7}"]), "EE": ("372", "", ["5{7}"]),
    "SO": ("252", "0", ["61{7}", "90{7}"]), "IQ": ("964", "0", ["77{8}", "78{8}"]),
    "IR": ("98", "0", ["91{8}", "93{8}"]), "BD": ("880", "0", ["17{8}", "18{8}"]),
    "VN": ("84", "0", ["90{7}", "91{7}", "98{7}", "3N{7}"]), "TH": ("66", "0", ["8{8}", "9{8}"]),
    "KR": ("82", "0", ["108{7}", "109{7}"]), "JP": ("81", "0", ["90N{7}", "80N{7}"]),
    "MN": ("976", "", ["88{6}", "99{6}"]), "KZ": ("7", "8", ["701{7}", "702{7}", "747{7}", "777{7}"]),
    "GE": ("995", "", ["555{6}", "577{6}", "599{6}", "568{6}"]), "AZ": ("994", "0", ["50{7}", "55{7}"]),
    "TR": ("90", "0", ["53{8}"]), "GR": ("30", "", ["69{8}"]), "RO": ("40", "0", ["72{7}", "74{7}", "75{7}"]),
    "PL": ("48", "", ["50{7}", "60{7}", "79{7}"]), "CZ": ("420", "", ["603{6}", "608{6}", "73{7}", "77{7}"]),
    "HR": ("385", "0", ["91{7}", "98{7}"]), "SI": ("386", "0", ["41{6}", "51{6}"]), "LT": ("370", "8", ["6{7}"]),
    "LV": ("371", "", ["26{6}", "29{6}", "20{6}"]), "UA": ("380", "0", ["50{7}", "67{7}"]),
    "IE": ("353", "0", ["85{7}", "87{7}"]), "GH": ("233", "0", ["24{7}", "20{7}"]),
    "TO": ("676", "", ["77{5}", "87{5}"]), "BO": ("591", "", ["7{7}"]), "VE": ("58", "0", ["412{7}", "414{7}"]),
    "CU": ("53", "", ["5{7}"]), "HT": ("509", "", ["3{7}"]),
    "ZW": ("263", "0", ["71{7}", "77{7}", "78{7}"]), "UG": ("256", "0", ["70{7}", "75{7}", "77{7}", "78{7}"]),
    "TZ": ("255", "0", ["71{7}", "75{7}", "76{7}"]), "MA": ("212", "0", ["61{7}", "66{7}", "67{7}"]),
    "TN": ("216", "", ["2{7}", "5{7}", "9{7}"]),
    "KG": ("996", "0", ["70{7}", "55{7}", "77{7}"]), "TJ": ("992", "", ["93{7}", "90{7}", "98{7}"]),
    "SY": ("963", "0", ["93{7}", "94{7}", "99{7}"]), "CM": ("237", "", ["67{7}", "69{7}", "65{7}"]),
    "BA": ("387", "0", ["61{6}", "62{6}", "65{6}"]), "MK": ("389", "0", ["70{6}", "71{6}", "78{6}"]),
    "BY": ("375", "8", ["291{6}", "296{6}", "33{7}", "44{7}"]), "FO": ("298", "", ["21{4}", "51{4}", "77{4}"]),
    "EC": ("593", "0", ["99{7}", "98{7}"]), "UY": ("598", "0", ["99{6}", "98{6}", "94{6}"]),
    "JO": ("962", "0", ["79{7}", "779{6}"]), "TT": ("1", "1", ["86847{5}", "86877{5}", "86829{5}"]),
    "LU": ("352", "", ["621{6}", "691{6}"]),
}
# How the digits after the head of a national number are grouped, by how many there are.
TAIL_SIZES = {1: [1], 2: [2], 3: [3], 4: [4], 5: [3, 2], 6: [3, 3], 7: [3, 4], 8: [4, 4], 9: [3, 3, 3], 10: [3, 3, 4]}


def countries_until(last, **earlier_plans):
    """COUNTRIES as an earlier set drew them: the table up to and including last, with the patterns it drew before
    they were narrowed (earlier_plans: country -> its patterns then)."""
    out = {}
    for country, (cc, trunk, patterns) in COUNTRIES.items():
        out[country] = (cc, trunk, earlier_plans.get(country, patterns))
        if country == last:
            return out
    raise KeyError(last)


class Phones:
    """A set's phone numbers: drawn per country (countries: code -> (calling code, trunk prefix, national number
    patterns)), written as requests, logs and signatures write them, and each written form remembered with its
    country and digits (spans) for the checks."""

    def __init__(self, draws, countries):
        self.draws, self.rng, self.countries, self.spans = draws, draws.rng, countries, {}
        # The North American plan's countries (calling code 1) write their numbers (206) 555-0100.
        self.nanp = {country for country, (cc, _, _) in countries.items() if cc == "1"}

    def nsn(self, country):
        """A national significant number of country: N a digit 2-9, {n} n digits."""
        return self.draws.fill(self.rng.choice(self.countries[country][2]).replace("N", str(self.rng.randint(2, 9))))

    def number_of(self, person):
        if person.number is None:
            country = person.country if self.rng.random() < 0.75 else self.rng.choice(
                ["FI", "FI", "SE"] + sorted(self.countries))
            person.number = (country, self.nsn(country))
        return person.number

    def phone_text(self, person, style=None):
        country, digits = self.number_of(person)
        return self.typed_number(country, digits, style)

    def typed_number(self, country, digits, style=None):
        """A number as a directory, an export or a signature writes it: +cc with groups, E.164, national with the
        trunk, 00cc, +cc (0)…, dashes."""
        cc, trunk, _ = self.countries[country]
        if country in self.nanp:
            a, b, c = digits[:3], digits[3:6], digits[6:]
            text = {"e164": f"+1{digits}", "msisdn": f"1{digits}"}.get(style) or self.rng.choice(
                [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"+1 ({a}) {b}-{c}", f"+1-{a}-{b}-{c}",
                 f"{a}.{b}.{c}", f"+1{digits}"])
        else:
            head = 2 if len(digits) >= 9 else 1
            if country in ("NO", "DK", "EE", "IS", "GL", "FJ", "WS", "ER", "MT", "HK"):
                head = 0
            if country == "FI" and digits[0] in "239":
                head = 1
            if country == "AX" and digits.startswith("18") or country == "AM":
                head = 2
            if country in ("AT", "ID", "PH", "DE", "CN", "IT", "PK", "RU") and len(digits) >= 10:
                head = 3
            rest = digits[head:]
            sized = ([digits[:head]] if head else []) + groups(rest, TAIL_SIZES.get(len(rest), [4, 4, 4])).split()
            if country == "IN":
                sized = [digits[:5], digits[5:]]
            elif country == "AR":
                area = 2 if digits[1:3] == "11" else 3
                sized = [digits[0], digits[1:1 + area], digits[1 + area:-4], digits[-4:]]
            choices = ["intl", "intl", "e164", "00", "intl_dash"]
            if trunk and head:
                choices += ["nat", "nat", "nat_run"]
            if trunk == "0" and head:
                choices += ["intl_trunk"]
            style = style if style in choices or style == "msisdn" else self.rng.choice(choices)
            text = {"intl": f"+{cc} " + " ".join(sized), "e164": f"+{cc}{digits}", "msisdn": f"{cc}{digits}",
                    "nat": " ".join([trunk + sized[0]] + sized[1:]) if head else "", "nat_run": trunk + digits,
                    "00": f"00{cc} " + " ".join(sized), "intl_dash": f"+{cc}-" + "-".join(sized),
                    "intl_trunk": f"+{cc} ({trunk}){' '.join(sized)}"}[style]
        self.spans[text] = (country, digits)
        return text

    def check(self, text):
        """A PHONE span's digits are its country's number with the calling code, the trunk prefix, 00 or a (0)."""
        country, digits = self.spans[text]
        cc, trunk, _ = self.countries[country]
        got = "".join(c for c in text if c.isdigit())
        assert got in {cc + digits, trunk + digits, digits, "00" + cc + digits, cc + trunk + digits}, (text, country)


# A template's tokens: {…} a value the writer draws or a person's name, […] a look-alike written as it stands.
TOKEN = re.compile(r"\{[^{}]+\}|\[[^\[\]]+\]")


def plain(text):
    """A template's text with ⟦ and ⟧ written as square brackets, ⦃ and ⦄ as the braces of JSON."""
    return text.replace("⟦", "[").replace("⟧", "]").replace("⦃", "{").replace("⦄", "}")


class Writer:
    """One message written piece by piece: its text, the spans it labels (each PHONE checked against the number it was
    drawn as) and the look-alikes it keeps, each noted with the shape and kind it came from. A set's writer sets phones
    and draws to its own, irregular to the irregular Finnish forms of its names and born to its identity codes' years
    where they differ, adds the kinds of value its messages hold (values, owned), and draws its look-alikes (L) and
    its shared mailboxes (shared_box)."""
    phones = None
    draws = None
    irregular = {}
    # The century signs and years of birth of the set's identity codes ("-": the 1900s, "A": the 2000s).
    born = (("-", 75, 99), ("A", 0, 9))
    # The home country of each language's numbers, and how many times more often than any other it is drawn.
    home = {"fi": "FI", "en": "GB", "sv": "SE"}
    home_weight = 4

    def __init__(self, m, language, shape):
        self.m, self.language, self.shape, self.sticky = m, language, shape, {}
        m.sources, m.countries, m.meant = [], [], []

    def say(self, s):
        self.m.say(s)
        return self

    def _span(self, value, kind, role):
        if kind is None:
            self.m.keep.append({"start": len(self.m.text), "end": len(self.m.text) + len(value)})
            self.m.meant.append(("keep", value))
        else:
            self.m.entities.append({"type": kind, "start": len(self.m.text), "end": len(self.m.text) + len(value),
                                    "role": role})
            self.m.meant.append((kind, value))
        self.m.text += value
        return self

    def ent(self, value, kind, role):
        self._span(value, kind, role)
        if kind == "PHONE":
            self.phones.check(value)
            self.m.countries.append(self.phones.spans[value][0])
        return self

    def look(self, value, kind):
        self.m.sources.append(f"{self.shape}:{kind}")
        return self._span(value, None, None)

    def name(self, value, role):
        return self.ent(value, "NAME", role)

    def code(self, written, role):
        """A code after its cue ("ovikoodi 4821#", "key safe 0917"): the cue is said, the code is a CREDENTIAL."""
        cue, _, code = written.rpartition(" ")
        return self.say(cue + " ").ent(code, "CREDENTIAL", role)

    def user(self, p):
        return self.ent(self.draws.login_of(p), "USERNAME", p.role)

    def handle(self, p):
        return self.ent(self.draws.handle_of(p), "USERNAME", p.role)

    def phone(self, p, style=None):
        return self.ent(self.phones.phone_text(p, style), "PHONE", p.role)

    def iban(self, p):
        if p.account is None:
            rng = self.draws.rng
            p.account = identifiers.written_foreign_iban(rng, "SE", "{20}") if self.language == "sv" and \
                p.country == "SE" else identifiers.written_iban(rng)
        return self.ent(p.account, "IBAN", p.role)

    def hetu(self, p):
        if p.code is None:
            r = self.draws.rng
            p.code = identifiers.hetu(r, lambda: r.choice([(sign, r.randint(low, high))
                                                            for sign, low, high in self.born]))
        return self.ent(p.code, "NATIONAL_ID", p.role)

    def card(self, p):
        if p.card is None:
            p.card = identifiers.written_card(self.draws.rng)
        return self.ent(p.card, "PAYMENT_CARD", p.role)

    def person(self, p, spec="gs"):
        bits = spec.split(".")
        part, case = bits[0], bits[1] if len(bits) > 1 else "nom"
        if part == "g":
            self.name(self.form(p.given, case), p.role)
        elif part == "s":
            self.name(self.form(p.surname, case), p.role)
        elif part == "gs":
            self.name(p.given, p.role).say(" ").name(self.form(p.surname, case), p.role)
        elif part == "sg":
            self.name(p.surname, p.role).say(" ").name(p.given, p.role)
        elif part == "sgc":
            self.name(p.surname, p.role).say(", ").name(p.given, p.role)
        elif part == "SG":
            self.name(p.surname.upper(), p.role).say(" ").name(p.given, p.role)
        elif part == "GS":
            self.name(p.given.upper(), p.role).say(" ").name(p.surname.upper(), p.role)
        elif part == "i":
            self.name(p.initials(), p.role)
        else:
            raise KeyError(spec)
        return self

    def line(self, template, ppl):
        """A template written out: its text said, each [look-alike] kept, each {token} written by the set's token (ppl:
        the message's people by their letters)."""
        pos = 0
        for hit in TOKEN.finditer(template):
            if hit.start() > pos:
                self.say(plain(template[pos:hit.start()]))
            tok = hit.group()
            if tok.startswith("["):
                self.look(tok[1:-1], "lit:" + tok[1:-1])
            else:
                self.token(tok[1:-1], ppl)
            pos = hit.end()
        return self.say(plain(template[pos:]))

    def write_case(self, template, ppl, copies, records, quotes=None):
        """A case's message: the shape's template, perhaps (35 in 100) a quoted earlier message, perhaps (6 in 10) a
        line that copies others in, and the case's record; each of those drawn from the set's templates by the
        message's language (quotes None: a set that quotes none)."""
        r = self.draws.rng
        self.line(template, ppl)
        if quotes and r.random() < 0.35:
            self.line(r.choice(quotes[self.language]), ppl)
        if r.random() < 0.6:
            self.line(r.choice(copies[self.language]), ppl)
        return self.line(r.choice(records[self.language]), ppl)

    def token(self, tok, ppl):
        """A template's {token}: {L:kind} a drawn look-alike (the set's L), {num} or {num.style} a number whose owner
        is not named, {shared} a shared mailbox (the set's shared_box), {what:a} or {what:a.style} a value of a's
        (value), {a.spec} a's name (person)."""
        if tok.startswith("L:"):
            return self.L(tok[2:])
        if tok.startswith("num"):
            return self.number(tok[4:] or None)
        if tok == "shared":
            return self.ent(self.shared_box(), "EMAIL", THIRD)
        if ":" in tok:
            what, _, who = tok.partition(":")
            who, _, style = who.partition(".")
            return self.value(what, ppl[who], style or None)
        who, _, spec = tok.partition(".")
        return self.person(ppl[who], spec or "g")

    def number(self, style=None):
        """A number whose owner is not named (a B-number in a call record, the recipient in an SMS log), of the
        message's home country or any other."""
        r, phones = self.draws.rng, self.phones
        country = r.choice([self.home[self.language]] * self.home_weight + sorted(phones.countries))
        return self.ent(phones.typed_number(country, phones.nsn(country), style), "PHONE", THIRD)

    def value(self, what, p, style):
        """A value of p's that a template names: {phone:a} (in a style: {phone:a.msisdn}), one of owned or of
        values."""
        if what == "phone":
            return self.phone(p, style)
        if what in self.owned():
            kind, drawn = self.owned()[what]
            return self.ent(drawn(), kind, p.role)
        return self.values()[what](p)

    def owned(self):
        """The secrets and devices of a person that a set draws afresh each time, by token: (type, their drawing)."""
        return {}

    def values(self):
        """The kinds of p's value a template names by token ({mail:a}), with the writer's way to write each; a set
        adds its own."""
        return {"mail": self.mail, "user": self.user, "hetu": self.hetu, "iban": self.iban, "card": self.card}

    def form(self, nom, case):
        if case == "nom":
            return nom
        if self.language == "fi":
            return endings(nom, self.irregular)[case]
        if self.language == "sv" and case == "gen":
            return name_forms.genitive_sv(nom)
        return nom


def written(draw, language, shape, redrawn):
    """A message of shape, drawn again until it is clean (message.first_clean; redrawn counts the reasons), its spans
    checked against what was written."""
    m = first_clean(draw(language, shape), lambda reason: redrawn.update([reason]))
    meant = sorted([(e["start"], e["type"]) for e in m.entities] + [(k["start"], "keep") for k in m.keep])
    assert [(kind, m.text[start:start + len(value)]) for (start, kind), (_, value) in zip(meant, m.meant)] == \
        [(kind, value) for kind, value in m.meant], "a span's text is not what was written"
    return m


def messages(shapes, draw, redrawn, count=650):
    """The set's messages in the order they are printed: the i-th in language_of(i), each language's shapes (name,
    language, …) taken in turn, each written clean (written). Yields each shape with its message."""
    by_language = {lang: [s for s in shapes if s[1] == lang] for lang in ("fi", "en", "sv")}
    turn = collections.Counter()
    for i in range(count):
        language = language_of(i)
        pool = by_language[language]
        shape = pool[turn[language] % len(pool)]
        turn[language] += 1
        yield shape, written(draw, language, shape, redrawn)


class Tally:
    """What a set's printed messages hold, for its minimums and --stats: the counts of message.emit, the shapes, the
    labels by type and role (roles), the look-alikes by template and kind (sources) and their distinct values, the
    phones' countries, and each PHONE span's country and digits (phones, for check_phones)."""

    def __init__(self, phones):
        self.drawn = phones
        self.counts, self.shapes, self.roles, self.sources, self.countries, self.values = (
            collections.Counter() for _ in range(6))
        self.phones = {}

    def add(self, shape_name, m):
        """m printed (message.emit) and counted."""
        emit(m, self.counts)
        self.shapes[shape_name] += 1
        self.roles.update(f"{e['type']}:{e['role']}" for e in m.entities)
        self.sources.update(m.sources)
        self.countries.update(c for c in m.countries if c)
        self.values.update(m.text[k["start"]:k["end"]] for k in m.keep)
        for e in m.entities:
            if e["type"] == "PHONE":
                text = m.text[e["start"]:e["end"]]
                self.phones[text] = self.drawn.spans[text]

    def measured(self, what):
        """A minimum's measure: a count of message.emit, or how many countries, templates and kinds, or shapes."""
        sizes = {"countries": self.countries, "templates and kinds": self.sources, "shapes": self.shapes}
        return len(sizes[what]) if what in sizes else self.counts[what]

    def short_of(self, minimums):
        """Each of minimums (a measure and its least value) that the messages fall short of, with its measure."""
        return {what: self.measured(what) for what, least in minimums.items() if self.measured(what) < least}

    def kept(self, is_kind):
        """How many look-alikes are of a template and kind (the source key "template:kind") that is_kind accepts."""
        return sum(n for key, n in self.sources.items() if is_kind(key))

    def dates(self, ends=(":stamp", ":hour")):
        """How many look-alikes are dates and times: of a date kind, or of a kind that ends as ends."""
        return sum(n for key, n in self.sources.items() if ":date" in key or key.endswith(ends))

    def print_stats(self, dates, literal_variants=False):
        """--stats' lines on the shapes, the countries and the look-alikes (dates of them dates and times; with
        literal_variants, how many templates there are when a template's [literals] count as one)."""
        print(f"{len(self.shapes)} shapes", dict(self.shapes), file=sys.stderr)
        print(f"{len(self.countries)} countries", dict(self.countries), file=sys.stderr)
        looks = f"look-alikes: {sum(self.sources.values())} ({dates} dates and times), {len(self.sources)} templates " \
                "and kinds"
        if literal_variants:
            templates = {key.split(":lit:")[0] + ":lit" if ":lit:" in key else key for key in self.sources}
            looks += f" ({len(templates)} without literal variants)"
        print(f"{looks}, {len(self.values)} distinct values", file=sys.stderr)


def printed(shapes, draw, redrawn, phones, countries, tally=None):
    """The set's messages (messages) printed and counted in tally (a Tally by default), which it returns; with --phones
    each message's phone spans listed on stderr (country, calling code, digits, text)."""
    tally = tally or Tally(phones)
    for shape, m in messages(shapes, draw, redrawn):
        tally.add(shape[0], m)
        if "--phones" in sys.argv:
            for text, (country, digits) in phones.spans.items():
                print(country, countries[country][0], digits, text, sep="\t", file=sys.stderr)
    return tally


def print_redrawn(redrawn):
    """--stats' last line: how many messages were drawn again, and the most common reasons."""
    print("redrawn:", sum(redrawn.values()), dict(redrawn.most_common(12)), file=sys.stderr)


def check_phones(phones, countries):
    """--check: every PHONE span, parsed by python3-phonenumbers, is a valid number of its country (the library is
    needed only for this check, not to write a set). phones maps each span's text to its country and digits, countries
    each country to its calling code first."""
    import phonenumbers
    bad = []
    for text, (country, digits) in sorted(phones.items()):
        number = phonenumbers.parse("+" + countries[country][0] + digits)
        region = phonenumbers.region_code_for_number(number)
        if not phonenumbers.is_valid_number(number) or (region != country and not (
                country == "AX" and region in ("AX", "FI"))):
            bad.append((text, country, region))
    print(f"phonenumbers {phonenumbers.__version__}: {len(phones)} numbers, {len(bad)} not valid of their "
          f"country", bad[:20], file=sys.stderr)
    assert not bad


# The minimums sets 38 to 42 were written to: names, phones of many countries, look-alikes of many templates, shapes.
CASE_MINIMUMS = {"NAME": 6000, "PHONE": 1000, "countries": 30, "look-alikes": 3000, "templates and kinds": 300,
                 "shapes": 40}


def kind(key):
    """The kind of a look-alike's source key "template:kind"."""
    return key.split(":")[1]


def case_draw(set_name, people, draws, phones, clock, writer, email_of, copies, records, quotes=None, company=8,
              namesake=None, current=None, service=None):
    """The draw of messages for a set of cases: each message a fresh clock and phone spans, a subject of its language
    with company (how many colleagues) and kin, written from its shape's template by the set's writer with copies,
    records and quotes, and knowing the subject's logins. Where current is given (the set's state of the message being
    written), current["language"] is the message's language and current["service"] service(shape name) where service
    is given; where namesake is, a namesake third party (namesake(language, the others), also current["x"])."""
    def draw(language, shape):
        name, _, template = shape

        def one():
            phones.spans.clear()
            clock.start()
            if current is not None:
                current["language"] = language
                if service:
                    current["service"] = service(name)
            s = people.draw(language)
            s.role = SUBJECT
            ppl = people.company(s, language, company)
            ppl["k"] = people.kin(s, language)
            if namesake:
                ppl["x"] = current["x"] = namesake(language, list(ppl.values()))
            m = Message(language, set_name)
            writer(m, language, name).write_case(template, ppl, copies, records, quotes=quotes)
            m.known = draws.known(s, email_of(s))
            return m
        return one
    return draw


def main(shapes, draw, redrawn, phones, countries, minimums, kept, subject_names=True, date_ends=(":stamp", ":hour"),
         tally=None, check=None):
    """A set's run: its messages printed and counted (printed; tally, a Tally by default), held to its minimums
    (each a Tally.measured and its least value); --check its phones (check_phones) and then check(tally) where given;
    --stats the counts with the subject's NAME labels (subject_names) or every label by type and role, the shapes,
    countries and look-alikes (dates of them those of a date kind or ending as date_ends), each of kept (a label and
    the templates and kinds it counts, Tally.kept), and what was redrawn."""
    tally = printed(shapes, draw, redrawn, phones, countries, tally)
    short = tally.short_of(minimums)
    assert not short, short
    if "--check" in sys.argv:
        check_phones(tally.phones, countries)
        if check:
            check(tally)
    if "--stats" in sys.argv:
        if subject_names:
            print(json.dumps(dict(tally.counts)), "subject NAME", tally.roles["NAME:" + SUBJECT], file=sys.stderr)
        else:
            print(json.dumps(dict(tally.counts)), file=sys.stderr)
            print(json.dumps(dict(sorted(tally.roles.items()))), file=sys.stderr)
        tally.print_stats(tally.dates(date_ends))
        print("; ".join(f"{label}: {tally.kept(is_kind)}" for label, is_kind in kept), file=sys.stderr)
        print_redrawn(redrawn)


# ---------------------------------------------------------------------------------------------------------------------
# Shared from set 45 on: the look-alikes every language of a set draws from its tables, and the share of a set's NAME
# forms new to the other sets.

def language_looks(looks, rng, fill, tables, service_lines=()):
    """Adds to looks a "{kind}_{language}" look-alike for each kind of tables (kind -> language -> choices, one drawn
    as it stands, "{n}" in it a number 1-88) and of service_lines (kind -> language -> patterns, one filled by fill)."""
    for kind, by_language in tables.items():
        for language, choices in by_language.items():
            looks[f"{kind}_{language}"] = lambda choices=choices: rng.choice(choices).replace(
                "{n}", str(rng.randint(1, 88)))
    for kind, by_language in dict(service_lines).items():
        for language, patterns in by_language.items():
            looks[f"{kind}_{language}"] = lambda patterns=patterns: fill(rng.choice(patterns))
    return looks


def existing_forms(own):
    """The NAME forms of every labelled set in this directory but own (a .jsonl's file name), as new-name-forms.py
    reads them (hand-written.jsonl counts its offsets in UTF-16 units)."""
    import glob
    import os
    forms = set()
    for path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.jsonl"))):
        if os.path.basename(path) == own:
            continue
        utf16 = os.path.basename(path) == "hand-written.jsonl"
        for line in open(path, encoding="utf-8"):
            record = json.loads(line)
            text = record["text"].encode("utf-16-le") if utf16 else record["text"]
            for e in record["entities"]:
                if e["type"] == "NAME":
                    forms.add(text[2 * e["start"]:2 * e["end"]].decode("utf-16-le") if utf16
                              else text[e["start"]:e["end"]])
    return forms


class NameForms(Tally):
    """The Tally with the set's NAME forms (each distinct text once), measured as "name forms"."""

    def __init__(self, phones):
        super().__init__(phones)
        self.forms = set()

    def add(self, shape_name, m):
        super().add(shape_name, m)
        self.forms.update(m.text[e["start"]:e["end"]] for e in m.entities if e["type"] == "NAME")

    def measured(self, what):
        return len(self.forms) if what == "name forms" else super().measured(what)


def new_forms_check(own):
    """A --check (for main's check) that more than half the set's NAME forms (a NameForms tally) are new to the sets
    but own."""
    def check(tally):
        new = tally.forms - existing_forms(own)
        print(f"{len(tally.forms)} name forms, {len(new)} new to the other sets "
              f"({100 * len(new) / len(tally.forms):.1f} %)", file=sys.stderr)
        assert len(new) * 2 > len(tally.forms), len(new)
    return check


def seeded(seed):
    """A set's Random of seed with the Draws and the Clock that draw from it."""
    import random
    rng = random.Random(seed)
    return rng, Draws(rng), Clock(rng)


class TableWriter(Writer):
    """A Writer whose look-alikes come from the set's table looks ({L:kind}: kind, else kind_language), those of
    sticky_kinds the same throughout one message; whose addresses come from addresses(p), its shared mailboxes from
    boxes(language) and its secrets and devices from secrets (Writer.owned). A set sets them as staticmethods."""
    looks, sticky_kinds, secrets = {}, frozenset(), {}
    addresses = boxes = None

    def L(self, kind):
        if kind not in self.looks:
            kind = f"{kind}_{self.language}"
        if kind in self.sticky_kinds:
            return self.look(self.sticky.setdefault(kind, self.looks[kind]()), kind)
        return self.look(self.looks[kind](), kind)

    def mail(self, p):
        return self.ent(self.addresses(p), "EMAIL", p.role)

    def shared_box(self):
        return self.draws.rng.choice(self.boxes(self.language))

    def owned(self):
        return self.secrets


def dated_looks(clock, money):
    """The look-alikes of times, dates and amounts as sets write them: hour, stamp (SQL), iso (UTC), and date_ and
    amount_ by language (clock a Clock, money(language) an amount)."""
    looks = {"hour": lambda: clock.timestamp("hm"), "stamp": lambda: clock.timestamp("sql"),
             "iso": lambda: clock.tick().isoformat() + "Z"}
    for language in ("fi", "en", "sv"):
        looks[f"date_{language}"] = lambda language=language: clock.day_text(language)
        looks[f"amount_{language}"] = lambda language=language: money(language)
    return looks
