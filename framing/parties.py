"""Parties of politicians, a debate's default side for each party, and the debate.

A source that no actors-table row codes may still have a side: the party of an
elected official ("Sen. Ann Roe (D-Mo.)", "Republican Gov. Ben Cho", "Roe, a
Democrat,", a name in ``politicians.csv``) or a party word in an unnamed source's
description ("Senate Republicans", "a Democratic aide") gives the side that the
debate's row in ``debates.csv`` assigns to that party (a documented judgement from
the parties' platforms). `infer_issue` picks the debate from an article's words.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from framing._validation import as_text, read_csv_rows, table_error

__all__ = [
    "DEFAULT_ISSUE",
    "Debate",
    "find_parties",
    "infer_issue",
    "load_debates",
    "party_in",
]

# The debate of the actors table before issue 14, and of an article whose words
# point at no debate: sources() behaves as it always did on such text.
DEFAULT_ISSUE = "immigration"
# An article must name its debate at least this often to leave the default:
# three topic words keep a stray "tax" or "school" in an immigration story from
# moving it.
_MIN_TOPIC_WORDS = 3
_NAME_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
_PARTIES = ("D", "R", "I")


@dataclass(frozen=True, slots=True)
class Debate:
    """One row of ``debates.csv``: a debate's sides and its default side by party."""

    issue: str  # e.g. "guns"; the ``issue`` column of actors.csv
    sides: tuple[str, ...]  # e.g. ("gun_rights", "gun_control"); () for none
    democratic: str  # the side a Democrat defaults to; "" for none
    republican: str  # the side a Republican defaults to; "" for none
    topic_words: tuple[str, ...]  # words that say an article is about the debate
    source: str  # the party platforms the defaults follow
    note: str = ""

    def side_of_party(self, party: str | None) -> str | None:
        """Return the default side of a party code ("D", "R"), None for others."""
        if party == "D":
            return self.democratic or None
        if party == "R":
            return self.republican or None
        return None


@functools.cache
def load_debates() -> dict[str, Debate]:
    """Return the bundled debates (``framing/data/debates.csv``) by issue name.

    Returns
    -------
    dict of str to Debate
        In file order; the first is `DEFAULT_ISSUE`.

    Raises
    ------
    LexiconError
        At the first bad row, naming file, line and column.

    Examples
    --------
    >>> debates = load_debates()
    >>> debates["guns"].sides, debates["guns"].side_of_party("R")
    (('gun_rights', 'gun_control'), 'gun_rights')
    """
    return _parse_debates(files("framing") / "data" / "debates.csv")


def _parse_debates(source: Any) -> dict[str, Debate]:
    label, rows = read_csv_rows(
        source,
        required=("issue", "topic_words", "source"),
        optional=("sides", "democratic", "republican", "note"),
    )
    out: dict[str, Debate] = {}
    for line, row in rows:
        issue = row["issue"]
        if not _NAME_RE.match(issue) or issue in out:
            raise table_error(
                label, line, "issue", f"expected a new lower-case name, got {issue!r}"
            )
        sides = tuple(s for s in row["sides"].split("|") if s)
        for side in sides:
            if not _NAME_RE.match(side) or side == "unknown":
                raise table_error(
                    label, line, "sides", f"expected lower-case names, got {side!r}"
                )
        for column in ("democratic", "republican"):
            if row[column] and row[column] not in sides:
                raise table_error(
                    label,
                    line,
                    column,
                    f"expected one of the sides {list(sides)}, got {row[column]!r}",
                )
        words = tuple(w.strip() for w in row["topic_words"].split("|") if w.strip())
        out[issue] = Debate(
            issue,
            sides,
            row["democratic"],
            row["republican"],
            words,
            row["source"],
            row["note"],
        )
    return out


# ---------------------------------------------------------------------------
# Which debate an article is about


def _word_regex(word: str) -> str:
    stem, star = (word[:-1], True) if word.endswith("*") else (word, False)
    body = r"[\s\-]+".join(re.escape(p) for p in stem.split())
    if star:
        body += r"[\w\-]*"
    # Capitals ("ICE", "NRA", "EPA") match only in capitals: "ice" is not ICE.
    if stem.isupper() and len(stem) > 1:
        body = "(?-i:" + body + ")"
    return body


