"""Load and validate the lexicon data files: labels, context rules and debates.

A lexicon is a CSV file (schema in ``framing/data/README.md``); the bundled one is
``framing/data/lexicon.csv``, its context rules ``context_rules.csv`` and its
debates ``debates.csv``. Your own files add to the bundled rules and debates
(``rules=`` and ``debates=``, or the folder named by ``FRAMING_TABLES``). Loading
validates every row and reports every bad one in one
:class:`~framing.errors.LexiconError`, one line per problem naming file, line and
column.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from framing._validation import table_error
from framing.errors import LexiconError
from framing.lexicon.debates import load_debates
from framing.lexicon.problems import read_rows
from framing.lexicon.rules import (
    RULE_KINDS,
    ContextRule,
    bundled_debate_words,
    bundled_rules,
    debate_words,
    load_context_rules,
    rules_from,
    stat_key,
)
from framing.matching import PhraseMatcher, flex_spaces

__all__ = [
    "CATEGORIES",
    "CONTEXT_RULES",
    "LEANINGS",
    "RULE_KINDS",
    "TABLES_ENV",
    "ContextRule",
    "Lexicon",
    "LexiconEntry",
    "load_context_rules",
    "load_debates",
    "load_lexicon",
]

#: The environment variable naming a folder of your own tables: its
#: ``context_rules.csv`` and ``debates.csv`` (when present) add to the bundled ones
#: wherever ``rules=`` / ``debates=`` are not given.
TABLES_ENV = "FRAMING_TABLES"

#: The categories a lexicon row may have (``framing/data/README.md``).
CATEGORIES = (
    "status label",
    "side label",
    "epithet",
    "policy label",
    "portmanteau",
    "migration metaphor",
    "partisan epithet",
    "attribution verb",
    "label choice",
    "emotive",
)

#: Whose vocabulary an entry is: ``left``, ``right`` or ``none`` (no side owns it).
LEANINGS = ("left", "right", "none")

_REQUIRED = ("term", "variants", "category", "loaded", "source")
_OPTIONAL = ("label", "context", "alternative", "note", "issue", "leaning")
_ISSUE = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon row: a canonical term, how to find it and who calls it loaded.

    ``variants`` is the regular expression as written in the file (matched
    case-insensitively, on word boundaries, a space matching any white space or a
    hyphen); ``line`` is the row's line in its file.
    """

    term: str
    variants: str
    category: str
    label: str
    loaded: bool
    context: str
    alternative: str
    source: str
    note: str
    line: int
    issue: str | None = None  # the debate ("abortion", ...); None for generic entries
    leaning: str = "none"  # whose vocabulary: "left", "right" or "none"


