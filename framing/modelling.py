"""Cross-validated scores and coefficients for classifiers of outlet bias.

Helpers for notebook 05: score several models under several cross-validation
splits in one table (e.g. folds grouped by outlet against random folds, Baly et
al. 2020), and read a fitted linear model's coefficients as a tidy table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from framing.errors import InputError

__all__ = ["coefficients", "cross_validated_scores"]


def cross_validated_scores(
    models: Mapping[str, tuple[Any, Any]],
    y,
    splits: Mapping[str, tuple[Any, Any]],
    *,
    scoring: Iterable[str] = ("f1_macro", "accuracy"),
) -> pd.DataFrame:
    """Score every model under every split with scikit-learn's ``cross_validate``.

    Parameters
    ----------
    models : mapping of str to (estimator, X)
        Each model's name, an unfitted scikit-learn estimator and its input
        (models may take different inputs: texts for a bag of words, a feature
        matrix for another).
    y : array-like
        The classes, one per row of every ``X``.
    splits : mapping of str to (splitter, groups)
        Each split's name, a cross-validation splitter (``GroupKFold(5)``,
        ``StratifiedKFold(5, shuffle=True, random_state=0)``) and the groups it
        needs (e.g. the outlet of each article), or None.
    scoring : iterable of str, default=("f1_macro", "accuracy")
        scikit-learn scorer names.

    Returns
    -------
    pandas.DataFrame
        One row per split and model (splits outer, models inner, in the given
        order): ``split``, ``model``, then for each scorer its mean over folds
        and its standard deviation (``<scorer>_sd``), and ``n_folds``.

    Notes
    -----
    Runs with ``n_jobs=1``: every fold refits a fresh clone of the estimator, so
    any step that learns from data (a vocabulary, a scaler) sees only the
    training folds.

    Examples
    --------
    >>> from sklearn.dummy import DummyClassifier
    >>> from sklearn.model_selection import GroupKFold
    >>> X = [[0], [1], [2], [3], [4], [5]]
    >>> y = ["a", "a", "a", "a", "b", "b"]
    >>> out = cross_validated_scores(
    ...     {"majority": (DummyClassifier(), X)},
    ...     y,
    ...     {"by outlet": (GroupKFold(n_splits=3), [1, 1, 2, 2, 3, 3])},
    ...     scoring=["accuracy"],
    ... )
    >>> out[["split", "model", "n_folds"]].to_dict("records")
    [{'split': 'by outlet', 'model': 'majority', 'n_folds': 3}]
    >>> round(float(out.loc[0, "accuracy"]), 3)  # folds score 1, 1 and 0
    0.667
    """
    from sklearn.model_selection import cross_validate

    scoring = [scoring] if isinstance(scoring, str) else list(scoring)
    if not scoring:
        raise InputError("scoring is empty; name at least one scorer, e.g. 'f1_macro'")
    if not models or not splits:
        raise InputError("models and splits must each hold at least one entry")
    rows = []
    for split_name, (splitter, groups) in splits.items():
        for model_name, (model, X) in models.items():
            scores = cross_validate(
                model, X, y, groups=groups, cv=splitter, scoring=scoring, n_jobs=1
            )
            row: dict[str, Any] = {"split": split_name, "model": model_name}
            for scorer in scoring:
                values = scores[f"test_{scorer}"]
                row[scorer] = float(np.mean(values))
                row[f"{scorer}_sd"] = float(np.std(values))
            row["n_folds"] = len(scores[f"test_{scoring[0]}"])
            rows.append(row)
    return pd.DataFrame(rows)


def coefficients(model, feature_names=None) -> pd.DataFrame:
    """Return a fitted linear classifier's coefficients, one row per class and feature.

    Parameters
    ----------
    model : estimator or Pipeline
        A fitted linear classifier with ``coef_`` and ``classes_`` (e.g.
        ``LogisticRegression``), or a fitted ``Pipeline`` ending in one.
    feature_names : sequence of str, optional
        The names of the classifier's input columns; when None they come from
        the pipeline's earlier steps (``get_feature_names_out``), else
        ``x0, x1, ...``.

    Returns
    -------
    pandas.DataFrame
        Columns ``class``, ``feature``, ``coef``, sorted by class (in
        ``classes_`` order) and by ``coef``, largest first. A positive
        coefficient pushes toward that class. A binary model has one row of
        coefficients, reported for ``classes_[1]``.

    Notes
    -----
    A coefficient is the change in the log-odds per unit of its input; scale
    the inputs (``StandardScaler``) to compare features, and mind that
    correlated features share their weight unpredictably.

    Examples
    --------
    >>> from sklearn.linear_model import LogisticRegression
    >>> X = [[0.0, 1.0], [1.0, 1.0], [3.0, 0.0], [4.0, 0.0]]
    >>> model = LogisticRegression().fit(X, ["left", "left", "right", "right"])
    >>> out = coefficients(model, ["loaded", "quotes"])
    >>> out["class"].tolist(), out["feature"].tolist()
    (['right', 'right'], ['loaded', 'quotes'])
    >>> bool(out.loc[0, "coef"] > 0 > out.loc[1, "coef"])
    True
    """
    estimator = model
    names = feature_names
    if hasattr(model, "steps"):
        estimator = model.steps[-1][1]
        if names is None and len(model.steps) > 1:
            try:
                names = model[:-1].get_feature_names_out()
            except (AttributeError, ValueError):
                names = None
    if not hasattr(estimator, "coef_") or not hasattr(estimator, "classes_"):
        raise InputError(
            f"coefficients: {type(estimator).__name__} has no coef_ and classes_; "
            "pass a fitted linear classifier or a fitted Pipeline ending in one"
        )
    coef = np.atleast_2d(np.asarray(estimator.coef_, dtype=float))
    classes = np.asarray(estimator.classes_).tolist()  # plain str, not np.str_
    if coef.shape[0] == 1 and len(classes) == 2:
        classes = classes[1:]
    if names is None:
        names = getattr(estimator, "feature_names_in_", None)
    if names is None:
        names = [f"x{i}" for i in range(coef.shape[1])]
    names = [str(n) for n in names]
    if len(names) != coef.shape[1]:
        raise InputError(
            f"coefficients: {len(names)} feature names for {coef.shape[1]} coefficients"
        )
    frames = [
        pd.DataFrame({"class": label, "feature": names, "coef": row}).sort_values(
            ["coef", "feature"], ascending=[False, True], kind="mergesort"
        )
        for label, row in zip(classes, coef, strict=True)
    ]
    return pd.concat(frames, ignore_index=True)
