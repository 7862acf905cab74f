"""extract_quotes: direct and reported speech with resolved speakers."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from framing._gc import gc_paused
from framing.document import Document, as_document
from framing.quotes._article import (
    Quote,
    _Article,
    _Found,
)
from framing.quotes.coreference import (
    _reply,
    _resolve,
    _same_turn,
)
from framing.quotes.cues import _lexicon
from framing.quotes.direct import (
    _find_direct,
)
from framing.quotes.indirect import (
    _find_indirect,
)
from framing.quotes.partial import _partial_quotes
from framing.quotes.sourcehood import (
    after_locative,
    clean_name,
    common_word_opening,
    is_source_phrase,
)


def _dedupe(found: list[_Found]) -> list[_Found]:
    """Keep one attribution where two cues report the same clause.

    The first found wins (cues are read in text order, so "X said that Y,
    adding ..." keeps "said"). Kept spans are held sorted by start; only those
    that start within the longest kept span's length before ``f`` can overlap
    it, so each check reads a few neighbours, not every span kept.
    """
    kept: list[_Found] = []
    starts: list[int] = []
    ends: list[int] = []
    longest = 0
    for f in found:
        length = f.end - f.start
        clash = False
        lo = bisect.bisect_left(starts, f.start - longest)
        hi = bisect.bisect_left(starts, f.end)
        for i in range(lo, hi):
            a, b = starts[i], ends[i]
            overlap = min(b, f.end) - max(a, f.start)
            if overlap > 0.5 * min(length, b - a):
                clash = True
                break
        if not clash:
            kept.append(f)
            i = bisect.bisect_right(starts, f.start)
            starts.insert(i, f.start)
            ends.insert(i, f.end)
            longest = max(longest, length)
    return kept


def _near(text: str, pos: int, end: int, lines: int = 4) -> bool:
    """Say whether at most ``lines`` line breaks lie in ``text[pos:end]``.

    Stops at the ``lines + 1``-th break, so a far ``pos`` costs no more than a
    near one.
    """
    for _ in range(lines + 1):
        pos = text.find("\n", pos, end)
        if pos < 0:
            return True
        pos += 1
    return False


_PARTIAL_QUOTE = re.compile(r"[“”\"]|''")


def extract_quotes(text, partial=True):
    """Find direct quotations and reported speech, each with its resolved speaker.

    Parameters
    ----------
    text : str or Document
        Any text, or a :class:`framing.document.Document` (whose spans are
        used, and whose ``cache["quotes"]`` keeps the result so that
        ``sources()`` and ``analyze()`` do not compute it again). None or NaN
        gives an empty list.
    partial : bool, default=True
        Quoted fragments inside reported speech ('Rubio called the plan
        “half-baked and seriously flawed”') are direct quotes of the reported
        speaker, as the shared codebook and the Gender Gap Tracker code them;
        False leaves them inside the reported clause only, as PolNeAR does (see
        ``docs/sources.md``). One quoted word is a scare quote and a run of
        capitalised words a title either way.

    Returns
    -------
    list of Quote
        Sorted by ``(start, end)``; ``text[q.start:q.end] == q.text`` for each.
        Direct quotes exclude the quotation marks; a quotation over several
        paragraphs is one quote. ``kind`` is "direct" for words inside
        quotation marks that the sentence (or its neighbour) attributes, and
        "indirect" for reported speech, including paraphrase that contains a
        partial quotation. Scare quotes, titles and nicknames are not quotes.
        ``speaker`` is the resolved name (a pronoun, surname or title such as
        "the mayor" becomes the full name given earlier); ``speaker_start``
        and ``speaker_end`` point at the mention itself.

    Notes
    -----
    Rules follow news attribution style (AP Stylebook: "said", titles,
    anonymous sources) and the attribution scheme of PolNeAR (Newell,
    Margolin & Ruths, LREC 2018): source, cue and content, where content
    may be what a source is said to think or want as well as say. Reporting
    verbs start from Bergler's (1992) list and Levin's (1993) verb classes.
    Measured on PolNeAR dev: direct quotes strict F1 0.94 with speaker
    accuracy 0.90, reported speech lenient recall 0.52 at precision 0.82, all
    attributions lenient F1 0.73 (see ``benchmarks/quotes_eval.md``). Time is
    linear in the length of the text. ``neutral_cue`` is False for loaded
    attribution verbs ("claimed", "admitted", "slammed"; AP Stylebook,
    "said"). A speaker is a person's name when one is given (a role such as
    "the spokesman, Ann Roe," goes to ``affiliation``, a party tag "(D-Ore.)"
    to ``party``), else the description of the source.

    Examples
    --------
    >>> from framing import extract_quotes
    >>> text = 'Mayor Ann Lee spoke. “We will not comply,” she said.'
    >>> [(q.text, q.kind, q.speaker, q.cue) for q in extract_quotes(text)]
    [('We will not comply,', 'direct', 'Ann Lee', 'said')]
    >>> text = 'Rubio called the plan “half-baked and seriously flawed.”'
    >>> [(q.text, q.speaker) for q in extract_quotes(text) if q.kind == "direct"]
    [('half-baked and seriously flawed.', 'Rubio')]
    >>> text = "A senior official said the talks had stalled."
    >>> [(q.text, q.speaker, q.unnamed) for q in extract_quotes(text)]
    [('the talks had stalled', 'A senior official', True)]
    """
    doc = as_document(text)
    if partial is not True:
        with gc_paused(len(doc.text) > _LONG_TEXT):
            return _extract(doc, partial=False)
    cached = doc.cache.get("quotes")
    if cached is None:
        with gc_paused(len(doc.text) > _LONG_TEXT):
            cached = doc.cache["quotes"] = tuple(_extract(doc))
    return list(cached)


# Above this many characters the cyclic garbage collector is paused while one
# text is read: the spans and matches of a long text are millions of small
# objects, and the collector's repeated passes over them made a 10 MB text take
# far longer than ten 1 MB ones (benchmarks/scaling.py). Nothing here makes
# reference cycles that need the collector; it runs again afterwards.
_LONG_TEXT = 200_000


def _extract(doc: Document, partial: bool = True) -> list[Quote]:
    text = doc.text
    if not text.strip():
        return []
    art = _Article(doc)
    direct, used, partials = _find_direct(art)
    fragments: set[int] = set()
    indirect = _dedupe(_find_indirect(art, direct, used))
    if partial:
        # The reported clause stays too: PolNeAR and the shared codebook both
        # code "said he “would veto it”" as reported speech.
        found = _partial_quotes(art, partials, indirect)
        fragments = {id(f) for f in found}
        direct = sorted(direct + found, key=lambda f: (f.start, f.end))
    furniture = doc.furniture_index
    out: list[Quote] = []
    # Attributions seen so far: (end of the speaker mention, resolved speaker).
    seen: list[tuple[int, tuple]] = []
    seen_ends: list[int] = []
    last_direct: tuple[_Found, tuple] | None = None  # with its resolved speaker
    prior_direct: tuple[_Found, tuple] | None = None  # the one before it
    common: dict[str, bool] = {}  # one-word names already checked in this text
    for f in sorted(direct + indirect, key=lambda f: (f.start, f.end)):
        if f.end <= f.start or furniture.contains(f.start):
            continue  # no quote comes from page furniture
        sp = f.speaker
        if (
            sp is not None
            and not furniture.contains(sp.start)
            and furniture.contains(sp.end - 1)
        ):
            # "said Sen. Ted Cruz Rafael (Ted) Edward CruzHillicon ... MORE": a
            # name that runs into a link block ends where the block starts.
            cut = next(i for i in range(sp.start, sp.end) if furniture.contains(i))
            while cut > sp.start and text[cut - 1].isspace():
                cut -= 1
            f.speaker = sp = dataclasses.replace(sp, end=cut)
        name, unnamed, affiliation = _resolve(art, f)
        if sp is not None and furniture.contains(sp.start):
            # A speaker named in a caption or a link line is no attribution.
            if f.kind == "indirect" or id(f) in fragments:
                continue
            name, unnamed, affiliation, sp = None, False, None, None
        repaired = None
        place = (False, None)
        if sp is not None and sp.kind != "pronoun":
            place = after_locative(text, sp.start, sp.end)
        debris = sp is not None and (
            not is_source_phrase(text[sp.start : sp.end], sp.kind)
            or (
                sp.kind == "name"
                and " " not in (mention := text[sp.start : sp.end].strip())
                and _memo(common, mention, common_word_opening, text)
            )
        )
        if debris and not place[0]:
            repaired = _repair(art, sp) or _named_with_cue(art, f, sp)
        if place[0]:
            # "In New Jersey, for example, 41 percent ... claimed", "in the US
            # showed": a place after a preposition is no subject; "A school in
            # Seattle" is the description the place closes.
            if place[1] is not None:
                name, unnamed = text[place[1] : sp.end], True
            elif f.kind == "indirect" and not _speech_cue(text, f):
                continue
            else:
                name, unnamed, affiliation, sp = None, False, None, None
        elif repaired is not None:
            # "Despite Dart" -> Bruce Dart; "Rand Paul, R-Ky., calling" -> Rand Paul.
            name = repaired
        elif debris:
            # "Democrats will likely", "Maybe", "a tough year": no source.
            if f.kind == "indirect" and not _speech_cue(text, f):
                continue  # "The first quarter of 2020 saw": no attribution
            name, unnamed, affiliation, sp = None, False, None, None
        elif name is not None and not unnamed:
            # "Obama’s remarks ... promised" -> Obama; "President Trump last
            # week" -> President Trump.
            name = clean_name(name, text)
        if name is None and id(f) in fragments:
            continue  # a partial quotation is kept only with its speaker
        if f.kind == "direct" and sp is None and f.continues:
            reply = _reply(art, f, last_direct, prior_direct)
            if last_direct is not None and _same_turn(art, last_direct[0], f):
                # "“A,” Smith said, after Jones spoke. “B.”": B is Smith's, not
                # the last person named; a new speaker takes a new paragraph
                # (AP Stylebook, "quotations in the news").
                name, unnamed, affiliation, sp = last_direct[1]
            elif reply is not None:
                name, unnamed, affiliation, sp = reply
            else:
                # A quotation with no cue of its own continues the last speaker
                # named before it, if that was in the same or a nearby paragraph.
                k = bisect.bisect_right(seen_ends, f.start)
                if k and _near(text, seen[k - 1][0], f.start):
                    name, unnamed, affiliation, sp = seen[k - 1][1]
        # Direct speakers, and named, pronoun or unnamed-source speakers of
        # reported speech, may be continued ("Fiorina was not one for “long
        # meetings,” said a former executive. “...”"); a bare noun phrase
        # ("news outlets declared") may not.
        if (
            sp is not None
            and name is not None
            and (
                f.kind == "direct"
                or sp.kind in ("name", "pronoun")
                or (unnamed and _PARTIAL_QUOTE.search(text, f.start, f.end))
            )
        ):
            # Kept sorted by the mention's end (mostly appended at the end).
            k = bisect.bisect_right(seen_ends, sp.end)
            seen.insert(k, (sp.end, (name, unnamed, affiliation, sp)))
            seen_ends.insert(k, sp.end)
        if f.kind == "direct":
            resolved = (name, unnamed, affiliation, sp)
            prior_direct = last_direct
            last_direct = (f, resolved) if name is not None else None
        s_start = sp.start if sp is not None else None
        s_end = sp.end if sp is not None else None
        cue = text[f.cue_start : f.cue_end] if f.cue_start is not None else None
        person = art.registry.by_full.get(name) if name is not None else None
        out.append(
            Quote(
                text[f.start : f.end],
                f.start,
                f.end,
                f.kind,
                name,
                s_start,
                s_end,
                cue,
                affiliation,
                unnamed,
                f.cue_start,
                f.cue_end,
                text[s_start:s_end] if s_start is not None else None,
                person.party or None if person is not None else None,
                _is_neutral(cue),
            )
        )
    return out


_OPENER = re.compile(r"(?:Despite|In|As|For|With|After|Before|Like|Unlike|But|And)\s+")
_NAME_BEFORE_TAG = re.compile(r"([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)+),\s*$")
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*\.?")


def _memo(memo: dict, key: str, check, text: str) -> bool:
    """Return ``check(key, text)``, computed once per key and text."""
    found = memo.get(key)
    if found is None:
        found = memo[key] = check(key, text)
    return found


def _repair(art, sp) -> str | None:
    """Return the person a rejected speaker phrase still names, or None.

    "Despite Dart's clear ..." names Dart after an opening word; "Sen. Rand Paul,
    R-Ky., calling ..." gives the party tag where the name stood before it.
    """
    text = art.text
    mention = text[sp.start : sp.end]
    if _PARTY_TAG.fullmatch(mention):
        m = _NAME_BEFORE_TAG.search(text, max(0, sp.start - 60), sp.start)
        rest = m.group(1) if m is not None else None
    else:
        m = _OPENER.match(mention)
        rest = clean_name(mention[m.end() :]) if m is not None else None
    if not rest or not rest[:1].isupper() or not is_source_phrase(rest, "name"):
        return None
    person = art.registry.lookup(rest, "", sp.start)
    if person is not None:
        return person.name
    return rest if len(rest.split()) >= 2 else None


# A person's name closing a phrase: a first name, then one or two capitalised words.
_TRAILING_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z][\w.’'-]*\s+)?[A-Z][\w’'-]+$")


def _named_with_cue(art, f: _Found, sp) -> str | None:
    """Return the name closing a rejected speaker phrase of a cue, or None.

    "law professor David Prince told", "said David Marsh": "Prince" is a
    surname here, not the title that makes the phrase debris (issue 21 round 6).
    Only when the name's first word is in the first-name table.
    """
    if f.cue_end is None or sp.kind == "pronoun" or not art.text[f.cue_start].islower():
        return None  # "Donald Trump Just Revealed": a title-case headline
    mention = art.text[sp.start : sp.end]
    m = _TRAILING_NAME.search(mention)
    if m is None or m.group(1) not in _lexicon().first_names:
        return None
    person = art.registry.lookup(m.group(), "", sp.start)
    return person.name if person is not None else m.group()


def _speech_cue(text: str, f: _Found) -> bool:
    """Say whether an attribution's cue is a communication verb ("said")."""
    if f.cue_start is None:
        return False
    cue = text[f.cue_start : f.cue_end].lower()
    return _lexicon().cue_type.get(cue) in ("speech", "source")


# Cues as written are few ("said", "Said", "claimed"): each is looked up once.
@functools.lru_cache(maxsize=1024)
def _is_neutral(cue: str | None) -> bool:
    """Say whether a cue as written is a neutral attribution ("said", not "claimed")."""
    if cue is None:
        return True
    neutral = _lexicon().neutral
    words = cue.lower().split()
    # A cue is matched from its words; a headline's "Claims" reads as "claims".
    return neutral.get(" ".join(words), neutral.get(words[0] if words else "", True))
