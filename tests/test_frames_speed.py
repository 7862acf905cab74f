"""The frames component's faster code gives what the code it replaced gave.

``_profile_before`` is ``framing.frames.scoring._profile`` as it was before the
round of 7 December 2026 (branch speedfr), kept here as the reference.
"""

import math
from bisect import bisect_left

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.document import Document
from framing.frames.cues import load_frame_lexicon
from framing.frames.scoring import (
    _DAMPING,
    FrameProfile,
    _best,
    _by_voice,
    _decide,
    _find,
    _profile,
    _sentence_frame,
    _supported,
)


def _profile_before(doc, lexicon):
    text = doc.text
    matches = _find(doc, lexicon)
    match_starts = [m[0] for m in matches]
    spans = doc.sentences
    # Quotations as plain pairs (sorted by start, not overlapping), and word
    # starts for counting words by bisection, as ``doc.count_words`` does.
    quotations = [(quote.start, quote.end) for quote in doc.quotations]
    n_quotations = len(quotations)
    word_starts = doc.word_starts
    sentences = []
    totals: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {"all": {}, "author": {}, "quoted": {}}
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
            sentences.append(_sentence_frame(start, end, None, None, None, ()))
            continue
        chunk = matches[i:stop]
        i = stop
        evidence: dict[str, float] = {}
        strongest: dict[str, float] = {}
        first: dict[str, int] = {}
        # Frames with a cue in lower case, by voice: a name alone ("Trump",
        # "Medicare") does not give a frame below the threshold.
        plain: tuple[set[str], set[str]] = (set(), set())
        voice_of = chunk[0][3]
        if all(m[3] is voice_of for m in chunk):
            # One voice (most sentences): its evidence is the sentence's.
            seen_rows: set[int] = set()
            lower = plain[voice_of]
            for m_start, _, cue, _ in chunk:
                frame = cue.frame
                # A repeat still says whether the frame has a cue in lower case
                # ("the White House ... the administration").
                if not text[m_start].isupper():
                    lower.add(frame)
                row = id(cue)
                # A cue repeated in one sentence ("war ... war") counts once.
                if row in seen_rows:
                    continue
                seen_rows.add(row)
                weight = cue.weight
                # The strongest cue of a frame counts fully, each other one
                # ``_DAMPING`` of its weight; a stronger cue takes the lead by
                # replacing the old leader's full weight with its damped weight.
                old = strongest.get(frame, 0.0)
                if weight > old:
                    strongest[frame] = weight
                    evidence[frame] = (
                        evidence.get(frame, 0.0) + old * _DAMPING - old + weight
                    )
                else:
                    evidence[frame] = evidence.get(frame, 0.0) + weight * _DAMPING
                if frame not in first:
                    first[frame] = m_start
                    if frame not in first_seen:
                        first_seen[frame] = m_start
                totals[frame] = totals.get(frame, 0.0) + weight
            by_voice = ({}, evidence) if voice_of else (evidence, {})
        else:
            by_voice = _by_voice(chunk, text, evidence, strongest, first, plain)
            for frame, m_start in first.items():
                if frame not in first_seen:
                    first_seen[frame] = m_start
            for frame, weight in by_voice[2].items():
                totals[frame] = totals.get(frame, 0.0) + weight
        # Largest evidence first; frames never tie on where they first appear.
        if len(evidence) == 1:
            ranked = tuple(evidence.items())
        else:
            ranked = tuple(
                sorted(evidence.items(), key=lambda kv: (-kv[1], first[kv[0]]))
            )
        frame = _decide(ranked, plain[0] | plain[1])
        author = _best(by_voice[0], first, plain[0]) if has_author else None
        quoted = _best(by_voice[1], first, plain[1]) if has_quoted else None
        if frame is not None:
            counts["all"][frame] = counts["all"].get(frame, 0) + 1
        if author is not None:
            counts["author"][author] = counts["author"].get(author, 0) + 1
        if quoted is not None:
            counts["quoted"][quoted] = counts["quoted"].get(quoted, 0) + 1
        sentences.append(_sentence_frame(start, end, frame, author, quoted, ranked))
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

    supported, mixed = _supported(counts["all"], totals, first_seen, n_sentences)
    return FrameProfile(
        support={f: counts["all"][f] for f in frames if f in counts["all"]},
        supported=supported,
        mixed=mixed,
        sentences=tuple(sentences),
        scores=shares(counts["all"], n_sentences),
        author=shares(counts["author"], n_author),
        quoted=shares(counts["quoted"], n_quoted),
        evidence={f: totals.get(f, 0.0) for f in frames},
        primary=primary(counts["all"]),
        primary_author=primary(counts["author"]),
        primary_quoted=primary(counts["quoted"]),
    )


