"""Figures that compare groups: log-odds, rates with intervals, label shares."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from framing.plots.models import feature_label
from framing.plots.style import _empty, _group_colors, _group_order

__all__ = [
    "group_rates",
    "label_shares",
    "label_trend",
    "log_odds",
]


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


def group_rates(
    frame,
    ax=None,
    clusters: str = "outlets",
    labels=None,
    ci: float = 0.95,
    measure: str | None = None,
):
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
    labels : mapping, optional
        Words for the ``value`` names (``{"share_loaded": "loaded share of the
        labels"}``); else `feature_label` reads ``analyze()`` columns in words.
    ci : float, default=0.95
        The level the intervals were computed at (that of
        :func:`framing.compare.group_rates`), stated under the axis.
    measure : str, optional
        Words for what several values share, for the x axis ("share of the
        debate's labels"); the value's own words when there is one value.

    Returns
    -------
    matplotlib.axes.Axes
        A dot per estimate with a horizontal bar from ``low`` to ``high``; tick
        labels give the group and its number of articles, and the number of
        clusters where the interval resampled clusters (``n_clusters`` differs
        from ``n_articles``); the x label says what the bars are (e.g. "95 %
        percentile bootstrap interval, resampling outlets").

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
    words = dict(labels or {})

    def word(value) -> str:
        return words.get(value) or feature_label(value)

    ticks = [
        (f"{word(r['value'])}: " if len(values) > 1 else "")
        + f"{r['group']} ({_group_n(r, clusters)})"
        for _, r in rows.iterrows()
    ]
    ax.set_yticks(y, ticks)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    stat = rows["stat"].iloc[0]
    what = measure or (word(values[0]) if len(values) == 1 else "value per article")
    resampled = (
        "n_clusters" in rows and (rows["n_clusters"] != rows["n_articles"]).any()
    )
    interval = (
        f"bars: {ci:.0%} percentile bootstrap interval, resampling "
        + (clusters if resampled else "articles")
    ).replace("%", " %")
    ax.set(
        xlabel=f"{stat} of {what} per group\n{interval}",
        ylabel="",
        title=f"{what} by group",
    )
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
