"""Direct and reported speech with resolved speakers, by transparent rules.

``extract_quotes(text)`` finds quotations (inside quotation marks, from
``framing.text.quotation_spans``) and reported speech ("X said that ...",
"according to X"), attaches each to a speech cue and a speaker, and resolves
pronouns, surnames and titles to the full name first given in the article.
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
from dataclasses import dataclass
from importlib.resources import files

from framing._validation import as_text
from framing.errors import LexiconError
from framing.text import (
    DASHES,
    LONG_DASHES,
    QuotationSpan,
    SpanIndex,
    paragraph_spans,
    quotation_spans,
    sentence_spans,
    word_spans,
)

__all__ = ["Quote", "extract_quotes"]


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation or attribution; ``text[q.start:q.end] == q.text`` always."""

    text: str  # the quoted or reported words, without quotation marks
    start: int
    end: int
    kind: str  # "direct" (inside quotation marks) or "indirect" (reported speech)
    speaker: str | None  # resolved name, e.g. "Jessica Vaughan"; None if unknown
    speaker_start: int | None  # offsets of the mention that names the speaker here
    speaker_end: int | None  # (may be a pronoun or surname resolved to ``speaker``)
    cue: str | None  # the speech verb or phrase as written, e.g. "said"
    affiliation: str | None  # e.g. "Center for Immigration Studies"
    unnamed: bool  # an unnamed source such as "a senior administration official"
    cue_start: int | None = None  # offsets of ``cue`` in the text
    cue_end: int | None = None
    speaker_mention: str | None = None  # the mention as written ("she", "Vaughan")
    party: str | None = None  # party tag given with the name: "D-Mo.", "R", "I-Vt."


# ---------------------------------------------------------------------------
# Word lists (package data, parsed once)

_SCHEMAS = {
    "speech_verbs.csv": ("lemma", "forms", "type", "source"),
    "titles.csv": ("title", "role", "gender", "source"),
    "source_nouns.csv": ("noun", "plural", "gender", "source"),
    "first_names.csv": ("name", "gender", "source"),
    "pronouns.csv": ("pronoun", "gender", "number", "source"),
    "not_names.csv": ("word", "kind", "source"),
}
_CHOICES = {
    "type": {"speech", "belief", "attitude", "evidence", "source", "quote"},
    "gender": {"", "male", "female", "neuter"},
    "number": {"singular", "plural"},
}
_REQUIRED = {
    "lemma",
    "forms",
    "type",
    "title",
    "noun",
    "name",
    "pronoun",
    "word",
    "kind",
    "source",
}


@functools.cache
def _word_list(name: str) -> tuple[dict[str, str], ...]:
    """Read and validate one CSV of ``framing/data``; stop at the first bad row."""
    path = files("framing") / "data" / name
    with path.open(encoding="utf-8", newline="") as handle:
        return _parse_word_list(name, handle.read())


def _parse_word_list(name: str, content: str) -> tuple[dict[str, str], ...]:
    columns = _SCHEMAS[name]
    reader = csv.DictReader(content.splitlines())
    if tuple(reader.fieldnames or ()) != columns:
        raise LexiconError(
            f"{name}, line 1: expected columns {list(columns)}, got {reader.fieldnames}"
        )
    rows = []
    for line, row in enumerate(reader, start=2):
        for column in columns:
            value = row.get(column)
            if value is None:
                raise LexiconError(f"{name}, line {line}: too few columns")
            if column in _REQUIRED and not value.strip():
                raise LexiconError(
                    f"{name}, line {line}, column {column!r}: required, got ''"
                )
            if column in _CHOICES and value not in _CHOICES[column]:
                allowed = sorted(_CHOICES[column])
                raise LexiconError(
                    f"{name}, line {line}, column {column!r}: expected one of "
                    f"{allowed}, got {value!r}"
                )
        rows.append(dict(row))
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    # First word of a cue form -> the form's words, longest first ("called for"
    # before "called"); keys keep the case of the data file.
    cues: dict[str, tuple[tuple[str, ...], ...]]
    cue_type: dict[str, str]  # form -> type
    title_info: dict[str, tuple[str, str]]  # lowercased title -> (role, gender)
    nouns: dict[str, str]  # singular or plural source noun -> gender
    first_names: dict[str, str]
    pronouns: dict[str, str]  # pronoun -> gender ("" unknown)
    # Capitalised words that open sentences, give titles or name institutions,
    # never a person's given name or surname: a name is cut after the last one.
    not_names: frozenset[str]
    institutions: frozenset[str]  # the not_names of kind "institution or place"


@functools.cache
def _lexicon() -> _Lexicon:
    cue_type: dict[str, str] = {}
    for row in _word_list("speech_verbs.csv"):
        for form in row["forms"].split("|"):
            cue_type[form.strip()] = row["type"]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in [*cue_type, "According to"]:
        words = tuple(form.split())
        by_first.setdefault(words[0], []).append(words)
    cues = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
    title_info = {}
    for row in _word_list("titles.csv"):
        title_info[row["title"].lower()] = (row["role"], row["gender"])
    nouns = {}
    for row in _word_list("source_nouns.csv"):
        nouns[row["noun"]] = row["gender"]
        nouns[row["plural"]] = row["gender"]
    first_names = {r["name"]: r["gender"] for r in _word_list("first_names.csv")}
    pronouns = {r["pronoun"]: r["gender"] for r in _word_list("pronouns.csv")}
    not_names = frozenset(r["word"] for r in _word_list("not_names.csv"))
    institutions = frozenset(
        r["word"]
        for r in _word_list("not_names.csv")
        if r["kind"] == "institution or place"
    )
    return _Lexicon(
        cues,
        cue_type,
        title_info,
        nouns,
        first_names,
        pronouns,
        not_names,
        institutions,
    )


# ---------------------------------------------------------------------------
# Names

