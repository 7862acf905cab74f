"""Whether a speaker phrase can be a source at all.

The shared codebook (section C): a source is a person, group or organisation whose
words or views the article reports; people merely mentioned, places, dates and
document sections are not. The speaker finders read the words before a cue, and on
scraped news those are sometimes a clause's debris: "the", "Some", "including an
expected", "Democrats will likely", "The group released a study that", "of the system
working how we're", "R-Ky", "Story", "Advertisement". A phrase is kept when it is a
pronoun, a name, or a noun phrase whose head names people, an organisation or a
document ("a senior official", "critics", "the petition", "the Justice Department").

Rules (each a kind of error seen on the shared and tuning articles, never one
sentence):

- one word that is a function word, an adverb ("Maybe", "generally"), a participle
  ("having", "facing"), a quantifier alone ("Some", "Both", "One", "Most") or a
  page-furniture word ("Story", "Advertisement", "Photo", "MORE");
- a phrase that opens with a preposition or conjunction ("In his", "of the system",
  "to", "as") or ends with a function word ("some have", "one insurance plan that");
- a party tag read as a name ("R-Ky"); a singular party noun alone ("Democrat");
- a phrase holding a finite verb ("The plan is a response to", "Alexander pleaded
  guilty to three");
- a description (lower case, or opening with a determiner) whose head is not a
  person's, group's, organisation's or document's noun ("a tough year", "the end of
  certain federal", "The first quarter of 2020").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from framing.quotes.cues import _lexicon, _word_list


def _words(text: str) -> frozenset[str]:
    """Return the words of a word list written as one string."""
    return frozenset(text.split())


# Quantifiers and determiners that may open a source ("some experts", "the
# report") but are no source alone.
_DETERMINERS = _words(
    """the a an some many most several few both all one two three four five each
    every another other others' any no this that these those his her their its our
    my your whose such much more less enough"""
)
_OPENERS = _words(
    """in of to as for with by from at on into onto upon about over under after before
    during since until while when whenever where because if though although whether
    despite including and but or nor so yet than which what that whom whose how why
    instead unlike like via per among between within without against toward towards
    there here it beyond amid amidst throughout across around behind besides
    regarding concerning following through"""
)
_ENDERS = _words(
    """the a an and or nor but that which who whom whose to of for with by from at on
    in into as than is was were are be been being has have had will would can could
    shall should may might must do does did likely also not just even only still
    very so i he she we they it us them him me you when here"""
)
# A determiner inside a description opens the subject of a relative clause
# without "that": "an idea [that] some lawyers ...", "an analysis the ...".
_INNER_SUBJECTS = _words("the some many most a an")
_FINITE = _words(
    """is was were are has have had will would can could did does shall should
    must may might"""
)
_FURNITURE_WORDS = _words(
    """story advertisement advertisements photo photos video image images caption
    related more read editorial getty copyright share subscribe sponsored"""
)
# Headline labels before a colon ("Report: ACA abortion rules ignored", "Poll:
# ..."): a document named by its kind alone, with no determiner, is no source
# row (round 5, judgement; "the report said" keeps its determiner). The
# attribution stays: PolNeAR codes such headlines.
_HEADLINE_LABELS = _words("report study poll survey analysis update exclusive opinion")
# Sentence adverbs that open a clause: "Maybe", "Unfortunately", "Meanwhile".
_SENTENCE_ADVERBS = _words(
    """maybe perhaps instead meanwhile however still yet also indeed nevertheless
    nonetheless otherwise therefore thus hence later earlier now today yesterday
    tomorrow then again already soon once together nearly almost roughly
    approximately only just"""
)
_ADVERB_ENDINGS = ("ately", "ously", "ently", "fully", "ically", "antly", "ingly")
_CONTRACTION = re.compile(
    r"(?:it|they|we|i|you|he|she|that|there|here|what|who)['’](?:s|re|ll|ve|d|m)",
    re.I,
)
# Lower-case words a name or an organisation's name may hold.
_NAME_LINKS = _words(
    "of for and the on in at to de van von der la le du da di del bin al"
)
_PARTY_NOUNS = frozenset(["democrat", "republican", "independent", "libertarian"])
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*\.?")
_ADVERB = re.compile(r"[a-z]+ly")
_HEAD_CUT = re.compile(
    r"\s+(?:of|for|at|from|who|with|in|on|across|near|outside|inside|around|"
    r"throughout|close|familiar|whose|that|which|to|among|behind)\s+"
)
# Heads that report: a document or a survey is a source when the article says
# what it says (codebook C: "the report found").
_DOCUMENTS = _words(
    """report reports statement statements study studies survey surveys poll polls
    polling letter letters memo memos ruling rulings lawsuit lawsuits suit filing
    filings release website email emails ad ads analysis analyses data order orders
    bill law document documents complaint complaints petition petitions opinion
    opinions decision decisions guidance guidelines review audit audits estimate
    estimates research findings paper papers post posts tweet tweets video videos
    note notes message messages notice editorial editorials article articles piece
    book books budget forecast forecasts index indicators figures numbers
    records count tally assessment proposal plan platform resolution motion
    transcript testimony indictment warrant agreement treaty policy model models
    projection projections"""
)
# Bodies and people a description may be headed by that no table lists as a
# role: "the data center", "the channel", "the county", "a woman in the ad".
_BODIES = _words(
    """center centre channel network station county city state town district
    agency institute foundation association council board committee coalition
    union group organization organisation firm company campaign office team panel
    commission department court everyone everybody guard man woman person people
    majority minority public crowd family couple side camp"""
)
# What may stand before a quantity: "at least one supervisor", "just about
# everyone", "nearly half of voters".
_APPROX = re.compile(
    r"(?:at\s+least|at\s+most|just\s+about|about|nearly|almost|roughly|more\s+than|"
    r"fewer\s+than|less\s+than|over|under|some)\s+",
    re.I,
)
# Heads of a description that hold no view: times, parts and abstractions ("a
# tough year", "the end of certain federal", "The first quarter of 2020", "The
# discord", "Another point of view").
_NOT_HOLDERS = _words(
    """year years day days week weeks month months decade decades time times
    quarter quarters end beginning start point part parts rest lot lots way ways
    thing things fact facts reason reasons problem problems issue issues idea ideas
    question questions move moves step steps effect effects discord
    debate view fear fears hope hopes sense number numbers amount share rate rates
    percent percentage level levels case cases history future past world
    loss losses thrust option options look aspect aspects approach approaches
    strategy strategies system systems value values"""
)
# A number alone: "57%", "800", "Ninety", "Six", "1.2 million".
_NUMBER_WORD = re.compile(
    r"[\d.,]+%?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"million|billion|dozen)(?:-\w+)?"
)
_INNER_TIME = re.compile(
    r"(?<=\w)\s+(?:last|this|earlier\s+this|late\s+last)\s+"
    r"(?:week|month|year|spring|summer|fall|autumn|winter)(?=\s+(?:from|by|of)\s)"
)
_DIGITS = re.compile(r"\d[\d.,]*%?")
# A share of a poll's respondents: its words are the poll's, not theirs
# (codebook C; the coders coded the poll or the pollster, issue 21 round 5).
_POLL_SHARE = re.compile(
    r"(?i:(?:a|the)\s+(?:slim\s+|narrow\s+|clear\s+|large\s+|small\s+)?"
    r"(?:majority|minority|plurality)\s+of\s+(?:the\s+)?(?:respondents|those\s+"
    r"(?:polled|surveyed|asked)|people\s+(?:polled|surveyed))(?:,.*)?|"
    r"(?:slightly\s+|far\s+|many\s+|somewhat\s+)?(?:more|fewer)\s+(?:people|"
    r"respondents|americans|voters|adults))"
)
# Abstractions that open a sentence as a cue's subject and hold no view.
_ABSTRACTIONS = _words("history future past experience evidence reality")
# Endings of nouns for people by what they do, which no table lists in full.
_AGENT_ENDINGS = (
    "ist",
    "ian",
    "visor",
    "ector",
    "ager",
    "izer",
    "iser",
    "eer",
    "ant",
    "dent",
)
_NUMBERS = _words(
    "one two three four five six seven eight nine ten dozen hundred thousand half third"
)


def _without_approximation(phrase: str) -> tuple[str, list[str]]:
    """Return a phrase without a leading "about", "some" ..., and its words."""
    approx = _APPROX.match(phrase)
    if approx is not None and approx.end() < len(phrase):
        phrase = phrase[approx.end() :]
    return phrase, phrase.replace("’", "'").split()


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(
        r["word"].lower()
        for r in _word_list("not_names.csv")
        if r["kind"] == "function word"
    )


def _head(words: list[str]) -> str:
    return words[-1].lower().strip(".,’'") if words else ""


def _people_head(head: str) -> bool:
    """Say whether a head noun names people, an organisation or a document."""
    from framing.mentions import _PERSON_NOUNS
    from framing.voices import _GENDERED, _type_table

    lex = _lexicon()
    if head in lex.nouns or head in _DOCUMENTS or head in _BODIES:
        return True
    if head in _PERSON_NOUNS or head in _GENDERED:
        return True
    if len(head) > 5 and head.endswith(_AGENT_ENDINGS):
        return True  # "supervisor", "economist", "physician", "resident"
    table = _type_table()
    if table.find(head) or head in table.plurals:
        return True
    # A plural noun ("voters", "Republicans", "attendees", "forecasters").
    return len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us"))


@functools.lru_cache(maxsize=8192)
def is_source_phrase(phrase: str, kind: str = "noun") -> bool:
    """Say whether a speaker phrase can name a source (see the module docstring).

    ``kind`` is "name", "noun" or "pronoun" as the speaker finders give it.

    Examples
    --------
    >>> is_source_phrase("a senior administration official")
    True
    >>> is_source_phrase("Democrats will likely"), is_source_phrase("Maybe", "name")
    (False, False)
    >>> is_source_phrase("the petition"), is_source_phrase("a tough year")
    (True, False)
    """
    if kind == "pronoun":
        return True
    # "A report last month from the US Department of Agriculture": the time
    # phrase inside is no head.
    phrase = _INNER_TIME.sub("", phrase)
    phrase, words = _without_approximation(clean_name(phrase.strip(" ,;:.")))
    if not words:
        return False
    first = words[0].lower()
    last = words[-1].lower().strip(",.")
    if len(words) == 1:
        if (
            _NUMBER_WORD.fullmatch(first)
            or _CONTRACTION.fullmatch(first.lstrip("‘'"))
            or first in _DETERMINERS
            or first in _OPENERS
            or first in _function_words()
            or first in _FURNITURE_WORDS
            or first in _PARTY_NOUNS
            or _PARTY_TAG.fullmatch(words[0])
            or first in _SENTENCE_ADVERBS
            or first.endswith(_ADVERB_ENDINGS)
            or (
                words[0].islower()
                and (first.endswith("ing") or _ADVERB.fullmatch(first))
            )
        ):
            return False
        if words[0].islower():
            return _people_head(first)
        # "History also shows ...": a capitalised abstraction opening a sentence
        # ("Times", "Time" may be newspapers).
        return first not in _ABSTRACTIONS
    if first in _OPENERS or first in _FINITE or last in _ENDERS:
        return False  # "In his", "Is President Obama's latest", "some have"
    if first.endswith("'s") and first[:-2] in _OPENERS:
        return False
    cut = _HEAD_CUT.split(phrase.replace("’", "'"))[0].split()
    if cut and (_head(cut) in _NUMBERS or _head(cut).isdigit()):
        cut = words  # "four in 10 parents": the head is at the end
    while len(cut) > 2 and cut[-1].islower() and cut[-1].endswith(("ing", "ed")):
        cut = cut[:-1]  # "one woman speaking", "the man tasked with"
    if any(w.lower() in _FINITE for w in cut[1:]):
        return False  # "The plan is a response to", "some have"
    if _CONTRACTION.fullmatch(words[0]):
        return False  # "They're providing", "It's a strategy officials"
    if not words[0].islower() and first not in _DETERMINERS:
        lower = [w for w in cut[1:] if w.islower()]
        verb = any(
            w in _FINITE or w == "to" or (w.endswith("ed") and len(w) > 3)
            for w in lower
        )
        content = [w for w in lower if w not in _NAME_LINKS]
        if verb or (len(content) >= 2 and not _people_head(_head(cut))):
            return False  # "Obama tried to bolster public": a clause
    if kind == "name" and not words[0].islower():
        return True
    described = words[0].islower() or first in _DETERMINERS
    head = _head(cut)
    if words[0].islower() and first not in _DETERMINERS and not _people_head(head):
        return False  # "gun control measures Vice President Biden and OFA"
    if (
        described
        and head.endswith(("ive", "ous", "ful", "ough"))
        and not _people_head(head)
    ):
        return False  # "a thorough", "the pervasive": an adjective, no head
    if described and any(
        w.lower() in _INNER_SUBJECTS
        and cut[k].lower() not in _OPENERS
        and cut[k].lower() not in _DETERMINERS
        for k, w in enumerate(cut[1:-1])
    ):
        return False  # "an idea some lawyers", "an analysis the Tax Policy Center"
    if described and (
        head in _NOT_HOLDERS
        or head.isdigit()
        or head in _DETERMINERS
        or _ADVERB.fullmatch(head)
        or head.endswith("ing")
    ):
        return False
    # "Alexander pleaded guilty to three": a clause, not a name.
    return (
        described
        or len(cut) <= 4
        or not any(w.islower() and w.endswith("ed") for w in cut[1:])
    )


# Lower-case particles of a surname: "de Blasio", "van Hollen", "al-Assad".
_PARTICLES = _words("de van von der den la le du da di del dos das bin ibn al al- d'")


@functools.lru_cache(maxsize=8192)
def _is_description(name: str) -> bool:
    """Say whether a source's name describes it rather than names it.

    The codebook's unnamed sources are written as described: "a senior
    official", "Some epidemiologists", "Critics of the move", "The biggest
    unions in the United States", "Optimistic forecasters"; "the Justice
    Department", "de Blasio" and "Planned Parenthood" are names.

    Examples
    --------
    >>> _is_description("Some epidemiologists"), _is_description("Critics")
    (True, True)
    >>> _is_description("The Heritage Foundation"), _is_description("de Blasio")
    (False, False)
    >>> _is_description("the president's team"), _is_description("federal law")
    (False, False)
    """
    phrase, words = _without_approximation(name.strip(" ,;:."))
    if not words:
        return False
    first = words[0]
    cut = _HEAD_CUT.split(phrase.replace("’", "'"))[0].split()
    head = cut[-1] if cut else first
    if any(w.endswith(("'s", "s'")) for w in cut) or head.lower() in _DOCUMENTS:
        # "the president's team", "Planned Parenthood's spokesman": identified
        # through a name; "federal law", "the report": a document, no person.
        return False
    if first[:1].islower():
        return first.lower() not in _PARTICLES and not first.startswith("al-")
    if first.lower() in _DETERMINERS:
        if any(w[:1].isupper() for w in cut[1:-1]) and head.lower() in _NAMED_BODIES:
            return False  # "the Obama administration", "the Justice Department"
        return len(cut) == 1 or head[:1].islower()
    if len(cut) == 1:
        # "Critics", "Others", "Observers": a plural people noun opening a
        # sentence; "Republicans" and "Democrats" name parties' members.
        low = head.lower()
        return low in _lexicon().nouns or (low.endswith("s") and low in _PLURAL_PEOPLE)
    # "Optimistic forecasters", "College students": only the sentence's first
    # word is capitalised.
    return all(w[:1].islower() for w in cut[1:]) and _people_head(head.lower())


# Institutions named by their modifier: "the Obama administration".
_NAMED_BODIES = _words(
    """administration government department office agency committee campaign
    court council commission board institute center centre foundation
    association party company team"""
)
# Plural nouns for people that open a sentence as a source ("Critics say").
_PLURAL_PEOPLE = _words(
    """critics others observers supporters opponents proponents advocates experts
    analysts economists researchers scientists officials residents parents
    teachers students activists protesters demonstrators lawmakers legislators
    voters doctors nurses workers employees leaders members backers detractors
    skeptics sceptics conservatives liberals progressives many"""
)


_TIME_TAIL = re.compile(
    r"(?:\s+(?:(?:last|this|next|earlier|later|on|late|early)\s+[\w-]+|yesterday|"
    r"today|recently|also|again|once|now|then))+$"
)


# A locative preposition before a name: "In New Jersey, for example, 41
# percent of filers ... claimed", "the coast of Maine in the US showed".
_LOCATIVE_BEFORE = re.compile(
    r"(?:^|[\s(])(in|In|near|Near|outside|Outside|across|Across)\s+(?:the\s+)?$"
)
_LOCATIVE_WORDS = ("in ", "In ", "near ", "Near ", "utside ", "cross ")
_MENTION_LEAD = re.compile(r"(?:(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross|[Tt]he)\s+)*")
# The description a place may close: "A school in Seattle", "officials in
# Kentucky" (up to 6 words after a clause break).
_BEFORE_PLACE = re.compile(r"(?:^|[.;:,!?\n]\s*(?:\d+\.\s+)?)((?:[\w’'-]+\s+){1,6})$")


def after_locative(text: str, start: int, end: int) -> tuple[bool, int | None]:
    """Say whether the name ``text[start:end]`` is a place after "in", "near" ...

    Returns (place, description start): a place that closes a description
    ("A school in Seattle") gives where the description starts; a place with
    nothing before it in its clause ("In New Jersey, ...") gives None.

    >>> text = "In New Jersey, for example, most filers claimed it."
    >>> after_locative(text, 0, 13), after_locative(text, 28, 40)
    ((True, None), (False, None))
    >>> text = "11. A school in Seattle reportedly insisted that"
    >>> after_locative(text, 16, 23)
    (True, 4)
    """
    if not isinstance(text, str) or not 0 <= start < end <= len(text):
        return False, None
    pos = start
    if text[start] in "IiTtNnOoAa":  # "In New Jersey", "the US" (a fast test)
        lead = _MENTION_LEAD.match(text, start, end)
        pos = lead.end() if lead is not None else start
    if pos >= end or not text[pos].isupper():
        return False, None  # a name only: "in the end, officials said"
    window = text[max(0, pos - 16) : pos]
    if not any(w in window for w in _LOCATIVE_WORDS):
        return False, None
    m = _LOCATIVE_BEFORE.search(text, max(0, pos - 16), pos)
    if m is None:
        return False, None
    prep = m.start(1)
    before = _BEFORE_PLACE.search(text, max(0, prep - 60), prep)
    if before is None:
        return True, None
    phrase = before.group(1) + text[prep:end]
    if is_source_phrase(phrase.strip()):
        return True, before.start(1)
    return True, None


@functools.lru_cache(maxsize=8192)
def _poll_share(name: str) -> bool:
    """Say whether a speaker is a poll's share of respondents, no source row.

    "31 percent", "33 percent of tax filers", "A majority of respondents": their
    words are the poll's (codebook C). The attribution and a partial quotation
    stay (PolNeAR and the coders code "75 percent said it “has integrity”").

    >>> _poll_share("31 percent"), _poll_share("A majority of respondents")
    (True, True)
    >>> _poll_share("Three officials"), _poll_share("A majority of the court")
    (False, False)
    """
    if not isinstance(name, str):
        return False
    phrase = name.strip(" ,;:.")
    words = phrase.split()
    if not words:
        return False
    if _POLL_SHARE.fullmatch(phrase):
        return True
    phrase, words = _without_approximation(phrase)  # "Almost 90 percent of jobs"
    cut = _HEAD_CUT.split(phrase.replace("’", "'"))[0].split()
    return bool(_DIGITS.fullmatch(words[0])) and _head(cut) in ("percent", "percentage")


def _people_noun(word: str) -> bool:
    """Say whether a word is a noun for people or bodies a table lists."""
    from framing.mentions import _PERSON_NOUNS, _PLURAL_HEADS
    from framing.voices import _type_table

    table = _type_table()
    return (
        word in table.plurals
        or bool(table.find(word))
        or word in _BODIES
        or word in _PERSON_NOUNS
        or _PLURAL_HEADS.fullmatch(word) is not None
    )


_OPENS = frozenset(".!?:;\n\"“‘'(—–-")


def common_word_opening(word: str, text: str) -> bool:
    """Say whether a one-word "name" is a common word that opens sentences.

    True when every capitalised occurrence of ``word`` in ``text`` opens a
    sentence, a line or a quotation and the article also writes it in lower
    case ("Together, the crowd chanted", "Part of the answer", "Key word:");
    a name is written after other words somewhere ("said Lindeque") and
    rarely in lower case.

    >>> text = "Together, they left. They worked together."
    >>> common_word_opening("Together", text)
    True
    >>> common_word_opening("Smith", "Smith said no. Ann Smith left.")
    False
    >>> common_word_opening("Sensing", "Sensing a pause, Ann Roe noted that ...")
    True
    """
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    lower = word.lower()
    if not _occurs(lower, text) and not (
        len(word) > 5
        and word.endswith(("ing", "ed"))
        and _AFTER_PARTICIPLE.match(text, text.find(word) + len(word))
    ):
        # "Sensing a pause from ...", "Spotted on my Twitter feed was ...": a
        # participle opens the sentence; a name is followed by its verb.
        return False
    if lower in _PLURAL_PEOPLE or _people_noun(lower):
        return False  # "Critics", "Others", "Officials" open sentences as sources
    return _opens_only(word, text)


# Texts longer than this get one index of their words, so that each word asked
# about is found without a scan of the whole text (linear in a long text).
_INDEXED = 50_000
_TOKEN = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=2)
def _word_index(text: str) -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for m in _TOKEN.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    return index


def _whole(word: str, text: str) -> Iterator[int]:
    """Yield where ``word`` occurs in ``text`` as a whole word (str.find, no regex)."""
    n = len(word)
    if len(text) > _INDEXED and word.isalnum():
        for i in _word_index(text).get(word, ()):
            if (i == 0 or not text[i - 1].isalnum()) and (
                i + n == len(text) or not text[i + n].isalnum()
            ):
                yield i
        return
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not text[i - 1].isalnum()) and (
            i + n == len(text) or not text[i + n].isalnum()
        ):
            yield i
        i = text.find(word, i + 1)


def _occurs(word: str, text: str) -> bool:
    """Say whether ``word`` occurs in ``text`` as a whole word."""
    return next(_whole(word, text), None) is not None


# What follows a participle that opens a sentence: an object or a preposition.
_AFTER_PARTICIPLE = re.compile(
    r"\s+(?:a|an|the|this|that|these|those|his|her|their|its|our|on|in|at|by|"
    r"with|from|to|for|into|up|out|over|through)\s"
)


def _opens_only(word: str, text: str) -> bool:
    """Say whether every capitalised ``word`` in ``text`` opens a sentence."""
    for i in _whole(word, text):
        k = i - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 0 and text[k] not in _OPENS:
            return False
    return True


# Lower-case epithets before an organisation's name, which the coders leave out
# ("the nonpartisan Congressional Budget Office"); judgement, round 5.
_ADJECTIVE_BEFORE_NAME = re.compile(
    r"(?:nonpartisan|non-partisan|bipartisan|nonprofit|non-profit|conservative|"
    r"liberal|progressive|left-leaning|right-leaning|independent|influential|"
    r"powerful|prominent|respected)\s+(?=[A-Z][\w.’'-]*(?:\s+(?:of|for|and|on|the|"
    r"[A-Z][\w.’'-]*))*$)"
)
# "New York-based College Board": the place is no part of the name.
_BASED = re.compile(r"(?:[A-Z][\w.]*[\s-])*[A-Z][\w.]*-based\s+(?=[A-Z])")
# A word glued to the next one by a scrape ("HoevenBottom Line Poll", where a
# link block's headline follows the name with no space).
_GLUED = re.compile(r"(?<=\s)([A-Z][a-z]{3,})(?=[A-Z][a-z])")


def clean_name(name: str, text: str | None = None) -> str:
    """Return a source's name without a possessive or a time phrase after it.

    With the article ``text``, a name glued to the words after it by a scrape
    ends at the glue when the article writes that word on its own ("Henry
    HoevenBottom Line Poll" -> "Henry Hoeven" when "Hoeven" stands alone).

    Examples
    --------
    >>> clean_name("Obama’s"), clean_name("President Trump last week")
    ('Obama', 'President Trump')
    >>> clean_name("Mr. Graves correctly"), clean_name("Erickson went")
    ('Mr. Graves', 'Erickson')
    >>> clean_name("John HoevenBottom Line Poll", "said Sen. John Hoeven John")
    'John Hoeven'
    >>> clean_name("Ann WikiLeaks", "Ann WikiLeaks said")
    'Ann WikiLeaks'
    >>> clean_name("New York-based College Board"), clean_name("The Board couldn’t")
    ('College Board', 'The Board')
    """
    based = _BASED.match(name) if "-based " in name else None
    if based is not None:
        name = name[based.end() :]  # "Cambridge-based Sage Therapeutics"
    adjective = _ADJECTIVE_BEFORE_NAME.match(name) if name[:1].islower() else None
    if adjective is not None:
        name = name[adjective.end() :]  # "nonpartisan Congressional Budget Office"
    if text is not None:
        m = _GLUED.search(name)
        if m is not None and re.search(rf"\b{m.group(1)}\b", text):
            name = name[: m.end()]
    m = _TIME_TAIL.search(name)
    if m is not None and m.start() > 0:
        name = name[: m.start()]
    m = _VERB_TAIL.search(name)
    if m is not None and m.start() > 0 and name[0].isupper():
        name = name[: m.start()]  # "Mr. Graves correctly", "Erickson went"
    if name.endswith(("’s", "'s")) and len(name) > 3 and name[0].isupper():
        name = name[:-2]
    return name


# An adverb or a verb left after a name by the clause it opens.
_VERB_TAIL = re.compile(
    r"(?:\s+(?:(?!(?:ear|fami|ital|supp|bul|al)ly\b)[a-z]+ly|went|has|had|was|is|"
    r"also|then|now|too|again|still|"
    # "The College Board couldn’t (immediately say)"
    r"(?:could|can|would|will|did|does|do|is|was|has|have|had|should|wo|ca)n[’']t))+$"
)