@functools.cache
def _topic_matcher() -> tuple[re.Pattern[str], list[tuple[re.Pattern[str], str]]]:
    """One alternation of every debate's topic words, and each word's debate."""
    debates = load_debates()
    owners = []
    parts = []
    for debate in debates.values():
        for word in debate.topic_words:
            regex = _word_regex(word)
            parts.append(regex)
            owners.append((re.compile(regex + r"\Z", re.IGNORECASE), debate.issue))
    big = re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?![\w\-])", re.I)
    return big, owners


@functools.lru_cache(maxsize=4096)
def _debate_of_word(word: str) -> tuple[str, ...]:
    _, owners = _topic_matcher()
    return tuple(issue for regex, issue in owners if regex.match(word))


def infer_issue(text: Any) -> str:
    """Return the debate an article is about, from its topic words.

    Counts the topic words of every debate in ``debates.csv`` in one pass and
    returns the debate with most of them; `DEFAULT_ISSUE` ("immigration") when no
    debate has at least three (the behaviour before debates had tables).

    Parameters
    ----------
    text : str
        Any text; None or NaN gives `DEFAULT_ISSUE`.

    Returns
    -------
    str

    Examples
    --------
    >>> infer_issue("The NRA fought the gun bill; gun owners rallied for rifles.")
    'guns'
    >>> infer_issue("The council met on Tuesday.")
    'immigration'
    """
    text = as_text(text)
    if not text:
        return DEFAULT_ISSUE
    big, _ = _topic_matcher()
    counts: Counter[str] = Counter()
    for m in big.finditer(text):
        for issue in _debate_of_word(m.group().lower()):
            counts[issue] += 1
    if not counts:
        return DEFAULT_ISSUE
    issue, n = max(counts.items(), key=lambda item: item[1])  # first wins ties
    return issue if n >= _MIN_TOPIC_WORDS else DEFAULT_ISSUE


# ---------------------------------------------------------------------------
# Parties named in an article

_PARTY_WORD = r"(?:Democrat(?:ic|s)?|Republicans?|GOP)"
# A person's name: capitalised words, with particles ("Beto O'Rourke", "Kevin de
# León"); a trailing weekday or month is the sentence's, not the name's.
_NAME = (
    r"[A-Z][\w’'.\-]*(?:\s+(?:(?:de|del|la|van|von|da|di|le)\s+)?[A-Z][\w’'.\-]*){0,3}"
)
_TITLE = (
    r"(?:presidential|congressional|gubernatorial|Senate|House|state|former|freshman|"
    r"Texas|Florida|California|New\s+York)?\s*"
    r"(?:candidate|hopeful|nominee|contender|Sens?\.|Senators?|Reps?\.|"
    r"Representatives?|Gov\.|Governor|Lt\.\s+Gov\.|Congress(?:wo)?man|"
    r"Assembly(?:wo)?man|Mayor|[Ll]eader|[Ww]hip|lawmakers?|[Cc]hairm[ae]n|"
    r"[Cc]hairwoman|Speaker|strategist|operative|pollster|Attorney\s+General|"
    r"attorney\s+general|legislators?|[Ss]enators?|Del\.)"
)
_NOT_NAME_END_WORDS = """
    monday tuesday wednesday thursday friday saturday sunday january february
    march april may june july august september october november december party
    national committee convention caucus senate house congress conference
    leadership platform primary primaries administration
"""
_NOT_NAME_END = frozenset(_NOT_NAME_END_WORDS.split())
# 1. "Republican Sen. Ted Cruz", "Democratic presidential candidate Ann Roe",
#    "Democrat Ann Roe".  2. "Ted Cruz, a Republican from Texas", "Roe, the
#    Democratic leader" (no "of", "for", "against" on the way: "Roe, a critic of
#    Republican plans" says nothing of Roe's party).  3. AP party tags "(D-Mo.)",
#    ", R-Okla.,".
_BEFORE = re.compile(
    rf"(?<![\w\-])(?P<party>{_PARTY_WORD})\s+(?:{_TITLE}\s+)?(?P<name>{_NAME})"
)
_AFTER = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:a|an|the)\s+"
    r"(?:(?!(?:of|for|to|against|with|than|who|and|or|but)\b)[\w.’'\-]+\s+){0,3}?"
    rf"(?P<party>{_PARTY_WORD})(?![\w\-])"
)
_STATE = r"-(?:[A-Z][a-z]*\.?){1,3}"
_TAG = re.compile(
    rf"(?P<name>{_NAME})(?:\s*\(|,\s+)"
    rf"(?:(?P<party>[DR])(?:{_STATE})?(?=[),;]|\s|$)|(?P<ind>I)(?:{_STATE}(?=[),;]|\s|$)|(?=\))))"
)