def _plain(profile):
    """The profile as comparable values (NaN as None: NaN is not equal to itself)."""

    def clean(value):
        if isinstance(value, float) and math.isnan(value):
            return None
        if isinstance(value, dict):
            return [(k, clean(v)) for k, v in value.items()]
        return value

    return {
        name: clean(getattr(profile, name))
        for name in FrameProfile.__dataclass_fields__
    }


def _same(text, lexicon):
    new = _profile(Document(text), lexicon)
    old = _profile_before(Document(text), lexicon)
    assert _plain(new) == _plain(old)
    return new


# Cues of every weight and frame, names (capitalised cues), repeats, quotation
# marks and sentence ends, so that random texts mix one-voice and two-voice
# sentences, ties below the threshold and frames led by a name.
_PIECES = [
    "taxes",
    "Taxes",
    "the economy",
    "tax",
    "budget",
    "the senator",
    "Senator",
    "Trump",
    "Medicare",
    "voters",
    "the polls",
    "unfair",
    "fairness",
    "war",
    "law",
    "the court",
    "Court",
    "police",
    "crime",
    "health",
    "the flu",
    "the program",
    "requirements",
    "culture",
    "immigrants",
    "national security",
    "public opinion",
    "morality",
    "beds",
    "said",
    "the",
    "she",
    ". ",
    ".\n\n",
    '"',
    "\u201c",
    "\u201d",
    ", ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_profile_as_before_on_cue_texts(text):
    _same(text, load_frame_lexicon())


@settings(deadline=None)
@given(st.text(max_size=200))
def test_profile_as_before_on_any_text(text):
    _same(text, load_frame_lexicon())


# A cue file with two frames of its own and equal weights: ties below the
# threshold between frames outside TIE_ORDER go by where they appear first.
_OWN = load_frame_lexicon(
    pd.DataFrame(
        {
            "frame": ["housing", "housing", "transit", "transit", "economic"],
            "cue": ["rent", "Landlord", "bus", "Metro", "tax"],
            "variants": ["rents?", "landlords?", "bus(?:es)?", "metro", "tax(?:es)?"],
            "weight": ["1", "1", "1", "1", "0.5"],
            "source": ["judgement"] * 5,
        }
    )
)
_OWN_TEXT = st.lists(
    st.sampled_from(
        [
            *("rent", "Rent", "landlord", "Landlord", "bus", "Metro", "metro"),
            *("tax", "the", ". ", '"', ", "),
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_OWN_TEXT)
def test_profile_as_before_with_new_frames(text):
    _same(text, _OWN)


def test_profile_as_before_real_sentences():
    lexicon = load_frame_lexicon()
    profile = _same(
        "Taxes rose again this year. "
        '"Voters will remember this at the polls," the senator said of the tax. '
        'The Landlord said: "The rent is unfair to families." '
        "Metro buses ran late, and the council blamed the budget.",
        lexicon,
    )
    assert [s.frame for s in profile.sentences] == [
        "economic",
        "political",
        "fairness_equality",
        "economic",
    ]
    # Cues in both voices: each voice by its own cues.
    assert profile.sentences[1].author == "economic"
    assert profile.sentences[1].quoted == "public_opinion"
    # Cues only inside the quotation: the quoted voice has the sentence's frame.
    assert profile.sentences[2].author is None
    assert profile.sentences[2].quoted == "fairness_equality"
    own = _same(
        "The rent is due. Rent and the Metro. Rent rose, and so did the metro fare. "
        "The bus and the rent.",
        _OWN,
    )
    # A tie below the threshold: to a frame with a cue in lower case, the first
    # such one (both frames are outside TIE_ORDER).
    assert [s.frame for s in own.sentences] == ["housing", None, "transit", "transit"]
