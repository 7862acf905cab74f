import math
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import compare
from framing.compare import (
    count_labels,
    count_words,
    group_rates,
    label_change,
    label_shares,
    label_shares_by_period,
    log_odds,
    log_odds_by,
    quote_shares,
    top_share,
)
from framing.compare.groups import _bootstrap, _weighted_stat
from framing.errors import InputError
from framing.features import analyze
from framing.text import word_spans

# ------------------------------------------------------------------ count_words


def test_count_words_lowercases_and_joins_apostrophes():
    texts = ["It’s the Wall. It's the wall!", "Walls and 2019 numbers"]
    counts = count_words(texts)
    assert counts["all"].to_dict() == {
        "and": 1,
        "it's": 2,
        "numbers": 1,
        "the": 2,
        "wall": 2,
        "walls": 1,
    }


def test_count_words_keeps_numbers_on_request():
    counts = count_words(["In 2019, 15 agents"], numbers=True)
    assert counts["all"].to_dict() == {"15": 1, "2019": 1, "agents": 1, "in": 1}


def test_count_words_groups_and_stop_words():
    counts = count_words(
        ["The wall is a wall.", None, "Dreamers are not a wall"],
        groups=["right", "left", "left"],
        stop_words="english",
    )
    assert list(counts.columns) == ["right", "left"]
    assert counts.to_dict(orient="index") == {
        "dreamers": {"right": 0, "left": 1},
        "wall": {"right": 2, "left": 1},
    }


def test_count_words_custom_stop_words_match_case_insensitively():
    counts = count_words(["Border agents at the BORDER"], stop_words=["border", "The"])
    assert counts["all"].to_dict() == {"agents": 1, "at": 1}


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"texts": "one text"}, InputError, "not one str"),
        (
            {"texts": ["a", "b"], "groups": ["x"]},
            InputError,
            "1 values but texts has 2",
        ),
        ({"texts": ["a"], "stop_words": "french"}, InputError, "stop_words='french'"),
        ({"texts": [3]}, TypeError, "must be a str"),
    ],
    ids=["str", "length", "stop-words", "non-str"],
)
def test_count_words_errors(kwargs, error, match):
    with pytest.raises(error, match=match):
        count_words(**kwargs)


pieces = st.sampled_from(
    ["illegal", " aliens", " It’s", " 2019", '"', "“", "”", "’", "'", "\n", " the"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(), st.lists(pieces).map("".join)), max_size=3))
def test_counts_never_raise_and_total_the_words(texts):
    words = count_words(texts, numbers=True)
    assert int(words.to_numpy().sum()) == sum(len(word_spans(t)) for t in texts)
    labels = count_labels(texts, voice="all")
    assert (labels.to_numpy() >= 0).all()


# ----------------------------------------------------------------- count_labels

LABEL_TEXTS = [
    'Illegal aliens crossed, he wrote. "Undocumented immigrants pay taxes," she said.',
    "The undocumented immigrants and the illegal aliens waited.",
]


def test_count_labels_author_voice_by_default():
    counts = count_labels(LABEL_TEXTS, groups=["right", "left"])
    assert counts.to_dict(orient="index") == {
        "illegal alien": {"right": 1, "left": 1},
        "undocumented immigrant": {"right": 0, "left": 1},
    }


@pytest.mark.parametrize(
    ("voice", "key", "loaded_only", "expected"),
    [
        ("quoted", "term", False, {"undocumented immigrant": 1}),
        ("all", "label", False, {"alien": 2, "undocumented": 2}),
        ("all", "label", True, {"alien": 2}),
        ("author", "category", False, {"status label": 3}),
    ],
    ids=["quoted", "all-labels", "loaded-only", "category"],
)
def test_count_labels_options(voice, key, loaded_only, expected):
    counts = count_labels(LABEL_TEXTS, voice=voice, key=key, loaded_only=loaded_only)
    assert counts["all"].to_dict() == expected


def test_count_labels_rejects_unknown_voice():
    with pytest.raises(InputError, match="voice='narrator'"):
        count_labels(LABEL_TEXTS, voice="narrator")


# --------------------------------------------------------------------- log_odds


