#!/usr/bin/env python3
"""Generates the labelled evaluation set (evaluation-set.jsonl): synthetic service-desk messages,
Finnish and English, chat and transcript style, with the exact spans that must be redacted and
look-alikes that must survive. Messages 0-719 are about the subject's own identifiers; 720-1259
name third parties (colleagues, managers, people cc'd) in varied positions and Finnish
inflections, with foreign numbers, Finnish landlines and more look-alikes. Each entity has a
"role" (subject or third) and each look-alike a "keep" span. The third parties' names are this
file's own lists, not the detector's (Voikko's dictionary and Datafaker's lists).
Deterministic (seeded), so the committed file can be regenerated:
python3 generate.py > evaluation-set.jsonl"""
import json, random

R = random.Random(20261129)
FIRST = ["Matti", "Liisa", "Pekka", "Anna", "Juha", "Sanna", "Mikko", "Laura", "Antti", "Johanna", "John", "Emma", "Olli", "Heidi"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Smith", "Brown", "Lehtonen", "Salminen"]
HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"

def hetu():
    while True:
        d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(0, 99)
        sign = R.choice("-YXWVUABCDEF+")
        n = R.randint(2, 899)
        base = f"{d:02d}{m:02d}{y:02d}"
        return f"{base}{sign}{n:03d}{HETU_CHARS[int(base + f'{n:03d}') % 31]}"

def luhn_complete(prefix, length):
    digits = [int(c) for c in prefix] + [R.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    for check in range(10):
        ds = digits + [check]
        total = 0
        for i, v in enumerate(reversed(ds)):
            v = v * 2 if i % 2 else v
            total += v - 9 if v > 9 else v
        if total % 10 == 0:
            return "".join(map(str, ds))

def card():
    number = luhn_complete(R.choice(["4", "51", "55", "37", "6011"]), R.choice([16, 16, 15]))
    return R.choice([number, " ".join(number[i:i + 4] for i in range(0, len(number), 4))])

def iban():
    country, length = R.choice([("FI", 18), ("SE", 24), ("DE", 22), ("EE", 20)])
    bban = "".join(str(R.randint(0, 9)) for _ in range(length - 4))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    full = f"{country}{98 - num % 97:02d}{bban}"
    return R.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])

def phone():
    sub = f"{R.randint(1000000, 9999999)}"
    pre = R.choice(["40", "50", "44", "45"])
    return R.choice([f"0{pre} {sub[:3]} {sub[3:]}", f"+358 {pre} {sub[:3]} {sub[3:]}", f"0{pre}-{sub}", f"0{pre}{sub}",
                     f"09 {sub[:4]} {sub[4:]}0", f"+46 70 {sub[:3]} {sub[3:5]} {sub[5:]}", f"0{pre} {sub[:2]} {sub[2:4]} {sub[4:]}"])

FI_WORDS = "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split()
EN_WORDS = "zero one two three four five six seven eight nine".split()

def spoken(words):
    digits = "04" + str(R.choice([0, 5, 4])) + f"{R.randint(1000000, 9999999)}"
    return " ".join(words[int(c)] for c in digits)

def email(first, last):
    local = R.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{R.randint(1, 99)}"]).lower()
    local = local.replace("ä", "a").replace("ö", "o")
    domain = R.choice(["example.com", "firma.fi", "yritys.fi", "corp.example.org"])
    return R.choice([f"{local}@{domain}", f"{local}@{domain}", f"{local}(at){domain}",
                     f"{local} [at] {domain.replace('.', ' [dot] ')}"])

def ip():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"2001:db8::{R.randint(1, 65535):x}:{R.randint(1, 65535):x}"])

def secret():
    return R.choice(["Kesä2024!", "Salasana123", "hunter2", "Talvi#99", "Qwerty!23", "Kissa2025", "P@ssw0rd7"]) + str(R.randint(0, 9))

def token():
    return "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.randint(16, 32)))

LOOKALIKES = ["tiketti INC00{0}", "tilausnumero {1}", "20.11.2026 klo 08:15", "versio 10.0.19045.{0}", "hinta 1 299,00 €",
              "ticket RITM00{0}", "order {1} shipped", "at 14:30 on 2026-11-20", "version 4.2.1.{2}", "price 49.90 EUR",
              "laskun viite {1}", "huone {2}", "kerros 3, talo B", "build 2024.11.3", "KB{0} päivitys"]

def lookalike():
    return R.choice(LOOKALIKES).format(R.randint(10000, 99999), R.randint(100000, 9999999), R.randint(1, 250))

