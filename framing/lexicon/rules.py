"""Context rules and debate words as data: ``context_rules.csv`` and ``debates.csv``.

A context rule is a row naming a rule, its kind (one of :data:`RULE_KINDS`, each
implemented once in :mod:`framing.terms.rules`) and its parameters; a lexicon row's
``context`` names a rule.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
from dataclasses import dataclass
from typing import Any

from framing.lexicon.debates import bundled_debates_path, parse_debates
from framing.lexicon.problems import read_rows

__all__ = [
    "RULE_KINDS",
    "ContextRule",
    "bundled_debate_words",
    "bundled_rules",
    "debate_words",
    "load_context_rules",
    "rules_from",
    "stat_key",
]

_NAME = re.compile(r"[a-z][a-z0-9_]*")

#: The kinds a context rule (a row of ``context_rules.csv``) may have, each with the
#: parameters it takes. ``always``: every match counts; ``topic_nearby``: a topic
#: word in the match's paragraph or within ``window`` characters (``pattern``, a
#: regular expression, or ``debate``, that debate's ``topic_words``), not after a
#: word of ``not_before`` nor before one of ``not_after``, always after one of
#: ``yes_before``; ``not_beside``: not after a word of ``before`` nor before one of
#: ``after`` (``joined=true``: only with nothing or a hyphen between);
#: ``noun``, ``person``, ``migration_subject``, ``political_side``,
#: ``attribution``, ``author``, ``author_voice``, ``label_voice``: the rules
#: described in ``framing/data/README.md``.
RULE_KINDS = {
    "always": (),
    "noun": (),
    "person": (),
    "migration_subject": (),
    "political_side": (),
    "attribution": (),
    "author": (),
    "author_voice": (),
    "label_voice": (),
    "topic_nearby": (
        "pattern",
        "debate",
        "window",
        "not_before",
        "not_after",
        "yes_before",
    ),
    "not_beside": ("before", "after", "joined"),
}


@dataclass(frozen=True, slots=True)
class ContextRule:
    """One row of ``context_rules.csv``: a named rule, its kind and parameters.

    ``parameters`` holds ``(key, value)`` pairs as written (``window=800``); list
    values separate their words with ``|``.
    """

    rule: str  # the name a lexicon row's ``context`` gives, e.g. "guns"
    kind: str  # one of RULE_KINDS
    parameters: tuple[tuple[str, str], ...]
    source: str
    note: str = ""
    line: int = 0

    def get(self, key: str, default: str = "") -> str:
        """Return the parameter ``key`` as written, ``default`` when absent."""
        for k, value in self.parameters:
            if k == key:
                return value
        return default

    def words(self, key: str) -> frozenset[str]:
        """Return a list parameter as a set of lower-case words."""
        return frozenset(w.strip().lower() for w in self.get(key).split("|") if w)


def load_context_rules(path: str | os.PathLike[str] | None = None) -> dict:
    """Load and validate context rules: the bundled ones, plus those of ``path``.

    Parameters
    ----------
    path : str or path-like, default=None
        A CSV file with the columns ``rule, kind, parameters, source`` (``note``
        optional; schema in ``framing/data/README.md``). Its rules are added to
        the bundled ones; a rule of the same name replaces the bundled rule.

    Returns
    -------
    dict of str to ContextRule
        By rule name.

    Raises
    ------
    LexiconError
        Naming every bad row: unknown kinds, unknown or malformed parameters, bad
        regular expressions.

    Examples
    --------
    >>> rules = load_context_rules()
    >>> rules["guns"].kind, rules["guns"].get("window")
    ('topic_nearby', '0')
    """
    if path is None:
        return dict(bundled_rules())
    return dict(rules_from(stat_key(path)))


_RULE_COLUMNS = ("rule", "kind", "source")


def _parse_rules(source: Any) -> dict[str, ContextRule]:
    _, rows, problems = read_rows(source, _RULE_COLUMNS, ("parameters", "note"))
    out: dict[str, ContextRule] = {}
    for line, row in rows:
        if any(not row[c] for c in _RULE_COLUMNS):
            continue
        rule, kind = row["rule"].lower(), row["kind"].lower()
        if not _NAME.fullmatch(rule) or rule in out:
            problems.add(line, "rule", f"expected a new lower-case name, got {rule!r}")
            continue
        if kind not in RULE_KINDS:
            problems.add(
                line,
                "kind",
                f"unknown kind {kind!r}; expected one of {list(RULE_KINDS)}",
            )
            continue
        params = []
        for part in row["parameters"].split(";"):
            if not part.strip():
                continue
            key, eq, value = part.partition("=")
            key = key.strip().lower()
            if not eq or key not in RULE_KINDS[kind]:
                problems.add(
                    line,
                    "parameters",
                    f"{part.strip()!r}: expected key=value with a key of "
                    f"{list(RULE_KINDS[kind]) or 'no parameters'} for kind {kind!r}",
                )
                continue
            params.append((key, value.strip()))
        found = ContextRule(rule, kind, tuple(params), row["source"], row["note"], line)
        if kind == "topic_nearby":
            if (found.get("pattern") == "") == (found.get("debate") == ""):
                problems.add(
                    line,
                    "parameters",
                    "topic_nearby needs pattern= or debate= (one of them)",
                )
            try:
                re.compile(found.get("pattern"))
            except re.error as exc:
                problems.add(line, "parameters", f"bad regular expression: {exc}")
            if not found.get("window", "0").isdigit():
                problems.add(
                    line,
                    "parameters",
                    f"window: expected a number of characters, "
                    f"got {found.get('window')!r}",
                )
        if kind == "not_beside" and found.get("joined", "false") not in {
            "true",
            "false",
        }:
            problems.add(line, "parameters", "joined: expected true or false")
        out[rule] = found
    problems.raise_any()
    return out


@functools.cache
def bundled_rules() -> dict[str, ContextRule]:
    """Return the bundled context rules (``framing/data/context_rules.csv``)."""
    return _parse_rules(
        importlib.resources.files("framing") / "data" / "context_rules.csv"
    )


@functools.lru_cache(maxsize=8)
def rules_from(key) -> dict[str, ContextRule]:
    """Return the bundled rules plus those of the file ``key[0]`` (a stat_key)."""
    if key is None:
        return bundled_rules()
    return {**bundled_rules(), **_parse_rules(key[0])}


def stat_key(path) -> tuple | None:
    """Return ``(path, size, mtime)`` of a file for caching, None for None."""
    if path is None:
        return None
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            f"expected a path to a CSV file or None; got {type(path).__name__}: "
            f"{path!r:.60}"
        )
    stat = os.stat(path)
    return (os.fspath(path), stat.st_size, stat.st_mtime_ns)


@functools.cache
def bundled_debate_words() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Return the bundled debates' topic words and their ``labels_in_names`` set."""
    debates, names = parse_debates(bundled_debates_path())
    return {k: d.topic_words for k, d in debates.items()}, names


@functools.lru_cache(maxsize=8)
def debate_words(key) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """As :func:`bundled_debate_words`, with the debates of the file ``key[0]``."""
    topics, names = bundled_debate_words()
    if key is None:
        return topics, names
    debates, more = parse_debates(key[0])
    return {**topics, **{k: d.topic_words for k, d in debates.items()}}, names | more
