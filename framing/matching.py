"""The one phrase matcher: many patterns compiled once, found with exact offsets.

Loaded terms (:mod:`framing.terms`), frame cues (:mod:`framing.frames`) and actors
(:mod:`framing.balance.actors`) all find their phrases with a :class:`PhraseMatcher`.
A pattern is a case-insensitive regular expression matched on word boundaries, in
which a space matches any run of white space or a hyphen; :func:`phrase_pattern`
writes one from a plain phrase (``immigra*``, ``ICE``).

Contract: every match satisfies ``text[start:end]`` == the matched text, never starts
or ends inside a word ("law" is not found in "lawyer"; a match may not run on into a
word character), and at one position the first pattern in the matcher's order wins
(build it ``longest_first`` for "the longest phrase wins").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from framing._heads import (
    _PREFIX_LENGTH,
    FLEX_SPACE,
    _long_prefixes,
    _sre_parser,
    ascii_lookahead,
    prefixes,
    starts_lookahead,
)

__all__ = [
    "ASCII_FOLDS",
    "FLEX_SPACE",
    "Match",
    "PhraseMatcher",
    "ascii_lookahead",
    "candidates_together",
    "flex_spaces",
    "phrase_pattern",
    "prefixes",
    "split_alternatives",
    "starts_lookahead",
]


#: The non-ASCII characters a case-insensitive pattern matches to an ASCII letter, or
#: that ``str.lower()`` turns into one: "İ" and "ı" (i), "ſ" (s) and the Kelvin sign
#: (k). A lookahead from :func:`ascii_lookahead` may miss a match in a text holding
#: one of them.
ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")

_END = re.Match.end
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&.]*[A-Z0-9]\.?\Z")


Match = tuple[int, int, int]
"""One match: ``(pattern index, start, end)``; ``text[start:end]`` is what matched."""


def flex_spaces(pattern: str) -> str:
    """Replace each literal space outside a character class with :data:`FLEX_SPACE`.

    Examples
    --------
    >>> flex_spaces("green cards?") == "green" + FLEX_SPACE + "cards?"
    True
    >>> flex_spaces("[ ]x")
    '[ ]x'
    """
    out = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == " ":
            out.append(FLEX_SPACE)
            continue
        out.append(char)
    return "".join(out)


def phrase_pattern(phrase: str) -> str:
    r"""Return the pattern of a plain phrase: ``*`` ends a prefix, capitals are exact.

    A trailing ``*`` stands for any word ending ("immigra*" finds "immigrants" and
    "immigration"); a phrase written in capitals ("ICE", "DACA") matches only in
    capitals, so the word "ice" is not the agency; anything else is matched
    case-insensitively, a space matching any white space or hyphen.

    Examples
    --------
    >>> phrase_pattern("green card*")
    'green card\\w*'
    >>> phrase_pattern("ICE")
    '(?-i:ICE)'
    """
    star = phrase.endswith("*")
    body = phrase[:-1] if star else phrase
    pattern = " ".join(re.escape(word) for word in body.split())
    if star:
        pattern += r"\w*"
    if _ACRONYM.match(body):
        return f"(?-i:{pattern})"
    return pattern


def split_alternatives(pattern: str) -> list[str]:
    """Split a regex on its top-level ``|`` (outside groups and character classes).

    Examples
    --------
    >>> split_alternatives("war on drugs|wars?|(?:a|b) c")
    ['war on drugs', 'wars?', '(?:a|b) c']
    """
    parts, depth, escaped, in_class, last = [], 0, False, False, 0
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
    parts.append(pattern[last:])
    return [p for p in parts if p]


# Word boundaries: no word character just before or after a match; with
# ``compounds`` a hyphen between word characters joins one word ("mother-in-law"),
# and a match does not start after a letter and an apostrophe ("O'Brien"), though
# it may end before one ("Trump's").
_BEFORE = r"(?<!\w)"
_AFTER = r"(?!\w)"
_BEFORE_COMPOUND = r"(?<!\w)(?<!\w[\-‐‑'’])"
_AFTER_COMPOUND = r"(?!\w|[\-‐‑]\w)"


def _combine(
    variants: Sequence[str], before: str = _BEFORE, after: str = _AFTER
) -> re.Pattern[str]:
    """Join patterns into one alternation, group ``i + 1`` = pattern ``i``."""
    if not variants:
        return re.compile(r"(?!)")  # nothing never matches
    body = "|".join(f"({v})" for v in variants)
    starts: set[str] = set()
    for v in variants:
        found = prefixes(v)
        if found is None:
            starts = set()
            break
        starts |= found
    if starts:
        body = f"(?={starts_lookahead(starts)})(?:{body})"
    return re.compile(rf"{before}{body}{after}", re.IGNORECASE)


# ---------------------------------------------------------------------------
# The matcher


class PhraseMatcher:
    r"""Many patterns compiled once; every match with exact offsets.

    The reference is one alternation, ``(?<!\w)(?:(p0)|(p1)|...)(?!\w)``,
    matched case-insensitively with flexible spaces (:func:`flex_spaces`): at a
    position the first pattern, in the matcher's order, that matches wins. Two
    faster dispatches give its results: a case-sensitive lookahead on the first
    letters of every pattern skips most positions, and at a candidate position
    only the patterns that can start with its first character (or, with
    ``word_starts``, its first two or three) are tried.

    Parameters
    ----------
    patterns : sequence of str
        Regular expressions without capturing groups (validate them first).
    longest_first : bool, default=False
        Try the patterns with the most words (then the most characters) first,
        so the longest phrase wins where several start ("war on drugs" over
        "war"); indices in the results still refer to ``patterns``.
    word_starts : bool, default=False
        Matches start only at a word character (or "$"); dispatch on the two or
        three lowercase characters there, the fastest for a thousand phrases.
        A space within the first two characters of a pattern then matches only
        a space.
    lookahead : int, default=4
        How many first characters the position lookahead checks.
    compounds : bool, default=False
        A hyphen between word characters joins one word: "law" is then not
        found in "mother-in-law" or "law-abiding"; nor is "Brien" in "O'Brien"
        (a match may still end before "'s"). By default a hyphen or an
        apostrophe is a word boundary (a lexicon finds "pro-life" in
        "anti-pro-life").

    Examples
    --------
    >>> from framing.matching import PhraseMatcher, phrase_pattern
    >>> m = PhraseMatcher(
    ...     [phrase_pattern(p) for p in ["law", "law firm", "ICE"]],
    ...     longest_first=True,
    ...     compounds=True,
    ... )
    >>> text = "A law firm, my mother-in-law and ICE; not ice, lawyers or outlaws."
    >>> [(i, text[a:b]) for i, a, b in m.finditer(text)]
    [(1, 'law firm'), (2, 'ICE')]
    """

    __slots__ = (
        "_after",
        "_before",
        "_buckets",
        "_by_char",
        "_compounds",
        "_gaps",
        "_heads",
        "_long_set",
        "_may_start",
        "_order",
        "_patterns",
        "_prefix_set",
        "_regex",
        "_scan",
        "_scan_long",
        "_singles",
        "_start",
        "_start_long",
        "_starts",
        "_word_starts",
    )

    def __init__(
        self,
        patterns: Sequence[str],
        *,
        longest_first: bool = False,
        word_starts: bool = False,
        lookahead: int = _PREFIX_LENGTH,
        compounds: bool = False,
    ) -> None:
        self._patterns = tuple(patterns)
        self._compounds = compounds
        self._before = _BEFORE_COMPOUND if compounds else _BEFORE
        self._after = _AFTER_COMPOUND if compounds else _AFTER
        order = list(range(len(self._patterns)))
        if longest_first:
            order.sort(
                key=lambda i: (-self._patterns[i].count(" "), -len(self._patterns[i]))
            )
        self._order = tuple(order)
        flexed = [flex_spaces(self._patterns[i]) for i in order]
        self._regex = _combine(flexed, self._before, self._after)
        self._singles: dict[int, re.Pattern[str]] = {}
        self._word_starts = word_starts
        self._by_char = None
        self._may_start: dict[str, tuple[int, ...]] = {}
        self._prefix_set: frozenset[str] | None = None
        self._long_set: frozenset[str] = frozenset()
        self._buckets = None
        self._heads: dict[str, tuple] = {}
        if word_starts:
            ordered = [self._patterns[i] for i in order]
            table = _buckets(ordered, self._after)
            self._buckets = {
                key: (grouped, tuple(order[i] for i in members))
                for key, (grouped, members) in table.items()
            }
            self._starts, self._gaps = _start_finder(ordered, lookahead)
        else:
            self._dispatch(flexed)

    def _dispatch(self, flexed: list[str]) -> None:
        """Build the first-character dispatch, when every pattern's start is known."""
        found = [prefixes(v) for v in flexed]
        if not flexed or any(p is None for p in found):
            return
        self._prefix_set = frozenset(set().union(*found))
        lookahead = starts_lookahead(self._prefix_set)
        indices: dict[str, list[int]] = {}
        for k, starts in enumerate(found):
            for first in sorted({s[0] for s in starts}):
                if not first.isascii():
                    return  # a case fold may join it to another character
                for case in {first.lower(), first.upper()}:
                    indices.setdefault(case, []).append(k)
        self._by_char = {
            char: (
                re.compile(
                    "(?:" + "|".join(f"({flexed[k]})" for k in idx) + ")" + self._after,
                    re.IGNORECASE,
                ),
                tuple(self._order[k] for k in idx),
            )
            for char, idx in indices.items()
        }
        self._may_start = {
            char: tuple(sorted(owners)) for char, (_, owners) in self._by_char.items()
        }
        # ``scan`` consumes the non-word character before a candidate, so that the
        # regex engine skips in C to the next such character; a match at 0 has none.
        self._start = re.compile(f"(?={lookahead})", re.IGNORECASE)
        self._scan = re.compile(rf"\W(?={lookahead})", re.IGNORECASE)
        self._long_set = frozenset(_long_prefixes(flexed, found))
        self._start_long, self._scan_long = _scanners(self._long_set)

    @property
    def patterns(self) -> tuple[str, ...]:
        """The patterns as given (indices in matches refer to this tuple)."""
        return self._patterns

    @property
    def regex(self) -> re.Pattern[str]:
        """The reference: one alternation, group ``k + 1`` = the k-th pattern tried.

        The faster dispatches give what searching with it gives; it is also the
        "one regex pass" of the benchmarks.
        """
        return self._regex

    def __len__(self) -> int:
        """Return the number of patterns."""
        return len(self._patterns)

    def __repr__(self) -> str:
        """Return ``PhraseMatcher(<n> patterns)``."""
        return f"PhraseMatcher({len(self._patterns)} patterns)"

    def candidates(self, text: str, exact: bool = True) -> Iterator[Match]:
        """Yield the winning match at every position where one starts, left to right.

        ``text`` is a str or a :class:`~framing.document.Document`; anything
        else gives nothing. Matches may overlap (one at each position): a
        caller that rejects one can look further. ``exact=False`` skips the
        fallback for texts holding one of :data:`ASCII_FOLDS` (then a match
        starting with such a letter may be missed, as the lookahead of
        :attr:`regex` misses it).
        """
        if not isinstance(text, str):
            text = getattr(text, "text", None)  # a Document
            if not isinstance(text, str):
                return iter(())
        if not text:
            return iter(())
        if self._word_starts:
            return iter(self._bucket_candidates(text))
        return self._char_candidates(text, exact)

    def _char_candidates(self, text: str, exact: bool) -> Iterator[Match]:
        by_char = self._by_char
        folds = ASCII_FOLDS.search(text) is not None
        if by_char is None or (exact and folds):
            regex = self._plain() if folds else self._regex
            order = self._order
            m = regex.search(text)
            while m is not None:
                yield order[m.lastindex - 1], m.start(), m.end()
                m = regex.search(text, m.start() + 1)
            return
        # The long lookahead is exact only in a text without ASCII_FOLDS.
        start, scan = (
            (self._start, self._scan) if folds else (self._start_long, self._scan_long)
        )
        starts: Iterator[int] = map(_END, scan.finditer(text))
        if start.match(text):
            starts = itertools.chain((0,), starts)
        compounds = self._compounds
        for start in starts:
            if compounds and _in_compound(text, start):
                continue
            pattern, indices = by_char[text[start]]
            m = pattern.match(text, start)
            if m is not None:
                yield indices[m.lastindex - 1], start, m.end()

    def _plain(self) -> re.Pattern[str]:
        # The alternation without its lookahead, for texts the lookahead may miss.
        cached = self._singles.get(-1)
        if cached is None:
            flexed = [flex_spaces(self._patterns[i]) for i in self._order]
            body = "|".join(f"({v})" for v in flexed)
            cached = re.compile(
                rf"{self._before}(?:{body}){self._after}", re.IGNORECASE
            )
            self._singles[-1] = cached
        return cached

    def _bucket_candidates(self, text: str) -> list[Match]:
        if ASCII_FOLDS.search(text) is None:
            starts, gaps = self._starts, self._gaps
        else:
            starts, gaps = _WORD_STARTS, _WORD_GAPS
        # A word start after the text's first character ends a match of ``gaps``;
        # the first character is one if ``starts`` matches there.
        positions: Iterator[int] = map(_END, gaps.finditer(text))
        if starts.match(text) is not None:
            positions = itertools.chain((0,), positions)
        compounds = self._compounds
        # The bucket of the (up to) three characters as written: the same few
        # ("the", "The", "pol") recur in every text, so each is lowercased and
        # looked up once.
        heads = self._heads
        found: list[Match] = []
        for start in positions:
            if compounds and _in_compound(text, start):
                continue
            head = text[start : start + 3]
            bucket = heads.get(head)
            if bucket is None:
                bucket = self._bucket_of(head)
            if bucket:
                m = bucket[0].match(text, start)
                if m is not None:
                    found.append((bucket[1][m.lastindex - 1], start, m.end()))
        return found

    def _bucket_of(self, head: str) -> tuple:
        """Return the bucket of a word start's characters as written, () for none."""
        heads = self._heads
        if len(heads) >= _MAX_HEADS:
            heads.clear()
        lowered = head.lower()
        buckets = self._buckets
        bucket = buckets.get(lowered) or buckets.get(lowered[:2]) or ()
        heads[head] = bucket
        return bucket

    def finditer(self, text: str) -> Iterator[Match]:
        r"""Yield non-overlapping matches left to right, as ``regex.finditer`` would.

        Examples
        --------
        >>> m = PhraseMatcher(["illegal aliens?", "aliens?"])
        >>> list(m.finditer("Illegal\naliens, aliens and alienation."))
        [(0, 0, 14), (1, 16, 22)]
        """
        last = 0
        for found in self.candidates(text):  # str or Document
            if found[1] >= last:
                last = found[2]
                yield found

    def may_start(self, char: str) -> tuple[int, ...] | None:
        """Return the indices of the patterns that may match at a letter or digit.

        In index order; a pattern not listed does not match where ``char`` is
        (an ASCII letter or digit). None when that is not known: for any other
        character, and for a matcher built with ``word_starts`` or with a
        pattern whose start the regex parser cannot tell.

        Examples
        --------
        >>> m = PhraseMatcher(["illegal aliens?", "aliens?", "Illegals"])
        >>> m.may_start("I"), m.may_start("x"), m.may_start("-")
        ((0, 2), (), None)
        """
        if self._by_char is None or not (char.isascii() and char.isalnum()):
            return None
        return self._may_start.get(char, ())

    def match(self, index: int, text: str, pos: int) -> int | None:
        """Return where pattern ``index`` alone ends if it matches at ``pos``, or None.

        On word boundaries, as in the matcher.
        """
        pattern = self._singles.get(index)
        if pattern is None:
            pattern = re.compile(
                rf"{self._before}(?:{flex_spaces(self._patterns[index])})"
                + self._after,
                re.IGNORECASE,
            )
            self._singles[index] = pattern
        m = pattern.match(text, pos)
        return None if m is None else m.end()


