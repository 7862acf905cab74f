"""The reported clause of a cue: its bounds, and when a cue reports nothing.

`framing.quotes.indirect` finds the cues of a sentence and their sources; this
module bounds what each reports ("said (that) ...", "according to X, ...", "was
announced by X") and rejects what is no report (a cue word used as a noun, a
question put about a topic, an intention, a belief of no one).
"""

from __future__ import annotations

import re

from framing.quotes._patterns import _EndAnchored
from framing.quotes.cues import (
    _OBJECT_CUES,
    _lexicon,
)
from framing.quotes.speakers import (
    _Speaker,
    _speaker_after,
    _speaker_before,
    _trim,
)
from framing.text import DASHES

_THAT = re.compile(r"\s*(?:[,:]\s*)?(?:that\s+)?", re.I)
_TIME_TAIL = _EndAnchored(
    r"(?:\s+(?:on|last|this|earlier|late|early)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
    r"night|morning|afternoon|evening|day))+$",
    "day|week|month|year|night|morning|afternoon|evening",
)


_CONTENT_TAIL = frozenset(",;:" + DASHES)
_CONTENT_LEAD = _CONTENT_TAIL | {"("}


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a reported clause: spaces, edge commas and a final period go."""
    while start < end and (text[start].isspace() or text[start] in _CONTENT_LEAD):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CONTENT_TAIL):
        end -= 1
    # A final period goes, but not from inside a closing quotation mark, so that
    # 'he was “not quite there yet.”' keeps its marks balanced.
    while end > start and text[end - 1] in ".!?":
        end -= 1
    m = _TIME_TAIL.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    return start, end


_SUBORDINATE = re.compile(
    r"\s*(?:while|when|although|though|because|since|if|after|before|as|whereas)\s",
    re.I,
)
_OBJECT = re.compile(
    r"\s+(?:[\w’'.-]+\s+){0,5}?that\s|\s+(?:reporters|him|her|them|us|me|"
    r"the\s+\w+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s"
)


_CIRCUMSTANCE = re.compile(
    r"(?:in|on|at|during|after|before|by|to|via|through|from)(?:\s+[\w’'.-]+){1,4}",
    re.I,
)


def _named_object(text: str, start: int, end: int, m) -> bool:
    """Say whether an attitude cue's object is one name ("endorsed Clinton")."""
    return (
        _lexicon().cue_type.get(m.group().lower()) == "attitude"
        and _NAME_WORD.fullmatch(text, start, end) is not None
    )


# One capitalised word that is not a pronoun or determiner opening a clause.
_NAME_WORD = re.compile(
    r"(?!(?:The|He|She|It|They|We|I|This|That|His|Her|Their)\b)"
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
)


def _where_not_what(text: str, start: int, end: int, speaker, m) -> bool:
    """Say whether a clause is a circumstance: "said in a statement.".

    "declined to comment", "promised to veto it" are what is wanted, by a person
    or a source ("his spokesman declined to comment"), and stay.
    """
    if _CIRCUMSTANCE.fullmatch(text, start, end) is None:
        return False
    return not (
        text[start : start + 3].lower() == "to "
        and _lexicon().cue_type.get(m.group().lower()) not in ("speech", "source", None)
        and _is_source(text, speaker)
    )


