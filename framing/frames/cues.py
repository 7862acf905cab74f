"""Frame cue files: the validated rows of ``frames.csv`` and their compiled matcher.

A frame is data: the fifteen frames of the Policy Frames Codebook are
:data:`FRAMES`; a cue file may add frames of its own (any lowercase id), which
then appear after the codebook's in every profile and column.
"""

from __future__ import annotations

import difflib
import functools
import importlib.resources
import math
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from framing._validation import read_csv_rows, table_error
from framing.matching import PhraseMatcher, split_alternatives

__all__ = ["FRAMES", "FrameCue", "FrameLexicon", "load_frame_lexicon"]

#: The fifteen frame ids, in the codebook's order (Boydstun et al. 2014, codes 1-15).
FRAMES = (
    "economic",
    "capacity_resources",
    "morality",
    "fairness_equality",
    "legality",
    "policy",
    "crime_punishment",
    "security_defense",
    "health_safety",
    "quality_of_life",
    "cultural_identity",
    "public_opinion",
    "political",
    "external_regulation",
    "other",
)
_REQUIRED = ("frame", "cue", "variants", "weight", "source")
_OPTIONAL = ("unless_before", "unless_after", "note")
# How far back ``unless_before`` looks: a few words are enough for "company culture".
_LOOKBEHIND = 40


@dataclass(frozen=True, slots=True)
class FrameCue:
    """One row of a frame lexicon: a pattern that is evidence for one frame."""

    frame: str  # one of FRAMES, or a frame the cue file adds
    cue: str  # canonical name, e.g. "national security"
    variants: str  # regular expression, matched case-insensitively on word boundaries
    weight: float  # evidence one match adds to its sentence
    unless_before: str  # regex; the match is dropped when the text before ends so
    unless_after: str  # regex; the match is dropped when the text after starts so
    source: str  # codebook definition or "judgement"
    note: str
    line: int  # the row's line in its file


class FrameLexicon:
    """A validated set of frame cues with one compiled matcher.

    The matcher is one alternation over every top-level alternative of every row's
    ``variants``, longest phrases first, so that where cues overlap the longer one
    wins ("war on drugs" before "war"). Build one with :func:`load_frame_lexicon`.
    """

    __slots__ = ("_cues", "_frames", "_name", "_owners", "_phrases", "_unless")

    def __init__(self, cues: Any, name: str = "<cues>") -> None:
        cues = tuple(cues)
        alternatives: list[tuple[int, str]] = []
        unless = []
        for k, cue in enumerate(cues):
            if not isinstance(cue, FrameCue):
                raise TypeError(
                    f"FrameLexicon entries must be FrameCue; got {type(cue).__name__}"
                )
            unless.append(_compile_unless(cue, name))
            alternatives.extend((k, alt) for alt in split_alternatives(cue.variants))
        self._cues = cues
        new = {c.frame: None for c in cues if c.frame not in FRAMES}
        self._frames = FRAMES + tuple(new)
        # Longest first (more words, then more characters of pattern), dispatched on
        # the first two or three characters of each word start.
        self._owners = tuple(k for k, _ in alternatives)
        self._phrases = PhraseMatcher(
            [alt for _, alt in alternatives],
            longest_first=True,
            word_starts=True,
            lookahead=_START_LENGTH,
        )
        self._unless = tuple(unless)
        self._name = name

    def __reduce__(self):
        """Pickle as its cues (worker processes rebuild the matcher)."""
        return (type(self), (self._cues, self._name))

    @property
    def cues(self) -> tuple[FrameCue, ...]:
        """The rows, in file order."""
        return self._cues

    @property
    def frames(self) -> tuple[str, ...]:
        """The frame ids of profiles and columns: :data:`FRAMES`, then new ones."""
        return self._frames

    @property
    def name(self) -> str:
        """Where the cues came from (a file name)."""
        return self._name

    def __len__(self) -> int:
        """Return the number of rows."""
        return len(self._cues)

    def __iter__(self) -> Iterator[FrameCue]:
        """Iterate over the rows in file order."""
        return iter(self._cues)

    def __repr__(self) -> str:
        """Return ``FrameLexicon(<name>, <n> cues)``."""
        return f"FrameLexicon({self._name!r}, {len(self._cues)} cues)"

    def _matches(self, text: str) -> Iterator[tuple[int, int, FrameCue]]:
        """Yield ``(start, end, cue)`` left to right, matches not overlapping.

        A match dropped by its row's ``unless_before`` / ``unless_after`` still
        covers its text: no shorter cue is looked for inside it.
        """
        cues, unless, owners = self._cues, self._unless, self._owners
        last = 0
        for i, start, end in self._phrases.candidates(text):
            if start < last:
                continue
            last = end
            k = owners[i]
            before, after = unless[k]
            if before is not None and before.search(
                text, max(0, start - _LOOKBEHIND), start
            ):
                continue
            if after is not None and after.match(text, end):
                continue
            yield start, end, cues[k]


