"""Known officials: who a named politician is, before any guess from the text.

A speaker the officials table lists is decided by the table: gender, party and
type ("politician"), before a courtesy title's absence, a role noun or the
first-name table is consulted. "Lindsey Graham" is a man and a Republican senator
whatever US birth records say of the name Lindsey, and "Graham said" without a
title is still a politician.

The bundled table, ``framing/data/officials.csv``, holds every member of the US
Congress 2013-2026 and every president and vice president since 1981 (1,051
people, from unitedstates/congress-legislators, CC0). Pass your own table (another
country, a state legislature, a city council) to `load_officials` and then to
`framing.balance.sources` as ``officials=``.

A name matches an official when it is the official's given name (first name,
nickname or middle name) and surname ("Lindsey Graham", "Chuck Schumer", "Robert
P. Casey Jr."), after any titles. A surname alone ("Graham", "President Trump")
matches when exactly one official with that surname is named in full in the
article, else when it is the surname of one president or vice president only
(every person with it agreeing on gender and party). A given name that is not the
official's ("Kelly Ayotte" against Mark Kelly) never matches.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from framing._validation import check_choice, read_csv_rows, table_error

__all__ = ["Official", "OfficialsTable", "kind_of_source", "load_officials"]

_GENDERS = ("female", "male", "unknown")
_PARTY_CODES = {
    "democrat": "D",
    "democratic": "D",
    "d": "D",
    "republican": "R",
    "r": "R",
    "independent": "I",
    "i": "I",
    "libertarian": "L",
    "l": "L",
}
_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
_HEAD_OFFICES = frozenset(["president", "vice_president"])
# Titles and courtesy titles a speaker may keep before the name.
_TITLE_WORDS = frozenset(
    [
        "republican",
        "democrat",
        "democratic",
        "independent",
        "gop",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sen",
        "sen.",
        "senator",
        "rep",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "president",
        "vice",
        "former",
        "gov",
        "gov.",
        "governor",
        "speaker",
        "leader",
        "majority",
        "minority",
        "whip",
        "chairman",
        "chairwoman",
        "house",
        "senate",
        "the",
        "u.s.",
        "us",
    ]
)


@dataclass(frozen=True, slots=True)
class Official:
    """One row of an officials table."""

    first: str  # "Lindsey"
    last: str  # "Graham"
    given: tuple[str, ...]  # every given name that may stand before ``last``
    gender: str  # "female", "male" or "unknown"
    party: str  # "D", "R", "I", "L" or ""
    office: str  # "senator", "representative|senator", "president", ...
    type: str  # the source type: "politician" for elected office holders

    @property
    def head(self) -> bool:
        """Say whether the official was president or vice president."""
        return not _HEAD_OFFICES.isdisjoint(self.office.split("|"))


class OfficialsTable:
    """Officials looked up by surname; see the module docstring for the rules."""

    def __init__(self, officials: tuple[Official, ...]) -> None:
        self.officials = officials
        self.by_last: dict[str, list[Official]] = {}
        for o in officials:
            self.by_last.setdefault(o.last.lower(), []).append(o)
        self._longest = max((len(k.split()) for k in self.by_last), default=1)

    def __len__(self) -> int:
        """Return the number of officials."""
        return len(self.officials)

    def find(self, name: Any, text: Any = None) -> Official | None:
        """Return the official a speaker's name refers to, or None.

        Parameters
        ----------
        name : str
            The speaker as resolved ("Lindsey Graham", "Sen. Graham", "Trump").
        text : str, optional
            The article: a surname alone matches the official named in full in it.

        Examples
        --------
        >>> table = load_officials()
        >>> table.find("Lindsey Graham").gender, table.find("Lindsey Graham").party
        ('male', 'R')
        >>> table.find("President Trump").office
        'president'
        >>> table.find("Kelly Graham") is None, table.find("Graham") is None
        (True, True)
        >>> table.find("Graham", "Sen. Lindsey Graham spoke.").first
        'Lindsey'
        """
        if not isinstance(name, str) or not name.strip():
            return None
        # "Representative Chris Collins of New York": the name before its place.
        name = _AFFILIATION.split(name, 1)[0]
        words = [w.strip(",") for w in name.split()]
        while words and words[-1].lower() in _SUFFIXES:
            words.pop()
        while words and words[0].lower() in _TITLE_WORDS:
            words.pop(0)
        if not words:
            return None
        for n in range(min(self._longest, len(words)), 0, -1):
            candidates = self.by_last.get(" ".join(words[-n:]).lower())
            if not candidates:
                continue
            given = [w for w in words[:-n] if not _INITIAL.fullmatch(w)]
            if given:
                found = [o for o in candidates if given[0] in o.given]
                return _one(found)
            if len(words) > n:
                return None  # only initials before the surname: "J. Graham"
            return self._by_surname(candidates, text)
        return None

    def _by_surname(self, candidates: list[Official], text: Any) -> Official | None:
        if isinstance(text, str) and text:
            named = [o for o in candidates if _named_in(o, text)]
            if named:
                return _one(named)
        return _one([o for o in candidates if o.head])


_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*|[A-Z]")
_AFFILIATION = re.compile(r",|\s\((?=[^)]*\))|\s(?:of|from|for|at)\s")


def _one(found: list[Official]) -> Official | None:
    """Return the official when all matches agree on gender, party and type."""
    if not found:
        return None
    first = found[0]
    if all(
        (o.gender, o.party, o.type) == (first.gender, first.party, first.type)
        for o in found[1:]
    ):
        return first
    return None


@functools.lru_cache(maxsize=4096)
def _full_name(given: tuple[str, ...], last: str) -> re.Pattern[str]:
    names = "|".join(re.escape(g) for g in given)
    return re.compile(rf"\b(?:{names})\s+(?:[A-Z]\.\s+)*{re.escape(last)}\b")


def _named_in(o: Official, text: str) -> bool:
    return o.last in text and _full_name(o.given, o.last).search(text) is not None


_CABINET = re.compile(r"\b(?:secretary|administrator)\b", re.IGNORECASE)


@functools.cache
def _bundled() -> OfficialsTable:
    """Return the bundled table, with the politicians.csv people it lacks.

    ``politicians.csv`` (`framing.parties`) adds governors, mayors, members who
    left Congress before 2013 ("Hillary Clinton") and White House appointees,
    whose type is ``government`` (codebook C: appointed officials); their gender
    is their first name's when the first-name table decides (`_name_gender`), else
    left to the article.
    """
    table = load_officials(files("framing") / "data" / "officials.csv")
    known = {(g, o.last) for o in table.officials for g in o.given}
    _, rows = read_csv_rows(
        files("framing") / "data" / "politicians.csv",
        required=("name", "party", "office", "source"),
        optional=("caucus",),
    )
    extra = []
    for _, row in rows:
        words = [w for w in row["name"].split() if w.lower() not in _SUFFIXES]
        if len(words) < 2:
            continue
        n = 2 if len(words) > 2 and words[-2].lower() in _PARTICLES else 1
        first, last = words[0], " ".join(words[-n:])
        if (first, last) in known:
            continue
        # The office held last decides: "Governor of Kansas, HHS secretary
        # 2009-2014" is an appointed official (codebook C: government).
        last_office = re.split(r"[,;]", row["office"])[-1]
        appointed = row["office"].startswith("Appointee") or bool(
            _CABINET.search(last_office)
        )
        kind = "government" if appointed else "politician"
        extra.append(
            Official(
                first,
                last,
                (first,),
                _name_gender(first),
                row["party"],
                row["office"],
                kind,
            )
        )
    return OfficialsTable(table.officials + tuple(extra))


_PARTICLES = frozenset(["de", "van", "von", "der", "la", "le", "du", "da", "di", "del"])


def _name_gender(first: str) -> str:
    """Return the gender the first-name table gives a listed public figure's name.

    ``politicians.csv`` holds no gender; for these well-known people (codebook C
    allows them) the first name decides when the table does (`framing.voices`:
    at least 90 % of 1,000 or more US births), before pronouns that may belong to
    someone else ("Hillary Clinton ... his"). Else "unknown": the article decides.
    """
    from framing.voices import source_gender

    return source_gender(f"{first} X")


def load_officials(source: Any = None) -> OfficialsTable:
    """Load an officials table: the bundled US one, or your own.

    Parameters
    ----------
    source : None, path-like or pandas.DataFrame
        None gives the bundled table (``framing/data/officials.csv``). Your own
        needs the columns ``first``, ``last``, ``gender`` (female, male or
        unknown), ``party`` (a code such as D or R, a party name, or empty),
        ``office`` and ``source``; optional ``nickname`` and ``middle`` (more
        given names, ``|``-separated) and ``type`` (a source type; default
        "politician").

    Returns
    -------
    OfficialsTable

    Raises
    ------
    LexiconError
        At the first bad row, naming file, line and column.

    Examples
    --------
    >>> len(load_officials()) > 1000
    True
    """
    if source is None:
        return _bundled()
    if isinstance(source, OfficialsTable):
        return source
    from framing.voices import SOURCE_TYPES

    label, rows = read_csv_rows(
        source,
        required=("first", "last", "gender", "party", "office", "source"),
        optional=(
            "middle",
            "suffix",
            "nickname",
            "state",
            "first_start",
            "last_end",
            "type",
            "note",
        ),
    )
    out = []
    for line, row in rows:
        for column in ("first", "last"):
            if not row[column].strip():
                raise table_error(label, line, column, "expected a name, got ''")
        check_choice(label, line, "gender", row["gender"], _GENDERS)
        party = row["party"].strip()
        code = _PARTY_CODES.get(party.lower(), party)
        kind = (row.get("type") or "politician").strip()
        check_choice(label, line, "type", kind, SOURCE_TYPES)
        given = [row["first"].strip()]
        for column in ("nickname", "middle"):
            given += [g.strip() for g in (row.get(column) or "").split("|")]
        given = [g for g in given if g and not _INITIAL.fullmatch(g)]
        out.append(
            Official(
                row["first"].strip(),
                row["last"].strip(),
                tuple(dict.fromkeys(given)),
                row["gender"],
                code,
                row["office"].strip(),
                kind,
            )
        )
    return OfficialsTable(tuple(out))


# ---------------------------------------------------------------------------
# Sources no table row types: party groups, outlets, agencies, states, citizens

# Each pattern is a kind of source the shared codebook (section C) types, read
# from its name or description when the source-type table found nothing. The
# words are ours (judgement, after the codebook's definitions and the GMMP 2020
# occupations); the US state names are the Census Bureau's.
_US_STATES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|"
    "Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|"
    "Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|"
    "Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
    "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
    "Wisconsin|Wyoming"
)
_KINDS = (
    # Elected officials as a group: "Republicans", "Senate Democrats", "GOP
    # leaders", "Several members of the party", "lawmakers".
    (
        "politician",
        r"\b(?:Republicans|Democrats|Dems|GOP|lawmakers|legislators|senators|"
        r"congress(?:wo)?men|(?:party|Democratic|Republican|GOP|congressional)\s+"
        r"leaders|members\s+of\s+(?:the\s+)?(?:party|Congress|House|Senate)|"
        r"Congress|(?:House|Senate)\s+(?:Republicans|Democrats|leaders))\b",
    ),
    # News outlets named as themselves: "the Huffington Post", "NPR".
    (
        "media",
        r"\b(?:Times|Post|News|Journal|Tribune|Herald|Gazette|Magazine|Radio|"
        r"Reuters|NPR|PBS|NBC|ABC|CBS|MSNBC|CNBC|Bloomberg|Politico|Axios|BBC|"
        r"Breitbart|Feminism|Daily|Weekly|Report|Review|Chronicle|Observer|Channel|"
        r"Inquirer|Examiner|Dispatch|Telegraph|Guardian|Atlantic|Hill|Vox|Slate|"
        r"Salon|Mother\s+Jones|HuffPost|BuzzFeed|Intercept|outlet|network|newspaper|"
        r"reporters?|journalists?|columnist)\b",
    ),
    # Research and polling bodies: "Tax Policy Center", "Gallup", "forecasters".
    (
        "expert",
        r"\b(?:Institute|Policy|Research|Studies|Laboratory|Brookings|RAND|Gallup|Pew|"
        r"Quinnipiac|Rasmussen|Marist|Ipsos|YouGov|polls?|polling|pollsters?|surveys?|"
        r"forecasters|observers|scholars|scientists|epidemiologists|economists|"
        r"analysts|National\s+Conference\s+of\s+State\s+Legislatures)\b",
    ),
    # Agencies and government bodies: "HHS", "the State Department", a state
    # speaking through its government ("Florida reported 9,000 new cases").
    (
        "government",
        rf"\b(?:Department|Agency|Bureau|Commission|Ministry|Administration|"
        rf"Services?|Authority|Pentagon|HHS|FDA|CDC|CMS|"
        rf"EPA|DHS|DOJ|IRS|NIH|NOAA|USDA|WHO|World\s+Health\s+Organization|"
        rf"United\s+Nations|U\.?N\.?|Customs|county|state|city|government|authorities|"
        rf"governor.s\s+office|"
        rf"(?:{_US_STATES}))\b(?!-based)",
    ),
    # Activists and issue camps: "Abortion-rights supporters", "Some feminists".
    (
        "advocacy",
        r"\b(?:activists|advocates|feminists|campaigners|(?:[\w-]+-rights|"
        r"abortion|anti-abortion|gun|pro-life|pro-choice)\s+(?:supporters|"
        r"opponents|advocates|groups))\b",
    ),
    # Police and guards: "a guard", "one Border Patrol supervisor".
    (
        "law_enforcement",
        r"\b(?:guards?|officers?|deputies|deputy|troopers?|police|sheriffs?|"
        r"Border\s+Patrol|agents?)\b",
    ),
    # People speaking for themselves, by what they do or are: "many attendees",
    # "cast members", "a woman in the ad", "who cleans offices part time".
    (
        "citizen",
        r"\b(?:Americans|attendees|voters|residents|citizens|people|adults|members|"
        r"participants|users|couples?|friends|neighbors|"
        r"parents|patients|protesters|demonstrators|families|consumers|customers|"
        r"shoppers|viewers|fans|tenants|homeowners|woman|man|mother|father|"
        r"petition|who\s+(?:works|worked|lives|lived|cleans|drives|owns|runs|"
        r"teaches|studies|attends|raises|cares))\b",
    ),
)
_KIND_RES = tuple((kind, re.compile(pattern)) for kind, pattern in _KINDS)


# "Cruz spokesman Sean Ruston", "a Lee aide": an official's own staff are
# appointed (codebook C: government), as the shared coders type a president's or a
# governor's spokesman; a campaign's spokesman is a politician (source_types.csv).
_STAFF_OF = re.compile(
    r"\b([A-Z][\w'’-]+?)(?:['’]s?)?\s+(?:spokes(?:wo)?man|spokesperson|"
    r"press\s+secretary|aide|adviser|advisor)\b"
)
# "his spokesman", "her press secretary": a person with a spokesman is an
# official (judgement, as "Cruz spokesman" above).
_THEIR_STAFF = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:spokes(?:wo)?man|spokesperson|press\s+secretary)\b"
)
# A person's name: a given name the first-name table lists, then capitalised words.
_PERSON_NAME = re.compile(r"([A-Z][a-z]+)(?:\s+[A-Z][\w.'’-]*){1,2}")


# Staff of a named organisation the tables do not list: "president of Americans
# United for Life", "director of public policy at the Parents Television Council",
# "a spokesman for the 7th Fleet". Codebook C types a source by the organisation it
# speaks for (advocacy: "advocacy groups, activists, unions, NGOs and their staff");
# the roles are the source-type table's untyped affiliate rows (Tiffen et al. 2014).
_STAFF_ROLE = (
    r"(?i:(?:co-?)?founder|(?:vice\s+)?president|chair(?:man|woman|person)?|"
    r"director|head|spokes(?:wo)?man|spokesperson|member|representative)"
)
_ORG_WORD = r"[A-Z][\w'’&.-]*"
_ORG = (
    rf"(?:\d+(?:st|nd|rd|th)\s+)?{_ORG_WORD}"
    rf"(?:\s+(?:(?:of|for|and|&|the|on|to)\s+)*{_ORG_WORD})*"
)
_AT_ORG = re.compile(rf"\b(?:of|at|for|with)\s+(?:the\s+)?({_ORG})")
_STAFF_OF_ORG = re.compile(
    rf"\b{_STAFF_ROLE}(?:\s+[a-z][\w'’-]*){{0,4}}?\s+(?:of|at|for|with)\s+"
    rf"(?:the\s+)?({_ORG})"
)
# What an organisation's name says it is (judgement, after the codebook's types;
# a name the table lists is typed by the table first). Government bodies include
# the armed forces ("the 7th Fleet"); companies are named by their legal form or
# an industry word (`framing.voices._INDUSTRY`, NAICS 2022 sector titles); a named
# body none of these fits is an NGO (codebook C: advocacy).
_ORG_KINDS = (
    ("legal", r"\b(?:Court|Courts|Tribunal|Bar\s+Association)\b"),
    (
        "politician",
        r"\b(?:(?:Democratic|Republican|Libertarian|Green)\s+(?:Party|National\s+"
        r"Committee)|GOP|Congress|House|Senate|Legislature|Assembly|City\s+Council)\b",
    ),
    (
        "government",
        r"\b(?:Department|Agency|Bureau|Commission|Ministry|Administration|Office|"
        r"Services?|Authority|Fleet|Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard|"
        r"National\s+Guard|Pentagon|White\s+House|National\s+Institutes|"
        r"Federal\s+Reserve)\b",
    ),
    (
        "expert",
        r"\b(?:Institute|Research|Studies|Policy|University|College|Laboratory|"
        r"Academy)\b",
    ),
    (
        "business",
        r"\b(?:Co|Company|Corporation|Inc|Corp|LLC|Ltd|PLC|Holdings|Partners|"
        r"Communications|Construction|Bank|Health\s+Plans?)\b",
    ),
    ("media", r"\b(?:Times|Post|News|Journal|Tribune|Herald|Gazette|Magazine|Radio)\b"),
)
_ORG_KIND_RES = tuple((kind, re.compile(pattern)) for kind, pattern in _ORG_KINDS)
# A person, not an organisation: "Mr. Trump", "Sen. Ted Cruz", "Sen" cut short.
_PERSONAL = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\b\.?")


def _staff_of_organisation(text: str) -> str:
    """Return the type of the named organisation a description says one works for.

    "" when the description names none or one the words cannot tell apart from a
    person or an adjective ("a spokesman for Scott", "head of Hispanic outreach");
    "government" for the staff of a listed official ("a spokesman for Mr. Trump",
    as `kind_of_source` types "Cruz spokesman").

    Examples
    --------
    >>> _staff_of_organisation("director of policy at the Parents Television Council")
    'advocacy'
    >>> _staff_of_organisation("a spokesman for the 7th Fleet")
    'government'
    >>> _staff_of_organisation("a spokesman for Ted Cruz")
    'government'
    >>> _staff_of_organisation("the director"), _staff_of_organisation("aide to Scott")
    ('', '')
    """
    m = _STAFF_OF_ORG.search(text)
    if m is None:
        return ""
    # The first organisation named after the role: "director of U.S. research
    # at the Center for ..." reads on past a country.
    for at in _AT_ORG.finditer(text, m.start()):
        found = _organisation_type(at.group(1).strip(" ."))
        if found:
            return found
    return ""


def _organisation_type(org: str) -> str:
    """Return the type of the organisation ``org`` names ("" when it names none)."""
    from framing.voices import _NAMED_ORGANISATION, _is_country, _rows_in, _type_table

    words = org.split()
    if not words or _is_country(org) or _is_country(f"{org}."):
        return ""  # "director of U.S. research at ...": read on
    first = _type_table().find(words[0])
    named = _NAMED_ORGANISATION.search(org) is not None  # "Justice Centre for ..."
    if not named and (_PERSONAL.match(org) or (first and first[0].kind == "title")):
        return "government"  # an official's staff
    if _ordinary_person(org):
        return "government" if load_officials().find(org) is not None else ""
    rows = [r for r in _rows_in(_type_table(), org) if r.kind == "organisation"]
    for row in rows:
        if row.type != "unknown":
            return row.type
    if len(words) == 1 and not (org.isupper() and len(org) > 1):
        return ""  # "Scott", "Hispanic": a person or an adjective, not a name
    for kind, pattern in _ORG_KIND_RES:
        if pattern.search(org):
            return kind
    if _industry().search(org):
        return "business"
    return "advocacy"


@functools.cache
def _industry() -> re.Pattern[str]:
    from framing.voices import _INDUSTRY

    return re.compile(rf"\b(?:{_INDUSTRY})\b")


def _says_a_role(text: str) -> bool:
    """Say whether a description holds any title, role or organisation noun.

    Read after the source-type table typed nothing: what is left are roles that
    speak for someone ("a spokesman", "the director") and titles of other people.
    """
    from framing.voices import _type_table

    return bool(_type_table().find(text))


def _official_staff(text: str) -> bool:
    if _THEIR_STAFF.search(text):
        return True
    table = load_officials()
    return any(m.group(1).lower() in table.by_last for m in _STAFF_OF.finditer(text))


def _ordinary_person(name: str) -> bool:
    """Say whether a speaker is a person's name: a given name, then a surname.

    "Julie Ludlum said ...": a named person the article gives no title, role or
    organisation is, as the shared coders code such people, an ordinary person
    speaking for themselves (codebook C: citizen). The first word must be a given
    name of the first-name table (any sex), so "Monitor Stories" or "Bear Arms"
    are not people.
    """
    m = _PERSON_NAME.fullmatch(name.strip())
    if m is None:
        return False
    from framing.voices import load_first_names

    return m.group(1).lower() in load_first_names()


@functools.lru_cache(maxsize=8192)
def kind_of_source(name: str, description: str = "", affiliation: str = "") -> str:
    """Return the type a source's name, description or affiliation shows.

    Read after the source-type table (`framing.voices.source_type`) found
    nothing: party groups are politicians, outlets media, activists and issue
    camps advocacy, research and polling bodies experts, agencies and US states
    government, police and guards law enforcement, people described by what they
    do citizens, an official's spokesman or aide government, a person named with
    nothing said of them a citizen; else "unknown". The first family whose pattern
    the name matches decides, then the description, then the affiliation.

    Examples
    --------
    >>> kind_of_source("Senate Republicans"), kind_of_source("the Huffington Post")
    ('politician', 'media')
    >>> kind_of_source("Florida"), kind_of_source("many attendees")
    ('government', 'citizen')
    >>> kind_of_source("China"), kind_of_source("Jordan")
    ('government', 'unknown')
    >>> kind_of_source("Ana Ruiz", "who cleans offices part time")
    'citizen'
    >>> kind_of_source("Ana Ruiz"), kind_of_source("Ana Ruiz", "", "a Cruz aide")
    ('citizen', 'government')
    """
    from framing.voices import _is_country

    if _is_country(name):
        return "government"  # "China said": a country speaks by its government
    for text in (name, description, affiliation):
        if not text:
            continue
        if text is not name and _official_staff(text):
            return "government"
        if text is not name:
            # Staff of a named organisation, before any word of its name
            # ("Parents Television Council" holds no parents).
            staff = _staff_of_organisation(description) or _staff_of_organisation(
                affiliation
            )
            if staff:
                return staff
        for kind, pattern in _KIND_RES:
            if pattern.search(text):
                return kind
    if _ordinary_person(name) and not _says_a_role(f"{description} | {affiliation}"):
        return "citizen"
    return "unknown"
