"""Direct quotations: quotation-mark spans attributed to a cue and a speaker."""

from __future__ import annotations

import bisect
import re

from framing.quotes._article import (
    _Article,
    _Found,
)
from framing.quotes._hovercard import _card_spans
from framing.quotes.cues import (
    _OBJECT_CUES,
    _cue_match,
    _is_participle,
    _lexicon,
)
from framing.quotes.names import (
    _CAP_RUN,
    _run_info,
)
from framing.quotes.partial import _named_title
from framing.quotes.speakers import (
    _AND_END,
    _CLAUSE_BREAK,
    _DET_PHRASE,
    _PUNCT_ONLY,
    _THAT_END,
    _THAT_WORD,
    _TO_END,
    _noun_phrase,
    _Speaker,
    _speaker_after,
    _speaker_before,
    _subject_before,
    _trim,
)
from framing.text import (
    DASHES,
    QuotationSpan,
)

# Words a cue may take between itself and a quotation: "told reporters",
# "said in a statement", "said Thursday".
_TAIL_MAX_WORDS = 8


def _attribution_before(art: _Article, lo: int, mark: int):
    """Cue and speaker before a quotation opening at ``mark`` ("Smith said: “").

    Returns None when the words before the mark are not an attribution (then
    the quotation is part of a paraphrase or a label), else ``(cue match or
    None, speaker or None)``.
    """
    text = art.text
    stripped = text[lo:mark].rstrip()
    if not stripped:
        return None
    ends_colon = stripped.endswith(":")
    ends_comma = stripped.endswith(",")
    for m in reversed(_cue_match(art, lo, mark)):
        tail = text[m.end() : mark].strip()
        if _THAT_END.search(tail):
            return None
        if tail and not (ends_colon or ends_comma):
            return None
        if not tail and not (ends_colon or ends_comma):
            # "called for “a hell of a lot worse”" is a partial quotation; "said
            # “We will win”" is a direct one.
            kind = _lexicon().cue_type.get(m.group().lower(), "source")
            if kind not in ("speech", "source", "quote") or not _opens_sentence(
                text, mark
            ):
                return None
        if len(tail.split()) > _TAIL_MAX_WORDS:
            return None
        return m, _speaker_for_cue(art, lo, m, mark)
    if ends_colon:
        colon = lo + len(stripped) - 1
        a, _ = _trim(text, lo, colon)
        label = _LABEL.fullmatch(text, a, colon)
        if label is not None and (
            " " in label.group(1) or art.registry.lookup_label(label.group(1))
        ):
            # A transcript's speaker label: "ROE:", "MR. SMITH:".
            return None, _Speaker(label.start(1), label.end(1), "name", None)
        # "Maria Lopez, 25, Phoenix:": the name before the first comma.
        comma = text.find(",", lo, colon)
        speaker = _noun_phrase(text, lo, comma) if comma > lo else None
        if speaker is None or speaker.kind != "name":
            speaker = _noun_phrase(text, lo, colon)
        if speaker is None or speaker.kind == "noun":
            speaker = _name_before(art, lo, colon) or speaker
        if speaker is None or speaker.kind == "noun":
            speaker = _subject_before(art, lo, colon) or speaker
        return None, speaker
    return None


# A transcript label in capitals, after an optional title: "ROE", "MR. SMITH".
_LABEL = re.compile(
    r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PRESIDENT|SENATOR|GOVERNOR)\.?\s+)?"
    r"([A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2})"
)


def _name_before(art: _Article, lo: int, colon: int) -> _Speaker | None:
    """Return a full name that ends right at a colon with no cue before it.

    "The poll did not surprise strategist Nina Wolfe: “...”" -> Nina Wolfe.
    """
    text = art.text
    last = None
    for run in _CAP_RUN.finditer(text, max(lo, colon - 80), colon):
        last = run
    if last is None or last.end() != colon:
        return None
    info = _run_info(last.group())
    if info is None or len(info[0].split()) < 2:
        return None
    if info[0].split()[0] not in _lexicon().first_names:
        return None  # "to the Swiss newspaper Berner Tagblatt:" names no person
    start = last.start() + info[3]
    return _Speaker(start, start + len(info[0]), "name", None)


