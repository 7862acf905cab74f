"""FrameClassifier trained on real coded sentences, scored on our untouched half.

    python benchmarks/classifier_real.py [--frac] [--curve]

Training: the shared gold's 120 frame sentences (``allsides_gold/frames_dev.csv``) and
our own ``tune`` sentences (``tests/data/real_dev/``, both coding rounds: 317),
optionally plus FrAC's dev sentences (``--frac``, labels mapped to frame ids). Test:
our ``report`` sentences (316), never read for rules. ``--curve``: accuracy on the
test sentences against the number of training sentences (random subsets, 10 draws
each; the range is the 2.5-97.5 % of draws). Compared with the cue lexicon
(``frame_profile(s).primary``) on the same test sentences; accuracy on the coders'
primary frame and on primary or secondary, with 95 % bootstrap intervals over
sentences (one per article).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

import framing
from framing.classifier import FrameClassifier
from framing.coding import frame_ids

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "real_dev"))
import build

FRAC = {1: "economic", 3: "morality", 4: "fairness_equality", 5: "legality",
        6: "policy", 8: "security_defense", 9: "health_safety",
        11: "cultural_identity", 12: "public_opinion", 15: "other"}  # fmt: skip


def _acc(pred, primary, secondary, rng) -> tuple[float, float, tuple, tuple]:
    hit1 = np.array([p == g for p, g in zip(pred, primary, strict=True)], float)
    hit2 = np.array(
        [p in (g, s) for p, g, s in zip(pred, primary, secondary, strict=True)], float
    )
    out = []
    for hit in (hit1, hit2):
        idx = rng.integers(0, len(hit), size=(2000, len(hit)))
        means = hit[idx].mean(axis=1)
        out.append((float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))))
    return hit1.mean(), hit2.mean(), out[0], out[1]


def main() -> None:
    """Train, predict and print the comparison."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frac", action="store_true", help="add FrAC dev to training")
    ap.add_argument("--curve", action="store_true", help="learning curve on real news")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tune = pd.read_csv(build.build(Path(tmp) / "t", "tune")["frames"])
        report = pd.read_csv(build.build(Path(tmp) / "r", "report")["frames"])
    shared = pd.read_csv(build.data_dir() / "allsides_gold" / "frames_dev.csv")
    train = pd.concat([shared, tune], ignore_index=True)
    x = train["sentence"].tolist()
    y = frame_ids(train["label"].tolist())
    if args.frac:
        frac = pd.read_csv(build.data_dir() / "frac" / "dev.csv")
        x += frac["sentence"].tolist()
        y += [FRAC[int(v)] for v in frac["label"]]
    model = FrameClassifier().fit(x, y)
    primary = frame_ids(report["label"].tolist())
    secondary = frame_ids(report["secondary"].tolist())
    rng = np.random.default_rng(0)
    rows = {
        "cue lexicon": [
            framing.frame_profile(s).primary or "other" for s in report["sentence"]
        ],
        "FrameClassifier": list(model.predict(report["sentence"].tolist())),
    }
    if args.curve:
        _curve(x, y, report["sentence"].tolist(), primary, rng)
        return
    print(f"train {len(x)} sentences; test: own-report, {len(report)} sentences")
    for name, pred in rows.items():
        a1, a2, c1, c2 = _acc(pred, primary, secondary, rng)
        print(
            f"{name:16s} primary {a1:.2f} [{c1[0]:.2f}-{c1[1]:.2f}]  "
            f"primary or secondary {a2:.2f} [{c2[0]:.2f}-{c2[1]:.2f}]"
        )


def _curve(x, y, test, primary, rng) -> None:
    gold = np.array(primary, dtype=object)
    print("| coded sentences | accuracy on own-report | range |")
    print("|---|---|---|")
    sizes = [n for n in (50, 100, 200, 300) if n < len(x)] + [len(x)]
    for n in sizes:
        accs = []
        for _ in range(10 if n < len(x) else 1):
            pick = rng.choice(len(x), size=n, replace=False)
            labels = [y[i] for i in pick]
            if len(set(labels)) < 2:
                continue
            model = FrameClassifier().fit([x[i] for i in pick], labels)
            accs.append(float((model.predict(test) == gold).mean()))
        lo, hi = np.quantile(accs, [0.025, 0.975])
        print(f"| {n} | {np.mean(accs):.3f} | {lo:.3f}-{hi:.3f} |")


if __name__ == "__main__":
    main()
