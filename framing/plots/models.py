"""Figures of a fitted classifier and readable words for ``analyze()`` columns."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pandas as pd

from framing.plots.style import (
    SIDE_COLORS,
    _articles,
    _empty,
    _group_colors,
    _group_order,
)

__all__ = [
    "coefficients",
    "confusion_matrix",
    "feature_label",
]


def confusion_matrix(y_true, y_pred, labels=None, normalize: bool = True, ax=None):
    """Heatmap: true classes (rows) against predicted classes (columns).

    Parameters
    ----------
    y_true, y_pred : array-like
        True and predicted classes, e.g. from
        ``sklearn.model_selection.cross_val_predict``.
    labels : list, optional
        The classes in display order; the sorted classes of both when None
        (bias ratings as left, center, right).
    normalize : bool, default=True
        Show each row as shares of its true class (a row sums to 1, the
        diagonal is each class's recall); counts when False.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
        One cell per (true, predicted) pair, annotated with the share (or count)
        and, when normalised, the count of articles in brackets.

    Examples
    --------
    >>> from framing import plots
    >>> ax = plots.confusion_matrix(
    ...     ["left", "right", "right", "center"], ["left", "left", "right", "center"]
    ... )
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['left', 'center', 'right']
    >>> [t.get_text().split()[0] for t in ax.texts][:3]  # the "left" row
    ['1.00', '0.00', '0.00']
    """
    import numpy as np
    import seaborn as sns

    true = pd.Series(list(y_true), dtype=object)
    pred = pd.Series(list(y_pred), dtype=object)
    if len(true) != len(pred):
        raise ValueError(
            f"confusion_matrix: {len(true)} true classes but {len(pred)} predictions"
        )
    if labels is None:
        labels = _group_order(sorted({*true, *pred}, key=str))
    counts = pd.crosstab(true, pred).reindex(index=labels, columns=labels, fill_value=0)
    values = counts.to_numpy(dtype=float)
    if normalize:
        totals = values.sum(axis=1, keepdims=True)
        with np.errstate(invalid="ignore", divide="ignore"):
            shown = np.where(totals > 0, values / totals, 0.0)
        notes = [
            [f"{s:.2f}\n({int(c)})" for s, c in zip(srow, crow, strict=True)]
            for srow, crow in zip(shown, values, strict=True)
        ]
    else:
        shown = values
        notes = [[f"{int(c)}" for c in crow] for crow in values]
    size = 1.2 + 1.0 * len(labels)
    ax = ax or plt.subplots(figsize=(size + 1.0, size))[1]
    sns.heatmap(
        pd.DataFrame(shown, index=labels, columns=labels),
        annot=np.asarray(notes, dtype=object),
        fmt="",
        cmap="Blues",
        vmin=0,
        vmax=1 if normalize else None,
        cbar=False,
        square=True,
        linewidths=0.5,
        ax=ax,
    )
    ax.set(xlabel="predicted", ylabel="true")
    n = f"n={int(values.sum()):,}"
    ax.set_title(
        "Confusion matrix " + (f"(row shares, {n})" if normalize else f"({n})")
    )
    ax.tick_params(axis="y", labelrotation=0)
    return ax


_FEATURE_LABELS = {
    "n_words": "words",
    "n_words_author": "words in the author's voice",
    "n_words_quoted": "words quoted",
    "loaded_author": "loaded terms (author)",
    "loaded_quoted": "loaded terms (quoted)",
    "loaded_author_per_1k": "loaded terms per 1,000 author words",
    "loaded_quoted_per_1k": "loaded terms per 1,000 quoted words",
    "label_illegally_author": '"in the country illegally" (author)',
    "quotes_direct": "direct quotes",
    "quotes_indirect": "reported speech",
    "n_sources": "sources",
    "balance_index": "balance index",
    "paraphrase_only_sides": "sides only paraphrased",
    "unnamed_share": "share of unnamed sources",
    "unattributed_quotes": "unattributed quotes",
    "tone_author": "tone (author)",
    "tone_quoted": "tone (quoted)",
    "title_question": "headline is a question",
    "title_loaded": "loaded terms in the headline",
    "women_share": "women among people quoted",
    "men_share": "men among people quoted",
    "gender_unknown_share": "gender unknown among people quoted",
    "official_share": "official sources among sources",
    "type_unknown_share": "sources of unknown type",
}
_FEATURE_PATTERNS = (
    (re.compile(r"^label_(.+)_author$"), '"{}" labels (author)'),
    (re.compile(r"^sources_(.+)$"), "sources: {}"),
    (re.compile(r"^quoted_words_(.+)$"), "words quoted from {}"),
    (re.compile(r"^direct_share_(.+)$"), "share of direct voice: {}"),
)


def feature_label(name) -> str:
    """Return readable words for an ``analyze()`` column, e.g. for a figure's axis.

    Columns of ``docs/columns.md`` get their own words; any other name has its
    underscores read as spaces and ``per_1k`` as "per 1,000 words".

    Examples
    --------
    >>> from framing.plots import feature_label
    >>> feature_label("label_undocumented_author")
    '"undocumented" labels (author)'
    >>> feature_label("quoted_words_immigrant_rights")
    'words quoted from immigrant-rights side'
    >>> feature_label("reform")
    'reform'
    """
    name = str(name)
    if name in _FEATURE_LABELS:
        return _FEATURE_LABELS[name]
    for pattern, words in _FEATURE_PATTERNS:
        match = pattern.match(name)
        if match:
            part = match.group(1)
            if part in SIDE_COLORS:
                part = part.replace("_", "-") + (" side" if part != "unknown" else "")
                part = part.replace("unknown", "uncoded speakers")
            return words.format(part.replace("_", " "))
    return name.replace("_per_1k", " per 1,000 words").replace("_", " ")


def _coefficient_width(frame, readable: bool) -> float:
    # Bars keep about 3 inches however long the names are (about 0.085 inch per
    # character of an 11 pt label).
    names = frame["feature"].astype(str) if len(frame) else pd.Series([""])
    longest = max(len(feature_label(n) if readable else n) for n in names)
    return max(6.0, 3.2 + 0.085 * longest)


def coefficients(
    frame,
    classes=None,
    top: int = 6,
    ax=None,
    readable: bool = True,
    n_articles: int | None = None,
):
    """Horizontal bars: the features that push most toward each class.

    Parameters
    ----------
    frame : pandas.DataFrame
        The output of :func:`framing.modelling.coefficients` (columns ``class``,
        ``feature``, ``coef``).
    classes : list, optional
        The classes to show, one panel each; every class in ``frame`` when None
        (bias ratings as left, center, right).
    top : int, default=6
        How many features to show per class at each end (largest positive and
        largest negative coefficients).
    ax : sequence of matplotlib Axes, optional
        One Axes per class; a new figure with one panel per class (stacked,
        sharing the x axis) when None.
    readable : bool, default=True
        Label ``analyze()`` columns in words (:func:`feature_label`), e.g.
        ``label_alien_author`` as '"alien" labels (author)'.
    n_articles : int, optional
        The number of articles the model was fitted on, for the x-axis label.

    Returns
    -------
    numpy.ndarray of matplotlib.axes.Axes
        One panel per class, features toward the class (positive) on top in the
        class colour, features away from it (negative) below in grey. Pass
        ``axes[0]`` to :func:`save_figure`.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import plots
    >>> frame = pd.DataFrame(
    ...     {
    ...         "class": ["left"] * 3 + ["right"] * 3,
    ...         "feature": ["a", "b", "c", "c", "b", "a"],
    ...         "coef": [0.9, 0.1, -0.5, 0.5, -0.1, -0.9],
    ...     }
    ... )
    >>> axes = plots.coefficients(frame, top=1)
    >>> [[t.get_text() for t in ax.get_yticklabels()] for ax in axes]
    [['a', 'c'], ['c', 'a']]
    """
    import numpy as np

    if classes is None:
        classes = _group_order(frame["class"]) if len(frame) else []
    if ax is None:
        n = max(len(classes), 1)
        rows = min(2 * top, max(1, len(frame) // max(n, 1)))
        # One panel under another, so long feature names never overlap a panel.
        _fig, ax = plt.subplots(
            n,
            1,
            figsize=(_coefficient_width(frame, readable), n * (0.9 + 0.26 * rows)),
            sharex=True,
            squeeze=False,
            layout="constrained",
        )
        ax = ax[:, 0]
    axes = np.asarray(ax, dtype=object).ravel()
    if not len(classes):
        _empty(axes[0], "no coefficients")
        return axes
    colors = _group_colors(classes)
    for panel, label in zip(axes, classes, strict=False):
        # Rounded: refits differ in the last digits, and the figure (and its
        # SVG under git) must not.
        part = frame[frame["class"] == label]
        part = part.assign(coef=part["coef"].astype(float).round(4)).sort_values(
            "coef", ascending=False, kind="mergesort"
        )
        chosen = pd.concat(
            [part[part["coef"] > 0].head(top), part[part["coef"] < 0].tail(top)]
        )
        y = list(range(len(chosen)))[::-1]
        panel.barh(
            y,
            chosen["coef"],
            color=[colors[label] if c > 0 else "#b0b0b0" for c in chosen["coef"]],
        )
        names = chosen["feature"].astype(str).tolist()
        panel.set_yticks(y, [feature_label(n) for n in names] if readable else names)
        panel.axvline(0, color="black", linewidth=0.8)
        panel.set(xlabel="", ylabel="", title=f"toward {label}")
    xlabel = "coefficient (change in log-odds per SD)"
    if n_articles is not None:
        xlabel += f"\nfitted on {_articles(n_articles)}"
    axes[len(classes) - 1].set_xlabel(xlabel)
    return axes
