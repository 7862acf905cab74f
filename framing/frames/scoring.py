"""Frame scoring: cues per sentence, sentence frames, per-voice shares per text.

The rules are in the :mod:`framing.frames` docstring; the frames a profile has are
those of its cue file (:attr:`FrameLexicon.frames`).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

from framing.document import Document, as_document
from framing.frames.blocks import blocked_spans, inside_name
from framing.frames.cues import FrameLexicon, load_frame_lexicon

__all__ = [
    "FALLBACK",
    "MIN_LEAD",
    "MIN_SENTENCES",
    "MIN_SUPPORT",
    "MIXED",
    "THRESHOLD",
    "TIE_ORDER",
    "FrameMatch",
    "FrameProfile",
    "SentenceFrame",
    "find_frames",
    "frame_columns",
    "frame_features",
    "frame_profile",
    "frame_table",
]

#: The least cue weight that gives a sentence a frame: one strong cue (weight >= 2)
#: or two weaker ones. A single global setting, chosen on the development sets.
THRESHOLD = 1.5
#: Below :data:`THRESHOLD`, a sentence whose cues give one frame at least this much
#: evidence, strictly more than any other frame, still takes that frame: one usual
#: cue of a frame and nothing as strong for another ("the senator", "the program
#: requirements"). Chosen on the shared and own-tune AllSides sentences, where a
#: third of framed sentences had no frame; FrAC dev macro-F1 is unchanged by it
#: (``docs/validity_language.md``). Ties and hints (0.5) alone stay without a frame.
FALLBACK = 1.0
#: Sentences an article's ``supported`` frame needs behind it, and its lead in
#: sentences over the next frame (below it the article is "mixed"): chosen on the
#: 17 own-tune articles (grid 1-4 x 1-3), then scored on the 12 shared ones
#: (``docs/validity_language.md``).
MIN_SUPPORT = 3
MIN_LEAD = 3
#: Texts shorter than this (sentences) keep ``primary`` as ``supported``.
MIN_SENTENCES = 5
#: The ``supported`` value of an article whose two leading frames are close.
MIXED = "mixed"

#: How much each further cue of a frame in a sentence adds, relative to its weight:
#: the strongest cue counts fully, so ten weak money words do not outweigh one
#: phrase that names another frame.
_DAMPING = 0.5

#: Below :data:`THRESHOLD`, frames tied for the lead are broken in this order: how
#: often the coders chose each frame as a sentence's primary on the tune sentences
#: (shared 120, own-tune rounds 1-2, 317: political 115, policy 67, economic 47,
#: legality 31, health 25, public opinion 19, quality of life 16, crime 15,
#: fairness 15, cultural identity 13, morality 12, capacity 10, external 4,
#: security 2). Frames a cue file adds come after these, in file order.
TIE_ORDER = (
    "political",
    "policy",
    "economic",
    "legality",
    "health_safety",
    "public_opinion",
    "quality_of_life",
    "crime_punishment",
    "fairness_equality",
    "cultural_identity",
    "morality",
    "capacity_resources",
    "external_regulation",
    "security_defense",
    "other",
)
_TIE_RANK = {f: k for k, f in enumerate(TIE_ORDER)}


def _tie_key(frame: str) -> int:
    return _TIE_RANK.get(frame, len(TIE_ORDER))


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

    ``scores``, ``author`` and ``quoted`` map every frame id of the cue file
    (:attr:`FrameLexicon.frames`, the codebook's :data:`FRAMES` first) to a
    share in [0, 1] (NaN for a voice the text does not have); ``evidence`` maps
    each frame id to its summed cue weight over the whole text.

    The evidence behind an article's frame (left out of the repr, which stays the
    documented one): ``support`` maps each frame that has sentences to their
    number. ``supported`` is the frame of most sentences only when enough
    sentences carry it: at least :data:`MIN_SUPPORT` of them, and
    :data:`MIN_LEAD` more than the next frame; ``"mixed"`` (:data:`MIXED`) when
    the lead is smaller, and ``mixed`` then names the two leading frames; None
    when no frame has :data:`MIN_SUPPORT` sentences. A text of fewer than
    :data:`MIN_SENTENCES` sentences keeps its ``primary`` (a sentence is a text).
    ``primary`` is the frame of most sentences, however few.
    """

    sentences: tuple[SentenceFrame, ...]
    scores: dict[str, float]
    author: dict[str, float]
    quoted: dict[str, float]
    evidence: dict[str, float]
    primary: str | None
    primary_author: str | None
    primary_quoted: str | None
    support: dict[str, int] = field(default_factory=dict, repr=False)
    supported: str | None = field(default=None, repr=False)
    mixed: tuple[str, ...] = field(default=(), repr=False)

    def top(self, n: int = 3) -> list[tuple[str, float]]:
        """Return the ``n`` frames with the largest share of sentences, largest first.

        Frames with a share of zero are left out.
        """
        ranked = sorted(
            enumerate(self.scores.items()), key=lambda ikv: (-ikv[1][1], ikv[0])
        )
        ranked = [kv for _, kv in ranked]
        return [(f, s) for f, s in ranked[:n] if s > 0]


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
    append = found.append
    text = doc.text
    blocked = blocked_spans(text)
    furniture = doc.furniture  # no frame cue from page furniture
    in_furniture = doc.furniture_index.contains if furniture else None
    for start, end, cue in lexicon._matches(text):
        if in_furniture is not None and in_furniture(start):
            continue
        frame = cue.frame
        if blocked and any(a < end and start < b for a, b in blocked.get(frame, ())):
            continue  # "mother-in-law", "pay attention": not the frame
        # ``inside_name`` is False for a cue that does not start with a capital.
        if text[start].isupper() and inside_name(text, start, end, frame):
            continue  # "Seventh Generation Inc.": a name, not the frame
        while q < n and quotations[q].end <= start:
            q += 1
        append((start, end, cue, q < n and quotations[q].start <= start))
    doc.cache[key] = (lexicon, found)
    return found


