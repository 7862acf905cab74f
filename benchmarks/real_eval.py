"""Every measure on real news: the shared scorers on the shared gold and our own halves.

    python benchmarks/real_eval.py [--boot 200] [--only sources,quotes,frames,loaded]
                                   [--by-round] [--out benchmarks/real_eval.md]

Data sets (rows of the table):

- ``shared``: ``$FRAMING_DATA/allsides_gold`` (12 articles, 120 + 120 sentences;
  the development half of the shared gold);
- ``own-tune``: our own real AllSides units (``tests/data/real_dev/``, split ``tune``):
  rules may be changed after reading them;
- ``own-report``: the same, split ``report``: only ever scored, never read for rules.

Our units come in four coding rounds (``scripts/real_dev/sample_units.py``, 2026-12-06;
``sample_more.py``, 2026-12-07, rounds 2 to 4: 400 random sentences and 30 articles
each); ``--by-round`` adds a row per round and split (``own-tune-r2`` ...).

Measures: sources (``score_sources.py``), direct quotes and reported speech proper
(``score_quotes.py --kind direct`` / ``--kind indirect --cues speech``), sentence frames
(``score_frames.py --scheme mfc15``: primary accuracy and macro-F1, plus primary-or-
secondary agreement computed here the same way), loaded language (``score_terms.py``).
With ``--boot N`` each figure gets a 95 % percentile bootstrap interval, resampling
articles (sentences come one per article, so sentences are the clusters there).
Needs ``$FRAMING_DATA`` (default ``../shared/data``) and ``../shared/eval``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib.util
import io
import json
import os
import random
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts" / "real_dev"))
import build  # noqa: E402

EVAL = Path(os.environ.get("FRAMING_EVAL") or REPO.parent / "shared" / "eval")
DATA = build.data_dir()
MFC15 = {
    "economic": "1", "capacity_resources": "2", "morality": "3",
    "fairness_equality": "4", "legality": "5", "policy": "6", "crime_punishment": "7",
    "security_defense": "8", "health_safety": "9", "quality_of_life": "10",
    "cultural_identity": "11", "public_opinion": "12", "political": "13",
    "external_regulation": "14", "other": "15",
}  # fmt: skip


def _scorer(name: str):
    spec = importlib.util.spec_from_file_location(name, EVAL / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(EVAL))
    spec.loader.exec_module(module)
    return module


def _run(module, argv: list[str]) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "m.json"
        with contextlib.redirect_stdout(io.StringIO()):
            module.main([*argv, "--json", str(out)])
        return json.loads(out.read_text())


def _jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _write_jsonl(rows: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _frames_agreement(rows: list[dict]) -> dict:
    import framing

    hit1 = hit2 = 0
    for r in rows:
        code = MFC15.get(framing.frame_profile(r["sentence"]).primary or "other")
        hit1 += code == str(r["label"])
        hit2 += code in (str(r["label"]), str(r.get("secondary") or ""))
    n = len(rows)
    return {"primary": hit1 / n, "primary_or_secondary": hit2 / n, "n": n}


def measures(files: dict[str, Path], only: set[str]) -> dict[str, float]:
    """Return the headline figures of every measure for one data set."""
    out: dict[str, float] = {}
    if "sources" in only and files.get("articles"):
        m = _run(_scorer("score_sources"), [str(files["articles"])])
        out |= {
            "sources F1": m["f1"],
            "source type": m["type_accuracy"],
            "source gender": m["gender_accuracy"],
        }
    if "quotes" in only and files.get("articles"):
        q = _scorer("score_quotes")
        d = _run(q, [str(files["articles"]), "--kind", "direct"])
        i = _run(q, [str(files["articles"]), "--kind", "indirect", "--cues", "speech"])
        out |= {
            "direct R (lenient)": d["lenient"]["recall"],
            "direct P (lenient)": d["lenient"]["precision"],
            "direct speaker": d["speaker"]["accuracy"],
            "reported P (lenient)": i["lenient"]["precision"],
            "reported R (lenient)": i["lenient"]["recall"],
        }
    if "frames" in only and files.get("frames"):
        f = _run(_scorer("score_frames"), [str(files["frames"]), "--scheme", "mfc15"])
        with open(files["frames"], encoding="utf-8", newline="") as fh:
            agreement = _frames_agreement(list(csv.DictReader(fh)))
        out |= {
            "frames primary": f["accuracy"],
            "frames primary or secondary": agreement["primary_or_secondary"],
            "frames macro-F1": f["macro_f1"],
        }
    if "loaded" in only and files.get("loaded"):
        t = _run(_scorer("score_terms"), [str(files["loaded"])])
        out |= {"loaded P": t["precision"], "loaded R": t["recall"]}
    return out


def _resample(files: dict[str, Path], rng: random.Random, tmp: Path) -> dict[str, Path]:
    out = {}
    for kind, path in files.items():
        if path is None:
            continue
        if path.suffix == ".csv":
            with open(path, encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
            pick = [dict(rows[rng.randrange(len(rows))]) for _ in rows]
            for j, r in enumerate(pick):
                r["id"] = f"{r['id']}#{j}"
            out[kind] = tmp / f"{kind}.csv"
            with open(out[kind], "w", encoding="utf-8", newline="") as fh:
                w = csv.DictWriter(fh, fieldnames=list(rows[0]))
                w.writeheader()
                w.writerows(pick)
        else:
            rows = _jsonl(path)
            pick = [dict(rows[rng.randrange(len(rows))]) for _ in rows]
            for j, r in enumerate(pick):
                r["id"] = f"{r['id']}#{j}"
            out[kind] = tmp / f"{kind}.jsonl"
            _write_jsonl(pick, out[kind])
    return out


def _count(path: Path | None) -> int:
    if path is None:
        return 0
    with open(path, encoding="utf-8") as fh:
        return sum(1 for _ in fh)


def data_sets(tmp: Path, by_round: bool = False) -> dict[str, dict[str, Path]]:
    """Return the scorer files of every data set that is available."""
    gold = DATA / "allsides_gold"
    sets = {}
    if gold.exists():
        sets["shared"] = {
            "articles": gold / "articles_dev.jsonl",
            "frames": gold / "frames_dev.csv",
            "loaded": gold / "loaded_dev.jsonl",
        }
    if (build.STORE / "articles.jsonl").exists() or (
        build.STORE / "sentences.jsonl"
    ).exists():
        for split in ("tune", "report"):
            paths = build.build(tmp / split, split)
            sets[f"own-{split}"] = {
                k: p for k, p in paths.items() if p.stat().st_size > 200
            }
        rounds = sorted(
            {
                build.coding_round(r["id"])
                for name in ("articles", "sentences")
                for r in build._rows(name)
            }
        )
        for split in ("tune", "report") if by_round else ():
            for r in rounds:
                paths = build.build(tmp / f"{split}{r}", split, r)
                sets[f"own-{split}-r{r}"] = {
                    k: p for k, p in paths.items() if p.stat().st_size > 200
                }
    return sets


def main() -> None:
    """Print (and optionally write) the table of figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--boot", type=int, default=0, help="bootstrap resamples (0: none)")
    ap.add_argument("--only", default="sources,quotes,frames,loaded")
    ap.add_argument("--out", type=Path, help="also write the Markdown table here")
    ap.add_argument("--by-round", action="store_true", help="a row per coding round")
    args = ap.parse_args()
    only = set(args.only.split(","))
    rng = random.Random(20261206)
    lines = ["| measure | " + " | ".join(["data", "figure", "95 % CI", "n"]) + " |"]
    lines.append("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        for name, files in data_sets(tmp, args.by_round).items():
            point = measures(files, only)
            boots: dict[str, list[float]] = {k: [] for k in point}
            for b in range(args.boot):
                (tmp / f"b{b}").mkdir(exist_ok=True)
                sample = _resample(files, rng, tmp / f"b{b}")
                for k, v in measures(sample, only).items():
                    boots[k].append(v)
            n_art = _count(files.get("articles"))
            n_sent = _count(files.get("loaded"))
            for k, v in point.items():
                ci = ""
                if boots[k]:
                    s = sorted(boots[k])
                    lo, hi = (
                        s[int(0.025 * len(s))],
                        s[min(len(s) - 1, int(0.975 * len(s)))],
                    )
                    ci = f"{lo:.2f}-{hi:.2f}"
                unit = (
                    n_art if k.startswith(("source", "direct", "reported")) else n_sent
                )
                lines.append(f"| {k} | {name} | {v:.2f} | {ci} | {unit} |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        args.out.write_text(table + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
