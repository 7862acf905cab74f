"""The Hill's hover card after a linked name: "Sen. Ann Roe Ann B. RoeTax ... MORE".

The Hill's pages follow a politician's linked name with a card (the full name,
glued to the titles of recent stories, then "MORE"); scraped text keeps it, so an
attribution "said Sen. John Hoeven John Henry HoevenBottom Line ... MORE
(R-N.D.)" reads as one long capitalised run and yields no speaker. Seen in 38 of
the 1,547 AllSides immigration articles (100 cards); 3 of the own-tune direct
quotes without a speaker (issue 21 round 6).
"""

from __future__ import annotations

import re

# A name (up to four words), then the card: one to three capitalised words and the
# name's last word glued to the next story's first capital ("HoevenBottom"), and
# "MORE" within 400 characters on the same line.
_CARD = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+){1,3}([A-Z][\w’'-]+))"
    r"\s+(?:[A-Z][\w.’'-]*\s+){1,3}?\2[A-Z][^\n]{0,400}?\bMORE\b"
)


def _card_spans(text: str, start: int) -> tuple[int, int] | None:
    """Return (end of name, end of "MORE") when a card follows the name at ``start``.

    >>> _card_spans("Ann Roe Ann B. RoeTax bill passes MORE (R), said.", 0)
    (7, 38)
    """
    m = _CARD.match(text, start)
    return (m.end(1), m.end()) if m is not None else None


def _card_name_end(text: str, start: int) -> int | None:
    """Return the end of the name at ``start`` when a hover card follows it.

    >>> _card_name_end("said Sen. Ann Roe Ann B. RoeTax bill passes MORE (R).", 5)
    17
    >>> _card_name_end("said Sen. Ann Roe of Ohio.", 5) is None
    True
    """
    m = _CARD.match(text, start)
    return m.end(1) if m is not None else None
