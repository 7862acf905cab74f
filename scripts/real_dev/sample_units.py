"""Draw the real-article development units the project annotates itself (seeded).

Reads AllSides articles from ``$FRAMING_DATA`` (default ``../shared/data``) and writes,
to the folder given as the first argument (outside the repository: the files hold
article text for the coders), three samples that never overlap each other or the
shared gold (``allsides_gold/``):

- ``articles.jsonl``   34 whole articles (sources, quotes, furniture), half ``tune``
                       and half ``report``, stratified over the ten debates;
- ``furniture.jsonl``  100 more whole articles read for page furniture only;
- ``sentences.jsonl``  240 sentences (24 per debate): half drawn at random, half
                       where the library of 2026-12-06 flagged a loaded term, as the
                       shared ``loaded_dev.jsonl`` was drawn; each with its article
                       id, offsets and the previous/next sentence as context.

The "flagged" half depends on the library that drew it: the draw reproduces only with
the library of 2026-12-06 (before commit 6db120f), not with later loaded-language rules;
the drawn units are kept in ``tests/data/real_dev/`` by id and offsets.
Every unit carries ``split``: ``tune`` (rules may be changed after reading it) or
``report`` (only ever scored). Only ids and offsets of these files go into the
repository (``tests/data/real_dev/``); the texts stay in ``FRAMING_DATA``.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pandas as pd

from framing import find_loaded_terms
from framing.text import sentence_spans

SEED = 20261206
DATA = Path(
    os.environ.get(
        "FRAMING_DATA", Path(__file__).resolve().parents[3] / "shared" / "data"
    )
)


def _corpus() -> pd.DataFrame:
    imm = pd.read_csv(DATA / "allsides" / "immigration.csv.gz", keep_default_na=False)
    imm["topic"] = "immigration"
    imm["file"] = "allsides/immigration.csv.gz"
    iss = pd.read_csv(DATA / "allsides" / "issues.csv.gz", keep_default_na=False)
    iss["file"] = "allsides/issues.csv.gz"
    return pd.concat([imm, iss], ignore_index=True)


def _gold_ids() -> set[str]:
    gold = DATA / "allsides_gold"
    ids = set()
    for name in ("articles_dev.jsonl", "loaded_dev.jsonl"):
        with open(gold / name, encoding="utf-8") as fh:
            ids |= {json.loads(line)["article_id"] for line in fh}
    ids |= set(pd.read_csv(gold / "frames_dev.csv")["article_id"])
    return ids


def _article(row, split: str) -> dict:
    return {
        "article_id": row.id,
        "file": row.file,
        "topic": row.topic,
        "outlet": row.outlet,
        "bias": row.bias_text,
        "title": row.title,
        "split": split,
        "text": row.content_original,
    }


def sentence_unit(row, spans, k: int, uid: str, topic: str, drawn: str, j: int) -> dict:
    """Return sentence ``k`` of an article as a unit to code (with its context).

    Units alternate ``tune`` / ``report`` by ``j``, their place within the debate.
    """
    text = row.content_original
    s0, s1 = spans[k]
    return {
        "id": uid,
        "article_id": row.id,
        "file": row.file,
        "topic": topic,
        "outlet": row.outlet,
        "bias": row.bias_text,
        "start": s0,
        "end": s1,
        "drawn": drawn,
        "split": "tune" if j % 2 == 0 else "report",
        "sentence": text[s0:s1],
        "previous": text[spans[k - 1][0] : spans[k - 1][1]],
        "next": text[spans[k + 1][0] : spans[k + 1][1]],
    }


def main(out: Path) -> None:
    """Write the three samples to ``out``."""
    rng = random.Random(SEED)
    df = _corpus()
    df = df[~df["id"].isin(_gold_ids())]
    df = df[df["content_original"].str.len().between(1500, 7000)]
    used: set[str] = set()
    topics = sorted(df["topic"].unique())

    def draw(pool: pd.DataFrame, k: int) -> list:
        rows = [r for r in pool.itertuples() if r.id not in used]
        rng.shuffle(rows)
        picked = rows[:k]
        used.update(r.id for r in picked)
        return picked

    out.mkdir(parents=True, exist_ok=True)
    articles = []
    for i, topic in enumerate(topics * 4):  # 3-4 articles per debate
        if len(articles) >= 34:
            break
        (row,) = draw(df[df.topic == topic], 1)
        # alternate within each debate too: round r of debate i goes to (i + r) % 2
        split = "tune" if (i + i // len(topics)) % 2 == 0 else "report"
        articles.append(_article(row, split))
    _write(out / "articles.jsonl", articles)

    furniture = [
        _article(row, "tune" if j % 2 == 0 else "report")
        for j, row in enumerate(draw(df, 100))
    ]
    _write(out / "furniture.jsonl", furniture)

    sentences = []
    for topic in topics:
        rows = draw(df[df.topic == topic], 40)
        flagged, plain = [], []
        for row in rows:
            text = row.content_original
            spans = sentence_spans(text)
            if len(spans) < 3:
                continue
            hits = {m.start for m in find_loaded_terms(text)}
            idx = list(range(1, len(spans) - 1))
            rng.shuffle(idx)
            with_hit = [
                k for k in idx if any(spans[k][0] <= h < spans[k][1] for h in hits)
            ]
            (flagged if with_hit else plain).append((row, spans, (with_hit or idx)[0]))
        chosen = flagged[:12] + plain[: 24 - min(12, len(flagged))]
        for j, (row, spans, k) in enumerate(chosen):
            drawn = "flagged" if j < min(12, len(flagged)) else "random"
            sentences.append(
                sentence_unit(row, spans, k, f"ds-{topic[:4]}-{j:02d}", topic, drawn, j)
            )
    _write(out / "sentences.jsonl", sentences)
    print(
        len(articles),
        "articles,",
        len(furniture),
        "furniture,",
        len(sentences),
        "sentences",
    )


def _write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
