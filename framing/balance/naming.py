"""A source row under the name a coder writes: the fullest form in the article.

The shared codebook (``allsides_gold/CODEBOOK.md``, section C) names a source "as
written at its fullest in the article", and a document that speaks ("the report
found") by its author organisation when the article names it, else as "the
report". `fullest_names` applies that to the source groups of
`framing.balance.grouping` before they are typed:

- an acronym is the organisation the article spells out, in brackets or not
  ("ACLU" -> "American Civil Liberties Union", "IPCC" -> "Intergovernmental
  Panel on Climate Change", "CDC" -> "Centers for Disease Control and
  Prevention");
- a document is its author: "the CBO report" -> "Congressional Budget Office",
  "The CDC's projection" -> the CDC, "a report" from Bloomberg News -> "Bloomberg
  News"; a document with no author named keeps its description;
- an outlet named by its short name is the name the article writes with
  "magazine" or "News" ("Time" -> "Time magazine", "Bloomberg" -> "Bloomberg
  News").

Groups whose new name is already a source are merged into it (one row per
source). Each rule was written from kinds of naming errors counted on the shared
and own-tune articles (issue 21, round 5; our reading).
"""

from __future__ import annotations

import functools
import re
from typing import Any

__all__ = ["fullest_names"]

_ACRONYM = re.compile(r"[A-Z]{2,6}")
_SMALL = frozenset(["of", "and", "for", "the", "on", "to", "&"])
# A run of capitalised words with the small words names hold ("Centers for
# Disease Control and Prevention", "United Nations’ Intergovernmental Panel on
# Climate Change").
_CAP_RUN = re.compile(
    r"(?:[A-Z][\w.'’-]*)(?:\s+(?:(?:of|and|for|the|on|to|&)\s+)*[A-Z][\w.'’-]*)*"
)
# Documents that speak for their author (codebook section C): "the CBO report".
# Written in lower case: "National Review" is an outlet, not a document.
_DOCUMENT = re.compile(
    r"report|study|survey|poll|analysis|paper|working paper|projection|"
    r"projections|estimate|estimates|forecast|findings|audit|review|memo|"
    r"investigation|data|tally|count|analysis|papers|court papers|filing|records"
)
_DET = re.compile(r"(?i:the|a|an|its|their)\s+")
_ANY_DOCUMENT = re.compile(rf"\b(?:{_DOCUMENT.pattern})\b")
# Modifiers of a document that are no author: "the 2015 report", "the January
# jobs report", "The New report".
_NO_AUTHOR = re.compile(
    r"(?:\d+|New|Latest|Annual|Final|Full|Recent|First|Second|Third|Senate|House|"
    r"January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
)
# "Center for American Progress cited by Time", "Tax Policy Center, a
# nonpartisan research group": the author ends before these.
_AUTHOR_END = re.compile(
    r"\s+(?:cited|quoted|published|released|obtained)\b.*|,.*", re.S
)
# "a report (last month) from/by the X": the document's head, then its author.
_FROM_AUTHOR = re.compile(
    r"(?i:an?|the)\s+(?:[\w-]+\s+){0,2}?(\w+)(?:\s+(?:last|this)\s+\w+)?\s+"
    r"(?:from|by)\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+(?:of|for|and|on|the|"
    r"[A-Z][\w.’'-]*))*)"
)
# What makes a short name an outlet's: "Time magazine", "Bloomberg News".
_OUTLET_WORDS = r"(?:magazine|Magazine|News)"
_OUTLET_AFTER = re.compile(rf"\s+({_OUTLET_WORDS})\b")
_SHORT_NAME = re.compile(r"[A-Z][a-z]+")


@functools.lru_cache(maxsize=4096)
def _initials(name: str) -> str:
    return "".join(
        w[0] for w in name.split() if w.lower() not in _SMALL and w[:1].isupper()
    )


