"""Label choice by group and over time: shares of labels and of quoted sides.

Which of a debate's labels each group uses, how that changes from period to period,
and how directly quoted words divide among sides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from framing.compare.groups import _column
from framing.errors import InputError

__all__ = [
    "label_change",
    "label_shares",
    "label_shares_by_period",
    "quote_shares",
]

_LABEL_COLUMN = re.compile(r"^label_(.+)_author$")


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
        columns (one per side of the actors table, plus ``unknown``). With an
        ``issue`` column, only the sides of the debates it names are shown.
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
    if "issue" in features.columns:
        # analyze() has the columns of every debate: keep the sides of the
        # debates its articles are about (and "unknown").
        from framing.parties import load_debates

        debates = load_debates()
        present = {
            side
            for issue in features["issue"].dropna().unique()
            for side in getattr(debates.get(issue), "sides", ())
        }
        columns = {c: s for c, s in columns.items() if s in present or s == "unknown"}
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