# Long enough to tell "the public" from "the president": about 1.3 candidates per
# cue match in news text, against 7 word starts.
_START_LENGTH = 8


def _compile_unless(cue: FrameCue, name: str):
    out = []
    for column, raw, template in (
        ("unless_before", cue.unless_before, r"(?:{})\Z"),
        ("unless_after", cue.unless_after, "(?:{})"),
    ):
        if not raw:
            out.append(None)
            continue
        try:
            out.append(re.compile(template.format(raw), re.IGNORECASE))
        except re.error as exc:
            raise table_error(
                name, cue.line, column, f"bad regular expression {raw!r}: {exc}"
            ) from None
    return tuple(out)


def _parse_rows(source: Any) -> FrameLexicon:
    name, rows = read_csv_rows(source, _REQUIRED, _OPTIONAL)
    cues = []
    for line, row in rows:
        frame = row["frame"].lower()
        if frame not in FRAMES:
            _check_new_frame(name, line, row["frame"], frame)
        try:
            weight = float(row["weight"])
        except ValueError:
            weight = math.nan
        if not (math.isfinite(weight) and weight > 0):
            raise table_error(
                name,
                line,
                "weight",
                f"expected a positive number, got {row['weight']!r}",
            )
        variants = row["variants"]
        try:
            alone = re.compile(variants, re.IGNORECASE)
        except re.error as exc:
            raise table_error(
                name, line, "variants", f"bad regular expression {variants!r}: {exc}"
            ) from None
        if alone.groups:
            raise table_error(
                name,
                line,
                "variants",
                f"{variants!r} has a capturing group; write (?:...) instead of (...)",
            )
        if alone.fullmatch("") or any(
            re.fullmatch(alt, "") for alt in split_alternatives(variants)
        ):
            raise table_error(
                name, line, "variants", f"{variants!r} matches the empty string"
            )
        cue = FrameCue(
            frame=frame,
            cue=row["cue"],
            variants=variants,
            weight=weight,
            unless_before=row["unless_before"],
            unless_after=row["unless_after"],
            source=row["source"],
            note=row["note"],
            line=line,
        )
        _compile_unless(cue, name)
        cues.append(cue)
    return FrameLexicon(cues, name=name)


_FRAME_ID = re.compile(r"[a-z][a-z0-9_]*\Z")


def _check_new_frame(name: str, line: int, raw: str, frame: str) -> None:
    """Accept a frame id the codebook lacks, unless it looks like a misspelt one."""
    close = difflib.get_close_matches(frame, FRAMES, n=1, cutoff=0.8)
    if close or not _FRAME_ID.match(frame):
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise table_error(
            name,
            line,
            "frame",
            f"unknown frame {raw!r}; {hint}expected one of {list(FRAMES)} or a new "
            "frame id of lowercase letters, digits and _ unlike any of them",
        )


def load_frame_lexicon(path: str | os.PathLike[str] | None = None) -> FrameLexicon:
    """Load and validate a frame-cue CSV file; the bundled one when ``path`` is None.

    Parameters
    ----------
    path : str, path-like, pandas.DataFrame or FrameLexicon, default=None
        A CSV file with the columns described in ``framing/data/README.md``
        (``frame, cue, variants, weight, source`` required; ``unless_before,
        unless_after, note`` optional).

    Returns
    -------
    FrameLexicon

    Raises
    ------
    LexiconError
        At the first bad row, naming file, line and column, e.g.
        ``my.csv, line 3, column 'frame': unknown frame 'economy'; did you mean
        'economic'? ...``. A frame id unlike any of :data:`FRAMES` is a new
        frame: it follows the codebook's frames in profiles and columns.

    Examples
    --------
    >>> lexicon = load_frame_lexicon()
    >>> sorted({c.frame for c in lexicon})[:3]
    ['capacity_resources', 'crime_punishment', 'cultural_identity']
    >>> load_frame_lexicon() is lexicon
    True
    """
    if path is None:
        return _bundled()
    if isinstance(path, FrameLexicon):
        return path
    if hasattr(path, "columns") and hasattr(path, "itertuples"):
        return _parse_rows(path)
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(
            "path must be a str or path-like (or None for the bundled frame cues); "
            f"got {type(path).__name__}: {path!r:.60}"
        )
    stat = os.stat(path)
    return _cached(os.fspath(path), stat.st_size, stat.st_mtime_ns)


@functools.cache
def _bundled() -> FrameLexicon:
    return _parse_rows(importlib.resources.files("framing") / "data" / "frames.csv")


@functools.lru_cache(maxsize=8)
def _cached(path: str, size: int, mtime_ns: int) -> FrameLexicon:
    return _parse_rows(path)
