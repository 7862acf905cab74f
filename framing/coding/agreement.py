"""Agreement between coders: Krippendorff's alpha, Cohen's kappa, per-category figures.

Reliability data are a table with one row per coder and one column per unit; a
missing code (None, NaN or "") means the coder did not code that unit. Every
function here reads that table (or a coded file read by :func:`read_codes`) and
returns numbers or a DataFrame; nothing is printed or drawn.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from framing.errors import InputError

__all__ = [
    "AlphaResult",
    "category_agreement",
    "coder_confusion",
    "codes_matrix",
    "cohen_kappa",
    "krippendorff_alpha",
    "pairwise_kappa",
]

_LEVELS = ("nominal", "ordinal", "interval", "ratio")


@dataclass(frozen=True, slots=True)
class AlphaResult:
    """Krippendorff's alpha with its bootstrap interval; ``float(result)`` is alpha."""

    alpha: float  # NaN when fewer than two pairable values or no variation at all
    ci: tuple[float, float]  # percentile bootstrap interval over units
    level: str  # nominal, ordinal, interval or ratio
    n_units: int  # units with at least two codes (pairable units)
    n_values: int  # codes in those units (the n of Krippendorff's formulas)
    n_boot: int
    confidence: float

    def __float__(self) -> float:
        """Return alpha, so a result works wherever a number does."""
        return float(self.alpha)

    def __format__(self, spec: str) -> str:
        """Format alpha: ``f"{result:.3f}"``."""
        return format(self.alpha, spec)


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value.strip() == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def codes_matrix(reliability_data: Any) -> pd.DataFrame:
    """Return reliability data as a DataFrame of objects, rows coders, columns units.

    Missing codes (None, NaN, pandas NA, blank strings) become None. A DataFrame
    keeps its labels; a list of rows or a 2-D array gets integer labels.

    Examples
    --------
    >>> codes_matrix([[1, None], ["", 2]]).to_numpy().tolist()
    [[1, None], [None, 2]]
    """
    if isinstance(reliability_data, pd.DataFrame):
        frame = reliability_data
    else:
        try:
            frame = pd.DataFrame(list(reliability_data), dtype=object)
        except (TypeError, ValueError) as exc:
            raise InputError(
                "reliability data must be a table: rows are coders, columns are "
                f"units (a DataFrame, 2-D array or list of lists); got "
                f"{type(reliability_data).__name__}"
            ) from exc
    values = frame.astype(object).to_numpy(copy=True)
    for index, value in np.ndenumerate(values):
        if _missing(value):
            values[index] = None
        elif isinstance(value, str):
            values[index] = value.strip()
        elif isinstance(value, np.generic):
            values[index] = value.item()
    return pd.DataFrame(values, index=frame.index, columns=frame.columns, dtype=object)


def _unit_coincidences(matrix: pd.DataFrame, level: str):
    """Return (categories, per-unit coincidence matrices, codes per unit)."""
    columns = [
        [v for v in matrix.iloc[:, j] if v is not None] for j in range(matrix.shape[1])
    ]
    codes = list({v for col in columns for v in col})
    if level != "nominal":
        try:
            numbers = [float(v) for v in codes]
        except (TypeError, ValueError) as exc:
            raise InputError(
                f"level={level!r} needs numeric codes; got {codes[:5]!r}: use "
                "level='nominal' for category names"
            ) from exc
        if level == "ratio" and min(numbers, default=0) < 0:
            raise InputError("level='ratio' needs codes >= 0")
    codes.sort(key=_sort_key(level))
    index = {c: i for i, c in enumerate(codes)}
    pairable = [col for col in columns if len(col) >= 2]
    per_unit = np.zeros((len(pairable), len(codes), len(codes)))
    for u, col in enumerate(pairable):
        counts = np.zeros(len(codes))
        for v in col:
            counts[index[v]] += 1
        # Each ordered pair of different codings in a unit adds 1/(m_u - 1).
        per_unit[u] = (np.outer(counts, counts) - np.diag(counts)) / (len(col) - 1)
    return codes, per_unit, np.array([len(col) for col in pairable])


def _sort_key(level: str):
    if level == "nominal":
        return lambda v: (type(v).__name__, str(v))
    return float


def _delta(level: str, codes: list, marginals: np.ndarray) -> np.ndarray:
    """Return the squared difference function of Krippendorff (2011), section 4."""
    k = len(codes)
    if level == "nominal":
        return 1.0 - np.eye(k)
    values = np.array([float(c) for c in codes])
    if level == "interval":
        return (values[:, None] - values[None, :]) ** 2
    if level == "ratio":
        total = values[:, None] + values[None, :]
        with np.errstate(invalid="ignore", divide="ignore"):
            out = ((values[:, None] - values[None, :]) / total) ** 2
        return np.nan_to_num(out)
    # ordinal: the ranks between c and k, by the marginal frequencies n_g
    cumulative = np.cumsum(marginals)
    lower = np.minimum.outer(np.arange(k), np.arange(k))
    upper = np.maximum.outer(np.arange(k), np.arange(k))
    between = cumulative[upper] - np.where(lower > 0, cumulative[lower - 1], 0.0)
    return (between - (marginals[:, None] + marginals[None, :]) / 2) ** 2


