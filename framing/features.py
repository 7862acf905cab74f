"""Article-level framing features for a corpus: ``analyze(df)``, pandas or dask.

One row out per row in, same index; None, NaN or empty text gives zero counts and
NaN rates, never a dropped row. The features are the components of
:mod:`framing.components` (terms, quotes, sources, tone, frames, ...), run in the
registry's order; every column is described in ``docs/columns.md``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pandas as pd

from framing._gc import gc_paused
from framing.balance import all_actors, load_actors
from framing.components import FeatureConfig, resolve
from framing.document import Document
from framing.errors import InputError
from framing.lexicon import Lexicon, load_lexicon
from framing.parties import NO_DEBATE, check_issue

__all__ = ["analyze", "article_features", "feature_columns", "to_frame"]


def _config(
    lexicon, actors, title: bool = False, issue=None, frame_model=None
) -> FeatureConfig:
    """Load the tables once per call; the one check of ``issue`` (a debate name).

    The bundled actors give the per-side columns of the one debate given, else
    of every debate (each article's debate is detected, or read from a column).
    """
    issue = check_issue(issue)
    if actors is not None:
        table = load_actors(actors)
    elif issue is not None and issue != NO_DEBATE:
        table = load_actors(None, issue=issue)
    else:
        table = all_actors()
    return FeatureConfig(
        lexicon=_lexicon(lexicon),
        actors=table,
        own_actors=actors is not None,
        title=title,
        issue=issue,
        frame_model=frame_model,
    )


def _columns(config: FeatureConfig, out) -> dict[str, str]:
    cols: dict[str, str] = {}
    for component in out:
        cols.update(component.columns(config))
    return cols


def feature_columns(
    lexicon=None, actors=None, title: bool = False, features=None, issue=None
) -> dict[str, str]:
    """Return the ``analyze()`` columns and their dtypes, in order.

    Each feature component (:mod:`framing.components`) adds its columns, in the
    order of the registry. Label columns follow the lexicon's ``label`` groups and
    side columns the actors table's sides, so a user-supplied table gives its own
    columns.

    Parameters
    ----------
    lexicon, actors : path-like or loaded table, default=None
        The bundled lexicon and actors table when None.
    title : bool, default=False
        Add the ``title_*`` columns.
    features : list of str, optional
        Only these components' columns (see :func:`framing.components.components`).
    issue : str, optional
        One debate (a name of ``debates.csv``): the per-side columns are its
        sides. None (or a column of debates in ``analyze``): every debate's sides.

    Notes
    -----
    The debate columns: ``issue`` is the debate whose sides code the sources:
    the one given (``analyze(issue=...)``), else the one an article's topic words
    point at (:func:`framing.parties.detect_issue`), else "" (no debate: every
    source's side is "unknown"). ``issue_evidence`` counts the topic words of the
    best-matching debate (detected even when the debate is given).
    The per-side columns (``sources_<side>``, ``quoted_words_<side>``,
    ``direct_share_<side>``, ``nonneutral_side_<side>``) are those of the one
    debate given (``issue="guns"``: ``gun_rights`` and ``gun_control``), else of
    every bundled debate (:func:`framing.balance.all_actors`); in a row of another
    debate, or of none, a side's columns are 0 (NaN for shares), and the
    ``unknown`` columns count the sources without a side in that row's debate.
    ``balance_index`` and ``paraphrase_only_sides`` are computed over the row's
    own debate's sides. With your own actors table
    (``actors=...``) the sides are that table's rows (those of ``issue`` when
    given), as in :func:`framing.sources`, and ``issue`` still records the
    detected debate.

    Examples
    --------
    >>> cols = feature_columns()
    >>> cols["loaded_author"], cols["tone_author"], cols["label_author"]
    ('int64', 'float64', 'object')
    >>> list(feature_columns(features=["quotes"]))
    ['quotes_direct', 'quotes_indirect']
    """
    _, out = resolve(features, title=title)
    return _columns(_config(lexicon, actors, title=title, issue=issue), out)


def _lexicon(lexicon) -> Lexicon:
    return lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)


def article_features(
    text: Any,
    title: Any = None,
    *,
    lexicon=None,
    actors=None,
    issue: str | None = None,
    features=None,
    frame_model=None,
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
    issue : str, optional
        The debate whose sides code the sources; None detects it from the
        article's topic words (see :func:`feature_columns`).
    features : list of str, optional
        Only these feature components (and what they require); None gives all.
    frame_model : FrameClassifier, optional
        Frames from a classifier trained on your own codes instead of the cue
        lexicon (see :class:`framing.FrameClassifier`).

    Examples
    --------
    >>> f = article_features('Illegal aliens, he said. "Undocumented immigrants work."')
    >>> f["loaded_author"], f["loaded_terms_author"], f["label_author"]
    (1, 'illegal alien', 'alien')
    >>> article_features("The illegals left.", features=["loaded"])["loaded_author"]
    1
    """
    config = _config(
        lexicon, actors, title=title is not None, issue=issue, frame_model=frame_model
    )
    run, out = resolve(features, title=title is not None)
    doc = _document(text, title)
    return _row(
        doc,
        config,
        run,
        _columns(config, out),
        _needs_furniture(run),
        _scans_together(run),
    )


# Built-in components that never read the whole text's page furniture: loaded
# terms ask only whether their matches' lines hold some (Document.in_furniture).
# When any other component runs, the furniture is found once, first, so that the
# loaded terms read it instead of checking lines too.
_LINE_FURNITURE = frozenset(
    {
        "words",
        "loaded",
        "labels",
        "categories",
        "issue",
        "tone",
        "label_choice",
        "emotive",
        "title",
    }
)


def _needs_furniture(run) -> bool:
    return not _LINE_FURNITURE.issuperset(c.name for c in run)


def _scans_together(run) -> bool:
    # Loaded and emotive terms both run: their lexicons' candidates are found in
    # one scan of the text (framing.matching.candidates_together), the same ones.
    names = {c.name for c in run}
    return "loaded" in names and "emotive" in names


def _row(
    doc: Document,
    config: FeatureConfig,
    run,
    columns,
    furniture: bool = True,
    together: bool = False,
) -> dict[str, Any]:
    """Run the components on one document; keep only the output columns."""
    if furniture:
        doc.furniture_index  # noqa: B018 - found once (see _LINE_FURNITURE)
    if together:
        from framing.terms import _scan_together, load_emotive

        _scan_together(doc, (config.lexicon, load_emotive()))
    row: dict[str, Any] = {}
    for component in run:
        row.update(component.features(doc, config))
    if len(row) == len(columns):
        return row
    return {key: row[key] for key in columns}


def _document(value: Any, title: Any = None) -> Document:
    """Parse one cell; a value that is not text (number, bytes, list) is empty."""
    if title is not None and not isinstance(title, Document):
        title = title if isinstance(title, str) else ""
    if isinstance(value, Document):
        return value.with_title(title)
    return Document(value if isinstance(value, str) else "", title)


# Above this many rows, analyze(progress=None) shows a bar (in a terminal or a
# notebook): a few hundred articles take a few seconds.
_PROGRESS_ROWS = 300


def _show_progress(progress: bool | None, n_rows: int) -> bool:
    if progress is not None:
        return bool(progress)
    if n_rows <= _PROGRESS_ROWS:
        return False
    return _interactive()


def _interactive() -> bool:
    """Return True in a notebook or when stderr is a terminal."""
    import sys

    shell = sys.modules.get("IPython")
    if shell is not None:
        ip = getattr(shell, "get_ipython", lambda: None)()
        if ip is not None and type(ip).__name__ == "ZMQInteractiveShell":
            return True
    stderr = sys.stderr
    return bool(stderr is not None and hasattr(stderr, "isatty") and stderr.isatty())


def analyze(
    df,
    text: str = "text",
    title: str | None = None,
    *,
    lexicon=None,
    actors=None,
    issue: str | None = None,
    features=None,
    progress: bool | None = None,
    frame_model=None,
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
    issue : str, optional
        The debate whose sides code the sources: a debate name of
        ``framing/data/debates.csv`` (e.g. "guns") for every row, the name of a
        column of ``df`` holding one per row (a column name wins over a debate
        name; empty or missing cells: detected),
        or None to detect each article's debate from its topic words (no debate
        detected: every side "unknown"). "none" means no debate. The ``issue``
        and ``issue_evidence`` columns record it (see :func:`feature_columns`).
    features : list of str, optional
        Compute only these feature components (and what they require), e.g.
        ``["loaded"]``; None computes all. See :mod:`framing.components`.
    progress : bool or None, default=None
        Show a tqdm progress bar (pandas input only). None shows one when the
        frame has more than 300 rows and this runs in a notebook or with a
        terminal on stderr.
    frame_model : FrameClassifier, optional
        Frames from a classifier trained on your own codes instead of the cue
        lexicon (see :class:`framing.FrameClassifier`).

    Returns
    -------
    pandas.DataFrame or dask.dataframe.DataFrame
        A new frame with the same index and one row per input row; columns as in
        :func:`feature_columns` and ``docs/columns.md``. A dask input gives a dask
        result with the same partitions.

    Raises
    ------
    InputError
        For a missing column, an unknown debate or an unknown feature name.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"text": ["The illegal aliens left.", None]}, index=[7, 9])
    >>> out = analyze(df)
    >>> out["loaded_author"].tolist(), out.index.tolist()
    ([1, 0], [7, 9])
    >>> list(analyze(df, features=["quotes"]).columns)
    ['quotes_direct', 'quotes_indirect']
    """
    _check_frame(df)
    _check_columns(df, text, title)
    per_row = isinstance(issue, str) and issue in df.columns
    config = _config(
        lexicon,
        actors,
        title=title is not None,
        issue=None if per_row else issue,
        frame_model=frame_model,
    )
    run, out = resolve(features, title=title is not None)
    columns = _columns(config, out)
    if _is_dask(df):
        meta = _empty(columns, index=df._meta.index)
        return df.map_partitions(
            analyze,
            text=text,
            title=title,
            lexicon=config.lexicon,
            actors=actors,
            issue=issue,
            features=features,
            progress=False,
            frame_model=frame_model,
            meta=meta,
        )
    texts = df[text].tolist()
    titles = df[title].tolist() if title is not None else [None] * len(texts)
    configs = _row_configs(df[issue].tolist(), config) if per_row else None
    items = zip(texts, titles, strict=True)
    if _show_progress(progress, len(texts)):
        from tqdm.auto import tqdm

        items = tqdm(items, total=len(texts), unit=" articles")
    furniture = _needs_furniture(run)
    together = _scans_together(run)
    # The loop makes no reference cycles: see framing/_gc.py.
    with gc_paused():
        if configs is None:
            rows = [
                _row(_document(body, head), config, run, columns, furniture, together)
                for body, head in items
            ]
        else:
            rows = [
                _row(
                    _document(body, head),
                    row_config,
                    run,
                    columns,
                    furniture,
                    together,
                )
                for (body, head), row_config in zip(items, configs, strict=True)
            ]
    if not rows:
        return _empty(columns, index=df.index)
    frame = pd.DataFrame.from_records(rows, index=df.index, columns=list(columns))
    # One block per dtype: astype() column by column leaves a fragmented frame.
    return frame.astype(columns).copy()


def _row_configs(values: list, config: FeatureConfig) -> list[FeatureConfig]:
    """One config per row from a column of debates (one check per distinct name)."""
    by_issue: dict[Any, FeatureConfig] = {}
    configs = []
    for value in values:
        name = value if isinstance(value, str) and value.strip() else None
        if name not in by_issue:
            by_issue[name] = dataclasses.replace(config, issue=check_issue(name))
        configs.append(by_issue[name])
    return configs


def _check_frame(df) -> None:
    if not isinstance(df, pd.DataFrame) and not _is_dask(df):
        raise TypeError(
            f"analyze() needs a pandas or dask DataFrame; got {type(df).__name__}. "
            "For one text, use framing.article_features(text)."
        )


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
    rows = [dataclasses.asdict(item) for item in items]
    if rows:
        return pd.DataFrame(rows)
    return pd.DataFrame()
