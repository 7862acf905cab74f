"""Time ``extract_quotes`` on one long text: 100 kB, 1 MB and 10 MB.

Usage: ``python benchmarks/scaling.py [--sizes 100000 1000000 10000000]
[--single-line] [--profile N]``.

The text is the seed article's paragraphs repeated (news copy with direct
quotations, reported speech, names and pronouns). ``--single-line`` joins them
with spaces into one paragraph, the worst case for any window bounded by the
paragraph. The target (issue 11, item 4) is linear time: 1 MB within 12x the
100 kB time. ``--profile N`` prints the N most expensive functions for the
largest size.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from importlib.resources import files

from framing import extract_quotes


def long_text(size: int, single_line: bool = False) -> str:
    """Return about ``size`` characters of repeated seed paragraphs."""
    seed = (files("framing") / "data" / "seed.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in seed.split("\n\n") if p.strip()]
    sep = " " if single_line else "\n\n"
    out: list[str] = []
    n = 0
    while n < size:
        for p in paragraphs:
            out.append(p)
            n += len(p) + len(sep)
            if n >= size:
                break
    return sep.join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000]
    )
    parser.add_argument("--single-line", action="store_true")
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    base = None
    print("| characters | quotes | seconds | x the first size | x its length |")
    print("|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        text = long_text(size, args.single_line)
        began = time.perf_counter()
        if args.profile and size == max(args.sizes):
            profile = cProfile.Profile()
            quotes = profile.runcall(extract_quotes, text)
        else:
            quotes = extract_quotes(text)
        took = time.perf_counter() - began
        assert all(text[q.start : q.end] == q.text for q in quotes)
        if base is None:
            base = (took, len(text))
        ratio = took / base[0]
        length = len(text) / base[1]
        row = [f"{len(text):,}", f"{len(quotes):,}", f"{took:.2f}"]
        print("| " + " | ".join([*row, f"{ratio:.1f}", f"{length:.0f}"]) + " |")
    if args.profile:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(args.profile)


if __name__ == "__main__":
    main()
