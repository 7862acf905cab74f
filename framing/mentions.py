"""What an article says about a named source, around the name's mentions.

`framing.voices` decides a source's type and gender from evidence; this module
collects that evidence from the text: the titles and appositions around the first
mentions of a name ("Sen.", ", a mother of three,"), courtesy titles, and the
pronouns that can only refer to that person; and it says whether a string is a
person's name, an organisation or a group. In a long text a name's mentions are
read from a `word_index` built once, so a text of many sources does not cost a
pass over the whole text per source.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from framing.voices import (
    _GENDERED,
    _HEAD_CUT,
    _HONORIFIC_WORD,
    _INITIAL,
    MIN_NAME_COUNT,
    _bundled_first_names,
    _type_table,
)

__all__ = ["is_title_word", "looks_like_person"]


@dataclass(frozen=True, slots=True)
class _Evidence:
    person: bool  # a single person, not an organisation or a group
    title: str  # capitalised words just before the name ("Attorney General")
    description: str  # appositions around the name
    honorific: str  # "Mr." / "Ms." used with the name, or ""
    pronouns: tuple[str, ...]  # pronouns that refer back to the name


_INSTITUTION_WORDS: frozenset[str] | None = None
_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
_TITLE_RUN = re.compile(r"((?:(?:[A-Z][\w’'.-]*|of|the|for)[ \t]+){1,6})\Z")
# Every character of a title run is one of these: the run starts after the last
# other character (found by matching the reversed text from its start).
_TITLE_RUN_CHARS = re.compile(r"[\w’'.\- \t]*")
_CLAUSE_MARK = re.compile(r"[.;:!?“”\"()\n]")
_LEAD_MARK = re.compile(
    r"[.;:!?“”\"()\n]|,\s|\b(?:said|says|told|added|but|by|with|to)\s"
)
_COPULA = re.compile(r"\s+(?:is|was|has\s+been)\s+(?=(?:a|an|the)\s)")
_AGE = re.compile(r",\s*\d{1,3}\s*(?:,|$)")
_APPOSITION_STOP = re.compile(
    r"[.;:!?“”\"\n]|\s(?:said|says|told|added|adds|wrote|argued|warned|noted)\b"
    r"|,\s+(?:said|says|told|added|adds|and|but)\b"
)
# he, she, him, his, her, hers, himself, herself as whole words, in any case. The
# first character is matched by a case-sensitive class of h, s and what folds to
# them ("ſ"), so that the regex engine skips in C from one such character to the
# next; a lookbehind then checks the word boundary before it.
_PRONOUN = re.compile(
    r"(?-i:[hHsS\u017f])(?<!\w.)"
    r"(?:(?<=(?-i:[hH]))(?:e|im|is|er|ers|imself|erself)|(?<=(?-i:[sS\u017f]))he)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s")
_PLURAL_HEADS = re.compile(
    r"\b(?:officials|sources|people|advocates|activists|experts|residents|critics|"
    r"supporters|opponents|lawmakers|leaders|members|officers|agents|parents|"
    r"students|workers|employees|researchers|analysts|groups|organizations|"
    r"democrats|republicans|executives|aides|staffers|protesters|voters|"
    r"immigrants|families|scientists|economists|doctors|teachers|others|team|staff|"
    r"campaign|office|administration|government|police|authorities|crowd|couple)\b",
    re.IGNORECASE,
)
_DOCUMENT_HEADS = re.compile(
    r"\b(?:report|statement|study|survey|poll|letter|memo|ruling|lawsuit|filing|"
    r"release|website|email|ad|analysis|data|order|bill|law|document|complaint)s?$",
    re.IGNORECASE,
)


_DETS = frozenset({"A", "An", "The", "Two", "Three", "Some", "Several", "Many"})


def _name_cache(fn: Callable[[str], bool]) -> Callable[[str], bool]:
    """Cache a check of a name or description: they recur across articles.

    The cache is keyed on `MIN_NAME_COUNT` too, which the checks read.
    """

    @functools.lru_cache(maxsize=4096)
    def cached(value: str, min_count: int) -> bool:
        return fn(value)

    @functools.wraps(fn)
    def check(value: str) -> bool:
        return cached(value, MIN_NAME_COUNT)

    return check


def _institutions() -> frozenset[str]:
    global _INSTITUTION_WORDS
    if _INSTITUTION_WORDS is None:
        from framing.quotes.cues import _lexicon

        _INSTITUTION_WORDS = frozenset(_lexicon().institutions)
    return _INSTITUTION_WORDS


@_name_cache
def _is_organisation(name: str) -> bool:
    """Say whether a resolved speaker name names an organisation, not a person."""
    words = name.split()
    if not words:
        return False
    if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1):
        return True  # "ACLU", "NAACP"
    # "Army Corps of Engineers", "Chamber of Commerce": people's names have no
    # lower-case "of" or "for" between capitalised words.
    if len(words) >= 3 and any(w in ("of", "for", "and", "&") for w in words[1:-1]):
        return words[-1][:1].isupper()
    owner, mark, own = name.rpartition("’s " if "’s " in name else "'s ")
    if owner and mark and _looks_like_person(own):
        return False  # "RedState’s Sarah Rumpf": the outlet's person
    rows = _type_table().find(name)
    if any(r.kind == "organisation" and not r.pattern.islower() for r in rows):
        return True  # a named organisation: "Sierra Club", not the name Sierra
    first = words[0].strip(".,").lower()
    given = _bundled_first_names().get(first, (0.5, 0))[1] >= MIN_NAME_COUNT
    # "Ed Washington" is a person although "Washington" names a place; a name of
    # four words or more with an institution word is not ("Susan B. Anthony
    # Pro-Life America").
    if given and len(words) in (2, 3):
        return False
    if any(row.kind == "organisation" for row in rows):
        return True
    institutions = _institutions()
    return any(w in institutions for w in words)


_PARTICLES = frozenset(
    [
        "de",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "del",
        "la",
        "le",
        "du",
        "bin",
        "al",
        "el",
        "dos",
        "das",
        "st.",
        "st",
    ]
)
_NOT_PERSON_ENDINGS = frozenset(
    ["Act", "Acts", "Law", "Bill", "Amendment", "Plan", "Program", "Programme"]
)
_PERSON_NOUNS = frozenset(
    [
        "person",
        "woman",
        "man",
        "girl",
        "boy",
        "resident",
        "mother",
        "father",
        "parent",
        "wife",
        "husband",
        "daughter",
        "son",
        "sister",
        "brother",
        "widow",
        "neighbor",
        "neighbour",
        "friend",
        "victim",
        "witness",
        "student",
        "teacher",
        "nurse",
        "doctor",
        "worker",
        "employee",
        "immigrant",
        "refugee",
        "voter",
        "owner",
        "escort",
        "volunteer",
        "caller",
        "viewer",
        "reader",
    ]
)


@functools.lru_cache(maxsize=4096)  # names recur across articles
def _name_shaped(name: str) -> bool:
    """Say whether a speaker looks like a name: capitalised words, no function word.

    "Jessica Vaughan", "Kevin de León", "O'Malley"; not "It's impossible to",
    "federal law", "The president's team".
    """
    words = name.split()
    if not 1 <= len(words) <= 5 or words[0] in _DETS:
        return False
    if words[-1] in _NOT_PERSON_ENDINGS:
        return False  # "Affordable Care Act", "Medicare for All Plan"
    function_words = _function_words()
    for word in words:
        if word.lower() in _PARTICLES or word.startswith(("al-", "el-")):
            continue
        if not word[:1].isupper() or word.strip(".,") in function_words:
            return False
    return True


@_name_cache
def _one_person(description: str) -> bool:
    """Say whether a description names one person: its head noun is a person's.

    "a senior administration official", "a spokeswoman for the ACLU", "his
    mother" are people; "officials", "the company", "the form" are not.
    """
    if not description:
        return False
    # "one woman speaking", "A Brooklyn College of ... professor": a trailing
    # participle is no head, and a person noun that ends the name is.
    last = description.split()
    while len(last) > 2 and last[-1].lower().endswith("ing"):
        last.pop()
    word = last[-1].lower().strip(".,’'") if last else ""
    lead = _HEAD_CUT.split(" ".join(last))[0].split()[-1:] or [""]
    if (
        last[0].lower() in ("a", "an", "one", "another")
        and (lead[0][:1].isupper() or _person_word(lead[0].lower()))
        and word not in _type_table().plurals
        and _person_word(word)
    ):
        return True
    if _is_group(description):
        return False
    head = _HEAD_CUT.split(description)[0].strip(" ,").split()
    if not head:
        return False
    return _person_word(head[-1].lower().strip(".,’'"))


def _person_word(word: str) -> bool:
    if word in _PERSON_NOUNS or word in _GENDERED:
        return True
    rows = _type_table().find(word)
    return bool(rows) and rows[-1].kind in ("role", "affiliate", "title")


def _function_words() -> frozenset[str]:
    global _FUNCTION_WORDS
    if _FUNCTION_WORDS is None:
        from framing.quotes.cues import _word_list

        _FUNCTION_WORDS = frozenset(
            r["word"]
            for r in _word_list("not_names.csv")
            if r["kind"] == "function word"
        )
    return _FUNCTION_WORDS


_FUNCTION_WORDS: frozenset[str] | None = None


@_name_cache
def _is_group(description: str) -> bool:
    """Say whether an unnamed source's description is plural or a document."""
    head = _HEAD_CUT.split(description)[0].strip(" ,")
    words = head.split()
    if not words:
        return False
    last = words[-1].lower().strip(".,’'")
    if last in _type_table().plurals or _PLURAL_HEADS.fullmatch(last):
        return True  # "officials", "hospitals across the state"
    if _DOCUMENT_HEADS.search(head):
        return True
    # "the ACLU", "the company" name an organisation; "a spokeswoman", "a clinic
    # escort" a person: the head noun decides.
    rows = _type_table().find(words[-1])
    if rows:
        return rows[-1].kind == "organisation"
    if words[0].lower() in ("a", "an", "one", "another"):
        return False
    return _is_organisation(head)


