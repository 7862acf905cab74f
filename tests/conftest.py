import os
from pathlib import Path

import pytest

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
