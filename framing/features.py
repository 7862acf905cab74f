"""Article-level framing features for a corpus: ``analyze(df)``, pandas or dask.

One row out per row in, same index; None, NaN or empty text gives zero counts and
NaN rates, never a dropped row. The features compose the library's own functions
(terms, quotes, sources, tone); every column is described in ``docs/columns.md``.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import Any

import numpy as np
import pandas as pd

from framing._gc import gc_paused
from framing.balance import load_actors, sources_from_quotes, voice_columns
from framing.document import Document
from framing.errors import InputError
from framing.frames import frame_columns, frame_features
from framing.lexicon import Lexicon, load_lexicon
from framing.quotes import extract_quotes
from framing.terms import find_terms, loaded_columns, loaded_features
from framing.tone import tone_by_voice

__all__ = ["analyze", "article_features", "feature_columns", "to_frame"]

_QUESTION = re.compile(r"\?\s*[\"'”’)\]]*\s*$")


# Once per lexicon, not per article: a Lexicon never changes.
@functools.lru_cache(maxsize=16)
def _label_columns(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """Return (label group, its column) per label group of the lexicon, in order."""
    seen: dict[str, None] = {}
    for entry in lexicon.entries:
        if entry.label:
            seen.setdefault(entry.label, None)
    return tuple((group, f"label_{_slug(group)}_author") for group in seen)


def feature_columns(lexicon=None, actors=None, title: bool = False) -> dict[str, str]:
    """Return the ``analyze()`` columns and their dtypes, in order.

    Label columns follow the lexicon's ``label`` groups and side columns the actors
    table's sides, so a user-supplied table gives its own columns.

    Examples
    --------
    >>> cols = feature_columns()
    >>> cols["loaded_author"], cols["tone_author"], cols["label_author"]
    ('int64', 'float64', 'object')
    """
    lexicon = _lexicon(lexicon)
    actors = load_actors(actors)
    cols = {
        "n_words": "int64",
        "n_words_author": "int64",
        "n_words_quoted": "int64",
        "loaded_author": "int64",
        "loaded_quoted": "int64",
        "loaded_author_per_1k": "float64",
        "loaded_quoted_per_1k": "float64",
        "loaded_terms_author": "object",
        "loaded_terms_quoted": "object",
        "label_author": "object",
    }
    for _, column in _label_columns(lexicon):
        cols[column] = "int64"
    cols.update(loaded_columns(lexicon))
    cols.update({"quotes_direct": "int64", "quotes_indirect": "int64"})
    empty = sources_from_quotes([], actors=actors).to_dict()
    for key, value in empty.items():
        cols[key] = _dtype_of(value)
    cols.update(voice_columns(actors))  # who gets a voice: type and gender
    cols.update({"tone_author": "float64", "tone_quoted": "float64"})
    cols.update(frame_columns())
    if title:
        cols.update(
            {
                "title_question": "bool",
                "title_loaded": "int64",
                "title_loaded_terms": "object",
            }
        )
    return cols


def _dtype_of(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | np.integer):
        return "int64"
    if isinstance(value, float | np.floating):
        return "float64"
    return "object"


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_")


def _lexicon(lexicon) -> Lexicon:
    return lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)


def article_features(
    text: Any, title: Any = None, *, lexicon=None, actors=None
) -> dict[str, Any]:
    """Return the framing features of one article as a flat dict.

    Parameters
    ----------
    text : str or Document
        The article body. None, NaN or a value that is not a str (a number,
        bytes, a list) gives zero counts and NaN rates.
    title : str, optional
        The headline; adds ``title_*`` features when given (even if empty).
    lexicon, actors : path-like or loaded table, default=None
        The bundled lexicon and actors table when None.

    Examples
    --------
    >>> f = article_features('Illegal aliens, he said. "Undocumented immigrants work."')
    >>> f["loaded_author"], f["loaded_terms_author"], f["label_author"]
    (1, 'illegal alien', 'alien')
    """
    lexicon = _lexicon(lexicon)
    actors = load_actors(actors)
    doc = _document(text)
    row: dict[str, Any] = {}
    n_words = len(doc.words)
    n_quoted = doc.n_words_quoted
    row["n_words"] = n_words
    row["n_words_author"] = n_words - n_quoted
    row["n_words_quoted"] = n_quoted

    matches = find_terms(doc, lexicon=lexicon)
    author = [m for m in matches if m.loaded and not m.in_quote]
    in_quote = [m for m in matches if m.loaded and m.in_quote]
    row["loaded_author"] = len(author)
    row["loaded_quoted"] = len(in_quote)
    row["loaded_author_per_1k"] = _per_1k(len(author), row["n_words_author"])
    row["loaded_quoted_per_1k"] = _per_1k(len(in_quote), n_quoted)
    row["loaded_terms_author"] = "; ".join(m.term for m in author)
    row["loaded_terms_quoted"] = "; ".join(m.term for m in in_quote)
    labels = Counter(m.label for m in matches if m.label and not m.in_quote)
    row["label_author"] = _dominant(labels, matches)
    for group, column in _label_columns(lexicon):
        row[column] = labels.get(group, 0)
    row.update(loaded_features(doc, lexicon=lexicon, matches=matches))

    quotes = _quotes(doc)
    row["quotes_direct"] = sum(q.kind == "direct" for q in quotes)
    row["quotes_indirect"] = sum(q.kind == "indirect" for q in quotes)
    balance = sources_from_quotes(quotes, actors=actors, text=doc)
    row.update(balance.to_dict())
    row.update(balance.voice_dict())

    voice = tone_by_voice(doc)
    row["tone_author"] = voice.author
    row["tone_quoted"] = voice.quoted
    row.update(frame_features(doc))
    if title is not None:
        title = _document(title).text
        in_title = [m for m in find_terms(title, lexicon=lexicon) if m.loaded]
        row["title_question"] = bool(_QUESTION.search(title))
        row["title_loaded"] = len(in_title)
        row["title_loaded_terms"] = "; ".join(m.term for m in in_title)
    return row


def _document(value: Any) -> Document:
    """Parse one cell; a value that is not text (number, bytes, list) is empty."""
    if isinstance(value, Document):
        return value
    return Document(value if isinstance(value, str) else "")


def _quotes(doc: Document) -> list:
    """Return the document's quotes (``extract_quotes`` keeps them in its cache)."""
    return extract_quotes(doc)


