"""Figures of voice: loaded terms by voice, quoted words by side, who is quoted."""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib.pyplot as plt
import pandas as pd

from framing.plots.groups import _stacked, group_rates
from framing.plots.models import feature_label
from framing.plots.style import SIDE_COLORS, _articles, _empty, _group_order

__all__ = [
    "quote_balance",
    "quote_voice_by_side",
    "terms_by_voice",
    "voice_shares",
]


def terms_by_voice(
    matches, ax=None, n_articles: int | None = None, top: int | None = 15
):
    """Bar chart: how often each loaded term is in the author's or quoted voice.

    The title gives the number of matches (and of articles, when ``n_articles`` is
    given); the legend sits outside the bars. With more than ``top`` terms the
    ``top`` most frequent are drawn and the rest summed in one last bar ("N other
    terms"), so the labels stay readable at print size (None draws every term).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from framing import plots
    >>> def match(term):  # what the figure reads of a TermMatch
    ...     return SimpleNamespace(term=term, loaded=True, in_quote=False)
    >>> matches = [match(t) for t in ["flood"] * 3 + ["wave"] * 2 + ["horde", "tide"]]
    >>> ax = plots.terms_by_voice(matches, n_articles=2, top=2)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['flood', 'wave', '2 other terms']
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
    if top is not None and frame["term"].nunique() > top:
        ranked = frame["term"].value_counts(sort=False)
        ranked = ranked.sort_values(ascending=False, kind="mergesort")
        rest = ranked.index[top:]
        frame["term"] = frame["term"].where(
            ~frame["term"].isin(rest), f"{len(rest)} other terms"
        )
    order = frame["term"].value_counts(sort=False)
    order = list(order.sort_values(ascending=False, kind="mergesort").index)
    if top is not None and len(order) > top:  # the summary bar goes last
        order = [t for t in order if not t.endswith(" other terms")] + [
            t for t in order if t.endswith(" other terms")
        ]
    counts = frame.value_counts().rename("count").reset_index()
    sns.barplot(
        counts,
        y="term",
        x="count",
        hue="voice",
        order=order,
        palette={"author": "#d9822b", "quoted": "#5b8dd6"},
        ax=ax,
    )
    ax.legend(title="voice", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    n = f"{len(frame):,} matches" + (
        f" in {_articles(n_articles)}" if n_articles is not None else ""
    )
    ax.set(xlabel="occurrences", ylabel="", title=f"Loaded terms by voice ({n})")
    return ax


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
