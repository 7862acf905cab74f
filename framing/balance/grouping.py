"""From quotes to sources: ``sources(text)`` and ``sources_from_quotes(quotes)``.

Quotes are grouped by speaker; each source gets its side (actors table, else the
debate's party default, `framing.parties`), its type and gender
(`framing.voices`), and the group is measured by `framing.balance.metrics`.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from framing import mentions, voices
from framing._validation import as_text
from framing.balance.actors import _SEPARATOR, UNKNOWN, Actor, load_actors
from framing.balance.metrics import Source, SourceBalance, _balance
from framing.balance.naming import fullest_names
from framing.document import Document, as_document
from framing.errors import InputError
from framing.officials import Official, kind_of_source, load_officials
from framing.parties import NO_DEBATE, check_issue, detect_issue, party_sides
from framing.quotes import extract_quotes
from framing.quotes.sourcehood import _HEADLINE_LABELS, _is_description, _poll_share
from framing.text import SpanIndex, count_words, quotation_spans

# What follows a name in an apposition: "of Florida", "(D-Fla.)".
_NAME_TAIL = re.compile(r"\s+(?:of|from)\s.*|\s*\(.*", re.S)


def _person_named(affiliation: Any) -> str | None:
    """Return the person's name an apposition gives, titles and place dropped.

    "Ellen Marsh" -> "Ellen Marsh"; "Rep. Debbie Wasserman Schultz of Florida"
    -> "Debbie Wasserman Schultz"; "the company" -> None.
    """
    if not isinstance(affiliation, str):
        return None
    words = _NAME_TAIL.sub("", affiliation).split()
    while len(words) > 2 and mentions.is_title_word(words[0]):
        words.pop(0)
    name = " ".join(words)
    return name if mentions.looks_like_person(name) else None


def sources(
    text: Any,
    actors: Any = None,
    issue: str | None = None,
    genders: Any = None,
    officials: Any = None,
) -> SourceBalance:
    """Group an article's quotes by source, code each source's side, measure balance.

    Runs `framing.extract_quotes` once and hands its quotes to
    `sources_from_quotes`; see there for every metric.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives a result without sources.
    actors : None, path-like, pandas.DataFrame or ActorTable, default=None
        The actors table (see `load_actors`); the bundled one when None.
    issue : str, default=None
        The debate ("immigration", "guns", "abortion", ...: the ``issue`` column
        of the actors table, described in ``framing/data/debates.csv``), or
        ``"none"`` (`framing.parties.NO_DEBATE`: no debate, every side
        "unknown"). None with the bundled table detects it from the article's
        topic words (`framing.parties.detect_issue`); when no debate has enough
        of them every side is "unknown". None with your own table uses all its
        rows. With the bundled table an unknown name is an error; with your own
        table it may also be any value of the table's ``issue`` column.
    genders : mapping or pandas.DataFrame, optional
        Your own knowledge: full or first name -> "female", "male" or "unknown"
        (a DataFrame with the columns ``name`` and ``gender``); applied before
        any evidence in the text (see `framing.voices.source_gender`).
    officials : None, path-like, pandas.DataFrame or OfficialsTable, optional
        Known officials (`framing.officials.load_officials`; the bundled US
        table when None): a listed person's gender, party and type come from
        the table, before the article's titles, pronouns or first-name table.

    Returns
    -------
    SourceBalance

    Examples
    --------
    >>> text = (
    ...     'Jordan Ellis, a mother of three, said, "We are scared." '
    ...     '"We will sue," said a spokeswoman for the ACLU.'
    ... )
    >>> table = sources(text).table
    >>> table["name"].tolist()
    ['Jordan Ellis', 'a spokeswoman for the ACLU']
    >>> table["type"].tolist(), table["gender"].tolist()
    (['citizen', 'advocacy'], ['female', 'female'])
    >>> text = 'Sen. Ann Roe (R-Ohio) said the gun bill was dead. “Guns save lives.”'
    >>> table = sources(text, issue="guns").table
    >>> table[["name", "side", "party", "actor"]].values.tolist()
    [['Ann Roe', 'gun_rights', 'R-Ohio', 'party:R']]
    >>> result = sources("")
    >>> result.n_sources, result.sides
    (0, ())
    >>> sources(text, issue="gnus")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    framing.errors.InputError: unknown debate 'gnus'; known debates are ...
    """
    doc = as_document(text)
    issue = article_issue(doc, issue, actors)
    return sources_from_quotes(
        extract_quotes(doc),
        actors,
        issue=issue,
        text=doc,
        genders=genders,
        officials=officials,
    )


def sources_from_quotes(
    quotes: Any,
    actors: Any = None,
    issue: str | None = None,
    *,
    text: Any = None,
    genders: Any = None,
    officials: Any = None,
) -> SourceBalance:
    """Group quotes into distinct sources, code their sides and measure balance.

    Quotes whose resolved speakers are equal (ignoring case and spacing) are one
    source; an unnamed source is keyed by its description and affiliation, so
    "a spokesman" of ICE and "a spokesman" of the ACLU are two sources. A quote
    without a speaker is keyed by its affiliation; with neither it counts only in
    ``unattributed_quotes``. A source takes the side of the actors-table row
    matching its speaker, else its affiliation (see `ActorTable.match`); a source
    no row matches takes the debate's default side for its party, when it has one
    (a party tag, party words in ``text`` or the description, or
    ``politicians.csv``: see `framing.parties.party_sides`); else "unknown".

    Parameters
    ----------
    quotes : iterable of Quote
        E.g. ``extract_quotes(text)``; anything with the attributes ``text``,
        ``start``, ``end``, ``kind`` ("direct" or "indirect"), ``speaker``,
        ``affiliation`` and ``unnamed``. None gives a result without sources.
    actors : None, path-like, pandas.DataFrame or ActorTable, default=None
        The actors table (see `load_actors`); the bundled one when None.
    issue : str, default=None
        The debate, as in `sources` (checked the same way; ``"none"`` gives every
        source the side "unknown"); None gives the bundled table's default
        ("immigration") or all rows of your own table.
    text : str or Document, optional
        The article the quotes come from. With it, a source's type and gender
        also read the titles, appositions, courtesy titles and pronouns around
        its name, and party words next to names ("Ann Roe, a Democrat"); without
        it only the quotes' own fields are read.
    genders : mapping or pandas.DataFrame, optional
        Name -> gender overrides (see `sources`).
    officials : None, path-like, pandas.DataFrame or OfficialsTable, optional
        Known officials (see `sources`).

    Returns
    -------
    SourceBalance
        With, for the sides S of the actors table (K of them) and w_s the words
        inside direct quotes of sources on side s:

        - ``sources_per_side[s]``: distinct sources on s (and on "unknown");
        - ``quoted_words_per_side[s]`` = w_s (and for "unknown");
        - ``direct_share[s]`` = w_s / all direct quoted words, unknown sources
          included, so the shares with "unknown" sum to 1 (NaN without direct
          quotes);
        - ``balance_index`` = 1 - K / (2 (K - 1)) * sum over s in S of
          abs(p_s - 1/K), with p_s = w_s / sum of w over S: one minus the total
          variation distance between the sides' shares of direct voice and equal
          shares, scaled to [0, 1]. For two sides A and B it is
          1 - abs(w_A - w_B) / (w_A + w_B): 1 when both speak equally, 0 when
          only one side speaks directly. NaN when no side speaks directly or the
          table has fewer than two sides. Unknown sources do not enter it;
        - ``paraphrase_only_sides``: sides with a source but no direct quote;
        - ``unnamed_share``: unnamed sources / all sources (NaN without sources);
        - ``sources_per_type`` and ``quoted_words_per_type``, ``sources_per_gender``
          and ``quoted_words_per_gender``: sources and direct quoted words by the
          type and gender `framing.voices` gives each source;
        - ``nonneutral_per_side`` and ``nonneutral_per_type``: attributions whose
          cue is not neutral (a quote's ``neutral_cue`` attribute, True when
          absent).

    Raises
    ------
    InputError
        When a quote lacks one of those attributes or has another kind.

    Notes
    -----
    Content analyses of balance compare how much space or how many assertions a
    story gives each side of a controversy (Fico & Soffin 1995, Journalism & Mass
    Communication Quarterly 72(3); review: Hopmann, Van Aelst & Legnante 2012,
    "Political balance in the news", Journalism 13(2)). Here the space is words
    in direct quotation, where a side speaks in its own words; paraphrase is
    reported separately because the journalist's wording stands in for it.

    Examples
    --------
    >>> from framing.quotes import Quote
    >>> text = (
    ...     'Jeff Sessions said, "We will enforce the law." '
    ...     "A USCM spokesman said the report was flawed."
    ... )
    >>> def quote(words, kind, speaker, affiliation=None):
    ...     start = text.find(words)
    ...     return Quote(words, start, start + len(words), kind, speaker,
    ...                  None, None, "said", affiliation, False)
    >>> result = sources_from_quotes([
    ...     quote("We will enforce the law.", "direct", "Jeff Sessions"),
    ...     quote("the report was flawed", "indirect", "a spokesman", "USCM"),
    ... ])
    >>> cols = ["name", "side", "direct", "indirect", "quoted_words"]
    >>> result.table[cols].to_dict("list")
    {'name': ['Jeff Sessions', 'a spokesman'],
     'side': ['enforcement', 'immigrant_rights'], 'direct': [1, 0], 'indirect': [0, 1],
     'quoted_words': [5, 0]}
    >>> result.balance_index, result.paraphrase_only_sides
    (0.0, ('immigrant_rights',))
    """
    _checked_issue(issue, actors)
    table = load_actors(actors, issue)
    overrides = voices.check_overrides(genders)
    roster = load_officials(officials)
    doc = text if isinstance(text, Document) else None
    text = doc.text if doc is not None else as_text(text)
    by_party = party_sides(table, issue, text)
    groups: dict[tuple[bool, str], dict[str, Any]] = {}
    unattributed = 0
    for quote in _checked_quotes(quotes):
        kind, speaker, affiliation, unnamed, party, mention, neutral = quote[1:]
        person = _person_named(affiliation)
        if person is not None and not mentions.looks_like_person(speaker):
            # "A lawyer for the company, Ellen Marsh, said", "The chairwoman of
            # the committee, Rep. Ann Roe of Florida, said": the name is the
            # speaker, the description its affiliation.
            speaker, affiliation, unnamed = person, speaker, False
        name = speaker or affiliation
        if not name or name.lower() in _HEADLINE_LABELS or _poll_share(name):
            # "Report: ACA abortion rules ignored": a headline's label is no
            # source; nor is a poll's share ("31 percent said ...").
            unattributed += 1
            continue
        # "a spokesman" of ICE and "a spokesman" of the ACLU are two sources.
        described = f"{name} | {affiliation or ''}" if unnamed else name
        group = groups.setdefault(
            (unnamed, _SEPARATOR.sub(" ", described).lower()),
            {
                "name": name,
                "affiliation": None,
                "direct": 0,
                "indirect": 0,
                "quoted_words": 0,
                "unnamed": unnamed,
                "speaker": speaker,
                "party": None,
                "mentions": [],
                "nonneutral": 0,
            },
        )
        group["party"] = group["party"] or party
        group["mentions"].append(mention)
        group["nonneutral"] += not neutral
        if group["affiliation"] is None and affiliation and speaker:
            group["affiliation"] = affiliation
        group[kind] += 1
        if kind == "indirect":  # "... said she was told"
            group.setdefault("opens", []).extend(str(quote[0]).split(maxsplit=1)[:1])
        if kind == "direct":
            group["quoted_words"] += count_words(quote[0])
    _merge_people(groups)
    if text:
        _merge_roles(groups, text)
        fullest_names(groups, text, _merge_into)
    found = []
    if doc is not None:
        quoted = doc.in_quote
    else:
        quoted = _quoted_index(text) if groups and text else _never
    # A long text (many stories, many sources) gets one index of its capitalised
    # words, so each source's name is found without a pass over the whole text.
    index = mentions.word_index(text) if groups and len(text) > _INDEXED else None
    # Who a listed person is (their role, hence their type) does not depend on
    # the debate: without one, the bundled rows of every debate still say it.
    roles = _every_debate() if actors is None and issue == NO_DEBATE else None
    for g in groups.values():
        actor = table.match(g["speaker"] or g["name"], g["affiliation"])
        listed = actor
        if listed is None and roles is not None:
            listed = roles.match(g["speaker"] or g["name"], g["affiliation"])
        official = None if g["unnamed"] else roster.find(g["speaker"], text)
        source_type, gender = _who(g, listed, text, quoted, overrides, index, official)
        side, decided, party = UNKNOWN, None, g["party"]
        if official is not None and actor is None and not party and official.party:
            # The actors table decides first; a known official it does not list
            # takes the table's party.
            party = official.party
        if actor is not None:
            side, decided = actor.side, actor.pattern
        else:  # issue 14: the debate's default side for the source's party
            code, default = by_party(g["speaker"] or g["name"], g["affiliation"], party)
            if default is not None:
                side, decided, party = default, f"party:{code}", party or code
        found.append(
            Source(
                g["name"],
                g["affiliation"],
                side,
                g["direct"],
                g["indirect"],
                g["quoted_words"],
                # Unnamed as the codebook codes it: a source written as
                # described ("Some epidemiologists", "A reporter").
                g["unnamed"] or _is_description(g["name"]),
                decided,
                party,
                source_type,
                gender,
                g["nonneutral"],
            )
        )
    return _balance(tuple(found), table.sides, unattributed)


def article_issue(doc: Any, issue: Any = None, actors: Any = None) -> str | None:
    """Return the debate whose sides an article's sources take (checked).

    The one decision that `sources`, `framing.highlight`, the tables and the
    command line make (``analyze()`` makes the same per row).

    The user's ``issue``; else, with the bundled actors table, the debate the
    article's topic words point at (`framing.parties.detect_issue`), or
    `framing.parties.NO_DEBATE` when they point at none; else None (all rows of
    the user's own table). Every entry point decides through here.

    Examples
    --------
    >>> article_issue("The NRA fought the gun bill; gun owners rallied for rifles.")
    'guns'
    >>> article_issue("The council met on Tuesday.")
    'none'
    """
    _checked_issue(issue, actors)
    if issue is None and actors is None:
        return detect_issue(doc)[0] or NO_DEBATE
    return issue


def _checked_issue(issue: Any, actors: Any) -> None:
    """Raise the InputError of `framing.parties.check_issue` for an unknown debate.

    With the user's own actors table a value of its ``issue`` column is a debate too.
    """
    if issue is None or actors is None:
        check_issue(issue)
        return
    try:
        check_issue(issue)
    except InputError:
        table = load_actors(actors)
        if not isinstance(issue, str) or issue not in {a.issue for a in table.actors}:
            raise


def _merge_into(
    target: dict[str, Any], group: dict[str, Any], affiliation: bool
) -> None:
    """Add one source group's counts and mentions to another (one row per person)."""
    for field_ in ("direct", "indirect", "quoted_words", "nonneutral"):
        target[field_] += group[field_]
    target["mentions"] += group["mentions"]
    target["party"] = target["party"] or group["party"]
    if affiliation:
        target["affiliation"] = target["affiliation"] or group["affiliation"]


def _merge_people(groups: dict[tuple[bool, str], dict[str, Any]]) -> None:
    """Merge "Father Kane" or "Kane" into "Michael Kane": a surname already named.

    Only when exactly one fuller name ends with that surname.
    """
    named = {k: g for k, g in groups.items() if not k[0] and g["speaker"]}
    for key, group in list(named.items()):
        words = group["speaker"].split()
        # "Newsom" alone (round 5) is merged like "Father Kane": a surname
        # already named in full by exactly one source.
        if not words or not all(mentions.is_title_word(w) for w in words[:-1]):
            continue
        if len(words) == 1 and not words[0][:1].isupper():
            continue
        fuller = [
            g
            for k, g in named.items()
            if k != key
            and g["speaker"].split()[-1] == words[-1]
            and not all(mentions.is_title_word(w) for w in g["speaker"].split()[:-1])
        ]
        if len(fuller) != 1:
            continue
        _merge_into(fuller[0], group, affiliation=True)
        del groups[key]
        del named[key]


_DEFINITE_ROLE = re.compile(r"[Tt]he\s+([a-z]+)")


def _merge_roles(groups: dict[tuple[bool, str], dict[str, Any]], text: str) -> None:
    """Merge "the judge" into the one named source the article calls a judge.

    A definite role ("the judge", "the senator") is the named source whose title
    ("Magistrate Judge Candy Dale") or apposition ("Candy Dale, the judge in the
    case") holds that role, when exactly one named source has it; else the role
    stays an unnamed source. Only the text around the role's occurrences is read.
    """
    roles = []
    for key, group in groups.items():
        m = _DEFINITE_ROLE.fullmatch(group["name"])
        if m is not None and m.group(1) not in _DOCUMENT_HEADS:
            roles.append((key, group, m.group(1)))
    if not roles:
        return
    named = [
        g
        for k, g in groups.items()
        if not k[0] and g["speaker"] and len(g["speaker"].split()) >= 2
    ]
    if not named:
        return
    # Named sources by the last word of their name: each occurrence of a role
    # looks up only the names its neighbourhood can hold (linear in the text).
    by_last: dict[str, list[dict[str, Any]]] = {}
    for g in named:
        by_last.setdefault(g["speaker"].split()[-1], []).append(g)
    table = voices._type_table()
    roles = [(key, group, role) for key, group, role in roles if table.find(role)]
    if not roles:
        return
    # Every occurrence of every role word, in one pass over the text.
    hits: dict[str, list[re.Match]] = {}
    alternation = "|".join(sorted({re.escape(role) for _, _, role in roles}))
    for hit in re.finditer(rf"\b(?:{alternation})\b", text, re.I):
        hits.setdefault(hit.group().lower(), []).append(hit)
    for key, group, role in roles:
        found: list[dict[str, Any]] = []
        for hit in hits.get(role, ()):
            after = text[hit.end() : hit.end() + 60]
            before = text[max(0, hit.start() - 120) : hit.start()]
            title = after.split()[:4]  # "Judge Candy Dale"
            for i, last in enumerate(title):
                if last in title[:i] or not all(w[:1].isupper() for w in title[:i]):
                    continue
                found.extend(by_last.get(last, ()))
            if _APPOSED.search(before):  # "Candy Dale, the judge in the case"
                for part in before.split(",")[:-1]:
                    words = part.split()
                    for g in by_last.get(words[-1], ()) if words else ():
                        if g["speaker"] + "," in before:
                            found.append(g)
        fits = list({id(g): g for g in found if g is not group}.values())
        if len(fits) != 1:
            continue
        _merge_into(fits[0], group, affiliation=False)
        del groups[key]


# "Name, the (...) " right before a role word.
_APPOSED = re.compile(r",\s+(?:the|a|an)\s+(?:[\w’'.-]+\s+){0,4}$")
# Definite descriptions that are documents, not roles: "the report", "the bill".
_DOCUMENT_HEADS = frozenset(
    ["report", "statement", "study", "survey", "poll", "letter", "bill", "law", "order"]
)


@functools.cache
def _every_debate() -> Any:
    """Return the bundled actors table with the rows of every debate."""
    return load_actors(Path(str(files("framing") / "data" / "actors.csv")))


_INDEXED = 50_000  # characters: longer texts get a word index (issue 20)


def _never(pos: int) -> bool:
    return False


def _quoted_index(text: str):
    """Return pos -> whether ``pos`` lies inside quotation marks."""
    index = SpanIndex([(q.start, q.end) for q in quotation_spans(text)])
    return index.contains


_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "hers"})
_ROLE_HEAD = re.compile(r"[^;,(\d]*")
# Capitalised words only, e.g. "Sen.", "Attorney General", "Board President".
_TITLE_ONLY = re.compile(r"(?:[A-Z][\w.’'-]*\s*){1,4}")
#: The types that speak for the state (the "official sources" of news research,
#: e.g. Tiffen et al. 2014).