def _opens_sentence(text: str, mark: int) -> bool:
    """Say whether the quotation opening at ``mark`` starts with a capital."""
    m = re.compile(r"(?:''|``|[\"“„«])\s*").match(text, mark)
    nxt = text[m.end() : m.end() + 1] if m else ""
    return nxt.isupper()


def _speaker_for_cue(art: _Article, lo: int, m: re.Match[str], hi: int):
    """Return the speaker of a cue: before it, after it, or its clause's subject."""
    text = art.text
    cue = m.group()
    if cue.lower().startswith("according"):
        return _speaker_after(text, m.end(), hi)
    # The subject of a participle or of a second verb may stand before a scare
    # quote of the same sentence ("Mayor Lutz calling it a “fiasco” for Acme and
    # asking, “...”"): read back to the sentence start.
    s_lo = max(art.sentence(m.start())[0], art.paragraph(m.start())[0])
    s_lo = min(s_lo, lo)
    if _is_participle(cue):
        return _subject_before(art, s_lo, m.start())
    speaker = _speaker_before(text, lo, m.start())
    if speaker is None and cue.lower() in _OBJECT_CUES and text[m.end() : hi].strip():
        # "but told his supporters, “...”": who is told is not the speaker;
        # the clause's subject is.
        return _subject_before(art, s_lo, m.start())
    if speaker is None:
        speaker = _speaker_after(text, m.end(), hi)
    if speaker is None and _AND_END.search(text, max(lo, m.start() - 16), m.start()):
        # "Ms. Lee smiled and said, “...”": the subject both verbs share.
        speaker = _subject_before(art, s_lo, m.start())
    if speaker is None and _TO_END.search(text[lo : m.start()]):
        # "went on to say", "declined to say": the subject of the clause.
        speaker = _subject_before(art, lo, m.start())
    return speaker


_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,]*$")
_SENTENCE_END = re.compile(r"[.!?]\s*(?:''|[\"”’])\s*$")


def _attribution_after(art: _Article, pos: int, hi: int):
    """Cue and speaker after a quotation closing at ``pos`` ("”, Smith said.")."""
    text = art.text
    right = text[pos:hi]
    lead = len(right) - len(right.lstrip(" ,;" + DASHES))
    body_start = pos + lead
    card = _card_spans(text, body_start)
    if card is not None:
        # "“...,” Sen. Ann Roe Ann B. RoeTax bill ... MORE (Texas), the No. 2
        # Senate Republican, said": the name before The Hill's card speaks.
        for m in _cue_match(art, card[1], hi):
            if len(text[card[1] : m.start()].split()) <= 12:
                return m, _speaker_after(text, body_start, card[0])
            break
    for m in _cue_match(art, body_start, hi):
        before = text[body_start : m.start()]
        if len(before.split()) > 30 or _CLAUSE_BREAK.search(before):
            return None
        if _IN_RELATIVE.search(before):
            continue  # "“...,” Ray Dunn, who has proposed X, said": not this cue
        if text[m.end() : hi].lstrip().startswith(":") and _SENTENCE_END.search(
            text, max(0, pos - 4), pos
        ):
            # "“We are not a threat.” Mr. Baker said: “...”": the colon hands the
            # cue to the next quotation; this one ended its sentence.
            return None
        if before.strip():
            speaker = _speaker_before(text, body_start, m.start())
            if speaker is None and before.rstrip().endswith(","):
                # "“...” to choose an abortion, said Jennifer Dalven, director":
                # a name right after the cue, behind the rest of the sentence.
                speaker = _speaker_after(text, m.end(), hi)
                if speaker is not None and speaker.kind == "name":
                    return m, speaker
                speaker = None
            if speaker is None:
                # "“...,” the retired neurosurgeon told ..."
                np = _DET_PHRASE.fullmatch(before)
                if np is None:
                    return None
                a, b = _trim(text, body_start, m.start())
                speaker = _Speaker(a, b, "noun", None)
        else:
            speaker = _speaker_after(text, m.end(), hi)
        return m, speaker
    return None