def candidates_together(
    matchers: Sequence[PhraseMatcher], text: str
) -> list[list[Match]]:
    """Return each matcher's ``candidates(text, exact=False)``, from one scan.

    One pass of a lookahead on the starts of all the matchers' patterns finds the
    positions where some pattern may start; at each, every matcher tries its own
    patterns where its own lookahead holds: the union lookahead holds wherever one
    of the matchers' lookaheads does, so each matcher gets the positions of its
    own scan, and the candidates its own scan gives. Matchers without the
    first-character dispatch scan on their own.

    Examples
    --------
    >>> a, b = PhraseMatcher(["illegal aliens?"]), PhraseMatcher(["outrage"])
    >>> candidates_together([a, b], "Outrage over illegal aliens.")
    [[(0, 13, 27)], [(0, 0, 7)]]
    """
    if not isinstance(text, str) or not text:
        return [[] for _ in matchers]
    scans = _joint_scan(tuple(matchers))
    if scans is None:
        return [list(m.candidates(text, exact=False)) for m in matchers]
    # The long lookaheads, as each matcher's own scan takes them (see candidates).
    long = ASCII_FOLDS.search(text) is None
    first, rest = scans[1] if long else scans[0]
    positions = list(map(_END, rest.finditer(text)))
    if first.match(text) is not None:
        positions.insert(0, 0)
    out = []
    for m in matchers:
        found: list[Match] = []
        by_char = m._by_char
        # its own lookahead: its scan's positions exactly
        own = m._start_long.match if long else m._start.match
        compounds = m._compounds
        for start in positions:
            dispatch = by_char.get(text[start])
            if dispatch is None or own(text, start) is None:
                continue  # not a position of this matcher's own scan
            if compounds and _in_compound(text, start):
                continue
            pattern, indices = dispatch
            hit = pattern.match(text, start)
            if hit is not None:
                found.append((indices[hit.lastindex - 1], start, hit.end()))
        out.append(found)
    return out


