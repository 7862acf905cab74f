"""Draw a random sample of loaded-language flags over the AllSides corpus for reading.

    python benchmarks/loaded_sample.py [--n 100] [--seed 22] [--show]
                                       [--out benchmarks/loaded_sample.md] [--data PATH]

Runs ``framing.find_loaded_terms`` on ``content_original`` of every article of
``$FRAMING_DATA/allsides/issues.csv.gz`` (default ``../shared/data``), draws ``--n``
flags uniformly from all of them (``random.Random(seed).sample``) and writes a Markdown
table of ids, offsets, the flagged string and its lexicon entry, with a ``verdict``
column for the reader (``right`` / ``wrong``) and a short ``why``. Article text is
never written to the file: ``--show`` prints each flag's context to the terminal
for reading instead.

Verdicts already in ``--out`` are kept for the flags drawn again (same article, start
and end), so the file can be redrawn after a change and only new flags need reading.
The summary line counts verdicts: precision = right / judged.
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_ROW = re.compile(
    r"^\|\s*\d+\s*\|\s*(?P<id>[^|]+?)\s*\|\s*(?P<start>\d+)\s*\|\s*(?P<end>\d+)\s*\|"
    r"(?:[^|]*\|){4}\s*(?P<verdict>[^|]*?)\s*\|\s*(?P<why>[^|]*?)\s*\|\s*$"
)


def _data(path: str | None) -> Path:
    if path:
        return Path(path)
    root = os.environ.get("FRAMING_DATA") or REPO.parent / "shared" / "data"
    return Path(root) / "allsides" / "issues.csv.gz"


def all_flags(path: Path) -> tuple[list[tuple], dict[str, str], int]:
    """Return the flags (id, start, end, text, term, category, quoted), texts, words."""
    import pandas as pd

    import framing

    df = pd.read_csv(path, keep_default_na=False)
    flags, texts, words = [], {}, 0
    for art_id, text in zip(df["id"], df["content_original"], strict=True):
        texts[art_id] = text
        words += len(text.split())
        for m in framing.find_loaded_terms(text):
            flags.append(
                (art_id, m.start, m.end, m.text, m.term, m.category, m.in_quote)
            )
    return flags, texts, words


def _old_verdicts(path: Path) -> dict[tuple[str, int, int], tuple[str, str]]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m and m["verdict"]:
            out[(m["id"], int(m["start"]), int(m["end"]))] = (m["verdict"], m["why"])
    return out


def _cell(s: str) -> str:
    return " ".join(str(s).split()).replace("|", "/")


def main(argv: list[str] | None = None) -> int:
    """Draw the sample, print contexts with ``--show``, write the Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=22)
    ap.add_argument("--data")
    ap.add_argument(
        "--out", type=Path, default=REPO / "benchmarks" / "loaded_sample.md"
    )
    ap.add_argument("--show", action="store_true", help="print contexts to stdout")
    args = ap.parse_args(argv)
    path = _data(args.data)
    if not path.exists():
        print(f"no corpus at {path}", file=sys.stderr)
        return 1
    flags, texts, words = all_flags(path)
    sample = sorted(random.Random(args.seed).sample(flags, min(args.n, len(flags))))
    old = _old_verdicts(args.out)
    by_term = collections.Counter(f[4] for f in flags)
    by_cat = collections.Counter(f[5] for f in flags)
    lines = [
        "# Loaded-language flags: a random sample read by hand",
        "",
        f"Drawn by `python benchmarks/loaded_sample.py --n {args.n} --seed {args.seed}`"
        f" over `allsides/issues.csv.gz` ({len(texts):,} articles, {words:,} words):"
        f" {len(flags):,} flags in all; most frequent entries: "
        + ", ".join(f"{t} {c:,}" for t, c in by_term.most_common(5))
        + "; by category: "
        + ", ".join(f"{t} {c:,}" for t, c in by_cat.most_common())
        + ".",
        "",
        "Ids and offsets point into `content_original`; no article text is kept here."
        " Verdict `right`: the flag is loaded language by the shared codebook"
        " (section B: label, epithet, attribution verb, metaphor, emotive in the"
        " author's voice); `wrong` otherwise (with the reason).",
        "",
        "| # | article | start | end | flag | entry | category | quoted | verdict"
        " | why |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    right = judged = 0
    for k, (art, a, b, flag, term, cat, quoted) in enumerate(sample, 1):
        verdict, why = old.get((art, a, b), ("", ""))
        judged += verdict in ("right", "wrong")
        right += verdict == "right"
        lines.append(
            f"| {k} | {art} | {a} | {b} | {_cell(flag)} | {_cell(term)} | {cat} |"
            f" {'yes' if quoted else 'no'} | {verdict} | {_cell(why)} |"
        )
        if args.show:
            text = texts[art]
            before = " ".join(text[max(0, a - 220) : a].split())
            after = " ".join(text[b : b + 160].split())
            print(f"\n[{k}] {art} {a}-{b} {term} ({cat}, quoted={quoted})")
            print(f"   ...{before} [[{text[a:b]}]] {after}...")
    share = f"{right / judged:.0%}" if judged else "n/a"
    lines += ["", f"Right: {right} of {judged} judged ({share}); {len(sample)} drawn."]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(lines[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
