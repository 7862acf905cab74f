"""Rebuild the scorers' files of the project's own real-article development set.

    python scripts/real_dev/build.py OUT_DIR [--split tune|report|all] [--round 1|2|3]

Reads the offsets-only annotations in ``tests/data/real_dev/`` and the article texts
from ``$FRAMING_DATA`` (default ``../shared/data``) and writes, in the formats of
``../shared/eval`` (see its README):

- ``articles_{split}.jsonl`` for ``score_sources.py`` and ``score_quotes.py``;
- ``frames_{split}.csv`` for ``score_frames.py --scheme mfc15``;
- ``loaded_{split}.jsonl`` for ``score_terms.py``;
- ``furniture_{split}.jsonl``: article text and the coded furniture spans.

``--round`` keeps one coding round: 1 (``sample_units.py``, 2026-12-06), 2 or 3
(``sample_more.py``, 2026-12-07: random sentences and 30 more articles each). The texts
are written only to OUT_DIR (outside the repository).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
STORE = REPO / "tests" / "data" / "real_dev"


def data_dir() -> Path:
    """Return ``$FRAMING_DATA``, else ``../shared/data`` beside the repository."""
    return Path(os.environ.get("FRAMING_DATA") or REPO.parent / "shared" / "data")


def texts(files: set[str]) -> dict[tuple[str, str], str]:
    """Return ``content_original`` by (file, article id) of the files named."""
    out = {}
    for name in sorted(files):
        df = pd.read_csv(data_dir() / name, keep_default_na=False)
        out.update({(name, r.id): r.content_original for r in df.itertuples()})
    return out


def _rows(name: str) -> list[dict]:
    path = STORE / f"{name}.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


_ROUND = re.compile(r"d[af]?([2-9])-")


def coding_round(unit_id: str) -> int:
    """Return the coding round of an id: N for ``dN-``, ``daN-``, ``dfN-``, else 1."""
    found = _ROUND.match(unit_id)
    return int(found.group(1)) if found else 1


def build(out: Path, split: str = "all", round_: int | None = None) -> dict[str, Path]:
    """Write the scorer files for one split (or all); return their paths by kind."""

    def keep(r: dict) -> bool:
        return (split == "all" or r["split"] == split) and (
            round_ is None or coding_round(r["id"]) == round_
        )

    articles = [r for r in _rows("articles") if keep(r)]
    sentences = [r for r in _rows("sentences") if keep(r)]
    furniture = [r for r in _rows("furniture") if keep(r)]
    store = texts({r["file"] for r in articles + sentences + furniture})
    out.mkdir(parents=True, exist_ok=True)
    paths = {}

    paths["articles"] = out / f"articles_{split}.jsonl"
    with open(paths["articles"], "w", encoding="utf-8") as fh:
        for r in articles:
            text = store[(r["file"], r["article_id"])]
            row = dict(r)
            row["text"] = text
            row["quotes"] = [
                {**q, "quote": text[q["start"] : q["end"]]} for q in r["quotes"]
            ]
            row["clutter"] = [text[c["start"] : c["end"]] for c in r["clutter"]]
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    paths["frames"] = out / f"frames_{split}.csv"
    with open(paths["frames"], "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            [
                "id",
                "sentence",
                "label",
                "secondary",
                "clutter",
                "issue",
                "outlet",
                "bias",
                "article_id",
            ]
        )
        for r in sentences:
            text = store[(r["file"], r["article_id"])]
            w.writerow(
                [
                    r["id"],
                    text[r["start"] : r["end"]],
                    r["label"],
                    r["secondary"] or "",
                    r["clutter"],
                    r["issue"],
                    r["outlet"],
                    r["bias"],
                    r["article_id"],
                ]
            )

    paths["loaded"] = out / f"loaded_{split}.jsonl"
    with open(paths["loaded"], "w", encoding="utf-8") as fh:
        for r in sentences:
            text = store[(r["file"], r["article_id"])]
            spans = [(text[x["start"] : x["end"]], x) for x in r["loaded"]]
            row = {
                "id": r["id"],
                "issue": r["issue"],
                "outlet": r["outlet"],
                "bias": r["bias"],
                "article_id": r["article_id"],
                "drawn": r["drawn"],
                "text": text[r["start"] : r["end"]],
                "loaded": [s for s, _ in spans],
                "categories": {s: x["category"] for s, x in spans},
                "in_quote": {s: x["in_quote"] for s, x in spans},
                "label_choice": [
                    text[x["start"] : x["end"]] for x in r["label_choice"]
                ],
                "neutral": [text[x["start"] : x["end"]] for x in r["neutral"]],
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    paths["furniture"] = out / f"furniture_{split}.jsonl"
    with open(paths["furniture"], "w", encoding="utf-8") as fh:
        for r in furniture + [
            {
                "id": a["id"],
                "article_id": a["article_id"],
                "file": a["file"],
                "split": a["split"],
                "clutter": a["clutter"],
            }
            for a in articles
        ]:
            text = store[(r["file"], r["article_id"])]
            fh.write(json.dumps({**r, "text": text}, ensure_ascii=False) + "\n")
    return paths


def main() -> None:
    """Parse the arguments and build."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--split", choices=["tune", "report", "all"], default="all")
    ap.add_argument(
        "--round", type=int, choices=range(1, 10), help="one coding round (1-9)"
    )
    args = ap.parse_args()
    for kind, path in build(args.out, args.split, args.round).items():
        print(kind, path)


if __name__ == "__main__":
    main()
