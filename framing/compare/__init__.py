"""Compare groups of articles (outlets, bias ratings): words and features.

Which words set two groups apart (weighted log-odds with a Dirichlet prior), and how
a feature differs between groups (bootstrap confidence intervals, by article or outlet).

Every function takes counts or ``analyze()`` features and returns a tidy DataFrame
(one row per term, group or label); nothing is printed or plotted here. The parts:
``words`` (counts, log-odds, top shares), ``groups`` (group estimates, differences
and who is quoted, with bootstrap intervals) and ``labels`` (label choice by group
and over time, quote shares by side).
"""

from __future__ import annotations

from framing.compare.groups import group_difference, group_rates, voice_shares
from framing.compare.labels import (
    label_change,
    label_shares,
    label_shares_by_period,
    quote_shares,
)
from framing.compare.words import (
    count_labels,
    count_words,
    log_odds,
    log_odds_by,
    top_share,
)

__all__ = [
    "count_labels",
    "count_words",
    "group_difference",
    "group_rates",
    "label_change",
    "label_shares",
    "label_shares_by_period",
    "log_odds",
    "log_odds_by",
    "quote_shares",
    "top_share",
    "voice_shares",
]