# A cue word read as a noun or an adjective: "his remarks", "Dart's remarks",
# "the proposed rule", "the newly announced cases", "three charges".
_NOUN_USE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)|"
    r"(?<!\b[Hh]e)(?<!\b[Ss]he)(?<!\b[Ii]t)(?<!\b[Tt]hat)(?<!\b[Tt]here)"
    r"(?<!\b[Ww]ho)(?<!\b[Ww]hat)\w[’'](?:s\b)?)"
    r"(?:\s+(?!(?:fami|al|ral|assemb|supp|monopo)ly\b)[a-z]+ly)?\s+$"
)
# ... but "In the senator's view, ..." attributes through the noun.
# "Trump's claim there have been ..." reports the claim's content.
_VIEW_NOUNS = frozenset(
    [
        "view",
        "opinion",
        "estimation",
        "assessment",
        "judgment",
        "judgement",
        "words",
        "claim",
        "claims",
    ]
)
_NOUN_LOOKBACK = 30  # characters read before a cue for ``_NOUN_USE``
# A plural noun before a finite verb: "the reopening plans are ...", "the
# dialogue on TV shows is ...", "golf jokes aside" (round 5: a cue's plural
# noun before a singular verb or "aside" is no verb either).
_NOUN_BEFORE_VERB = re.compile(
    r"\s+(?:are|were|is|was|have|has|remain|continue|aside)\b"
)
# Whom a question was put to, and its topic: "pressed Ryan about the phrase",
# "asked the spokesman about that" report no words.
_ABOUT_OBJECT = re.compile(r"(?!by\s)(?:[\w’'.-]+\s+){1,5}?about\s", re.I)
_FIRST_PERSON = frozenset(["i", "we", "you"])
# Attitude cues of an intention: "want to", "plans to", "refused to" report
# what someone means to do, not what they said.
_INTENTIONS = frozenset(
    [
        "want",
        "wants",
        "wanted",
        "wanting",
        "plan",
        "plans",
        "planned",
        "planning",
        "refuse",
        "refuses",
        "refused",
        "refusing",
        "seek",
        "seeks",
        "sought",
        "seeking",
        "decide",
        "decides",
        "decided",
        "deciding",
    ]
)
# Attitude cues of a stance or an act, not of words: "Romney opposes the plan",
# "Ryan backed a measure", "the Sunrise Movement endorsed Sanders" report what
# someone holds or does. The shared codebook (section C) counts a view through a
# communication cue ("said", "argued", "called it", "condemned"); on the shared
# and own-tune articles the coders left 14 of 23 such objects uncoded, PolNeAR
# dev 15 of 17 (judgement from those counts).
_STANCES = frozenset(
    [
        "support",
        "supports",
        "supported",
        "supporting",
        "oppose",
        "opposes",
        "opposed",
        "opposing",
        "favor",
        "favors",
        "favored",
        "favoring",
        "favour",
        "favours",
        "favoured",
        "favouring",
        "prefer",
        "prefers",
        "preferred",
        "preferring",
        "embrace",
        "embraces",
        "embraced",
        "embracing",
        "welcome",
        "welcomes",
        "welcomed",
        "welcoming",
        "back",
        "backs",
        "backed",
        "backing",
    ]
)
_THAT_NEXT = re.compile(r"\s*,?\s*that\b")
# Other senses of cue words, each a kind counted on the shared and own-tune
# articles (judgement): a noun before "of" ("three charges of assault", "reports
# of wells running dry", "no mention of events"); an idiom ("All told", "as far
# as I can tell", "needless to say"); a phrasal verb ("called off a rally"); a
# participle naming a count ("19 confirmed cases", "no new reported deaths"); a
# verb of going on ("levels have continued to fall"); a request for anonymity
# ("a plan that asked not to be identified").
_NOUN_OF = frozenset(
    [
        "charges",
        "reports",
        "claims",
        "promises",
        "remarks",
        "mention",
        "jokes",
        "warnings",
        "threats",
        "calls",
    ]
)
_IDIOM_BEFORE = re.compile(
    r"(?:\b[Aa]ll|\b[Tt]ruth\s+be|\bfar\s+as\s+(?:I|we|you)\s+can|"
    r"\b[Nn]eedless\s+to|\bthat\s+is\s+to|\bso\s+to)\s+$"
)
_IDIOM_CUES = frozenset(["told", "tell", "say", "speak"])
_COUNTED = re.compile(
    r"\s+(?:(?:positive|new|coronavirus|COVID-19)\s+)?(?:cases|deaths|infections|"
    r"incidents|crimes|shootings|attacks)\b"
)
_COUNT_CUES = frozenset(["confirmed", "reported", "announced", "recorded"])
_CONTINUE = frozenset(["continue", "continues", "continued", "continuing"])
_ANONYMITY = re.compile(r"\s+not\s+to\s+be\s+(?:identified|named)\b")
_ABOUT_CUES = frozenset(
    [
        "asked",
        "ask",
        "asks",
        "asking",
        "pressed",
        "press",
        "presses",
        "pressing",
        "questioned",
        "question",
        "questions",
        "questioning",
    ]
)


def _other_sense(text: str, m, lower: str) -> bool:
    """Say whether a cue word is used in a sense that attributes nothing."""
    after = m.end()
    if lower in _NOUN_OF and text.startswith(" of ", after):
        return True
    if lower in _IDIOM_CUES and _IDIOM_BEFORE.search(
        text, max(0, m.start() - 20), m.start()
    ):
        return True
    if lower.startswith("call") and text.startswith(" off", after):
        return not text[after + 4 : after + 5].isalpha()
    if lower in _COUNT_CUES and _COUNTED.match(text, after):
        return True
    if lower in _CONTINUE and text.startswith(" to ", after):
        return True
    return lower.startswith("ask") and _ANONYMITY.match(text, after) is not None