def _party_code(word: str) -> str:
    if word in ("D", "R", "I"):
        return word
    return "D" if word.startswith("Democrat") else "R"


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def _trim_name(name: str) -> str:
    words = name.split()
    while words and words[-1].lower().strip(".,") in _NOT_NAME_END:
        words.pop()
    # Titles before the name ("Sen.", "Gov.", "Senator") are not part of it.
    while len(words) > 1 and (
        (words[0].endswith(".") and len(words[0]) <= 5)
        or words[0].lower() in _TITLE_WORDS
    ):
        words.pop(0)
    return " ".join(words)


def find_parties(text: Any) -> dict[str, str]:
    """Return the party an article gives each person it names, by name and surname.

    Three forms are read, each with exact party words: a party word before a name,
    with an optional title ("Republican Sen. Ted Cruz", "Democrat Ann Roe"); a
    party word in an apposition after it ("Ann Roe, a Democrat from Ohio,"); an
    AP party tag ("Sen. Ann Roe (D-Ohio)", "Rep. Ben Cho, R-Texas,"). A name or
    surname given two parties in one article maps to "" (unknown).

    Parameters
    ----------
    text : str
        Any text; None or NaN gives an empty dict.

    Returns
    -------
    dict of str to str
        Lower-cased full names and surnames to "D", "R", "I" or "".

    Examples
    --------
    >>> text = "Republican Sen. Ben Cho spoke. Ann Roe, a Democrat from Ohio, did not."
    >>> find_parties(text)
    {'ben cho': 'R', 'cho': 'R', 'ann roe': 'D', 'roe': 'D'}
    """
    text = as_text(text)
    out: dict[str, str] = {}
    for regex in (_BEFORE, _AFTER, _TAG):
        for m in regex.finditer(text):
            name = _trim_name(m.group("name"))
            if not name:
                continue
            party = _party_code(m.group("party") or "I")
            keys = [_fold(name)]
            if " " in name:
                keys.append(_fold(name.split()[-1]))
            for key in keys:
                known = out.get(key)
                out[key] = party if known in (None, party) else ""
    return out


# A party word in a description ("Senate Republicans", "a Democratic aide", "the
# GOP leadership", "the DNC"); not after "of"/"against"/"than"/"to" ("a critic of
# Republicans") and not in "Democratic Republic" (a country's name).
_PARTY_IN = re.compile(
    r"(?<![\w\-])(?:(?P<d>Democrat(?:ic|s)?|DNC)|(?P<r>Republicans?|GOP|RNC))(?![\w\-])"
)
_NOT_ALLEGIANCE = re.compile(
    r"(?:\b(?:of|against|than|to|by|with|about|from|at|on)\s+(?:the\s+)?|"
    r"Democratic\s+)$"
)


def party_in(description: Any) -> str | None:
    """Return the party a source's description names ("D", "R"), else None.

    Parameters
    ----------
    description : str
        A speaker description or an affiliation, e.g. "Senate Republicans".

    Returns
    -------
    str or None
        None when no party or both parties are named.

    Examples
    --------
    >>> party_in("Senate Republicans"), party_in("a Democratic aide")
    ('R', 'D')
    >>> party_in("a critic of Republicans"), party_in("the Democratic Republic")
    (None, None)
    """
    description = as_text(description)
    found = set()
    for m in _PARTY_IN.finditer(description):
        if _NOT_ALLEGIANCE.search(description, 0, m.start()):
            continue
        if m.group("d") == "Democratic" and description.startswith(
            " Republic", m.end()
        ):
            continue
        found.add("D" if m.group("d") else "R")
    return found.pop() if len(found) == 1 else None


