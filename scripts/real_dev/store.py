"""Turn the coders' annotations (exact strings) into offsets-only files for tests/data.

    python scripts/real_dev/store.py ANN_DIR UNITS_DIR tests/data/real_dev

ANN_DIR holds the coders' JSON Lines (``articles_tune.jsonl``,
``articles_report.jsonl``, ``furniture.jsonl``, ``sentences_tune.jsonl``,
``sentences_report.jsonl``), UNITS_DIR the units drawn by ``sample_units.py``. Each
coded string is located in its article (sentence spans inside their sentence) and stored
as ``start``/``end`` offsets into ``content_original`` of the AllSides file, so the
repository holds no article text. Strings not found verbatim are reported and dropped.

    python scripts/real_dev/store.py --add-round ANN2 UNITS2 tests/data/real_dev

adds a later coding round (every ``sentences_*.jsonl``, ``articles_*.jsonl`` and
``furniture_*.jsonl`` in ANN2, units drawn by ``sample_more.py`` in UNITS2) to
``sentences.jsonl``, ``articles.jsonl`` and ``furniture.jsonl``, keeping the rows
already there; a unit coded twice keeps its first coding.

    python scripts/real_dev/store.py --second-coder FILE UNITS2 tests/data/real_dev

stores a second, independent coding of units already coded (FILE: JSON Lines as the
coders write them) as ``sentences_second.jsonl``, for inter-coder agreement.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _units(units: Path) -> dict[str, dict]:
    out = {}
    for name in ("articles_tune", "articles_report", "furniture_a", "furniture_b"):
        for row in _rows(units / f"{name}.jsonl"):
            out[row["id"]] = row
    for row in _rows(units / "sentences.jsonl"):
        out[row["id"]] = row
    return out


def _locate(text: str, s: str, after: int = 0) -> tuple[int, int] | None:
    """Return the span of ``s`` in ``text`` (from ``after``, then anywhere)."""
    if not isinstance(s, str) or not s.strip():
        return None
    s = s.strip()
    i = text.find(s, after)
    if i < 0:
        i = text.find(s)
    return (i, i + len(s)) if i >= 0 else None


def _article(row: dict, unit: dict, lost: list) -> dict:
    text = unit["text"]
    quotes = []
    for q in row.get("quotes", []):
        span = _locate(text, q.get("quote"))
        if span is None:
            lost.append((row["id"], "quote", q.get("quote", "")[:60]))
            continue
        quotes.append(
            {
                "start": span[0],
                "end": span[1],
                "speaker": q.get("speaker"),
                "kind": q.get("kind", "direct"),
            }
        )
    return {
        "id": row["id"],
        "article_id": unit["article_id"],
        "file": unit["file"],
        "issue": unit["topic"],
        "outlet": unit["outlet"],
        "bias": unit["bias"],
        "split": unit["split"],
        "sources": row.get("sources", []),
        "quotes": sorted(quotes, key=lambda q: (q["start"], q["end"])),
        "primary_frame": row.get("primary_frame"),
        "secondary_frame": row.get("secondary_frame"),
        "clutter": _clutter(row, text, lost),
    }


def _clutter(row: dict, text: str, lost: list) -> list[dict]:
    out = []
    kinds = row.get("kinds") or [None] * len(row.get("clutter", []))
    after: dict[str, int] = {}  # a string listed again is its next occurrence
    for s, kind in zip(row.get("clutter", []), kinds, strict=False):
        span = _locate(text, s, after.get(s, 0))
        if span is not None:
            after[s] = span[1]
        if span is None:
            lost.append((row["id"], "clutter", str(s)[:60]))
            continue
        out.append({"start": span[0], "end": span[1], "kind": kind})
    return sorted(out, key=lambda c: c["start"])


def _sentence(row: dict, unit: dict, lost: list) -> dict:
    sent = unit["sentence"]
    base = unit["start"]

    def spans(strings):
        out = []
        for s in strings or []:
            span = _locate(sent, s)
            if span is None:
                lost.append((row["id"], "span", str(s)[:60]))
                continue
            out.append((s.strip(), base + span[0], base + span[1]))
        return out

    cats = row.get("categories") or {}
    inq = row.get("in_quote") or {}
    # Codebook B: ``emotive`` is the author's own voice. A quoted speaker's
    # evaluative word coded ``emotive`` is not loaded language; it is dropped
    # (round 2: 7 spans, where the coders' brief had invited them).
    loaded = [
        (s, a, b)
        for s, a, b in spans(row.get("loaded"))
        if not (cats.get(s) == "emotive" and inq.get(s))
    ]
    return {
        "id": row["id"],
        "article_id": unit["article_id"],
        "file": unit["file"],
        "issue": unit["topic"],
        "outlet": unit["outlet"],
        "bias": unit["bias"],
        "start": unit["start"],
        "end": unit["end"],
        "split": unit["split"],
        "drawn": unit["drawn"],
        "label": row.get("label"),
        "secondary": row.get("secondary"),
        "clutter": int(row.get("clutter") or 0),
        "loaded": [
            {
                "start": a,
                "end": b,
                "category": cats.get(s),
                "in_quote": bool(inq.get(s)),
            }
            for s, a, b in loaded
        ],
        "label_choice": [
            {"start": a, "end": b} for _, a, b in spans(row.get("label_choice"))
        ],
        "neutral": [{"start": a, "end": b} for _, a, b in spans(row.get("neutral"))],
    }


def _furniture(row: dict, unit: dict, lost: list) -> dict:
    return {
        "id": row["id"],
        "article_id": unit["article_id"],
        "file": unit["file"],
        "split": unit["split"],
        "clutter": _clutter(row, unit["text"], lost),
    }


def main(ann: Path, units_dir: Path, out: Path) -> None:
    """Write articles.jsonl, furniture.jsonl and sentences.jsonl under ``out``."""
    units = _units(units_dir)
    lost: list = []
    out.mkdir(parents=True, exist_ok=True)
    articles = [
        _article(r, units[r["id"]], lost)
        for name in ("articles_tune", "articles_report")
        for r in _rows(ann / f"{name}.jsonl")
    ]
    furniture = [
        _furniture(r, units[r["id"]], lost) for r in _rows(ann / "furniture.jsonl")
    ]
    sentences = [
        _sentence(r, units[r["id"]], lost)
        for name in ("sentences_tune", "sentences_report")
        for r in _rows(ann / f"{name}.jsonl")
    ]
    for name, rows in (
        ("articles", articles),
        ("furniture", furniture),
        ("sentences", sentences),
    ):
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as fh:
            for row in sorted(rows, key=lambda r: r["id"]):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(
        f"{len(articles)} articles, {len(furniture)} furniture,",
        f"{len(sentences)} sentences",
    )
    for item in lost:
        print("not found:", *item)


def add_round(ann: Path, units_dir: Path, out: Path) -> None:
    """Merge a later round into ``out``: sentences, articles and furniture."""
    lost: list = []
    for kind, convert in (
        ("sentences", _sentence),
        ("articles", _article),
        ("furniture", _furniture),
    ):
        units = {
            r["id"]: r
            for path in sorted(units_dir.glob(f"{kind}*.jsonl"))
            for r in _rows(path)
        }
        rows = {r["id"]: r for r in _rows(out / f"{kind}.jsonl")}
        added = 0
        for path in sorted(ann.glob(f"{kind}_*.jsonl")):
            for r in _rows(path):
                if r.get("id") in units and r["id"] not in rows:
                    rows[r["id"]] = convert(r, units[r["id"]], lost)
                    added += 1
        with open(out / f"{kind}.jsonl", "w", encoding="utf-8") as fh:
            for row in sorted(rows.values(), key=lambda r: r["id"]):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{kind}: {added} added, {len(rows)} in all")
    for item in lost:
        print("not found:", *item)


def second_coder(path: Path, units_dir: Path, out: Path) -> None:
    """Store a second coder's codes of sentences as ``out/sentences_second.jsonl``."""
    units = {r["id"]: r for p in units_dir.glob("sentences*.jsonl") for r in _rows(p)}
    lost: list = []
    rows = [_sentence(r, units[r["id"]], lost) for r in _rows(path)]
    with open(out / "sentences_second.jsonl", "w", encoding="utf-8") as fh:
        for row in sorted(rows, key=lambda r: r["id"]):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} second codings")
    for item in lost:
        print("not found:", *item)


if __name__ == "__main__":
    if sys.argv[1] == "--second-coder":
        second_coder(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    elif sys.argv[1] == "--add-round":
        add_round(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
