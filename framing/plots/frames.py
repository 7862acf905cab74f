"""Figures of issue frames: shares of sentences per frame, group differences."""

from __future__ import annotations

import matplotlib.pyplot as plt

from framing.plots.style import _empty, _group_colors

__all__ = [
    "frame_differences",
    "frame_shares",
]


def frame_shares(
    table, ax=None, title: str = "share of sentences per frame", n_articles=None
):
    """Heatmap of frame shares: one row per group, one column per frame.

    Parameters
    ----------
    table : pandas.DataFrame
        Groups as rows (e.g. issues, or bias ratings), frame ids (or
        ``frame_<id>`` columns) as columns, shares in [0, 1] as values, e.g.
        ``frame_table(texts).groupby(topics).mean(numeric_only=True)``.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.
    title : str
        The figure's title.
    n_articles : mapping or int, optional
        Articles per row (group -> n), added to the row labels as "(n=...)"; an
        int is the number of articles of the whole table, added to the title.

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
    >>> ax = frame_shares(table, n_articles={"taxes": 25, "abortion": 1200})
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['taxes (n=25)', 'abortion (n=1,200)']
    """
    import seaborn as sns

    data = table.select_dtypes("number").drop(columns=["n_sentences"], errors="ignore")
    # Words, not identifiers: "crime punishment", "gun control and gun rights".
    data = data.rename(columns=_words)
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
    if isinstance(n_articles, int):
        title = f"{title} ({n_articles:,} articles)"
    elif n_articles is not None:
        data = data.rename(index=lambda g: f"{_words(g)} (n={int(n_articles[g]):,})")
    else:
        data = data.rename(index=_words)
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


def _words(name) -> str:
    return str(name).removeprefix("frame_").replace("_", " ")


def frame_differences(frame, ax=None, ci: float = 0.95, clusters: str = "outlets"):
    """Dot-and-interval plot of :func:`framing.compare.group_difference` output.

    One row per value (frame); the dot is ``second - first`` in percentage points,
    the bar its interval (``ci``, percentile bootstrap, resampling ``clusters``
    when the output's cluster counts differ from its article counts). Rows whose
    interval excludes 0 are drawn in the colour of the group they lean to, others
    grey. The title gives each group's number of articles when the output has
    them (``n_first``, ``n_second``).

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
    names = [_words(v) for v in frame["value"]]
    ax.set_yticks(y, names)
    ax.axvline(0, color="black", linewidth=0.8)
    resampled = "articles"
    title = f"frames: {second} vs {first}"
    if {"n_first", "n_second"} <= set(frame.columns):
        n1, n2 = int(frame["n_first"].max()), int(frame["n_second"].max())
        title += f" ({n2:,} {second}, {n1:,} {first} articles)"
        if "n_clusters_first" in frame.columns and (
            frame["n_clusters_first"].max() != n1
            or frame["n_clusters_second"].max() != n2
        ):
            resampled = clusters
    interval = f"bars: {ci:.0%} percentile bootstrap interval, resampling {resampled}"
    ax.set(
        xlabel=f"{second} minus {first} (percentage points of sentences)\n"
        + interval.replace("%", " %"),
        ylabel="",
        title=title,
    )
    return ax
