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
