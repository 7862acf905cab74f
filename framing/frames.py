"""Issue frames of the Policy Frames Codebook, per sentence, per voice and per text.

Cues from a frame lexicon (``framing/data/frames.csv``, compiled once) are found in
one pass over the word starts where a cue may begin; each sentence of the
:class:`~framing.document.Document` gets the frame with the most cue weight, and a
text's profile is the share of its sentences in each frame, for the whole text, the
author's voice and quoted voice.

Scoring
-------
1. **Cues.** Every lexicon row gives a frame, a pattern and a weight (0.5 for a word
   that only hints at a frame, up to 3 for a phrase that names it, such as "public
   opinion" or "national security"). A row's ``unless_before`` / ``unless_after``
   patterns drop a match in a context where the word means something else ("safety
   valve", "company culture", "law of averages", "bill of sale"). Where two cues
   overlap, the longer phrase wins ("war on drugs" is policy, not war).
2. **Sentences.** A sentence's evidence for a frame is the weight of its strongest
   cue of that frame plus half (``_DAMPING``) the weight of each further, different
   cue of that frame; a cue repeated in the sentence counts once. Its frame is the
   frame with the most evidence when that is at least :data:`THRESHOLD`; ties go to
   the frame whose cue comes first. Otherwise the sentence has no frame (``None``).
3. **Voices.** The same rule on the cues outside quotation marks gives the
   sentence's author-voice frame, and on the cues inside them its quoted-voice frame.
4. **Texts.** ``scores`` is the share of all sentences in each frame; ``author`` the
   share of sentences with author-voice words whose author-voice frame is that
   frame, ``quoted`` likewise for sentences with quoted words. ``primary`` is the
   frame of the most sentences (ties: most evidence, then first seen), or ``None``
   when no sentence has a frame. A single sentence is a text: its primary frame is
   its own frame.

Accuracy and the errors that remain: ``docs/frames.md``. The frame ids and their
definitions follow Boydstun, Card, Gross, Resnik & Smith
(2014), "Tracking the development of media frames within and across policy issues";
the Media Frames Corpus (Card et al. 2015) uses the same fifteen.
"""

from __future__ import annotations

import functools
import importlib.resources
import math
import os
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Any

from framing._validation import read_csv_rows, table_error
from framing.document import Document, as_document
from framing.lexicon import _ASCII_FOLDS, _ascii_lookahead, _flex_spaces, _prefixes

try:  # the regex parser, to find the fixed characters a cue starts with
    from re import _parser as _sre_parser  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parser

__all__ = [
    "FRAMES",
    "THRESHOLD",
    "FrameCue",
    "FrameLexicon",
    "FrameMatch",
    "FrameProfile",
    "SentenceFrame",
    "find_frames",
    "frame_columns",
    "frame_features",
    "frame_layer",
    "frame_profile",
    "frame_table",
    "load_frame_lexicon",
]

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

#: The least cue weight that gives a sentence a frame: one strong cue (weight >= 2)
#: or two weaker ones. A single global setting, chosen on the development sets.
THRESHOLD = 1.5

#: How much each further cue of a frame in a sentence adds, relative to its weight:
#: the strongest cue counts fully, so ten weak money words do not outweigh one
#: phrase that names another frame.
_DAMPING = 0.5

_REQUIRED = ("frame", "cue", "variants", "weight", "source")
_OPTIONAL = ("unless_before", "unless_after", "note")
# How far back ``unless_before`` looks: a few words are enough for "company culture".
_LOOKBEHIND = 40


@dataclass(frozen=True, slots=True)
class FrameCue:
    """One row of a frame lexicon: a pattern that is evidence for one frame."""

    frame: str  # one of FRAMES
    cue: str  # canonical name, e.g. "national security"
    variants: str  # regular expression, matched case-insensitively on word boundaries
    weight: float  # evidence one match adds to its sentence
    unless_before: str  # regex; the match is dropped when the text before ends so
    unless_after: str  # regex; the match is dropped when the text after starts so
    source: str  # codebook definition or "judgement"
    note: str
    line: int  # the row's line in its file


