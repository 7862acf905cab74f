"""Find lexicon labels in text, each with its exact offsets and its voice.

One compiled alternation runs over the whole text; context rules (``noun``,
``person``, ``immigration``, ``migration_subject``) are checked only at candidate
matches, and sentence and paragraph spans are computed only when a rule needs them.
A match is quoted voice (``in_quote``) when it starts inside a
:func:`framing.text.quotation_spans` span.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from framing.document import Document, as_document
from framing.errors import InputError
from framing.lexicon import Lexicon, LexiconEntry, load_lexicon
from framing.text import word_spans

__all__ = [
    "TermMatch",
    "attribution_verb",
    "find_loaded_terms",
    "find_terms",
    "issue_labels",
    "loaded_columns",
    "loaded_features",
]


@dataclass(frozen=True, slots=True)
class TermMatch:
    """One lexicon label in a text; ``text[m.start:m.end] == m.text`` always."""

    text: str  # as written, e.g. "Illegal Aliens"
    start: int  # character offset into the caller's original str
    end: int  # exclusive
    term: str  # canonical entry, e.g. "illegal alien"
    category: str  # "status label", "epithet", "migration metaphor", ...
    label: str  # status-label family: illegal, alien, undocumented, ... or ""
    loaded: bool
    in_quote: bool  # inside a quotation span, i.e. quoted voice
    alternative: str  # a neutral wording ("" for non-loaded entries)
    source: str  # who calls it loaded
    issue: str | None = None  # the debate ("abortion", ...); None for generic entries
    leaning: str = "none"  # whose vocabulary: "left", "right" or "none"


def find_terms(text, lexicon=None, issues=None) -> list[TermMatch]:
    """Find every lexicon label, loaded or not, and say whether it is quoted.

    Non-loaded entries (``undocumented immigrant``, ``unauthorized immigrant``,
    ``immigrant in the country illegally``) are found too, so label choice can be
    compared. "illegal" is a person label only before a noun for people ("illegal
    immigrants", "illegal workers") or as a noun ("illegals", "an illegal who");
    "illegal immigration", "illegal entry" and "illegal drugs" describe actions or
    things and are not labels (AP Stylebook 2013: "use illegal only to refer to an
    action, not a person: illegal immigration, but not illegal immigrant").

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None; a path is loaded with
        :func:`framing.load_lexicon` (and cached).
    issues : str or iterable, default=None
        Keep only entries of these debates ("abortion", "guns", ...); None in the
        iterable keeps the generic entries (partisan epithets, attribution verbs).
        All entries when None.

    Returns
    -------
    list of TermMatch
        Sorted by position, non-overlapping; ``text[m.start:m.end] == m.text``.

    Examples
    --------
    >>> from framing import find_terms
    >>> text = "Undocumented workers, or illegal aliens as he says, paid taxes."
    >>> [(m.text, m.label, m.loaded) for m in find_terms(text)]
    [('Undocumented workers', 'undocumented', False), ('illegal aliens', 'alien', True)]
    """
    lexicon = _resolve(lexicon)
    return _find(as_document(text), lexicon, False, _issues(issues, lexicon))


def find_loaded_terms(text, lexicon=None, issues=None) -> list[TermMatch]:
    """Find loaded labels and say whether each is in the author's voice or quoted.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.
    issues : str or iterable, default=None
        Keep only entries of these debates ("abortion", "guns", ...); None in the
        iterable keeps the generic entries. All entries when None.

    Returns
    -------
    list of TermMatch
        Sorted by position; ``text[m.start:m.end] == m.text`` for each.

    Notes
    -----
    The migration metaphors (flood, wave, tide, surge, influx, swarm, horde,
    invasion, pouring in) follow Santa Ana (1999), who found that US coverage
    framed immigrants as animals, invaders and dangerous waters; they count only
    when their subject is migrants or migration in the same sentence.

    Examples
    --------
    >>> from framing import find_loaded_terms
    >>> text = 'Smith said, "Illegal aliens must go." The illegal immigrants stayed.'
    >>> [(m.text, m.in_quote) for m in find_loaded_terms(text)]
    [('Illegal aliens', True), ('illegal immigrants', False)]
    >>> text = "Flood warnings came as a flood of migrants reached the town."
    >>> [(m.text, m.term, m.start) for m in find_loaded_terms(text)]
    [('flood', 'flood', 25)]
    """
    lexicon = _resolve(lexicon)
    return _find(as_document(text), lexicon, True, _issues(issues, lexicon))


def _resolve(lexicon) -> Lexicon:
    if lexicon is None:
        return load_lexicon()
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, (str, os.PathLike)):
        return load_lexicon(lexicon)
    raise TypeError(
        "lexicon must be a Lexicon, a path to a lexicon CSV file or None; "
        f"got {type(lexicon).__name__}: {lexicon!r:.60}"
    )


def _issues(issues, lexicon: Lexicon) -> frozenset | None:
    """Check ``issues`` against the lexicon's debates; None keeps every entry."""
    if issues is None:
        return None
    wanted = {issues} if isinstance(issues, str) else set(issues)
    known = {e.issue for e in lexicon.entries}
    unknown = wanted - known
    if unknown:
        names = sorted(i for i in known if i is not None)
        raise InputError(
            f"issues={sorted(unknown, key=str)!r}: not in the lexicon; its debates are "
            f"{names} (None selects the generic entries)"
        )
    return frozenset(wanted)


def _find(
    doc: Document, lexicon: Lexicon, loaded_only: bool, issues: frozenset | None
) -> list[TermMatch]:
    text = doc.text
    if not text:
        return []
    entries = lexicon.entries
    matcher = lexicon.matcher
    context: _Context | None = None
    found: list[tuple[int, int, LexiconEntry]] = []
    pos = 0  # the original search position: after the last hit, or one past a miss
    # Every position where an entry matches; the lexicon's order decides there.
    for k, start, end in matcher.candidates(text, exact=False):
        if start < pos:
            continue
        if context is None:
            context = _Context(doc)
        hit = _accepted(entries[k], context, start, end)
        # A later entry may still match here when the first one's rule says no.
        j = k + 1
        while not hit and j < len(entries):
            other = matcher.match(j, text, start)
            if other is not None and _accepted(entries[j], context, start, other):
                k, end, hit = j, other, True
            j += 1
        if hit:
            found.append((start, end, entries[k]))
            pos = end
        else:
            pos = start + 1
    if loaded_only:
        found = [f for f in found if f[2].loaded]
    if issues is not None:
        found = [f for f in found if f[2].issue in issues]
    if not found:
        return []
    return [
        TermMatch(
            text=text[start:end],
            start=start,
            end=end,
            term=entry.term,
            category=entry.category,
            label=entry.label,
            loaded=entry.loaded,
            in_quote=doc.in_quote(start),
            alternative=entry.alternative,
            source=entry.source,
            issue=entry.issue,
            leaning=entry.leaning,
        )
        for start, end, entry in found
    ]


def _accepted(entry: LexiconEntry, context: _Context, start: int, end: int) -> bool:
    if (
        entry.loaded
        and entry.issue != "immigration"
        and _in_proper_name(context, start, end)
    ):
        return False
    if entry.context == "none":
        return True
    return _RULES[entry.context](context, start, end)


class _Context:
    """The text around candidate matches; spans come from the parsed document."""

    __slots__ = ("doc", "text")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text

    def sentence(self, pos: int) -> tuple[int, int]:
        """Return the span of the sentence holding ``pos`` (or the whole text)."""
        return self.doc.sentence_of(pos)

    def paragraph(self, pos: int) -> tuple[int, int]:
        """Return the span of the paragraph holding ``pos`` (or the whole text)."""
        return self.doc.paragraph_of(pos)

    def words_after(self, end: int, n: int) -> list[tuple[str, str]]:
        """Return up to ``n`` ``(gap, word)`` pairs after ``end`` in its sentence.

        ``gap`` is the text between the previous word (or the match) and the word.
        Stops at a sentence end.
        """
        window = self.text[end : end + 24 * n]
        out = []
        last = 0
        for a, b in word_spans(window):
            gap = window[last:a]
            if _SENTENCE_END.search(gap):
                break
            out.append((gap, window[a:b]))
            last = b
            if len(out) == n:
                break
        return out

    def words_before(self, start: int, n: int) -> list[tuple[str, str]]:
        """Return up to ``n`` ``(word, gap)`` pairs before ``start``, nearest first.

        ``gap`` is the text between the word and the next word (or the match).
        Stops at a sentence end.
        """
        lo = max(0, start - 24 * n)
        window = self.text[lo:start]
        spans = word_spans(window)
        if lo > 0 and spans and spans[0][0] == 0:
            spans = spans[1:]  # probably a cut word
        out = []
        nxt = len(window)
        for a, b in reversed(spans):
            gap = window[b:nxt]
            if _SENTENCE_END.search(gap):
                break
            out.append((window[a:b], gap))
            nxt = a
            if len(out) == n:
                break
        return out


# Punctuation that ends a sentence or clause when space follows it (so the periods
# inside "U.S.-Mexico" do not), or a paragraph break.
_SENTENCE_END = re.compile(r"[.!?;:][\"'”’)\]]*\s|\n\s*\n")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ``noun``: "an illegal" is a noun when what follows cannot continue a noun phrase:
# the end of a clause or a relative pronoun, preposition or verb ("an illegal who
# crossed", "an illegal from Honduras", "an illegal is"). A comma or "and" may join
# another adjective ("an illegal, unconstitutional order"), so they do not count.
_NOUN_FOLLOWERS = _words(
    "who whom whose that from in at on with without to by for into across "
    "is was has had will would can could may might must should did does do "
    "gets got being living working crossing caught arrested charged accused "
    "deported convicted named who's"
)


def _noun_rule(context: _Context, start: int, end: int) -> bool:
    text = context.text
    rest = text[end : end + 3]
    if not rest.strip() or rest.lstrip()[:1] in {".", "!", "?", ";", ":", ")"}:
        return True
    after = context.words_after(end, 1)
    if not after:
        return False
    gap, word = after[0]
    return gap.isspace() and word.lower() in _NOUN_FOLLOWERS


# ``person``: "alien" as a label for people, not extraterrestrial or figurative.
_NOT_PERSON_BEFORE = _words("space outer extraterrestrial green hostile friendly")
_NOT_PERSON_AFTER = _words(
    "species life lifeform lifeforms life-form life-forms abduction abductions "
    "abductee abductees spacecraft spaceship spaceships ship ships planet planets "
    "world worlds civilization civilizations technology creature creatures being "
    "beings encounter encounters visitor visitors invasion invader invaders "
    "autopsy movie movies film films franchise concept concepts idea ideas "
    "culture environment force forces presence object objects landscape "
    "languages language territory"
)
_ACT_NAMES = frozenset({"Act", "Acts", "Law", "Laws", "ACT", "ACTS", "LAW", "LAWS"})


def _person_rule(context: _Context, start: int, end: int) -> bool:
    before = context.words_before(start, 1)
    if before and before[0][0].lower() in _NOT_PERSON_BEFORE:
        return False
    after = context.words_after(end, 3)
    if after:
        gap, word = after[0]
        if not gap.strip() and word.lower() in _NOT_PERSON_AFTER:
            return False
        # "alien to our values" is the adjective; "deport aliens to Mexico" a noun.
        if word.lower() == "to" and not context.text[start:end].lower().endswith("s"):
            return False
    # The Alien and Sedition Acts, the Alien Enemies Act, California's Alien Land
    # Law: names of laws, not labels for people.
    for gap, word in after:
        if gap.strip() not in {"", "-"}:
            break
        if word in _ACT_NAMES:
            return False
    return True


# ``immigration``: "amnesty" for unauthorized immigrants. Not Amnesty International,
# not the amnesties of other policy areas ("tax amnesty", "gun amnesty"), and only
# with an immigration word in the same paragraph or within _IMMIGRATION_WINDOW
# characters (news paragraphs are short: "The president's amnesty is on hold.").
_NOT_IMMIGRATION_BEFORE = _words(
    "tax taxes gun guns firearm firearms weapon weapons knife knives debt loan loans "
    "library parking traffic fine fines drug drugs ticket tickets warrant warrants "
    "offshore political presidential"
)
_IMMIGRATION_WINDOW = 800
_IMMIGRATION = re.compile(
    r"(?i:\b(?:immigra\w*|emigra\w*|migra\w*|undocumented|illegals|aliens?"
    r"|border\w*|deport\w*|citizenship|naturali[sz]\w*|green[ -]cards?|visas?"
    r"|asylum|refugees?|dreamers?|dream act|legal status|legali[sz]\w*"
    r"|sanctuary|guest[ -]workers?|caravans?|noncitizens?|non-citizens?"
    r"|unauthorized|in the country illegally|here illegally|entered illegally))"
    r"|\b(?:ICE|INS|USCIS|CBP|DACA|DAPA|DHS)\b"
)


def _immigration_rule(context: _Context, start: int, end: int) -> bool:
    after = context.words_after(end, 1)
    if after and after[0][1].lower() in {"international", "intl", "int'l", "usa"}:
        return False
    before = context.words_before(start, 1)
    if before:
        prev = before[0][0].lower()
        if prev in _NOT_IMMIGRATION_BEFORE:
            return False
        if prev == "executive":
            return True  # "executive amnesty": Obama's deferred-action programs
    p_start, p_end = context.paragraph(start)
    lo = min(p_start, max(0, start - _IMMIGRATION_WINDOW))
    hi = max(p_end, end + _IMMIGRATION_WINDOW)
    return _IMMIGRATION.search(context.text, lo, hi) is not None


# ``migration_subject``: a metaphor counts only when migrants or migration are what
# floods, surges or invades, within the sentence (Santa Ana 1999 coded metaphors by
# their target domain). Evidence, in order: a complement ("a flood of migrants", "a
# surge in border crossings"), a migration modifier ("the migrant surge"), a border
# phrase ("the invasion at the border"), a migration subject just before ("migrants
# are pouring in"), and otherwise a migration word elsewhere in the sentence unless
# the word is part of a literal compound ("flood warnings", "heat wave").
# Plural people and counts that are migrants whenever they head the phrase.
_MIGRANTS = _words(
    "migrants immigrants emigrants refugees asylum-seekers seekers illegals aliens "
    "crossers border-crossers crossings border-crossings arrivals apprehensions "
    "caravans newcomers foreigners"
)
# Singular words that name migration, but may also modify another noun: "a wave of
# immigration" is migration, "a surge of immigration judges" is not.
_MIGRATION_NOUNS = _words(
    "migrant immigrant immigration migration emigration refugee asylum asylum-seeker "
    "alien caravan newcomer foreigner crosser crossing arrival"
)
# People who are migrants only if the sentence says so ("a wave of families").
_MAYBE_MIGRANTS = _words(
    "people families children minors kids women men persons individuals "
    "youths teenagers workers laborers"
)
# What an invasion or flood is "of" when it names the place, not the invaders.
_PLACES = _words(
    "country nation america border borders europe homeland territory states "
    "cities communities neighborhoods towns"
)
_MODIFIERS = _MIGRANTS | _MIGRATION_NOUNS | _words("border migrant-caravan")
_COMPLEMENT = _words("of in with")
# Words that end a complement's noun phrase.
_PHRASE_END = _words(
    "at in on from to for with by into across over through who that which and or "
    "but as than is are was were has have had will would could should against "
    "about after before during under among between since amid like including of"
)
_QUANTITY = _words(
    "number numbers flow flows amount level levels tens hundreds thousands millions "
    "dozens groups group"
)
_BORDER_PREP = _words("at on across along over through to into from toward towards")
_BORDER_DET = _words(
    "the our this that a america's america’s nation's nation’s u.s us country's "
    "country’s southern southwest southwestern northern mexican us-mexico "
    "u.s.-mexico texas arizona"
)
_LITERAL_BEFORE = _words(
    "heat crime brain shock sound radio light microwave tidal new permanent blue red "
    "pink green democratic republican electoral flash troop troops power storm "
    "high low home iraq normandy d-day soviet russian german japanese allied "
    "omicron covid coronavirus delta pandemic virus enforcement security military "
    "personnel agent agents officer officers resources"
)
_LITERAL_AFTER = _words(
    "warning warnings watch watches insurance water waters zone zones plain plains "
    "control damage damaged relief victims season risk risks wall walls pool pools "
    "pricing protector protectors function functions chart charts force forces "
    "gauge gauges prone tide army armies troops soldiers"
)
# After these a noun-only metaphor is a verb ("it would surge the level"); the verb
# entries (flood, swarm, invading, pouring) are metaphors as verbs too.
_MODALS = _words("to would will could can may might should must did does do")
_VERB_METAPHORS = ("flood", "swarm", "invad", "pour")
# What may stand between a metaphor and the next word: a hyphen or the closing
# mark of scare quotes ("the “surge” of agents").
_JOINERS = frozenset({"", "-", "”", "’", "“", "‘", '"', "'"})
# A determiner or pronoun right after a noun-only metaphor makes it a verb.
_OBJECTS = _words("the a an their his her its our my your them us flags hands")
_WATER = re.compile(
    r"(?i:\b(?:rain\w*|rivers?|storms?|hurricanes?|erosion|levees?|dams?"
    r"|floodwaters?|weather|flash floods?|rainfall)\b)"
)
_IDIOM_TIDE = _words("turn turned turning turns stem stemmed stemming")
_AUXILIARIES = _words("is was has had will would could may might")


def _migration_rule(context: _Context, start: int, end: int) -> bool:
    after = context.words_after(end, 8)
    before = context.words_before(start, 4)
    prev = before[0][0].lower() if before and before[0][1].strip() in _JOINERS else ""
    nxt = after[0][1].lower() if after and after[0][0].strip() in _JOINERS else ""
    matched = context.text[start:end].lower()
    verb_entry = matched.startswith(_VERB_METAPHORS)
    # 1. A complement decides by its nouns: "a wave of layoffs" is not migration.
    if nxt in _COMPLEMENT:
        verdict = _complement(context, start, after[1:])
        if verdict is not None:
            return verdict
    # 2. A verb, not the noun: "families wave flags", "they surge forward". A
    # plural noun or a pronoun just before a noun-only metaphor is its subject.
    if (
        not verb_entry
        and before
        and before[0][0].islower()
        and (prev in _PRONOUNS or (_PLURAL.search(prev) and prev not in _NOT_PLURAL))
    ):
        return False
    # 2b. A verb metaphor whose subject just before is other people ("voters
    # flooded the switchboards"), or that floods something "with" what it brings
    # ("to flood the border with lawyers").
    if verb_entry:
        if (
            before
            and _PLURAL.search(prev)
            and prev not in _NOT_PLURAL
            and prev not in _MIGRANTS
            and prev not in _MAYBE_MIGRANTS
        ):
            return False
        migrants_before = any(w.lower() in _MIGRANTS for w, _ in before)
        if (
            not migrants_before
            and nxt in _OBJECTS
            and "with" in [w.lower() for _, w in after[1:5]]
        ):
            return False
    # 3. A migration modifier: "the migrant surge", "a refugee influx".
    if prev in _MODIFIERS:
        return True
    # 4. Literal compounds, verbs and idioms ("flood warnings", "heat wave", "troop
    # surge", "would surge", "turn the tide", "the tide turned").
    if nxt in _LITERAL_AFTER or prev in _LITERAL_BEFORE:
        return False
    if not verb_entry and (prev in _MODALS or nxt in _OBJECTS):
        return False  # a verb: "it would surge", "citizens wave their flags"
    if matched.startswith("tide"):
        if nxt in _IDIOM_TIDE or nxt in _AUXILIARIES:
            return False
        if prev == "the" and len(before) > 1 and before[1][0].lower() in _IDIOM_TIDE:
            return False
    # 5. A border phrase: "the invasion at the border", "pouring across the border".
    words = [w.lower() for _, w in after[:6]]
    if words and words[0] in _BORDER_PREP:
        for w in words[1:]:
            if w in {"border", "borders"}:
                return True
            if w not in _BORDER_DET:
                break
    # 6. A migration subject just before: "migrants are pouring in".
    if any(w.lower() in _MIGRANTS for w, _ in before):
        return True
    # 7. Otherwise a migration word elsewhere in its sentence, unless the sentence
    # is about water ("the flooding and erosion concerns along the border").
    s_start, s_end = context.sentence(start)
    sentence = context.text[s_start:s_end]
    return _sentence_has_migrants(sentence) and _WATER.search(sentence) is None


def _complement(
    context: _Context, start: int, words: list[tuple[str, str]]
) -> bool | None:
    """Judge the noun phrase after "of/in/with": True, False, or None (undecided).

    The phrase runs to punctuation, a preposition or verb in ``_PHRASE_END``, a
    plural noun (a lowercase word ending in "s": "a wave of layoffs hit ..."), or
    four words; "the number of", "tens of thousands of" carry on to what they count.
    A place ("an invasion of our country") leaves the verdict to other evidence.
    """
    maybe = False
    seen = 0
    previous = ""
    for k, (gap, word) in enumerate(words):
        if gap.strip() not in {"", "-"}:
            break  # punctuation ends the phrase
        w = word.lower()
        if w in _MIGRANTS:
            return True
        if w in _MIGRATION_NOUNS:
            # Head of the phrase unless another noun follows ("immigration judges").
            nxt = words[k + 1] if k + 1 < len(words) else None
            if nxt is None or nxt[0].strip() or not nxt[1].islower():
                return True
            following = nxt[1].lower()
            if following in _PHRASE_END or following in _MIGRANTS:
                return True
            if following in _MAYBE_MIGRANTS:
                return True  # "migrant children", "immigrant families"
        if w in _MAYBE_MIGRANTS:
            maybe = True
        if w in _PLACES:
            return None
        if seen and w == "of" and previous in _QUANTITY:
            seen = 0  # "the number of migrants": go on to what is counted
            continue
        if (
            seen
            and w in _PHRASE_END
            and not (
                (w == "to" and previous == "up") or (w == "than" and previous == "more")
            )
        ):
            break
        seen += 1
        previous = w
        if seen == 4 or (w not in _QUANTITY and word.islower() and _PLURAL.search(w)):
            break
    if not seen:
        return None
    if maybe:
        s_start, s_end = context.sentence(start)
        return _sentence_has_migrants(context.text[s_start:s_end])
    return False


# A plural noun ends a noun phrase; "-ous" and "-ss" words are not plurals, nor are
# the words in _NOT_PLURAL.
_PLURAL = re.compile(r"[^su']s$")
_NOT_PLURAL = _words(
    "this its his hers ours yours theirs was has is as does across perhaps always "
    "whereas news series species thus plus"
)
_PRONOUNS = _words("they we you i he she who")

_MIGRANT_WORD = re.compile(
    r"(?i:\b(?:immigrants?|migrants?|immigration|migration|refugees?|asylum"
    r"|illegals|aliens?|border|borders|border[ -]crossers?|border[ -]crossings?"
    r"|caravans?|undocumented|newcomers)\b)"
)


def _sentence_has_migrants(sentence: str) -> bool:
    return _MIGRANT_WORD.search(sentence) is not None


# --- proper names ------------------------------------------------------------------
# A label inside an organisation's or a law's name is not the writer's label:
# "NARAL Pro-Choice America", "Susan B. Anthony Pro-Life America", "the
# Partial-Birth Abortion Ban Act", "Everytown for Gun Safety". A match whose words
# are all capitalised counts as part of a name when a capitalised word follows it,
# or precedes it inside a sentence.
_CAPITAL = re.compile(r"[A-Z]")


def _capitalised(word: str) -> bool:
    return bool(word) and word[:1].isupper()


def _in_proper_name(context: _Context, start: int, end: int) -> bool:
    words = [w for w in re.split(r"[\s\-‐‑]+", context.text[start:end]) if w]
    if not words or not all(_capitalised(w) for w in words if w[:1].isalpha()):
        return False
    if context.text[start:end].isupper() and len(context.text[start:end]) > 4:
        return False  # SHOUTED words in a flyer or headline, not a name
    after = context.words_after(end, 1)
    if after and after[0][0].strip() in {"", "-"}:
        word = after[0][1]
        if _capitalised(word) and not word.isupper():
            return True
    before = context.words_before(start, 2)
    if before and before[0][1].strip() in {"", "-"}:
        word = before[0][0]
        if _capitalised(word) and len(before) > 1 and not word.isupper():
            return True  # a capitalised word inside the sentence, not its first
    return False


# --- political_side: far-left, far-right, hard-left, radical left --------------------
_SPATIAL_AFTER = _words(
    "corner corners side sides lane lanes column columns edge edges end field "
    "foreground background panel panels seat seats top bottom turn turns onto "
    "photo photograph picture image frame row flank flanks"
)
_SPATIAL_BEFORE = _words(
    "at from pictured seated standing stands sits sitting shown turn turned turning "
    "veer veered veering swerve swerved take took taking takes make made making hang "
    "hung bank banked"
)
_POLITICAL_OF = _words(
    "party parties republican republicans democratic democrats gop labour labor "
    "conservative conservatives political spectrum movement left right caucus "
    "base"
)


def _political_side_rule(context: _Context, start: int, end: int) -> bool:
    text = context.text
    if text[end : end + 1] == ")" or text[max(0, start - 1) : start] == "(":
        return False  # a caption: "(far left)"
    if text[max(0, start - 2) : start].strip() == "," and text[end : end + 1] in {
        ",",
        ".",
    }:
        return False  # a caption: "Jane Roe, far left, and ..."
    after = context.words_after(end, 3)
    if after and after[0][0].strip() in {"", "-"}:
        nxt = after[0][1].lower()
        if nxt in _SPATIAL_AFTER:
            return False
        if nxt in {"of", "in"}:
            rest = [w.lower() for _, w in after[1:3]]
            rest = rest[1:] if rest[:1] == ["the"] else rest
            return bool(rest) and rest[0] in _POLITICAL_OF
    before = context.words_before(start, 2)
    for word, _ in before:
        if word.lower() in _SPATIAL_BEFORE:
            return False
        if word.lower() not in {"a", "the", "to", "its", "his", "her"}:
            break
    return True


# --- guns: a gun word nearby ----------------------------------------------------------
_GUN_WORD = re.compile(
    r"(?i:\b(?:guns?|firearms?|rifles?|ar-15s?|handguns?|shootings?|gunman|gunmen"
    r"|second amendment|nra|magazines?)\b)"
)


def _guns_rule(context: _Context, start: int, end: int) -> bool:
    p_start, p_end = context.paragraph(start)
    return _GUN_WORD.search(context.text, p_start, p_end) is not None


# --- not_ban: "assault weapons" but not the name of the 1994 ban --------------------
def _not_ban_rule(context: _Context, start: int, end: int) -> bool:
    after = context.words_after(end, 1)
    return not (
        after and after[0][0].strip() in {"", "-"} and after[0][1].lower() == "ban"
    )


# --- groomer: the accusation, not the trade -----------------------------------------
_TRADE_BEFORE = _words(
    "dog dogs pet pets cat cats horse horses ski snow trail trails professional "
    "animal poodle mobile local certified"
)


def _groomer_rule(context: _Context, start: int, end: int) -> bool:
    before = context.words_before(start, 1)
    if before and before[0][0].lower() in _TRADE_BEFORE:
        return False
    after = context.words_after(end, 1)
    return not (after and after[0][1].lower() in {"shop", "shops", "salon", "salons"})


# --- attribution: a verb that attributes a statement ---------------------------------
# Recasens et al. (2013) list "claim" among the assertive verbs that cast doubt on
# what follows; AP asks for "said". The verb is flagged only where it attributes a
# statement: a quotation just before it (`," he claimed`) or after it (`insisted:
# "...`), a that-clause (`admitted that`), a clause with its own subject and verb
# (`claimed the election was stolen`), or `slammed the plan, saying ...`. So
# "claimed a prize", "claimed responsibility", "admitted to the hospital", "conceded
# the race", "slammed the door" and "the city boasts a museum" are never flagged.
# Up to four words between the quotation and the verb, none ending a sentence
# ("Sen." and "D-Calif." are abbreviations; "said." ends a sentence).
_QUOTE_BEFORE = re.compile(
    r"[,?!—–-][\"'”’]\s+"
    r"(?:(?:[\w'’\-]+|[A-Z][a-z]{0,3}\.|[A-Z]-[A-Za-z]+\.)\s+){0,4}$"
)
_FINITE = (
    r"(?:was|is|were|are|had|has|have|would|will|could|can|should|did|does|didn't"
    r"|wasn't|weren't|isn't|aren't|hadn't|won't|wouldn't|couldn't|never|knew|wanted"
    r"|planned|tried|did)"
)
_ADVERBS = r"(?:\s+(?:\w+ly|again|also|without evidence|on \w+day)){0,2}"
_AFTER_STATEMENT = re.compile(
    rf"{_ADVERBS}(?:\s*,[^,.;:\"“”\n]{{1,60}},)?\s*(?:"
    rf"that\s+[\"“'‘]?(?P<that>[\w'’]+)"  # a that-clause
    r"|:\s|,?\s*[\"“]"  # a colon or a quotation
    rf"|\s(?:he|she|they|we|i|it|there|you)\s+(?:\w+\s+)?{_FINITE}\b"
    rf"|\s(?:the|a|an|his|her|their|its|our|this|these|those)\s+"
    rf"(?P<np>(?:[\w'’\-]+\s+){{0,3}}){_FINITE}\b"
    rf"|\s(?P<name>(?:[A-Z][\w'’\-]+\s+){{1,3}}){_FINITE}\b"
    r")"
)
_AFTER_SAYING = re.compile(
    r"[^.;!?\n\"“”]{0,90}?,\s+(?:saying|calling|arguing|accusing|claiming|writing"
    r"|adding|telling|insisting|declaring|tweeting)\b"
)
_CLAIM_TO = re.compile(r"\s+to\s+(?:be|have|know|represent|speak|own)\b")
# Words after "that" which make it a pronoun or a relative ("admitted that year",
# "insurance claims that were denied"), not a complementiser.
_NOT_CLAUSE = _words(
    "year day week month point time night morning season race game election fact "
    "much many was were is are had has have would will could can did does "
    "may might must should"
)
_NP_STOP = _words(
    "that which who whom whose of in for on at to with by from into as lives life"
)
_PASSIVE = _words(
    "was were been being is are be get gets got getting the a an newly recently "
    "not his her their its our"
)
_PRONOUN_SUBJECTS = _words("he she it who")


def _attribution_rule(context: _Context, start: int, end: int) -> bool:
    text = context.text
    word = text[start:end].lower()
    before = context.words_before(start, 1)
    prev = before[0][0].lower() if before else ""
    if _QUOTE_BEFORE.search(text, max(0, start - 80), start) is not None:
        return True  # `," he claimed.`, `," claimed Smith`
    if prev in _PASSIVE or prev.endswith(("'s", "’s")):
        return False  # "was admitted", "the claimed savings", "Trump's claims"
    # Present tense is a noun too ("insurance claims", "grand slams"), so only
    # after a pronoun subject ("she insists that").
    present = word.endswith("s") and word != "lashes out"
    if present and prev not in _PRONOUN_SUBJECTS:
        return False
    window = text[end : end + 160]
    m = _AFTER_STATEMENT.match(window)
    if m is not None:
        if m.group("that") is not None:
            return m.group("that").lower() not in _NOT_CLAUSE
        np = m.group("np")
        if np is not None:
            return not any(w.lower() in _NP_STOP for w in np.split())
        return True
    if word.startswith("claim") and _CLAIM_TO.match(window):
        return True
    return _AFTER_SAYING.match(window) is not None


#: Non-neutral attribution verbs by kind (Recasens et al. 2013; AP's "said"):
#: each kind's verbs in every form a cue may take.
_ATTRIBUTION_KINDS = {
    "doubt": "claim",
    "admission": "admit concede",
    "insistence": "insist",
    "boast": "boast brag tout",
    "attack": "slam blast rant lash_out",
}


def _verb_forms(verb: str) -> list[str]:
    base, _, particle = verb.partition("_")
    tail = f" {particle}" if particle else ""
    stem = base[:-1] if base.endswith("e") else base
    double = base + base[-1] if base in {"admit", "brag", "slam"} else stem
    forms = {
        base,
        (base + "es") if base.endswith("sh") else base + "s",
        double + "ed",
        double + "ing",
    }
    return sorted(f + tail for f in forms)


_ATTRIBUTION_FORMS = {
    form: kind
    for kind, verbs in _ATTRIBUTION_KINDS.items()
    for verb in verbs.split()
    for form in _verb_forms(verb)
}


def attribution_verb(word) -> str | None:
    """Return the kind of a non-neutral attribution verb, or None for a neutral one.

    AP asks for "said"; "claimed" casts doubt, "admitted" and "conceded" make a
    statement a confession, "insisted" makes it contested, "boasted" and "touted"
    make it a boast, and "slammed", "blasted", "lashed out" and "ranted" make it an
    attack (Recasens et al. 2013 call such verbs assertive: they carry the
    writer's judgement of the statement).

    Parameters
    ----------
    word : str
        A cue verb in any form and case ("claimed", "Claims", "lashed out").
        Anything else, None or NaN gives None.

    Returns
    -------
    str or None
        ``"doubt"``, ``"admission"``, ``"insistence"``, ``"boast"`` or
        ``"attack"``; None for neutral verbs ("said", "told", "stated").

    Examples
    --------
    >>> from framing.terms import attribution_verb
    >>> [attribution_verb(w) for w in ["claimed", "Insists", "lashed out", "said"]]
    ['doubt', 'insistence', 'attack', None]
    """
    if not isinstance(word, str):
        return None
    return _ATTRIBUTION_FORMS.get(" ".join(word.lower().split()))


# --- analyze() columns -----------------------------------------------------------
_NOT_SLUG = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=256)
def _category_slug(category: str) -> str:
    return _NOT_SLUG.sub("_", category.lower()).strip("_")


# Once per lexicon, not per article: a Lexicon never changes.
@functools.lru_cache(maxsize=16)
def _loaded_categories(lexicon: Lexicon) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for entry in lexicon.entries:
        if entry.loaded:
            seen.setdefault(_category_slug(entry.category), None)
    return tuple(seen)


def loaded_columns(lexicon=None) -> dict[str, str]:
    """Return the columns of :func:`loaded_features` and their dtypes, in order.

    One pair per category of loaded entries (``loaded_<category>_author`` and
    ``loaded_<category>_quoted``), then ``attribution_nonneutral``.

    Examples
    --------
    >>> cols = loaded_columns()
    >>> cols["loaded_partisan_epithet_author"], cols["attribution_nonneutral"]
    ('int64', 'int64')
    """
    cols: dict[str, str] = {}
    for slug in _loaded_categories(_resolve(lexicon)):
        cols[f"loaded_{slug}_author"] = "int64"
        cols[f"loaded_{slug}_quoted"] = "int64"
    cols["attribution_nonneutral"] = "int64"
    return cols


def loaded_features(doc, lexicon=None, matches=None) -> dict[str, int]:
    """Count loaded terms per category, in the author's voice and in quotations.

    Parameters
    ----------
    doc : str or Document
        The article. None or NaN gives zero counts.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.
    matches : list of TermMatch, optional
        :func:`find_terms` output for ``doc`` when the caller has it already.

    Returns
    -------
    dict
        The :func:`loaded_columns`, each an int: ``loaded_<category>_author``,
        ``loaded_<category>_quoted`` and ``attribution_nonneutral`` (non-neutral
        attribution verbs such as "claimed" in the author's voice).

    Examples
    --------
    >>> f = loaded_features('The far-left mayor claimed that "radical left" is fair.')
    >>> f["loaded_partisan_epithet_author"], f["loaded_partisan_epithet_quoted"]
    (1, 1)
    >>> f["attribution_nonneutral"]
    1
    """
    lexicon = _resolve(lexicon)
    row = dict.fromkeys(loaded_columns(lexicon), 0)
    if matches is None:
        matches = find_terms(doc, lexicon=lexicon)
    for m in matches:
        if not m.loaded:
            continue
        slug = _category_slug(m.category)
        row[f"loaded_{slug}_{'quoted' if m.in_quote else 'author'}"] += 1
        if m.category == "attribution verb" and not m.in_quote:
            row["attribution_nonneutral"] += 1
    return row


def issue_labels(doc, issue, lexicon=None) -> dict[str, int]:
    """Count one debate's labels in the author's voice: neutral, and loaded by side.

    The label choice of an article: of the labels it used for a debate in its own
    voice, how many were neutral ("anti-abortion", "estate tax") and how many were
    one side's loaded words ("pro-life", "death tax").

    Parameters
    ----------
    doc : str or Document
        The article. None or NaN gives zero counts.
    issue : str or None
        A debate of the lexicon ("abortion", "guns", ...); None for the generic
        entries.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.

    Returns
    -------
    dict
        ``neutral``, ``loaded_left``, ``loaded_right``, ``loaded_none`` (loaded
        words no side owns) and ``loaded`` (their sum), each an int.

    Examples
    --------
    >>> text = 'Anti-abortion and pro-choice groups met. "Pro-life," he said.'
    >>> issue_labels(text, "abortion")
    {'neutral': 1, 'loaded_left': 1, 'loaded_right': 0, 'loaded_none': 0, 'loaded': 1}
    """
    lexicon = _resolve(lexicon)
    counts = dict.fromkeys(
        ("neutral", "loaded_left", "loaded_right", "loaded_none", "loaded"), 0
    )
    for m in find_terms(doc, lexicon=lexicon, issues=[issue]):
        if m.in_quote:
            continue
        if m.loaded:
            counts[f"loaded_{m.leaning}"] += 1
            counts["loaded"] += 1
        else:
            counts["neutral"] += 1
    return counts


_RULES: dict[str, Callable[[_Context, int, int], bool]] = {
    "political_side": _political_side_rule,
    "attribution": _attribution_rule,
    "guns": _guns_rule,
    "not_ban": _not_ban_rule,
    "groomer": _groomer_rule,
    "noun": _noun_rule,
    "person": _person_rule,
    "immigration": _immigration_rule,
    "migration_subject": _migration_rule,
}
