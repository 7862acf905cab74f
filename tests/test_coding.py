import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.coding import (
    category_agreement,
    coder_confusion,
    cohen_kappa,
    krippendorff_alpha,
    pairwise_kappa,
)
from framing.errors import InputError

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section on
# multiple values with missing data: coders A-D (rows) over units 1-12 (columns).
_ = None
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


@pytest.mark.parametrize(
    ("level", "expected"),
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_worked_example(level, expected):
    result = krippendorff_alpha(KRIPPENDORFF_2011, level=level, n_boot=0)
    assert round(result.alpha, 3) == expected
    assert round(float(result), 3) == expected
    assert result.n_units == 11  # unit 12 has one code only
    assert result.n_values == 40


def test_missing_codes_as_nan_strings_and_dataframe():
    as_nan = [[math.nan if v is None else v for v in row] for row in KRIPPENDORFF_2011]
    as_text = [["" if v is None else str(v) for v in row] for row in KRIPPENDORFF_2011]
    frame = pd.DataFrame(as_nan, index=list("ABCD"))
    assert round(krippendorff_alpha(as_nan, n_boot=0).alpha, 3) == 0.743
    assert round(krippendorff_alpha(as_text, n_boot=0).alpha, 3) == 0.743
    assert round(krippendorff_alpha(frame, "interval", n_boot=0).alpha, 3) == 0.849


def test_bootstrap_ci_is_seeded_and_covers_alpha():
    first = krippendorff_alpha(KRIPPENDORFF_2011, n_boot=300, seed=7)
    again = krippendorff_alpha(KRIPPENDORFF_2011, n_boot=300, seed=7)
    other = krippendorff_alpha(KRIPPENDORFF_2011, n_boot=300, seed=8)
    assert first.ci == again.ci
    assert first.ci != other.ci
    assert first.ci[0] < first.alpha <= first.ci[1]


def test_category_names_and_perfect_agreement():
    codes = [["economic", "policy", None], ["economic", "policy", "morality"]]
    assert krippendorff_alpha(codes, n_boot=0).alpha == 1.0


def test_no_variation_is_nan_and_bad_level_raises():
    assert math.isnan(krippendorff_alpha([[1, 1], [1, 1]], n_boot=0).alpha)
    with pytest.raises(InputError, match="level must be one of"):
        krippendorff_alpha(KRIPPENDORFF_2011, level="circular")
    with pytest.raises(InputError, match="needs numeric codes"):
        krippendorff_alpha([["a", "b"], ["a", "a"]], level="interval")


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["a", "b", "c", None]), min_size=6, max_size=6),
        min_size=2,
        max_size=4,
    )
)
def test_alpha_at_most_one_and_ci_ordered(rows):
    result = krippendorff_alpha(rows, n_boot=20, seed=0)
    if not math.isnan(result.alpha):
        assert result.alpha <= 1.0 + 1e-12
    if not math.isnan(result.ci[0]):
        assert result.ci[0] <= result.ci[1]


def test_cohen_kappa_textbook_value():
    # 50 units: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no (kappa = 0.4)
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert round(cohen_kappa(a, b), 3) == 0.4
    assert math.isnan(cohen_kappa([None, "a"], ["b", None]))


def test_pairwise_kappa_and_confusion():
    table = pairwise_kappa(
        {"ann": ["a", "a", "b", "b"], "bo": ["a", "b", "b", None], "cy": ["a"] * 4}
    )
    first = table.iloc[0]
    assert (first.coder_a, first.coder_b, first.n_units) == ("ann", "bo", 3)
    assert first.agreement == pytest.approx(2 / 3)
    confusion = coder_confusion(["a", "a", "b", None], ["a", "b", "b", "b"])
    assert confusion.loc["a", "b"] == 1 and confusion.loc["b", "a"] == 0


def test_category_agreement():
    table = category_agreement([["a", "a", "b", "c"], ["a", "a", "b", "b"]])
    assert table.loc["a", "agreement"] == 1.0
    assert table.loc["c", "agreement"] == 0.0
    assert table.loc["a", "alpha"] == 1.0
    assert np.isclose(table["n_values"].sum(), 8)


# ---- sampling -------------------------------------------------------------------

from framing.cli import main as cli_main  # noqa: E402
from framing.coding import (  # noqa: E402
    coding_sheet,
    draw_sample,
    frame_ids,
    library_measure,
    read_codes,
    reliability_data,
    validity_report,
    write_sample,
)

