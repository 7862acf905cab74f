"""An HTML view of one article: loaded terms and quotes marked, speakers named.

:func:`highlight` returns an object that renders itself in Jupyter and saves a
standalone page. Every slice of the article and every attribute value is escaped.
"""

from __future__ import annotations

import html
import itertools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from framing import _templates as tpl
from framing._validation import as_text

__all__ = ["Highlight", "highlight"]

_CLASS_SAFE = re.compile(r"[^a-z0-9_-]+")


@dataclass(frozen=True)
class Highlight:
    """A rendered article; shows itself in notebooks, ``save()`` writes a page."""

    text: str
    body: str  # the article's markup, without page or style
    title: str = "framing: highlighted article"

    def _repr_html_(self) -> str:
        return tpl.TPL_STYLE + tpl.TPL_LEGEND + self.body

    @property
    def html(self) -> str:
        """The standalone HTML page."""
        return tpl.TPL_PAGE.format(
            title=html.escape(self.title, quote=True),
            style=tpl.TPL_STYLE,
            legend=tpl.TPL_LEGEND,
            doc=self.body,
        )

    def save(self, path: str | os.PathLike) -> Path:
        """Write the standalone page to ``path`` (UTF-8) and return the path."""
        path = Path(path)
        path.write_text(self.html, encoding="utf-8")
        return path


def highlight(text, lexicon=None, actors=None, title=None) -> Highlight:
    """Mark loaded terms and quotes in ``text`` for reading.

    Loaded terms are highlighted with a tooltip giving category, neutral
    alternative and source; neutral status labels are marked in blue. Direct quotes
    are shaded by their speaker's side, reported speech underlined, and each quote
    starts with its speaker's name.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty view.
    lexicon, actors : path-like or loaded table, default=None
        As for :func:`framing.find_terms` and :func:`framing.sources`.
    title : str, optional
        The page title when saved.

    Returns
    -------
    Highlight
        Renders in notebooks (``_repr_html_``); ``.save(path)`` writes HTML.

    Examples
    --------
    >>> view = highlight('She said, "Illegal aliens <b>must</b> go."')
    >>> "&lt;b&gt;must&lt;/b&gt;" in view.html and "<b>" not in view.html
    True
    """
    from framing.balance import sources_from_quotes
    from framing.quotes import extract_quotes
    from framing.terms import find_terms

    text = as_text(text)
    terms = find_terms(text, lexicon=lexicon)
    quotes = extract_quotes(text)
    side_of = _sides(sources_from_quotes(quotes, actors=actors))
    # Segment the text at every boundary; each piece is wrapped in the quote and
    # term marks that cover it, so overlapping marks never produce broken markup.
    cuts = {0, len(text)}
    for item in (*terms, *quotes):
        cuts.update((item.start, item.end))
    edges = sorted(cuts)
    pieces = []
    for a, b in itertools.pairwise(edges):
        if a == b:
            continue
        piece = html.escape(text[a:b], quote=True)
        for m in terms:
            if m.start <= a and b <= m.end:
                piece = tpl.TPL_TERM.format(
                    cls="term" if m.loaded else "term neutral",
                    title=_attr(_term_title(m)),
                    body=piece,
                )
                break
        for q in quotes:
            if q.start <= a and b <= q.end:
                side = side_of.get(_key(q.speaker), "unknown")
                speaker = q.speaker or "unattributed"
                label = f"{speaker} · {side.replace('_', ' ')}"
                if a == q.start:
                    piece = tpl.TPL_SPEAKER.format(label=html.escape(label)) + piece
                piece = tpl.TPL_QUOTE.format(
                    kind=q.kind if q.kind in ("direct", "indirect") else "direct",
                    side=_CLASS_SAFE.sub("_", side.lower()) or "unknown",
                    title=_attr(f"{q.kind} quote: {label}"),
                    body=piece,
                )
                break
        pieces.append(piece)
    body = tpl.TPL_DOC.format(body="".join(pieces))
    return Highlight(
        text=text, body=body, title=title or "framing: highlighted article"
    )


def _term_title(m) -> str:
    status = "loaded" if m.loaded else "neutral label"
    parts = [f"{m.term} ({m.category}, {status})"]
    if m.alternative:
        parts.append(f"instead: {m.alternative}")
    if m.source:
        parts.append(f"source: {m.source}")
    if m.in_quote:
        parts.append("in a quotation")
    return " · ".join(parts)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _key(name: str | None) -> str:
    return (name or "").casefold()


def _sides(result) -> dict[str, str]:
    table = result.table
    return {_key(n): s for n, s in zip(table["name"], table["side"], strict=False)}
