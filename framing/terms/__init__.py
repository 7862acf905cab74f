"""Find lexicon labels in text, each with its exact offsets and its voice.

The lexicon's :class:`~framing.matching.PhraseMatcher` runs over the whole text;
context rules (data: ``framing/data/context_rules.csv``, kinds in
:mod:`framing.terms.rules`) are checked only at candidate matches, and sentence and
paragraph spans are computed only when a rule needs them.
A match is quoted voice (``in_quote``) when it starts inside a
:func:`framing.text.quotation_spans` span.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
from dataclasses import dataclass

from framing.document import Document, as_document
from framing.errors import InputError
from framing.lexicon import Lexicon, LexiconEntry, load_lexicon
from framing.matching import candidates_together
from framing.terms.attribution import attribution_verb
from framing.terms.context import Context
from framing.terms.rules import in_embedded_post, in_proper_name, rules_of

__all__ = [
    "LABEL_CHOICE",
    "TermMatch",
    "attribution_verb",
    "find_label_choices",
    "find_loaded_terms",
    "find_terms",
    "issue_labels",
    "load_emotive",
    "loaded_columns",
    "loaded_features",
]


@dataclass(frozen=True, slots=True)
class TermMatch:
    """One lexicon label in a text; ``text[m.start:m.end] == m.text`` always."""

    text: str  # as written, e.g. "Illegal Aliens"
    start: int  # character offset into the caller's original str
    end: int  # exclusive
    term: str  # canonical entry, e.g. "illegal alien"
    category: str  # "status label", "epithet", "migration metaphor", ...
    label: str  # status-label family: illegal, alien, undocumented, ... or ""
    loaded: bool
    in_quote: bool  # inside a quotation span, i.e. quoted voice
    alternative: str  # a neutral wording ("" for non-loaded entries)
    source: str  # who calls it loaded
    issue: str | None = None  # the debate ("abortion", ...); None for generic entries
    leaning: str = "none"  # whose vocabulary: "left", "right" or "none"


def find_terms(text, lexicon=None, issues=None) -> list[TermMatch]:
    """Find every lexicon label, loaded or not, and say whether it is quoted.

    Non-loaded entries (``undocumented immigrant``, ``unauthorized immigrant``,
    ``immigrant in the country illegally``) are found too, so label choice can be
    compared. "illegal" is a person label only before a noun for people ("illegal
    immigrants", "illegal workers") or as a noun ("illegals", "an illegal who");
    "illegal immigration", "illegal entry" and "illegal drugs" describe actions or
    things and are not labels (AP Stylebook 2013: "use illegal only to refer to an
    action, not a person: illegal immigration, but not illegal immigrant").

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None; a path is loaded with
        :func:`framing.load_lexicon` (and cached).
    issues : str or iterable, default=None
        Keep only entries of these debates ("abortion", "guns", ...); None in the
        iterable keeps the generic entries (partisan epithets, attribution verbs).
        All entries when None.

    Returns
    -------
    list of TermMatch
        Sorted by position, non-overlapping; ``text[m.start:m.end] == m.text``.

    Examples
    --------
    >>> from framing import find_terms
    >>> text = "Undocumented workers, or illegal aliens as he says, paid taxes."
    >>> [(m.text, m.label, m.loaded) for m in find_terms(text)]
    [('Undocumented workers', 'undocumented', False), ('illegal aliens', 'alien', True)]
    """
    lexicon = _resolve(lexicon)
    return _find(as_document(text), lexicon, False, _issues(issues, lexicon))


def find_loaded_terms(text, lexicon=None, issues=None, emotive=None) -> list[TermMatch]:
    """Find loaded labels and say whether each is in the author's voice or quoted.

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.
    issues : str or iterable, default=None
        Keep only entries of these debates ("abortion", "guns", ...); None in the
        iterable keeps the generic entries. All entries when None.
    emotive : bool, default=None
        Also find emotive words in the author's voice (category ``"emotive"``, from
        ``framing/data/emotive.csv``): evaluative and dramatising words a neutral
        writer would replace ("draconian", "disastrous", "a scheme"), never inside
        quotation marks or reported speech. None means True with the bundled
        lexicon and False with your own.

    Returns
    -------
    list of TermMatch
        Sorted by position; ``text[m.start:m.end] == m.text`` for each.

    Notes
    -----
    Label choice is not loaded language: names of partisan origin that became the
    ordinary name ("Obamacare", "assault weapons", "catch and release") are entries
    of category ``"label choice"`` with ``loaded`` false (the shared codebook, B),
    found by :func:`find_label_choices` and :func:`find_terms`, not here.

    The migration metaphors (flood, wave, tide, surge, influx, swarm, horde,
    invasion, pouring in) follow Santa Ana (1999), who found that US coverage
    framed immigrants as animals, invaders and dangerous waters; they count only
    when their subject is migrants or migration in the same sentence.

    Examples
    --------
    >>> from framing import find_loaded_terms
    >>> text = 'Smith said, "Illegal aliens must go." The illegal immigrants stayed.'
    >>> [(m.text, m.in_quote) for m in find_loaded_terms(text)]
    [('Illegal aliens', True), ('illegal immigrants', False)]
    >>> text = "Flood warnings came as a flood of migrants reached the town."
    >>> [(m.text, m.term, m.start) for m in find_loaded_terms(text)]
    [('flood', 'flood', 25)]
    """
    bundled = lexicon is None
    lexicon = _resolve(lexicon)
    doc = as_document(text)
    found = _find(doc, lexicon, True, _issues(issues, lexicon))
    if not (bundled if emotive is None else emotive) or not doc.text:
        return found
    extra = _find(doc, load_emotive(), True, None)
    if not extra:
        return found
    taken = [(m.start, m.end) for m in found]
    extra = [m for m in extra if not any(a < m.end and m.start < b for a, b in taken)]
    return sorted(found + extra, key=lambda m: (m.start, m.end))


#: The lexicon category of label choice: not loaded language (codebook B).
LABEL_CHOICE = "label choice"


def find_label_choices(text, lexicon=None) -> list[TermMatch]:
    """Find label choice: names of partisan origin that became the ordinary name.

    "Obamacare" (coined by the law's opponents, adopted by Obama in 2012),
    "assault weapons" (no precise meaning, but the common term of the debate) and
    "catch and release" are how most writers name those things; the shared
    codebook lists them apart from loaded language ("Obamacare plans went on sale"
    is not loaded). Which name an outlet chooses is still worth counting, next to
    the neutral names (Affordable Care Act, semi-automatic rifles).

    Parameters
    ----------
    text : str
        Any text. None or NaN gives an empty list.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None; its entries of category ``"label choice"``.

    Returns
    -------
    list of TermMatch
        Sorted by position; ``text[m.start:m.end] == m.text`` for each.

    Examples
    --------
    >>> from framing import find_label_choices
    >>> text = "Obamacare plans went on sale."
    >>> [(m.text, m.loaded) for m in find_label_choices(text)]
    [('Obamacare', False)]
    """
    return [m for m in find_terms(text, lexicon=lexicon) if m.category == LABEL_CHOICE]


def load_emotive(path=None) -> Lexicon:
    """Load the emotive-word list: ``framing/data/emotive.csv`` when None.

    The list has the lexicon's columns plus ``kind`` (``evaluative`` or
    ``dramatising``) and ``since`` (the version that added the row); every row's
    context rule is ``author_voice``. Sources: the shared codebook's examples and
    the criterion of Spinde et al. (2021, BABE): words expert annotators mark.

    Examples
    --------
    >>> from framing.terms import load_emotive
    >>> {e.category for e in load_emotive()}
    {'emotive'}
    """
    if path is None:
        path = importlib.resources.files("framing") / "data" / "emotive.csv"
    return load_lexicon(os.fspath(path))


def _resolve(lexicon) -> Lexicon:
    if lexicon is None:
        return load_lexicon()
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, (str, os.PathLike)):
        return load_lexicon(lexicon)
    raise TypeError(
        "lexicon must be a Lexicon, a path to a lexicon CSV file or None; "
        f"got {type(lexicon).__name__}: {lexicon!r:.60}"
    )


def _issues(issues, lexicon: Lexicon) -> frozenset | None:
    """Check ``issues`` against the lexicon's debates; None keeps every entry."""
    if issues is None:
        return None
    wanted = {issues} if isinstance(issues, str) else set(issues)
    known = {e.issue for e in lexicon.entries}
    unknown = wanted - known
    if unknown:
        names = sorted(i for i in known if i is not None)
        raise InputError(
            f"issues={sorted(unknown, key=str)!r}: not in the lexicon; its debates are "
            f"{names} (None selects the generic entries)"
        )
    return frozenset(wanted)


def _scan_together(doc: Document, lexicons) -> None:
    """Find several lexicons' candidate matches in one scan, for `_find` to read.

    What :func:`framing.matching.candidates_together` gives, kept in ``doc.cache``
    by matcher: `_find` reads it instead of scanning the text for that lexicon.
    """
    if not doc.text:
        return
    matchers = [lexicon.matcher for lexicon in lexicons]
    for matcher, found in zip(
        matchers, candidates_together(matchers, doc.text), strict=True
    ):
        doc.cache["terms.candidates", matcher] = found


def _find(
    doc: Document, lexicon: Lexicon, loaded_only: bool, issues: frozenset | None
) -> list[TermMatch]:
    text = doc.text
    if not text:
        return []
    entries = lexicon.entries
    matcher = lexicon.matcher
    context: Context | None = None
    rules = rules_of(lexicon)
    found: list[tuple[int, int, LexiconEntry]] = []
    pos = 0  # the original search position: after the last hit, or one past a miss
    # Every position where an entry matches; the lexicon's order decides there.
    candidates = doc.cache.get(("terms.candidates", matcher))  # _scan_together
    if candidates is None:
        candidates = matcher.candidates(text, exact=False)
    for k, start, end in candidates:
        if start < pos:
            continue
        if doc.in_furniture(start):
            continue  # no loaded term from page furniture
        if context is None:
            context = Context(doc)
        hit = _accepted(entries[k], context, start, end, rules)
        if not hit:
            # A later entry may still match here when the first one's rule says
            # no: the first that does and is accepted (only those that can start
            # with this character are tried).
            later = matcher.may_start(text[start])
            for j in range(k + 1, len(entries)) if later is None else later:
                if j <= k:
                    continue
                other = matcher.match(j, text, start)
                if other is not None and _accepted(
                    entries[j], context, start, other, rules
                ):
                    k, end, hit = j, other, True
                    break
        if hit:
            found.append((start, end, entries[k]))
            pos = end
        else:
            pos = start + 1
    if loaded_only:
        found = [f for f in found if f[2].loaded]
    if issues is not None:
        found = [f for f in found if f[2].issue in issues]
    if not found:
        return []
    return [
        TermMatch(
            text=text[start:end],
            start=start,
            end=end,
            term=entry.term,
            category=entry.category,
            label=entry.label,
            loaded=entry.loaded,
            in_quote=doc.in_quote(start),
            alternative=entry.alternative,
            source=entry.source,
            issue=entry.issue,
            leaning=entry.leaning,
        )
        for start, end, entry in found
    ]


_SO_CALLED = re.compile(
    r"\bso[\s\-‐‑]called\s+[\"“‘']?\s*$|\b(?:term|phrase|epithet|label|slur|moniker|word)s?"
    r"\s+[\"“‘']\s*$",
    re.IGNORECASE,
)


def _accepted(
    entry: LexiconEntry, context: Context, start: int, end: int, rules
) -> bool:
    # A loaded label inside a name ("NARAL Pro-Choice America") is not the
    # writer's, unless its debate's row in debates.csv says labels_in_names=count.
    if (
        entry.loaded
        and entry.issue not in rules.labels_in_names
        and in_proper_name(context, start, end)
    ):
        return False
    if entry.loaded and in_embedded_post(context, start):
        return False  # an embedded tweet is page furniture, not the article
    if entry.loaded and _SO_CALLED.search(context.text, max(0, start - 12), start):
        return False  # "so-called heartbeat bills", the epithet “climate denier”
    if entry.context == "none":
        return True
    return rules[entry.context](context, start, end)


# --- analyze() columns -----------------------------------------------------------
_NOT_SLUG = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=256)
def _category_slug(category: str) -> str:
    return _NOT_SLUG.sub("_", category.lower()).strip("_")


