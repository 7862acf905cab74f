"""PolNeAR's brat attribution files as the shared JSON-lines quote records.

``parse_brat_attributions`` turns one article's ``.ann`` file into one entry per
content fragment, with exact offsets and a ``kind`` from the quotation spans;
:func:`framing.datasets.load_polnear` uses it for downloaded archives.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Any

from framing._validation import as_text
from framing.errors import InputError
from framing.text import SpanIndex, quotation_spans

__all__ = ["parse_brat_attributions"]


@dataclass(frozen=True, slots=True)
class _Entity:
    """A brat text-bound annotation (T line)."""

    kind: str  # Source, Cue, Content, Attribution, Discard, ...
    fragments: tuple[tuple[int, int], ...]


_PARTS = ("Source", "Cue", "Content")
# Characters that may follow a closing quotation mark and still belong to a direct
# quote's span ("win”." in styles that put the period outside).
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-… \t\n")


def _closed_doubles(text: str) -> tuple[list[Any], SpanIndex]:
    quotes = [q for q in quotation_spans(text) if q.double and q.closed]
    quotes.sort(key=lambda q: q.open_start)
    return quotes, SpanIndex([(q.open_start, q.close_end) for q in quotes])


def _quote_kind(
    text: str, start: int, end: int, quotes: list[Any], index: SpanIndex
) -> str:
    """Say "direct" if ``text[start:end]`` lies inside one closed double quotation.

    The annotated span may include the marks or stop just inside them, and may
    run on over punctuation after the closing mark; anything else (a partial
    quote inside paraphrase, a scare quote) is "indirect".
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    k = index.find(start)
    if k < 0:
        return "indirect"
    q = quotes[k]
    while end > q.close_end and text[end - 1] in _AFTER_CLOSE:
        end -= 1
    return "direct" if q.start < end <= q.close_end else "indirect"


def _ann_error(source: str, line: int, message: str) -> InputError:
    return InputError(f"{source}, line {line}: {message}")


def _brat_text(value: str) -> str:
    # brat writes a span's text on one line: line breaks and tabs become spaces.
    return re.sub(r"[\r\n\t]", " ", value)


