"""Per-article state (spans, cues, named people) and the Quote result."""

from __future__ import annotations

from dataclasses import dataclass

from framing.document import Document
from framing.quotes.cues import (
    _find_cues,
)
from framing.quotes.names import (
    _build_registry,
)
from framing.quotes.speakers import (
    _Speaker,
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
    # False when the attribution verb characterises the speaker or the claim
    # ("claimed", "admitted", "insisted", "slammed", "boasted"); True for neutral
    # cues ("said", "told", "according to") and quotations without a cue. From
    # the ``neutral`` column of speech_verbs.csv (AP Stylebook, "said").
    neutral_cue: bool = True


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
    """One article's spans and cues, read from its :class:`~framing.document.Document`.

    Only what quotes add to the document lives here (name registry, speech
    cues); spans and their queries are the Document's own.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.paragraphs = doc.paragraphs
        self.para_starts = doc.paragraph_starts
        self.sentences = doc.sentences
        self.sent_starts = doc.sentence_starts
        self.quotations = doc.double_quotations
        self.quoted = doc.double_quoted
        self.words = doc.words
        self.registry = _build_registry(self.text, self.quoted)
        self.cues = _find_cues(self.text, self.words, fold_case=False)
        self.cue_starts = [c.start() for c in self.cues]

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self.doc.paragraph_at(pos)

    def sentence(self, pos: int) -> tuple[int, int]:
        return self.doc.sentence_at(pos)
