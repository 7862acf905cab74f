"""Execute every notebook headless, save an executed HTML copy, report run times.

Used by ``make report``. Notebooks write their own figures into ``figures/``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter


def main(argv: list[str] | None = None) -> int:
    """Run the notebooks; return 0 when all ran, 1 otherwise."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notebooks", type=Path, default=Path("notebooks"))
    parser.add_argument("--html", type=Path, default=Path("reports"))
    parser.add_argument("--timeout", type=int, default=600)
    args = parser.parse_args(argv)

    paths = sorted(args.notebooks.glob("[0-9]*.ipynb"))
    if not paths:
        print(f"no notebooks under {args.notebooks}/ yet: nothing to execute")
        return 0
    args.html.mkdir(parents=True, exist_ok=True)
    failed = []
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            timeout=args.timeout,
            kernel_name="python3",
            resources={"metadata": {"path": str(path.parent)}},
        )
        began = time.perf_counter()
        try:
            client.execute()
            status = "ok"
        except CellExecutionError as exc:
            status = "FAILED"
            failed.append(path.name)
            print(str(exc)[-2000:], file=sys.stderr)
        seconds = time.perf_counter() - began
        body, _ = HTMLExporter().from_notebook_node(nb)
        out = args.html / f"{path.stem}.html"
        out.write_text(body, encoding="utf-8")
        print(f"{status:6} {path.name:40} {seconds:6.1f} s  -> {out}")
    if failed:
        print(f"{len(failed)} notebook(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"executed {len(paths)} notebook(s); figures are in figures/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
