"""Paragraph, sentence, word and quotation spans as exact ``(start, end)`` offsets.

Every span is half-open and points into the caller's own string (nothing is
normalised), so ``text[start:end]`` is always the span's text. Quotation spans are
the one place that decides what lies inside quotation marks, for loaded terms and
quotes alike.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing._validation import as_text

__all__ = [
    "QuotationSpan",
    "SpanIndex",
    "count_words",
    "paragraph_spans",
    "quotation_spans",
    "sentence_spans",
    "word_spans",
]

Span = tuple[int, int]

# Abbreviations whose period does not end a sentence, lowercased without the final
# period. Titles and ranks, months, US state abbreviations (AP style,
# also in party-state tags such as "D-Calif."), and common Latin and corporate ones.
_TITLES = (
    "mr mrs ms dr prof sen sens rep reps gov govs lt gen col maj capt cmdr adm sgt cpl "
    "pvt gov rev msgr fr st supt atty pres hon amb ret sec insp det ofc"
)
_MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec"
_STATES = (
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss "
    "mo mont neb nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va "
    "wash w.va wis wyo d.c"
)
_OTHER = (
    "u.s u.n u.k e.u u.s.a a.m p.m e.g i.e etc vs v inc corp co ltd llc bros no nos "
    "jr sr ph.d m.d dept est approx fig"
)


_ABBREVIATIONS = frozenset(
    (_TITLES + " " + _MONTHS + " " + _STATES + " " + _OTHER).split()
    + [f"{party}-{state}" for party in ("d", "r", "i") for state in _STATES.split()]
)

# A sentence may end at ". ! ? …" (and ".." runs), then closing quotes or brackets,
# then space. The decision at each candidate follows the Punkt algorithm (Kiss &
# Strunk 2006) as nltk applies it with an explicit abbreviation list and no trained
# statistics: a known abbreviation ("Sen.", "U.S.", "Jan.", "D-Calif.") never ends
# a sentence; an initial ("J. Smith", "R.J. Smith") does not before a capitalised
# word; an ellipsis ends one only before a capitalised word; any other period,
# question or exclamation mark does. "…" never ends a sentence (it is not one of
# Punkt's sentence-end characters). One regex pass, no time limit, linear in the
# text; before 0.2 this was nltk's PunktSentenceTokenizer, whose regexes run under a
# wall-clock limit from nltk 3.9 on and which was the slowest step of analyze().
# The branches share their first character, [.!?] (then [.!?]* as [.!?]+), so the
# regex engine skips from one such character to the next instead of trying each
# branch at every position: several times faster on news text.
_CANDIDATE = re.compile(
    r"[.!?](?:[.!?]*[\"'”’»)\]]*(?=\s+(\S))"
    # No space before the next sentence, only a quotation mark ("the case.“It is",
    # "he said.”Then"): still a break, when a capital follows.
    r"|[.!?]*[”’»]*(?=[\"“]?([^\W\d_]))(?<=[”’»])|[.!?]*(?=[\"“]([^\W\d_])))"
)
_NUMBER_SIGNS = frozenset(["no", "nos"])
_TOKEN_START = re.compile(r"\S*$")
_OPENING = "\"'“‘«([{"
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+")


def _ends_sentence(text: str, m: re.Match[str], lo: int) -> bool:
    punct = m.group()
    nxt = m.group(1)
    if nxt is None:  # no space: only before a capital
        return (m.group(2) or m.group(3)).isupper()
    nxt_upper = nxt.lstrip(_OPENING)[:1].isupper() or nxt[:1].isdigit()
    if "!" in punct or "?" in punct:
        return True
    dots = len(punct) - len(punct.lstrip("."))
    # The token that the period ends: back to the last space, bounded so that a
    # text with no spaces stays linear.
    start = max(lo, m.start() - 40)
    token = _TOKEN_START.search(text, start, m.start() + 1).group()
    word = token.lstrip(_OPENING + DASHES)[: -dots or None]
    if dots > 1:
        # An ellipsis ends a sentence only after a word and before a capital.
        return bool(word) and nxt_upper
    if not word:
        return True
    key = word.lower()
    if key in _NUMBER_SIGNS:
        # "No. 2" is an abbreviation; "said no. Then" ends a sentence.
        return not nxt[:1].isdigit()
    if key in _ABBREVIATIONS or key.rsplit("-", 1)[-1] in _ABBREVIATIONS:
        return False
    if _INITIALS.fullmatch(word + "."):
        # "J. Smith", "Charles G. and David H. Koch", "H.W. Bush", "S.B. 1070".
        return len(word) > 1 and not nxt_upper
    return True


# A line break ("\r\n" too) and the white space after it. Two or more line breaks
# always end a paragraph; a single one does too unless the next line goes on in
# lower case (a hard-wrapped sentence, "participate personally\nin caucuses").
# Starting at the break, not at the spaces before it (paragraphs are trimmed), lets
# the regex engine skip from one break character to the next.
_LINE_BREAKS = re.compile(r"[\n\r\u2028\u2029\x85]\s*")
_NEWLINE = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")


def paragraph_spans(text: str) -> list[Span]:
    r"""Return the paragraphs of ``text`` as ``(start, end)`` spans, trimmed of space.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.

    Returns
    -------
    list of (int, int)
        Non-empty, non-overlapping spans in order.

    Examples
    --------
    >>> text = "Headline\n\nFirst line goes on\nin lower case.\nNew line."
    >>> [text[a:b] for a, b in paragraph_spans(text)]
    ['Headline', 'First line goes on\nin lower case.', 'New line.']
    """
    return list(_paragraph_spans(as_text(text)))


@functools.lru_cache(maxsize=16)
def _paragraph_spans(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    start = 0
    for m in _LINE_BREAKS.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        single = len(_NEWLINE.findall(m.group())) == 1
        if single and nxt.islower():
            continue
        _append_trimmed(text, start, m.start(), spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return tuple(spans)


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def sentence_spans(text: str) -> list[Span]:
    """Return sentence spans: Punkt's rules with explicit abbreviations, in paragraphs.

    A known abbreviation ("Mr.", "Sen.", "Gov.", "U.S.", "D-Calif.", "Jan.", ...)
    never ends a sentence, an initial does not before a capitalised word, and a
    paragraph break always does, so a headline without a period is a sentence. One
    regular-expression pass, linear in the length of the text, with no time limit.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.

    Returns
    -------
    list of (int, int)
        Spans in order; ``text[start:end]`` is one sentence.

    Examples
    --------
    >>> text = "Sen. Dianne Feinstein (D-Calif.) spoke on Jan. 5. It rained."
    >>> [text[a:b] for a, b in sentence_spans(text)]
    ['Sen. Dianne Feinstein (D-Calif.) spoke on Jan. 5.', 'It rained.']
    """
    return list(_sentence_spans(as_text(text)))


# The feature functions of one article each ask for the same spans; a small
# cache keyed by the text computes them once per article.
@functools.lru_cache(maxsize=16)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    spans: list[Span] = []
    for p_start, p_end in _paragraph_spans(text):
        start = p_start
        for m in _CANDIDATE.finditer(text, p_start, p_end):
            if _ends_sentence(text, m, p_start):
                spans.append((start, m.end()))
                start = m.end()
                while start < p_end and text[start].isspace():
                    start += 1
        if start < p_end:
            spans.append((start, p_end))
    return tuple(spans)


# Initialisms with periods ("U.S.", "D.C.") are one word; then letters and digits
# with inner apostrophes or hyphens.
_WORD = re.compile(r"\w+(?:['’\-]\w+)*(?:\.(?<=\b\w\.)(?:[^\W\d_]\.)+)?")


def word_spans(text: str) -> list[Span]:
    """Return word tokens as spans: letters and digits, with inner apostrophes/hyphens.

    Examples
    --------
    >>> text = "It’s Sessions’ anti-crime plan."
    >>> [text[a:b] for a, b in word_spans(text)]
    ['It’s', 'Sessions', 'anti-crime', 'plan']
    """
    text = as_text(text)
    if len(text) < 512:
        # Context windows and single sentences: splitting is cheaper than caching,
        # and caching them would evict the articles the cache is for.
        return [m.span() for m in _WORD.finditer(text)]
    return list(_word_spans(text))


@functools.lru_cache(maxsize=16)
def _word_spans(text: str) -> tuple[Span, ...]:
    return tuple(map(_SPAN, _WORD.finditer(text)))


_SPAN = re.Match.span


def count_words(text: str) -> int:
    """Return how many word tokens :func:`word_spans` would find, without spans.

    Examples
    --------
    >>> count_words("It’s Sessions’ anti-crime plan.")
    4
    """
    return len(_WORD.findall(as_text(text)))


@functools.lru_cache(maxsize=16)
def _count_words(text: str) -> int:
    # An article's count, cached by its text as its spans are (see _word_spans).
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class QuotationSpan:
    """A region of text inside quotation marks.

    ``text[start:end]`` is what lies between the marks; ``text[open_start:close_end]``
    includes them. A quotation that runs over several paragraphs (each new paragraph
    re-opening the mark) is one span. An opening mark never closed before the end of
    its paragraph gives ``closed=False`` and ends at that paragraph's end.
    """

    start: int
    end: int
    open_start: int
    close_end: int
    double: bool  # double marks (" “ ” '' « »); False for single (‘ ’ ')
    closed: bool
    paragraphs: int  # how many paragraphs the quotation spans


#: Hyphens: hyphen-minus, the Unicode hyphens and their small/full-width forms.
HYPHENS = "-\u2010\u2011\ufe63\uff0d"
#: Dashes that set off a clause or introduce a speaker: figure, en and em dash, the
#: horizontal bar (Unicode's "quotation dash", "― Ana Ruiz"), two- and three-em
#: dashes and the small em dash.
LONG_DASHES = "\u2012\u2013\u2014\u2015\u2e3a\u2e3b\ufe58"
DASHES = HYPHENS + LONG_DASHES

# Marks in the order a regex must try them: doubled apostrophes/backticks before
# single ones.
# Three apostrophes after a word ("Is it late?'''") are a single mark closing
# before a doubled one.
# The single marks are literals, not a class, so that every branch starts with a
# literal and the regex engine skips from one mark character to the next.
_MARK = re.compile(r"'(?<=[^\s']')(?=''(?!'))|''|``|\"|“|”|„|‟|«|»|‘|’|‚|‹|›|'")
_DOUBLE = frozenset(['"', "“", "”", "„", "‟", "«", "»", "''", "``"])
_OPENERS = frozenset(["“", "„", "‟", "«", "``", "‘", "‚", "‹"])
_CLOSERS = frozenset(["”", "»", "’", "›"])
# What may stand just before an opening mark or just after a closing one.
_OPEN_BEFORE = frozenset("([{/:" + DASHES)
_CLOSE_AFTER = frozenset(".,;:!?)]}…/" + DASHES)
_ALL_MARKS = frozenset("\"“”„‟«»‘’‚‹›'`")


def _shape(text: str, start: int, end: int, mark: str) -> str | None:
    """Say whether a mark at ``text[start:end]`` opens or closes, from its neighbours.

    Returns "open", "close", or None when its neighbours cannot tell; for single
    marks None means an apostrophe ("It’s", "’90s"), which is never a quote mark.
    """
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left = before.isspace() or before in _OPEN_BEFORE or before in _ALL_MARKS
    right = after.isspace() or after in _CLOSE_AFTER or after in _ALL_MARKS
    if mark in _DOUBLE:
        if left and not right:
            return "open"
        if right and not left:
            return "close"
        if mark in _OPENERS:
            return "open"
        if mark in _CLOSERS:
            return "close"
        return None
    # Single marks: a letter or digit on both sides is an apostrophe ("it’s",
    # "rock’n’roll"); a closing-shaped one after a word may be a possessive
    # ("Sessions’ statement"), which the caller resolves by requiring an opener.
    if before.isalnum() and after.isalnum():
        return None
    if left and not right:
        # "’90s" and "’em": an apostrophe of elision, not an opening mark.
        if mark != "‘" and (after.isdigit() or text[end : end + 3].lower() == "em "):
            return None
        return "open"
    if right and not left:
        return "close"
    return None


def quotation_spans(text: str) -> list[QuotationSpan]:
    """Return the regions of ``text`` that lie inside quotation marks.

    Straight, curly and low double marks, guillemets and the doubled apostrophes
    (``''``) of some news archives are paired within a paragraph, their
    orientation read from the neighbouring characters (so a mis-curled mark still
    pairs). A quotation left open at a paragraph end continues when the next
    paragraph opens with a mark (the convention for multi-paragraph quotations).
    Single marks (‘ ’ ') count as quotation marks only outside double quotations,
    when an opening one is later closed in the same paragraph; apostrophes in
    contractions and possessives ("It’s", "Sessions’ statement") are not marks.
    Unbalanced marks never raise: a stray closing mark is ignored and a lone
    opening mark is reported with ``closed=False`` up to the end of its paragraph.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.

    Returns
    -------
    list of QuotationSpan
        Sorted by ``start``, non-overlapping.

    Examples
    --------
    >>> text = 'He said, “It’s over.” The ‘Trumpocalypse’ was Sessions’ word.'
    >>> [text[q.start : q.end] for q in quotation_spans(text)]
    ['It’s over.', 'Trumpocalypse']
    """
    return list(_quotation_spans(as_text(text)))


def _quotation_spans(text: str) -> tuple[QuotationSpan, ...]:
    return _quotations(text)[0]


_NO_QUOTATIONS: tuple[tuple[QuotationSpan, ...], SpanIndex | None] = ((), None)


@functools.lru_cache(maxsize=16)
def _quotations(text: str) -> tuple[tuple[QuotationSpan, ...], SpanIndex | None]:
    """Return the quotation spans and the index over the double ones, marks included.

    The index is built once here (single marks inside double quotations are not
    marks) and kept for :attr:`framing.document.Document.double_quoted`.
    """
    if not text or _MARK.search(text) is None:
        return _NO_QUOTATIONS
    marks = [(m.start(), m.end(), m.group()) for m in _MARK.finditer(text)]
    paragraphs = list(_paragraph_spans(text))
    doubles = _pair_doubles(text, marks, paragraphs)
    outer = SpanIndex([(q.open_start, q.close_end) for q in doubles])
    singles = _pair_singles(text, marks, paragraphs, outer)
    return tuple(sorted(doubles + singles, key=lambda q: q.start)), outer


def _pair_doubles(
    text: str, marks: list[tuple[int, int, str]], paragraphs: list[Span]
) -> list[QuotationSpan]:
    out: list[QuotationSpan] = []
    open_at: tuple[int, int] | None = None  # (start, end) of the pending opener
    n_paragraphs = 1
    i = 0
    for k, (p_start, p_end) in enumerate(paragraphs):
        carried = open_at is not None  # then this paragraph starts with a re-opener
        while i < len(marks) and marks[i][0] < p_end:
            start, end, mark = marks[i]
            i += 1
            if start < p_start or mark not in _DOUBLE:
                continue
            if carried:
                # The re-opening mark of a multi-paragraph quotation.
                carried = False
                n_paragraphs += 1
                continue
            shape = _shape(text, start, end, mark)
            if open_at is None:
                if shape != "close":  # a stray closer with nothing open is ignored
                    open_at, n_paragraphs = (start, end), 1
            elif shape == "open":
                # The pending opener was never closed: end it where this one opens.
                out.append(_unclosed(open_at, start, n_paragraphs))
                open_at, n_paragraphs = (start, end), 1
            else:
                out.append(
                    QuotationSpan(
                        open_at[1], start, open_at[0], end, True, True, n_paragraphs
                    )
                )
                open_at = None
        if open_at is not None:
            nxt = paragraphs[k + 1][0] if k + 1 < len(paragraphs) else None
            if nxt is None or not _reopens(text, nxt):
                out.append(_unclosed(open_at, p_end, n_paragraphs))
                open_at = None
    return out


def _unclosed(open_at: tuple[int, int], stop: int, n: int) -> QuotationSpan:
    # Trailing space before ``stop`` is not part of the quotation.
    return QuotationSpan(open_at[1], stop, open_at[0], stop, True, False, n)


def _reopens(text: str, pos: int) -> bool:
    m = _MARK.match(text, pos)
    return (
        m is not None
        and m.group() in _DOUBLE
        and _shape(text, m.start(), m.end(), m.group()) != "close"
    )


def _pair_singles(
    text: str,
    marks: list[tuple[int, int, str]],
    paragraphs: list[Span],
    outer: SpanIndex,
) -> list[QuotationSpan]:
    out: list[QuotationSpan] = []
    para_ends = [b for _, b in paragraphs]
    open_at: tuple[int, int] | None = None
    open_para = -1
    for start, end, mark in marks:
        if mark in _DOUBLE or outer.contains(start):
            continue
        para = bisect.bisect_right(para_ends, start)
        if open_at is not None and para != open_para:
            open_at = None  # a single mark never runs over a paragraph break
        shape = _shape(text, start, end, mark)
        if shape == "open":
            open_at, open_para = (start, end), para
        elif shape == "close" and open_at is not None:
            # Quoting one character is an elision ("rock 'n' roll"), not a quotation.
            # A single pair around a double quotation would overlap it: keep the double.
            if start - open_at[1] > 1 and not outer.overlaps(open_at[0], end):
                out.append(
                    QuotationSpan(open_at[1], start, open_at[0], end, False, True, 1)
                )
            open_at = None
    return out


_bisect_right = bisect.bisect_right


class SpanIndex:
    """Answer "is this offset inside one of these spans?" in O(log n).

    Parameters
    ----------
    spans : sequence of (int, int)
        Non-overlapping half-open spans.

    Examples
    --------
    >>> index = SpanIndex([(2, 5), (10, 12)])
    >>> index.contains(4), index.contains(5), index.overlaps(11, 20)
    (True, False, True)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Sequence[Span]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._ends = [b for _, b in ordered]

    def find(self, pos: int) -> int:
        """Return the index of the span holding ``pos``, or -1."""
        k = _bisect_right(self._starts, pos) - 1
        return k if k >= 0 and pos < self._ends[k] else -1

    def contains(self, pos: int) -> bool:
        """Return True if ``pos`` lies inside a span."""
        # find(pos) >= 0, inlined: called for every match and mention.
        k = _bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Return True if ``[start, end)`` shares a character with a span."""
        k = bisect.bisect_left(self._starts, end) - 1
        return k >= 0 and self._ends[k] > start