class Message:
    def __init__(self, language, style, known):
        self.parts, self.entities, self.keeps, self.language, self.style, self.known = [], [], [], language, style, known

    def text(self, s):
        self.parts.append(s)
        return self

    def entity(self, kind, s, role="subject"):
        start = sum(len(p) for p in self.parts)
        self.parts.append(s)
        self.entities.append({"type": kind, "start": start, "end": start + len(s), "role": role})
        return self

    def keep(self, s):
        start = sum(len(p) for p in self.parts)
        self.parts.append(s)
        self.keeps.append({"start": start, "end": start + len(s)})
        return self

    def json(self):
        return json.dumps({"language": self.language, "style": self.style, "known": self.known,
                           "text": "".join(self.parts), "entities": self.entities, "keep": self.keeps}, ensure_ascii=False)

def person():
    first, last = R.choice(FIRST), R.choice(LAST)
    return first, last

def message(i):
    language = "fi" if i % 2 == 0 else "en"
    style = "transcript" if i % 3 == 0 else "chat"
    first, last = person()
    mail = email(first, last)
    username = (first[0] + last).lower().replace("ä", "a").replace("ö", "o")
    known = {"name": f"{first} {last}", "email": mail if "@" in mail else None, "username": username,
             "agentName": f"{R.choice(FIRST)} Agentti"}
    m = Message(language, style, known)
    fi = language == "fi"
    kind = i % 14
    m.text(R.choice(["Hei, ", "Moi. ", "Huomenta! "] if fi else ["Hi, ", "Hello. ", "Good morning! "]))
    if kind == 0:
        m.text("sähköpostini on " if fi else "my e-mail is ").entity("EMAIL", mail).text(" ja " if fi else " and ").text(lookalike())
    elif kind == 1:
        m.text("soita numeroon " if fi else "call me on ").entity("PHONE", phone()).text(", " + lookalike())
    elif kind == 2:
        m.text("numero on " if fi else "the number is ").entity("PHONE", spoken(FI_WORDS if fi else EN_WORDS)).text(" kiitos" if fi else " thanks")
    elif kind == 3:
        m.text("henkilötunnukseni on " if fi else "my personal identity code is ").entity("NATIONAL_ID", hetu()).text(". " + lookalike())
    elif kind == 4:
        m.text("tilinumero " if fi else "account ").entity("IBAN", iban()).text(" palautusta varten" if fi else " for the refund")
    elif kind == 5:
        m.text("kortin numero " if fi else "card number ").entity("PAYMENT_CARD", card()).text(", " + lookalike())
    elif kind == 6:
        m.text("koneen osoite on " if fi else "my laptop's address is ").entity("IP_ADDRESS", ip()).text(" ja " if fi else " and ").text(lookalike())
    elif kind == 7:
        m.text("salasanani on " if fi else "my password is ").entity("CREDENTIAL", secret()).text(" mutta ei toimi" if fi else " but it fails")
    elif kind == 8:
        m.text("PIN-koodi on " if fi else "PIN ").entity("CREDENTIAL", str(R.randint(1000, 9999))).text(", " + lookalike())
    elif kind == 9:
        param = R.choice(["token", "sig", "key", "password"])
        m.text("linkki " if fi else "the link ").text(f"https://portal.example.fi/reset?{param}=").entity("URL_SECRET", token()).text("&lang=fi ei aukea" if fi else "&lang=en fails")
    elif kind == 10:
        m.known["name"] = None  # the introduction alone must reveal the name
        m.text("nimeni on " if fi else "my name is ").entity("NAME", first).text(" ").entity("NAME", last).text(". " + lookalike())
    elif kind == 11:
        inflected = R.choice([first + "n", last[:-3] + "sen" if last.endswith("nen") else last + "in"]) if fi else first
        m.text("tässä puhuu " if fi else "this is about ").entity("NAME", inflected).text(" kone" if fi else "'s laptop")
    elif kind == 12:
        m.text("käyttäjätunnukseni on " if fi else "my username is ").entity("USERNAME", username).text(", " + lookalike())
    else:
        m.text("kysymys: " if fi else "question: ").text(lookalike()).text(", " + lookalike())
    if style == "transcript":
        m.text(R.choice([" öö, siis", " niin joo"] if fi else [" uh, so", " yeah"]))
    return m

# Third parties. Finnish names without consonant gradation in their last syllable, so that the
# case forms below are right; surnames in -nen, -la/-lä and -io.
FI_FIRST = ["Jarmo", "Annika", "Teemu", "Hannele", "Tuomo", "Merja", "Eetu", "Raili", "Jyrki", "Kirsi", "Ismo", "Sirpa",
            "Harri", "Marjo", "Tapio", "Leila", "Jouni", "Paula", "Veli", "Outi", "Arto", "Tuija", "Esa", "Minna"]
