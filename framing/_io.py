"""Read and write article tables in chunks: CSV, JSON lines and Parquet, gzip too.

The command line streams through these so memory stays flat on files larger than
memory. Formats are chosen by file name (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``,
each optionally ``.gz`` for the text formats).
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from framing.errors import InputError


def table_format(path: str | os.PathLike) -> str:
    """Return "csv", "jsonl" or "parquet" from a file name, or raise InputError."""
    name = Path(path).name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix, fmt in (
        (".csv", "csv"),
        (".jsonl", "jsonl"),
        (".ndjson", "jsonl"),
        (".json", "jsonl"),
        (".parquet", "parquet"),
        (".pq", "parquet"),
    ):
        if name.endswith(suffix):
            if fmt == "parquet" and Path(path).name.lower().endswith(".gz"):
                break
            return fmt
    raise InputError(
        f"{path}: cannot tell the format from the file name; use .csv, .jsonl or "
        ".parquet (.csv.gz and .jsonl.gz for compressed text)"
    )


def read_chunks(
    path: str | os.PathLike,
    chunksize: int,
    text_columns: Iterable[str] = (),
    counts: dict[str, int] | None = None,
) -> Iterator[pd.DataFrame]:
    """Yield the rows of a table as DataFrames of at most ``chunksize`` rows.

    When ``counts`` is a dict, ``counts["rows"]`` is set to the number of rows once
    the file is checked, before the first chunk is yielded (a progress bar's total).

    The whole file is checked before the first chunk is yielded, so a bad row stops
    the run before any output exists: a CSV row with more or fewer fields than the
    header, a JSON line that is not an object, or an unreadable Parquet file raises
    :class:`InputError` naming the file and the line. Each chunk keeps a running
    RangeIndex so row numbers stay those of the file.

    Column types are decided once for the whole file, so every chunk agrees: in a
    CSV, a column whose values are all whole numbers is ``int64`` (``Int64`` when
    some are empty), all numbers ``float64``, all true/false ``bool``; anything else,
    and the ``text_columns`` always, is text, where an empty cell stays an empty
    string and no other value is read as missing (article text such as "NA" is
    text). Numbers with a leading zero ("02134") stay text. JSON lines keep their
    values (a number in the text column stays a number; ``analyze()`` gives it empty
    features), but every other column must hold one kind of value (numbers,
    strings, true/false, lists or objects; null fits any): an ``id`` that is a
    number on one line and a string on another is an InputError naming the file
    and the line, raised before the first chunk.
    """
    fmt = table_format(path)
    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    text_columns = set(text_columns)
    counts = {} if counts is None else counts
    if fmt == "csv":
        yield from _csv_chunks(Path(path), chunksize, text_columns, counts)
    elif fmt == "jsonl":
        yield from _jsonl_chunks(Path(path), chunksize, text_columns, counts)
    else:
        yield from _parquet_chunks(Path(path), chunksize, counts)


def _open_text(path: Path):
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    return opener(path, "rt", encoding="utf-8", newline="")


def _decoding(path: Path, exc: UnicodeDecodeError) -> InputError:
    """Name the first line that is not UTF-8 (read again in binary, only on error)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    where = ""
    with opener(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as bad:
                where = f", line {number}, byte {bad.start + 1} of the line"
                break
    return InputError(
        f"{path}{where}: not UTF-8 ({exc.reason}); re-encode the file as UTF-8"
    )


_INT = re.compile(r"[+-]?(?:0|[1-9][0-9]{0,17})")
_FLOAT = re.compile(
    r"[+-]?(?:(?:0|[1-9][0-9]*)(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
)
_BOOL = {"true": True, "false": False}


class _Kind:
    """What every non-empty value of one column can be read as."""

    __slots__ = ("bool", "empty", "float", "int")

    def __init__(self) -> None:
        self.int = self.float = self.bool = True
        self.empty = False

    def see(self, value: str) -> None:
        if value == "":
            self.empty = True
            return
        if self.int and not _INT.fullmatch(value):
            self.int = False
        if self.float and not (self.int or _FLOAT.fullmatch(value)):
            self.float = False
        if self.bool and value.lower() not in _BOOL:
            self.bool = False

    def dtype(self) -> str | None:
        if self.int:
            return "Int64" if self.empty else "int64"
        if self.float:
            return "float64"
        if self.bool and not self.empty:
            return "bool"
        return None  # text


def _csv_chunks(
    path: Path, chunksize: int, text_columns: set[str], counts: dict[str, int]
):
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    header, kinds, counts["rows"] = _check_csv(path, text_columns)
    if header is None:
        return  # an empty file: no columns, no rows
    dtypes = {name: kind.dtype() for name, kind in kinds.items()}
    numeric = [name for name, dtype in dtypes.items() if dtype is not None]
    bools = [name for name in numeric if dtypes[name] == "bool"]
    reader = pd.read_csv(
        path,
        chunksize=chunksize,
        keep_default_na=False,
        na_values={name: [""] for name in numeric},
        dtype={
            name: (str if dtypes.get(name) in (None, "bool") else dtypes[name])
            for name in header
        },
        compression="infer",
    )
    with reader:
        for chunk in reader:
            for name in bools:
                chunk[name] = chunk[name].str.lower().map(_BOOL).astype(bool)
            yield chunk


def _check_csv(path: Path, text_columns: set[str]):
    """Check every row's field count; return the header, each column's kind, rows."""
    n_rows = 0
    try:
        with _open_text(path) as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                return None, {}, 0
            width = len(header)
            kinds = {n: _Kind() for n in header if n not in text_columns}
            columns = [(i, kinds[n]) for i, n in enumerate(header) if n in kinds]
            line = reader.line_num
            for row in reader:
                if len(row) != width and row:
                    raise InputError(
                        f"{path}, line {line + 1}: {len(row)} fields where the "
                        f"header has {width}; check the quoting of that row"
                    )
                if row:  # pandas skips blank lines too
                    n_rows += 1
                    for i, kind in columns:
                        kind.see(row[i])
                line = reader.line_num
    except csv.Error as exc:
        raise InputError(f"{path}, line {reader.line_num}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise _decoding(path, exc) from exc
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(f"{path}: not a readable gzip file ({exc})") from exc
    return header, kinds, n_rows


def _jsonl_rows(path: Path):
    """Yield ``(line number, object)`` for every non-blank line, checking each."""
    try:
        with _open_text(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"{path}, line {number}: not valid JSON ({exc.msg} at "
                        f"character {exc.pos + 1})"
                    ) from None
                if not isinstance(row, dict):
                    raise InputError(
                        f"{path}, line {number}: expected a JSON object "
                        f"({{...}}), got {type(row).__name__}"
                    )
                yield number, row
    except UnicodeDecodeError as exc:
        raise _decoding(path, exc) from exc
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise InputError(f"{path}: not a readable gzip file ({exc})") from exc


def _json_dtype(types: set[type]) -> str | None:
    present = types - {type(None)}
    if present == {bool}:
        return "boolean" if type(None) in types else "bool"
    if present and present <= {int}:
        return "Int64" if type(None) in types else "int64"
    if present and present <= {int, float}:
        return "float64"
    return None  # keep the values as they are


def _json_kind(value: object) -> str:
    """Name the kind of a JSON value: values of one column must share it."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _jsonl_chunks(
    path: Path, chunksize: int, text_columns: set[str], counts: dict[str, int]
):
    columns: dict[str, set[type]] = {}
    first: dict[str, tuple[str, int]] = {}  # column -> (kind, line) of its first value
    counts["rows"] = 0
    for number, row in _jsonl_rows(path):
        counts["rows"] += 1
        for key, value in row.items():
            columns.setdefault(key, set()).add(type(value))
            if value is None or key in text_columns:
                continue  # a null fits any column; text cells may be anything
            kind = _json_kind(value)
            seen = first.setdefault(key, (kind, number))
            if seen[0] != kind:
                raise InputError(
                    f"{path}, line {number}: column {key!r} is {kind} here but "
                    f"{seen[0]} on line {seen[1]}; give the column one type in every "
                    'line (e.g. write every id as a string, "17")'
                )
    dtypes = {
        key: None if key in text_columns else _json_dtype(types)
        for key, types in columns.items()
    }
    start = 0
    rows: list[dict] = []
    for _, row in _jsonl_rows(path):
        rows.append(row)
        if len(rows) == chunksize:
            yield _frame(rows, dtypes, start)
            start += len(rows)
            rows = []
    if rows:
        yield _frame(rows, dtypes, start)


def _frame(rows: list[dict], dtypes: dict[str, str | None], start: int):
    data = {}
    for key, dtype in dtypes.items():
        values = [row.get(key) for row in rows]
        data[key] = pd.Series(values, dtype=dtype or object)
    frame = pd.DataFrame(data)
    frame.index = pd.RangeIndex(start, start + len(rows))
    return frame


def _parquet_chunks(path: Path, chunksize: int, counts: dict[str, int]):
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from exc
    # Metadata alone does not prove the pages are sound: decode the file once
    # before any output exists, so a damaged page costs no partial output.
    try:
        for _ in parquet.iter_batches(batch_size=chunksize):
            pass
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: Parquet data is damaged ({exc})") from exc
    counts["rows"] = parquet.metadata.num_rows
    start = 0
    for batch in parquet.iter_batches(batch_size=chunksize):
        frame = batch.to_pandas()
        frame.index = pd.RangeIndex(start, start + len(frame))
        start += len(frame)
        yield frame


def columns_of(path: str | os.PathLike) -> list[str]:
    """Return a table's column names without reading its rows (for empty inputs)."""
    fmt = table_format(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return list(pq.ParquetFile(path).schema_arrow.names)
    if fmt == "csv":
        with _open_text(Path(path)) as handle:
            return next(csv.reader(handle), [])
    return []


class ChunkWriter:
    """Append DataFrame chunks to one output file, written atomically on close.

    Rows go to ``<path>.partial`` first; :meth:`close` renames it to ``path``, so an
    interrupted run never leaves a truncated file that looks complete.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.format = table_format(path)
        self._partial = self.path.with_name(self.path.name + ".partial")
        self._handle = None
        self._parquet = None
        self._empty: pd.DataFrame | None = None
        self._header = False  # CSV header written
        self.rows = 0

    def write(self, frame: pd.DataFrame) -> None:
        """Append one chunk."""
        if self.format == "parquet":
            self._write_parquet(frame)
        elif len(frame) or not self._header:
            if self._handle is None:
                opener = gzip.open if self.path.name.lower().endswith(".gz") else open
                self._handle = opener(self._partial, "wt", encoding="utf-8", newline="")
            if self.format == "csv":
                frame.to_csv(self._handle, header=not self._header, index=False)
                self._header = True
            elif len(frame):
                frame.to_json(
                    self._handle, orient="records", lines=True, force_ascii=False
                )
                self._handle.write("\n")
        self.rows += len(frame)

    def _write_parquet(self, frame: pd.DataFrame, last: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._parquet is None:
            if not len(frame) and not last:
                # An empty chunk types nothing: its columns are written on close if
                # no row ever comes.
                self._empty = frame
                return
            table = pa.Table.from_pandas(frame, preserve_index=False)
            # A column with no value in the first chunk is typed null; text is the
            # only kind such columns hold here, so later chunks still fit.
            schema = pa.schema(
                f.with_type(pa.string()) if pa.types.is_null(f.type) else f
                for f in table.schema
            ).with_metadata(table.schema.metadata)
            self._parquet = pq.ParquetWriter(self._partial, schema)
            table = table.cast(schema)
        else:
            table = pa.Table.from_pandas(
                frame, schema=self._parquet.schema, preserve_index=False
            )
        self._parquet.write_table(table)

    def close(self) -> None:
        """Finish the file and move it into place."""
        if self.format == "parquet" and self._parquet is None:
            self._write_parquet(
                self._empty if self._empty is not None else pd.DataFrame(), last=True
            )
        if self._parquet is not None:
            self._parquet.close()
        if self._handle is not None:
            self._handle.close()
        if self._parquet is None and self._handle is None:
            # No chunk at all (empty input): still leave a valid, empty file.
            opener = gzip.open if self.path.name.lower().endswith(".gz") else open
            with opener(self._partial, "wt", encoding="utf-8"):
                pass
        os.replace(self._partial, self.path)

    def abort(self) -> None:
        """Drop the partial file after an error."""
        for handle in (self._parquet, self._handle):
            if handle is not None:
                handle.close()
        self._partial.unlink(missing_ok=True)