def test_log_odds_flat_prior_by_hand():
    # a = {x: 2, y: 1}, b = {x: 1, y: 2}; flat prior a_w = 1, so a0 = 2, n_a = n_b = 3.
    # x: delta = log((2+1)/(3+2-2-1)) - log((1+1)/(3+2-1-1)) = log(3/2) - log(2/3)
    #          = 2 log 1.5 = 0.8109302162
    #    var   = 1/(2+1) + 1/(1+1) = 5/6;  z = 0.8109302162 / 0.9128709292 = 0.8883295
    # y: the mirror image, delta = -0.8109302162, z = -0.8883295.
    out = log_odds({"x": 2, "y": 1}, {"x": 1, "y": 2}, prior=1.0)
    assert out["term"].tolist() == ["x", "y"]
    assert out["count_a"].tolist() == [2, 1]
    assert out["count_b"].tolist() == [1, 2]
    assert out["prior"].tolist() == [1.0, 1.0]
    assert out["delta"].tolist() == pytest.approx([0.8109302162, -0.8109302162])
    assert out["variance"].tolist() == pytest.approx([5 / 6, 5 / 6])
    assert out["z"].tolist() == pytest.approx([0.8883295, -0.8883295], abs=1e-7)
    assert out["group"].tolist() == ["a", "b"]


def test_log_odds_pooled_prior_by_hand():
    # a = {x: 3, y: 1}, b = {x: 1, y: 3}; the pooled prior is a_x = a_y = 4, a0 = 8,
    # n_a = n_b = 4.
    # x: delta = log((3+4)/(4+8-3-4)) - log((1+4)/(4+8-1-4)) = log(7/5) - log(5/7)
    #          = 2 log 1.4 = 0.6729444732
    #    var   = 1/7 + 1/5 = 12/35;  z = 0.6729444732 / 0.5855400438 = 1.1492715
    out = log_odds(pd.Series({"x": 3, "y": 1}), pd.Series({"x": 1, "y": 3}))
    assert out["prior"].tolist() == [4.0, 4.0]
    assert out["delta"].tolist() == pytest.approx([0.6729444732, -0.6729444732])
    assert out["z"].tolist() == pytest.approx([1.1492715, -1.1492715], abs=1e-7)


def test_log_odds_a0_rescales_the_prior_by_hand():
    # Same counts; the pooled prior (4, 4) rescaled to a0 = 2 gives a_x = a_y = 1.
    # x: delta = log((3+1)/(4+2-3-1)) - log((1+1)/(4+2-1-1)) = log 2 - log(1/2)
    #          = 2 log 2 = 1.3862943611
    #    var   = 1/4 + 1/2 = 3/4;  z = 1.3862943611 / sqrt(3/4) = 1.6007548
    out = log_odds({"x": 3, "y": 1}, {"x": 1, "y": 3}, a0=2, names=("left", "right"))
    assert out["prior"].tolist() == [1.0, 1.0]
    assert out["delta"].tolist() == pytest.approx([1.3862943611, -1.3862943611])
    assert out["z"].tolist() == pytest.approx([1.6007548, -1.6007548], abs=1e-7)
    assert out["group"].tolist() == ["left", "right"]
    assert out.attrs["groups"] == ("left", "right")


def test_log_odds_terms_missing_from_one_side_count_zero():
    out = log_odds({"wall": 5}, {"dreamers": 5})
    assert out.set_index("term")[["count_a", "count_b"]].to_dict("index") == {
        "wall": {"count_a": 5, "count_b": 0},
        "dreamers": {"count_a": 0, "count_b": 5},
    }
    assert out["term"].tolist() == ["wall", "dreamers"]
    assert np.isfinite(out["z"]).all()


def test_log_odds_background_prior_drops_unknown_terms_with_warning():
    # A background term neither group uses ("q") is simply not a row.
    out = log_odds({"x": 2, "y": 1}, {"x": 1, "y": 2}, prior={"x": 1, "y": 1, "q": 5})
    assert out["term"].tolist() == ["x", "y"]
    with pytest.warns(
        UserWarning, match=r"1 term\(s\) have no prior count.*e.g. \['y'\]"
    ):
        out = log_odds({"x": 2, "y": 1}, {"x": 1, "y": 2}, prior={"x": 1})
    assert out["term"].tolist() == ["x"]


