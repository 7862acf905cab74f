"""Figures for the notebooks: one function per figure, each returning an Axes.

All follow one seaborn theme (:func:`set_theme`); :func:`save_figure` writes a
figure as PNG and SVG into the project's ``figures/`` folder. The parts: ``style``
(theme, colours, saving), ``voices`` (terms by voice, quoted sides, who is quoted),
``groups`` (log-odds, group rates, label shares and trends), ``models``
(classifier figures and readable column names) and ``frames``.
"""

from __future__ import annotations

from framing.plots.frames import frame_differences, frame_shares
from framing.plots.groups import group_rates, label_shares, label_trend, log_odds
from framing.plots.models import coefficients, confusion_matrix, feature_label
from framing.plots.style import (
    BIAS_COLORS,
    SIDE_COLORS,
    figures_dir,
    save_figure,
    set_theme,
)
from framing.plots.voices import (
    quote_balance,
    quote_voice_by_side,
    terms_by_voice,
    voice_shares,
)

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