@dataclass(frozen=True, slots=True)
class FrameMatch:
    """One frame cue in a text; ``text[m.start:m.end] == m.text`` always."""

    text: str  # as written, e.g. "Public Opinion"
    start: int
    end: int  # exclusive
    frame: str  # e.g. "public_opinion"
    cue: str  # the lexicon row's canonical cue
    weight: float
    in_quote: bool  # inside a quotation span, i.e. quoted voice


@dataclass(frozen=True, slots=True)
class SentenceFrame:
    """The frame of one sentence, overall and by voice (None: no frame evident)."""

    start: int
    end: int
    frame: str | None
    author: str | None  # from the cues outside quotation marks
    quoted: str | None  # from the cues inside them
    evidence: tuple[tuple[str, float], ...]  # (frame, summed weight), largest first


def _sentence_frame(start, end, frame, author, quoted, evidence) -> SentenceFrame:
    """Return ``SentenceFrame(start, end, frame, author, quoted, evidence)``.

    Sets the slots directly: the frozen dataclass's ``__init__`` goes through
    ``object.__setattr__`` once per field, a sixth of the cost of scoring a text.
    """
    made = _new(SentenceFrame)
    _SET_START(made, start)
    _SET_END(made, end)
    _SET_FRAME(made, frame)
    _SET_AUTHOR(made, author)
    _SET_QUOTED(made, quoted)
    _SET_EVIDENCE(made, evidence)
    return made


_new = object.__new__
_SET_START, _SET_END, _SET_FRAME, _SET_AUTHOR, _SET_QUOTED, _SET_EVIDENCE = (
    getattr(SentenceFrame, name).__set__
    for name in ("start", "end", "frame", "author", "quoted", "evidence")
)


@dataclass(frozen=True, slots=True)
class FrameProfile:
    """The frames of a text: per sentence, and as shares of sentences per frame.

    ``scores``, ``author`` and ``quoted`` map every frame id in :data:`FRAMES` to a
    share in [0, 1] (NaN for a voice the text does not have); ``evidence`` maps
    each frame id to its summed cue weight over the whole text.
    """

    sentences: tuple[SentenceFrame, ...]
    scores: dict[str, float]
    author: dict[str, float]
    quoted: dict[str, float]
    evidence: dict[str, float]
    primary: str | None
    primary_author: str | None
    primary_quoted: str | None

    def top(self, n: int = 3) -> list[tuple[str, float]]:
        """Return the ``n`` frames with the largest share of sentences, largest first.

        Frames with a share of zero are left out.
        """
        ranked = sorted(
            self.scores.items(), key=lambda kv: (-kv[1], FRAMES.index(kv[0]))
        )
        return [(f, s) for f, s in ranked[:n] if s > 0]


