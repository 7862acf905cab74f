"""Corpus-wide tables of who is quoted: one row per quote, one row per source.

Researchers validate an extractor by sampling and coding its output by hand; these
tables give them the rows. :func:`quote_table` lists every quote of every article
(its words, kind, speaker, cue, offsets, and the speaker's side, type and gender
from the article's source table); :func:`source_table` lists every source of every
article, as ``sources(text).table`` does for one. Both take the same DataFrame as
``analyze()`` and keep an article id column; ``framing quotes`` and ``framing
sources`` stream them over files of any size.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pandas as pd

from framing.balance import load_actors, sources_from_quotes
from framing.balance.grouping import article_issue
from framing.errors import InputError
from framing.features import _document
from framing.quotes import extract_quotes

__all__ = ["quote_table", "source_table"]

# Quote fields renamed for a table where "text" would be read as the article.
_RENAMED = {"text": "quote"}
# Per-source columns copied onto each of the source's quotes, when the table has them.
_FROM_SOURCE = ("side", "type", "gender")
_SPACE = re.compile(r"\s+")


def _key(name: Any) -> str:
    return _SPACE.sub(" ", str(name or "")).strip().lower()


def _rows(df: pd.DataFrame, text: str, id: str | None):
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"need a pandas DataFrame; got {type(df).__name__}")
    for name in (text, id):
        if name is not None and name not in df.columns:
            raise InputError(f"no column {name!r}; columns are {list(df.columns)}")
    ids = df[id].tolist() if id is not None else df.index.tolist()
    return zip(ids, df[text].tolist(), strict=True)


def _source_of(quote, by_name: dict[str, dict]) -> dict:
    """Return the source-table row of a quote's speaker, or an empty dict.

    ``sources()`` may file a quote under its affiliation (an unnamed speaker), or
    under a fuller name of the same person ("Father Kane" under "Michael Kane"):
    look up the speaker, then the affiliation, then a unique name with the same
    last word.
    """
    for name in (quote.speaker, quote.affiliation):
        row = by_name.get(_key(name))
        if row is not None:
            return row
    last = _key(quote.speaker).rsplit(" ", 1)[-1]
    if last:
        same = [r for k, r in by_name.items() if k.rsplit(" ", 1)[-1] == last]
        if len(same) == 1:
            return same[0]
    return {}


def _id_name(id: str | None) -> str:
    return id if id is not None else "row"


def quote_table(
    df: pd.DataFrame,
    text: str = "text",
    id: str | None = None,
    *,
    actors=None,
    issue: str | None = None,
) -> pd.DataFrame:
    """Return one row per quote of every article, with its speaker's side, type, gender.

    Parameters
    ----------
    df : pandas.DataFrame
        One article per row; cells that are not text give no quotes.
    text : str, default="text"
        The column holding the article body.
    id : str, optional
        A column identifying the article (its values are copied to every row);
        the row index (column ``row``) when None.
    actors : path-like or table, default=None
        The actors table deciding sides; the bundled one when None.
    issue : str, default=None
        The debate whose sides sources take, as in `framing.sources`: None with
        the bundled table detects each article's debate from its topic words
        (every side "unknown" when none is detected); "none" gives no sides.

    Returns
    -------
    pandas.DataFrame
        Columns: the id, then every :class:`~framing.quotes.Quote` field (``text``
        renamed ``quote``; offsets point into the article), then ``side``, ``type``
        and ``gender`` of the quote's source where the source table has them.

    Examples
    --------
    >>> df = pd.DataFrame({"id": ["a1"], "text": [
    ...     '"We will enforce the law," Attorney General Jeff Sessions said.']})
    >>> rows = quote_table(df, id="id", issue="immigration")
    >>> rows[["id", "quote", "kind", "speaker", "side"]].values.tolist()
    [['a1', 'We will enforce the law,', 'direct', 'Jeff Sessions', 'enforcement']]
    """
    given, actors = actors, load_actors(actors)
    out = []
    for article, body in _rows(df, text, id):
        doc = _document(body)
        quotes = extract_quotes(doc)
        if not quotes:
            continue
        table = _sources(quotes, doc, given, actors, issue).table
        by_name = {}
        for row in table.to_dict("records"):
            by_name.setdefault(_key(row.get("name")), row)
        for quote in quotes:
            row = {_id_name(id): article}
            for field, value in dataclasses.asdict(quote).items():
                row[_RENAMED.get(field, field)] = value
            source = _source_of(quote, by_name)
            for column in _FROM_SOURCE:
                if column in table.columns:
                    row[column] = source.get(column)
            out.append(row)
    columns = _quote_columns(id, actors)
    frame = pd.DataFrame.from_records(out, columns=list(columns))
    return frame.astype({c: t for c, t in columns.items() if t is not None})


def _quote_columns(id: str | None, actors) -> dict[str, str | None]:
    """Return the quote table's columns and dtypes (None: keep the ids' own)."""
    from framing.quotes import Quote

    columns: dict[str, str | None] = {_id_name(id): None}
    for f in dataclasses.fields(Quote):
        kind = str(f.type)
        dtype = "Int64" if "int" in kind else "bool" if kind == "bool" else "object"
        columns[_RENAMED.get(f.name, f.name)] = dtype
    table = sources_from_quotes([], actors=actors).table
    columns.update({c: "object" for c in _FROM_SOURCE if c in table.columns})
    return columns


def source_table(
    df: pd.DataFrame,
    text: str = "text",
    id: str | None = None,
    *,
    actors=None,
    issue: str | None = None,
) -> pd.DataFrame:
    """Return one row per source per article: ``sources(text).table`` for a corpus.

    Parameters are those of :func:`quote_table`.

    Examples
    --------
    >>> df = pd.DataFrame({"text": [
    ...     '"We will enforce the law," Attorney General Jeff Sessions said.', None]})
    >>> table = source_table(df, issue="immigration")
    >>> table[["row", "name", "side", "direct"]].values.tolist()
    [[0, 'Jeff Sessions', 'enforcement', 1]]
    """
    given, actors = actors, load_actors(actors)
    frames = []
    for article, body in _rows(df, text, id):
        doc = _document(body)
        table = _sources(extract_quotes(doc), doc, given, actors, issue).table
        if len(table):
            frames.append(table.assign(**{_id_name(id): article}))
    empty = sources_from_quotes([], actors=actors).table
    columns = [_id_name(id), *empty.columns]
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.concat(frames, ignore_index=True)[columns]


def _sources(quotes, doc, given, actors, issue):
    """One article's `sources_from_quotes`, with the debate `framing.sources` uses."""
    issue = article_issue(doc, issue, given)
    if issue is not None:
        actors = load_actors(given, issue)
    return sources_from_quotes(quotes, actors=actors, issue=issue, text=doc)
