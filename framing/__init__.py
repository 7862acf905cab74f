"""framing: measure how news coverage frames a political issue.

Loaded terms (by voice), quotes and their speakers, sources by side and quote
balance, article-level features for a corpus. See README.md.
"""

from framing.balance import sources
from framing.errors import DataNotFoundError, FramingError, InputError, LexiconError
from framing.lexicon import Lexicon, load_lexicon
from framing.quotes import Quote, extract_quotes
from framing.terms import TermMatch, find_loaded_terms, find_terms

__version__ = "0.1.0"

__all__ = [
    "DataNotFoundError",
    "FramingError",
    "InputError",
    "Lexicon",
    "LexiconError",
    "Quote",
    "TermMatch",
    "extract_quotes",
    "find_loaded_terms",
    "find_terms",
    "load_lexicon",
    "sources",
]
