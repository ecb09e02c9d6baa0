"""The Finnish case forms of people's names for the held-out generators (held-out-6.py, held-out-7.py):
the stems a name takes before its endings, with consonant gradation, vowel harmony by the last part of
a hyphenated name, -nen surnames and names of other origin with their linking -i."""
import unicodedata



def inflect(nom, weak=None, strong=None, par=None, ill=None):
    """The case forms of a name: weak and strong are the stems before endings with and without
    consonant gradation (Kerttu: Kertu-, Kerttu-), par and ill override the partitive and illative."""
    weak = weak or nom
    strong = strong or weak
    a = "a" if any(c in "aouAOU" for c in strong.split("-")[-1]) else "ä"
    return {"nom": nom, "gen": weak + "n", "par": par or strong + a, "all": weak + "lle", "abl": weak + "lt" + a,
            "ade": weak + "ll" + a, "ess": strong + "n" + a, "tra": weak + "ksi", "ela": weak + "st" + a,
            "ill": ill or strong + strong[-1] + "n", "ine": weak + "ss" + a}


def nen(nom):
    """A surname in -nen, also the last part of a double surname: Virtanen-Korhonen, Virtanen-Korhosen."""
    stem = nom[:-3] + "se"
    a = "a" if any(c in "aou" for c in nom.split("-")[-1]) else "ä"
    return inflect(nom, stem, stem, par=nom[:-3] + "st" + a)


def foreign(nom):
    """A name of other origin with its Finnish endings: a stem vowel -i after a consonant."""
    stem = nom + "i" if nom[-1] not in "aeiouyäöõ" else nom
    return inflect(nom, stem, stem)


def origin(firsts, lasts):
    """The given names and surnames of one origin, each with its Finnish endings."""
    return [foreign(n) for n in firsts], [foreign(n) for n in lasts]


def nominative(part):
    """A name part's nominative: the part itself when it is a plain string (an English or Swedish name)."""
    return part["nom"] if isinstance(part, dict) else part


def distinct(draw, n, subject):
    """n people drawn with draw(), no given name or surname shared with each other or with the subject."""
    taken, people = set(map(nominative, subject)), []
    while len(people) < n:
        person = draw()
        names = set(map(nominative, person))
        if not names & taken:
            taken |= names
            people.append(person)
    return people


def endings(nom, irregular=None):
    """Finnish endings of a name: -nen surnames, those irregular gives (a stem the rules do not
    give: gradation, -s and -e stems, compounds), else by its last letter; a double name
    inflects its last part; a name ending in two different vowels or a marked vowel takes the h-illative
    (Papanikolaouhun, Bíróhon); vowel harmony follows the letters without their acute, grave or tilde (Bíró: Bírólla)."""
    irregular = irregular or {}
    if nom in irregular:
        return dict(irregular[nom])
    head, _, tail = nom.rpartition("-")
    if head and tail[:1].isupper():
        return {case: f"{head}-{form}" for case, form in endings(tail, irregular).items()}
    if nom.endswith("nen"):
        return nen(nom)
    plain = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", nom)
                                                 if c not in "\u0300\u0301\u0302\u0303\u030c\u0328"))
    last = plain[-1].lower()
    forms = inflect(plain) if last in "aeiouyäöõü" else foreign(plain)
    if last in "aeiouyäöõü" and (plain != nom and nom[-1] != plain[-1] or
                                 len(nom) > 2 and nom[-2].lower() in "aeiouyäö" and nom[-2] != nom[-1]):
        forms["ill"] = f"{plain}h{last}n"
    return {case: nom + form[len(plain):] for case, form in forms.items()}


def genitive_sv(name):
    """A name in the Swedish genitive: -s, none after a name that ends in s, x or z (Grannäs dator)."""
    return name if name[-1] in "sxz" else name + "s"
