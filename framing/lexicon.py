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

try:  # the regex parser, used only to speed up matching (see _prefixes)
    from re import _parser as _sre_parser  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parser

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

# A space in a variant stands for any run of white space (line breaks included) or a
# hyphen, so "illegal immigrant" also finds "illegal-immigrant" and a hard-wrapped
# "illegal\nimmigrant".
_FLEX_SPACE = r"[\s\-‐‑]+"


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

    __slots__ = ("_by_term", "_entries", "_matcher", "_name", "_patterns")

    def __init__(self, entries: Any, name: str = "<entries>") -> None:
        entries = tuple(entries)
        by_term: dict[str, LexiconEntry] = {}
        patterns = []
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
            patterns.append(_compile_variants(entry, name))
        matcher = _combine([_flex_spaces(e.variants) for e in entries])
        set_ = object.__setattr__
        set_(self, "_entries", entries)
        set_(self, "_by_term", by_term)
        set_(self, "_patterns", tuple(patterns))
        set_(self, "_matcher", matcher)
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


def _combine(variants: list[str]) -> re.Pattern[str]:
    """Join the entries' variants into one alternation, group ``i + 1`` = entry ``i``.

    The word-boundary checks are shared by all alternatives, and a lookahead on the
    letters a match can start with lets the regex engine skip most positions
    without trying every alternative (about 5x faster on news text than one
    bounded group per entry).
    """
    if not variants:
        return re.compile(r"(?!)")  # an empty lexicon never matches
    body = "|".join(f"({v})" for v in variants)
    starts: set[str] = set()
    for v in variants:
        found = _prefixes(v)
        if found is None:
            starts = set()
            break
        starts |= found
    if starts:
        body = f"(?={_starts_lookahead(starts)})(?:{body})"
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


#: The non-ASCII characters a case-insensitive pattern matches to an ASCII letter, or
#: that ``str.lower()`` turns into one: "İ" and "ı" (i), "ſ" (s) and the Kelvin
#: sign (k). A lookahead from :func:`_ascii_lookahead` may miss a match in a text
#: holding one of them.
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def _ascii_lookahead(patterns: list[str], length: int) -> str | None:
    """Return a case-sensitive lookahead on the starts of these patterns, or None.

    A trie (:func:`_starts_lookahead`) of the first ``length`` characters of every
    match, cut before a non-ASCII character, which may match an ASCII one
    case-insensitively ("ſ" matches "s"). In a text without ``_ASCII_FOLDS`` every
    position where one of the patterns matches (case-insensitively) passes it.
    None when some pattern may start anywhere.
    """
    starts: set[str] = set()
    for pattern in patterns:
        for prefix in _prefixes(pattern, length) or [""]:
            cut = next((i for i, c in enumerate(prefix) if not c.isascii()), None)
            if not prefix[:cut]:
                return None
            starts.add(prefix[:cut])
    return _starts_lookahead(starts) if starts else None


def _starts_lookahead(starts: set[str]) -> str:
    """Return a case-sensitive trie alternation matching any case of these prefixes.

    Case-sensitive on purpose: the regex engine skips an alternative whose first
    character differs without entering it, which it cannot do under IGNORECASE. A
    space in a prefix stands for any white space or hyphen, as in the variants.
    """
    trie: dict = {}
    for s in starts:
        node = trie
        for char in s:
            node = node.setdefault(char, {})
        node[""] = {}
    branches = []
    for char, child in sorted(trie.items()):
        # Literal first characters, one branch per case, so the engine can skip.
        rest = _trie_pattern(child)
        for case in sorted({char.lower(), char.upper()}):
            branches.append(re.escape(case) + rest)
    return "(?-i:" + "|".join(branches) + ")"


def _trie_pattern(node: dict) -> str:
    if "" in node:
        return ""  # a complete prefix: anything may follow
    branches = []
    for char, child in sorted(node.items()):
        if char == " ":
            head = _FLEX_SPACE
        elif char.lower() != char.upper():
            head = "[" + re.escape(char.lower()) + re.escape(char.upper()) + "]"
        else:
            head = re.escape(char)
        branches.append(head + _trie_pattern(child))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_PREFIX_LENGTH = 4
