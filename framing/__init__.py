"""framing: measure how news coverage frames a political issue.

Rule-based, offline; every span is exact (``text[m.start:m.end] == m.text``); None,
NaN or non-text input gives an empty result. Installed as ``newsframing``.

One article (a str, or a Document: the one parse of spans, read by every feature)
    find_loaded_terms(text)  loaded language by voice; find_label_choices(text) apart
    find_terms(text)         every lexicon label, loaded or neutral (TermMatch)
    extract_quotes(text)     direct and reported quotes with resolved speakers (Quote)
    sources(text)            sources by side and quote balance (SourceBalance)
    sources_from_quotes(q)   the same from quotes you already extracted
    frame_profile(text)      policy frames by sentence, voice and article (.primary)
    find_frames(text)        the frame cues behind them (FrameMatch, FrameProfile)
    tone_by_voice(text)      VADER tone by voice (Tone); polarity_scores(text) of one
    highlight(text)          an HTML view of terms and quotes (Highlight)

A corpus (a DataFrame)
    analyze(df, text="text")  one row of features per article, pandas or dask
    article_features(text)    the same features for one article, as a dict
    feature_columns()         analyze()'s column names and dtypes (docs/columns.md)
    quote_table(df)           one row per quote; source_table(df): one per source
    FramingFeatures           the features as a scikit-learn transformer

Word lists (CSV files; schemas in framing/data/README.md)
    load_lexicon(path=None)   the loaded-terms lexicon (Lexicon of LexiconEntry)
    load_frame_lexicon()      the frame-cue lexicon (framing/data/frames.csv)
    load_actors(actors=None)  the ActorTable that codes sources by side
    to_frame(rows)            any list of results as a DataFrame

Modules
    datasets    load_seed(), load_allsides(), load_polnear(); $FRAMING_DATA
    compare     log_odds, group_rates, label_shares: outlets and sides compared
    plots       one function per figure; save_figure(ax, name)
    modelling   cross-validated scores and coefficients of a bias classifier
    evaluation  score_quotes() against PolNeAR, as ../shared/eval scores it
    text        spans; components: analyze()'s feature registry (add your own)
    exercises   check("02.1", answer); coding: hand-coding, agreement, FrameClassifier

Errors: FramingError, base of InputError, LexiconError, DataNotFoundError. Command
line: ``framing analyze|quotes|sources|highlight|lexicon|sample``.
"""

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Every public name loads on first use (PEP 562), as scipy and scikit-image do, so
# `import framing` costs little more than `import pandas` and pulls in neither
# matplotlib, scikit-learn nor dask (tests/test_document.py); `from framing import
# analyze, plots` and `framing.analyze(...)` work as before.
_LAZY = {
    "ActorTable": "framing.balance",
    "SourceBalance": "framing.balance",
    "load_actors": "framing.balance",
    "sources": "framing.balance",
    "sources_from_quotes": "framing.balance",
    "Document": "framing.document",
    "DataNotFoundError": "framing.errors",
    "FramingError": "framing.errors",
    "InputError": "framing.errors",
    "LexiconError": "framing.errors",
    "analyze": "framing.features",
    "article_features": "framing.features",
    "feature_columns": "framing.features",
    "to_frame": "framing.features",
    "FrameMatch": "framing.frames",
    "FrameProfile": "framing.frames",
    "find_frames": "framing.frames",
    "frame_profile": "framing.frames",
    "load_frame_lexicon": "framing.frames",
    "Lexicon": "framing.lexicon",
    "LexiconEntry": "framing.lexicon",
    "load_lexicon": "framing.lexicon",
    "Quote": "framing.quotes",
    "extract_quotes": "framing.quotes",
    "quote_table": "framing.tables",
    "source_table": "framing.tables",
    "TermMatch": "framing.terms",
    "find_label_choices": "framing.terms",
    "find_loaded_terms": "framing.terms",
    "find_terms": "framing.terms",
    "Tone": "framing.tone",
    "polarity_scores": "framing.tone",
    "tone_by_voice": "framing.tone",
    "Highlight": "framing.view",
    "highlight": "framing.view",
    "FramingFeatures": "framing.transformer",
    "FrameClassifier": "framing.classifier",
}
_LAZY_MODULES = frozenset(
    {
        "coding",
        "compare",
        "components",
        "datasets",
        "evaluation",
        "exercises",
        "modelling",
        "plots",
        "text",
    }
)

if TYPE_CHECKING:
    from framing import (
        coding,
        compare,
        components,
        datasets,
        evaluation,
        exercises,
        modelling,
        plots,
        text,
    )
    from framing.balance import (
        ActorTable,
        SourceBalance,
        load_actors,
        sources,
        sources_from_quotes,
    )
    from framing.classifier import FrameClassifier
    from framing.document import Document
    from framing.errors import (
        DataNotFoundError,
        FramingError,
        InputError,
        LexiconError,
    )
    from framing.features import analyze, article_features, feature_columns, to_frame
    from framing.frames import (
        FrameMatch,
        FrameProfile,
        find_frames,
        frame_profile,
        load_frame_lexicon,
    )
    from framing.lexicon import Lexicon, LexiconEntry, load_lexicon
    from framing.quotes import Quote, extract_quotes
    from framing.tables import quote_table, source_table
    from framing.terms import (
        TermMatch,
        find_label_choices,
        find_loaded_terms,
        find_terms,
    )
    from framing.tone import Tone, polarity_scores, tone_by_voice
    from framing.transformer import FramingFeatures
    from framing.view import Highlight, highlight


def __getattr__(name):
    if name in _LAZY_MODULES:
        value = importlib.import_module(f"framing.{name}")
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "ActorTable",
    "DataNotFoundError",
    "Document",
    "FrameClassifier",
    "FrameMatch",
    "FrameProfile",
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
    "coding",
    "compare",
    "components",
    "datasets",
    "evaluation",
    "exercises",
    "extract_quotes",
    "feature_columns",
    "find_frames",
    "find_label_choices",
    "find_loaded_terms",
    "find_terms",
    "frame_profile",
    "highlight",
    "load_actors",
    "load_frame_lexicon",
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
