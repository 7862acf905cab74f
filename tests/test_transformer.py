import pickle
import warnings

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.exceptions import NotFittedError, SkipTestWarning
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.utils import estimator_checks as checks

from framing.errors import InputError
from framing.features import analyze, feature_columns
from framing.transformer import FramingFeatures

TEXTS = [
    "The illegal aliens crossed the river at night.",
    "Undocumented immigrants waited for a hearing.",
    'An agent said, "We stopped them at the border."',
    None,
]
COLUMNS = ["n_words", "loaded_author", "quotes_direct", "loaded_author_per_1k"]


def test_outputs_every_numeric_analyze_column_by_default():
    features = FramingFeatures().fit(TEXTS)
    numeric = [
        name
        for name, dtype in feature_columns().items()
        if dtype in {"int64", "float64", "bool"}
    ]
    names = features.get_feature_names_out().tolist()
    assert names == numeric
    assert "label_author" not in names and "loaded_terms_author" not in names
    out = features.transform(TEXTS)
    assert out.shape == (4, len(numeric))
    assert out.dtype == np.float64
    expected = analyze(pd.DataFrame({"text": TEXTS}))[numeric].fillna(0.0)
    np.testing.assert_array_equal(out, expected.to_numpy(dtype=float))


def test_selected_columns_and_nan_filled_with_zero():
    out = FramingFeatures(columns=COLUMNS).fit_transform(TEXTS)
    # The empty (None) text has no words: its rate is NaN in analyze(), 0 here.
    np.testing.assert_array_equal(
        out,
        [
            [8, 1, 0, 125.0],
            [6, 0, 0, 0.0],
            [9, 0, 1, 0.0],
            [0, 0, 0, 0.0],
        ],
    )


def test_fill_value_none_keeps_nan():
    out = FramingFeatures(columns=COLUMNS, fill_value=None).fit_transform(TEXTS)
    assert np.isnan(out[3, 3]) and not np.isnan(out[:3]).any()


@pytest.mark.parametrize(
    "make_input",
    [
        list,
        tuple,
        lambda t: np.array(t, dtype=object),
        lambda t: np.array(t, dtype=object).reshape(-1, 1),
        lambda t: pd.Series(t, index=[10, 11, 12, 13]),
        lambda t: pd.DataFrame({"body": t}),
        lambda t: iter(t),
    ],
    ids=["list", "tuple", "1d-array", "2d-array", "series", "frame", "iterator"],
)
def test_accepts_texts_in_any_one_column_shape(make_input):
    features = FramingFeatures(columns=["n_words"])
    out = features.fit(make_input(TEXTS)).transform(make_input(TEXTS))
    assert out[:, 0].tolist() == [8, 6, 9, 0]
    assert features.n_features_in_ == 1


def test_feature_names_in_only_from_a_frame():
    features = FramingFeatures(columns=["n_words"])
    features.fit(pd.DataFrame({"body": TEXTS}))
    assert features.feature_names_in_.tolist() == ["body"]
    with pytest.raises(ValueError, match="feature names should match"):
        features.transform(pd.DataFrame({"text": TEXTS}))
    features.fit(TEXTS)
    assert not hasattr(features, "feature_names_in_")


@pytest.mark.parametrize(
    ("X", "match"),
    [
        ("one text", "not one str"),
        (pd.DataFrame({"a": ["x"], "b": ["y"]}), "2 columns"),
        (np.array([["a", "b"]], dtype=object), r"shape \(1, 2\)"),
    ],
    ids=["str", "frame", "2-columns"],
)
def test_rejects_input_that_is_not_one_column_of_texts(X, match):
    with pytest.raises(InputError, match=match):
        FramingFeatures().fit(X)


def test_values_that_are_not_text_give_empty_features_issue_11():
    features = FramingFeatures(columns=["n_words", "loaded_author"]).fit(["a"])
    out = features.transform([1.5e3, "The illegal aliens left.", b"bytes"])
    assert out.tolist() == [[0.0, 0.0], [4.0, 1.0], [0.0, 0.0]]


@pytest.mark.parametrize(
    ("columns", "match"),
    [
        (["label_author"], r"\['label_author'\] not numeric"),
        (["n_word"], r"\['n_word'\] not numeric"),
        ([], "empty list"),
        ("n_words", r"give a list of column names, e.g. \['n_words'\]"),
    ],
    ids=["text-column", "typo", "empty", "str"],
)
def test_rejects_bad_columns(columns, match):
    with pytest.raises(InputError, match=match):
        FramingFeatures(columns=columns).fit(TEXTS)


def test_rejects_non_finite_fill_value():
    with pytest.raises(InputError, match="fill_value=inf"):
        FramingFeatures(fill_value=float("inf")).fit(TEXTS)


def test_unfitted_transform_and_names_raise():
    with pytest.raises(NotFittedError):
        FramingFeatures().transform(TEXTS)
    with pytest.raises(NotFittedError):
        FramingFeatures().get_feature_names_out()


def test_set_output_pandas_keeps_index_and_names():
    texts = pd.Series(TEXTS[:2], index=["a", "b"])
    features = FramingFeatures(columns=["n_words", "loaded_author"])
    out = features.set_output(transform="pandas").fit_transform(texts)
    assert isinstance(out, pd.DataFrame)
    assert out.index.tolist() == ["a", "b"]
    assert out.to_dict(orient="index") == {
        "a": {"n_words": 8.0, "loaded_author": 1.0},
        "b": {"n_words": 6.0, "loaded_author": 0.0},
    }


