"""Cost of each feature component of analyze(), per article, in one pass.

Usage: ``python benchmarks/components.py [--rounds 3]``. Prints a Markdown table.

The corpus is the one of ``../shared/eval/bench_ratio.py``: every fifth article of
the AllSides immigration file and the seed article, 600 in all (the seed repeated
when the data are missing). Each article is parsed once (the Document's
paragraphs, sentences, words, quotations and page furniture: the "parse" row),
the candidate matches of the loaded-terms and emotive lexicons are found in one
scan (the "term scan" row, as ``analyze()`` does when both components run), then
every component of the registry runs in order on it, as ``analyze()`` runs
them; a component's time is its own, since what it requires is in ``doc.cache``
by then. The best of ``--rounds`` rounds counts per component. The clock is the
process's CPU time (``time.process_time``): on a machine shared with other jobs
it moves much less than the wall clock, which also counts the time other
processes hold the CPU. ``regex pass`` is bench_ratio.py's baseline on the same
texts: the target is analyze() <= 10x of it, loaded terms alone <= 2x.

``--analyze`` prints instead bench_ratio.py's two comparisons (the whole
``analyze()`` and ``analyze(features=["loaded"])`` against the regex pass) in
CPU time: the regex pass best of 15, loaded terms best of 7, the whole best of
``--rounds``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import re
import sys
import time
from pathlib import Path

from framing import datasets
from framing.components import FeatureConfig, components
from framing.document import Document
from framing.features import _config
from framing.terms import _scan_together, load_emotive

ROOT = Path(__file__).resolve().parents[1]
# bench_ratio.py's regex, copied so the two measure the same thing.
RX = re.compile(
    r"\b(?:illegal[- ](?:immigrant|alien)s?|illegals|an illegal|criminal aliens?|"
    r"aliens?|anchor bab(?:y|ies)|chain migration|amnesty|invasion|invaders|"
    r"catch and release|Trump(?:ocalypse|ageddon)|undocumented (?:immigrant|worker)s?"
    r"|unauthorized immigrants?)\b",
    re.I,
)


def corpus() -> list[str]:
    """Return bench_ratio.py's 600 texts."""
    seed = datasets.load_seed()
    data = Path(os.environ.get("FRAMING_DATA", ROOT.parent / "shared" / "data"))
    docs = []
    csv.field_size_limit(10**8)
    try:
        with gzip.open(data / "allsides" / "immigration.csv.gz", "rt") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                if i % 5 == 0:
                    docs.append(row["content_original"])
    except OSError:
        pass
    return (docs + [seed] * 300)[:600]


def parse(doc: Document) -> None:
    """Compute the spans every component reads, and the page furniture.

    ``analyze()`` finds the furniture first when a component that reads it runs
    (see ``framing.features._LINE_FURNITURE``), as all of them do here.
    """
    doc.paragraphs, doc.sentences, doc.words, doc.quotations  # noqa: B018
    doc.quoted, doc.n_words_quoted, doc.furniture_index  # noqa: B018


def one_round(texts: list[str], config: FeatureConfig) -> dict[str, float]:
    """Return seconds per step over ``texts`` (one pass)."""
    steps = list(components().values())
    spent = dict.fromkeys(["parse", "term scan", *(c.name for c in steps)], 0.0)
    clock = time.process_time
    lexicons = (config.lexicon, load_emotive())
    for text in texts:
        doc = Document(text)
        began = clock()
        parse(doc)
        spent["parse"] += clock() - began
        began = clock()
        _scan_together(doc, lexicons)  # as analyze() does when both run
        spent["term scan"] += clock() - began
        for component in steps:
            began = clock()
            component.features(doc, config)
            spent[component.name] += clock() - began
    return spent


def best_of(run, rounds: int) -> float:
    """Return the least CPU time of ``rounds`` calls of ``run``."""
    spent = []
    for _ in range(rounds):
        began = time.process_time()
        run()
        spent.append(time.process_time() - began)
    return min(spent)


def ratios(texts: list[str], rounds: int) -> None:
    """Print analyze() and analyze(features=["loaded"]) against the regex pass."""
    import pandas as pd

    import framing

    df = pd.DataFrame({"text": texts})
    framing.analyze(df.head(20))  # warm-up: tables loaded, regexes compiled
    framing.analyze(df.head(20), features=["loaded"])
    rx = best_of(lambda: sum(1 for t in texts for _ in RX.finditer(t)), 15)
    loaded = best_of(lambda: framing.analyze(df, features=["loaded"]), 7)
    whole = best_of(lambda: framing.analyze(df), rounds)
    n = len(texts)
    print(
        f"{n} articles; regex pass {1000 * rx / n:.3f} ms/article; "
        f"analyze() {1000 * whole / n:.3f} ms = {whole / rx:.2f}x; "
        f'features=["loaded"] {1000 * loaded / n:.3f} ms = {loaded / rx:.2f}x'
    )


def main(argv=None) -> int:
    """Print the per-component table."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--analyze", action="store_true", help="bench_ratio.py's ratios")
    args = ap.parse_args(argv)
    texts = corpus()
    if args.analyze:
        ratios(texts, args.rounds)
        return 0
    config = _config(None, None)
    one_round(texts[:20], config)  # warm-up: tables loaded, regexes compiled
    best: dict[str, float] = {}
    best_rx = float("inf")
    for _ in range(args.rounds):
        began = time.process_time()
        sum(1 for t in texts for _ in RX.finditer(t))
        best_rx = min(best_rx, time.process_time() - began)
        for name, seconds in one_round(texts, config).items():
            best[name] = min(best.get(name, float("inf")), seconds)
    total = sum(best.values())
    n = len(texts)
    print(f"{n} articles; regex pass {1000 * best_rx / n:.3f} ms/article")
    print()
    print("| step | ms/article | share | x regex pass |")
    print("|---|---|---|---|")
    for name, seconds in best.items():
        print(
            f"| {name} | {1000 * seconds / n:.3f} | {seconds / total:.0%} | "
            f"{seconds / best_rx:.2f} |"
        )
    print(f"| all | {1000 * total / n:.3f} | 100% | {total / best_rx:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
