"""Whole-article frames on real news: `frame_profile(text).supported` against coders.

    python benchmarks/article_frames.py [--split tune|report|all]

An article is right when its ``supported`` frame is the coders' primary or secondary
frame, or when it is ``"mixed"`` and one of its two leading frames (``mixed``) is;
``None`` (no frame has enough sentences) counts as wrong and is counted apart. Data: the
shared gold's 12 articles (``$FRAMING_DATA/allsides_gold/articles_dev.jsonl``) and our
own coded AllSides articles of the split (``tests/data/real_dev/articles.jsonl``, texts
from ``$FRAMING_DATA``; ``scripts/real_dev/build.py``). Frames map to the codebook's 15
codes (``framing.coding.FRAME_CODES``). The target of issue 22 is 10 of the 12 shared
articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts" / "real_dev"))
sys.path.insert(0, str(REPO))
import build  # noqa: E402

from framing import frame_profile  # noqa: E402
from framing.coding import FRAME_CODES  # noqa: E402


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score(rows: list[dict]) -> dict[str, int]:
    """Return counts: articles, right, unsupported (None), mixed."""
    out = {"articles": 0, "right": 0, "none": 0, "mixed": 0}
    for r in rows:
        gold = {str(r.get("primary_frame")), str(r.get("secondary_frame"))}
        profile = frame_profile(r["text"])
        frames = profile.mixed if profile.supported == "mixed" else (profile.supported,)
        out["articles"] += 1
        out["none"] += profile.supported is None
        out["mixed"] += profile.supported == "mixed"
        out["right"] += any(str(FRAME_CODES.get(f)) in gold for f in frames if f)
    return out


def main() -> None:
    """Print one line per data set."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="all", choices=["tune", "report", "all"])
    args = ap.parse_args()
    sets = {}
    shared = build.data_dir() / "allsides_gold" / "articles_dev.jsonl"
    if shared.exists():
        sets["shared"] = _rows(shared)
    with tempfile.TemporaryDirectory() as tmp:
        for split in ("tune", "report") if args.split == "all" else (args.split,):
            path = build.build(Path(tmp) / split, split).get("articles")
            if path is not None and path.exists():
                sets[f"own-{split}"] = _rows(path)
    print("| data | articles | right (primary or secondary) | share | none | mixed |")
    print("|---|---|---|---|---|---|")
    for name, rows in sets.items():
        r = score(rows)
        share = r["right"] / r["articles"] if r["articles"] else float("nan")
        print(
            f"| {name} | {r['articles']} | {r['right']} | {share:.2f} | {r['none']} "
            f"| {r['mixed']} |"
        )


if __name__ == "__main__":
    main()