# Beyond this many strings a prefix set stops growing where it is (each string is
# still a prefix of every match): "(?:a|b)(?:c|d)(?:e|f)..." would multiply.
_MAX_PREFIXES = 1000
# The characters a flexible space stands for, besides white space.
_FLEX_CHARS = frozenset("-‐‑")


def _prefixes(pattern: str, length: int = _PREFIX_LENGTH) -> set[str] | None:
    """Return the lowercase strings every match of ``pattern`` starts with, or None.

    Each string has at most ``length`` characters, a space standing for any white
    space or hyphen; None means a match may start with any character (then no
    lookahead is built). Only an optimisation: anything this does not understand
    gives None.
    """
    try:
        parsed = _sre_parser.parse(pattern, re.IGNORECASE)
        found = _seq_prefixes(list(parsed), {("", True)}, length)
    except Exception:
        return None
    if found is None or any(not s for s, _ in found):
        return None
    return {s for s, _ in found}


def _seq_prefixes(items: list, heads: set[tuple[str, bool]], length: int) -> set | None:
    # ``heads`` holds (prefix, open): open means the match so far is exactly the
    # prefix, so the next item extends it.
    for op, av in items:
        if all(not open_ or len(s) >= length for s, open_ in heads):
            break
        name = str(op)
        if name in {"AT", "ASSERT", "ASSERT_NOT"}:
            continue  # zero-width
        if name == "LITERAL":
            step = {(chr(av).lower(), True)}
        elif name == "IN" and all(str(o) == "LITERAL" for o, _ in av) and av:
            step = {(chr(c).lower(), True) for _, c in av}
        elif name == "IN" and _space_class(av):
            step = {(" ", True)}  # the flexible space: the lookahead matches it so
        elif name == "SUBPATTERN":
            step = _seq_prefixes(list(av[-1]), {("", True)}, length)
        elif name == "BRANCH":
            subs = [_seq_prefixes(list(b), {("", True)}, length) for b in av[1]]
            step = None if None in subs else set().union(*subs)
        elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
            low, high, body = av
            step = _seq_prefixes(list(body), {("", True)}, length)
            if step is not None:
                if high != 1:
                    step = {(s, False) for s, _ in step}
                step |= {("", True)} if low == 0 else set()
        else:
            step = None  # unknown: the heads so far end here
        heads = _extend(heads, step, length)
        if heads is None:
            return None
    return heads


def _space_class(items: list) -> bool:
    r"""Say whether a character class is white space, maybe with hyphens: ``[\s-]``.

    Only then does a flexible space (which the lookahead writes as
    ``_FLEX_SPACE``) match everything the class matches.
    """
    spaces = False
    for op, value in items:
        if (str(op), str(value)) == ("CATEGORY", "CATEGORY_SPACE"):
            spaces = True
        elif not (
            str(op) == "LITERAL" and (chr(value).isspace() or chr(value) in _FLEX_CHARS)
        ):
            return False
    return spaces


def _extend(heads: set, step: set | None, length: int) -> set | None:
    if (
        step is not None
        and len(heads) * len(step) > _MAX_PREFIXES
        and all(s for s, _ in heads)
    ):
        step = None  # too many: every head ends here
    out = set()
    for s, open_ in heads:
        if not open_ or len(s) >= length:
            out.add((s, False))
        elif step is None:
            if not s:
                return None
            out.add((s, False))
        else:
            for t, t_open in step:
                joined = s + t
                out.add((joined[:length], t_open and len(joined) < length))
    return out


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
    pattern = rf"(?<!\w)(?:{_flex_spaces(entry.variants)})(?!\w)"
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise bad(f"bad regular expression {entry.variants!r}: {exc}") from None


def _flex_spaces(pattern: str) -> str:
    """Replace each literal space outside a character class with ``_FLEX_SPACE``."""
    out = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == " ":
            out.append(_FLEX_SPACE)
            continue
        out.append(char)
    return "".join(out)


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
