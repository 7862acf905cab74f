"""Samples for hand coding: stratified, seeded, with weights, offsets and context.

:func:`draw_sample` picks sentences or articles from a corpus DataFrame;
:func:`write_sample` exports them as CSV or JSON Lines with empty code columns per
coder; :func:`read_codes` reads the coded files back; :func:`coding_sheet` writes
the coders' instructions from the codebook. ``framing sample`` runs the first two.
"""

from __future__ import annotations

import argparse
import functools
import importlib.resources
import json
import math
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from framing._validation import as_text
from framing.errors import InputError

__all__ = [
    "add_sample_parser",
    "code_columns",
    "coding_sheet",
    "draw_sample",
    "load_codebook",
    "load_coded_example",
    "read_codes",
    "reliability_data",
    "run_sample",
    "write_sample",
]

_COLUMNS = [
    "sample_id",
    "article_id",
    "stratum",
    "unit",
    "start",
    "end",
    "text",
    "context_before",
    "context_after",
    "enriched",
    "weight",
]


@functools.cache
def load_codebook() -> pd.DataFrame:
    """Return the bundled codebook: the 15 frames with their definitions.

    Columns ``code``, ``frame``, ``label``, ``definition``, ``source``, ``note``
    (``framing/data/codebook.csv``; Boydstun et al. 2014, paraphrased).

    Examples
    --------
    >>> codebook = load_codebook()
    >>> len(codebook), codebook["frame"].iloc[0], codebook["frame"].iloc[12]
    (15, 'economic', 'political')
    """
    path = importlib.resources.files("framing") / "data" / "codebook.csv"
    with path.open(encoding="utf-8") as handle:
        return pd.read_csv(handle, keep_default_na=False)


def load_coded_example() -> pd.DataFrame:
    """Return a small coded file: 60 sentences, two coders, with disagreements.

    The sentences were written for the project (no corpus text); the codes are
    frame ids, one coder's cell left empty (``framing/data/coded_example.csv``).
    Read it like a coded sample: ``sample_id``, ``article_id``, ``outlet``,
    ``text``, ``code_coder_1``, ``code_coder_2``.

    Examples
    --------
    >>> coded = load_coded_example()
    >>> len(coded), reliability_data(coded).shape
    (60, (2, 60))
    """
    path = importlib.resources.files("framing") / "data" / "coded_example.csv"
    with path.open(encoding="utf-8") as handle:
        coded = pd.read_csv(handle, dtype=str, keep_default_na=False)
    for column in code_columns(coded):
        coded[column] = [_code(v) for v in coded[column]]
    return coded.drop(columns=["source"])


def _units(text: str, unit: str) -> list[tuple[int, int]]:
    if unit == "article":
        return [(0, len(text))] if text.strip() else []
    from framing.document import Document

    return list(Document(text).sentences)


def _enrichment_key(text: str, spans, enrich: dict[str, float]) -> list[str]:
    """Return the cue lexicon's frame of each span when it is enriched, else ""."""
    from framing.frames import frame_profile

    if not enrich:
        return [""] * len(spans)
    profile = frame_profile(text)
    frames = [(s.start, s.end, s.frame) for s in profile.sentences]
    keys = []
    for start, end in spans:
        inside = [f for a, b, f in frames if a < end and b > start and f in enrich]
        keys.append(inside[0] if inside else "")
    return keys


def _allocate(sizes: np.ndarray, factors: np.ndarray, n: int) -> np.ndarray:
    """Split ``n`` over cells in proportion to size x factor, never above a size."""
    take = np.zeros(len(sizes), dtype=int)
    open_ = sizes > 0
    remaining = min(n, int(sizes.sum()))
    while remaining > 0 and open_.any():
        share = np.where(open_, sizes * factors, 0.0)
        share = share / share.sum() * remaining
        whole = np.floor(share).astype(int)
        # largest remainders get the leftover units
        extra = remaining - whole.sum()
        order = np.argsort(-(share - whole), kind="stable")
        whole[order[:extra]] += 1
        room = sizes - take
        add = np.minimum(whole, room)
        take += add
        remaining -= int(add.sum())
        open_ = take < sizes
        if add.sum() == 0:
            break
    return take


