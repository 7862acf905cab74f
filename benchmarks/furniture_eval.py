"""Page furniture on real news: recall of coded clutter, article sentences lost.

    python benchmarks/furniture_eval.py [--split tune|report|all] [--round N]
                                        [--verbose]

Data: the shared gold's ``clutter`` lists (``$FRAMING_DATA/allsides_gold``, strings
located in the text) and our own coded AllSides articles
(``tests/data/real_dev/furniture.jsonl`` and the ``clutter`` of
``tests/data/real_dev/articles.jsonl``, offsets; texts from ``$FRAMING_DATA``).

- recall: coded furniture spans at least half of whose characters
  `framing.furniture.furniture_spans` covers;
- sentences removed: article sentences (``Document.sentences`` that overlap no coded
  furniture) at least half of whose characters it covers, over all such sentences;
- cost: milliseconds per article of ``furniture_spans``.

``--round N`` keeps one coding round of our own articles (as
``scripts/real_dev/build.py`` does), e.g. a round coded before the rules it is first
scored on.

Targets (issue 21): recall >= 0.90 with <= 1 % of article sentences removed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts" / "real_dev"))
sys.path.insert(0, str(REPO))
import build  # noqa: E402

from framing.document import as_document  # noqa: E402
from framing.furniture import furniture_spans  # noqa: E402


def _covered(spans: list[tuple[int, int, str]], a: int, b: int) -> int:
    return sum(max(0, min(b, e) - max(a, s)) for s, e, _ in spans)


def shared_docs() -> list[dict]:
    """Shared gold articles with their clutter strings located in the text."""
    path = build.data_dir() / "allsides_gold" / "articles_dev.jsonl"
    if not path.exists():
        return []
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            text, gold, pos = d["text"], [], 0
            for s in d.get("clutter") or []:
                at = text.find(s, pos)
                if at < 0:
                    at = text.find(s)
                if at < 0:
                    continue
                gold.append((at, at + len(s), "clutter"))
                pos = at + len(s)
            out.append({"id": d["id"], "text": text, "gold": gold})
    return out


def own_docs(split: str, round_: int | None = None) -> list[dict]:
    """Our own coded articles of one split (and round), texts from ``$FRAMING_DATA``."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = build.build(Path(tmp), split, round_)
        path = paths.get("furniture")
        if path is None or not path.exists():
            return []
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
    return [
        {
            "id": r["id"],
            "text": r["text"],
            "gold": [(c["start"], c["end"], c.get("kind") or "") for c in r["clutter"]],
        }
        for r in rows
    ]


def _every_occurrence(text: str, gold: list[tuple[int, int, str]]) -> list:
    """Coders list a repeated line ("Advertisement") once: every copy is furniture."""
    out = list(gold)
    for s, e, kind in gold:
        at = text.find(text[s:e])
        while at >= 0 and e > s:
            if at != s:
                out.append((at, at + e - s, kind))
            at = text.find(text[s:e], at + 1)
    return out


def score(docs: list[dict], verbose: bool = False) -> dict:
    """Return recall, sentences removed and cost over ``docs``."""
    found = missed = kept = lost = 0
    seconds = 0.0
    for d in docs:
        text = d["text"]
        every = _every_occurrence(text, d["gold"])
        t0 = time.perf_counter()
        pred = furniture_spans(text)
        seconds += time.perf_counter() - t0
        for s, e, kind in d["gold"]:
            if e > s and _covered(pred, s, e) >= 0.5 * (e - s):
                found += 1
            else:
                missed += 1
                if verbose:
                    print(f"  missed {d['id']} [{kind}] {text[s:e][:90]!r}")
        for a, b in as_document(text).sentences:
            if _covered(every, a, b) > 0 or b <= a:
                continue
            kept += 1
            if _covered(pred, a, b) >= 0.5 * (b - a):
                lost += 1
                if verbose:
                    print(f"  removed {d['id']} {text[a:b][:90]!r}")
    return {
        "articles": len(docs),
        "gold": found + missed,
        "recall": found / (found + missed) if found + missed else float("nan"),
        "sentences": kept,
        "removed": lost / kept if kept else float("nan"),
        "ms_per_article": 1000 * seconds / len(docs) if docs else float("nan"),
    }


def main() -> None:
    """Parse the arguments and print one line per data set."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="tune", choices=["tune", "report", "all"])
    ap.add_argument("--round", type=int, choices=range(1, 10), help="one coding round")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    own = f"own-{args.split}" + (f"-r{args.round}" if args.round else "")
    print(
        "| data | articles | coded spans | recall | article sentences | removed "
        "| ms/article |"
    )
    print("|---|---|---|---|---|---|---|")
    for name, docs in (
        ("shared", shared_docs()),
        (own, own_docs(args.split, args.round)),
    ):
        r = score(docs, args.verbose)
        print(
            f"| {name} | {r['articles']} | {r['gold']} | {r['recall']:.2f} | "
            f"{r['sentences']} | {100 * r['removed']:.2f} % | "
            f"{r['ms_per_article']:.2f} |"
        )


if __name__ == "__main__":
    main()