def _find_direct(
    art: _Article,
) -> tuple[list[_Found], set[int], list[tuple[QuotationSpan, tuple | None]]]:
    """Return the direct quotations, the cues they used and the partial ones.

    A partial quotation stands inside a sentence that does not introduce it
    ("Rubio called the plan “half-baked”"); it is returned with the
    attribution after it, if any, for `framing.quotes.partial`.
    """
    text = art.text
    found: list[_Found] = []
    partials: list[tuple[QuotationSpan, tuple | None]] = []
    used_cues: set[int] = set()
    quotations = art.quotations
    for i, q in enumerate(quotations):
        if q.end <= q.start or _named_title(text, q):
            continue
        p_start, _ = art.paragraph(q.open_start)
        s_start, _ = art.sentence(q.open_start)
        lo = max(s_start, p_start)
        if i > 0 and quotations[i - 1].close_end > lo:
            lo = quotations[i - 1].close_end
        hi = art.paragraph(max(q.close_end - 1, q.open_start))[1]
        if i + 1 < len(quotations) and quotations[i + 1].open_start < hi:
            hi = quotations[i + 1].open_start
        # The right context ends with the sentence that holds the closing mark.
        _, s2_end = art.sentence(max(q.close_end - 1, 0))
        if s2_end <= q.close_end:
            nxt = art.sentence(q.close_end + 1)
            s2_end = nxt[1] if nxt[0] >= q.close_end else s2_end
        while _INITIALS_END.search(text, max(0, s2_end - 8), s2_end):
            # Punkt may end a sentence at an initial: "said R.J. Moss".
            nxt = art.sentence(s2_end + 1)
            if nxt[0] < s2_end or nxt[1] <= s2_end:
                break
            s2_end = nxt[1]
        hi = min(hi, max(s2_end, q.close_end))
        left = text[lo : q.open_start]
        before = _attribution_before(art, lo, q.open_start) if left.strip() else None
        after = _attribution_after(art, q.close_end, hi)
        left_clear = not left.strip(" \t\n,;:(" + DASHES)
        if (
            before is not None
            and after is not None
            and (
                _weak(art, before, q)
                # "The effect is ignored: “...,” Vance wrote": a lead-in
                # without a cue yields to the cue after a quotation that ends
                # with a comma.
                or (before[0] is None and text[q.start : q.end].rstrip().endswith(","))
                or (
                    before[0] is not None
                    and before[0].start() in used_cues
                    and len(text[before[0].end() : q.open_start].split()) > 2
                )
            )
        ):
            # ("“A,” she said, but despite the tension, “B,” said Kunin": the cue
            # before B already attributed A, and more words follow it.)
            # "Despite her support from rural voters, “...,” Kerr said": a
            # noun use of a cue before the quotation; the cue after it counts.
            cue, speaker = after
        elif before is not None:
            cue, speaker = before
        elif left_clear and after is not None:
            cue, speaker = after
        elif left_clear:
            right = text[q.close_end : hi].strip()
            # "“...” — Ana Ruiz, 34, Phoenix": a dash line after the quotation.
            dash = _BYLINE.match(text, q.close_end, art.paragraph(q.close_end - 1)[1])
            byline = _speaker_after(text, dash.end(), hi) if dash else None
            if byline is not None and byline.kind != "pronoun":
                line_end = art.paragraph(q.close_end - 1)[1]
                rest = text[byline.end : line_end].strip(" ,.;") or None
                byline = _Speaker(byline.start, byline.end, byline.kind, rest)
                found.append(_Found(q.start, q.end, "direct", byline, None, None))
                continue
            whole = text[q.start : q.end].rstrip().endswith((".", "!", "?"))
            n_words = len(text[q.start : q.end].split())
            if right and not _PUNCT_ONLY.match(right) and n_words < 6 and not whole:
                continue  # quoted words used as part of a sentence ("“Uber” is")
            if n_words < 4 and not _previous_direct(found, q, art):
                continue
            speaker = _paragraph_attribution(art, q)
            found.append(
                _Found(q.start, q.end, "direct", speaker, None, None, speaker is None)
            )
            continue
        else:
            # A partial quotation inside paraphrase: see framing.quotes.partial.
            partials.append((q, after))
            continue
        if cue is not None:
            used_cues.add(cue.start())
        found.append(
            _Found(
                q.start,
                q.end,
                "direct",
                speaker,
                cue.start() if cue is not None else None,
                cue.end() if cue is not None else None,
                speaker is None,
            )
        )
    return found, used_cues, partials


