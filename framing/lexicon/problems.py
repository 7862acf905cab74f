"""Every problem of a data file at once: one LexiconError listing file, line, column.

Shared by the lexicon, context-rule and debate validators.
"""

from __future__ import annotations

import csv
import io
import pathlib
from typing import Any

from framing._validation import read_csv_rows, table_error
from framing.errors import LexiconError

__all__ = ["Problems", "read_rows"]


class Problems:
    """Every problem of one file, raised together as one LexiconError."""

    def __init__(self, name: str) -> None:
        """Start an empty list of problems for the file ``name``."""
        self.name = name
        self.lines: list[str] = []

    def add(self, line: int, column: str | None, message: str) -> None:
        """Record one problem at ``line`` (and ``column``)."""
        self.lines.append(str(table_error(self.name, line, column, message)))

    def raise_any(self) -> None:
        """Raise one LexiconError listing every problem, if there is any."""
        if len(self.lines) == 1:
            raise LexiconError(self.lines[0])
        if self.lines:
            raise LexiconError(
                f"{self.name}: {len(self.lines)} problems\n" + "\n".join(self.lines)
            )


def read_rows(source: Any, required: tuple, optional: tuple):
    """Read a table, then report every empty required field (not only the first)."""
    header = _header(source)
    name, rows = read_csv_rows(source, (), required + optional)
    missing = [c for c in required if c not in header]
    if missing:
        raise table_error(
            name, 1, missing[0], f"missing from the header; columns are {header}"
        )
    problems = Problems(name)
    for line, row in rows:
        for column in required:
            if not row[column]:
                problems.add(line, column, "required, got ''")
    return name, rows, problems


def _header(source: Any) -> list[str]:
    if hasattr(source, "columns") and hasattr(source, "itertuples"):
        return [str(c) for c in source.columns]
    if not hasattr(source, "read_text"):
        source = pathlib.Path(source)
    text = source.read_text(encoding="utf-8-sig")
    first = next(csv.reader(io.StringIO(text, newline="")), [])
    return [h.strip() for h in first]
