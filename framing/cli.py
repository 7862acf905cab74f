"""The ``framing`` command: analyze, quotes, sources, highlight, lexicon.

Exit codes: 0 success, 2 bad input (unreadable file, missing column, bad encoding,
malformed lexicon), 130 interrupted. Errors print one line; ``--debug`` adds the
traceback.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

import pandas as pd

from framing import __version__
from framing.coding.sampling import add_sample_parser, run_sample
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
    sub = parser.add_subparsers(
        dest="command",
        required=True,
        metavar="COMMAND",
        help="what to do; `framing COMMAND --help` describes each",
    )

    analyze = sub.add_parser(
        "analyze",
        help="one row of framing features per article",
        description="Read articles from IN (.csv, .jsonl, .parquet; .gz for text "
        "formats) in chunks and write one row of features per article to OUT. "
        "Every input column except the text is kept.",
    )
    _stream_arguments(analyze)
    analyze.add_argument(
        "--title-column",
        default=None,
        metavar="NAME",
        help="the column holding each article's headline (optional; its loaded "
        "terms are counted apart)",
    )
    analyze.add_argument(
        "--keep-text", action="store_true", help="copy the text column to OUT too"
    )
    analyze.add_argument(
        "--lexicon",
        type=Path,
        default=None,
        metavar="CSV",
        help="your own lexicon file instead of the bundled one (check it first "
        "with `framing lexicon --validate`)",
    )

    for name, what in (
        ("quotes", "one row per quote: article id, words, kind, speaker, side, cue"),
        ("sources", "one row per source per article: name, side, quotes, words"),
    ):
        table = sub.add_parser(
            name,
            help=what,
            description=f"Read articles from IN in chunks and write {what} to OUT "
            "(.csv, .jsonl, .parquet). The article id is the --id-column (default: "
            "the column 'id' when there is one, else the data row number from 0).",
        )
        _stream_arguments(table)
        table.add_argument(
            "--id-column",
            default=None,
            metavar="NAME",
            help="the column naming each article in OUT (default: 'id' when there "
            "is one, else the data row number from 0)",
        )

    highlight = sub.add_parser(
        "highlight",
        help="an HTML page marking loaded terms and quotes",
        description="Render a text file (default: the seed article) as standalone "
        "HTML with loaded terms and quotes marked.",
    )
    highlight.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a UTF-8 text file (default: the seed article)",
    )
    highlight.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="the HTML file to write",
    )
    highlight.add_argument(
        "--plain", action="store_true", help="the article only, no marks or legend"
    )
    _issue_argument(highlight)

    lexicon = sub.add_parser("lexicon", help="check a lexicon file")
    lexicon.add_argument(
        "--validate",
        type=Path,
        required=True,
        metavar="FILE",
        help="the lexicon CSV to check; prints its number of entries or the error",
    )
    add_sample_parser(sub)
    return parser


def _issue_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--issue",
        default=None,
        metavar="NAME",
        help="the debate whose sides sources take (a name of framing/data/"
        "debates.csv such as immigration or guns, or 'none' for no sides); "
        "default: each article's debate detected from its topic words, no sides "
        "when none is",
    )


def _stream_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments every streaming command (analyze, quotes, sources) takes."""
    parser.add_argument(
        "input",
        metavar="IN",
        type=Path,
        help="articles, one per row: .csv, .jsonl or .parquet (.csv.gz, .jsonl.gz)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        type=Path,
        required=True,
        help="the file to write (.csv, .jsonl or .parquet); never IN itself",
    )
    parser.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help="the column holding the article text (default: text)",
    )
    parser.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)"
    )
    parser.add_argument(
        "--chunksize",
        type=int,
        default=200,
        metavar="ROWS",
        help="articles read and written at a time (default 200): memory stays flat",
    )
    parser.add_argument(
        "--actors",
        type=Path,
        default=None,
        metavar="CSV",
        help="your own actors table deciding sources' sides instead of the bundled one",
    )
    _issue_argument(parser)
    parser.add_argument("--quiet", action="store_true", help="no progress bar")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        if args.command in ("analyze", "quotes", "sources"):
            return _stream(args)
        if args.command == "highlight":
            return _highlight(args)
        if args.command == "sample":
            return run_sample(args)
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