ARTICLES = {
    "a1": "Taxes rose again this year. The mayor spoke to reporters on Monday. "
    '"Families cannot afford it," she said. Voters were angry at the polls.',
    "a2": "The court ruled that the law was unconstitutional. Police made several "
    "arrests downtown. The judge set a hearing for next month.",
    "a3": "Church leaders said the policy was immoral and wrong. The bishop asked "
    "for prayers. Many parishioners signed a letter of protest.",
    "a4": "Hospitals reported a rise in flu cases this winter. Nurses warned that "
    "beds were running short. The clinic opened a new ward.",
}


@pytest.fixture
def corpus():
    return pd.DataFrame(
        {
            "id": list(ARTICLES),
            "text": list(ARTICLES.values()),
            "outlet": ["Left Daily", "Left Daily", "Right Times", "Right Times"],
        }
    )


def test_sample_offsets_context_and_code_columns(corpus):
    sample = draw_sample(corpus, n=6, strata="outlet", seed=3, coders=["ann", "bo"])
    assert len(sample) == 6
    for row in sample.itertuples():
        article = ARTICLES[row.article_id]
        assert article[row.start : row.end] == row.text
        if row.context_before:
            assert article.rindex(row.context_before, 0, row.start) < row.start
        if row.context_after:
            assert article.index(row.context_after, row.end) >= row.end
    assert sample["stratum"].value_counts().to_dict() == {
        "Left Daily": 3,
        "Right Times": 3,
    }
    assert list(sample.columns[-2:]) == ["code_ann", "code_bo"]
    assert set(sample["code_ann"]) == {""}
    # weight = units in the cell / units drawn: 7 and 6 sentences of >= 4 words
    assert sorted(set(sample["weight"].round(3))) == [2.0, 2.333]


def test_sample_is_reproducible_with_a_seed(corpus):
    first = draw_sample(corpus, n=5, seed=11)
    assert first.equals(draw_sample(corpus, n=5, seed=11))
    assert not first["text"].equals(draw_sample(corpus, n=5, seed=12)["text"])


def test_enrichment_oversamples_and_records_weights(corpus):
    plain = draw_sample(corpus, n=4, seed=0)
    enriched = draw_sample(corpus, n=4, seed=0, enrich={"health_safety": 10})
    assert (enriched["enriched"] == "health_safety").sum() >= 2
    assert (plain["enriched"] == "").all()
    # re-weighting recovers the corpus size
    assert enriched["weight"].sum() == pytest.approx(13)


def test_article_units_and_bad_input(corpus):
    sample = draw_sample(corpus, n=2, unit="article", seed=0)
    assert sorted(sample["start"]) == [0, 0]
    assert all(ARTICLES[r.article_id] == r.text for r in sample.itertuples())
    with pytest.raises(InputError, match="no column 'body'"):
        draw_sample(corpus, text="body")
    with pytest.raises(InputError, match="unit must be"):
        draw_sample(corpus, unit="paragraph")


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_write_and_read_codes_round_trip(corpus, tmp_path, suffix):
    sample = draw_sample(corpus, n=4, seed=0)
    sample.loc[0, "code_coder_1"] = "economic"
    sample.loc[0, "code_coder_2"] = "economic"
    sample.loc[1, "code_coder_1"] = "political"
    path = write_sample(sample, tmp_path / f"codes{suffix}")
    coded = read_codes(path)
    matrix = reliability_data(coded)
    assert list(matrix.index) == ["coder_1", "coder_2"]
    assert matrix.iloc[:, 0].tolist() == ["economic", "economic"]
    assert matrix.iloc[:, 1].tolist() == ["political", None]
    assert matrix.iloc[:, 2].tolist() == [None, None]


def test_read_codes_joins_one_file_per_coder(tmp_path):
    pd.DataFrame({"sample_id": ["u1", "u2"], "code_ann": ["a", "b"]}).to_csv(
        tmp_path / "ann.csv", index=False
    )
    pd.DataFrame({"sample_id": ["u2", "u1"], "code_bo": ["b", ""]}).to_csv(
        tmp_path / "bo.csv", index=False
    )
    matrix = reliability_data(read_codes(tmp_path / "ann.csv", tmp_path / "bo.csv"))
    assert matrix.loc["bo"].tolist() == [None, "b"]
    with pytest.raises(InputError, match="needs a 'sample_id' column"):
        pd.DataFrame({"x": [1]}).to_csv(tmp_path / "bad.csv", index=False)
        read_codes(tmp_path / "bad.csv")


def test_coding_sheet_bundled_and_own_categories(tmp_path):
    sheet = coding_sheet()
    assert sheet.count("\n- `") == 15
    assert "`public_opinion` — **Public opinion**" in sheet
    own = tmp_path / "cats.csv"
    own.write_text(
        "category,definition\nthreat,Migrants as danger\nvictim,As victims\n"
    )
    mine = coding_sheet(own, unit="article")
    assert "- `threat` — **threat**\n  Migrants as danger" in mine
    assert "Code each article" in mine


