"""Benchmark analyze() against baselines measured in the same run, as ratios.

Usage: ``python benchmarks/run.py [--quick] [--json OUT]``. Prints a Markdown table.

Corpora: the seed article repeated (seed-sized articles) and the AllSides immigration
subset when available (``FRAMING_DATA`` or ../shared/data; a synthetic corpus of
seed paragraphs otherwise). Baselines on the same texts: one compiled-regex pass over
the loaded-term alternation, framing's sentence splitter and one-parse Document, and
spaCy's blank English pipeline with a sentencizer when spaCy is installed (``pip
install spacy``; no model download). Every figure is articles per second on one core
unless it says otherwise. Rule-based peers that need a spaCy parse (textacy's
``direct_quotations``, the Gender Gap Tracker's quote rules on ``en_core_web_sm``)
run at about 12 articles/s (README, "Evaluation"); that figure is quoted, not re-run,
since it needs a model download.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import framing
from framing import datasets
from framing.document import Document
from framing.errors import DataNotFoundError
from framing.text import sentence_spans

ROOT = Path(__file__).resolve().parents[1]


def rate(fn, texts, repeat=3):
    """Best-of-``repeat`` articles per second of ``fn`` over ``texts``."""
    return rates({"": fn}, texts, repeat)[""]


def rates(contenders, texts, rounds=5):
    """Best-of-``rounds`` articles per second of each contender, interleaved.

    Each round runs every contender once, in turn, so load from other processes that
    comes and goes falls on all of them alike and the ratios of one run compare.
    """
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(rounds):
        for name, fn in contenders.items():
            began = time.perf_counter()
            fn(texts)
            best[name] = min(best[name], time.perf_counter() - began)
    return {name: len(texts) / seconds for name, seconds in best.items()}


def unique(texts):
    # Distinct strings, so per-text caches cannot flatter any contender.
    return [f"{t}\n\n{i}" for i, t in enumerate(texts)]


def regex_pass(texts):
    for t in texts:
        LEXICON_PATTERN.findall(t)


# The lexicon's variant patterns as one compiled alternation: the floor any
# lexicon-based feature pays, with no context rules, voices or quotes.
LEXICON_PATTERN = re.compile(
    r"\b(?:"
    + "|".join(f"(?:{e.variants})" for e in framing.load_lexicon().entries)
    + r")\b",
    re.IGNORECASE,
)


# The same alternation as find_terms() compiles it (a case-sensitive trie of the
# entries' first letters in a lookahead): the fastest pass over the lexicon, and the
# stricter baseline, since the plain alternation above slows as the lexicon grows.
MATCHER = framing.load_lexicon()._matcher


def matcher_pass(texts):
    for t in texts:
        MATCHER.findall(t)


def word_pass(texts):
    # A baseline that does not depend on the lexicon's size: one \w+ pass.
    for t in texts:
        WORD.findall(t)


WORD = re.compile(r"\w+")


def analyze_pass(texts):
    framing.analyze(pd.DataFrame({"text": texts}))


def sentence_pass(texts):
    for t in texts:
        sentence_spans(t)


def document_pass(texts):
    # Everything the features share: paragraphs, sentences, words, quotations.
    for t in texts:
        doc = Document(t)
        doc.sentences, doc.words, doc.quoted  # noqa: B018


def spacy_pass_factory():
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run(texts):
        for doc in nlp.pipe(texts):
            list(doc.sents)

    return run


def corpus():
    try:
        frame = datasets.load_allsides(download_if_missing=False)
        return "AllSides immigration", frame["text"].tolist()
    except DataNotFoundError:
        seed = datasets.load_seed()
        paragraphs = [p for p in seed.split("\n\n") if p.strip()]
        texts = [
            "\n\n".join(paragraphs[(i + k) % len(paragraphs)] for k in range(12))
            for i in range(1500)
        ]
        return "synthetic (seed paragraphs)", texts


def cli_rate(texts, jobs, chunksize=100):
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.csv"
        pd.DataFrame({"text": texts}).to_csv(src, index=False)
        began = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "framing.cli",
                "analyze",
                str(src),
                "-o",
                str(Path(tmp) / "out.csv"),
                "--jobs",
                str(jobs),
                "--chunksize",
                str(chunksize),
                "--quiet",
            ],
            check=True,
        )
        return len(texts) / (time.perf_counter() - began)


def main(argv=None):
    """Run every measurement and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer articles")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="interleaved rounds for analyze() and its baselines (best of)",
    )
    args = parser.parse_args(argv)
    n = 300 if args.quick else 1500
    seed = datasets.load_seed()
    seeds = unique([seed] * n)
    name, texts = corpus()
    texts = unique(texts[:n])
    spacy_pass = spacy_pass_factory()
    rows = []

    def add(what, corpus_name, docs, fn):
        if fn is None:
            rows.append((what, corpus_name, None))
            return None
        value = rate(fn, docs)
        rows.append((what, corpus_name, value))
        return value

    for label, docs in (("seed", seeds), (name, texts)):
        # The ratios' terms are measured interleaved, round by round.
        got = rates(
            {
                "analyze()": analyze_pass,
                "one regex pass (lexicon alternation)": regex_pass,
                "one pass of find_terms' compiled matcher": matcher_pass,
                "one \\w+ pass (independent of the lexicon)": word_pass,
            },
            docs,
            rounds=args.rounds,
        )
        rows.extend((what, label, value) for what, value in got.items())
        a, r, m, w = got.values()
        add("sentence_spans (one regex pass)", label, docs, sentence_pass)
        add("Document parse (sentences, words, quotations)", label, docs, document_pass)
        s = add("spaCy blank('en') + sentencizer", label, docs, spacy_pass)
        rows.append(("regex pass / analyze()", label, r / a))
        rows.append(("compiled-matcher pass / analyze()", label, m / a))
        rows.append(("\\w+ pass / analyze()", label, w / a))
        if s:
            rows.append(("spaCy blank / analyze()", label, s / a))
        rows.append(("analyze() / spaCy-parse peers (~12 articles/s)", label, a / 12))
    # Linearity: the same per-article rate at n/4, n/2 and n articles.
    for k in (4, 2, 1):
        add(f"analyze() on {n // k} articles", name, texts[: n // k], analyze_pass)
    everything = unique(corpus()[1])
    one = cli_rate(everything, 1)
    two = cli_rate(everything, 2)
    rows.append(("framing analyze --jobs 1 (incl. start-up)", name, one))
    rows.append(("framing analyze --jobs 2 (incl. start-up)", name, two))
    rows.append(("--jobs 2 / --jobs 1", name, two / one))

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, n={n}\n")
    print("| measurement | corpus | articles/s or ratio |")
    print("|---|---|---|")
    for what, corpus_name, value in rows:
        shown = "not installed" if value is None else f"{value:,.1f}"
        print(f"| {what} | {corpus_name} | {shown} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
