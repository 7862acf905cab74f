"""The text around a candidate match, as context rules read it.

A :class:`Context` wraps the parsed :class:`~framing.document.Document`: sentence
and paragraph spans, and the few words before or after a match within its sentence.
"""

from __future__ import annotations

import re

from framing.document import Document
from framing.text import word_spans

__all__ = ["SENTENCE_END", "Context", "word_set"]


class Context:
    """The text around candidate matches; spans come from the parsed document."""

    __slots__ = ("doc", "text")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text

    def reported(self) -> list[tuple[int, int]]:
        """Return the spans of reported speech (indirect quotations), found once."""
        spans = self.doc.cache.get("terms.reported")
        if spans is None:
            from framing.quotes import extract_quotes  # only when a rule asks

            spans = [
                (q.start, q.end)
                for q in extract_quotes(self.doc)
                if q.kind == "indirect"
            ]
            self.doc.cache["terms.reported"] = spans
        return spans

    def sentence(self, pos: int) -> tuple[int, int]:
        """Return the span of the sentence holding ``pos`` (or the whole text)."""
        return self.doc.sentence_of(pos)

    def paragraph(self, pos: int) -> tuple[int, int]:
        """Return the span of the paragraph holding ``pos`` (or the whole text)."""
        return self.doc.paragraph_of(pos)

    def words_after(self, end: int, n: int) -> list[tuple[str, str]]:
        """Return up to ``n`` ``(gap, word)`` pairs after ``end`` in its sentence.

        ``gap`` is the text between the previous word (or the match) and the word.
        Stops at a sentence end.
        """
        window = self.text[end : end + 24 * n]
        out = []
        last = 0
        for a, b in word_spans(window):
            gap = window[last:a]
            if SENTENCE_END.search(gap):
                break
            out.append((gap, window[a:b]))
            last = b
            if len(out) == n:
                break
        return out

    def words_before(self, start: int, n: int) -> list[tuple[str, str]]:
        """Return up to ``n`` ``(word, gap)`` pairs before ``start``, nearest first.

        ``gap`` is the text between the word and the next word (or the match).
        Stops at a sentence end.
        """
        lo = max(0, start - 24 * n)
        window = self.text[lo:start]
        spans = word_spans(window)
        if lo > 0 and spans and spans[0][0] == 0:
            spans = spans[1:]  # probably a cut word
        out = []
        nxt = len(window)
        for a, b in reversed(spans):
            gap = window[b:nxt]
            if SENTENCE_END.search(gap):
                break
            out.append((window[a:b], gap))
            nxt = a
            if len(out) == n:
                break
        return out


# Punctuation that ends a sentence or clause when space follows it (so the periods
# inside "U.S.-Mexico" do not), or a paragraph break.
SENTENCE_END = re.compile(r"[.!?;:][\"'”’)\]]*\s|\n\s*\n")


def word_set(text: str) -> frozenset[str]:
    """Return the set of white-space separated words of ``text``."""
    return frozenset(text.split())


# ``noun``: "an illegal" is a noun when what follows cannot continue a noun phrase:
# the end of a clause or a relative pronoun, preposition or verb ("an illegal who
# crossed", "an illegal from Honduras", "an illegal is"). A comma or "and" may join
