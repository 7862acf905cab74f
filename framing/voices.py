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
from collections.abc import Iterable, Mapping
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

    @functools.lru_cache(maxsize=32768)  # noqa: B019 - one table, built once
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
# Organisation names by their shape, typed as the shared codebook (section C) types
# them: trade groups and companies are business, broadcasters media. The industry
# words follow the sector titles of NAICS 2022 (US Census Bureau); the station
# shapes the FCC's call signs (K or W and three letters) and network channel
# numbers. The word lists are ours (judgement).

_STAFF_TYPES = frozenset(["advocacy", "business", "expert", "media"])
_PROFESSION_TYPES = frozenset(["legal", "law_enforcement", "religious"])
_CAPS = r"(?:[A-Z][\w&'’.-]*\s+)"
_INDUSTRY = (
    r"Coal|Oil|Gas|Petroleum|Mining|Electric|Utilities|Power|Manufacturers|"
    r"Manufacturing|Chemistry|Chemical|Pharmaceutical|Retail|Retailers|Restaurant|"
    r"Hotel|Lodging|Trucking|Airlines|Automobile|Auto|Bankers|Banking|Insurance|"
    r"Insurers|Realtors|Builders|Homebuilders|Contractors|Grocers|Beverage|Software|"
    r"Technology|Telecommunications|Wireless|Broadcasters|Cattlemen|Growers|Dairy|"
    r"Shooting|Firearms|Business|Industry|Industries|Employers|Franchise|"
    r"Entertainment|Tobacco|Timber|Steel|Railroads|Hospital|Hospitals|Health\s+Plans"
)
_SHAPES = (
    # "Kentucky Coal Association", "Entertainment Software Association".
    (
        "business",
        rf"\b(?:{_INDUSTRY})\s+{_CAPS}*(?:Association|Council|Institute|Alliance|"
        r"Federation|Coalition|Foundation|Roundtable|Board)\b",
    ),
    # "Cowen and Co", "Acme Corp.", "Blue Oak Holdings".
    (
        "business",
        r"\b(?:and|&)\s+Co\b|(?<=\s)(?:Inc|Corp|LLC|Ltd|PLC|Holdings|Partners|"
        r"Securities)\b",
    ),
    # "FOX 31", "KDKA-TV", "WJLA".
    (
        "media",
        r"\b(?:FOX|Fox|NBC|ABC|CBS|CW|PBS)\s?\d{1,2}\b|\b[KW][A-Z]{3}(?:-TV)?\b",
    ),
)
_SHAPE_RES = tuple(
    (_TypeRow(f"<{kind.title()} name>", "organisation", kind), re.compile(pattern))
    for kind, pattern in _SHAPES
)


def _shaped(text: str) -> tuple[_TypeRow, ...]:
    """Return a row for each organisation shape ``text`` holds."""
    return tuple(row for row, pattern in _SHAPE_RES if pattern.search(text))


# A named organisation: capitalised words ending with an organisation's head noun
# ("Parents Television Council", "Tenants Association"). A role noun inside one is
# part of the name, not the person's role.
_NAMED_ORGANISATION = re.compile(
    r"(?:\b[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|&|the|on|in)\s+)*)+"
    r"(?:Association|Council|Coalition|Alliance|Federation|Foundation|Institute|"
    r"Center|Centre|Union|League|Society|Fund|Project|Committee|Network|Caucus|"
    r"Board|Company|Corporation)\b"
    # ... with what follows its "of" or "for": "American Federation of Teachers".
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)?"
)


def _rows_in(table: _TypeTable, text: str) -> tuple[_TypeRow, ...]:
    """Return the table's rows and the organisation shapes found in ``text``."""
    return _rows_of(text) if table is _type_table() else _find_rows(table, text)


# Sized for the parts (name, apposition, title, description) of a few thousand
# sources: each part is looked up on its own.
@functools.lru_cache(maxsize=32768)
def _rows_of(text: str) -> tuple[_TypeRow, ...]:
    return _find_rows(_type_table(), text)


