"""The labelled message the held-out generators build (held-out.py, held-out-4.py to held-out-6.py):
text said piece by piece, with the spans that must be redacted (entities, each with its role,
subject or third party) and the look-alikes that must survive (keep). Same format as
evaluation-set.jsonl."""
import json
import re

import identifiers


class Message:
    def __init__(self, language, style, known=None):
        self.language, self.style, self.known, self.text, self.entities, self.keep = language, style, known, "", [], []

    def say(self, s):
        self.text += s
        return self

    def entity(self, value, kind, role="third"):
        self.entities.append({"type": kind, "start": len(self.text), "end": len(self.text) + len(value), "role": role})
        self.text += value
        return self

    def name(self, *parts, role="third"):
        """Names in a row, one space apart, each its own span (first name, surname)."""
        for k, part in enumerate(parts):
            if k:
                self.say(" ")
            self.entity(part, "NAME", role)
        return self

    def look(self, value):
        self.keep.append({"start": len(self.text), "end": len(self.text) + len(value)})
        self.text += value
        return self

    def check(self):
        """Every span holds text at its offsets without surrounding spaces, no two spans overlap, no look-alike
        overlaps a span, and no character lies outside the Basic Multilingual Plane (the offsets count code points,
        Java counts UTF-16 units)."""
        spans = sorted((x["start"], x["end"], "entity") for x in self.entities) + \
            sorted((k["start"], k["end"], "keep") for k in self.keep)
        for start, end, what in spans:
            value = self.text[start:end]
            assert 0 <= start < end <= len(self.text) and value == value.strip(), (what, value, self.text)
        ordered = sorted(spans)
        for (s1, e1, w1), (s2, e2, w2) in zip(ordered, ordered[1:]):
            assert e1 <= s2, ("overlap", w1, self.text[s1:e1], w2, self.text[s2:e2], self.text)
        assert all(ord(c) < 0x10000 for c in self.text), ("astral character", self.text)

    def stray_copy(self):
        """A labelled value that stands somewhere else in the message unlabelled, in any letter case, or inside a
        look-alike, or None: the generators draw a message with one again, since its label would be wrong."""
        covered = [(x["start"], x["end"]) for x in self.entities]
        for value in {self.text[a:b] for a, b in covered}:
            pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
            for hit in re.finditer(pattern, self.text, re.IGNORECASE):
                if not any(a <= hit.start() and hit.end() <= b for a, b in covered):
                    return value
            for k in self.keep:
                if re.search(pattern, self.text[k["start"]:k["end"]], re.IGNORECASE):
                    return value
        return None

    def json(self):
        return json.dumps({"language": self.language, "style": self.style, "known": self.known, "text": self.text,
                           "entities": self.entities, "keep": self.keep}, ensure_ascii=False)


def print_set(style, count, subject_fi, subject_en, email, finnish, english):
    """Prints count messages of a set as JSON lines, Finnish and English in turn, each about a subject
    (subject_fi/subject_en give a first name and a surname) whose name, e-mail and username the
    register knows: finnish/english(message, first, last, email) write the text."""
    for i in range(count):
        language = "fi" if i % 2 == 0 else "en"
        m = Message(language, style)
        f, l = subject_fi() if language == "fi" else subject_en()
        e = email(f, l)
        (finnish if language == "fi" else english)(m, f, l, e)
        m.known = {"name": f"{f} {l}", "email": e, "username": e.split("@")[0], "agentName": "Service Desk"}
        print(m.json())


def verify(m):
    """Every labelled name string labelled wherever it stands alone in the message, no look-alike holding a labelled
    name, and identity codes, IBANs and cards valid by their checksums."""
    inside = [(x["start"], x["end"]) for x in m.entities]
    names = {m.text[x["start"]:x["end"]] for x in m.entities if x["type"] == "NAME"}
    for name in names:
        for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", m.text):
            assert any(s <= hit.start() and hit.end() <= t for s, t in inside), ("unlabelled", name, m.text)
        for k in m.keep:
            assert not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", m.text[k["start"]:k["end"]], re.IGNORECASE), \
                ("look-alike holds a name", name, m.text)
    for x in m.entities:
        value = m.text[x["start"]:x["end"]]
        if x["type"] == "NATIONAL_ID":
            assert identifiers.HETU_CHARS[int(value[:6] + value[7:10]) % 31] == value[10], value
        elif x["type"] == "IBAN":
            plain = value.replace(" ", "")
            assert int("".join(str(int(c, 36)) for c in plain[4:] + plain[:4])) % 97 == 1, value
        elif x["type"] == "PAYMENT_CARD":
            number = [int(c) for c in value.replace(" ", "")]
            assert sum(v if i % 2 == 0 else (v * 2 - 9 if v > 4 else v * 2)
                       for i, v in enumerate(reversed(number))) % 10 == 0, value


def emit(m, counts):
    """Checks m (Message.check and verify), adds its languages, entity types and look-alikes to counts, prints it."""
    m.check()
    verify(m)
    counts[m.language] += 1
    counts.update(x["type"] for x in m.entities)
    counts["look-alikes"] += len(m.keep)
    print(m.json())


def mixed_language(i):
    """The language of a set's i-th message in the mix of held-out-25.py on: 55 % Finnish, 35 % English, 10 % Swedish."""
    return "sv" if i % 10 == 9 else ("en" if i % 20 in (1, 3, 5, 7, 11, 13, 15) else "fi")


def first_clean(draw, redrawn):
    """The first message draw() writes that passes Message.check and verify and holds no stray copy of a labelled
    value (Message.stray_copy); redrawn(reason) hears of each message drawn again."""
    while True:
        m = draw()
        try:
            m.check()
            verify(m)
            stray = m.stray_copy()
        except AssertionError as failure:
            stray = str(failure)[:40]
        if stray is None:
            return m
        redrawn(stray)