def test_log_odds_min_count_keeps_totals():
    out = log_odds({"x": 2, "y": 1, "z": 1}, {"x": 1, "y": 2}, prior=1.0, min_count=3)
    assert out["term"].tolist() == ["x", "y"]
    # n_a = 4 now (z still counts): x delta = log(3/(4+3-2-1)) - log(2/(3+3-1-1))
    assert out["delta"].iloc[0] == pytest.approx(math.log(3 / 4) - math.log(2 / 4))


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"counts_a": {"x": -1}, "counts_b": {"x": 1}}, "non-negative"),
        ({"counts_a": {"x": "many"}, "counts_b": {"x": 1}}, "non-negative"),
        ({"counts_a": {"x": 1}, "counts_b": {"x": 1}, "prior": 0.0}, "flat prior"),
        ({"counts_a": {"x": 1}, "counts_b": {"x": 1}, "a0": -2}, "a0=-2"),
        (
            {"counts_a": pd.DataFrame({"l": [1]}), "counts_b": {"x": 1}},
            "use log_odds_by",
        ),
    ],
    ids=["negative", "text", "zero-prior", "a0", "frame"],
)
def test_log_odds_errors(kwargs, match):
    with pytest.raises(InputError, match=match):
        log_odds(**kwargs)


def test_log_odds_by_against_the_rest_by_hand():
    counts = pd.DataFrame(
        {"left": [3, 1], "center": [0, 1], "right": [1, 2]}, index=["x", "y"]
    )
    out = log_odds_by(counts, "left", prior=1.0)
    # b = center + right = {x: 1, y: 3}; a = {x: 3, y: 1}; flat prior 1, a0 = 2.
    # x: delta = log(4/(4+2-3-1)) - log(2/(4+2-1-1)) = 2 log 2
    assert out["count_b"].tolist() == [1, 3]
    assert out["delta"].iloc[0] == pytest.approx(2 * math.log(2))
    assert out.attrs["groups"] == ("left", "rest")


def test_log_odds_by_default_prior_pools_all_groups():
    counts = pd.DataFrame(
        {"left": [3, 1], "center": [4, 0], "right": [1, 3]}, index=["x", "y"]
    )
    out = log_odds_by(counts, "left", "right")
    # prior = row sums over all three groups: x 8, y 4 (a0 = 12); n_a = n_b = 4.
    # x: delta = log((3+8)/(4+12-3-8)) - log((1+8)/(4+12-1-8)) = log(11/5) - log(9/7)
    assert out["prior"].tolist() == [8.0, 4.0]
    assert out["delta"].iloc[0] == pytest.approx(math.log(11 / 5) - math.log(9 / 7))
    assert out["group"].tolist() == ["left", "right"]


@pytest.mark.parametrize(
    ("group", "other", "match"),
    [("green", None, "no group 'green'"), ("left", "left", "are both 'left'")],
)
def test_log_odds_by_errors(group, other, match):
    counts = pd.DataFrame({"left": [1], "right": [2]}, index=["x"])
    with pytest.raises(InputError, match=match):
        log_odds_by(counts, group, other)


def test_log_odds_on_counted_words():
    counts = count_words(
        [
            "The wall will stop the illegal crossings at the wall.",
            "Dreamers and families fear the raids; families wait.",
        ],
        groups=["right", "left"],
        stop_words="english",
    )
    out = log_odds_by(counts, "right", "left")
    assert out["term"].iloc[0] == "wall"
    assert out["term"].iloc[-1] == "families"
    assert out["group"].iloc[0] == "right"


# ------------------------------------------------------------------ group_rates


def _frame(values, groups, clusters=None):
    data = {"v": values, "g": groups}
    if clusters is not None:
        data["c"] = clusters
    return pd.DataFrame(data)


def test_group_rates_identical_values_give_zero_width():
    out = group_rates(_frame([2.5] * 6, ["a"] * 3 + ["b"] * 3), "v", "g")
    assert out[["group", "estimate", "low", "high"]].values.tolist() == [
        ["a", 2.5, 2.5, 2.5],
        ["b", 2.5, 2.5, 2.5],
    ]