def _weak(art: _Article, before: tuple, q: QuotationSpan) -> bool:
    """Say whether an attribution before a quotation is a cue's noun use.

    A non-speech cue ("support", "criticism") with words between it and the
    quotation does not introduce it.
    """
    cue = before[0]
    if cue is None:
        return False
    kind = _lexicon().cue_type.get(cue.group().lower(), "source")
    tail = art.text[cue.end() : q.open_start].strip(" ,:")
    return kind not in ("speech", "quote", "source") and bool(tail)


_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+\s*$")
_BYLINE = re.compile("[ \t]*[" + re.escape(DASHES) + "]+[ \t]*(?=[A-Z])")


def _paragraph_attribution(art: _Article, q: QuotationSpan) -> _Speaker | None:
    """Return a speaker named next to a quotation that stands alone.

    The next paragraph may be a dash line ("- Bernie Sanders."), as in fact-check
    lists; the previous one may end with a colon ("Cruz continued:").
    """
    text = art.text
    p_start, _ = art.paragraph(q.open_start)
    # The sentence before, in the same paragraph, may be the attribution alone:
    # "Dianne Bystrom agreed. “...”", "Sam Lau said in a statement. “...”".
    s_start, _ = art.sentence(q.open_start)
    if s_start > p_start:
        b_start, b_end = art.sentence(s_start - 1)
        b_start = max(b_start, p_start)
        cues = _cue_match(art, b_start, b_end)
        # "“A?” said Lena Park, referring to Hale. “B.”": a sentence that only
        # ends the previous quotation's attribution does not name a new speaker.
        tail_of_quote = art.quoted.contains(max(b_start - 2, 0)) or (
            b_start > 0 and text[b_start - 1] in "”\"'"
        )
        if cues and not tail_of_quote and not art.quoted.overlaps(b_start, b_end):
            m = cues[-1]
            tail = text[m.end() : b_end].strip(" .:")
            if len(tail.split()) <= 4 and not _THAT_WORD.search(tail):
                speaker = _speaker_for_cue(art, b_start, m, b_end)
                if speaker is not None:
                    return speaker
    if q.open_start != p_start:
        return None
    k = bisect.bisect_right(art.para_starts, q.close_end - 1)
    if k < len(art.paragraphs):
        n_start, n_end = art.paragraphs[k]
        m = _BYLINE.match(text, n_start, n_end)
        if m is not None and n_end - n_start < 200:
            speaker = _speaker_after(text, m.end(), n_end)
            if speaker is not None:
                return speaker
    j = bisect.bisect_right(art.para_starts, p_start - 1) - 1
    if j >= 0 and art.paragraphs[j][0] < p_start:
        b_start, b_end = art.paragraphs[j]
        if text[b_end - 1] == ":" and not art.quoted.contains(b_end - 1):
            s_start, _ = art.sentence(b_end - 1)
            found = _attribution_before(art, max(s_start, b_start), b_end)
            if found is not None:
                return found[1]
    return None


def _previous_direct(found: list[_Found], q: QuotationSpan, art: _Article) -> bool:
    if not found:
        return False
    prev = found[-1]
    return art.text[prev.end : q.open_start].count("\n") <= 2 and (
        q.open_start - prev.end < 400
    )
