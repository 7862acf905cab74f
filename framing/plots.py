"""Figures for the notebooks: one function per figure, each returning an Axes.

All follow one seaborn theme (:func:`set_theme`); :func:`save_figure` writes a
figure as PNG and SVG into the project's ``figures/`` folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

__all__ = [
    "BIAS_COLORS",
    "SIDE_COLORS",
    "coefficients",
    "confusion_matrix",
    "feature_label",
    "figures_dir",
    "frame_differences",
    "frame_shares",
    "group_rates",
    "label_shares",
    "label_trend",
    "log_odds",
    "quote_balance",
    "quote_voice_by_side",
    "save_figure",
    "set_theme",
    "terms_by_voice",
    "voice_shares",
]

SIDE_COLORS = {
    "enforcement": "#b33a3a",
    "immigrant_rights": "#2f7d4a",
    "unknown": "#8a8a8a",
}

# AllSides bias ratings: the conventional blue / grey / red of US politics.
BIAS_COLORS = {
    "left": "#2f6db5",
    "center": "#8a8a8a",
    "right": "#c0392b",
}


def set_theme() -> None:
    """Apply the project's seaborn theme (white grid, readable font sizes)."""
    import seaborn as sns

    sns.set_theme(style="whitegrid", context="notebook", font_scale=1.05)
    # A fixed hash salt keeps regenerated SVGs byte-stable under git.
    plt.rcParams.update(
        {"figure.dpi": 110, "savefig.bbox": "tight", "svg.hashsalt": "framing"}
    )


def figures_dir() -> Path:
    """Return where figures go: ``$FRAMING_FIGURES``, else the project's ``figures/``.

    The project folder is the nearest one, from the current directory upward, that
    holds ``pyproject.toml`` (notebooks run from ``notebooks/``); otherwise
    ``./figures``.
    """
    env = os.environ.get("FRAMING_FIGURES")
    if env:
        return Path(env)
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file():
            return folder / "figures"
    return here / "figures"


def save_figure(
    ax, name: str, directory: str | os.PathLike | None = None
) -> list[Path]:
    """Save the figure holding ``ax`` as ``<name>.png`` and ``<name>.svg``.

    Returns the two paths written. The folder is created when missing.
    """
    folder = Path(directory) if directory is not None else figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    figure = ax.get_figure() if hasattr(ax, "get_figure") else ax
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    figure.savefig(paths[0], dpi=150)
    # No date in the SVG keeps regenerated figures byte-stable under git.
    figure.savefig(paths[1], metadata={"Date": None})
    return paths


