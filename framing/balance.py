"""Sources by side and an article's quote balance.

``sources(text)`` groups an article's quotes by speaker, codes each source's side from
an actors table (the bundled ``framing/data/actors.csv`` for the Trump-era US
immigration debate, or your own) and measures whose voice the article carries.
"""

from __future__ import annotations

import functools
import html
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from framing import voices
from framing._validation import as_text, read_csv_rows, table_error
from framing.document import Document, as_document
from framing.errors import InputError
from framing.parties import DEFAULT_ISSUE, infer_issue, party_sides
from framing.quotes import extract_quotes
from framing.text import SpanIndex, count_words, quotation_spans

__all__ = [
    "Actor",
    "ActorTable",
    "Source",
    "SourceBalance",
    "load_actors",
    "sources",
    "sources_from_quotes",
    "voice_columns",
    "voice_features",
]

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

    __slots__ = ("_actors", "_keys", "_label", "_memo", "_regex", "_sides")

    def __init__(self, actors: Iterable[Actor], label: str = "<actors>") -> None:
        self._actors = tuple(actors)
        self._label = label
        sides: dict[str, None] = {}
        for actor in self._actors:
            if actor.side != UNKNOWN:
                sides[actor.side] = None
        self._sides = tuple(sides)
        self._keys, self._regex = _compile(self._actors)
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
        if not field or self._regex is None:
            return None
        best: tuple[int, int, int] | None = None
        found: Actor | None = None
        for m in self._regex.finditer(field):
            matched = m.group()
            candidates = self._keys.get(("exact", matched), []) + self._keys.get(
                ("folded", _key(matched)), []
            )
            if not persons or _NOT_THE_PERSON.match(field, m.end()):
                candidates = [c for c in candidates if c.rank > _RANK_SURNAME]
            surnames = [c for c in candidates if c.rank == _RANK_SURNAME]
            others = [c for c in candidates if c.rank != _RANK_SURNAME]
            if surnames:
                surnames = _plausible_surnames(field, m.start(), matched, surnames)
            for candidate in others + surnames:
                score = (candidate.rank, -len(matched), m.start())
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
    regex = re.compile(r"(?<!\w)(?:" + "|".join(ordered) + r")(?!\w)", re.IGNORECASE)
    return keys, regex


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
        return _bundled_actors(issue or DEFAULT_ISSUE)
    if isinstance(actors, ActorTable):
        return _for_issue(actors, issue)
    if hasattr(actors, "columns") and hasattr(actors, "itertuples"):
        return _for_issue(_parse(actors), issue)
    if isinstance(actors, (str, os.PathLike)):
        path = Path(actors)
        stat = path.stat()
        table = _actors_from_path(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        return _for_issue(table, issue)
    raise InputError(
        "actors must be None (the bundled table), a CSV path, a pandas DataFrame "
        f"or an ActorTable; got {type(actors).__name__}"
    )


@functools.cache
def _bundled_actors(issue: str) -> ActorTable:
    return _for_issue(_parse(files("framing") / "data" / "actors.csv"), issue)


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
        if kind not in _KINDS:
            raise table_error(
                label, line, "kind", f"expected one of {list(_KINDS)}, got {kind!r}"
            )
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


# ---------------------------------------------------------------------------
# Sources and balance


@dataclass(frozen=True, slots=True)
class Source:
    """One distinct source of an article: all quotes of one speaker together."""

    name: str  # resolved speaker, or the description of an unnamed source
    affiliation: str | None
    side: str  # a side of the actors table, or "unknown"
    direct: int  # number of direct quotes
    indirect: int  # number of indirect (paraphrased) attributions
    quoted_words: int  # words inside this source's direct quotes
    unnamed: bool
    actor: str | None  # the actors-table pattern that decided ``side``
    party: str | None = None  # party tag given with the name ("D-Mo."), if any
    type: str = UNKNOWN  # politician, government, ..., citizen (framing.voices)
    gender: str = UNKNOWN  # female, male, unknown; "none" for a group
    nonneutral: int = 0  # attributions whose cue is not neutral ("claimed")


@dataclass(frozen=True, slots=True, eq=False)
class SourceBalance:
    """An article's sources and how evenly it gives the sides a voice.

    Build it with `sources` or `sources_from_quotes`. ``table`` is a DataFrame of
    ``sources`` (one row per distinct source); `to_dict` gives the flat
    article-level metrics ``analyze()`` turns into columns.
    """

    sources: tuple[Source, ...]  # in order of first quote
    sides: tuple[str, ...]  # the actors table's sides ("unknown" not included)
    sources_per_side: Mapping[str, int]  # each side, then "unknown"
    quoted_words_per_side: Mapping[str, int]  # direct quoted words
    direct_share: Mapping[str, float]  # direct words of a side / all direct words
    balance_index: float  # 1 equal voice, 0 one side only, NaN no direct voice
    paraphrase_only_sides: tuple[str, ...]  # sides heard only through paraphrase
    unnamed_share: float  # unnamed sources / all sources, NaN without sources
    unattributed_quotes: int  # quotes with neither speaker nor affiliation
    # Who is heard: distinct sources and direct quoted words per type (all
    # SOURCE_TYPES) and per gender (female, male, unknown, none).
    sources_per_type: Mapping[str, int] = field(default_factory=_empty)
    quoted_words_per_type: Mapping[str, int] = field(default_factory=_empty)
    sources_per_gender: Mapping[str, int] = field(default_factory=_empty)
    quoted_words_per_gender: Mapping[str, int] = field(default_factory=_empty)
    # Attributions with a non-neutral cue ("claimed", not "said") per side, per type.
    nonneutral_per_side: Mapping[str, int] = field(default_factory=_empty)
    nonneutral_per_type: Mapping[str, int] = field(default_factory=_empty)

    @property
    def people(self) -> int:
        """Distinct sources that are one person (gender not "none")."""
        return sum(v for k, v in self.sources_per_gender.items() if k != "none")

    @property
    def women_share(self) -> float:
        """Women among the people quoted (NaN without people); see unknown_share."""
        people = self.people
        return self.sources_per_gender.get("female", 0) / people if people else math.nan

    @property
    def gender_unknown_share(self) -> float:
        """People quoted whose gender the text does not tell, over all people."""
        people = self.people
        return self.sources_per_gender.get(UNKNOWN, 0) / people if people else math.nan

    @property
    def n_sources(self) -> int:
        """The number of distinct sources."""
        return len(self.sources)

    @property
    def table(self) -> pd.DataFrame:
        """One row per distinct source, in order of first quote.

        Columns: name, affiliation, side, type (one of
        `framing.voices.SOURCE_TYPES`), gender (female, male, unknown; none for
        an organisation or group), direct, indirect, quoted_words, unnamed,
        actor (the actors-table pattern that decided the side, or "party:D" /
        "party:R" when the debate's party default did), party (the tag given
        with a legislator's name, "D-Mo.", else "D", "R" or "I" when the party
        decided the side).
        """
        rows = self.sources
        columns = {
            "name": pd.Series([s.name for s in rows], dtype=object),
            "affiliation": pd.Series([s.affiliation for s in rows], dtype=object),
            "side": pd.Series([s.side for s in rows], dtype=object),
            "type": pd.Series([s.type for s in rows], dtype=object),
            "gender": pd.Series([s.gender for s in rows], dtype=object),
            "direct": np.array([s.direct for s in rows], dtype=np.int64),
            "indirect": np.array([s.indirect for s in rows], dtype=np.int64),
            "quoted_words": np.array([s.quoted_words for s in rows], dtype=np.int64),
            "unnamed": np.array([s.unnamed for s in rows], dtype=bool),
            "actor": pd.Series([s.actor for s in rows], dtype=object),
            "party": pd.Series([s.party for s in rows], dtype=object),
        }
        return pd.DataFrame(columns)

    def to_dict(self) -> dict[str, Any]:
        """Return the article-level metrics as one flat mapping.

        Keys: ``n_sources``; ``sources_<side>``, ``quoted_words_<side>`` and
        ``direct_share_<side>`` for each side of the actors table and for
        ``unknown``; ``balance_index``; ``paraphrase_only_sides`` (sides joined
        by "|", "" for none); ``unnamed_share``; ``unattributed_quotes``.
        """
        out: dict[str, Any] = {"n_sources": self.n_sources}
        for name, values in (
            ("sources", self.sources_per_side),
            ("quoted_words", self.quoted_words_per_side),
            ("direct_share", self.direct_share),
        ):
            for side, value in values.items():
                out[f"{name}_{side}"] = value
        out["balance_index"] = self.balance_index
        out["paraphrase_only_sides"] = "|".join(self.paraphrase_only_sides)
        out["unnamed_share"] = self.unnamed_share
        out["unattributed_quotes"] = self.unattributed_quotes
        return out

    def voice_dict(self) -> dict[str, Any]:
        """Return who is heard as one flat mapping (the ``analyze()`` columns).

        Keys: ``people_quoted`` (sources that are one person), ``women_quoted``,
        ``men_quoted``, ``gender_unknown_quoted``, ``women_share`` and
        ``gender_unknown_share`` (over people; NaN without people: read them
        together), ``quoted_words_female``, ``quoted_words_male``,
        ``quoted_words_gender_unknown``; ``official_sources`` (politician,
        government and law_enforcement) and ``official_share`` (over all
        sources); for each type ``sources_type_<type>`` and
        ``quoted_words_type_<type>``; ``nonneutral_cues`` and, per type and
        per side, ``nonneutral_type_<type>`` and ``nonneutral_side_<side>``.
        """
        gender = self.sources_per_gender
        words = self.quoted_words_per_gender
        out: dict[str, Any] = {
            "people_quoted": self.people,
            "women_quoted": gender.get("female", 0),
            "men_quoted": gender.get("male", 0),
            "gender_unknown_quoted": gender.get(UNKNOWN, 0),
            "women_share": self.women_share,
            "gender_unknown_share": self.gender_unknown_share,
            "quoted_words_female": words.get("female", 0),
            "quoted_words_male": words.get("male", 0),
            "quoted_words_gender_unknown": words.get(UNKNOWN, 0),
        }
        official = sum(self.sources_per_type.get(t, 0) for t in OFFICIAL_TYPES)
        out["official_sources"] = official
        out["official_share"] = (
            official / self.n_sources if self.n_sources else math.nan
        )
        for t in voices.SOURCE_TYPES:
            out[f"sources_type_{t}"] = self.sources_per_type.get(t, 0)
        for t in voices.SOURCE_TYPES:
            out[f"quoted_words_type_{t}"] = self.quoted_words_per_type.get(t, 0)
        out["nonneutral_cues"] = sum(self.nonneutral_per_type.values())
        for t in voices.SOURCE_TYPES:
            out[f"nonneutral_type_{t}"] = self.nonneutral_per_type.get(t, 0)
        for side in (*self.sides, UNKNOWN):
            out[f"nonneutral_side_{side}"] = self.nonneutral_per_side.get(side, 0)
        return out

    def __repr__(self) -> str:
        """Give the metrics on one line, then the sources table."""
        head = (
            f"SourceBalance(n_sources={self.n_sources}, "
            f"balance_index={self.balance_index:.3g}, "
            f"sources_per_side={dict(self.sources_per_side)}, "
            f"quoted_words_per_side={dict(self.quoted_words_per_side)}, "
            f"paraphrase_only_sides={self.paraphrase_only_sides}, "
            f"unnamed_share={self.unnamed_share:.3g})"
        )
        if not self.sources:
            return head
        return head + "\n" + self.table.to_string(index=False)

    def _repr_html_(self) -> str:
        # Every cell goes through html.escape(quote=True): speakers are article text.
        def cells(frame: pd.DataFrame) -> pd.DataFrame:
            return frame.map(
                lambda v: "" if v is None else html.escape(str(v), quote=True)
            )

        metrics = pd.DataFrame(
            {"metric": list(self.to_dict()), "value": list(self.to_dict().values())}
        )
        return (
            "<div><strong>SourceBalance</strong>"
            + cells(self.table).to_html(index=False, escape=False)
            + cells(metrics).to_html(index=False, escape=False)
            + "</div>"
        )


def sources(
    text: Any, actors: Any = None, issue: str | None = None, genders: Any = None
) -> SourceBalance:
    """Group an article's quotes by source, code each source's side, measure balance.

    Runs `framing.extract_quotes` once and hands its quotes to
    `sources_from_quotes`; see there for every metric.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives a result without sources.
    actors : None, path-like, pandas.DataFrame or ActorTable, default=None
        The actors table (see `load_actors`); the bundled one when None.
    issue : str, default=None
        The debate ("immigration", "guns", "abortion", ...: the ``issue`` column
        of the actors table, described in ``framing/data/debates.csv``). None
        with the bundled table infers it from the article's topic words
        (`framing.parties.infer_issue`; "immigration" without evidence); None
        with your own table uses all its rows.
    genders : mapping or pandas.DataFrame, optional
        Your own knowledge: full or first name -> "female", "male" or "unknown"
        (a DataFrame with the columns ``name`` and ``gender``); applied before
        any evidence in the text (see `framing.voices.source_gender`).

    Returns
    -------
    SourceBalance

    Examples
    --------
    >>> text = (
    ...     'Jordan Ellis, a mother of three, said, "We are scared." '
    ...     '"We will sue," said a spokeswoman for the ACLU.'
    ... )
    >>> table = sources(text).table
    >>> table["name"].tolist()
    ['Jordan Ellis', 'a spokeswoman for the ACLU']
    >>> table["type"].tolist(), table["gender"].tolist()
    (['citizen', 'advocacy'], ['female', 'female'])
    >>> text = 'Sen. Ann Roe (R-Ohio) said the gun bill was dead. “Guns save lives.”'
    >>> table = sources(text, issue="guns").table
    >>> table[["name", "side", "party", "actor"]].values.tolist()
    [['Ann Roe', 'gun_rights', 'R-Ohio', 'party:R']]
    >>> result = sources("")
    >>> result.n_sources, result.to_dict()["sources_enforcement"]
    (0, 0)
    """
    doc = as_document(text)
    if issue is None and actors is None:
        issue = infer_issue(doc.text)
    return sources_from_quotes(
        extract_quotes(doc), actors, issue=issue, text=doc, genders=genders
    )


def sources_from_quotes(
    quotes: Any,
    actors: Any = None,
    issue: str | None = None,
    *,
    text: Any = None,
    genders: Any = None,
) -> SourceBalance:
    """Group quotes into distinct sources, code their sides and measure balance.

    Quotes whose resolved speakers are equal (ignoring case and spacing) are one
    source; an unnamed source is keyed by its description and affiliation, so
    "a spokesman" of ICE and "a spokesman" of the ACLU are two sources. A quote
    without a speaker is keyed by its affiliation; with neither it counts only in
    ``unattributed_quotes``. A source takes the side of the actors-table row
    matching its speaker, else its affiliation (see `ActorTable.match`); a source
    no row matches takes the debate's default side for its party, when it has one
    (a party tag, party words in ``text`` or the description, or
    ``politicians.csv``: see `framing.parties.party_sides`); else "unknown".

    Parameters
    ----------
    quotes : iterable of Quote
        E.g. ``extract_quotes(text)``; anything with the attributes ``text``,
        ``start``, ``end``, ``kind`` ("direct" or "indirect"), ``speaker``,
        ``affiliation`` and ``unnamed``. None gives a result without sources.
    actors : None, path-like, pandas.DataFrame or ActorTable, default=None
        The actors table (see `load_actors`); the bundled one when None.
    issue : str, default=None
        The debate, as in `load_actors`; None gives the bundled table's default
        ("immigration") or all rows of your own table.
    text : str or Document, optional
        The article the quotes come from. With it, a source's type and gender
        also read the titles, appositions, courtesy titles and pronouns around
        its name, and party words next to names ("Ann Roe, a Democrat"); without
        it only the quotes' own fields are read.
    genders : mapping or pandas.DataFrame, optional
        Name -> gender overrides (see `sources`).

    Returns
    -------
    SourceBalance
        With, for the sides S of the actors table (K of them) and w_s the words
        inside direct quotes of sources on side s:

        - ``sources_per_side[s]``: distinct sources on s (and on "unknown");
        - ``quoted_words_per_side[s]`` = w_s (and for "unknown");
        - ``direct_share[s]`` = w_s / all direct quoted words, unknown sources
          included, so the shares with "unknown" sum to 1 (NaN without direct
          quotes);
        - ``balance_index`` = 1 - K / (2 (K - 1)) * sum over s in S of
          abs(p_s - 1/K), with p_s = w_s / sum of w over S: one minus the total
          variation distance between the sides' shares of direct voice and equal
          shares, scaled to [0, 1]. For two sides A and B it is
          1 - abs(w_A - w_B) / (w_A + w_B): 1 when both speak equally, 0 when
          only one side speaks directly. NaN when no side speaks directly or the
          table has fewer than two sides. Unknown sources do not enter it;
        - ``paraphrase_only_sides``: sides with a source but no direct quote;
        - ``unnamed_share``: unnamed sources / all sources (NaN without sources);
        - ``sources_per_type`` and ``quoted_words_per_type``, ``sources_per_gender``
          and ``quoted_words_per_gender``: sources and direct quoted words by the
          type and gender `framing.voices` gives each source;
        - ``nonneutral_per_side`` and ``nonneutral_per_type``: attributions whose
          cue is not neutral (a quote's ``neutral_cue`` attribute, True when
          absent).

    Raises
    ------
    InputError
        When a quote lacks one of those attributes or has another kind.

    Notes
    -----
    Content analyses of balance compare how much space or how many assertions a
    story gives each side of a controversy (Fico & Soffin 1995, Journalism & Mass
    Communication Quarterly 72(3); review: Hopmann, Van Aelst & Legnante 2012,
    "Political balance in the news", Journalism 13(2)). Here the space is words
    in direct quotation, where a side speaks in its own words; paraphrase is
    reported separately because the journalist's wording stands in for it.

    Examples
    --------
    >>> from framing.quotes import Quote
    >>> text = (
    ...     'Jeff Sessions said, "We will enforce the law." '
    ...     "A USCM spokesman said the report was flawed."
    ... )
    >>> def quote(words, kind, speaker, affiliation=None):
    ...     start = text.find(words)
    ...     return Quote(words, start, start + len(words), kind, speaker,
    ...                  None, None, "said", affiliation, False)
    >>> result = sources_from_quotes([
    ...     quote("We will enforce the law.", "direct", "Jeff Sessions"),
    ...     quote("the report was flawed", "indirect", "a spokesman", "USCM"),
    ... ])
    >>> cols = ["name", "side", "direct", "indirect", "quoted_words"]
    >>> result.table[cols].to_dict("list")
    {'name': ['Jeff Sessions', 'a spokesman'],
     'side': ['enforcement', 'immigrant_rights'], 'direct': [1, 0], 'indirect': [0, 1],
     'quoted_words': [5, 0]}
    >>> result.balance_index, result.paraphrase_only_sides
    (0.0, ('immigrant_rights',))
    """
    table = load_actors(actors, issue)
    overrides = voices.check_overrides(genders)
    doc = text if isinstance(text, Document) else None
    text = doc.text if doc is not None else as_text(text)
    by_party = party_sides(table, issue, text)
    groups: dict[tuple[bool, str], dict[str, Any]] = {}
    unattributed = 0
    for quote in _checked_quotes(quotes):
        kind, speaker, affiliation, unnamed, party, mention, neutral = quote[1:]
        if voices.looks_like_person(affiliation) and not voices.looks_like_person(
            speaker
        ):
            # "A lawyer for the company, Ellen Marsh, said": the name is the
            # speaker, the description its affiliation.
            speaker, affiliation, unnamed = affiliation, speaker, False
        name = speaker or affiliation
        if not name:
            unattributed += 1
            continue
        # "a spokesman" of ICE and "a spokesman" of the ACLU are two sources.
        described = f"{name} | {affiliation or ''}" if unnamed else name
        group = groups.setdefault(
            (unnamed, _SEPARATOR.sub(" ", described).lower()),
            {
                "name": name,
                "affiliation": None,
                "direct": 0,
                "indirect": 0,
                "quoted_words": 0,
                "unnamed": unnamed,
                "speaker": speaker,
                "party": None,
                "mentions": [],
                "nonneutral": 0,
            },
        )
        group["party"] = group["party"] or party
        group["mentions"].append(mention)
        group["nonneutral"] += not neutral
        if group["affiliation"] is None and affiliation and speaker:
            group["affiliation"] = affiliation
        group[kind] += 1
        if kind == "direct":
            group["quoted_words"] += count_words(quote[0])
    _merge_people(groups)
    found = []
    if doc is not None:
        quoted = doc.in_quote
    else:
        quoted = _quoted_index(text) if groups and text else _never
    for g in groups.values():
        actor = table.match(g["speaker"] or g["name"], g["affiliation"])
        source_type, gender = _who(g, actor, text, quoted, overrides)
        side, decided, party = UNKNOWN, None, g["party"]
        if actor is not None:
            side, decided = actor.side, actor.pattern
        else:  # issue 14: the debate's default side for the source's party
            code, default = by_party(g["speaker"] or g["name"], g["affiliation"], party)
            if default is not None:
                side, decided, party = default, f"party:{code}", party or code
        found.append(
            Source(
                g["name"],
                g["affiliation"],
                side,
                g["direct"],
                g["indirect"],
                g["quoted_words"],
                g["unnamed"],
                decided,
                party,
                source_type,
                gender,
                g["nonneutral"],
            )
        )
    return _balance(tuple(found), table.sides, unattributed)


def _merge_people(groups: dict[tuple[bool, str], dict[str, Any]]) -> None:
    """Merge "Father Kane" into "Michael Kane": a title and a surname already named.

    Only when exactly one fuller name ends with that surname.
    """
    named = {k: g for k, g in groups.items() if not k[0] and g["speaker"]}
    for key, group in list(named.items()):
        words = group["speaker"].split()
        if len(words) < 2 or not all(voices.is_title_word(w) for w in words[:-1]):
            continue
        fuller = [
            g
            for k, g in named.items()
            if k != key
            and g["speaker"].split()[-1] == words[-1]
            and not all(voices.is_title_word(w) for w in g["speaker"].split()[:-1])
        ]
        if len(fuller) != 1:
            continue
        target = fuller[0]
        for field_ in ("direct", "indirect", "quoted_words", "nonneutral"):
            target[field_] += group[field_]
        target["mentions"] += group["mentions"]
        target["party"] = target["party"] or group["party"]
        target["affiliation"] = target["affiliation"] or group["affiliation"]
        del groups[key]
        del named[key]


def _never(pos: int) -> bool:
    return False


def _quoted_index(text: str):
    """Return pos -> whether ``pos`` lies inside quotation marks."""
    index = SpanIndex([(q.start, q.end) for q in quotation_spans(text)])
    return index.contains


_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})
_ROLE_HEAD = re.compile(r"[^;,(\d]*")
# Capitalised words only, e.g. "Sen.", "Attorney General", "Board President".
_TITLE_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*\s*){1,4}")
#: The types that speak for the state (the "official sources" of news research,
#: e.g. Tiffen et al. 2014).
OFFICIAL_TYPES = ("politician", "government", "law_enforcement")