def test_clone_and_pickle_keep_parameters():
    features = FramingFeatures(columns=["n_words"], fill_value=-1.0).fit(TEXTS)
    copy = clone(features)
    assert copy.get_params() == {
        "actors": None,
        "columns": ["n_words"],
        "features": None,
        "fill_value": -1.0,
        "lexicon": None,
    }
    restored = pickle.loads(pickle.dumps(features))
    assert restored.transform(["Two words"]).tolist() == [[2.0]]


# Sentences written for these tests: the loaded label in the author's voice marks
# class 1 ("loaded"), the neutral one class 0.
TRAIN = [
    ("The illegal aliens were detained at the border.", 1),
    ("Officials said illegal aliens crowded the shelter.", 1),
    ("Illegal aliens and illegals filled the courts this week.", 1),
    ("The town hired more agents to find illegals.", 1),
    ("Undocumented immigrants were detained at the border.", 0),
    ("Officials said undocumented immigrants crowded the shelter.", 0),
    ("The courts heard cases from unauthorized immigrants this week.", 0),
    ("The town hired lawyers for undocumented immigrants.", 0),
]
TEST = [
    "Reporters met illegal aliens near the bridge.",
    "Reporters met undocumented immigrants near the bridge.",
]


def test_pipeline_with_logistic_regression():
    texts, labels = zip(*TRAIN, strict=True)
    model = make_pipeline(
        FramingFeatures(columns=["loaded_author", "loaded_author_per_1k"]),
        LogisticRegression(),
    )
    model.fit(list(texts), list(labels))
    assert model.predict(TEST).tolist() == [1, 0]
    assert model[:-1].get_feature_names_out().tolist() == [
        "loaded_author",
        "loaded_author_per_1k",
    ]


@pytest.mark.parametrize("selector", ["text", ["text"]], ids=["series", "frame"])
def test_column_transformer_with_another_column(selector):
    texts, labels = zip(*TRAIN, strict=True)
    df = pd.DataFrame({"text": texts, "pages": [1, 2, 3, 4, 1, 2, 3, 4]})
    model = Pipeline(
        [
            (
                "columns",
                ColumnTransformer(
                    [
                        (
                            "framing",
                            FramingFeatures(columns=["loaded_author"]),
                            selector,
                        ),
                        ("pages", "passthrough", ["pages"]),
                    ]
                ),
            ),
            ("classifier", LogisticRegression()),
        ]
    )
    model.fit(df, list(labels))
    new = pd.DataFrame({"text": TEST, "pages": [2, 2]})
    assert model.predict(new).tolist() == [1, 0]
    assert model[0].get_feature_names_out().tolist() == [
        "framing__loaded_author",
        "pages__pages",
    ]


def test_column_transformer_pandas_output():
    df = pd.DataFrame({"text": TEXTS[:2], "pages": [3, 4]}, index=[5, 6])
    transformer = ColumnTransformer(
        [("framing", FramingFeatures(columns=["n_words"]), "text")],
        remainder="passthrough",
    ).set_output(transform="pandas")
    out = transformer.fit_transform(df)
    assert out.columns.tolist() == ["framing__n_words", "remainder__pages"]
    assert out.index.tolist() == [5, 6]
    assert out["framing__n_words"].tolist() == [8.0, 6.0]


# scikit-learn's check_estimator only runs on estimators that take 2-D numeric
# arrays: with the input tag two_d_array=False it skips every check (and says so).
# So the checks that do not feed numeric data are called one by one; those that
# fit on make_blobs/regression data (dtypes, NaN/inf, sample order, n_features_in_
# after fitting numeric X, set_output on numbers) do not apply to a text transformer
# and are replaced by the text-based tests above.
API_CHECKS = [
    checks.check_estimator_cloneable,
    checks.check_estimator_repr,
    checks.check_estimator_tags_renamed,
    checks.check_valid_tag_types,
    checks.check_no_attributes_set_in_init,
    checks.check_get_params_invariance,
    checks.check_set_params,
    checks.check_parameters_default_constructible,
    checks.check_do_not_raise_errors_in_init_or_set_params,
    checks.check_mixin_order,
    checks.check_transformers_unfitted,
]


@pytest.mark.parametrize("check", API_CHECKS, ids=lambda c: c.__name__)
def test_sklearn_api_checks(check):
    check("FramingFeatures", FramingFeatures())


def test_check_estimator_skips_text_input_and_says_so():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        checks.check_estimator(FramingFeatures())
    skipped = [w for w in caught if issubclass(w.category, SkipTestWarning)]
    assert len(skipped) == 1
    assert "Can't test estimator FramingFeatures" in str(skipped[0].message)


def test_only_the_components_of_the_chosen_columns_run(monkeypatch):
    import framing.tone

    def fail(*args, **kwargs):
        raise AssertionError("tone computed though no tone column was asked for")

    monkeypatch.setattr(framing.tone, "tone_by_voice", fail)
    features = FramingFeatures(columns=["quotes_direct", "n_words"])
    out = features.fit_transform(['"We stay," she said. It rained.'])
    assert features.components_ == ["words", "quotes"]
    assert out.tolist() == [[1.0, 6.0]]
    with pytest.raises(AssertionError, match="tone computed"):
        FramingFeatures(columns=["tone_author"]).fit_transform(["It rained."])


def test_features_choose_the_components():
    features = FramingFeatures(features=["quotes"]).fit(["It rained."])
    assert features.get_feature_names_out().tolist() == [
        "quotes_direct",
        "quotes_indirect",
    ]
    with pytest.raises(InputError, match="known features are"):
        FramingFeatures(features=["quotse"]).fit(["It rained."])