def draw_sample(
    corpus: pd.DataFrame,
    n: int = 200,
    *,
    text: str = "text",
    id: str = "id",
    unit: str = "sentence",
    strata: str | None = None,
    enrich: dict[str, float] | None = None,
    seed: int = 0,
    coders: Sequence[str] = ("coder_1", "coder_2"),
    min_words: int = 4,
) -> pd.DataFrame:
    """Draw a reproducible, stratified sample of sentences or articles to hand-code.

    Parameters
    ----------
    corpus : pandas.DataFrame
        One row per article.
    n : int, default=200
        Units to draw in all.
    text, id : str
        The text column and the article id column.
    unit : {"sentence", "article"}
        What a coder codes.
    strata : str, optional
        A column (outlet, group, debate, period) to stratify by: each stratum gets
        its share of ``n`` in proportion to its number of units.
    enrich : dict of str to float, optional
        Oversample sentences where the cue lexicon finds these frames, by these
        factors (``{"morality": 4}`` draws morality-cue sentences four times as
        often as their share). Each unit's ``weight`` (units in its cell / units
        drawn from it) re-weights rates back to the corpus.
    seed : int, default=0
        Same corpus, arguments and seed: same sample.
    coders : sequence of str, default=("coder_1", "coder_2")
        One empty ``code_<coder>`` column per coder.
    min_words : int, default=4
        Sentences with fewer words (datelines, bylines) are not drawn.

    Returns
    -------
    pandas.DataFrame
        ``sample_id``, ``article_id``, ``stratum``, ``unit``, ``start``, ``end``
        (``article_text[start:end] == text``), ``text``, ``context_before`` and
        ``context_after`` (the neighbouring sentences), ``enriched`` (the frame
        that raised its chance, or ""), ``weight``, then the code columns.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({
    ...     "id": ["a1", "a2"], "outlet": ["X", "Y"],
    ...     "text": ["Taxes rose this year. The mayor spoke on Monday. Voters were angry.",
    ...              "The court ruled on the law. Police made arrests downtown."],
    ... })
    >>> sample = draw_sample(corpus, n=3, strata="outlet", seed=1)
    >>> sample[["article_id", "stratum", "start", "end"]].values.tolist()
    [['a1', 'X', 0, 21], ['a1', 'X', 22, 48], ['a2', 'Y', 28, 57]]
    >>> list(sample.columns[-2:])
    ['code_coder_1', 'code_coder_2']
    """  # noqa: E501
    if not isinstance(corpus, pd.DataFrame):
        raise InputError(f"corpus must be a DataFrame; got {type(corpus).__name__}")
    for name in (text, id, strata):
        if name is not None and name not in corpus.columns:
            raise InputError(
                f"draw_sample: no column {name!r}; columns are {list(corpus.columns)}"
            )
    if unit not in ("sentence", "article"):
        raise InputError(f"unit must be 'sentence' or 'article'; got {unit!r}")
    if not isinstance(n, int | np.integer) or n < 1:
        raise InputError(f"n must be a positive int; got {n!r}")
    enrich = dict(enrich or {})
    rows = []
    for _, article in corpus.iterrows():
        body = as_text(article[text])
        spans = _units(body, unit)
        keys = _enrichment_key(body, spans, enrich) if unit == "sentence" else None
        stratum = "" if strata is None else str(article[strata])
        for k, (start, end) in enumerate(spans):
            if unit == "sentence" and len(body[start:end].split()) < min_words:
                continue
            rows.append(
                {
                    "article_id": article[id],
                    "stratum": stratum,
                    "unit": unit,
                    "start": start,
                    "end": end,
                    "text": body[start:end],
                    "context_before": body[slice(*spans[k - 1])] if k else "",
                    "context_after": body[slice(*spans[k + 1])]
                    if k + 1 < len(spans)
                    else "",
                    "enriched": keys[k] if keys else "",
                }
            )
    units = pd.DataFrame(rows, columns=_COLUMNS[1:-1])
    if units.empty:
        raise InputError("draw_sample: the corpus has no units to draw")
    cells = units.groupby(["stratum", "enriched"], sort=True).indices
    names = list(cells)
    sizes = np.array([len(cells[c]) for c in names])
    factors = np.array([enrich.get(c[1], 1.0) if c[1] else 1.0 for c in names])
    take = _allocate(sizes, factors, int(n))
    rng = np.random.default_rng(seed)
    picked, weights = [], []
    for name, size, count in zip(names, sizes, take, strict=True):
        if count:
            chosen = rng.choice(cells[name], size=count, replace=False)
            picked.extend(chosen)
            weights.extend([size / count] * count)
    sample = units.iloc[picked].copy()
    sample["weight"] = weights
    sample = sample.sort_values(["stratum", "article_id", "start"], kind="stable")
    sample.insert(0, "sample_id", [f"u{i + 1:04d}" for i in range(len(sample))])
    for coder in coders:
        sample[f"code_{coder}"] = ""
    return sample.reset_index(drop=True)