class Lexicon:
    """An immutable, validated set of lexicon entries with one compiled matcher.

    The matcher is a single alternation over every entry's variants, compiled once
    when the lexicon is built; :func:`framing.find_terms` runs it over a whole text
    and checks context rules only at its candidate matches. Entries earlier in the
    file win when two match at the same position.

    Parameters
    ----------
    entries : iterable of LexiconEntry
        The rows, in priority order. Terms must be unique (case-insensitive).
    name : str, default="<entries>"
        Where the entries came from, used in error messages and ``repr``.
    rules : mapping of str to ContextRule, default=None
        The context rules the entries may name; the bundled ones when None.
    topics : mapping of str to tuple of str, default=None
        Each debate's topic words (for ``topic_nearby`` rules with ``debate=``);
        the bundled debates' when None.
    labels_in_names : iterable of str, default=None
        The debates whose loaded labels count even inside a capitalised name
        (``labels_in_names=count`` in ``debates.csv``); the bundled ones when None.

    Examples
    --------
    >>> from framing import load_lexicon
    >>> lexicon = load_lexicon()
    >>> entry = lexicon["Illegal Alien"]
    >>> entry.term, entry.loaded, entry.label
    ('illegal alien', True, 'alien')
    >>> "chain migration" in lexicon, "sanctuary city" in lexicon
    (True, False)
    """

    __slots__ = (
        "_by_term",
        "_entries",
        "_labels_in_names",
        "_matcher",
        "_name",
        "_phrases",
        "_rules",
        "_topics",
    )

    def __init__(
        self,
        entries: Any,
        name: str = "<entries>",
        rules: Any = None,
        topics: Any = None,
        labels_in_names: Any = None,
    ) -> None:
        entries = tuple(entries)
        if rules is None:
            rules = bundled_rules()
        if topics is None or labels_in_names is None:
            bundled_topics, bundled_names = bundled_debate_words()
            topics = bundled_topics if topics is None else topics
            if labels_in_names is None:
                labels_in_names = bundled_names
        by_term: dict[str, LexiconEntry] = {}
        for entry in entries:
            if not isinstance(entry, LexiconEntry):
                raise TypeError(
                    f"Lexicon entries must be LexiconEntry; got {type(entry).__name__}"
                )
            key = _key(entry.term)
            if key in by_term:
                raise table_error(
                    name,
                    entry.line,
                    "term",
                    f"duplicate term {entry.term!r} (first on line "
                    f"{by_term[key].line})",
                )
            by_term[key] = entry
            _compile_variants(entry, name)
            if entry.context not in rules:
                raise table_error(
                    name,
                    entry.line,
                    "context",
                    f"unknown context rule {entry.context!r}; expected one of "
                    f"{sorted(rules)}",
                )
        phrases = PhraseMatcher([e.variants for e in entries])
        set_ = object.__setattr__
        set_(self, "_entries", entries)
        set_(self, "_by_term", by_term)
        set_(self, "_phrases", phrases)
        # The one-pass alternation (the benchmarks' reference "regex pass").
        set_(self, "_matcher", phrases.regex)
        set_(self, "_name", name)
        set_(self, "_rules", dict(rules))
        set_(self, "_topics", {k: tuple(v) for k, v in dict(topics).items()})
        set_(self, "_labels_in_names", frozenset(labels_in_names))

    def __setattr__(self, attr: str, value: Any) -> None:
        """Refuse: a Lexicon never changes once built."""
        raise AttributeError(f"Lexicon is immutable; cannot set {attr!r}")

    def __reduce__(self):
        """Pickle as its entries (worker processes rebuild the matcher)."""
        return (
            type(self),
            (
                self._entries,
                self._name,
                self._rules,
                self._topics,
                self._labels_in_names,
            ),
        )

    def __dask_tokenize__(self):
        """Give dask a deterministic token: the entries and rules themselves."""
        return (
            type(self).__name__,
            self._name,
            self._entries,
            tuple(self._rules.values()),
            tuple(sorted(self._topics.items())),
            tuple(sorted(self._labels_in_names)),
        )

    @property
    def entries(self) -> tuple[LexiconEntry, ...]:
        """The entries, in file order."""
        return self._entries

    @property
    def matcher(self) -> PhraseMatcher:
        """The entries' variants as one :class:`~framing.matching.PhraseMatcher`.

        Pattern ``i`` is entry ``i``; at one position the earlier entry wins.
        """
        return self._phrases

    @property
    def rules(self) -> dict[str, ContextRule]:
        """The context rules the entries may name, by rule name (a copy)."""
        return dict(self._rules)

    @property
    def topics(self) -> dict[str, tuple[str, ...]]:
        """Each known debate's topic words, as in ``debates.csv`` (a copy)."""
        return dict(self._topics)

    @property
    def labels_in_names(self) -> frozenset[str]:
        """The debates whose loaded labels count inside capitalised names too."""
        return self._labels_in_names

    @property
    def name(self) -> str:
        """Where the entries came from (a file name)."""
        return self._name

    def __len__(self) -> int:
        """Return the number of entries."""
        return len(self._entries)

    def __iter__(self) -> Iterator[LexiconEntry]:
        """Iterate over the entries in file order."""
        return iter(self._entries)

    def __contains__(self, term: object) -> bool:
        """Return True if ``term`` is a canonical term (case-insensitive)."""
        return isinstance(term, str) and _key(term) in self._by_term

    def __getitem__(self, term: str) -> LexiconEntry:
        """Return the entry for a canonical term (case-insensitive)."""
        try:
            return self._by_term[_key(term)]
        except KeyError:
            raise KeyError(
                f"no term {term!r} in lexicon {self._name}; see Lexicon.entries"
            ) from None

    def __repr__(self) -> str:
        """Return ``Lexicon(<name>, <n> entries)``."""
        return f"Lexicon({self._name!r}, {len(self._entries)} entries)"


