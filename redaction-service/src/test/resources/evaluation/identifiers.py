"""Random digits and valid identifiers for the held-out generators, drawn from the generator's own seeded Random so
each set stays deterministic: Finnish identity codes with their check character, IBANs with their
check digits, card numbers with their Luhn digit, and e-mail addresses."""
import unicodedata

HETU_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def fill(rng, pattern):
    """pattern with each {n} replaced by n random digits."""
    out, i = "", 0
    while i < len(pattern):
        if pattern[i] == "{":
            j = pattern.index("}", i)
            out += digits(rng, int(pattern[i + 1:j]))
            i = j + 1
        else:
            out += pattern[i]
            i += 1
    return out


def hetu(rng, birth_year):
    """An identity code; birth_year() gives the century sign ("-", "A", "Y", "B"…) and the year's two digits."""
    d, m, n = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2, 899)
    century, year = birth_year()
    base = f"{d:02d}{m:02d}{year:02d}"
    return f"{base}{century}{n:03d}{HETU_CHARS[int(base + f'{n:03d}') % 31]}"


def iban(rng, country, bban):
    """The IBAN of country with the account part bban (digits and capitals), check digits computed."""
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


def luhn(rng, prefix, length):
    body = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, v in enumerate(reversed(body)):
        v = v * 2 if i % 2 == 0 else v
        total += v - 9 if v > 9 else v
    return "".join(map(str, body)) + str((10 - total % 10) % 10)


def written_iban(rng):
    """A Finnish IBAN as people write it: in one run or in groups of four."""
    full = iban(rng, "FI", digits(rng, 14))
    return rng.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def written_foreign_iban(rng, country, bban_pattern):
    """The IBAN of country with an account part filled from bban_pattern, in one run or in groups of four."""
    full = iban(rng, country, fill(rng, bban_pattern))
    return rng.choice([full, " ".join(full[i:i + 4] for i in range(0, len(full), 4))])


def written_card(rng):
    """A Visa or Mastercard number as people write it: in one run or in groups of four."""
    n = luhn(rng, rng.choice(["4", "52"]), 16)
    return rng.choice([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])


def address(rng, first, last, domains):
    """A person's e-mail address at one of domains, the name without marks, spaces, hyphens or apostrophes."""
    f, l = (plain_name(name) for name in (first, last))
    local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}.{l}", f"{l}.{f}"])
    return f"{local}@{rng.choice(domains)}"


def plain_name(name):
    """A name as an address writes it: lower case, letters without their marks (ä a, å a, é e), no space or hyphen."""
    return "".join(c for c in unicodedata.normalize("NFD", name.lower()) if c.isalnum() and c.isascii())
