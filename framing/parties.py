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
from itertools import compress
from typing import Any

from framing._validation import as_text, read_csv_rows, table_error
from framing.document import Document

__all__ = [
    "DEFAULT_ISSUE",
    "NO_DEBATE",
    "Debate",
    "check_issue",
    "detect_issue",
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
# The debate of an article whose topic words point at none: no actors rows and no
# party defaults apply, so every source's side is "unknown".
NO_DEBATE = "none"
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
    # One parser and validator of debates.csv: framing.lexicon's (every problem
    # reported at once).
    from framing.lexicon.debates import bundled_debates_path, parse_debates

    return parse_debates(bundled_debates_path())[0]


# ---------------------------------------------------------------------------
# Which debate an article is about


_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class _TopicWord:
    rest: tuple[str, ...]  # lower-cased words after the first
    stem: bool  # the last word is a prefix ("immigra*")
    capitals: bool  # matches only in capitals ("ICE", "NRA"): "ice" is not ICE
    issue: str


@functools.cache
def _topic_index() -> tuple[dict[str, list[_TopicWord]], tuple[int, ...]]:
    """Topic words by their first word (or first-word prefix), and prefix lengths."""
    index: dict[str, list[_TopicWord]] = {}
    lengths = set()
    for debate in load_debates().values():
        for word in debate.topic_words:
            stem = word.endswith("*")
            tokens = _TOKEN.findall(word)
            if not tokens:
                continue
            capitals = tokens[0].isupper() and len(tokens[0]) > 1
            first = tokens[0].lower()
            entry = _TopicWord(
                tuple(t.lower() for t in tokens[1:]), stem, capitals, debate.issue
            )
            key = ("*" + first) if stem and len(tokens) == 1 else first
            index.setdefault(key, []).append(entry)
            if key.startswith("*"):
                lengths.add(len(first))
    return index, tuple(sorted(lengths))


@functools.cache
def _phrases() -> tuple[tuple[str, str], ...]:
    """Every multi-word topic word as " w1 w2" (+ " " unless a prefix), its debate."""
    out = []
    for debate in load_debates().values():
        for word in debate.topic_words:
            tokens = [t.lower() for t in _TOKEN.findall(word)]
            if len(tokens) > 1:
                tail = "" if word.endswith("*") else " "
                out.append((" " + " ".join(tokens) + tail, debate.issue))
    return tuple(out)


@functools.cache
def _phrase_words() -> tuple[tuple[str, ...], ...]:
    """Return the whole words of each of `_phrases` (not a final prefix)."""
    return tuple(
        tuple(phrase.split()[: None if phrase.endswith(" ") else -1])
        for phrase, _ in _phrases()
    )


@functools.lru_cache(maxsize=65536)
def _entries_of(word: str) -> tuple[_TopicWord, ...]:
    """Return the topic words that may start at this lower-cased word."""
    index, lengths = _topic_index()
    entries = list(index.get(word, ()))
    for n in lengths:
        if len(word) >= n:
            entries.extend(index.get("*" + word[:n], ()))
    return tuple(entries)


def infer_issue(text: Any) -> str:
    """Return the debate an article is about, from its topic words.

    Counts the topic words of every debate in ``debates.csv`` over the article's
    words (a word with ``*`` is a prefix; one in capitals matches only in
    capitals) and returns the debate with most of them; `DEFAULT_ISSUE`
    ("immigration") when no debate has at least three (the behaviour before
    debates had tables).

    Parameters
    ----------
    text : str or Document
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
    issue, _ = detect_issue(text)
    return issue or DEFAULT_ISSUE


def check_issue(issue: Any) -> str | None:
    """Return ``issue`` when it names a known debate (None stays None), else raise.

    `NO_DEBATE` ("none") is accepted: it means no debate, so no sides.

    The one check every entry point (``analyze``, ``sources``, ``highlight``, the
    command line) makes of a debate name given by the user.

    Raises
    ------
    InputError
        When ``issue`` is not None and not a debate of ``debates.csv``; the message
        lists the known debates.

    Examples
    --------
    >>> check_issue("guns")
    'guns'
    >>> check_issue("imigration")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    framing.errors.InputError: unknown debate 'imigration'; known debates are ...
    """
    if issue is None:
        return None
    debates = load_debates()
    if isinstance(issue, str) and (issue in debates or issue == NO_DEBATE):
        return issue
    from framing.errors import InputError

    raise InputError(
        f"unknown debate {issue!r}; known debates are {', '.join(debates)} "
        "(framing/data/debates.csv)"
    )


def detect_issue(text: Any) -> tuple[str | None, int]:
    """Return the debate an article's topic words point at, and how many there are.

    As `infer_issue`, but without a default: ``(None, n)`` when no debate has at
    least three topic words (n is the best debate's count).

    Examples
    --------
    >>> detect_issue("The NRA fought the gun bill; gun owners rallied for rifles.")
    ('guns', 4)
    >>> detect_issue("The council met on Tuesday.")
    (None, 0)
    """
    text = _plain(text)
    if not text:
        return None, 0
    counts: Counter[str] = Counter()
    has_phrase = False
    # Distinct words (articles repeat theirs), looked up in C (map, compress): only
    # the few with topic words come back to Python.
    tokens = _TOKEN.findall(text)
    distinct = Counter(tokens)
    lowered = list(map(str.lower, distinct))
    found = list(map(_entries_of, lowered))
    pairs = zip(distinct.items(), found, strict=True)
    for (token, n), entries in compress(pairs, found):
        for entry in entries:
            if entry.capitals and not token.isupper():
                continue
            if entry.rest:
                has_phrase = True
            else:
                counts[entry.issue] += n
    if has_phrase:
        # Words joined by single spaces: str.count finds each phrase at C speed.
        # (a phrase one of whose whole words is not a token is not there: a count
        # of 0 cannot change the result, so it is not counted; the joined text
        # lowercases as its words do, so its words are ``lowered``)
        present = set(lowered)
        joined = ""
        for (phrase, issue), whole in zip(_phrases(), _phrase_words(), strict=True):
            if present.issuperset(whole):
                if not joined:
                    joined = " " + " ".join(tokens).lower() + " "
                counts[issue] += joined.count(phrase)
    if not counts:
        return None, 0
    issue, n = max(counts.items(), key=lambda item: item[1])  # first wins ties
    return (issue if n >= _MIN_TOPIC_WORDS else None), n


# ---------------------------------------------------------------------------
# Parties named in an article

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
# The scan jumps from anchor to anchor (a party word, or a capital D, R or I after
# "(" or ", ") and reads the name before or after it, so an article without party
# words costs one pass of a literal search: every branch starts with a literal, so
# the regex engine skips to the next "D", "R", "G", "(" or ",".
_ANCHOR = re.compile(r"Democrat(?:ic|s)?|Republicans?|GOP|\(\s*[DRI]\b|,\s*[DRI]\b")
_BEFORE = re.compile(rf"\s+(?:{_TITLE}\s+)?(?P<name>{_NAME})")
_APPOSITION = re.compile(
    r"(?:a|an|the)\s+"
    r"(?:(?!(?:of|for|to|against|with|than|who|and|or|but)\b)[\w.’'\-]+\s+){0,3}"
)
_STATE = r"-(?:[A-Z][a-z]*\.?){1,3}"
_TAG = re.compile(
    rf"(?:\s*\(|,\s+)(?:(?P<party>[DR])(?:{_STATE})?(?=[),;]|\s|$)|"
    rf"(?P<ind>I)(?:{_STATE}(?=[),;]|\s|$)|(?=\))))"
)
_NAME_END = re.compile(rf"(?P<name>{_NAME})\s*\Z")
_WINDOW = 80  # characters before an anchor searched for the name


def _plain(text: Any) -> str:
    """Return the text of a str, None, NaN or `framing.document.Document`."""
    return text.text if isinstance(text, Document) else as_text(text)


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
    # A word ending in a period, other than an initial ("E."), ends a title
    # ("Sen.") or a sentence ("the House. Ed Poe"): the name starts after it.
    for i in range(len(words) - 2, -1, -1):
        if words[i].endswith(".") and len(words[i]) > 2:
            del words[: i + 1]
            break
    # Titles before the name ("Senator", "Governor") are not part of it.
    while len(words) > 1 and words[0].lower() in _TITLE_WORDS:
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
    text : str or Document
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
    text = _plain(text)
    out: dict[str, str] = {}
    for name, party in _party_mentions(text):
        name = _trim_name(name)
        if name:
            keys = [_fold(name)]
            if " " in name:
                keys.append(_fold(name.split()[-1]))
            for key in keys:
                known = out.get(key)
                out[key] = party if known in (None, party) else ""
    return out


def _party_mentions(text: str) -> list[tuple[str, str]]:
    """(name as written, party code) for every party mention, in three forms."""
    found = []
    for anchor in _ANCHOR.finditer(text):
        start, end = anchor.span()
        window = text[max(0, start - _WINDOW) : start]
        if text[start] in "(,":  # an AP tag after a name: "Roe (D-Ohio)"
            tag = _TAG.match(text, start)
            name = _NAME_END.search(window) if tag else None
            if name is not None and (
                text[start] == "(" or not name.group().endswith(" ")
            ):
                found.append((name.group("name"), tag.group("party") or "I"))
            continue
        if (start and (text[start - 1].isalnum() or text[start - 1] == "-")) or (
            end < len(text) and (text[end].isalnum() or text[end] == "-")
        ):
            continue  # "nonDemocratic", "Republican-led"
        party = _party_code(anchor.group())
        after = _BEFORE.match(text, end)  # "Republican Sen. Ted Cruz"
        if after is not None:
            found.append((after.group("name"), party))
        comma = window.rfind(", ")  # "Ted Cruz, a Republican"
        if comma >= 0 and _APPOSITION.fullmatch(window, comma + 2):
            before = _NAME_END.search(window, 0, comma)
            if before is not None:
                found.append((before.group("name"), party))
    return found


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


@functools.lru_cache(maxsize=64)
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