# Once per lexicon, not per article: a Lexicon never changes.
@functools.lru_cache(maxsize=16)
def _loaded_categories(lexicon: Lexicon) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for entry in lexicon.entries:
        if entry.loaded:
            seen.setdefault(_category_slug(entry.category), None)
    return tuple(seen)


def loaded_columns(lexicon=None) -> dict[str, str]:
    """Return the columns of :func:`loaded_features` and their dtypes, in order.

    One pair per category of loaded entries (``loaded_<category>_author`` and
    ``loaded_<category>_quoted``), then ``attribution_nonneutral``.

    Examples
    --------
    >>> cols = loaded_columns()
    >>> cols["loaded_partisan_epithet_author"], cols["attribution_nonneutral"]
    ('int64', 'int64')
    """
    cols: dict[str, str] = {}
    for slug in _loaded_categories(_resolve(lexicon)):
        cols[f"loaded_{slug}_author"] = "int64"
        cols[f"loaded_{slug}_quoted"] = "int64"
    cols["attribution_nonneutral"] = "int64"
    return cols


def loaded_features(doc, lexicon=None, matches=None) -> dict[str, int]:
    """Count loaded terms per category, in the author's voice and in quotations.

    Parameters
    ----------
    doc : str or Document
        The article. None or NaN gives zero counts.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.
    matches : list of TermMatch, optional
        :func:`find_terms` output for ``doc`` when the caller has it already.

    Returns
    -------
    dict
        The :func:`loaded_columns`, each an int: ``loaded_<category>_author``,
        ``loaded_<category>_quoted`` and ``attribution_nonneutral`` (non-neutral
        attribution verbs such as "claimed" in the author's voice).

    Examples
    --------
    >>> f = loaded_features('The far-left mayor claimed that "radical left" is fair.')
    >>> f["loaded_partisan_epithet_author"], f["loaded_partisan_epithet_quoted"]
    (1, 1)
    >>> f["attribution_nonneutral"]
    1
    """
    lexicon = _resolve(lexicon)
    row = dict.fromkeys(loaded_columns(lexicon), 0)
    if matches is None:
        matches = find_terms(doc, lexicon=lexicon)
    for m in matches:
        if not m.loaded:
            continue
        slug = _category_slug(m.category)
        row[f"loaded_{slug}_{'quoted' if m.in_quote else 'author'}"] += 1
        if m.category == "attribution verb" and not m.in_quote:
            row["attribution_nonneutral"] += 1
    return row


