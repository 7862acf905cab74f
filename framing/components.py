"""Feature components and their one registry, as spaCy registers pipeline components.

A component is one family of ``analyze()`` columns (loaded terms, label choice,
quotes, sources, tone, frames, the headline, ...): a ``name``, the components it
``requires``, the ``columns(config)`` it adds (name -> dtype, in order) and a
function ``features(doc, config) -> dict`` of one :class:`~framing.Document`.
:func:`framing.analyze`, :func:`framing.article_features`,
:func:`framing.feature_columns` and :class:`framing.FramingFeatures` loop over
this registry and compute only the components asked for (and what they require).
A component keeps what another may need in ``doc.cache`` so nothing is computed
twice; ``register`` adds your own (``docs/components.md``).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from framing.document import Document
from framing.errors import InputError

__all__ = [
    "Component",
    "FeatureConfig",
    "components",
    "register",
    "resolve",
    "unregister",
]


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """What every component of one ``analyze()`` call reads besides the document.

    Attributes
    ----------
    lexicon : Lexicon
        The loaded-terms lexicon (the bundled one by default).
    actors : ActorTable
        The actors table whose sides name the per-side source columns (the
        bundled immigration table by default).
    own_actors : bool
        True when the user gave ``actors``: then no debate is detected for the
        sides and every row of that table is used, as :func:`framing.sources` does.
    title : bool
        True when the articles have headlines (the ``title`` component's columns).
    issue : str or None
        The debate of this article (None: detected from its topic words).
    frame_model : FrameClassifier or None
        A classifier trained on your own codes; the frame components then read
        its labels instead of the cue lexicon's (see :func:`framing.frame_profile`).
    """

    lexicon: Any
    actors: Any
    own_actors: bool = False
    title: bool = False
    issue: str | None = None
    frame_model: Any = None


@dataclass(frozen=True, slots=True)
class Component:
    """One family of features: its name, requirements, columns and function.

    Parameters
    ----------
    name : str
        What ``analyze(df, features=[...])`` calls it: lower case, digits, ``_``.
    columns : callable
        ``columns(config) -> dict`` of column name -> dtype (``"int64"``,
        ``"float64"``, ``"bool"`` or ``"object"``), in output order.
    features : callable
        ``features(doc, config) -> dict`` with a value for every column, for one
        :class:`~framing.Document` (possibly empty).
    requires : tuple of str, default=()
        Components that must run first (their ``doc.cache`` entries are then set).
    description : str, default=""
        One line for the registry's listing.
    """

    name: str
    columns: Callable[[FeatureConfig], dict[str, str]]
    features: Callable[[Document, FeatureConfig], dict[str, Any]]
    requires: tuple[str, ...] = field(default=())
    description: str = ""


_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_REGISTRY: dict[str, Component] = {}
_BUILTIN: frozenset[str] = frozenset()


def register(component: Component, *, replace: bool = False) -> Component:
    """Add a component to the registry, after those already there.

    Parameters
    ----------
    component : Component
        Its ``requires`` must already be registered, so the order of the
        registry is an order in which every component can run.
    replace : bool, default=False
        Allow replacing a component of your own with the same name (a built-in
        one is never replaced).

    Returns
    -------
    Component
        ``component``, so ``register`` can be used on a definition.

    Raises
    ------
    InputError
        For a name that is taken or malformed, or a requirement not registered.

    Examples
    --------
    >>> from framing.components import Component, register, unregister
    >>> shouting = Component(
    ...     "shouting",
    ...     columns=lambda config: {"exclamations": "int64"},
    ...     features=lambda doc, config: {"exclamations": doc.text.count("!")},
    ... )
    >>> _ = register(shouting)
    >>> import framing
    >>> framing.article_features("Stop! Now!", features=["shouting"])
    {'exclamations': 2}
    >>> unregister("shouting")
    """
    if not isinstance(component, Component):
        raise InputError(
            f"register() takes a framing.components.Component; got "
            f"{type(component).__name__}"
        )
    name = component.name
    if not isinstance(name, str) or not _NAME.match(name):
        raise InputError(
            f"component name {name!r}: use lower-case letters, digits and '_', "
            "starting with a letter"
        )
    if name in _BUILTIN:
        raise InputError(
            f"{name!r} is a built-in component; choose another name for yours"
        )
    if name in _REGISTRY and not replace:
        raise InputError(
            f"a component named {name!r} is already registered; choose another "
            "name or pass replace=True"
        )
    missing = [r for r in component.requires if r not in _REGISTRY or r == name]
    if missing:
        raise InputError(
            f"component {name!r} requires {missing}, which are not registered; "
            f"registered: {list(_REGISTRY)}"
        )
    _REGISTRY[name] = component
    return component


def unregister(name: str) -> None:
    """Remove a component you registered (built-in components stay).

    Raises
    ------
    InputError
        For a built-in component, one that others require, or an unknown name.
    """
    if name in _BUILTIN:
        raise InputError(f"{name!r} is a built-in component and cannot be removed")
    if name not in _REGISTRY:
        raise InputError(f"no component named {name!r}; known: {list(_REGISTRY)}")
    needed_by = [c.name for c in _REGISTRY.values() if name in c.requires]
    if needed_by:
        raise InputError(f"component {name!r} is required by {needed_by}")
    del _REGISTRY[name]


def components() -> dict[str, Component]:
    """Return the registered components by name, in the order they run.

    Examples
    --------
    >>> list(components())[:4]
    ['words', 'loaded', 'labels', 'categories']
    """
    return dict(_REGISTRY)


def resolve(
    features: Iterable[str] | str | None, title: bool = False
) -> tuple[list[Component], list[Component]]:
    """Return (components to run, components whose columns are output), in order.

    ``features`` None means every registered component (``title`` only when
    ``title``); else the named ones, plus what they require (run, not output).

    Raises
    ------
    InputError
        For an unknown name, listing the known ones.

    Examples
    --------
    >>> run, out = resolve(["labels"])
    >>> [c.name for c in run], [c.name for c in out]
    (['loaded', 'labels'], ['labels'])
    """
    if features is None:
        wanted = [n for n in _REGISTRY if title or n != "title"]
    else:
        if isinstance(features, str):
            features = [features]
        wanted = list(dict.fromkeys(features))
        unknown = [n for n in wanted if n not in _REGISTRY]
        if unknown or not wanted:
            raise InputError(
                f"features={unknown or 'empty list'}: unknown feature "
                f"{'names' if len(unknown) > 1 else 'name'}; known features are "
                f"{list(_REGISTRY)}"
            )
    needed: set[str] = set()
    stack = list(wanted)
    while stack:
        name = stack.pop()
        if name not in needed:
            needed.add(name)
            stack.extend(_REGISTRY[name].requires)
    run = [c for n, c in _REGISTRY.items() if n in needed]
    out = [c for n, c in _REGISTRY.items() if n in wanted]
    return run, out


# ---------------------------------------------------------------------------
# The built-in components. Each reads the Document and keeps in ``doc.cache``
# what a later component needs: "terms" (find_terms), "quotes"
# (extract_quotes), "issue" and "balance" (sources_from_quotes).


def _per_1k(count: int, words: int) -> float:
    return 1000.0 * count / words if words else math.nan


def _words_columns(config: FeatureConfig) -> dict[str, str]:
    return {"n_words": "int64", "n_words_author": "int64", "n_words_quoted": "int64"}


def _words(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    n_words = len(doc.words)
    n_quoted = doc.n_words_quoted
    return {
        "n_words": n_words,
        "n_words_author": n_words - n_quoted,
        "n_words_quoted": n_quoted,
    }


def _furniture_columns(config: FeatureConfig) -> dict[str, str]:
    return {"furniture_share": "float64"}


def _furniture(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    # Share of the text's characters in page furniture (tweets, captions, link
    # lines, prompts, ...), which no other feature reads; NaN for an empty text.
    if not doc.text.strip():
        return {"furniture_share": math.nan}
    covered = sum(b - a for a, b in doc.furniture)
    return {"furniture_share": covered / len(doc.text)}


def _terms(doc: Document, config: FeatureConfig) -> list:
    matches = doc.cache.get("terms")
    if matches is None:
        from framing.terms import find_terms

        matches = doc.cache["terms"] = find_terms(doc, lexicon=config.lexicon)
    return matches


def _loaded_columns(config: FeatureConfig) -> dict[str, str]:
    return {
        "loaded_author": "int64",
        "loaded_quoted": "int64",
        "loaded_author_per_1k": "float64",
        "loaded_quoted_per_1k": "float64",
        "loaded_terms_author": "object",
        "loaded_terms_quoted": "object",
    }


def _loaded(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    matches = _terms(doc, config)
    author = [m for m in matches if m.loaded and not m.in_quote]
    in_quote = [m for m in matches if m.loaded and m.in_quote]
    n_quoted = doc.n_words_quoted
    return {
        "loaded_author": len(author),
        "loaded_quoted": len(in_quote),
        "loaded_author_per_1k": _per_1k(len(author), doc.n_words - n_quoted),
        "loaded_quoted_per_1k": _per_1k(len(in_quote), n_quoted),
        "loaded_terms_author": "; ".join(m.term for m in author),
        "loaded_terms_quoted": "; ".join(m.term for m in in_quote),
    }


# Once per lexicon, not per article: a Lexicon never changes.
@functools.lru_cache(maxsize=16)
def _label_groups(lexicon) -> tuple[tuple[str, str], ...]:
    """Return (label group, its column) per label group of the lexicon, in order."""
    seen: dict[str, None] = {}
    for entry in lexicon.entries:
        if entry.label:
            seen.setdefault(entry.label, None)
    return tuple((group, f"label_{_slug(group)}_author") for group in seen)


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")


def _dominant(labels: Counter, matches) -> str:
    """Return the author's most frequent status label; ties go to the first used."""
    if not labels:
        return ""
    top = max(labels.values())
    for m in matches:
        if not m.in_quote and labels.get(m.label) == top:
            return m.label
    return ""


def _label_columns(config: FeatureConfig) -> dict[str, str]:
    cols = {"label_author": "object"}
    for _, column in _label_groups(config.lexicon):
        cols[column] = "int64"
    return cols


def _labels(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    matches = _terms(doc, config)
    labels = Counter(m.label for m in matches if m.label and not m.in_quote)
    row: dict[str, Any] = {"label_author": _dominant(labels, matches)}
    for group, column in _label_groups(config.lexicon):
        row[column] = labels.get(group, 0)
    return row


def _category_columns(config: FeatureConfig) -> dict[str, str]:
    from framing.terms import loaded_columns

    return dict(loaded_columns(config.lexicon))


def _categories(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.terms import loaded_features

    return loaded_features(doc, lexicon=config.lexicon, matches=_terms(doc, config))


def _quotes(doc: Document) -> list:
    from framing.quotes import extract_quotes

    return extract_quotes(doc)  # kept in doc.cache["quotes"]


def _quote_columns(config: FeatureConfig) -> dict[str, str]:
    return {"quotes_direct": "int64", "quotes_indirect": "int64"}


def _quote_counts(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    quotes = _quotes(doc)
    return {
        "quotes_direct": sum(q.kind == "direct" for q in quotes),
        "quotes_indirect": sum(q.kind == "indirect" for q in quotes),
    }


def _issue_columns(config: FeatureConfig) -> dict[str, str]:
    return {"issue": "object", "issue_evidence": "int64"}


def _issue(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.parties import NO_DEBATE, detect_issue

    found, evidence = detect_issue(doc)
    debate = config.issue or found or NO_DEBATE
    doc.cache["issue"] = debate
    return {"issue": "" if debate == NO_DEBATE else debate, "issue_evidence": evidence}


def _balance(doc: Document, config: FeatureConfig):
    from framing.balance import sources_from_quotes

    if config.own_actors:
        actors, issue = config.actors, config.issue
    else:
        actors, issue = None, doc.cache["issue"]
    key = ("balance", id(config.actors), issue)
    balance = doc.cache.get(key)
    if balance is None:
        balance = sources_from_quotes(_quotes(doc), actors, issue=issue, text=doc)
        doc.cache[key] = balance
    return balance


def _dtype_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int64"
    if isinstance(value, float):
        return "float64"
    return "object"


def _source_columns(config: FeatureConfig) -> dict[str, str]:
    return dict(_side_columns(config.actors)[0])


# Once per actors table, not per article.
@functools.lru_cache(maxsize=16)
def _side_columns(actors) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Return the source and voice columns of an actors table, with dtypes."""
    from framing.balance import sources_from_quotes, voice_columns

    empty = sources_from_quotes([], actors=actors).to_dict()
    sources = tuple((key, _dtype_of(value)) for key, value in empty.items())
    return sources, tuple(voice_columns(actors).items())


def _fill(values: Mapping[str, Any], columns) -> dict[str, Any]:
    """Keep the columns' keys; a side the article's debate lacks is 0 (NaN share)."""
    return {
        key: values.get(key, math.nan if dtype == "float64" else 0)
        for key, dtype in columns
    }


def _sources(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    return _fill(_balance(doc, config).to_dict(), _side_columns(config.actors)[0])


def _voice_columns(config: FeatureConfig) -> dict[str, str]:
    return dict(_side_columns(config.actors)[1])


def _voices(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    return _fill(_balance(doc, config).voice_dict(), _side_columns(config.actors)[1])


def _tone_columns(config: FeatureConfig) -> dict[str, str]:
    return {"tone_author": "float64", "tone_quoted": "float64"}


def _tone(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.tone import tone_by_voice

    voice = tone_by_voice(doc)
    return {"tone_author": voice.author, "tone_quoted": voice.quoted}


def _frame_columns(config: FeatureConfig) -> dict[str, str]:
    from framing.frames import frame_columns

    return dict(frame_columns())


def _frames(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.frames import frame_features

    return frame_features(doc, model=config.frame_model)


def _title_columns(config: FeatureConfig) -> dict[str, str]:
    if not config.title:
        return {}
    return {
        "title_question": "bool",
        "title_loaded": "int64",
        "title_loaded_terms": "object",
    }


_QUESTION = re.compile(r"\?\s*[\"'”’)\]]*\s*$")


def _title(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.terms import find_terms

    title = doc.title
    if title is None or not config.title:
        return {}
    in_title = [m for m in find_terms(title, lexicon=config.lexicon) if m.loaded]
    return {
        "title_question": bool(_QUESTION.search(title.text)),
        "title_loaded": len(in_title),
        "title_loaded_terms": "; ".join(m.term for m in in_title),
    }


# --- issue 22: label choice, emotive words, an article frame's support ---------------
def _label_choice_columns(config: FeatureConfig) -> dict[str, str]:
    return {
        "label_choice_author": "int64",
        "label_choice_quoted": "int64",
        "label_choice_terms": "object",
    }


def _label_choice(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.terms import LABEL_CHOICE

    found = [m for m in _terms(doc, config) if m.category == LABEL_CHOICE]
    return {
        "label_choice_author": sum(not m.in_quote for m in found),
        "label_choice_quoted": sum(m.in_quote for m in found),
        "label_choice_terms": "; ".join(m.term for m in found),
    }


def _emotive_columns(config: FeatureConfig) -> dict[str, str]:
    return {
        "emotive_author": "int64",
        "emotive_author_per_1k": "float64",
        "emotive_terms": "object",
    }


def _emotive(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.terms import find_loaded_terms, load_emotive

    found = find_loaded_terms(doc, lexicon=load_emotive())
    return {
        "emotive_author": len(found),
        "emotive_author_per_1k": _per_1k(len(found), doc.n_words - doc.n_words_quoted),
        "emotive_terms": "; ".join(m.term for m in found),
    }


def _support_columns(config: FeatureConfig) -> dict[str, str]:
    return {
        "frame_supported": "object",
        "frame_support": "int64",
        "frame_mixed": "object",
    }


def _support(doc: Document, config: FeatureConfig) -> dict[str, Any]:
    from framing.frames import frame_profile

    profile = frame_profile(doc, model=config.frame_model)
    return {
        "frame_supported": profile.supported or "",
        "frame_support": profile.support.get(profile.primary, 0),
        "frame_mixed": "; ".join(profile.mixed),
    }


for _component in (
    Component("words", _words_columns, _words, (), "word counts by voice"),
    Component("loaded", _loaded_columns, _loaded, (), "loaded terms by voice"),
    Component("labels", _label_columns, _labels, ("loaded",), "label choice"),
    Component(
        "categories",
        _category_columns,
        _categories,
        ("loaded",),
        "loaded terms per category; non-neutral attribution verbs",
    ),
    Component("quotes", _quote_columns, _quote_counts, (), "direct, reported quotes"),
    Component("issue", _issue_columns, _issue, (), "the debate and its evidence"),
    Component(
        "sources", _source_columns, _sources, ("quotes", "issue"), "sides, balance"
    ),
    Component("voices", _voice_columns, _voices, ("sources",), "type and gender"),
    Component("tone", _tone_columns, _tone, (), "VADER tone by voice"),
    Component("frames", _frame_columns, _frames, (), "policy frames by voice"),
    Component(
        "label_choice",
        _label_choice_columns,
        _label_choice,
        ("loaded",),
        "names of partisan origin used plainly (Obamacare), apart from loaded",
    ),
    Component("emotive", _emotive_columns, _emotive, (), "emotive words, author"),
    Component(
        "frame_support",
        _support_columns,
        _support,
        ("frames",),
        "sentences behind the article's frame; supported or mixed",
    ),
    Component(
        "furniture",
        _furniture_columns,
        _furniture,
        (),
        "share of the text in page furniture (not analysed)",
    ),
    Component("title", _title_columns, _title, (), "headline: question, loaded"),
):
    register(_component)
_BUILTIN = frozenset(_REGISTRY)
del _component
