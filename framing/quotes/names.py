"""People named in one article: capitalised runs split into title and name."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from framing.quotes._patterns import _EndAnchored
from framing.quotes.cues import (
    _lexicon,
)
from framing.text import (
    SpanIndex,
)

# ---------------------------------------------------------------------------
# Names

# A capitalised word of a name: initials ("W."), a few abbreviations that end in a
# period, or a word starting with a capital ("O’Malley", "McConnell", "al-Assad").
_ABBREVIATIONS = (
    "Jr|Sr|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Maj|Capt|Adm|Sgt|Rev|Prof|St"
)
_CAP = rf"(?:(?:{_ABBREVIATIONS})\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'-]*(?<![’'-]))"
# The same word with its capital read first, each branch checking it by a
# lookbehind: a pattern that opens with a character class lets the regex engine
# skip to the next capital in C, instead of trying a match at every position.
_FIRST_CAP = (
    "[A-Z](?:(?:"
    + "|".join(f"(?<={a[0]}){a[1:]}" for a in _ABBREVIATIONS.split("|"))
    + r")\.|\.(?:[A-Z]\.)*|[\w’'-]*(?<![’'-]))"
)
_PARTICLE = r"(?:de|van|von|der|den|da|di|del|la|le|du|bin|al|el|dos|das)"
# "Anwar al-Awlaki", "Bashar al-Assad": a lower-case article joined by a hyphen.
_HYPHEN_PARTICLE = r"(?:al|el|ad|as|ash|at|az|ul|bin|ibn|abu)-"
_CAP_RUN = re.compile(
    rf"{_FIRST_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+|{_HYPHEN_PARTICLE})?{_CAP})*"
)
# Capitalised words that start sentences or name institutions, never a person's
# given name or surname: a run is cut after the last of them.
_WEEKDAYS = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)


@dataclass(slots=True)
class _Person:
    name: str
    gender: str  # "male", "female" or "" unknown
    role: str  # e.g. "mayor" from "Mayor Rahm Emanuel"
    party: str = ""  # "D-Mo." from "Sen. Claire McCaskill (D-Mo.)"


class _Registry:
    """People named in one article: full names, surnames, roles, mentions."""

    def __init__(self) -> None:
        self.by_surname: dict[str, _Person] = {}
        self.surnames: dict[str, list[_Person]] = {}  # everyone with the surname
        self.by_full: dict[str, _Person] = {}
        self.by_role: dict[str, _Person | None] = {}
        self.mentions: list[tuple[int, _Person]] = []  # in text order

    def add(self, name: str, gender: str, role: str, pos: int) -> _Person:
        person = self.by_full.get(name)
        if person is None:
            person = self.pick(name.split()[-1], gender, pos)
        if (
            person is not None
            and " " in name
            and " " in person.name
            and not _same_given_name(name.split()[0], person.name.split()[0])
        ):
            person = None  # "Paul Grant" after "Maya Grant": one surname, two people
        if person is None:
            person = _Person(name, gender, role)
            self.by_full[name] = person
            self.by_surname.setdefault(name.split()[-1], person)
            self.surnames.setdefault(name.split()[-1], []).append(person)
        else:
            person.gender = person.gender or gender
            person.role = person.role or role
        if role:
            known = self.by_role.get(role, person)
            self.by_role[role] = person if known is person else None
        self.mentions.append((pos, person))
        return person

    def before(self, pos: int):
        """Yield the people mentioned before ``pos``, nearest first (no copy)."""
        mentions = self.mentions
        k = bisect.bisect_left(mentions, pos, key=lambda m: m[0])
        for i in range(k - 1, -1, -1):
            yield mentions[i][1]

    def last_with_role(self, role: str, pos: int) -> _Person | None:
        """Return the person with ``role`` mentioned last before ``pos``."""
        for person in self.before(pos):
            if person.role == role:
                return person
        return None

    def lookup_label(self, label: str) -> _Person | None:
        """Find the person a capitalised label names ("ROE", "ANN LEE")."""
        last = label.split()[-1].lower()
        for surname, person in self.by_surname.items():
            if surname.lower() == last:
                return person
        return None

    def pick(self, surname: str, gender: str, pos: int) -> _Person | None:
        """Return who a bare surname means: "Mrs. Clinton" after "Bill Clinton".

        With several people of that surname, the one of the right gender (from
        a courtesy title) mentioned last before ``pos``; else the first named.
        """
        people = self.surnames.get(surname)
        if not people or len(people) == 1:
            return self.by_surname.get(surname)
        for person in self.before(pos):
            if person in people and (not gender or person.gender in ("", gender)):
                return person
        return self.by_surname[surname]

    def lookup(self, name: str, gender: str = "", pos: int = 0) -> _Person | None:
        person = self.by_full.get(name)
        if person is None and pos:
            return self.pick(name.split()[-1], gender, pos)
        return person or self.by_surname.get(name.split()[-1])


def _same_given_name(a: str, b: str) -> bool:
    """Say whether two given names may be one person's: "Chuck" and "Charles".

    Equal names, an initial and a name it starts ("C." and "Charles"), or a
    short form from nicknames.csv. Used only for people of one surname in one
    article ("Chuck Schumer" ... "Charles E. Schumer").
    """
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        if len(x.rstrip(".")) == 1 and x[0].isupper() and y.startswith(x[0]):
            return True
    return b in _lexicon().same_person.get(a, ())


def _strip_possessive(name: str) -> str:
    if name.endswith(("’s", "'s", "’", "'")):
        return name[: -2 if name[-1] == "s" else -1]
    return name


# The caches of the pure functions that read capitalised runs hold a corpus's
# worth (at most about 10 MB), so a run repeated across articles is split once:
# the benchmark's 600 articles have 6,380 distinct runs, and with room for 4,096
# the least recently used ones were evicted and split again on every pass.
_CACHE_SIZE = 32768


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _split_name(run: str) -> tuple[str, str, str]:
    """Split a capitalised run into (title part, name, gender from title/name).

    "Attorney General Jeff Sessions" -> ("Attorney General", "Jeff Sessions", "").
    The name is the longest tail of at most four words none of which is an
    institution or function word.
    """
    lex = _lexicon()
    words = run.split()
    k = len(words)
    while k > 0 and words[k - 1] not in lex.not_names and len(words) - k < 4:
        k -= 1
    name_words = words[k:]
    title = " ".join(words[:k])
    gender = ""
    for part in (title.split()[-1:] if title else []) + [title]:
        info = lex.title_info.get(part.lower())
        if info and info[1]:
            gender = info[1]
    if name_words and not gender:
        gender = lex.first_names.get(name_words[0], "")
    return title, " ".join(name_words), gender


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _role_of(title: str) -> str:
    """Return the role of the last title in ``title`` ("Mayor" -> "mayor")."""
    lex = _lexicon()
    words = title.split()
    for n in range(min(4, len(words)), 0, -1):
        info = lex.title_info.get(" ".join(words[-n:]).lower())
        if info:
            return info[0]
    return ""


# Last words of organisation names (judgement, from US federal agency and
# company naming): what makes "X and Y Protection" one body, not two places.
_ORG_HEAD_WORDS = (
    "Protection|Enforcement|Services|Security|Affairs|Development|Commerce|"
    "Trade|Energy|Justice|Education|Research|Prevention|Control|Safety|Health|"
    "Management|Technology|Science|Sciences|Arts|Industry|Industries|Council|"
    r"Association|Institute|Center|Centre|Company|Corporation|Corp\.?|Foundation|"
    "Fund|Society|Committee|Department|Bureau|Agency|Administration|Office|"
    r"Commission|Board|Group|Partners|Inc\.?|LLC|Bank|University|College|Party|"
    "Union|League|Coalition|Alliance|Network|Project|Studies|Policy|Planning|"
    "Welfare|Labor|Families|Resources|Statistics|Reform|Rights|Liberties"
)
_ORG_HEADS = _EndAnchored(
    rf"\b(?:{_ORG_HEAD_WORDS})(?:’s|'s)?$",
    # "Corp\.?" ends with "Corp" or "."
    _ORG_HEAD_WORDS.replace(r"\.?", "") + "|.|’s|'s",
)


def _build_registry(text: str, quoted: SpanIndex) -> _Registry:
    registry = _Registry()
    for m in _CAP_RUN.finditer(text):
        if quoted.contains(m.start()):
            continue  # people named inside a quotation are not the narrator's
        info = _run_info(m.group())
        if info is None:
            continue
        name, gender, role, offset, full, org = info
        if org:
            continue  # "Border Protection" (of "Customs and Border Protection")
        if full:
            person = registry.add(name, gender, role, m.start() + offset)
        elif name in registry.by_surname:
            person = registry.add(name, gender, "", m.start() + offset)
        else:
            continue
        tag = _PARTY_TAG.match(text, m.end()) if not person.party else None
        if tag is not None:
            person.party = tag.group(1) + (f"-{tag.group(2)}" if tag.group(2) else "")
    return registry


# A party tag after a legislator's name (AP style): "(D-Mo.)", ", R-Okla.,", "(I)".
_PARTY_TAG = re.compile(
    r"(?:\s*\(|,\s+)([DRI])(?:-((?:[A-Z][a-z]*\.?\s?){1,3}?))?\s*(?=\)|,)"
)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _run_info(run: str) -> tuple[str, str, str, int, bool, bool] | None:
    """Return what a capitalised run says of a person, or None if no name.

    (name, gender, role, offset of the name, full name or title given, name
    ends as an organisation's does: "Border Protection").
    """
    run = _strip_possessive(run)
    title, name, gender = _split_name(run)
    if not name:
        return None
    role = _role_of(title) if title else ""
    full = len(name.split()) >= 2 or bool(role)
    org = _ORG_HEADS.search(name) is not None
    return name, gender, role, len(run) - len(name), full, org
