"""Shared boundary checks: turn what users pass into what inner functions trust."""

from __future__ import annotations

import math
from typing import Any


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