class FrameLexicon:
    """A validated set of frame cues with one compiled matcher.

    The matcher is one alternation over every top-level alternative of every row's
    ``variants``, longest phrases first, so that where cues overlap the longer one
    wins ("war on drugs" before "war"). Build one with :func:`load_frame_lexicon`.
    """

    __slots__ = ("_buckets", "_cues", "_gaps", "_name", "_starts", "_unless")

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
            alternatives.extend((k, alt) for alt in _split_alternatives(cue.variants))
        # Longest first: more words, then more characters of pattern.
        alternatives.sort(key=lambda ka: (-ka[1].count(" "), -len(ka[1])))
        self._cues = cues
        patterns = [alt for _, alt in alternatives]
        table = _buckets(patterns)
        # Per two-letter prefix: the bucket's pattern and each group's lexicon row.
        self._buckets = {
            key: (grouped, tuple(alternatives[i][0] for i in members))
            for key, (grouped, members) in table.items()
        }
        self._starts, self._gaps = _start_finder(patterns)
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

        One C-level pass (``_gaps``) finds the word starts at which some cue
        may begin, about one in seven of news text; only there does a dict
        lookup on the first two or three characters pick a bucket and its
        pattern run (a few alternatives instead of 1,000). The same matches as
        one alternation scanned with ``finditer``, several times faster.
        """
        buckets, cues, unless = self._buckets, self._cues, self._unless
        if _ASCII_FOLDS.search(text) is None:
            starts, gaps = self._starts, self._gaps
        else:
            starts, gaps = _WORD_STARTS, _WORD_GAPS
        # A word start after the text's first character ends a match of
        # ``gaps``; the first character is one if ``starts`` matches there.
        positions: Iterator[int] = map(_END, gaps.finditer(text))
        if starts.match(text) is not None:
            positions = chain((0,), positions)
        last = 0
        for start in positions:
            if start < last:
                continue
            head = text[start : start + 3].lower()
            bucket = buckets.get(head) or buckets.get(head[:2])
            if bucket is None:
                continue
            grouped, owners = bucket
            m = grouped.match(text, start)
            if m is None:
                continue
            end = last = m.end()
            k = owners[m.lastindex - 1]
            before, after = unless[k]
            if before is not None and before.search(
                text, max(0, start - _LOOKBEHIND), start
            ):
                continue
            if after is not None and after.match(text, end):
                continue
            yield start, end, cues[k]


# Where a cue can start: a word character (or "$") not preceded by one.
_WORD_STARTS = re.compile(r"(?<!\w)[\w$]")
# The same positions but the text's first, as the ends of matches of the
# character before them: a pattern that starts with a character class is
# searched for in C, skipping the letters inside words, where a lookbehind is
# tried at every position. A match one character long never hides the next.
_WORD_GAPS = re.compile(r"\W(?=[\w$])")
_END = re.Match.end


def _split_alternatives(pattern: str) -> list[str]:
    """Split a regex on its top-level ``|`` (outside groups and character classes)."""
    parts, depth, escaped, in_class, last = [], 0, False, False, 0
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
    parts.append(pattern[last:])
    return [p for p in parts if p]


_ANY_START = "abcdefghijklmnopqrstuvwxyz0123456789$"


def _literal_head(pattern: str) -> str:
    """Return the lowercase word characters every match of ``pattern`` starts with."""
    try:
        parsed = _sre_parser.parse(pattern, re.IGNORECASE)
    except re.error:  # pragma: no cover - validated before
        return ""
    head = []
    for op, value in parsed:
        if str(op) != "LITERAL":
            break
        char = chr(value)
        if not (char.isalnum() or char == "$"):
            break
        head.append(char.lower())
    return "".join(head)


def _buckets(alternatives: list[str]) -> dict[str, tuple]:
    """Group alternatives by the two or three characters they can start with.

    Returns ``{prefix: (grouped, members)}``: the pattern tries the members
    (indices into ``alternatives``, in their given order, longest first) at one
    position; its group ``g`` is ``alternatives[members[g - 1]]``. An alternative
    that starts with three fixed characters ("econom...") is in that
    three-character bucket; others are in the buckets of the two characters they
    can start with ("a duty", "our duty": "a ", "ou"), and each three-character
    bucket also holds the two-character bucket it extends; an alternative whose
    start the regex parser cannot tell is in every bucket.
    """
    two: dict[str, set[int]] = {}
    three: dict[str, set[int]] = {}
    unknown: set[int] = set()
    for i, alt in enumerate(alternatives):
        head = _literal_head(alt)
        if len(head) >= 3:
            three.setdefault(head[:3], set()).add(i)
            continue
        found = _prefixes(alt)
        if not found or any(len(p) < 2 for p in found):
            unknown.add(i)
            continue
        # framing.lexicon may give longer prefixes; the buckets key on two letters.
        for prefix in {p[:2].lower() for p in found}:
            two.setdefault(prefix, set()).add(i)
    if unknown:
        for a in _ANY_START:
            for b in _ANY_START + " -'.":
                two.setdefault(a + b, set())
    merged = {key: members | two.get(key[:2], set()) for key, members in three.items()}
    merged.update(two)
    out = {}
    for prefix, members in merged.items():
        ordered = sorted(members | unknown)
        grouped = "|".join(f"({_flex_spaces(alternatives[i])})" for i in ordered)
        out[prefix] = (re.compile(rf"(?:{grouped})(?!\w)", re.IGNORECASE), ordered)
    return out


def _start_finder(alternatives: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile the patterns that find the word starts where some cue may match.

    A case-sensitive lookahead trie (:func:`framing.lexicon._ascii_lookahead`) on
    the first ``_START_LENGTH`` characters of every match of an alternative. It
    may find more positions than the buckets accept, never fewer, in a text
    without ``_ASCII_FOLDS``. When some alternative's start is unknown, every word
    start is a candidate. Returns two patterns, as ``_WORD_STARTS`` and
    ``_WORD_GAPS`` are: the first finds the starts, the second ends where one is.
    """
    lookahead = _ascii_lookahead(alternatives, _START_LENGTH)
    if lookahead is None:
        return _WORD_STARTS, _WORD_GAPS
    return (
        re.compile(rf"(?<!\w)(?=[\w$])(?={lookahead})"),
        re.compile(rf"\W(?=[\w$])(?={lookahead})"),
    )


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
            raise table_error(
                name,
                line,
                "frame",
                f"unknown frame {row['frame']!r}; expected one of {list(FRAMES)}",
            )
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
            re.fullmatch(alt, "") for alt in _split_alternatives(variants)
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
        ``my.csv, line 3, column 'frame': unknown frame 'economy'; ...``.

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


