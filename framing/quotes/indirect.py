"""Reported speech: "X said (that) ...", "according to X", "..., X said".

This module reads each sentence's cues and finds who each attributes to;
`framing.quotes.clauses` bounds the clause a cue reports and rejects cues that
report nothing.
"""

from __future__ import annotations

import bisect
import re

from framing.quotes._article import (
    _Article,
    _Found,
)
from framing.quotes._patterns import _EndAnchored
from framing.quotes.clauses import (
    _SUBORDINATE,
    _THAT,
    _according_to,
    _content,
    _named_object,
    _not_reported,
    _passive,
    _report_after,
    _where_not_what,
)
from framing.quotes.cues import (
    _cue,
    _cue_match,
    _find_cues,
    _is_participle,
    _lexicon,
)
from framing.quotes.names import (
    _CAP_RUN,
)
from framing.quotes.speakers import (
    _AND_END,
    _AUX_END,
    _CLAUSE_LEAD,
    _HEADLINE_COLON,
    _MARKS,
    _WHO_END,
    _WHO_VERB_END,
    _before_cue,
    _last_break,
    _noun_phrase,
    _Speaker,
    _speaker_after,
    _speaker_at_clause_end,
    _speaker_before,
    _subject_before,
    _trim,
)


def _find_indirect(
    art: _Article, direct: list[_Found], used_cues: set[int]
) -> list[_Found]:
    text = art.text
    lex = _lexicon()
    found: list[_Found] = []
    # The direct quotations found, sorted and not overlapping, are read in place
    # (no index of their own): the one holding a position is the last to start
    # at or before it.
    direct_starts = [f.start for f in direct]

    def in_direct(pos: int) -> bool:
        k = bisect.bisect_right(direct_starts, pos) - 1
        return k >= 0 and pos < direct[k].end

    def add(c_start, c_end, speaker: _Speaker | None, m, fragment=False) -> None:
        if c_start >= m.end() and text.startswith("by ", c_start):
            # "a ban urged by the president": the agent, not a clause; "As
            # reported by Newsbusters, the episode ...": the agent, then the clause.
            if text[max(0, m.start() - 3) : m.start()].lower() != "as ":
                return
            agent = _speaker_after(text, c_start + 3, c_end)
            comma = text.find(",", agent.end, c_end) if agent is not None else -1
            if comma < 0:
                return
            c_start, c_end = _content(text, comma + 1, c_end)
            speaker = agent
            if c_end <= c_start:
                return
        if _not_reported(text, c_start, c_end, speaker, m):
            return
        # A clause needs two words and eight characters; the fronted fragment
        # of "A, X said, B" only two words ("At the time, she said, ..."); an
        # attitude may take one name ("Dean endorsed Clinton").
        if len(text[c_start:c_end].split()) < 2:
            if not _named_object(text, c_start, c_end, m):
                return
        elif not fragment and (
            c_end - c_start < 8 or _where_not_what(text, c_start, c_end, speaker, m)
        ):
            return
        k = bisect.bisect_left(direct_starts, c_end) - 1
        if k >= 0 and direct[k].end > c_start:
            # The reported clause overlaps a direct quotation found already.
            k = max(bisect.bisect_right(direct_starts, c_start) - 1, 0)
            inside = 0
            while k < len(direct) and direct[k].start < c_end:
                f = direct[k]
                inside += max(0, min(c_end, f.end) - max(c_start, f.start))
                k += 1
            if inside > 0.5 * (c_end - c_start):
                return
        if in_direct(c_start) or (text[c_start] in "\"“'" and in_direct(c_start + 2)):
            return  # the clause is a direct quotation already found
        found.append(_Found(c_start, c_end, "indirect", speaker, m.start(), m.end()))

    headline_end = art.paragraphs[0][1] if art.paragraphs else 0
    # Where page furniture may be, from one look at the text: see _FURNITURE_WORDS.
    folded = text.casefold()
    furniture = any(word in folded for word in _FURNITURE_WORDS)
    # No letter folded to two, so the folded text keeps the offsets of the text.
    aligned = len(folded) == len(text)
    for s_start, s_end in art.sentences:
        if s_end <= headline_end and headline_end < 200:
            # A headline capitalises its verbs ("Clinton Says ...") and may
            # attribute with a colon ("Historians: Clinton, Obama linked").
            lo = bisect.bisect_left(art.words, (s_start, s_start))
            hi = bisect.bisect_left(art.words, (s_end, s_end))
            cues = _find_cues(text, art.words[lo:hi], fold_case=True)
            colon = _HEADLINE_COLON.match(text[s_start:s_end])
            if colon is not None and not cues:
                speaker = _noun_phrase(text, s_start, s_start + colon.end(1))
                if speaker is None:
                    speaker = _Speaker(
                        *_trim(text, s_start, s_start + colon.end(1)), "noun", None
                    )
                c_start, c_end = _content(text, s_start + colon.end(), s_end)
                if c_end > c_start:
                    found.append(
                        _Found(
                            c_start,
                            c_end,
                            "indirect",
                            speaker,
                            s_start + colon.end(1),
                            s_start + colon.end(1) + 1,
                        )
                    )
                continue
        else:
            cues = _cue_match(art, s_start, s_end)
        view = None  # "In the senator's view, ..." opens its sentence
        if text.startswith("In", s_start) or text[s_start : s_start + 1].isspace():
            view = _IN_VIEW.match(text, s_start, s_end)
        if not cues and view is None:
            continue  # nothing in this sentence attributes
        if (
            furniture
            and (
                not aligned
                or any(folded.find(w, s_start, s_end) >= 0 for w in _FURNITURE_WORDS)
            )
            and _FURNITURE.search(text, s_start, s_end)
        ):
            continue  # "The views expressed are the author's own": page furniture
        if view is not None:
            # "In the senator's view, the tariff will hurt farmers."
            speaker = _noun_phrase(text, view.start(1), view.end(1))
            cue_m = _cue(text, view.start(2), view.end(2))
            add(*_content(text, view.end(), s_end), speaker, cue_m)
            continue
        skip_before = _final_attribution(text, cues, s_start, s_end, lex)
        # The start of the next cue that may attribute on its own, for each cue.
        free = [
            c.start() not in used_cues and not art.quoted.contains(c.start())
            for c in cues
        ]
        nexts: list[int | None] = [None] * len(cues)
        for i in range(len(cues) - 2, -1, -1):
            nexts[i] = cues[i + 1].start() if free[i + 1] else nexts[i + 1]
        for i, m in enumerate(cues):
            if not free[i] and m.start() in used_cues:
                # "“...,” Levine said of the council's vote": what the quotation
                # is about is reported too, by the quotation's speaker.
                about = _OF_AFTER.match(text, m.end(), s_end)
                if about is not None and _NAMED_OF.match(text, m.end(), about.end()):
                    about = None  # "says Avik Roy of the Manhattan Institute"
                if about is not None:
                    speaker = _speaker_before(text, s_start, m.start())
                    if speaker is None:
                        speaker = _speaker_after(text, about.end(), s_end)
                    add(*_content(text, about.end(), s_end), speaker, m)
                continue
            if not free[i] or m.start() < skip_before:
                continue
            # Windows bounded around the cue keep a sentence with no end (a
            # text without punctuation) linear: no clause is this long.
            s_lo = max(s_start, m.start() - _WINDOW)
            s_hi = min(s_end, m.end() + _WINDOW)
            nxt = nexts[i]
            cue = m.group()
            lower = cue.lower()
            kind = lex.cue_type.get(lower) or lex.cue_type.get(cue, "")
            if lower.startswith("according"):
                kind = "source"
            if kind == "quote":
                continue  # "states", "began": cues only next to a quotation
            if lower.startswith("according"):
                _according_to(text, s_lo, s_hi, m, add)
                continue
            if lower == "asked" and _ASKED_LEAD.match(text, s_start, m.start()):
                # "Asked whether he would run, Lee said ...": the question, up to
                # the comma; who asked is not named.
                question = _QUESTION.match(text, m.end(), s_hi)
                comma = text.find(",", m.end(), s_hi)
                if question is not None and comma > 0:
                    add(*_content(text, question.start(1), comma), None, m)
                    continue
            if _is_participle(cue) and _ASKED_LEAD.match(text, s_start, m.start()):
                # "Noting that he had studied law, Allen said ...", "Citing legal
                # risks, the publisher declined ...": the participle's clause, up
                # to the comma, by the subject of the main clause when a later
                # cue names it.
                comma = text.find(",", m.end(), s_hi)
                if comma > 0:
                    later = next((c for c in cues[i + 1 :] if c.start() > comma), None)
                    speaker = None
                    if later is not None:
                        speaker = _speaker_before(text, comma + 1, later.start())
                    that = _THAT.match(text, m.end(), comma)
                    add(*_content(text, that.end(), comma), speaker, m)
                continue
            left = text[s_lo : m.start()]
            cut = _last_break(left, 0, len(left))
            clause_lo = s_lo + cut + 1 if cut >= 0 else s_lo
            bare = not text[clause_lo : m.start()].strip(" \t\n\"”’'")
            progressive = _AUX_END.search(left)
            if progressive and not _is_participle(cue):
                # A passive: "The closure was announced by the mayor", "the
                # bill is expected to pass" (no source: not an attribution).
                _passive(art, m, s_lo, s_hi, clause_lo, progressive, add)
                continue
            if _is_participle(cue) and not progressive:
                if cut >= 0 and bare:
                    # "Sessions sent out a warning, saying ..."
                    speaker = _subject_before(art, s_lo, clause_lo - 1)
                elif kind == "speech" and _DOCUMENT_BEFORE.search(left):
                    # "a press release saying ...": the sender of the document.
                    speaker = _subject_before(art, s_lo, m.start())
                elif _PARTICIPLE_LEAD.search(left, max(0, len(left) - 12)):
                    # "Cruz opened by declaring ...": the clause's subject.
                    speaker = _subject_before(art, s_lo, m.start())
                elif kind in ("speech", "evidence", "belief") and (
                    np := _NOUN_BEFORE.search(left, max(0, len(left) - 60))
                ):
                    # "47 percent of voters saying ...", "a new poll showing ...":
                    # the noun phrase the participle modifies.
                    a = s_lo + np.start(1)
                    speaker = _Speaker(a, s_lo + np.end(1), "noun", None)
                else:
                    continue
                _report_after(text, m, s_hi, speaker, add, lower, None, nxt)
                continue
            shared = _AND_END.search(left) is not None
            # "The mayor praised the volunteers and warned ...": the second verb
            # shares the clause's subject; the words before "and" are no source.
            speaker = _subject_before(art, s_lo, m.start()) if shared else None
            if speaker is None:
                speaker = _speaker_before(text, s_lo, m.start())
            if bare and cut >= 0 and kind == "speech" and not shared:
                # "..., said Smith." A name right after the cue is the speaker,
                # whatever stands before the comma ("in at least 10 states,
                # including Missouri, South Carolina and Texas, said Ann Roe").
                inverted = _speaker_after(text, m.end(), s_hi)
                if inverted is not None and (
                    speaker is None
                    or (inverted.kind == "name" and _ends_after(text, inverted, s_hi))
                ):
                    add(*_content(text, s_lo, clause_lo - 1), inverted, m)
                    continue
            if speaker is None and shared:
                # "Fields tweeted a photograph and said ...": the shared subject.
                speaker = _subject_before(art, s_lo, m.start())
            if speaker is None:
                who = _WHO_END.search(left)
                if who is not None:
                    # "Podesta, who said ...": the relative pronoun's antecedent.
                    speaker = _speaker_at_clause_end(text, s_lo, s_lo + who.start())
            if speaker is None:
                speaker = _bare_subject(text, clause_lo, m.start())
                if speaker is not None and kind != "speech":
                    # Beliefs and attitudes need a subject that can hold them:
                    # "Clinton allies believe", not "the support they once ...".
                    speaker = _holder(text, speaker)
            if speaker is None:
                speaker = _adjacent_subject(text, s_lo, m.start())
            if speaker is None:
                # No subject to name, but a cue followed by a clause of its own
                # ("... has long argued that taxes ...", "... believe they can
                # win") still reports something: the source stays unknown, or
                # is the subject of the whole clause when there is one.
                if _CLAUSE_AFTER.match(text, m.end(), s_hi) is not None or (
                    kind in ("attitude", "belief")
                    and _TO_VERB.match(text, m.end(), s_hi) is not None
                ):
                    subject = _subject_before(art, s_lo, m.start())
                    _report_after(
                        text, m, s_hi, subject, add, lower, kind == "attitude", nxt
                    )
                continue
            subject_start = speaker.start if speaker.lead is None else speaker.lead
            comma = text.rfind(",", s_lo, subject_start)
            rest = text[m.end() : s_hi].strip(' .!?”"')
            after = _TIME_AFTER.match(text, m.end(), s_hi)
            aside = after is not None and text[after.end() : after.end() + 1] in ",;"
            # "..., Smith said (on Monday)." ends the sentence with its cue; "...,
            # he conceded he had fallen short" reports what follows.
            final = not rest or (
                len(rest.split()) <= 4 and _CLAUSE_FINAL_REST.match(rest) is not None
            )
            if comma >= 0 and kind == "speech" and (final or aside):
                # "..., Smith said." at the end of the sentence: content before it;
                # "A, Smith said, B." is one attribution in two fragments.
                add(*_content(text, s_lo, comma), speaker, m, fragment=aside)
                if aside and len(rest.split()) > 4:
                    add(*_content(text, after.end() + 1, s_hi), speaker, m)
                continue
            lead = text[clause_lo:subject_start]
            subordinate = (
                _SUBORDINATE.match(lead) is not None
                or kind == "attitude"
                or _WHO_VERB_END.search(left) is not None
            )
            _report_after(text, m, s_hi, speaker, add, lower, subordinate, nxt)
    return found


