"""The actors table: who is on which side of a debate, and how a name is matched.

``load_actors()`` reads the bundled ``framing/data/actors.csv`` (one debate or all,
each row with its source) or your own table; ``ActorTable.match`` finds the row that
names a speaker or an affiliation.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd

from framing._validation import check_choice, read_csv_rows, table_error
from framing.errors import InputError
from framing.matching import PhraseMatcher
from framing.parties import DEFAULT_ISSUE, check_issue

UNKNOWN = "unknown"
_KINDS = ("person", "organisation", "role")
_COLUMNS = ("pattern", "kind", "side", "source")
_SIDE_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
# An abbreviation written in capitals ("ICE", "USCM", "FAIR") matches only in
# capitals, so the words "ice" and "fair" never code a source.
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]*[A-Z0-9]\.?\Z")
# Spaces and hyphens are interchangeable in names ("immigrant-rights advocates").
_SEPARATOR = re.compile(r"[\s\-‐‑–—]+")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Capitalised words that may stand between a title and a surname without being a
# different given name ("Attorney General Sessions", "ICE Director Homan"); after
# the AP Stylebook entries on titles. Abbreviated titles ("Sen.", "Gov.") end in a
# period and are accepted without a list.
_TITLES = """
    acting administrator adviser advisor agent ambassador assistant attorney border
    chair chairman chairwoman chancellor chief commissioner congressman
    congresswoman council councilman councilmember councilwoman counselor deputy
    director former general governor homeland judge justice leader lieutenant
    majority mayor minister minority officer patrol president press professor
    representative secretary security senator senior sheriff speaker spokesman
    spokesperson spokeswoman strategist the vice