def _best(
    evidence: dict[str, float], first: dict[str, int], plain: set[str]
) -> str | None:
    """Return one voice's frame from its evidence (see :func:`_decide`)."""
    if not evidence:
        return None
    if len(evidence) == 1:
        frame, top = next(iter(evidence.items()))
        return (
            frame if top >= THRESHOLD or (top >= FALLBACK and frame in plain) else None
        )
    frame = max(evidence, key=lambda f: (evidence[f], -first[f]))
    top = evidence[frame]
    if top >= THRESHOLD:
        return frame
    if top < FALLBACK:
        return None
    # Below the threshold a tie goes to the first tied frame with a plain cue.
    tied = [f for f, v in evidence.items() if v == top and f in plain]
    return min(tied, key=_tie_key) if tied else None


def _decide(ranked: tuple[tuple[str, float], ...], plain: set[str]) -> str | None:
    """Return the frame of a sentence from its ranked evidence (largest first).

    The leading frame when it reaches :data:`THRESHOLD`; below it, when it
    reaches :data:`FALLBACK`, leads every other frame and has a cue in lower
    case (not only a name); else None.
    """
    frame, top = ranked[0]
    if top >= THRESHOLD:
        return frame
    if top < FALLBACK:
        return None
    if frame in plain and (len(ranked) == 1 or ranked[1][1] < top):
        return frame
    # A tie below the threshold: the first tied frame with a cue in lower case
    # (``ranked`` puts tied frames in the order their cues first appear).
    tied = [f for f, weight in ranked if weight == top and f in plain]
    return min(tied, key=_tie_key) if tied else None