def test_group_rates_counts_and_estimates():
    features = _frame(
        [1.0, 2.0, 6.0, np.nan, 4.0, np.nan],
        ["left", "left", "left", "left", "right", None],
    )
    out = group_rates(features, "v", "g", n_boot=200)
    assert out.columns.tolist() == [
        "value",
        "group",
        "stat",
        "estimate",
        "low",
        "high",
        "n_articles",
        "n_missing",
        "n_clusters",
    ]
    assert out["group"].tolist() == ["left", "right"]
    assert out["estimate"].tolist() == [3.0, 4.0]
    assert out["n_articles"].tolist() == [3, 1]
    assert out["n_missing"].tolist() == [1, 0]
    assert out["n_clusters"].tolist() == [3, 1]
    assert out["value"].tolist() == ["v", "v"]
    # Resamples of {1, 2, 6} have means between 1 and 6, and the interval holds 3.
    assert 1.0 <= out.loc[0, "low"] < 3.0 < out.loc[0, "high"] <= 6.0


def test_group_rates_median():
    features = _frame([1.0, 2.0, 9.0, 10.0, 11.0], ["a"] * 5)
    out = group_rates(features, "v", "g", stat="median", n_boot=300)
    assert out.loc[0, "estimate"] == 9.0
    assert out.loc[0, "stat"] == "median"
    assert 1.0 <= out.loc[0, "low"] <= 9.0 <= out.loc[0, "high"] <= 11.0


def test_group_rates_and_shares_with_repeated_index_and_categories():
    # analyze() keeps the caller's index, which may repeat labels.
    order = pd.Categorical(["right", "left", "left"], ["left", "center", "right"])
    features = pd.DataFrame(
        {"v": [1.0, 2.0, 4.0], "label_x_author": [1, 2, 0], "g": order},
        index=[0, 0, 1],
    )
    out = group_rates(features, "v", "g", n_boot=20)
    assert out[["group", "estimate", "n_articles"]].values.tolist() == [
        ["left", 3.0, 2],
        ["right", 1.0, 1],
    ]
    shares = label_shares(features, "g")
    assert shares[["group", "count", "n_articles"]].values.tolist() == [
        ["left", 2, 2],
        ["right", 1, 1],
    ]


def test_group_rates_all_missing_group():
    features = _frame([np.nan, np.nan, 1.0], ["a", "a", "b"])
    out = group_rates(features, "v", "g", n_boot=50)
    assert out.loc[0, ["n_articles", "n_missing"]].tolist() == [0, 2]
    assert math.isnan(out.loc[0, "estimate"]) and math.isnan(out.loc[0, "high"])


def test_group_rates_is_reproducible_with_a_seed():
    rng = np.random.default_rng(1)
    features = _frame(rng.normal(size=60), ["a", "b"] * 30)
    first = group_rates(features, "v", "g", n_boot=300, seed=7)
    again = group_rates(features, "v", "g", n_boot=300, seed=7)
    other = group_rates(features, "v", "g", n_boot=300, seed=8)
    pd.testing.assert_frame_equal(first, again)
    assert first["low"].tolist() != other["low"].tolist()


def test_group_rates_share_of_a_label():
    features = pd.DataFrame(
        {
            "label_author": ["illegal", "undocumented", "illegal", "", "illegal"],
            "bias": ["right", "right", "right", "left", "left"],
        }
    )
    out = group_rates(features, features["label_author"].eq("illegal"), "bias")
    assert out["stat"].tolist() == ["share", "share"]
    assert out["estimate"].tolist() == [0.5, pytest.approx(2 / 3)]
    assert out["value"].tolist() == ["label_author", "label_author"]


