"""Who a source is: its type (politician, expert, citizen, ...) and its gender.

`source_type` reads the titles, role nouns and organisations an article gives a source
("Sen.", "a professor of law at", "spokeswoman for the ACLU") through the bundled table
``framing/data/source_types.csv``; `source_gender` reads, in this order, courtesy
titles, gendered titles and role nouns, pronouns that refer to the person, then the
first name through US Social Security Administration birth counts
(``framing/data/first_name_gender.csv``). Both only ever read what the text says.

Types (after the GMMP 2020 coding guide's occupations and the source categories of
Tiffen et al. 2014, "Sources in the News", Journalism Studies 15(4)):

- ``politician``: elected officials and candidates, heads of government, cabinet
  members (GMMP codes a government minister as a politician), party and campaign
  staff, a politician's press secretary, the White House, legislatures, parties;
- ``government``: civil servants, agencies and departments, diplomats, "officials";
- ``law_enforcement``: police, sheriffs, border and immigration agents, FBI, ICE;
- ``legal``: judges, courts, lawyers, prosecutors;
- ``expert``: academics, researchers, think tanks, doctors, pollsters;
- ``advocacy``: interest groups, NGOs, unions, activists, lobbyists;
- ``business``: companies, executives, owners, farmers, business associations;
- ``citizen``: people speaking for themselves: residents, parents, students,
  workers, immigrants, victims, witnesses, protesters;
- ``media``: journalists, outlets, editorial boards;
- ``religious``: clergy and religious organisations;
- ``unknown``: nothing in the text says.

Gender is ``female``, ``male`` or ``unknown`` for a person and ``none`` for an
organisation or a group. Limits: the first-name table is built from US births
1930-2000 and the SSA records sex as two categories, so it says nothing of non-binary
people and is weaker for names common outside the US; a name counts only when at
least 90 % of its births (and at least 1,000) were recorded with one sex. A surname,
a role or an initial never decides. Report the unknown share beside any share of
women.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from framing._validation import check_choice, read_csv_rows, table_error
from framing.errors import InputError

__all__ = [
    "FEMALE_SHARE",
    "GENDERS",
    "MIN_NAME_COUNT",
    "SOURCE_TYPES",
    "load_first_names",
    "source_gender",
    "source_type",
]

SOURCE_TYPES = (
    "politician",
    "government",
    "law_enforcement",
    "legal",
    "expert",
    "advocacy",
    "business",
    "citizen",
    "media",
    "religious",
    "unknown",
)
GENDERS = ("female", "male", "unknown", "none")
#: A first name decides only when this share of its births had one sex ...
FEMALE_SHARE = 0.9
#: ... and the name was given at least this often (US births 1930-2000).
MIN_NAME_COUNT = 1000
_TYPE_KINDS = ("title", "role", "affiliate", "organisation")
_RANK = {"title": 0, "role": 1, "organisation": 2, "affiliate": 3}


@dataclass(frozen=True, slots=True)
class _TypeRow:
    pattern: str
    kind: str  # title | role | affiliate | organisation
    type: str


class _TypeTable:
    """The source-type table, looked up by word n-grams, longest first."""

    def __init__(self, rows: tuple[_TypeRow, ...]) -> None:
        self.rows = rows
        self.by_key: dict[tuple[bool, str], _TypeRow] = {}
        self.plurals: dict[str, _TypeRow] = {}
        for row in rows:
            forms = [row.pattern]
            if row.pattern.islower():
                for plural in _plurals(row.pattern):
                    self.plurals.setdefault(plural, row)
                # Plural organisations describe what people do ("who cleans
                # offices"), so only people's plurals are matched.
                if row.kind != "organisation":
                    forms += _plurals(row.pattern)
            for form in forms:
                exact = not form.islower()
                key = (exact, _space(form) if exact else _fold(form))
                self.by_key.setdefault(key, row)
        # The most words of a key, per first word in lower case: a phrase of two
        # words or more can match only if its first word starts some key.
        self.longest_from: dict[str, int] = {}
        for _, form in self.by_key:
            words = form.lower().split(" ")
            longest = self.longest_from.get(words[0], 0)
            self.longest_from[words[0]] = max(longest, len(words))

    def _row(self, words: list[str]) -> _TypeRow | None:
        phrase = " ".join(words)
        for candidate in (phrase, _POSSESSIVE_END.sub("", phrase)):
            # A capitalised pattern ("ICE", "House") counts only in its case.
            row = self.by_key.get((True, candidate)) or self.by_key.get(
                (False, candidate.lower())
            )
            if row is not None:
                return row
        return None

    @functools.lru_cache(maxsize=8192)  # noqa: B019 - one table, built once
    def find(self, text: str) -> tuple[_TypeRow, ...]:
        """Return the rows found in ``text``, left to right, longest first."""
        words = _TOKEN.findall(text.replace("’", "'"))
        out = []
        i = 0
        while i < len(words):
            # A single word may still match once a period or "'s" is cut off.
            longest = self.longest_from.get(words[i].lower(), 1)
            for n in range(min(longest, len(words) - i), 0, -1):
                row = self._row(words[i : i + n])
                if row is None and words[i + n - 1].endswith("."):
                    # A sentence's full stop is not part of the word.
                    row = self._row([*words[i : i + n - 1], words[i + n - 1][:-1]])
                if row is not None:
                    out.append(row)
                    i += n
                    break
            else:
                i += 1
        return tuple(out)


# Words of a description: hyphens and dashes separate words ("year-old" is
# "year old"), periods stay with abbreviations ("Sen.", "Inc.").
_TOKEN = re.compile(r"[\w'&.]+")
_POSSESSIVE_END = re.compile(r"'s?\Z")


_SPACES = re.compile(r"[\s\-‐‑–—]+")


def _space(text: str) -> str:
    return _SPACES.sub(" ", text.replace("’", "'")).strip()


def _fold(text: str) -> str:
    return _space(text).lower()


def _plurals(noun: str) -> list[str]:
    if noun.endswith("man"):
        return [noun[:-3] + "men"]
    if noun.endswith("person"):
        return [noun[:-6] + "people"]
    if noun.endswith(("s", "x", "ch", "sh")):
        return [noun + "es"]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return [noun[:-1] + "ies"]
    if noun.endswith("ife"):
        return [noun[:-3] + "ives"]
    return [noun + "s"]


@functools.cache
def _type_table() -> _TypeTable:
    label, rows = read_csv_rows(
        files("framing") / "data" / "source_types.csv",
        required=("pattern", "kind", "type", "source"),
        optional=("note",),
    )
    out = []
    seen: dict[tuple[str, str], int] = {}
    for line, row in rows:
        check_choice(label, line, "kind", row["kind"], _TYPE_KINDS)
        check_choice(label, line, "type", row["type"], SOURCE_TYPES)
        key = (row["kind"], row["pattern"])
        if key in seen:
            raise table_error(
                label, line, "pattern", f"{row['pattern']!r} repeats line {seen[key]}"
            )
        seen[key] = line
        out.append(_TypeRow(row["pattern"], row["kind"], row["type"]))
    return _TypeTable(tuple(out))


# ---------------------------------------------------------------------------
# Source type


def source_type(
    name: Any = None,
    affiliation: Any = None,
    title: Any = None,
    description: Any = None,
    party: Any = None,
    organisation: bool = False,
) -> str:
    """Return the type of a source from what the article says about it.

    Parameters
    ----------
    name : str or None
        The speaker as resolved ("Jessica Vaughan", "a senior administration
        official", "American Civil Liberties Union").
    affiliation : str or None
        What the extractor found beside it ("Center for Immigration Studies",
        "The county sheriff", "Sen.").
    title : str or None
        The capitalised words just before the name ("Attorney General").
    description : str or None
        Further description, e.g. an apposition (", a professor of law at X,").
    party : str or None
        A party tag given with the name ("D-Mo."): an elected official.
    organisation : bool, default=False
        The source is an organisation quoted as itself ("American Federation of
        Teachers"): organisation names decide before role nouns.

    Returns
    -------
    str
        One of `SOURCE_TYPES`. A capitalised title before the name decides first
        (a party tag counts as one), then the first role noun ("professor",
        "sheriff", "mother"), then the first organisation ("ACLU", "the
        company"), then a generic role on its own ("an official"), else "unknown".

    Examples
    --------
    >>> source_type("Tom Baker", "a professor of economics at Ohio State")
    'expert'
    >>> source_type("a spokeswoman for the ACLU")
    'advocacy'
    >>> source_type("Ted Cruz", title="Sen."), source_type("Jane Roe")
    ('politician', 'unknown')
    """
    table = _type_table()
    title = _str(title)
    for part in title.split(" | "):
        for row in table.find(part):
            if row.kind == "title" and part.rstrip().endswith(row.pattern.split()[-1]):
                return row.type
    if _str(party):
        return "politician"
    text = " | ".join(
        part
        for part in (_str(name), _str(affiliation), title, _str(description))
        if part
    )
    if not text:
        return "unknown"
    best: tuple[int, int, int] | None = None
    found = "unknown"
    for i, row in enumerate(table.find(text)):
        if row.kind == "title":
            continue  # a title counts only just before the name (above)
        if row.kind == "affiliate" and row.type == "unknown":
            continue
        rank = _RANK[row.kind]
        if organisation and row.kind == "organisation":
            rank = -1  # an organisation quoted as itself: its name decides
        # A named organisation ("Farm Bureau") beats a generic noun ("group").
        score = (rank, row.kind == "organisation" and row.pattern.islower(), i)
        if best is None or score < best:
            best, found = score, row.type
    if best is None and name:
        # "Hospitals across the state": a plural organisation heads the name.
        head = _HEAD_CUT.split(_str(name))[0].split()
        row = table.plurals.get(head[-1].lower()) if head else None
        if row is not None and row.type != "unknown":
            found = row.type
    return found


def _str(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value if isinstance(value, str) else str(value)


# ---------------------------------------------------------------------------
# Gender

# Courtesy titles and gendered titles or role nouns (AP Stylebook courtesy titles;
# the gendered forms of titles.csv and source_nouns.csv).
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?(?=\s)")
_HONORIFIC_WORD = re.compile(r"(?:Mr|Mrs|Ms|Miss)\.?")
_GENDERED_WORDS = {
    "female": (
        "spokeswoman congresswoman councilwoman chairwoman assemblywoman "
        "businesswoman mother grandmother wife widow daughter sister aunt woman "
        "actress queen nun"
    ),
    "male": (
        "spokesman congressman councilman chairman assemblyman businessman father "
        "grandfather husband widower son brother uncle man actor king priest"
    ),
}
_GENDERED = {
    word: gender for gender, words in _GENDERED_WORDS.items() for word in words.split()
}
_GENDERED_RE = re.compile(
    r"\b(" + "|".join(sorted(_GENDERED, key=len, reverse=True)) + r")\b", re.I
)
_PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female"}
_PRONOUN_GENDER["her"] = "female"
_PRONOUN_GENDER["hers"] = "female"
_PRONOUN_GENDER["himself"] = "male"
_PRONOUN_GENDER["herself"] = "female"
# "whose son", "her husband", "the governor's wife": someone else's relative.
_POSSESSOR = re.compile(
    r"(?:\b(?:whose|his|her|their|its|my|our|your)|['’]s?)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*\Z|[A-Z]\Z")


@functools.cache
def _bundled_first_names() -> Mapping[str, tuple[float, int]]:
    return load_first_names(files("framing") / "data" / "first_name_gender.csv")


def load_first_names(source: Any = None) -> Mapping[str, tuple[float, int]]:
    """Load a first-name table: name -> (share of births recorded female, count).

    Parameters
    ----------
    source : None, path-like or pandas.DataFrame
        None gives the bundled table built by ``scripts/build_first_names.py``
        from US SSA birth counts 1930-2000. Columns ``name``, ``p_female``
        (0 to 1), ``count`` (births), ``source``.

    Returns
    -------
    dict
        Keys in lower case.

    Raises
    ------
    LexiconError
        At the first bad row, naming file, line and column.
    """
    if source is None:
        return _bundled_first_names()
    label, rows = read_csv_rows(
        source, required=("name", "p_female", "count", "source"), optional=()
    )
    out: dict[str, tuple[float, int]] = {}
    for line, row in rows:
        try:
            share = float(row["p_female"])
        except ValueError:
            share = -1.0
        if not 0.0 <= share <= 1.0:
            raise table_error(
                label, line, "p_female", f"expected 0 to 1, got {row['p_female']!r}"
            )
        if not row["count"].isdigit():
            raise table_error(
                label, line, "count", f"expected a whole number, got {row['count']!r}"
            )
        out[row["name"].lower()] = (share, int(row["count"]))
    return out


def _first_name_gender(name: str, overrides: Mapping[str, str]) -> str:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    words = [w for w in words if not _HONORIFIC_WORD.fullmatch(w)]
    if len(words) < 2:
        return "unknown"  # a surname alone says nothing
    roles = _type_table()
    for word in words[:-1]:
        if _INITIAL.match(word):
            continue  # never guess from an initial; a middle name may follow
        if roles.find(word) or roles.find(word.lower()):
            continue  # "Superintendent Greg Lawson", "Economist Ruth Abrams"
        key = word.strip(".,’'").lower()
        if key in overrides:
            return overrides[key]
        share, count = _bundled_first_names().get(key, (0.5, 0))
        if count < MIN_NAME_COUNT:
            return "unknown"
        if share >= FEMALE_SHARE:
            return "female"
        if share <= 1 - FEMALE_SHARE:
            return "male"
        return "unknown"
    return "unknown"


def source_gender(
    name: Any = None,
    *,
    person: bool = True,
    honorific: Any = None,
    description: Any = None,
    pronouns: Iterable[str] = (),
    overrides: Mapping[str, str] | None = None,
) -> str:
    """Return the gender of a source from the article's evidence, in a fixed order.

    Parameters
    ----------
    name : str or None
        The name as resolved ("Jessica Vaughan").
    person : bool, default=True
        False for an organisation or group: the answer is "none".
    honorific : str or None
        A courtesy title used with the name in the article ("Ms.", "Mr.").
    description : str or None
        Titles and appositions ("a spokeswoman for", "a mother of three").
    pronouns : iterable of str
        Pronouns the article uses for this person ("she", "his").
    overrides : mapping, optional
        Full name or first name (any case) -> "female" / "male" / "unknown":
        the user's own knowledge, applied first.

    Returns
    -------
    str
        "female", "male", "unknown" or "none". Order of evidence: override,
        courtesy title, gendered title or role noun, pronouns (the majority;
        a tie is unknown), first name (`FEMALE_SHARE`, `MIN_NAME_COUNT`).

    Examples
    --------
    >>> source_gender("Jessica Vaughan"), source_gender("Jordan Ellis")
    ('female', 'unknown')
    >>> source_gender("Jordan Ellis", pronouns=["she"])
    'female'
    >>> source_gender("Vaughan"), source_gender("J. Vaughan")
    ('unknown', 'unknown')
    >>> source_gender("US Conference of Mayors", person=False)
    'none'
    """
    if not person:
        return "none"
    name = _str(name)
    table = {k.lower(): v for k, v in (overrides or {}).items()}
    if name.lower() in table:
        return table[name.lower()]
    mark = _HONORIFIC.match(_str(honorific).strip() + " ")
    if mark:
        return "male" if mark.group(1) == "Mr" else "female"
    words = {
        _GENDERED[m.group(1).lower()]
        for m in _GENDERED_RE.finditer(_str(description))
        if not _POSSESSOR.search(_str(description), 0, m.start())
    }
    if len(words) == 1:
        return words.pop()
    votes = {"female": 0, "male": 0}
    for pronoun in pronouns:
        gender = _PRONOUN_GENDER.get(str(pronoun).lower())
        if gender:
            votes[gender] += 1
    if votes["female"] != votes["male"]:
        return "female" if votes["female"] > votes["male"] else "male"
    return _first_name_gender(name, table)


def check_overrides(overrides: Any) -> dict[str, str]:
    """Validate a user override table: mapping or DataFrame name -> gender."""
    if overrides is None:
        return {}
    if hasattr(overrides, "columns"):
        if not {"name", "gender"} <= set(overrides.columns):
            raise InputError(
                "genders must be a mapping name -> gender or a DataFrame with the "
                f"columns 'name' and 'gender'; columns are {list(overrides.columns)}"
            )
        overrides = dict(zip(overrides["name"], overrides["gender"], strict=True))
    if not isinstance(overrides, Mapping):
        raise InputError(
            "genders must be a mapping name -> gender or a DataFrame; "
            f"got {type(overrides).__name__}"
        )
    out = {}
    for key, value in overrides.items():
        if value not in ("female", "male", "unknown"):
            raise InputError(
                f"genders[{key!r}] must be 'female', 'male' or 'unknown'; got {value!r}"
            )
        out[str(key).lower()] = value
    return out


# ---------------------------------------------------------------------------
# Evidence from the article


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
    if not description or _is_group(description):
        return False
    head = _HEAD_CUT.split(description)[0].strip(" ,").split()
    if not head:
        return False
    word = head[-1].lower().strip(".,’'")
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


_HEAD_CUT = re.compile(
    r"\s+(?:of|for|at|from|who|with|in|on|across|near|outside|inside|around|"
    r"throughout|close|familiar|whose|that|which)\s+"
)


def _role_head(phrase: str) -> bool:
    """Say whether a phrase is headed by a role noun ("a White House spokesman")."""
    rows = _type_table().find(phrase)
    return any(r.kind in ("role", "affiliate", "title") for r in rows)


def _evidence(
    text: str,
    name: str,
    unnamed: bool,
    mention_pronouns: Iterable[str],
    quoted: Any,
    near: tuple[int, int] | None = None,
) -> _Evidence:
    """Collect what the article says about one source (name, titles, pronouns).

    ``near`` is the span of the source's quotes: its name is looked for within
    `_NEAR` characters of it, so a text of many sources costs each source a
    bounded search, not a pass over the whole text (issue 20).
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
    lo, hi = (0, len(text)) if near is None else near
    lo, hi = max(0, lo - _NEAR), min(len(text), hi + _NEAR)
    for start, end in _mentions(text, name, surname, lo, hi):
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
# How far before its first quote and after its last a source's name is looked for:
# a whole news article (tens of thousands of characters), a bounded window of a
# text that holds many stories.
_NEAR = 20_000


def _mentions(
    text: str, name: str, surname: str, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """Return the first mentions of a name or its surname in text[lo:hi]."""
    out: list[tuple[int, int]] = []
    hi = len(text) if hi is None else hi
    given = name[: len(name) - len(surname)]
    pos = text.find(surname, lo, hi)
    while pos >= 0 and len(out) < _MAX_MENTIONS:
        end = pos + len(surname)
        before = text[pos - 1] if pos else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "’'") and not after.isalnum():
            start = pos
            if given and text.startswith(given, pos - len(given)):
                start = pos - len(given)
            out.append((start, end))
        pos = text.find(surname, end, hi)
    return out


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
