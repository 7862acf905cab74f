"""framing: measure how news coverage frames a political issue.

Loaded terms (by voice), quotes and their speakers, sources by side and quote
balance, article-level features for a corpus. See README.md.
"""

from framing import compare, datasets, evaluation, exercises, modelling, plots, text
from framing.balance import (
    ActorTable,
    SourceBalance,
    load_actors,
    sources,
    sources_from_quotes,
)
from framing.errors import DataNotFoundError, FramingError, InputError, LexiconError
from framing.features import analyze, article_features, feature_columns, to_frame
from framing.lexicon import Lexicon, LexiconEntry, load_lexicon
from framing.quotes import Quote, extract_quotes
from framing.tables import quote_table, source_table
from framing.terms import TermMatch, find_loaded_terms, find_terms
from framing.tone import Tone, polarity_scores, tone_by_voice
from framing.view import Highlight, highlight

__version__ = "0.1.0"


def __getattr__(name):
    # scikit-learn takes ~1 s to import; load the transformer only when asked for.
    if name == "FramingFeatures":
        from framing.transformer import FramingFeatures

        return FramingFeatures
    raise AttributeError(f"module 'framing' has no attribute {name!r}")


__all__ = [
    "ActorTable",
    "DataNotFoundError",
    "FramingError",
    "FramingFeatures",
    "Highlight",
    "InputError",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "Quote",
    "SourceBalance",
    "TermMatch",
    "Tone",
    "analyze",
    "article_features",
    "compare",
    "datasets",
    "evaluation",
    "exercises",
    "extract_quotes",
    "feature_columns",
    "find_loaded_terms",
    "find_terms",
    "highlight",
    "load_actors",
    "load_lexicon",
    "modelling",
    "plots",
    "polarity_scores",
    "quote_table",
    "source_table",
    "sources",
    "sources_from_quotes",
    "text",
    "to_frame",
    "tone_by_voice",
]
