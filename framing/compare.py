"""Compare groups of articles (outlets, bias ratings): words and features.

Which words set two groups apart (weighted log-odds with a Dirichlet prior), and how
a feature differs between groups (bootstrap confidence intervals, by article or outlet).

Every function takes counts or ``analyze()`` features and returns a tidy DataFrame
(one row per term, group or label); nothing is printed or plotted here.
"""

from __future__ import annotations

import functools
import math
import numbers
import re
import warnings
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from framing._validation import as_text
from framing.errors import InputError
from framing.text import word_spans

__all__ = [
    "count_labels",
    "count_words",
    "group_difference",
    "group_rates",
    "label_change",
    "label_shares",
    "label_shares_by_period",
    "log_odds",
    "log_odds_by",
    "quote_shares",
    "top_share",
    "voice_shares",
]

_LABEL_COLUMN = re.compile(r"^label_(.+)_author$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Bootstrap resamples are drawn in blocks so that one block's weight matrix holds at
# most this many cells (8 bytes each): 1000 resamples of 650 articles fit in one.
_BLOCK_CELLS = 4_000_000


# --------------------------------------------------------------------------- counts


def _stop_words(stop_words) -> frozenset[str]:
    if stop_words is None:
        return frozenset()
    if isinstance(stop_words, str):
        if stop_words != "english":
            raise InputError(
                f"stop_words={stop_words!r}: use 'english' (scikit-learn's "
                "ENGLISH_STOP_WORDS), an iterable of words, or None"
            )
        return _english_stop_words()
    return frozenset(_word_key(as_text(w, name="stop word")) for w in stop_words)


_STOP_KINDS = {"contraction", "function word"}


@functools.cache
def _english_stop_words() -> frozenset[str]:
    """scikit-learn's ENGLISH_STOP_WORDS plus ``data/stop_words.csv``.

    scikit-learn's list has "it" and "is" but not "it's", and no "like": in news
    text these function words are frequent enough to top a log-odds ranking on
    style alone (issue #11 item 8).
    """
    from importlib.resources import files

    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    extra = _read_stop_words(files("framing") / "data" / "stop_words.csv")
    return frozenset(ENGLISH_STOP_WORDS) | extra


def _read_stop_words(source) -> frozenset[str]:
    """Read a stop-word table (word, kind, source, note); stop at a bad row."""
    from framing._validation import check_choice, read_csv_rows, table_error

    label, rows = read_csv_rows(source, ("word", "kind", "source"), ("note",))
    words = set()
    for line, row in rows:
        check_choice(label, line, "kind", row["kind"], _STOP_KINDS)
        if row["word"] != _word_key(row["word"]) or " " in row["word"]:
            raise table_error(
                label, line, "word", f"expected one lowercase word, got {row['word']!r}"
            )
        words.add(row["word"])
    return frozenset(words)


def _word_key(word: str) -> str:
    # Curly and straight apostrophes spell the same word ("it’s" and "it's"); the
    # count key only, never an offset, so this normalisation is safe.
    return word.lower().replace("’", "'")


def _grouped(texts, groups) -> tuple[list[Any], list[Hashable] | None]:
    if isinstance(texts, str):
        raise InputError(
            "texts must be a list, Series or other iterable of texts, not one str; "
            "wrap a single text in a list: [text]"
        )
    texts = list(texts)
    if groups is None:
        return texts, None
    groups = list(groups)
    if len(groups) != len(texts):
        raise InputError(
            f"groups has {len(groups)} values but texts has {len(texts)}; "
            "give one group per text"
        )
    return texts, groups


def _count_frame(counters: dict[Hashable, Counter], name: str) -> pd.DataFrame:
    frame = pd.DataFrame({g: pd.Series(c, dtype="int64") for g, c in counters.items()})
    frame = frame.fillna(0).astype("int64").sort_index()
    frame.index.name = name
    frame.columns.name = "group"
    return frame


def count_words(
    texts: Iterable[Any],
    groups: Iterable[Hashable] | None = None,
    *,
    stop_words: str | Iterable[str] | None = None,
    numbers: bool = False,
) -> pd.DataFrame:
    """Count lowercased words (unigrams) per group, for :func:`log_odds_by`.

    Words are :func:`framing.text.word_spans` tokens, lowercased, with curly
    apostrophes read as straight ones ("It’s" and "it's" are one word).

    Parameters
    ----------
    texts : iterable of str
        The articles. None or NaN counts as an empty text.
    groups : iterable, optional
        One group label per text (e.g. the ``bias_text`` column); all texts form
        one group named ``"all"`` when None.
    stop_words : {"english"} or iterable of str, optional
        Words to leave out: ``"english"`` is scikit-learn's ``ENGLISH_STOP_WORDS``
        (318 words) plus the contractions and function words it lacks ("it's",
        "don't", "like"; ``framing/data/stop_words.csv``); None keeps every word.
    numbers : bool, default=False
        Keep tokens without a letter ("2018", "15"); they are dropped by default.

    Returns
    -------
    pandas.DataFrame
        Index ``term`` (sorted), one int64 column per group (in order of first
        appearance), 0 where a group never uses a word.

    Examples
    --------
    >>> counts = count_words(
    ...     ["The wall, the wall!", "The Dreamers in 2017", "Dreamers' hopes"],
    ...     groups=["right", "left", "left"],
    ...     stop_words="english",
    ... )
    >>> counts.columns.tolist(), counts.index.tolist()
    (['right', 'left'], ['dreamers', 'hopes', 'wall'])
    >>> counts["left"].tolist(), counts["right"].tolist()
    ([2, 1, 0], [0, 0, 2])
    """
    texts, group_list = _grouped(texts, groups)
    stop = _stop_words(stop_words)
    keys = group_list if group_list is not None else ["all"] * len(texts)
    counters: dict[Hashable, Counter] = {}
    for text, key in zip(texts, keys, strict=True):
        text = as_text(text)
        counter = counters.setdefault(key, Counter())
        for start, end in word_spans(text):
            word = _word_key(text[start:end])
            if word in stop or (not numbers and not _HAS_LETTER.search(word)):
                continue
            counter[word] += 1
    return _count_frame(counters, "term")


def count_labels(
    texts: Iterable[Any],
    groups: Iterable[Hashable] | None = None,
    *,
    lexicon=None,
    voice: str = "author",
    key: str = "term",
    loaded_only: bool = False,
) -> pd.DataFrame:
    """Count lexicon labels (from :func:`framing.find_terms`) per group.

    Parameters
    ----------
    texts : iterable of str
        The articles. None or NaN counts as an empty text.
    groups : iterable, optional
        One group label per text; all texts form one group ``"all"`` when None.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.
    voice : {"author", "quoted", "all"}, default="author"
        Count matches outside quotation marks (the outlet's own wording), inside
        them, or both.
    key : {"term", "label", "category"}, default="term"
        What to count: the canonical entry ("illegal alien"), its status-label
        group ("alien"), or its category ("status label").
    loaded_only : bool, default=False
        Count only loaded entries.

    Returns
    -------
    pandas.DataFrame
        Index ``term`` (the key's values, sorted; matches with an empty key are
        left out), one int64 column per group.

    Examples
    --------
    >>> texts = ['Illegal aliens, he wrote. "Undocumented immigrants," she said.']
    >>> count_labels(texts, key="label")["all"].to_dict()
    {'alien': 1}
    >>> count_labels(texts, voice="all", key="label")["all"].to_dict()
    {'alien': 1, 'undocumented': 1}
    """
    from framing.terms import find_terms

    if voice not in {"author", "quoted", "all"}:
        raise InputError(f"voice={voice!r}; use 'author', 'quoted' or 'all'")
    if key not in {"term", "label", "category"}:
        raise InputError(f"key={key!r}; use 'term', 'label' or 'category'")
    texts, group_list = _grouped(texts, groups)
    keys = group_list if group_list is not None else ["all"] * len(texts)
    counters: dict[Hashable, Counter] = {}
    for text, group in zip(texts, keys, strict=True):
        counter = counters.setdefault(group, Counter())
        for m in find_terms(text, lexicon=lexicon):
            if loaded_only and not m.loaded:
                continue
            if (voice == "author" and m.in_quote) or (
                voice == "quoted" and not m.in_quote
            ):
                continue
            value = getattr(m, key)
            if value:
                counter[value] += 1
    return _count_frame(counters, "term")


# ------------------------------------------------------------------------- log-odds


def _as_counts(counts, name: str) -> pd.Series:
    if isinstance(counts, pd.DataFrame):
        raise InputError(
            f"{name} must be one column of counts (a Series or mapping term -> "
            f"count), got a DataFrame with columns {list(counts.columns)}; "
            "use log_odds_by(frame, group) for a term-by-group frame"
        )
    series = (
        counts.copy()
        if isinstance(counts, pd.Series)
        else pd.Series(dict(counts) if isinstance(counts, Mapping) else counts)
    )
    series = pd.to_numeric(series, errors="coerce")
    if series.isna().any() or (series < 0).any():
        bad = series[series.isna() | (series < 0)].index[:5].tolist()
        raise InputError(
            f"{name}: counts must be non-negative numbers; bad entries for {bad}"
        )
    return series.astype("float64")


def log_odds(
    counts_a,
    counts_b,
    *,
    prior=None,
    a0: float | None = None,
    names: tuple[str, str] = ("a", "b"),
    min_count: int = 0,
) -> pd.DataFrame:
    r"""Weighted log-odds ratio with an informative Dirichlet prior ("Fightin' Words").

    For each term *w*, with counts :math:`y_{wi}` and :math:`y_{wj}` in the two
    groups, group totals :math:`n_i, n_j`, prior pseudo-counts :math:`a_w` and
    :math:`a_0 = \sum_w a_w`:

    .. math::

        \delta_w = \log\frac{y_{wi} + a_w}{n_i + a_0 - y_{wi} - a_w}
                  - \log\frac{y_{wj} + a_w}{n_j + a_0 - y_{wj} - a_w},\quad
        \sigma^2_w \approx \frac{1}{y_{wi} + a_w} + \frac{1}{y_{wj} + a_w},\quad
        z_w = \delta_w / \sigma_w.

    A positive z means the term is typical of group ``a``, negative of ``b``.

    Parameters
    ----------
    counts_a, counts_b : pandas.Series or mapping
        Term counts of the two groups (term -> count), e.g. two columns of
        :func:`count_words`. A term missing from one counts 0 there.
    prior : pandas.Series, mapping or float, optional
        The Dirichlet pseudo-counts :math:`a_w`. None (default) uses the pooled
        counts ``counts_a + counts_b``; a Series or mapping gives background
        counts (e.g. a larger corpus), a float a flat prior (the same
        :math:`a_w` for every term). Terms whose prior is 0 or missing are
        dropped with a warning (their log-odds is undefined).
    a0 : float, optional
        Rescale the prior so that its pseudo-counts sum to ``a0``: smaller values
        shrink less. None keeps the prior as given (with the pooled default,
        :math:`a_0 = n_i + n_j`).
    names : tuple of str, default=("a", "b")
        Group names for the ``group`` column.
    min_count : int, default=0
        Leave out terms used fewer than ``min_count`` times in both groups
        together. They still count in the totals :math:`n_i, n_j`.

    Returns
    -------
    pandas.DataFrame
        One row per term, sorted by ``z`` (most typical of ``a`` first, of ``b``
        last), columns ``term``, ``count_a``, ``count_b``, ``prior``, ``delta``,
        ``variance``, ``z`` and ``group`` (the name of the group the term leans
        to; ties go to ``a``). ``frame.attrs["groups"]`` holds ``names``.

    See Also
    --------
    log_odds_by : One group against another or against the rest, from a
        term-by-group count frame.

    Notes
    -----
    Monroe, Colaresi & Quinn (2008), "Fightin' Words: Lexical Feature Selection
    and Evaluation for Identifying the Content of Political Conflict", Political
    Analysis 16(4): 372-403, eq. 16 (log-odds with prior), 20 (variance) and 22
    (z-score). Unlike the difference of proportions (led by very common words) or
    the raw log-odds ratio (led by very rare ones), the z-score weighs a
    difference by the evidence for it.

    Examples
    --------
    >>> left = {"dreamers": 8, "wall": 1, "border": 11}
    >>> right = {"dreamers": 1, "wall": 9, "border": 10}
    >>> out = log_odds(left, right, names=("left", "right"))
    >>> out[["term", "count_a", "count_b", "group"]].to_dict("list")
    {'term': ['dreamers', 'border', 'wall'], 'count_a': [8, 11, 1],
     'count_b': [1, 10, 9], 'group': ['left', 'left', 'right']}
    >>> out["z"].round(3).tolist()
    [1.71, 0.265, -1.913]
    """
    a = _as_counts(counts_a, "counts_a")
    b = _as_counts(counts_b, "counts_b")
    terms = a.index.union(b.index)
    a = a.reindex(terms, fill_value=0.0)
    b = b.reindex(terms, fill_value=0.0)
    if prior is None:
        alpha = a + b
    elif isinstance(prior, numbers.Real) and not isinstance(prior, bool):
        if not prior > 0 or math.isinf(prior):
            raise InputError(f"prior={prior!r}: a flat prior must be a positive number")
        alpha = pd.Series(float(prior), index=terms)
    else:
        alpha = _as_counts(prior, "prior").reindex(terms, fill_value=0.0)
    undefined = alpha <= 0
    if undefined.any() and prior is not None:
        warnings.warn(
            f"log_odds: {int(undefined.sum())} term(s) have no prior count and are "
            f"left out, e.g. {terms[undefined.to_numpy()][:3].tolist()}",
            stacklevel=2,
        )
    if a0 is not None:
        if not a0 > 0 or math.isinf(a0):
            raise InputError(f"a0={a0!r}: must be a positive number")
        alpha = alpha * (a0 / alpha.sum())
    n_a, n_b, alpha0 = a.sum(), b.sum(), alpha.sum()
    keep = ~undefined & ((a + b) >= min_count)
    a, b, alpha = a[keep], b[keep], alpha[keep]
    with np.errstate(divide="ignore"):
        delta = np.log((a + alpha) / (n_a + alpha0 - a - alpha)) - np.log(
            (b + alpha) / (n_b + alpha0 - b - alpha)
        )
    variance = 1.0 / (a + alpha) + 1.0 / (b + alpha)
    out = pd.DataFrame(
        {
            "term": a.index.to_numpy(dtype=object),
            "count_a": a.to_numpy(),
            "count_b": b.to_numpy(),
            "prior": alpha.to_numpy(),
            "delta": delta.to_numpy(),
            "variance": variance.to_numpy(),
        }
    )
    out["z"] = out["delta"] / np.sqrt(out["variance"])
    if all(float(c).is_integer() for c in (n_a, n_b)):
        out = out.astype({"count_a": "int64", "count_b": "int64"})
    out["group"] = np.where(out["z"] >= 0, str(names[0]), str(names[1]))
    # Stable sort on z, then term, so ties come out the same on every run.
    out = out.sort_values(["z", "term"], ascending=[False, True], kind="mergesort")
    out = out.reset_index(drop=True)
    out.attrs["groups"] = (str(names[0]), str(names[1]))
    # the groups' total counts (before min_count), so a figure can state its N
    out.attrs["totals"] = (float(n_a), float(n_b))
    return out


def log_odds_by(
    counts: pd.DataFrame,
    group: Hashable,
    other: Hashable | None = None,
    **kwargs: Any,
) -> pd.DataFrame:
    """Log-odds of one group against another, or against all other groups pooled.

    Parameters
    ----------
    counts : pandas.DataFrame
        Terms by groups, as returned by :func:`count_words` or
        :func:`count_labels`.
    group : hashable
        The column for side ``a`` (positive z).
    other : hashable, optional
        The column for side ``b``; None pools every other column ("the rest").
    **kwargs
        Passed to :func:`log_odds` (``prior``, ``a0``, ``min_count``). The
        default prior pools *all* columns of ``counts``, so a third group still
        informs the prior when two are compared.

    Returns
    -------
    pandas.DataFrame
        As :func:`log_odds`, with ``names=(group, other or "rest")``.

    Examples
    --------
    >>> counts = count_words(
    ...     ["wall wall border", "dreamers border", "border crisis"],
    ...     groups=["right", "left", "center"],
    ... )
    >>> out = log_odds_by(counts, "right")
    >>> out[["term", "count_a", "count_b", "group"]].to_dict("list")
    {'term': ['wall', 'border', 'crisis', 'dreamers'], 'count_a': [2, 1, 0, 0],
     'count_b': [0, 2, 1, 1], 'group': ['right', 'rest', 'rest', 'rest']}
    """
    if not isinstance(counts, pd.DataFrame):
        raise InputError(
            f"counts must be a term-by-group DataFrame, got {type(counts).__name__}"
        )
    for name in (group, other):
        if name is not None and name not in counts.columns:
            raise InputError(
                f"log_odds_by: no group {name!r}; groups are {list(counts.columns)}"
            )
    if other is not None and other == group:
        raise InputError(f"log_odds_by: group and other are both {group!r}")
    a = counts[group]
    if other is None:
        b = counts.drop(columns=[group]).sum(axis=1)
        if counts.shape[1] < 2:
            raise InputError(
                f"log_odds_by: {group!r} is the only group; nothing to compare with"
            )
    else:
        b = counts[other]
    kwargs.setdefault("prior", counts.sum(axis=1))
    return log_odds(a, b, names=(group, "rest" if other is None else other), **kwargs)


# ---------------------------------------------------------------- group estimates


def _column(features: pd.DataFrame, spec, role: str) -> pd.Series:
    if isinstance(spec, pd.Series):
        if not spec.index.equals(features.index):
            raise InputError(
                f"{role}: a Series must have the same index as features "
                f"({len(spec)} vs {len(features)} rows)"
            )
        return spec
    if isinstance(spec, Hashable) and spec in features.columns:
        return features[spec]
    raise InputError(
        f"{role}={spec!r}: no such column; columns are {list(features.columns)}"
    )


def _weighted_stat(values: np.ndarray, weights: np.ndarray, stat: str) -> np.ndarray:
    """Return ``stat`` of ``values`` for each row of resample weights (multiplicities).

    ``values`` is sorted ascending when ``stat == "median"``.
    """
    total = weights.sum(axis=1)
    if stat == "mean":
        return (weights @ values) / total
    # The lower weighted median (the value where the cumulative weight first
    # reaches half), averaged with the next value when it lands exactly on half:
    # this equals numpy's median of the expanded resample.
    cum = np.cumsum(weights, axis=1)
    half = total / 2.0
    lower = (cum < half[:, None]).sum(axis=1)
    upper = (cum <= half[:, None]).sum(axis=1)
    upper = np.minimum(upper, len(values) - 1)
    return (values[lower] + values[upper]) / 2.0


def _bootstrap(
    values: np.ndarray,
    units: np.ndarray | None,
    n_boot: int,
    stat: str,
    rng: np.random.Generator,
) -> np.ndarray:
    """Resample articles (``units`` None) or clusters (codes 0..k-1) with replacement.

    Returns ``n_boot`` statistics. Each block of resamples is one weight matrix
    (resample x article) of multiplicities, so no Python loop runs per resample.
    """
    if stat == "median":
        order = np.argsort(values, kind="mergesort")
        values = values[order]
        units = units[order] if units is not None else None
    n = len(values)
    k = n if units is None else int(units.max()) + 1
    block = max(1, _BLOCK_CELLS // max(n, 1))
    out = np.empty(n_boot)
    for first in range(0, n_boot, block):
        size = min(block, n_boot - first)
        # How often each unit is drawn in each resample: multinomial(k, 1/k).
        drawn = rng.multinomial(k, np.full(k, 1.0 / k), size=size).astype(np.float64)
        weights = drawn if units is None else drawn[:, units]
        out[first : first + size] = _weighted_stat(values, weights, stat)
    return out


def _check_bootstrap(features: Any, ci: Any, n_boot: Any) -> None:
    """Check the arguments every bootstrap in this module takes."""
    if not isinstance(features, pd.DataFrame):
        raise InputError(
            f"features must be a pandas DataFrame, got {type(features).__name__}"
        )
    if not 0 < ci < 1:
        raise InputError(f"ci={ci!r}: must lie strictly between 0 and 1, e.g. 0.95")
    if (
        isinstance(n_boot, bool)
        or not isinstance(n_boot, int | np.integer)
        or n_boot < 1
    ):
        raise InputError(f"n_boot={n_boot!r}: must be a positive int")


def group_rates(
    features: pd.DataFrame,
    value,
    by,
    *,
    cluster=None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
    stat: str = "mean",
) -> pd.DataFrame:
    """Estimate a feature per group with percentile bootstrap confidence intervals.

    Parameters
    ----------
    features : pandas.DataFrame
        One row per article, e.g. ``analyze(df)`` joined with the outlet and bias
        columns.
    value : str or pandas.Series
        A numeric or boolean column of ``features`` (a rate such as
        ``loaded_author_per_1k``), or a Series with the same index. A boolean
        gives a share: ``features["label_author"].eq("illegal")`` is the share of
        articles whose dominant author label is "illegal". NaN values (e.g. a rate
        of an article without words) are left out and counted in ``n_missing``.
    by : str or pandas.Series
        The grouping column (e.g. ``"bias_text"``). Rows whose group is missing
        are left out. Groups come in sorted order, or category order for a
        categorical.
    cluster : str or pandas.Series, optional
        Resample these clusters (e.g. ``"outlet"``) within each group instead of
        articles, so that one prolific or unusual outlet cannot make an interval
        look narrower than the evidence is.
    n_boot : int, default=1000
        Bootstrap resamples per group.
    ci : float, default=0.95
        Coverage of the percentile interval.
    seed : int or None, default=0
        Seed of the random generator; the same seed gives the same intervals.
    stat : {"mean", "median"}, default="mean"
        The per-group statistic (over articles, pooled across clusters).

    Returns
    -------
    pandas.DataFrame
        One row per group: ``value`` (the column's name), ``group``, ``stat``
        ("share" for a boolean value), ``estimate`` (on all articles), ``low``,
        ``high``, ``n_articles`` (non-missing), ``n_missing``, ``n_clusters``
        (distinct clusters; equals ``n_articles`` without ``cluster``, where each
        article is its own unit). A group without values gets NaN estimates.

    Notes
    -----
    Percentile bootstrap (Efron & Tibshirani 1993, ch. 13). Resampling whole
    clusters is the cluster (block) bootstrap for correlated observations
    (Cameron, Gelbach & Miller 2008): articles from one outlet share its house
    style, so they are not independent evidence. With few clusters per group the
    interval is rough; a group with a single cluster gets a zero-width interval
    and a warning.

    Examples
    --------
    >>> import pandas as pd
    >>> features = pd.DataFrame(
    ...     {
    ...         "rate": [1.0, 2.0, 3.0, 5.0, 5.0, None],
    ...         "bias": ["left", "left", "left", "right", "right", "right"],
    ...     }
    ... )
    >>> out = group_rates(features, "rate", "bias", n_boot=200)
    >>> out[["group", "estimate", "n_articles", "n_missing"]].to_dict("list")
    {'group': ['left', 'right'], 'estimate': [2.0, 5.0], 'n_articles': [3, 2],
     'n_missing': [0, 1]}
    >>> out.loc[1, ["low", "high"]].astype(float).tolist()  # identical: zero width
    [5.0, 5.0]
    """
    _check_bootstrap(features, ci, n_boot)
    if stat not in {"mean", "median"}:
        raise InputError(f"stat={stat!r}; use 'mean' or 'median'")
    values = _column(features, value, "value")
    name = value if isinstance(value, str) else (values.name or "value")
    groups = _column(features, by, "by")
    clusters = None if cluster is None else _column(features, cluster, "cluster")
    is_bool = pd.api.types.is_bool_dtype(values)
    if is_bool:
        numeric = values.astype("float64")
    else:
        if not pd.api.types.is_numeric_dtype(values):
            raise InputError(
                f"value={name!r} has dtype {values.dtype}; use a numeric or boolean "
                f"column, e.g. features['label_author'].eq('illegal') for a share"
            )
        numeric = values.astype("float64")
    rng = np.random.default_rng(seed)
    tail = (1 - ci) / 2
    rows = []
    # Positions, not index labels: analyze() keeps the caller's index, which may
    # repeat a label.
    numeric_values = numeric.to_numpy()
    cluster_values = None if clusters is None else clusters.to_numpy()
    keys = groups.reset_index(drop=True)
    keys = keys[keys.notna()]
    for group, positions in keys.groupby(keys, sort=True, observed=True).groups.items():
        positions = np.asarray(positions)
        v = numeric_values[positions]
        present = ~np.isnan(v)
        v = v[present]
        row = {
            "value": str(name),
            "group": group,
            "stat": "share" if is_bool else stat,
            "n_articles": int(present.sum()),
            "n_missing": int((~present).sum()),
        }
        if cluster_values is not None:
            c = cluster_values[positions][present]
            codes = pd.factorize(pd.Series(c), use_na_sentinel=False)[0]
            row["n_clusters"] = int(codes.max() + 1) if len(codes) else 0
        else:
            codes = None
            row["n_clusters"] = row["n_articles"]
        if len(v) == 0:
            row.update(estimate=math.nan, low=math.nan, high=math.nan)
        else:
            if codes is not None and row["n_clusters"] == 1:
                warnings.warn(
                    f"group_rates: group {group!r} has one cluster; its interval "
                    "has zero width and says nothing about other outlets",
                    stacklevel=2,
                )
            estimate = float(np.mean(v) if stat == "mean" else np.median(v))
            boot = _bootstrap(v, codes, n_boot, stat, rng)
            low, high = np.quantile(boot, [tail, 1 - tail])
            row.update(estimate=estimate, low=float(low), high=float(high))
        rows.append(row)
    columns = [
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
    out = pd.DataFrame(rows, columns=columns)
    return out.astype(
        {"estimate": "float64", "low": "float64", "high": "float64"}
        | {c: "int64" for c in ("n_articles", "n_missing", "n_clusters")}
    )


def _shares(
    features: pd.DataFrame, by, columns: dict[str, str], what: str
) -> pd.DataFrame:
    groups = _column(features, by, "by")
    counts = features[list(columns)].apply(pd.to_numeric, errors="coerce").fillna(0)
    counts.columns = list(columns.values())
    # A fresh index groups by position, so a repeated index label cannot misalign.
    keys = groups.reset_index(drop=True)
    counts = counts.reset_index(drop=True)
    known = keys.notna()
    sums = counts[known].groupby(keys[known], sort=True, observed=True).sum()
    n_articles = keys[known].value_counts()
    long = sums.stack().rename("count").reset_index()
    long.columns = ["group", what, "count"]
    totals = long.groupby("group", sort=False, observed=True)["count"].transform("sum")
    long["share"] = (long["count"] / totals.where(totals > 0)).astype("float64")
    long["n_articles"] = long["group"].map(n_articles).astype("int64")
    long["count"] = long["count"].astype("int64")
    return long


def label_shares(features: pd.DataFrame, by) -> pd.DataFrame:
    """Share of each status-label group in the author's voice, per group of articles.

    The shares pool the ``label_<label>_author`` counts of all articles in a group
    (labels written, not articles): of all status labels the outlets of a group
    used in their own voice, what share was "illegal", "undocumented", ...

    Parameters
    ----------
    features : pandas.DataFrame
        ``analyze()`` output (or any frame with ``label_*_author`` count columns).
    by : str or pandas.Series
        The grouping column; rows whose group is missing are left out.

    Returns
    -------
    pandas.DataFrame
        One row per group and label: ``group``, ``label``, ``count``, ``share``
        (NaN for a group without any label), ``n_articles``.

    Examples
    --------
    >>> import pandas as pd
    >>> features = pd.DataFrame(
    ...     {
    ...         "label_author": ["illegal", "undocumented", "illegal"],
    ...         "label_illegal_author": [3, 0, 1],
    ...         "label_undocumented_author": [1, 2, 0],
    ...         "bias": ["right", "left", "right"],
    ...     }
    ... )
    >>> label_shares(features, "bias").to_dict("list")
    {'group': ['left', 'left', 'right', 'right'],
     'label': ['illegal', 'undocumented', 'illegal', 'undocumented'],
     'count': [0, 2, 4, 1], 'share': [0.0, 1.0, 0.8, 0.2], 'n_articles': [1, 1, 2, 2]}
    """
    return _shares(features, by, _label_columns(features, "label_shares"), "label")


def quote_shares(
    features: pd.DataFrame, by, *, measure: str = "quoted_words"
) -> pd.DataFrame:
    """Share of each side's voice per group: quoted words (default) or sources.

    Parameters
    ----------
    features : pandas.DataFrame
        ``analyze()`` output with ``quoted_words_<side>`` and ``sources_<side>``
        columns (one per side of the actors table, plus ``unknown``).
    by : str or pandas.Series
        The grouping column; rows whose group is missing are left out.
    measure : {"quoted_words", "sources"}, default="quoted_words"
        Pool the words quoted directly from each side, or the number of sources.

    Returns
    -------
    pandas.DataFrame
        One row per group and side: ``group``, ``side``, ``count``, ``share``
        (NaN for a group without any), ``n_articles``.

    Examples
    --------
    >>> import pandas as pd
    >>> features = pd.DataFrame(
    ...     {
    ...         "quoted_words_enforcement": [30, 10],
    ...         "quoted_words_immigrant_rights": [0, 40],
    ...         "quoted_words_unknown": [0, 20],
    ...         "bias": ["right", "right"],
    ...     }
    ... )
    >>> out = quote_shares(features, "bias")
    >>> out[["side", "count", "share"]].to_dict("list")
    {'side': ['enforcement', 'immigrant_rights', 'unknown'], 'count': [40, 40, 20],
     'share': [0.4, 0.4, 0.2]}
    """
    if measure not in {"quoted_words", "sources"}:
        raise InputError(f"measure={measure!r}; use 'quoted_words' or 'sources'")
    from framing.balance import voice_columns

    prefix = f"{measure}_"
    # quoted_words_female, sources_type_expert, ...: by gender or type, not side.
    voices = set(voice_columns())
    columns = {
        c: c[len(prefix) :]
        for c in features.columns
        if isinstance(c, str) and c.startswith(prefix) and c not in voices
    }
    if not columns:
        raise InputError(
            f"quote_shares: no {prefix}<side> columns; pass analyze() output "
            f"(columns are {list(features.columns)})"
        )
    return _shares(features, by, columns, "side")


# ---------------------------------------------------------------- label choice in time


def _label_columns(features: pd.DataFrame, caller: str) -> dict[str, str]:
    columns = {
        c: m.group(1)
        for c in features.columns
        if isinstance(c, str) and (m := _LABEL_COLUMN.match(c))
    }
    if not columns:
        raise InputError(
            f"{caller}: no label_<label>_author columns; pass analyze() output "
            f"(columns are {list(features.columns)})"
        )
    return columns


def _min_articles(min_articles) -> int:
    if isinstance(min_articles, bool) or not isinstance(min_articles, int | np.integer):
        raise InputError(f"min_articles={min_articles!r}: must be an int >= 0")
    if min_articles < 0:
        raise InputError(f"min_articles={min_articles!r}: must be an int >= 0")
    return int(min_articles)


def _dates(features: pd.DataFrame, date) -> pd.Series:
    values = _column(features, date, "date")
    if not pd.api.types.is_datetime64_any_dtype(values):
        raise InputError(
            f"date={getattr(values, 'name', date)!r} has dtype {values.dtype}; use a "
            "datetime column (pandas.to_datetime(...) converts strings)"
        )
    return values


def label_shares_by_period(
    features: pd.DataFrame,
    date,
    by=None,
    *,
    freq: str = "Y",
    min_articles: int = 10,
) -> pd.DataFrame:
    """Share of each status label in the author's voice, per period and group.

    :func:`label_shares` for every period (year, quarter, ...) and group: of all
    status labels the articles of a cell used in their own voice, what share was
    "illegal", "undocumented", ... Cells with fewer than ``min_articles`` articles
    are left out, so a year with three articles cannot draw a trend.

    Parameters
    ----------
    features : pandas.DataFrame
        ``analyze()`` output joined with a date column (and the grouping column).
    date : str or pandas.Series
        A datetime column; rows without a date (NaT) are left out.
    by : str or pandas.Series, optional
        The grouping column (e.g. ``"bias_text"``); all articles form one group
        ``"all"`` when None. Rows whose group is missing are left out.
    freq : str, default="Y"
        A pandas period alias: ``"Y"`` (years), ``"Q"`` (quarters), ``"M"``.
    min_articles : int, default=10
        Keep only cells (period and group) with at least this many articles.

    Returns
    -------
    pandas.DataFrame
        One row per kept cell and label, sorted by period, group and label
        (labels in column order): ``period`` (str, e.g. ``"2013"``), ``start`` and
        ``end`` (the period's first and last day, Timestamps), ``group``,
        ``label``, ``count``, ``share`` (NaN when the cell has no status label),
        ``n_articles`` (articles in the cell) and ``n_labels`` (status labels
        written in the cell, the share's denominator).

    See Also
    --------
    label_change : One label's share before and after a date, per outlet.

    Examples
    --------
    >>> import pandas as pd
    >>> features = pd.DataFrame(
    ...     {
    ...         "label_illegal_author": [2, 1, 0, 1],
    ...         "label_undocumented_author": [0, 1, 3, 0],
    ...         "date": pd.to_datetime(
    ...             ["2012-05-01", "2012-09-30", "2014-01-10", None]
    ...         ),
    ...     }
    ... )
    >>> out = label_shares_by_period(features, "date", min_articles=1)
    >>> cols = ["period", "label", "count", "share", "n_articles", "n_labels"]
    >>> out[cols].to_dict("list")
    {'period': ['2012', '2012', '2014', '2014'],
     'label': ['illegal', 'undocumented', 'illegal', 'undocumented'],
     'count': [3, 1, 0, 3], 'share': [0.75, 0.25, 0.0, 1.0],
     'n_articles': [2, 2, 1, 1], 'n_labels': [4, 4, 3, 3]}
    >>> len(label_shares_by_period(features, "date", min_articles=2))  # 2014 is thin
    2
    """
    columns = _label_columns(features, "label_shares_by_period")
    keep = _min_articles(min_articles)
    dates = _dates(features, date)
    if by is None:
        groups = pd.Series("all", index=features.index, dtype=object)
    else:
        groups = _column(features, by, "by")
    try:
        periods = dates.dt.to_period(freq)
    except (ValueError, TypeError) as exc:
        raise InputError(
            f"freq={freq!r} is not a pandas period alias; use 'Y', 'Q' or 'M'"
        ) from exc
    counts = features[list(columns)].apply(pd.to_numeric, errors="coerce").fillna(0)
    counts.columns = list(columns.values())
    # Positions, not index labels: a repeated index label cannot misalign.
    counts = counts.reset_index(drop=True).astype("int64")
    keys = pd.DataFrame(
        {
            "period": periods.reset_index(drop=True),
            "group": groups.reset_index(drop=True),
        }
    )
    known = keys.notna().all(axis=1).to_numpy()
    counts, keys = counts[known], keys[known]
    out_columns = [
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
    if counts.empty:
        return pd.DataFrame(columns=out_columns)
    grouped = counts.groupby([keys["period"], keys["group"]], sort=True, observed=True)
    sums = grouped.sum()
    sizes = grouped.size()
    sums = sums[(sizes >= keep).to_numpy()]
    if sums.empty:
        return pd.DataFrame(columns=out_columns)
    sums.index.names = ["period", "group"]
    long = sums.stack().rename("count").reset_index()
    long.columns = ["period", "group", "label", "count"]
    totals = long.groupby(["period", "group"], sort=False, observed=True)[
        "count"
    ].transform("sum")
    long["share"] = (long["count"] / totals.where(totals > 0)).astype("float64")
    long["n_articles"] = [
        int(sizes[(p, g)]) for p, g in zip(long["period"], long["group"], strict=True)
    ]
    long["n_labels"] = totals.astype("int64")
    long["count"] = long["count"].astype("int64")
    long["start"] = [p.start_time.normalize() for p in long["period"]]
    long["end"] = [p.end_time.normalize() for p in long["period"]]
    long["period"] = long["period"].astype(str)
    return long[out_columns].reset_index(drop=True)


def label_change(
    features: pd.DataFrame,
    date,
    event,
    by="outlet",
    *,
    label: str | Iterable[str] = "illegal",
    min_articles: int = 10,
) -> pd.DataFrame:
    """One status label's share in the author's voice before and after a date.

    Did the outlets follow a style change, such as the AP Stylebook dropping
    "illegal immigrant" on 2 April 2013? For each group (outlet) with at least
    ``min_articles`` dated articles on each side of ``event``, the share of
    ``label`` among all status labels it wrote in its own voice, before and after.

    Parameters
    ----------
    features : pandas.DataFrame
        ``analyze()`` output joined with a date column and the grouping column.
    date : str or pandas.Series
        A datetime column; rows without a date (NaT) are left out.
    event : str or pandas.Timestamp
        The first day of "after": an article dated ``event`` counts as after.
    by : str or pandas.Series, default="outlet"
        The grouping column; rows whose group is missing are left out.
    label : str or iterable of str, default="illegal"
        The label family (``label_<label>_author`` column), or several whose
        counts are added (e.g. ``["illegal", "alien"]``).
    min_articles : int, default=10
        Keep groups with at least this many articles before *and* after.

    Returns
    -------
    pandas.DataFrame
        One row per kept group, sorted by ``change`` (largest drop first; groups
        without labels on one side last), columns ``group``, ``n_before``,
        ``n_after`` (articles), ``labels_before``, ``labels_after`` (all status
        labels written), ``share_before``, ``share_after`` (NaN without labels)
        and ``change`` (after minus before).

    See Also
    --------
    label_shares_by_period : Every label's share per period and group.

    Examples
    --------
    >>> import pandas as pd
    >>> features = pd.DataFrame(
    ...     {
    ...         "label_illegal_author": [3, 1, 0, 0, 2, 2],
    ...         "label_undocumented_author": [1, 0, 2, 2, 0, 0],
    ...         "date": pd.to_datetime(
    ...             ["2012-01-05", "2013-03-01", "2013-04-02", "2014-06-01",
    ...              "2012-02-02", "2015-01-01"]
    ...         ),
    ...         "outlet": ["A", "A", "A", "A", "B", "B"],
    ...     }
    ... )
    >>> out = label_change(features, "date", "2013-04-02", min_articles=1)
    >>> cols = ["group", "n_before", "n_after", "share_before", "share_after", "change"]
    >>> out[cols].to_dict("list")
    {'group': ['A', 'B'], 'n_before': [2, 1], 'n_after': [2, 1],
     'share_before': [0.8, 1.0], 'share_after': [0.0, 1.0], 'change': [-0.8, 0.0]}
    """
    columns = _label_columns(features, "label_change")
    keep = _min_articles(min_articles)
    wanted = [label] if isinstance(label, str) else list(label)
    known_labels = list(columns.values())
    missing = [w for w in wanted if w not in known_labels]
    if not wanted or missing:
        raise InputError(
            f"label={label!r}: no such label family; known: {known_labels}"
        )
    try:
        moment = pd.Timestamp(event)
    except (ValueError, TypeError) as exc:
        raise InputError(f"event={event!r} is not a date") from exc
    if pd.isna(moment):
        raise InputError(f"event={event!r} is not a date")
    dates = _dates(features, date).reset_index(drop=True)
    groups = _column(features, by, "by").reset_index(drop=True)
    counts = features[list(columns)].apply(pd.to_numeric, errors="coerce").fillna(0)
    counts.columns = known_labels
    counts = counts.reset_index(drop=True)
    frame = pd.DataFrame(
        {
            "group": groups,
            "after": dates >= moment,
            "labels": counts.sum(axis=1),
            "chosen": counts[wanted].sum(axis=1),
        }
    )[(dates.notna() & groups.notna()).to_numpy()]
    out_columns = [
        "group",
        "n_before",
        "n_after",
        "labels_before",
        "labels_after",
        "share_before",
        "share_after",
        "change",
    ]
    if frame.empty:
        return pd.DataFrame(columns=out_columns)
    aggregations = {
        "n": ("labels", "size"),
        "labels": ("labels", "sum"),
        "chosen": ("chosen", "sum"),
    }
    before, after = (
        frame[frame["after"] == side]
        .groupby("group", sort=True, observed=True)
        .agg(**aggregations)
        for side in (False, True)
    )
    # A group may have articles on one side only: it gets zeros on the other.
    index = before.index.union(after.index)
    before = before.reindex(index, fill_value=0)
    after = after.reindex(index, fill_value=0)
    out = pd.DataFrame(
        {
            "group": index.to_numpy(),
            "n_before": before["n"].to_numpy().astype("int64"),
            "n_after": after["n"].to_numpy().astype("int64"),
            "labels_before": before["labels"].to_numpy().astype("int64"),
            "labels_after": after["labels"].to_numpy().astype("int64"),
        }
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        out["share_before"] = np.where(
            out["labels_before"] > 0,
            before["chosen"].to_numpy() / out["labels_before"],
            np.nan,
        )
        out["share_after"] = np.where(
            out["labels_after"] > 0,
            after["chosen"].to_numpy() / out["labels_after"],
            np.nan,
        )
    out["change"] = out["share_after"] - out["share_before"]
    out = out[(out["n_before"] >= keep) & (out["n_after"] >= keep)]
    out = out.sort_values(
        ["change", "group"], ascending=True, na_position="last", kind="mergesort"
    )
    return out.reset_index(drop=True)


def top_share(counts: pd.DataFrame) -> pd.DataFrame:
    """For each term, the group that uses it most and that group's share of its uses.

    With words counted per outlet (:func:`count_words` with ``groups=outlet``), a
    top share near 1 marks one outlet's boilerplate ("click here for reprint
    permission") or house style ("Mr."), which can top a log-odds list of bias
    groups on its own; keep the terms with ``top_share <= 0.5`` to compare words
    that several outlets write.

    Parameters
    ----------
    counts : pandas.DataFrame
        Terms by groups, as returned by :func:`count_words` or
        :func:`count_labels`.

    Returns
    -------
    pandas.DataFrame
        Same index as ``counts`` (terms), columns ``top_group`` (the first group
        with the highest count), ``top_count``, ``total`` and ``top_share``
        (``top_count / total``; NaN for a term never used).

    Examples
    --------
    >>> counts = count_words(
    ...     ["reprint permission here", "the wall", "the border wall"],
    ...     groups=["Times", "Post", "Times"],
    ... )
    >>> out = top_share(counts)
    >>> out.loc["wall"].to_dict()
    {'top_group': 'Times', 'top_count': 1, 'total': 2, 'top_share': 0.5}
    >>> out.index[out["top_share"] > 0.5].tolist()  # one outlet's words
    ['border', 'here', 'permission', 'reprint']
    """
    if not isinstance(counts, pd.DataFrame):
        raise InputError(
            f"counts must be a term-by-group DataFrame, got {type(counts).__name__}"
        )
    if counts.shape[1] == 0:
        raise InputError("top_share: counts has no group columns")
    values = counts.apply(pd.to_numeric, errors="coerce").fillna(0)
    total = values.sum(axis=1)
    top_count = values.max(axis=1)
    # idxmax gives the first column holding the maximum, so ties are stable.
    top_group = values.idxmax(axis=1) if len(values) else pd.Series(dtype=object)
    out = pd.DataFrame(
        {
            "top_group": top_group,
            "top_count": top_count,
            "total": total,
            "top_share": (top_count / total.where(total > 0)).astype("float64"),
        },
        index=counts.index,
    )
    if all(pd.api.types.is_integer_dtype(t) for t in counts.dtypes):
        out = out.astype({"top_count": "int64", "total": "int64"})
    return out


# --------------------------------------------------------------- group differences


def group_difference(
    features: pd.DataFrame,
    values,
    by,
    groups: tuple = ("left", "right"),
    *,
    cluster=None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
) -> pd.DataFrame:
    """Estimate ``mean(second group) - mean(first group)`` with bootstrap intervals.

    Parameters
    ----------
    features : pandas.DataFrame
        One row per article.
    values : str or list of str
        Numeric columns, e.g. the ``frame_<id>`` shares of
        :func:`framing.frames.frame_table`. NaN values are left out.
    by : str or pandas.Series
        The grouping column (e.g. ``"bias_text"``).
    groups : tuple of two, default=("left", "right")
        The two groups compared; the difference is second minus first.
    cluster : str or pandas.Series, optional
        Resample these clusters (e.g. ``"outlet"``) within each group instead of
        articles, as in :func:`group_rates`.
    n_boot, ci, seed
        As in :func:`group_rates`.

    Returns
    -------
    pandas.DataFrame
        One row per value: ``value``, ``first``, ``second`` (the group names),
        ``mean_first``, ``mean_second``, ``difference``, ``low``, ``high``,
        ``n_first``, ``n_second`` (articles) and ``n_clusters_first``,
        ``n_clusters_second``. An interval that excludes 0 separates the groups
        at this coverage. A group without values gives NaN.

    Notes
    -----
    Each group is resampled on its own (independent samples), by cluster when
    ``cluster`` is given, and the percentile interval is taken over the
    ``n_boot`` differences (Efron & Tibshirani 1993, ch. 13; cluster bootstrap:
    Cameron, Gelbach & Miller 2008).

    Examples
    --------
    >>> import pandas as pd
    >>> features = pd.DataFrame(
    ...     {"share": [0.1, 0.2, 0.3, 0.5, 0.6], "bias": ["left"] * 3 + ["right"] * 2}
    ... )
    >>> out = group_difference(features, "share", "bias", n_boot=200)
    >>> out[["first", "second", "difference"]].round(2).to_dict("records")
    [{'first': 'left', 'second': 'right', 'difference': 0.35}]
    >>> bool(out.loc[0, "low"] > 0)
    True
    """
    _check_bootstrap(features, ci, n_boot)
    if not isinstance(groups, tuple | list) or len(groups) != 2:
        raise InputError(f"groups={groups!r}: give two groups, e.g. ('left', 'right')")
    names = [values] if isinstance(values, str) else list(values)
    keys = _column(features, by, "by").to_numpy()
    clusters = None if cluster is None else _column(features, cluster, "cluster")
    rng = np.random.default_rng(seed)
    tail = (1 - ci) / 2
    rows = []
    for name in names:
        numeric = _column(features, name, "value").astype("float64").to_numpy()
        row: dict = {"value": str(name), "first": groups[0], "second": groups[1]}
        boots, means = [], []
        for label, which in zip(("first", "second"), groups, strict=True):
            keep = (keys == which) & ~np.isnan(numeric)
            v = numeric[keep]
            row[f"n_{label}"] = int(keep.sum())
            codes = None
            if clusters is not None:
                codes = pd.factorize(pd.Series(clusters.to_numpy()[keep]))[0]
                row[f"n_clusters_{label}"] = int(codes.max() + 1) if len(codes) else 0
            else:
                row[f"n_clusters_{label}"] = row[f"n_{label}"]
            if len(v) == 0:
                means.append(math.nan)
                boots.append(None)
                continue
            means.append(float(np.mean(v)))
            boots.append(_bootstrap(v, codes, n_boot, "mean", rng))
        row["mean_first"], row["mean_second"] = means
        row["difference"] = means[1] - means[0]
        if boots[0] is None or boots[1] is None:
            row["low"] = row["high"] = math.nan
        else:
            low, high = np.quantile(boots[1] - boots[0], [tail, 1 - tail])
            row["low"], row["high"] = float(low), float(high)
        rows.append(row)
    columns = [
        "value",
        "first",
        "second",
        "mean_first",
        "mean_second",
        "difference",
        "low",
        "high",
        "n_first",
        "n_second",
        "n_clusters_first",
        "n_clusters_second",
    ]
    return pd.DataFrame(rows, columns=columns)


# --------------------------------------------------------------- who gets a voice

# Pooled shares of voice_shares: (name, numerator column, denominator column).
_VOICE_SHARES = (
    ("women_share", "women_quoted", "people_quoted"),
    ("men_share", "men_quoted", "people_quoted"),
    ("gender_unknown_share", "gender_unknown_quoted", "people_quoted"),
    ("official_share", "official_sources", "n_sources"),
    ("type_unknown_share", "sources_type_unknown", "n_sources"),
)


def voice_shares(
    features: pd.DataFrame,
    by,
    *,
    cluster=None,
    n_boot: int = 1000,
    ci: float = 0.95,
    seed: int | None = 0,
) -> pd.DataFrame:
    """Pool who is quoted per group: share of women, unknown gender, officials.

    As the Gender Gap Tracker reports per outlet, a share pools the people of all
    articles of a group (women quoted / people quoted), so an article with ten
    people weighs ten times one with one. The interval is a percentile bootstrap
    that resamples articles, or whole clusters (outlets) with ``cluster``, as
    `group_rates` does.

    Parameters
    ----------
    features : pandas.DataFrame
        One row per article with the `framing.balance.voice_features` columns
        (``women_quoted``, ``men_quoted``, ``gender_unknown_quoted``,
        ``people_quoted``, ``official_sources``, ``sources_type_unknown``) and
        ``n_sources``.
    by : str or pandas.Series
        The grouping column, e.g. ``"bias_text"`` or ``"topic"``.
    cluster : str or pandas.Series, optional
        Resample these clusters (e.g. ``"outlet"``) within each group.
    n_boot : int, default=1000
    ci : float, default=0.95
    seed : int or None, default=0

    Returns
    -------
    pandas.DataFrame
        One row per group and share (``women_share``, ``men_share``,
        ``gender_unknown_share`` over people quoted; ``official_share`` and
        ``type_unknown_share`` over all sources): ``group``, ``share``,
        ``estimate``, ``low``, ``high``, ``count`` (numerator), ``total``
        (denominator), ``n_articles``, ``n_clusters``. Read ``women_share``
        beside ``gender_unknown_share``:
        women are counted only where the text tells.

    Examples
    --------
    >>> import pandas as pd
    >>> features = pd.DataFrame(
    ...     {
    ...         "women_quoted": [1, 0, 2],
    ...         "men_quoted": [1, 2, 1],
    ...         "gender_unknown_quoted": [0, 1, 1],
    ...         "people_quoted": [2, 3, 4],
    ...         "official_sources": [1, 2, 0],
    ...         "sources_type_unknown": [1, 0, 2],
    ...         "n_sources": [3, 3, 4],
    ...         "bias": ["left", "left", "right"],
    ...     }
    ... )
    >>> out = voice_shares(features, "bias", n_boot=200)
    >>> out[out.share == "women_share"][["group", "estimate", "count", "total"]]
       group  estimate  count  total
    0   left       0.2      1      5
    5  right       0.5      2      4
    """
    _check_bootstrap(features, ci, n_boot)
    needed = sorted({c for _, num, den in _VOICE_SHARES for c in (num, den)})
    missing = [c for c in needed if c not in features.columns]
    if missing:
        raise InputError(
            f"voice_shares: no columns {missing}; add voice_features(text) and "
            "n_sources (analyze() gives both) to features"
        )
    groups = _column(features, by, "by").reset_index(drop=True)
    clusters = None
    if cluster is not None:
        clusters = _column(features, cluster, "cluster").reset_index(drop=True)
    counts = {
        c: pd.to_numeric(features[c], errors="coerce").fillna(0).to_numpy(float)
        for c in needed
    }
    rng = np.random.default_rng(seed)
    tail = (1 - ci) / 2
    rows = []
    known = groups[groups.notna()]
    for group, positions in known.groupby(
        known, sort=True, observed=True
    ).groups.items():
        positions = np.asarray(positions)
        if clusters is not None:
            codes = pd.factorize(clusters.iloc[positions], use_na_sentinel=False)[0]
        else:
            codes = np.arange(len(positions))
        k = int(codes.max()) + 1 if len(codes) else 0
        drawn = rng.multinomial(k, np.full(k, 1.0 / k), size=n_boot).astype(float)
        weights = drawn[:, codes]
        for name, num_col, den_col in _VOICE_SHARES:
            num = counts[num_col][positions]
            den = counts[den_col][positions]
            total = den.sum()
            estimate = num.sum() / total if total else math.nan
            with np.errstate(invalid="ignore", divide="ignore"):
                boot = (weights @ num) / (weights @ den)
            boot = boot[np.isfinite(boot)]
            low, high = (
                np.quantile(boot, [tail, 1 - tail]) if len(boot) else (math.nan,) * 2
            )
            rows.append(
                {
                    "group": group,
                    "share": name,
                    "estimate": float(estimate),
                    "low": float(low),
                    "high": float(high),
                    "count": int(num.sum()),
                    "total": int(total),
                    "n_articles": len(positions),
                    "n_clusters": k,
                }
            )
    columns = ["group", "share", "estimate", "low", "high", "count", "total"]
    return pd.DataFrame(rows, columns=[*columns, "n_articles", "n_clusters"])