def _is_text(value: Any) -> bool:
    """Return True for a non-empty str: the cells ``analyze()`` reads as articles.

    Examples
    --------
    >>> [_is_text(v) for v in ("Rain.", "", None, float("nan"), 3, b"x")]
    [True, False, False, False, False, False]
    """
    return isinstance(value, str) and value != ""


def _per_1k(count: int, words: int) -> float:
    return 1000.0 * count / words if words else math.nan


def _dominant(labels: Counter, matches) -> str:
    """Return the author's most frequent status label; ties go to the first used."""
    if not labels:
        return ""
    top = max(labels.values())
    for m in matches:
        if not m.in_quote and labels.get(m.label) == top:
            return m.label
    return ""


def analyze(
    df,
    text: str = "text",
    title: str | None = None,
    *,
    lexicon=None,
    actors=None,
    progress: bool = False,
):
    """Compute framing features for every article of a DataFrame.

    Parameters
    ----------
    df : pandas.DataFrame or dask.dataframe.DataFrame
        One article per row.
    text : str, default="text"
        The column holding the article body.
    title : str, optional
        A column holding headlines; adds ``title_question``, ``title_loaded`` and
        ``title_loaded_terms``.
    lexicon, actors : path-like or loaded table, default=None
        The bundled lexicon and actors table when None.
    progress : bool, default=False
        Show a tqdm progress bar (pandas input only).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        A new frame with the same index and one row per input row; columns as in
        :func:`feature_columns` and ``docs/columns.md``. A dask input gives a dask
        result with the same partitions.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["The illegal aliens left.", None]}, index=[7, 9])
    >>> out = analyze(df)
    >>> out["loaded_author"].tolist(), out.index.tolist()
    ([1, 0], [7, 9])
    """
    lexicon = _lexicon(lexicon)
    actors = load_actors(actors)
    columns = feature_columns(lexicon, actors, title=title is not None)
    if _is_dask(df):
        _check_columns(df, text, title)
        meta = _empty(columns, index=df._meta.index)
        return df.map_partitions(
            analyze,
            text=text,
            title=title,
            lexicon=lexicon,
            actors=actors,
            meta=meta,
        )
    if not isinstance(df, pd.DataFrame):
        raise TypeError(
            f"analyze() needs a pandas or dask DataFrame; got {type(df).__name__}. "
            "For one text, use framing.article_features(text)."
        )
    _check_columns(df, text, title)
    texts = df[text].tolist()
    titles = df[title].tolist() if title is not None else [None] * len(texts)
    pairs = zip(texts, titles, strict=True)
    if progress:
        from tqdm.auto import tqdm

        pairs = tqdm(pairs, total=len(texts), unit=" articles")
    # The loop makes no reference cycles: see framing/_gc.py.
    with gc_paused():
        rows = [
            article_features(body, head, lexicon=lexicon, actors=actors)
            for body, head in pairs
        ]
    if not rows:
        return _empty(columns, index=df.index)
    out = pd.DataFrame.from_records(rows, index=df.index, columns=list(columns))
    # One block per dtype: astype() column by column leaves a fragmented frame.
    return out.astype(columns).copy()


def _empty(columns: dict[str, str], index) -> pd.DataFrame:
    return pd.DataFrame(
        {name: pd.Series(dtype=dtype) for name, dtype in columns.items()},
        index=index[:0],
    )


def _check_columns(df, text: str, title: str | None) -> None:
    for role, name in (("text", text), ("title", title)):
        if name is not None and name not in df.columns:
            raise InputError(
                f"analyze(df, {role}={name!r}): no column {name!r}; "
                f"columns are {list(df.columns)}"
            )


def _is_dask(df) -> bool:
    module = type(df).__module__
    return module.startswith("dask") and hasattr(df, "map_partitions")


def to_frame(items) -> pd.DataFrame:
    """Turn a list of results (TermMatch, Quote, ...) into a DataFrame, one row each.

    Examples
    --------
    >>> from framing.terms import find_loaded_terms
    >>> out = to_frame(find_loaded_terms("The illegals left."))
    >>> out[["text", "start", "end"]].to_dict("records")
    [{'text': 'illegals', 'start': 4, 'end': 12}]
    """
    import dataclasses

    rows = [dataclasses.asdict(item) for item in items]
    if rows:
        return pd.DataFrame(rows)
    return pd.DataFrame()