def voice_features(text: Any, actors: Any = None) -> dict[str, Any]:
    """Return who an article gives a voice to, as flat ``analyze()`` columns.

    Parameters
    ----------
    text : str or framing.document.Document
        The article; a Document's cached quotes (``doc.cache["quotes"]``) are
        reused. None or NaN give zero counts and NaN shares.
    actors : None, path-like, pandas.DataFrame or ActorTable, default=None
        The actors table, for the per-side counts of non-neutral cues.

    Returns
    -------
    dict
        The keys of `SourceBalance.voice_dict`; `voice_columns` gives their
        dtypes.

    Examples
    --------
    >>> text = (
    ...     'Sen. Ann Roe said, "We will win." '
    ...     '"We are scared," said Jordan Ellis, a mother of three.'
    ... )
    >>> row = voice_features(text)
    >>> row["women_quoted"], row["people_quoted"], row["official_sources"]
    (2, 2, 1)
    """
    doc = as_document(text)
    return sources_from_quotes(extract_quotes(doc), actors, text=doc).voice_dict()


def voice_columns(actors: Any = None) -> dict[str, str]:
    """Return the `voice_features` columns and their dtypes, in order.

    Examples
    --------
    >>> columns = voice_columns()
    >>> columns["women_share"], columns["women_quoted"], len(columns)
    ('float64', 'int64', 48)
    """
    empty = sources_from_quotes([], actors).voice_dict()
    return {
        key: "float64" if isinstance(value, float) else "int64"
        for key, value in empty.items()
    }


