import gc
import math

import numpy as np
import pandas as pd
import pytest

from framing.errors import InputError
from framing.features import analyze, article_features, feature_columns


@pytest.fixture(scope="module")
def seed_row(seed_text):
    return article_features(
        seed_text, title="Will Sanctuary Cities face a Trumpocalypse?"
    )


def test_seed_features(seed_row):
    assert seed_row["loaded_author"] == 6
    assert seed_row["loaded_quoted"] == 1
    assert seed_row["loaded_terms_author"].split("; ").count("illegal immigrant") == 5
    assert "trumpocalypse" in seed_row["loaded_terms_author"].lower()
    assert seed_row["label_author"] == "illegal"
    assert seed_row["label_illegal_author"] == 5
    assert seed_row["quotes_direct"] == 3
    assert seed_row["sources_enforcement"] == 2
    assert seed_row["quoted_words_immigrant_rights"] == 0
    assert seed_row["balance_index"] == 0.0
    assert seed_row["paraphrase_only_sides"] == "immigrant_rights"
    assert seed_row["title_question"] is True
    assert seed_row["title_loaded"] == 1


def test_rates_are_per_thousand_words_of_that_voice(seed_row):
    expected = 1000 * 6 / seed_row["n_words_author"]
    assert seed_row["loaded_author_per_1k"] == pytest.approx(expected)
    assert (
        seed_row["n_words"] == seed_row["n_words_author"] + seed_row["n_words_quoted"]
    )


def test_analyze_keeps_index_and_rows_for_missing_text():
    df = pd.DataFrame(
        {"text": ["Illegal aliens, he said.", None, math.nan, ""], "other": range(4)},
        index=["a", "b", "c", "d"],
    )
    out = analyze(df)
    assert out.index.tolist() == ["a", "b", "c", "d"]
    assert out["loaded_author"].tolist() == [1, 0, 0, 0]
    assert out["n_words"].tolist()[1:] == [0, 0, 0]
    assert out["loaded_author_per_1k"].isna().tolist() == [False, True, True, True]
    assert list(out.columns) == list(feature_columns())
    assert "other" not in out.columns


def test_cells_that_are_not_text_give_empty_features_issue_11():
    cells = [42, 3.5, b"Illegal aliens left.", ["Illegal aliens left."], None]
    df = pd.DataFrame({"text": ["The illegal aliens left.", *cells]})
    out = analyze(df, text="text")
    assert out.index.tolist() == df.index.tolist()
    assert out["loaded_author"].tolist() == [1, 0, 0, 0, 0, 0]
    assert out["n_words"].tolist()[1:] == [0] * len(cells)
    assert (out.dtypes == analyze(df.iloc[:1]).dtypes).all()


def test_article_features_of_a_number_is_empty_not_an_error():
    assert article_features(2024)["n_words"] == 0
    assert article_features(["text"], title=7)["title_loaded"] == 0


def test_analyze_dtypes_are_stable_on_empty_and_full_frames():
    full = analyze(pd.DataFrame({"text": ["The wave of migrants arrived."]}))
    empty = analyze(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert empty.empty
    assert (full.dtypes == empty.dtypes).all()


def test_analyze_names_the_missing_column():
    df = pd.DataFrame({"id": [1], "text": ["x"]})
    with pytest.raises(
        InputError, match=r"no column 'body'; columns are \['id', 'text'\]"
    ):
        analyze(df, text="body")


def test_analyze_rejects_a_series():
    with pytest.raises(TypeError, match="pandas or dask DataFrame"):
        analyze(pd.Series(["text"]))


def test_dask_gives_identical_rows(seed_text):
    dd = pytest.importorskip("dask.dataframe")
    texts = [
        seed_text,
        None,
        "The illegals came, he said.",
        "",
        "A flood of migrants.",
    ] * 3
    df = pd.DataFrame({"text": texts, "title": ["Why?"] * len(texts)})
    expected = analyze(df, title="title")
    ddf = dd.from_pandas(df, npartitions=3)
    got = analyze(ddf, title="title").compute(scheduler="synchronous")
    pd.testing.assert_frame_equal(got, expected)


def test_dask_takes_features_and_a_column_of_debates(seed_text):
    dd = pytest.importorskip("dask.dataframe")
    df = pd.DataFrame(
        {
            "text": [seed_text, "Sen. Bob Lee, a Republican, said it was wrong."] * 2,
            "debate": ["immigration", None, "guns", "immigration"],
        }
    )
    features = ["issue", "sources"]
    expected = analyze(df, issue="debate", features=features)
    assert expected["issue"].tolist() == ["immigration", "", "guns", "immigration"]
    assert expected["sources_enforcement"].tolist() == [2, 0, 0, 1]
    got = analyze(dd.from_pandas(df, npartitions=2), issue="debate", features=features)
    pd.testing.assert_frame_equal(got.compute(scheduler="synchronous"), expected)


def test_tone_columns_are_nan_without_that_voice():
    row = article_features("The plan is a wonderful success.")
    assert row["tone_author"] > 0
    assert np.isnan(row["tone_quoted"])


CYCLE_TEXTS = [
    "“We will not let this bill die in committee,” Sen. Maria Ortiz, D-N.M., told "
    "reporters on Tuesday. Gun-rights groups said the measure would fail.",
    "The county sheriff, Dale Huff, said deputies would not enforce the order. "
    "Critics called the abortion ban “cruel and unworkable.”",
    "Taxes rose. According to a spokeswoman for the governor, the budget is balanced.",
]


def test_analyze_makes_no_reference_cycles(seed_text):
    # analyze() pauses the cyclic collector over its loop (issue 11, speed); that
    # is safe only while the features make no reference cycles, which would then
    # wait in memory until the loop ends.
    df = pd.DataFrame({"text": [seed_text, *CYCLE_TEXTS, None, 42, b"bytes"]})
    analyze(df.head(1))  # tables built on first use are not the loop's garbage
    gc.collect()
    gc.disable()
    try:
        analyze(df)
        unreachable = gc.collect()
    finally:
        gc.enable()
    assert unreachable == 0


@pytest.mark.parametrize("enabled", [True, False])
def test_analyze_leaves_the_collector_as_it_found_it(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        out = analyze(pd.DataFrame({"text": CYCLE_TEXTS}))
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert out["quotes_direct"].tolist() == [1, 0, 0]
    assert out["quotes_indirect"].tolist() == [1, 2, 1]
