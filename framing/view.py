"""An HTML view of one article: loaded terms and quotes marked, speakers named.

:func:`highlight` returns an object that renders itself in Jupyter and saves a
standalone page. Every slice of the article and every attribute value is escaped.
Marks come in layers (quotes, loaded terms, and any :class:`Layer` a caller adds);
each layer brings its own legend keys, styled by the same CSS rules as its marks.
"""

from __future__ import annotations

import heapq
import html
import itertools
import os
import re
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from framing import _templates as tpl
from framing._validation import as_text
from framing.frames import FRAMES, find_frames, load_frame_lexicon
from framing.parties import check_issue, load_debates

__all__ = ["SIDE_PALETTE", "Highlight", "Layer", "Mark", "frame_layer", "highlight"]

_CLASS_SAFE = re.compile(r"[^a-z0-9_-]+")
_TAGS = ("mark", "span")


@dataclass(frozen=True, slots=True)
class Mark:
    """One marked span of the article: ``text[start:end]``, wrapped in one element.

    ``cls`` is the element's CSS classes, ``title`` its tooltip and ``badge`` an
    optional label shown where the mark starts (a quote's speaker); all three are
    plain text, escaped when rendered.
    """

    start: int
    end: int
    cls: str
    title: str = ""
    badge: str = ""


@dataclass(frozen=True)
class Layer:
    """One kind of mark: its spans, the element that wraps them, its legend keys.

    Layers nest in the order given to :func:`highlight` (first = outermost). Where
    two marks of one layer overlap, the one listed first wraps the shared text.

    Parameters
    ----------
    name : str
        What the layer shows, e.g. ``"quotes"``.
    marks : sequence of Mark
        Offsets into the article's text.
    tag : {"mark", "span"}, default="span"
        The HTML element of every mark in the layer (and of its legend keys).
    legend : sequence of (css classes, label) pairs, default=()
        One key per pair, rendered with the layer's ``tag`` and those classes, so
        it is coloured by the same CSS rule as the marks it explains.
    css : str, default=""
        CSS rules for the layer's classes, scoped to ``.framing-view`` (which holds
        both the legend and the article). Trusted code, not user data.
    """

    name: str
    marks: Sequence[Mark]
    tag: str = "span"
    legend: Sequence[tuple[str, str]] = ()
    css: str = ""


@dataclass(frozen=True)
class Highlight:
    """A rendered article; shows itself in notebooks, ``save()`` writes a page."""

    text: str
    body: str  # the article's markup, without page, legend or style
    title: str = "framing: highlighted article"
    legend: str = ""  # the legend's markup; "" in plain mode
    css: str = field(default=tpl.TPL_CSS, repr=False)

    def _view(self) -> str:
        return tpl.TPL_VIEW.format(legend=self.legend, doc=self.body)

    def _repr_html_(self) -> str:
        return tpl.TPL_STYLE.format(css=self.css) + self._view()

    @property
    def html(self) -> str:
        """The standalone HTML page."""
        return tpl.TPL_PAGE.format(
            title=html.escape(self.title, quote=True),
            style=tpl.TPL_STYLE.format(css=self.css),
            view=self._view(),
        )

    def save(self, path: str | os.PathLike) -> Path:
        """Write the standalone page to ``path`` (UTF-8) and return the path."""
        path = Path(path)
        path.write_text(self.html, encoding="utf-8")
        return path


def highlight(
    text,
    lexicon=None,
    actors=None,
    title=None,
    *,
    marks: bool = True,
    layers: Iterable[Layer] = (),
    frames: bool = False,
    issue: str | None = None,
) -> Highlight:
    """Mark loaded terms and quotes in ``text`` for reading.

    Loaded terms are highlighted with a tooltip giving category, neutral
    alternative and source; neutral status labels are marked in blue. Direct quotes
    are shaded by their speaker's side, reported speech underlined, and each quote
    starts with its speaker's name. A legend above the article shows each colour.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty view; anything else that is not a
        str (a number, bytes) gives an empty view with a warning.
    lexicon, actors : path-like or loaded table, default=None
        As for :func:`framing.find_terms` and :func:`framing.sources`.
    title : str, optional
        The page title when saved.
    marks : bool, default=True
        False gives the plain article: no marks, no legend (for a first reading
        before the measures are shown).
    layers : iterable of Layer, default=()
        More marks, nested inside the quotes and around the loaded terms.
    frames : bool, default=False
        Also underline issue-frame cues in their frame's colour
        (:func:`frame_layer`), with a legend of the frames present.
    issue : str, default=None
        The debate whose sides code the quotes ("guns", "abortion", ...: a row of
        ``debates.csv``; an unknown name raises ``InputError`` listing the known
        ones). None detects it from the article's topic words
        (:func:`framing.parties.detect_issue`), as :func:`framing.sources` does;
        with your own ``actors`` table and no ``issue``, its sides are used. The
        legend names the debate's sides, each in a colour of
        :data:`SIDE_PALETTE`.

    Returns
    -------
    Highlight
        Renders in notebooks (``_repr_html_``); ``.save(path)`` writes HTML.

    Examples
    --------
    >>> view = highlight('She said, "Illegal aliens <b>must</b> go."')
    >>> "&lt;b&gt;must&lt;/b&gt;" in view.html and "<b>" not in view.html
    True
    >>> highlight("The illegal immigrants left.", marks=False).body
    '<div class="framing-doc">The illegal immigrants left.</div>'
    >>> "quote: gun-rights side" in highlight('"No," he said.', issue="guns").html
    True
    """
    try:
        text = as_text(text)
    except TypeError as exc:
        # A stray number or bytes cell in a corpus must not stop a loop over it.
        warnings.warn(f"highlight: {exc}; showing an empty view", stacklevel=2)
        text = ""
    title = title or "framing: highlighted article"
    issue = check_issue(issue)
    if not marks:
        return Highlight(text=text, body=_render(text, ()), title=title, legend="")
    if frames:
        layers = [*layers, frame_layer(text)]
    all_layers = [
        _furniture_layer(text),
        _quote_layer(text, actors, issue),
        *(_checked(layer, len(text)) for layer in layers),
        _term_layer(text, lexicon),
    ]
    keys = [
        tpl.TPL_KEY.format(tag=layer.tag, cls=_attr(cls), label=html.escape(label))
        for layer in all_layers
        for cls, label in layer.legend
    ]
    return Highlight(
        text=text,
        body=_render(text, all_layers),
        title=title,
        legend=tpl.TPL_LEGEND.format(keys="".join(keys)),
        css=tpl.TPL_CSS + "".join(layer.css for layer in all_layers),
    )


