"""Direct and reported speech with resolved speakers, by transparent rules.

``extract_quotes(text)`` finds quotations (inside quotation marks, from
``framing.text.quotation_spans``) and reported speech ("X said that ...",
"according to X"), attaches each to a speech cue and a speaker, and resolves
pronouns, surnames and titles to the full name first given in the article.

One module per step, in the order the extractor runs them:

- ``cues``: the speech verbs and other word lists (package data), cue finding;
- ``names``: capitalised runs split into title and name, the people of an article;
- ``speakers``: the name, pronoun or noun phrase next to a cue;
- ``_article``: per-article state and the :class:`Quote` result;
- ``direct``: quotation-mark spans with their cue and speaker;
- ``indirect``: reported speech ("X said that ...", "according to X");
- ``coreference``: pronouns, surnames and roles resolved to full names;
- ``_extract``: :func:`extract_quotes`, which runs them all.
"""

from framing.quotes._article import Quote
from framing.quotes._extract import extract_quotes
from framing.quotes.cues import _SCHEMAS as _SCHEMAS
from framing.quotes.cues import _parse_word_list as _parse_word_list
from framing.quotes.cues import _word_list as _word_list

__all__ = ["Quote", "extract_quotes"]