def find_frames(text, lexicon=None) -> list[FrameMatch]:
    """Find every frame cue in a text and say whether it is quoted.

    Parameters
    ----------
    text : str or Document
        Any text. None or NaN gives an empty list.
    lexicon : FrameLexicon or path-like, default=None
        The bundled frame cues when None.

    Returns
    -------
    list of FrameMatch
        Sorted by position; ``text[m.start:m.end] == m.text`` for each.

    Examples
    --------
    >>> from framing.frames import find_frames
    >>> text = 'The plan will cost $2 billion, the mayor said. "It is unfair."'
    >>> [(m.text, m.frame, m.in_quote) for m in find_frames(text)][-2:]
    [('mayor', 'political', False), ('unfair', 'fairness_equality', True)]
    """
    doc = as_document(text)
    text = doc.text
    return [
        FrameMatch(
            text=text[start:end],
            start=start,
            end=end,
            frame=cue.frame,
            cue=cue.cue,
            weight=cue.weight,
            in_quote=quoted,
        )
        for start, end, cue, quoted in _find(doc, load_frame_lexicon(lexicon))
    ]


def _find(doc: Document, lexicon: FrameLexicon) -> list[tuple]:
    """Return ``(start, end, cue, in_quote)`` per match, cached on the Document.

    Plain tuples: the profile needs no FrameMatch objects, and building a frozen
    dataclass per match would cost more than finding it.
    """
    key = ("frames.matches", id(lexicon))
    cached = doc.cache.get(key)
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    # Matches and quotations are both sorted and quotations do not overlap: one
    # walk says which matches start inside one (as ``doc.in_quote`` would).
    quotations = doc.quotations
    q, n = 0, len(quotations)
    found = []
    for start, end, cue in lexicon._matches(doc.text):
        while q < n and quotations[q].end <= start:
            q += 1
        found.append((start, end, cue, q < n and quotations[q].start <= start))
    doc.cache[key] = (lexicon, found)
    return found


def _best(evidence: dict[str, float], first: dict[str, int]) -> str | None:
    if not evidence:
        return None
    if len(evidence) == 1:
        frame = next(iter(evidence))
    else:
        frame = max(evidence, key=lambda f: (evidence[f], -first[f]))
    return frame if evidence[frame] >= THRESHOLD else None