def voice_features(text: Any, actors: Any = None) -> dict[str, Any]:
    """Return who an article gives a voice to, as flat ``analyze()`` columns.

    Parameters
    ----------
    text : str or framing.document.Document
        The article; a Document's cached quotes (``doc.cache["quotes"]``) are
        reused. None or NaN give zero counts and NaN shares.
    actors : None, path-like, pandas.DataFrame or ActorTable, default=None
        The actors table, for the per-side counts of non-neutral cues.

    Returns
    -------
    dict
        The keys of `SourceBalance.voice_dict`; `voice_columns` gives their
        dtypes.

    Examples
    --------
    >>> text = (
    ...     'Sen. Ann Roe said, "We will win." '
    ...     '"We are scared," said Jordan Ellis, a mother of three.'
    ... )
    >>> row = voice_features(text)
    >>> row["women_quoted"], row["people_quoted"], row["official_sources"]
    (2, 2, 1)
    """
    doc = as_document(text)
    return sources_from_quotes(extract_quotes(doc), actors, text=doc).voice_dict()


def voice_columns(actors: Any = None) -> dict[str, str]:
    """Return the `voice_features` columns and their dtypes, in order.

    Examples
    --------
    >>> columns = voice_columns()
    >>> columns["women_share"], columns["women_quoted"], len(columns)
    ('float64', 'int64', 48)
    """
    empty = sources_from_quotes([], actors).voice_dict()
    return {
        key: "float64" if isinstance(value, float) else "int64"
        for key, value in empty.items()
    }


