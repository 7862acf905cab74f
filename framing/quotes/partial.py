"""Partial quotations: quoted fragments inside reported speech.

"Rubio called the plan “half-baked and seriously flawed”": the words inside the
marks are the speaker's own, so they are a direct quote of the speaker of the
sentence's attribution (the shared codebook, section C: "words inside quotation
marks that someone is reported as saying or writing; not scare quotes around a
single term, not titles"). A single quoted word is a scare quote; a run of
capitalised words ("Fox News Sunday", "The Battle Over Health Care") is a title.
See ``docs/sources.md`` for the convention and why it differs from PolNeAR's.
"""

from __future__ import annotations

import bisect
import re

from framing.quotes._article import _Article, _Found
from framing.quotes.cues import _cue_match, _lexicon
from framing.text import QuotationSpan

# Words a title may hold in lower case ("The Battle Over Health Care", "Meet the
# Press", "Keeping Up with the Joneses").
_TITLE_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "nor",
        "of",
        "on",
        "or",
        "the",
        "to",
        "up",
        "upon",
        "via",
        "with",
        "vs",
    ]
)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*|\d[\w,.%]*")
# The cue types that report what someone said or holds; "show", "find" (evidence)
# and beliefs do not introduce someone's own words.
_SAYING = frozenset(["speech", "source", "attitude", "quote"])
# A name given, not words reported: "opponents call it “partial birth abortion”",
# "the so-called “Muslim ban”", "the phrase “trigger warning”" (but "called it a
# “mistake”" characterises, and is a quotation).
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:so-called|dubbed|termed|nicknamed|titled|entitled|named|known\s+as|"
    r"the\s+(?:phrase|term|word|words|label|slogan|hashtag|show|book|film|program|"
    r"programme|series|song|movie|podcast|column|headline))"
    r"|\b(?:call|calls|called|calling)(?:\s+(?:it|them|this|that|themselves|"
    r"itself))?)\s*$",
    re.I,
)
#: At least this many words: one quoted word is a scare quote.
MIN_WORDS = 2


def _is_title(words: list[str]) -> bool:
    """Say whether quoted words are a title: every content word capitalised.

    "Fox News Sunday", "U.S. Climate Extremes Index"; not "Yes We Can." (a
    sentence ends in a period).
    """
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


# Where a title is named as what someone spoke on or to: "told “Fox News
# Sunday.”", "in an interview with “Meet the Press,”", "on CBS’s “Face the
# Nation”" (AP Stylebook: composition titles go in quotation marks).
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:on|told|to|with|in|at|of|from|for|by|via)|[’']s)\s*$", re.I
)
#: At most this many words in a title named as a medium.
MAX_TITLE_WORDS = 8


def _named_title(text: str, q: QuotationSpan) -> bool:
    """Say whether a quotation is a title named after "on", "told", "with" ...

    Its words are capitalised (`_is_title`) with the sentence's punctuation inside
    the marks allowed ("told “Fox News Sunday.”"): a title, not a quotation.
    """
    if not _TITLE_BEFORE.search(text, max(0, q.open_start - 12), q.open_start):
        return False
    words = _WORD.findall(text[q.start : q.end].strip().rstrip(".,!?;:"))
    return MIN_WORDS <= len(words) <= MAX_TITLE_WORDS and _is_title(words)


def _scare_or_title(text: str, q: QuotationSpan) -> bool:
    inner = text[q.start : q.end].strip()
    words = _WORD.findall(inner)
    if len(words) < MIN_WORDS:
        return True
    if _LABEL_BEFORE.search(text, max(0, q.open_start - 40), q.open_start):
        return True
    if inner.endswith((".", "!", "?", ",")):
        return False  # a sentence or a clause, not a name
    return _is_title(words)


def _partial_quotes(
    art: _Article,
    partials: list[tuple[QuotationSpan, tuple | None]],
    indirect: list[_Found],
) -> list[_Found]:
    """Return the partial quotations that an attribution of their sentence claims.

    The speaker is, in order: the reported clause that holds the fragment ("said
    the plan was “half-baked”"), the attribution right after the fragment
    ("“a historic year,” the center points out"), the speaker of the last
    communication cue before it in the same sentence ("King called it a
    “serious mistake”"). A fragment none of them claims is left alone.
    """
    from framing.quotes.direct import _speaker_for_cue

    text = art.text
    lex = _lexicon()
    starts = [f.start for f in indirect]
    out: list[_Found] = []
    for q, after in partials:
        if q.end <= q.start or _scare_or_title(text, q):
            continue
        holder = None
        k = bisect.bisect_right(starts, q.open_start)
        for f in indirect[max(0, k - 8) : k + 1]:
            overlaps = f.start <= q.close_end and q.open_start < f.end
            if overlaps and f.speaker is not None:
                holder = f
        if holder is not None:
            out.append(
                _Found(
                    q.start,
                    q.end,
                    "direct",
                    holder.speaker,
                    holder.cue_start,
                    holder.cue_end,
                )
            )
            continue
        if after is not None and after[1] is not None:
            cue, speaker = after
            found = _Found(q.start, q.end, "direct", speaker, cue.start(), cue.end())
            out.append(found)
            continue
        s_start, _ = art.sentence(q.open_start)
        s_start = max(s_start, art.paragraph(q.open_start)[0])
        for m in reversed(_cue_match(art, s_start, q.open_start)):
            if lex.cue_type.get(m.group().lower(), "source") not in _SAYING:
                continue
            speaker = _speaker_for_cue(art, s_start, m, q.open_start)
            if speaker is not None:
                out.append(
                    _Found(q.start, q.end, "direct", speaker, m.start(), m.end())
                )
            break
    return out