def terms_by_voice(matches, ax=None, n_articles: int | None = None):
    """Bar chart: how often each loaded term is in the author's or quoted voice.

    The title gives the number of matches (and of articles, when ``n_articles`` is
    given); the legend sits outside the bars.
    """
    import pandas as pd
    import seaborn as sns

    ax = ax or plt.subplots(figsize=(6, 3))[1]
    rows = [
        {"term": m.term, "voice": "quoted" if m.in_quote else "author"}
        for m in matches
        if m.loaded
    ]
    frame = pd.DataFrame(rows, columns=["term", "voice"])
    if frame.empty:
        ax.text(0.5, 0.5, "no loaded terms", ha="center", transform=ax.transAxes)
        return ax
    counts = frame.value_counts().rename("count").reset_index()
    sns.barplot(
        counts,
        y="term",
        x="count",
        hue="voice",
        palette={"author": "#d9822b", "quoted": "#5b8dd6"},
        ax=ax,
    )
    ax.legend(title="voice", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    n = f"{len(frame):,} matches" + (
        f" in {_articles(n_articles)}" if n_articles is not None else ""
    )
    ax.set(xlabel="occurrences", ylabel="", title=f"Loaded terms by voice ({n})")
    return ax


def _articles(n: int) -> str:
    return f"{n:,} article" + ("" if n == 1 else "s")


def quote_voice_by_side(
    quoted_words: Mapping[str, int],
    paraphrased: Mapping[str, int],
    ax=None,
    n_articles: int | None = None,
):
    """Bar chart: direct quoted words and paraphrased attributions per side.

    The title gives the number of articles when ``n_articles`` is given; the
    "+n paraphrased" notes always fit inside the axes.
    """
    ax = ax or plt.subplots(figsize=(6, 2.6))[1]
    sides = list(dict.fromkeys([*quoted_words, *paraphrased]))
    y = range(len(sides))
    colors = [SIDE_COLORS.get(s, "#8a8a8a") for s in sides]
    ax.barh(list(y), [quoted_words.get(s, 0) for s in sides], color=colors)
    for i, side in enumerate(sides):
        n = paraphrased.get(side, 0)
        if n:
            ax.annotate(
                f"+{n} paraphrased",
                (quoted_words.get(side, 0), i),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=9,
            )
    ax.set_yticks(list(y), [s.replace("_", " ") for s in sides])
    # room on the right for the longest bar's note (about 16 characters)
    longest = max([quoted_words.get(s, 0) for s in sides] or [0])
    ax.set_xlim(0, max(longest, 1) * (1.35 if any(paraphrased.values()) else 1.05))
    title = "Who gets a voice"
    if n_articles is not None:
        title += f" ({_articles(n_articles)})"
    ax.set(xlabel="words quoted directly", title=title)
    return ax


# ------------------------------------------------------------ comparing groups


def _group_order(groups) -> list:
    """Order groups as they appear; bias ratings as left, center, right."""
    seen = list(dict.fromkeys(groups))
    if seen and all(str(g).lower() in BIAS_COLORS for g in seen):
        rank = {name: i for i, name in enumerate(BIAS_COLORS)}
        seen.sort(key=lambda g: rank[str(g).lower()])
    return seen


def _group_colors(groups) -> dict:
    """Give each group a colour: the bias palette where it applies, else seaborn's."""
    import seaborn as sns

    palette = sns.color_palette("colorblind", max(len(groups), 1))
    return {
        g: BIAS_COLORS.get(str(g).lower(), palette[i]) for i, g in enumerate(groups)
    }


def _empty(ax, message: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    return ax


def log_odds(frame, top: int = 15, ax=None):
    """Fightin' words: the terms most typical of each group, by log-odds z-score.

    Parameters
    ----------
    frame : pandas.DataFrame
        The output of :func:`framing.compare.log_odds` (or ``log_odds_by``).
    top : int, default=15
        How many terms to show for each group.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
        Horizontal bars: group ``a``'s terms to the right (z > 0) at the top, group
        ``b``'s to the left (z < 0) at the bottom.

    Examples
    --------
    >>> from framing import compare, plots
    >>> left, right = {"dreamers": 9, "wall": 1}, {"dreamers": 1, "wall": 9}
    >>> frame = compare.log_odds(left, right, names=("left", "right"))
    >>> ax = plots.log_odds(frame, top=5)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['dreamers', 'wall']
    """
    n_rows = 2 * top if len(frame) else 1
    ax = ax or plt.subplots(figsize=(6, 0.6 + 0.22 * min(n_rows, len(frame) or 1)))[1]
    names = frame.attrs.get("groups")
    if names is None:
        names = (*dict.fromkeys(frame["group"]), "a", "b")
    name_a, name_b = str(names[0]), str(names[1])
    ordered = frame.sort_values("z", ascending=False, kind="mergesort")
    chosen = pd.concat(
        [ordered[ordered["z"] > 0].head(top), ordered[ordered["z"] < 0].tail(top)]
    )
    if chosen.empty:
        return _empty(ax, "no distinguishing terms")
    colors = _group_colors([name_a, name_b])
    y = list(range(len(chosen)))[::-1]  # the most typical of a on top
    ax.barh(
        y,
        chosen["z"],
        color=[colors[name_a] if z > 0 else colors[name_b] for z in chosen["z"]],
    )
    ax.set_yticks(y, chosen["term"].astype(str).tolist())
    ax.axvline(0, color="black", linewidth=0.8)
    from matplotlib.patches import Patch

    totals = frame.attrs.get("totals")
    labels = [name_a, name_b]
    if totals is not None:
        labels = [
            f"{name} (n={int(t):,} words)"
            for name, t in zip(labels, totals, strict=True)
        ]
    # Outside the axes: inside, a wide legend can reach across zero onto a bar.
    ax.legend(
        handles=[Patch(color=colors[name_a]), Patch(color=colors[name_b])],
        labels=labels,
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
    )
    ax.set(
        xlabel="z-score of the weighted log-odds ratio",
        ylabel="",
        title=f"Words that set {name_a} apart from {name_b}",
    )
    return ax


def group_rates(frame, ax=None, clusters: str = "outlets"):
    """Point estimates with confidence-interval bars, one row per group.

    Parameters
    ----------
    frame : pandas.DataFrame
        The output of :func:`framing.compare.group_rates`; several ``value``
        columns (concatenated outputs) give one row per value and group.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.
    clusters : str, default="outlets"
        What the resampled clusters are, for the tick labels.

    Returns
    -------
    matplotlib.axes.Axes
        A dot per estimate with a horizontal bar from ``low`` to ``high``; tick
        labels give the group and its number of articles, and the number of
        clusters where the interval resampled clusters (``n_clusters`` differs
        from ``n_articles``).

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import compare, plots
    >>> features = pd.DataFrame(
    ...     {"rate": [1.0, 3.0, 6.0], "bias": ["right", "left", "left"]}
    ... )
    >>> ax = plots.group_rates(compare.group_rates(features, "rate", "bias", n_boot=50))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['left (n=2)', 'right (n=1)']
    """
    ax = ax or plt.subplots(figsize=(6, 0.8 + 0.4 * max(len(frame), 1)))[1]
    if frame.empty:
        return _empty(ax, "no groups")
    groups = _group_order(frame["group"])
    colors = _group_colors(groups)
    values = list(dict.fromkeys(frame["value"]))
    rows = frame.assign(
        _v=frame["value"].map(values.index), _g=frame["group"].map(groups.index)
    ).sort_values(["_v", "_g"])
    y = list(range(len(rows)))[::-1]
    for pos, (_, row) in zip(y, rows.iterrows(), strict=True):
        color = colors[row["group"]]
        ax.errorbar(
            row["estimate"],
            pos,
            xerr=[[row["estimate"] - row["low"]], [row["high"] - row["estimate"]]],
            fmt="o",
            color=color,
            ecolor=color,
            capsize=3,
        )
    labels = [
        (f"{r['value']}: " if len(values) > 1 else "")
        + f"{r['group']} ({_group_n(r, clusters)})"
        for _, r in rows.iterrows()
    ]
    ax.set_yticks(y, labels)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    stat = rows["stat"].iloc[0]
    what = values[0] if len(values) == 1 else "estimate"
    ax.set(xlabel=f"{stat} of {what}", ylabel="", title=f"{what} by group")
    return ax


def _group_n(row, clusters: str) -> str:
    n = f"n={int(row['n_articles']):,}"
    resampled = row.get("n_clusters", row["n_articles"])
    if resampled != row["n_articles"]:
        n += f" articles, {int(resampled):,} {clusters}"
    return n


def _stacked(ax, table, colors, xlabel: str, title: str, n_articles=None):
    """Draw ``table`` (groups x parts, shares) as stacked horizontal bars."""
    y = list(range(len(table)))[::-1]
    left = [0.0] * len(table)
    for part in table.columns:
        widths = table[part].fillna(0.0).tolist()
        ax.barh(
            y,
            widths,
            left=left,
            color=colors[part],
            label=str(part).replace("_", " "),
        )
        left = [a + b for a, b in zip(left, widths, strict=True)]
    names = [str(g) for g in table.index]
    if n_articles is not None:
        names = [f"{g} (n={int(n_articles[g]):,})" for g in table.index]
    ax.set_yticks(y, names)
    ax.set_xlim(0, 1)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set(xlabel=xlabel, ylabel="", title=title)
    return ax


def label_shares(frame, ax=None):
    """Stacked bars: the share of each status label in the author's voice, by group.

    Parameters
    ----------
    frame : pandas.DataFrame
        The output of :func:`framing.compare.label_shares`.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per group, one segment per label (a group without labels has an
        empty bar).

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import compare, plots
    >>> features = pd.DataFrame(
    ...     {"label_illegal_author": [2, 0], "label_undocumented_author": [1, 3],
    ...      "bias": ["right", "left"]}
    ... )
    >>> ax = plots.label_shares(compare.label_shares(features, "bias"))
    >>> len(ax.patches)  # 2 groups x 2 labels
    4
    """
    import seaborn as sns

    ax = ax or plt.subplots(figsize=(6.5, 0.9 + 0.45 * frame["group"].nunique()))[1]
    if frame.empty:
        return _empty(ax, "no labels")
    labels = list(dict.fromkeys(frame["label"]))
    table = frame.pivot(index="group", columns="label", values="share")
    table = table.reindex(index=_group_order(frame["group"]), columns=labels)
    palette = sns.color_palette("colorblind", len(labels))
    colors = dict(zip(labels, palette, strict=True))
    return _stacked(
        ax,
        table,
        colors,
        xlabel="share of status labels in the author's voice",
        title="Label choice by group",
        n_articles=frame.groupby("group")["n_articles"].first(),
    )


def quote_balance(features, by, ax=None, measure: str = "quoted_words"):
    """Stacked bars: each side's share of the words quoted directly, by group.

    Parameters
    ----------
    features : pandas.DataFrame
        ``analyze()`` output with the grouping column, or any frame with
        ``quoted_words_<side>`` (or ``sources_<side>``) columns.
    by : str or pandas.Series
        The grouping column, e.g. ``"bias_text"``.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.
    measure : {"quoted_words", "sources"}, default="quoted_words"
        Share of directly quoted words, or of sources.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per group, one segment per side in :data:`SIDE_COLORS`.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import plots
    >>> features = pd.DataFrame(
    ...     {"quoted_words_enforcement": [20, 5], "quoted_words_unknown": [0, 5],
    ...      "bias": ["right", "left"]}
    ... )
    >>> ax = plots.quote_balance(features, "bias")
    >>> [round(float(p.get_width()), 2) for p in ax.patches]
    [0.5, 1.0, 0.5, 0.0]
    """
    from framing.compare import quote_shares

    shares = quote_shares(features, by, measure=measure)
    ax = ax or plt.subplots(figsize=(6.5, 0.9 + 0.45 * shares["group"].nunique()))[1]
    if shares.empty:
        return _empty(ax, "no groups")
    sides = list(dict.fromkeys(shares["side"]))
    table = shares.pivot(index="group", columns="side", values="share")
    table = table.reindex(index=_group_order(shares["group"]), columns=sides)
    colors = {s: SIDE_COLORS.get(s, "#8a8a8a") for s in sides}
    what = "words quoted directly" if measure == "quoted_words" else "sources"
    return _stacked(
        ax,
        table,
        colors,
        xlabel=f"share of {what}",
        title="Who gets a voice, by group",
        n_articles=shares.groupby("group")["n_articles"].first(),
    )


# ------------------------------------------------------------ label choice in time


def label_trend(
    frame,
    labels=None,
    event=None,
    event_label: str | None = None,
    axes=None,
):
    """Lines: each status label's share in the author's voice per period, by group.

    Parameters
    ----------
    frame : pandas.DataFrame
        The output of :func:`framing.compare.label_shares_by_period`.
    labels : list of str, optional
        The labels to draw, in this order (e.g. ``["illegal", "undocumented",
        "unauthorized"]``); all labels in ``frame`` when None. The shares keep
        their denominator (all status labels), so they need not add up to 1.
    event : str or pandas.Timestamp, optional
        A date to mark with a vertical dashed line in every panel, e.g.
        ``"2013-04-02"`` (the AP Stylebook's change).
    event_label : str, optional
        The event's legend entry; ``"event"`` when None.
    axes : sequence of matplotlib Axes, optional
        One Axes per group, in group order; a new figure with one panel per
        group (shared y axis) when None.

    Returns
    -------
    numpy.ndarray of matplotlib.axes.Axes
        One panel per group (left, center, right for bias ratings), each point
        at the middle of its period; the panel title gives the group and its
        number of articles. Pass ``axes[0]`` to :func:`save_figure`.

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import compare, plots
    >>> features = pd.DataFrame(
    ...     {
    ...         "label_illegal_author": [2, 1, 0, 3],
    ...         "label_undocumented_author": [0, 1, 3, 1],
    ...         "date": pd.to_datetime(
    ...             ["2012-05-01", "2014-09-30", "2012-01-10", "2014-02-01"]
    ...         ),
    ...         "bias": ["right", "right", "left", "left"],
    ...     }
    ... )
    >>> shares = compare.label_shares_by_period(
    ...     features, "date", "bias", min_articles=1
    ... )
    >>> axes = plots.label_trend(shares, event="2013-04-02", event_label="AP")
    >>> [ax.get_title() for ax in axes]
    ['left (n=2)', 'right (n=2)']
    >>> [line.get_label() for line in axes[1].get_lines()]
    ['illegal', 'undocumented', 'AP']
    """
    import numpy as np
    import seaborn as sns

    groups = _group_order(frame["group"]) if len(frame) else []
    if axes is None:
        n = max(len(groups), 1)
        _fig, axes = plt.subplots(
            1, n, figsize=(3.2 * n + 1.2, 3.2), sharex=True, sharey=True, squeeze=False
        )
        axes = axes[0]
    axes = np.asarray(axes, dtype=object).ravel()
    if len(axes) < len(groups):
        raise ValueError(f"label_trend: {len(groups)} groups need as many axes")
    if not groups:
        _empty(axes[0], "no periods with enough articles")
        return axes
    if labels is None:
        labels = list(dict.fromkeys(frame["label"]))
    palette = sns.color_palette("colorblind", len(labels))
    colors = dict(zip(labels, palette, strict=True))
    moment = pd.Timestamp(event) if event is not None else None
    # ``end`` is a period's last day, so the period lasts until the day after it.
    length = frame["end"] + pd.Timedelta(days=1) - frame["start"]
    frame = frame.assign(_x=frame["start"] + length / 2)
    # One tick per period, at the middle of the period where its points sit.
    ticks = frame.drop_duplicates("period").sort_values("_x")
    for ax, group in zip(axes, groups, strict=False):
        part = frame[frame["group"] == group].sort_values("_x")
        for label in labels:
            x, y = _with_gaps(part[part["label"] == label])
            ax.plot(x, y, marker="o", color=colors[label], label=str(label))
        if moment is not None:
            ax.axvline(
                moment,
                color="black",
                linestyle="--",
                linewidth=1,
                label=event_label or "event",
            )
        n_articles = int(part.drop_duplicates("period")["n_articles"].sum())
        ax.set_title(f"{group} (n={n_articles})")
        ax.set_ylim(0, 1)
        ax.set(xlabel="", ylabel="")
        ax.set_xticks(ticks["_x"].tolist(), ticks["period"].tolist())
        ax.tick_params(axis="x", labelrotation=45)
    axes[0].set_ylabel("share of status labels\n(author's voice)")
    axes[len(groups) - 1].legend(
        loc="upper left", bbox_to_anchor=(1.02, 1), frameon=False
    )
    return axes


def _with_gaps(rows) -> tuple[list, list]:
    """Points in period order, with a NaN wherever a period is missing.

    A line must not join two years across a year without enough articles: the
    NaN breaks it (periods follow each other when one's end is the day before the
    next one's start).
    """
    x, y = [], []
    previous_end = None
    for start, end, middle, share in zip(
        rows["start"], rows["end"], rows["_x"], rows["share"], strict=True
    ):
        if previous_end is not None and start > previous_end + pd.Timedelta(days=1):
            x.append(previous_end + (start - previous_end) / 2)
            y.append(float("nan"))
        x.append(middle)
        y.append(share)
        previous_end = end
    return x, y


# ------------------------------------------------------------------ classifiers


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
        part = frame[frame["class"] == label].sort_values(
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


def frame_shares(table, ax=None, title: str = "share of sentences per frame"):
    """Heatmap of frame shares: one row per group, one column per frame.

    Parameters
    ----------
    table : pandas.DataFrame
        Groups as rows (e.g. issues, or bias ratings), frame ids (or
        ``frame_<id>`` columns) as columns, shares in [0, 1] as values, e.g.
        ``frame_table(texts).groupby(topics).mean(numeric_only=True)``.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame(
    ...     {"frame_economic": [0.3, 0.1], "frame_political": [0.2, 0.4]},
    ...     index=["taxes", "abortion"],
    ... )
    >>> ax = frame_shares(table)
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['economic', 'political']
    """
    import seaborn as sns

    data = table.select_dtypes("number").drop(columns=["n_sentences"], errors="ignore")
    data = data.rename(columns=lambda c: str(c).removeprefix("frame_"))
    ax = (
        ax
        or plt.subplots(
            figsize=(
                1.2 + 0.55 * max(len(data.columns), 1),
                1 + 0.4 * max(len(data), 1),
            )
        )[1]
    )
    if data.empty:
        return _empty(ax, "no frames")
    sns.heatmap(
        data * 100,
        ax=ax,
        annot=True,
        fmt=".0f",
        cmap="Blues",
        cbar_kws={"label": "% of sentences"},
        annot_kws={"fontsize": 8},
    )
    ax.set(xlabel="", ylabel="", title=title)
    ax.tick_params(axis="x", labelrotation=45)
    for label in ax.get_xticklabels():
        label.set_horizontalalignment("right")
    return ax


def frame_differences(frame, ax=None):
    """Dot-and-interval plot of :func:`framing.compare.group_difference` output.

    One row per value (frame); the dot is ``second - first`` in percentage points,
    the bar its interval. Rows whose interval excludes 0 are drawn in the colour of
    the group they lean to, others grey.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame(
    ...     {"value": ["frame_morality", "frame_economic"], "first": "left",
    ...      "second": "right", "difference": [0.05, -0.01],
    ...      "low": [0.02, -0.03], "high": [0.08, 0.01]}
    ... )
    >>> ax = frame_differences(frame)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['morality', 'economic']
    """
    ax = ax or plt.subplots(figsize=(6, 0.8 + 0.35 * max(len(frame), 1)))[1]
    if frame.empty:
        return _empty(ax, "no differences")
    first, second = frame["first"].iloc[0], frame["second"].iloc[0]
    colors = _group_colors([first, second])
    y = list(range(len(frame)))[::-1]
    for pos, (_, row) in zip(y, frame.iterrows(), strict=True):
        if row["low"] > 0:
            color = colors[second]
        elif row["high"] < 0:
            color = colors[first]
        else:
            color = "#8a8a8a"
        est = 100 * row["difference"]
        ax.errorbar(
            est,
            pos,
            xerr=[[est - 100 * row["low"]], [100 * row["high"] - est]],
            fmt="o",
            color=color,
            ecolor=color,
            capsize=3,
        )
    names = [str(v).removeprefix("frame_") for v in frame["value"]]
    ax.set_yticks(y, names)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set(
        xlabel=f"{second} minus {first} (percentage points of sentences)",
        ylabel="",
        title=f"frames: {second} vs {first}",
    )
    return ax


def voice_shares(frame, shares=("women_share", "gender_unknown_share"), ax=None):
    """Pooled shares of who is quoted per group, with bootstrap intervals.

    Parameters
    ----------
    frame : pandas.DataFrame
        The output of :func:`framing.compare.voice_shares`.
    shares : sequence of str, default=("women_share", "gender_unknown_share")
        Which shares to draw, one block of rows each; the default puts the
        unknown share beside the share of women, as it should always be read.
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> from framing import compare, plots
    >>> features = pd.DataFrame(
    ...     {
    ...         "women_quoted": [1, 0],
    ...         "men_quoted": [1, 2],
    ...         "gender_unknown_quoted": [0, 1],
    ...         "people_quoted": [2, 3],
    ...         "official_sources": [1, 2],
    ...         "sources_type_unknown": [0, 1],
    ...         "n_sources": [3, 3],
    ...         "bias": ["left", "right"],
    ...     }
    ... )
    >>> ax = plots.voice_shares(compare.voice_shares(features, "bias", n_boot=50))
    >>> [t.get_text() for t in ax.get_yticklabels()][:2]
    ['women among people quoted: left (n=1)', 'women among people quoted: right (n=1)']
    """
    rows = frame[frame["share"].isin(list(shares))]
    rows = rows.assign(
        value=pd.Categorical(rows["share"], categories=list(shares)), stat="share"
    ).sort_values("value", kind="stable")
    rows = rows.assign(value=rows["value"].astype(str).map(feature_label))
    ax = group_rates(rows, ax=ax)
    ax.set(xlabel="pooled share (95% bootstrap interval)", title="who is quoted")
    return ax
