"""FrameClassifier against the cue lexicon on coded sentences; training and speed.

Re-run it when more sentences are coded (issue #23):

    PYTHONPATH=. python benchmarks/bench_classifier.py \
        --frac ../shared/data/frac/dev.csv \
        --gold ../shared/data/allsides_gold/frames_dev.csv [--gold MORE.csv ...] \
        [--learning-curve] [--speed] [--self-training]

``--frac``: a CSV ``id, sentence, label`` with FrAC's merged Media Frames Corpus codes;
cross-validated (stratified 5-fold x 3) macro-F1 of the classifier and of the cue
lexicon (``frame_profile(sentence).primary`` mapped as ``score_frames.py`` maps it) on
the same held-out sentences. ``--gold``: CSVs ``id, sentence, label`` (codes 1-15,
``--scheme mfc15``) with an optional ``article_id`` (CV grouped by it) and
``clutter`` (1 = page furniture, left out); accuracy of both, grouped CV. Prints
figures only, never sentences.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from framing.classifier import FrameClassifier, cross_validate_frames, learning_curve
from framing.coding.validity import frame_ids, library_measure

# FrAC's merged codes (../shared/data/README.md, section 4) as frame ids.
FRAC_CODES = {
    1: "economic",
    3: "morality",
    4: "fairness_equality",
    5: "legality",
    6: "policy",
    8: "security_defense",
    9: "health_safety",
    11: "cultural_identity",
    12: "public_opinion",
    15: "other",
}
# How ../shared/eval/score_frames.py maps the lexicon's 15 frames onto FrAC's merge.
FRAC_MERGE = {
    "capacity_resources": "economic",
    "crime_punishment": "legality",
    "political": "policy",
    "quality_of_life": "other",
    "external_regulation": "other",
}


def fmt_ci(ci):
    return f"[{ci[0]:.3f}, {ci[1]:.3f}]"


def bench_frac(path, curve, figure=None):
    data = pd.read_csv(path, keep_default_na=False)
    labels = [FRAC_CODES[int(code)] for code in data["label"]]
    lexicon = [FRAC_MERGE.get(f, f) for f in library_measure(data["sentence"])]
    result = cross_validate_frames(data["sentence"], labels, baseline=lexicon)
    rep = result["repeats"]
    print(f"FrAC dev ({len(data)} sentences), stratified 5-fold x {len(rep)}:")
    print(
        f"  classifier macro-F1 {result['macro_f1']:.3f} "
        f"{fmt_ci(result['macro_f1_ci'])} accuracy {result['accuracy']:.3f}"
    )
    print(
        f"  cue lexicon macro-F1 {rep['baseline_macro_f1'].mean():.3f} "
        f"accuracy {rep['baseline_accuracy'].mean():.3f} (same sentences)"
    )
    words = cross_validate_frames(
        data["sentence"], labels, estimator=FrameClassifier(cue_weight=0.0), n_boot=0
    )
    print(f"  TF-IDF alone (cue_weight=0) macro-F1 {words['macro_f1']:.3f}")
    if curve:
        table = learning_curve(data["sentence"], labels, n_repeats=10)
        print("  learning curve (held-out 25 %, 10 repeats):")
        print(table.round(3).to_string(index=False))
        if figure:
            from framing import plots
            from framing.coding.figures import plot_learning_curve

            ax = plot_learning_curve(
                table, title="FrAC dev: macro-F1 by sentences coded"
            )
            lexicon_f1 = rep["baseline_macro_f1"].mean()
            ax.axhline(lexicon_f1, color="grey", linestyle="--", label="cue lexicon")
            ax.legend(loc="lower right")
            plots.save_figure(ax, figure)
    return data, labels


def bench_gold(paths):
    frames = []
    for path in paths:
        table = pd.read_csv(path, keep_default_na=False, dtype=str)
        if "clutter" in table:
            table = table[table["clutter"].isin(["", "0"])]
        frames.append(table)
    data = pd.concat(frames, ignore_index=True)
    labels = frame_ids(data["label"])
    groups = data["article_id"] if "article_id" in data else data["id"]
    lexicon = library_measure(data["sentence"])
    result = cross_validate_frames(
        data["sentence"], labels, groups=list(groups), baseline=lexicon
    )
    rep = result["repeats"]
    print(
        f"real sentences ({len(data)} from {len(paths)} file(s), "
        f"{pd.Series(groups).nunique()} articles), grouped 5-fold x {len(rep)}:"
    )
    print(
        f"  classifier accuracy {result['accuracy']:.3f} "
        f"{fmt_ci(result['accuracy_ci'])} macro-F1 {result['macro_f1']:.3f}"
    )
    print(
        f"  cue lexicon accuracy {rep['baseline_accuracy'].mean():.3f} "
        f"macro-F1 {rep['baseline_macro_f1'].mean():.3f} (same sentences)"
    )
    return data, labels, lexicon


def bench_speed(sentences):
    rng = np.random.default_rng(0)
    # Distinct sentences, as a corpus has: 22 words drawn from the coded sentences'
    # words (the time depends on the length and the cues, not on the meaning).
    words = " ".join(sentences).split()
    train = [" ".join(rng.choice(words, 22)) for _ in range(2000)]
    labels = [f"f{i % 7}" for i in range(2000)]
    test = [" ".join(rng.choice(words, 22)) for _ in range(100_000)]
    model = FrameClassifier()
    start = time.perf_counter()
    model.fit(train, labels)
    fit = time.perf_counter() - start
    start = time.perf_counter()
    model.predict(test)
    predict = time.perf_counter() - start
    print(
        f"speed: fit 2,000 sentences {fit:.1f} s; predict 100,000 sentences "
        f"{predict:.1f} s ({100_000 / predict:,.0f} sentences/s)"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frac", help="FrAC-style CSV: id, sentence, label")
    parser.add_argument("--gold", action="append", default=[], help="codes 1-15 CSV")
    parser.add_argument("--learning-curve", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--figure", help="save the FrAC learning curve as this name")
    args = parser.parse_args(argv)
    sentences = []
    if args.frac:
        data, _ = bench_frac(args.frac, args.learning_curve, args.figure)
        sentences += list(data["sentence"])
    if args.gold:
        data, _, _ = bench_gold(args.gold)
        sentences += list(data["sentence"])
    if args.speed and sentences:
        bench_speed(sentences)


if __name__ == "__main__":
    main()