def _evidence(
    text: str,
    name: str,
    unnamed: bool,
    mention_pronouns: Iterable[str],
    quoted: Any,
    index: dict[str, list[int]] | None = None,
) -> _Evidence:
    """Collect what the article says about one source (name, titles, pronouns).

    ``index`` is ``word_index(text)``; with it the name's mentions are looked up,
    not searched for (the same mentions, in time independent of the text's length).
    """
    pronouns = [p.lower() for p in mention_pronouns if p]
    if unnamed or not _name_shaped(name) or _is_group(name):
        return _Evidence(_one_person(name), "", "", "", tuple(pronouns))
    if _is_organisation(name):
        return _Evidence(False, "", "", "", ())
    if not text:
        return _Evidence(True, "", "", "", tuple(pronouns))
    surname = name.split()[-1]
    titles: list[str] = []
    descriptions: list[str] = []
    honorific = ""
    for start, end in _mentions(text, name, surname, index):
        m = _Mention(start, end, text[start:end])
        before = text[max(0, m.start() - 80) : m.start()]
        run = _title_run(before)
        if run:
            title = run.group(1).strip()
            # "Jeff" before "Sessions" is a given name, not a title.
            if m.group() == surname and name != surname:
                given = name.rsplit(" ", 1)[0]
                if title.endswith(given):
                    title = title[: -len(given)].strip()
            if title:
                titles.append(title)
                last = title.split()[-1]
                if not honorific and _HONORIFIC_WORD.fullmatch(last):
                    honorific = last
        # Role-then-name: "The county sheriff, Maria Lopez, said"; "said gun
        # shop owner Mike Travers".
        lead = before[:-2] if before.endswith(", ") else before
        lead = _LEAD_MARK.split(lead)[-1]  # what follows the last mark
        if len(lead.split()) <= (8 if before.endswith(", ") else 4):
            descriptions.append(lead)
        after = text[m.end() : m.end() + 160]
        copula = _COPULA.match(after)
        if copula:
            # "Cheryl Campbell is a senior vice president of CGI Federal."
            stop = _APPOSITION_STOP.search(after, copula.end())
            descriptions.append(after[copula.end() : stop.start() if stop else None])
        elif after[:1] in (",", "(") or after.startswith(" ("):
            stop = _APPOSITION_STOP.search(after, 1)
            apposition = after[: stop.start() if stop else len(after)]
            # "Ana Ruiz, 34, said": news copy gives ordinary people's ages.
            if _AGE.match(apposition):
                apposition += " | year-old"
            descriptions.append(apposition)
        pronouns.extend(_following_pronouns(text, m.end(), quoted))
    return _Evidence(
        True, " | ".join(titles), " | ".join(descriptions), honorific, tuple(pronouns)
    )


