"""Shared boundary checks: turn what users pass into what inner functions trust."""

from __future__ import annotations

import csv
import io
import math
import pathlib
from typing import Any

from framing.errors import LexiconError


def as_text(value: Any, name: str = "text") -> str:
    """Return ``value`` as a str; None and NaN become "" (empty features).

    Raises
    ------
    TypeError
        For anything that is neither a str, None nor a float NaN, naming what it got.
    """
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    # pandas.NA and numpy NaN scalars: compare without importing pandas here.
    if type(value).__name__ in {"NAType", "NaTType"}:
        return ""
    if hasattr(value, "dtype") and getattr(value, "ndim", 1) == 0:
        try:
            if math.isnan(float(value)):
                return ""
        except (TypeError, ValueError):
            pass
    raise TypeError(
        f"{name} must be a str (None or NaN give empty results); "
        f"got {type(value).__name__}: {value!r:.60}"
    )


def read_csv_rows(
    source: Any,
    required: tuple[str, ...],
    optional: tuple[str, ...] = (),
) -> tuple[str, list[tuple[int, dict[str, str]]]]:
    """Read a word-list table (CSV file or DataFrame) into stripped string rows.

    Shared by the data-file validators (actors, and any other word list): it checks
    the header and the required fields, so each loader only checks its own values.
    A DataFrame's rows are numbered as if it were written to CSV with a header
    (first row = line 2); its None/NaN cells read as "".

    Parameters
    ----------
    source : path-like, importlib Traversable or pandas.DataFrame
        Where the table is.
    required : tuple of str
        Columns that must be present and non-empty in every row.
    optional : tuple of str
        Columns that may be absent or empty (read as ""). Other columns are ignored.

    Returns
    -------
    label : str
        The file name (or "<DataFrame>") used in error messages.
    rows : list of (int, dict)
        ``(line, {column: value})`` for each non-blank row, values stripped.

    Raises
    ------
    LexiconError
        At the first problem, naming file, line and column.
    """
    if hasattr(source, "columns") and hasattr(source, "itertuples"):
        label = "<DataFrame>"
        header = [str(c) for c in source.columns]
        records = (
            (i + 2, ["" if _is_missing(v) else str(v) for v in values])
            for i, values in enumerate(source.itertuples(index=False, name=None))
        )
        return label, _checked_rows(label, header, records, required, optional)
    label = getattr(source, "name", None) or str(source)
    if not hasattr(source, "read_text"):
        source = pathlib.Path(source)
        label = source.name
    # utf-8-sig: spreadsheet programs often save a byte-order mark.
    content = source.read_text(encoding="utf-8-sig")
    reader = csv.reader(io.StringIO(content, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        header = []
    header = [h.strip() for h in header]
    if not any(header):
        raise table_error(
            label, 1, None, f"empty header; expected columns {list(required)}"
        )

    def records():
        for fields in reader:
            yield reader.line_num, fields

    try:
        return label, _checked_rows(label, header, records(), required, optional)
    except csv.Error as exc:
        raise table_error(label, reader.line_num, None, f"bad CSV: {exc}") from None


def table_error(
    label: str, line: int, column: str | None, message: str
) -> LexiconError:
    """Return the LexiconError ``"{label}, line {line}, column '{column}': …"``."""
    where = f"{label}, line {line}" + (f", column {column!r}" if column else "")
    return LexiconError(f"{where}: {message}")


def check_choice(label: str, line: int, column: str, value: str, choices: Any) -> None:
    """Raise the table error for ``value`` when it is not one of ``choices``."""
    if value not in choices:
        listed = sorted(choices) if isinstance(choices, set | frozenset) else choices
        raise table_error(
            label, line, column, f"expected one of {list(listed)}, got {value!r}"
        )


def _is_missing(value: Any) -> bool:
    try:
        return as_text(value) == "" and not isinstance(value, str)
    except TypeError:
        return False


def _checked_rows(label, header, records, required, optional):
    seen = set()
    for column in header:
        if column in seen:
            raise table_error(label, 1, column, "appears twice in the header")
        seen.add(column)
    for column in required:
        if column not in seen:
            raise table_error(
                label, 1, column, f"missing from the header; columns are {header}"
            )
    wanted = [c for c in (*required, *optional) if c in seen]
    index = {c: header.index(c) for c in wanted}
    rows: list[tuple[int, dict[str, str]]] = []
    for line, fields in records:
        if not any(f.strip() for f in fields):
            continue  # blank line
        if len(fields) > len(header):
            raise table_error(
                label,
                line,
                None,
                f"{len(fields)} fields but the header has {len(header)}; "
                "quote fields that contain commas",
            )
        row = {c: "" for c in optional}
        for column, k in index.items():
            row[column] = fields[k].strip() if k < len(fields) else ""
        for column in required:
            if not row[column]:
                raise table_error(label, line, column, "required, got ''")
        rows.append((line, row))
    return rows
