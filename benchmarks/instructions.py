"""Instructions per article of analyze() and its baselines, counted by callgrind.

Usage: ``python benchmarks/instructions.py [-n 40]``. Needs valgrind (Debian package
``valgrind``). Prints a Markdown table.

Times on a shared machine move with the load of other processes; the number of
instructions a process executes does not. This script runs one Python process per
corpus under ``valgrind --tool=callgrind`` (with ``PYTHONHASHSEED=0``): it sets up
(imports, corpus, one warm-up call of every contender on two other texts), then runs
each contender on the same ``n`` articles, calling ``os.getppid()`` between phases;
``--dump-before=getppid`` makes callgrind write one count per phase. The ratios
complement those of ``run.py``: instructions are not seconds (the regex engine's inner
loop and the interpreter's dispatch do not retire instructions at the same rate), so
the timed ratio stays the target and this one shows whether a change of the timed ratio
is real or load.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTENDERS = ("analyze()", "compiled matcher", "lexicon alternation")
_TOTALS = re.compile(r"^totals: (\d+)", re.MULTILINE)


def _texts(corpus: str, n: int) -> list[str]:
    import run

    from framing import datasets

    if corpus == "seed":
        return run.unique([datasets.load_seed()] * (n + 2))
    return run.unique(run.corpus()[1][: n + 2])


def child(corpus: str, n: int) -> None:
    """Set up and warm up, then run each contender on ``n`` articles, one phase each."""
    import run

    passes = (run.analyze_pass, run.matcher_pass, run.regex_pass)
    texts = _texts(corpus, n)
    measured, warm = texts[:n], texts[n:]
    for fn in passes:
        fn(warm)
    for fn in passes:
        os.getppid()  # phase mark: callgrind dumps the count so far
        fn(measured)
    os.getppid()


def instructions(corpus: str, n: int) -> list[int]:
    """Return the instructions of each contender's phase in one callgrind run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        result = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=getppid",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--child",
                corpus,
                str(n),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
            check=False,
        )
        # out.1 is the set-up; out.2 .. out.4 are the contenders, in order.
        parts = [Path(f"{out}.{k}") for k in range(2, 2 + len(CONTENDERS))]
        if result.returncode != 0 or not all(p.exists() for p in parts):
            raise SystemExit(
                f"callgrind run on {corpus} failed (exit {result.returncode}):\n"
                f"{result.stderr[-2000:]}"
            )
        return [int(_TOTALS.search(p.read_text()).group(1)) for p in parts]


def main(argv=None) -> None:
    """Count every contender's instructions and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=40, help="articles per contender")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    if args.child:
        corpus, n = args.child
        child(corpus, int(n))
        return
    import run

    corpora = {"seed": "seed", "allsides": run.corpus()[0]}
    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(
            zip(
                corpora,
                pool.map(lambda c: instructions(c, args.n), corpora),
                strict=True,
            )
        )
    print(f"python {sys.version.split()[0]}, n={args.n} articles per contender\n")
    print("| measurement | corpus | instructions per article or ratio |")
    print("|---|---|---|")
    for corpus, label in corpora.items():
        per = dict(zip(CONTENDERS, (c / args.n for c in counts[corpus]), strict=True))
        for contender, value in per.items():
            print(f"| {contender} | {label} | {value:,.0f} |")
        a = per["analyze()"]
        for base in CONTENDERS[1:]:
            print(f"| analyze() / {base} | {label} | {a / per[base]:.1f} |")


if __name__ == "__main__":
    main()