# A capitalised word of a name: initials ("W."), a few abbreviations that end in a
# period, or a word starting with a capital ("O’Malley", "McConnell", "al-Assad").
_CAP = (
    r"(?:(?:Jr|Sr|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Maj|Capt|Adm|Sgt|"
    r"Rev|Prof|St)\.|[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w’'-]*(?<![’'-]))"
)
_PARTICLE = r"(?:de|van|von|der|den|da|di|del|la|le|du|bin|al|el|dos|das)"
# "Anwar al-Awlaki", "Bashar al-Assad": a lower-case article joined by a hyphen.
_HYPHEN_PARTICLE = r"(?:al|el|ad|as|ash|at|az|ul|bin|ibn|abu)-"
_CAP_RUN = re.compile(
    rf"(?=[A-Z]){_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+|{_HYPHEN_PARTICLE})?{_CAP})*"
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
            and name.split()[0] != person.name.split()[0]
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

    def last_with_role(self, role: str, pos: int) -> _Person | None:
        """Return the person with ``role`` mentioned last before ``pos``."""
        k = bisect.bisect_left(self.mentions, (pos,), key=lambda m: (m[0],))
        for _, person in reversed(self.mentions[:k]):
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
        k = bisect.bisect_left(self.mentions, (pos,), key=lambda m: (m[0],))
        for _, person in reversed(self.mentions[:k]):
            if person in people and (not gender or person.gender in ("", gender)):
                return person
        return self.by_surname[surname]

    def lookup(self, name: str, gender: str = "", pos: int = 0) -> _Person | None:
        person = self.by_full.get(name)
        if person is None and pos:
            return self.pick(name.split()[-1], gender, pos)
        return person or self.by_surname.get(name.split()[-1])


def _strip_possessive(name: str) -> str:
    for ending in ("’s", "'s", "’", "'"):
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


@functools.lru_cache(maxsize=4096)
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


def _role_of(title: str) -> str:
    """Return the role of the last title in ``title`` ("Mayor" -> "mayor")."""
    lex = _lexicon()
    words = title.split()
    for n in range(min(4, len(words)), 0, -1):
        info = lex.title_info.get(" ".join(words[-n:]).lower())
        if info:
            return info[0]
    return ""


def _build_registry(text: str, quoted: SpanIndex) -> _Registry:
    registry = _Registry()
    for m in _CAP_RUN.finditer(text):
        info = _run_info(m.group())
        if info is None or quoted.contains(m.start()):
            continue  # people named inside a quotation are not the narrator's
        name, gender, role, offset, full = info
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


@functools.lru_cache(maxsize=4096)
def _run_info(run: str) -> tuple[str, str, str, int, bool] | None:
    """Return (name, gender, role, offset of the name, full name or title given)."""
    run = _strip_possessive(run)
    title, name, gender = _split_name(run)
    if not name:
        return None
    role = _role_of(title) if title else ""
    full = len(name.split()) >= 2 or bool(role)
    return name, gender, role, len(run) - len(name), full


# Patterns used inline below, compiled once.
_NAME_PREP = re.compile(r"\s(?:of|from|at|with)\s")
_JOINED = re.compile(r"[A-Z][\w’'.-]*\s+(?:of|for|on)\s+(?:the\s+)?$")
_PAREN_END = re.compile(r"\s*\([^()]*\)\s*$")
_APPOS_END = re.compile(r"[,;.!?(]|\s(?:who|which|said|says|told|adding)\s")
_PHRASE_END = re.compile(r"[,;.!?(]")
_THAT_END = re.compile(r"\bthat,?$")
_TO_END = re.compile(r"\bto\s+$")
_PRONOUN_START = re.compile(r"\s*(?:he|she|they|we|i)\b", re.I)
_DET_SUBJECT = re.compile(r"\s*(?:the|a|an)\s+[^,;]{0,60}?(?=\s+[a-z]+ed\b)")
_CLAUSE_BREAK = re.compile(r"[!?;“”\"]")
_DET_PHRASE = re.compile(
    r"(?:the|a|an|another|one|some|two|three)(?:\s+[\w’'-]+){1,5}\s*", re.I
)
_PUNCT_ONLY = re.compile("[.,;:!?)" + re.escape(DASHES) + "]*$")
_THAT_WORD = re.compile(r"\bthat\b")
_HEADLINE_COLON = re.compile(r"([^:“”\"]{2,60}):\s+(?=[^\s“\"'])")
_AUX_END = re.compile(r"\b(?:is|are|was|were|been|am)\s+$")
# "Lee smiled and said", "Roe used to back Paul, but now said": a shared subject.
_AND_END = re.compile(r"\s(?:and|but)\s+(?:(?:then|now|later|also|still)\s+)?$")
_WHO_END = re.compile(r",\s+who\s+(?:also\s+|has\s+|had\s+)*$")
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
_ADVERBS = re.compile(
    r"(?:\s+(?:also|later|then|again|once|previously|recently|repeatedly|"
    r"reportedly|simply|quickly|initially|publicly|privately|often|further|"
    r"has|had|have|would|will|could|did|does|do|was|were|is|are|already|"
    r"not|never|earlier|still|just|even|only|famously|frequently|flatly|bluntly|"
    r"firmly|calmly|quietly|proudly|loudly|openly|tersely|curtly|softly|angrily|"
    r"briefly|directly|[a-z]+(?:ingly|ically|edly|fully|ously)|"
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
    r"|\s*\([^()]*\))+$"
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
    r"Adm|Sgt|Rev|Prof|St|Calif|Fla|Ky|Pa|Mass|Wis|Ill|Ariz|Va|Md|Minn|Mich|Ore|"
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
    prep = _NAME_PREP.search(phrase)
    # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies":
    # the limit counts the words before the affiliation.
    head_len = len(phrase[: prep.start()].split()) if prep else len(words)
    if head_len > _MAX_SPEAKER_WORDS or len(words) > 2 * _MAX_SPEAKER_WORDS:
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
    if runs and runs[-1].end() == len(_strip_possessive(phrase)):
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
    start, _ = _trim(text, lo, cue)
    end = cue
    while end > start and text[end - 1].isspace():
        end -= 1
    m = _ADVERBS.search(text, max(start, end - _ADVERB_WINDOW), end)
    if m and m.start() > start:
        end = m.start()
    region = text[start:end]
    if region.endswith(","):
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
            if i == 0 and (head is None or head.kind == "noun"):
                # "The spokesman, John Smith, said", "Google's chief executive,
                # Dana Cole, said": the name between the commas is the speaker.
                a, b = _trim(text, comma + 1, inner_end)
                name = (
                    _noun_phrase(text, a, b) if _CAP_RUN.fullmatch(text, a, b) else None
                )
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
    """Return the position of the last clause mark or long dash in ``text[lo:end]``."""
    return max(text.rfind(c, lo, end) for c in marks + LONG_DASHES)


def _speaker_at_clause_end(text: str, lo: int, end: int) -> _Speaker | None:
    paren = _PAREN_END.search(text[lo:end])
    if paren is not None and paren.start() > 0:
        end = lo + paren.start()
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
    end = hi
    for stop in _AFTER_STOP.finditer(text, start, hi):
        if stop.group() == "." and _ABBREVIATION.search(text, start, stop.end()):
            continue  # "said Sen. Tom Carper", "said Robert P. Casey Jr. (D-Pa.)"
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
    elif rest.startswith((" of ", " from ", " at ")):
        cut = _PHRASE_END.search(rest)
        affiliation = _affiliation(rest[: cut.start()] if cut else rest)
    return _Speaker(speaker.start, speaker.end, speaker.kind, affiliation)


# ---------------------------------------------------------------------------
# The article


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    kind: str
    speaker: _Speaker | None
    cue_start: int | None
    cue_end: int | None
    continues: bool = False  # take the speaker of the previous quotation


class _Article:
    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs = paragraph_spans(text)
        self.para_starts = [a for a, _ in self.paragraphs]
        self.sentences = sentence_spans(text)
        self.sent_starts = [a for a, _ in self.sentences]
        self.quotations = [q for q in quotation_spans(text) if q.double]
        self.quoted = SpanIndex([(q.open_start, q.close_end) for q in self.quotations])
        self.registry = _build_registry(text, self.quoted)
        self.words = word_spans(text)
        self.cues = _find_cues(text, self.words, fold_case=False)
        self.cue_starts = [c.start() for c in self.cues]

    def paragraph(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.para_starts, pos) - 1
        return self.paragraphs[k] if k >= 0 else (0, len(self.text))

    def sentence(self, pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.sentences[k] if k >= 0 else (0, len(self.text))


class _Cue:
    """A speech cue found in the text; reads like a regex match."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._start, self._end, self._text = start, end, text[start:end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _find_cues(text: str, words: list[tuple[int, int]], fold_case: bool) -> list[_Cue]:
    """Find every cue form in ``text`` from its word tokens, in one pass."""
    table = _lexicon().cues
    found: list[_Cue] = []
    n = len(words)
    if fold_case:
        hits = [i for i, (a, b) in enumerate(words) if text[a:b].lower() in table]
    else:
        hits = [i for i, (a, b) in enumerate(words) if text[a:b] in table]
    for i in hits:
        a, _ = words[i]
        word = text[a : words[i][1]]
        forms = table[word.lower() if fold_case else word]
        for form in forms:
            if i + len(form) > n:
                continue
            ok = all(
                text[words[i + k][0] : words[i + k][1]].lower() == form[k].lower()
                for k in range(1, len(form))
            )
            if ok:
                found.append(_Cue(text, a, words[i + len(form) - 1][1]))
                break
    return found


def _cue_match(art: _Article, start: int, end: int) -> list[_Cue]:
    k = bisect.bisect_left(art.cue_starts, start)
    out = []
    while k < len(art.cues) and art.cues[k].start() < end:
        if art.cues[k].end() <= end:
            out.append(art.cues[k])
        k += 1
    return out


def _is_participle(cue: str) -> bool:
    return cue.endswith("ing") and cue != "according to"


# Words a cue may take between itself and a quotation: "told reporters",
# "said in a statement", "said Thursday".
_TAIL_MAX_WORDS = 8


def _attribution_before(art: _Article, lo: int, mark: int):
    """Cue and speaker before a quotation opening at ``mark`` ("Smith said: “").

    Returns None when the words before the mark are not an attribution (then
    the quotation is part of a paraphrase or a label), else ``(cue match or
    None, speaker or None)``.
    """
    text = art.text
    stripped = text[lo:mark].rstrip()
    if not stripped:
        return None
    ends_colon = stripped.endswith(":")
    ends_comma = stripped.endswith(",")
    for m in reversed(_cue_match(art, lo, mark)):
        tail = text[m.end() : mark].strip()
        if _THAT_END.search(tail):
            return None
        if tail and not (ends_colon or ends_comma):
            return None
        if not tail and not (ends_colon or ends_comma):
            # "called for “a hell of a lot worse”" is a partial quotation; "said
            # “We will win”" is a direct one.
            kind = _lexicon().cue_type.get(m.group().lower(), "source")
            if kind not in ("speech", "source", "quote") or not _opens_sentence(
                text, mark
            ):
                return None
        if len(tail.split()) > _TAIL_MAX_WORDS:
            return None
        return m, _speaker_for_cue(art, lo, m, mark)
    if ends_colon:
        colon = lo + len(stripped) - 1
        a, _ = _trim(text, lo, colon)
        label = _LABEL.fullmatch(text, a, colon)
        if label is not None and (
            " " in label.group(1) or art.registry.lookup_label(label.group(1))
        ):
            # A transcript's speaker label: "ROE:", "MR. SMITH:".
            return None, _Speaker(label.start(1), label.end(1), "name", None)
        # "Maria Lopez, 25, Phoenix:": the name before the first comma.
        comma = text.find(",", lo, colon)
        speaker = _noun_phrase(text, lo, comma) if comma > lo else None
        if speaker is None or speaker.kind != "name":
            speaker = _noun_phrase(text, lo, colon)
        if speaker is None or speaker.kind == "noun":
            speaker = _name_before(art, lo, colon) or speaker
        if speaker is None or speaker.kind == "noun":
            speaker = _subject_before(art, lo, colon) or speaker
        return None, speaker
    return None


# A transcript label in capitals, after an optional title: "ROE", "MR. SMITH".
_LABEL = re.compile(
    r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PRESIDENT|SENATOR|GOVERNOR)\.?\s+)?"
    r"([A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,2})"
)


def _name_before(art: _Article, lo: int, colon: int) -> _Speaker | None:
    """Return a full name that ends right at a colon with no cue before it.

    "The poll did not surprise strategist Nina Wolfe: “...”" -> Nina Wolfe.
    """
    text = art.text
    last = None
    for run in _CAP_RUN.finditer(text, max(lo, colon - 80), colon):
        last = run
    if last is None or last.end() != colon:
        return None
    info = _run_info(last.group())
    if info is None or len(info[0].split()) < 2:
        return None
    if info[0].split()[0] not in _lexicon().first_names:
        return None  # "to the Swiss newspaper Berner Tagblatt:" names no person
    start = last.start() + info[3]
    return _Speaker(start, start + len(info[0]), "name", None)


def _opens_sentence(text: str, mark: int) -> bool:
    """Say whether the quotation opening at ``mark`` starts with a capital."""
    m = re.compile(r"(?:''|``|[\"“„«])\s*").match(text, mark)
    nxt = text[m.end() : m.end() + 1] if m else ""
    return nxt.isupper()


def _speaker_for_cue(art: _Article, lo: int, m: re.Match[str], hi: int):
    """Return the speaker of a cue: before it, after it, or its clause's subject."""
    text = art.text
    cue = m.group()
    if cue.lower().startswith("according"):
        return _speaker_after(text, m.end(), hi)
    # The subject of a participle or of a second verb may stand before a scare
    # quote of the same sentence ("Mayor Lutz calling it a “fiasco” for Acme and
    # asking, “...”"): read back to the sentence start.
    s_lo = max(art.sentence(m.start())[0], art.paragraph(m.start())[0])
    s_lo = min(s_lo, lo)
    if _is_participle(cue):
        return _subject_before(art, s_lo, m.start())
    speaker = _speaker_before(text, lo, m.start())
    if speaker is None and cue.lower() in _OBJECT_CUES and text[m.end() : hi].strip():
        # "but told his supporters, “...”": who is told is not the speaker;
        # the clause's subject is.
        return _subject_before(art, s_lo, m.start())
    if speaker is None:
        speaker = _speaker_after(text, m.end(), hi)
    if speaker is None and _AND_END.search(text, max(lo, m.start() - 16), m.start()):
        # "Ms. Lee smiled and said, “...”": the subject both verbs share.
        speaker = _subject_before(art, s_lo, m.start())
    if speaker is None and _TO_END.search(text[lo : m.start()]):
        # "went on to say", "declined to say": the subject of the clause.
        speaker = _subject_before(art, lo, m.start())
    return speaker


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
        lead = _CLAUSE_LEAD.match(text, seg_lo, end)
        s = lead.end() if lead else seg_lo
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
            _, name, _ = _split_name(_strip_possessive(run.group()))
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


_IN_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,]*$")
_SENTENCE_END = re.compile(r"[.!?]\s*(?:''|[\"”’])\s*$")


def _attribution_after(art: _Article, pos: int, hi: int):
    """Cue and speaker after a quotation closing at ``pos`` ("”, Smith said.")."""
    text = art.text
    right = text[pos:hi]
    lead = len(right) - len(right.lstrip(" ,;" + DASHES))
    body_start = pos + lead
    for m in _cue_match(art, body_start, hi):
        before = text[body_start : m.start()]
        if len(before.split()) > 30 or _CLAUSE_BREAK.search(before):
            return None
        if _IN_RELATIVE.search(before):
            continue  # "“...,” Ray Dunn, who has proposed X, said": not this cue
        if text[m.end() : hi].lstrip().startswith(":") and _SENTENCE_END.search(
            text, max(0, pos - 4), pos
        ):
            # "“We are not a threat.” Mr. Baker said: “...”": the colon hands the
            # cue to the next quotation; this one ended its sentence.
            return None
        if before.strip():
            speaker = _speaker_before(text, body_start, m.start())
            if speaker is None:
                # "“...,” the retired neurosurgeon told ..."
                np = _DET_PHRASE.fullmatch(before)
                if np is None:
                    return None
                a, b = _trim(text, body_start, m.start())
                speaker = _Speaker(a, b, "noun", None)
        else:
            speaker = _speaker_after(text, m.end(), hi)
        return m, speaker
    return None


def _find_direct(art: _Article) -> tuple[list[_Found], set[int]]:
    text = art.text
    found: list[_Found] = []
    used_cues: set[int] = set()
    quotations = art.quotations
    for i, q in enumerate(quotations):
        if q.end <= q.start:
            continue
        p_start, _ = art.paragraph(q.open_start)
        s_start, _ = art.sentence(q.open_start)
        lo = max(s_start, p_start)
        if i > 0 and quotations[i - 1].close_end > lo:
            lo = quotations[i - 1].close_end
        hi = art.paragraph(max(q.close_end - 1, q.open_start))[1]
        if i + 1 < len(quotations) and quotations[i + 1].open_start < hi:
            hi = quotations[i + 1].open_start
        # The right context ends with the sentence that holds the closing mark.
        _, s2_end = art.sentence(max(q.close_end - 1, 0))
        if s2_end <= q.close_end:
            nxt = art.sentence(q.close_end + 1)
            s2_end = nxt[1] if nxt[0] >= q.close_end else s2_end
        while _INITIALS_END.search(text, max(0, s2_end - 8), s2_end):
            # Punkt may end a sentence at an initial: "said R.J. Moss".
            nxt = art.sentence(s2_end + 1)
            if nxt[0] < s2_end or nxt[1] <= s2_end:
                break
            s2_end = nxt[1]
        hi = min(hi, max(s2_end, q.close_end))
        n_words = len(text[q.start : q.end].split())
        left = text[lo : q.open_start]
        before = _attribution_before(art, lo, q.open_start) if left.strip() else None
        after = _attribution_after(art, q.close_end, hi)
        left_clear = not left.strip(" \t\n,;:(" + DASHES)
        if (
            before is not None
            and after is not None
            and (
                _weak(art, before, q)
                # "The effect is ignored: “...,” Vance wrote": a lead-in
                # without a cue yields to the cue after a quotation that ends
                # with a comma.
                or (before[0] is None and text[q.start : q.end].rstrip().endswith(","))
                or (
                    before[0] is not None
                    and before[0].start() in used_cues
                    and len(text[before[0].end() : q.open_start].split()) > 2
                )
            )
        ):
            # ("“A,” she said, but despite the tension, “B,” said Kunin": the cue
            # before B already attributed A, and more words follow it.)
            # "Despite her support from rural voters, “...,” Kerr said": a
            # noun use of a cue before the quotation; the cue after it counts.
            cue, speaker = after
        elif before is not None:
            cue, speaker = before
        elif left_clear and after is not None:
            cue, speaker = after
        elif left_clear:
            right = text[q.close_end : hi].strip()
            # "“...” — Ana Ruiz, 34, Phoenix": a dash line after the quotation.
            dash = _BYLINE.match(text, q.close_end, art.paragraph(q.close_end - 1)[1])
            byline = _speaker_after(text, dash.end(), hi) if dash else None
            if byline is not None and byline.kind != "pronoun":
                line_end = art.paragraph(q.close_end - 1)[1]
                rest = text[byline.end : line_end].strip(" ,.;") or None
                byline = _Speaker(byline.start, byline.end, byline.kind, rest)
                found.append(_Found(q.start, q.end, "direct", byline, None, None))
                continue
            whole = text[q.start : q.end].rstrip().endswith((".", "!", "?"))
            if right and not _PUNCT_ONLY.match(right) and n_words < 6 and not whole:
                continue  # quoted words used as part of a sentence ("“Uber” is")
            if n_words < 4 and not _previous_direct(found, q, art):
                continue
            speaker = _paragraph_attribution(art, q)
            found.append(
                _Found(q.start, q.end, "direct", speaker, None, None, speaker is None)
            )
            continue
        else:
            continue  # partial quotation inside paraphrase: left to reported speech
        if cue is not None:
            used_cues.add(cue.start())
        found.append(
            _Found(
                q.start,
                q.end,
                "direct",
                speaker,
                cue.start() if cue is not None else None,
                cue.end() if cue is not None else None,
                speaker is None,
            )
        )
    return found, used_cues


def _weak(art: _Article, before: tuple, q: QuotationSpan) -> bool:
    """Say whether an attribution before a quotation is a cue's noun use.

    A non-speech cue ("support", "criticism") with words between it and the
    quotation does not introduce it.
    """
    cue = before[0]
    if cue is None:
        return False
    kind = _lexicon().cue_type.get(cue.group().lower(), "source")
    tail = art.text[cue.end() : q.open_start].strip(" ,:")
    return kind not in ("speech", "quote", "source") and bool(tail)


_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.)+\s*$")
_BYLINE = re.compile("[ \t]*[" + re.escape(DASHES) + "]+[ \t]*(?=[A-Z])")


def _paragraph_attribution(art: _Article, q: QuotationSpan) -> _Speaker | None:
    """Return a speaker named next to a quotation that stands alone.

    The next paragraph may be a dash line ("- Bernie Sanders."), as in fact-check
    lists; the previous one may end with a colon ("Cruz continued:").
    """
    text = art.text
    p_start, _ = art.paragraph(q.open_start)
    # The sentence before, in the same paragraph, may be the attribution alone:
    # "Dianne Bystrom agreed. “...”", "Sam Lau said in a statement. “...”".
    s_start, _ = art.sentence(q.open_start)
    if s_start > p_start:
        b_start, b_end = art.sentence(s_start - 1)
        b_start = max(b_start, p_start)
        cues = _cue_match(art, b_start, b_end)
        # "“A?” said Lena Park, referring to Hale. “B.”": a sentence that only
        # ends the previous quotation's attribution does not name a new speaker.
        tail_of_quote = art.quoted.contains(max(b_start - 2, 0)) or (
            b_start > 0 and text[b_start - 1] in "”\"'"
        )
        if cues and not tail_of_quote and not art.quoted.overlaps(b_start, b_end):
            m = cues[-1]
            tail = text[m.end() : b_end].strip(" .:")
            if len(tail.split()) <= 4 and not _THAT_WORD.search(tail):
                speaker = _speaker_for_cue(art, b_start, m, b_end)
                if speaker is not None:
                    return speaker
    if q.open_start != p_start:
        return None
    k = bisect.bisect_right(art.para_starts, q.close_end - 1)
    if k < len(art.paragraphs):
        n_start, n_end = art.paragraphs[k]
        m = _BYLINE.match(text, n_start, n_end)
        if m is not None and n_end - n_start < 200:
            speaker = _speaker_after(text, m.end(), n_end)
            if speaker is not None:
                return speaker
    j = bisect.bisect_right(art.para_starts, p_start - 1) - 1
    if j >= 0 and art.paragraphs[j][0] < p_start:
        b_start, b_end = art.paragraphs[j]
        if text[b_end - 1] == ":" and not art.quoted.contains(b_end - 1):
            s_start, _ = art.sentence(b_end - 1)
            found = _attribution_before(art, max(s_start, b_start), b_end)
            if found is not None:
                return found[1]
    return None


def _previous_direct(found: list[_Found], q: QuotationSpan, art: _Article) -> bool:
    if not found:
        return False
    prev = found[-1]
    return art.text[prev.end : q.open_start].count("\n") <= 2 and (
        q.open_start - prev.end < 400
    )


# Reported speech --------------------------------------------------------------

_THAT = re.compile(r"\s*(?:,\s*)?(?:that\s+)?", re.I)
_OBJECT_CUES = frozenset(
    [
        "tell",
        "tells",
        "told",
        "telling",
        "assure",
        "assured",
        "assures",
        "warn",
        "warns",
        "warned",
        "warning",
        "urge",
        "urges",
        "urged",
        "urging",
        "ask",
        "asks",
        "asked",
        "asking",
        "remind",
        "reminded",
    ]
)
_TIME_TAIL = re.compile(
    r"(?:\s+(?:on|last|this|earlier|late|early)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|"
    r"night|morning|afternoon|evening|day))+$"
)


_CONTENT_TAIL = frozenset(",;:" + DASHES)
_CONTENT_LEAD = _CONTENT_TAIL | {"("}


def _content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a reported clause: spaces, edge commas and a final period go."""
    while start < end and (text[start].isspace() or text[start] in _CONTENT_LEAD):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CONTENT_TAIL):
        end -= 1
    # A final period goes, but not from inside a closing quotation mark, so that
    # 'he was “not quite there yet.”' keeps its marks balanced.
    while end > start and text[end - 1] in ".!?":
        end -= 1
    m = _TIME_TAIL.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    return start, end


_SUBORDINATE = re.compile(
    r"\s*(?:while|when|although|though|because|since|if|after|before|as|whereas)\s",
    re.I,
)
_OBJECT = re.compile(
    r"\s+(?:[\w’'.-]+\s+){0,5}?that\s|\s+(?:reporters|him|her|them|us|me|"
    r"the\s+\w+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s"
)


_CIRCUMSTANCE = re.compile(
    r"(?:in|on|at|during|after|before|by|to|via|through|from)(?:\s+[\w’'.-]+){1,4}",
    re.I,
)


def _find_indirect(
    art: _Article, direct: list[_Found], used_cues: set[int]
) -> list[_Found]:
    text = art.text
    lex = _lexicon()
    direct_index = SpanIndex([(f.start, f.end) for f in direct])
    found: list[_Found] = []

    def add(c_start: int, c_end: int, speaker: _Speaker | None, m) -> None:
        if c_end - c_start < 8 or len(text[c_start:c_end].split()) < 2:
            return
        if _CIRCUMSTANCE.fullmatch(text, c_start, c_end):
            return  # "said in a statement.": where, not what
        if direct_index.overlaps(c_start, c_end):
            # The reported clause is a direct quotation found already.
            inside = sum(
                min(c_end, f.end) - max(c_start, f.start)
                for f in direct
                if f.start < c_end and f.end > c_start
            )
            if inside > 0.5 * (c_end - c_start):
                return
        if direct_index.contains(c_start) or (
            text[c_start] in "\"“'" and direct_index.contains(c_start + 2)
        ):
            return  # the clause is a direct quotation already found
        found.append(_Found(c_start, c_end, "indirect", speaker, m.start(), m.end()))

    headline_end = art.paragraphs[0][1] if art.paragraphs else 0
    for s_start, s_end in art.sentences:
        if s_end <= headline_end and headline_end < 200:
            # A headline capitalises its verbs ("Clinton Says ...") and may
            # attribute with a colon ("Historians: Clinton, Obama linked").
            lo = bisect.bisect_left(art.words, (s_start, s_start))
            hi = bisect.bisect_left(art.words, (s_end, s_end))
            cues = _find_cues(text, art.words[lo:hi], fold_case=True)
            colon = _HEADLINE_COLON.match(text[s_start:s_end])
            if colon is not None and not cues:
                speaker = _noun_phrase(text, s_start, s_start + colon.end(1))
                if speaker is None:
                    speaker = _Speaker(
                        *_trim(text, s_start, s_start + colon.end(1)), "noun", None
                    )
                c_start, c_end = _content(text, s_start + colon.end(), s_end)
                if c_end > c_start:
                    found.append(
                        _Found(
                            c_start,
                            c_end,
                            "indirect",
                            speaker,
                            s_start + colon.end(1),
                            s_start + colon.end(1) + 1,
                        )
                    )
                continue
        else:
            cues = _cue_match(art, s_start, s_end)
        for m in cues:
            if m.start() in used_cues or art.quoted.contains(m.start()):
                continue
            cue = m.group()
            lower = cue.lower()
            kind = lex.cue_type.get(lower) or lex.cue_type.get(cue, "")
            if lower.startswith("according"):
                kind = "source"
            if kind == "quote":
                continue  # "states", "began": cues only next to a quotation
            if lower.startswith("according"):
                _according_to(text, s_start, s_end, m, add)
                continue
            left = text[s_start : m.start()]
            cut = _last_break(left, 0, len(left))
            clause_lo = s_start + cut + 1 if cut >= 0 else s_start
            bare = not text[clause_lo : m.start()].strip(" \t\n\"”’'")
            progressive = _AUX_END.search(left)
            if _is_participle(cue) and not progressive:
                if cut >= 0 and bare:
                    # "Sessions sent out a warning, saying ..."
                    speaker = _subject_before(art, s_start, clause_lo - 1)
                elif kind == "speech" and _DOCUMENT_BEFORE.search(left):
                    # "a press release saying ...": the sender of the document.
                    speaker = _subject_before(art, s_start, m.start())
                else:
                    continue
                _report_after(text, m, s_end, speaker, add, lower, None)
                continue
            speaker = _speaker_before(text, s_start, m.start())
            if speaker is None and bare and cut >= 0 and kind == "speech":
                # "..., said Smith."
                inverted = _speaker_after(text, m.end(), s_end)
                if inverted is not None:
                    add(*_content(text, s_start, clause_lo - 1), inverted, m)
                    continue
            if speaker is None and _AND_END.search(left):
                # "Fields tweeted a photograph and said ...": the shared subject.
                speaker = _subject_before(art, s_start, m.start())
            if speaker is None:
                who = _WHO_END.search(left)
                if who is not None:
                    # "Podesta, who said ...": the relative pronoun's antecedent.
                    speaker = _speaker_at_clause_end(
                        text, s_start, s_start + who.start()
                    )
            if speaker is None and kind == "speech":
                speaker = _bare_subject(text, clause_lo, m.start())
            if speaker is None:
                speaker = _adjacent_subject(text, s_start, m.start())
            if speaker is None:
                continue
            subject_start = speaker.start if speaker.lead is None else speaker.lead
            comma = text.rfind(",", s_start, subject_start)
            rest = text[m.end() : s_end].strip(' .!?”"')
            after = _TIME_AFTER.match(text, m.end(), s_end)
            aside = after is not None and text[after.end() : after.end() + 1] in ",;"
            if comma >= 0 and kind == "speech" and (len(rest.split()) <= 4 or aside):
                # "..., Smith said." at the end of the sentence: content before it;
                # "A, Smith said, B." is one attribution in two fragments.
                add(*_content(text, s_start, comma), speaker, m)
                if aside and len(rest.split()) > 4:
                    add(*_content(text, after.end() + 1, s_end), speaker, m)
                continue
            lead = text[clause_lo:subject_start]
            subordinate = (
                _SUBORDINATE.match(lead) is not None
                or kind == "attitude"
                or _WHO_VERB_END.search(left) is not None
            )
            _report_after(text, m, s_end, speaker, add, lower, subordinate)
    return found


_DOCUMENT_BEFORE = re.compile(
    r"\b(?:statement|release|letter|email|e-mail|message|memo|note|tweet|post|ad|"
    r"video|sign|signs|report|filing|headline|caption)\s+$"
)
_TIME_AFTER = re.compile(
    r"(?:\s+(?:on|last|this|earlier|late|early|in\s+an?)\s+[\w-]+)*\s*"
)


_PRONOUN_END = re.compile(r"(?:^|\s)(he|she|they|we|i|He|She|They|We|I)$")


def _adjacent_subject(text: str, lo: int, cue: int) -> _Speaker | None:
    """Return a pronoun or name standing right before a cue inside a clause.

    "... acting as though they want to lose" -> they; "he and Brafman had
    basically said" -> Brafman. Used when the clause as a whole has no subject
    that opens it.
    """
    start, _ = _trim(text, lo, cue)
    end = cue
    while end > start and text[end - 1].isspace():
        end -= 1
    m = _ADVERBS.search(text, max(start, end - _ADVERB_WINDOW), end)
    if m and m.start() > start:
        end = m.start()
    pron = _PRONOUN_END.search(text, max(start, end - 5), end)
    if pron is not None:
        return _Speaker(pron.start(1), pron.end(1), "pronoun", None)
    k = max(start, end - 60)
    for run in _CAP_RUN.finditer(text, k, end):
        if run.end() == end or text[run.end() : end] in ("’s", "'s"):
            return _noun_phrase(text, run.start(), end)
    return None


def _bare_subject(text: str, lo: int, cue: int) -> _Speaker | None:
    """Any short subject before "said": "60 percent of voters", "tech executives"."""
    lead = _CLAUSE_LEAD.match(text, lo, cue)
    start, end = _trim(text, lead.end() if lead else lo, cue)
    phrase = text[start:end]
    words = phrase.split()
    if not 1 <= len(words) <= 7 or _MARKS.search(phrase):
        return None
    if words[0].lower() in ("it", "this", "that", "there", "which", "what"):
        return None
    return _Speaker(start, end, "noun", None)


_APPOSITIVE = re.compile(r"\s*(?:who|which|whose|now|\d+)\b", re.I)


def _according_to(text: str, s_start: int, s_end: int, m, add) -> None:
    """Add the clause an "according to X" attribution reports.

    "Y, according to X." reports Y; "According to X, Y." and the aside "The
    plan, according to X, is Y." report what follows, in the second case as
    two fragments when the words before it are a clause of their own.
    """
    before = text[s_start : m.start()].strip(" ,")
    speaker = _speaker_after(text, m.end(), s_end, appositive=False)
    if speaker is None:
        # Any short phrase names a source here ("USA TODAY contributor and
        # monetary historian David Marsh").
        comma = text.find(",", m.end(), s_end)
        a, b = _trim(text, m.end(), comma if comma >= 0 else s_end)
        if b <= a or len(text[a:b].split()) > 12:
            return
        speaker = _Speaker(a, b, "noun", None)
    comma = text.find(",", speaker.end, s_end)
    after = None
    if comma >= 0 and not _APPOSITIVE.match(text, comma + 1, s_end):
        after = _content(text, comma + 1, s_end)
        if len(text[after[0] : after[1]].split()) < 3:
            after = None
    if before and (after is None or len(before.split()) > 3):
        add(*_content(text, s_start, m.start()), speaker, m)
    if after is not None:
        add(*after, speaker, m)


def _report_after(text, m, s_end, speaker, add, lower, subordinate) -> None:
    """Add the reported clause after a cue: "said (that) ...", "told X that ..."."""
    c_start = m.end()
    if lower in _OBJECT_CUES:
        obj = _OBJECT.match(text, c_start, s_end)
        if obj:
            c_start = obj.end()
    that = _THAT.match(text, c_start, s_end)
    c_start = that.end() if that else c_start
    c_end = s_end
    semicolon = text.find(";", c_start, s_end)
    if semicolon >= 0 and not _inside_quote(text, c_start, semicolon):
        c_end = semicolon  # "...; 46 percent said ..." is another attribution
    if subordinate:
        comma = text.find(",", c_start, c_end)
        if comma >= 0:
            c_end = comma
    add(*_content(text, c_start, c_end), speaker, m)


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """Say whether ``pos`` lies after an unclosed opening mark from ``start``."""
    chunk = text[start:pos]
    return chunk.count("“") > chunk.count("”") or chunk.count('"') % 2 == 1


# ---------------------------------------------------------------------------
# Resolution


def _resolve(art: _Article, found: _Found):
    """Return (speaker name, unnamed, affiliation) for one attribution."""
    text = art.text
    sp = found.speaker
    lex = _lexicon()
    registry = art.registry
    if sp is None:
        return None, False, None
    mention = text[sp.start : sp.end]
    if not mention.strip():
        return None, False, sp.affiliation
    if sp.kind == "pronoun" or mention.lower() in lex.pronouns:
        # A capitalised pronoun read as a name ("Her reply was:") is a pronoun.
        gender = lex.pronouns.get(mention.lower(), "")
        if gender not in ("male", "female"):
            return None, False, sp.affiliation
        k = bisect.bisect_left(registry.mentions, (sp.start,), key=lambda m: (m[0],))
        for _, person in reversed(registry.mentions[:k]):
            if person.gender in ("", gender):
                return person.name, False, sp.affiliation
        return None, False, sp.affiliation
    if sp.kind == "name":
        title = _COURTESY.search(text, max(0, sp.start - 6), sp.start)
        gender = _COURTESY_GENDER[title.group(1)] if title else ""
        person = registry.lookup(mention, gender, sp.start)
        if person is None and mention.isupper():
            person = registry.lookup_label(mention)
        name = person.name if person is not None else mention
        return name, False, sp.affiliation
    # A noun phrase: a role named earlier ("the mayor") or an unnamed source.
    prep = _PREPOSITION.search(mention)
    described = mention[: prep.start()] if prep else mention
    head = (described.split() or [""])[-1].lower()
    person = registry.by_role.get(head)
    # "the senator said": the one senator of the article, if named before; with
    # two senators, or one named only later, the role stays.
    if (
        person is not None
        and mention.lower().startswith("the ")
        and registry.last_with_role(head, sp.start) is person
    ):
        return person.name, False, sp.affiliation
    words = described.split()
    # "officials", "a Justice Department spokesman": a source noun as head; "the
    # Justice Department" names an institution (its head is capitalised).
    unnamed = head in lex.nouns and (words[-1].islower() or len(words) == 1)
    if head in _INSTITUTION_HEADS and any(
        w[:1].isupper() and not _DETERMINER.match(w + " ") for w in words[:-1]
    ):
        unnamed = False  # "Holt's office", "Harbor magazine": named, not anonymous
    return mention, unnamed, sp.affiliation


# Source nouns naming an institution; with a name before them ("Harbor magazine",
# "Holt's office") the source is named.
_INSTITUTION_HEADS = frozenset(
    [
        "office",
        "campaign",
        "magazine",
        "newspaper",
        "editorial",
        "board",
        "administration",
        "department",
        "agency",
        "committee",
    ]
)


def _reply(art: _Article, f: _Found, last, prior):
    """Return the resolved speaker of an answer to the quotation before it.

    A cue-less quotation that opens the paragraph after a quoted question is
    the other party's turn: the person asked ("“Are you running?” the host
    asked Tom Roe. ⏎ “Not today.”" -> Tom Roe), else the speaker before the
    question. A later cue-less paragraph keeps the last turn's speaker.
    """
    if last is None:
        return None
    text = art.text
    prev, resolved = last
    k = bisect.bisect_right(art.para_starts, f.start) - 1
    j = bisect.bisect_right(art.para_starts, prev.start) - 1
    opens = (
        not text[art.para_starts[k] : f.start].strip(" \t\"“”'‘’") if k >= 0 else False
    )
    if j != k - 1 or not opens:
        return None
    if not text[prev.start : prev.end].rstrip(" ,.’”\"'").endswith("?"):
        # Not an exchange: a cue-less paragraph after a cue-less turn keeps it.
        return resolved if prev.cue_start is None and prev.continues else None
    if (
        prev.cue_end is not None
        and text[prev.cue_start : prev.cue_end].lower()[:3] == "ask"
    ):
        asked = _speaker_after(text, prev.cue_end, art.paragraphs[j][1])
        if asked is not None and asked.kind == "name":
            other = _resolve(art, _Found(f.start, f.end, "direct", asked, None, None))
            if other[0] is not None and other[0] != resolved[0]:
                return (*other, asked)
    if prior is not None and prior[1][0] != resolved[0]:
        i = bisect.bisect_right(art.para_starts, prior[0].start) - 1
        if i >= j - 2:
            return prior[1]
    return None


def _same_turn(art: _Article, prev: _Found, f: _Found) -> bool:
    """Say whether ``f`` follows ``prev`` in its paragraph with no sentence between.

    Only the sentence that closes ``prev`` (its attribution) may lie between.
    """
    if art.paragraph(prev.start) != art.paragraph(f.start):
        return False
    lo = bisect.bisect_right(art.sent_starts, prev.end)
    hi = bisect.bisect_right(art.sent_starts, f.start)
    between = hi - lo  # sentences opening after ``prev``, ``f``'s own included
    if between == 2 and prev.cue_start is not None:
        # "“A.” Smith said. “B.”" may be split after “A.”: the attribution
        # sentence in between is ``prev``'s own.
        between -= art.sent_starts[lo] <= prev.cue_start < art.sent_starts[lo + 1]
    return between <= 1


_COURTESY = re.compile(r"\b(Mr|Mrs|Ms)\.\s+$")
_COURTESY_GENDER = {"Mr": "male", "Mrs": "female", "Ms": "female"}


def _dedupe(found: list[_Found]) -> list[_Found]:
    """Keep one attribution where two cues report the same clause.

    The first found wins (cues are read in text order, so "X said that Y,
    adding ..." keeps "said").
    """
    kept: list[_Found] = []
    spans: list[tuple[int, int]] = []
    for f in found:
        length = f.end - f.start
        clash = False
        for a, b in spans:
            overlap = min(b, f.end) - max(a, f.start)
            if overlap > 0.5 * min(length, b - a):
                clash = True
                break
        if not clash:
            kept.append(f)
            spans.append((f.start, f.end))
    return kept


_PARTIAL_QUOTE = re.compile(r"[“”\"]|''")


def extract_quotes(text):
    """Find direct quotations and reported speech, each with its resolved speaker.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.

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
    verbs start from Bergler's (1992) list. Measured on PolNeAR dev: direct
    quotes strict F1 0.94 with speaker accuracy 0.86, all attributions
    lenient F1 0.70 (see ``benchmarks/quotes_eval.md``). A speaker is a
    person's name when one is given (a role such as "the spokesman, Ann
    Roe," goes to ``affiliation``, a party tag "(D-Ore.)" to ``party``), else
    the description of the source.

    Examples
    --------
    >>> from framing import extract_quotes
    >>> text = 'Mayor Ann Lee spoke. “We will not comply,” she said.'
    >>> [(q.text, q.kind, q.speaker, q.cue) for q in extract_quotes(text)]
    [('We will not comply,', 'direct', 'Ann Lee', 'said')]
    >>> text = "A senior official said the talks had stalled."
    >>> [(q.text, q.speaker, q.unnamed) for q in extract_quotes(text)]
    [('the talks had stalled', 'A senior official', True)]
    """
    text = as_text(text)
    if not text.strip():
        return []
    art = _Article(text)
    direct, used = _find_direct(art)
    indirect = _dedupe(_find_indirect(art, direct, used))
    out: list[Quote] = []
    # Attributions seen so far: (end of the speaker mention, resolved speaker).
    seen: list[tuple[int, tuple]] = []
    last_direct: tuple[_Found, tuple] | None = None  # with its resolved speaker
    prior_direct: tuple[_Found, tuple] | None = None  # the one before it
    for f in sorted(direct + indirect, key=lambda f: (f.start, f.end)):
        if f.end <= f.start:
            continue
        name, unnamed, affiliation = _resolve(art, f)
        sp = f.speaker
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
                for pos, resolved in reversed(seen):
                    if pos <= f.start:
                        if text.count("\n", pos, f.start) <= 4:
                            name, unnamed, affiliation, sp = resolved
                        break
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
            seen.append((sp.end, (name, unnamed, affiliation, sp)))
            seen.sort(key=lambda item: item[0])
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
            )
        )
    return out
