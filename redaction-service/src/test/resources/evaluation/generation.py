"""What the held-out generators of sets 35 to 42 share (33 and 34 its number grouping): the people a message names
(drawn by its language, with their Finnish case forms), the writer that puts a message together span by span, the loop
that draws and checks each message in turn, the clock of a case's record, the written forms of a phone number, and the
values every set draws the same way (digit patterns, a business id, a login). Everything random is drawn from the
generator's own seeded Random, passed in, in the order the generator asks, so each set stays deterministic and its
.jsonl byte for byte the same."""
import collections
import datetime
import re
import sys

import identifiers
import name_forms
from message import first_clean

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

    def login_of(self, p):
        if p.login is None:
            r = self.rng
            g, s = identifiers.plain_name(p.given), identifiers.plain_name(p.surname)
            p.login = r.choice([f"{g[0]}{s}"[:12], f"{s[:5]}{g[:2]}", f"{g}.{s}", f"{s[:6]}{g[0]}{r.randint(1, 9)}",
                                f"{g[:3]}{s[:3]}{r.randint(10, 99)}", f"{g[0]}{s[0]}{r.randint(1000, 9999)}"])
        return p.login


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


class Phones:
    """A set's phone numbers: drawn per country (countries: code -> (calling code, trunk prefix, national number
    patterns)), written as requests, logs and signatures write them, and each written form remembered with its
    country and digits (spans) for the checks."""

    def __init__(self, draws, countries, nanp, tail_sizes):
        self.draws, self.rng, self.countries, self.nanp = draws, draws.rng, countries, nanp
        self.tail_sizes, self.spans = tail_sizes, {}

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
            sized = ([digits[:head]] if head else []) + groups(rest, self.tail_sizes.get(len(rest), [4, 4, 4])).split()
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


class Writer:
    """One message written piece by piece: its text, the spans it labels (each PHONE checked against the number it was
    drawn as) and the look-alikes it keeps, each noted with the shape and kind it came from. A set's writer sets phones
    and draws to its own and the irregular Finnish forms of its names, and adds the kinds of value its messages hold."""
    phones = None
    draws = None
    irregular = {}

    def __init__(self, m, language, shape):
        self.m, self.language, self.shape, self.sticky = m, language, shape, {}

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

    def phone(self, p, style=None):
        return self.ent(self.phones.phone_text(p, style), "PHONE", p.role)

    def iban(self, p):
        if p.account is None:
            rng = self.draws.rng
            p.account = identifiers.written_foreign_iban(rng, "SE", "{20}") if self.language == "sv" and \
                p.country == "SE" else identifiers.written_iban(rng)
        return self.ent(p.account, "IBAN", p.role)

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
        elif part == "i":
            self.name(p.initials(), p.role)
        else:
            raise KeyError(spec)
        return self

    def form(self, nom, case):
        if case == "nom":
            return nom
        if self.language == "fi":
            return endings(nom, self.irregular)[case]
        if self.language == "sv" and case == "gen":
            return name_forms.genitive_sv(nom)
        return nom


def messages(shapes, draw, redrawn, count=650):
    """The set's messages in the order they are printed: the i-th in language_of(i), each language's shapes (name,
    language, …) taken in turn, each message drawn again until it is clean (message.first_clean; redrawn counts the
    reasons) and its spans checked against what was written. Yields each shape with its message."""
    by_language = {lang: [s for s in shapes if s[1] == lang] for lang in ("fi", "en", "sv")}
    turn = collections.Counter()
    for i in range(count):
        language = language_of(i)
        pool = by_language[language]
        shape = pool[turn[language] % len(pool)]
        turn[language] += 1
        m = first_clean(draw(language, shape), lambda reason: redrawn.update([reason]))
        meant = sorted([(e["start"], e["type"]) for e in m.entities] + [(k["start"], "keep") for k in m.keep])
        assert [(kind, m.text[start:start + len(value)]) for (start, kind), (_, value) in zip(meant, m.meant)] == \
            [(kind, value) for kind, value in m.meant], "a span's text is not what was written"
        yield shape, m


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