def _not_reported(text: str, c_start: int, c_end: int, speaker, m) -> bool:
    """Say whether a cue and its clause report no one's words or views.

    A cue word used as a noun or adjective ("his remarks at the White House",
    "the proposed regulation"); a question put to someone about a topic
    ("pressed Ryan about the phrase"); a belief of no one, of the author or of
    the reader ("I thought", "we know").
    """
    cue = m.group()
    lower = cue.lower()
    if _other_sense(text, m, lower):
        return True
    if (
        lower not in _VIEW_NOUNS
        and not text.startswith(" that ", m.end())
        and _NOUN_USE.search(text[max(0, m.start() - _NOUN_LOOKBACK) : m.start()])
    ):
        return True
    if lower.endswith("s") and _NOUN_BEFORE_VERB.match(text, m.end()) is not None:
        return True
    if (
        lower in _ABOUT_CUES
        and c_start >= m.end()
        and _ABOUT_OBJECT.match(text, c_start, c_end) is not None
        and "that" not in text[c_start:c_end].split()[:6]
    ):
        return True
    if lower in _INTENTIONS and c_start >= m.end() and text.startswith("to ", c_start):
        return True  # "Republicans want to use ...", "he refused to say ..."
    if (lower in _STANCES or lower in _INTENTIONS) and _THAT_NEXT.match(
        text, m.end()
    ) is None:
        return True  # "Romney opposes the plan", "they decided against it"
    if _lexicon().cue_type.get(lower) != "belief":
        return False
    # A belief reported of no one ("The plan, expected to be finalized ..."),
    # of the author or of the reader ("I thought", "we know", "if you
    # thought") reports no source's view.
    return speaker is None or text[speaker.start : speaker.end].lower() in _FIRST_PERSON


_BY_AGENT = re.compile(r"(?:\s+(?:on|last|this|early|late)\s+\w+)?\s+by\s+")


def _passive(art, m, s_lo, s_hi, clause_lo, aux, add) -> None:
    """Add a passive attribution: its agent after "by" is the source.

    "The closure was announced by the superintendent" reports the closure;
    "It was announced by the White House that ..." reports the that-clause.
    Without an agent nobody is reported: "Lecturers were warned that ...",
    "the experts were asked to forecast ...", "it should be noted that ...",
    "the plan is expected to pass" (the shared codebook codes a source's words;
    of 12 such clauses the library reported on the shared and own-tune
    articles, the coders coded none).
    """
    text = art.text
    agent = _BY_AGENT.match(text, m.end(), s_hi)
    if agent is None:
        return
    speaker = _speaker_after(text, agent.end(), s_hi)
    if speaker is None:
        return
    subject_end = s_lo + aux.start()
    subject = text[clause_lo:subject_end].strip()
    that = _THAT_AFTER.search(text, speaker.end, s_hi)
    if that is not None or subject.lower() in ("it", ""):
        if that is not None:
            add(*_content(text, that.end(), s_hi), speaker, m)
        return
    add(*_content(text, clause_lo, subject_end), speaker, m)


_THAT_AFTER = re.compile(r"\bthat\s+")


def _is_source(text: str, speaker: _Speaker | None) -> bool:
    """Say whether a speaker is a person, a pronoun or headed by a source noun."""
    if speaker is None:
        return False
    if speaker.kind in ("name", "pronoun"):
        return True
    words = text[speaker.start : speaker.end].split()
    return bool(words) and words[-1].lower().strip("’'s") in _lexicon().nouns


_APPOSITIVE = re.compile(
    r"\s*(?:(?:who|which|whose|now)\b|\d+\s*,|(?:a|an)\s[^,;]{0,80}(?:[.!?]\s*$|$))",
    re.I,
)


def _according_to(text: str, s_start: int, s_end: int, m, add) -> None:
    """Add the clause an "according to X" attribution reports.

    "Y, according to X." reports Y; "According to X, Y." and the aside "The
    plan, according to X, is Y." report what follows, in the second case as
    two fragments when the words before it are a clause of their own.
    """
    before = text[s_start : m.start()].strip(" ,")
    speaker = _speaker_after(text, m.end(), s_end, appositive=False)
    if speaker is None:
        # Any short phrase names a source here ("USA TODAY contributor and
        # monetary historian David Marsh").
        comma = text.find(",", m.end(), s_end)
        a, b = _trim(text, m.end(), comma if comma >= 0 else s_end)
        if b <= a or len(text[a:b].split()) > 25:
            return
        speaker = _Speaker(a, b, "noun", None)
    comma = text.find(",", speaker.end, s_end)
    after = None
    if comma >= 0 and not _APPOSITIVE.match(text, comma + 1, s_end):
        after = _content(text, comma + 1, s_end)
        if len(text[after[0] : after[1]].split()) < 3:
            after = None
    if before and (after is None or len(before.split()) > 3):
        add(*_content(text, s_start, m.start()), speaker, m)
    if after is not None:
        add(*after, speaker, m)