def test_group_rates_cluster_bootstrap_is_wider_with_an_outlier_outlet():
    # Three outlets of ten articles; one writes 10 per article, the others 0.
    values = [0.0] * 20 + [10.0] * 10
    outlets = ["A"] * 10 + ["B"] * 10 + ["C"] * 10
    features = _frame(values, ["g"] * 30, outlets)
    by_article = group_rates(features, "v", "g")
    by_outlet = group_rates(features, "v", "g", cluster="c")
    assert by_article.loc[0, "estimate"] == by_outlet.loc[0, "estimate"]
    assert by_outlet.loc[0, "n_clusters"] == 3
    # Drawing outlet C never (p = (2/3)^3 = 0.30) or three times (p = 1/27 = 0.037)
    # is more likely than 2.5%, so the outlet interval spans the full 0..10.
    assert by_outlet.loc[0, ["low", "high"]].tolist() == [0.0, 10.0]
    width_article = by_article.loc[0, "high"] - by_article.loc[0, "low"]
    assert width_article < 6.0


def test_group_rates_warns_on_a_single_cluster():
    features = _frame([1.0, 2.0], ["g", "g"], ["A", "A"])
    with pytest.warns(UserWarning, match="has one cluster"):
        out = group_rates(features, "v", "g", cluster="c", n_boot=20)
    assert out.loc[0, ["low", "high"]].tolist() == [1.5, 1.5]


def test_group_rates_accepts_series_for_by_and_cluster():
    features = _frame([1.0, 3.0, 5.0], ["x", "x", "y"])
    with pytest.warns(UserWarning, match="group 'y' has one cluster"):
        out = group_rates(
            features, "v", features["g"], cluster=pd.Series([1, 2, 3]), n_boot=20
        )
    assert out["estimate"].tolist() == [2.0, 5.0]
    assert out["n_clusters"].tolist() == [2, 1]


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"value": "nope", "by": "g"}, "value='nope': no such column"),
        ({"value": "v", "by": "g", "stat": "mode"}, "stat='mode'"),
        ({"value": "v", "by": "g", "ci": 95}, "ci=95"),
        ({"value": "v", "by": "g", "n_boot": 0}, "n_boot=0"),
        ({"value": "g", "by": "g"}, "has dtype"),
        ({"value": pd.Series([1.0], index=[9]), "by": "g"}, "same index"),
    ],
    ids=["column", "stat", "ci", "n_boot", "text", "index"],
)
def test_group_rates_errors(kwargs, match):
    with pytest.raises(InputError, match=match):
        group_rates(_frame([1.0], ["a"]), **kwargs)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(-5, 5), min_size=1, max_size=8),
    st.data(),
)
def test_weighted_median_equals_median_of_expanded_resample(values, data):
    values = np.sort(np.array(values, dtype=float))
    weights = data.draw(
        st.lists(st.integers(0, 3), min_size=len(values), max_size=len(values)).filter(
            any
        )
    )
    expanded = np.repeat(values, weights)
    w = np.array([weights], dtype=float)
    assert _weighted_stat(values, w, "median")[0] == np.median(expanded)
    assert _weighted_stat(values, w, "mean")[0] == pytest.approx(np.mean(expanded))


def test_bootstrap_cluster_weights_repeat_whole_clusters():
    # With two clusters of sizes 1 and 3 and values 0 and 1, every resample mean is
    # one of: both A (0), both B (1), or one each (3/4).
    values = np.array([0.0, 1.0, 1.0, 1.0])
    units = np.array([0, 1, 1, 1])
    boot = _bootstrap(values, units, 500, "mean", np.random.default_rng(0))
    assert set(np.round(boot, 12)) == {0.0, 0.75, 1.0}


# ------------------------------------------------------------ label/quote shares


def test_label_shares_pool_counts():
    features = pd.DataFrame(
        {
            "label_illegal_author": [2, 0, 1, 0],
            "label_undocumented_author": [0, 0, 1, 0],
            "label_author": ["illegal", "", "illegal", ""],
            "bias": ["right", "right", "left", "center"],
        }
    )
    out = label_shares(features, "bias")
    assert out.columns.tolist() == ["group", "label", "count", "share", "n_articles"]
    rows = out.set_index(["group", "label"])
    assert rows.loc[("right", "illegal"), "share"] == 1.0
    assert rows.loc[("left", "undocumented"), "share"] == 0.5
    assert rows.loc[("right", "illegal"), "n_articles"] == 2
    assert math.isnan(rows.loc[("center", "illegal"), "share"])


