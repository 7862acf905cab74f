"""Which words set groups of articles apart: counts, weighted log-odds, top shares.

Word and label counts per group, the weighted log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008), and which group uses a term most.
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
    "log_odds",
    "log_odds_by",
    "top_share",
]

_HAS_LETTER = re.compile(r"[^\W\d_]")

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
