"""Direct and reported speech with resolved speakers (placeholder: being written)."""

from __future__ import annotations

from dataclasses import dataclass

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


def extract_quotes(text):
    """Return the quotes in ``text`` (not implemented yet)."""
    return []
