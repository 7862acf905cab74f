"""Read and write article tables in chunks: CSV, JSON lines and Parquet, gzip too.

The command line streams through these so memory stays flat on files larger than
memory. Formats are chosen by file name (``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``,
each optionally ``.gz`` for the text formats).
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from framing.errors import InputError

FORMATS = ("csv", "jsonl", "parquet")


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


def read_chunks(path: str | os.PathLike, chunksize: int) -> Iterator[pd.DataFrame]:
    """Yield the rows of a table as DataFrames of at most ``chunksize`` rows.

    Each chunk keeps a running RangeIndex so row numbers stay those of the file.
    Empty strings in CSV stay empty strings; no other value is read as missing
    (article text such as "NA" or "null" is text).
    """
    fmt = table_format(path)
    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")
    if fmt == "csv":
        reader = pd.read_csv(
            path,
            chunksize=chunksize,
            keep_default_na=False,
            dtype=str,
            compression="infer",
        )
        with reader:
            yield from reader
    elif fmt == "jsonl":
        reader = pd.read_json(
            path, lines=True, chunksize=chunksize, compression="infer", dtype=False
        )
        with reader:
            yield from reader
    else:
        import pyarrow.parquet as pq

        start = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunksize):
            frame = batch.to_pandas()
            frame.index = pd.RangeIndex(start, start + len(frame))
            start += len(frame)
            yield frame


def count_rows(path: str | os.PathLike) -> int | None:
    """Return the number of rows when it is cheap to know (Parquet), else None."""
    if table_format(path) == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return None


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
        self.rows = 0

    def write(self, frame: pd.DataFrame) -> None:
        """Append one chunk."""
        if self.format == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            if self._parquet is None:
                table = pa.Table.from_pandas(frame, preserve_index=False)
                self._parquet = pq.ParquetWriter(self._partial, table.schema)
            else:
                table = pa.Table.from_pandas(
                    frame, schema=self._parquet.schema, preserve_index=False
                )
            self._parquet.write_table(table)
        else:
            if self._handle is None:
                opener = gzip.open if self.path.name.lower().endswith(".gz") else open
                self._handle = opener(self._partial, "wt", encoding="utf-8", newline="")
            if self.format == "csv":
                frame.to_csv(self._handle, header=self.rows == 0, index=False)
            else:
                frame.to_json(
                    self._handle, orient="records", lines=True, force_ascii=False
                )
                if len(frame):
                    self._handle.write("\n")
        self.rows += len(frame)

    def close(self) -> None:
        """Finish the file and move it into place."""
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