def _render(text: str, layers: Sequence[Layer]) -> str:
    """Return ``text`` escaped, with each layer's marks wrapped around their spans.

    The text is cut at every mark boundary; each piece is wrapped in the covering
    mark of each layer, so overlapping marks never produce broken markup. One sweep
    over the sorted cuts with a heap of open marks per layer: O(n log n) in the
    number of marks, linear in the text.

    Examples
    --------
    >>> layer = Layer("demo", [Mark(4, 9, "x")], tag="mark")
    >>> _render("the <big> one", [layer])
    '<div class="framing-doc">the <mark class="x" title="">&lt;big&gt;</mark> one</div>'
    """
    cuts = {0, len(text)}
    for layer in layers:
        for m in layer.marks:
            cuts.add(m.start)
            cuts.add(m.end)
    # Per layer: mark indexes by start, a cursor into them, and a heap of the marks
    # opened so far keyed by list position, so the first-listed open mark wins.
    sweeps = [
        (
            layer,
            sorted(range(len(layer.marks)), key=lambda i, ms=layer.marks: ms[i].start),
            [0],
            [],
        )
        for layer in layers
    ]
    pieces = []
    for a, b in itertools.pairwise(sorted(cuts)):
        piece = html.escape(text[a:b], quote=True)
        for layer, by_start, cursor, open_marks in reversed(sweeps):
            marks = layer.marks
            while cursor[0] < len(by_start) and marks[by_start[cursor[0]]].start <= a:
                heapq.heappush(open_marks, by_start[cursor[0]])
                cursor[0] += 1
            while open_marks and marks[open_marks[0]].end <= a:
                heapq.heappop(open_marks)
            if not open_marks:
                continue
            m = marks[open_marks[0]]
            if m.badge and a == m.start:
                piece = tpl.TPL_SPEAKER.format(label=html.escape(m.badge)) + piece
            piece = tpl.TPL_MARK.format(
                tag=layer.tag, cls=_attr(m.cls), title=_attr(m.title), body=piece
            )
        pieces.append(piece)
    return tpl.TPL_DOC.format(body="".join(pieces))


def _checked(layer: Layer, n: int) -> Layer:
    if not isinstance(layer, Layer):
        raise TypeError(f"layers must be framing.view.Layer; got {type(layer)}")
    if layer.tag not in _TAGS:
        raise ValueError(f"Layer {layer.name!r}: tag must be one of {_TAGS}")
    for m in layer.marks:
        if not 0 <= m.start <= m.end <= n:
            raise ValueError(
                f"Layer {layer.name!r}: mark ({m.start}, {m.end}) is outside the "
                f"text (0, {n}); offsets must satisfy 0 <= start <= end <= len(text)"
            )
    return layer


def _term_layer(text: str, lexicon) -> Layer:
    from framing.terms import find_terms

    return Layer(
        name="terms",
        marks=[
            Mark(
                m.start,
                m.end,
                "term" if m.loaded else "term neutral",
                _term_title(m),
            )
            for m in find_terms(text, lexicon=lexicon)
        ],
        tag="mark",
        legend=(("term", "loaded term"), ("term neutral", "neutral label")),
    )