def _alpha(coincidence: np.ndarray, level: str, codes: list) -> float:
    marginals = coincidence.sum(axis=1)
    n = marginals.sum()
    if n <= 1:
        return math.nan
    delta = _delta(level, codes, marginals)
    observed = (coincidence * delta).sum()
    expected = (np.outer(marginals, marginals) * delta).sum() / (n - 1)
    if expected == 0:
        return math.nan
    return float(1.0 - observed / expected)


def krippendorff_alpha(
    reliability_data: Any,
    level: str = "nominal",
    *,
    n_boot: int = 1000,
    confidence: float = 0.95,
    seed: int | None = 0,
) -> AlphaResult:
    """Return Krippendorff's alpha of reliability data, with a bootstrap interval.

    Parameters
    ----------
    reliability_data : DataFrame, 2-D array or list of lists
        Rows are coders, columns are units; None, NaN or "" where a coder gave no
        code. Codes may be numbers or (for ``level="nominal"``) category names.
    level : {"nominal", "ordinal", "interval", "ratio"}, default="nominal"
        The metric of the codes.
    n_boot : int, default=1000
        Bootstrap resamples of the units for ``ci``; 0 gives ``(nan, nan)``.
    confidence : float, default=0.95
        Coverage of the percentile interval.
    seed : int or None, default=0
        Seed of the resampling: the same seed gives the same interval.

    Returns
    -------
    AlphaResult
        ``.alpha`` (``float(result)`` too), ``.ci``, ``.n_units``, ``.n_values``.

    Notes
    -----
    Computed from the coincidence matrix as in Krippendorff (2011), "Computing
    Krippendorff's Alpha-Reliability", with its difference functions for each
    level. Units coded by fewer than two coders carry no information on agreement
    and are left out. The interval resamples pairable units with replacement (a
    unit bootstrap, as commonly reported; Krippendorff's own bootstrap resamples
    pairs of values instead), and the ordinal metric is recomputed from each
    resample's marginals.

    Examples
    --------
    >>> from framing.coding import krippendorff_alpha
    >>> coder_1 = ["economic", "policy", "policy", None]
    >>> coder_2 = ["economic", "policy", "morality", "policy"]
    >>> result = krippendorff_alpha([coder_1, coder_2], n_boot=200, seed=1)
    >>> round(result.alpha, 3), round(float(result), 3), result.n_units
    (0.545, 0.545, 3)
    """
    if level not in _LEVELS:
        raise InputError(f"level must be one of {_LEVELS}; got {level!r}")
    if not 0 < confidence < 1:
        raise InputError(f"confidence must be between 0 and 1; got {confidence!r}")
    matrix = codes_matrix(reliability_data)
    codes, per_unit, _ = _unit_coincidences(matrix, level)
    total = per_unit.sum(axis=0)
    alpha = _alpha(total, level, codes)
    n_values = round(float(total.sum()))
    ci = (math.nan, math.nan)
    if n_boot > 0 and len(per_unit) > 1 and not math.isnan(alpha):
        rng = np.random.default_rng(seed)
        flat = per_unit.reshape(len(per_unit), -1)
        draws = []
        for _ in range(n_boot):
            weights = np.bincount(
                rng.integers(0, len(per_unit), len(per_unit)), minlength=len(per_unit)
            )
            coincidence = (weights @ flat).reshape(total.shape)
            draws.append(_alpha(coincidence, level, codes))
        draws = np.array(draws)
        draws = draws[~np.isnan(draws)]
        if len(draws):
            tail = (1 - confidence) / 2 * 100
            low, high = np.percentile(draws, [tail, 100 - tail])
            ci = (float(low), float(high))
    return AlphaResult(
        alpha=alpha,
        ci=ci,
        level=level,
        n_units=len(per_unit),
        n_values=n_values,
        n_boot=n_boot,
        confidence=confidence,
    )


