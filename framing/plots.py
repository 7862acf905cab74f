"""Figures for the notebooks: one function per figure, each returning an Axes.

All follow one seaborn theme (:func:`set_theme`); :func:`save_figure` writes a
figure as PNG and SVG into the project's ``figures/`` folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

__all__ = [
    "BIAS_COLORS",
    "SIDE_COLORS",
    "figures_dir",
    "group_rates",
    "label_shares",
    "log_odds",
    "quote_balance",
    "quote_voice_by_side",
    "save_figure",
    "set_theme",
    "terms_by_voice",
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


def terms_by_voice(matches, ax=None):
    """Bar chart: how often each loaded term is in the author's or quoted voice."""
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
    ax.set(xlabel="occurrences", ylabel="", title="Loaded terms by voice")
    return ax


def quote_voice_by_side(
    quoted_words: Mapping[str, int], paraphrased: Mapping[str, int], ax=None
):
    """Bar chart: direct quoted words and paraphrased attributions per side."""
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
    ax.set(xlabel="words quoted directly", title="Who gets a voice")
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

    ax.legend(
        handles=[Patch(color=colors[name_a]), Patch(color=colors[name_b])],
        labels=[name_a, name_b],
        loc="lower right",
        frameon=True,
    )
    ax.set(
        xlabel="z-score of the weighted log-odds ratio",
        ylabel="",
        title=f"Words that set {name_a} apart from {name_b}",
    )
    return ax


def group_rates(frame, ax=None):
    """Point estimates with confidence-interval bars, one row per group.

    Parameters
    ----------
    frame : pandas.DataFrame
        The output of :func:`framing.compare.group_rates`; several ``value``
        columns (concatenated outputs) give one row per value and group.
    ax : matplotlib Axes, optional
        Where to draw; a new figure when None.

    Returns
    -------
    matplotlib.axes.Axes
        A dot per estimate with a horizontal bar from ``low`` to ``high``; tick
        labels give the group and its number of articles.

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
        + f"{r['group']} (n={r['n_articles']})"
        for _, r in rows.iterrows()
    ]
    ax.set_yticks(y, labels)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    stat = rows["stat"].iloc[0]
    what = values[0] if len(values) == 1 else "estimate"
    ax.set(xlabel=f"{stat} of {what}", ylabel="", title=f"{what} by group")
    return ax


def _stacked(ax, table, colors, xlabel: str, title: str):
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
    ax.set_yticks(y, [str(g) for g in table.index])
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
        ax, table, colors, xlabel=f"share of {what}", title="Who gets a voice, by group"
    )
