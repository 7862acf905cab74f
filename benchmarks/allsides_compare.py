"""Compare left, center and right outlets on the AllSides immigration subset.

Label choice by bias, loaded terms per 1,000 words with bootstrap CIs (by article
and by outlet), quote balance by bias, the top distinguishing words and labels, and
a classifier predicting the outlet's bias from FramingFeatures against a
bag-of-words baseline with outlet-grouped cross-validation (Baly et al. 2020: a
random split lets a model recognise the outlet rather than its bias).

Usage: python benchmarks/allsides_compare.py [--figures DIR]
Needs the corpus (FRAMING_DATA or ../shared/data); prints numbers only, unless
--figures names a folder for the four comparison plots.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from framing import compare
from framing.datasets import load_allsides
from framing.errors import DataNotFoundError
from framing.features import analyze
from framing.transformer import FramingFeatures

BIAS = ["left", "center", "right"]
SEED = 0


def section(title: str) -> None:
    print(f"\n## {title}\n")


def show(frame: pd.DataFrame, digits: int = 3) -> None:
    print(frame.round(digits).to_string(index=False))


def rates(features: pd.DataFrame, value, **kwargs) -> pd.DataFrame:
    by_article = compare.group_rates(features, value, "bias_text", **kwargs)
    by_outlet = compare.group_rates(
        features, value, "bias_text", cluster="outlet", **kwargs
    )
    out = by_article[["group", "estimate", "low", "high", "n_articles", "n_missing"]]
    out = out.rename(columns={"low": "low_article", "high": "high_article"})
    out["low_outlet"] = by_outlet["low"].to_numpy()
    out["high_outlet"] = by_outlet["high"].to_numpy()
    out["n_outlets"] = by_outlet["n_clusters"].to_numpy()
    return out.set_index("group").loc[BIAS].reset_index()


def classify(texts: pd.Series, y: np.ndarray, groups: pd.Series, framing: np.ndarray):
    """Macro-F1 and accuracy of three models under outlet-grouped and random 5-fold."""
    models = {
        "majority class": (DummyClassifier(strategy="most_frequent"), framing),
        "FramingFeatures + logistic": (
            make_pipeline(
                StandardScaler(),
                LogisticRegression(max_iter=2000, class_weight="balanced"),
            ),
            framing,
        ),
        "bag of words (tf-idf) + logistic": (
            make_pipeline(
                TfidfVectorizer(min_df=2, sublinear_tf=True, stop_words="english"),
                LogisticRegression(max_iter=2000, class_weight="balanced"),
            ),
            texts.to_numpy(dtype=object),
        ),
    }
    splits = {
        "GroupKFold(5) by outlet": (GroupKFold(n_splits=5), groups),
        "StratifiedKFold(5), random": (
            StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED),
            None,
        ),
    }
    rows = []
    for split_name, (splitter, split_groups) in splits.items():
        for model_name, (model, X) in models.items():
            scores = cross_validate(
                model,
                X,
                y,
                groups=split_groups,
                cv=splitter,
                scoring=["f1_macro", "accuracy"],
            )
            rows.append(
                {
                    "split": split_name,
                    "model": model_name,
                    "macro_f1": scores["test_f1_macro"].mean(),
                    "macro_f1_sd": scores["test_f1_macro"].std(),
                    "accuracy": scores["test_accuracy"].mean(),
                    "accuracy_sd": scores["test_accuracy"].std(),
                }
            )
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", help="write the comparison plots here")
    args = parser.parse_args(argv)
    try:
        df = load_allsides(download_if_missing=False)
    except DataNotFoundError as exc:
        print(f"data not available: {exc}")
        return 0
    pd.set_option("display.width", 140)

    start = time.perf_counter()
    features = analyze(df, text="text")
    elapsed = time.perf_counter() - start
    features = features.join(df[["outlet", "bias_text"]])
    print(
        f"{len(df)} articles, {df['outlet'].nunique()} outlets; analyze() "
        f"{elapsed:.1f} s; articles per bias: "
        f"{df['bias_text'].value_counts().reindex(BIAS).to_dict()}"
    )

    section("Label choice by bias (author's voice)")
    shares = compare.label_shares(features, "bias_text")
    table = shares.pivot(index="group", columns="label", values="share").loc[BIAS]
    counts = shares.groupby("group")["count"].sum().loc[BIAS]
    table["labels_written"] = counts
    show(table.reset_index())
    with_label = features[features["label_author"] != ""]
    print(
        f"\nShare of articles whose dominant author label is ..., among the "
        f"{len(with_label)} articles with any status label (95% CI, by outlet):"
    )
    for label in ["illegal", "undocumented"]:
        flag = with_label["label_author"].eq(label).rename(f"label_author={label}")
        out = compare.group_rates(with_label, flag, "bias_text", cluster="outlet")
        out = out.set_index("group").loc[BIAS].reset_index()
        show(out[["value", "group", "estimate", "low", "high", "n_articles"]])

    section("Loaded terms per 1,000 author words (mean over articles, 95% CI)")
    show(rates(features, "loaded_author_per_1k"))
    has_loaded = (features["loaded_author"] > 0).rename("any loaded term")
    print("\nShare of articles with at least one loaded term in the author's voice:")
    show(rates(features, has_loaded))

    section("Quote balance by bias")
    quoted = compare.quote_shares(features, "bias_text")
    show(
        quoted.pivot(index="group", columns="side", values="share")
        .loc[BIAS]
        .reset_index()
    )
    print("\nbalance_index (1 = equal direct voice, 0 = one side only):")
    show(rates(features, "balance_index"))

    section("Top distinguishing words, left vs right (stop words removed)")
    words = compare.count_words(
        df["text"], df["bias_text"], stop_words="english"
    ).reindex(columns=BIAS)
    odds = compare.log_odds_by(words, "left", "right", min_count=10)
    cols = ["term", "count_a", "count_b", "z"]
    print("most left:")
    show(odds.head(15)[cols])
    print("most right:")
    show(odds.tail(15).iloc[::-1][cols])

    section("The same, without words that one outlet writes most of")
    # One outlet's boilerplate ("Click here for reprint permission") or house style
    # ("Mr.") can top the list on its own (the Washington Times is 211 of the 650
    # right-rated articles); keep words no single outlet writes more than half of.
    per_outlet = compare.count_words(df["text"], df["outlet"], stop_words="english")
    top_share = per_outlet.max(axis=1) / per_outlet.sum(axis=1)
    print(f"{int((top_share > 0.5).sum())} of {len(top_share)} words left out")
    odds_spread = compare.log_odds_by(
        words[top_share <= 0.5], "left", "right", min_count=10
    )
    print("most left:")
    show(odds_spread.head(15)[cols])
    print("most right:")
    show(odds_spread.tail(15).iloc[::-1][cols])

    section("Lexicon labels (author's voice), left vs right")
    labels = compare.count_labels(df["text"], df["bias_text"]).reindex(columns=BIAS)
    label_odds = compare.log_odds_by(labels, "left", "right", prior=1.0)
    show(label_odds[["term", "count_a", "count_b", "delta", "z"]])

    section("Predicting the outlet's bias (3 classes)")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        start = time.perf_counter()
        # FramingFeatures learns nothing in fit, so computing it once for all
        # articles is the same as computing it inside every fold.
        framing = FramingFeatures().fit_transform(df["text"])
        print(f"FramingFeatures: {framing.shape[1]} columns")
        result = classify(df["text"], df["bias"].to_numpy(), df["outlet"], framing)
    show(result)
    print(f"(classification {time.perf_counter() - start:.0f} s)")

    if args.figures:
        from framing import plots

        plots.set_theme()
        per_1k = compare.group_rates(
            features, "loaded_author_per_1k", "bias_text", cluster="outlet"
        )
        for name, ax in [
            ("allsides_log_odds", plots.log_odds(odds_spread)),
            ("allsides_loaded_per_1k", plots.group_rates(per_1k)),
            ("allsides_label_shares", plots.label_shares(shares)),
            ("allsides_quote_balance", plots.quote_balance(features, "bias_text")),
        ]:
            plots.save_figure(ax, name, directory=args.figures)
        print(f"figures written to {args.figures}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