# Capitalised words between a cue and "of": a name and its affiliation.
_NAMED_OF = re.compile(r"\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+of\s+")
_APPOSITION_TAIL = re.compile(r"(?:\s*,[^;]*|\s+(?:of|from|at)\s[^;]*)?[\s.!?”\"]*")


def _ends_after(text: str, speaker, hi: int) -> bool:
    """Say whether only an apposition follows a speaker to the sentence end."""
    return _APPOSITION_TAIL.fullmatch(text, speaker.end, hi) is not None


# What may follow a clause-final cue: where, when, to whom ("Smith said on
# Monday", "Lee told reporters", "she added in an interview").
_CLAUSE_FINAL_REST = re.compile(
    r"(?:in|on|at|during|after|before|by|to|via|through|from|last|this|earlier|"
    r"later|late|early|while|when|as|outside|inside|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|Tuesday|today|yesterday|reporters|"
    r"recently|afterward|then|of)\b"
)
# A participle cue after a preposition shares the clause's subject: "Cruz began
# by declaring ...", "after bragging about ...", "besides attacking ...".
_LEAD_WORDS = "by|after|before|while|when|besides|without|since|in|and|also"
_PARTICIPLE_LEAD = _EndAnchored(rf"\b(?:{_LEAD_WORDS})\s+$", _LEAD_WORDS)