def frame_profile(text, lexicon=None, model=None) -> FrameProfile:
    """Return the frames of a text: per sentence, per voice and for the whole text.

    See the module docstring for the scoring.

    Parameters
    ----------
    text : str or Document
        Any text; a single sentence is a text. None or NaN gives an empty profile
        (no sentences, ``primary`` None).
    lexicon : FrameLexicon or path-like, default=None
        The bundled frame cues when None.
    model : FrameClassifier, optional
        A classifier trained on your own codes (:class:`framing.FrameClassifier`):
        each sentence's frame is its label, and the article's shares, support and
        ``primary`` are computed from those labels the same way
        (:func:`framing.classifier.profile_with_model`).

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
    if model is not None:
        from framing.classifier import profile_with_model

        return profile_with_model(text, model)
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
    text = doc.text
    matches = _find(doc, lexicon)
    match_starts = [m[0] for m in matches]
    # Quoted matches before each match, so that one subtraction says whether a
    # sentence's cues are all in one voice.
    quoted_before = [0, *accumulate(m[3] for m in matches)]
    spans = doc.sentences
    # Quotations as plain pairs (sorted by start, not overlapping), and word
    # starts for counting words by bisection, as ``doc.count_words`` does.
    quotations = [(quote.start, quote.end) for quote in doc.quotations]
    n_quotations = len(quotations)
    word_starts = doc.word_starts
    sentences = []
    append = sentences.append
    totals: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    count_all: dict[str, int] = {}
    count_author: dict[str, int] = {}
    count_quoted: dict[str, int] = {}
    n_author = n_quoted = 0
    i = q = first_word = 0
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
        # Sentences are sorted and do not overlap: each search starts at the last.
        first_word = bisect_left(word_starts, start, first_word)
        first_word_after = bisect_left(word_starts, end, first_word)
        has_author = first_word_after - first_word > quoted_words
        has_quoted = quoted_words > 0
        n_author += has_author
        n_quoted += has_quoted
        if i == stop:  # no cue: no frame, in either voice
            append(_sentence_frame(start, end, None, None, None, ()))
            continue
        n_in_quotes = quoted_before[stop] - quoted_before[i]
        chunk = matches[i:stop]
        i = stop
        evidence: dict[str, float] = {}
        first: dict[str, int] = {}
        if n_in_quotes == 0 or n_in_quotes == len(chunk):
            # One voice (most sentences): its evidence is the sentence's, and
            # so is its frame (the rule of ``_best`` is the rule of ``_decide``
            # when the frames' first cues are at different places).
            strongest: dict[str, float] = {}
            seen_rows: set[int] = set()
            for m_start, _, cue, _ in chunk:
                frame = cue.frame
                row = id(cue)
                # A cue repeated in one sentence ("war ... war") counts once.
                if row in seen_rows:
                    continue
                seen_rows.add(row)
                weight = cue.weight
                # The strongest cue of a frame counts fully, each other one
                # ``_DAMPING`` of its weight; a stronger cue takes the lead by
                # replacing the old leader's full weight with its damped weight.
                old = strongest.get(frame)
                if old is None:
                    strongest[frame] = weight
                    evidence[frame] = weight
                    first[frame] = m_start
                    if frame not in first_seen:
                        first_seen[frame] = m_start
                elif weight > old:
                    strongest[frame] = weight
                    # (As written, left to right: the same rounding as before.)
                    evidence[frame] = evidence[frame] + old * _DAMPING - old + weight
                else:
                    evidence[frame] = evidence[frame] + weight * _DAMPING
                totals[frame] = totals.get(frame, 0.0) + weight
            if len(evidence) == 1:
                ranked = tuple(evidence.items())
            else:
                # Largest evidence first; frames never tie on where they first appear.
                ranked = tuple(
                    sorted(evidence.items(), key=lambda kv: (-kv[1], first[kv[0]]))
                )
            frame, top = ranked[0]
            if top < THRESHOLD:
                # Only below the threshold: the frames with a cue in lower case,
                # repeats included ("the White House ... the administration"); a
                # name alone ("Trump", "Medicare") does not give a frame there.
                lower = {m[2].frame for m in chunk if not text[m[0]].isupper()}
                frame = _decide(ranked, lower)
            if n_in_quotes:
                author, quoted = None, frame if has_quoted else None
            else:
                author, quoted = frame if has_author else None, None
        else:
            strongest = {}
            plain: tuple[set[str], set[str]] = (set(), set())
            by_voice = _by_voice(chunk, text, evidence, strongest, first, plain)
            for frame, m_start in first.items():
                if frame not in first_seen:
                    first_seen[frame] = m_start
            for frame, weight in by_voice[2].items():
                totals[frame] = totals.get(frame, 0.0) + weight
            ranked = tuple(
                sorted(evidence.items(), key=lambda kv: (-kv[1], first[kv[0]]))
            )
            frame = _decide(ranked, plain[0] | plain[1])
            author = _best(by_voice[0], first, plain[0]) if has_author else None
            quoted = _best(by_voice[1], first, plain[1]) if has_quoted else None
        if frame is not None:
            count_all[frame] = count_all.get(frame, 0) + 1
        if author is not None:
            count_author[author] = count_author.get(author, 0) + 1
        if quoted is not None:
            count_quoted[quoted] = count_quoted.get(quoted, 0) + 1
        append(_sentence_frame(start, end, frame, author, quoted, ranked))
    n_sentences = len(spans)
    frames = lexicon.frames

    def shares(count: dict[str, int], total: int) -> dict[str, float]:
        return {f: (count.get(f, 0) / total if total else math.nan) for f in frames}

    def primary(count: dict[str, int]) -> str | None:
        if not count:
            return None
        return max(
            count,
            key=lambda f: (count[f], totals.get(f, 0.0), -first_seen.get(f, 0)),
        )

    supported, mixed = _supported(count_all, totals, first_seen, n_sentences)
    return FrameProfile(
        support={f: count_all[f] for f in frames if f in count_all},
        supported=supported,
        mixed=mixed,
        sentences=tuple(sentences),
        scores=shares(count_all, n_sentences),
        author=shares(count_author, n_author),
        quoted=shares(count_quoted, n_quoted),
        evidence={f: totals.get(f, 0.0) for f in frames},
        primary=primary(count_all),
        primary_author=primary(count_author),
        primary_quoted=primary(count_quoted),
    )


def _by_voice(chunk, text, evidence, strongest, first, plain):
    """Fill one sentence's evidence from cues in both voices; return the voices'.

    Returns ``(author evidence, quoted evidence, summed weight per frame)``; a
    cue in both voices counts once in ``evidence``.
    """
    by_voice: tuple[dict[str, float], dict[str, float]] = ({}, {})
    strongest_by_voice: tuple[dict[str, float], dict[str, float]] = ({}, {})
    added: dict[str, float] = {}
    seen: set[tuple[int, bool]] = set()
    for m_start, _, cue, quoted in chunk:
        row = id(cue)
        frame = cue.frame
        if not text[m_start].isupper():
            plain[quoted].add(frame)
        if (row, quoted) in seen:
            continue
        seen.add((row, quoted))
        weight = cue.weight
        if (row, not quoted) not in seen:
            _add_damped(evidence, strongest, frame, weight)
        _add_damped(by_voice[quoted], strongest_by_voice[quoted], frame, weight)
        if frame not in first:
            first[frame] = m_start
        added[frame] = added.get(frame, 0.0) + weight
    return by_voice[0], by_voice[1], added


def _add_damped(
    evidence: dict[str, float], strongest: dict[str, float], frame: str, weight: float
) -> None:
    """Add a cue's weight to its frame's evidence: the strongest counts fully.

    Each other cue of the frame counts ``_DAMPING`` of its weight; a stronger cue
    takes the lead by replacing the old leader's full weight with its damped
    weight. (The one-voice loop of `_profile` does the same inline, for speed.)
    """
    old = strongest.get(frame, 0.0)
    if weight > old:
        strongest[frame] = weight
        evidence[frame] = evidence.get(frame, 0.0) + old * _DAMPING - old + weight
    else:
        evidence[frame] = evidence.get(frame, 0.0) + weight * _DAMPING


def _supported(
    count: dict[str, int], totals: dict[str, float], first: dict[str, int], n: int
) -> tuple[str | None, tuple[str, ...]]:
    """Return the article's supported frame ("mixed" or None) and the mixed pair."""
    if not count:
        return None, ()
    ranked = sorted(count, key=lambda f: (-count[f], -totals.get(f, 0.0), first[f]))
    if n < MIN_SENTENCES:
        return ranked[0], ()
    if count[ranked[0]] < MIN_SUPPORT:
        return None, ()
    if len(ranked) > 1 and count[ranked[0]] - count[ranked[1]] < MIN_LEAD:
        return MIXED, (ranked[0], ranked[1])
    return ranked[0], ()


