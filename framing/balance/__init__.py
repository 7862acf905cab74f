"""Sources by side and an article's quote balance.

``sources(text)`` groups an article's quotes by speaker, codes each source's side from
an actors table (the bundled ``framing/data/actors.csv`` for the Trump-era US
immigration debate, or your own) and measures whose voice the article carries.

The subpackage: `framing.balance.actors` (the actors table), `framing.balance.grouping`
(quotes to sources, with side, type and gender) and `framing.balance.metrics` (the
balance of one article). Public names are re-exported here.
"""

from framing.balance.actors import Actor, ActorTable, all_actors, load_actors
from framing.balance.grouping import (
    article_issue,
    sources,
    sources_from_quotes,
    voice_columns,
    voice_features,
)
from framing.balance.metrics import Source, SourceBalance

__all__ = [
    "Actor",
    "ActorTable",
    "Source",
    "SourceBalance",
    "all_actors",
    "article_issue",
    "load_actors",
    "sources",
    "sources_from_quotes",
    "voice_columns",
    "voice_features",
]