# Where a reported clause gives way to the next clause of the sentence: a comma,
# a semicolon or a coordinating word ("said A, and Lee said B", "said A and
# warned B", "said A, adding B").
_CLAUSE_JOIN = re.compile(r"(?:[,;]|\s(?:and|but|while|whereas))(?=\s)")
_JOIN_WINDOW = 80  # characters searched back from the next cue


# Where a reported clause ends inside its sentence: a colon that opens an
# explanation, a contrast ("..., but"), a concession ("..., even though"), and
# the conditions of an anonymous source ("on condition of anonymity").
_CONTENT_STOP = re.compile(
    r":\s|,\s+(?:but|yet|(?:even\s+)?though|although|despite|while|whereas)\s|"
    r"\s(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\s"
)


def _next_clause(text: str, lo: int, nxt: int) -> int:
    """Return where the clause of a later cue at ``nxt`` begins, or -1.

    "said A, and the mayor said B" -> the comma before "and the mayor": the
    later cue has a subject of its own (or shares the first one: "and warned")
    right after a clause join. A cue whose subject is not next to the join
    ("said the bill that Smith backed") is part of the reported clause.
    """
    for j in _CLAUSE_JOIN.finditer(text, max(lo, nxt - _JOIN_WINDOW), nxt):
        if j.start() <= lo:
            continue
        between = text[j.end() : nxt].strip(" ,")
        if not between:
            return j.start()
        sp = _speaker_before(text, j.end(), nxt)
        if sp is not None and _trim(text, j.end(), nxt)[0] >= (sp.lead or sp.start):
            return j.start()
    return -1


# Where and when before "that": "said in a statement that ...", "said through a
# spokeswoman Thursday that ...", "told CNN on Monday that ..."; "that" must open a
# clause, not a relative one ("in an interview that aired", "a report that was").
_ADJUNCT_THAT = re.compile(
    r"(?:in|on|at|during|through|via|from|with|after|before|last|this|earlier|late|"
    r"early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s"
    r"[^,;:“”\"]{0,60}?\bthat\s+(?!(?:is|are|was|were|will|would|has|have|had|can|"
    r"could|should|may|might|must|does|did|\w+ed)\b)(?=\w)"
)


def _report_after(text, m, s_end, speaker, add, lower, subordinate, nxt=None) -> None:
    """Add the reported clause after a cue: "said (that) ...", "told X that ...".

    The clause ends at the sentence end, a semicolon, the first comma after a
    subordinate cue, or where the clause of the next cue ``nxt`` begins.
    """
    c_start = m.end()
    if lower in _OBJECT_CUES:
        obj = _OBJECT.match(text, c_start, s_end)
        if obj:
            c_start = obj.end()
    that = _THAT.match(text, c_start, s_end)
    c_start = that.end() if that else c_start
    adjunct = _ADJUNCT_THAT.match(text, c_start, s_end)
    if adjunct is not None:
        c_start = adjunct.end()  # "said in a statement (on Monday) that ..."
    c_end = s_end
    semicolon = text.find(";", c_start, s_end)
    if semicolon >= 0 and not _inside_quote(text, c_start, semicolon):
        c_end = semicolon  # "...; 46 percent said ..." is another attribution
    if subordinate:
        comma = text.find(",", c_start, c_end)
        if comma >= 0:
            c_end = comma
    stop = _CONTENT_STOP.search(text, c_start, c_end)
    if stop is not None and not _inside_quote(text, c_start, stop.start()):
        c_end = stop.start()
    if nxt is not None and c_start < nxt < c_end:
        cut = _next_clause(text, c_start, nxt)
        if cut > c_start:
            c_end = cut
    add(*_content(text, c_start, c_end), speaker, m)


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """Say whether ``pos`` lies after an unclosed opening mark from ``start``."""
    chunk = text[start:pos]
    return chunk.count("“") > chunk.count("”") or chunk.count('"') % 2 == 1
