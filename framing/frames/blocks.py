"""Frame cues that are not the frame: inside a longer name or idiom.

Two checks on every cue match (issue 22: "mother-in-law" counted as legality, the
company "Seventh Generation" as cultural identity):

- **Blocks.** ``framing/data/frame_blocks.csv`` lists multiword expressions and
  the frame whose cues they block: "mother-in-law" blocks legality, "pay
  attention" economic, "good faith" morality, "politically charged" and "assault
  weapons" crime_punishment, "war chest" security_defense. A cue of that frame
  overlapping the expression does not count.
- **Names.** A capitalised cue followed by another capitalised word is inside a
  name whose head is that word ("Seventh Generation Inc.", "the Pain-Capable Act",
  "the Congressional Budget Office"): the name of an organisation or a law, not
  the frame. A cue that ends its name still counts ("the U.S. Supreme Court"), as
  does an office ("Attorney General") and every political cue (party and office
  names are the political frame).
"""

from __future__ import annotations

import functools
import importlib.resources
import re

from framing._validation import read_csv_rows, table_error
from framing.frames.cues import FRAMES
from framing.matching import ASCII_FOLDS, ascii_lookahead, flex_spaces

__all__ = ["blocked_spans", "inside_name"]


@functools.cache
def _blocks() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per frame, from the bundled ``frame_blocks.csv``."""
    path = importlib.resources.files("framing") / "data" / "frame_blocks.csv"
    name, rows = read_csv_rows(path, ("expression", "blocks", "source"), ("note",))
    by_frame: dict[str, list[str]] = {}
    for line, row in rows:
        if row["blocks"] not in FRAMES:
            raise table_error(name, line, "blocks", f"unknown frame {row['blocks']!r}")
        try:
            re.compile(row["expression"])
        except re.error as exc:
            raise table_error(name, line, "expression", str(exc)) from None
        by_frame.setdefault(row["blocks"], []).append(flex_spaces(row["expression"]))
    return tuple(
        (frame, re.compile(rf"(?<!\w)(?:{'|'.join(alts)})(?!\w)", re.IGNORECASE))
        for frame, alts in by_frame.items()
    )


@functools.cache
def _candidates() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Return the scans for the positions where some frame's block matches.

    A case-sensitive lookahead on the first letters of every block (as the
    :class:`~framing.matching.PhraseMatcher` dispatch has) skips most word
    starts in C, then all the blocks are tried at once: one pass finds the few
    positions where a block matches, instead of one pass per frame. None when
    some block may start anywhere.
    """
    patterns = [p.pattern for _, p in _blocks()]
    look = ascii_lookahead(patterns, 6)
    if look is None:
        return None
    # Then the blocks themselves, so that only positions where one matches remain.
    some = "|".join(f"(?:{p})" for p in patterns)
    return (
        re.compile(f"(?={look})(?={some})", re.IGNORECASE),
        re.compile(rf"\W(?={look})(?={some})", re.IGNORECASE),
    )


def blocked_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Return, per frame, the spans of ``text`` whose cues of that frame are void.

    Examples
    --------
    >>> blocked_spans("My mother-in-law pays attention to the law.")
    {'legality': [(3, 16)], 'economic': [(17, 31)]}
    """
    found = _candidates()
    if found is None or ASCII_FOLDS.search(text) is not None:
        return _blocked_by_pass(text)
    start, scan = found
    positions = [m.end() for m in scan.finditer(text)]
    if not positions and start.match(text) is None:
        return {}
    if start.match(text) is not None:
        positions.insert(0, 0)
    # Each frame's matches as its own ``finditer`` gives them: the leftmost match
    # at or after the end of the last one starts at one of the positions.
    out: dict[str, list[tuple[int, int]]] = {}
    for frame, pattern in _blocks():
        spans: list[tuple[int, int]] = []
        last = 0
        for at in positions:
            if at < last:
                continue
            m = pattern.match(text, at)
            if m is not None:
                spans.append(m.span())
                last = m.end()
        if spans:
            out[frame] = spans
    return out


def _blocked_by_pass(text: str) -> dict[str, list[tuple[int, int]]]:
    """Return the reference: one ``finditer`` per frame (for folded texts)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for frame, pattern in _blocks():
        spans = [m.span() for m in pattern.finditer(text)]
        if spans:
            out[frame] = spans
    return out


_NAME_AFTER = re.compile(r"[ \-‐‑]([A-Z][\w'’\-]*)")
# Not a name's head: sentence openers after a headline word, and "General" of an
# office whose first word names the field (Attorney General, Surgeon General).
_NOT_HEADS = frozenset({"I", "The", "A", "An", "In", "On", "But", "And", "General"})


def inside_name(text: str, start: int, end: int, frame: str) -> bool:
    """Say whether the cue at ``start:end`` is inside a name headed by another word."""
    if frame == "political" or not text[start : start + 1].isupper():
        return False
    m = _NAME_AFTER.match(text, end)
    return m is not None and m.group(1) not in _NOT_HEADS
