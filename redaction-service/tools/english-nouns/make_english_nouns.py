#!/usr/bin/env python3
"""Derives english-nouns.txt: the common English words whose usual sense is a noun, in lower case, one a
line, sorted, singular and plural forms both ("period", "payments", "printer").

- Common: the word is in SCOWL's American English list of size 50 (Debian package wamerican), in
  lower case (SCOWL spells proper nouns with a capital) and in ASCII letters only.
- A noun: WordNet 3.0 (Debian package wordnet-base) knows the word's base form as a noun, and its
  noun senses were tagged in WordNet's sense-tagged corpus (cntlist.rev) at least as often as its
  senses of any other part of speech: "period", "printer", "gas" and "access" are nouns; "say",
  "check", "reckon", "have" and "here" are not. A base form no tagged text has is a noun when it has
  no other part of speech ("compiler", "dashboard"). Not a word the tagged text has as an adverb at
  all ("today", "tomorrow", "home"), which follows a name as an adverb ("I'll call Nair tomorrow").
- A plural is the singular's -s, -es or -ies form (of a singular of three letters or more), or the
  irregular plural of WordNet's noun.exc.
- Not the words of English's closed classes (auxiliaries, modals, pronouns, determiners, prepositions,
  conjunctions), which WordNet leaves out but some of whose homographs it has as nouns ("are", the
  unit; "will", the testament; "can", the tin; "may", the shrub).

Needs the Debian packages wamerican and wordnet-base (apt-get install wamerican wordnet-base); deterministic
for their versions (names/NOTICE):
  python3 tools/english-nouns/make_english_nouns.py /usr/share/wordnet /usr/share/dict/american-english \
      src/main/resources/names/english-nouns.txt"""
import collections
import os
import re
import sys

wordnet, dictionary, out = sys.argv[1:4]
POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}

counts = collections.defaultdict(collections.Counter)
for line in open(os.path.join(wordnet, "cntlist.rev")):
    key, _, tagged = line.split()
    lemma, rest = key.split("%", 1)
    counts[lemma][POS[rest[0]]] += int(tagged)

parts = collections.defaultdict(set)
for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
    for line in open(os.path.join(wordnet, "index." + name)):
        if not line.startswith(" "):
            parts[line.split(" ", 1)[0]].add(pos)


def is_noun(base):
    if "n" not in parts.get(base, ()):
        return False
    tagged = counts.get(base)
    if not tagged:
        return parts[base] == {"n"}
    return tagged["n"] > 0 and tagged["n"] >= max(tagged[p] for p in "var") and tagged["r"] == 0


CLOSED = set("""a an the this that these those some any each every no all both either neither such what which who
whom whose i me my mine you your yours he him his she her hers it its we us our ours they them their theirs
am is are was were be been being has have had having do does did done will would shall should can could may
might must ought need dare and or but nor so yet for if as than because while though although unless until
since about above across after against along among around at before behind below beneath beside between
beyond by down during except from in inside into like near of off on onto out outside over past per round
through throughout till to toward towards under underneath up upon via with within without""".split())

irregular = {}
for line in open(os.path.join(wordnet, "noun.exc")):
    plural, base = line.split()[:2]
    irregular[plural] = base


def bases(word):
    yield word
    if word in irregular:
        yield irregular[word]
    if word.endswith("ies") and len(word) >= 5:
        yield word[:-3] + "y"
    if word.endswith("es") and len(word) >= 5:
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) >= 4:
        yield word[:-1]


common = {w.strip() for w in open(dictionary, encoding="utf-8") if re.fullmatch(r"[a-z]+", w.strip())}
nouns = sorted(w for w in common - CLOSED if any(is_noun(b) for b in bases(w)))
with open(out, "w") as f:
    f.write("\n".join(nouns) + "\n")
print(len(nouns), "nouns of", len(common), "common words", file=sys.stderr)