def test_label_shares_needs_label_columns():
    with pytest.raises(InputError, match="no label_<label>_author columns"):
        label_shares(pd.DataFrame({"label_author": ["x"], "g": [1]}), "g")


def test_quote_shares_sources():
    features = pd.DataFrame(
        {
            "sources_enforcement": [1, 2],
            "sources_unknown": [1, 0],
            "quoted_words_enforcement": [5, 5],
            "g": ["a", "b"],
        }
    )
    out = quote_shares(features, "g", measure="sources")
    assert out[["group", "side", "share"]].values.tolist() == [
        ["a", "enforcement", 0.5],
        ["a", "unknown", 0.5],
        ["b", "enforcement", 1.0],
        ["b", "unknown", 0.0],
    ]


# ------------------------------------------------------------- with analyze()


def test_shares_and_rates_on_analyze_output():
    texts = [
        "The illegal aliens waited at the border for days.",
        "Undocumented immigrants waited. The undocumented immigrants were tired.",
        "Officials met on Tuesday.",
    ]
    features = analyze(pd.DataFrame({"text": texts}))
    features["bias"] = ["right", "left", "left"]
    shares = label_shares(features, "bias").set_index(["group", "label"])
    assert shares.loc[("right", "alien"), "share"] == 1.0
    assert shares.loc[("left", "undocumented"), "count"] == 2
    assert shares.loc[("left", "undocumented"), "share"] == 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rates = group_rates(features, "loaded_author_per_1k", "bias", n_boot=100)
    # right: 1 loaded term in 9 author words -> 111.1 per 1,000; left: none.
    assert rates["estimate"].tolist() == [0.0, pytest.approx(1000 / 9)]


# ------------------------------------------------------- label choice in time


def _dated_features():
    return pd.DataFrame(
        {
            "label_illegal_author": [2, 1, 0, 4, 0, 1, 3],
            "label_undocumented_author": [0, 1, 3, 0, 2, 1, 0],
            "date": pd.to_datetime(
                [
                    "2012-03-01",
                    "2012-11-30",
                    "2013-06-01",
                    "2012-07-04",
                    "2013-04-02",
                    "2013-12-31",
                    None,
                ]
            ),
            "bias": ["left", "left", "left", "right", "right", "right", "right"],
        }
    )


def test_label_shares_by_period_per_year_and_group():
    out = label_shares_by_period(_dated_features(), "date", "bias", min_articles=1)
    assert out.columns.tolist() == [
        "period",
        "start",
        "end",
        "group",
        "label",
        "count",
        "share",
        "n_articles",
        "n_labels",
    ]
    rows = out[["period", "group", "label", "count", "n_articles", "n_labels"]]
    assert rows.values.tolist() == [
        ["2012", "left", "illegal", 3, 2, 4],
        ["2012", "left", "undocumented", 1, 2, 4],
        ["2012", "right", "illegal", 4, 1, 4],
        ["2012", "right", "undocumented", 0, 1, 4],
        ["2013", "left", "illegal", 0, 1, 3],
        ["2013", "left", "undocumented", 3, 1, 3],
        ["2013", "right", "illegal", 1, 2, 4],
        ["2013", "right", "undocumented", 3, 2, 4],
    ]
    assert out["share"].tolist() == [0.75, 0.25, 1.0, 0.0, 0.0, 1.0, 0.25, 0.75]
    assert out.loc[0, "start"] == pd.Timestamp("2012-01-01")
    assert out.loc[0, "end"] == pd.Timestamp("2012-12-31")


def test_label_shares_by_period_drops_thin_cells_and_undated_rows():
    out = label_shares_by_period(_dated_features(), "date", "bias", min_articles=2)
    # 2012 right and 2013 left hold one article each; the undated row never counts.
    assert out[["period", "group"]].drop_duplicates().values.tolist() == [
        ["2012", "left"],
        ["2013", "right"],
    ]
    assert label_shares_by_period(_dated_features(), "date", min_articles=7).empty


