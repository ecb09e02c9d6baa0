#!/usr/bin/env python3
"""Derives brands.txt: names of firms, brands and products, in lower case, one a line, sorted by UTF-16
code unit (the order Java's String.compareTo and the lookup use), for the name rules' gazetteer.

- Firms and brands: every item of the OpenStreetMap name-suggestion-index (npm name-suggestion-index,
  BSD-3-Clause; maintained, each brand linked to its Wikidata item) under brands/ (shops, restaurants,
  banks, fuel, offices: "Jack Wills", "Tim Hortons", "Wells Fargo"), and under operators/ only where an operator is a
  firm the public deals with (post, telecom, shops: "India Post"; not the power lines, schools, parks and
  public bodies of the rest); its displayName and its brand, name and operator tags.
- Software and IT products: every icon title of simple-icons (npm simple-icons, CC0-1.0: "Ruby on Rails",
  "Apache Kafka", "Google Chrome").
- A name is kept as the name rules see words: curly apostrophes straight, white space single, a full
  stop at the end dropped; it must begin and end with a letter, hold no digit (a word glued to digits
  is no word to the tokeniser: "Bet365"), be written in Latin-1 letters (Finnish, Swedish, German,
  French, Spanish; so the list is one compact string in memory), and have two to four words or parts
  joined by a hyphen ("Harley-Davidson"): a name of one word is no evidence against a person's (many
  firms bear one: "Max", "Obi", "Sokolov", "O'Neill"), so the rules never ask one.

Deterministic for the pinned package versions (tools/brands/make-brands.sh):
  python3 make_brands.py SIMPLE_ICONS_DIR NSI_DIR OUT"""
import json
import os
import re
import sys

simple_icons, nsi, out = sys.argv[1:4]
OPERATORS = ("operators/amenity/post_", "operators/telecom/", "operators/shop/")
LONGEST = 4


def normal(name):
    name = re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip()
    if name.endswith("."):
        name = name[:-1]
    if not name or not name[0].isalpha() or not name[-1].isalpha():
        return None
    if any(c.isdigit() or ord(c) > 0xFF for c in name):
        return None
    words = name.split(" ")
    if len(words) > LONGEST or len(words) == 1 and "-" not in name:
        return None
    return name.lower()


names = set()
with open(os.path.join(simple_icons, "data", "simple-icons.json"), encoding="utf-8") as f:
    for icon in json.load(f):
        names.add(normal(icon["title"]))
with open(os.path.join(nsi, "dist", "json", "nsi.json"), encoding="utf-8") as f:
    for path, category in json.load(f)["nsi"].items():
        if not (path.startswith("brands/") or path.startswith(OPERATORS)):
            continue
        for item in category["items"]:
            tags = item["tags"]
            for name in (item["displayName"], tags.get("brand"), tags.get("name"), tags.get("operator")):
                if name:
                    names.add(normal(name))
names.discard(None)
with open(out, "w", encoding="utf-8", newline="\n") as f:
    for name in sorted(names, key=lambda s: s.encode("utf-16-be")):
        f.write(name + "\n")