# ---------------------------------------------------------------------------
# Politicians named without a party in the article


@functools.cache
def _politicians() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Read politicians.csv: (party, caucus) by folded full name and by surname.

    A surname shared by politicians of different caucuses maps to nothing.
    """
    label, rows = read_csv_rows(
        files("framing") / "data" / "politicians.csv",
        required=("name", "party", "office", "source"),
        optional=("caucus",),
    )
    by_name: dict[str, tuple[str, str]] = {}
    by_surname: dict[str, tuple[str, str] | None] = {}
    for line, row in rows:
        if row["party"] not in _PARTIES:
            raise table_error(
                label, line, "party", f"expected D, R or I, got {row['party']!r}"
            )
        if row["caucus"] not in ("", "D", "R"):
            raise table_error(
                label, line, "caucus", f"expected D, R or empty, got {row['caucus']!r}"
            )
        value = (row["party"], row["caucus"] or row["party"])
        by_name[_fold(row["name"])] = value
        surname = _fold(row["name"]).rsplit(" ", 1)[-1]
        known = by_surname.get(surname, value)
        by_surname[surname] = (
            value if known is not None and known[1] == value[1] else None
        )
    return by_name, {k: v for k, v in by_surname.items() if v is not None}


def _politician(speaker: str) -> tuple[str, str] | None:
    """Return (party, caucus) of a speaker named in politicians.csv, else None.

    Either the speaker ends with a listed full name ("Sen. Marco Rubio"), or it is
    a listed surname alone or after titles ("Obama", "President Obama"). A surname
    after another given name ("Kelly Ayotte", "Carol E. Lee") is someone else.
    """
    by_name, by_surname = _politicians()
    words = _fold(speaker).split()
    for k in range(min(4, len(words)), 1, -1):
        found = by_name.get(" ".join(words[-k:]))
        if found is not None:
            return found
    while len(words) > 1 and (words[0].endswith(".") or words[0] in _TITLE_WORDS):
        words.pop(0)
    return by_surname.get(words[0]) if len(words) == 1 else None


_TITLES = """
    president vice senator sen. rep. representative congressman congresswoman
    governor gov. mayor speaker leader secretary former chairman chairwoman
    sens. reps. majority minority house senate
"""
_TITLE_WORDS = frozenset(_TITLES.split())


def _table_issue(table: Any) -> str | None:
    """Return the one issue all rows of an actors table belong to, else None."""
    issues = {getattr(a, "issue", "") for a in table.actors}
    issues.discard("")
    return issues.pop() if len(issues) == 1 else None


def party_sides(
    table: Any, issue: str | None = None, text: Any = None
) -> Callable[[str | None, str | None, str | None], tuple[str | None, str | None]]:
    """Return ``code(speaker, affiliation, tag) -> (party, side)`` for one article.

    ``party`` is "D", "R" or "I" (from the party tag, the article's party words,
    ``politicians.csv`` or a party word in the description), ``side`` the side the
    debate gives that party, or None. The side is None unless the debate is known
    (``issue``, else the one issue of ``table``'s rows) and its side is one of the
    table's sides: a user's own table gets no party defaults.
    """
    debate = load_debates().get(issue or _table_issue(table) or "")
    sides = set(table.sides)
    named = find_parties(text) if text else {}

    def code(
        speaker: str | None, affiliation: str | None, tag: str | None
    ) -> tuple[str | None, str | None]:
        party = tag[0] if tag and tag[0] in _PARTIES else None
        if party is None and speaker:
            key = _fold(speaker)
            party = named.get(key) or named.get(key.rsplit(" ", 1)[-1]) or None
        listed = _politician(speaker) if speaker else None
        if party is None and listed is not None:
            party = listed[0]
        if party is None:
            party = party_in(speaker) or party_in(affiliation)
        # An independent takes the side of the party they caucus with (Sanders).
        caucus = listed[1] if party == "I" and listed is not None else party
        side = debate.side_of_party(caucus) if debate is not None else None
        return party, side if side in sides else None

    return code