def test_label_shares_by_period_quarters_and_one_group():
    out = label_shares_by_period(_dated_features(), "date", freq="Q", min_articles=1)
    assert out["group"].unique().tolist() == ["all"]
    assert out["period"].unique().tolist() == [
        "2012Q1",
        "2012Q3",
        "2012Q4",
        "2013Q2",
        "2013Q4",
    ]
    q2 = out[out["period"] == "2013Q2"].set_index("label")
    assert q2["count"].to_dict() == {"illegal": 0, "undocumented": 5}
    assert q2["n_articles"].tolist() == [2, 2]


def test_label_shares_by_period_nan_share_without_labels():
    features = pd.DataFrame(
        {
            "label_illegal_author": [0],
            "date": pd.to_datetime(["2015-05-05"]),
        }
    )
    out = label_shares_by_period(features, "date", min_articles=1)
    assert out["count"].tolist() == [0]
    assert math.isnan(out.loc[0, "share"])


def test_label_shares_by_period_rejects_bad_input():
    features = _dated_features()
    with pytest.raises(InputError, match="datetime"):
        label_shares_by_period(features.assign(date="2012"), "date")
    with pytest.raises(InputError, match="period alias"):
        label_shares_by_period(features, "date", freq="fortnight")
    with pytest.raises(InputError, match="min_articles"):
        label_shares_by_period(features, "date", min_articles=-1)
    with pytest.raises(InputError, match="label_<label>_author"):
        label_shares_by_period(features[["date", "bias"]], "date")


def test_label_change_before_and_after():
    out = label_change(
        _dated_features(), "date", "2013-04-02", by="bias", min_articles=1
    )
    # Both drop by 0.75; a tie sorts by group name.
    assert out.to_dict("records") == [
        {
            "group": "left",
            "n_before": 2,
            "n_after": 1,
            "labels_before": 4,
            "labels_after": 3,
            "share_before": 0.75,
            "share_after": 0.0,
            "change": -0.75,
        },
        {
            "group": "right",
            "n_before": 1,
            "n_after": 2,
            "labels_before": 4,
            "labels_after": 4,
            "share_before": 1.0,
            "share_after": 0.25,
            "change": -0.75,
        },
    ]


def test_label_change_min_articles_and_several_labels():
    features = _dated_features()
    # left has one article after the date, right one before: both are dropped.
    assert label_change(features, "date", "2013-04-02", by="bias").empty
    assert label_change(features, "date", "2013-04-02", by="bias", min_articles=2).empty
    both = label_change(
        features,
        "date",
        "2013-04-02",
        by="bias",
        label=["illegal", "undocumented"],
        min_articles=1,
    )
    assert both["share_before"].tolist() == [1.0, 1.0]
    assert both["change"].tolist() == [0.0, 0.0]


def test_label_change_nan_when_no_labels_on_one_side():
    features = pd.DataFrame(
        {
            "label_illegal_author": [2, 0, 1, 1],
            "date": pd.to_datetime(
                ["2012-01-01", "2014-01-01", "2012-01-01", "2014-01-01"]
            ),
            "outlet": ["A", "A", "B", "B"],
        }
    )
    out = label_change(features, "date", "2013-04-02", min_articles=1)
    # B's change (0.0) sorts first; A wrote no label after, so its change is NaN.
    assert out["group"].tolist() == ["B", "A"]
    assert math.isnan(out.loc[1, "share_after"]) and math.isnan(out.loc[1, "change"])


def test_label_change_rejects_bad_input():
    features = _dated_features()
    with pytest.raises(InputError, match="no such label family"):
        label_change(features, "date", "2013-04-02", by="bias", label="alien")
    with pytest.raises(InputError, match="not a date"):
        label_change(features, "date", "someday", by="bias")
    with pytest.raises(InputError, match="no such column"):
        label_change(features, "date", "2013-04-02")  # no "outlet" column


# ------------------------------------------------------------------ top_share


def test_top_share_finds_one_outlet_words():
    counts = count_words(
        [
            "Click here for reprint permission.",
            "The wall and the border.",
            "Click the border map.",
        ],
        groups=["Times", "Post", "Times"],
        stop_words="english",
    )
    out = top_share(counts)
    assert out.columns.tolist() == ["top_group", "top_count", "total", "top_share"]
    assert out.loc["click"].tolist() == ["Times", 2, 2, 1.0]
    assert out.loc["border"].tolist() == ["Times", 1, 2, 0.5]  # a tie: first column
    spread = out.index[out["top_share"] <= 0.5].tolist()
    assert spread == ["border"]


