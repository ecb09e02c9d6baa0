#!/usr/bin/env bash
# Makes src/main/resources/names/brands.txt, the gazetteer of firms, brands and products that the name
# rules ask (docs/redaction.md, "Detection"), from two npm packages: simple-icons (CC0-1.0; the titles of
# its icons, mostly software and IT firms) and name-suggestion-index (BSD-3-Clause; brands of shops,
# restaurants, banks and other firms, as OpenStreetMap tags them). Nothing of them ships but the derived
# list (names/NOTICE). Deterministic for the pinned versions.
#   redaction-service/tools/brands/make-brands.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/names"
source "$here/../lib/npm-unpack.sh"
npm_unpack simple-icons@16.37.0 name-suggestion-index@8.0.20260918
python3 "$here/make_brands.py" "$scratch/simple-icons-16.37.0/package" \
  "$scratch/name-suggestion-index-8.0.20260918/package" "$out/brands.txt"