def _key(term: str) -> str:
    return " ".join(term.lower().split())


def _compile_variants(entry: LexiconEntry, name: str) -> re.Pattern[str]:
    """Compile one entry's variants on word boundaries, or raise naming its line."""

    def bad(message: str) -> LexiconError:
        return table_error(name, entry.line, "variants", message)

    try:
        alone = re.compile(entry.variants, re.IGNORECASE)
    except re.error as exc:
        raise bad(f"bad regular expression {entry.variants!r}: {exc}") from None
    if alone.groups:
        # Groups would shift the numbering the combined matcher relies on.
        raise bad(
            f"{entry.variants!r} has a capturing group; write (?:...) instead of (...)"
        )
    if alone.fullmatch(""):
        raise bad(f"{entry.variants!r} matches the empty string")
    pattern = rf"(?<!\w)(?:{flex_spaces(entry.variants)})(?!\w)"
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise bad(f"bad regular expression {entry.variants!r}: {exc}") from None


def _parse_bool(raw: str) -> bool:
    value = raw.lower()
    if value not in {"true", "false"}:
        raise ValueError(f"expected true or false, got {raw!r}")
    return value == "true"


def _parse_rows(source: Any, rules=None, topics=None, labels_in_names=None) -> Lexicon:
    if rules is None:
        rules = bundled_rules()
    name, rows, problems = read_rows(source, _REQUIRED, _OPTIONAL)
    entries = []
    first_line: dict[str, int] = {}
    for line, row in rows:
        if any(not row[c] for c in _REQUIRED):
            continue  # reported
        ok = True
        try:
            loaded = _parse_bool(row["loaded"])
        except ValueError as exc:
            problems.add(line, "loaded", str(exc))
            loaded, ok = False, False
        context = row["context"].lower() or "none"
        if context not in rules:
            problems.add(
                line,
                "context",
                f"unknown context rule {row['context']!r}; expected one of "
                f"{sorted(rules)} (empty means 'none')",
            )
            ok = False
        if row["category"] not in CATEGORIES:
            problems.add(
                line,
                "category",
                f"unknown category {row['category']!r}; expected one of "
                f"{list(CATEGORIES)} (framing/data/README.md)",
            )
            ok = False
        if loaded and not row["alternative"]:
            problems.add(
                line,
                "alternative",
                f"loaded term {row['term']!r} needs a neutral alternative",
            )
            ok = False
        issue = row["issue"].lower() or None
        if issue is not None and not _ISSUE.fullmatch(issue):
            problems.add(
                line,
                "issue",
                f"bad issue {row['issue']!r}; use a lowercase name such as "
                "'abortion' or 'health_care' (empty for generic entries)",
            )
            ok = False
        leaning = row["leaning"].lower() or "none"
        if leaning not in LEANINGS:
            problems.add(
                line,
                "leaning",
                f"unknown leaning {row['leaning']!r}; expected one of "
                f"{list(LEANINGS)} (empty means 'none')",
            )
            ok = False
        key = _key(row["term"])
        if key in first_line:
            problems.add(
                line,
                "term",
                f"duplicate term {row['term']!r} (first on line {first_line[key]})",
            )
            ok = False
        else:
            first_line[key] = line
        entry = LexiconEntry(
            term=row["term"],
            variants=row["variants"],
            category=row["category"],
            label=row["label"].lower(),
            loaded=loaded,
            context=context,
            alternative=row["alternative"],
            source=row["source"],
            note=row["note"],
            line=line,
            issue=issue,
            leaning=leaning,
        )
        try:
            _compile_variants(entry, name)
        except LexiconError as exc:
            problems.lines.append(str(exc))
            ok = False
        if ok:
            entries.append(entry)
    problems.raise_any()
    return Lexicon(entries, name, rules, topics, labels_in_names)


