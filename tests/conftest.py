import os
from pathlib import Path

import pytest
from hypothesis import settings

# Speed is measured in benchmarks/, never by a timed test: no per-example deadline
# (a loaded CI machine would make it flaky).
settings.register_profile("framing", deadline=None)
settings.load_profile("framing")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_5742304cf4503c0a.txt"


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")


def shared_data_dir():
    """The development corpora folder, or None (tests that need it skip)."""
    env = os.environ.get("FRAMING_DATA")
    path = Path(env) if env else ROOT.parent / "shared" / "data"
    return path if path.is_dir() else None


# A row a student or user might add to the bundled lexicon (exercise 02.3).
BORDER_CRISIS = {
    "term": "border crisis",
    "variants": "border crisis",
    "category": "policy label",
    "label": "",
    "loaded": "true",
    "context": "none",
    "alternative": "rise in border arrivals",
    "source": "exercise",
    "note": "",
}


def bundled_rows_plus(row):
    """The bundled lexicon's rows as a DataFrame, with ``row`` appended."""
    import pandas as pd

    from framing import load_lexicon, to_frame

    rows = to_frame(load_lexicon().entries).drop(columns=["line"])
    return pd.concat([rows, pd.DataFrame([row])])
