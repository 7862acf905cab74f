"""How a feature differs between groups of articles, with bootstrap intervals.

Group means, shares and differences of ``analyze()`` features, with confidence
intervals that resample articles or whole outlets (cluster bootstrap).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Hashable
from typing import Any

import numpy as np
import pandas as pd

from framing.errors import InputError

__all__ = [
    "group_difference",
    "group_rates",
    "voice_shares",
]

# Bootstrap resamples are drawn in blocks so that one block's weight matrix holds at
# most this many cells (8 bytes each): 1000 resamples of 650 articles fit in one.
_BLOCK_CELLS = 4_000_000

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