FI_LAST = ["Hirvonen", "Pentikäinen", "Tolvanen", "Rantala", "Ollila", "Kallio", "Mäkelä", "Peltonen", "Räsänen",
           "Kokkonen", "Partanen", "Heiskanen", "Hyvärinen", "Lindholm", "Tuominen", "Vesala", "Harju", "Oksanen",
           "Rautio", "Lampinen", "Koivula", "Suhonen", "Pulkkinen", "Anttila"]
EN_FIRST = ["Sarah", "Michael", "Emily", "David", "Jessica", "Daniel", "Olivia", "James", "Sophie", "Thomas", "Grace", "Lars"]
EN_LAST = ["Johnson", "Williams", "Taylor", "Anderson", "Thompson", "Robinson", "Clarke", "Patel", "Nguyen", "Schmidt",
           "Kowalski", "Dubois", "Jensen", "Hansen", "Murphy", "O'Brien"]

def back_vowels(word):
    return any(c in "aou" for c in word.lower())

def case(name, form):
    """A Finnish case form: gen (n), all (lle), abl (lta/ltä), ade (lla/llä), par (a/ta …)."""
    a = "a" if back_vowels(name) else "ä"
    if name.endswith("nen"):
        stem = name[:-3] + "se"
        return {"gen": stem + "n", "all": stem + "lle", "abl": stem + "lt" + a, "ade": stem + "ll" + a,
                "nom": name}[form]
    if name[-1] in "aeiouyäö":
        return {"gen": name + "n", "all": name + "lle", "abl": name + "lt" + a, "ade": name + "ll" + a,
                "nom": name}[form]
    return {"gen": name + "in", "all": name + "ille", "abl": name + "ilt" + a, "ade": name + "ill" + a,
            "nom": name}[form]

def foreign_phone():
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    return R.choice([f"+47 4{d(2)} {d(2)} {d(3)}", f"+31 6 {R.randint(1, 9)}{d(7)}", f"+46 70 {d(3)} {d(2)} {d(2)}",
                     f"0046 73 {d(3)} {d(2)} {d(2)}", f"+49 151 {d(4)} {d(4)}", f"+372 5{d(3)} {d(4)}",
                     f"+44 7700 9{d(5)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+1 (415) 555-{d(4)}",
                     f"+45 2{d(1)} {d(2)} {d(2)} {d(2)}"])