def frame_profile(text, lexicon=None) -> FrameProfile:
    """Return the frames of a text: per sentence, per voice and for the whole text.

    See the module docstring for the scoring.

    Parameters
    ----------
    text : str or Document
        Any text; a single sentence is a text. None or NaN gives an empty profile
        (no sentences, ``primary`` None).
    lexicon : FrameLexicon or path-like, default=None
        The bundled frame cues when None.

    Returns
    -------
    FrameProfile

    Examples
    --------
    >>> from framing.frames import frame_profile
    >>> frame_profile("Voters punished the party at the polls.").primary
    'political'
    >>> profile = frame_profile(
    ...     "The clinic ran out of beds. Nurses said the flu is spreading. "
    ...     "Doctors urged people to get vaccinated. The council met on Tuesday."
    ... )
    >>> [s.frame for s in profile.sentences]
    ['capacity_resources', 'health_safety', 'health_safety', None]
    >>> profile.scores["health_safety"], profile.primary
    (0.5, 'health_safety')
    """
    doc = as_document(text)
    lexicon = load_frame_lexicon(lexicon)
    key = ("frames.profile", id(lexicon))
    cached = doc.cache.get(key)
    if cached is not None and cached[0] is lexicon:
        return cached[1]
    profile = _profile(doc, lexicon)
    doc.cache[key] = (lexicon, profile)
    return profile


def _profile(doc: Document, lexicon: FrameLexicon) -> FrameProfile:
    matches = _find(doc, lexicon)
    match_starts = [m[0] for m in matches]
    spans = doc.sentences
    # Quotations as plain pairs (sorted by start, not overlapping), and word
    # starts for counting words by bisection, as ``doc.count_words`` does.
    quotations = [(quote.start, quote.end) for quote in doc.quotations]
    n_quotations = len(quotations)
    word_starts = doc._word_starts
    sentences = []
    totals: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {"all": {}, "author": {}, "quoted": {}}
    n_author = n_quoted = 0
    i = q = 0
    for start, end in spans:
        # Matches before this sentence (between paragraphs) are skipped.
        i = bisect_left(match_starts, start, i)
        stop = bisect_left(match_starts, end, i)
        # Words inside quotation marks in this sentence (quotations sorted by start).
        while q < n_quotations and quotations[q][1] <= start:
            q += 1
        quoted_words = 0
        k = q
        while k < n_quotations and quotations[k][0] < end:
            a = start if start > quotations[k][0] else quotations[k][0]
            b = end if end < quotations[k][1] else quotations[k][1]
            if a < b:
                quoted_words += bisect_left(word_starts, b) - bisect_left(
                    word_starts, a
                )
            k += 1
        words = bisect_left(word_starts, end) - bisect_left(word_starts, start)
        has_author = words > quoted_words
        has_quoted = quoted_words > 0
        n_author += has_author
        n_quoted += has_quoted
        if i == stop:  # no cue: no frame, in either voice
            sentences.append(_sentence_frame(start, end, None, None, None, ()))
            continue
        evidence: dict[str, float] = {}
        by_voice: tuple[dict[str, float], dict[str, float]] = ({}, {})
        strongest: dict[str, float] = {}
        strongest_by_voice: tuple[dict[str, float], dict[str, float]] = ({}, {})
        first: dict[str, int] = {}
        seen: set[tuple[int, bool]] = set()
        for m_start, _, cue, quoted in matches[i:stop]:
            # A cue repeated in one sentence ("war ... war ... war") counts once.
            row = id(cue)
            if (row, quoted) in seen:
                continue
            seen.add((row, quoted))
            frame, weight = cue.frame, cue.weight
            # The strongest cue of a frame counts fully, each other one
            # ``_DAMPING`` of its weight; a stronger cue takes the lead by
            # replacing the old leader's full weight with its damped weight.
            if (row, not quoted) not in seen:
                old = strongest.get(frame, 0.0)
                if weight > old:
                    strongest[frame] = weight
                    evidence[frame] = (
                        evidence.get(frame, 0.0) + old * _DAMPING - old + weight
                    )
                else:
                    evidence[frame] = evidence.get(frame, 0.0) + weight * _DAMPING
            voice, top = by_voice[quoted], strongest_by_voice[quoted]
            old = top.get(frame, 0.0)
            if weight > old:
                top[frame] = weight
                voice[frame] = voice.get(frame, 0.0) + old * _DAMPING - old + weight
            else:
                voice[frame] = voice.get(frame, 0.0) + weight * _DAMPING
            if frame not in first:
                first[frame] = m_start
                if frame not in first_seen:
                    first_seen[frame] = m_start
            totals[frame] = totals.get(frame, 0.0) + weight
        i = stop
        # Largest evidence first; frames never tie on where they first appear.
        if len(evidence) == 1:
            ranked = tuple(evidence.items())
        else:
            ranked = tuple(
                sorted(evidence.items(), key=lambda kv: (-kv[1], first[kv[0]]))
            )
        frame = ranked[0][0] if ranked[0][1] >= THRESHOLD else None
        author = _best(by_voice[0], first) if has_author else None
        quoted = _best(by_voice[1], first) if has_quoted else None
        if frame is not None:
            counts["all"][frame] = counts["all"].get(frame, 0) + 1
        if author is not None:
            counts["author"][author] = counts["author"].get(author, 0) + 1
        if quoted is not None:
            counts["quoted"][quoted] = counts["quoted"].get(quoted, 0) + 1
        sentences.append(_sentence_frame(start, end, frame, author, quoted, ranked))
    n_sentences = len(spans)

    def shares(count: dict[str, int], total: int) -> dict[str, float]:
        return {f: (count.get(f, 0) / total if total else math.nan) for f in FRAMES}

    def primary(count: dict[str, int]) -> str | None:
        if not count:
            return None
        return max(
            count,
            key=lambda f: (count[f], totals.get(f, 0.0), -first_seen.get(f, 0)),
        )

    return FrameProfile(
        sentences=tuple(sentences),
        scores=shares(counts["all"], n_sentences),
        author=shares(counts["author"], n_author),
        quoted=shares(counts["quoted"], n_quoted),
        evidence={f: totals.get(f, 0.0) for f in FRAMES},
        primary=primary(counts["all"]),
        primary_author=primary(counts["author"]),
        primary_quoted=primary(counts["quoted"]),
    )