def _furniture_layer(text: str) -> Layer:
    """Page furniture greyed: no quote, source, frame or term is read from it."""
    from framing.document import Document

    spans = Document(text).furniture
    return Layer(
        name="furniture",
        marks=[
            Mark(a, b, "furniture", "page furniture: not analysed") for a, b in spans
        ],
        tag="span",
        legend=(("furniture", "page furniture (not analysed)"),) if spans else (),
        css=".framing-view span.furniture { color: #8a8a8a; }\n" if spans else "",
    )


def _quote_layer(text: str, actors, issue: str | None) -> Layer:
    from framing.balance import article_issue, load_actors, sources_from_quotes
    from framing.quotes import extract_quotes

    issue = article_issue(text, issue, actors)  # as sources() decides
    if issue is not None:
        debate = load_debates().get(issue)
        sides = debate.sides if debate is not None else ()
    else:
        sides = load_actors(actors).sides
    quotes = extract_quotes(text)
    side_of = _sides(sources_from_quotes(quotes, actors=actors, issue=issue, text=text))
    marks = []
    seen: dict[str, None] = dict.fromkeys(_side_class(s) for s in sides)
    for q in quotes:
        side = side_of.get(_key(q.speaker), "unknown")
        label = f"{q.speaker or 'unattributed'} · {side.replace('_', ' ')}"
        kind = q.kind if q.kind in ("direct", "indirect") else "direct"
        side_cls = _side_class(side)
        seen.setdefault(side_cls, None)
        marks.append(
            Mark(
                q.start,
                q.end,
                f"quote {kind} side-{side_cls}",
                f"{q.kind} quote: {label}",
                badge=label,
            )
        )
    return Layer(
        name="quotes",
        marks=marks,
        legend=(
            *(
                (f"quote direct side-{_side_class(s)}", f"quote: {_side_words(s)} side")
                for s in sides
            ),
            ("quote direct side-unknown", "quote: side unknown"),
            ("quote indirect side-unknown", "reported speech"),
        ),
        css=_side_css(seen),
    )


#: The colours of a debate's sides, in the order of its ``sides`` in
#: ``debates.csv``: (background of a direct quote, line of reported speech and
#: speaker badge) pairs after the Okabe & Ito (2008) colour-blind-safe palette,
#: darkened so white badge text stays readable. Sides the stylesheet already
#: colours (the immigration sides and "unknown") keep their rules.
SIDE_PALETTE = (
    ("#dbe9f6", "#0068a8"),  # blue
    ("#f9e0cf", "#b84f00"),  # vermillion
    ("#d5efe7", "#00765a"),  # bluish green
    ("#f4e1ec", "#9c4a7c"),  # reddish purple
    ("#fbecc8", "#8a6000"),  # orange
    ("#dff0fa", "#2d6f96"),  # sky blue
)
_STYLED_SIDES = frozenset({"enforcement", "immigrant_rights", "unknown"})


def _side_class(side: str) -> str:
    return _CLASS_SAFE.sub("_", side.lower()) or "unknown"


def _side_words(side: str) -> str:
    return side.replace("_", "-")


def _side_css(sides: Iterable[str]) -> str:
    """Return a colour rule for each side class the stylesheet does not colour."""
    rules = []
    for k, side in enumerate(s for s in sides if s not in _STYLED_SIDES):
        bg, line = SIDE_PALETTE[k % len(SIDE_PALETTE)]
        rules.append(
            f".framing-view .side-{side} {{ --side-bg: {bg}; --side-line: {line}; }}\n"
        )
    return "".join(rules)


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
    ``framing.highlight(text, frames=True)``. ``lexicon`` is a frame cue file
    (:func:`framing.frames.load_frame_lexicon`); frames it adds get colours of
    their own.

    Examples
    --------
    >>> layer = frame_layer("Taxes rose, and the poll tax fell.")
    >>> [(m.start, m.end, m.cls) for m in layer.marks]
    [(0, 5, 'frame frame-economic'), (20, 28, 'frame frame-fairness_equality')]
    >>> [label for _, label in layer.legend]
    ['economic', 'fairness and equality']
    """
    lexicon = load_frame_lexicon(lexicon)
    found = find_frames(text, lexicon=lexicon)
    frames = lexicon.frames
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
    present = [f for f in frames if any(m.frame == f for m in found)]
    css = "".join(
        f".framing-view span.frame.frame-{f} {{ text-decoration: underline 3px "
        f"{_frame_color(f, frames)}; text-underline-offset: 3px; }}\n"
        for f in frames
    )
    return Layer(
        name="frames",
        marks=marks,
        tag="span",
        legend=[(f"frame frame-{f}", _frame_label(f)) for f in present],
        css=css,
    )


# Frames a cue file adds get these, in order (Tableau 20's remaining hues).
_NEW_FRAME_COLORS = ("#ff9896", "#f7b6d2", "#c7c7c7", "#9edae5", "#ffbb78")


def _frame_color(frame: str, frames: tuple[str, ...]) -> str:
    if frame in _FRAME_COLORS:
        return _FRAME_COLORS[frame]
    k = frames.index(frame) - len(FRAMES)
    return _NEW_FRAME_COLORS[k % len(_NEW_FRAME_COLORS)]


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
