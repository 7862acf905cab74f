"""Identity check: every public function's output on a fixed corpus, pickled, compared.

    python scripts/identity.py save REF.pkl      # before a refactor
    python scripts/identity.py check REF.pkl     # after: lists every difference

The corpus: 400 AllSides immigration articles, 35 per debate of the nine other AllSides
issues, 250 PolNeAR train articles (from ``$FRAMING_DATA``, default ``../shared/data``),
the seed article, and edge texts. Each text runs through ``analyze()`` (with and without
a title) and every public one-article function; results are compared as their
``repr``/DataFrame values. Exit code 1 when anything differs.
"""

from __future__ import annotations

import json
import math
import os
import pickle
import sys
from pathlib import Path

import pandas as pd

import framing

DATA = Path(
    os.environ.get(
        "FRAMING_DATA", Path(__file__).resolve().parents[2] / "shared" / "data"
    )
)
EDGE = [
    "",
    " ",
    "\n\n",
    '"',
    "“",
    "He said.",
    '"We will win," she said.',
    "illegal aliens illegal aliens",
    "A" * 5000,
    "Sen. Ann Roe (R-Ohio) said the gun bill was dead. “Guns save lives.”",
    "ÄÖÜ ß İ Σ — “ ‘ ’ ” …",
    "\x00\x01 text",
    "'Single quotes,' he said, 'are here.'",
    "1. 2. 3. 4.",
    "Mr. Smith told reporters: “No.” Then he left",
    'She said "',
    "\u2028line\u2029sep",
]


def corpus() -> list[tuple[str, str]]:
    """Return the identity corpus as (key, text) pairs."""
    texts = []
    imm = pd.read_csv(DATA / "allsides" / "immigration.csv.gz", keep_default_na=False)
    texts += [(f"imm:{r.id}", r.content_original) for r in imm.head(400).itertuples()]
    iss = pd.read_csv(DATA / "allsides" / "issues.csv.gz", keep_default_na=False)
    for _, g in iss.groupby("topic", sort=True):
        texts += [
            (f"{r.topic}:{r.id}", r.content_original) for r in g.head(35).itertuples()
        ]
    with open(DATA / "polnear" / "train.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= 250:
                break
            row = json.loads(line)
            texts.append((f"polnear:{row['id']}", row["text"]))
    texts.append(("seed", framing.datasets.load_seed()))
    texts += [(f"edge:{i}", t) for i, t in enumerate(EDGE)]
    return texts


def _r(value) -> str:
    if isinstance(value, pd.DataFrame):
        return value.to_csv()
    return repr(value)


def outputs(texts: list[tuple[str, str]]) -> dict[str, str]:
    """Return every public function's output per text, as strings."""
    out: dict[str, str] = {}
    for key, text in texts:
        out[f"{key}|find_terms"] = _r(framing.find_terms(text))
        out[f"{key}|find_loaded_terms"] = _r(framing.find_loaded_terms(text))
        out[f"{key}|extract_quotes"] = _r(framing.extract_quotes(text))
        out[f"{key}|sources"] = _r(framing.sources(text).table)
        out[f"{key}|frame_profile"] = _r(framing.frame_profile(text))
        out[f"{key}|tone_by_voice"] = _r(framing.tone_by_voice(text))
        out[f"{key}|polarity_scores"] = _r(framing.polarity_scores(text))
        out[f"{key}|highlight"] = _r(framing.highlight(text).html)
    df = pd.DataFrame({"text": [t for _, t in texts], "title": [k for k, _ in texts]})
    a = framing.analyze(df, progress=False)
    b = framing.analyze(df, title="title", progress=False)
    for frame, name in ((a, "analyze"), (b, "analyze_title")):
        for i, (key, _) in enumerate(texts):
            row = frame.iloc[i].to_dict()
            for col, value in row.items():
                if isinstance(value, float) and math.isnan(value):
                    value = "nan"
                out[f"{key}|{name}|{col}"] = _r(value)
    return out


def main() -> int:
    """Save or check a reference."""
    mode, path = sys.argv[1], Path(sys.argv[2])
    got = outputs(corpus())
    if mode == "save":
        path.write_bytes(pickle.dumps(got))
        print(f"saved {len(got)} outputs to {path}")
        return 0
    ref = pickle.loads(path.read_bytes())
    diffs = [k for k in ref if got.get(k) != ref[k]]
    missing = [k for k in got if k not in ref]
    for k in diffs[:50]:
        print("DIFF", k, "\n  ref:", ref[k][:300], "\n  got:", str(got.get(k))[:300])
    print(f"{len(ref)} reference outputs, {len(diffs)} differ, {len(missing)} new keys")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