_WINDOW = 1500  # characters read on either side of a cue inside one sentence

# Page furniture that names no source: an opinion page's disclaimer.
_FURNITURE = re.compile(
    r"\b(?:views|opinions)\s+expressed\b[^.]{0,80}?\b(?:are|is)\s+(?:solely\s+)?"
    r"(?:those\s+of\s+the\s+|the\s+|their\s+|his\s+|her\s+)?(?:author|writer|"
    r"contributor|columnist|own)|\bdo(?:es)?\s+not\s+(?:necessarily\s+)?(?:represent|"
    r"reflect)\s+the\s+(?:views|opinions|position)\s+of\b",
    re.I,
)
# Each match of ``_FURNITURE`` holds one of these words in some case, and
# ``str.casefold`` maps every letter that ``re.I`` matches to them (the long "ſ"
# too) to the letter itself.
_FURNITURE_WORDS = ("expressed", "represent", "reflect")
# "In the senator's view, ...", "In Ortiz's opinion, ...": a source and a clause.
_IN_VIEW = re.compile(
    r"\s*In\s+([^,;]{2,60}?)(?:’s|'s|’)\s+(view|opinion|estimation|assessment|"
    r"judgment|judgement|words),\s*"
)
# Cues whose other sense takes an object ("The economy added 200,000 jobs"):
# they yield to an attribution that ends the sentence.
_YIELDING = frozenset(
    [
        "added",
        "adds",
        "reported",
        "reports",
        "charged",
        "charges",
        "estimated",
        "estimates",
        "noted",
        "notes",
    ]
)


