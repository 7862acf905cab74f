"""Corpus-level shares on all AllSides articles: what a researcher would publish.

    python benchmarks/corpus_shares.py [--limit N] [--json OUT]

Runs ``framing.analyze`` and ``framing.sources`` over every article of
``$FRAMING_DATA/allsides/{immigration,issues}.csv.gz`` (7,564 articles) and reports:

- sources: rows, share whose name starts with a lowercase letter, share of type
  ``unknown``, share of women among sources coded male or female;
- loaded language: flags in the author's voice and in quotes, the share of all flags
  that the single most frequent term makes, and loaded flags per 1,000 words by outlet
  bias (mean over articles, 95 % bootstrap CI resampling articles);
- frames: the share of articles whose primary frame is each frame, by outlet bias.

The before/after figures of a release are this script's output on the two trees.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

import framing

DATA = Path(
    os.environ.get("FRAMING_DATA")
    or Path(__file__).resolve().parents[2] / "shared" / "data"
)


def corpus(limit: int | None) -> pd.DataFrame:
    """Return all AllSides articles (text, bias, topic)."""
    imm = pd.read_csv(DATA / "allsides" / "immigration.csv.gz", keep_default_na=False)
    imm["topic"] = "immigration"
    iss = pd.read_csv(DATA / "allsides" / "issues.csv.gz", keep_default_na=False)
    df = pd.concat([imm, iss], ignore_index=True)
    df = df.rename(columns={"content_original": "text"})
    if limit:
        df = df.sample(n=limit, random_state=0).reset_index(drop=True)
    return df


def _ci(
    values: np.ndarray, rng: np.random.Generator, n: int = 1000
) -> tuple[float, float]:
    idx = rng.integers(0, len(values), size=(n, len(values)))
    means = values[idx].mean(axis=1)
    return float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


def main() -> None:
    """Compute and print the shares."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    df = corpus(args.limit)
    rng = np.random.default_rng(0)
    out: dict = {"articles": len(df)}

    rows = []
    for text in df["text"]:
        rows.append(framing.sources(text).table)
    src = pd.concat(rows, ignore_index=True)
    names = src["name"].astype(str)
    people = src[src["gender"].isin(["female", "male"])]
    out["sources"] = {
        "rows": len(src),
        "lowercase_initial": float(names.str.match(r"[a-z]").mean()),
        "type_unknown": float((src["type"] == "unknown").mean()),
        "women_share": float((people["gender"] == "female").mean()),
    }

    terms: Counter = Counter()
    for text in df["text"]:
        terms.update(m.term for m in framing.find_loaded_terms(text))
    total = sum(terms.values())
    top, top_n = terms.most_common(1)[0] if terms else ("", 0)
    out["loaded"] = {
        "flags": total,
        "top_term": top,
        "top_term_share": top_n / total if total else float("nan"),
        "top10": terms.most_common(10),
    }

    feats = framing.analyze(df, progress=False)
    feats["bias"] = df["bias_text"].to_numpy()
    by_bias = {}
    for bias, g in feats.groupby("bias"):
        v = g["loaded_author_per_1k"].fillna(0).to_numpy(dtype=float)
        lo, hi = _ci(v, rng)
        by_bias[bias] = {"mean": float(v.mean()), "ci": [lo, hi], "n": len(v)}
    out["loaded_author_per_1k_by_bias"] = by_bias
    if "frame_primary" in feats:
        shares = (
            feats.groupby("bias")["frame_primary"]
            .value_counts(normalize=True, dropna=False)
            .round(3)
        )
        out["frame_primary_by_bias"] = {
            f"{b}|{f}": float(v) for (b, f), v in shares.items()
        }
        # 95 % intervals of each share: articles resampled within the group
        ci = {}
        for bias, g in feats.groupby("bias"):
            frames = g["frame_primary"].fillna("none").to_numpy(dtype=object)
            for frame in pd.unique(frames):
                lo, hi = _ci((frames == frame).astype(float), rng)
                ci[f"{bias}|{frame}"] = [round(lo, 3), round(hi, 3)]
        out["frame_primary_by_bias_ci"] = ci
    print(json.dumps(out, indent=1, default=str))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
