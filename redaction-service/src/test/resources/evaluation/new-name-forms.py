#!/usr/bin/env python3
"""Counts how many of a set's name forms (the texts of its NAME spans, each distinct text once) no other labelled set
in this directory holds, and lists those the others hold: the check a new held-out set's writer runs to keep its
names new. hand-written.jsonl counts its offsets in UTF-16 units, the generated sets in code points.
Run: python3 new-name-forms.py held-out-18.jsonl"""
import glob
import json
import os
import sys


def name_forms(path):
    utf16 = os.path.basename(path) == "hand-written.jsonl"
    forms = set()
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        text = record["text"].encode("utf-16-le") if utf16 else record["text"]
        for entity in record["entities"]:
            if entity["type"] == "NAME":
                span = text[2 * entity["start"]:2 * entity["end"]].decode("utf-16-le") if utf16 \
                    else text[entity["start"]:entity["end"]]
                forms.add(span)
    return forms


def main(path):
    here = os.path.dirname(os.path.abspath(__file__))
    others = set()
    for other in sorted(glob.glob(os.path.join(here, "*.jsonl"))):
        if os.path.abspath(other) != os.path.abspath(path):
            others |= name_forms(other)
    forms = name_forms(path)
    new = forms - others
    print(f"{len(forms)} name forms, {len(new)} new to the other sets ({100 * len(new) / len(forms):.1f} %)")
    print("held by other sets too:", ", ".join(sorted(forms & others)))


main(sys.argv[1])