def _spelled_out(acronym: str, text: str) -> str | None:
    """Find the capitalised name in ``text`` whose initials are ``acronym``.

    A name may hold a leading owner ("United Nations’ Intergovernmental Panel on
    Climate Change") and a closing "and X" ("Centers for Disease Control and
    Prevention"), which an acronym often leaves out. The first occurrence wins.

    >>> _spelled_out("ACLU", "a lawsuit of the American Civil Liberties Union.")
    'American Civil Liberties Union'
    >>> _spelled_out("CDC", "the Centers for Disease Control and Prevention (CDC)")
    'Centers for Disease Control and Prevention'
    >>> _spelled_out("IPCC", "UN’s Intergovernmental Panel on Climate Change")
    'Intergovernmental Panel on Climate Change'
    >>> _spelled_out("CBO", "the CBO said") is None
    True
    """
    if not isinstance(text, str) or not text:
        return None
    return _spelled_names(text).get(acronym)


def _spelled_names(text: str) -> dict[str, str]:
    """Map each acronym to the first capitalised name of ``text`` it abbreviates.

    One pass over the text's capitalised runs, so a long text with many acronym
    sources is read once, not once per source.
    """
    names: dict[str, str] = {}
    for run in _CAP_RUN.finditer(text):
        words = run.group().rstrip(".'’").split()
        if len(words) < 2:
            continue
        for i, first in enumerate(words):
            if first.lower() in _SMALL or not first[:1].isupper():
                continue
            rest = " ".join(words[i:])
            initials = _initials(rest)
            names.setdefault(initials, rest)
            # "... Control and Prevention": the acronym leaves out the closing "and X".
            if (
                len(words) - i >= 3
                and words[-2] == "and"
                and initials.endswith(words[-1][0])
            ):
                names.setdefault(initials[:-1], rest)
    return names


def _author(name: str, affiliation: Any) -> str | None:
    """Give the organisation a document source stands for, when the source names it.

    >>> _author("the CBO report", None), _author("The CDC's projection", None)
    ('CBO', 'CDC')
    >>> _author("a report", "Center for American Progress cited by Time")
    'Center for American Progress'
    >>> _author("a 2015 report", "Tax Policy Center")
    'Tax Policy Center'
    >>> _author("the latest annual report", None) is None
    True
    >>> _author("the January jobs report", None) is None
    True
    >>> _author("A report last month from the US Department of Agriculture", None)
    'US Department of Agriculture'
    >>> _author("a Reuters tally", None)
    'Reuters'
    """
    words = name.split()
    if not words or _ANY_DOCUMENT.search(name) is None:
        return None  # most names hold no document word: one search decides
    source = _FROM_AUTHOR.fullmatch(name)
    if source is not None and _DOCUMENT.fullmatch(source.group(1)):
        # "A report last month from the US Department of Agriculture"
        return source.group(2)
    m = _DET.match(name)
    body = name[m.end() :] if m else name
    parts = body.split()
    # The head: one or two words ("report", "working paper").
    for size in (2, 1):
        if len(parts) > size and _DOCUMENT.fullmatch(" ".join(parts[-size:])):
            modifiers = parts[:-size]
            break
    else:
        if len(parts) >= 1 and _DOCUMENT.fullmatch(parts[-1]) and len(parts) == 1:
            modifiers = []
        else:
            return None
    if isinstance(affiliation, str) and affiliation[:1].isupper():
        author = _AUTHOR_END.sub("", affiliation).strip()
        if author and not _NO_AUTHOR.fullmatch(author.split()[0]):
            return author
    if not modifiers:
        return None
    owner = " ".join(modifiers)
    if owner.endswith(("'s", "’s")):  # "The CDC's projection"
        owner = owner[:-2]
    owner_words = owner.split()
    if not all(w[:1].isupper() or w.lower() in _SMALL for w in owner_words):
        return None
    if _NO_AUTHOR.fullmatch(owner_words[0]) or not owner_words[-1][:1].isupper():
        return None
    return owner


def _outlet(name: str, text: str) -> str | None:
    """Give "Time magazine" for "Time" when the article writes it so.

    >>> _outlet("Time", "told Time magazine . Time said")
    'Time magazine'
    >>> _outlet("Bloomberg", "a report from Bloomberg News.")
    'Bloomberg News'
    >>> _outlet("Klein", "Klein said") is None
    True
    """
    if not _SHORT_NAME.fullmatch(name):
        return None
    i = text.find(name + " ")
    while i >= 0:
        m = _OUTLET_AFTER.match(text, i + len(name))
        if m is not None and (i == 0 or not text[i - 1].isalnum()):
            return f"{name} {m.group(1)}"
        i = text.find(name + " ", i + 1)
    return None