def frame_columns() -> dict[str, str]:
    """Return the ``analyze()`` columns :func:`frame_features` adds, with dtypes.

    Examples
    --------
    >>> cols = frame_columns()
    >>> cols["frame_primary"], cols["frame_economic_author"], len(cols)
    ('object', 'float64', 34)
    """
    cols = {
        "frame_primary": "object",
        "frame_primary_author": "object",
        "frame_primary_quoted": "object",
        "frame_sentences": "int64",
    }
    for voice in ("author", "quoted"):
        for frame in FRAMES:
            cols[f"frame_{frame}_{voice}"] = "float64"
    return cols


def frame_features(doc, lexicon=None) -> dict[str, Any]:
    """Return the frame columns of one article as a flat dict (see ``docs/columns.md``).

    ``frame_primary*`` are frame ids or "" when no frame is evident;
    ``frame_sentences`` counts sentences with a frame; ``frame_<id>_author`` and
    ``frame_<id>_quoted`` are shares of the voice's sentences (NaN without that
    voice).

    Examples
    --------
    >>> row = frame_features('Taxes rose. "Voters will remember," she said.')
    >>> row["frame_primary_author"], row["frame_primary_quoted"]
    ('economic', 'political')
    >>> row["frame_economic_author"], row["frame_political_quoted"]
    (0.5, 1.0)
    """
    profile = frame_profile(as_document(doc), lexicon=lexicon)
    row: dict[str, Any] = {
        "frame_primary": profile.primary or "",
        "frame_primary_author": profile.primary_author or "",
        "frame_primary_quoted": profile.primary_quoted or "",
        "frame_sentences": sum(s.frame is not None for s in profile.sentences),
    }
    for voice, shares in (("author", profile.author), ("quoted", profile.quoted)):
        for frame in FRAMES:
            row[f"frame_{frame}_{voice}"] = shares[frame]
    return row


