"""Validity of a measure against hand codes: P/R/F1 with clustered bootstrap CIs.

A measure is any list of labels, one per coded unit: the library's sentence frames,
whether a sentence has a loaded term or a direct quote, or a trained classifier's
predictions. :func:`validity_report` compares it with the codes and returns the
figures a paper prints, with intervals that resample whole articles.
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
    "FRAME_CODES",
    "ValidityReport",
    "frame_ids",
    "library_measure",
    "validity_report",
]

#: Codebook code (Boydstun et al. 2014, codes 1-15) of each frame id.
FRAME_CODES = {
    "economic": 1,
    "capacity_resources": 2,
    "morality": 3,
    "fairness_equality": 4,
    "legality": 5,
    "policy": 6,
    "crime_punishment": 7,
    "security_defense": 8,
    "health_safety": 9,
    "quality_of_life": 10,
    "cultural_identity": 11,
    "public_opinion": 12,
    "political": 13,
    "external_regulation": 14,
    "other": 15,
}
_BY_CODE = {code: frame for frame, code in FRAME_CODES.items()}


def frame_ids(codes: Sequence) -> list[str | None]:
    """Return the frame id of each codebook code (1-15, as int or str); None if absent.

    Examples
    --------
    >>> frame_ids([1, "13", None, "economic"])
    ['economic', 'political', None, 'economic']
    """
    out: list[str | None] = []
    for code in codes:
        if code is None or (isinstance(code, float) and math.isnan(code)):
            out.append(None)
        elif isinstance(code, str) and code.strip() in FRAME_CODES:
            out.append(code.strip())
        else:
            try:
                out.append(_BY_CODE[int(float(code))])
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(
                    f"not a frame code (1-15) or frame id: {code!r}; frame ids are "
                    f"{list(FRAME_CODES)}"
                ) from exc
    return out


def library_measure(texts: Sequence, measure: str = "frames") -> list[Any]:
    """Return the library's measure for each unit, ready to compare with codes.

    Parameters
    ----------
    texts : sequence of str
        The coded units (sentences or articles); None or NaN gives no finding.
    measure : {"frames", "loaded", "quotes"}
        ``frames``: the primary frame id (``"other"`` when none is evident);
        ``loaded``: True when the unit has a loaded term in any voice;
        ``quotes``: True when the unit has a direct quotation.

    Examples
    --------
    >>> library_measure(["Taxes rose again.", "The council met."])
    ['economic', 'other']
    >>> library_measure(["They called them illegal aliens."], "loaded")
    [True]
    """
    if measure == "frames":
        from framing.frames import frame_profile

        return [frame_profile(text).primary or "other" for text in texts]
    if measure == "loaded":
        from framing.terms import find_loaded_terms

        return [bool(find_loaded_terms(text)) for text in texts]
    if measure == "quotes":
        from framing.quotes import extract_quotes

        return [any(q.kind == "direct" for q in extract_quotes(text)) for text in texts]
    raise InputError(f"measure must be 'frames', 'loaded' or 'quotes'; got {measure!r}")


@dataclass(frozen=True)
class ValidityReport:
    """A measure against the codes: per-category table, totals and disagreements."""

    table: pd.DataFrame  # per category: precision, recall, f1 (+ _low/_high), support
    accuracy: float
    accuracy_ci: tuple[float, float]
    macro_f1: float
    macro_f1_ci: tuple[float, float]
    confusion: pd.DataFrame  # rows: codes, columns: the measure
    disagreements: pd.DataFrame  # id, group, code, measure for each unit they differ
    n_units: int
    n_groups: int

    def summary(self) -> pd.DataFrame:
        """Return a printable table: one row per category, then macro and accuracy.

        Each cell is ``"0.71 [0.60, 0.80]"``; ``.to_latex()`` or ``.to_markdown()``
        of the result goes into a paper.
        """

        def cell(value, low, high):
            if math.isnan(value):
                return "n/a"
            return f"{value:.2f} [{low:.2f}, {high:.2f}]"

        rows = {}
        for category, row in self.table.iterrows():
            rows[str(category)] = {
                name: cell(row[name], row[f"{name}_low"], row[f"{name}_high"])
                for name in ("precision", "recall", "f1")
            } | {"n": int(row["support"])}
        rows["macro average"] = {
            "precision": "",
            "recall": "",
            "f1": cell(self.macro_f1, *self.macro_f1_ci),
            "n": self.n_units,
        }
        rows["accuracy"] = {
            "precision": "",
            "recall": "",
            "f1": cell(self.accuracy, *self.accuracy_ci),
            "n": self.n_units,
        }
        return pd.DataFrame.from_dict(rows, orient="index")


def _per_category(gold: np.ndarray, pred: np.ndarray, labels: list) -> np.ndarray:
    """Return rows (precision, recall, f1) per label; 0 where undefined, as sklearn."""
    out = np.zeros((len(labels), 3))
    for i, label in enumerate(labels):
        is_gold, is_pred = gold == label, pred == label
        tp = np.sum(is_gold & is_pred)
        p = tp / is_pred.sum() if is_pred.any() else 0.0
        r = tp / is_gold.sum() if is_gold.any() else 0.0
        out[i] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def _cluster_draws(groups: np.ndarray, n_boot: int, seed: int | None):
    """Yield index arrays that resample whole groups with replacement."""
    unique, inverse = np.unique(groups, return_inverse=True)
    members = [np.flatnonzero(inverse == g) for g in range(len(unique))]
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        picked = rng.integers(0, len(unique), len(unique))
        yield np.concatenate([members[g] for g in picked])


def _interval(draws: np.ndarray, confidence: float) -> tuple[float, float]:
    draws = draws[~np.isnan(draws)]
    if not len(draws):
        return (math.nan, math.nan)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(draws, [tail, 100 - tail])
    return (float(low), float(high))


def validity_report(
    codes: Sequence,
    measure: Sequence,
    *,
    ids: Sequence | None = None,
    groups: Sequence | None = None,
    labels: Sequence | None = None,
    n_boot: int = 1000,
    confidence: float = 0.95,
    seed: int | None = 0,
) -> ValidityReport:
    """Compare a measure with hand codes, unit by unit.

    Parameters
    ----------
    codes : sequence
        The reference code of each unit (a coder's, or the adjudicated one). Units
        whose code is None, NaN or "" are left out.
    measure : sequence
        The measure's label for the same units, in the same order.
    ids : sequence, optional
        Unit ids for the disagreement list (positions when None).
    groups : sequence, optional
        The article (or outlet) of each unit: the bootstrap resamples whole groups,
        because sentences of one article are not independent. Each unit is its
        own group when None.
    labels : sequence, optional
        The categories of the table (those in the codes, when None). Macro-F1
        averages over them.
    n_boot, confidence, seed
        Bootstrap resamples, interval coverage and seed (same seed, same CIs).

    Returns
    -------
    ValidityReport
        ``table`` (precision, recall, f1 with ``_low``/``_high`` bounds, support),
        ``accuracy``, ``macro_f1`` with CIs, ``confusion``, ``disagreements``;
        ``summary()`` is a table to print.

    Examples
    --------
    >>> from framing.coding import validity_report
    >>> report = validity_report(
    ...     ["economic", "economic", "policy", "policy"],
    ...     ["economic", "policy", "policy", "policy"],
    ...     n_boot=0,
    ... )
    >>> report.accuracy, report.table.loc["policy", "precision"].round(3)
    (0.75, np.float64(0.667))
    >>> report.disagreements[["id", "code", "measure"]].values.tolist()
    [[1, 'economic', 'policy']]
    """
    codes, measure = list(codes), list(measure)
    if len(codes) != len(measure):
        raise InputError(
            f"codes and measure must have one label per unit; got {len(codes)} "
            f"codes and {len(measure)} labels"
        )
    ids = list(range(len(codes))) if ids is None else list(ids)
    groups = list(range(len(codes))) if groups is None else list(groups)
    if not len(ids) == len(groups) == len(codes):
        raise InputError("ids and groups must have one entry per unit")

    def missing(value):
        return (
            value is None
            or (isinstance(value, str) and not value.strip())
            or (isinstance(value, float) and math.isnan(value))
        )

    keep = [i for i, code in enumerate(codes) if not missing(code)]
    gold = np.array([codes[i] for i in keep], dtype=object)
    pred = np.array(
        ["" if missing(measure[i]) else measure[i] for i in keep], dtype=object
    )
    group = np.array([groups[i] for i in keep], dtype=object)
    if labels is None:
        labels = sorted(set(gold), key=str)
    labels = list(labels)
    point = _per_category(gold, pred, labels)
    accuracy = float(np.mean(gold == pred)) if len(gold) else math.nan
    macro = float(point[:, 2].mean()) if labels else math.nan
    boot_metrics, boot_acc, boot_macro = [], [], []
    if n_boot > 0 and len(gold):
        for draw in _cluster_draws(group.astype(str), n_boot, seed):
            scores = _per_category(gold[draw], pred[draw], labels)
            # A category absent from a resample has no recall: leave it out there.
            present = np.array([np.any(gold[draw] == label) for label in labels])
            scores[~present] = np.nan
            boot_metrics.append(scores)
            boot_acc.append(np.mean(gold[draw] == pred[draw]))
            boot_macro.append(np.nanmean(scores[:, 2]) if present.any() else np.nan)
    table = pd.DataFrame(
        point,
        index=pd.Index(labels, name="category"),
        columns=["precision", "recall", "f1"],
    )
    for j, name in enumerate(("precision", "recall", "f1")):
        bounds = [
            _interval(np.array([b[i, j] for b in boot_metrics]), confidence)
            if boot_metrics
            else (math.nan, math.nan)
            for i in range(len(labels))
        ]
        table[f"{name}_low"] = [b[0] for b in bounds]
        table[f"{name}_high"] = [b[1] for b in bounds]
    table["support"] = [int(np.sum(gold == label)) for label in labels]
    table = table[
        [
            "precision",
            "precision_low",
            "precision_high",
            "recall",
            "recall_low",
            "recall_high",
            "f1",
            "f1_low",
            "f1_high",
            "support",
        ]
    ]
    names = sorted(set(gold) | set(pred), key=str)
    confusion = pd.crosstab(
        pd.Series(gold, name="code"), pd.Series(pred, name="measure")
    ).reindex(index=names, columns=names, fill_value=0)
    wrong = [k for k, i in enumerate(keep) if gold[k] != pred[k]]
    disagreements = pd.DataFrame(
        {
            "id": [ids[keep[k]] for k in wrong],
            "group": [groups[keep[k]] for k in wrong],
            "code": [gold[k] for k in wrong],
            "measure": [pred[k] for k in wrong],
        }
    )
    return ValidityReport(
        table=table,
        accuracy=accuracy,
        accuracy_ci=_interval(np.array(boot_acc, dtype=float), confidence),
        macro_f1=macro,
        macro_f1_ci=_interval(np.array(boot_macro, dtype=float), confidence),
        confusion=confusion,
        disagreements=disagreements,
        n_units=len(gold),
        n_groups=len(set(group)),
    )
