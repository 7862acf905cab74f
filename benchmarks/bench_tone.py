"""Benchmark framing.tone against vaderSentiment on the seed article, as ratios.

Usage: ``python benchmarks/bench_tone.py [--articles N] [--repeat R]``. Every
figure is seed articles per second of CPU time on one core, best of R runs taking
turns, all measured in this run:
vaderSentiment sentence by sentence and on the whole text at once, then
``framing.tone.polarity_scores`` on the same sentences, and ``tone_by_voice()`` on
distinct copies of the seed (so the per-text span caches of ``framing.text`` cannot
help it; sentence splitting and quotation pairing are included), and on one text
again and again (spans cached, as when ``analyze()`` has already asked
``framing.text`` for them for other features).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.text import sentence_spans
from framing.tone import polarity_scores, tone_by_voice

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5742304cf4503c0a.txt"


def rates(contenders, n, repeat):
    """Best-of-``repeat`` calls per second of each function, ``n`` calls a run.

    Runs take turns (one run of each contender per round), so a burst of load
    from other processes on a shared machine hits all of them alike; time is
    this process's CPU time, so waiting for a busy core does not count.
    """
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeat):
        for name, fn in contenders.items():
            began = time.process_time()
            for _ in range(n):
                fn()
            best[name] = min(best[name], time.process_time() - began)
    return {name: n / seconds for name, seconds in best.items()}


def main() -> None:
    """Print articles per second of each contender and the ratio to VADER."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="per run")
    parser.add_argument("--repeat", type=int, default=7, help="runs, best kept")
    args = parser.parse_args()
    n = args.articles

    text = SEED.read_text(encoding="utf-8")
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    analyzer = SentimentIntensityAnalyzer()
    # Distinct strings (a paragraph number appended) defeat the text caches.
    copies = iter([f"{text}\n\n{i}" for i in range(args.repeat * n)])

    def vader_sentences():
        for sentence in sentences:
            analyzer.polarity_scores(sentence)

    def ours_sentences():
        for sentence in sentences:
            polarity_scores(sentence)

    def vader_whole():
        analyzer.polarity_scores(text)

    def tone_cold():
        tone_by_voice(next(copies))

    def tone_warm():
        tone_by_voice(text)

    contenders = {
        "vaderSentiment, per sentence": vader_sentences,
        "vaderSentiment, whole text": vader_whole,
        "framing polarity_scores, per sentence": ours_sentences,
        "framing tone_by_voice(), spans computed": tone_cold,
        "framing tone_by_voice(), spans cached": tone_warm,
    }
    rows = list(rates(contenders, n, args.repeat).items())
    base = rows[0][1]
    print(
        f"seed: {len(text)} characters, {len(sentences)} sentences; "
        f"best of {args.repeat} runs of {n} articles"
    )
    print(f"| {'contender':<46} | articles/s | x VADER per sentence |")
    print(f"|{'-' * 48}|-----------:|---------------------:|")
    for name, value in rows:
        print(f"| {name:<46} | {value:>10,.0f} | {value / base:>20.2f} |")


if __name__ == "__main__":
    main()