def _find_rows(table: _TypeTable, text: str) -> tuple[_TypeRow, ...]:
    rows = (*table.find(text), *_shaped(text))
    masked = _NAMED_ORGANISATION.sub(" ", text)
    if masked == text:
        return rows
    outside = set(table.find(masked))
    return tuple(r for r in rows if r.kind != "role" or r in outside)


# ---------------------------------------------------------------------------
# Source type


# Where a description's head noun phrase ends ("a spokesman for ICE" -> "a spokesman").
_HEAD_CUT = re.compile(
    r"\s+(?:of|for|at|from|who|with|in|on|across|near|outside|inside|around|"
    r"throughout|close|familiar|whose|that|which)\s+"
)


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
    parts = [_str(name), _str(affiliation), title, _own_words(_str(description))]
    if not any(parts):
        return "unknown"
    best: tuple[bool, float, bool, int] | None = None
    found = "unknown"
    found_rows = [
        (where, row)
        for where, part in enumerate(parts)
        if part
        for row in _rows_in(table, part)
    ]
    # A lawyer, officer or cleric speaking for a group keeps the profession.
    profession = any(
        row.type in _PROFESSION_TYPES
        and (row.kind == "role" or (row.kind == "title" and where == 0))
        for where, row in found_rows
    )
    for i, (where, row) in enumerate(found_rows):
        if row.kind == "title" and where != 0:
            continue  # a title counts only just before the name (above) ...
        if row.kind == "affiliate" and row.type == "unknown":
            continue
        # ... or inside it ("acting Secretary of Defense Pat Shanahan").
        rank: float = 1 if row.kind == "title" else _RANK[row.kind]
        named = row.kind == "organisation" and not row.pattern.islower()
        if organisation and row.kind == "organisation":
            rank = -1  # an organisation quoted as itself: its name decides
        elif named and where < 2 and not profession and row.type in _STAFF_TYPES:
            # Its staff speak for a named group, company, think tank or
            # outlet (codebook C: "NGOs and their staff"): "a senior fellow
            # with the Tax Foundation", "Cowen and Co analyst".
            rank = 0.5
        # A named organisation ("Farm Bureau") beats a generic noun ("group").
        # What the name, its apposition and title say before the other mentions.
        score = (where == 3, rank, not named and row.kind == "organisation", i)
        if best is None or score < best:
            best, found = score, row.type
    if best is None or best[0]:
        # "director of public policy at the Parents Television Council": the
        # named organisation one works for decides before the other mentions.
        from framing.officials import _staff_of_organisation

        staff = _staff_of_organisation(parts[1])
        if staff:
            return staff
    if best is None and name:
        # "Hospitals across the state": a plural organisation heads the name.
        head = _HEAD_CUT.split(_str(name))[0].split()
        row = table.plurals.get(head[-1].lower()) if head else None
        if row is not None and row.type != "unknown":
            found = row.type
    return found


# "former Secretary of State Hillary Clinton": an office held before says who the
# person was, not in what role the article quotes them.
_FORMER = re.compile(r"\b(?:former|ex|then|onetime|one-time|erstwhile)\b", re.I)
_OFFICE_TYPES = frozenset(["politician", "government", "legal"])


def _office_type(title: Any = None, affiliation: Any = None) -> str:
    """Return the type of the office a title or apposition gives a known person.

    A known official (`framing.officials`, or a person of the actors table) is
    typed by the table, unless the article names the office the person holds in
    it: "Secretary of State John Kerry", "Laurel Lee, Florida's secretary of
    state" (codebook C: appointed officials are government), "Alabama GOP Sen.
    Jeff Sessions" (a politician, whatever office he held later). Only offices
    count (politician, government, legal), and not a former one; else "unknown".

    Examples
    --------
    >>> _office_type("Secretary of State"), _office_type("Sen."), _office_type("Dr.")
    ('government', 'politician', 'unknown')
    >>> _office_type("former Secretary of State"), _office_type(None, "a county judge")
    ('unknown', 'legal')
    """
    title, affiliation = _str(title), _str(affiliation)
    if _FORMER.search(title) or _FORMER.search(affiliation):
        return "unknown"
    found = source_type(affiliation=affiliation, title=title)
    return found if found in _OFFICE_TYPES else "unknown"