_SHE_HE = frozenset(["he", "she", "He", "She"])
_ONE = re.compile(r"(?:a|an|one|another)\s", re.IGNORECASE)


def _who(
    group: dict[str, Any],
    actor: Actor | None,
    text: str,
    quoted: Any,
    overrides: Mapping[str, str],
    index: Any = None,
    official: Official | None = None,
) -> tuple[str, str]:
    """Return (type, gender) of one grouped source.

    A known official (`framing.officials`) decides type and gender after the
    user's overrides and the actors table's role, before the article's evidence.
    """
    name = group["name"]
    pronouns = [m.lower() for m in group["mentions"] if m and m.lower() in _PRONOUNS]
    evidence = mentions._evidence(
        text, group["speaker"] or "", group["unnamed"], pronouns, quoted, index
    )
    source_type = UNKNOWN if official is None else official.type
    speaker = group["speaker"] or ""
    if (
        actor is not None
        and actor.kind == "person"
        and not group["unnamed"]
        and speaker.split()[-1:] == actor.pattern.split()[-1:]
    ):
        # The actors table says who a listed person is ("Attorney general
        # 2017-2018; ..."): its first words are the role.
        role = _ROLE_HEAD.match(actor.source).group().strip()
        source_type = voices.source_type(title=role, description=role)
        if source_type == UNKNOWN and official is not None:
            source_type = official.type
    title = evidence.title
    affiliation = group["affiliation"] or ""
    if _TITLE_ONLY.fullmatch(affiliation):
        # The extractor keeps "President", "Sen." or "Attorney General" apart.
        title = " | ".join(x for x in (title, affiliation) if x)
    if source_type in voices._OFFICE_TYPES:
        # "Secretary of State John Kerry": the office the article names decides.
        office = voices._office_type(title, affiliation)
        source_type = source_type if office == UNKNOWN else office
    if source_type == UNKNOWN:
        source_type = voices.source_type(
            name,
            group["affiliation"],
            title,
            evidence.description,
            group["party"],
            organisation=not group["unnamed"] and not evidence.person,
        )
    if source_type == UNKNOWN:
        # Party groups, outlets, agencies, citizens by what they do.
        source_type = kind_of_source(
            name, evidence.description, group["affiliation"] or ""
        )
    person = evidence.person
    described = [evidence.description, evidence.title, group["affiliation"]]
    if group["unnamed"]:
        described.insert(0, name)
    if official is not None and official.gender != "unknown":
        key = (group["speaker"] or name).lower()
        first = key.split()[0] if key.split() else key
        if key not in overrides and first not in overrides:
            return source_type, official.gender
    pronouns = evidence.pronouns
    if person and (group["unnamed"] or _ONE.match(name) or _is_description(name)):
        # One described person: "A student said she was told ...".
        pronouns += tuple(w.lower() for w in group.get("opens", ()) if w in _SHE_HE)
    gender = voices.source_gender(
        group["speaker"] or name,
        person=person,
        honorific=evidence.honorific,
        description=" | ".join(x for x in described if x),
        pronouns=pronouns,
        overrides=overrides,
    )
    return source_type, gender