def _who(
    group: dict[str, Any],
    actor: Actor | None,
    text: str,
    quoted: Any,
    overrides: Mapping[str, str],
) -> tuple[str, str]:
    """Return (type, gender) of one grouped source."""
    name = group["name"]
    pronouns = [m.lower() for m in group["mentions"] if m and m.lower() in _PRONOUNS]
    evidence = voices._evidence(
        text, group["speaker"] or "", group["unnamed"], pronouns, quoted
    )
    source_type = UNKNOWN
    speaker = group["speaker"] or ""
    if (
        actor is not None
        and actor.kind == "person"
        and not group["unnamed"]
        and speaker.split()[-1:] == actor.pattern.split()[-1:]
    ):
        # The actors table says who a listed person is ("Attorney general
        # 2017-2018; ..."): its first words are the role.
        role = _ROLE_HEAD.match(actor.source).group().strip()
        source_type = voices.source_type(title=role, description=role)
    title = evidence.title
    affiliation = group["affiliation"] or ""
    if _TITLE_ONLY.fullmatch(affiliation):
        # The extractor keeps "President", "Sen." or "Attorney General" apart.
        title = " | ".join(x for x in (title, affiliation) if x)
    if source_type == UNKNOWN:
        source_type = voices.source_type(
            name,
            group["affiliation"],
            title,
            evidence.description,
            group["party"],
            organisation=not group["unnamed"] and not evidence.person,
        )
    person = evidence.person
    described = [evidence.description, evidence.title, group["affiliation"]]
    if group["unnamed"]:
        described.insert(0, name)
    gender = voices.source_gender(
        group["speaker"] or name,
        person=person,
        honorific=evidence.honorific,
        description=" | ".join(x for x in described if x),
        pronouns=evidence.pronouns,
        overrides=overrides,
    )
    return source_type, gender