def test_top_share_unused_term_and_bad_input():
    counts = pd.DataFrame({"a": [0, 3], "b": [0, 1]}, index=["never", "wall"])
    out = top_share(counts)
    assert math.isnan(out.loc["never", "top_share"])
    assert out.loc["wall", "top_share"] == 0.75
    with pytest.raises(InputError, match="DataFrame"):
        top_share(pd.Series([1, 2]))
    with pytest.raises(InputError, match="no group columns"):
        top_share(pd.DataFrame(index=["wall"]))


_dated_rows = st.lists(
    st.tuples(
        st.integers(0, 5),
        st.integers(0, 5),
        st.one_of(
            st.none(),
            st.dates(
                pd.Timestamp("2011-01-01").date(), pd.Timestamp("2016-12-31").date()
            ),
        ),
        st.sampled_from(["left", "center", "right"]),
    ),
    max_size=30,
)


@settings(max_examples=100, deadline=None)
@given(_dated_rows, st.integers(0, 4))
def test_label_shares_by_period_properties(rows, min_articles):
    features = pd.DataFrame(
        rows, columns=["label_illegal_author", "label_alien_author", "date", "bias"]
    )
    features["date"] = pd.to_datetime(features["date"]).astype("datetime64[ns]")
    out = label_shares_by_period(features, "date", "bias", min_articles=min_articles)
    dated = features[features["date"].notna()]
    for (period, group), cell in out.groupby(["period", "group"]):
        members = dated[
            (dated["date"].dt.year.astype(str) == period) & (dated["bias"] == group)
        ]
        assert cell["n_articles"].nunique() == 1
        assert cell["n_articles"].iloc[0] == len(members) >= min_articles
        assert cell["count"].tolist() == [
            members["label_illegal_author"].sum(),
            members["label_alien_author"].sum(),
        ]
        if cell["n_labels"].iloc[0] > 0:
            assert cell["share"].sum() == pytest.approx(1.0)
        else:
            assert cell["share"].isna().all()
    kept = out.drop_duplicates(["period", "group"])["n_articles"].sum()
    assert kept <= len(dated)
    change = label_change(features, "date", "2013-04-02", by="bias", min_articles=0)
    shares = pd.concat([change["share_before"], change["share_after"]]).dropna()
    assert ((shares >= 0) & (shares <= 1)).all()
    assert (change["n_before"] + change["n_after"]).sum() == len(dated)


# Function words do not top the log-odds chart (issue #11 item 8).


def test_english_stop_words_drop_contractions_and_function_words():
    counts = compare.count_words(
        ["It’s like the wall, isn’t it? They don't want it. Let's build."],
        stop_words="english",
    )
    assert counts.index.tolist() == ["build", "wall", "want"]


def test_stop_word_table_stops_at_first_bad_row(tmp_path):
    from framing.errors import LexiconError

    path = tmp_path / "stops.csv"
    path.write_text(
        "word,kind,source,note\nit's,contraction,x,\nLike,function word,x,\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=r"stops.csv, line 3, column 'word'"):
        compare.words._read_stop_words(path)
    path.write_text("word,kind,source\nlike,adverb,x\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"line 2, column 'kind'"):
        compare.words._read_stop_words(path)


def test_log_odds_keeps_group_totals():
    out = compare.log_odds({"a": 3, "b": 1}, {"a": 1, "b": 5}, min_count=5)
    assert out.attrs["totals"] == (4.0, 6.0)


def test_quote_shares_reads_sides_not_gender_or_type_columns():
    import framing

    text = framing.datasets.load_seed()
    features = framing.analyze(pd.DataFrame({"text": [text]})).assign(bias="right")
    words = compare.quote_shares(features, "bias")
    assert words["side"].tolist() == ["enforcement", "immigrant_rights", "unknown"]
    assert words["count"].tolist() == [75, 0, 0]
    people = compare.quote_shares(features, "bias", measure="sources")
    assert people["side"].tolist() == ["enforcement", "immigrant_rights", "unknown"]