def _final_attribution(text, cues, s_start, s_end, lex) -> int:
    """Return where the content of a sentence-final attribution starts, or -1.

    "The economy added 200,000 jobs, the Labor Department said.": the last cue
    ends the sentence after a comma; cues of other senses before that comma
    (``_YIELDING`` forms, beliefs, attitudes, evidence) are part of its content,
    so the position returned is the comma: cues before it are skipped.
    """
    if len(cues) < 2:
        return -1
    last = cues[-1]
    if lex.cue_type.get(last.group().lower()) != "speech":
        return -1
    rest = text[last.end() : s_end].strip(' .!?”"')
    comma = text.rfind(",", max(s_start, last.start() - 80), last.start())
    if comma < 0 or len(text[comma : last.start()].split()) > 8:
        return -1
    if rest and not (
        len(rest.split()) <= 4 and _CLAUSE_FINAL_REST.match(rest) is not None
    ):
        # "..., said Mary Roe, director of state legislation.": a named source
        # after the cue, and only its apposition to the end of the sentence.
        if text[comma + 1 : last.start()].strip():
            return -1
        inverted = _speaker_after(text, last.end(), s_end)
        if (
            inverted is None
            or inverted.kind != "name"
            or not _ends_after(text, inverted, s_end)
        ):
            return -1
    elif _speaker_before(text, comma + 1, last.start()) is None:
        return -1  # ", Trump made further demands.": no source before the cue
    for c in cues[:-1]:
        if c.start() < comma:
            form = c.group().lower()
            if form not in _YIELDING and lex.cue_type.get(form) == "speech":
                return -1  # "Smith said A, an aide added": Smith's own cue
    return comma