def _checked_quotes(quotes: Any) -> list[tuple]:
    """Return (text, kind, speaker, affiliation, unnamed, party, mention, neutral)."""
    if quotes is None:
        return []
    if isinstance(quotes, (str, bytes)) or not isinstance(quotes, Iterable):
        raise InputError(
            "quotes must be a list of Quote objects (from extract_quotes); "
            f"got {type(quotes).__name__}"
        )
    rows = []
    for i, q in enumerate(quotes):
        try:
            values = (
                q.start,
                q.end,
                q.text,
                q.kind,
                q.speaker,
                q.affiliation,
                q.unnamed,
            )
        except AttributeError as exc:
            raise InputError(
                f"quote {i} has no attribute {exc.name!r}; pass Quote objects "
                "from framing.extract_quotes"
            ) from None
        start, end, text, kind, speaker, affiliation, unnamed = values
        if kind not in ("direct", "indirect"):
            raise InputError(
                f"quote {i}: kind must be 'direct' or 'indirect', got {kind!r}"
            )
        rows.append(
            (
                start,
                end,
                (
                    as_text(text, "quote text"),
                    kind,
                    _clean(speaker),
                    _clean(affiliation),
                    bool(unnamed),
                    _clean(getattr(q, "party", None)),
                    _clean(getattr(q, "speaker_mention", None)),
                    bool(getattr(q, "neutral_cue", True)),
                ),
            )
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows]


