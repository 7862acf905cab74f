"""``FramingFeatures``: the numeric ``analyze()`` columns as a scikit-learn transformer.

Texts in, one row of framing features out, so loaded-term rates, quote balance and
tone can feed a classifier inside a ``Pipeline`` or ``ColumnTransformer``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from framing.components import FeatureConfig, resolve
from framing.errors import InputError
from framing.features import _config, analyze, feature_columns

__all__ = ["FramingFeatures"]

_NUMERIC = frozenset({"int64", "float64", "bool"})


class FramingFeatures(TransformerMixin, BaseEstimator):
    """Turn texts into the numeric columns of :func:`framing.features.analyze`.

    Parameters
    ----------
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.
    actors : ActorTable or path-like, default=None
        The bundled actors table when None.
    columns : list of str, default=None
        Which numeric ``analyze()`` columns to output, in this order; None gives all
        of them (counts, per-1,000-word rates, label counts, quotes, sources,
        balance and tone), in ``feature_columns()`` order. Text columns such as
        ``label_author`` are never output. Only the feature components that
        produce these columns are computed.
    features : list of str, default=None
        Feature components (:mod:`framing.components`) whose numeric columns are
        output, e.g. ``["loaded", "quotes"]``; None gives all of them. With
        ``columns``, the columns are chosen among these components' columns.
    fill_value : float or None, default=0.0
        What replaces the NaN that some features take when undefined (a rate of an
        article without words, a direct-voice share without quotes, the tone of an
        article without quotations): 0.0 by default, so a classifier that needs
        finite input can follow directly; None keeps NaN (put an imputer next).

    Attributes
    ----------
    n_features_in_ : int
        Always 1: the input is one column of texts.
    feature_names_in_ : ndarray of str
        The input column's name, when ``fit`` got a one-column DataFrame.
    columns_ : list of str
        The output columns, resolved from ``columns``.
    components_ : list of str
        The feature components computed to give them.

    Notes
    -----
    The input is a 1-D array-like of texts (list, Series, 1-D array), an
    ``(n, 1)`` array or a one-column DataFrame; None, NaN or a value that is
    not a str (a number, bytes) gives the features of an empty text. ``fit``
    learns nothing from the texts (the features are fixed by the lexicon and
    actors table); it checks ``columns`` and records the input
    shape as scikit-learn expects. ``set_output(transform="pandas")`` gives a
    DataFrame with the input's index.

    Examples
    --------
    >>> from framing.transformer import FramingFeatures
    >>> texts = ["The illegal aliens left.", "Undocumented immigrants stayed."]
    >>> features = FramingFeatures(columns=["n_words", "loaded_author"])
    >>> features.fit_transform(texts).tolist()
    [[4.0, 1.0], [3.0, 0.0]]
    >>> features.get_feature_names_out().tolist()
    ['n_words', 'loaded_author']
    >>> features.components_
    ['words', 'loaded']
    """

    def __init__(
        self, lexicon=None, actors=None, columns=None, fill_value=0.0, features=None
    ):
        self.lexicon = lexicon
        self.actors = actors
        self.columns = columns
        self.fill_value = fill_value
        self.features = features

    def __sklearn_tags__(self):
        """Declare text input: a 1-D array of strings, where None/NaN is allowed."""
        tags = super().__sklearn_tags__()
        tags.input_tags.one_d_array = True
        tags.input_tags.two_d_array = False
        tags.input_tags.string = True
        tags.input_tags.allow_nan = True
        tags.transformer_tags.preserves_dtype = []
        return tags

    def _numeric_columns(self) -> list[str]:
        cols = feature_columns(self.lexicon, self.actors, features=self.features)
        return [name for name, dtype in cols.items() if dtype in _NUMERIC]

    def _components(self) -> list[str]:
        """Return the components that produce ``columns_`` (the ones to compute)."""
        config: FeatureConfig = _config(self.lexicon, self.actors)
        chosen = set(self.columns_)
        _, out = resolve(self.features)
        return [c.name for c in out if chosen.intersection(c.columns(config))]

    def _texts(self, X, reset: bool) -> pd.Series:
        """Check ``X`` and return it as a Series of texts (keeping a pandas index)."""
        names = None
        if isinstance(X, str):
            raise InputError(
                "FramingFeatures needs a list, array or Series of texts, not one str; "
                "wrap a single text in a list: [text]"
            )
        if isinstance(X, pd.DataFrame):
            if X.shape[1] != 1:
                raise InputError(
                    f"FramingFeatures takes one column of texts; got a DataFrame "
                    f"with {X.shape[1]} columns {list(X.columns)}. Select the text "
                    "column (or use a ColumnTransformer)."
                )
            if isinstance(X.columns[0], str):
                names = np.asarray(X.columns, dtype=object)
            texts = X.iloc[:, 0]
        elif isinstance(X, pd.Series):
            texts = X
        else:
            if not hasattr(X, "__len__") and not hasattr(X, "__array__"):
                X = list(X)
            array = np.asarray(X, dtype=object)
            if array.ndim == 2 and array.shape[1] == 1:
                array = array[:, 0]
            if array.ndim != 1:
                raise InputError(
                    "FramingFeatures takes a 1-D array-like of texts or one column; "
                    f"got an array of shape {array.shape}"
                )
            texts = pd.Series(array, dtype=object)
        if reset:
            self.n_features_in_ = 1
            if names is not None:
                self.feature_names_in_ = names
            elif hasattr(self, "feature_names_in_"):
                del self.feature_names_in_
        else:
            fitted = getattr(self, "feature_names_in_", None)
            if names is not None and fitted is not None and list(names) != list(fitted):
                raise ValueError(
                    f"The feature names should match those that were passed during "
                    f"fit: got {list(names)}, fitted with {list(fitted)}"
                )
        return texts

    def fit(self, X, y=None):
        """Check the parameters and the input; nothing is learnt from the texts.

        Parameters
        ----------
        X : array-like of str, shape (n_samples,) or (n_samples, 1)
            The texts.
        y : None
            Ignored.

        Returns
        -------
        self : FramingFeatures
        """
        available = self._numeric_columns()
        if self.columns is None:
            chosen = available
        else:
            if isinstance(self.columns, str):
                raise InputError(
                    f"columns={self.columns!r}: give a list of column names, "
                    f"e.g. [{self.columns!r}]"
                )
            chosen = list(self.columns)
            unknown = [c for c in chosen if c not in available]
            if unknown or not chosen:
                raise InputError(
                    f"FramingFeatures(columns=...): {unknown or 'empty list'} not "
                    f"numeric analyze() columns; choose from {available}"
                )
        if self.fill_value is not None and not np.isfinite(self.fill_value):
            raise InputError(
                f"fill_value={self.fill_value!r}: use a finite number, or None to "
                "keep NaN"
            )
        self._texts(X, reset=True)
        self.columns_ = chosen
        self.components_ = self._components()
        return self

    def transform(self, X):
        """Return the features of each text.

        Parameters
        ----------
        X : array-like of str, shape (n_samples,) or (n_samples, 1)
            The texts; None or NaN gives the features of an empty text.

        Returns
        -------
        ndarray of float64, shape (n_samples, n_columns)
            One row per text, columns as :meth:`get_feature_names_out`; a DataFrame
            with the input's index after ``set_output(transform="pandas")``.
        """
        check_is_fitted(self, "columns_")
        texts = self._texts(X, reset=False)
        frame = pd.DataFrame({"text": texts.to_numpy(dtype=object)})
        out = analyze(
            frame,
            lexicon=self.lexicon,
            actors=self.actors,
            features=self.components_,
            progress=False,
        )
        values = out[self.columns_].to_numpy(dtype=np.float64)
        if self.fill_value is not None:
            values = np.where(np.isnan(values), float(self.fill_value), values)
        return values

    def get_feature_names_out(self, input_features=None):
        """Return the output column names.

        Parameters
        ----------
        input_features : array-like of str, optional
            Ignored except for a length check: the output names do not depend on
            the input column's name.

        Returns
        -------
        ndarray of str
        """
        check_is_fitted(self, "columns_")
        if input_features is not None and len(input_features) != 1:
            raise ValueError(
                f"input_features should have length 1 (one text column), got "
                f"{len(input_features)}"
            )
        return np.asarray(self.columns_, dtype=object)
