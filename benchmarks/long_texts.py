"""Time the whole per-article pipeline on one text of growing length.

Usage: ``python benchmarks/long_texts.py [--steps 0.1,1,2,4,8,20] [--layout line]``.

Each text is the seed article's paragraphs repeated, with the paragraph number
written into every copy so no two paragraphs are equal, up to the size asked for.
For each size the script times ``framing.article_features`` (every analyze() column:
terms, quotes, sources, tone and whatever features the pipeline has) and
``framing.highlight`` and prints seconds and the ratio to the smallest size, so a
step that is quadratic in text length shows as a ratio far above the size ratio
(1 MB / 100 kB is 10x in size; the target is at most 12x in time).

``--layout paragraphs`` keeps the blank lines between paragraphs; ``--layout line``
joins everything into one unbroken line (scraped text often comes so), which is
where a step that searches the whole text per source or per quote shows. Both
functions run once on a small text first, so the one-off loading of the data
files is not counted. Results: ``benchmarks/long_texts.md``.
"""

from __future__ import annotations

import argparse
import sys
import time

from framing import datasets
from framing.features import article_features
from framing.view import highlight

# Invented people, so a long text has many distinct sources (as a day's wire copy
# or a scraped page of many stories has), each quoted once: a first name and a
# surname of four syllables, 65,536 surnames in all.
_FIRST = "Ann Ben Cara Dev Elena Farid Grace Hugo Ines Jamal Kira Luis Mara Nils Omar"
_SYLLABLES = [
    "ba",
    "ko",
    "ri",
    "ma",
    "te",
    "lu",
    "no",
    "si",
    "da",
    "fe",
    "gi",
    "ho",
    "ju",
    "ke",
    "lo",
    "mu",
]
_ROLES = ("a city council member", "a spokeswoman for the union", "a farmer")


def _speaker(k: int) -> str:
    """Return a distinct invented name for every k below 65,536."""
    first = _FIRST.split()
    parts = [_SYLLABLES[(k >> shift) & 15] for shift in (12, 8, 4, 0)]
    return f"{first[k % len(first)]} {''.join(parts).capitalize()}"


def long_text(n_chars: int, layout: str = "paragraphs") -> str:
    """Return distinct seed paragraphs joined until the text has ``n_chars``.

    Every paragraph also quotes an invented person of its own (``_speaker``), so
    the number of sources grows with the text. ``layout="line"`` joins the
    paragraphs with a space: one line, no paragraph break.
    """
    paragraphs = [p for p in datasets.load_seed().split("\n\n") if p.strip()]
    out, size, k = [], 0, 0
    while size < n_chars:
        said = f"“We were not asked,” said {_speaker(k)}, {_ROLES[k % len(_ROLES)]}."
        para = f"{paragraphs[k % len(paragraphs)]} {said} ({k})"
        out.append(para)
        size += len(para) + 2
        k += 1
    joiner = " " if layout == "line" else "\n\n"
    return joiner.join(out)[:n_chars]


def timed(fn, text):
    began = time.perf_counter()
    fn(text)
    return time.perf_counter() - began


def main(argv=None):
    """Print a Markdown table of seconds per size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", default="0.1,1,2,4,8,20", help="sizes in MB")
    parser.add_argument(
        "--layout",
        choices=("paragraphs", "line"),
        default="paragraphs",
        help="paragraph breaks kept, or one unbroken line",
    )
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.steps.split(",")]
    warm = long_text(20_000)
    article_features(warm)
    highlight(warm)
    print(f"python {sys.version.split()[0]}, layout {args.layout}\n")
    print("| text | article_features s | ratio | highlight s | ratio |")
    print("|---|---|---|---|---|")
    base = None
    for mb in sizes:
        text = long_text(int(mb * 1_000_000), args.layout)
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
