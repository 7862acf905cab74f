"""What a regular expression can start with: the prefixes the matcher dispatches on.

:class:`framing.matching.PhraseMatcher` tries a pattern only at positions where one of
its prefixes (its first few characters, lowercased) can begin; these functions read
the prefixes off a pattern's parse and write the lookaheads that find such positions.
Public names are re-exported by :mod:`framing.matching`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the regex parser, used only to speed up matching (see prefixes)
    from re import _parser as _sre_parser  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parser

__all__ = ["FLEX_SPACE", "ascii_lookahead", "prefixes", "starts_lookahead"]

#: What a space in a pattern matches: any run of white space (line breaks included)
#: or hyphens, so "illegal immigrant" also finds "illegal-immigrant" and a
#: hard-wrapped "illegal\nimmigrant".
FLEX_SPACE = r"[\s\-‐‑]+"

_PREFIX_LENGTH = 4
# The position lookahead of the first-character dispatch reads this many characters
# in texts without ASCII_FOLDS: most word starts that share a lexicon entry's first
# four letters ("in t", "trum") differ by the eighth.
_LONG_PREFIX_LENGTH = 8
# Beyond this many strings a prefix set stops growing where it is (each string is
# still a prefix of every match): "(?:a|b)(?:c|d)(?:e|f)..." would multiply.
_MAX_PREFIXES = 1000
# The characters a flexible space stands for, besides white space.
_FLEX_CHARS = frozenset("-‐‑")


def prefixes(pattern: str, length: int = _PREFIX_LENGTH) -> set[str] | None:
    r"""Return the lowercase strings every match of ``pattern`` starts with, or None.

    Each string has at most ``length`` characters, a space standing for any white
    space or hyphen; None means a match may start with any character. Only an
    optimisation: anything this does not understand gives None.

    Examples
    --------
    >>> sorted(prefixes("illegal aliens?|undocumented"))
    ['ille', 'undo']
    >>> prefixes(r"\w+ess") is None
    True
    """
    try:
        parsed = _sre_parser.parse(pattern, re.IGNORECASE)
        found = _seq_prefixes(list(parsed), {("", True)}, length)
    except Exception:
        return None
    if found is None or any(not s for s, _ in found):
        return None
    return {s for s, _ in found}


def _seq_prefixes(items: list, heads: set[tuple[str, bool]], length: int) -> set | None:
    # ``heads`` holds (prefix, open): open means the match so far is exactly the
    # prefix, so the next item extends it.
    for op, av in items:
        if all(not open_ or len(s) >= length for s, open_ in heads):
            break
        name = str(op)
        if name in {"AT", "ASSERT", "ASSERT_NOT"}:
            continue  # zero-width
        if name == "LITERAL":
            step = {(chr(av).lower(), True)}
        elif name == "IN" and all(str(o) == "LITERAL" for o, _ in av) and av:
            step = {(chr(c).lower(), True) for _, c in av}
        elif name == "IN" and _space_class(av):
            step = {(" ", True)}  # the flexible space: the lookahead matches it so
        elif name == "SUBPATTERN":
            step = _seq_prefixes(list(av[-1]), {("", True)}, length)
        elif name == "BRANCH":
            subs = [_seq_prefixes(list(b), {("", True)}, length) for b in av[1]]
            step = None if None in subs else set().union(*subs)
        elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
            low, high, body = av
            step = _seq_prefixes(list(body), {("", True)}, length)
            if step is not None:
                if high != 1:
                    step = {(s, False) for s, _ in step}
                step |= {("", True)} if low == 0 else set()
        else:
            step = None  # unknown: the heads so far end here
        heads = _extend(heads, step, length)
        if heads is None:
            return None
    return heads


def _space_class(items: list) -> bool:
    r"""Say whether a character class is white space, maybe with hyphens: ``[\s-]``."""
    spaces = False
    for op, value in items:
        if (str(op), str(value)) == ("CATEGORY", "CATEGORY_SPACE"):
            spaces = True
        elif not (
            str(op) == "LITERAL" and (chr(value).isspace() or chr(value) in _FLEX_CHARS)
        ):
            return False
    return spaces


def _extend(heads: set, step: set | None, length: int) -> set | None:
    if (
        step is not None
        and len(heads) * len(step) > _MAX_PREFIXES
        and all(s for s, _ in heads)
    ):
        step = None  # too many: every head ends here
    out = set()
    for s, open_ in heads:
        if not open_ or len(s) >= length:
            out.add((s, False))
        elif step is None:
            if not s:
                return None
            out.add((s, False))
        else:
            for t, t_open in step:
                joined = s + t
                out.add((joined[:length], t_open and len(joined) < length))
    return out


def starts_lookahead(starts: Iterable[str]) -> str:
    """Return a case-sensitive trie alternation matching any case of these prefixes.

    Case-sensitive on purpose: the regex engine skips an alternative whose first
    character differs without entering it, which it cannot do under IGNORECASE. A
    space in a prefix stands for any white space or hyphen, as in the patterns.

    Examples
    --------
    >>> bool(re.match(starts_lookahead({"ille", "undo"}), "ILLEGAL"))
    True
    """
    trie: dict = {}
    for s in starts:
        node = trie
        for char in s:
            node = node.setdefault(char, {})
        node[""] = {}
    branches = []
    for char, child in sorted(trie.items()):
        # Literal first characters, one branch per case, so the engine can skip.
        rest = _trie_pattern(child)
        for case in sorted({char.lower(), char.upper()}):
            branches.append(re.escape(case) + rest)
    return "(?-i:" + "|".join(branches) + ")"


def _trie_pattern(node: dict) -> str:
    if "" in node:
        return ""  # a complete prefix: anything may follow
    branches = []
    for char, child in sorted(node.items()):
        if char == " ":
            head = FLEX_SPACE
        elif char.lower() != char.upper():
            head = "[" + re.escape(char.lower()) + re.escape(char.upper()) + "]"
        else:
            head = re.escape(char)
        branches.append(head + _trie_pattern(child))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def ascii_lookahead(patterns: Iterable[str], length: int) -> str | None:
    """Return a case-sensitive lookahead on the starts of these patterns, or None.

    A trie (:func:`starts_lookahead`) of the first ``length`` characters of every
    match, cut before a non-ASCII character. In a text without :data:`ASCII_FOLDS`
    every position where one of the patterns matches (case-insensitively) passes
    it. None when some pattern may start anywhere.
    """
    starts: set[str] = set()
    for pattern in patterns:
        for prefix in prefixes(pattern, length) or [""]:
            cut = next((i for i, c in enumerate(prefix) if not c.isascii()), None)
            if not prefix[:cut]:
                return None
            starts.add(prefix[:cut])
    return starts_lookahead(starts) if starts else None


def _long_prefixes(flexed: list[str], short: list[set[str] | None]) -> set[str]:
    """Return the long lookahead's strings: every pattern's first eight characters.

    The first four as in the dispatch's own lookahead; the next ones up to a
    character that is not ASCII (whose case the lookahead's ``[xX]`` may not
    cover), so the long lookahead holds wherever the short one and the pattern do.
    """
    out: set[str] = set()
    for pattern, found in zip(flexed, short, strict=True):
        more = prefixes(pattern, _LONG_PREFIX_LENGTH)
        if more is None:
            out |= found or set()
            continue
        for head in more:
            rest = head[_PREFIX_LENGTH:]
            cut = next((i for i, c in enumerate(rest) if not c.isascii()), len(rest))
            out.add(head[:_PREFIX_LENGTH] + rest[:cut])
    return out
