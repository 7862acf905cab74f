"""Time the whole per-article pipeline on one text of growing length.

Usage: ``python benchmarks/long_texts.py [--max-mb 50] [--steps 0.1,1,10,50]``.

Each text is the seed article's paragraphs repeated, with the paragraph number
written into every copy so no two paragraphs are equal, up to the size asked for.
For each size the script times ``framing.article_features`` (every analyze() column:
terms, quotes, sources, tone and whatever features the pipeline has) and
``framing.highlight`` and prints seconds and the ratio to the smallest size, so a
step that is quadratic in text length shows as a ratio far above the size ratio
(1 MB / 100 kB is 10x in size; the target is at most 12x in time).
"""

from __future__ import annotations

import argparse
import sys
import time

from framing import datasets
from framing.features import article_features
from framing.view import highlight


def long_text(n_chars: int) -> str:
    """Return distinct seed paragraphs joined until the text has ``n_chars``."""
    paragraphs = [p for p in datasets.load_seed().split("\n\n") if p.strip()]
    out, size, k = [], 0, 0
    while size < n_chars:
        para = f"{paragraphs[k % len(paragraphs)]} ({k})"
        out.append(para)
        size += len(para) + 2
        k += 1
    return "\n\n".join(out)[:n_chars]


def timed(fn, text):
    began = time.perf_counter()
    fn(text)
    return time.perf_counter() - began


def main(argv=None):
    """Print a Markdown table of seconds per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", default="0.1,1,10,50", help="sizes in MB")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.steps.split(",")]
    print(f"python {sys.version.split()[0]}\n")
    print("| text | article_features s | ratio | highlight s | ratio |")
    print("|---|---|---|---|---|")
    base = None
    for mb in sizes:
        text = long_text(int(mb * 1_000_000))
        features = timed(article_features, text)
        marked = timed(lambda t: highlight(t).html, text)
        base = base or (features, marked)
        print(
            f"| {mb:g} MB | {features:.2f} | {features / base[0]:.1f}x | "
            f"{marked:.2f} | {marked / base[1]:.1f}x |",
            flush=True,
        )


if __name__ == "__main__":
    main()
