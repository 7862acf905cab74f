"""The ``framing`` command: analyze a corpus, highlight an article, check a lexicon.

Exit codes: 0 success, 2 bad input (unreadable file, missing column, bad encoding,
malformed lexicon), 130 interrupted. Errors print one line; ``--debug`` adds the
traceback.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from framing import __version__
from framing.errors import FramingError, InputError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framing",
        description="Measure how news coverage frames an issue: loaded terms, "
        "quotes, sources and balance.",
    )
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help="show the full traceback on errors"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    analyze = sub.add_parser(
        "analyze",
        help="one row of framing features per article",
        description="Read articles from IN (.csv, .jsonl, .parquet; .gz for text "
        "formats) in chunks and write one row of features per article to OUT. "
        "Every input column except the text is kept.",
    )
    analyze.add_argument("input", metavar="IN", type=Path)
    analyze.add_argument("-o", "--output", metavar="OUT", type=Path, required=True)
    analyze.add_argument("--text-column", default="text", metavar="NAME")
    analyze.add_argument("--title-column", default=None, metavar="NAME")
    analyze.add_argument("--keep-text", action="store_true", help="copy the text too")
    analyze.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    analyze.add_argument("--chunksize", type=int, default=200, metavar="ROWS")
    analyze.add_argument("--lexicon", type=Path, default=None, metavar="CSV")
    analyze.add_argument("--actors", type=Path, default=None, metavar="CSV")
    analyze.add_argument("--quiet", action="store_true", help="no progress bar")

    highlight = sub.add_parser(
        "highlight",
        help="an HTML page marking loaded terms and quotes",
        description="Render a text file (default: the seed article) as standalone "
        "HTML with loaded terms and quotes marked.",
    )
    highlight.add_argument("file", nargs="?", type=Path, metavar="FILE")
    highlight.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    highlight.add_argument(
        "--plain", action="store_true", help="the article only, no marks or legend"
    )

    lexicon = sub.add_parser("lexicon", help="check a lexicon file")
    lexicon.add_argument("--validate", type=Path, required=True, metavar="FILE")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "highlight":
            return _highlight(args)
        return _lexicon(args)
    except KeyboardInterrupt:
        print("framing: interrupted", file=sys.stderr)
        return 130
    except (FramingError, OSError, UnicodeDecodeError, ValueError) as exc:
        if args.debug:
            raise
        print(f"framing: error: {_one_line(exc)}", file=sys.stderr)
        return 2


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return (
            f"cannot decode the input as UTF-8 at byte {exc.start}: "
            "re-encode the file as UTF-8"
        )
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def _analyze(args: argparse.Namespace) -> int:
    from tqdm.auto import tqdm

    from framing import _io

    if args.jobs < 1 or args.chunksize < 1:
        raise InputError("--jobs and --chunksize must be positive whole numbers")
    _io.table_format(args.output)  # fail before reading anything
    options = {
        "text": args.text_column,
        "title": args.title_column,
        "keep_text": args.keep_text,
        "lexicon": str(args.lexicon) if args.lexicon else None,
        "actors": str(args.actors) if args.actors else None,
    }
    chunks = _io.read_chunks(args.input, args.chunksize)
    # Check the columns on the first chunk before any progress bar is drawn.
    first = next(chunks, None)
    if first is not None:
        _check_columns(first, args.input, options)
        chunks = itertools.chain([first], chunks)
    writer = _io.ChunkWriter(args.output)
    bar = tqdm(
        total=_io.count_rows(args.input),
        unit=" articles",
        disable=args.quiet,
        desc="framing analyze",
    )
    try:
        for result in _map_ordered(_analyze_chunk, chunks, options, args.jobs):
            writer.write(result)
            bar.update(len(result))
    except BaseException:
        writer.abort()
        raise
    finally:
        bar.close()
    writer.close()
    if not args.quiet:
        print(f"wrote {writer.rows} rows to {args.output}", file=sys.stderr)
    return 0


def _check_columns(chunk: pd.DataFrame, path: Path, options: dict) -> None:
    for role in ("text", "title"):
        name = options[role]
        if name is not None and name not in chunk.columns:
            raise InputError(
                f"{path}: no column {name!r} (--{role}-column); "
                f"columns are {list(chunk.columns)}"
            )


def _analyze_chunk(chunk: pd.DataFrame, options: dict) -> pd.DataFrame:
    from framing.features import analyze

    features = analyze(
        chunk,
        text=options["text"],
        title=options["title"],
        lexicon=options["lexicon"],
        actors=options["actors"],
    )
    dropped = [] if options["keep_text"] else [options["text"]]
    kept = chunk.drop(columns=dropped)
    clash = [c for c in features.columns if c in kept.columns]
    return pd.concat([kept.drop(columns=clash), features], axis=1)


def _map_ordered(fn, chunks: Iterator, options: dict, jobs: int) -> Iterator:
    """Apply ``fn`` to each chunk, in order, with at most ``2 * jobs`` in flight.

    ``multiprocessing.Pool.imap`` reads its whole input ahead of the workers; a
    bounded window keeps memory flat on inputs larger than memory.
    """
    if jobs == 1:
        for chunk in chunks:
            yield fn(chunk, options)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        window: collections.deque[Future] = collections.deque()
        for chunk in chunks:
            window.append(pool.submit(fn, chunk, options))
            if len(window) >= 2 * jobs:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _highlight(args: argparse.Namespace) -> int:
    from framing import datasets
    from framing.view import highlight

    if args.file is None:
        text = datasets.load_seed()
    else:
        text = args.file.read_text(encoding="utf-8")
    highlight(text, marks=not args.plain).save(args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _lexicon(args: argparse.Namespace) -> int:
    from framing.lexicon import load_lexicon

    lexicon = load_lexicon(args.validate)
    print(f"{args.validate}: ok, {len(lexicon)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