def _title_run(before: str) -> re.Match[str] | None:
    """Return ``_TITLE_RUN.search(before)``, trying only where a run may start."""
    if not before.endswith((" ", "\t")):
        return None  # a run ends with a space or tab
    start = len(before) - _TITLE_RUN_CHARS.match(before[::-1]).end()
    return _TITLE_RUN.search(before, start)


@dataclass(frozen=True, slots=True)
class _Mention:
    begin: int
    stop: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self) -> str:
        return self.text


# A person is described at the first mentions; later ones add noise and time.
_MAX_MENTIONS = 6
# A run of letters and digits (str.isalnum) starting after a character that is not,
# and not with a digit or a-z (`_indexed`).
_RUN = re.compile(r"(?<![^\W_])[^\W\d_a-z][^\W_]*")
_FIRST_RUN = re.compile(r"[^\W_]+")


def word_index(text: str) -> dict[str, list[int]]:
    """Return where each run of letters and digits not starting in a-z begins.

    One pass over the text; `_mentions` then finds a surname's mentions from the
    list of its first run instead of searching the text.

    Examples
    --------
    >>> word_index("Ann Roe met Roe's aide, Roe-Smith.")["Roe"]
    [4, 12, 24]
    """
    index: dict[str, list[int]] = {}
    for m in _RUN.finditer(text):
        index.setdefault(m.group(), []).append(m.start())
    return index