def code_columns(frame: pd.DataFrame) -> list[str]:
    """Return the ``code_<coder>`` columns of a sample or coded file."""
    return [c for c in frame.columns if str(c).startswith("code_")]


def write_sample(sample: pd.DataFrame, path: str | os.PathLike) -> Path:
    """Write a sample as CSV (``.csv``) or JSON Lines (``.jsonl``); return the path."""
    path = Path(path)
    if path.suffix == ".csv":
        sample.to_csv(path, index=False, encoding="utf-8")
    elif path.suffix == ".jsonl":
        with path.open("w", encoding="utf-8") as handle:
            for record in sample.to_dict(orient="records"):
                handle.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    else:
        raise InputError(f"{path}: write a sample as .csv or .jsonl")
    return path


def read_codes(*paths: str | os.PathLike) -> pd.DataFrame:
    """Read coded files back: one row per unit, one ``code_<coder>`` column per coder.

    Several files (one per coder, each with the sample's ``sample_id``) are joined
    on ``sample_id``; empty cells are missing codes (None).
    """
    if not paths:
        raise InputError("read_codes needs at least one file")
    merged = None
    for path in paths:
        path = Path(path)
        if path.suffix == ".jsonl":
            frame = pd.read_json(path, lines=True, dtype=False)
        elif path.suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        else:
            raise InputError(f"{path}: coded files are .csv or .jsonl")
        if "sample_id" not in frame.columns or not code_columns(frame):
            raise InputError(
                f"{path}: a coded file needs a 'sample_id' column and at least one "
                f"'code_<coder>' column; columns are {list(frame.columns)}"
            )
        if merged is None:
            merged = frame
        else:
            new = ["sample_id", *[c for c in code_columns(frame) if c not in merged]]
            merged = merged.merge(frame[new], on="sample_id", how="outer")
    for column in code_columns(merged):
        merged[column] = [_code(v) for v in merged[column]]
    return merged