def test_cli_sample(corpus, tmp_path, capsys):
    corpus.to_csv(tmp_path / "in.csv", index=False)
    code = cli_main(
        [
            "sample",
            str(tmp_path / "in.csv"),
            "-o",
            str(tmp_path / "out.jsonl"),
            "-n",
            "3",
            "--strata",
            "outlet",
            "--coders",
            "ann,bo",
            "--sheet",
            str(tmp_path / "sheet.md"),
        ]
    )
    assert code == 0
    sample = pd.read_json(tmp_path / "out.jsonl", lines=True)
    assert len(sample) == 3 and "code_bo" in sample
    assert (tmp_path / "sheet.md").read_text(encoding="utf-8").startswith("# Coding")
    assert "wrote 3 sentences" in capsys.readouterr().out
    assert cli_main(["sample", str(tmp_path / "in.csv"), "-o", "x.txt"]) == 2


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_sample_offsets_exact_on_any_text(text):
    frame = pd.DataFrame({"id": ["x"], "text": [text]})
    try:
        sample = draw_sample(frame, n=5, min_words=0)
    except InputError:  # no sentence at all (whitespace only)
        assert not text.strip()
        return
    for row in sample.itertuples():
        assert text[row.start : row.end] == row.text


# ---- validity -------------------------------------------------------------------


def test_validity_report_figures_and_disagreements():
    codes = ["economic", "economic", "policy", "policy", "morality", None]
    measure = ["economic", "policy", "policy", "policy", "other", "economic"]
    report = validity_report(
        codes, measure, ids=list("abcdef"), groups=[1, 1, 2, 2, 3, 3], n_boot=200
    )
    assert report.n_units == 5 and report.n_groups == 3
    assert report.accuracy == pytest.approx(3 / 5)
    table = report.table
    assert table.loc["policy", "precision"] == pytest.approx(2 / 3)
    assert table.loc["economic", "recall"] == pytest.approx(0.5)
    assert table.loc["morality", "f1"] == 0.0
    assert report.macro_f1 == pytest.approx((2 / 3 + 0.8 + 0) / 3)
    assert report.disagreements["id"].tolist() == ["b", "e"]
    assert report.confusion.loc["morality", "other"] == 1
    low, high = report.accuracy_ci
    assert low <= report.accuracy <= high
    summary = report.summary()
    assert summary.loc["accuracy", "f1"].startswith("0.60 [")
    assert "tabular" in summary.to_latex()


def test_validity_bootstrap_resamples_whole_articles():
    # every article is all right or all wrong: resampling articles gives only
    # accuracies that are multiples of 1/2 of the articles' share.
    codes = ["a"] * 8
    measure = ["a"] * 4 + ["b"] * 4
    report = validity_report(codes, measure, groups=[1] * 4 + [2] * 4, n_boot=300)
    assert report.accuracy_ci == (0.0, 1.0)
    per_unit = validity_report(codes, measure, n_boot=300)
    assert 0.1 < per_unit.accuracy_ci[0] < 0.5 < per_unit.accuracy_ci[1] < 0.9


def test_frame_ids_and_library_measures():
    assert frame_ids(["1", 7, "15", "policy"]) == [
        "economic",
        "crime_punishment",
        "other",
        "policy",
    ]
    with pytest.raises(InputError, match="not a frame code"):
        frame_ids(["16"])
    assert library_measure(["Voters punished the party at the polls.", None]) == [
        "political",
        "other",
    ]
    assert library_measure(['"We will win," Smith said.', "No quote."], "quotes") == [
        True,
        False,
    ]


# ---- the shipped example and notebook 08's exercises --------------------------


def test_coded_example_agreement():
    from framing.coding import load_coded_example, reliability_data

    coded = load_coded_example()
    result = krippendorff_alpha(reliability_data(coded), n_boot=200, seed=0)
    assert round(result.alpha, 3) == 0.780
    assert result.n_units == 59  # one sentence has a single code
    assert result.ci[0] < result.alpha < result.ci[1]


@pytest.mark.parametrize(
    ("exercise", "right", "wrong"),
    [("08.1", 0.778, 0.80), ("08.2", "other", "legality")],
)
def test_notebook_08_exercises(exercise, right, wrong, capsys):
    from framing.coding import exercises

    assert exercises.check(exercise, right)
    assert not exercises.check(exercise, wrong)
    assert not exercises.check(exercise, None)
    assert "not yet" in capsys.readouterr().out