def _indexed(word: str) -> bool:
    """Say whether `word_index` lists a run: names, not the many lower-case words."""
    return not ("a" <= word[0] <= "z" or word[0].isdigit())


def _mentions(
    text: str,
    name: str,
    surname: str,
    index: dict[str, list[int]] | None = None,
) -> list[tuple[int, int]]:
    """Return the first mentions of a name or its surname, as (start, end).

    A mention is the surname with no letter, digit or apostrophe before it and no
    letter or digit after it. With ``index`` (`word_index` of ``text``) the
    candidates are the starts of the surname's first run; else ``str.find``.
    """
    out: list[tuple[int, int]] = []
    given = name[: len(name) - len(surname)]
    first = _FIRST_RUN.match(surname)
    if index is not None and first is not None and _indexed(first.group()):
        candidates = iter(index.get(first.group(), ()))
    else:
        candidates = _found(text, surname)
    for pos in candidates:
        if len(out) >= _MAX_MENTIONS:
            break
        if not text.startswith(surname, pos):
            continue
        end = pos + len(surname)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "’'") and not after.isalnum():
            start = pos
            if given and text.startswith(given, pos - len(given)):
                start = pos - len(given)
            out.append((start, end))
    return out


def _found(text: str, surname: str):
    """Yield where ``surname`` occurs, each search starting after the last find."""
    pos = text.find(surname)
    while pos >= 0:
        yield pos
        pos = text.find(surname, pos + len(surname))


def _following_pronouns(text: str, pos: int, quoted: Any) -> list[str]:
    """Return the first pronoun after ``pos`` that can only mean that name.

    It must come before the end of the next sentence, outside quotation marks,
    with no capitalised given name in between (another person).
    """
    end = pos
    for _ in range(2):
        m = _SENTENCE_END.search(text, end)
        end = m.end() if m else len(text)
    window = text[pos:end]
    for m in _PRONOUN.finditer(window):
        if quoted(pos + m.start()):
            continue
        between = window[: m.start()]
        given = _given_names(MIN_NAME_COUNT)
        if not given.isdisjoint(map(str.lower, _NAME_WORD.findall(between))):
            return []
        return [m.group().lower()]
    return []


@functools.lru_cache(maxsize=4)
def _given_names(min_count: int) -> frozenset[str]:
    """Lower-case first names with at least ``min_count`` births, but "he", "she"."""
    names = _bundled_first_names()
    return frozenset(k for k, v in names.items() if v[1] >= min_count) - {"he", "she"}


@functools.lru_cache(maxsize=4096)
def is_title_word(word: str) -> bool:
    """Say whether a capitalised word is a title or role ("Father", "Sen.", "Ms.")."""
    if _HONORIFIC_WORD.fullmatch(word):
        return True
    table = _type_table()
    return bool(table.find(word) or table.find(word.lower()))


def looks_like_person(name: Any) -> bool:
    """Say whether a string is a person's name: two or three capitalised words.

    The first word is a given name of the first-name table or an initial, and no
    word names an institution ("Ellen Marsh", "J.R. Whitaker"; not "Energy
    Transfer", "Army Corps").
    """
    if not isinstance(name, str):
        return False
    return _looks_like_person(name)


@_name_cache
def _looks_like_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    first = words[0]
    if not _INITIAL.match(first):
        count = _bundled_first_names().get(first.lower(), (0.5, 0))[1]
        if count < MIN_NAME_COUNT:
            return False
    return not _is_organisation(name)
