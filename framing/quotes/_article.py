"""Per-article state (spans, cues, named people) and the Quote result."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from framing.quotes.cues import (
    _find_cues,
)
from framing.quotes.names import (
    _build_registry,
)
from framing.quotes.speakers import (
    _Speaker,
)
from framing.text import (
    SpanIndex,
    paragraph_spans,
    quotation_spans,
    sentence_spans,
    word_spans,
)


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or attribution; ``text[q.start:q.end] == q.text`` always."""

    text: str  # the quoted or reported words, without quotation marks
    start: int
    end: int
    kind: str  # "direct" (inside quotation marks) or "indirect" (reported speech)
    speaker: str | None  # resolved name, e.g. "Jessica Vaughan"; None if unknown
    speaker_start: int | None  # offsets of the mention that names the speaker here
    speaker_end: int | None  # (may be a pronoun or surname resolved to ``speaker``)
    cue: str | None  # the speech verb or phrase as written, e.g. "said"
    affiliation: str | None  # e.g. "Center for Immigration Studies"
    unnamed: bool  # an unnamed source such as "a senior administration official"
    cue_start: int | None = None  # offsets of ``cue`` in the text
    cue_end: int | None = None
    speaker_mention: str | None = None  # the mention as written ("she", "Vaughan")
    party: str | None = None  # party tag given with the name: "D-Mo.", "R", "I-Vt."


# ---------------------------------------------------------------------------
# The article


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    speaker: _Speaker | None
    cue_start: int | None
    cue_end: int | None
    continues: bool = False  # take the speaker of the previous quotation


class _Article:
    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = paragraph_spans(text)
        self.para_starts = [a for a, _ in self.paragraphs]
        self.sentences = sentence_spans(text)
        self.sent_starts = [a for a, _ in self.sentences]
        self.quotations = [q for q in quotation_spans(text) if q.double]
        self.quoted = SpanIndex([(q.open_start, q.close_end) for q in self.quotations])
        self.registry = _build_registry(text, self.quoted)
        self.words = word_spans(text)
        self.cues = _find_cues(text, self.words, fold_case=False)
        self.cue_starts = [c.start() for c in self.cues]

    def paragraph(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paragraphs[k] if k >= 0 else (0, len(self.text))

    def sentence(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))