@functools.lru_cache(maxsize=8)
def _joint_scan(matchers: tuple[PhraseMatcher, ...]) -> tuple[tuple, tuple] | None:
    """Compile the union of the matchers' start lookaheads, as ``_start``, ``_scan``.

    Two pairs: the four-character lookaheads and the long ones (texts without
    ASCII_FOLDS). None unless every matcher has the first-character dispatch.
    """
    starts: set[str] = set()
    long: set[str] = set()
    for m in matchers:
        if m._by_char is None or m._prefix_set is None:
            return None
        starts |= m._prefix_set
        long |= m._long_set
    if not starts:
        return None
    return _scanners(starts), _scanners(long)


def _scanners(starts: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    r"""Compile ``(?=lookahead)`` and ``\W(?=lookahead)`` on these starts."""
    lookahead = starts_lookahead(starts)
    return (
        re.compile(f"(?={lookahead})", re.IGNORECASE),
        re.compile(rf"\W(?={lookahead})", re.IGNORECASE),
    )


# --- the word-start dispatch (buckets on the first two or three characters) ---------
# Where a match can start: a word character (or "$") not preceded by one.
_WORD_STARTS = re.compile(r"(?<!\w)[\w$]")
# The same positions but the text's first, as the ends of matches of the character
# before them: searched for in C, skipping the letters inside words.
_WORD_GAPS = re.compile(r"\W(?=[\w$])")
_ANY_START = "abcdefghijklmnopqrstuvwxyz0123456789$"


def _literal_head(pattern: str) -> str:
    """Return the lowercase word characters every match of ``pattern`` starts with."""
    try:
        parsed = _sre_parser.parse(pattern, re.IGNORECASE)
    except re.error:  # pragma: no cover - validated before
        return ""
    head = []
    for op, value in parsed:
        if str(op) != "LITERAL":
            break
        char = chr(value)
        if not (char.isalnum() or char == "$"):
            break
        head.append(char.lower())
    return "".join(head)


def _in_compound(text: str, start: int) -> bool:
    """Say whether ``start`` follows a hyphen or apostrophe after a word character."""
    return (
        start >= 2
        and text[start - 1] in _JOINING
        and _WORD.match(text, start - 2) is not None
    )


_WORD = re.compile(r"\w")
# At most this many word starts' buckets are remembered (as written, case and all).
_MAX_HEADS = 50_000
_JOINING = frozenset("-‐‑'’")


def _buckets(alternatives: list[str], after: str = _AFTER) -> dict[str, tuple]:
    """Group alternatives by the two or three characters they can start with.

    Returns ``{prefix: (grouped, members)}``: the pattern tries the members
    (indices into ``alternatives``, in their given order) at one position; its
    group ``g`` is ``alternatives[members[g - 1]]``. An alternative that starts
    with three fixed characters ("econom...") is in that three-character bucket;
    others are in the buckets of the two characters they can start with; each
    three-character bucket also holds the two-character bucket it extends; an
    alternative whose start the regex parser cannot tell is in every bucket.
    """
    two: dict[str, set[int]] = {}
    three: dict[str, set[int]] = {}
    unknown: set[int] = set()
    for i, alt in enumerate(alternatives):
        head = _literal_head(alt)
        if len(head) >= 3:
            three.setdefault(head[:3], set()).add(i)
            continue
        found = prefixes(alt)
        if not found or any(len(p) < 2 for p in found):
            unknown.add(i)
            continue
        for prefix in {p[:2].lower() for p in found}:
            two.setdefault(prefix, set()).add(i)
    if unknown:
        for a in _ANY_START:
            for b in _ANY_START + " -'.":
                two.setdefault(a + b, set())
    merged = {key: members | two.get(key[:2], set()) for key, members in three.items()}
    merged.update(two)
    out = {}
    for prefix, members in merged.items():
        ordered = sorted(members | unknown)
        grouped = "|".join(f"({flex_spaces(alternatives[i])})" for i in ordered)
        out[prefix] = (re.compile(rf"(?:{grouped}){after}", re.IGNORECASE), ordered)
    return out


def _start_finder(
    alternatives: list[str], length: int
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile the patterns that find the word starts where some pattern may match.

    A case-sensitive lookahead trie (:func:`ascii_lookahead`) on the first
    ``length`` characters of every match; every word start when some start is
    unknown. Returns two patterns, as ``_WORD_STARTS`` and ``_WORD_GAPS`` are.
    """
    lookahead = ascii_lookahead(alternatives, length)
    if lookahead is None:
        return _WORD_STARTS, _WORD_GAPS
    return (
        re.compile(rf"(?<!\w)(?=[\w$])(?={lookahead})"),
        re.compile(rf"\W(?=[\w$])(?={lookahead})"),
    )
