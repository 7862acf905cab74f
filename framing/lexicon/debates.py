"""Debates as data: ``debates.csv`` rows (sides, party defaults, topic words).

:func:`load_debates` reads the bundled file plus a user's; :mod:`framing.parties`
can call it for a user's debates.
"""

from __future__ import annotations

import importlib.resources
import os
import re
from typing import Any

from framing.lexicon.problems import read_rows

__all__ = ["bundled_debates_path", "load_debates", "parse_debates"]

_NAME = re.compile(r"[a-z][a-z0-9_]*")


def load_debates(path: str | os.PathLike[str] | None = None) -> dict:
    """Load and validate debates: the bundled ``debates.csv``, plus those of ``path``.

    The loader :mod:`framing.parties` can call for a user's debates; each row gives
    a :class:`framing.parties.Debate`.

    Parameters
    ----------
    path : str or path-like, default=None
        A CSV file with the columns of ``framing/data/debates.csv`` (``issue,
        topic_words, source`` required; ``sides, democratic, republican,
        labels_in_names, note`` optional). A debate of the same name replaces the
        bundled one.

    Returns
    -------
    dict of str to framing.parties.Debate
        By issue name, bundled debates first.

    Examples
    --------
    >>> debates = load_debates()
    >>> debates["guns"].sides
    ('gun_rights', 'gun_control')
    """
    bundled = parse_debates(bundled_debates_path())[0]
    if path is None:
        return bundled
    return {**bundled, **parse_debates(os.fspath(path))[0]}


def bundled_debates_path():
    """Return the location of the bundled ``debates.csv``."""
    return importlib.resources.files("framing") / "data" / "debates.csv"


_DEBATE_REQUIRED = ("issue", "topic_words", "source")
_DEBATE_OPTIONAL = ("sides", "democratic", "republican", "labels_in_names", "note")


def parse_debates(source: Any) -> tuple[dict, frozenset[str]]:
    """Return the debates of one file and the set with ``labels_in_names=count``."""
    from framing.parties import Debate

    _, rows, problems = read_rows(source, _DEBATE_REQUIRED, _DEBATE_OPTIONAL)
    out: dict = {}
    in_names = set()
    for line, row in rows:
        if any(not row[c] for c in _DEBATE_REQUIRED):
            continue
        issue = row["issue"]
        if not _NAME.fullmatch(issue) or issue in out:
            problems.add(
                line, "issue", f"expected a new lower-case name, got {issue!r}"
            )
            continue
        sides = tuple(s for s in row["sides"].split("|") if s)
        for side in sides:
            if not _NAME.fullmatch(side) or side == "unknown":
                problems.add(line, "sides", f"expected lower-case names, got {side!r}")
        for column in ("democratic", "republican"):
            if row[column] and row[column] not in sides:
                problems.add(
                    line,
                    column,
                    f"expected one of the sides {list(sides)}, got {row[column]!r}",
                )
        names = row["labels_in_names"].lower() or "skip"
        if names not in {"count", "skip"}:
            problems.add(
                line, "labels_in_names", f"expected count or skip, got {names!r}"
            )
        if names == "count":
            in_names.add(issue)
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
    problems.raise_any()
    return out, frozenset(in_names)