def _parse_ann(
    text: str, ann: str, source: str
) -> tuple[dict[str, _Entity], list[tuple[str, list[tuple[str, str]]]]]:
    """Read T, E and R lines; check each T span against ``text``.

    Returns the entities by id and the links as (id, [(role, entity id), ...]).
    """
    entities: dict[str, _Entity] = {}
    links: list[tuple[str, list[tuple[str, str]]]] = []
    pending: list[tuple[int, str, str]] = []  # (line, link id, entity id) to check
    for n, raw in enumerate(ann.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        ident, _, rest = line.partition("\t")
        if not ident or ident[0] not in "TER" or not rest:
            continue  # attributes (A), notes (#), normalizations (N), equivalences
        if ident[0] == "T":
            spec, _, covered = rest.partition("\t")
            kind, _, offsets = spec.partition(" ")
            try:
                fragments = tuple(
                    (int(a), int(b))
                    for a, b in (pair.split() for pair in offsets.split(";"))
                )
            except ValueError:
                raise _ann_error(
                    source, n, f"expected 'Type start end[;start end]', got {spec!r}"
                ) from None
            for a, b in fragments:
                if not 0 <= a <= b <= len(text):
                    raise _ann_error(
                        source, n, f"span {a} {b} is outside the text (0-{len(text)})"
                    )
            found = " ".join(text[a:b] for a, b in fragments)
            if _brat_text(found) != _brat_text(covered):
                raise _ann_error(
                    source,
                    n,
                    f"{ident} spans {offsets} hold {found[:60]!r} in the text but "
                    f"{covered[:60]!r} in the annotation",
                )
            entities[ident] = _Entity(kind, fragments)
        else:
            # E: "Attribution:T4 Content:T3 ..." starts with the trigger; R: "Type
            # Arg1:T1 Arg2:T2" with the relation type. Neither is a part.
            roles = []
            for arg in rest.split()[1:]:
                role, sep, target = arg.partition(":")
                if not sep:
                    raise _ann_error(source, n, f"expected 'Role:Id', got {arg!r}")
                used = _base(role) in _PARTS if ident[0] == "E" else target[:1] == "T"
                if not used:
                    continue  # links to other events or notes are not parts
                pending.append((n, ident, target))
                roles.append((role, target))
            links.append((ident, roles))
    for n, ident, target in pending:
        if target not in entities:
            raise _ann_error(
                source, n, f"{ident} refers to {target}, which is not defined"
            )
    return entities, links


def _base(name: str) -> str:
    """Strip brat's numbering of repeated roles: Content2 -> Content."""
    return name.rstrip("0123456789")


def _attributions(
    entities: dict[str, _Entity], links: list[tuple[str, list[tuple[str, str]]]]
) -> list[tuple[str, dict[str, list[_Entity]]]]:
    """Group entities into attributions: one per E line, one per R-linked group."""
    out: list[tuple[str, dict[str, list[_Entity]]]] = []
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_relation: dict[str, str] = {}
    for ident, roles in links:
        if ident.startswith("E"):
            parts: dict[str, list[_Entity]] = {part: [] for part in _PARTS}
            for role, target in roles:
                parts[_base(role)].append(entities[target])
            out.append((ident, parts))
        else:
            # brat relations carry no role names for attribution parts, so the
            # parts come from each entity's type; a connected group is one
            # attribution, named after its first relation.
            targets = [t for _, t in roles]
            for t in targets[1:]:
                parent[root(t)] = root(targets[0])
            for t in targets:
                first_relation.setdefault(t, ident)
    groups: dict[str, list[str]] = {}
    for t in first_relation:
        groups.setdefault(root(t), []).append(t)
    for members in groups.values():
        parts = {part: [] for part in _PARTS}
        for t in members:
            if _base(entities[t].kind) in parts:
                parts[_base(entities[t].kind)].append(entities[t])
        ident = min((first_relation[t] for t in members), key=_id_number)
        out.append((ident, parts))
    return out


def _id_number(ident: str) -> tuple[int, str]:
    digits = ident[1:]
    return (int(digits) if digits.isdigit() else sys.maxsize, ident)


def parse_brat_attributions(
    text: str, ann: str, *, source: str = "annotation"
) -> list[dict[str, Any]]:
    r"""Convert brat standoff attributions (PolNeAR's ``.ann``) to quote entries.

    Reads ``T`` lines (``Source``, ``Cue``, ``Content`` spans, discontinuous ones
    written ``start end;start end``) and the ``E`` lines that link them into an
    attribution (``R`` lines are grouped by connected parts as a fallback). Each
    content fragment becomes one entry; ``kind`` is "direct" when the fragment lies
    inside one closed double quotation of :func:`framing.text.quotation_spans`
    (marks included or not, punctuation after the closing mark allowed), else
    "indirect".

    Parameters
    ----------
    text : str
        The annotated text, exactly as in the ``.txt`` file.
    ann : str
        The ``.ann`` file's content.
    source : str, default="annotation"
        A name for error messages, e.g. the ``.ann`` file name.

    Returns
    -------
    list of dict
        Entries sorted by ``(start, end)`` with keys ``quote``, ``start``, ``end``,
        ``speaker``, ``speaker_start``, ``speaker_end``, ``cue``, ``kind`` and
        ``attribution_id``, as in shared/data/README.md section 2:
        ``text[start:end] == quote``; a discontinuous source is given as its outer
        span; cue fragments are joined by one space; speaker fields are None for an
        attribution without a source. Events without a content span are dropped.

    Raises
    ------
    InputError
        When a span's offsets are not integers, fall outside ``text`` or do not
        hold the text the ``.ann`` line records, or a link names an undefined id.

    Examples
    --------
    >>> from framing.datasets import parse_brat_attributions
    >>> text = '“We will stay,” the mayor said. She said the plan works.'
    >>> ann = (
    ...     "T1\tContent 0 15\t“We will stay,”\n"
    ...     "T2\tSource 16 25\tthe mayor\n"
    ...     "T3\tCue 26 30\tsaid\n"
    ...     "T4\tAttribution 26 30\tsaid\n"
    ...     "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    ...     "T5\tSource 32 35\tShe\n"
    ...     "T6\tCue 36 40\tsaid\n"
    ...     "T7\tContent 41 55\tthe plan works\n"
    ...     "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5\n"
    ... )
    >>> for q in parse_brat_attributions(text, ann):
    ...     print(q["quote"], q["speaker"], q["cue"], q["kind"], sep=" | ")
    “We will stay,” | the mayor | said | direct
    the plan works | She | said | indirect
    """
    text = as_text(text)
    ann = as_text(ann, "ann")
    entities, links = _parse_ann(text, ann, source)
    quotes, index = _closed_doubles(text)
    entries: list[dict[str, Any]] = []
    for ident, parts in _attributions(entities, links):
        contents = sorted({f for e in parts["Content"] for f in e.fragments})
        if not contents:
            continue
        speaker = speaker_start = speaker_end = None
        source_fragments = [f for e in parts["Source"] for f in e.fragments]
        if source_fragments:
            speaker_start = min(a for a, _ in source_fragments)
            speaker_end = max(b for _, b in source_fragments)
            speaker = text[speaker_start:speaker_end]
        cue_fragments = sorted({f for e in parts["Cue"] for f in e.fragments})
        cue = " ".join(text[a:b] for a, b in cue_fragments) if cue_fragments else None
        for start, end in contents:
            entries.append(
                {
                    "quote": text[start:end],
                    "start": start,
                    "end": end,
                    "speaker": speaker,
                    "speaker_start": speaker_start,
                    "speaker_end": speaker_end,
                    "cue": cue,
                    "kind": _quote_kind(text, start, end, quotes, index),
                    "attribution_id": ident,
                }
            )
    entries.sort(key=lambda q: (q["start"], q["end"], _id_number(q["attribution_id"])))
    return entries
