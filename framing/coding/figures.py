"""Figures of the coding workflow; each function returns a matplotlib Axes."""

from __future__ import annotations

__all__ = ["plot_learning_curve"]


def plot_learning_curve(curve, ax=None, title: str | None = None, metric="macro_f1"):
    """Draw held-out F1 (or accuracy) against the number of coded sentences.

    Parameters
    ----------
    curve : pandas.DataFrame
        The result of :func:`framing.classifier.learning_curve`.
    ax : matplotlib Axes, optional
        Drawn on a new figure when None.
    metric : {"macro_f1", "accuracy"}
        The line; its ``_low``/``_high`` columns give the band.

    Returns
    -------
    matplotlib.axes.Axes
    """
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(6, 3.5))
    x = curve["n_sentences"]
    ax.plot(x, curve[metric], marker="o", label="classifier (held out)")
    ax.fill_between(
        x, curve[f"{metric}_low"], curve[f"{metric}_high"], alpha=0.25, linewidth=0
    )
    ax.set_xscale("log")
    ax.set_xticks(list(x), [str(v) for v in x])
    ax.minorticks_off()
    ax.set_xlabel("coded sentences used for training")
    ax.set_ylabel("macro-F1" if metric == "macro_f1" else metric)
    ax.set_ylim(0, 1)
    ax.set_title(title or "How many sentences to code?")
    ax.get_figure().tight_layout()
    return ax