def frame_columns(lexicon=None) -> dict[str, str]:
    """Return the ``analyze()`` columns :func:`frame_features` adds, with dtypes.

    Two per frame of the cue file (the bundled one when ``lexicon`` is None):
    ``frame_<id>_author`` and ``frame_<id>_quoted``.

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
    frames = load_frame_lexicon(lexicon).frames
    for voice in ("author", "quoted"):
        for frame in frames:
            cols[f"frame_{frame}_{voice}"] = "float64"
    return cols


def frame_features(doc, lexicon=None, model=None) -> dict[str, Any]:
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
    profile = frame_profile(as_document(doc), lexicon=lexicon, model=model)
    row: dict[str, Any] = {
        "frame_primary": profile.primary or "",
        "frame_primary_author": profile.primary_author or "",
        "frame_primary_quoted": profile.primary_quoted or "",
        "frame_sentences": sum(s.frame is not None for s in profile.sentences),
    }
    for voice, shares in (("author", profile.author), ("quoted", profile.quoted)):
        for frame, share in shares.items():
            row[f"frame_{frame}_{voice}"] = share
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
        for each frame of the cue file: the share of the text's sentences in that
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
    frames = lexicon.frames
    columns = ["frame_primary", "n_sentences", *(f"frame_{f}" for f in frames)]
    out = pd.DataFrame(rows, columns=columns, index=index)
    return out.astype({"n_sentences": "int64"} | {c: "float64" for c in columns[2:]})