# "Lawyers for actress Lori Loughlin": in the words just before a name, what comes
# before a preposition describes someone else.
_PREPOSITIONS = ("for", "of", "by", "with", "from", "to")
_LEAD_PREPOSITION = re.compile(r".*\b(?:for|of|by|with|from|to)\s+", re.DOTALL)


def _own_words(description: str) -> str:
    """Return a description with each lead cut to what follows its last preposition.

    Leads are the parts that do not open with a comma or a bracket (appositions
    do): "Lawyers for actress" -> "actress".
    """
    if not any(f" {p} " in description for p in _PREPOSITIONS):
        return description
    parts = description.split(" | ")
    for i, part in enumerate(parts):
        if not part.lstrip().startswith((",", "(")):
            parts[i] = _LEAD_PREPOSITION.sub("", part)
    return " | ".join(parts)


def _str(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value if isinstance(value, str) else str(value)


# Countries speaking through their governments ("China said", "Mexico has
# rejected"): the UN member states' common short names (un.org, Member States),
# with "the United States", "Britain" and "the U.S."; not Jordan, also a surname
# ("Jordan said" is most often Rep. Jim Jordan). Judgement: the list is typed from
# the UN's, not drawn from news text.
_COUNTRIES = (
    "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|"
    "Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|"
    "Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|"
    "Cambodia|Cameroon|Canada|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|"
    "Cyprus|Czech Republic|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|"
    "El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|"
    "Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|"
    "India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Kazakhstan|"
    "Kenya|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|"
    "Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mexico|Moldova|Monaco|"
    "Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|"
    "New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|"
    "Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|"
    "Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|"
    "Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|"
    "Switzerland|Syria|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|"
    "Uganda|Ukraine|United Arab Emirates|United Kingdom|Britain|Great Britain|"
    "United States|U\\.S\\.|US|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|"
    "Zimbabwe"
)
_COUNTRY = re.compile(rf"(?:[Tt]he\s+)?(?:{_COUNTRIES})")


def _is_country(name: str) -> bool:
    """Say whether a source's name is a country, speaking through its government."""
    return _COUNTRY.fullmatch(name.strip()) is not None


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
_DESCRIBED = re.compile(r"(?:a|an|one|another|the)\s", re.IGNORECASE)
_NOT_GIVEN = re.compile(r"['’]s?\Z|\A[^A-Z]")


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
    if len(words) < 2 or not words[-1][:1].isupper():
        return "unknown"  # a surname alone says nothing; nor a description
    if _DESCRIBED.match(name) or words[0].lower() == "some":
        return "unknown"
    roles = _type_table()
    names = _bundled_first_names()
    for word in words[:-1]:
        if _INITIAL.match(word):
            continue  # never guess from an initial; a middle name may follow
        if roles.find(word) or roles.find(word.lower()):
            continue  # "Superintendent Greg Lawson", "Economist Ruth Abrams"
        key = word.strip(".,’'").lower()
        if key in overrides:
            return overrides[key]
        if _NOT_GIVEN.search(word) or key not in names:
            # Not a given name: an outlet's possessive ("NPR's Elise Hu"), a
            # word of a title ("acting", "Senior"), a name no table lists.
            continue
        share, count = names[key]
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
    if _is_country(name):
        return "none"  # "Norway said": a government, not a person
    table = {k.lower(): v for k, v in (overrides or {}).items()}
    if name.lower() in table:
        return table[name.lower()]
    mark = _HONORIFIC.match(_str(honorific).strip() + " ")
    if mark:
        return "male" if mark.group(1) == "Mr" else "female"
    description = _str(description)
    if _DESCRIBED.match(name):
        # "one councilman", "a woman in the ad": the description is the name.
        description = f"{name} | {description}"
    words = {
        _GENDERED[m.group(1).lower()]
        for m in _GENDERED_RE.finditer(description)
        if not _POSSESSOR.search(description, 0, m.start())
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


def __getattr__(name: str) -> Any:
    # The name checks moved to framing.mentions (issue 20 split this module);
    # ``framing.voices.looks_like_person`` and ``is_title_word`` still resolve.
    if name in ("looks_like_person", "is_title_word"):
        from framing import mentions

        return getattr(mentions, name)
    raise AttributeError(f"module 'framing.voices' has no attribute {name!r}")
