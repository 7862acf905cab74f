"""How far apart two coders are, and how far the library is from each of them.

    python benchmarks/reliability.py [--out benchmarks/reliability.md]

A second coder coded 120 of the round-2 sentences (``tests/data/real_dev/
sentences_second.jsonl``, drawn at random by ``scripts/real_dev``, coded blind to the
first coding, the same codebook). On those units this prints, for the primary frame
and for "the sentence has loaded language": agreement and Krippendorff's alpha
(nominal, 95 % bootstrap CI) between the two coders, and between the library and each
coder; for loaded spans, the share of one side's spans the other side also marked
(overlap). Figures for all 120 and for the ``report`` units alone (never read for
rules). The coders are annotation agents briefed with the codebook, not trained
human coders: their agreement is an upper reference, not a human baseline.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts" / "real_dev"))
import build  # noqa: E402

import framing  # noqa: E402
from framing.coding import krippendorff_alpha  # noqa: E402
from framing.frames import FRAMES  # noqa: E402

CODE = {f: i for i, f in enumerate(FRAMES, start=1)}


def _rows(name: str) -> dict[str, dict]:
    with open(build.STORE / name, encoding="utf-8") as fh:
        return {r["id"]: r for r in map(json.loads, fh)}


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(any(s < f and t < e for t, f in b) for s, e in a)


def _alpha(x: list, y: list) -> str:
    res = krippendorff_alpha([x, y], level="nominal", seed=0)
    return f"{res.alpha:.2f} [{res.ci[0]:.2f}, {res.ci[1]:.2f}]"


def table(first: dict, second: dict, texts: dict) -> list[str]:
    """Return the Markdown rows for the units of ``second``."""
    ids = sorted(second)
    units = []
    for i in ids:
        r = first[i]
        text = texts[(r["file"], r["article_id"])]
        sentence = text[r["start"] : r["end"]]
        lib_frame = CODE.get(framing.frame_profile(sentence).primary or "other")
        lib_spans = [
            (r["start"] + m.start, r["start"] + m.end)
            for m in framing.find_loaded_terms(sentence)
        ]
        units.append((r, second[i], lib_frame, lib_spans))
    out = []
    for label, keep in (
        ("all", lambda u: True),
        ("report", lambda u: u[0]["split"] == "report"),
    ):
        sel = [u for u in units if keep(u)]
        c1 = [u[0]["label"] for u in sel]
        c2 = [u[1]["label"] for u in sel]
        lib = [u[2] for u in sel]
        s1 = [[(x["start"], x["end"]) for x in u[0]["loaded"]] for u in sel]
        s2 = [[(x["start"], x["end"]) for x in u[1]["loaded"]] for u in sel]
        sl = [u[3] for u in sel]
        n = len(sel)

        def agree(a, b):
            return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)

        def has(spans):
            return [int(bool(s)) for s in spans]

        def caught(a, b):
            total = sum(map(len, a))
            hit = sum(_overlap(x, y) for x, y in zip(a, b, strict=True))
            return f"{hit / total:.2f} of {total}" if total else "-"

        for pair, a, b, sa, sb in (
            ("coder 1 vs coder 2", c1, c2, s1, s2),
            ("library vs coder 1", lib, c1, sl, s1),
            ("library vs coder 2", lib, c2, sl, s2),
        ):
            out.append(
                f"| {label} ({n}) | {pair} | {agree(a, b):.2f} | {_alpha(a, b)} | "
                f"{_alpha(has(sa), has(sb))} | {caught(sb, sa)} | {caught(sa, sb)} |"
            )
    return out


def main() -> None:
    """Print (and optionally write) the agreement table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="also write the Markdown table here")
    args = ap.parse_args()
    first, second = _rows("sentences.jsonl"), _rows("sentences_second.jsonl")
    texts = build.texts({r["file"] for r in second.values()})
    lines = [
        "| units | pair | primary frame agreement | frame alpha | loaded-sentence"
        " alpha | 2nd side's spans found by 1st | 1st side's spans found by 2nd |",
        "|---|---|---|---|---|---|---|",
        *table(first, second, texts),
    ]
    print("\n".join(lines))
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