# A noun phrase right before a participle cue: "voters", "a new poll", "the
# ledgers" (not a verb, preposition or conjunction).
_NOUN_BEFORE = _EndAnchored(
    r"((?:(?:the|a|an|his|her|their|its|new|recent|\d[\d,.%]*|percent|of)\s+)*"
    r"[A-Za-z][\w’'-]*(?:s|ers|poll|survey|study|report|data|ad|statement))\s+$",
    "s|poll|survey|study|report|data|ad|statement",
)

# A clause after a cue: "that ...", or a subject pronoun or determiner opening
# one ("he would", "the plan will").
_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\s|(?:he|she|they|it|we|I|there|the|a|an|this)\s+[a-z’']+)", re.I
)

_TO_VERB = re.compile(r"\s+to\s+[a-z]+\s+\w")

_OF_AFTER = re.compile(r"(?:\s+[A-Z][\w.’'-]*)*\s+of\s+(?=\w)")
_ASKED_LEAD = re.compile(r"\s*(?:When\s+|Later\s+|Once\s+)?$", re.I)
_QUESTION = re.compile(
    r"(?:\s+(?:by|on|in|at)\s+[^,]{1,60}?)?\s+((?:whether|if|what|how|why|when|who|"
    r"about)\s)"
)


_DOCUMENT_WORDS = (
    "statement|release|letter|email|e-mail|message|memo|note|tweet|post|ad|"
    "video|sign|signs|report|filing|headline|caption"
)
_DOCUMENT_BEFORE = _EndAnchored(rf"\b(?:{_DOCUMENT_WORDS})\s+$", _DOCUMENT_WORDS)
_TIME_AFTER = re.compile(
    r"(?:\s+(?:on|last|this|earlier|late|early|in\s+an?)\s+[\w-]+)*\s*"
)


_PRONOUN_END = re.compile(r"(?:^|\s)(he|she|they|we|i|He|She|They|We|I)$")


def _adjacent_subject(text: str, lo: int, cue: int) -> _Speaker | None:
    """Return a pronoun or name standing right before a cue inside a clause.

    "... acting as though they want to lose" -> they; "he and Brafman had
    basically said" -> Brafman. Used when the clause as a whole has no subject
    that opens it.
    """
    start, end = _before_cue(text, lo, cue)
    pron = _PRONOUN_END.search(text, max(start, end - 5), end)
    if pron is not None:
        return _Speaker(pron.start(1), pron.end(1), "pronoun", None)
    k = max(start, end - 60)
    for run in _CAP_RUN.finditer(text, k, end):
        if run.end() == end or text[run.end() : end] in ("’s", "'s"):
            return _noun_phrase(text, run.start(), end)
    return None


def _bare_subject(text: str, lo: int, cue: int) -> _Speaker | None:
    """Any short subject before "said": "60 percent of voters", "tech executives"."""
    lead = _CLAUSE_LEAD.match(text, lo, cue)
    start, end = _trim(text, lead.end() if lead else lo, cue)
    phrase = text[start:end]
    words = phrase.split()
    if not 1 <= len(words) <= 7 or _MARKS.search(phrase):
        return None
    if words[0].lower() in ("it", "this", "that", "there", "which", "what", "who"):
        return None
    return _Speaker(start, end, "noun", None)


_NOT_HOLDER = frozenset(
    [
        "the",
        "a",
        "an",
        "their",
        "his",
        "her",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "to",
        "be",
        "been",
        "being",
        "is",
        "are",
        "was",
        "were",
        "am",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "not",
        "never",
        "still",
        "once",
        "with",
        "of",
        "in",
        "for",
        "on",
        "by",
        "who",
        "which",
        "it",
        "what",
        "some",
        "any",
        "no",
        "every",
        "each",
        "will",
        "would",
        "can",
        "could",
    ]
)


def _holder(text: str, speaker: _Speaker) -> _Speaker | None:
    """Keep a bare subject of a belief or attitude cue if its head is a holder.

    The head (last word) must be a source noun ("officials"), a plural
    ("Democrats", "voters") or capitalised ("Clinton"), and no function word.
    """
    words = text[speaker.start : speaker.end].split()
    head = words[-1].rstrip("’'s") if words else ""
    low = words[-1].lower() if words else ""
    if not head or low in _NOT_HOLDER or "’" in low or "'" in low:
        return None
    return speaker
