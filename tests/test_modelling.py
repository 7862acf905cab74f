import numpy as np
import pandas as pd
import pytest
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, KFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from framing.errors import InputError
from framing.modelling import coefficients, cross_validated_scores

# Six short articles from three outlets; each outlet signs its articles, so a bag
# of words can recognise the outlet from its signature alone.
TEXTS = [
    "Border agents detained the migrants. Reprint from the Ledger.",
    "Lawmakers debated the wall. Reprint from the Ledger.",
    "Families waited for asylum hearings. Watch the replay on Clarion.",
    "Dreamers rallied at the capitol. Watch the replay on Clarion.",
    "The senate passed the budget. Reported by the Courier staff.",
    "The court ruled on the travel ban. Reported by the Courier staff.",
]
BIAS = ["right", "right", "left", "left", "center", "center"]
OUTLET = ["Ledger", "Ledger", "Clarion", "Clarion", "Courier", "Courier"]


def test_scores_table_shape_and_order():
    X = np.arange(6).reshape(-1, 1)
    out = cross_validated_scores(
        {
            "majority": (DummyClassifier(), X),
            "words": (make_pipeline(CountVectorizer(), LogisticRegression()), TEXTS),
        },
        BIAS,
        {
            "by outlet": (GroupKFold(n_splits=3), OUTLET),
            "random": (KFold(n_splits=2, shuffle=True, random_state=0), None),
        },
    )
    assert out.columns.tolist() == [
        "split",
        "model",
        "f1_macro",
        "f1_macro_sd",
        "accuracy",
        "accuracy_sd",
        "n_folds",
    ]
    assert out[["split", "model", "n_folds"]].values.tolist() == [
        ["by outlet", "majority", 3],
        ["by outlet", "words", 3],
        ["random", "majority", 2],
        ["random", "words", 2],
    ]


def test_grouped_folds_stop_a_model_from_recognising_outlets():
    model = make_pipeline(CountVectorizer(), LogisticRegression(C=100.0))
    out = cross_validated_scores(
        {"words": (model, TEXTS)},
        BIAS,
        {
            "by outlet": (GroupKFold(n_splits=3), OUTLET),
            # One article of each outlet per fold: the other article of the
            # outlet is always in training, so its signature gives the answer.
            "leaky": ([([0, 2, 4], [1, 3, 5]), ([1, 3, 5], [0, 2, 4])], None),
        },
        scoring="accuracy",
    )
    by_outlet, leaky = out["accuracy"].tolist()
    # A test outlet is unseen: its class never occurs in training, so nothing is
    # right. With leaky folds the signature words identify every article.
    assert by_outlet == 0.0
    assert leaky == 1.0
    assert out.columns.tolist() == [
        "split",
        "model",
        "accuracy",
        "accuracy_sd",
        "n_folds",
    ]


def test_scores_reject_empty_inputs():
    with pytest.raises(InputError, match="scoring is empty"):
        cross_validated_scores(
            {"m": (DummyClassifier(), [[0], [1]])}, [0, 1], {"s": (2, None)}, scoring=[]
        )
    with pytest.raises(InputError, match="at least one entry"):
        cross_validated_scores({}, [0, 1], {"s": (2, None)})


def test_coefficients_from_a_pipeline_use_its_feature_names():
    X = pd.DataFrame(
        {
            "loaded": [0.0, 1.0, 5.0, 6.0, 2.0, 3.0],
            "quotes": [4.0, 5.0, 0.0, 1.0, 2.0, 2.0],
        }
    )
    y = ["left", "left", "right", "right", "center", "center"]
    model = make_pipeline(StandardScaler(), LogisticRegression()).fit(X, y)
    out = coefficients(model)
    assert out.columns.tolist() == ["class", "feature", "coef"]
    # classes_ order (sorted), each class's coefficients largest first
    assert out["class"].tolist() == ["center"] * 2 + ["left"] * 2 + ["right"] * 2
    right = out[out["class"] == "right"]
    assert right["feature"].tolist() == ["loaded", "quotes"]
    assert right["coef"].iloc[0] > 0 > right["coef"].iloc[1]
    left = out[out["class"] == "left"]
    assert left["feature"].tolist() == ["quotes", "loaded"]
    fitted = model[-1].coef_[2]  # "right"
    assert right["coef"].tolist() == pytest.approx(sorted(fitted, reverse=True))


def test_coefficients_binary_model_and_default_names():
    X = np.array([[0.0, 1.0], [1.0, 1.0], [3.0, 0.0], [4.0, 0.0]])
    model = LogisticRegression().fit(X, ["no", "no", "yes", "yes"])
    out = coefficients(model)
    assert out["class"].tolist() == ["yes", "yes"]
    assert out["feature"].tolist() == ["x0", "x1"]
    assert out["coef"].tolist() == pytest.approx(sorted(model.coef_[0], reverse=True))


def test_coefficients_reject_models_without_coef_and_bad_names():
    with pytest.raises(InputError, match="no coef_"):
        coefficients(DummyClassifier().fit([[0], [1]], [0, 1]))
    model = LogisticRegression().fit([[0.0, 1.0], [1.0, 0.0]], [0, 1])
    with pytest.raises(InputError, match="1 feature names for 2 coefficients"):
        coefficients(model, ["only one"])
