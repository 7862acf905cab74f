"""One parse per article: a :class:`Document` holds the text and its spans.

Every feature (loaded terms, quotes, sources, tone, frames) reads the same
paragraphs, sentences, words and quotation spans. A ``Document`` computes each of
them once, on first use, with exact offsets into the caller's string, as spaCy's
``Doc`` serves every pipeline component. Public functions accept a plain ``str``
or a ``Document``; :func:`as_document` is the one boundary check.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from operator import itemgetter
from typing import Any

from framing._validation import as_text
from framing.text import (
    QuotationSpan,
    SpanIndex,
    _paragraph_spans,
    _quotation_spans,
    _sentence_spans,
    _word_spans,
)

__all__ = ["Document", "as_document"]

Span = tuple[int, int]
_FIRST = itemgetter(0)


class Document:
    """A text parsed once: paragraphs, sentences, words and quotations, lazily.

    Parameters
    ----------
    text : str
        The article. Use :func:`as_document` for values that may be None or NaN.

    Attributes
    ----------
    text : str
        The caller's string; every span points into it.
    cache : dict
        Results of feature functions for this text (for example the quotes), so
        that a feature that needs another's output does not compute it again.

    Examples
    --------
    >>> doc = Document('Sen. Ann Roe spoke. “We will win,” she said.')
    >>> [doc.text[a:b] for a, b in doc.sentences]
    ['Sen. Ann Roe spoke.', '“We will win,” she said.']
    >>> doc.in_quote(doc.text.index("win")), doc.in_quote(0)
    (True, False)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.cache: dict[str, Any] = {}

    def __repr__(self) -> str:
        """Show the start of the text and its length."""
        head = self.text[:40] + ("…" if len(self.text) > 40 else "")
        return f"Document({head!r}, {len(self.text)} characters)"

    def __len__(self) -> int:
        """Return the length of the text in characters."""
        return len(self.text)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Paragraph spans, trimmed of space (:func:`framing.text.paragraph_spans`)."""
        return _paragraph_spans(self.text)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentence spans within paragraphs (:func:`framing.text.sentence_spans`)."""
        return _sentence_spans(self.text)

    @cached_property
    def words(self) -> tuple[Span, ...]:
        """Word spans (see :func:`framing.text.word_spans`)."""
        return _word_spans(self.text)

    @cached_property
    def quotations(self) -> tuple[QuotationSpan, ...]:
        """Quotation spans, double and single marks, sorted by start."""
        return _quotation_spans(self.text)

    @cached_property
    def quoted(self) -> SpanIndex:
        """Index over the insides of all quotation spans (marks excluded)."""
        return SpanIndex([(q.start, q.end) for q in self.quotations])

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return list(map(_FIRST, self.sentences))

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return list(map(_FIRST, self.paragraphs))

    @cached_property
    def _word_starts(self) -> list[int]:
        return list(map(_FIRST, self.words))

    def in_quote(self, pos: int) -> bool:
        """Return True if the character at ``pos`` lies inside quotation marks."""
        return self.quoted.contains(pos)

    def sentence_index(self, pos: int) -> int:
        """Return the index of the sentence holding ``pos``, or -1."""
        k = bisect.bisect_right(self._sentence_starts, pos) - 1
        return k if k >= 0 and pos < self.sentences[k][1] else -1

    def sentence_of(self, pos: int) -> Span:
        """Return the span of the sentence holding ``pos`` (the whole text if none)."""
        k = self.sentence_index(pos)
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def paragraph_of(self, pos: int) -> Span:
        """Return the span of the paragraph holding ``pos`` (the whole text if none)."""
        k = bisect.bisect_right(self._paragraph_starts, pos) - 1
        if k >= 0 and pos < self.paragraphs[k][1]:
            return self.paragraphs[k]
        return (0, len(self.text))

    def words_in(self, start: int, end: int) -> tuple[Span, ...]:
        """Return the word spans that start inside ``[start, end)``."""
        starts = self._word_starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return self.words[lo:hi]

    def count_words(self, start: int, end: int) -> int:
        """Return how many words start inside ``[start, end)``, in O(log n)."""
        starts = self._word_starts
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)

    @cached_property
    def n_words_quoted(self) -> int:
        """How many words start inside a quotation span."""
        return sum(self.count_words(q.start, q.end) for q in self.quotations)


def as_document(value: Any, name: str = "text") -> Document:
    """Return ``value`` as a :class:`Document`; a Document passes through.

    None, NaN and pandas' missing values give an empty document.

    Raises
    ------
    TypeError
        For anything that is neither a Document, a str, None nor NaN.

    Examples
    --------
    >>> as_document(None).text, as_document("It rained.").sentences
    ('', ((0, 10),))
    """
    if isinstance(value, Document):
        return value
    return Document(as_text(value, name=name))
