"""Draw later rounds of real units the project codes itself (seeded).

    python scripts/real_dev/sample_more.py OUT_DIR [--round 2|3|4|5]
    python scripts/real_dev/sample_more.py OUT_DIR --round 5 --furniture 100

Round 2 (the default) adds 400 sentences, 40 per debate, drawn uniformly at random
from AllSides articles that neither the shared gold (``allsides_gold/``) nor round 1
(``tests/data/real_dev/``) uses, one sentence per article. Random, not enriched: these
sentences serve to train and test the frame classifier (issue 23), whose figures must
describe ordinary sentences. Units alternate ``tune`` / ``report`` within each debate.
Round 2 also draws 30 whole articles (three per debate, none used above), alternately
``tune`` and ``report``, coded for sources, quotes and furniture (issue 21).
Writes ``sentences.jsonl`` and ``articles_{tune,report}.jsonl`` (with text, for the
coders) to OUT_DIR, which is outside the repository; only ids and offsets reach
``tests/data/real_dev/``. Round 3 (2026-12-07) draws the same way, with its own
seed, from articles no earlier round uses; its ids start ``d3-`` and ``da3-``. Round 4
(2026-12-07, second session) likewise (``d4-``, ``da4-``): coded before the rules of
that session changed, its tune half first scored as unseen data, then tuned on. Round 5
(2026-12-07, third session) likewise (``d5-``, ``da5-``).

``--furniture N`` draws, for a round, N further whole articles read for page furniture
only (ids ``dfR-NNN``, alternately ``tune`` and ``report``), from articles that no
round and no earlier unit of that round uses, with a seed of its own, so the round's
sentences and articles stay as drawn; written as ``furniture_a.jsonl`` (the first half)
and ``furniture_b.jsonl`` for two coders.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from build import coding_round
from sample_units import _article, _corpus, _gold_ids, _write, sentence_unit

from framing.text import sentence_spans

SEED = 20261207
PER_DEBATE = 40
STORE = Path(__file__).resolve().parents[2] / "tests" / "data" / "real_dev"


def _earlier_ids(round_: int) -> set[str]:
    """Article ids of the units of the rounds before ``round_``."""
    ids = set()
    for name in ("articles", "furniture", "sentences"):
        with open(STORE / f"{name}.jsonl", encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        ids |= {r["article_id"] for r in rows if coding_round(r["id"]) < round_}
    return ids


def furniture(out: Path, round_: int, n: int) -> None:
    """Write ``n`` furniture-only articles of round ``round_`` to ``out``."""
    rng = random.Random(SEED + 1000 + round_)
    drawn = set()
    for name in ("sentences", "articles_tune", "articles_report"):
        path = out / f"{name}.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as fh:
                drawn |= {json.loads(line)["article_id"] for line in fh if line.strip()}
    df = _corpus()
    df = df[~df["id"].isin(_gold_ids() | _earlier_ids(round_ + 1) | drawn)]
    df = df[df["content_original"].str.len().between(1500, 7000)]
    rows = list(df.itertuples())
    rng.shuffle(rows)
    units = []
    for j, row in enumerate(rows[:n]):
        unit = _article(row, "tune" if j % 2 == 0 else "report")
        unit["id"] = f"df{round_}-{j:03d}"
        units.append(unit)
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "furniture_a.jsonl", units[: n // 2])
    _write(out / "furniture_b.jsonl", units[n // 2 :])
    print(len(units), "furniture articles")


def main(out: Path, round_: int = 2) -> None:
    """Write the sentences and articles of one round to ``out``."""
    rng = random.Random(SEED + (round_ - 2))
    df = _corpus()
    df = df[~df["id"].isin(_gold_ids() | _earlier_ids(round_))]
    df = df[df["content_original"].str.len().between(1500, 7000)]
    sentences = []
    for topic in sorted(df["topic"].unique()):
        rows = list(df[df.topic == topic].itertuples())
        rng.shuffle(rows)
        j = 0
        for row in rows:
            if j == PER_DEBATE:
                break
            text = row.content_original
            spans = sentence_spans(text)
            if len(spans) < 3:
                continue
            k = rng.randrange(1, len(spans) - 1)
            uid = f"d{round_}-{topic[:4]}-{j:02d}"
            sentences.append(sentence_unit(row, spans, k, uid, topic, "random", j))
            j += 1
    out.mkdir(parents=True, exist_ok=True)
    _write(out / "sentences.jsonl", sentences)
    used = {s["article_id"] for s in sentences}
    articles: dict[str, list] = {"tune": [], "report": []}
    for topic in sorted(df["topic"].unique()):
        rows = [r for r in df[df.topic == topic].itertuples() if r.id not in used]
        rng.shuffle(rows)
        for j, row in enumerate(rows[:3]):
            split = "tune" if (len(articles["tune"]) + j) % 2 == 0 else "report"
            split = "tune" if len(articles["report"]) >= 15 else split
            split = "report" if len(articles["tune"]) >= 15 else split
            unit = _article(row, split)
            unit["id"] = f"da{round_}-{split[0]}-{len(articles[split]):02d}"
            articles[split].append(unit)
    for split, rows in articles.items():
        _write(out / f"articles_{split}.jsonl", rows)
    print(len(sentences), "sentences,", sum(map(len, articles.values())), "articles")


if __name__ == "__main__":
    args = sys.argv[1:]
    round_ = int(args[args.index("--round") + 1]) if "--round" in args else 2
    if "--furniture" in args:
        furniture(Path(args[0]), round_, int(args[args.index("--furniture") + 1]))
    else:
        main(Path(args[0]), round_)