def load_lexicon(
    path: str | os.PathLike[str] | None = None,
    *,
    rules: str | os.PathLike[str] | None = None,
    debates: str | os.PathLike[str] | None = None,
) -> Lexicon:
    """Load and validate a lexicon CSV file; the bundled one when ``path`` is None.

    Files are parsed once: a path is cached by its location, size and modification
    time, so calling this for every article costs a ``stat``.

    Parameters
    ----------
    path : str, path-like or pandas.DataFrame, default=None
        A CSV file (or a DataFrame) with the columns described in
        ``framing/data/README.md``.
    rules : str or path-like, default=None
        A ``context_rules.csv`` of your own whose rules the lexicon's ``context``
        column may name, besides the bundled ones (see :func:`load_context_rules`).
    debates : str or path-like, default=None
        A ``debates.csv`` of your own, besides the bundled debates: the topic words
        of ``topic_nearby`` rules with ``debate=`` and ``labels_in_names`` (see
        :func:`load_debates`).

    Without ``rules`` / ``debates``, the files of the folder named by the
    environment variable ``FRAMING_TABLES`` are used when it is set.

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        Naming every bad row, one line each: ``my.csv, line 14, column 'loaded':
        expected true or false, got 'yes'``. Missing columns, empty required
        fields, unknown categories and context rules, bad regular expressions and
        duplicate terms are all reported so.
    OSError
        If the file cannot be read.

    Examples
    --------
    >>> lexicon = load_lexicon()
    >>> [e.term for e in lexicon if e.label == "undocumented"]
    ['undocumented immigrant']
    >>> load_lexicon() is lexicon
    True
    """
    rules, debates = _user_tables(rules, debates)
    if path is None and rules is None and debates is None:
        return _bundled_lexicon()
    if isinstance(path, Lexicon):
        return path
    extra = (stat_key(rules), stat_key(debates))
    if path is None:
        return _cached_lexicon(None, *extra)
    if hasattr(path, "columns") and hasattr(path, "itertuples"):
        # A DataFrame with the file's columns, e.g. the bundled rows plus your own.
        return _parse_rows(path, *_rules_and_debates(*extra))
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"path must be a str or path-like (or None for the bundled lexicon); "
            f"got {type(path).__name__}: {path!r:.60}"
        )
    return _cached_lexicon(stat_key(path), *extra)


def _user_tables(rules, debates):
    """Fill in ``rules`` / ``debates`` from the ``FRAMING_TABLES`` folder."""
    folder = os.environ.get(TABLES_ENV)
    if folder:
        if rules is None and os.path.exists(os.path.join(folder, "context_rules.csv")):
            rules = os.path.join(folder, "context_rules.csv")
        if debates is None and os.path.exists(os.path.join(folder, "debates.csv")):
            debates = os.path.join(folder, "debates.csv")
    return rules, debates


def _rules_and_debates(rules_key, debates_key):
    rules = rules_from(rules_key)
    topics, names = debate_words(debates_key)
    return rules, topics, names


@functools.cache
def _bundled_lexicon() -> Lexicon:
    return _parse_rows(importlib.resources.files("framing") / "data" / "lexicon.csv")


@functools.lru_cache(maxsize=8)
def _cached_lexicon(path_key, rules_key, debates_key) -> Lexicon:
    source = (
        importlib.resources.files("framing") / "data" / "lexicon.csv"
        if path_key is None
        else path_key[0]
    )
    return _parse_rows(source, *_rules_and_debates(rules_key, debates_key))


#: The names of the bundled context rules (``framing/data/context_rules.csv``).
CONTEXT_RULES = frozenset(bundled_rules())
