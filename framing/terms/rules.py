"""Context rules: the rule kinds, and the rules a lexicon's ``context`` names.

A rule is data (a row of ``framing/data/context_rules.csv``: a name, a kind and
its parameters); each kind is a function ``(context, start, end) -> bool`` here or
in :mod:`framing.terms.migration` / :mod:`framing.terms.attribution`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Mapping

from framing.errors import LexiconError
from framing.lexicon import ContextRule, Lexicon
from framing.matching import flex_spaces, phrase_pattern
from framing.terms.attribution import attribution
from framing.terms.context import Context, word_set
from framing.terms.migration import migration_subject

__all__ = ["RULE_KINDS", "in_embedded_post", "in_proper_name", "rules_of"]

Rule = Callable[[Context, int, int], bool]


# ``noun``: "an illegal" is a noun when what follows cannot continue a noun phrase:
# the end of a clause or a relative pronoun, preposition or verb ("an illegal who
# crossed", "an illegal from Honduras", "an illegal is"). A comma or "and" may join
# another adjective ("an illegal, unconstitutional order"), so they do not count.
_NOUN_FOLLOWERS = word_set(
    "who whom whose that from in at on with without to by for into across "
    "is was has had will would can could may might must should did does do "
    "gets got being living working crossing caught arrested charged accused "
    "deported convicted named who's"
)


def _noun(context: Context, start: int, end: int) -> bool:
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
_NOT_PERSON_BEFORE = word_set("space outer extraterrestrial green hostile friendly")
_NOT_PERSON_AFTER = word_set(
    "species life lifeform lifeforms life-form life-forms abduction abductions "
    "abductee abductees spacecraft spaceship spaceships ship ships planet planets "
    "world worlds civilization civilizations technology creature creatures being "
    "beings encounter encounters visitor visitors invasion invader invaders "
    "autopsy movie movies film films franchise concept concepts idea ideas "
    "culture environment force forces presence object objects landscape "
    "languages language territory ideology ideologies values influence influences "
    "notion notions doctrine doctrines beliefs customs"
)
_ACT_NAMES = frozenset({"Act", "Acts", "Law", "Laws", "ACT", "ACTS", "LAW", "LAWS"})


def _person(context: Context, start: int, end: int) -> bool:
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
# --- proper names ------------------------------------------------------------------
# A label inside an organisation's or a law's name is not the writer's label:
# "NARAL Pro-Choice America", "Susan B. Anthony Pro-Life America", "the
# Partial-Birth Abortion Ban Act", "Everytown for Gun Safety". A match whose words
# are all capitalised counts as part of a name when a capitalised word follows it,
# or precedes it inside a sentence.
_CAPITAL = re.compile(r"[A-Z]")


def _capitalised(word: str) -> bool:
    return bool(word) and word[:1].isupper()


_NAME_HEADS = word_set(
    "Coalition Committee Action Alliance League Network Foundation Center Centre "
    "Council Institute Society Federation Association Fund Project Caucus Union "
    "Group Movement America Americans Act Bill Law Amendment Initiative Campaign "
    "Conference Party Day March Inc. Inc Corp. LLC"
)


_CONNECTIVES = word_set("the of on for")
_LAW_HEADS = word_set("Bill Bills Act Acts Law Laws")
_PARTIES = word_set(
    "Democrat Democrats Republican Republicans GOP"
)  # Democrat Bill ...


def in_proper_name(context: Context, start: int, end: int) -> bool:
    """Say whether the capitalised match at ``start:end`` is inside a name."""
    words = [w for w in re.split(r"[\s\-‐‑]+", context.text[start:end]) if w]
    if not words or not _capitalised(words[0]):
        return False
    if not all(_capitalised(w) for w in words if w[:1].isalpha()):
        # "Alabama Pro-life Coalition", "the Heartbeat Bill": a capitalised first
        # word followed by the head noun of an organisation's or a law's name.
        after = context.words_after(end, 1)
        if not (after and after[0][0].strip() in {"", "-"}):
            return False
        if after[0][1] in _NAME_HEADS:
            return True
        # Inside a longer name: "American Association of Pro-life Obstetricians".
        before = context.words_before(start, 2)
        return (
            _capitalised(after[0][1])
            and not after[0][1].isupper()
            and len(before) > 1
            and before[0][0] in ("of", "for")
            and _capitalised(before[1][0])
        )
    if context.text[start:end].isupper() and len(context.text[start:end]) > 4:
        return False  # SHOUTED words in a flyer or headline, not a name
    if len(words) > 1 and words[-1] in _LAW_HEADS and words[0] not in _PARTIES:
        return True  # a bill's title: "The Heartbeat Bill has been called ..."
    if (
        len(words) > 1
        and words[-1] in _NAME_HEADS
        and context.text[max(0, start - 1) : start] in {'"', "“", "'", "‘"}
        and context.text[end : end + 1] in {'"', "”", "'", "’"}
    ):
        return True  # a law's title in quotation marks: the “Heartbeat Bill”
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
    # A name's tail after a connective: "Special Committee on the Climate Crisis".
    before = context.words_before(start, 4)
    k = 0
    while k < len(before) and k < 2 and before[k][0] in _CONNECTIVES:
        k += 1
    return (
        0 < k < len(before)
        and _capitalised(before[k][0])
        and not before[k][0].isupper()
        and k + 1 < len(before)  # not the sentence's first word
    )


# --- political_side: far-left, far-right, hard-left, radical left --------------------
_SPATIAL_AFTER = word_set(
    "corner corners side sides lane lanes column columns edge edges end field "
    "foreground background panel panels seat seats top bottom turn turns onto "
    "photo photograph picture image frame row flank flanks"
)
_SPATIAL_BEFORE = word_set(
    "at from pictured seated standing stands sits sitting shown turn turned turning "
    "veer veered veering swerve swerved take took taking takes make made making hang "
    "hung bank banked"
)
_POLITICAL_OF = word_set(
    "party parties republican republicans democratic democrats gop labour labor "
    "conservative conservatives political spectrum movement left right caucus "
    "base"
)


def _political_side(context: Context, start: int, end: int) -> bool:
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


# --- topic_nearby: a topic word in the paragraph or within a window ----------------
def _topic_nearby(rule: ContextRule, topics: Mapping[str, tuple[str, ...]]) -> Rule:
    """``immigration``: "amnesty" with an immigration word nearby, not "tax amnesty"."""
    debate = rule.get("debate")
    if debate:
        words = topics.get(debate, ())
        if not words:
            raise LexiconError(
                f"context rule {rule.rule!r} (line {rule.line}): no debate {debate!r} "
                f"with topic words; known debates are {sorted(topics)}"
            )
        body = "|".join(phrase_pattern(w) for w in words)
        pattern = re.compile(rf"(?<!\w)(?:{flex_spaces(body)})(?!\w)", re.IGNORECASE)
    else:
        pattern = re.compile(rule.get("pattern"))
    window = int(rule.get("window", "0"))
    not_after = rule.words("not_after")
    not_before = rule.words("not_before")
    yes_before = rule.words("yes_before")

    def check(context: Context, start: int, end: int) -> bool:
        if not_after:
            after = context.words_after(end, 1)
            if after and after[0][1].lower() in not_after:
                return False
        if not_before or yes_before:
            before = context.words_before(start, 1)
            if before:
                prev = before[0][0].lower()
                if prev in not_before:
                    return False
                if prev in yes_before:
                    return True
        p_start, p_end = context.paragraph(start)
        if window:
            p_start = min(p_start, max(0, start - window))
            p_end = max(p_end, end + window)
        return pattern.search(context.text, p_start, p_end) is not None

    return check


# --- not_beside: not after or before certain words -----------------------------------
def _not_beside(rule: ContextRule) -> Rule:
    """``groomer``: not "dog groomer"; ``not_ban``: not "assault weapons ban"."""
    before_words, after_words = rule.words("before"), rule.words("after")
    joined = rule.get("joined", "false") == "true"

    def check(context: Context, start: int, end: int) -> bool:
        if before_words:
            before = context.words_before(start, 1)
            if (
                before
                and before[0][0].lower() in before_words
                and (not joined or before[0][1].strip() in {"", "-"})
            ):
                return False
        if after_words:
            after = context.words_after(end, 1)
            if (
                after
                and after[0][1].lower() in after_words
                and (not joined or after[0][0].strip() in {"", "-"})
            ):
                return False
        return True

    return check


def _always(context: Context, start: int, end: int) -> bool:
    return True


# --- author / author_voice: the author's own voice -----------------------------------
# Emotive words (codebook B: "in the AUTHOR's own voice") and a side's own name
# ("pro-life" inside a pro-life speaker's quotation is a self-name, not a label the
# writer chose) count only outside quotation marks; a scare quote around the word
# itself (“pro-choicers”) is the author's voice. ``author_voice`` also leaves out
# reported speech ("he said the rules were draconian": the speaker's word).
_SCARE_OPEN = re.compile(r"[\"“‘'] ?$")
_SCARE_CLOSE = re.compile(r"[,.!?]?[\"”’']")


def _scare_quoted(text: str, start: int, end: int) -> bool:
    return (
        _SCARE_OPEN.search(text, max(0, start - 2), start) is not None
        and _SCARE_CLOSE.match(text, end) is not None
    )


# A transcript's turn: a paragraph opening with a speaker's name in capitals and a
# colon ("KATE BRAUMAN: The thing to me ...") is that speaker's voice.
# Capitals include accented ones ("REP. RAÚL LABRADOR:").
_TRANSCRIPT_TURN = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\- ]{0,40}:\s|[a-z][a-z]*\.[a-z]+:\s"
)
# A text handed over inside the paragraph: "in their letter: Lawmakers should ...",
# "Obama said: ...". What follows the colon is the letter's or the speaker's.
_HANDED_OVER = re.compile(
    r"\b(?:letter|statement|tweet|post|email|memo|op-ed|wrote|writes|said|says|claims"
    r"|reads|read|tweeted|posted|declared|added|stated"
    r"|told (?:themselves|himself|herself|ourselves|myself))\b[^.:;!?\n\"“”]{0,40}:\s"
)
# The paragraph before a turn: a speaker's name alone in lower case ("gretchen
# whitmer", as podcast transcripts print it), or a line that hands over to a text
# ("The letter reads:", "He wrote:").
_TURN_BEFORE = re.compile(
    r"(?:(?:^|\n)[a-z][a-z'’\-]+(?: [a-z][a-z'’\-]+){1,2}"
    r"|(?:reads|read|says|said|wrote|writes|stated|states|tweeted|posted|added|declared)"
    r":)\s*\n\s*$"
)
# An evaluation the sentence gives to others: "what are deemed to be blatant",
# "as if the idea were somehow ridiculous", "what they saw as amateurish", "paint
# the experts as hypocritical", "drew criticism as Big Government overreach", "a
# scenario which, for some, is far more horrifying", "treating skeptics as
# imbeciles", "charges of hypocrisy", "pushed back on the idea they are sabotaging".
_ATTRIBUTED = re.compile(
    r"(?<!\w)(?:deemed|considered|seen as|viewed as|regarded as|branded|labell?ed"
    r"|dubbed"
    r"|as if|as though|(?:saw|see|sees|call|calls|called) (?:it )?as"
    r"|treat(?:s|ed|ing)?\b[^.;:!?\"“”]{0,40}\bas"
    r"|accus(?:e|es|ed|ing)\b[^.;:!?\"“”]{0,60}\bof(?: being)?"
    r"|(?:charges?|allegations?|accusations?) of(?= (?:[\w'’\-]+ ){0,2}$)"
    r"|(?:reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|den(?:y|ies|ied|ying)"
    r"|push(?:es|ed|ing)? back (?:on|against)) the (?:idea|notion|suggestion|claim)"
    r"|consider(?:s|ed)?\b[^.;:!?\"“”]{0,40}\bto be|believ(?:e|es|ed|ing):? that"
    r"|think(?:s|ing)? that|narrative (?:that|of)|views?\b[^.;:!?\"“”]{0,60}\bas"
    r"|call(?:s|ed|ing)?(?: [\w'’.\-]+){1,3} (?:a|an)"
    r"|say|says|said|argue|argues|argued|allege|alleges|alleged|contend|contends"
    r"|contended|describ(?:e|es|ed|ing)\b[^.;:!?\"“”]{0,20}"
    r"|portray(?:s|ed|ing)?|depict(?:s|ed|ing)?"
    r"|(?:paint|derid|dismiss|mock|condemn|denounc)(?:s|es|ed|ing|e)?\b"
    r"[^.;:!?\"“”]{0,60}\bas|criti(?:cism|cized|cised|cizing|que)\b[^.;:!?\"“”]{0,50}\b(?:as|for)"
    r"|for some,|(?:concerns?|accusations?|allegations?)\b[^.;:!?\"“”]{0,80}\bthat"
    r"|predict(?:s|ed|ing|ions? of)"
    r"|warn(?:s|ed|ing|ings)? (?:of|that|about)|fears? (?:of|that)"
    r"|talking points? (?:about|on|of|that)|found that|conclu(?:ded|des|sion) that"
    r"|perceived as|holds? that|the message (?:was|is) that"
    r"|[Tt]o (?:them|him|her|many|some|others|critics|supporters|opponents),"
    r"|the argument that|cast\b[^.;:!?\"“”]{0,40}\bas"
    r"|look(?:s|ed)? at (?:it|this|that|them) as"
    r"|[Ff]or (?:the )?(?:proponents|supporters|critics|opponents|advocates)"
    r" of [^,.;]{1,40},)"
    r"(?:\b|(?<=,))[^.;:!?\"“”]{0,60}$"
)


# A side's name for itself: "called themselves pro-choice", "the pro-choice
# caucus" (the Pro-Choice Caucus of Congress), "the pro-life movement".
_SELF_DESCRIPTION = re.compile(
    r"(?<!\w)(?:(?:call|calls|called|calling|describe|describes|described|describing"
    r"|declare|declares|declared|declaring|proclaim|proclaims|proclaimed"
    r"|identify|identifies|identified|consider|considers|considered|considering"
    r"|see|sees|saw|seeing)\s+"
    r"(?:themselves|himself|herself|itself|myself|ourselves|(?:his|her|their|its)\s+"
    r"(?:views?|positions?|stance))\s+(?:as\s+)?[^.;:!?]{0,40}"
    r"|identif(?:y|ies|ied|ying)\s+as\s+[^.;:!?]{0,25}"
    r"|(?:hold|holds|say|says|said)\s+(?:that\s+)?(?:they|he|she)\s+(?:are|is|were|was)\s+"
    r"|(?:I'm|I’m|I am|I was)\s+(?:[\w’']+\s+){0,2})$",
    re.IGNORECASE,
)
_SELF_NAME_AFTER = word_set("caucus Caucus movement Movement")
# A poll's category: "48% said pro-life", "“pro-choice” led “pro-life” by 23
# points" (Gallup's question asks respondents which label they take).
_POLL = re.compile(
    r"\b(?:polls?|polled|polling|pollsters?|surveys?|surveyed|respondents"
    r"|Gallup|Pew)\b|\d\s?(?:%|percent\b|per cent\b|(?:percentage )?points\b)",
    re.IGNORECASE,
)
# What follows a poll's category ("48% pro-life vs. 45%", "pro-choice Americans");
# before another noun ("pro-life lawmakers") the label is the writer's again.
_POLL_NEXT = word_set(
    "vs vs. versus and or while than rather by in at with among when compared but "
    "americans voters respondents adults women men people sentiment identification "
    "side sides label labels category position positions stance "
    "led leads lead trailed trails outnumbered rose fell dropped grew"
)


def _spoken_by_another(context: Context, start: int) -> bool:
    """Say whether ``start`` is in a transcript turn ("KATE BRAUMAN: ...")."""
    p_start = context.paragraph(start)[0]
    text = context.text
    if _TRANSCRIPT_TURN.match(text, p_start) is not None:
        return True
    lo = max(p_start, start - 400)
    # A handed-over text ends its lead-in with a colon: most windows have none.
    if text.find(":", lo, start) != -1 and _HANDED_OVER.search(text, lo, start):
        return True
    return _TURN_BEFORE.search(text, max(0, p_start - 60), p_start) is not None


def _author(context: Context, start: int, end: int) -> bool:
    text = context.text
    if _mentioned(context, start):
        return False  # "binary terms such as “pro-life” versus “pro-choice”"
    if context.doc.in_quote(start) and not _scare_quoted(text, start, end):
        return False
    if _SELF_DESCRIPTION.search(text, max(0, start - 70), start):
        return False
    after = context.words_after(end, 1)
    if after and re.sub(r"['’]s$", "", after[0][1]) in _SELF_NAME_AFTER:
        return False  # "the pro-choice caucus", the “pro-life” movement’s
    if (not after or after[0][1].lower() in _POLL_NEXT) and _POLL.search(
        text, max(0, start - 300), end + 300
    ) is not None:
        s_start, s_end = context.sentence(start)
        if _POLL.search(text, s_start, s_end) is not None:
            return False  # a poll's category, the respondents' own label
    return not _spoken_by_another(context, start)


# A label given as a view the sentence ascribes to unnamed others: "what detractors
# see as race-baiting", "what many see as an impending climate crisis", "drew
# criticism as Big Government overreach", "for some, ...", "from a pro-life
# perspective, ...". Narrower than ``_ATTRIBUTED``: the coders mark a label in a
# reported clause ("he says ... laws protecting the unborn") and a label one person
# pins on another ("dismissed the activists as race hustlers", "was labeled by many
# on Twitter as a TERF"), so neither cancels it.
_GIVEN_TO_OTHERS = re.compile(
    r"(?<!\w)(?:(?:view|viewed|viewing)\b[^.,;:!?\"“”]{0,60}\bas"
    r"|(?:sees?|saw|seen)\b[^.;:!?\"“”]{0,60}\bas"
    r"|criti(?:cism|cized|cised|que)\s+as|for some,|cast\b[^.;:!?\"“”]{0,40}\bas"
    r"|[Tt]o (?:some|others|many|critics),"
    r"|(?:he|she|they|it) impl(?:y|ies|ied)"
    r"|from (?:an?|the|their|his|her) (?:[\w\-]+ ){1,2}(?:perspective|point of view),"
    r")(?:\b|(?<=,))[^.;:!?\"“”]{0,60}$",
    re.IGNORECASE,
)

# A label mentioned as a word, not used: "binary terms such as “pro-life” versus
# “pro-choice”", "phrases like “sex change surgery”" (not "called it the “death tax”":
# a quoted label counts, as the coders mark it).
_MENTION = re.compile(
    r"\b(?:terms?|words?|labels?|phrases?|names?|slogans?)(?:\s+(?:such\s+as|like|of))?",
    re.IGNORECASE,
)
_QUOTE_MARKS = frozenset("\"“‘'")
_MENTION_END = re.compile(r"(?:\b(?:versus|vs\.?|or|and)\s+)?[\"“‘'] ?$")


def _label_voice(context: Context, start: int, end: int) -> bool:
    # A label or epithet counts in the author's voice, in reported speech and inside
    # a quotation (the speaker's own word), but not where the sentence gives it to
    # unnamed others as their view outside quotation marks ("what detractors see as
    # race-baiting"), nor where a quoted label is mentioned as a word ("terms such
    # as “pro-life”").
    if _mentioned(context, start):
        return False
    if context.doc.in_quote(start):
        return True
    s_start = context.sentence(start)[0]
    if _GIVEN_TO_OTHERS.search(context.text, max(s_start, start - 90), start) is None:
        return True
    # A transcript or a handed-over text is the speaker's own words.
    return _spoken_by_another(context, start)


def _mentioned(context: Context, start: int) -> bool:
    """Say whether the quoted label at ``start`` follows "terms such as"."""
    text = context.text
    if text[max(0, start - 2) : start].strip()[-1:] not in _QUOTE_MARKS:
        return False  # not right after a quotation mark: the common case, quickly
    m = _MENTION_END.search(text, max(0, start - 12), start)
    if m is None:
        return False
    head = text[max(context.sentence(start)[0], start - 60) : m.start()]
    cues = list(_MENTION.finditer(head))
    # The cue, then at most one word ("terms such as “pro-life” versus “...”").
    return bool(cues) and len(head[cues[-1].end() :].split()) <= 1


def _author_voice(context: Context, start: int, end: int) -> bool:
    # Scare quotes around an evaluative word distance the writer from it ("what
    # they call a “slush fund”"): only words outside quotation marks count.
    if context.doc.in_quote(start) or _spoken_by_another(context, start):
        return False
    s_start = context.sentence(start)[0]
    if _ATTRIBUTED.search(context.text, max(s_start, start - 90), start):
        return False
    return not any(a <= start < b for a, b in context.reported())


# An embedded post: "... — Jay Inslee (@JayInslee) October 16, 2019" in the
# paragraph (page furniture, codebook: no loaded term is coded in it).
_POST_SIGNATURE = re.compile(
    r"\(@\w{1,30}\)\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December) \d{1,2}, \d{4}"
)


def in_embedded_post(context: Context, start: int) -> bool:
    """Say whether ``start`` is in a paragraph holding an embedded post's signature."""
    # The signatures are found once per document (one pass, not one per match:
    # on a text without paragraph breaks the paragraph is the whole text).
    signatures = context.doc.cache.get("terms.post_signatures")
    if signatures is None:
        text = context.text
        signatures = (
            [m.start() for m in _POST_SIGNATURE.finditer(text)] if "(@" in text else []
        )
        context.doc.cache["terms.post_signatures"] = signatures
    if not signatures:
        return False
    p_start, p_end = context.paragraph(start)
    i = bisect.bisect_left(signatures, p_start)
    # A signature that starts in the paragraph and ends in it too.
    while i < len(signatures) and signatures[i] < p_end:
        m = _POST_SIGNATURE.match(context.text, signatures[i], p_end)
        if m is not None:
            return True
        i += 1
    return False