def issue_labels(doc, issue, lexicon=None) -> dict[str, int]:
    """Count one debate's labels in the author's voice: neutral, and loaded by side.

    The label choice of an article: of the labels it used for a debate in its own
    voice, how many were neutral ("anti-abortion", "estate tax") and how many were
    one side's loaded words ("pro-life", "death tax").

    Parameters
    ----------
    doc : str or Document
        The article. None or NaN gives zero counts.
    issue : str or None
        A debate of the lexicon ("abortion", "guns", ...); None for the generic
        entries.
    lexicon : Lexicon or path-like, default=None
        The bundled lexicon when None.

    Returns
    -------
    dict
        ``neutral``, ``loaded_left``, ``loaded_right``, ``loaded_none`` (loaded
        words no side owns) and ``loaded`` (their sum), each an int.

    Examples
    --------
    >>> text = 'Anti-abortion and pro-choice groups met. "Pro-life," he said.'
    >>> issue_labels(text, "abortion")
    {'neutral': 1, 'loaded_left': 1, 'loaded_right': 0, 'loaded_none': 0, 'loaded': 1}
    """
    lexicon = _resolve(lexicon)
    counts = dict.fromkeys(
        ("neutral", "loaded_left", "loaded_right", "loaded_none", "loaded"), 0
    )
    for m in find_terms(doc, lexicon=lexicon, issues=[issue]):
        if m.in_quote:
            continue
        if m.loaded:
            counts[f"loaded_{m.leaning}"] += 1
            counts["loaded"] += 1
        else:
            counts["neutral"] += 1
    return counts
