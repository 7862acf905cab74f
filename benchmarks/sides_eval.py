"""Share of directly quoted words whose source has side "unknown", per debate.

Runs `framing.extract_quotes` once per AllSides article (immigration and the nine
issues of ``allsides/issues.csv.gz``), caches the quotes in a temporary pickle, then
codes the sources with `framing.sources_from_quotes`: once with the Trump-era
immigration table alone (``--before``: the bundled table before issue 14) and once
with the debate's own table and party defaults. Prints one row per debate; with
``--sample N`` also writes N random sided sources (ids and speakers only, no
article text) to judge by hand.

Usage: python benchmarks/sides_eval.py [--before] [--sample N] [--seed S] [--json OUT]
Needs the corpus (FRAMING_DATA or ../shared/data).
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import tempfile
from pathlib import Path

import pandas as pd

from framing import extract_quotes, sources_from_quotes
from framing.datasets import _development_dirs
from framing.errors import DataNotFoundError

# The corpus's topic string -> the debate of the bundled actors table.
TOPICS = {
    "immigration": "immigration",
    "abortion": "abortion",
    "gun_control_and_gun_rights": "guns",
    "environment": "climate",
    "healthcare": "health_care",
    "taxes": "taxes",
    "lgbt_rights": "lgbt_rights",
    "education": "education",
    "race_and_racism": "race",
    "coronavirus": "coronavirus",
}


def _find(relative: str) -> Path:
    places = []
    if os.environ.get("FRAMING_DATA"):
        places.append(Path(os.environ["FRAMING_DATA"]))
    places += _development_dirs()
    for place in places:
        if (place / relative).exists():
            return place / relative
    raise DataNotFoundError(f"{relative} not found in {places}; set FRAMING_DATA")


def corpus() -> pd.DataFrame:
    """Return every AllSides article with ``id``, ``topic``, ``bias_text``, ``text``."""
    frames = []
    for name in ("immigration.csv.gz", "issues.csv.gz"):
        df = pd.read_csv(_find(f"allsides/{name}"), keep_default_na=False)
        if "topic" not in df:
            df["topic"] = "immigration"
        frames.append(df[["id", "topic", "bias_text", "content_original"]])
    out = pd.concat(frames, ignore_index=True)
    return out.rename(columns={"content_original": "text"})


def quotes_of(df: pd.DataFrame) -> dict[str, list]:
    """Extract quotes per article once; cached by corpus size in the temp folder."""
    cache = Path(tempfile.gettempdir()) / f"framing_sides_quotes_{len(df)}.pkl"
    if cache.exists():
        with cache.open("rb") as f:
            return pickle.load(f)
    out = {row.id: extract_quotes(row.text) for row in df.itertuples()}
    with cache.open("wb") as f:
        pickle.dump(out, f)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", action="store_true")
    parser.add_argument("--sample", type=int, default=0)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json")
    args = parser.parse_args()
    try:
        df = corpus()
    except DataNotFoundError as err:
        print(err, file=sys.stderr)
        return 2
    quotes = quotes_of(df)
    rows, sided = [], []
    for topic, debate in TOPICS.items():
        part = df[df["topic"] == topic]
        total = unknown = 0
        for row in part.itertuples():
            if args.before:
                result = sources_from_quotes(quotes[row.id])
            else:
                result = sources_from_quotes(
                    quotes[row.id], issue=debate, text=row.text
                )
            words = result.quoted_words_per_side
            total += sum(words.values())
            unknown += words["unknown"]
            for s in result.sources:
                if s.side != "unknown" and s.direct:
                    sided.append(
                        (
                            row.id,
                            debate,
                            s.name,
                            s.affiliation,
                            s.party,
                            s.actor,
                            s.side,
                        )
                    )
        rows.append(
            {
                "debate": debate,
                "articles": len(part),
                "quoted_words": total,
                "unknown_share": round(unknown / total, 3) if total else None,
            }
        )
    table = pd.DataFrame(rows)
    print(table.to_string(index=False))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")
    if args.sample:
        random.seed(args.seed)
        pick = random.sample(sided, min(args.sample, len(sided)))
        out = pd.DataFrame(
            pick,
            columns=[
                "id",
                "debate",
                "speaker",
                "affiliation",
                "party",
                "actor",
                "side",
            ],
        )
        out.to_csv(sys.stdout, index=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