def cohen_kappa(codes_a: Sequence, codes_b: Sequence) -> float:
    """Return Cohen's kappa of two coders over the units both coded.

    Parameters
    ----------
    codes_a, codes_b : sequence
        One code per unit, in the same unit order; None, NaN or "" is missing.

    Returns
    -------
    float
        NaN when no unit has both codes or chance agreement is 1.

    Notes
    -----
    Cohen (1960): (p_o - p_e) / (1 - p_e), with p_e from each coder's own
    marginal distribution.

    Examples
    --------
    >>> from framing.coding import cohen_kappa
    >>> round(cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"]), 3)
    0.5
    """
    matrix = codes_matrix([list(codes_a), list(codes_b)])
    if len(list(codes_a)) != len(list(codes_b)):
        raise InputError(
            f"cohen_kappa needs the same units for both coders; got "
            f"{len(list(codes_a))} and {len(list(codes_b))} codes"
        )
    both = [
        (a, b)
        for a, b in zip(matrix.iloc[0], matrix.iloc[1], strict=True)
        if a is not None and b is not None
    ]
    if not both:
        return math.nan
    n = len(both)
    observed = sum(a == b for a, b in both) / n
    first = pd.Series([a for a, _ in both]).value_counts() / n
    second = pd.Series([b for _, b in both]).value_counts() / n
    expected = float((first * second.reindex(first.index, fill_value=0)).sum())
    if expected >= 1:
        return math.nan
    return (observed - expected) / (1 - expected)


def pairwise_kappa(reliability_data: Any) -> pd.DataFrame:
    """Return Cohen's kappa and the units both coded, for every pair of coders.

    Examples
    --------
    >>> table = pairwise_kappa(
    ...     {"ann": ["a", "a", "b", "b"], "bo": ["a", "b", "b", "b"], "cy": ["a"] * 4}
    ... )
    >>> table[["coder_a", "coder_b", "n_units"]].values.tolist()[0]
    ['ann', 'bo', 4]
    """
    matrix = _coders_by_units(reliability_data)
    rows = []
    coders = list(matrix.index)
    for i, first in enumerate(coders):
        for second in coders[i + 1 :]:
            a, b = matrix.loc[first], matrix.loc[second]
            both = [x is not None and y is not None for x, y in zip(a, b, strict=True)]
            rows.append(
                {
                    "coder_a": first,
                    "coder_b": second,
                    "n_units": int(sum(both)),
                    "agreement": float(
                        np.mean(
                            [x == y for x, y, k in zip(a, b, both, strict=True) if k]
                        )
                    )
                    if any(both)
                    else math.nan,
                    "kappa": cohen_kappa(list(a), list(b)),
                }
            )
    return pd.DataFrame(
        rows, columns=["coder_a", "coder_b", "n_units", "agreement", "kappa"]
    )


def _coders_by_units(data: Any) -> pd.DataFrame:
    """Accept coders-by-units data, or a dict of coder -> codes (one list each)."""
    if isinstance(data, dict):
        data = pd.DataFrame(data).T
    return codes_matrix(data)


def category_agreement(reliability_data: Any) -> pd.DataFrame:
    """Return how reliably each category is coded.

    For each category: ``n_values`` (its codes in pairable units), ``agreement``
    (the share of its pairings matched by another coder's same category,
    o_cc / n_c in Krippendorff's coincidence matrix) and ``alpha`` (nominal alpha
    of that category against all others).

    Examples
    --------
    >>> table = category_agreement([["a", "a", "b", "c"], ["a", "a", "b", "b"]])
    >>> table["agreement"].round(3).to_dict()
    {'a': 1.0, 'b': 0.667, 'c': 0.0}
    """
    matrix = codes_matrix(reliability_data)
    codes, per_unit, _ = _unit_coincidences(matrix, "nominal")
    total = per_unit.sum(axis=0)
    marginals = total.sum(axis=1)
    rows = []
    for i, code in enumerate(codes):
        binary = matrix.map(lambda v, c=code: None if v is None else v == c)
        rows.append(
            {
                "category": code,
                "n_values": round(float(marginals[i])),
                "agreement": float(total[i, i] / marginals[i])
                if marginals[i]
                else math.nan,
                "alpha": krippendorff_alpha(binary, n_boot=0).alpha,
            }
        )
    out = pd.DataFrame(rows, columns=["category", "n_values", "agreement", "alpha"])
    return out.set_index("category")


def coder_confusion(codes_a: Sequence, codes_b: Sequence) -> pd.DataFrame:
    """Return the cross-table of two coders' codes over the units both coded.

    Rows are the first coder's codes, columns the second's.

    Examples
    --------
    >>> coder_confusion(["a", "a", "b", None], ["a", "b", "b", "b"]).values.tolist()
    [[1, 1], [0, 1]]
    """
    matrix = codes_matrix([list(codes_a), list(codes_b)])
    pairs = [
        (a, b)
        for a, b in zip(matrix.iloc[0], matrix.iloc[1], strict=True)
        if a is not None and b is not None
    ]
    first = pd.Series([a for a, _ in pairs], name="coder_a", dtype=object)
    second = pd.Series([b for _, b in pairs], name="coder_b", dtype=object)
    labels = sorted(set(first) | set(second), key=str)
    table = pd.crosstab(first, second)
    return table.reindex(index=labels, columns=labels, fill_value=0)
