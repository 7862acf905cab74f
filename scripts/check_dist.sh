#!/usr/bin/env bash
# Build the wheel and sdist of newsframing, install them into a clean virtualenv
# outside the checkout, and run the seed example there (issue #11, item 6).
#
#   bash scripts/check_dist.sh            # uses python3; PYTHON=python3.10 to choose
#   KEEP_DIST=dist bash scripts/check_dist.sh   # also copy the built files to dist/
#
# Checks, in order: `python -m build` makes both files (the wheel is built from the
# sdist, so a file missing from the sdist fails here); the wheel holds every file of
# framing/data/; the wheel installs into a fresh venv, where `import framing` loads
# the installed copy (not this checkout), the seed example gives the README's
# figures and the `framing` command writes a page; then the sdist installs over it
# and the example runs again. pip's cache makes the second run fast.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "check_dist: building in $work"
"$PYTHON" -m venv "$work/build-env"
"$work/build-env/bin/python" -m pip install --quiet --upgrade pip build
"$work/build-env/bin/python" -m build --outdir "$work/dist" "$repo" >"$work/build.log" 2>&1 \
    || { cat "$work/build.log"; exit 1; }
wheel="$(ls "$work"/dist/newsframing-*.whl)"
sdist="$(ls "$work"/dist/newsframing-*.tar.gz)"
ls -l "$wheel" "$sdist" | awk '{print "check_dist: built " $NF " (" $5 " bytes)"}'

# every file shipped in framing/data/ must be in the wheel
"$work/build-env/bin/python" - "$wheel" "$repo/framing/data" <<'PY'
import sys, zipfile
from pathlib import Path

wheel, data = sys.argv[1], Path(sys.argv[2])
names = set(zipfile.ZipFile(wheel).namelist())
wanted = sorted(
    f"framing/data/{p.relative_to(data).as_posix()}"
    for p in data.rglob("*")
    if p.is_file() and "__pycache__" not in p.parts
)
missing = [n for n in wanted if n not in names]
if missing:
    sys.exit(f"check_dist: the wheel lacks {missing}")
print(f"check_dist: the wheel holds all {len(wanted)} files of framing/data/")
PY

"$PYTHON" -m venv "$work/env"
run_seed_example() {
    # from a folder outside the checkout, with no PYTHONPATH pointing back at it
    (cd "$work" && env -u PYTHONPATH -u FRAMING_DATA "$work/env/bin/python" - "$work/env" <<'PY'
import sys
from pathlib import Path

import framing

env = Path(sys.argv[1]).resolve()
where = Path(framing.__file__).resolve()
assert env in where.parents, f"framing imported from {where}, not from {env}"
seed = framing.datasets.load_seed()
terms = [(m.text, m.in_quote) for m in framing.find_loaded_terms(seed)]
assert len(terms) == 7 and ("aliens", True) in terms, terms
speakers = [q.speaker for q in framing.extract_quotes(seed) if q.kind == "direct"]
assert speakers[0] == "Jeff Sessions", speakers
balance = framing.sources(seed)
assert balance.quoted_words_per_side["enforcement"] == 75, balance.quoted_words_per_side
row = framing.analyze(framing.datasets.load_seed(as_frame=True)).iloc[0]
assert int(row["loaded_author"]) == 6, row["loaded_author"]
framing.load_lexicon(), framing.load_actors()  # the bundled tables validate
print(f"check_dist: framing {framing.__version__} from {where.parent}: seed OK")
PY
    )
    (cd "$work" && env -u PYTHONPATH "$work/env/bin/framing" highlight -o "$work/seed.html" >/dev/null)
    test -s "$work/seed.html"
    echo "check_dist: \`framing highlight\` wrote $(wc -c <"$work/seed.html") bytes"
}

echo "check_dist: installing $(basename "$wheel")"
"$work/env/bin/python" -m pip install --quiet "$wheel"
run_seed_example
echo "check_dist: installing $(basename "$sdist")"
"$work/env/bin/python" -m pip install --quiet --no-deps --force-reinstall "$sdist"
run_seed_example

if [[ -n "${KEEP_DIST:-}" ]]; then
    mkdir -p "$KEEP_DIST" && cp "$wheel" "$sdist" "$KEEP_DIST"/
fi
echo "check_dist: OK"