"""
_TITLE_WORDS = frozenset(_TITLES.split())
# Rank of a match inside one field: a full name beats a surname, which beats an
# organisation, which beats a role.
_RANK_FULL, _RANK_SURNAME, _RANK_ORGANISATION, _RANK_ROLE = range(4)
_MEMO_SIZE = 65536


def _empty() -> Mapping[str, int]:
    return MappingProxyType({})


# After a person's name, a possessive ("Trump's critics", "Sessions’ aides") or a
# noun of allegiance ("Trump critics", "Trump supporters") says the speaker is
# someone else.
_NOT_THE_PERSON = re.compile(
    r"['’](?:s\b|(?!\w))|\s+(?:critic|detractor|fan|foe|opponent|supporter|voter)s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Actor:
    """One row of an actors table: a name or organisation pattern and its side."""

    pattern: str  # as written in the table, e.g. "Jeff Sessions", "ICE"
    kind: str  # "person", "organisation" or "role"
    side: str  # e.g. "enforcement"; "unknown" marks a name that codes no side
    source: str  # why that side: a mission statement, an official's role
    note: str = ""
    issue: str = ""  # the debate, e.g. "guns"; "" for a table of one debate


@dataclass(frozen=True, slots=True)
class _Candidate:
    actor: Actor
    rank: int
    given: frozenset[str]  # lower-cased given names, for surname matches


class ActorTable:
    """A validated actors table with one compiled matcher (build it once, reuse it).

    Use `load_actors` to read one; pass it as ``actors=`` to `sources` so a corpus
    run compiles its regex once. Matching is case-insensitive on word boundaries,
    except abbreviations written in capitals ("ICE"), which match only in capitals.
    A person row also matches its surname alone ("Sessions", "Attorney General
    Sessions") unless a different given name stands before it ("Mike Lee" is not
    "Ed Lee") or persons with that surname have different sides.

    Parameters
    ----------
    actors : iterable of Actor
        The rows; patterns must be distinct (case-insensitively).
    label : str, default="<actors>"
        Shown in ``repr``.

    Examples
    --------
    >>> table = load_actors()
    >>> table.side_of("Attorney General Sessions"), table.side_of("ice")
    ('enforcement', 'unknown')
    >>> table.side_of("a spokesman", affiliation="USCM")
    'immigrant_rights'
    """

    __slots__ = ("_actors", "_keys", "_label", "_memo", "_phrases", "_sides")

    def __init__(self, actors: Iterable[Actor], label: str = "<actors>") -> None:
        self._actors = tuple(actors)
        self._label = label
        sides: dict[str, None] = {}
        for actor in self._actors:
            if actor.side != UNKNOWN:
                sides[actor.side] = None
        self._sides = tuple(sides)
        self._keys, self._phrases = _compile(self._actors)
        self._memo: dict[tuple[str, str], Actor | None] = {}

    @property
    def actors(self) -> tuple[Actor, ...]:
        """The rows, in table order."""
        return self._actors

    @property
    def sides(self) -> tuple[str, ...]:
        """The sides the table codes, in order of first appearance ("unknown" not)."""
        return self._sides

    def __len__(self) -> int:
        """Return the number of rows."""
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        """Iterate over the rows in table order."""
        return iter(self._actors)

    def __reduce__(self):
        """Pickle as its rows (worker processes rebuild the matcher)."""
        return (type(self), (self._actors, self._label))

    def __dask_tokenize__(self):
        """Give dask a deterministic token: the rows themselves."""
        return (type(self).__name__, self._label, self._actors)

    def __repr__(self) -> str:
        """Name the table, its size and its sides."""
        return (
            f"ActorTable({self._label!r}, {len(self._actors)} actors, "
            f"sides={list(self._sides)})"
        )

    def to_frame(self) -> pd.DataFrame:
        """Return the rows as a DataFrame with the file's columns."""
        return pd.DataFrame(
            [(a.pattern, a.kind, a.side, a.source, a.note) for a in self._actors],
            columns=["pattern", "kind", "side", "source", "note"],
        )

    def match(
        self, speaker: str | None, affiliation: str | None = None
    ) -> Actor | None:
        """Return the `Actor` that codes this source, or None.

        The speaker is searched first, the affiliation only when the speaker
        matches nothing. Within one field a person's full name beats a surname,
        which beats an organisation, which beats a role; then the longest match,
        then the first. A person counts only as the speaker: one named in the
        affiliation ("a critic of Trump", "Trump's son-in-law"), before a
        possessive ("Trump's aides") or before a noun of allegiance ("Trump
        supporters") is someone else.

        Parameters
        ----------
        speaker : str or None
            A resolved name ("Jessica Vaughan") or a description ("a Justice
            Department spokesman").
        affiliation : str or None
            E.g. "Center for Immigration Studies".

        Returns
        -------
        Actor or None
        """
        key = (speaker or "", affiliation or "")
        try:
            return self._memo[key]
        except KeyError:
            pass
        found = self._search(key[0], persons=True) or self._search(
            key[1], persons=False
        )
        if len(self._memo) >= _MEMO_SIZE:
            self._memo.clear()
        self._memo[key] = found
        return found

    def side_of(self, speaker: str | None, affiliation: str | None = None) -> str:
        """Return the side of this source, "unknown" when no row matches."""
        actor = self.match(speaker, affiliation)
        return UNKNOWN if actor is None else actor.side

    def _search(self, field: str, persons: bool) -> Actor | None:
        if not field or self._phrases is None:
            return None
        best: tuple[int, int, int] | None = None
        found: Actor | None = None
        for _, start, end in self._phrases.finditer(field):
            matched = field[start:end]
            candidates = self._keys.get(("exact", matched), []) + self._keys.get(
                ("folded", _key(matched)), []
            )
            if not persons or _NOT_THE_PERSON.match(field, end):
                candidates = [c for c in candidates if c.rank > _RANK_SURNAME]
            surnames = [c for c in candidates if c.rank == _RANK_SURNAME]
            others = [c for c in candidates if c.rank != _RANK_SURNAME]
            if surnames:
                surnames = _plausible_surnames(field, start, matched, surnames)
            for candidate in others + surnames:
                score = (candidate.rank, -len(matched), start)
                if best is None or score < best:
                    best, found = score, candidate.actor
        return found