def landline():
    # Subscriber numbers from 2 to 8: libphonenumber's plan has no 1 or 9 ranges in most areas.
    d = lambda n: str(R.randint(2, 8)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
    area = R.choice(["09", "02", "03", "05", "06", "08", "013", "014", "017", "019"])
    sub = d(7)
    return R.choice([f"{area} {sub[:3]} {sub[3:]}", f"({area}) {sub}", f"{area}-{sub}", f"+358 {area[1:]} {sub[:3]} {sub[3:]}",
                     f"({area}) {sub[:3]} {sub[3:]}", f"{area}-{sub[:3]} {sub[3:]}"])

MORE_LOOKALIKES = ["Oulun toimisto", "Teams", "ServiceNow", "Helsingin konttori", "Windows 11", "Outlook",
                   "versio 4.2.1", "päivitys 2026-03-01", "tilaus PO-2024-0042", "hinta 1 299,00 €", "huone B214",
                   "Tampereen toimipiste", "Salon toimisto", "Excel", "SAP", "Jira", "klo 14.30", "12.03.2026"]

def person_fi():
    return R.choice(FI_FIRST), R.choice(FI_LAST)

def person_en():
    return R.choice(EN_FIRST), R.choice(EN_LAST)

def third_party(i):
    language = "fi" if i % 2 == 0 else "en"
    style = "transcript" if i % 3 == 0 else "chat"
    fi = language == "fi"
    sf, sl = person()
    known = {"name": f"{sf} {sl}", "email": None, "username": (sf[0] + sl).lower().replace("ä", "a").replace("ö", "o"),
             "agentName": f"{R.choice(FIRST)} Agentti"}
    m = Message(language, style, known)
    kind = (i // 2) % 12
    f, l = person_fi() if fi or R.random() < 0.4 else person_en()
    N = lambda s: m.entity("NAME", s, "third")

    def full(first, last):
        """First and last name, each a span of its own."""
        N(first).text(" ")
        return N(last)
    if fi:
        if kind == 0:
            m.text("Kysyin asiaa ")
            N(case(f, "abl"))
            m.text(", hän lupasi katsoa sen. ").keep(R.choice(MORE_LOOKALIKES)).text(" ei silti aukea.")
        elif kind == 1:
            m.text("Lähetä kopio ")
            full(f, case(l, "all"))
            m.text(", osoite ").entity("EMAIL", f"{f}.{l}@firma.fi".lower().replace("ä", "a").replace("ö", "o"), "third").text(".")
        elif kind == 2:
            N(case(l, "gen"))
            m.text(" kone ei käynnisty, ").keep(R.choice(MORE_LOOKALIKES)).text(" näyttää virhettä.")
        elif kind == 3:
            m.text("cc: ")
            full(f, l)
            m.text(", puh. ").entity("PHONE", landline(), "third")
        elif kind == 4:
            m.text("Kiitos ")
            N(f)
            m.text("! Tunnus toimii taas, ").keep(R.choice(MORE_LOOKALIKES)).text(" myös.")
        elif kind == 5:
            m.text("esimieheni ")
            N(l)
            m.text(" hyväksyi pyynnön, tiketti ").keep(f"INC00{R.randint(10000, 99999)}")
        elif kind == 6:
            m.text("Puhuin ")
            N(case(f, "gen"))
            m.text(" kanssa, hänen numeronsa on ").entity("PHONE", foreign_phone(), "third")
        elif kind == 7:
            m.text("hei ")
            N(f.lower())
            m.text(", voisitko soittaa ").entity("PHONE", landline(), "third").text(" huomenna")
        elif kind == 8:
            m.text("Tämä koskee myös ")
            full(f, case(l, "gen"))
            m.text(" tiliä. ").keep(R.choice(MORE_LOOKALIKES)).text(" on auki.")
        elif kind == 9:
            m.text("iso laine kaatoi palvelimen, ja koskinen vesi tulvi kellariin. Soita ").entity("PHONE", landline(), "third")
        elif kind == 10:
            m.text("Terveisin,\n")
            full(f, l)
            m.text("\n").entity("PHONE", foreign_phone(), "third")
        else:
            m.text("Anna minulle uusi salasana, ").keep(R.choice(MORE_LOOKALIKES)).text(" ja ").keep(R.choice(MORE_LOOKALIKES)).text(" eivät toimi.")
    else:
        if kind == 0:
            m.text("my manager ")
            full(f, l)
            m.text(" approved it in ").keep(R.choice(["ServiceNow", "Teams", "Jira"])).text(".")
        elif kind == 1:
            m.text("cc: ")
            full(f, l)
            m.text(" <").entity("EMAIL", f"{f}.{l}@corp.example.org".lower().replace("'", "").replace("ä", "a").replace("ö", "o"), "third").text(">")
        elif kind == 2:
            m.text("Thanks ")
            N(f)
            m.text(", the laptop works again. ").keep(R.choice(MORE_LOOKALIKES)).text(" too.")
        elif kind == 3:
            m.text("please ask ")
            N(f)
            m.text(" from finance, she is on ").entity("PHONE", foreign_phone(), "third")
        elif kind == 4:
            m.text("Regards,\n")
            full(f, l)
            m.text("\n").entity("PHONE", landline(), "third")
        elif kind == 5:
            m.text("I talked to ")
            full(f, l)
            m.text(" yesterday about ").keep(R.choice(MORE_LOOKALIKES)).text(".")
        elif kind == 6:
            m.text("The office line is ").entity("PHONE", landline(), "third").text(", ").keep(R.choice(MORE_LOOKALIKES)).text(" is down.")
        elif kind == 7:
            m.text("Hi ")
            N(f)
            m.text(", can you reset ").keep(R.choice(["Outlook", "Teams", "Windows 11", "Excel"])).text("?")
        elif kind == 8:
            m.text("my colleague ")
            N(f)
            m.text(" is on leave, call ").entity("PHONE", foreign_phone(), "third").text(" instead")
        elif kind == 9:
            m.text("Mr ")
            N(l)
            m.text(" from ").keep(R.choice(["Oulun toimisto", "Helsingin konttori", "Tampereen toimipiste"])).text(" needs access.")
        elif kind == 10:
            m.text("It's ")
            N(f).text("'s laptop, order ").keep(f"PO-2024-{R.randint(1000, 9999)}").text(", version ").keep(f"4.{R.randint(0, 9)}.{R.randint(0, 99)}")
        else:
            m.text("Will you send it to ")
            full(f, l)
            m.text(" by ").keep("12.03.2026").text("?")
    if style == "transcript":
        m.text(R.choice([" öö, siis", " niin joo"] if fi else [" uh, so", " yeah"]))
    return m

for i in range(720):
    print(message(i).json())
for i in range(720, 1260):
    print(third_party(i).json())