def _clean(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    value = str(value).strip()
    return value or None


def _balance(
    found: tuple[Source, ...], sides: tuple[str, ...], unattributed: int
) -> SourceBalance:
    labels = (*sides, UNKNOWN)
    counts = dict.fromkeys(labels, 0)
    words = dict.fromkeys(labels, 0)
    direct = dict.fromkeys(labels, 0)
    for s in found:
        counts[s.side] += 1
        words[s.side] += s.quoted_words
        direct[s.side] += s.direct
    total = sum(words.values())
    shares = {s: (words[s] / total if total else math.nan) for s in labels}
    sided = sum(words[s] for s in sides)
    k = len(sides)
    if k < 2 or sided == 0:
        index = math.nan
    else:
        distance = sum(abs(words[s] / sided - 1 / k) for s in sides)
        index = max(0.0, 1 - k / (2 * (k - 1)) * distance)
    paraphrase_only = tuple(s for s in sides if counts[s] and not direct[s])
    unnamed = sum(s.unnamed for s in found)
    per_type = dict.fromkeys(voices.SOURCE_TYPES, 0)
    words_type = dict.fromkeys(voices.SOURCE_TYPES, 0)
    per_gender = dict.fromkeys(voices.GENDERS, 0)
    words_gender = dict.fromkeys(voices.GENDERS, 0)
    cue_side = dict.fromkeys(labels, 0)
    cue_type = dict.fromkeys(voices.SOURCE_TYPES, 0)
    for s in found:
        per_type[s.type] = per_type.get(s.type, 0) + 1
        words_type[s.type] = words_type.get(s.type, 0) + s.quoted_words
        per_gender[s.gender] = per_gender.get(s.gender, 0) + 1
        words_gender[s.gender] = words_gender.get(s.gender, 0) + s.quoted_words
        cue_side[s.side] += s.nonneutral
        cue_type[s.type] = cue_type.get(s.type, 0) + s.nonneutral
    return SourceBalance(
        sources=found,
        sides=sides,
        sources_per_side=MappingProxyType(counts),
        quoted_words_per_side=MappingProxyType(words),
        direct_share=MappingProxyType(shares),
        balance_index=index,
        paraphrase_only_sides=paraphrase_only,
        unnamed_share=unnamed / len(found) if found else math.nan,
        unattributed_quotes=unattributed,
        sources_per_type=MappingProxyType(per_type),
        quoted_words_per_type=MappingProxyType(words_type),
        sources_per_gender=MappingProxyType(per_gender),
        quoted_words_per_gender=MappingProxyType(words_gender),
        nonneutral_per_side=MappingProxyType(cue_side),
        nonneutral_per_type=MappingProxyType(cue_type),
    )
