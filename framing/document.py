"""One parse per article: a :class:`Document` holds the text and its spans.

Every feature (loaded terms, quotes, sources, tone, frames) reads the same
paragraphs, sentences, words, quotation and page-furniture spans. A ``Document``
computes each of them once, on first use, with exact offsets into the caller's
string, as spaCy's ``Doc`` serves every pipeline component, and answers the word
and span queries features need. It is read-only. Public functions accept a plain
``str`` or a ``Document``; :func:`as_document` is the one boundary check, and inner
functions that take a ``Document`` do not check again.
"""

from __future__ import annotations

import bisect
from functools import cached_property
from operator import itemgetter
from typing import Any

from framing._validation import as_text
from framing.text import (
    _WORD,
    QuotationSpan,
    SpanIndex,
    _count_words,
    _paragraph_spans,
    _quotations,
    _sentence_spans,
    _word_spans,
)

__all__ = ["Document", "as_document"]

Span = tuple[int, int]
_FIRST = itemgetter(0)


# One empty index shared by every text without page furniture (read-only).
_NO_SPANS = SpanIndex([])


class Document:
    """A text parsed once: paragraphs, sentences, words and quotations, lazily.

    Parameters
    ----------
    text : str
        The article. Use :func:`as_document` for values that may be None or NaN.
    title : str or Document, optional
        The article's headline, parsed as a Document of its own.

    Attributes
    ----------
    text : str
        The caller's string; every span points into it.
    title : Document or None
        The headline, when one was given.
    cache : dict
        Results of feature functions for this text (for example the quotes), so
        that a feature that needs another's output does not compute it again
        (see :mod:`framing.components`). The only mutable part.

    Notes
    -----
    Spans are ``(start, end)`` tuples, half-open, in characters, so
    ``doc.text[start:end]`` is the span's text. Each property is computed on first
    use and kept; nothing can be assigned (``AttributeError``).

    Examples
    --------
    >>> doc = Document('Sen. Ann Roe spoke. “We will win,” she said.')
    >>> [doc.text[a:b] for a, b in doc.sentences]
    ['Sen. Ann Roe spoke.', '“We will win,” she said.']
    >>> doc.in_quote(doc.text.index("win")), doc.in_quote(0)
    (True, False)
    >>> [doc.text[a:b] for a, b in doc.words_before(doc.text.index("she"), 2)]
    ['will', 'win']
    >>> doc.furniture
    ()
    """

    text: str
    title: Document | None
    cache: dict[Any, Any]

    def __init__(self, text: str, title: str | Document | None = None) -> None:
        if title is not None and not isinstance(title, Document):
            title = Document(title)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "cache", {})

    def __setattr__(self, name: str, value: Any) -> None:
        """Refuse assignment: a Document is read-only."""
        raise AttributeError(f"Document is read-only; cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        """Refuse deletion: a Document is read-only."""
        raise AttributeError(f"Document is read-only; cannot delete {name!r}")

    def with_title(self, title: str | Document | None) -> Document:
        """Return this document with a headline, keeping what was computed.

        Examples
        --------
        >>> doc = Document("It rained.").with_title("Rain?")
        >>> doc.title.text, doc.text
        ('Rain?', 'It rained.')
        """
        if title is None or (self.title is not None and title is self.title):
            return self
        other = Document(self.text, title)
        # Share the parsed spans and the cache: the text is the same.
        for name, value in self.__dict__.items():
            if name not in ("text", "title"):
                other.__dict__[name] = value
        return other

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
    def _quotation_parse(self) -> tuple[tuple[QuotationSpan, ...], SpanIndex | None]:
        return _quotations(self.text)

    @cached_property
    def quotations(self) -> tuple[QuotationSpan, ...]:
        """Quotation spans, double and single marks, sorted by start."""
        return self._quotation_parse[0]

    @cached_property
    def quoted(self) -> SpanIndex:
        """Index over the insides of all quotation spans (marks excluded)."""
        return SpanIndex([(q.start, q.end) for q in self.quotations])

    @cached_property
    def double_quotations(self) -> tuple[QuotationSpan, ...]:
        """The quotation spans of double marks (straight or curly), by start."""
        return tuple(q for q in self.quotations if q.double)

    @cached_property
    def double_quoted(self) -> SpanIndex:
        """Index over double quotation spans, marks included."""
        return self._quotation_parse[1] or SpanIndex([])

    @cached_property
    def furniture(self) -> tuple[Span, ...]:
        """Page-furniture spans (tweets, captions, links, prompts, bylines, ...).

        From `framing.furniture.furniture_spans`, by start; the article's own
        headline (its first line) is not furniture here, so it keeps its quotes,
        frames and terms. No quote, source, frame cue or loaded term is taken
        from these spans.
        """
        from framing.furniture import furniture_spans

        first = len(self.text) - len(self.text.lstrip())
        return tuple(
            (a, b)
            for a, b, kind in furniture_spans(self.text)
            if not (kind == "headline" and a == first)
        )

    @cached_property
    def furniture_index(self) -> SpanIndex:
        """Index over `furniture`: ``doc.furniture_index.contains(pos)``."""
        return SpanIndex(list(self.furniture)) if self.furniture else _NO_SPANS

    def in_furniture(self, pos: int) -> bool:
        r"""Return True if the character at ``pos`` lies in page furniture.

        As ``doc.furniture_index.contains(pos)``, but the furniture of the whole
        text is found only when the line holding ``pos`` may hold some.

        Examples
        --------
        >>> doc = Document("Title\n\nIt rained.\n\nRELATED: Floods")
        >>> doc.in_furniture(0), doc.in_furniture(7), doc.in_furniture(20)
        (False, False, True)
        """
        index = self.__dict__.get("furniture_index")
        if index is not None:
            return index.contains(pos)
        text = self.text
        if not 0 <= pos < len(text) or text[pos] == "\n":
            return False  # no span holds a line break
        a = text.rfind("\n", 0, pos) + 1
        may = self._furniture_lines.get(a)
        if may is None:
            from framing.furniture import _line_may_hold_furniture

            b = text.find("\n", pos)
            may = _line_may_hold_furniture(text, a, len(text) if b < 0 else b)
            self._furniture_lines[a] = may
        return may and self.furniture_index.contains(pos)

    @cached_property
    def _furniture_lines(self) -> dict[int, bool]:
        # Line start -> whether the line may hold furniture (see in_furniture).
        return {}

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offset of each sentence, for ``bisect`` (do not modify)."""
        return list(map(_FIRST, self.sentences))

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Start offset of each paragraph, for ``bisect`` (do not modify)."""
        return list(map(_FIRST, self.paragraphs))

    @cached_property
    def word_starts(self) -> list[int]:
        """Start offset of each word, for ``bisect`` (do not modify)."""
        return list(map(_FIRST, self.words))

    def in_quote(self, pos: int) -> bool:
        """Return True if the character at ``pos`` lies inside quotation marks."""
        return self.quoted.contains(pos)

    def sentence_index(self, pos: int) -> int:
        """Return the index of the sentence holding ``pos``, or -1."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        return k if k >= 0 and pos < self.sentences[k][1] else -1

    def sentence_of(self, pos: int) -> Span:
        """Return the span of the sentence holding ``pos`` (the whole text if none)."""
        k = self.sentence_index(pos)
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def paragraph_of(self, pos: int) -> Span:
        """Return the span of the paragraph holding ``pos`` (the whole text if none)."""
        k = bisect.bisect_right(self.paragraph_starts, pos) - 1
        if k >= 0 and pos < self.paragraphs[k][1]:
            return self.paragraphs[k]
        return (0, len(self.text))

    def paragraph_at(self, pos: int) -> Span:
        """Return the last paragraph starting at or before ``pos``.

        Unlike :meth:`paragraph_of`, a position in the space between two
        paragraphs gives the one before it (the whole text before the first).
        """
        k = bisect.bisect_right(self.paragraph_starts, pos) - 1
        return self.paragraphs[k] if k >= 0 else (0, len(self.text))

    def sentence_at(self, pos: int) -> Span:
        """Return the last sentence starting at or before ``pos``.

        Unlike :meth:`sentence_of`, a position in the space between two
        sentences gives the one before it (the whole text before the first).
        """
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))

    def words_before(self, pos: int, n: int) -> tuple[Span, ...]:
        """Return up to ``n`` word spans that start before ``pos``, in text order."""
        hi = bisect.bisect_left(self.word_starts, pos)
        return self.words[max(0, hi - n) : hi] if n > 0 else ()

    def words_after(self, pos: int, n: int) -> tuple[Span, ...]:
        """Return up to ``n`` word spans that start at or after ``pos``, in order."""
        lo = bisect.bisect_left(self.word_starts, pos)
        return self.words[lo : lo + n] if n > 0 else ()

    def words_in(self, start: int, end: int) -> tuple[Span, ...]:
        """Return the word spans that start inside ``[start, end)``."""
        starts = self.word_starts
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return self.words[lo:hi]

    def count_words(self, start: int, end: int) -> int:
        """Return how many words start inside ``[start, end)``, in O(log n)."""
        starts = self.word_starts
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)

    @cached_property
    def n_words(self) -> int:
        """How many words there are: ``len(doc.words)``.

        Counted without building the spans when nothing has asked for them.
        """
        words = self.__dict__.get("words")
        return len(words) if words is not None else _count_words(self.text)

    @cached_property
    def n_words_quoted(self) -> int:
        """How many words start inside a quotation span."""
        if "words" in self.__dict__:
            return sum(self.count_words(q.start, q.end) for q in self.quotations)
        # No word runs over a quotation's edge (the character before its start is
        # an opening mark, the one at its end a closing mark or a break, and no
        # word holds either), so the words inside are those of the quotation alone.
        findall = _WORD.findall
        text = self.text
        return sum(len(findall(text, q.start, q.end)) for q in self.quotations)


def as_document(value: Any, name: str = "text") -> Document:
    """Return ``value`` as a :class:`Document`; a Document passes through.

    The one validation of a text at a public function's boundary. None, NaN and
    pandas' missing values give an empty document.

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