def _plausible_surnames(
    field: str, start: int, matched: str, candidates: list[_Candidate]
) -> list[_Candidate]:
    """Keep surname matches that name this person, drop ambiguous ones."""
    # A surname is a name only when capitalised ("Cotton", not "a cotton farmer").
    if not matched[:1].isupper() and all(
        matched != c.actor.pattern[-len(matched) :] for c in candidates
    ):
        return []
    before = field[:start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    kept = []
    for candidate in candidates:
        if _given_name_elsewhere(word, candidate.given):
            continue
        kept.append(candidate)
    # Persons of different sides share this surname: the surname decides nothing.
    if len({c.actor.side for c in kept}) > 1:
        return []
    return kept


def _given_name_elsewhere(word: str, given: frozenset[str]) -> bool:
    """Say whether ``word``, just before a surname, is someone else's given name."""
    if not word or not word[0].isupper() or not word[-1].isalpha():
        return False  # nothing, lower case, "Sen.", "Vaughan," or "(ICE)"
    if _ACRONYM.match(word):
        return False  # "ICE Director", "DHS"
    lowered = word.lower()
    return lowered not in _TITLE_WORDS and lowered not in given


def _key(text: str) -> str:
    return _SEPARATOR.sub(" ", text.replace("’", "'")).strip().lower()


def _pattern_regex(pattern: str) -> str:
    if _ACRONYM.match(pattern):
        return "(?-i:" + re.escape(pattern) + ")"
    # Straight and curly apostrophes are the same letter ("America’s Voice").
    parts = [re.escape(p).replace("'", "['’]") for p in _key(pattern).split(" ")]
    return _SEPARATOR.pattern.join(parts)


def _plurals(pattern: str) -> list[str]:
    if pattern.endswith("man"):
        return [pattern[:-3] + "men"]  # spokesman -> spokesmen
    if pattern.endswith(("s", "x", "ch", "sh")):
        return [pattern + "es"]
    return [pattern + "s"]


def _split_name(pattern: str) -> tuple[list[str], str]:
    """Return (given names, surname) of a person pattern; surname may be "de Blasio"."""
    tokens = pattern.split()
    while len(tokens) > 1 and tokens[-1].lower().rstrip(",") in _SUFFIXES:
        tokens.pop()
    if len(tokens) < 2:
        return [], ""
    cut = len(tokens) - 1
    # A lower-case particle starts the surname ("Bill de Blasio", "Kevin de León").
    for i in range(1, len(tokens) - 1):
        if tokens[i][:1].islower():
            cut = i
            break
    return tokens[:cut], " ".join(tokens[cut:])


def _compile(actors: tuple[Actor, ...]):
    keys: dict[tuple[str, str], list[_Candidate]] = {}
    alternatives: dict[str, int] = {}  # regex -> length of the literal, for order

    def add(text: str, candidate: _Candidate) -> None:
        if _ACRONYM.match(text):
            keys.setdefault(("exact", text), []).append(candidate)
        else:
            keys.setdefault(("folded", _key(text)), []).append(candidate)
        alternatives[_pattern_regex(text)] = len(text)

    for actor in actors:
        if actor.kind == "person":
            given, surname = _split_name(actor.pattern)
            lowered = frozenset(g.lower() for g in given)
            add(actor.pattern, _Candidate(actor, _RANK_FULL, lowered))
            if surname:
                add(surname, _Candidate(actor, _RANK_SURNAME, lowered))
        elif actor.kind == "organisation":
            add(actor.pattern, _Candidate(actor, _RANK_ORGANISATION, frozenset()))
        else:
            candidate = _Candidate(actor, _RANK_ROLE, frozenset())
            add(actor.pattern, candidate)
            if not _ACRONYM.match(actor.pattern):
                for plural in _plurals(actor.pattern):
                    add(plural, candidate)
    if not alternatives:
        return keys, None
    # Longest first: at one position the longest name wins ("Homeland Security
    # Committee" over "Homeland Security").
    ordered = sorted(alternatives, key=lambda a: (-alternatives[a], a))
    return keys, PhraseMatcher(ordered)


# ---------------------------------------------------------------------------
# Loading and validation


def load_actors(actors: Any = None, issue: str | None = None) -> ActorTable:
    """Load and validate an actors table (the bundled one when None).

    Parameters
    ----------
    actors : None, path-like, pandas.DataFrame or ActorTable, default=None
        None gives the bundled ``framing/data/actors.csv`` (US immigration debate,
        Trump era). A CSV path or a DataFrame needs the columns ``pattern``,
        ``kind``, ``side``, ``source`` (``note`` and ``issue`` optional). Files
        are parsed once per version on disk; an ActorTable is returned as it is.
    issue : str, default=None
        Keep only the rows of this debate (and rows with an empty ``issue``),
        e.g. "guns"; see ``framing/data/debates.csv``. None gives the bundled
        table's default debate, "immigration", and all rows of your own table.

    Returns
    -------
    ActorTable

    Raises
    ------
    LexiconError
        At the first bad row, naming file, line and column.
    InputError
        When ``actors`` is none of the accepted types.

    Examples
    --------
    >>> import pandas as pd
    >>> mine = pd.DataFrame(
    ...     {
    ...         "pattern": ["Sierra Club", "Chamber of Commerce"],
    ...         "kind": ["organisation", "organisation"],
    ...         "side": ["environment", "industry"],
    ...         "source": ["mission statement", "mission statement"],
    ...     }
    ... )
    >>> table = load_actors(mine)
    >>> table.sides, table.side_of("a Sierra Club lawyer")
    (('environment', 'industry'), 'environment')
    """
    if issue is not None and (
        not isinstance(issue, str) or not _SIDE_NAME.match(issue)
    ):
        raise InputError(
            f"issue must be a lower-case debate name such as 'guns'; got {issue!r}"
        )
    if actors is None:
        return _bundled_actors(check_issue(issue) or DEFAULT_ISSUE)
    if isinstance(actors, ActorTable):
        return _own_issue(actors, issue)
    if hasattr(actors, "columns") and hasattr(actors, "itertuples"):
        return _own_issue(_parse(actors), issue)
    if isinstance(actors, (str, os.PathLike)):
        path = Path(actors)
        stat = path.stat()
        table = _actors_from_path(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        return _own_issue(table, issue)
    raise InputError(
        "actors must be None (the bundled table), a CSV path, a pandas DataFrame "
        f"or an ActorTable; got {type(actors).__name__}"
    )


@functools.cache
def _bundled_actors(issue: str | None) -> ActorTable:
    return _for_issue(_parse(files("framing") / "data" / "actors.csv"), issue)


def all_actors() -> ActorTable:
    """Return the bundled actors of every debate: their sides are every debate's.

    ``analyze()`` names its per-side columns after this table's sides when each
    article's debate is detected, so one table has the columns of every debate.

    Examples
    --------
    >>> all_actors().sides[:4]
    ('enforcement', 'immigrant_rights', 'gun_rights', 'gun_control')
    """
    return _bundled_actors(None)


def _own_issue(table: ActorTable, issue: str | None) -> ActorTable:
    """Return the rows of ``issue`` in a user's table; a debate it lacks is an error."""
    if issue is not None and issue not in {a.issue for a in table.actors}:
        check_issue(issue)  # a bundled debate (or "none") with no rows here is fine
    return _for_issue(table, issue)


@functools.lru_cache(maxsize=64)
def _for_issue(table: ActorTable, issue: str | None) -> ActorTable:
    """Return the rows of one debate and the rows of every debate ("" issue)."""
    if issue is None:
        return table
    rows = [a for a in table.actors if a.issue in ("", issue)]
    return table if len(rows) == len(table) else ActorTable(rows, f"{issue} actors")


@functools.lru_cache(maxsize=8)
def _actors_from_path(path: str, mtime_ns: int, size: int) -> ActorTable:
    return _parse(Path(path))


def _parse(source: Any) -> ActorTable:
    label, rows = read_csv_rows(source, required=_COLUMNS, optional=("note", "issue"))
    seen: dict[tuple[str, str, str], int] = {}
    actors = []
    for line, row in rows:
        pattern, kind, side = row["pattern"], row["kind"], row["side"]
        if not any(c.isalnum() for c in pattern):
            raise table_error(
                label, line, "pattern", f"needs a letter or digit, got {pattern!r}"
            )
        key = (
            (row["issue"], "exact", pattern)
            if _ACRONYM.match(pattern)
            else (row["issue"], "folded", _key(pattern))
        )
        if key in seen:
            raise table_error(
                label, line, "pattern", f"{pattern!r} repeats line {seen[key]}"
            )
        seen[key] = line
        check_choice(label, line, "kind", kind, _KINDS)
        if not _SIDE_NAME.match(side):
            raise table_error(
                label,
                line,
                "side",
                "expected a lower-case name of letters, digits and _ "
                f"(it becomes a column name, e.g. 'enforcement'), got {side!r}",
            )
        if row["issue"] and not _SIDE_NAME.match(row["issue"]):
            raise table_error(
                label,
                line,
                "issue",
                f"expected a lower-case name, got {row['issue']!r}",
            )
        actors.append(
            Actor(pattern, kind, side, row["source"], row["note"], row["issue"])
        )
    return ActorTable(actors, label)