def _code(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    value = str(value).strip()
    return value or None


def reliability_data(coded: pd.DataFrame) -> pd.DataFrame:
    """Return the codes as coders (rows) by units (columns), for krippendorff_alpha.

    Examples
    --------
    >>> coded = pd.DataFrame(
    ...     {"sample_id": ["u1", "u2"], "code_ann": ["economic", None],
    ...      "code_bo": ["economic", "policy"]}
    ... )
    >>> reliability_data(coded).values.tolist()
    [['economic', None], ['economic', 'policy']]
    """
    columns = code_columns(coded)
    matrix = coded.set_index("sample_id")[columns].T.astype(object)
    matrix.index = [c[len("code_") :] for c in columns]
    return matrix.where(matrix.notna(), None)


def coding_sheet(
    categories: str | os.PathLike | pd.DataFrame | None = None,
    *,
    title: str = "Coding sheet",
    unit: str = "sentence",
) -> str:
    """Return a Markdown coding sheet: instructions and one entry per category.

    Parameters
    ----------
    categories : path, DataFrame or None
        None: the bundled 15 frames (Boydstun et al. 2014). Otherwise a CSV (or
        DataFrame) with a ``category`` column and optional ``definition`` and
        ``example`` columns: your own codebook.

    Examples
    --------
    >>> sheet = coding_sheet()
    >>> sheet.splitlines()[0], "`economic`" in sheet
    ('# Coding sheet', True)
    """
    if categories is None:
        table = load_codebook().rename(columns={"frame": "category"})
        source = "Boydstun, Card, Gross, Resnik & Smith (2014), Policy Frames Codebook"
    else:
        if isinstance(categories, pd.DataFrame):
            table = categories
        else:
            table = pd.read_csv(categories, dtype=str, keep_default_na=False)
        if "category" not in table.columns:
            raise InputError(
                "categories need a 'category' column; columns are "
                f"{list(table.columns)}"
            )
        source = "the study's own codebook"
    lines = [
        f"# {title}",
        "",
        f"Code each {unit} with the ONE category that best describes how it frames "
        "the issue. Read the context before and after, but code only the unit "
        "itself. Leave the cell empty when you cannot decide; do not discuss "
        "codes with the other coders until all are done.",
        "",
        f"Categories ({len(table)}; from {source}):",
        "",
    ]
    for _, row in table.iterrows():
        label = row.get("label", "") or row["category"]
        lines.append(f"- `{row['category']}` — **{label}**")
        if row.get("definition", ""):
            lines.append(f"  {row['definition']}")
        if row.get("example", ""):
            lines.append(f"  Example: {row['example']}")
    return "\n".join(lines) + "\n"


def add_sample_parser(subparsers) -> argparse.ArgumentParser:
    """Register ``framing sample`` on the command line's subparsers."""
    parser = subparsers.add_parser(
        "sample",
        help="draw sentences or articles to hand-code, with a coding sheet",
        description="Draw a reproducible stratified sample from IN (.csv, .jsonl; "
        ".gz too) and write it to OUT (.csv or .jsonl) with empty code columns; "
        "--sheet writes the coding sheet (Markdown).",
    )
    parser.add_argument(
        "input", metavar="IN", type=Path, help="the corpus (.csv, .jsonl, .gz too)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        required=True,
        help="the sample to write (.csv or .jsonl); never the input file",
    )
    parser.add_argument("-n", type=int, default=200, help="units (default 200)")
    parser.add_argument(
        "--unit",
        choices=["sentence", "article"],
        default="sentence",
        help="what a coder codes (default: sentence)",
    )
    parser.add_argument(
        "--text-column", default="text", metavar="NAME", help="the text column"
    )
    parser.add_argument(
        "--id-column", default="id", metavar="NAME", help="the article id column"
    )
    parser.add_argument(
        "--strata",
        default=None,
        metavar="COLUMN",
        help="draw equally from each value of this column (outlet, debate, period)",
    )
    parser.add_argument(
        "--enrich",
        action="append",
        default=[],
        metavar="FRAME=FACTOR",
        help="oversample sentences with this frame's cues (repeatable)",
    )
    parser.add_argument(
        "--coders",
        default="coder_1,coder_2",
        metavar="A,B",
        help="the coders' names: one empty code column each",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="the random seed (same seed, same sample)"
    )
    parser.add_argument(
        "--sheet",
        type=Path,
        default=None,
        metavar="MD",
        help="also write the coding sheet (Markdown) here",
    )
    parser.add_argument(
        "--categories",
        type=Path,
        default=None,
        metavar="CSV",
        help="your own categories (code, label, definition) instead of the 15 frames",
    )
    return parser


def run_sample(args: argparse.Namespace) -> int:
    """Run ``framing sample`` with parsed arguments; return the exit code."""
    suffixes = args.input.suffixes
    if ".jsonl" in suffixes:
        corpus = pd.read_json(args.input, lines=True, dtype=False)
    else:
        corpus = pd.read_csv(args.input, dtype=str, keep_default_na=False)
    enrich = {}
    for item in args.enrich:
        frame, _, factor = item.partition("=")
        try:
            enrich[frame.strip()] = float(factor)
        except ValueError as exc:
            raise InputError(f"--enrich takes FRAME=FACTOR; got {item!r}") from exc
    sample = draw_sample(
        corpus,
        args.n,
        text=args.text_column,
        id=args.id_column,
        unit=args.unit,
        strata=args.strata,
        enrich=enrich,
        seed=args.seed,
        coders=[c.strip() for c in args.coders.split(",") if c.strip()],
    )
    write_sample(sample, args.output)
    if args.sheet is not None:
        args.sheet.write_text(
            coding_sheet(args.categories, unit=args.unit), encoding="utf-8"
        )
    print(f"framing: wrote {len(sample)} {args.unit}s to {args.output}")
    return 0
