"""Load and validate lexicon files: loaded labels, their variants and context rules.

A lexicon is a CSV file (schema in ``framing/data/README.md``); the bundled one is
``framing/data/lexicon.csv``. Loading validates every row and stops at the first bad
one with one :class:`~framing.errors.LexiconError` naming file, line and column.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from framing._validation import read_csv_rows, table_error
from framing.errors import LexiconError
from framing.matching import PhraseMatcher, flex_spaces

__all__ = ["CONTEXT_RULES", "LEANINGS", "Lexicon", "LexiconEntry", "load_lexicon"]

#: The context rules a lexicon row may name; each is implemented in ``framing.terms``.
#: ``none`` always matches; ``noun``: the match is used as a noun ("an illegal who");
#: ``person``: a label for people, not "alien species" or "space aliens";
#: ``immigration``: an immigration word nearby (same paragraph or 800 characters),
#: not "Amnesty International", "tax amnesty"; ``migration_subject``: a metaphor
#: whose subject is migrants or migration within its sentence ("a flood of
#: migrants", not "flood warnings").
#: ``political_side``: a political, not a spatial, side ("the far-left mayor", not
#: "at far left in the photo" or "a hard left turn"); ``attribution``: a verb that
#: attributes a statement ("claimed that", "insisted, \"...\"", "slammed the plan,
#: saying"), not "claimed a prize" or "slammed the door"; ``guns``: a gun word
#: nearby; ``not_ban``: not the name of a ban ("the assault weapons ban");
#: ``groomer``: not a dog, pet or ski groomer.
CONTEXT_RULES = frozenset(
    {
        "none",
        "noun",
        "person",
        "immigration",
        "migration_subject",
        "political_side",
        "attribution",
        "guns",
        "not_ban",
        "groomer",
    }
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

    __slots__ = ("_by_term", "_entries", "_matcher", "_name", "_phrases")

    def __init__(self, entries: Any, name: str = "<entries>") -> None:
        entries = tuple(entries)
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
        phrases = PhraseMatcher([e.variants for e in entries])
        set_ = object.__setattr__
        set_(self, "_entries", entries)
        set_(self, "_by_term", by_term)
        set_(self, "_phrases", phrases)
        # The one-pass alternation (the benchmarks' reference "regex pass").
        set_(self, "_matcher", phrases.regex)
        set_(self, "_name", name)

    def __setattr__(self, attr: str, value: Any) -> None:
        """Refuse: a Lexicon never changes once built."""
        raise AttributeError(f"Lexicon is immutable; cannot set {attr!r}")

    def __reduce__(self):
        """Pickle as its entries (worker processes rebuild the matcher)."""
        return (type(self), (self._entries, self._name))

    def __dask_tokenize__(self):
        """Give dask a deterministic token: the entries themselves."""
        return (type(self).__name__, self._name, self._entries)

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


def _parse_rows(source: Any) -> Lexicon:
    name, rows = read_csv_rows(source, _REQUIRED, _OPTIONAL)
    entries = []
    for line, row in rows:
        try:
            loaded = _parse_bool(row["loaded"])
        except ValueError as exc:
            raise table_error(name, line, "loaded", str(exc)) from None
        context = row["context"].lower() or "none"
        if context not in CONTEXT_RULES:
            raise table_error(
                name,
                line,
                "context",
                f"unknown context rule {row['context']!r}; expected one of "
                f"{sorted(CONTEXT_RULES)} (empty means 'none')",
            )
        if loaded and not row["alternative"]:
            raise table_error(
                name,
                line,
                "alternative",
                f"loaded term {row['term']!r} needs a neutral alternative",
            )
        issue = row["issue"].lower() or None
        if issue is not None and not _ISSUE.fullmatch(issue):
            raise table_error(
                name,
                line,
                "issue",
                f"bad issue {row['issue']!r}; use a lowercase name such as "
                "'abortion' or 'health_care' (empty for generic entries)",
            )
        leaning = row["leaning"].lower() or "none"
        if leaning not in LEANINGS:
            raise table_error(
                name,
                line,
                "leaning",
                f"unknown leaning {row['leaning']!r}; expected one of "
                f"{list(LEANINGS)} (empty means 'none')",
            )
        entries.append(
            LexiconEntry(
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
        )
    return Lexicon(entries, name=name)


def load_lexicon(path: str | os.PathLike[str] | None = None) -> Lexicon:
    """Load and validate a lexicon CSV file; the bundled one when ``path`` is None.

    Files are parsed once: a path is cached by its location, size and modification
    time, so calling this for every article costs a ``stat``.

    Parameters
    ----------
    path : str, path-like or pandas.DataFrame, default=None
        A CSV file (or a DataFrame) with the columns described in
        ``framing/data/README.md``.

    Returns
    -------
    Lexicon

    Raises
    ------
    LexiconError
        At the first bad row: ``my.csv, line 14, column 'loaded': expected true or
        false, got 'yes'``. Missing columns, empty required fields, unknown context
        rules, bad regular expressions and duplicate terms are all reported so.
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
    if path is None:
        return _bundled_lexicon()
    if isinstance(path, Lexicon):
        return path
    if hasattr(path, "columns") and hasattr(path, "itertuples"):
        # A DataFrame with the file's columns, e.g. the bundled rows plus your own.
        return _parse_rows(path)
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"path must be a str or path-like (or None for the bundled lexicon); "
            f"got {type(path).__name__}: {path!r:.60}"
        )
    stat = os.stat(path)
    return _cached_lexicon(os.fspath(path), stat.st_size, stat.st_mtime_ns)


@functools.cache
def _bundled_lexicon() -> Lexicon:
    return _parse_rows(importlib.resources.files("framing") / "data" / "lexicon.csv")


@functools.lru_cache(maxsize=8)
def _cached_lexicon(path: str, size: int, mtime_ns: int) -> Lexicon:
    return _parse_rows(path)