#: Each rule kind of :data:`framing.lexicon.RULE_KINDS` and its implementation:
#: a function of the context, or (for kinds with parameters) a function of the
#: rule that returns one.
RULE_KINDS: dict[str, Callable] = {
    "always": _always,
    "noun": _noun,
    "person": _person,
    "migration_subject": migration_subject,
    "political_side": _political_side,
    "attribution": attribution,
    "author": _author,
    "author_voice": _author_voice,
    "label_voice": _label_voice,
    "topic_nearby": _topic_nearby,
    "not_beside": _not_beside,
}


class _RuleSet(dict):
    """Rule name -> function; ``labels_in_names`` as the lexicon says."""

    labels_in_names: frozenset = frozenset()


@functools.lru_cache(maxsize=16)
def rules_of(lexicon: Lexicon) -> Mapping[str, Rule]:
    """Return each context rule of ``lexicon`` as a function ``(context, start, end)``.

    Built once per lexicon. The mapping's ``labels_in_names`` holds the debates
    whose loaded labels count inside capitalised names too.
    """
    out = _RuleSet()
    topics = lexicon.topics
    for name, rule in lexicon.rules.items():
        if rule.kind == "topic_nearby":
            out[name] = _topic_nearby(rule, topics)
        elif rule.kind == "not_beside":
            out[name] = _not_beside(rule)
        else:
            out[name] = RULE_KINDS[rule.kind]
    out.labels_in_names = lexicon.labels_in_names
    return out
