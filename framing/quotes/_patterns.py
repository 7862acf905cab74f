"""End-anchored patterns that test the end of a text before searching all of it."""

from __future__ import annotations

import re


class _EndAnchored:
    """A case-sensitive "$"-anchored pattern, searched only where it can match.

    Every match of ``pattern`` ends, trailing space aside, with one of the
    ``|``-separated ``endings`` (its last words, or their suffixes).
    ``str.endswith`` reads a few characters, so it rules out most texts before
    the regex search, which tries every position of the text. ``search``
    returns what the compiled pattern's ``search`` returns.
    """

    __slots__ = ("_endings", "pattern")

    def __init__(self, pattern: str, endings: str) -> None:
        self.pattern = re.compile(pattern)
        self._endings = tuple(endings.split("|"))

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        """Search ``text[pos:endpos]`` as ``re.Pattern.search`` does."""
        if endpos is None or endpos > len(text):
            endpos = len(text)
        end = endpos
        # Only space follows the last word of a match: the pattern's own, or
        # the final newline before which "$" also matches.
        while end > pos and text[end - 1].isspace():
            end -= 1
        if not text.endswith(self._endings, pos, end):
            return None
        return self.pattern.search(text, pos, endpos)
