"""Speech verbs and attribution cues: the word lists and finding cues in a text."""

from __future__ import annotations

import bisect
import csv
import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

from framing.errors import LexiconError

if TYPE_CHECKING:
    from framing.quotes._article import _Article

# ---------------------------------------------------------------------------
# Word lists (package data, parsed once)

_SCHEMAS = {
    "speech_verbs.csv": ("lemma", "forms", "type", "neutral", "source", "note"),
    "titles.csv": ("title", "role", "gender", "source"),
    "source_nouns.csv": ("noun", "plural", "gender", "source"),
    "first_names.csv": ("name", "gender", "source"),
    "pronouns.csv": ("pronoun", "gender", "number", "source"),
    "not_names.csv": ("word", "kind", "source"),
    "nicknames.csv": ("name", "nicknames", "source"),
}
_CHOICES = {
    "type": {"speech", "belief", "attitude", "evidence", "source", "quote"},
    "gender": {"", "male", "female", "neuter"},
    "number": {"singular", "plural"},
    "neutral": {"true", "false"},
}
_REQUIRED = {
    "lemma",
    "neutral",
    "forms",
    "type",
    "title",
    "noun",
    "name",
    "pronoun",
    "word",
    "kind",
    "source",
}


@functools.cache
def _word_list(name: str) -> tuple[dict[str, str], ...]:
    """Read and validate one CSV of ``framing/data``; stop at the first bad row."""
    path = files("framing") / "data" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return _parse_word_list(name, handle.read())


def _parse_word_list(name: str, content: str) -> tuple[dict[str, str], ...]:
    columns = _SCHEMAS[name]
    reader = csv.DictReader(content.splitlines())
    if tuple(reader.fieldnames or ()) != columns:
        raise LexiconError(
            f"{name}, line 1: expected columns {list(columns)}, got {reader.fieldnames}"
        )
    rows = []
    for line, row in enumerate(reader, start=2):
        for column in columns:
            value = row.get(column)
            if value is None:
                raise LexiconError(f"{name}, line {line}: too few columns")
            if column in _REQUIRED and not value.strip():
                raise LexiconError(
                    f"{name}, line {line}, column {column!r}: required, got ''"
                )
            if column in _CHOICES and value not in _CHOICES[column]:
                allowed = sorted(_CHOICES[column])
                raise LexiconError(
                    f"{name}, line {line}, column {column!r}: expected one of "
                    f"{allowed}, got {value!r}"
                )
        rows.append(dict(row))
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    # First word of a cue form -> the form's words, longest first ("called for"
    # before "called"); keys keep the case of the data file.
    cues: dict[str, tuple[tuple[str, ...], ...]]
    cue_type: dict[str, str]  # form -> type
    neutral: dict[str, bool]  # lowercased form -> a neutral attribution verb
    title_info: dict[str, tuple[str, str]]  # lowercased title -> (role, gender)
    nouns: dict[str, str]  # singular or plural source noun -> gender
    first_names: dict[str, str]
    pronouns: dict[str, str]  # pronoun -> gender ("" unknown)
    # Capitalised words that open sentences, give titles or name institutions,
    # never a person's given name or surname: a name is cut after the last one.
    not_names: frozenset[str]
    institutions: frozenset[str]  # the not_names of kind "institution or place"
    # Given name -> the names one person may go by ("Charles" -> Chuck, Charlie),
    # both ways: "Chuck" -> {"Charles"}.
    same_person: dict[str, frozenset[str]]


@functools.cache
def _lexicon() -> _Lexicon:
    cue_type: dict[str, str] = {}
    neutral: dict[str, bool] = {}
    for row in _word_list("speech_verbs.csv"):
        for form in row["forms"].split("|"):
            cue_type[form.strip()] = row["type"]
            neutral[form.strip().lower()] = row["neutral"] == "true"
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in [*cue_type, "According to"]:
        words = tuple(form.split())
        by_first.setdefault(words[0], []).append(words)
    cues = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
    title_info = {}
    for row in _word_list("titles.csv"):
        title_info[row["title"].lower()] = (row["role"], row["gender"])
    nouns = {}
    for row in _word_list("source_nouns.csv"):
        nouns[row["noun"]] = row["gender"]
        nouns[row["plural"]] = row["gender"]
    first_names = {r["name"]: r["gender"] for r in _word_list("first_names.csv")}
    pronouns = {r["pronoun"]: r["gender"] for r in _word_list("pronouns.csv")}
    not_names = frozenset(r["word"] for r in _word_list("not_names.csv"))
    institutions = frozenset(
        r["word"]
        for r in _word_list("not_names.csv")
        if r["kind"] == "institution or place"
    )
    same: dict[str, set[str]] = {}
    for row in _word_list("nicknames.csv"):
        group = {row["name"], *row["nicknames"].split("|")}
        for name in group:
            same.setdefault(name, set()).update(group)
    same_person = {k: frozenset(v) for k, v in same.items()}
    return _Lexicon(
        cues,
        cue_type,
        neutral,
        title_info,
        nouns,
        first_names,
        pronouns,
        not_names,
        institutions,
        same_person,
    )


# Any characters: matched over a cue's span, it gives the cue as a regex match,
# whose ``start()``, ``end()`` and ``group()`` (read many times per cue) run in C.
_SPAN = re.compile(".+", re.S)


def _cue(text: str, start: int, end: int) -> re.Match[str]:
    """Return a speech cue at ``text[start:end]`` (not empty) as a regex match."""
    return _SPAN.match(text, start, end)


def _find_cues(
    text: str, words: list[tuple[int, int]], fold_case: bool
) -> list[re.Match[str]]:
    """Find every cue form in ``text`` from its word tokens, in one pass."""
    table = _lexicon().cues
    found: list[re.Match[str]] = []
    n = len(words)
    if fold_case:
        hits = [i for i, (a, b) in enumerate(words) if text[a:b].lower() in table]
    else:
        hits = [i for i, (a, b) in enumerate(words) if text[a:b] in table]
    for i in hits:
        a, _ = words[i]
        word = text[a : words[i][1]]
        forms = table[word.lower() if fold_case else word]
        for form in forms:
            size = len(form)
            if i + size > n:
                continue
            if size == 1 or all(
                text[words[i + k][0] : words[i + k][1]].lower() == form[k].lower()
                for k in range(1, size)
            ):
                found.append(_cue(text, a, words[i + size - 1][1]))
                break
    return found


def _cue_match(art: _Article, start: int, end: int) -> list[re.Match[str]]:
    """Return the article's cues inside ``[start, end)``, in text order."""
    lo = bisect.bisect_left(art.cue_starts, start)
    hi = bisect.bisect_left(art.cue_starts, end, lo)
    if lo == hi:
        return []  # most sentences hold no cue
    return [c for c in art.cues[lo:hi] if c.end() <= end]


def _is_participle(cue: str) -> bool:
    return cue.endswith("ing") and cue != "according to"


_OBJECT_CUES = frozenset(
    [
        "tell",
        "tells",
        "told",
        "telling",
        "assure",
        "assured",
        "assures",
        "warn",
        "warns",
        "warned",
        "warning",
        "urge",
        "urges",
        "urged",
        "urging",
        "ask",
        "asks",
        "asked",
        "asking",
        "remind",
        "reminded",
    ]
)
