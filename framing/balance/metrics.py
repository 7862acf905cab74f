"""One source per speaker and the article's balance metrics (``SourceBalance``)."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from framing import voices
from framing.balance.actors import UNKNOWN, _empty

OFFICIAL_TYPES = ("politician", "government", "law_enforcement")

# ---------------------------------------------------------------------------
# Sources and balance


@dataclass(frozen=True, slots=True)
class Source:
    """One distinct source of an article: all quotes of one speaker together."""

    name: str  # resolved speaker, or the description of an unnamed source
    affiliation: str | None
    side: str  # a side of the actors table, or "unknown"
    direct: int  # number of direct quotes
    indirect: int  # number of indirect (paraphrased) attributions
    quoted_words: int  # words inside this source's direct quotes
    unnamed: bool
    actor: str | None  # the actors-table pattern that decided ``side``
    party: str | None = None  # party tag given with the name ("D-Mo."), if any
    type: str = UNKNOWN  # politician, government, ..., citizen (framing.voices)
    gender: str = UNKNOWN  # female, male, unknown; "none" for a group
    nonneutral: int = 0  # attributions whose cue is not neutral ("claimed")


@dataclass(frozen=True, slots=True, eq=False)
class SourceBalance:
    """An article's sources and how evenly it gives the sides a voice.

    Build it with `sources` or `sources_from_quotes`. ``table`` is a DataFrame of
    ``sources`` (one row per distinct source); `to_dict` gives the flat
    article-level metrics ``analyze()`` turns into columns.
    """

    sources: tuple[Source, ...]  # in order of first quote
    sides: tuple[str, ...]  # the actors table's sides ("unknown" not included)
    sources_per_side: Mapping[str, int]  # each side, then "unknown"
    quoted_words_per_side: Mapping[str, int]  # direct quoted words
    direct_share: Mapping[str, float]  # direct words of a side / all direct words
    balance_index: float  # 1 equal voice, 0 one side only, NaN no direct voice
    paraphrase_only_sides: tuple[str, ...]  # sides heard only through paraphrase
    unnamed_share: float  # unnamed sources / all sources, NaN without sources
    unattributed_quotes: int  # quotes with neither speaker nor affiliation
    # Who is heard: distinct sources and direct quoted words per type (all
    # SOURCE_TYPES) and per gender (female, male, unknown, none).
    sources_per_type: Mapping[str, int] = field(default_factory=_empty)
    quoted_words_per_type: Mapping[str, int] = field(default_factory=_empty)
    sources_per_gender: Mapping[str, int] = field(default_factory=_empty)
    quoted_words_per_gender: Mapping[str, int] = field(default_factory=_empty)
    # Attributions with a non-neutral cue ("claimed", not "said") per side, per type.
    nonneutral_per_side: Mapping[str, int] = field(default_factory=_empty)
    nonneutral_per_type: Mapping[str, int] = field(default_factory=_empty)

    @property
    def people(self) -> int:
        """Distinct sources that are one person (gender not "none")."""
        return sum(v for k, v in self.sources_per_gender.items() if k != "none")

    @property
    def women_share(self) -> float:
        """Women among the people quoted (NaN without people); see unknown_share."""
        people = self.people
        return self.sources_per_gender.get("female", 0) / people if people else math.nan

    @property
    def gender_unknown_share(self) -> float:
        """People quoted whose gender the text does not tell, over all people."""
        people = self.people
        return self.sources_per_gender.get(UNKNOWN, 0) / people if people else math.nan

    @property
    def n_sources(self) -> int:
        """The number of distinct sources."""
        return len(self.sources)

    @property
    def table(self) -> pd.DataFrame:
        """One row per distinct source, in order of first quote.

        Columns: name, affiliation, side, type (one of
        `framing.voices.SOURCE_TYPES`), gender (female, male, unknown; none for
        an organisation or group), direct, indirect, quoted_words, unnamed,
        actor (the actors-table pattern that decided the side, or "party:D" /
        "party:R" when the debate's party default did), party (the tag given
        with a legislator's name, "D-Mo.", else "D", "R" or "I" when the party
        decided the side).
        """
        rows = self.sources
        columns = {
            "name": pd.Series([s.name for s in rows], dtype=object),
            "affiliation": pd.Series([s.affiliation for s in rows], dtype=object),
            "side": pd.Series([s.side for s in rows], dtype=object),
            "type": pd.Series([s.type for s in rows], dtype=object),
            "gender": pd.Series([s.gender for s in rows], dtype=object),
            "direct": np.array([s.direct for s in rows], dtype=np.int64),
            "indirect": np.array([s.indirect for s in rows], dtype=np.int64),
            "quoted_words": np.array([s.quoted_words for s in rows], dtype=np.int64),
            "unnamed": np.array([s.unnamed for s in rows], dtype=bool),
            "actor": pd.Series([s.actor for s in rows], dtype=object),
            "party": pd.Series([s.party for s in rows], dtype=object),
        }
        return pd.DataFrame(columns)

    def to_dict(self) -> dict[str, Any]:
        """Return the article-level metrics as one flat mapping.

        Keys: ``n_sources``; ``sources_<side>``, ``quoted_words_<side>`` and
        ``direct_share_<side>`` for each side of the actors table and for
        ``unknown``; ``balance_index``; ``paraphrase_only_sides`` (sides joined
        by "|", "" for none); ``unnamed_share``; ``unattributed_quotes``.
        """
        out: dict[str, Any] = {"n_sources": self.n_sources}
        for name, values in (
            ("sources", self.sources_per_side),
            ("quoted_words", self.quoted_words_per_side),
            ("direct_share", self.direct_share),
        ):
            for side, value in values.items():
                out[f"{name}_{side}"] = value
        out["balance_index"] = self.balance_index
        out["paraphrase_only_sides"] = "|".join(self.paraphrase_only_sides)
        out["unnamed_share"] = self.unnamed_share
        out["unattributed_quotes"] = self.unattributed_quotes
        return out

    def voice_dict(self) -> dict[str, Any]:
        """Return who is heard as one flat mapping (the ``analyze()`` columns).

        Keys: ``people_quoted`` (sources that are one person), ``women_quoted``,
        ``men_quoted``, ``gender_unknown_quoted``, ``women_share`` and
        ``gender_unknown_share`` (over people; NaN without people: read them
        together), ``quoted_words_female``, ``quoted_words_male``,
        ``quoted_words_gender_unknown``; ``official_sources`` (politician,
        government and law_enforcement) and ``official_share`` (over all
        sources); for each type ``sources_type_<type>`` and
        ``quoted_words_type_<type>``; ``nonneutral_cues`` and, per type and
        per side, ``nonneutral_type_<type>`` and ``nonneutral_side_<side>``.
        """
        gender = self.sources_per_gender
        words = self.quoted_words_per_gender
        out: dict[str, Any] = {
            "people_quoted": self.people,
            "women_quoted": gender.get("female", 0),
            "men_quoted": gender.get("male", 0),
            "gender_unknown_quoted": gender.get(UNKNOWN, 0),
            "women_share": self.women_share,
            "gender_unknown_share": self.gender_unknown_share,
            "quoted_words_female": words.get("female", 0),
            "quoted_words_male": words.get("male", 0),
            "quoted_words_gender_unknown": words.get(UNKNOWN, 0),
        }
        official = sum(self.sources_per_type.get(t, 0) for t in OFFICIAL_TYPES)
        out["official_sources"] = official
        out["official_share"] = (
            official / self.n_sources if self.n_sources else math.nan
        )
        for t in voices.SOURCE_TYPES:
            out[f"sources_type_{t}"] = self.sources_per_type.get(t, 0)
        for t in voices.SOURCE_TYPES:
            out[f"quoted_words_type_{t}"] = self.quoted_words_per_type.get(t, 0)
        out["nonneutral_cues"] = sum(self.nonneutral_per_type.values())
        for t in voices.SOURCE_TYPES:
            out[f"nonneutral_type_{t}"] = self.nonneutral_per_type.get(t, 0)
        for side in (*self.sides, UNKNOWN):
            out[f"nonneutral_side_{side}"] = self.nonneutral_per_side.get(side, 0)
        return out

    def __repr__(self) -> str:
        """Give the metrics on one line, then the sources table."""
        head = (
            f"SourceBalance(n_sources={self.n_sources}, "
            f"balance_index={self.balance_index:.3g}, "
            f"sources_per_side={dict(self.sources_per_side)}, "
            f"quoted_words_per_side={dict(self.quoted_words_per_side)}, "
            f"paraphrase_only_sides={self.paraphrase_only_sides}, "
            f"unnamed_share={self.unnamed_share:.3g})"
        )
        if not self.sources:
            return head
        return head + "\n" + self.table.to_string(index=False)

    def _repr_html_(self) -> str:
        # Every cell goes through html.escape(quote=True): speakers are article text.
        def cells(frame: pd.DataFrame) -> pd.DataFrame:
            return frame.map(
                lambda v: "" if v is None else html.escape(str(v), quote=True)
            )

        metrics = pd.DataFrame(
            {"metric": list(self.to_dict()), "value": list(self.to_dict().values())}
        )
        return (
            "<div><strong>SourceBalance</strong>"
            + cells(self.table).to_html(index=False, escape=False)
            + cells(metrics).to_html(index=False, escape=False)
            + "</div>"
        )


def _balance(
    found: tuple[Source, ...], sides: tuple[str, ...], unattributed: int
) -> SourceBalance:
    labels = (*sides, UNKNOWN)
    counts = dict.fromkeys(labels, 0)
    words = dict.fromkeys(labels, 0)
    direct = dict.fromkeys(labels, 0)
    for s in found:
        counts[s.side] += 1
        words[s.side] += s.quoted_words
        direct[s.side] += s.direct
    total = sum(words.values())
    shares = {s: (words[s] / total if total else math.nan) for s in labels}
    sided = sum(words[s] for s in sides)
    k = len(sides)
    if k < 2 or sided == 0:
        index = math.nan
    else:
        distance = sum(abs(words[s] / sided - 1 / k) for s in sides)
        index = max(0.0, 1 - k / (2 * (k - 1)) * distance)
    paraphrase_only = tuple(s for s in sides if counts[s] and not direct[s])
    unnamed = sum(s.unnamed for s in found)
    per_type = dict.fromkeys(voices.SOURCE_TYPES, 0)
    words_type = dict.fromkeys(voices.SOURCE_TYPES, 0)
    per_gender = dict.fromkeys(voices.GENDERS, 0)
    words_gender = dict.fromkeys(voices.GENDERS, 0)
    cue_side = dict.fromkeys(labels, 0)
    cue_type = dict.fromkeys(voices.SOURCE_TYPES, 0)
    for s in found:
        per_type[s.type] = per_type.get(s.type, 0) + 1
        words_type[s.type] = words_type.get(s.type, 0) + s.quoted_words
        per_gender[s.gender] = per_gender.get(s.gender, 0) + 1
        words_gender[s.gender] = words_gender.get(s.gender, 0) + s.quoted_words
        cue_side[s.side] += s.nonneutral
        cue_type[s.type] = cue_type.get(s.type, 0) + s.nonneutral
    return SourceBalance(
        sources=found,
        sides=sides,
        sources_per_side=MappingProxyType(counts),
        quoted_words_per_side=MappingProxyType(words),
        direct_share=MappingProxyType(shares),
        balance_index=index,
        paraphrase_only_sides=paraphrase_only,
        unnamed_share=unnamed / len(found) if found else math.nan,
        unattributed_quotes=unattributed,
        sources_per_type=MappingProxyType(per_type),
        quoted_words_per_type=MappingProxyType(words_type),
        sources_per_gender=MappingProxyType(per_gender),
        quoted_words_per_gender=MappingProxyType(words_gender),
        nonneutral_per_side=MappingProxyType(cue_side),
        nonneutral_per_type=MappingProxyType(cue_type),
    )
