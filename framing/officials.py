"""Known officials: who a named politician is, before any guess from the text.

A speaker the officials table lists is decided by the table: gender, party and
type ("politician"), before a courtesy title's absence, a role noun or the
first-name table is consulted. "Lindsey Graham" is a man and a Republican senator
whatever US birth records say of the name Lindsey, and "Graham said" without a
title is still a politician.

The bundled table, ``framing/data/officials.csv``, holds every member of the US
Congress 2013-2026 and every president and vice president since 1981 (1,051
people, from unitedstates/congress-legislators, CC0). Pass your own table (another
country, a state legislature, a city council) to `load_officials` and then to
`framing.balance.sources` as ``officials=``.

A name matches an official when it is the official's given name (first name,
nickname or middle name) and surname ("Lindsey Graham", "Chuck Schumer", "Robert
P. Casey Jr."), after any titles. A surname alone ("Graham", "President Trump")
matches when exactly one official with that surname is named in full in the
article, else when it is the surname of one president or vice president only
(every person with it agreeing on gender and party). A given name that is not the
official's ("Kelly Ayotte" against Mark Kelly) never matches.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from framing._validation import check_choice, read_csv_rows, table_error

__all__ = ["Official", "OfficialsTable", "load_officials"]

_GENDERS = ("female", "male", "unknown")
_PARTY_CODES = {
    "democrat": "D",
    "democratic": "D",
    "d": "D",
    "republican": "R",
    "r": "R",
    "independent": "I",
    "i": "I",
    "libertarian": "L",
    "l": "L",
}
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_HEAD_OFFICES = frozenset(["president", "vice_president"])
# Titles and courtesy titles a speaker may keep before the name.
_TITLE_WORDS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sen",
        "sen.",
        "senator",
        "rep",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "president",
        "vice",
        "former",
        "gov",
        "gov.",
        "governor",
        "speaker",
        "leader",
        "majority",
        "minority",
        "whip",
        "chairman",
        "chairwoman",
        "house",
        "senate",
        "the",
        "u.s.",
        "us",
    ]
)


@dataclass(frozen=True, slots=True)
class Official:
    """One row of an officials table."""

    first: str  # "Lindsey"
    last: str  # "Graham"
    given: tuple[str, ...]  # every given name that may stand before ``last``
    gender: str  # "female", "male" or "unknown"
    party: str  # "D", "R", "I", "L" or ""
    office: str  # "senator", "representative|senator", "president", ...
    type: str  # the source type: "politician" for elected office holders

    @property
    def head(self) -> bool:
        """Say whether the official was president or vice president."""
        return not _HEAD_OFFICES.isdisjoint(self.office.split("|"))


class OfficialsTable:
    """Officials looked up by surname; see the module docstring for the rules."""

    def __init__(self, officials: tuple[Official, ...]) -> None:
        self.officials = officials
        self.by_last: dict[str, list[Official]] = {}
        for o in officials:
            self.by_last.setdefault(o.last.lower(), []).append(o)
        self._longest = max((len(k.split()) for k in self.by_last), default=1)

    def __len__(self) -> int:
        """Return the number of officials."""
        return len(self.officials)

    def find(self, name: Any, text: Any = None) -> Official | None:
        """Return the official a speaker's name refers to, or None.

        Parameters
        ----------
        name : str
            The speaker as resolved ("Lindsey Graham", "Sen. Graham", "Trump").
        text : str, optional
            The article: a surname alone matches the official named in full in it.

        Examples
        --------
        >>> table = load_officials()
        >>> table.find("Lindsey Graham").gender, table.find("Lindsey Graham").party
        ('male', 'R')
        >>> table.find("President Trump").office
        'president'
        >>> table.find("Kelly Graham") is None, table.find("Graham") is None
        (True, True)
        >>> table.find("Graham", "Sen. Lindsey Graham spoke.").first
        'Lindsey'
        """
        if not isinstance(name, str) or not name.strip():
            return None
        words = [w.strip(",") for w in name.split()]
        while words and words[-1].lower() in _SUFFIXES:
            words.pop()
        while words and words[0].lower() in _TITLE_WORDS:
            words.pop(0)
        if not words:
            return None
        for n in range(min(self._longest, len(words)), 0, -1):
            candidates = self.by_last.get(" ".join(words[-n:]).lower())
            if not candidates:
                continue
            given = [w for w in words[:-n] if not _INITIAL.fullmatch(w)]
            if given:
                found = [o for o in candidates if given[0] in o.given]
                return _one(found)
            if len(words) > n:
                return None  # only initials before the surname: "J. Graham"
            return self._by_surname(candidates, text)
        return None

    def _by_surname(self, candidates: list[Official], text: Any) -> Official | None:
        if isinstance(text, str) and text:
            named = [o for o in candidates if _named_in(o, text)]
            if named:
                return _one(named)
        return _one([o for o in candidates if o.head])


_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*|[A-Z]")


def _one(found: list[Official]) -> Official | None:
    """Return the official when all matches agree on gender, party and type."""
    if not found:
        return None
    first = found[0]
    if all(
        (o.gender, o.party, o.type) == (first.gender, first.party, first.type)
        for o in found[1:]
    ):
        return first
    return None


@functools.lru_cache(maxsize=4096)
def _full_name(given: tuple[str, ...], last: str) -> re.Pattern[str]:
    names = "|".join(re.escape(g) for g in given)
    return re.compile(rf"\b(?:{names})\s+(?:[A-Z]\.\s+)*{re.escape(last)}\b")


def _named_in(o: Official, text: str) -> bool:
    return o.last in text and _full_name(o.given, o.last).search(text) is not None


@functools.cache
def _bundled() -> OfficialsTable:
    return load_officials(files("framing") / "data" / "officials.csv")


def load_officials(source: Any = None) -> OfficialsTable:
    """Load an officials table: the bundled US one, or your own.

    Parameters
    ----------
    source : None, path-like or pandas.DataFrame
        None gives the bundled table (``framing/data/officials.csv``). Your own
        needs the columns ``first``, ``last``, ``gender`` (female, male or
        unknown), ``party`` (a code such as D or R, a party name, or empty),
        ``office`` and ``source``; optional ``nickname`` and ``middle`` (more
        given names, ``|``-separated) and ``type`` (a source type; default
        "politician").

    Returns
    -------
    OfficialsTable

    Raises
    ------
    LexiconError
        At the first bad row, naming file, line and column.

    Examples
    --------
    >>> len(load_officials()) > 1000
    True
    """
    if source is None:
        return _bundled()
    if isinstance(source, OfficialsTable):
        return source
    from framing.voices import SOURCE_TYPES

    label, rows = read_csv_rows(
        source,
        required=("first", "last", "gender", "party", "office", "source"),
        optional=(
            "middle",
            "suffix",
            "nickname",
            "state",
            "first_start",
            "last_end",
            "type",
            "note",
        ),
    )
    out = []
    for line, row in rows:
        for column in ("first", "last"):
            if not row[column].strip():
                raise table_error(label, line, column, "expected a name, got ''")
        check_choice(label, line, "gender", row["gender"], _GENDERS)
        party = row["party"].strip()
        code = _PARTY_CODES.get(party.lower(), party)
        kind = (row.get("type") or "politician").strip()
        check_choice(label, line, "type", kind, SOURCE_TYPES)
        given = [row["first"].strip()]
        for column in ("nickname", "middle"):
            given += [g.strip() for g in (row.get(column) or "").split("|")]
        given = [g for g in given if g and not _INITIAL.fullmatch(g)]
        out.append(
            Official(
                row["first"].strip(),
                row["last"].strip(),
                tuple(dict.fromkeys(given)),
                row["gender"],
                code,
                row["office"].strip(),
                kind,
            )
        )
    return OfficialsTable(tuple(out))