def _stream(args: argparse.Namespace) -> int:
    """Run ``analyze``, ``quotes`` or ``sources`` over IN chunk by chunk."""
    from tqdm.auto import tqdm

    from framing import _io

    if args.jobs < 1 or args.chunksize < 1:
        raise InputError("--jobs and --chunksize must be positive whole numbers")
    _check_issue(args.issue)
    _io.table_format(args.output)  # fail before reading anything
    _check_output_folder(args.output, args.input)
    options = {
        "command": args.command,
        "text": args.text_column,
        "title": getattr(args, "title_column", None),
        "id": getattr(args, "id_column", None),
        "keep_text": getattr(args, "keep_text", False),
        "lexicon": str(args.lexicon) if getattr(args, "lexicon", None) else None,
        "actors": str(args.actors) if args.actors else None,
        "issue": args.issue,
    }
    text_columns = [c for c in (options["text"], options["title"]) if c]
    counts: dict[str, int] = {}
    chunks = _io.read_chunks(args.input, args.chunksize, text_columns, counts)
    # The whole file is checked, and the columns, before any progress bar is drawn.
    first = next(chunks, None)
    if first is None:
        first = pd.DataFrame(columns=_io.columns_of(args.input) or [args.text_column])
        first = first.astype({args.text_column: object})
    _check_columns(first, args.input, options)
    if options["command"] != "analyze" and options["id"] is None:
        options["id"] = "id" if "id" in first.columns else None
    chunks = itertools.chain([first], chunks)
    writer = _io.ChunkWriter(args.output)
    bar = tqdm(
        total=counts.get("rows"),  # the check counted them: the bar has an ETA
        unit=" articles",
        disable=args.quiet,
        desc=f"framing {args.command}",
    )
    not_text: list[int] = []
    n_not_text = n_articles = 0
    try:
        for result, rows, n in _map_ordered(_run_chunk, chunks, options, args.jobs):
            writer.write(result)
            bar.update(n)
            n_articles += n
            n_not_text += len(rows)
            not_text.extend(rows[: max(0, 5 - len(not_text))])
    except BaseException:
        writer.abort()
        raise
    finally:
        bar.close()
    writer.close()
    if n_not_text:
        first_rows = ", ".join(str(r + 1) for r in not_text)
        more = ", ..." if n_not_text > len(not_text) else ""
        print(
            f"framing: {n_not_text} of {n_articles} rows had no text in column "
            f"{args.text_column!r} (missing, a number or another non-string value) "
            f"and got empty features: rows {first_rows}{more} (data rows, from 1)",
            file=sys.stderr,
        )
    if not args.quiet:
        print(f"wrote {writer.rows} rows to {args.output}", file=sys.stderr)
    return 0


def _check_issue(issue: str | None) -> None:
    """Refuse an unknown debate name before any work (the InputError lists them)."""
    from framing.parties import check_issue

    check_issue(issue)


def _check_output_folder(path: Path, source: Path | None = None) -> None:
    """Say before any work when the output cannot be written, or would be the input."""
    if source is not None and _same_file(path, source):
        raise InputError(
            f"{path}: is the input file too; writing it would destroy the input, "
            "give another output name"
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{path}: the output folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(f"{path}: the output folder {folder} is not writable")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name such as out.csv")


def _same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (also through links or other spellings)."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.abspath(a) == os.path.abspath(b)


def _with_issue(options: dict) -> dict:
    """Return the ``issue=`` keyword when the user gave one (else none)."""
    return {} if options.get("issue") is None else {"issue": options["issue"]}


def _check_columns(chunk: pd.DataFrame, path: Path, options: dict) -> None:
    for role in ("text", "title", "id"):
        name = options[role]
        if name is not None and name not in chunk.columns:
            raise InputError(
                f"{path}: no column {name!r} (--{role}-column); "
                f"columns are {list(chunk.columns)}"
            )


def _run_chunk(chunk: pd.DataFrame, options: dict) -> tuple[pd.DataFrame, list, int]:
    """Return a chunk's output rows, the rows whose text is not a str, and its size."""
    text = chunk[options["text"]]
    not_text = [
        i for i, v in zip(chunk.index, text, strict=True) if not isinstance(v, str)
    ]
    if options["command"] == "analyze":
        return _analyze_chunk(chunk, options), not_text, len(chunk)
    from framing.tables import quote_table, source_table

    table = quote_table if options["command"] == "quotes" else source_table
    out = table(
        chunk,
        text=options["text"],
        id=options["id"],
        actors=options["actors"],
        **_with_issue(options),
    )
    return out, not_text, len(chunk)


def _analyze_chunk(chunk: pd.DataFrame, options: dict) -> pd.DataFrame:
    from framing.features import analyze

    features = analyze(
        chunk,
        text=options["text"],
        title=options["title"],
        lexicon=options["lexicon"],
        actors=options["actors"],
        **_with_issue(options),
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
    # fork in a process that may hold threads is deprecated (Python 3.12+), and
    # stops being the default in 3.14: start workers from a clean server process.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context(
        "forkserver" if "forkserver" in methods else "spawn"
    )
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
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

    _check_issue(args.issue)
    if args.file is not None:
        _check_output_folder(args.output, args.file)
    if args.file is None:
        text = datasets.load_seed()
    else:
        text = args.file.read_text(encoding="utf-8")
    highlight(text, marks=not args.plain, **_with_issue(vars(args))).save(args.output)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _lexicon(args: argparse.Namespace) -> int:
    from framing.lexicon import load_lexicon

    lexicon = load_lexicon(args.validate)
    print(f"{args.validate}: ok, {len(lexicon)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