_ORG = r"([A-Z][\w.&’'-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.&’'-]*))*)"
_DEFINITE_DOCUMENT = re.compile(
    r"(?i:the)\s+(?:(?:new|latest|annual|final|full|recent)\s+)*"
    r"(report|study|survey|analysis|memo|paper|review|audit|investigation)"
)


def _document_author(head: str, text: str) -> str | None:
    """Find who wrote "the report" when the article names the author once.

    "a report from/by X", "the memo from X", "X's report", "X released a
    report", "In a report this week, the advocacy group X cited": one author
    named for that kind of document in the article, else None.

    >>> _document_author("memo", "says the memo from Ann Roe, the secretary.")
    'Ann Roe'
    >>> _document_author("report", "In a report this week, the advocacy group "
    ...                  "Education Trust cited low expectations.")
    'Education Trust'
    >>> _document_author("report", "A report by the GAO and a report by the CBO.")
    """
    doc = rf"{head}s?"
    patterns = (
        rf"\b{doc}\s+(?:[a-z]+\s+){{0,2}}?(?:from|by|released\s+by|published\s+by|"
        rf"issued\s+by)\s+(?:the\s+)?{_ORG}",
        rf"{_ORG}(?:’s|'s)\s+(?:[a-z]+\s+){{0,2}}{doc}\b",
        rf"{_ORG}\s+(?:released|published|issued)\s+(?:a|an|its|the)\s+"
        rf"(?:[a-z]+\s+){{0,2}}{doc}\b",
        rf"\b[Ii]n\s+(?:a|an|its)\s+(?:[a-z]+\s+){{0,2}}{doc}\b[^.,]{{0,30}},\s+"
        rf"(?:the\s+(?:[a-z-]+\s+){{0,3}})?{_ORG}\s+[a-z]",
    )
    found = set()
    for pattern in patterns:
        for m in re.finditer(pattern, text):
            author = m.group(1).strip()
            if author.startswith("The "):
                author = author[4:]
            if author.split()[0] not in _NOT_AUTHORS:
                found.add(author)
    return found.pop() if len(found) == 1 else None


# Capitalised words that open a sentence, not an author.
_NOT_AUTHORS = frozenset(["A", "An", "In", "But", "And", "It", "This", "That", "Its"])


def fullest_names(
    groups: dict[tuple[bool, str], dict[str, Any]], text: str, merge: Any
) -> None:
    """Rename source groups to the fullest form in ``text``; merge what meets.

    ``groups`` maps (unnamed, key) to a group dict with at least ``name``,
    ``speaker``, ``affiliation`` and ``unnamed``; ``merge(target, group,
    affiliation)`` adds one group's counts to another's. Changed in place.
    """
    if not isinstance(text, str) or not text:
        return
    spelled: dict[str, str] | None = None  # read once, when an acronym needs it
    authors: dict[str, str | None] = {}  # one search per kind of document
    for key, group in list(groups.items()):
        name = group["name"]
        if not isinstance(name, str):
            continue
        author = _author(name, group["affiliation"])
        new = None
        if author is not None:
            new = author
        elif (document := _DEFINITE_DOCUMENT.fullmatch(name)) is not None:
            # "the report stated": the author named with it earlier, if one.
            head = document.group(1).lower()
            if head not in authors:
                authors[head] = _document_author(head, text)
            new = authors[head]
        if _ACRONYM.fullmatch(new or name):
            acronym = new or name
            fuller = [
                g
                for k, g in groups.items()
                if k != key and not k[0] and _initials(g["name"]) == acronym
            ]
            if len(fuller) == 1:
                merge(fuller[0], group, True)
                del groups[key]
                continue
            if spelled is None:
                spelled = _spelled_names(text)
            new = spelled.get(acronym) or new
        elif new is None and group["speaker"] == name:
            new = _outlet(name, text)
        if new is None or new == name:
            continue
        target = next(
            (
                g
                for k, g in groups.items()
                if k != key
                and g is not group
                # "HHS" spelled out "Health and Human Services" is the
                # "Department of Health and Human Services" already listed.
                and (
                    g["name"].lower() == new.lower()
                    or g["name"].lower().endswith(" " + new.lower())
                )
            ),
            None,
        )
        if target is not None:
            merge(target, group, True)
            del groups[key]
            continue
        group["name"] = new
        group["speaker"] = new
        group["unnamed"] = False
