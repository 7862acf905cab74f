"""Benchmark the issue-frame columns: analyze() with and without them, as ratios.

Usage: ``python benchmarks/bench_frames.py [--articles N] [--repeat R]``. Every
figure is milliseconds of this process's CPU time per AllSides immigration article
(best of R rounds taking turns, so load from other processes hits all alike), on
distinct copies of the texts so that no span cache helps: ``article_features``
as it is, the same with the frame columns switched off, ``frame_profile`` alone on a
fresh text, and one pass of the loaded-term alternation (the reference of the
performance target in benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import time

import framing.features as features
from framing import datasets
from framing.frames import frame_profile, load_frame_lexicon
from framing.lexicon import load_lexicon


def best_ms(contenders, texts, repeat):
    best = dict.fromkeys(contenders, float("inf"))
    for round_ in range(repeat):
        for name, fn in contenders.items():
            copies = [t + " " * (round_ + 1) for t in texts]
            began = time.process_time()
            for text in copies:
                fn(text)
            spent = (time.process_time() - began) / len(copies) * 1000
            best[name] = min(best[name], spent)
    return best


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    texts = datasets.load_allsides()["text"].head(args.articles).tolist()
    lexicon = load_lexicon()
    load_frame_lexicon()
    with_frames = features.frame_features

    def without(text):
        features.frame_features = lambda doc: {}
        try:
            return features.article_features(text)
        finally:
            features.frame_features = with_frames

    result = best_ms(
        {
            "analyze() per article": features.article_features,
            "analyze() without frame columns": without,
            "frame_profile() alone": frame_profile,
            "one regex pass (lexicon alternation)": lambda t: sum(
                1 for _ in lexicon._matcher.finditer(t)
            ),
        },
        texts,
        args.repeat,
    )
    for name, ms in result.items():
        print(f"{name:40} {ms:7.2f} ms")
    regex = result["one regex pass (lexicon alternation)"]
    print(
        f"{'analyze() / regex pass':40} {result['analyze() per article'] / regex:7.1f}x"
    )
    print(
        f"{'analyze() without frames / regex pass':40} "
        f"{result['analyze() without frame columns'] / regex:7.1f}x"
    )


if __name__ == "__main__":
    main()
