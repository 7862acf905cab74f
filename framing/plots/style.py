"""The figure style: seaborn theme, side and bias colours, PNG and SVG saving."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib.pyplot as plt

__all__ = [
    "BIAS_COLORS",
    "SIDE_COLORS",
    "figures_dir",
    "save_figure",
    "set_theme",
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
    # Byte-stable under git whatever theme is active: a fixed hash salt for the
    # SVG's ids, no date and no software version in either file.
    with plt.rc_context({"svg.hashsalt": "framing", "svg.fonttype": "path"}):
        figure.savefig(paths[0], dpi=150, metadata={"Software": None})
        figure.savefig(paths[1], metadata={"Date": None, "Creator": None})
    return paths


def _articles(n: int) -> str:
    return f"{n:,} article" + ("" if n == 1 else "s")


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
