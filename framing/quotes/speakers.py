"""Speaker phrases: the name, pronoun or noun phrase next to a speech cue."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from framing.quotes._hovercard import _card_name_end
from framing.quotes._patterns import _EndAnchored
from framing.quotes.cues import (
    _lexicon,
)
from framing.quotes.names import (
    _CAP,
    _CAP_RUN,
    _ORG_HEADS,
    _PARTICLE,
    _WEEKDAYS,
    _role_of,
    _split_name,
    _strip_possessive,
)
from framing.text import (
    DASHES,
    LONG_DASHES,
)

if TYPE_CHECKING:
    from framing.quotes._article import _Article

# Patterns used inline below, compiled once.
_NAME_PREP = re.compile(r"\s(?:of|from|at|with)\s")
_JOINED = re.compile(r"[A-Z][\w’'.-]*\s+(?:of|for|on)\s+(?:the\s+)?$")
_PAREN_END = re.compile(r"\s*\([^()]*\)\s*$")
_APPOS_END = re.compile(r"[,;.!?(]|\s(?:who|which|said|says|told|adding)\s")
_PHRASE_END = re.compile(r"[,;.!?(]")
_THAT_END = re.compile(r"\bthat,?$")
_TO_END = re.compile(r"\bto\s+$")
_PRONOUN_START = re.compile(r"\s*(?:he|she|they|we|i)\b", re.I)
_DET_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+[^,;]{0,60}?(?=\s+[a-z]+ed\b)")
_CLAUSE_BREAK = re.compile(r"[!?;“”\"]")
_DET_PHRASE = re.compile(
    r"(?:the|a|an|another|one|some|two|three)(?:\s+[\w’'-]+){1,5}\s*", re.I
)
_PUNCT_ONLY = re.compile("[.,;:!?)" + re.escape(DASHES) + "]*$")
_THAT_WORD = re.compile(r"\bthat\b")
_HEADLINE_COLON = re.compile(r"([^:“”\"]{2,60}):\s+(?=[^\s“\"'])")
_AUX_END = _EndAnchored(
    r"\b(?:is|are|was|were|be|been|am|[Ii]t’s|[Ii]t's)\s+(?:(?:also|still|now|widely|"
    r"generally|largely|not|long|already)\s+)?$",
    "is|are|was|were|be|been|am|t’s|t's|also|still|now|widely|generally|largely|not|"
    "long|already",
)
# "Lee smiled and said", "Roe used to back Paul, but now said": a shared subject.
_AND_END = _EndAnchored(
    r"\s(?:and|but)\s+(?:(?:then|now|later|also|still)\s+)?$",
    "and|but|then|now|later|also|still",
)
_WHO_END = _EndAnchored(r",\s+who\s+(?:also\s+|has\s+|had\s+)*$", "who|also|has|had")
_WHO_VERB_END = re.compile(r",\s+who\s+(?:\w+\s+)?$")
_MARKS = re.compile(r"[“”\"()]")


# ---------------------------------------------------------------------------
# Speaker phrases


@dataclass(frozen=True, slots=True)
class _Speaker:
    start: int  # the mention (name, pronoun or noun phrase) in the text
    end: int
    kind: str  # "name", "pronoun", "noun"
    affiliation: str | None
    lead: int | None = None  # start of a role before the name ("The spokesman, ")


_DETERMINER = re.compile(
    r"(?:the|a|an|one|two|three|four|several|some|many|most|other|another|"
    r"both|all|few|various|top|senior|his|her|their|its)\s",
    re.IGNORECASE,
)
# Words between a speaker and the cue that belong to neither ("Smith also said",
# "Smith on Monday had already said", "Sen. Ted Cruz (R-Texas) said").
_ADVERB_WORDS = (
    "also|later|then|again|once|previously|recently|repeatedly|"
    "reportedly|simply|quickly|initially|publicly|privately|often|further|"
    "has|had|have|would|will|could|did|does|do|was|were|is|are|already|"
    "not|never|earlier|still|just|even|only|famously|frequently|flatly|bluntly|"
    "firmly|calmly|quietly|proudly|loudly|openly|tersely|curtly|softly|angrily|"
    "briefly|directly"
)
_ADVERB_SUFFIXES = "ingly|ically|edly|fully|ously"
_MORE_ADVERB_WORDS = (
    "now|barely|widely|largely|strongly|clearly|rarely|mostly|generally|may|might|"
    "must|should|can|cannot|first|long|too"
)
_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# A match ends with one of the words, a suffix of the "-ly" words or ")".
_ADVERBS = _EndAnchored(
    rf"(?:\s+(?:{_ADVERB_WORDS}|[a-z]+(?:{_ADVERB_SUFFIXES})|{_MORE_ADVERB_WORDS}|"
    rf"(?:on\s+)?(?:{_DAY_NAMES}))|\s*\([^()]*\))+$",
    f"{_ADVERB_WORDS}|{_ADVERB_SUFFIXES}|{_MORE_ADVERB_WORDS}|{_DAY_NAMES}|)",
)
# The adverbs and asides before a cue are short: searching only the last
# characters keeps the "$"-anchored search from scanning the whole clause.
_ADVERB_WINDOW = 80
_APPOSITION_PREP = re.compile(r"(?:of|from|at|with|for)\s+(?:the\s+)?", re.I)
_MAX_SPEAKER_WORDS = 8
_PREPOSITION = re.compile(
    r"\s(?:of|for|with|from|at|in|on|to|by|close|familiar|known|involved|who|that)\s",
    re.I,
)
# What may open a clause before its subject ("But Smith said", "And then she said").
_CLAUSE_LEAD = re.compile(
    r"\s*(?:(?:and|but|while|when|as|because|so|though|although|since|if|then|yet|"
    r"meanwhile|now|also|instead|still|however|indeed|later|earlier|afterward|"
    r"where|whereas|after|before|until|once|or|in\s+a\s+statement|in\s+an\s+"
    r"interview|at\s+one\s+point|in\s+response)\s*,?\s+)*",
    re.I,
)
# Where a speaker named after its cue stops: "said Smith, of X", "said Smith in a
# statement", "said Smith (R-Texas)".
_AFTER_STOP = re.compile(
    r"[,;:.!?(“”\"]|\s(?:in|on|at|during|to|after|before|when|who|while|as|"
    r"about|of|from|last|this|earlier|according|and|but|adding|referring)\s"
)


# A period that ends an abbreviation or an initial, not a sentence.
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Jr|Sr|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Maj|Capt|"
    r"Adm|Sgt|Rev|Prof|St|Cmdr|Cdr|Cpl|Pvt|Det|Insp|Supt|Atty|Gens|Calif|Fla|Ky|Pa|Mass|Wis|Ill|Ariz|Va|Md|Minn|Mich|Ore|"
    r"Tex|Tenn|Conn|Ga|Ala|Ark|Colo|Okla|Wash|Nev|Kan|Neb|Mo|Miss|Del|Ind|Vt)"
    r"|\.[A-Z])\.$"
)


_EDGE = frozenset(',;:("“”' + DASHES)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE):
        end -= 1
    return start, end


# A news agency's or a place's dateline opening a story: "(Reuters) - ", "(CNN)",
# "BOISE, Idaho — " (AP Stylebook, "datelines").
_DATELINE = re.compile(
    r"\(?[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\)\s*[-–—]*\s*"
    r"|[A-Z]{2,}(?:\s[A-Z]{2,})*,?(?:\s[A-Z][\w.]*){0,3}\s*[-–—]+\s*"
)


def _before_cue(text: str, lo: int, cue: int) -> tuple[int, int]:
    """Return the trimmed span from ``lo`` to the cue, without trailing adverbs.

    "Smith, however, quickly said" ends the subject before "quickly".
    """
    start, _ = _trim(text, lo, cue)
    dateline = _DATELINE.match(text, start, cue)
    if dateline is not None:
        start = dateline.end()  # "(Reuters) - A federal judge said"
    end = cue
    while end > start and text[end - 1].isspace():
        end -= 1
    m = _ADVERBS.search(text, max(start, end - _ADVERB_WINDOW), end)
    if m and m.start() > start:
        end = m.start()
    return start, end


def _affiliation(phrase: str) -> str | None:
    phrase = phrase.strip(" ,;")
    if not phrase:
        return None
    m = _APPOSITION_PREP.match(phrase)
    return phrase[m.end() :] if m else phrase


def _is_role(words: list[str]) -> bool:
    lex = _lexicon()
    last = words[-1].lower().strip("’'") if words else ""
    return last in lex.nouns or bool(_role_of(" ".join(words[-3:])))


def _noun_phrase(text: str, start: int, end: int) -> _Speaker | None:
    """Read one speaker phrase that fills ``text[start:end]`` (no commas).

    A pronoun; a name, after any title or role ("Attorney General Jeff Sessions",
    "Priorities spokesman Justin Barasky"); a name with a prepositional
    affiliation ("Jeffrey Lewis of the James Martin Center"); a noun phrase whose
    head is a source noun ("a senior administration official", "officials",
    "Clinton's campaign"); or an institution ("the Justice Department").
    """
    start, end = _trim(text, start, end)
    if start >= end:
        return None
    lex = _lexicon()
    phrase = text[start:end]
    words = phrase.split()
    if len(words) > 2 * _MAX_SPEAKER_WORDS:
        return None
    prep = _NAME_PREP.search(phrase)
    # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies":
    # the limit counts the words before the affiliation.
    head_len = len(phrase[: prep.start()].split()) if prep else len(words)
    if head_len > _MAX_SPEAKER_WORDS:
        return None
    if phrase.lower() in lex.pronouns:
        return _Speaker(start, end, "pronoun", None)
    if not (phrase[0].isupper() or _DETERMINER.match(phrase + " ")):
        last = _CAP_RUN.search(phrase)
        if not _is_role(words) and len(words) > 1 and last is None:
            return None
    # "Jeffrey Lewis of the James Martin Center": a name, then its affiliation.
    if prep is not None:
        head = phrase[: prep.start()]
        run = _CAP_RUN.fullmatch(head.split(" ")[-1]) and list(_CAP_RUN.finditer(head))
        institution = run and any(
            w in lex.institutions for w in run[-1].group().split()
        )
        if run and run[-1].end() == len(head) and not institution:
            title, name, _ = _split_name(_strip_possessive(run[-1].group()))
            if name:
                n_end = (
                    start
                    + run[-1].end()
                    - (len(run[-1].group()) - len(_strip_possessive(run[-1].group())))
                )
                n_start = n_end - len(name)
                return _Speaker(
                    n_start, n_end, "name", _affiliation(phrase[prep.start() :])
                )
    runs = list(_CAP_RUN.finditer(phrase))
    # A name or institution ends the phrase.
    run_ends = bool(runs) and runs[-1].end() == len(_strip_possessive(phrase))
    org = None
    if run_ends and ("and" in phrase or "&" in phrase):
        org = _ORG_AND.search(phrase)
    if org is not None:
        left, right = org.group(1).split()[0], org.group(2).split()[0]
        named_org = "&" in org.group() or _ORG_HEADS.search(org.group(2)) is not None
        if named_org and not (left in lex.first_names and right in lex.first_names):
            # "Customs and Border Protection", "the Department of Health and
            # Human Services", "Procter & Gamble": one organisation, not the
            # person or body named after "and".
            s = start + org.start()
            if phrase[org.start() :].lower().startswith("the "):
                s += 4
            b = start + len(_strip_possessive(phrase))
            return _Speaker(s, b, "noun", None)
    if run_ends:
        run = runs[-1]
        run_text = _strip_possessive(run.group())
        title, name, _ = _split_name(run_text)
        # "the US Conference of Mayors": capitalised words joined by "of" name an
        # institution, not a person called "Mayors".
        joined = _JOINED.search(phrase[: run.start()])
        # "Officials said", "Sources say"; "a super PAC": not a person's name.
        common = name.lower() in lex.nouns or (" " not in name and name.isupper())
        if name and len(name.split()) <= 4 and joined is None and not common:
            n_start = start + run.start() + len(run_text) - len(name)
            role = (phrase[: run.start()] + title).strip()
            lead = _DETERMINER.match(role + " ")
            if lead and role.lower().startswith(("the ", "a ", "an ")):
                role = role[lead.end() :]
            if role.lower() in ("the", "a", "an"):
                role = ""  # "the Plain Dealer": an article, not a role
            while role.split(" ", 1)[0].lower() in _ROLE_LEAD:
                role = role.partition(" ")[2]  # "with Ann Lee": no role
            if lex.title_info.get(role.lower(), ("x", ""))[0] == "":
                role = ""  # a courtesy title ("Mr.") is not a role
            return _Speaker(n_start, n_start + len(name), "name", role or None)
        # An institution: "the Justice Department", "CNN", "The Times".
        s = start
        if phrase.lower().startswith("the "):
            s += 4
        return _Speaker(s, start + run.start() + len(run_text), "noun", None)
    return _np_after_names(text, start, end, phrase, words, lex)


def _np_after_names(text, start, end, phrase, words, lex) -> _Speaker | None:
    # A noun phrase: "a senior administration official", "officials", "the mayor".
    prep = _PREPOSITION.search(phrase)
    head_words = phrase[: prep.start()].split() if prep else words
    if head_words and _is_role(head_words):
        return _Speaker(start, end, "noun", None)
    # Any short phrase that opens with a determiner: "a 2008 Clinton veteran",
    # "the newspaper", "another commenter".
    if _LOOSE_NP.fullmatch(phrase):
        return _Speaker(start, end, "noun", None)
    return None


# Capitalised words joined by "and" or "&" that end the phrase: an organisation
# named as a whole ("Customs and Border Protection").
_CAP_WORD = r"[A-Z][\w’'.-]*"
_ORG_AND = re.compile(
    rf"(?:^|(?<=\s))((?:[Tt]he\s+)?{_CAP_WORD}(?:\s+(?:of|for|on|{_CAP_WORD}))*)"
    rf"\s+(?:and|&)\s+({_CAP_WORD}(?:\s+{_CAP_WORD})*(?:’s|'s)?)$"
)


def _org_and(text: str, start: int, and_at: int, hi: int) -> bool:
    """Say whether " and " at ``and_at`` joins one organisation's name.

    "Customs and Border Protection" (capitalised words on both sides, not two
    given names: "Ann Lee and Tom Roe" are two people).
    """
    left = text[start:and_at].split()
    m = re.compile(_CAP_WORD).match(text, and_at + 5, hi)
    if not left or m is None or not left[-1][:1].isupper():
        return False
    first_names = _lexicon().first_names
    if left[0] in first_names and m.group() in first_names:
        return False
    # The words after "and" end in an organisation's head: "and Border
    # Protection", not "and Los Angeles".
    rest = re.compile(rf"{_CAP_WORD}(?:\s+{_CAP_WORD})*").match(text, and_at + 5, hi)
    return rest is not None and _ORG_HEADS.search(rest.group()) is not None


_SUBORDINATORS = frozenset(
    [
        "after",
        "before",
        "when",
        "while",
        "as",
        "because",
        "since",
        "although",
        "though",
        "if",
        "but",
        "and",
        "until",
        "once",
        "whereas",
    ]
)
_ROLE_LEAD = frozenset(
    ["with", "by", "for", "from", "to", "of", "as", "and", "but", "at", "in", "on"]
)
_LOOSE_NP = re.compile(
    r"(?:the|a|an|another|one|some|two|three|several|many)(?:\s+[\w’'-]+){1,5}"
    r"(?:\s+(?:of|for|with|from|at|familiar\s+with)(?:\s+[\w’'-]+){1,4})?",
    re.I,
)


def _speaker_before(text: str, lo: int, cue: int) -> _Speaker | None:
    """Return the speaker whose phrase ends just before a cue at ``cue``.

    The phrase must open its clause: "But Jessica Vaughan, of the Center for
    Immigration Studies, said" gives the name and its affiliation; "the truth,
    he said" gives "he"; "the bill that Smith said" gives nothing.
    """
    start, end = _before_cue(text, lo, cue)
    if end > start and text[end - 1] == ",":
        # An apposition between commas: "Smith, a spokesman for X, said".
        # The apposition may hold commas itself ("Lance Beebe, 49, a Navy
        # veteran, said"): try each earlier comma until a name stands before it.
        inner_end = end - 1
        comma = inner_end
        for i in range(4):
            comma = text.rfind(",", start, comma)
            if comma < 0:
                return None
            appos = text[comma + 1 : inner_end].strip()
            if len(appos.split()) > 25:
                return None
            head = _speaker_at_clause_end(text, start, comma)
            if (
                head is not None
                and " by " in text[max(start, head.start - 60) : head.start]
                and _LED_BY.search(text, max(start, head.start - 60), head.start)
            ):
                # "The Motion Picture Association of America, led by former
                # senator Chris Dodd, a Democrat, said": the name is in a
                # participle phrase; the subject stands before it.
                continue
            if (
                i == 0
                and head is not None
                and head.kind == "noun"
                and _RELATIVE_START.match(appos + " ")
            ):
                # "Dr Ceri Lewis, a marine biologist at Exeter University, who
                # was part of the team, said": the name before the apposition.
                earlier = text.rfind(",", start, comma)
                if earlier > start:
                    name = _speaker_at_clause_end(text, start, earlier)
                    if (
                        name is not None
                        and name.kind == "name"
                        and name.end >= earlier - 1
                        and not _is_place(text, name)
                    ):
                        role = _affiliation(text[earlier + 1 : comma].strip())
                        return _Speaker(name.start, name.end, "name", role)
            if i == 0 and (head is None or head.kind == "noun"):
                # "The spokesman, John Smith, said", "Google's chief executive,
                # Dana Cole, said": the name between the commas is the speaker.
                a, b = _trim(text, comma + 1, inner_end)
                name = _named_apposition(text, a, b)
                if (
                    name is not None
                    and name.kind == "name"
                    and not _is_place(text, name)
                ):
                    lead, _ = _trim(text, start, comma)
                    role = text[head.start : head.end] if head is not None else None
                    if role is None:
                        role = _trim_text(text, start, comma) or None
                    return _Speaker(name.start, name.end, "name", role, lead)
            if (
                head is not None
                and head.kind != "pronoun"
                and not _is_place(text, head)
            ):
                return _Speaker(head.start, head.end, head.kind, _affiliation(appos))
        return None
    speaker = _speaker_at_clause_end(text, start, end)
    comma = text.rfind(",", start, end)
    if comma > start and (
        speaker is None
        or speaker.kind == "noun"
        or (speaker.start > comma and " " not in text[speaker.start : speaker.end])
    ):
        # An apposition missing its closing comma: "Owen Hart, the policy
        # director for the Farm Council said", "Lena Ortiz, president and CEO
        # of the Grocers Guild stated". The name is all of its clause.
        appos = text[comma + 1 : end].strip()
        prev = max(start, text.rfind(",", start, comma) + 1)
        head = (
            _speaker_at_clause_end(text, start, comma)
            if _UNCLOSED_APPOSITION.fullmatch(appos)
            else None
        )
        if (
            head is not None
            and head.kind == "name"
            and text[head.start : head.end] == text[prev:comma].strip()
            and not _is_place(text, head)
        ):
            return _Speaker(head.start, head.end, "name", _affiliation(appos))
    return speaker


# What an apposition after a name opens with: "the policy director", "a
# spokeswoman", "president and CEO of".
_UNCLOSED_APPOSITION = re.compile(
    r"(?:[Tt]he|[Aa]n?|[a-z][\w-]*)\s[^!?;" + LONG_DASHES + r"]{0,120}"
)


# A name inside a participle phrase after its subject: "X, led by Y, said".
_LED_BY = re.compile(
    r"\b(?:led|headed|founded|chaired|run|owned|directed|represented|"
    r"co-founded)\s+by\s+(?:[\w.’'-]+\s+){0,4}$"
)
_RELATIVE_START = re.compile(r"\s*(?:who|which|whose|whom|that)\s", re.I)


def _trim_text(text: str, start: int, end: int) -> str:
    a, b = _trim(text, start, end)
    return text[a:b]


# A place after a comma inside an apposition: "of Tulsa, Okla.", "in Duluth".
_PLACE_BEFORE = re.compile(r"(?:^|\s)(?:in|of|from|at|near|outside)\s+$")
_STATE = re.compile(r"(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.")


def _is_place(text: str, speaker: _Speaker) -> bool:
    """Say whether an apposition's last part is a place, not the speaker.

    "Omar Haddad, 41, of Tulsa, Okla., said": neither "Okla." nor "Tulsa".
    """
    if speaker.kind == "pronoun":
        return False
    if _STATE.fullmatch(text, speaker.start, speaker.end):
        return True
    return (
        _PLACE_BEFORE.search(text, max(0, speaker.start - 12), speaker.start)
        is not None
    )


def _last_break(text: str, lo: int, end: int, marks: str = ",;:") -> int:
    """Return the position of the last clause mark or long dash in ``text[lo:end]``.

    -1 when there is none. One greedy regex match in C, not an ``rfind`` per mark.
    """
    pattern = _BREAKS.get(marks)
    if pattern is None:
        pattern = _BREAKS[marks] = re.compile(
            f".*[{re.escape(marks + LONG_DASHES)}]", re.S
        )
    m = pattern.match(text, lo, end)
    return m.end() - 1 if m else -1


_BREAKS: dict[str, re.Pattern[str]] = {}


def _speaker_at_clause_end(text: str, lo: int, end: int) -> _Speaker | None:
    k = end
    while k > lo and text[k - 1].isspace():
        k -= 1
    # A party tag "(D-Mo.)" ends the phrase.
    paren = _PAREN_END.search(text, lo, end) if text[k - 1 : k] == ")" else None
    if paren is not None and paren.start() > lo:
        end = paren.start()
    cut = _last_break(text, lo, end)
    seg_lo = cut + 1 if cut >= 0 else lo
    lead = _CLAUSE_LEAD.match(text, seg_lo, end)
    seg_lo = lead.end() if lead else seg_lo
    if _RELATIVE_START.match(text, seg_lo, end):
        return None  # ", who runs Harbor Realty": the name is an object
    speaker = _noun_phrase(text, seg_lo, end)
    if speaker is not None:
        return speaker
    # A longer subject that opens with a capital or a determiner: "the US
    # Conference of Mayors questioned".
    start, end = _trim(text, seg_lo, end)
    phrase = text[start:end]
    words = phrase.split()
    # A name that opens a subordinate clause ending at the cue: "the hearing
    # grew so tense that Governor Paul Reyes said".
    sub = _SUBORDINATE_NAME.search(text, max(seg_lo, end - 80), end)
    if sub is not None:
        return _noun_phrase(text, sub.start(1), end)
    if not words or len(words) > 7:
        return None
    if _DETERMINER.match(phrase + " ") and words[-1][:1].isupper():
        if words[0].lower() == "the":
            start += len(words[0]) + 1
        return _Speaker(start, end, "noun", None)
    return None


_SUBORDINATE_NAME = re.compile(
    rf"\s(?:that|because|when|after|while|until|so|and|but)\s+({_CAP}"
    rf"(?:\s+(?:{_PARTICLE}\s+)?{_CAP})*)\s*$"
)


# The complement of an unnamed source after its head: "to Mayor Holt", "close
# to the Hendersons", "known as Rex", "involved in the talks", "(an editorial)
# in The Harbor Gazette".
_COMPLEMENT = re.compile(
    rf"(?:\s+close)?\s+(?:to|as|in)\s+((?:(?:the|both|all)\s+)?{_CAP}"
    rf"(?:\s+(?:{_PARTICLE}\s+)?{_CAP})*(?:’s|'s)?"
    r"|(?:the|a|an)(?:\s+[a-z][\w’'-]*){1,3}(?=\s*[,.;]|\s*$))"
)
_NOT_COMPLEMENT = re.compile(
    r"(?:the\s+|a\s+|an\s+)?(?:statement|interview|press|phone|email|e-mail|"
    r"conference|call|speech|letter|video|post|tweet|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|recent|reporters|CNN|Fox|MSNBC|"
    r"NBC|ABC|CBS|NPR)\b"
)


def _speaker_after(
    text: str, pos: int, hi: int, appositive: bool = True
) -> _Speaker | None:
    """Return the speaker named just after a cue: "said Mayor Rahm Emanuel".

    With ``appositive`` a phrase after a comma is the speaker's affiliation
    ("said Tom Ellis, the acting director of ICE"); without it (sentence-initial
    "According to X, ...") what follows the comma is the reported clause.
    """
    start, _ = _trim(text, pos, hi)
    end = _card_name_end(text, start) or hi  # "said Sen. Ann Roe Ann RoeTax ..."
    for stop in _AFTER_STOP.finditer(text, start, end):
        if stop.group() == "." and _ABBREVIATION.search(text, start, stop.end()):
            continue  # "said Sen. Tom Carper", "said Robert P. Casey Jr. (D-Pa.)"
        if stop.group() == " and " and _org_and(text, start, stop.start(), hi):
            continue  # "said Customs and Border Protection": one organisation
        end = stop.start()
        break
    speaker = _noun_phrase(text, start, end)
    if speaker is None or speaker.kind == "pronoun":
        return speaker
    if speaker.kind == "noun" and _DETERMINER.match(text, speaker.start, end):
        # "said a person close to the Hendersons", "said the station chief
        # known as Rex": an unnamed source is described by its complement;
        # cutting it off leaves "a person close".
        more = _COMPLEMENT.match(text, speaker.end, hi)
        if more is not None and not _NOT_COMPLEMENT.match(text, more.start(1)):
            end = more.end()
            speaker = _Speaker(speaker.start, end, "noun", None)
    rest = text[end:hi]
    affiliation = speaker.affiliation
    if rest.startswith(",") and appositive:
        tail = rest[1:]
        cut = _APPOS_END.search(tail)
        appos = (tail[: cut.start()] if cut else tail).strip()
        # ", referring to X", ", after Y spoke": a clause, not an apposition.
        first = appos.split(" ", 1)[0].lower()
        clause = first.endswith("ing") or first in _SUBORDINATORS
        if appos and len(appos.split()) <= 20 and not clause:
            affiliation = _affiliation(appos)
            if speaker.kind == "noun" and not _DETERMINER_A.match(text, speaker.start):
                # "said conservation officer, David Wolfrey, who ...", "said the
                # spokesman, John Smith": the name in apposition is the speaker.
                a = end + 1 + len(tail) - len(tail.lstrip())
                name = _named_apposition(text, a, a + len(appos))
                if name is not None:
                    role = text[speaker.start : speaker.end]
                    return _Speaker(name.start, name.end, "name", role)
    elif rest.startswith((" of ", " from ", " at ")):
        cut = _PHRASE_END.search(rest)
        affiliation = _affiliation(rest[: cut.start()] if cut else rest)
    return _Speaker(speaker.start, speaker.end, speaker.kind, affiliation)


_DETERMINER_A = re.compile(r"(?:an?|one|some|another)\s", re.I)
_NAME_TAIL = re.compile(r"\s+(?:of|from)\s+[A-Z][^,]*$|\s*\([^)]*\)$")


def _named_apposition(text: str, a: int, b: int) -> _Speaker | None:
    """Return the person an apposition names ("Rep. Ann Roe of Florida"), or None.

    The whole apposition must be one capitalised run (a title and a name), after
    an affiliation "of Florida" or a party tag "(D-Fla.)" is set aside.
    """
    tail = _NAME_TAIL.search(text, a, b)
    if tail is not None:
        b = tail.start()
    if b <= a or not _CAP_RUN.fullmatch(text, a, b):
        return None
    name = _noun_phrase(text, a, b)
    if name is None or name.kind != "name" or _is_place(text, name):
        return None
    return name


@functools.lru_cache(maxsize=4096)
def _is_title(word: str) -> bool:
    from framing.mentions import is_title_word  # mentions imports quotes

    return is_title_word(word)


# After a lone title word: lower-case role words, then a name ("Deputy press
# secretary Eric Schultz").
_TITLE_THEN_ROLE = re.compile(r"((?:\s+[a-z][\w-]*){1,3})\s+[A-Z][a-z]")


@functools.lru_cache(maxsize=4096)
def _holds_role(last: str) -> bool:
    """Say whether a lower-case word is a role ("administration lawyer")."""
    from framing.voices import _type_table  # voices imports quotes

    rows = _type_table().find(last)
    return bool(rows) and rows[-1].kind != "organisation"


_OBJECT_BEFORE = re.compile(
    r"\b(?:for|to|about|against|by|at|from|on|in|into|over|toward|towards)"
    r"\s+(?:the\s+)?$"
)
# A source owned by a person: "his campaign", "Holt’s office", "her spokesman".
_OWNED_SOURCE = re.compile(
    r"\s*(?:his|her|their|its|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:’s|'s|’|'))"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:campaign|office|spokesman|spokeswoman|"
    r"spokesperson|staff|team|aides?|press\s+secretary|lawyers?|attorneys?)\b"
)


_ASIDE = re.compile(r"\s*(?:who|whom|whose|which|himself|herself|themselves)\b")


_LOWER_NEXT = re.compile(r" [a-z]")
_HYPHEN_ADJ = re.compile(r"-[a-z]+$")  # "Coal-state", "GOP-led", not "Jones-Smith"
_NOUN_WORDS = re.compile(r" [a-z][\w’'-]*")


def _phrase_end(text: str, pos: int, end: int) -> int:
    """Return the end of the lower-case word after ``pos``."""
    m = _NOUN_WORDS.match(text, pos, end)
    return m.end() if m is not None else pos


_JOINED_RUN = re.compile(r" (?:and|of|for) (?:the )?[A-Z][\w.’'-]* [A-Z]")


_CLOSING = re.compile(r"[\s”\"']*")


def _subject_before(art: _Article, lo: int, pos: int) -> _Speaker | None:
    """Return the subject of the clause that a participle cue hangs on.

    "Jeff Sessions on Monday sent out a warning, saying" -> Jeff Sessions. The
    comma-separated segments before ``pos`` are read backwards; in each, the
    first name, pronoun or source phrase that opens it is the subject.
    """
    text = art.text
    end = pos
    while end > lo:
        cut = _last_break(text, lo, end - 1, ",;:!?")
        dash = text.rfind(" - ", lo, end - 1)
        cut = max(cut, dash + 2 if dash >= 0 else -1)
        seg_lo = cut + 1 if cut >= 0 else lo
        seg_lo = _CLOSING.match(text, seg_lo, end).end()  # '“A,” he said, adding'
        lead = _CLAUSE_LEAD.match(text, seg_lo, end)
        s = lead.end() if lead else seg_lo
        if s < end and art.quoted.contains(s) and cut >= 0:
            end = cut  # a quotation's words are no subject ("we" in “..., we ...”)
            continue
        if _ASIDE.match(text, s, end):
            # ", who said last week that a judge was unfair,", ", herself a
            # Lee supporter,": an aside about the subject named before it.
            if cut < 0:
                return None
            end = cut
            continue
        owned = _OWNED_SOURCE.match(text, s, end)
        if owned is not None:
            # "his campaign sent a text, saying", "Holt's office said": the
            # campaign or office speaks, not the person who owns it.
            speaker = _noun_phrase(text, s, owned.end())
            if speaker is not None and speaker.kind == "noun":
                return speaker
        m = _PRONOUN_START.match(text[s:end])
        if m:
            a = s + m.end() - len(m.group().strip())
            return _Speaker(a, s + m.end(), "pronoun", None)
        # The first name among the segment's opening words: "Republican
        # presidential candidate Donald Trump quickly took to Twitter".
        opening = s + len(" ".join(text[s:end].split(" ")[:7]))
        for run in _CAP_RUN.finditer(text, s, end):
            if run.start() >= opening or art.quoted.contains(run.start()):
                break
            if _HYPHEN_ADJ.search(run.group()) and _LOWER_NEXT.match(
                text, run.end(), end
            ):
                # "Coal-state lawmakers", "GOP-led states": an adjective, not a
                # name; the noun phrase it opens is the subject.
                np = _noun_phrase(text, run.start(), _phrase_end(text, run.end(), end))
                if np is not None:
                    return np
                continue
            if _JOINED_RUN.match(text, run.end(), end):
                # "Health and Human Services Secretary Sylvia Burwell": the name
                # closes the last run of an agency's name joined by "and"/"of".
                continue
            _, name, _ = _split_name(_strip_possessive(run.group()))
            role = _TITLE_THEN_ROLE.match(text, run.end(), end)
            if (
                role is not None
                and (
                    (name == run.group() and _is_title(name))
                    or _holds_role(role.group(1).split()[-1])
                )
                and not _CAP_RUN.match(text, role.end() - 2)
                .group()
                .endswith(("’s", "'s"))  # "Gary Johnson’s doctor"
            ):
                # "Deputy press secretary Eric Schultz published", "Trump
                # administration lawyer Sarah Fabian called": the first run
                # opens a role; the name after it is the subject.
                continue
            if _OBJECT_BEFORE.search(text, max(s, run.start() - 16), run.start()):
                # "calling for Pratt's resignation", "a “fiasco” for Acme": the
                # object of a preposition, not the subject.
                continue
            if name and not _WEEKDAYS.fullmatch(name):
                stop = run.start() + len(_strip_possessive(run.group()))
                speaker = _noun_phrase(text, s, min(stop, end))
                if speaker is None:
                    speaker = _noun_phrase(text, run.start(), min(stop, end))
                if speaker is not None:
                    return speaker
                break
        # "the US Conference of Mayors (USCM) questioned ..."
        np = _DET_SUBJECT.match(text[s:end])
        if np:
            speaker = _noun_phrase(text, s, s + np.end())
            if speaker is not None:
                return speaker
        if cut < 0:
            return None
        end = cut
    return None