def _checked_quotes(quotes: Any) -> list[tuple]:
    """Return (text, kind, speaker, affiliation, unnamed, party, mention, neutral)."""
    if quotes is None:
        return []
    if isinstance(quotes, (str, bytes)) or not isinstance(quotes, Iterable):
        raise InputError(
            "quotes must be a list of Quote objects (from extract_quotes); "
            f"got {type(quotes).__name__}"
        )
    rows = []
    for i, q in enumerate(quotes):
        try:
            values = (
                q.start,
                q.end,
                q.text,
                q.kind,
                q.speaker,
                q.affiliation,
                q.unnamed,
            )
        except AttributeError as exc:
            raise InputError(
                f"quote {i} has no attribute {exc.name!r}; pass Quote objects "
                "from framing.extract_quotes"
            ) from None
        start, end, text, kind, speaker, affiliation, unnamed = values
        if kind not in ("direct", "indirect"):
            raise InputError(
                f"quote {i}: kind must be 'direct' or 'indirect', got {kind!r}"
            )
        rows.append(
            (
                start,
                end,
                (
                    as_text(text, "quote text"),
                    kind,
                    _clean(speaker),
                    _clean(affiliation),
                    bool(unnamed),
                    _clean(getattr(q, "party", None)),
                    _clean(getattr(q, "speaker_mention", None)),
                    bool(getattr(q, "neutral_cue", True)),
                ),
            )
        )
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows]


def _clean(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    value = str(value).strip()
    return value or None