def frame_table(texts, lexicon=None):
    """Return one row of frame shares per text: a DataFrame for corpus comparisons.

    Parameters
    ----------
    texts : iterable of str, or pandas.Series
        The articles; None or NaN gives a row without a frame (shares NaN). A
        Series keeps its index.
    lexicon : FrameLexicon or path-like, default=None
        The bundled frame cues when None.

    Returns
    -------
    pandas.DataFrame
        ``frame_primary`` (frame id or ""), ``n_sentences``, and ``frame_<id>``
        for each id in :data:`FRAMES`: the share of the text's sentences in that
        frame (NaN for a text without sentences), all voices together.

    Examples
    --------
    >>> table = frame_table(["Taxes rose. The council met.", None])
    >>> table[["frame_primary", "n_sentences", "frame_economic"]]
      frame_primary  n_sentences  frame_economic
    0      economic            2             0.5
    1                          0             NaN
    """
    import pandas as pd

    index = texts.index if isinstance(texts, pd.Series) else None
    lexicon = load_frame_lexicon(lexicon)
    rows = []
    for text in texts:
        profile = frame_profile(text, lexicon=lexicon)
        row = {"frame_primary": profile.primary or ""}
        row["n_sentences"] = len(profile.sentences)
        row.update({f"frame_{f}": share for f, share in profile.scores.items()})
        rows.append(row)
    columns = ["frame_primary", "n_sentences", *(f"frame_{f}" for f in FRAMES)]
    out = pd.DataFrame(rows, columns=columns, index=index)
    return out.astype({"n_sentences": "int64"} | {c: "float64" for c in columns[2:]})


# Underline colours of the frame cues in highlight(): 14 distinct hues (Tableau 20).
_FRAME_COLORS = {
    "economic": "#2ca02c",
    "capacity_resources": "#98df8a",
    "morality": "#9467bd",
    "fairness_equality": "#e377c2",
    "legality": "#1f77b4",
    "policy": "#17becf",
    "crime_punishment": "#d62728",
    "security_defense": "#8c564b",
    "health_safety": "#ff7f0e",
    "quality_of_life": "#bcbd22",
    "cultural_identity": "#c5b0d5",
    "public_opinion": "#7f7f7f",
    "political": "#aec7e8",
    "external_regulation": "#c49c94",
    "other": "#dbdb8d",
}


def frame_layer(text, lexicon=None):
    """Return the frame cues of ``text`` as a :class:`framing.view.Layer`.

    Each cue is underlined in its frame's colour, with a tooltip naming frame, cue,
    weight and voice; the legend lists the frames present. Use it with
    ``framing.highlight(text, layers=[frame_layer(text)])`` or
    ``framing.highlight(text, frames=True)``.

    Examples
    --------
    >>> layer = frame_layer("Taxes rose, and the poll tax fell.")
    >>> [(m.start, m.end, m.cls) for m in layer.marks]
    [(0, 5, 'frame frame-economic'), (20, 28, 'frame frame-fairness_equality')]
    >>> [label for _, label in layer.legend]
    ['economic', 'fairness and equality']
    """
    from framing.view import Layer, Mark

    doc = as_document(text)
    found = find_frames(doc, lexicon=lexicon)
    marks = [
        Mark(
            m.start,
            m.end,
            f"frame frame-{m.frame}",
            f"{m.frame}: {m.cue} (weight {m.weight:g})"
            + (" · in a quotation" if m.in_quote else ""),
        )
        for m in found
    ]
    present = [f for f in FRAMES if any(m.frame == f for m in found)]
    css = "".join(
        f".framing-view span.frame.frame-{f} {{ text-decoration: underline 3px "
        f"{_FRAME_COLORS[f]}; text-underline-offset: 3px; }}\n"
        for f in FRAMES
    )
    return Layer(
        name="frames",
        marks=marks,
        tag="span",
        legend=[(f"frame frame-{f}", _frame_label(f)) for f in present],
        css=css,
    )


def _frame_label(frame: str) -> str:
    return (
        frame.replace("_", " and ", 1)
        if frame in _AND_FRAMES
        else frame.replace("_", " ")
    )


# Frame ids that join two nouns ("health_safety" is "health and safety").
_AND_FRAMES = frozenset(
    {
        "capacity_resources",
        "fairness_equality",
        "crime_punishment",
        "security_defense",
        "health_safety",
    }
)
